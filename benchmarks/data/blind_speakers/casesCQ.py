CASES = [
    (
        """By Harriet Lomax, Political Correspondent

The most senior civil servant at the Department for Regional Renewal has admitted that a £1.4bn digital grants system was launched before it had been properly tested, telling MPs that officials had been “too eager to hit a date on a calendar”.

Dame Philippa Carrow, the department’s permanent secretary, told the public accounts committee on Tuesday that the platform, known internally as “Project Lantern”, had suffered from “a cascade of avoidable errors” in the six months after it went live.

Under questioning from the committee’s chair, Graham Tullett, she said: “I am not going to sit here and pretend that this was anything other than a serious failure. Councils were left waiting for money they were owed, and some small charities came close to closing their doors. That is on us.”

Tullett, who has chaired the committee since 2021, pressed her on when ministers had been told. “Did the secretary of state know in March that the system was failing, or did he find out from the newspapers like the rest of us?” he asked.

Carrow replied that ministers had been briefed “in general terms” in the spring but that the full scale of the problems had not become clear until the summer.

“We were getting reports from individual councils, but we did not have a clear picture,” she said. “In hindsight, we should have escalated sooner.”

The committee also heard from Owen Pritchard, the department’s chief digital officer, who said the contractor, Meridale Systems, had been asked to deliver the platform in nine months, roughly half the time its own engineers had recommended.

“The timetable was set before I arrived,” Pritchard said. “I raised concerns about it in writing within my first fortnight.”

Asked whether he had been overruled, he paused before answering: “I would say my concerns were noted.”

In a statement issued after the hearing, Meridale Systems said it had “worked in good faith to an extremely demanding schedule” and would cooperate fully with any review.

The shadow regional renewal secretary, Nadia Osei-Barnes, said the evidence showed ministers had “gambled with public money to chase a headline”. She added: “Somebody in this government needs to take responsibility, and it should not be the junior officials who warned them.”

A spokesperson for the department said: “We have already made significant improvements to the system, and 96% of payments are now processed within the target time.”

The committee is expected to publish its report in the new year.""",
        [
            ("too eager to hit a", "Philippa Carrow"),
            ("a cascade of avoidable errors", "Philippa Carrow"),
            ("I am not going to sit", "Philippa Carrow"),
            ("Did the secretary of state know", "Graham Tullett"),
            ("in general terms", "Philippa Carrow"),
            ("We were getting reports from", "Philippa Carrow"),
            ("In hindsight, we should have", "Philippa Carrow"),
            ("The timetable was set before", "Owen Pritchard"),
            ("I would say my concerns", "Owen Pritchard"),
            ("worked in good faith to", "Meridale Systems"),
            ("gambled with public money to", "Nadia Osei-Barnes"),
            ("Somebody in this government needs", "Nadia Osei-Barnes"),
            ("We have already made significant", "spokesperson for the department"),
        ],
    ),
    (
        """The leader of the National Reform Party has promised to "rip up the rulebook" on housebuilding, telling activists at the party's annual conference in Harrogate that a government led by him would build 400,000 homes a year.

In a speech lasting just under an hour, Marcus Delahaye said the country had been "let down by a generation of politicians who talked about homes but built car parks".

"For too long, young people in this country have been told to wait their turn," he said. "Wait for a pay rise, wait for a deposit, wait for a flat that never comes. I say the waiting ends now."

Mr Delahaye, who became leader in the spring after a bruising contest, also used his speech to reach out to party members who had backed his rival, Fiona Greatorex.

He described her as "a formidable campaigner and a friend", and confirmed that she would take on the role of shadow chancellor.

Ms Greatorex, speaking to reporters on the conference floor afterwards, said she was "delighted" to serve.

"We had our disagreements over the summer, and I'm not going to pretend otherwise," she said. "But there is far more that unites us than divides us, and the people watching this conference want to see a team."

Delegates waved placards reading "Homes for the Many" as Mr Delahaye left the stage to a standing ovation.

Not everyone was convinced. The housebuilding target was criticised by the Countryside Heritage Trust, which said in a statement that the plans risked "concreting over the green fields that make this country what it is".

Its chief executive, Gillian Makepeace, said: "We all want more homes, but a number on a slide is not a plan. Where will they go, who will build them and who will pay for the roads and schools?"

The government also dismissed the announcement. Housing minister Tobias Whitlock said the National Reform Party had "no credible plan to fund a single one of these homes".

"This is a party that has opposed every planning reform we have brought forward in the last three years," he added. "Now they want people to believe they have had a change of heart. Voters will see through it."

The conference continues on Tuesday, when Ms Greatorex is expected to set out the party's economic plans in her first major speech in her new role.""",
        [
            ("rip up the rulebook", "Marcus Delahaye"),
            ("let down by a generation", "Marcus Delahaye"),
            ("For too long, young people", "Marcus Delahaye"),
            ("Wait for a pay rise", "Marcus Delahaye"),
            ("a formidable campaigner and a", "Marcus Delahaye"),
            ("delighted", "Fiona Greatorex"),
            ("We had our disagreements over", "Fiona Greatorex"),
            ("But there is far more", "Fiona Greatorex"),
            ("concreting over the green fields", "Countryside Heritage Trust"),
            ("We all want more homes", "Gillian Makepeace"),
            ("no credible plan to fund", "Tobias Whitlock"),
            ("This is a party that", "Tobias Whitlock"),
            ("Now they want people to", "Tobias Whitlock"),
        ],
    ),
    (
        """CADDON VALE

The Progressive party has seized the former mining seat of Caddon Vale from the governing Commonwealth party in a by-election that overturned a majority of more than 14,000.

Rhiannon Tegid, a 34-year-old former primary school headteacher, won with 17,482 votes, a swing of 19 points, when the result was declared in the early hours of Friday at the town’s leisure centre.

In her victory speech she said the result was “a message that not even Downing Street can ignore”.

“The people of this valley have been taken for granted for a very long time,” Ms Tegid said. “They were promised new jobs, new trains and a new hospital wing. They got none of the three. Tonight they have said enough is enough.”

The by-election was triggered by the resignation of the Commonwealth MP Douglas Fairweather, who stood down in July after an investigation by the parliamentary standards commissioner found that he had breached lobbying rules.

The Commonwealth candidate, Simon Ashworth, who came second, conceded that the campaign had been “tough on the doorstep”. He told reporters: “People were angry about the circumstances of this by-election and I understand that. I hope we can earn back their trust.”

Turnout was 41 per cent, down from 63 per cent at the general election.

Senior Commonwealth figures played down the defeat. A Commonwealth party spokesman said that “mid-term by-elections are always difficult for governing parties” and insisted that the result would not be repeated at a general election.

Privately, however, some MPs were less sanguine. One minister, who asked not to be named, said: “If we can lose Caddon Vale, we can lose anywhere. Anyone who tells you otherwise is kidding themselves.”

The Progressive party leader, Alistair Brennock, who visited the constituency six times during the campaign, described the win as “historic”.

Speaking outside the party’s campaign office on Friday morning, Mr Brennock said: “Rhiannon has shown what is possible when you listen to people. We will take that lesson to every corner of the country.”

The Valleys First candidate, Huw Parry-Jenkins, came third with 4,120 votes, the party’s best performance in the seat. He said his party had “laid the foundations for the future” and would contest every council ward in the area next May.

Ms Tegid is expected to take her seat in the Commons on Monday.""",
        [
            ("a message that not even", "Rhiannon Tegid"),
            ("The people of this valley", "Rhiannon Tegid"),
            ("tough on the doorstep", "Simon Ashworth"),
            ("People were angry about the", "Simon Ashworth"),
            ("mid-term by-elections are always difficult", "Commonwealth party spokesman"),
            ("If we can lose Caddon", "minister"),
            ("historic", "Alistair Brennock"),
            ("Rhiannon has shown what is", "Alistair Brennock"),
            ("laid the foundations for the", "Huw Parry-Jenkins"),
        ],
    ),
    (
        """Sir Crispin Hale was accused of “losing control of his own cabinet” by the Leader of the Opposition at Prime Minister’s Questions yesterday, as the row over the future of the Lowmoor reservoir project spilled on to the floor of the Commons.

Janet Okonkwo-Reid used all six of her questions to press the Prime Minister on reports that two Cabinet ministers had threatened to resign if the scheme went ahead.

“Can the Prime Minister tell the House how many members of his Cabinet actually support his policy?” she asked. “Because from where I’m sitting, it looks like the answer is somewhere between none and not many.”

Sir Crispin replied that the Government was “entirely united” on the need to secure the nation’s water supply, and accused the Opposition of having “no plan, no principles and no idea”.

“The right honourable lady can read out as many newspaper headlines as she likes,” he said. “What she cannot do is tell the House where her party stands on a single question of substance.”

Mrs Okonkwo-Reid hit back by referring to a letter sent last week by the Environment Secretary, Lionel Marchbank, to the Chancellor.

In the letter, seen by this newspaper, Mr Marchbank warned that the costs of the reservoir had “more than doubled since the business case was approved” and that the current timetable was “no longer realistic in any meaningful sense”.

“If his own Environment Secretary doesn’t believe in this project, why on earth should anyone else?” Mrs Okonkwo-Reid said.

The Prime Minister insisted that he and Mr Marchbank were “in complete agreement” and that the letter reflected “a perfectly normal exchange between colleagues”.

Mr Marchbank, who sat two places along the front bench from the Prime Minister, was seen shaking his head during the exchange, although aides later said he had been reacting to a heckle from the Opposition benches.

Later, Downing Street said the Prime Minister had “full confidence” in the Environment Secretary. Asked whether Mr Marchbank would still be in post by Christmas, the Prime Minister’s official spokesman said: “I’m not going to speculate about personnel matters. The Environment Secretary is doing an excellent job.”

But there was unease on the Government benches. Colin Ashdown, the MP for North Fendale and a longstanding critic of the reservoir scheme, said: “The mood in the tea room is not good. People want to know who is actually in charge.”

The Lowmoor project, first announced three years ago, would flood a valley of some 900 acres and is expected to supply water to more than two million homes.""",
        [
            ("losing control of his own", "Janet Okonkwo-Reid"),
            ("Can the Prime Minister tell", "Janet Okonkwo-Reid"),
            ("Because from where I’m sitting", "Janet Okonkwo-Reid"),
            ("entirely united", "Crispin Hale"),
            ("no plan, no principles and", "Crispin Hale"),
            ("The right honourable lady can", "Crispin Hale"),
            ("What she cannot do is", "Crispin Hale"),
            ("more than doubled since the", "Lionel Marchbank"),
            ("no longer realistic in any", "Lionel Marchbank"),
            ("If his own Environment Secretary", "Janet Okonkwo-Reid"),
            ("in complete agreement", "Crispin Hale"),
            ("a perfectly normal exchange between", "Crispin Hale"),
            ("full confidence", "Downing Street"),
            ("I’m not going to speculate", "Prime Minister's official spokesman"),
            ("The mood in the tea", "Colin Ashdown"),
        ],
    ),
    (
        """Ministers have been accused of presiding over a “shambolic” system for processing asylum appeals by a cross-party committee of MPs, which found that some applicants had waited more than four years for a decision.

In a report published on Monday, the Justice and Borders Committee said the backlog of appeals had risen to 61,000 and described the department’s recovery plan as “wishful thinking dressed up as strategy”.

The report, titled “Justice Delayed”, is the result of a nine-month inquiry during which the committee took evidence from judges, caseworkers, charities and applicants.

The committee’s chair, Dame Eleanor Whitcombe, said the findings should “shame” ministers.

“Behind every one of these numbers is a human being whose life has been put on hold,” she said. “Some of them will have genuine claims. Some will not. But all of them deserve an answer within a reasonable time, and at the moment they are not getting one.”

The MPs found that the Appeals and Tribunals Agency had lost nearly a third of its experienced caseworkers in two years. The report said: “The agency is attempting to clear a record backlog with a workforce that is smaller, less experienced and more poorly supported than at any point in the last decade.”

It recommended that ministers publish monthly figures on waiting times and set a legally binding target for clearing the backlog by 2027.

One member of the committee, Kwame Asante-Bright, said he had been “genuinely shocked” by evidence from caseworkers during the inquiry.

“We heard from one caseworker who was handling 140 live files at once,” he said. “That is not a job. That is an impossible situation, and it is no surprise people are leaving.”

The committee’s only dissenting member, Roger Pinfold, a Commonwealth party MP, declined to endorse the report’s conclusions. In a note appended to the report, he wrote that the committee had “underestimated the progress already made” and had failed to take account of a new digital case management system due to launch next year.

A spokesperson for the Department for Borders and Migration said: “We are taking decisive action to reduce the backlog, including recruiting 800 additional caseworkers and investing in new technology. We will respond to the committee’s report in due course.”

Mahnaz Qureshi, director of the Sanctuary Advice Network, welcomed the report but said its recommendations did not go far enough.

“People are sleeping on friends’ sofas, unable to work, unable to plan, for years on end,” she said. “A target for 2027 is a target for another three years of that.”

The government is required to respond formally to the report within two months.""",
        [
            ("shambolic", "Justice and Borders Committee"),
            ("wishful thinking dressed up as", "Justice and Borders Committee"),
            ("shame", "Eleanor Whitcombe"),
            ("Behind every one of these", "Eleanor Whitcombe"),
            ("The agency is attempting to", "Justice and Borders Committee"),
            ("genuinely shocked", "Kwame Asante-Bright"),
            ("We heard from one caseworker", "Kwame Asante-Bright"),
            ("underestimated the progress already made", "Roger Pinfold"),
            ("We are taking decisive action", "spokesperson for the Department for Borders and Migration"),
            ("People are sleeping on", "Mahnaz Qureshi"),
            ("A target for 2027 is", "Mahnaz Qureshi"),
        ],
    ),
    (
        """Transport minister Hugo Pembridge has resigned from the government over plans to scale back the northern rail upgrade, saying he could not "in good conscience" defend the decision.

In his resignation letter to the prime minister, Mr Pembridge wrote that the cuts represented "a betrayal of every promise we made to the towns and cities of the north".

"I have spent two years telling councillors, business leaders and commuters that this government would deliver," the letter said. "I cannot now stand at the despatch box and tell them the opposite."

He added that he would continue to support the government "on the great majority of issues" from the back benches.

In her reply, Prime Minister Deborah Fenwick-Hart thanked Mr Pembridge for his "dedicated service" and said she respected his decision.

"I know how strongly you feel about rail investment in the north, and I share your ambition," she wrote. "But we must take difficult decisions to put the public finances on a sustainable footing, and I am confident the revised plan will still deliver real improvements for passengers."

Mr Pembridge, the MP for Ellerby and Thorne since 2017, is the third minister to leave the government this year.

His departure follows the publication on Tuesday of a revised investment plan which delays the electrification of the Calderbridge to Hallamford line by at least seven years.

The opposition's transport spokesperson, Priya Ramasubramanian, said the resignation "speaks volumes".

"When the government's own ministers cannot bring themselves to defend this decision, why should anybody else?" she said.

The Northern Cities Partnership, which represents 11 regional mayors, said in a statement that it was "deeply disappointed" by the revised plan and called on ministers to "think again before it is too late".

One of its members, Kenneth Oyelaran, the mayor of Hallamford, said: "We were told this line was the backbone of the government's plans for the region. It turns out the backbone was made of cardboard."

A government source said Mr Pembridge's resignation had been "expected for some days" and that a replacement would be named shortly.""",
        [
            ("in good conscience", "Hugo Pembridge"),
            ("a betrayal of every promise", "Hugo Pembridge"),
            ("I have spent two years", "Hugo Pembridge"),
            ("I cannot now stand at", "Hugo Pembridge"),
            ("on the great majority of", "Hugo Pembridge"),
            ("dedicated service", "Deborah Fenwick-Hart"),
            ("I know how strongly you", "Deborah Fenwick-Hart"),
            ("But we must take difficult", "Deborah Fenwick-Hart"),
            ("speaks volumes", "Priya Ramasubramanian"),
            ("When the government's own ministers", "Priya Ramasubramanian"),
            ("deeply disappointed", "Northern Cities Partnership"),
            ("think again before it is", "Northern Cities Partnership"),
            ("We were told this line", "Kenneth Oyelaran"),
            ("It turns out the backbone", "Kenneth Oyelaran"),
            ("expected for some days", "government source"),
        ],
    ),
    (
        """Bournemouth

A row over the Commonwealth party’s immigration policy erupted at its conference on Sunday evening after a senior backbencher told a packed fringe meeting that the home secretary had “lost the argument and lost the room”.

Bernard Kittow, the former chief whip who leads a group of about 30 MPs known as the “Lighthouse group”, said the party would face “electoral oblivion” unless it adopted a cap on net migration.

“I have been in this party for 40 years and I have never seen the members so frustrated,” Kittow told the meeting, organised by the Heritage Forum thinktank. “They are not bigots. They are not cranks. They are people who want a government that does what it says.”

The home secretary, Anjali Deshmukh-Rowe, is due to address the main conference hall on Tuesday. Allies of the home secretary dismissed Kittow’s intervention as “a sideshow”.

One cabinet minister said: “Bernard is a fine man, but he has been predicting the end of the world every autumn since about 1998. The members know that.”

Kittow’s remarks were cheered by many of the 300 activists in the room, some of whom held up home-made signs reading “Control Means Control”.

But not everyone was impressed. Lucy Fairbairn, the MP for Hensworth, who was among the audience, said she had found the tone of the meeting “troubling”.

“There is a serious debate to be had about immigration, and I’m happy to have it,” she said. “But I didn’t come into politics to spend my Sunday evenings listening to people blame every problem in the country on nurses and care workers.”

A spokesperson for the home secretary said she was “focused on delivering the plan the public voted for” and would set out further measures in her speech.

Later, in a post on social media, Kittow appeared to double down. He wrote: “I said what thousands of members are thinking. If the leadership doesn’t like hearing it, they should spend more time listening.”

The party chair, Malcolm Brightwell, said in a statement that “a conference is a place for lively discussion” and that he was confident the party would leave Bournemouth united behind its leadership.

The row threatens to overshadow a conference that party managers had hoped would focus on the economy, with the chancellor due to announce a package of measures on household energy bills on Monday.""",
        [
            ("lost the argument and lost", "Bernard Kittow"),
            ("electoral oblivion", "Bernard Kittow"),
            ("I have been in this", "Bernard Kittow"),
            ("a sideshow", "allies of the home secretary"),
            ("Bernard is a fine man", "cabinet minister"),
            ("troubling", "Lucy Fairbairn"),
            ("There is a serious debate", "Lucy Fairbairn"),
            ("But I didn’t come into", "Lucy Fairbairn"),
            ("focused on delivering the plan", "spokesperson for the home secretary"),
            ("I said what thousands of", "Bernard Kittow"),
            ("a conference is a place", "Malcolm Brightwell"),
        ],
    ),
    (
        """An MP who was paid £4,000 a month by a private healthcare firm while lobbying ministers on its behalf should be suspended from the Commons for 21 sitting days, the standards committee has recommended.

The committee found that Geoffrey Stanbury, the Commonwealth MP for Ashcombe West, had committed “an egregious breach” of the rules on paid advocacy by arranging meetings between executives of Carrisford Health and two health ministers in 2023.

In its report, published yesterday, the committee said: “Mr Stanbury’s conduct fell well below the standards the public is entitled to expect. He used his privileged access to ministers to advance the commercial interests of a company that was paying him, and he did not declare that interest at any of the meetings.”

A suspension of ten sitting days or more can trigger a recall petition, meaning that Mr Stanbury’s constituents could force a by-election.

Mr Stanbury, 61, said in a statement that he accepted “with regret” that he had made mistakes, but he denied acting dishonestly.

“I have served Ashcombe West for nearly two decades and I have always tried to act in what I believed to be the best interests of my constituents,” he said. “I did not appreciate at the time that the arrangements I entered into were in breach of the rules.

“I apologise unreservedly to the House for that failure of judgment. I will not be standing at the next election.”

Carrisford Health said that it had “acted at all times in accordance with the law” and had terminated its contract with Mr Stanbury in January.

The Commonwealth party’s chief whip, Harriet Vosper, said the party whip had been suspended with immediate effect. “The committee’s findings are extremely serious, and the party will not tolerate conduct of this kind,” she said.

The Progressive party’s deputy leader, Samuel Adeyemi-Clarke, said the case showed that the rules on second jobs were “not worth the paper they are written on”.

“Every few months there is another one of these cases, and every time we are told it is a one-off,” he said. “It is time for a complete ban on paid consultancy for MPs.”

Mr Stanbury was first elected in 2005 and served briefly as a junior health minister. He has sat on the health select committee for the past six years.

The Commons will vote on the recommended suspension next week. If it is approved, the recall petition would open in Ashcombe West within a fortnight.""",
        [
            ("an egregious breach", "standards committee"),
            ("Mr Stanbury’s conduct fell well", "standards committee"),
            ("with regret", "Geoffrey Stanbury"),
            ("I have served Ashcombe West", "Geoffrey Stanbury"),
            ("I did not appreciate at", "Geoffrey Stanbury"),
            ("acted at all times in", "Carrisford Health"),
            ("The committee’s findings are extremely", "Harriet Vosper"),
            ("not worth the paper they", "Samuel Adeyemi-Clarke"),
            ("Every few months there is", "Samuel Adeyemi-Clarke"),
            ("It is time for a", "Samuel Adeyemi-Clarke"),
        ],
    ),
]
