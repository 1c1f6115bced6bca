CASES = [
    (
        """Calder man sentenced to 11 years for crash that killed Westfield teen

By Dana Kowalczyk
dkowalczyk@calderledger.com

BRISTOW — A Calder County man who was driving nearly three times the legal alcohol limit when he struck and killed a 17-year-old cyclist last summer will spend at least 11 years in prison, a judge ruled Thursday.

Common Pleas Judge Harriet Lindqvist sentenced Travis M. Oberle, 34, of Pine Township, after an emotional two-hour hearing in which the victim's family described the boy they lost and Oberle apologized publicly for the first time.

Oberle pleaded guilty in March to aggravated vehicular homicide and operating a vehicle while intoxicated in the death of Caleb Yoder, a Westfield High School junior who was riding home from a summer job on State Route 39 on July 14.

"I think about Caleb every single day," Oberle told the court, his voice breaking. "I know nothing I say is going to matter to his family. I just want them to know I'm not going to hide from what I did."

Caleb's mother, Renee Yoder, read a statement while holding a framed photograph of her son in his cross-country uniform.

"He was the kid who stayed after practice to help the freshmen," she said. "He had plans. He wanted to be a physical therapist. He was going to drive his little sister to prom pictures next spring because our car doesn't start half the time."

"Instead I picked out a casket," she said.

Assistant Prosecutor Jordan Pruitt asked for the maximum of 15 years, noting Oberle had two prior OVI convictions, in 2014 and 2019.

"This was not a mistake. This was a choice he had made before, and was warned about before," Pruitt said. "The system gave him chances. Caleb didn't get one."

Defense attorney Marcus Bellamy argued that Oberle, a former welder, had been sober since the crash and had completed a residential treatment program while awaiting trial. He asked for eight years, describing his client as "a man who has finally hit the bottom and is climbing out."

Lindqvist said she had read more than 60 letters, including several from Oberle's relatives and co-workers.

"I don't doubt your remorse, Mr. Oberle," the judge said. "But remorse after the fact does not undo the decision to get behind the wheel. The law asks me to protect the public, and your record tells me the public needs protecting."

She also suspended his driver's license for life.

Outside the courthouse, Caleb's father, Dwight Yoder, told reporters the family was relieved the case was over but that no sentence would feel like enough.

"Eleven years. He'll get out, and he'll be 45," Yoder said. "Caleb would've been 28. That's the math we live with now."

The Calder County Sheriff's Office said deputies made 212 impaired-driving arrests in the county last year, up from 174 the year before.""",
        [
            ("I think about Caleb every", "Travis M. Oberle"),
            ("I know nothing I say", "Travis M. Oberle"),
            ("He was the kid who", "Renee Yoder"),
            ("He had plans. He wanted", "Renee Yoder"),
            ("Instead I picked out a", "Renee Yoder"),
            ("This was not a mistake.", "Jordan Pruitt"),
            ("The system gave him chances.", "Jordan Pruitt"),
            ("a man who has finally", "Marcus Bellamy"),
            ("I don't doubt your remorse,", "Harriet Lindqvist"),
            ("But remorse after the fact", "Harriet Lindqvist"),
            ("Eleven years. He'll get out,", "Dwight Yoder"),
            ("Caleb would've been 28.", "Dwight Yoder"),
        ],
    ),
    (
        """Ex-girlfriend testifies defendant ‘wasn’t himself’ in days before Harlow Springs shooting

By Terrence Ogundipe
Staff Writer

The former girlfriend of a man accused of fatally shooting a convenience store owner in Harlow Springs told jurors Tuesday that he had been drinking heavily and talking about money problems in the days before the killing.

Keisha Danvers, 29, was the first witness called by prosecutors on the second day of the murder trial of Andre Leon Whitfield, 31, who is charged with malice murder, felony murder and armed robbery in the Nov. 3, 2022, death of Sanjay Mehta, 58.

Mehta, who had owned the Quik Stop on Bellwood Road for 14 years, was shot twice behind the counter shortly after 11 p.m. Police said about $340 was taken from the register.

Danvers testified that Whitfield had lost his job at a distribution warehouse a few weeks earlier and was behind on rent.

“He wasn’t himself. He was up all night, he wasn’t eating,” she said. “He kept saying he had to figure something out, that he wasn’t going to let us get put out.”

Under questioning by Dorsey County District Attorney Lorraine Ashby-Greene, Danvers identified a black hooded sweatshirt recovered from a drainage ditch near the store as one that belonged to Whitfield.

On cross-examination, defense attorney Philip Korda pressed Danvers on why she did not mention the sweatshirt in her first interview with detectives. Danvers said she had been “scared and confused” and did not know at the time what police were looking for.

“You told Detective Sims you hadn’t seen Andre that whole night, didn’t you?” Korda asked.

“I told him what I thought I remembered,” Danvers replied.

Korda has told jurors that investigators settled on Whitfield too quickly and ignored a second man seen on surveillance footage walking past the store minutes before the shooting. In his opening statement Monday, he called the case “a story built backward from a suspect.”

Later Tuesday, Harlow Springs police Detective Owen Sims walked jurors through the surveillance video, which shows a figure in a dark hooded sweatshirt entering the store at 11:04 p.m. and leaving 52 seconds later. The person’s face is not visible.

Sims acknowledged under cross-examination that the second man in the footage was never identified. Asked why, he said: “We ran down every lead we had on him. We just didn’t get a name.”

Mehta’s family has attended each day of the trial. His son, Vikram Mehta, said during a break that the family was “just waiting for the truth to be said out loud in that room.”

A court officer, who asked not to be named because he was not authorized to speak about the case, said the gallery had been “full every day, which you don’t see much anymore.”

Superior Court Judge Nathaniel Pryor told jurors to expect testimony to last through the end of the week. If convicted of malice murder, Whitfield faces life in prison.""",
        [
            ("wasn’t himself", "Keisha Danvers"),
            ("He wasn’t himself. He was", "Keisha Danvers"),
            ("He kept saying he had", "Keisha Danvers"),
            ("scared and confused", "Keisha Danvers"),
            ("You told Detective Sims you", "Philip Korda"),
            ("I told him what I", "Keisha Danvers"),
            ("a story built backward from", "Philip Korda"),
            ("We ran down every lead", "Owen Sims"),
            ("just waiting for the truth", "Vikram Mehta"),
            ("full every day, which you", "court officer"),
        ],
    ),
    (
        """Jury convicts former Millbrook fire company treasurer of stealing $186K

By RACHEL STEIGERWALT
Staff writer

A Fenwick County jury on Wednesday found the former treasurer of the Millbrook Volunteer Fire Company guilty of stealing more than $186,000 from the company over six years.

Gary L. Hostetter, 61, of Millbrook, was convicted of theft by unlawful taking, receiving stolen property, forgery and misapplication of entrusted property after a three-day trial before Judge Colleen M. Furey. The jury deliberated for about four hours.

Hostetter showed no visible reaction as the verdicts were read. Furey revoked his bail and ordered him held in Fenwick County Prison pending sentencing, which is scheduled for Aug. 19.

Prosecutors said Hostetter wrote checks from the fire company's accounts to himself and to a landscaping business he owned, and used a company debit card to pay for groceries, gas and a family trip to Myrtle Beach, S.C.

"He treated that account like his own wallet," Senior Deputy District Attorney Brett Kunkle told jurors in his closing argument Tuesday afternoon. "Every one of those dollars came from a chicken barbecue, a boot drive, a pancake breakfast. That's how a volunteer fire company survives."

Hostetter took the stand in his own defense Tuesday, testifying that many of the payments were reimbursements for equipment and repairs he had bought with his own money. He said the company's record-keeping had been "a mess long before I got there."

Under cross-examination, Kunkle asked Hostetter to produce a single receipt for the purchases he described. Hostetter said the receipts had been lost when his basement flooded in 2021.

Defense attorney Sheila Marrero argued the prosecution had not proven Hostetter intended to steal, and urged jurors not to confuse "sloppy bookkeeping with a crime."

Fire company President Dale Wenger, who testified on the first day of the trial, said after the verdict that members had been shaken by the case.

"Gary was a friend to a lot of us. He was at every call for years," Wenger said. "That's what makes this hard. But the community trusted us with that money, and we owed it to them to see this through."

The fire company said in a statement that it has since adopted new financial controls, including requiring two signatures on every check and an annual outside audit.

"We are grateful to the jury and to the District Attorney's Office, and we are committed to earning back every bit of trust this community has given us," the statement said.

Hostetter faces a maximum of 20 years on the most serious charge, though state sentencing guidelines call for considerably less for a defendant with no prior record. Marrero said she expects to file an appeal.

"We respect the jury's decision, but we don't agree with it," she said.""",
        [
            ("He treated that account like", "Brett Kunkle"),
            ("Every one of those dollars", "Brett Kunkle"),
            ("a mess long before I", "Gary L. Hostetter"),
            ("sloppy bookkeeping with a", "Sheila Marrero"),
            ("Gary was a friend to", "Dale Wenger"),
            ("That's what makes this hard.", "Dale Wenger"),
            ("We are grateful to the", "Millbrook Volunteer Fire Company"),
            ("We respect the jury's decision,", "Sheila Marrero"),
        ],
    ),
    (
        """Jury gives Cedar Bluff man 45 years in roommate’s stabbing death

By Luis Arredondo
Staff Writer

CEDAR BLUFF — A Harmon County jury on Friday sentenced a 27-year-old Cedar Bluff man to 45 years in prison for the stabbing death of his roommate during an argument over a video game console.

Jurors deliberated a little more than three hours before assessing punishment for Dakota Ray Pettigrew, who was convicted of murder Wednesday in the death of 24-year-old Jesse Alvarado, known to friends as “Chuy.” They also fined him $10,000.

Pettigrew will have to serve at least half of the sentence before he is eligible for parole, according to prosecutors.

After the sentence was announced, Alvarado’s older sister, Marisol Alvarado-Reyes, addressed Pettigrew directly from the witness stand, as Texas law allows.

“You took my brother over a PlayStation. Over a piece of plastic,” she said. “He let you move in when you had nowhere to go. He paid your half of the electric bill for three months and never told anybody.

“I want you to remember his name every day you are in there. Jesse Alvarado. Say it to yourself.

“My mom can’t sleep in her own house anymore. She sleeps on my couch because she can’t stand the quiet.”

Pettigrew, who did not testify during either phase of the trial, kept his eyes on the defense table.

Defense attorney Roland Thibodeaux had asked jurors to consider a sentence closer to 15 years, presenting testimony from a psychologist who said Pettigrew had been diagnosed with bipolar disorder as a teenager and had stopped taking his medication months before the killing.

“Nobody in this room is saying Jesse deserved what happened,” Thibodeaux told jurors. “What we’re asking is that you see Dakota as a whole person, a sick young man who didn’t get the help he needed.”

First Assistant District Attorney Kendra Holcomb told jurors that Pettigrew stabbed Alvarado 11 times and then left him on the kitchen floor while he drove to a friend’s house in Lomax.

“He didn’t call 911. He didn’t try to help,” Holcomb said. “He went and played video games at his buddy’s place. That tells you everything about who he is.”

Harmon County District Attorney Wade Sutter said in a written statement after the verdict that the sentence “reflects the value this community places on the life of a young man who did nothing but open his door to a friend.”

Thibodeaux said he would discuss an appeal with his client.""",
        [
            ("You took my brother over", "Marisol Alvarado-Reyes"),
            ("He let you move in", "Marisol Alvarado-Reyes"),
            ("I want you to remember", "Marisol Alvarado-Reyes"),
            ("My mom can’t sleep in", "Marisol Alvarado-Reyes"),
            ("Nobody in this room is", "Roland Thibodeaux"),
            ("What we’re asking is that", "Roland Thibodeaux"),
            ("He didn’t call 911. He", "Kendra Holcomb"),
            ("He went and played video", "Kendra Holcomb"),
            ("reflects the value this community", "Wade Sutter"),
        ],
    ),
    (
        """Former Ridgeway officer sentenced to jail for assault on handcuffed man

By Colleen Marsh

RIDGEWAY, Mich. — A former Ridgeway police officer who punched a handcuffed man in the back of a patrol car was sentenced Monday to nine months in the Tamarack County Jail and two years of probation.

Brandon Koski, 38, pleaded guilty in April to misconduct in office, a felony, and aggravated assault, a misdemeanor. The case was handled by the Michigan Attorney General’s office after the Tamarack County prosecutor recused herself, citing her office’s close working relationship with the department.

Dashboard and body camera video played in court showed Koski striking Derrell Hughes, 44, at least five times in the face after Hughes, who was under arrest on a warrant for unpaid child support, spat toward him during a traffic stop last October. Hughes suffered a broken orbital bone.

Circuit Judge Amos Vandenberg said the video was “hard to watch” and that he had considered a longer jail term.

“You were trained for exactly that moment, and you failed,” Vandenberg told Koski. “Mr. Hughes was in handcuffs. He was not a threat to you. What happened in that car was not policing.”

Koski, who resigned from the department in November, told the judge he had “lost control” and that he had replayed the video “a thousand times.”

“I let my anger take over, and I hurt somebody who couldn’t defend himself,” he said. “I’m ashamed of that. I’m going to be ashamed of it for the rest of my life.”

Hughes did not attend the hearing. His attorney, Natalie Osei, read a statement on his behalf.

“I made mistakes that night, but I didn’t deserve to be beaten,” the statement said. “I still get headaches. I still can’t see right out of my left eye.”

Osei told reporters after the hearing that Hughes has filed a federal civil rights lawsuit against the city and Koski, which is pending.

“Today is one piece of accountability,” she said. “It’s not the last piece.”

Defense attorney Gregory Fenn had asked for probation only, noting Koski had no prior disciplinary record in 12 years on the force. Assistant Attorney General Peter Lindahl sought 12 months in jail.

A spokeswoman for the Attorney General’s office said the office was “satisfied that the court took this seriously.”

The Ridgeway Police Department said in a statement that it had “cooperated fully with the investigation from the first day” and has since added a de-escalation training requirement for all officers.

A union official, who spoke on condition of anonymity because he was not authorized to comment, said some officers felt Koski had been “made an example of” by prosecutors.""",
        [
            ("hard to watch", "Amos Vandenberg"),
            ("You were trained for exactly", "Amos Vandenberg"),
            ("Mr. Hughes was in handcuffs.", "Amos Vandenberg"),
            ("lost control", "Brandon Koski"),
            ("a thousand times.", "Brandon Koski"),
            ("I let my anger take", "Brandon Koski"),
            ("I’m ashamed of that. I’m", "Brandon Koski"),
            ("I made mistakes that night,", "Derrell Hughes"),
            ("I still get headaches. I", "Derrell Hughes"),
            ("Today is one piece of", "Natalie Osei"),
            ("It’s not the last piece.", "Natalie Osei"),
            ("satisfied that the court took", "spokeswoman"),
            ("cooperated fully with the investigation", "Ridgeway Police Department"),
            ("made an example of", "union official"),
        ],
    ),
    (
        """Opening statements begin in trial of Grantham contractor accused of burning his own house

By Jamal Pridgen
Staff Writer

GRANTHAM — Prosecutors told a Locklear County jury Monday that a home renovation contractor set fire to his own house in 2021 to collect on an insurance policy as his business collapsed under debt.

Defense attorneys said the fire was an accident caused by faulty wiring, and that investigators decided it was arson before they had finished sifting through the ashes.

Curtis Wayne Blalock, 46, is charged with first-degree arson, burning a dwelling to defraud an insurer, and insurance fraud. The fire on Sept. 9, 2021, destroyed his two-story home on Tobacco Barn Road outside Grantham. No one was injured; Blalock, his wife and their two children were at a youth football game at the time.

Blalock had a local following for a YouTube channel, "Flip It Forward," in which he documented house renovations. Prosecutors said the channel's income had dried up by 2021 and that his company owed more than $400,000 to suppliers and subcontractors.

"The evidence will show you a man who was drowning," Assistant District Attorney Meredith Faircloth said in her opening statement. "And the evidence will show you the life raft he picked: a $615,000 insurance policy on a house that was worth maybe half that."

Faircloth told jurors that a fire investigator with the State Bureau of Investigation found evidence of gasoline in two separate rooms, and that Blalock had increased his policy's coverage five weeks before the fire.

Defense attorney Hollis Vann told jurors the state's case was "built on a hunch and a lab report that doesn't say what they want it to say."

He said a private investigator hired by the family will testify that the fire started in an overloaded junction box in the garage, and that the traces of gasoline came from lawn equipment and a fuel can stored there.

"Curtis Blalock is a lot of things. He's a bad businessman. He'll tell you that himself," Vann said. "But he is not an arsonist, and he didn't burn down the house his kids grew up in."

The first witness, Grantham Fire Department Battalion Chief Ronnie Strickland, testified that the house was "already gone by the time we pulled up," with flames coming through the roof. He said Blalock arrived about 20 minutes later.

Asked by Faircloth what Blalock said when he arrived, Strickland said: "He asked if the dog got out. That was the first thing."

Under cross-examination, Strickland acknowledged he had fought fires caused by electrical problems that burned as hot and fast as the one at the Blalock home.

Superior Court Judge Evelyn Tart told jurors the trial could last two weeks. The insurer, Carolina Heritage Mutual, has not paid the claim and has filed a civil suit against Blalock that is on hold until the criminal case is resolved. A spokesperson for the insurer declined to comment.""",
        [
            ("The evidence will show you", "Meredith Faircloth"),
            ("And the evidence will show", "Meredith Faircloth"),
            ("built on a hunch and", "Hollis Vann"),
            ("Curtis Blalock is a lot", "Hollis Vann"),
            ("But he is not an", "Hollis Vann"),
            ("already gone by the time", "Ronnie Strickland"),
            ("He asked if the dog", "Ronnie Strickland"),
        ],
    ),
    (
        """Teen gets 6 years in prison for Kessler County carjacking spree

By Abby Gunderson

PORT ELLSWORTH — A 19-year-old Port Ellsworth man who carjacked two drivers at gunpoint in a single night last year was sentenced Tuesday to six years in prison followed by five years of extended supervision.

Jaylen T. Brockway pleaded guilty in February to two counts of armed robbery with threat of force as part of a plea agreement in which prosecutors dismissed charges of operating a vehicle without the owner’s consent and fleeing an officer.

According to the criminal complaint, Brockway and a 16-year-old accomplice approached a woman pumping gas at a Fuel Stop on Lakeshore Drive about 10:30 p.m. on Sept. 22, showed her a handgun and demanded her keys. About 90 minutes later, they took a second vehicle from a man sitting in a parked pickup outside a bowling alley on Highway 41.

When officers arrested him the next morning, Brockway told them, “I wasn’t going to shoot nobody. It wasn’t even loaded,” the complaint states. Investigators later determined the gun was loaded.

The first victim, Linda Sorensen, 52, told the judge she still cannot bring herself to pump gas after dark.

“I used to work nights. I don’t anymore,” Sorensen said. “I had to give up a job I loved because I can’t walk from my car to a door without looking over my shoulder.”

Brockway’s grandmother, Gloria Brockway, who raised him, asked the judge for leniency. She said he had struggled since his mother died when he was 12 and had fallen in with older teens.

“He is not a monster. He’s a boy who made a terrible choice,” she said. “I’m asking you to give him a chance to come home while he’s still young enough to be somebody.”

District Attorney Ray Lindgren had recommended eight years of initial confinement, arguing that the crimes were planned rather than impulsive. He pointed to text messages, read into the record, in which Brockway wrote to his accomplice earlier that evening: “u still trying to get a whip tonight.”

Defense attorney Samuel Achterberg said his client had earned his GED in the county jail and had written letters of apology to both victims.

Before imposing sentence, Circuit Judge Teresa Kuhn noted that Brockway had no adult record but two juvenile adjudications, and said she had weighed his age against the danger he posed.

“You put a gun in two people’s faces. That can’t be a probation case,” Kuhn said. “But you are 19, and I’m not willing to write you off. What you do with the next six years is up to you.”

Brockway, who spoke briefly, apologized to both victims. “I’m sorry for what I did to y’all,” he said.

The 16-year-old’s case is being handled in juvenile court.""",
        [
            ("I wasn’t going to shoot", "Jaylen T. Brockway"),
            ("I used to work nights.", "Linda Sorensen"),
            ("I had to give up", "Linda Sorensen"),
            ("He is not a monster.", "Gloria Brockway"),
            ("I’m asking you to give", "Gloria Brockway"),
            ("u still trying to get", "Jaylen T. Brockway"),
            ("You put a gun in", "Teresa Kuhn"),
            ("But you are 19, and", "Teresa Kuhn"),
            ("I’m sorry for what I", "Jaylen T. Brockway"),
        ],
    ),
    (
        """Judge declares mistrial after jury deadlocks in 'road rage' shooting trial

By Ethan Roybal

ALDER CREEK — A Tolliver County judge declared a mistrial Thursday after jurors said they could not reach a unanimous verdict in the second-degree murder trial of a man who shot another driver during a confrontation on U.S. 160 last year.

Jurors deliberated for parts of four days before telling District Judge Marisa Quintana in a note that they were "hopelessly deadlocked." Quintana brought the jury back into the courtroom and asked the foreperson whether more time would help.

"No, your honor. I don't believe it would," the foreperson said.

Gregory Allan Thorne, 57, of Alder Creek, was charged in the death of Rudy Archuleta, 33, who was shot once in the chest on May 6, 2023, after both men pulled onto the shoulder near mile marker 72 following what witnesses described as several miles of tailgating and brake-checking.

Thorne testified last week that Archuleta approached his truck shouting and that he believed Archuleta was reaching for a weapon. No weapon was found on Archuleta or in his car.

"I thought I was about to die," Thorne told jurors. "I had about a second to decide."

Prosecutors argued that Thorne could have driven away and instead chose to get out of his truck with a loaded pistol.

"The law doesn't let you create the danger and then claim you were defending yourself from it," Chief Deputy District Attorney Alan Kessinger said during closing arguments.

Thorne's attorney, Renata Blum, said outside the courtroom that her client was relieved but exhausted.

"Eighteen months he's been waiting for this, and now he has to wait again," Blum said. "We believe, and I think several jurors believed, that Greg acted the way any reasonable person would have."

One juror, a woman who declined to give her name, told reporters the panel had split 8-4 in favor of conviction on its final vote.

"Everybody took it seriously. Nobody was being stubborn for the sake of it," she said. "We just saw that video differently."

Archuleta's mother, Yolanda Archuleta, wept in the hallway. His fiancee, Christina Lovato, spoke for the family.

"Rudy's daughter is four. She asks when he's coming home," Lovato said. "We'll come back for every day of the next trial. We're not going anywhere."

A spokesman for the Tolliver County District Attorney's Office said the office "fully intends to retry the case" and would ask for a new trial date as soon as possible.

Quintana set a status hearing for Jan. 14. Thorne remains free on a $250,000 bond.""",
        [
            ("hopelessly deadlocked.", "jurors"),
            ("No, your honor. I don't", "foreperson"),
            ("I thought I was about", "Gregory Allan Thorne"),
            ("I had about a second", "Gregory Allan Thorne"),
            ("The law doesn't let you", "Alan Kessinger"),
            ("Eighteen months he's been waiting", "Renata Blum"),
            ("We believe, and I think", "Renata Blum"),
            ("Everybody took it seriously. Nobody", "juror"),
            ("We just saw that video", "juror"),
            ("Rudy's daughter is four. She", "Christina Lovato"),
            ("We'll come back for every", "Christina Lovato"),
            ("fully intends to retry the", "spokesman"),
        ],
    ),
]
