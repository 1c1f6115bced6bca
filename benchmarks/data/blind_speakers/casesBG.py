CASES = [
    ("""Residents of the Blue Mountains village of Mount Wilton have been told it is too late to leave after an out-of-control bushfire in the Grose Valley jumped containment lines on Tuesday afternoon.

The NSW Rural Fire Service upgraded the blaze to an emergency warning shortly after 2pm as temperatures climbed past 41 degrees and north-westerly winds gusted to 70km/h along the ridge road locals call “the Gauntlet”.

“If you are in Mount Wilton and you have not left, it is now too late to leave safely. Shelter in a solid structure away from the fire front,” RFS Commissioner Graham Tulloch told reporters at the Katoomba fire control centre.

Tulloch said more than 240 firefighters and 11 aircraft, including two large air tankers, were working on the fire, which has burned through about 18,000 hectares since it was sparked by a dry lightning strike last Thursday. He described conditions as “about as bad as it gets” and warned that embers could reach the outskirts of Blackheath by evening.

At an evacuation centre set up at the Springwood Sports Club, Kerrie-Anne Moffatt said she had grabbed the photo albums, her two kelpies and little else before driving out through thick smoke just after midday.

“We could see the glow over the ridge at lunchtime and then the sky just went black. My husband stayed behind to run the sprinklers and I’ve been ringing him every ten minutes,” she said.

Emergency Services Minister Jodie Harcourt said the state government had activated disaster assistance funding for the Blue Mountains local government area and that more crews were on their way from the Hunter and the Central Coast.

“Our priority today is protecting life. Property can be rebuilt,” Ms Harcourt said. “I would urge everyone in the region to listen to the RFS, keep their phones charged and keep checking the Fires Near Me app.”

The Bureau of Meteorology said in a statement that a southerly change was expected to reach the mountains around 9pm, but warned it would bring “erratic and dangerous wind shifts” before any relief arrived.

Many residents are still rebuilding after the Black Summer fires of 2019-20, when the mountains were under near-constant threat for more than two months. Blue Mountains Mayor Rhys Dunleavy said the community had learned hard lessons from that season and most households now had a fire plan ready to go.

Total fire bans remain in place across the Greater Sydney, Central Ranges and Southern Ranges regions until midnight on Wednesday.""",
     [
        ("If you are in Mount Wilton", "Graham Tulloch"),
        ("about as bad as it gets", "Graham Tulloch"),
        ("We could see the glow", "Kerrie-Anne Moffatt"),
        ("Our priority today is protecting", "Jodie Harcourt"),
        ("I would urge everyone in", "Jodie Harcourt"),
        ("erratic and dangerous wind shifts", "Bureau of Meteorology"),
     ]),

    ("""The Burnett River at Yarrabee peaked at 14.2 metres early on Sunday, inundating more than 400 homes and cutting the Burnett Highway in two places as parts of Queensland endured their third major flood in five years.

Yarrabee Regional Council Mayor Colleen Strachan said the water had risen far faster than forecast. “We were told to plan for a peak of around 12 metres, and we planned for that. By midnight we knew we were in serious trouble,” she said.

Cr Strachan said the evacuation centre at the Yarrabee showgrounds was housing about 180 people, and SES volunteers and local fishermen had been using tinnies to ferry food and medicine to families stranded on the northern side of town.

Premier Daniel Whitcombe, who flew over the town by helicopter on Sunday morning, announced a $25 million recovery package and said the Australian Defence Force had been asked to help with the clean-up once the water receded.

“What I saw from the air this morning is heartbreaking. Whole streets are under water, and some of these families were only just back in their homes after the last flood. But Queenslanders are tough, and we will get Yarrabee back on its feet,” Mr Whitcombe said.

The Opposition’s disaster recovery spokesman, Lachlan Pryce, said residents had been let down by an outdated warning system. He pointed to a 2021 independent review, “Rising Waters: Lessons from the Burnett”, which recommended four new automatic river gauges be installed upstream of the town.

“Those gauges were never installed. The government sat on that report for three years, and last night people were waking up with water coming through the floorboards,” he said.

A spokesperson for the Department of Transport and Main Roads said the highway would stay closed until engineers had inspected two bridges south of the town.

On Mary Street, the main shopping strip, shopkeepers were already dragging sodden stock onto the footpath by mid-afternoon.

“I’ve cleaned this shop out three times now. I honestly don’t know if I’ve got a fourth one in me,” said Barry Nguyen, whose hardware store took in more than a metre of water.

The Bureau of Meteorology has forecast further rain for the Burnett catchment later in the week.""",
     [
        ("We were told to plan", "Colleen Strachan"),
        ("What I saw from the air", "Daniel Whitcombe"),
        ("Those gauges were never installed", "Lachlan Pryce"),
        ("I’ve cleaned this shop out", "Barry Nguyen"),
     ]),

    ("""The Waitangi Tribunal has granted an urgent inquiry into the Government’s decision to disestablish Te Rōpū Hauora, the Māori health commissioning agency set up in 2022, following a claim lodged by iwi and hauora providers from Te Tai Tokerau.

In a decision released on Friday, the tribunal said the claimants had shown they were “likely to suffer significant and irreversible prejudice” if the matter was left to be heard in the ordinary course.

Lead claimant Hemi Tautahi, chair of the Ngāti Ruawai Trust Board, said the ruling vindicated months of work by whānau, hapū and Māori health workers across the north.

“This was never just about one agency. It’s about whether the Crown honours the promises it made in te Tiriti, or whether those promises only count when it’s convenient,” Tautahi said outside the tribunal’s offices in Wellington.

He said Māori life expectancy in Northland remained about seven years lower than for non-Māori, and the agency had only just begun funding kaupapa Māori services that were making a difference in places such as Kaikohe and Kaitāia.

Health Minister Craig Ashworth said he respected the tribunal’s process but the Government would not pause the changes, which are due to take effect on July 1.

“We were elected with a clear mandate to run one health system for all New Zealanders, and that is exactly what we are delivering. Māori will continue to receive the services they need through Health New Zealand,” Ashworth said in a statement.

Te Pāti Māori co-leader Ani Kereama posted on social media that the Government was “picking a fight with te Tiriti and it will lose”.

The tribunal has set down a three-day hearing beginning on May 12. Te Rōpū Hauora’s chief executive, Dr Moana Reweti, declined to comment while the inquiry was under way.

The agency’s 2023 annual report, titled “Kia Pūmau: Standing Firm”, showed it had contracted more than 140 Māori providers in its first full year of operation.""",
     [
        ("likely to suffer significant and irreversible", "Waitangi Tribunal"),
        ("This was never just about", "Hemi Tautahi"),
        ("We were elected with a", "Craig Ashworth"),
        ("picking a fight with te", "Ani Kereama"),
     ]),

    ("""Wharfies at Harbourline Terminals' Webb Dock operation in Melbourne walked off the job at 6am on Monday, starting a 48-hour strike the company says will leave more than 30 container ships waiting in Port Phillip Bay.

The stoppage is the latest escalation in a nine-month dispute over a new enterprise agreement, with workers seeking a 21 per cent pay rise over four years and limits on the use of automated straddle carriers.

Tony Karagiannis, Victorian branch secretary of the Waterfront Workers' Union, told a rally outside the terminal gates that members had been left with no other option.

"We've sat at that table for nine months. We've put up proposal after proposal, and every single time Harbourline has come back with nothing. Nothing on pay, nothing on rosters, nothing on the robots.

"Our members aren't asking for the world. They're asking to be able to plan a weekend with their kids," he said.

Several hundred workers and supporters, many carrying placards reading "Fair Go on the Docks", cheered and sounded air horns as Mr Karagiannis finished speaking.

Harbourline chief executive Megan Ostrowski said the union's claim was "simply not affordable in this market" and accused it of holding the national supply chain to ransom in the lead-up to Christmas.

"We have made a generous offer of 14 per cent over four years, which is well above inflation. We remain at the table and we are ready to talk today," she said in a statement.

The Australian Freight Alliance, which represents importers and transport operators, said in a post on X that the strike would cost the economy "tens of millions of dollars a day" and urged the Fair Work Commission to step in.

The commission is due to hear an application from Harbourline on Wednesday to suspend the industrial action. The union has foreshadowed further stoppages at the company's Sydney and Brisbane terminals if the dispute is not resolved.""",
     [
        ("We've sat at that table", "Tony Karagiannis"),
        ("simply not affordable in this", "Megan Ostrowski"),
        ("We have made a generous", "Megan Ostrowski"),
        ("tens of millions of dollars", "Australian Freight Alliance"),
     ]),

    ("""A former general manager of Kurrawang Shire Council who siphoned almost $1.4 million from ratepayers to feed a gambling addiction and buy a luxury cruiser has been jailed for at least four years.

Gregory Allan Fitzsimmons, 58, pleaded guilty in the NSW District Court last year to 23 counts of dishonestly obtaining a financial advantage by deception, committed over six years while he ran the council in the state’s Northern Rivers.

Sentencing him in Lismore on Thursday, Judge Catherine Molloy said the offending had been sustained and calculated, and amounted to a profound betrayal of the community he had been paid to serve.

“The offender occupied the most senior position of trust within the council. He used that position, and the respect it carried, to conceal his offending from auditors, councillors and his own staff,” Judge Molloy said.

The court heard Fitzsimmons set up a fictitious contractor, trading as “Coastal Asset Solutions”, and personally approved dozens of invoices for drainage works that were never carried out.

His barrister, Marcus Feeney SC, had argued that his client’s gambling disorder, diagnosed by a forensic psychiatrist, reduced his moral culpability. Her Honour accepted the diagnosis was genuine, but said it “does not explain the purchase of a 12-metre cruiser”.

In a victim impact statement read to the court, the current Kurrawang mayor, Shirley Anand, said the fraud had forced the council to shelve plans for a new library and apply for a special rate variation.

“Ours is a small community and it is not a wealthy one. Every dollar he took was a dollar that didn’t go to our roads, our pools or our pensioners,” she wrote.

A spokesperson for the Office of Local Government said all NSW councils were now required to have independent audit and risk committees, which would help ensure “nothing like this can happen again”.

Fitzsimmons, who sat with his head bowed as the sentence was handed down, will be eligible for parole in March 2029. He has repaid about $310,000 after selling the boat.""",
     [
        ("The offender occupied the most", "Catherine Molloy"),
        ("does not explain the purchase", "Catherine Molloy"),
        ("Ours is a small community", "Shirley Anand"),
        ("nothing like this can happen", "spokesperson for the Office of Local Government"),
     ]),

    ("""West Australian Treasurer Rita Papadakis has handed down a $4.1 billion surplus, the state’s sixth in a row, while promising every household a $400 electricity credit and a record spend on social housing.

Delivering her fourth budget in State Parliament on Thursday, Ms Papadakis said the iron ore windfall gave the government “a responsibility to invest it, not sit on it”.

“This is a budget for the families in Armadale, in Geraldton and in Kalgoorlie who are doing it tough. It is not a budget for the headlines,” she said.

The centrepiece is $1.2 billion for the government’s “Homes for WA” program, which it says will deliver 5,000 social and affordable homes by 2030, along with $380 million to cut elective surgery waiting lists at Fiona Stanley and Sir Charles Gairdner hospitals.

Net debt is forecast to fall to $27.6 billion, although the budget assumes an iron ore price of US$78 a tonne, well below current levels, and Treasury has flagged a slowdown in Chinese steel demand as the biggest risk to the outlook.

Opposition Leader Brendan Kestel said the surplus was the product of luck rather than good management.

“They’ve had six years of record mining royalties, and the public housing waiting list is longer today than when they came to office. That tells you everything you need to know about this government,” Mr Kestel said.

He also questioned the timing of the electricity credit, which will be paid in July, less than a year before the state election.

The WA Community Services Alliance welcomed the housing spending but said in a statement the budget “does far too little for people already sleeping rough” in Perth and regional centres.

Independent economist Dr Hamish Greaves, of Greaves Advisory, said the state was in an enviable position but cautioned against reading too much into the so-called “Perth bubble” in house prices, which he said was already easing.""",
     [
        ("a responsibility to invest it", "Rita Papadakis"),
        ("This is a budget for", "Rita Papadakis"),
        ("They’ve had six years of", "Brendan Kestel"),
        ("does far too little for", "WA Community Services Alliance"),
     ]),

    ("""Ruahine District ratepayers face an average rates rise of 16.8 per cent after councillors voted 7-4 on Wednesday to adopt the council's long-term plan, which includes $210 million of upgrades to the district's ageing water network.

Mayor Tracey Halloran said it was "the hardest vote I've taken in 12 years around this table".

"Nobody wants to put rates up by this much, least of all in a cost-of-living crisis. But some of our pipes are older than anyone in this room, and Cyclone Gabrielle showed us exactly what happens when infrastructure fails," she said.

Councillor Dave Te Huia, who voted against the plan, said the council had not looked hard enough at its own spending before turning to households.

"We've got a communications team of nine people. Nine. Before we ask a pensioner on a fixed income to find another $700 a year, we should be looking in our own backyard," Cr Te Huia said.

The council received more than 2300 submissions on the draft plan, the most in its history. Hundreds came through the "Fix the Pipes First" campaign run by residents of the coastal settlement of Kōwhai Bay, where a burst main left 400 homes without water for a week last winter.

Ratepayers Action Ruahine, which organised public meetings against the increase, said on its Facebook page that members were "gutted but not surprised" by the outcome.

Council chief executive Anna Whitlock said the average increase would work out at about $13.50 a week, and the council would extend its rates remission scheme for low-income homeowners.

The mayor said she would be writing to Local Government Minister Paul Sorensen to ask for central government support for the water upgrades.

"Smaller councils simply cannot fund this on their own, and Wellington knows it," she said.

The new rates take effect on July 1.""",
     [
        ("the hardest vote I've taken", "Tracey Halloran"),
        ("Nobody wants to put rates", "Tracey Halloran"),
        ("We've got a communications team", "Dave Te Huia"),
        ("gutted but not surprised", "Ratepayers Action Ruahine"),
        ("Smaller councils simply cannot fund", "Tracey Halloran"),
     ]),

    ("""Traditional owners in the Northern Territory’s Barkly region have unanimously rejected a proposed lithium mine on their country, dealing a major blow to a project the Territory Government had promoted as a “critical minerals” opportunity for the bush.

The vote was taken on Saturday at the end of a two-day meeting at Yantara Creek, about 280 kilometres south-east of Tennant Creek, attended by more than 150 traditional owners and their families, the Barkly Land Council said.

“Traditional owners have made a free and informed decision about their own country, and that decision must be respected by everyone, including government,” the land council said in a statement on Monday.

Under the Aboriginal Land Rights (Northern Territory) Act, traditional owners can refuse consent to exploration on Aboriginal land at the initial stage, and a company cannot reapply for five years.

Senior traditional owner Aunty Rosalie Dawson, 74, said the pit would have been dug beside a women’s sacred site and a spring that had never run dry, even in the worst droughts.

“That water has been there since the beginning. My grandmother drank from it, my mother drank from it, my grandkids drink from it. We are not swapping it for a hole in the ground,” she said.

Perth-based Meridian Minerals had spent about $9 million on exploration at the site, known as the Kurlpa project, and had promised up to 180 jobs during construction.

Managing director Craig Vella said the company was “disappointed by the result but respects the process” and would take time to consider its options.

Chief Minister Natalie Brandt told ABC Radio Darwin the decision showed the land rights system was working as it was meant to.

“We want to see jobs in the bush, but not at any cost. Land rights are land rights, and I respect the outcome,” Ms Brandt said.""",
     [
        ("Traditional owners have made a", "Barkly Land Council"),
        ("That water has been there", "Rosalie Dawson"),
        ("disappointed by the result but", "Craig Vella"),
        ("We want to see jobs", "Natalie Brandt"),
     ]),
]
