CASES = [
    (
        """Zambian villagers sue copper miner over resettlement as output push gathers pace

By Chanda Mwewa

LUSAKA, March 14 (Reuters) - More than 300 households in Zambia's Copperbelt province have filed a lawsuit against a Canadian-listed miner, accusing it of forcing them off ancestral land without adequate compensation as the country races to triple copper output.

The suit, filed at the Lusaka High Court on Wednesday, names Luanshimba Copper Ltd, a unit of Toronto-based Kestrel Ridge Mining, and Zambia's Ministry of Mines and Minerals Development.

"We were given 14 days to leave land our grandparents farmed," said Esther Mulenga, a 52-year-old cassava farmer from Kalwesa village who is among the plaintiffs. "Nobody asked us what the land was worth."

Lawyers for the villagers said the company had offered each household between 8,000 and 15,000 kwacha ($300-$560), far below what they said was the value of the farmland and homes lost.

Kestrel Ridge said in an emailed statement that it had followed "all applicable Zambian laws and international standards" in relocating families from the site of its planned Mwambashi open pit.

"The resettlement programme was developed in consultation with traditional leadership and local authorities over 18 months," the company said, adding that it would "respond to the claims through the proper legal channels."

Zambia, Africa's second-biggest copper producer, wants to raise output to 3 million tonnes a year by 2031 from around 820,000 tonnes last year, and has courted foreign investors with tax incentives and faster licensing.

Deputy Mines Minister Alfred Sichone told reporters in Lusaka the government would not allow investors to "trample on the rights of our people", but said the ministry had not yet seen the court papers.

"Where there are genuine grievances, we will intervene," Sichone said. "But we also cannot allow every project to be held hostage."

Civil society groups have warned that the expansion drive risks repeating disputes seen elsewhere in the Copperbelt, where communities have complained for years about pollution and displacement.

"The problem is not mining as such, it is that the people living on the land are treated as an afterthought," said Brian Chileshe, director of the Lusaka-based Centre for Extractive Justice.

A government official familiar with the matter, who asked not to be named because he was not authorised to speak to the media, said the ministry was reviewing the company's resettlement action plan.

"There are gaps in the valuation that we have flagged before," the official said.

Kestrel Ridge shares fell 2.1% in Toronto on Thursday. The court has set a first hearing for April 22.

($1 = 26.7500 kwacha)

(Reporting by Chanda Mwewa; Editing by Tom Hollis)""",
        [
            ("We were given 14 days", "Esther Mulenga"),
            ("Nobody asked us what the", "Esther Mulenga"),
            ("all applicable Zambian laws and", "Kestrel Ridge Mining"),
            ("The resettlement programme was developed", "Kestrel Ridge Mining"),
            ("respond to the claims through", "Kestrel Ridge Mining"),
            ("trample on the rights of", "Alfred Sichone"),
            ("Where there are genuine grievances", "Alfred Sichone"),
            ("But we also cannot allow", "Alfred Sichone"),
            ("The problem is not mining", "Brian Chileshe"),
            ("There are gaps in the", "government official familiar with the matter"),
        ],
    ),
    (
        """Govt moves to resolve Mazowe farm wrangle

Herald Correspondent

GOVERNMENT has set up a five-member committee to investigate a protracted ownership dispute over Chidza Farm in Mashonaland Central Province, where two groups of A1 beneficiaries have been fighting over the same 240 hectares for nearly three years.

Speaking during a tour of the farm on Tuesday, Deputy Minister of Lands, Agriculture, Fisheries, Water and Rural Development Cde Winston Mashingaidze said the committee would present its findings within 30 days.

“We cannot have a situation where people who were allocated land legally are living in fear,” he said. “The Second Republic is committed to security of tenure and nobody will be allowed to take the law into their own hands.”

He said some of the disputes arose from offer letters issued by officials who had since left the district.

“Some of these offer letters were issued irregularly, and we are going to verify every single one of them,” said Deputy Minister Mashingaidze.

The dispute pits about 40 families resettled in 2003 against a group of newer settlers who claim they were allocated plots by the district lands committee in 2021.

Mr Lovemore Gwatidzo, who chairs the original settlers’ committee, said the families had been farming the land for two decades.

“We have title to nothing but we have our offer letters, and we have been growing maize and tobacco here since 2003,” said Mr Gwatidzo. “Now people arrive with pegs and tell us this is their land.”

But Mrs Rudo Makoni, speaking on behalf of the newer settlers, accused the older group of holding on to land they were not using.

“Half of this land was lying idle when we came. We were given plots by the committee and we have the papers,” she said.

Mazowe District Development Coordinator Mr Peter Chinembiri said police had been deployed to the farm after a clash last month in which two people were injured.

“The situation is now calm, but we have urged both parties to refrain from any acts of violence while the committee does its work,” he said.

Zimbabwe Republic Police Mashonaland Central provincial spokesperson Inspector Milton Dube confirmed that four people had been arrested in connection with the February 12 clash.

“The suspects were charged with public violence and will appear in court soon,” said Insp Dube.

In a statement last week, the Zimbabwe Land Commission said it had received “numerous complaints of double allocation” in the province and had begun a land audit in three districts.

Government has been issuing 99-year leases and permits to resettled farmers to give them security of tenure and allow them to access funding from banks.

Farmers at Chidza said they hoped the committee’s findings would allow them to prepare for the coming summer cropping season without fear of being evicted.""",
        [
            ("We cannot have a situation", "Winston Mashingaidze"),
            ("The Second Republic is committed", "Winston Mashingaidze"),
            ("Some of these offer letters", "Winston Mashingaidze"),
            ("We have title to nothing", "Lovemore Gwatidzo"),
            ("Now people arrive with pegs", "Lovemore Gwatidzo"),
            ("Half of this land was", "Rudo Makoni"),
            ("The situation is now calm", "Peter Chinembiri"),
            ("The suspects were charged with", "Milton Dube"),
            ("numerous complaints of double allocation", "Zimbabwe Land Commission"),
        ],
    ),
    (
        """Opposition cries foul as Nyamasowe West by-election violence spreads

BY TAPIWA MANYONGA

THE opposition Citizens’ Democratic Front (CDF) has accused ruling party activists of unleashing a wave of violence against its supporters ahead of the Nyamasowe West by-election set for next month, with at least seven people reportedly hospitalised.

CDF spokesperson Fadzai Mukwena told NewsDay yesterday that the party’s candidate, Tonderai Ziyambi, had been forced to cancel three rallies after his supporters were attacked.

“Our supporters are being beaten in broad daylight and the police are watching,” Mukwena said. “This is not an election, it is an intimidation campaign.”

She said the party had written to the Zimbabwe Electoral Commission (Zec) and the police, but had received no response.

“We have given them names, dates and places. We have given them medical reports. What more do they want?” she asked.

Ziyambi, a former headmaster, said he would not pull out of the race.

“I will be on that ballot paper. The people of Nyamasowe West deserve a choice and they will have one,” he told a Press conference at Mutambara business centre.

The ruling party’s provincial spokesperson, Gift Chabvuta, dismissed the allegations as “cheap propaganda by a party that knows it is going to lose”.

“Our party preaches peace. If there are any criminals using our name, the police must arrest them,” Chabvuta said.

In a statement yesterday, Zec said it had “noted with concern reports of politically motivated violence” in the constituency and urged all contestants to abide by the electoral code of conduct.

Provincial police spokesperson Chief Superintendent Enock Marufu said two people had been arrested in connection with an attack on CDF supporters at Chiwara village last Saturday.

“Anyone found on the wrong side of the law will be dealt with, regardless of their political affiliation,” Marufu said.

A nurse at Nyamasowe Rural Health Centre, who requested anonymity for fear of victimisation, said the clinic had treated several people with injuries consistent with assault over the past fortnight.

“Some came with deep cuts on their heads, others could not walk. We referred three of them to the district hospital,” the nurse said.

Zimbabwe Election Watch Trust director Kudzai Nyakudya said by-elections had become flashpoints because they attracted resources and attention from both main parties.

“Violence in by-elections has become normalised, and it undermines the credibility of the whole process,” Nyakudya said.

“Voters who are beaten today will not come out to vote tomorrow, and that is exactly the point.”

The seat fell vacant in January following the death of the sitting legislator. Four candidates have filed nomination papers.""",
        [
            ("Our supporters are being beaten", "Fadzai Mukwena"),
            ("This is not an election", "Fadzai Mukwena"),
            ("We have given them names", "Fadzai Mukwena"),
            ("I will be on that", "Tonderai Ziyambi"),
            ("cheap propaganda by a party", "Gift Chabvuta"),
            ("Our party preaches peace.", "Gift Chabvuta"),
            ("noted with concern reports of", "Zimbabwe Electoral Commission"),
            ("Anyone found on the wrong", "Enock Marufu"),
            ("Some came with deep cuts", "nurse at Nyamasowe Rural Health Centre"),
            ("Violence in by-elections has become", "Kudzai Nyakudya"),
            ("Voters who are beaten today", "Kudzai Nyakudya"),
        ],
    ),
    (
        """MEC extends voter registration in three districts as opposition cries foul

The Malawi Electoral Commission (MEC) has extended voter registration by five days in three districts in the Southern Region after biometric kits broke down, leaving thousands of would-be voters stranded at registration centres.

MEC chairperson Justice Chifundo Kalua announced the extension at a news conference in Blantyre on Monday, saying the commission had received reports of "persistent and widespread technical challenges" in Nkhwazi, Mwalenje and Chisoka districts.

"The commission is aware that some eligible Malawians failed to register through no fault of their own," Kalua said. "We will not allow anyone to be disenfranchised because of a machine."

But the opposition United People's Movement (UPM) says the extension is not enough, arguing that the breakdowns were concentrated in its strongholds.

UPM secretary general Blessings Kachingwe said the party suspected "a deliberate scheme" to suppress turnout in the south.

"How is it that kits work perfectly in some regions and fail every single day in ours? Malawians are not fools," Kachingwe told Nyasa Times.

He said the party would write to MEC demanding a full audit of the registration equipment and may seek an injunction from the High Court if its concerns were not addressed.

The governing party has dismissed the claims. Its publicity secretary, Ellen Mbewe, said the opposition was "looking for excuses early" ahead of next year's polls.

"The UPM should spend its energy mobilising people to register rather than blaming MEC for every small problem," Mbewe said.

Traditional leaders in the affected areas have also expressed frustration. Group Village Head Amos Chikhwaza of Mwalenje said some of his subjects walked more than 20 kilometres to registration centres only to be turned back.

"My people left their fields to come here. They were told to come back tomorrow, and the next day, and the next," said the chief.

A MEC official in Chisoka, who spoke on condition of anonymity because he was not authorised to speak to the press, said the commission had run short of spare batteries and printer cartridges.

"We reported the problem two weeks ago. The spares only arrived on Saturday," the official said.

Governance commentator Dr Tiwonge Nyirenda of the Centre for Democratic Accountability said MEC needed to communicate more openly with the public.

"When there is no information, people fill the gap with suspicion. MEC must be open about what went wrong," Nyirenda said.

Registration in the three districts will now close on Saturday. MEC says more than 6.2 million people have registered nationwide so far, against a target of 7.1 million.""",
        [
            ("persistent and widespread technical challenges", "Chifundo Kalua"),
            ("The commission is aware that", "Chifundo Kalua"),
            ("We will not allow anyone", "Chifundo Kalua"),
            ("a deliberate scheme", "Blessings Kachingwe"),
            ("How is it that kits", "Blessings Kachingwe"),
            ("looking for excuses early", "Ellen Mbewe"),
            ("The UPM should spend its", "Ellen Mbewe"),
            ("My people left their fields", "Amos Chikhwaza"),
            ("We reported the problem two", "MEC official in Chisoka"),
            ("When there is no information", "Tiwonge Nyirenda"),
        ],
    ),
    (
        """Govt revokes emerald licence after chiefs' petition

By Mwila Nsofwa

GOVERNMENT has revoked the large-scale mining licence of Greenstone Gems Limited in Chishinga district following a petition by three chiefs who accused the firm of encroaching on customary land and failing to compensate displaced villagers.

In a letter dated June 3, addressed to the company's managing director and seen by News Diggers, Mining Cadastre Department director Bernard Mutale states that the company "failed to remedy material breaches" of its licence conditions within the prescribed period.

"Pursuant to Section 39 of the Mines and Minerals Development Act, the Ministry hereby revokes the said licence with immediate effect," reads the letter.

The revocation follows months of tension in the area, where villagers have accused the company's security guards of beating small-scale miners and demolishing homes.

Induna Mathews Chola, who speaks on behalf of Chief Kabwela, said the chiefs welcomed the decision:

"We have been crying for two years. Our people were chased from land they had lived on since before independence. Some had their houses pulled down with children's things inside.

"We thank the government for listening, but we want the land returned to the people, not given to another investor."

According to Federation of Small-Scale Miners of Zambia president Agness Mwape, "more than 400 artisanal miners" were chased off the site when the company fenced it off in 2023.

But Greenstone Gems general manager Henry Lungu said the company would challenge the revocation.

"We have invested over US$12 million in this project and employ 230 Zambians. We were never given a fair hearing," said Lungu.

He said the company had complied with "every directive issued by the ministry" and had paid compensation to 64 households.

"The allegations of violence are being used to settle political scores. We have never demolished anyone's house," he said.

When contacted, a spokesperson for the Ministry of Mines and Minerals Development said the company was free to appeal to the Minister within 30 days.

"The decision was made after due process. The company was given notice and ample time to respond," the spokesperson said.

Residents of Kashiba village, about 12 kilometres from the mine site, said they wanted to return to their fields before the rainy season.

Last year, the chiefs wrote to the Ministry complaining that the company had been allocated an area that included two villages, a school and a graveyard.

The company, which is owned by a consortium of local and foreign investors, started operations in 2021 and exports rough emeralds mainly to buyers in India and Thailand.""",
        [
            ("failed to remedy material breaches", "Bernard Mutale"),
            ("Pursuant to Section 39 of", "Bernard Mutale"),
            ("We have been crying for", "Mathews Chola"),
            ("We thank the government for", "Mathews Chola"),
            ("more than 400 artisanal miners", "Agness Mwape"),
            ("We have invested over US$12", "Henry Lungu"),
            ("every directive issued by the", "Henry Lungu"),
            ("The allegations of violence are", "Henry Lungu"),
            ("The decision was made after", "spokesperson"),
        ],
    ),
    (
        """In Malawi, rare earth rush stirs fears over farmland

Kamwendo (Malawi) (AFP) - Standing at the edge of a maize field marked with red survey pegs, Ruth Phiri points to the hill where geologists have been drilling for two years.

"That hill is where we bury our dead. Now they tell us it is full of money," the 61-year-old widow told AFP.

Phiri's village of Kamwendo is one of 11 communities in Ntchenachena district that sit on or near a rare earth deposit that London-listed Lakeshore Minerals plans to start mining in 2027.

Malawi, one of the world's poorest countries, is betting that critical minerals -- used in electric vehicle motors and wind turbines -- can help it escape chronic foreign currency shortages.

"Mining is the new tobacco for Malawi," Mining Minister Wezi Chirwa-Ngwira told an investment conference in Lilongwe last month, referring to the crop that accounts for the bulk of the country's export earnings.

But residents say they have been told little about where they will go, or when.

"They came with papers in English and asked us to sign. Many people here cannot read," said Yohane Banda, a village headman.

Lakeshore Minerals said in a statement to AFP that it was "committed to a transparent and fair resettlement process" and that no household would be moved before compensation agreements were finalised.

"We have held more than 40 community meetings and will continue to engage with every affected family," chief executive Simon Ashworth said.

Activists say the country's mining law, while strong on paper, is poorly enforced.

"The law says communities must give free, prior and informed consent, but in practice consent means a thumbprint on a form," said Madalitso Gondwe of the Lilongwe-based Natural Resources Justice Network.

An official at the Ministry of Mines, speaking on condition of anonymity, acknowledged that "the ministry does not have enough inspectors" to monitor every exploration site in the country.

Malawi has granted more than 70 exploration licences for critical minerals since 2022, according to government figures, as Western governments seek alternatives to Chinese supplies.

In Kamwendo, where most families survive on less than two dollars a day, some young men see the mine as a rare chance of a wage.

Phiri is not so sure.

"If they pay us properly, maybe it is good for our children," she said. "But where will we find land like this? This soil feeds us without fertiliser."

str/rbu""",
        [
            ("That hill is where we", "Ruth Phiri"),
            ("Mining is the new tobacco", "Wezi Chirwa-Ngwira"),
            ("They came with papers in", "Yohane Banda"),
            ("committed to a transparent and", "Lakeshore Minerals"),
            ("We have held more than", "Simon Ashworth"),
            ("The law says communities must", "Madalitso Gondwe"),
            ("the ministry does not have", "official at the Ministry of Mines"),
            ("If they pay us properly", "Ruth Phiri"),
            ("But where will we find", "Ruth Phiri"),
        ],
    ),
    (
        """Machete gangs unleash terror on Ruvimbo gold claim

BY FARAI MATSIKA

AT least three people were killed and scores injured last weekend when rival gangs of artisanal miners, locally known as “mashurugwi”, clashed over a gold-rich shaft at Ruvimbo Mine in the Midlands province, police have confirmed.

Provincial police spokesperson Inspector Wellington Sibanda said 27 suspects had been arrested and machetes, axes and an unlicensed firearm recovered.

“We are appealing to members of the public with information on the whereabouts of the other suspects to come forward,” Sibanda said. “The police will not tolerate this lawlessness.”

He said the operation, code-named “Operation Dzivirira”, would continue until “all the criminal elements have been flushed out” of the area.

The Standard heard that the violence erupted after a group from a neighbouring district invaded the claim, which is registered to a local cooperative, Ruvimbo Miners Syndicate.

The syndicate’s chairperson, Ephraim Tshuma, said members had been forced to abandon the site.

“They came at night, about 60 of them, singing and waving machetes. Our members ran for their lives. One of our guards was hacked to death,” Tshuma said.

“We have been reporting these people to the police since January. Nothing was done until people died.”

A police officer at Ruvimbo base, who cannot be named for professional reasons, said officers on the ground were heavily outnumbered.

“We are six officers here. How do you confront 200 armed men with six officers?” the officer said.

Villagers said the gangs had also been raiding homesteads at night, stealing livestock and harassing women.

“At night we sleep with our doors locked and the children in one room. They steal chickens, goats, anything,” said a woman who declined to give her name.

Local councillor Nyasha Gumbo said the violence was linked to a long-running dispute over who controls the claims.

“Some of these claims belong to people with connections. The gangs know they are protected, and that is why they are so bold,” Gumbo said.

Officials from the Ministry of Mines and Mining Development were not immediately available for comment. However, in a statement last month, the ministry warned that it would cancel the registration of claims whose owners “sublet to violent gangs or fail to secure their sites”.

Machete violence has become common in gold mining areas across the Midlands, Mashonaland West and Manicaland, where thousands of unemployed youths have turned to “chikorokoza” (illegal gold panning) for survival.

Small-scale miners produce more than half of the country’s gold deliveries to the central bank’s gold buying unit.""",
        [
            ("We are appealing to members", "Wellington Sibanda"),
            ("The police will not tolerate", "Wellington Sibanda"),
            ("all the criminal elements have", "Wellington Sibanda"),
            ("They came at night, about", "Ephraim Tshuma"),
            ("We have been reporting these", "Ephraim Tshuma"),
            ("We are six officers here.", "police officer at Ruvimbo base"),
            ("At night we sleep with", "woman who declined to give her name"),
            ("Some of these claims belong", "Nyasha Gumbo"),
            ("sublet to violent gangs or", "Ministry of Mines and Mining Development"),
        ],
    ),
    (
        """‘We will not accept a stolen vote,’ ZRP warns ahead of Lukanga East poll

By CHILUFYA KASONDE

THE opposition Zambia Renewal Party (ZRP) has warned that it will not accept the outcome of Thursday’s Lukanga East parliamentary by-election if the Electoral Commission of Zambia (ECZ) fails to address its concerns over the voters’ register.

Addressing journalists at the party secretariat in Lusaka yesterday, ZRP secretary general Mutale Chanda said the party had identified more than 2,000 names of dead or relocated people on the register for the constituency.

“We will not accept a stolen vote. We are telling the ECZ now, before the election, so that nobody says we are bad losers afterwards,” Mr Chanda said.

He said the party had submitted the list to the commission two weeks ago.

“We have given the commission names, NRC numbers and even burial permits. Some of these people died in 2019 but they are still on the register,” he said.

Mr Chanda also accused police of blocking ZRP campaign meetings in the constituency while allowing the ruling party to hold rallies freely.

But ECZ public relations manager Patience Mwiinga said the commission had already investigated the complaint.

“The Commission has received the submission from the ZRP and our teams have verified it. Where we have found anomalies, those names have been flagged and will not be used at polling stations,” Mrs Mwiinga said.

She urged political parties to “refrain from making statements that may cause anxiety among voters” in the final days of the campaign.

Central Province Police Commissioner Robertson Mweemba denied that police had favoured any party.

“No political party has been singled out. We have only asked parties to avoid holding meetings in the same area on the same day because of the clashes we saw last week,” Mr Mweemba told journalists in Kabwe.

The ruling party’s Central Province chairperson, Godfrey Hamukoma, dismissed the ZRP claims.

According to Mr Hamukoma, the opposition was “preparing the ground for rejecting results because they know the people of Lukanga East have already decided”.

Zambia Citizens Election Watch executive director Grace Nkhata called on all parties to use the established channels to resolve their grievances.

“All stakeholders must respect the process. Complaints must be channelled through the conflict management committees, not press conferences,” said Ms Nkhata.

Six candidates are contesting the seat, which fell vacant after the High Court nullified the election of the area member of parliament over electoral malpractice.

About 48,000 voters are expected to cast their ballots at 112 polling stations across the constituency.""",
        [
            ("We will not accept a", "Mutale Chanda"),
            ("We will not accept a", "Mutale Chanda"),
            ("We have given the commission", "Mutale Chanda"),
            ("The Commission has received the", "Patience Mwiinga"),
            ("refrain from making statements that", "Patience Mwiinga"),
            ("No political party has been", "Robertson Mweemba"),
            ("preparing the ground for rejecting", "Godfrey Hamukoma"),
            ("All stakeholders must respect the", "Grace Nkhata"),
        ],
    ),
]
