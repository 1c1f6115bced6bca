CASES = [
    (
        """HC slams Kuttanchira municipality over failure to clear drains before monsoon

Staff Reporter

KOCHI

Justice Thomas Varghese Kallarakkal of the Kerala High Court on Tuesday came down heavily on the Kuttanchira municipality for its failure to desilt storm-water drains ahead of the southwest monsoon, observing that residents "cannot be left to wade through sewage every June."

Hearing a petition filed by the Kuttanchira Residents' Welfare Federation, the judge said the civic body had "repeatedly given undertakings to this court and repeatedly failed to honour them."

"The court is not a monitoring agency for every drain in the State. But when a local body treats its own affidavits as a formality, the court has no option but to step in," the judge observed.

Counsel for the municipality, Reshmi Nair, submitted that the work had been delayed by a shortage of contract labour and the late release of funds from the State government. She told the court that 70% of the desilting had been completed and that the remainder would be finished "within a fortnight".

The court, however, was not convinced. "A fortnight in June is a long time in Kuttanchira," Justice Kallarakkal remarked, directing the municipal secretary to appear in person when the case is taken up next week.

The petitioners had pointed out that at least 300 families in the low-lying Chembakassery and Pallippuram wards were forced to move to relief camps last year after the Kallada canal overflowed. P.K. Unnikrishnan, secretary of the federation, told The Hindu after the hearing that the order was "a small relief, but only a relief on paper until the trucks arrive."

"Every year we hear the same promises. Every year the water comes into our kitchens. We went to court because we had no other door left to knock on," he said.

Municipal chairperson Sheeba Rajan, when contacted, said the council would comply with the court's directions. "We respect the court's observations. The council has already convened an emergency meeting and engaged additional machinery," she said. She added that the municipality had written to the Local Self Government department seeking the release of Rs.1.8 crore pending from the previous financial year.

Opposition councillors, however, accused the ruling front of diverting funds meant for drain maintenance to beautification projects. "The money was there. It went into fountains and walkways near the bus stand," alleged M. Abdul Salam, Opposition leader in the council.

The court also directed the District Collector to file a report on the preparedness of the Irrigation department in clearing the Kallada canal. The case will be heard again on June 11.""",
        [
            ("cannot be left to wade", "Thomas Varghese Kallarakkal"),
            ("repeatedly given undertakings to this", "Thomas Varghese Kallarakkal"),
            ("The court is not a", "Thomas Varghese Kallarakkal"),
            ("within a fortnight", "Reshmi Nair"),
            ("A fortnight in June is", "Thomas Varghese Kallarakkal"),
            ("a small relief, but only", "P.K. Unnikrishnan"),
            ("Every year we hear the", "P.K. Unnikrishnan"),
            ("We respect the court's observations.", "Sheeba Rajan"),
            ("The money was there. It", "M. Abdul Salam"),
        ],
    ),
    (
        """ATMK stages walkout as Minister defends delay in Kollaru water release

CHENNAI: Members of the Anaithu Tamizhar Munnetra Kazhagam (ATMK) staged a walkout from the Assembly on Wednesday after Speaker R. Thangavelu refused to allow a discussion on the delay in releasing water from the Kollaru reservoir for kuruvai cultivation in the delta districts.

Raising the issue during Zero Hour, Leader of the Opposition V. Senthamarai Kannan said farmers in Thiruvarur and Nagapattinam districts had prepared their nurseries in the expectation that water would be released on June 12, as announced by the government in May. “The government announced the date with great fanfare. Today the nurseries are drying and the farmers are borrowing at 5% a month to keep them alive,” he said.

When the Speaker said the matter could be taken up during the debate on demands for grants, ATMK members rose from their seats and raised slogans before walking out. Mr. Kannan later told reporters outside the House that the ruling Dravida Samathuva Kazhagam (DSK) was “running away from a discussion it knows it cannot win.”

Responding in the House after the walkout, Water Resources Minister A. Mohanasundaram said the release had been deferred on the advice of engineers as the storage in the reservoir was below 60 ft. “We are not going to release water only to have it stop midway. A half-release helps nobody. When the inflow improves, the shutters will be opened,” he said.

The Minister said the department expected the level to cross the threshold “in the next ten days” if the catchment areas received the forecast rainfall.

The Tamil Nadu Delta Farmers’ Federation, in a statement, said the delay would affect nearly 1.2 lakh acres. “Every week of delay pushes the harvest into the northeast monsoon. The government must announce a compensation package now, not after the crop is lost,” the statement said.

Federation general secretary P.R. Ilangovan, speaking over the phone from Kovilur, said farmers had no quarrel with the technical assessment. “We are not against the engineers. We are against the silence. Nobody from the department has come to the villages to explain anything,” he said.

A senior official in the Water Resources Department, who did not wish to be named, said the Minister’s decision was sound. “The number everyone is watching is 65 ft. Below that, the canals at the tail end simply do not get water, and then the tail-end farmers will be the ones protesting,” the official said.

A DSK spokesperson accused the ATMK of “doing politics with farmers’ tears” and said the previous ATMK government had released water late on three occasions during its tenure.

The issue is likely to come up again when the House takes up the demand for grants for the Water Resources Department next week.""",
        [
            ("The government announced the date", "V. Senthamarai Kannan"),
            ("running away from a discussion", "V. Senthamarai Kannan"),
            ("We are not going to", "A. Mohanasundaram"),
            ("in the next ten days", "A. Mohanasundaram"),
            ("Every week of delay pushes", "Tamil Nadu Delta Farmers’ Federation"),
            ("We are not against the", "P.R. Ilangovan"),
            ("The number everyone is watching", "senior official in the Water Resources Department"),
            ("doing politics with", "spokesperson"),
        ],
    ),
    (
        """'Will go it alone if we must': LSP warns ally ahead of Thane civic polls

Express News Service

Mumbai

Cracks in the ruling alliance in Maharashtra widened on Sunday after Lok Swarajya Party (LSP) state president Dattatray Kadam said the party was prepared to contest all 131 wards of the Thane Municipal Corporation on its own if its ally, the Rashtriya Janshakti Aghadi (RJA), did not offer it "a respectable share" of seats.

Addressing party workers at a melava in Kopri, Kadam said: "We have carried this alliance on our shoulders in Thane for ten years. If we are now told to be satisfied with 30 seats, our workers will ask why we exist at all. We will go it alone if we must."

He said the LSP's "patience is not unlimited" and that the party's parliamentary board would take a final call on seat-sharing by the end of the month.

The RJA responded sharply. Its city unit chief, Sunanda Mhatre, said the seat-sharing talks were "happening at the right forum, not on a stage in Kopri". "Every party wants more seats. That is natural. But alliances are not run through public speeches. Kadam-saheb knows our doors are open," she told The Indian Express.

Senior RJA leaders in Mumbai were more guarded. A senior RJA functionary, who did not wish to be named, said the party's internal survey had found that the LSP's support base in Thane "has shrunk considerably" since the 2019 Assembly polls. "The numbers they are asking for are based on what they were, not what they are," the functionary said.

The Opposition was quick to seize on the rift. Samyukta Lok Morcha spokesperson Irfan Qureshi said the alliance was "held together only by the lust for power". "The people of Thane have seen the potholes, the water cuts and the flooding in Kalwa. They are not interested in which party gets how many seats. They want to know who is accountable," Qureshi said.

The two parties had contested the last civic polls together, with the RJA winning 58 seats and the LSP 41. Since then, at least six LSP corporators have crossed over to the RJA, a sore point with the LSP's local leadership.

Political analyst Shrirang Apte, who teaches political science at a Pune college, said the posturing was typical of pre-poll bargaining. "Both sides know they need each other in Thane. What we are seeing is the opening bid, not the final offer," he said.

The State Election Commission is expected to announce the schedule for the civic polls later this year after the completion of ward delimitation.""",
        [
            ("Will go it alone if", "Dattatray Kadam"),
            ("a respectable share", "Dattatray Kadam"),
            ("We have carried this alliance", "Dattatray Kadam"),
            ("patience is not unlimited", "Dattatray Kadam"),
            ("happening at the right forum", "Sunanda Mhatre"),
            ("Every party wants more seats.", "Sunanda Mhatre"),
            ("has shrunk considerably", "senior RJA functionary"),
            ("The numbers they are asking", "senior RJA functionary"),
            ("held together only by the", "Irfan Qureshi"),
            ("The people of Thane have", "Irfan Qureshi"),
            ("Both sides know they need", "Shrirang Apte"),
        ],
    ),
    (
        """HC orders Rs 1 lakh compensation for Barabanki trader held without FIR

Rajeev Mishra

LUCKNOW: The Lucknow bench of the Allahabad high court has ordered the Uttar Pradesh government to pay Rs 1 lakh as compensation to a grain trader from Barabanki who was kept in police custody for three days without a first information report being registered against him.

Justice Alok Kumar Srivastava, hearing a habeas corpus petition filed by the trader's wife, Sunita Gupta, said the conduct of the police officers involved was "wholly unacceptable in a State governed by the rule of law."

"Personal liberty is not a concession granted by the police. It is a right guaranteed by the Constitution, and no officer, however senior, may suspend it at his convenience," justice Srivastava said in the order, a copy of which was made available on Friday.

The court said the compensation amount could be recovered from the salaries of the officers found responsible, after an inquiry by the superintendent of police, Barabanki.

According to the petition, Ramesh Chandra Gupta, 46, was picked up from his shop in Haidarganj Kalan on the evening of March 14 by personnel of the Ramnagar Khurd police station in connection with a payment dispute with a wholesale dealer. His family was not informed of his whereabouts for nearly 48 hours.

Additional government advocate Vivek Tripathi told the court that Gupta had been "called for questioning" and was "free to leave at any time". The court rejected the claim, noting that the general diary entries produced by the police themselves did not record his release until March 17.

Speaking to HT over the phone, Sunita Gupta said the family had "lost faith" until the court stepped in. "For three days we went from the thana to the SP office and back. Nobody would even tell us whether he was alive. The money is not the point. We want the officers to know they cannot do this to anyone else," she said.

The family's lawyer, Mohd Arshad Siddiqui, said the order was significant because "it fixes personal responsibility instead of letting the State pay for the sins of its officers."

Barabanki superintendent of police Deepak Rathore said the department would "comply with the court's order in letter and spirit". "An inquiry has been ordered and the circle officer will submit his report within a week. If anyone is found guilty, action will follow," he said.

Human rights activists in Lucknow said the case reflected a wider pattern. "This is not an isolated incident. Informal detentions without entries in the records are routine in rural police stations," said Shalini Verma of the People's Forum for Civil Liberties, a Lucknow-based group.""",
        [
            ("wholly unacceptable in a State", "Alok Kumar Srivastava"),
            ("Personal liberty is not a", "Alok Kumar Srivastava"),
            ("called for questioning", "Vivek Tripathi"),
            ("free to leave at any", "Vivek Tripathi"),
            ("lost faith", "Sunita Gupta"),
            ("For three days we went", "Sunita Gupta"),
            ("it fixes personal responsibility instead", "Mohd Arshad Siddiqui"),
            ("comply with the court's order", "Deepak Rathore"),
            ("An inquiry has been ordered", "Deepak Rathore"),
            ("This is not an isolated", "Shalini Verma"),
        ],
    ),
    (
        """Edakkulam bank fraud: Opposition seeks Minister’s exit; govt says probe on track

Express News Service

THIRUVANANTHAPURAM

The Opposition United Democratic Alliance (UDA) on Thursday intensified its campaign against Cooperation Minister K.V. Sasidharan over the Rs 112-crore fraud at the Edakkulam Service Cooperative Bank, demanding his resignation and a CBI probe into the alleged diversion of depositors’ money.

Leader of the Opposition Joseph Mathew Puthenpurackal told a press conference that the Minister had “personal knowledge” of irregularities at the bank as early as 2021 but chose not to act. “The audit objections were placed on his table. He sat on them for two years while ordinary people, many of them retired teachers and daily-wage workers, kept depositing their life savings,” he said.

Puthenpurackal said the Crime Branch investigation ordered by the government was “an eyewash meant to protect party men” who controlled the bank’s board. The UDA will hold a march to the Secretariat on Monday and stage dharnas in front of the offices of the Joint Registrar of Cooperative Societies in all districts, he said.

Responding to the allegations, Sasidharan said they were “politically motivated” and that the government had itself initiated action once the irregularities came to light. “It was this government that superseded the board, it was this government that ordered the Crime Branch probe, and it was this government that froze the assets of the accused. What more does the Opposition want?” he asked.

He said depositors would not lose their money. “Every depositor will be repaid. The Deposit Guarantee Fund Board has already been asked to release the first instalment,” the Minister said.

Ruling front convener T.P. Balakrishnan said the Opposition had “no moral right” to raise the issue, pointing out that two of the former directors named in the Crime Branch FIR belonged to constituents of the UDA.

At Edakkulam, a group of depositors gathered outside the bank’s shuttered head office on Thursday morning. “I put Rs 14 lakh from my retirement benefits in this bank because it was near my house and everyone trusted it. Now I am told to wait. How long? I am 71,” said Annamma Kurian, a retired schoolteacher.

According to the Crime Branch, loans worth over Rs 80 crore were sanctioned without adequate collateral between 2016 and 2022, many of them in the names of people who had no idea they had borrowed money.

A Crime Branch officer associated with the probe said the agency had so far identified 46 benami loans. “The money trail leads to at least three real estate firms in Thrissur and Kochi. We expect to file the first chargesheet within three months,” the officer said.

The bank’s former secretary, who is among the 14 accused, is currently in judicial custody.""",
        [
            ("personal knowledge", "Joseph Mathew Puthenpurackal"),
            ("The audit objections were placed", "Joseph Mathew Puthenpurackal"),
            ("an eyewash meant to protect", "Joseph Mathew Puthenpurackal"),
            ("politically motivated", "K.V. Sasidharan"),
            ("It was this government that", "K.V. Sasidharan"),
            ("Every depositor will be repaid.", "K.V. Sasidharan"),
            ("no moral right", "T.P. Balakrishnan"),
            ("I put Rs 14 lakh", "Annamma Kurian"),
            ("The money trail leads to", "Crime Branch officer associated with the probe"),
        ],
    ),
    (
        """Illegal sand mining: HC orders inspection of Thenmalai odai, seeks Collector's report

Special Correspondent

MADURAI

The Madurai Bench of the Madras High Court on Monday directed the Sivaganga Collector to constitute a special team to inspect the Thenmalai odai near Puliyampatti village, following allegations that sand was being quarried from the riverbed at night under the cover of a permit issued for desilting a tank.

Justice G. Ilamparithi passed the order on a petition filed by S. Muthukaruppan, a farmer from Puliyampatti. In his petition, Mr. Muthukaruppan said that lorries "with their number plates covered in mud" were transporting sand from the riverbed between 11 p.m. and 4 a.m. on most nights.

"The permit was for desilting the Periyakulam tank. What is happening is mining of the riverbed, three kilometres away from the tank," counsel for the petitioner, R. Anbuselvan, submitted.

The Special Government Pleader, M. Jeyanthi, told the court that the permit had been issued in accordance with the rules and that revenue officials had not received any complaint before the petition was filed.

Justice Ilamparithi observed that the court could not "shut its eyes" to the photographs and video clips placed on record by the petitioner. "Rivers cannot speak for themselves. When the officials responsible for protecting them look away, the court must at least ask why," the judge said.

The judge directed the Collector to file a report within four weeks and restrained the permit holder from carrying out any further activity in the area until then.

Speaking to The Hindu, Mr. Muthukaruppan said the groundwater level in his village had fallen sharply over the last three years. "My borewell went dry in 2022. Before that, we never had to go below 150 feet. Everybody in the village knows why, but nobody wants to say it aloud," he said.

A revenue official in Sivaganga, requesting anonymity, admitted that monitoring at night was "practically impossible" with the existing staff strength. "We have one Village Administrative Officer for three villages. He cannot stand on the riverbank all night," the official said.

The Tamil Nadu Rivers Protection Movement, an environmental group, welcomed the order. In a statement, the group said the order should serve as a "wake-up call" for the State government. "What is happening in Puliyampatti is happening along every minor river in the southern districts. Desilting permits have become a licence to loot," the statement said.

The case has been adjourned to July 8.""",
        [
            ("with their number plates covered", "S. Muthukaruppan"),
            ("The permit was for desilting", "R. Anbuselvan"),
            ("shut its eyes", "G. Ilamparithi"),
            ("Rivers cannot speak for themselves.", "G. Ilamparithi"),
            ("My borewell went dry in", "S. Muthukaruppan"),
            ("practically impossible", "revenue official in Sivaganga"),
            ("We have one Village Administrative", "revenue official in Sivaganga"),
            ("wake-up call", "Tamil Nadu Rivers Protection Movement"),
            ("What is happening in Puliyampatti", "Tamil Nadu Rivers Protection Movement"),
        ],
    ),
    (
        """HC orders sugar mill to clear Rs 38 crore cane dues in 8 weeks

AURANGABAD: The Aurangabad bench of the Bombay high court on Thursday directed the Jai Bhavani Sahakari Sakhar Karkhana in Beed district to pay Rs 38.6 crore in outstanding fair and remunerative price (FRP) dues to around 9,000 sugarcane farmers within eight weeks.

The division bench was hearing a petition filed by the Shetkari Hakka Sangharsh Samiti, which said the karkhana had not paid farmers for cane supplied during the 2022-23 crushing season despite repeated orders of the sugar commissioner.

Advocate Nitin Kulkarni-Jadhav, appearing for the samiti, argued that the mill had "treated recovery certificates issued by the commissioner as mere pieces of paper". "The law says payment within 14 days of cane delivery. Farmers have waited fourteen months. Many have taken loans at high interest to sow the next crop," he told the court.

The karkhana, in its reply, said it had suffered losses due to a fall in sugar prices and poor recovery, and had approached the state government for a soft loan. "The management is committed to clearing the dues of every member farmer. The delay is due to circumstances beyond our control," the karkhana said in its affidavit.

Its managing director, Sanjay Waghmare, told TOI that the factory would "abide by the court's directions" and was exploring the sale of surplus land to raise funds. "We have already paid Rs 62 crore of the total FRP for the season. The remaining amount will be paid. Nobody is running away," Waghmare said.

Farmers in Kaij taluka said they had heard such assurances before. "Every year before the karkhana elections, the directors come to our village and promise the money in one month. Then they disappear," said Baburao Shelke, 58, who supplied nearly 120 tonnes of cane to the mill last season.

An official in the sugar commissioner's office in Pune said the commissioner had already issued revenue recovery certificates against the mill's sugar stock. "The collector can auction the stock if payment is not made. The process has been started," the official said.

The bench directed the karkhana to file a compliance report after eight weeks and made it clear that failure to pay would leave the authorities free to proceed with the attachment and sale of its assets.

Samiti president Vishnu Gaikwad said the organisation would launch an agitation at the mill gate if the money was not paid by the deadline. "The court has done its job. Now we will see whether the karkhana does its job," he said.""",
        [
            ("treated recovery certificates issued by", "Nitin Kulkarni-Jadhav"),
            ("The law says payment within", "Nitin Kulkarni-Jadhav"),
            ("The management is committed to", "Jai Bhavani Sahakari Sakhar Karkhana"),
            ("abide by the court's directions", "Sanjay Waghmare"),
            ("We have already paid Rs", "Sanjay Waghmare"),
            ("Every year before the karkhana", "Baburao Shelke"),
            ("The collector can auction the", "official in the sugar commissioner's office in Pune"),
            ("The court has done its", "Vishnu Gaikwad"),
        ],
    ),
    (
        """Sikandarpur bypoll: Caste arithmetic, stray cattle dominate as campaign ends

Express News Service

Hardoi

Campaigning for the November 13 bypoll to the Sikandarpur Assembly seat ended on Monday evening, with both the ruling Rashtriya Vikas Dal (RVD) and the Opposition Jan Adhikar Morcha (JAM) describing the contest as a referendum on the state government's two-and-a-half years in office.

The seat fell vacant after the death of RVD MLA Ram Naresh Dwivedi in August. The RVD has fielded his son, Abhishek Dwivedi, 34, while the JAM has put up former block pramukh Shamsher Singh Yadav.

At his final rally at Lalpur Bhitauli, Deputy Chief Minister Girish Chandra Awasthi urged voters to "complete the unfinished work" of the late MLA. "Dwivedi-ji gave his life to this constituency. The roads you are standing on, the power sub-station at Lalpur, the degree college - all of it came because of him. Now his son is asking you for a chance to finish what he started," Awasthi said.

JAM national president Rajpal Singh Chauhan, who led a road show through Sikandarpur town, made stray cattle the centrepiece of his speech. Standing atop an open jeep, Chauhan said:

"For two and a half years, this government has given the farmers of Sikandarpur only one thing - stray cattle. They eat the wheat at night and the government eats the votes in the day.

"Ask any farmer here how many nights he has slept in his field guarding his crop. The answer will tell you how this election will go."

The RVD hit back within hours. Its state spokesperson, Neelam Srivastava, said in a statement that the JAM was "trying to hide its record of goonda raj behind the issue of cattle".

In the villages, the mood was mixed. At Bhitauli Khurd, Ram Khilawan Pal, a small farmer, said he had lost nearly a third of his mustard crop to stray animals last winter. "Gaushalas have been built, but the cattle are still on the roads. Who is checking?" he asked.

Others credited the government with improving law and order. "Earlier, girls could not go to the college in Sandila after dark. Now they go. That matters more to us than anything else," said Kamla Devi, who runs a tea stall near the Sikandarpur bus stand.

A senior district official said 312 polling stations had been set up, of which 41 had been marked sensitive. "Central forces will be deployed at all sensitive booths and webcasting has been arranged at more than half the stations," the official said.

A local JAM functionary, who requested anonymity, said the party's internal assessment pointed to a close contest. "It will come down to the last 5,000 votes. Whoever gets the Pasi and Lodh votes will win," the functionary said.

Counting of votes will take place on November 23.""",
        [
            ("complete the unfinished work", "Girish Chandra Awasthi"),
            ("Dwivedi-ji gave his life to", "Girish Chandra Awasthi"),
            ("For two and a half", "Rajpal Singh Chauhan"),
            ("Ask any farmer here how", "Rajpal Singh Chauhan"),
            ("trying to hide its record", "Neelam Srivastava"),
            ("Gaushalas have been built, but", "Ram Khilawan Pal"),
            ("Earlier, girls could not go", "Kamla Devi"),
            ("Central forces will be deployed", "senior district official"),
            ("It will come down to", "local JAM functionary"),
        ],
    ),
]
