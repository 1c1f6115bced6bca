CASES = [
    (
        """Berlin landlords challenge rent-brake extension as vacancy rate hits record low

By Katrin Hollmann

BERLIN, March 12 (Reuters) - A group of Berlin property owners has filed a constitutional complaint against the city's extended rent brake, arguing the rules have choked off new investment at a time when the German capital's vacancy rate has fallen below 0.5%, the lowest on record.

The complaint, lodged with the Federal Constitutional Court in Karlsruhe on Tuesday, was brought by the Association of Berlin Housing Owners (VBW), which represents around 2,300 private landlords and several mid-sized developers.

"The rent brake has not created a single new apartment," said Matthias Oberlaender, the association's chairman. "What it has created is a market where nobody builds and nobody moves."

Berlin's senate extended the so-called Mietpreisbremse until the end of 2029 last autumn, capping rents on new contracts at 10% above the local comparative rent. The federal government has said it will keep the national framework in place.

Housing senator Ulrike Brandstaetter rejected the complaint, telling reporters the city had "every legal right" to protect tenants from what she described as speculative pricing.

"We will defend this rule in court, and we expect to win," Brandstaetter said. "Those who complain the loudest have often made the most money in the last ten years."

According to figures from the Berlin-Brandenburg statistics office, completions of new apartments in the city fell 18% last year to about 13,900 units, well short of the senate's target of 20,000 a year.

Developers blame higher interest rates and construction costs more than regulation. Jonas Treppke, chief executive of Spreeland Wohnbau, said his company had put three projects in Lichtenberg and Marzahn on hold.

"At current financing costs, a new-build flat needs a rent of 18 or 19 euros per square metre to break even," Treppke told Reuters. "The rent brake doesn't apply to new builds, but investors read the signal. They see a city that is hostile to them."

Tenant groups said the complaint was a distraction. The Berlin Tenants' Association said in a statement that median asking rents in the city had risen by nearly 11% over the past year and that "the only people who think rents are too low are the people collecting them."

A senior official at the federal construction ministry, who asked not to be named because the matter is before the court, said Berlin's rules were "in line with federal law" and that the ministry did not expect Karlsruhe to rule before 2026.

Shares in listed landlord Domhaus Immobilien, one of the largest owners of rental flats in the capital, closed 0.4% lower in Frankfurt.

(Reporting by Katrin Hollmann; Editing by Paul Severin)""",
        [
            ("The rent brake has not", "Matthias Oberlaender"),
            ("What it has created is", "Matthias Oberlaender"),
            ("every legal right", "Ulrike Brandstaetter"),
            ("We will defend this rule", "Ulrike Brandstaetter"),
            ("Those who complain the loudest", "Ulrike Brandstaetter"),
            ("At current financing costs, a", "Jonas Treppke"),
            ("The rent brake doesn't apply", "Jonas Treppke"),
            ("the only people who think", "Berlin Tenants' Association"),
            ("in line with federal law", "senior official at the federal construction ministry"),
        ],
    ),
    (
        """Amsterdam evictions rise by almost a quarter as minister promises tougher rules

The number of households evicted from rented homes in Amsterdam rose by almost a quarter last year, according to new figures from the city's social services department, prompting fresh calls for tougher national rules on landlords.

In total, 612 households were forced out of their homes in 2024, compared with 497 a year earlier. Most of the evictions followed rent arrears, but the city said a growing number involved tenants on temporary contracts whose landlords refused to extend them.

Housing alderman Femke Dijkstra-Bos told local broadcaster AT5 the figures were "shocking but not surprising". "We see families who have paid their rent every month for years and still end up on the street because a contract runs out," she said. "That is not a housing market, that is a lottery."

Parliament voted last year to phase out most temporary rental contracts, but caretaker housing minister Ruud Verhoeven has said the new law will not come into force before 2026.

Speaking in The Hague on Wednesday, Verhoeven said he would bring forward measures to stop landlords from ending contracts "simply to push up the rent". He did not give a date.

"I understand the frustration in Amsterdam," the minister said. "But a law that is rushed is a law that ends up in court. We want to get this right."

Landlords' organisation Vastgoed Belang said the rise in evictions was being used to paint all private landlords as villains. "The vast majority of our members want long-term tenants," a spokesman said. "Evictions are expensive, slow and always a last resort."

The organisation also warned that stricter rules would accelerate "uitponden", the practice of selling off rental flats one by one to owner-occupiers when tenants leave. According to the Kadaster land registry, some 9,800 former rental homes in Amsterdam were sold to private buyers last year.

Tenants' union Huurders Alliantie Amsterdam said the official figures probably understate the problem, because many tenants leave before a court order is ever issued. "People pack their bags as soon as they get the letter," said coordinator Youssef El Khatib. "They don't know they have rights, or they are too afraid to use them."

The city has set up a legal helpline and says it will provide emergency accommodation for every family with children facing eviction. Some 140 children were affected last year, the social services department said.

Amsterdam has around 440,000 homes, of which roughly 40% are owned by housing corporations. The average wait for a social rental home in the city is now more than 13 years.""",
        [
            ("shocking but not surprising", "Femke Dijkstra-Bos"),
            ("We see families who have", "Femke Dijkstra-Bos"),
            ("That is not a housing", "Femke Dijkstra-Bos"),
            ("simply to push up the", "Ruud Verhoeven"),
            ("I understand the frustration in", "Ruud Verhoeven"),
            ("But a law that is", "Ruud Verhoeven"),
            ("The vast majority of our", "spokesman"),
            ("Evictions are expensive, slow and", "spokesman"),
            ("People pack their bags as", "Youssef El Khatib"),
            ("They don't know they have", "Youssef El Khatib"),
        ],
    ),
    (
        """What Vienna's April rent rises mean for tenants

By Julia Brandner

Hundreds of thousands of households in Vienna will pay more rent from April 1st after the latest inflation figures triggered another round of index-linked increases. Here's what you need to know.

Who is affected?

The increase applies to flats let under Austria's "reference rent" system (Richtwert), which covers most buildings constructed before 1945, as well as to many privately rented flats with index clauses in their contracts. Tenants' groups estimate that around 400,000 households in the capital are affected.

Under the federal rent brake introduced last year, increases for regulated flats are limited to five percent a year. For many tenants that will still mean paying an extra 30 to 60 euros a month.

"For many families this is the third increase in less than two years," said Birgit Stadlhofer, head of counselling at the Tenants' Protection Association Vienna. "Wages have not kept pace, and we hear from people who are cutting back on heating and food to keep their flat."

What are politicians saying?

Vienna's housing councillor, Sandra Wimmer-Leitner, has called on the federal government to go further. In a post on social media on Monday, she described the rent brake as "a plaster on a broken leg" and demanded a two-year freeze on all index-linked rents.

The Austrian Property Owners' Federation rejected the idea. "Landlords also face rising costs for repairs, energy renovation and financing," its president, Gerhard Puehringer, said in a statement. "If rents are frozen while costs keep rising, buildings will simply fall into disrepair."

Does this affect council flats?

Rents in Vienna's roughly 220,000 municipal flats, known as Gemeindebauten, are set by the city. It has said increases there will be capped at the same level as in the regulated private sector.

Is the real problem supply?

Clemens Aigner, a housing economist at the Institute for Urban Economics in Vienna, told The Local that the debate over indexation distracted from a bigger issue. "Vienna has grown by more than 250,000 people in fifteen years," he said. "The city has built a lot, but not enough, and private construction has collapsed since interest rates went up."

He said completions of new flats in the city were expected to fall by almost half by next year, which would "put pressure on rents regardless of what happens with indexation".

What can I do?

Tenants who think their increase has been miscalculated can ask the city's arbitration board (Schlichtungsstelle) to review it free of charge. Several tenants' organisations also offer free advice by phone.

"Check your letter carefully," Stadlhofer advised. "A surprising number of the increases we see are calculated incorrectly, usually in the landlord's favour."

Tenants should not simply stop paying the higher amount, she added, as this could lead to arrears and, in the worst case, eviction proceedings.""",
        [
            ("For many families this is", "Birgit Stadlhofer"),
            ("Wages have not kept pace,", "Birgit Stadlhofer"),
            ("a plaster on a broken", "Sandra Wimmer-Leitner"),
            ("Landlords also face rising costs", "Gerhard Puehringer"),
            ("If rents are frozen while", "Gerhard Puehringer"),
            ("Vienna has grown by more", "Clemens Aigner"),
            ("The city has built a", "Clemens Aigner"),
            ("put pressure on rents regardless", "Clemens Aigner"),
            ("Check your letter carefully,", "Birgit Stadlhofer"),
            ("A surprising number of the", "Birgit Stadlhofer"),
        ],
    ),
    (
        """Munich’s housing crisis leaves students sleeping in gyms

With the winter semester under way, hundreds of students in Germany’s most expensive city still have nowhere to live. The Bavarian government says it is building. Critics say it is not nearly enough.

Lena Haberkorn has spent the past three weeks sleeping on a camp bed in a school gym on the northern edge of Munich. The 21-year-old from Passau was accepted to study mechanical engineering in August, but has yet to find a room she can afford.

“I have sent more than 200 messages and been to eleven viewings,” she told DW. “At one of them there were 60 people queuing on the stairs for a 14-square-metre room for €790 a month.”

Haberkorn is one of around 300 students in emergency accommodation set up by the Upper Bavaria Student Welfare Office. Its managing director, Thomas Reisinger, said the waiting list for the organisation’s 11,000 dormitory places had grown to 14,500 names.

“We have never seen numbers like this,” Reisinger said. “Every year we say it cannot get worse, and every year it does.”

According to a survey by the Berlin-based Institute for Student Housing Research, a room in a shared flat in Munich now costs an average of €760 a month — about double the housing allowance included in the maximum BAföG state student grant.

Private providers have stepped into the gap, often marketing furnished “micro-apartments” with gyms and co-working spaces at prices of €900 or more. Critics say such projects are designed for investors rather than students.

Bavaria’s building minister, Florian Schattenhofer, defended the state government’s record on Tuesday. He said Bavaria was investing “more than any other state” in student housing and pointed to 2,400 new places due to be completed by 2027.

“We cannot conjure flats out of thin air,” Schattenhofer told reporters in the state parliament. “Land is scarce, construction costs have risen by a third, and almost every project faces objections from the neighbors.”

The opposition was unimpressed.

“The state government has been promising 10,000 new flats a year since 2018 and has not come close in a single year,” said Anja Wendelstein, housing spokeswoman for the Greens in the Bavarian parliament. “Meanwhile, the Free State sells its own land to the highest bidder.

“If we want young people to study here, to train here and to become our nurses and engineers, then we need public land for affordable housing. Anything else is just talk.”

The Association of Bavarian Housing Companies, which represents cooperative and municipal landlords, said in a statement that its members were ready to build but were being held back by “regulations that make every flat more expensive.”

For Haberkorn, time is running out. Lectures began two weeks ago, and she spends an hour each way commuting from the gym to the campus.

“If I don’t find anything by November, I’ll go back to Passau and try again next year,” she said. “But I know people who have already given up.”""",
        [
            ("I have sent more than", "Lena Haberkorn"),
            ("At one of them there", "Lena Haberkorn"),
            ("We have never seen numbers", "Thomas Reisinger"),
            ("Every year we say it", "Thomas Reisinger"),
            ("more than any other state", "Florian Schattenhofer"),
            ("We cannot conjure flats out", "Florian Schattenhofer"),
            ("Land is scarce, construction costs", "Florian Schattenhofer"),
            ("The state government has been", "Anja Wendelstein"),
            ("Meanwhile, the Free State sells", "Anja Wendelstein"),
            ("If we want young people", "Anja Wendelstein"),
            ("regulations that make every flat", "Association of Bavarian Housing Companies"),
            ("If I don’t find anything", "Lena Haberkorn"),
            ("But I know people who", "Lena Haberkorn"),
        ],
    ),
    (
        """Last tenants evicted from Rotterdam-Zuid block ahead of demolition

The last four households in a block of social housing in Rotterdam's Vlietkwartier neighborhood were evicted on Thursday morning, clearing the way for the demolition of 320 homes. Police and bailiffs arrived at the flats on the Korenbloemstraat shortly after 7:00 a.m., AD reported.

Several dozen supporters had gathered outside, many carrying banners from the "Zuid Blijft" campaign, which has fought the demolition plans since 2019. A police spokesperson said the eviction went "largely without incident" and that nobody was arrested.

Hatice Yilmaz, 58, had lived in her three-room flat for 31 years. "I raised three children here. My husband died in this flat," she told NOS as she watched movers carry out her furniture. "They offered me something in Capelle aan den IJssel. I don't know anybody in Capelle."

The flats are owned by housing corporation Maasoever Wonen, which plans to replace them with 210 social rental homes and around 390 mid-priced rental and owner-occupied homes. The corporation said in a statement that it understood "this is a painful day for the residents involved."

"The homes are damp, poorly insulated and cannot be renovated at a responsible cost," the statement said. "All other households have been rehoused, most of them within Rotterdam-Zuid."

Housing alderman Mark Hoogendijk defended the project during a debate in the city council on Wednesday evening. His message was clear: "We are not pushing people out of Zuid. We are giving Zuid the homes it should have had decades ago."

Critics say the plan reduces the number of affordable homes in one of the poorest parts of the Netherlands. Noor Bakker of the Rotterdam Housing Rights Collective pointed out that the district already has a waiting list of more than eight years for social housing.

"Every time they talk about a 'mixed neighborhood', it means fewer homes for people on low incomes," Bakker said. "The people who are moved out almost never come back."

Several residents challenged the evictions in court. In March, the Rotterdam District Court ruled that Maasoever Wonen had made "sufficient efforts" to offer suitable alternative housing and that the demolition served "a reasonable interest" that outweighed the residents' right to stay.

Demolition is expected to begin in the summer, and the first new homes should be ready in 2028, according to the corporation. Former residents will be given priority if they want to return, it said.

Yilmaz said she will move to Capelle aan den IJssel next week. "What choice do I have?" she said.""",
        [
            ("largely without incident", "spokesperson"),
            ("I raised three children here.", "Hatice Yilmaz"),
            ("They offered me something in", "Hatice Yilmaz"),
            ("this is a painful day", "Maasoever Wonen"),
            ("The homes are damp, poorly", "Maasoever Wonen"),
            ("All other households have been", "Maasoever Wonen"),
            ("We are not pushing people", "Mark Hoogendijk"),
            ("Every time they talk about", "Noor Bakker"),
            ("The people who are moved", "Noor Bakker"),
            ("sufficient efforts", "Rotterdam District Court"),
            ("a reasonable interest", "Rotterdam District Court"),
            ("What choice do I have?", "Hatice Yilmaz"),
        ],
    ),
    (
        """Hamburg harbour tower in limbo as developer files for insolvency

Hamburg (AFP) - The developer of a half-finished 42-storey residential tower in Hamburg's harbour district filed for insolvency on Monday, leaving hundreds of buyers who paid deposits unsure whether they will ever get the keys to their flats.

Kessler Property Group, founded by Austrian-born businessman Viktor Kessler, said it had been forced to take the step after "negotiations with financing partners failed to produce a viable solution".

"We deeply regret the uncertainty this causes for our customers and partners," the company said in a statement, adding that its Vienna-based parent holding was not affected.

Construction of the tower, marketed as "Elbkrone", stopped in November when subcontractors walked off the site over unpaid bills. Only 29 of the planned 42 floors have been completed, and the building has become a symbol of Germany's crisis in residential construction.

The insolvency administrator appointed by the Hamburg district court, lawyer Henrike Sommerfeld, said her first task was to secure the site. "It is far too early to say whether the project can be completed, and by whom," she told reporters outside the court.

According to the company, 388 of the tower's 520 apartments were sold off-plan, with buyers paying deposits averaging around 30 percent of the purchase price.

"We put our entire savings into this," said Ruediger Lorenz, a 64-year-old retired teacher who bought a two-bedroom flat on the 28th floor in 2021. "Now we are told we are just one creditor among hundreds."

Ines Vollmer, a lawyer representing about 150 buyers, said her clients would examine whether the bank guarantees required under German law covered their deposits. "Some buyers are well protected. Others, frankly, are not," she said.

Hamburg's senator for urban development, Dorothea Kraemer, said the city would not bail out a private company but would look at "all options, including buying back the land".

"The city will not pay for the mistakes of a private developer," Kraemer told the regional parliament. "But we will also not allow a ruin to stand at the entrance to our harbour for ten years."

A person familiar with the talks told AFP that two potential investors, one from the Netherlands and one from the Gulf, had examined the project in recent months but walked away. "The numbers simply don't work any more," the person said.

Kessler, who built up a portfolio of office and residential projects in Vienna, Munich and Hamburg over two decades, did not respond to AFP's request for comment.

Residential construction in Germany has slumped since 2022 as interest rates and building costs soared. Building permits for apartments fell by more than a quarter last year, according to the Federal Statistical Office, and the government has missed its target of 400,000 new homes a year by a wide margin.""",
        [
            ("negotiations with financing partners failed", "Kessler Property Group"),
            ("We deeply regret the uncertainty", "Kessler Property Group"),
            ("It is far too early", "Henrike Sommerfeld"),
            ("We put our entire savings", "Ruediger Lorenz"),
            ("Now we are told we", "Ruediger Lorenz"),
            ("Some buyers are well protected.", "Ines Vollmer"),
            ("all options, including buying back", "Dorothea Kraemer"),
            ("The city will not pay", "Dorothea Kraemer"),
            ("But we will also not", "Dorothea Kraemer"),
            ("The numbers simply don't work", "person familiar with the talks"),
        ],
    ),
    (
        """‘A city for tourists, not for us’: Innsbruck targets empty flats as rents soar

Alpine city steps up fight against second homes and ‘investment flats’, but critics say the levy is too small to make a difference

Sophie Harrington in Innsbruck

Magdalena Pichler has lived in Innsbruck all her life, but at 32 she is starting to wonder how much longer she can afford to. The intensive care nurse pays €1,150 a month for a 48 sq metre flat in the Wilten district, more than half of her take-home pay.

‘I work 12-hour shifts at the clinic, and after rent I have less left over than my mother did in the 1990s,’ she said. ‘It has become a city for tourists, not for us.’

Innsbruck, a university city of 130,000 people hemmed in by mountains, has some of the highest rents in Austria. According to the city’s own estimates, about 3,000 flats stand empty for most of the year, many of them second homes or flats bought as a hedge against inflation.

From July, the city council plans to triple the levy on long-term vacant homes under Tyrol’s vacancy tax law, which until now has raised barely enough to cover the cost of collecting it.

‘We have thousands of empty flats,’ said Innsbruck’s mayor, Johannes Anich, in an interview at the town hall. ‘Meanwhile, the people who keep this city running – nurses, bus drivers, teachers – drive in from the valley for an hour each way.

‘Nobody is telling owners what to do with their property. But if you leave a flat empty in a city like this one, you should pay something towards the damage that does.’

The Tyrolean Property Owners’ Association has called the levy ‘an expropriation by the back door’ and is considering a legal challenge. ‘Many of these flats are empty because they need renovation that owners cannot currently finance,’ the association said in a statement, adding that strict tenancy law made many owners reluctant to let at all.

Economists are also sceptical, though for different reasons. Ursula Gstrein, who researches housing markets at the University of Innsbruck, described the tax as ‘a signal rather than a solution’. Even tripled, she said, it would amount to little more than €200 a month for a large flat – ‘less than what many owners pay for a parking space’.

‘If you bought a flat for €600,000 and it gains 5% a year in value, a few hundred euros in tax is not going to make you rent it out,’ she said.

The city has also tightened rules on short-term holiday lets, requiring owners to register and limiting rentals in residential buildings to 90 days a year. Officials say about 400 listings have disappeared from booking platforms since the rules took effect.

Pichler has put her name down for a municipal flat. ‘They told me three to five years,’ she said. ‘By then I might be living in Munich.’""",
        [
            ("A city for tourists, not", "Magdalena Pichler"),
            ("I work 12-hour shifts at", "Magdalena Pichler"),
            ("It has become a city", "Magdalena Pichler"),
            ("We have thousands of empty", "Johannes Anich"),
            ("Meanwhile, the people who keep", "Johannes Anich"),
            ("Nobody is telling owners what", "Johannes Anich"),
            ("an expropriation by the back", "Tyrolean Property Owners’ Association"),
            ("Many of these flats are", "Tyrolean Property Owners’ Association"),
            ("a signal rather than a", "Ursula Gstrein"),
            ("less than what many owners", "Ursula Gstrein"),
            ("If you bought a flat", "Ursula Gstrein"),
            ("They told me three to", "Magdalena Pichler"),
            ("By then I might be", "Magdalena Pichler"),
        ],
    ),
    (
        """Police clear occupied office building in Frankfurt

Frankfurt (dpa) - Police on Wednesday cleared an empty office building in Frankfurt's Gallus district that activists had occupied for almost three weeks in protest against the housing shortage in Germany's financial capital.

Around 40 people were still inside the seven-storey building when officers entered early in the morning, a police spokesman said. "The operation went off mostly peacefully. Two people were taken into custody for resisting officers and have since been released," he said.

The activists, who call themselves "Wohnraum statt Leerstand" (Housing not Vacancy), had demanded that the city take over the building, which has stood empty since 2019, and convert it into social housing.

"There are 9,000 households on the waiting list for social housing in Frankfurt, and this building has been empty for five years," said a spokeswoman for the group who gave her name only as Mira. "So who is really breaking the law here?"

She said the group would continue with "new actions in new buildings" in the coming weeks.

The building is owned by a Luxembourg-registered property fund. Its Frankfurt-based asset manager, Mainufer Asset Partners, said plans to convert the property into 140 apartments had been submitted to the city in 2023 and were still awaiting approval.

"We share the goal of creating housing at this location. Occupation and property damage are not the way to achieve it," a spokeswoman for the company said. The damage to the building would be assessed in the coming days, she added.

Frankfurt's head of planning, Carsten Wehrheim, said converting offices into flats was "a central pillar" of the city's housing strategy. According to the city, around 1.5 million square metres of office space in Frankfurt are currently vacant.

Wehrheim conceded that approval procedures took too long. "We have to get faster, there is no question about that," he told dpa. "But we also have to make sure that what gets built is safe and actually affordable."

Deniz Arslan, housing spokesperson for the Left party in the city council, criticized the operation: "Sending in the police against people who are pointing out a scandal is the wrong signal. The scandal is the empty building, not the occupation."

The Frankfurt Homeowners' Association welcomed the clearance. The rule of law "must apply to everyone, including activists with good intentions," the association said in a statement.

According to the city's housing office, average asking rents for new contracts in Frankfurt rose to 15.80 euros per square metre last year, up from 14.20 euros two years earlier.""",
        [
            ("The operation went off mostly", "spokesman"),
            ("There are 9,000 households on", "Mira"),
            ("So who is really breaking", "Mira"),
            ("new actions in new buildings", "Mira"),
            ("We share the goal of", "spokeswoman"),
            ("a central pillar", "Carsten Wehrheim"),
            ("We have to get faster,", "Carsten Wehrheim"),
            ("But we also have to", "Carsten Wehrheim"),
            ("Sending in the police against", "Deniz Arslan"),
            ("must apply to everyone, including", "Frankfurt Homeowners' Association"),
        ],
    ),
]
