CASES = [
    (
        """Deputy placed on leave after chase ends in crash near Route 9

By Karen Pulaski
Staff Writer

A Wexler County sheriff's deputy has been placed on paid administrative leave after a pursuit early Sunday ended with a car striking a utility pole outside Dunmore, Sheriff Raymond Tolliver said Monday.

The driver of the fleeing vehicle, a 23-year-old Dunmore man, was taken to St. Anne's Regional Medical Center with injuries that were not considered life-threatening, according to the sheriff's office. A passenger was treated at the scene and released.

"Any time a pursuit ends with someone in the hospital, we're going to take a hard look at it," Tolliver said at a news conference outside the county Public Safety Building. "That's not an accusation against anybody. That's just how we do business."

The chase began around 1:40 a.m. when a deputy tried to stop a silver sedan for driving without headlights on Route 9, according to a preliminary report released by the office. The driver sped off and led the deputy on a roughly four-mile chase through residential streets before losing control on Kessler Road.

Tolliver declined to name the deputy, saying only that he has been with the department for six years and has no prior disciplinary history. The Ohio State Highway Patrol has been asked to review the crash, he said.

The department's pursuit policy, revised in 2021, allows deputies to chase a vehicle only when they believe the driver has committed a violent felony or poses an immediate threat to public safety. Traffic violations alone are not supposed to justify a pursuit.

Asked whether driving without headlights met that standard, Tolliver said the review would answer that question.

"I'm not going to get ahead of the investigation," he said. "If the policy wasn't followed, there will be consequences. If it was, we'll say so."

Marcy Dunleavy, who lives two houses from where the car came to rest, said the crash woke her family.

"It sounded like a bomb went off," Dunleavy said. "My husband ran out in his socks. The pole was cracked in half and the wires were down across the road."

Ohio Edison crews restored power to about 300 customers by mid-morning, a utility spokesperson said.

County Commissioner Len Hadley, who has pushed for tighter pursuit rules, said he wants to see the dashcam footage before drawing conclusions but called the incident "exactly the scenario we talked about" when the policy was last revised.

The driver faces charges of failure to comply with the order of a police officer and driving under suspension, according to court records. He is scheduled to appear in Wexler County Municipal Court next week.""",
        [
            ("Any time a pursuit ends", "Raymond Tolliver"),
            ("That's not an accusation against", "Raymond Tolliver"),
            ("I'm not going to get", "Raymond Tolliver"),
            ("If the policy wasn't followed", "Raymond Tolliver"),
            ("It sounded like a bomb", "Marcy Dunleavy"),
            ("My husband ran out in", "Marcy Dunleavy"),
            ("exactly the scenario we talked", "Len Hadley"),
        ],
    ),
    (
        """Former Branford County court clerk accused of stealing $212,000 in fees

BRANFORD COUNTY, Ga. (WGXR) — A former deputy clerk in the Branford County Clerk of Superior Court’s office has been indicted on charges she siphoned more than $212,000 in filing fees and fines over four years, District Attorney Alicia Moncrief announced Thursday.

Tammy Lynn Cobb, 51, of Haddock, faces 14 counts including theft by taking and computer theft, according to the indictment returned by a Branford County grand jury. She turned herself in at the county jail Thursday morning and was released on a $25,000 bond.

“This was money that belonged to the people of this county,” Moncrief said during a news conference at the courthouse. “Every dollar she took was a dollar that didn’t go to roads, to schools, to the victims’ compensation fund.”

Investigators say Cobb, who worked in the office for 17 years, voided cash payments in the court’s case management system after collecting them and kept the money. The scheme came to light last spring when an auditor noticed an unusual number of voided receipts tied to a single login, according to the DA’s office.

Clerk of Superior Court Dennis Harrigan, who took office in January 2023, said his office flagged the discrepancies and turned them over to the Georgia Bureau of Investigation.

“We found it, we reported it, and we’ve changed the way cash is handled in this office,” Harrigan said. “No one person touches the money from start to finish anymore.”

Cobb’s attorney, Wendell Strick of Macon, said his client intends to plead not guilty.

“Ms. Cobb has served this county for almost two decades,” Strick told WGXR by phone. “There’s a lot more to this story than what was said at that podium today, and we look forward to telling it in court.”

The missing money was spread across hundreds of small transactions, most under $300, according to an affidavit filed with the case. In the affidavit, the GBI wrote that the pattern was “consistent with an effort to avoid detection.”

County commissioners are expected to discuss recovering the losses through the county’s insurance bond at their meeting next Tuesday. Commission Chairman Roy Pettway said the county would “pursue every penny.”

“I don’t care how long it takes,” Pettway said. “That money is coming back to the taxpayers one way or another.”

Cobb’s arraignment has not been scheduled. If convicted on all counts, she could face decades in prison, though first-time offenders in similar cases in Georgia have often received probation and been ordered to pay restitution.""",
        [
            ("This was money that belonged", "Alicia Moncrief"),
            ("Every dollar she took was", "Alicia Moncrief"),
            ("We found it, we reported", "Dennis Harrigan"),
            ("No one person touches the", "Dennis Harrigan"),
            ("Ms. Cobb has served this", "Wendell Strick"),
            ("There’s a lot more to", "Wendell Strick"),
            ("consistent with an effort to", "Georgia Bureau of Investigation"),
            ("pursue every penny", "Roy Pettway"),
            ("I don’t care how long", "Roy Pettway"),
            ("That money is coming back", "Roy Pettway"),
        ],
    ),
    (
        """Jury convicts Carrollton man in 2022 shooting outside tavern

By Tom Breckenridge
The Pike Valley Courier

LAWSON — A Hollis County jury on Wednesday found a 34-year-old Carrollton man guilty of second-degree murder in the 2022 shooting death of a man outside a Lawson tavern.

Jurors deliberated about five hours before returning the verdict against Dante M. Reyes, who was also convicted of unlawful use of a weapon and armed criminal action. Reyes showed no visible reaction as the verdict was read in Circuit Judge Elaine Forsythe's courtroom.

Reyes was charged in the death of Curtis Wayne Blevins, 29, who was shot twice in the parking lot of the Tip Top Tavern on Oct. 14, 2022, after an argument inside the bar, according to testimony.

Hollis County Prosecuting Attorney Mark Dellinger, who tried the case with assistant prosecutor Jenna Shaw, said the verdict brought "some measure of accountability" for Blevins' family.

"Nothing that happened in that courtroom brings Curtis back," Dellinger said after the verdict. "But his mother sat through every day of this trial, and she deserved to hear twelve people say that what happened to her son was a crime."

Defense attorney Gabriel Ortiz argued during the four-day trial that Reyes fired in self-defense after Blevins and two friends followed him into the parking lot. Ortiz told jurors in his closing argument that his client "was outnumbered, he was scared and he made a split-second decision."

Outside the courthouse, Ortiz said he was disappointed and planned to file a motion for a new trial.

"We think there were significant issues with some of the evidence that was allowed in," he said. "We'll raise those with Judge Forsythe first and, if necessary, with the appellate court."

Blevins' mother, Donna Blevins, stood with relatives on the courthouse steps after the verdict. She said her son had been planning to start an apprenticeship the week he was killed.

"He had finally figured it out," she said, her voice breaking. "He had a plan. He was going to be an electrician like his granddad.

"I've been waiting almost two years for somebody to say his name in that courtroom like he mattered. Today they did."

Sentencing is set for Sept. 12. In Missouri, second-degree murder carries a range of 10 to 30 years or life in prison. Reyes remains held without bond in the Hollis County Jail.""",
        [
            ("some measure of accountability", "Mark Dellinger"),
            ("Nothing that happened in that", "Mark Dellinger"),
            ("But his mother sat through", "Mark Dellinger"),
            ("was outnumbered, he was scared", "Gabriel Ortiz"),
            ("We think there were significant", "Gabriel Ortiz"),
            ("We'll raise those with Judge", "Gabriel Ortiz"),
            ("He had finally figured it", "Donna Blevins"),
            ("He had a plan. He", "Donna Blevins"),
            ("I've been waiting almost two", "Donna Blevins"),
        ],
    ),
    (
        """Family demands answers after man dies in Calloway County jail

CALLOWAY COUNTY, Tenn. (WKLM) - The family of a 38-year-old man who died in the Calloway County Jail last week says the sheriff's office has told them almost nothing about how he died.

Jeremy Scott Haskins was found unresponsive in a holding cell early on the morning of March 3, less than 24 hours after he was booked on a probation violation, according to the Calloway County Sheriff's Office. Jail staff performed CPR, and he was pronounced dead a short time later at Calloway Medical Center.

In a statement Friday, the sheriff's office said it had asked the Tennessee Bureau of Investigation to look into the death, which it described as "standard practice whenever someone dies in our custody."

"The Calloway County Sheriff's Office extends its condolences to Mr. Haskins' family," the statement said. "Because this is an active investigation, we are unable to comment further at this time."

Haskins' sister, Brittany Haskins Moore, said the family learned of his death from a chaplain who came to their mother's house nearly eight hours after he was found.

"They had my brother for less than a day," Moore told WKLM. "He walked in there on his own two feet. Now they tell us they can't say anything? That's not good enough."

Moore said her brother had been treated for a seizure disorder and that the family had tried to drop off his medication at the jail the afternoon he was booked. She said a staff member told them the jail could not accept it.

A jail employee who spoke to WKLM on the condition of anonymity because they were not authorized to speak publicly said the facility has been operating with about half of its budgeted detention officer positions filled.

"Some nights it's three of us for the whole building," the employee said. "Cell checks are supposed to happen every 30 minutes. Everybody knows that's not always happening."

WKLM could not independently verify that claim. Sheriff Wade Gentry did not respond to a request for an interview.

Nashville attorney Lorraine Petit, who has been retained by the family, said she has sent the county a letter asking it to preserve all surveillance video, cell check logs and medical records from Haskins' time in custody.

"We're not making accusations today," Petit said. "We're asking questions, and this family is entitled to answers."

The Tennessee Bureau of Investigation confirmed it is investigating. A spokeswoman for the agency said the findings will be turned over to District Attorney General Kevin Lusk's office once the investigation is complete.

An autopsy has been performed, but the results could take several weeks, according to the family.""",
        [
            ("standard practice whenever someone dies", "Calloway County Sheriff's Office"),
            ("The Calloway County Sheriff's Office", "Calloway County Sheriff's Office"),
            ("Because this is an active", "Calloway County Sheriff's Office"),
            ("They had my brother for", "Brittany Haskins Moore"),
            ("He walked in there on", "Brittany Haskins Moore"),
            ("Some nights it's three of", "jail employee"),
            ("Cell checks are supposed to", "jail employee"),
            ("We're not making accusations today", "Lorraine Petit"),
            ("We're asking questions, and this", "Lorraine Petit"),
        ],
    ),
    (
        """County attorney launches diversion program for first-time drug offenders

By Megan Straub | Tri-County Herald

ELK FALLS — People arrested for the first time on low-level drug possession charges in Rawlins County could have their cases dismissed under a new diversion program announced Tuesday by County Attorney Steven Okafor.

The program, which begins Jan. 1, will let eligible defendants avoid prosecution if they complete a substance abuse evaluation, follow any treatment recommendations and stay out of trouble for 12 months. Participants will pay a $150 fee, which can be waived for those who can’t afford it.

Okafor, who took office in 2023 after campaigning on changing how the office handles low-level cases, said the county has been spending money to prosecute cases that rarely end in jail time anyway.

“We were running the same people through the same courtroom for the same small amounts of meth and pills, and nothing was changing,” Okafor said. “If we can get someone into treatment before they pick up a felony record that follows them for the rest of their life, that’s a better outcome for them and for the county.”

According to figures from Okafor’s office, about 210 people were charged with first-offense possession in Rawlins County last year. Okafor estimated that 60 to 70 percent would qualify.

Not everyone is convinced. Sheriff Dale Winslow said his deputies will continue to make arrests, and he worries the program sends the wrong signal.

“I respect Steve, and I know he’s trying to do something about a real problem,” Winslow said. “But my deputies are the ones out there finding these kids overdosed in their cars. There has to be a consequence.”

Okafor said the program does include one: defendants who fail to complete it will have their cases sent back to the regular docket, where prosecutors will proceed “as if the diversion never happened.”

Chief District Judge Ann Marie Kessler, who will oversee the program’s court appearances, said in a written statement that the court supports “efforts to connect defendants with treatment at the earliest possible stage.”

The county’s main treatment provider, Prairie View Behavioral Health, has hired two additional counselors in anticipation of the program. Executive director Rhonda Vail put it this way: “We can’t arrest our way out of addiction, and we can’t treat our way out of it alone either. It’s going to take all of us.”

Defense attorney Phil Marchetti, who handles many of the county’s appointed cases, said he welcomed the change but wanted to see how strictly eligibility would be applied.

“The devil is in the details,” Marchetti said. “A program that only helps the easy cases isn’t going to move the needle much.”

Defendants charged with distribution, or with possession while also facing a violent charge, will not be eligible. Okafor said his office will review the program’s results after its first year.""",
        [
            ("We were running the same", "Steven Okafor"),
            ("If we can get someone", "Steven Okafor"),
            ("I respect Steve, and I", "Dale Winslow"),
            ("But my deputies are the", "Dale Winslow"),
            ("as if the diversion never", "Steven Okafor"),
            ("efforts to connect defendants with", "Ann Marie Kessler"),
            ("We can’t arrest our way", "Rhonda Vail"),
            ("The devil is in the", "Phil Marchetti"),
            ("A program that only helps", "Phil Marchetti"),
        ],
    ),
    (
        """Judge tosses case against Fenwick man, citing withheld evidence

By Rachel Ng, KSTV 4 News

MARLOW COUNTY, Okla. — A Marlow County judge on Monday dismissed a felony assault case against a Fenwick man after finding that prosecutors failed to turn over a witness statement that could have helped his defense.

Special District Judge Howard Pruitt dismissed the case against Jamal Whitfield, 27, with prejudice, meaning the charges cannot be refiled. Whitfield had been accused of striking a man with a tire iron during a fight outside a Fenwick convenience store in April 2023.

In his written order, Pruitt said the District Attorney’s Office had possessed for nearly eight months a recorded interview in which a store clerk told an investigator that the other man swung first. The recording was not given to Whitfield’s attorneys until the week before trial, according to the order.

“The State’s obligation to disclose exculpatory evidence is not a technicality,” Pruitt wrote. “It is the foundation on which a fair trial rests.”

Whitfield spent 211 days in the Marlow County Detention Center before he was released on bond last fall, his attorney said.

“Jamal lost his job, he lost his apartment, and he missed the birth of his daughter,” said Teresa Valdivia, an attorney with the Marlow County Public Defender’s Office. “All while the evidence that he was defending himself was sitting in a file.”

Valdivia told reporters outside the courthouse that the ruling should prompt a broader look at how the DA’s office handles discovery.

“This isn’t the first time we’ve seen this,” she said. “It’s just the first time a judge has put it in writing like this.”

District Attorney Curtis Langley said in a statement that his office “respects the court’s ruling” and was reviewing what happened.

“Based on what we know so far, this was an error in how the file was transferred between prosecutors, not an intentional decision to withhold anything,” Langley said in the statement. “That doesn’t excuse it. We are putting new procedures in place to make sure it doesn’t happen again.”

A former assistant district attorney who worked in the office until last year, and who asked not to be named because she still practices in the county, said turnover has left some prosecutors carrying more than 200 felony cases at a time.

“Things fall through the cracks when you’re drowning,” she said.

Whitfield, who attended the hearing with his mother, hugged his attorneys after the judge left the bench. He declined to speak with reporters.

The man Whitfield was accused of assaulting could not be reached for comment Monday.""",
        [
            ("The State’s obligation to disclose", "Howard Pruitt"),
            ("It is the foundation on", "Howard Pruitt"),
            ("Jamal lost his job, he", "Teresa Valdivia"),
            ("All while the evidence that", "Teresa Valdivia"),
            ("This isn’t the first time", "Teresa Valdivia"),
            ("It’s just the first time", "Teresa Valdivia"),
            ("respects the court’s ruling", "Curtis Langley"),
            ("Based on what we know", "Curtis Langley"),
            ("That doesn’t excuse it. We", "Curtis Langley"),
            ("Things fall through the cracks", "former assistant district attorney"),
        ],
    ),
    (
        """Sheriff warns of scammers posing as deputies over ‘missed jury duty’

By Doug Farris
dfarris@sentinel-ledger.com

The Pembroke County Sheriff’s Office is warning residents about a phone scam in which callers pretend to be deputies and threaten people with arrest unless they pay to clear up a supposed missed jury duty summons.

At least six county residents have reported the calls since Oct. 1, and two of them lost money, according to Lt. Brenda Coker, the office’s public information officer. One woman paid $4,800 in gift cards, Coker said.

“These callers are very convincing,” Coker said. “They use real deputies’ names, they know the name of our sheriff, and some of them have even spoofed our phone number so it shows up on caller ID.”

In a post on its Facebook page Tuesday, the sheriff’s office reminded residents that it “will never call you to demand payment over the phone, and we will never ask for gift cards, cryptocurrency or wire transfers.”

Ed Lamberth, a 71-year-old retired school bus driver from Gilead, said he got one of the calls last week. The man on the line identified himself as “Sergeant Miller” and said a warrant had been issued because Lamberth had skipped jury duty. He told Lamberth to stay on the line or deputies would be sent to his house.

“I’ve never been in trouble a day in my life,” Lamberth said. “My heart was pounding. I was halfway to the Walmart to buy the cards before my daughter called me back and told me to turn around.”

Coker said the Clerk of Court’s office handles missed jury summonses by mail, and that a judge, not a deputy, would decide any penalty.

Pembroke County Clerk of Court Janice Whitlow said her office has also been fielding calls from worried residents.

“If you get a call like this, hang up and call us directly,” Whitlow said. “We can tell you in two minutes whether you’ve actually been summoned.”

A spokesman for Pembroke Federal Credit Union said tellers have been trained to ask questions when older members make large, unusual withdrawals. “We’d rather be a little nosy than watch a member lose their savings,” he said.

Sheriff Travis Odom said investigators are working with federal authorities but that such cases are difficult to solve because the callers are often overseas.

“The best defense is a phone that hangs up,” Odom said.

Residents who believe they have been targeted can report it to the sheriff’s office non-emergency line or to the Federal Trade Commission at reportfraud.ftc.gov.""",
        [
            ("These callers are very convincing", "Brenda Coker"),
            ("They use real deputies’ names", "Brenda Coker"),
            ("will never call you to", "Pembroke County Sheriff’s Office"),
            ("I’ve never been in trouble", "Ed Lamberth"),
            ("My heart was pounding. I", "Ed Lamberth"),
            ("If you get a call", "Janice Whitlow"),
            ("We can tell you in", "Janice Whitlow"),
            ("We’d rather be a little", "spokesman"),
            ("The best defense is a", "Travis Odom"),
        ],
    ),
    (
        """Felony backlog in Sutter Ridge County courts hits record as judges ask for help

By Alan Pruett
Gazette Staff

The number of felony cases waiting to be resolved in Sutter Ridge County has climbed to its highest level in at least 15 years, and the county's judges say they cannot fix the problem without more help.

As of June 30, 1,412 felony cases were pending in Sutter Ridge County Superior Court, up from 986 at the same point in 2021, according to figures presented to the Board of Supervisors on Tuesday by court executive officer Linda Tran.

"We are not keeping up, and we haven't been keeping up for a while," Tran told supervisors. "Every month we file more cases than we close."

Presiding Judge Robert Alvarado said the court has been down two judicial positions since a retirement and a death last year, and the state has not yet appointed replacements. Meanwhile, the courthouse annex on Fremont Street has been closed since February because of a failed heating and cooling system, leaving the court with three fewer courtrooms.

"I've got judges hearing arraignments in what used to be a jury assembly room," Alvarado said. "That's not a complaint, it's just the reality. We're making it work, but there's only so much you can squeeze out of the building we have."

The backlog matters because defendants held in custody have a right to a speedy trial, and cases that drag on can fall apart as witnesses move away or memories fade, according to District Attorney Maria Lindqvist.

Lindqvist, who attended the meeting, said her office has 11 open prosecutor positions and has been losing experienced attorneys to neighboring counties that pay more.

"We're training people for two years and then watching them leave for the county next door," she said.

Chief Public Defender Owen Bassett said the delays also hurt his clients, particularly those who cannot afford bail.

"When a case sits for a year, the person sitting in jail waiting for it is someone's father, someone's employee," Bassett said. "Some of them will plead to things they didn't do just to get out. That's what a backlog really costs."

A 2023 review commissioned by the court from the consulting firm Haverford Justice Associates found that Sutter Ridge had "among the highest caseloads per judicial officer in the state" and recommended that the county make repairs to the annex a priority.

Supervisor Gail Hendricks asked whether the county could speed up that work. County Administrator Tom Bedrosian said bids were due later this month and the annex could reopen "by early spring, if everything goes right."

Hendricks was blunt: "Everything never goes right. I'd like a plan for when it doesn't."

Supervisors took no action Tuesday but directed staff to return in August with options, including leasing temporary courtroom space.""",
        [
            ("We are not keeping up", "Linda Tran"),
            ("Every month we file more", "Linda Tran"),
            ("I've got judges hearing arraignments", "Robert Alvarado"),
            ("That's not a complaint, it's", "Robert Alvarado"),
            ("We're training people for two", "Maria Lindqvist"),
            ("When a case sits for", "Owen Bassett"),
            ("Some of them will plead", "Owen Bassett"),
            ("among the highest caseloads per", "Haverford Justice Associates"),
            ("by early spring, if everything", "Tom Bedrosian"),
            ("Everything never goes right. I'd", "Gail Hendricks"),
        ],
    ),
]
