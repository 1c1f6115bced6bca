CASES = [
    # 1. Jamaica - parliament (curly quotes)
    ("""KINGSTON, Jamaica — Opposition spokesman on finance Dr Desmond Ferguson yesterday accused the Government of presenting what he called “a budget built on sand”, as debate on the 2024/25 Estimates of Expenditure opened in Gordon House.

Ferguson, the Member of Parliament for St Catherine South Central, told the House that the administration’s projected growth of 2.1 per cent was unrealistic given the pressures facing small businesses and households still reeling from high food prices.

“The minister stands here and tells us that the economy is resilient. Go to Spanish Town market and ask the vendors if they feel resilient,” Ferguson said, drawing loud desk-thumping from the Opposition benches.

He also questioned the rollout of the “Bright Start” housing programme, which he said had delivered fewer than 400 units in three years despite a budget of more than $6 billion.

Finance Minister Audrey Campbell-Harris, responding, accused the Opposition of playing politics with people’s hopes and of ignoring a decade of fiscal discipline.

“We inherited a debt-to-GDP ratio of over 140 per cent. Today it is below 75 per cent. Those are not my numbers; those are the numbers of the International Monetary Fund,” she said.

Campbell-Harris added that the Government would table a supplementary paper, “Building Jamaica Forward”, before the end of the month, outlining additional spending on rural roads and the school feeding programme.

Outside Gordon House, a small group of public-sector workers held placards reading “Pay Us What We Worth”. A representative of the Jamaica Civil Service Association, who asked not to be named, said members were frustrated with the pace of wage negotiations.

“We have been at the table for eighteen months. Eighteen months. Nobody can tell me that is good faith,” the representative said.

Inside the chamber, tempers frayed on several occasions and House Speaker Beverley Lindo-Grant twice had to call members to order. At one point she warned: “Honourable members, this is not a dancehall. Take your seats.”

The debate continues today with contributions from government backbenchers.""",
     [
         ("a budget built on sand", "Desmond Ferguson"),
         ("The minister stands here and", "Desmond Ferguson"),
         ("We inherited a debt-to-GDP ratio", "Audrey Campbell-Harris"),
         ("We have been at the table", "representative of the Jamaica Civil Service Association"),
         ("Honourable members, this is not", "Beverley Lindo-Grant"),
     ]),

    # 2. Trinidad and Tobago - police (straight quotes)
    ('''Police are appealing for witnesses after a 24-year-old man was shot dead outside a bar in Laventille on Saturday night, the third murder in the Port of Spain Division in a week.

The victim, identified as Kerwin "Bounty" Alleyne of Picton Road, was liming with friends at around 10.45 pm when a gunman approached on foot and opened fire, police said. Alleyne was taken to the Port of Spain General Hospital, where he was pronounced dead on arrival.

Speaking at a media briefing at the Police Administration Building yesterday, Acting Deputy Commissioner of Police (Operations) Sheldon Ramlogan said officers had already identified several persons of interest.

"We are not going to allow a handful of criminals to hold communities hostage. We know who they are, and we are coming for them," Ramlogan said.

He said the killing appeared to be linked to an ongoing feud between two groups in the area, but cautioned against speculation.

"I want to be very clear. Not every young man who dies in Laventille is a gang member, and I would ask the public not to jump to conclusions," he said.

Alleyne's mother, Marcia Alleyne, told the Guardian her son worked as a mechanic's assistant in Belmont and had never been in trouble with the law.

"He left the house to buy a soft drink. A soft drink. And now I have to bury my child," she said, weeping.

A resident of Picton Road, who did not want to be identified for fear of reprisal, said gunshots had become a regular occurrence in the community.

"You hear the shots, you drop on the ground, you wait. That is how we living now," the resident said.

Ramlogan said the TTPS's "Operation Safe Streets" would be extended into the division for a further 30 days, with additional patrols from the Inter-Agency Task Force. In a statement last night, the Trinidad and Tobago Police Service urged anyone with information to call 555 or 800-TIPS, adding that "all calls will be treated in the strictest confidence".

Homicide Bureau of Investigations Region I officers are continuing enquiries.''',
     [
         ("We are not going to allow", "Sheldon Ramlogan"),
         ("I want to be very clear.", "Sheldon Ramlogan"),
         ("He left the house to buy", "Marcia Alleyne"),
         ("You hear the shots, you drop", "resident of Picton Road"),
         ("all calls will be treated in", "Trinidad and Tobago Police Service"),
     ]),

    # 3. Barbados - tourism (curly quotes)
    ("""Barbados recorded its best winter tourist season in more than a decade, with long-stay arrivals between December and March up 11 per cent over the same period last year, according to figures released yesterday by Barbados Tourism Marketing Inc. (BTMI).

In its quarterly report, “Destination Barbados: Winter Performance Review”, the BTMI said the United Kingdom remained the island’s largest source market, followed by the United States and Canada.

Chief executive officer of the BTMI, Shelley-Ann Griffith, said the numbers reflected a deliberate strategy of adding airlift from secondary cities in North America.

“Five years ago, if you lived in Charlotte or Minneapolis you had to connect through Miami. Today you can be on a beach in Christ Church by lunchtime,” Griffith said at a press conference at the Lloyd Erskine Sandiford Centre.

She said the “Feel It Again” campaign, launched last June, had generated more than 40 million social media impressions.

But hoteliers warned that the gains were not being felt evenly. President of the Barbados Hotel and Tourism Association (BHTA), Ricardo Boyce, said small properties on the east and south coasts were still struggling with high electricity and insurance costs.

“The big all-inclusives are doing well, and we are happy for them. But the guest house in Bathsheba with eight rooms is paying the same rate for power as everybody else, and that is not sustainable,” Boyce said.

He called on Government to revisit the “Green Energy Access” incentive, which he said had been “too complicated for the little man to access” since its introduction in 2022.

Minister of Tourism and International Transport Kerrie Lashley said she had met the BHTA last week and was open to reviewing the scheme.

“I have said before and I will say again: tourism is everybody’s business,” Lashley said. “If the money stays in the big hotels and doesn’t reach the vendors, the taxi men and the farmers, then we have failed.”

Cruise arrivals, meanwhile, fell four per cent, which the BTMI attributed to the redeployment of two ships to the Mediterranean.""",
     [
         ("Five years ago, if you", "Shelley-Ann Griffith"),
         ("The big all-inclusives are doing", "Ricardo Boyce"),
         ("too complicated for the little", "Ricardo Boyce"),
         ("I have said before and", "Kerrie Lashley"),
         ("If the money stays in", "Kerrie Lashley"),
     ]),

    # 4. Guyana - courts (curly quotes)
    ("""A Georgetown businessman accused of defrauding the Guyana Revenue Authority (GRA) of more than $180 million in customs duties was yesterday granted $5 million bail by Chief Magistrate Ann-Marie Persaud.

Rajendra “Raj” Ramcharran, 52, of Lamaha Gardens, appeared at the Georgetown Magistrates’ Courts on 14 charges of making false declarations to evade duty on vehicles imported between 2019 and 2022. He was not required to plead to the indictable charges.

Police Prosecutor Sergeant Deon Hinds objected to bail, telling the court that the defendant had “significant resources and strong ties overseas” and posed a flight risk.

Ramcharran’s attorney, Senior Counsel Nigel Mohabir, countered that his client had surrendered voluntarily to the Special Organised Crime Unit (SOCU) and had co-operated fully with investigators.

“My client walked into SOCU headquarters on his own two feet, with his lawyer, and handed over his passport. Is that the conduct of a man who intends to run?” Mohabir asked.

The Chief Magistrate agreed, but imposed conditions, including that Ramcharran lodge his travel documents with the court and report to the Brickdam Police Station every Monday.

“The court is satisfied that the defendant will return to answer the charges. But let me be clear, any breach of these conditions and bail will be revoked,” Persaud said.

Speaking to reporters outside the court, Mohabir described the case as a tax dispute dressed up as a criminal matter and said his client looked forward to clearing his name.

In a statement issued later in the day, the GRA said it “will not comment on matters before the court” but remained committed to strengthening enforcement at the country’s ports of entry.

The matter was adjourned to June 12.""",
     [
         ("significant resources and strong ties", "Deon Hinds"),
         ("My client walked into SOCU", "Nigel Mohabir"),
         ("The court is satisfied that", "Ann-Marie Persaud"),
         ("will not comment on matters", "Guyana Revenue Authority"),
     ]),

    # 5. The Bahamas - hurricane (curly quotes)
    ("""Residents of Abaco and Grand Bahama were yesterday urged to complete storm preparations as Hurricane Leandra strengthened to a Category 3 system about 280 miles south-east of the islands.

The Bahamas Department of Meteorology issued a hurricane warning for the northwest Bahamas at 11am, and said in its latest bulletin that the storm was expected to “pass dangerously close to Abaco” by Thursday night.

Prime Minister Cedric Rolle, addressing the nation from the Office of the Prime Minister last night, said the government would not take any chances. Mr Rolle said: “Many of you remember Dorian. Many of you are still rebuilding from Dorian. I know the fear that word carries.

“That is exactly why I am asking you, please, do not wait. If you live in a low-lying area in Marsh Harbour, in Sweeting’s Cay, in East Grand Bahama, go to a shelter or to family on higher ground today.”

National Emergency Management Agency (NEMA) director Captain Stephen Knowles said 23 shelters had been opened on the two islands and that emergency supplies had been pre-positioned in Freeport and Marsh Harbour.

He said some residents had been reluctant to leave their homes, a pattern he described as “understandable but dangerous”.

Much of the low-lying settlement once known as “The Mud”, which was flattened by Dorian in 2019, has since been rebuilt, and officials fear a repeat of the storm surge that swept through the area.

One Murphy Town resident, 67-year-old Eloise Pinder, said she would stay put.

“I rode out Dorian in my bathtub. This house is all I have. I’m not going nowhere,” she told The Tribune.

Bahamasair said it had added three extra flights from Marsh Harbour to Nassau, while the Grand Bahama Port Authority said the Freeport Harbour would close to cruise traffic from Wednesday.

Leandra is the fifth named storm of the Atlantic season.""",
     [
         ("pass dangerously close to Abaco", "Bahamas Department of Meteorology"),
         ("Many of you remember Dorian.", "Cedric Rolle"),
         ("understandable but dangerous", "Stephen Knowles"),
         ("I rode out Dorian in", "Eloise Pinder"),
     ]),

    # 6. Jamaica - courts (straight quotes)
    ('''MONTEGO BAY, St James — A 31-year-old St James man was yesterday sentenced to life imprisonment, with the possibility of parole after 25 years, for the 2021 murder of a taxi operator in Montego Bay.

Dwayne Facey of Norwood was convicted last month in the St James Circuit Court of the murder of 46-year-old Errol Whyte, who was shot during an apparent robbery along the Bogue main road.

In handing down the sentence, Justice Paulette Brown-Henry said the killing was "callous, senseless and cowardly".

"Mr Whyte was a father of four who got up every morning to earn an honest living. He was killed for a few thousand dollars and a cellphone," the judge said. "This court must send a message that life in this parish is not cheap."

Defence attorney Lennox McKoy had urged the court to consider his client's difficult upbringing and the fact that he had expressed remorse while in custody. Facey, who stood with his head bowed throughout the proceedings, briefly addressed the court before sentencing.

"I sorry for what happen. I sorry to Mr Whyte family," he said.

Whyte's widow, Sonia Whyte, said outside the court that the sentence gave the family some measure of closure but could never bring her husband back.

"Every day mi still look for him to come through the gate," she said.

Members of the St James Taxi Operators Association, several wearing T-shirts printed with the words "Drive Safe, Come Home", packed the public gallery. The association's president, Garfield Spence, told the Observer that drivers on several routes in the parish had been targeted by robbers in recent years and welcomed the sentence as a deterrent.

McKoy said he would be reviewing the judgment with his client before deciding whether to appeal.''',
     [
         ("callous, senseless and cowardly", "Paulette Brown-Henry"),
         ("Mr Whyte was a father", "Paulette Brown-Henry"),
         ("This court must send a", "Paulette Brown-Henry"),
         ("I sorry for what happen.", "Dwayne Facey"),
         ("Every day mi still look", "Sonia Whyte"),
     ]),

    # 7. Trinidad and Tobago - parliament (curly quotes)
    ("""The Government’s proposed amendments to the Bail Act cleared the Senate late on Tuesday night, but not before a heated exchange between Attorney General Vidya Maharaj-Sookdeo and Independent Senator Dr Anthony Le Gendre.

The bill, which would deny bail for up to 120 days to anyone charged with a firearm offence who has a previous gun-related conviction, was passed with 19 votes in favour and six against. Five Independent senators abstained. The measure forms part of the Government’s “Safer T&T” plan, unveiled in the last budget.

“This is not about punishing the innocent. It is about protecting the innocent,” Maharaj-Sookdeo said as she wound up the debate. She said the country could not continue to “recycle the same gunmen through the same courthouse doors” while families in Beetham, Enterprise and Gonzales buried their children.

Le Gendre, a former president of the Criminal Bar Association, said he supported the objective of the legislation but feared it would not survive a constitutional challenge.

“We have been here before. We pass a law in a hurry, we call it ‘tough on crime’, and three years later the Privy Council tells us we have breached the Constitution,” he said.

Opposition Senator Renuka Boodram accused the Government of using the bill as a distraction from its failure to reduce the murder toll, which stood at 412 for the year as of Tuesday. She noted that the Opposition had supported similar measures in the past and questioned why the Government had waited until the final year of its term to act.

The Law Association of Trinidad and Tobago had earlier this week called for the legislation to be sent to a joint select committee, warning that the courts were already struggling with a backlog of more than 20,000 criminal matters.

The bill, which requires a three-fifths majority, now returns to the House of Representatives for concurrence on the Senate’s amendments.""",
     [
         ("This is not about punishing", "Vidya Maharaj-Sookdeo"),
         ("recycle the same gunmen through", "Vidya Maharaj-Sookdeo"),
         ("We have been here before.", "Anthony Le Gendre"),
     ]),

    # 8. Guyana - police (curly quotes)
    ("""The Guyana Police Force (GPF) has launched an investigation after a 19-year-old man was shot and injured by a police rank during an alleged robbery attempt at Diamond, East Bank Demerara, on Sunday night.

In a statement, the GPF said the rank, an off-duty constable attached to the Tactical Services Unit, was walking home at about 8.30 pm when two men on a motorcycle attempted to rob him at gunpoint. The constable discharged his service weapon, hitting the pillion rider in the left shoulder, the statement said.

But relatives of the injured man, Shemar Daniels of Grove Housing Scheme, have disputed the police account.

“Shemar don’t own no gun. He was coming from the shop with bread,” said his aunt, Colleen Daniels, speaking at the Georgetown Public Hospital, where her nephew remains under police guard.

Commander of Regional Division 4 ‘A’, Assistant Commissioner Marlon Jaikarran, said the matter had been handed to the Office of Professional Responsibility (OPR) and that the constable’s firearm had been lodged.

“We are not going to cover up anything. If the rank acted outside the law, he will face the full consequences,” Jaikarran told reporters at the Brickdam Police Headquarters yesterday.

A senior police official, who spoke on condition of anonymity because he was not authorised to discuss the case, said a firearm had also been recovered at the scene.

“There is a gun. Whose gun it is, that is what the investigation will determine,” the official said.

The Guyana Human Rights Association, in a post on its Facebook page, described the shooting as “the latest in a troubling pattern” and called for the OPR’s findings to be made public.

The second suspect remains at large.""",
     [
         ("Shemar don’t own no gun.", "Colleen Daniels"),
         ("We are not going to cover", "Marlon Jaikarran"),
         ("There is a gun. Whose", "senior police official"),
         ("the latest in a troubling pattern", "Guyana Human Rights Association"),
     ]),
]
