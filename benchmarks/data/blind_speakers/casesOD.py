CASES = [
    (
        """STM to trim bus service on 14 routes as deficit looms

Transit agency says riders will see longer waits on evenings and weekends starting in late August

Marianne Pelletier • Montreal Gazette

Riders on 14 Montreal bus routes will wait longer for their buses starting in late August, the Société de transport de Montréal announced Tuesday, as the agency scrambles to close a projected $71-million shortfall.

The cuts, which mostly affect evening and weekend service in Montréal-Nord, Lachine and parts of Rivière-des-Prairies, will stretch frequencies on some lines from 12 minutes to 20 minutes.

“We did everything we could to protect rush-hour service, because that is where most of our riders are,” STM director general Luc Desrosiers told reporters at the agency’s headquarters on De La Gauchetière St. “But we cannot keep running the same network with less money. Those are the numbers.”

Desrosiers said the agency had already frozen hiring for administrative positions and delayed the purchase of 40 hybrid buses.

The STM’s board chair, city councillor Sophie Trudel-Nadeau, called the decision “painful but necessary” and pointed the finger at Quebec, which she said had not kept pace with rising operating costs.

“Every year we are told to wait for the next budget,” she said. “Meanwhile, the people who pay the price are the nurse coming home from a night shift in Lachine and the student in Montréal-Nord who has no car.”

In a statement, the office of Quebec’s transport minister said the province had increased its contribution to Montreal-area transit by 12 per cent over three years and expected agencies to “find efficiencies before cutting services to the public.”

The leader of the opposition at city hall, Ensemble Montréal’s Patrick Lemieux, said the administration of Mayor Valérie Gendron had known about the deficit for months.

“This didn’t come out of nowhere,” Lemieux said. “They chose to announce it in the middle of summer, when nobody is paying attention.”

The transit users’ group Trajectoire Québec warned that service cuts tend to feed on themselves. “When you make the bus less reliable, people leave, and then the ridership numbers are used to justify the next round of cuts,” said spokesperson Annick Boisvert.

At a bus stop on Lacordaire Blvd. on Tuesday afternoon, Rosa Ferreira, who takes the 32 to her job at a seniors’ residence, said she had not heard about the changes.

“Twenty minutes? In January?” she said, shaking her head. “I’ll have to leave the house at 5.”

The STM says the new schedules will be posted on its website on Aug. 12. The agency’s board is scheduled to adopt its 2026 budget in November.""",
        [
            ("We did everything we could", "Luc Desrosiers"),
            ("But we cannot keep running", "Luc Desrosiers"),
            ("painful but necessary", "Sophie Trudel-Nadeau"),
            ("Every year we are told", "Sophie Trudel-Nadeau"),
            ("Meanwhile, the people who pay", "Sophie Trudel-Nadeau"),
            ("find efficiencies before cutting services", "office of Quebec’s transport minister"),
            ("This didn’t come out of", "Patrick Lemieux"),
            ("They chose to announce it", "Patrick Lemieux"),
            ("When you make the bus", "Annick Boisvert"),
            ("Twenty minutes? In January?", "Rosa Ferreira"),
            ("I’ll have to leave the", "Rosa Ferreira"),
        ],
    ),
    (
        """Winnipeg Transit's new network leaves some riders stranded, councillors told

Residents of Transcona and St. Vital say route changes mean longer walks, more transfers

Kristen Olafson · CBC News · Posted: Jul 16, 2025

Some Winnipeg Transit riders say the city's overhauled bus network, which launched at the end of June, has made their commutes longer and more complicated, and they want city council to step in.

More than a dozen people signed up to speak at Tuesday's meeting of council's public works committee, which heard delegations on the new "primary network" of frequent routes.

"I used to get on one bus at the end of my street and get off at the Health Sciences Centre," said Doreen Makowski, 71, who lives in Transcona. "Now I walk 600 metres to a stop on Regent, transfer downtown and I'm lucky if I make it in an hour."

Makowski said the walk is manageable in summer, but she worries about January. "I'm not going to make it over those snowbanks," she told the committee.

Winnipeg Transit director Adeyemi Okafor said the network was designed to give more people access to buses that come every 10 minutes or better, and that ridership on the new frequent lines was up nine per cent compared with the same corridors last year.

"Any time you change a system that people have used for 50 years, there are going to be trade-offs," Okafor told reporters after the meeting. "We're listening. We've already adjusted 11 routes and we'll keep adjusting.

"But I'd ask people to give it a winter. A network is not judged in its first month."

He said the city had received roughly 2,300 complaints and comments since the launch.

Coun. Brenda Sawatzky, who represents St. Vital, said many of those came from her ward.

"Seniors who have never missed a church service are now calling my office in tears," Sawatzky said. She wants the department to restore a modified version of the old Route 16 on weekdays.

Coun. Marc Dufresne, who chairs the committee, was more cautious, saying he did not want council "picking routes one at a time" in response to individual complaints.

"We hired professionals to design this network. Let's give it a full year and look at the data," he said.

The Amalgamated Transit Union Local 1505, which represents bus operators, said in a written submission that drivers have been dealing with "confused and frustrated passengers" since the launch, and called for more staff at major transfer points.

A transit supervisor, who spoke to CBC News on the condition he not be named because he is not authorized to speak publicly, said drivers had been told to expect a few rough weeks.

"Nobody on the floor thinks this is going to settle down by fall," he said.

The committee voted to ask the transit department to report back in September with options for Transcona and St. Vital.""",
        [
            ("I used to get on", "Doreen Makowski"),
            ("Now I walk 600 metres", "Doreen Makowski"),
            ("I'm not going to make", "Doreen Makowski"),
            ("Any time you change a", "Adeyemi Okafor"),
            ("We're listening. We've already adjusted", "Adeyemi Okafor"),
            ("But I'd ask people to", "Adeyemi Okafor"),
            ("Seniors who have never missed", "Brenda Sawatzky"),
            ("picking routes one at a", "Marc Dufresne"),
            ("We hired professionals to design", "Marc Dufresne"),
            ("confused and frustrated passengers", "Amalgamated Transit Union Local 1505"),
            ("Nobody on the floor thinks", "transit supervisor"),
        ],
    ),
    (
        """Council approves fourplex zoning after marathon meeting

By Tom Brandvold
City hall reporter

Winnipeg homeowners will be able to build up to four units on most residential lots across the city after council narrowly approved sweeping zoning changes late Thursday, following nearly nine hours of debate.

The 9-7 vote clears the way for the city to receive the remaining $61 million of its federal housing accelerator funding, which Ottawa tied to the changes.

Mayor Gordon Whitlaw, who pushed for the bylaw amendments, said the vote was about the next generation of Winnipeggers.

"We have young families who grew up in this city and can't find a place to live in the neighbourhood they grew up in," Whitlaw said after the vote. "Today we said: you're welcome here."

Opponents, many of them residents of River Heights, Tuxedo and Charleswood, lined up to tell council the changes would strain sewer systems, eliminate mature trees and change the character of their streets.

Helen Rempel, who has lived on Grosvenor Avenue for 38 years, said she was not against new housing but felt the city had rushed.

"Nobody knocked on my door. Nobody asked us," Rempel said. "We found out from a flyer somebody from the community club put in our mailbox."

Coun. Derek Yaremko (Charleswood-Tuxedo-Westwood) accused the federal government of "holding a gun to our heads" with its funding conditions.

"If this is such a good idea, it should be able to stand on its own merits without a cheque attached," he said.

Yaremko introduced a motion to exempt lots narrower than 10 metres, which was defeated 10-6.

Supporters included a coalition of non-profit builders and the Winnipeg Chamber of Commerce. In a letter to council, the chamber said employers were struggling to recruit workers because of rising rents and described the changes as "a modest and overdue step."

Jacqueline Morin, executive director of the Manitoba Non-Profit Housing Association, cautioned that fourplexes won't solve the affordability crisis on their own.

"This is one tool. It's not the whole toolbox," Morin said. "What we really need is land and long-term operating dollars for deeply affordable units.

"If the province and Ottawa want to see rents come down, that's where the money has to go."

A senior planner with the city, who asked not to be identified because the department's estimates have not been made public, told the Free Press staff expect fewer than 200 fourplex permit applications in the first year.

"People think bulldozers are coming to every block on Monday morning," the planner said. "That is not how construction works."

The changes take effect Jan. 1.

tom.brandvold@freepress.mb.ca""",
        [
            ("We have young families who", "Gordon Whitlaw"),
            ("Today we said: you're welcome", "Gordon Whitlaw"),
            ("Nobody knocked on my door.", "Helen Rempel"),
            ("We found out from a", "Helen Rempel"),
            ("holding a gun to our", "Derek Yaremko"),
            ("If this is such a", "Derek Yaremko"),
            ("a modest and overdue step.", "Winnipeg Chamber of Commerce"),
            ("This is one tool. It's", "Jacqueline Morin"),
            ("What we really need is", "Jacqueline Morin"),
            ("If the province and Ottawa", "Jacqueline Morin"),
            ("People think bulldozers are coming", "senior planner with the city"),
            ("That is not how construction", "senior planner with the city"),
        ],
    ),
    (
        """Halifax to close 2 designated tent sites, move residents to modular shelter

Municipality says new units in Dartmouth will open by November, but advocates question whether there will be enough space

CBC News · Posted: Sep 9, 2025

Halifax Regional Municipality plans to close two of its designated encampment sites this fall and move the people living there into a new modular shelter in Dartmouth, officials said Tuesday.

About 45 people are currently living in tents at Saunders Park and the Lower Sackville ballfield, according to the municipality. The new shelter on Wyse Road will have 60 single units with heat, electricity and shared washrooms.

"Tents are not housing. They were never meant to be housing," said Max Chiasson, the municipality's director of housing and homelessness, at a news conference at city hall. "This gets people indoors before the snow, with a door that locks."

Chiasson said outreach workers have already spoken with most of the residents at both sites and "the large majority" have said they are willing to move.

But advocates say 60 units won't be enough. Halifax Mutual Aid, a volunteer network that builds insulated shelters for people sleeping outside, estimates at least 150 people are living rough across the municipality.

"They are going to close two sites, move 45 people, and then tell everybody else to go to a shelter that's already full," said Kenzie Boutilier, a volunteer with the group. "We've seen this movie before."

Mayor Daniel Fraser said the municipality was doing "what the province has asked us to do and then some," noting that housing and homelessness are provincial responsibilities.

The province's Department of Opportunities and Social Development said in an emailed statement that it is funding the operating costs of the Wyse Road shelter and has added 200 shelter beds across Nova Scotia in the past year.

"We know there is more work to do, and we will continue to work with our municipal partners," the statement said.

One man living at Saunders Park, who gave his name only as Rob, said he would consider moving but was worried about the rules.

"If they tell me my girlfriend can't stay with me, then I'm not going," he said. "I'm not leaving her out here."

Chiasson said couples would be accommodated and pets would be allowed.

Coun. Trish Gillis, whose district includes Lower Sackville, said neighbours have raised concerns about the ballfield site for more than a year.

"I'm glad we're finally getting to a point where people have somewhere better to go," Gillis said. "And I'm glad the kids' baseball league gets its field back. I won't pretend otherwise."

The municipality says both sites will be closed by Nov. 30.""",
        [
            ("Tents are not housing. They", "Max Chiasson"),
            ("This gets people indoors before", "Max Chiasson"),
            ("the large majority", "Max Chiasson"),
            ("They are going to close", "Kenzie Boutilier"),
            ("We've seen this movie before.", "Kenzie Boutilier"),
            ("what the province has asked", "Daniel Fraser"),
            ("We know there is more", "Department of Opportunities and Social Development"),
            ("If they tell me my", "Rob"),
            ("I'm not leaving her out", "Rob"),
            ("I'm glad we're finally getting", "Trish Gillis"),
            ("And I'm glad the kids'", "Trish Gillis"),
        ],
    ),
    (
        """Bedford ferry cost climbs to $98 million, first sailing pushed to 2029

Councillors grill staff over latest estimate for long-promised Mill Cove route

Paul Rideout | The Chronicle Herald

The price tag for Halifax’s long-awaited Bedford ferry has climbed again, and the first sailing from Mill Cove is now not expected until 2029.

A staff report presented to Halifax regional council on Tuesday puts the estimated cost of the terminal, a fleet of three fast ferries and associated road work at $98 million, up from $71 million in 2023.

Halifax Transit’s executive director, Gina Theriault, told council the increase was driven mostly by marine construction costs and a redesign of the wharf after geotechnical testing found softer-than-expected material on the seabed.

“We found things under the water we did not expect to find,” Theriault said. “We could have built on the original design and dealt with the problems later, but that would have cost more in the long run.”

Coun. Ian Doucette, who represents Bedford, said residents have been hearing the same promises for the better part of a decade.

“I have people in my district who were promised this ferry when their kids were in elementary school, and those kids are now in university,” Doucette said. “At some point, the patience runs out.”

Deputy Mayor Laura Bezanson asked whether the municipality had considered pausing the project.

Theriault said that option was studied but rejected, because the federal and provincial governments have committed $52 million combined under an infrastructure agreement that requires construction to begin by the end of 2026.

“If we walk away now, we walk away from that money,” she said.

According to the report, the ferry would carry commuters from Mill Cove to the Halifax waterfront in about 20 minutes, compared with 35 to 50 minutes by car at rush hour.

Not everyone on council is convinced the numbers work. Coun. Shawn Avery, who has argued the money would serve more residents if it went into suburban bus service, put it bluntly: “Ninety-eight million dollars buys a lot of buses.”

“It buys a lot of drivers, too,” he added. “I would ask my colleagues whether a ferry for one community is the best use of it.”

The Bedford Ratepayers’ Association said in a statement posted to its Facebook page that it was “deeply disappointed but not surprised” by the new timeline.

It urged council to “stop studying and start building.”

Council voted 13-3 to proceed with the revised design. A tender for wharf construction is expected to be issued in the spring.""",
        [
            ("We found things under the", "Gina Theriault"),
            ("We could have built on", "Gina Theriault"),
            ("I have people in my", "Ian Doucette"),
            ("At some point, the patience", "Ian Doucette"),
            ("If we walk away now,", "Gina Theriault"),
            ("Ninety-eight million dollars buys a", "Shawn Avery"),
            ("It buys a lot of", "Shawn Avery"),
            ("I would ask my colleagues", "Shawn Avery"),
            ("deeply disappointed but not surprised", "Bedford Ratepayers’ Association"),
            ("stop studying and start building.", "Bedford Ratepayers’ Association"),
        ],
    ),
    (
        """Council votes to review blanket rezoning, stops short of repeal

Jenna Kowalchuk, Calgary Herald

Calgary city council voted Tuesday to launch a review of the citywide rezoning that allowed rowhouses and duplexes on most residential lots, but rejected a motion that would have repealed it outright.

The 8-7 vote came after a day of often heated debate and followed a municipal election campaign in which rezoning was a defining issue.

"Calgarians told us loud and clear they want a say in what gets built next door," Mayor Rick Sandhu said after the vote. "They also told us they want their kids to be able to afford to live here. Those two things are not in conflict."

Asked whether he would support repeal if the review recommended it, Sandhu said he would "follow the evidence."

"If the evidence says it's not working, we'll change it. But I'm not going to govern by petition," he said.

Ward 11 Coun. Glenn Harstad, who brought the repeal motion, said the review was a way of avoiding a decision.

"We are going to spend a year and several hundred thousand dollars studying something residents already rejected," Harstad said. "It's a stall."

Harstad pointed to last year's record public hearing, when more than 700 people signed up to speak, the majority of them opposed.

Supporters of the rezoning argue it has already produced results. According to city data, applications for rowhouse and townhouse developments in established communities rose 64 per cent in the year after the change took effect.

Ward 8 Coun. Priya Venkatesan said repealing the policy now would send a chaotic signal to builders.

"Builders have bought land, designed projects and hired crews based on the rules this council set," she said. "You don't pull the rug out from under people because the wind changed."

Dana Kowal, president of the Westwood Heights Community Association, said her members are not against density but want more say over where it goes.

"What we've seen is a four-unit building with eight suites going up on a corner lot with no parking and no trees," Kowal said. "That's not gentle density. That's a loophole."

The Canadian Home Builders' Association – Calgary Region said in a statement that the review "creates uncertainty at exactly the wrong time" and urged council to complete it quickly.

City administration will report back with a scope for the review in the first quarter of next year. Under the motion, any changes to the rules would require a new public hearing.

jkowalchuk@postmedia.com""",
        [
            ("Calgarians told us loud and", "Rick Sandhu"),
            ("They also told us they", "Rick Sandhu"),
            ("follow the evidence.", "Rick Sandhu"),
            ("If the evidence says it's", "Rick Sandhu"),
            ("We are going to spend", "Glenn Harstad"),
            ("It's a stall.", "Glenn Harstad"),
            ("Builders have bought land, designed", "Priya Venkatesan"),
            ("You don't pull the rug", "Priya Venkatesan"),
            ("What we've seen is a", "Dana Kowal"),
            ("That's not gentle density. That's", "Dana Kowal"),
            ("creates uncertainty at exactly the", "Canadian Home Builders' Association – Calgary Region"),
        ],
    ),
    (
        """Green Line construction to resume in spring after city, province reach deal

Revised route will run from Shepard to downtown, with elevated section replacing tunnel

CBC News · Posted: Mar 4, 2025

The City of Calgary and the Alberta government have signed an agreement to restart construction on the Green Line LRT, ending more than six months of uncertainty over the city's largest-ever infrastructure project.

Under the deal, announced Tuesday, the first stage of the line will run 18 kilometres from Shepard in the southeast to a new downtown terminal near 7th Avenue S.W. The tunnel that had been planned under downtown will be replaced by an elevated guideway along 10th Avenue.

"Calgarians have waited long enough. Today we can tell them the trains are coming," Mayor Christine Holloway said at a news conference at city hall.

Alberta Transportation Minister Neil Ostrander said the revised plan will cost about $6.2 billion, with the province contributing $2.3 billion.

"We were not going to write a blank cheque," Ostrander said. "This plan is buildable, it's affordable, and it gets shovels back in the ground."

The province pulled its funding last summer after cost estimates for the original alignment ballooned, leaving hundreds of workers idle and contracts in limbo.

Prairie Link Constructors, the consortium building the line, said it expects to recall about 400 workers by May. "Our crews are ready to go," the company said in a statement.

Not everyone at city hall is celebrating. Ward 9 Coun. Ana Fuentes, whose ward includes Inglewood and Ramsay, said an elevated line along 10th Avenue would cast shadows over homes and businesses and cut neighbourhoods off from the Beltline.

"We were promised a tunnel for 10 years. What we're getting is a concrete wall," Fuentes said.

She said she would push for a design that includes public space under the guideway.

The Calgary Construction Association called the agreement "welcome news for the thousands of tradespeople who have been waiting on this project" and urged both governments to avoid further delays.

A spokesperson for the riders' group Ride YYC said members were relieved but worried about the timeline.

"Every year of delay is another year of people stuck in traffic on Deerfoot or waiting 30 minutes for a bus in the deep south," the spokesperson said.

Holloway acknowledged that many residents are skeptical after years of false starts.

"I understand the cynicism. I share some of it," she said. "But there is a signed agreement now, with a dollar figure and a date.

"That's different from anything we've had before."

Under the agreement, the first trains are expected to run in 2031. A city report released alongside the deal, titled "Green Line: Path Forward," estimates 60,000 daily riders on opening day.""",
        [
            ("Calgarians have waited long enough.", "Christine Holloway"),
            ("We were not going to", "Neil Ostrander"),
            ("This plan is buildable, it's", "Neil Ostrander"),
            ("Our crews are ready to", "Prairie Link Constructors"),
            ("We were promised a tunnel", "Ana Fuentes"),
            ("welcome news for the thousands", "Calgary Construction Association"),
            ("Every year of delay is", "spokesperson"),
            ("I understand the cynicism. I", "Christine Holloway"),
            ("But there is a signed", "Christine Holloway"),
            ("That's different from anything we've", "Christine Holloway"),
        ],
    ),
    (
        """Montreal tenants facing steep rent hikes as moving day approaches, advocates say

Housing committee says calls from renters have nearly doubled since last year

Émilie Tremblay · CBC News · Posted: Jun 3, 2025

With less than a month to go before July 1, tenant advocates in Montreal say they are fielding more calls than ever from renters facing steep increases, and some fear a repeat of last year, when hundreds of households were left without a home on moving day.

The Comité d'action des locataires de Rosemont says it has received more than 900 calls since January, nearly double the number at the same point last year.

"People are calling us with increases of 15, 20, sometimes 30 per cent, and they don't know they have the right to refuse," said Chloé Bergevin, a community organizer with the group. "A lot of them are newcomers, and the landlord is counting on that."

Under Quebec law, tenants can refuse a proposed increase, and the landlord must then apply to the Tribunal administratif du logement to have the rent set. This year, the tribunal's calculation grid would allow an increase of about 5.9 per cent for a typical unheated apartment.

Samir Haddad, who rents a five-and-a-half in Villeray with his wife and two children, received a notice in March raising his rent from $1,240 to $1,600 a month.

"I read it three times. I thought it was a mistake," Haddad said in an interview in French. "I called the owner and he said, 'If you don't like it, there are 10 people who want your apartment.'"

Haddad refused the increase and says he is prepared to take the case to the tribunal.

Landlords say the increases reflect rising costs. In a statement, the Association des propriétaires du Grand Montréal said property taxes, insurance premiums and renovation costs have all risen sharply, and that the tribunal's formula "does not reflect the real cost of maintaining older buildings."

"Small landlords are not the enemy," the association's president, Gilles Fortier, told CBC News. "Many of them own one triplex and live on the ground floor. They are being squeezed too."

Nadia Belkacem, the member of Montreal's executive committee responsible for housing, said the city will again open a telephone line through 311 and work with the Office municipal d'habitation de Montréal to find temporary lodging for families without a lease on July 1.

"Our goal is simple: no family sleeps outside on July 2," Belkacem said.

But Bergevin said emergency measures are "a band-aid" and called on Quebec to create a mandatory rent registry, which would let tenants see what the previous occupant paid.

A spokesperson for Quebec's housing minister said the government was "studying all options" but did not commit to a registry.

Last year, the city said more than 1,700 households asked for help around moving day, and about 200 were housed temporarily in hotels or emergency shelters.""",
        [
            ("People are calling us with", "Chloé Bergevin"),
            ("A lot of them are", "Chloé Bergevin"),
            ("I read it three times.", "Samir Haddad"),
            ("I called the owner and", "Samir Haddad"),
            ("If you don't like it,", "owner"),
            ("does not reflect the real", "Association des propriétaires du Grand Montréal"),
            ("Small landlords are not the", "Gilles Fortier"),
            ("Many of them own one", "Gilles Fortier"),
            ("Our goal is simple: no", "Nadia Belkacem"),
            ("a band-aid", "Chloé Bergevin"),
            ("studying all options", "spokesperson"),
        ],
    ),
]
