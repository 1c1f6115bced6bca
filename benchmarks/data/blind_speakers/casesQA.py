CASES = [
    (
        """Farmers count stock losses after Carrabeen fire tears through grazing country

By Megan Tolhurst

Graziers in Victoria's north-east are counting the cost of a fast-moving bushfire that burnt through more than 12,000 hectares of farmland around Carrabeen over the weekend, killing hundreds of sheep and destroying kilometres of fencing.

The fire, which started on Saturday afternoon near Wendell Gap Road, was downgraded to advice level late on Sunday after a southerly change brought cooler conditions.

Beef and sheep farmer Lachlan Prewitt lost about 400 ewes and most of his boundary fencing.

"It came over the hill faster than anything I've seen in 40 years," Mr Prewitt said.

"We got the kids and the dogs out and moved what mob we could into the house paddock, but the rest just didn't have a chance."

He said he had spent Monday morning with a neighbour destroying injured animals.

"That's the part nobody talks about. You do it because you have to, but it stays with you."

Alpine Districts Fire Authority incident controller Sharon Delahunty told reporters the fire had been "extremely difficult" to contain because of strong north-westerly winds and heavy fuel loads.

"Crews worked through the night in really challenging terrain, and I want to acknowledge the effort of our volunteers, many of whom were defending their own properties at the same time," she said.

No homes were lost, but two hay sheds and a shearing shed were destroyed.

Tallowood Shire mayor Graham Cusack said the council would open a relief centre at the Carrabeen Memorial Hall from Tuesday.

"People need somewhere to go to get a cup of tea and talk to someone about fodder, fencing and what help is out there," Cr Cusack said.

The state's Department of Primary Industries said in a statement that animal health officers were visiting affected properties to assess livestock, and that emergency fodder could be requested through its recovery hotline.

The Victorian Grazing Council's livestock committee chair, Brendan Oakes, said the losses would hit farmers already stretched by a dry spring.

"A lot of these blokes were hand-feeding already," he said. "Now they've lost fences and feed on top of that, and the bank doesn't stop asking."

The cause of the fire is under investigation.""",
        [
            ("It came over the hill", "Lachlan Prewitt"),
            ("We got the kids and", "Lachlan Prewitt"),
            ("That's the part nobody talks", "Lachlan Prewitt"),
            ("extremely difficult", "Sharon Delahunty"),
            ("Crews worked through the night", "Sharon Delahunty"),
            ("People need somewhere to go", "Graham Cusack"),
            ("A lot of these blokes", "Brendan Oakes"),
            ("Now they've lost fences and", "Brendan Oakes"),
        ],
    ),
    (
        """Drought declared across Waipiri district as farmers brace for tough winter

Farmers in the Waipiri district have welcomed a drought classification but say the support on offer will not go far for those already carrying heavy debt.

Agriculture Minister Hemi Toroa announced on Wednesday that the dry conditions across Waipiri and parts of the neighbouring Rangitawa coast would be classified as a medium-scale adverse event, unlocking $80,000 for rural support trusts and access to hardship payments for eligible farmers.

"This is one of the driest summers on record for the region and I've heard first-hand how hard it's hitting families," Toroa said.

"Rain is forecast, but it won't be enough to grow the feed that's needed going into winter."

Sheep and beef farmer Kirsty Baigent, who farms 900 hectares inland from Tūranui, said her water troughs had been running dry since January.

"We've sold about a third of our capital stock already, and the prices at the saleyards have been woeful because everyone's selling at once," she told RNZ.

Baigent said the classification was "a bit of a relief", but the real pressure was coming from interest rates.

"The drought's one thing. The overdraft is the thing keeping people up at night."

Waipiri Rural Support Trust coordinator Dennis Kereama said calls to the trust had nearly doubled since February.

"We're seeing people who have never reached out before - proud, capable farmers who are just worn down," he said.

"My message is: pick up the phone. There's no shame in it."

Kereama said the trust would use the extra funding to run community barbecues and pay for one-on-one sessions with farm advisers.

Rural Producers' Federation Waipiri president Alistair McCaw said lenders needed to show patience with farmers who had been forced to sell stock at a loss.

"We've had assurances from the banks before and they've mostly held up, but we need to see it in practice at the farm gate, not just in press releases," McCaw said.

A spokesperson for the Rural Lenders Association said its members were "working closely with affected customers" and encouraged farmers in difficulty to talk to their bank early.

Forecasters expect some rain in the region next week, but say it is unlikely to make a significant difference to soil moisture levels before the onset of winter.

The classification will remain in place until the end of October.""",
        [
            ("This is one of the driest", "Hemi Toroa"),
            ("Rain is forecast, but it", "Hemi Toroa"),
            ("We've sold about a third", "Kirsty Baigent"),
            ("a bit of a relief", "Kirsty Baigent"),
            ("The drought's one thing.", "Kirsty Baigent"),
            ("We're seeing people who have", "Dennis Kereama"),
            ("My message is: pick up", "Dennis Kereama"),
            ("We've had assurances from the", "Alistair McCaw"),
            ("working closely with affected customers", "spokesperson"),
        ],
    ),
    (
        """Farm debt mediation requests surge as drought bites in the west

By Tom Ravenscroft

Requests for farm debt mediation in western Queensland have risen by more than 40 per cent in the past year, according to figures released by the Rural Finance Commission.

The commission's annual report, "Holding the Line", found 212 mediations were requested in the 12 months to June, up from 149 the year before, with most involving cattle producers in the Wyndara and Coolibah Creek districts.

The report said drought had "compounded existing debt pressures" for many producers who had borrowed to restock after the last dry spell.

"Many enterprises entered this drought with limited equity buffers, having borrowed heavily to rebuild herds," the report said.

Commission chief executive Louise Fairbairn said the figures were a warning sign.

"Mediation is working - most cases reach an agreement - but the sheer number tells you how much pressure is out there," Ms Fairbairn said.

Wyndara grazier Rod Plunkett went through mediation with his lender last year.

He described the process as "confronting but fair" and said it had bought him time to sell a block of country without being forced off the rest.

"I'd rather have done it on my own terms, but at least I'm still on the place," Mr Plunkett said.

"A few fellas I know weren't so lucky."

One rural financial counsellor, who asked not to be named because of client confidentiality, said some of her clients were "one bad season away from losing everything" and were reluctant to seek help until it was too late.

Queensland Graziers' Alliance president Colin Marr said the state government should extend its concessional loan scheme, which closes to new applicants in December.

"Concessional loans at a decent rate are the difference between a family keeping their property and a family walking off it," Mr Marr said.

He said the alliance had written to the government asking for the scheme to be extended by at least two years.

A spokeswoman for Agriculture Minister Teresa Vukovic said the government was "reviewing the settings" of its drought assistance package and would have more to say before the state budget.

Under the Farm Debt Mediation Act, lenders must offer mediation before taking enforcement action against a farmer over a farm mortgage.

The commission's report also found the average debt of producers entering mediation had risen to $4.1 million, up from $3.3 million two years earlier.""",
        [
            ("compounded existing debt pressures", "Rural Finance Commission"),
            ("Many enterprises entered this drought", "Rural Finance Commission"),
            ("Mediation is working - most", "Louise Fairbairn"),
            ("confronting but fair", "Rod Plunkett"),
            ("I'd rather have done it", "Rod Plunkett"),
            ("A few fellas I know", "Rod Plunkett"),
            ("one bad season away from", "rural financial counsellor"),
            ("Concessional loans at a decent", "Colin Marr"),
            ("reviewing the settings", "spokeswoman"),
        ],
    ),
    (
        """Residents return as Kōtare Flat fire contained

Residents of Kōtare Flat were allowed back into their homes last night after a scrub fire that forced the evacuation of about 60 properties was contained.

The blaze broke out on a hillside above Kōtare Flat Rd about 2pm on Tuesday and spread rapidly through wilding pines and dry tussock, fanned by gusts of up to 70kmh.

Eight helicopters and 14 ground crews fought the fire through the afternoon and evening.

Lakes District Rural Fire Service principal rural fire officer Craig Henaghan said last night the fire, which covered about 340ha, was "well contained", but crews would remain on site for several days dampening hotspots.

"We've had a good run overnight, but it only takes one ember in this country and we're back at square one," he said.

He asked people to stay away from the area and not to fly drones near the fire ground.

A police officer at the cordon on Tuesday evening said some residents had been reluctant to leave. "A couple of them wanted to stay and fight it with garden hoses. We had to have some firm conversations."

Evacuee Margaret Soper, 78, spent the night at the Kōtare Flat community hall with her two cats.

"You could see the flames from the kitchen window. I just grabbed the cats, my pills and the photo albums," Mrs Soper said.

Her neighbour, orchardist Ben Whitaker, said the fire had stopped about 200m short of his cherry trees.

"If the wind had stayed nor'west another half hour, we'd have lost the lot," he said.

"I don't think people in town realise how dry it is out here. There's been no real rain since October."

Central Lakes District mayor Fiona Crichton visited the hall on Tuesday night and thanked volunteers who had provided food and bedding for evacuees.

"There'll be questions to answer about the wilding pines, and we'll answer them," she said. "But tonight's about making sure everyone's safe and has a bed."

The cause of the fire is being investigated. A total fire ban remains in place across the district.""",
        [
            ("well contained", "Craig Henaghan"),
            ("We've had a good run", "Craig Henaghan"),
            ("A couple of them wanted", "police officer"),
            ("You could see the flames", "Margaret Soper"),
            ("If the wind had stayed", "Ben Whitaker"),
            ("I don't think people in", "Ben Whitaker"),
            ("There'll be questions to answer", "Fiona Crichton"),
            ("But tonight's about making sure", "Fiona Crichton"),
        ],
    ),
    (
        """Farmers say $1bn drought fund is ‘too slow and too narrow’ as dry spreads across NSW

Farmers and rural advocates have criticised the federal government’s flagship drought relief fund, saying money is taking months to reach properties and excludes many of the producers who need it most.

In a letter sent to the agriculture minister, Justin Kettering, last week, the Southern Tablelands Landholders Network said the Dry Country Recovery Fund’s grant rounds were “too slow and too narrow” and “designed for consultants, not farmers”.

“Producers in the worst-affected shires are being asked to fill in 40-page applications while they are carting water and shooting stock,” the letter said.

The network’s chair, Annabel Strachan, who runs merinos near Kilbarra, said the criticism was not about the amount of money on offer.

“We’re not asking for handouts,” Strachan said. “We’re asking for a system that works at the speed of a drought, not the speed of Canberra.”

She said some farmers in the region had waited more than six months for a decision on grants for water infrastructure such as tanks, troughs and bores.

Kettering said the fund had delivered more than $300m since it was established and that the government was “always open to feedback”.

“We’ve made real improvements to the application process and we’ll keep making them,” he told reporters in Tamberra on Thursday.

The independent senator Rhiannon Dell, who has campaigned on regional issues, said the government had “lost touch” with communities west of the Great Dividing Range.

A senior department official, speaking on condition of anonymity, said staff had been “swamped” by applications in the latest round, with more than 4,000 received in a fortnight.

Dr Mark Okonjo, an agricultural economist at Western Plains University, said the problem was structural.

“Drought policy in this country swings between emergency cash and long-term resilience funding without ever properly joining them up,” Okonjo said. “The result is that a farmer in year three of a drought can fall through both.”

More than 60% of NSW is now classified as being in drought or drought-affected, according to the latest state seasonal conditions data, with the central and southern tablelands among the hardest-hit areas.

The minister is expected to meet farm groups in Canberra later this month.""",
        [
            ("too slow and too narrow", "Southern Tablelands Landholders Network"),
            ("too slow and too narrow", "Southern Tablelands Landholders Network"),
            ("designed for consultants, not farmers", "Southern Tablelands Landholders Network"),
            ("Producers in the worst-affected shires", "Southern Tablelands Landholders Network"),
            ("We’re not asking for handouts", "Annabel Strachan"),
            ("We’re asking for a system", "Annabel Strachan"),
            ("always open to feedback", "Justin Kettering"),
            ("We’ve made real improvements to", "Justin Kettering"),
            ("lost touch", "Rhiannon Dell"),
            ("swamped", "senior department official"),
            ("Drought policy in this country", "Mark Okonjo"),
            ("The result is that a", "Mark Okonjo"),
        ],
    ),
    (
        """Dairy farmers feel the squeeze as debt climbs after second dry summer

A second dry summer in a row has pushed debt on many Matarau Plains dairy farms to levels not seen since the payout slump of a decade ago, farm advisers say.

Farm consultant Priya Raman, who works with about 40 dairy clients in the district, said milk production was down between 10 and 15 per cent on most farms she visited, while feed bills had almost doubled.

"People have bought in palm kernel and baleage just to keep cows milking, and all of that has gone on the overdraft," she said.

Industry analysts have warned of a "wall of debt" facing the sector, with average dairy debt in the region estimated at about $28 per kilogram of milksolids.

For sharemilkers Josh and Ngaire Pomare, the figures are personal. The couple, who milk 380 cows near Te Rākau, had planned to buy into a farm next season. Those plans are now on hold.

Josh Pomare put it bluntly: "We've gone backwards about $90,000 this year. That's our deposit gone."

Ngaire Pomare said the stress had taken a toll on the family. "Some days you just don't want to open the emails."

Kauri Rural Bank, one of the district's biggest agricultural lenders, said it had not seen a significant increase in defaults but was monitoring the situation closely.

"We know this has been a really tough season, and our rural managers are on farm talking with customers about cashflow and options," the bank said in a statement.

The bank said it had approved temporary interest-only arrangements for "a number of" affected clients, but would not say how many.

Processor Harakeke Dairy said it would bring forward an advance payment to its suppliers in April.

"Our farmers have had a hard run and we want to get cash into their hands as early as we can," the company said.

Matarau Rural Wellbeing Trust chair Grant Hollis said the financial figures told only part of the story.

"What worries me is the quiet ones. The blokes who stop coming to the discussion group, who stop turning up to the rugby. That's when we need neighbours to knock on the door."

He said anyone worried about a friend or family member could call the trust's free phone line, which is staffed seven days a week.""",
        [
            ("People have bought in palm", "Priya Raman"),
            ("We've gone backwards about $90,000", "Josh Pomare"),
            ("Some days you just don't", "Ngaire Pomare"),
            ("We know this has been", "Kauri Rural Bank"),
            ("a number of", "Kauri Rural Bank"),
            ("Our farmers have had a", "Harakeke Dairy"),
            ("What worries me is the", "Grant Hollis"),
        ],
    ),
    (
        """Volunteers were 'left to fend for themselves' during Bindaree Ridge fire, inquiry told

By Jessica Nunn

A volunteer brigade captain has told a state parliamentary inquiry his crews were "left to fend for themselves" for almost 10 hours during last summer's Bindaree Ridge fire, which destroyed 23 homes on the south-west slopes.

Tumbleton Rural Fire Brigade captain Warren Fitzell gave evidence at a hearing in the regional centre of Corrowong on Friday.

"We had no air support, no incident management team on the ground and the radio network dropped out for most of the afternoon," Mr Fitzell told the inquiry.

"At one stage I had three trucks and 11 people trying to hold a front that was probably four kilometres wide.

"I'm not blaming anyone in particular. I'm saying the system wasn't built for a fire like that one."

Mr Fitzell said two members of his brigade had stepped away since the fire, citing exhaustion and trauma.

The inquiry also heard from sheep farmer Deborah Kinnane, whose property lost 1,800 hectares of pasture and more than 600 sheep.

Ms Kinnane said she had waited five months for a recovery grant and had been asked to resubmit paperwork three times.

"I've got receipts for fencing I put up myself with borrowed money, and I'm still waiting," she said.

According to a submission from the State Emergency Recovery Agency, 71 per cent of eligible primary producer grants had been paid within 90 days.

The agency's submission acknowledged "delays in a minority of complex cases" and said it had since hired additional assessors.

Inquiry chair Michael Tran said the committee would visit fire-affected communities in March.

"We've heard some very raw evidence today and it's important the committee sees these places for itself," Mr Tran said.

A spokesman for the Rural Fire Command said the agency would respond to the evidence when it appeared before the inquiry next month.

The inquiry is due to hand down its report by the end of June.""",
        [
            ("left to fend for themselves", "Warren Fitzell"),
            ("left to fend for themselves", "Warren Fitzell"),
            ("We had no air support,", "Warren Fitzell"),
            ("At one stage I had", "Warren Fitzell"),
            ("I'm not blaming anyone in", "Warren Fitzell"),
            ("I've got receipts for fencing", "Deborah Kinnane"),
            ("delays in a minority of", "State Emergency Recovery Agency"),
            ("We've heard some very raw", "Michael Tran"),
        ],
    ),
    (
        """Hay convoy rolls into Baringa as drought-hit farmers welcome relief

More than 70 trucks carrying about 3000 bales of hay rolled into the Baringa showgrounds on Saturday morning, ending a 900km journey from the Western District to one of the driest corners of the state.

The convoy, organised by the charity Fodder Across Borders, was the group’s biggest run since it started four years ago, according to organisers. It was led into town by veteran driver Keith “Bluey” Rendell, who has driven on every run.

Founder Darren Mulholland, a livestock carrier from Kellerton, said the response from drivers had been overwhelming.

“We put the call out in June thinking we’d get maybe 30 trucks,” he said. “By the end of the first week we had to start turning people away.”

Mr Mulholland said many of the drivers had donated their time and fuel.

“Some of these fellas have come off a night shift and driven straight here. That’s the kind of people they are.”

Baringa farmer Cheryl Atkins, who has been hand-feeding her cattle since February, said she cried when the trucks came over the rise.

“You feel forgotten out here, honestly,” Mrs Atkins said. “Then you see that and you realise people do care.”

She said the 20 bales allocated to her property would last about three weeks.

Baringa Lions Club president Trevor Nankervis said the club had fed more than 200 people at a barbecue after the trucks were unloaded.

“It’s been a tough couple of years and you can see it on people’s faces,” Mr Nankervis said. “Today was the first time in a long while I’ve seen the whole town smile.”

Not everyone is convinced hay runs are the answer. A local stock agent, who did not want to be named, said donated fodder was “a band-aid” and could undercut local hay growers.

“It’s a lovely gesture, but what these farmers need is rain and a bit of breathing room from the banks,” the agent said.

Mr Mulholland said he understood the criticism, but the charity bought hay from local growers wherever it could.

The group is planning another run in spring.""",
        [
            ("We put the call out", "Darren Mulholland"),
            ("By the end of the first", "Darren Mulholland"),
            ("Some of these fellas have", "Darren Mulholland"),
            ("You feel forgotten out here", "Cheryl Atkins"),
            ("Then you see that and", "Cheryl Atkins"),
            ("It’s been a tough couple", "Trevor Nankervis"),
            ("Today was the first time", "Trevor Nankervis"),
            ("a band-aid", "local stock agent"),
            ("It’s a lovely gesture, but", "local stock agent"),
        ],
    ),
]
