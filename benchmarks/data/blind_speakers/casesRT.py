CASES = [
    (
        """Sheriff’s office sat on jail death records for 14 months, emails show

By Marisol Quintana

SAN ISIDRO, N.M. — When Loretta Benavidez asked the Ocotillo County Sheriff’s Office for records about her son’s death in its jail, she expected to wait a few weeks. She waited 14 months.

Emails obtained through a separate public records request show that sheriff’s staff discussed Benavidez’s request repeatedly in 2023 but did not produce the incident reports, video or medical logs she sought until a lawyer threatened to sue under the state’s Inspection of Public Records Act.

“They knew exactly what I was asking for,” Benavidez said at her kitchen table in San Isidro. “They just decided I could wait.”

Her son, Andres Benavidez, 27, died in the county detention center in March 2023, two days after he was booked on a misdemeanor warrant for failing to appear in court. The Office of the Medical Investigator ruled his death an accident caused by fentanyl toxicity.

State law requires public bodies to produce records within 15 days or explain in writing why they need more time. In a June 2023 email, a records clerk told a sheriff’s captain that the request was “sitting on my desk with no direction.” The captain, Ruben Archuleta, replied that the sheriff wanted to “hold off until legal weighs in.”

Archuleta, who retired in January, did not return phone messages. Sheriff Dolores “Lola” Garza said in a written statement that her office “takes every records request seriously” and that staffing shortages had created a backlog.

“We have two people handling thousands of requests a year, many of them from commercial data brokers,” the statement said. “That is not an excuse, but it is the reality.”

Open-government advocates were unconvinced. Melanie Ortiz-Crane, executive director of the nonprofit New Mexico Open Records Alliance, said her group hears from families in similar situations “every couple of weeks.”

“Fourteen months is not a backlog. That’s a decision,” Ortiz-Crane said. “And when it involves a death in custody, it’s a decision that protects the agency, not the public.”

Benavidez’s attorney, Thomas Reyes of Las Cruces, said the records finally released in May include video showing that detention officers looked into Andres Benavidez’s cell only twice in the six hours before he was found unresponsive. County policy calls for checks every 30 minutes.

“The video is the whole story,” Reyes said. “You can see why somebody wanted to sit on it.”

Reyes said the family intends to file a wrongful-death lawsuit against the county this fall. A county spokeswoman declined to comment, citing the possibility of litigation.

Benavidez said she has watched the video once.

“I don’t need to see it again,” she said. “I just needed them to admit it exists.”""",
        [
            ("They knew exactly what I", "Loretta Benavidez"),
            ("They just decided I could", "Loretta Benavidez"),
            ("sitting on my desk with", "records clerk"),
            ("hold off until legal weighs", "Ruben Archuleta"),
            ("takes every records request seriously", "Dolores Garza"),
            ("We have two people handling", "Dolores Garza"),
            ("That is not an excuse,", "Dolores Garza"),
            ("every couple of weeks.", "Melanie Ortiz-Crane"),
            ("Fourteen months is not a", "Melanie Ortiz-Crane"),
            ("And when it involves a", "Melanie Ortiz-Crane"),
            ("The video is the whole", "Thomas Reyes"),
            ("You can see why somebody", "Thomas Reyes"),
            ("I don’t need to see", "Loretta Benavidez"),
            ("I just needed them to", "Loretta Benavidez"),
        ],
    ),
    (
        """Families sue Texas prison agency over heat deaths, saying officials ignored years of warnings

By Caleb Whitfield

HOUSTON — Relatives of four men who died in uncooled Texas prisons last summer sued the state prison agency Tuesday, alleging officials ignored years of internal reports showing indoor temperatures routinely topped 110 degrees.

The lawsuit, brought on behalf of the families by the nonprofit Gulf Coast Civil Rights Project, accuses the Texas Department of Corrections and Reentry of violating the Eighth Amendment's ban on cruel and unusual punishment. The agency "knew for years that its oldest and sickest prisoners were being housed in buildings it could not keep cool," the group's lawyers wrote in the complaint.

Among the men who died was Harold Dupree, 66, who collapsed in a dormitory at the Brazos Bend Unit near Rosharon in July 2023. His dorm reached 112 degrees that day, according to agency logs cited in the lawsuit.

"My father was serving time for a parole violation. He was not sentenced to die in an oven," his daughter, Keisha Dupree-Lyons, said at a news conference outside the federal courthouse. "Every single person in that building knew how hot it was."

Agency spokesperson Marcus Ybarra declined to discuss the lawsuit but said in an email that the agency has installed air conditioning in more than 12,000 beds since 2018 and that every prison offers cooled respite areas "to any inmate who requests one."

"The department takes the health of every inmate and employee seriously, and we will continue to expand cooling as funding allows," Ybarra wrote.

A former correctional officer at Brazos Bend, who spoke on condition of anonymity because she still works for the agency at another unit, said the only instruction staff got during heat waves was to "push water and hope for the best."

"We'd fill the coolers at shift change and they'd be empty in an hour," she said. "Some of those men couldn't get out of their bunks to get to them."

State Rep. Gloria Villanueva, D-San Antonio, who has repeatedly filed bills to require air conditioning in every prison, said lawmakers had "run out of excuses."

Sen. Dale Hutchins, R-Tyler, who chairs the Senate Criminal Justice Committee, told reporters last year that the cost — estimated by the agency at more than $1 billion — had to be weighed against other needs.

"Nobody wants anybody to die," Hutchins said then. "But you can't air-condition a hundred prisons overnight, and you can't do it for free."

Renata Solis, senior attorney at the Gulf Coast Civil Rights Project, said the state's own records undercut that argument.

"This isn't about comfort. It's about whether the state is going to keep people alive while they're in its custody," Solis said. "The agency wrote down the temperatures every hour, in every dorm, every summer.

"Nobody can say they didn't know. The only question is why they decided it was acceptable."

The agency has 21 days to respond to the complaint.""",
        [
            ("knew for years that its", "Gulf Coast Civil Rights Project"),
            ("My father was serving time", "Keisha Dupree-Lyons"),
            ("Every single person in that", "Keisha Dupree-Lyons"),
            ("to any inmate who requests", "Marcus Ybarra"),
            ("The department takes the health", "Marcus Ybarra"),
            ("push water and hope for", "former correctional officer at Brazos Bend"),
            ("We'd fill the coolers at", "former correctional officer at Brazos Bend"),
            ("Some of those men couldn't", "former correctional officer at Brazos Bend"),
            ("run out of excuses.", "Gloria Villanueva"),
            ("Nobody wants anybody to die,", "Dale Hutchins"),
            ("But you can't air-condition a", "Dale Hutchins"),
            ("This isn't about comfort. It's", "Renata Solis"),
            ("The agency wrote down the", "Renata Solis"),
            ("Nobody can say they didn't", "Renata Solis"),
        ],
    ),
    (
        """Audit: Wisconsin licensing agency left complaints against nurses, contractors unresolved for years

By Dana Kowalczyk

MADISON — Wisconsin’s professional licensing agency took a median of 412 days to resolve complaints against nurses, electricians and other license holders last year, and left hundreds of cases open for more than three years, according to an audit released Thursday.

The Legislative Audit Office reviewed 600 complaint files at the Department of Licensing and Professional Standards and found that 38 involving allegations of patient harm or unsafe work sat untouched for at least six months. In one case, a complaint that a home care nurse had diverted opioids from a hospice patient was not assigned to an investigator for 14 months, auditors found.

“The department did not consistently prioritize complaints based on the risk they posed to the public,” the audit states. Auditors also wrote that the agency’s case-tracking system was “unable to reliably report” how many complaints were open at any given time.

The 84-page report, titled “Complaint Investigations and Licensing Timeliness,” was requested by the Legislature’s Joint Audit Committee in 2023 after years of complaints from businesses waiting on licenses.

In a letter attached to the audit, department Secretary Andrea Halvorsen wrote that the agency agreed with most of the findings and had already hired eight additional investigators.

“We recognize that the public deserves timely action when someone alleges that a licensed professional has caused harm,” Halvorsen wrote. She said the agency’s budget had not kept pace with a 30% increase in license holders since 2015.

Republican state Sen. Craig Lindqvist of Eau Claire, co-chair of the audit committee, called the findings “alarming” and said he would ask department leaders to appear at a public hearing next month.

“If a nurse is stealing painkillers from dying patients, that can’t sit in a pile for over a year,” Lindqvist said. “That’s not a budget problem. That’s a management problem.”

Democratic Rep. Tamara Ochs of Milwaukee, who also serves on the committee, said the Legislature shares responsibility. The agency has asked for more staff in each of its last three budget requests, and lawmakers approved only a fraction of the positions, she said.

“We can’t starve an agency and then act surprised when it can’t keep up,” Ochs said.

The audit recommended that the department adopt a written system for ranking complaints by risk and report quarterly to the committee on its backlog.

Patient advocates said the delays have real consequences. Joel Ferrante, policy director at the nonprofit Wisconsin Patient Safety Coalition, said families who file complaints often hear nothing for months.

“People assume that when they report something, somebody is looking at it,” Ferrante said. “This audit shows that very often, nobody was.”""",
        [
            ("The department did not consistently", "Legislative Audit Office"),
            ("unable to reliably report", "Legislative Audit Office"),
            ("We recognize that the public", "Andrea Halvorsen"),
            ("alarming", "Craig Lindqvist"),
            ("If a nurse is stealing", "Craig Lindqvist"),
            ("That’s not a budget problem.", "Craig Lindqvist"),
            ("We can’t starve an agency", "Tamara Ochs"),
            ("People assume that when they", "Joel Ferrante"),
            ("This audit shows that very", "Joel Ferrante"),
        ],
    ),
    (
        """Georgia said it ended long-term solitary confinement. Its own records show hundreds still held for months.

By Imani Castellanos and Peter Lodge

In February 2022, Georgia’s prison system announced that it would no longer hold people in isolation for more than 30 consecutive days except in emergencies. The change, officials said at the time, would bring the state “in line with national best practices.”

Internal housing data obtained through the state’s Open Records Act tell a different story. At least 640 people spent more than 90 straight days in restrictive housing in 2023, according to the records, and 112 of them spent more than a year.

Darnell Whitaker, 34, has been in a segregation unit at Harlan Ridge State Prison since October 2022. He is allowed out of his cell five hours a week, he said, and eats every meal alone.

“I talk to the vent because there’s nobody else to talk to,” Whitaker wrote in a letter in March. “Some days I don’t say a word out loud until they slide the tray in. When I asked when I’d get out, a guard told me, ‘You’re not going anywhere, so get comfortable.’”

A spokesman for the Georgia Department of Correctional Services said in an email that people held longer than 30 days make up “a small fraction of the population” and that each placement is reviewed regularly.

“Extended placements are reviewed by a multidisciplinary committee every 14 days and are used only when an individual presents an ongoing threat to staff or other incarcerated people,” the spokesman wrote. He did not answer questions about specific cases, including Whitaker’s.

Records show that in at least 200 cases, people were moved from one isolation cell to another, or released to general population for a day or two and then returned, resetting the count.

A former deputy warden at Harlan Ridge, who asked not to be named because he now works for a contractor that does business with the state, said the practice was widespread. “You move a man from one segregation cell to another and the clock starts over,” he said. “On paper, nobody’s over 30 days.”

Researchers have linked prolonged isolation to depression, psychosis and self-harm. Dr. Elena Marsh, a psychiatrist who has served as a court-appointed monitor of prison conditions in two states, put it plainly: “After 15 days, we start to see damage that doesn’t always go away.”

International standards for the treatment of prisoners define anything beyond 15 consecutive days in solitary as prolonged.

State Sen. Regina Ashby, a Democrat from Augusta who sits on the Senate’s public safety committee, said she would file legislation next year to write the 30-day limit into law and require the department to publish monthly data.

“The department told the public one thing and did another,” Ashby said. “If the policy only exists in a press release, it isn’t a policy.”""",
        [
            ("in line with national best", "officials"),
            ("I talk to the vent", "Darnell Whitaker"),
            ("Some days I don’t say", "Darnell Whitaker"),
            ("You’re not going anywhere, so", "guard"),
            ("a small fraction of the", "spokesman"),
            ("Extended placements are reviewed by", "spokesman"),
            ("You move a man from", "former deputy warden at Harlan Ridge"),
            ("On paper, nobody’s over 30", "former deputy warden at Harlan Ridge"),
            ("After 15 days, we start", "Elena Marsh"),
            ("The department told the public", "Regina Ashby"),
            ("If the policy only exists", "Regina Ashby"),
        ],
    ),
    (
        """Auditor demands Tallahala County sheriff repay $187,000 in fuel, overtime

By Jerome Whitlock

State Auditor Wendell Pruitt's office on Wednesday demanded that Tallahala County Sheriff Buford "Bo" Nance repay more than $187,000, saying the sheriff used county fuel cards for personal vehicles and paid himself overtime he was not entitled to collect.

"The evidence shows a pattern of personal use of public resources that went on for nearly four years," Pruitt said in a news release. "The taxpayers of Tallahala County deserve to have that money back."

According to the auditor's office, investigators found more than 1,300 fuel card transactions between 2020 and 2023 that could not be tied to law enforcement work, including weekend purchases for a bass boat and a pickup registered to Nance's son. The sheriff also received about $96,000 in overtime, even though state law sets sheriffs' pay by statute and does not provide for overtime, the office said.

Nance, a Republican first elected in 2015, has 30 days to repay the money, plus interest and investigative costs, or the case will be sent to the attorney general's office for collection. No criminal charges have been filed, but the auditor's office said it has shared its findings with the district attorney.

In a post on the sheriff's department Facebook page Wednesday afternoon, Nance called the investigation "a political hit job" and said he had "never taken one dime" that did not belong to him.

"I have served this county honestly for nine years, and I will be vindicated," the post said.

Nance did not respond to a phone message or a text seeking comment. His attorney, Carl Lyle Pettus of Hattiesburg, said the overtime was approved each month by the county board of supervisors. He put it this way: "If the board signed off on it, how is that the sheriff's fault?"

Board President Lottie Hairston said supervisors approved the payments based on timesheets submitted by the sheriff's office.

"We don't go out there and check his hours," Hairston said. "We trust the paperwork we're given, and maybe that was a mistake."

A former deputy, who asked not to be named because he still lives in the county and fears retaliation, said the sheriff's use of the fuel cards was an open secret inside the department.

"Everybody knew the boat ran on county gas," the former deputy said. "Nobody was going to be the one to say it."

It is the third demand against a sitting sheriff issued by Pruitt's office since 2022. Pruitt told a legislative committee in January that many small counties "have one bookkeeper and no internal controls to speak of," leaving elected officials to police themselves.

"That's not a system. That's an honor code," Pruitt told the committee.""",
        [
            ("The evidence shows a pattern", "Wendell Pruitt"),
            ("The taxpayers of Tallahala County", "Wendell Pruitt"),
            ("a political hit job", "Buford Nance"),
            ("never taken one dime", "Buford Nance"),
            ("I have served this county", "Buford Nance"),
            ("If the board signed off", "Carl Lyle Pettus"),
            ("We don't go out there", "Lottie Hairston"),
            ("We trust the paperwork we're", "Lottie Hairston"),
            ("Everybody knew the boat ran", "former deputy"),
            ("Nobody was going to be", "former deputy"),
            ("have one bookkeeper and no", "Wendell Pruitt"),
            ("That's not a system. That's", "Wendell Pruitt"),
        ],
    ),
    (
        """Nonprofit newsroom sues California over secret reviews of patient deaths in state hospitals

By Lauren Ishikawa

A Sacramento-based nonprofit newsroom sued the California Department of Forensic Mental Health on Monday, arguing the agency is illegally withholding internal reviews of patient deaths at the five psychiatric hospitals it runs.

The lawsuit, filed in Sacramento County Superior Court by The Sierra Ledger, says the department rejected three public records requests over 18 months for the reviews, which the department conducts after every unexpected death. At least 61 patients died at the hospitals between 2019 and 2023, according to state death records analyzed by the newsroom.

In its written denials, the department said the documents are confidential “peer review” records and that releasing them “would discourage candid evaluation of clinical care by hospital staff.”

“These are people who died in the state’s care, and the state is treating what happened to them like a trade secret,” said Gabriela Ruelas, executive editor of The Sierra Ledger.

Nathan Brill, an attorney representing the newsroom, said the peer review exemption in state law applies to medical staff committees at licensed hospitals, not to a state agency’s own investigations.

“The department is trying to stretch a narrow exemption over an entire category of records it would rather not release,” Brill said. “The Public Records Act doesn’t allow that.”

The department said in a statement Tuesday that it does not comment on pending litigation.

“The department is committed to transparency and to protecting the privacy of the individuals in our care, consistent with state and federal law,” the statement said.

The hospitals house about 6,000 patients, most of them committed by criminal courts after being found incompetent to stand trial or not guilty by reason of insanity. A 2022 report by the California State Auditor found the department “did not consistently track or analyze” patient deaths and serious injuries, and recommended that it publish annual data. The department has not done so.

Patrice Holloway’s brother, Dwayne Holloway, died at Los Robles State Hospital in 2021 at age 44. She told reporters at a news conference outside the courthouse Monday that she has never received an explanation.

“Nobody from the hospital has ever told me how my brother died,” she said. “I got a death certificate and a box of his clothes.”

Assemblymember Victor Anaya, a Democrat from Los Angeles who chairs the Assembly’s select committee on state hospitals, called the department’s position “exactly backwards” and said he is drafting legislation to require public release of death reviews, with patients’ medical details redacted.

“If the state is confident in the care it provides,” Anaya said, “it should have no problem showing its work.”""",
        [
            ("would discourage candid evaluation of", "California Department of Forensic Mental Health"),
            ("These are people who died", "Gabriela Ruelas"),
            ("The department is trying to", "Nathan Brill"),
            ("The Public Records Act doesn’t", "Nathan Brill"),
            ("The department is committed to", "California Department of Forensic Mental Health"),
            ("did not consistently track or", "California State Auditor"),
            ("Nobody from the hospital has", "Patrice Holloway"),
            ("I got a death certificate", "Patrice Holloway"),
            ("exactly backwards", "Victor Anaya"),
            ("If the state is confident", "Victor Anaya"),
            ("it should have no problem", "Victor Anaya"),
        ],
    ),
    (
        """Watchdog group sues Red Fork County jail trust over closed-door meetings

By Travis Redcorn

A government transparency group sued the trust that runs the Red Fork County jail on Thursday, alleging its board discussed a detainee's death and approved a $2.4 million medical contract in closed sessions that violated the Oklahoma Open Meeting Act.

The lawsuit, filed in Red Fork County District Court by Oklahomans for Open Government, asks a judge to void the contract and order the Red Fork County Criminal Justice Authority to release recordings or notes of three executive sessions held between January and April.

"The trust has treated the Open Meeting Act like it's optional," said Sharla Bighorse, the group's president. "When it's the public's jail and the public's money, the public gets to watch."

State law allows public bodies to meet privately only for a handful of reasons, such as discussing pending litigation or individual personnel matters, and requires agendas to describe those reasons in enough detail for the public to understand them. The lawsuit says the trust's agendas did neither.

Trust Chairman Gary Wendt, a former county commissioner, said every executive session was reviewed in advance by the trust's attorney.

"We followed the advice of counsel every single time," Wendt said. "I'm confident a judge will see it that way."

The trust's attorney, Mitchell Auger, did not respond to an email and a phone message Thursday.

The first of the closed sessions came five days after Marcus Tallchief, 41, was found unresponsive in a jail holding cell in January. He had been booked two days earlier on a public intoxication charge. The state medical examiner has not released a cause of death.

His mother, Evelyn Tallchief, said she learned about the meeting from a reporter.

"Nobody called me. Nobody told me anything," she said. "I found out more about my son's death from the newspaper than from the people who had him locked up."

In an interview last month, jail administrator Kent Oldham, who took over in March, said the jail had been short more than 30 detention officers at the time of Tallchief's death.

"One of my officers told me, 'We just didn't have the bodies to do the checks,'" Oldham said. "That's on leadership, not on that officer."

Carolyn Meeks, a media law professor at the University of Tulsa, said courts have voided actions taken by public bodies that failed to follow the law's notice requirements, though such rulings are uncommon.

"Judges take the agenda requirement seriously, because without it the public has no way of knowing what's being decided in its name," Meeks said.

The trust was created by county commissioners in 2019 to take over jail operations from the sheriff's office. It has seven members, five of them appointed by commissioners.""",
        [
            ("The trust has treated the", "Sharla Bighorse"),
            ("When it's the public's jail", "Sharla Bighorse"),
            ("We followed the advice of", "Gary Wendt"),
            ("I'm confident a judge will", "Gary Wendt"),
            ("Nobody called me. Nobody told", "Evelyn Tallchief"),
            ("I found out more about", "Evelyn Tallchief"),
            ("One of my officers told", "Kent Oldham"),
            ("We just didn't have the", "officer"),
            ("That's on leadership, not on", "Kent Oldham"),
            ("Judges take the agenda requirement", "Carolyn Meeks"),
        ],
    ),
    (
        """Bills to open Michigan governor’s office, Legislature to public records stall again

By Owen Pasternak

LANSING — For the fifth legislative session in a row, bills that would subject Michigan’s governor and Legislature to the state’s Freedom of Information Act appear headed nowhere.

The package, which passed the Senate 35-2 in April, has not received a hearing in the House Government Operations Committee. Its chair, Rep. Doug Van Tassel, R-Holland, said he has “serious concerns” about how the bills would treat letters and emails from constituents.

“If a grandmother writes to me about her son’s addiction, I don’t think that letter should be available to anybody who files a request,” Van Tassel said in an interview. “The bills as written don’t protect her.”

The bills’ sponsor, Sen. Priya Ramaswamy, D-Ann Arbor, said the package already exempts communications from private citizens.

“That argument has been answered in the text of the bill for three years,” Ramaswamy said. “At some point you have to ask whether the concern is for the constituents or for the lawmakers.”

Michigan is one of only two states whose governor and legislature are both exempt from public records law. A 2023 review by the nonprofit States Open Records Project ranked Michigan’s transparency laws 48th in the nation, calling them “among the weakest and least enforced anywhere in the country.”

House Speaker Ron DeGroot, R-Byron Center, told reporters Tuesday that the bills were “not a priority this fall” and that the House would focus on the budget and road funding.

A House Republican aide, who spoke on condition of anonymity to describe private caucus discussions, was more blunt. “There might be 10 votes in the caucus for this on a good day,” the aide said.

A spokeswoman for the governor’s office said in an email that the governor “has supported expanding FOIA to the executive office since before taking office” and would sign the bills if they reached her desk.

Open-government advocates said they have heard those assurances before.

“Every year we hear the same reasons, and every year the Legislature finds a way to keep its own records locked in a drawer,” said Lisa Kerwin, executive director of the Great Lakes Sunshine Project.

“Meanwhile, the scandals keep coming. Lawmakers have used nonprofits to hide spending, and the public only found out because of federal investigators or leaks. If these records were public, reporters and citizens could have caught some of that years earlier.

“This isn’t about embarrassing anyone. It’s about letting people see how their government actually works.”

Ramaswamy said she would try to attach the FOIA language to a budget bill if the House does not act by December. Asked whether that was likely to succeed, she laughed.

“I’ve been doing this long enough to know better than to predict anything,” she said.""",
        [
            ("serious concerns", "Doug Van Tassel"),
            ("If a grandmother writes to", "Doug Van Tassel"),
            ("The bills as written don’t", "Doug Van Tassel"),
            ("That argument has been answered", "Priya Ramaswamy"),
            ("At some point you have", "Priya Ramaswamy"),
            ("among the weakest and least", "States Open Records Project"),
            ("not a priority this fall", "Ron DeGroot"),
            ("There might be 10 votes", "House Republican aide"),
            ("has supported expanding FOIA to", "spokeswoman"),
            ("Every year we hear the", "Lisa Kerwin"),
            ("Meanwhile, the scandals keep coming.", "Lisa Kerwin"),
            ("This isn’t about embarrassing anyone.", "Lisa Kerwin"),
            ("I’ve been doing this long", "Priya Ramaswamy"),
        ],
    ),
]
