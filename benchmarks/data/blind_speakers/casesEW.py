CASES = [
    (
        """Metro Phase-2 alignment through Kempanahalli draws objections from residents

SURYANAGAR

Residents of Kempanahalli and adjoining layouts on Monday submitted over 1,200 written objections to the Suryanagar Metro Rail Corporation Limited (SMRCL) against the proposed elevated alignment of the Phase-2 corridor, which they say will require the demolition of at least 140 houses along Old Mill Road.

“We are not against the metro. We are against a route that was drawn on a map without anyone walking down this road,” said R. Lakshmikanth, convenor of the Kempanahalli Residents’ Welfare Forum, which organised the signature campaign.

Mr. Lakshmikanth said the forum had suggested an alternative alignment along the stormwater drain reserve, about 400 metres to the east, which he claimed would affect fewer than 30 structures. “The corporation’s own feasibility report from 2019 mentions this option. Why was it dropped?” he asked.

SMRCL officials, however, maintained that the eastern option was examined and rejected on technical grounds. A senior official of the corporation, who did not wish to be named, said the drain reserve alignment would have required two sharp curves that would restrict train speeds to “well below the design standard” and add nearly ₹600 crore to the project cost.

“The current alignment is the most efficient one. Every metre of deviation has a cost, and ultimately it is the commuter who pays,” the official said.

In a statement issued later in the day, SMRCL said it would hold a public hearing on the objections on March 18 and that compensation would be paid “as per the Right to Fair Compensation Act, with an additional rehabilitation component for tenants.”

Tenants, who make up a large share of the area’s population, said they had not been consulted at all. Shabana Begum, who has rented a two-room house near the Old Mill bus stop for 11 years, said she learnt about the project from a neighbour. “The owners will get money. Where will we go? Nobody has come to ask us anything,” she said.

Corporator K. Venkatesh Gowda said he had written to the Urban Development Department seeking a fresh survey. “I have asked for the tenant families to be enumerated before any notice is served. That is the minimum,” he said.

Urban planner Deepa Rangarajan, who has studied transit projects in the city, said the dispute reflected a larger problem with how alignments are finalised. According to her, consultation typically happens only after the detailed project report is approved, “by which time the decisions are already frozen.”

The Phase-2 corridor, spanning 23.4 km from Hosakere to the Industrial Estate, is expected to be completed by 2029. The SMRCL has said land acquisition for the stretch between Hosakere and Kempanahalli must be completed by December if the deadline is to be met.""",
        [
            ("We are not against the", "R. Lakshmikanth"),
            ("The corporation’s own feasibility report", "R. Lakshmikanth"),
            ("well below the design standard", "senior official of the corporation"),
            ("The current alignment is the", "senior official of the corporation"),
            ("as per the Right to", "Suryanagar Metro Rail Corporation Limited"),
            ("The owners will get money.", "Shabana Begum"),
            ("I have asked for the", "K. Venkatesh Gowda"),
            ("by which time the decisions", "Deepa Rangarajan"),
        ],
    ),
    (
        """Green Line BRT deadline missed again as contractor blames payment delays

Our Staff Reporter

NOORABAD: The much-delayed Green Line bus rapid transit project missed yet another deadline on Sunday, with the main contractor saying it had not received payments for completed work since September and the Noorabad Mass Transit Authority (NMTA) insisting in a statement that the corridor would be operational "within the current fiscal year".

Work on the 21-kilometre corridor, which was originally scheduled to open in December 2022, has been at a near standstill at the Chowk Yadgar and Saddar Bazaar stations for several weeks, with steel reinforcement left exposed and traffic diverted onto narrow service lanes.

Talking to Dawn, a project manager of Al-Mizan Constructions, the main civil works contractor, said the firm was owed around Rs2.3bn. "We have 400 workers on site and we cannot keep paying them from our own pocket. We have written to the authority eleven times," he said, requesting anonymity as he was not authorised to speak to the media.

NMTA managing director Farrukh Iqbal Chaudhry rejected the claim that payments were being withheld. "Every bill that has been verified by the consultant has been cleared. Some claims are under scrutiny because they do not match the work done on the ground," he told reporters after visiting the site.

He said the authority had imposed penalties on the contractor twice for missing milestones and that a third-party audit was under way.

Mr Chaudhry said the finance department had released Rs1.1bn last week and the remaining funds would be released after the audit. "There is no question of the project being abandoned. The buses have already arrived and are parked at the depot," he added.

Traders in Saddar Bazaar, however, said the prolonged construction had devastated business. Muhammad Arshad Bhatti, president of the Saddar Bazaar Traders Association, said sales had fallen by more than half since the road was dug up.

"Customers cannot park, they cannot even walk properly. Three shops on my row have closed this year," he said, adding that the traders would stage a protest outside the press club on Wednesday if work did not resume.

Commuters also voiced frustration. Sadia Naz, a schoolteacher who travels daily from Gulshan-i-Faiz to the city centre, said her commute had gone from 40 minutes to nearly two hours.

"They said it would be finished in two years. My daughter was in class three then. Now she is in class eight," she said.

The opposition in the provincial assembly has also taken up the issue. Opposition leader Rana Zulfiqar Ali described the project as "a monument to mismanagement" and demanded a judicial inquiry into cost overruns, which he claimed had pushed the project's cost from Rs16bn to over Rs29bn.""",
        [
            ("within the current fiscal year", "Noorabad Mass Transit Authority"),
            ("We have 400 workers on", "project manager of Al-Mizan Constructions"),
            ("Every bill that has been", "Farrukh Iqbal Chaudhry"),
            ("There is no question of", "Farrukh Iqbal Chaudhry"),
            ("Customers cannot park, they cannot", "Muhammad Arshad Bhatti"),
            ("They said it would be", "Sadia Naz"),
            ("a monument to mismanagement", "Rana Zulfiqar Ali"),
        ],
    ),
    (
        """SRA project stalled, 312 families stuck in transit camp for 9 years

Priyanka Salvi | TNN

NAVAPUR: For nine years, Sunita Kamble has lived in a 160 sq ft room in a transit camp in Tembhode, waiting for the flat she was promised when her hutment in Bhimnagar was demolished for a slum rehabilitation project in 2015.

"When they broke our homes, the builder said two years, maximum three. My son was in Class 5. He has now finished college and we are still here," said Kamble, 47, who works as a domestic help.

Kamble is one of 312 eligible families whose rehabilitation building, being developed by Shivdhara Realty Pvt Ltd, has been stuck at the plinth level since 2018. The developer has also stopped paying the monthly rent of Rs 12,000 to families who moved out on their own instead of shifting to the transit camp, residents said.

According to the residents' housing society, the developer owes nearly Rs 4.2 crore in rent arrears. Society secretary Ganesh Bhoir said they had approached the Slum Rehabilitation Authority (SRA) at least 15 times. "Every time, we are told a hearing will happen. Officers change, files go missing, and the builder sends a junior lawyer who asks for another date," he said.

When contacted, a Shivdhara Realty spokesperson said the project had been delayed due to "circumstances beyond the company's control", including a change in the development control regulations and a dispute with an adjoining landowner. "The company remains committed to completing the rehab component. We are in discussions with a co-developer and expect to restart work within six months," the spokesperson said.

An SRA official said the authority had issued a show-cause notice to the developer in January and was examining whether the project could be handed over to another developer under the provisions of the Slum Act. "If the developer fails to show progress, we will terminate the appointment. The law allows it and we have done it in other cases," the official said.

Housing rights activist Madhav Patankar of the Basti Adhikar Manch said termination alone would not help families who had waited nearly a decade. He said the state should take over stalled projects through a public agency "instead of passing them from one builder to another like a hot potato".

Residents of the transit camp, meanwhile, complain of leaking roofs and irregular water supply. The camp's buildings, meant to be temporary, have visible cracks.

"In monsoon we keep buckets everywhere. The society wrote to the SRA about repairs in 2022. Nobody came," said Raju Waghmare, another resident.

Local MLA Sharad Jadhav said he would raise the issue in the upcoming session of the legislature. "This is not one project. There are dozens of stalled SRA schemes in this constituency alone," Jadhav said.""",
        [
            ("When they broke our homes,", "Sunita Kamble"),
            ("Every time, we are told", "Ganesh Bhoir"),
            ("circumstances beyond the company's control", "spokesperson"),
            ("The company remains committed to", "spokesperson"),
            ("If the developer fails to", "SRA official"),
            ("instead of passing them from", "Madhav Patankar"),
            ("In monsoon we keep buckets", "Raju Waghmare"),
            ("This is not one project.", "Sharad Jadhav"),
        ],
    ),
    (
        """RDA seals 14 illegal housing schemes, warns public against buying plots

Our Correspondent

RAHIMNAGAR: The Rahimnagar Development Authority (RDA) on Thursday sealed the site offices of 14 unapproved private housing schemes on the city’s eastern outskirts and warned citizens against buying plots in them, saying the developers had neither obtained layout approvals nor acquired the land they were advertising.

According to an RDA spokesperson, the schemes, spread along Canal Bank Road and Sheikhan Road, had been selling plots through social media advertisements and billboards for more than two years. “Most of these schemes exist only on paper. In several cases, the land shown in the brochures belongs to farmers who have not sold it,” the spokesperson said.

RDA Director General Ayesha Rauf told The Express Tribune that the authority had identified 63 illegal schemes across the district, of which notices had been served on 41. “This is only the first phase. We will not allow people’s life savings to be swallowed by fraudsters,” she said, adding that the authority had asked the provincial anti-corruption establishment to trace the money trail.

The DG said a list of approved and illegal schemes had been uploaded to the authority’s website. The website advises buyers to “verify the status of any scheme before making any payment, including token money.”

Buyers who had already paid instalments, however, said the crackdown had come too late. Muhammad Tariq, a government clerk who paid Rs1.8 million for a five-marla plot in one of the sealed schemes, Al-Rehman Garden, said he had seen the authority’s own officials at the scheme’s launch ceremony in 2021.

“There were banners, there was a ribbon-cutting, and people from the authority were sitting on the stage. How was I supposed to know it was illegal?” he asked.

Another buyer, who requested not to be named, said she had invested her late husband’s pension commutation in a plot. “I have three daughters. That plot was the only thing I had for their future,” she said.

The developer of Al-Rehman Garden, Naveed Akhtar, could not be reached for comment despite repeated attempts. His office on Circular Road was found locked.

Real estate analyst Kamran Siddiqui said the problem was rooted in weak enforcement and the lack of affordable housing options. “When the formal sector does not provide plots that a salaried person can afford, these schemes fill the gap. The authority has to build, not just seal,” he said.

He said the RDA’s own housing scheme, announced in 2019, had yet to hand over possession to a single allottee, a claim the authority did not respond to.""",
        [
            ("Most of these schemes exist", "spokesperson"),
            ("This is only the first", "Ayesha Rauf"),
            ("verify the status of any", "Rahimnagar Development Authority"),
            ("There were banners, there was", "Muhammad Tariq"),
            ("I have three daughters.", "buyer"),
            ("When the formal sector does", "Kamran Siddiqui"),
        ],
    ),
    (
        """'We will be forced to park on roads': RWAs oppose parking fee hike

Nikhil Bhardwaj

Rajnagar: Resident welfare associations (RWAs) across south Rajnagar have opposed the municipal corporation's decision to triple parking charges at 46 surface parking lots and introduce paid on-street parking in residential colonies, arguing that the move will push cars onto already congested internal roads.

The Rajnagar Municipal Corporation (RMC) standing committee on Tuesday approved the revised rates, under which a car will be charged ₹60 for the first two hours instead of ₹20, and a monthly pass will cost ₹3,000. The new rates come into force from July 1.

"We will be forced to park on roads. There is no other option in colonies like ours where houses were built without garages in the 1970s," said Col (retd) Harbhajan Singh Sethi, president of the Sector 9 RWA.

Sethi said the federation of RWAs would write to the mayor seeking a rollback. "Nobody is against managing parking. But you cannot start charging people outside their own houses without first creating parking space," he said.

RMC officials defended the decision, saying the rates had not been revised since 2014 and that cheap parking encouraged car use. "Parking is not a free public good. Every car parked on the road takes up space that could be used by pedestrians, buses or cyclists," a senior RMC official said, requesting anonymity.

The official said revenue from the revised charges, estimated at ₹85 crore a year, would be used to improve footpaths and last-mile connectivity. According to a note prepared by the RMC, the policy aims to "discourage long-duration parking in commercial areas and free up carriageway for movement".

Mayor Sunita Khatri said the corporation was open to suggestions but would not withdraw the policy. "We will meet the RWAs. If there are genuine concerns about residents' own vehicles, we can look at a resident permit system," Khatri said.

Transport experts were divided. Sanjay Wadhwa, a transport planner who has advised several state governments, said higher charges were necessary but must be paired with better public transport. "If you price parking without giving people a bus that comes every ten minutes, you are only punishing them," he said.

Meera Iyer of the Centre for Urban Mobility Studies said evidence from other cities showed that parking pricing worked when enforcement was strict. She said the corporation's record on enforcement was "patchy at best" and that vehicles parked illegally outside designated lots were rarely challaned.""",
        [
            ("We will be forced to", "Harbhajan Singh Sethi"),
            ("We will be forced to", "Harbhajan Singh Sethi"),
            ("Nobody is against managing parking.", "Harbhajan Singh Sethi"),
            ("Parking is not a free", "senior RMC official"),
            ("discourage long-duration parking in commercial", "Rajnagar Municipal Corporation"),
            ("We will meet the RWAs.", "Sunita Khatri"),
            ("If you price parking without", "Sanjay Wadhwa"),
            ("patchy at best", "Meera Iyer"),
        ],
    ),
    (
        """Anti-encroachment drive along Mehran nullah leaves hundreds homeless

By Zeeshan Abbasi

SAIFABAD: Heavy machinery of the Saifabad Metropolitan Corporation (SMC) on Saturday demolished around 230 houses and shops built along the Mehran nullah in Ghousia Colony, as part of an operation ordered by the provincial government to widen the storm-water drain ahead of the monsoon.

The operation, carried out amid a heavy police contingent, met resistance from residents who blocked the road with burning tyres for several hours. Police used batons to disperse the protesters and detained at least nine people, who were later released. A police officer present at the site said the detained men had pelted stones. “We showed maximum restraint. Nobody was seriously hurt,” he said.

Residents said they had been given only seven days’ notice. Nasreen Bibi, whose family had lived in a two-room house beside the nullah for 26 years, sat on the rubble with her belongings in plastic sacks. “We were born here, our children were born here. Where do they want us to go now? Into the sea?” she said.

Her neighbour, Abdul Ghafoor, a rickshaw driver, said the residents had electricity bills and national identity cards showing the address. “If we were illegal, why did the government give us electricity meters? Why did they take our votes?” he asked.

SMC anti-encroachment director Imran Hussain Soomro said the houses had been built on the drain’s right of way and had caused flooding in upstream neighbourhoods in previous years. Speaking to reporters at the site, he said:

“This is not a decision against any community. Last monsoon, water stood in six neighbourhoods for four days because this nullah was choked. Thousands of people suffered.

“The width of the nullah on record is 60 feet. At some points it had been reduced to 15 feet. We are only restoring what was always public land.”

Soomro said eligible affectees would be paid Rs15,000 per month for two years, and that a survey to identify them would be conducted by the deputy commissioner’s office.

Urban researchers, however, questioned the approach. In a statement, the Centre for Urban Housing Research (CUHR) said the demolitions violated the provincial government’s own resettlement policy. “Removing people without a resettlement plan does not solve flooding; it only moves the poor from one risk to another,” the statement said. It added that much of the blockage in the drain was caused by solid waste and commercial encroachments upstream, “which have conveniently been left untouched”.

The provincial local government minister, Mehboob Ali Shah, said in a statement that no one would be left without shelter. “The government will ensure every genuine affectee is rehabilitated. Land has been identified for a housing scheme,” the statement quoted him as saying.""",
        [
            ("We showed maximum restraint.", "police officer"),
            ("We were born here, our", "Nasreen Bibi"),
            ("If we were illegal, why", "Abdul Ghafoor"),
            ("This is not a decision", "Imran Hussain Soomro"),
            ("The width of the nullah", "Imran Hussain Soomro"),
            ("Removing people without a resettlement", "Centre for Urban Housing Research"),
            ("which have conveniently been left", "Centre for Urban Housing Research"),
            ("The government will ensure every", "Mehboob Ali Shah"),
        ],
    ),
    (
        """Two years after allotment, 1,800 housing board flats lie vacant for want of water, road

Express News Service

Kesarganj: MORE THAN two years after a computerised lottery allotted 1,800 flats to economically weaker section (EWS) families in Sector 34 of Kesarganj, fewer than 200 families have moved in, with allottees citing the lack of a piped water connection, an approach road and public transport.

The flats, built by the Kesarganj Housing Board at a cost of Rs 214 crore under the state's Mukhyamantri Griha Awas Yojana, were handed over in March 2022. Allottees pay a monthly instalment of Rs 3,100 towards the cost of the flat.

"We are paying instalments for a house we cannot live in. We also pay rent in the city. How long can a family survive like this?" said Rekha Solanki, a tailor who was allotted a flat on the seventh floor of Tower 11.

Solanki said the nearest bus stop was 3.5 km away, along a kuccha track that turns to slush during the monsoon. Her husband, a factory worker in the old industrial area, would have to spend "nearly Rs 100 a day just on auto fare" if the family shifted, she said.

According to officials, the water connection was delayed because the municipal corporation and the housing board disagreed over who would bear the cost of laying a 4.2-km pipeline from the Dhamni pumping station. In a letter to the housing board in November last year, the municipal commissioner wrote that the corporation could not take over the colony's services "until the board clears its share of the infrastructure development charges".

Housing Board chief executive officer Pranav Deshmukh told The Indian Express that the dispute had been resolved and tenders for the pipeline had been floated last month. "The pipeline work will be completed by December. Till then, we have arranged water tankers for the families who have shifted," he said.

He said the board had also asked Kesarganj City Transport Services Ltd (KCTSL) to extend two routes to the colony. KCTSL general manager Aarti Bhave said the request was under consideration but the routes had to be commercially viable. "We will run a trial service once occupancy improves. Running empty buses is not sustainable," she said.

Allottees said this amounted to a chicken-and-egg problem. "They say buses will come when people come. People say they will come when buses come. Meanwhile, the buildings are decaying," said Imtiaz Shaikh, who heads the allottees' association.

Shaikh said several flats had been broken into and fittings stolen. A visit to the site on Tuesday found broken windows, missing taps in common areas and stray dogs in the stairwells.

Urban policy researcher Kavita Menon, who has studied resettlement colonies, said location was the most common reason for vacant public housing. "Affordable housing is not just about the cost of the flat. If it is 20 km from work, it is not affordable," she said.""",
        [
            ("We are paying instalments for", "Rekha Solanki"),
            ("nearly Rs 100 a day", "Rekha Solanki"),
            ("until the board clears its", "municipal commissioner"),
            ("The pipeline work will be", "Pranav Deshmukh"),
            ("We will run a trial", "Aarti Bhave"),
            ("They say buses will come", "Imtiaz Shaikh"),
            ("Affordable housing is not just", "Kavita Menon"),
        ],
    ),
    (
        """Ride-hailing firm suspends bike service after RTA ban

Staff Reporter

DANISHABAD - The Danishabad Regional Transport Authority (RTA) on Wednesday banned the use of privately registered motorcycles for commercial ride-hailing in the city, prompting app-based service Safar to suspend its bike taxi operations until what it called "further regulatory clarity".

A notification issued by the RTA said motorcycles registered for private use could not be used "for carriage of passengers for hire or reward" and directed traffic police to impound violating vehicles.

In a statement, the company said around 14,000 riders in the city depended on the platform for their livelihood. "We have always been ready to work with the government on a regulatory framework. A blanket ban hurts thousands of young men who have no other source of income and lakhs of commuters who rely on affordable transport," the company said.

RTA Secretary Shahid Mehmood Awan told reporters at a press conference that the ban was necessary because bike taxis were involved in a rising number of road accidents and the vehicles were not insured for commercial use. "If a passenger is injured, who is responsible? The rider has no commercial licence, the bike has no commercial insurance, and the company says it is only a technology platform," he said.

He said the authority was drafting rules under which motorcycles could be registered commercially. "Once the rules are notified, any company that complies will be welcome to operate," he added.

Riders said they had learnt about the ban from the app. Waqas Ahmed, 24, who has been riding for the platform for two years after losing his job at a textile mill, said he earned between Rs2,000 and Rs2,500 a day.

"I have a loan on this bike. If I cannot ride tomorrow, how will I pay the instalment? They should have given us time," Waqas said.

A traffic police officer at the Chowk Azadi checkpoint said teams had been instructed to begin impounding motorcycles from Friday. "For now we are only warning them. From Friday, the bikes will go to the police station," he said.

Commuter Hina Javed, a university student, said bike taxis were the only option she could afford for the 9km trip from her home to campus. "The bus does not go that way and a rickshaw costs three times as much," she said.

Transport economist Dr Faisal Qureshi of the Institute of Urban Policy said the ban reflected a familiar pattern. "Regulators in our cities tend to react to new services by banning them first and thinking about rules later," he said. He said the government should instead introduce a "simple, low-cost commercial registration" for two-wheelers used for ride-hailing.""",
        [
            ("further regulatory clarity", "Safar"),
            ("for carriage of passengers for", "Danishabad Regional Transport Authority"),
            ("We have always been ready", "Safar"),
            ("If a passenger is injured,", "Shahid Mehmood Awan"),
            ("Once the rules are notified,", "Shahid Mehmood Awan"),
            ("I have a loan on", "Waqas Ahmed"),
            ("For now we are only", "traffic police officer"),
            ("The bus does not go", "Hina Javed"),
            ("Regulators in our cities tend", "Faisal Qureshi"),
            ("simple, low-cost commercial registration", "Faisal Qureshi"),
        ],
    ),
]
