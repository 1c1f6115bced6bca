CASES = [
    (
        """Crews gain ground on Juniper Mesa Fire as evacuation orders ease near Sagebrush Flats

By Dana Whitcomb, Staff writer

SAGEBRUSH FLATS — Firefighters on Tuesday pushed containment of the Juniper Mesa Fire to 35%, allowing some residents east of State Route 87 to return home for the first time in five days.

The fire, which started Thursday afternoon near a Forest Service campground, has burned about 14,200 acres of pinyon-juniper woodland and grassland in northern Calloway County.

"We had a good day yesterday and a better night," said incident commander Rick Alvarado of the Southwest Area Incident Management Team. "The humidity came up, the winds laid down, and crews were able to put in direct line along the southern flank."

Alvarado cautioned that the forecast for Thursday called for gusts up to 40 mph and single-digit humidity. "This fire is not done with us," he said at a community meeting at Sagebrush Flats High School on Monday night.

The Calloway County Sheriff's Office downgraded evacuation orders for the Piñon Hills and Cedar Draw subdivisions to "Set," meaning residents may return but should be ready to leave again at short notice.

Marlene Ostrowski, 71, was among the first to drive back up Cedar Draw Road on Tuesday morning. Her house was standing. Her neighbor's shed was not.

"You see the black line come right down to the fence and stop," she said. "I don't know who those guys were with the bulldozer, but I want to bake them something."

Sheriff Tom Beaudry said deputies would keep checkpoints at the entrances to both subdivisions through the weekend to deter looting. Two people were arrested Sunday on suspicion of burglary in an evacuated area, according to the sheriff's office.

"If you don't live there, you don't need to be there," Beaudry said.

The cause of the fire remains under investigation. A Forest Service spokeswoman said investigators had ruled out lightning but declined to elaborate.

Officials said the fire had destroyed 11 homes and 23 outbuildings, a figure that could rise as damage assessment teams finish their work. The county's emergency management director, Gloria Enriquez, said the county has asked for a federal grant that would cover up to 75% of eligible firefighting costs.

"We're a small county with a small budget," Enriquez said. "A fire this size can eat a year's worth of road money in a week."

A shelter at the high school run by the Mesa Valley Relief Network housed 46 people Monday night, down from more than 200 over the weekend. A spokesperson for the network said the shelter would stay open "as long as there is one family that needs it."

Residents can check evacuation status on the county's website or by calling the sheriff's non-emergency line.""",
        [
            ("We had a good day", "Rick Alvarado"),
            ("The humidity came up, the", "Rick Alvarado"),
            ("This fire is not done", "Rick Alvarado"),
            ("You see the black line", "Marlene Ostrowski"),
            ("I don't know who those", "Marlene Ostrowski"),
            ("If you don't live there,", "Tom Beaudry"),
            ("We're a small county with", "Gloria Enriquez"),
            ("A fire this size can", "Gloria Enriquez"),
            ("as long as there is", "spokesperson"),
        ],
    ),
    (
        """Yarrabee faces stage 3 water restrictions as Lake Tarrant drops to 18 per cent

By Sophie Kerrigan

Residents of Yarrabee in western Victoria will be banned from using sprinklers from next month after the town’s main reservoir fell to its lowest level in more than a decade.

Western Plains Water announced on Monday that stage 3 restrictions would apply to Yarrabee, Corringle and Mount Dunmore from March 1, with hand-held hoses permitted only on alternate days between 6pm and 8am.

Lake Tarrant, which supplies about 4,200 people, is sitting at 18 per cent capacity after the driest winter and spring on record for the district, according to Western Plains Water.

Managing director Kylie Brennan said the corporation had held off on tougher restrictions for as long as it could.

“We know this is hard news for people who have spent years getting their gardens through dry times,” Ms Brennan said.

“But we are now planning on the basis that we may not see meaningful inflows until next winter, and we have to protect the supply for drinking and essential use.”

She said the corporation was also bringing forward work on a $6.8 million pipeline to connect Yarrabee to the regional grid, which had been scheduled for 2027.

Yarrabee Shire mayor Des Whitfield told the ABC the council would stop watering most parks and ovals but would try to keep the town’s main football ground alive.

“The footy ground is the heart of the town in winter,” he said.

“If we lose the turf, we’re looking at $200,000 to bring it back, and that’s money we simply don’t have.”

Sheep and grain farmer Andrew Polglase, who runs 2,000 ewes north of Corringle, said he had been carting water to stock for four months.

“Every dam on the place is dry bar one, and that one’s more mud than water,” he said.

Mr Polglase said he had sold about a third of his flock in spring and was considering selling more. He described the season as “the worst I’ve seen, and I’ve seen ’82 and the Millennium Drought”.

A spokeswoman for the Water Minister said the government was “monitoring the situation closely” and that drought support grants of up to $10,000 were available to eligible farm businesses.

Ms Brennan said the corporation would rely mostly on education rather than fines, but repeat offenders could face penalties of up to $1,800.

“We’d much rather knock on a door than write a ticket,” she said.

Restriction details are available on the Western Plains Water website.""",
        [
            ("We know this is hard", "Kylie Brennan"),
            ("But we are now planning", "Kylie Brennan"),
            ("The footy ground is the", "Des Whitfield"),
            ("If we lose the turf,", "Des Whitfield"),
            ("Every dam on the place", "Andrew Polglase"),
            ("the worst I’ve seen, and", "Andrew Polglase"),
            ("monitoring the situation closely", "spokeswoman"),
            ("We’d much rather knock on", "Kylie Brennan"),
        ],
    ),
    (
        """Rio Seco council approves 18% water rate hike over three years

By Marcus Tafoya | Sun-Ledger

RIO SECO, N.M. — The Rio Seco City Council voted 5-2 Monday night to raise residential water rates by 18% over three years, a plan utility officials say is needed to replace aging pipes and drill two new wells as the Caliche Basin aquifer continues to decline.

The increase, the first since 2017, will add about $6.40 a month to the average household bill in the first year, according to the Rio Seco Utilities Department. Base rates will rise 7% on July 1, followed by 6% increases in each of the next two years.

Utilities Director Hector Vigil told councilors the department loses roughly 1 in 5 gallons it pumps to leaks in cast-iron mains, some of them laid in the 1950s.

"We are pumping water out of the ground, paying for the electricity to do it, and then losing it under the street," Vigil said. "That's not a sustainable way to run a desert utility."

The department said in a written presentation to the council that groundwater levels at its well field east of the interstate have dropped an average of 1.8 feet a year over the past decade. Two wells were taken offline last summer after they began pumping sand, the utility said. Without new wells, the presentation warned, the city could face "supply shortfalls during peak summer demand as early as 2028."

Councilor Yvonne Archuleta, who voted against the plan, said the increase would fall hardest on retirees and families on fixed incomes in the city's older neighborhoods.

"I've got constituents choosing between their water bill and their medicine," Archuleta said. "I'm not against fixing pipes. I'm against doing it on the backs of people who can least afford it."

The council approved an amendment from Archuleta expanding a low-income assistance program, which will now offer a 30% discount to households earning up to 200% of the federal poverty level.

Mayor Pro Tem Daniel Kessler, who voted for the increase, put it bluntly: "Every year we wait, the pipes get older and the fix gets more expensive."

About 40 people attended the meeting, and more than a dozen spoke during public comment. Most opposed the increase.

Luis Benavidez, a landscaper who said he has lived in the Loma Verde neighborhood for 30 years, said he understood the need for repairs but did not trust the city to spend the money well.

"They told us the same thing last time," he said. "Where did that money go?"

Vigil said revenue from the 2017 increase paid for a treatment system to remove arsenic, which was required under federal rules.

A statement from the Loma Verde Neighborhood Association, read into the record by its president, called the plan "a regressive tax dressed up as infrastructure."

The new rates take effect July 1.""",
        [
            ("We are pumping water out", "Hector Vigil"),
            ("That's not a sustainable way", "Hector Vigil"),
            ("supply shortfalls during peak summer", "Rio Seco Utilities Department"),
            ("I've got constituents choosing between", "Yvonne Archuleta"),
            ("I'm not against fixing pipes.", "Yvonne Archuleta"),
            ("Every year we wait, the", "Daniel Kessler"),
            ("They told us the same", "Luis Benavidez"),
            ("Where did that money go?", "Luis Benavidez"),
            ("a regressive tax dressed up", "Loma Verde Neighborhood Association"),
        ],
    ),
    (
        """‘We lost everything but each other’: Tarrawong Ranges fire destroys 14 homes

By Liam Carver

At least 14 homes have been destroyed and a volunteer firefighter has been taken to hospital after a bushfire tore through farmland and bush in the Tarrawong Ranges, east of Merrimbah, on Saturday afternoon.

The blaze, which began near Quarry Road about 1.30pm, burned more than 2300 hectares before a cool change swept through about 7pm, according to the State Fire Service.

State Fire Service chief officer Graham Pickett told reporters in Merrimbah on Sunday morning that the fire had behaved “exactly as we feared it would”.

“We had 42-degree temperatures, north-westerly winds gusting to 70 kilometres an hour and fuel that hasn’t been this dry in a generation,” he said.

“Once it got into the ranges, there was very little anyone could do except get people out of its way.”

Mr Pickett said a 58-year-old volunteer from the Merrimbah brigade suffered burns to his hands and arms when his truck was caught by a wind change. He was flown to Adelaide and is in a stable condition.

Jenny Matheson and her husband Rob left their property on Ridge Track with their two children, three dogs and “whatever fit in the ute” about 2.45pm.

When they returned on Sunday morning, only the chimney and a water tank were standing.

“We lost everything but each other,” Ms Matheson said, holding back tears. “The kids are OK. That’s all I keep telling myself.”

Neighbour Bruce Hanlon, 74, stayed to defend his home with a petrol pump and a dam.

“I’ve been here 40 years and I know that country,” he said. “But I won’t lie to you, there was a moment there when I thought, that’s it.”

Mr Hanlon’s house survived. His hay shed and about 300 bales did not.

Emergency Services Minister Kate Dorrington visited the relief centre at the Merrimbah Town Hall on Sunday and announced emergency relief payments of $700 per adult and $350 per child would be available immediately.

“No one should have to worry about where the next meal is coming from while they work out what comes next,” she said.

A State Fire Service spokesperson said on Sunday afternoon that crews were still patrolling the fireground and blacking out hot spots ahead of warmer weather forecast for Tuesday. Investigators are expected on site on Monday.

The Merrimbah Football Club said in a Facebook post that it would open its clubrooms to anyone who needed a hot shower or a meal, adding: “Whatever you need, just turn up.”""",
        [
            ("We lost everything but each", "Jenny Matheson"),
            ("exactly as we feared it", "Graham Pickett"),
            ("We had 42-degree temperatures, north-westerly", "Graham Pickett"),
            ("Once it got into the", "Graham Pickett"),
            ("whatever fit in the ute", "Jenny Matheson"),
            ("We lost everything but each", "Jenny Matheson"),
            ("The kids are OK.", "Jenny Matheson"),
            ("I’ve been here 40 years", "Bruce Hanlon"),
            ("But I won’t lie to", "Bruce Hanlon"),
            ("No one should have to", "Kate Dorrington"),
            ("Whatever you need, just turn", "Merrimbah Football Club"),
        ],
    ),
    (
        """Verde Bend farmers brace for deeper Colorado River cuts

By Alyssa Moreno

VERDE BEND, Ariz. — Tom Hadley fallowed 400 of his 1,100 acres last year. This year, he expects to leave more than half of his land dry.

"My grandfather came out here because there was water," Hadley, a third-generation cotton and alfalfa grower, said as he stood at the edge of a dusty field off Battaglia Road. "I'm starting to wonder if I'm going to be the one who has to tell my kids there isn't."

The Coyote Wash Irrigation District board voted Thursday to cut deliveries to its members by another 15% starting in January, on top of reductions imposed over the past three years as Colorado River supplies to central Arizona have shrunk.

"We are managing scarcity now, not abundance," said Renee Solano, general manager of the Coyote Wash Irrigation District. "Every acre-foot we don't get from the river has to come from somewhere, and right now that somewhere is the aquifer."

The district has drilled six wells since 2022 to partly make up the difference, but pumping costs have nearly doubled and water tables in parts of the district have fallen more than 20 feet, according to district records.

A report released last month by the Sonoran Basin Water Institute, a nonprofit research group based in Tucson, warns the strategy has limits. The report, titled "Groundwater Outlook 2030," concludes that "continued reliance on groundwater to backfill surface-water shortages is not sustainable beyond the end of this decade."

Priya Raman, a hydrologist at the institute and one of the report's authors, said farmers are being asked to absorb most of the pain.

"Cities have banked water, they've diversified their supplies," she said. "Agriculture in central Arizona doesn't have those cushions."

State Rep. Carl Lindgren, R-Verde Bend, said he will introduce legislation next session to fund well-deepening and drip-irrigation conversions for small and midsize farms.

"We can't let rural Arizona dry up so the big cities can keep filling swimming pools," Lindgren said in a phone interview.

A spokesman for the state's water agency said "all options are on the table" as negotiations continue among the seven Colorado River basin states over how to share the river after current operating rules expire.

Hadley said he plans to plant sorghum on some of his acreage this spring because it needs less water than cotton.

"Cotton needs water I don't have," he said. "So I'll plant what I can and pray for snow in the Rockies."

The district's board will meet again next month to consider a proposal to let members trade allocations among themselves.""",
        [
            ("My grandfather came out here", "Tom Hadley"),
            ("I'm starting to wonder if", "Tom Hadley"),
            ("We are managing scarcity now,", "Renee Solano"),
            ("Every acre-foot we don't get", "Renee Solano"),
            ("continued reliance on groundwater to", "Sonoran Basin Water Institute"),
            ("Cities have banked water, they've", "Priya Raman"),
            ("Agriculture in central Arizona doesn't", "Priya Raman"),
            ("We can't let rural Arizona", "Carl Lindgren"),
            ("all options are on the", "spokesman"),
            ("Cotton needs water I don't", "Tom Hadley"),
            ("So I'll plant what I", "Tom Hadley"),
        ],
    ),
    (
        """South Coast towns to get desal water as dams hit record low

Nicole Fenwick

Households in Bellhaven and four surrounding towns will be drinking desalinated water by the end of next year under a $140 million plan announced by the State Government on Wednesday.

Water Minister Peter Lanigan said the eight-gigalitre-a-year plant at Shelley Point would secure supply for about 38,000 people after rainfall across the South Coast fell below average for the sixth year in a row.

"We can no longer plan around the rain that we used to get," Mr Lanigan said.

"The dams that have served this community for 60 years are simply not filling the way they once did, and we are not going to wait for taps to run dry before we act.

"This plant will be climate-independent, and it will mean families and businesses in the region have certainty for decades."

Southern Waters Corporation said in a statement that combined storage in its three South Coast dams was 21 per cent, the lowest since records began in 1968.

"The plant has been designed to run on renewable energy purchased through the state grid," the statement said.

Sprinkler use in Bellhaven remains limited to two days a week, and the corporation said those restrictions would stay in place until the plant was operating.

Not everyone welcomed the announcement. Margaret Tully, who chairs the Shelley Point Progress Association, said residents had learned of the site from media reports.

"Nobody from the Government or the water corporation has knocked on a single door down here," Ms Tully said. "We're not anti-desal. We're anti being treated like an afterthought."

She said residents were worried about brine being discharged near a reef popular with snorkellers, and about truck movements on the narrow coast road during construction.

A senior engineer with the corporation, who asked not to be named because they were not authorised to speak publicly, said Shelley Point had been chosen over two alternative sites largely because of its deep water close to shore.

"It was the cheapest option by a long way," the engineer said.

Opposition water spokesman Craig Moffat said the plant was "at least five years overdue" and accused the Government of ignoring warnings from its own water corporation about the state of the dams.

The corporation will hold community information sessions in Bellhaven and Shelley Point later this month, the statement said. Construction is expected to begin in the autumn, subject to environmental approvals.""",
        [
            ("We can no longer plan", "Peter Lanigan"),
            ("The dams that have served", "Peter Lanigan"),
            ("This plant will be climate-independent,", "Peter Lanigan"),
            ("The plant has been designed", "Southern Waters Corporation"),
            ("Nobody from the Government or", "Margaret Tully"),
            ("We're not anti-desal.", "Margaret Tully"),
            ("It was the cheapest option", "senior engineer with the corporation"),
            ("at least five years overdue", "Craig Moffat"),
        ],
    ),
    (
        """Water district confirms tanks ran dry as Hollister Canyon Fire reached homes

By Jordan Pike

LAS PIEDRAS — The Las Piedras Valley Water District acknowledged Tuesday that two of its hillside storage tanks were drained in the first hours of last week’s Hollister Canyon Fire, leaving firefighters with weak or no pressure at some hydrants in the Crestview neighborhood.

In a four-page report to its board, the district said the tanks, which together hold 1.2 million gallons, emptied within about 90 minutes as fire engines, residents running garden hoses and broken service lines at burning homes all drew water at once.

“The system performed as designed, but it was not designed for this,” the report said.

The fire destroyed 38 homes in Crestview and damaged 17 others before winds eased Friday. No deaths were reported.

General manager Alan Whitford opened Tuesday’s board meeting with an apology to residents who lost homes.

“I want to be clear that nobody at this district is hiding from what happened,” Whitford said. “We are going to look at every valve, every pump and every decision.”

He said power to one of two booster pump stations that refill the tanks was cut about 40 minutes after the fire started, when Southland Edison de-energized lines in the area. The station has no backup generator, according to the report.

The utility said in a statement that it shut off power “to protect public safety and prevent additional ignitions” and that it had notified the water district in advance.

Las Piedras Fire Chief Monica Reyes said her crews switched to drafting water from backyard swimming pools and calling in water tenders from neighboring departments.

“When you open a hydrant and you get a trickle, you don’t have time to be angry about it. You adapt,” Reyes told the Courier. “But afterward, yeah, we need answers.”

Residents packed the meeting room. Derek Olsen, whose home on Crestview Drive burned, said he watched from the bottom of the hill as crews were left “standing there with an empty hose.”

“I’m not blaming the guys on the truck,” Olsen said during public comment. “I’m blaming whoever decided a neighborhood at the top of a canyon didn’t need a generator.”

Board President Linda Tran said the board would hire an independent engineering firm to review the district’s response and would consider installing backup generators at all of its pump stations, at an estimated cost of $3.5 million.

“If that’s what it takes, that’s what it takes,” Tran said.

The board is scheduled to take up the generator proposal at its next meeting on the 14th.""",
        [
            ("The system performed as designed,", "Las Piedras Valley Water District"),
            ("I want to be clear", "Alan Whitford"),
            ("We are going to look", "Alan Whitford"),
            ("to protect public safety and", "Southland Edison"),
            ("When you open a hydrant", "Monica Reyes"),
            ("But afterward, yeah, we need", "Monica Reyes"),
            ("standing there with an empty", "Derek Olsen"),
            ("I’m not blaming the guys", "Derek Olsen"),
            ("I’m blaming whoever decided a", "Derek Olsen"),
            ("If that’s what it takes,", "Linda Tran"),
        ],
    ),
    (
        """Red alert for algae as Murray slows to a trickle at Barrington Bend

By Tess O’Donnell

Swimmers, boaters and people who take water straight from the river have been warned to stay out of the Murray at Barrington Bend after a blue-green algae bloom was detected on Thursday.

The Lower Murray Water Authority issued a red alert for a 40-kilometre stretch between Barrington Bend and Kelso Lock, the second this summer, after routine testing found high levels of potentially toxic cyanobacteria.

“People should not swim, water-ski or let their pets and livestock drink from the river in the affected area,” the authority said in a statement. “Boiling the water does not remove the toxins.”

The authority’s river operations manager, Scott Vella, said low flows and a string of hot days had created ideal conditions for the bloom.

“When you’ve got warm water sitting still for weeks on end, algae will bloom, it’s as simple as that,” Mr Vella said.

“We can’t make it rain, and there is very little water left in storage upstream to push through the system.”

Flows at Barrington Bend are about a third of the long-term summer average, according to the authority.

The warning comes at the height of the holiday season, when the town’s population of 2800 usually doubles.

Houseboat operator Michelle Garside said bookings for the rest of January had dropped by almost half within a day of the alert.

“The phone’s been ringing all morning with people cancelling,” she said. “I understand why, but for operators like us, January is the year.”

A worker at a caravan park on the riverfront, who did not want to be named, said several families had packed up and left on Thursday night.

“They came for the river. Without the river, there’s not much point,” she said.

Barrington Shire Council posted on its Facebook page that the town’s drinking water, which is treated, was not affected. “Your tap water remains safe to drink,” the post said.

Member for Murray Plains Rhys Cartwright said the algae was “a symptom of a river being asked to do too much with too little”. He called on the federal government to pause water buybacks in the region until inflows improved.

“Every litre taken out of this valley is a litre that can’t flush the river in a year like this,” said Mr Cartwright.

The red alert will stay in place until two consecutive tests show the bloom has cleared. Mr Vella said that could take weeks if the hot, still weather continued.

Updates are available on the authority’s website.""",
        [
            ("People should not swim, water-ski", "Lower Murray Water Authority"),
            ("Boiling the water does not", "Lower Murray Water Authority"),
            ("When you’ve got warm water", "Scott Vella"),
            ("We can’t make it rain,", "Scott Vella"),
            ("The phone’s been ringing all", "Michelle Garside"),
            ("I understand why, but for", "Michelle Garside"),
            ("They came for the river.", "worker at a caravan park on the riverfront"),
            ("Your tap water remains safe", "Barrington Shire Council"),
            ("a symptom of a river", "Rhys Cartwright"),
            ("Every litre taken out of", "Rhys Cartwright"),
        ],
    ),
]
