CASES = [
    (
        """Councils warned station rezoning push is ‘not up for negotiation’

By Lachlan Pereira

The NSW government will override local councils that refuse to allow mid-rise apartments around 14 suburban railway stations, Planning Minister Rhiannon Kealy has warned, as mayors in Sydney’s west accuse Macquarie Street of bulldozing community consultation.

Speaking at a building site in Carradale on Tuesday, Ms Kealy said the state could no longer wait for councils to “get around to” planning for growth.

“We have given every council on this list two years and a very clear set of targets,” she said. “Some have done the work. Others have spent that time commissioning studies about why it can’t be done. That’s not up for negotiation any more.

“Young people in western Sydney are being told to move to Newcastle or the Central Coast if they want a two-bedroom unit. I’m not prepared to tell them that.”

Under the changes, buildings of up to six storeys will be permitted within 400 metres of stations including Carradale, Yennora Park and Moorebank West, with a minimum of 10 per cent of new dwellings to be set aside as affordable housing for at least 15 years.

Cumberland Vale Mayor Anthony Baroni said his council had submitted a plan for 3200 new homes last year and had heard nothing back from the department.

“The minister talks about councils dragging their feet, but we’ve been sitting in a queue at Parramatta waiting for someone to read our submission,” Cr Baroni said. “Now we find out from a media release that they’re going to take the decision off us anyway.”

He said residents were not opposed to new housing but were worried about school capacity and parking around Carradale station, where commuters already “park on nature strips from six in the morning”.

Opposition planning spokesman Damien Strutt said the government had “picked a fight with councils to distract from its own failure to get approvals out the door”.

Department figures show the median assessment time for major residential projects rose to 241 days in the last financial year, up from 187 days two years earlier.

“If the minister wants to blame someone for the housing shortage, she can start with her own department,” Mr Strutt said.

The Western Sydney Housing Alliance, which represents developers and community housing providers, welcomed the announcement. Its chief executive, Priya Ramanathan, said the affordable housing requirement was “workable, provided the government holds its nerve”.

But a senior council planner, who asked not to be named because they were not authorised to speak publicly, said the 400-metre radius had been drawn “with a ruler on a map” and took in flood-prone land along Coonong Creek.

Ms Kealy said flood-affected sites would be excluded. “Nobody is going to be building apartments in a floodway,” she said.

The changes will be tabled as a state environmental planning policy next month and are expected to take effect from July.""",
        [
            ("not up for negotiation", "Rhiannon Kealy"),
            ("get around to", "Rhiannon Kealy"),
            ("We have given every council", "Rhiannon Kealy"),
            ("Some have done the work.", "Rhiannon Kealy"),
            ("Young people in western Sydney", "Rhiannon Kealy"),
            ("The minister talks about councils", "Anthony Baroni"),
            ("Now we find out from", "Anthony Baroni"),
            ("park on nature strips from", "Anthony Baroni"),
            ("picked a fight with councils", "Damien Strutt"),
            ("If the minister wants to", "Damien Strutt"),
            ("workable, provided the government holds", "Priya Ramanathan"),
            ("with a ruler on a", "senior council planner"),
            ("Nobody is going to be", "Rhiannon Kealy"),
        ],
    ),
    (
        """Regional mayors demand answers over stalled central Queensland youth detention centre

By Tegan Whitford

Mayors across central Queensland say they have been given no timeline for a youth detention centre that was promised to open this year but has yet to break ground.

The 60-bed facility near Wandoan Creek, west of Rockhampton, was announced in 2022 with a $150 million budget and a completion date of mid-2025.

Documents released to the ABC under right to information laws show the site was still the subject of a land tenure dispute as recently as February, and that the project's estimated cost has since risen to $238 million.

Karribee Shire Mayor Sharon Devlin said councils had been kept "in the dark" since the last briefing from the Department of Youth Justice more than a year ago.

"We were told there'd be 200 construction jobs and about 90 permanent positions once it opened," Cr Devlin said.

"We've had businesses gear up for that. We've had a motel owner put on extra staff. And now nobody from Brisbane will return our calls."

Youth Justice Minister Corey Lindqvist said the government remained committed to the project but conceded the original timeline had been "far too optimistic".

"I'm not going to stand here and pretend this has gone to plan," Mr Lindqvist told reporters at Parliament House on Wednesday.

"There were issues with the site that should have been picked up much earlier, and they weren't. We've fixed that now, and I expect contracts to be signed before the end of the year."

Under questioning, he would not commit to a new opening date.

Young people remanded in custody in central Queensland are currently held in police watch houses or transported more than 600 kilometres to detention centres in Brisbane or Townsville.

Queensland Family Advocacy Network spokeswoman Mele Tuipulotu said the delays had real consequences for children and their families.

"When a 14-year-old is held in an adult watch house for four or five nights, that's not a minor administrative inconvenience," she said. "That's a child sitting in a concrete cell."

Opposition youth justice spokeswoman Ashleigh Moreton accused the government of treating the region as an afterthought.

"They made the announcement, they got the headlines, and then they walked away," Ms Moreton said.

In a statement, the Department of Youth Justice said it was "working closely with traditional owners and the local council" to resolve outstanding land matters.

A Queensland Police Service spokesman said watch house stays for young people in the region had fallen by 18 per cent over the past year and that officers were "acutely aware of the impact" on children, but did not provide figures.""",
        [
            ("in the dark", "Sharon Devlin"),
            ("We were told there'd be", "Sharon Devlin"),
            ("We've had businesses gear up", "Sharon Devlin"),
            ("far too optimistic", "Corey Lindqvist"),
            ("I'm not going to stand", "Corey Lindqvist"),
            ("There were issues with the", "Corey Lindqvist"),
            ("When a 14-year-old is held", "Mele Tuipulotu"),
            ("That's a child sitting in", "Mele Tuipulotu"),
            ("They made the announcement, they", "Ashleigh Moreton"),
            ("working closely with traditional owners", "Department of Youth Justice"),
            ("acutely aware of the impact", "spokesman"),
        ],
    ),
    (
        """NSW paramedics to escalate strike action over pay

Marcus Tolhurst
(Australian Associated Press)

Paramedics across NSW will refuse to complete non-urgent patient transfers from Monday, escalating a months-long pay dispute with the state government.

Members of the Ambulance Professionals Union voted overwhelmingly at a meeting in Sydney on Thursday to expand industrial action, which has so far been limited to writing slogans on ambulances and refusing to bill patients.

Union secretary Gavin Otterbourne said paramedics were leaving the profession faster than they could be replaced.

"We are losing experienced paramedics to Queensland, to Victoria, to the mines in WA, to anyone who will pay them what they're worth," Otterbourne told reporters outside the meeting.

"Every one of those people takes ten or fifteen years of experience with them, and the government's answer has been a 3 per cent offer and a lecture about budget repair."

The union is seeking a 15 per cent increase over three years and a new classification for intensive care paramedics.

Health Minister Joanna Prescott said the government had made "a fair and responsible offer" and urged the union to return to the Industrial Relations Commission.

"I want paramedics paid well. I also have to find the money for nurses, for doctors, for cleaners and for every other worker in our hospitals," Prescott said.

"Non-urgent transfers are not optional extras. They're patients who need to get home from hospital or get to dialysis, and they'll be the ones who suffer."

The state's ambulance service said contingency plans were in place, including the use of private patient transport providers and rostering additional staff on overtime.

"Emergency responses will not be affected and we would ask the community to call triple zero only in an emergency," a spokeswoman for the service said.

Opposition health spokeswoman Kirsten Vail said the dispute had been allowed to drag on for too long.

"The minister has had eight months to sort this out and she's spent most of it blaming the union," Vail said.

According to figures tabled in parliament last month, 412 paramedics resigned from the service in the 2023/24 financial year, up from 268 two years earlier.

A paramedic based in the Illawarra, who did not want to be named, told AAP she had worked 14 consecutive night shifts in February to cover vacancies.

"You get to the end of a run like that and you genuinely shouldn't be driving, let alone treating someone," she said.

The Industrial Relations Commission is due to hold a conciliation conference on the dispute next Wednesday.""",
        [
            ("We are losing experienced paramedics", "Gavin Otterbourne"),
            ("Every one of those people", "Gavin Otterbourne"),
            ("a fair and responsible offer", "Joanna Prescott"),
            ("I want paramedics paid well.", "Joanna Prescott"),
            ("Non-urgent transfers are not optional", "Joanna Prescott"),
            ("Emergency responses will not be", "spokeswoman"),
            ("The minister has had eight", "Kirsten Vail"),
            ("You get to the end", "paramedic based in the Illawarra"),
        ],
    ),
    (
        """Northern busway extension blows out by $1.1 billion, auditor finds

By Hamish Crowder

The cost of extending Brisbane’s northern busway from Bracken Ridge to Carselby has blown out by $1.1 billion, with the state’s auditor-general finding the project was approved before a full business case was completed.

The Queensland Audit Office report, titled “Major transport infrastructure: planning and delivery”, was tabled in State Parliament on Tuesday.

It found the project’s estimated cost had risen from $1.9 billion at announcement to $3 billion, and that the opening date had slipped from 2027 to late 2029.

In her foreword, Auditor-General Fiona Leckenby wrote that the department had “committed to a cost and a timeframe before it understood the scope of the work required”.

“Early estimates did not account for the relocation of major utilities along the corridor, nor the extent of acid sulfate soils in the Carselby section,” the report said.

Transport and Main Roads Minister Declan Furness said the report largely covered decisions made “well before I became minister”.

“I accept every one of the auditor-general’s recommendations,” Mr Furness said in a statement. “We have put in place a new gateway review process so that no project of this size goes to cabinet without a costed, independently reviewed business case.”

Opposition transport spokeswoman Nerida Blackwood said commuters on the northside were paying the price.

“People in Carselby were promised a faster trip to the city by 2027,” she said. “Now they’re being told 2029, maybe, and three billion dollars. Who’s going to believe the next date they’re given?”

The report also found the department had not consulted North Moreton Regional Council on revised construction staging until after contracts were signed.

Mayor Paul Ingleby said the council had learnt of the delay “by reading the newspaper”.

“We’ve been planning our local roads and our park-and-ride around a 2027 opening,” Cr Ingleby said. “That planning now has to be redone, and ratepayers will wear some of that cost.”

Dr Samira Haddad, an infrastructure economist at the Queensland Institute for Urban Research, said the scale of the blowout was not unusual.

“Australian transport projects routinely come in 30 to 50 per cent over their first public estimate,” Dr Haddad said. “The problem isn’t that estimates change; it’s that governments announce a number before anyone has dug a hole.”

In its formal response, included as an appendix to the report, the department said construction of the first stage between Bracken Ridge and Griffin Park was now 40 per cent complete.""",
        [
            ("committed to a cost and", "Fiona Leckenby"),
            ("Early estimates did not account", "Queensland Audit Office"),
            ("well before I became minister", "Declan Furness"),
            ("I accept every one of", "Declan Furness"),
            ("We have put in place", "Declan Furness"),
            ("People in Carselby were promised", "Nerida Blackwood"),
            ("Now they’re being told 2029,", "Nerida Blackwood"),
            ("by reading the newspaper", "Paul Ingleby"),
            ("We’ve been planning our local", "Paul Ingleby"),
            ("That planning now has to", "Paul Ingleby"),
            ("Australian transport projects routinely come", "Samira Haddad"),
            ("The problem isn’t that estimates", "Samira Haddad"),
        ],
    ),
    (
        """EXCLUSIVE: Cabinet split over $2.4b Olympic arena site

Jack Rennick, State Political Reporter

A bitter cabinet split has erupted over where to build Brisbane’s new 17,000-seat Olympic arena, with senior ministers privately warning the Premier’s preferred riverside site will cost taxpayers hundreds of millions more than the alternative.

The Courier-Mail can reveal at least three ministers argued against the Hamilton Reach site at a cabinet meeting last week, pushing instead for an expanded entertainment precinct at Albion Flats.

One senior government source said the debate had been “the most heated we’ve had this term”.

“There are people around that table who think this is a vanity project, and they said so,” the source said.

Another minister described the Hamilton Reach proposal as “a beautiful drawing on a very expensive piece of mud”.

Premier Graham Toohey on Sunday brushed off suggestions of division, insisting the government was “absolutely united on this”.

“Cabinet discusses things. That’s what cabinet is for,” Mr Toohey said.

“What I can tell you is that Queenslanders will get a world-class arena, it will be ready well before 2032, and it will be somewhere people actually want to go after the Games are over.”

Internal costings seen by The Courier-Mail estimate the Hamilton Reach site would require $410 million in flood mitigation and ground stabilisation works, compared with about $95 million at Albion Flats.

Opposition Leader Renee Castellano said the leak showed a government “at war with itself”.

“If they can’t agree on where to put a building, how are Queenslanders supposed to trust them with a $7 billion Games budget?” Ms Castellano said.

Games Venues Queensland chair Warwick Pemberton said the authority had provided “frank and fearless advice” on both sites and would build whichever one the government chose.

Locals are also digging in. Tanya Moffitt, who heads the Hamilton Reach Residents Association, said the community had been promised a riverside park when the former wharf land was handed back to the state.

“Now we’re hearing 17,000 people on event nights and a multi-storey car park where the playground was supposed to go,” she said.

A final decision is expected before the state budget in June.""",
        [
            ("the most heated we’ve had", "senior government source"),
            ("There are people around that", "senior government source"),
            ("a beautiful drawing on a", "minister"),
            ("absolutely united on this", "Graham Toohey"),
            ("Cabinet discusses things. That’s what", "Graham Toohey"),
            ("What I can tell you", "Graham Toohey"),
            ("at war with itself", "Renee Castellano"),
            ("If they can’t agree on", "Renee Castellano"),
            ("frank and fearless advice", "Warwick Pemberton"),
            ("Now we’re hearing 17,000 people", "Tanya Moffitt"),
        ],
    ),
    (
        """Flood buyback delays leave Wollumbar residents 'living in limbo' three years on

By Ellie Brandt

Residents of the northern NSW town of Wollumbar say they are still waiting for offers under a government buyback scheme, more than three years after record floods destroyed hundreds of homes.

The Northern Rivers Home Recovery Scheme was set up to purchase homes in the highest-risk areas and help residents relocate to higher ground.

But figures provided to the ABC show only 212 of the 640 eligible households in the Wollumbar area have received offers.

Retired dairy farmer Col Hennessy, 71, has been living in a caravan behind his gutted house in Ferry Street since 2022.

"We're living in limbo. I can't fix the house because they might buy it, and I can't move because they haven't," Mr Hennessy said.

"Every few months someone rings up and says it's in the next batch. I've stopped believing them."

His neighbour, Lorraine Kable, said many older residents had given up.

"There were people in this street who died waiting," she said.

Independent Member for Clarence Heads Justine Morrow said she had raised the delays in parliament "more times than I can count".

"The government set this scheme up with the best of intentions, but it's been strangled by process," Ms Morrow said.

"You've got valuers, then a second round of valuers, then a review of the valuations. Meanwhile people are living in sheds."

The NSW Recovery and Resilience Authority said in a statement it had "prioritised the households facing the greatest risk" and expected to make offers to all eligible homeowners by the end of next year.

"We acknowledge the wait has been difficult, and we are sorry for the uncertainty this has caused," the statement said.

Emergency Services Minister Trent Walcott told ABC North Coast the government had committed an extra $120 million to the scheme in this year's budget.

"I've been to Wollumbar. I've sat in people's kitchens. I understand the frustration," he said.

"But we're talking about buying entire neighbourhoods, and we have to get that right, for the people selling and for the taxpayers funding it."

Wollumbar Chamber of Commerce president Daniel Ruiz-Carter said the uncertainty was also hurting local businesses, several of which had not reopened since the floods.

"Half our customer base is either gone or doesn't know whether they're staying," he said.""",
        [
            ("living in limbo", "Col Hennessy"),
            ("We're living in limbo. I", "Col Hennessy"),
            ("Every few months someone rings", "Col Hennessy"),
            ("There were people in this", "Lorraine Kable"),
            ("more times than I can", "Justine Morrow"),
            ("The government set this scheme", "Justine Morrow"),
            ("You've got valuers, then a", "Justine Morrow"),
            ("prioritised the households facing the", "NSW Recovery and Resilience Authority"),
            ("We acknowledge the wait has", "NSW Recovery and Resilience Authority"),
            ("I've been to Wollumbar. I've", "Trent Walcott"),
            ("But we're talking about buying", "Trent Walcott"),
            ("Half our customer base is", "Daniel Ruiz-Carter"),
        ],
    ),
    (
        """Kurrawong by-election: independent surge rattles major parties

By Olivia Tran and Ben Saltmarsh

The major parties are bracing for a strong independent vote in Saturday’s Kurrawong by-election, with internal polling from both sides suggesting community candidate Fiona Delacorte could finish in the top two.

The by-election in the southern Sydney seat was triggered by the resignation of former minister Greg Palliser, who quit parliament in March citing health reasons.

Dr Delacorte, a local GP, has campaigned on overdevelopment along the Georges River foreshore and the overnight closure of the emergency department at Kurrawong Bay Hospital.

Speaking to the Herald at a pre-polling centre in Kurrawong Bay on Wednesday, she said voters were “sick of being treated as a safe seat”.

“For 20 years this electorate has been told to be grateful for whatever it got,” she said. “People have noticed.”

Government candidate Matthew Ostrowski, a former Kurrawong councillor, said the by-election was a choice about who could deliver for the area.

“An independent can give a great speech in parliament. I can sit down with the health minister and get the emergency department reopened,” Mr Ostrowski said.

Opposition candidate Leanne Huxtable acknowledged the contest was tight.

“I’m not going to pretend it’s easy. It’s a three-way race and anyone who tells you otherwise hasn’t been doorknocking,” she told the Herald.

Premier Simon Ashcroft, who has visited the electorate four times in a fortnight, put it this way on Thursday: “This is a seat we have held for a long time, and we do not take a single vote for granted.

“If people in Kurrawong want a government that delivers on health and housing, the way to get one is to vote for Matthew.”

A senior Liberal strategist, speaking on the condition of anonymity, said the party’s research showed Dr Delacorte drawing votes “roughly evenly from both of us, which is what makes her dangerous”.

According to the NSW Electoral Commission, more than 14,000 of the seat’s 56,000 enrolled voters had cast pre-poll ballots by Wednesday evening.

Dr Rachel Soong, who lectures in Australian politics at Eastgate University, said by-elections often produced results that would not be repeated at a general election.

“By-elections are where voters feel free to send a message without changing the government,” Dr Soong said. “The question is whether the message in Kurrawong is about the hospital, or about the government as a whole.”

Dr Delacorte has said she will not direct preferences, and will publish her how-to-vote card with only the number one beside her own name.""",
        [
            ("sick of being treated as", "Fiona Delacorte"),
            ("For 20 years this electorate", "Fiona Delacorte"),
            ("People have noticed.", "Fiona Delacorte"),
            ("An independent can give a", "Matthew Ostrowski"),
            ("I’m not going to pretend", "Leanne Huxtable"),
            ("This is a seat we", "Simon Ashcroft"),
            ("If people in Kurrawong want", "Simon Ashcroft"),
            ("roughly evenly from both of", "senior Liberal strategist"),
            ("By-elections are where voters feel", "Rachel Soong"),
            ("The question is whether the", "Rachel Soong"),
        ],
    ),
    (
        """Miner threatens to shelve Qld expansion over royalty changes

Sophie Garrick
(Australian Associated Press)

A coal miner has warned it may shelve a $1.8 billion expansion in central Queensland after the state government flagged further changes to its royalty regime.

Coralline Resources said on Tuesday it would delay a final investment decision on the Mount Tarrabool expansion, which would have created about 700 construction jobs, until it had "certainty on the fiscal settings".

"The company cannot commit shareholder capital to a 30-year project when the royalty framework has changed twice in three years and may change again," the company said in a statement to the ASX.

Treasurer Nathan Kerslake said the government would not be "held to ransom" by mining companies.

"Coal companies made record profits over the last three years, and Queenslanders are entitled to a fair share of the resources they own," Kerslake told reporters in Brisbane.

"I've seen this play before. Every time there's a conversation about royalties, a project gets shelved on a Tuesday and unshelved on a Friday."

Queensland Minerals and Energy Council chief executive Brendan Sallis said the industry had paid more than $15 billion in royalties in the last financial year.

"Investors around the world are watching Queensland, and right now what they're seeing is uncertainty," Sallis said.

A senior executive at another coal producer, who declined to be named, told AAP several companies were reviewing projects in the Bowen Basin.

"Nobody wants to be the first to say it publicly, but everyone is running the numbers," the executive said.

Member for Dawson Ranges Kate Dunphy, whose electorate includes the mine, said locals were "caught in the middle".

"People out here don't care about the politics. They want to know whether there'll be work next year," she said.

Central Queensland Mineworkers Association district president Ray Kowalczyk said the union backed higher royalties but wanted the expansion to go ahead.

"We're not going to take sides between a government and a company that both say they care about jobs," Kowalczyk said. "We just want both of them to prove it."

According to a Treasury briefing note released under right to information laws last year, progressive royalty tiers introduced in 2022 raised about $6.2 billion more than forecast in their first two years.

Coralline shares fell 4.2 per cent to $3.14 on Tuesday.""",
        [
            ("certainty on the fiscal settings", "Coralline Resources"),
            ("The company cannot commit shareholder", "Coralline Resources"),
            ("held to ransom", "Nathan Kerslake"),
            ("Coal companies made record profits", "Nathan Kerslake"),
            ("I've seen this play before.", "Nathan Kerslake"),
            ("Investors around the world are", "Brendan Sallis"),
            ("Nobody wants to be the", "senior executive at another coal producer"),
            ("caught in the middle", "Kate Dunphy"),
            ("People out here don't care", "Kate Dunphy"),
            ("We're not going to take", "Ray Kowalczyk"),
            ("We just want both of", "Ray Kowalczyk"),
        ],
    ),
]
