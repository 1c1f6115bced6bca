CASES = [
    (
        """Court stops Sh2.4bn Nyandarua hospital tender over bid-rigging claims

By MWANGI GACHERU

The High Court has suspended the award of a Sh2.4 billion tender for a county referral hospital in Nyandarua after a losing bidder claimed the process had been "tailored for a single firm".

Justice Philomena Nyaberi issued conservatory orders barring the county government from signing a contract with Mararo Holdings Ltd until a petition filed by Kilele Construction Ltd is heard and determined.

"The court is satisfied that the petitioner has raised serious issues which, if not addressed, may render the petition nugatory," the judge ruled on Tuesday.

Kilele, through its director Mr Samuel Kiprono Langat, says the evaluation committee introduced a new requirement for bidders to show proof of having completed a hospital of at least 200 beds just five days before the tender closed.

"We were informed of the new condition through a WhatsApp message sent at 11pm. No addendum was ever published on the county website or in the newspapers," Mr Langat states in a sworn affidavit.

He adds that Mararo Holdings, which was registered only 14 months ago, "has never built anything bigger than a dispensary".

But the county, through lawyer Jared Ragot, told the court the petition was "a sour-grapes exercise by a bidder who failed on merit". Mr Ragot said delaying the project would hurt residents who travel to Nakuru and Nyeri for specialised treatment.

"Every day this project stalls, a mother in Ol Kalou is referred 80 kilometres away for a caesarean section," he said.

County Health executive Dr Naomi Wairimu Kago said in a statement that the county "respects the court" and would file its response within the 14 days granted.

"We remain committed to a transparent procurement process and we are confident that the tender will be vindicated," the statement read.

The tender, advertised in October, attracted 11 bids. Documents filed in court show that Mararo Holdings' bid was Sh310 million higher than Kilele's.

Governance lobby Uwazi Mashinani, which has been following the matter, said the case pointed to a wider problem in county procurement. Its coordinator, Ms Grace Atieno Obura, said: "Counties have perfected the art of moving the goalposts in the middle of a tender. This case should be a lesson to all of them."

The matter will be mentioned on March 14.""",
        [
            ("tailored for a single firm", "Kilele Construction Ltd"),
            ("The court is satisfied that", "Philomena Nyaberi"),
            ("We were informed of the", "Samuel Kiprono Langat"),
            ("has never built anything bigger", "Samuel Kiprono Langat"),
            ("a sour-grapes exercise by a", "Jared Ragot"),
            ("Every day this project stalls", "Jared Ragot"),
            ("respects the court", "Naomi Wairimu Kago"),
            ("We remain committed to a", "Naomi Wairimu Kago"),
            ("Counties have perfected the art", "Grace Atieno Obura"),
        ],
    ),
    (
        """MPs reject Shs46b supplementary request for roads agency

By Sharon Nakiwala

KAMPALA. Legislators yesterday clashed with the Finance ministry over a Shs46 billion supplementary budget request for the Uganda Rural Connectivity Agency, with the Opposition Chief Whip, Mr Isaac Ongom Akena, accusing the Executive of “treating Parliament like a rubber stamp.”

The State Minister for Finance (Planning), Ms Harriet Kyomuhendo, told the House that the money was needed urgently to pay contractors working on 14 community access roads.

“If we do not clear these certificates by the end of this month, the contractors will demobilise and the cost of the projects will go up by at least 30 percent,” Ms Kyomuhendo said.

But Mr Akena said the agency had received Shs112 billion in the last financial year and “could not account for half of it.”

Mr Akena said: “Madam Speaker, we are being asked to pour water into a basket. The Auditor General’s report on this agency is still before the Public Accounts Committee.

“Until that report is debated and the officers who misused the money are held to account, this House should not approve a single shilling.”

The Deputy Speaker, Ms Justine Namuli Kasirye, who presided over the sitting, ruled that the request be sent to the Budget Committee before any debate could take place. “I will not allow us to debate a report that is not before us,” she said.

The agency’s executive director, Eng Patrick Byamukama, in a letter to the Finance ministry dated February 3, which this newspaper has seen, warned that road works in northern and eastern Uganda “risk total stall.”

“The agency has exhausted its development budget and cannot honour further payment certificates without supplementary funding,” the letter reads.

Eng Byamukama could not be reached for comment yesterday. A spokesperson for the agency, who asked not to be named because she was not authorised to speak on the matter, said the letter “speaks for itself.”

The chairperson of the Budget Committee, Mr Moses Kiiza Bagonza, said the committee would report back to the House within a week. He said members would also seek explanations from the agency on why the money was not provided for in the main budget read in June.""",
        [
            ("treating Parliament like a rubber", "Isaac Ongom Akena"),
            ("If we do not clear", "Harriet Kyomuhendo"),
            ("could not account for half", "Isaac Ongom Akena"),
            ("Madam Speaker, we are being", "Isaac Ongom Akena"),
            ("Until that report is debated", "Isaac Ongom Akena"),
            ("I will not allow us", "Justine Namuli Kasirye"),
            ("risk total stall", "Patrick Byamukama"),
            ("The agency has exhausted its", "Patrick Byamukama"),
            ("speaks for itself", "spokesperson for the agency"),
        ],
    ),
    (
        """Cashew farmers give union seven-day ultimatum over Sh8.3bn arrears

By Abdallah Chilumba

Mtwara. Cashew farmers in Tandahimba District have given the Makonde Highlands Cooperative Union seven days to pay them Sh8.3 billion owed for crops sold during the last season, failing which they say they will sell this year's harvest outside the warehouse receipt system.

Speaking at a farmers' meeting on Saturday, the chairman of Mnyawa Agricultural Marketing Cooperative Society (Amcos), Mr Hamisi Saidi Mkwachu, said more than 4,000 farmers had not been paid since November.

"We sold our cashews in good faith through the warehouse receipt system. Today our children are being sent home from school because parents cannot pay fees," he said.

Another farmer, Ms Mwanaisha Bakari, 52, said she sold 1.2 tonnes of raw cashew nuts to the union and had been paid nothing.

"Every week I am told the money is on the way. On the way from where?" she asked.

Farmers warned that continued delays would push growers back to the so-called "kangomba" traders, who buy cashews informally at low prices before the official season opens.

The union's general manager, Mr Elias Mathayo Kapinga, admitted the delays, blaming them on a buyer who "defaulted on the second instalment" of a contract signed in October.

He told this paper by phone: "We have already written to the buyer and to the regulator. Farmers will receive their money before the end of this month."

Tandahimba District Commissioner Ms Zuhura Ally Ngoma, who attended the meeting, directed the district cooperative officer to submit a report on the union's accounts within 14 days.

"Government will not sit back while farmers suffer. Anyone found to have misused farmers' money will be dealt with according to the law," said Ms Ngoma.

In a statement issued in Dar es Salaam yesterday, the Cashew Growers' Welfare Forum described the delays as "a recurring crisis that the government has failed to solve for three seasons" and urged authorities to audit all cooperative unions in the southern regions.

The forum's secretary general, Mr Issa Mohamedi Namkoa, said the forum would also petition the ministry responsible for cooperatives to allow farmers to be paid directly by buyers.

"Farmers are the ones who carry the risk every season, yet they are always the last to be paid," Mr Namkoa said.""",
        [
            ("We sold our cashews in", "Hamisi Saidi Mkwachu"),
            ("Every week I am told", "Mwanaisha Bakari"),
            ("defaulted on the second instalment", "Elias Mathayo Kapinga"),
            ("We have already written to", "Elias Mathayo Kapinga"),
            ("Government will not sit back", "Zuhura Ally Ngoma"),
            ("a recurring crisis that the", "Cashew Growers' Welfare Forum"),
            ("Farmers are the ones who", "Issa Mohamedi Namkoa"),
        ],
    ),
    (
        """Cholera cases climb to 612 in southern zones – agency

Addis Abeba – The number of suspected cholera cases in three zones of the South Ethiopia region has risen to 612, with 19 deaths recorded since the outbreak was first reported six weeks ago, the Federal Epidemic Surveillance Agency (FESA) said on Monday.

In its weekly situation report, the agency said the case fatality rate of 3.1 percent was “well above the acceptable threshold of one percent” and attributed most of the deaths to late arrival at health facilities.

Dr. Meseret Alemayehu, director of outbreak response at FESA, told this newspaper that the distances many patients had to cover remained the biggest challenge.

“Most of the patients who died reached the treatment centres more than 24 hours after their symptoms began. Some of them walked for half a day,” Dr. Meseret said.

She said oral rehydration points had been set up in 40 kebeles and that a vaccination campaign targeting 350,000 people would begin next week “if the doses arrive on schedule.”

Heavy rains in the past two months have damaged water schemes in several woredas, according to local officials.

Ato Tamirat Handiso, head of a woreda health office in Gamo zone, said the shortage of clean water had made containment difficult.

“Communities are drinking from the river because the only two boreholes in the area have been broken since last year. We can treat patients, but we cannot stop new infections without water,” Tamirat said.

A resident of Gato town, who asked not to be named for fear of reprisal, said three members of her family had fallen ill in one week. “The health workers came only after my neighbour’s child died,” she said.

The agency’s report also warned that “population movement associated with the coffee harvest” could carry the disease to neighbouring zones, and called on regional authorities to set up screening points at bus stations.

W/ro Senait Worku, country coordinator of Hope Water Partnership Ethiopia, a local charity, said the organisation had distributed 12,000 water treatment tablets and was repairing four hand pumps. She warned, however, that the response remained underfunded.

“We have received less than a third of what we asked for. Without more support, the outbreak could last until the end of the rainy season,” Senait said.""",
        [
            ("well above the acceptable threshold", "Federal Epidemic Surveillance Agency"),
            ("Most of the patients who", "Meseret Alemayehu"),
            ("if the doses arrive on", "Meseret Alemayehu"),
            ("Communities are drinking from the", "Tamirat Handiso"),
            ("The health workers came only", "resident of Gato town"),
            ("population movement associated with the", "Federal Epidemic Surveillance Agency"),
            ("We have received less than", "Senait Worku"),
        ],
    ),
    (
        """MCAs vote to impeach Kitui governor over Sh340m road funds

By PAUL NZIOKA

Members of the Kitui County Assembly yesterday voted to impeach Governor Josephine Mwikali Kasyoka over the alleged misappropriation of Sh340 million meant for rural roads, setting the stage for a trial in the Senate.

Forty-one of the 56 MCAs backed the motion, tabled by Mutomo Ward representative Daniel Musau Kilonzo, while 12 opposed it and three were absent.

In the motion, Mr Kilonzo accused the governor of "gross violation of the Constitution and the Public Finance Management Act" and of awarding road contracts to firms linked to her relatives.

Speaking during the debate, Mr Kilonzo said: "This is not about politics. Residents of Mutomo have been walking on the same dusty tracks for five years while the money meant for their roads ended up in private pockets.

"We have the documents. We have the bank statements. And we are ready to defend every word of this motion before the Senate."

The MCAs behind the motion, who call themselves "Team Barabara", marched through Kitui town after the vote, singing and waving twigs.

Minority leader Catherine Ndinda Mulwa, who opposed the motion, termed it "a political witch-hunt by people eyeing the governor's seat".

"Some of the members who voted today were paid to do so. History will judge them harshly," she told journalists outside the chambers.

In a statement sent to newsrooms last evening, Governor Kasyoka said she had "full confidence in the Senate" and would prove her innocence.

"I have served the people of Kitui with integrity. The allegations contained in the motion are false, malicious and will be answered point by point," the statement read.

The governor, who is serving her first term, has been at loggerheads with the Assembly since last year's budget process, when MCAs accused her executive of ignoring their ward development proposals.

Assembly Speaker Joseph Muli Ndeti said he would forward the resolution to the Speaker of the Senate within two days as required by law.

"The Assembly has spoken. My duty now is to transmit its decision, and the rest is for the Senate," Mr Ndeti said.

The Senate will then have ten days to convene and hear the charges, either in plenary or through a special committee.""",
        [
            ("gross violation of the Constitution", "Daniel Musau Kilonzo"),
            ("This is not about politics", "Daniel Musau Kilonzo"),
            ("We have the documents", "Daniel Musau Kilonzo"),
            ("a political witch-hunt by people", "Catherine Ndinda Mulwa"),
            ("Some of the members who", "Catherine Ndinda Mulwa"),
            ("full confidence in the Senate", "Josephine Mwikali Kasyoka"),
            ("I have served the people", "Josephine Mwikali Kasyoka"),
            ("The Assembly has spoken", "Joseph Muli Ndeti"),
        ],
    ),
    (
        """Two ex-pension officials jailed 10 years over ghost pensioners

By Edward Kamoga

KAMPALA - The Anti-Corruption Division of the High Court has sentenced two former officials of the Public Service Pensions Office to 10 years in prison each for causing financial loss of Shs3.1 billion through fictitious pensioners.

Justice Irene Akankwasa convicted Godfrey Kato Ssemanda, a former principal pensions officer, and Agnes Nabirye, a former data entry clerk, on counts of causing financial loss, abuse of office and conspiracy to defraud.

In her judgment delivered on Thursday, the judge said the prosecution had proved beyond reasonable doubt that the two "deliberately inserted 212 fictitious names into the pensions payroll" between 2016 and 2019.

"The accused persons occupied positions of trust. They used those positions to steal from retired civil servants, many of whom died waiting for their dues," the judgment reads in part.

The judge also barred the two from holding public office for ten years and ordered them to refund the money.

Senior State Attorney Brenda Aciro had asked for a deterrent sentence, telling court that "the convicts have shown no remorse whatsoever".

In mitigation, Ssemanda, 58, told court he was hypertensive and the sole breadwinner of a family of nine.

"I ask this court to be lenient. I have served government for 31 years without a single warning letter," he pleaded.

Nabirye, a mother of four, asked for a non-custodial sentence, saying she had only followed instructions from her supervisors.

Defence lawyer Hassan Lubega said his clients would appeal against both conviction and sentence.

"We respect the court, but we believe the learned judge erred in relying on the evidence of a co-accused who had entered a plea bargain," Mr Lubega said.

Outside court, Mr Yokana Okello, 74, a retired teacher from Lira, said he had waited six years for his pension. "At least now they know that stealing from old people has a price," he said.

The Uganda Pensioners' Rights Association, in a statement, described the ruling as "long overdue" and asked the government to compensate pensioners whose names had been removed from the payroll to make room for the ghost names.""",
        [
            ("deliberately inserted 212 fictitious names", "Irene Akankwasa"),
            ("The accused persons occupied positions", "Irene Akankwasa"),
            ("the convicts have shown no", "Brenda Aciro"),
            ("I ask this court to", "Godfrey Kato Ssemanda"),
            ("We respect the court, but", "Hassan Lubega"),
            ("At least now they know", "Yokana Okello"),
            ("long overdue", "Uganda Pensioners' Rights Association"),
        ],
    ),
    (
        """Govt issues termination notice to Mlandizi water contractor

By Faraji Mbwambo

Dodoma. The government has said the Sh27 billion Kibaha-Mlandizi water project will be completed by December, two years behind schedule, after the contractor was served with a notice to show cause why its contract should not be terminated.

Kibaha Rural MP Mr Rajabu Omari Mtumwa had asked in a supplementary question in Parliament yesterday: "When will the people of Mlandizi stop buying a bucket of water at Sh500 while the pipes have been lying on the roadside since 2021?"

Responding, the Deputy Minister for Water, Mr Athumani Juma Mfinanga, said the contractor, Lukuledi Hydro Works Ltd, had been given 28 days to respond to the notice.

"We have been patient with this contractor for too long. If they fail to respond satisfactorily, we will terminate the contract and hand the remaining works to the Mwambao Water Authority," Mr Mfinanga said.

Special Seats MP Ms Rehema Hassani Nduta asked whether the government would compensate residents whose farms were dug up during the laying of pipes.

In response, Mr Mfinanga said a valuation had been completed and that compensation of Sh1.4 billion "will be paid within this financial year".

Speaking to reporters outside the debating chamber, Mr Mtumwa said the deputy minister's answer was "the same promise we heard last year and the year before".

"My people are tired of promises. They want to open a tap and see water," he said.

A report by the Parliamentary Oversight Committee on Water Projects tabled last month said the project had been "plagued by poor supervision, delayed payments and unrealistic timelines".

"We will summon the permanent secretary and the contractor before the end of this session," said the committee's chairperson, Dr Joyce Lazaro Mwakyusa.

In Mlandizi, water vendors who sell from push carts say business has never been better. One vendor, who declined to be named, said demand had doubled "because the taps are always dry".

Lukuledi Hydro Works could not be reached for comment.""",
        [
            ("When will the people of", "Rajabu Omari Mtumwa"),
            ("We have been patient with", "Athumani Juma Mfinanga"),
            ("will be paid within this", "Athumani Juma Mfinanga"),
            ("the same promise we heard", "Rajabu Omari Mtumwa"),
            ("My people are tired of", "Rajabu Omari Mtumwa"),
            ("plagued by poor supervision, delayed", "Parliamentary Oversight Committee on Water Projects"),
            ("We will summon the permanent", "Joyce Lazaro Mwakyusa"),
            ("because the taps are always", "vendor"),
        ],
    ),
    (
        """Coffee exporters decry delays in forex retention payments

By Samrawit Gudeta

Addis Abeba – Coffee exporters say delays in accessing foreign currency held in their retention accounts have left them unable to pay for packaging and shipping, putting contracts worth more than 90 million dollars at risk.

In a letter to the central bank dated January 28, the Ethiopian Specialty Coffee Exporters Forum said its 63 members had been waiting “between six and ten weeks” for approval of transfers from their own accounts.

“Our members are losing buyers to competitors in Kenya, Uganda and Colombia not because of price or quality, but because we cannot ship on time,” the letter states.

Ato Yonas Girma, general manager of Sidama Highland Coffee Trading PLC and a board member of the forum, said his company had missed two shipments since December.

“Last month a buyer in Hamburg cancelled an order of four containers. We had the coffee in the warehouse, cleaned and graded. What we did not have was access to our own dollars,” Yonas said.

He added that exporters were “running out of patience and out of cash.”

Some exporters, he said, had turned to the so-called “parallel market” to cover urgent costs, paying a premium of up to 40 percent.

An official at the central bank’s foreign exchange directorate, who spoke on condition of anonymity because he was not authorised to speak to the media, said: “The backlog is being cleared. Priority has been given to fuel, fertiliser and medicines, as directed.”

He did not say when exporters could expect their approvals.

Coffee accounts for about a third of the country’s merchandise export earnings, and the sector employs millions of smallholder farmers in the southern and western parts of the country.

Hanna Tefera, an economist and lecturer at Meskerem College of Business, said the delays undermined the very purpose of the retention scheme, which was introduced to encourage exporters to bring in more hard currency.

“Exporters are the goose that lays the golden egg. Delaying their retention payments is like starving the goose and expecting more eggs,” Hanna told this newspaper.""",
        [
            ("between six and ten weeks", "Ethiopian Specialty Coffee Exporters Forum"),
            ("Our members are losing buyers", "Ethiopian Specialty Coffee Exporters Forum"),
            ("Last month a buyer in", "Yonas Girma"),
            ("running out of patience and", "Yonas Girma"),
            ("The backlog is being cleared", "official at the central bank's foreign exchange directorate"),
            ("Exporters are the goose that", "Hanna Tefera"),
        ],
    ),
]
