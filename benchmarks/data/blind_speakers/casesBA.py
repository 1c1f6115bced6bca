CASES = [
    # 1. India (Bihar) - infrastructure / state politics, curly quotes
    (
        """PATNA: A day after a portion of an under-construction flyover on Bailey Road caved in, injuring four labourers, Chief Minister Shri Ramesh Kumar Sinha on Tuesday ordered a high-level inquiry and suspended two executive engineers of the Bihar Rajya Pul Nirman Nigam.

“No one who compromised on safety will be spared, whatever their rank or connections,” Sinha told reporters after meeting the injured at the Patna Medical College and Hospital (PMCH). He said a three-member committee headed by Development Commissioner Anupama Verma would submit its report within 15 days.

The collapse occurred around 11.30 pm on Monday when a 30-metre steel girder slipped during launching work near the Rajbansi Nagar crossing. Police said traffic on the stretch had been diverted for the night, which averted a bigger tragedy. All four injured workers, natives of Jharkhand’s Garhwa district, are stated to be out of danger.

The Opposition was quick to pounce. Leader of the Opposition Tejpal Yadav described the project as a “monument to commission politics” and said the government had ignored repeated warnings about the quality of work.

“We raised this on the floor of the House in February. The minister laughed it off. Now workers are lying in hospital and the government wants a committee,” Yadav said, demanding the resignation of Road Construction Minister Vijay Shankar Pandey.

Pandey could not be reached for comment despite repeated attempts.

A spokesperson for the Nigam said the contractor, Gaurav Infra & Projects Pvt Ltd, had been served a show-cause notice and barred from further work pending the inquiry. “Preliminary findings point to a failure of the hydraulic jack during the launching operation,” the spokesperson said, adding that experts from IIT Patna had been requested to examine the remaining spans.

The 3.2-km flyover, a key component of the state government’s “Patna Smart Mobility” initiative, was originally scheduled to be completed by December 2022. Its cost has since been revised from ₹389 crore to ₹472 crore.

Residents and shopkeepers along the stretch said they had lived with dust, noise and diversions for nearly three years. “Every year they tell us it will be finished by Chhath. Which Chhath, nobody knows,” said Sunita Devi, who runs a tea stall a few metres from the site.""",
        [
            ("No one who compromised on", "Ramesh Kumar Sinha"),
            ("monument to commission politics", "Tejpal Yadav"),
            ("We raised this on the", "Tejpal Yadav"),
            ("Preliminary findings point to a", "spokesperson"),
            ("Every year they tell us", "Sunita Devi"),
        ],
    ),
    # 2. Bangladesh - courts / rivers, straight quotes
    (
        """DHAKA: The High Court on Sunday directed the Bangladesh Inland Water Transport Authority (BIWTA) and the Dhaka district administration to remove all illegal structures along a 12-kilometre stretch of the Turag river within 90 days.

A bench of Justice Farhana Rahman Chowdhury and Justice Mohammad Iqbal Hossain passed the order following a writ petition filed by the Bangladesh Environment and River Rights Forum (BERRF) in March.

"Rivers are not the property of whoever has the most money or the strongest political connections," the court observed in its order, adding that the Turag was "being murdered in broad daylight while the authorities look away."

The petition relied heavily on the forum's 2023 study, "Dying Rivers of Dhaka", which found that at least 1,140 structures -- including brick kilns, dockyards, warehouses and a six-storey residential building -- had been erected on the river's foreshore.

Advocate Shahnaz Parveen Rimi, who argued for the petitioner, said the ruling was welcome but that enforcement remained the real test.

"This is the fourth time in eight years the court has had to issue such a directive. Each time, a few tin sheds are demolished for the cameras and the big encroachers are left untouched," she told reporters after the hearing.

Deputy Attorney General Kamrul Islam Sikder, who represented the state, told the court that BIWTA had already evicted more than 300 structures since January and that the remaining cases were tied up in litigation in lower courts.

In a statement issued later in the day, BIWTA said it would "comply fully with the honourable court's directive" and had formed a five-member task force headed by its director (port and traffic) to carry out the drive.

Along the riverbank in Ashulia, where the water has turned black and thick with effluent from dyeing and washing factories, the ruling drew a mixed response.

"When I was a boy, we drank this water and caught rui and boal here. Now even the fish have left," said a fisherman from Birulia, who did not wish to be named.""",
        [
            ("Rivers are not the property", "High Court"),
            ("being murdered in broad daylight", "High Court"),
            ("This is the fourth time", "Shahnaz Parveen Rimi"),
            ("comply fully with the honourable", "Bangladesh Inland Water Transport Authority"),
            ("When I was a boy,", "fisherman from Birulia"),
        ],
    ),
    # 3. Sri Lanka - elections / police, curly quotes, multi-paragraph quote
    (
        """COLOMBO: Police have arrested six persons in connection with Saturday night’s attack on the election office of a United People’s Front (UPF) candidate in Kuliyapitiya, as concerns mount over a spike in violence ahead of next month’s North Western Provincial Council election.

Senior DIG Chandana Wickramaratne, in charge of the North Western Province, said the suspects, aged between 22 and 41, had been identified through CCTV footage obtained from a nearby fuel station. “We have identified the main instigator and he will be taken into custody within the next 48 hours. There will be no political protection for anyone,” he told journalists in Kurunegala.

The candidate, Samantha Kumara Herath, said around 15 men on motorcycles had stormed the office shortly after 10 pm, smashing furniture and setting fire to posters. Herath alleged the attackers were supporters of a rival candidate from the ruling alliance, a charge the rival has denied.

“They came with swords and petrol bombs. My staff were lucky to escape with their lives,” Herath said.

Election Commission Chairman Lalith Gunawardena, speaking at a media briefing at the Commission’s Rajagiriya headquarters on Monday, issued a stern warning to party organisers: “Candidates must understand that they are personally responsible for the conduct of their supporters. If the violence continues, the Commission will not hesitate to recommend the postponement of polling in the affected divisions.

“We have already written to the Inspector General of Police requesting additional deployments in Kurunegala and Puttalam.”

The People’s Action for Clean Elections (PACE), an independent monitoring group, said in a report released on Monday that it had recorded 87 incidents of election-related violence since nominations closed, describing the figure as the “highest for a provincial poll in over a decade.”

The report, titled “Ballots Under Siege”, also flagged the widespread misuse of state vehicles and the presence of so-called “support teams” – groups of young men hired to accompany candidates at rallies.

“When candidates themselves arrive at rallies surrounded by men carrying clubs, you cannot expect the ordinary voter to feel safe,” said PACE Executive Director Dilrukshi Fonseka. She urged all contesting parties to sign a voluntary code of conduct before the campaign enters its final fortnight.""",
        [
            ("We have identified the main", "Chandana Wickramaratne"),
            ("They came with swords and", "Samantha Kumara Herath"),
            ("Candidates must understand that they", "Lalith Gunawardena"),
            ("highest for a provincial poll", "People’s Action for Clean Elections"),
            ("When candidates themselves arrive at", "Dilrukshi Fonseka"),
        ],
    ),
    # 4. Nepal - infrastructure / hydropower protest, curly quotes
    (
        """KATHMANDU: Construction of the 216-megawatt Upper Indrawati Hydropower Project in Sindhupalchok has remained at a standstill for the third consecutive week after local residents demanding additional compensation and a share in the project padlocked its site office.

Hundreds of villagers from Helambu and Panchpokhari Thangpal rural municipalities have been staging a sit-in at the site since Chaitra 20, carrying placards that read “Jagga hamro, bijuli kasko?” (Our land, whose electricity?).

“They took our land in 2019 at the government rate and promised us shares and jobs. Five years later, we have neither,” said Mingmar Tamang, coordinator of the Indrawati Project Affected Peoples’ Struggle Committee.

Tamang said the protest would continue “until there is a written agreement signed by the company’s chairman, not one more verbal assurance.” He claimed that fewer than 40 of the project’s 600-odd workers were from the affected wards.

The developer, Himalayan Indrawati Hydro & Infrastructure Ltd, said in a statement that it had “paid compensation as per the rates fixed by the Compensation Determination Committee” chaired by the chief district officer, and that 10 percent of its shares had already been set aside for project-affected families. The company said it was losing an estimated Rs 45 million for every week the work remained suspended.

Chief District Officer Prakash Bahadur Thapa said both sides had been invited for talks at the District Administration Office in Chautara on Friday. “The district administration cannot allow a project of national importance to be held hostage indefinitely. At the same time, nobody will be removed by force,” Thapa said.

Officials at the Ministry of Energy, Water Resources and Irrigation said the ministry had asked the Investment Board Nepal to mediate, as the project is being built with foreign investment.

The project, estimated to cost Rs 38 billion, was listed as a priority under the government’s “Energy for Prosperity” campaign and was expected to begin generating electricity by mid-2026. Local leaders from all major parties have backed the protesters’ demands, and ward chairpersons from the two rural municipalities joined the sit-in on Tuesday.""",
        [
            ("They took our land in", "Mingmar Tamang"),
            ("until there is a written", "Mingmar Tamang"),
            ("paid compensation as per the", "Himalayan Indrawati Hydro & Infrastructure Ltd"),
            ("The district administration cannot allow", "Prakash Bahadur Thapa"),
        ],
    ),
    # 5. India (Kerala) - courts / police custodial death, curly quotes
    (
        """KOCHI: The Kerala High Court on Wednesday transferred the investigation into the death in custody of a 32-year-old autorickshaw driver in Aluva to the Crime Branch, pulling up the local police over their handling of the case.

Sajan K. Paul was taken into custody by the Aluva East police on the night of February 11 during the district police’s “Operation Night Shield” drive against drunken driving, and was found unconscious in the station lock-up the next morning. He was declared brought dead at the Aluva taluk hospital.

Allowing a petition filed by his wife, Smt. Reshma Sajan, Justice K. Vinod Menon observed that the local police “could not be expected to investigate themselves” and that the post-mortem findings raised questions the investigating officer had not even attempted to answer.

“The injuries recorded in the post-mortem certificate, including fractures to two ribs, cannot be explained by a fall, as the police version would have the court believe,” the judge said.

Senior Government Pleader Anitha Ravindran submitted that three officers, including a sub-inspector, had already been suspended and that the departmental inquiry was being personally monitored by the District Police Chief.

Advocate Thomas Mathew Kurian, appearing for the petitioner, said the order vindicated the family’s stand. “He walked into that station on his own feet in the evening and was carried out the next morning. The family only wants to know what happened in between,” Kurian told reporters outside the court.

Ernakulam Rural SP Vivek Kumar Nair said the police would extend full cooperation to the new team. “We respect the court’s decision. The Crime Branch will have unrestricted access to all records, duty registers and CCTV footage from the station,” he said in a statement.

Speaking to reporters at her rented house in Aluva, Reshma, who has two children aged six and three, broke down several times. “For two months nobody listened to us. Today, for the first time, I feel that someone has listened,” she said.

The Crime Branch is expected to take over the case files by Monday.""",
        [
            ("could not be expected to", "K. Vinod Menon"),
            ("The injuries recorded in the", "K. Vinod Menon"),
            ("He walked into that station", "Thomas Mathew Kurian"),
            ("We respect the court’s decision.", "Vivek Kumar Nair"),
            ("For two months nobody listened", "Reshma Sajan"),
        ],
    ),
    # 6. India (Rajasthan) - state politics / exam paper leak, curly quotes
    (
        """JAIPUR: The Opposition on Thursday stepped up its demand for the resignation of Education Minister Shri Mahendra Singh Rathore, a day after the Rajasthan Staff Selection and Recruitment Board cancelled Sunday’s senior teacher recruitment examination following a paper leak.

Nearly 4.2 lakh candidates had appeared for the examination, held at 1,100 centres across 33 districts.

The Lok Kalyan Party, in a post on X, called the leak “the fifth in three years” and accused the government of “protecting the mafia that is selling the future of Rajasthan’s youth.” The party has called for a state-wide protest on Saturday.

Rathore, however, ruled out stepping down. “I have nothing to hide. The moment the leak came to our notice, we cancelled the examination and handed the case over to the SOG,” he told reporters at the Secretariat.

Additional Director General of Police (SOG) Deepak Bhargava said eight persons, including the owner of a coaching centre in Sikar and two employees of a private printing press, had been arrested so far. According to Bhargava, the question paper was photographed inside the press in Ajmer about 14 hours before the examination and circulated through Telegram groups for sums ranging between ₹5 lakh and ₹12 lakh.

“This is an organised network with links in at least three states. We are examining the bank accounts of all the accused,” he said.

Chief Minister Shri Devendra Pratap Shekhawat, who chaired a review meeting late on Wednesday, directed officials to place the proposed anti-cheating ordinance before the Cabinet next week. The ordinance, dubbed the “Pariksha Suraksha” law by officials, provides for imprisonment of up to ten years and attachment of property.

Outside the Board’s office in Ajmer, hundreds of aspirants gathered on Thursday morning, raising slogans of “Paper leak band karo.” Many had travelled overnight from distant districts.

“I travelled 300 km and spent ₹4,000 to write this exam. My father took a loan. Who will compensate us?” asked Pooja Choudhary, an aspirant from Barmer.

The Board said in a press note that the fresh examination would be held within 60 days and that candidates would not have to pay the fee again.""",
        [
            ("the fifth in three years", "Lok Kalyan Party"),
            ("protecting the mafia that is", "Lok Kalyan Party"),
            ("I have nothing to hide.", "Mahendra Singh Rathore"),
            ("This is an organised network", "Deepak Bhargava"),
            ("I travelled 300 km and", "Pooja Choudhary"),
        ],
    ),
    # 7. Bangladesh (Chattogram) - infrastructure / waterlogging, straight quotes
    (
        """CHATTOGRAM: Large parts of the port city went under knee- to waist-deep water on Monday after 212 millimetres of rain fell in 24 hours, once again exposing the limits of a Tk 5,616 crore waterlogging mitigation project that was supposed to put an end to the city's chronic flooding.

Muradpur, Bahaddarhat, Chawkbazar, Agrabad and parts of Halishahar remained submerged for most of the day. Water also entered the ground floor of Chattogram Medical College Hospital, forcing authorities to shift patients from two wards.

The project, popularly known in the city as the "mega project", is being implemented by the Chattogram Development Authority (CDA) with the Bangladesh Army's 34 Engineering Construction Brigade. Launched in 2017, it was originally scheduled to be completed in 2020.

Chattogram City Corporation (CCC) Mayor Nasir Uddin Mahmud squarely blamed the CDA. "The CDA has put up temporary dams at the mouths of the canals for its work and did not remove them before the monsoon. The water simply has nowhere to go," he said while visiting flood-hit areas in Bahaddarhat.

Md Rafiqul Islam Bhuiyan, chief engineer of the CDA, rejected the allegation. "Around 80 percent of the work is complete. What we saw today was the result of a high tide coinciding with extremely heavy rainfall, not because of any dam," he told this correspondent, adding that 36 regulators being built at canal mouths would be operational by next year.

The Met office in Patenga recorded the city's heaviest single-day rainfall of the season and forecast more rain over the next 48 hours.

At Khatunganj, the country's largest wholesale commodities hub, traders counted their losses as water entered hundreds of warehouses stocked with rice, lentils, sugar and spices.

"Every year we hear the same promise -- this year it will be fixed, next year it will be fixed. Meanwhile we lose crores of taka in a single morning," said Abul Kashem, general secretary of the Khatunganj Traders and Commission Agents Association. He said the association would meet the divisional commissioner on Wednesday to demand compensation.""",
        [
            ("The CDA has put up", "Nasir Uddin Mahmud"),
            ("Around 80 percent of the", "Md Rafiqul Islam Bhuiyan"),
            ("Every year we hear the", "Abul Kashem"),
        ],
    ),
    # 8. India (Delhi) - police / cyber fraud, curly quotes
    (
        """NEW DELHI: The Delhi Police have busted a fake call centre operating from a rented basement in Dwarka’s Sector 7, whose employees allegedly posed as CBI and customs officers to place victims under “digital arrest” and extort money from them, officials said on Friday.

Eleven people, including the alleged kingpin, 29-year-old Rohit Sehrawat alias “Bunty”, have been arrested. Police said the gang had cheated more than 600 people in at least 14 states of around ₹9 crore over the past eight months.

“The callers were trained with written scripts and even used a fake CBI logo as their video-call background. Victims were told not to disconnect or speak to anyone, sometimes for 30 hours at a stretch,” said Deputy Commissioner of Police (Dwarka) Smt. Kavita Raghunathan.

She said the money was routed through more than 200 “mule” accounts, most of them opened in the names of daily-wage labourers in Haryana and Rajasthan who were paid between ₹5,000 and ₹10,000 for their KYC documents. Police have seized 42 mobile phones, 19 laptops and over 300 SIM cards from the premises.

A senior officer associated with the investigation said the gang was in touch with handlers based in Cambodia. “The local operators are only the face of it. The money leaves the country within hours, mostly after being converted into cryptocurrency,” the officer said, requesting anonymity as the probe was at a sensitive stage.

The racket came to light after a retired Air Force officer from Janakpuri, Group Captain (retd) Harpreet Singh Bajwa, lost ₹1.7 crore in February. The 71-year-old told this newspaper that he had been kept on a video call for nearly two days by a man in police uniform who claimed that his Aadhaar number had been used to open bank accounts for money laundering.

He now has a simple message for other senior citizens: “No government agency arrests anyone over a video call. If someone tells you otherwise, just hang up.”

The Delhi Police said they would extend their “Ruko, Socho, Phir Karo” awareness campaign to resident welfare associations and senior citizens’ clubs across the city over the next month.""",
        [
            ("The callers were trained with", "Kavita Raghunathan"),
            ("The local operators are only", "senior officer associated with the investigation"),
            ("No government agency arrests anyone", "Harpreet Singh Bajwa"),
        ],
    ),
]
