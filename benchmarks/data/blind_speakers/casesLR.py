CASES = [
    (
        """Court nullifies Mutanda ward by-election result

By Tendai Chikwanha
Court Reporter

The High Court has set aside the results of last month's Mutanda Ward 14 council by-election after finding that the returning officer failed to account for more than 600 ballots cast at two polling stations.

Justice Rumbidzai Makoni ordered the electoral commission to rerun the poll within 90 days, ruling that the irregularities were "so material that they go to the root of the result".

"The court cannot close its eyes to a discrepancy of this magnitude," Justice Makoni said in her judgment handed down yesterday. "Where the number of ballots in the box exceeds the number of voters recorded on the roll, the will of the electorate cannot be ascertained with any confidence.

"It matters not that the discrepancy may have been the result of negligence rather than design. The effect on the outcome is the same."

The petition was brought by Mr Farai Gumbo, who lost the October 12 poll to Mrs Loveness Chidzikwe by 41 votes. Mr Gumbo, who contested on the ticket of the Zimbabwe People's Congress, argued that ballot papers at Chirasa Primary School and Nyamhunga Business Centre had been counted twice.

His lawyer, Mr Tawanda Mupfumira of Mupfumira and Associates, told the court during the hearing that the returning officer had "no explanation whatsoever" for the extra ballots.

Speaking after the ruling, Mr Gumbo said he was relieved.

"This was never about me. It was about the residents of Mutanda who deserve to know that their vote counts," he said. "We will go back to the people and campaign again."

Mrs Chidzikwe's lawyer, Mr Blessing Ndoro, said his client was studying the judgment and would decide on an appeal "in due course".

"We respect the court, but we believe there are grounds to challenge some of the findings, particularly on the evidence of the polling agents," said Mr Ndoro.

The electoral commission said in a statement that it had noted the judgment and would "comply fully with the order of the court".

"The commission will announce the new polling date once consultations with the relevant local authority have been concluded," the statement said.

Mutanda Town Council chairperson Mr Givemore Sithole said the council had been operating without a representative for Ward 14 since the seat fell vacant in July.

"Residents have been raising issues of water and refuse collection and there has been nobody to take them up in council. We hope the rerun will be done quickly," he said.

The by-election was called after the death of the previous councillor, Mr Elias Munyoro, in June.""",
        [
            ("so material that they", "Rumbidzai Makoni"),
            ("The court cannot close", "Rumbidzai Makoni"),
            ("Where the number of", "Rumbidzai Makoni"),
            ("It matters not that", "Rumbidzai Makoni"),
            ("no explanation whatsoever", "Tawanda Mupfumira"),
            ("This was never about", "Farai Gumbo"),
            ("We will go back", "Farai Gumbo"),
            ("in due course", "Blessing Ndoro"),
            ("We respect the court", "Blessing Ndoro"),
            ("comply fully with the", "electoral commission"),
            ("The commission will announce", "electoral commission"),
            ("Residents have been raising", "Givemore Sithole"),
        ],
    ),
    (
        """Police ban opposition rally in Chikomba North

BY NYASHA MAZIVISA

POLICE in Chikomba North have banned a rally by the opposition Alliance for Democratic Renewal (ADR) scheduled for Saturday, citing security concerns, a move the party says is meant to cripple its campaign ahead of the forthcoming by-election.

In a letter dated November 3, the officer commanding Chikomba district, Chief Superintendent Moses Dube, said the venue at Rudo grounds was "not suitable for a gathering of the anticipated magnitude".

"The regulating authority has received information that there may be clashes between rival groups and has therefore resolved to prohibit the gathering in the interest of public order," Dube wrote.

ADR spokesperson Kudakwashe Manyika said the party would file an urgent chamber application at the magistrates court today.

"This is the third time in two months that our rallies have been banned on flimsy grounds. Meanwhile, the ruling party has been holding meetings every weekend at the very same grounds," Manyika told this publication yesterday.

"We complied with every requirement of the law. We notified the police seven days in advance as required. There is no legal basis for this prohibition."

Police national spokesperson Assistant Commissioner Phineas Nyathi said he was not aware of the specifics of the Chikomba North case, but insisted that such bans were not politically motivated.

"The police do not take sides. Every notification is assessed on its merits, and where there is a credible threat to peace, the regulating authority is empowered to act," Nyathi said.

Human rights lawyer Chipo Marufu, of Zimbabwe Lawyers for Constitutional Rights, said the courts had in the past overturned similar bans.

"The Constitution guarantees freedom of assembly. A blanket prohibition based on unspecified information does not meet the threshold of a reasonable limitation," she said.

A senior official in the ruling party's provincial structures, who requested anonymity because he was not authorised to speak to the media, dismissed the opposition's complaints.

"They are looking for excuses because they know they have no support in Chikomba North. We hold our meetings in accordance with the law," the official said.

The by-election was triggered by the recall of ADR legislator Tonderai Kaseke in August, after a faction of the party wrote to the Speaker of Parliament claiming he had ceased to be a member.

Residents who spoke to this publication said tension had been rising in the constituency over the past few weeks.

"People are afraid to wear party regalia now. At the shops everyone is careful about what they say," said a vendor at Rudo business centre, who declined to be named.""",
        [
            ("not suitable for a", "Moses Dube"),
            ("The regulating authority has", "Moses Dube"),
            ("This is the third", "Kudakwashe Manyika"),
            ("We complied with every", "Kudakwashe Manyika"),
            ("The police do not", "Phineas Nyathi"),
            ("The Constitution guarantees freedom", "Chipo Marufu"),
            ("They are looking for", "senior official in the ruling party's provincial structures"),
            ("People are afraid to", "vendor at Rudo business centre"),
        ],
    ),
    (
        """ConCourt reserves ruling in Lumangwe Central seat petition

By Mwila Chansa

The Constitutional Court has reserved judgment in a petition in which a Lusaka businessman wants Lumangwe Central member of parliament Chisanga Mwale to lose his seat for allegedly holding an office of profit while contesting the August election.

Petitioner Bwalya Kasonde argues that Mr Mwale remained a paid board member of the Rural Roads Development Agency at the time he filed his nomination, in breach of the Constitution.

During hearing on Tuesday, Mr Kasonde's lawyer Namukolo Siame submitted that documentary evidence before the court showed that Mr Mwale received sitting allowances up to two weeks after nominations closed.

“The respondent cannot have it both ways. He was either a board member drawing public funds or he was a candidate. The law does not permit him to be both,” Ms Siame submitted.

She asked the court to declare the seat vacant and order a by-election.

But Mr Mwale's lawyer, State Counsel Mulenga Chitambo, told the court that his client had resigned from the board in writing on May 2, before nominations opened, and that any payments made after that date were “an administrative error on the part of the agency”.

“My client cannot be punished for a clerical failure by an institution over which he had no control,” Mr Chitambo said.

Mr Chitambo further argued that the petition was filed outside the 14 days prescribed by law and should be dismissed on that ground alone.

Justice Inonge Liswaniso, who presided over a panel of three judges, said the court would deliver its judgment “on notice”.

Speaking to News Diggers after the hearing, Mr Kasonde said he had brought the case “in the public interest”.

“I have nothing personal against the honourable member. My concern is that the rules must apply equally to everyone, whether you are in the ruling party or in the opposition,” said Kasonde.

Mr Mwale, who was elected on the ticket of the ruling National Alliance for Progress (NAP), said in a brief response that he was confident of the outcome.

“I have left everything in the hands of the court. The people of Lumangwe Central spoke very clearly in August and I will continue serving them,” he said.

The Rural Roads Development Agency did not respond to questions sent on Wednesday. However, an official at the agency who asked not to be named because he was not authorised to speak to the press said the board secretary had been asked to produce payment records for the period in question.

“There is an internal process going on. Whatever we find will be submitted if the court requires it,” the official said.

This is the third election petition to reach the Constitutional Court from the Copperbelt and North-Western provinces since the August polls.""",
        [
            ("The respondent cannot have", "Namukolo Siame"),
            ("an administrative error on", "Mulenga Chitambo"),
            ("My client cannot be", "Mulenga Chitambo"),
            ("on notice", "Inonge Liswaniso"),
            ("in the public interest", "Bwalya Kasonde"),
            ("I have nothing personal", "Bwalya Kasonde"),
            ("I have left everything", "Chisanga Mwale"),
            ("There is an internal", "official at the agency"),
        ],
    ),
    (
        """Govt orders probe into Kasenga council funds

By CHOMBA MUSONDA
Lusaka

GOVERNMENT has directed Kasenga Municipal Council to suspend three senior officers pending investigations into the alleged misapplication of K4.2 million meant for the construction of market shelters.

Minister of Local Government and Rural Development Gift Nkhoma said yesterday that Government would not protect any officer found wanting.

"We have seen the findings of the audit and they are disturbing. Money was released for market shelters in 2022 and to date not a single shelter has been completed," Mr Nkhoma said.

He said the suspended officers, who include the town clerk and the director of finance, would be required to account for every ngwee.

"This Government was elected on a promise to fight corruption and we are not going to apologise for taking action against our own officers," he said.

Mr Nkhoma said the directive was in line with Government's "Clean Councils, Clean Hands" campaign launched in March, under which all local authorities are required to publish quarterly expenditure reports.

The audit by the Office of the Auditor General found that K1.9 million was paid to a contractor, Lubwe Building Solutions, which had not been registered with the construction regulator at the time the contract was awarded.

Kasenga Mayor Esther Mulundu welcomed the suspensions, saying council had raised concerns about the project as early as last year.

"As council we passed a resolution in September last year asking management to explain the delays. We never got a satisfactory answer," Ms Mulundu said.

Lubwe Building Solutions managing director Hastings Phiri said his company had completed the work it was paid for and was in fact owed money by council.

"We are being made scapegoats. We have certificates of completion signed by council engineers for phase one," Mr Phiri said in an interview.

But according to the audit report, the engineer who signed the certificates "had no delegated authority to certify works above K500,000".

Meanwhile, the Council Employees Union of Zambia (CEUZ) general secretary Mathews Chanda cautioned against "condemning officers before they are heard".

"We are not against investigations, but due process must be followed. Our members have a right to be heard before they are crucified in the media," Mr Chanda said.

And Eastern Province police commissioner Royd Kachingwe confirmed that a docket had been opened following a report from the council, adding that "no one has been arrested so far".

Marketeers at Kasenga main market said they had been trading in the open for more than two years.

The council is expected to hold a special full council meeting on Friday to appoint acting officers.""",
        [
            ("We have seen the", "Gift Nkhoma"),
            ("This Government was elected", "Gift Nkhoma"),
            ("As council we passed", "Esther Mulundu"),
            ("We are being made", "Hastings Phiri"),
            ("had no delegated authority", "Office of the Auditor General"),
            ("condemning officers before they", "Mathews Chanda"),
            ("We are not against", "Mathews Chanda"),
            ("no one has been", "Royd Kachingwe"),
        ],
    ),
    (
        """Court halts MDA convention as aspirants cry foul

The High Court in Blantyre has granted an injunction stopping the opposition Malawi Democratic Alliance (MDA) from holding its elective convention scheduled for this weekend at Chimbalanga, following a complaint by two aspirants who say the party's list of delegates was doctored.

Judge Chikondi Mwenelupembe granted the order on Wednesday after hearing an application by Yamikani Chirwa, who is contesting for the position of secretary general, and Blessings Khombe, an aspirant for the position of vice-president for the southern region.

In his sworn statement, Chirwa claims that the list of delegates was compiled "without the knowledge or approval of the National Executive Committee" and that more than 200 names from two southern region districts were replaced days before the convention.

Speaking to Nyasa Times after the ruling, Chirwa said the aspirants had gone to court as "a last resort".

"We wrote to the party leadership three times asking for the delegates' list to be verified. Nobody responded. We had no option but to seek the protection of the court," he said.

Chirwa said they were not against the convention being held.

"Let me be clear, we want the convention. We love this party. But we want a convention where the delegates are genuine members, not people brought in overnight," he said.

MDA publicity secretary Grace Nyirenda-Phiri described the injunction as "unfortunate" and accused the applicants of working with "external forces" to destabilise the party.

"The party followed its constitution to the letter. The delegates' list was approved by the National Executive Committee at its meeting of 12th October and the minutes are there for anyone to see," Nyirenda-Phiri said in a statement.

She said the party's lawyers would apply to have the injunction vacated.

Law lecturer Wezi Msiska said disputes over delegates' lists were common in Malawian parties and that courts were usually reluctant to interfere in internal party matters.

"Courts generally treat political parties as voluntary associations and will only step in where there is a clear violation of the party's own constitution. The fact that the judge granted the injunction suggests the applicants raised a serious issue to be tried," said Msiska.

The convention was expected to draw about 1,800 delegates from across the country. The matter has been set down for inter partes hearing on November 20.

One delegate from the central region, who had already travelled to Chimbalanga, said he was disappointed by the development.

"We have spent money on transport and accommodation. Now we are told to go home. Who will refund us?" said the delegate.

The MDA has not held an elective convention since 2017, and several positions in its national executive are currently filled by people in acting capacities.""",
        [
            ("without the knowledge or", "Yamikani Chirwa"),
            ("a last resort", "Yamikani Chirwa"),
            ("We wrote to the", "Yamikani Chirwa"),
            ("Let me be clear", "Yamikani Chirwa"),
            ("unfortunate", "Grace Nyirenda-Phiri"),
            ("external forces", "Grace Nyirenda-Phiri"),
            ("The party followed its", "Grace Nyirenda-Phiri"),
            ("Courts generally treat political", "Wezi Msiska"),
            ("We have spent money", "delegate from the central region"),
        ],
    ),
    (
        """Ex-PS pleads not guilty in K2.1bn subsidy case

By Thokozani Mkandawire

Former Ministry of Agriculture principal secretary Lusungu Gondwe yesterday pleaded not guilty to five charges of abuse of office and conspiracy to defraud relating to the Farm Inputs Support Programme.

Gondwe appeared before Chief Resident Magistrate Tiyamike Banda in Lilongwe alongside two suppliers, Mphatso Kalua of Kalua Agro Supplies and Charles Mtambo, director of Green Valley Traders.

The State, represented by Public Integrity Bureau (PIB) senior prosecutor Felix Chimwaza, alleges that between October 2022 and March 2023 the three colluded to have the ministry pay for 12,000 tonnes of fertiliser that was never delivered to depots.

Chimwaza told the court the State would parade 17 witnesses.

“We have documentary evidence showing payments were authorised by the first accused despite written objections from the ministry's own internal auditors,” he said.

Defence lawyer Wongani Nyasulu asked the court to relax the bail conditions of his client, arguing that the requirement for Gondwe to report to the Bureau every Monday was “unnecessary and punitive”.

“My client has attended every single court session since his arrest. He has surrendered his travel documents. There is no risk that he will abscond,” Nyasulu said.

But the magistrate declined the application, saying the conditions would remain in force until the end of the trial.

“The court has considered the gravity of the offences and the amount of public money involved. The bail conditions are neither unreasonable nor oppressive,” ruled Banda.

Lawyers for Kalua and Mtambo did not make any applications.

Outside court, Gondwe told reporters he was innocent.

“I have served this country for 28 years. I followed every procedure. I am confident the truth will come out,” he said.

In a statement issued yesterday, the PIB said the case was one of 14 subsidy-related matters currently under investigation.

“The Bureau will continue to pursue all persons who abuse public resources, regardless of their status or political affiliation,” reads the statement.

The Centre for Transparency and Social Accountability (CTSA) executive director Madalitso Chisale said the case was a test of the country's commitment to fighting corruption.

“Malawians are tired of seeing cases drag for years. We urge the courts to fast-track this matter so that farmers who were cheated can see justice,” said Chisale.

The case was adjourned to December 4, when the State is expected to call its first witness.""",
        [
            ("We have documentary evidence", "Felix Chimwaza"),
            ("unnecessary and punitive", "Wongani Nyasulu"),
            ("My client has attended", "Wongani Nyasulu"),
            ("The court has considered", "Tiyamike Banda"),
            ("I have served this", "Lusungu Gondwe"),
            ("The Bureau will continue", "Public Integrity Bureau"),
            ("Malawians are tired of", "Madalitso Chisale"),
        ],
    ),
    (
        """Zimbabwe court denies bail to opposition leader ahead of by-elections

HARARE, March 14 (Reuters) - A Zimbabwean magistrate on Thursday denied bail to opposition leader Tafadzwa Mhlanga, who is accused of inciting public violence, ruling that he was likely to interfere with witnesses if released.

Mhlanga, 44, leader of the Citizens Democratic Movement (CDM), was arrested last week after a rally in the eastern town of Dzvete at which police say his supporters stoned a police vehicle and injured two officers.

"The accused is a person of influence and the state witnesses are members of his own party structures. The risk of interference is real and cannot be managed by conditions," Magistrate Rutendo Chiweshe said in her ruling.

Mhlanga's lawyer, Obert Mazhindu, said the defence would appeal to the High Court.

"This is a political prosecution dressed up as a criminal case," Mazhindu told reporters outside the court in Harare. "Our client was not even present when the alleged stoning took place. He had left the venue."

Mhlanga, who waved to supporters as he was led back to the cells, has been arrested at least four times since 2019 but has never been convicted.

A Western diplomat in Harare, who asked not to be named because of the sensitivity of the matter, said the case was being watched closely by embassies.

"It sends a chilling signal ahead of the by-elections," the diplomat said.

Information ministry spokesman Simbarashe Rusike dismissed accusations of political interference.

"Zimbabwe has an independent judiciary. The courts are not a place where politicians can hide when they break the law," Rusike said in a post on X.

The arrest comes ahead of by-elections in 11 parliamentary constituencies next month, triggered by the recall of CDM lawmakers by a rival faction of the party that claims to be its legitimate leadership.

Rights groups say the opposition has faced increasing pressure since the disputed general election, which the ruling party won with a two-thirds majority in parliament.

The Harare-based Centre for Civic Freedoms said in a statement that at least 37 opposition activists had been arrested since January.

"The pattern of arrests targeting opposition figures ahead of elections undermines any claim that the polls will be free and fair," the centre said.

The ruling party has denied using the police and courts against its opponents.

(Reporting by Tinashe Marufu; Editing by Peter Grahame)""",
        [
            ("The accused is a", "Rutendo Chiweshe"),
            ("This is a political", "Obert Mazhindu"),
            ("Our client was not", "Obert Mazhindu"),
            ("It sends a chilling", "Western diplomat in Harare"),
            ("Zimbabwe has an independent", "Simbarashe Rusike"),
            ("The pattern of arrests", "Centre for Civic Freedoms"),
        ],
    ),
    (
        """Zambia ex-minister jailed for five years over land deals

Lusaka (AFP) - A Zambian court on Monday sentenced a former lands minister to five years in prison with hard labour for corruptly allocating state land to companies linked to his relatives, in a case his party says is part of a crackdown on opponents of the government.

Kennedy Mubanga, who served in the previous administration, was convicted last month on three counts of abuse of authority of office over the allocation of more than 400 hectares of land on the outskirts of the capital.

Magistrate Precious Nalwamba said Mubanga had "betrayed the trust placed in him by the Zambian people".

"The convict used his office to enrich his own family at the expense of ordinary citizens who have waited years for land," she said as she handed down the sentence.

Mubanga, 61, who denied the charges, showed no emotion as the sentence was read out in a packed courtroom. His lawyer Joseph Chileshe told AFP they would appeal.

"We believe the magistrate misdirected herself on the evidence. There was not a single document showing that our client personally approved those allocations," Chileshe said.

The opposition Zambia Freedom Party (ZFP), of which Mubanga is deputy leader, called the sentence "political persecution".

"Since coming to power, this government has used the courts to silence anyone who disagrees with it," ZFP secretary general Mwansa Tembo said at a press conference in Lusaka.

A government spokesman said the executive had played no role in the case.

"The courts are independent and the government does not interfere in their work. Anyone who is aggrieved has the right of appeal," the spokesman told AFP.

The current government came to power promising to tackle graft, and several officials of the previous administration have since been prosecuted, with some cases ending in acquittals.

Civil society groups have broadly welcomed the prosecutions but say they appear one-sided.

"Fighting corruption is necessary, but it must be seen to be even-handed," said Ruth Mweemba, director of the Lusaka-based Governance Watch Zambia.

"So far, we have not seen a single senior official of the ruling party in the dock," she told AFP.

Zambia, Africa's second-largest copper producer, is due to hold general elections next year, and analysts expect the fight against corruption to be a central campaign issue.

Mubanga's supporters, some wearing party regalia, sang outside the court building as he was driven away to prison.""",
        [
            ("betrayed the trust placed", "Precious Nalwamba"),
            ("The convict used his", "Precious Nalwamba"),
            ("We believe the magistrate", "Joseph Chileshe"),
            ("political persecution", "Zambia Freedom Party"),
            ("Since coming to power", "Mwansa Tembo"),
            ("The courts are independent", "spokesman"),
            ("Fighting corruption is necessary", "Ruth Mweemba"),
            ("So far, we have", "Ruth Mweemba"),
        ],
    ),
]
