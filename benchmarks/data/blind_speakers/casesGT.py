CASES = [
    (
        """Bail denied for trio accused in Mabuyeni cash-in-transit heist

Lerato Mokoena

Three men accused of taking part in a deadly cash-in-transit robbery on the R617 outside Mabuyeni will remain behind bars after the Mabuyeni Magistrate's Court refused them bail on Tuesday.

Sipho Dlamini, 34, Thabang Radebe, 29, and Kagiso Mathebula, 41, face charges of murder, attempted murder, robbery with aggravating circumstances and possession of unlicensed firearms and ammunition.

The charges stem from an attack on a security van in February, in which a guard, Petrus Nkosi, 52, was shot dead and a colleague was wounded.

Delivering judgment, magistrate Nomsa Khumalo said the State had made out a strong case against the accused.

"The court is not persuaded that exceptional circumstances exist which, in the interests of justice, permit the release of the applicants," Khumalo said.

She added that the evidence placed before the court, including cellphone records and footage from a nearby filling station, "cannot be described as flimsy".

National Prosecuting Authority (NPA) regional spokesperson Mthunzi Ngubane welcomed the ruling.

"We are satisfied with the outcome. These are serious crimes that have left a family without a father and traumatised workers who simply went to work that day," Ngubane told News24.

During the hearing, investigating officer Captain Frans van Wyk told the court that two of the accused had been linked to a similar robbery in 2021.

"The firearms recovered at the house in Extension 7 were ballistically matched to cartridges found at both scenes," he testified.

Defence attorney Ayanda Zulu argued that his clients had fixed addresses and families to support, and that the State's case was "largely circumstantial".

"My clients are not flight risks. They have handed in their passports, and Mr Radebe has a newborn child," Zulu said.

Outside court, about 30 members of the Private Security Workers' Union picketed with placards calling for harsher sentences for attacks on guards.

The union's provincial secretary, Zanele Mahlangu, said guards had become "sitting ducks on our national roads".

"Every month we bury another comrade. We want the courts to send a message that the lives of security officers matter," she said.

The case was postponed to 14 June for further investigation.""",
        [
            ("The court is not persuaded", "Nomsa Khumalo"),
            ("cannot be described as flimsy", "Nomsa Khumalo"),
            ("We are satisfied with the", "Mthunzi Ngubane"),
            ("The firearms recovered at the", "Frans van Wyk"),
            ("largely circumstantial", "Ayanda Zulu"),
            ("My clients are not flight", "Ayanda Zulu"),
            ("sitting ducks on our national", "Zanele Mahlangu"),
            ("Every month we bury another", "Zanele Mahlangu"),
        ],
    ),
    (
        """Police arrest 212 in crackdown on machete gangs

Herald Reporter

POLICE have arrested 212 suspected illegal gold miners in a week-long operation targeting machete-wielding gangs that have been terrorising communities in Mashonaland West and Midlands provinces.

The operation, code-named "Dzivirira Vanhu", was launched after a spate of violent clashes at mining sites in which at least nine people were killed since January.

Weapons recovered include 86 machetes, 14 axes, three unlicensed pistols and 27 kilogrammes of mercury.

National police spokesperson Assistant Commissioner Tendai Mapfumo said the operation would continue until sanity was restored at mining sites.

"The Zimbabwe Republic Police will not allow criminals to hold communities to ransom. We are warning those who are bent on committing violent crimes at mining sites that the law will catch up with them," he said.

"Members of the public are urged to continue providing information to the nearest police station or through the National Complaints Desk."

Asst Comm Mapfumo said most of the suspects were arrested at disused mine shafts in Kadzimu and along the Mupfure River, where rival gangs clashed last month, leaving four people dead.

In a separate interview, Kadzimu Rural District Council chairperson Mr Josphat Mawere said villagers had been living in fear.

"Our children could no longer walk to school because these gangs would be fighting in broad daylight. Some of our livestock was being slaughtered by these people at night," Mr Mawere said.

A villager from Ward 9 who declined to be named for fear of victimisation said the arrests had brought some relief.

"For the first time in months, we slept without hearing gunshots. But we know some of them will come back once the police leave," he said.

Zimbabwe Small-Scale Miners Federation president Mrs Hildah Chikwanha said the organisation supported the operation but cautioned against lumping genuine artisanal miners together with criminals.

"We have registered small-scale miners who are doing everything by the book. They should not be made to suffer because of a few rotten elements," she said.

She said the federation would engage the Ministry of Mines and Mining Development to speed up the registration of claims, which she said would "bring order to the sector".

The suspects are expected to appear at various magistrates' courts this week facing charges ranging from public violence to possession of dangerous weapons and contravening the Mines and Minerals Act.""",
        [
            ("The Zimbabwe Republic Police will", "Tendai Mapfumo"),
            ("Members of the public are", "Tendai Mapfumo"),
            ("Our children could no longer", "Josphat Mawere"),
            ("For the first time in", "villager from Ward 9"),
            ("We have registered small-scale miners", "Hildah Chikwanha"),
            ("bring order to the sector", "Hildah Chikwanha"),
        ],
    ),
    (
        """Ex-council treasurer jailed five years for K1.2m theft

By CHOLA MWANSA
Lubemba

A FORMER treasurer of Lubemba Town Council has been sentenced to five years imprisonment with hard labour for stealing over K1.2 million meant for the construction of a market shelter.

Lubemba Principal Resident Magistrate Chileshe Banda convicted Kennedy Mumba, 47, of Kapoko township, on two counts of theft by public servant and one count of forgery.

Particulars of the offence were that between January and October 2022, Mumba, being a person employed in the public service, stole K1,236,400 belonging to the council.

In passing sentence yesterday, Magistrate Banda said the court had considered that Mumba was a first offender but that the offence was prevalent in the province.

"Public servants who are entrusted with public funds must understand that the courts will not treat such offences lightly. The traders of Lubemba have been waiting for a shelter for three years because of your greed," she said.

Magistrate Banda said the convict had shown no remorse throughout the trial and had "gone to great lengths to conceal his tracks" by forging the signature of the town clerk.

In mitigation, defence lawyer Mwila Phiri asked the court to exercise leniency, saying his client was a family man who had served the council for 19 years.

"He is the sole breadwinner for his wife, five children and two orphans left by his late brother. He is remorseful and asks for the mercy of this court," Mr Phiri said.

During trial, the town clerk, Beatrice Ngoma, testified that she had never authorised the payments.

"The signatures on those payment vouchers are not mine. I noticed the anomaly when the auditors came," she told the court.

Commenting on the judgement, Lubemba District Commissioner Jackson Simwinga said the sentence should serve as a lesson to other civil servants.

"Government has zero tolerance for corruption. Every ngwee that is stolen is money taken away from the people," Mr Simwinga said.

And Lubemba Marketeers Association chairperson Esther Mulenga said traders were relieved that justice had been served, but wanted the money recovered.

She said the association would petition the council to complete the shelter before the rainy season because "our members are selling their vegetables in the mud".

Mumba was also ordered to forfeit a house in Kapoko township and a motor vehicle which the court found had been acquired using proceeds of crime.""",
        [
            ("Public servants who are entrusted", "Chileshe Banda"),
            ("gone to great lengths to", "Chileshe Banda"),
            ("He is the sole breadwinner", "Mwila Phiri"),
            ("The signatures on those payment", "Beatrice Ngoma"),
            ("Government has zero tolerance for", "Jackson Simwinga"),
            ("our members are selling their", "Esther Mulenga"),
        ],
    ),
    (
        """Watchdog probes police after teen loses eye in Thembalihle protest

By Kabelo Sithole

The Independent Police Complaints Directorate (IPCD) has opened an investigation into the conduct of public order police officers after a 16-year-old boy lost an eye during a service delivery protest in Thembalihle on Monday.

Residents had barricaded the main road into the township with burning tyres and rocks, demanding that the Molapo Local Municipality restore electricity that had been cut for almost three weeks.

The boy’s mother, Nombuso Shabalala, said her son had been walking home from a friend’s house when he was hit.

“He was not part of the protest. He had his school bag with him. The police just started shooting at everyone who was on the street,” she said.

“Now the doctors tell me he will never see out of that eye again. Who is going to pay for this?”

In a statement on Tuesday, the IPCD said it had been notified of the incident in terms of its founding legislation.

“Investigators have visited the scene and obtained statements from witnesses. The directorate will also be requesting the deployment records and ammunition registers of the members who were on duty,” the statement said.

Provincial police spokesperson Colonel Dineo Maseko confirmed that rubber bullets had been used to disperse the crowd, but said officers had come under attack.

“Our members were pelted with stones and two police vehicles were damaged. Minimum force was used to restore order,” Maseko said.

She said 11 people had been arrested for public violence and would appear in the Thembalihle Magistrate’s Court on Thursday.

Molapo municipal spokesperson Vusi Mkhize said the outage had been caused by the theft of cables at a substation, and that repairs were “at an advanced stage”.

But Thabo Lekota, a community leader who helped organise the march, said residents had been given the same answer for months.

“They keep telling us about cable theft. We have been reporting these issues since last year. People only get attention when they burn tyres,” Lekota told Daily Maverick.

A police officer at the scene, who asked not to be named because he was not authorised to speak to the media, said the unit had been heavily outnumbered.

“There were about 15 of us and hundreds of them. You make decisions in seconds,” he said.

Human rights lawyer Refilwe Moloi, of the Legal Rights Clinic, said the case was part of a pattern.

“We have seen too many young people maimed by so-called less-lethal weapons. Rubber bullets fired at close range can kill,” she said.""",
        [
            ("He was not part of", "Nombuso Shabalala"),
            ("Now the doctors tell me", "Nombuso Shabalala"),
            ("Investigators have visited the scene", "Independent Police Complaints Directorate"),
            ("Our members were pelted with", "Dineo Maseko"),
            ("at an advanced stage", "Vusi Mkhize"),
            ("They keep telling us about", "Thabo Lekota"),
            ("There were about 15 of", "police officer"),
            ("We have seen too many", "Refilwe Moloi"),
        ],
    ),
    (
        """Court acquits 14 vendors arrested in council blitz

BY NQOBANI MOYO

FOURTEEN vendors arrested during a violent municipal police raid in Sibangani last month were yesterday acquitted by a magistrate who ruled that the State had failed to prove they had committed any offence.

The vendors, who were represented by Simbarashe Gumbo of the Zimbabwe Human Rights Lawyers Forum, were facing charges of obstructing or resisting a peace officer and trading without a licence.

Sibangani magistrate Tinashe Chiwaridzo said the evidence of the State witnesses was contradictory.

“The first witness told the court that the accused persons threw stones at the municipal police officers. The second witness said he did not see anyone throwing anything. The court cannot convict on such evidence,” Chiwaridzo said.

He also noted that five of the vendors had produced valid trading licences which had been confiscated during the raid, and said it was “difficult to understand” why they had been charged at all.

Speaking to NewsDay after the ruling, Gumbo said the judgment vindicated the vendors.

“Our clients were beaten, their goods were seized and they spent two nights in the cells for nothing. We will be pursuing civil claims against the council for unlawful arrest and detention and for the return of their property,” he said.

One of the acquitted vendors, Memory Sibanda (38), who sells vegetables at the Sibangani bus terminus, said she had lost stock worth US$200.

“I borrowed that money from a money-lender. Now I have to pay back with interest, and the council has not returned even a single tomato,” she said.

Sibangani City Council spokesperson Nkosinathi Ndlovu said the local authority had not yet received a copy of the judgment.

“Council will study the ruling with its legal advisors before making any comment. What we can say is that council remains committed to restoring order in the central business district,” Ndlovu said in a WhatsApp response.

Police in the province distanced themselves from the operation.

“That was a municipal police operation. The ZRP only received the suspects for processing,” said provincial police spokesperson Inspector Melusi Ncube.

The Informal Traders Alliance of Zimbabwe said in a statement that the acquittal showed that “the war on vendors is not only cruel but unlawful”.

“We call on council to engage traders instead of sending armed officers to beat up mothers who are trying to feed their children,” the alliance said.

Vendors in Sibangani have clashed with council on several occasions since the local authority began enforcing a 2019 by-law banning street trading in the city centre.""",
        [
            ("The first witness told the", "Tinashe Chiwaridzo"),
            ("difficult to understand", "Tinashe Chiwaridzo"),
            ("Our clients were beaten, their", "Simbarashe Gumbo"),
            ("I borrowed that money from", "Memory Sibanda"),
            ("Council will study the ruling", "Nkosinathi Ndlovu"),
            ("That was a municipal police", "Melusi Ncube"),
            ("the war on vendors is", "Informal Traders Alliance of Zimbabwe"),
            ("We call on council to", "Informal Traders Alliance of Zimbabwe"),
        ],
    ),
    (
        """RESIDENTS' FURY AS SUSPECTED THUGS BURNT TO DEATH!

By Sibusiso Nkwanyana

THE residents of Phomolong Extension 3 say they are tired of living in fear.

But cops have warned that taking the law into their own hands will land them in jail.

This after two suspected thieves were allegedly beaten and set alight by an angry mob on Saturday night.

The pair was accused of breaking into a spaza shop and stealing cigarettes, airtime and cash.

A resident, who didn't want to be named, told Daily Sun the men had been terrorising the kasi for months.

'They broke into my house twice. Last week they stabbed a young man for his phone. People were angry and they had had enough,' he said.

Another resident, Gogo Maria Mahlangu (71), said she cried when she saw what happened.

'I have never seen anything like that. Those boys were somebody's children. Yes, they were criminals, but nobody deserves to die like that,' said gogo.

Shop owner Abdi Hassan said it was the fourth time his spaza had been robbed this year.

'I called the police many times. Nobody came. I lose thousands every time,' he said.

Phomolong police spokeswoman Captain Kholofelo Mashaba said a case of murder had been opened.

'We understand the frustration of the community, but mob justice is a crime. Anyone with information about the people who were involved should come forward,' she said.

Mashaba said no arrests had been made yet.

Ward councillor Jabulani Sithole called for calm and said a community meeting would be held on Wednesday.

'We will invite the police and the community policing forum so that residents can raise their concerns in a proper way,' said Sithole.

Phomolong Community Policing Forum chairman Bheki Zwane said the forum had asked for more patrols in the area.

'The police station is understaffed. We have only one van working at night for more than 40 000 people,' said Zwane.""",
        [
            ("They broke into my house", "resident"),
            ("I have never seen anything", "Maria Mahlangu"),
            ("I called the police many", "Abdi Hassan"),
            ("We understand the frustration of", "Kholofelo Mashaba"),
            ("We will invite the police", "Jabulani Sithole"),
            ("The police station is understaffed.", "Bheki Zwane"),
        ],
    ),
    (
        """Police arrest three over murder of Chipumbu businessman

By Mwape Kabwe

Police in Chipumbu have arrested three people in connection with the murder of a 54-year-old businessman whose body was found in a maize field last week.

Police Deputy Spokesperson Godfrey Mwanza has identified the deceased as Lackson Tembo, a transporter and farmer of Chipumbu's Kalonga area.

In a statement issued in Lusaka yesterday, Mr Mwanza said the suspects, aged 23, 31 and 36, were picked up on Sunday following a tip-off from members of the public.

"Brief facts are that on 3rd March 2024 at about 06:30 hours, a report was received at Chipumbu Police Station from a farm worker who discovered the body of the deceased in a field belonging to the deceased. The body had deep cuts on the head and neck," Mr Mwanza said.

"Investigations revealed that the deceased had withdrawn a substantial amount of money from a bank the previous day to pay for fertiliser and was last seen in the company of the suspects at a local drinking place."

He said a blood-stained axe and a mobile phone believed to belong to the deceased had been recovered from one of the suspects' houses.

Mr Mwanza said the suspects were in police custody and would appear in court soon. "Police are also hunting for a fourth suspect who is on the run," he added.

Family spokesperson Isaac Tembo, the deceased's younger brother, described him as a well-known figure in the area who employed more than 20 people on his farm and in his transport business.

"He was a generous man. When the rains failed last season, he was the one giving mealie meal to families in this village. We just want justice," Mr Tembo said.

Kalonga village headman Raphael Chanda said the community was "shocked and saddened", adding that cases of aggravated robbery had increased since the opening of new bars in the area.

"These drinking places operate 24 hours. Young people are drinking from morning to night and then they look for money to continue drinking," he said.

A senior police officer in the province, who spoke on condition of anonymity, told this reporter that detectives were also investigating whether the killing was linked to a land dispute.

"We are not ruling anything out. There was a long-standing disagreement over the boundary of that farm, and we are following that line as well," the officer said.

Mr Tembo's burial took place on Saturday at Kalonga cemetery and was attended by hundreds of mourners.""",
        [
            ("Brief facts are that on", "Godfrey Mwanza"),
            ("Investigations revealed that the deceased", "Godfrey Mwanza"),
            ("Police are also hunting for", "Godfrey Mwanza"),
            ("He was a generous man.", "Isaac Tembo"),
            ("shocked and saddened", "Raphael Chanda"),
            ("These drinking places operate 24", "Raphael Chanda"),
            ("We are not ruling anything", "senior police officer in the province"),
        ],
    ),
    (
        """Cable theft kingpin gets 25 years as judge slams 'economic sabotage'

Nandi Mthembu

A man described by prosecutors as the mastermind of a syndicate that stripped kilometres of copper cable from railway lines along the Kgotsong corridor has been sentenced to 25 years in prison.

The High Court sitting in Rietvlei on Friday also sentenced four co-accused to between 12 and 18 years each for theft, tampering with essential infrastructure and racketeering.

Judge Maureen Olivier said the men had run their operation "like a business", employing lookouts, drivers and a scrapyard owner who melted down the stolen cable.

Handing down sentence, Olivier said: "The damage caused by the accused cannot be measured only in rands. Commuters lost their jobs because trains did not run. Learners could not get to school. This is nothing short of economic sabotage."

She said the court had taken into account that the main accused, Lucky Mabaso, 45, had shown no remorse and had "continued to direct the syndicate's affairs from his cell" while awaiting trial.

Mabaso's co-accused include scrapyard owner Johan Pretorius, 58, who was sentenced to 15 years.

The rail operator, Metro Rail Services Corporation (MRSC), said the thefts had cost it more than R340-million in repairs and lost revenue between 2020 and 2023.

"We welcome the sentences and commend the prosecution team and the investigators for their dedication. This sends a strong message to those who see our infrastructure as a source of easy money," the company said in a statement.

The company said it had since deployed drones and additional security personnel along the corridor.

National Prosecuting Authority spokesperson Adv Kgomotso Dube said the conviction followed a three-year investigation by the police's organised crime unit.

"This was a complex matter involving more than 60 witnesses, financial records and cellphone data. It demonstrates what can be achieved when law enforcement agencies work together," Dube said.

Outside court, commuter activist Pulane Mofokeng said the sentences came too late for many.

"I know people who lost their jobs because they were late every day for two years. Who will compensate them?" she asked.

Defence attorney Riaan Botha told TimesLIVE his client would appeal against both conviction and sentence.

"We believe the trial court misdirected itself on the evidence of the section 204 witness, and we will be filing our application for leave to appeal within the prescribed time," Botha said.""",
        [
            ("economic sabotage", "Maureen Olivier"),
            ("like a business", "Maureen Olivier"),
            ("The damage caused by the", "Maureen Olivier"),
            ("continued to direct the syndicate's", "Maureen Olivier"),
            ("We welcome the sentences and", "Metro Rail Services Corporation"),
            ("This was a complex matter", "Kgomotso Dube"),
            ("I know people who lost", "Pulane Mofokeng"),
            ("We believe the trial court", "Riaan Botha"),
        ],
    ),
]
