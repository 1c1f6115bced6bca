CASES = [
    (
        """Ald. Ray Kowalczyk charged with taking bribes to push Southwest Side zoning change

By Marisa Delgado | Chicago Sun-Times

Federal prosecutors on Thursday charged a veteran Southwest Side alderman with accepting $45,000 in cash and a free kitchen remodel in exchange for steering a zoning change for a truck yard near Archer Avenue.

Ald. Raymond "Ray" Kowalczyk (12th), 61, is accused in a six-count indictment of bribery, wire fraud and lying to FBI agents. He pleaded not guilty at an afternoon arraignment at the Dirksen Federal Courthouse and was released on his own recognizance.

"I've served this ward for 22 years, and I'm going to keep serving it," Kowalczyk told reporters outside the courthouse, his lawyer at his side. "I look forward to my day in court."

The indictment alleges that between 2021 and 2023 Kowalczyk accepted envelopes of cash and a $28,000 kitchen renovation from a businessman identified only as "Individual A," who owned a trucking company that wanted to park dozens of rigs on a vacant lot zoned for light manufacturing.

In a recorded phone call in 2022, Kowalczyk told the businessman that the zoning change "doesn't happen by itself" and that "people who help me, I help them," according to the indictment. The businessman had been cooperating with the FBI since late 2021, prosecutors said.

U.S. Attorney Denise Harcourt said the case showed that "pay-to-play is still alive and well" in city government.

"Public officials are not entitled to a side business selling their votes," Harcourt said at a news conference. "The people of the 12th Ward deserved better, and so did every resident of this city."

Kowalczyk's attorney, Thomas Brennan-Ruiz, said his client had "never taken a dime" in exchange for official action and called the government's key witness "a man trying to save himself."

"This is a cooperator with his own legal problems who wore a wire to get a better deal," Brennan-Ruiz said. "When a jury hears the whole story, they'll see that."

Kowalczyk chairs the City Council's Committee on Zoning, Landmarks and Building Standards, a powerful post that gives him a say over virtually every major development in the city.

A spokeswoman for Mayor Angela Whitfield said the mayor had not yet read the indictment but expected "any elected official facing charges of this nature to step aside" from committee leadership.

Ald. Bettina Okafor (38th), who leads the council's ethics reform caucus, said she would introduce a measure next month to automatically strip indicted aldermen of their committee chairmanships.

"We keep having this conversation every couple of years, and every couple of years we act surprised," Okafor said.

Kowalczyk is due back in court Nov. 14. If convicted of the most serious count, he faces up to 20 years in prison.""",
        [
            ("I've served this ward for", "Raymond Kowalczyk"),
            ("I look forward to my", "Raymond Kowalczyk"),
            ("doesn't happen by itself", "Raymond Kowalczyk"),
            ("people who help me, I", "Raymond Kowalczyk"),
            ("pay-to-play is still alive and", "Denise Harcourt"),
            ("Public officials are not entitled", "Denise Harcourt"),
            ("The people of the 12th", "Denise Harcourt"),
            ("never taken a dime", "Thomas Brennan-Ruiz"),
            ("a man trying to save", "Thomas Brennan-Ruiz"),
            ("This is a cooperator with", "Thomas Brennan-Ruiz"),
            ("When a jury hears the", "Thomas Brennan-Ruiz"),
            ("any elected official facing charges", "spokeswoman"),
            ("We keep having this conversation", "Bettina Okafor"),
        ],
    ),
    (
        """Driver who killed east side crossing guard sentenced to 8 to 15 years

Kenya Alston
Detroit Free Press

A 27-year-old Detroit man who struck and killed a school crossing guard on the city's east side last fall was sentenced Tuesday to 8 to 15 years in prison, after a hearing in which the woman's daughter described her as "the grandmother of the whole block."

Deshawn Maybury pleaded guilty in March to failing to stop at the scene of a crash causing death and driving on a suspended license causing death. Police said he was going about 60 mph in a 25 mph school zone on Hollister Avenue when his SUV hit Gloria Pettaway, 68, on the morning of Oct. 12. He drove off and abandoned the vehicle in an alley about a mile away.

Pettaway had worked the corner outside Hollingsworth Elementary-Middle School for 11 years.

"Ms. Pettaway was standing where she was supposed to be standing, wearing what she was supposed to be wearing, doing what she was supposed to be doing," Wayne County Circuit Judge Harold Simmons-Reed said from the bench. "You were the only one on that street who was not."

Pettaway's daughter, Lorraine Pettaway-Hughes, read a statement to the court with her two children standing beside her.

"Every kid on that block knew her name," Pettaway-Hughes said. "She knew their names, their mamas' names, who was having a hard week at home. She was the grandmother of the whole block.

"I don't hate him. I want to be clear about that. But I want him to sit with what he did the way we have to sit with it every single morning."

Maybury, in orange jail scrubs, turned toward the gallery before the sentence was imposed.

"I'm sorry. I know that don't bring her back," he said, his voice breaking. "I panicked. I was scared and I ran, and that was wrong."

Defense attorney Claudette Ng had asked for a sentence at the low end of the guidelines, noting that her client had no prior felony record and turned himself in two days after the crash. She told the judge Maybury "has taken responsibility from day one."

Simmons-Reed said he had taken that into account but noted that Maybury deleted messages from his phone before he surrendered.

The Wayne County Prosecutor's Office said in a statement that the sentence "reflects the seriousness of leaving a human being to die in the street."

After Pettaway's death, the school district added flashing beacons and a speed camera near the school. District spokesman Aaron Felder said another guard has worked the corner every school day since.

"Ms. Pettaway's corner will never be left unguarded," Felder said. "The kids still talk about her."

Maybury will receive credit for 214 days already served, the judge said.""",
        [
            ("the grandmother of the whole", "Lorraine Pettaway-Hughes"),
            ("Ms. Pettaway was standing where", "Harold Simmons-Reed"),
            ("You were the only one", "Harold Simmons-Reed"),
            ("Every kid on that block", "Lorraine Pettaway-Hughes"),
            ("She knew their names, their", "Lorraine Pettaway-Hughes"),
            ("I don't hate him.", "Lorraine Pettaway-Hughes"),
            ("I'm sorry. I know that", "Deshawn Maybury"),
            ("I panicked. I was scared", "Deshawn Maybury"),
            ("has taken responsibility from day", "Claudette Ng"),
            ("reflects the seriousness of leaving", "Wayne County Prosecutor's Office"),
            ("Ms. Pettaway's corner will never", "Aaron Felder"),
            ("The kids still talk about", "Aaron Felder"),
        ],
    ),
    (
        """Common Council passes budget that trims police overtime, adds violence prevention workers

Greg Lindqvist
Milwaukee Journal Sentinel

The Milwaukee Common Council voted 11-4 on Friday to approve a 2025 city budget that cuts $3.2 million from police overtime and shifts most of that money to the Office of Violence Prevention, ending a weeks-long fight that pitted several council members against the police union.

Ald. Teresa Vukovich, who chairs the Finance and Personnel Committee and wrote the amendment, said overtime spending had "gone up every single year no matter what happens with crime."

"We are not defunding anything," Vukovich said during the floor debate. "We are asking the department to live within the budget it was given, and we're putting money into people who are out on the street at 2 a.m. talking young men out of shootings."

Opponents argued the cut would leave fewer officers on patrol during the city's busiest hours.

"You can't tell residents on the north side that you're serious about reckless driving and then cut the hours of the officers who are supposed to be stopping it," said Ald. Dwayne Holcomb, whose district includes a long stretch of W. Fond du Lac Ave. "My phone does not stop ringing about this."

Police Chief Renata Solis told the Finance and Personnel Committee last month that the department had already cut overtime by 9% this year and that a deeper reduction would be felt on weekends.

"We will have fewer officers on the street on Friday and Saturday nights. That's just the math," Solis said at the time.

Kyle Brandtner, president of the Milwaukee Police Protective Association, which represents rank-and-file officers, was more blunt: "Officers are already working doubles because we can't hire fast enough. This budget tells them the council doesn't have their backs."

The money shifted to the Office of Violence Prevention will pay for 14 additional "violence interrupters," outreach workers who try to defuse disputes before they turn into shootings, along with an expanded hospital-based program for gunshot victims.

Arlene Mabry, the office's director, said the workers are hired for their ties to the neighborhoods where most of the city's shootings happen.

"These are folks with credibility on the blocks we work on," Mabry said. "They can go places and have conversations that a squad car can't."

Mayor Peter Lindahl, who had proposed keeping police overtime flat, did not say whether he would veto the amendment. The 11-4 margin is more than the 10 votes needed to override.

"I appreciate the council's work and I share the goal of a safer Milwaukee," Lindahl said in a statement. "I'll be reviewing the final amendments with my budget team over the weekend."

Homicides in the city have fallen for two straight years, according to police data, though reckless driving complaints remain among the most common calls to aldermanic offices.""",
        [
            ("gone up every single year", "Teresa Vukovich"),
            ("We are not defunding anything", "Teresa Vukovich"),
            ("We are asking the department", "Teresa Vukovich"),
            ("You can't tell residents on", "Dwayne Holcomb"),
            ("My phone does not stop", "Dwayne Holcomb"),
            ("We will have fewer officers", "Renata Solis"),
            ("Officers are already working doubles", "Kyle Brandtner"),
            ("These are folks with credibility", "Arlene Mabry"),
            ("They can go places and", "Arlene Mabry"),
            ("I appreciate the council's work", "Peter Lindahl"),
            ("I'll be reviewing the final", "Peter Lindahl"),
        ],
    ),
    (
        """Man charged in Blue Line stabbing that left passenger critically hurt, police say

CHICAGO — A 34-year-old man has been charged with attempted first-degree murder after a passenger was stabbed aboard a CTA Blue Line train early Sunday, according to Chicago police.

Police said the victim, a 41-year-old man, was riding a Forest Park-bound train near the Division stop around 3:15 a.m. when he got into an argument with another passenger. The other man pulled out a knife and stabbed him several times in the chest and arm, police said.

The victim was taken to a nearby hospital in critical condition. As of Monday morning, he had been stabilized, according to police.

Terrence Albright, of the Humboldt Park neighborhood, was taken into custody minutes later at the Damen stop, where officers assigned to the transit unit were already on the platform.

"Thanks to passengers who called 911 right away and officers who were in position, we were able to make an arrest within minutes," police spokeswoman Officer Dana Kruse said.

A police source told WGN News the two men did not appear to know each other and that the argument started over "a seat and a bag."

Jasmine Ortega, who said she was riding in the same car, said she heard shouting and then saw people running toward the doors at the other end.

"Somebody yelled that he had a knife, and everybody just rushed to the back," Ortega said. "There was blood on the floor. I just kept thinking, that could've been any of us."

In a statement, the Chicago Transit Authority said it was cooperating with investigators and that "the safety of our customers and employees is our top priority." The agency said it has added unarmed security guards and K-9 teams on several rail lines this year.

Ald. Felipe Zaragoza, whose ward includes part of the Blue Line's Milwaukee Avenue branch, said he would call for a council hearing on transit safety.

"We've had three serious incidents on this stretch since June," Zaragoza said. "At some point the CTA has to stop issuing statements and start putting people on the platforms overnight."

Albright is expected to appear in court Monday for a detention hearing, where prosecutors are expected to ask that he be held in jail until trial. Online court records did not list an attorney for him.

Anyone with information is asked to call Area Five detectives.""",
        [
            ("Thanks to passengers who called", "Dana Kruse"),
            ("a seat and a bag", "police source"),
            ("Somebody yelled that he had", "Jasmine Ortega"),
            ("There was blood on the", "Jasmine Ortega"),
            ("the safety of our customers", "Chicago Transit Authority"),
            ("We've had three serious incidents", "Felipe Zaragoza"),
            ("At some point the CTA", "Felipe Zaragoza"),
        ],
    ),
    (
        """Inspector general: Detroit demolition office bent rules to award $4.1M contract

Samuel R. Pruitt
The Detroit News

Detroit — Detroit’s demolition department steered a $4.1 million contract to a company that failed to meet basic bidding requirements and had ties to a department supervisor, according to a report released Wednesday by the Detroit Office of Inspector General.

The 38-page report found that officials in the Construction and Demolition Department “disregarded their own scoring criteria” when they selected Great Lakes Razing & Excavation LLC to tear down 212 vacant houses on the city’s west side last year.

It also found that a supervisor who sat on the selection panel had “a personal relationship with the company’s owner that should have been disclosed and was not.” The report does not name the supervisor, who has since resigned.

“This isn’t about one contract,” Inspector General Yvonne Castellanos-Bell told reporters Wednesday. “It’s about a process that was bent to get a particular result, and nobody in the chain of command stopped it.”

Two competing bidders scored higher on the department’s own evaluation sheets, the report said, but those scores were revised after the panel met. Investigators could not find documentation explaining the changes.

Great Lakes Razing & Excavation, based in Redford Township, disputed the findings.

“We were the lowest responsible bidder and we completed every house on time and on budget,” the company said in a statement Thursday. “We were never told of any problem with our bid until this report.”

In a written response included in the report, department director Anthony Mireles said the department “accepts the recommendations in full” and has moved to have bids scored by staff who do not sit on selection panels. He wrote that the changes to the scoring sheets were “administrative corrections to fix math errors,” not an effort to favor any vendor.

Council Member Latrice Whitmore-Banks, who chairs the council’s Public Health and Safety Standing Committee, said she will ask Mireles and other department leaders to testify next month.

“Detroiters have watched this movie before,” Whitmore-Banks said, referring to a previous federal investigation into the city’s demolition program. “We cannot keep finding out about this after the money is already out the door.”

A spokesman for the mayor’s office said the administration “takes the inspector general’s findings seriously” and would cooperate with any council inquiry.

The inspector general recommended that the city bar the former supervisor from future city employment and review every contract the supervisor helped score since 2021. The report has also been referred to the city’s Law Department, Castellanos-Bell said.""",
        [
            ("disregarded their own scoring criteria", "Detroit Office of Inspector General"),
            ("a personal relationship with the", "Detroit Office of Inspector General"),
            ("This isn’t about one contract", "Yvonne Castellanos-Bell"),
            ("It’s about a process that", "Yvonne Castellanos-Bell"),
            ("We were the lowest responsible", "Great Lakes Razing & Excavation LLC"),
            ("We were never told of", "Great Lakes Razing & Excavation LLC"),
            ("accepts the recommendations in full", "Anthony Mireles"),
            ("administrative corrections to fix math", "Anthony Mireles"),
            ("Detroiters have watched this movie", "Latrice Whitmore-Banks"),
            ("We cannot keep finding out", "Latrice Whitmore-Banks"),
            ("takes the inspector general’s findings", "spokesman"),
        ],
    ),
    (
        """Jury convicts man in fatal shooting outside north side tavern

MILWAUKEE — A Milwaukee County jury on Thursday found a 29-year-old man guilty of first-degree reckless homicide in the death of a man who was shot outside a north side tavern last summer.

Jurors deliberated for about five hours before convicting Andre L. Fitzgerald in the death of Corey Blanchard, 33, who was shot in the parking lot of the Lucky Horseshoe bar near N. 35th St. and W. Keefe Ave. in July 2023.

Fitzgerald showed no visible reaction as the verdict was read. Several members of Blanchard's family cried and embraced in the gallery.

"It's been 16 months of waiting for this day," Blanchard's mother, Yolanda Blanchard, told reporters outside the courtroom. "I can finally go to my son's grave and tell him somebody listened."

Prosecutors said the two men had argued inside the bar over a pool game. Surveillance video played for jurors showed Blanchard walking toward his car when Fitzgerald followed him outside and fired four shots, according to testimony.

"He didn't shoot in self-defense. He shot a man who was walking away from him," Assistant District Attorney Keira Lund told jurors in her closing argument Wednesday.

Fitzgerald testified in his own defense, telling the jury he "saw him reach toward his waistband" and "thought I was about to die." No gun was found on Blanchard or in his car, police testified.

Defense attorney Martin Hollis said after the verdict that he planned to appeal.

"My client made a split-second decision in a terrifying situation," Hollis said. "We respect the jury's work, but we don't agree with the outcome, and we'll be looking closely at some of the rulings on evidence."

In a statement, the Milwaukee County District Attorney's Office thanked the jury and said the verdict "brings a measure of accountability for a life taken over nothing."

A bartender who was working the night of the shooting, and who asked not to be identified because she still works at the bar, said business has not fully recovered.

"People stopped coming out for a while. It changed the whole feel of the place," she said. "Corey was a regular. Everybody knew him."

Fitzgerald faces up to 65 years in prison, including a penalty enhancer for using a dangerous weapon. Sentencing is scheduled for Jan. 9 before Milwaukee County Circuit Judge Patricia Okonkwo.

He remains in custody at the Milwaukee County Jail.""",
        [
            ("It's been 16 months of", "Yolanda Blanchard"),
            ("I can finally go to", "Yolanda Blanchard"),
            ("He didn't shoot in self-defense.", "Keira Lund"),
            ("saw him reach toward his", "Andre L. Fitzgerald"),
            ("thought I was about to", "Andre L. Fitzgerald"),
            ("My client made a split-second", "Martin Hollis"),
            ("We respect the jury's work", "Martin Hollis"),
            ("brings a measure of accountability", "Milwaukee County District Attorney's Office"),
            ("People stopped coming out for", "bartender"),
            ("Corey was a regular.", "bartender"),
        ],
    ),
    (
        """City Council committee OKs $14.5 million settlement for man who spent 19 years in prison for murder he didn't commit

By Rachel Ostrowski
Chicago Tribune

A City Council committee on Monday recommended paying $14.5 million to a man who spent nearly two decades in prison for a 2001 killing he did not commit, the latest in a string of costly settlements tied to a now-retired Chicago police detective.

Marcus Toliver, 46, was 22 when he was convicted in the shooting death of a corner store owner in the Back of the Yards neighborhood. His conviction was thrown out in 2021 after the prosecution's only eyewitness recanted, testifying that detectives had threatened to charge him with the murder if he did not pick Toliver out of a lineup. Cook County prosecutors later dropped the charges, and a judge granted Toliver a certificate of innocence the following year.

Deputy Corporation Counsel Elaine Marchetti told the Finance Committee the city faced "substantial risk at trial" in the federal lawsuit Toliver filed in 2022.

"If this case goes to a jury, we believe the verdict could significantly exceed the amount of this settlement," Marchetti said.

The committee approved the payment on a voice vote, with three aldermen asking to be recorded as voting no.

The lawsuit centers on former Detective Robert Haney, who retired in 2009 and has been accused of coercing witnesses in at least nine cases, according to a Tribune review of court filings. Haney invoked his Fifth Amendment right against self-incrimination more than 200 times during a 2023 deposition, records show. His attorney did not respond to a request for comment Monday.

Toliver's attorney, Naomi Feldstein of the Lakeshore Exoneration Clinic, said the settlement could not undo what her client lost.

"Marcus walked into that police station as a 22-year-old kid who had never been arrested for anything," Feldstein said after the vote. "He walked out of prison at 41.

"No amount of money gives him those years back. But this settlement is the city acknowledging, in the only language it has, that what happened to him was wrong."

Some aldermen said they were frustrated that the city keeps paying for the same detective's cases one at a time.

"We are paying for the sins of the past, and we're going to be paying for them for years," said Ald. Gregory Pazdro (41st), who voted no. He said the council should demand a full accounting of every case Haney worked before approving further payouts.

Toliver, reached by phone, said he has been working at a warehouse in suburban Bolingbrook and living with his sister.

"I'm not bitter. I'm tired," he said. "I want to take my daughter fishing and not look over my shoulder every time a squad car goes by."

The full City Council is expected to vote on the settlement Wednesday. Chicago has paid more than $100 million in settlements and judgments tied to wrongful convictions over the past five years, according to city records.""",
        [
            ("substantial risk at trial", "Elaine Marchetti"),
            ("If this case goes to", "Elaine Marchetti"),
            ("Marcus walked into that police", "Naomi Feldstein"),
            ("He walked out of prison", "Naomi Feldstein"),
            ("No amount of money gives", "Naomi Feldstein"),
            ("We are paying for the", "Gregory Pazdro"),
            ("I'm not bitter. I'm tired", "Marcus Toliver"),
            ("I want to take my", "Marcus Toliver"),
        ],
    ),
    (
        """Detroit police: 6 arrested in string of carjackings targeting food delivery drivers

DETROIT — Six people have been arrested in connection with at least 14 carjackings on Detroit’s east side that targeted food delivery drivers, Detroit Police Chief Lamont Greer said Tuesday.

The suspects, ages 16 to 22, are accused of placing orders through delivery apps to vacant or unoccupied homes and then robbing drivers at gunpoint when they arrived, Greer said at a news conference at police headquarters.

“These individuals were placing orders, waiting for the driver to pull up, and then putting a gun in their face,” Greer said. “That’s not a crime of opportunity. That’s a plan.”

Investigators linked the group to carjackings dating back to August using account data from the apps, cellphone records and video from business surveillance cameras, police said.

Cmdr. Felicia Odom, who heads the department’s Major Crimes Division, said several stolen vehicles were recovered “stripped down to the frame” in a detached garage on the 11000 block of Elmcrest Street.

A law enforcement source familiar with the investigation said the group coordinated in a group chat called “Night Shift” and split the proceeds “like a paycheck.”

One of the drivers, Ahmed Saleh, 52, of Dearborn, said he was carjacked in October while delivering a pizza order near Harper Avenue.

“He had the gun right here, by my window,” Saleh said, pointing to the side of his head. “I just gave him the keys. What else can you do?”

Saleh said he stopped driving after dark after the robbery. “I have three kids. I can’t take that chance again,” he said.

A spokeswoman for the Wayne County Prosecutor’s Office said charges against the four adult suspects are expected later this week. The office will seek to try the two 16-year-olds as adults, she said, calling the allegations “as serious as it gets.”

In a statement, DashRoute, one of the apps used in the scheme, said it “worked closely with Detroit police” throughout the investigation and has since added verification steps for new accounts placing late-night orders.

City Council Member Ronald Pettibone, who represents District 4, said the arrests were welcome but overdue: “People on the east side have been living with this for months. Drivers were skipping whole neighborhoods because they were scared, and that hurts the businesses too.”

Greer said more arrests are possible.

“We’re going to keep coming,” he said. “If you’re part of this and you haven’t been picked up yet, it’s just a matter of time.”""",
        [
            ("These individuals were placing orders", "Lamont Greer"),
            ("That’s not a crime of", "Lamont Greer"),
            ("stripped down to the frame", "Felicia Odom"),
            ("like a paycheck", "law enforcement source familiar with the investigation"),
            ("He had the gun right", "Ahmed Saleh"),
            ("I just gave him the", "Ahmed Saleh"),
            ("I have three kids.", "Ahmed Saleh"),
            ("as serious as it gets", "spokeswoman"),
            ("worked closely with Detroit police", "DashRoute"),
            ("People on the east side", "Ronald Pettibone"),
            ("We’re going to keep coming", "Lamont Greer"),
            ("If you’re part of this", "Lamont Greer"),
        ],
    ),
]
