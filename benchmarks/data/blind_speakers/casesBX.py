CASES = [
    (
        """BENGALURU: Justice Suresh Annaiah Gowda of the high court on Tuesday pulled up the state urban development department for what he called a "casual and callous" approach to the collapse of an under-construction flyover at Kudlu Gate in March, in which three construction workers were killed.

Hearing a public interest litigation filed by the Kudlu Residents' Welfare Forum, the judge said the department had taken four months to file a two-page status report that "says nothing and promises less".

"Three men died on a public works site. The state owes the court, and more importantly their families, an explanation of who signed off on the shuttering design and why the load test was skipped," Justice Gowda observed, directing the additional chief secretary to appear in person at the next hearing on August 22.

Appearing for the state, additional advocate general Prakash Venkatachala told the court that a three-member technical committee headed by a retired chief engineer had been constituted and that its findings were "expected within six weeks". He said the contractor, Sreenidhi Infra Projects Pvt Ltd, had been blacklisted and a criminal case registered against its site engineer.

The court was unimpressed. "Blacklisting after the fact is not accountability. It is housekeeping," the judge said.

Counsel for the petitioners, senior advocate Nalini Kariappa, argued that the same contractor had been awarded two more packages on the Hosur Road corridor after the accident. "The blacklisting order is dated June 14. The work orders for packages 7 and 9 are dated June 2 and June 9. The department knew and went ahead anyway," she submitted.

In a written statement submitted to the court, the Kudlu Residents' Welfare Forum said residents had written to the department at least five times since November about cracks in the temporary supports. "None of these letters received even an acknowledgement," the statement said.

Sreenidhi Infra, in a response to this newspaper, denied negligence and said it was "cooperating fully with all agencies". A company official, who did not wish to be named, said the shuttering had been certified by a third-party consultant appointed by the department itself.

The families of the three workers, all migrants from Odisha's Ganjam district, have so far received Rs 5 lakh each from the state. Ms Kariappa sought a direction to raise the compensation to Rs 25 lakh, citing a 2019 order of the court in a similar case.

The judge directed the department to place on record all correspondence with the contractor since October 2022 and warned that any further delay "will invite coercive steps". The matter will be heard next on August 22.""",
        [
            ("casual and callous", "Suresh Annaiah Gowda"),
            ("says nothing and promises less", "Suresh Annaiah Gowda"),
            ("Three men died on a", "Suresh Annaiah Gowda"),
            ("expected within six weeks", "Prakash Venkatachala"),
            ("Blacklisting after the fact is", "Suresh Annaiah Gowda"),
            ("The blacklisting order is dated", "Nalini Kariappa"),
            ("None of these letters received", "Kudlu Residents' Welfare Forum"),
            ("cooperating fully with all agencies", "Sreenidhi Infra Projects Pvt Ltd"),
            ("will invite coercive steps", "Suresh Annaiah Gowda"),
        ],
    ),
    (
        """Tariq Mehmood Abbasi

ISLAMABAD: The opposition on Thursday walked out of the National Assembly after the chair refused to suspend the question hour for a debate on electricity tariffs, with its parliamentary leader accusing the government of "hiding behind the rule book" while households struggled with inflated bills.

Speaking on a point of order before the walkout, Qaumi Ittehad Party (QIP) parliamentary leader Shahid Nawaz Bhatti said the government had raised the base tariff three times in eleven months without taking the house into confidence.

"The people of this country are choosing between paying the electricity bill and paying the school fee. If this house cannot spend one hour on that, then what are we here for?" he asked, as treasury members thumped their desks in protest.

Deputy Speaker Naseem Akhtar Rind, who was chairing the sitting, said the matter could be taken up on Monday under a calling-attention notice already submitted by two members. "The rules are not my invention. I am bound by them, and so is the opposition," he said.

Responding to the criticism, Minister for Energy Arshad Mahmood Kundi said the tariff adjustments were part of commitments made to international lenders by the previous government and that the present administration had "inherited a circular debt of Rs2.6 trillion, not created it".

He said the government would announce a relief package for consumers using fewer than 200 units a month "within the next two weeks", adding that the finance ministry had already been asked to work out the cost of the subsidy.

The opposition was not persuaded. Outside Parliament House, Jamhoori Watan Front (JWF) lawmaker Sadia Perveen Qureshi told reporters that the government had been promising relief "since the budget session".

"Two weeks in June, two weeks in September. The only thing that arrives on time is the next bill," she said.

Later, in a statement, the QIP said its members would stage protests outside the offices of power distribution companies in all four provincial capitals on Saturday. "The government has left us no option but to take this fight to the streets," the statement said.

The house was later adjourned till Friday morning after a member of the treasury benches pointed out lack of quorum.""",
        [
            ("hiding behind the rule book", "Shahid Nawaz Bhatti"),
            ("The people of this country", "Shahid Nawaz Bhatti"),
            ("The rules are not my", "Naseem Akhtar Rind"),
            ("inherited a circular debt of", "Arshad Mahmood Kundi"),
            ("within the next two weeks", "Arshad Mahmood Kundi"),
            ("since the budget session", "Sadia Perveen Qureshi"),
            ("Two weeks in June, two", "Sadia Perveen Qureshi"),
            ("The government has left us", "Qaumi Ittehad Party"),
        ],
    ),
    (
        """Our Bureau

Mumbai, July 14

Shares of Kaveri Agro Foods Ltd tumbled nearly 18 per cent on Monday after the company disclosed that its statutory auditor had resigned, citing “significant concerns” over related-party transactions worth ₹412 crore.

In a filing to the stock exchanges late on Saturday, the Pune-based packaged foods maker said the auditor, Deshpande Marathe & Associates, had stepped down with immediate effect. The resignation letter, attached to the filing, said the firm had sought “information and explanations on certain advances to entities in which promoters have an interest” on three occasions since April but had “not received satisfactory responses”.

“In the circumstances, we are unable to continue as statutory auditors and form an opinion on the financial statements for the year ended March 31,” the letter said.

The company, in the same filing, rejected the auditor’s claims. “All transactions referred to were approved by the audit committee and the board, and were conducted at arm’s length,” it said, adding that a new auditor would be appointed “in due course”.

Managing Director Vikram Sahasrabuddhe, speaking to analysts on a hastily arranged call on Monday morning, said the advances were made to a group warehousing company to secure cold-storage capacity ahead of the festive season. “There is nothing hidden here. Every rupee is accounted for and every rupee will come back to the balance sheet within this financial year,” he said.

Analysts were not entirely convinced. Rohini Bhagwat, who tracks consumer stocks at Sanmati Securities, said the auditor’s exit was “a red flag that the market cannot ignore”, particularly since the firm had audited the company for nine years.

“An auditor does not walk away from a nine-year client over a paperwork delay. Investors will want the audit committee’s minutes, not reassurances on a conference call,” she said.

A proxy advisory firm, Fairvote Governance Advisors, said in a note to clients that minority shareholders should press for a forensic audit. The note described the related-party advances as “disproportionate to the company’s scale”, pointing out that they amounted to nearly a third of its net worth.

The stock closed at ₹286.40, its lowest level in 14 months, on volumes nearly nine times the daily average.""",
        [
            ("significant concerns", "Deshpande Marathe & Associates"),
            ("information and explanations on certain", "Deshpande Marathe & Associates"),
            ("not received satisfactory responses", "Deshpande Marathe & Associates"),
            ("In the circumstances, we are", "Deshpande Marathe & Associates"),
            ("All transactions referred to were", "Kaveri Agro Foods Ltd"),
            ("in due course", "Kaveri Agro Foods Ltd"),
            ("There is nothing hidden here", "Vikram Sahasrabuddhe"),
            ("a red flag that the", "Rohini Bhagwat"),
            ("An auditor does not walk", "Rohini Bhagwat"),
            ("disproportionate to the company’s scale", "Fairvote Governance Advisors"),
        ],
    ),
    (
        """Our Correspondent

LAHORE: An accountability court on Wednesday indicted a former provincial housing secretary and four others in a reference pertaining to the alleged illegal allotment of 214 residential plots in the Ravi Gardens housing scheme, causing a loss of Rs3.8 billion to the national exchequer.

Judge Asif Raza Sial read out the charges to former secretary Zafar Iqbal Kharal, former Ravi Gardens Development Authority (RGDA) director general Humaira Saleem and three private developers, all of whom pleaded not guilty and opted to contest the case.

According to the reference filed by the Punjab Integrity Bureau (PIB), the accused, "in connivance with each other", allotted plots meant for low-income families to persons who were "neither eligible nor even resident in the province". The reference states that at least 61 plots were later transferred to relatives of the private developers "within weeks of the allotment".

During the hearing, Kharal's counsel, Barrister Usman Ghani Cheema, argued that his client had merely implemented decisions taken by the authority's governing body. "My client was one signature among eleven. If there was a crime, the prosecution has chosen to indict the clerk and spare the committee," he contended.

PIB special prosecutor Fahad Ali Sukhera countered that the minutes of the governing body's meetings had been "altered after the fact" and that a forensic examination of the record had confirmed this.

The judge remarked that such arguments would be considered at the stage of evidence. "Indictment is not conviction. Both sides will have their full opportunity," he observed, and summoned the prosecution witnesses for the next hearing on October 9.

Outside the court, Ms Saleem told reporters that she was being made a "scapegoat" for decisions taken before she joined the authority.

"I joined the authority in February 2019. The allotments they are talking about were approved in 2017 and 2018," she said. "The record speaks for itself. I have faith in the courts and I will clear my name."

The PIB, in a statement issued later in the day, termed the indictment "a significant step" in its campaign against land-related corruption and said references in two more housing schemes were at an advanced stage.

Kharal, who has been on bail since March, left the court premises without speaking to the media.""",
        [
            ("in connivance with each other", "Punjab Integrity Bureau"),
            ("neither eligible nor even resident", "Punjab Integrity Bureau"),
            ("within weeks of the allotment", "Punjab Integrity Bureau"),
            ("My client was one signature", "Usman Ghani Cheema"),
            ("altered after the fact", "Fahad Ali Sukhera"),
            ("Indictment is not conviction", "Asif Raza Sial"),
            ("scapegoat", "Humaira Saleem"),
            ("I joined the authority in", "Humaira Saleem"),
            ("The record speaks for itself", "Humaira Saleem"),
            ("a significant step", "Punjab Integrity Bureau"),
        ],
    ),
    (
        """Special Correspondent

LUCKNOW

The Janata Nyay Morcha (JNM) on Sunday expelled its Sultanpur MLA Devendra Pratap Tripathi for six years, a day after he shared the stage with leaders of the ruling Rashtriya Vikas Sangh (RVS) at a farmers’ rally in Lambhua.

The expulsion letter issued by the party said Mr. Tripathi had “repeatedly and publicly undermined the party’s position” and that his presence at the rally was “the last straw in a long series of provocations”. The letter also noted that he had skipped two legislature party meetings since March.

Speaking to reporters at the party headquarters, JNM general secretary Anjali Kushwaha said the decision had been taken unanimously by the disciplinary committee. “No individual is bigger than the organisation. We gave him every opportunity to explain himself, and he chose to explain himself to the other side instead,” she said.

Mr. Tripathi, a three-time legislator once counted among the closest aides of JNM president Harishankar Pal, said he had expected the decision. “I was expelled the day I started asking questions about ticket distribution. Sunday’s letter only made it official,” he told this newspaper over the phone.

He denied that he had joined the RVS, but did not rule it out. Asked whether he would contest the next Assembly election on an RVS ticket, he said he would “consult the people of Sultanpur first” and take a decision “by Deepavali”.

RVS State president Kamlesh Chandra Dubey welcomed the development. In a statement, he said: “Mr. Tripathi is a respected leader of farmers in the region. If he wishes to work with us, the doors are open.

“The JNM has become a family enterprise in which honest workers have no future. This expulsion only proves what we have been saying for two years.”

The JNM’s spokesperson, Farhan Siddiqui, dismissed Mr. Dubey’s remarks as “predictable” and said the RVS was “shopping for defectors because it has run out of candidates”.

Political observers said the expulsion could hurt the JNM in the Awadh region, where Mr. Tripathi commands a following among sugarcane farmers. A senior JNM leader, who did not wish to be identified, admitted that the timing was “not ideal” with the panchayat elections due early next year.

“But the president felt that if we did not act now, three or four others would follow him. Sometimes you have to lose one seat to keep ten,” the leader said.""",
        [
            ("repeatedly and publicly undermined the", "Janata Nyay Morcha"),
            ("the last straw in a", "Janata Nyay Morcha"),
            ("No individual is bigger than", "Anjali Kushwaha"),
            ("I was expelled the day", "Devendra Pratap Tripathi"),
            ("consult the people of Sultanpur", "Devendra Pratap Tripathi"),
            ("by Deepavali", "Devendra Pratap Tripathi"),
            ("Mr. Tripathi is a respected", "Kamlesh Chandra Dubey"),
            ("predictable", "Farhan Siddiqui"),
            ("shopping for defectors because it", "Farhan Siddiqui"),
            ("not ideal", "senior JNM leader"),
            ("But the president felt that", "senior JNM leader"),
        ],
    ),
    (
        """KARACHI: Textile exporters on Tuesday warned that as many as 120 mills in Sindh and Punjab could shut down by the end of the month unless the government reversed a 40 per cent increase in the gas tariff for captive power plants.

In a letter addressed to the prime minister, the Pakistan Knitwear and Hosiery Exporters Council (PKHEC) said the increase had made Pakistani products "uncompetitive overnight" against regional rivals. "Our members are receiving cancellation notices from buyers in Europe every single day. Orders that took years to build are moving to Bangladesh and Vietnam," the letter said.

The council's chairman, Shehzad Anwar Paracha, told a press conference at a local hotel that the industry had not been consulted before the decision. "We read about it in the newspapers like everyone else," he said.

He said exporters were now being asked to pay Rs4,200 per mmbtu, nearly double the rate in neighbouring countries. "Nobody can run a factory on these numbers. Let the government show us one country in the region where industry pays this price for gas, and we will withdraw our demand," he said, adding that around 80,000 workers would be "directly affected" if the closures went ahead.

Officials at the petroleum division defended the increase. A senior official, requesting anonymity, said captive power plants had been "cross-subsidised by domestic consumers for too long" and that the tariff rationalisation was a condition agreed with lenders.

"The sector has known this was coming for a year. It cannot claim surprise now," the official said.

Economist Dr Mehreen Zaidi of the Karachi-based Centre for Trade and Industry Research said the problem was one of sequencing rather than principle. "Removing subsidies is necessary, but doing it before the grid can offer reliable electricity simply pushes mills from one expensive option to no option at all," she said.

Dr Zaidi noted that exports of knitwear had grown by 11pc in the first quarter of the fiscal year and warned that the gains could be wiped out within months.

Meanwhile, the Sindh Industrial Estates Association, in a separate statement, backed the exporters' demand and called for an "immediate dialogue" between the industry and the petroleum division. It said power outages in the industrial zones of Karachi had already forced several units to cut shifts.""",
        [
            ("uncompetitive overnight", "Pakistan Knitwear and Hosiery Exporters Council"),
            ("Our members are receiving cancellation", "Pakistan Knitwear and Hosiery Exporters Council"),
            ("We read about it in", "Shehzad Anwar Paracha"),
            ("Nobody can run a factory", "Shehzad Anwar Paracha"),
            ("directly affected", "Shehzad Anwar Paracha"),
            ("cross-subsidised by domestic consumers for", "senior official"),
            ("The sector has known this", "senior official"),
            ("Removing subsidies is necessary, but", "Mehreen Zaidi"),
            ("immediate dialogue", "Sindh Industrial Estates Association"),
        ],
    ),
    (
        """By Aditi Namjoshi

MUMBAI: A sessions court on Friday granted bail to real estate developer Hitesh Navinchandra Bhanushali, arrested in April in connection with an alleged ₹96-crore homebuyers' fraud, observing that the investigation was "substantially complete" and that his continued custody would serve "no useful purpose".

Additional Sessions Judge M R Deshmukh, in his order, noted that the police had filed a chargesheet running into 3,400 pages and that the 212 witnesses cited by the prosecution were either homebuyers or bank officials, "none of whom can be reasonably said to be under the influence of the accused".

"The purpose of custody is not punishment. The applicant has been in jail for over five months, the chargesheet has been filed, and the trial is unlikely to begin for some time," the order said.

"The apprehension of the prosecution that the applicant may tamper with evidence is, at this stage, not supported by any material on record.

"It is also pertinent that the applicant has deposited ₹12 crore with the court towards refunds, which reflects a bona fide intent to cooperate," the court said.

Special public prosecutor Vaishali Gadre had opposed the plea, arguing that Bhanushali had "siphoned off" funds collected from buyers through a web of 14 shell companies and that "large amounts remain untraced".

The court directed Bhanushali to furnish a personal bond of ₹5 lakh with two sureties, surrender his passport and report to the investigating officer every Monday until the framing of charges.

Bhanushali's lawyer, advocate Kunal Sawant, said after the hearing that his client would "cooperate fully with the trial". "We have said from day one that this is a civil dispute dressed up as a criminal case. Every homebuyer will get either their flat or their money back," he said.

Members of the Bhanushali Heights Flat Purchasers' Association, who were present in court, expressed disappointment at the order.

"We have been paying EMIs and rent together for six years. He goes home today, and we still have no home to go to," said Pradnya Kulkarni, a retired schoolteacher and the association's secretary.

The association is expected to approach the high court against the bail order next week.""",
        [
            ("substantially complete", "M R Deshmukh"),
            ("no useful purpose", "M R Deshmukh"),
            ("none of whom can be", "M R Deshmukh"),
            ("The purpose of custody is", "M R Deshmukh"),
            ("The apprehension of the prosecution", "M R Deshmukh"),
            ("siphoned off", "Vaishali Gadre"),
            ("large amounts remain untraced", "Vaishali Gadre"),
            ("cooperate fully with the trial", "Kunal Sawant"),
            ("We have said from day", "Kunal Sawant"),
            ("We have been paying EMIs", "Pradnya Kulkarni"),
        ],
    ),
    (
        """Bureau Report

PESHAWAR: The provincial education department on Monday conceded that hundreds of government schools in the southern districts were not functioning, days after an independent audit said the government was paying salaries to 1,900 teachers at so-called "ghost schools".

The audit report, titled "Empty Classrooms, Full Payrolls" and released last week by the Khyber Education Monitoring Network (KEMN), found that 341 schools in Bannu, Lakki Marwat, Karak and Dera Ismail Khan districts had "no students, no functional building, or both". It described the situation as "a systemic failure that cannot be blamed on a few district officers".

Talking to journalists at the Civil Secretariat, Provincial Minister for Elementary and Secondary Education Akhtar Zaman Marwat said the department did not dispute the broad findings. "We are not going to hide behind denials. Some of these schools were closed during the security operations and never reopened, and some were simply never built," he said.

He said a committee headed by the special secretary had been given 30 days to verify each school and recommend action against the officials responsible. Teachers found drawing salaries without reporting for duty would be "dismissed, not transferred", he added.

Opposition lawmaker Nighat Sultana Khattak said the minister's admission was "welcome but years late". In a privilege motion submitted to the provincial assembly secretariat, she wrote: "The house was assured in 2021 and again in 2023 that all non-functional schools had been identified. Either the house was misled, or the department did not know. Both are unacceptable."

Outside the secretariat, around 200 teachers affiliated with the Southern Districts Teachers Ittehad staged a protest, carrying banners reading "Don't punish teachers for government failures". The union's president, Gul Rehman Wazir, said many teachers listed as absent had been posted to schools that had no building.

"You cannot report for duty at a school that is a pile of rubble. Verify first, then punish," he said.

KEMN's director, Sana Gul Afridi, said the network would share its school-by-school data with the committee. "Our aim is not to embarrass anyone. It is to get 60,000 children back into classrooms," she said.""",
        [
            ("no students, no functional building", "Khyber Education Monitoring Network"),
            ("a systemic failure that cannot", "Khyber Education Monitoring Network"),
            ("We are not going to", "Akhtar Zaman Marwat"),
            ("dismissed, not transferred", "Akhtar Zaman Marwat"),
            ("welcome but years late", "Nighat Sultana Khattak"),
            ("The house was assured in", "Nighat Sultana Khattak"),
            ("You cannot report for duty", "Gul Rehman Wazir"),
            ("Our aim is not to", "Sana Gul Afridi"),
        ],
    ),
]
