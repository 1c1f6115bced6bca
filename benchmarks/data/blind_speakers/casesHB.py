CASES = [
    (
        """Poll agency sets March 14 date for Ngarisha East by-election

By JOSEPH MUTUA

The electoral agency has set March 14 as the date for the Ngarisha East parliamentary by-election, following the death last month of area MP Daniel Kiprono Langat.

In a gazette notice dated Tuesday, the Independent Boundaries and Elections Authority (IBEA) said political parties must submit the names of their candidates by January 30, with campaigns running until March 11.

"The commission is ready to conduct a free, fair and credible by-election in Ngarisha East, and we call on all parties to respect the timelines set out in the notice," IBEA chairperson Margaret Wairimu Kinyua said.

Ms Kinyua told reporters in Nairobi that the authority had already set aside Sh84 million for the exercise and would begin recruiting temporary poll clerks next week.

Mr Langat, a two-term legislator on the ruling Umoja Progressive Alliance (UPA) ticket who was popularly known as "Mzee wa Barabara" for his campaigns on rural roads, died on December 19 at a Nairobi hospital after a short illness.

UPA secretary-general Peter Ochieng Were said the party would hold nominations on January 24 and urged aspirants to "conduct themselves with decorum" during the primaries.

"We have received interest from eleven aspirants so far. The party will give every one of them a fair chance, but we will not tolerate violence or the use of money to buy votes," Mr Were said.

The opposition Haki Democratic Party (HDP) said it would field a candidate, setting up what analysts expect to be a bruising contest in a seat the ruling coalition has held for a decade.

"Ngarisha East is not a UPA project. The people there have been neglected for ten years and they are ready for change," HDP leader Samuel Omondi Achieng told a press conference at the party's Lavington offices.

He accused the government of planning to use state resources in the campaign, a claim the ruling party dismissed.

"That is the kind of cheap propaganda we have come to expect from our friends in the opposition," said Mr Were.

Residents who spoke to the Nation said they wanted a candidate who would prioritise the stalled Ngarisha-Kamuthi road and the Kamuthi water project.

"We have buried our MP, and we respect him, but the road he promised us in 2017 is still not done," said Grace Nduta, a trader at Ngarisha market. "Whoever comes now must tell us when the tarmac will reach here."

A senior official at the commission, who asked not to be named because he was not authorised to speak to the media, said the authority was concerned about voter apathy in by-elections.

"Turnout in the last three by-elections was below 40 per cent. That is worrying for us," the official said.

The agency will also hold a by-election for the Kamuthi ward county assembly seat on the same day.""",
        [
            ("The commission is ready to", "Margaret Wairimu Kinyua"),
            ("conduct themselves with decorum", "Peter Ochieng Were"),
            ("We have received interest from", "Peter Ochieng Were"),
            ("Ngarisha East is not a", "Samuel Omondi Achieng"),
            ("That is the kind of", "Peter Ochieng Were"),
            ("We have buried our MP,", "Grace Nduta"),
            ("Whoever comes now must tell", "Grace Nduta"),
            ("Turnout in the last three", "senior official at the commission"),
        ],
    ),
    (
        """MPs throw out motion to extend local council terms

BY RONALD SSEMPIJJA

Kampala. Parliament on Tuesday rejected a government motion seeking to extend the term of local council leaders by two years, dealing a blow to the Ministry of Local Government, which had argued that the country could not afford to hold the elections next year.

The motion, moved by the Minister of State for Local Government, Mr Yusuf Kakooza Mutebi, required the support of two-thirds of all members but was defeated by 214 votes to 131.

Mr Mutebi had told the House that the Treasury had so far released only Shs41 billion of the Shs128 billion required for the polls.

"We are not saying that we do not want elections. We are saying that the money is not there, and we cannot go to the people with half a budget," he said.

But legislators across the political divide, including several from the ruling National Unity Movement (NUM), said the extension would be unconstitutional and would set a dangerous precedent.

Kyamuswa County MP Betty Nakalema (NUM) said local leaders had been elected for a fixed term and that government had had five years to plan for the polls.

"The people of Kyamuswa elected their chairpersons for five years, not seven. If we extend today, what will stop someone from extending Parliament tomorrow?" Ms Nakalema asked.

The Leader of the Opposition, Mr Joseph Okello Odongo, described the motion as "a trial balloon" for a wider plan to postpone elections.

"We have seen this film before. First they test the waters with local councils, then they come for the big one," Mr Odongo, who is also the People's Democratic Alliance (PDA) MP for Aloi East, said.

The Speaker, Ms Agnes Nabirye Kato, was forced to suspend the sitting for 15 minutes after a heated exchange between Mr Odongo and the Government Chief Whip, Mr Emmanuel Tumwine.

Mr Tumwine later told journalists at Parliament that government respected the decision of the House, but warned that the Electoral Commission would now have to find the money "from somewhere".

"We will go back to the drawing board with the Ministry of Finance. The House has spoken and we shall abide," he said.

In a statement issued shortly after the vote, the Electoral Commission said it would publish a revised roadmap within two weeks.

"The Commission remains committed to conducting local council elections within the constitutional timelines, subject to the availability of funds," the statement read.

Civil society groups welcomed the vote. Mr Patrick Waiswa, the executive director of the Citizens' Election Watch Uganda, said the MPs had "put the Constitution above party interests".

"This is a good day for our democracy. We hope the same spirit will prevail when the budget for the polls comes before the House," Mr Waiswa said.

Local council elections are held every five years, alongside the presidential and parliamentary polls.""",
        [
            ("We are not saying that", "Yusuf Kakooza Mutebi"),
            ("The people of Kyamuswa elected", "Betty Nakalema"),
            ("a trial balloon", "Joseph Okello Odongo"),
            ("We have seen this film", "Joseph Okello Odongo"),
            ("from somewhere", "Emmanuel Tumwine"),
            ("We will go back to", "Emmanuel Tumwine"),
            ("The Commission remains committed to", "Electoral Commission"),
            ("put the Constitution above party", "Patrick Waiswa"),
            ("This is a good day", "Patrick Waiswa"),
        ],
    ),
    (
        """Opposition threatens to boycott by-polls over voter register

By Florence Mushi

Dar es Salaam. Four opposition parties yesterday threatened to boycott next month’s by-elections in three constituencies, claiming that the updated voter register contained thousands of duplicate and ghost entries.

Speaking at a joint press conference in Dar es Salaam, the chairman of the Democratic Movement for Progress (DMP), Mr Hamisi Juma Mrisho, said the parties had identified more than 23,000 questionable names in the Lugoba North, Kisangata and Mbinga West registers.

“We have done our homework. Some voters appear three times with the same photograph but different names, and in one polling station we found 400 people registered at the same address,” said Mr Mrisho.

“We are not going to legitimise a process that is rigged before a single ballot is cast,” he added.

The parties – DMP, the Party for Social Justice (PSJ), Umma Party and the Tanzania Labour Congress – gave the National Electoral Agency (NEA) seven days to clean up the register or face a boycott.

PSJ secretary general Ms Rehema Abdallah Kitwana said the parties had written to the agency twice since August without receiving a response.

“Silence is also an answer. It tells us that they know there is a problem and they don’t want to fix it,” she said.

When contacted, NEA director of elections Mr Godfrey Nnko Massawe said the agency had not yet received the parties’ complaint but would look into it.

“Every registered voter has the right to have their details verified, and every stakeholder has the right to raise concerns. We will review whatever evidence they present,” Mr Massawe told The Citizen by telephone.

He, however, dismissed the claim of 23,000 ghost voters as “exaggerated”, saying the register had been cleaned using biometric matching before it was displayed for public inspection in July.

The ruling Chama cha Taifa (CCT) said the opposition was looking for an excuse ahead of polls it was likely to lose.

“Whenever they see defeat coming, they start talking about boycotts. The people of Lugoba North know who delivered the water project and the new district hospital,” CCT secretary for ideology and publicity Abeid Salum Kombo said in a statement.

Dr Neema Lukumay, a lecturer at the Institute of Governance Studies in Dodoma, said a boycott would hurt the opposition more than the ruling party.

“A boycott might make headlines for a week, but it hands the seats to the ruling party on a silver platter. The better strategy is to contest and document every irregularity,” she said.

The by-elections, scheduled for November 12, were occasioned by the death of one MP and the appointment of two others as regional commissioners.""",
        [
            ("We have done our", "Hamisi Juma Mrisho"),
            ("We are not going to", "Hamisi Juma Mrisho"),
            ("Silence is also an answer.", "Rehema Abdallah Kitwana"),
            ("Every registered voter has the", "Godfrey Nnko Massawe"),
            ("exaggerated", "Godfrey Nnko Massawe"),
            ("Whenever they see defeat coming,", "Abeid Salum Kombo"),
            ("A boycott might make headlines", "Neema Lukumay"),
        ],
    ),
    (
        """Kenya's parliament approves new election commissioners amid opposition walkout

NAIROBI, Sept 17 (Reuters) - Kenya's parliament on Tuesday approved seven nominees to the country's electoral commission, after opposition lawmakers walked out of the chamber saying the selection process had been rigged in favour of the ruling coalition.

The vote ends a 14-month vacancy at the Independent Boundaries and Elections Authority (IBEA), which had been unable to conduct by-elections or review constituency boundaries without a quorum, and comes less than two years before the next general election.

Lawmakers voted 198-0 to approve the list, after about 110 members of the opposition Haki Democratic Party (HDP) and its allies left the chamber.

"This is a commission that has been handpicked by one man to deliver one result," HDP leader Samuel Omondi Achieng told reporters outside parliament. "We will not participate in a charade."

Kimani Ndung'u, the majority leader in the National Assembly, said the nominees had been vetted by a parliamentary committee and that the opposition had been given every chance to take part.

"They were invited to every stage of the process. They chose to sit on the sidelines and now they want to complain," Ndung'u said during the debate.

The electoral commission has been at the centre of disputes after several recent presidential elections, and the opposition has repeatedly accused it of bias.

State House said in a statement the new commissioners would "restore public confidence in our electoral institutions" and urged the opposition to "give them a chance to work."

Western diplomats have urged the government and the opposition to agree on reforms to the commission well ahead of the vote, citing the deadly violence that has followed disputed polls in the past.

A Western diplomat in Nairobi, who asked not to be named because of the sensitivity of the matter, called the walkout "a worrying sign."

"If the main opposition has no confidence in the referee from day one, the next election starts with a deficit of trust," the diplomat said.

Analysts said the opposition had limited options.

"The numbers in parliament are simply not on their side," said Wanjiku Muriithi, a political analyst at the Nairobi-based Centre for Governance and Democracy. "They can go to court, or they can go to the streets. Neither is risk-free."

The commission's new chairman, lawyer Francis Otieno Oduya, is expected to be sworn in later this week. He has pledged to complete a long-delayed review of constituency boundaries within a year.

(Reporting by Brian Otieno; Editing by Helen Marsh)""",
        [
            ("This is a commission that", "Samuel Omondi Achieng"),
            ("We will not participate in", "Samuel Omondi Achieng"),
            ("They were invited to every", "Kimani Ndung'u"),
            ("restore public confidence in our", "State House"),
            ("give them a chance to", "State House"),
            ("a worrying sign.", "Western diplomat in Nairobi"),
            ("If the main opposition has", "Western diplomat in Nairobi"),
            ("The numbers in parliament are", "Wanjiku Muriithi"),
            ("They can go to court,", "Wanjiku Muriithi"),
        ],
    ),
    (
        """Ugandan opposition leader detained ahead of rally: party

Kampala (AFP) - Ugandan police on Saturday detained opposition leader Godfrey Mukasa Lwanga hours before he was due to address a rally in the eastern town of Nabusaga, his party said, the latest in a string of arrests of government critics ahead of next year's elections.

Lwanga, 48, a former trade unionist who heads the People's Democratic Alliance (PDA), was stopped at a roadblock outside the town and driven away in a police pickup truck, according to party officials and witnesses.

"They pulled him out of the car and pushed him into their vehicle. We don't know where they have taken him," PDA spokeswoman Harriet Namusoke told AFP by phone.

Police spokesman Julius Ocen Akena confirmed the detention, saying Lwanga had been "taken for his own safety" because the rally had not been cleared by authorities.

"The organisers did not comply with the guidelines on public gatherings. Police will not allow any group to hold an assembly that endangers the public," Akena said in a statement posted on X.

It was not immediately clear whether he had been charged with any offence.

Witnesses said police fired tear gas to disperse several hundred supporters who had gathered at the rally ground in Nabusaga.

"We were just waiting peacefully to hear him speak, and then the teargas started," said a 32-year-old motorcycle taxi driver who gave his name only as Moses.

Uganda's ruling National Unity Movement (NUM), in power for more than three decades, has rejected accusations that it uses the security forces to stifle the opposition.

Rights groups, however, have documented dozens of arrests of opposition activists in recent months.

"The pattern is clear: every time the opposition tries to take its message to voters outside Kampala, the police find a reason to stop it," said Agnes Tibenda, a researcher at the Kampala-based Centre for Civic Freedoms.

The NUM's deputy secretary general, Richard Byaruhanga, dismissed the criticism.

"Nobody is above the law. Mr Lwanga knows the procedures, and he chose to ignore them for publicity," he told AFP.

The European Union delegation in Kampala said on X that it was "following developments closely" and called on the authorities "to respect the right to peaceful assembly."

Uganda will hold presidential and parliamentary elections early next year.

Lwanga, who came third in the last presidential poll, has said he will run again, and has drawn large crowds in recent weeks in the country's east and north.""",
        [
            ("They pulled him out of", "Harriet Namusoke"),
            ("taken for his own safety", "Julius Ocen Akena"),
            ("The organisers did not comply", "Julius Ocen Akena"),
            ("We were just waiting peacefully", "Moses"),
            ("The pattern is clear: every", "Agnes Tibenda"),
            ("Nobody is above the law.", "Richard Byaruhanga"),
            ("following developments closely", "European Union delegation in Kampala"),
            ("to respect the right to", "European Union delegation in Kampala"),
        ],
    ),
    (
        """Bunge passes Political Parties (Amendment) Bill

By Daily News Reporter, Dodoma

THE National Assembly yesterday passed the Political Parties (Amendment) Bill, which, among other things, requires political parties to publish audited accounts every year and bars them from forming militia or security units.

Tabling the Bill, the Minister of State in the Prime Minister's Office (Parliamentary Affairs), Ms Zainabu Omari Lwelamira, said the amendments were aimed at strengthening internal democracy and accountability within parties.

She told the House: "Political parties are institutions of the people. They receive public subsidies, and the people have a right to know how that money is spent.

"This Bill does not seek to punish any party. It seeks to build parties that are strong, transparent and able to compete on ideas rather than on the strength of their youth wings."

According to a report submitted to the Parliamentary Committee on Constitutional and Legal Affairs by the Office of the Registrar of Political Parties, 11 of the 19 fully registered parties had not submitted audited accounts for the last financial year.

Contributing to the debate, Mbinga West MP Mr Jacob Mapunda Ngonyani (CCT) said the requirement for audited accounts was long overdue.

"Some parties exist only during elections. They collect subsidies and disappear for five years. This law will separate serious parties from briefcase parties," he said.

However, Special Seats MP Ms Halima Rashid Kibwana (DMP) said while she supported transparency, some provisions of the Bill gave the Registrar "too much power" over the internal affairs of parties.

"If the Registrar can suspend a party's leadership on the basis of a complaint by a single member, then we are creating a tool that can be abused by whoever is in power," she cautioned.

Responding, the Attorney General, Mr Felix Elias Mwakasege, assured the House that all decisions of the Registrar would be subject to review by the High Court.

"No decision of the Registrar is final. Any aggrieved party has the right to go to court, and the courts of this country are independent," the AG said.

He added that the Bill had been subjected to wide consultation, including two stakeholder meetings with registered parties in Dodoma and Zanzibar.

The Bill was passed by a voice vote and now awaits presidential assent before it becomes law.

Speaker of the National Assembly Mr Yohana Masanja Shija commended members for what he described as "a mature and constructive debate" and urged them to explain the new law to their constituents.""",
        [
            ("Political parties are institutions of", "Zainabu Omari Lwelamira"),
            ("This Bill does not seek", "Zainabu Omari Lwelamira"),
            ("Some parties exist only during", "Jacob Mapunda Ngonyani"),
            ("too much power", "Halima Rashid Kibwana"),
            ("If the Registrar can suspend", "Halima Rashid Kibwana"),
            ("No decision of the Registrar", "Felix Elias Mwakasege"),
            ("a mature and constructive debate", "Yohana Masanja Shija"),
        ],
    ),
    (
        """HDP kicks out five rebel MPs, sets stage for legal battle

By Eunice Atieno

The Haki Democratic Party (HDP) has expelled five Members of Parliament accused of working with the ruling Umoja Progressive Alliance (UPA), setting the stage for a legal battle that could end in by-elections in their constituencies.

In a letter dated Monday and signed by the party’s secretary general, Rose Chebet Tanui, the five were informed that the National Executive Committee had “resolved to expel you from the party with immediate effect” following a disciplinary hearing they did not attend.

The affected lawmakers are Peter Kamau Njoroge (Kamuthi West), Aisha Mohamed Bwana (Ol Kasiri), Dennis Kiprop Rotich (Sigiria), Lilian Auma Odhiambo (Bondeni East) and Hassan Juma Mwaro (Mwangaza North).

According to the party, the five attended meetings of the ruling coalition’s parliamentary group and voted against the HDP position on the Finance Bill.

“The party has been patient with these members for over a year. We gave them every opportunity to explain themselves, and they chose to mock the process,” Tanui told The Standard on phone. “Discipline is not optional in a political party.”

But Njoroge, who spoke on behalf of the five at a press briefing at Parliament Buildings, dismissed the expulsion as null and void, saying the party had not followed its own constitution.

“We were never served with any notice of a hearing. You cannot expel people through a WhatsApp letter and call that due process,” said Njoroge.

He said the group would move to the Political Parties Disputes Tribunal to challenge what he termed “a witch-hunt by a small clique in Lavington”.

Bwana said she had no regrets about working with the government.

“My people wanted a hospital and a road. I went where I could get them. If that is a crime, then I am guilty,” she said.

An MP who is expelled does not automatically lose their seat, but the party can write to the Speaker seeking to have the seat declared vacant.

Constitutional lawyer Benjamin Ogeto Nyakundi said the matter was likely to be in the courts for months.

“Expulsion and loss of a seat are two different things. The Speaker will be very careful before declaring any seat vacant, because the courts have been clear that members must be given a fair hearing,” he said.

A senior official at the party’s headquarters, who spoke on condition of anonymity, said more MPs could face disciplinary action.

“There is a second list. Those who think this was a one-off should think again,” the official said.

The ruling party has welcomed the five. Its chairman, Joseph Kiprotich Sang, said: “Kenya belongs to all of us. Anyone who wants to work with the government to deliver development is welcome.”

The HDP has 74 members in the National Assembly, making it the largest opposition party in the House.""",
        [
            ("resolved to expel you from", "Rose Chebet Tanui"),
            ("The party has been patient", "Rose Chebet Tanui"),
            ("Discipline is not optional in", "Rose Chebet Tanui"),
            ("We were never served with", "Peter Kamau Njoroge"),
            ("a witch-hunt by a small", "Peter Kamau Njoroge"),
            ("My people wanted a hospital", "Aisha Mohamed Bwana"),
            ("Expulsion and loss of a", "Benjamin Ogeto Nyakundi"),
            ("There is a second list.", "senior official at the party’s headquarters"),
            ("Kenya belongs to all of", "Joseph Kiprotich Sang"),
        ],
    ),
    (
        """Uganda's electoral body nominates 8 presidential candidates for January polls

KAMPALA, Oct. 2 (Xinhua) -- Uganda's Electoral Commission (EC) on Thursday nominated eight candidates to contest in the presidential election scheduled for January next year, officials said.

Among those nominated were incumbent President Elias Rwabwogo Mugisha of the ruling National Unity Movement (NUM) and Godfrey Mukasa Lwanga of the opposition People's Democratic Alliance (PDA).

"All the eight candidates have met the legal requirements, including the academic qualifications and the signatures of at least 100 registered voters in two-thirds of the districts," EC chairperson Justice Margaret Nakato Ssali told reporters at the commission's nomination center in Kampala.

She said the commission would release a harmonized campaign schedule to avoid clashes between supporters of rival candidates.

"We appeal to all candidates and their supporters to campaign peacefully and to respect the guidelines. The commission will not hesitate to take action against anyone who violates the law," she said.

Mugisha, who is seeking another five-year term under the theme "Securing Your Future," told supporters after his nomination that his government would focus on industrialization and job creation for the youth if re-elected.

"We have built the roads, we have brought electricity to the villages. Now it is time to put money in every household," Mugisha said.

Lwanga, speaking to journalists after submitting his nomination papers, pledged to fight corruption and restore the independence of public institutions.

"Ugandans are tired of promises. They want jobs, they want hospitals with medicine, and they want leaders who are accountable," he said.

The EC said in a statement that 18.6 million voters had been registered for the polls, up from 17.1 million in the previous general election.

"The register has been verified and displayed in all parishes, and any voter can confirm their details using the commission's SMS service," the statement said.

Political analyst Simon Peter Ekwaro told Xinhua that the large number of candidates was likely to split the opposition vote.

"With eight candidates, the chance of a runoff depends on whether the opposition can unite behind one person. So far there is no sign of that," said Ekwaro, a lecturer at the Kampala-based Institute for Policy Dialogue.

Campaigns are set to begin on Oct. 10 and end two days before polling day. A candidate must win more than 50 percent of the valid votes cast to be declared winner, failing which a runoff is held between the top two candidates.""",
        [
            ("All the eight candidates have", "Margaret Nakato Ssali"),
            ("We appeal to all candidates", "Margaret Nakato Ssali"),
            ("We have built the roads,", "Elias Rwabwogo Mugisha"),
            ("Ugandans are tired of promises.", "Godfrey Mukasa Lwanga"),
            ("The register has been verified", "Electoral Commission"),
            ("With eight candidates, the chance", "Simon Peter Ekwaro"),
        ],
    ),
]
