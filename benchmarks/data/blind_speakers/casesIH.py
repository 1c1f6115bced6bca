CASES = [
    (
        """German court blocks return of Syrian family to Greece

By Katrin Oberle

BERLIN, March 12 (Reuters) - A German administrative court on Tuesday barred authorities from sending a Syrian family of five back to Greece, ruling that recognised refugees returned there faced a serious risk of ending up homeless and without food.

The Kesselfeld Administrative Court said in its written ruling that the family, who had been granted protection in Greece in 2021 before travelling on to Germany, could not be expected to "secure even the most basic means of subsistence" if sent back.

"There is no realistic prospect of accommodation, work or state support in the first months after return," the court wrote. "The applicants would be left to fend for themselves on the street."

The ruling is the latest in a string of decisions by German courts questioning whether Berlin can send back so-called secondary migrants - people who already hold protection status in another European Union country. Around 48,000 such people applied for asylum in Germany last year, according to government figures.

The interior ministry said it would study the ruling. "We respect the independence of the courts, but the Dublin and return rules must also work in practice," a ministry spokeswoman told Reuters, asking not to be named in line with ministry policy.

Lawyers for the family welcomed the decision. "For two years this family lived in fear of a knock on the door at night," said Henrike Vossberg, a Kesselfeld-based lawyer who represented them. "Today the court has said clearly what aid groups have been saying for years."

Vossberg said the father, a former electrician from Homs, had slept in a park in Athens for several weeks after the family's protection was granted and their place in a reception camp was withdrawn.

Greek officials have rejected claims that recognised refugees are left without support. Greece's migration ministry said in a statement last month that beneficiaries of protection had "the same access to the labour market and social services as Greek citizens."

The German government has come under pressure from conservative opposition parties to speed up returns. Markus Feldhaus, home affairs spokesman for the opposition Buergerbund party, called the ruling "a further sign that the European asylum system has stopped functioning."

"If people who are already safe in Greece can simply choose Germany instead, then we no longer have a common system, we have a free market in asylum," he told reporters in Berlin.

The federal migration office can appeal the ruling to a higher court within one month.

(Reporting by Katrin Oberle; Additional reporting by Nikos Leventis in Athens; Editing by Alison Marsh)""",
        [
            ("secure even the most basic", "Kesselfeld Administrative Court"),
            ("There is no realistic prospect", "Kesselfeld Administrative Court"),
            ("The applicants would be left", "Kesselfeld Administrative Court"),
            ("We respect the independence of", "spokeswoman"),
            ("For two years this family", "Henrike Vossberg"),
            ("Today the court has said", "Henrike Vossberg"),
            ("the same access to the", "Greece's migration ministry"),
            ("a further sign that the", "Markus Feldhaus"),
            ("If people who are already", "Markus Feldhaus"),
        ],
    ),
    (
        """Greek coast guard recovers 11 bodies after migrant boat capsizes off Chios

By ELENI MARKOU Associated Press

ATHENS, Greece (AP) — Greek coast guard vessels recovered 11 bodies, including those of three children, after a rubber dinghy carrying migrants capsized in rough seas off the eastern Aegean island of Chios early Thursday, authorities said.

Twenty-six people were rescued and taken to the port of Chios town, the coast guard said. Survivors told rescuers that about 40 people had been on board when the boat left the nearby Turkish coast shortly after midnight, meaning several people could still be missing.

"The search is continuing with two patrol boats, a helicopter and a fishing vessel that was in the area," coast guard spokesman Lt. Cmdr. Stavros Kalogirou told state broadcaster ERT. "Weather conditions are very difficult, with winds of up to eight on the Beaufort scale."

He said the survivors, most of them from Afghanistan, Eritrea and Somalia, were being treated for hypothermia. Two were taken to the hospital.

A doctor at the island's hospital, who spoke on condition of anonymity because she was not authorized to speak to the media, said one of the survivors was a 9-year-old boy whose mother and sister had drowned. "He keeps asking for them. Nobody has had the courage to tell him yet," she said.

Survivors described a chaotic scene as the overloaded dinghy began to take on water.

"The smugglers told us the sea would be calm," said Abdi Yusuf Warsame, a 23-year-old from Somalia, speaking through an interpreter outside the port authority building. "After one hour the motor stopped and the waves came over the side. People were screaming in the dark."

Greece's minister for maritime affairs, Dimitris Angelopoulos, said the government was "deeply saddened" and blamed smuggling networks operating from Turkey.

"These criminals put human beings in boats that are not fit for a lake, let alone the open sea in February," Angelopoulos said in a televised statement.

Rights groups have accused Greek authorities of pushing back migrant boats, allegations Athens denies. Aegean Rescue Watch, a volunteer monitoring group, said it had received a distress call from the boat at 2:40 a.m. and had passed its location on to the coast guard.

"We need to know what happened between that call and the moment the rescue began," the group said on its website.

The coast guard said its first vessel reached the scene 35 minutes after the alert.

Greece is one of the main entry points into the European Union for people fleeing conflict and poverty in the Middle East, Asia and Africa. More than 3,000 people arrived on the eastern Aegean islands in January, according to the U.N. refugee agency.""",
        [
            ("The search is continuing with", "Stavros Kalogirou"),
            ("Weather conditions are very difficult,", "Stavros Kalogirou"),
            ("He keeps asking for them.", "doctor at the island's hospital"),
            ("The smugglers told us the", "Abdi Yusuf Warsame"),
            ("After one hour the motor", "Abdi Yusuf Warsame"),
            ("deeply saddened", "Dimitris Angelopoulos"),
            ("These criminals put human beings", "Dimitris Angelopoulos"),
            ("We need to know what", "Aegean Rescue Watch"),
        ],
    ),
    (
        """Italian judges free asylum seekers held under fast-track border scheme

Ruling in Sicily deals fresh blow to government’s plan to process claims within weeks

Lorenza Bianchi in Rome

A court in Sicily has ordered the release of 14 men detained under Italy’s accelerated border procedure, ruling that the government’s list of “safe countries of origin” could not be applied automatically to their cases.

The men, from Bangladesh, Egypt and Tunisia, had been held for up to nine days at a centre in Castelreale, on the island’s southern coast, after being brought ashore by a coastguard vessel last week.

In a ruling published on Friday, judge Paola Ferrandi said the detention orders had failed to consider “the individual circumstances of each applicant, as European law plainly requires”. She added that a country could not be declared safe “by decree alone” if there was evidence that certain groups faced persecution there.

The interior minister, Carlo Benedetti, reacted angrily. “Once again a handful of judges are trying to decide Italy’s immigration policy instead of parliament,” he wrote on X. “We will appeal, and we will go ahead.”

The government has made the fast-track procedure, which allows authorities to hold asylum seekers from designated countries while their claims are examined within 28 days, a centrepiece of its efforts to reduce arrivals. More than 66,000 people reached Italy by sea last year, according to interior ministry figures.

Lawyers and charities welcomed the decision. Giulia Marchetti, a lawyer with the Rome-based legal charity Diritti in Movimento, said the ruling confirmed that “detention cannot become the rule for people who have committed no crime”.

“These men were given a form in a language they did not understand and told to sign it,” she said. “Some of them did not even know they were in detention until their lawyer explained it.”

One of the released men, a 26-year-old from Dhaka who asked to be identified only as Rahim, said he had spent most of the nine days in a room with 11 others. “We didn’t know what would happen, if they would send us home,” he said by phone from Palermo, where he had been taken by volunteers. “I left Bangladesh because of debts to people who beat my brother. I cannot go back.”

The ruling is the latest in a series of clashes between the government and the judiciary over migration, which ministers have accused of obstructing policies approved by voters.

The European court of justice is expected to rule later this year on how member states may designate safe countries, a decision that legal experts say could determine the future of the scheme.

“Everyone is waiting for Luxembourg,” said Stefano Orlandini, a professor of European law in Milan. “Until then, every court in Italy will read the rules slightly differently, and the government will keep losing cases like this one.”""",
        [
            ("the individual circumstances of each", "Paola Ferrandi"),
            ("by decree alone", "Paola Ferrandi"),
            ("Once again a handful of", "Carlo Benedetti"),
            ("We will appeal, and we", "Carlo Benedetti"),
            ("detention cannot become the rule", "Giulia Marchetti"),
            ("These men were given a", "Giulia Marchetti"),
            ("Some of them did not", "Giulia Marchetti"),
            ("We didn’t know what would", "Rahim"),
            ("I left Bangladesh because of", "Rahim"),
            ("Everyone is waiting for Luxembourg,", "Stefano Orlandini"),
            ("Until then, every court in", "Stefano Orlandini"),
        ],
    ),
    (
        """German town split over plan to house 300 refugees in former barracks

A small town in the eastern state of Saxony-Anhalt is at odds with district authorities over plans to turn a former army barracks into a shelter for asylum-seekers. Local politicians say they were never consulted.

The mood at Tuesday evening's town hall meeting in Wernitz was tense. More than 400 people packed into the school gymnasium — over a tenth of the town's population — to hear district officials explain why 300 asylum-seekers would be moving into the disused barracks on the edge of town from September.

"Nobody here is against helping people who are fleeing war," Mayor Jens Raabe told DW before the meeting. "But we have one doctor, one primary school and a bus that comes twice a day. Nobody asked us whether that is enough."

Raabe, who has run the town of 3,800 people as an independent for 11 years, said he had learned of the plan from the local newspaper.

District administrator Sabine Kreutzfeldt defended the decision. The district, she said, was legally obliged to house the refugees allocated to it by the state, and had run out of options.

"We have filled every gym, every empty apartment and every hostel that was offered to us," she told the audience. "The barracks are not ideal, but the alternative is tents, and I will not put families in tents in winter."

Her words were met with boos and scattered applause.

Germany received around 250,000 first-time asylum applications last year, according to federal government figures, and municipalities across the country have warned that they are reaching the limits of their capacity. The Federation of Eastern Municipalities said in a letter to the federal government last month that local authorities were "at breaking point."

Some residents said their concerns had nothing to do with prejudice. "I took in a Ukrainian family in my own house in 2022," said Heike Dornbusch, a retired nurse. "My worry is that 300 young men will be sitting in a barracks at the edge of a town where there is nothing for them to do."

Others were more blunt. A man in his fifties, who declined to give his name, shouted from the back of the hall: "You decide in the district capital, and we have to live with it!"

Volunteers from the local refugee support group Wernitz Hilft say they have already collected winter clothes and are planning German lessons. The group's coordinator, Tobias Engel, remembers the arrivals of almost a decade ago.

"We did this in 2015, and it worked. People who came then now work at the garage and in the care home," he said. "Fear is understandable, but it should not have the last word."

The district council is due to vote on the lease for the barracks at the end of the month.""",
        [
            ("Nobody here is against helping", "Jens Raabe"),
            ("But we have one doctor,", "Jens Raabe"),
            ("We have filled every gym,", "Sabine Kreutzfeldt"),
            ("The barracks are not ideal,", "Sabine Kreutzfeldt"),
            ("at breaking point", "Federation of Eastern Municipalities"),
            ("I took in a Ukrainian", "Heike Dornbusch"),
            ("My worry is that 300", "Heike Dornbusch"),
            ("You decide in the district", "man in his fifties"),
            ("We did this in 2015,", "Tobias Engel"),
            ("Fear is understandable, but it", "Tobias Engel"),
        ],
    ),
    (
        """Asylum appeals backlog tops 20,000 as committees struggle to find members

The number of asylum appeals awaiting a decision in Greece has risen above 20,000 for the first time in three years, according to figures obtained by this newspaper, as the independent appeals committees struggle with chronic staff shortages.

Officials at the Migration Ministry attribute the rise to a lack of judges willing to serve on the committees, each of which is made up of two administrative judges and a legal expert.

“We have committees that meet two days a week because we simply cannot find the members,” a senior ministry official said. According to the same official, some appellants are waiting more than 14 months for a hearing, although the law sets a deadline of three months.

The delays have a knock-on effect on the reception centres on the islands, where rejected applicants awaiting the outcome of an appeal cannot be returned to their countries of origin or to Turkey.

Lawyers say the backlog leaves thousands of people in limbo. “My clients cannot work legally, cannot rent a flat and cannot plan anything,” said Maria Papadaki, a lawyer with the Piraeus-based Hellenic Legal Aid Network. “Some of them have been in Greece for two years and still do not know if they can stay.”

Papadaki added that the quality of decisions had also suffered, with some rejections containing what she called “copy-and-paste reasoning” that ignored evidence submitted by applicants.

Migration Minister Thanos Vlachakis acknowledged the problem in Parliament last week but insisted the situation was improving. “We inherited a system that was designed for a few thousand cases a year,” he said. “By the summer, six new committees will be operational and we expect the backlog to fall by a third before the end of the year.”

Opposition MPs were unconvinced. Eleni Stathopoulou, migration spokeswoman for the Democratic Left Alliance, described the minister’s promises as “the same announcement we hear every spring”.

The European Commission, which funds a large part of Greece’s asylum system, has also raised concerns. In a letter to the ministry in January, the Commission said the delays were “not compatible with the obligations arising from the EU asylum acquis” and asked Athens for a detailed action plan.

The pressure is set to grow when the new EU Pact on Migration and Asylum comes into force, introducing tighter deadlines for border procedures.

A ministry source said a new digital case management system would also speed up the process, noting that case files were still being transferred between committees “by courier, in boxes”.""",
        [
            ("We have committees that meet", "senior ministry official"),
            ("My clients cannot work legally,", "Maria Papadaki"),
            ("Some of them have been", "Maria Papadaki"),
            ("copy-and-paste reasoning", "Maria Papadaki"),
            ("We inherited a system that", "Thanos Vlachakis"),
            ("By the summer, six new", "Thanos Vlachakis"),
            ("the same announcement we hear", "Eleni Stathopoulou"),
            ("not compatible with the obligations", "European Commission"),
            ("by courier, in boxes", "ministry source"),
        ],
    ),
    (
        """Migrants sleep on quayside as Calabrian reception centre overflows

Santa Venera Marina (Italy) (AFP) - Hundreds of migrants spent a second night sleeping on the quayside of the small Calabrian port of Santa Venera Marina on Sunday after a surge of arrivals overwhelmed the town's reception centre.

More than 1,400 people landed in 48 hours, most of them on fishing boats that set off from eastern Libya, according to the regional prefecture.

"We have a centre built for 250 people and this morning there were 900 inside and 500 outside," the town's mayor, Rosaria Lombardo, told AFP. "We are a town of fishermen. We cannot do this alone."

Under a blazing sun, volunteers from the local parish handed out bottles of water and sandwiches to men, women and children sheltering under tarpaulins strung between fishing boats.

"Yesterday we made 2,000 sandwiches. Today we have run out of bread," said Father Antonio Greco, the parish priest, wiping sweat from his forehead.

The prefecture said buses would begin transferring some 600 people to centres in northern Italy on Monday.

"The situation is under control and transfers are being organised as quickly as possible," it said in a statement.

Among those waiting on the quay was Ibrahim Kone, 19, from Ivory Coast, who said he had spent eight months in Libya before paying 1,500 euros for a place on a boat.

"In Libya they put us in a prison and asked my family for money," he said. "Here at least nobody is beating us. I can sleep on the ground, it's not a problem."

The government in Rome has repeatedly called for greater European solidarity in handling arrivals. An interior ministry source, speaking on condition of anonymity, said Italy would raise the issue at a meeting of EU interior ministers next week and would ask partners to "finally take their share" of new arrivals.

Aid organisations said the overcrowding had been predictable.

"Every summer it is the same story, and every summer the authorities act surprised," said Chiara Fontana, field coordinator for the aid group Medici per il Mare, which runs a clinic at the port. She said her team had treated dozens of people for dehydration, scabies and burns caused by fuel mixed with seawater.

According to interior ministry figures, more than 31,000 people have reached Italy by sea since January, up from 24,000 in the same period last year.

gab/ps/rl""",
        [
            ("We have a centre built", "Rosaria Lombardo"),
            ("We are a town of", "Rosaria Lombardo"),
            ("Yesterday we made 2,000 sandwiches.", "Antonio Greco"),
            ("The situation is under control", "regional prefecture"),
            ("In Libya they put us", "Ibrahim Kone"),
            ("Here at least nobody is", "Ibrahim Kone"),
            ("finally take their share", "interior ministry source"),
            ("Every summer it is the", "Chiara Fontana"),
        ],
    ),
    (
        """German court rules payment cards for asylum seekers must allow more cash

Social court says flat €50 monthly limit fails to take account of individual needs

Ciarán Moloney in Berlin

A German social court has ruled that local authorities cannot impose a blanket €50 monthly cash limit on asylum seekers who receive their benefits on payment cards, in a setback for a scheme championed by politicians across the mainstream parties.

The Ostenburg Social Court found in favour of a pregnant Afghan woman and her husband who argued that the limit prevented them from buying second-hand baby clothes and shopping at cheaper markets that accept only cash.

Authorities must assess 'in each individual case' whether the cash limit is appropriate, the court said on Wednesday. A flat limit applied to everyone 'does not satisfy the requirements of the law', it added.

Germany's 16 federal states agreed last year to introduce the cards, which work like debit cards but cannot be used for transfers abroad, to reduce what politicians describe as 'pull factors' for irregular migration. Supporters say the cards also prevent money being sent to people smugglers or relatives abroad. Critics say there is little evidence that benefits are used this way.

'The court has confirmed what we said from the beginning: this is about symbolism, not about solving problems,' said Lena Hartwig of the refugee rights group Fluchtpunkt Nord, which supported the case. 'A family cannot live on €50 in cash when half the shops in their neighbourhood don't take cards.'

The district of Ostenburg-Land, which issued the cards, said it would examine the written judgment before deciding whether to appeal. Its head of social services, Uwe Brandstätter, told local radio that the ruling would create 'an enormous administrative burden'.

'If every one of our 2,300 recipients now needs an individual assessment, we will need staff that we do not have,' he said.

The ruling comes amid a fierce debate over migration in Germany ahead of state elections in the autumn. The federal interior minister, Hanna Seidel, said on Wednesday that the cards were 'a sensible instrument' and that she expected higher courts to take a different view.

The federal interior ministry said in a statement that the decision 'concerns a single case and does not call into question the payment card system as a whole'.

Legal experts said the judgment was unlikely to be the last word. 'Social courts in different states have already reached different conclusions,' said Prof Anja Reuter, who teaches social law at a university in Hanover. 'In the end, this will probably have to be clarified by the federal social court.'""",
        [
            ("in each individual case", "Ostenburg Social Court"),
            ("does not satisfy the requirements", "Ostenburg Social Court"),
            ("The court has confirmed what", "Lena Hartwig"),
            ("A family cannot live on", "Lena Hartwig"),
            ("an enormous administrative burden", "Uwe Brandstätter"),
            ("If every one of our", "Uwe Brandstätter"),
            ("a sensible instrument", "Hanna Seidel"),
            ("concerns a single case and", "federal interior ministry"),
            ("Social courts in different states", "Anja Reuter"),
            ("In the end, this will", "Anja Reuter"),
        ],
    ),
    (
        """Greek court acquits three men accused of steering migrant boat

Survivors of 2023 shipwreck off Lesbos had spent 18 months in pre-trial detention

Sophia Karras in Mytilene

A Greek court has acquitted three Syrian men accused of smuggling migrants across the Aegean, in a case rights groups say exposes the criminalisation of asylum seekers forced to steer boats.

The three-member criminal court in Mytilene, on the island of Lesbos, found on Monday that prosecutors had failed to prove the men had acted for profit or were members of a smuggling network. The men, aged 19, 24 and 31, had been held in pre-trial detention for 18 months.

Outside the courthouse, the youngest of the three, Yazan Haddad, said he wanted only to see his mother, who reached Germany last year.

“For a year and a half I was in prison for something I did not do,” he told reporters, speaking in Arabic through an interpreter. “The smuggler put a gun to my head and said: drive the boat or stay in Turkey. What choice did I have?”

Prosecutors had sought sentences of up to 50 years for each defendant on charges of facilitating illegal entry and causing the deaths of two passengers who drowned when the boat hit rocks off the island’s northern coast in September 2023.

In his closing speech, prosecutor Konstantinos Dimou told the court that “someone has to answer for the two people who died on that beach”.

Defence lawyer Athina Rallis said the case was typical of hundreds of prosecutions brought every year. Under Greek law, anyone found steering a boat can be charged with smuggling, regardless of whether they were paid.

“The real smugglers never get in the boat,” she said. “They stay on the Turkish coast, they take the money and they choose one of the passengers, usually a young man, to hold the tiller.

“Then that young man arrives in Greece and is treated as the criminal. The court today recognised that this is not justice. But there are many other men in Greek prisons in exactly the same situation.”

According to a report published last year by the Aegean Legal Observatory, an independent research group, people convicted of boat-driving make up the second-largest group of prisoners in Greece by offence. The group found that such trials lasted on average 37 minutes.

“Hearings of half an hour cannot establish the truth of what happened on a boat in the middle of the night,” the report said.

A senior police officer on Lesbos, who asked not to be named, defended the practice of arresting those found at the helm. “When a boat arrives, we arrest whoever was driving. That is the law. It is for the courts to decide the rest,” he said.

The three men were released on Monday evening. Haddad said he planned to apply for asylum in Greece. “I want to study,” he said. “I want to show that I am not what they said I was.”""",
        [
            ("For a year and a half", "Yazan Haddad"),
            ("The smuggler put a gun", "Yazan Haddad"),
            ("someone has to answer for", "Konstantinos Dimou"),
            ("The real smugglers never get", "Athina Rallis"),
            ("They stay on the Turkish", "Athina Rallis"),
            ("Then that young man arrives", "Athina Rallis"),
            ("Hearings of half an hour", "Aegean Legal Observatory"),
            ("When a boat arrives, we", "senior police officer on Lesbos"),
            ("I want to study,", "Yazan Haddad"),
            ("I want to show that", "Yazan Haddad"),
        ],
    ),
]
