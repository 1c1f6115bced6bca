CASES = [
    (
        """Typhoon 'Dalisay' leaves 14 dead, 38,000 displaced in Nueva Aurora

By Ramon T. Villacorta
Inquirer Northern Luzon Bureau

SAN LORENZO, Nueva Aurora, Philippines — At least 14 people were killed and more than 38,000 others fled their homes after Typhoon "Dalisay" (international name: Hanwol) slammed into the province's eastern coast before dawn on Tuesday, provincial officials said.

Gov. Eleanor Dimaculangan-Reyes said most of the deaths were caused by landslides in the upland villages of San Lorenzo and Pandayan towns, where more than 400 millimeters of rain fell in less than a day.

"We lost entire families in Barangay Malinta. The soil simply gave way while they were sleeping," Dimaculangan-Reyes told reporters at the provincial capitol, where the provincial board met in an emergency session and placed the province under a state of calamity.

She said power remained out in all 11 towns and that cellular signal had been restored only in the capital.

Joel Macaraeg, head of the Provincial Disaster Risk Reduction and Management Office, said rescuers had yet to reach three coastal barangays in Sta. Filomena.

"Our teams are still cut off because the bridge at Kilometer 42 was washed out. We are trying to go in by sea, but the waves are still too high," Macaraeg said in an interview over radio station dzLM.

He said the provincial government was relying on rubber boats borrowed from the Coast Guard and "whatever the fishermen can lend us."

At the San Lorenzo Central School, which was turned into an evacuation center, 52-year-old Lorna Bautista sat beside a plastic bag holding the only clothes she managed to save.

"Wala na kaming bahay. Wala na lahat (We have no house left. Everything is gone)," said Bautista, whose husband and two sons spent the night on the roof of a neighbor's concrete house as floodwaters rose.

The Philippine Weather and Climate Services Administration (PhilWeather) said Dalisay had weakened into a severe tropical storm after crossing the mountain ranges of central Luzon.

"Dalisay is expected to exit the Philippine Area of Responsibility by Thursday morning," the agency said in its 11 a.m. bulletin.

PhilWeather forecaster Ana Liza Soriano, however, warned that the danger was not over. "Even as the storm moves away, the enhanced southwest monsoon will continue to bring heavy rains over the western sections of Luzon," she said.

Dimaculangan-Reyes appealed to the national government for food packs, drinking water and generator sets, saying the province's quick response fund was "almost exhausted after just one day."

The Department of Social Services and Relief said it had prepositioned 20,000 family food packs in its regional warehouse and would begin sending them to the province once roads are cleared.""",
        [
            ("We lost entire families in", "Eleanor Dimaculangan-Reyes"),
            ("Our teams are still cut", "Joel Macaraeg"),
            ("whatever the fishermen can lend", "Joel Macaraeg"),
            ("Wala na kaming bahay.", "Lorna Bautista"),
            ("Dalisay is expected to exit", "Philippine Weather and Climate Services Administration"),
            ("Even as the storm moves", "Ana Liza Soriano"),
            ("almost exhausted after just one", "Eleanor Dimaculangan-Reyes"),
        ],
    ),
    (
        """Senators grill relief agency chief over 'ghost' beneficiaries in typhoon aid

Camille Elizalde-Tan

MANILA, Philippines – Senators on Wednesday, October 8, pressed the head of the National Relief and Rehabilitation Authority (NRRA) to explain why thousands of names on the cash aid lists for survivors of Typhoon Dalisay could not be traced to any household.

At the hearing of the Senate committee on social justice and disaster resilience, Senator Teodoro Buenaflor cited a State Audit Commission report, titled "Post-Disaster Cash Assistance: A Compliance Review," which flagged 6,412 beneficiaries in Nueva Aurora and two other provinces whose addresses and identification documents could not be verified.

The report described the NRRA's listing process as "deficient and highly vulnerable to manipulation," noting that some names appeared on the payrolls of two or three municipalities at once.

"Six thousand names. Where are these people? Did the typhoon also blow away their birth certificates?" Buenaflor asked NRRA Administrator Benjamin Lacsamana.

Lacsamana told senators that the lists were prepared by local government units and that his agency "had no manpower to validate every name" within the 72 hours it was given to release the money.

"We were told to release the assistance as fast as possible. Speed was the instruction from the very top," Lacsamana said. "If there were lapses in validation, we own those lapses. But I reject any suggestion that this agency stole from typhoon victims."

Senator Marites Olivarez-Cruz, who chairs the committee, was unmoved.

"Owning the lapses is not enough. Somebody approved these lists, and somebody received the money," Olivarez-Cruz said. She said the committee would subpoena the municipal social welfare officers of the three provinces, as well as former Pandayan mayor Ernesto "Boy" Lagman, whose signature appears on several of the disputed payrolls.

Lagman did not attend the hearing and could not be reached for comment.

Opposition Senator Carlos Ibarrientos questioned why the NRRA again hired Lightline Express Inc., the private courier that handled cash payouts after Typhoon Ulan in 2021 – a year that also saw complaints of missing beneficiaries.

"The same courier, the same provinces, the same complaints. At some point this stops being a coincidence," Ibarrientos said in a separate statement.

Lightline said in a statement that it "complied fully with the terms of its contract" and had turned over all payout records to the audit commission. "We have nothing to hide," the company said.

Reached by phone, Nueva Aurora Governor Eleanor Dimaculangan-Reyes told Rappler the provincial government merely consolidated the lists submitted by barangays.

"We submitted what the barangays gave us. If there are ghost names, then let us find out together who made them up," she said.

The committee will resume its hearing next week. – Rappler.com""",
        [
            ("deficient and highly vulnerable to", "State Audit Commission"),
            ("Six thousand names. Where are", "Teodoro Buenaflor"),
            ("had no manpower to validate", "Benjamin Lacsamana"),
            ("We were told to release", "Benjamin Lacsamana"),
            ("If there were lapses in", "Benjamin Lacsamana"),
            ("Owning the lapses is not", "Marites Olivarez-Cruz"),
            ("The same courier, the same", "Carlos Ibarrientos"),
            ("complied fully with the terms", "Lightline Express Inc."),
            ("We have nothing to hide,", "Lightline Express Inc."),
            ("We submitted what the barangays", "Eleanor Dimaculangan-Reyes"),
        ],
    ),
    (
        """Philippines evacuates 300,000 as super typhoon bears down

Manila (AFP) – The Philippines evacuated more than 300,000 people from coastal and mountain villages on Sunday as Super Typhoon Sinag bore down on the country's northeast, packing winds of up to 215 kilometres (134 miles) per hour.

Sinag was expected to make landfall late Sunday or early Monday in Kalinga del Mar province, a largely rural area of rice farms and fishing towns still recovering from Typhoon Dalisay, which killed at least 14 people last month.

"We are not waiting for the first death before we act. Everyone in the danger zones must leave now," Civil Defense Undersecretary Arnulfo Quijano told a televised briefing.

The Philippine Weather and Climate Services Administration warned of storm surges as high as five metres along the northeastern coast.

"Life-threatening storm surges are possible in low-lying coastal areas within the next 24 hours," the agency said in its latest advisory.

In the fishing town of Port Magdalena, soldiers and police went house to house urging residents to board military trucks bound for schools and gymnasiums inland.

"The sea has been strange since yesterday. My father taught me to watch the birds, and now they are all gone," fisherman Rogelio Manansala, 38, told AFP as he lifted his two children onto a truck.

President Aurelio Santamaria ordered cabinet secretaries to stay on duty through the weekend and said in a post on Facebook that "no family should be left behind".

But a senior disaster official, who asked not to be named because he was not authorised to speak to the media, said some local governments had been slow to order evacuations.

"Some mayors are worried about the cost of feeding evacuees for a week. That is the wrong calculation," the official told AFP.

The Philippines is hit by an average of 20 storms and typhoons each year, killing hundreds of people and keeping millions in poverty in the most exposed regions.

Scientists have warned that storms are becoming more powerful as the world warms because of human-driven climate change.

"These storms are becoming stronger and intensifying faster, and it is the poorest Filipinos who keep paying the price," said Ma. Teresa Alonzo, director of the Pacific Climate Justice Network, a Manila-based advocacy group.

Dozens of domestic flights were cancelled and the coast guard barred all vessels from leaving ports in northern Luzon.

Island Pacific Airways said it had grounded 46 flights, adding that the safety of passengers and crew "remains our utmost priority".

ams/rvl""",
        [
            ("We are not waiting for", "Arnulfo Quijano"),
            ("Life-threatening storm surges are possible", "Philippine Weather and Climate Services Administration"),
            ("The sea has been strange", "Rogelio Manansala"),
            ("no family should be left", "Aurelio Santamaria"),
            ("Some mayors are worried about", "senior disaster official"),
            ("These storms are becoming stronger", "Ma. Teresa Alonzo"),
            ("remains our utmost priority", "Island Pacific Airways"),
        ],
    ),
    (
        """Palace: ‘No politics in relief distribution’

Cecille D. Manalastas - The Philippine Star

MANILA, Philippines — Malacañang yesterday warned local officials against stamping their names and faces on relief packs meant for victims of Typhoon Sinag, saying aid bought with public funds belongs to the people and not to politicians.

“There will be no politics in relief distribution. Not one sack of rice should carry the face of a mayor, a governor or a congressman,” Press Secretary Lorenzo Ablaza said at a briefing.

Ablaza said President Aurelio Santamaria had received reports that in at least two provinces, government food packs were being repacked in bags bearing the names of local officials, some of whom are expected to run in next year’s elections.

The practice, derided online as “epal,” Filipino slang for a shameless credit-grabber, has drawn criticism after every major disaster.

Ablaza said the President raised the matter at Monday’s command conference at the national disaster operations center in Quezon City, and quoted him as saying:

“The relief goods are from the Filipino people, not from any politician. Whoever uses this calamity to campaign will answer to me.

“I want the Interior department to go after them. No exceptions, even if they are my allies.”

Interior Secretary Hernani Villaflor later issued a memorandum titled “Prohibition on the Labeling and Repacking of Government Relief Goods,” directing regional directors to inspect warehouses and document violations.

“We have photographs, we have the addresses of the warehouses. We know who they are,” Villaflor told The STAR in a phone interview, adding that erring officials could face administrative and criminal charges.

A provincial board member from one of the provinces named in the reports, who requested anonymity, said the bags in question were “donated by a private foundation and merely distributed through our office.”

Opposition lawmakers were unconvinced.

Lingkod Masa party-list Rep. Josefina Catacutan called the Palace “selectively outraged,” noting that several officials photographed with branded relief bags belong to the administration coalition.

“The same officials posing with relief packs today are the President’s allies in Congress. Let us see if he will really go after them,” Catacutan said.

Ablaza, asked about the criticism, said the directive “applies to everyone, ally or not.”""",
        [
            ("No politics in relief distribution", "Lorenzo Ablaza"),
            ("There will be no politics", "Lorenzo Ablaza"),
            ("The relief goods are from", "Aurelio Santamaria"),
            ("I want the Interior department", "Aurelio Santamaria"),
            ("We have photographs, we have", "Hernani Villaflor"),
            ("donated by a private foundation", "provincial board member"),
            ("selectively outraged", "Josefina Catacutan"),
            ("The same officials posing with", "Josefina Catacutan"),
            ("applies to everyone, ally or", "Lorenzo Ablaza"),
        ],
    ),
    (
        """Solon, governor trade barbs over P200-M calamity fund

By Marco Angelo Ilustre

A lawmaker from Nueva Aurora on Monday, Oct. 20, accused Governor Eleanor Dimaculangan-Reyes of sitting on P200 million in calamity funds while typhoon victims in his district "are still sleeping under tarpaulins" nearly a month after Typhoon Dalisay.

Nueva Aurora 2nd District Rep. Federico Salcedo made the allegation in a privilege speech at the House of Representatives, where he showed photos of damaged schools and a collapsed water tank in the town of Pandayan.

"I have gone to every barangay in my district. I have seen children drinking from the river because the water system has not been repaired. Where is the money, Governor?" Salcedo said.

The congressman said his office had written to the provincial capitol twice to ask for a breakdown of the fund's use, but had "received nothing but silence."

In a statement sent to reporters hours later, Dimaculangan-Reyes dismissed the speech as "pure grandstanding by a congressman who is already campaigning for my post."

"The calamity fund is being used exactly as the law requires — for food, medicine and the repair of schools and health centers. Every peso is posted on the provincial website," the statement said.

According to the governor, the water system mentioned by Salcedo is "the responsibility of the water district and the municipal government," not the province.

The governor's party, the Lakas ng Nagkakaisang Probinsya (LNP), also issued a statement calling the congressman's attacks "politically motivated and ill-timed" while the province is still recovering.

Salcedo, a former ally of the governor, bolted the LNP last year and has been widely reported to be eyeing the governorship in the next elections. He has not confirmed his plans.

House Deputy Speaker Ramoncito Dumlao, who also represents a Nueva Aurora district, said he would not take sides.

"Both of them are my friends. What the people of Nueva Aurora need right now is help, not a telenovela," Dumlao told reporters in a chance interview.

A spokesperson for the State Audit Commission said the agency would review the province's use of its quick response fund "as part of its regular audit" and had not received any formal complaint.

Residents of Pandayan, meanwhile, continue to rely on water delivered by fire trucks twice a week.""",
        [
            ("are still sleeping under tarpaulins", "Federico Salcedo"),
            ("I have gone to every", "Federico Salcedo"),
            ("received nothing but silence.", "Federico Salcedo"),
            ("pure grandstanding by a congressman", "Eleanor Dimaculangan-Reyes"),
            ("The calamity fund is being", "Eleanor Dimaculangan-Reyes"),
            ("the responsibility of the water", "Eleanor Dimaculangan-Reyes"),
            ("politically motivated and ill-timed", "Lakas ng Nagkakaisang Probinsya"),
            ("Both of them are my", "Ramoncito Dumlao"),
            ("as part of its regular", "spokesperson"),
        ],
    ),
    (
        """DSSR ships 50K food packs to Sinag-hit towns

By Leonora B. Agbayani

PORT MAGDALENA, Kalinga del Mar – The Department of Social Services and Relief (DSSR) has dispatched 50,000 family food packs to towns battered by Super Typhoon Sinag, an official said Monday.

DSSR Field Office 2 Director Maricel Dela Paz-Soliman said the food packs, each containing six kilos of rice, canned goods and coffee, were loaded onto trucks at the agency’s regional warehouse and onto a Navy vessel bound for the island barangays of Port Magdalena.

“We prioritized the island barangays because they have been isolated since Saturday, when the sea was too rough for any boat to cross,” she said in an interview.

“Our warehouses are full and our pipeline is continuous, so there is no reason for any family to go hungry,” she added.

Dela Paz-Soliman said the agency has also released PHP12.4 million in emergency cash assistance to 4,100 families whose houses were totally damaged.

Based on the DSSR’s latest situation report, 31,560 families or 118,240 persons were affected by the typhoon in the region, of whom 9,870 families remain in 146 evacuation centers.

Port Magdalena Mayor Alfredo Catindig thanked the national government for the quick response.

“Without the help of the national agencies, we would have run out of food on the second day,” Catindig said in a phone interview.

He said the municipal government is now focused on clearing roads and restoring the town’s water supply.

Lt. Cmdr. Renato Baluyot, spokesperson of the Naval Forces Northeast, said a Navy landing ship carrying 12,000 food packs docked at the island village of Sabang Daku on Sunday afternoon.

“Our sailors will stay until the last pack is delivered,” Baluyot said.

At an evacuation center in Barangay Centro, evacuee Jocelyn Ramirez, 41, said she received her family’s food pack Sunday night.

“Malaking tulong po ito sa amin (This is a big help to us),” Ramirez said.

In a statement, DSSR Secretary Gloria Manalaysay reminded local officials that government relief items should be distributed without delay or condition.

“The food packs are not for sale, not for photo opportunities, and not for political patronage,” Manalaysay said. (PNA)""",
        [
            ("We prioritized the island barangays", "Maricel Dela Paz-Soliman"),
            ("Our warehouses are full and", "Maricel Dela Paz-Soliman"),
            ("Without the help of the", "Alfredo Catindig"),
            ("Our sailors will stay until", "Renato Baluyot"),
            ("Malaking tulong po ito sa", "Jocelyn Ramirez"),
            ("The food packs are not", "Gloria Manalaysay"),
        ],
    ),
    (
        """Days after Sinag, most of Kalinga del Mar still without power

By Katrina Sison-Alcaraz

Nearly a week after Super Typhoon Sinag tore through the northeastern coast, more than 90 percent of households in Kalinga del Mar remain without electricity, and the local power cooperative says full restoration could take until the end of the month.

The Kalinga del Mar Electric Cooperative (KADELCO) said 1,140 electric posts were toppled and two of its substations were damaged by floodwater.

"Our linemen are working 16-hour shifts, but we are rebuilding an entire network almost from zero," KADELCO general manager Wilfredo Tumaneng said in an interview on the morning program "Balita Ngayon."

Tumaneng said the cooperative had asked electric cooperatives in other regions to send line crews.

"Twelve teams from the Visayas are arriving tomorrow. That will help a lot," he said.

In an advisory posted on its Facebook page, KADELCO asked consumers to be patient and to stay away from downed lines.

"We ask for your understanding. Please do not touch fallen wires, and report them to our hotline immediately," the company said.

In Barangay Poblacion Sur in Port Magdalena, dozens of residents lined up at the village hall, where a generator set lent by a local church powered a row of extension cords.

"We have to wait three hours just to charge one cellphone. We cannot even tell our relatives in Manila that we are alive," said a mother of three who asked not to be named.

Tricycle driver Danilo Espiritu, 47, said he has not earned anything since the typhoon.

"No electricity, no gas stations open, no passengers. How will we eat?" he said.

The Kalinga del Mar Provincial Hospital has been running on generators since Sunday. Its chief, Dr. Nenita Obaldo, said the hospital's diesel supply was "good for only four more days" unless fresh deliveries arrive.

The provincial government said fuel trucks were expected to reach the capital by Friday once a landslide along the national highway is cleared.

Meanwhile, the National Electrification Office (NEO) said it would release P45 million in emergency funds to KADELCO and two other cooperatives in the region.

"Restoration of power to hospitals, water pumping stations and evacuation centers is our top priority," NEO Administrator Ricardo Sagum said in a statement. —LDF, GMA Integrated News""",
        [
            ("Our linemen are working 16-hour", "Wilfredo Tumaneng"),
            ("Twelve teams from the Visayas", "Wilfredo Tumaneng"),
            ("We ask for your understanding.", "Kalinga del Mar Electric Cooperative"),
            ("We have to wait three", "mother of three"),
            ("No electricity, no gas stations", "Danilo Espiritu"),
            ("good for only four more", "Nenita Obaldo"),
            ("Restoration of power to hospitals,", "Ricardo Sagum"),
        ],
    ),
    (
        """Philippine typhoons wipe out rice crops, stoke inflation worries

MANILA, Nov 11 (Reuters) - Back-to-back typhoons have destroyed an estimated 310,000 metric tons of unmilled rice in the northern Philippines, the agriculture ministry said on Tuesday, raising the prospect of higher food prices and bigger imports in one of the world's top rice buyers.

Typhoons Dalisay and Sinag struck within four weeks of each other, flooding farms in the country's main rice-growing provinces just as farmers were preparing to harvest the main-season crop.

"The damage is concentrated in the main rice-producing provinces, right at the peak of the harvest," Agriculture Secretary Dominador Ylagan told reporters. "We will have to look at bringing forward some of our import arrivals."

Ylagan said the government had enough rice stocks to last 54 days but did not give a figure for planned imports. The Philippines buys most of its imported rice from Vietnam and Thailand.

Rice accounts for nearly a tenth of the consumer price basket, and economists said the losses could undo recent progress in taming inflation.

"Food inflation was already running hot before the storms. This could push headline inflation back above the central bank's target range in the coming months," said Patricia Villanueva-Ong, chief economist at Pacific Meridian Bank in Manila.

A central bank official, who declined to be identified because he was not authorised to speak to the media, said policymakers were "watching food prices very closely" but added that supply shocks from typhoons tended to fade within a few months.

In Kalinga del Mar, one of the worst-hit provinces, farmers said they were bracing for a lean year.

"I borrowed 80,000 pesos to plant this season. Now I have nothing to harvest and nothing to pay back with," Ernesto Dalangin, 58, told Reuters by phone.

Farmers' group Kilusang Magsasaka ng Hilaga said in a statement that more imports would "only bury our farmers deeper in debt" by driving down farmgate prices, and urged the government to release direct cash aid instead.

Opposition Senator Carlos Ibarrientos called for a review of the government's rice import policy, saying farmers were being "sacrificed twice - first by the typhoons, then by Manila."

(Reporting by Erwin Sarmiento; Editing by Jonathan Kerr)""",
        [
            ("The damage is concentrated in", "Dominador Ylagan"),
            ("We will have to look", "Dominador Ylagan"),
            ("Food inflation was already running", "Patricia Villanueva-Ong"),
            ("watching food prices very closely", "central bank official"),
            ("I borrowed 80,000 pesos to", "Ernesto Dalangin"),
            ("only bury our farmers deeper", "Kilusang Magsasaka ng Hilaga"),
            ("sacrificed twice - first by", "Carlos Ibarrientos"),
        ],
    ),
]
