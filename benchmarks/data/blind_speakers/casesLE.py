CASES = [
    (
        """Rugby alliance board faces spill as clubs revolt over funding cuts

By Daniel Kearney

The Victorian Rugby Alliance board is facing a spill motion after seven of the state's 11 premier clubs backed a call for an extraordinary general meeting over the governing body's decision to cut grassroots funding by almost 40 per cent.

A letter from the Victorian Premier Rugby Clubs Association, sent to chairman Graham Pettigrew on Tuesday night and seen by this masthead, accuses the board of "treating the clubs as an afterthought" and says members have "lost all confidence" in its handling of the code's finances.

Association president Leanne Fothergill said clubs had been given less than a week's notice of the cuts, which will strip about $410,000 from junior and women's programs next season, including the alliance's much-promoted "Rugby For Everyone" participation scheme.

"We found out about this in an email on a Friday afternoon," Fothergill said. "There was no consultation, no modelling shared with us, nothing. These are volunteers who've been running canteens and washing jerseys for 30 years, and they've just been told the money's gone.

"If the board can't explain where it went, then the board needs to go."

Pettigrew, a former club doctor who has chaired the board since 2021, defended the decision, saying the alliance had been forced to "make hard calls" after a shortfall in broadcast distributions from the national body.

In a statement issued on Wednesday, the alliance said it "remains committed to community rugby" and described the cuts as "temporary and necessary" while it renegotiated its funding agreement.

"Nobody on this board wanted to make these decisions," Pettigrew told the Herald. "But we inherited a structural deficit, and the alternative was running out of cash before the end of the 2026 season. I'd rather have an uncomfortable conversation now than a catastrophic one in 18 months."

Under the alliance's constitution, an EGM must be called within 28 days if requested by a majority of member clubs. A motion to remove directors requires a 75 per cent vote.

One club president, who asked not to be named because of ongoing sponsorship talks with the alliance, said the mood among members had "never been worse".

"It's the worst I've seen it in 20 years. People who've given their whole lives to these clubs feel like they've been treated as a line item," the president said.

Former alliance chief executive Martin Oyelaran, who left the role in February, said he had warned the board about the funding gap in 2023.

"The numbers were on the table," he said. "I'm not going to get into who knew what, but nobody in that boardroom can say they were surprised."

The national body declined to comment.""",
        [
            ("treating the clubs as an afterthought", "Victorian Premier Rugby Clubs Association"),
            ("lost all confidence", "Victorian Premier Rugby Clubs Association"),
            ("We found out about this", "Leanne Fothergill"),
            ("There was no consultation, no", "Leanne Fothergill"),
            ("If the board can't explain", "Leanne Fothergill"),
            ("make hard calls", "Graham Pettigrew"),
            ("remains committed to community rugby", "Victorian Rugby Alliance"),
            ("temporary and necessary", "Victorian Rugby Alliance"),
            ("Nobody on this board wanted", "Graham Pettigrew"),
            ("But we inherited a structural", "Graham Pettigrew"),
            ("never been worse", "club president"),
            ("It's the worst I've seen", "club president"),
            ("The numbers were on the", "Martin Oyelaran"),
            ("I'm not going to get", "Martin Oyelaran"),
        ],
    ),
    (
        """Rewiti stand-off deepens as players’ union takes on Cricket Aotearoa

HAMILTON

The stand-off between fast bowler Tama Rewiti and Cricket Aotearoa escalated yesterday after the players’ union lodged a formal dispute over the board’s refusal to release him for a lucrative overseas Twenty20 contract.

Rewiti, 27, was offered a deal understood to be worth about $650,000 to play in the Gulf Premier League in January, but Cricket Aotearoa declined to issue a no-objection certificate, citing its “obligations to the international schedule”.

New Zealand Professional Cricketers’ Union chief executive Hemi Carrington said the decision was inconsistent with how other players had been treated.

“Two players were released for exactly the same window last year,” Carrington said. “Tama has done everything asked of him. He’s played through a side strain, he’s turned out for Waikato Valley when he could have been resting. And now he’s being told no, without a proper explanation.”

Carrington said the union had written to the board requesting mediation under the players’ master agreement and would consider “all options” if that failed.

Cricket Aotearoa’s head of high performance, Ruth Donaldson, said the decision was about workload and availability, not about punishing the player.

“We’ve got a home series against England starting in February and Tama is central to our plans,” she said. “We have a duty to the team and to the public who pay to watch them. We don’t take these decisions lightly.”

Asked whether the board feared a wider exodus of players to franchise leagues, Donaldson said: “Of course it’s something we think about. But one case doesn’t make a trend.”

Rewiti has not spoken publicly, but a post on his Instagram account on Wednesday night read: “Just want to play cricket. That’s all.”

His agent, Brent Mahoney, told the Herald the player remained committed to New Zealand.

“He’s not going anywhere. He loves playing for his country,” Mahoney said. “But he’s also got a young family and a career that might last another eight years if he’s lucky. People need to understand that.”

A source close to the Cricket Aotearoa board said directors were split on the issue, with at least two arguing the certificate should have been granted. The situation was “messier than anyone is admitting”, the source said.

Waikato Valley Cricket Association chairman Peter Lyall said the association backed its player but wanted a quick resolution.

“Nobody wins if this drags into the season,” he said.

Mediation is expected to begin next week.""",
        [
            ("obligations to the international schedule", "Cricket Aotearoa"),
            ("Two players were released for", "Hemi Carrington"),
            ("Tama has done everything asked", "Hemi Carrington"),
            ("all options", "Hemi Carrington"),
            ("We’ve got a home series", "Ruth Donaldson"),
            ("We have a duty to", "Ruth Donaldson"),
            ("Of course it’s something we", "Ruth Donaldson"),
            ("Just want to play cricket.", "Tama Rewiti"),
            ("He’s not going anywhere.", "Brent Mahoney"),
            ("But he’s also got a", "Brent Mahoney"),
            ("messier than anyone is admitting", "source close to the Cricket Aotearoa board"),
            ("Nobody wins if this drags", "Peter Lyall"),
        ],
    ),
    (
        """Vaal Highveld rugby boss suspended pending forensic probe into sponsorship payments

Johannesburg - The president of the Vaal Highveld Rugby Union, Sipho Mabandla, has been placed on precautionary suspension after a forensic audit flagged R3.2 million in sponsorship payments that could not be accounted for.

The union confirmed the suspension in a statement issued by its executive committee on Monday evening, saying it had acted "in the interests of good governance and to protect the integrity of the investigation".

Mabandla, who was re-elected unopposed in 2023, has denied any wrongdoing.

"I have nothing to hide. I welcome the audit and I will co-operate fully. But I will not allow my name to be dragged through the mud by people with a political agenda inside this union," Mabandla told News24.

He said the suspension was "a factional move" by members of the executive who had opposed his plan to merge the union's two amateur leagues.

The audit, conducted by Pretoria firm Ndlovu Botha Forensic, was commissioned in August after the union's chief financial officer raised concerns about payments made to a marketing company linked to a former board member.

According to a summary of the preliminary findings seen by News24, the auditors found "no supporting documentation" for 11 payments made between March 2022 and June 2024.

Deputy president Thandeka Mokoena, who will act as president during the suspension, said players and staff would not be affected.

"Our senior team has a league fixture on Saturday and they will be there, prepared and paid," said Mokoena. "What happens in the boardroom must not touch the field."

A spokesperson for the South African Rugby Players' Guild said the organisation was "monitoring the situation closely", adding that three players had contacted it about late payment of match fees in September.

"We've been assured those payments have now been made, but we'll be asking the union for guarantees in writing," the spokesperson said.

The South African Rugby Federation (SARF) said it had been briefed on the matter.

"SARF expects all member unions to uphold the highest standards of financial governance and will await the outcome of the forensic process before commenting further," the federation said.

A long-serving club official in Vereeniging, who asked not to be named, said the dispute had been brewing for more than a year.

"Everybody at club level knew there was trouble. The money from the sponsors was never reaching the clubs. We were told to be patient, so we were patient," he said.

Mabandla has 14 days to make written representations to the executive.""",
        [
            ("in the interests of good governance", "Vaal Highveld Rugby Union"),
            ("I have nothing to hide.", "Sipho Mabandla"),
            ("a factional move", "Sipho Mabandla"),
            ("no supporting documentation", "Ndlovu Botha Forensic"),
            ("Our senior team has a", "Thandeka Mokoena"),
            ("What happens in the boardroom", "Thandeka Mokoena"),
            ("monitoring the situation closely", "spokesperson"),
            ("We've been assured those payments", "spokesperson"),
            ("SARF expects all member unions", "South African Rugby Federation"),
            ("Everybody at club level knew", "long-serving club official in Vereeniging"),
        ],
    ),
    (
        """‘Members fund this club’: Wessex faithful revolt over plan to scrap elected committee

Tom Ashworth

Wessex County Cricket Club is facing a members’ revolt over proposals to abolish its elected general committee and hand control to an appointed board, with more than 1,200 members signing a petition against the plan in under a week.

The changes, which will be put to a special general meeting at Abbey Fields on 14 November, are part of a governance overhaul the club says is needed to meet the conditions of the national governing body’s new county funding agreement.

Robert Haldane, a member for 41 years who organised the petition, described the proposals as “a power grab dressed up as modernisation”.

“Members fund this club,” he said. “We buy the memberships, we turn up in April when it’s four degrees and drizzling, and now we’re being told we can’t be trusted to elect the people who run it.”

The club’s chair, Fiona Lattimer, said in a letter to members that the existing structure was “no longer fit for purpose” and left the club exposed to “conflicts of interest and slow decision-making at a time when the financial landscape of county cricket is changing rapidly”.

Lattimer told the Guardian she understood members’ concerns but insisted they would retain a meaningful voice.

“Nobody is taking the club away from the members,” she said. “Members will still elect two directors to the board, they will still vote on the accounts and they will still be able to remove the board if they lose faith in it.

“What we can’t do any more is run a business with a turnover of £14m through a committee of 18 people who meet six times a year.”

The proposals require a two-thirds majority of those voting to pass. Club insiders expect the result to be close, and one former committee member, who asked not to be named, said the board had “badly misjudged the room”.

“They’ve treated it like a formality. It isn’t. A lot of the older members feel this is the last bit of the club that’s still theirs,” he said.

The row comes months after Wessex reported a pre-tax loss of £1.7m, blamed largely on the cancellation of its “Summer at the Fields” concert series and rising staff costs. A spokesperson for the club said the governance changes and the finances were “entirely separate matters”.

Former Wessex and England seamer Derek Pascoe, now a club vice-president, urged both sides to “take the temperature down”.

“I’ve seen this club nearly go under twice,” he said. “Whatever happens on the 14th, we’ll need everybody pulling in the same direction the morning after.”""",
        [
            ("Members fund this club", "Robert Haldane"),
            ("a power grab dressed up", "Robert Haldane"),
            ("Members fund this club,", "Robert Haldane"),
            ("We buy the memberships, we", "Robert Haldane"),
            ("no longer fit for purpose", "Fiona Lattimer"),
            ("conflicts of interest and slow", "Fiona Lattimer"),
            ("Nobody is taking the club", "Fiona Lattimer"),
            ("Members will still elect two", "Fiona Lattimer"),
            ("What we can’t do any", "Fiona Lattimer"),
            ("badly misjudged the room", "former committee member"),
            ("They’ve treated it like a", "former committee member"),
            ("entirely separate matters", "spokesperson"),
            ("take the temperature down", "Derek Pascoe"),
            ("I’ve seen this club nearly", "Derek Pascoe"),
            ("Whatever happens on the 14th,", "Derek Pascoe"),
        ],
    ),
    (
        """Thames Valley Kestrels: Players unpaid for second month as owners seek investment

Thames Valley Kestrels players and staff have not been paid their October salaries, the second month in a row wages have been missed at the top-flight club.

The Professional Rugby Players' Union (PRPU) said it had been contacted by "a significant number" of Kestrels players and was seeking urgent talks with the club's owners.

In a statement, the Kestrels said payment would be made "within the next 10 working days" and that discussions with a "well-capitalised investment group" were at an advanced stage.

"The board recognises the anxiety this causes to our players, staff and their families, and sincerely apologises," the statement added.

PRPU chief executive Gareth Pryce-Lewis told BBC Sport the players had been "incredibly patient" but that patience was running out.

"These are people with mortgages, with kids at school, some of them on contracts worth a lot less than people imagine," he said.

"Being told for a second month that the money isn't there, and finding out by text message, is not acceptable. We've asked the club for a clear timetable and proof of funds, and we've asked the league to step in."

Under competition regulations, players who are not paid within 14 days of the due date can serve notice to terminate their contracts and become free agents.

BBC Sport understands at least four senior players have already taken legal advice. One senior squad member, speaking on condition of anonymity, said the mood in training was "grim".

"You turn up, you train, you try to stay professional, but everyone's on their phone at lunch checking their bank accounts. Lads are talking about moving to France. You can't blame them," he said.

Co-owner Marcus Whitford, who bought a controlling stake in the club with business partner Alan Deverell in 2022, said he remained "fully committed" to the Kestrels.

"I understand people are angry and they've every right to be," said Whitford. "I've put my own money in over the last three years, a lot of it, and I'll keep doing that. But a club this size can't survive on one person's chequebook. We need a proper partner and we're very close."

English Professional Rugby, which runs the top flight, said it was "aware of the situation" and was "in regular contact with the club's board".

Head coach Ian Blackmore, speaking after Saturday's 31-17 home defeat, said his players had shown "remarkable character".

"Whatever's going on off the field, they've not let it affect how they prepare. I'm incredibly proud of them."

The Kestrels are due to host the league leaders on Friday night.""",
        [
            ("a significant number", "Professional Rugby Players' Union"),
            ("within the next 10 working", "Thames Valley Kestrels"),
            ("well-capitalised investment group", "Thames Valley Kestrels"),
            ("The board recognises the anxiety", "Thames Valley Kestrels"),
            ("incredibly patient", "Gareth Pryce-Lewis"),
            ("These are people with mortgages,", "Gareth Pryce-Lewis"),
            ("Being told for a second", "Gareth Pryce-Lewis"),
            ("grim", "senior squad member"),
            ("You turn up, you train,", "senior squad member"),
            ("fully committed", "Marcus Whitford"),
            ("I understand people are angry", "Marcus Whitford"),
            ("I've put my own money", "Marcus Whitford"),
            ("aware of the situation", "English Professional Rugby"),
            ("in regular contact with the", "English Professional Rugby"),
            ("remarkable character", "Ian Blackmore"),
            ("Whatever's going on off the", "Ian Blackmore"),
        ],
    ),
    (
        """Regional cricket boss sacked days after women players' pay complaint

By Jess Thornbury

The chief executive of the Coral Coast Cricket Association has been sacked, less than a week after the organisation's women players lodged a formal complaint over unequal match payments.

Naomi Vuletic, who had led the association since 2022, was told of the board's decision at a meeting in Cairns on Monday afternoon, the ABC understands.

In a brief statement, the association thanked Ms Vuletic for her "contribution to cricket in the region" but gave no reason for her departure.

Board chair Kevin Strachan said the decision was "not related" to the complaint.

"The board has been considering the leadership of the organisation for some time," Mr Strachan said.

"It would be wrong for anyone to draw a connection between these two matters."

Ms Vuletic told ABC Far North she was "shocked and disappointed".

"I was told my position was no longer required, and that was essentially it," she said.

"I'll leave it to others to judge the timing. What I will say is that I supported the players' right to raise their concerns, and I still do."

The complaint, signed by 17 members of the association's women's squad, alleges female players were paid $150 per match in the regional T20 competition, compared with $400 for men.

Squad captain Brianna Keough said players had raised the issue repeatedly over two seasons.

"We're not asking for the world," she said.

"We're asking to be paid the same for playing the same game on the same ground in front of the same crowd. That's it."

Ms Keough said the players were "gutted" for Ms Vuletic, who she described as "the only person upstairs who ever actually listened to us".

Employment lawyer Daniel Osei, who is advising the players, said any link between the complaint and the sacking would be "extremely serious".

"If it turns out someone has lost their job because they backed workers making a legitimate complaint, that's adverse action territory, and we'll be looking at it very carefully," he said.

A spokeswoman for the Queensland Cricket Council said it was "seeking further information" from the regional association.

The women's T20 season is due to start on November 9.""",
        [
            ("contribution to cricket in the", "Coral Coast Cricket Association"),
            ("not related", "Kevin Strachan"),
            ("The board has been considering", "Kevin Strachan"),
            ("It would be wrong for", "Kevin Strachan"),
            ("shocked and disappointed", "Naomi Vuletic"),
            ("I was told my position", "Naomi Vuletic"),
            ("I'll leave it to others", "Naomi Vuletic"),
            ("We're not asking for the", "Brianna Keough"),
            ("We're asking to be paid", "Brianna Keough"),
            ("gutted", "Brianna Keough"),
            ("the only person upstairs who", "Brianna Keough"),
            ("extremely serious", "Daniel Osei"),
            ("If it turns out someone", "Daniel Osei"),
            ("seeking further information", "spokeswoman"),
        ],
    ),
    (
        """Kaimai rugby players threaten boycott over unpaid match fees

Players from the Kaimai provincial rugby side have threatened to boycott Saturday's championship match against Ruahine unless outstanding match fees are paid by Friday.

In a letter to the Kaimai Rugby Union board on behalf of the squad, seen by RNZ, the New Zealand Rugby Players' Collective said players were owed between $2000 and $6500 each and had been given "no credible explanation" for the delay.

"We love playing for this province and none of us wants to be in this position," the letter said. "But we have reached the point where goodwill alone can't pay the rent."

Kaimai Rugby Union chief executive Lisa Harwood confirmed the payments were late and said the union was "working through a cash-flow issue" caused by a major sponsor pulling out mid-season.

"I want to be really clear that the players will be paid, every cent," Harwood said. "We've been talking with Rugby Aotearoa about bridging support and I'm hopeful we'll have that sorted within days."

She said she understood the players' frustration.

"They've done nothing wrong here. They've turned up, they've trained, they've played their hearts out. It's on us to fix this."

Players' Collective general manager Andrew Tuhiwai said a boycott was "a last resort" but had the backing of every member of the squad.

"Nobody takes this step lightly. These are young men, many of them on part-time contracts, who also work jobs during the week. When the money doesn't arrive, it's real hardship for them and their whānau."

Kaimai captain Wiremu Tane told Checkpoint the squad had met on Tuesday night to discuss the letter.

"It was a pretty quiet room. Some of the boys are only 20 and this is their first season. They just want to play footy," Tane said.

Rugby Aotearoa said in a statement it was "aware of the financial pressures" facing several provincial unions and was working with Kaimai "to find a solution that protects the integrity of the competition".

A board member at another provincial union, who did not want to be named, said Kaimai's problems were "the canary in the coal mine".

"Half the unions in the country are one sponsor away from this," he said.

Harwood said she expected to meet player representatives on Thursday afternoon.""",
        [
            ("no credible explanation", "New Zealand Rugby Players' Collective"),
            ("We love playing for this", "New Zealand Rugby Players' Collective"),
            ("But we have reached the", "New Zealand Rugby Players' Collective"),
            ("working through a cash-flow issue", "Lisa Harwood"),
            ("I want to be really", "Lisa Harwood"),
            ("We've been talking with Rugby", "Lisa Harwood"),
            ("They've done nothing wrong here.", "Lisa Harwood"),
            ("a last resort", "Andrew Tuhiwai"),
            ("Nobody takes this step lightly.", "Andrew Tuhiwai"),
            ("It was a pretty quiet", "Wiremu Tane"),
            ("aware of the financial pressures", "Rugby Aotearoa"),
            ("to find a solution that", "Rugby Aotearoa"),
            ("the canary in the coal", "board member at another provincial union"),
            ("Half the unions in the", "board member at another provincial union"),
        ],
    ),
    (
        """Van Wyk takes federation to arbitration over contract snub

By Lwazi Dube

Garden Route Cricket Union opener Ruan van Wyk has lodged a formal dispute with the Cricket Federation of South Africa (CFSA), claiming he was left off the national contract list as punishment for comments he made on a podcast in June.

Van Wyk, 29, who averaged 52 in first-class cricket last season, criticised the federation’s handling of player welfare during an appearance on the “Off The Long Handle” podcast, describing its medical support for domestic players as “a disgrace”.

He was omitted from the list of 18 centrally contracted players announced last week.

In a statement released through his lawyers, Pillay Fourie Attorneys, Van Wyk said he had “no doubt” the decision was linked to his remarks.

“I have scored more runs than any other opener in the country over the past two seasons. I have never had a disciplinary issue. The only thing that has changed is that I said something the federation didn’t like,” the statement read.

CFSA director of cricket Mandla Sithole rejected the claim outright.

“Selection is a cricketing decision made by the selection panel, and the panel alone,” Sithole said on Tuesday. “Ruan is a fine player and nobody is saying otherwise. But there are other factors, including the balance of the squad and the direction we want to go in ahead of the next World Cup cycle.”

Sithole said the federation had “never and would never” punish a player for expressing a view.

The Professional Cricketers’ Organisation of South Africa (Procosa), which is supporting Van Wyk’s case, said the matter raised “serious questions about the independence of selection”.

Procosa chief executive Anneke Steyn said the organisation had asked for the minutes of the selection meeting.

“If the federation is confident its process was clean, it should have no problem sharing the record. Transparency protects everybody, including the selectors,” Steyn said.

A member of the selection panel, speaking on condition of anonymity, said Van Wyk’s name had “come up more than once” in discussions, but that the podcast was “not mentioned at all”.

“We’re accused of all sorts every year. This one is no different,” the selector said.

Garden Route Cricket Union president Themba Nqoko said the union stood behind its player. “Ruan has given everything to this union, and we will support him through whatever process follows,” he said.

The dispute will be heard by an independent arbitrator, with a date expected to be set within the next month.""",
        [
            ("a disgrace", "Ruan van Wyk"),
            ("no doubt", "Ruan van Wyk"),
            ("I have scored more runs", "Ruan van Wyk"),
            ("Selection is a cricketing decision", "Mandla Sithole"),
            ("Ruan is a fine player", "Mandla Sithole"),
            ("never and would never", "Mandla Sithole"),
            ("serious questions about the independence", "Professional Cricketers’ Organisation of South Africa"),
            ("If the federation is confident", "Anneke Steyn"),
            ("come up more than once", "member of the selection panel"),
            ("not mentioned at all", "member of the selection panel"),
            ("We’re accused of all sorts", "member of the selection panel"),
            ("Ruan has given everything to", "Themba Nqoko"),
        ],
    ),
]
