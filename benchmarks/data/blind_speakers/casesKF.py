CASES = [
    (
        """'Sixty days means sixty days,' SC tells ECP over delayed by-polls

Shahid Farooq Awan

ISLAMABAD: A three-member bench of the Supreme Court on Tuesday came down hard on the Election Commission of Pakistan (ECP) for failing to hold by-elections in three vacant National Assembly constituencies within the period prescribed by the Constitution, and directed the commission to explain the delay in writing.

"The Constitution does not leave it to the discretion of any institution whether an election is to be held or not," observed Justice Ayesha Rahim Malik, who headed the bench. "Sixty days means sixty days."

The bench, also comprising Justice Mian Ghulam Sarwar and Justice Faisal Iqbal Tarar, was hearing a petition filed by Rana Zulfiqar Haider, secretary general of the Pakistan Qaumi Mahaz (PQM), seeking directions for early polls in the three seats that fell vacant in September after the resignations of their members.

Counsel for the petitioner, Barrister Saad Anwar Qureshi, argued that the commission had "hidden behind security reports" for nearly five months while holding local government elections in adjoining districts during the same period.

When Additional Attorney General Khawaja Imtiaz Ahmed told the court that the interior ministry had advised against the polls owing to the law and order situation, Justice Malik asked whether the ministry had shared any material with the commission to support its assessment.

"We have been given a letter, my lady, not a report," the law officer conceded.

The ECP's director general (law), Sajid Mehmood Cheema, told the bench that the commission was "fully prepared" to hold the elections and would announce a schedule once it received clearance from the provincial home department.

Justice Tarar remarked that no such clearance was required under the Elections Act, 2017. "Where is it written that the commission needs anyone's permission to perform its constitutional duty?" he asked.

Justice Sarwar observed that the court was not inclined to "run the commission's affairs", but added that institutions could not be allowed to treat constitutional timelines as "mere suggestions to be ignored".

The court directed the ECP to submit a comprehensive reply within a week, along with copies of all correspondence with the interior ministry and the provincial government, and adjourned the hearing until Feb 14.

Talking to reporters outside the court, Mr Haider said his party had approached the court only after "every other door was closed".

"The people of these constituencies have had no voice in parliament for five months. Their development schemes, their complaints, their budgets - who will take these up?" he said.

A spokesman for the ECP, when contacted, said the commission would "respond before the honourable court and not through the media".

The three seats fell vacant after the members, all belonging to the PQM, resigned in protest against the delimitation of constituencies in the province.""",
        [
            ("Sixty days means sixty", "Ayesha Rahim Malik"),
            ("The Constitution does not leave", "Ayesha Rahim Malik"),
            ("Sixty days means sixty", "Ayesha Rahim Malik"),
            ("hidden behind security reports", "Saad Anwar Qureshi"),
            ("We have been given a", "Khawaja Imtiaz Ahmed"),
            ("fully prepared", "Sajid Mehmood Cheema"),
            ("Where is it written that", "Faisal Iqbal Tarar"),
            ("run the commission's affairs", "Mian Ghulam Sarwar"),
            ("mere suggestions to be ignored", "Mian Ghulam Sarwar"),
            ("every other door was closed", "Rana Zulfiqar Haider"),
            ("The people of these constituencies", "Rana Zulfiqar Haider"),
            ("respond before the honourable court", "spokesman"),
        ],
    ),
    (
        """SBP holds policy rate at 15%, cites budget risks

Our Correspondent

KARACHI: The State Bank of Pakistan (SBP) on Monday kept its key policy rate unchanged at 15% for the second consecutive meeting, disappointing businesses that had lobbied for a cut of at least 200 basis points in view of the sharp fall in inflation.

“The Monetary Policy Committee noted that although inflation has declined significantly, the outlook remains susceptible to risks arising from energy price adjustments and fiscal measures in the upcoming budget,” the central bank said in a statement.

Headline inflation eased to 7.8% in April from 11.2% a month earlier, according to official data, the lowest reading in more than three years.

Addressing a post-policy press conference, SBP Governor Dr Murtaza Hasan Rizvi said the real interest rate was “adequately positive” and would help anchor inflation expectations.

“We do not want to repeat the mistakes of the past, when we eased too early and had to reverse course within months,” he said. “Our approach is measured and data-driven.”

Rizvi added that foreign exchange reserves held by the central bank had risen to $11.4 billion and were expected to cross $13 billion by the end of June, subject to inflows from multilateral lenders. Asked about the exchange rate, he said the rupee was “broadly in line with fundamentals”.

The decision drew sharp criticism from industry. Haroon Yaqoob Dada, president of the Sindh Industrial Alliance (SIA), said the central bank was “fighting yesterday’s war”.

“Industry cannot borrow at 18% or 19% and compete with Bangladesh and Vietnam. Every month of delay is another month of closed units and lost jobs,” Dada said in a statement.

Analysts were divided. Sana Tauqeer, head of research at Arif Saeed Securities, said the committee appeared keen to see the budget before committing to a cut.

“We believe the SBP has room for cumulative easing of 300 to 400 basis points by December, but it clearly wants clarity on the fiscal side first,” she said.

A senior finance ministry official, requesting anonymity, told The Express Tribune that the government had hoped for a reduction to ease its debt-servicing burden. “Every 100 basis points costs the exchequer roughly Rs600 billion a year. That is money we could spend on development,” the official said.

Following the announcement, the benchmark KSE-100 index shed 612 points in the last hour of trading as investors who had priced in a cut booked profits. Yields on six-month treasury bills, however, remained largely unchanged in the secondary market.

The next meeting of the Monetary Policy Committee is scheduled for June 24.""",
        [
            ("The Monetary Policy Committee noted", "State Bank of Pakistan"),
            ("adequately positive", "Murtaza Hasan Rizvi"),
            ("We do not want to", "Murtaza Hasan Rizvi"),
            ("Our approach is measured and", "Murtaza Hasan Rizvi"),
            ("broadly in line with fundamentals", "Murtaza Hasan Rizvi"),
            ("fighting yesterday’s war", "Haroon Yaqoob Dada"),
            ("Industry cannot borrow at 18%", "Haroon Yaqoob Dada"),
            ("We believe the SBP has", "Sana Tauqeer"),
            ("Every 100 basis points costs", "senior finance ministry official"),
        ],
    ),
    (
        """Opposition stages walkout as Punjab Assembly passes supplementary budget

By Kamran Bashir Chaudhry

LAHORE: The Punjab Assembly on Thursday passed a supplementary budget of Rs184 billion amid a noisy protest by the opposition, whose members tore up copies of the agenda and staged a walkout after Speaker Malik Anwar Hayat Dhudhi refused to allow their leader to speak on a point of order.

The session, which began two hours behind schedule, was dominated by allegations that the provincial government had spent the amount without prior approval of the house.

“This is not a supplementary budget; this is a confession,” Leader of the Opposition Chaudhry Nadeem Akhtar Gondal said before his microphone was switched off. “They spent the money first and are now asking the house to bless it.”

Finance Minister Mian Shahzad Ahmed Wattoo defended the expenditure, saying most of it had gone towards wheat procurement, flood relief and the salaries of lady health workers, which he described as “unavoidable obligations”.

“Should we have let the farmers wait for their payments? Should we have left flood victims under the open sky until the budget session?” he asked the house. “The opposition wants to do politics on every issue, even on relief for the poor.”

The minister said the details of every rupee spent had been placed before the Public Accounts Committee and the opposition was welcome to scrutinise them there.

The speaker later ruled that the opposition leader had already been given time during the general debate. “The rules are the same for everyone. I cannot allow a point of order to become a second budget speech,” he said.

After the walkout, opposition members of the Awami Insaf Party (AIP) addressed a press conference at the assembly’s press room. Rukhsana Kausar, the party’s deputy parliamentary leader, said the government had “trampled every rule of procedure” and the opposition had been left with “no option but to go to the courts”.

She said the party’s legal team would file a petition in the Lahore High Court next week challenging the passage of the supplementary grants.

Meanwhile, sources in the ruling Pakistan Democratic League (PDL) said the chief minister had directed treasury members to ensure their attendance during the remaining days of the session after the government barely managed to complete the quorum on Wednesday.

“There was a lot of embarrassment in the party meeting. The CM made it clear that absences will be noted,” said a PDL lawmaker who requested not to be named.

The assembly will now take up the demands for grants for the health and education departments. The session was adjourned till Monday afternoon.""",
        [
            ("This is not a supplementary", "Chaudhry Nadeem Akhtar Gondal"),
            ("They spent the money first", "Chaudhry Nadeem Akhtar Gondal"),
            ("unavoidable obligations", "Mian Shahzad Ahmed Wattoo"),
            ("Should we have let the", "Mian Shahzad Ahmed Wattoo"),
            ("The opposition wants to do", "Mian Shahzad Ahmed Wattoo"),
            ("The rules are the same", "Malik Anwar Hayat Dhudhi"),
            ("trampled every rule of procedure", "Rukhsana Kausar"),
            ("no option but to go", "Rukhsana Kausar"),
            ("There was a lot of", "PDL lawmaker"),
        ],
    ),
    (
        """LHC grants bail to former housing directorate chief in plots case

Staff Reporter

LAHORE: The Lahore High Court on Wednesday granted post-arrest bail to Zahid Mehmood Sandhu, a former director general of the Punjab Cooperative Housing Directorate, who has been in custody for eight months in a case involving the alleged illegal allotment of 212 plots in a housing scheme on Multan Road.

A division bench comprising Justice Tahira Naz Bokhari and Justice Muhammad Rizwan Awan allowed the petition against surety bonds of Rs1 million.

The Punjab Integrity Bureau (PIB) had arrested Mr Sandhu in May last year on allegations that he approved allotments to non-members of the cooperative society, causing a loss of more than Rs3.4 billion to the national exchequer. Investigators say many of the plots were later sold in the so-called "file market" at several times their original price.

Advocate Mian Arshad Latif Jappa, counsel for the petitioner, argued that his client was not nominated in the FIR and that the allotments had been approved by a committee.

"My client has been made a scapegoat for decisions taken by a seven-member committee, none of whose other members has been arrested," he told the court.

Deputy Prosecutor General Humaira Saleem opposed the petition, arguing that the petitioner had "personally signed" the allotment letters and that the bureau had recovered documents showing transfers to his relatives.

Justice Bokhari, who authored the order, wrote:

"The prosecution has not been able to show, at this stage, any material suggesting that the petitioner derived financial benefit from the impugned allotments. The question of his individual liability vis-a-vis the other members of the committee requires further inquiry.

"It is also a matter of record that the investigation stands completed and the challan has been submitted before the trial court. The petitioner is no longer required for the purpose of investigation and his continued incarceration would serve no useful purpose."

The bench, however, directed the petitioner not to leave the country without permission of the trial court and to appear on every date of hearing.

Outside the court, a group of affectees of the housing scheme gathered with placards demanding possession of their plots.

"We paid for these plots in 2016 and we still do not know whether we own anything. The officials get bail, the files get sold, and we keep going from one office to another," said Ghulam Rasool, a retired schoolteacher from Okara.

The PIB, in a statement issued later in the day, said it would "examine the detailed judgement" and consider filing an appeal before the Supreme Court. It said the trial of the remaining accused would continue before the accountability court.""",
        [
            ("My client has been made", "Mian Arshad Latif Jappa"),
            ("personally signed", "Humaira Saleem"),
            ("The prosecution has not been", "Tahira Naz Bokhari"),
            ("It is also a matter", "Tahira Naz Bokhari"),
            ("We paid for these plots", "Ghulam Rasool"),
            ("examine the detailed judgement", "Punjab Integrity Bureau"),
        ],
    ),
    (
        """Fertiliser makers warn of urea price hike after gas tariff increase

Recorder Report

ISLAMABAD: Fertiliser manufacturers on Friday warned that urea prices could rise by up to Rs700 per bag after the government notified an increase of more than 70 percent in the price of feed gas supplied to their plants, a move they said would hurt farmers ahead of the rabi sowing season.

The cabinet's economic committee had approved the increase last week as part of a package of measures aimed at meeting revenue targets agreed with international lenders.

In a notice to the stock exchange, Indus Agro Chemicals Limited (IACL), one of the country's largest urea producers, said the revised tariff would increase its cost of production by around Rs1,100 per bag.

"The company is evaluating the impact of the notification and will pass on the increase to the extent necessary to maintain the viability of its operations," the company said.

Syed Faraz Ali Jafri, chief executive of Bolan Fertilizer Company, told Business Recorder that the industry had been given "no prior consultation" before the decision was taken. "We read about it in the newspapers like everyone else," he said.

In a letter to the petroleum minister, the Pakistan Fertiliser Producers Forum (PFPF) said the decision "runs contrary to assurances given to the industry in March" and urged the government to phase the increase over 18 months.

A spokesman for the Petroleum Division defended the decision, saying circular debt in the gas sector "has crossed Rs2.9 trillion" and could not be allowed to grow further. "The subsidy on feed gas was never sustainable. It mostly benefited manufacturers, not the farmers it was meant for," he said.

He said the government intended to provide targeted support to small farmers through the Kisan Card programme instead of subsidising producers.

Farmer groups, however, rejected the argument. Malik Ashraf Kalyar, president of the Kisan Welfare Council, said at a press conference in Multan: "Farmers have already been hit by low wheat prices. Now the government wants them to pay more for urea. How will they sow their crops?"

According to a research note by Crescent Star Research, the increase "will be largely passed on to consumers", with retail prices likely to rise by Rs600 to Rs700 per 50kg bag. The brokerage estimated that the earnings of listed fertiliser companies would remain largely protected as demand for urea was relatively inelastic in the short term.

Fertiliser stocks closed mixed on the Pakistan Stock Exchange, with IACL gaining 1.8 percent while two smaller producers ended in the red.""",
        [
            ("The company is evaluating the", "Indus Agro Chemicals Limited"),
            ("no prior consultation", "Syed Faraz Ali Jafri"),
            ("We read about it in", "Syed Faraz Ali Jafri"),
            ("runs contrary to assurances given", "Pakistan Fertiliser Producers Forum"),
            ("has crossed Rs2.9 trillion", "spokesman"),
            ("The subsidy on feed gas", "spokesman"),
            ("Farmers have already been hit", "Malik Ashraf Kalyar"),
            ("will be largely passed on", "Crescent Star Research"),
        ],
    ),
    (
        """SHC stays demolition of homes along Karachi drain

Our Correspondent

KARACHI: The Sindh High Court (SHC) on Thursday restrained the Karachi Drainage and Sewerage Authority (KDSA) from demolishing houses in Noor Bux Goth along the Bhittai Link Drain until the next hearing, and sought a resettlement plan from the provincial government.

A two-member constitutional bench headed by Justice Nazar Muhammad Soomro issued notices to the Sindh chief secretary, the KDSA and the deputy commissioner concerned on a petition filed by 63 residents of the settlement.

The petitioners’ counsel, Advocate Fatima Zehra Jatoi, told the court: “My clients are not encroachers. Many of them hold lease documents issued by the government itself in 1987. They were given three days’ notice to vacate homes in which three generations have lived.”

She added that the authority had not offered “a single rupee” in compensation, nor had it shared any plan for the relocation of the affected families.

Counsel for the KDSA, Abdul Qadir Memon, said the structures were obstructing the flow of stormwater and had contributed to urban flooding in several neighbourhoods last monsoon. “If the drain is not cleared before the monsoon, entire neighbourhoods upstream will go under water again,” he argued.

Justice Soomro observed that the court was mindful of the flooding risk but could not allow people to be rendered homeless overnight. “Nobody is against clearing the drain. But the state cannot act like a bulldozer with no human face,” the judge remarked.

The bench directed the chief secretary to submit a comprehensive resettlement and compensation plan, and asked the KDSA to file a survey identifying which structures actually fell within the drain’s right of way. The hearing was adjourned until March 3.

Outside the court, residents who had gathered since morning expressed relief at the order. Zubaida Bibi, 58, said her house had already been partially demolished on Monday.

“They broke the kitchen wall while my grandchildren were inside. We have been sleeping in the open since then,” she told The Express Tribune.

A KDSA official, speaking on condition of anonymity, said the authority would comply with the court’s order but warned that the delay would affect its pre-monsoon cleaning campaign, dubbed “Saaf Nala, Mehfooz Shehr”.

“We have a very narrow window. Every week lost now will cost us in July,” the official said.

Around 400 houses along the drain were marked for demolition in January, according to the residents, who said they had received no written order apart from notices pasted on their doors.""",
        [
            ("My clients are not encroachers.", "Fatima Zehra Jatoi"),
            ("a single rupee", "Fatima Zehra Jatoi"),
            ("If the drain is not", "Abdul Qadir Memon"),
            ("Nobody is against clearing the", "Nazar Muhammad Soomro"),
            ("They broke the kitchen wall", "Zubaida Bibi"),
            ("We have a very narrow", "KDSA official"),
        ],
    ),
    (
        """KP opposition alliance announces protest drive after arrest of leaders

By Bakhtiar Khan Yousafzai

PESHAWAR: An alliance of opposition parties in Khyber Pakhtunkhwa on Sunday announced a province-wide protest movement against what it called political victimisation of its leaders, days after police arrested four former provincial ministers in connection with violent protests in Mardan last month.

Addressing a press conference at the Peshawar Press Club after a meeting of the central committee of the Pakhtunkhwa Jamhoori Ittehad (PJI), alliance president Mian Iftikharuddin Kakakhel said the arrests were "an attempt to decapitate the opposition" ahead of the local government elections.

"We have seen this before. Every government that feels insecure starts filling the jails with its opponents," he said. "But history tells us that jails have never broken a political movement in this province.

"We will begin with rallies in all divisional headquarters next Friday, and if our leaders are not released by the end of the month, we will march on Peshawar."

Mr Kakakhel said the alliance had also decided to approach the Peshawar High Court against the cases, which he said were "fabricated on the orders of the chief minister's office".

PJI secretary general Nighat Yasmin Orakzai said families of the detained leaders had not been allowed to meet them for nine days. She said the detainees were being kept in "conditions not fit for ordinary criminals" and demanded that they be shifted to the central prison.

Provincial Information Minister Barrister Shaukat Ali Mohmand rejected the allegations.

"Nobody has been arrested for politics. They have been arrested for burning public property and attacking police officers, and there is video evidence of it," he told Dawn.

He said the opposition was free to protest "within the limits of the law", but warned that the government would not allow anyone to "hold the province hostage".

A statement issued by the Mardan police on Saturday said the four leaders had been arrested under the Maintenance of Public Order ordinance. "The accused were identified through CCTV footage and are being dealt with strictly in accordance with law," the statement said.

A senior police officer in Mardan, who requested anonymity, said more arrests were likely in the coming days. "We have identified at least 40 more people in the footage, including some local office-bearers," he said.

Three people, including a police constable, were injured and several vehicles were set on fire when protesters clashed with police outside the Mardan deputy commissioner's office on Jan 17.""",
        [
            ("an attempt to decapitate the", "Mian Iftikharuddin Kakakhel"),
            ("We have seen this before.", "Mian Iftikharuddin Kakakhel"),
            ("But history tells us that", "Mian Iftikharuddin Kakakhel"),
            ("We will begin with rallies", "Mian Iftikharuddin Kakakhel"),
            ("fabricated on the orders of", "Mian Iftikharuddin Kakakhel"),
            ("conditions not fit for ordinary", "Nighat Yasmin Orakzai"),
            ("Nobody has been arrested for", "Shaukat Ali Mohmand"),
            ("within the limits of the", "Shaukat Ali Mohmand"),
            ("hold the province hostage", "Shaukat Ali Mohmand"),
            ("The accused were identified through", "Mardan police"),
            ("We have identified at least", "senior police officer in Mardan"),
        ],
    ),
    (
        """Textile exports fall 9pc as mills cite energy costs

Our Staff Reporter

FAISALABAD: Textile exports fell 9 percent year-on-year to $1.32 billion in October, according to data compiled by the Pakistan Textile Exporters Council (PTEC), prompting the industry to renew its demand for a regionally competitive energy tariff.

In a statement, the council said as many as 87 spinning mills had shut down fully or partially over the past year. "The sector is operating at barely 60 percent of its capacity. Without immediate relief on electricity and gas tariffs, more closures are inevitable," the statement said.

The council also released a report, titled "Losing the Race: Textile Competitiveness in South Asia", which found that Pakistani mills were paying around 14 cents per unit for electricity against roughly 9 cents in competing countries.

Speaking at a news conference in Faisalabad, PTEC chairman Sheikh Asif Rauf said the industry could not be expected to meet export targets under such conditions. "You cannot ask us to export more while making us pay the highest energy prices in the region," he said.

He said the government's export facilitation scheme, which spinners have dubbed "the import facilitation scheme", had allowed duty-free imports of yarn that undercut local producers.

An official of the commerce ministry, who did not wish to be named, acknowledged the problem. "The scheme is being reviewed. Some of the concerns raised by the spinning sector are genuine, but we also have to keep the value-added sector in mind," the official said.

Speaking at a ceremony in Islamabad later in the day, Federal Commerce Minister Ahsan Jamil Khattak said the government was "fully aware" of the industry's difficulties and would announce a relief package "in the coming weeks" after consultations with the finance ministry.

Labour representatives said the closures had already cost thousands of jobs in Faisalabad alone. Chaudhry Bashir Ahmed Sahi, general secretary of the Faisalabad Power Looms Workers Union, said most of those laid off were daily-wagers with no social security cover.

"When a mill closes, it is not the owner who sleeps hungry. It is the worker and his children," he said.

Some economists argued that energy prices explained only part of the decline. Dr Nadia Shahzad, who teaches economics at a private university in Lahore, said the industry's problems were "only partly about energy".

"The deeper issue is that we have not moved up the value chain in 30 years. We are still selling yarn and grey cloth while our competitors sell brands," she said.

Textile and clothing products account for more than half of the country's total merchandise exports.""",
        [
            ("The sector is operating at", "Pakistan Textile Exporters Council"),
            ("You cannot ask us to", "Sheikh Asif Rauf"),
            ("The scheme is being reviewed.", "official of the commerce ministry"),
            ("fully aware", "Ahsan Jamil Khattak"),
            ("in the coming weeks", "Ahsan Jamil Khattak"),
            ("When a mill closes, it", "Chaudhry Bashir Ahmed Sahi"),
            ("only partly about energy", "Nadia Shahzad"),
            ("The deeper issue is that", "Nadia Shahzad"),
        ],
    ),
]
