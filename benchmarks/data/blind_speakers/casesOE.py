CASES = [
    (
        """Ex-governor charged over Sh1.4bn hospital tender

By KEVIN OMONDI

Former Tana Ridge Governor Samuel Lokorio Ekai was yesterday charged with abuse of office and conspiracy to commit an offence of corruption over the award of a Sh1.4 billion tender for a county referral hospital that was never completed.

Mr Ekai, who served one term before losing his seat in the 2022 General Election, appeared before Milimani Anti-Corruption Chief Magistrate Esther Wanjiru Mbogo alongside six former county officials and two directors of a Nairobi-based construction firm. They all denied the 14 counts.

The prosecution, led by Senior Assistant Director of Public Prosecutions Caleb Nyakundi, told the court that the contract was awarded to Kilima Works Ltd even though the company had "no known experience in building health facilities" and had been registered only three weeks before the tender closed.

"The evidence will show that the tender evaluation committee was a mere formality and that the decision had been made long before the bids were opened," Mr Nyakundi said.

He opposed the release of the accused on lenient terms, arguing that some of them had attempted to contact potential witnesses. "We have statements from at least two witnesses who say they received calls from persons associated with the accused. We are asking the court to impose strict conditions," he told the court.

Defence lawyer Dunstan Kipkemboi Rotich said the charges were politically motivated and urged the court to release his client on reasonable terms.

"My client has been a target of his political rivals since he left office. He has cooperated fully with the Ethics and Anti-Corruption Commission and has never been asked to record a statement on some of the issues now before this court," Mr Rotich said.

Ms Mbogo released Mr Ekai on a cash bail of Sh5 million or a bond of Sh15 million with two sureties of a similar amount, and barred him from accessing the county headquarters in Kinyara town without the permission of investigators.

"The accused persons shall not, directly or indirectly, communicate with any of the prosecution witnesses," the magistrate ruled.

The EACC said in a statement that investigations had established that Sh612 million was paid to the contractor within four months of the contract being signed, while an inspection of the site found only "foundation works and a perimeter wall".

"Public funds meant to improve healthcare for thousands of residents ended up in private pockets. The commission will pursue the recovery of every shilling," the statement said.

Outside the court, Mr Ekai told journalists he was confident he would be cleared. "I have nothing to hide. Let the court do its work," he said.

Halima Guyo, a community health volunteer who travelled from Tana Ridge to follow the case, said residents had waited too long.

"We were promised a hospital with a theatre and a maternity wing. Today mothers still travel 90 kilometres to deliver," she said.

The case will be mentioned on March 12.""",
        [
            ("no known experience in building", "Caleb Nyakundi"),
            ("The evidence will show that", "Caleb Nyakundi"),
            ("We have statements from at", "Caleb Nyakundi"),
            ("My client has been a", "Dunstan Kipkemboi Rotich"),
            ("The accused persons shall not,", "Esther Wanjiru Mbogo"),
            ("foundation works and a perimeter", "Ethics and Anti-Corruption Commission"),
            ("Public funds meant to improve", "Ethics and Anti-Corruption Commission"),
            ("I have nothing to hide.", "Samuel Lokorio Ekai"),
            ("We were promised a hospital", "Halima Guyo"),
        ],
    ),
    (
        """Uganda opposition leader asks Supreme Court to annul presidential vote

KAMPALA, Feb 2 (Reuters) - Ugandan opposition leader Joseph Kizza Mutebi on Monday asked the Supreme Court to annul last month's presidential election, saying the vote was marred by ballot stuffing, intimidation of voters and the abduction of his polling agents.

Mutebi, who leads the National People's Alliance (NPA), won 31% of the vote according to official results, against 64% for the incumbent. The Electoral Commission declared the ruling party's candidate the winner on Jan. 18.

"We have filed evidence from more than 400 polling stations where the number of votes cast exceeded the number of registered voters," Mutebi told reporters outside the court in Kampala. "This was not an election. It was a military operation."

His legal team said the petition was backed by sworn statements from about 1,200 witnesses, including polling agents who said they were chased away from tallying centres by soldiers.

"The scale of the irregularities goes to the root of the election, and no court acting in good faith can ignore it," said Medard Lubega Kiwanuka, the lead counsel for the petitioner.

The Electoral Commission rejected the allegations. "The commission conducted a free, fair and transparent election and we are ready to defend the results in court," its spokesman Paul Bukenya Ssali said in a statement.

Government spokesman Richard Opio Okello said the opposition had every right to petition the court. "The petitioner is entitled to go to court. That is what the constitution provides," he said, but added that the NPA was "trying to win in court what they failed to win at the ballot box".

The petition is the latest in a series of court challenges to presidential results in Uganda. In previous cases the Supreme Court found irregularities but ruled that they had not substantially affected the outcome, a threshold that critics say is almost impossible for a petitioner to meet.

Western governments have raised concerns about the conduct of the vote, which took place during a five-day internet shutdown and after weeks in which opposition rallies were dispersed with teargas.

"There were serious concerns about the environment in which this vote took place, particularly the internet shutdown and the restrictions on opposition campaigning," a Western diplomat in Kampala told Reuters, asking not to be named because he was not authorised to speak publicly.

Under the constitution, the court has 45 days to deliver its ruling. If it annuls the result, a fresh election must be held within 20 days.

"The court has historically been reluctant to overturn an incumbent's victory, but the volume of evidence this time is significant," said Winnie Nabukeera, a researcher at the Kampala-based Centre for Governance and Policy Studies. "The judges will be under enormous pressure from all sides."

(Reporting by Denis Ssekandi; Editing by Alison Pryce)""",
        [
            ("We have filed evidence from", "Joseph Kizza Mutebi"),
            ("This was not an election.", "Joseph Kizza Mutebi"),
            ("The scale of the irregularities", "Medard Lubega Kiwanuka"),
            ("The commission conducted a free,", "Paul Bukenya Ssali"),
            ("The petitioner is entitled to", "Richard Opio Okello"),
            ("trying to win in court", "Richard Opio Okello"),
            ("There were serious concerns about", "Western diplomat"),
            ("The court has historically been", "Winnie Nabukeera"),
            ("The judges will be under", "Winnie Nabukeera"),
        ],
    ),
    (
        """Seven Mzinga council officials charged with embezzling Sh860 million

By Rehema Mtweve

Mwanza. Seven officials of the Mzinga District Council, including a former district executive director, were yesterday arraigned at the Resident Magistrate’s Court in Mwanza and charged with 23 counts of forgery, embezzlement and occasioning loss of Sh860 million meant for the construction of secondary school classrooms.

Reading the charges before Resident Magistrate Zuhura Athumani Kimaro, Prevention and Combating of Corruption Bureau (PCCB) prosecutor Emmanuel Mushi said the offences were committed between July 2021 and June 2023.

“It is alleged that the accused persons, with intent to defraud, prepared and uttered false payment vouchers purporting to show that the council had paid contractors for works that were never done,” Mr Mushi told the court.

Those charged include former district executive director Felix Kaaya Shirima, the council’s former treasurer and its former district engineer. They denied all the charges.

The magistrate said the court had no jurisdiction to entertain bail applications because the amount involved exceeded the threshold set under the Economic and Organised Crime Control Act, and the accused were remanded until March 4, when the case will come up for mention.

The case follows the Controller and Auditor General’s report titled “Performance Audit on the Construction of Secondary School Infrastructure”, which last year flagged payments made by several councils for unfinished projects.

Speaking to reporters after the arraignment, Mwanza Regional PCCB Commander Alfred Mgeni Lyimo said investigations had established that at least 11 classrooms paid for in full were either incomplete or did not exist.

“We went to the schools ourselves. In one ward, we found only a foundation overgrown with grass, yet the records show that the classrooms were handed over and paid for,” he said.

Mr Lyimo said the bureau had so far recovered Sh112 million from some of the contractors involved and urged members of the public to “continue giving us information without fear”.

Advocate Jacob Mwakalinga, who represents Mr Shirima, told The Citizen that his client would “prove his innocence in court”.

“My client signed documents that were prepared and verified by technical officers. He had no reason to doubt them. He is being made a scapegoat,” he said.

At Bujashi Secondary School, one of the schools named in the charge sheet, parents said Form One students were still being taught under trees.

“Our children study under trees while money meant for them was being eaten. We want the people responsible to pay it back,” said Neema Josephat Mollel, a parent and member of the school board.

Mzinga District Commissioner Hassan Omari Salum said the government had allocated fresh funds to complete the classrooms before the next academic year.

“Government will not allow the children of Mzinga to suffer because of a few dishonest individuals,” he said.""",
        [
            ("It is alleged that the", "Emmanuel Mushi"),
            ("We went to the schools", "Alfred Mgeni Lyimo"),
            ("continue giving us information without", "Alfred Mgeni Lyimo"),
            ("prove his innocence in court", "Jacob Mwakalinga"),
            ("My client signed documents that", "Jacob Mwakalinga"),
            ("Our children study under trees", "Neema Josephat Mollel"),
            ("Government will not allow the", "Hassan Omari Salum"),
        ],
    ),
    (
        """Witness tells court how Shs9b pension cash was paid to ghost pensioners

BY DERRICK KIBIRIGE

Kampala. A former accounts assistant in the Ministry of Public Service yesterday told the Anti-Corruption Division of the High Court that she uploaded hundreds of unverified names onto the pension payroll on the instructions of her supervisor.

Ms Sarah Nakato Birungi was testifying in the trial of three former ministry officials, including former principal accountant Geoffrey Tumwine Kagoro, who are accused of causing financial loss of Shs9.2 billion through payments to more than 2,000 "ghost pensioners" between 2019 and 2021.

Led in evidence by Senior State Attorney Immaculate Akello, Ms Birungi said the instructions came late in the evening.

"I was called into the office of the principal accountant and given a flash disk with a list of names. I was told to upload them on the payroll that same evening because the payment file had to go to Bank of Uganda the following morning," Ms Birungi said.

She told the court she raised concerns at the time.

"I told him that some of the names did not have files in the registry and that I could not verify them. He said they were pensioners from the former ministry whose files had been moved during the restructuring.

"I uploaded the names because I feared losing my job. I had been on contract for two years and I had a child to feed," she said.

During cross-examination, Mr Evans Ochieng Wandera, the lawyer for Mr Kagoro, put it to the witness that the system logs showed the uploads were made using her own credentials.

"You had the password. You uploaded the names. How can you now come to this court and claim that someone else is responsible?" Mr Wandera asked.

Ms Birungi replied: "I have never denied uploading the names. What I am telling this court is who gave them to me."

Mr Kagoro and his co-accused, former pension officer Ms Agnes Tibenda Kusiima and former systems administrator Mr Ronald Mugisha Byaruhanga, have denied the charges of causing financial loss, abuse of office and conspiracy to defraud.

The Inspectorate of Government, which investigated the matter, had earlier described the loss as "one of the largest single payroll frauds" ever uncovered in the public service.

The trial has faced repeated delays since the accused were first charged in 2022. Yesterday, Justice Margaret Apio Nsubuga declined a request by the defence to adjourn the cross-examination of the witness after one of the lawyers said he had been served with additional documents only on Monday.

"This court has adjourned this matter eleven times. The documents in question have been on record for months, and I will not allow any party to use them as a reason for further delay," Justice Nsubuga said.

The hearing continues today.""",
        [
            ("I was called into the", "Sarah Nakato Birungi"),
            ("I told him that some", "Sarah Nakato Birungi"),
            ("I uploaded the names because", "Sarah Nakato Birungi"),
            ("You had the password.", "Evans Ochieng Wandera"),
            ("I have never denied uploading", "Sarah Nakato Birungi"),
            ("one of the largest single", "Inspectorate of Government"),
            ("This court has adjourned this", "Margaret Apio Nsubuga"),
        ],
    ),
    (
        """One dead as violence mars Kenya by-election

Nairobi (AFP) - One person was killed and at least a dozen injured on Thursday when rival supporters clashed during a parliamentary by-election in western Kenya, police said, as the electoral commission suspended voting at several polling stations.

The by-election in Kisasi East constituency was called after the death of the sitting MP in November and has been seen as an early test of strength between the ruling Kenya Progress Party and the opposition ahead of the 2027 general election.

"A young man was hit on the head by a stone and died on the way to hospital. We have arrested nine suspects and more officers have been deployed," the area police commander, Joseph Kirui Langat, told AFP by telephone.

The Independent Electoral and Boundaries Commission (IEBC) said voting had been suspended at four polling stations where ballot boxes were destroyed.

"We have suspended voting in the affected polling stations and will announce a new date once the security situation allows," the IEBC said in a statement.

Benson Wafula Makokha, the candidate of the opposition Umoja Democratic Movement (UDM), accused the ruling party of bringing in hired youths to disrupt voting in his strongholds.

"Our opponents imported goons from outside the constituency to scare our voters away. The police watched and did nothing," Makokha told journalists after casting his ballot.

A spokesman for the Kenya Progress Party dismissed the accusations as "baseless and desperate", saying the party's supporters had been attacked first.

Interior minister Peter Mugo Kariuki said on X that those found to have organised or financed the violence "will face the full force of the law, regardless of their political affiliation".

A voter at the Bukhaya primary school polling station, who asked not to be named for fear of reprisals, described scenes of panic.

"They came in two lorries carrying sticks and machetes. People ran in all directions and some left their identity cards behind," she told AFP.

Kenya has a long history of election-related violence. More than 1,100 people were killed in the unrest that followed the disputed 2007 presidential election.

Rights groups have warned that by-elections are increasingly marked by clashes between gangs hired by rival camps.

"Every by-election has become a dress rehearsal for 2027, and the violence we are seeing today is a warning that must be taken seriously," said Irene Akinyi Odhiambo, executive director of the Nairobi-based rights group Haki Sasa Watch.""",
        [
            ("A young man was hit", "Joseph Kirui Langat"),
            ("We have suspended voting in", "Independent Electoral and Boundaries Commission"),
            ("Our opponents imported goons from", "Benson Wafula Makokha"),
            ("baseless and desperate", "spokesman"),
            ("will face the full force", "Peter Mugo Kariuki"),
            ("They came in two lorries", "voter"),
            ("Every by-election has become a", "Irene Akinyi Odhiambo"),
        ],
    ),
    (
        """EACC raids senator's homes in Sh300m land probe

By Mercy Jepkosgei

Detectives from the Ethics and Anti-Corruption Commission (EACC) yesterday raided three homes belonging to Lake Kiboko Senator Dorcas Chebet Kiprono in an investigation into the alleged irregular allocation of public land worth Sh300 million.

The early morning operations in Nairobi's Karen and in Kiboko town lasted more than six hours, with detectives leaving with boxes of documents, laptops and at least two mobile phones.

An official at the commission who sought anonymity because he was not authorised to speak to the media said detectives had found documents linking the senator to several parcels of land that had been set aside for public use.

"We found title deeds for parcels that should be public land, including a plot set aside for a primary school and another for a dispensary," the official said.

In a statement, EACC Chief Executive Officer Abdi Noor Mohamed said the commission had obtained search warrants from the court before the operation.

"The commission is investigating allegations that public officers colluded with private individuals to alienate land reserved for public utilities in Kiboko town and its environs," Mohamed said.

He said the suspects would be summoned to record statements "in due course".

Speaking at a funeral in Kiboko later in the day, Kiprono dismissed the raid as a political witch-hunt orchestrated by her rivals.

"I have been in public service for 15 years and I have never been found guilty of anything. These people want to intimidate me because I have refused to support certain bills in the Senate," she said.

She added: "If they have evidence, let them take me to court. I am not going anywhere."

Her lawyer, Silas Mutua Kyalo, said the raid on her Karen home was "unprocedural and meant to embarrass our client", claiming detectives had arrived before her representatives could be present. He said they would move to court to challenge the seizure of the phones.

The land at the centre of the probe, measuring about 12 acres, was allocated to a private company in 2014 and later subdivided and sold, according to documents seen by The Standard.

Residents of Kiboko have staged several protests over the land in the last eight years.

"That land was our children's school. We have been fighting for it since 2016 and nobody listened to us until now," said John Otieno Ouma, chairman of the Kiboko Residents Welfare Association.

The EACC has in the past year recovered public land valued at more than Sh4 billion, according to its annual report.""",
        [
            ("We found title deeds for", "official at the commission"),
            ("The commission is investigating allegations", "Abdi Noor Mohamed"),
            ("in due course", "Abdi Noor Mohamed"),
            ("I have been in public", "Dorcas Chebet Kiprono"),
            ("If they have evidence, let", "Dorcas Chebet Kiprono"),
            ("unprocedural and meant to embarrass", "Silas Mutua Kyalo"),
            ("That land was our children's", "John Otieno Ouma"),
        ],
    ),
    (
        """Courts become final arbiters as East Africa heads into election season

By FAITH NDUTA KAMAU

As Kenya, Uganda and Tanzania move toward their next round of general elections, lawyers, politicians and civil society groups in all three countries are preparing for a familiar second contest: the one that takes place in the courtroom.

Election petitions have multiplied across the region over the past decade, and judges are increasingly being asked to settle disputes that electoral commissions could not.

“Citizens no longer trust electoral commissions, so they go to the judges. That puts enormous weight on institutions that were never designed to decide who governs,” says Prof Hamisi Juma Mrisho, a constitutional law scholar at the Kilimanjaro Institute of Governance in Arusha.

A study by the Electoral Justice Network titled “Who Guards the Ballot? Election Disputes in East Africa, 2010–2022” found that more than 1,400 petitions were filed in the three countries over the period, but fewer than one in ten resulted in a nullification.

Dr Patience Kobusingye Atwine, who heads the Kampala-based think-tank Democratic Futures Initiative, argues that the courts have been inconsistent.

“In Kenya, the Supreme Court showed in 2017 that it can annul a presidential election. In Uganda and Tanzania, judges have been far more cautious, and that caution is read by the public as deference to the executive,” she says.

In Tanzania, opposition parties complain that petitions are routinely thrown out on technicalities. Ally Rajabu Kombo, secretary-general of the opposition Chama cha Haki na Maendeleo (Hakima), told The EastAfrican that the party filed 37 petitions after the last local government polls and that “not a single one has been heard on merit”.

A senior official in the Attorney General’s chambers in Dodoma, who spoke on condition of anonymity, rejected that characterisation.

“Petitions are dismissed because they are filed out of time or without the required security for costs. That is the law, not politics,” the official said.

In Kenya, where the courts have a stronger record of independence, the barrier is often cost.

“An election petition in Kenya can cost a candidate upwards of Sh20 million in legal fees. Justice in electoral matters has become something only the wealthy can afford,” says Nairobi advocate Grace Wambui Njoroge, who has represented petitioners in more than a dozen cases.

The pressures on the judiciary extend beyond elections. The East African Law Society said in a statement last month that judicial independence in the region was “under sustained attack” through budget cuts, delayed appointments and public attacks on judges by politicians.

Prof Mrisho warns that courts cannot substitute for credible electoral bodies.

“If we keep relying on judges to rescue elections, we will eventually exhaust the public’s faith in the judiciary as well,” he says. “Reform has to begin with the commissions themselves.”""",
        [
            ("Citizens no longer trust electoral", "Hamisi Juma Mrisho"),
            ("In Kenya, the Supreme Court", "Patience Kobusingye Atwine"),
            ("not a single one has", "Ally Rajabu Kombo"),
            ("Petitions are dismissed because they", "senior official in the Attorney General’s chambers"),
            ("An election petition in Kenya", "Grace Wambui Njoroge"),
            ("under sustained attack", "East African Law Society"),
            ("If we keep relying on", "Hamisi Juma Mrisho"),
            ("Reform has to begin with", "Hamisi Juma Mrisho"),
        ],
    ),
    (
        """Court nullifies Kyabuyonga MP's election over academic papers

By Juliet Nakalembe

The High Court in Masaka has nullified the election of Kyabuyonga County MP Robert Ssempala Mayanja after finding that he did not possess the minimum academic qualifications required to stand for Parliament.

Delivering judgment on Tuesday, Justice Henry Tumusiime Kaweesi said the MP had failed to prove that he completed Advanced Level education or its equivalent, as required by the Constitution and the Parliamentary Elections Act.

"The respondent failed to produce any credible evidence that he sat for and passed the Uganda Advanced Certificate of Education examinations or obtained an equivalent qualification," Kaweesi ruled.

The judge noted that the certificate presented by Mayanja bore a centre number that, according to the Uganda National Examinations Board, did not exist in the year indicated. He went on:

"A person who seeks to represent the people must first be honest with them. The documents presented to this court raise more questions than they answer.

"Accordingly, the election of the first respondent is set aside and the seat is declared vacant. The respondents shall pay the costs of this petition."

The petition was filed by Florence Namuli Ssebagala, who came second in the race.

Speaking to journalists outside the court, Namuli said: "This is a victory for the voters of Kyabuyonga. They were lied to, and the court has confirmed it."

Mayanja's lawyer, Brian Katende Musoke, said his client would appeal. "We respect the court, but we disagree with its evaluation of the evidence. We have already instructed our team to file a notice of appeal," Musoke said.

Mayanja was not in court when the judgment was delivered.

The Electoral Commission said it would wait for the outcome of any appeal before organising a by-election. "The commission will be guided by the law and the final decision of the courts," the commission's spokesperson said.

In Kyabuyonga town, residents had mixed reactions to the ruling.

"We are tired of going back to the polls every few years," said Ssali Kintu, a boda boda rider. "Each by-election brings violence and bribery, and in the end nothing changes for us."

"If he lied about his papers, then the court has done the right thing. Leaders must respect the law like everybody else," said a trader at Kyabuyonga main market who declined to be named.

Under the Parliamentary Elections Act, an appeal against the judgment must be filed within 30 days.""",
        [
            ("The respondent failed to produce", "Henry Tumusiime Kaweesi"),
            ("A person who seeks to", "Henry Tumusiime Kaweesi"),
            ("Accordingly, the election of the", "Henry Tumusiime Kaweesi"),
            ("This is a victory for", "Florence Namuli Ssebagala"),
            ("We respect the court, but", "Brian Katende Musoke"),
            ("The commission will be guided", "spokesperson"),
            ("We are tired of going", "Ssali Kintu"),
            ("Each by-election brings violence and", "Ssali Kintu"),
            ("If he lied about his", "trader at Kyabuyonga main market"),
        ],
    ),
]
