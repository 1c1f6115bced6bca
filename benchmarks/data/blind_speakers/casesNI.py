CASES = [
    (
        """Sierra Leone court throws out opposition challenge to by-election result

FREETOWN, May 14 (Reuters) - A Sierra Leone court on Tuesday dismissed a petition by the opposition People's Renewal Congress (PRC) challenging the result of a parliamentary by-election in the northern Mabanta district, ruling that the party had failed to prove that irregularities changed the outcome.

The ruling party candidate, Ibrahim Sesay Kanu, won the February vote with 54% of ballots cast, according to the National Electoral Commission. The PRC had alleged that ballot boxes at 31 polling stations were tampered with and that its agents were expelled from counting centres.

"The petitioner has not discharged the burden of proof placed on it by law," Justice Adama Tucker-Bangura of the High Court said in a ruling read out over nearly three hours. "Allegations, however serious, are not evidence."

Lawyers for the PRC said they would appeal.

"We respect the court, but we do not accept this judgment," the party's lead counsel, Mohamed Lamin Foday, told reporters outside the courthouse in Freetown. "Our agents saw what they saw, and we will take this to the Court of Appeal."

Kanu, a former secondary school principal, called the ruling a victory for the people of Mabanta and urged his opponents to "join hands for development."

Diplomats and local observers had watched the case closely as a test of the judiciary's independence ahead of general elections due in 2028. The country's largest domestic monitoring group, the Civic Election Watch Network, deployed more than 200 observers to the by-election and in its final report described "isolated but significant" incidents of intimidation.

"What matters now is that all sides accept the legal process," said Hawa Conteh, the network's national coordinator. "The courts are where disputes should be settled, not the streets."

Police said two people were injured in clashes between rival supporters in the district capital, Kamasala, after the ruling, but the town was calm by evening.

A senior official at the electoral commission, who asked not to be named because he was not authorised to speak to the media, said the commission would review how ballot boxes are transported from polling stations to tally centres. "There were lessons for us in this case," the official said.

The PRC, the largest opposition party in parliament, has filed petitions over two other by-elections held since the last general election. Both are still pending.

(Reporting by Saidu Bah Kamara; Writing by Joe Ashworth; Editing by Helen Pryce)""",
        [
            ("The petitioner has not discharged", "Adama Tucker-Bangura"),
            ("Allegations, however serious, are not", "Adama Tucker-Bangura"),
            ("We respect the court, but", "Mohamed Lamin Foday"),
            ("Our agents saw what they", "Mohamed Lamin Foday"),
            ("join hands for development.", "Ibrahim Sesay Kanu"),
            ("isolated but significant", "Civic Election Watch Network"),
            ("What matters now is that", "Hawa Conteh"),
            ("The courts are where disputes", "Hawa Conteh"),
            ("There were lessons for us", "senior official at the electoral commission"),
        ],
    ),
    (
        """Ghana voter register: Activists go to court over 'missing' names

By Akosua Mensah-Boateng
BBC News, Accra

A coalition of Ghanaian civil society groups has asked the Supreme Court to order the Electoral Commission to restore the names of nearly 40,000 people it says were wrongly removed from the voters' register.

The Coalition for Credible Polls says the names were deleted during a clean-up exercise last year, most of them in the Volta and Upper East regions.

"People who have voted in every election since 1996 went to check and found nothing," the coalition's convener, Kwabena Asante-Darko, told the BBC.

"That is not a clerical error. That is disenfranchisement."

The Electoral Commission denies any wrongdoing. In a statement, it said the exercise had removed "deceased persons, duplicates and minors" from the register and that anyone affected could apply to be reinstated during the exhibition period.

Its deputy chairperson for operations, Dr Esi Amponsah-Quaye, insisted the commission had "nothing to hide from anybody".

"We have published the list of deleted names at every district office. Anyone who believes they were removed in error should come forward," she said.

But in Tsiame-Kofe, a farming town close to the border with Togo, many residents say they only discovered they had been removed when they tried to check their details by text message.

Yaw Dzikunu, a 63-year-old cassava farmer, said he had been told to travel to the district capital, more than 40km (25 miles) away, to fill in a form.

"I don't have money for transport every week," he said. "If they want us to vote, why are they making it so hard?"

Ghana has a reputation as one of West Africa's most stable democracies, and power has changed hands peacefully between the two main parties several times since the return to multi-party rule in 1992.

But the voters' register has been a recurring source of friction, and legal experts say this case could have significant implications ahead of next year's general election.

Efua Sarpong-Mills, a constitutional lawyer, said the court would have to weigh the commission's duty to keep an accurate register against what she called "the most basic right a citizen has".

"The court has been quite consistent on this in the past," she said. "The question will be whether the commission followed its own rules before it deleted anybody."

The case is expected to be heard next month.""",
        [
            ("People who have voted in", "Kwabena Asante-Darko"),
            ("That is not a clerical", "Kwabena Asante-Darko"),
            ("deceased persons, duplicates and minors", "Electoral Commission"),
            ("nothing to hide from anybody", "Esi Amponsah-Quaye"),
            ("We have published the list", "Esi Amponsah-Quaye"),
            ("I don't have money for", "Yaw Dzikunu"),
            ("If they want us to", "Yaw Dzikunu"),
            ("the most basic right a", "Efua Sarpong-Mills"),
            ("The court has been quite", "Efua Sarpong-Mills"),
            ("The question will be whether", "Efua Sarpong-Mills"),
        ],
    ),
    (
        """Court orders SSS to release detained election observer, awards N10m damages

By Ifeoma Chukwuemeka-Ali

A Federal High Court in Abuja on Thursday ordered the State Security Service (SSS) to immediately release an election observer, Chinedu Okafor-Eze, who has spent 47 days in its custody.

The trial judge, Obiageli Nwankwo-Danjuma, held that the detention of Mr Okafor-Eze without charge violated his fundamental rights to personal liberty and freedom of movement as guaranteed by the 1999 Constitution.

“The respondents have not placed before this court any material justifying the continued detention of the applicant,” the judge said. “The court cannot fold its arms while a citizen is held incommunicado.”

She awarded N10 million in damages against the SSS and ordered the service to tender a written apology to the applicant within 14 days.

Mr Okafor-Eze, a field coordinator with the Transparency and Ballot Monitoring Initiative (TBMI), was arrested on 2 March in Umuoji-Amaeze, a week after the group published a report alleging widespread vote buying during a supplementary governorship election.

The report, titled “Cash and Carry: Vote Buying in the Supplementary Poll”, documented 112 incidents in 19 polling units and accused agents of the two leading parties of distributing cash and food items to voters.

In a counter-affidavit, the SSS told the court that the observer was being investigated for “incitement and the spread of false information capable of causing a breach of public peace.”

Speaking to PREMIUM TIMES after the ruling, Mr Okafor-Eze’s lawyer, Tunde Bello-Adeyemi, described the judgment as “a victory for every Nigerian who believes elections should be watched.”

“My client did nothing other than his job. He documented what he saw and his organisation published it. That is not a crime in a democracy,” Mr Bello-Adeyemi said.

He said the legal team would return to court if the order was not obeyed, noting that the service had ignored similar orders in the past.

When contacted, the spokesperson of the SSS, Ayodele Ogunleye, said he had not seen the judgment and could not comment on it.

TBMI’s executive director, Aisha Lawal-Garba, said the organisation would not be intimidated.

“We have deployed observers in every election since 2011 and we will continue to do so,” she said in a statement on Friday. “Our findings are based on evidence, and we stand by every word of that report.”

The Nigerian Civic Space Alliance, a coalition of more than 40 groups, had campaigned for the observer’s release since his arrest. Its coordinator, Yusuf Danladi, said the ruling should serve as a warning to security agencies.

“Observers are not enemies of the state,” he said.""",
        [
            ("The respondents have not placed", "Obiageli Nwankwo-Danjuma"),
            ("The court cannot fold its", "Obiageli Nwankwo-Danjuma"),
            ("incitement and the spread of", "State Security Service"),
            ("a victory for every Nigerian", "Tunde Bello-Adeyemi"),
            ("My client did nothing other", "Tunde Bello-Adeyemi"),
            ("We have deployed observers in", "Aisha Lawal-Garba"),
            ("Our findings are based on", "Aisha Lawal-Garba"),
            ("Observers are not enemies of", "Yusuf Danladi"),
        ],
    ),
    (
        """Senegal top court overturns delay to local elections

Dakar (AFP) - Senegal's Constitutional Council on Friday struck down a government decree pushing back local elections by eight months, ordering that the vote be held "within the time limits set by law".

The decision, published late Friday, is a setback for the government, which had argued that the electoral roll needed a full audit before voters could go to the polls.

"The postponement of an election cannot be decided by simple decree," the council said in its ruling, signed by all seven of its members.

Opposition parties and civil society groups, which staged several protests in Dakar and regional towns against the delay, welcomed the decision.

"This is a great day for Senegalese democracy," Aminata Ndour Fall, spokeswoman for the "Sunu Vote" collective that organised the protests, told AFP. "We said from the beginning that this decree was illegal.

"Today the judges have told the government the same thing, and we expect the government to respect it."

Government spokesman Ousmane Ba Thiam said the executive "takes note of the council's decision" and would "draw all the necessary conclusions", without saying whether a new date would be set.

In a statement read on state television, the interior ministry said preparations for the vote would resume. "The ministry will take all measures to ensure that the elections take place in peace and transparency," the statement said.

At least three people were killed and dozens arrested during protests against the postponement in March, according to rights groups. The government has said the security forces acted with restraint.

"The council has sent a strong signal that it is not a rubber stamp," said Babacar Ndiaye Seck, a political scientist at the Institute for Governance Studies in Dakar.

"But the real test will be whether the electoral commission can organise a credible vote in such a short time," he added.

Senegal, long seen as one of the most stable democracies in West Africa, has never experienced a coup, and the Constitutional Council has intervened in electoral disputes before.

The local elections, in which voters choose mayors and departmental councillors, had initially been set for November.""",
        [
            ("within the time limits set", "Constitutional Council"),
            ("The postponement of an election", "Constitutional Council"),
            ("This is a great day", "Aminata Ndour Fall"),
            ("We said from the beginning", "Aminata Ndour Fall"),
            ("Today the judges have told", "Aminata Ndour Fall"),
            ("takes note of the council's", "Ousmane Ba Thiam"),
            ("draw all the necessary conclusions", "Ousmane Ba Thiam"),
            ("The ministry will take all", "interior ministry"),
            ("The council has sent a", "Babacar Ndiaye Seck"),
            ("But the real test will", "Babacar Ndiaye Seck"),
        ],
    ),
    (
        """‘They came at night’: Liberian villagers recount violence after disputed vote

Rights groups call for independent inquiry as residents of Kolahun-Dee describe attacks that followed a senatorial by-election

Prince Gbollie in Kolahun-Dee, Lofa county

Martha Kollie was asleep when the men arrived. “They came at night, maybe 20 of them, with cutlasses and torches,” she said, standing beside the blackened walls of what was once her home. “They asked for my husband by name. They said he had voted the wrong way.”

Kollie’s husband, a polling agent for the opposition Unity for Progress party, escaped into the bush. Their house, and seven others in the village, were burned.

The attacks came two days after a senatorial by-election in Lofa county that the opposition says was rigged. The National Elections Commission (NEC) declared the ruling party candidate, Joseph Karnley Flomo, the winner by fewer than 900 votes.

The Liberia Democratic Accountability Forum, which leads a coalition of 14 civil society groups, has called for an independent inquiry, saying police were “either unwilling or unable” to protect residents.

“We are seeing a pattern in which those who serve as party agents or observers become targets once the results are announced,” said Cecelia Wleh-Doe, the forum’s director. “If the state does not act now, it sends a message that violence after elections carries no cost.”

She added: “We are not taking sides. We are asking for the truth.”

Moses Tarpeh, a spokesperson for the Liberia National Police, said four people had been arrested and that investigations were continuing. “Nobody is above the law, no matter which party they support,” he said.

Flomo, in a statement issued by his campaign, condemned the violence and said he had “no knowledge of and no connection to” the attacks. “I will be a senator for all the people of Lofa, including those who did not vote for me,” the statement said.

The opposition has filed a complaint with the NEC and says it will take the matter to the supreme court if necessary. A lawyer for the party, Augustine Sumo Barclay, said the complaint listed irregularities at 23 polling places.

“What happened in Kolahun-Dee did not happen in a vacuum,” he said. “It happened because people believe they can steal a vote and then punish those who complain.”

Back in the village, Kollie says she does not know when her family will be able to return. Her three children are staying with relatives in the county capital.

“I am not a politician,” she said. “I only want to sleep in my own house again.”""",
        [
            ("They came at night", "Martha Kollie"),
            ("They came at night, maybe", "Martha Kollie"),
            ("They asked for my husband", "Martha Kollie"),
            ("either unwilling or unable", "Liberia Democratic Accountability Forum"),
            ("We are seeing a pattern", "Cecelia Wleh-Doe"),
            ("If the state does not", "Cecelia Wleh-Doe"),
            ("We are not taking sides.", "Cecelia Wleh-Doe"),
            ("Nobody is above the law,", "Moses Tarpeh"),
            ("no knowledge of and no", "Joseph Karnley Flomo"),
            ("I will be a senator", "Joseph Karnley Flomo"),
            ("What happened in Kolahun-Dee did", "Augustine Sumo Barclay"),
            ("It happened because people believe", "Augustine Sumo Barclay"),
            ("I am not a politician,", "Martha Kollie"),
            ("I only want to sleep", "Martha Kollie"),
        ],
    ),
    (
        """Court injunction stalls PAP primary in Dwenase-Nkawie

By Kofi Adjei-Nyarko

The Kumasi High Court has granted an interlocutory injunction restraining the Progressive Alliance Party (PAP) from holding its parliamentary primary in the Dwenase-Nkawie constituency pending the determination of a suit filed by an aggrieved aspirant.

The aspirant, Kwame Owusu-Sekyere, went to court after he was disqualified by the party’s National Vetting Committee over what the committee described as “conduct unbecoming of a member.”

In his ruling on Monday, Justice Francis Opoku-Agyeman held that the applicant had shown that “his right to contest was at stake and could not be remedied by damages” if the primary went ahead.

The primary, which was scheduled for Saturday, will now be put on hold until the substantive case is determined.

Speaking to Citi News after the ruling, Mr Owusu-Sekyere said he had gone to court “as a last resort.”

He said: “I have served this party for 22 years. I was a polling station executive, a constituency organiser, and I have never been sanctioned for anything. They disqualified me because I refused to step down for the preferred candidate.”

“All I am asking for is a fair contest. Let the delegates decide,” he added.

The Constituency Secretary of the PAP, Abena Serwaa Boakye, told Citi News the party would respect the court order but insisted the vetting process followed the party’s constitution.

“The vetting committee did its work. Every aspirant was given a hearing, including him. We will file our response and we are confident the court will see that we acted within our rules,” she said.

She, however, cautioned supporters of both camps against any acts of violence.

The PAP, in a press release issued by its national secretariat in Accra on Tuesday, directed all constituency executives to “desist from making public comments on the matter” until the case is concluded.

Governance analyst at the Centre for Civic Integrity, Dr Yaa Konadu Asamoah, said the growing number of primary disputes ending up in court pointed to weak internal democracy within the parties.

“When aspirants don’t trust their own party’s processes, the courts become the referee,” she said. “That is not healthy for our democracy, and the parties must fix it themselves.”

The case has been adjourned to July 8.""",
        [
            ("conduct unbecoming of a member.", "National Vetting Committee"),
            ("his right to contest was", "Francis Opoku-Agyeman"),
            ("as a last resort.", "Kwame Owusu-Sekyere"),
            ("I have served this party", "Kwame Owusu-Sekyere"),
            ("All I am asking for", "Kwame Owusu-Sekyere"),
            ("The vetting committee did its", "Abena Serwaa Boakye"),
            ("desist from making public comments", "Progressive Alliance Party"),
            ("When aspirants don’t trust their", "Yaa Konadu Asamoah"),
            ("That is not healthy for", "Yaa Konadu Asamoah"),
        ],
    ),
    (
        """Ivory Coast appeals court upholds conviction that bars opposition leader from presidential race

ABIDJAN, Ivory Coast (AP) — An appeals court in Ivory Coast on Wednesday upheld the embezzlement conviction of opposition leader Koffi Yao N'Guessan, effectively ending his bid to run in next year's presidential election.

N'Guessan, a former finance minister who leads the Rally for Renewal and Democracy, was sentenced in absentia last year to five years in prison over the alleged misuse of funds at a state cocoa marketing agency. Under the electoral code, anyone sentenced to more than three years in prison is barred from standing for office.

His lawyers have said the case is politically motivated. N'Guessan, who has lived in exile in France since 2021, called the ruling "a judicial execution ordered from the presidential palace" in a post on social media.

"They are afraid to face me at the ballot box, so they are using the courts to eliminate me," he wrote. "But the Ivorian people are not fooled."

Government spokesman Bakary Touré-Diomandé rejected the accusation. "Justice has followed its course independently, as it does for every citizen," he told reporters in Abidjan after a weekly Cabinet meeting. "Being a politician does not give anyone immunity."

Dozens of N'Guessan's supporters gathered outside the courthouse before police dispersed them with tear gas, witnesses said. There were no reports of injuries.

A defense lawyer, Mariam Coulibaly-Ouattara, said the team would take the case to the Supreme Court and, if necessary, to regional courts.

"We have exhausted nothing yet. This fight is only beginning," she said.

Rights groups have criticized the prosecution. The Abidjan-based League for Human Rights and Civic Freedoms said in a statement that the trial had been marred by "serious violations of the right to a fair defense," noting that N'Guessan's lawyers had been denied access to key documents.

Several opposition figures across West Africa have been kept off the ballot in recent years through court rulings, a trend that analysts say is eroding public trust in the judiciary.

"When the courts keep ruling the same way on the same kind of cases, people stop believing in them, whatever the merits," said Sylvie Aka-Brou, a researcher at the West Africa Governance Observatory in Dakar. "That is the real damage."

The electoral commission is expected to publish the final list of approved candidates in September.""",
        [
            ("a judicial execution ordered from", "Koffi Yao N'Guessan"),
            ("They are afraid to face", "Koffi Yao N'Guessan"),
            ("But the Ivorian people are", "Koffi Yao N'Guessan"),
            ("Justice has followed its course", "Bakary Touré-Diomandé"),
            ("Being a politician does not", "Bakary Touré-Diomandé"),
            ("We have exhausted nothing yet.", "Mariam Coulibaly-Ouattara"),
            ("serious violations of the right", "League for Human Rights and Civic Freedoms"),
            ("When the courts keep ruling", "Sylvie Aka-Brou"),
            ("That is the real damage.", "Sylvie Aka-Brou"),
        ],
    ),
    (
        """Supreme Court orders IEC to register diaspora voters ahead of December polls

By Lamin K. Sanneh

The Supreme Court of The Gambia has ordered the Independent Electoral Commission (IEC) to put in place arrangements for Gambians living abroad to register and vote in the December presidential election, holding that their exclusion is unconstitutional.

Delivering the lead judgment on Thursday, Justice Fatoumata Jallow-Ceesay said the right to vote ‘belongs to every citizen of The Gambia who has attained the age of eighteen years, wherever that citizen may reside’.

‘The Commission cannot rely on logistical difficulties to deny citizens a right the Constitution guarantees to them,’ the judge said. ‘It must find the means.’

The other four justices on the panel concurred.

The suit was filed in February by the Gambia Diaspora Voters’ Union and three individual plaintiffs resident in Spain, Germany and the United States, who argued that the IEC’s failure to register Gambians abroad breached their political rights under the Constitution.

Reacting to the judgment, the Union’s president, Ebrima Touray-Bojang, said: ‘This is the day we have waited for. For too long we have sent money home, built houses and paid school fees, but when it came to choosing our leaders we were told to sit and watch.

‘Today the court has said that we are Gambians too.’

Lawyer Musa Darboe-Jobe, who represented the plaintiffs, described the ruling as ‘a landmark in our constitutional history’ and said he would write to the IEC to request a timetable for compliance.

The IEC’s Director of Communications, Sainabou Njie-Faal, said the Commission ‘respects the judgment of the court’ and would meet stakeholders in the coming days.

‘We will sit down with our partners and look at what is realistic within the time available. We are not going to promise what we cannot deliver,’ she told this medium.

However, a senior official at the Ministry of Foreign Affairs, who spoke on condition of anonymity because he was not authorised to speak on the matter, said the country’s missions abroad were not equipped for the task.

‘Some of our embassies have two or three staff. Registering thousands of voters is not something they can do alone,’ the official said.

The Coalition for Electoral Reform, a network of civil society organisations, welcomed the judgment in a statement and urged the government to ‘release the necessary funds without delay’ so that the IEC could begin work.

An estimated 120,000 Gambians are believed to live abroad, and remittances account for a significant share of the country’s economy.""",
        [
            ("belongs to every citizen of", "Fatoumata Jallow-Ceesay"),
            ("The Commission cannot rely on", "Fatoumata Jallow-Ceesay"),
            ("It must find the means.", "Fatoumata Jallow-Ceesay"),
            ("This is the day we", "Ebrima Touray-Bojang"),
            ("Today the court has said", "Ebrima Touray-Bojang"),
            ("a landmark in our constitutional", "Musa Darboe-Jobe"),
            ("respects the judgment of the", "Sainabou Njie-Faal"),
            ("We will sit down with", "Sainabou Njie-Faal"),
            ("Some of our embassies have", "senior official at the Ministry of Foreign Affairs"),
            ("release the necessary funds without", "Coalition for Electoral Reform"),
        ],
    ),
]
