CASES = [
    (
        """Iowa Senate passes property tax cap after late-night debate

By MARGARET HOLLIS Associated Press

DES MOINES, Iowa (AP) — The Iowa Senate voted 31-18 early Thursday to cap annual increases in residential property tax bills at 3%, sending the measure to the House after more than six hours of debate that stretched past midnight.

Supporters said the cap would give homeowners predictability after assessments in some counties jumped by double digits last year. Opponents warned it would squeeze school districts and rural fire departments that rely heavily on local levies.

"People are opening their assessment letters and they're scared," said Sen. Dale Kettering, a Republican from Spirit Bend who managed the bill on the floor. "They've done nothing different, they haven't added a room, and their bill goes up by $900. That's not a tax policy. That's a lottery."

Democrats offered nine amendments, including one to exempt school levies from the cap. All failed on largely party-line votes.

Sen. Rosa Almanza, D-Ashford, said the bill "solves a real problem by creating three new ones." She said cities would be forced to choose between cutting services and asking voters for bond referendums that often fail.

"We are going to hear from every fire chief in this state by the end of the month," Almanza said. "And we're going to deserve it."

The Iowa State Association of Counties, which lobbied against the bill, said in a statement that the cap "ignores the reality that costs for road salt, deputies and jail medical care are rising far faster than 3%."

Gov. Linda Brauer has not said whether she would sign the measure in its current form. Her spokesman, Carl Oduya, told reporters Thursday that the governor "supports relief for homeowners" and was reviewing the Senate version.

House Speaker Thomas Reinholt, R-Orchard Grove, said his chamber would likely take up its own version first.

"We're not going to rubber-stamp anything," Reinholt said. "The Senate did a lot of work and we respect that, but our members have heard from their county supervisors too."

A legislative staff analysis released last week estimated the cap would reduce local property tax collections by about $214 million over its first three years, with the largest effects in fast-growing suburbs around Des Moines and Iowa City.

Kettering said he expected changes in the House but argued the core principle should survive.

"If the number moves from 3 to 3.5, I can live with that," he said. "What I can't live with is going home and telling people we looked at it and decided to do nothing."

The House Ways and Means Committee is expected to hold a hearing on the bill next week.""",
        [
            ("People are opening their assessment", "Dale Kettering"),
            ("They've done nothing different,", "Dale Kettering"),
            ("solves a real problem by", "Rosa Almanza"),
            ("We are going to hear", "Rosa Almanza"),
            ("And we're going to deserve", "Rosa Almanza"),
            ("ignores the reality that costs", "Iowa State Association of Counties"),
            ("supports relief for homeowners", "Carl Oduya"),
            ("We're not going to rubber-stamp", "Thomas Reinholt"),
            ("The Senate did a lot", "Thomas Reinholt"),
            ("If the number moves from", "Dale Kettering"),
            ("What I can't live with", "Dale Kettering"),
        ],
    ),
    (
        """State Supreme Court tosses murder conviction over jury instruction error

By Hannah Lindqvist

ST. PAUL — The Minnesota Supreme Court on Wednesday overturned the 2021 murder conviction of a Kettle Rapids man, ruling 4-3 that the trial judge gave jurors flawed instructions on self-defense that may have tipped the verdict.

Writing for the majority, Justice Miriam Okafor-Ruud said the instructions “effectively placed on the defendant a burden the law does not impose.” The court ordered a new trial for Dwayne Tessmer, 44, who was convicted of second-degree murder in the shooting death of his neighbor, Curtis Helle, during a dispute over a property line.

“We do not suggest that the evidence of self-defense was overwhelming, or even strong,” Okafor-Ruud wrote. “But a defendant is entitled to have the jury weigh that evidence under the correct standard. Mr. Tessmer did not receive that.”

In a sharply worded dissent joined by two colleagues, Justice Paul Gerhardt wrote that the error was harmless given the physical evidence, which showed Helle was shot in the back.

“The majority today orders a second trial that will almost certainly end exactly as the first did,” Gerhardt wrote, adding that the decision would force Helle’s family “to relive the worst day of their lives for no discernible purpose.”

Pinecrest County Attorney Janelle Voss said her office was reviewing the opinion and had not decided whether to retry the case.

“Our thoughts are with the Helle family this morning,” Voss said in a written statement. “They have been through a great deal, and we will talk with them before we make any decisions.”

Tessmer’s appellate attorney, Ben Aaltonen of the state public defender’s office, said the ruling reaffirmed a basic principle.

“Juries can only get it right if they’re told the right rules,” Aaltonen said in an interview. “This wasn’t a technicality. Self-defense was the entire case.”

The instruction at issue required jurors to find that Tessmer had no reasonable way to retreat before he fired, language the majority said had been drawn from an outdated model instruction that the court’s own committee revised in 2016.

The Minnesota County Attorneys Association, which filed a brief supporting the state, said in a statement that it would work with the court’s jury instruction committee “to make sure every district is using current language.”

Helle’s sister, Ann Marie Helle-Brandt, said she was stunned by the decision.

“He was shot in the back in his own driveway,” she said. “I don’t know how many times we have to prove that.”

Tessmer remains in custody at a state prison. A hearing in Pinecrest County District Court has not been scheduled.""",
        [
            ("effectively placed on the defendant", "Miriam Okafor-Ruud"),
            ("We do not suggest that", "Miriam Okafor-Ruud"),
            ("But a defendant is entitled", "Miriam Okafor-Ruud"),
            ("The majority today orders a", "Paul Gerhardt"),
            ("to relive the worst day", "Paul Gerhardt"),
            ("Our thoughts are with the", "Janelle Voss"),
            ("They have been through a", "Janelle Voss"),
            ("Juries can only get it", "Ben Aaltonen"),
            ("This wasn’t a technicality.", "Ben Aaltonen"),
            ("to make sure every district", "Minnesota County Attorneys Association"),
            ("He was shot in the", "Ann Marie Helle-Brandt"),
            ("I don’t know how many", "Ann Marie Helle-Brandt"),
        ],
    ),
    (
        """Governor vetoes elections bill; override vote looms

By Tessa Marchbanks

RALEIGH — Gov. Andre Whitlock vetoed a sweeping elections bill Friday that would have moved the deadline for returning absentee ballots to Election Day, setting up a likely override fight in the General Assembly next week.

In his veto message, Whitlock called the bill "a solution in search of a problem" and said it would disenfranchise voters in rural counties where mail service is slow.

"Every one of these ballots is from a registered voter who followed the rules we gave them," Whitlock said at a news conference at the Executive Mansion. "Changing those rules so that a ballot mailed on time gets thrown out because the post office was slow is not election integrity. It's the opposite."

Republican leaders, who hold a three-fifths majority in the Senate and are one vote short in the House, said they would schedule override votes quickly.

Senate leader Phil Cardwell, R-Harlan Creek, said in a statement that the governor "has once again sided with confusion over certainty."

"Voters deserve to know who won on election night, or as close to it as possible," Cardwell said. "Thirty-one other states have figured this out."

The House vote is expected to be closer. Rep. Marcus Lytle, a Democrat from Ellery County who voted for the bill in April, told reporters Friday he had not decided how he would vote on an override.

"I said then that I had concerns about the rural mail piece, and I still do," Lytle said. "I want to see whether there's any willingness to fix that before I commit to anything."

One Republican House member, who spoke on condition of anonymity because caucus discussions are private, said leaders were considering a separate bill to extend the deadline in counties where postal delays are documented, in hopes of winning over Lytle and one or two other Democrats.

"Nobody wants to lose this over one provision," the lawmaker said.

According to the State Board of Elections, about 11,400 absentee ballots arrived after Election Day but within the current three-day grace period in the 2022 general election. Roughly a third of them came from counties east of Interstate 95.

Voting rights groups praised the veto. The Carolina Ballot Access Project said in a news release that the bill "would have punished voters for the failures of a system they don't control."

Whitlock, a Democrat, has vetoed 14 bills this year. Lawmakers have overridden nine of them.""",
        [
            ("a solution in search of", "Andre Whitlock"),
            ("Every one of these ballots", "Andre Whitlock"),
            ("Changing those rules so that", "Andre Whitlock"),
            ("has once again sided with", "Phil Cardwell"),
            ("Voters deserve to know who", "Phil Cardwell"),
            ("Thirty-one other states have", "Phil Cardwell"),
            ("I said then that I", "Marcus Lytle"),
            ("I want to see whether", "Marcus Lytle"),
            ("Nobody wants to lose this", "Republican House member"),
            ("would have punished voters for", "Carolina Ballot Access Project"),
        ],
    ),
    (
        """Attorney general sues Valley tow operators, says drivers were ‘held for ransom’

By Luis Carrasco

PHOENIX — Arizona Attorney General Rachel Dominguez sued three Phoenix-area towing companies Tuesday, accusing them of hauling away legally parked cars from apartment complexes and then charging owners hundreds of dollars in fees that state law does not allow.

The lawsuit, filed in superior court in Phoenix, alleges that Desert Hook Towing, Sun Corridor Recovery and AZ Prime Tow collectively overcharged more than 2,300 drivers between 2021 and this spring.

At a news conference, Dominguez said drivers were “held for ransom” by companies that knew most people would pay rather than fight.

“You come out in the morning to go to work, your car is gone, and the only way to get it back is to pay whatever they tell you,” Dominguez said. “If you argue, the price goes up. If you wait, it goes up again. That’s not a business model. That’s a shakedown.”

The complaint cites $150 “gate fees” for retrieving cars after business hours and “administrative charges” of up to $95 that appeared on receipts but were never posted at the properties.

Among the drivers named in the complaint is Tamika Russell, a nursing assistant who lives in west Phoenix and whose car was towed from her own assigned parking space in 2022.

“I had my permit hanging from the mirror. I showed them the picture,” Russell said Tuesday. “They told me it wasn’t their problem and it would be $412, cash or card.”

The lawsuit seeks restitution, civil penalties of up to $10,000 per violation and an order barring the companies from operating in Arizona without court oversight.

Desert Hook Towing said in a statement that it “operates in full compliance with state and municipal towing regulations” and would “vigorously defend itself.” The company said its fees are posted at every property where it has a contract.

An attorney for Sun Corridor Recovery, Gregory Pattee, said his client had not yet been served and declined to comment further. AZ Prime Tow did not respond to messages.

State Rep. Ellen Farr, R-Scottsdale, who sponsored a 2023 law capping nonconsensual towing fees, said the lawsuit showed the law was working as intended. “We gave the attorney general the tools,” Farr said. “I’m glad to see them being used.”

A spokesperson for the Arizona Professional Towing Association said the group “does not condone” overcharging but worried the case would paint the whole industry unfairly.

“Most of our members are small family businesses that play by the rules,” the spokesperson said.

Dominguez encouraged anyone who believes they were overcharged to file a complaint with her office’s consumer protection division.""",
        [
            ("held for ransom", "Rachel Dominguez"),
            ("held for ransom", "Rachel Dominguez"),
            ("You come out in the", "Rachel Dominguez"),
            ("If you argue, the price", "Rachel Dominguez"),
            ("I had my permit hanging", "Tamika Russell"),
            ("They told me it wasn’t", "Tamika Russell"),
            ("operates in full compliance with", "Desert Hook Towing"),
            ("vigorously defend itself.", "Desert Hook Towing"),
            ("We gave the attorney general", "Ellen Farr"),
            ("I’m glad to see them", "Ellen Farr"),
            ("does not condone", "spokesperson"),
            ("Most of our members are", "spokesperson"),
        ],
    ),
    (
        """Transit funding fight returns to Capitol as budget deadline nears

By Nora Estep, Capitol Bureau

HARRISBURG — Leaders of Pennsylvania's largest transit agencies told a House committee Monday that they would begin cutting routes and laying off drivers this fall unless lawmakers approve new money before the June 30 budget deadline.

The warning came during a four-hour hearing of the House Transportation Committee, where Democrats pushed for a $290 million increase in state transit aid and Republicans questioned whether the agencies had done enough to control costs.

Denise Okoro, general manager of the Three Rivers Regional Transit Authority, laid out what she called a worst-case scenario: a 35% reduction in service, the elimination of 41 bus routes and fare increases of up to 20%.

"These are not numbers we picked to scare anybody," Okoro said. "We ran them three different ways, and they come out the same every time."

Rep. Gary Voight, the committee's ranking Republican, pressed her on overtime spending, which rose 18% last year according to the authority's own audit.

"Every time we have this conversation, the ask gets bigger and the reforms get smaller," Voight said. "I'm not against transit. I represent people who ride the bus. But I'm not going to hand over another blank check."

Among those who testified was Raymond Sutter, president of Amalgamated Transit Union Local 1409, which represents about 2,100 drivers and mechanics. Sutter told the committee his members had already absorbed two years of forced overtime because of staffing shortages.

"My people are working 60-hour weeks," Sutter said. "Some of them are sleeping in their cars between split shifts because it isn't worth driving home.

"If you cut routes, you don't just cut buses. You cut the people who drive them, and you make it harder to hire the next ones. We've seen this movie before, and it doesn't end well."

A spokeswoman for Gov. Nathan Grieve said the governor's budget proposal already includes $180 million in new transit money and that he was "open to conversations" about going further.

Senate Republicans, who control that chamber, have not scheduled hearings on transit funding. Kara Lindner, a spokeswoman for Senate Majority Leader Joe Pellegrino, said in an email that transit "will be part of the overall budget discussion, like everything else."

Committee Chairwoman Lorraine Bissett, D-Millbrook, closed the hearing with a message for her Senate counterparts: "We can pay for this now, or we can pay for it later in lost jobs, longer commutes and more cars on roads we can't afford to fix."

The committee is expected to vote on a transit funding bill next week. Even if it clears the House, its prospects in the Senate remain uncertain.""",
        [
            ("These are not numbers we", "Denise Okoro"),
            ("We ran them three different", "Denise Okoro"),
            ("Every time we have this", "Gary Voight"),
            ("I'm not against transit.", "Gary Voight"),
            ("My people are working 60-hour", "Raymond Sutter"),
            ("Some of them are sleeping", "Raymond Sutter"),
            ("If you cut routes, you", "Raymond Sutter"),
            ("open to conversations", "spokeswoman"),
            ("will be part of the", "Kara Lindner"),
            ("We can pay for this", "Lorraine Bissett"),
        ],
    ),
    (
        """Former state lawmaker indicted on bribery charges tied to sports betting bill

COLUMBUS, Ohio — A former state representative from northeast Ohio was indicted Thursday on charges that he accepted more than $68,000 in cash, concert tickets and a lakefront vacation from a gaming consultant while he pushed amendments to the state's sports betting law.

Kevin Strasser, 52, a Republican who represented the 67th House District until he resigned in January, faces one count of bribery, two counts of tampering with records and one count of soliciting improper compensation, according to the indictment unsealed in Franklin County Common Pleas Court.

The consultant, Aaron Bellweather, 47, of suburban Columbus, was charged with bribery and one count of making illegal gifts to a public official.

Franklin County Prosecutor Dana Whitcomb said at a news conference that the case was about "the oldest kind of corruption there is."

"This wasn't complicated. It wasn't a gray area," Whitcomb said. "Money went one way, votes and amendments went the other, and both men knew exactly what they were doing."

According to the indictment, Bellweather texted Strasser in March 2023, days before a committee vote: "Need the mobile licensing language in by Tues. Lake house is yours the wk of the 4th." Strasser replied, "Done and done," the indictment says.

Strasser's attorney, Michelle Yoder-Kane, said her client "looks forward to his day in court" and called the charges "a prosecution in search of a crime." In a brief phone interview, she said the vacation was a personal arrangement between longtime friends.

"Kevin has known Aaron for 20 years. Friends lend each other their cabins. That's not a felony in Ohio, or at least it wasn't until today," Yoder-Kane said.

An attorney for Bellweather could not be reached Thursday.

House Speaker Brenda Tolliver said in a statement that the allegations, if true, "represent a betrayal of the people of the 67th District and of every member of this chamber." She said the House had cooperated with investigators since last fall.

The Ohio Casino Control Commission said it had provided records to prosecutors but declined to comment further.

Sam Petrakis, executive director of the watchdog group Ohio Open Government Project, said the case should prompt lawmakers to revisit gift and travel disclosure rules.

"Every few years we have one of these press conferences, and every few years the legislature says it's going to fix the rules," Petrakis said. "Then the cameras go away."

If convicted of bribery, a third-degree felony, Strasser could face up to three years in prison and a lifetime ban from holding public office in Ohio. His arraignment is scheduled for June 12.""",
        [
            ("the oldest kind of corruption", "Dana Whitcomb"),
            ("This wasn't complicated. It wasn't", "Dana Whitcomb"),
            ("Money went one way, votes", "Dana Whitcomb"),
            ("Need the mobile licensing language", "Aaron Bellweather"),
            ("Done and done", "Kevin Strasser"),
            ("looks forward to his day", "Michelle Yoder-Kane"),
            ("a prosecution in search of", "Michelle Yoder-Kane"),
            ("Kevin has known Aaron for", "Michelle Yoder-Kane"),
            ("represent a betrayal of the", "Brenda Tolliver"),
            ("Every few years we have", "Sam Petrakis"),
            ("Then the cameras go away", "Sam Petrakis"),
        ],
    ),
    (
        """New Mexico justices press state on rural school funding

By JONAH BRISCOE Associated Press

SANTA FE, N.M. (AP) — New Mexico Supreme Court justices on Tuesday sharply questioned lawyers for the state over whether lawmakers have done enough to comply with a 2019 ruling that found the state was failing to provide an adequate education to Native American students, English learners and children from low-income families.

The case, Archuleta v. State, was brought in 2017 by a coalition of families and six rural school districts. It returned to the high court after a district judge ruled last year that the state remained out of compliance despite record increases in education spending.

Solicitor General Thomas Arviso told the five justices that the Legislature had raised K-12 funding by more than 40% since 2019 and that the courts should not be in the business of writing budgets.

"The question before this court is not whether New Mexico's schools are perfect," Arviso said. "It's whether the Legislature has made a good-faith effort to meet its constitutional duty. On this record, it plainly has."

Justice Carmen Villalobos was skeptical. "Money appropriated is not the same thing as money arriving in a classroom in Piñon Mesa," she said, pointing to testimony that some districts returned unspent funds because they could not hire enough teachers.

Chief Justice Robert Ainsley asked whether the state was asking the court to simply declare victory.

"If we close this case, counsel, what happens the first year revenue falls and the Legislature cuts these programs?" Ainsley asked. "Who enforces the constitution then?"

Arviso replied that voters and the Legislature would.

Marisol Tafoya, a lawyer with the Southwest Education Justice Center who represents the families, told the court that the state's own data showed reading proficiency among Native American students in the plaintiff districts had barely moved.

"The state keeps telling you how much it has spent," Tafoya said. "It has never once told you what that money bought for a child in Piñon Mesa. That is the question the district court asked, and it is the question the state still can't answer."

Outside the courthouse, several dozen parents and teachers held signs calling for more money for rural schools.

Roberta Chee, a mother of three from Piñon Mesa, said her children's middle school has had a long-term substitute teaching math for two years.

"They tell us it's a funding problem, then they tell us it's a hiring problem," Chee said. "My kids don't care whose problem it is. They just want a teacher."

The Public Education Department said in a statement that it had "made historic investments" in public schools and would "continue working with tribes and districts regardless of the outcome."

The court did not say when it would rule.""",
        [
            ("The question before this court", "Thomas Arviso"),
            ("It's whether the Legislature has", "Thomas Arviso"),
            ("Money appropriated is not the", "Carmen Villalobos"),
            ("If we close this case,", "Robert Ainsley"),
            ("Who enforces the constitution then?", "Robert Ainsley"),
            ("The state keeps telling you", "Marisol Tafoya"),
            ("It has never once told", "Marisol Tafoya"),
            ("They tell us it's a", "Roberta Chee"),
            ("My kids don't care whose", "Roberta Chee"),
            ("made historic investments", "Public Education Department"),
            ("continue working with tribes and", "Public Education Department"),
        ],
    ),
    (
        """Kowalczyk names appeals judge Deborah Haines to Michigan Supreme Court

By Anthony Reyes

LANSING, MI — Gov. Sarah Kowalczyk on Monday appointed Court of Appeals Judge Deborah Haines to the Michigan Supreme Court, filling the seat left vacant when Justice Walter Brennan retired in March after 16 years on the bench.

Haines, 56, is a former assistant prosecutor in Saginaw County and has served on the Court of Appeals since 2015. She will serve until the next general election, when she would have to run to keep the seat for the remainder of Brennan’s term.

At a news conference in the governor’s ceremonial office at the Capitol, Kowalczyk described Haines as “a judge’s judge” who had earned respect from lawyers on both sides of the aisle.

“I didn’t ask Judge Haines how she would rule on any case, and she didn’t offer,” Kowalczyk said. “What I asked was whether she would read the law carefully, listen to every party in front of her and write opinions ordinary people can understand. I’m confident she will.”

Haines, who grew up in Bay City and was the first in her family to attend college, said she was humbled by the appointment.

“When I was a prosecutor, I used to tell victims’ families that the system wouldn’t always give them the answer they wanted, but it owed them an honest one,” she said. “That’s still what I believe a court owes people.”

The appointment keeps a 4-3 majority of justices nominated by Democrats on the seven-member court.

Republicans were quick to criticize the timing. Senate Minority Leader Craig Vandermolen told reporters that the governor had “once again put her thumb on the scale” by filling the seat months before the party conventions, giving Haines the advantage of an incumbency designation on the ballot.

“Nobody is questioning Judge Haines’ résumé,” Vandermolen said. “What people are questioning is a system where a governor can hand-pick a justice and then let her run with ‘Justice of the Supreme Court’ printed under her name.”

A spokesman for the governor said the timing was dictated by the court’s caseload, not politics.

“The court has a full docket this fall and it needs seven justices to hear it,” the spokesman said.

The Great Lakes Trial Lawyers Association praised the pick in a statement, calling Haines “fair, prepared and unfailingly courteous.”

Haines is expected to be sworn in next month. Brennan, who attended Monday’s announcement, said he had known her for more than a decade.

“She’ll outwork all of us,” he said with a laugh. “I’m just glad I won’t have to compete with her.”""",
        [
            ("a judge’s judge", "Sarah Kowalczyk"),
            ("I didn’t ask Judge Haines", "Sarah Kowalczyk"),
            ("What I asked was whether", "Sarah Kowalczyk"),
            ("When I was a prosecutor,", "Deborah Haines"),
            ("That’s still what I believe", "Deborah Haines"),
            ("once again put her thumb", "Craig Vandermolen"),
            ("Nobody is questioning Judge Haines’", "Craig Vandermolen"),
            ("What people are questioning is", "Craig Vandermolen"),
            ("The court has a full", "spokesman"),
            ("fair, prepared and unfailingly courteous", "Great Lakes Trial Lawyers Association"),
            ("She’ll outwork all of us,", "Walter Brennan"),
            ("I’m just glad I won’t", "Walter Brennan"),
        ],
    ),
]
