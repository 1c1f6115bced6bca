CASES = [
    (
        """Rents in Colorado's Harlow Springs jump 14% in a year as tenants scramble

HARLOW SPRINGS, Colo. (AP) — Maria Delgado opened the renewal letter for her two-bedroom apartment on a Tuesday night in March and read it twice before she understood the number.

Her rent, $1,480 a month since 2022, would rise to $1,795 in June.

"I thought it was a typo," said Delgado, 41, a dental assistant who shares the apartment with her two teenage sons. "Then I called the office and they said no, that's the market now."

Delgado is one of thousands of renters in this city of 140,000 at the foot of the Front Range facing steep increases. Average asking rents rose 14.2% in the 12 months ending in April, according to a report released Thursday by the Front Range Housing Institute, a nonprofit research group. That is nearly three times the national rate.

The report, titled "Priced Out at the Foothills," blamed a wave of new jobs at two semiconductor plants that opened east of the city in 2023 and a construction pipeline that has not kept pace. The city added about 9,000 jobs last year but permitted fewer than 1,600 new housing units, the institute found.

"We are essentially importing demand and not building the supply to meet it," said Owen Trask, the institute's research director. "Until that changes, renters at the bottom are going to absorb the shock."

Colorado law bars cities from enacting rent control, leaving local officials with few direct tools. City Council member Janelle Okafor said she would introduce a measure next month to require landlords to give 90 days' notice of any increase above 10%, up from the current 60 days.

"It doesn't stop the increase, but it gives families time to plan," Okafor said.

The Colorado Apartment Owners Alliance, which represents landlords, said in a statement that operating costs, including property insurance and taxes, had risen sharply and that most owners were "passing along costs, not padding margins."

Summit Ridge Residential, which manages Delgado's complex and about 2,300 other units in the region, did not respond to questions about specific increases. The company says on its website that its rents "reflect current market conditions" and that it offers payment plans to residents facing hardship.

Some tenants say they have few options. Rental vacancy in Harlow Springs stood at 3.1% in the first quarter, according to the institute, well below the 5% to 7% that economists generally consider healthy.

Delgado said she has applied to four other complexes and been told each time that there is a waiting list.

"My boys were born here," she said. "I don't want to leave, but I don't know how much longer we can do this."

She has until May 31 to decide whether to sign the new lease.""",
        [
            ("I thought it was", "Maria Delgado"),
            ("Then I called the office", "Maria Delgado"),
            ("We are essentially importing demand", "Owen Trask"),
            ("Until that changes, renters at", "Owen Trask"),
            ("It doesn't stop the increase,", "Janelle Okafor"),
            ("passing along costs, not padding", "Colorado Apartment Owners Alliance"),
            ("reflect current market conditions", "Summit Ridge Residential"),
            ("My boys were born here,", "Maria Delgado"),
            ("I don't want to leave,", "Maria Delgado"),
        ],
    ),
    (
        """Brannock council votes to allow fourplexes on every residential lot after marathon meeting

By Priya Raman Staff Reporter

Brannock city council has voted to allow up to four homes on any residential lot in the city, ending a months-long fight that pitted housing advocates against homeowners in some of the city’s older neighbourhoods.

The vote, 9-4, came shortly after 1 a.m. Wednesday following more than 60 public deputations, the majority of them opposed.

“This is the single biggest change to how we build housing in this city in 50 years,” Mayor Denise Archambault told reporters after the meeting. “And frankly, it’s overdue.”

The change, part of the city’s “Missing Middle” initiative, removes the need for a rezoning application for duplexes, triplexes and fourplexes of up to three storeys on lots zoned for detached homes. The city expects it to help unlock about $38 million in federal Housing Accelerator Fund money over three years.

Opponents, many of them from the Glenmore Park and Riverside North neighbourhoods, argued the change would strain sewers and parking and alter the character of streets lined with postwar bungalows.

Hugh Carrington, president of the Glenmore Park Ratepayers’ Association, told council the city had “rushed through” the plan without a proper infrastructure study.

“Nobody here is against housing,” he said. “We are against doing it blind. Our basements already flood every spring.”

Coun. Tom Pereira, who voted against the motion, said he supported more density along major roads but not “a one-size-fits-all rule for every side street.”

City staff said an engineering review found existing water and wastewater capacity could handle the expected growth in most areas, though upgrades would be needed in two older districts.

Supporters included young families, renters and several local builders.

Ayesha Malik, 29, who rents a basement apartment in Riverside North with her partner, said she grew up in the neighbourhood and hopes to buy there one day.

“Right now the only thing for sale on my street is a $1.4-million detached house,” she told council. “I’m not asking for a mansion. I’m asking for a chance.”

Coun. Rachel Beaudoin, who moved the motion, said she expected change to come gradually.

“People imagine bulldozers on every block the day after this passes,” she said. “That’s not how it works. Builders will do a few lots a year, and the neighbourhood will still look like the neighbourhood.”

The new rules take effect in 30 days. Council also directed staff to report back within a year on how many units have been built.""",
        [
            ("This is the single biggest", "Denise Archambault"),
            ("And frankly, it’s overdue.", "Denise Archambault"),
            ("rushed through", "Hugh Carrington"),
            ("Nobody here is against housing,", "Hugh Carrington"),
            ("We are against doing it", "Hugh Carrington"),
            ("a one-size-fits-all rule for every", "Tom Pereira"),
            ("Right now the only thing", "Ayesha Malik"),
            ("I’m not asking for a", "Ayesha Malik"),
            ("People imagine bulldozers on every", "Rachel Beaudoin"),
            ("That’s not how it works.", "Rachel Beaudoin"),
        ],
    ),
    (
        """Port Ellery clears Dunmore Creek encampment; advocates say shelter beds fall short

PORT ELLERY, Wash. — City crews and police cleared a homeless encampment along Dunmore Creek early Monday, removing tents and debris from a stretch of the creek bank where as many as 70 people had been living since last summer.

The sweep began around 6 a.m. By mid-morning, most of the tents were gone and a line of city trucks was hauling away mattresses, tarps and bicycle parts.

A city spokesperson said outreach workers had visited the camp daily for two weeks and that 31 people had accepted shelter or housing referrals.

"Every single person out here was offered a place to go," the spokesperson said. "We don't take this step lightly."

Advocates disputed that account. Lena Whitcomb, an outreach coordinator with the nonprofit Harbor Street Alliance, said many of the referrals were to a congregate shelter in the city's industrial district that does not allow couples or pets and has a 7 p.m. curfew.

"If you're offering someone a mat on a gym floor and they have to give up their dog and their partner to take it, that's not really an offer," Whitcomb said.

The Port Ellery Rescue Mission, which operates the shelter, said it had 22 open beds as of Sunday night.

The clearing follows a 2024 U.S. Supreme Court decision that gave cities broader authority to enforce camping bans. The Port Ellery City Council passed an ordinance in March barring camping within 100 feet of waterways, citing pollution in the creek, which drains into Puget Sound.

One man, who gave only his first name, Dwayne, said he had lived at the creek for about eight months after losing his job at a boatyard. He packed what he could into a shopping cart.

"They gave us a paper with a phone number on it," he said. "I called it Friday. Nobody called back."

A police officer at the scene, who declined to give his name because he was not authorized to speak to the media, said officers had made two arrests, both on outstanding warrants, and that the operation had been "mostly calm and cooperative."

Neighbors along nearby Halsey Avenue had complained for months about fires and needles near a footpath used by schoolchildren. Carol Brightman, who has lived on the street for 26 years, said she felt relief but also sympathy.

"I'm glad the path is open again," Brightman said. "But I watched those people every day. Where are they going to go tonight? I don't think anybody really knows."

Councilmember Raj Sethi, who voted against the ordinance, called Monday's sweep "expensive theater that just moves people down the road" and said the city should put the money into permanent supportive housing.

The city estimated the cost of the cleanup at about $85,000.""",
        [
            ("Every single person out here", "spokesperson"),
            ("We don't take this step", "spokesperson"),
            ("If you're offering someone a", "Lena Whitcomb"),
            ("They gave us a paper", "Dwayne"),
            ("I called it Friday.", "Dwayne"),
            ("mostly calm and cooperative.", "police officer at the scene"),
            ("I'm glad the path is", "Carol Brightman"),
            ("But I watched those people", "Carol Brightman"),
            ("expensive theater that just moves", "Raj Sethi"),
        ],
    ),
    (
        """Kestrel Bay tenants fight 'renoviction' notices at 1968 apartment block

By Jenna Liu

Tenants in a 42-unit apartment building in Kestrel Bay, B.C., say they are being pushed out of their homes under the guise of renovations, in what housing advocates call a textbook "renoviction."

Residents of the Larchmont, a three-storey walk-up built in 1968, received letters in April telling them the building's new owner had applied to the province's Residential Tenancy Branch for an order to end their tenancies for major renovations. The building was bought last fall by Westmarch Capital Partners, a Vancouver-based real estate investment firm.

Under B.C. law, a landlord seeking such an order must show that the work requires the unit to be vacant.

Gordon Fisk, 74, has lived in his one-bedroom unit for 23 years and pays $910 a month. Similar units in the city now rent for more than $2,000, according to online listings.

"I'm not against them fixing the place up. It needs it," Fisk said. "But I've seen what happens. They gut it, they paint it grey, and they rent it for double. Where does a guy on a pension go?"

Several tenants have formed the Larchmont Tenants' Association and are contesting the application. Their hearing is scheduled for July.

Their lawyer, Simone Achebe of the Kestrel Bay Community Legal Clinic, said the landlord's application does not explain why the work — which includes new windows, plumbing and electrical upgrades — cannot be done with tenants in place.

"Arbitrators have been clear that a landlord has to show vacancy is actually necessary, not just convenient," Achebe said. "We don't think they've met that bar."

In an emailed statement, Westmarch said the building had "reached the end of its useful life without significant investment" and that the work would include asbestos abatement.

"Our priority is the safety of residents," the statement said. "We have offered every tenant compensation above the legislated minimum and assistance finding alternative accommodation."

The company said tenants would have the right of first refusal to return to renovated units, at rents still to be determined.

Dev Malhotra, who studies rental housing at Fraser Coast University, said compensation and a promise of first refusal rarely keep long-term tenants in their neighbourhoods.

"The right of first refusal at a new market rent is, for most of these people, no right at all," he said.

The provincial Ministry of Housing said in a statement it "continues to monitor these cases closely" and pointed to 2021 changes that require landlords to get an order from the tenancy branch before ending tenancies for renovations.

Kestrel Bay Mayor Lorraine Tait told a news conference Friday that council is considering a tenant-protection bylaw similar to those adopted in several Lower Mainland municipalities.

"We can't stop a private sale, but we can make sure people aren't just thrown out on the street," Tait said.

Fisk said he plans to attend the hearing.

"I'll be there with my cane and my paperwork," he said.""",
        [
            ("I'm not against them fixing", "Gordon Fisk"),
            ("But I've seen what happens.", "Gordon Fisk"),
            ("Arbitrators have been clear that", "Simone Achebe"),
            ("We don't think they've met", "Simone Achebe"),
            ("reached the end of its", "Westmarch Capital Partners"),
            ("Our priority is the safety", "Westmarch Capital Partners"),
            ("The right of first refusal", "Dev Malhotra"),
            ("continues to monitor these cases", "Ministry of Housing"),
            ("We can't stop a private", "Lorraine Tait"),
            ("I'll be there with my", "Gordon Fisk"),
        ],
    ),
    (
        """In a New Jersey Suburb, a Fight Over 312 Apartments Becomes a Test of State Law

By Daniel Okonkwo

NEW CARLOW, N.J. — For most of the past decade, the 40-acre field behind the Orchard Commons shopping center here has been home to little more than a few deer and a rusting irrigation pump.

Now it is at the center of a bitter fight that has consumed this township of 28,000, and that housing advocates say will test whether New Jersey’s suburbs can still resist the state’s affordable housing requirements.

A developer, Redstone Hollow Partners, wants to build 312 apartments on the site, 20 percent of them set aside for low- and moderate-income households. The township’s planning board rejected the proposal in February, citing traffic and stormwater concerns. Redstone sued the following month, arguing that the township had failed to meet its obligations under the state’s Mount Laurel doctrine, which requires every municipality to provide its “fair share” of affordable housing.

“They have had 10 years to come up with a plan,” said Michael Ferrante, a lawyer for Redstone. “They haven’t built a single affordable unit in that time. At some point a judge is going to say enough.”

Township officials see it differently. Mayor Karen Liebowitz said in an interview that New Carlow was “not an anti-housing town” and pointed to a 60-unit senior complex it approved in 2022.

“What we object to is a developer using the courts to jam through a project that our own engineers said would flood Tanner’s Brook,” Ms. Liebowitz said. “That is not planning. That is litigation as a business model.”

At a township committee meeting last week, residents lined up to speak for more than three hours. Many wore green buttons reading “Save Orchard Field.”

Linda Sorensen, whose house on Quail Ridge Road backs onto the site, said her street already floods in heavy rain.

“We’ve had water in our garage three times since 2021,” she said. “Put 300 apartments and a parking lot up the hill, and where does that water go?”

Others were more sympathetic. Walter Haynes, a retired schoolteacher who has lived in New Carlow since 1979, put it this way: “My daughter teaches in this district and can’t afford to live in it. That ought to bother all of us.”

Ana Lucía Ferreira, executive director of the Garden State Housing Justice Project, an advocacy group that has filed a brief supporting Redstone, said the case was one of about a dozen similar disputes pending across the state.

“New Carlow is not unique,” Ms. Ferreira said. “It is just louder.”

A Superior Court judge is expected to rule this summer. Mr. Ferrante said the company was open to reducing the number of units but would not go below 250, the minimum it says is needed to pay for the affordable apartments.

Ms. Liebowitz said that, for now, the township would keep fighting.

“We will spend what we have to spend,” she said.""",
        [
            ("They have had 10 years", "Michael Ferrante"),
            ("They haven’t built a single", "Michael Ferrante"),
            ("not an anti-housing town", "Karen Liebowitz"),
            ("What we object to is", "Karen Liebowitz"),
            ("That is not planning.", "Karen Liebowitz"),
            ("We’ve had water in our", "Linda Sorensen"),
            ("Put 300 apartments and a", "Linda Sorensen"),
            ("My daughter teaches in this", "Walter Haynes"),
            ("New Carlow is not unique,", "Ana Lucía Ferreira"),
            ("It is just louder.", "Ana Lucía Ferreira"),
            ("We will spend what we", "Karen Liebowitz"),
        ],
    ),
    (
        """Hundreds of Quebec households face July 1 without a lease as vacancy rates stay near record lows

MARC-ANDRÉ GÉLINAS
LAURENTVAL, QUE.

With less than three weeks until Quebec’s traditional moving day, nearly 400 households in Laurentval and the surrounding region still have nowhere to go on July 1, according to a local tenants’ rights group.

The Comité logement Rive-Nord, which tracks households that contact it for help, said the number is about 30 per cent higher than at the same point last year.

“We are seeing people we have never seen before: nurses, people with two jobs, retired couples,” said Sophie Lanctôt, the group’s co-ordinator. “It is no longer just the poorest tenants who are caught.”

The vacancy rate for purpose-built rentals in the region was 1.2 per cent last fall, according to Canada Mortgage and Housing Corp. The average asking rent for a vacant two-bedroom unit, Ms. Lanctôt said, has climbed to roughly $1,650 a month, compared with about $1,050 paid by sitting tenants.

That gap, she said, is why many people who are forced to move cannot find anything they can afford.

Nathalie Bouchard, a 52-year-old personal-support worker, learned in March that her landlord was repossessing her apartment for his son. She has visited more than 30 units since, she said in an interview conducted in French.

“Every time, there are 15 or 20 people at the visit. The owner asks for a credit check, references, sometimes two months in advance. I have a cat, and that ends it right there.

“I have stored my things in my sister’s basement. If nothing comes, I will sleep on her couch. I am 52 years old.”

The Office municipal d’habitation de Laurentval said it would open an emergency line on June 25 and had reserved rooms in two motels for households with children.

“No family will be left on the street,” the office said in a news release, though it did not say how many rooms had been booked.

Quebec’s Housing Minister, Élise Fortier, told reporters in Quebec City on Tuesday that the government had added 1,200 units to its rent-supplement program this year. She rejected calls from opposition parties to freeze rents.

“A freeze would stop construction cold, and construction is the only real way out of this crisis,” Ms. Fortier said.

Martin Dufresne, president of the Association des propriétaires du Grand Laurentval, said many small owners are themselves under pressure from higher interest rates and property taxes. Owners who take back units for family members are acting within the law, he said, adding that “tenants are not the only ones being squeezed.”

Ms. Lanctôt said her group would set up information tables at three metro stations next week and keep its phone line open through the holiday.

“July 1 is a date on the calendar, but for these people it is a cliff,” she said.""",
        [
            ("We are seeing people we", "Sophie Lanctôt"),
            ("It is no longer just", "Sophie Lanctôt"),
            ("Every time, there are 15", "Nathalie Bouchard"),
            ("I have stored my things", "Nathalie Bouchard"),
            ("No family will be left", "Office municipal d’habitation de Laurentval"),
            ("A freeze would stop construction", "Élise Fortier"),
            ("tenants are not the only", "Martin Dufresne"),
            ("July 1 is a date", "Sophie Lanctôt"),
        ],
    ),
    (
        """'We are out of room': Millbrook shelter turns to church gym as cold snap deepens

By Kevin Marsh
Courier staff writer

Beth Ann Kowalski has run the Riverside Family Shelter in downtown Millbrook for 11 years. She said she has never seen a night like Sunday.

With temperatures forecast to drop to minus 8 degrees, 143 people came to the shelter's door on East Third Street. It has 96 beds.

"We are out of room. We were out of room at 7 o'clock," Kowalski said Monday. "We had people sleeping in chairs in the lobby, and we still had to send folks across town."

Many of them went to St. Brendan's Catholic Church on Ridgeway Avenue, which opened its gymnasium as an overflow site Sunday night under an agreement with the Millbrook County Board of Commissioners. About 40 people slept on cots there, according to the county.

Commissioner Gary Lindqvist told reporters Monday the county would keep the gym open through at least the end of February and pay the parish $250 a night for utilities and staffing.

"Nobody should freeze to death in this county because we didn't plan ahead," Lindqvist said. "That's the bottom line."

The county's annual point-in-time count in January found 412 people experiencing homelessness, up from 287 two years earlier. Advocates say rising rents and the end of pandemic-era rental aid are driving the increase.

In a letter to parishioners read at Sunday Mass, the Rev. Thomas Okoye wrote that the church had "a duty that does not depend on the weather forecast" and asked for volunteers to staff overnight shifts.

"If you can give one night this winter, give it," the letter said.

A staff member at the Riverside shelter, who asked not to be named because she was not authorized to speak publicly, said several people turned away Sunday chose to stay in their cars rather than go to the church.

"Some of them don't trust anyplace new," she said. "They'd rather take their chances."

Not everyone is happy with the overflow site. Dale Hutchins, who owns a hardware store across the street from the church, said he worried about people loitering during business hours.

"I've got nothing against these folks," Hutchins said. "But the county needs a real plan, not a church gym every time it snows."

Kowalski agreed on that point. The shelter has asked the county for $1.2 million to add 40 beds, a request commissioners are expected to take up in March.

"We keep doing emergencies," she said. "At some point, you have to build something."

Commissioners meet next on Feb. 12.""",
        [
            ("We are out of room", "Beth Ann Kowalski"),
            ("We are out of room.", "Beth Ann Kowalski"),
            ("We had people sleeping in", "Beth Ann Kowalski"),
            ("Nobody should freeze to death", "Gary Lindqvist"),
            ("That's the bottom line.", "Gary Lindqvist"),
            ("a duty that does not", "Thomas Okoye"),
            ("If you can give one", "Thomas Okoye"),
            ("Some of them don't trust", "staff member at the Riverside shelter"),
            ("They'd rather take their chances.", "staff member at the Riverside shelter"),
            ("I've got nothing against these", "Dale Hutchins"),
            ("But the county needs a", "Dale Hutchins"),
            ("We keep doing emergencies,", "Beth Ann Kowalski"),
            ("At some point, you have", "Beth Ann Kowalski"),
        ],
    ),
    (
        """Alder Vista council rejects 180-unit project, setting up clash with state

By Rebecca Soto

ALDER VISTA — The Alder Vista City Council voted 3-2 late Tuesday to deny a 180-unit apartment building on the site of a shuttered grocery store on Sycamore Boulevard, a decision that could put the Peninsula suburb on a collision course with state housing regulators.

The developer, Baywood Urban Living, filed the project last year under the so-called “builder’s remedy,” a provision of state law that allows developers to bypass local zoning in cities that lack a state-approved housing plan. Alder Vista’s plan was not certified until October, months after Baywood submitted its application.

Council member Frank DeLuca, who cast the deciding vote, said the seven-story building was “wildly out of scale” with the single-family homes on neighboring streets.

“I’ve supported every housing element we’ve brought forward,” DeLuca said. “But this isn’t housing policy. It’s a loophole, and we shouldn’t reward it.”

Gloria Tam, who lives on Pepper Tree Lane behind the site, said the developer’s representatives had been dismissive at a community meeting in January.

“One of them told me, ‘It’s going to get built whether you like it or not,’” she said. “That’s not how you treat a neighborhood.”

Baywood said in a statement Wednesday that it was “reviewing all legal options” and that the project complied with every objective standard in effect when it was filed.

“Alder Vista’s decision ignores clear state law,” the company said. “We remain committed to delivering 36 affordable homes to a city that badly needs them.”

The Alder Vista Planning Department had recommended approval, writing in a report to the council that the city had “no legally defensible basis for denial” under the state’s Housing Accountability Act.

The California Department of Housing and Community Development sent the city a letter in April warning that a denial could violate that law. The department, the letter said, “will not hesitate to refer” violations to the state attorney general’s office.

Mayor Sandra Whitlock, who voted with the minority, said she feared the city would lose in court.

“We’re going to spend hundreds of thousands of dollars defending a decision we were told, in writing, we couldn’t legally make,” she said. “And at the end of it, the building will probably go up anyway.”

A spokeswoman for the state housing department said Wednesday that the agency was aware of the vote and was “reviewing the council’s action closely.”

Under state law, Baywood has 90 days to file suit.""",
        [
            ("wildly out of scale", "Frank DeLuca"),
            ("I’ve supported every housing element", "Frank DeLuca"),
            ("But this isn’t housing policy.", "Frank DeLuca"),
            ("One of them told me,", "Gloria Tam"),
            ("It’s going to get built", "developer’s representative"),
            ("That’s not how you treat", "Gloria Tam"),
            ("reviewing all legal options", "Baywood Urban Living"),
            ("Alder Vista’s decision ignores clear", "Baywood Urban Living"),
            ("no legally defensible basis for", "Alder Vista Planning Department"),
            ("will not hesitate to refer", "California Department of Housing and Community Development"),
            ("We’re going to spend hundreds", "Sandra Whitlock"),
            ("And at the end of", "Sandra Whitlock"),
            ("reviewing the council’s action closely.", "spokeswoman"),
        ],
    ),
]
