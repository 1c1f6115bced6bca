CASES = [
    (
        """Governing party holds Leeward North in tight by-election

By Tamika Boothe
Staff Reporter

BELMONT, St Aubin:

The governing Unity Labour Movement (ULM) held on to the Leeward North seat in yesterday's by-election, but with its majority cut to just 212 votes, according to preliminary figures released by the Electoral Office late last night.

ULM candidate Marlon Gaskin, a former principal of Belmont Secondary School, polled 3,417 votes to the 3,205 won by Sharlene Pierre of the opposition National Democratic Alliance (NDA). Independent candidate Curtis "Bigga" Lewis took 188.

"The people of Leeward North have spoken and they have said they want continuity," Gaskin told supporters gathered outside the party's constituency office on Main Street shortly before midnight. "But I heard them too. I heard them on the water, I heard them on the roads, and I am going to work."

Prime Minister Dr Everton Castello, who campaigned in the constituency on each of the last four days, described the result as "a vote of confidence in the recovery programme".

Turnout was 41 per cent, down from 58 per cent at the 2021 general election. Supervisor of Elections Gloria Achong said the low figure was partly because of heavy rain across the north of the island for much of the afternoon.

"We had two polling stations in Fond Rouge where the road was under water for about an hour," Achong said. "Presiding officers stayed open the full hours, and no one who reached the station was turned away."

Pierre, speaking at the NDA's headquarters in Belmont, refused to concede, saying her party would request a recount of ballots in four polling divisions.

"Two hundred votes, with all the resources of the State thrown at this seat? That is not a victory for the ULM. That is a warning," she said.

She accused the Government of "dropping road contracts into the constituency like confetti" in the weeks before the poll, a charge the ULM has denied.

NDA leader Randolph Quashie, in a statement issued this morning, said the margin showed the Government had "lost the confidence of rural voters" and repeated his call for an early general election.

A senior ULM strategist, who asked not to be named because he was not authorised to speak to the media, admitted that the party had expected a larger margin.

"We thought five, six hundred. This one was close, closer than anybody in the campaign was saying. We will have to study the boxes," he said.

The seat fell vacant in March following the death of veteran MP Hilton Romeo, who had represented Leeward North since 1997.

The Electoral Office said a final count would begin at 10 a.m. today at the Belmont Community Centre, with candidates and their agents present.""",
        [
            ("The people of Leeward North", "Marlon Gaskin"),
            ("But I heard them too.", "Marlon Gaskin"),
            ("a vote of confidence in", "Everton Castello"),
            ("We had two polling stations", "Gloria Achong"),
            ("Presiding officers stayed open the", "Gloria Achong"),
            ("Two hundred votes, with all", "Sharlene Pierre"),
            ("dropping road contracts into the", "Sharlene Pierre"),
            ("lost the confidence of rural", "Randolph Quashie"),
            ("We thought five, six hundred.", "senior ULM strategist"),
        ],
    ),
    (
        """Hurricane Perrin: Clean-up begins as 3,000 remain in shelters

PORT ELIAS, St Columba – Thousands of residents across the southern parishes spent yesterday clearing fallen trees and debris as the full scale of the damage left by Hurricane Perrin began to emerge.

The Category 3 storm made landfall near Cap Saline just after 2 a.m. on Tuesday, with sustained winds of 115 miles per hour, according to the St Columba Meteorological Service. By last evening, more than 3,000 people were still in 41 emergency shelters, the National Emergency Management Organisation (NEMO) said.

“What we are seeing in the south is significant,” NEMO director Lt Col Andrea Fontaine told a press briefing at the Emergency Operations Centre. “We have roofs gone, we have the Cap Saline jetty damaged, and we have at least two communities that we still cannot reach by road.”

Fontaine said aerial assessments, carried out with the assistance of a regional security aircraft, showed that the villages of Anse Mitan and Bois Caribe had been cut off by landslides.

She confirmed two deaths: a 67-year-old man who was struck by a falling utility pole in Grande Rivière, and a fisherman who is believed to have drowned while trying to secure his boat.

Prime Minister Wendell Achille, who toured the affected communities by helicopter, described the damage as “heartbreaking, simply heartbreaking”.

“I have lived in this country all my life and I have never seen Cap Saline like this,” he said. “But we are a resilient people. We have rebuilt before and we will rebuild again.”

He said Cabinet would meet in emergency session today to consider a formal request for regional assistance and to discuss drawing on the country’s parametric insurance cover.

The St Columba Electricity Company (COLUMBELEC) said about 60 per cent of customers were without power last night. In a statement, the company said crews had restored supply to the Queen Adelaide Hospital and to the main water treatment plant at Dubois, but warned that some areas in the south “could be without electricity for several weeks”.

Water authority officials advised residents to boil all tap water until further notice.

At the Cap Saline Primary School shelter, 54-year-old vendor Marcia Joseph said she had lost everything.

“The water come in the house to my waist. The fridge, the bed, everything gone,” she said. “I just thank God me and my grandchildren alive.”

A police officer stationed at the shelter, who did not want to be named, said there had been reports of looting at two shops in the town.

“We have men patrolling through the night, but people are desperate,” the officer said.

The Sir Gaston Lafleur International Airport remained closed yesterday. The St Columba Airports Authority said it expected the runway to be cleared in time to receive relief flights by Thursday.""",
        [
            ("What we are seeing in", "Andrea Fontaine"),
            ("We have roofs gone, we", "Andrea Fontaine"),
            ("heartbreaking, simply heartbreaking", "Wendell Achille"),
            ("I have lived in this", "Wendell Achille"),
            ("But we are a resilient", "Wendell Achille"),
            ("could be without electricity for", "St Columba Electricity Company"),
            ("The water come in the", "Marcia Joseph"),
            ("I just thank God me", "Marcia Joseph"),
            ("We have men patrolling through", "police officer"),
        ],
    ),
    (
        """Stayover arrivals hit record high, but hoteliers warn boom is uneven

By Kimberly Noel

Stayover visitor arrivals to Bellmare reached a record 412,000 in 2023, an increase of 14 per cent over the previous year, the Bellmare Tourism Authority (BTA) has announced.

Figures released on Monday show the United States remained the island's largest source market, accounting for 48 per cent of arrivals, followed by the United Kingdom at 21 per cent and Canada at 13 per cent.

Tourism Minister Hon. Dr Celestine Morrow hailed the figures as proof that the government's marketing strategy was working.

"We set ourselves a target two years ago and many people laughed at us," Morrow said at a news conference at the BTA's offices in Rodney Town. "Well, nobody is laughing now. Tourism is putting money directly into the pockets of taxi drivers, craft vendors, farmers and fishermen."

The minister said the authority would increase its marketing spend in Germany and Italy this year, and was "in advanced talks" with two European carriers about direct flights.

But the Bellmare Hotel and Tourism Association (BHTA) cautioned that the growth was fragile.

BHTA president Nigel Samuel-Baptiste said several of the island's smaller properties had yet to see the benefit of the boom, and that airline seat capacity out of North America during the summer months remained a problem.

"Occupancy at the large all-inclusives was in the high eighties last year. Some of our small, locally owned guesthouses were below 50 per cent," he said. "The rising tide is not lifting every boat, and we need to be honest about that."

He also urged the government to revisit the 10 per cent tourism levy introduced in the 2022 budget, which he said had made the island "one of the most expensive destinations in the Eastern Caribbean".

Cruise arrivals, meanwhile, fell by six per cent to 618,000, which the BTA attributed to the repositioning of two ships from the Royal Orion line to the Mediterranean.

According to the BTA's annual report, total visitor expenditure was estimated at US$780 million, roughly a third of the island's gross domestic product.

Economist Keisha Alleyne, a senior lecturer at the Eastern Caribbean Institute of Economics, said the island's heavy reliance on tourism carried real risks.

"Every hurricane season, every recession in the US, every spike in fuel prices is a threat to this economy," Alleyne said in an interview. "Diversification has been talked about for thirty years. What we need now is action."

At the Rodney Town cruise port, taxi operator Reynold Fevrier, who has worked there for 22 years, said the numbers matched what he had seen on the ground.

"Last year was the best year I've had since before Covid," he said. "But when the ship days go down, we feel it right away. The stayover guests, they don't come down to the port."

The BTA said it would release a detailed breakdown of arrivals by district later this month.""",
        [
            ("We set ourselves a target", "Celestine Morrow"),
            ("Well, nobody is laughing now.", "Celestine Morrow"),
            ("in advanced talks", "Celestine Morrow"),
            ("Occupancy at the large all-inclusives", "Nigel Samuel-Baptiste"),
            ("The rising tide is not", "Nigel Samuel-Baptiste"),
            ("one of the most expensive", "Nigel Samuel-Baptiste"),
            ("Every hurricane season, every recession", "Keisha Alleyne"),
            ("Diversification has been talked about", "Keisha Alleyne"),
            ("Last year was the best", "Reynold Fevrier"),
            ("But when the ship days", "Reynold Fevrier"),
        ],
    ),
    (
        """$1.9b budget: No new taxes, but deficit set to widen

By Andre Lashley

CASSIATOWN, St Gerard — Finance Minister Roslyn Baptiste-Carter yesterday presented a $1.9 billion budget to the House of Assembly, promising no new taxes while projecting that the fiscal deficit will widen to 4.1 per cent of gross domestic product in the 2024/2025 fiscal year.

“This is a budget for the people who keep this country running,” Baptiste-Carter said as she began a presentation that lasted just under three hours. “Not one new tax. Not one increase in an existing tax.”

Among the main measures, value added tax on residential electricity bills below $300 a month will be removed from July 1, and the income tax threshold will rise from $36,000 to $42,000. Government will also spend $118 million on road rehabilitation and $64 million on a new wing at the Cassiatown General Hospital.

The minister acknowledged that revenue from the Citizenship by Investment (CBI) programme, which brought in $312 million in 2022, had fallen sharply. She said the government had “made hard choices” in the capital budget and would continue to meet all its obligations to creditors.

Public debt is now estimated at 87 per cent of GDP, up from 82 per cent a year ago.

A senior official in the Ministry of Finance, speaking on condition of anonymity, told the Sentinel that the decline in CBI applications over the last two quarters was the main reason for the gap. “The CBI numbers were soft, and everything else was built on those numbers,” the official said.

Opposition Leader Franklyn Dorsett was blunt in his response outside Parliament: “This is a pre-election budget, pure and simple. They are spending money they do not have, and the bill will come to our children.

“Where is the plan to deal with the debt? Where is the plan for the Social Security fund, which the actuaries have told us will run dry by 2031? The minister spoke for three hours and she did not once say the word ‘pension’.”

The St Gerard Chamber of Industry and Commerce welcomed the VAT relief but said it was concerned about arrears owed to private contractors. Chamber president Denise Warrican estimated that the government owes suppliers more than $140 million.

“Many of our members are carrying the government on their backs. Some have been waiting eighteen months to be paid,” Warrican said. “Relief on electricity is good, but paying your bills on time would be better.”

The Civil Service Association (CSA) said in a statement that it was “deeply disappointed and frustrated” that the budget made no provision for the settlement of salary negotiations for the 2021-2024 period.

“Public officers have gone three years without an increase while the cost of living has risen by more than 15 per cent,” the statement said. The association said it would meet its membership next week to consider its options.

Debate on the budget begins in the House on Tuesday.""",
        [
            ("This is a budget for", "Roslyn Baptiste-Carter"),
            ("Not one new tax.", "Roslyn Baptiste-Carter"),
            ("made hard choices", "Roslyn Baptiste-Carter"),
            ("The CBI numbers were soft,", "senior official in the Ministry of Finance"),
            ("This is a pre-election budget,", "Franklyn Dorsett"),
            ("Where is the plan to", "Franklyn Dorsett"),
            ("Many of our members are", "Denise Warrican"),
            ("Relief on electricity is good,", "Denise Warrican"),
            ("deeply disappointed and frustrated", "Civil Service Association"),
            ("Public officers have gone three", "Civil Service Association"),
        ],
    ),
    (
        """Observers praise conduct of Marisol poll but flag voter list problems

Regional election observers have described last week’s general election in Marisol as peaceful and well organised, but have called for an urgent overhaul of the country’s voters’ list.

In its preliminary report, released on Friday, the Organisation of Island States Electoral Observation Mission said voting on 14 May had taken place ‘in a calm and orderly atmosphere’ and that the results reflected ‘the will of the people of Marisol’.

The governing Marisol People’s Party (MPP) won 11 of the 17 seats in the House of Representatives, returning Prime Minister Ambrose Delacroix for a third consecutive term.

The head of the mission, Dame Hyacinth Leacock, told journalists in the capital, Sainte-Rose, that observers had found large numbers of people who had died or emigrated still on the register.

‘In one polling division in Pointe Basse, our team estimated that as many as one in five names on the list should not have been there,’ she said.

‘We did not see evidence that this affected the outcome. But a voters’ list in that condition is an invitation to abuse, and it undermines public confidence.’

The mission also recommended the introduction of campaign finance legislation, noting that Marisol is one of the few countries in the region with no limits on election spending and no requirement to disclose donations.

The opposition United Progressive Front (UPF), which won six seats, has refused to accept the results in three constituencies. Its leader, Celia Montoute, said on Saturday that the party had evidence of vote buying in Pointe Basse, Rivière Salée and Morne Vert, and would file election petitions in the High Court.

‘People were being handed $200 at the door of the polling station. We have it on video,’ Ms Montoute said. ‘The observers were here for one day. We live here.’

The Electoral and Boundaries Commission said it welcomed the mission’s report and that the cleansing of the voters’ list was ‘already under way’. In a statement, the commission said a house-to-house registration exercise would begin in September.

Mr Delacroix, speaking after a service of thanksgiving at the cathedral in Sainte-Rose on Sunday, dismissed the opposition’s claims.

‘The people voted, the observers have said the people voted freely, and now it is time to move on and govern,’ he said.

A spokesman for the MPP said any allegations of vote buying should be reported to the police.

The mission’s final report is expected within two months.""",
        [
            ("in a calm and orderly", "Organisation of Island States Electoral Observation Mission"),
            ("the will of the people", "Organisation of Island States Electoral Observation Mission"),
            ("In one polling division in", "Hyacinth Leacock"),
            ("We did not see evidence", "Hyacinth Leacock"),
            ("People were being handed $200", "Celia Montoute"),
            ("The observers were here for", "Celia Montoute"),
            ("already under way", "Electoral and Boundaries Commission"),
            ("The people voted, the observers", "Ambrose Delacroix"),
        ],
    ),
    (
        """Above-normal hurricane season forecast as insurers warn of coverage gaps

BAY TOWN, St Anselm - Residents have been urged to begin preparing early for the 2024 Atlantic hurricane season, which forecasters expect to be one of the most active in years.

The St Anselm Meteorological Department, in its seasonal outlook released on Wednesday, is predicting between 18 and 23 named storms, of which eight to eleven could become hurricanes.

"Warm sea surface temperatures in the tropical Atlantic and the expected development of La Niña conditions later in the year are the two main drivers," said chief meteorologist Desmond Prevost. "It only takes one storm to make it a bad season for us, so nobody should look at these numbers and think it will not be their island."

Prevost said the department had installed three new automatic weather stations in the interior since last year, with funding from the Regional Climate Resilience Facility.

The Director of the Office of Disaster Management (ODM), Cheryl Alexis-Joseph, told reporters that all 96 designated shelters had been inspected, but only 71 had been certified as fully ready.

According to Alexis-Joseph, the remaining shelters need repairs to roofs, doors or water tanks, and the work is expected to be completed by the end of July.

"We are asking every household to have a plan: know where your nearest shelter is, have water and food for at least seven days, and secure your important documents," she said.

The warning comes as the Insurance Association of St Anselm reported that fewer than a third of homes on the island carry property insurance.

In its report, "Building Back Stronger: Insurance and Resilience in St Anselm", the association found that many homeowners whose mortgages had been paid off had allowed their policies to lapse, and that premiums had risen by an average of 28 per cent since 2019.

Gordon Theophile, chief executive of Anselm General Insurance, said reinsurance costs were the main reason.

"Our premiums are set in large part by what the international reinsurance market charges us, and after the losses of the last few years, that market sees this region as high risk," he said.

The company said in a statement that it would offer a 10 per cent discount to customers who install approved hurricane shutters or roof straps, describing the measure as "a practical incentive for families to protect their homes".

In the coastal village of Anse Dorée, where more than half the houses lost their roofs in 2017, 71-year-old Josephine Laudat said she was not taking any chances.

"Since the last big storm, I sleep with one eye open every September," she said. "I have my shutters and I have my tins of food. That is all I can do. The rest is in God's hands."

The hurricane season officially runs from June 1 to November 30.""",
        [
            ("Warm sea surface temperatures in", "Desmond Prevost"),
            ("It only takes one storm", "Desmond Prevost"),
            ("We are asking every household", "Cheryl Alexis-Joseph"),
            ("Our premiums are set in", "Gordon Theophile"),
            ("a practical incentive for families", "Anselm General Insurance"),
            ("Since the last big storm,", "Josephine Laudat"),
            ("I have my shutters and", "Josephine Laudat"),
        ],
    ),
    (
        """Residents, environmentalists push back against $400m resort at Crab Hole Bay

By Shanice Morain

GEORGEVILLE, St Hilaire – Plans for a 320-room luxury resort and marina at Crab Hole Bay have drawn strong opposition from residents and environmental groups, who say the project would destroy one of the last intact mangrove systems on the island’s east coast.

The developer, Azure Horizon Holdings, says the US$400 million project will create 900 construction jobs and about 650 permanent positions once the resort opens in 2027.

More than 300 people attended a town hall meeting at the Crab Hole Methodist Church hall on Thursday night, many of them carrying placards bearing the slogan “Save Crab Hole Bay”.

“My grandfather fished in this bay, my father fished in this bay, and I fish in this bay,” said Lennox Barzey, chairman of the Crab Hole Fishermen’s Cooperative. “Where are we supposed to go when they dredge the channel and put a marina there? Nobody has answered that question.”

Marine biologist Dr Anya Christophe, who heads the non-governmental organisation Reef Watch St Hilaire, said the environmental impact assessment commissioned by the developer was inadequate.

“The EIA was done over six weeks in the dry season. It does not tell us anything about turtle nesting, which happens between March and October, and it barely mentions the seagrass beds,” she said.

Christophe said the group had written to the Development Control Authority asking for an independent assessment. “We are not against development. We are against bad development,” she added.

The project is being marketed under the so-called “eco-luxury” model, which pairs high-end villas with nature trails and has been adopted by several resorts in the region.

In a statement issued on Friday, Azure Horizon Holdings said it had “listened carefully and with respect” to residents’ concerns and would set aside 40 acres of mangrove as a protected area.

“We believe this project can deliver world-class tourism and real environmental protection at the same time,” the company said. “Local fishermen will have guaranteed access to the bay at all times.”

Tourism Minister Everard Hinds said the Government had not yet granted final approval.

“No decision has been made. The Development Control Authority will look at all the submissions, including the ones from the town hall, and we will be guided by the science,” Hinds said.

But he added that the east coast had been “left behind for fifty years” while the west coast benefited from tourism.

One Crab Hole resident, a retired schoolteacher who asked not to be named, said the community was divided.

“The young people want the jobs. The old people want the bay. Both of them are right,” she said.

The public comment period on the project closes on June 30.""",
        [
            ("My grandfather fished in this", "Lennox Barzey"),
            ("Where are we supposed to", "Lennox Barzey"),
            ("The EIA was done over", "Anya Christophe"),
            ("We are not against development.", "Anya Christophe"),
            ("listened carefully and with respect", "Azure Horizon Holdings"),
            ("We believe this project can", "Azure Horizon Holdings"),
            ("Local fishermen will have guaranteed", "Azure Horizon Holdings"),
            ("No decision has been made.", "Everard Hinds"),
            ("left behind for fifty years", "Everard Hinds"),
            ("The young people want the", "retired schoolteacher"),
        ],
    ),
    (
        """Downgrade will not derail bond plans, Finance Ministry says

ZBT News

The Government of Belle Terre says it will press ahead with plans to raise US$150 million on the regional bond market, despite a downgrade of the country's credit rating.

Ratings agency Meridian Credit Ratings on Tuesday lowered Belle Terre's long-term sovereign rating from B+ to B, citing slower-than-expected growth in tourism, rising interest costs and "limited progress in reducing the public sector wage bill". The agency kept its outlook at negative, meaning a further downgrade is possible within the next 12 to 18 months.

"Belle Terre's debt burden remains high and its fiscal buffers are thin, leaving it exposed to external shocks, including natural disasters," the report said.

Speaking to reporters at Government Headquarters on Wednesday, Finance Minister Oswald Richards said the downgrade was "disappointing but not surprising".

"We have been very open with the agencies about where we are. We lost almost a full year of tourism revenue during the pandemic and then Hurricane Delia took eleven per cent of GDP in one night," Richards said.

He insisted the Government remained on track to achieve a primary surplus by 2026.

"Every payment to every bondholder has been made on time. That is our record, and it will remain our record," he said.

A spokeswoman for the Ministry of Finance later confirmed that the bond issue, which had been scheduled for next month, would go ahead, though she said the pricing "will have to reflect current market conditions".

Former central bank deputy governor Marcus Olivierre, now an independent economist, said the downgrade would make borrowing more expensive at a time when the government needs to refinance maturing debt.

"Every notch on the rating costs you money. On a bond of that size, you could be looking at an extra two or three million US dollars a year in interest," Olivierre said in an interview with ZBT News.

He said the government's options were limited: "You either raise revenue, you cut spending, or you grow faster. The first two are politically painful before an election, and the third is not in your control."

The Leader of the Opposition, Garfield St Rose, said the downgrade was the direct result of "reckless borrowing and wasteful spending" by the administration.

"For three years we have warned them, and for three years they have laughed at us in Parliament," he told ZBT News. "Now the whole world can see what we have been saying."

The Ministry of Finance said it would publish a mid-year fiscal review by the end of the month.""",
        [
            ("limited progress in reducing the", "Meridian Credit Ratings"),
            ("Belle Terre's debt burden remains", "Meridian Credit Ratings"),
            ("disappointing but not surprising", "Oswald Richards"),
            ("We have been very open", "Oswald Richards"),
            ("Every payment to every bondholder", "Oswald Richards"),
            ("will have to reflect current", "spokeswoman"),
            ("Every notch on the rating", "Marcus Olivierre"),
            ("You either raise revenue, you", "Marcus Olivierre"),
            ("reckless borrowing and wasteful spending", "Garfield St Rose"),
            ("For three years we have", "Garfield St Rose"),
            ("Now the whole world can", "Garfield St Rose"),
        ],
    ),
]
