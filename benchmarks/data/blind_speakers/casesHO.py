CASES = [
    (
        """Karrabin halts Pilbara works after traditional owners allege heritage breach

Fleur Donaghy
Perth

Karrabin Resources has paused clearing work at its Mount Tilbury iron ore expansion in Western Australia’s Pilbara after traditional owners lodged a complaint alleging the company had breached a cultural heritage agreement covering a rock shelter near the project’s planned haul road.

The ASX-listed miner, which ships about 18 million tonnes a year to Chinese steelmakers, said on Tuesday it had halted earthworks within a two-kilometre buffer of the site while an independent archaeologist reviewed the area.

“We take our obligations to the Yinjarra people extremely seriously, and we have stopped work in that area until we have a clear picture of what has happened,” Karrabin managing director Stephen Colquhoun said in a statement to the ASX.

The Yinjarra Aboriginal Corporation, which holds native title over about 9000 square kilometres including the mine lease, said survey crews had been seen inside a zone that the company agreed in 2019 would be off limits.

“This is exactly what the agreement was meant to stop,” corporation chair Marlene Ashby told the Financial Review. “We were told there were fences and flagging and monitors on the ground. Our rangers went out there and found tyre tracks 20 metres from the shelter.”

Ms Ashby said elders had not yet been able to inspect the shelter itself, which contains ochre paintings and grinding stones that an earlier survey dated to at least 12,000 years ago.

“Nobody is saying the mine should shut,” she said. “What we’re saying is that when you sign a piece of paper with us, you keep to it.”

The complaint comes as institutional investors pay closer attention to how miners manage relationships with native title holders, after a string of heritage controversies in the sector prompted a parliamentary inquiry and changes to state law.

Analysts said the pause was unlikely to affect shipments this financial year. “The expansion tonnes weren’t in anyone’s numbers until FY27, so the near-term impact is negligible,” said Priya Raman, a resources analyst at Ellerton Partners. “The bigger question is reputational, and whether this becomes a pattern.”

One fund manager who holds Karrabin shares, and who asked not to be named because of their firm’s policy on media comment, said the board would face questions at the annual meeting in November. “They need to show they’ve learnt something from the last five years of this industry,” the fund manager said.

Mr Colquhoun said the company had invited the corporation to take part in the review and would “share every finding with the traditional owners before anyone else sees it”.

The state’s Department of Planning, Lands and Heritage said it was aware of the matter and was “making inquiries with both parties”.

Karrabin shares fell 2.4 per cent to $3.18.""",
        [
            ("We take our obligations to", "Stephen Colquhoun"),
            ("This is exactly what the", "Marlene Ashby"),
            ("We were told there were", "Marlene Ashby"),
            ("Nobody is saying the mine", "Marlene Ashby"),
            ("What we’re saying is that", "Marlene Ashby"),
            ("The expansion tonnes weren’t in", "Priya Raman"),
            ("The bigger question is reputational,", "Priya Raman"),
            ("They need to show they’ve", "fund manager"),
            ("share every finding with the", "Stephen Colquhoun"),
            ("making inquiries with both parties", "Department of Planning, Lands and Heritage"),
        ],
    ),
    (
        """Hereditary chiefs vow to block pipeline survey crews near Tallus River

Chiefs say company ignored eviction notice served in August

Rhiannon Petit · CBC News

Hereditary chiefs of the Skwenalh Nation in northwestern B.C. say they will physically block survey crews working for a natural gas pipeline company from entering their territory, setting up a potential confrontation in a remote valley east of the coastal town of Kitsella.

Hereditary Chief Marvin Tsakwa told CBC News on Wednesday that a camp had been set up on the only forestry road leading to the Tallus River crossing.

"We served them an eviction notice in August. They chose to ignore it," Tsakwa said. "So now they will have to deal with us on the road."

Northbridge Gas Transmission, which is building a 410-kilometre line to carry gas from the northeast of the province to a proposed export terminal on the coast, says it has permits from the provincial regulator and has signed benefit agreements with 14 of the 16 elected band councils along the route.

"We have spent six years consulting with communities along this corridor, and the overwhelming majority have chosen to partner with us," the company said in an emailed statement. "We respect the right to peaceful protest, but we also have a legal obligation to complete the work our permits require."

The split between elected councils, which administer reserves under the Indian Act, and hereditary leaders, who claim authority over the wider traditional territory, has been at the centre of several pipeline disputes in the province.

The elected chief of the Skwenalh band council, Donna Reeve, said her council signed an agreement with Northbridge in 2022 after a community vote.

"Our members voted for jobs, for a training centre, for money that stays here," Reeve said. "I understand the hereditary chiefs have a different view, and I respect them, but this decision was made by the people."

Tsakwa said the council had no authority to consent to work outside reserve boundaries.

"The band council is an Indian Act creation. It governs the reserve. It doesn't speak for the land," he said.

A spokesperson for B.C.'s Ministry of Energy said in a statement that the province "encourages all parties to resolve their differences through dialogue" and that officials had reached out to both the company and the hereditary chiefs.

The RCMP said it was "monitoring the situation" and had no immediate plans to send officers to the area.

Kerry Whitfield, an associate professor of Aboriginal law at Fraser Coast University, said the courts had yet to settle how much weight hereditary authority carries.

"Until there's a title declaration for that specific territory, everyone is arguing in a grey zone," she said. "Companies treat the elected council's signature as the green light, and the chiefs treat it as meaningless. Both positions have some law behind them."

Survey work is scheduled to begin next week, according to a notice posted on Northbridge's website.""",
        [
            ("We served them an eviction", "Marvin Tsakwa"),
            ("So now they will have", "Marvin Tsakwa"),
            ("We have spent six years", "Northbridge Gas Transmission"),
            ("We respect the right to", "Northbridge Gas Transmission"),
            ("Our members voted for jobs,", "Donna Reeve"),
            ("I understand the hereditary chiefs", "Donna Reeve"),
            ("The band council is an", "Marvin Tsakwa"),
            ("encourages all parties to resolve", "spokesperson"),
            ("monitoring the situation", "RCMP"),
            ("Until there's a title declaration", "Kerry Whitfield"),
            ("Companies treat the elected council's", "Kerry Whitfield"),
        ],
    ),
    (
        """Saskatchewan uranium developer strikes $180-million deal with Dene First Nation

JEFFREY MACLAREN
MINING REPORTER
SASKATOON

Arrowlake Uranium Corp. has signed a benefit-sharing agreement worth up to $180-million with the Clearwater Dene Nation, removing one of the last obstacles to a mine that would be the first new uranium producer in northern Saskatchewan in more than two decades.

Under the deal, announced Thursday, the First Nation will receive annual payments tied to production, a 5-per-cent equity stake that vests over 10 years and a guaranteed share of contracts for camp services, trucking and site maintenance at the proposed Kesik Lake project.

“This is not a donation, and it’s not charity,” Clearwater Dene Chief Rosalie Desjarlais said at a signing ceremony in the community of Kesik Narrows, about 700 kilometres north of Saskatoon. “This is our land, and from now on we are owners in what happens on it.”

Arrowlake chief executive Martin Obi said the agreement had taken three years to negotiate and was, in his view, “the most important document this company will ever sign.”

“You can have the best ore body in the world, and we think we do, but without the consent of the people who live there you have nothing,” Mr. Obi told analysts on a conference call later in the day. “Investors understand that now in a way they didn’t 10 years ago.

“The Clearwater agreement is what makes this project financeable.”

The company expects to file its final environmental impact statement with federal and provincial regulators by the end of the year. It has estimated construction costs at $1.3-billion and says the mine could produce about eight million pounds of uranium concentrate a year at full capacity.

Not everyone in the region welcomed the deal. The Métis local in the nearby hamlet of Birch Portage said it had been left out of negotiations, even though many of its members trap and fish in the watershed downstream of the site.

“We found out about this agreement the same way everyone else did, from a press release,” said Lorne Beaudry, president of Birch Portage Métis Local 71. He said the group would ask the province to require a separate consultation process.

A spokeswoman for Arrowlake said the company had held “more than a dozen meetings” with Métis representatives and would continue talks.

Analysts said the agreement reduces the permitting risk that has kept some institutional investors away from the stock. “Social licence was the big unknown,” said Natalie Ferreira, an analyst at Hollis Dunmore Securities who rates the shares a buy. “Having a signed agreement with the host nation before the EIS goes in is a real de-risking event.”

Arrowlake shares rose 11 per cent on the TSX Venture Exchange to $4.62.

Chief Desjarlais said the community’s priority was to make sure young people were trained for jobs at the mine well before it opens. “Our kids should be running the mill,” she said, “not just cleaning the camp.”""",
        [
            ("This is not a donation,", "Rosalie Desjarlais"),
            ("This is our land, and", "Rosalie Desjarlais"),
            ("the most important document this", "Martin Obi"),
            ("You can have the best", "Martin Obi"),
            ("Investors understand that now in", "Martin Obi"),
            ("The Clearwater agreement is what", "Martin Obi"),
            ("We found out about this", "Lorne Beaudry"),
            ("more than a dozen meetings", "spokeswoman"),
            ("Social licence was the big", "Natalie Ferreira"),
            ("Having a signed agreement with", "Natalie Ferreira"),
            ("Our kids should be running", "Rosalie Desjarlais"),
            ("not just cleaning the camp.", "Rosalie Desjarlais"),
        ],
    ),
    (
        """Traditional owners and graziers join forces against coal mine expansion in Land Court

ABC Capricornia / By Hayley Donnan

Traditional owners and cattle graziers in central Queensland have told the Land Court a proposed expansion of the Wandoo Creek coal mine would drain groundwater they rely on and destroy sites of cultural significance.

The hearing in Rockhampton, which began on Monday, is considering an application by Corvell Coal to extend its open-cut operations 14 kilometres south towards the town of Dingarra.

Garrabul elder Uncle Les Mackie told the court the area held burial sites and ceremonial grounds that had never been properly surveyed.

"My grandfather walked that country. His grandfather walked it before him," Mr Mackie said.

"When they dig that pit, they're not just digging dirt. They're digging up our people."

Grazier Trish Callanan, whose family has run cattle on the neighbouring Bellbird Downs station for four generations, said bores on the property had already dropped by more than two metres since the existing mine began operating.

"We've been told by the company's own consultants that the drawdown could get worse," she said.

"You can't run cattle without water. It's as simple as that."

Corvell Coal's barrister, Andrew Hensley SC, told the court the company had completed two cultural heritage surveys with registered Aboriginal parties and that its groundwater modelling had been independently reviewed.

"The evidence will show that impacts on neighbouring bores are predicted to be within the range that can be managed under a make-good agreement," Mr Hensley said.

In a statement, Corvell Coal said the expansion would secure about 600 jobs for another 20 years.

"Wandoo Creek has been a major employer in the region since 2008 and this expansion is about protecting those jobs and the local businesses that depend on them," the statement said.

The Central Highlands Water Alliance, which is supporting the objectors, said outside court the case was "about who gets to decide what happens to the water".

Alliance coordinator Ben Varga told the ABC the partnership between traditional owners and farmers was unusual for the region.

"Ten years ago you wouldn't have seen these two groups in the same room, let alone on the same side of a court case," he said.

The hearing is expected to run for three weeks. The Land Court will make a recommendation to the state's Resources Minister, who will make the final decision on the mining lease.

Uncle Les said he hoped the court would listen to what the elders had told it.

"We've said our piece. Now it's up to them," he said.

Corvell Coal is expected to call its expert witnesses next week.""",
        [
            ("My grandfather walked that country.", "Les Mackie"),
            ("When they dig that pit,", "Les Mackie"),
            ("We've been told by the", "Trish Callanan"),
            ("You can't run cattle without", "Trish Callanan"),
            ("The evidence will show that", "Andrew Hensley"),
            ("Wandoo Creek has been a", "Corvell Coal"),
            ("about who gets to decide", "Central Highlands Water Alliance"),
            ("Ten years ago you wouldn't", "Ben Varga"),
            ("We've said our piece. Now", "Les Mackie"),
        ],
    ),
    (
        """Ontario's northern mining road stalls as First Nations demand say over review

TORONTO — Ontario's plan to build an all-season road into the mineral-rich Kawinogan Basin, known in the industry as the "Northern Crescent," hit a fresh obstacle on Monday after four First Nations asked the Federal Court to halt a joint environmental assessment they say was designed without them.

The application, filed by the Mushkego Lowlands Treaty Council on behalf of its member communities, argues that Ottawa and Queen's Park breached the Crown's duty to consult when they set the terms of reference for the review last year.

"The Crown wrote the rules for a project on our lands and then invited us to comment on them," Grand Chief Isaac Wabano said in a statement. "That is not consultation. That is notification."

The 300-kilometre road would link the basin, which holds nickel, copper and chromite deposits, to the provincial highway network.

Ontario Mines Minister Gerald Fitzhenry has called the road essential to the province's electric-vehicle supply chain and has promised to have "shovels in the ground" before the next election.

Speaking to reporters at Queen's Park, Fitzhenry said the government respected the court process but would not be slowing down. "We have two First Nations that are proponents of this road, that want this road, that have been asking for this road for twenty years," he said. "We're not going to let them down."

The two communities leading the road's construction, Oskiwin Lake First Nation and Ahkamik First Nation, have said an all-season route would lower the cost of food and fuel, which now arrive by winter road or by air.

"People in the south don't understand what it costs to live here. A jug of milk is fourteen dollars," Oskiwin Lake Chief Carol Keesick told the Financial Post. "This road is about our kids having a future in their own community."

Miners with claims in the basin, including Vancouver-based Trillium Nickel Ltd., have largely held back on spending.

"Nobody is going to commit a billion dollars to a mine you can only reach by plane," said Daniel Osei, a mining analyst at Carver Bay Capital Markets. "The road is the project. Everything else is an option on the road."

Trillium declined to comment on the court filing but said in an e-mailed statement that it "supports a process that has the confidence of all affected communities."

A source in the provincial government, who was not authorized to speak publicly, said officials had been caught off guard by the timing of the filing. "There were meetings scheduled for next month. Nobody saw this coming," the source said.

Wabano said the treaty council was not opposed to development in principle. "Our people have been here for thousands of years, and we will be here long after the mines close," he said. "We want to be at the table when the decisions are made, not on the menu."

The court has not yet set a date to hear the application.""",
        [
            ("The Crown wrote the rules", "Isaac Wabano"),
            ("That is not consultation. That", "Isaac Wabano"),
            ("shovels in the ground", "Gerald Fitzhenry"),
            ("We have two First Nations", "Gerald Fitzhenry"),
            ("We're not going to let", "Gerald Fitzhenry"),
            ("People in the south don't", "Carol Keesick"),
            ("This road is about our", "Carol Keesick"),
            ("Nobody is going to commit", "Daniel Osei"),
            ("The road is the project.", "Daniel Osei"),
            ("supports a process that has", "Trillium Nickel Ltd."),
            ("There were meetings scheduled for", "source in the provincial government"),
            ("Our people have been here", "Isaac Wabano"),
            ("We want to be at", "Isaac Wabano"),
        ],
    ),
    (
        """Land council demands freeze on gas approvals until water study is done

By Jessica Tranh

The Gulf Country Land Council has called on the Northern Territory Government to freeze all new gas production approvals in the Warrangu Basin until a regional water study is completed, warning that springs on Aboriginal land are already showing signs of stress.

In a letter to the Environment Minister sent last week, and seen by the Gulf Herald, the council said approvals issued so far had ‘put the cart well before the horse’.

‘Traditional owners were promised that no production would go ahead until the science on groundwater was finished,’ the letter said. ‘That promise has not been kept.’

The study, formally titled the ‘Warrangu Strategic Regional Environmental Baseline Assessment’, was due to be released last December.

Land council chief executive Raymond Bara said senior Yanula traditional owners had reported lower water levels at several permanent springs south of Marlu Springs.

‘Our old people are telling us the springs near Ngarlu waterhole are lower than they’ve ever seen in the dry,’ Mr Bara said.

‘We’re not scientists, but we’ve been watching that country for a long, long time.’

Redgum Basin Energy, which received approval in March to begin pilot production from six wells, rejected the suggestion that its operations were affecting the springs.

A company spokesman said its wells drew water from a deep aquifer that was ‘geologically isolated’ from the shallow systems feeding the springs.

‘Our monitoring bores have shown no measurable change in shallow groundwater levels since drilling began,’ he said. ‘We publish that data every quarter and anyone can check it.’

Pastoralist Greg Holm, who runs cattle on Coolabah Plains station next to the Redgum lease, said he was not against the industry but wanted the study released.

‘I’ve got nothing against the gas blokes, they’ve been good neighbours,’ he said. ‘But if the water goes, we all go, so let’s see the numbers.’

Environment Minister Nicole Ferris said the government was ‘following the recommendations of the independent inquiry to the letter’.

‘Every approval has been subject to rigorous assessment, and the regional water study is well advanced,’ Ms Ferris said in a statement.

A senior public servant familiar with the study, who did not wish to be named, said its release had been held up by disagreements over modelling. ‘There’s a fight going on about the assumptions, and until that’s sorted it won’t see daylight,’ the official said.

Mr Bara said the council would consider legal action if the government did not respond within a month.

‘We’ve done this the polite way,’ he said. ‘If we have to, we’ll do it the other way.’""",
        [
            ("put the cart well before", "Gulf Country Land Council"),
            ("Traditional owners were promised that", "Gulf Country Land Council"),
            ("That promise has not been", "Gulf Country Land Council"),
            ("Our old people are telling", "Raymond Bara"),
            ("We’re not scientists, but we’ve", "Raymond Bara"),
            ("geologically isolated", "spokesman"),
            ("Our monitoring bores have shown", "spokesman"),
            ("We publish that data every", "spokesman"),
            ("I’ve got nothing against the", "Greg Holm"),
            ("But if the water goes,", "Greg Holm"),
            ("following the recommendations of the", "Nicole Ferris"),
            ("Every approval has been subject", "Nicole Ferris"),
            ("There’s a fight going on", "senior public servant familiar with the study"),
            ("We’ve done this the polite", "Raymond Bara"),
            ("If we have to, we’ll", "Raymond Bara"),
        ],
    ),
    (
        """Hydrogen developer signs land-use deal with Kimberley traditional owners

Tom Rasmussen | Perth

A $4 billion green hydrogen project in the West Kimberley has secured an Indigenous land use agreement with the Nyalgarri native title holders, clearing the way for a 2.2-gigawatt wind and solar farm on about 1200 square kilometres of land near Cape Durrant.

Brightwater Hydrogen announced the agreement on Friday after almost two years of negotiations with the Nyalgarri Prescribed Body Corporate, which manages native title over the area on behalf of about 900 members.

The agreement provides for lease payments, a 10 per cent equity option once the project reaches a final investment decision, and a commitment that at least a fifth of the operational workforce will be Aboriginal.

“For a long time, big projects came to this country and the benefits went somewhere else,” Nyalgarri PBC chair Denise Wunmarra said. “This one is different because we wrote half of it.”

Ms Wunmarra said members had voted 312 to 41 to accept the deal at a meeting in Broome last month, after the company agreed to carve out three areas of cultural significance, including a section of coastline used for turtle and dugong hunting.

Brightwater chief executive Hamish Leclerc told reporters the exclusion zones had reduced the project’s footprint by about 8 per cent, but said it was “a small price for getting this right”.

“We went in thinking we knew what a good agreement looked like, and the Nyalgarri team showed us we didn’t,” Mr Leclerc said.

“I’m not embarrassed to say that. I think it’s made the project better.”

The project still faces significant hurdles. Brightwater has yet to secure an offtake customer, and the economics of green hydrogen have deteriorated as several overseas buyers pulled back from supply agreements last year.

According to one energy consultant who has advised on similar projects, the land agreement removes “one of the three big risks” but leaves the other two – finance and customers – unresolved.

The state’s Energy Minister, Paul Keneally, welcomed the deal. “This is the model we want to see across the north: Aboriginal people as partners, not bystanders,” he said.

Not everyone was convinced. Nyalgarri elder Jimmy Yoorda, who voted against the agreement, said he was worried about the effect on migratory birds that feed on the coastal flats.

“Money is good, jobs are good,” he said. “But that’s a lot of steel going into country that’s never had anything on it. Once it’s there, it’s there.”

Brightwater said in a statement that it would fund environmental monitoring by Nyalgarri rangers for the life of the project under its “Country First” program.

The company is targeting a final investment decision in 2027.""",
        [
            ("For a long time, big", "Denise Wunmarra"),
            ("This one is different because", "Denise Wunmarra"),
            ("a small price for getting", "Hamish Leclerc"),
            ("We went in thinking we", "Hamish Leclerc"),
            ("I’m not embarrassed to say", "Hamish Leclerc"),
            ("one of the three big", "energy consultant who has advised on similar projects"),
            ("This is the model we", "Paul Keneally"),
            ("Money is good, jobs are", "Jimmy Yoorda"),
            ("But that’s a lot of", "Jimmy Yoorda"),
        ],
    ),
    (
        """First Nation says it wasn't told of oilsands tailings seepage for nine months

FORT KELVIN, Alta. — Leaders of a First Nation downstream of one of Alberta's largest oilsands mines say they learned only last week that contaminated water had been seeping from a tailings pond since last spring, and they want answers from the company and the provincial regulator.

Chief Leonard Morin of the Kiskatin Lake Cree Nation said the community, about 60 kilometres downstream on the Mistahi River, had been drinking from and fishing the river without any warning.

"Nine months. For nine months they knew and we didn't," Morin told reporters at a news conference in Edmonton on Tuesday. "Our people were out on the river all summer. Our kids were swimming in it."

The company, Borealis Sands Ltd., confirmed in a statement that it had detected elevated levels of naphthenic acids and arsenic in monitoring wells near its North Cell tailings facility in May and had reported the findings to the Alberta Energy Regulator.

"At no point has there been evidence that the seepage reached the river or any drinking water source," the statement said. "We have installed additional interception wells and are pumping the affected water back into the containment system."

According to the company, the affected water was confined to a zone within 200 metres of the pond.

The regulator said in an email that it had followed "all applicable notification requirements" because the company's monitoring showed no off-site impacts.

Morin said that explanation was not good enough, and that the regulator was effectively "telling us to trust people who have never once earned it."

Alberta's Environment Minister, Sheila Brandt, said she had asked her department for a full briefing.

"I share the concerns that have been raised about the timeline here, and I've asked for a complete accounting of who knew what and when," Brandt said.

Asked whether the rules for notifying downstream communities would change, Brandt said only that "everything is on the table."

Anika Sorensen, a hydrogeologist who has studied groundwater around tailings ponds for 15 years, put it bluntly: "Seepage doesn't stay put. The question is never whether it moves, only how fast and where."

One longtime worker at the site, who asked not to be named because he feared losing his job, said the seepage had been discussed openly among staff for months. "Everybody out there knew. It wasn't a secret on site, it was only a secret off site," he said.

The First Nation is calling for independent water testing, funded by the company but carried out by the community's own monitors.

"We're not asking for anything radical," Morin said. "We're asking to see the numbers with our own eyes."

Shares of Borealis fell 1.8 per cent on the Toronto Stock Exchange on Tuesday.""",
        [
            ("Nine months. For nine months", "Leonard Morin"),
            ("Our people were out on", "Leonard Morin"),
            ("At no point has there", "Borealis Sands Ltd."),
            ("We have installed additional interception", "Borealis Sands Ltd."),
            ("all applicable notification requirements", "Alberta Energy Regulator"),
            ("telling us to trust people", "Leonard Morin"),
            ("I share the concerns that", "Sheila Brandt"),
            ("everything is on the table.", "Sheila Brandt"),
            ("Seepage doesn't stay put. The", "Anika Sorensen"),
            ("Everybody out there knew. It", "longtime worker at the site"),
            ("We're not asking for anything", "Leonard Morin"),
            ("We're asking to see the", "Leonard Morin"),
        ],
    ),
]
