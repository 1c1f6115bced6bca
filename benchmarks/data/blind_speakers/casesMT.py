CASES = [
    (
        """Residents told to leave immediately as Tarrawong fire breaks containment lines

By Hannah Corcoran

Residents of two small towns in Victoria's south-west have been told to evacuate immediately after a bushfire in the Tarrawong State Forest broke through containment lines on Tuesday afternoon.

An emergency warning is in place for Carrabee, Wylie Creek and surrounding areas, with the fire burning in a south-easterly direction towards the Hollins Highway.

Incident controller Mark Trevithick, from the Rural Fire Command, said conditions had deteriorated much faster than forecast.

"We had a wind change come through about an hour earlier than we were expecting, and that has pushed the fire across our containment lines on the northern flank," he said.

"If you are in Carrabee or Wylie Creek and you have not left, you need to go now. Do not wait to see smoke or flames."

Mr Trevithick said more than 140 firefighters and 12 aircraft were working on the blaze, which has burnt through about 4,800 hectares since it was sparked by lightning on Sunday.

"Conditions on the fireground are extremely challenging, and I'd ask people to give our crews room to work," he told ABC Radio.

Carrabee resident Lorraine Pekin, who left her property with her two kelpies shortly after midday, said the sky had turned "an awful orange colour" by the time she reached the relief centre at Danbury.

"You could hear it before you could see it. I've lived here 31 years and I've never packed the car that fast," Ms Pekin said.

"I just grabbed the dogs, the photos and my tablets, and I went."

A relief centre has been opened at the Danbury Memorial Hall, where volunteers were handing out food and water on Tuesday evening.

Emergency Services Minister Jacqueline Orr said she was "deeply concerned" for the communities in the fire's path.

"This is a dangerous fire on a dangerous day, and I would urge everyone to listen to the advice of emergency services," she said.

Senior meteorologist Priya Raghunathan, from the State Weather Centre, said a cooler south-westerly change was expected to reach the fireground after 9:00pm, but warned it could bring "erratic and gusty winds" before any relief arrived.

"The change itself is going to be problematic for firefighters, because it will turn that long eastern flank of the fire into a new front," she said.

The Hollins Highway is closed between Danbury and Mount Elphin, and police have asked people not to travel to the area.

A police spokeswoman said officers had been "door-knocking all afternoon" in the rural areas north of Carrabee.""",
        [
            ("We had a wind change", "Mark Trevithick"),
            ("If you are in Carrabee", "Mark Trevithick"),
            ("Conditions on the fireground are", "Mark Trevithick"),
            ("an awful orange colour", "Lorraine Pekin"),
            ("You could hear it", "Lorraine Pekin"),
            ("I just grabbed the dogs", "Lorraine Pekin"),
            ("deeply concerned", "Jacqueline Orr"),
            ("This is a dangerous fire", "Jacqueline Orr"),
            ("erratic and gusty winds", "Priya Raghunathan"),
            ("The change itself is", "Priya Raghunathan"),
            ("door-knocking all afternoon", "spokeswoman"),
        ],
    ),
    (
        """State of emergency declared as Ōtahiri River bursts its banks

Sam Whitcombe
09:42, Mar 14 2025

A local state of emergency has been declared in the Te Awanui District after the Ōtahiri River burst its banks overnight, forcing about 300 people from their homes.

Te Awanui Mayor Gareth Pohatu signed the declaration shortly after 2am on Friday, as the river at the Kererū Bridge gauge climbed past its 1998 record.

"We've made this call so that our teams have the powers they need to move people quickly and safely," Pohatu said.

"The river has not peaked yet. If you are in a low-lying area and you're told to go, please go."

Evacuation centres have been set up at Ōtahiri School and Te Rerenga Marae, where about 180 people spent the night.

Civil Defence controller Anahera Waitoa said about 120 homes in the suburb of Riverlea had water through them by daybreak.

"We've had crews out in boats since about four o'clock this morning, and we've pulled 37 people off roofs and out of cars," she told Stuff.

"It's been a long night for everyone, but the response from the community has been incredible. Neighbours are taking in neighbours."

Waitoa said the priority on Friday was checking on elderly residents in rural areas north of the town, where phone lines and power were down.

In a statement, Te Awanui District Council said its water treatment plant had been shut down "as a precaution" and residents on the town supply should boil all drinking water until further notice.

"Bottled water will be available from both evacuation centres from 10am," the statement said.

Kevin Marsh, who has farmed sheep and beef on the river flats for 40 years, said he moved his stock to higher ground on Thursday afternoon but still expected to lose "at least a couple of hundred" lambs.

"I've seen floods before, but nothing like this. The water came up over the fence tops in about an hour," he said.

One Riverlea resident, who asked not to be named, said she was angry that no warning had reached her street until water was already "lapping at the front step".

"Nobody knocked on our door. We found out from a neighbour's Facebook post," she said.

Pohatu acknowledged some residents had not received emergency mobile alerts and said the council would review "every part" of its response once the water receded.

A heavy rain warning remains in place for the Kaimatua Ranges until 6pm, with a further 60 to 90mm possible.

Forecaster Tom Hurndell said the rain should ease by evening, but rivers would stay high into Saturday.

"The worst of it should be behind us by tonight, but the rivers will take a while to respond," Hurndell said.""",
        [
            ("We've made this call", "Gareth Pohatu"),
            ("The river has not peaked", "Gareth Pohatu"),
            ("We've had crews out", "Anahera Waitoa"),
            ("It's been a long night", "Anahera Waitoa"),
            ("as a precaution", "Te Awanui District Council"),
            ("Bottled water will be", "Te Awanui District Council"),
            ("at least a couple of", "Kevin Marsh"),
            ("I've seen floods before", "Kevin Marsh"),
            ("lapping at the front step", "resident"),
            ("Nobody knocked on our door", "resident"),
            ("every part", "Gareth Pohatu"),
            ("The worst of it", "Tom Hurndell"),
        ],
    ),
    (
        """‘We’re running on empty’: Drought tightens grip on the west as town dam falls below 10 per cent

By Lachlan Hewitt
March 3, 2025 — 5.00am

The central west town of Merrigal could run out of drinking water by winter unless significant rain falls in its catchment, with the town’s main storage dropping to 8.4 per cent of capacity this week.

Merrigal Shire mayor Deborah Fane said the town of 6000 people had already moved to level five water restrictions, banning all outdoor watering and asking households to use no more than 150 litres a person each day.

“We’re running on empty. People have done everything we’ve asked of them, and they’re still watching the dam go down every single week,” Fane said.

“I’ve got pensioners ringing me asking whether they’ll be able to have a shower in August. That’s not a conversation any mayor should be having.”

According to Central West Water, which manages Kooringa Dam, inflows over the past 18 months have been the lowest since records began in 1946. A spokeswoman for the utility said contingency plans, including carting water by road from Wendover, 90 kilometres away, were “well advanced”.

Alison Keevers, who runs 2000 merino ewes with her husband, Tom, on a property 40 kilometres north of town, said the family had sold almost half their flock since October.

“You make the decision with your head, because your heart would never let you do it,” she said. “We’ve been hand-feeding since last autumn and the cost of grain has gone through the roof.”

Keevers said the family had applied for the state’s drought transport subsidy but were still waiting on approval after seven weeks. “The paperwork alone is a full-time job,” she said.

Water Minister Rhys Cattermole told the Herald the government had committed $28 million to emergency water infrastructure across the region, including two new bores at Merrigal due to be connected by May.

“We are not going to let any town in this state run dry. Every option is on the table, and we’re working hand in glove with council,” Cattermole said.

But the opposition’s water spokesman, Graham Tilley, said the funding had come “far too late” for communities that had been asking for help since 2023.

“The minister has known about this for two years. These towns have been crying out for support, and the government has sat on its hands,” Tilley said.

Dr Fiona Leckie, a hydrologist at Western Plains University, said rainfall deficiencies across the catchment were now “about as bad as it gets” over a 20-month period, and even an average autumn would not be enough to refill storages.

“You need a big, sustained rain event – the kind of thing that soaks the catchment for a week – before you see any meaningful run-off into the dam,” she said.""",
        [
            ("We’re running on empty", "Deborah Fane"),
            ("We’re running on empty. People", "Deborah Fane"),
            ("I’ve got pensioners ringing me", "Deborah Fane"),
            ("well advanced", "spokeswoman"),
            ("You make the decision", "Alison Keevers"),
            ("We’ve been hand-feeding since", "Alison Keevers"),
            ("The paperwork alone is", "Alison Keevers"),
            ("We are not going to", "Rhys Cattermole"),
            ("far too late", "Graham Tilley"),
            ("The minister has known", "Graham Tilley"),
            ("about as bad as", "Fiona Leckie"),
            ("You need a big,", "Fiona Leckie"),
        ],
    ),
    (
        """Homes destroyed, 90 households evacuated as Maungaroa Valley fire burns

A large scrub fire in the Maungaroa Valley has destroyed at least three homes and forced about 90 households to leave, as crews prepare for another difficult day on the fireground.

The fire started about 2.30pm on Sunday on hills above Ashbury, in inland Canterbury, and had burned through about 2200 hectares of scrub and plantation forest by Monday morning.

Rural Fire Authority incident controller Craig Dunmore said strong winds had made the blaze impossible to contain on Sunday afternoon.

"It moved very quickly through dry gorse and broom, and with the nor'wester gusting at 70 to 80km/h there was very little our crews could do on the front," Dunmore said.

He said crews had been "stretched to the limit" overnight protecting houses along Tawa Road.

"We've had to make some very hard calls about where we put our resources. Our priority has been life first, then property."

Dunmore said 11 helicopters and two fixed-wing aircraft would be back over the fire at first light, and ground crews from neighbouring districts had been called in to relieve exhausted firefighters.

In a statement, Canterbury Police said a cordon remained in place at the Ashbury end of Maungaroa Valley Road and anyone trying to get back in would be turned away.

"We understand people are anxious to check on their homes and animals, but the area is not safe and we will let people know as soon as that changes," the statement said.

Ashbury resident Helen Gutteridge told RNZ she and her husband had about 10 minutes to grab their dog, photo albums and medication before police arrived at the door.

"We looked up the hill and the whole ridge was alight. We didn't even stop to think, we just went," she said.

"You don't realise what's important until you've got ten minutes to choose."

Gutteridge said a neighbour who stayed behind to defend his property had told her their house was still standing on Monday morning.

A welfare centre has been set up at the Ashbury Memorial Hall, and the local A&P showgrounds are taking horses and livestock.

Waimaru District Mayor Phil Tancred said the community was "absolutely gutted" for the families who had lost their homes.

"These are people who have lived in this valley for generations. We will wrap around them in every way we can," he said.

According to the Rural Fire Authority, more than 20 vegetation fires have been reported in Canterbury since the start of January, almost double the number for the same period last year. A total fire ban is in place across the district.""",
        [
            ("It moved very quickly", "Craig Dunmore"),
            ("stretched to the limit", "Craig Dunmore"),
            ("We've had to make", "Craig Dunmore"),
            ("We understand people are anxious", "Canterbury Police"),
            ("We looked up the hill", "Helen Gutteridge"),
            ("You don't realise what's important", "Helen Gutteridge"),
            ("absolutely gutted", "Phil Tancred"),
            ("These are people who", "Phil Tancred"),
        ],
    ),
    (
        """Fears for Corrandale as Tambarra River heads for record peak

Jessica Palmer

Residents in the central Queensland town of Corrandale have been warned the Tambarra River could peak higher than the devastating 2011 flood, with evacuation orders issued for more than 800 homes.

The river was sitting at 9.2m on Wednesday afternoon and was expected to reach 11.5m by late Thursday, the local disaster management group said.

Corrandale Regional Council Mayor Bruce Kiernan told reporters the town was bracing for "the worst flood in living memory".

"I don't say that lightly," Mr Kiernan said.

"We've had people ringing in all day asking whether they should leave. My answer is simple: if you are in the evacuation zone, pack up and get out now."

An evacuation centre has been set up at the Corrandale Showgrounds, where about 250 people had registered by Wednesday evening.

Premier Steven Maclure, who flew into Corrandale on Wednesday morning, said extra swift-water rescue crews and two helicopters had been sent to the region.

"Queenslanders have been through this before and we know how to look after each other," Mr Maclure said.

"But I want to be very clear: floodwater is not something to play with. If it's flooded, forget it."

SES local controller Nicole Baird said volunteers had carried out 46 rescues since Monday, most of them involving motorists who had driven into floodwater.

"Every one of those rescues puts our volunteers at risk, and every one of them was avoidable," Ms Baird said.

Pensioner Margaret Dowling, 78, was among the first to arrive at the showgrounds, with a small suitcase and her cat, Biscuit.

"My son came and got me at lunchtime. I didn't want to go, but he wasn't taking no for an answer," Mrs Dowling said.

"I was here in 2011 and the water came right up to the windowsills. I'm not going through that again."

A senior police officer said several residents in the low-lying Eastbank area had refused to leave, and officers would return to "have another crack at convincing them" on Thursday morning.

Power supplier Northpower Energy said about 3200 customers were without electricity and it could be "several days" before supply was restored to some streets.

"Our crews cannot safely access damaged infrastructure until the water goes down," the company said.

According to the weather bureau, a further 100mm to 200mm is forecast for the upper catchment over the next 48 hours, meaning the river could stay high into the weekend.""",
        [
            ("the worst flood in", "Bruce Kiernan"),
            ("I don't say that lightly", "Bruce Kiernan"),
            ("We've had people ringing", "Bruce Kiernan"),
            ("Queenslanders have been through", "Steven Maclure"),
            ("But I want to", "Steven Maclure"),
            ("Every one of those", "Nicole Baird"),
            ("My son came and", "Margaret Dowling"),
            ("I was here in 2011", "Margaret Dowling"),
            ("have another crack at", "senior police officer"),
            ("several days", "Northpower Energy"),
            ("Our crews cannot safely", "Northpower Energy"),
        ],
    ),
    (
        """Drought declared in Marawera as farmers face 'toughest autumn in decades'

By Grant Mahoney

The Government has classified drought conditions across the Marawera district as a medium-scale adverse event, unlocking up to $150,000 in support for farmers and growers.

Agriculture Minister Ruth Carrodus announced the classification yesterday during a visit to a sheep and beef station near Pukerangi.

"Farmers in Marawera have done everything right, destocking early and making tough calls, but there's only so much anyone can do when it simply doesn't rain," Carrodus said.

The funding will go towards rural support services and technical advice, and farmers will be able to apply for tax relief through income equalisation schemes.

A report released last week by the Marawera Regional Council, "Dry Season Outlook: Autumn 2025", found soil moisture across much of the district was at its lowest level for this time of year since 2013. The report warned that flows in several rivers could fall to "historically low levels" by April.

Hamish Te Rangi, who farms 1800ha at Pukerangi with his wife and two sons, said this was shaping up as "the toughest autumn in decades".

"The paddocks are bare, the dams are dry, and the works are booked solid so you can't even get stock away," Te Rangi said.

"We've been carting water to stock for six weeks now. That's diesel, that's labour, that's time you don't have."

Janine Oakley, co-ordinator of the Marawera Rural Support Network, said the network had seen a "real spike" in calls from farmers over the past month.

"People are tired. They've had the cyclone clean-up, then low lamb prices, and now this. It all builds up," Oakley said.

She urged anyone struggling to reach out: "There's no shame in picking up the phone. That's what we're here for."

Marawera Farmers' Association president Doug Whyte said the support was welcome but amounted to "a drop in the bucket".

"We appreciate the minister coming out here, but $150,000 spread across a few hundred farms won't go far," Whyte said.

Urban residents are also being asked to conserve water. In a Facebook post, the Marawera District Council said sprinkler bans were in force in Pukerangi and the coastal settlement of Ōrua Bay.

"Our reservoirs are holding up for now, but we need everyone to do their bit," the council said.""",
        [
            ("toughest autumn in decades", "Hamish Te Rangi"),
            ("Farmers in Marawera have", "Ruth Carrodus"),
            ("historically low levels", "Marawera Regional Council"),
            ("the toughest autumn in decades", "Hamish Te Rangi"),
            ("The paddocks are bare", "Hamish Te Rangi"),
            ("We've been carting water", "Hamish Te Rangi"),
            ("real spike", "Janine Oakley"),
            ("People are tired.", "Janine Oakley"),
            ("There's no shame in", "Janine Oakley"),
            ("a drop in the bucket", "Doug Whyte"),
            ("We appreciate the minister", "Doug Whyte"),
            ("Our reservoirs are holding", "Marawera District Council"),
        ],
    ),
    (
        """Hills families flee as out-of-control blaze tears through Karrawong

Daniel Ferro and Kate Lindqvist

Dozens of families in Perth’s eastern hills spent Saturday night in an evacuation centre after an out-of-control bushfire tore through bushland in Karrawong, destroying one home and threatening dozens more.

An emergency warning was issued about 3pm for parts of Karrawong, Birra Hill and Leighton Vale. According to the Fire and Emergency WA alert, “there is a threat to lives and homes” and residents who had not already left were told to shelter in the strongest building they could find.

Fire and Emergency WA deputy commissioner Greg Hollister said the fire had been driven by gusty easterly winds and temperatures in the high 30s.

“This fire has been burning under very difficult conditions, and crews have done an outstanding job to hold it where they have,” Mr Hollister said.

“We did lose one house in Birra Hill, and that’s heartbreaking for the family involved. But we saved a lot of homes today that, frankly, were right in the path of this fire.

“I can’t stress enough that this fire is not out. We are expecting another tough day tomorrow.”

More than 180 firefighters, supported by water bombers and a large air tanker, were on the fireground last night. The blaze had burnt about 1100ha by 8pm.

One volunteer firefighter, who did not want to be named because he was not authorised to speak to media, said crews had been “flat out since lunchtime” and some had gone eight hours without a proper break.

Emergency Services Minister Paul Varga told reporters at the incident control centre that the State Government would activate disaster recovery funding for affected residents.

“We will be there for these families for as long as it takes,” he said.

Birra Hill resident Tanya Willoughby, whose neighbours lost their home, said the family had escaped with their two horses minutes before the fire front arrived.

“It’s just devastating. They’ve been here 25 years — raised their kids in that house,” Ms Willoughby said.

Shire of Birrawa president Lyn Cassidy said the Karrawong Recreation Centre had been opened as an evacuation centre and “we’ve got plenty of beds, food and a lot of very kind volunteers”.

Police said the cause of the fire was being investigated and asked anyone with dashcam footage from the area on Saturday afternoon to come forward.

Karrawong Road remains closed between Leighton Vale Drive and the Birrawa Highway.""",
        [
            ("there is a threat to", "Fire and Emergency WA"),
            ("This fire has been burning", "Greg Hollister"),
            ("We did lose one house", "Greg Hollister"),
            ("I can’t stress enough", "Greg Hollister"),
            ("flat out since lunchtime", "volunteer firefighter"),
            ("We will be there", "Paul Varga"),
            ("It’s just devastating.", "Tanya Willoughby"),
            ("we’ve got plenty of beds", "Lyn Cassidy"),
        ],
    ),
    (
        """Campers evacuated as Kaiwhero River rises

Rhys Tanner

More than 200 campers and trampers were evacuated from the upper Kaiwhero Valley yesterday as heavy rain sent the river surging towards the only access road.

Kaiwhero Civil Defence local controller Bridget Lomax said the decision to clear the valley's three campgrounds was made about 11am, after the river gauge at Cattle Flat Bridge rose 1.2m in just over an hour.

"We didn't want to wait until the road was cut and then have people stuck up there overnight," Ms Lomax said.

"Most people were very understanding. A few weren't thrilled about packing up wet tents, but that's a small price to pay."

By 2pm, floodwater was flowing across the road at the narrow gorge locals call "the Gut", and it was closed to all traffic shortly afterwards.

A Conservation Service spokesman said staff had checked all four huts in the upper valley.

"All trampers who registered intentions have been accounted for, and we are not aware of anyone else in the area," the spokesman said.

Les Harnett, who has managed the Cattle Flat campground for 14 years, said he had "never seen it come up that fast".

"It went from a nice clear river in the morning to brown and roaring by lunchtime. You could hear boulders rolling along the bottom," Mr Harnett said.

German visitor Lena Hoffmann (24) said she and her partner were given 20 minutes to pack up their campervan.

"We were told to leave in 20 minutes. It was a bit scary, but everyone was so calm and helpful," Ms Hoffmann said.

Senior Sergeant Mark Pirini, of Kaiwhero police, urged motorists to stay off rural roads in the district overnight and pointed to the council's "Turn Around, Don't Drown" campaign.

"Please, if you see water over the road, don't try to drive through it. It only takes a small amount of water to float a car," Snr Sgt Pirini said.

A heavy rain warning remains in place for the ranges until 9am today, with the national weather service forecasting a further 80mm overnight.

In a statement last night, Kaiwhero Mayor Sue Findlay said the council's emergency operations centre would remain open.

"Our thoughts are with everyone who has had their holiday disrupted, and I want to thank the crews who worked in difficult conditions to get people out safely," Ms Findlay said.""",
        [
            ("We didn't want to", "Bridget Lomax"),
            ("Most people were very", "Bridget Lomax"),
            ("All trampers who registered", "spokesman"),
            ("never seen it come", "Les Harnett"),
            ("It went from a", "Les Harnett"),
            ("We were told to", "Lena Hoffmann"),
            ("Please, if you see", "Mark Pirini"),
            ("Our thoughts are with", "Sue Findlay"),
        ],
    ),
]
