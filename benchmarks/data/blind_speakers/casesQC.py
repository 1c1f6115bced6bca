CASES = [
    (
        """Kyrgyz opposition alleges fraud as ruling party sweeps regional vote

By Daniyar Osmonov

BISHKEK, March 12 (Reuters) - Kyrgyzstan's ruling Yntymak party won nearly two-thirds of seats in regional council elections held on Sunday, preliminary results showed, as opposition groups alleged ballot stuffing in at least three southern districts.

The Central Election Commission said turnout was 41.3 percent, up from 34 percent at the last local vote in 2021. Its chairwoman, Gulnara Sadykova, told reporters in the capital that the vote had been "calm, orderly and transparent" and that none of the complaints received so far would change the outcome in any district.

"We have checked every signal that came to our hotline," Sadykova said. "Where there were violations, we have sent the materials to the prosecutor's office."

The opposition Birimdik-Adilet bloc said its observers had seen ballot boxes carried out of polling stations in the town of Kyzyl-Bulak and in two villages of Aksy-Tash district, and that some voters had been bussed between precincts.

"What we saw yesterday was not an election, it was a rehearsal for the presidential vote," Bakyt Toktogulov, the bloc's deputy leader, said at a news conference. "They are testing how far they can go before anyone stops them."

Toktogulov said the bloc would challenge the results in at least 14 precincts in court, although he conceded that judges had rarely ruled against the authorities in recent electoral disputes.

A spokesman for the presidential administration declined to comment on the specific allegations, saying only that the head of state "respects the choice of the voters and expects the law to be applied equally to everyone."

The Bishkek-based monitoring group Taza Shailoo, which deployed around 900 observers, said in a preliminary statement that voting was "generally well administered" in most precincts it visited. But it also pointed to "persistent pressure on public sector employees," including teachers and doctors who it said had been told to photograph their ballots.

A Western diplomat in Bishkek, who asked not to be named because he was not authorized to speak to the media, said: "The technical side of the vote was better than in 2021. The environment around it was noticeably worse."

Kyrgyzstan, once seen as the most politically open country in Central Asia, has tightened controls on media and civil society in recent years. Rights groups say several opposition politicians have been jailed on charges they describe as politically motivated, which the government denies.

The new regional councils will sit for five years and approve local budgets. A presidential election is due next January.

(Reporting by Daniyar Osmonov; Writing by Anna Keller; Editing by Tom Harwell)""",
        [
            ("calm, orderly and transparent", "Gulnara Sadykova"),
            ("We have checked every signal", "Gulnara Sadykova"),
            ("Where there were violations, we", "Gulnara Sadykova"),
            ("What we saw yesterday was", "Bakyt Toktogulov"),
            ("They are testing how far", "Bakyt Toktogulov"),
            ("respects the choice of the", "spokesman"),
            ("generally well administered", "Taza Shailoo"),
            ("persistent pressure on public sector", "Taza Shailoo"),
            ("The technical side of the", "Western diplomat in Bishkek"),
        ],
    ),
    (
        """Kazakhstan: Reporter’s trial opens behind closed doors

Aigerim Zhaksylykova Mar 4, 2025

The trial of an investigative journalist accused of spreading false information about a regional governor opened on March 3 in the western Kazakh city of Oraltobe – behind closed doors, at the request of prosecutors.

Serik Nurpeisov, 38, editor of the independent news site Dala Habar, faces up to five years in prison if convicted. He was detained in November after publishing a series of articles alleging that relatives of the Zhaiyk region’s governor, Marat Iskakov, had won contracts worth more than 4 billion tenge ($8 million) to repair village roads that were never built.

Judge Almagul Temirova agreed to close the hearing after prosecutor Nurlan Beisenov argued that the case involved “personal data of third parties.” Nurpeisov’s lawyer, Yerlan Kaliyev, called the decision “a convenient way to keep the public from seeing how weak the evidence is.”

“My client did what journalists are supposed to do. He asked questions, he requested documents, and he published what he found,” Kaliyev told Eurasianet by telephone after the first session. “If any of it was wrong, the governor had every right to demand a correction. Instead, he went to the police.”

Iskakov’s office did not respond to a request for comment. In a statement issued shortly after Nurpeisov’s arrest, the Zhaiyk regional administration said the articles contained “deliberately false information aimed at discrediting state bodies” and that the governor had “no connection whatsoever” to the companies named.

The case has drawn criticism from media rights groups. Tamara Sultanbekova, director of the Almaty-based foundation Erkin Soz, said the false-information article of the criminal code had become “the tool of choice for officials who don’t like what they read about themselves.”

“Five years ago, a governor would sue for defamation in a civil court. Now he files a criminal complaint, and the journalist ends up in a detention center before anyone has examined the facts,” she said.

According to Erkin Soz, at least 11 journalists and bloggers were prosecuted under the article in 2024, compared with four in 2021. Most received suspended sentences or restrictions on their freedom of movement, but two were jailed.

Kazakh authorities insist the law is needed to fight disinformation, which they say spread widely on social networks during the unrest of recent years. Speaking to parliament in February, Information Minister Dauren Abilov said the state “does not prosecute anyone for criticism,” but that “freedom of speech does not mean freedom to lie.”

Nurpeisov’s colleagues say the newsroom of Dala Habar, which has six staff, has continued to publish, though two advertisers have withdrawn since the arrest. “We get calls every week asking whether we are still open,” said deputy editor Aliya Mukhtarova. “We are. But everybody is looking over their shoulder.”

The next hearing is scheduled for March 17.""",
        [
            ("personal data of third", "Nurlan Beisenov"),
            ("a convenient way to keep", "Yerlan Kaliyev"),
            ("My client did what journalists", "Yerlan Kaliyev"),
            ("If any of it was", "Yerlan Kaliyev"),
            ("deliberately false information aimed at", "Zhaiyk regional administration"),
            ("no connection whatsoever", "Zhaiyk regional administration"),
            ("the tool of choice for", "Tamara Sultanbekova"),
            ("Five years ago, a governor", "Tamara Sultanbekova"),
            ("does not prosecute anyone for", "Dauren Abilov"),
            ("freedom of speech does not", "Dauren Abilov"),
            ("We get calls every week", "Aliya Mukhtarova"),
            ("We are. But everybody is", "Aliya Mukhtarova"),
        ],
    ),
    (
        """Georgian court jails opposition activist for two years over protest clashes

A court in Tbilisi has sentenced opposition activist Levan Beridze to two years in prison over clashes outside parliament last spring, a ruling his supporters described as revenge for his role in organising the protests.

Judge Nino Kvaratskhelia of Tbilisi City Court found Beridze, 29, a member of the opposition Civic Front party, guilty on 14 February of "group violence" for allegedly pushing through a police cordon during a rally against amendments to the Electoral Code. Prosecutors had asked for four years.

Speaking from the defendant's glass box after the verdict was read, Beridze told journalists that he did not regret taking part in the rally. "I was standing there with my hands up. Everyone saw it, the cameras saw it, and the judge decided not to see it," he said.

His lawyer, Tamar Gogoladze, said the defence would appeal. According to Gogoladze, the prosecution's case rested almost entirely on the testimony of three police officers, while video footage submitted by the defence was "simply ignored by the court".

"There is not a single frame showing my client touching anyone," she told OC Media. "If this is enough for a prison sentence, then any person standing at any protest can be next."

The Prosecutor's Office said in a statement that the verdict was "based on a comprehensive body of evidence", and that the right to protest "does not extend to attacks on law enforcement officers".

Civic Front leader Davit Japaridze called the ruling "a message to every young person who is thinking about going out onto the street". He said the party would hold a rally outside the court on Sunday.

The case is one of more than a dozen brought against participants of the spring protests. Seven people have already been convicted, four of whom received prison terms.

Justice Watch Georgia, a Tbilisi-based legal aid group that has monitored the trials, said in a report published last week that courts had accepted police testimony "without critical examination" in every case it had observed, and that not a single police officer had been charged over the use of force during the dispersals.

Journalists were also affected by the clashes. At least six reporters were injured, among them Salome Chikovani, a camera operator for the online channel Eteri TV, who was hit with a baton while filming near the parliament building.

Chikovani, who attended the verdict, said she was still waiting for investigators to question the officer who struck her. "They found the time to prosecute Levan in eight months. In my case, nobody has even called me," she said.

The Interior Ministry has said the investigation into attacks on journalists is ongoing.""",
        [
            ("I was standing there with", "Levan Beridze"),
            ("simply ignored by the court", "Tamar Gogoladze"),
            ("There is not a single", "Tamar Gogoladze"),
            ("If this is enough for", "Tamar Gogoladze"),
            ("based on a comprehensive body", "Prosecutor's Office"),
            ("does not extend to attacks", "Prosecutor's Office"),
            ("a message to every young", "Davit Japaridze"),
            ("without critical examination", "Justice Watch Georgia"),
            ("They found the time to", "Salome Chikovani"),
        ],
    ),
    (
        """Azerbaijan court jails five journalists from independent news site

Baku (AFP) - A court in Azerbaijan on Tuesday sentenced five journalists from an independent investigative outlet to between seven and nine years in prison on currency smuggling charges that media rights groups say were fabricated.

The Baku Grave Crimes Court handed the longest sentence, nine years, to Ilkin Mammadli, director of the news site Sesgah Media, which had published investigations into the business interests of senior officials and their families. Four of his colleagues, including two women, received terms of seven to eight and a half years.

Prosecutors accused the journalists of bringing undeclared cash into the country from abroad as part of an organised criminal group, an accusation all five denied.

"Our only crime is journalism," Mammadli said in his final statement to the court last week, according to a transcript released by his lawyers. "Every manat you claim we smuggled was a grant that paid for our reporting, and everyone in this room knows it."

The defendants were led out of the courtroom in handcuffs as relatives shouted their names. The mother of one of the jailed reporters, who asked that her name not be published for fear of reprisals, told AFP outside the court that she had "expected nothing else".

"They decided everything a year ago. Today was just theatre," she said.

Azerbaijan's foreign ministry rejected criticism of the case. "The individuals concerned were convicted for criminal offences unrelated to their professional activity," ministry spokesman Rashad Gasimov said in a statement. "Attempts by foreign actors to interfere in the independent judiciary of Azerbaijan are unacceptable."

The verdict drew swift condemnation abroad. Reporters' Rights Watch, a Vienna-based press freedom group, called the sentences "a new low" for the country and urged its European partners to raise the case during energy talks.

"Azerbaijan now holds more journalists behind bars than at any time since independence," said Clara Hoffmeister, who heads the group's Europe and Central Asia desk. "Gas deals cannot come at the price of silence."

According to local rights defenders, more than 25 journalists are currently in detention in Azerbaijan, most of them arrested since late 2023. Authorities in Baku insist there are no political prisoners in the country.

Mammadli's lawyer, Elchin Huseynov, said his client would appeal. "We will go to the appeals court and, if necessary, to Strasbourg," he told AFP. "We do not expect justice here, but we want the record to be complete."

Sesgah Media, which stopped publishing from Baku after the arrests, has continued to post occasional reports prepared by contributors abroad.""",
        [
            ("Our only crime is journalism", "Ilkin Mammadli"),
            ("Every manat you claim we", "Ilkin Mammadli"),
            ("expected nothing else", "mother of one of the jailed reporters"),
            ("They decided everything a year", "mother of one of the jailed reporters"),
            ("The individuals concerned were convicted", "Rashad Gasimov"),
            ("Attempts by foreign actors to", "Rashad Gasimov"),
            ("a new low", "Reporters' Rights Watch"),
            ("Azerbaijan now holds more journalists", "Clara Hoffmeister"),
            ("Gas deals cannot come at", "Clara Hoffmeister"),
            ("We will go to the", "Elchin Huseynov"),
            ("We do not expect justice", "Elchin Huseynov"),
        ],
    ),
    (
        """Tajik Blogger Sentenced To 10 Years After Deportation From Russia

DUSHANBE -- A court in Tajikistan has sentenced a blogger who was deported from Russia last year to 10 years in prison on charges of extremism and calling for the overthrow of the constitutional order, his relatives say.

Firuz Sharipov, 34, who ran a popular YouTube channel criticizing local officials in his native Isfara-Bolo district, was convicted by the Supreme Court in a closed trial on April 8, his brother, Jamshed Sharipov, told RFE/RL’s Tajik Service.

“Nobody from the family was allowed inside. We learned about the verdict from a court employee who whispered it to us in the corridor,” Jamshed Sharipov said. “My brother never called for violence. He talked about bad roads and corrupt officials.”

Sharipov was detained in the Russian city of Yekaterinburg in October and deported to Tajikistan weeks later, despite having applied for asylum in Russia. Rights groups had warned that he faced a risk of torture if returned.

Prosecutors accused him of links to Vahdat, a Europe-based opposition movement that Dushanbe banned as extremist in 2018. In a brief statement on its website, the Prosecutor-General’s Office said Sharipov had “systematically disseminated materials aimed at undermining the constitutional order” and had received funding from “foreign centers hostile to Tajikistan.” The statement did not name the centers.

Vahdat’s leader, Sulton Nazarov, who lives in exile in Poland, denied that Sharipov had ever been a member. “He was never with us. He was simply a young man with a camera and a conscience, and that is apparently enough to be called an extremist in Tajikistan today,” Nazarov told RFE/RL.

The case is the latest in a string of prosecutions of critics returned to Tajikistan from Russia and other countries, often shortly after their arrest. Relatives of several of them say they were held incommunicado for weeks before their families were informed.

Few lawyers in the country are willing to represent defendants in such cases. “Lawyers in Tajikistan are reluctant to take such cases,” said a Dushanbe-based lawyer who spoke on condition of anonymity, citing fear of losing his license. “The last colleague who defended a political client is now in prison himself.”

Svetlana Korneva, a lawyer with the Moscow-based migrant rights group Sodeistvie, said Russian authorities had ignored a request from the UN Human Rights Committee to halt the deportation while Sharipov’s asylum claim was pending. “This was not an accident. It has become a routine practice,” she said, adding that at least nine Tajik citizens with pending asylum claims had been sent home since January.

Tajikistan is consistently ranked among the world’s most repressive environments for journalists by media watchdogs, and virtually all independent outlets in the country have closed over the past decade.

Tajik officials did not respond to RFE/RL’s requests for comment.""",
        [
            ("Nobody from the family was", "Jamshed Sharipov"),
            ("My brother never called for", "Jamshed Sharipov"),
            ("systematically disseminated materials aimed", "Prosecutor-General’s Office"),
            ("foreign centers hostile to Tajikistan", "Prosecutor-General’s Office"),
            ("He was never with us", "Sulton Nazarov"),
            ("Lawyers in Tajikistan are reluctant", "Dushanbe-based lawyer"),
            ("The last colleague who defended", "Dushanbe-based lawyer"),
            ("This was not an accident", "Svetlana Korneva"),
        ],
    ),
    (
        """Constitutional Court upholds media law, journalists to appeal to UN

BISHKEK (AKIpress) - The Constitutional Court of Kyrgyzstan on Wednesday, June 18, recognized the law "On Mass Media" as consistent with the Constitution, rejecting a petition filed by a group of journalists and lawyers.

The petition was filed in January by 12 applicants, including editors of several online publications. They argued that the mandatory registration of websites as media outlets and the right of the authorized ministry to suspend publications without a court decision violate freedom of speech guaranteed by the Constitution.

Judge-rapporteur Kanat Abdyrakhmanov announced the decision: "The contested norms do not restrict the content of publications and pursue a legitimate aim of ensuring the accountability of media outlets to society."

According to the court, the provisions on suspension of publications "are subject to judicial review" and therefore "cannot be considered arbitrary."

Representative of the Ministry of Culture, Information and Youth Policy Aizada Mamytova said at the hearing that the registration procedure is "simple and free of charge." "More than 1,400 media outlets have already passed re-registration. There were no refusals on political grounds," she stressed.

Lawyer of the applicants Nurbek Sydykov said the decision was expected. "We exhausted all national remedies. Now we will send a communication to the UN Human Rights Committee," he told journalists after the hearing.

Editor-in-chief of the online publication Ordo.kg Elvira Asanalieva recalled that her publication was blocked for two months last year: "Nobody explained to us what exactly was wrong. We learned about the blocking from our readers."

The Journalists' Alliance of Kyrgyzstan public foundation said in a statement that the decision "legalizes censorship in the country" and deprives small regional media of the opportunity to work.

"The court has in fact legalized the possibility of closing any website by a decision of an official. This is a step back for the entire country," the statement says.

Recall, the law "On Mass Media" was signed by the President in August 2024. It obliges all online publications to register with the ministry, and foreign persons are prohibited from owning more than 35 percent of a media outlet. Media outlets that did not pass re-registration by the deadline are considered to have ceased their activities.

International organizations and local media experts earlier expressed concern about several provisions of the law, including vague grounds for suspending publications. The authorities stated that the norms had been brought in line with international practice.""",
        [
            ("The contested norms do not", "Kanat Abdyrakhmanov"),
            ("are subject to judicial review", "Constitutional Court of Kyrgyzstan"),
            ("cannot be considered arbitrary", "Constitutional Court of Kyrgyzstan"),
            ("simple and free of charge", "Aizada Mamytova"),
            ("More than 1,400 media outlets", "Aizada Mamytova"),
            ("We exhausted all national remedies", "Nurbek Sydykov"),
            ("Nobody explained to us what", "Elvira Asanalieva"),
            ("legalizes censorship in the country", "Journalists' Alliance of Kyrgyzstan"),
            ("The court has in fact", "Journalists' Alliance of Kyrgyzstan"),
        ],
    ),
    (
        """Armenian mayoral vote ends in stand-off as both camps claim victory

By Lilit Hovhannisyan in Yerevan

A mayoral election in the northern Armenian city of Ayrivan has ended in a bitter dispute, with the ruling party's candidate and a popular independent both declaring themselves the winner and the local election commission delaying its final count.

Preliminary figures published on Monday gave Arman Petrosyan, the candidate of the governing Civic Progress party, 49.6 per cent, narrowly short of the majority needed to avoid a run-off. His main rival, the former school director Karine Sargsyan, won 44.1 per cent, according to the same figures.

Sargsyan's campaign said more than 600 ballots cast for her had been wrongly declared invalid at four polling stations. Speaking to supporters in the central square on Monday evening, she said: 'We are not asking for favours. We are asking for the ballots to be counted the way the law says they must be counted.'

She added: 'If the commission does its job honestly, there will be a second round, and we will win it.'

Petrosyan, a former deputy mayor, dismissed the complaints as 'noise from people who cannot accept defeat'. In a post on his Facebook page, he wrote that the city 'has made its choice' and urged his opponents to respect it.

The head of the territorial electoral commission, Hovhannes Grigoryan, told reporters the recount requested by the opposition would be completed by Thursday. 'We have nothing to hide. Every bag will be opened in front of observers and journalists,' he said.

The dispute has been closely watched in Yerevan, where opposition parties have accused the government of using administrative resources in local elections, a charge ministers reject.

A senior official in the ruling party, who spoke on condition of anonymity because he was not authorised to comment, said the leadership was 'not in the least worried' about the outcome. 'Even if there is a second round, Petrosyan has the numbers,' the official said.

Independent observers were more cautious. Anahit Melkonyan, who coordinated a team of 40 monitors for the Yerevan-based Transparent Ballot Initiative, said her group had recorded 'serious but not systematic' irregularities, including cases of voters being accompanied into polling booths.

'It would be wrong to say the result was stolen. It would also be wrong to say the process was clean,' she said.

'What we saw in Ayrivan is a pattern we have seen before: a city where the mayor's office is the biggest employer, and where people understand very well what is expected of them on election day.

'The recount is the minimum. What is really needed is a serious investigation into pressure on municipal workers.'

The final result is expected by the end of the week. If a run-off is required, it will be held on 21 October.""",
        [
            ("We are not asking for", "Karine Sargsyan"),
            ("If the commission does its", "Karine Sargsyan"),
            ("noise from people who cannot", "Arman Petrosyan"),
            ("has made its choice", "Arman Petrosyan"),
            ("We have nothing to hide", "Hovhannes Grigoryan"),
            ("not in the least worried", "senior official in the ruling party"),
            ("Even if there is a", "senior official in the ruling party"),
            ("serious but not systematic", "Anahit Melkonyan"),
            ("It would be wrong to", "Anahit Melkonyan"),
            ("What we saw in Ayrivan", "Anahit Melkonyan"),
            ("The recount is the minimum", "Anahit Melkonyan"),
        ],
    ),
    (
        """Uzbek court shuts down private TV channel after election coverage

TASHKENT, Uzbekistan (AP) — A court in Uzbekistan on Friday revoked the broadcasting license of one of the country's few privately owned television channels, weeks after it aired interviews with voters critical of the government ahead of parliamentary elections.

The Tashkent Inter-District Economic Court ruled in favor of the state Agency for Information and Mass Communications, which had accused Zamon TV of repeatedly violating licensing rules, including by broadcasting "unverified information about the election" during the campaign.

Oltin Vodiy Media Group, the Samarkand-based company that owns Zamon TV, said it would appeal. "We consider this decision to be unlawful and politically motivated," the company said in a statement posted on its Telegram channel. "Our journalists did nothing more than give ordinary citizens a chance to speak."

The dispute centers on a series of street interviews broadcast in the two weeks before the March vote, in which residents of the Ferghana Valley complained about power outages, unpaid wages and the rising cost of living.

The agency did not respond to a request for comment from The Associated Press. Its deputy director, Shukhrat Rakhimov, told state television last month that the channel had been warned "at least five times" and that the case "has nothing to do with freedom of speech."

"The law is the same for everyone. If a channel breaks the rules again and again, the state is obliged to respond," Rakhimov said.

Parties loyal to the president won all seats in the March elections, as expected; no genuine opposition party was allowed to register. An observer mission from the European Democracy Monitoring Network said afterward that the vote "lacked genuine competition and real choice" despite being technically well organized.

Zamon TV's chief editor, Dilnoza Yusupova, said about 80 staff would lose their jobs if the ruling stands. "People here are scared," she told the AP by phone from Samarkand. "Many of our reporters have already been asked by relatives to find a safer profession."

A reporter at the channel, who asked not to be named because she feared retaliation, said pressure on the newsroom had grown during the campaign. "Every day someone from the regional administration called to ask what we were going to air," she said.

Uzbekistan eased some restrictions on the media after 2016, allowing bloggers and a handful of private outlets to cover social problems more openly, but press freedom groups say that progress has stalled.

"There was a window for a few years, and it is closing," said Farrukh Ismoilov, an Uzbek media analyst based in Berlin. "Zamon was one of the last places on television where you could hear a critical voice."

The appeal is expected to be heard next month. Until then, the channel has been ordered to stop broadcasting.""",
        [
            ("unverified information about the election", "Agency for Information and Mass Communications"),
            ("We consider this decision to", "Oltin Vodiy Media Group"),
            ("Our journalists did nothing more", "Oltin Vodiy Media Group"),
            ("at least five times", "Shukhrat Rakhimov"),
            ("has nothing to do with", "Shukhrat Rakhimov"),
            ("The law is the same", "Shukhrat Rakhimov"),
            ("lacked genuine competition and real", "European Democracy Monitoring Network"),
            ("People here are scared", "Dilnoza Yusupova"),
            ("Many of our reporters have", "Dilnoza Yusupova"),
            ("Every day someone from the", "reporter at the channel"),
            ("There was a window for", "Farrukh Ismoilov"),
            ("Zamon was one of the", "Farrukh Ismoilov"),
        ],
    ),
]
