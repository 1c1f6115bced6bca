CASES = [
    (
        """Magnitude 6.8 quake shakes southern Peru, killing at least 14

By ROSARIO DELGADO and MARK HOLLOWAY
Associated Press

QUILCABAMBA, Peru (AP) — A magnitude 6.8 earthquake struck southern Peru's highlands before dawn Tuesday, collapsing adobe homes, cutting a main highway and killing at least 14 people, authorities said.

The quake hit at 4:37 a.m. local time about 22 kilometers (14 miles) northeast of Quilcabamba at a depth of 41 kilometers (25 miles), according to the U.S. Geological Survey. Peru's national seismology service put the magnitude slightly lower, at 6.6.

"We felt it roll and then it just kept going," said Eulalia Quispe Mamani, 58, who ran into the street with her two grandchildren as the front wall of her house fell. "When the dust cleared I could see the church tower was gone."

Defense Minister Hernán Valcárcel told reporters in Lima that rescue teams were still trying to reach several hamlets in the Chuñomarca valley, where landslides had buried the only access road.

"We have not been able to establish contact with four communities," Valcárcel said. "Helicopters are on their way, but the weather up there is closing in."

The National Civil Protection Agency said in a statement that 312 homes had been destroyed or left uninhabitable and that at least 61 people had been injured. It said the death toll was "preliminary and likely to rise."

Quilcabamba's regional hospital moved patients into tents in its parking lot after engineers found cracks in the main building. Dr. Ana Lucía Ferrero, the hospital's director, said staff had treated dozens of people for fractures and head wounds.

"We are working outside, with generators, but we are working," she said. "What we need most right now is blood and orthopedic supplies."

President Marisol Cárdenas declared a 60-day state of emergency in three provinces and said she would travel to the area Wednesday. In a message on social media, she urged Peruvians to "stay calm and follow the instructions of civil protection."

Peru sits on the Pacific "Ring of Fire," an arc of volcanoes and fault lines circling the Pacific Basin, and records hundreds of noticeable quakes each year. Adobe construction, common in rural areas of the Andes, is particularly vulnerable to strong shaking.

Seismologist Julio Ventocilla of the Andean Geophysical Observatory said aftershocks of magnitude 5 or greater were possible for several days.

"People should not go back into damaged buildings, even to get their belongings," he said. "Most of the injuries we see after the main shock happen that way."

By midday, residents in Quilcabamba had begun stacking salvaged roof tiles in the town square. Teodoro Huamán, a potato farmer, said his family would sleep outdoors.

"My house is standing, but I don't trust it," he said. "Nobody here is going inside tonight."

___

Holloway reported from Mexico City.""",
        [
            ("We felt it roll and", "Eulalia Quispe Mamani"),
            ("When the dust cleared I", "Eulalia Quispe Mamani"),
            ("We have not been able", "Hernán Valcárcel"),
            ("Helicopters are on their way,", "Hernán Valcárcel"),
            ("preliminary and likely to rise.", "National Civil Protection Agency"),
            ("We are working outside, with", "Ana Lucía Ferrero"),
            ("What we need most right", "Ana Lucía Ferrero"),
            ("stay calm and follow the", "Marisol Cárdenas"),
            ("People should not go back", "Julio Ventocilla"),
            ("Most of the injuries we", "Julio Ventocilla"),
            ("My house is standing, but", "Teodoro Huamán"),
            ("Nobody here is going inside", "Teodoro Huamán"),
        ],
    ),
    (
        """Hurricane Ilsa slams Dominican Republic's east coast, two dead

By Carla Benítez

SANTO DOMINGO, Sept 14 (Reuters) - Hurricane Ilsa slammed into the eastern tip of the Dominican Republic on Thursday as a Category 3 storm, ripping roofs off homes, flooding coastal towns and forcing thousands of tourists to ride out the storm in hotel ballrooms.

The storm came ashore near the fishing town of Cabo Salinero in La Altagracia province shortly after 6 a.m. local time (1000 GMT) with maximum sustained winds of 120 miles per hour (195 kph), the U.S. National Hurricane Center said.

"The eye passed right over us. For about twenty minutes everything was quiet, and then the wind came back from the other side," Ramón Espaillat, 44, a maintenance worker at a resort in Cabo Salinero, told Reuters by telephone.

The head of the country's National Emergency Coordination Center (CNCE), General Leónidas Pimentel, told a news conference that two people had died: a man struck by a falling tree in the town of Villa Mercedes and a woman whose home was swept away by a swollen river in neighboring El Seibo province. More than 38,000 people had been moved to shelters, he said.

"We are asking people not to leave the shelters until we give the all-clear," Pimentel said. "The second half of a hurricane can be just as dangerous as the first."

Electricity distributor Distribuidora Eléctrica del Este said around 410,000 customers were without power across the eastern provinces.

"Crews will begin restoring service as soon as wind speeds allow them to work safely," the company said in a statement.

Tourism Minister Graciela Montás said in a post on X that all foreign visitors in the affected area were "safe and accounted for" and that the Cabo Salinero international airport would remain closed until at least Friday.

The eastern coast is home to many of the country's largest all-inclusive resorts. An industry source, who asked not to be named because he was not authorized to speak to the media, said several hotels had suffered "significant structural damage" to roofs and beachfront facilities.

Ilsa was expected to weaken to a tropical storm as it moved over the country's mountainous interior, but forecasters warned that its slow forward speed could dump up to 15 inches (38 cm) of rain on parts of the island of Hispaniola.

"Rainfall is going to be the bigger story over the next 48 hours. That's what causes landslides, and that's what has historically killed the most people on Hispaniola," said Tomás Kreitzer, a meteorologist with private forecaster Caribbean Weather Desk.

In neighboring Haiti, the civil protection agency urged residents of the country's north and center to move to higher ground.

"We are especially worried about families living in tents and informal settlements. Those shelters will not withstand this kind of rain," a spokeswoman for the agency said in Port-au-Prince.

(Reporting by Carla Benítez in Santo Domingo; Additional reporting by Jean-Marc Lafontant in Port-au-Prince; Editing by Daniel Rourke)""",
        [
            ("The eye passed right over", "Ramón Espaillat"),
            ("We are asking people not", "Leónidas Pimentel"),
            ("The second half of a", "Leónidas Pimentel"),
            ("Crews will begin restoring service", "Distribuidora Eléctrica del Este"),
            ("safe and accounted for", "Graciela Montás"),
            ("significant structural damage", "industry source"),
            ("Rainfall is going to be", "Tomás Kreitzer"),
            ("We are especially worried about", "spokeswoman"),
        ],
    ),
    (
        """Shelters open in St Thomas as Tropical Storm Marco nears

Kimberley Shaw/Senior Staff Reporter

MORE THAN 40 emergency shelters were opened across St Thomas yesterday as residents in low-lying communities along the Plantain Garden River braced for Tropical Storm Marco, which forecasters say could become a hurricane before passing south of the island tomorrow.

Director general of the Office of Disaster Preparedness and Response (ODPR), Errol Whitfield, said the agency had pre-positioned food, water, cots and tarpaulins in every parish east of Kingston.

“We are not taking any chances with this one,” Whitfield said at a press briefing at the agency’s New Kingston offices. “The rainfall projections for the east are serious, and we have all seen what the Plantain Garden River can do.”

He urged persons in flood-prone areas not to wait until the rain begins before moving.

“If you live near a gully or a riverbank, leave now, while the roads are still passable. Take your medication, take your documents, and take your children to a shelter.

“We would rather have an empty community and nothing happen than the other way around,” he said.

In its 5 p.m. bulletin, the Meteorological Service said Marco was located about 410 kilometres south-east of Morant Point and was moving west-northwest near 19 kilometres per hour. A tropical storm warning remains in effect for Jamaica, and the bulletin warned of “life-threatening flash flooding and landslides” in eastern parishes from tonight.

In Hector’s Wharf, fishermen spent the afternoon hauling boats onto higher ground and lashing them to trees.

“Mi nah tek no chance this time. Mi haul up di boat from Monday,” said Devon Lindo, a fisherman known in the community as ‘Scrappy’, who said he lost two boats and an engine during a storm in 2020.

Councillor for the Hector’s River division, Marlene Forbes-Dacres, said she had been going house to house since Sunday to persuade elderly residents to leave.

“Some of them don’t want to leave their animals, some of them are afraid somebody will break into the house,” she explained. “I tell them, the goat can be replaced. You cannot be replaced.”

Local Government Minister Audley Pinnock, who toured shelters in Morant Bay and Yallahs, said all 63 shelters in the parish had been inspected and stocked. His message to residents was blunt: “Do not try to cross flooded rivers. Not in a car, not on foot, not on a donkey. Nothing in that house is worth your life.”

The Ministry of Education, in a release yesterday, announced that public schools in St Thomas, Portland and St Mary will be closed tomorrow.

“Principals are asked to secure school property and to make their facilities available to the ODPR where required,” the release said.

Whitfield said the ODPR would give its next update at 11 a.m. today.""",
        [
            ("We are not taking any", "Errol Whitfield"),
            ("The rainfall projections for the", "Errol Whitfield"),
            ("If you live near a", "Errol Whitfield"),
            ("We would rather have an", "Errol Whitfield"),
            ("life-threatening flash flooding and landslides", "Meteorological Service"),
            ("Mi nah tek no chance", "Devon Lindo"),
            ("Some of them don’t want", "Marlene Forbes-Dacres"),
            ("I tell them, the goat", "Marlene Forbes-Dacres"),
            ("Do not try to cross", "Audley Pinnock"),
            ("Principals are asked to secure", "Ministry of Education"),
        ],
    ),
    (
        """Brazil flood death toll climbs to 37 as rivers keep rising

Santa Clara do Taquari, Brazil (AFP) - The death toll from torrential rains in southern Brazil climbed to 37 on Sunday, authorities said, as swollen rivers continued to rise and rescuers in boats plucked stranded residents from rooftops.

At least 54 people remain missing and more than 21,000 have been forced from their homes across Rio Grande do Sul state, according to the latest update from the state civil defense agency.

"This is the worst disaster in the history of our state," Governor Rafael Bortolini told a press conference in the state capital Porto Alegre. "We are no longer talking about rebuilding a few houses. Entire neighborhoods have been wiped off the map."

In Santa Clara do Taquari, a town of 18,000 people on the banks of the Taquari River, the water reached the second floor of city hall. AFP journalists saw cars, refrigerators and the carcasses of cattle drifting past submerged rooftops.

"I lost everything. The furniture, the documents, my husband's tools -- it's all under water," said Cleonice Ferreira dos Santos, a 52-year-old seamstress sheltering with neighbors in a school gymnasium.

Her neighbor, Ademir Scholl, 67, said he had refused to leave his house until the water reached his waist.

"I thought it would be like 2015, a meter or two. Nobody imagined this," he told AFP.

Mayor Vania Kreutz said the town's water treatment plant was submerged and residents would rely on water brought in by tanker trucks "for weeks, maybe months."

A fire department officer who did not give his name said rescue teams had been working around the clock.

"We are getting calls from people trapped on roofs who have not eaten in two days. We go, we come back, we go again," he said.

The federal Ministry of National Integration said in a statement it had sent "helicopters, boats and more than 600 military personnel" to the region and released emergency funds to affected municipalities.

Southern Brazil has been hit by a string of deadly floods in recent years, which scientists link to a combination of climate change and the El Nino weather phenomenon.

"The intensity of these events is consistent with what we expect in a warming climate. What used to happen once in a generation is now happening every two or three years," said Luana Prestes, a climatologist at the Southern Institute for Climate Studies.

Forecasters predicted more heavy rain through Tuesday, raising fears that the Taquari could overflow again after a brief respite.""",
        [
            ("This is the worst disaster", "Rafael Bortolini"),
            ("We are no longer talking", "Rafael Bortolini"),
            ("I lost everything. The furniture,", "Cleonice Ferreira dos Santos"),
            ("I thought it would be", "Ademir Scholl"),
            ("for weeks, maybe months.", "Vania Kreutz"),
            ("We are getting calls from", "fire department officer"),
            ("helicopters, boats and more than", "Ministry of National Integration"),
            ("The intensity of these events", "Luana Prestes"),
        ],
    ),
    (
        """Flash floods swamp central villages

Renuka Boodram

Dozens of families in Bois Canot Village and neighbouring Mahabir Trace spent Monday night on rooftops and in neighbours’ upper floors after more than 150 millimetres of rain fell in under six hours, sending the Pierreville River spilling into homes.

By yesterday morning the water had begun to recede, leaving behind thick brown mud, ruined appliances and a strong smell of sewage.

“Everything in the house gone. The fridge, the stove, the children’s school books,” said Sharda Ramnarine, a mother of three, as she swept water out of her living room. “This is the third time since 2018 and nobody coming to fix the drain.”

Another resident, who gave his name only as Keston, said he and his brother used a pirogue to ferry elderly neighbours to the Mahabir Trace Hindu School, which was opened as a temporary shelter.

“We couldn’t wait for nobody. The water was reaching the windows,” he said.

Chairman of the Central Plains Regional Corporation, Anand Sookdeo, said the corporation’s disaster management unit had received more than 200 calls for assistance since Monday afternoon.

“Our teams worked through the night with the fire service and the Defence Force. We distributed hampers, mattresses and cleaning supplies to 140 households,” Sookdeo said.

He said the corporation had repeatedly asked the Ministry of Works and Transport to desilt the river, but “the funding simply has not come.”

In a statement yesterday, the ministry said desilting works on the Pierreville River were “programmed for the current fiscal year” and that a contractor had already been selected. It said the works would begin “as soon as weather conditions permit.”

Member of Parliament for the area, Lisa Gangadeen-Mohan, who visited the village yesterday afternoon, was unimpressed.

“Every rainy season we get the same press release and the same promises,” she said. “People here are tired of being told that help is coming. Help needs to come before the rain, not after.”

The National Emergency Management Agency (NEMA) has extended its yellow-level adverse weather alert until 6 p.m. tomorrow. In a post on its Facebook page, NEMA advised residents to “avoid wading or driving through flood waters” and to report downed power lines to T&TEC.

Police said a 71-year-old man was rescued from his car after it stalled on the flooded Mahabir Trace Main Road on Monday night. He was treated at the Couva District Health Facility and discharged.

Back in Bois Canot, Ramnarine said her family would stay with relatives in Chaguanas for now.

“I can’t bring the children back to this,” she said, pointing at the mud-caked floor.""",
        [
            ("Everything in the house gone.", "Sharda Ramnarine"),
            ("This is the third time", "Sharda Ramnarine"),
            ("We couldn’t wait for nobody.", "Keston"),
            ("Our teams worked through the", "Anand Sookdeo"),
            ("the funding simply has not", "Anand Sookdeo"),
            ("programmed for the current fiscal", "Ministry of Works and Transport"),
            ("as soon as weather conditions", "Ministry of Works and Transport"),
            ("Every rainy season we get", "Lisa Gangadeen-Mohan"),
            ("People here are tired of", "Lisa Gangadeen-Mohan"),
            ("avoid wading or driving through", "National Emergency Management Agency"),
            ("I can’t bring the children", "Sharda Ramnarine"),
        ],
    ),
    (
        """Magnitude-6.9 earthquake damages homes, churches on Oaxaca coast

By Daniela Ortega Lugo

A magnitude 6.9 earthquake struck off the coast of Oaxaca early Thursday morning, damaging churches and homes in the state's Costa region and sending residents of Mexico City into the streets in their pajamas.

The National Seismic Monitoring Service (SNMS) said the quake's epicenter was 18 kilometers southwest of the town of Santa Rosa Tepextla at a depth of 22 kilometers. It struck at 2:14 a.m.

Oaxaca Governor Aurelio Cruz Matus said on X that "so far there is no loss of human life to report," although at least 11 people were hospitalized with injuries, most of them caused by falling debris.

"We are carrying out damage assessments in 38 municipalities with the support of the Army and the National Guard," he wrote.

In Santa Rosa Tepextla, the bell tower of the 18th-century Church of San Bartolomé collapsed onto the atrium. The parish priest, Father Eusebio Ramírez, told the newspaper Noticias del Sur that nobody was inside at the time.

"If it had happened during Mass, we would be talking about a tragedy," he said.

In Mexico City, the seismic alert sounded roughly 60 seconds before the shaking arrived, giving residents time to evacuate buildings. But in the city of Oaxaca, much closer to the epicenter, many residents complained that the alarm went off only after the ground had started moving.

"The alarm went off when we were already outside. The whole building was swaying," said Mariana Quiroz, a 29-year-old nurse who lives in the state capital's historic center.

Rubén Olvera Casas, director of the Seismic Early Warning Center, said in a radio interview that cities close to an epicenter will always receive little or no warning.

"The system is based on physics. If you are 80 kilometers from the epicenter, the waves reach you in a few seconds, and there is no technology that can beat that," he explained.

Speaking at the president's morning press conference, National Civil Protection Coordinator Leticia Barrón Solís said 14 aftershocks had been recorded by 9 a.m., the strongest a magnitude 4.8. Classes in 22 municipalities were suspended "until structural reviews are complete," she said, and engineers had been dispatched to inspect hospitals and schools.

Highway operator Autopistas del Sur Pacífico reported rockfalls on the Oaxaca-Puerto Escondido highway.

"Traffic is interrupted at kilometer 187 while our crews clear the road. We recommend that drivers postpone non-essential trips," the company said in a statement.

Mexico sits atop the meeting point of several tectonic plates and is among the most seismically active countries in the world. The earthquakes of September 19, 1985, and September 19, 2017, killed thousands of people in Mexico City and surrounding states, and led to major changes in building codes and the creation of the public alert system.

Back in Santa Rosa Tepextla, volunteers spent the day removing rubble from the church atrium by hand. Father Ramírez said he planned to celebrate Sunday Mass in the plaza.""",
        [
            ("so far there is no", "Aurelio Cruz Matus"),
            ("We are carrying out damage", "Aurelio Cruz Matus"),
            ("If it had happened during", "Eusebio Ramírez"),
            ("The alarm went off when", "Mariana Quiroz"),
            ("The system is based on", "Rubén Olvera Casas"),
            ("until structural reviews are complete,", "Leticia Barrón Solís"),
            ("Traffic is interrupted at kilometer", "Autopistas del Sur Pacífico"),
        ],
    ),
    (
        """Weeks after Hurricane Odette, aid trickles into Haiti's cut-off southwest

By JEAN-ROBERT DÉSIR

ANSE-À-COTON, Haiti — The line outside the distribution point began forming before dawn: women balancing empty buckets on their heads, old men leaning on sticks, children sent by parents too sick to come themselves.

By 10 a.m., the truck carrying rice, cooking oil and water purification tablets still had not arrived.

"They tell us every day it will come tomorrow," said Marie-Ange Pierre-Louis, 61, who said she had walked three hours from her village in the hills above town. "Tomorrow does not feed my grandchildren."

Nearly three weeks after Hurricane Odette slammed into Haiti's southern peninsula as a Category 4 storm, humanitarian groups say they are still struggling to reach thousands of families. Washed-out bridges and gang checkpoints on the main road out of Port-au-Prince have forced them to rely on boats and helicopters.

Haiti's Civil Protection Directorate said in its latest report that 212 people were killed and 47 remain missing. More than 86,000 homes were damaged or destroyed, it said.

A U.N. logistics official, who spoke on condition of anonymity because he was not authorized to speak publicly, said aid convoys had been stopped twice in the past week.

"We are negotiating passage truck by truck. Every delay means food sitting in a warehouse while people go hungry," the official said.

Claudette Jean-Baptiste, country director for the aid group Solidarité Sud, described the situation in the mountain communities as "desperate."

"In some of the villages we reached on foot, people had been drinking water from streams that are contaminated. We are already seeing cases of diarrhea in young children," she said.

"If we do not get clean water and oral rehydration salts up there in the next few days, we will be dealing with cholera. I say that without exaggeration."

Interior Minister Frantz Oriol told reporters in Port-au-Prince on Monday that the government had sent two navy vessels loaded with supplies to the southwest and acknowledged "the frustration of the population."

"The state is doing everything in its power with the means it has. We ask for patience," Oriol said.

In Anse-à-Coton, a fishing town of about 15,000 people, nearly every boat in the harbor was smashed or carried out to sea. Mayor Wilner Casséus said the town's economy had been wiped out in a single night.

"The sea took our boats and the wind took our roofs," he said. "What we have left is our courage, and courage does not pay for nails and sheet metal."

The truck arrived shortly after noon. Within two hours the sacks of rice were gone, and dozens of people were still standing in line.

Pierre-Louis was not among the lucky ones. She said she would come back the next day.

"What else can I do?" she said.

___

Associated Press writer Wesner Dorvil in Port-au-Prince contributed to this report.""",
        [
            ("They tell us every day", "Marie-Ange Pierre-Louis"),
            ("Tomorrow does not feed my", "Marie-Ange Pierre-Louis"),
            ("We are negotiating passage truck", "U.N. logistics official"),
            ("desperate.", "Claudette Jean-Baptiste"),
            ("In some of the villages", "Claudette Jean-Baptiste"),
            ("If we do not get", "Claudette Jean-Baptiste"),
            ("the frustration of the population.", "Frantz Oriol"),
            ("The state is doing everything", "Frantz Oriol"),
            ("The sea took our boats", "Wilner Casséus"),
            ("What we have left is", "Wilner Casséus"),
            ("What else can I do?", "Marie-Ange Pierre-Louis"),
        ],
    ),
    (
        """Guatemala landslide: hopes fade for dozens buried after weeks of rain

Lucía Arriaga in San Pedro Xolotán

Rescuers digging with shovels and bare hands through a hillside of mud in the Guatemalan highlands said on Saturday they had little hope of finding survivors, two days after a landslide buried at least 30 homes in the Maya Q'eqchi' village of San Pedro Xolotán.

Nine bodies have been recovered so far, and at least 46 people remain unaccounted for, according to the National Disaster Reduction Agency (ANRD).

'We are not going to stop looking, but we have to be honest with the families,' said Óscar Tzul, a volunteer firefighter who has been at the site since Thursday night. 'After this much time under this much earth, it would be a miracle.'

Among those waiting at the edge of the slide was Juana Coc Ixcoy, 34, whose parents and younger brother lived in a house near the top of the ravine. She said she had spoken to her mother by phone an hour before the slope gave way.

'She told me the rain would not stop and that the ground was making noises,' she said. 'I told her to come down to my house. She said she would come in the morning.'

Weeks of heavy rain from a succession of tropical depressions have saturated soils across Central America. The ANRD said in a statement that the hillside above San Pedro Xolotán had been identified as unstable in a 2019 assessment and that residents had been 'repeatedly advised to relocate'.

Community leaders rejected the suggestion that families had ignored the warnings. 'Where were we supposed to go? Nobody offered us land. Nobody offered us anything,' said Mateo Caal, a member of the village's indigenous council.

President Rodrigo Alvarado Maldonado, who declared a state of calamity in four departments on Friday, told a press conference in Guatemala City that the government would 'not abandon' the families.

'We are going to relocate these communities, with dignity and with the participation of the families themselves,' he said. He did not say where the money would come from.

Experts say the tragedy was foreseeable. Silvia Chávez, a geologist at the Central American Institute for Risk Studies, said deforestation and unplanned construction on steep slopes had multiplied the danger in the western highlands.

'We have the maps. We know where the slopes are going to fail,' she said. 'What we do not have is the political will or the money to move people before it happens.'

In neighbouring Honduras, authorities reported four deaths from flooding along the Ulúa river, and thousands of people remained in shelters in the north of the country.

By late afternoon, rain had begun to fall again in San Pedro Xolotán and rescuers were ordered off the slope. Juana Coc Ixcoy stayed where she was, a plastic sheet over her shoulders, watching the mud.""",
        [
            ("We are not going to", "Óscar Tzul"),
            ("After this much time under", "Óscar Tzul"),
            ("She told me the rain", "Juana Coc Ixcoy"),
            ("I told her to come", "Juana Coc Ixcoy"),
            ("repeatedly advised to relocate", "National Disaster Reduction Agency"),
            ("Where were we supposed to", "Mateo Caal"),
            ("not abandon", "Rodrigo Alvarado Maldonado"),
            ("We are going to relocate", "Rodrigo Alvarado Maldonado"),
            ("We have the maps. We", "Silvia Chávez"),
            ("What we do not have", "Silvia Chávez"),
        ],
    ),
]
