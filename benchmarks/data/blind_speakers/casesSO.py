CASES = [
    (
        """Chaos mars DUP nominations in Kiruma as aspirants reject results

By KEVIN OTIENO

More than a dozen aspirants in Kiruma County have rejected the outcome of the Democratic Unity Party (DUP) primaries, claiming the exercise was marred by missing ballot papers, late opening of polling stations and open bribery.

The nominations, held on Saturday across the county's six constituencies, were expected to settle bitter contests for the governor, senator and woman representative tickets. Instead, several tallying centres were closed by police after supporters of rival candidates clashed.

Former county assembly speaker Joseph Mwangi Karanja, who lost the governor ticket to incumbent Governor Esther Wanjiru Muturi, said the process "was rigged from the very start".

"We had agents turned away at 12 polling stations in Ndoroko alone. Ballot papers arrived at 2pm in some areas and in others they never arrived at all. How can you call that a free and fair exercise?" Mr Karanja told reporters in Kiruma town on Sunday.

He said he would file an appeal with the party's National Appeals Tribunal today.

Ms Muturi, however, dismissed the claims, saying her rival was "looking for excuses" after a clear defeat.

"The people of Kiruma have spoken. I won in five out of six constituencies, and I invite all my competitors to join me so that we can deliver the seat to the party in August," she said.

According to provisional results announced by the party's county returning officer, Mr Peter Kamau Ndung'u, Ms Muturi garnered 48,312 votes against Mr Karanja's 21,907.

Mr Ndung'u admitted that there had been delays in delivering materials to some wards but denied any deliberate attempt to disenfranchise voters.

"We had logistical challenges because of the rains. Some roads in the upper zones were impassable and our vehicles got stuck. That is not rigging," he said.

DUP National Elections Board chairperson Lucy Achieng Odera said the board would review all complaints before issuing final nomination certificates.

"Any aspirant who is aggrieved has a right to appeal. We will not hand over certificates until all disputes are heard and determined," said Ms Odera in a statement.

In Ndoroko, residents who spoke to the Nation said some polling stations opened as late as 3pm.

"I came here at 6am and waited the whole day. By the time they opened, many people had gone home," said Mary Njeri, a trader at Ndoroko market.

A senior police officer in the county, who asked not to be named because he is not authorised to speak to the media, said three people had been arrested over the violence at the Kiruma Polytechnic tallying centre.

"We will not allow anyone to cause chaos during this period. Those arrested will be arraigned on Monday," the officer said.""",
        [
            ("was rigged from the very", "Joseph Mwangi Karanja"),
            ("We had agents turned away", "Joseph Mwangi Karanja"),
            ("looking for excuses", "Esther Wanjiru Muturi"),
            ("The people of Kiruma have", "Esther Wanjiru Muturi"),
            ("We had logistical challenges because", "Peter Kamau Ndung'u"),
            ("Any aspirant who is aggrieved", "Lucy Achieng Odera"),
            ("I came here at 6am", "Mary Njeri"),
            ("We will not allow anyone", "senior police officer in the county"),
        ],
    ),
    (
        """UPA primaries: Losing aspirants petition tribunal over Kabirizi North results

BY DERRICK SSEMPIJJA

KABIRIZI. Three aspirants who lost in the Uganda People's Alliance (UPA) primaries for Kabirizi North constituency have petitioned the party's election tribunal, accusing officials of inflating figures in favour of the declared winner.

Mr Godfrey Tumusiime, Ms Harriet Nakato and Mr Isaac Ojok say results from at least 40 polling stations were altered at the district tally centre on Thursday night, handing victory to Mr Ronald Byaruhanga, a businessman and former LC5 councillor.

In a petition filed on Friday, Mr Tumusiime says the tallying was done "in the absence of our agents and behind closed doors".

Speaking to this newspaper at his home in Buteme Sub-county, he said he had copies of declaration forms that did not match the figures announced.

"At Buteme Primary School polling station, my agents signed for 412 votes in my favour. When the results were read at the district, I had only 112. Where did the 300 votes go?" he asked.

Ms Nakato said she had received threats since she announced she would challenge the results.

"People have been calling me at night telling me to keep quiet and wait for the next election. I have reported the matter to Kabirizi Central Police Station," she said.

The UPA district registrar, Mr Moses Kiggundu, denied the allegations, saying all agents were invited to witness the tallying.

"The tally centre was open to everybody. If some agents decided to go home early, that is not the fault of the registrar," Mr Kiggundu said, adding that the results had already been forwarded to the party headquarters.

Mr Byaruhanga described his opponents as "bad losers" and called for unity.

"The elections are over. What we need now is to work together so that the party retains this seat in the general election," he said.

The chairperson of the party's national electoral commission, Dr Jane Akello Opio, said the tribunal would hear the petitions within seven days.

"We have received complaints from several districts and we are handling each of them on merit. Where we find that there was malpractice, we shall not hesitate to order a re-run," Dr Akello said.

The Kabirizi District Police Commander, Mr Sam Wafula, said security had been beefed up at the district headquarters after supporters of the rival camps gathered there on Friday, but described the situation as "calm but being monitored closely".

The UPA has held Kabirizi North since 2011, but the seat has become increasingly competitive, with the outgoing MP winning by fewer than 2,000 votes in the last election.""",
        [
            ("in the absence of our", "Godfrey Tumusiime"),
            ("At Buteme Primary School polling", "Godfrey Tumusiime"),
            ("People have been calling me", "Harriet Nakato"),
            ("The tally centre was open", "Moses Kiggundu"),
            ("bad losers", "Ronald Byaruhanga"),
            ("The elections are over. What", "Ronald Byaruhanga"),
            ("We have received complaints from", "Jane Akello Opio"),
            ("calm but being monitored closely", "Sam Wafula"),
        ],
    ),
    (
        """MCAs vote to impeach Mbirikani governor over Sh1.2b tender scandal

By Fredrick Obura

Members of the Mbirikani County Assembly yesterday voted to impeach Governor Daniel Kipruto Lagat, accusing him of gross misconduct, abuse of office and irregular award of a Sh1.2 billion road tender.

Thirty-four of the 47 MCAs voted in favour of the motion, tabled by Kapsiret Ward representative Wilson Cheruiyot, surpassing the two-thirds threshold required by law. Eight voted against while five were absent.

Moving the motion, Cheruiyot told the House that the governor had “treated county resources like his personal property”.

“We have tried to engage the governor through the committees, through letters and even through our party leadership. He has ignored all of us. Today, the Assembly has no choice but to send him home,” Cheruiyot said.

He said the Auditor General's report for the last financial year had flagged payments to contractors who did not deliver any work.

“Roads that were paid for in full are still murram. Some of them do not even exist. The people of Mbirikani deserve answers,” he added.

Minority leader Grace Jepchumba, who opposed the motion, said the impeachment was politically motivated and driven by people eyeing the governor's seat in the next election.

“This is not about accountability. This is about 2027. Some of the people who are pushing this motion have already printed their campaign posters,” said Jepchumba.

Lagat, who did not appear before the Assembly, dismissed the vote in a statement issued by the Office of the Governor.

“The Governor has full confidence that the Senate will give him a fair hearing and will find that the allegations levelled against him are baseless and malicious,” the statement read.

The statement added that the governor had been “denied an opportunity to respond” after the Assembly rejected his request for a two-week adjournment.

Speaker Nelson Kibet said he would forward the resolution to the Speaker of the Senate within two days as required by law.

“The Assembly has done its part. The matter now moves to the Senate, which will determine whether the charges are substantiated,” Kibet told journalists after the session.

Outside the Assembly, dozens of the governor's supporters staged protests, blocking the Mbirikani-Kapsiret road for close to two hours before they were dispersed by police using teargas.

“We elected him and we know the work he has done. These MCAs are only fighting over tenders they did not get,” said Kiprono Rotich, a boda boda operator.

Lagat becomes the second governor in the region to face impeachment in three years. His predecessor survived a similar motion after the Senate found the charges unproven.""",
        [
            ("treated county resources like his", "Wilson Cheruiyot"),
            ("We have tried to engage", "Wilson Cheruiyot"),
            ("Roads that were paid for", "Wilson Cheruiyot"),
            ("This is not about accountability.", "Grace Jepchumba"),
            ("The Governor has full confidence", "Office of the Governor"),
            ("denied an opportunity to respond", "Office of the Governor"),
            ("The Assembly has done its", "Nelson Kibet"),
            ("We elected him and we", "Kiprono Rotich"),
        ],
    ),
    (
        """EC extends voter register display in Namugoye after low turnout

By Robert Mukasa

The Electoral Commission (EC) has extended the display of the national voters' register in Namugoye Municipality by five days, citing low turnout among residents who were expected to verify their details ahead of the general elections.

The display exercise, which started last Monday, was scheduled to end yesterday. However, EC officials said fewer than 30% of the registered voters in the municipality had turned up at the display centres.

Namugoye district registrar Annet Nabwire said many residents were unaware of the exercise, while others assumed their details were correct.

"We realised that the mobilisation was not enough. Many people told us they did not know the display was going on. We have now engaged local radio stations and LC1 chairpersons to announce it in every village," Nabwire said.

She urged voters to check their names, photographs and polling stations, warning that those who find errors after the display period will not be able to vote.

"Once the register is closed, we cannot make any corrections. If your name is missing or your polling station has been changed, this is the time to come," she added.

An EC spokesperson in Kampala said the commission had received similar requests from other districts and was considering a nationwide extension.

"The commission will make a decision on the other districts by the end of the week after reviewing reports from the returning officers," the spokesperson said.

At Namugoye Town Hall, one of the display centres, some voters complained that their names had been transferred to polling stations far from their homes.

"I have voted at Kanyogoga Church polling station since 2006. Now they have moved me to a place 8km away. How will the elderly manage?" asked Sarah Nankya, 64.

Another resident, Ibrahim Lubega, said he found a photograph of a stranger against his name.

Political parties have also raised concerns. The Namugoye district chairperson of the opposition Forum for National Renewal (FNR), Charles Mutebi, claimed that some opposition supporters had been deleted from the register.

"We have compiled a list of more than 200 of our members whose names are missing. We shall present it to the EC with evidence that they registered," Mutebi said.

But the EC dismissed the claims, saying no voter can be removed from the register without due process.

According to Nabwire, anyone whose name is missing should present their registration slip at the nearest display centre "so that we can trace the problem and correct it".""",
        [
            ("We realised that the mobilisation", "Annet Nabwire"),
            ("Once the register is closed,", "Annet Nabwire"),
            ("The commission will make a", "spokesperson"),
            ("I have voted at Kanyogoga", "Sarah Nankya"),
            ("We have compiled a list", "Charles Mutebi"),
            ("so that we can trace", "Annet Nabwire"),
        ],
    ),
    (
        """Nyakoe governor hopeful Ogada names ex-banker as running mate

By ANNE WAMBUI

Nyakoe gubernatorial aspirant Tom Ogada has picked former bank executive Judith Moraa Nyang'au as his running mate, in a move analysts say is aimed at consolidating votes from the county's southern wards.

Ogada, who is known to his supporters as "Mwalimu" from his days as a secondary school teacher, unveiled Nyang'au at a rally at Kisiru grounds on Saturday attended by more than 5,000 supporters. He is running on a National Progressive Party (NPP) ticket.

He said his choice was based on competence and not ethnic arithmetic.

"I did not pick Judith because of where she comes from. I picked her because she has managed billions of shillings in the banking sector without a single scandal. That is the kind of discipline Nyakoe needs," Ogada said.

Nyang'au, who until last year was a regional manager at a leading commercial bank, promised to focus on revenue collection, which she described as "the weakest link" in the county government.

"Our county collects less than half of what it should. Money is lost through manual receipts and cartels at the markets.

"If we are elected, within the first 100 days we will automate every revenue stream in Nyakoe," she said.

The move comes days after incumbent Governor Patrick Okoth retained his deputy, Samuel Mireri, for his re-election bid.

Okoth's campaign secretariat dismissed Ogada's pick, saying voters would judge the governor on his record.

"The people of Nyakoe know who built the county referral hospital and who tarmacked the roads. A running mate from a bank will not change that," said campaign director Felix Onyango.

Political analyst Dr Martin Oketch, a lecturer at Lake Region University, said the choice could shake up the race.

He said: "Nyang'au brings a fresh face and she appeals to women and young professionals. If Ogada can hold his base in the north and add the south, this becomes a very tight contest."

But Oketch cautioned that the NPP still faced the challenge of resolving disputes from its primaries, where at least four MCA aspirants have since defected to independent tickets.

NPP county chairman Hezron Abuya told the Star that the party was talking to the aggrieved members.

"We have opened our doors. Those who left are our brothers and sisters, and we want them back before the ballot papers are printed," Abuya said.""",
        [
            ("I did not pick Judith", "Tom Ogada"),
            ("the weakest link", "Judith Moraa Nyang'au"),
            ("Our county collects less than", "Judith Moraa Nyang'au"),
            ("If we are elected, within", "Judith Moraa Nyang'au"),
            ("The people of Nyakoe know", "Felix Onyango"),
            ("Nyang'au brings a fresh face", "Martin Oketch"),
            ("We have opened our doors.", "Hezron Abuya"),
        ],
    ),
    (
        """Bukora LC5 hopeful quits race, cites intimidation

BY PATRICK OKELLO

BUKORA. An independent candidate for the Bukora District LC5 chairmanship has withdrawn from the race, claiming that he and his supporters have been harassed by security personnel and agents of a rival candidate.

Mr Alex Opolot Emuria, a former headteacher who was nominated last month, announced his withdrawal in a letter to the Electoral Commission's Bukora returning officer dated Tuesday.

"Owing to persistent intimidation, arrests of my campaign agents and the disruption of my rallies, I am unable to continue with my campaign in a free and safe environment," the letter reads in part.

Speaking to journalists at his home in Okolimong Village on Wednesday, Mr Opolot said at least nine of his agents had been arrested in the past two weeks and released without charge.

"They pick them at night, keep them for three days and release them without telling them what they did. My people are now fearing to be seen in my T-shirts," he said.

He accused supporters of the incumbent chairperson, Mr Simon Peter Eriaku, of working with some security officers to frustrate his campaign, but did not name any officer.

Mr Eriaku denied the claims, describing them as "the usual excuses of someone who has seen defeat coming".

"I have never sent anybody to arrest anyone. I am a man of peace. If he has evidence, let him take it to the police," Mr Eriaku said by telephone.

The Bukora District Police Commander, Ms Florence Apio, said the arrests were linked to a fight at Okolimong trading centre in which two people were injured, and had nothing to do with politics.

"We arrested suspects from both camps. It is not true that we only targeted one side," she said.

However, a police officer at Bukora Central Police Station, who requested anonymity because he is not allowed to speak to the press, said some of the detentions were ordered "from above".

"Some of those people were brought here without any case file. We were just told to keep them," the officer said.

The EC returning officer for Bukora, Mr John Bosco Okiror, confirmed receiving the letter but said Mr Opolot's name would remain on the ballot because the deadline for withdrawal had passed.

According to Mr Okiror, the ballot papers "have already been printed and dispatched", meaning any votes cast for Mr Opolot will still be counted.

Human rights group Bukora Civic Watch condemned the alleged harassment and called for an independent investigation.

"Elections cannot be free when candidates are afraid of their own security agencies," the group said in a statement.""",
        [
            ("Owing to persistent intimidation, arrests", "Alex Opolot Emuria"),
            ("They pick them at night,", "Alex Opolot Emuria"),
            ("the usual excuses of someone", "Simon Peter Eriaku"),
            ("I have never sent anybody", "Simon Peter Eriaku"),
            ("We arrested suspects from both", "Florence Apio"),
            ("from above", "police officer at Bukora Central Police Station"),
            ("Some of those people were", "police officer at Bukora Central Police Station"),
            ("have already been printed and", "John Bosco Okiror"),
            ("Elections cannot be free when", "Bukora Civic Watch"),
        ],
    ),
    (
        """Party expels five Taveru MCAs for campaigning for rival in by-election

By Stanley Mutua

The Kenya Renewal Movement (KRM) has expelled five members of the Taveru County Assembly for allegedly campaigning for an opposition candidate in last month's Mwamba Ward by-election.

In a letter to the Speaker of the Assembly dated Monday, the party said the MCAs had engaged in “gross misconduct and acts of disloyalty” contrary to its constitution.

“The party, having considered the evidence presented and the responses of the members, has resolved that the five be expelled with immediate effect,” the letter said.

Among those expelled is Majority Whip Rose Mwikali Nzioka, who represents Mwamba North Ward.

Ms Nzioka said the expulsion was “null and void” and that the five would move to court.

“We were never given a chance to defend ourselves. We only learnt about the so-called hearing through WhatsApp. This is a kangaroo process,” she told the Nation on phone.

She said the five had only attended a funeral in the ward, where the opposition candidate also happened to be present.

“Attending a funeral is not campaigning. If that is a crime, then half of the party leadership should also be expelled,” Ms Nzioka said.

The by-election, occasioned by the death of MCA Daniel Musyoka in March, was won by People's Democratic Front (PDF) candidate Esther Kavata Mutuku, who beat the KRM candidate by 612 votes.

KRM national chairman Dr Onesmus Kilonzo said the party could not tolerate members who “sabotage our own candidates”.

“We have evidence — photographs, videos and witness statements — showing these members on the campaign trail. Discipline must start somewhere,” he said at the party headquarters in Nairobi.

The expulsion could trigger a fresh fight over the Assembly's leadership. Under the law, an MCA who is expelled by their party may lose their seat if the Speaker declares it vacant, although courts have in the past blocked such moves.

Taveru Assembly Speaker Jackson Mutinda said he had received the letter and would seek legal advice before acting.

“I will not rush into declaring any seat vacant. The law provides for due process, and I am aware that some of the members have indicated they will go to court,” Mr Mutinda said.

Constitutional lawyer Wanjiku Mbugua said the MCAs stood a good chance in court if they could show they were denied a fair hearing, noting that several similar expulsions had been overturned in the past.""",
        [
            ("gross misconduct and acts of", "Kenya Renewal Movement"),
            ("The party, having considered the", "Kenya Renewal Movement"),
            ("null and void", "Rose Mwikali Nzioka"),
            ("We were never given a", "Rose Mwikali Nzioka"),
            ("Attending a funeral is not", "Rose Mwikali Nzioka"),
            ("sabotage our own candidates", "Onesmus Kilonzo"),
            ("We have evidence — photographs,", "Onesmus Kilonzo"),
            ("I will not rush into", "Jackson Mutinda"),
        ],
    ),
    (
        """DAC delegates pick Nalwoga as Rwekubo Woman MP flag bearer amid walkout

By Brian Kasozi

RWEKUBO. The Democratic Alliance for Change (DAC) delegates' conference in Rwekubo District on Saturday elected Ms Prossy Nalwoga as the party's flag bearer for the district Woman MP seat, after her main rival walked out of the venue alleging that the delegates' list had been doctored.

Ms Nalwoga polled 214 votes against 9 for Ms Betty Namutebi, who had left the Rwekubo Community Hall before voting started, accompanied by about 60 of her supporters.

Addressing journalists outside the hall, Ms Namutebi said more than 80 names of legitimate delegates had been replaced with people who were not party members.

"I cannot take part in a process whose outcome has already been decided. Some of the people voting here today only received party cards last week," she said.

"We shall petition the national executive committee. If they do not act, the people of Rwekubo will decide in the general election," she added.

The party's district chairperson, Mr Vincent Ssekandi, who presided over the conference, said the delegates' list had been verified by the party secretariat in Kampala.

"Every delegate here was elected at the sub-county level and their names were sent to the headquarters two months ago. Nobody has been added and nobody has been removed.

"If Ms Namutebi has evidence, she should bring it. But walking out of a conference is not how we solve problems in this party," Mr Ssekandi said.

In her acceptance speech, Ms Nalwoga, a former councillor for Kateera Sub-county, thanked the delegates and extended an olive branch to her rival.

"This victory belongs to all of us, including my sister Betty. I am calling upon her to come back home so that we can take this seat together," Nalwoga said.

According to the party's deputy secretary general, Mr Hassan Kyeyune, who observed the conference on behalf of the national leadership, the process met "all the standards set out in our election guidelines".

He, however, told reporters that the national executive would look into any complaint filed within the stipulated period.

"We are a democratic party and we do not fear scrutiny. Any member who feels aggrieved is free to petition," Mr Kyeyune said.

Some delegates said the conference had been tense. A delegate from Kateera Sub-county, who declined to be named for fear of victimisation, said there had been attempts to influence voters.

"Some people were moving around with envelopes last night. We all know what was happening," the delegate said.

The DAC lost the Rwekubo Woman MP seat to the ruling party in the last election by fewer than 3,000 votes.""",
        [
            ("I cannot take part in", "Betty Namutebi"),
            ("We shall petition the national", "Betty Namutebi"),
            ("Every delegate here was elected", "Vincent Ssekandi"),
            ("If Ms Namutebi has evidence,", "Vincent Ssekandi"),
            ("This victory belongs to all", "Prossy Nalwoga"),
            ("all the standards set out", "Hassan Kyeyune"),
            ("We are a democratic party", "Hassan Kyeyune"),
            ("Some people were moving around", "delegate from Kateera Sub-county"),
        ],
    ),
]
