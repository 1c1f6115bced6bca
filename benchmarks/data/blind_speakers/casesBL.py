CASES = [
    (
        """KAMLOOPS, B.C. — Crews fighting the Sorrel Creek wildfire north of Kamloops made modest gains overnight, but officials warned Tuesday that strong winds forecast for the weekend could quickly erase that progress.

The fire, now estimated at 14,200 hectares, has forced the evacuation of about 1,100 properties in the Thompson-Nicola Regional District since last Wednesday. Another 430 properties remain on evacuation alert.

“We had a good night, and I want to give credit to the crews who were out there in some very steep, very rough terrain. But we are not out of the woods, so to speak. The winds on Saturday are a real concern,” said Marisol Dhaliwal, a fire information officer with the BC Wildfire Service.

Dhaliwal said heavy equipment had been moved in overnight to reinforce control lines along the eastern flank, where the fire came within three kilometres of the community of Loon Bay on Sunday. Structure protection crews have set up sprinkler systems on homes there, she said.

In Victoria, Emergency Management Minister Grant Tolliver said the province had asked for 200 additional firefighters from Ontario and Quebec through the national resource-sharing agreement. He said provincial staff were “in constant contact with the regional district and with the First Nations” in the area, and that more help would arrive by Thursday.

Not everyone shares that view. Chief Darlene Jules of the Nekwalst First Nation, whose reserve lands sit just west of the evacuation zone, said her community was left out of early planning.

“Our people found out about the evacuation alert on Facebook. That is not how this is supposed to work. We have been asking for a seat at the table for years, and this summer shows exactly why,” she said.

A spokesperson for the regional district said in an email that staff “regret any confusion caused by the timing of the alert” and were reviewing how notifications are shared with neighbouring communities. The district is urging residents to sign up for its “NorthAlert” notification app and to read the province’s “Ready, Set, Go” evacuation guide.

For those already out of their homes, the wait is wearing thin.

“You pack what you can in 20 minutes and then you just hope,” said Hal Brennick, a retired mill worker who has lived in Loon Bay for 31 years. He has been staying with his daughter in Kamloops since Thursday and said he checks the wildfire service’s online map about once an hour.

The BC Wildfire Service believes the fire was sparked by lightning. An evacuation centre remains open at the Sandman Centre in Kamloops.""",
        [
            ("We had a good night", "Marisol Dhaliwal"),
            ("in constant contact with the", "Grant Tolliver"),
            ("Our people found out about", "Darlene Jules"),
            ("regret any confusion caused by", "spokesperson for the regional district"),
            ("You pack what you can", "Hal Brennick"),
        ],
    ),
    (
        """TORONTO — Ontario’s Progressive Conservative government tabled legislation Monday that would allow the province to override municipal zoning rules within 800 metres of major transit stations, setting up a fresh fight with city halls across the province.

The bill, formally titled the “Building Homes Near Transit Act,” would give the minister of municipal affairs and housing the power to approve mid-rise and high-rise projects even where local councils have rejected them.

Municipal Affairs and Housing Minister Lorne Pickersgill said the legislation was needed because “too many municipalities have said yes to growth in their official plans and no to it at every single council meeting.”

“We are in a housing crisis, and people expect us to act like it. If that means some councillors are unhappy with me, I can live with that,” Pickersgill told reporters after question period at Queen’s Park.

The bill follows the release last spring of “Keys Within Reach,” a report by the province’s housing affordability task force that recommended sweeping limits on municipal appeals of residential projects.

NDP housing critic Aisha Mensah-Lavoie was blunt in her response:

“This minister wants you to believe that the only thing standing between a young family and a home is a city council. That is simply not true. Interest rates, construction costs and speculation are doing far more damage, and this bill touches none of them.

“What it does do is hand enormous discretion to one minister, behind closed doors, with no appeal.”

The Association of Municipal Councils of Ontario said in a statement that it was “deeply concerned that municipalities were not consulted” before the bill was introduced, and that it would seek an urgent meeting with the minister.

Some mayors were more pointed. Oakville Mayor Ross Delahunt noted that his town had approved more than 4,000 new units near its GO stations in the past two years alone.

“We are not the problem here, and frankly I resent being painted as one. Come look at the cranes,” Delahunt said.

Pickersgill would not say whether the province would compensate municipalities for development charges they could lose under the new rules. The bill is expected to pass second reading before the legislature rises for the summer.""",
        [
            ("too many municipalities have said", "Lorne Pickersgill"),
            ("We are in a housing", "Lorne Pickersgill"),
            ("This minister wants you to", "Aisha Mensah-Lavoie"),
            ("deeply concerned that municipalities were", "Association of Municipal Councils of Ontario"),
            ("We are not the problem", "Ross Delahunt"),
        ],
    ),
    (
        """PRINCE ALBERT, Sask. — Saskatchewan’s Serious Incident Response Team is investigating after a man died following an arrest by RCMP officers on the Muskwa Lake Cree Nation early Sunday.

In a news release, Saskatchewan RCMP said officers responded to a residence on the First Nation at about 2:30 a.m. after a report of a disturbance. The man, 34, “went into medical distress” while being taken into custody, the release said. He was taken to hospital in Prince Albert, where he was pronounced dead.

His family has identified him as Dustin Nawakayas, a father of two who worked summers on a wildland firefighting crew.

His aunt, Loretta Nawakayas, said the family learned of his death from a neighbour, not from police.

“Nobody from the RCMP came to the door. Nobody called. He was somebody’s son, he was somebody’s dad, and we deserve answers from someone who isn’t wearing the same uniform,” she said in a phone interview Monday.

A woman who lives across the road from the home, and who asked that her name not be used because she fears repercussions in the small community, said she woke up to shouting and saw at least three police vehicles outside.

“It was over really fast. Maybe five minutes, and then the ambulance came,” she said.

Staff Sgt. Colleen Farrow, a spokesperson for Saskatchewan RCMP, said the force could not discuss details while the independent investigation is underway.

“We understand the community has questions, and we share their desire for a thorough and transparent investigation,” Farrow said. She said the officers involved had been placed on administrative duties, which she described as standard practice.

Vice-Chief Raymond Kinequon of the Federation of Northern Treaty Nations said in a post on social media that the death was “another painful reminder that our people are not safe in police custody.” He called on the province to release any body-camera footage as soon as possible.

Family members have organized a walk, called “Justice for Dustin,” for Wednesday evening from the band office to the detachment in nearby Spiritwood.""",
        [
            ("went into medical distress", "Saskatchewan RCMP"),
            ("Nobody from the RCMP came", "Loretta Nawakayas"),
            ("It was over really fast", "woman who lives across the road from the home"),
            ("We understand the community has", "Colleen Farrow"),
            ("another painful reminder that our", "Raymond Kinequon"),
        ],
    ),
    (
        """THUNDER BAY, Ont. — For the first time in almost nine years, people in Kashaweg First Nation can drink water straight from the tap.

Indigenous Services Canada lifted the long-term drinking water advisory on the remote fly-in community, about 450 kilometres north of Thunder Bay, on Thursday after a new $38-million treatment plant passed its final round of testing.

"I've got grandkids who have never once in their lives turned on a tap and poured themselves a glass of water. Today they can. That's what this is about," said Chief Norman Kakegabow, standing beside the plant's new filtration units.

Kakegabow said the celebration was tempered by frustration at how long it took. For most of the past decade, bottled water was flown in at a cost of several hundred thousand dollars a year, a stretch many in the community now simply call "the jug years."

In a statement, Indigenous Services Canada said the lifting of the advisory was "the result of strong collaboration between the First Nation and the federal government," adding that 11 long-term advisories remain in effect on First Nations in Ontario.

Coun. Ruth Wesley, who holds the water portfolio on band council, said the harder work starts now. She put it this way:

"A plant is only as good as the people running it. We have two certified operators right now. We need at least four, and we need to be able to pay them what they would earn in Thunder Bay, or we will train them and lose them."

Wesley said the community is working with a college in Thunder Bay on a training program, known as "Water Keepers," that would let young people earn their operator certification without leaving home for more than a few weeks at a time.

Derek Lindqvist, a project manager with the Winnipeg-based engineering firm Prairie Shield Water Systems, said construction was slowed repeatedly by the community's short winter road season.

"When your materials can only come in for six or seven weeks a year, a delay of a few days can cost you a whole season," he said. The plant was originally scheduled to open in 2022.

Kakegabow said a community feast is planned for Saturday, and that elders will hold a water ceremony at the plant before it is officially opened.""",
        [
            ("I've got grandkids who have", "Norman Kakegabow"),
            ("the result of strong collaboration", "Indigenous Services Canada"),
            ("A plant is only as", "Ruth Wesley"),
            ("When your materials can only", "Derek Lindqvist"),
        ],
    ),
    (
        """HALIFAX — About 3,200 licensed practical nurses and continuing care assistants in Nova Scotia’s nursing homes could walk off the job as early as next week after contract talks broke down late Friday.

The Nova Scotia Allied Health Workers Union said its members had voted 94 per cent in favour of a strike mandate, the highest in the union’s history. Union president Jocelyn MacIsaac said the employers’ latest offer falls well short of the rising cost of living in the province.

“Our members have been holding these homes together with duct tape since the pandemic,” MacIsaac said at a news conference outside a nursing home in Dartmouth on Saturday. “They’re tired, they’re underpaid and they’re leaving for Alberta and Ontario. Something has to give.”

The union’s campaign, dubbed “Care Can’t Wait,” has featured billboards along Highway 102 for weeks. Several homes have leaned heavily on so-called “agency staff” to fill gaps in their schedules, at a far higher hourly cost.

The Continuing Care Employers Association of Nova Scotia, which bargains on behalf of 71 homes, said it had offered raises totalling 11.5 per cent over four years. In a statement, the association’s chief executive, Bernadette Coady, called that offer “fair, responsible and in line with other public-sector settlements in the province.”

Under Nova Scotia’s essential services law, the two sides must agree on how many workers stay on the job during any strike. Labour Minister Colin Deveau said Friday that he remained hopeful the parties would return to the bargaining table, and that resident safety would not be put at risk.

Families, meanwhile, are watching nervously.

“My mother needs two people to get her out of bed in the morning. If they strike, I honestly don’t know who’s going to do that,” said Anne-Marie Boudreau, whose 88-year-old mother lives in a home in Truro.

No new talks have been scheduled. The union must give 48 hours’ notice before any job action begins.""",
        [
            ("Our members have been holding", "Jocelyn MacIsaac"),
            ("They’re tired, they’re underpaid", "Jocelyn MacIsaac"),
            ("fair, responsible and in line", "Bernadette Coady"),
            ("My mother needs two people", "Anne-Marie Boudreau"),
        ],
    ),
    (
        """EDMONTON — A St. Albert man who struck and killed a cyclist while driving with more than twice the legal limit of alcohol in his blood has been sentenced to six years in prison.

Court of King’s Bench Justice Miriam Solberg handed down the sentence Wednesday to Trevor Halvorsen, 41, who pleaded guilty last fall to impaired driving causing death.

Nadia Kowalchuk, 29, a nurse at the Royal Alexandra Hospital, was riding home from a night shift in June 2023 when Halvorsen’s pickup truck drifted into the bike lane and hit her from behind. She died at the scene.

In her written decision, Solberg said Halvorsen had made “a series of deliberate choices, any one of which could have prevented this death,” including brushing off a friend who offered to drive him home. She noted that he had a previous impaired driving conviction from 2015.

Kowalchuk’s mother, Halyna Kowalchuk, read a victim impact statement at the sentencing hearing in March.

“I set the table for three every night for a month before I could make myself stop,” she told the court.

“Nadia wanted to work up north. She had already applied. She would have been the kind of nurse that people remember for the rest of their lives.”

Crown prosecutor Dev Raghunathan had asked for eight years. Outside the courthouse, he said the Crown would review the decision before deciding whether to appeal.

Defence lawyer Marc-André Gauthier said his client “has never once tried to minimize what he did” and has been sober for more than a year.

Cyclists installed a white “ghost bike” at the crash site last summer, and the Edmonton Cycling Coalition has used the case to push for protected lanes under its “Safe Streets YEG” campaign.

Solberg also imposed a 10-year driving prohibition, which begins once Halvorsen is released from custody.""",
        [
            ("a series of deliberate choices", "Miriam Solberg"),
            ("I set the table for", "Halyna Kowalchuk"),
            ("Nadia wanted to work up", "Halyna Kowalchuk"),
            ("has never once tried to", "Marc-André Gauthier"),
        ],
    ),
    (
        """WINNIPEG — A 19-year-old man faces charges of aggravated assault and possession of a weapon after a Winnipeg Transit operator was stabbed on a bus in the city's downtown early Saturday.

The 52-year-old driver was taken to hospital in critical condition and has since been upgraded to stable, police said Monday.

"This was an unprovoked attack on someone who was simply doing their job," said Const. Danielle Ouellette, a spokesperson for the Winnipeg Police Service, at a news conference at police headquarters.

Ouellette said the suspect boarded the bus on Portage Avenue shortly after 1 a.m. and approached the driver's compartment without saying a word. Passengers called 911, and officers arrested the man a few blocks away. She said the two did not know each other.

The attack is the third serious assault on a transit operator this year, and it has renewed pressure on city hall.

Coun. Sherri Lavallee, who chairs the city's public works committee, said she would bring a motion next week calling for "full operator barriers on every bus in the fleet by the end of next year." Some buses already have partial shields, installed under the city's 2023 "Transit Safety Action Plan."

"We keep having the same conversation after every one of these, and then the budget comes around and it gets pushed back again. I'm done with that," she said.

A spokesperson for the union representing transit operators said drivers were "scared to come to work, and they have every right to be." The union has asked the province to help pay for security officers on late-night routes.

The accused, whose name has not been released, is scheduled to make his first court appearance Thursday. None of the allegations against him have been proven in court.""",
        [
            ("This was an unprovoked attack", "Danielle Ouellette"),
            ("full operator barriers on every", "Sherri Lavallee"),
            ("We keep having the same", "Sherri Lavallee"),
            ("scared to come to work", "spokesperson for the union representing transit operators"),
        ],
    ),
    (
        """FREDERICTON — New Brunswick’s official languages commissioner says the province is still falling short of its legal obligation to serve French-speaking patients in their own language, more than two decades after the right was written into law.

In her annual report, titled “Words Into Action” and tabled in the legislature Tuesday, Commissioner Sylvie Thériault-Cormier found that complaints about health services rose by 40 per cent last year, most of them involving emergency departments and after-hours care.

“When a francophone patient in Moncton is told to ‘come back when someone who speaks French is on shift,’ that is not a staffing inconvenience. It is a violation of the law,” Thériault-Cormier wrote.

Under the principle known as “active offer,” hospital staff are supposed to greet every patient in both official languages. The report makes 14 recommendations, including that health authorities track the language ability of every nurse and physician on each shift.

Premier Douglas Fairweather said his government “will study the commissioner’s recommendations carefully,” but he defended its record, pointing to a recruitment drive that has brought more than 200 bilingual nurses to the province since 2022.

Opposition Leader Étienne Robichaud was unimpressed.

“Every year we get a report, every year the premier says he’ll study it, and every year nothing changes,” he said during question period.

A nurse at a Moncton hospital, who asked not to be identified because she is not authorized to speak publicly, said the problem is worst overnight, when there are fewer staff of any kind on the wards.

“Some nights I’m the only one on the floor who can do an assessment in French. If I’m on break, that’s it,” she said.

The commissioner’s office received 312 complaints in total last year, up from 241 the year before.""",
        [
            ("When a francophone patient in", "Sylvie Thériault-Cormier"),
            ("will study the commissioner’s recommendations", "Douglas Fairweather"),
            ("Every year we get a", "Étienne Robichaud"),
            ("Some nights I’m the only", "nurse at a Moncton hospital"),
        ],
    ),
]
