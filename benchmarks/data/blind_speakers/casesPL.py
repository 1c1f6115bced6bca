CASES = [
    (
        """Senegal's top court orders presidential vote to go ahead on original date

By Ousmane Faye and Claire Mensah

DAKAR, March 4 (Reuters) - Senegal's Constitutional Council on Tuesday annulled a government decree postponing the presidential election by four months, ordering authorities to hold the vote on its original date of April 13 and setting up a possible clash with the ruling coalition.

In a five-page ruling read out in Dakar, the council said the decree had "no legal basis" and that the electoral calendar "cannot be modified at the discretion of the executive, whatever the circumstances invoked."

The government of Prime Minister Abdoulaye Diagne had argued that a dispute over the list of approved candidates and delays in distributing new voter cards justified pushing the vote back to August.

Interior Minister Aissatou Ndoye said the government "takes note" of the decision and that the cabinet would meet on Wednesday to study its implications. She did not say whether the April date would be respected.

"We have always said that we are a government of laws, and we will act accordingly," Ndoye told reporters outside the ministry.

Opposition leader Mamadou Lamine Sarr, whose Rassemblement pour la Justice et le Progres (RJP) filed one of four challenges against the decree, called the ruling a turning point for the country.

"Today the institutions of the republic have shown that they belong to the people and not to one man," Sarr said at a rally in the suburb of Keur Gorgui-Nord, where several thousand supporters gathered after the announcement.

"Now we ask the government to respect the calendar, release the remaining detainees and let the Senegalese people choose freely," he added.

Senegal has long been viewed as one of West Africa's most stable democracies, but the postponement announced last month triggered protests in which at least three people were killed, according to the rights group Sahel Rights Watch.

Diplomats in Dakar said the ruling eased pressure on the country but warned that much would depend on how the government responds in the coming days.

"The ball is now in the executive's court," said one Western diplomat, who asked not to be named because he was not authorised to speak to the media. "If they comply quickly, this crisis could be behind us within weeks."

The Dakar-based West African Civic Forum, which monitors elections in the region, said in a statement that it welcomed the ruling as "a reaffirmation of constitutional order" and urged all sides to show restraint.

Senegal's dollar-denominated bonds rallied on the news, with the 2033 issue gaining more than 1.5 cents on the dollar, according to market data.

(Reporting by Ousmane Faye and Claire Mensah; Editing by Peter Okafor)""",
        [
            ("no legal basis", "Constitutional Council"),
            ("cannot be modified at the", "Constitutional Council"),
            ("takes note", "Aissatou Ndoye"),
            ("We have always said that", "Aissatou Ndoye"),
            ("Today the institutions of the", "Mamadou Lamine Sarr"),
            ("Now we ask the government", "Mamadou Lamine Sarr"),
            ("The ball is now in", "Western diplomat"),
            ("If they comply quickly, this", "Western diplomat"),
            ("a reaffirmation of constitutional order", "West African Civic Forum"),
        ],
    ),
    (
        """Ivory Coast: two dead as protests over mayoral vote turn violent

Abidjan (AFP) - At least two people were killed and dozens injured in clashes between police and protesters in the central Ivorian town of Kossiadougou, after the ruling party's candidate was declared winner of a disputed mayoral election, officials and witnesses said Sunday.

Young men set up barricades of burning tyres on the main road linking the town to the regional capital on Saturday evening and clashed with riot police who fired tear gas, witnesses told AFP.

"They were shooting gas into the courtyards, even where there were children," said Mariam Coulibaly, a 34-year-old trader reached by phone. "We could not breathe. My neighbour's son was hit in the leg."

A doctor at the town's hospital, who asked not to be named, said two men in their twenties had died of gunshot wounds and that 27 other people were being treated, several of them for fractures.

The regional prefect, Colonel Jean-Baptiste Kouame Ahoua, gave a different account, saying security forces had "never used live ammunition" and accusing "organised groups" of attacking a police station and setting fire to a vehicle.

"The situation is now under control and an investigation has been opened to establish responsibilities," he said in a statement read on state television.

The unrest follows the announcement on Friday by the National Electoral Authority (ANE) that Siaka Toure of the ruling Rally for Unity and Progress (RUP) had won 51.2 percent of the vote, narrowly ahead of opposition candidate Elise Gnagne Yapo of the Ivorian Democratic Alliance (ADI).

Yapo, a former deputy mayor, has rejected the result and filed an appeal with the administrative court.

"We have the tally sheets from every polling station. The numbers that were announced are not the numbers that the people voted," she told a press conference in Abidjan on Sunday, calling for calm but vowing to "defend every vote".

The RUP's secretary general, Bakary Fofana, said the opposition was "trying to win in the streets what it lost at the ballot box".

"Our candidate won fairly. We call on everyone to respect the institutions and wait for the courts to rule," he told AFP.

Ivory Coast, the world's top cocoa producer, has been largely peaceful since a 2010-2011 post-election crisis that left some 3,000 people dead. But local polls have repeatedly been marred by violence, and rights groups have warned of rising tensions ahead of next year's presidential election.

On Sunday, the Ivorian League for Civic Rights, a local NGO, called for "an independent and transparent inquiry" into the deaths and urged the authorities to release people detained during the unrest.""",
        [
            ("They were shooting gas into", "Mariam Coulibaly"),
            ("We could not breathe. My", "Mariam Coulibaly"),
            ("never used live ammunition", "Jean-Baptiste Kouame Ahoua"),
            ("organised groups", "Jean-Baptiste Kouame Ahoua"),
            ("The situation is now under", "Jean-Baptiste Kouame Ahoua"),
            ("We have the tally sheets", "Elise Gnagne Yapo"),
            ("defend every vote", "Elise Gnagne Yapo"),
            ("trying to win in the", "Bakary Fofana"),
            ("Our candidate won fairly. We", "Bakary Fofana"),
            ("an independent and transparent inquiry", "Ivorian League for Civic Rights"),
        ],
    ),
    (
        """High Court nullifies Asante-Dwumfuor parliamentary results

Story: Kwabena Agyei-Boateng, Kumasi

The Kumasi High Court has annulled the results of the December parliamentary election in the Asante-Dwumfuor constituency and ordered the Electoral Commission (EC) to conduct a fresh poll within 60 days.

Delivering judgement yesterday, the presiding judge, Justice Akosua Serwaa Boakye-Danso, held that irregularities at 14 polling stations, including over-voting and missing pink sheets, had “substantially affected the outcome of the election”.

“The court cannot close its eyes to the evidence before it. Where the number of votes cast exceeds the number of registered voters, the integrity of the entire process is called into question,” the judge stated.

The petition was filed by the candidate of the Progressive People’s Union (PPU), Mr Yaw Ampofo-Mensah, who lost the seat by 312 votes to the National Democratic Front (NDF) candidate, Madam Comfort Adwoa Nyarko.

Counsel for the petitioner, Mr Felix Amankwah-Sarpong, speaking to journalists after the ruling, described the judgement as “a landmark for electoral justice in this country”.

“What this judgement says is simple: every vote must count, and only votes that were lawfully cast must count,” he said.

Mr Ampofo-Mensah, who was in court with dozens of supporters clad in the party’s colours, thanked his constituents for their patience.

“I never doubted that the truth would come out. I ask all of us to remain calm and prepare for the rerun,” he told this reporter.

However, counsel for Madam Nyarko, Mr Ebenezer Quaye-Mensah, said his client would appeal. According to him, the trial judge “misdirected herself on the law” by relying on photocopies of pink sheets that had not been certified by the EC.

“We have already instructed our team to file a notice of appeal and an application for stay of execution. We are confident the Court of Appeal will set this decision aside,” he said.

The NDF’s Ashanti Regional Secretary, Mr Osei Kwadwo Frimpong, in a statement, urged party supporters to “refrain from any act that could disturb the peace of the constituency” while the party pursued the matter in the appellate court.

The Electoral Commission said it had received a copy of the judgement and was studying it.

“The Commission will comply with all lawful orders of the court,” its Director of Public Affairs, Mrs Gifty Asamoah-Laryea, said when contacted.

The Ashanti Regional Police Command has since deployed additional personnel to the constituency capital, Dwumfuor-Nkwanta, where tension was reported on Wednesday night after supporters of the two parties clashed near the district assembly office.

The Asante-Dwumfuor seat has been keenly contested since its creation in 2012, changing hands between the two parties three times.""",
        [
            ("substantially affected the outcome of", "Akosua Serwaa Boakye-Danso"),
            ("The court cannot close its", "Akosua Serwaa Boakye-Danso"),
            ("a landmark for electoral justice", "Felix Amankwah-Sarpong"),
            ("What this judgement says is", "Felix Amankwah-Sarpong"),
            ("I never doubted that the", "Yaw Ampofo-Mensah"),
            ("misdirected herself on the law", "Ebenezer Quaye-Mensah"),
            ("We have already instructed our", "Ebenezer Quaye-Mensah"),
            ("refrain from any act that", "Osei Kwadwo Frimpong"),
            ("The Commission will comply with", "Gifty Asamoah-Laryea"),
        ],
    ),
    (
        """Senegal protests: Students vow 'we will not be silenced' after campus raid

By Fatou Bintou Mbaye, Dakar

Students at Senegal's largest public university have vowed to keep protesting after riot police stormed their campus overnight, arresting dozens and firing tear gas into dormitories.

The raid at Kocc Barma University followed a week of demonstrations against the arrest of opposition MP Ibrahima Sow, who was charged with spreading false news and insulting the head of state after a speech in parliament.

"We will not be silenced. They can arrest all of us, they can close the university, but the questions we are asking will not go away," said Cheikh Tidiane Ba, a 23-year-old law student and member of the students' coordination committee.

He showed me the broken door of his room in Pavilion G, where he said officers had entered at around 02:00 local time (02:00 GMT).

"They beat anyone they found in the corridors. Some of my friends are still missing - we don't know if they are in hospital or in a cell," he said.

In a statement, the General Directorate of National Police said 47 people had been arrested, that officers had been responding to "acts of vandalism and attacks on public property" and that only the "minimum necessary force" had been used.

Government spokesman Moustapha Gningue defended the operation, telling reporters that the state "will not allow a minority to take the university hostage".

"The right to protest is guaranteed, but it does not include the right to burn buildings," he said.

The university's rector has suspended classes for two weeks.

Rights groups have condemned the raid. Awa Ndiaye Thiam, director of the Dakar-based Centre for Democratic Rights, said the government was repeating old mistakes.

"This is a pattern we have seen too often: peaceful dissent is met with force, and force is then used to justify more repression," she said.

Mr Sow's lawyers say he is being prosecuted for comments protected by parliamentary immunity. His trial is due to open next month.

President Alioune Badara Diouf has not commented publicly on the unrest. But speaking last week, before the arrest, he warned against what he called "the politics of the street".

Many of the students I spoke to said they felt caught between their studies and their anger.

"My parents sacrificed everything to send me here," said Ndeye Rokhaya Fall, a second-year sociology student. "I want to graduate. But how can I stay quiet when they arrest someone just for speaking?"

Outside the main gate, a handful of police vans remained parked on Thursday morning as cleaners swept up broken glass and spent tear gas canisters.""",
        [
            ("we will not be silenced", "Cheikh Tidiane Ba"),
            ("We will not be silenced.", "Cheikh Tidiane Ba"),
            ("They beat anyone they found", "Cheikh Tidiane Ba"),
            ("acts of vandalism and attacks", "General Directorate of National Police"),
            ("minimum necessary force", "General Directorate of National Police"),
            ("will not allow a minority", "Moustapha Gningue"),
            ("The right to protest is", "Moustapha Gningue"),
            ("This is a pattern we", "Awa Ndiaye Thiam"),
            ("the politics of the street", "Alioune Badara Diouf"),
            ("My parents sacrificed everything to", "Ndeye Rokhaya Fall"),
            ("I want to graduate. But", "Ndeye Rokhaya Fall"),
        ],
    ),
    (
        """Côte d’Ivoire: Inside the ADI’s bitter succession fight

By Koffi Ange-Désiré Amani

As the Ivorian Democratic Alliance prepares for the congress that will choose its presidential candidate, old loyalties are fraying and a generation gap is widening.

The party’s headquarters in the Riviera-Palmeraie district of Abidjan are quieter than usual on a Tuesday afternoon. Portraits of the founder still hang in the lobby, but the young activists who crowd the courtyard are wearing T-shirts bearing a different face.

Henriette Aka-Bleu, 41, a former minister of youth and now the most prominent figure of the party’s ‘new guard’, makes no secret of her ambitions.

‘For thirty years, the same faces have decided everything in this party,’ she says in her office overlooking the lagoon. ‘I respect our elders. Many of them fought for multiparty democracy when it was dangerous to do so. But respect does not mean that we must wait for permission to lead.

‘Ivorian voters are young. Seventy per cent of them were not born when our founder created this party. If we do not speak to them, someone else will.’

Her main rival is Emmanuel N’Dri Kouassi, 68, the party’s first vice-president and a former speaker of parliament, who is backed by most of the regional federations in the centre and east of the country.

Kouassi declined several requests for an interview. A close adviser, speaking on condition of anonymity, dismissed the challenge: ‘The party is not a start-up. Experience matters when you face a state machine like the one we are facing.’

The Ivorian Democratic Alliance said in a statement posted on its website that the congress would be ‘open, transparent and respectful of our statutes’, but supporters of Aka-Bleu complain that delegate lists were drawn up by officials loyal to Kouassi.

Salimata Konaté-Diabaté, a political scientist at a university in Bouaké, believes the stakes go beyond personalities.

‘The ADI’s problem is not only who leads it,’ she says. ‘It is whether it can still mobilise outside its traditional strongholds. In the last legislative elections, it lost ground even in towns it had held for two decades.’

The ruling Rally for Unity and Progress is watching with undisguised satisfaction. Its spokesman, Adama Sanogo-Traoré, told journalists last week that the opposition was ‘busy fighting itself’ instead of offering an alternative.

For now, both camps insist the party will emerge united once the congress has voted. Few in Abidjan’s political circles believe it.

Back in the courtyard, an elderly activist who gave his name only as Yao shrugs at the noise. ‘We have been here before,’ he says. ‘Every time, they say the party will split. Every time, we are still here.’""",
        [
            ("For thirty years, the same", "Henriette Aka-Bleu"),
            ("I respect our elders. Many", "Henriette Aka-Bleu"),
            ("Ivorian voters are young. Seventy", "Henriette Aka-Bleu"),
            ("The party is not a", "close adviser"),
            ("open, transparent and respectful of", "Ivorian Democratic Alliance"),
            ("The ADI’s problem is not", "Salimata Konaté-Diabaté"),
            ("It is whether it can", "Salimata Konaté-Diabaté"),
            ("busy fighting itself", "Adama Sanogo-Traoré"),
            ("We have been here before,", "Yao"),
            ("Every time, they say the", "Yao"),
        ],
    ),
    (
        """Voters' register: NDF demands forensic audit, EC says no eligible voter disenfranchised

The opposition National Democratic Front (NDF) has called on the Electoral Commission (EC) to allow an independent forensic audit of the provisional voters' register, alleging that more than 200,000 names were unlawfully deleted ahead of the exhibition exercise.

Speaking at a press conference in Accra on Monday, the party's General Secretary, Dr Nana Akwasi Owusu-Sekyere, said the deletions were concentrated in the party's strongholds in the Volta and Northern regions.

"We are not making wild allegations. We have the data, we have the names, and we have the polling station codes. Some of the people deleted have voted in every election since 1996," he said.

According to him, the party had written to the Commission three times since April without receiving a response.

"If the EC has nothing to hide, it should open the register to an independent audit. That is all we are asking for," Dr Owusu-Sekyere added.

But the Commission has dismissed the claims. In a statement issued on Monday evening, the EC said the names removed belonged to "deceased persons, multiple registrants and persons who registered with invalid documents".

"The Commission wishes to assure the public that no eligible voter has been or will be disenfranchised," the statement said.

The Commission's Director of Electoral Services, Mrs Abena Owusuaa Darkwah, speaking on a radio programme in Accra on Tuesday, said every deletion had been vetted by district registration review committees.

"The process is transparent. Party agents sat on those committees. If the NDF had concerns, they had every opportunity to raise them at that stage," she said.

The governing Progressive People's Union (PPU) has also weighed in. Its Director of Communications, Kwame Obeng-Asare, said in a post on X that the opposition was "preparing the grounds to reject an election it knows it will lose".

Civil society groups have urged calm. The Executive Director of Ghana Civic Election Watch, Professor Mercy Adjoa Quartey, called on both sides to resolve the dispute through the Inter-Party Dialogue Committee rather than on radio and social media.

"The register is the foundation of every election. Any doubt about it, whether real or perceived, must be cleared now and not in December," she said in an interview.

The exhibition of the provisional register is scheduled to begin next week and run for ten days across all 276 constituencies. Voters will be able to check their details at their polling stations or by sending a short code on their mobile phones.""",
        [
            ("We are not making wild", "Nana Akwasi Owusu-Sekyere"),
            ("If the EC has nothing", "Nana Akwasi Owusu-Sekyere"),
            ("deceased persons, multiple registrants and", "Electoral Commission"),
            ("The Commission wishes to assure", "Electoral Commission"),
            ("The process is transparent. Party", "Abena Owusuaa Darkwah"),
            ("preparing the grounds to reject", "Kwame Obeng-Asare"),
            ("The register is the foundation", "Mercy Adjoa Quartey"),
        ],
    ),
    (
        """Senegal court sentences opposition mayor to 2 years, raising fears of unrest

By AMINATA SECK

DAKAR, Senegal (AP) — A court in Senegal on Thursday sentenced a popular opposition mayor to two years in prison for defamation, a ruling his supporters said was designed to keep him out of next year's presidential race.

Babacar Ndiaye Gueye, 47, mayor of the coastal town of Ndiassane-Plage and leader of the Ensemble pour le Senegal Nouveau party, was convicted over comments in which he accused a government minister of embezzling funds meant for fishing communities. He was also fined 5 million CFA francs (about $8,000).

Gueye, who was not in court, called the verdict "a political execution dressed up as justice" in a video posted on social media Thursday evening.

"They know they cannot beat me at the ballot box, so they are trying to beat me in the courtroom," he said. "But I say to my supporters: stay calm, stay mobilized. This fight will be won peacefully."

Under Senegal's electoral code, a prison sentence of that length could bar Gueye from running for office if it is upheld on appeal.

His lawyer, Khadim Lo, said the defense would appeal.

"The file is empty. There was no evidence presented that my client's statements were false, and the prosecution did not even call the minister as a witness," Lo told The Associated Press.

Justice Minister Ramatoulaye Sy Diallo rejected accusations of political interference.

"Justice in Senegal is independent. No one is above the law, whether they are a mayor, a minister or an ordinary citizen," she said in a statement.

Fisheries Minister Ousseynou Badji, who filed the complaint, said in a statement he was "satisfied that the truth has been established" and that he bore Gueye no personal grudge.

Security forces deployed in Ndiassane-Plage on Thursday afternoon, and many shops closed early. A resident, who spoke on condition of anonymity for fear of reprisals, said young people had begun gathering near the town hall.

"Everyone is waiting to see what happens tonight. People are angry, but they are also tired," the resident said.

Senegal has been shaken by several waves of deadly protests in recent years, many of them linked to legal cases against opposition figures. The Sahel Press Freedom Network said in a report last year that dozens of journalists, activists and politicians had been detained over their public statements, describing "a worrying narrowing of civic space" in a country long seen as a regional model.

Gueye came third in the last presidential election and has since built a strong following among young voters in the coastal regions.

___

Associated Press writer Moussa Diop in Ndiassane-Plage contributed to this report.""",
        [
            ("a political execution dressed up", "Babacar Ndiaye Gueye"),
            ("They know they cannot beat", "Babacar Ndiaye Gueye"),
            ("But I say to my", "Babacar Ndiaye Gueye"),
            ("The file is empty. There", "Khadim Lo"),
            ("Justice in Senegal is independent.", "Ramatoulaye Sy Diallo"),
            ("satisfied that the truth has", "Ousseynou Badji"),
            ("Everyone is waiting to see", "resident"),
            ("a worrying narrowing of civic", "Sahel Press Freedom Network"),
        ],
    ),
    (
        """Côte d'Ivoire: ruling party claims majority as opposition cries foul

Côte d'Ivoire's ruling Rally for Unity and Progress (RUP) has won an outright majority in the National Assembly, according to provisional results announced on Tuesday night by the National Electoral Authority (ANE).

The party and its allies secured 163 of the 255 seats, the ANE said, while the main opposition Ivorian Democratic Alliance (ADI) won 52 - down from 68 in the outgoing parliament. Independent candidates took most of the remaining seats.

Turnout was 36.4 percent, the lowest for a legislative election in more than a decade.

Announcing the results on state television, ANE president Dramane Keita Bamba said the vote had taken place 'in a climate of calm and serenity across the national territory'.

'Some incidents were recorded in a limited number of polling stations, but none of them was of a nature to affect the overall sincerity of the vote,' he said.

The opposition sees things differently.

'What happened on Sunday was not an election. It was an administrative exercise in which the results were known in advance,' ADI spokesperson Marie-Laure Gbamele Djedje told reporters at the party's headquarters in Abidjan.

She said the party would file challenges in at least 30 constituencies before the Constitutional Council, which has ten days to proclaim the final results.

Prime Minister Patrick Ehui Anoh, who was re-elected in his home constituency, hailed 'a clear mandate' for the government's programme of reforms.

An observer mission from the West African Democracy Observatory said in its preliminary report that voting had been 'generally orderly' but noted 'significant gaps in the publication of results at polling station level'.

A member of the mission, who asked not to be identified, told journalists that the low turnout was 'the real message of this election'.

'People did not boycott out of political calculation. They stayed home because they no longer believe their vote changes anything,' the observer said.

A Western diplomat based in Abidjan offered a similar reading. 'The numbers in parliament matter less than the empty polling stations. That is what everyone should be worried about ahead of the presidential election,' the diplomat said.

In the Abidjan suburb of Anyama-Gare, where RUP supporters celebrated late into the night, the mood on Wednesday morning was subdued.

'We want peace. Whoever wins, we just want to work and feed our children,' said Adjoua Brou, who sells attieke near the bus station.

The presidential election is due in October next year.""",
        [
            ("in a climate of calm", "Dramane Keita Bamba"),
            ("Some incidents were recorded in", "Dramane Keita Bamba"),
            ("What happened on Sunday was", "Marie-Laure Gbamele Djedje"),
            ("a clear mandate", "Patrick Ehui Anoh"),
            ("generally orderly", "West African Democracy Observatory"),
            ("significant gaps in the publication", "West African Democracy Observatory"),
            ("the real message of this", "member of the mission"),
            ("People did not boycott out", "member of the mission"),
            ("The numbers in parliament matter", "Western diplomat based in Abidjan"),
            ("We want peace. Whoever wins,", "Adjoua Brou"),
        ],
    ),
]
