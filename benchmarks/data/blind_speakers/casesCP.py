CASES = [
    (
        """BELIZE CITY, Belize — Hurricane Odalys slammed into Belize's southern coast early Tuesday as a Category 3 storm, tearing roofs from homes in fishing villages, flooding low-lying neighborhoods and forcing more than 9,000 people into public shelters, officials said.

The storm made landfall near Placencia shortly before 4 a.m. with maximum sustained winds of 115 mph (185 kph), according to forecasters, who warned that rainfall totals of up to 15 inches could trigger flash floods and mudslides in the Maya Mountains through Wednesday.

"We have not seen wind like this in forty years," said Clement Arzu, a 61-year-old fisherman who rode out the storm with his wife and grandchildren in a concrete church hall in Seine Bight. "The sea came right up to the road. My boat, I don't know where it is."

Prime Minister Rosalind Garbutt-Young told reporters at the national emergency agency's headquarters in Belmopan that there were no confirmed deaths, but cautioned that crews had not yet reached several communities cut off by downed trees and washed-out bridges.

"Our first priority is to reach every family," Garbutt-Young said. "Please, stay indoors until the all-clear is given. The danger is not over."

Authorities had ordered the evacuation of the Placencia peninsula and several cays on Sunday. The agency's coordinator, Winston Flowers, said most residents complied, though some stayed behind to guard property. He described damage in Independence and Mango Creek as "extensive but not catastrophic" and said assessment teams would fly over the south as soon as winds eased.

In a statement issued at midday, the Belize Power and Light Cooperative said about 60% of its customers were without electricity and that restoration "could take several days in the hardest-hit districts."

Odalys weakened to a Category 1 storm as it moved inland over Guatemala's Peten region, where authorities opened shelters in Flores and Melchor de Mencos. Guatemala's National Civil Protection Office urged residents near rivers to "move to higher ground immediately."

Tourism operators, who had been counting on a strong winter season, said it was too early to gauge the impact on an industry that employs roughly one in four Belizean workers. Several resorts on the peninsula reported shattered windows and flooded ground floors, and at least two small airstrips were closed because of debris.

"The reefs will tell us more than the hotels," said Marisol Ack, who manages a dive shop on Caye Caulker, which was spared the worst of the wind. She said her staff had already begun clearing debris from the beach and checking moorings.

Schools will remain closed through Friday, the Ministry of Education said.""",
        [
            ("We have not seen wind", "Clement Arzu"),
            ("The sea came right up", "Clement Arzu"),
            ("Our first priority is to", "Rosalind Garbutt-Young"),
            ("Please, stay indoors until the", "Rosalind Garbutt-Young"),
            ("extensive but not catastrophic", "Winston Flowers"),
            ("could take several days in", "Belize Power and Light Cooperative"),
            ("move to higher ground immediately", "National Civil Protection Office"),
            ("The reefs will tell us", "Marisol Ack"),
        ],
    ),
    (
        """TEGUCIGALPA, Honduras — Honduras' electoral council on Monday suspended the publication of preliminary results from Sunday's presidential election after a computer failure, prompting the opposition to accuse authorities of preparing to steal the vote.

With about 58% of tally sheets counted, opposition candidate Aurelio Banegas of the Democratic Renewal Party led governing party candidate Sonia Mejía Lardizábal by roughly 4 percentage points when the results website went dark shortly after midnight.

Electoral council president Héctor Ulloa Rivas said the interruption was caused by an overloaded server and insisted the count remained secure.

"No vote has been lost, and no vote will be altered," Ulloa said at a news conference. "Every tally sheet is backed by a physical record that party observers have signed."

Banegas was unconvinced. Speaking to hundreds of supporters outside the council's headquarters, he said his campaign had copies of more than 9,000 tally sheets and would publish its own count.

"We have seen this film before," he said. "They turn off the lights, and when they turn them back on, the winner is someone else."

He urged supporters to remain peaceful but to stay "vigilant in every square of every town" until the final result was announced.

Mejía, a former finance minister, called for calm in a message posted on social media. "Let the institutions do their job," she wrote. "The Honduran people have voted, and that decision deserves respect, whatever it is."

The observation mission of the Inter-American Electoral Monitoring Network said in a preliminary report that voting had been "largely orderly and participatory," but it expressed concern about the halt in results and called on the council to "resume transmission without delay and explain publicly what occurred."

The mission's chief, former Costa Rican legislator Amparo Quesada Villalobos, told reporters the observers would stay in the country until the final count was certified. "Transparency is not optional in a moment like this," she said.

Political scientist Rigoberto Funes, who teaches at a private university in the capital, said the council had "very little margin for error" given the country's history of disputed votes.

"Public trust is thin," Funes said. "Every hour without data feeds suspicion."

By late Monday, small groups of protesters had blocked roads in San Pedro Sula and Choluteca, burning tires, police said. No injuries were reported.

The council said it expected to resume publishing results Tuesday morning.""",
        [
            ("No vote has been lost,", "Héctor Ulloa Rivas"),
            ("Every tally sheet is backed", "Héctor Ulloa Rivas"),
            ("We have seen this film", "Aurelio Banegas"),
            ("They turn off the lights,", "Aurelio Banegas"),
            ("vigilant in every square of", "Aurelio Banegas"),
            ("Let the institutions do their", "Sonia Mejía Lardizábal"),
            ("The Honduran people have voted,", "Sonia Mejía Lardizábal"),
            ("largely orderly and participatory", "Inter-American Electoral Monitoring Network"),
            ("resume transmission without delay and", "Inter-American Electoral Monitoring Network"),
            ("Transparency is not optional in", "Amparo Quesada Villalobos"),
            ("very little margin for error", "Rigoberto Funes"),
            ("Public trust is thin,", "Rigoberto Funes"),
            ("Every hour without data feeds", "Rigoberto Funes"),
        ],
    ),
    (
        """PORT OF SPAIN, Trinidad – A High Court judge yesterday ruled that the State's detention of 14 Venezuelan asylum seekers at the Aripo Immigration Holding Centre was unlawful, and ordered their release within 48 hours.

In a 62-page judgment delivered virtually, Justice Nalini Ramcharan-Baptiste found that the Chief Immigration Officer had failed to consider the applicants' pending refugee claims before ordering their deportation, and that their continued detention “offends the most basic guarantees of due process under the Constitution”.

“The court cannot accept that a person may be held indefinitely simply because the State has not decided what to do with him,” the judge wrote. “Liberty is the rule; detention is the exception, and it must be justified.”

The applicants, among them four children, were detained in March after a pirogue carrying them landed at Icacos. Their attorney, Dexter Mohammed-Lewis, said his clients had wept when the ruling was translated for them.

“These are families who fled hunger and violence,” Mohammed-Lewis told reporters outside the Hall of Justice. “Today the court has reminded all of us that the Constitution does not stop at the water’s edge.”

Senior Counsel Avril Chin Lee, who represented the Attorney General, said the State would study the judgment and had not ruled out an appeal. She said the Government had “always acted in good faith” and within the Immigration Act.

In a brief statement last night, the Ministry of National Security said it “respects the independence of the judiciary” but remained committed to “protecting the nation’s borders”.

The ruling comes amid growing pressure on the Government over its handling of migrants, including the so-called “fast-track” removals carried out last year.

The Caribbean Refugee Rights Collective, which had supported the application, welcomed the decision. Its coordinator, Sister Marguerite Alleyne, called it “a light in a very dark season”.

“We hope the ministry will now sit down with us and find humane solutions instead of building more cells,” she said.

Opposition MP Anselm Thackoor said the ruling was “an embarrassment to this Government” and called on the minister to resign. The minister did not respond to requests for comment up to press time.

The matter is expected to return before Justice Ramcharan-Baptiste next month for a hearing on damages.""",
        [
            ("offends the most basic guarantees", "Nalini Ramcharan-Baptiste"),
            ("The court cannot accept that", "Nalini Ramcharan-Baptiste"),
            ("Liberty is the rule; detention", "Nalini Ramcharan-Baptiste"),
            ("These are families who fled", "Dexter Mohammed-Lewis"),
            ("Today the court has reminded", "Dexter Mohammed-Lewis"),
            ("always acted in good faith", "Avril Chin Lee"),
            ("respects the independence of the", "Ministry of National Security"),
            ("protecting the nation’s borders", "Ministry of National Security"),
            ("a light in a very", "Marguerite Alleyne"),
            ("We hope the ministry will", "Marguerite Alleyne"),
            ("an embarrassment to this Government", "Anselm Thackoor"),
        ],
    ),
    (
        """NASSAU, Bahamas — The Bahamas welcomed a record 9.8 million visitors last year, the Ministry of Tourism said Thursday, but hotel workers and environmental groups warned that the boom in cruise traffic is straining the islands' infrastructure and leaving too little money onshore.

Figures released at a press briefing in Nassau showed that cruise passengers accounted for nearly four of every five arrivals, driven by new private island destinations operated by cruise lines in the northern Bahamas.

"These numbers speak for themselves," Tourism Minister Cordell Rahming said. "The Bahamas is the most sought-after destination in the region, and we intend to keep it that way."

Rahming said stopover visitors — those who stay in hotels — rose 6%, and that the government was working with airlines to add routes from Canada and Latin America.

But a report released the same day by the Bahamas Hotel and Allied Workers' Guild argued that the growth had not translated into better wages. The report said average hotel pay had fallen in real terms for three consecutive years and described conditions at some resorts as "unsustainable for the families who make this industry run."

Guild president Lavern Ferguson-Storr said members were "tired of hearing about records" while working double shifts.

"Record for who?" she asked. "When a ship docks, the passengers buy a T-shirt and a drink and go back on board. The straw vendor is still waiting for her day."

Environmental group Save Our Sound Bahamas said in a letter to the prime minister that it was alarmed by plans to dredge a new channel off Eleuthera. The letter, signed by 40 scientists and community leaders, said the project "would destroy seagrass beds that have fed generations of Bahamians" and asked for a full public consultation.

Asked about the letter, Rahming said no final decision had been made. "Nobody is going to dredge anything without a proper environmental impact assessment," he said.

At the straw market on Bay Street, vendor Ethelyn Pinder, 67, who has sold handmade bags there for four decades, said business had picked up but that margins were thin.

"They come, they look, they take pictures," she said, laughing. "Some days they even buy."

The ministry projected arrivals would top 10 million this year, helped by a new advertising campaign built around the slogan "It's Better in the Islands," officials said.""",
        [
            ("These numbers speak for themselves,", "Cordell Rahming"),
            ("The Bahamas is the most", "Cordell Rahming"),
            ("unsustainable for the families who", "Bahamas Hotel and Allied Workers' Guild"),
            ("tired of hearing about records", "Lavern Ferguson-Storr"),
            ("Record for who?", "Lavern Ferguson-Storr"),
            ("When a ship docks, the", "Lavern Ferguson-Storr"),
            ("would destroy seagrass beds that", "Save Our Sound Bahamas"),
            ("Nobody is going to dredge", "Cordell Rahming"),
            ("They come, they look, they", "Ethelyn Pinder"),
            ("Some days they even buy.", "Ethelyn Pinder"),
        ],
    ),
    (
        """PANAMA CITY (Reuters) - Migrant crossings through the Darien jungle fell by more than half in the first six months of the year, Panama's National Migration Service said on Wednesday, even as humanitarian groups reported a rise in people stranded on the Caribbean coast trying to head south again.

The service's director, Eduvigis Caballero Pinzón, told a news conference that 41,200 people had crossed the jungle between January and June, compared with more than 90,000 in the same period last year.

"The flow has changed direction, not disappeared," Caballero said. "We are now seeing families who went north, could not enter, and are trying to return home with nothing."

She said the government had opened a temporary reception center in the province of Colón and was negotiating with Colombia to allow boats carrying returning migrants to dock at Necoclí.

The aid group Frontera Humana, which runs clinics in two coastal villages in the Guna Yala region, described the situation there as critical in a report released on Tuesday. The report said:

"In the last eight weeks, our teams in Miramar and Puerto Obaldía have attended more than 1,300 people, most of them Venezuelan women and children. Many arrive dehydrated, with skin infections and untreated injuries.

"They have spent their savings getting north and now must pay again to get back. Some are sleeping on the beach for a week waiting for a boat."

Local fishermen charge between $200 and $300 per person for the trip to the Colombian border, according to the group, and overloaded boats have capsized at least twice this year.

Yorbelis Mendoza, 29, who was waiting with her two children at a church shelter in Miramar, said the journey north had cost her family everything it owned.

"I sold my house in Maracay for this," she said. "Now I just want my mother to see her grandchildren."

Colombia's foreign ministry did not respond to a request for comment. A senior Panamanian diplomat, who spoke on condition of anonymity because he was not authorized to discuss the talks, said an agreement was "close but not signed."

Panama has repeatedly asked for more international funding to manage the flows, arguing that the country of 4.4 million people cannot shoulder the cost alone.

Caballero put it bluntly: "Panama cannot be the waiting room of the continent."

(Reporting by Reuters staff in Panama City; Editing by newsdesk)""",
        [
            ("The flow has changed direction,", "Eduvigis Caballero Pinzón"),
            ("We are now seeing families", "Eduvigis Caballero Pinzón"),
            ("In the last eight weeks,", "Frontera Humana"),
            ("They have spent their savings", "Frontera Humana"),
            ("I sold my house in", "Yorbelis Mendoza"),
            ("Now I just want my", "Yorbelis Mendoza"),
            ("close but not signed", "senior Panamanian diplomat"),
            ("Panama cannot be the waiting", "Eduvigis Caballero Pinzón"),
        ],
    ),
    (
        """PORT-AU-PRINCE, Haiti — A Haitian investigating judge has charged a former senator and three police officers in the 2021 killing of radio journalist Wilner Désir, according to a court order obtained Friday, a rare step in a country where attacks on the press almost always go unpunished.

In the 48-page order, Judge Marie-Claude Étienne accuses former Sen. Gérald Fortuné Bastien of ordering the killing after Désir broadcast reports alleging he had diverted funds meant for road repairs in the Artibonite region. Étienne wrote that the officers "acted on the direct instructions" of the former lawmaker and then tampered with evidence at the scene.

Bastien, who has not been arrested, denied the accusation through his lawyer, Frantz Dorval Saint-Fleur.

"My client had nothing to do with this tragedy," Saint-Fleur said in a telephone interview. "This is a political case dressed up as a criminal one, and we will prove it."

Désir, 34, was shot outside the studio of Radio Lakay Libète in Saint-Marc as he left his evening program. His widow, Roseline Désir, said she had waited nearly three years for news.

"I had stopped believing," she said, her voice breaking. "I thought they would let it go like they let everything go."

The Association of Independent Haitian Journalists called the indictment "a first step, not a victory," and urged authorities to execute the arrest warrant without delay. In a statement, the group noted that several journalists had been killed in the country in recent years and said "impunity has become the most dangerous weapon against the press."

A spokesman for the national police, who was not authorized to speak publicly and requested anonymity, said officers were searching for Bastien but acknowledged that gang control of roads around the capital complicated the effort.

"We know where he was last seen," the spokesman said. "Getting there is another matter."

Justice Minister Paul-Henri Valcin said in a brief text message to reporters that the government would "give the judiciary every resource it needs" to see the case through.

Haiti's judicial system has been crippled for years by strikes, a lack of funding and threats against judges, and many courthouses in the capital remain closed because of gang violence. Human rights groups say fewer than one in ten homicide cases reaches trial.

The case will now go before a criminal court in Saint-Marc, though no date has been set.""",
        [
            ("acted on the direct instructions", "Marie-Claude Étienne"),
            ("My client had nothing to", "Frantz Dorval Saint-Fleur"),
            ("This is a political case", "Frantz Dorval Saint-Fleur"),
            ("I had stopped believing,", "Roseline Désir"),
            ("I thought they would let", "Roseline Désir"),
            ("a first step, not a", "Association of Independent Haitian Journalists"),
            ("impunity has become the most", "Association of Independent Haitian Journalists"),
            ("We know where he was", "spokesman for the national police"),
            ("Getting there is another matter.", "spokesman for the national police"),
            ("give the judiciary every resource", "Paul-Henri Valcin"),
        ],
    ),
    (
        """ST GEORGE'S, Grenada, Oct 3 – Prime Minister Dr Lennox Frederick yesterday announced that Grenadians will go to the polls on November 14, ending months of speculation and setting up a rematch with Opposition Leader Tessa Charles-Mitchell.

Addressing a packed rally at the Grenville market square, where supporters waved banners reading "Water For All", Dr Frederick said his Grenada People's Alliance (GPA) would campaign on its record in office.

"We have delivered, and we will deliver more," he told supporters, many dressed in the party's green. "Five more years, and Grenada will be unrecognisable – in the best way."

The Prime Minister, known to supporters simply as "Big Len", asked the electorate for "a clear and convincing mandate" to complete the second phase of the Western Corridor water project and a new hospital in Carriacou.

Within hours, Charles-Mitchell's United Labour Front (ULF) fired back. In a statement, the party said the announcement "comes as no surprise to a population that has been waiting two years for the promised water" and accused the administration of "campaigning on ribbons instead of results".

Speaking to journalists in St George's, Charles-Mitchell said the ULF was ready. "We have our candidates, we have our manifesto, and most of all we have the people," she said.

She also accused the government of using state resources for campaign purposes. She said: "Every pothole filled this month has a campaign poster next to it. Grenadians are not fools."

The Supervisor of Elections, Conrad Bartholomew, said the voters list would close on October 10 and that about 88,000 people were registered. He urged voters to verify their details early.

"Check your name, check your polling station, and do not wait until the last minute," Bartholomew said.

The GPA won nine of the 15 seats in the House of Representatives at the last general election, and political observers expect a tight contest in several St Andrew constituencies.

Political commentator Dr Yvonne Antoine-Cox, a lecturer in government, said the race would be close. "The ruling party has the advantage of incumbency, but the water issue is real and voters feel it every day," she said.

Nomination day has been set for October 24.""",
        [
            ("We have delivered, and we", "Lennox Frederick"),
            ("Five more years, and Grenada", "Lennox Frederick"),
            ("a clear and convincing mandate", "Lennox Frederick"),
            ("comes as no surprise to", "United Labour Front"),
            ("campaigning on ribbons instead of", "United Labour Front"),
            ("We have our candidates, we", "Tessa Charles-Mitchell"),
            ("Every pothole filled this month", "Tessa Charles-Mitchell"),
            ("Check your name, check your", "Conrad Bartholomew"),
            ("The ruling party has the", "Yvonne Antoine-Cox"),
        ],
    ),
    (
        """SAN JOSÉ, Costa Rica — Costa Rica's Constitutional Chamber on Tuesday halted construction of a 400-room resort on the Guanacaste coast, ruling that environmental authorities had approved the project without adequately studying its impact on a nesting beach for endangered leatherback turtles.

In a 5-2 decision, the chamber annulled the permits granted to the developer, Grupo Inmobiliario Brisas del Pacífico, and ordered the country's environmental review agency to carry out a new assessment.

"The right to a healthy and ecologically balanced environment cannot be subordinated to the economic expectations of a private project," the chamber wrote in its ruling.

Magistrate Olga Vindas Castro, in a dissent joined by one colleague, argued that the developer had met all legal requirements and that the majority was "substituting its judgment for that of the technical authorities."

The case was brought by residents of the fishing village of Playa Carey and the conservation group Tortugas del Pacífico Norte. Its director, biologist Ana Lucía Brenes Solano, said the ruling was a victory for communities that depend on tourism, "but a different kind of tourism."

"People come here to see the turtles, not to see a wall of concrete," Brenes said. "If the turtles go, the visitors go, and we go."

Brisas del Pacífico said in a statement that it was "deeply disappointed" and that the decision put at risk 1,200 jobs promised to the province, one of the poorest in the country. The company said it would "exhaust every legal avenue" to resume work.

Tourism Minister Gabriela Zúñiga Rojas said the government respected the court's decision but warned that legal uncertainty could scare off investors.

"We need clear rules, and we need them applied the same way to everyone," she told reporters. "Costa Rica cannot afford to be seen as a country where permits mean nothing."

Tourism is one of the country's largest sources of foreign currency, and Guanacaste has seen a surge of hotel and residential projects since its international airport was expanded.

Local fisherman Rodolfo "Fito" Matarrita, 54, said he had mixed feelings about the ruling.

"My son wanted to work in that hotel," he said. "But my grandfather fished here, and I want my grandchildren to fish here, too."

Construction crews had already cleared about 12 hectares of coastal forest before the chamber issued a provisional suspension last year.""",
        [
            ("The right to a healthy", "Constitutional Chamber"),
            ("substituting its judgment for that", "Olga Vindas Castro"),
            ("but a different kind of", "Ana Lucía Brenes Solano"),
            ("People come here to see", "Ana Lucía Brenes Solano"),
            ("If the turtles go, the", "Ana Lucía Brenes Solano"),
            ("deeply disappointed", "Grupo Inmobiliario Brisas del Pacífico"),
            ("exhaust every legal avenue", "Grupo Inmobiliario Brisas del Pacífico"),
            ("We need clear rules, and", "Gabriela Zúñiga Rojas"),
            ("Costa Rica cannot afford to", "Gabriela Zúñiga Rojas"),
            ("My son wanted to work", "Rodolfo Matarrita"),
            ("But my grandfather fished here,", "Rodolfo Matarrita"),
        ],
    ),
]
