CASES = [
    (
        """Kaiwhenua council signs off 14.2 percent rates rise after marathon meeting

Kaiwhenua ratepayers will face an average rates increase of 14.2 percent after councillors narrowly voted through the district's long-term plan late last night.

The vote, eight to six, came after more than nine hours of debate and a packed public gallery that at times had to be warned by the mayor to keep its comments to itself.

Mayor Dianne Harata said the council had run out of options.

"Nobody around this table wanted to be here. We've got pipes in the ground that were laid before the Second World War and a bill from the regulator that isn't going away," she said.

"I'd rather front up to people now than hand the next council a disaster."

The bulk of the increase is driven by water infrastructure, with the council budgeting $86 million over the next decade to replace ageing wastewater pipes in Te Kōwhai and Pukerangi Bay, where untreated sewage has overflowed into the estuary four times since January.

Councillor Mark Feaver, who voted against the plan, said many residents on fixed incomes simply could not absorb another double-digit rise.

"We're asking pensioners to choose between their rates and their power bill," Feaver said. "That's not a choice a council should be putting to anyone."

He had proposed deferring a $12m upgrade of the district's aquatic centre, but the amendment was lost nine votes to five.

Council chief executive Sonya Petrie told RNZ staff had already found $3.1m of savings, including leaving 11 vacant roles unfilled and cutting the mowing schedule for rural reserves.

"There's no fat left in this organisation. What's left is core services - water, roads, rubbish - and those cost what they cost," she said.

The average residential ratepayer in Kaiwhenua township will pay about $412 more a year, while farm properties face rises of up to 19 percent because of changes to the way roading costs are split.

A ratepayers' group, Kaiwhenua Ratepayers Action, said in a statement the decision showed the council was "living beyond its means" and vowed to stand candidates at next year's local body elections.

Residents who spoke to RNZ outside the council chambers were divided. One retired sheep and beef farmer, who did not want to be named, said he understood the infrastructure problem but felt "nobody's ever held to account for the last 30 years of putting it off".

Rates notices reflecting the increase will go out in August. Ratepayers facing hardship can apply for postponement under the council's remission policy.""",
        [
            ("Nobody around this table wanted", "Dianne Harata"),
            ("I'd rather front up to", "Dianne Harata"),
            ("We're asking pensioners to choose", "Mark Feaver"),
            ("That's not a choice a", "Mark Feaver"),
            ("There's no fat left in", "Sonya Petrie"),
            ("living beyond its means", "Kaiwhenua Ratepayers Action"),
            ("nobody's ever held to account", "retired sheep and beef farmer"),
        ],
    ),
    (
        """Builder who took $420,000 in deposits jailed for three years

By Ella Tamatea

A builder who pocketed more than $420,000 in deposits from 11 families, leaving some with half-built homes and others with nothing but a bare section, has been jailed for three years and two months.

Craig Anthony Dunleavy, 47, appeared for sentencing in the Waimārama District Court yesterday on 14 charges of obtaining by deception, to which he had earlier pleaded guilty.

The court heard Dunleavy, the sole director of Coastline Homes Ltd, took deposits between 2021 and 2023 while his company was already insolvent, using new clients' money to cover shortfalls on earlier jobs and to pay for personal expenses including a boat and a trip to Fiji.

Several victims read statements to the court.

One, a young mother whose family had saved for eight years for their first home, told Dunleavy she still could not bring herself to drive past the empty section.

"You looked us in the eye at our kitchen table and told us you'd have us in by Christmas," she said. "We're still renting. My kids still ask when we're moving."

Another victim, retired teacher Graham Pou, said the loss of his $68,000 deposit had forced him back to work.

"I'm 71 and I'm back doing relief teaching because of this man."

Crown prosecutor Hana Whitmore said the offending was "calculated and sustained", and submitted that the victims had been targeted because they were first-home buyers with little experience of the building industry.

Defence lawyer Peter Galbraith said his client had not set out to defraud anyone but had "buried his head in the sand" as the business collapsed.

"This is a man who got in over his head and made terrible decisions to try and dig himself out," Galbraith said. "He is deeply ashamed."

Judge Lorraine Kerehoma rejected that characterisation.

"I accept that you did not start your business intending to steal from people," she told Dunleavy. "But there came a point, and it came early, when you knew full well that the money you were taking would never turn into a house.

"Each of these families trusted you with their savings. You spent them."

The judge gave discounts for Dunleavy's guilty pleas and for $35,000 he had already repaid, but declined a request for home detention, saying nothing short of imprisonment would properly mark the harm he had caused.

She also ordered him to pay $50,000 in reparation, to be split between the victims, at a rate of $150 a week once he is released.

Outside court, Pou said the sentence brought some relief, but he did not expect to see most of his money again.

"Three years doesn't build anyone a house," he said.""",
        [
            ("You looked us in the", "young mother"),
            ("We're still renting. My kids", "young mother"),
            ("I'm 71 and I'm back", "Graham Pou"),
            ("calculated and sustained", "Hana Whitmore"),
            ("buried his head in the", "Peter Galbraith"),
            ("This is a man who", "Peter Galbraith"),
            ("He is deeply ashamed.", "Peter Galbraith"),
            ("I accept that you did", "Lorraine Kerehoma"),
            ("But there came a point,", "Lorraine Kerehoma"),
            ("Each of these families trusted", "Lorraine Kerehoma"),
            ("Three years doesn't build anyone", "Graham Pou"),
        ],
    ),
    (
        """Neighbours fight 48-home social housing plan as waiting list tops 2000

Jared Pomare
15:42, Jul 14 2025

A plan to build 48 social homes on a former bowling club site in Aramoana Heights has drawn more than 300 submissions, most of them opposed, as the region’s housing waiting list passes 2000 for the first time.

Te Puna Kāinga Housing Trust wants to build a mix of one- to four-bedroom townhouses and apartments of up to four storeys on the 1.1-hectare site on Kōwhai Rd, which it bought from the city council last year.

Trust chief executive Mereana Walsh said the development would house about 150 people, many of whom were currently in motels or overcrowded homes.

“We have families with kids sleeping in cars in this city tonight. This site is flat, it’s near a school, it’s on a bus route. If we can’t build here, where can we build?”

But a residents’ group formed to fight the proposal says the four-storey blocks are out of character with the neighbourhood, and the area’s roads and stormwater network cannot cope.

Aramoana Heights Residents’ Association spokesman Trevor Blakely said the group was not opposed to social housing “in principle”.

“This isn’t about who lives there. It’s about cramming 48 units onto a site that floods every time it rains hard,” he said.

Blakely said residents had been given little chance to have a say before the trust lodged its resource consent application in April.

Walsh disputed that, saying the trust had held two public drop-in sessions and sent letters to about 400 households.

Some of the submissions go further. One, from a nearby homeowner, warns the development will bring “crime and antisocial behaviour” to the street, while another submitter asks the council to require the trust to “vet tenants properly”.

Ward councillor Aroha Ngata said those comments had no place in a planning process.

“People are entitled to raise traffic and flooding. They’re not entitled to decide who gets to be their neighbour.”

The city council’s housing and planning committee chair, Cr Simon Leckie, said the application would be decided by independent commissioners rather than councillors, and it would be “inappropriate” for him to comment on its merits.

He did note the council’s own figures showed the city needed about 900 more social and affordable homes by 2030, and fewer than 200 were currently consented.

A hearing is scheduled for September.""",
        [
            ("We have families with kids", "Mereana Walsh"),
            ("in principle", "Trevor Blakely"),
            ("This isn’t about who lives", "Trevor Blakely"),
            ("crime and antisocial behaviour", "nearby homeowner"),
            ("vet tenants properly", "submitter"),
            ("People are entitled to raise", "Aroha Ngata"),
            ("inappropriate", "Simon Leckie"),
        ],
    ),
    (
        """Councillor breached code of conduct, investigator finds

Kōtare district councillor Bryce McKinnon breached the council's code of conduct by passing confidential information about a proposed land sale to a property developer, an independent investigator has found.

The report, by Dunedin barrister Felicity Aird, was released yesterday ahead of a full council meeting on Thursday at which councillors will decide what penalty, if any, to impose.

Ms Aird found Cr McKinnon forwarded a confidential council briefing on the proposed sale of a 12ha block at Tāwhai Flat to a developer who was a longtime friend.

The email was sent, she wrote, "knowing the material was marked confidential and had not been released to the public".

"I accept Cr McKinnon's evidence that he did not receive, and did not seek, any personal benefit," Ms Aird said in the report.

"However, the code is not concerned only with personal gain. It is concerned with the integrity of council decision-making, and that was put at real risk."

The developer, who is not named in the report, later lodged an unsolicited offer for the land. The sale process has since been put on hold.

Cr McKinnon said last night he accepted he had made "an error of judgement" but rejected any suggestion he had acted dishonestly.

"I've served this community for 15 years and I've never once put my own interests ahead of it. I sent an email I shouldn't have sent, and I've apologised for that."

He said he would not be resigning.

Mayor Janine Forsyth said she had asked for the complaint to be handled by an outside investigator "so there can be no suggestion of councillors marking their own homework".

She declined to comment further until after Thursday's meeting.

Penalties available under the code include censure, removal from committees or a request to resign, although the council has no power to remove an elected member from office.

The complaint was laid by council chief executive Graeme Sutter in February. A council statement said staff had since reviewed how confidential papers were distributed to elected members and had "tightened controls around access".

Kōtare Ratepayers' Association chairwoman Lois Henderson said the public deserved better.

"If staff did this they'd be out the door. Councillors should be held to at least the same standard," Mrs Henderson said.

The council meeting begins at 9.30am on Thursday and is open to the public, although the penalty discussion may be held with the public excluded.""",
        [
            ("knowing the material was marked", "Felicity Aird"),
            ("I accept Cr McKinnon's evidence", "Felicity Aird"),
            ("However, the code is not", "Felicity Aird"),
            ("an error of judgement", "Bryce McKinnon"),
            ("I've served this community for", "Bryce McKinnon"),
            ("so there can be no", "Janine Forsyth"),
            ("tightened controls around access", "Kōtare District Council"),
            ("If staff did this they'd", "Lois Henderson"),
        ],
    ),
    (
        """Landlord ordered to pay $9800 over mouldy, leaking rental

A landlord who told tenants to "open a window" when they complained about black mould spreading across their children's bedroom has been ordered to pay them almost $9800.

The Tenancy Tribunal found Raymond Chu breached the healthy homes standards and his obligation to keep the property in a reasonable state of repair at the three-bedroom house in Pāpāroa, which he rented to Tasha and Liam Ferris for $640 a week.

In a decision released this week, tribunal adjudicator Kate Henare said the tenants first reported a leak in the roof in May 2024 and sent repeated messages over the following five months.

According to the decision, Chu replied to one message with: "It's an old house, you knew that when you moved in. Open a window and wipe it down."

"The landlord's response to what was a clear and worsening problem was dismissive," Henare wrote. "The tenants were entitled to expect the roof to keep the rain out."

Chu told the tribunal he had sent a roofer twice and that the mould was caused by the tenants drying washing indoors.

Henare found there was no evidence a roofer had visited, and described the tenants' evidence that they used a laundromat as "credible and consistent".

The Ferrises were awarded $4200 in exemplary damages, a rent reduction of $4800 and $800 for damaged belongings, including a cot mattress.

Speaking to the Herald, Tasha Ferris said their youngest son had been admitted to hospital twice with breathing problems while they lived there.

"You feel guilty the whole time. You're paying all that rent and you're putting your kids in a room that's making them sick," she said.

"We only went to the tribunal because we'd run out of other options."

The family have since moved to a rental in another suburb.

Chu did not respond to requests for comment.

Grace Liufau, a spokeswoman for tenants' advocacy group Renters Voice Aotearoa, said the case was far from unusual.

"We hear stories like this every week. The standards are there on paper, but enforcement relies on tenants who are scared of losing their home being willing to take their landlord on."

The Housing Standards Authority said in a statement it had received 1140 complaints about healthy homes breaches in the past year and was "actively prioritising" cases involving young children.""",
        [
            ("open a window", "Raymond Chu"),
            ("It's an old house, you", "Raymond Chu"),
            ("The landlord's response to what", "Kate Henare"),
            ("The tenants were entitled to", "Kate Henare"),
            ("credible and consistent", "Kate Henare"),
            ("You feel guilty the whole", "Tasha Ferris"),
            ("We only went to the", "Tasha Ferris"),
            ("We hear stories like this", "Grace Liufau"),
            ("actively prioritising", "Housing Standards Authority"),
        ],
    ),
    (
        """High Court quashes council's pensioner housing sale

A council's decision to sell its 112 pensioner flats to a private buyer has been overturned in the High Court, after a judge found councillors were not given a fair picture of what the public thought.

Ruakiwi District Council voted in October 2024 to sell its entire older persons' housing portfolio to Harbourline Property Group for $21.5 million, saying it could no longer afford the upkeep.

A group of tenants, backed by the Ruakiwi Seniors Advocacy Network, sought a judicial review.

In a decision released today, Justice Maria Ellingham found the council's consultation process was flawed and the officers' report put to councillors "materially understated" the level of opposition.

The report described submissions as broadly balanced, when 87 percent of the 640 submitters opposed the sale, the judge found.

"Councillors were entitled to make a hard decision about the council's finances. What they were not entitled to do was make it on the basis of information that did not fairly reflect what the community had told them," Justice Ellingham said.

She set aside the decision and ordered the council to pay the tenants' costs.

Network chairwoman Betty Faleolo told RNZ the ruling was a relief for tenants who had spent more than a year not knowing whether they would keep their homes.

"It's a complete vindication. This shows councils can't just tick a box and then ignore what people tell them."

One of the tenants who brought the case, 82-year-old Noel Sutherland, has lived in his one-bedroom flat on Kāhu Street for 19 years.

"I cried when I heard. I've been lying awake for a year wondering where I'd end up," he said.

"Most of us in here have nowhere else. You can't get a rental on the pension, not round here."

Ruakiwi mayor Phil Tanner said the council would take time to read the judgment before deciding whether to appeal.

"We respect the court's decision. But I want to be clear that the underlying problem hasn't gone away: these units need about $14 million of work that we simply don't have," Tanner said.

He said councillors could choose to consult again, or look at other options such as transferring the flats to a community housing provider.

Harbourline Property Group said in a statement it was "disappointed" by the ruling and was considering its position under the sale agreement.

The council has 20 working days to lodge an appeal.""",
        [
            ("materially understated", "Maria Ellingham"),
            ("Councillors were entitled to make", "Maria Ellingham"),
            ("It's a complete vindication.", "Betty Faleolo"),
            ("I cried when I heard.", "Noel Sutherland"),
            ("Most of us in here", "Noel Sutherland"),
            ("We respect the court's decision.", "Phil Tanner"),
            ("disappointed", "Harbourline Property Group"),
        ],
    ),
    (
        """Minister threatens to take over Tāwhiri housing plan

By Michael Harte

Housing Minister Duncan Revell has warned Tāwhiri City Council he could appoint commissioners to take over its housing intensification plan unless councillors stop "kicking the can down the road".

Revell wrote to mayor Karen Lowther last week after the council voted for a second time to delay notifying the plan, which would allow buildings of up to six storeys within walking distance of the city centre and its two main rail stations.

In the letter, seen by the Herald, Revell said he was "deeply concerned" at the pace of progress.

"Tāwhiri has one of the tightest housing markets in the country and rents that have risen faster than almost anywhere else. Every month of delay makes that worse," he wrote.

"I would prefer not to use my powers under the Act. But I will if I have to."

Lowther told reporters yesterday the letter was "unhelpful" and denied the council was dragging its feet.

"We've had 11,000 pieces of feedback. Some of those raise genuinely serious issues about flood risk and heritage, and we'd be negligent not to work through them properly," she said.

But a senior council staffer, who spoke on condition of anonymity because they were not authorised to comment, said the plan had been ready for notification since March.

"The technical work is done. This is a political decision, not a planning one," the staffer said.

The council's planning committee chair, councillor Sione Lātū, was one of four councillors who voted against the delay. He said the minister's intervention was "entirely predictable".

"I warned the table this would happen. Now we risk having the whole thing written by people who've never set foot in this city."

The Tāwhiri Character Homes Society, which has campaigned against the plan, said on its website the proposed rules would "bulldoze the history" of the city's inner suburbs and urged members to keep writing to councillors.

Business groups have backed the minister. Tāwhiri Business Chamber chief executive Amanda Kirk said employers were already struggling to recruit.

"Businesses can't hire people if there's nowhere for those people to live. Every delay has a cost, and at the moment it's being paid by the people who can least afford it."

Lowther said she would meet Revell next week and was confident the plan could be notified "well before Christmas".

The council's next full meeting is on August 21.""",
        [
            ("kicking the can down the", "Duncan Revell"),
            ("deeply concerned", "Duncan Revell"),
            ("Tāwhiri has one of the", "Duncan Revell"),
            ("I would prefer not to", "Duncan Revell"),
            ("unhelpful", "Karen Lowther"),
            ("We've had 11,000 pieces of", "Karen Lowther"),
            ("The technical work is done.", "senior council staffer"),
            ("entirely predictable", "Sione Lātū"),
            ("I warned the table this", "Sione Lātū"),
            ("bulldoze the history", "Tāwhiri Character Homes Society"),
            ("Businesses can't hire people if", "Amanda Kirk"),
            ("well before Christmas", "Karen Lowther"),
        ],
    ),
    (
        """Coroner calls for welfare checks at emergency housing motels after man’s death

Kerry Lomax
05:00, Mar 18 2025

A coroner has called for regular welfare checks at emergency housing motels after a 54-year-old man lay dead in his unit for at least four days before he was found.

Dennis Arthur Kereama died in the Tōtara Motor Lodge in Ōtaiwhenua in early March 2024. He had been living there for seven months under an emergency housing grant from the Ministry of Social Support.

In findings released on Monday, Coroner Rebecca Tuhiwai found Kereama died of heart disease, probably on or about March 3. His body was found on March 7 after another guest complained of a smell.

No one from the motel or the ministry had seen him for at least a fortnight before his death, the coroner found.

“Mr Kereama was, for practical purposes, alone,” she said.

“He had no regular contact with a case manager, the motel operator understood his welfare to be someone else’s responsibility, and his family did not know where he was living.”

The motel’s manager, who is not named in the findings, told the coroner staff “did not go into rooms unless asked” and that guests’ privacy was respected.

Kereama’s sister, Hine Poutama, said the family had spent months trying to find out where he was.

“We kept ringing and being told they couldn’t tell us because of privacy. Then the next call we got was from the police.”

She said she hoped the coroner’s recommendations would be acted on.

“It’s too late for Dennis. But there are hundreds of people in those motels right now, and some of them are just as alone as he was.”

The coroner recommended the ministry set minimum contact requirements for everyone in emergency housing, and that motels receiving emergency housing payments be required to sight each guest at least once every 48 hours.

Ministry of Social Support deputy chief executive Paul Strang said the ministry accepted the findings.

“We accept that we should have had more regular contact with Mr Kereama, and we are deeply sorry to his whānau,” Strang said in a statement.

He said case managers were now required to contact every emergency housing client at least once a fortnight.

The Accommodation Providers Network, which represents about 140 motel operators, said its members were “not social workers” and that responsibility for clients’ wellbeing had to sit with the agencies placing them.

It said it would discuss the recommendations with the ministry.""",
        [
            ("Mr Kereama was, for practical", "Rebecca Tuhiwai"),
            ("He had no regular contact", "Rebecca Tuhiwai"),
            ("did not go into rooms", "motel’s manager"),
            ("We kept ringing and being", "Hine Poutama"),
            ("It’s too late for Dennis.", "Hine Poutama"),
            ("We accept that we should", "Paul Strang"),
            ("not social workers", "Accommodation Providers Network"),
        ],
    ),
]
