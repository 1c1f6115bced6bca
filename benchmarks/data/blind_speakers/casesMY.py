CASES = [
    (
        """Appeals court orders new trial for man convicted in 2018 killing of store clerk

COLUMBUS, Ohio (AP) — An Ohio appeals court on Tuesday threw out the murder conviction of a man sentenced to life in prison for the 2018 shooting of a gas station clerk, ruling that prosecutors improperly withheld a witness statement that could have helped his defense.

The three-judge panel of the 10th District Court of Appeals ordered a new trial for Darnell Ray Whitfield, 34, who was convicted in 2020 of killing 61-year-old Harold Einhorn during a robbery at a gas station in suburban Grove Hollow.

"The state's failure to disclose the statement was not a harmless oversight," Judge Marianne Kostelnik wrote for the majority. "It went to the heart of the only contested issue at trial: who fired the gun."

Whitfield has maintained his innocence. His attorney, Lorna Bequette of the Ohio Innocence Collaborative, said her client was "relieved and grateful" but still faced a long road.

"Darnell has spent five years in prison for something a witness told police, in writing, that someone else did," Bequette said in a phone interview. "We're going to ask the court to set a reasonable bond so he can go home to his family while this gets sorted out."

The Marlow County Prosecutor's Office said it was reviewing the decision and had not decided whether to appeal to the Ohio Supreme Court.

"We respect the court's ruling, but we disagree with its conclusions about the evidence," spokeswoman Tina Ruggles said in an email. "The jury heard from multiple witnesses who placed Mr. Whitfield at the scene."

Judge Peter Adeyemi dissented, writing that the undisclosed statement was "vague, uncorroborated and contradicted by the physical evidence."

Einhorn's daughter, Sharon Einhorn-Place, told reporters outside the courthouse that the family was devastated by the ruling.

"We sat through that trial. We heard everything," she said. "Now they want us to do it all over again. I don't know how my mother is going to get through it."

The withheld statement, according to court records, was given by a customer who told a detective two days after the shooting that the gunman was "much taller" than Whitfield and "had a tattoo on his neck." Whitfield has no tattoos on his neck, his lawyers said in court filings.

The statement sat in a detective's case file and was never turned over to the defense, the majority found. Whitfield's trial lawyers learned of it only in 2023, when a paralegal with the innocence group obtained the file through a public records request.

Prosecutors argued on appeal that the customer had a poor view of the gunman and that his description would not have changed the verdict. The majority disagreed, noting that no physical evidence tied Whitfield to the gun and that the state's case rested largely on two eyewitnesses who had picked him out of a photo lineup.

A hearing on bond was set for next week in Marlow County Common Pleas Court.""",
        [
            ("The state's failure to disclose", "Marianne Kostelnik"),
            ("It went to the heart", "Marianne Kostelnik"),
            ("relieved and grateful", "Lorna Bequette"),
            ("Darnell has spent five years", "Lorna Bequette"),
            ("We're going to ask the", "Lorna Bequette"),
            ("We respect the court's ruling,", "Tina Ruggles"),
            ("The jury heard from multiple", "Tina Ruggles"),
            ("vague, uncorroborated and contradicted by", "Peter Adeyemi"),
            ("We sat through that trial.", "Sharon Einhorn-Place"),
            ("Now they want us to", "Sharon Einhorn-Place"),
            ("much taller", "customer"),
            ("had a tattoo on his", "customer"),
        ],
    ),
    (
        """DA charges former Ashford County treasurer with stealing $412,000

By Kendra Lowery
Staff Writer

HOLLISBURG — The former treasurer of Ashford County was charged Thursday with theft, forgery and tampering with public records after investigators said she diverted more than $412,000 in tax receipts into personal accounts over six years.

Ashford County District Attorney Raymond J. Castellano announced the charges against Deborah Ann Lusk, 58, at a news conference at the county courthouse, flanked by county detectives and state auditors.

“This was not a one-time lapse in judgment,” Castellano said. “This was a deliberate, sustained scheme to take money that belonged to the taxpayers of this county, and she hid it for years.”

According to the criminal complaint, Lusk wrote checks from a county escrow account to a company she controlled, Keystone Parcel Services, and then altered ledgers to show the payments as refunds to property owners. Investigators said the money paid for a vacation cabin, a boat and credit card bills.

Lusk, who served three terms as treasurer before losing a primary in 2023, turned herself in Thursday morning and was arraigned before Magisterial District Judge Alan Pruett, who set bail at $50,000 unsecured.

Her attorney, Martin Gaffney, said Lusk “intends to fight these charges” and questioned the timing of the case.

“My client has cooperated with every request from the county for the last year,” Gaffney said in a phone interview Thursday afternoon. “There are explanations for these transactions that the district attorney has not bothered to hear.”

He declined to elaborate.

The irregularities were first flagged by Lusk’s successor, Treasurer Janelle Ortiz-Brandt, who said she noticed refund checks that didn’t match any property records shortly after taking office.

“At first I thought it was a software problem,” Ortiz-Brandt said. “Then I started pulling the files, and there was nothing behind them. No applications, no approvals. Just checks.”

County Commissioner Lyle Hoffer, chairman of the board, called the allegations “a betrayal” and said the county would pursue restitution through the courts and through Lusk’s county pension.

“Every dollar that was taken is a dollar that didn’t go to roads, to the nursing home, to the 911 center,” Hoffer said. “We want it back.”

The Pennsylvania Office of Fiscal Review, which assisted in the investigation, said in a statement that the case showed “why basic internal controls matter in every courthouse, large or small.” The office said it had recommended that the county require two signatures on any refund over $1,000.

Lusk faces 14 counts in all. The most serious, theft by unlawful taking, is a third-degree felony punishable by up to seven years in prison.

A preliminary hearing is scheduled for Oct. 14.""",
        [
            ("This was not a one-time", "Raymond J. Castellano"),
            ("This was a deliberate, sustained", "Raymond J. Castellano"),
            ("intends to fight these charges", "Martin Gaffney"),
            ("My client has cooperated with", "Martin Gaffney"),
            ("There are explanations for these", "Martin Gaffney"),
            ("At first I thought it", "Janelle Ortiz-Brandt"),
            ("Then I started pulling the", "Janelle Ortiz-Brandt"),
            ("a betrayal", "Lyle Hoffer"),
            ("Every dollar that was taken", "Lyle Hoffer"),
            ("We want it back.", "Lyle Hoffer"),
            ("why basic internal controls matter", "Pennsylvania Office of Fiscal Review"),
        ],
    ),
    (
        """Prosecutors play 911 call as trial opens in death of Carrollton Springs nurse

By Tom Weatherby
The Piedmont Courier

CARROLLTON SPRINGS — Jurors in the murder trial of Bryce Allen Tolliver heard the frantic voice of his wife's sister on a 911 recording Monday as prosecutors laid out their case that he strangled his wife and staged her death to look like a fall.

"She's not breathing, she's not breathing, please hurry," Kayla Mercer can be heard telling a dispatcher in the recording, which was played in a silent Halcomb County Superior Court courtroom.

Tolliver, 41, is charged with malice murder, felony murder and aggravated assault in the April 2023 death of Renee Mercer Tolliver, 38, a labor-and-delivery nurse at Halcomb Regional Medical Center. He has pleaded not guilty.

In her opening statement, Assistant District Attorney Celeste Varga told jurors the evidence would show the couple's marriage had been collapsing for months and that Renee Tolliver had met with a divorce attorney a week before she died.

"He will tell you she fell down the stairs," Varga said, pointing at the defendant. "But the medical examiner will tell you that the injuries on her neck do not come from stairs. They come from hands."

Defense attorney Gregory Pike countered that investigators settled on his client within hours and ignored evidence that did not fit their theory. He told jurors the medical examiner's findings were "far less certain than the state wants you to believe."

Pike continued:

"You're going to hear a lot about a marriage that was in trouble. Lots of marriages are in trouble. That doesn't make anyone a killer.

"What you won't hear is a single witness who saw Bryce lay a hand on Renee that night, because there isn't one."

Kayla Mercer, the state's first witness, testified that she had stopped by the couple's house on Laurel Ridge Drive to return a casserole dish and found her sister at the bottom of the basement stairs.

Asked by Varga what Tolliver was doing when she arrived, Mercer said he was sitting at the kitchen table "looking at his phone."

"He didn't get up," she said, her voice breaking. "He just told me she fell. I ran past him."

Under cross-examination, Pike pressed Mercer on her past disputes with Tolliver, including a 2021 argument at a family cookout that ended with a neighbor calling police. Mercer acknowledged the argument.

"I didn't like him," Mercer said. "I never pretended I did."

Several members of Renee Tolliver's family wore purple ribbons, her favorite color, and sat in the two rows behind the prosecution table. Tolliver's mother and brother sat behind the defense.

Superior Court Judge Harriet Oduya told jurors to expect the trial to last about two weeks. Testimony resumes Tuesday with the Halcomb County police detective who led the investigation.""",
        [
            ("She's not breathing, she's not", "Kayla Mercer"),
            ("He will tell you she", "Celeste Varga"),
            ("But the medical examiner will", "Celeste Varga"),
            ("far less certain than the", "Gregory Pike"),
            ("You're going to hear a", "Gregory Pike"),
            ("What you won't hear is", "Gregory Pike"),
            ("looking at his phone.", "Kayla Mercer"),
            ("He didn't get up,", "Kayla Mercer"),
            ("He just told me she", "Kayla Mercer"),
            ("I didn't like him,", "Kayla Mercer"),
            ("I never pretended I did.", "Kayla Mercer"),
        ],
    ),
    (
        """Kansas high court says prosecutor's closing crossed line, orders retrial

TOPEKA, Kan. (AP) — The Kansas Supreme Court on Friday ordered a new trial for a man convicted of attempted murder, finding that a prosecutor's closing argument repeatedly urged jurors to convict out of sympathy for the victim rather than on the evidence.

In a 5-2 decision, the court said the comments by a Cordell County assistant district attorney during the 2022 trial of Luis Ernesto Barragán were "not isolated slips" but "a theme that ran through the entire argument."

Justice Evelyn Strand, writing for the majority, said prosecutors are given wide latitude in closing arguments but may not ask jurors to put themselves in the victim's place.

"A prosecutor is not an ordinary advocate," Strand wrote. "The obligation to seek a just result does not end when the prosecutor stands up to deliver a closing."

Barragán, 29, was sentenced to nearly 15 years in prison for the 2021 stabbing of a co-worker outside a meatpacking plant in Oakhurst Junction.

According to the opinion, the prosecutor, Wade Kimbrell, told jurors during closing arguments to "imagine what it felt like" to be stabbed in a dark parking lot and asked them to "give him the justice he deserves."

In a dissent joined by Justice Carl Huitt, Justice Roberta Manning wrote that the remarks were improper but that the evidence against Barragán was "overwhelming," including surveillance video and his own statements to police.

"Reversal here punishes the victim, not the prosecutor," Manning wrote.

The Kansas Attorney General's Office, which handled the appeal, said it was disappointed.

"We will review the opinion carefully and work with the Cordell County District Attorney's Office on next steps," a spokesman for the office said in an email.

Cordell County District Attorney Gina Halvorsen told The Associated Press that her office would retry the case.

"The victim in this case has been waiting four years for this to be over," Halvorsen said. "We owe it to him to see it through."

She said Kimbrell no longer works for her office. He left in 2023 for private practice and could not be reached for comment Friday.

Barragán's appellate attorney, Simone Achebe of Capitol Appellate Defenders, said the ruling sent "an important message" to prosecutors across the state.

"Jurors are supposed to decide cases on facts," Achebe said. "When the government asks them to decide on anger, it isn't a fair trial, no matter how strong the state thinks its evidence is."

The ruling is the third time in two years the state's high court has reversed a conviction over a prosecutor's remarks to a jury. In a footnote, the majority noted that the Kansas Bar Association offers training on closing arguments and suggested that district attorneys' offices "would be well served" by requiring it.

Barragán remains in custody. No date has been set for a new trial.""",
        [
            ("not isolated slips", "Kansas Supreme Court"),
            ("a theme that ran through", "Kansas Supreme Court"),
            ("A prosecutor is not an", "Evelyn Strand"),
            ("The obligation to seek a", "Evelyn Strand"),
            ("imagine what it felt like", "Wade Kimbrell"),
            ("give him the justice he", "Wade Kimbrell"),
            ("overwhelming,", "Roberta Manning"),
            ("Reversal here punishes the victim,", "Roberta Manning"),
            ("We will review the opinion", "spokesman"),
            ("The victim in this case", "Gina Halvorsen"),
            ("We owe it to him", "Gina Halvorsen"),
            ("an important message", "Simone Achebe"),
            ("Jurors are supposed to decide", "Simone Achebe"),
            ("When the government asks them", "Simone Achebe"),
            ("would be well served", "Kansas Supreme Court"),
        ],
    ),
    (
        """Roofer gets 12 years for bilking storm victims out of $1.3 million

By Alyssa Navarro
Staff Writer

CANYON RIDGE — A roofing contractor who collected deposits from more than 90 homeowners after the 2022 hailstorm and never came back to do the work was sentenced Wednesday to 12 years in state prison.

Travis Dean Holcomb, 46, owner of the now-defunct Lone Star Summit Roofing, pleaded guilty in July to first-degree theft of property valued at more than $300,000.

State District Judge Ramona Villareal imposed the sentence after nearly three hours of testimony from homeowners, many of them elderly, who described draining savings accounts and living for months under blue tarps.

“I’m 81 years old. I don’t have time to save that money again,” said Doris Whitcomb, who paid Holcomb $14,200 in October 2022. “He sat at my kitchen table and drank my coffee and looked me in the eye.”

Another homeowner, Ernesto Salinas, told the judge his family spent the winter catching rainwater in buckets in their children’s bedroom.

“My kids asked me why the man didn’t come back,” Salinas said. “I didn’t have an answer for them.”

Holcomb, wearing orange jail scrubs, briefly addressed the court. He said the business “got in over its head” after the storm and that he never intended to steal from anyone.

“I’m sorry. I know that doesn’t fix anybody’s roof,” he said.

Assistant Criminal District Attorney Noelle Farris told the judge that Holcomb kept signing contracts and taking deposits for weeks after he knew he could not finish the jobs he already had, and that he spent part of the money on a new pickup truck and a trip to Las Vegas.

“This wasn’t a business that failed,” Farris said. “It was a business that kept selling after it knew it had nothing to sell.”

Villareal also ordered Holcomb to pay $1.3 million in restitution, though prosecutors acknowledged that victims are unlikely to recover most of it. Holcomb has no significant assets, according to a financial statement filed with the court.

Holcomb’s lawyer, Dale Ritter, had asked for 10 years of probation so his client could work and pay the victims back. After the hearing, Ritter said the sentence was “far harsher than the facts warranted” and that he and his client were weighing their options.

Many of the affected homes were insured by Plains Mutual Insurance, which later paid to replace several roofs. The company said in a statement that it had paid more than $400,000 in supplemental claims to policyholders defrauded by Holcomb and “will continue to pursue recovery from those responsible.”

The case prompted the county’s commissioners court to ask state lawmakers last session to require roofing contractors to register with the state, a measure that passed the House but died in a Senate committee.

Holcomb will be eligible for parole after serving half of his sentence.""",
        [
            ("I’m 81 years old.", "Doris Whitcomb"),
            ("He sat at my kitchen", "Doris Whitcomb"),
            ("My kids asked me why", "Ernesto Salinas"),
            ("I didn’t have an answer", "Ernesto Salinas"),
            ("got in over its head", "Travis Dean Holcomb"),
            ("I’m sorry. I know that", "Travis Dean Holcomb"),
            ("This wasn’t a business that", "Noelle Farris"),
            ("It was a business that", "Noelle Farris"),
            ("far harsher than the facts", "Dale Ritter"),
            ("will continue to pursue recovery", "Plains Mutual Insurance"),
        ],
    ),
    (
        """No charges for deputy in fatal shooting at traffic stop, prosecutor says

By Michael Szabo
Northern Kentucky Sentinel

MILLERSPORT, Ky. — A Breckett County grand jury has declined to indict a sheriff's deputy who shot and killed a 27-year-old man during a traffic stop in March, Commonwealth's Attorney Frank Osterhaus announced Monday.

Osterhaus said the grand jury heard three days of testimony and reviewed body-camera footage before concluding that Deputy Nathan Kroll acted in self-defense when he fired four shots at Jamal Tyrese Booker on Kentucky 1402 near the county line.

"I know this is not the outcome that Mr. Booker's family hoped for," Osterhaus said at a news conference. "But the grand jury saw every piece of evidence we had, and they made their decision. My office respects it."

According to the sheriff's office, Kroll pulled Booker over for a broken taillight shortly after 11 p.m. on March 9. Booker drove away as the deputy approached, then stopped again about a mile down the road, and Kroll said he saw Booker reach toward the floorboard. A handgun was later found under the driver's seat.

Attorneys for Booker's family have disputed that account, saying the video shows Booker's hands near the steering wheel when the shots were fired. They have asked the state attorney general's office to review the case.

"The video speaks for itself, and it does not say what the Commonwealth's Attorney says it does," attorney Alicia Brandeis-Moore said in a statement on behalf of the family. "We will keep fighting for Jamal."

The grand jury's vote was not made public. But a person familiar with the proceedings, who spoke on condition of anonymity because grand jury deliberations are secret, said jurors spent "a long time" on the body-camera footage and asked to watch it at least three times.

The person said prosecutors did not recommend a specific charge, instead presenting the grand jury with "the full range of options," from murder down to reckless homicide.

That approach has drawn criticism. Charles Wynant, a former federal prosecutor who teaches at the Ohio Valley School of Law, said it shifts responsibility away from the elected prosecutor.

"Without a recommendation, a grand jury is left to sort out the law on its own," Wynant said. "Sometimes that's a way for a prosecutor to avoid making a hard call."

Osterhaus rejected that characterization. "We presented every option because that's what the law allows," he told reporters. "Nobody was steering anybody."

Sheriff Dwayne Pettit said in a statement that Kroll, who has been on paid administrative leave since the shooting, would return to duty once an internal review is complete, and that the department "grieves with the Booker family."

Booker's mother, Loretta Booker, led a candlelight vigil Monday night outside the courthouse.

"They keep telling us to be patient," she said. "I have been patient. My son is still dead."

An attorney for Kroll did not respond to a request for comment Monday.""",
        [
            ("I know this is not", "Frank Osterhaus"),
            ("But the grand jury saw", "Frank Osterhaus"),
            ("The video speaks for itself,", "Alicia Brandeis-Moore"),
            ("We will keep fighting for", "Alicia Brandeis-Moore"),
            ("a long time", "person familiar with the proceedings"),
            ("the full range of options,", "person familiar with the proceedings"),
            ("Without a recommendation, a grand", "Charles Wynant"),
            ("Sometimes that's a way for", "Charles Wynant"),
            ("We presented every option because", "Frank Osterhaus"),
            ("Nobody was steering anybody.", "Frank Osterhaus"),
            ("grieves with the Booker family", "Dwayne Pettit"),
            ("They keep telling us to", "Loretta Booker"),
            ("I have been patient.", "Loretta Booker"),
        ],
    ),
    (
        """‘I never stopped hoping’: Man freed after 23 years as prosecutors concede flawed arson case

By Grace Whitaker-Lund
The Riverbend Gazette

MASON FALLS — Curtis Lee Danforth walked out of the Aldridge County Justice Center a free man Thursday afternoon, 23 years after he was convicted of a 2001 arson that killed two people — a conviction prosecutors now say rested on discredited fire science and a jailhouse informant who lied.

Circuit Judge Howard Blaylock vacated Danforth’s conviction at the joint request of his lawyers and the Aldridge County Prosecuting Attorney’s Office, whose Conviction Review Unit spent 14 months reinvestigating the case.

“I never stopped hoping,” Danforth, 52, told reporters on the courthouse steps, his arm around his sister. “Some days it was the only thing I had. But I never stopped.”

The unit’s findings, laid out in a 61-page report titled “Review of State v. Danforth,” concluded that the “pour patterns” investigators cited at trial as evidence of gasoline are now known to occur naturally in fires that reach flashover.

The report also found that the state’s key witness, a former cellmate named Eddie Sowell, had been promised help with his own burglary case in exchange for his testimony — a deal that was never disclosed to the defense. Sowell, who died in 2017, told the jury that Danforth had “bragged about the fire more than once.”

Prosecuting Attorney Miriam Tallchief said her office had an obligation to correct the mistake, even one made under her predecessors.

“We don’t get to look away because a case is old or because it was tried by someone else,” Tallchief said in an interview Wednesday. “When the evidence no longer supports a conviction, we have to say so, out loud and in court.

“Mr. Danforth lost more than half his life. Nothing we do today gives that back to him.”

She said her office would not retry Danforth.

The victims of the fire, Roberta Kells, 70, and her grandson, Tyler Kells, 9, lived in the apartment below Danforth’s on Cedar Street. Members of the Kells family were briefed on the review before Thursday’s hearing, according to the prosecutor’s office.

“We want the truth. If this is the truth, then so be it,” said a relative of the Kells family, who asked not to be named because the family has not spoken publicly about the case.

Danforth’s attorney, Joel Ambrose of the Heartland Exoneration Project, said the case should prompt a statewide review of arson convictions from the same era.

“There are people sitting in prison right now on the same junk science that put Curtis there,” Ambrose said. “He’s not the only one.”

Danforth may be eligible for state compensation for each year he was wrongfully imprisoned. Ambrose said a petition would be filed within weeks.

Danforth said his first stop would be his mother’s grave, then a steak dinner. Asked what he planned after that, he laughed. “Sleep in a bed that’s mine,” he said.""",
        [
            ("I never stopped hoping", "Curtis Lee Danforth"),
            ("I never stopped hoping,", "Curtis Lee Danforth"),
            ("Some days it was the", "Curtis Lee Danforth"),
            ("bragged about the fire more", "Eddie Sowell"),
            ("We don’t get to look", "Miriam Tallchief"),
            ("When the evidence no longer", "Miriam Tallchief"),
            ("Mr. Danforth lost more than", "Miriam Tallchief"),
            ("We want the truth.", "relative of the Kells family"),
            ("There are people sitting in", "Joel Ambrose"),
            ("He’s not the only one.", "Joel Ambrose"),
            ("Sleep in a bed that’s", "Curtis Lee Danforth"),
        ],
    ),
    (
        """Appeals judges skeptical of bid to let attorney general take over county prosecutions

By Daniel Okafor
Capitol News Service

PHOENIX — Arizona appeals judges on Wednesday sharply questioned a new state law that lets the attorney general take over criminal cases a county prosecutor has declined to bring, suggesting it may intrude on powers voters gave to elected county attorneys.

The law, passed last year, allows the attorney general's office to file charges in cases involving fentanyl trafficking, organized retail theft and assaults on police officers if a county attorney has not acted within 90 days.

Coronado County Attorney Benjamin Salcido sued to block it after the attorney general's office filed charges in two cases his office had rejected for insufficient evidence. A Superior Court judge upheld the law in January.

During about an hour of argument before a three-judge panel of the Arizona Court of Appeals, Judge Teresa Fong-Whitley asked Deputy Solicitor General Aaron Delsing whether anything would stop the attorney general from taking over "every case a county attorney doesn't like."

"Where is the limiting principle?" Fong-Whitley asked. "If the Legislature can do this for three categories of crime, can it do it for thirty?"

Delsing said the law was narrowly drawn and noted that the attorney general has long shared jurisdiction with county prosecutors over many offenses.

"This statute doesn't take anything away from county attorneys," he told the panel. "It simply makes sure that when a serious crime goes uncharged, someone else can look at it."

Judge Raymond Ocampo appeared more receptive to the state's position, noting that the Legislature routinely defines the duties of county officials. But he too pressed Delsing on the 90-day deadline, calling it "awfully short" for complex drug cases.

Representing Salcido, attorney Priya Venkataraman argued that the law effectively lets the state overrule local voters.

"The people of Coronado County elected a county attorney to make these decisions," she said. "They did not elect the attorney general to make them instead."

The Coronado County Attorney's Office has said in court filings that the two cases the attorney general took over "could not be proven beyond a reasonable doubt" and that pursuing them would waste public money.

Salcido, who attended the hearing, told reporters afterward he was encouraged.

"I'm not opposed to the attorney general prosecuting cases. I'm opposed to being overruled by statute," Salcido said. "That's a question for the courts, and I think we'll get a good answer."

A spokeswoman for the attorney general's office said after the hearing that the office was "confident the law will be upheld."

The bill's sponsor, state Sen. Garrett Lindqvist, R-Copper Wells, said in a phone interview that lawmakers acted because some county attorneys "have simply stopped enforcing the law."

"Voters didn't elect anybody to ignore the statutes," Lindqvist said.

The panel did not say when it would rule. Whichever side loses is expected to ask the Arizona Supreme Court to take the case.""",
        [
            ("every case a county attorney", "Teresa Fong-Whitley"),
            ("Where is the limiting principle?", "Teresa Fong-Whitley"),
            ("If the Legislature can do", "Teresa Fong-Whitley"),
            ("This statute doesn't take anything", "Aaron Delsing"),
            ("It simply makes sure that", "Aaron Delsing"),
            ("awfully short", "Raymond Ocampo"),
            ("The people of Coronado County", "Priya Venkataraman"),
            ("They did not elect the", "Priya Venkataraman"),
            ("could not be proven beyond", "Coronado County Attorney's Office"),
            ("I'm not opposed to the", "Benjamin Salcido"),
            ("That's a question for the", "Benjamin Salcido"),
            ("confident the law will be", "spokeswoman"),
            ("have simply stopped enforcing the", "Garrett Lindqvist"),
            ("Voters didn't elect anybody to", "Garrett Lindqvist"),
        ],
    ),
]
