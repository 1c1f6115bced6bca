CASES = [
    (
        """HC pulls up State Election Commission over delay in civic polls

Special Correspondent

BENGALURU

The High Court of Karnataka on Tuesday pulled up the State Election Commission (SEC) for the delay in holding elections to 14 urban local bodies in Chinnapura and Hosakere districts, observing that the councils had been left "in a state of suspended animation" for over two years.

Justice K.S. Nagaraj, hearing a batch of petitions filed by former councillors, said the Constitution did not permit the State to keep local bodies under administrators indefinitely. "Democracy at the grassroots cannot be made to wait on the convenience of the government. The 74th Amendment is not an ornament," the judge said.

Appearing for the SEC, senior counsel Ramesh Hegde submitted that the delimitation exercise and the reservation of wards for Backward Classes had not been completed by the State government. "The Commission is ready to hold the polls within eight weeks of receiving the final reservation matrix," he told the court.

The court, however, was not satisfied. "Every hearing, we are told the matrix is on its way. How long is the way?" Justice Nagaraj asked, and directed the Urban Development Department to file an affidavit by June 12 explaining the delay.

Counsel for the petitioners, Shalini Rao, argued that the administrators appointed in the interim were taking major financial decisions, including awarding road and drainage contracts worth over ₹180 crore, without any public accountability. "These are decisions that elected representatives should be taking. Citizens have no one to go to," she said.

Additional Advocate General P. Venkatesh Murthy told the court that the government was "committed to holding elections at the earliest" and that the report of the Backward Classes Commission was expected within a month.

The court recorded the submission but made it clear that it would consider directing the SEC to notify the elections on the basis of the existing reservation if the report was not placed before it on the next date of hearing. "We will not hesitate to do so," the judge said.

Outside the court, former Chinnapura City Municipal Council president M. Lakshmamma said residents had been running from office to office for basic civic works. "Earlier, if a drain was blocked, people came to the councillor's house. Now they don't even know the administrator's name," she told The Hindu.

Reacting to the order, Minister for Urban Development N. Sathish Gowda said the government would comply with the court's directions. "We have nothing to hide. The delay is only because we want the reservation to be legally sound, so that it is not struck down again," he said in a statement.

The matter has been posted for further hearing on June 14.""",
        [
            ("in a state of suspended", "K.S. Nagaraj"),
            ("Democracy at the grassroots cannot", "K.S. Nagaraj"),
            ("The Commission is ready to", "Ramesh Hegde"),
            ("Every hearing, we are told", "K.S. Nagaraj"),
            ("These are decisions that elected", "Shalini Rao"),
            ("committed to holding elections at", "P. Venkatesh Murthy"),
            ("We will not hesitate to", "K.S. Nagaraj"),
            ("Earlier, if a drain was", "M. Lakshmamma"),
            ("We have nothing to hide.", "N. Sathish Gowda"),
        ],
    ),
    (
        """Sahyadri Forgings Q4 profit jumps 38% on export orders

MUMBAI: Pune-based Sahyadri Forgings Ltd on Monday reported a 38% rise in consolidated net profit to Rs 214 crore for the quarter ended March 31, helped by strong export demand from North American truck makers and softer steel prices.

Revenue from operations rose 17% year-on-year to Rs 1,862 crore, the company said in a regulatory filing. The board recommended a final dividend of Rs 6 per share.

"This has been our best year in terms of both volumes and margins. Exports now account for nearly 46% of our revenue, and we expect that share to go up further as the new Chakan line stabilises," managing director Vikram Deshpande told TOI.

Deshpande said the company would invest about Rs 650 crore over the next two years, largely in a machining facility at its Ranjangaon unit and in aluminium forging for electric vehicles. "We don't want to be caught on the wrong side of the EV transition. Customers are already asking us for lightweight parts," he said.

The company's Ebitda margin expanded to 19.4% from 16.8% a year ago. Chief financial officer Neha Kulkarni attributed the improvement to "operating leverage and softer input costs", but cautioned that freight rates had begun to rise again.

"We are watching the Red Sea situation closely. If container rates stay where they are, there will be some impact in the first half," she said on a call with analysts.

Analysts were broadly positive. Rohan Bapat, auto analyst at Mumbai-based brokerage Kesari Capital, said the order book gave the company "visibility for at least six quarters". "The domestic business is the weak spot. Tractor and two-wheeler demand has been uneven, and that shows in the numbers," he added.

A senior executive at a rival forging company, who did not want to be named, said export customers were steadily shifting orders away from China. "They want a second supplier outside China, and Indian forgers are the obvious choice. But capacity is tight across the industry," the executive said.

Shares of Sahyadri Forgings closed 4.2% higher at Rs 1,148 on the BSE ahead of the results, which were announced after market hours.

The company also said its board had approved the appointment of former Maharashtra Industrial Development Corporation official Anil Sawant as an independent director for a five-year term, subject to shareholders' approval.""",
        [
            ("This has been our best", "Vikram Deshpande"),
            ("We don't want to be", "Vikram Deshpande"),
            ("operating leverage and softer input", "Neha Kulkarni"),
            ("We are watching the Red", "Neha Kulkarni"),
            ("visibility for at least six", "Rohan Bapat"),
            ("The domestic business is the", "Rohan Bapat"),
            ("They want a second supplier", "senior executive at a rival forging company"),
        ],
    ),
    (
        """Two days before council polls, JVP MLA quits party, says leadership ‘stopped listening’

Written by Santosh Kumar Singh

Patna

Two days before the elections to the Legislative Council, Jan Vikas Party (JVP) MLA from Baidyapur, Ramashray Mandal, on Friday resigned from the primary membership of the party, accusing its leadership of ignoring workers from the extremely backward communities.

In a two-page letter to JVP president Uday Narayan Chaudhary, Mandal wrote that he had raised the issue “at every forum available to me” but had been “treated like a petitioner at my own party’s office”.

“For 22 years I have carried this party’s flag in Baidyapur. Today I find that the people who take decisions do not know the names of our district presidents. The leadership has simply stopped listening,” Mandal told The Indian Express at his residence in Patna.

Asked whether he would join the ruling Lok Morcha, he said: “I have not spoken to anyone yet. I will consult my supporters in Baidyapur on Sunday and decide.”

The JVP, which has 31 members in the 243-member Assembly, is fielding two candidates in the council elections and needs every vote to win the second seat. Party sources said the leadership had been trying to placate Mandal for over a week. “He wanted his son to be given the ticket for the council. That was not possible,” a senior JVP leader said.

JVP state spokesperson Kumari Anamika dismissed the resignation as “a personal decision driven by personal ambition”. “The party has given him everything — three tickets, a ministry when we were in government. The people of Baidyapur will see through this,” she said.

Chaudhary, speaking to reporters in Gaya, was more measured. “Ramashray ji is a senior colleague. If he has grievances, my doors are open even now,” he said. He insisted that the party’s candidates would win both seats.

The Lok Morcha, meanwhile, was quick to welcome the development. Deputy Chief Minister Shivnandan Prasad Yadav said several JVP legislators were “in touch” with his party. “The JVP is a party of one family. Those who have self-respect will not stay there for long,” he said.

Political observers said the resignation could hurt the JVP in the north Bihar belt, where it has been trying to expand its base among the extremely backward classes. “Mandal is not a mass leader across the state, but in Baidyapur and the two neighbouring seats he matters. The timing is more damaging than the man,” said Prof Arun Kumar Jha, who teaches political science at the Magadh Institute of Social Studies.

Under the anti-defection law, Mandal’s resignation from the party does not automatically end his membership of the Assembly, but the JVP has said it will petition the Speaker if he votes against the party’s candidates on Monday.""",
        [
            ("stopped listening", "Ramashray Mandal"),
            ("at every forum available to", "Ramashray Mandal"),
            ("treated like a petitioner at", "Ramashray Mandal"),
            ("For 22 years I have", "Ramashray Mandal"),
            ("I have not spoken to", "Ramashray Mandal"),
            ("He wanted his son to", "senior JVP leader"),
            ("a personal decision driven by", "Kumari Anamika"),
            ("The party has given him", "Kumari Anamika"),
            ("Ramashray ji is a senior", "Uday Narayan Chaudhary"),
            ("in touch", "Shivnandan Prasad Yadav"),
            ("The JVP is a party", "Shivnandan Prasad Yadav"),
            ("Mandal is not a mass", "Arun Kumar Jha"),
        ],
    ),
    (
        """Farmers block highway for 5 hours against land pooling for industrial park

By Gurpreet Sandhu, Patiala

Hundreds of farmers from 11 villages on Tuesday blocked the Patiala-Sangrur highway for nearly five hours in protest against the state government's plan to pool 1,400 acres for a proposed industrial park, leaving commuters stranded in the heat.

The protesters, led by the Kisan Sangharsh Ekta Union (KSEU), squatted on the road near Kotla Ajner village from 10am and lifted the blockade only after Patiala deputy commissioner Harpreet Kaur Brar reached the spot and assured them of a meeting with the industries minister.

"This is fertile land that gives two crops a year. The government wants to hand it over to private companies at throwaway prices. We will not give one inch," KSEU general secretary Jagtar Singh Dhillon said while addressing the gathering.

He said the compensation of ₹48 lakh per acre offered under the land-pooling scheme was "less than half" the market rate in the area. "Last year, a plot near the canal was sold for ₹1.1 crore an acre. How can they offer us ₹48 lakh?" Dhillon asked.

Brar told HT that the land-pooling policy was voluntary and no farmer would be forced to part with land. "The administration has only conducted a survey. No notification for acquisition has been issued. There is a lot of misinformation, and we will hold gram sabhas in all the villages to clear it," she said.

Industries minister Tarsem Lal Garg said the park would bring in investment of over ₹5,000 crore and create 20,000 jobs. "Punjab's youth are going abroad because there are no jobs here. If we don't set up industry, who will employ them?" he said in Chandigarh.

The opposition was quick to take up the farmers' cause. Leader of opposition Balwinder Singh Cheema accused the government of "doing real estate in the name of industry" and demanded that the scheme be put on hold till all stakeholders were consulted.

Not all villagers are opposed to the project. Sukhdev Singh, 62, who owns four acres in Bhagwanpura, said he would consider the offer if the government guaranteed a developed commercial plot. "My sons are not interested in farming. If we get a good plot on the main road, it is better than what we earn from wheat and paddy," he said.

A senior police officer said a large force had been deployed as a precaution. "There was no untoward incident. Traffic was diverted through the Dakala road and restored by 3pm," the officer said.

The union has announced that it will gherao the district administrative complex on May 20 if its demands are not met.""",
        [
            ("This is fertile land that", "Jagtar Singh Dhillon"),
            ("less than half", "Jagtar Singh Dhillon"),
            ("Last year, a plot near", "Jagtar Singh Dhillon"),
            ("The administration has only conducted", "Harpreet Kaur Brar"),
            ("Punjab's youth are going abroad", "Tarsem Lal Garg"),
            ("doing real estate in the", "Balwinder Singh Cheema"),
            ("My sons are not interested", "Sukhdev Singh"),
            ("There was no untoward incident.", "senior police officer"),
        ],
    ),
    (
        """Cooperative bank fraud: HC denies bail to former secretary

Express News Service

KOCHI: The Kerala High Court on Wednesday rejected the bail plea of P.K. Sasidharan, former secretary of the Elamkulam Service Cooperative Bank, who is accused of siphoning off ₹86 crore through benami loans, observing that the investigation was at a "crucial stage".

Justice T.V. Radhakrishnan said the material collected by the Crime Branch prima facie showed that loans had been sanctioned in the names of people who had never approached the bank. "The depositors of the bank are ordinary people - daily wage workers, retired teachers, small traders. Their life savings have vanished. The court cannot be oblivious to that," the judge observed.

Sasidharan, who was arrested in February, had contended that he was only implementing the decisions of the bank's board of directors and that he had been in custody for over 90 days. His counsel, advocate Joby Mathew, argued that "the real beneficiaries are still roaming free" and that his client was being made a scapegoat.

The prosecution, however, told the court that Sasidharan had personally signed 214 of the 310 suspect loan files. "He is the link between the board and the beneficiaries. If released, there is every possibility that he will influence witnesses, many of whom are bank employees," Public Prosecutor Sheeba Varghese submitted.

The Crime Branch has so far arrested seven people, including two former board members. A senior Crime Branch officer said the chargesheet was likely to be filed by July. "We are tracing the money trail. A part of it went into real estate in Thrissur and Coimbatore," the officer said.

The case has also turned into a political slugfest. The Opposition has alleged that the board, controlled by the ruling front, was shielded for months. Opposition leader in the Assembly K.M. Abdul Rasheed said the government "woke up only after the depositors took to the streets".

"The Cooperation Minister must answer why audit objections raised in 2019 were ignored," Rasheed told reporters in Thiruvananthapuram on Wednesday.

Cooperation Minister V.N. Balakrishnan rejected the charge. "Action was taken the moment irregularities came to notice. The board was superseded and an administrator was appointed. No one will be spared, whichever party they belong to," he said.

Meanwhile, the Elamkulam Depositors' Action Council said it would continue its relay hunger strike in front of the bank's head office. "We welcome the court's decision, but bail or no bail, we want our money back," said council convener Lissy Thomas, a retired schoolteacher who has ₹14 lakh in fixed deposits with the bank.

The administrator of the bank said in a statement that depositors with amounts up to ₹50,000 would be repaid in phases from the Cooperative Deposit Guarantee Fund.""",
        [
            ("crucial stage", "T.V. Radhakrishnan"),
            ("The depositors of the bank", "T.V. Radhakrishnan"),
            ("the real beneficiaries are still", "Joby Mathew"),
            ("He is the link between", "Sheeba Varghese"),
            ("We are tracing the money", "senior Crime Branch officer"),
            ("woke up only after the", "K.M. Abdul Rasheed"),
            ("The Cooperation Minister must answer", "K.M. Abdul Rasheed"),
            ("Action was taken the moment", "V.N. Balakrishnan"),
            ("We welcome the court's decision,", "Lissy Thomas"),
        ],
    ),
    (
        """Tamil Nadu clears Rs 9,200-crore battery cell plant by Voltrix Energy

Arun Raghavan

Chennai

The Tamil Nadu Cabinet on Thursday approved a Rs 9,200-crore lithium-ion cell manufacturing plant proposed by Bengaluru-based Voltrix Energy, making it one of the largest single investments in the state's electric vehicle supply chain.

The plant, to be set up over 210 acres at the SIPCOT industrial park in Pudhuvayal, will have an initial capacity of 5 gigawatt hours (GWh), scalable to 12 GWh by 2030, according to a statement from the state Industries Department. It is expected to generate about 4,500 direct jobs.

"This project reinforces Tamil Nadu's position as the EV capital of India. We have worked with the company for nearly a year to finalise a package that is fiscally prudent and globally competitive," Industries Minister S. Elangovan said.

Under the state's special incentive package, Voltrix will receive a capital subsidy spread over 15 years, full exemption from electricity tax for 10 years and a 50 per cent rebate on stamp duty for land, officials said. A senior official in the Industries Department said the package was "within the framework of the 2023 industrial policy" and that no land had been acquired from farmers for the project.

In a statement, the company said construction would begin in the third quarter of this financial year and commercial production was expected by the end of 2026-27. "Tamil Nadu offers the combination of an automotive ecosystem, port access and skilled manpower that a cell plant needs," the company said.

Voltrix co-founder and chief executive Meera Subramanian said the company had considered sites in three other states before choosing Tamil Nadu.

"Speed of approvals was a decisive factor. From our first meeting to Cabinet approval took eleven months, which is fast by any standard for a project of this size.

"We will be sourcing cathode material locally within three years, and we are in talks with two automakers for long-term offtake agreements," she said.

Industry watchers, however, flagged execution risks. "Announcements in the cell manufacturing space have run far ahead of actual capacity. The challenge is not land or subsidies, it is technology and access to raw materials," said Karthik Narayan, partner at consultancy Indus Grid Advisors.

According to data compiled by Indus Grid Advisors, India has announced over 150 GWh of cell manufacturing capacity, but less than 10 GWh was operational as of March.

The opposition Tamizhaga Makkal Katchi questioned the incentive package. "The government must place the full MoU before the Assembly. People have a right to know how much of their money is being given away," the party's deputy general secretary R. Ponnusamy said.

Voltrix, founded in 2019, has so far raised about $310 million from investors, including a sovereign fund and two domestic family offices.""",
        [
            ("This project reinforces Tamil Nadu's", "S. Elangovan"),
            ("within the framework of the", "senior official in the Industries Department"),
            ("Tamil Nadu offers the combination", "Voltrix Energy"),
            ("Speed of approvals was a", "Meera Subramanian"),
            ("We will be sourcing cathode", "Meera Subramanian"),
            ("Announcements in the cell manufacturing", "Karthik Narayan"),
            ("The government must place the", "R. Ponnusamy"),
        ],
    ),
    (
        """Opposition walks out as Assembly passes Land Titles Bill

DC Correspondent

HYDERABAD: Members of the Opposition staged a walkout from the Telangana Legislative Assembly on Monday as the government pushed through the Telangana Land Titles (Conclusive Records) Bill, which it said would end decades of disputes over ownership of agricultural land.

Moving the Bill, Revenue Minister Ch. Venkat Reddy said the new system would replace the existing presumptive titling with conclusive titles guaranteed by the state. "Today a farmer who has tilled his land for three generations still has to run around courts to prove it is his. This Bill ends that," he said.

He told the House that a land titling authority would be set up in every district and that the government would complete a fresh survey of all 33 districts within three years.

The Bharat Praja Samithi (BPS), the main Opposition party, demanded that the Bill be referred to a select committee. BPS floor leader K. Sridhar Rao said the Bill gave "sweeping powers" to revenue officials and would lead to harassment of small farmers. "You are creating a new class of officials who can decide overnight who owns a piece of land. Where is the appeal? Where is the safeguard?" he asked.

Chief Minister N. Madhusudhan Rao intervened during the debate and accused the Opposition of misleading farmers. "They ruled this state for eight years and left behind a land records portal that nobody could understand. Lakhs of farmers lost their names from the records. Now they are lecturing us on safeguards," the Chief Minister said.

When Speaker G. Ramulu rejected the demand for a select committee and put the Bill to vote, BPS members trooped out raising slogans. The Bill was passed by voice vote.

Speaking to reporters at the Assembly media point later, Mr Sridhar Rao said his party would challenge the law in the High Court. "We will not allow the government to snatch the assigned lands of Dalits and tribals. We will fight this in the court and on the streets," he said.

A BPS spokesman said the party would hold dharnas at all mandal headquarters on Thursday. "The farmers must know what is being done to them in the name of reform," the spokesman said.

Farmer organisations gave the Bill a mixed reception. Telangana Rythu Sangham president M. Kondal Reddy welcomed the concept of conclusive titles but said tenant farmers had been left out. "Nearly 20 lakh tenant farmers cultivate land in Telangana. There is not one word about them in this Bill," he said.

Legal experts said much would depend on the rules framed under the Act. According to Hyderabad-based advocate V. Prabhakar Chary, who has argued several land cases in the High Court, the Bill "is progressive on paper but the devil will be in the rules".

The Bill will now be sent to the Governor for assent.""",
        [
            ("Today a farmer who has", "Ch. Venkat Reddy"),
            ("sweeping powers", "K. Sridhar Rao"),
            ("You are creating a new", "K. Sridhar Rao"),
            ("They ruled this state for", "N. Madhusudhan Rao"),
            ("We will not allow the", "K. Sridhar Rao"),
            ("The farmers must know what", "spokesman"),
            ("Nearly 20 lakh tenant farmers", "M. Kondal Reddy"),
            ("is progressive on paper but", "V. Prabhakar Chary"),
        ],
    ),
    (
        """Surat diamond units cut work days as export demand slumps; union seeks relief package

Surat, Aug 14 (PTI) Several diamond cutting and polishing units in Surat have cut working days to four a week and sent thousands of artisans on unpaid leave as demand from the US and China continues to slide, industry bodies said on Wednesday.

The Surat Diamond Manufacturers' Federation (SDMF) said exports of cut and polished diamonds from the city had fallen by nearly 30 per cent in the first four months of the financial year compared with the same period last year.

"The situation is worse than what we saw during the 2008 slowdown. Inventories are piling up with traders abroad, and lab-grown diamonds have taken away a part of the market," SDMF president Dinesh Savani told PTI.

He said nearly 400 small units in the city's eastern areas had shut down temporarily, while larger firms were running at about 60 per cent capacity.

The Gujarat Diamond Workers' Union said at least 45,000 artisans had lost jobs or were facing salary cuts since January. Union vice-president Bhavesh Tank said the workers were the hardest hit.

"An artisan earns on piece rate. If the unit works four days, he earns for four days. Many of them have loans for their children's education and house rent to pay.

"We have written to the chief minister three times seeking a relief package and a helpline for workers in distress. There has been no reply," Tank said.

The union claimed that many workers had already returned to their native villages in Saurashtra, a figure it could not quantify.

A statement from the Gujarat Labour and Employment Department said a survey of affected workers had been ordered. "The government is in touch with industry associations and is examining the union's demands. Workers who have lost jobs will be linked to skill development schemes," the statement said.

A senior official of an industry export body, who did not wish to be named, said the slump was unlikely to ease soon. "We do not expect recovery before the Christmas season orders. Even then, it will be partial," he said.

According to Mahesh Gajera, a diamond trader who exports to Hong Kong, buyers were paying late and demanding longer credit. "Earlier, payments came within 60 days. Now they are asking for 120 days, and some are simply returning the goods," he said.

Industry watchers said the slump was also linked to the rise of lab-grown diamonds, which are now produced in large quantities in Surat itself. Savani, however, said the city would adapt. "Surat has survived every crisis because our people are hardworking. This too will pass," he said. PTI GS RJ""",
        [
            ("The situation is worse than", "Dinesh Savani"),
            ("An artisan earns on piece", "Bhavesh Tank"),
            ("We have written to the", "Bhavesh Tank"),
            ("The government is in touch", "Gujarat Labour and Employment Department"),
            ("We do not expect recovery", "senior official of an industry export body"),
            ("Earlier, payments came within 60", "Mahesh Gajera"),
            ("Surat has survived every crisis", "Dinesh Savani"),
        ],
    ),
]
