CASES = [
    (
        """Hong Kong property agent jailed for 40 months over HK$18 million deposit scam that targeted first-time buyers

Jasmine Lau

Published: 6:45pm, 14 May 2024

A former property agent who siphoned off HK$18 million in deposits from 23 first-time homebuyers has been jailed for 40 months, with a Hong Kong judge saying he had “preyed on the hopes of young families”.

Ronald Kwok Chun-hei, 38, had earlier pleaded guilty at the District Court to 12 counts of theft and three counts of dealing with property known or believed to represent the proceeds of an indictable offence.

The court heard that between March 2021 and November 2022, Kwok, then a branch manager at Goldcrest Realty in Tseung Kwan O, persuaded buyers of flats at two new developments to pay their initial deposits into a company account he controlled, rather than to the developers’ solicitors.

Prosecutor Alan Ip Man-lok told the court that Kwok had used the money to cover gambling debts and to keep up mortgage payments on his own flat in Sai Kung.

“The defendant knew these were people stretching every dollar to get on the property ladder,” Ip said. “He exploited that trust in a deliberate and sustained way.”

In mitigation, defence counsel Stephanie Mok said her client had struggled with a gambling addiction since the pandemic and had since sought treatment. She read out parts of a letter he had written to the court.

“I cannot undo what I have done, but I will spend the rest of my life trying to repay them,” Kwok wrote.

Mok said her client had so far returned about HK$1.2 million and asked for a sentence that would allow him to “begin making amends sooner rather than later”.

But District Judge Winnie Tsang Ka-yan said the scale and planning involved called for a deterrent sentence.

“Buying a first home is, for many in this city, the largest financial decision of their lives,” she said. “Those in the industry who handle such sums must understand that the courts will not tolerate any abuse of that position.”

She adopted a starting point of five years, reducing it by a third for the guilty plea.

One of the victims, a 31-year-old nurse who asked to be identified only by her surname, Chan, said outside court that she and her husband had lost HK$680,000.

“We had saved for six years. Now we are back at the very beginning,” she said. “I don’t know if we will ever try again.”

The Property Agency Licensing Board said in a statement it had revoked Kwok’s licence in 2023, and reminded buyers that deposits should “only ever be paid to the developer’s appointed solicitors or stakeholder”.

Goldcrest Realty, which dismissed Kwok in December 2022, said it had tightened its internal controls and had compensated some of the affected clients.

“We deeply regret that our clients were let down by a former employee,” the company said.""",
        [
            ("preyed on the hopes of", "Winnie Tsang Ka-yan"),
            ("The defendant knew these were", "Alan Ip Man-lok"),
            ("He exploited that trust in", "Alan Ip Man-lok"),
            ("I cannot undo what I", "Ronald Kwok Chun-hei"),
            ("begin making amends sooner rather", "Stephanie Mok"),
            ("Buying a first home is,", "Winnie Tsang Ka-yan"),
            ("Those in the industry who", "Winnie Tsang Ka-yan"),
            ("We had saved for six", "Chan"),
            ("I don’t know if we", "Chan"),
            ("only ever be paid to", "Property Agency Licensing Board"),
            ("We deeply regret that our", "Goldcrest Realty"),
        ],
    ),
    (
        """Lawmakers demand answers after signal fault strands 60,000 on Northeast Link

Cindy Wong

Lawmakers yesterday grilled Harbour Rail Corporation executives over a signalling failure that brought the Northeast Link to a standstill for nearly three hours during last Thursday's morning rush, with the chairman of the Legislative Council's transport panel saying the company's account was "not good enough for a world-class railway."

About 60,000 passengers were affected when trains between Lung Mei and Shek Kong North lost contact with the operations control centre at 7.12am. Some were held inside carriages for up to 50 minutes before being led along the tracks to the nearest platform.

At a special panel meeting, Harbour Rail operations director Patrick Siu Kin-fai said a faulty circuit board in a relay room near Lung Mei station was to blame.

"We sincerely apologize to every passenger whose journey was disrupted," Siu said. "Our engineers identified the faulty component within 40 minutes, but restoring the system safely took considerably longer than we would have liked."

He said the corporation would replace similar circuit boards in all 14 relay rooms on the line by the end of the year at a cost of about HK$95 million.

But panel chairman Howard Leung Wai-ming questioned why passengers had been left in stuffy carriages with little information.

"People were fainting. Elderly passengers were sitting on the floor," Leung said. "And for most of that time, the announcements told them almost nothing."

Fanny Chow Suk-yee, who represents Tai Po North, said residents in her district had "nowhere else to turn when the railway stops."

"There are not enough buses, and the roads are already jammed every morning," Chow said, urging the government to require the corporation to keep a fleet of emergency shuttle buses on standby.

Deputy Secretary for Transport Kelvin Tam Chi-wah said the government had ordered the corporation to submit a full investigation report within four weeks.

"If the investigation finds that the corporation fell short of its obligations, we will not hesitate to invoke the fine mechanism," Tam told the panel.

Under the operating agreement, Harbour Rail can be fined up to HK$25 million for a single incident, depending on the length of the delay.

One commuter, a 45-year-old accountant surnamed Lam, told The Standard she had waited almost an hour at Shek Kong North before giving up and taking a taxi.

"Nobody told us whether to wait or leave. The staff looked as confused as we were," she said.

A Harbour Rail spokeswoman said after the meeting the company would "cooperate fully with the government's investigation" and publish its findings.

The corporation's shares fell 1.8 percent on the day of the incident.""",
        [
            ("not good enough for a", "Howard Leung Wai-ming"),
            ("We sincerely apologize to every", "Patrick Siu Kin-fai"),
            ("Our engineers identified the faulty", "Patrick Siu Kin-fai"),
            ("People were fainting. Elderly passengers", "Howard Leung Wai-ming"),
            ("And for most of that", "Howard Leung Wai-ming"),
            ("nowhere else to turn when", "Fanny Chow Suk-yee"),
            ("There are not enough buses,", "Fanny Chow Suk-yee"),
            ("If the investigation finds that", "Kelvin Tam Chi-wah"),
            ("Nobody told us whether to", "Lam"),
            ("cooperate fully with the government's", "spokeswoman"),
        ],
    ),
    (
        """Developer must pay $4.2m to condo over leaking windows, rules High Court

Nadia Rahman
Court Correspondent

SINGAPORE - A developer has been ordered to pay $4.2 million to the management corporation of a 312-unit condominium in Pasir Ris, after the High Court found that defective window seals had caused widespread water seepage.

The management corporation of Coralwood Residences had sued Meranti Land Development for breach of contract and negligence, claiming that leaks had damaged more than 180 units since the project obtained its temporary occupation permit in 2018.

In a written judgment released on May 20, Justice Lim Wei Jie found that the defects were "systemic in nature and not the result of isolated workmanship lapses".

"The evidence shows that the same sealant was applied across all four blocks, and that it began to fail within two years of completion," the judge wrote. "This is not a case of poor maintenance by the residents."

Meranti had argued that the management corporation failed to carry out regular inspections, and that some owners had drilled into window frames to install grilles and awnings.

Justice Lim accepted that a small number of units had been affected by such works, and reduced the damages by about $300,000 to reflect this.

Mr Gerald Tan Soon Huat, chairman of the management corporation, said residents were "relieved that this chapter is finally closing".

"Some of our elderly residents have had to put buckets in their living rooms every time it rains, for five years," he told The Straits Times. "We did not want to go to court, but we were left with no choice."

The management corporation was represented by Ms Priya Ramasamy of Ramasamy & Koh LLC, who said the judgment "sends a clear signal that developers remain responsible for latent defects" even after the defects liability period has ended.

Meranti's lawyer, Mr Ong Boon Keat of Ong Tay Partnership, said his client was studying the judgment and was considering an appeal.

In a statement, Meranti Land Development said it "has always stood behind the quality of its projects" and would "take the necessary steps to protect its interests".

Property lawyer Daniel Seah, who was not involved in the case, said such disputes had become more common as condominiums completed during the building boom of the mid-2010s aged.

"Many management corporations only discover the full extent of defects after the one-year defects liability period has ended, and by then the relationship with the developer has often broken down," said Mr Seah, a partner at Seah Chambers.

He noted that a 2022 survey by the Strata Owners Network, titled "Common Defects in Private Residential Developments", had ranked window sealant failure among the five most frequent complaints by homeowners.

Coralwood Residences was completed in 2018, with units sold at an average of $1,150 per sq ft.""",
        [
            ("systemic in nature and not", "Lim Wei Jie"),
            ("The evidence shows that the", "Lim Wei Jie"),
            ("This is not a case", "Lim Wei Jie"),
            ("relieved that this chapter is", "Gerald Tan Soon Huat"),
            ("Some of our elderly residents", "Gerald Tan Soon Huat"),
            ("We did not want to", "Gerald Tan Soon Huat"),
            ("sends a clear signal that", "Priya Ramasamy"),
            ("has always stood behind the", "Meranti Land Development"),
            ("take the necessary steps to", "Meranti Land Development"),
            ("Many management corporations only discover", "Daniel Seah"),
        ],
    ),
    (
        """Parliament: 60 more buses for 40 feeder services after complaints over long waits, says Faizal Abdul Rahim

SINGAPORE — Commuters on 40 feeder bus services in heartland estates can expect shorter waits during peak hours from next March, after a review found that more than a quarter of them regularly failed to meet their scheduled frequencies.

Speaking in Parliament on Tuesday (Feb 4), Senior Minister of State for Transport Faizal Abdul Rahim said the Land Transport Authority (LTA) would add 60 buses to the affected routes, most of which serve newer estates in Tengah, Punggol and Sengkang.

"We have heard the feedback clearly. Waiting 15 or 20 minutes for a feeder bus at 7.30 in the morning is not acceptable," said Mr Faizal.

"These are often the first leg of a long commute, and when they fail, everything else in the journey fails with them."

He was responding to questions from several Members of Parliament (MPs), including Ms Joanne Teo (Tampines Ridge GRC) and Mr Harish Menon (Bukit Selatan SMC).

Ms Teo said the situation in parts of her ward had become "a daily source of frustration for working parents", some of whom had resorted to private-hire cars just to get their children to school on time.

Mr Menon asked whether the additional buses would be taken from trunk services, which would lengthen waits elsewhere.

Mr Faizal replied: "No. These are new buses that will be added to the fleet, not redeployed from other routes."

He added that bus operators would face tighter performance standards under contracts due for renewal next year, including financial penalties for bus bunching.

Non-Constituency MP Leong Kah Wai of the Progressive Democratic Front asked: "Who pays for these 60 buses, and will the cost eventually show up in fares?"

In response, Mr Faizal said the buses would be funded by the Government under the bus contracting model, and that fare adjustments were "a separate matter decided independently by the fare regulator".

In a statement after the sitting, LTA said the first 20 buses would be deployed by the end of the year.

"We will monitor the performance of each service closely and make further adjustments where needed," it said.

Commuters TODAY spoke to on Tuesday evening welcomed the move, though some were sceptical.

Madam Rosnah Ismail, 54, a cleaner who takes a feeder bus from her Tengah flat to the MRT station every morning, said: "On some days I reach work late even though I leave home before 6am. If they really add buses, it will help a lot."

Polytechnic student Marcus Lee, 19, was less convinced. "They said the same thing two years ago," he said. "I'll believe it when I see it."

The changes will be rolled out in phases, with LTA expected to announce the full list of affected services later this month.""",
        [
            ("We have heard the feedback", "Faizal Abdul Rahim"),
            ("These are often the first", "Faizal Abdul Rahim"),
            ("a daily source of frustration", "Joanne Teo"),
            ("No. These are new buses", "Faizal Abdul Rahim"),
            ("Who pays for these 60", "Leong Kah Wai"),
            ("a separate matter decided independently", "Faizal Abdul Rahim"),
            ("We will monitor the performance", "Land Transport Authority"),
            ("On some days I reach", "Rosnah Ismail"),
            ("They said the same thing", "Marcus Lee"),
            ("I'll believe it when I", "Marcus Lee"),
        ],
    ),
    (
        """Abandoned housing projects down to 92, says Azlan

KUALA LUMPUR: The number of abandoned private housing projects nationwide has fallen to 92 from 134 two years ago, says Datuk Seri Azlan Mohd Noor.

The Housing and Local Government Minister said 27 projects had been revived through the government's rehabilitation fund, while another 15 were completed after "white knight" developers were brought in to take over.

"We are not satisfied with 92. Behind every one of these projects are families who are paying loans for houses they cannot live in," he said during Question Time in the Dewan Rakyat yesterday.

He was replying to a question from Lim Chee Keong (Tanjung Seri), who wanted to know what action had been taken against developers responsible for the stalled projects.

Azlan said 18 developers had been blacklisted, and their directors barred from applying for new developer licences.

"Developers who abandon projects will not be allowed to simply close one company and open another under a different name," he said.

He added that the ministry was working with enforcement agencies to trace assets belonging to errant developers, and that amendments to the housing development law would be tabled later this year.

In a supplementary question, Nurul Ain Hashim (Bukit Rimba) said: "Some of my constituents have been paying instalments for 11 years on a project that is still just a field of pillars. What relief can the Government offer them?"

Azlan said the ministry was in talks with banks to allow affected buyers to defer repayments until their units are completed.

"This is not a decision the ministry can make alone, but we are pushing hard for it, and I hope to announce something before the end of the year," he said.

He also said that the "Rumah Siap, Rakyat Lega" initiative, under which stalled projects are prioritised for rescue funding, had so far benefited more than 6,400 buyers.

Among the projects revived was Taman Seri Mutiara in Seremban, where 312 buyers received their keys last month, nine years after the original developer walked away.

Meanwhile, the Malaysian Homebuyers Rights Council said the figures showed progress but that much more needed to be done.

"The numbers are moving in the right direction, but the pace is still far too slow for the buyers who are caught in the middle," its secretary-general Ng Kok Wah said when contacted.

He said many buyers in the remaining 92 projects had "given up hope of ever getting their keys", and urged the ministry to publish a full list of the projects and the status of each.

"Transparency costs the Government nothing. Buyers deserve to know where things stand," he added.""",
        [
            ("We are not satisfied with", "Azlan Mohd Noor"),
            ("Developers who abandon projects will", "Azlan Mohd Noor"),
            ("Some of my constituents have", "Nurul Ain Hashim"),
            ("This is not a decision", "Azlan Mohd Noor"),
            ("The numbers are moving in", "Ng Kok Wah"),
            ("given up hope of ever", "Ng Kok Wah"),
            ("Transparency costs the Government nothing.", "Ng Kok Wah"),
        ],
    ),
    (
        """Developer director charged with cheating 47 house buyers of RM6.3mil

By Farah Adilah

SHAH ALAM: A property developer's director pleaded not guilty in the Sessions Court here today to 47 counts of cheating house buyers of more than RM6.3 million in connection with a stalled apartment project in Puncak Alam.

Tan Kee Seng, 52, a director of Perdana Indah Development Sdn Bhd, claimed trial after the charges were read to him before Judge Norhayati Sulaiman.

He was charged with deceiving the buyers into paying deposits and progress payments for units in the Residensi Alam Damai project between January 2019 and August 2021, despite knowing that the company did not hold a valid advertising permit and developer's licence for the project.

The charges, framed under Section 420 of the Penal Code, carry a jail term of between one and 10 years, whipping and a fine, upon conviction.

Deputy public prosecutor Aiman Zakaria proposed bail of RM500,000 with two sureties, saying the amount involved was large and that the victims included many retirees.

"Some of these buyers put their entire retirement savings into these units. The prosecution is also concerned that the accused has business interests abroad," he said.

Counsel Gurdeep Singh Sandhu, representing Tan, asked for a lower amount, saying his client had been cooperating with the police since the investigation began.

"My client has surrendered himself voluntarily, attended every interview when called, and is not a flight risk," he said.

He added that Tan was the sole breadwinner for his family and was supporting his elderly mother.

The court allowed Tan bail of RM250,000 with two sureties, and ordered him to surrender his passport to the court and report to the nearest police station once a month.

Judge Norhayati fixed July 18 for mention and the submission of documents.

Outside the court, some 20 buyers, many holding placards, had gathered since early morning to follow the proceedings.

Rosli Hamid, 63, a retired teacher, told reporters he had paid RM148,000 for a three-bedroom unit in 2019.

"I just want my money back. I am not young anymore, and I cannot start again," he said.

"We were shown a show unit, a brochure, everything looked legitimate," said a buyer who declined to be named.

Separately, Selangor Commercial Crime Investigation Department chief Assistant Commissioner Ramli Ahmad said in a statement that police had received 63 reports involving the project so far.

"We urge anyone who believes they were also cheated by the company to come forward and lodge a report at the nearest police station," he said.

He said investigations into two other directors of the company were ongoing.""",
        [
            ("Some of these buyers put", "Aiman Zakaria"),
            ("My client has surrendered himself", "Gurdeep Singh Sandhu"),
            ("I just want my money", "Rosli Hamid"),
            ("We were shown a show", "buyer"),
            ("We urge anyone who believes", "Ramli Ahmad"),
        ],
    ),
    (
        """Sentral Timur LRT line disruption: Operator blames power supply fault, promises free trips for commuters

KUALA LUMPUR, March 12 — A power supply fault at a traction substation was behind yesterday's four-hour disruption on the Sentral Timur LRT line that left thousands of commuters stranded during the evening rush, according to the line's operator.

Transit Bersepadu Berhad (TBB) said in a statement today that a cable joint at the substation near Desa Cempaka station had overheated at about 5.40pm, cutting power to a 9km stretch between Desa Cempaka and Bukit Permai.

"Our technical team responded immediately, but for safety reasons the affected section could only be re-energised after a full inspection of the cabling," the statement said.

Services resumed fully at 9.50pm.

TBB chief executive officer Datuk Hafiz Rahman told reporters at the company's operations centre in Cheras that the cable joint had passed its last scheduled inspection in January.

"We are investigating why a component that was certified fit only two months ago failed in this way. If there is any lapse on our part or by our contractors, we will take action," he said.

He said the company "owes every commuter an apology and a full explanation", and that affected passengers who paid with cashless cards would be credited with a free return trip within seven days.

Videos circulating on social media showed crowds spilling out of Bukit Permai station on to the main road as commuters scrambled for e-hailing rides and the limited shuttle buses.

Commuter Aina Syazwani, 26, who works in Bangsar, said it took her almost three hours to get home to Ampang.

"The shuttle buses came maybe once every half hour. People were pushing to get on. There was nobody managing the queue," she told Malay Mail.

Deputy Transport Minister Datuk Mohd Fadzil Karim, when met at an event in Putrajaya, said the ministry had asked the land public transport regulator to conduct an independent probe.

"Twice in three months is too many. The public has every right to expect better, and we will be asking hard questions," he said.

The line also suffered a signalling failure in December that disrupted services for more than two hours.

An industry source familiar with the operator's maintenance contracts said several key components on the line were nearing the end of their design life.

"Much of the power equipment was installed when the line opened in the late 1990s. Replacement has been planned for years, but funding keeps getting pushed back," the source said.

TBB said a full report on the incident would be submitted to the ministry within 14 days.""",
        [
            ("Our technical team responded immediately,", "Transit Bersepadu Berhad"),
            ("We are investigating why a", "Hafiz Rahman"),
            ("owes every commuter an apology", "Hafiz Rahman"),
            ("The shuttle buses came maybe", "Aina Syazwani"),
            ("Twice in three months is", "Mohd Fadzil Karim"),
            ("Much of the power equipment", "industry source familiar with the operator's maintenance contracts"),
        ],
    ),
    (
        """Hong Kong lawmakers pass subdivided flat bill setting minimum size of 8 square metres

Kelvin Ng

Hong Kong’s legislature has passed a bill setting minimum standards for subdivided flats, with the city’s housing chief calling it “a long-overdue step towards dignified housing” for the more than 200,000 people who live in the cramped units.

The Subdivided Units (Minimum Standards) Bill passed its third reading in the Legislative Council on Wednesday by 76 votes to none, with one abstention.

Under the new law, units must have a minimum internal floor area of 8 square metres, a window that opens to the outside, and an enclosed toilet. Landlords will be required to register each unit with the government, and those renting out non-compliant flats after a 36-month transition period face fines of up to HK$300,000 and a year in prison.

Speaking after the vote, Secretary for Housing Joyce Ho Wing-see said: “No one in a city as prosperous as ours should have to sleep next to an open toilet or in a room without a window. This law draws a line.”

Ho said the government expected about 30,000 units to fall below the new standards.

“We are fully aware that some tenants may worry about being displaced,” she added. “That is why we have set a transition period, and why public rental housing applicants living in affected units will be given priority.”

Lawmaker Raymond Fung Tsz-kin, who chaired the bills committee, said the committee had held 14 meetings and received more than 500 written submissions.

“Some colleagues wanted a larger minimum size, others were worried about pushing rents up. The figure of 8 square metres is a compromise, but it is a meaningful one,” Fung said.

But tenant groups said the law did not go far enough. Mandy Yip, a spokesperson for the Subdivided Flat Tenants Alliance, said the absence of rent controls meant landlords could pass the cost of upgrades on to tenants.

“Better conditions mean nothing if families cannot afford to stay,” Yip said. “We have already heard of landlords in Sham Shui Po telling tenants to expect increases of 20 per cent next year.”

The Small Property Owners’ Association, which represents landlords, said in a submission to the committee that many owners would “simply withdraw their units from the market” rather than pay for renovations.

A 62-year-old retired security guard who lives in a 6-square-metre unit in To Kwa Wan, and who asked not to be named, said he was unsure whether his flat would pass.

“My landlord has not said anything. If he closes the flat, where do I go?” he told HKFP.

So-called “coffin homes” and cage homes, where tenants sleep in bunk-sized cubicles, will be banned outright under the law.

The government’s own figures show that the median size of a subdivided unit in Hong Kong is about 11 square metres, with a median monthly rent of HK$5,500.""",
        [
            ("a long-overdue step towards dignified", "Joyce Ho Wing-see"),
            ("No one in a city", "Joyce Ho Wing-see"),
            ("We are fully aware that", "Joyce Ho Wing-see"),
            ("That is why we have", "Joyce Ho Wing-see"),
            ("Some colleagues wanted a larger", "Raymond Fung Tsz-kin"),
            ("Better conditions mean nothing if", "Mandy Yip"),
            ("We have already heard of", "Mandy Yip"),
            ("simply withdraw their units from", "Small Property Owners’ Association"),
            ("My landlord has not said", "retired security guard"),
        ],
    ),
]
