CASES = [
    (
        """BRASILIA, March 19 — Brazil’s central bank raised its benchmark Selic interest rate by a full percentage point on Wednesday, to 14.25%, and signalled a smaller increase at its next meeting, as policymakers struggle to tame inflation that has stayed above target despite signs of a cooling economy.

The decision by the bank’s Monetary Policy Committee, known as Copom, was unanimous and matched the forecasts of all 36 economists in a wire-service poll. In a statement released after markets closed, the committee said the scenario remained “adverse and uncertain, demanding additional caution,” and that it anticipated a smaller adjustment in May if conditions evolved as expected.

Central bank Governor Ricardo Albuquerque Nunes, who took office in January, has faced pressure from lawmakers in the governing coalition to slow the pace of tightening, with some accusing the bank of sacrificing jobs to please financial markets. Speaking at an event in Sao Paulo on Tuesday, he rejected suggestions that the bank would bow to politics.

“The central bank has one job, and that job is bringing inflation back to the target,” Nunes said. Asked whether he had discussed the decision with the presidential palace, he replied that he had not and that nobody in the government had asked him to.

Consumer prices rose 5.06% in the 12 months to mid-March, according to statistics agency IBGE, well above the 4.5% ceiling of the official target range. Higher food prices, driven by drought in the centre-west, and a weaker real have complicated the so-called “last mile” of disinflation.

Economists were split on how much further the bank will go. Fernanda Quaresma, chief economist at Banco Horizonte in Sao Paulo, said the committee had “left the door open without committing to anything” beyond May. She expects the Selic to peak at 15% but said the risks were skewed upward.

Finance Minister Otávio Brandão said the government respected the central bank’s autonomy, though he acknowledged the cost of higher rates for businesses and indebted households. Asked by reporters in Brasilia whether the tightening was hurting growth, he was blunt: “Of course it is. But the worst tax on the poor is inflation, and we are not going to pick a fight with the central bank over that.”

The real weakened 0.4% against the dollar in after-hours trading, while yields on interest rate futures contracts due in January 2026 rose 12 basis points.""",
        [
            ("adverse and uncertain, demanding additional", "Monetary Policy Committee"),
            ("The central bank has one", "Ricardo Albuquerque Nunes"),
            ("left the door open without", "Fernanda Quaresma"),
            ("Of course it is. But", "Otávio Brandão"),
        ],
    ),
    (
        """MEXICO CITY — Mexico’s Supreme Court on Tuesday struck down a law passed by the Veracruz state legislature that would have allowed mayors to seek a third consecutive term, in a 7-4 ruling that opposition lawmakers hailed as a rare check on the governing party’s dominance in the state.

Justice Beatriz Anaya Solórzano, who drafted the majority opinion, said the reform violated constitutional limits on re-election and had been approved “without the minimum deliberation required of any legislature.” The bill cleared committee and a floor vote within 36 hours of being introduced, according to court records.

“A local congress cannot rewrite the rules of the game three months before the game begins,” Anaya told the court’s plenary session, which was broadcast live.

The four dissenting justices argued that states have broad latitude to set the terms of municipal elections. In a separate opinion, Justice Hugo Iturbide Lara wrote that the majority had “substituted its own political preferences for the will of the people of Veracruz,” and warned that the ruling would invite a wave of similar challenges in other states.

The reform, which critics nicknamed the “ley de los caciques,” or law of the political bosses, was approved in February by 32 votes to 18. Governing party deputies argued at the time that it would give successful mayors time to finish long-term infrastructure projects.

Opposition deputy Mariela Cuevas Ortega, who filed the constitutional challenge together with 17 other state legislators, said she had received threatening calls since the case was admitted in April. “They called my office and told me to think about my children. I did think about them, and that is exactly why I went to the court,” she said in a telephone interview.

A spokesman for the state government, who asked not to be named because he was not authorised to comment publicly, denied that any official had been involved. “Those accusations are irresponsible and completely false,” he said, adding that the governor respected the court’s decision.

The Veracruz State Congress said on social media that its legal team would study the ruling before deciding on next steps.

The decision means municipal elections scheduled for next June will go ahead under the previous rules, which allow a single re-election. At least 41 of the state’s 212 mayors had been expected to seek a third term, according to a tally by local newspaper Diario del Golfo.""",
        [
            ("without the minimum deliberation required", "Beatriz Anaya Solórzano"),
            ("A local congress cannot rewrite", "Beatriz Anaya Solórzano"),
            ("substituted its own political preferences", "Hugo Iturbide Lara"),
            ("They called my office and", "Mariela Cuevas Ortega"),
            ("Those accusations are irresponsible and", "spokesman for the state government"),
        ],
    ),
    (
        """BUENOS AIRES, Sept 11 - Argentine police fired rubber bullets and tear gas at pensioners and their supporters outside Congress on Wednesday, the latest clash at weekly protests over retirement benefits that have become a symbol of discontent with the government's austerity drive.

At least 14 people were injured, including a photographer who was struck in the head by a tear gas canister, according to the city's emergency medical service. Police said 23 people were detained.

Security Minister Patricia Ledesma Roca defended the operation, saying officers had acted under the government's public order protocol, known to its critics as the "anti-picket protocol." In a post on X, she wrote that "those who come to block streets and throw stones are not retirees, they are militants" and said police would continue to enforce the rules every Wednesday.

Protesters rejected that account. "I am 74 years old. Do I look like a militant to you?" said Norma Beatriz Ferreyra, a retired schoolteacher who has attended the marches for more than a year. She carried a handwritten sign that read "My pension is not a privilege."

"They hit us because we are the weakest. Today it was the grandparents, tomorrow it will be someone else," she added.

The minimum monthly pension stands at about 280,000 pesos, roughly $290 at the official exchange rate, after the government vetoed a bill last year that would have raised it in line with inflation.

The injured photographer, Lucas Benitez, 31, was in intensive care at a public hospital in the city, his employer, the cooperative news agency Sur Noticias, said on Wednesday night. The Argentine Association of Graphic Reporters said the canister had been fired "directly at the body, at close range, with the clear intention of hurting" and called for Ledesma's resignation.

A police source, speaking on condition of anonymity because the matter was under investigation, said the officer who fired the canister had been "identified and removed from street duty" while internal affairs reviewed video of the incident.

Opposition lawmakers said they would summon the minister to explain the operation before the lower house's security committee. Ledesma's office did not respond to a request for comment.""",
        [
            ("those who come to block streets", "Patricia Ledesma Roca"),
            ("I am 74 years old", "Norma Beatriz Ferreyra"),
            ("They hit us because we", "Norma Beatriz Ferreyra"),
            ("directly at the body, at", "Argentine Association of Graphic Reporters"),
            ("identified and removed from street", "police source"),
        ],
    ),
    (
        """BOGOTA — A Colombian court has suspended the environmental licence of a planned open-pit gold mine in the central department of Tolima, ruling that regulators failed to properly consult the Indigenous communities whose land lies in the project’s path.

The Administrative Tribunal of Cundinamarca ordered the National Environmental Licensing Authority to freeze all permits for the La Esmeralda project, owned by Vancouver-based Cordillera Gold Corp, until a new consultation is completed. In its 94-page ruling, the tribunal wrote that the authority had treated the process “as a formality to be completed, not a right to be guaranteed.”

Colombia’s constitution requires so-called “consulta previa,” or prior consultation, with ethnic communities before projects affecting their territory can be approved.

Cordillera Gold said in a filing with the Toronto Stock Exchange late on Thursday that it would appeal, and that the ruling “does not reflect the extensive engagement” it had carried out with local residents over six years. Its shares fell 18% on Friday.

For the Pijao people of the Ortega area, the decision was a long-awaited victory. “This land is not for sale, not for gold and not for anything else,” said Aurelio Yaima Tique, governor of a Pijao Indigenous reserve near the town.

Yaima said members of the community had been threatened by armed men after they began organising against the mine. “First they came with offers of jobs and paved roads. When we said no, they came with pamphlets calling us guerrillas.

“We have buried two of our leaders since 2022. We are not going to be frightened by an appeal.”

The company has denied any link to the threats, and regional police said they were investigating.

Mines and Energy Minister Lucía Restrepo Gaviria said the government would respect the ruling. In an interview with a Bogota radio station, she said mining would remain part of Colombia’s economy but “not at any cost, and never against the communities.”

Analysts at a Toronto brokerage, in a note titled “Colombia: The Permit Problem,” cut their price target for the stock by a third and said other foreign miners in the country could face similar legal challenges.""",
        [
            ("as a formality to be", "Administrative Tribunal of Cundinamarca"),
            ("does not reflect the extensive", "Cordillera Gold Corp"),
            ("This land is not for", "Aurelio Yaima Tique"),
            ("First they came with offers", "Aurelio Yaima Tique"),
            ("not at any cost, and", "Lucía Restrepo Gaviria"),
        ],
    ),
    (
        """SANTIAGO — Workers at the Los Quillayes copper mine in northern Chile walked off the job on Monday after rejecting the company’s final wage offer, threatening output at one of the country’s ten largest copper operations as prices for the metal hover near record highs.

The strike was called by the mine’s largest union, which represents about 1,400 of the site’s 2,100 direct employees. Members voted 91% in favour of the stoppage on Friday, according to the Labour Directorate, which oversaw the ballot.

“The company made record profits last year and now they offer us crumbs,” union president Jorge Araya Cortés told reporters at the mine entrance, where workers had hung a banner reading “Cobre digno, vida digna” — decent copper, decent life.

Minera Los Quillayes, which is 60% owned by Australia-based Southern Cross Resources, said in a statement that its offer of a 4.5% real wage increase and a one-off bonus of 22 million pesos ($23,500) per worker was “responsible, competitive and above the industry average.” The company said it had activated contingency plans, using contractors to keep parts of the operation running.

The bonus, known in Chile as the “bono de término de conflicto,” is a standard feature of mining wage settlements and has become a flashpoint in recent negotiations across the industry.

A supervisor at the mine, who asked not to be named because he was not authorised to speak to the media, said by telephone that most of the haul trucks had stopped. “Half the fleet is parked. Whatever they say in Santiago, this is not business as usual,” he said.

Labour Minister Valentina Sepúlveda Rojas urged both sides to return to mediation. “A long strike helps no one — not the workers, not the company and not the regions that depend on mining,” she said at a news conference in Santiago, adding that the government would not intervene directly in a private dispute.

Copper accounts for about half of Chile’s exports, and Los Quillayes produced around 310,000 tonnes last year. Under Chilean law, the company may hire replacement workers after 15 days under certain conditions, a provision unions have long sought to eliminate.""",
        [
            ("The company made record profits", "Jorge Araya Cortés"),
            ("responsible, competitive and above the", "Minera Los Quillayes"),
            ("Half the fleet is parked", "supervisor at the mine"),
            ("A long strike helps no", "Valentina Sepúlveda Rojas"),
        ],
    ),
    (
        """LIMA — A Peruvian judge on Thursday ordered former President Rodrigo Villanueva Salas to be held in pretrial detention for 18 months while prosecutors investigate allegations that he took bribes from construction firms while serving as governor of the southern Arequipa region.

Judge Carmen Rosa Quispe Mamani said in her ruling that there was “a concrete and serious risk of flight,” noting that Villanueva had transferred several properties to relatives and had visited the Uruguayan embassy in Lima twice in the past month.

Prosecutors allege that Villanueva received at least 4.2 million soles ($1.1 million) from a network of contractors known in the Peruvian press as the “Club del Sur,” in exchange for public works contracts between 2015 and 2018. He served as president for 14 months before Congress removed him in 2022 on grounds of “permanent moral incapacity,” a loosely defined constitutional provision that lawmakers have used repeatedly against sitting presidents.

Villanueva, who followed the hearing by video link from his lawyer’s office, denied wrongdoing. “This is political persecution, pure and simple,” he said before the judge read her decision. “They could not beat me at the ballot box, so now they are trying in the courts.”

His lawyer, Ernesto Bazán Lozada, said the defence would appeal. “This accusation reads like the script of ‘Al fondo hay sitio,’ not a legal case,” Bazán told reporters outside the courthouse, referring to the long-running television comedy. He said the main witness against his client had never claimed to have seen money change hands.

Outside the court, a few dozen supporters gathered behind police barriers with banners reading “Villanueva libre,” while a smaller group of counter-protesters banged pots. There were no reports of violence.

The former president is expected to be transferred to a police facility in eastern Lima that already holds other former officials, joining a long list of Peruvian leaders who have faced prosecution after leaving office.""",
        [
            ("a concrete and serious risk", "Carmen Rosa Quispe Mamani"),
            ("This is political persecution, pure", "Rodrigo Villanueva Salas"),
            ("They could not beat me", "Rodrigo Villanueva Salas"),
            ("This accusation reads like the", "Ernesto Bazán Lozada"),
        ],
    ),
    (
        """RIO DE JANEIRO, Oct 8 - At least nine people were killed on Tuesday in a police operation in Morro do Cruzeiro, a cluster of hillside favelas in Rio de Janeiro's North Zone, as officers exchanged fire with drug traffickers for more than six hours, forcing schools and health clinics to close.

The raid, dubbed "Operation Iron Curtain," involved about 400 officers, armoured vehicles and two helicopters, according to the state's Military Police. One police officer was among the dead.

"This operation was planned for eight months and its target was the leadership of the faction that controls the region," Colonel Marcelo Tavares Pinto, a Military Police spokesman, said at a news conference. He said the eight other people killed were suspected gang members who had opened fire on officers, and that 12 rifles had been seized.

Residents gave a different account. "They came in shooting at six in the morning, just when the children were walking to school," said a community leader in Morro do Cruzeiro, who asked not to be identified for fear of reprisals. "My neighbour's son was 17. He was not a trafficker. He worked at a bakery."

The Public Defender's Office said it had received reports of "summary executions and homes invaded without warrants" and would send a team of lawyers to the area on Wednesday to take statements from families.

Governor Claudio Rezende Barros praised the officers and offered condolences to the family of the dead policeman, Sergeant Anderson Lima, 38. "We will not surrender a single inch of territory to organized crime. Whoever shoots at the police will face the full force of the state," he wrote on social media.

Police in Rio de Janeiro state killed 871 people last year, according to "Lethal Force," an annual report published by the research group Observatorio Urbano, which has tracked police killings since 2016. Rights groups have long argued that large-scale raids do little to weaken the armed factions that dominate many of the city's poorer neighbourhoods.

The Supreme Court has imposed restrictions on police operations in Rio's favelas, including limits on raids near schools during class hours. Critics said Tuesday's operation appeared to breach those rules.""",
        [
            ("This operation was planned for", "Marcelo Tavares Pinto"),
            ("They came in shooting at", "community leader in Morro do Cruzeiro"),
            ("My neighbour's son was 17", "community leader in Morro do Cruzeiro"),
            ("summary executions and homes invaded", "Public Defender's Office"),
            ("We will not surrender a", "Claudio Rezende Barros"),
        ],
    ),
    (
        """GUADALAJARA, Mexico — A collective of mothers searching for missing relatives said on Saturday that it had found at least 11 clandestine graves on an abandoned ranch outside Tlajomulco de Zúñiga, south of Guadalajara, the latest in a string of discoveries that have put pressure on authorities in the western state of Jalisco.

Members of Madres Buscadoras de Occidente said they located the site after receiving an anonymous tip and spent three days probing the ground with metal rods. The group’s work was the subject of the 2023 documentary “Lo que la tierra guarda,” which followed several mothers over two years of searches.

“We did the work that the prosecutor’s office should have done years ago,” said Rosalba Ibarra Navarro, the group’s founder, whose son Iván disappeared in 2019 at the age of 22. Every time the mothers report a grave, she said, officials promise an investigation that never comes.

In a video posted on the collective’s Facebook page on Saturday night, Ibarra addressed the governor directly: “You said there were no more graves in Jalisco. Come and see them with your own eyes.”

The Jalisco State Prosecutor’s Office said in a statement that forensic teams had been deployed to the ranch and that it was “working in close coordination with the search collectives” to identify the remains. It did not say how many bodies had been recovered.

A federal official familiar with the investigation, who spoke on condition of anonymity because he was not authorised to discuss it, said the site appeared to have been used by a criminal group for several years. “The number could grow considerably. This was not a place they used once; it was a system,” the official said.

More than 15,000 people are listed as missing in Jalisco, the highest figure of any Mexican state, according to the national registry of disappeared persons. Search collectives, many of them led by mothers, have become the main force locating remains in the state, often at great personal risk, and several of their members have been killed in recent years.""",
        [
            ("We did the work that", "Rosalba Ibarra Navarro"),
            ("You said there were no", "Rosalba Ibarra Navarro"),
            ("working in close coordination with", "Jalisco State Prosecutor’s Office"),
            ("The number could grow considerably", "federal official familiar with the investigation"),
        ],
    ),
]
