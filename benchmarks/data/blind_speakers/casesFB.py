CASES = [
    (
        """Chancellor faces biggest backbench revolt yet over disability benefits freeze

Helen Corcoran Political correspondent

More than 40 Labour MPs have warned the chancellor, Martin Ashdown, that they will vote against plans to freeze disability benefits for two years, setting the stage for the largest rebellion of the parliament.

Siobhan Keane, the MP for Wrexford North, who coordinated a letter to the Treasury on Tuesday evening, said the proposals would “push tens of thousands of disabled people into poverty” and urged ministers to “think again before it is too late”.

“Nobody came into politics to do this,” Keane told the Guardian. “We were elected on a promise to fix the safety net, not to cut holes in it. I have had constituents in tears in my surgery this week, asking whether they will be able to keep the heating on.”

The Treasury has argued the freeze is needed to meet the government’s fiscal rules after borrowing came in £6bn above forecast last month. A Treasury spokesperson said: “The chancellor has been clear that stability in the public finances is the foundation for everything else. We will continue to protect the most vulnerable, and the vast majority of claimants will see no cash reduction in their payments.”

Ashdown himself struck a defiant tone during a visit to a manufacturing plant in Telford on Wednesday morning. Asked whether he would compromise, he said: “I understand the strength of feeling, and I respect colleagues who have raised concerns. But I was not elected to duck difficult decisions.”

Government whips are understood to be contacting rebels individually. One minister said privately that the numbers were “uncomfortable but manageable”, while a senior backbencher predicted the rebellion would grow once MPs returned to their constituencies at the weekend.

“The whips are telling people this is a confidence matter,” the backbencher said. “It isn’t, and everybody knows it isn’t.”

Disability charities have lined up behind the rebels. Priya Nandakumar, chief executive of the campaign group Access Equal, said the freeze was “a decision dressed up as arithmetic”.

“Disabled people already face costs that are on average £900 a month higher than those of non-disabled households,” she said. “Freezing support while prices are still rising is a real-terms cut, whatever the Treasury chooses to call it.”

The opposition has sought to exploit the divisions. The shadow chancellor, Edward Pilkington, said the government was “at war with itself” and accused Ashdown of having “lost control of his own benches”.

The vote is expected before the Commons rises for the summer recess at the end of next month.""",
        [
            ("push tens of thousands of", "Siobhan Keane"),
            ("think again before it", "Siobhan Keane"),
            ("Nobody came into politics to", "Siobhan Keane"),
            ("We were elected on a", "Siobhan Keane"),
            ("The chancellor has been clear", "spokesperson"),
            ("I understand the strength of", "Martin Ashdown"),
            ("uncomfortable but manageable", "minister"),
            ("The whips are telling people", "senior backbencher"),
            ("It isn’t, and everybody knows", "senior backbencher"),
            ("a decision dressed up as", "Priya Nandakumar"),
            ("Disabled people already face costs", "Priya Nandakumar"),
            ("Freezing support while prices are", "Priya Nandakumar"),
            ("at war with itself", "Edward Pilkington"),
            ("lost control of his own", "Edward Pilkington"),
        ],
    ),
    (
        """‘I’ve done nothing wrong’: Defiant Tory MP who claimed £14,000 to rent a London flat owned by his WIFE

Graham Tulley, 58, rented the flat from his wife through a family trust

Expenses watchdog confirms it has opened an inquiry into the claims

Labour demands he is stripped of his role as a ministerial aide

By DANIEL FROST, POLITICAL EDITOR

A Tory MP who claimed more than £14,000 of taxpayers’ money to rent a London flat owned by his wife last night insisted he had ‘done nothing wrong’.

Graham Tulley, the MP for Ashcombe and Wyre, told the Mail the arrangement had been ‘cleared in advance’ by parliamentary officials and accused his critics of ‘a politically motivated smear’.

‘I have followed the rules to the letter,’ he said. ‘My wife bought the flat long before I was elected, and every penny has been declared. If people don’t like the rules, they should change the rules – not come after me and my family.’

But the Independent Parliamentary Standards Authority confirmed yesterday that it had opened an inquiry. In a statement, the watchdog said: ‘We can confirm that we are reviewing claims made by a Member in relation to accommodation costs. It would be inappropriate to comment further while that review is ongoing.’

Rules introduced after the 2009 expenses scandal bar MPs from claiming rent on properties owned by a spouse or partner. Mr Tulley says the flat was transferred into a family trust in 2019, meaning the restriction does not apply.

Ethics experts were unconvinced. Professor Janet Oyelaran, of the Centre for Public Integrity, said: ‘This is precisely the kind of arrangement the reforms were designed to stop. Putting a property into a trust does not change who benefits from the rent.’

Mr Tulley, a parliamentary private secretary at the Department for Transport, faced calls last night to give up the role.

Labour’s deputy chairman Owen Rhys-Bevan said: ‘Ordinary families are struggling to pay their rent while this Tory MP pockets thousands from the taxpayer for a flat his own wife owns.

‘The Prime Minister must decide whether he thinks that is acceptable. If he does, voters will draw their own conclusions.’

A source close to the MP said he was ‘absolutely furious’ about the way the story had emerged and believed it had been leaked by ‘someone with an axe to grind’.

Downing Street declined to comment on individual cases, but a No 10 spokesman said the Prime Minister expected ‘the highest standards’ from all MPs.

Mr Tulley’s wife, Caroline, a former interior designer, could not be reached for comment last night.""",
        [
            ("I’ve done nothing wrong", "Graham Tulley"),
            ("done nothing wrong", "Graham Tulley"),
            ("cleared in advance", "Graham Tulley"),
            ("a politically motivated smear", "Graham Tulley"),
            ("I have followed the rules", "Graham Tulley"),
            ("My wife bought the flat", "Graham Tulley"),
            ("We can confirm that we", "Independent Parliamentary Standards Authority"),
            ("This is precisely the kind", "Janet Oyelaran"),
            ("Ordinary families are struggling to", "Owen Rhys-Bevan"),
            ("The Prime Minister must decide", "Owen Rhys-Bevan"),
            ("absolutely furious", "source close to the MP"),
            ("someone with an axe to", "source close to the MP"),
            ("the highest standards", "spokesman"),
        ],
    ),
    (
        """Home Office 'lost track' of asylum hotel contracts, MPs say

By Anjali Mistry, Political reporter

The Home Office "lost track" of how much it was paying for hotels used to house asylum seekers, a committee of MPs has said.

A report by the Public Accounts Committee found the department had signed 212 contracts with hotel operators over three years without keeping a central record of their cost or length.

The committee said the situation was "unacceptable" and warned that taxpayers may have been paying for rooms that were never used.

Officials told MPs during a hearing in March that they could not say with certainty how many of the contracts were still active.

The committee's chair, Dame Rosalind Achebe, said: "This is one of the most troubling sets of accounts we have examined in this parliament.

"The department could not tell us how many hotels it was paying for, how much it was paying, or for how long. That is not a small administrative slip - it is a fundamental failure of basic financial control."

The report, titled "Rooms Without Records", said the Home Office had relied on private contractors to keep track of bookings, and that those firms had "little incentive" to bring costs down.

It recommends that the department publish a full list of active contracts within six months and appoint a senior official with sole responsibility for accommodation spending.

A Home Office spokesperson said: "We inherited an asylum system under enormous pressure and have already closed more than 90 hotels this year, saving the taxpayer hundreds of millions of pounds.

"We will consider the committee's recommendations carefully and respond in due course."

Shadow home secretary Lionel Fairbrother said the findings showed ministers had "no grip whatsoever" on the system.

But Maya Okonkwo-Reid, a researcher at the Migration Policy Unit think tank, said the problems dated back "well before the current government".

"Successive home secretaries have treated hotels as an emergency measure that somehow became permanent," she told BBC Radio 4's Today programme. "Nobody ever sat down and designed a system, so it's no surprise nobody can account for it."

The government has previously said it aims to end the use of hotels for asylum accommodation by the end of this parliament.

The committee's report comes a week after the National Audit Office estimated that asylum accommodation cost £4.7bn last year.""",
        [
            ("lost track", "Public Accounts Committee"),
            ("lost track", "Public Accounts Committee"),
            ("unacceptable", "Public Accounts Committee"),
            ("This is one of the", "Rosalind Achebe"),
            ("The department could not tell", "Rosalind Achebe"),
            ("little incentive", "Public Accounts Committee"),
            ("We inherited an asylum system", "spokesperson"),
            ("We will consider the committee's", "spokesperson"),
            ("no grip whatsoever", "Lionel Fairbrother"),
            ("well before the current government", "Maya Okonkwo-Reid"),
            ("Successive home secretaries have treated", "Maya Okonkwo-Reid"),
            ("Nobody ever sat down and", "Maya Okonkwo-Reid"),
        ],
    ),
    (
        """AXED! Housing Secretary sacked after WhatsApp ‘plot’ against PM

By Kieran Doyle, Political Correspondent

HOUSING Secretary Tom Garside was sensationally sacked last night after leaked messages showed him plotting against the PM.

The bombshell WhatsApps, seen by The Sun, reveal Garside branded his boss “a dead man walking” and boasted that he had “the numbers” to force a leadership contest before Christmas.

Prime Minister Andrew Kell acted within hours, summoning Garside to No10 for a meeting that one insider said lasted “less than five minutes”.

A Downing Street source said: “The PM has always been clear that he expects loyalty and discipline. Tom made his choice and now he has to live with it.”

Garside, 49, did not deny writing the messages.

In a statement posted on X last night, he said: “I have always acted in what I believed were the best interests of the party and the country.

“Private conversations between colleagues are exactly that – private. I will continue to serve my constituents in Marlow Vale with pride.”

The messages were sent to a group chat of around a dozen Tory MPs known as “the Breakfast Club”.

In one, sent in September, Garside wrote: “Honestly lads he’s finished. Give it till conference and he’s toast.”

Another MP in the group replied: “Careful what you put in writing.”

Loyalist backbencher Sally Ainsworth, a close ally of the PM, told The Sun: “This is a betrayal, pure and simple. While the rest of us are out knocking on doors, Tom was sat on his phone plotting. Good riddance.”

But one senior Tory warned the sacking could backfire.

He said: “Andrew has just made a martyr out of him. There are plenty of people who agree with what Tom wrote, even if they’d never put it in a message.”

Garside’s replacement is expected to be named this morning, with deputy chief whip Nadia Faruqi tipped for the job.""",
        [
            ("a dead man walking", "Tom Garside"),
            ("the numbers", "Tom Garside"),
            ("less than five minutes", "insider"),
            ("The PM has always been", "Downing Street source"),
            ("I have always acted in", "Tom Garside"),
            ("Private conversations between colleagues are", "Tom Garside"),
            ("Honestly lads he’s finished.", "Tom Garside"),
            ("Careful what you put in", "MP in the group"),
            ("This is a betrayal, pure", "Sally Ainsworth"),
            ("Andrew has just made a", "senior Tory"),
        ],
    ),
    (
        """Ministers water down employment rights bill after business backlash

Business secretary concedes on ‘day one’ unfair dismissal protections

Laura Whitcombe in London

Ministers have agreed to water down flagship plans to give workers protection from unfair dismissal from their first day in a job, in a concession to business groups that had warned the policy would choke off hiring.

Business secretary Daniel Okafor told MPs on Thursday that a statutory probation period of nine months would be introduced, during which employers could dismiss staff under a lighter procedure.

‘We have listened carefully to employers large and small,’ Okafor told the Commons. ‘This is a bill that will give working people security without asking businesses to take risks they cannot afford.’

The climbdown follows weeks of lobbying by the Federation of British Employers, which represents around 170,000 companies and had said the original proposals would lead firms to ‘think twice before taking a chance on anyone’.

Its director-general, Catherine Mallory, welcomed the change but said the detail would be crucial. ‘Nine months is a sensible landing point,’ she said. ‘What matters now is that the process employers must follow in that period is genuinely simple, not a tribunal waiting to happen.’

Unions reacted angrily. Gareth Powys, general secretary of the Amalgamated Workers Union, said ministers had ‘caved to the loudest voices in the boardroom’ and that the concession ‘guts the single most important promise’ made to working people.

‘Nine months is nine months of insecurity for millions of people,’ he said. ‘Our members will not forget this.’

Treasury officials have been concerned about the bill’s impact on employment. An impact assessment published alongside the legislation in the spring estimated the reforms would cost businesses up to £5bn a year.

One person familiar with discussions in government said the Treasury had pushed for a 12-month probation period but that Downing Street had judged that would provoke ‘a fight with the unions we don’t need’.

Economists were divided on the likely effect. Stephen Aldous, senior economist at the Hartwell Institute, said evidence from other European countries suggested the impact on hiring would be ‘modest but real’, particularly for younger workers and those returning to the labour market.

The bill returns to the House of Lords next month, where peers are expected to seek further amendments on zero-hours contracts.""",
        [
            ("We have listened carefully to", "Daniel Okafor"),
            ("This is a bill that", "Daniel Okafor"),
            ("think twice before taking a", "Federation of British Employers"),
            ("Nine months is a sensible", "Catherine Mallory"),
            ("What matters now is that", "Catherine Mallory"),
            ("caved to the loudest voices", "Gareth Powys"),
            ("guts the single most important", "Gareth Powys"),
            ("Nine months is nine months", "Gareth Powys"),
            ("Our members will not forget", "Gareth Powys"),
            ("a fight with the unions", "person familiar with discussions in government"),
            ("modest but real", "Stephen Aldous"),
        ],
    ),
    (
        """Hartley launches Tory leadership bid with vow to ‘take back the centre ground’

Former home secretary tells supporters the party must ‘stop talking to itself’ after election defeat

By Charles Wetherby, Political Editor

Sir Julian Hartley launched his bid to lead the Conservative Party on Monday with a warning that it faced “irrelevance” unless it rediscovered its appeal to middle-income voters.

Speaking to around 200 supporters at a converted warehouse in Nottingham, the former home secretary said the party had spent too long “fighting the battles of 10 years ago” and had to “stop talking to itself”.

“We lost because we stopped listening,” he said. “We lost because voters looked at us and saw a party more interested in its own arguments than in their mortgages, their children’s schools and their high streets.

“I am not standing to manage decline. I am standing to win.”

Sir Julian, 56, is the fourth candidate to enter the race to succeed Helen Marsh, who resigned after the party’s general election defeat in July. He joins Robert Anstey, the shadow chancellor, Katherine Lowe, the former business minister, and the backbencher Ewan McCardle.

His campaign says it has the backing of 31 MPs, which would put him narrowly ahead of Mr Anstey.

In a pointed swipe at rivals on the Right of the party, Sir Julian said the Conservatives would not win back power “by trying to out-shout the populists”, adding that voters wanted “competence, not noise”.

One ally of the shadow chancellor dismissed Sir Julian as “the candidate of 2015” and predicted that his support would “fall away the moment members get a vote”.

Mrs Lowe, speaking on a visit to a school in Kent, said she welcomed “a proper contest of ideas”.

“Julian is a friend and a serious politician,” she said. “But members want someone who will take the fight to this Government from day one, not someone asking them to forget the last five years.”

The 1922 Committee has set a deadline of next Thursday for nominations, with MPs due to whittle the field down to two before a ballot of the membership in November.

A spokesman for the committee said: “The timetable has been agreed by the executive and is designed to give members ample time to hear from the final two candidates.”

Polling by Stratton Research for The Telegraph last week found that 34 per cent of party members had yet to decide whom to back.""",
        [
            ("take back the centre ground", "Julian Hartley"),
            ("stop talking to itself", "Julian Hartley"),
            ("irrelevance", "Julian Hartley"),
            ("fighting the battles of 10", "Julian Hartley"),
            ("stop talking to itself", "Julian Hartley"),
            ("We lost because we stopped", "Julian Hartley"),
            ("We lost because voters looked", "Julian Hartley"),
            ("I am not standing to", "Julian Hartley"),
            ("by trying to out-shout the", "Julian Hartley"),
            ("competence, not noise", "Julian Hartley"),
            ("the candidate of 2015", "ally of the shadow chancellor"),
            ("fall away the moment members", "ally of the shadow chancellor"),
            ("a proper contest of ideas", "Katherine Lowe"),
            ("Julian is a friend and", "Katherine Lowe"),
            ("But members want someone who", "Katherine Lowe"),
            ("The timetable has been agreed", "spokesman"),
        ],
    ),
    (
        """Health Secretary confronted by furious nurse on hospital ward: "You should be ashamed"

By Jenna Holloway, Political Reporter

A furious nurse confronted the Health Secretary on a hospital ward today, telling him staff were "at breaking point" after years of underfunding.

Simon Fairweather was visiting Kingsbury General Hospital in Essex to promote the Government's plan to cut waiting lists when he was approached by Bernadette Quayle, a senior sister with 22 years' experience.

In footage filmed by a patient and shared widely on social media, Ms Quayle tells the minister: "You should be ashamed of yourself. You come in here for your photos and then you go back to Westminster and nothing changes."

When Mr Fairweather replied that the Government was "investing record sums" in the NHS, she shot back: "Record sums? We've got patients on trolleys in corridors for 30 hours. Come and see where the money is going, because it's not coming here."

Speaking to the Mirror afterwards, Ms Quayle, 47, said she had not planned to confront the minister but "couldn't just stand there and smile".

"I've got colleagues crying in the staff room at the end of their shifts," she said. "We've lost six nurses on my ward since January and not one of them has been replaced.

"I love this job. I've given my life to it. But I'm not going to pretend everything is fine because a politician has turned up with a camera crew."

Mr Fairweather later told reporters he "respected her honesty" and did not dispute that the hospital was under strain.

"I'm not going to stand here and pretend there aren't real pressures in the NHS," he said. "That's exactly why we're here, and exactly why this plan matters."

Shadow health secretary Marcus Adeyemi said: "This is what the NHS looks like after years of neglect. Nurses shouldn't have to ambush ministers in corridors to get them to listen."

The National Nursing Federation said in a statement that Ms Quayle had "said what hundreds of thousands of nurses are thinking".

A spokeswoman for Mid-Essex Hospitals NHS Trust said it was "working hard to recruit additional nursing staff" and that corridor care was "always a last resort".

The Department of Health and Social Care said the plan would deliver two million extra appointments a year.""",
        [
            ("You should be ashamed", "Bernadette Quayle"),
            ("at breaking point", "Bernadette Quayle"),
            ("You should be ashamed of", "Bernadette Quayle"),
            ("investing record sums", "Simon Fairweather"),
            ("Record sums? We've got patients", "Bernadette Quayle"),
            ("couldn't just stand there and", "Bernadette Quayle"),
            ("I've got colleagues crying in", "Bernadette Quayle"),
            ("We've lost six nurses on", "Bernadette Quayle"),
            ("I love this job.", "Bernadette Quayle"),
            ("respected her honesty", "Simon Fairweather"),
            ("I'm not going to stand", "Simon Fairweather"),
            ("That's exactly why we're here,", "Simon Fairweather"),
            ("This is what the NHS", "Marcus Adeyemi"),
            ("said what hundreds of thousands", "National Nursing Federation"),
            ("working hard to recruit additional", "spokeswoman"),
            ("always a last resort", "spokeswoman"),
        ],
    ),
    (
        """Aldridge and Marlowe clash over housing targets at PMQs

By Rhiannon Pugh, PA Political Correspondent

Catherine Aldridge has accused Gregory Marlowe of "standing in the way of a generation" as the Prime Minister and the Leader of the Opposition clashed over housebuilding in the Commons.

The exchange at Prime Minister's Questions came after Mr Marlowe claimed the Government's planning reforms would "concrete over the countryside" without delivering homes that young families could afford.

Mr Marlowe told MPs: "The Prime Minister promised one and a half million homes. Last year her Government started fewer homes than in any year for a decade.

"So can she tell the House - is that target still achievable, or is it just another slogan?"

Ms Aldridge replied: "What the right honourable gentleman doesn't tell the House is that his party voted against every single one of our planning reforms.

"He says he wants homes built, but every time a development comes forward in a seat held by his party, his MPs are first in line to oppose it. He is standing in the way of a generation of young people who want to own their own home."

Mr Marlowe said the Prime Minister had "no answer" and pointed to figures showing the number of planning permissions granted fell by 11% in the first three months of the year.

According to the Home Builders Council, which compiled the figures, the fall reflected "persistent delays in local planning departments" and a shortage of planning officers.

Later in the session, Liberal Democrat housing spokeswoman Fenella Rowe-Garrick said: "Families in my constituency of Haddon Vale and Halesbury are being told they will wait eight years for social housing. Eight years. What does the Prime Minister say to them?"

Ms Aldridge said she would "happily meet" the MP to discuss the issue.

Speaking to reporters after the session, the Prime Minister's official spokesman said the target remained "absolutely achievable".

"We have always said that delivery would be back-loaded as the reforms take effect," he said. "The number of permissions granted in recent months gives us confidence we are on track."

There are signs of unease on the Government benches, however. Ian Trethowan, who chairs an informal group of MPs representing rural seats, said outside the chamber that colleagues wanted "a rethink on the green belt, not a row about it".

The Housing Secretary is expected to set out revised guidance for local councils before the summer recess.""",
        [
            ("standing in the way of", "Catherine Aldridge"),
            ("concrete over the countryside", "Gregory Marlowe"),
            ("The Prime Minister promised one", "Gregory Marlowe"),
            ("So can she tell the", "Gregory Marlowe"),
            ("What the right honourable gentleman", "Catherine Aldridge"),
            ("He says he wants homes", "Catherine Aldridge"),
            ("no answer", "Gregory Marlowe"),
            ("persistent delays in local planning", "Home Builders Council"),
            ("Families in my constituency of", "Fenella Rowe-Garrick"),
            ("happily meet", "Catherine Aldridge"),
            ("absolutely achievable", "spokesman"),
            ("We have always said that", "spokesman"),
            ("The number of permissions granted", "spokesman"),
            ("a rethink on the green", "Ian Trethowan"),
        ],
    ),
]
