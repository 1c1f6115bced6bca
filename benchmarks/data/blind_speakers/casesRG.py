CASES = [
    (
        """Developing nations walk out of Bonn climate session in row over adaptation cash

By Tomas Lindqvist

BONN, June 13 (Reuters) - Negotiators from more than 40 developing countries walked out of a closed-door session at U.N. climate talks in Bonn on Thursday, accusing wealthy nations of backtracking on a pledge to double funding to help poorer states adapt to rising seas and extreme heat.

The walkout, which delegates said lasted about two hours, deepened a rift that has overshadowed the two-week meeting, a preparatory round ahead of the annual COP summit in November.

"We did not come here to be lectured about fiscal constraints while our farmland is turning to salt," said Amara Kollie, Liberia's lead negotiator, who chairs the bloc of least developed countries. "The money was promised. We are asking for a timetable, nothing more."

Kollie said the bloc would not accept any draft text that dropped a reference to the doubling target, which rich countries agreed to in 2021.

A European Union official, who asked not to be named because the negotiations were private, said the bloc remained committed to the goal but could not sign up to fixed annual figures "in a year when every budget in Europe is under pressure."

The EU's climate commissioner, Henrik Vaalgren, told reporters late on Wednesday that the bloc had delivered "more than its fair share" of public climate finance in recent years, and he urged China and wealthy Gulf states to contribute.

"The donor base has to widen. That is simply arithmetic," Vaalgren said.

China's delegation did not respond to a request for comment. In a statement issued on Tuesday, the Coalition of Emerging Economies, a negotiating bloc that includes China and India, said developed countries bore "historical responsibility for the climate crisis" and that voluntary contributions from developing nations should not be treated as obligations.

Analysts said the dispute was unlikely to be resolved before November.

"What we are seeing is a rehearsal of the fight that is coming at COP," said Priya Menon, a senior fellow at the Delhi-based Centre for Climate Equity. "Nobody wants to show their cards in Bonn."

Developed countries provided about $28 billion in adaptation finance in 2022, according to the latest estimates from the Global Adaptation Finance Tracker, a research group, well short of the $200 billion to $400 billion a year that U.N. experts say poorer countries need.

Talks were scheduled to close on Thursday evening, though several delegates said they expected sessions to run into the night.

(Reporting by Tomas Lindqvist; Additional reporting by Jun Hao in Beijing; Editing by Mark Potter)""",
        [
            ("We did not come here", "Amara Kollie"),
            ("The money was promised. We", "Amara Kollie"),
            ("in a year when every", "European Union official"),
            ("more than its fair share", "Henrik Vaalgren"),
            ("The donor base has to", "Henrik Vaalgren"),
            ("historical responsibility for the climate", "Coalition of Emerging Economies"),
            ("What we are seeing is", "Priya Menon"),
            ("Nobody wants to show their", "Priya Menon"),
        ],
    ),
    (
        """‘We are in uncharted territory’: North Atlantic heat record alarms scientists

Sea surface temperatures have broken monthly records for 14 months in a row, with researchers warning of knock-on effects for fisheries and storms

Fiona Garrow Environment correspondent

Sea surface temperatures in the North Atlantic have broken monthly records for the 14th consecutive month, according to new data, prompting scientists to warn that the ocean may be shifting into a hotter state faster than climate models predicted.

The average temperature across the basin in May was 0.9C above the 1991-2020 average, according to analysis by the Coastal Ocean Research Unit at Penhallow University, which combines satellite readings with measurements from thousands of floats and buoys.

“We are in uncharted territory,” said Prof Helena Marsh, the oceanographer who led the analysis. “Every month we think the curve must bend back towards normal, and every month it doesn’t. I’ve stopped being surprised, and that in itself worries me.”

Marsh said part of the heat could be explained by a developing El Niño and by cleaner shipping fuels, which have reduced the sulphur pollution that previously reflected some sunlight back into space. But those factors did not account for the full anomaly, she said.

“There is a residual we can’t fully explain yet. It may be natural variability, it may be something in the system we haven’t understood. Either way, the background is a planet that we have warmed by burning fossil fuels.”

Other scientists urged caution about reading too much into a single ocean basin. Dr Kwame Asante, a climate modeller at the Northfield Centre for Climate Prediction, said models had always shown that “short bursts of faster warming” were possible within a longer-term trend.

“It’s not that the models are broken,” he said. “It’s that the real world has a lot of noise, and we happen to be sitting on top of a very big spike of it right now.”

The warming is already being felt along the coast. Fishers in Cornwall have reported catching species usually found much further south, while a marine heatwave off the west coast of Scotland last summer was linked to the deaths of tens of thousands of farmed salmon.

Jamie Penrose, who skippers a trawler out of Newlyn, said the season had been “strange from start to finish”. “We were pulling up triggerfish in March,” he said. “My dad fished here for 40 years and he never saw one.”

The fisheries minister, Daniel Hartley, said the government was “monitoring the situation closely” and had committed £12m to research into the effect of warming seas on fish stocks.

Campaigners said that was not enough. Rosa Delgado, of the campaign group Blue Horizon Alliance, said: “Monitoring is what you do when you have no plan. We have the science. What we need is ministers willing to act on it.”""",
        [
            ("We are in uncharted territory", "Helena Marsh"),
            ("We are in uncharted territory,", "Helena Marsh"),
            ("Every month we think the", "Helena Marsh"),
            ("There is a residual we", "Helena Marsh"),
            ("short bursts of faster warming", "Kwame Asante"),
            ("It’s not that the models", "Kwame Asante"),
            ("It’s that the real world", "Kwame Asante"),
            ("strange from start to finish", "Jamie Penrose"),
            ("We were pulling up triggerfish", "Jamie Penrose"),
            ("My dad fished here for", "Jamie Penrose"),
            ("monitoring the situation closely", "Daniel Hartley"),
            ("Monitoring is what you do", "Rosa Delgado"),
        ],
    ),
    (
        """Oil producer to pay $42 million over methane leaks at Texas sites

By DANA WHITFIELD
Associated Press

MIDLAND, Texas (AP) — A Houston-based oil and gas producer has agreed to pay $42 million to settle federal and state allegations that it failed to fix methane leaks at hundreds of wells and storage sites in the Permian Basin, officials announced Tuesday.

Redwater Petroleum Corp. did not admit wrongdoing under the settlement, which also requires the company to spend an estimated $60 million on monitoring equipment and to plug 120 abandoned wells over the next five years.

"This is one of the largest methane settlements we have ever reached, and it sends a clear message to the industry," Assistant Attorney General Lorraine Pike said in a statement. "If you vent or leak climate pollution, you will pay for it."

Inspectors using infrared cameras found gas escaping from tanks, valves and flares at 312 sites between 2019 and 2022, according to the complaint filed in federal court. Methane is a potent greenhouse gas that traps more than 80 times as much heat as carbon dioxide in its first 20 years in the atmosphere.

Redwater said in a statement that it had "cooperated fully and transparently" with investigators and had already replaced much of the equipment identified in the complaint.

"Redwater has cut its methane intensity by more than half since 2020, and we will continue to invest in technology that keeps gas in the pipe," the company said.

Residents near some of the sites said the settlement came too late. Maria Elena Cordova, who lives about half a mile from a Redwater tank battery outside the town of Garnett, said her family had complained for years about a rotten-egg smell, nosebleeds and headaches.

"We called everybody. We called the state, we called the company, we called the county," Cordova said. "Nobody came until the cameras came."

She said she planned to speak at a public meeting on the settlement next month.

Environmental groups welcomed the agreement but said enforcement alone would not fix the problem. Jeff Okafor, a senior attorney with the nonprofit Prairie Air Defense Fund, said state regulators needed to require more frequent inspections and to stop granting routine flaring permits.

"A settlement every few years is not a regulatory program," he said. "It's a cost of doing business."

The Texas Oil and Gas Board, which regulates drilling in the state, said in an email that it had "significantly strengthened inspection protocols" in recent years and had assisted federal investigators in the case.

The Permian Producers Association, an industry group, said most operators had voluntarily reduced emissions and warned that "heavy-handed federal mandates" could drive up energy costs for consumers.

The settlement is subject to a 30-day public comment period and approval by a federal judge.""",
        [
            ("This is one of the", "Lorraine Pike"),
            ("If you vent or leak", "Lorraine Pike"),
            ("cooperated fully and transparently", "Redwater Petroleum Corp."),
            ("Redwater has cut its methane", "Redwater Petroleum Corp."),
            ("We called everybody. We called", "Maria Elena Cordova"),
            ("Nobody came until the cameras", "Maria Elena Cordova"),
            ("A settlement every few years", "Jeff Okafor"),
            ("It's a cost of doing", "Jeff Okafor"),
            ("significantly strengthened inspection protocols", "Texas Oil and Gas Board"),
            ("heavy-handed federal mandates", "Permian Producers Association"),
        ],
    ),
    (
        """Climate protesters guilty over oil terminal blockade

Five climate activists who blocked the entrance to an oil terminal for three days have been found guilty of causing a public nuisance.

The group, from the campaign network Last Chance Coalition, locked themselves to oil drums outside the Kingsford Marine Terminal in Essex in August 2023, Chelmsford Crown Court heard.

Prosecutor Simon Heald KC told jurors the protest had caused "serious and sustained disruption" to fuel deliveries across south-east England, with some petrol stations running dry.

Defendant Ellie Nash, 24, from Colchester, told the court she had acted out of "pure desperation, not malice".

"I've read the science. I've done the marches, I've signed the petitions, I've written to my MP," she said.

"None of it has made any difference. I did this because I genuinely believe we are running out of time."

The jury took just under four hours to reach unanimous verdicts on Friday.

Judge Caroline Ashworth adjourned sentencing until next month and warned the defendants that custodial sentences were "very much on the table".

All five were granted bail.

Outside court, about 60 supporters gathered with banners and drums.

Another defendant, Tom Achebe-Reid, 31, from Southend, said: "We were found guilty today, but history will judge this differently.

"The people who should be in the dock are the ones still approving new oil and gas fields."

Thamesgate Energy, which operates the terminal, said the protest had put staff and members of the public at risk.

"Peaceful protest is a right, but deliberately targeting critical national infrastructure is dangerous and unlawful," the company said in a statement.

The court heard the blockade cost the company an estimated £1.2m in lost business and extra security.

Last Chance Coalition said in a post on social media that the verdict would "not stop a single one of us".

The group has staged a series of protests at fuel depots since 2022, demanding that the government halt new oil and gas licences.""",
        [
            ("serious and sustained disruption", "Simon Heald"),
            ("pure desperation, not malice", "Ellie Nash"),
            ("I've read the science. I've", "Ellie Nash"),
            ("None of it has made", "Ellie Nash"),
            ("very much on the table", "Caroline Ashworth"),
            ("We were found guilty today,", "Tom Achebe-Reid"),
            ("The people who should be", "Tom Achebe-Reid"),
            ("Peaceful protest is a right,", "Thamesgate Energy"),
            ("not stop a single one", "Last Chance Coalition"),
        ],
    ),
    (
        """Nordvik Energi Scraps North Sea Wind Farm as Costs Soar

By Ingrid Sæther

(Bloomberg) -- Nordvik Energi ASA, Norway's third-largest power producer, abandoned plans for a 1.4-gigawatt offshore wind farm in the North Sea, becoming the latest developer to retreat from the industry amid rising costs for turbines, cables and financing.

The Oslo-based company will book an impairment of about 3.2 billion kroner ($300 million) in the second quarter, it said in a statement Wednesday. Its shares fell as much as 6.1% in Oslo trading, the biggest intraday drop since March.

"The project no longer meets our return requirements, and we will not build at any price," Chief Executive Officer Lars Egeberg said on a call with analysts. "We remain committed to offshore wind, but we have to be disciplined about where we put our capital."

The Stormbanken project, about 140 kilometers (87 miles) off the country's west coast, was awarded to Nordvik in a 2022 auction and was due to start producing power in 2029. Egeberg said the price of key components had risen "by 30 to 40 percent" since the company submitted its bid, while higher interest rates had pushed up borrowing costs.

Offshore wind developers across Europe and the US have written down billions of dollars over the past two years as inflation and supply-chain bottlenecks upended the economics of projects that were bid at record-low prices.

"This is a sector-wide reset, not a Nordvik-specific problem," said Camilla Brekke, an analyst at Fjordline Securities in Oslo who has a buy rating on the stock. "The question is whether governments are willing to redesign auctions so these projects can actually be financed."

Norway's Energy Minister Trond Solheim said the government was "disappointed but not surprised" by the decision and would not reopen the terms of the auction.

"We designed the auction under the market conditions of the time. We will learn from this, but we are not going to rewrite contracts after the fact," Solheim told reporters in Oslo.

Environmental group Naturvern Nord said the cancellation would make it harder for Norway to meet its target of cutting emissions 55% by 2030.

"Every gigawatt that is cancelled today is a gigawatt of fossil power that keeps running tomorrow," Sigrid Holm, the group's head of energy policy, said by phone.

Nordvik said it would redirect capital toward onshore wind and battery storage in Sweden and Finland, and would consider bidding in future Norwegian offshore rounds if the terms changed.

--With assistance from Erik Lund.""",
        [
            ("The project no longer meets", "Lars Egeberg"),
            ("We remain committed to offshore", "Lars Egeberg"),
            ("by 30 to 40 percent", "Lars Egeberg"),
            ("This is a sector-wide reset,", "Camilla Brekke"),
            ("The question is whether governments", "Camilla Brekke"),
            ("disappointed but not surprised", "Trond Solheim"),
            ("We designed the auction under", "Trond Solheim"),
            ("Every gigawatt that is cancelled", "Sigrid Holm"),
        ],
    ),
    (
        """African ministers push for global fossil fuel levy at Nairobi forum

By WANJIRU KAMAU

African environment ministers yesterday called for a global levy on the trade in fossil fuels to pay for climate adaptation on the continent, as a three-day climate forum opened in Nairobi.

Speaking at the opening session of the African Climate Action Forum, Environment Cabinet Secretary Dr Grace Njeri Wambua said the continent could no longer rely on what she described as "charity disguised as climate finance".

"Africa contributes less than four percent of global emissions, yet it is our farmers who are burying their livestock after every drought," said Dr Wambua. "We are not asking for handouts. We are asking for a fair system."

She said proceeds from the proposed levy should be channelled into a fund controlled by African governments rather than by "consultants in Washington and Brussels".

Ghana's Minister for Environment and Science, Mr Kofi Adjei-Mensah, backed the proposal, saying coastal erosion was displacing thousands of families in his country every year.

"In the last five years alone, we have watched whole fishing villages in the Volta region disappear into the sea," Mr Adjei-Mensah told delegates.

Scientists at the forum presented new data showing that rainfall patterns across East Africa had become increasingly erratic. Prof Daniel Mutua of the Nairobi Institute for Drylands Research said the long rains, which farmers depend on for planting, were arriving later and ending earlier.

"The rains we used to count on in March are now coming in May, or not at all," he said. "Farmers are planting on guesswork."

But youth activists accused the ministers of hypocrisy, pointing to new oil and gas exploration licences issued by several of the governments represented at the meeting.

Brian Otieno, 22, who leads the Kisumu-based group Green Lake Youth, said: "You cannot stand on this stage and talk about climate justice while signing exploration licences in the same week."

"Young people are watching, and we are keeping a record," Mr Otieno added.

A senior diplomat from a West African delegation, who spoke on condition of anonymity because he was not authorised to speak to the media, said the levy proposal faced resistance from the continent's oil-producing states.

"There is consensus on the problem, but not yet on the solution. That is what the next two days are for," the diplomat said.

The forum is expected to close on Thursday with a declaration that will form the basis of Africa's common position at the UN climate conference later this year.""",
        [
            ("charity disguised as climate finance", "Grace Njeri Wambua"),
            ("Africa contributes less than four", "Grace Njeri Wambua"),
            ("We are not asking for", "Grace Njeri Wambua"),
            ("consultants in Washington and Brussels", "Grace Njeri Wambua"),
            ("In the last five years", "Kofi Adjei-Mensah"),
            ("The rains we used to", "Daniel Mutua"),
            ("Farmers are planting on guesswork.", "Daniel Mutua"),
            ("You cannot stand on this", "Brian Otieno"),
            ("Young people are watching, and", "Brian Otieno"),
            ("There is consensus on the", "senior diplomat from a West African delegation"),
        ],
    ),
    (
        """Canada's managed forests now release more carbon than they absorb, study finds

Wildfires and insect outbreaks have turned forests into a net source of emissions, researchers say

Alexandra Dubois · CBC News

Canada's managed forests have released more carbon than they absorbed in eight of the past 10 years, according to a new study that researchers say should force a rethink of how the country accounts for its emissions.

The report, titled "Burning Through the Budget," was published Tuesday by scientists at the Boreal Carbon Institute in Prince George, B.C. It combines satellite fire data, forest inventory records and field measurements from more than 2,000 plots across seven provinces and territories.

"For a long time, we told ourselves that our forests were doing us a favour by soaking up carbon," said lead author Marc-André Tremblay. "That is no longer true, and the sooner we accept it, the better our climate policy will be."

The researchers estimate that fires in 2023 alone released roughly 480 megatonnes of carbon dioxide, close to two-thirds of the country's emissions from all other sources that year.

Under international reporting rules, Canada is allowed to exclude emissions from certain "natural disturbances," such as very large wildfires, from the forest figures in its official greenhouse gas inventory.

Tremblay said that approach made sense when such fires were rare, but warned that it now risked creating what he called "an accounting mirage."

Co-author Leah Whitecloud, a forest ecologist, said the findings should also change how forests are managed on the ground, including wider use of prescribed burning, a practice long used by First Nations.

"Indigenous fire keepers understood this landscape for thousands of years," Whitecloud said in an interview. "We suppressed fire for a century, and now we are paying the price in fuel loads."

In an emailed statement, federal Environment Minister Julien Fortier said Canada "follows internationally agreed reporting guidelines" and pointed to new federal funding for wildfire prevention and firefighting equipment.

The forestry industry rejected any suggestion that logging was to blame.

"Harvested areas are regenerated by law. The real driver here is fire, and fire is being driven by a changing climate," said Paul Kerrigan, vice-president of sustainability at the Forest Products Council of Canada.

Tremblay said he hoped the report would prompt a broader conversation about what forests can and cannot do for Canada's climate targets.

"We are not saying forests are the enemy," he said. "We are saying we can't count on them to do work they're no longer doing."

The institute said it would publish its full dataset online later this month.""",
        [
            ("For a long time, we", "Marc-André Tremblay"),
            ("That is no longer true,", "Marc-André Tremblay"),
            ("an accounting mirage.", "Marc-André Tremblay"),
            ("Indigenous fire keepers understood this", "Leah Whitecloud"),
            ("We suppressed fire for a", "Leah Whitecloud"),
            ("follows internationally agreed reporting guidelines", "Julien Fortier"),
            ("Harvested areas are regenerated by", "Paul Kerrigan"),
            ("We are not saying forests", "Marc-André Tremblay"),
            ("We are saying we can't", "Marc-André Tremblay"),
        ],
    ),
    (
        """Pacific ministers demand fossil fuel phase-out date ahead of climate summit

Apia (AFP) - Pacific island ministers on Friday demanded that the world's biggest economies commit to a firm date for phasing out coal, oil and gas, warning that some of their nations could become uninhabitable within decades.

The call came in a joint communique issued by the Pacific Ocean States Alliance, which groups 14 island nations, at the close of a two-day meeting in the Samoan capital. It described climate change as "an existential threat that no seawall can hold back".

"We have heard the speeches. We have heard the promises in Paris, in Glasgow, in Dubai," Fiji's climate minister Mereani Tuilau told the closing session. "What we have not seen is a date. Without a date, a promise is just a wish.

"Our children are asking us whether they will grow up on the islands where their grandparents are buried. I do not want to lie to them."

The alliance wants the next UN climate summit to agree a timeline for ending fossil fuel use in rich nations by 2040 and globally by 2050, a demand likely to meet stiff resistance from major producers.

A Western diplomat who attended as an observer, and who asked not to be named, told AFP the demand was "unlikely to fly with the big emitters, at least not this year".

Australia, which has been courting Pacific support in its bid to host a future summit, sent its climate envoy Rebecca Thorne to the meeting. She told AFP that Canberra was "listening very carefully" to its neighbours, but defended the country's gas exports as important for "energy security in Asia".

That drew a sharp response from Tonga's environment minister, Sione Latu.

"Energy security for whom? Our security is the ground under our feet," he told reporters.

Scientists say sea levels around parts of the western Pacific are rising at close to twice the global average, driven by ocean warming and shifting winds.

Tevita Halapua, a sea-level researcher at the Pacific Institute for Ocean Science in Suva, said the effects were already visible on low-lying atolls.

"The numbers are not abstract for us. You can see it at king tide, when the sea water bubbles up through the ground into people's gardens and wells," he told AFP.

Several governments in the region have begun drawing up plans to move villages to higher ground, and some communities have already relocated.

The ministers' communique will be presented at the UN talks in November.""",
        [
            ("an existential threat that no", "Pacific Ocean States Alliance"),
            ("We have heard the speeches.", "Mereani Tuilau"),
            ("What we have not seen", "Mereani Tuilau"),
            ("Our children are asking us", "Mereani Tuilau"),
            ("unlikely to fly with the", "Western diplomat"),
            ("listening very carefully", "Rebecca Thorne"),
            ("energy security in Asia", "Rebecca Thorne"),
            ("Energy security for whom? Our", "Sione Latu"),
            ("The numbers are not abstract", "Tevita Halapua"),
        ],
    ),
]
