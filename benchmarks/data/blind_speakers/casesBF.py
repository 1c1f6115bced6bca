CASES = [
    (
        """Households in Tamebridge will have their black bins emptied only once every three weeks from April after councillors approved the change last night, despite warnings that it could lead to a surge in fly-tipping.

The borough council’s cabinet voted six to two in favour of the scheme, which forms part of its “Cleaner, Greener Tamebridge” strategy and is expected to save around £1.4 million a year.

Cllr Janet Haworth, cabinet member for environment and highways, said the authority had been left with little choice after more than a decade of reductions in its funding from central government.

“Nobody comes into local politics wanting to cut a service that people value, but we are recycling less than half of what we collect, and every tonne we send to landfill costs us money we simply do not have,” she told the meeting at Tamebridge Town Hall.

She added that every household would be offered a larger recycling bin free of charge and that weekly food waste collections would continue.

Opposition members were unconvinced. Cllr Martin Greaves, leader of the Liberal Democrat group, described the plans as “a false economy dressed up as an environmental policy” and accused the cabinet of rushing the decision through before Christmas.

“Anyone who has walked down the back alleys of Hollins Vale in August knows what happens when bins are left too long. We will see more rats, more fly-tipping and more complaints, and the cost of clearing that up will eat into whatever savings the cabinet thinks it is making,” he said.

The officers’ report to cabinet, “Waste Collection Options 2025–2028”, acknowledged a moderate risk of increased fly-tipping but pointed to similar schemes elsewhere in Greater Manchester which had not led to a sustained rise.

Residents who spoke to the Chronicle were divided. Several pensioners living alone said they rarely filled a bin in a fortnight, but a father of four from Ashton Lane, who asked not to be named, said the change would be “a nightmare waiting to happen” for bigger families.

A spokesperson for Tamebridge Borough Council said: “We understand that any change to bin collections can cause concern. Letters explaining the new arrangements will be sent to every household in February, and assisted collections will continue for residents who need them.”

The new timetable is due to take effect on 7 April.""",
        [
            ("Nobody comes into local politics", "Janet Haworth"),
            ("a false economy dressed up", "Martin Greaves"),
            ("Anyone who has walked down", "Martin Greaves"),
            ("a nightmare waiting to happen", "father of four from Ashton Lane"),
            ("We understand that any change", "spokesperson for Tamebridge Borough Council"),
        ],
    ),
    (
        """A Lancashire hospital trust has apologised after inspectors found patients were being cared for in corridors for up to 30 hours at a time in its emergency department.

The Care Quality Commission rated the A&E department at Royal Ribblesdale Hospital “inadequate” following an unannounced visit in September, downgrading it from “requires improvement”.

In its report, published today, the regulator said staff were working “under extreme and sustained pressure” and found that some patients had waited more than an hour for pain relief after arriving by ambulance.

Ribblesdale Teaching Hospitals NHS Foundation Trust said in a statement: “We are deeply sorry that some of our patients did not receive the standard of care they should rightly expect. We accept the findings in full and have already made significant changes.”

The trust’s chief executive, Dr Fiona McCaskill, said the department had seen a 14 per cent rise in attendances over two years without any increase in physical space. Speaking to the Telegraph, she said: “Our staff are doing an extraordinary job in circumstances none of them would choose. What people have started to call ‘corridor care’ is not something we regard as normal or acceptable, and I want to be clear with our community that we will not allow it to become normal.

“We have opened an additional 22 beds on our acute medical unit, and we are working with our partners in social care to get medically fit patients home more quickly.”

Inspectors also found that mandatory training rates among nursing staff in the department had fallen to 71 per cent, well below the trust’s own target of 90 per cent.

Gareth Lund, regional officer for the Royal College of Nursing in the North West, said members had been raising concerns about staffing levels for more than a year.

“Nurses have told me they go home in tears because they feel they have let patients down,” Lund said. “That is not the fault of the people on the front line. It is the result of years of under-investment, and the government has to accept its share of the responsibility.”

Local MP Sarah Kenworthy said she had written to the Health Secretary requesting an urgent meeting about the hospital.

A woman from Whalley, whose 88-year-old father spent a night on a trolley in the department in August, said the report reflected exactly what her family had seen.

“There were people lying in the corridor with drips up and nurses squeezing past them. Dad kept apologising for being in the way,” she said.

The CQC will return to the hospital within six months to check on progress.""",
        [
            ("under extreme and sustained pressure", "Care Quality Commission"),
            ("We are deeply sorry that", "Ribblesdale Teaching Hospitals NHS Foundation Trust"),
            ("Our staff are doing an", "Fiona McCaskill"),
            ("Nurses have told me they", "Gareth Lund"),
            ("That is not the fault", "Gareth Lund"),
            ("There were people lying in", "woman from Whalley"),
        ],
    ),
    (
        """A man who stabbed a father-of-two to death outside a takeaway in Walsall has been jailed for life and told he must serve at least 19 years before he can be considered for parole.

Kyle Brennan, 24, of Coalpool Lane, was found guilty of murdering 38-year-old Darren Whitehouse following a two-week trial at Wolverhampton Crown Court.

The court heard that Brennan, known to friends as “Bugsy”, had been involved in a row over a parked car minutes before he attacked Mr Whitehouse on Lichfield Street shortly before midnight on 14 March.

Sentencing him on Friday, Judge Caroline Egan said the killing had been senseless and utterly disproportionate.

“You armed yourself with a knife that night for no reason other than to make yourself feel powerful. A decent man who had done nothing to you lost his life, and two young children have lost their father,” the judge told Brennan.

In a victim impact statement read to the court by prosecutor Harjit Sandhu KC, Mr Whitehouse’s partner, Leanne Cope, said she had not slept through the night since his death.

“Darren was the one who held our family together. Our youngest still asks when Daddy is coming home from work, and I don’t know what to tell her,” she wrote.

Brennan, who wore a grey tracksuit, showed no emotion as the sentence was passed. His co-accused, Reece Dunn, 22, was cleared of murder but convicted of assisting an offender and will be sentenced next month.

Speaking outside court, Detective Chief Inspector Neil Oakes, of West Midlands Police’s homicide team, paid tribute to the dignity shown by Mr Whitehouse’s family throughout the trial.

“This was a tragic and entirely avoidable death. Kyle Brennan chose to carry a knife, and he chose to use it. I hope today’s sentence brings some small measure of comfort to Darren’s loved ones,” DCI Oakes said.

He urged anyone with information about knife crime in the area to contact police, or the independent charity Crimestoppers anonymously.

Tyrone Bailey, who runs the “Blades Down” youth project in nearby Bloxwich, said: “Every time this happens we hear the same speeches from the same people. What we need is youth clubs that are open past six o’clock and proper, long-term money for the people doing this work on the ground.”""",
        [
            ("You armed yourself with a", "Caroline Egan"),
            ("Darren was the one who", "Leanne Cope"),
            ("This was a tragic and", "Neil Oakes"),
            ("Every time this happens we", "Tyrone Bailey"),
        ],
    ),
    (
        """A Cork bakery that has supplied bread to generations of northsiders is to close its doors next month, with the family who run it blaming soaring energy costs and commercial rates.

Hegarty's Bakery on Shandon Street, which opened in 1961, will bake its last batch on Saturday, March 29th. Eleven staff will lose their jobs.

Declan Hegarty, who took over the business from his father in 1994, said the decision was the hardest he had ever had to make. "Our electricity bill has gone from around €2,800 a month to more than €7,000. You can only sell so many sliced pans, and you can only put up the price of a loaf so far before people stop coming in. We held on as long as we could."

His sister Maura Hegarty, who works behind the counter, said customers had been in tears since the news was announced on the bakery's Facebook page on Monday.

"People have been coming in with photographs of their communion cakes and wedding cakes from the 1970s, and it's been very emotional for all of us," she said.

In the post, the bakery thanked customers for "sixty-three years of loyalty, good humour and the odd complaint about the crusts".

In the 1980s, Hegarty's vans were a familiar sight across the northside, and the bakery's sponsorship of a local under-12 side earned the team the nickname "the Batch Boys".

Local Independent TD Seán Moloney said the closure was part of a wider trend of small family businesses being squeezed out of the city, and called on the Government to restore energy supports for the sector.

A spokesperson for Cork City Council said it was "always sorry to see a long-established business close" and pointed out that a rates waiver scheme had been available to eligible businesses last year.

The bakery's famous "Shandon brack", a fruit loaf baked to the same recipe since the 1960s, will remain on sale until the final day, although staff expect to sell out well before then.""",
        [
            ("Our electricity bill has gone", "Declan Hegarty"),
            ("People have been coming in", "Maura Hegarty"),
            ("sixty-three years of loyalty, good", "Hegarty's Bakery"),
            ("always sorry to see a", "spokesperson for Cork City Council"),
        ],
    ),
    (
        """Gary Pollitt admitted his Hartfield Town side “got exactly what we deserved” after a stoppage-time header from Jamie Ogunleye condemned the Dyers to a 2-1 defeat against Stanway Athletic at Mill Lane.

The result leaves Town just two points above the League Two relegation zone with eight games remaining, and frustration boiled over at the final whistle as a section of home supporters called for the manager to go.

Rhys Tennant had put the hosts ahead with a deflected effort on 23 minutes, but Stanway levelled through Callum Brierley shortly after the break before Ogunleye rose highest to meet a corner in the 94th minute.

Speaking to BBC Radio Hartfield afterwards, Pollitt made no attempt to hide his anger at his side’s defending.

“We’ve talked all week about set pieces and we’ve worked on them on the training ground, and then we switch off in the last minute of the game. That’s not bad luck. That’s a lack of concentration, and it’s not good enough at this level,” he said.

Asked about the protests, the 47-year-old said he understood the supporters’ frustration.

“They pay their money and they’re entitled to their opinion, but I’m not going to walk away. I’ll fight for this club until somebody tells me otherwise,” he said.

Stanway manager Eddie Mulraney, whose side moved up to seventh, said his players had shown great character to come from behind.

Hours after the final whistle, Hartfield Town published a statement on the club’s website in which chairman Keith Ramsbottom gave his backing to the management team.

“Gary has the complete support of the board. We are all hurting, but the way out of this is to stick together, not to tear each other apart,” he said.

The Hartfield Town Supporters’ Trust has been critical of the club’s so-called “Moneyball” approach to recruitment, which has seen 14 players arrive on short-term deals since the summer. A spokesperson for the trust said fans were “worried, not hysterical” and wanted clarity over the club’s plans for next season.

Town travel to Kelbrook Borough on Saturday.""",
        [
            ("got exactly what we deserved", "Gary Pollitt"),
            ("We’ve talked all week about", "Gary Pollitt"),
            ("They pay their money and", "Gary Pollitt"),
            ("Gary has the complete support", "Keith Ramsbottom"),
            ("worried, not hysterical", "spokesperson for the trust"),
        ],
    ),
    (
        """Parents in a small Highland community have vowed to fight plans to mothball their village primary school, warning that the loss of its only public building would leave young families with little reason to stay.

Highland Council’s education committee will next week consider a recommendation to close Ardcairn Primary School, near Lochcarron, at the end of the summer term. The school currently has seven pupils, down from 19 a decade ago.

Under the proposals, pupils would instead travel by minibus to Strathcarron Primary, a journey of around 35 minutes each way on a single-track road that is regularly blocked by snow in winter.

Morag MacLeod, chairwoman of the school’s parent council, said families had been “blindsided” by the recommendation, which appeared in committee papers published last Thursday.

Mrs MacLeod, who has two children at the school, added: “We were told in November that there would be a full consultation before anything was decided. Instead, we found out from a document on the council website. Nobody is pretending the roll isn’t small, but you don’t save a community by taking away the one thing that keeps young families here.”

A report by council officers, entitled “Sustainable Rural Education Provision”, says the cost per pupil at Ardcairn is more than three times the Highland average and that the building needs an estimated £410,000 of repairs.

A Highland Council spokesperson said: “No final decision has been taken. Mothballing is not the same as closure, and the school could reopen if pupil numbers recover. Any recommendation agreed by committee would be followed by engagement with parents and the wider community.”

Local MSP Alasdair Fraser, who has written to the council’s chief executive, said the plans ran counter to the Scottish Government’s stated commitment to repopulating rural areas.

“You cannot talk about keeping young people in the Highlands in one breath and close their schools in the next. I would urge councillors on the committee to think again,” he said.

Retired teacher Effie Matheson, who taught at Ardcairn for 28 years, said the school had survived previous threats of closure in 1987 and 2004 and she believed it would do so again.

The committee meets in Inverness on Thursday.""",
        [
            ("blindsided", "Morag MacLeod"),
            ("We were told in November", "Morag MacLeod"),
            ("No final decision has been", "Highland Council spokesperson"),
            ("You cannot talk about keeping", "Alasdair Fraser"),
        ],
    ),
    (
        """Residents in west Clare have lodged more than 400 objections to a proposed 14-turbine wind farm, with campaigners warning that the development would transform one of the county’s most scenic landscapes.

Atlantic Crest Energy applied to Clare County Council in January for permission to build the wind farm on upland bog between Kilmihil and Cree. If approved, the turbines would stand up to 185 metres tall, making them among the largest onshore turbines in the country.

The Kilmihil and District Community Alliance, which has erected “No to Mega Turbines” signs along the N68, held a public meeting in the village hall on Tuesday night attended by more than 300 people.

Its secretary, Bríd Considine, told the meeting that the community was not against renewable energy but felt it had been treated as an afterthought.

“We heard about this project from a leaflet in the post. The company held one information evening in Ennis, on a weeknight in December. That is not consultation, that is box-ticking,” she said.

Farmer Pádraig Keane, whose land borders the proposed site, said he had serious concerns about the impact of construction on the bog and on local water supplies.

“My family has been farming here for five generations. There’s a spring on the hill that half the townland drinks from, and nobody from the company has been able to tell me what happens to it when they start digging,” Keane said.

In a statement, Atlantic Crest Energy said the project would generate enough electricity to power around 48,000 homes and would provide a community benefit fund worth an estimated €420,000 a year.

“We have engaged extensively with the local community and will continue to do so throughout the planning process. We recognise that change of this kind can be unsettling, and we are committed to listening to concerns,” the company said.

Fianna Fáil TD Tomás Hehir said he would be making a submission to the council. While Ireland had to meet its climate targets, he said, wind farms had to bring communities with them and could not be “done to people rather than with them”.

Clare County Council is due to make a decision on the application by April 22nd. Observations can be made until March 8th.""",
        [
            ("We heard about this project", "Bríd Considine"),
            ("My family has been farming", "Pádraig Keane"),
            ("We have engaged extensively with", "Atlantic Crest Energy"),
            ("done to people rather than", "Tomás Hehir"),
        ],
    ),
    (
        """Campaigners fighting to reopen a West Yorkshire railway station that closed more than half a century ago have been handed a major boost after ministers agreed to fund a feasibility study.

Thornbury Bridge station, between Keighley and Bingley, shut in 1965 following publication of the Beeching report, "The Reshaping of British Railways". Trains still pass through the village every 15 minutes but have not stopped there for almost 60 years.

The Department for Transport confirmed on Friday that the scheme was among 11 across England to receive money from its "Reconnecting Communities" fund, with £150,000 set aside to assess construction costs and likely passenger numbers.

Aire Valley MP Helen Driscoll, who has campaigned for the reopening since her election in 2019, described the announcement as a fantastic day for the village. She said: "People in Thornbury Bridge watch trains go past the bottom of their gardens every single day, and yet to catch one they have to drive or take two buses into Keighley. That makes no sense, economically or environmentally.

"I want to thank every single person who signed the petition, wrote to me or stood outside the Co-op on a wet Saturday collecting signatures. This is your win."

Trevor Sutcliffe, chairman of the Thornbury Bridge Rail Action Group, which has gathered more than 6,000 signatures, said volunteers had been campaigning for 22 years.

"There were times when we thought it was never going to happen. A few of our original members have sadly passed away, and I know they would have been made up about today," the 74-year-old said.

However, he warned that a feasibility study was only the first step and said the group would keep up the pressure on ministers.

A Department for Transport spokesperson said: "This funding will allow local partners to develop a robust case for reopening. Any decision on construction will depend on the outcome of the study and wider value-for-money considerations."

The Airedale Transport Partnership, which will oversee the study, said in a post on social media that it was "delighted to be part of such a strong local partnership" with the MP and campaigners.

If the study is successful, a new station could open by 2029 at the earliest.""",
        [
            ("People in Thornbury Bridge watch", "Helen Driscoll"),
            ("There were times when we", "Trevor Sutcliffe"),
            ("This funding will allow local", "Department for Transport spokesperson"),
            ("delighted to be part of", "Airedale Transport Partnership"),
        ],
    ),
]
