CASES = [
    (
        """Milk buyer Tamworth Dairies cuts April price by 1.5p/litre

By Helen Marsden

Farmers supplying Staffordshire processor Tamworth Dairies will see their standard litre price fall by 1.5p to 36.25p/litre from 1 April, the company has confirmed.

The cut, the second in three months, was blamed on a sharp fall in cream and butter values and weaker demand from food service customers.

In a letter to its 410 suppliers, the company said it had "held the price for as long as we responsibly could" but that wholesale returns had "moved decisively against us since January".

"We know this is unwelcome news at a time when input costs remain stubbornly high," said Martin Avery, milk procurement director at Tamworth Dairies. "We will keep the price under close review and will move it back up as soon as the market allows."

Producer groups reacted angrily. Gwen Pritchard, who milks 280 cows at Brankley Green and chairs the Tamworth Dairies Producer Group, said members had been given far less notice than they had expected.

"People have already made their spring fertiliser and feed decisions based on the March price," she said. "To be told this with three weeks to go is simply not good enough, and it goes against the spirit of the new contract rules."

Under milk contract regulations introduced last year, buyers must set out clear pricing mechanisms in contracts and give suppliers reasonable notice of changes.

A government spokeswoman said the rules were "there to ensure fairness in the supply chain" and that any farmer who believed a contract had been breached could raise a complaint with the adjudicator.

Midland Dairy Farmers' Association chairman Robert Laing said the cut reflected a wider softening across the market, but warned processors against "knee-jerk cuts that push good farmers out of the industry".

"Global dairy markets are volatile, we understand that," Mr Laing said. "But farmers cannot turn production up and down like a tap. Buyers who pass every wobble straight back to the farm gate risk losing the milk they will need when markets recover."

Analysts at Kingsmead Agri said spot milk had fallen to about 31p/litre in recent weeks, down from 40p in December, and predicted further cuts from other processors in May.

"There is a lot of milk about and not much appetite for it," said Kingsmead analyst Priya Desai. "Unless we get a cold, late spring that holds back grass growth, I would expect the floor to be some way off yet."

Tamworth Dairies said it would hold supplier meetings at Stone and Leek later this month.""",
        [
            ("held the price for as long", "Tamworth Dairies"),
            ("moved decisively against us since", "Tamworth Dairies"),
            ("We know this is unwelcome", "Martin Avery"),
            ("We will keep the price", "Martin Avery"),
            ("People have already made their", "Gwen Pritchard"),
            ("To be told this with", "Gwen Pritchard"),
            ("there to ensure fairness in", "spokeswoman"),
            ("knee-jerk cuts that push good", "Robert Laing"),
            ("Global dairy markets are volatile,", "Robert Laing"),
            ("But farmers cannot turn production", "Robert Laing"),
            ("There is a lot of", "Priya Desai"),
            ("Unless we get a cold,", "Priya Desai"),
        ],
    ),
    (
        """Western beef group demands €300/cow suckler payment

Suckler farmers along the western seaboard will leave the sector "in their thousands" unless direct supports are significantly increased in the next budget, a newly formed farm lobby group has warned.

The Western Suckler Alliance, which claims more than 1,800 members across Mayo, Galway, Roscommon, Sligo and Leitrim, launched its pre-budget submission at Ballinrobe Mart on Monday evening.

The group is seeking a payment of €300 per suckler cow, up from around €150 under the existing scheme, along with a simplified application process and an end to what it described as "paperwork for the sake of paperwork".

Speaking at the launch, the alliance's chairperson, Tomás Kilbride, who farms 45 cows near Claremorris, said the figures "simply do not add up" for most suckler farmers.

"Figures from the department's own farm survey show the average suckler farm is losing money on its cattle before you count a single hour of the farmer's own labour," he said.

"We have young lads coming home from college who want to farm, and we're telling them the only way to make it pay is to get a job in the factory in Castlebar and do the cattle in the evenings. That's not a future for rural Ireland."

Kilbride said the suckler herd was "the backbone of the whole mart trade" in the west, and warned that falling cow numbers would also hit hauliers, vets and merchants.

The submission, titled "Keeping the West Farmed", also calls for a dedicated payment for farmers on marginal land and for beef processors to be required to publish their margins.

Local TD Siobhán Gallagher-Moran, who attended the launch, said she would bring the group's concerns directly to the Minister for Agriculture.

"Nobody in this room is looking for a handout," Deputy Gallagher-Moran told the meeting. "They are looking for a price and a payment that reflects the work they do, and the environmental value of the land they manage."

In response, a spokesperson for the Department of Agriculture, Food and the Marine said the minister "values the suckler sector greatly" and pointed to more than €250 million paid to suckler farmers in recent years under various schemes.

"All submissions received in advance of the budget will be considered carefully," the spokesperson said.

Not everyone at the meeting was convinced that a higher payment alone would stem the decline. One mart manager, who asked not to be named, said payments had "propped up" the sector for 20 years without tackling the real problem.

"The factories set the price and everyone else takes it," he said. "Until that changes, you can put whatever payment you like on the cow and it'll end up in someone else's pocket."

The alliance plans further meetings in Tuam and Ballymote over the coming weeks.""",
        [
            ("in their thousands", "Western Suckler Alliance"),
            ("paperwork for the sake of", "Western Suckler Alliance"),
            ("simply do not add up", "Tomás Kilbride"),
            ("Figures from the department's own", "Tomás Kilbride"),
            ("We have young lads coming", "Tomás Kilbride"),
            ("the backbone of the whole", "Tomás Kilbride"),
            ("Nobody in this room is", "Siobhán Gallagher-Moran"),
            ("They are looking for a", "Siobhán Gallagher-Moran"),
            ("values the suckler sector greatly", "spokesperson"),
            ("All submissions received in advance", "spokesperson"),
            ("propped up", "mart manager"),
            ("The factories set the price", "mart manager"),
            ("Until that changes, you can", "mart manager"),
        ],
    ),
    (
        """'It's just gone': Wairoa farmers count cost as river swallows paddocks

By Mere Tawhai

Sheep and beef farmer Hemi Ruatapu stood on what was left of his river flats on Tuesday and pointed to where a fence line used to be.

"It's just gone. Forty hectares of our best finishing country, the fences, the yards - the river just took it," he said.

Ruatapu, whose whānau have farmed the 620-hectare property in the Mangakōwhai Valley, inland from Wairoa, for four generations, estimates the storm has cost the business more than $400,000.

About 300mm of rain fell in the catchment over 36 hours from Friday night, according to Eastern Districts Regional Council, sending the Mangakōwhai River over its banks and cutting the valley road in three places.

"I've never seen the river come up that fast," Ruatapu said. "We got the ewes up the hill with about an hour to spare. Some of the calves we weren't so lucky with."

He lost about 40 calves and an unknown number of ewes were swept downstream.

On Wednesday the Government classified the storm a medium-scale adverse event for northern Hawke's Bay and Tairāwhiti, unlocking $150,000 in recovery funding for local groups.

Agriculture Minister Grant Whitlock said the classification would "get support on the ground quickly" for affected farmers and growers.

"I've spoken to farmers in the area this week, and the damage is significant," Whitlock said in a statement. "This funding will help rural support groups coordinate volunteers and provide advice to those who need it most."

East Coast Rural Support Network coordinator Janine Cole said the network had taken more than 60 calls since Sunday.

"A lot of these families were only just getting back on their feet from the last lot of storms," she said. "The financial side is one thing, but it's the mental load. People are exhausted."

She urged farmers not to "tough it out on your own", and said volunteer "Farmy Army" crews would start clearing debris from fence lines this weekend.

The regional council said in a statement that its engineers were assessing damage to flood protection schemes across the district, and that "early indications are that the main stopbanks performed as designed".

Wairoa district councillor Aroha Pene said the valley road was the community's "only lifeline" and needed to be reopened "within days, not weeks".

Back on the farm, Ruatapu says he will rebuild.

"What choice have we got? This land's been in the family since 1912. We'll fence it again, we'll regrass it, and we'll hope the river stays where it's meant to."

A relief fund has been set up by the district council, and donations can be made through its website.""",
        [
            ("It's just gone", "Hemi Ruatapu"),
            ("It's just gone. Forty hectares", "Hemi Ruatapu"),
            ("I've never seen the river", "Hemi Ruatapu"),
            ("We got the ewes up", "Hemi Ruatapu"),
            ("get support on the ground", "Grant Whitlock"),
            ("I've spoken to farmers in", "Grant Whitlock"),
            ("This funding will help rural", "Grant Whitlock"),
            ("A lot of these families", "Janine Cole"),
            ("The financial side is one", "Janine Cole"),
            ("tough it out on your", "Janine Cole"),
            ("early indications are that the", "Eastern Districts Regional Council"),
            ("only lifeline", "Aroha Pene"),
            ("within days, not weeks", "Aroha Pene"),
            ("What choice have we got?", "Hemi Ruatapu"),
        ],
    ),
    (
        """Skippers hit out at Portnacraig dues hike

Fishermen landing into Portnacraig have reacted with anger to a proposed 18% increase in harbour dues, with some warning they will take their catches elsewhere.

The Portnacraig Harbour Trust announced last week that landing dues would rise from 2.2% to 2.6% of first-sale value from 1 July, alongside increases in berthing charges for visiting vessels.

In a notice to harbour users, the trust said the rise was 'necessary to fund essential repairs to the north breakwater' and to meet 'significantly higher insurance and energy costs'.

But skippers say the timing could not be worse, with fuel prices still high and the fleet facing cuts to North Sea cod and haddock quotas this year.

'We're already paying more for everything - fuel, gear, insurance, the lot,' said Alasdair Mackay, skipper of the 21m trawler Ocean Harvest BF 212. 'Now the harbour wants another bite. There's only so much a boat can take before the numbers stop working.'

Mackay said he and at least four other skippers were 'seriously looking' at landing into larger ports further down the coast, where dues are lower and there is more competition among buyers.

Harbour master Iain Sutherland defended the increase, pointing out that the trust had frozen dues for the past three years.

'Nobody likes putting charges up, and we didn't take this decision lightly,' he told Fishing News. 'But the north breakwater is over a hundred years old and it took a battering in the winter storms. If we don't fix it, there won't be a harbour to land into.'

He said the trust was 'open to discussion' on phasing the rise in over two years, and that it would look again at what some skippers have called the 'pay twice' system for boats that land and then lie alongside for repairs.

The Moray Firth Fishermen's Association said it had written to the trust asking for an urgent meeting.

In the letter, association secretary Morag Innes wrote: 'Our members recognise that the harbour must be maintained, but an increase of this size, at this time, risks driving landings away from Portnacraig for good. That would hurt the trust as much as it hurts the fleet.'

Local fish merchants have also voiced concern. One buyer at the Portnacraig market, who asked not to be named, said fewer landings would mean less competition on the market floor and 'lower prices for everyone in the end'.

The trust's board is due to consider responses to the consultation at its meeting on 14 May.""",
        [
            ("necessary to fund essential repairs", "Portnacraig Harbour Trust"),
            ("significantly higher insurance and energy", "Portnacraig Harbour Trust"),
            ("We're already paying more for", "Alasdair Mackay"),
            ("Now the harbour wants another", "Alasdair Mackay"),
            ("seriously looking", "Alasdair Mackay"),
            ("Nobody likes putting charges up,", "Iain Sutherland"),
            ("But the north breakwater is", "Iain Sutherland"),
            ("open to discussion", "Iain Sutherland"),
            ("Our members recognise that the", "Morag Innes"),
            ("lower prices for everyone in", "buyer at the Portnacraig market"),
        ],
    ),
    (
        """Farmer’s plea to dog walkers after 14 in-lamb ewes killed near Huntly

By Calum Ritchie

A farmer has urged dog owners to keep their pets on leads after 14 in-lamb ewes were killed or had to be put down following a dog attack on his farm in Aberdeenshire.

Graham Wilkie found the dead and injured sheep in a field beside a popular walking path at Auchterbrae Farm, near Huntly, on Saturday morning.

Several more ewes have since aborted their lambs, which he believes is a result of the stress of the attack.

“It was the worst thing I’ve seen in 30 years of farming,” said Mr Wilkie, 54. “Some of them had their throats torn, others had been chased into the burn and drowned. We had to get the vet out to put down the ones that were too badly hurt.”

He estimates the loss, including lambs, at more than £6,000.

“People think their dog is soft and would never do anything like that, but every dog has it in them,” he added. “All I’m asking is that folk keep them on a lead when there are sheep about. It’s not much to ask.”

Police said they were investigating and appealed for anyone who was in the area between 6pm on Friday and 8am on Saturday to come forward.

Sergeant Lorna Baxter, of the North East rural crime team, said: “Livestock worrying has a devastating impact on farmers, both financially and emotionally, and it causes needless suffering to the animals involved.

“Owners whose dogs attack livestock can face fines of up to £40,000 or up to a year in prison. We would urge anyone with information to contact us.”

Figures from rural insurer Highland and Borders Mutual suggest the cost of dog attacks on farm animals in Scotland rose by nearly a fifth last year.

The insurer’s Scotland manager, Fiona McRae, said many owners “simply don’t believe” their dog could kill a sheep.

“Our research shows that almost half of dog owners let their pets off the lead in the countryside, even though many admit their dog doesn’t always come back when called,” she said.

Local farmers’ union branch chairman Neil Forsyth said the branch’s “Lead the Way” campaign had put up more than 200 signs on farm gates across the region this spring, but that signs alone were “not enough without proper enforcement”.

Mr Wilkie said he had since moved his remaining ewes to a field away from the path ahead of lambing.""",
        [
            ("It was the worst thing", "Graham Wilkie"),
            ("Some of them had their", "Graham Wilkie"),
            ("People think their dog is", "Graham Wilkie"),
            ("All I’m asking is that", "Graham Wilkie"),
            ("Livestock worrying has a devastating", "Lorna Baxter"),
            ("Owners whose dogs attack livestock", "Lorna Baxter"),
            ("simply don’t believe", "Fiona McRae"),
            ("Our research shows that almost", "Fiona McRae"),
            ("not enough without proper enforcement", "Neil Forsyth"),
        ],
    ),
    (
        """Inshore fishermen vow to fight fish farm plan for Kilbrack Bay

Inshore fishermen and residents in west Connemara have vowed to fight plans for a large-scale salmon farm in Kilbrack Bay, claiming it would put their livelihoods and the bay's wild fish stocks at risk.

Clew Ocean Farms Ltd has applied for an aquaculture licence for 14 pens covering 42 hectares at the mouth of the bay, with a projected output of up to 4,500 tonnes of salmon a year.

More than 200 people packed Kilbrack community hall on Thursday night for a public meeting organised by the newly formed Save Kilbrack Bay group.

"My father fished this bay, and his father before him," Pádraic Ó Flaithearta, who fishes for lobster and crab out of Kilbrack pier, told the meeting. "We've seen what happens to a bay once the cages go in. The sea lice get into the sea trout, the lobster moves off the grounds, and nobody ever comes back to answer for it."

Mr Ó Flaithearta said the fishermen were "not against jobs or against development" but could not support a project "on a scale this bay has never seen".

Group secretary Dr Niamh Conneely, a marine biologist who lives locally, said the group would be making a detailed submission and had already begun fundraising for independent scientific advice.

"The application documents run to over 900 pages, and the community has six weeks to respond," she said. "That's not a level playing field."

A 2021 report by the Western Angling Trust, "Sea Trout in Crisis", found that sea trout in bays with salmon farms were "significantly smaller and fewer in number" than in bays without them.

In a statement, Clew Ocean Farms said the site had been chosen following "extensive environmental assessment" and that the farm would create up to 40 full-time jobs, with a further 30 in processing and services.

"We are committed to operating to the highest environmental standards and to engaging openly with the local community throughout the licensing process," the statement said.

Not everyone in the area is opposed. Independent councillor Máire Ní Bhriain said the jobs would be "badly needed" in a parish that had lost much of its young population.

"We have a national school down to 19 pupils," she said. "I respect the fishermen's concerns, but we have to ask ourselves what Kilbrack will look like in 20 years if nothing comes in."

A source in the Department of Agriculture, Food and the Marine said the application was "at a very early stage" and that no decision was expected before next year.

Submissions can be made until 28 June.""",
        [
            ("My father fished this bay,", "Pádraic Ó Flaithearta"),
            ("We've seen what happens to", "Pádraic Ó Flaithearta"),
            ("not against jobs or against", "Pádraic Ó Flaithearta"),
            ("on a scale this bay", "Pádraic Ó Flaithearta"),
            ("The application documents run to", "Niamh Conneely"),
            ("That's not a level playing", "Niamh Conneely"),
            ("significantly smaller and fewer in", "Western Angling Trust"),
            ("extensive environmental assessment", "Clew Ocean Farms Ltd"),
            ("We are committed to operating", "Clew Ocean Farms Ltd"),
            ("badly needed", "Máire Ní Bhriain"),
            ("We have a national school", "Máire Ní Bhriain"),
            ("I respect the fishermen's concerns,", "Máire Ní Bhriain"),
            ("at a very early stage", "source in the Department of Agriculture, Food and the Marine"),
        ],
    ),
    (
        """Fell farmers fear for future of common grazing under rewilding plan

By Sarah Dobson

Farmers with grazing rights on one of Cumbria's largest fell commons say a conservation charity's plan to cut sheep numbers by more than half could spell the end of traditional hill farming in the valley.

The Northern Uplands Wild Trust, which bought the 1,900-acre Skelbeck Estate last year, has proposed reducing the number of sheep on Skelbeck Common from about 2,400 to 1,000 over five years as part of its 'Skelbeck Revival' project.

The Skelbeck Commoners' Association, which represents the 11 farms with rights on the common, held an emergency meeting at the Black Bull in Skelbeck on Tuesday night.

Association chairman John Tyson, whose family has run Herdwicks on the fell for more than 200 years, said: 'These sheep are hefted to this fell. They know where they belong, and they've passed that knowledge down from ewe to lamb for generations. Once you take them off, you can't just put them back.

'People talk about restoring the landscape as if we've been damaging it. We've been looking after it.'

Mr Tyson said several members were 'seriously worried' about whether their businesses could survive with fewer ewes on the fell.

According to a statement issued after the meeting, the association will 'consider all legal options' to protect its members' rights.

The trust's chief executive, Dr Helen Armitage, said the charity wanted to work 'hand in hand with the farming community' and had no intention of ending grazing on the common.

'Grazing will remain an important part of how this land is managed,' she said. 'What we're proposing is a change in the balance, allowing woodland and scrub to return to the gills and lower slopes, which will benefit wildlife, store carbon and help slow the flow of water into the valley.'

According to the trust, parts of the valley bottom have flooded three times in the past decade.

Dr Armitage said commoners who agreed to reduce their flocks would be 'properly compensated' through a combination of the trust's own funds and public money.

But Cllr Derek Hodgson, who represents the valley on the county council, said the proposals showed 'a real lack of understanding' of how common land worked.

'You can't run a common with half the sheep and expect the rest to stay where they should,' he said. 'The whole system depends on the flocks keeping each other in their own heafs.'

Any change to grazing levels on the registered common would need the agreement of the commoners.

The trust plans to hold drop-in sessions in Skelbeck village hall next month.""",
        [
            ("These sheep are hefted to", "John Tyson"),
            ("People talk about restoring the", "John Tyson"),
            ("seriously worried", "John Tyson"),
            ("consider all legal options", "Skelbeck Commoners' Association"),
            ("hand in hand with the", "Helen Armitage"),
            ("Grazing will remain an important", "Helen Armitage"),
            ("What we're proposing is a", "Helen Armitage"),
            ("properly compensated", "Helen Armitage"),
            ("a real lack of understanding", "Derek Hodgson"),
            ("You can't run a common", "Derek Hodgson"),
            ("The whole system depends on", "Derek Hodgson"),
        ],
    ),
    (
        """Southern Pastures trims forecast milk price to $8.60

Southern Pastures Co-operative has cut its forecast farmgate milk price for the season by 40 cents to $8.60 per kilogram of milksolids, citing weaker global demand for whole milk powder.

The co-op, which collects milk from about 1,300 farms in Canterbury, Otago and Southland, told suppliers that prices at recent global dairy auctions had “fallen further and faster than anticipated”.

Chief executive Mark Henley said the revised forecast took “a prudent view” of the market for the rest of the season.

“We’ve seen softer buying from Southeast Asia and the Middle East, and China remains cautious,” Henley said. “There’s still a lot of season left, and we will update farmers as soon as the picture becomes clearer.”

The company said its advance rate would be adjusted from next month, meaning lower monthly payments for suppliers through the autumn, but that it remained “confident in the long-term fundamentals” for dairy.

The cut was widely expected. Pacifica Bank’s agricultural economist, Sophie Lang, said global milk supply had picked up strongly in recent months while demand had stalled.

“The big exporting regions are all producing more at the same time, and buyers know it,” Lang said. “There’s no urgency in the market, and that shows up in the auction results.”

In its latest quarterly report, the bank said global supply was “running well ahead of demand” and warned that further downgrades across the industry could not be ruled out.

For farmers, the news lands on top of what many are calling a “cost-of-farming squeeze”, with interest rates, fertiliser and labour still well above where they were three years ago.

Southland farmer Rachel Te Whata, who chairs the co-op’s shareholders’ council, said the downgrade was disappointing but “not a shock to anyone who’s been watching the auctions”.

“Most farmers I talk to had already budgeted for something around $8.50, so it’s not going to change the plan for the season,” she said.

“What it does mean is that people will keep holding off on capital spending. Nobody is buying a new tractor or doing up the shed at the moment.”

Te Whata said she wanted the co-op to be “upfront and early” with suppliers if the forecast fell further.

Southern Pastures will release its interim results in March.""",
        [
            ("fallen further and faster than", "Southern Pastures Co-operative"),
            ("a prudent view", "Mark Henley"),
            ("We’ve seen softer buying from", "Mark Henley"),
            ("There’s still a lot of", "Mark Henley"),
            ("confident in the long-term fundamentals", "Southern Pastures Co-operative"),
            ("The big exporting regions are", "Sophie Lang"),
            ("There’s no urgency in the", "Sophie Lang"),
            ("running well ahead of demand", "Pacifica Bank"),
            ("not a shock to anyone", "Rachel Te Whata"),
            ("Most farmers I talk to", "Rachel Te Whata"),
            ("What it does mean is", "Rachel Te Whata"),
            ("upfront and early", "Rachel Te Whata"),
        ],
    ),
]
