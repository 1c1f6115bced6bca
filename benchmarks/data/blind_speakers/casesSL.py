CASES = [
    (
        """Wandra Valley irrigators start water year with nothing for second season

By Tom Gallagher

Irrigators in the Wandra Valley will start the new water year with zero general security allocation for the second consecutive season, after the state's water agency confirmed inflows to Lake Corrigan remain among the lowest on record.

The NSW Water Allocation Office released its opening determination on Monday, giving high security licence holders 40 per cent and leaving general security users with nothing.

Wandra Valley Irrigators Council chief executive Fiona McAlister said the announcement was "expected but no less devastating" for the region's rice and cotton growers.

"We've had people hanging on by their fingernails for two years now," Ms McAlister said.

"Some of them have already sold their water to pay the bank, and once that water's gone from a farm it very rarely comes back."

Storage at Lake Corrigan sits at 11pc of capacity, according to the office, with inflows since January running at about a fifth of the long-term average.

A statement from the Water Allocation Office said the determination reflected "extremely dry conditions across the upper catchment" and that further improvements would depend on "significant and sustained rainfall".

"Critical human needs and high priority requirements must be met first," the statement said.

Rice grower Darren Pickering, who farms 800 hectares near Merrindale, said he would leave most of his country fallow this year.

"I've got a bank manager ringing me every fortnight and I've got nothing to tell him," he said. "You can't grow rice on hope."

Mr Pickering said local businesses were also feeling the pinch, with the Merrindale machinery dealer cutting staff hours and the town's agronomy firm laying off two workers in May.

Water Minister Rachel Dunstan said the government understood the pain being felt in the valley but could not "make it rain".

"We are working closely with irrigators and communities to get through this, and we've extended the fee relief for licence holders for another 12 months," Ms Dunstan told reporters at Merrindale on Tuesday.

The Opposition's water spokesman, Greg Hollis, said the fee relief was "a drop in the ocean" for growers who had not planted a crop in two years.

"Fee waivers don't pay wages. This government needs to come out here and look people in the eye," Mr Hollis said.

The council will meet the Minister next week. Ms McAlister said growers wanted a clear plan for carryover rules and an early review of the valley's water sharing plan, which is due to expire in 2026.

"We're not asking for miracles," she said. "We're asking to be at the table."

The office will issue its next allocation update on July 15.""",
        [
            ("expected but no less devastating", "Fiona McAlister"),
            ("We've had people hanging on", "Fiona McAlister"),
            ("Some of them have already", "Fiona McAlister"),
            ("extremely dry conditions across the", "NSW Water Allocation Office"),
            ("significant and sustained rainfall", "NSW Water Allocation Office"),
            ("Critical human needs and high", "NSW Water Allocation Office"),
            ("I've got a bank manager", "Darren Pickering"),
            ("You can't grow rice on", "Darren Pickering"),
            ("make it rain", "Rachel Dunstan"),
            ("We are working closely with", "Rachel Dunstan"),
            ("a drop in the ocean", "Greg Hollis"),
            ("Fee waivers don't pay wages.", "Greg Hollis"),
            ("We're not asking for miracles,", "Fiona McAlister"),
            ("We're asking to be at", "Fiona McAlister"),
        ],
    ),
    (
        """More western shires drought declared as feed runs out

Three more western Queensland shires have been drought declared, bringing the proportion of the state under drought to 58 per cent.

Agriculture Minister Mark Fennelly announced the declarations for the Barcooma, Merivale and Coonabri shires on Thursday, following recommendations from local drought committees.

"These communities have had a failed wet season on top of a poor one last year, and the feed just isn't there," Mr Fennelly said.

"The declaration opens the door to freight subsidies, emergency water infrastructure rebates and fee relief, and I'd urge every eligible producer to get in touch with the department."

Barcooma Shire Mayor Lyn Carrick said the declaration had been "a long time coming".

"Our graziers have been destocking since March. Some of the big places are down to a third of their normal numbers," Cr Carrick said.

Fourth-generation grazier Sam Whitford, who runs Brahman-cross cattle on 28,000 hectares at Tambrook Downs, north of Barcooma, said he had sold 1200 head in the past four months.

"You watch the market and you watch the sky, and neither of them is doing you any favours at the moment," Mr Whitford said.

He said he had been forced to sell into a falling market, with store cattle prices at the Dalgarra saleyards down as much as 30c/kg on the same time last year.

Central West Producers Alliance president Helen Moriarty said the subsidies were welcome but producers needed help before conditions became dire.

"By the time a shire gets declared, a lot of the damage is already done," Mrs Moriarty said. "We've been saying for years that the trigger needs to be earlier, and we'll keep saying it."

A department officer, who asked not to be named because they were not authorised to speak publicly, said the drought committees had been "working flat out for months".

"Every time we meet, there's another shire asking to be looked at," the officer said.

Dr Priya Raman, a climatologist at the Western Downs Agricultural Research Centre, said there were "no strong signals" for a wet spring across the central west.

"It doesn't mean it won't rain, but people shouldn't be planning around a break," she said.

Mr Whitford said he was holding on to his best breeders and hoping for the best.

"Dad got through '65 and I got through 2019. We'll get through this one too, one way or another."

Producers in the newly declared shires can apply for assistance through the department's regional offices from Monday.""",
        [
            ("These communities have had a", "Mark Fennelly"),
            ("The declaration opens the door", "Mark Fennelly"),
            ("a long time coming", "Lyn Carrick"),
            ("Our graziers have been destocking", "Lyn Carrick"),
            ("You watch the market and", "Sam Whitford"),
            ("By the time a shire", "Helen Moriarty"),
            ("We've been saying for years", "Helen Moriarty"),
            ("working flat out for months", "department officer"),
            ("Every time we meet, there's", "department officer"),
            ("no strong signals", "Priya Raman"),
            ("It doesn't mean it won't", "Priya Raman"),
            ("Dad got through '65 and", "Sam Whitford"),
        ],
    ),
    (
        """Dairy farmers fear buyback fallout in the north

JESSICA HAWTHORN

Dairy farmers in northern Victoria say a new round of federal water buybacks could push more families off the land, as the price of temporary water climbs past $300 a megalitre.

The federal government last month opened a tender to buy back up to 45 gigalitres from southern Murray-Darling Basin irrigators, part of its push to deliver environmental flows under the basin plan.

Northern Dairy Farmers Group president Colin Drever, who milks 380 cows at Tarrawong, said every litre taken out of the consumptive pool pushed up the price for those left behind.

“When the water leaves, the cows leave, and then the jobs in the factory leave,” Mr Drever said.

“We’ve seen it happen before. The town loses a footy team, then the school loses a teacher, and nobody in Canberra notices.”

A spokeswoman for federal Water Minister Andrew Teasdale said the tender was voluntary and “designed to minimise impacts on communities”.

“No one is forced to sell, and the government will be monitoring the socio-economic effects closely,” the spokeswoman said.

According to Dr Margaret Ellery, an agricultural economist with the Murray Valley Policy Institute, previous buybacks in the region reduced irrigated dairy output by as much as 20 per cent in some districts.

“The evidence from the last round is pretty clear,” Dr Ellery said. “Where you have concentrated buyback, you get a hollowing out of the local processing and service sector. That doesn’t show up in the water register, but it shows up in the main street.”

She said the government should “look hard at efficiency projects first”, such as channel upgrades and on-farm works, before purchasing water from farmers.

Share farmer Ben Amato, 34, said he and his wife Rochelle had already cut their herd from 260 to 190 cows because of feed and water costs.

“We’re buying hay at $420 a tonne and water at $310. You do the numbers and it doesn’t work,” Mr Amato said.

He said the couple would consider leaving the industry if prices did not ease by spring.

The state government has called on Canberra to rule out further buybacks in Victoria, and Water Minister Peter Costanzo said the state had “made its position very clear”.

“We will not support buybacks that rip the heart out of our irrigation communities, and we’ve told the Commonwealth that,” Mr Costanzo said in a statement.

Processors are also watching closely. Milk intake across the northern region has fallen for three consecutive seasons, and at least one factory has cut a shift since Christmas.

The tender closes on August 30.""",
        [
            ("When the water leaves, the", "Colin Drever"),
            ("We’ve seen it happen before.", "Colin Drever"),
            ("designed to minimise impacts on", "spokeswoman"),
            ("No one is forced to", "spokeswoman"),
            ("The evidence from the last", "Margaret Ellery"),
            ("Where you have concentrated buyback,", "Margaret Ellery"),
            ("look hard at efficiency projects", "Margaret Ellery"),
            ("We’re buying hay at $420", "Ben Amato"),
            ("made its position very clear", "Peter Costanzo"),
            ("We will not support buybacks", "Peter Costanzo"),
        ],
    ),
    (
        """Farmers question $55 million drought package as dry season bites in SA's north

By Ellie Navarro

Grain growers in South Australia's upper north say a $55 million state drought support package announced on Tuesday will do little to keep them on their properties through another failed season.

Primary Industries Minister Claire Pettigrew unveiled the package, which includes grants of up to $10,000 for on-farm infrastructure, extra mental health support and a one-off rebate on council rates.

"This is about making sure our farming families know they are not alone," Ms Pettigrew said.

"We know this is one of the toughest seasons in a generation for parts of the state, and we'll continue to look at what more we can do."

But Nantabie farmer Josh Kellerman, who sowed 2,400 hectares of wheat and barley this year, told the ABC he expected to harvest less than a quarter of a normal crop.

"I've got paddocks that haven't even come up," Mr Kellerman said.

"Ten grand for a water tank is fine, but my fertiliser bill alone was $380,000 this year. It's a Band-Aid."

The SA Grain Growers Federation welcomed the package as "a good first step" but said in a statement many growers needed access to low-interest concessional loans "well before the bank comes knocking".

The Opposition's primary industries spokesman, Nick Varga, said the government had been "asleep at the wheel" while conditions deteriorated over winter.

"Farmers were telling this government in June that the season was in trouble. It took until November to get an announcement," Mr Varga said.

Rural financial counsellor Anne Buckley, who works across the upper north, said demand for her service had doubled since August.

"People are coming to us earlier this year, which is actually a good thing, but the conversations are harder," she said.

"A lot of these families had a tough 2019 as well, and they've burned through whatever buffer they had."

Rainfall at Nantabie for the growing season is sitting at about 110 millimetres, less than half the long-term average, and several districts recorded their driest September on record.

A local agronomist, who did not want to be named, said some growers were now cutting failed crops for hay because "there's simply nothing worth harvesting".

Stock feed prices have climbed accordingly, with cereal hay selling for more than $350 a tonne delivered in parts of the region.

Ms Pettigrew said applications for the infrastructure grants would open on December 1 and the government would review the package early in the new year.""",
        [
            ("This is about making sure", "Claire Pettigrew"),
            ("We know this is one", "Claire Pettigrew"),
            ("I've got paddocks that haven't", "Josh Kellerman"),
            ("Ten grand for a water", "Josh Kellerman"),
            ("a good first step", "SA Grain Growers Federation"),
            ("well before the bank comes", "SA Grain Growers Federation"),
            ("asleep at the wheel", "Nick Varga"),
            ("Farmers were telling this government", "Nick Varga"),
            ("People are coming to us", "Anne Buckley"),
            ("A lot of these families", "Anne Buckley"),
            ("there's simply nothing worth harvesting", "local agronomist"),
        ],
    ),
    (
        """Water carting bill climbs as wheatbelt dams run dry

Mitchell Greaves

The State Government has spent more than $4.2 million carting water to livestock farmers in the southern wheatbelt since January, with more than 150 farm dams in the Kulinup and Narrakine shires now dry.

Figures released by the Department of Agriculture and Rural Water on Friday show 21 emergency water supply points are operating across the region, up from 12 at the same time last year.

Agriculture Minister Jodie Marchetti told Parliament on Thursday: "No farmer in this State will be left without water for their stock. That is our commitment, and we will keep the carting going for as long as it takes."

Nationals member for Avon Hills Trent Lowrie said the Government had failed to invest in long-term water infrastructure for the region.

"We've been carting water to the same farms in the same shires for three of the last five years," Mr Lowrie said. "At some point you have to ask why we aren't building the pipes and the catchments to fix this properly."

Kulinup sheep producer Tanya Broadhurst, who runs 3500 Merino ewes with her husband Graeme, said she was spending up to six hours a day carting water.

"I'm up before light, filling the tanker at the standpipe, and I'm still going after dark," Mrs Broadhurst said. "The ewes don't care that it hasn't rained. They still need 10 litres a day."

She said they had already sold 800 ewes and would likely offload more in spring.

According to Mrs Broadhurst, the nearest standpipe with a reliable supply is 45 kilometres from their property, and queues of up to an hour are common on weekends.

Shire of Kulinup president Ray Donnelly said the council had written to the Minister asking for the standpipe network to be permanently upgraded.

"It's all well and good to cart water in a crisis, but this isn't a crisis any more, it's the new normal for us," he said.

A spokesman for the Wheatbelt Livestock Producers Association said members were reporting "the worst autumn most of them can remember", with hand-feeding costs doubling since February.

Many producers have brought forward sales, and agents at the Narrakine saleyards reported yardings of more than 20,000 sheep at last week's sale, almost double the usual number for the time of year.

The department said in a statement it was reviewing "options for longer-term water security" across the region and would report to the Minister by the end of the year.

Farmers can register for emergency water carting through the department's regional office in Narrakine.""",
        [
            ("No farmer in this State", "Jodie Marchetti"),
            ("We've been carting water to", "Trent Lowrie"),
            ("At some point you have", "Trent Lowrie"),
            ("I'm up before light, filling", "Tanya Broadhurst"),
            ("The ewes don't care that", "Tanya Broadhurst"),
            ("It's all well and good", "Ray Donnelly"),
            ("the worst autumn most of", "spokesman"),
            ("options for longer-term water security", "Department of Agriculture and Rural Water"),
        ],
    ),
    (
        """Water becomes the battleground in Barwon Ridge byelection

Lachlan Reid, rural and regional reporter

Water policy has emerged as the defining issue in the Barwon Ridge byelection, with the independent candidate Kate Oldfield accusing the Nationals of abandoning irrigators and the government of sitting on a critical report into river flows.

The seat, which takes in the cotton and grain towns of Cullen Springs and Moorabee, fell vacant after the former Nationals MP Ron Gatehouse retired citing ill health. Voters go to the polls on Saturday week.

Oldfield, a former rural financial counsellor from Moorabee, told a candidates’ forum in Cullen Springs on Tuesday night that the community had been “taken for granted for 40 years”.

“People here are sick of being told to be patient,” she said. “They’ve been patient through three droughts, two fish kills and more inquiries than I can count.”

She has repeatedly called on the government to release the “Barwon Catchment Flows Review”, which was handed to the water department in March but has not been made public.

The Nationals candidate, Hamish Treloar, a third-generation cotton grower, dismissed the attack as “politics of the cheapest kind”.

“I’ve irrigated on this river my whole life. I don’t need a lecture from anyone about what water means to this town,” Treloar said.

He said only a Nationals member would have “a seat at the table” when the government rewrote the valley’s water sharing plan next year.

The water minister, Paul Kiriakou, told reporters in Sydney the review would be released “once cabinet has properly considered it”.

“There is nothing sinister here. It is a technical document and it will be made public in the ordinary course,” Kiriakou said.

Below the Cullen Springs weir, the river has been reduced to a chain of stagnant pools, and locals have taken to calling the empty weir pool the “dry dock”.

A senior Nationals source conceded the party was worried about holding the seat, which it has won at every election since 1932.

“We’re not complacent. Oldfield is well known and well liked, and water is a live issue up there,” the source said.

At the Moorabee saleyards on Wednesday, cattle and wheat farmer Joan Petrakis said she had voted for the Nationals all her life but was undecided this time.

“I’ve got nothing against Hamish. But I want to know who’s going to stand up in Macquarie Street and fight for this river,” she said.

Seven candidates have nominated for the byelection, and pre-polling opens in both towns on Monday.""",
        [
            ("taken for granted for 40", "Kate Oldfield"),
            ("People here are sick of", "Kate Oldfield"),
            ("They’ve been patient through three", "Kate Oldfield"),
            ("politics of the cheapest kind", "Hamish Treloar"),
            ("I’ve irrigated on this river", "Hamish Treloar"),
            ("a seat at the table", "Hamish Treloar"),
            ("once cabinet has properly considered", "Paul Kiriakou"),
            ("There is nothing sinister here.", "Paul Kiriakou"),
            ("We’re not complacent. Oldfield is", "senior Nationals source"),
            ("I’ve got nothing against Hamish.", "Joan Petrakis"),
        ],
    ),
    (
        """Midlands irrigators face cuts as scheme storage falls

ROSSVALE: Irrigators on the Midlands Water Scheme have been told to expect deliveries of about 60 per cent of their entitlements this summer, after one of the driest winters recorded in Tasmania's north.

Tasmanian Rural Water, the state-owned company that runs the scheme, advised customers in a letter last week that storage at Lake Ellenthorpe was at 48 per cent, compared with 85 per cent at the same time last year.

"Given current storage levels and forecast inflows, we are not in a position to guarantee full deliveries for the 2024-25 season," the letter said.

The company said it would review the allocation in January and was "working closely with customers" on options including temporary trades between districts.

Tasmanian Rural Water chief executive Graham Pryce told a meeting of about 80 irrigators at the Rossvale hall on Monday night that the decision had not been taken lightly.

"We understand what this means for businesses that have planned their season around full allocations, and we don't underestimate the impact," Mr Pryce said.

"But we have to manage the storage responsibly. If we deliver everything now and we get another dry autumn, we'd be in a far worse position next year.

"Our job is to make sure there's water in that dam in March."

Potato and pyrethrum grower Alistair Fenton, who farms near Rossvale, said the cut would force him to drop about 40 hectares of potatoes from his program.

"We've signed contracts with the processor. You can't just ring them up and say sorry, half the crop's not coming," he said.

Mr Fenton said many growers had borrowed heavily to buy water entitlements on the strength of the scheme's reliability.

"The whole pitch was drought-proofing the Midlands. Now the first real dry year, we're on 60 per cent."

According to the Tasmanian Primary Producers Council, about 220 farm businesses draw water from the scheme. Council president Sue Langford said the organisation would press the State Government for relief on water charges.

"If customers aren't getting the water they've paid for, they shouldn't be paying the full charges for it. That's a pretty simple principle," Ms Langford said.

Primary Industries Minister Dean Whitcombe said he had asked the company to brief him "as a matter of urgency".

Opposition primary industries spokeswoman Meg Corrigan said irrigators deserved "straight answers, not spin" about the scheme's future.""",
        [
            ("Given current storage levels and", "Tasmanian Rural Water"),
            ("working closely with customers", "Tasmanian Rural Water"),
            ("We understand what this means", "Graham Pryce"),
            ("But we have to manage", "Graham Pryce"),
            ("Our job is to make", "Graham Pryce"),
            ("We've signed contracts with the", "Alistair Fenton"),
            ("The whole pitch was drought-proofing", "Alistair Fenton"),
            ("If customers aren't getting the", "Sue Langford"),
            ("as a matter of urgency", "Dean Whitcombe"),
            ("straight answers, not spin", "Meg Corrigan"),
        ],
    ),
    (
        """Farmers object to mine water licence as bores drop

By Nathan Kowalski

Landholders around Kooralee, west of Toowoomba, have lodged more than 90 objections to a proposed groundwater licence for a coal mine expansion, saying their own bores have dropped by up to six metres during the drought.

Carrington Resources has applied to the Department of Regional Development and Water for a licence to take up to 2800 megalitres a year from the Merton Sandstone aquifer for its Kooralee West project.

Kooralee grain and cattle producer Peter Malouf, whose family has farmed at Glen Alva since 1921, put it simply: "If they get that water, we lose ours."

He said three of his five bores had failed since Christmas.

"We're pulling the pump up every few weeks to drop it further down the hole," Mr Malouf said. "I've never seen the water table like this, and my father never saw it like this either."

The company said its modelling showed "no material impact" on neighbouring landholders' bores.

"Carrington Resources has undertaken extensive hydrogeological assessment, and our modelling has been independently peer reviewed," a statement said.

"We are committed to make-good arrangements with any landholder whose bore is affected by our operations."

The Kooralee Water Users Group, which coordinated the objections, disputes the modelling. Its secretary, Diane Whelan, said the group had commissioned its own hydrogeologist to review the company's work.

"Their model assumes normal rainfall recharge. We haven't had normal recharge for three years," Mrs Whelan said.

"Make-good is a nice phrase, but you can't make good a dry aquifer."

Member for Condamine North David Ashby said he had written to Water Minister Lisa Thornbury asking her to refuse the licence until an independent review of the aquifer was completed.

"The Government can't tell farmers to tighten their belts on water in a drought and then hand a mining company 2.8 billion litres," Mr Ashby said.

A spokesman for Ms Thornbury said the application would be assessed "on its merits and in accordance with the Water Act".

"The Minister is aware of community concerns and the department will consider all submissions carefully," the spokesman said.

One Kooralee landholder, who asked not to be named because he is negotiating a land access agreement with the company, said neighbours were "being played off against each other" in private talks.

Submissions on the application close on March 15, and a decision is expected by the middle of the year.""",
        [
            ("If they get that water,", "Peter Malouf"),
            ("We're pulling the pump up", "Peter Malouf"),
            ("I've never seen the water", "Peter Malouf"),
            ("no material impact", "Carrington Resources"),
            ("Carrington Resources has undertaken extensive", "Carrington Resources"),
            ("We are committed to make-good", "Carrington Resources"),
            ("Their model assumes normal rainfall", "Diane Whelan"),
            ("Make-good is a nice phrase,", "Diane Whelan"),
            ("The Government can't tell farmers", "David Ashby"),
            ("on its merits and in", "spokesman"),
            ("The Minister is aware of", "spokesman"),
            ("being played off against each", "Kooralee landholder"),
        ],
    ),
]
