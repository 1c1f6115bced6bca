CASES = [
    (
        """Mexico to send 4,000 Guard troops to Zacatecas after nine police killed in ambush

By Daniela Orozco and Tomás Villaseñor

MEXICO CITY, March 14 (Reuters) - Mexico will send 4,000 more National Guard troops to the northern state of Zacatecas after gunmen ambushed a police convoy and killed nine officers on a highway near the town of Río Seco, Interior Minister Adriana Solís Peralta said on Thursday.

"We will not cede a single kilometer of road to these groups," Solís told a news conference in the capital, flanked by the defense minister and Zacatecas Governor Ricardo Ibarra Tovar.

The officers were traveling in two pickup trucks late on Tuesday when they came under fire from both sides of the road, according to the state prosecutor's office. The attackers used at least one homemade explosive device to stop the lead vehicle, the office said.

"They were waiting for them. This was planned down to the minute," said a senior state security official, who asked not to be named because he was not authorized to discuss the investigation.

Zacatecas, which sits on drug trafficking routes between the Pacific coast and the U.S. border, has for years been disputed by rival cartels. Government data show the state recorded more than 1,100 homicides last year, one of the highest per capita rates in the country.

Ibarra said his government had asked for federal reinforcements weeks before the attack. "The resources we have are not enough for a war of this kind," he said, adding that the state police force had lost 31 officers since January 2023.

Solís said the new troops would arrive over the next 10 days and would be stationed mainly along federal highways 45 and 49. She declined to say how long they would remain in the state.

Security analysts were skeptical. Fabiola Arreguín, a researcher at the Mexico City-based Center for Public Safety Studies (CEESP), said previous troop surges in Zacatecas had produced "a few weeks of calm and then a return to the same numbers."

"Deployment is not a strategy," Arreguín said. "Without investigators and prosecutors who can build cases, the soldiers simply become more targets."

The federal Attorney General's Office said in a statement it had opened an investigation for homicide and organized crime and that it "will not rest until those responsible face justice."

No group has claimed responsibility for the attack.

(Reporting by Daniela Orozco and Tomás Villaseñor; Editing by Paul Whitcombe)""",
        [
            ("We will not cede a", "Adriana Solís Peralta"),
            ("They were waiting for them.", "senior state security official"),
            ("The resources we have are", "Ricardo Ibarra Tovar"),
            ("a few weeks of calm", "Fabiola Arreguín"),
            ("Deployment is not a strategy,", "Fabiola Arreguín"),
            ("Without investigators and prosecutors who", "Fabiola Arreguín"),
            ("will not rest until those", "Attorney General's Office"),
        ],
    ),
    (
        """Deportation flights to Guatemala surge as reception center strains to keep up

By SOFÍA CHAVARRÍA Associated Press

GUATEMALA CITY (AP) — Four planes carrying deported migrants landed at Guatemala City's air force base on Monday, the busiest single day of returns this year, as officials warned that a reception center built for a few hundred people a day was being pushed to its limits.

The Guatemalan Migration Institute said 612 people arrived on the flights from Texas and Louisiana, including 74 children traveling with relatives. Most were young men from the western highland departments of Huehuetenango, San Marcos and Quiché.

"We are receiving people who left with debts of 80,000 or 100,000 quetzales and who come back with nothing," said Carlos Mazariegos, the institute's director of returnee services. "They get off the plane and the first thing they ask is how they are going to pay."

Mazariegos said the center at the base had the capacity to process about 400 people a day and that staff had worked through the night. The institute has asked Congress for emergency funding to hire 60 more workers, he said.

Outside the gates, relatives waited behind metal barriers in the afternoon heat. Among those who walked out carrying a clear plastic bag of belongings was Elvin, 23, who declined to give his last name because he said he still owed money to a smuggler.

"I was there eight months. I was working in roofing in Houston," he said. "They picked me up at a gas station in the morning. I didn't even get to call my mother."

Guatemala's Foreign Affairs Ministry said in a statement that it had asked U.S. authorities to provide more notice of flights and detailed lists of passengers with medical conditions. The ministry said consular staff in the United States had been instructed to "prioritize visits to detention centers where Guatemalans are held."

President Hugo Castañeda Ruiz, who took office in January, has said his government will cooperate with Washington on migration while seeking more investment in rural areas to reduce the pressure to leave.

"People do not leave because they want to," Castañeda said during a visit to Quetzaltenango last week. "They leave because there is no work, because the harvest failed, because someone threatened their family.

"If we want them to stay, we have to give them a reason to stay."

Aid groups say the government's reintegration programs reach only a small fraction of those returned. Ana Lucía Toj, coordinator at the Casa Refugio San José shelter in the capital, said many deportees try to head north again within weeks, often with larger debts than before.

"There's a job fair, there's a pamphlet, and then they are on their own," Toj said.

The Migration Institute said it expected at least three more flights before the end of the week.""",
        [
            ("We are receiving people who", "Carlos Mazariegos"),
            ("They get off the plane", "Carlos Mazariegos"),
            ("I was there eight months.", "Elvin"),
            ("They picked me up at", "Elvin"),
            ("prioritize visits to detention centers", "Foreign Affairs Ministry"),
            ("People do not leave because", "Hugo Castañeda Ruiz"),
            ("They leave because there is", "Hugo Castañeda Ruiz"),
            ("If we want them to", "Hugo Castañeda Ruiz"),
            ("There's a job fair, there's", "Ana Lucía Toj"),
        ],
    ),
    (
        """Lawmakers advance bill allowing wider wiretaps in organized crime cases

By Mariela Quirós | The Tico Times

Costa Rica’s Legislative Assembly on Tuesday approved in first debate a bill that would expand prosecutors’ ability to intercept phone calls and messages in organized crime investigations, a measure the government says is essential to confront the drug-trafficking groups behind the country’s record homicide numbers.

The bill passed 38 to 14 after more than six hours of debate. It must still be approved in a second vote, expected next week, and could face a review by the Constitutional Chamber of the Supreme Court, known as the Sala IV.

Security Minister Rolando Chacón Vargas, who followed the session from the public gallery, called the vote “a step the country has been waiting for.”

“Today criminals communicate through encrypted apps and we are investigating them with tools from the 1990s,” Chacón told reporters afterward. “This does not give anyone a blank check. Every interception will require a judge’s order.”

Costa Rica closed last year with 880 homicides, according to the Judicial Investigation Police (OIJ), the second-highest total on record. Authorities attribute most of the killings to disputes between local gangs that move cocaine through the Caribbean ports of the Limón province.

Opposition lawmakers argued the bill’s wording is too broad. Gabriela Monge Salas, of the Social Democratic Front, said the text would allow the surveillance of people “simply because they appear in the contact list of a suspect.”

“We all want safe neighborhoods,” Monge said during the debate. “But a democracy does not protect itself by giving up the guarantees that make it a democracy.”

The Association of Criminal Lawyers of Costa Rica said in a written opinion sent to lawmakers in February that several articles were “incompatible with the right to privacy of communications” established in Article 24 of the Constitution.

Residents of some of the hardest-hit communities said they were less interested in legal debates than in results.

“Here we hear shots almost every night,” said a shopkeeper in Barrio Los Almendros, in Limón, who asked that her name not be published for fear of reprisals. “The laws are made in San José. The bullets are here.”

The bill also creates a specialized prosecutor’s unit for money laundering and raises prison sentences for those who recruit minors into criminal groups, a practice officials say has grown sharply since 2022.

President Laura Fonseca Arias, who made security the centerpiece of her campaign, wrote on social media after the vote that the assembly had “listened to the people.” She urged lawmakers to approve the measure in second debate “without delays or excuses.”""",
        [
            ("a step the country has", "Rolando Chacón Vargas"),
            ("Today criminals communicate through encrypted", "Rolando Chacón Vargas"),
            ("This does not give anyone", "Rolando Chacón Vargas"),
            ("simply because they appear in", "Gabriela Monge Salas"),
            ("We all want safe neighborhoods,", "Gabriela Monge Salas"),
            ("But a democracy does not", "Gabriela Monge Salas"),
            ("incompatible with the right to", "Association of Criminal Lawyers of Costa Rica"),
            ("Here we hear shots almost", "shopkeeper in Barrio Los Almendros"),
            ("The laws are made in", "shopkeeper in Barrio Los Almendros"),
            ("listened to the people.", "Laura Fonseca Arias"),
            ("without delays or excuses.", "Laura Fonseca Arias"),
        ],
    ),
    (
        """Ortega rejects US report on fentanyl labs, says foreign agents ‘will not act’ in Mexico

President Ximena Ortega Vidal on Wednesday dismissed a United States congressional report that said Mexican cartels operate hundreds of fentanyl labs with the tolerance of local authorities, calling its conclusions “exaggerated and, frankly, offensive.”

Speaking at her morning press conference at the National Palace, Ortega said her government had dismantled 412 clandestine laboratories since taking office and that security cooperation with Washington was “at its best moment in years.”

But she drew a line at proposals from some U.S. lawmakers to allow American agents to operate in Mexico with greater autonomy.

“We collaborate, we share information, we coordinate. But we do not subordinate ourselves,” Ortega said. “Mexico is a free and sovereign country, and no foreign agent will act on our territory outside the law.”

The report, titled “Supply Lines: Cartels, Chemicals and the Fentanyl Crisis,” was released on Monday by the House Subcommittee on Transnational Threats. Among other findings, it said precursor chemicals shipped from Asia continue to enter through the Pacific ports of Manzanillo and Lázaro Cárdenas “with minimal inspection” and are processed by chemists known as “cocineros,” or cooks, in labs in Sinaloa and Durango.

Security Minister Raúl Benítez Olguín, who joined the president at the lectern, presented a series of slides on seizures and arrests.

“We have seized more fentanyl in the past 12 months than in the previous three years combined,” he said, adding that the Navy has taken over customs operations at both ports.

Ortega also criticized what she called “the politics of the campaign season” in the United States, suggesting that the report’s timing was linked to the U.S. electoral calendar rather than to conditions in Mexico.

The opposition was quick to respond. Senator Lorena Gutiérrez Pliego of the Citizen Renewal Party wrote on X that the president “prefers to argue with a report instead of with the cartels.”

The exchange comes as Mexican and U.S. officials prepare for a round of high-level security talks in Washington later this month, where the flow of firearms southward across the border is also expected to be on the agenda.

Mauricio Landa, director of the Mexico City consulting firm Riesgo Público, put it this way: “The sovereignty argument plays very well at home. The question is whether it survives a new round of tariff threats.”

The Foreign Affairs Ministry said it would send a formal diplomatic note to the U.S. State Department regarding the report’s findings.

Mexico News Daily""",
        [
            ("will not act", "Ximena Ortega Vidal"),
            ("exaggerated and, frankly, offensive.", "Ximena Ortega Vidal"),
            ("at its best moment in", "Ximena Ortega Vidal"),
            ("We collaborate, we share information,", "Ximena Ortega Vidal"),
            ("Mexico is a free and", "Ximena Ortega Vidal"),
            ("with minimal inspection", "House Subcommittee on Transnational Threats"),
            ("We have seized more fentanyl", "Raúl Benítez Olguín"),
            ("the politics of the campaign", "Ximena Ortega Vidal"),
            ("prefers to argue with a", "Lorena Gutiérrez Pliego"),
            ("The sovereignty argument plays very", "Mauricio Landa"),
        ],
    ),
    (
        """Honduras extends state of emergency again as rights groups cry foul

Tegucigalpa (AFP) - Honduras' Congress on Thursday extended for another 45 days a state of emergency that suspends some constitutional guarantees, despite growing complaints from rights groups that the measure has become a permanent fixture of government.

The decree, which allows police and soldiers to detain suspects without a warrant and search homes in 162 neighborhoods across the country, was approved with 71 votes in the 128-seat chamber. It was first declared more than two years ago to fight extortion by street gangs.

"The results are there: extortion complaints have fallen and families can open their businesses again," Security Minister Gustavo Paz Bendaña said in a statement after the vote.

Government figures show homicides fell by around 18 percent last year, though independent researchers say the decline began before the emergency took effect.

The Honduran Observatory for Justice and Human Rights (OHJDH) said in a report published this week that it had documented 214 complaints of arbitrary detention since January, and that the emergency had become "a permanent way of governing."

"An exception that lasts two years is no longer an exception," the group's director, Marta Elena Cálix, told AFP. "It is the rule, and the rule has no oversight."

She said many of those detained were young men picked up in sweeps and held for days without being brought before a judge.

In Colonia Nueva Esperanza, a working-class district on the hills above the capital, bus drivers have for years paid the gangs a weekly fee known as the "war tax."

"Before, I paid 1,500 lempiras a week to the gang just to drive this route," said Wilmer, a 44-year-old driver who asked to be identified only by his first name. "Now I pay less, but I still pay. They never left."

Soldiers in armored vehicles patrol the neighborhood's main road, and a checkpoint stops vehicles at its entrance at night.

Opposition deputy Rafael Bardales Mejía, who voted against the extension, accused the government of "governing by decree because it has no plan" to reform the police or the courts.

Under the constitution, Congress must approve each extension of the emergency. Since it was declared, lawmakers have never rejected one.

bur/mel/dw""",
        [
            ("The results are there: extortion", "Gustavo Paz Bendaña"),
            ("a permanent way of governing.", "Honduran Observatory for Justice and Human Rights"),
            ("An exception that lasts two", "Marta Elena Cálix"),
            ("It is the rule, and", "Marta Elena Cálix"),
            ("Before, I paid 1,500 lempiras", "Wilmer"),
            ("Now I pay less, but", "Wilmer"),
            ("governing by decree because it", "Rafael Bardales Mejía"),
        ],
    ),
    (
        """El Salvador opens mass trial of 486 alleged gang members

San Salvador, May 6 (EFE).- A Salvadoran court on Tuesday began a collective trial of 486 alleged gang members accused of homicide, extortion and illicit association, the largest such proceeding since the government launched its crackdown on gangs three years ago.

The defendants, most of whom appeared by video link from the Centro Penal de Máxima Seguridad in the department of La Libertad, are accused of belonging to a single gang structure that prosecutors say controlled much of the east of the capital between 2012 and 2022.

Attorney General Rodolfo Argueta Villalta said on X that the trial "sends a message that no one is above the law, no matter how many they are."

Under a 2023 reform to the penal code, prosecutors can try members of the same criminal group together in a single hearing, a change critics say makes it impossible to weigh evidence against each individual.

"It is impossible to defend 486 people in a hearing where you cannot even see your client's face," said defense attorney Verónica Lemus, who represents 12 of the defendants.

Lemus told EFE she had been given access to the full case file "just 72 hours ago" and that several of her clients had no prior criminal records.

Outside the court building, about 30 relatives of the accused gathered behind a police cordon.

"My son sold tortillas with me in the market. He was never in a gang," said Reina Isabel Ayala, 58, holding a photograph of her son. "They took him in 2022 and I haven't seen him since."

The Salvadoran Legal Aid Network (RAJES), which provides legal assistance to families of detainees, said in a statement that mass trials "violate the principle of individual criminal responsibility" and called on the court to separate the cases.

The Justice and Security Ministry responded with its own statement: "Those who today defend the rights of criminals were silent when the gangs ruled our neighborhoods."

President Esteban Urquilla Durán, who enjoys approval ratings above 80 percent, has repeatedly dismissed criticism from rights organizations. Speaking at a police graduation ceremony on Monday, he said: "We will not go back to the country we were."

More than 80,000 people have been detained under the state of exception in force since March 2022, according to official figures.

The trial is expected to last several months.

EFE""",
        [
            ("sends a message that no", "Rodolfo Argueta Villalta"),
            ("It is impossible to defend", "Verónica Lemus"),
            ("just 72 hours ago", "Verónica Lemus"),
            ("My son sold tortillas with", "Reina Isabel Ayala"),
            ("They took him in 2022", "Reina Isabel Ayala"),
            ("violate the principle of individual", "Salvadoran Legal Aid Network"),
            ("Those who today defend the", "Justice and Security Ministry"),
            ("We will not go back", "Esteban Urquilla Durán"),
        ],
    ),
    (
        """Boat carrying southbound migrants capsizes off Caribbean coast; two children dead

PANAMA CITY — Two children died and at least three people were missing after a boat carrying 21 migrants heading south toward Colombia capsized in rough seas off Panama’s Caribbean coast early Saturday, authorities said.

The vessel had left the fishing port of Puerto Lirio shortly after 4 a.m. and overturned about two hours later near the islet of Cayo Sapote, according to the National Border Service.

Patrol boats rescued 16 people, including four children, the service said in a statement. “The sea conditions were extremely dangerous and the boat was carrying more people than its capacity,” the statement said.

The migrants, most of them Venezuelans, were among the thousands who in recent months have turned back after failing to reach the United States, a phenomenon officials in the region call “reverse migration.”

A spokeswoman for the National Migration Service said many of those making the return journey had spent their savings on the trip north. “These are people who had given up on reaching the United States,” she said. “They are going back the way they came, but many no longer have the money to do it safely.”

Transportes Marítimos Caribe Azul, which owned the boat, said it had “suspended all operations” on the route pending an investigation.

“We deeply regret this tragedy and are cooperating fully with the authorities,” the company said, adding that the captain had sailed despite a weather warning issued the night before. The captain was among those rescued and has been detained, prosecutors said.

Yorman Castillo, 31, who was traveling with his wife and six-year-old daughter, spoke by phone from a temporary shelter in Puerto Lirio.

“The waves came over the side and then the motor stopped. Everyone was screaming,” he said.

“I held my daughter the whole time. I don’t know how we survived. There was a family next to us, and I didn’t see them again.”

Public Security Minister Itzel Barrios de León said the government would tighten inspections of passenger boats in Caribbean ports “so that no one else puts a family on a boat that should not leave the dock.”

Panama has registered more than 9,000 southbound migrants so far this year, most of them traveling by sea to avoid the jungle route through the Darién, according to official data.

Search operations for the three missing passengers were continuing Sunday with support from a Colombian navy vessel.""",
        [
            ("The sea conditions were extremely", "National Border Service"),
            ("These are people who had", "spokeswoman"),
            ("They are going back the", "spokeswoman"),
            ("suspended all operations", "Transportes Marítimos Caribe Azul"),
            ("We deeply regret this tragedy", "Transportes Marítimos Caribe Azul"),
            ("The waves came over the", "Yorman Castillo"),
            ("I held my daughter the", "Yorman Castillo"),
            ("so that no one else", "Itzel Barrios de León"),
        ],
    ),
    (
        """Two dead, one injured in shooting at Punta Xamán beach club; prosecutors say tourists were not targeted

PUNTA XAMÁN, Quintana Roo — Two men were killed and a woman was wounded Sunday afternoon when gunmen opened fire inside a beach club in the hotel zone of Punta Xamán, according to the Quintana Roo Attorney General's Office (FGE).

Witnesses said two men arrived on a motorcycle, walked through the club's entrance from the beach road and fired at a group seated near the bar before fleeing toward the federal highway. The woman, an employee of the club, was taken to the General Hospital in Playa Colibrí, where she was reported in stable condition.

In a statement released late Sunday, the FGE said preliminary evidence indicated the victims "were linked to the retail sale of narcotics" in the area and that the attack "was not directed against tourists."

Municipal president Dulce María Canché Pool wrote on Facebook: "I have instructed municipal police to reinforce surveillance in the hotel zone. The safety of residents and visitors is our priority."

A tourist from Guadalajara who was at the club with her family told Riviera Maya News the shooting lasted "maybe ten seconds."

"Everyone threw themselves on the sand. The waiters were pulling people behind the bar," she said. "My kids are still shaking."

State police, the National Guard and the Army cordoned off the area for several hours while forensic experts collected evidence. At least 14 shell casings were recovered, according to preliminary reports.

"This is the third one this year in the hotel zone," said a municipal police officer at the scene who was not authorized to speak to the media. "They come and go by the beach because they know there are no checkpoints there."

The Costa Maya Hoteliers Council said in a statement that it "condemns all acts of violence" and that average occupancy in the area remained above 80 percent.

The council's president, Jorge Arceo Baqueiro, told reporters Monday that isolated incidents should not "define an entire destination."

"We have 40,000 rooms and millions of visitors who come and go without any problem," Arceo said. "What we ask of the authorities is a permanent presence, not just operations after something happens."

The FGE said no arrests had been made as of Monday afternoon. The beach club remained closed.

Riviera Maya News""",
        [
            ("were linked to the retail", "Quintana Roo Attorney General's Office"),
            ("was not directed against tourists.", "Quintana Roo Attorney General's Office"),
            ("I have instructed municipal police", "Dulce María Canché Pool"),
            ("maybe ten seconds.", "tourist from Guadalajara"),
            ("Everyone threw themselves on the", "tourist from Guadalajara"),
            ("My kids are still shaking.", "tourist from Guadalajara"),
            ("This is the third one", "municipal police officer"),
            ("They come and go by", "municipal police officer"),
            ("condemns all acts of violence", "Costa Maya Hoteliers Council"),
            ("define an entire destination.", "Jorge Arceo Baqueiro"),
            ("We have 40,000 rooms and", "Jorge Arceo Baqueiro"),
            ("What we ask of the", "Jorge Arceo Baqueiro"),
        ],
    ),
]
