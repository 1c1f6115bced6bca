CASES = [
    (
        """SC seeks Centre's reply on plea against new tribunal appointment rules

New Delhi, Mar 14 (PTI) The Supreme Court on Thursday sought the Centre's response on a batch of petitions challenging the amended rules for appointments to tax and consumer tribunals, observing that the issue "goes to the heart of judicial independence".

A bench of Justices R K Venkataraman and Shalini Deshpande issued notice to the Union law ministry and listed the matter for hearing after four weeks.

"We are not inclined to stay the rules at this stage, but the government must explain why the search committee has been reconstituted in this manner," Justice Venkataraman, heading the bench, said.

Senior advocate Harish Mohan Iyer, appearing for the Tribunal Bar Association of India, argued that the amended rules gave the executive a "decisive say" in selections.

"Two of the four members of the search committee will now be nominees of the very ministry that is a litigant before these tribunals. This is the same arrangement that this court has struck down twice before," Iyer told the bench.

He said more than 40 posts of judicial members were lying vacant across the country and litigants were waiting "for years together" for their cases to be heard.

Additional Solicitor General Vikram Sethi, appearing for the Centre, opposed the plea and said the rules had been framed after "extensive consultation" with stakeholders, including the state governments and bar bodies.

"The petitioners are proceeding on a mere apprehension. Not a single appointment has been made under the new rules so far," Sethi submitted.

The bench, however, asked the Centre to place on record the minutes of the meetings in which the rules were finalised.

"If there was consultation, show us. Let it come on affidavit," Justice Deshpande remarked.

The petitioners have also sought a direction to the government to fill the vacancies in a time-bound manner. The bench said it would consider the interim prayer on the next date of hearing.

The Tribunal Bar Association of India, in its petition, said the amendments were "a backdoor attempt" to undo earlier judgments of the apex court on the independence of tribunals.

Under the amended rules notified in January, the search-cum-selection committee will be headed by a nominee of the Chief Justice of India and will include the law secretary and the secretary of the ministry concerned. PTI ABA RKS SJK
""",
        [
            ("goes to the heart of", "Supreme Court"),
            ("We are not inclined to", "R K Venkataraman"),
            ("decisive say", "Harish Mohan Iyer"),
            ("Two of the four members", "Harish Mohan Iyer"),
            ("for years together", "Harish Mohan Iyer"),
            ("extensive consultation", "Vikram Sethi"),
            ("The petitioners are proceeding on", "Vikram Sethi"),
            ("If there was consultation, show", "Shalini Deshpande"),
            ("a backdoor attempt", "Tribunal Bar Association of India"),
        ],
    ),
    (
        """Seat-sharing talks stall as allies dig in over Kesarganj, Devgarh

SPECIAL CORRESPONDENT

LUCKNOW

Talks between the Jan Kalyan Morcha (JKM) and the Rashtriya Pragati Party (RPP) on seat-sharing for the coming Assembly election hit a roadblock on Monday, with both parties laying claim to the Kesarganj and Devgarh constituencies.

JKM State president Ramesh Chandra Yadav told reporters after a three-hour meeting at the party office that his party would not “surrender” seats it had won in the last election.

“We have been flexible. We have offered seats in the eastern districts where the RPP has a base. But Kesarganj is our seat, we won it by 18,000 votes, and we are not going to give it up for the sake of arithmetic,” Mr. Yadav said.

The RPP, which contested 31 seats in the last election and won nine, is said to be seeking at least 40 this time. Party general secretary Farzana Qureshi said the alliance had to reflect “ground realities” and not the results of an election held five years ago.

“The political situation has changed completely. Our vote share in the panchayat polls was higher than that of the JKM in at least six districts. If the alliance wants to win, it has to go by who is strong today,” she said.

A senior JKM leader, who did not wish to be named, said the central leadership of the two parties might have to step in. “The State units have taken positions in public. Now nobody wants to be seen as blinking first,” the leader said.

Sources in both parties said a third round of talks was likely later this week. Among the other seats in dispute are Bhimpur, Saraiya Khurd and the reserved constituency of Lalganj.

The ruling party was quick to mock the stand-off. Its State spokesperson, Anupam Tiwari, said the Opposition was “fighting over the chairs before winning the house”.

“They cannot agree on 20 seats. How will they agree on running a government?” he asked.

Political analyst Sudhir Pandey, who teaches at Awadh Central University, said such public posturing was common ahead of elections and the alliance was likely to hold. “Both parties know they cannot defeat the ruling party on their own. There will be some heartburn, a few rebels, but there will be an agreement,” Prof. Pandey said.

The Election Commission is expected to announce the schedule for the polls by the end of the month.
""",
        [
            ("surrender", "Ramesh Chandra Yadav"),
            ("We have been flexible. We", "Ramesh Chandra Yadav"),
            ("ground realities", "Farzana Qureshi"),
            ("The political situation has changed", "Farzana Qureshi"),
            ("The State units have taken", "senior JKM leader"),
            ("fighting over the chairs before", "Anupam Tiwari"),
            ("They cannot agree on 20", "Anupam Tiwari"),
            ("Both parties know they cannot", "Sudhir Pandey"),
        ],
    ),
    (
        """Kaveri Auto Q3 profit jumps 22% on rural demand, exports

Priya Raghavan

Mumbai

Kaveri Auto Ltd on Tuesday reported a 22% rise in net profit for the December quarter, helped by a revival in rural demand for entry-level motorcycles and a rebound in exports to West Africa.

Net profit rose to ₹612 crore in the three months ended 31 December from ₹502 crore a year earlier, the Chennai-based two-wheeler maker said in a regulatory filing. Revenue from operations grew 14% to ₹7,480 crore.

“Rural India is back. For the first time in six quarters, our growth in the villages has outpaced growth in the cities,” managing director S. Natarajan told analysts on an earnings call.

Natarajan attributed the recovery to a good monsoon, higher crop prices and easier availability of retail finance. He said the company had seen “double-digit growth” in enquiries across the Hindi heartland during the festive season.

Exports rose 31% in volume terms, according to the filing, as currency conditions stabilised in key African markets. The company said its operating margin widened by 90 basis points to 12.4%, helped by softer commodity prices and cost controls.

“We expect some of the input cost benefit to reverse in the coming quarter, as steel and aluminium prices have started firming up,” chief financial officer Deepa Kulkarni said. “But we have taken a price increase of about 1.5% from January, which should offset most of it.”

Analysts said the numbers were ahead of expectations. “The beat was largely on margins. Volumes were in line, but the mix has improved, with a higher share of premium bikes and spares,” said Aditya Malhotra, auto analyst at Crestline Securities.

Not everyone is convinced the rural recovery will last. A Mumbai-based fund manager, who declined to be named, said a low base was flattering the numbers. “Last year’s December quarter was terrible for rural sales. Give it two more quarters before calling a turnaround,” the fund manager said.

The company is also betting on electric scooters, a segment where it has lagged newer rivals. Natarajan said Kaveri would launch two electric models before the end of the fiscal year and was investing ₹1,200 crore in a battery pack plant at Tiruvallam.

“We were late to the party, we admit that. But we would rather get the product right than be first,” he said.

Shares of Kaveri Auto closed 3.2% higher at ₹4,118 apiece on Tuesday ahead of the results.
""",
        [
            ("Rural India is back. For", "S. Natarajan"),
            ("double-digit growth", "S. Natarajan"),
            ("We expect some of the", "Deepa Kulkarni"),
            ("But we have taken a", "Deepa Kulkarni"),
            ("The beat was largely on", "Aditya Malhotra"),
            ("Last year’s December quarter was", "Mumbai-based fund manager"),
            ("We were late to the", "S. Natarajan"),
        ],
    ),
    (
        """HC grants bail to Sarangpur activist, says ‘dissent is not a crime’

Written by Express News Service

Nagpur

The Nagpur bench of the High Court on Friday granted bail to Sarangpur-based tribal rights activist Meenakshi Dhurve, who was arrested in October last year for allegedly inciting violence during a protest against a proposed coal mine, observing that the prosecution had failed to show any material linking her to the arson.

Justice Anil V Khandekar said the police had relied largely on her speeches, which “at best, express strong criticism of the government’s land acquisition policy”.

“Dissent is not a crime. A citizen who criticises a project, however sharply, cannot be kept behind bars on the mere apprehension that her words may have encouraged others,” Justice Khandekar said in his order.

Dhurve, 34, was arrested by the Sarangpur police on October 19 after a crowd set fire to two vehicles belonging to a survey agency near Kohka village. She was booked for rioting, criminal conspiracy and promoting enmity between groups.

Her counsel, advocate Nihal Bhagat, argued that Dhurve was not present at the site when the vehicles were torched. “She was addressing a gram sabha meeting 14 km away. The call records produced by the police themselves place her there,” Bhagat told the court.

The prosecution, represented by Additional Public Prosecutor Sunanda Mhatre, opposed the plea, arguing that Dhurve had “prepared the ground” for the violence through a series of speeches in the weeks before.

“The speeches must be read as a whole. The repeated references to driving out the company from the forest cannot be brushed aside as mere rhetoric,” Mhatre submitted.

The court, however, noted that the chargesheet did not name any witness who had heard Dhurve call for violence.

“In none of the transcripts placed before this court does the applicant exhort anyone to cause damage to property or harm any person,” Justice Khandekar wrote. “The investigating agency appears to have proceeded on the basis that because she was the most visible face of the agitation, she must be responsible for everything that happened during it.

“That is not how criminal law works. Liberty cannot be made to depend on the visibility of a person in a public movement.”

The court directed her release on a personal bond of Rs 50,000 with two sureties, and barred her from entering Sarangpur district without police permission until the trial concludes. She has also been asked to surrender her passport.

Her brother, Ramlal Dhurve, who was waiting outside the court, said the family had been running from pillar to post for five months. “She has done nothing except speak for the villagers. We are happy, but the case is still there,” he said.

Superintendent of Police, Sarangpur, Rajesh Kumar Bisen said the police would study the order before deciding whether to challenge it in the Supreme Court.
""",
        [
            ("dissent is not a crime", "Anil V Khandekar"),
            ("at best, express strong criticism", "Anil V Khandekar"),
            ("Dissent is not a crime.", "Anil V Khandekar"),
            ("She was addressing a gram", "Nihal Bhagat"),
            ("prepared the ground", "Sunanda Mhatre"),
            ("The speeches must be read", "Sunanda Mhatre"),
            ("In none of the transcripts", "Anil V Khandekar"),
            ("The investigating agency appears to", "Anil V Khandekar"),
            ("That is not how criminal", "Anil V Khandekar"),
            ("She has done nothing except", "Ramlal Dhurve"),
        ],
    ),
    (
        """Lok Sabha passes digital lending bill amid Oppn walkout

TNN | New Delhi

NEW DELHI: The Lok Sabha on Wednesday passed the Digital Lending (Regulation) Bill, 2025 by a voice vote after a nearly four-hour debate, even as opposition members staged a walkout demanding that it be referred to a select committee.

Replying to the debate, minister of state for finance Kailash Rawat said the bill was aimed at protecting borrowers from "predatory" lending apps that had "driven many young people to despair".

"We have received more than 11,000 complaints in the last two years about illegal apps, harassment by recovery agents and misuse of personal data. This bill puts an end to the era of unregulated lending," Rawat said.

The bill makes it mandatory for all digital lenders to register with the banking regulator, caps penal charges and prohibits lenders from accessing a borrower's contact list or photo gallery. Violations will attract a fine of up to Rs 5 crore and imprisonment of up to three years.

Opposition members, while welcoming the intent of the bill, said it gave sweeping powers to the government to block apps without a hearing. Initiating the debate, Sampoorna Kranti Dal MP Anirudh Menon said: "No one here is defending loan sharks. But Clause 14 allows an officer of the rank of joint secretary to shut down any platform on the basis of a complaint. Where is the due process?"

Menon said the bill had been introduced only last week and members had not had "even 72 hours" to study it.

Revathi Sundaram of the People's Democratic Front said the bill ignored the role of the states. "Money lending is a state subject. The Centre is once again walking into an area where it has no business," she said.

Rawat, in his reply, said the concerns over Clause 14 were "misplaced". "Every blocking order will be reviewed by a committee within 21 days. There is a full appellate mechanism. I request members to read the bill before criticising it," he said, drawing protests from the Opposition benches.

When the minister rejected the demand for a select committee, opposition members walked out of the House. "The government is in a hurry because it wants a headline, not a law," Opposition floor leader Gurpreet Singh Bajwa told reporters outside Parliament.

The bill will now be taken up in the Rajya Sabha, where the government is expected to face a tougher test.

Industry body Digital Lenders Association of India (DLAI) welcomed the passage. "A clear legal framework will help legitimate players and weed out fly-by-night operators," the association said in a statement.
""",
        [
            ("predatory", "Kailash Rawat"),
            ("driven many young people to", "Kailash Rawat"),
            ("We have received more than", "Kailash Rawat"),
            ("No one here is defending", "Anirudh Menon"),
            ("even 72 hours", "Anirudh Menon"),
            ("Money lending is a state", "Revathi Sundaram"),
            ("misplaced", "Kailash Rawat"),
            ("Every blocking order will be", "Kailash Rawat"),
            ("The government is in a", "Gurpreet Singh Bajwa"),
            ("A clear legal framework will", "Digital Lenders Association of India"),
        ],
    ),
    (
        """Ex-Union minister Hegde quits Rashtriya Lok Party, calls leadership ‘out of touch’

By Siddharth Rao

Bengaluru: Former Union minister and four-time MP Prakash Hegde on Sunday resigned from the Rashtriya Lok Party (RLP), saying the party’s national leadership had become “out of touch” with its workers, in a setback to the Opposition party months ahead of the Assembly elections.

In a two-page letter to RLP president Madhav Rao Shinde, Hegde, 67, said he had “tried for three years” to raise his concerns within the party without success.

“I have given 38 years of my life to this party. It pains me to write this letter, but I can no longer remain in an organisation where loyal workers are ignored and decisions are taken by a small coterie in Delhi,” Hegde wrote.

Speaking to reporters at his residence in Kundagiri, Hegde did not rule out joining another party. “I will consult my supporters over the next week. Whatever I decide, it will be in the interest of the people of coastal Karnataka,” he said.

Asked whether he had been in touch with leaders of the ruling party, he said: “I have friends in all parties. That is not a secret.”

The RLP played down the resignation. A party spokesperson said Hegde had been “given every opportunity” and that his departure would not affect the party’s prospects in the region. “Individuals come and go. The party is bigger than any one person,” the spokesperson said.

According to two RLP functionaries familiar with the matter, Hegde had been upset since being denied a Rajya Sabha nomination last year, and had skipped the last two meetings of the party’s working committee. “He wanted to be made state unit chief. When that did not happen, it was only a matter of time,” one of them said.

Hegde’s exit comes weeks after two sitting legislators from the coastal belt quit the party. The RLP had won seven of the 12 Assembly seats in the region in the last election, largely on the strength of Hegde’s network among fishing communities and small traders.

Muzaffar Baig, a political scientist at Karavali University, said the resignations reflected a deeper problem. “The RLP has not built a second line of leadership in the coastal districts. Hegde was its face there for three decades,” Baig said.
""",
        [
            ("out of touch", "Prakash Hegde"),
            ("out of touch", "Prakash Hegde"),
            ("tried for three years", "Prakash Hegde"),
            ("I have given 38 years", "Prakash Hegde"),
            ("I will consult my supporters", "Prakash Hegde"),
            ("I have friends in all", "Prakash Hegde"),
            ("given every opportunity", "spokesperson"),
            ("Individuals come and go. The", "spokesperson"),
            ("He wanted to be made", "RLP functionary"),
            ("The RLP has not built", "Muzaffar Baig"),
        ],
    ),
    (
        """Retail inflation eases to 4.1% in February on cheaper vegetables

New Delhi, March 12 (IANS) India's retail inflation eased to 4.1 per cent in February from 4.9 per cent in January, helped by a sharp fall in vegetable prices, according to official data released on Wednesday.

Food inflation, which makes up nearly half of the consumer price basket, slowed to 5.2 per cent from 6.8 per cent in the previous month, the data released by the statistics ministry showed.

"The moderation was broad-based, with vegetables, pulses and edible oils all contributing. Core inflation, however, remains sticky at around 3.9 per cent," said Radhika Iyengar, chief economist at Sagarmala Bank.

Iyengar said the print strengthened the case for an interest rate cut at the central bank's policy meeting in April, but warned that an early summer could push up vegetable prices again. "Heatwave risks are real. If temperatures spike in March and April, we could see tomato and onion prices turn quickly," she said.

The finance ministry, in a statement, said the decline reflected "timely supply-side interventions", including the release of onion and pulses from buffer stocks and reduced import duties on edible oils.

"The government remains committed to keeping inflation within the tolerance band while supporting growth," the statement said.

Industrial output data released separately showed factory production grew 3.8 per cent in January, up from 3.2 per cent in December, led by mining and electricity.

Not all economists were convinced that a rate cut was a foregone conclusion. Manish Agarwal, senior economist at Pinnacle Ratings, said the monetary policy committee was likely to wait for more data. "One good print does not make a trend. With global crude prices volatile and the rupee under pressure, the MPC may prefer to hold in April and act in June," Agarwal said.

Rural inflation stood at 4.4 per cent, compared with 3.8 per cent in urban areas, the data showed.

A senior finance ministry official, speaking on condition of anonymity, said the government was keeping a close watch on wheat prices ahead of the rabi harvest. "Stocks are comfortable, but we will not hesitate to use open market sales if prices start rising," the official said.

--IANS

rs/ksk
""",
        [
            ("The moderation was broad-based, with", "Radhika Iyengar"),
            ("Heatwave risks are real. If", "Radhika Iyengar"),
            ("timely supply-side interventions", "finance ministry"),
            ("The government remains committed to", "finance ministry"),
            ("One good print does not", "Manish Agarwal"),
            ("Stocks are comfortable, but we", "senior finance ministry official"),
        ],
    ),
    (
        """Ex-MLA gets five years in fish-feed subsidy scam

Our Special Correspondent

Calcutta: A special court in Calcutta on Monday sentenced former Kalitala MLA Subrata Ghoshal to five years’ rigorous imprisonment for his role in the diversion of Rs 3.2 crore meant for a fish-feed subsidy scheme, the first conviction of a legislator in the case.

Special judge Debasish Mitra also imposed a fine of Rs 10 lakh on Ghoshal, 61, and convicted three officials of the state fisheries department and a supplier.

‘The accused, being an elected representative, was expected to protect public funds. Instead, he treated the scheme as a personal source of income,’ the judge observed in the 212-page verdict.

According to the prosecution, between 2014 and 2016 subsidy meant for 1,800 small fish farmers in Kalitala and neighbouring blocks was routed to fictitious beneficiaries through a cooperative controlled by Ghoshal’s associates.

Public prosecutor Tapas Kumar Bag said the verdict would ‘send a message’. ‘Most of the beneficiaries on the list did not exist. Some of those who did exist had never kept fish in their lives. We produced 63 witnesses, and the court has accepted our case,’ Bag told reporters outside the court.

Ghoshal, who was taken into custody after the verdict, maintained his innocence. ‘I have been framed by my political rivals. I will go to the high court,’ he told reporters as he was led to a prison van.

His lawyer, Sumanta Chowdhury, said the trial court had ‘ignored crucial documents’ showing that Ghoshal had no role in selecting the beneficiaries.

The Banga Jana Parishad, which had dropped Ghoshal as a candidate in 2021 after the chargesheet was filed, distanced itself from him. ‘The law has taken its course. The party had taken action long ago,’ said Parishad spokesperson Mitali Dasgupta.

The Opposition, however, said the verdict exposed the ruling party. ‘This is only the tip of the iceberg. There are many more like him sitting in the party,’ said Anirban Lahiri, leader of the Opposition in the Assembly.

The state vigilance commission had registered the case in 2017 on the basis of complaints from fish farmers in Kalitala. Several of them were in court on Monday.

‘We got nothing, not a single bag of feed. Our names were used to steal money,’ said Haradhan Mondal, a fish farmer from Char Kalitala who had deposed as a witness.

The other four convicts were sentenced to three years each.
""",
        [
            ("The accused, being an elected", "Debasish Mitra"),
            ("send a message", "Tapas Kumar Bag"),
            ("Most of the beneficiaries on", "Tapas Kumar Bag"),
            ("I have been framed by", "Subrata Ghoshal"),
            ("ignored crucial documents", "Sumanta Chowdhury"),
            ("The law has taken its", "Mitali Dasgupta"),
            ("This is only the tip", "Anirban Lahiri"),
            ("We got nothing, not a", "Haradhan Mondal"),
        ],
    ),
]
