CASES = [
    (
        """Emergency patients waited up to 19 hours at Port Aldane hospital, new figures show

Meghan Cormier · CBC News · Posted: Mar 12, 2024

Patients arriving at the emergency department of Harbourview Regional Hospital in Port Aldane, N.S., waited a median of seven hours to be assessed by a physician in February, and some waited as long as 19 hours, according to figures released Tuesday by the Eastern Shores Health Authority.

The numbers, posted on the authority's online dashboard, are the worst the hospital has recorded since the dashboard was launched in 2021.

"These numbers are not acceptable to us, and I want to be clear about that," said Dr. Anil Raghunathan, the authority's vice-president of medical affairs. "We have people waiting in chairs for most of a day. That is not the care we want to give."

Raghunathan said the main problem is a shortage of inpatient beds. On an average day last month, 41 of the hospital's 160 beds were occupied by patients who no longer needed acute care but were waiting for a spot in a long-term care home, he said.

That means patients admitted through the emergency department can spend days on stretchers in hallways, waiting for a bed upstairs.

Lorraine MacIsaac, 71, spent 31 hours on a stretcher in a corridor in January after being admitted with pneumonia.

"The nurses were wonderful, but they were run off their feet," she said in an interview from her home in nearby Glen Corran. "There was a man beside me who was calling out all night. Nobody slept."

Her daughter, Shauna MacIsaac, said the family has filed a complaint with the health authority. "She's 71 years old and she was lying under fluorescent lights for a day and a half. Somebody has to answer for that."

Health Minister Gordon Fraser was not available for an interview Tuesday. In a statement, the Department of Health and Wellness said the province has added 28 transitional care beds in the region since last spring and is "working urgently with our partners to open more."

"We recognize the pressure on staff and patients in the eastern zone, and we share their frustration," the statement said.

Opposition health critic Denise Boudreau said the government has had years to fix the problem.

"Every winter we hear that help is on the way," Boudreau told reporters at the legislature. "Every winter the numbers get worse."

The health authority said it will open a rapid assessment area staffed by nurse practitioners next month, which it expects will divert patients with less serious conditions away from the main emergency department.""",
        [
            ("These numbers are not acceptable", "Anil Raghunathan"),
            ("We have people waiting in", "Anil Raghunathan"),
            ("The nurses were wonderful, but", "Lorraine MacIsaac"),
            ("There was a man beside", "Lorraine MacIsaac"),
            ("She's 71 years old and", "Shauna MacIsaac"),
            ("working urgently with our partners", "Department of Health and Wellness"),
            ("We recognize the pressure on", "Department of Health and Wellness"),
            ("Every winter we hear that", "Denise Boudreau"),
            ("Every winter the numbers get", "Denise Boudreau"),
        ],
    ),
    (
        """Nurses vote 94 per cent in favour of strike mandate

By Carla Sandhu

Manitoba nurses have handed their union a strong strike mandate, setting the stage for a possible walkout at hospitals across the province as early as next month.

The Manitoba Registered Nurses’ Alliance announced Thursday that 94 per cent of members who cast ballots voted in favour of strike action, with turnout of 81 per cent among the roughly 11,000 nurses it represents.

“Nurses don’t take this lightly,” alliance president Teresa Wojcik said at a news conference at the union’s office. “Nobody goes into nursing wanting to walk off the job. But our members have told us, loud and clear, that they’ve had enough.”

The two sides have been without a contract since March 2023. Wojcik said the main sticking points are mandatory overtime and nurse-to-patient ratios, not wages.

“We have nurses being told at the end of a 12-hour shift that they can’t go home,” she said. “They have kids at daycare. They’re exhausted. And they’re being told that if they leave, they’re abandoning their patients.”

The Health Employers Bargaining Council of Manitoba, which negotiates on behalf of the province’s health authorities, said in a statement it remains “committed to reaching a fair deal at the table.”

“We have tabled a competitive wage offer and proposals to reduce reliance on overtime, and we believe a settlement is within reach,” the statement said.

Under Manitoba’s essential services legislation, the union and employers must agree on minimum staffing levels before any strike can take place. Wojcik said those talks have not yet begun.

Health Minister Priya Mandal said she was disappointed but not surprised by the vote.

“I understand the frustration. I’ve worked alongside nurses my whole career,” said Mandal, a former hospital pharmacist. “But a strike is not in anyone’s interest, least of all patients. My message to both parties is: get back to the table and stay there.”

Progressive Conservative health critic Ross Kettering accused the government of letting talks drift.

“This government promised to fix health care in its first hundred days,” he said. “It’s been fourteen months.”

At Red River General Hospital, where a handful of nurses gathered outside during a shift change Thursday evening, several said they supported the vote. One emergency nurse, who asked not to be named because she was not authorized to speak to media, said her unit had been short three nurses on most night shifts since Christmas.

“People think we’re striking for money,” she said. “We’re striking so we can do our jobs safely.”

If the union serves strike notice, it must give employers at least two weeks’ warning.""",
        [
            ("Nurses don’t take this lightly", "Teresa Wojcik"),
            ("Nobody goes into nursing wanting", "Teresa Wojcik"),
            ("We have nurses being told", "Teresa Wojcik"),
            ("They have kids at daycare.", "Teresa Wojcik"),
            ("committed to reaching a fair", "Health Employers Bargaining Council of Manitoba"),
            ("We have tabled a competitive", "Health Employers Bargaining Council of Manitoba"),
            ("I understand the frustration. I’ve", "Priya Mandal"),
            ("But a strike is not", "Priya Mandal"),
            ("This government promised to fix", "Ross Kettering"),
            ("It’s been fourteen months.", "Ross Kettering"),
            ("People think we’re striking for", "emergency nurse"),
            ("We’re striking so we can", "emergency nurse"),
        ],
    ),
    (
        """Alberta budget boosts health spending 4.1 per cent, but critics say it won’t keep pace

Jason Oduya

The Alberta government will spend $26.8 billion on health care in the coming fiscal year, a 4.1 per cent increase that Finance Minister Daryl Henke described as “a record investment in front-line care.”

Tabling his second budget in the legislature Thursday, Henke said the money would fund 600 new acute-care beds over three years, expanded surgical capacity at chartered clinics and a new rural physician recruitment program.

“Albertans told us they want shorter waits and they want to be able to find a family doctor,” Henke said. “This budget delivers on both.”

But health economists and opposition critics said the increase barely covers population growth and inflation.

“When you account for the fact that the province added roughly 200,000 people last year, and that the population is aging, a four per cent increase is essentially standing still,” said Marianne Kowalchuk, an associate professor of health policy at Prairie West University.

She said the budget’s projections for emergency department wait times, which the government expects to fall by 15 per cent by 2026, were “optimistic at best.”

NDP health critic Samira Haddad said the budget did little to address staff shortages. “You can announce all the beds you want,” she said. “If you don’t have nurses to staff them, they’re just furniture.”

According to budget documents, the province expects to spend $312 million over three years on a new “Health Workforce Strategy,” including signing bonuses for nurses who relocate to rural communities and additional seats in nursing programs at colleges and universities.

Glen Ostrowski, president of the Alberta Union of Health Care Workers, said in an interview that bonuses would not solve the province’s retention problem.

“We’ve seen these bonuses before. Nurses take the money, they work their year, and then they leave, because the working conditions haven’t changed,” Ostrowski said.

He said the union would have preferred to see money set aside for a new contract. Talks between the union and the province are scheduled to resume next month.

The budget also forecasts a $1.2-billion surplus, down from $2.9 billion last year, largely because of lower oil prices. Henke said the government remained committed to “responsible, balanced budgets” and would not return to deficit spending to fund new programs.

The Alberta Physicians’ Council, in a brief statement, called the rural recruitment program “a welcome first step” but said it wanted more detail on how the money would be allocated among communities.

The health budget accounts for roughly 39 per cent of total provincial program spending, according to the budget documents.""",
        [
            ("a record investment in front-line", "Daryl Henke"),
            ("Albertans told us they want", "Daryl Henke"),
            ("This budget delivers on both.", "Daryl Henke"),
            ("When you account for the", "Marianne Kowalchuk"),
            ("optimistic at best.", "Marianne Kowalchuk"),
            ("You can announce all the", "Samira Haddad"),
            ("If you don’t have nurses", "Samira Haddad"),
            ("We’ve seen these bonuses before.", "Glen Ostrowski"),
            ("responsible, balanced budgets", "Daryl Henke"),
            ("a welcome first step", "Alberta Physicians’ Council"),
        ],
    ),
    (
        """Saskatchewan town's emergency room closes for 40th time this year as doctors stretched thin

KESTREL LAKE, Sask. — The emergency department at Kestrel Lake Union Hospital was closed again over the weekend, the 40th temporary closure this year for a facility that serves about 9,000 people in west-central Saskatchewan.

Saskatchewan Regional Health Services posted a notice on its website Friday afternoon blaming "a temporary disruption caused by limited physician coverage" and directing residents to the hospital in Merrow, about 70 kilometres away.

Mayor Dale Ferenc said residents have stopped being surprised.

"It used to be big news when the ER closed," Ferenc said in an interview. "Now people just check Facebook before they get in the car. That's where we are."

Ferenc said the town has spent $180,000 over three years on housing and incentives to attract doctors, but the community still has only two full-time physicians, down from six a decade ago.

The closures have real consequences, said Bev Lindqvist, a paramedic who has worked in the area for 22 years. She said ambulances from Kestrel Lake now regularly spend four or five hours on a single call, driving patients to Merrow and waiting to hand them over.

"When we're on the highway with one patient, there's nobody covering town," Lindqvist said. "We've had calls where the closest ambulance was an hour away. You do that math on a cardiac arrest."

Rural and Remote Health Minister Colleen Abernethy told reporters at the legislature Monday that the province has recruited 95 internationally trained physicians over the past two years, many of whom are now working in rural communities.

"We know there is more to do," Abernethy said. "Every community deserves stable emergency services, and we're working with the health authority community by community to get there."

Asked whether Kestrel Lake would have a full-time emergency physician by the end of the year, Abernethy said she would not "make promises I can't keep," but said recruitment there was a priority.

NDP MLA Jordan Whitebear said the closures show the government's recruitment efforts are not keeping up with departures.

"The minister keeps counting the doctors coming in the front door," he said. "She's not counting the ones walking out the back."

A spokesperson for Saskatchewan Regional Health Services said the emergency department was expected to reopen Monday evening and that locum physicians have been booked for most of the coming month.

The Canadian Press""",
        [
            ("a temporary disruption caused by", "Saskatchewan Regional Health Services"),
            ("It used to be big", "Dale Ferenc"),
            ("Now people just check Facebook", "Dale Ferenc"),
            ("When we're on the highway", "Bev Lindqvist"),
            ("We've had calls where the", "Bev Lindqvist"),
            ("We know there is more", "Colleen Abernethy"),
            ("Every community deserves stable emergency", "Colleen Abernethy"),
            ("make promises I can't keep", "Colleen Abernethy"),
            ("The minister keeps counting the", "Jordan Whitebear"),
            ("She's not counting the ones", "Jordan Whitebear"),
        ],
    ),
    (
        """Riverbend hospital declares overcapacity alert as flu season peaks

Nadia Fonseca

Riverbend Regional Hospital in Alderton has declared an overcapacity alert for the third time this winter, with more than 70 admitted patients being cared for in hallways, lounges and converted storage rooms, according to an internal memo obtained by this newspaper.

The memo, sent to staff Tuesday night by chief operating officer Ravinder Gill, said the hospital was operating at 138 per cent of its funded capacity and asked managers to “identify every possible discharge” before noon the following day.

“I recognize how difficult these conditions are for our teams, and I am grateful for the extraordinary effort you are making,” Gill wrote. “Please look after yourselves and each other.”

An overcapacity alert allows the hospital to cancel non-urgent surgeries, redeploy staff from outpatient clinics and place admitted patients in spaces not normally used for care.

An emergency physician at the hospital, who spoke on condition of anonymity because staff have been told not to speak to reporters, described conditions on Wednesday morning as “the worst I have seen in 14 years.”

“We had patients on stretchers lined up past the ambulance bay doors,” the physician said. “We had a woman in her 90s in a room we normally use to store IV poles. The nurses are doing triage in the hallway because there is nowhere else to do it.

“Everyone keeps calling it a surge. A surge ends. This hasn’t ended since October.”

A statement from the Valley Coast Health Authority said influenza and RSV admissions across the region were up 40 per cent compared with the same period last year, and that the pressure was being felt at “every acute-care site we operate.”

“Patient safety remains our top priority,” the statement said. “We encourage anyone with non-urgent health concerns to visit an urgent and primary care centre or call 811.”

Health Minister Adrian Lowe, speaking to reporters at the legislature, acknowledged the strain.

“Nobody is pretending this is fine,” he said. He pointed to 1,100 nurses hired in the province over the past year and said a new 120-bed patient tower at Riverbend is scheduled to open in 2026.

The B.C. Nursing Professionals’ Union said in a news release that the minister’s figures do not account for experienced nurses leaving the profession.

“Hiring announcements mean nothing if we are losing experienced nurses faster than we can replace them,” union president Dana Whitcombe said in the release.""",
        [
            ("identify every possible discharge", "Ravinder Gill"),
            ("I recognize how difficult these", "Ravinder Gill"),
            ("Please look after yourselves and", "Ravinder Gill"),
            ("the worst I have seen", "emergency physician"),
            ("We had patients on stretchers", "emergency physician"),
            ("We had a woman in", "emergency physician"),
            ("Everyone keeps calling it a", "emergency physician"),
            ("every acute-care site we operate", "Valley Coast Health Authority"),
            ("Patient safety remains our top", "Valley Coast Health Authority"),
            ("We encourage anyone with non-urgent", "Valley Coast Health Authority"),
            ("Nobody is pretending this is", "Adrian Lowe"),
            ("Hiring announcements mean nothing if", "Dana Whitcombe"),
        ],
    ),
    (
        """Tentative deal reached to end 9-day nurses' strike in New Brunswick

Julien Thériault · CBC News

Striking nurses in New Brunswick will return to work Friday morning after their union and the province reached a tentative agreement late Wednesday night, ending a nine-day walkout that forced the cancellation of more than 2,000 surgeries.

The New Brunswick Nurses' Guild, which represents about 6,800 registered nurses and nurse practitioners, announced the deal on social media shortly before midnight.

"Our members stood on picket lines in the rain and the cold for nine days, and they did it for their patients," the guild said in the post. "Tonight, that stand has paid off."

Details of the agreement will not be released until members have had a chance to review it, but guild president Marc-André Léger told reporters Thursday morning that it includes "real, enforceable limits" on mandatory overtime.

"That was the line in the sand for us," Léger said outside the guild's offices. "Wages matter, but nurses told us over and over that overtime was breaking them. This deal addresses that."

Ratification votes will be held over the next two weeks.

Premier Heather Langille said in a statement that she was "relieved and grateful" that nurses would be back at work, but did not take questions.

Treasury Board President Simon Gaudet, who led the province's side of the negotiations, was more forthcoming. He told reporters the agreement would cost the province about $140 million over four years, according to preliminary estimates.

Gaudet put it plainly: "This was expensive. But the cost of not having a deal was higher, and we were seeing that every day in our hospitals."

The strike, the first by New Brunswick nurses in more than 30 years, drew wide public support. According to the Fundy Valley Health Network, 2,140 scheduled surgeries and more than 9,000 outpatient appointments were postponed during the walkout.

Patients whose procedures were cancelled will be contacted directly, the network said in a statement, adding that it would take "at least several months" to clear the backlog.

Judy Arsenault of Bellmont, whose hip replacement was cancelled on the strike's second day, said she didn't blame the nurses.

"I've been waiting 14 months already. What's another few weeks?" she said. "I just want them to have a fair deal so they stay."

Opposition health critic Renée Doucet said the government should have reached a deal before nurses walked out.

"Nine days of cancelled surgeries didn't have to happen," she said.""",
        [
            ("Our members stood on picket", "New Brunswick Nurses' Guild"),
            ("Tonight, that stand has paid", "New Brunswick Nurses' Guild"),
            ("real, enforceable limits", "Marc-André Léger"),
            ("That was the line in", "Marc-André Léger"),
            ("Wages matter, but nurses told", "Marc-André Léger"),
            ("relieved and grateful", "Heather Langille"),
            ("This was expensive. But the", "Simon Gaudet"),
            ("at least several months", "Fundy Valley Health Network"),
            ("I've been waiting 14 months", "Judy Arsenault"),
            ("I just want them to", "Judy Arsenault"),
            ("Nine days of cancelled surgeries", "Renée Doucet"),
        ],
    ),
    (
        """Northbridge hospital to close 24 beds, cut 60 jobs to erase $18M deficit

By Stephanie Kwan

Northbridge General Hospital will close 24 inpatient beds and eliminate about 60 positions over the next year as it tries to erase a projected $18-million deficit, the hospital announced Tuesday.

The cuts, approved by the hospital’s board of directors at a closed-door meeting Monday night, include the closure of a 16-bed medical unit at the hospital’s Lakeshore site and eight beds in complex continuing care.

In a letter to staff, president and CEO Dr. Elaine Marchetti said the decision was “the hardest one this board has had to make in my time here.”

“We have exhausted every other option,” Marchetti wrote. “Our funding has not kept pace with inflation, with the growth of our community or with the complexity of the patients we serve. We cannot continue to run deficits of this size.”

The hospital said most of the 60 positions are currently vacant and that it expects fewer than 20 layoffs, mostly in administration and support services. No registered nurse positions will be cut, it said.

Ontario hospitals are required by law to balance their budgets. A report released last month by the Ontario Council of Hospital Executives, titled “Running on Empty,” found that more than half of the province’s hospitals were projecting deficits this year.

The report warned that without additional funding, hospitals would be forced into “difficult choices that will be felt by patients.”

Local union officials reacted angrily. A spokeswoman for the Ontario Allied Health Workers’ Union, which represents support staff at the hospital, said the union learned about the cuts from a news release.

“They keep saying these cuts won’t affect patient care,” the spokeswoman said. “Who do they think cleans the rooms and brings the meals? Patients will feel this.”

City councillor Tom Bakshi, who sits on the hospital’s community advisory committee, said residents are already waiting too long in the emergency department.

“We’ve got people waiting 12 hours in the ER now,” Bakshi said. “And the answer is fewer beds? I don’t understand the logic.”

Health Minister Karen Oyelaran was not available for comment. Her press secretary, Liam Forsythe, said in an email that the province increased hospital base funding by four per cent this year and that Northbridge General received an additional $3.2 million in one-time support.

“Our government is making record investments in hospitals, including Northbridge,” Forsythe said. “We will continue working with the hospital to ensure patients get the care they need, close to home.”

The bed closures will begin in April, according to the hospital, with the medical unit at the Lakeshore site closing first.""",
        [
            ("the hardest one this board", "Elaine Marchetti"),
            ("We have exhausted every other", "Elaine Marchetti"),
            ("Our funding has not kept", "Elaine Marchetti"),
            ("difficult choices that will be", "Ontario Council of Hospital Executives"),
            ("They keep saying these cuts", "spokeswoman"),
            ("Who do they think cleans", "spokeswoman"),
            ("We’ve got people waiting 12", "Tom Bakshi"),
            ("And the answer is fewer", "Tom Bakshi"),
            ("Our government is making record", "Liam Forsythe"),
            ("We will continue working with", "Liam Forsythe"),
        ],
    ),
    (
        """Family demands answers after man dies in Bay Harrow hospital waiting room

Patrick Furey · CBC News

The family of a 58-year-old man who died in the emergency department waiting room of a central Newfoundland hospital is calling for a public inquiry, saying he waited nearly eight hours without being seen by a doctor.

Wayne Penney of Tilley's Cove was brought to the emergency department at Bay Harrow Health Centre by his wife on Jan. 14 with chest pain and shortness of breath, his family says. He was assessed by a triage nurse shortly after arriving and told to wait.

"He sat in that chair and he got greyer and greyer," his wife, Donna Penney, told CBC News. "I went up to the desk three times. Three times. Every time they told me he was on the list."

Just before 2 a.m., she said, her husband slumped over in his chair. Staff tried to resuscitate him, but he was pronounced dead about 40 minutes later.

The family's lawyer, Geoffrey Blackmore, said the family wants an independent review.

"This is not about blaming one nurse or one doctor," Blackmore said in an interview. "This is about a system that let a man with classic cardiac symptoms sit in a waiting room for eight hours.

"If that doesn't warrant a public inquiry, I don't know what does."

In a statement, the Central Harbour Health Authority said it could not comment on individual cases because of privacy legislation, but confirmed it had launched a quality-of-care review, which it said is standard practice whenever a patient dies unexpectedly.

"Our deepest sympathies are with the family," the statement said. "We are committed to understanding what happened and to sharing what we learn with them."

The Bay Harrow emergency department has been under strain for months. According to figures from the health authority, the average wait to see a physician there in December was 6.2 hours, more than double the target of three hours.

A senior official in the provincial Health Department, who spoke on background because they were not authorized to comment publicly, said the department was warned about staffing at Bay Harrow last fall. The official said the site has relied on travel nurses to fill "most of its night shifts" since September.

Health Minister Bernard Kavanagh said he had spoken with the family and would wait for the results of the review before deciding on next steps.

"I can't imagine what they're going through," Kavanagh told reporters Tuesday. "I don't want to get ahead of the review, but I'm not ruling anything out, including an inquiry."

Donna Penney said she will keep pushing until she gets answers.

"Wayne would have done the same for anybody," she said.""",
        [
            ("He sat in that chair", "Donna Penney"),
            ("I went up to the", "Donna Penney"),
            ("This is not about blaming", "Geoffrey Blackmore"),
            ("This is about a system", "Geoffrey Blackmore"),
            ("If that doesn't warrant a", "Geoffrey Blackmore"),
            ("Our deepest sympathies are with", "Central Harbour Health Authority"),
            ("We are committed to understanding", "Central Harbour Health Authority"),
            ("most of its night shifts", "senior official in the provincial Health Department"),
            ("I can't imagine what they're", "Bernard Kavanagh"),
            ("I don't want to get", "Bernard Kavanagh"),
            ("Wayne would have done the", "Donna Penney"),
        ],
    ),
]
