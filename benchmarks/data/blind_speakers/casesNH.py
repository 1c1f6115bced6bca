CASES = [
    (
        """Nurses at northern Manitoba hospitals vote 94 per cent in favour of strike mandate

THE CANADIAN PRESS

WINNIPEG — Nurses at three northern Manitoba hospitals have voted overwhelmingly in favour of a strike mandate, their union said Tuesday, raising the prospect of job action at facilities already struggling to keep emergency rooms open.

The Northern Nurses Alliance of Manitoba said 94 per cent of members who cast ballots supported the mandate, which covers about 610 registered and licensed practical nurses in Kettle Rapids, Odell Landing and Fenwick Bay.

"Our members are exhausted, and they are telling us they have nothing left to give," said Darlene Kowalchuk, the alliance's president. "Nobody wants to walk off the job, but the employer has left us very few options."

Kowalchuk said nurses at the Kettle Rapids Regional Health Centre routinely work double shifts and that the hospital's emergency department closed overnight 41 times last year because of staffing shortages.

The union is seeking wage increases of 18 per cent over three years and a northern retention premium it says is needed to compete with private agencies that pay travelling nurses far more than staff.

Northlands Health Authority, which operates the hospitals, said in a statement that it "remains committed to reaching a fair agreement at the bargaining table" and that patient care would not be compromised.

"Essential services agreements are in place, and we will continue to meet our obligations to the communities we serve," the statement said.

Health Minister Rowan Thiessen told reporters at the legislature that the government respects the bargaining process but would not negotiate in public.

"I'm not going to get into numbers here in the hallway," Thiessen said. "What I will say is that northern nurses are valued, and we know the pressures they're under."

Opposition health critic Adele Fontaine said the vote should come as no surprise to the government, accusing it of "letting the North fend for itself" for the better part of a decade.

Fontaine said her party would press for an emergency debate when the legislature resumes sitting next month.

A mediator has been appointed and talks are scheduled to resume next week. Under provincial law, the union must give 48 hours' notice before any strike.""",
        [
            ("Our members are exhausted, and", "Darlene Kowalchuk"),
            ("Nobody wants to walk off", "Darlene Kowalchuk"),
            ("remains committed to reaching a", "Northlands Health Authority"),
            ("Essential services agreements are in", "Northlands Health Authority"),
            ("I'm not going to get", "Rowan Thiessen"),
            ("What I will say is", "Rowan Thiessen"),
            ("letting the North fend for", "Adele Fontaine"),
        ],
    ),
    (
        """Nova Scotia health minister resigns over plan to cut rural emergency hours

MARIE-CLAIRE DOUCET
HALIFAX

Nova Scotia’s Health Minister has resigned from cabinet, saying she could no longer defend her government’s plan to consolidate emergency services at two rural hospitals in the province’s southwest.

In a letter to Premier Malcolm Ardeneau posted to social media late Sunday, Gwendolyn Ferris wrote that the decision to end overnight emergency coverage at hospitals in Port Alder and Millbrook Cove “runs contrary to every commitment I made to the people who elected me.”

“I have tried, in good faith and behind closed doors, to change this decision,” the letter said. “I have not succeeded, and I cannot in good conscience stand in front of my constituents and ask them to accept it.”

Ms. Ferris will remain in the Progressive Conservative caucus as a backbench MLA, according to a party official who was not authorized to speak publicly about internal matters.

Mr. Ardeneau, speaking to reporters outside Province House on Monday, said he was disappointed but respected her decision.

“Gwen has been a tireless advocate for her region, and I don’t doubt for a moment that she’s acting out of conviction,” he said. “But governing means making difficult choices, and the status quo in those emergency rooms is not safe.”

Mr. Ardeneau said the province would add paramedic capacity and open a new urgent-treatment centre in Millbrook Cove to offset the reduced hours. He named Trevor MacIsaac, the Minister of Seniors and Long-Term Care, as interim health minister.

The consolidation plan has drawn protests in both communities, where residents say the nearest round-the-clock emergency department would be more than an hour’s drive away in winter.

Lorna Whynot, who chairs a citizens’ group called “Keep Our ER Open,” said Ms. Ferris’s resignation showed the plan had “no support in the very communities it affects.”

“People here have been saying for a year that this was the wrong decision. Now the minister responsible is saying it too,” Ms. Whynot said in an interview.

Opposition Leader Harjit Dhaliwal said the government was “in disarray” and called for the plan to be paused pending an independent review.

Dr. Simon Arsenault, an emergency physician who has worked shifts at Port Alder for 14 years, said staffing shortages were real and that on some nights the department had been kept open by a single doctor working 24 hours straight.

“Nobody on the front line thinks the current situation is sustainable,” he said. “The question is whether this plan fixes it or just moves the problem down the highway.”""",
        [
            ("runs contrary to every commitment", "Gwendolyn Ferris"),
            ("I have tried, in good", "Gwendolyn Ferris"),
            ("I have not succeeded, and", "Gwendolyn Ferris"),
            ("Gwen has been a tireless", "Malcolm Ardeneau"),
            ("But governing means making difficult", "Malcolm Ardeneau"),
            ("no support in the very", "Lorna Whynot"),
            ("People here have been saying", "Lorna Whynot"),
            ("in disarray", "Harjit Dhaliwal"),
            ("Nobody on the front line", "Simon Arsenault"),
            ("The question is whether this", "Simon Arsenault"),
        ],
    ),
    (
        """Striking school support staff in central Alberta say they can't live on their wages

Priya Sandhu · CBC News

More than 900 educational assistants, custodians and bus drivers with the Aspen Valley School Division walked off the job Monday, shutting classrooms for some students with complex needs and leaving parents scrambling for child care.

Picket lines went up outside the division's central office in Tamarack and at schools across the region. The workers, represented by Local 4417 of the Alberta Public Service Employees' Federation, have been without a contract since August 2023.

"People think of this as a side job, but for most of us it's our whole income," said Kerri-Lynn Baptiste, an educational assistant at Birchwood Elementary who has worked in the division for 11 years.

"I work with a student who is non-verbal. I'm there for her every day. And then I go home and I'm choosing between groceries and the power bill."

Baptiste said the average educational assistant in the division earns about $29,000 a year because most positions are capped at 32 hours a week and go unpaid over the summer.

Local president Gord Lysyk told CBC News the union had reduced its wage demand twice during mediation.

"We've moved. We've moved a lot," Lysyk said. "The division hasn't moved a single inch since February."

In a statement, the division said its final offer included raises of 9.5 per cent over four years, which it described as "the maximum the division can responsibly afford within the funding envelope provided by the province."

Board chair Shauna Pettigrew said the division would keep schools open but acknowledged some students would be affected.

"For some of our students with the most complex needs, we simply can't run a safe program without our EAs, and we've asked those families to keep their children at home," she said.

The province's education minister, Lyle Brandvold, said in an emailed statement that the dispute was "a matter between the employer and the union" and noted that school boards received a funding increase this year.

But Wendy Harcourt, whose eight-year-old son has autism and attends school in Tamarack, said she has little patience for either side pointing fingers.

"My son doesn't understand why his routine is gone. I've taken unpaid leave, and I don't know how long I can keep doing that," she said. "Somebody needs to fix this."

No new talks between the division and the union have been scheduled.""",
        [
            ("People think of this as", "Kerri-Lynn Baptiste"),
            ("I work with a student", "Kerri-Lynn Baptiste"),
            ("We've moved. We've moved a", "Gord Lysyk"),
            ("The division hasn't moved a", "Gord Lysyk"),
            ("the maximum the division can", "Aspen Valley School Division"),
            ("For some of our students", "Shauna Pettigrew"),
            ("a matter between the employer", "Lyle Brandvold"),
            ("My son doesn't understand why", "Wendy Harcourt"),
            ("Somebody needs to fix this.", "Wendy Harcourt"),
        ],
    ),
    (
        """Province quietly plans major expansion of private surgical clinics, documents show

Jonah Feldstein
Queen’s Park Bureau

The Ontario government is preparing to more than double the number of hip and knee replacements performed in for-profit clinics next year, according to internal documents obtained by the Star.

A 22-page briefing prepared by the Ministry of Health for Health Minister Carolyn Obuya in March outlines plans to license four new surgical centres in Ashgrove, Lindenfield, Carrick Falls and Dunmore Harbour, each capable of performing up to 3,000 orthopedic procedures a year.

The expansion would “reduce reliance on hospital operating rooms that are constrained by anesthesia and nursing staffing,” the briefing states. It estimates the new clinics could shorten the median wait for a knee replacement by as much as five months.

In a statement, Obuya’s press secretary, Hannah Lister, did not dispute the contents of the documents.

“Ontarians are tired of waiting in pain for surgeries they need,” Lister said. “We are using every tool available to get people off wait-lists faster, and we make no apologies for that.”

A senior government official, who spoke on condition of anonymity because they were not authorized to discuss the plan, said cabinet had yet to sign off on the final list of sites.

“The direction is set. The only question is how fast,” the official said.

Critics warn the clinics will draw nurses and anesthesiologists away from public hospitals that are already short-staffed.

“This is privatization by stealth,” said NDP health critic Fatima Rahimi. “They’re draining staff out of public hospitals and then pointing to hospital wait-lists as proof that the public system doesn’t work.”

Dale Kerrigan, president of the Ontario Federation of Hospital Workers, said his union would launch a province-wide campaign this fall under the banner “Our Hospitals, Not Their Profits.” He said the union had tracked at least 140 nurses who left public hospitals in the region for private clinics in the past 18 months.

Dr. Anita Varga, chief executive of Lindenfield General Hospital, said the problem is not a lack of operating rooms but a lack of money to run them.

“We have three ORs that sit dark every afternoon. We have the rooms. What we don’t have is the funding to staff them past 3 p.m.,” Varga told the Star.

Asked whether the hospital would bid to perform some of the new procedures itself, Varga was blunt: “We’d take that deal tomorrow.”""",
        [
            ("reduce reliance on hospital operating", "Ministry of Health"),
            ("Ontarians are tired of waiting", "Hannah Lister"),
            ("We are using every tool", "Hannah Lister"),
            ("The direction is set. The", "senior government official"),
            ("This is privatization by stealth", "Fatima Rahimi"),
            ("They’re draining staff out of", "Fatima Rahimi"),
            ("We have three ORs that", "Anita Varga"),
            ("We’d take that deal tomorrow.", "Anita Varga"),
        ],
    ),
    (
        """Bus service halted in Harlow Springs as transit drivers walk out

THE CANADIAN PRESS

HARLOW SPRINGS, B.C. — Buses stopped running in Harlow Springs on Thursday after contract talks between transit operator Pacifica Transit Services and the union representing its drivers broke down overnight.

About 240 drivers and mechanics, members of Unified Transit Workers Local 1907, set up picket lines at the company's depot shortly after 5 a.m.

Union spokesman Manny Oliveira said the key sticking points were scheduling and washroom access on long rural routes.

"Our drivers are doing 10-hour split shifts with no guaranteed place to use a washroom," Oliveira said. "That's not a luxury demand. That's basic dignity."

Pacifica Transit Services, a private contractor that operates the system on behalf of the regional district, said it had tabled "a fair and competitive offer" that included a 13.5 per cent wage increase over three years.

"We are disappointed that the union has chosen to withdraw service rather than continue talks," the company said in a statement. "We remain available to meet at any time."

Regional district chair Bev Tomczak told reporters the strike would hit students, seniors and shift workers hardest.

"There are people in this community who have no other way to get to work, to dialysis, to school," Tomczak said. "I'm urging both sides to get back to the table today, not next week."

She said the district had no authority to intervene because the drivers are employed by the contractor, not the district.

B.C. Labour Minister Ravinder Sahota said he was monitoring the situation closely. Asked whether the province would consider back-to-work legislation, Sahota said it was "far too early" to talk about that.

"I have confidence in the mediation process, and that's where the focus should be," he said.

At Harlow Springs Community College, where classes resumed this week, a spokeswoman said the school was extending some assignment deadlines and encouraging carpooling, noting that roughly "a third of our students" rely on the bus to get to campus.

The last transit strike in the region, in 2016, lasted 23 days.""",
        [
            ("Our drivers are doing 10-hour", "Manny Oliveira"),
            ("That's not a luxury demand.", "Manny Oliveira"),
            ("a fair and competitive offer", "Pacifica Transit Services"),
            ("We are disappointed that the", "Pacifica Transit Services"),
            ("We remain available to meet", "Pacifica Transit Services"),
            ("There are people in this", "Bev Tomczak"),
            ("I'm urging both sides to", "Bev Tomczak"),
            ("far too early", "Ravinder Sahota"),
            ("I have confidence in the", "Ravinder Sahota"),
            ("a third of our students", "spokeswoman"),
        ],
    ),
    (
        """Nurses at Hôpital Saint-Aubin stage sit-in over mandatory overtime

Émilie Gagnon-Ross • Montreal Gazette

About 60 nurses at Hôpital Saint-Aubin refused to start their shifts for nearly three hours Tuesday morning, staging a sit-in in the hospital cafeteria to protest what they called the routine use of mandatory overtime.

The action, which the union described as a spontaneous protest, ended shortly before 11 a.m. after managers agreed to meet with staff representatives later in the week.

“We came in this morning knowing that half of us would be told we were staying for 16 hours,” said Julie Marcotte, a nurse on the hospital’s surgical floor. “It happens so often that people pack two lunches. That’s not normal.”

The nurses are represented by the Syndicat des soins infirmiers des Basses-Laurentides, whose president, Nathalie Bergeron, said mandatory overtime — known in Quebec as TSO, for temps supplémentaire obligatoire — was supposed to be used only in emergencies.

“Instead, it has become a management tool,” Bergeron said in French. “When you plan your schedule knowing you’ll force people to stay, that is not an emergency. That is a choice.”

The regional health authority, the CISSS des Basses-Laurentides, said in a written response that it “deplores” the disruption but that no patients were put at risk, as managers and nurses from other units covered essential care during the sit-in.

Marc-André Tremblay, a spokesperson for the health authority, said the hospital has hired 47 nurses since January.

“The use of overtime is a last resort, and we are actively recruiting to reduce it,” Tremblay said.

Health Minister Jean-François Lacasse told reporters in Quebec City that sit-ins were “not the right way” to settle workplace disagreements, though he said he understood the nurses’ frustration.

“I’ve said it many times: we need to end TSO. But we will do it by hiring, not by closing beds,” Lacasse said.

One nurse with more than 20 years at the hospital, who asked not to be named for fear of reprisal, said younger colleagues are leaving the profession after just a few years.

“They come out of school full of energy, and within two years they’re gone to the private agencies or out of nursing completely,” she said.

The meeting between union representatives and hospital management is scheduled for Friday.""",
        [
            ("We came in this morning", "Julie Marcotte"),
            ("It happens so often that", "Julie Marcotte"),
            ("Instead, it has become a", "Nathalie Bergeron"),
            ("When you plan your schedule", "Nathalie Bergeron"),
            ("deplores", "CISSS des Basses-Laurentides"),
            ("The use of overtime is", "Marc-André Tremblay"),
            ("not the right way", "Jean-François Lacasse"),
            ("I’ve said it many times:", "Jean-François Lacasse"),
            ("They come out of school", "nurse with more than 20 years at the hospital"),
        ],
    ),
    (
        """Beaulac mill lockout enters third month as talks stall

By Heather LeBlanc
Staff Reporter

BEAULAC — The lockout at the Beaulac pulp mill entered its third month this week with no new talks scheduled, and workers on the picket line say their savings are running thin as winter approaches.

Northshore Fibre Inc. locked out 310 hourly workers on Aug. 29 after they rejected a final offer that would have moved new hires to a defined-contribution pension plan and frozen benefits for current employees.

"They want us to sign away the retirement our fathers fought for," said Rémi Thériault, a millwright who has worked at the mill for 26 years and chairs the local's bargaining committee. "We're not going to do that."

Thériault said the two sides have not met since mid-September.

"At the last meeting, the company's lead negotiator, Grant Whitcombe, looked across the table and said, 'This is the best offer you will ever see,' and then he packed up his briefcase," Thériault said. "That was Sept. 14. We haven't heard from them since."

In a statement emailed to the Tribune, Northshore Fibre said the pension changes were necessary "to secure the long-term future of the Beaulac operation" in a market that has seen three other Maritime mills close since 2019.

"The company has made significant concessions throughout this process and has been clear that it cannot continue to carry an unfunded pension liability of this size," the statement said. "We remain hopeful that a resolution can be reached."

Whitcombe did not respond to a request for comment.

Beaulac Mayor Yvette Cormier said the lockout is being felt across the village of 3,800, from the grocery store to the hockey rink.

"Everybody here is connected to that mill somehow. If it's not your husband, it's your brother or your neighbour," Cormier said.

She said council has written to the province asking it to appoint a special mediator.

Labour Minister Daniel Ouellette told the legislature Thursday that the department's conciliation officers "remain available to both parties," and he did not rule out naming a mediator. Chantal Boudreau, the Liberal MLA for the area, accused the government of being "asleep at the switch."

Natalie Daigle, whose husband has worked in the mill's woodroom for 19 years, brought coffee to the picket line Wednesday morning.

"We've cut everything we can cut," she said. "The kids know something's wrong. You can't hide it from them."

The union says it will hold a rally outside the mill gates on Saturday.""",
        [
            ("They want us to sign", "Rémi Thériault"),
            ("We're not going to do", "Rémi Thériault"),
            ("At the last meeting, the", "Rémi Thériault"),
            ("This is the best offer", "Grant Whitcombe"),
            ("That was Sept. 14.", "Rémi Thériault"),
            ("to secure the long-term future", "Northshore Fibre Inc."),
            ("The company has made significant", "Northshore Fibre Inc."),
            ("We remain hopeful that a", "Northshore Fibre Inc."),
            ("Everybody here is connected to", "Yvette Cormier"),
            ("remain available to both parties", "Daniel Ouellette"),
            ("asleep at the switch", "Chantal Boudreau"),
            ("We've cut everything we can", "Natalie Daigle"),
            ("The kids know something's wrong.", "Natalie Daigle"),
        ],
    ),
    (
        """Health care dominates as P.E.I. leaders square off in only televised debate

CBC News

Health care took centre stage Tuesday night as P.E.I.'s four party leaders met in the only televised debate of the provincial election campaign, with the governing Progressive Conservatives defending their record on family doctors and opponents accusing them of overpromising.

Premier Alastair Mackinnon said more Islanders are attached to a primary care provider than at any time in the past decade, pointing to the province's network of "medical homes."

"Four years ago, we had more than 30,000 people on the patient registry. Today that number is under 19,000," Mackinnon said. "Is that good enough? No. But we're going in the right direction."

Liberal Leader Fiona Gallant was quick to respond: "The premier keeps talking about the registry, but the registry doesn't tell you how long you wait to actually see someone."

Green Leader Ben Lefurgey said the province had "lost the trust of its own nurses" and promised to cap the use of travel nurses within two years if elected.

The NDP's Marisol Peters repeatedly raised the province's contract dispute with Island paramedics, who have been without a contract for 22 months.

"You cannot run a health-care system on goodwill alone," Peters said. "Our paramedics are leaving for New Brunswick and Nova Scotia because they are paid thousands more there."

Mackinnon responded that the government had "a fair offer on the table" and accused Peters of negotiating on the union's behalf.

Hannah Coady, a political scientist who studies Atlantic Canadian elections, said the debate was unlikely to change the shape of the race.

"There were no knockout punches tonight," Coady told CBC News after the debate. "I think Mackinnon did what an incumbent needs to do, which is avoid a major mistake. Whether that's enough in a campaign where health care is the top issue for almost everyone, we'll find out on the 14th."

She said the Liberals in particular needed a breakthrough.

"Gallant came in needing to show she's ready to govern. She was sharp on health care, but she got pulled into the weeds on the budget numbers.

"That's the kind of exchange that doesn't move voters one way or the other."

A senior Liberal campaign staffer, who was not authorized to speak publicly, said the party was "pretty happy" with Gallant's performance and pointed to the cost of the Conservatives' health platform as a theme for the final week.

Islanders go to the polls Oct. 14.""",
        [
            ("Four years ago, we had", "Alastair Mackinnon"),
            ("Is that good enough? No.", "Alastair Mackinnon"),
            ("The premier keeps talking about", "Fiona Gallant"),
            ("lost the trust of its", "Ben Lefurgey"),
            ("You cannot run a health-care", "Marisol Peters"),
            ("Our paramedics are leaving for", "Marisol Peters"),
            ("a fair offer on the", "Alastair Mackinnon"),
            ("There were no knockout punches", "Hannah Coady"),
            ("I think Mackinnon did what", "Hannah Coady"),
            ("Gallant came in needing to", "Hannah Coady"),
            ("That's the kind of exchange", "Hannah Coady"),
            ("pretty happy", "senior Liberal campaign staffer"),
        ],
    ),
]
