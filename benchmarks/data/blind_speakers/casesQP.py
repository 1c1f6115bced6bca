CASES = [
    (
        """Opposition stages walkout over delay in drought relief

Special Correspondent

BENGALURU, DHNS: Members of the Janata Vikas Paksha (JVP) staged a walkout in the Legislative Assembly on Tuesday, accusing the government of sitting on Rs 1,840 crore meant for drought-hit taluks in the northern districts.

Raising the issue during Zero Hour, Leader of the Opposition R Gangadharaiah said farmers in 47 taluks had not received a single rupee of input subsidy six months after the areas were declared drought-affected. "The government announced relief with great fanfare in October. Today it is March and the farmers of Hirekere and Mallapura are still waiting," he said.

Revenue Minister H M Siddalingappa rejected the charge, saying the first instalment had already been credited to 3.2 lakh farmers through direct benefit transfer. "There is no delay on our part. The Centre has not released its share, and still we have paid from the state's own funds," the minister told the House.

The reply did not satisfy the Opposition. JVP deputy leader Sumathi Kalburgi said the minister's figures were "simply not true on the ground" and demanded that the government table a taluk-wise list of beneficiaries.

"Go to any village in Hirekere and ask. Not one farmer will tell you he has got Rs 2,000, leave alone the Rs 8,500 per hectare you promised," she said, as members of the treasury benches protested.

Speaker U T Basavaraj urged members to "maintain the dignity of the House" and asked the minister to place the details on record by Friday. As the din continued, he adjourned the House for 15 minutes. When the House reassembled, JVP members walked out, raising slogans against the government.

Speaking to reporters outside the Vidhana Soudha later, Gangadharaiah said the party would hold protests in front of all district headquarters from March 15. "We will not allow this government to forget the farmers who voted it to power," he said.

A statement from the Chief Minister's Office said a review meeting with deputy commissioners of all drought-hit districts had been called for Thursday and that "no eligible farmer will be left out" of the relief package.

An official in the Revenue department, who did not wish to be named, said the delay was partly due to mismatches in the Aadhaar seeding of bank accounts. "Nearly 60,000 applications are stuck because the names in the land records and the bank records do not match. Each case has to be verified by the village accountant," the official said.

The government had declared 189 taluks drought-hit last year after the southwest monsoon recorded a deficit of 27 per cent. The state has sought Rs 17,900 crore from the Centre as drought assistance.""",
        [
            ("The government announced relief with", "R Gangadharaiah"),
            ("There is no delay on", "H M Siddalingappa"),
            ("simply not true on the", "Sumathi Kalburgi"),
            ("Go to any village in", "Sumathi Kalburgi"),
            ("maintain the dignity of the", "U T Basavaraj"),
            ("We will not allow this", "R Gangadharaiah"),
            ("no eligible farmer will be", "Chief Minister's Office"),
            ("Nearly 60,000 applications are stuck", "official in the Revenue department"),
        ],
    ),
    (
        """Farmers block highway, demand MSP procurement of moong

Tribune News Service

Bathinda, June 12

Hundreds of farmers under the banner of the Kisan Sangharsh Ekta Manch blocked the Bathinda-Barnala highway near Jhanda Kalan village for over five hours on Wednesday, demanding that the state procure moong at the minimum support price (MSP).

Traffic remained suspended from 10 am till around 4 pm, and commuters were diverted through link roads via Kotra Kalan and Bhaini Sahib.

The manch's general secretary, Gurnam Singh Dhillon, said private traders were buying moong at Rs 6,200 to Rs 6,600 per quintal against the MSP of Rs 8,682. "The government asked us to sow moong to save groundwater. We listened. Now that the crop is in the mandi, nobody from the government is to be seen," he said.

He said the farmers would not lift the dharna until a written assurance was given. "We have come with rations for ten days. If they want us to sit here for ten days, we will sit," Dhillon said.

Women from nearby villages also joined the protest. Paramjit Kaur (54) of Kotra Kalan said her family had sown moong on six acres after the wheat harvest. "We took a loan of Rs 40,000 for seed and diesel. At this rate, we will not even recover that," she said.

Deputy Commissioner Navdeep Sandhu reached the spot in the afternoon and held talks with the farmer leaders. She told them that the matter had been taken up with the Agriculture Department and that procurement "would begin in the Bathinda and Rampura mandis within 48 hours".

Farmer leaders, however, said they had heard such assurances before. "Last year also the officers came, made promises and left. The procurement lasted four days," said Jagsir Singh Bhullar, district president of the manch.

An official of the Mandi Board, requesting anonymity, admitted that procurement had been limited by the funds allocated. "We were given a target of 20,000 tonnes for the entire state. Arrivals have already crossed 35,000 tonnes," he said.

Agriculture Minister Balwinder Singh Grewal, when contacted, said the government was "committed to buying every grain" of moong sown under the crop diversification scheme. "I have spoken to the Chief Minister. Additional funds will be released this week," he said.

The blockade was lifted after the DC's assurance, but the dharna outside the grain market continued till late evening. The manch has announced that it will gherao the offices of the Mandi Board in all districts of the Malwa region on Monday if procurement does not start.""",
        [
            ("The government asked us to", "Gurnam Singh Dhillon"),
            ("We have come with rations", "Gurnam Singh Dhillon"),
            ("We took a loan of", "Paramjit Kaur"),
            ("would begin in the Bathinda", "Navdeep Sandhu"),
            ("Last year also the officers", "Jagsir Singh Bhullar"),
            ("We were given a target", "official of the Mandi Board"),
            ("committed to buying every grain", "Balwinder Singh Grewal"),
            ("I have spoken to the", "Balwinder Singh Grewal"),
        ],
    ),
    (
        """Landslip cuts off hill hamlet as rain batters high ranges

Express News Service

IDUKKI: A landslip at Kizhakkemala near Vattappara in the early hours of Sunday cut off nearly 120 families from the rest of the district, as heavy rain continued to lash the high ranges for the third consecutive day.

No casualties were reported. The slip, which came down around 2.30 am, washed away a 60-metre stretch of the Vattappara-Kizhakkemala road and damaged four houses, according to the district administration.

“We heard a sound like thunder, but it was not raining that hard at that time. When we came out with torches, the road was gone,” said Thankamma Varghese, 62, whose house stands barely 30 metres from the slip.

District Collector V R Anupama, who visited the spot by noon, said 34 families had been shifted to a relief camp at the Government LP School, Vattappara. “The soil is saturated. We are not taking any chances. Anyone living on the slopes below the slip will be moved out by evening,” she told reporters.

Revenue officials said around 210 people were in the camp by Sunday evening. Fire and Rescue Services personnel and a team of the National Disaster Response Force were clearing debris to restore at least a footpath to the hamlet.

In a statement, the State Emergency Operations Centre said the low-pressure area over the Bay of Bengal “is likely to intensify further over the next 24 hours” and placed Idukki and two neighbouring districts on red alert for Monday. Night travel on hill roads has been banned till Wednesday.

Kizhakkemala ward member Shaji Thomas said residents had complained about cracks on the hillside as early as last monsoon. “We gave a petition to the geology department in August last year. Nobody came for an inspection,” he said.

An official in the Mining and Geology Department, who did not want to be named, said “a detailed study of the slope will be taken up once the rain subsides”. He said a preliminary inspection would be carried out on Monday.

Meanwhile, the water level in the Anakkayam dam rose to 2,371 ft against a full reservoir level of 2,403 ft. “If the inflow continues at this rate, we may have to raise the shutters by Tuesday. People on the banks downstream have been alerted,” said K P Suresh Babu, executive engineer, dam safety.

Agriculture officials estimated preliminary crop loss in the taluk at Rs 3.4 crore, mostly to cardamom and pepper plantations. Schools in the taluk will remain closed on Monday.""",
        [
            ("We heard a sound like", "Thankamma Varghese"),
            ("The soil is saturated.", "V R Anupama"),
            ("is likely to intensify further", "State Emergency Operations Centre"),
            ("We gave a petition to", "Shaji Thomas"),
            ("a detailed study of the", "official in the Mining and Geology Department"),
            ("If the inflow continues at", "K P Suresh Babu"),
        ],
    ),
    (
        """Rush for computer science seats as engineering counselling begins

Special Correspondent

CHENNAI

The first round of general counselling for admission to engineering colleges in the State began on Monday, with nearly 16,400 candidates eligible to register their choices online.

Of the 1.72 lakh seats on offer in 418 colleges affiliated to Kaveri Technological University, close to 40% are in computer science and allied branches, according to data released by the State Technical Admissions Committee.

T. Purushothaman, secretary of the committee, said the trend of the past three years was holding. "Computer science and its allied branches continue to be the first choice of a majority of students. Core branches like civil and mechanical are still struggling to fill up," he said.

Candidates who are allotted seats must confirm them within two days. "Students should not wait till the last day. The server traffic is heavy on the final day and we have seen candidates miss the deadline," he cautioned.

At the facilitation centre on the university campus, a steady stream of parents and students sought help with the choice-filling process. R. Meenakshi, whose daughter secured a cut-off of 192.5, had travelled from Vallanadu with her husband. "She wants electronics and communication. We came here because we did not know how to fill the choices online," she said.

Admission counsellors say the rush for computer science has led students to pick lesser-known colleges over established ones. "Students are choosing the branch over the college. A seat in CSE in a poorly rated college is not better than mechanical in a good college," said S. Kannabiran, a counsellor who runs free guidance sessions in Madurai.

The Consortium of Self-Financing Engineering Colleges, in a statement, urged the government to reduce the number of counselling rounds from four to three, stating that the prolonged process "leaves colleges with vacant seats long after classes begin".

Higher Education Minister P. Kalaiarasan, speaking to reporters on Sunday, said the 7.5% preferential reservation for students from government schools "is implemented in letter and spirit" in all colleges. "Every government school student who has qualified will get a seat. That is our commitment," he said.

Last year, 1.09 lakh seats were filled at the end of all rounds, leaving about 62,000 vacant. Officials said 84 colleges had failed to fill even 10% of their seats.

Candidates can contact the helpline at the admissions committee office between 8 a.m. and 8 p.m. The second round will begin on August 3.""",
        [
            ("Computer science and its allied", "T. Purushothaman"),
            ("Students should not wait till", "T. Purushothaman"),
            ("She wants electronics and communication.", "R. Meenakshi"),
            ("Students are choosing the branch", "S. Kannabiran"),
            ("leaves colleges with vacant seats", "Consortium of Self-Financing Engineering Colleges"),
            ("is implemented in letter and", "P. Kalaiarasan"),
            ("Every government school student who", "P. Kalaiarasan"),
        ],
    ),
    (
        """'The river took everything in one night'

Second wave of floods hits 1.8 lakh in Upper Assam

Staff Reporter

GUWAHATI, July 4 - The second wave of floods this season has affected over 1.8 lakh people in six districts of Upper Assam, with the Tiniali river breaching its embankment at two places in Lakhimara district on Wednesday night.

According to the daily flood report of the State Disaster Response Authority (SDRA), 312 villages are under water and 14,600 hectares of crop area have been damaged. The report said "the situation remains critical" in the Kalbari and Naharbari revenue circles, where 41 relief camps are sheltering more than 19,000 people.

At Naharbari, villagers who fled their homes in the dark said the water rose faster than they had ever seen. "The river took everything in one night. Our granary, the goats, the boat - everything," said Rupjyoti Doley, a farmer who has been staying on the embankment with his family of seven under a tarpaulin sheet since Tuesday.

At the relief camp in Naharbari Higher Secondary School, Anima Pegu, a schoolteacher who is herself displaced, said conditions were worsening. "There are 400 people here and only two toilets. Children are already falling sick with diarrhoea," she said. "We need medicines more than rice right now."

Deputy Commissioner Pranjal Hazarika said the district administration had stepped up health surveillance. "Eleven medical teams are on the ground. We have also requested more boats from the SDRF because several villages can be reached only by water," he said.

The Tiniali was flowing 1.2 metres above the danger level at Kalbari at 4 pm on Thursday. An executive engineer of the Water Resources department, who did not want to be named, said the embankment at Kalbari was "under severe pressure" and could give way if the water rose by another half a metre.

The All Tiniali Students' Union (ATSU) blamed the Government for failing to complete the repair of the stretch breached last year. "Crores were sanctioned after last year's floods. Where has that money gone?" ATSU president Biswajit Gogoi asked, addressing a protest in front of the DC's office.

Water Resources Minister Nitul Borgohain, speaking to mediapersons in Dispur, said the repair work had been "hampered by early rains" and that an inquiry would be ordered if any lapses were found.

Road communication between Kalbari and the district headquarters remained cut off for the second day, and the Inland Water Transport department has pressed additional ferries into service.""",
        [
            ("The river took everything in", "Rupjyoti Doley"),
            ("the situation remains critical", "State Disaster Response Authority"),
            ("The river took everything in", "Rupjyoti Doley"),
            ("There are 400 people here", "Anima Pegu"),
            ("We need medicines more than", "Anima Pegu"),
            ("Eleven medical teams are on", "Pranjal Hazarika"),
            ("under severe pressure", "executive engineer of the Water Resources department"),
            ("Crores were sanctioned after last", "Biswajit Gogoi"),
            ("hampered by early rains", "Nitul Borgohain"),
        ],
    ),
    (
        """Four MLAs skip legislature party meet, fuel talk of rift in RPP

DC Correspondent

HYDERABAD, AUG 21

Four MLAs of the ruling Rashtriya Praja Party (RPP) stayed away from a legislature party meeting convened by Chief Minister K. Venkat Ramana Reddy on Wednesday, triggering speculation of a rift in the party three months ahead of the local body polls.

Addressing the meeting, the Chief Minister asked MLAs to spend at least four days a week in their constituencies and to “take government schemes to every household” before the polls.

The most conspicuous absence was that of Gundlapalli MLA Thota Bhaskar Rao, who has been openly critical of the irrigation department over delays in the Gundlapalli lift irrigation scheme. Bhaskar Rao told this newspaper over phone that he had informed the party leadership in advance.

“I was in my constituency attending to farmers who have not got water for the kharif crop. That is my first duty. I have nothing against the Chief Minister,” he said.

But he did not hide his displeasure. “For two years we have been asking for the lift scheme to be completed. Every budget, it gets a token amount. How do I face my voters?

“If raising the concerns of farmers is seen as rebellion, then so be it. I will continue to raise them inside and outside the Assembly.”

The other three absentees, all first-time MLAs from the erstwhile Karimnagar region, could not be reached for comment.

RPP general secretary and MP D. Sridhar Varma played down the development: “There is no rift. Four members had prior commitments and they informed us. The media is making a mountain out of a molehill.”

The Opposition was quick to seize on the episode. Lok Samata Party (LSP) state president Mohammed Aslam Khan said the ruling party was “crumbling from within” and claimed that several RPP legislators were in touch with his party. “Wait and watch. Before the municipal elections, you will see many of them on our stage,” he told reporters at the party office in Nampally.

Sources said the Chief Minister had spoken to two of the four MLAs over phone on Tuesday night. A senior RPP leader, who did not wish to be named, admitted that the leadership was worried about the timing. “With local body polls three months away, even the perception of dissent hurts us on the ground,” the leader said.

The RPP holds 71 seats in the 119-member Assembly. Party insiders said the Chief Minister is likely to meet the Gundlapalli MLA separately later this week and may announce additional funds for the lift scheme in the supplementary budget.""",
        [
            ("take government schemes to every", "K. Venkat Ramana Reddy"),
            ("I was in my constituency", "Thota Bhaskar Rao"),
            ("For two years we have", "Thota Bhaskar Rao"),
            ("If raising the concerns of", "Thota Bhaskar Rao"),
            ("There is no rift.", "D. Sridhar Varma"),
            ("crumbling from within", "Mohammed Aslam Khan"),
            ("Wait and watch. Before the", "Mohammed Aslam Khan"),
            ("With local body polls three", "senior RPP leader"),
        ],
    ),
    (
        """Onion growers halt auctions as prices crash to Rs 700 a quintal

FPJ News Service

Nashik: Onion farmers halted auctions at the Sakhargaon Agricultural Produce Market Committee (APMC) for nearly four hours on Thursday after prices of summer onion fell to Rs 700 a quintal, less than half of what they were a month ago.

Farmers parked their tractors across the auction yard and raised slogans against traders and the government. Members of the Shetkari Hakka Sanghatana, which led the protest, demanded an immediate subsidy and government procurement.

"It costs us Rs 1,500 to grow a quintal of onion. At Rs 700, every truck that comes to the market is a loss," said Dnyaneshwar Kolhe, district president of the Sanghatana.

Sitaram Jadhav of Ozar Khurd had brought 40 quintals to the market. "I sold at Rs 640. After paying for transport and hamali, I went home with Rs 19,000 for four months of work," Jadhav said.

APMC chairman Vilas Patil Gholap said auctions resumed around 2 pm after talks between the farmers and traders. "We requested the traders to increase their bids, and some improvement was seen in the afternoon. But prices are decided by the market; the APMC cannot fix rates," he said.

Traders attributed the fall to a sharp jump in arrivals. According to Rajendra Lodha, president of the Sakhargaon Onion Traders' Association, arrivals had touched 32,000 quintals a day this week, compared with about 18,000 quintals in the same period last year. "Bangladesh and Sri Lanka orders have slowed down. When exports are slow, the domestic market cannot absorb this much," he said.

Exporters too reported a slump. Godavari Agro Exports Pvt Ltd, one of the larger exporters in the district, said in a statement that its shipments to the Gulf had been "hit by higher freight costs" over the past month. "We are procuring 1,200 tonnes a week, which is 30 per cent lower than last year," the company said.

Farmers have been demanding that the state co-operative marketing federation start buffer stock procurement at the centres it ran last season. An official of the state co-operative marketing federation, who did not want to be named, said no decision had been taken. "We have not received instructions from Mumbai yet," the official said.

Local MLA Sunita Aher has written to the chief minister seeking a subsidy of Rs 500 per quintal. "The government gave a subsidy of Rs 350 last year after farmers dumped onions on the roads. Why wait for that to happen again?" she asked.

The Sanghatana has warned of a 'rasta roko' on the Mumbai-Agra highway on Monday if the government does not announce relief by then.""",
        [
            ("It costs us Rs 1,500", "Dnyaneshwar Kolhe"),
            ("I sold at Rs 640.", "Sitaram Jadhav"),
            ("We requested the traders to", "Vilas Patil Gholap"),
            ("Bangladesh and Sri Lanka orders", "Rajendra Lodha"),
            ("hit by higher freight costs", "Godavari Agro Exports Pvt Ltd"),
            ("We are procuring 1,200 tonnes", "Godavari Agro Exports Pvt Ltd"),
            ("We have not received instructions", "official of the state co-operative marketing federation"),
            ("The government gave a subsidy", "Sunita Aher"),
        ],
    ),
    (
        """Portal glitch leaves college aspirants in limbo

Our Special Correspondent

Calcutta: Thousands of students seeking undergraduate admission could not log in to the state's centralised admission portal for most of Tuesday, the day the first merit list was to be published.

The portal, launched this year under the higher education department's "Ek Janala" initiative, was meant to replace separate admission processes in over 460 colleges with a single online window.

Riddhima Basu, who passed the higher secondary examination from a school in Behala with 91 per cent, said she had refreshed the page "at least a hundred times" since 10am. "My friends applying to colleges in Bangalore have already paid their fees. Here we don't even know which college we will get," she said.

A higher education department official said the server had crashed because of "unprecedented traffic". "More than 2.6 lakh candidates tried to log in within the first hour. The merit list will now be published on Thursday," the official said.

College principals said they had warned the department. Amitava Sengupta, principal of Sarojini Dutta College for Women in north Calcutta, said the new system had concentrated all the risk at one point. "Under the old system each college made its own merit list. It was messy but it worked. Now if one server goes down, the whole state waits," Sengupta said.

The West Bengal College and University Teachers' Federation said in a statement that the delay would push the start of classes into September and "squeeze an already short first semester" under the four-year undergraduate programme.

Around 3pm, members of the Chhatra Adhikar Mancha staged a demonstration on College Street, blocking traffic for about 20 minutes. Its state secretary, Moumita Ghoshal, said: "The government wanted credit for reform. Now it must take responsibility for this mess."

Education minister Tapan Kumar Haldar, speaking to reporters at Bikash Bhavan in the evening, said the technical problem had been "identified and fixed" and that the portal was working normally by 6pm. "Nobody will lose a seat because of a technical problem. I give you my word," Haldar said.

The department has extended the deadline for fee payment after the first list by three days. Officials said students who had already submitted their applications did not need to apply again.""",
        [
            ("at least a hundred times", "Riddhima Basu"),
            ("My friends applying to colleges", "Riddhima Basu"),
            ("unprecedented traffic", "higher education department official"),
            ("More than 2.6 lakh candidates", "higher education department official"),
            ("Under the old system each", "Amitava Sengupta"),
            ("squeeze an already short first", "West Bengal College and University Teachers' Federation"),
            ("The government wanted credit for", "Moumita Ghoshal"),
            ("identified and fixed", "Tapan Kumar Haldar"),
            ("Nobody will lose a seat", "Tapan Kumar Haldar"),
        ],
    ),
]
