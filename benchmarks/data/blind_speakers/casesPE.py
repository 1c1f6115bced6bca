CASES = [
    (
        """Patients waited up to 19 hours in Kingsport ER last month, data shows

Meredith Cole · CBC News · Posted: Apr 08, 2025

Patients who arrived at the emergency department of Minas Valley Health Centre in Kingsport, N.S., last month waited an average of seven hours to see a doctor, and some waited as long as 19 hours, according to figures released Tuesday by Western Shore Health.

The numbers, posted to the regional health authority's online dashboard, show the longest median wait of any emergency department in the province's western zone.

Darlene Whitcombe, 68, said she spent most of a night in a plastic chair in the waiting room in early March after falling on ice outside her home in nearby Lower Canard.

"I sat there with a broken wrist from nine at night until almost four in the afternoon the next day," Whitcombe said. "The staff were lovely. There just weren't enough of them."

She said she watched several people give up and leave before being seen.

Dr. Anil Pathak, the emergency department's site lead, told CBC News the problem is not at the front door but upstairs.

"We have beds in the ER full of patients who've already been admitted and are waiting for a bed on a ward," Pathak said. "On some days that's half of our stretchers. You can't see new patients on a stretcher that's occupied."

Pathak said about 30 of the hospital's inpatient beds are occupied by people who are waiting for a spot in a long-term care home.

In a statement, Western Shore Health said it was "actively recruiting" emergency physicians and nurses for the site and had opened a virtual care clinic to divert less urgent cases.

"We recognize that wait times at Minas Valley are longer than anyone wants them to be," the statement said. "Patients with the most urgent needs are always seen first."

Health Minister Colleen Ferris told reporters at Province House that the government's plan to add 200 long-term care beds in the valley by 2027 would free up hospital space.

"That is the bottleneck, and we are going after it," Ferris said. She would not commit to a date for when wait times would fall.

NDP health critic Raymond Doucet called that answer "not good enough for people sleeping in waiting rooms tonight."

"The minister keeps pointing to 2027," he said. "People in Kingsport are getting sick now."

Western Shore Health says anyone with a non-urgent concern can call 811 to speak with a nurse.""",
        [
            ("I sat there with a", "Darlene Whitcombe"),
            ("The staff were lovely.", "Darlene Whitcombe"),
            ("We have beds in the", "Anil Pathak"),
            ("On some days that's half", "Anil Pathak"),
            ("actively recruiting", "Western Shore Health"),
            ("We recognize that wait times", "Western Shore Health"),
            ("Patients with the most urgent", "Western Shore Health"),
            ("That is the bottleneck, and", "Colleen Ferris"),
            ("not good enough for people", "Raymond Doucet"),
            ("The minister keeps pointing to", "Raymond Doucet"),
            ("People in Kingsport are getting", "Raymond Doucet"),
        ],
    ),
    (
        """Saskatchewan nurses vote 94 per cent in favour of strike mandate

By Julien Ostrowski, The Canadian Press

REGINA — Registered nurses in Saskatchewan have voted overwhelmingly to give their union a strike mandate, raising the prospect of the first provincewide nursing strike in more than two decades.

The Saskatchewan Registered Nurses' Federation said Thursday that 94 per cent of members who cast ballots supported job action if talks with the province's health employers fail.

Federation president Tamsin Kreutzer said the result sends a clear message to the government.

"Nurses don't want to walk off the job. We want to be at the bedside," Kreutzer told a news conference in Regina. "But we have been telling this government for three years that our members are exhausted, that units are running short every single shift, and nobody is listening."

Kreutzer said the union's main demands are enforceable nurse-to-patient ratios and an end to mandatory overtime, which she described as "routine" in many rural hospitals.

The nurses have been without a contract since March 2024. The federation represents roughly 10,500 registered nurses, nurse practitioners and psychiatric nurses across the province.

Under Saskatchewan's essential services law, the union and employers must agree on how many nurses remain on duty before any strike can begin, a process that typically takes weeks.

The Saskatchewan Health Employers' Bargaining Association, which negotiates on behalf of the provincial health authority, said in a statement it remains "committed to reaching a fair agreement at the table."

Health Minister Garrett Olafson said the government has already offered wage increases totalling nine per cent over four years.

"That's a fair offer, and it's one that respects taxpayers," Olafson said in the legislature. He said ratios would "tie the hands" of managers trying to staff hospitals in small communities.

Opposition health critic Priya Mandair accused the government of letting talks drift for more than a year while nurses left for Alberta and private agencies.

"This didn't have to happen," she said.

A nurse at Regina's Wascana General Hospital, who asked not to be named because she was not authorized to speak publicly, said staff on her medical ward regularly care for eight or nine patients each on night shifts.

"You go home and you lie awake wondering what you missed," she said.

No new bargaining dates have been set.

This report by The Canadian Press was first published Oct. 16, 2025.""",
        [
            ("Nurses don't want to walk", "Tamsin Kreutzer"),
            ("But we have been telling", "Tamsin Kreutzer"),
            ("routine", "Tamsin Kreutzer"),
            ("committed to reaching a fair", "Saskatchewan Health Employers' Bargaining Association"),
            ("That's a fair offer, and", "Garrett Olafson"),
            ("tie the hands", "Garrett Olafson"),
            ("This didn't have to happen", "Priya Mandair"),
            ("You go home and you", "nurse at Regina's Wascana General Hospital"),
        ],
    ),
    (
        """Carrick ER to close overnight through summer, health region says

By Lauren Pelletier
Staff Reporter

The emergency department at Carrick Health Centre will close overnight, seven days a week, until at least Labour Day because there aren’t enough doctors to staff it, the regional health authority announced Friday.

Assiniboine West Health said the department will be open from 8 a.m. to 8 p.m. starting June 16. Outside those hours, patients will be directed to Ridgeford Hospital, about 45 kilometres east.

In a news release, the authority said the decision was made “with great reluctance” and blamed a shortage of physicians willing to take overnight shifts at rural sites.

“Our priority is to provide safe, predictable care,” said Tricia Lamoureux, the health region’s chief medical officer. “A department that closes with two hours’ notice because a shift wasn’t filled is not safe or predictable. A planned closure at least lets people know what to expect.”

Lamoureux said the region had tried to recruit locum physicians from Winnipeg and from out of province, with limited success.

Carrick Mayor Dale Hrynchuk said he learned of the closure about an hour before the public announcement.

“Nobody from the region picked up the phone to talk to council before this was decided,” Hrynchuk said Friday afternoon. “We’re a farming community. We have seeding, we have haying, we have people working with equipment all hours. What happens to the guy who gets hurt at 2 a.m.?”

He said council would be writing to Health Minister Jonathan Baptiste to ask for an urgent meeting.

In an emailed response to questions, a spokesperson for Baptiste said the province has added 35 rural physician positions since last fall and is “working closely with Assiniboine West Health to restore full hours in Carrick as quickly as possible.”

The spokesperson did not say whether the minister would meet with council.

For Carrick resident Ingrid Solberg, the closure is personal. Her husband, Arne, had a heart attack at home two winters ago, and she drove him to the Carrick ER in the middle of the night.

“The doctor there told me that if we’d had to go to Ridgeford, he probably wouldn’t have made it,” Solberg said. “So you can imagine how I feel reading this.”

The Carrick Health Centre has had 23 unplanned overnight closures since January, according to the health region.

The region said anyone experiencing a medical emergency should call 911, and paramedics will take patients to the nearest open emergency department.""",
        [
            ("with great reluctance", "Assiniboine West Health"),
            ("Our priority is to provide", "Tricia Lamoureux"),
            ("A department that closes with", "Tricia Lamoureux"),
            ("Nobody from the region picked", "Dale Hrynchuk"),
            ("We’re a farming community.", "Dale Hrynchuk"),
            ("working closely with Assiniboine West", "spokesperson"),
            ("The doctor there told me", "Ingrid Solberg"),
            ("So you can imagine how", "Ingrid Solberg"),
        ],
    ),
    (
        """Nurses threaten overtime boycott as Hautes-Rivières ER hits 186% capacity

Mathieu Gendron

Nurses at the Hôpital régional des Hautes-Rivières say they will refuse all voluntary overtime starting next Monday unless management adds staff to an emergency room that has been running at nearly twice its capacity for weeks.

The Syndicat des professionnelles en soins des Hautes-Rivières, which represents about 900 nurses, respiratory therapists and licensed practical nurses at the Saint-Rémi-du-Lac hospital, delivered notice to the regional health board on Wednesday.

According to data from Quebec’s health ministry, the ER’s occupancy rate has averaged 178 per cent since Jan. 1, among the highest in the province. On Tuesday it reached 186 per cent, with 41 patients on stretchers designed for 22.

“We are not doing this to punish anyone,” union president Sylvie Beauchemin said in an interview. “Our members are the ones who have been doing 16-hour shifts two or three times a week. They have nothing left. If we keep going like this, we will lose them, and then there will be no emergency room at all.”

Beauchemin said at least 14 nurses have left the ER since September, several of them for private placement agencies that offer better schedules.

Overtime imposed by management — known in Quebec as TSO, for temps supplémentaire obligatoire — cannot be refused when patient safety is at stake. Beauchemin said the union’s action targets voluntary overtime, which she said accounts for “the great majority” of the extra hours the hospital relies on to fill gaps.

In a written statement, the CISSS des Hautes-Rivières said it “takes the concerns of its care staff very seriously” and was holding meetings with the union this week.

“A contingency plan is being prepared to ensure the continuity of emergency services,” the statement said.

Asked about the situation in Quebec City on Thursday, Health Minister Étienne Lavallée said he was aware of the problems in Saint-Rémi-du-Lac and had asked the province’s health agency to send reinforcements.

“It’s unacceptable that patients wait two days on a stretcher,” Lavallée said in French. “I’m not going to hide that. We have teams working on it.”

He added that he hoped the union would “show responsibility” and not withdraw overtime during the busiest months of the year.

Hélène Charest, whose 84-year-old mother spent 52 hours on a stretcher in an ER corridor this month before being admitted, said she doesn’t blame the nurses.

“They ran all night. I saw one nurse crying in the supply room,” Charest said. “The people who should be ashamed are the ones who let it get to this point.”

The union said it would hold a rally outside the hospital Saturday morning.""",
        [
            ("We are not doing this", "Sylvie Beauchemin"),
            ("Our members are the ones", "Sylvie Beauchemin"),
            ("the great majority", "Sylvie Beauchemin"),
            ("takes the concerns of its", "CISSS des Hautes-Rivières"),
            ("A contingency plan is being", "CISSS des Hautes-Rivières"),
            ("It’s unacceptable that patients wait", "Étienne Lavallée"),
            ("I’m not going to hide", "Étienne Lavallée"),
            ("show responsibility", "Étienne Lavallée"),
            ("They ran all night. I", "Hélène Charest"),
            ("The people who should be", "Hélène Charest"),
        ],
    ),
    (
        """Alberta to open 'urgent care hubs' in bid to ease Edmonton ER crowding

Hannah Lindqvist
Published Sep 22, 2025

EDMONTON — Alberta's health minister says the province will open three new urgent care centres in Edmonton over the next 18 months in an effort to take pressure off the city's overcrowded emergency departments.

Minister Rochelle Vandermeer made the announcement Monday at a strip mall in the city's north end, where one of the centres will be built in a former grocery store.

The centres will be open 16 hours a day and staffed by physicians, nurse practitioners and paramedics, and will treat problems such as minor fractures, cuts that need stitches and infections, she said.

"About one in three people who come through the doors of our big emergency departments in Edmonton could safely be treated somewhere else," Vandermeer said. "Right now, they don't have anywhere else to go, especially at night.

"These hubs are that somewhere else. They're going to mean shorter waits for people with a sprained ankle, and they're going to mean the ER team can focus on the heart attacks, the strokes and the car crashes."

The province estimates the three centres will cost $96 million to build and about $40 million a year to operate.

Emergency departments in the Edmonton zone have been under heavy strain for much of the past year. Figures published by the province show patients at Northgate Community Hospital waited a median of 6.4 hours to see a physician in August.

Dr. Callum Reiswig, president of the Alberta Emergency Physicians Society, said the announcement was welcome but would not fix the underlying problem.

"Urgent care centres are fine, and we'll take them," Reiswig said. "But the main reason people are waiting 12 hours in my department isn't the person with the sprained ankle. It's that we have 25 admitted patients boarding in our hallways because there are no beds upstairs."

He said the province should prioritize opening more acute-care and continuing-care beds.

The Alberta Nurses' Federation questioned where the government would find the staff.

"You can build all the buildings you want," federation president Marcy Tollefson said in a statement. "If there's no one to work in them, they're just empty rooms with nice signs."

Vandermeer said the province has recruited more than 1,100 nurses from abroad over the past two years and expects to fill the positions.

Asked whether the new centres would be publicly operated, Vandermeer said the province was "open to any partner that can deliver care under the public system," including private clinic operators.

NDP health critic Darnell Osei said that amounted to "privatization through the back door."

The first centre is scheduled to open next fall.""",
        [
            ("About one in three people", "Rochelle Vandermeer"),
            ("Right now, they don't have", "Rochelle Vandermeer"),
            ("These hubs are that somewhere", "Rochelle Vandermeer"),
            ("Urgent care centres are fine", "Callum Reiswig"),
            ("But the main reason people", "Callum Reiswig"),
            ("You can build all the", "Marcy Tollefson"),
            ("If there's no one to", "Marcy Tollefson"),
            ("open to any partner that", "Rochelle Vandermeer"),
            ("privatization through the back door", "Darnell Osei"),
        ],
    ),
    (
        """Half of N.B. ambulance crews wait more than an hour to hand over patients at ERs, report finds

Luc Robichaud · CBC News · Posted: Oct 29, 2025

Paramedics in New Brunswick spent more than 41,000 hours last year waiting in hospital hallways to hand over patients to emergency department staff, according to a new report from a provincial health watchdog.

The report, titled "Stuck at the Door," was released Wednesday by the Patient Care Quality Council of New Brunswick. It found that in half of all ambulance arrivals at the province's four largest hospitals, crews waited more than an hour before their patient was formally transferred to hospital care.

"Every hour an ambulance crew spends in a hospital corridor is an hour that crew is not available to respond to a 911 call," the report said.

The council's chief executive, Normand Thériault, said the problem was worst at Bayside Regional Hospital in Saint John, and that the delays had real consequences in rural areas.

"We found days where there were no ambulances available at all in parts of Charlotte County because crews were tied up in Saint John," he told reporters. "That's the part that should worry people."

The report makes 11 recommendations, including a provincewide target of 30 minutes for ambulance offloads and dedicated nurses at each hospital to receive ambulance patients.

Jordan Kilbride, a paramedic in the Fredericton area for 14 years, said offload delays have become a normal part of the job.

"Some shifts, I'll see two patients in 12 hours," Kilbride said. "You're basically a nurse in the hallway with your stretcher. The public thinks we're out on the road. We're not."

Kilbride spoke with CBC News on his day off. He said he was speaking as a member of the paramedics' union, not on behalf of his employer.

Medexa EMS, the company that runs the province's ambulance service under contract with the government, said in an email it "welcomes the report" and has been working with hospitals on offload protocols.

Health Minister Louise Arsenault-Clarke said the province accepts all 11 recommendations.

"I've read it, and I agree with it," she told reporters at the legislature. "There's no excuse for an ambulance sitting outside an ER for three hours."

Arsenault-Clarke said a pilot project at Bayside Regional, where a team of two nurses and a paramedic receive incoming ambulance patients, had cut average offload times by nearly 40 minutes since it started in June.

She said the government would expand the model to hospitals in Moncton and Fredericton by spring.

Progressive Conservative health critic Trevor Duguay said the minister was "taking credit for a fix that hasn't happened yet" and called for offload times to be published monthly for every hospital.""",
        [
            ("Every hour an ambulance crew", "Patient Care Quality Council of New Brunswick"),
            ("We found days where there", "Normand Thériault"),
            ("That's the part that should", "Normand Thériault"),
            ("Some shifts, I'll see two", "Jordan Kilbride"),
            ("You're basically a nurse in", "Jordan Kilbride"),
            ("welcomes the report", "Medexa EMS"),
            ("I've read it, and I", "Louise Arsenault-Clarke"),
            ("There's no excuse for an", "Louise Arsenault-Clarke"),
            ("taking credit for a fix", "Trevor Duguay"),
        ],
    ),
    (
        """Severn Bay hospital treating patients in hallways as flu season peaks

Owen Tremblay
Local Journalism Initiative Reporter

SEVERN BAY — Patients at Severn Bay General Hospital are being treated on stretchers in corridors and in a converted staff lounge as a surge in influenza and RSV cases pushes the hospital well beyond capacity.

The hospital was operating at 127 per cent of its funded inpatient beds on Monday, according to figures provided by the hospital, and 31 patients were waiting in the emergency department for a bed on a ward.

Hospital president and CEO Margaret Oyelaran-Pike said staff were doing “everything humanly possible” but that the building simply had no room left.

“We have people in places that were never designed for patient care,” she said in an interview Tuesday. “I’m not proud of that. But the alternative is sending people home who shouldn’t go home.”

The hospital has cancelled non-urgent surgeries for the rest of the week to free up beds and nurses, Oyelaran-Pike said.

Severn Bay General serves a catchment of roughly 60,000 people, including several First Nations communities along the coast that have no hospital of their own. Patients from those communities are often flown in.

Chief Doreen Mekanak of Kitchi Sagaan First Nation said members of her community who are sent to Severn Bay have been spending days in the emergency department, far from family.

“One of our elders was in that hallway for three days with the lights on and people walking by all night,” Mekanak said. “She doesn’t speak much English. Nobody from home could be with her.”

A senior nurse at the hospital, who spoke on condition she not be named because staff have been told not to talk to media, described the situation on the medical floor as “the worst I’ve seen in 20 years.”

She said nurses on some shifts were responsible for as many as 10 patients.

Amanda Kirouac, who heads the union local representing the hospital’s registered nurses, put it bluntly: “We are not short-staffed for a week. We have been short-staffed for three years, and flu season just exposes it.”

In a statement, the Ontario Ministry of Health said it had provided Severn Bay General with one-time funding for 12 additional temporary beds this winter.

“The ministry continues to work closely with the hospital and Ontario Health to support patient flow in the north,” the statement said.

Health Minister Victoria Sandhu was not available for an interview.

Local MPP Gerald Fontaine, a New Democrat, said one-time funding was “a Band-Aid on a broken leg.”

“Every winter it’s the same press release,” he said.

Oyelaran-Pike urged residents with minor illnesses to visit the hospital’s walk-in clinic or call Health811 before going to the emergency department.

“Please come if you need us,” she said. “But if it’s a cold, stay home, rest, and keep it away from the people in our hallways.”""",
        [
            ("everything humanly possible", "Margaret Oyelaran-Pike"),
            ("We have people in places", "Margaret Oyelaran-Pike"),
            ("I’m not proud of that.", "Margaret Oyelaran-Pike"),
            ("One of our elders was", "Doreen Mekanak"),
            ("She doesn’t speak much English.", "Doreen Mekanak"),
            ("the worst I’ve seen in", "senior nurse at the hospital"),
            ("We are not short-staffed for", "Amanda Kirouac"),
            ("The ministry continues to work", "Ontario Ministry of Health"),
            ("a Band-Aid on a broken", "Gerald Fontaine"),
            ("Every winter it’s the same", "Gerald Fontaine"),
            ("Please come if you need", "Margaret Oyelaran-Pike"),
            ("But if it’s a cold", "Margaret Oyelaran-Pike"),
        ],
    ),
    (
        """'We're going back with our heads high': N.L. nurses ratify deal, ending 11-day strike

Siobhan Penney · CBC News · Posted: Nov 04, 2025

Registered nurses in Newfoundland and Labrador will return to work Wednesday morning after voting to accept a new four-year contract, ending an 11-day strike that forced the cancellation of thousands of surgeries and appointments across the province.

The Newfoundland and Labrador Registered Nurses' Alliance said 81 per cent of members who voted supported the tentative agreement reached with the provincial government late last week.

"We're going back with our heads high," alliance president Colleen Furey told reporters outside the union's office in St. John's on Tuesday night.

"Nobody wanted to be on a picket line in November. But our members stood together, and because of that, this contract has things in it that nurses in this province have been asking for for a decade."

The deal includes wage increases of 14.5 per cent over four years, a retention bonus for nurses working in rural and northern sites, and a commitment to introduce minimum staffing levels on medical and surgical units by 2027, Furey said.

The strike, the first by nurses in the province in more than 25 years, began Oct. 23 after talks broke down over staffing and overtime.

During the walkout, emergency departments in several rural hospitals, including in Port Carrow and St. Alban's Cove, operated with reduced hours.

According to the provincial health authority, about 3,400 surgeries and procedures were postponed. A spokeswoman for the authority said Tuesday that rescheduling "will take many weeks" and that patients would be contacted directly.

Health Minister Bernard Kielly said in a statement the government was "pleased that nurses have ratified this agreement and that they will be back caring for patients."

"This was a difficult few weeks for patients, for families and for nurses themselves," the statement said. "We now need to turn our attention to clearing the backlog."

Not all nurses were satisfied. Kayla Dwyer, an emergency nurse at Trinity Bay Regional Hospital, said she voted against the deal.

"The money is fine," Dwyer said. "But the staffing part doesn't kick in until 2027. I've heard promises like that so many times I don't believe them anymore."

She said many of her colleagues in emergency felt the same way, but voted yes because they were tired of going without pay.

A nurse leaving the ratification vote, who did not want to be named, said the strike had "changed how we see ourselves."

"For the first time in a long time, people were honking their horns for us," she said. "That stays with you."

Nurses are scheduled to return for the 7 a.m. shift on Wednesday.""",
        [
            ("We're going back with our", "Colleen Furey"),
            ("We're going back with our", "Colleen Furey"),
            ("Nobody wanted to be on", "Colleen Furey"),
            ("will take many weeks", "spokeswoman"),
            ("pleased that nurses have ratified", "Bernard Kielly"),
            ("This was a difficult few", "Bernard Kielly"),
            ("We now need to turn", "Bernard Kielly"),
            ("The money is fine", "Kayla Dwyer"),
            ("But the staffing part doesn't", "Kayla Dwyer"),
            ("changed how we see ourselves", "nurse leaving the ratification vote"),
            ("For the first time in", "nurse leaving the ratification vote"),
            ("That stays with you.", "nurse leaving the ratification vote"),
        ],
    ),
]
