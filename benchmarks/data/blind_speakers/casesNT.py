CASES = [
    (
        """Pickett County sheriff: Three charged in catalytic converter thefts

By Dana Whitlow
Staff Writer

BRANTLEY, Ala. — Three men face felony theft charges after a weekslong investigation into catalytic converter thefts from church vans and work trucks across Pickett County, Sheriff Roy Dale Hubbard said Tuesday.

Deputies arrested Tyler Wayne Cotton, 24, of Brantley; Marcus Lee Pruitt, 29, of Elba; and a 19-year-old Luverne man whose name was not released because his charges were still being reviewed by the district attorney's office, according to the sheriff's office.

"These weren't kids goofing off. This was an organized operation, and they knew exactly what they were looking for," Hubbard said during a news conference at the county jail.

Hubbard said at least 31 converters were taken between late August and mid-October, most from vehicles parked overnight at churches, a feed store and two lumber yards. Replacement costs ran to more than $60,000, he said.

Investigators tied the men to the thefts after a deputy stopped a pickup on U.S. 231 near the Coffee County line on Oct. 14 and found a battery-powered reciprocating saw, two floor jacks and four converters in the truck bed, according to an arrest affidavit filed in Pickett County District Court.

The affidavit states that Pruitt told the deputy the parts were "for a buddy's scrap business" and that he did not know where they came from.

The Rev. Allen Grice, pastor of Mount Pisgah Missionary Baptist Church, said his congregation's two vans were hit on the same night in September.

"We had seniors who couldn't get to Wednesday night service for three weeks," Grice said. "You don't think about that when you think about a theft like this, but it touches a lot of people."

District Attorney Karen Sessions Mobley said her office would seek to consolidate the cases.

"We intend to hold every one of them accountable for every vehicle, not just the ones they were caught with," Mobley said in a statement.

Cotton and Pruitt were being held in the Pickett County Jail on bonds totaling $45,000 each. It was not immediately clear whether either had an attorney.

Hubbard urged business owners to park vehicles in lighted areas and to consider etching vehicle identification numbers on converters, a service he said the sheriff's office will offer free on Saturday mornings through the end of the year.

"If it's got a number on it, it's a lot harder to sell," he said. "We've already talked to the recyclers in a three-county area, and they're watching.\"""",
        [
            ("These weren't kids goofing off.", "Roy Dale Hubbard"),
            ("for a buddy's scrap business", "Marcus Lee Pruitt"),
            ("We had seniors who couldn't", "Allen Grice"),
            ("You don't think about that", "Allen Grice"),
            ("We intend to hold every", "Karen Sessions Mobley"),
            ("If it's got a number", "Roy Dale Hubbard"),
            ("We've already talked to the", "Roy Dale Hubbard"),
        ],
    ),
    (
        """Grand jury declines to indict St. Amand Parish deputy in fatal shooting

By Keisha Broussard | Published: Oct. 22, 2024 at 5:47 PM CDT

BELLECOURT, La. (KBCL) — A St. Amand Parish grand jury has declined to indict a sheriff’s deputy who shot and killed a man during a traffic stop in July, the district attorney’s office announced Tuesday.

The deputy, Sgt. Corey Landry, fired four shots at 36-year-old Darnell Joseph Batiste after Batiste drove off with Landry partially inside the vehicle, according to the 41st Judicial District Attorney’s Office.

In a written statement, District Attorney Paul Theriot said the grand jury heard testimony from 11 witnesses over two days and reviewed body camera and dash camera footage.

“The grand jurors were given every piece of evidence we had, good and bad, and they made their decision,” the statement read. “I respect that decision, and I ask the community to respect it as well.”

Batiste’s family said they were stunned.

Speaking outside the courthouse, his sister, Monique Batiste Fontenot, said the family had been told the decision was coming only an hour before it was made public.

“My brother was not a threat to anybody,” she said. “He was scared, and he made a bad choice, but he didn’t deserve to die on the side of Highway 13.”

The family’s attorney, Reginald Ardoin of Lafayette, said he will file a federal civil rights lawsuit against the sheriff’s office within the next 30 days. He called the grand jury process “a closed room where the public never gets to see what happened.”

Sheriff Wade Guidry said Landry, a 12-year veteran of the department, has been on administrative leave since the shooting and will remain on leave until an internal review is completed.

“This has been hard on everyone involved, including the Batiste family, and including our deputy and his family,” Guidry told reporters. “Nobody wins in a situation like this.”

Louisiana State Police investigated the shooting at the sheriff’s request. A state police spokesman said the agency’s findings were turned over to the district attorney in September and that the case file would not be released while litigation is possible.

Body camera footage of the stop has not been released. Ardoin said Tuesday that the family had been allowed to view it once, in the district attorney’s office.

“What we saw on that video does not match what we were told the night he died,” Ardoin said. “That’s all I can say right now, but the public is going to see it.”

A vigil is planned for 7 p.m. Friday at the Bellecourt Community Center.

Copyright 2024 KBCL. All rights reserved.""",
        [
            ("The grand jurors were given", "Paul Theriot"),
            ("I respect that decision, and", "Paul Theriot"),
            ("My brother was not a", "Monique Batiste Fontenot"),
            ("He was scared, and he", "Monique Batiste Fontenot"),
            ("a closed room where the", "Reginald Ardoin"),
            ("This has been hard on", "Wade Guidry"),
            ("Nobody wins in a situation", "Wade Guidry"),
            ("What we saw on that", "Reginald Ardoin"),
            ("That’s all I can say", "Reginald Ardoin"),
        ],
    ),
    (
        """Sheriff, commissioners at odds over jail staffing money

By Lee Ann Crowder
The Merritt Herald-Journal

MERRITT, Ga. — Tolliver County Sheriff Jimmy Strickland told county commissioners Monday night that the jail is "one bad weekend away" from a crisis, pressing for $1.2 million in additional money to hire and keep detention officers.

Commissioners did not act on the request, voting 3-2 to table it until the board's Nov. 12 work session.

Strickland said the jail, built in 1998 for 180 inmates, held 241 people Monday morning. It is budgeted for 46 detention officers and currently has 29, he said, with several working mandatory double shifts.

"I've got people sleeping in their cars in the parking lot between shifts because it's not worth driving home," Strickland said. "I've got officers who've been on the job eight weeks training officers who've been on the job two weeks.

"That's not a jail. That's a lawsuit waiting for a date."

Commission Chairman Harold Bivins said the county cannot raise pay for one department without addressing others.

"The sheriff's people deserve a raise. So do our EMTs, so do our road crews, so do the people in the tax office," Bivins said. "We have one pot of money."

Commissioner Tamika Rountree, who voted against tabling the request, said the board has "kicked this down the road" for two budget cycles.

According to figures provided by the county finance office, starting pay for a detention officer in Tolliver County is $33,400, compared with $38,900 in neighboring Ashby County and $41,250 at the state prison outside Merritt.

Part of the strain comes from the courts. Chief Assistant District Attorney Renee Walden of the Big Creek Judicial Circuit told commissioners that about 60 inmates are awaiting trial on serious felonies, some for more than two years, because of a backlog that began during the pandemic.

Walden said the district attorney's office has added a second weekly plea docket and is working to "get the low-level cases out of that building as fast as the law lets us."

The Georgia Sheriffs' Association, in a letter sent to commissioners last week at Strickland's request, said understaffed jails "put officers, inmates and the public at risk" and urged the board to act before the end of the year.

Strickland said that if the money is not approved, he may have to ask judges to consider lower bonds or begin housing inmates in other counties at a cost of about $55 a day per inmate.

"Either way, the taxpayer pays," he said. "The question is whether they pay for it on the front end or the back end.\"""",
        [
            ("one bad weekend away", "Jimmy Strickland"),
            ("I've got people sleeping in", "Jimmy Strickland"),
            ("I've got officers who've been", "Jimmy Strickland"),
            ("That's not a jail.", "Jimmy Strickland"),
            ("The sheriff's people deserve a", "Harold Bivins"),
            ("We have one pot of", "Harold Bivins"),
            ("kicked this down the road", "Tamika Rountree"),
            ("get the low-level cases out", "Renee Walden"),
            ("put officers, inmates and the", "Georgia Sheriffs' Association"),
            ("Either way, the taxpayer pays,", "Jimmy Strickland"),
            ("The question is whether they", "Jimmy Strickland"),
        ],
    ),
    (
        """Man sentenced to 14 years in crash that killed Wexler County teen

DOVER SPRINGS, Tenn. (WTVX) — A Dover Springs man will serve 14 years in prison for a drunken-driving crash that killed a 17-year-old Wexler County High School student last fall.

Criminal Court Judge Lynn M. Haskins handed down the sentence Thursday after a hearing that lasted most of the day and included emotional testimony from the victim's family.

Bradley Keith Owens, 41, pleaded guilty in August to vehicular homicide by intoxication and driving on a revoked license. Prosecutors said his blood-alcohol level was 0.19, more than twice the legal limit, when his truck crossed the center line on State Route 111 and struck a car driven by Emma Grace Pettit.

Pettit's mother, Carla Pettit, read a statement to the court while holding her daughter's senior portrait.

"Emma was supposed to walk across a stage in May. Instead, we walked her class ring up to the front of the church at her funeral," she said. "I do not hate you, Mr. Owens. But I need you to understand what you took."

Owens turned to face the family before the sentence was announced. "There's nothing I can say that fixes it," he said, his voice breaking. "I'm sorry. I'm sorry every day."

Assistant District Attorney General Marcus Feltner had asked for 18 years, noting that Owens had two prior DUI convictions, in 2009 and 2016.

"This was not a mistake. This was a choice he had made before, and the system gave him chances," Feltner told the judge.

Owens' attorney, Assistant Public Defender Sandra Kay Blevins, argued for a sentence at the low end of the range, citing her client's guilty plea and his completion of a jail-based addiction program while awaiting trial.

Haskins said she considered both arguments but found that the prior convictions weighed heavily.

The judge put it this way: "The court cannot ignore that Mr. Owens was told twice, by two different courts, what would happen if he did this again."

District Attorney General Bryant Coles said after the hearing that his office supports a proposal before the state legislature that would require ignition interlock devices for all repeat DUI offenders.

"We see these cases far too often, and every one of them is preventable," Coles said.

Owens will receive credit for about 11 months already served in the Wexler County Jail.

The Pettit family has started a scholarship in Emma's name at Wexler County High. The first award, according to the school's principal, will be given at graduation this spring.

Copyright 2025 WTVX. All rights reserved.""",
        [
            ("Emma was supposed to walk", "Carla Pettit"),
            ("I do not hate you,", "Carla Pettit"),
            ("There's nothing I can say", "Bradley Keith Owens"),
            ("I'm sorry. I'm sorry every", "Bradley Keith Owens"),
            ("This was not a mistake.", "Marcus Feltner"),
            ("The court cannot ignore that", "Lynn M. Haskins"),
            ("We see these cases far", "Bryant Coles"),
        ],
    ),
    (
        """Jail captain fired after inmate’s death in Lomax County

By Rubén Salinas
The Lomax County Courier

PALMER CROSSING — Lomax County Sheriff Dwayne Petty has fired the captain in charge of the county jail, two weeks after a 52-year-old inmate was found dead in a holding cell where jail records show he had not been checked on for more than five hours.

The Lomax County Sheriff’s Office confirmed the firing of Capt. Gerald Voss in a brief statement Wednesday but did not give a reason, saying only that the decision “followed a review of jail operations.”

Two jail employees, who spoke on condition of anonymity because they were not authorized to talk to reporters, said Voss was told Monday that he had failed to ensure required cell checks were being logged.

“Everybody knew the checks weren’t getting done on nights,” said one of the employees, a detention officer. “It wasn’t a secret. We were short four, five people a shift.”

The inmate, Larry Dean Whitcomb of Palmer Crossing, had been booked on a public intoxication charge the evening of Oct. 3. He was found unresponsive at 6:10 a.m. the next day, according to a custodial death report filed with the Texas Attorney General’s Office.

Texas Commission on Jail Standards rules require face-to-face observation of inmates at least every 60 minutes, and every 30 minutes for inmates who are intoxicated or otherwise at risk.

His sister, Diane Whitcomb Ogle, said the family learned of his death from a neighbor.

“Nobody from that jail called us,” Ogle said. “He went in there for being drunk. Drunk. And he came out in a bag.”

The Texas Rangers are investigating the death, which is standard for in-custody deaths in the state. A spokeswoman for the Texas Department of Public Safety said the investigation was ongoing and declined further comment.

Voss, reached by phone Wednesday, said he had been made “the fall guy” for staffing problems he had raised repeatedly with the sheriff.

“I put it in writing. I put it in writing more than once,” he said. “You can’t run a jail on paper if you don’t have people to walk the floor.”

Petty, who was elected in 2020, did not respond to a request for an interview. County Judge Norma Fuentes Keller, who presides over the commissioners court, said the court would discuss jail staffing at its next meeting.

“We need to know what happened, and then we need to fix it. In that order,” Keller said.

District Attorney Alan Moody said his office would review the Rangers’ findings once they are complete to determine whether any criminal charges are warranted.

The jail has failed two of its last three state inspections, according to commission records. The most recent, in March, cited the facility for incomplete observation logs.""",
        [
            ("followed a review of jail", "Lomax County Sheriff’s Office"),
            ("Everybody knew the checks weren’t", "detention officer"),
            ("It wasn’t a secret. We", "detention officer"),
            ("Nobody from that jail called", "Diane Whitcomb Ogle"),
            ("He went in there for", "Diane Whitcomb Ogle"),
            ("the fall guy", "Gerald Voss"),
            ("I put it in writing.", "Gerald Voss"),
            ("You can’t run a jail", "Gerald Voss"),
            ("We need to know what", "Norma Fuentes Keller"),
        ],
    ),
    (
        """DA candidates spar over case backlog, bail at forum

By Will Hargett
Staff Writer

ASHBY, N.C. — The two candidates for district attorney in Tessier and Alder counties traded sharp words Thursday night over a felony case backlog that both agree is too large but disagree about how it got that way.

Incumbent District Attorney Lauren Pike, a Democrat seeking a second term, and Republican challenger Dale Hoyt Barringer, a former assistant DA now in private practice, met for an hour at a forum sponsored by the Tessier County Bar Association and the League of Women Voters of the Piedmont.

Barringer said the number of pending felony cases in Prosecutorial District 33 has grown by nearly 40 percent since Pike took office, citing figures from the North Carolina Administrative Office of the Courts.

"When you have cases sitting for three years, victims stop calling back, witnesses move, and memories fade," Barringer said. "Justice delayed isn't a slogan. It's what's happening in our courthouses right now."

Pike countered that the backlog began before she was elected and grew during the COVID-19 pandemic, when jury trials were halted statewide for months.

"My opponent worked in this office when the backlog started. He knows exactly where it came from," she said.

She said her office has disposed of more than 2,100 felony cases in the past year, a record for the district, and has hired four additional assistant district attorneys with money approved by the General Assembly in 2023.

"We are not where we want to be. I will be the first one to say that," Pike said.

"But we are moving in the right direction, and changing horses now would set us back another two years."

The candidates also split on pretrial release. Barringer said magistrates and judges in the district have been "far too willing" to release people charged with violent crimes on unsecured bonds, and he promised to oppose such releases in every case involving a firearm.

Pike said bond decisions are made by judicial officials, not prosecutors, and accused her opponent of "promising things the law doesn't let a DA do."

Tessier County Sheriff Bobby Gene Lowder, who has endorsed Barringer, watched from the back of the room. Asked afterward about the race, Lowder said: "My deputies make the arrests. What happens after that is up to the DA, and right now too much of it isn't happening."

The League of Women Voters said in a news release that it had invited both candidates to a second forum in Alder County on Oct. 10. Barringer has accepted, according to the release; Pike's campaign said she was reviewing her schedule.

Early voting in North Carolina begins Oct. 17.""",
        [
            ("When you have cases sitting", "Dale Hoyt Barringer"),
            ("Justice delayed isn't a slogan.", "Dale Hoyt Barringer"),
            ("My opponent worked in this", "Lauren Pike"),
            ("We are not where we", "Lauren Pike"),
            ("But we are moving in", "Lauren Pike"),
            ("far too willing", "Dale Hoyt Barringer"),
            ("promising things the law doesn't", "Lauren Pike"),
            ("My deputies make the arrests.", "Bobby Gene Lowder"),
        ],
    ),
    (
        """Mold forces Dunmore County Courthouse to close; court moves to civic center

Posted by: Jade Kimbrough | Updated: 6:12 PM CST Jan 9, 2025

RUSSELLTON, Ark. (KRLT) — The historic Dunmore County Courthouse will be closed for at least three months after inspectors found mold in the building's basement records room and in parts of the second-floor courtroom, County Judge Earl Tackett announced Thursday.

Circuit court hearings, including criminal arraignments, will be held at the Russellton Civic Center beginning Monday, Tackett said. The county clerk, circuit clerk and assessor's offices will move temporarily to a vacant bank building on Main Street.

"Nobody wanted to do this. That courthouse has been open every business day since 1911," Tackett said at a news conference on the courthouse steps. "But I'm not going to ask our employees and the public to breathe that air."

Tackett said the problem was discovered after several employees in the circuit clerk's office complained of headaches and breathing problems in December. An environmental firm hired by the county found elevated mold levels in five rooms, according to a report presented to the quorum court Tuesday night.

Circuit Clerk Vonda Sue Peebles said she had been worried about the building for years.

"We've had water coming in through that basement every time it rains hard," Peebles said. "We've been moving boxes up off the floor with our own hands."

Prosecuting Attorney Grant Whitfield said no criminal cases would be dismissed because of the move, and that jury trials scheduled for February would go forward at the civic center.

"Defendants still have a right to a speedy trial, and victims still have a right to see these cases resolved," Whitfield said. "A building doesn't change that."

Sheriff Mike Oglesby said deputies will provide security at the civic center and transport inmates there from the county detention center, about four miles away. He said the sheriff's office would use portable metal detectors purchased through a 2022 grant program known as "Secure Courts Arkansas."

A spokesman for the Arkansas Administrative Office of the Courts said the office was helping with scheduling and technology for remote hearings. "Our goal is to keep the courts open for business while the county takes care of the building," the spokesman said.

The cost of the cleanup has not been determined. Tackett said the quorum court would meet in special session next week to consider using money from the county's reserve fund.

Some residents at Thursday's announcement worried the closure could become permanent. Tackett said that was not on the table.

"That building is the heart of this town," he said. "We're going to fix it.\"""",
        [
            ("Nobody wanted to do this.", "Earl Tackett"),
            ("But I'm not going to", "Earl Tackett"),
            ("We've had water coming in", "Vonda Sue Peebles"),
            ("We've been moving boxes up", "Vonda Sue Peebles"),
            ("Defendants still have a right", "Grant Whitfield"),
            ("A building doesn't change that.", "Grant Whitfield"),
            ("Our goal is to keep", "spokesman"),
            ("That building is the heart", "Earl Tackett"),
            ("We're going to fix it.", "Earl Tackett"),
        ],
    ),
    (
        """DA on former chancery clerk’s indictment: ‘Public money is not personal money’

By Tonya R. Meeks
Staff writer

CARVER, Miss. — A former Jessup County chancery clerk was indicted Wednesday on charges that she took more than $312,000 in county fees over six years, District Attorney Hollis Ray Dunaway said.

Patricia Ann Lovelady, 58, who served as chancery clerk from 2012 until she resigned in March, faces one count of embezzlement and four counts of fraud by a public official, according to the indictment returned by a Jessup County grand jury.

“Public money is not personal money, no matter how long you’ve held the office,” Dunaway said in an interview Wednesday afternoon. “The people of this county trusted her with their land records and their fees, and we believe the evidence shows she violated that trust.”

The case grew out of an investigation by the Mississippi Office of the State Auditor, which issued a demand letter to Lovelady in April for $398,660, a figure that includes interest and investigative costs.

In a news release, the auditor’s office said investigators found that cash payments for recording fees, marriage licenses and copies were regularly left out of the clerk’s daily deposits, and that the shortfalls were hidden by “altering receipt books and backdating entries.”

Lovelady surrendered to the Jessup County Sheriff’s Department on Wednesday and was released on a $25,000 bond, Sheriff Curtis Mabry said.

“She came in with her lawyer, she was processed like anybody else, and she left,” Mabry said. “We treated it like any other warrant.”

Lovelady’s attorney, Franklin D. Noe of Jackson, said his client “has cooperated at every step” and intends to plead not guilty.

“Mrs. Lovelady served this county for a long time, and she served it well,” Noe said in a statement. “There is a great deal more to these records than the auditor’s report suggests, and we look forward to showing that in court.”

Several members of the Jessup County Board of Supervisors declined to comment. Board President Lamar Tullos said the county had already recovered about $140,000 through a surety bond that covered the clerk’s office.

“We just want the rest of the money back for the taxpayers,” Tullos said.

Chancery Clerk Angela Prewitt, who was appointed in April and won a special election in November, said her office had changed its procedures so that no single employee handles cash from receipt to deposit.

If convicted, Lovelady faces up to 20 years in prison on the embezzlement count alone. A trial date has not been set.""",
        [
            ("Public money is not personal", "Hollis Ray Dunaway"),
            ("Public money is not personal", "Hollis Ray Dunaway"),
            ("The people of this county", "Hollis Ray Dunaway"),
            ("altering receipt books and backdating", "Mississippi Office of the State Auditor"),
            ("She came in with her", "Curtis Mabry"),
            ("We treated it like any", "Curtis Mabry"),
            ("has cooperated at every step", "Franklin D. Noe"),
            ("Mrs. Lovelady served this county", "Franklin D. Noe"),
            ("There is a great deal", "Franklin D. Noe"),
            ("We just want the rest", "Lamar Tullos"),
        ],
    ),
]
