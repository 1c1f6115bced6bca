CASES = [
    (
'''SPRINGFIELD, Ill. — A former Hadley County treasurer who siphoned nearly $2.3 million from public accounts to pay for a lake house, vacations and a racing boat was sentenced Tuesday to eight years in federal prison.

U.S. District Judge Marian Okonkwo-Reyes said the scheme by Dennis Farrow, 61, amounted to “a betrayal of every taxpayer in this county” and rejected a request from his lawyers for home confinement.

“You were trusted with the public’s money, and you treated it like a personal checking account,” Okonkwo-Reyes told Farrow before imposing the sentence.

Farrow, who pleaded guilty in March to wire fraud and money laundering, stood with his hands clasped as the sentence was read. Addressing the court moments earlier, he apologized to his former colleagues, to county residents and to his wife of 34 years.

“I have no excuse for what I did, and I’m not going to stand here and make one,” he said, his voice breaking.

Prosecutors had sought 10 years. Assistant U.S. Attorney Keith Lindqvist argued that Farrow had covered his tracks for nearly a decade by paying fake invoices to a shell company he registered as “Prairie Lawn Solutions,” which had no employees and mowed no lawns.

“This was not a single lapse in judgment. It was a carefully engineered deception that went on for years,” Lindqvist said.

Defense attorney Rochelle Banerjee said her client had struggled with a gambling addiction and had already begun repaying the county by selling two properties. Speaking to reporters outside the courthouse, she called the sentence “far harsher than it needed to be” but said Farrow would not appeal.

The theft came to light in 2022 after an outside audit, later published under the title “Follow the Money,” flagged dozens of payments with no supporting paperwork. The county’s current treasurer, Lydia Ostrowski, said in a statement that her office now requires two signatures on every payment over $1,000.

Farrow must report to prison by Sept. 15. Okonkwo-Reyes also ordered him to pay $2.27 million in restitution.''',
        [
            ("a betrayal of every taxpayer", "Marian Okonkwo-Reyes"),
            ("You were trusted with the", "Marian Okonkwo-Reyes"),
            ("I have no excuse for", "Dennis Farrow"),
            ("This was not a single", "Keith Lindqvist"),
            ("far harsher than it needed", "Rochelle Banerjee"),
        ],
    ),
    (
'''MILWAUKEE — Prosecutors told jurors Monday that a tow-truck operator lured a business rival to an empty salvage yard last fall and shot him twice in the back, while the defense insisted the killing was an act of self-defense by a man who feared for his life.

The trial of Travis Delacroix-Boone, 34, in the death of Marcus Whitfield, 41, opened in Milwaukee County Circuit Court before Judge Henry Vasquez-Lamb and is expected to last about two weeks.

In her opening statement, Assistant District Attorney Corinne Haldane walked jurors through a series of text messages she said showed Delacroix-Boone planning the meeting for days. In one, sent the night before the shooting, he wrote that Whitfield was “finally going to learn his lesson.”

“This wasn’t a fight that got out of hand. This was an ambush,” Haldane told the jury.

She said surveillance video from a neighboring auto body shop would show Whitfield turning to walk away moments before the shots were fired.

Defense attorney Leonard Pruitt countered that Whitfield, known on the city’s north side as “Big Mike,” had threatened his client repeatedly and had reached toward his waistband during the confrontation. No gun was found on Whitfield’s body, but Pruitt suggested one could have been taken from the scene before police arrived.

“Travis didn’t go to that yard looking for trouble,” Pruitt said. “He went there to settle a dispute, and he left there terrified.”

The feud between the two men, which police have described as a fight over lucrative city towing contracts, had simmered for more than a year. Whitfield’s company had won a contract that Delacroix-Boone’s firm previously held.

Outside the courtroom, Whitfield’s sister, Denise Whitfield-Harris, wore a T-shirt bearing her brother’s photograph and the words “Justice for Marcus.”

“My brother was not a saint, but he did not deserve to die in the dirt like that,” she said.

A spokesperson for the district attorney’s office declined to comment beyond what was said in court.

Testimony is scheduled to begin Tuesday with the first officer to arrive at the scene.''',
        [
            ("finally going to learn his", "Travis Delacroix-Boone"),
            ("This wasn’t a fight that", "Corinne Haldane"),
            ("Travis didn’t go to that", "Leonard Pruitt"),
            ("He went there to settle", "Leonard Pruitt"),
            ("My brother was not a", "Denise Whitfield-Harris"),
        ],
    ),
    (
'''CLEVELAND — Police Chief Antoinette Marsh on Thursday released body-camera footage showing an officer shooting a 19-year-old driver during a traffic stop on the city’s east side last week, a move she said was necessary to keep the public’s trust.

The video shows Officer Bradley Keane firing three times into the driver’s side of a gray sedan after the driver, Jaylen Fosters, accelerated toward a second officer standing near the front bumper. Fosters was hit twice and remains in critical condition at MetroHealth Medical Center.

“I’m not here to tell you what to think about this video. I’m here to show you what happened and let the investigation do its work,” Marsh said at a news conference at police headquarters.

Keane, a six-year veteran, has been placed on paid administrative leave, which a department spokesperson described as “standard procedure in any use-of-force incident.” The Ohio Bureau of Criminal Investigation is handling the inquiry.

Sgt. Raymond Dulak, president of the Cleveland Police Patrolmen’s Association, said the footage showed an officer making a split-second decision to protect his partner.

“Officer Keane had a fraction of a second to decide whether his partner was going to live or die,” Dulak said.

Fosters’ family said the video raised more questions than it answered. His mother, Tamika Fosters, told a crowd at a vigil Thursday night that her son had been trying to get away, not to run anyone over.

“He was terrified of the police. He was 19 years old, and he panicked,” she said.

The family’s attorney, Gregory Adeyemi, said they were weighing a civil lawsuit and called on the city to release dispatch recordings from the stop. In a post on X, Citizens for Police Accountability, a local advocacy group, said the footage was “another reminder that a traffic stop should never become a death sentence.” The group has planned a march Saturday under the banner “Ride Home Safe.”

Marsh said the dispatch audio would be released once state investigators had reviewed it. She did not say when that would be.''',
        [
            ("I’m not here to tell", "Antoinette Marsh"),
            ("standard procedure in any use-of-force", "department spokesperson"),
            ("Officer Keane had a fraction", "Raymond Dulak"),
            ("He was terrified of the", "Tamika Fosters"),
            ("another reminder that a traffic", "Citizens for Police Accountability"),
        ],
    ),
    (
'''PHOENIX (AP) — A Maricopa County jury on Friday convicted a former youth pastor of sexually abusing three boys who attended his church's summer camp, ending a three-week trial that drew dozens of parents to the courtroom each day.

Jurors deliberated for about six hours before finding Caleb Norquist, 38, guilty on 11 of 12 counts. He faces a mandatory minimum of 40 years in prison when he is sentenced in October.

Norquist showed little reaction as the verdicts were read. His attorney, Sylvia Marchetti, said she would file a motion for a new trial, arguing that Superior Court Judge Thomas Brandvold had wrongly allowed testimony about allegations that were never charged.

"We respect the jury's work, but we believe serious legal errors were made in this trial, and this case is far from over," Marchetti said.

The case came to light in 2022 when one of the boys, then 14, confided in a school counselor. Prosecutors said Norquist, who ran a mentoring program called "Brave Hearts" for at-risk teens, used his position to isolate the boys from their families and reward their silence with gifts.

Maricopa County Attorney Dolores Kincaid praised the victims, now young men, for testifying.

"They walked into a courtroom and faced the person who hurt them. That takes a kind of courage most adults never have to find," she said.

Outside the courthouse, the father of one of the victims, who asked not to be named to protect his son's identity, said the family had felt "a weight lifted off our shoulders" when the first guilty verdict was read. He said his son had followed the proceedings from home.

Living Waters Fellowship, the Tempe church where Norquist worked for nine years, said in a statement that it had "cooperated fully with law enforcement from the very first day" and had since adopted new child-safety policies. Norquist was fired in 2022.''',
        [
            ("We respect the jury's work", "Sylvia Marchetti"),
            ("They walked into a courtroom", "Dolores Kincaid"),
            ("a weight lifted off our", "father of one of the victims"),
            ("cooperated fully with law enforcement", "Living Waters Fellowship"),
        ],
    ),
    (
'''SACRAMENTO — A state appeals court on Wednesday overturned the murder conviction of a Fresno man serving life in prison for a 2011 gang shooting, ruling that prosecutors had kept jurors from learning that their star witness was promised leniency in his own drug case.

In a unanimous decision, a three-judge panel of the 5th District Court of Appeal said the Fresno County District Attorney’s Office had violated its constitutional duty to turn over evidence favorable to the defense. The panel ordered a new trial for Luis Arredondo, now 37.

The witness, Daniel Ruelas, had told jurors at the 2012 trial that he was “not getting any kind of deal” for his testimony. Notes later found in a prosecutor’s file showed that Ruelas’ attorney had negotiated a reduced sentence weeks before he took the stand.

Writing for the court, Justice Evelyn Tran-Whitaker said the omission “struck at the very heart of the jury’s ability to judge credibility.” The ruling is likely to renew scrutiny of the county’s reliance on so-called “cooperating witnesses” in gang prosecutions.

The Northern California Innocence Alliance, which took up Arredondo’s case in 2019, called the ruling “a long overdue step toward justice for Luis and his family.”

District Attorney Warren Pelletier said in a written statement that his office was reviewing the decision and had not decided whether to retry Arredondo or ask the California Supreme Court to review it. He noted that the prosecutor who handled the 2012 trial retired years ago.

Arredondo’s mother, Graciela Arredondo, learned of the ruling in a phone call from his lawyers while she was at work at a fruit-packing plant in Selma.

“I have waited 12 years for somebody to listen to my son,” she said.''',
        [
            ("not getting any kind of", "Daniel Ruelas"),
            ("struck at the very heart", "Evelyn Tran-Whitaker"),
            ("a long overdue step toward", "Northern California Innocence Alliance"),
            ("I have waited 12 years", "Graciela Arredondo"),
        ],
    ),
    (
'''DETROIT — After 26 years in prison for a murder he always insisted he did not commit, Reginald Oyelaran walked out of the Wayne County Jail on Monday afternoon and into the arms of his daughter, who was 3 years old when he was arrested.

A Wayne County Circuit judge vacated Oyelaran’s conviction earlier in the day at the request of prosecutors, after a two-year review by the county’s Conviction Integrity Unit found that the only eyewitness had recanted and that fingerprints on the victim’s car matched another man, who died in 2009.

“Today the system finally did what it should have done in 1999,” said Oyelaran’s lawyer, Miriam Castellano-Hughes of the Great Lakes Exoneration Project.

Standing on the jail steps in a borrowed suit, Oyelaran, now 58, spoke quietly about the people he had lost while he was inside, including both of his parents.

“I used to lie awake and tell myself that the truth doesn’t have an expiration date,” he said. “I had to believe that, or I would have lost my mind.

“I’m not angry. I don’t have room for that anymore. I just want to go home and eat a real meal with my family.”

Kimberly Ashworth-Lane, the assistant prosecutor who leads the integrity unit, said the original investigation was “a textbook case of tunnel vision” by detectives who settled on a suspect within hours. She said her office had reviewed more than 200 cases since the unit was created in 2018, and that Oyelaran was the 14th person it had helped exonerate.

The case drew wide attention after it was featured in the 2021 podcast “The Long Wait,” whose host attended Monday’s hearing. Relatives who gathered outside the jail held hand-lettered signs reading “Welcome Home Reggie.”

Under Michigan law, Oyelaran may be eligible for $50,000 in compensation for each year he was wrongfully imprisoned. Castellano-Hughes said her team would file a claim within weeks.''',
        [
            ("Today the system finally did", "Miriam Castellano-Hughes"),
            ("I used to lie awake", "Reginald Oyelaran"),
            ("I had to believe that", "Reginald Oyelaran"),
            ("a textbook case of tunnel", "Kimberly Ashworth-Lane"),
        ],
    ),
    (
'''BOSTON — A judge on Thursday ordered a Dorchester man held without bail on charges that he fired into a crowded backyard cookout over the Fourth of July weekend, wounding four people, including a 7-year-old girl.

Devonte Sykes-Moreland, 24, pleaded not guilty at his arraignment in Dorchester District Court to four counts of armed assault with intent to murder and several firearms charges. Judge Patricia Kowalczyk granted a prosecution request for a dangerousness hearing and ordered him held until then.

Assistant District Attorney Owen Fairbanks told the court that two witnesses identified Sykes-Moreland and that shell casings found at the scene matched a handgun police recovered from his girlfriend's apartment in Mattapan.

"There were children playing in that yard. There was a birthday cake on the table," Fairbanks said.

Sykes-Moreland's attorney, Naomi Ferreira-Watts, said her client was working a shift at a warehouse in Canton when the shooting happened, and that the identification rested on "a grainy cellphone video and neighborhood rumor." She asked the judge to set bail at $5,000, noting that he has no prior convictions.

A law enforcement official familiar with the investigation, who spoke on condition of anonymity because the case is ongoing, said detectives believe the shooting was "part of a back-and-forth that has been going on for months" between two groups of young men who taunt each other in online videos. One of the groups calls itself the "Greenwood Gang," the official said.

The girl, who was struck in the leg, was released from Boston Children's Hospital on Tuesday. Her grandmother, Lorraine Beckford, said the family had been overwhelmed by support from neighbors.

"She keeps asking me why somebody would shoot at a birthday party, and I don't have an answer for her," Beckford said.

Sykes-Moreland is due back in court July 22.''',
        [
            ("There were children playing in", "Owen Fairbanks"),
            ("a grainy cellphone video and", "Naomi Ferreira-Watts"),
            ("part of a back-and-forth that", "law enforcement official familiar with the investigation"),
            ("She keeps asking me why", "Lorraine Beckford"),
        ],
    ),
    (
'''ATLANTA — Detention officers at the Calder County jail failed to check on a diabetic inmate for nearly nine hours before he was found unresponsive in his cell in February, and later filled in observation logs to make it appear they had, according to a state investigation released Tuesday.

The 43-page report by the Georgia Bureau of Investigation, titled “Review of In-Custody Death: Calder County Detention Center,” found that medical staff had been “repeatedly alerted to Mr. Albright’s deteriorating condition” but never examined him.

Terrence Albright, 52, had been booked on a misdemeanor shoplifting charge and told intake staff he was insulin-dependent, according to the report. The county medical examiner ruled that he died of complications of diabetic ketoacidosis.

Calder County Sheriff Wendell Prothro, whose office runs the jail, said three detention officers had been fired and a fourth had resigned before she could be disciplined.

“What happened to Mr. Albright is unacceptable, and as sheriff, I own it,” Prothro said at a news conference Tuesday afternoon.

Albright’s daughter, Keisha Albright-Moore, said that was not nearly enough.

“Firing a few guards doesn’t fix a system that let my father die begging for help,” she said.

Her attorney, Franklin Oduya, said the family planned to sue the county and Southern Correctional Health, the private company that holds the jail’s medical contract.

Southern Correctional Health said in an emailed statement that it was “cooperating fully with all reviews of this tragic event” and that two of its nurses had been placed on leave.

The GBI has referred its findings to the district attorney’s office, which will decide whether to bring criminal charges.''',
        [
            ("repeatedly alerted to Mr. Albright’s", "Georgia Bureau of Investigation"),
            ("What happened to Mr. Albright", "Wendell Prothro"),
            ("Firing a few guards doesn’t", "Keisha Albright-Moore"),
            ("cooperating fully with all reviews", "Southern Correctional Health"),
        ],
    ),
]
