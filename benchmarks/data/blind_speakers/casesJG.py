CASES = [
    (
        """Family of man killed by Millbrook police files civil rights lawsuit

By DANA HOLLOWAY Associated Press

MILLBROOK, Ohio (AP) — The family of a 34-year-old man fatally shot by a Millbrook police officer during a traffic stop last spring filed a federal civil rights lawsuit Tuesday, alleging the officer fired without warning and the city ignored years of complaints about his conduct.

The lawsuit, filed in U.S. District Court in Columbus, names Officer Kyle Brandt, Police Chief Ronald Marsh and the city of Millbrook as defendants. It seeks unspecified damages and asks a judge to order changes to the department's use-of-force training.

Terrence Oduya was shot three times on April 14 after Brandt pulled him over on Harlan Avenue for what police initially described as a broken taillight. Body camera footage released in June shows Oduya reaching toward the center console moments before the shots were fired. The family's attorneys say he was reaching for his wallet, which was later found on the passenger seat.

"Terrence did exactly what any of us would do when a police officer asks for identification," attorney Monica Feld said at a news conference outside the courthouse. "He reached for his wallet, and he was dead within four seconds."

Oduya's mother, Grace Oduya, held a framed photograph of her son as she spoke. "I don't want another mother standing where I'm standing," she said. "That's all this is about."

The complaint says Brandt had been the subject of at least six citizen complaints since 2017, including two alleging excessive force, and that none resulted in discipline. It accuses the department of ignoring warning signs about officers with troubling records.

A city spokeswoman, Lena Ortiz, said Millbrook does not comment on pending litigation. In a statement, the Fraternal Order of Police Lodge 41 said Brandt "acted within his training and within the law" and noted that a grand jury had declined to indict him in September.

The Franklin County prosecutor's office presented the case to the grand jury after an investigation by the state Bureau of Criminal Investigation. Prosecutor Alan Whitcomb said at the time that jurors had heard from 14 witnesses and reviewed all available video.

Feld said the criminal outcome does not settle the civil question. "The standard in a courtroom like this one is different, and so is the question," she said. "We're not asking whether Officer Brandt committed a crime. We're asking whether this city let a dangerous officer keep a badge."

Brandt returned to patrol duty in October, according to department records.

Marsh, who became chief in 2019, told The Associated Press in an interview last month that the department had since overhauled the way it tracks complaints against officers and flags repeat problems for supervisors. "We've made changes, and we'll keep making them," he said.

The case has been assigned to U.S. District Judge Ellen Forsythe. No hearing date has been set.""",
        [
            ("Terrence did exactly what any", "Monica Feld"),
            ("He reached for his wallet", "Monica Feld"),
            ("I don't want another mother", "Grace Oduya"),
            ("That's all this is about.", "Grace Oduya"),
            ("acted within his training and", "Fraternal Order of Police Lodge 41"),
            ("The standard in a courtroom", "Monica Feld"),
            ("We're not asking whether Officer", "Monica Feld"),
            ("We've made changes, and we'll", "Ronald Marsh"),
        ],
    ),
    (
        """Inquest jury finds deputy feared for his life in fatal Kentview shooting

By Rachel Amundsen
Times staff reporter

An inquest jury on Thursday concluded that a Harlow County sheriff’s deputy believed his life was in danger when he shot and killed a 22-year-old man outside a Kentview apartment complex in 2021, but jurors split on whether the deputy had tried to de-escalate before firing.

The six-member panel answered 41 written questions over two days of deliberations, the final step in a process that included nearly three weeks of testimony. Inquest findings are not verdicts, and the county prosecutor will decide separately whether to file charges.

Deputy Marcus Teague shot Joshua Reyes-Whitfield on the night of Nov. 3, 2021, after responding to a 911 call reporting a man with a knife in the parking lot of the Cedar Hollow Apartments. Teague testified last week that Reyes-Whitfield advanced toward him after being told repeatedly to drop the knife.

“He was maybe ten feet from me and closing,” Teague told jurors. “I didn’t have anywhere to go.”

Four of the six jurors found that Teague did not attempt to create distance or call for a less-lethal option before firing. Two jurors found he did.

Reyes-Whitfield’s sister, Alondra Reyes, sat in the front row throughout the proceedings. Outside the building Thursday, she said the split answers confirmed what the family had long believed.

“They heard it. They saw the video. Most of them agreed he never tried anything else,” she said. “My brother was in crisis. He needed help, and he got a gun pointed at him.”

Family members have said Reyes-Whitfield had been diagnosed with bipolar disorder and had stopped taking his medication weeks before his death.

Sheriff Dolores Kincaid said in a written statement that the inquest had been “thorough and fair” and that her office respected the jury’s work. She said Teague, who has been on administrative duty since the shooting, would remain there until the prosecutor’s review is complete.

Harlow County Prosecuting Attorney Benjamin Yates, whose office will now review the findings, said he expected to announce a decision “within months, not years.” His spokesperson declined to elaborate on the timeline.

The inquest was among the first held after the county overhauled its process in 2020, following complaints from families that earlier inquests routinely cleared officers with little scrutiny. The revised rules allow families to be represented by counsel and to question witnesses, and they require jurors to answer whether an officer followed department training.

Cheryl Matsuda, an attorney with the Alder Street Law Collective who represented the family, said the reforms had made a difference but did not go far enough.

“The questions are better than they were. The process is better than it was,” Matsuda said. “But at the end of the day, a family sits through three weeks of this and walks away with a list of answers and no accountability.”

The family has filed a wrongful death claim against the county, a required step before a lawsuit can be brought.""",
        [
            ("He was maybe ten feet", "Marcus Teague"),
            ("I didn’t have anywhere to", "Marcus Teague"),
            ("They heard it. They saw", "Alondra Reyes"),
            ("My brother was in crisis.", "Alondra Reyes"),
            ("thorough and fair", "Dolores Kincaid"),
            ("within months, not years.", "Benjamin Yates"),
            ("The questions are better than", "Cheryl Matsuda"),
            ("But at the end of", "Cheryl Matsuda"),
        ],
    ),
    (
        """Port Ellery to pay $9.5 million over police killing of teenager

By Marcus Whitford

(Reuters) - The city of Port Ellery, Maryland, will pay $9.5 million to settle a federal civil rights lawsuit brought by the family of a 16-year-old boy shot dead by a police officer in 2022, lawyers for the family said on Monday.

The settlement, which still requires approval by the city council, would be the largest in the city's history for a police shooting, according to court records and local officials.

Darnell Whitaker was shot in the back as he ran from officers who had stopped a car in which he was a passenger, according to the lawsuit. Police said at the time that officers believed he was armed; no weapon was recovered.

"No amount of money brings Darnell home," said Benjamin Crane, a lawyer for the family. "But this settlement is an admission, whatever the city calls it, that what happened on that sidewalk was wrong."

The city did not admit wrongdoing under the terms of the agreement, a copy of which was reviewed by Reuters.

A spokesman for Mayor Teresa Galloway said the settlement was "in the best interest of the city and its residents" and would allow the family and the community "to begin to heal." The spokesman declined to comment further.

The officer, Sergeant Paul Devereaux, was fired in 2023 after an internal investigation found he had violated the department's foot pursuit policy. He was charged with manslaughter but acquitted by a jury last year. His lawyer, Frank Hollis, did not respond to a request for comment.

The shooting prompted weeks of protests in Port Ellery, a city of about 110,000 on the Chesapeake Bay, and led the U.S. Justice Department to open a civil investigation into the police department's practices. That investigation is ongoing, a Justice Department spokesperson said.

Civil rights advocates said the size of the settlement reflected growing pressure on cities to resolve such cases before they reach a jury.

"Juries have become much more willing to hold cities accountable, and city attorneys know that," said Angela Moss, a professor at the Chesapeake State University School of Law who studies police misconduct litigation. She said settlements in police shooting cases involving minors had risen sharply in the past five years.

Whitaker's grandmother, Lorraine Whitaker, who raised him, said in a statement released through the family's lawyers that she would use part of the money to start a scholarship in his name at the high school he attended.

"Darnell wanted to be an engineer," the statement said. "He should have had the chance."

The council is expected to vote on the settlement at its meeting on March 18.""",
        [
            ("No amount of money brings", "Benjamin Crane"),
            ("But this settlement is an", "Benjamin Crane"),
            ("in the best interest of", "spokesman"),
            ("to begin to heal.", "spokesman"),
            ("Juries have become much more", "Angela Moss"),
            ("Darnell wanted to be an", "Lorraine Whitaker"),
            ("He should have had the", "Lorraine Whitaker"),
        ],
    ),
    (
        """Police release body camera video in fatal shooting of Eastgate man

By Tomás Villanueva
Staff Writer

Fairhaven police on Wednesday released body camera footage showing the moments before an officer shot and killed a 41-year-old man in the Eastgate neighborhood last month, as the man’s family and community leaders renewed calls for the officer to be fired.

The roughly six-minute video, edited and narrated by the department, shows two officers approaching Leonard Pruitt outside a convenience store on Sycamore Street on Feb. 9 after a clerk called 911 to report a man shouting at and threatening customers. Pruitt can be seen pulling a dark object from his waistband. One officer fires five times.

Police later said the object was a black lighter shaped like a handgun.

Interim Chief Sandra Okafor, speaking at a news conference before the release, said she had watched the video “more times than I can count.”

“I want to be clear with this community about what this video shows and what it does not show,” Okafor said. “It shows an officer making a decision in under two seconds. It does not answer every question, and it is not the end of the investigation.”

The officer, who has not been publicly identified, has been placed on paid administrative leave, which is standard practice, a department spokesman said. The state Bureau of Investigation is reviewing the shooting.

Pruitt’s cousin, Denise Harmon, watched the footage with family members at their attorney’s office before it was made public. She described what she saw:

“He turned around. He had something in his hand, yes. But he never pointed it at anybody. They didn’t say a word to him that I could hear before they started shooting.

“Leonard had his problems. Everybody knows that. That doesn’t mean he deserved to die in a parking lot.”

Relatives have said Pruitt struggled with mental illness and had been hospitalized twice in the past year.

The Rev. Calvin Bright, pastor of New Hope Missionary Baptist Church, said the department’s decision to narrate the footage undercut its value. Bright, who leads the Eastgate Clergy Coalition, called for the release of the full, unedited recordings from every officer on scene.

“When the police edit the video and tell you what you’re seeing, that’s not transparency. That’s public relations,” he said.

A spokesman for the Fairhaven Police Officers Association said the union would not comment while the investigation was open but urged residents to “wait for all the facts.”

Under a city ordinance adopted in 2021, the department must release body camera footage of police shootings within 30 days. Okafor said the department would release the unedited files once investigators gave approval.

Councilwoman Yvette Durham, whose district includes Eastgate, said she would ask for a hearing on the department’s crisis response training. In a post on social media, she wrote that Pruitt’s death was “exactly the kind of call” that should have involved mental health responders rather than armed officers.""",
        [
            ("more times than I can", "Sandra Okafor"),
            ("I want to be clear", "Sandra Okafor"),
            ("It shows an officer making", "Sandra Okafor"),
            ("He turned around. He had", "Denise Harmon"),
            ("Leonard had his problems. Everybody", "Denise Harmon"),
            ("When the police edit the", "Calvin Bright"),
            ("wait for all the facts.", "spokesman"),
            ("exactly the kind of call", "Yvette Durham"),
        ],
    ),
    (
        """Jury awards $4.2 million to man paralyzed in Dellwood police shooting

By JAMES PORTER Associated Press

DELLWOOD, Texas (AP) — A federal jury on Friday awarded $4.2 million to a man left paralyzed after a Dellwood police officer shot him during a mental health call in 2020, finding the officer used excessive force in violation of his constitutional rights.

Jurors deliberated for about six hours before siding with Eric Saldana, 29, who was shot in the spine in his parents' backyard after his mother called 911 to say he was having a psychiatric episode and had cut himself with a kitchen knife.

Saldana, who uses a wheelchair, wiped his eyes as the verdict was read. Outside the courthouse, he told reporters that he had not expected to win.

"For three years, everybody told me it was my fault," Saldana said. "Today twelve people said it wasn't."

The jury found Officer Travis Kell liable but rejected Saldana's claim against the city of Dellwood, which argued that its training and policies were adequate. Under federal law, cities can be held liable for an officer's actions only if a policy or custom caused the violation.

Kell's attorney, Rebecca Lyle, said her client was disappointed and was weighing an appeal. She noted that a Brazos Fork County grand jury declined to indict Kell in 2021. "Officer Kell responded to a call involving a man with a knife, and he made a split-second decision to protect himself and his partner," Lyle said in a statement. "We respectfully disagree with the jury."

Saldana's mother, Rosa Saldana, testified during the trial that she had told the dispatcher her son was not a danger to anyone but himself. Body camera video played for jurors showed Kell entering the backyard and firing twice within about eight seconds of seeing Saldana, who was holding the knife at his side.

Saldana's lead attorney, Howard Beane, told jurors in closing arguments Thursday that Kell "created the emergency he then used to justify pulling the trigger."

The city has paid about $600,000 to outside lawyers defending the case, according to records obtained by The Associated Press through a public information request. A city official familiar with the litigation, who spoke on condition of anonymity because he was not authorized to discuss it publicly, said the city was likely to cover the damages on Kell's behalf.

"Nobody in this building thinks the officer is going to write that check himself," the official said.

Dellwood Police Chief Martin Greer said in a statement that the department has since added a mental health clinician to its patrol division and now requires crisis intervention training for all officers.

Kell remains employed by the department in an administrative role, a department spokeswoman said.""",
        [
            ("For three years, everybody told", "Eric Saldana"),
            ("Today twelve people said it", "Eric Saldana"),
            ("Officer Kell responded to a", "Rebecca Lyle"),
            ("We respectfully disagree with the", "Rebecca Lyle"),
            ("created the emergency he then", "Howard Beane"),
            ("Nobody in this building thinks", "city official familiar with the litigation"),
        ],
    ),
    (
        """Lawsuit says officers left wounded man handcuffed for 9 minutes before giving aid

By Kevin Marchetti
STAFF WRITER

The mother of a man shot by Brookhaven police in the Millside section last summer has sued the city and four officers, alleging they left her son handcuffed and bleeding on the pavement for more than nine minutes without giving him first aid.

Jerome Tillman, 27, died at Saint Agnes Regional Medical Center about an hour after he was shot on July 22 near Fenwick and Ninth Streets. Police have said Tillman fired at officers during a foot chase, and a handgun was recovered near where he fell.

The lawsuit, filed Monday in federal court by Tillman's mother, Beverly Tillman, does not dispute that he was armed. Instead it focuses on what happened after the shooting, citing body camera footage that the family's lawyers obtained through a related case.

According to the complaint, officers rolled Tillman onto his stomach, handcuffed him and searched his pockets while he told them he could not breathe. None of the officers applied pressure to his wounds or used the trauma kits carried in their patrol cars, the suit alleges, until a sergeant arrived and ordered them to.

"Whatever you believe about the shooting, there is no policy, no training and no law that says you can let a man bleed out in front of you," said Nadia Prentiss, one of Beverly Tillman's attorneys. "They had the tools. They had the training. They stood there."

The Brookhaven Police Department requires officers to "render aid as soon as it is safe to do so" after using force, according to a directive posted on the department's website.

A department spokeswoman, Officer Tasha Greene, said the department could not discuss pending litigation. She said the shooting remains under review by the district attorney's Officer-Involved Shooting Unit and the department's Internal Affairs Division.

"The department takes every allegation regarding officer conduct seriously," Greene said.

The Brookhaven Law Department said in a brief statement that it had not yet been served with the complaint and would "respond in court."

Beverly Tillman, 52, said in an interview Tuesday that she had not watched the video and did not plan to. Her lawyers described it to her, she said, and that was enough.

"I know my son wasn't perfect. I never said he was," she said. "But he was still a person lying there. They treated him like he was already gone."

John McGlinchey, president of the local Fraternal Order of Police lodge, said the officers were securing a scene where shots had just been fired at them. "You don't start first aid on an armed suspect until you know he's not a threat anymore," he said. "That's not callousness. That's the job."

The suit seeks compensatory and punitive damages. It is the third lawsuit in two years to accuse Brookhaven officers of delaying medical care after a shooting.""",
        [
            ("Whatever you believe about the", "Nadia Prentiss"),
            ("They had the tools. They", "Nadia Prentiss"),
            ("render aid as soon as", "Brookhaven Police Department"),
            ("The department takes every allegation", "Tasha Greene"),
            ("respond in court.", "Brookhaven Law Department"),
            ("I know my son wasn't", "Beverly Tillman"),
            ("But he was still a", "Beverly Tillman"),
            ("You don't start first aid", "John McGlinchey"),
            ("That's not callousness. That's the", "John McGlinchey"),
        ],
    ),
    (
        """Justice Department says Carrow City police routinely used excessive force

By Elena Strauss

WASHINGTON (Reuters) - The U.S. Justice Department said on Thursday that police in Carrow City, Missouri, engaged in a pattern of excessive force, including unjustified shootings, and discriminated against Black residents in traffic stops, following a two-year civil rights investigation.

The 87-page report found that officers in the city of about 180,000 people fired their weapons at people who posed no immediate threat and shot at moving vehicles in violation of their own policies, and that supervisors rarely questioned those decisions.

"Carrow City officers too often treat deadly force as a first resort rather than a last one," the report said. "When they do, the department almost never holds them to account."

Assistant Attorney General Miriam Castellanos, who heads the department's Civil Rights Division, told reporters at a news conference in Carrow City that the findings were "troubling but not surprising" given what investigators had heard from residents.

"We spoke with hundreds of people in this community," Castellanos said. "Many of them told us they were afraid to call the police for help, and after reviewing the evidence, we understand why."

The investigation was opened in 2022, months after officers shot and killed Andre Whitlow, 19, as he sat in a parked car outside a recreation center. Prosecutors declined to charge the officers involved, a decision that set off protests.

Investigators reviewed 61 shootings by Carrow City police between 2016 and 2022 and concluded that about a third were unconstitutional, according to the report.

Mayor Douglas Pettit said the city would negotiate with the Justice Department on a court-enforceable agreement, known as a consent decree, to address the findings.

"We don't have to agree with every sentence in this report to know that we have work to do," Pettit said in a statement.

The Carrow City Police Officers' Association called the report "one-sided" and said in a statement that investigators had "cherry-picked" incidents to reach a conclusion decided in advance.

Police Chief Raymond Okoye, who took over the department in 2023, told Reuters in a phone interview that many of the practices described in the report had already been changed, including the policy on shooting at moving vehicles.

"I've read it. I don't dispute the numbers," Okoye said. "What I'd ask people to look at is where we are going, not only where we've been."

Whitlow's father, Vincent Whitlow, said the report vindicated what families had been saying for years. "They put it in writing now," he said. "The government said it. Not us. The government."

A federal civil lawsuit brought by the Whitlow family against the city and three officers is scheduled for trial next year.""",
        [
            ("Carrow City officers too often", "U.S. Justice Department"),
            ("When they do, the department", "U.S. Justice Department"),
            ("troubling but not surprising", "Miriam Castellanos"),
            ("We spoke with hundreds of", "Miriam Castellanos"),
            ("Many of them told us they", "Miriam Castellanos"),
            ("We don't have to agree", "Douglas Pettit"),
            ("one-sided", "Carrow City Police Officers' Association"),
            ("cherry-picked", "Carrow City Police Officers' Association"),
            ("I've read it. I don't", "Raymond Okoye"),
            ("What I'd ask people to", "Raymond Okoye"),
            ("They put it in writing", "Vincent Whitlow"),
            ("The government said it. Not", "Vincent Whitlow"),
        ],
    ),
    (
        """Coroner’s jury rules Ashford police shooting justified

By Lisa Brandvold

ASHFORD — A six-person coroner’s jury on Tuesday ruled that the death of a 38-year-old man shot by an Ashford police officer in September was a homicide, but found the officer was justified in firing.

The finding, which came after about 40 minutes of deliberation, carries no legal weight in any criminal or civil case, but relatives of Damon Fairley had hoped the public hearing would answer questions about why he was shot inside his own home.

“They didn’t hear from the one person who could tell them what happened,” Fairley’s aunt, Bernice Cole, said after the hearing at the Marlow County coroner’s office. “The officer wasn’t even there.”

Officer Justin Mahler, who fired the shots, did not testify. Under state law, officers involved in a shooting may decline to appear at an inquest, and his attorney informed Coroner Gary Stroud last week that Mahler would invoke that right.

Instead, jurors heard from state police Special Agent Kristin Dow, who led the investigation. Dow testified that Mahler and another officer went to Fairley’s home on Linden Street shortly after 2 a.m. on Sept. 17 to serve an arrest warrant for a probation violation.

According to Dow, the second officer, whom she did not name, told investigators that Fairley opened the door holding a hammer and that Mahler shouted at him to drop it. Dow said Fairley took two steps toward the officers before Mahler fired.

Asked by a juror whether either officer had activated a body camera, Dow said neither had. The department did not require officers serving warrants to wear cameras at the time, she said.

That answer drew murmurs from the roughly 30 people in the gallery, many of them wearing T-shirts printed with “Justice for Damon.”

Stroud, who has held the office since 2012, said after the hearing that he understood the family’s frustration.

“An inquest is a limited tool. It answers the question of how somebody died, and that’s about all it’s designed to do,” Stroud said. “I’d tell anybody who wants more than that, the courts are where you go.”

The family has already taken that step. Attorney Michael Osei filed a wrongful death lawsuit in federal court last month on behalf of Fairley’s two children, alleging that Mahler used excessive force and that the department failed to train officers in serving warrants on people with known mental illness. Fairley had been diagnosed with schizophrenia, his family said.

Osei said the jury’s ruling would have “zero effect” on the lawsuit. “We’ll get the officer under oath eventually,” he said. “He can decline to talk to a coroner. He can’t decline a deposition.”

Ashford Police Chief Anita Kowalczyk said in a statement that Mahler had returned to duty after an internal review found he followed department policy. The city attorney’s office declined to comment on the lawsuit.""",
        [
            ("They didn’t hear from the", "Bernice Cole"),
            ("The officer wasn’t even there.", "Bernice Cole"),
            ("An inquest is a limited", "Gary Stroud"),
            ("I’d tell anybody who wants", "Gary Stroud"),
            ("zero effect", "Michael Osei"),
            ("We’ll get the officer under", "Michael Osei"),
            ("He can decline to talk", "Michael Osei"),
        ],
    ),
]
