CASES = [
    (
        """Cobalt positive puts Hawkesbury trainer's licence in jeopardy

By Daniel Corcoran

Hawkesbury trainer Glenn Maddox faces a lengthy disqualification after stewards confirmed his gelding Saltbush Rebel returned a cobalt reading above the permitted threshold following its win at Moorebank Park last month.

The Racing Integrity Authority of NSW said in a statement on Tuesday that the B-sample, tested at the authority's Sydney laboratory, had confirmed the original finding. "The stewards will open an inquiry into the matter at the earliest available date and Mr Maddox has been stood down from presenting runners pending that hearing," the statement said.

Maddox, who has trained more than 400 winners from his stables at Wilberforce, denied any wrongdoing when contacted by the Herald.

"I've never given a horse anything it shouldn't have, not in 30 years," he said. "We feed the same supplements every stable in the state uses. I want to know how this happened as much as anyone."

His solicitor, Priya Raman, said the trainer would seek independent testing of feed and supplements taken from the stable. "We will be asking the stewards for full disclosure of the chain of custody for both samples," Ms Raman said.

Cobalt, which can boost red blood cell production, has been at the centre of some of Australian racing's most high-profile integrity cases. Under the rules of racing, a trainer found to have presented a horse with a level above 100 micrograms per litre of urine faces a mandatory disqualification unless stewards find exceptional circumstances.

The authority's chief steward, Marcus Leyland, said the rules were clear. "Trainers are responsible for what goes into their horses, full stop," he told reporters at Moorebank on Wednesday morning.

Leyland said the authority had increased out-of-competition testing by 40 per cent this season and described the number of positive swabs across the state as "small but stubborn".

Helen Strachan, president of the Thoroughbred Owners Association of NSW, said owners deserved faster outcomes. "We've got syndicates with 20 people in a horse who are left in limbo for months," she said. "The process has to be fair to the trainer, but it also has to be quick."

A senior industry figure, who asked not to be named because he was not authorised to comment, said the case would add pressure on the authority to publish its full testing data. "Everyone in the bush knows the numbers are going up, and nobody wants to say it out loud," he said.

Saltbush Rebel, who won the Benchmark 72 at $9.50, is likely to be disqualified from the race, with the $42,000 first prize passed to the second-placed Quiet Commander.

The inquiry is expected to be heard next month.""",
        [
            ("The stewards will open", "Racing Integrity Authority of NSW"),
            ("I've never given a", "Glenn Maddox"),
            ("We feed the same", "Glenn Maddox"),
            ("We will be asking", "Priya Raman"),
            ("Trainers are responsible for", "Marcus Leyland"),
            ("small but stubborn", "Marcus Leyland"),
            ("We've got syndicates with", "Helen Strachan"),
            ("The process has to", "Helen Strachan"),
            ("Everyone in the bush", "senior industry figure"),
        ],
    ),
    (
        """Cricket board split as chairman refuses to quit over $38m funding deal

PETER HALLORAN
CRICKET WRITER

The Australian Cricket Commission faces its most serious governance crisis in a decade after three state directors called for chairman Roderick Ashby to stand down over a $38 million broadcast funding deal they say was signed without proper board approval.

In a letter to fellow directors obtained by The Australian, Queensland director Grant Pollock, writing on behalf of the three, said the agreement "was presented to the board as a fait accompli" and that the commission's constitution "has been treated as an inconvenience rather than a rulebook".

Ashby, a former mining executive who has chaired the commission since 2019, said on Sunday he had no intention of resigning.

"I was elected by the members to lead this organisation and that's exactly what I'm going to keep doing," Ashby said. "Every step of this negotiation was reported to the board. The minutes will show that."

The dispute centres on a five-year arrangement with streaming company Kestrel Media, which guarantees the commission's headline revenue but reduces the share of funding distributed to the smaller states from 2026.

Tasmanian director Fiona Carrick said the smaller associations had been "left to fight over crumbs".

"We run pathways programs for thousands of kids in regional towns, and this deal takes money out of exactly those programs," Carrick said. "Nobody asked us. That is the issue."

A spokesman for the commission said the funding model remained under review. "No state will receive less in real terms next season than it did this season," the spokesman said.

Tom Brennan, chief executive of the Australian Professional Cricketers' Union, said players were watching the row "with real concern".

"When the people running the game are fighting each other, the players and the fans lose," Brennan said. "We want stability, and we want the women's and domestic programs protected."

Federal Sports Minister Annabel Keane, asked about the dispute in Canberra, said it was a matter for the commission but that she expected "the highest standards of governance" from any body receiving public money.

According to two sources familiar with the board's discussions, a motion of no confidence could be put at a special meeting as early as next week. One director said privately that the numbers were "close, closer than Roderick thinks".

Ashby, asked whether he would accept the result of such a vote, said: "If the members want a change, they can have one. But they'll need to explain to the game why they've torn up the best deal we've ever had."

The commission's annual general meeting is scheduled for October.""",
        [
            ("was presented to the", "Grant Pollock"),
            ("has been treated as", "Grant Pollock"),
            ("I was elected by", "Roderick Ashby"),
            ("Every step of this", "Roderick Ashby"),
            ("left to fight over", "Fiona Carrick"),
            ("We run pathways programs", "Fiona Carrick"),
            ("Nobody asked us. That", "Fiona Carrick"),
            ("No state will receive", "spokesman"),
            ("with real concern", "Tom Brennan"),
            ("When the people running", "Tom Brennan"),
            ("We want stability, and", "Tom Brennan"),
            ("the highest standards of", "Annabel Keane"),
            ("close, closer than Roderick", "director"),
            ("If the members want", "Roderick Ashby"),
        ],
    ),
    (
        """Western Kestrels given six weeks to find $4m or face Super Rugby exit

Sarah Quinlan

The Western Kestrels have been given until the end of June to close a $4m funding gap or lose their Super Rugby licence, in a move the club’s chairman described as “an ambush”.

Rugby Union Australia’s board met in Sydney on Thursday and resolved that the Perth-based franchise must demonstrate it can meet the minimum operating budget for the 2026 season.

“The board has a responsibility to every part of the game, not just one team,” the RUA chief executive, Michelle Dawkins, said in a statement. “We have been working with the Kestrels for 18 months. We cannot keep underwriting losses at the expense of grassroots rugby.”

The Kestrels chairman, Lachlan Morrow, said the club had not been told the deadline would be discussed.

“We found out from a journalist,” Morrow said. “That tells you everything about how this organisation treats the west.”

Morrow said the club had secured commitments from two mining companies and was in talks with the state government, which contributed $2.5m last year.

A spokeswoman for the state sport minister said: “The government remains a strong supporter of professional rugby in Western Australia, but any further investment would need to be matched by the national body.”

The decision revives a bitter history. The franchise was cut from the competition once before, and was readmitted only after a campaign by supporters and a consortium of local businesses.

Former Wallabies lock Ben Faleolo, who played 61 Tests and captained the Kestrels in their first season, said he was “gutted but not surprised”.

“Every few years the same conversation comes around, and every time it’s the smaller markets that get squeezed,” he said. “You can’t grow the game in Australia by shrinking it.”

One senior Kestrels player, who did not want to be named, said the squad had been told little. “We’re training like normal but half the boys are ringing their agents,” the player said.

Dawkins, speaking to reporters later on Thursday, rejected suggestions the board was trying to engineer the team’s exit.

“Nobody in that room wants to see the Kestrels fold,” she said. “But hope isn’t a financial plan.”

Morrow responded within the hour, posting on social media that the club would “find every dollar” and calling on fans to “turn up and be counted” at Saturday’s home match.

The RUA board will meet again on 30 June to consider the club’s financial submission.""",
        [
            ("an ambush", "Lachlan Morrow"),
            ("The board has a", "Michelle Dawkins"),
            ("We have been working", "Michelle Dawkins"),
            ("We found out from", "Lachlan Morrow"),
            ("That tells you everything", "Lachlan Morrow"),
            ("The government remains a", "spokeswoman"),
            ("gutted but not surprised", "Ben Faleolo"),
            ("Every few years the", "Ben Faleolo"),
            ("You can’t grow the", "Ben Faleolo"),
            ("We’re training like normal", "senior Kestrels player"),
            ("Nobody in that room", "Michelle Dawkins"),
            ("But hope isn’t a", "Michelle Dawkins"),
            ("find every dollar", "Lachlan Morrow"),
            ("turn up and be", "Lachlan Morrow"),
        ],
    ),
    (
        """Highveld Rugby Union board suspended as SARF steps in over finances

Johannesburg - The South African Rugby Federation (SARF) has suspended the board of the Highveld Rugby Union and appointed an administrator after a forensic audit flagged irregular payments worth R17 million.

SARF president Mandla Khumalo told reporters in Cape Town on Wednesday that the federation had "no choice" but to act.

"We have seen the preliminary findings of the audit and they are deeply concerning," Khumalo said. "Our responsibility is to protect the game and the players, and we will not stand by while a member union is run into the ground."

The audit, conducted by Pretoria-based firm Mokoena Naidoo Forensics, is understood to have identified payments to consultants for services that could not be verified, as well as R3.4 million in travel claims.

Highveld president Johan Steenkamp rejected the findings and said the union would challenge the suspension in the high court.

"This is a political decision dressed up as a governance one," Steenkamp said. "We have co-operated fully with the auditors. Not once were we given a chance to respond to these so-called findings before they were leaked."

He added that the union's lawyers were "ready to go to court tomorrow if we have to".

The administrator, former provincial chief executive Thandeka Mthembu, will take over the day-to-day running of the union, including its senior team's domestic campaign and its junior academy.

In a statement, the South African Rugby Players' Organisation said its members were worried about late salaries. "Several players have not been paid on time for three of the last five months," the organisation said. "Whatever happens in the boardroom, the players must be paid."

Mthembu said her first priority would be to "stabilise the finances and restore confidence with sponsors".

A senior executive at one of the union's main sponsors, who asked not to be named, told News24 the company would review its R5 million-a-year deal. "We can't have our brand attached to this kind of headline," he said.

Steenkamp's term as president was due to end in September, and at least two candidates had already declared their intention to stand.

Khumalo was blunt when asked whether criminal charges could follow: "If the final report points to criminal conduct, it will be handed to the police. That's not a threat, that's the law."

The final audit report is expected by the end of next month.""",
        [
            ("no choice", "Mandla Khumalo"),
            ("We have seen the", "Mandla Khumalo"),
            ("Our responsibility is to", "Mandla Khumalo"),
            ("This is a political", "Johan Steenkamp"),
            ("We have co-operated fully", "Johan Steenkamp"),
            ("ready to go to", "Johan Steenkamp"),
            ("Several players have not", "South African Rugby Players' Organisation"),
            ("Whatever happens in the", "South African Rugby Players' Organisation"),
            ("stabilise the finances and", "Thandeka Mthembu"),
            ("We can't have our", "senior executive at one of the union's main sponsors"),
            ("If the final report", "Mandla Khumalo"),
        ],
    ),
    (
        """Greyvale trainer warned off as steroid probe spreads to third yard

SIPHO DLAMINI

Trainer Riaan du Plessis has been warned off all racecourses pending a hearing after two of his horses tested positive for the anabolic steroid stanozolol in out-of-competition samples, the National Horseracing Integrity Authority (NHIA) confirmed this week.

Du Plessis, who is based at Greyvale, is the third KwaZulu-Natal trainer charged since February in what insiders are calling the province's worst doping scandal in 20 years.

"We will follow the evidence wherever it leads," NHIA chief executive Dr Nomvula Sithole said on Friday. "If that means more charges, there will be more charges."

Sithole said the authority's laboratory had tested 1,200 out-of-competition samples since January, more than double the number for the whole of last year.

Du Plessis, who saddled the winner of the Umgeni Summer Cup in December, spoke to the Sunday Times from his yard near Ashburton Vale.

"I don't know where this stuff came from. I have never bought it, never used it, never seen it in my yard," he said. "Somebody has got to my horses, and I want the authority to find out who."

His advocate, Lindiwe Ngcobo, said the warning-off was "grossly premature" and that she would apply urgently to have it set aside.

Kevin Pillay, chairman of the Racehorse Owners' Guild of KwaZulu-Natal, said the scandal was damaging confidence among punters. "Punters are not stupid. When they see trainer after trainer being charged, they start asking whether the race they just bet on was clean," Pillay said.

The NHIA was itself the subject of criticism last year when parliamentary sport committee chairwoman Precious Mahlangu described its funding model as "unsustainable". The authority receives most of its R90 million budget from a levy on betting turnover, which has fallen for four straight years.

A veteran stable employee, who asked not to be named for fear of losing his job, told the Sunday Times that the pressure on trainers to win was "enormous".

"Owners want winners every week. If your horses don't perform, they go to the yard down the road," he said.

Sithole said the authority would also review how samples were stored and transported after du Plessis's legal team questioned the security of the process. In a statement issued on Friday evening, the NHIA said:

"The authority is aware of concerns raised regarding the security of samples in transit. An independent review of these procedures has been commissioned and will report within 60 days.

"Any licensed person found to have interfered with a horse or with the testing process will face the full sanction available under the rules."

The two other trainers charged earlier this year are due to appear before an inquiry board in Durban next month.""",
        [
            ("We will follow the", "Nomvula Sithole"),
            ("If that means more", "Nomvula Sithole"),
            ("I don't know where", "Riaan du Plessis"),
            ("Somebody has got to", "Riaan du Plessis"),
            ("grossly premature", "Lindiwe Ngcobo"),
            ("Punters are not stupid.", "Kevin Pillay"),
            ("unsustainable", "Precious Mahlangu"),
            ("enormous", "veteran stable employee"),
            ("Owners want winners every", "veteran stable employee"),
            ("The authority is aware", "National Horseracing Integrity Authority"),
            ("Any licensed person found", "National Horseracing Integrity Authority"),
        ],
    ),
    (
        """Lottery funding freeze leaves township cricket hubs stranded

Ayanda Nkosi

Cricket development programmes serving more than 6,000 children in the Eastern Cape have been suspended after the National Sports Lottery Fund froze a R24-million grant to Border Coast Cricket pending an investigation into how earlier tranches were spent.

The freeze, confirmed in a letter seen by the Mail & Guardian, means coaches at 14 township hubs around East London and Mthatha have not been paid since March.

"We are not going to release public money until we are satisfied that previous grants were used for the purposes intended," the fund's spokesperson, Kagiso Modise, said.

Border Coast chief executive Andile Mapisa said the union had submitted "every receipt, every invoice" the fund had requested.

"The fund has had our documents since November. We have answered every question," Mapisa said. "Meanwhile the children who depend on these programmes are sitting at home. That's who is being punished."

According to Mapisa, the union has already lost four qualified coaches to other provinces, and the delays are "costing us coaches every week".

Xolani Tyali, who runs the hub in Mdantsane, said the impact on the ground had been immediate: "Some of these kids walk 5km to get to practice. Now we have to tell them there is no practice. What do I say to them?"

The freeze comes months after a governance review of provincial unions, led by retired judge Patrick Mahlaba, found that several had "weak or non-existent" financial controls. Border Coast was not named in the review, but two of its former board members were interviewed by the panel.

The South African Cricket Federation said in a statement that it was "monitoring the situation closely" and had offered bridging funding to keep the most vulnerable hubs running until the end of the season.

A Border Coast Cricket board member, speaking on condition of anonymity, said the union's relationship with the lottery fund had been poisoned by a dispute with a previous chief executive, who left in 2022. "There's history here, and the kids are paying for it," the board member said.

The fund's annual report, tabled in Parliament last month, showed that sport received less than a fifth of its distributions in the previous financial year, down from almost a third five years ago.

Mapisa said the union would request an urgent meeting with the fund's board. "We'll meet them anywhere, any time," he said. "We just want the money to reach the children it was meant for.\"""",
        [
            ("We are not going", "Kagiso Modise"),
            ("every receipt, every invoice", "Andile Mapisa"),
            ("The fund has had", "Andile Mapisa"),
            ("Meanwhile the children who", "Andile Mapisa"),
            ("costing us coaches every", "Andile Mapisa"),
            ("Some of these kids", "Xolani Tyali"),
            ("weak or non-existent", "Patrick Mahlaba"),
            ("monitoring the situation closely", "South African Cricket Federation"),
            ("There's history here, and", "Border Coast Cricket board member"),
            ("We'll meet them anywhere,", "Andile Mapisa"),
            ("We just want the", "Andile Mapisa"),
        ],
    ),
    (
        """Kildare trainer banned for 18 months over steroid in point-to-point winner

Eoin Rafferty

A Co Kildare trainer has been disqualified for 18 months after a mare he trained tested positive for a banned anabolic steroid following a point-to-point win in Co Tipperary last autumn.

The referrals committee of the Irish Turf Integrity Board found that Declan Furlong, who trains a small string at Ballymurragh, was responsible for the presence of nandrolone in a sample taken from Lady Corrib after her victory at the Knockanore meeting in October.

In its written decision, published yesterday, the committee said it was ‘not satisfied that Mr Furlong had provided any credible explanation’ for the finding.

‘The committee accepts that Mr Furlong has an unblemished record over 25 years,’ the decision continued. ‘However, the rules are clear and strict liability applies. The integrity of the sport depends on it.’

Mr Furlong, speaking to the Irish Examiner last night, said he was ‘devastated’ and would consider an appeal.

‘I’ve had horses all my life. My father had them before me,’ he said. ‘I never in my life gave a horse a steroid, and I’d swear that on anything you like. I have no idea how it got into that mare.’

He said the ban would likely cost him his remaining owners. ‘There are six horses in the yard and I’d say they’ll all be gone by the weekend. That’s my living gone.’

ITIB chief executive Aoife Kirwan said the board had stepped up out-of-competition testing in the point-to-point sector, which had previously been seen as a weak spot.

‘There was a perception out there that point-to-points were a soft touch. That perception is wrong, and cases like this show it,’ Ms Kirwan said.

The board’s budget for 2025 is €11.2m, most of it drawn from the Racing Development Fund. Ms Kirwan has previously said that figure is ‘well short’ of what is needed for a modern anti-doping programme.

Mick Dunphy, chairman of the Irish Trainers’ Federation, said members supported strong testing but wanted more clarity about contamination.

‘Nobody wants cheats in the sport, least of all the lads who are doing it right,’ he said. ‘But we have had cases in Britain and France where contaminated feed has been the cause, and trainers need to know the board will take that seriously.’

A source close to the Furlong case claimed the outcome would have been different for a bigger name. ‘This was a small man with a small yard, and he’s been hung out to dry,’ the source said.

Mr Furlong has 14 days to lodge an appeal.""",
        [
            ("not satisfied that Mr", "referrals committee of the Irish Turf Integrity Board"),
            ("The committee accepts that", "referrals committee of the Irish Turf Integrity Board"),
            ("However, the rules are", "referrals committee of the Irish Turf Integrity Board"),
            ("devastated", "Declan Furlong"),
            ("I’ve had horses all", "Declan Furlong"),
            ("I never in my", "Declan Furlong"),
            ("There are six horses", "Declan Furlong"),
            ("There was a perception", "Aoife Kirwan"),
            ("well short", "Aoife Kirwan"),
            ("Nobody wants cheats in", "Mick Dunphy"),
            ("But we have had", "Mick Dunphy"),
            ("This was a small", "source close to the Furlong case"),
        ],
    ),
    (
        """Clubs threaten to withhold fees in row over IRU funding formula

Gavin Cullinane

More than 30 rugby clubs in the west and northwest have threatened to withhold their affiliation fees from the Irish Rugby Union unless it reverses changes to a funding formula they say will cost community rugby in the region up to €1.5 million over three years.

In a letter to the union's chief executive, Ronan Deasy, Ballinvane RFC president Siobhán Mannion, writing on behalf of 32 clubs, said the new model "rewards the clubs that already have the most and punishes those who are trying to grow the game in places where there is no tradition of it".

The formula, approved by the IRU's council in March, allocates grants based partly on registered playing numbers and partly on the number of teams fielded in underage competitions.

Speaking to The Irish Times, Ms Mannion said small clubs were caught in a trap. "You can't grow your numbers without coaches and pitches, and you can't get the money for coaches and pitches without the numbers," she said. "It's a circle, and we're on the wrong side of it."

Mr Deasy said the union had consulted widely before adopting the formula and that it would be reviewed after its first year.

"I understand the frustration, and I've met a number of these clubs personally," he said. "But the old system was opaque and nobody could explain why one club got €20,000 and the club down the road got €4,000. What we have now is transparent and it is based on data."

He added that withholding affiliation fees would leave clubs without insurance cover. "That would be a very serious step and I would urge clubs not to take it."

The row has also drawn in the Government, which contributes to the IRU's community programmes through the community sports capital scheme. Minister of State for Sport Colm Brannigan, a Mayo TD, said he had raised the matter with the union.

"Public money going into a sport comes with an expectation that it is spread fairly across the country," Mr Brannigan said.

One western branch official said the atmosphere at the branch's last meeting had been "as bad as I've seen it in 20 years", with several club delegates walking out before the vote on the new formula.

Ms Mannion said the clubs had not taken the decision lightly.

"Nobody wants a row with the union. We're volunteers; we'd rather be out coaching on a Saturday morning than writing letters.

"But if the IRU won't listen to us when we ask nicely, we'll have to find another way of getting their attention."

The IRU's council is due to meet on June 14th.""",
        [
            ("rewards the clubs that", "Siobhán Mannion"),
            ("You can't grow your", "Siobhán Mannion"),
            ("It's a circle, and", "Siobhán Mannion"),
            ("I understand the frustration,", "Ronan Deasy"),
            ("But the old system", "Ronan Deasy"),
            ("That would be a", "Ronan Deasy"),
            ("Public money going into", "Colm Brannigan"),
            ("as bad as I've", "western branch official"),
            ("Nobody wants a row", "Siobhán Mannion"),
            ("But if the IRU", "Siobhán Mannion"),
        ],
    ),
]
