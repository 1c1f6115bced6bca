CASES = [
    (
        """Polish justice minister moves to sideline hundreds of judges appointed under previous government

Agata Sroka
14 October 2025

Poland’s justice minister, Tomasz Wierzbicki, has presented draft legislation that would remove more than 1,200 judges from adjudicating until their appointments are re-examined, a move he says is needed to restore the rule of law but which critics warn could paralyse the courts.

The judges in question were appointed on the recommendation of the Judicial Appointments Council (RNS) after it was overhauled in 2018 by the then ruling National Accord (ZN) party. European courts have since ruled that the reformed council is not independent.

“We cannot build a state governed by law on foundations that the European courts have said are rotten,” Wierzbicki told a press conference in Warsaw on Monday. “Every day we delay, more verdicts are issued that could later be challenged.”

Under the draft, judges appointed since 2018 would be returned to their previous posts or would have to reapply through a newly constituted council. Those who had never served as judges before their appointment would lose their positions altogether.

The proposal drew a sharp response from Halina Zaremba-Kos, the first president of the Supreme Court, who was herself appointed under the previous system. In a letter to the speaker of the Sejm, she described the bill as “an unconstitutional purge dressed up as a repair” and warned that it would “throw tens of thousands of pending cases into limbo”.

“No democratic state has ever dismissed a fifth of its judiciary by ordinary statute,” she wrote. “The minister is doing exactly what he accused his predecessors of doing.”

ZN, now the largest opposition party, said it would ask President Marek Olszowski to veto the bill. Olszowski, who is aligned with the opposition, has blocked several of the government’s justice reforms since taking office in August.

“The president will read the bill carefully, but he has been clear that he will not sign anything that allows politicians to decide which judges are acceptable,” Olszowski’s chief of staff, Karolina Mazur-Dąbek, told the Radio Centrum station.

Judges’ associations are divided. “Our members have waited six years for someone to take this problem seriously,” said Piotr Gawlik, a district court judge in Kraków and spokesman for the Lex Publica association. “But the method matters. If this is done badly, it will be reversed in four years and we will be back where we started.”

Ewa Lipińska, a constitutional law professor at the University of Wrocław, said the government was right to seek a legislative solution rather than acting by ministerial decree. But she questioned whether the bill could survive. “Without the president’s signature, this is a statement of intent, not a law,” she said.

A senior official in the justice ministry, speaking on condition of anonymity, acknowledged that a veto was likely. “We know the arithmetic,” the official said. “But we want voters to see clearly who is standing in the way.”""",
        [
            ("We cannot build a state", "Tomasz Wierzbicki"),
            ("Every day we delay,", "Tomasz Wierzbicki"),
            ("an unconstitutional purge dressed up", "Halina Zaremba-Kos"),
            ("throw tens of thousands of", "Halina Zaremba-Kos"),
            ("No democratic state has ever", "Halina Zaremba-Kos"),
            ("The minister is doing exactly", "Halina Zaremba-Kos"),
            ("The president will read the", "Karolina Mazur-Dąbek"),
            ("Our members have waited six", "Piotr Gawlik"),
            ("But the method matters.", "Piotr Gawlik"),
            ("Without the president’s signature,", "Ewa Lipińska"),
            ("We know the arithmetic,", "senior official in the justice ministry"),
            ("But we want voters to", "senior official in the justice ministry"),
        ],
    ),
    (
        """Constitutional Court scraps cap on campaign spending by civic groups

Jakub Horák

The Constitutional Court in Brno on Tuesday struck down a provision of the election law that limited how much money independent groups could spend on campaigning ahead of parliamentary elections, saying it placed a disproportionate burden on freedom of expression.

The complaint was filed by a group of 21 senators led by Vladimír Kopecký of the Mayors for the Regions movement. They argued that the cap, set at CZK 500,000 for so-called registered third parties, effectively silenced civic initiatives while leaving political parties free to spend tens of millions.

Reading out the verdict, judge rapporteur Lenka Šimůnková said the legislature had every right to regulate campaign financing but had failed to explain why the limit was set so low. "The state may protect the fairness of elections, but it may not do so by making it practically impossible for citizens to join the debate," she said. "A limit that a single billboard campaign in Prague exceeds is not a limit, it is a ban."

The court gave parliament until the end of June next year to adopt new rules. Until then, the existing cap will remain in force.

Kopecký welcomed the verdict, telling reporters outside the court building that it was "a good day for anyone who believes that elections do not belong only to political parties". He said the senators would offer to help the Interior Ministry draft a new version of the law.

The Interior Ministry said in a statement that it respected the decision and would prepare an amendment "in the coming months". "The ministry will propose a solution that protects elections from anonymous money while respecting the court's reasoning," the statement said.

Not everyone was pleased. Martin Bednář, who chairs the lower house's constitutional committee, said he feared the decision could open the door to money from abroad. "We will now see groups with funds from who knows where pouring them into our campaigns, and nobody will be able to stop it," he said on Tuesday afternoon.

Eliška Marková of the watchdog group Open Ballot said the ruling was understandable, but that any new law should focus on transparency rather than on limits. "We have no problem with civic groups spending money. We have a problem with not knowing whose money it is," she said.

Three of the court's fifteen judges attached dissenting opinions to the ruling. One of them, Ondřej Hůla, wrote that the majority had "underestimated the risk" that third-party campaigns could be used by parties to get around their own spending limits.

The next elections to the Chamber of Deputies are due in the autumn of next year.""",
        [
            ("The state may protect the", "Lenka Šimůnková"),
            ("A limit that a single", "Lenka Šimůnková"),
            ("a good day for anyone", "Vladimír Kopecký"),
            ("in the coming months", "Interior Ministry"),
            ("The ministry will propose a", "Interior Ministry"),
            ("We will now see groups", "Martin Bednář"),
            ("We have no problem with", "Eliška Marková"),
            ("underestimated the risk", "Ondřej Hůla"),
        ],
    ),
    (
        """Former Kostelec Mayor Gets Suspended Sentence In Sports Hall Tender Case

Brno, 6 November (BD) – The Regional Court in Brno on Thursday handed a three-year suspended sentence to Bohumil Staněk, the former mayor of Kostelec nad Oslavou, for manipulating a public tender for the construction of a municipal sports hall.

According to the court, Staněk steered the CZK 48 million contract to a construction firm owned by his brother-in-law, Radim Sýkora, by passing him information about competing bids before the deadline. In addition to the suspended sentence, Staněk was fined CZK 400,000 and banned from holding public office for five years.

"The defendant acted as though the town's money was his own to distribute," presiding judge Alena Machalová said when announcing the verdict. "He knew exactly what the rules were, and he chose to ignore them."

Staněk, who has denied wrongdoing throughout the proceedings, said he would appeal. "I built a hall that the children of this town use every day. If that is a crime, then I am guilty," he told journalists after the hearing.

His lawyer, Marek Wolf, said the court had relied on "circumstantial evidence and the testimony of a witness with a personal grudge", referring to a former town hall employee who testified against the ex-mayor.

Sýkora received a two-year suspended sentence, while his company, SK Stavby Třebíč, was fined CZK 2 million. The company said in a statement that it "disagrees with the verdict and its reasoning" and was considering an appeal.

The prosecution had sought an unconditional prison term of four years for Staněk. State prosecutor Tomáš Lukeš said he had not yet decided whether to appeal. "We will study the written verdict and then decide," he said.

The case began in 2021 after a complaint by opposition councillor Dana Pokorná, who noticed that the winning bid was lower than the second-best offer by just CZK 9,000.

"For four years people told me to let it go, that this is how things are done in small towns," Pokorná told Brno Daily. "Today the court said it is not how things should be done."

Staněk was first elected in 2014 on the ticket of the local movement Kostelec Together and later joined the regional leadership of the Moravian Union party. The party suspended his membership in 2021. Its regional chairman, Libor Hanák, said on Thursday that the suspension would remain in place until the verdict becomes final. According to Hanák, the party "does not prejudge anything, but expects its members to meet higher standards than the law requires".

The sports hall, which opened in 2020, is used by local schools and the town's handball club. The verdict is not yet final.""",
        [
            ("The defendant acted as though", "Alena Machalová"),
            ("He knew exactly what the", "Alena Machalová"),
            ("I built a hall that", "Bohumil Staněk"),
            ("circumstantial evidence and the testimony", "Marek Wolf"),
            ("disagrees with the verdict and", "SK Stavby Třebíč"),
            ("We will study the written", "Tomáš Lukeš"),
            ("For four years people told", "Dana Pokorná"),
            ("Today the court said it", "Dana Pokorná"),
            ("does not prejudge anything, but", "Libor Hanák"),
        ],
    ),
    (
        """Constitutional Court Upholds Law on Foreign Funding of Civil Organizations

by Bence Halmi

Hungary’s Constitutional Court has rejected a petition by 52 opposition lawmakers who argued that the so-called transparency law, which requires civil organizations receiving more than HUF 7.2 million a year from abroad to disclose their donors, violates the freedom of association.

In its decision published on Wednesday, the court found that the registration requirement “pursues a legitimate aim” and does not prevent organizations from carrying out their activities.

Government Spokesperson Zsófia Keresztes said the ruling confirmed what the government had argued from the very beginning. “Hungarian voters have the right to know who is financing organizations that want to influence Hungarian politics,” Keresztes told public media on Wednesday morning. “This is not about restricting anyone, it is about transparency, which the opposition usually claims to value so much.”

The petition was initiated by the opposition Renewal Party (Megújulás Párt). Its parliamentary group leader, Ádám Szénási, called the decision “disappointing but not surprising,” pointing out that eleven of the court’s fifteen judges were elected with the votes of the governing majority.

“The Constitutional Court has once again proven that it is not a counterweight to the government but an extension of it,” Szénási wrote on Facebook. He added that the party would now turn to the European Court of Human Rights in Strasbourg.

According to the ruling, the law’s disclosure requirements are “comparable to those in force in several EU member states,” and any sanctions imposed under it can be challenged before ordinary courts.

Two judges attached dissenting opinions to the decision. Constitutional judge Katalin Fehérvári wrote that the definition of foreign funding in the law was “so broad that it captures a village choir receiving a grant from its twin town in Austria.”

The Alliance for Civic Rights, one of the organizations affected by the law, said in a statement that the ruling “legitimizes the stigmatization of civil society.” Its director, Réka Ungvári, said however that the organization had no plans to stop accepting grants from abroad.

“We will register, because the law requires it, and we will keep doing our work,” Ungvári told Hungary Today. “Our donors are public anyway. We publish them every year in our annual report.”

Lőrinc Kasza, deputy chairman of the governing National Alliance, said in Parliament on Thursday that the opposition had “once again run to Brussels and Strasbourg when it lost at home.” He called on the Renewal Party to disclose its own foreign contacts.

The transparency law was adopted last June with the votes of the governing parties. Under its provisions, organizations must register within 30 days of exceeding the threshold, and those failing to do so may face fines of up to HUF 3 million.""",
        [
            ("pursues a legitimate aim", "Constitutional Court"),
            ("Hungarian voters have the right", "Zsófia Keresztes"),
            ("This is not about restricting", "Zsófia Keresztes"),
            ("disappointing but not surprising,", "Ádám Szénási"),
            ("The Constitutional Court has once", "Ádám Szénási"),
            ("comparable to those in force", "Constitutional Court"),
            ("so broad that it captures", "Katalin Fehérvári"),
            ("legitimizes the stigmatization of civil", "Alliance for Civic Rights"),
            ("We will register, because the", "Réka Ungvári"),
            ("Our donors are public anyway.", "Réka Ungvári"),
            ("once again run to Brussels", "Lőrinc Kasza"),
        ],
    ),
    (
        """Court tells minister to tolerate criticism, dismisses lawsuit against investigative journalist

The Budapest-Capital Regional Court on Monday dismissed a lawsuit filed by Minister for Regional Development Tibor Halasi against journalist Nóra Szilágyi and the investigative portal Vizsla.hu.

In an article published in March, Szilágyi reported that a company co-owned by the minister's father-in-law had won EU-funded road resurfacing contracts worth HUF 9 billion in eastern Hungary over three years, most of them in tenders with a single bidder. Halasi sued for defamation, demanding a correction and HUF 5 million in damages, and claimed the article falsely suggested he had influenced the tenders.

"A politician who oversees the distribution of billions in public money must accept that journalists will ask whose companies end up receiving it," Judge Kinga Borsos said in the oral justification of the ruling.

She noted that the article had been based on public procurement data and that Szilágyi had sought comment from the ministry before publication. "The press did not claim that the minister committed a crime. It asked questions, and asking questions is its job."

Halasi's lawyer, Zoltán Mérei, said his client would appeal. "My client's reputation has been damaged by insinuations, and the court has effectively said that insinuation is fine as long as it is phrased as a question," Mérei told reporters in the corridor of the court.

The ministry did not respond to our request for comment by the time of publication.

In a post on Vizsla's website, Szilágyi wrote that the verdict was "a relief, but not a victory." "In a normal country, a minister would not sue a journalist for publishing tender results," she wrote. "He would explain them."

The lawsuit is one of dozens filed by Hungarian politicians and businesspeople against independent media in recent years. The Central European Media Freedom Centre, a Vienna-based monitoring group, counted 37 such cases in Hungary last year alone, most of which ended in favor of the journalists.

"These cases are rarely about winning in court," said a researcher at the centre, who asked not to be named because she travels to Hungary regularly for her work. "They are about making every editor think twice before the next story. Even a lawsuit you win costs you months of time and a lot of money."

Vizsla.hu, which is funded mainly by reader donations, said it had spent around HUF 1.8 million on legal fees in the case so far. The first-instance ruling is not final; the appeal will be heard by the Budapest Court of Appeal.""",
        [
            ("A politician who oversees the", "Kinga Borsos"),
            ("The press did not claim", "Kinga Borsos"),
            ("My client's reputation has been", "Zoltán Mérei"),
            ("a relief, but not a", "Nóra Szilágyi"),
            ("In a normal country, a", "Nóra Szilágyi"),
            ("He would explain them.", "Nóra Szilágyi"),
            ("These cases are rarely about", "researcher at the centre"),
            ("They are about making every", "researcher at the centre"),
        ],
    ),
    (
        """Former security chief refuses to answer questions before Sejm surveillance inquiry

Michał Kowalczyk

The former head of Poland's Internal Security Bureau (BBW) on Tuesday declined to answer most questions put to him by a parliamentary commission investigating the use of surveillance software against politicians, lawyers and journalists between 2017 and 2022.

Władysław Kuriata, who ran the bureau for five years, read out a short statement at the start of the hearing and then invoked his right to remain silent, citing an ongoing prosecutors' investigation in which he has the status of a suspect.

"I have always acted within the law and on the basis of court orders," Kuriata said. "Every operation I approved was approved by a judge before it began.

"I will not take part in a political spectacle whose conclusions were written before the first witness was called."

The commission's chairwoman, Magdalena Wrzos of the ruling Forward Poland party, said the members had prepared more than 60 questions for the witness. "The witness is free to remain silent, but the public will draw its own conclusions," she said.

Wrzos later told reporters that the commission would ask the prosecutor's office to examine whether Kuriata had committed an offence by refusing to testify on matters not covered by the investigation against him.

Opposition members of the commission left the room before the end of the session. "This commission is a tool of revenge," said Krzysztof Lis, an MP from the National Accord party. "They are not looking for the truth. They are looking for headlines."

The commission has so far heard from 23 witnesses, including three people who say their phones were hacked. One of them, Kraków lawyer Barbara Ostrowska, who has represented several opposition politicians, watched Tuesday's hearing from the public gallery. Her verdict was blunt: "He had five years to explain himself to the public and chose not to. Nothing has changed."

According to documents obtained by the commission, the software, known as Kestrel, was bought in 2017 from a foreign supplier for around 25 million zloty, using money from a state fund intended to help victims of crime. The purchase was not disclosed to the parliamentary committee overseeing the special services.

A source in the prosecutor's office told Polish Radio that charges against Kuriata could be filed "before the end of the year". Kuriata's lawyer declined to comment.

The commission is due to present its final report in the spring. Its members from the ruling coalition have said they expect it to recommend that several former officials be brought before the State Tribunal.""",
        [
            ("I have always acted within", "Władysław Kuriata"),
            ("Every operation I approved was", "Władysław Kuriata"),
            ("I will not take part", "Władysław Kuriata"),
            ("The witness is free to", "Magdalena Wrzos"),
            ("This commission is a tool", "Krzysztof Lis"),
            ("They are not looking for", "Krzysztof Lis"),
            ("He had five years to", "Barbara Ostrowska"),
            ("before the end of the", "source in the prosecutor's office"),
        ],
    ),
    (
        """Czech president refuses to appoint justice minister nominee, citing conflict of interest

By Veronika Šulcová

Czech President Jan Koubek has refused to appoint Lukáš Vrba, the nominee of the Citizens’ Voice party, as justice minister, setting up a constitutional clash with the government just two months after it took office.

Vrba is a Prague lawyer who until last year represented several companies in arbitration and court disputes with the Czech state, including a long-running case over a cancelled motorway contract.

“I cannot appoint to the head of the Justice Ministry a person who has spent years suing the state on behalf of his clients, some of whom still have cases pending,” Koubek said in a televised address on Thursday evening. “This is not a judgment on Mr Vrba as a person. It is a judgment on the situation.”

Prime Minister Renata Holubová said she was “surprised and disappointed” and insisted that the president had no constitutional right to reject a nominee. “The constitution says the president appoints ministers on the proposal of the prime minister. It does not say he chooses them,” Holubová told reporters at the Government Office on Friday.

Constitutional lawyers are divided on the question. “The text is clear, but practice since 1993 has given presidents some room to delay,” said Filip Rejzek, a constitutional law expert at Charles University. “What has never been tested is an outright refusal. If the government goes to court, we will finally get an answer.”

In a statement posted on X, Vrba said he had ended all his legal mandates before accepting the nomination and “would respect any decision of the Constitutional Court.” He added that he remained ready to take up the post.

The government could file a so-called competence lawsuit with the Constitutional Court in Brno. According to a government source familiar with the discussions, the cabinet will decide next week whether to do so. “Nobody wants a fight with the Castle, but we cannot let this become a precedent,” the source said.

The opposition backed the president. Jakub Šmíd, who leads the Czech Democrats in the lower house, said Koubek was doing “exactly what the constitution expects of him: acting as a check on the government.”

Koubek’s spokesperson, Markéta Zelenková, later told the Czech News Agency that the president was ready to meet Holubová “at any time” to discuss an alternative candidate. Until the dispute is resolved, the Justice Ministry will be run on an interim basis by Deputy Prime Minister Ivan Bureš.

It is not the first time a Czech head of state has balked at a minister. Previous presidents delayed appointments for weeks, but none has so far refused a nominee outright while the prime minister insisted on the candidate.""",
        [
            ("I cannot appoint to the", "Jan Koubek"),
            ("This is not a judgment", "Jan Koubek"),
            ("surprised and disappointed", "Renata Holubová"),
            ("The constitution says the president", "Renata Holubová"),
            ("The text is clear, but", "Filip Rejzek"),
            ("What has never been tested", "Filip Rejzek"),
            ("would respect any decision of", "Lukáš Vrba"),
            ("Nobody wants a fight with", "government source familiar with the discussions"),
            ("exactly what the constitution expects", "Jakub Šmíd"),
            ("at any time", "Markéta Zelenková"),
        ],
    ),
    (
        """Curia orders rerun of mayoral vote in Tiszaberek after postal ballot irregularities

By Péter Hollós

Hungary's supreme court, the Curia, has annulled the result of June's mayoral election in the eastern town of Tiszaberek, where the incumbent won by just 14 votes, and ordered a repeat vote within 60 days.

The ruling follows a complaint by the defeated candidate, independent Gábor Rácz, who alleged that dozens of residents of a local care home had been registered to vote by post without their knowledge. Lower election bodies had rejected the complaint twice.

'The evidence shows that at least 31 ballots were cast in a manner that makes it impossible to establish that they reflect the will of the voters,' the Curia said in its ruling. 'Given the margin, this irregularity could have affected the outcome.'

Mayor Erzsébet Vass, who ran with the backing of the governing National Alliance, said she accepted the decision but denied any involvement. 'I did not organise anything and I did not know anything about it,' she told local news site Tiszai Hírek. 'I will stand again and I am sure I will win again, this time by more.'

Mr Rácz called the ruling 'a victory for every pensioner in that care home whose name was used'. He said he had first been alerted by relatives of residents who were surprised to find their family members listed as postal voters.

'One woman told me her mother hadn't read a newspaper in three years, yet she apparently voted,' he said.

The National Election Office said in a statement that it had referred the case to the police. A police spokesman confirmed that an investigation into suspected electoral fraud was under way but declined to give further details. 'We are questioning witnesses, and no one has been charged at this stage,' the spokesman said.

The care home's director, whom local media identified as Ilona Szekeres, has said the staff had only helped residents 'fill in forms they themselves asked for'. She did not respond to requests for comment this week.

Dániel Faragó, an opposition MP from the county for the Renewal Party, said the case showed 'what happens in small towns where everyone depends on the mayor for a job'. He called for a review of postal voting rules for residents of care institutions.

Political analyst Márton Kiss of the Budapest-based Agora Institute put it this way: 'Fourteen votes is nothing. In a town of 6,000, fourteen votes is one extended family.'

The repeat election is expected to take place in late October. Both Ms Vass and Mr Rácz have confirmed that they will run.""",
        [
            ("The evidence shows that at", "Curia"),
            ("Given the margin, this irregularity", "Curia"),
            ("I did not organise anything", "Erzsébet Vass"),
            ("I will stand again and", "Erzsébet Vass"),
            ("a victory for every pensioner", "Gábor Rácz"),
            ("One woman told me her", "Gábor Rácz"),
            ("We are questioning witnesses, and", "spokesman"),
            ("fill in forms they themselves", "Ilona Szekeres"),
            ("what happens in small towns", "Dániel Faragó"),
            ("Fourteen votes is nothing.", "Márton Kiss"),
        ],
    ),
]
