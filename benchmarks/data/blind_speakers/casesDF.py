CASES = [
    (
        """By SERA TIKOMAIMUA

LAUTOKA – A FORMER revenue clerk at the Vatukoula Town Council has been jailed for four years and six months for stealing more than $180,000 in ratepayers' money over a three-year period.

Mereseini Naqelevuki, 41, of Drasa Avenue, was sentenced in the Lautoka High Court yesterday after pleading guilty to 23 counts of theft and one count of money laundering.

In passing sentence, Justice Anand Seruvatu said the accused had abused “a position of considerable trust” and had taken money that belonged to ordinary families who paid their rates in good faith.

“This was not a single moment of weakness. It was a planned and sustained course of dishonest conduct, carried out week after week, and concealed by false entries in the council's own books,” Justice Seruvatu said.

“The court must send a clear message to those who handle public funds that such conduct will be met with a custodial sentence.”

The court heard that Naqelevuki had issued receipts to ratepayers but recorded smaller amounts in the council's system, keeping the difference.

State prosecutor Unaisi Koroitamana told the court the offending was uncovered in 2022 when an internal audit flagged irregularities in the rates ledger.

She said the council had so far recovered only $12,400 of the stolen money.

Defence counsel Jitendra Lal, in mitigation, said his client was a first offender, a mother of three and “deeply remorseful”.

“She has co-operated fully with the police from the very first day. She did not waste the court's time,” Mr Lal said.

He told the court his client had used most of the money to pay medical bills for her late husband and to support her extended family in Ba.

Justice Seruvatu accepted the early guilty plea but said personal hardship could not excuse the offending.

“Many people in this country face hardship,” he said. “They do not steal from their neighbours.”

Naqelevuki will be eligible for parole after serving three years and six months.

Council chief executive officer Viliame Raqona said in a statement after the hearing that the council had since introduced “a new electronic receipting system and monthly independent reconciliations”.

“We acknowledge the outcome of the case and thank the police and the prosecution for their work. Ratepayers can be assured that every dollar they pay is now properly accounted for,” the statement said.

Mr Raqona said the council would also seek a compensation order against Naqelevuki through the civil courts.""",
        [
            ("a position of considerable trust", "Anand Seruvatu"),
            ("This was not a single moment", "Anand Seruvatu"),
            ("The court must send a clear", "Anand Seruvatu"),
            ("deeply remorseful", "Jitendra Lal"),
            ("She has co-operated fully with", "Jitendra Lal"),
            ("Many people in this country", "Anand Seruvatu"),
            ("They do not steal from", "Anand Seruvatu"),
            ("a new electronic receipting system", "Viliame Raqona"),
            ("We acknowledge the outcome of", "Viliame Raqona"),
        ],
    ),
    (
        """PORT MORESBY

By JOSEPH WAMAKI

OPPOSITION Leader Kila Taranupi has accused the Government of "running away from Parliament" after the House was adjourned yesterday to August 27, just hours after a notice of motion of no confidence was lodged with the Clerk.

Mr Taranupi told reporters outside Parliament House that the adjournment was "a deliberate move to deny Members their constitutional right to test the numbers on the floor".

"The people of Papua New Guinea are watching. They want to see democracy at work, not games played with the sitting calendar," Mr Taranupi said.

"We have the numbers. We had them this morning and we will have them in August."

The motion, signed by 38 Members, nominated Kaintiba Open MP Dickson Aiwara as alternative Prime Minister. It is the third such motion this year in the long-running "numbers game" on Waigani Hill.

Leader of Government Business Pokawin Yalu moved the adjournment motion, which was carried 61 votes to 34.

Mr Yalu said the Government needed time to finalise the supplementary budget and to attend to "urgent matters in the provinces" following flooding in the East Sepik.

He rejected claims the Government was afraid of the vote.

"There is nothing unconstitutional about adjourning Parliament. The Opposition knows this. They have tried this many times and they have failed many times," he said.

The Prime Minister's office later issued a statement describing the motion as "another attempt by a small group of disgruntled Members to destabilise the nation".

"The Government remains firmly united and focused on delivering services to our people. The coalition partners met this afternoon and reaffirmed their support for the Prime Minister," the statement said.

Constitutional lawyer Ruben Kaupa said the Opposition could challenge the adjournment in the Supreme Court, but that the court had "generally been reluctant to interfere in the internal proceedings of Parliament".

He said the court would only step in if it could be shown that the adjournment was clearly designed to defeat a constitutional requirement.

Mr Aiwara, speaking by phone from his electorate, said he was "humbled" by his nomination.

"I did not ask for this. My colleagues came to me and asked me to lead. If the House gives me the mandate, I will serve with humility," he said.

Mr Aiwara, a former provincial administrator, was first elected in 2017 and served briefly as Minister for Correctional Services.

Opposition MPs are expected to remain in Port Moresby over the coming weeks as both camps work to secure the support of independent Members.""",
        [
            ("running away from Parliament", "Kila Taranupi"),
            ("a deliberate move to deny", "Kila Taranupi"),
            ("The people of Papua New", "Kila Taranupi"),
            ("We have the numbers. We", "Kila Taranupi"),
            ("urgent matters in the provinces", "Pokawin Yalu"),
            ("There is nothing unconstitutional about", "Pokawin Yalu"),
            ("another attempt by a small", "Prime Minister's office"),
            ("The Government remains firmly united", "Prime Minister's office"),
            ("generally been reluctant to interfere", "Ruben Kaupa"),
            ("humbled", "Dickson Aiwara"),
            ("I did not ask for", "Dickson Aiwara"),
        ],
    ),
    (
        """By FALEOLO TAVITA

APIA – The Church of Hope Samoa (Ekalesia Fa'amoemoe o Samoa) has voted to cap the annual May offering at $500 tala per family, in a decision its leaders say responds to growing concern about financial hardship among members.

The resolution was passed on Friday by the church's General Assembly, meeting at its headquarters at Sogi.

Church President, Reverend Elder Tuatagaloa Ioane Sefo, said the decision had not been made lightly.

“For many years our people have given beyond their means. We have heard stories of families taking loans to meet their obligations to the church, and that is not what God asks of us,” he said in his closing address.

“The gift that pleases the Lord is the one given with a glad heart, not the one given with tears.”

Rev. Elder Tuatagaloa said the assembly had debated the matter for two days before it was put to a vote, with 212 delegates in favour and 47 against.

A delegate from Savai'i, who asked not to be named, said some ministers had opposed the cap because it would reduce their income.

“Some of the faifeau are worried. They have families too. But the majority felt that the church cannot keep asking more and more when people are struggling,” the delegate said.

The decision comes months after a report by the Samoa Household Welfare Trust found that church contributions accounted for an average of 14 per cent of household spending in rural villages.

The report described church giving as “a significant contributor to household debt, particularly among families without regular wage income”.

The Trust's executive director, Salote Leiataua-Pule, welcomed the assembly's decision and said she hoped “other denominations will look closely at what has been done here”.

“This is a brave step. The church is the heart of village life in Samoa, and when the church leads, people follow,” Mrs Leiataua-Pule said in an interview.

But not everyone is convinced. Leota Fa'amalu Tenari, a matai of Falelatai, said giving to the church was “our fa'asamoa and our choice”.

“No one forces us. If I want to give $2,000 to my faifeau, that is between me and God. Now the church is telling us how much love we can show,” he said.

Leota said several families in his village would continue to give as they always had, regardless of the cap.

The cap takes effect from next year's May offering. The assembly closed on Saturday with the hymn “Le Atua o lo Matou Malosi” and a combined service attended by more than 3,000 members.""",
        [
            ("For many years our people", "Tuatagaloa Ioane Sefo"),
            ("The gift that pleases the", "Tuatagaloa Ioane Sefo"),
            ("Some of the faifeau are", "delegate from Savai'i"),
            ("a significant contributor to household", "Samoa Household Welfare Trust"),
            ("other denominations will look closely", "Salote Leiataua-Pule"),
            ("This is a brave step.", "Salote Leiataua-Pule"),
            ("our fa'asamoa and our choice", "Leota Fa'amalu Tenari"),
            ("No one forces us.", "Leota Fa'amalu Tenari"),
        ],
    ),
    (
        """Nuku'alofa, Tonga

Emergency teams reached the outer islands of Ha'apai yesterday, 3 April, two days after Tropical Cyclone Mele tore across the group with winds of up to 185 km/h, destroying homes and cutting communications to at least six islands.

The Director of the Tonga Disaster Response Office, Mr Viliami Kaufana, said initial assessments showed 143 houses destroyed and more than 400 damaged in Ha'apai.

"The damage on the smaller islands is severe. In Mo'unga'one and Kotu we have reports that almost every house has lost its roof," he said.

"Our priority now is water, shelter and food. We have asked families in Nuku'alofa not to send goods on private boats until the wharf at Pangai is cleared."

No deaths have been reported, but two people were airlifted to Vaiola Hospital with injuries.

The Minister for Disaster Response, Hon. Tevita Latu Maka, told the Legislative Assembly on Wednesday that Cabinet had approved TOP$2.5 million for immediate relief and that a patrol boat would leave for Ha'apai with tents, tarpaulins and water containers.

He said the government was grateful for offers of help from "our friends in the region" and that a formal request for assistance would be made once damage assessments were complete.

A Pangai resident, 'Ana Vaipulu, said her family had sheltered in the church hall through the night as the wind took the roof off their home.

"We could hear the iron sheets flying. The children were crying and the old people were praying. In the morning there was nothing left, only the floor," she said.

Mrs Vaipulu said her husband and sons had started to salvage timber, but the family had lost its food crops.

Church leaders in Ha'apai have opened their halls to displaced families. The President of the Tonga Christian Fellowship Church, Rev. Dr Samisoni Havili, said in a statement that congregations across the kingdom would take up a special collection on Sunday.

"Our brothers and sisters in Ha'apai have lost much, but they have not lost hope. We will stand with them," the statement said.

A forecaster at the Fua'amotu weather office said the system was moving south-east and weakening, but that "heavy rain and strong winds may continue over 'Eua until Friday".

Schools in Ha'apai will remain closed until further notice, and the ferry service to Vava'u has been suspended.""",
        [
            ("The damage on the smaller", "Viliami Kaufana"),
            ("Our priority now is water,", "Viliami Kaufana"),
            ("our friends in the region", "Tevita Latu Maka"),
            ("We could hear the iron", "'Ana Vaipulu"),
            ("Our brothers and sisters in", "Samisoni Havili"),
            ("heavy rain and strong winds", "forecaster at the Fua'amotu weather office"),
        ],
    ),
    (
        """By MAKIS TOLEPA

WABAG – At least 11 people are feared dead after a landslide buried part of Yakopa village in the Kompiam-Ambum district of Enga early yesterday morning.

Provincial disaster coordinator Samson Kewa said the landslide struck about 3am while most villagers were asleep.

“Part of the mountain just came down. Eight houses are completely under the earth and we believe at least 11 people were inside,” Mr Kewa said when contacted yesterday.

He said local men had been digging with spades and bare hands since first light but the ground remained unstable.

“We are asking the villagers to be careful. It is still raining and there is a real danger of a second slide,” he said.

Village councillor Pes Yandapu said among the missing were a mother and her four children.

“We have been digging all day. We found one body around midday, a young boy. The family is crying. The whole village is crying,” Mr Yandapu said.

He said villagers had heard cracking sounds from the hillside for about a week but did not think the slope would give way.

Enga Governor Joseph Pawasi said the provincial government had released K500,000 for relief and had asked the National Disaster Centre for an excavator and a medical team.

His statement read: “We cannot dig this out by hand. We need machines and we need them now. I appeal to the national government and to our development partners to act without delay.”

A spokesman for the National Disaster Centre said an assessment team would fly in by helicopter today, “weather permitting”.

The road into Yakopa was cut in two places by smaller slips, and police said it could take several days to clear.

Parish priest Fr Martin Kiap of the nearby Kasap Catholic parish said the church had opened “its doors to every family who has lost a home”.

“This is a time for the whole of Enga to stand together. Tribal differences must be put aside. Our people are suffering and we must help them,” Fr Kiap said.

He said the parish had so far taken in 46 people, mostly women and children, and was appealing for blankets, rice and clean water.

Heavy rain has been falling across the Highlands for the past two weeks, and the provincial disaster office has warned people living on steep slopes to move to safer ground.""",
        [
            ("Part of the mountain just", "Samson Kewa"),
            ("We are asking the villagers", "Samson Kewa"),
            ("We have been digging all", "Pes Yandapu"),
            ("We cannot dig this out", "Joseph Pawasi"),
            ("weather permitting", "spokesman for the National Disaster Centre"),
            ("its doors to every family", "Martin Kiap"),
            ("This is a time for", "Martin Kiap"),
        ],
    ),
    (
        """SUVA

By ELENOA DRAUNA

The Native Foreshore Access Bill 2024 was passed in Parliament last night after a heated debate that saw eight Opposition members walk out of the chamber.

The Bill, which gives iTaukei landowning units the right to charge a fee for commercial access to customary fishing grounds, was passed with 29 votes in favour and none against.

Minister for Fisheries and Forests Semi Tuinadave said the Bill “corrects a historical injustice” and would ensure that resource owners benefit from the use of their qoliqoli.

“For too long, resort operators and commercial fishing companies have used these waters and the owners have received nothing,” Mr Tuinadave told Parliament.

“This Bill does not take anything away from anyone. It simply recognises what has always belonged to the vanua.”

Opposition MP Kalesi Naivalu said the Opposition supported the principle but could not vote for a Bill that had been “rushed through without proper consultation”.

She said the Standing Committee on Natural Resources had received 41 written submissions, most of them from the tourism sector, and that none of the committee's recommendations had been adopted.

“We asked for six months. We were given six weeks. That is not how good law is made,” Ms Naivalu said before leading the walkout.

The Fiji Hotel and Resorts Owners Council said in its written submission that the fee “could add between $15 and $40 per guest per night to operating costs in some outer island resorts”.

Its president, Ravindra Chetty, said yesterday: “We are not against landowners. We are their biggest partners. But investors need certainty, and this Bill creates uncertainty.”

Mr Chetty said the council would seek a meeting with the Minister to discuss how the fees would be set and collected.

In Kadavu, village headman Josefa Bulivou of Nabukelevu welcomed the Bill's passage.

“At last the government is listening to us. Our grandfathers fished these reefs before any hotel came,” he said when contacted.

Mr Tuinadave said regulations setting out the fee structure would be drafted in consultation with the iTaukei Lands Trust Board and industry representatives.

The Bill will come into effect on a date to be announced by the Minister in the Gazette.""",
        [
            ("corrects a historical injustice", "Semi Tuinadave"),
            ("For too long, resort operators", "Semi Tuinadave"),
            ("This Bill does not take", "Semi Tuinadave"),
            ("rushed through without proper consultation", "Kalesi Naivalu"),
            ("We asked for six months.", "Kalesi Naivalu"),
            ("could add between $15 and", "Fiji Hotel and Resorts Owners Council"),
            ("We are not against landowners.", "Ravindra Chetty"),
            ("At last the government is", "Josefa Bulivou"),
        ],
    ),
    (
        """Nuku'alofa, Tonga

The Supreme Court has declared void the election of the People's Representative for Tongatapu 9, Mr Sitani Fonua, after finding that he gave cash to voters in the week before last November's general election.

In a judgment delivered on 14 May, Justice Andrew Pellow found that Mr Fonua had, through his campaign committee, distributed envelopes containing $200 pa'anga to at least nine households in Kolonga.

The petition was brought by the unsuccessful candidate, Mrs Mele Fakatou, who lost the seat by 61 votes.

“I am satisfied beyond reasonable doubt that the Respondent, by his agents and with his knowledge, gave money to electors with the intention of inducing them to vote for him,” Justice Pellow said in his judgment.

“Such conduct strikes at the heart of a free and fair election.”

During the hearing in March, one witness, a Kolonga farmer, told the court that a member of the campaign committee handed him an envelope and told him “this is from Sitani, don't forget him on Thursday”.

Mr Fonua's lawyer, Mr 'Aisake Lolohea, had argued that the money was a customary contribution given at a funeral and “had nothing to do with the election”.

The judge rejected that argument, finding that only two of the nine households had a funeral at the time.

Mr Fonua, speaking outside the court, said he was disappointed and would consider an appeal.

“I respect the court, but I still believe I did nothing wrong. In our culture we help families at a time of death. That is not bribery,” he said.

Mrs Fakatou said she was “relieved and grateful”.

“This was never about me. It was about making sure the people of Tongatapu 9 have an election they can trust,” she said.

Under the Electoral Act, a candidate found guilty of bribery is barred from standing in the by-election.

The Electoral Commission said in a statement it would “announce the date of the by-election in due course” once the appeal period had passed.

It is the second election petition to succeed since the November poll. The Court of Appeal is expected to sit in Nuku'alofa in August.""",
        [
            ("I am satisfied beyond reasonable", "Andrew Pellow"),
            ("Such conduct strikes at the", "Andrew Pellow"),
            ("this is from Sitani,", "member of the campaign committee"),
            ("had nothing to do with", "'Aisake Lolohea"),
            ("I respect the court, but", "Sitani Fonua"),
            ("relieved and grateful", "Mele Fakatou"),
            ("This was never about me.", "Mele Fakatou"),
            ("announce the date of the", "Electoral Commission"),
        ],
    ),
    (
        """MOUNT HAGEN

By ROSE KUMBANO

THE head of the Highlands Gospel Fellowship Church has called on the nation's politicians to “stop treating public money as their own”.

More than 20,000 people gathered at the church's Ambiak mission station outside Mount Hagen on Saturday for the opening of the church's 75th anniversary celebrations.

Church general superintendent Reverend Dr Amos Wakipe said in his sermon that corruption had become “a cancer eating the body of our nation”.

“We are a Christian country. It is written in our Constitution. But what kind of Christian nation steals from its own hospitals and schools?” Dr Wakipe asked.

“I say to our leaders, the church is not here to clap for you. The church is here to remind you that one day you will stand before God and account for every kina.”

His words drew loud applause from the crowd, which included several Members of Parliament and provincial leaders.

Minister for Community Development Jonah Kaiwi, representing the Prime Minister, told the crowd that the Government “takes the concerns of the churches very seriously” and announced a K2 million grant for the church's health and education services.

“The churches run half of the health centres and many of the schools in this country. Without the churches, many of our people would have no services at all,” Mr Kaiwi said.

He said the grant would be paid in two instalments and would be audited.

Among those honoured at the celebrations was Elder Rhoda Mek, 68, one of the first students at the church's Bible school.

“When the missionaries came, we had nothing, not even a road. Now look – we have schools, we have a hospital. God has been faithful,” she said.

Mrs Mek said the young people of the church must carry on the work started by their parents and grandparents.

The Melanesian Council of Christian Churches, in a statement read out during the service, described the anniversary as “a reminder of the role churches have played in nation-building since before Independence”.

The church was founded in 1949 by missionaries who walked in from the coast, and now has more than 300 congregations across the Highlands region.

Celebrations continue until Sunday with a choir festival and the launch of a church history, “Seventy-Five Years on the Mountain”.""",
        [
            ("stop treating public money as", "Amos Wakipe"),
            ("a cancer eating the body", "Amos Wakipe"),
            ("We are a Christian country.", "Amos Wakipe"),
            ("I say to our leaders,", "Amos Wakipe"),
            ("takes the concerns of the", "Jonah Kaiwi"),
            ("The churches run half of", "Jonah Kaiwi"),
            ("When the missionaries came, we", "Rhoda Mek"),
            ("a reminder of the role", "Melanesian Council of Christian Churches"),
        ],
    ),
]
