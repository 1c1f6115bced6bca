CASES = [
    (
        """Serbian court jails ex-deputy minister over state power firm contracts

By Ivana Sekulić

BELGRADE, March 14 (Reuters) - A Serbian court on Thursday sentenced a former deputy energy minister to six years in prison for abuse of office over contracts awarded by a state-owned power distributor, in one of the most senior corruption convictions in the Balkan country in a decade.

Dragan Milosavac, who served in the ministry from 2016 to 2020, was found guilty of steering 14 million euros ($15.2 million) of maintenance work at Elektrodistribucija Morava to companies controlled by his brother-in-law, the Higher Court in Belgrade said.

"The defendant knowingly used his position to secure material benefit for persons close to him," presiding judge Snežana Perić said as she read out the verdict. "The damage to the state budget has been established beyond doubt."

Milosavac, 58, who has denied wrongdoing, was not in the courtroom. His lawyer, Nebojša Radulović, told reporters outside the court that the defence would appeal.

"This is a political verdict written long before the trial started," Radulović said. "My client signed documents that were prepared by others, and the court has simply ignored that."

Serbia, which applied to join the European Union in 2009, has been repeatedly criticised by Brussels for slow progress in prosecuting high-level graft. The European Commission said in its latest annual report on the country that its track record in such cases remained "limited".

The Prosecutor's Office for Organised Crime welcomed the ruling. "Today's verdict shows that no one is above the law, regardless of the office they held," it said in a statement.

Opposition lawmakers, however, said the case was an exception rather than a sign of change. Marija Đokić, an MP from the opposition Civic Bloc, said the government used such trials "to show Brussels a scalp while the system stays the same".

A senior official in the Serbian justice ministry, who spoke on condition of anonymity because he was not authorised to speak to the media, said the government had not interfered in the case. "The courts decided this on their own, as they should," the official said.

Milosavac's co-defendant, businessman Goran Teofilović, received a four-year sentence. He told the court earlier this month he had "never met the minister in private" and that his firms had won the tenders fairly.

Elektrodistribucija Morava, which supplies electricity to around 600,000 customers in central Serbia, said it had already changed its procurement rules. "We have cooperated fully with investigators from the first day," the company said.

The verdict is not final and can be appealed within 15 days.

($1 = 0.9213 euros)

(Reporting by Ivana Sekulić; Editing by Alison Wheeler)""",
        [
            ("The defendant knowingly used his", "Snežana Perić"),
            ("The damage to the state", "Snežana Perić"),
            ("This is a political verdict", "Nebojša Radulović"),
            ("My client signed documents that", "Nebojša Radulović"),
            ("limited", "European Commission"),
            ("Today's verdict shows that no", "Prosecutor's Office for Organised Crime"),
            ("to show Brussels a scalp", "Marija Đokić"),
            ("The courts decided this on", "senior official in the Serbian justice ministry"),
            ("never met the minister in", "Goran Teofilović"),
            ("We have cooperated fully with", "Elektrodistribucija Morava"),
        ],
    ),
    (
        """Bosnian Court Confirms War Crimes Charges Against Former Police Chief

Prosecutors allege that Mladen Vukosav commanded police units that detained and abused more than 200 civilians in the Drinovac area in 1992.

Amra Kadić
BIRN
Sarajevo

The state court in Sarajevo on Tuesday confirmed an indictment charging Mladen Vukosav, former chief of the wartime police station in Drinovac, with crimes against humanity over the detention, torture and killing of Bosniak civilians in the summer of 1992.

The Prosecutor’s Office of Bosnia and Herzegovina alleges that Vukosav “participated in a joint criminal enterprise” whose aim was the permanent removal of non-Serb residents from the municipality in eastern Bosnia.

According to the indictment, police under his command held men from surrounding villages in a school gym and a disused sawmill, where detainees were beaten and several were taken away and never seen again.

“The confirmation of the indictment is an important step for the families who have been waiting more than three decades,” said Emina Hodžić, head of the Drinovac Association of Missing Persons. “Many of them are old now. Some of the mothers who started this search have already died.”

Hodžić told BIRN that the association had submitted names of witnesses to prosecutors in 2019 but had heard little since then.

“We were told the case was complicated. Of course it is complicated. But that cannot be an excuse for another ten years of waiting,” she said.

Vukosav, 63, lives in Serbia and holds Serbian citizenship. Belgrade does not extradite its citizens, and the prosecution said it would ask Serbian judicial authorities either to take over the case or to allow his transfer.

His lawyer in Belgrade, Zoran Stefanović, said his client had learned of the indictment from the media.

“My client was a police officer who carried out orders of the civilian authorities at that time. He never entered any detention facility and he will prove that before any court which is impartial,” Stefanović told BIRN by phone.

He added that Vukosav considered the Sarajevo court “a political institution” and would not travel to Bosnia.

The Prosecutor’s Office said in a statement that it had gathered testimony from 46 witnesses as well as exhumation records from two mass graves in the area.

“The prosecution will use all available mechanisms of regional cooperation to ensure that the accused faces justice,” the statement said.

Regional cooperation on war crimes cases has stalled repeatedly. A report published last year by the Sarajevo-based Centre for Transitional Justice found that most of the cases transferred between Bosnia and Serbia since 2015 had not reached trial.

Almir Mehmedović, a researcher at the centre, said the problem was “a lack of political will on both sides of the border”.

“Cases go back and forth between prosecutors, and the accused grow old. Victims see nothing,” Mehmedović said.

If the case is tried in Bosnia, Vukosav could face up to 45 years in prison.""",
        [
            ("participated in a joint criminal", "Prosecutor’s Office of Bosnia and Herzegovina"),
            ("The confirmation of the indictment", "Emina Hodžić"),
            ("Many of them are old", "Emina Hodžić"),
            ("We were told the case", "Emina Hodžić"),
            ("My client was a police", "Zoran Stefanović"),
            ("a political institution", "Zoran Stefanović"),
            ("The prosecution will use all", "Prosecutor’s Office of Bosnia and Herzegovina"),
            ("a lack of political will", "Almir Mehmedović"),
            ("Cases go back and forth", "Almir Mehmedović"),
        ],
    ),
    (
        """Croatian health minister survives no-confidence vote amid hospital scandal

By DARKO LOVRIĆ Associated Press

ZAGREB, Croatia (AP) — Croatia's health minister survived a no-confidence vote in parliament on Friday after weeks of street protests over hospital waiting lists and a procurement scandal that has shaken the country's center-right government.

Lawmakers in the 151-seat Sabor voted 79-64 to keep Vesna Jurković in her post, with eight abstentions. The motion was filed by opposition parties after local media reported that a regional hospital in the coastal town of Srebrno had paid nearly twice the market price for two MRI scanners.

"The minister knew, and she did nothing," opposition lawmaker Ante Kovačević of the Civic Left party told the chamber before the vote. "Patients waited eight months for a scan while someone was buying scanners at double the price."

Jurković rejected the accusations, saying she had ordered an internal audit as soon as she learned of the irregularities last year.

"I will not resign because of lies," she told reporters after the vote. "The audit is finished, the documents are with the prosecutors, and everyone who broke the law will answer for it."

Prime Minister Tomislav Barić, whose Croatian People's Alliance has governed with a narrow majority since elections last year, stood by his minister throughout the debate. He described the motion as "a circus staged for television."

Barić later wrote on social media: "This government will not be blackmailed by people who had eight years to fix the health system and did not."

Anti-corruption prosecutors said last month they were investigating four people, including a former hospital director and two company executives. No charges have been filed.

Police said about 3,000 people gathered outside parliament during the debate, many of them doctors and nurses from the so-called "White Coats" movement, which has organized weekly protests since January over staff shortages and low pay.

A doctor at the hospital in Srebrno, who asked not to be named for fear of losing her job, told The Associated Press that staff had warned management about the prices as early as 2022.

"We wrote emails, we raised it at meetings. Nobody wanted to hear it," she said. "Now everyone is shocked."

Croatia, which joined the European Union in 2013 and adopted the euro in 2023, has one of the bloc's highest rates of public dissatisfaction with health care, according to EU surveys.

Political analyst Davor Šimunić of the Institute for Political Studies in Zagreb said the result showed the coalition's discipline in parliament but "not much more than that."

"The government has the numbers, but it is losing the argument with the public," Šimunić said. "If the prosecutors file charges against people close to the ministry, this will come back."

Opposition parties said they would continue to push for a parliamentary inquiry into hospital procurement.""",
        [
            ("The minister knew, and she", "Ante Kovačević"),
            ("Patients waited eight months for", "Ante Kovačević"),
            ("I will not resign because", "Vesna Jurković"),
            ("The audit is finished, the", "Vesna Jurković"),
            ("a circus staged for television.", "Tomislav Barić"),
            ("This government will not be", "Tomislav Barić"),
            ("We wrote emails, we raised", "doctor at the hospital in Srebrno"),
            ("Now everyone is shocked.", "doctor at the hospital in Srebrno"),
            ("not much more than that.", "Davor Šimunić"),
            ("The government has the numbers,", "Davor Šimunić"),
            ("If the prosecutors file charges", "Davor Šimunić"),
        ],
    ),
    (
        """Kosovo arrests Serb official in tense north, Belgrade protests

Pristina (AFP) - Kosovo police on Wednesday arrested a deputy mayor from the country's Serb-majority north on suspicion of organising an attack on officers last year, prompting an angry response from Belgrade.

Srdjan Pavicevic, deputy mayor of the northern municipality of Banjska Reka, was detained at dawn at his home, police said in a statement, adding that he was suspected of "inciting and coordinating violence against police officers on duty".

"The arrest was carried out professionally and without incident," police spokesman Besnik Hoxha told AFP. "Nobody is above the law in the Republic of Kosovo, whatever their ethnicity."

Interior Minister Driton Gashi wrote on Facebook that the operation was "a clear message to criminal groups that the time of impunity in the north is over".

In Belgrade, the head of the Serbian government's office for Kosovo, Nenad Ristic, described the arrest as "a political abduction" and said it was part of a campaign to drive Serbs out of the region.

"Pristina is once again provoking, while Brussels is silent," Ristic told a news conference. "We will inform all our international partners and ask for his immediate release."

Kosovo declared independence from Serbia in 2008, a move Belgrade has never recognised. Around 50,000 ethnic Serbs live in the north, where many reject the authority of the government in Pristina and tensions flare regularly.

By the afternoon about 200 people had gathered in front of the municipal building in Banjska Reka, an AFP correspondent saw. Several shops in the town centre remained closed.

"We are afraid. Today it is him, tomorrow it could be any of us," said a 45-year-old resident who gave only her first name, Dragana.

The European Union, which mediates talks between the two sides on normalising their relations, called for calm.

"We urge both sides to avoid any steps that could raise tensions on the ground," an EU spokesperson said in Brussels.

A Western diplomat in Pristina, who requested anonymity, called the timing "unfortunate", coming days before a new round of talks was due to be held.

Pavicevic's lawyer, Ljubomir Stankovic, said his client denied all the charges and would seek release at a detention hearing on Thursday.

"There is not a single piece of evidence connecting him to the events. He was at a family celebration that evening and there are dozens of witnesses," Stankovic said.

The NATO-led peacekeeping mission in Kosovo said it was monitoring the situation and had increased patrols in the area.

The arrest relates to an incident last September in which two police officers were injured when their vehicle was attacked with stones and an explosive device near the administrative line with Serbia.

bur-ek/jm""",
        [
            ("inciting and coordinating violence against", "Kosovo police"),
            ("The arrest was carried out", "Besnik Hoxha"),
            ("Nobody is above the law", "Besnik Hoxha"),
            ("a clear message to criminal", "Driton Gashi"),
            ("a political abduction", "Nenad Ristic"),
            ("Pristina is once again provoking,", "Nenad Ristic"),
            ("We will inform all our", "Nenad Ristic"),
            ("We are afraid. Today it", "Dragana"),
            ("We urge both sides to", "spokesperson"),
            ("unfortunate", "Western diplomat in Pristina"),
            ("There is not a single", "Ljubomir Stankovic"),
        ],
    ),
    (
        """Serbian court orders rerun of local vote in Gornja Toplica over 'serious irregularities'

BELGRADE, June 3 (N1) - Serbia's Administrative Court on Monday annulled the results of last month's municipal election in the town of Gornja Toplica and ordered a rerun at 12 polling stations, citing "serious irregularities" in the voter lists and in the handling of ballots.

The court said in its ruling, published on its website, that "the principle of secret and free voting was violated to an extent that could have affected the outcome" at the polling stations concerned.

The ruling People's Progress Party (NNS) won the May 12 election by 214 votes, according to official results, keeping control of the municipal assembly it has run since 2016.

"This is a victory for every citizen of Gornja Toplica who was told that their vote did not matter," Jelena Marković, who led the opposition list "Toplica Deserves Better", told N1.

"We have shown that when you collect evidence and go to court, you can win. Now we need people to come out again," she added.

Marković said observers had documented people voting on behalf of others, as well as more than 300 voters registered at addresses that "simply do not exist".

The NNS dismissed the ruling. Milorad Kostić, the party's local board president and the outgoing mayor, said: "We respect the court, but we are convinced we will win again, and by a larger margin. The people of Toplica know who built the roads and the new kindergarten."

The Centre for Electoral Transparency, a Belgrade-based monitoring group, said in a report last month that its observers had recorded "organised pressure on public sector employees" in the town in the weeks before the vote.

Its programme director, Ana Ristivojević, told reporters on Monday the ruling was rare.

"In the last ten years, courts have overturned results at polling-station level only a handful of times. That tells you how serious this was," she said.

Public Administration Minister Aleksandar Vulović said the government would "fully respect" the decision and that the rerun would be held within ten days, as the law requires.

Opposition parties in Belgrade have used the Gornja Toplica case to renew calls for a full audit of the national voter register, which they say contains tens of thousands of so-called "phantom voters". The government says the register is regularly updated and meets international standards.

A diplomat from an EU member state, speaking on condition of anonymity, said Brussels would be "watching closely how the rerun is organised", adding that electoral conditions were among the issues raised in Serbia's accession talks.

The court's decision is final, and no appeal is possible.""",
        [
            ("serious irregularities", "Administrative Court"),
            ("serious irregularities", "Administrative Court"),
            ("the principle of secret and", "Administrative Court"),
            ("This is a victory for", "Jelena Marković"),
            ("We have shown that when", "Jelena Marković"),
            ("simply do not exist", "Jelena Marković"),
            ("We respect the court, but", "Milorad Kostić"),
            ("organised pressure on public sector", "Centre for Electoral Transparency"),
            ("In the last ten years,", "Ana Ristivojević"),
            ("fully respect", "Aleksandar Vulović"),
            ("watching closely how the rerun", "diplomat from an EU member state"),
        ],
    ),
    (
        """Island mayor convicted of taking bribe over hotel permit

SPLIT, 21 November 2024 – The County Court in Split on Thursday sentenced Josip Matić, the long-serving mayor of the island town of Porat Zlatni, to three years and two months in prison for accepting a bribe of 120,000 euros in exchange for approving a hotel project on protected coastline, Hina news agency reported.

Judge Marina Bilić said the evidence, including intercepted phone conversations and bank records, showed “beyond any reasonable doubt” that Matić had demanded the money from a representative of the investor.

“The defendant did not merely accept the money, he set the amount and the deadline himself,” Bilić said when announcing the verdict. “Such conduct by an elected official seriously undermines citizens’ trust in local government.”

Matić, 61, who has led the town of 2,800 people since 2005, listened to the verdict without showing emotion. Speaking to reporters in front of the court building, he said he would not step down until the verdict became final.

“I have been elected five times by the people of Porat Zlatni and only they can send me home,” he said. “I still believe that the High Criminal Court will see what the county court refused to see.”

His lawyer, Krešimir Vuković, said the intercepted conversations had been taken out of context and announced an appeal.

The investor, Adria Horizon Resorts, whose former director Tomislav Lerotić was sentenced to one year in the same case after agreeing a plea deal with prosecutors, said it had changed its management and no longer had any ties with those involved.

“The company has cooperated with the investigation from the beginning and supports all efforts to ensure transparent procedures,” Adria Horizon Resorts said in a written statement to Croatia Week.

The hotel, planned with 240 rooms on a pine-covered headland known locally as Borova Punta, was never built. Environmental activists who campaigned against it for years welcomed the verdict.

Nikolina Perković of the Zelena Punta association, which collected more than 9,000 signatures against the project, said the case should serve as a warning to other coastal municipalities.

“For years we were told we were against development, against jobs, against the island. We were not. We were against a deal that was made in somebody’s office, and now a court has confirmed it.

“Our coast is not the private property of a mayor or an investor. What happened here happens in other places too, and we hope prosecutors are watching,” she said.

The town council of Porat Zlatni is due to meet next week. Deputy mayor Ivana Radić told Croatia Week the council would “continue to work normally” and that municipal services would not be affected.

The verdict can be appealed to the High Criminal Court in Zagreb.""",
        [
            ("beyond any reasonable doubt", "Marina Bilić"),
            ("The defendant did not merely", "Marina Bilić"),
            ("Such conduct by an elected", "Marina Bilić"),
            ("I have been elected five", "Josip Matić"),
            ("I still believe that the", "Josip Matić"),
            ("The company has cooperated with", "Adria Horizon Resorts"),
            ("For years we were told", "Nikolina Perković"),
            ("Our coast is not the", "Nikolina Perković"),
            ("continue to work normally", "Ivana Radić"),
        ],
    ),
    (
        """RS National Assembly adopts law rejecting state court jurisdiction, Sarajevo calls it "attack on constitution"

BANJA LUKA / SARAJEVO - The National Assembly of Republika Srpska (NSRS) on Wednesday evening adopted a law under which decisions of the state court and the state prosecution will not be applied on the territory of the entity, deepening the political crisis in Bosnia and Herzegovina.

The law was supported by 51 of the 83 deputies. Deputies from the opposition Party of Democratic Renewal (SDO) left the session before the vote, and the party said in a statement that it would not take part in "an adventure".

RS President Željko Tadić said the law was "a defensive measure" against what he described as the imposition of decisions by foreigners.

"Republika Srpska is not abolishing anything. We are only returning to the Dayton Agreement, which never gave Sarajevo the right to have a state court," Tadić told deputies. "Those who want a unitary Bosnia should know that it will not happen while we are here."

Bosniak member of the Presidency of BiH Senad Halilović said the law was "an open attack on the constitution and the Dayton Peace Agreement" and called on the Constitutional Court to react urgently.

"This is not politics any more. This is the dismantling of the state institution by institution, and everyone who votes for it must bear the consequences," Halilović wrote on X.

The Office of the High Representative (OHR) said in a statement that the law was "in direct contravention" of the constitutional order and "null and void in its effect".

"Entity authorities have no competence to decide which state-level decisions they will apply," the statement said.

According to Dragana Lukić, a constitutional law professor in Banja Luka, the law creates "legal chaos" for citizens and for judges in the entity. She told Sarajevo Times that courts in RS would be placed in an impossible position.

"A judge in Trebava will have to choose between two laws, and whatever he chooses, he breaks one of them," she said.

The US Embassy in Sarajevo said on its website it was "deeply concerned" and that Washington would "consider all available tools" in response.

An official of the state prosecution, who did not want to be named, told Sarajevo Times that investigations against several RS officials were ongoing and "will not stop because of a law passed in Banja Luka".

The law is expected to enter into force eight days after its publication in the entity's Official Gazette, unless it is suspended by the Constitutional Court of BiH. Bosniak deputies in the RS Council of Peoples announced they would invoke the vital national interest mechanism, which could delay publication.

It is the third time in two years that the RS assembly has passed legislation challenging state-level institutions. Previous laws were annulled by the Constitutional Court, but the entity authorities refused to recognise those decisions.""",
        [
            ("attack on constitution", "Senad Halilović"),
            ("an adventure", "Party of Democratic Renewal"),
            ("a defensive measure", "Željko Tadić"),
            ("Republika Srpska is not abolishing", "Željko Tadić"),
            ("Those who want a unitary", "Željko Tadić"),
            ("an open attack on the", "Senad Halilović"),
            ("This is not politics any", "Senad Halilović"),
            ("in direct contravention", "Office of the High Representative"),
            ("null and void in its", "Office of the High Representative"),
            ("Entity authorities have no competence", "Office of the High Representative"),
            ("legal chaos", "Dragana Lukić"),
            ("A judge in Trebava will", "Dragana Lukić"),
            ("deeply concerned", "US Embassy in Sarajevo"),
            ("consider all available tools", "US Embassy in Sarajevo"),
            ("will not stop because of", "official of the state prosecution"),
        ],
    ),
    (
        """Kosovo’s top court rules speaker vote unconstitutional, deepening deadlock

By Lirie Bajrami, Pristina

Kosovo’s Constitutional Court has ruled that last month’s election of a parliamentary speaker was unconstitutional, sending the country’s fractured assembly back to square one four months after a general election and leaving the formation of a new government further out of reach.

In a judgment published late on Tuesday, the nine-member court found that the vote on 14 March had been held without the required quorum after opposition deputies walked out of the chamber. The session ‘lacked the constitutional basis required for the election of any official of the assembly’, the court said, and all decisions taken at it were therefore void.

The ruling is a blow to the acting prime minister, Arbër Rexhepi, whose Movement for Renewal won the most seats in February but fell short of a majority in the 120-seat assembly.

Rexhepi said he disagreed with the decision but would respect it. ‘We do not agree with the court’s reasoning, but in a republic the decisions of the Constitutional Court are not up for discussion,’ he told a press conference in Pristina on Wednesday.

He accused opposition parties of ‘holding the institutions hostage’ and said his party would put forward the same candidate again.

Valdete Morina, whose election as speaker was annulled, said in a post on Facebook that she had ‘always acted in good faith and according to the advice of the assembly’s legal service’.

Bekim Shala, leader of the opposition Democratic Alliance for Progress, welcomed the ruling as ‘a lesson in constitutionality for those who think they can rule by shortcuts’.

‘Today the court said what we have been saying for weeks. Rules exist for a reason, and they apply to the winners as well,’ Shala told reporters outside the assembly building.

The Serb Civic Initiative, which holds most of the seats reserved for the Serb community, said in a statement that it would not take part in any session ‘until guarantees are given that the rights of the Serb community will be respected’.

Kosovo has been without a fully functioning government since the election, and Western diplomats have grown increasingly frustrated with the stalemate. One European ambassador in Pristina, speaking on condition of anonymity, said: ‘Everyone is waiting for someone else to blink. Meanwhile the budget is not adopted and EU funds are sitting unused.’

Under the constitution, the assembly must elect a speaker and deputy speakers before it can vote on a new government. If no government is elected, fresh elections must be held.

Fatos Kelmendi, director of the Pristina-based Institute for Democratic Governance, said the ruling ‘restores some clarity’ but would not by itself break the deadlock.

‘The court has told the parties how not to do it. It cannot tell them how to agree,’ he said.

The assembly’s oldest member, who chairs the constitutive session until a speaker is elected, is expected to call a new sitting next week.""",
        [
            ("lacked the constitutional basis required", "Constitutional Court"),
            ("We do not agree with", "Arbër Rexhepi"),
            ("holding the institutions hostage", "Arbër Rexhepi"),
            ("always acted in good faith", "Valdete Morina"),
            ("a lesson in constitutionality for", "Bekim Shala"),
            ("Today the court said what", "Bekim Shala"),
            ("until guarantees are given that", "Serb Civic Initiative"),
            ("Everyone is waiting for someone", "European ambassador in Pristina"),
            ("restores some clarity", "Fatos Kelmendi"),
            ("The court has told the", "Fatos Kelmendi"),
        ],
    ),
]
