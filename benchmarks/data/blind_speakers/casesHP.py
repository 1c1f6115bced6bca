CASES = [
    (
        """Price cap on cancer drugs yet to reach pharmacy counters, say patients

Staff Reporter

CHENNAI

Nearly three months after the Central Drug Pricing Council notified ceiling prices for 14 anti-cancer medicines, patients and caregivers in the city say many private pharmacies continue to charge the old rates.

R. Selvakumar, 54, whose wife is undergoing chemotherapy at a private hospital in Perungalathur, said he paid ₹11,400 for a vial of an injectable drug last week, nearly ₹3,000 more than the notified price. "The pharmacist told me the new stock has not come. When I asked for a bill, he said the system was down," he said.

Members of the Tamil Nadu Cancer Patients' Welfare Forum, who surveyed 62 pharmacies across Chennai, Coimbatore and Madurai, found that 27 were selling at least one of the listed drugs above the ceiling. "Notification is only the first step. If there is no enforcement, the cap exists only on paper," said K. Anuradha, convenor of the forum.

Officials of the State Drugs Control Administration said inspections had been stepped up. A senior official said 19 show-cause notices had been issued since August and that the department was short of inspectors. "We have 41 sanctioned posts for the whole State and 16 are vacant. We are doing what we can," the official said.

The Council, in a statement issued on Tuesday, said manufacturers had been given 45 days to relabel existing stock and that the transition period had ended on October 30. "Any sale above the notified ceiling price after this date will attract action under the Essential Commodities Act," the statement said.

Distributors, however, contend that the problem lies upstream. V. Ramanathan, secretary of the Chennai Chemists and Druggists Association, said retailers were being asked to absorb the difference on stock bought at higher rates. "Nobody is refusing to comply. But a small chemist cannot lose ₹2,000 on every vial and stay in business," he said. He added that the Council should "direct manufacturers to issue credit notes" to retailers for the old stock.

Oncologists said the delay could have serious consequences for patients who interrupt treatment because of cost. Dr. Meenakshi Sundaram, head of medical oncology at the Government Oncology Institute, said nearly one in five patients at the outpatient clinic had skipped at least one cycle in the past year. "When the price of a cycle goes beyond what the family can borrow, they simply stop coming. We see them again six months later, and by then the disease has progressed," she said.

Ms. Anuradha said the forum would submit its findings to the Council and the State Health Department next week and would seek a helpline where patients could report overcharging.

Health Minister P. Ilangovan told reporters on Wednesday that the State would examine the survey. "If any pharmacy is found overcharging, its licence will be suspended," he said.""",
        [
            ("The pharmacist told me the", "R. Selvakumar"),
            ("Notification is only the first", "K. Anuradha"),
            ("We have 41 sanctioned posts", "senior official"),
            ("Any sale above the notified", "Central Drug Pricing Council"),
            ("Nobody is refusing to comply.", "V. Ramanathan"),
            ("direct manufacturers to issue credit", "V. Ramanathan"),
            ("When the price of a", "Meenakshi Sundaram"),
            ("If any pharmacy is found", "P. Ilangovan"),
        ],
    ),
    (
        """Shortage of life-saving drugs hits Karachi hospitals

By Our Staff Reporter

KARACHI: Patients and their attendants in the city are running from one pharmacy to another in search of several essential medicines, including insulin and anti-epileptic drugs, as manufacturers have slowed supplies pending a decision on their demand for a price increase.

A survey of 40 pharmacies in Saddar, Gulshan-i-Iqbal and North Nazimabad by the Pakistan Patients Rights Alliance found that at least 11 commonly prescribed drugs were either unavailable or being sold above the printed price.

"My son has epilepsy and he cannot miss a single dose," said Shabana Bibi, who had come to the outpatient department of the Qasimabad General Hospital from Orangi Town. "The hospital pharmacy says it is out of stock and the medical store outside is asking for double the price."

The Pakistan Pharmaceutical Producers Forum, which represents local manufacturers, said the cost of raw materials had risen sharply after the depreciation of the rupee and that the prices of many drugs had not been revised for years.

"It is not possible to produce a medicine at a loss," the forum's chairman, Tariq Mehmood Butt, told Dawn. "We have been writing to the authority for eighteen months. Companies are not hoarding; some lines have simply become unviable."

The Drug Pricing Authority of Pakistan, however, rejected the claim. A spokesman for the authority said it was processing hardship cases "strictly on merit" and that any company found deliberately withholding stock would face action. "Inspectors have been directed to check the warehouses of distributors in Karachi and Lahore," he said.

Health experts warned that the shortage was pushing patients towards substandard and smuggled medicines. Dr Ayesha Siddiqui, a consultant neurologist, said she had seen several patients whose seizures had returned after they switched to unregistered brands bought from the open market.

"A patient on a stable dose should not be forced to change brands because of a supply problem. The consequences can be serious," she said.

The provincial health department said it had released Rs120 million for the emergency purchase of medicines for government hospitals. In a statement, the department said the medicines would be provided free of cost to registered patients.

Provincial Health Minister Dr Nasreen Talpur said the province could not wait for the federal government to resolve the pricing dispute. "We cannot leave patients at the mercy of a dispute between the industry and the regulator," she said while talking to reporters after visiting the hospital on Saturday.

Meanwhile, the alliance's coordinator, Imran Qureshi, demanded that the federal government publish every week a list of essential medicines in short supply. "Transparency is the first step. People should know which drugs are missing and why," he said.""",
        [
            ("My son has epilepsy and", "Shabana Bibi"),
            ("The hospital pharmacy says it", "Shabana Bibi"),
            ("It is not possible to", "Tariq Mehmood Butt"),
            ("We have been writing to", "Tariq Mehmood Butt"),
            ("strictly on merit", "spokesman"),
            ("Inspectors have been directed to", "spokesman"),
            ("A patient on a stable", "Ayesha Siddiqui"),
            ("We cannot leave patients at", "Nasreen Talpur"),
            ("Transparency is the first step.", "Imran Qureshi"),
        ],
    ),
    (
        """Doctors threaten strike as hospitals run short of 180 essential drugs

By Dilrukshi Fernando

The State Medical Officers' Union (SMOU) yesterday warned that it would launch island-wide trade union action from next week if the Health Ministry failed to address the shortage of essential medicines at state hospitals.

Addressing a media briefing in Colombo, SMOU Secretary Dr. Chaminda Wickramaarachchi said at least 180 drugs, including several antibiotics and anaesthetic agents, were out of stock at hospitals across the country.

"Surgeons are postponing elective operations because there are not enough anaesthetic drugs. Patients are being asked to buy even basic items such as cannulas and sutures from outside," he said.

He said the union had written to the Health Secretary three times since January but had received no response. "We are not doing this for salaries. We are doing this because our patients are suffering," Dr. Wickramaarachchi said.

Health Ministry officials, however, said the situation was being exaggerated. A senior official of the Medical Supplies Division, who wished to remain anonymous, said the shortage was limited to around 60 items and that emergency procurement was under way. "Stocks of most of these items will arrive within two to three weeks. There is no need for panic," the official said.

According to the Ministry, Rs. 4.2 billion had been released to the National Medical Supplies Corporation (NMSC) last month for emergency purchases through direct contracts with suppliers in India and Bangladesh.

At the Kelanipura Teaching Hospital, relatives of patients said they had spent thousands of rupees on medicines bought from private pharmacies. "The doctor wrote down three drugs and said they were not available in the ward. One vial alone cost Rs. 6,800," said W. M. Siriyawathie, whose husband was admitted last week with a heart condition.

Opposition MP Sunil Hettiarachchi, raising the issue in Parliament, said the shortages were "the direct result of poor planning and delayed tenders" and called for a Parliamentary Select Committee to inquire into the procurement process.

The Health Minister's Media Secretary Nalaka Perera said the Minister would meet union representatives on Monday. "The Minister's door is open. We believe this can be resolved through discussion," he said.

The SMOU said its central committee would decide on the strike after the meeting.""",
        [
            ("Surgeons are postponing elective operations", "Chaminda Wickramaarachchi"),
            ("We are not doing this", "Chaminda Wickramaarachchi"),
            ("Stocks of most of these", "senior official of the Medical Supplies Division"),
            ("The doctor wrote down three", "W. M. Siriyawathie"),
            ("the direct result of poor", "Sunil Hettiarachchi"),
            ("The Minister's door is open.", "Nalaka Perera"),
        ],
    ),
    (
        """Dengue surge: Patients share beds, lie on stretchers at Civil hospital

TNN

LUCKNOW: With the number of dengue cases in the city crossing 1,200 this season, the medicine ward of the Vishwanath Civil Hospital has been forced to put two patients on a single bed, while several others are being treated on stretchers in the corridors.

On Monday, the 60-bed ward had 94 admitted patients. Relatives said they had been asked to arrange their own mosquito nets and bedsheets. “My father has been lying on a stretcher near the staircase for two days. Every time someone passes, they bump into him,” said Rakesh Yadav, a resident of Aliganj.

Hospital director Dr Sanjay Kumar Awasthi said 30 temporary beds had been added but the facility was still overwhelmed. “We cannot turn anybody away. Many patients are referred to us from district hospitals at night, and by morning the ward is full again,” he told TOI.

Awasthi said the demand for platelets had also shot up. According to the hospital’s blood bank, 410 units of platelets were issued in the past week against a normal weekly requirement of about 120.

A senior doctor at the hospital, who did not wish to be named, said the staff were exhausted. “Resident doctors are doing 36-hour shifts. Three of our nurses have themselves tested positive for dengue,” the doctor said.

Private hospitals, meanwhile, have been accused of overcharging for platelet transfusions. The district administration has capped the charge for a single donor platelet unit at Rs 11,000. District magistrate Priyanka Saxena said a team had been formed to inspect private hospitals and blood banks. “Any hospital charging above the fixed rate will face action, including cancellation of its registration,” she said in an order issued on Sunday.

Chief medical officer Dr Neelam Chaturvedi said fogging and anti-larval drives had been intensified in 42 wards where the maximum cases had been reported. “The main problem is water stored in homes and at construction sites. People have to cooperate,” Dr Chaturvedi said, adding that 316 notices had been issued to residents and builders in the past fortnight.

Experts said the city needed more permanent capacity. Dr Alok Mishra, former head of the department of medicine at a state medical university, said the administration prepared for dengue “every year as if it were a surprise”.

“The season comes at the same time every year. Beds, platelets and staff should be planned in June, not in October,” he said.""",
        [
            ("My father has been lying", "Rakesh Yadav"),
            ("We cannot turn anybody away.", "Sanjay Kumar Awasthi"),
            ("Resident doctors are doing 36-hour", "senior doctor at the hospital"),
            ("Any hospital charging above the", "Priyanka Saxena"),
            ("The main problem is water", "Neelam Chaturvedi"),
            ("every year as if it", "Alok Mishra"),
            ("The season comes at the", "Alok Mishra"),
        ],
    ),
    (
        """Govt approves up to 25pc increase in prices of 146 medicines

Our Correspondent

ISLAMABAD: The federal cabinet on Tuesday approved an increase of up to 25 per cent in the prices of 146 medicines, including painkillers, antibiotics and drugs used to treat hypertension and diabetes, drawing sharp criticism from patients’ groups and opposition lawmakers.

According to a notification issued by the Ministry of National Health Services, Regulations and Coordination, the new prices will take effect immediately, although manufacturers have been allowed to sell existing stock at the old rates.

Minister of State for Health Faisal Jamil Khattak said the decision had been taken to end shortages of essential drugs, many of which had disappeared from pharmacies over the past six months.

“We had two choices: either let these medicines vanish from the market or allow a reasonable increase. We chose availability,” he told a press conference in Islamabad.

He said the ministry had turned down requests for increases in the prices of 70 other drugs. “This is not a blanket increase. Every single case was examined by the pricing committee,” Khattak added.

The Pakistan Chemists and Druggists Council welcomed the decision. In a statement, the council said the move would “restore normal supply within two weeks” in most cities.

The Pharmaceutical Industry Council of Pakistan (PICP) said the increase was a step forward but did not fully cover rising costs. A PICP spokesperson said: “Raw material costs have doubled since 2022. The increase is welcome, but for several molecules it is still below the cost of production.”

Patients’ groups, however, said the burden would fall on those least able to bear it.

“Every time prices go up, the government tells us shortages will end. They never do,” said Dr Farhana Jadoon, convener of the Healthcare Consumers Network.

“A diabetic pensioner in Rawalpindi already spends a fifth of his pension on medicines. Who will answer for him now?

“The government should have made the costing data public first and then taken a decision.”

In the Senate, opposition Senator Rukhsana Baloch said the government had “surrendered to the pharmaceutical lobby” and demanded that the minister brief the house on the criteria used to approve the increase.

An official of the ministry, requesting anonymity, told The Express Tribune that more increases were likely in the coming months. “Another list is under review. Some manufacturers have made a strong case,” the official said.""",
        [
            ("We had two choices: either", "Faisal Jamil Khattak"),
            ("This is not a blanket", "Faisal Jamil Khattak"),
            ("restore normal supply within two", "Pakistan Chemists and Druggists Council"),
            ("Raw material costs have doubled", "spokesperson"),
            ("Every time prices go up,", "Farhana Jadoon"),
            ("A diabetic pensioner in Rawalpindi", "Farhana Jadoon"),
            ("The government should have made", "Farhana Jadoon"),
            ("surrendered to the pharmaceutical lobby", "Rukhsana Baloch"),
            ("Another list is under review.", "official of the ministry"),
        ],
    ),
    (
        """Generic-only prescriptions: Doctors' body seeks rollback, says quality not assured

New Delhi

The Indian Medical Practitioners' Federation (IMPF) has asked the National Medical Regulatory Commission (NMRC) to withdraw its new guidelines that require doctors to prescribe medicines only by their generic names, arguing that the quality of generic drugs sold in the country is not uniformly assured.

Under the guidelines, notified earlier this month, doctors who write brand names on prescriptions could face suspension of their licence for up to 30 days after repeated violations.

In a letter to the Commission chairperson, the federation said doctors had no control over which brand the chemist would eventually dispense. "When the prescription carries only the salt name, the choice of the product shifts from the doctor to the chemist, whose decision is often guided by trade margins," the letter said.

Dr Vivek Bhardwaj, national president of the IMPF, told The Indian Express that the federation was "not against generic medicines" but wanted the government to first strengthen drug testing. "Less than 1 per cent of the batches in the market are tested every year. How do I tell my patient that the tablet he gets will work?" he said.

Officials in the Commission defended the guidelines. A senior NMRC official said the rules were meant to cut out-of-pocket expenditure, which accounts for nearly half of all health spending in the country. "Branded generics of the same molecule can vary in price by up to ten times. The patient should not pay more only because of a brand name," the official said.

Public health experts were divided. Dr Kavita Raghunathan, who teaches health policy at a Bengaluru-based institute, said the move was a step in the right direction but would not work on its own.

"The rule puts the burden on the doctor, while the real gaps are in regulation and in the pharmacy. Unless the chemist is also required to stock low-cost options and explain them, the patient will get whatever gives the shop the best margin," she said.

Chemists, too, have raised concerns. Rajendra Kothari, general secretary of the All India Retail Chemists Association, said pharmacists were not trained or authorised to substitute drugs in all cases. "We are being made responsible for a decision without any legal protection," he said.

The Union Health Ministry is yet to respond formally. On Friday, Minister of State for Health Sudha Rani Pillai told the Rajya Sabha that the government would "consult all stakeholders and states" before taking a final view on implementation.""",
        [
            ("When the prescription carries only", "Indian Medical Practitioners' Federation"),
            ("not against generic medicines", "Vivek Bhardwaj"),
            ("Less than 1 per cent", "Vivek Bhardwaj"),
            ("Branded generics of the same", "senior NMRC official"),
            ("The rule puts the burden", "Kavita Raghunathan"),
            ("We are being made responsible", "Rajendra Kothari"),
            ("consult all stakeholders and states", "Sudha Rani Pillai"),
        ],
    ),
    (
        """Probe ordered after two patients die following anaesthesia at Polwatta hospital

By a Staff Correspondent

Health authorities have suspended the use of a batch of an imported anaesthetic drug and ordered an inquiry after two patients died at the Polwatta General Hospital within a week of each other, officials said yesterday.

The patients, a 34-year-old mother of two and a 61-year-old retired teacher, had both undergone minor surgical procedures. Hospital sources said both had developed severe reactions shortly after being administered the drug.

The National Drug Regulatory Council (NDRC) said in a statement that samples of the batch had been sent to its laboratory for testing. “As a precautionary measure, all hospitals have been instructed to stop using the batch and to return the remaining stocks to the regional medical supplies divisions,” the statement said.

NDRC Chief Executive Officer Dr. Ranjith Abeywardena said the drug had been imported under an emergency waiver of registration last year. He said test results were expected within ten days. “We will not hesitate to blacklist the supplier if the product is found to be substandard,” he told The Island.

The husband of the 34-year-old patient, K. D. Samantha Kumara, said the family had not received any explanation from the hospital. “She walked into the theatre. Half an hour later they told me she was in the ICU. Nobody has told us what happened,” he said.

The Medical Superintendent of the hospital, Dr. Shiranthi Gamage, said an internal committee was inquiring into both deaths. She said the anaesthetists involved had followed standard procedure and that the hospital was cooperating fully with the inquiry.

A consultant anaesthetist at another hospital in the Southern Province, speaking on condition of anonymity, said several colleagues had raised concerns about the same drug months ago. “We reported two adverse reactions in March. We filled the forms and sent them. Nothing happened after that,” the anaesthetist said.

The Sri Lanka Society of Anaesthetists, in a letter to the Health Secretary, said emergency waivers had become “the rule rather than the exception” and called for all drugs imported under such waivers to be tested before distribution.

Police said they had recorded statements from the families of both patients and that post-mortem reports were awaited.""",
        [
            ("As a precautionary measure, all", "National Drug Regulatory Council"),
            ("We will not hesitate to", "Ranjith Abeywardena"),
            ("She walked into the theatre.", "K. D. Samantha Kumara"),
            ("We reported two adverse reactions", "consultant anaesthetist at another hospital in the Southern Province"),
            ("the rule rather than the", "Sri Lanka Society of Anaesthetists"),
        ],
    ),
    (
        """Health card holders turned away from dialysis

Sudeshna Mitra

Calcutta: Ratan Mondal has been undergoing dialysis twice a week for a year and a half. Until last month, the bill was paid through the state’s Suraksha health card. Then the private hospital off the Bypass where he gets the procedure told him the card would no longer be accepted.

‘They said the government has not paid them for months. They asked me to pay Rs 2,800 for each session or go elsewhere,’ Mondal, a 47-year-old van rickshaw puller from a village in Hooghly, said outside the state-run Deshapran Medical College and Hospital on Thursday. ‘Where will I get Rs 22,000 a month?’

Officials of at least four private hospitals told The Telegraph that dues under the scheme had piled up. The Association of Eastern India Hospitals said its 38 member hospitals were owed Rs 146 crore.

‘We have kept treating card holders for nearly a year without payment. No hospital can carry on like this,’ said Arindam Ghoshal, president of the association. ‘We are not refusing emergency cases. But planned procedures like dialysis have become impossible.’

The health department disputed the figure. A senior official in the department said the claims of several hospitals were under scrutiny and that payments had been held back ‘only where bills did not match the treatment records’.

‘Genuine claims are being cleared every week. Hospitals cannot hold patients to ransom,’ the official said.

At Deshapran, the dialysis unit has 14 machines and a waiting list of more than 200. A nephrologist at the hospital said the unit was already running three shifts. ‘We are working from 6am to midnight. We simply cannot absorb the patients the private hospitals are sending back to us,’ he said.

Health activist Pallab Dasgupta, of the Patients’ Rights Forum, said: ‘The card was meant to free poor families from medical debt. Now they are back to selling land and gold to pay for dialysis.’

Mondal said he had borrowed Rs 15,000 from a moneylender in his village to pay for the last three weeks.

‘I do not know how long I can go on like this,’ he said.""",
        [
            ("They said the government has", "Ratan Mondal"),
            ("Where will I get Rs", "Ratan Mondal"),
            ("We have kept treating card", "Arindam Ghoshal"),
            ("We are not refusing emergency", "Arindam Ghoshal"),
            ("only where bills did not", "senior official in the department"),
            ("Genuine claims are being cleared", "senior official in the department"),
            ("We are working from 6am", "nephrologist at the hospital"),
            ("The card was meant to", "Pallab Dasgupta"),
            ("I do not know how", "Ratan Mondal"),
        ],
    ),
]
