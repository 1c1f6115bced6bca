CASES = [
    (
        """Nurses strike at Millbrook hospital after contract talks collapse

MILLBROOK, Ohio (AP) — More than 1,100 nurses at St. Casimir Regional Medical Center walked off the job Tuesday morning, forming picket lines along Fenwick Avenue after nine months of contract negotiations ended without a deal late Monday night.

The Ohio Nurses Alliance, which represents the nurses, said staffing levels were the central issue. The union wants enforceable nurse-to-patient ratios written into the contract, while the hospital has offered a staffing committee that would make recommendations to management.

"We did not want to be out here," said Dana Kowalczyk, a labor and delivery nurse who has worked at St. Casimir for 17 years. "But when you're taking care of six patients on a floor that's supposed to have four, somebody gets missed. We're tired of that somebody being a patient."

The hospital said it had brought in about 700 replacement nurses through a staffing agency and that all departments, including the emergency room and the neonatal intensive care unit, would remain open during the five-day strike.

"St. Casimir remains committed to reaching a fair agreement that recognizes the extraordinary work of our nurses," the hospital said in a statement. "Our doors are open and our patients will continue to receive safe, high-quality care."

Hospital President and CEO Martin Elsworth told reporters last week that the union's proposal would cost the system more than $90 million over three years, calling it "simply not sustainable" for a nonprofit hospital that lost money in two of the last three years.

Renee Whitlock, president of the nurses' union, disputed that figure. She pointed to the $14 million the hospital spent on a new parking garage and to executive bonuses paid last spring.

"They found money for concrete," Whitlock said. "They can find money for the people at the bedside."

The replacement agency contract alone will cost the hospital roughly $8 million for the week, according to a nurse manager who was not authorized to discuss the figures publicly and spoke on condition of anonymity. The manager said some units had been "running on fumes" for months before the strike was announced.

Mayor Alicia Perdomo urged both sides to return to the table. "Nobody in this city wins when nurses are on a sidewalk instead of a hospital floor," she said at a news conference Tuesday afternoon.

No new talks had been scheduled as of Tuesday evening. The nurses are set to return to work Sunday at 7 a.m., though the hospital has said replacement nurses are under contract through Monday, meaning some striking nurses could be kept out an additional day.""",
        [
            ("We did not want to", "Dana Kowalczyk"),
            ("But when you're taking care", "Dana Kowalczyk"),
            ("St. Casimir remains committed to", "St. Casimir Regional Medical Center"),
            ("Our doors are open and", "St. Casimir Regional Medical Center"),
            ("simply not sustainable", "Martin Elsworth"),
            ("They found money for concrete,", "Renee Whitlock"),
            ("They can find money for", "Renee Whitlock"),
            ("running on fumes", "nurse manager"),
            ("Nobody in this city wins", "Alicia Perdomo"),
        ],
    ),
    (
        """Keystone Mutual, Monongah Valley Health trade blame as contract deadline nears

By Priya Ramaswamy

Roughly 210,000 Keystone Mutual Health Plan members in western Pennsylvania could lose in-network access to Monongah Valley Health System’s seven hospitals and 60 outpatient clinics on March 1 if the two sides fail to sign a new contract, both organizations confirmed this week.

Monongah Valley is seeking rate increases of about 11% over two years, according to a letter the system sent to area employers last week. The system argued in the letter that Keystone’s current rates “have not kept pace with the cost of labor, drugs and supplies,” and said it has absorbed more than $40 million in inflation-driven losses since 2022.

Keystone has countered with an offer of roughly 4%. In a notice posted to its member website, the insurer said the system’s demands would “drive up premiums for every family and small business we cover.”

“We are not going to hand a blank check to a health system that already charges some of the highest prices in the state,” said Gregory Tillman, Keystone’s chief network officer, in an interview. “Our job is to protect our members’ wallets, and that’s what we’re doing.”

Monongah Valley’s chief financial officer, Lorraine Baptiste, called that characterization misleading. She said the system’s commercial prices sit near the regional median and noted that Keystone posted net income of $312 million last year.

“This isn’t about premiums,” Baptiste said. “It’s about an insurer that would rather protect its margins than pay the people who actually deliver care.”

Both sides said negotiations are continuing. A Keystone spokeswoman said the two teams met twice last week and had another session scheduled for Friday.

Contract brinkmanship between insurers and hospital systems has become increasingly common, health economists say, and public deadlines are often used as leverage. Most disputes are resolved before coverage lapses, though not all.

“The patient letters go out, the TV ads start running, and then usually there’s a handshake in the last 48 hours,” said Marisol Fenner, a health policy researcher at Carrick University. “But patients in the middle of cancer treatment or a pregnancy don’t experience it as theater. They experience it as fear.”

Members in active treatment may qualify for continuity-of-care protections that allow them to keep seeing Monongah Valley physicians at in-network rates for up to 90 days, according to the Pennsylvania Insurance Department. A department spokesman said the agency is “monitoring the situation closely.”""",
        [
            ("have not kept pace with", "Monongah Valley Health System"),
            ("drive up premiums for every", "Keystone Mutual Health Plan"),
            ("We are not going to", "Gregory Tillman"),
            ("Our job is to protect", "Gregory Tillman"),
            ("This isn’t about premiums,", "Lorraine Baptiste"),
            ("It’s about an insurer that", "Lorraine Baptiste"),
            ("The patient letters go out,", "Marisol Fenner"),
            ("But patients in the middle", "Marisol Fenner"),
            ("monitoring the situation closely.", "spokesman"),
        ],
    ),
    (
        """Westgate Community Hospital to close maternity unit, citing staffing and losses

By Terrence Oduya
Staff writer

Westgate Community Hospital will stop delivering babies at the end of June, the hospital announced Thursday, a move that will leave the Harlan Park and Brennan Heights neighborhoods without a birthing unit within eight miles.

The 212-bed hospital, owned by Meridian Lakes Health, said its labor and delivery unit handled 640 births last year, down from more than 1,100 a decade ago, and lost $6.2 million.

"This was one of the hardest decisions our leadership team has ever made," said Dr. Celeste Amani, Westgate's chief medical officer. "We simply cannot recruit enough obstetricians, anesthesiologists and labor nurses to staff a unit safely around the clock."

Amani said expectant mothers who had planned to deliver at Westgate would be contacted by their physicians and offered care at Meridian Lakes' flagship hospital downtown, about 25 minutes away by car. The hospital will continue to offer prenatal and postpartum clinic visits, she said.

Community leaders reacted with anger. Ald. Roberto Szymanski, whose ward includes the hospital, said he learned of the decision from a reporter's phone call.

"Twenty-five minutes by car. Half the families in this ward don't have a car," Szymanski said. "What are they supposed to do at 3 in the morning when the contractions start — call a cab and hope?

"This is a hospital that took a nonprofit tax exemption on the promise that it would serve this community. You don't get to keep the exemption and walk away from the community."

Nurses in the unit were told of the closure at a meeting Thursday morning. One labor nurse, who asked not to be named because she feared losing her job, said staff had been warning managers about vacancies for more than a year.

"We told them and told them," she said. "Nobody listened until it was too late to fix."

Meridian Lakes Health said in a written statement that all 48 employees in the unit would be offered positions elsewhere in the system. The statement described the closure as part of a "regional realignment of services" intended to concentrate high-risk care in fewer locations.

State law requires hospitals to notify the Department of Public Health before discontinuing a category of service, and the department must hold a public hearing. A spokeswoman for the department said a hearing would likely be scheduled for May.

Dr. Keisha Montrose, an obstetrician who studies maternity care deserts at Lakeshore State University, said closures like Westgate's tend to fall hardest on Black and Latina mothers and on women without reliable transportation.

"When a unit closes, the births don't stop," Montrose said. "They just happen farther away, later, and sometimes in the back of a car." """,
        [
            ("This was one of the hardest", "Celeste Amani"),
            ("We simply cannot recruit enough", "Celeste Amani"),
            ("Twenty-five minutes by car.", "Roberto Szymanski"),
            ("What are they supposed to", "Roberto Szymanski"),
            ("This is a hospital that", "Roberto Szymanski"),
            ("We told them and told", "labor nurse"),
            ("Nobody listened until it was", "labor nurse"),
            ("regional realignment of services", "Meridian Lakes Health"),
            ("When a unit closes, the", "Keisha Montrose"),
            ("They just happen farther away,", "Keisha Montrose"),
        ],
    ),
    (
        """Denied by algorithm? Arizona families sue insurer over nursing-home cutoffs

By Colleen Marsh-Adebayo

CHOLLA SPRINGS, Ariz. — When Walter Haskins’ doctors cleared him to leave the hospital after a stroke last March, they also said he would need weeks of rehabilitation before he could walk on his own. His insurer paid for 16 days.

“They cut him off when he still couldn’t get to the bathroom by himself,” said his daughter, Renata Haskins-Ybarra, 44. “The therapists were stunned. One of them told me she’d never seen a denial like it.”

Haskins, 78, is one of five named plaintiffs in a proposed class-action lawsuit filed Monday in federal court in Phoenix against Sonoran Shield Health Plans, the largest Medicare Advantage insurer in the Cholla Springs area. The suit alleges the company used predictive software to set discharge dates for patients in skilled nursing facilities, overriding the judgment of their doctors, and that employees who strayed from the software’s estimates were disciplined.

Sonoran Shield denied the allegations. “Coverage decisions at Sonoran Shield are made by licensed clinicians, not by software,” the company said in an emailed statement. “We use a range of tools to support those clinicians, and we will defend ourselves vigorously against these claims.”

A former utilization review nurse at the company, who spoke on condition of anonymity because she signed a severance agreement, described a different picture. She said managers tracked how closely each reviewer’s decisions matched the tool’s projections, and that reviewers whose numbers drifted were “pulled aside for coaching.”

“The number on the screen was the number,” she said. “You could argue with it, but you’d better have a very good reason, and you’d better not argue too often.”

Jonah Pellerin, an attorney for the plaintiffs, told reporters outside the courthouse that his firm had heard from more than 300 families since it began investigating last year.

“Every one of them has the same story,” Pellerin said. “The doctor says one thing, the computer says another, and the computer wins.”

Federal rules that took effect last year require Medicare Advantage plans to base coverage decisions on an individual patient’s condition rather than on an algorithm alone, but advocates say enforcement has been thin.

Dr. Anjali Rao-Whitfield, medical director at Desert Bloom Care Center, a skilled nursing facility in Cholla Springs, said her staff spends hours each week filing appeals. Most denials are eventually reversed, she said, but “by then the family has already paid out of pocket, or taken their mother home before she was ready.”

Haskins fell twice at home in the weeks after his coverage ended. He now lives with his daughter.

“I don’t need anyone to tell me what a computer predicted,” Haskins-Ybarra said. “I watched what happened.”""",
        [
            ("They cut him off when", "Renata Haskins-Ybarra"),
            ("The therapists were stunned. One", "Renata Haskins-Ybarra"),
            ("Coverage decisions at Sonoran Shield", "Sonoran Shield Health Plans"),
            ("We use a range of", "Sonoran Shield Health Plans"),
            ("pulled aside for coaching.", "former utilization review nurse"),
            ("The number on the screen", "former utilization review nurse"),
            ("You could argue with it,", "former utilization review nurse"),
            ("Every one of them has", "Jonah Pellerin"),
            ("The doctor says one thing,", "Jonah Pellerin"),
            ("by then the family has", "Anjali Rao-Whitfield"),
            ("I don’t need anyone to", "Renata Haskins-Ybarra"),
            ("I watched what happened.", "Renata Haskins-Ybarra"),
        ],
    ),
    (
        """Nurses at Valle Verde Medical Center vote to authorize strike

RANCHO ALCALA, Calif. (KCVN) — Nurses at Valle Verde Medical Center have voted overwhelmingly to authorize a strike, union leaders announced Wednesday, setting up a possible walkout at the Rancho Alcala hospital as early as next month.

According to the California Registered Nurses Coalition, 96% of the roughly 850 nurses who cast ballots voted in favor. The vote does not mean a strike will happen, but it allows the union's bargaining team to call one with 10 days' notice.

Union representative Tomas Echeverria put it bluntly: "We have been at the table since January. The hospital has moved on almost nothing that matters to patients."

The nurses say the hospital has relied too heavily on traveling nurses and has not replaced staff who left during the pandemic. They are also asking for wage increases of 22% over three years.

ICU nurse Bethany Oyelaran told KCVN News she sometimes goes an entire 12-hour shift without a meal break.

"You don't sit down. You don't eat. You chart on your feet," Oyelaran said. "And then you go home and you lie awake wondering if you missed something."

Valle Verde is owned by Pacific Crest Health Partners, a for-profit chain that operates 14 hospitals in California and Nevada. In a statement, Pacific Crest said it was "disappointed" that the union had chosen to hold a strike vote while bargaining was ongoing.

"Our offer includes competitive raises and a significant investment in recruitment and retention," the statement said. "We remain confident that an agreement can be reached at the bargaining table, not on a picket line."

A hospital spokesperson said Valle Verde has contingency plans in place and that patients should keep all scheduled appointments.

Rancho Alcala City Council member Dolores Fitzhugh, a former nurse herself, said she plans to attend the union's rally Saturday outside the hospital's main entrance on Arroyo Boulevard.

"I worked those floors for 22 years," Fitzhugh said. "I know exactly what they're describing. Short staffing isn't a talking point. It's a safety problem."

The two sides are scheduled to meet again next Tuesday with a federal mediator.""",
        [
            ("We have been at the", "Tomas Echeverria"),
            ("You don't sit down. You", "Bethany Oyelaran"),
            ("And then you go home", "Bethany Oyelaran"),
            ("disappointed", "Pacific Crest Health Partners"),
            ("Our offer includes competitive raises", "Pacific Crest Health Partners"),
            ("We remain confident that an", "Pacific Crest Health Partners"),
            ("I worked those floors for", "Dolores Fitzhugh"),
            ("I know exactly what they're", "Dolores Fitzhugh"),
        ],
    ),
    (
        """Tidewater Health Alliance to cut 340 jobs as Medicaid enrollment falls

By Graham Whitacre
Staff Reporter

Tidewater Health Alliance, the Port Ellery-based health insurer, will eliminate about 340 positions and close its customer service center in Caldwell Point by the end of the third quarter, the company said Tuesday.

The cuts amount to roughly 9% of the insurer's workforce. Tidewater said the reductions were driven largely by a decline in Medicaid enrollment following the end of pandemic-era coverage protections, which has cost the company more than 110,000 members since early 2023.

"These are difficult decisions that affect people who have given a great deal to this organization," CEO Harriet Langford-Boyce said in a memo to employees that was obtained by the Business Journal. "But we must align our cost structure with the size of the business we have today, not the business we had two years ago."

Affected employees will receive severance based on length of service, along with extended health coverage and job placement assistance, the company said. Some customer service work will be shifted to a vendor in Texas, according to two employees briefed on the plan.

The Caldwell Point center employs about 210 people, most of them hourly workers who handle member calls and claims questions. One longtime representative, who asked not to be identified because she had not yet received her severance paperwork, said employees were told in a 15-minute video meeting.

"Some of us have been there since the building opened," she said. "They couldn't even tell us in person."

Tidewater reported an operating loss of $47 million last year, its first annual loss in more than a decade, according to filings with the Virginia Bureau of Insurance. Medical costs also rose faster than expected, particularly for behavioral health and specialty drugs, the company said.

Industry analysts said Tidewater is hardly alone. Nonprofit and regional insurers across the country have been squeezed by Medicaid disenrollment and rising utilization among older members.

"Regional plans don't have the scale to absorb a hit like this the way a national carrier can," said Owen Marchetti, a managing director at the consulting firm Halvard Rowe Advisors. "You'll see more consolidation. Some of these plans will end up as acquisition targets within three years."

Port Ellery Mayor Vincent Carrow said he had spoken with Langford-Boyce on Monday and urged the company to keep as many jobs in the region as possible. He described the news as "a gut punch for working families in Caldwell Point."

Tidewater will hold a job fair for affected employees next month and has invited other area employers, including two hospital systems, to participate, the company said.""",
        [
            ("These are difficult decisions that", "Harriet Langford-Boyce"),
            ("But we must align our", "Harriet Langford-Boyce"),
            ("Some of us have been", "longtime representative"),
            ("They couldn't even tell us", "longtime representative"),
            ("Regional plans don't have the", "Owen Marchetti"),
            ("You'll see more consolidation.", "Owen Marchetti"),
            ("a gut punch for working", "Vincent Carrow"),
        ],
    ),
    (
        """North Falls nurses ratify contract, ending 'long, painful' standoff

By Elena Vukovich

Nurses at three North Falls hospitals voted to ratify a new three-year contract Sunday, ending a dispute that included a 10-day strike in September and months of tense negotiations with Lakeland Northern Health.

The agreement, approved by 88% of voting members of the Minnesota Nurses Guild, includes raises totaling 18% over three years, new limits on mandatory overtime and a staffing committee with authority to delay the opening of new beds when units are understaffed.

“This contract is proof of what happens when nurses stand together,” said Guild President Kathleen Sorvino, who called the past year “long, painful and, in the end, worth it.”

“We didn’t get everything we asked for,” she said. “But we got a real voice in staffing for the first time, and that’s going to matter for every patient who walks through these doors.”

Lakeland Northern said in a statement that it was “pleased to have reached an agreement that honors our nurses and supports the long-term stability of the organization.”

The system’s chief nursing officer, Dr. Philippa Agbaje, said in an interview that the staffing committee provision had been the most difficult to resolve.

“We were worried about creating a structure where one committee could effectively shut down a unit,” Agbaje said. “What we landed on gives nurses real authority while keeping a path for escalation when patient demand spikes. I think both sides can live with it.”

She said she hoped the hospitals could “turn the page” and focus on recruitment. Lakeland Northern currently has about 260 open nursing positions across its North Falls campuses.

Not all nurses were satisfied. Some on the night shift at Lakeland Northern’s Riverbend hospital said the raises did little to close the gap with pay at hospitals in larger metro areas.

“I voted yes because I don’t want to strike again this winter,” said Aaron Delgado-Price, an emergency department nurse at Riverbend. “That doesn’t mean I think it’s a good deal. It means I’m tired.”

Health care labor experts said the North Falls agreement reflects a broader trend of nurse unions winning enforceable staffing language after years of pushing for it.

“Five years ago, hospitals would have walked away from the table over a provision like this,” said Simone Achterberg, who studies labor relations at Northern Prairie University. “Now it’s becoming the price of labor peace.”

The contract takes effect immediately, with the first raise, 7%, retroactive to July 1.""",
        [
            ("long, painful", "Kathleen Sorvino"),
            ("This contract is proof of", "Kathleen Sorvino"),
            ("long, painful and, in the", "Kathleen Sorvino"),
            ("We didn’t get everything we", "Kathleen Sorvino"),
            ("But we got a real", "Kathleen Sorvino"),
            ("pleased to have reached an", "Lakeland Northern Health"),
            ("We were worried about creating", "Philippa Agbaje"),
            ("What we landed on gives", "Philippa Agbaje"),
            ("turn the page", "Philippa Agbaje"),
            ("I voted yes because I", "Aaron Delgado-Price"),
            ("That doesn’t mean I think", "Aaron Delgado-Price"),
            ("Five years ago, hospitals would", "Simone Achterberg"),
            ("Now it’s becoming the price", "Simone Achterberg"),
        ],
    ),
    (
        """County hospital faces $58 million gap as commissioners weigh cuts

By Derek Amundsen

Harmon County's public hospital system is facing a $58 million budget shortfall, and county commissioners on Tuesday heard the first detailed options for closing it — including shuttering two neighborhood clinics and reducing hours at the hospital's outpatient pharmacy.

Bexley General Hospital, the county's only safety-net hospital, treated more than 41,000 uninsured patients last year. Its chief executive, Dr. Raymond Tsosie-Hall, told commissioners that rising uncompensated care, the loss of federal pandemic funding and higher labor costs had combined to create "the most serious financial challenge this system has faced in a generation."

"I want to be very clear about what these options mean," Tsosie-Hall said. "Every dollar we cut is a visit that doesn't happen, a prescription that doesn't get filled, a diagnosis that comes later than it should.

"None of these choices are good ones. We are trying to find the least harmful."

The proposals presented Tuesday would close the Eastfield and Old Mill community clinics, which together logged about 52,000 visits last year, and move those patients to larger clinics several miles away. Other options include a hiring freeze and renegotiating contracts with physician groups.

Commissioner Gloria Benavides-Hart, whose precinct includes both clinics, said she would not support closing them.

"You are talking about taking care away from the people with the fewest options in this county," she said. "I won't vote for it. Not this year, not any year."

Commissioner Wade Pruitt offered a different view. He said the county had raised its hospital district tax rate twice in five years and that taxpayers "can't be the bottomless well for every shortfall."

Several residents spoke during the public comment period, many of them patients at the clinics. Ernestina Valdez, 67, told commissioners she takes two buses to get to the Old Mill clinic for diabetes care.

"If you close it, I don't know how I'll get there," she said through an interpreter. "Maybe I won't."

Part of the shortfall stems from a dispute with Bluebonnet Community Health Plan, a Medicaid managed care insurer that the hospital says owes it about $19 million in delayed and denied claims. A county official familiar with the negotiations said the two sides were "close to something" but that no agreement had been signed.

Bluebonnet said in a statement that it "pays all valid claims promptly and in accordance with state contract requirements" and was working with the hospital to resolve the outstanding balance.

Commissioners are expected to vote on a final budget plan in September. Tsosie-Hall told reporters after the meeting that he hoped the board would consider a mix of cuts and new revenue: "There's no version of this where the hospital solves it alone." """,
        [
            ("the most serious financial challenge", "Raymond Tsosie-Hall"),
            ("I want to be very", "Raymond Tsosie-Hall"),
            ("Every dollar we cut is", "Raymond Tsosie-Hall"),
            ("None of these choices are", "Raymond Tsosie-Hall"),
            ("You are talking about taking", "Gloria Benavides-Hart"),
            ("I won't vote for it.", "Gloria Benavides-Hart"),
            ("can't be the bottomless well", "Wade Pruitt"),
            ("If you close it, I", "Ernestina Valdez"),
            ("Maybe I won't.", "Ernestina Valdez"),
            ("close to something", "county official familiar with the negotiations"),
            ("pays all valid claims promptly", "Bluebonnet Community Health Plan"),
            ("There's no version of this", "Raymond Tsosie-Hall"),
        ],
    ),
]
