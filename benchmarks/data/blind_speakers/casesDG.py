CASES = [
    (
        """Staff Reporter

KOCHI

The Kerala High Court on Tuesday pulled up the Kochi Municipal Corporation for its failure to clean the city’s drains ahead of the monsoon. Justice M.K. Raveendranathan, heading a Division Bench that also comprised Justice Sreeja Thomas Varghese, observed that residents of the city “cannot be expected to wade through sewage every June.”

The Bench was hearing a batch of petitions filed by residents’ associations from Kadavanthra, Elamakkara and Panampilly Nagar, which had complained that even moderate showers left their neighbourhoods under knee-deep water last year.

“What we see every year is a ritual of promises. The drains are cleaned on paper and the water stays on the road,” Justice Raveendranathan said, directing the Corporation Secretary to file an affidavit within two weeks detailing the work completed in each division.

Counsel for the Corporation, Anitha Mathew Koshy, submitted that desilting of 62% of the major canals had been completed and that the remaining work would be over by May 25. She attributed the delay to “unforeseen technical issues in the tendering process” and said contractors who missed deadlines had been warned of penalties.

The Bench was not impressed. “Unforeseen for whom? The monsoon arrives on roughly the same date every year,” Justice Sreeja Thomas Varghese remarked.

T.R. Hariprasad, counsel for the petitioners, pointed out that a study by the Cochin Urban Waterways Forum, a citizens’ collective, had found that 41 culverts in the city were either fully or partially blocked. The study, placed before the court, said the city’s storm-water network “has not been mapped in its entirety for over a decade” and warned that “piecemeal cleaning will not prevent flooding in low-lying divisions.”

Mr. Hariprasad said families in Elamakkara had been forced to move elderly relatives to other homes during last year’s rains. “People are not asking for miracles. They are asking for the drains to be open before the first heavy shower,” he said.

The court posted the case for further hearing on May 28.

Reacting to the court’s remarks, Mayor Lissy Paulose Kattakayam said the Corporation respected the observations and would place all details before the court. “We have deployed additional teams in 18 divisions. Some of the delays are because other agencies are carrying out work on the same stretches,” she told reporters.

Leader of the Opposition in the council Benny Varkey Chakkalakkal alleged that the ruling front had “turned desilting into an annual contract bonanza.” He said the Opposition would raise the issue at the council meeting on Friday and demand a social audit of the work carried out in the last three years.""",
        [
            ("cannot be expected to wade", "M.K. Raveendranathan"),
            ("What we see every year", "M.K. Raveendranathan"),
            ("unforeseen technical issues in the", "Anitha Mathew Koshy"),
            ("Unforeseen for whom? The monsoon", "Sreeja Thomas Varghese"),
            ("has not been mapped in", "Cochin Urban Waterways Forum"),
            ("piecemeal cleaning will not prevent", "Cochin Urban Waterways Forum"),
            ("People are not asking for", "T.R. Hariprasad"),
            ("We have deployed additional teams", "Lissy Paulose Kattakayam"),
            ("turned desilting into an annual", "Benny Varkey Chakkalakkal"),
        ],
    ),
    (
        """Express News Service

MADURAI: The monthly meeting of the Madurai Corporation council on Wednesday witnessed heated exchanges, with opposition councillors staging a walkout alleging that residents of several wards in the southern zone had gone without drinking water for over a week.

As soon as Mayor R. Thenmozhi of the ruling Tamil Desiya Urimai Kazhagam (TDUK) took up the agenda, Samathuva Makkal Iyakkam (SMI) councillor from Ward 71 K. Muthupandi rose holding an empty plastic pot and demanded that the water issue be discussed first. "Women in my ward are standing in queues at 4 am for one tanker. Your agenda can wait, the people cannot," he said.

Several SMI and independent councillors joined him and raised slogans. When the Mayor said the matter would be taken up during zero hour, the opposition members walked out of the hall.

Speaking to reporters outside, SMI floor leader A. Jebakumar Devadoss said the civic body had been "sleeping over complaints" for ten days. "We have given petitions at the zonal office three times. Each time we are told the motor at the pumping station is being repaired. How long does it take to repair one motor?" he asked.

Inside the hall, Corporation Commissioner S. Karthikeyan Pandian explained that a main pipeline carrying Vaigai water to the southern zone had developed a leak near Keeraithurai, and that repair work had been hampered by underground drainage work on the same stretch. He said supply would be "fully restored by Saturday" and that 28 tankers had been pressed into service in the meantime.

Thenmozhi accused the opposition of trying to "score political points over a technical problem". "Nobody is denying that people are suffering. But walking out of the council is not going to fix a pipeline. They should have stayed back and given suggestions," she said.

In Avaniyapuram, women were seen carrying pots from a public tap near the bus stand, the only one in the locality that was still running. "We paid Rs 600 to a private tanker last week. Who will give that money back to us?" asked a homemaker, who did not want to be named.

Later in the evening, the TDUK issued a statement defending the civic administration. The statement said: "The Corporation has been working round the clock to restore supply. The opposition is spreading misinformation for cheap publicity and is playing with the emotions of the people."

The council, which resumed after the walkout, passed 46 resolutions, including one on the installation of LED streetlights in the newly added wards and another on the renovation of the Periyar bus stand parking lot.""",
        [
            ("Women in my ward are", "K. Muthupandi"),
            ("sleeping over complaints", "A. Jebakumar Devadoss"),
            ("We have given petitions at", "A. Jebakumar Devadoss"),
            ("fully restored by Saturday", "S. Karthikeyan Pandian"),
            ("score political points over a", "R. Thenmozhi"),
            ("Nobody is denying that people", "R. Thenmozhi"),
            ("We paid Rs 600 to", "homemaker"),
            ("The Corporation has been working", "Tamil Desiya Urimai Kazhagam"),
        ],
    ),
    (
        """Mangaluru, DHNS: Hundreds of residents of Bellarpady and surrounding villages laid siege to the taluk office on Monday, opposing the proposed expansion of the solid waste processing unit within their gram panchayat limits.

Carrying placards that read "Our village is not your dustbin", the protesters, led by the Bellarpady Nagarika Horata Samithi, alleged that leachate from the existing unit had already contaminated open wells in at least three hamlets.

"For six months, we have been drinking water that smells like rotten eggs. Now they want to bring more garbage here," said Samithi convener Vinaya Kumar Shetty.

He said the Samithi had written to the district administration four times since January. In its latest letter, dated March 3, the Samithi had warned that villagers would "boycott all elections" if the expansion plan was not dropped.

Sharada Poojary, 58, who had walked nearly four km with other women from her hamlet to join the protest, said children in the area had developed skin infections. "My grandchildren get rashes every time they bathe in the well water. We cannot afford to buy cans of drinking water every day," she said.

Deputy Commissioner Mahesh Ranganath Bhat, who arrived at the spot around noon, assured the protesters that no work would begin until a fresh assessment was carried out. "I have directed the environment officer to collect water samples from all the wells in the area this week. If contamination is confirmed, the operator will face action," he said.

Bhat also clarified that the expansion proposal was "only at the discussion stage" and that no approval had been given by the government.

Local MLA Praveen Kotian of the Janata Pragati Paksha, who addressed the protesters, said rural areas were paying the price for the city's growth. "The administration is treating villages as dumping grounds for urban waste. This will not be allowed," he said, adding that he would raise the issue in the upcoming legislature session.

An official of the Mangaluru City Corporation, requesting anonymity, said the city generated nearly 350 tonnes of waste every day and that the existing facility "was never designed for this volume". "If the expansion does not happen, the city will face a garbage crisis by next year. We are also looking at decentralised composting, but that will take time," the official said.

The protest was called off in the evening following the DC's assurance. However, Samithi members said they would resume the agitation if the test results confirmed contamination, and would also approach the High Court seeking a stay on the expansion.""",
        [
            ("For six months, we have", "Vinaya Kumar Shetty"),
            ("boycott all elections", "Bellarpady Nagarika Horata Samithi"),
            ("My grandchildren get rashes every", "Sharada Poojary"),
            ("I have directed the environment", "Mahesh Ranganath Bhat"),
            ("only at the discussion stage", "Mahesh Ranganath Bhat"),
            ("The administration is treating villages", "Praveen Kotian"),
            ("was never designed for this", "official of the Mangaluru City Corporation"),
            ("If the expansion does not", "official of the Mangaluru City Corporation"),
        ],
    ),
    (
        """Our Special Correspondent

Calcutta: Police and civic officials removed plastic sheets, bamboo frames and makeshift tables from footpaths in Gariahat and Hatibagan on Thursday morning, on the first day of a drive that the Calcutta Municipal Corporation says is meant to free up walking space ahead of the festive season.

Hawkers at Gariahat said they had been given barely a day's notice. "We got to know at 9pm on Wednesday through a WhatsApp message from the union. How do I move my stock overnight?" said Bapi Halder, who has been selling children's garments near the Gariahat crossing for 22 years.

The drive follows a meeting at the civic headquarters last week, where officials reviewed complaints from pedestrians and traders' associations. According to the minutes of the meeting, hawkers would be allowed to occupy "not more than one-third of the footpath width" and must not use "any permanent or semi-permanent structure".

Rajat Kanti Ghoshal, member, mayor-in-council (markets), said nobody was being evicted. "Let me be very clear. We are not taking away anyone's livelihood. We are only asking them to follow the one-third rule that they themselves had agreed to," Ghoshal said.

The Paschimbanga Footpath Hawkers' Sangram Committee, which claims a membership of over 40,000, called the drive "an attack on the poor dressed up as beautification". Its general secretary, Shyamal Kumar Mondal, said the committee would gherao the borough office on Monday.

"The corporation did not consult the town vending committee. Under the law, it has to. We will go to court if needed," Mondal said.

Pedestrians had mixed feelings. Sudeshna Roychowdhury, a college teacher who walks from Gariahat to Rashbehari Avenue every day, said the footpaths had become impossible to use in the evenings.

"I have to walk on the road with buses brushing past me. Something had to be done," she said. "But you cannot clear them before Puja and let them come back after. That is what happens every year."

By afternoon, several hawkers had returned to their spots with smaller tables, keeping within what they said was the permitted width. Some shop owners on Rashbehari Avenue were seen helping officials measure the footpath.

"Our job is to make sure there is no law-and-order problem. The drive was peaceful and no one was detained," said a senior officer of the city police.

The drive will move to New Market and Shyambazar next week, officials said.""",
        [
            ("We got to know at", "Bapi Halder"),
            ("not more than one-third of", "Calcutta Municipal Corporation"),
            ("any permanent or semi-permanent structure", "Calcutta Municipal Corporation"),
            ("Let me be very clear.", "Rajat Kanti Ghoshal"),
            ("an attack on the poor", "Paschimbanga Footpath Hawkers' Sangram Committee"),
            ("The corporation did not consult", "Shyamal Kumar Mondal"),
            ("I have to walk on", "Sudeshna Roychowdhury"),
            ("But you cannot clear them", "Sudeshna Roychowdhury"),
            ("Our job is to make", "senior officer of the city police"),
        ],
    ),
    (
        """Staff Reporter

THIRUVANANTHAPURAM

The Progressive Democratic Front (PDF) lost control of the Kallummoodu grama panchayat on Friday after a no-confidence motion moved by the Opposition Kerala Janapaksha Alliance (KJA) was carried with the support of two PDF rebels.

In the 17-member council, the motion received nine votes against eight. Panchayat president Sobhana Kumari Raghavan and vice-president A. Nazeer were removed from their posts.

The motion, signed by all seven KJA members, accused the president of “running the panchayat as a personal fiefdom” and of sitting on funds allotted under the panchayat’s housing scheme for the landless.

Speaking after the vote, Leader of the Opposition in the panchayat K. Vijayan Pillai said the result reflected the anger of the people.

“Forty-three families who were promised houses two years ago are still living under tarpaulin sheets. We raised this in every committee meeting. Nobody listened.

“The two members who voted with us did so because they could not face the people in their wards any longer. This is not horse-trading, it is conscience,” Mr. Pillai said.

The rebels, Girija Sasidharan and Shibu Lal, did not respond to calls. However, in a letter to the PDF district committee last month, a copy of which was made available to the media, Ms. Girija had said she had been “repeatedly humiliated” at party meetings and that complaints from her ward had been “ignored by the leadership.”

Ms. Sobhana Kumari alleged that “money power” had been used to win over the two members. “The Opposition has bought over two members. The people of Kallummoodu will give the answer in the next election,” she said.

She claimed that the delay in the housing scheme was due to the late release of funds from the State government and that work on 19 houses had already begun.

PDF district secretary T.S. Madhusoodanan said the party would take disciplinary action against the rebels. In a statement, he said: “Those who betrayed the mandate of the people have no place in the party. The matter will be examined by the district committee, and appropriate action will be taken.”

Police had been deployed at the panchayat office since morning in view of the tension between workers of the two fronts. There were minor scuffles outside the building after the result was announced, but no one was injured.

The election to choose a new president and vice-president will be held within 30 days, officials said.""",
        [
            ("running the panchayat as a", "Kerala Janapaksha Alliance"),
            ("Forty-three families who were promised", "K. Vijayan Pillai"),
            ("repeatedly humiliated", "Girija Sasidharan"),
            ("ignored by the leadership.", "Girija Sasidharan"),
            ("money power", "Sobhana Kumari Raghavan"),
            ("The Opposition has bought over", "Sobhana Kumari Raghavan"),
            ("Those who betrayed the mandate", "T.S. Madhusoodanan"),
        ],
    ),
    (
        """Legal Correspondent

MADURAI

The Madurai Bench of the Madras High Court has directed the Tirunelveli district administration to remove encroachments on the banks of a temple tank at Keezha Ambalapuram within eight weeks, observing that public waterbodies “are held in trust for future generations.”

Justice N. Thirunavukkarasu passed the order on a public interest litigation petition filed by A. Ponnusamy, a retired schoolteacher from the village, who had sought the restoration of the 6.5-acre tank and its inflow channel.

In the order, the judge said: “It is distressing that a tank which sustained agriculture in the village for centuries has been allowed to shrink to less than half its original size. The officials who were duty-bound to protect it have chosen to look the other way.”

Additional Government Pleader M. Selvaraj submitted that revenue officials had identified 23 encroachments, of which 14 were residential structures. He said the occupants had been served notices but had sought more time, citing “humanitarian considerations.”

The judge was not inclined to accept the plea. “Sympathy for the occupants cannot be extended at the cost of a waterbody on which hundreds of farmers depend. The State is free to consider rehabilitation, but that cannot delay the removal,” he observed.

Counsel for the petitioner, K. Ravichandran, told the court that the tank had once irrigated a large area. “The tank used to irrigate nearly 300 acres. Today it cannot hold water even for two months after the monsoon,” he submitted.

The court had earlier appointed advocate P. Manjula as Advocate Commissioner to inspect the site. Her report, filed in February, noted that the inflow channel had been “completely blocked by construction debris” and that a portion of the tank bed had been levelled for use as a cattle shed.

Directing the Collector to file a compliance report by the next date of hearing, the judge also asked the Public Works Department to prepare an estimate for desilting the tank and strengthening its bund before the northeast monsoon. He made it clear that any official found to have helped the encroachers would face departmental action.

Speaking to reporters outside the court complex, Mr. Ponnusamy said he had been fighting for the tank for nearly a decade. “I have been writing petitions since 2014. I am happy that the court has finally listened to the farmers of our village,” he said.

The case has been posted for hearing after eight weeks.""",
        [
            ("are held in trust for", "N. Thirunavukkarasu"),
            ("It is distressing that a", "N. Thirunavukkarasu"),
            ("humanitarian considerations.", "M. Selvaraj"),
            ("Sympathy for the occupants cannot", "N. Thirunavukkarasu"),
            ("The tank used to irrigate", "K. Ravichandran"),
            ("completely blocked by construction debris", "P. Manjula"),
            ("I have been writing petitions", "A. Ponnusamy"),
        ],
    ),
    (
        """HUBBALLI: At least 46 people, including 12 children, have been admitted to hospitals with symptoms of diarrhoea and vomiting after allegedly consuming contaminated water supplied through taps in Basaveshwar Colony and adjoining areas of Old Hubballi over the past three days.

Residents said the water turned yellowish and foul-smelling on Sunday. "We complained on the first day itself. Nobody came. Only after my neighbour's son fainted did the officials wake up," said Shankaramma Hiremath, whose two grandchildren are among those admitted.

A senior official of the district health department said samples had been sent to the public health laboratory in Dharwad. "Prima facie, it looks like sewage has entered the supply line through a damaged joint. All patients are stable and there is no need to panic," the official said.

Hubballi-Dharwad Municipal Corporation commissioner Pradeep Ramachandra Nayak said supply to the affected area had been stopped and tankers deployed. He said the damaged pipeline would be replaced "on a war footing" and chlorine tablets would be distributed to every household.

Nayak, however, denied that the civic body had ignored complaints. "Our helpline records show the first complaint came on Monday afternoon. A team reached the spot within hours," he said.

The Old Hubballi Nagarika Vedike, in a letter to the deputy commissioner on Tuesday, said residents had been reporting "muddy and smelly water" for nearly a month and accused the corporation of "criminal negligence". The letter demanded compensation of Rs 50,000 to each affected family and a judicial inquiry into the pipeline works carried out in the area.

Opposition leader in the corporation council Irfan Ahmed Mulla said he would move a motion at the next council meeting seeking a probe. "This is not a natural disaster. This is the result of corruption in pipeline contracts, and someone must be held accountable," he told reporters.

District in-charge minister Shivanand Kallappa Desai visited the hospital on Tuesday evening and interacted with patients and their families. He said the government would bear the medical expenses of all those affected. "No family should spend a single rupee on treatment. I have asked officials to submit a report within three days," Desai said.

Health workers went door-to-door in the colony on Tuesday, distributing ORS packets and advising residents to drink only boiled water. A temporary health camp has also been set up at the government school in the locality.""",
        [
            ("We complained on the first", "Shankaramma Hiremath"),
            ("Prima facie, it looks like", "senior official of the district health department"),
            ("on a war footing", "Pradeep Ramachandra Nayak"),
            ("Our helpline records show the", "Pradeep Ramachandra Nayak"),
            ("muddy and smelly water", "Old Hubballi Nagarika Vedike"),
            ("criminal negligence", "Old Hubballi Nagarika Vedike"),
            ("This is not a natural", "Irfan Ahmed Mulla"),
            ("No family should spend a", "Shivanand Kallappa Desai"),
        ],
    ),
    (
        """Statesman News Service

Burdwan, 14 March: Opposition councillors of Damodarpur Municipality today staged a sit-in at the civic office demanding the resignation of chairperson Tapati Chakraborty Sen after an audit report questioned the allotment of a 2.4-acre municipal plot to a private educational trust at a token annual rent of Rs 1,001.

The report, prepared by the Bengal Local Accounts Inspectorate, said the allotment had been made "without inviting any tender or expression of interest" and that the board of councillors had been "kept in the dark about the terms of the lease". It recommended that the lease be "reviewed forthwith".

The trust, Nabadiganta Shiksha Trust, is headed by a former councillor of the ruling Banga Janata Mancha (BJM).

Leading the sit-in, leader of the Opposition in the municipality Safiqul Islam Khan said: "This is a loot of public land. The plot was meant for a ward health centre. The chairperson must explain who benefited from this deal."

Mr Khan said the Opposition would approach the district magistrate and, if necessary, the Calcutta High Court. He also demanded that the plot be taken back immediately.

Ms Chakraborty Sen dismissed the allegations. "Every decision was taken in accordance with the rules. The trust will run a school for poor children, and the municipality will have two seats on its governing body," she told this correspondent. She alleged that the Opposition was "desperate for headlines" ahead of the civic polls.

A senior official of the municipality, who did not wish to be named, said the file relating to the allotment had been "sent to the chairperson's office in November and not returned since". He added that the executive officer had written twice seeking its return.

The BJM's district president, Nirmal Kanti Ghosh, said the party would "look into the matter" but backed the chairperson. "She has done more for Damodarpur than anyone in the last 20 years. One audit observation does not make anyone guilty," he said.

Residents of Ward 9, where the plot is located, said they had been waiting for the health centre for years. Many of them joined the sit-in in the afternoon.

The sit-in was withdrawn in the evening after the executive officer, Arindam Paul, agreed to place the audit report before a special meeting of the board of councillors within ten days.""",
        [
            ("without inviting any tender or", "Bengal Local Accounts Inspectorate"),
            ("kept in the dark about", "Bengal Local Accounts Inspectorate"),
            ("reviewed forthwith", "Bengal Local Accounts Inspectorate"),
            ("This is a loot of", "Safiqul Islam Khan"),
            ("Every decision was taken in", "Tapati Chakraborty Sen"),
            ("desperate for headlines", "Tapati Chakraborty Sen"),
            ("sent to the chairperson's office", "senior official of the municipality"),
            ("look into the matter", "Nirmal Kanti Ghosh"),
            ("She has done more for", "Nirmal Kanti Ghosh"),
        ],
    ),
]
