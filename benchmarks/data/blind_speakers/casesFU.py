CASES = [
    (
        """Former county treasurer gets 6 years for siphoning $2.3 million

CAMDEN RIDGE, Ohio (AP) — A former county treasurer who prosecutors say siphoned more than $2.3 million in public money to pay for a lake house, two boats and a string of casino trips was sentenced Tuesday to six years in federal prison.

Darlene Kuchar, 58, pleaded guilty in March to wire fraud and filing a false tax return. U.S. District Judge Marcus Ellery also ordered her to repay the full amount to Whitmore County.

"This was not a lapse in judgment. This was a scheme that ran for the better part of a decade," Ellery said before announcing the sentence. "Every dollar she took was a dollar that did not go to a road, a school or a sheriff's deputy."

Kuchar, who served four terms as treasurer, apologized to county residents in a brief statement to the court, her voice breaking. "I betrayed people who trusted me, and I have no excuse," she said.

Prosecutors said Kuchar moved money from a little-used investment account into a shell company she controlled, then disguised the transfers as payments to a software vendor. The scheme unraveled in 2022 when a newly hired county auditor noticed invoices from a company that had no website, no employees and a mailing address at a shipping store.

Assistant U.S. Attorney Lena Ortiz-Baptiste had asked for an eight-year sentence, arguing that Kuchar "exploited every ounce of trust the voters gave her" and kept taking money even after she learned the FBI was asking questions.

Kuchar's attorney, Glenn Hadaway, sought a sentence of three years, citing her age, health problems and lack of any prior criminal record. He told the judge his client had already sold the lake house and the boats and turned the proceeds over to the county.

"She has lost her reputation, her marriage and her home," Hadaway said. "There is not much left to punish."

Outside the courthouse, Hadaway told reporters he was disappointed but that Kuchar did not plan to appeal.

U.S. Attorney Raymond Tillis said in a statement that the sentence should send a message to officials across the state. "Public office is a trust, not a checking account," the statement said.

Whitmore County Commissioner Bev Anstine, who attended the hearing, said the county has recovered about $900,000 so far and has since overhauled how it handles its investments.

"We're still cleaning up the mess," Anstine said. "But we've put in safeguards so that one person can never do this again."

Kuchar was ordered to report to prison by Aug. 15.""",
        [
            ("This was not a lapse", "Marcus Ellery"),
            ("Every dollar she took", "Marcus Ellery"),
            ("I betrayed people who", "Darlene Kuchar"),
            ("exploited every ounce of trust", "Lena Ortiz-Baptiste"),
            ("She has lost her reputation,", "Glenn Hadaway"),
            ("There is not much left", "Glenn Hadaway"),
            ("Public office is a trust,", "Raymond Tillis"),
            ("We're still cleaning up", "Bev Anstine"),
            ("But we've put in safeguards", "Bev Anstine"),
        ],
    ),
    (
        """Jury convicts man in 2021 killing of Eastgate convenience store clerk

By Tamsin Revell
Staff Writer

After deliberating for less than five hours, a Marlow County jury on Thursday found Jerome Patchett guilty of first-degree murder in the shooting death of a convenience store clerk during a robbery that netted $212.

Patchett, 27, showed no visible reaction as the verdict was read in Courtroom 4B of the Marlow County Justice Center. Relatives of the victim, 61-year-old Harjit Sandhu, wept and embraced in the gallery.

Sandhu had worked the overnight shift at the Quik Stop on Eastgate Avenue for nearly 11 years. Regular customers knew him as “Mr. Harry,” and several testified that he kept a jar of dog treats by the register for people who came in with their pets.

“He was the kindest man on that whole street,” his daughter, Simran Sandhu-Gill, said outside the courthouse. “He came to this country with nothing, and somebody took his life for two hundred dollars.

“We will never get him back. But today, at least, someone listened.”

Deputy District Attorney Carla Mendenhall built much of the state’s case around surveillance video that showed a man in a gray hooded sweatshirt entering the store shortly after 2 a.m. on Nov. 9, 2021. A cellphone recovered from a car registered to Patchett’s girlfriend placed him within two blocks of the store minutes before the shooting, an investigator testified.

In her closing argument Wednesday, Mendenhall told jurors the video left “no room for a reasonable doubt.”

“You watched Mr. Sandhu put the money on the counter,” she said. “You watched him raise his hands. And then you watched the defendant shoot him anyway.”

Patchett’s public defender, Owen Strasberg, argued that the video was too grainy to identify anyone and that police had focused on his client within hours without considering other suspects. He noted that the gun was never recovered.

Strasberg declined to comment after the verdict, saying only that his client “intends to pursue every available avenue” on appeal.

A juror who asked not to be named said the phone records were decisive. “Once you put the phone together with the video, there wasn’t much to argue about,” the juror said.

Superior Court Judge Annette Farrow-Lyle set sentencing for Sept. 12. First-degree murder carries a mandatory sentence of life without the possibility of parole in the state.

District Attorney Lionel Bracewell praised the investigators and the prosecution team in a statement, calling the verdict “a measure of justice for a family that has waited nearly three years.”""",
        [
            ("He was the kindest man", "Simran Sandhu-Gill"),
            ("He came to this country", "Simran Sandhu-Gill"),
            ("We will never get him", "Simran Sandhu-Gill"),
            ("no room for a reasonable", "Carla Mendenhall"),
            ("You watched Mr. Sandhu put", "Carla Mendenhall"),
            ("You watched him raise his", "Carla Mendenhall"),
            ("intends to pursue every available", "Owen Strasberg"),
            ("Once you put the phone", "juror"),
            ("a measure of justice for", "Lionel Bracewell"),
        ],
    ),
    (
        """U.S. charges medical billing executives in $41 million Medicare fraud scheme

By Priya Anand Kessler

(Reuters) - Federal prosecutors on Wednesday charged three executives of a Texas-based medical billing company with defrauding Medicare of about $41 million by billing for genetic tests that doctors never ordered, according to an indictment unsealed in federal court in Brazos City, Texas.

The indictment accuses Lonestar Diagnostic Partners' chief executive, Wade Ambrose, its chief operating officer, Kristin Falk, and its former sales director, Dominic Reyes-Tate, of paying kickbacks to telemarketers who persuaded elderly patients to accept cheek-swab kits, then obtaining signatures from doctors who had never examined the patients.

"The defendants treated Medicare beneficiaries as a revenue stream, not as patients," Assistant Attorney General Harriet Coyle of the Justice Department's Criminal Division said in a statement.

All three were charged with conspiracy to commit health care fraud and conspiracy to pay illegal kickbacks. Ambrose was also charged with money laundering, with prosecutors alleging he used about $6 million of the proceeds to buy a ranch and a private aircraft.

Ambrose's lawyer, Terrence Vail, said his client would plead not guilty and "looks forward to clearing his name in front of a jury."

"Mr. Ambrose relied on licensed physicians and outside compliance counsel at every step," Vail said in an email. "These were tests that doctors ordered and Medicare paid for."

Lawyers for Falk and Reyes-Tate did not immediately respond to requests for comment.

Lonestar Diagnostic Partners, which stopped operating in 2023, did not respond to a request for comment. In a notice posted on its website last year, the company said it was "winding down operations due to changes in the reimbursement environment."

According to the indictment, the company paid telemarketing firms as much as $350 for each signed test order and billed Medicare up to $9,000 per test. Prosecutors said some patients received results for hereditary cancer screenings they did not remember requesting.

The case is part of a broader crackdown on genetic testing fraud that the Justice Department says has cost Medicare more than $2 billion since 2019. A Justice Department official, speaking on condition of anonymity because the investigation is continuing, said additional charges against physicians involved in the scheme were "likely in the coming months."

If convicted, the defendants face up to 10 years in prison on each conspiracy count and up to 20 years on the money laundering charge.

(Reporting by Priya Anand Kessler; Editing by Josh Merriam)""",
        [
            ("The defendants treated Medicare beneficiaries", "Harriet Coyle"),
            ("looks forward to clearing his", "Terrence Vail"),
            ("Mr. Ambrose relied on licensed", "Terrence Vail"),
            ("These were tests that doctors", "Terrence Vail"),
            ("winding down operations due to", "Lonestar Diagnostic Partners"),
            ("likely in the coming months.", "Justice Department official"),
        ],
    ),
    (
        """DA won't charge officers in fatal Riverside Heights shooting

By Marcus Oyelaran | The Tri-County Courier

Two Halden police officers who shot and killed a man armed with a knife outside a Riverside Heights apartment building in February will not face criminal charges, Keller County District Attorney Francine Moraga announced Monday.

In a 38-page report, the Keller County District Attorney's Office concluded that officers Brian Stuckey and Alyssa Dorn "reasonably believed that Mr. Wakefield posed an imminent threat" to a neighbor when they fired a combined seven shots, killing Terrell Wakefield, 34.

Moraga, speaking at a news conference at the county courthouse, acknowledged that the decision would anger Wakefield's family and many residents who have marched in the months since his death.

"I understand that this is not the outcome many people in this community wanted," Moraga said. "My job is not to decide whether this was a tragedy. It was. My job is to decide whether I can prove beyond a reasonable doubt that a crime was committed, and the evidence does not allow me to do that."

According to the report, a neighbor called 911 shortly before 10 p.m. on Feb. 17 to say Wakefield was banging on her door and threatening her with a kitchen knife. Body camera footage shows the officers ordering Wakefield to drop the knife at least 11 times before he advanced toward the neighbor's doorway, the report said.

Wakefield's mother, Denise Wakefield, said her son had struggled with schizophrenia for years and that the family had called police for help twice in the previous month.

"They knew who he was. They knew he was sick," she told reporters outside the courthouse. "And they still came in like it was a war."

The family's attorney, Harold Brisco-Lane, said he would ask the U.S. Attorney's Office to review the case for possible civil rights violations and plans to file a wrongful death lawsuit against the city.

"Today the district attorney told this family that their son's life was worth seven bullets and a press release," Brisco-Lane said.

The Halden Police Officers' Association welcomed the decision. In a statement, the union said the officers "acted exactly as they were trained to act" and had "lived with this for months while being called murderers on social media."

Halden Police Chief Ramon Escudero said both officers remain on administrative duty pending an internal review. Asked whether the department would change how it responds to mental health calls, Escudero said a pilot program pairing officers with crisis counselors would expand to the Riverside Heights district in the fall.

"A decision not to charge is not a declaration that everything went right that night," Moraga said.

The report has been posted on the district attorney's website.""",
        [
            ("reasonably believed that Mr. Wakefield", "Keller County District Attorney's Office"),
            ("I understand that this is", "Francine Moraga"),
            ("My job is not to", "Francine Moraga"),
            ("They knew who he was.", "Denise Wakefield"),
            ("And they still came in", "Denise Wakefield"),
            ("Today the district attorney told", "Harold Brisco-Lane"),
            ("acted exactly as they were", "Halden Police Officers' Association"),
            ("lived with this for months", "Halden Police Officers' Association"),
            ("A decision not to charge", "Francine Moraga"),
        ],
    ),
    (
        """State senator pleads not guilty to federal bribery charges

By DANIEL OKAFOR-REESE Associated Press

PRESTON, Miss. (AP) — A Mississippi state senator pleaded not guilty Friday to federal charges that he accepted more than $180,000 in cash and home renovations from a developer seeking state money for a riverfront hotel project.

Sen. Clayton Whitcomb, a Republican from Dunmore who chairs the Senate Appropriations Committee, entered the plea during a brief hearing before U.S. Magistrate Judge Renee Oduya. He was released on his own recognizance and ordered to surrender his passport.

Speaking to reporters on the courthouse steps, Whitcomb said he had done nothing wrong and would not resign.

"I've served the people of this district for 16 years, and I'm not going anywhere," he said. "I'm going to fight this, and I'm going to win."

The 11-count indictment, unsealed Wednesday, alleges that developer Tobias Renfrow paid for a new roof, kitchen cabinets and a backyard pool at Whitcomb's home in exchange for the senator steering a $4.5 million economic development grant to Renfrow's company, Magnolia Landing LLC.

Renfrow, 49, is charged with bribery and conspiracy and is scheduled to be arraigned next week. His attorney, Susan Partlow, said in a brief statement that her client "has cooperated fully with every inquiry and will respond to these allegations in court."

Prosecutors cited text messages in which Renfrow allegedly wrote to Whitcomb that the pool "should be done before the session starts" and, days later, asked the senator to "keep an eye on our line item."

U.S. Attorney Felicia Barnwell said at a news conference Wednesday that the case was the product of a two-year investigation by the FBI and the IRS.

"No one is above the law, and that includes the people who write the laws," Barnwell said.

Whitcomb's attorney, Lyle Drummond, said the renovations were a loan between longtime friends that Whitcomb had been repaying. "There is a promissory note. There are checks," Drummond said. "The government simply chose not to look at them."

Lt. Gov. Arlene Spade, who presides over the Senate, said Friday that Whitcomb would be temporarily removed as chairman of the appropriations committee while the case is pending.

"The work of the Senate cannot stop, and the budget process deserves a chair who can give it his full attention," Spade said in a statement.

Several Democratic lawmakers called for Whitcomb's resignation. Sen. Keisha Lambert of Greer called the allegations "a stain on this entire Capitol" and said she would file a motion to expel him if he did not step down.

A trial date has not been set. If convicted on all counts, Whitcomb faces up to 20 years in prison on the most serious charge.""",
        [
            ("I've served the people of", "Clayton Whitcomb"),
            ("I'm going to fight this,", "Clayton Whitcomb"),
            ("has cooperated fully with every", "Susan Partlow"),
            ("should be done before the", "Tobias Renfrow"),
            ("keep an eye on our", "Tobias Renfrow"),
            ("No one is above the", "Felicia Barnwell"),
            ("There is a promissory note.", "Lyle Drummond"),
            ("The government simply chose not", "Lyle Drummond"),
            ("The work of the Senate", "Arlene Spade"),
            ("a stain on this entire", "Keisha Lambert"),
        ],
    ),
    (
        """Man freed after 23 years as prosecutors concede flawed arson evidence

By Renata Feliciano
The Bayport Sentinel

Warren Castellow walked out of the Dellmore County Courthouse on Tuesday afternoon a free man for the first time since he was 19, after a judge vacated his murder conviction in a 2001 house fire that killed a mother and her two children.

Castellow, now 42, hugged his aunt on the courthouse steps and lifted his face to the sun. Asked what he planned to do first, he laughed. “Eat something that didn’t come off a tray,” he said.

Circuit Judge Harlan Pruett granted a joint motion from Castellow’s lawyers and the Dellmore County State’s Attorney’s Office to vacate the conviction, finding that the fire science used at trial “would not be accepted by any qualified investigator today.”

The office’s conviction integrity unit, which reinvestigated the case over 18 months, concluded that burn patterns once described by a fire marshal as evidence of a poured accelerant were consistent with a fire that spread naturally after a room reached flashover. Laboratory tests on floor samples, reexamined last year, found no trace of gasoline or other accelerants.

State’s Attorney Monica Delacroix-Hale said her office would not seek a new trial and would move to dismiss the charges.

“The people of this county deserve convictions they can trust,” Delacroix-Hale said. “When the evidence underlying a conviction collapses, the conviction has to go with it. That is not weakness. That is the job.”

Castellow was convicted in 2002 largely on the testimony of the fire marshal and a jailhouse informant who claimed Castellow had confessed to him. The informant, court records show, later recanted in a sworn affidavit, writing that he had been “told what to say” in exchange for a reduced sentence on a burglary charge.

Castellow’s attorney, Naomi Bergquist of the Midlands Innocence Project, said the case was a textbook example of how outdated forensic science can lead to wrongful convictions.

“Warren was a teenager with no record, no motive and an alibi,” Bergquist said. “What he had against him was junk science and a man who was looking for a deal.”

Not everyone welcomed the ruling. Theresa Quillen, whose sister, Angela Moss, died in the fire along with her sons, ages 4 and 7, said she still believes Castellow was responsible.

“For 23 years I was told they had the right man,” Quillen said in a phone interview. “Now they tell me they don’t know who did it. Where does that leave my family?”

A spokesman for the state’s attorney’s office said investigators had reopened the case but that, given the new findings, the fire may not have been a crime at all.

Castellow said he did not blame Quillen for her anger.

“She lost her whole family,” he said. “I lost 23 years. But she lost more than I did.”

Castellow may seek compensation under the state’s wrongful conviction statute, which provides up to $50,000 for each year of imprisonment.""",
        [
            ("Eat something that didn’t come", "Warren Castellow"),
            ("would not be accepted by", "Harlan Pruett"),
            ("The people of this county", "Monica Delacroix-Hale"),
            ("When the evidence underlying a", "Monica Delacroix-Hale"),
            ("told what to say", "jailhouse informant"),
            ("Warren was a teenager with", "Naomi Bergquist"),
            ("What he had against him", "Naomi Bergquist"),
            ("For 23 years I was", "Theresa Quillen"),
            ("Now they tell me they", "Theresa Quillen"),
            ("She lost her whole family,", "Warren Castellow"),
            ("I lost 23 years.", "Warren Castellow"),
        ],
    ),
    (
        """Dealer pleads guilty in fentanyl death of Lakeview High sophomore

By Evan Marchetti
emarchetti@norcrossherald.com

A 23-year-old man pleaded guilty Monday to drug-induced homicide in the death of a 15-year-old Lakeview High School student who took a pill he believed was a prescription painkiller but which was laced with fentanyl.

Tyrese Halvorsen-King admitted in Brannock County Circuit Court that he sold two counterfeit oxycodone tablets to Caleb Mirwald through a social media app in October 2023. Caleb was found unresponsive in his bedroom the next morning by his mother.

Under a plea agreement, prosecutors will recommend a 12-year prison sentence. Judge Patricia Osei-Lindqvist set sentencing for Jan. 8 and said she had not yet decided whether to accept the recommendation.

The case is one of the first in the county brought under a 2022 state law that allows prosecutors to charge dealers with homicide when a drug they sold causes a death.

"These are not accidents," said Assistant State's Attorney Douglas Feeney, who heads the office's narcotics unit. "When you sell a pill that you know, or should know, could contain fentanyl, you are gambling with someone else's life. And in this case, a child lost."

Halvorsen-King, wearing an orange jumpsuit, answered the judge's questions in a quiet voice. When she asked whether anyone had promised him anything beyond the plea agreement in exchange for his guilty plea, he said, "No, ma'am."

His attorney, Celeste Ahn, said her client was himself addicted to opioids at the time of the sale and had not known the pills contained fentanyl.

"He's not a kingpin. He was a 21-year-old kid selling pills to pay for his own habit," Ahn said. "That doesn't excuse what happened, and he knows that. He thinks about Caleb every day."

Critics of drug-induced homicide laws say they tend to sweep up low-level sellers rather than traffickers.

"Most of the people prosecuted under these laws are users who shared or sold to friends," said Leah Dominguez, policy director at the Midwest Sentencing Project, a nonprofit that tracks the cases. "They're not the people flooding the market."

Caleb's parents, Rick and Jolene Mirwald, sat in the front row of the gallery. They have since started a foundation, Caleb's Promise, which gives presentations in middle and high schools about counterfeit pills.

Jolene Mirwald said after the hearing that the family supported the plea agreement because it spared them a trial.

"I couldn't sit through photos of my son's bedroom in front of a jury," she said. "I couldn't do it."

Lakeview School District Superintendent Gordon Baptiste said the district has added naloxone to every school nurse's office since Caleb's death and now holds mandatory assemblies on fentanyl for students in grades 7 through 12.

"We lost a student we loved," Baptiste said. "We are not going to pretend it can't happen again."

According to the Brannock County Medical Examiner's Office, 61 county residents died of fentanyl-related overdoses last year, including four people under 18.""",
        [
            ("These are not accidents,", "Douglas Feeney"),
            ("When you sell a pill", "Douglas Feeney"),
            ("No, ma'am.", "Tyrese Halvorsen-King"),
            ("He's not a kingpin.", "Celeste Ahn"),
            ("That doesn't excuse what happened,", "Celeste Ahn"),
            ("Most of the people prosecuted", "Leah Dominguez"),
            ("They're not the people flooding", "Leah Dominguez"),
            ("I couldn't sit through photos", "Jolene Mirwald"),
            ("I couldn't do it.", "Jolene Mirwald"),
            ("We lost a student we", "Gordon Baptiste"),
            ("We are not going to", "Gordon Baptiste"),
        ],
    ),
    (
        """Appeals court tosses conviction of ex-sheriff in jail beating case

By MEREDITH CAINE Associated Press

CEDAR FORKS, Ark. (AP) — A federal appeals court on Thursday threw out the conviction of a former Arkansas sheriff found guilty of ordering jailers to beat a handcuffed inmate, ruling that the trial judge wrongly barred the defense from questioning a key government witness about his plea deal.

The three-judge panel ordered a new trial for former Tollison County Sheriff Dale Hutchens, who was convicted in 2023 of conspiring to deprive an inmate of his civil rights and obstruction of justice. He has been serving a nine-year sentence at a federal prison in Texas.

The case centered on the testimony of former jail Sgt. Cody Merriweather, who told jurors that Hutchens ordered him and two other jailers to teach inmate Luis Arredondo a lesson after Arredondo spat on a deputy in 2020. Arredondo suffered a fractured eye socket and broken ribs.

Merriweather pleaded guilty before trial and received an 18-month sentence. But U.S. District Judge Caroline Estabrook refused to let Hutchens' lawyers ask Merriweather whether prosecutors had promised to recommend a lighter sentence in exchange for his testimony.

Writing for the panel, Judge Samuel Okonjo said that restriction went to the heart of the case.

"The government's case rose or fell on Merriweather's credibility," Okonjo wrote. "The jury was entitled to know what he stood to gain by pointing the finger at the sheriff."

The panel said the error was not harmless because no other witness directly tied Hutchens to the beating. The jailers who carried it out did not testify, and surveillance cameras in the booking area had been turned off that night, according to trial testimony.

Judge Elaine Marsh-Ridley dissented, writing that the jury had heard "ample evidence" of Merriweather's cooperation from other sources and that the limits on cross-examination were "within the trial court's broad discretion."

Hutchens' attorney, Reid Castellanos, said he would ask that his client be released pending a new trial.

"Sheriff Hutchens has spent two years in prison after a trial that the court has now said was fundamentally unfair," Castellanos said in a phone interview. "We look forward to trying this case the right way."

A spokeswoman for the U.S. Attorney's Office said prosecutors were reviewing the decision and had not decided whether to retry Hutchens or ask the full appeals court to rehear the case.

"We remain committed to holding accountable anyone who abuses the power of a badge," the spokeswoman said.

Arredondo, who settled a civil lawsuit with Tollison County for $1.2 million in 2022, said through his lawyer that he was "disappointed but not surprised."

"He has waited four years to see someone held responsible," said the lawyer, Marisol Guerra-Whitt. "Now he'll have to wait longer."

Hutchens served three terms as sheriff before resigning in 2021 after he was indicted. His successor, Sheriff Tonya Belcourt, said the jail has since installed new cameras and sends all use-of-force incidents to an outside agency for review.""",
        [
            ("The government's case rose or", "Samuel Okonjo"),
            ("The jury was entitled to", "Samuel Okonjo"),
            ("ample evidence", "Elaine Marsh-Ridley"),
            ("within the trial court's broad", "Elaine Marsh-Ridley"),
            ("Sheriff Hutchens has spent two", "Reid Castellanos"),
            ("We look forward to trying", "Reid Castellanos"),
            ("We remain committed to holding", "spokeswoman"),
            ("disappointed but not surprised.", "Luis Arredondo"),
            ("He has waited four years", "Marisol Guerra-Whitt"),
            ("Now he'll have to wait", "Marisol Guerra-Whitt"),
        ],
    ),
]
