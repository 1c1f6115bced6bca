CASES = [
    (
        """Norway's Havbryn Energi delays Barents gas decision as costs climb

OSLO, March 12 (Reuters) - Norwegian oil and gas producer Havbryn Energi has postponed a final investment decision on its Tindefjell gas discovery in the Barents Sea by at least a year, citing higher supplier costs and uncertainty over export capacity, the company said on Tuesday.

The discovery, estimated to hold between 90 million and 140 million barrels of oil equivalent, had been expected to win board approval before the end of the year, with first gas planned for 2029.

"We have concluded that the project in its current form does not meet our return requirements," Chief Executive Sigrid Aasland told reporters on a conference call. "We would rather take the time to get it right than sanction something we will regret."

Aasland said Havbryn was in talks with its partners and with neighbouring licence holders about a shared subsea tie-back to existing infrastructure, which she described as "the most realistic path" to development.

Havbryn operates the licence with a 51 percent stake. Polar Sokkel holds 29 percent and Lysaker-based Nordvest Petroleum the remaining 20 percent.

Nordvest said in a separate statement that it supported the operator's decision and remained "committed to maturing Tindefjell together with our partners."

Costs for new developments on the Norwegian continental shelf have risen sharply since 2022 as operators rushed to take advantage of temporary tax incentives, tying up yards, rigs and engineering staff.

"It's a disappointment but not a surprise," said Henrik Wold, an analyst at Fjordkapital Markets in Oslo. "The smaller developments are the first to be squeezed when the supply chain is this stretched, and the Barents is the most expensive place to build anything."

The Ministry of Petroleum and Energy said it had been informed of the decision and expected the licensees "to continue working towards a sound development solution."

Local leaders in the far north, where the project had been expected to support a new supply base, reacted with frustration.

"Every delay like this means fewer jobs in the north and more young people moving south," said Trond Hesjedal, mayor of Vardoysund municipality. He said the council had already spent 60 million crowns upgrading the harbour at Kvalnes in anticipation of the development.

A person close to the partnership, who asked not to be named because the discussions were confidential, said one option under review was to phase the project, starting with a smaller number of wells and adding more once prices and costs became clearer.

"Nobody is walking away from this. It's a question of sequencing," the source said.

Havbryn shares were down 3.1 percent at 0935 GMT, underperforming a 0.4 percent gain in the Oslo benchmark index.

(Reporting by Ingrid Solheim; Editing by Mark Pettersen)""",
        [
            ("We have concluded that the", "Sigrid Aasland"),
            ("We would rather take the", "Sigrid Aasland"),
            ("the most realistic path", "Sigrid Aasland"),
            ("committed to maturing Tindefjell together", "Nordvest Petroleum"),
            ("It's a disappointment but not", "Henrik Wold"),
            ("The smaller developments are the", "Henrik Wold"),
            ("to continue working towards a", "Ministry of Petroleum and Energy"),
            ("Every delay like this means", "Trond Hesjedal"),
            ("Nobody is walking away from", "person close to the partnership"),
        ],
    ),
    (
        """Councillors to consider axing Sunday sailings to north isles

By Ryan Halcrow

ISLANDERS on Brannsay and Uyea Holm could lose their Sunday ferry sailings under cost-cutting proposals going before councillors next week.

A report by the council's transport planning officers, titled "Inter-Island Connections: Options for 2025-26", sets out potential savings of £1.2 million, including a reduced winter timetable on the Brannsay route and the withdrawal of the late-evening run from Scalvoe.

The council says it faces a funding gap of more than £9 million next year and that the ferry service, which costs around £14 million a year to run, cannot be exempt from savings.

Brannsay community council chairwoman Morag Tulloch said residents had been "left completely in the dark" about the plans.

"We found out about this from a post on Facebook," she said. "Nobody from the council has come out to speak to us, and these are the people whose livelihoods depend on getting fish and livestock to market.

"There are families here with bairns boarding at the high school in Scalvoe. If the Sunday boat goes, they can't get them back for the Monday, and that's the end of young families choosing to live here."

Environment and transport committee chairman Alec Jamieson said no decisions had yet been taken.

He said: "Nobody on this council wants to cut ferry services. But we have to be honest with people about the money. If we don't find savings in transport, they will have to come from schools or social care, and I don't think anybody wants that either."

Mr Jamieson added that the local authority would continue to press the Scottish Government to take on the cost of replacing the inter-island fleet, which he said was "the oldest in Scotland by some distance".

Two of the council's seven inter-island vessels are more than 45 years old, and the Brannsay ferry spent eleven weeks out of service last year because of engine problems.

A spokeswoman for the Northern Isles Transport Partnership said the body was "aware of the concerns raised by island communities" and would respond formally to the council's consultation.

The Save Our Sailings group, set up when a similar proposal was floated in 2019, said it would hold a public meeting in Brannsay hall on Thursday evening.

Its organiser, crofter Davie Isbister, said: "We beat this once and we'll beat it again. What people in the town forget is that for us the ferry isn't a nice-to-have. It's the road."

Mr Isbister said he expected "a full hall and a lot of angry folk" and urged councillors representing the north isles ward to attend.

The full council will consider the report on Wednesday 19 March.""",
        [
            ("left completely in the dark", "Morag Tulloch"),
            ("We found out about this", "Morag Tulloch"),
            ("There are families here with", "Morag Tulloch"),
            ("Nobody on this council wants", "Alec Jamieson"),
            ("the oldest in Scotland by", "Alec Jamieson"),
            ("aware of the concerns raised", "spokeswoman"),
            ("We beat this once and", "Davie Isbister"),
            ("a full hall and a", "Davie Isbister"),
        ],
    ),
    (
        """Mass die-off at western Norway fish farm prompts calls for inquiry

By Kari Ness Lunde

Around 420,000 farmed salmon have died at a fish farm in Ytre Hjelmsund in western Norway over the past three weeks, in what local politicians are calling one of the worst mortality incidents ever recorded in the region.

The farm, operated by Kvitnes Sjømat AS, was hit by a combination of high sea temperatures, gill disease and repeated delousing treatments, according to figures the company has reported to the authorities.

In a statement on its website, Kvitnes Sjømat said it was “deeply sorry for what has happened at the site” and had brought in extra crews to remove dead fish around the clock.

“Fish welfare is our highest priority, and we are cooperating fully with the inspectors,” chief executive Ørjan Myklebust said when contacted on Monday. “We will not restock the site until we understand exactly what went wrong.”

The Norwegian Aquaculture Inspectorate confirmed it had carried out two unannounced inspections at the farm and had ordered the company to submit a new fish welfare plan by the end of the month.

“We take mortality on this scale extremely seriously,” said section head Lars Tveit. He declined to say whether the inspectorate would recommend a fine.

Ytre Hjelmsund mayor Anne-Lise Brekke said the municipality had received dozens of complaints from residents about the smell from a waste barge moored in the bay.

“People here have accepted the fish farms because they bring jobs and tax revenue,” Brekke told the local newspaper Hjelmsund Avis. “But that acceptance depends on the industry doing things properly. What we have seen these last weeks is not doing things properly.”

She said she would ask the county governor’s office for an independent review.

“This is not bad luck. This is the predictable result of putting too many fish into a fjord that cannot cope,” said Eirik Sand of the environmental organisation Fjordvern Vest, which has called for a moratorium on new licences in the area.

A fish health biologist who has worked at several farms in the region, and who did not want to be named for fear of losing work in the industry, said repeated thermal delousing was “incredibly hard on fish that are already weakened” and that the practice had become routine.

The industry organisation Havbruk Norge Vest said in an email that mortality across the sector had fallen over the past two years and that individual incidents “should not be used to paint a picture of the whole industry.”

Norwegian salmon farmers lost more than 60 million fish in sea pens last year, according to official figures, with winter ulcers, gill disease and lice treatments among the main causes.

Kvitnes Sjømat employs 38 people at its two sites in the municipality. The company said none of the employees would lose their jobs as a result of the incident.""",
        [
            ("deeply sorry for what has", "Kvitnes Sjømat AS"),
            ("Fish welfare is our highest", "Ørjan Myklebust"),
            ("We will not restock the", "Ørjan Myklebust"),
            ("We take mortality on this", "Lars Tveit"),
            ("People here have accepted the", "Anne-Lise Brekke"),
            ("But that acceptance depends on", "Anne-Lise Brekke"),
            ("This is not bad luck.", "Eirik Sand"),
            ("incredibly hard on fish that", "fish health biologist"),
            ("should not be used to", "Havbruk Norge Vest"),
        ],
    ),
    (
        """Caledon Offshore puts west of islands gas stake up for sale

Fiona Rennie in Aberdeen

Caledon Offshore, the Aberdeen-based oil and gas producer, is seeking a buyer for its 40 per cent stake in the Sgeir Dubh gas field west of the islands, as it shifts capital away from UK waters in response to what chief executive Graham Munro calls a 'hostile and unpredictable' tax regime.

The company has appointed advisers to run a sale process that people familiar with the matter said could value the stake at between £300mn and £450mn.

'We have been clear for some time that the UK is becoming a harder place to invest,' Munro said in an interview. 'We are not leaving the North Sea, but we have to put our money where the returns are, and today that is Norway.'

Caledon last year acquired stakes in two fields on the Norwegian continental shelf, where the tax system allows companies to deduct most investment costs immediately. Munro said the company expected to spend more than half of its capital budget in Norway from next year.

The windfall tax on UK oil and gas producers, which took the headline rate on profits to 78 per cent, has prompted several mid-sized operators to cut spending or put assets up for sale.

Priya Mehta, an analyst at Strathmore Securities, said Sgeir Dubh was 'a good field in the wrong jurisdiction'. 'Whoever buys it is likely to be a private equity-backed company with tax losses to use. The majors simply aren't looking at the UK any more,' she said.

Gas from the field is piped to the Loch Arnsay terminal on Eilean Arnsay, which employs about 180 people and is the largest private employer on the island.

Kenneth MacAulay, leader of Arnsay Islands Council, said he had sought assurances from Caledon that the terminal's future would not be affected by the sale.

'For a community of our size these are not just jobs, they are the backbone of the local economy,' he said. 'We need whoever comes in next to be committed to the terminal for the long term, not to run it down and walk away.'

Caledon said the terminal was 'not part of the sale process' and would continue to be operated by its existing joint venture.

The UK government said in a statement that the North Sea would 'continue to play an important role' in the energy transition and that it was working with industry on 'a stable and predictable' fiscal framework for the years ahead.

Industry executives remain sceptical. One senior figure at a rival operator said privately that the sale was 'the first of many', adding that boards were struggling to justify new UK investment to shareholders.

Caledon's shares rose 2.4 per cent in London on Tuesday.""",
        [
            ("hostile and unpredictable", "Graham Munro"),
            ("We have been clear for", "Graham Munro"),
            ("We are not leaving the", "Graham Munro"),
            ("a good field in the", "Priya Mehta"),
            ("Whoever buys it is likely", "Priya Mehta"),
            ("For a community of our", "Kenneth MacAulay"),
            ("We need whoever comes in", "Kenneth MacAulay"),
            ("not part of the sale", "Caledon Offshore"),
            ("continue to play an important", "UK government"),
            ("a stable and predictable", "UK government"),
            ("the first of many", "senior figure at a rival operator"),
        ],
    ),
    (
        """Norroy councillors back 'Nordic option' study

By Calum Drever

Councillors in Norroy have voted to commission a study into closer links with Norway and the Faroe Islands, after a heated four-hour debate in the council chamber in Kirkhavn.

The motion, tabled by council leader Ingrid Flett, was passed by 14 votes to seven, with one abstention.

Opening the debate, Ms Flett told members: "For decades this council has gone cap in hand to Edinburgh and to London, and for decades we have been told to wait our turn.

"I am not asking anyone today to vote for independence or to become part of Norway. I am asking us to look seriously at the options, because the status quo is failing the people of these islands."

She said the study would cost no more than £40,000 and would be carried out by "an independent body with no axe to grind".

Opponents said the so-called "Nordic option" was a distraction from problems closer to home.

Councillor Stewart Rendall, who represents the East Isles ward, said the motion was "a distraction from the real problems" facing islanders.

"We have a housing crisis, we have ferries breaking down every other week and we have a care home that can't find staff," he said. "And we're spending time and money on a report about the Vikings? People will laugh at us."

Green councillor Heather Linklater backed the motion but warned colleagues against turning it into a constitutional row.

"This can't just be about grievance," she said. "If we're going to do this, let's do it properly and involve the people of the isles at every stage."

The islands' MSP, Neil Spence, said in a statement: "I understand the frustration behind this motion and I share much of it. But the answer to our problems lies in a fair funding settlement, not in redrawing the map."

A Scottish Government spokesperson said: "We are committed to empowering island communities and have already introduced a range of measures through the Islands Act and the National Islands Plan. We will continue to work constructively with Norroy Islands Council."

Outside the chamber, one Kirkhavn shopkeeper, who did not want to be named, said: "Folk are fed up, that's all this is. Nobody really thinks we're going to become Norwegian."

The findings of the study are expected to be reported to the council's policy and resources committee in the autumn.""",
        [
            ("For decades this council has", "Ingrid Flett"),
            ("I am not asking anyone", "Ingrid Flett"),
            ("an independent body with no", "Ingrid Flett"),
            ("a distraction from the real", "Stewart Rendall"),
            ("We have a housing crisis,", "Stewart Rendall"),
            ("And we're spending time and", "Stewart Rendall"),
            ("This can't just be about", "Heather Linklater"),
            ("If we're going to do", "Heather Linklater"),
            ("I understand the frustration behind", "Neil Spence"),
            ("We are committed to empowering", "spokesperson"),
            ("Folk are fed up, that's", "Kirkhavn shopkeeper"),
        ],
    ),
    (
        """County approves electric ferry contract despite anger over yard choice

By Nils Brattli

Nordvest county council on Tuesday voted to award a ten-year contract for the Halsnes–Brekkevik ferry crossing to Fjordlinjen Ferjer, which plans to build two new battery-electric ferries at a shipyard in Turkey.

The contract, worth around 1.4 billion kroner over its lifetime, was approved by 29 votes to 18 after a debate that lasted most of the afternoon.

“This is the biggest single investment in zero-emission transport this county has ever made,” said Marte Solbakken, who leads the county’s transport committee. “In two years’ time, one of the busiest crossings on the west coast will run almost entirely on hydropower.”

According to Fjordlinjen Ferjer, the new vessels will cut emissions on the crossing by around 95 percent and increase capacity from 120 to 160 cars per departure.

The choice of yard has caused anger in Brekkevik, where the local shipyard, Brekkevik Verft, also bid for the work.

Geir Olav Rønning, chief shop steward at the yard, put it bluntly: “We build some of the best ferries in the world thirty kilometres from this crossing, and the county sends the work to Turkey. Nobody in this valley understands that.”

Fjordlinjen Ferjer said in a press release that the Turkish yard had offered “the best combination of price, delivery time and technical quality.”

Chief executive Pål Engebretsen told reporters the company had wanted to build in Norway. “We would have been happy to build here, but the Norwegian bid was almost 40 percent higher,” he said. “At the end of the day it is passengers and taxpayers who pay for this.”

A senior official in the county administration, speaking on condition of anonymity, said procurement rules left politicians with little room for manoeuvre: “Under EEA procurement rules we cannot simply reserve a contract for Norwegian yards. The lawyers would have had us in court within a week.”

The opposition also criticised a planned increase in fares on the route. Svein Arne Hope of the Progress Party said the new contract amounted to “a tax on people who live on the wrong side of the fjord.”

Under the contract, a single car ticket will rise from 142 to 165 kroner next year, though commuters with a discount card will see smaller increases.

Solbakken rejected the criticism. “Fares on this route have been frozen for four years. A modest increase is not unreasonable when people are getting brand new ferries,” she said.

The new vessels are due to enter service in the spring of 2027.""",
        [
            ("This is the biggest single", "Marte Solbakken"),
            ("In two years’ time, one", "Marte Solbakken"),
            ("We build some of the", "Geir Olav Rønning"),
            ("the best combination of price,", "Fjordlinjen Ferjer"),
            ("We would have been happy", "Pål Engebretsen"),
            ("At the end of the", "Pål Engebretsen"),
            ("Under EEA procurement rules we", "senior official in the county administration"),
            ("a tax on people who", "Svein Arne Hope"),
            ("Fares on this route have", "Marte Solbakken"),
        ],
    ),
    (
        """Councillors reject plans for salmon farm off Cearnsay

Plans for a large salmon farm off the Hebridean island of Cearnsay have been rejected by councillors after hundreds of objections from residents and creel fishermen.

Hebridean Sea Harvest wanted to install 12 pens in Loch Seabhaig, capable of holding up to 2,500 tonnes of fish.

The company said the development would create 22 full-time jobs on the island, which has a population of about 400.

But members of the council's planning committee voted by seven to four to refuse the application, going against the recommendation of planning officials.

Committee member Donald MacIver said he had "never seen a community so united against something".

"I've sat on this committee for nine years and I have never had as many letters on a single application," he said.

"People are not against jobs. They are against having their bay turned into an industrial site."

The Cearnsay Community Trust, which owns much of the land around the loch, had lodged a formal objection.

Its chairwoman, Catriona Nicolson, said: "This was never about being anti-salmon farming. Several families here work in the industry.

"It was about the scale of this proposal and the location, right at the mouth of a loch that our creel boats rely on."

In a statement, Hebridean Sea Harvest said it was "extremely disappointed by the committee's decision".

"We carried out one of the most thorough environmental assessments ever undertaken for a site of this kind, and the regulator raised no objection," the statement said.

"We will now consider all of our options, including an appeal to Scottish ministers."

The Scottish Marine Protection Agency had granted a licence for discharges from the site earlier this year.

Fiona Baird, chief executive of the trade body Salmon Growers Scotland, said the decision sent "a worrying signal to investors".

"Rural and island communities need year-round, well-paid jobs, and this is exactly the kind of project that provides them," she said.

Local creel fisherman Alasdair Morrison, 58, said he was relieved by the outcome.

"My father fished this loch and his father before him," he said. "Tonight I can tell my son there's still a future in it."

The company has three months to lodge an appeal.""",
        [
            ("never seen a community so", "Donald MacIver"),
            ("I've sat on this committee", "Donald MacIver"),
            ("People are not against jobs.", "Donald MacIver"),
            ("This was never about being", "Catriona Nicolson"),
            ("It was about the scale", "Catriona Nicolson"),
            ("extremely disappointed by the committee's", "Hebridean Sea Harvest"),
            ("We carried out one of", "Hebridean Sea Harvest"),
            ("We will now consider all", "Hebridean Sea Harvest"),
            ("a worrying signal to investors", "Fiona Baird"),
            ("Rural and island communities need", "Fiona Baird"),
            ("My father fished this loch", "Alasdair Morrison"),
            ("Tonight I can tell my", "Alasdair Morrison"),
        ],
    ),
    (
        """Climate activists chain themselves to gates of Arctic gas plant in Norway

Oslo (AFP) - Dozens of climate activists blocked the entrance to a liquefied natural gas plant in Arctic Norway on Thursday, demanding that the government halt new oil and gas exploration, police and organisers said.

About 40 protesters, some of them chained to the gates, prevented vehicles from entering the Kjollevik LNG facility near the town of Hammarvik, according to the local police district.

"We are here because the government keeps handing out new licences as if the climate crisis did not exist," said Selma Hovland, a 23-year-old spokeswoman for the group Ungdom mot Olje (Youth Against Oil).

"Norway likes to present itself as a climate champion. But every barrel we pump is burned somewhere else," she told AFP by telephone from the site.

The plant's operator, Nordlys Gass, said production had not been affected.

"Safety is our top priority and we respect people's right to protest peacefully, as long as it is done lawfully," company spokesman Knut Erik Dahl said.

Police said 17 people had been removed from the site and fined by late afternoon. An officer at the scene told AFP the operation had been "calm and without drama".

Norway is western Europe's largest producer of oil and gas and has become the European Union's main supplier of natural gas since Russia's invasion of Ukraine in 2022.

The centre-left government has defended its plans to keep offering new exploration acreage, arguing that Europe will need gas for decades.

"Norway will continue to be a stable supplier of gas to Europe for many years to come," Energy Minister Terje Vollan told reporters in Oslo. "Without Norwegian gas, European homes would be colder and European industry would be burning more coal."

In Hammarvik, a town of some 9,000 people, the plant is a major employer. Mayor Rune Pedersen said it was "the reason this town still has a school and a hospital".

"I respect young people who care about the climate, but I wish they would also talk to the people who live here," he added.

The group said in a statement posted on its website that protests would continue "until the last licence round is cancelled".

"We will come back, and there will be more of us," Hovland said.

Environmental groups have lost several court cases against the state over Arctic drilling in recent years, although a ruling last year forced the government to carry out new climate assessments for three fields.""",
        [
            ("We are here because the", "Selma Hovland"),
            ("Norway likes to present itself", "Selma Hovland"),
            ("Safety is our top priority", "Knut Erik Dahl"),
            ("calm and without drama", "officer at the scene"),
            ("Norway will continue to be", "Terje Vollan"),
            ("Without Norwegian gas, European homes", "Terje Vollan"),
            ("the reason this town still", "Rune Pedersen"),
            ("I respect young people who", "Rune Pedersen"),
            ("until the last licence round", "Ungdom mot Olje"),
            ("We will come back, and", "Selma Hovland"),
        ],
    ),
]
