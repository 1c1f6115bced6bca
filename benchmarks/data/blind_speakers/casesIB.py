CASES = [
    (
        """Lakeshore-Grenville teachers walk off the job after weekend talks collapse

Megan Thibodeau · CBC News

More than 2,100 elementary teachers with the Lakeshore-Grenville District School Board in eastern Ontario walked off the job Monday morning after a weekend of bargaining ended without a deal, leaving roughly 19,000 students out of class.

Picket lines went up outside schools in Brockport, Kilmarnock Falls and Edgeworth shortly after 7 a.m., the first full strike at the board since 1998.

"We did not want to be here today," said Dana Okafor, president of the Lakeshore-Grenville local of the Ontario Elementary Educators' Union. "We stayed at the table until two o'clock this morning, and the board simply would not move on classroom supports."

Okafor said the main sticking points are class sizes in kindergarten and Grade 1, and the number of educational assistants assigned to classrooms with students who have special needs. Wages, she said, were "not the issue that got us here."

Board chair Graham Pelletier told reporters outside the board's Brockport office that its final offer included a wage increase of 3.25 per cent in each of the next three years, along with funding for 14 additional educational assistant positions.

"That is a fair offer. It's in line with what other boards across the province have agreed to, and frankly it is about as far as we can go without cutting programs," Pelletier said.

He said the board had asked the province to appoint a mediator and was prepared to resume talks "at any hour of the day or night."

In a statement, the Ministry of Education said it was "monitoring the situation closely" and urged both sides to "get back to the table and get kids back in class."

The board has closed all 41 of its elementary schools for the duration of the strike. Secondary schools, whose teachers belong to a different union, remain open.

For parents, the walkout meant a scramble for child care. Jasmine Rourke, who has two children at Kilmarnock Falls Public School, said she had to take unpaid leave from her job at a grocery store.

"I support the teachers, I really do. But I don't know how many days of this we can take," she said.

Another parent, who asked not to be named because she works in the board's administration, said morale in schools had been low for months.

"Everybody is just exhausted by this, the teachers, the kids, all of us," she said.

The City of Brockport said its recreation centres would offer day camps for children aged four to 12 at a reduced rate starting Wednesday.

No new talks had been scheduled as of Monday afternoon. Okafor said members were prepared to stay out "as long as it takes," though she added she hoped it would not come to that.""",
        [
            ("We did not want to be", "Dana Okafor"),
            ("We stayed at the table", "Dana Okafor"),
            ("not the issue that got", "Dana Okafor"),
            ("That is a fair offer.", "Graham Pelletier"),
            ("at any hour of the", "Graham Pelletier"),
            ("monitoring the situation closely", "Ministry of Education"),
            ("get back to the table", "Ministry of Education"),
            ("I support the teachers,", "Jasmine Rourke"),
            ("Everybody is just exhausted by", "parent"),
            ("as long as it takes,", "Dana Okafor"),
        ],
    ),
    (
        """Queensland nurses to strike for first time in a decade as pay talks stall

By state political reporter Liam Carruthers

Nurses and midwives at public hospitals across Queensland will walk off the job for 24 hours next Wednesday after overwhelmingly rejecting the State Government's latest pay offer.

Members of the Queensland Nursing Professionals Association (QNPA) voted 87 per cent in favour of industrial action at a series of meetings that wrapped up on Tuesday night.

QNPA secretary Bronwyn Hatherley said nurses had been "pushed to breaking point".

"Our members are working double shifts, they're missing meal breaks, and they're going home and crying in their cars," Ms Hatherley said.

"This is not a decision anyone took lightly. Nurses don't want to strike. But the Government has left us with no other option."

The union is seeking a 15 per cent pay rise over three years and enforceable nurse-to-patient ratios in emergency departments.

The Government has offered 9 per cent over the same period, plus a one-off $1,500 cost-of-living payment.

Health Minister Tom Rasmussen said the offer was "generous and responsible".

"We value our nurses enormously, but we also have to be responsible with taxpayers' money," Mr Rasmussen told reporters at Parliament House.

"Every one per cent on the nursing wage bill is around $90 million a year."

He said emergency services would be maintained during the strike under agreed "life and limb" arrangements.

The Moreton Coast Hospital and Health Service said non-urgent elective surgery scheduled for Wednesday would be postponed.

"Patients whose surgery is affected will be contacted directly by the hospital," the health service said in a statement.

At Tallowood Base Hospital, emergency nurse Priya Nandakumar said staff were leaving faster than they could be replaced.

"I've been a nurse for 14 years and I've never seen it this bad," she said.

"We lost six graduates from our department last year alone. They just burn out."

Opposition health spokeswoman Kerri-Anne Walsh said the strike was "entirely avoidable" and accused the Government of leaving negotiations until the last minute.

The Queensland Industrial Relations Commission has the power to intervene in the dispute if either party applies.

A spokesperson for the commission said it had "not received any application" in relation to the nurses' agreement as of Wednesday morning.

Ms Hatherley said the union would consider further action if there was no improved offer within a fortnight.""",
        [
            ("pushed to breaking point", "Bronwyn Hatherley"),
            ("Our members are working double", "Bronwyn Hatherley"),
            ("This is not a decision", "Bronwyn Hatherley"),
            ("generous and responsible", "Tom Rasmussen"),
            ("We value our nurses enormously,", "Tom Rasmussen"),
            ("Every one per cent on", "Tom Rasmussen"),
            ("Patients whose surgery is affected", "Moreton Coast Hospital and Health Service"),
            ("I've been a nurse for", "Priya Nandakumar"),
            ("We lost six graduates from", "Priya Nandakumar"),
            ("entirely avoidable", "Kerri-Anne Walsh"),
            ("not received any application", "spokesperson"),
        ],
    ),
    (
        """Alberta offers public-sector unions 7.5% over four years, setting up fall showdown

Carla Mendes
Edmonton

The Alberta government has tabled a wage offer of 7.5 per cent over four years for roughly 80,000 provincial employees, a proposal the province’s largest public-sector union immediately rejected.

Finance Minister Derek Halvorsen announced the bargaining framework on Thursday, saying it reflected both the value of public servants and the province’s fiscal position after a year of volatile oil prices.

“Albertans expect us to pay our public servants fairly, and we will,” Mr. Halvorsen said at a news conference at the legislature. “But they also expect us to balance the books, and this offer does both.”

The framework includes raises of 1.5 per cent in the first year and 2 per cent in each of the following three years, with a possible additional 0.5 per cent “economic adjuster” tied to resource revenue.

The Alberta Union of Provincial Service Workers, which represents corrections officers, social workers, licensed practical nurses and administrative staff, said in a statement that the offer was “an insult to every front-line worker who kept this province running through the pandemic.”

Its president, Marguerite Lavallee, said the union would begin preparing for a strike vote if the government did not return with a better proposal by the end of September.

“Inflation alone has eaten more than 15 per cent of our members’ purchasing power since 2020,” Ms. Lavallee said in an interview. “Seven and a half per cent over four years is a pay cut, full stop.”

The Alberta Registered Nurses’ Union, which is bargaining separately with the province’s health employer, is expected to receive a similar offer. Its president, Sunil Bhatt, told The Globe and Mail the framework was “not even a starting point.”

Public-sector wages in Alberta were frozen for most of the previous four-year period, and unions have argued that members are owed a significant catch-up.

Rebecca Strand, who teaches labour law at Foothills University in Calgary, said the government appears to be testing public opinion.

“The government is betting that the public has limited sympathy for public-sector workers right now,” Prof. Strand said. “That may have been true two years ago. I’m not sure it’s true any more, especially with what people are seeing in hospitals.”

According to a government source who was not authorized to speak publicly about cabinet discussions, ministers debated a higher offer but rejected it over concerns about the deficit forecast. The source said the province was “prepared to legislate if it comes to that.”

Asked on Thursday whether back-to-work legislation was an option, Mr. Halvorsen declined to rule it out.

“I’m not going to speculate about hypotheticals. We’re at the very beginning of this process,” he said.""",
        [
            ("Albertans expect us to pay", "Derek Halvorsen"),
            ("But they also expect us", "Derek Halvorsen"),
            ("an insult to every front-line", "Alberta Union of Provincial Service Workers"),
            ("Inflation alone has eaten more", "Marguerite Lavallee"),
            ("Seven and a half per", "Marguerite Lavallee"),
            ("not even a starting point.", "Sunil Bhatt"),
            ("The government is betting that", "Rebecca Strand"),
            ("That may have been true", "Rebecca Strand"),
            ("prepared to legislate if it", "government source"),
            ("I’m not going to speculate", "Derek Halvorsen"),
        ],
    ),
    (
        """Teachers threaten rolling stoppages over 'insulting' pay offer

By Hannah Lowe
Education reporter

Public high school teachers could walk off the job in a series of rolling regional stoppages next term, after their union's president branded the NSW government's pay offer "insulting" to the profession.

The NSW Secondary Teachers' Association voted on Saturday to launch a campaign of industrial action unless the government improves its offer of 3.5 per cent a year for three years.

Association president Greg Mantello told about 400 delegates at the union's annual council in Surry Hills that the offer fell well short of what the government's own independent review had found was needed.

"Eighteen months ago this government commissioned a review that told it, in black and white, that teachers' salaries had fallen behind comparable professions by 20 per cent," Mantello said.

"Now it comes to us with an offer that doesn't even keep pace with inflation. Our members are not going to cop that.

"We have teachers leaving for Queensland, for Victoria, for the private sector. We have kids in western Sydney who've had four maths teachers in a year."

The review, titled "Valuing the Profession", recommended an immediate increase to starting salaries and a new classification for experienced classroom teachers who do not want to move into leadership roles.

Education Minister Rachel Voss said the government remained committed to "good-faith negotiations" but would not be "bullied into a deal the budget can't afford".

"We have already delivered the biggest pay rise for teachers in a generation, and we're proud of that," Voss said in a statement on Sunday. "We will keep talking to the association, but our offer is a fair one."

A senior government source said there was "no more money on the table this financial year", pointing to the cost of the state's hospital building program and a forecast budget deficit.

The association's deputy president, Linh Tran, said the stoppages would be "targeted", with different regions walking off on different days to limit disruption for families.

The first stoppage, covering schools in the Hunter and Central Coast, has been pencilled in for the second week of term 3. No date has been set for Sydney schools.

Secondary Principals' Council president Anthony Gregoriou said principals supported better pay for teachers but were worried about the timing for year 12 students.

"Our HSC students are weeks away from trial exams," he said. "We'd ask everyone to think very carefully about when and where this happens."

The government and the association are due to meet again at the Industrial Relations Commission on Thursday.""",
        [
            ("insulting", "Greg Mantello"),
            ("insulting", "Greg Mantello"),
            ("Eighteen months ago this government", "Greg Mantello"),
            ("Now it comes to us", "Greg Mantello"),
            ("We have teachers leaving for", "Greg Mantello"),
            ("good-faith negotiations", "Rachel Voss"),
            ("bullied into a deal the", "Rachel Voss"),
            ("We have already delivered the", "Rachel Voss"),
            ("We will keep talking to", "Rachel Voss"),
            ("no more money on the", "senior government source"),
            ("targeted", "Linh Tran"),
            ("Our HSC students are weeks", "Anthony Gregoriou"),
            ("We'd ask everyone to think", "Anthony Gregoriou"),
        ],
    ),
    (
        """Sask. nurses give union 94 per cent strike mandate

Jordan Kessler

Registered nurses in Saskatchewan have handed their union a strong strike mandate, with 94 per cent of members voting in favour of job action, the union announced Wednesday.

The Prairie Nurses' Union of Saskatchewan (PNUS) represents about 10,500 registered nurses, registered psychiatric nurses and nurse practitioners across the province. Its last contract expired in March of last year.

"This vote sends a very clear message to the province," PNUS president Colleen Dufresne told reporters at the union's Regina office. "Nurses are done being patient."

Dufresne said the union is not planning to walk off the job immediately. Under the province's essential services legislation, the union and employers must first reach an agreement on which staff must remain at work during a strike, a process that could take several weeks.

According to Dufresne, vacancy rates at some rural hospitals have topped 30 per cent, and nurses in communities such as Carrot Lake and Wolverine Creek are routinely ordered to stay past the end of their shifts.

Tamsin Gerow, an intensive care nurse at Pasqua Valley Regional Hospital in Regina, was among the members who voted yes.

"Last month I worked 14 overtime shifts," Gerow said. "I have a three-year-old at home. I'm not sure how much longer I can keep doing this."

A nurse manager at a rural facility in the province's southwest, who spoke on condition of anonymity because she is not authorized to speak to media, described staffing there as precarious.

"We are holding things together with tape and good will, and the good will is running out," she said.

In an emailed statement, Health Employers Saskatchewan, which bargains on behalf of the province's health authority, said it "respects the democratic process" and remains "committed to reaching a fair and reasonable agreement at the bargaining table."

Health Minister Everett Lang said Wednesday the government's offer of 9.5 per cent over four years is among the best in the country.

"We've put a good offer on the table. We've also added more than 200 new nursing positions in the last year," Lang said. "I'd encourage the union to come back and keep talking."

Opposition health critic Marie-Claire Sinclair said the vote shows "just how badly this government has managed the health-care workforce."

The two sides have not met since talks broke off in late June.""",
        [
            ("This vote sends a very", "Colleen Dufresne"),
            ("Nurses are done being patient.", "Colleen Dufresne"),
            ("Last month I worked 14", "Tamsin Gerow"),
            ("I have a three-year-old at", "Tamsin Gerow"),
            ("We are holding things together", "nurse manager at a rural facility in the province's southwest"),
            ("respects the democratic process", "Health Employers Saskatchewan"),
            ("committed to reaching a fair", "Health Employers Saskatchewan"),
            ("We've put a good offer", "Everett Lang"),
            ("I'd encourage the union to", "Everett Lang"),
            ("just how badly this government", "Marie-Claire Sinclair"),
        ],
    ),
    (
        """Support staff rally on Parliament lawns as school wage talks drag on

Ellie Marchetti

Hundreds of teacher assistants, school administration staff and cleaners rallied on the lawns of Parliament House in Hobart on Thursday, calling on the state government to lift its wage offer.

Many of the workers wore purple T-shirts bearing the logo of the union's "Worth More" campaign, which has been running since bargaining began last October.

The Tasmanian Public Sector Workers' Union says the government's offer of 3 per cent a year for three years would leave school support staff, many of whom earn between $48,000 and $58,000, worse off in real terms.

Union branch secretary Ray Costigan told the crowd the offer did not reflect the cost of living in Tasmania.

"When you're earning $52,000 a year and your rent's gone up $80 a week, three per cent doesn't touch the sides," Mr Costigan said.

Launceston teacher assistant Kylie Brennan, who travelled south on a bus with about 40 colleagues from the North, said many support staff were working second jobs to get by.

"I work in a classroom from 8.30 till 3.30 and then I go and stack shelves at night," Ms Brennan said.

"The kids I work with have really high needs. Some days I get bitten, I get kicked. I love the job but I can't afford to keep doing it."

Education Minister Michael Ferrante did not attend the rally.

A spokeswoman for Mr Ferrante said the government had "made a fair offer in a tight budget environment" and negotiations with the union were continuing "in good faith".

She said the offer also included a one-off payment of $1,000 for permanent staff and an increase to the allowance paid to staff working in remote schools.

A spokesman for the Department of Education and Learning said the rally had not affected school operations, and there were no plans to close schools if stop-work action went ahead next month.

"All schools will remain open and students should attend as normal," the spokesman said.

Independent Member for Tamar Josie Wakefield, who addressed the rally, said support staff were "the glue that holds our schools together".

Mr Costigan said members would vote next week on a proposal for a half-day stoppage in early June.""",
        [
            ("When you're earning $52,000 a", "Ray Costigan"),
            ("I work in a classroom", "Kylie Brennan"),
            ("The kids I work with", "Kylie Brennan"),
            ("made a fair offer in", "spokeswoman"),
            ("in good faith", "spokeswoman"),
            ("All schools will remain open", "spokesman"),
            ("the glue that holds our", "Josie Wakefield"),
        ],
    ),
    (
        """Quebec teachers, health workers begin three-day strike

Philippe Beauchemin

Tens of thousands of teachers, nurses, orderlies and support staff across Quebec walked off the job Tuesday at the start of a three-day strike, closing hundreds of schools and forcing hospitals to postpone non-urgent surgeries.

The strike was called by the Alliance intersyndicale du secteur public, a coalition of four unions representing about 310,000 public-sector workers whose collective agreements expired in March.

"We are not asking for the moon," Nathalie Brissette, a spokesperson for the coalition, told a crowd of several hundred outside a hospital in Rosemont. "We are asking for wages that let a nurse or a teacher live in the city where she works."

The coalition is demanding raises that match inflation plus an additional catch-up amount, which it estimates at roughly 20 per cent over three years. The government has offered 10.3 per cent over five years, along with lump-sum payments for some categories of workers.

Treasury Board President Sylvain Ouimet told reporters in Quebec City that the offer was "the most generous in 20 years."

"We have made a lot of movement. Now it is up to the unions to move too," Ouimet said in French.

At École secondaire des Érables in Laval, about 60 teachers and support staff picketed outside the school's main entrance in the rain.

"People think we're doing this for the money. It's about the money, yes, but it's also about the classrooms," said Karim Benali, who teaches math at the school. "I have 34 students in one of my groups, and nine of them have an intervention plan."

The Regroupement des comités de parents du Québec said in a news release that it "understands the frustration of school staff" but called on both sides to reach a deal quickly, noting that students had already lost several days of class to strikes last year.

Health authorities on the island said emergency rooms, intensive care units and other essential services would be maintained at staffing levels set by the province's labour tribunal.

A government official, speaking on background because negotiations are ongoing, said there had been "real progress" at some of the sector tables in recent days, particularly on workload in nursing.

"There is room for a deal before the holidays, but not at any price," the official said.

The coalition has said it will consider an unlimited general strike in the new year if no agreement is reached.""",
        [
            ("We are not asking for", "Nathalie Brissette"),
            ("We are asking for wages", "Nathalie Brissette"),
            ("the most generous in 20", "Sylvain Ouimet"),
            ("We have made a lot", "Sylvain Ouimet"),
            ("People think we're doing this", "Karim Benali"),
            ("I have 34 students in", "Karim Benali"),
            ("understands the frustration of school", "Regroupement des comités de parents du Québec"),
            ("real progress", "government official"),
            ("There is room for a", "government official"),
        ],
    ),
    (
        """Aged-care nurses walk off the job in central Victoria pay dispute

Sam Whitford

Nurses and personal care workers at four aged-care homes run by Heritage Grove Living in central Victoria walked off the job for four hours on Tuesday, in what their union says is the first strike in the region's aged-care sector.

About 120 workers at the company's homes in Marrowbank, Kellerton, Lyndale and Tarrawingee Creek gathered outside with placards from 10am, while a skeleton staff remained inside to care for residents.

The Victorian Aged Care Nurses' Union says Heritage Grove has clawed back part of the federal government's aged-care pay increase by cutting an allowance it previously paid to long-serving staff.

Union organiser Fiona Mabbott put it bluntly: "The government gave this money to pay nurses. It didn't give it to them to prop up profit margins."

Heritage Grove Living said in a statement the union's claims were "simply not correct".

"Every cent of the award increase has been passed on to our staff, in line with the Fair Work Commission's decision," the company said.

"We are disappointed the union has chosen to take action that affects vulnerable residents, and we have put contingency plans in place to ensure continuity of care."

According to the union, the dispute centres on a so-called "retention allowance" of up to $2.50 an hour, which the company stopped paying in July when the new award rates took effect.

Enrolled nurse Gulnara Sadykova, who has worked at the Marrowbank home for nine years, said she was about $60 a fortnight worse off since the allowance was withdrawn.

"They told us it was being rolled into the new rate. But my pay went down, not up," she said.

"I've got residents in there I've looked after for years. I don't want to be out here. But somebody has to stand up."

Ian Pettigrew, whose mother has lived at the Kellerton home for three years, stopped to talk with the picketers on his way in.

"Mum's carers are wonderful and they're run off their feet. If they're saying they're being short-changed, I believe them," he said.

Ms Mabbott said further stoppages were planned for next week unless the company returned to the bargaining table.

"We've written to them three times asking for a meeting," she said. "The ball's in their court."

Heritage Grove Living operates 11 homes across Victoria and southern New South Wales.""",
        [
            ("The government gave this money", "Fiona Mabbott"),
            ("simply not correct", "Heritage Grove Living"),
            ("Every cent of the award", "Heritage Grove Living"),
            ("We are disappointed the union", "Heritage Grove Living"),
            ("They told us it was", "Gulnara Sadykova"),
            ("I've got residents in there", "Gulnara Sadykova"),
            ("Mum's carers are wonderful and", "Ian Pettigrew"),
            ("We've written to them three", "Fiona Mabbott"),
            ("The ball's in their court.", "Fiona Mabbott"),
        ],
    ),
]
