CASES = [
    (
        """Assembly serves Oruwa deputy governor impeachment notice

Tunde Adeyemo, Ikoro

The Oruwa State House of Assembly on Tuesday served an impeachment notice on the Deputy Governor, Mr Adebayo Olanrewaju, accusing him of gross misconduct and abuse of office.

The notice, signed by 18 of the 26 members of the House, was read during plenary by the Majority Leader, Mr Femi Akinlade, who represents Ilesanmi North constituency.

Akinlade told journalists after the sitting that the lawmakers had “exhausted every avenue of reconciliation” before resorting to the constitutional process.

“We did not wake up one morning and decide to remove anybody. The deputy governor has refused to appear before this House on three occasions to answer questions on the N2.4bn released to his office for the rural water scheme,” he said.

“Section 188 of the constitution is clear, and we will follow it to the letter. Nobody is above the law in this state.”

But Olanrewaju, in a statement he personally signed in Ikoro on Tuesday evening, described the move as “a political witch-hunt orchestrated by people who are afraid of 2027.”

“I have not been invited by any committee of the House, and no query has been served on me. The so-called allegations are a figment of the imagination of those who want to settle political scores,” the statement read.

The deputy governor added that he remained loyal to the party and to Governor Olusegun Bamidele, and would respond to the allegations “at the appropriate time and in the appropriate forum.”

The Speaker of the House, Mrs Morenike Fasanya, directed the Clerk to transmit the notice to the deputy governor and all members within seven days.

Fasanya said, “The House will not be intimidated by anybody. We are doing our job as the representatives of the people.”

Our correspondent learnt that the rift between the deputy governor and some lawmakers began after the party primaries in May, when he was said to have backed a rival aspirant for the Ilesanmi North seat.

A senior official in the Government House, who pleaded anonymity because he was not authorised to speak on the matter, said the governor had summoned a meeting of party leaders for Thursday.

“Oga is not happy with what is happening. He wants peace and he has told both sides to sheathe their swords,” the official said.

The state chairman of the Progressive Peoples Congress, Chief Ezekiel Adeoti, urged members to remain calm, saying the party would “not allow any crisis to derail the achievements of this administration.”
""",
        [
            ("exhausted every avenue of reconciliation", "Femi Akinlade"),
            ("We did not wake up", "Femi Akinlade"),
            ("Section 188 of the constitution", "Femi Akinlade"),
            ("a political witch-hunt orchestrated by", "Adebayo Olanrewaju"),
            ("I have not been invited", "Adebayo Olanrewaju"),
            ("at the appropriate time and", "Adebayo Olanrewaju"),
            ("The House will not be", "Morenike Fasanya"),
            ("Oga is not happy with", "senior official in the Government House"),
            ("not allow any crisis to", "Ezekiel Adeoti"),
        ],
    ),
    (
        """Tribunal upholds Kadara governor's election, dismisses PDA petition

GWARAN - The Kadara State Governorship Election Petition Tribunal sitting in Gwaran on Saturday dismissed the petition filed by the candidate of the Peoples Democratic Alliance (PDA), Ibrahim Danladi-Musa, challenging the victory of Governor Yakubu Garba Shehu in the March election.

In a unanimous judgment that lasted about six hours, the three-member panel led by Halima Abdulkadir-Bello held that the petitioner failed to prove allegations of over-voting and non-compliance with the Electoral Act in 412 polling units.

"The petitioner called 41 witnesses, but the majority of them were party agents who did not witness the events they testified about. Their evidence is hearsay and this tribunal cannot act on it," Mrs Abdulkadir-Bello said.

She said the petitioner's reliance on reports generated from the accreditation devices, without calling the officials who produced them, was "fatal to his case."

"Having failed to establish the allegations of over-voting polling unit by polling unit, the petition must fail, and it is hereby dismissed," the judge ruled.

Reacting, Mr Shehu described the judgment as "a victory for the people of Kadara State" and extended an olive branch to the petitioner.

"I call on my brother, Ibrahim Danladi-Musa, to join hands with us to build our state. The election is over, and governance must now take centre stage," the governor said in a broadcast on state television on Saturday night.

But counsel to the petitioner, Abubakar Lawal, a Senior Advocate of Nigeria, told reporters outside the tribunal that his client would head to the Court of Appeal.

"We respectfully disagree with the judgment. The tribunal glossed over the documentary evidence before it, and we are confident the Court of Appeal will see things differently," he said.

The PDA state chairman, Musa Tanko Ahmed, in a statement, urged party supporters to remain calm and law-abiding.

"Our members should not take the law into their hands. We have confidence in the judiciary and we will pursue this matter to the Supreme Court if need be," the statement said.

Security was tight around the tribunal premises, with armed police officers and operatives of the State Security Service stationed at all entry points and along the major roads leading to the court.

A police officer at the scene told PREMIUM TIMES that no fewer than 300 personnel were deployed "to forestall any breakdown of law and order."

Mr Shehu, a former commissioner for finance, was declared winner of the March 18 poll after polling 412,553 votes to defeat Mr Danladi-Musa, who scored 371,902 votes.
""",
        [
            ("The petitioner called 41 witnesses,", "Halima Abdulkadir-Bello"),
            ("fatal to his case", "Halima Abdulkadir-Bello"),
            ("Having failed to establish the", "Halima Abdulkadir-Bello"),
            ("a victory for the people", "Yakubu Garba Shehu"),
            ("I call on my brother,", "Yakubu Garba Shehu"),
            ("We respectfully disagree with the", "Abubakar Lawal"),
            ("Our members should not take", "Musa Tanko Ahmed"),
            ("to forestall any breakdown of", "police officer"),
        ],
    ),
    (
        """Kingmakers reject govt’s choice as Dabo emirate crisis deepens

From Sani Abdullahi, Kurmin

The succession crisis in the Dabo Emirate of Kadara State took a fresh turn on Sunday as four of the five kingmakers rejected the appointment of Alhaji Mustapha Sani Dabo as the 14th Emir of Dabo.

Their spokesman, the Madakin Dabo, Alhaji Bello Garba Idris, told journalists in Dabo that the emirate council had nominated three candidates and that the government’s choice was not among them.

“We submitted three names to the government in line with the law establishing the emirate. The name announced yesterday was not among them, and we are not aware of any process that produced him,” he said.

He said the kingmakers had written to the governor to “reverse this anomaly before it leads to a breakdown of peace in the emirate.”

But the state Commissioner for Local Government and Chieftaincy Affairs, Dr Hauwa Ibrahim Gwamna, said the governor acted within his powers.

According to her, the law “gives the governor the final say on the appointment of any first-class chief, after due consultation.”

“The kingmakers were consulted. The governor considered all the reports before him, including security reports, and made his decision in the overall interest of the emirate,” she said in Kurmin.

The new emir, who received his staff of office on Saturday, appealed for calm. In a brief address at the palace, he said: “I am a son of this soil. I hold no grudge against anyone, and my door is open to all the princes of the royal family.”

Residents of Dabo told Daily Trust that shops remained shut on Sunday as youths loyal to one of the contestants, Prince Aminu Usman, staged a protest around the palace.

“We have never seen anything like this in Dabo. The elders should sit down and settle this thing before it gets out of hand,” said a trader at the Dabo central market who asked not to be named.

Prince Usman, who was said to have been the first choice of the kingmakers, could not be reached for comment. But one of his aides, Malam Shehu Yakasai, said the prince would approach the court.

“We will challenge it in court. The prince believes in due process and will not do anything to cause trouble,” Yakasai said.

The Police Public Relations Officer in the state, ASP Ahmed Waziri, said officers had been deployed to the emirate to maintain peace, adding that anyone found disturbing public order would be arrested and prosecuted.

The stool became vacant in July following the death of the 13th emir, Alhaji Usman Sani Dabo, who reigned for 31 years.
""",
        [
            ("We submitted three names to", "Bello Garba Idris"),
            ("reverse this anomaly before it", "Bello Garba Idris"),
            ("gives the governor the final", "Hauwa Ibrahim Gwamna"),
            ("The kingmakers were consulted. The", "Hauwa Ibrahim Gwamna"),
            ("I am a son of", "Mustapha Sani Dabo"),
            ("We have never seen anything", "trader at the Dabo central market"),
            ("We will challenge it in", "Shehu Yakasai"),
        ],
    ),
    (
        """Ebenwa Assembly crisis: ‘I remain Speaker,’ says Okonkwo as 16 lawmakers elect new leader

By Chinedu Nwankwo, Ndiagu

Fresh crisis has hit the Ebenwa State House of Assembly as 16 of the 27 lawmakers on Thursday announced the removal of the Speaker, Mr Obinna Okonkwo, and elected Mrs Adaeze Nwachukwu-Eze, representing Ugwuoba West constituency, as the new Speaker.

The lawmakers, who sat as early as 7am, accused Okonkwo of high-handedness, financial recklessness and failure to pay members’ allowances for five months.

Moving the motion for his removal, the member representing Amaeke North, Mr Chukwuemeka Obi, said the Speaker had “run the House like a personal estate.”

In her acceptance speech, Nwachukwu-Eze thanked her colleagues for the confidence reposed in her.

“I will run an open and inclusive House. Every member will have a voice, and the welfare of members and staff will be our priority,” she said.

But Okonkwo, who addressed journalists at his residence hours later, dismissed the exercise as illegal.

“I remain the Speaker of the Ebenwa State House of Assembly. What happened this morning was a gathering of a few people in a hall; it was not a sitting of the House,” he said.

He said the mace, the symbol of authority of the House, was still in the custody of the Clerk and that the sitting did not form the required quorum.

“The constitution says you need two-thirds of members to remove a Speaker. Where are the 18 signatures? They don’t have it,” he added.

The Clerk of the House, Mr Vincent Ugochukwu, declined comment when contacted, saying only that he would “study the situation.”

A member of the pro-Okonkwo group, who did not want his name in print, alleged that the Government House was behind the move.

“Everybody knows where this is coming from. The executive wants a rubber-stamp Assembly,” the lawmaker said.

However, the Commissioner for Information, Mr Ikenna Mbah-Udeh, in a statement, said the state government had no hand in the affairs of the legislature.

“The Governor, Dr Emeka Anozie, respects the principle of separation of powers and will not interfere in the internal affairs of the House. We urge the lawmakers to resolve their differences amicably,” Mbah-Udeh said.

Vanguard observed that armed policemen were stationed at the entrance of the Assembly complex on Thursday afternoon, with staff and visitors subjected to thorough searches.

Okonkwo, a two-term lawmaker, was elected Speaker in June last year after a keenly contested election.
""",
        [
            ("I remain Speaker,", "Obinna Okonkwo"),
            ("run the House like a", "Chukwuemeka Obi"),
            ("I will run an open", "Adaeze Nwachukwu-Eze"),
            ("I remain the Speaker of", "Obinna Okonkwo"),
            ("The constitution says you need", "Obinna Okonkwo"),
            ("study the situation.", "Vincent Ugochukwu"),
            ("Everybody knows where this is", "member of the pro-Okonkwo group"),
            ("The Governor, Dr Emeka Anozie,", "Ikenna Mbah-Udeh"),
        ],
    ),
    (
        """Court Restrains Governor Adewale From Dissolving LG Councils

Segun Ajibola in Oke-Ado

A State High Court sitting in Oke-Ado, the Ogbaro State capital, has restrained Governor Babatunde Adewale and the state House of Assembly from dissolving the 18 elected local government councils in the state.

Justice Olufunmilayo Ajayi-Coker granted the interim order on Monday following an ex parte motion filed by the council chairmen under the aegis of the Forum of Elected Local Government Chairmen, Ogbaro State chapter.

The judge held that the applicants had shown "sufficient urgency" to warrant the order, adding that dissolving the councils before the hearing of the substantive suit would "foist a fait accompli on the court."

"It is the duty of this court to preserve the res pending the determination of the substantive matter. Parties are hereby directed to maintain the status quo," the judge said.

The matter was adjourned till October 14 for hearing of the motion on notice.

THISDAY gathered that the Assembly had last week passed a resolution urging the governor to dissolve the councils and appoint caretaker committees, citing allegations of misappropriation of funds and poor performance.

Counsel to the applicants, Mr Olawale Fagbemi, SAN, said the ruling had vindicated the position of his clients that the councils were protected by the constitution.

"Section 7 of the constitution guarantees a system of democratically elected local government councils. No governor, no assembly can sack them by fiat. The Supreme Court has settled this," Fagbemi said.

He added: "We are also mindful of the judgment of the apex court on local government autonomy, and we believe every state must respect it."

The chairman of the forum, Hon. Kayode Olatunji, who is also the chairman of Ife-Oloro Local Government, told journalists that the chairmen would not be distracted.

"We were elected for three years, and we have barely spent 14 months. We will serve out our tenure, and the people will judge us at the polls," Olatunji said.

Reacting, the Attorney-General and Commissioner for Justice, Mr Rotimi Adesanya, said the state government would comply with the order but would file a motion to set it aside.

According to him, the state government "has the utmost respect for the judiciary" and had not taken any decision on the Assembly's resolution.

"The Governor has not dissolved any council. The resolution of the House is before him and he is studying it. There is nothing to restrain," Adesanya said.

The councils were inaugurated in July last year after elections conducted by the state electoral commission, in which the ruling party won all 18 chairmanship seats.
""",
        [
            ("sufficient urgency", "Olufunmilayo Ajayi-Coker"),
            ("foist a fait accompli on", "Olufunmilayo Ajayi-Coker"),
            ("It is the duty of", "Olufunmilayo Ajayi-Coker"),
            ("Section 7 of the constitution", "Olawale Fagbemi"),
            ("We are also mindful of", "Olawale Fagbemi"),
            ("We were elected for three", "Kayode Olatunji"),
            ("has the utmost respect for", "Rotimi Adesanya"),
            ("The Governor has not dissolved", "Rotimi Adesanya"),
        ],
    ),
    (
        """Akoba govt suspends Olu of Ireke-Oje for six months

The Akoba State Government has suspended the Olu of Ireke-Oje, Oba Adeyemi Adegboyega Ojo, for six months following his comments on a boundary dispute with a neighbouring community.

The suspension was announced in a statement on Wednesday by the Secretary to the State Government, Dr Funke Odedina, who said the monarch's conduct had been "unbecoming of a first-class traditional ruler" and that the decision followed the recommendation of the state Council of Obas and Chiefs.

"The monarch has, on several occasions, made inflammatory statements capable of inciting his subjects against the government and neighbouring communities. His conduct at the recent thanksgiving service in Ireke-Oje was the last straw," the statement read.

Odedina said the Oba had been directed to stay away from the palace and hand over all instruments of office to the most senior chief in the town, the Odofin of Ireke-Oje, Chief Samuel Aderibigbe, who would act as regent.

It would be recalled that the monarch, at a thanksgiving service two weeks ago, accused the government of ceding ancestral land of the community to a neighbouring town, Ilupeju-Odo, in a boundary adjustment.

"They can take my crown if they like, but they cannot take the land of our fathers. Ireke-Oje will not surrender one inch," the Oba had said in a video that went viral on social media.

Reacting to the suspension, the palace secretary, Mr Bankole Ayeni, said the monarch would not be intimidated.

"Kabiyesi has not committed any offence known to law. He spoke for his people, and that is what a father should do. We have instructed our lawyers to take appropriate action," Ayeni told DAILY POST on phone.

The Ireke-Oje Progressive Union, in a statement signed by its president, Mr Oluwaseun Fadipe, described the suspension as "an assault on the collective dignity of the community" and called on Governor Kolawole Ajisafe to reverse it.

However, a member of the Council of Obas who spoke on condition of anonymity said the decision was taken after the monarch failed to honour three invitations.

"We tried our best to resolve this quietly. He refused to appear before the council, and the government had to act," the royal father said.

Tension has remained high between Ireke-Oje and Ilupeju-Odo since 2019, when clashes over farmland along the boundary left at least four people dead and several houses burnt.

The state government had set up a boundary committee headed by a retired surveyor-general to look into the matter, but its report has not been made public.
""",
        [
            ("unbecoming of a first-class traditional", "Funke Odedina"),
            ("The monarch has, on several", "Funke Odedina"),
            ("They can take my crown", "Adeyemi Adegboyega Ojo"),
            ("Kabiyesi has not committed any", "Bankole Ayeni"),
            ("an assault on the collective", "Oluwaseun Fadipe"),
            ("We tried our best to", "member of the Council of Obas"),
        ],
    ),
    (
        """Appeal Court sacks Kadara lawmaker, orders rerun in 11 units

The Court of Appeal, Gwaran Division, has nullified the election of Mr Danjuma Audu Kwari as the member representing Tudun Saki constituency in the Kadara State House of Assembly.

The three-man panel, in a judgment delivered by Justice Emmanuel Akpan-Udo, ordered the electoral commission to conduct a fresh election in 11 polling units within 90 days.

The panel held that the lower tribunal erred when it held that the appellant, Mrs Rahila Joseph Bawa of the Progressive Peoples Congress, failed to prove that voting did not take place in the affected units.

“The evidence of the presiding officers themselves, tendered by the appellant, shows that no accreditation took place in those units. The tribunal was wrong to have discountenanced that evidence,” Justice Akpan-Udo held.

The judge added that the margin of victory, 1,204 votes, was lower than the number of registered voters in the affected units, which he put at 6,918.

“Where the number of voters disenfranchised exceeds the margin of lead, the return cannot stand,” he said.

Speaking with The Nation shortly after the judgment, Bawa said she was “grateful to God and to the judiciary.”

She said: “This is not about me. It is about the people of those 11 units who were denied the right to choose their representative. We will go back to them and I am confident they will vote for us.”

Kwari, who was not in court, could not be reached for comment. But his counsel, Mr Isa Mohammed Gidado, said his client would study the judgment and decide his next line of action.

“This is a final court on state assembly matters, so there’s no further appeal. We will face the rerun and we will win it again,” the lawyer said.

The Resident Electoral Commissioner in the state, Prof. Aliyu Bako Jibrin, said the commission had received news of the judgment and would “comply fully with the order of the court once we receive the certified true copy.”

Supporters of Bawa were seen jubilating around the court premises and along the Gwaran-Tudun Saki road shortly after the judgment was delivered.

“We have been vindicated. Our votes will now count,” said Yusuf, a party member who gave only his first name.

Kwari, a first-term lawmaker of the Peoples Democratic Alliance, was declared winner of the March election with 18,442 votes against Bawa’s 17,238.

He currently chairs the House Committee on Agriculture and Natural Resources.
""",
        [
            ("The evidence of the presiding", "Emmanuel Akpan-Udo"),
            ("Where the number of voters", "Emmanuel Akpan-Udo"),
            ("grateful to God and to", "Rahila Joseph Bawa"),
            ("This is not about me.", "Rahila Joseph Bawa"),
            ("This is a final court", "Isa Mohammed Gidado"),
            ("comply fully with the order", "Aliyu Bako Jibrin"),
            ("We have been vindicated. Our", "Yusuf"),
        ],
    ),
    (
        """Court declares seats of nine Ebenwa lawmakers vacant over defection

By Ifeoma Chukwuma, Ndiagu

A Federal High Court sitting in Ndiagu, Ebenwa State, yesterday declared vacant the seats of nine members of the state House of Assembly who defected from the Peoples Democratic Alliance (PDA) to the ruling Progressive Peoples Congress (PPC) in April.

Delivering judgment in a suit filed by the PDA, Justice Nkechi Obiora-Adamu held that the lawmakers’ defection was not backed by any division in their former party as contemplated by Section 109(1)(g) of the 1999 Constitution.

“There is no evidence before this court of a division in the plaintiff party at the national level. A crisis at the ward or state level is not a division within the meaning of the constitution,” the judge said.

She ordered the Speaker of the House to stop recognising the nine as members and directed the electoral commission to conduct by-elections into the seats within 90 days.

The judge also restrained the nine from “parading themselves as members of the Ebenwa State House of Assembly” pending the conduct of the by-elections.

The state chairman of the PDA, Chief Augustine Nnadozie, hailed the judgment, describing it as “a lesson to political prostitutes.”

“We told them before they left that the constitution does not allow them to carry our mandate to another party. They laughed at us. Today, the court has spoken,” Nnadozie told journalists at the party secretariat.

One of the affected lawmakers, Mr Kelechi Umeh, representing Ozalla South, said the group had instructed its lawyers to appeal.

According to Umeh, the judgment “did not take into account the documented crisis that tore the PDA apart” before their defection.

“Our party was factionalised. There were two national chairmen, two state chairmen, and two sets of candidates in some places. If that is not a division, I don’t know what is,” he said.

The Speaker’s media aide, Mr Tochukwu Eze, said the House would “study the judgment and be guided by the advice of its legal department.”

A source in the Assembly, who asked not to be named, said the PPC leadership was already weighing its options.

“The party is not going to fold its arms. The leadership has been in a meeting since afternoon,” the source said.

The defection of the nine lawmakers in April had given the PPC a two-thirds majority in the 27-member Assembly, enabling it to pass the state’s revised budget and a controversial bill on the creation of development centres without opposition.

With the judgment, the ruling party’s strength in the House drops to 12 members.
""",
        [
            ("There is no evidence before", "Nkechi Obiora-Adamu"),
            ("parading themselves as members of", "Nkechi Obiora-Adamu"),
            ("a lesson to political prostitutes.", "Augustine Nnadozie"),
            ("We told them before they", "Augustine Nnadozie"),
            ("did not take into account", "Kelechi Umeh"),
            ("Our party was factionalised. There", "Kelechi Umeh"),
            ("study the judgment and be", "Tochukwu Eze"),
            ("The party is not going", "source in the Assembly"),
        ],
    ),
]
