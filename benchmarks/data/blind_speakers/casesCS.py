CASES = [
    (
        """By Dana Whitcomb
Staff Writer

A 17-year-old boy was shot and killed Saturday night outside a convenience store on the city's East Side, the third fatal shooting in the Harwood Park neighborhood since June, police said.

Officers responding to a gunfire-detection alert about 9:40 p.m. found the teen lying near the entrance of the Quik Stop Market in the 2200 block of Delmont Avenue, according to a police department statement. He was taken to Mercy General Hospital, where he was pronounced dead shortly after 10 p.m.

The Franklin County medical examiner's office identified him Sunday as Terrell Ashby of the 1800 block of Oriole Street.

"We have a young man who should be starting his senior year in a few weeks, and instead his family is planning a funeral," Deputy Chief Marcus Belliveau said at a news conference Sunday afternoon. "That's not acceptable to anybody in this department."

Belliveau said investigators had recovered several shell casings and were reviewing surveillance video from the store and nearby homes. He declined to say whether detectives had identified a suspect, but said the shooting "does not appear to be random."

No arrests had been made as of Sunday evening.

The store's owner, Harjit Sandhu, said Ashby was a regular customer who often stopped in after basketball practice to buy sports drinks.

"He always said thank you. Every time," Sandhu said. "Who does that anymore?"

Ashby's aunt, Loretta Ashby-Grimes, who said she helped raise him, described her nephew as a quiet teen who had talked about studying engineering at Central State.

"He wasn't in the streets," she said. "People are going to want to make him into something he wasn't. He was a kid."

City Councilwoman Yvonne Prickett, whose district includes Harwood Park, said in a statement that she had asked the department to increase patrols in the area and called for "real investment, not just more squad cars" in the neighborhood.

The shooting comes as the city's homicide count has fallen slightly from last year's record pace. Through Saturday, police had recorded 84 homicides this year, compared with 97 at the same point last year, according to department figures.

Anyone with information is asked to call the homicide unit at 555-0143 or Crime Stoppers, which offers rewards of up to $2,500 for tips leading to an arrest.""",
        [
            ("We have a young man who", "Marcus Belliveau"),
            ("That's not acceptable to anybody", "Marcus Belliveau"),
            ("does not appear to be", "Marcus Belliveau"),
            ("He always said thank you.", "Harjit Sandhu"),
            ("Who does that anymore?", "Harjit Sandhu"),
            ("He wasn't in the streets,", "Loretta Ashby-Grimes"),
            ("People are going to want", "Loretta Ashby-Grimes"),
            ("real investment, not just more", "Yvonne Prickett"),
        ],
    ),
    (
        """By Raymond Okafor
The Ledger-Dispatch

Jurors in the murder trial of a former youth football coach accused of killing his business partner heard dueling portraits of the case Tuesday: a calculated killing driven by money, or a prosecution built on the word of a jailhouse informant.

Closing arguments in the trial of Dwight Keeler, 46, wrapped up shortly before 4 p.m. in Judge Annette Varga's courtroom at the Hollis County Justice Center. Jurors will begin deliberating Wednesday morning.

Keeler is charged with first-degree murder in the death of Stephen Mallory, 44, who was found shot inside the office of their landscaping company, Greenline Outdoor Services, on Feb. 9, 2022.

"This was not a fight that got out of hand," Assistant District Attorney Carla Wendt told jurors. "This defendant planned every step."

Wendt walked jurors through cellphone location records that she said placed Keeler near the office at the time of the shooting, despite his statement to detectives that he was home asleep.

"He told you where he was. His phone told you something else," Wendt said, pointing at a map projected on a screen. "Phones don't have a motive to lie, ladies and gentlemen. People do."

She also highlighted testimony from a forensic accountant who said Keeler had moved more than $180,000 out of the company's accounts in the months before Mallory's death. Mallory, Wendt said, had discovered the transfers and threatened to go to police.

Defense attorney Philip Arrendondo countered that the phone records showed only that Keeler was "somewhere within a two-mile radius" of the office, an area that includes his own home.

He spent much of his 90-minute closing attacking the credibility of Jerome Tate, a former cellmate who testified last week that Keeler confessed to him while the two were held at the county jail. Tate, Arrendondo said, had "every reason in the world to lie."

"Mr. Tate has four felony convictions. He's facing a fifth," Arrendondo told jurors. "And he walked in here hoping the people sitting at that table would help him with it. You heard him admit that."

Tate acknowledged on cross-examination that he had asked prosecutors for consideration on a pending burglary charge but said no promises had been made.

Wendt, in her rebuttal, said Tate's account included details about the crime scene that had never been released publicly.

"How does he know where the safe was?" she asked. "How does he know the victim was wearing one boot?"

Mallory's widow, Renee Mallory, sat in the front row throughout the arguments, at times holding hands with her two adult daughters. She declined to comment outside the courtroom, saying only that the family would "wait for the verdict."

Keeler, who did not testify, faces life in prison without the possibility of parole if convicted.""",
        [
            ("This was not a fight", "Carla Wendt"),
            ("This defendant planned every step.", "Carla Wendt"),
            ("He told you where he", "Carla Wendt"),
            ("Phones don't have a motive", "Carla Wendt"),
            ("somewhere within a two-mile radius", "Philip Arrendondo"),
            ("every reason in the world", "Philip Arrendondo"),
            ("Mr. Tate has four felony", "Philip Arrendondo"),
            ("And he walked in here", "Philip Arrendondo"),
            ("How does he know where", "Carla Wendt"),
            ("How does he know the", "Carla Wendt"),
            ("wait for the verdict.", "Renee Mallory"),
        ],
    ),
    (
        """By Lorraine Whitfield
Staff Writer

The city's interim police chief, a 27-year veteran of the department who rose from patrol officer to head its internal affairs unit, was named to the job permanently Thursday, ending a nine-month national search that drew criticism from some community groups.

Mayor Gerald Fontaine announced the appointment of Chief Angela Restrepo-Hall at a City Hall news conference, calling her "the right leader at the right moment" for a department still working to meet the terms of a 2021 reform agreement with the state attorney general's office.

"She knows this department from the inside, every unit and every district," Fontaine said. "And she has shown she is willing to hold officers accountable when they fall short. That combination is rare."

Restrepo-Hall, 51, has led the department on an interim basis since March, when former Chief Dennis Overholt retired amid a dispute with the City Council over overtime spending.

In brief remarks, she thanked her family and the rank-and-file officers, several dozen of whom filled the back of the room in uniform.

"I grew up four blocks from the Fourth District station," she said. "I know what it means when people in a neighborhood trust the police, and I know what it costs when they don't."

She said her priorities would include reducing response times, which averaged more than 14 minutes for high-priority calls last year, and filling about 160 vacant officer positions.

The appointment must be confirmed by the City Council, which is expected to vote Oct. 14. Council President Harold Nkemelu said he expected the confirmation to pass but that members would "ask hard questions" at a hearing next week.

Not everyone welcomed the choice. The Coalition for Police Accountability, which had pushed for an outside candidate, said in a statement that the selection "sends a message that the city is not serious about changing the culture" of the department.

"We don't doubt Chief Restrepo-Hall's sincerity," the statement said. "But an insider, however well-intentioned, is the person least likely to challenge the habits she grew up with."

Naomi Castellanos, the coalition's co-chair, said the group would press council members to attach conditions to the confirmation, including regular public reporting on use-of-force complaints.

Kevin Duchesne, president of the Metropolitan Police Officers' Guild, called the appointment "a good day for the men and women of this department."

The search committee, chaired by retired Judge Lillian Sorensen, interviewed six finalists, including two from out of state. Fontaine said Restrepo-Hall was the committee's unanimous recommendation.""",
        [
            ("the right leader at the", "Gerald Fontaine"),
            ("She knows this department from", "Gerald Fontaine"),
            ("And she has shown she", "Gerald Fontaine"),
            ("I grew up four blocks", "Angela Restrepo-Hall"),
            ("I know what it means", "Angela Restrepo-Hall"),
            ("ask hard questions", "Harold Nkemelu"),
            ("sends a message that the", "Coalition for Police Accountability"),
            ("We don't doubt Chief Restrepo-Hall's", "Coalition for Police Accountability"),
            ("But an insider, however well-intentioned,", "Coalition for Police Accountability"),
            ("a good day for the", "Kevin Duchesne"),
        ],
    ),
    (
        """By Marcus Tillery
Staff Writer

More than 200 residents packed the gymnasium of Lincoln-Vance Elementary School on Monday night for a tense, sometimes tearful meeting with police commanders about a string of carjackings and a shooting that left a retired bus driver partially paralyzed.

The meeting, organized by the Southgate Neighborhood Association, ran nearly an hour past its scheduled end as residents lined up at two microphones to question Capt. Theresa Okonkwo-Barnes, commander of the 6th Precinct, and other officials.

Many speakers said they no longer felt safe walking to their cars after dark.

"I've lived on Wexford Street for 31 years. I raised three kids there," said Bernice Hollowell, 68. "Now I carry my keys between my fingers like I'm 19 years old again and walking home from a party. That's what it's come to."

Okonkwo-Barnes said the precinct had recorded 23 carjackings since January, up from 11 over the same period last year. Most involved two or three young men, she said, and several of the stolen vehicles had later been used in other crimes.

She told the crowd that the department had assigned a plainclothes unit to the area and was working with the county prosecutor's office on what she described as "a handful of people driving most of this."

"I'm not going to stand up here and tell you we've solved this, because we haven't," Okonkwo-Barnes said. "But we know who some of these individuals are, and we are building cases."

The shooting that prompted much of the anger occurred Sept. 3, when 71-year-old Clarence Fitts was shot in the back as he unloaded groceries in his driveway on Pemberton Avenue. Fitts, who drove city buses for nearly three decades, remains hospitalized.

His son, Andre Fitts, spoke near the end of the meeting.

"My father forgave the man who did this before he was even out of surgery," he said, his voice breaking. "I'm not there yet. I want to know why nobody has been arrested."

Okonkwo-Barnes said detectives had "strong leads" in the case but could not discuss them.

Several residents also criticized the city for what they called neglect of the neighborhood, pointing to broken streetlights and abandoned houses. One man, who declined to give his name, said he had reported a dark stretch of Wexford Street to the city's 311 line "at least six times" without a response.

City Councilman Rodney Escobedo, who attended the meeting, said he would ask the public works department for a full lighting survey of the neighborhood by the end of the month.

"Lights are not going to fix everything," Escobedo said. "But people should not have to ask six times."

Association president Gloria Menendez-Park said the group planned to hold a follow-up meeting in December.""",
        [
            ("I've lived on Wexford Street", "Bernice Hollowell"),
            ("Now I carry my keys", "Bernice Hollowell"),
            ("a handful of people driving", "Theresa Okonkwo-Barnes"),
            ("I'm not going to stand", "Theresa Okonkwo-Barnes"),
            ("But we know who some", "Theresa Okonkwo-Barnes"),
            ("My father forgave the man", "Andre Fitts"),
            ("I'm not there yet.", "Andre Fitts"),
            ("strong leads", "Theresa Okonkwo-Barnes"),
            ("at least six times", "man"),
            ("Lights are not going to", "Rodney Escobedo"),
            ("But people should not have", "Rodney Escobedo"),
        ],
    ),
    (
        """PORT ADDISON — A police officer who fatally shot a 34-year-old man during a traffic stop in May will not face criminal charges, the Wyeth County district attorney announced Friday, saying the officer reasonably believed the man was reaching for a gun.

District Attorney Samuel Ostrander released a 41-page report on the May 18 shooting of Luis Carvajal, who was killed on Route 9 near the Harbor Road exit after Officer Brett Lindqvist pulled him over for an expired registration.

The report, prepared by the Wyeth County District Attorney's Office, concludes that Lindqvist "acted in accordance with his training and state law" when he fired four shots into Carvajal's car. Investigators found a loaded handgun on the floor on the driver's side, according to the report.

Body camera footage released by the department in June shows Lindqvist ordering Carvajal at least five times to show his hands before firing. The video is dark and partially obstructed, and the gun is not visible in it.

In a news release accompanying the report, Ostrander wrote:

"The loss of any life is a tragedy, and my heart goes out to Mr. Carvajal's family. But the law asks a specific question: whether a reasonable officer in that moment would have believed his life was in danger. The evidence shows that he would have."

Carvajal's family and their attorney rejected the findings at a news conference outside the county courthouse hours later.

"They investigated themselves, and they cleared themselves," said attorney Maribel Quintero, who represents Carvajal's mother and his two children. "Nobody in this family is surprised."

Quintero noted that the gun was registered to Carvajal's girlfriend, who has said it was kept in the car without his knowledge. She said the family would move forward with a federal civil rights lawsuit filed in August.

Carvajal's mother, Esperanza Carvajal, spoke briefly in Spanish, with Quintero translating.

"My son had his hands up at the end. I have seen that video 100 times," she said.

Police Chief Warren Delacroix said in a statement that the department would complete its own internal review.

"We respect the district attorney's findings and the process that produced them," the statement said. "Our internal review will examine not only whether Officer Lindqvist's actions were lawful, but whether they were consistent with department policy and training.

"We owe that to the community, and we owe it to the Carvajal family."

Lindqvist, a six-year veteran, has been on administrative duty since the shooting and will remain there pending the outcome of the internal review, a department spokeswoman said.

About 40 protesters gathered outside police headquarters Friday evening. Keisha Brandywine, one of the organizers, called the decision "a green light for the next shooting" and said the group would attend every City Council meeting until the review is complete.""",
        [
            ("acted in accordance with his", "Wyeth County District Attorney's Office"),
            ("The loss of any life", "Samuel Ostrander"),
            ("They investigated themselves, and", "Maribel Quintero"),
            ("Nobody in this family is", "Maribel Quintero"),
            ("My son had his hands", "Esperanza Carvajal"),
            ("We respect the district attorney's", "Warren Delacroix"),
            ("Our internal review will examine", "Warren Delacroix"),
            ("a green light for the", "Keisha Brandywine"),
        ],
    ),
    (
        """By Theo Vandermeer
Globe-Herald Staff

A 22-year-old man was ordered held without bail Wednesday on charges he fired into a crowd leaving a high school football game last week, wounding three teenagers, according to court records and prosecutors.

Jaylen Moorcroft of Eastfield pleaded not guilty at his arraignment in Kessler District Court to three counts of assault with intent to murder and related firearms charges.

According to an Eastfield Police Department report filed in court, Moorcroft had argued with a group of young men in the parking lot of Eastfield Memorial Stadium shortly after the Oct. 4 game ended. The report states that Moorcroft then walked to a parked car, returned with a handgun and "fired approximately six rounds in the direction of the group," striking three bystanders who had no part in the dispute.

Two boys, ages 15 and 16, and a 17-year-old girl were wounded. All three have been released from the hospital, Assistant District Attorney Howard Lim told the court.

Lim argued for detention, saying Moorcroft posed "an obvious and ongoing danger" to the community.

"The defendant brought a loaded gun to a high school football game," Lim said. "When he didn't like how an argument was going, he used it, in a crowd full of children."

Moorcroft's court-appointed attorney, Sylvia Duarte-Kemp, said her client had no prior convictions and worked full time at a distribution warehouse. She asked Judge Franklin Oyelaran to set bail at $25,000.

"There are serious questions about the identification in this case," Duarte-Kemp said, noting that the shooting occurred after dark and that no weapon had been recovered.

Oyelaran denied the request, finding that no conditions of release could "reasonably assure the safety of the public."

Moorcroft, wearing a gray sweatshirt, said nothing during the brief hearing except to answer "Yes, your honor" when asked if he understood the charges.

Police arrested Moorcroft on Monday at an apartment on Linden Street after a three-day search. A police spokesman said officers were still looking for the weapon and asked anyone with information to contact detectives.

"We're confident we have the right person, but this investigation is not over," the spokesman said.

Eastfield School Superintendent Marjorie Tillotson said in a letter to families Tuesday that the district would add uniformed officers and metal detectors at all home games for the rest of the season.

"Friday nights should be a time for our community to come together," Tillotson wrote. "What happened last week shattered that, and we are going to do everything in our power to restore it."

Moorcroft is due back in court Nov. 12.""",
        [
            ("fired approximately six rounds in", "Eastfield Police Department"),
            ("an obvious and ongoing danger", "Howard Lim"),
            ("The defendant brought a loaded", "Howard Lim"),
            ("When he didn't like how", "Howard Lim"),
            ("There are serious questions about", "Sylvia Duarte-Kemp"),
            ("reasonably assure the safety of", "Franklin Oyelaran"),
            ("Yes, your honor", "Jaylen Moorcroft"),
            ("We're confident we have the", "police spokesman"),
            ("Friday nights should be a", "Marjorie Tillotson"),
            ("What happened last week shattered", "Marjorie Tillotson"),
        ],
    ),
    (
        """RIVERTON — A former day care owner was sentenced Thursday to 12 years in prison for the death of a 14-month-old boy who was left in a hot van for more than four hours, after an emotional hearing in which the boy's mother told the court she still listens for him every morning.

Denise Harrower, 53, pleaded guilty in August to involuntary manslaughter and child endangerment in the death of Mateo Quinlan, who died July 11 of last year after being left in a van outside Little Acorns Learning Center.

Mateo's mother, Jessica Quinlan, read a statement to the court, pausing several times to collect herself.

"I still set out two cups in the morning. I still listen for him when I wake up," she said. "The house is so quiet now that I can hear the refrigerator running from upstairs.

"People tell me it will get easier. I don't want it to get easier. Easier means forgetting, and I will not forget one second of him."

Assistant Prosecutor Leah Drummond also read a letter from Mateo's grandmother, Rosalind Peralta, who lives out of state and could not attend.

"He was the first grandchild, the one we waited for," Peralta wrote. "I held him twice. That is all I will ever have."

Harrower's attorney, Gordon Whitlatch, asked Judge Clifford Amundsen for a sentence of probation, noting that his client had no criminal record and had operated the center for 19 years.

"This was a terrible mistake, not a crime of cruelty," Whitlatch said. "She has punished herself every day since, and she will for the rest of her life."

Turning toward the Quinlans, Harrower said she thinks about Mateo "every hour of every day" and would "never ask for your forgiveness, because I don't deserve it."

Amundsen said the record showed Harrower had been warned. The Riverton County Department of Child Care Licensing had cited the center in 2021 for failing to keep accurate headcounts during transport, according to inspection records. An inspection report from that year noted that staff "could not account for all children" after returning from a field trip.

"You were told, in writing, that your procedures were putting children at risk," Amundsen said. "You chose not to fix them. That is not a mistake."

Harrower will be eligible for release after serving eight years. The center closed permanently last fall, and the state has revoked her license.

Outside the courthouse, Drummond said the sentence "sends a message to every child care provider in this state" about the duty owed to the families who trust them.""",
        [
            ("I still set out two", "Jessica Quinlan"),
            ("The house is so quiet", "Jessica Quinlan"),
            ("He was the first grandchild,", "Rosalind Peralta"),
            ("I held him twice.", "Rosalind Peralta"),
            ("This was a terrible mistake,", "Gordon Whitlatch"),
            ("She has punished herself every", "Gordon Whitlatch"),
            ("every hour of every day", "Denise Harrower"),
            ("never ask for your forgiveness,", "Denise Harrower"),
            ("could not account for all", "Riverton County Department of Child Care Licensing"),
            ("You were told, in writing,", "Clifford Amundsen"),
            ("You chose not to fix", "Clifford Amundsen"),
            ("sends a message to every", "Leah Drummond"),
        ],
    ),
    (
        """By Keith Anselmo
Staff Writer

Police Chief Roberta Galloway fired two officers Tuesday and suspended a sergeant for 30 days after an internal investigation found they falsified reports about a January arrest that left a man with a fractured eye socket.

The officers, Jason Pruett and Daniel Szymanski, had been assigned to the department's Neighborhood Impact Unit, a plainclothes team known on the street as the "jump-out boys." Galloway also announced that the unit would be disbanded effective immediately.

"The reports these officers wrote did not describe what happened. The video does," Galloway said at a news conference at police headquarters. "When an officer puts something false in a report, he has broken the one thing this whole system depends on."

The arrest of Curtis Lamarr Beecham, 29, on Jan. 22 outside a bar on Halsey Street was captured by a surveillance camera across the street. In his report, Pruett wrote that Beecham had "lunged toward officers in an aggressive manner" before being taken to the ground.

The footage, which the department released Tuesday, shows Beecham standing with his hands at his sides when Pruett pulls him off his feet. Szymanski can be seen striking Beecham at least twice while he is on the ground.

The findings of the department's Office of Professional Standards, detailed in a report titled "Review of Use of Force Incident 24-0117," concluded that the sergeant who approved the reports, Sgt. Wallace Fennimore, "failed to review available video evidence" before signing off.

Charges against Beecham, including assaulting an officer and resisting arrest, were dropped in March.

His attorney, Nathaniel Osei-Bonsu, said the firings were "long overdue" but did not go far enough.

"These officers sent a man to jail on a lie, and the department knew it for months," Osei-Bonsu said. "Firing them is the floor, not the ceiling."

He said Beecham, who required surgery, would file a civil suit against the city.

Anthony Ricciardelli, president of the Brotherhood of Patrol Officers Local 4, said the union would appeal both firings through arbitration.

"These are two officers who have made hundreds of arrests without a single sustained complaint," Ricciardelli said. "They deserve due process, and they haven't gotten it."

Outside headquarters, about two dozen demonstrators held signs reading "Justice for Curtis" and "Disband, Don't Rebrand."

Osei-Bonsu said the Beecham family had asked the county prosecutor to review the case for possible criminal charges. A spokeswoman for the prosecutor's office said only that the office "has received the referral and is reviewing it."

Fennimore, a 22-year veteran, will return to duty after his suspension and has been reassigned to the department's records division.""",
        [
            ("The reports these officers wrote", "Roberta Galloway"),
            ("When an officer puts something", "Roberta Galloway"),
            ("lunged toward officers in an", "Jason Pruett"),
            ("failed to review available video", "Office of Professional Standards"),
            ("long overdue", "Nathaniel Osei-Bonsu"),
            ("These officers sent a man", "Nathaniel Osei-Bonsu"),
            ("Firing them is the floor,", "Nathaniel Osei-Bonsu"),
            ("These are two officers who", "Anthony Ricciardelli"),
            ("They deserve due process, and", "Anthony Ricciardelli"),
            ("has received the referral and", "spokeswoman for the prosecutor's office"),
        ],
    ),
]
