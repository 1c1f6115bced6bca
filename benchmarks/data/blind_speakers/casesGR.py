CASES = [
    (
        """Seattle logistics startup Freightwise lays off 30% of staff as trucking slump drags on

Maya Okonkwo

Freightwise, a Seattle-based startup that sells route-planning and dispatch software to regional trucking fleets, laid off about 30% of its employees on Tuesday, the company confirmed to TechCrunch.

The cuts affect roughly 85 people across engineering, sales and customer support, according to a person familiar with the matter who asked not to be identified because they were not authorized to discuss personnel decisions.

In a memo sent to staff Tuesday morning and later shared with TechCrunch, co-founder and CEO Dana Whitlock said the company had "grown ahead of where our customers are right now" and needed to cut costs to reach profitability.

"This is the hardest decision I've made since we started Freightwise," Whitlock wrote. "We hired for a world where freight volumes kept climbing and capital was cheap. Neither of those things is true today, and I own that."

Departing employees will receive 12 weeks of base pay, health coverage through the end of the year and accelerated vesting for stock options scheduled to vest next quarter, the memo said.

Freightwise was founded in 2019 by Whitlock and CTO Arjun Mehta, both former engineers at a large Seattle e-commerce company. It raised a $42 million Series B in 2022 led by Cascade Ridge Partners, bringing its total funding to about $61 million. A spokesperson for Cascade Ridge declined to comment.

The startup is the latest in a string of freight-tech companies to shrink after a pandemic-era boom. Shipping volumes have fallen for much of the past two years, and many small carriers have gone out of business or pulled back on spending.

"Everybody bought software in 2021 because they had margin to burn," said Priya Raman, a principal analyst at Northbound Research who covers transportation technology. "Now carriers are asking which tools actually pay for themselves, and a lot of point solutions don't make the cut."

Raman said Freightwise's dispatch product is "well regarded by mid-sized fleets" but that the company had expanded into brokerage tools and payments, markets crowded with better-funded rivals.

Whitlock's memo said Freightwise would wind down its payments product, which launched last year, and refocus on dispatch.

One engineer who was laid off said the news came in a 15-minute video call with the entire affected group. "Nobody was surprised, honestly," the engineer said. "The Slack channels had been quiet for weeks, and half the roadmap had been paused since spring."

Whitlock told employees the company has "more than two years of runway" after the cuts.""",
        [
            ("grown ahead of where our", "Dana Whitlock"),
            ("This is the hardest decision", "Dana Whitlock"),
            ("We hired for a world", "Dana Whitlock"),
            ("Everybody bought software in 2021", "Priya Raman"),
            ("Now carriers are asking which", "Priya Raman"),
            ("well regarded by mid-sized fleets", "Priya Raman"),
            ("Nobody was surprised, honestly", "engineer who was laid off"),
            ("The Slack channels had been", "engineer who was laid off"),
            ("more than two years of", "Dana Whitlock"),
        ],
    ),
    (
        """Assembly approves limits on AI hiring tools, setting up clash with tech industry

By Elena Fuentes

SACRAMENTO — The California Assembly on Thursday passed a bill that would require employers to tell job applicants when automated software is used to screen them and to test those tools for bias every year, handing a win to labor groups and setting up a fight in the state Senate with the technology industry.

Assembly Bill 2291, by Assemblymember Lorena Castañeda, a San Jose Democrat, passed 51-19, with several moderate Democrats abstaining. It would also give rejected applicants the right to request a human review of the decision.

“Workers deserve to know when a computer is deciding whether they get an interview,” Castañeda said on the Assembly floor. “Right now they have no idea, and they have no way to appeal.”

Speaking to reporters after the vote, she pushed back on industry claims that the bill would effectively ban the use of artificial intelligence in hiring.

“We are not banning anything,” she said. “We are saying: If you use these tools, test them, and tell people you are using them.

“That is not radical. That is the bare minimum we expect from any product that affects people’s livelihoods.”

The bill is opposed by the Pacific Technology Council, a trade group whose members include several large Bay Area software firms and dozens of human resources startups. In a letter to lawmakers last month, the council called the measure “a compliance maze that will fall hardest on small employers” and warned that the annual audit requirement was vaguely written.

Grant Holloway, the council’s president, said in a statement Thursday that the group shares the bill’s goals but not its approach.

“Nobody in our industry wants biased hiring,” Holloway said. “But this bill asks companies to certify things that no auditor in the country can yet measure reliably, and then exposes them to lawsuits for trying.”

Assemblymember Dwight Keller, a Redding Republican, argued during floor debate that the state was moving too quickly. “We keep legislating for technology we don’t understand,” Keller said, “and then we act surprised when companies move to Austin.”

Supporters pointed to a report released in February by the Center for Work and Technology at San Francisco State University, titled “Screened Out: Automated Hiring in California,” which found that nearly two-thirds of large California employers surveyed used some form of automated résumé screening, and that fewer than one in 10 had ever audited those systems.

A spokeswoman for the Golden State Workers Alliance, which sponsored the bill, called its passage “long overdue protection for people who have been rejected by machines without ever knowing it.”

The bill now goes to the Senate, where a similar measure died in the Appropriations Committee last year. The governor’s office does not typically comment on pending legislation.""",
        [
            ("Workers deserve to know when", "Lorena Castañeda"),
            ("Right now they have no", "Lorena Castañeda"),
            ("We are not banning anything", "Lorena Castañeda"),
            ("We are saying: If you", "Lorena Castañeda"),
            ("That is not radical.", "Lorena Castañeda"),
            ("a compliance maze that will", "Pacific Technology Council"),
            ("Nobody in our industry wants", "Grant Holloway"),
            ("But this bill asks companies", "Grant Holloway"),
            ("We keep legislating for technology", "Dwight Keller"),
            ("and then we act surprised", "Dwight Keller"),
            ("long overdue protection for people", "spokeswoman"),
        ],
    ),
    (
        """Cedarline Software cuts 410 jobs in Washington state as it shifts spending toward AI

BY TOM LINDQVIST

Cedarline Software is laying off 410 employees in Washington state, according to a filing with the state Employment Security Department posted Wednesday.

The Bellevue-based company, which makes accounting and payroll software for mid-sized businesses, told employees in an internal email that the cuts were part of a broader reorganization affecting about 7% of its global workforce of roughly 9,000.

"These changes are not a reflection of the work or the talent of the people affected," CEO Marcus Bell wrote in the email, which was reviewed by GeekWire. "They are a reflection of where we need to invest to stay competitive over the next five years."

Bell said the company would redirect spending toward what he called "the biggest platform shift we have seen since the move to the cloud," including AI agents that can reconcile accounts and prepare payroll with minimal human input.

The filing shows that 312 of the affected positions are at Cedarline's headquarters in Bellevue, with the rest at offices in Redmond and Seattle. Separations are scheduled to take effect June 14.

A Cedarline spokesperson said affected employees would receive at least 16 weeks of severance, along with job placement services. "We're committed to treating every departing employee with respect and care," the spokesperson said in a statement.

Cedarline's stock rose about 3% in after-hours trading following the news. The company reported revenue of $2.1 billion last fiscal year, up 11%, and has been profitable for four straight years.

That combination — growing revenue and shrinking headcount — has become familiar across the Seattle region's tech sector, said Hannah Osei, an economist at the Puget Sound Workforce Council.

"A few years ago a layoff meant a company was in trouble," Osei said. "Now it often means a company is doing fine and wants to move money from one bucket to another. For workers, the outcome feels the same."

Osei said software engineers in the region are still finding work, but searches are taking longer, particularly for mid-career workers in roles tied to older products. She described the local job market as "tight at the top and crowded everywhere else."

One Cedarline product manager who was not affected by the cuts told GeekWire the mood inside the company was tense. Employees learned of the layoffs roughly an hour before a companywide all-hands meeting, the person said.

"People were refreshing their inboxes waiting to see if they still had badge access," the product manager said.

Cedarline joins a long list of Washington tech employers to cut jobs this year. State data shows more than 9,000 tech workers have been included in layoff notices since January.

Bell said in the email that the company would continue hiring in "a small number of critical areas," including machine learning and security engineering.""",
        [
            ("These changes are not a", "Marcus Bell"),
            ("They are a reflection of", "Marcus Bell"),
            ("the biggest platform shift we", "Marcus Bell"),
            ("We're committed to treating every", "spokesperson"),
            ("A few years ago a", "Hannah Osei"),
            ("Now it often means a", "Hannah Osei"),
            ("tight at the top and", "Hannah Osei"),
            ("People were refreshing their inboxes", "Cedarline product manager"),
            ("a small number of critical", "Marcus Bell"),
        ],
    ),
    (
        """S.F. supervisors move to cap sidewalk delivery robots after complaints in the Mission

By Kevin Tran

San Francisco supervisors on Monday advanced legislation that would cap the number of autonomous delivery robots allowed on city sidewalks at 40 and bar them from several of the busiest commercial corridors, a response to complaints from residents and disability advocates that the machines block foot traffic.

The proposal by Supervisor Ana Reyes-Whitfield, who represents the Mission District, passed the Board of Supervisors’ Land Use and Transportation Committee 3-0 and will go to the full board next week.

“Our sidewalks are not a testing lab,” Reyes-Whitfield said at the hearing. “People who use wheelchairs and walkers have told me they are stuck waiting while a robot tries to figure out which way to turn. That’s not acceptable.”

About 120 of the knee-high, six-wheeled robots — which some neighbors have nicknamed “curb crawlers” — currently operate under permits issued by Public Works, according to city records. Most are run by Trundle, a Burlingame company that delivers takeout and groceries for several apps.

Trundle spokesman Ben Castellanos said the company had “worked in good faith with the city for three years” and that its robots had logged more than 400,000 deliveries in San Francisco without a serious injury.

“A hard cap at 40 would effectively end our service in San Francisco,” Castellanos said. “We would much rather sit down with the supervisor and talk about where the robots should and shouldn’t go.”

Mission resident Gloria Paredes, 71, who uses a walker, told the committee she had twice been forced into the street on 24th Street when a robot stopped in front of her. “It just sits there,” she said. “It doesn’t say excuse me. It doesn’t move.”

A taqueria owner on Valencia Street, who declined to give his name, told supervisors the robots had become a reliable source of lunch orders. “Half my delivery business comes through those little boxes,” he said. “If you take them away, I don’t know what I replace it with.”

The Mayor’s Office of Innovation has not taken a position on the legislation. A spokesperson said the office was “reviewing the proposal closely” and would share feedback before the full board vote.

Supervisor Leo Marchetti, the only committee member to raise concerns, said he would support sending the proposal forward but worried the city was sending mixed signals to technology companies.

“We spend a lot of energy telling companies to come to San Francisco and build things,” Marchetti said. “Then they build things, and we tell them to go away.”

If approved by the full board, the cap would take effect in 90 days. Permits above the limit would be phased out as they come up for renewal.""",
        [
            ("Our sidewalks are not a", "Ana Reyes-Whitfield"),
            ("People who use wheelchairs and", "Ana Reyes-Whitfield"),
            ("worked in good faith with", "Ben Castellanos"),
            ("A hard cap at 40", "Ben Castellanos"),
            ("We would much rather sit", "Ben Castellanos"),
            ("It just sits there", "Gloria Paredes"),
            ("It doesn’t say excuse me", "Gloria Paredes"),
            ("Half my delivery business comes", "taqueria owner on Valencia Street"),
            ("If you take them away", "taqueria owner on Valencia Street"),
            ("reviewing the proposal closely", "spokesperson"),
            ("We spend a lot of", "Leo Marchetti"),
            ("Then they build things, and", "Leo Marchetti"),
        ],
    ),
    (
        """Palo Alto battery recycling startup Ferrovolt raises $28M Series A

By Rachel Dunmore – Staff Reporter, Silicon Valley Business Journal

Ferrovolt Inc., a Palo Alto startup that recovers lithium, nickel and cobalt from used electric-vehicle batteries, has raised $28 million in a Series A round led by Menlo Park venture firm Halverson Peak Capital.

The round also included existing investors Sandhill Climate Fund and Redwood Angels, the company said Tuesday. Ferrovolt has now raised about $36 million since it was founded in 2021 by Stanford materials scientists Dr. Wen-Li Chao and Oscar Lindgren.

Chao, who serves as CEO, said the money will pay for a pilot processing plant in Fremont capable of handling about 2,000 tons of battery scrap a year.

"We've proven the chemistry works at lab scale," Chao said in an interview. "The question every investor asked us was whether it works at a scale that matters. The Fremont plant is how we answer that."

The company plans to grow from 34 employees to about 60 by the end of next year, mostly chemical engineers and plant operators, according to Chao.

Ferrovolt's pitch rests on a low-temperature process, which it calls "cold leach," that it says uses about 40% less energy than conventional hydrometallurgical recycling. The company has not published independent verification of that figure, though Chao said a third-party study is under way.

Halverson Peak partner Nadia Brooks, who will join Ferrovolt's board, laid out the firm's reasoning in a blog post announcing the deal: "Every EV sold today is a battery that will need somewhere to go in 12 to 15 years. The companies that can take those batteries back cheaply and cleanly will be sitting on one of the most important supply chains of the next two decades."

Battery recycling has drawn heavy investment in recent years, but the sector has also seen setbacks. Earlier this year a Nevada-based competitor paused construction of a plant, citing lower metal prices.

Lindgren, Ferrovolt's chief technology officer, acknowledged the market is volatile. "Lithium prices are down a lot from their peak, and that's real," he said. "But our economics don't depend on 2022 prices. We built the model assuming prices stay where they are now."

Not everyone is convinced smaller players can compete. Jordan Whitaker, a managing director at consulting firm Atherton Energy Advisors, put it this way: "The technology is rarely the hard part. Permitting, feedstock contracts and financing the first plant are where these companies live or die."

Whitaker said Ferrovolt's decision to build in Fremont, rather than in a lower-cost state, was "a bet that California's EV density is worth the premium."

Ferrovolt has signed a letter of intent with an unnamed Bay Area automaker to process scrap from its battery production lines, the company said.

The Fremont facility is expected to open in late 2026, pending permits from the city and regional air quality regulators.""",
        [
            ("We've proven the chemistry works", "Wen-Li Chao"),
            ("The question every investor asked", "Wen-Li Chao"),
            ("Every EV sold today is", "Nadia Brooks"),
            ("Lithium prices are down a", "Oscar Lindgren"),
            ("But our economics don't depend", "Oscar Lindgren"),
            ("The technology is rarely the", "Jordan Whitaker"),
            ("a bet that California's EV", "Jordan Whitaker"),
        ],
    ),
    (
        """Washington Senate passes kids’ online safety bill over tech industry objections

By Claire Brennan
Seattle Times Olympia bureau

OLYMPIA — The Washington state Senate on Wednesday approved a bill that would bar social media platforms from using recommendation algorithms to serve content to minors without parental consent, and would require companies to silence push notifications to teenagers overnight.

Senate Bill 5817 passed 29-20, largely along party lines, and now heads to the House.

The bill’s prime sponsor, Sen. Rebecca Thornquist, D-Everett, said she introduced the measure after hearing from parents and school counselors in her district.

“I have sat across the table from parents whose kids stopped sleeping, stopped eating and stopped talking to them,” Thornquist said in a floor speech. “Every one of them told me they felt like they were competing with an app that was designed to beat them.”

Thornquist said the bill was modeled partly on laws passed in other states but was written to “survive the lawsuits we know are coming.”

Those lawsuits are likely. The Digital Commerce Alliance, a trade group representing major online platforms, has sued to block similar laws in at least four states and has won preliminary injunctions in two of them.

In testimony before the Senate Law and Justice Committee last month, the alliance’s state policy director, Maxwell Ortega, told lawmakers the bill “would require companies to collect more data about children, not less,” because platforms would first have to determine users’ ages.

“If you want to know whether a user is 15 or 25, you need to ask for something — an ID, a face scan, a credit card,” Ortega said. “That is a privacy problem, not a privacy solution.”

Sen. Curtis Lamb, R-Yakima, said during floor debate that he shared the bill’s goals but feared it would be tied up in court for years. “We’re going to pass this, feel good about it, and then watch a federal judge put it on ice,” Lamb said.

Attorney General Naomi Kessler, whose office requested the bill, said in a statement after the vote that her office was “ready to defend this law.”

“Tech companies have had more than a decade to fix these problems on their own,” Kessler said. “They have chosen engagement over kids’ well-being again and again.”

According to the state’s most recent Healthy Youth Survey, about one in four Washington 10th-graders reported spending five or more hours a day on social media on school days.

The bill also drew support from Screen Smart Washington, a coalition of parent groups that organized dozens of families to testify in committee. Its website urges supporters to “tell your legislator that our kids are not a product.”

The House Civil Rights and Judiciary Committee is expected to take up the bill next week. Its chair, Rep. Daniel Okafor, D-Tacoma, said he expected “a lot of amendments” but supported the core idea.""",
        [
            ("I have sat across the", "Rebecca Thornquist"),
            ("Every one of them told", "Rebecca Thornquist"),
            ("survive the lawsuits we know", "Rebecca Thornquist"),
            ("would require companies to collect", "Maxwell Ortega"),
            ("If you want to know", "Maxwell Ortega"),
            ("That is a privacy problem", "Maxwell Ortega"),
            ("We’re going to pass this", "Curtis Lamb"),
            ("ready to defend this law", "Naomi Kessler"),
            ("Tech companies have had more", "Naomi Kessler"),
            ("They have chosen engagement over", "Naomi Kessler"),
            ("tell your legislator that our", "Screen Smart Washington"),
            ("a lot of amendments", "Daniel Okafor"),
        ],
    ),
    (
        """Sunnyvale chipmaker's layoffs 'a gut punch' for city, mayor says

By Jenna Park

Sunnyvale Mayor Teresa Vu called the news "a gut punch" on Friday after Altamira Semiconductor said it would lay off about 640 workers and close its research campus on North Mathilda Avenue by the end of the year.

Altamira, which designs power-management chips used in data centers and electric vehicles, notified the state Employment Development Department of the cuts in a WARN notice filed Thursday. The company will move much of the work done in Sunnyvale to facilities in Austin, Texas, and Penang, Malaysia, according to the notice.

"Altamira has been part of Sunnyvale for 27 years," Vu said in a phone interview. "Their employees coach our Little League teams, they volunteer at our schools, they eat at our restaurants on Murphy Avenue. We're going to feel this."

The company said in a statement that the decision was "not made lightly" and "followed a thorough review of our global footprint."

"We are grateful to our Sunnyvale team for decades of innovation and will support every affected employee through this transition," the statement said. Workers will receive severance based on length of service, the company said.

Rajesh Natarajan, a test engineer who has worked at the Sunnyvale campus for 19 years, said he learned he was losing his job in a 20-minute meeting Thursday afternoon.

"My kids were born while I worked there. I paid off my mortgage while I worked there," Natarajan said. "I understand business is business. But you don't expect a place you gave two decades to hand you a folder and walk you out.

"I'm 54. I don't know who's hiring 54-year-old test engineers right now."

The closure will also hit the city's finances. Altamira is among Sunnyvale's 20 largest property taxpayers, according to city records, and the campus employs hundreds of contract workers in security, food service and maintenance who were not included in the WARN notice.

Councilmember Brian Odom, whose district includes the campus, said nearby restaurants and shops would feel the loss almost immediately.

"The lunch crowd on Mathilda is going to look very different by Christmas," Odom said.

Vu said she had contacted Altamira's leadership to ask whether the company would consider subleasing the campus to another employer rather than leaving it empty. The city's economic development staff will also host a job fair with the North Valley Job Center next month, she said.

"We will do everything we can to keep these people working in Sunnyvale," she said.""",
        [
            ("a gut punch", "Teresa Vu"),
            ("a gut punch", "Teresa Vu"),
            ("Altamira has been part of", "Teresa Vu"),
            ("Their employees coach our Little", "Teresa Vu"),
            ("not made lightly", "Altamira Semiconductor"),
            ("followed a thorough review of", "Altamira Semiconductor"),
            ("We are grateful to our", "Altamira Semiconductor"),
            ("My kids were born while", "Rajesh Natarajan"),
            ("I understand business is business.", "Rajesh Natarajan"),
            ("I'm 54. I don't know", "Rajesh Natarajan"),
            ("The lunch crowd on Mathilda", "Brian Odom"),
            ("We will do everything we", "Teresa Vu"),
        ],
    ),
    (
        """Fintech startup Lumenpay shuts down, leaving thousands of users unable to reach their money

By Ines Marlowe

Lumenpay, the Oakland-based startup that offered early wage access and no-fee savings accounts aimed at gig workers, abruptly shut down its app on Friday, leaving an estimated 40,000 users temporarily unable to withdraw their balances.

In a post on its website, the company said it had “made the difficult decision to wind down operations” after failing to secure new funding, and that customer deposits, which are held at a partner bank, were “safe and insured.”

But users who tried to move their money over the weekend said the app showed only an error message. Several posted screenshots to Reddit and X showing balances of several thousand dollars.

“I have $2,300 in there. That’s my rent,” said Marisol Duarte, a Sacramento delivery driver who used Lumenpay to get paid after each shift. “Nobody is answering emails. There’s no phone number. It’s just gone.”

Lumenpay’s partner bank, Mariposa Federal Bank, said in a statement Sunday that it was “working around the clock to reconcile account records” and expected to begin returning funds “within the next two weeks.”

The California Department of Financial Protection and Innovation said it was aware of the situation and had been in contact with both companies. “Consumers should not have to wait indefinitely to access their own money,” a department spokesperson said.

Lumenpay was founded in 2020 by former payments executive Derek Sato and raised about $48 million from venture investors. According to two former employees, the company had been trying to sell itself for months and had laid off most of its staff in the spring.

One of those former employees, who spoke on the condition of anonymity because they had signed a separation agreement, described the final weeks as chaotic. “There were maybe eight of us left running the whole thing,” the former employee said. “Compliance was one person. Support was one person. Everyone could see where it was heading.”

Sato did not respond to requests for comment. In a LinkedIn post on Saturday, he wrote that he was “heartbroken that we couldn’t find a path forward” and promised that “every customer will be made whole.”

The collapse has renewed calls for tighter oversight of fintech apps that rely on small banks to hold customer money, an arrangement known in the industry as “banking as a service.” When such partnerships unravel, records of who owns which funds can be incomplete or scattered across several companies.

State Sen. Monica Alvarado, D-Oakland, said Monday that she plans to introduce legislation next year requiring such apps to give customers direct access to their accounts at the partner bank if the app stops working.

“If your app goes dark, you should still be able to get your paycheck,” Alvarado told reporters outside the state Capitol. “That is not a lot to ask.”""",
        [
            ("made the difficult decision to", "Lumenpay"),
            ("safe and insured", "Lumenpay"),
            ("I have $2,300 in there.", "Marisol Duarte"),
            ("Nobody is answering emails.", "Marisol Duarte"),
            ("working around the clock to", "Mariposa Federal Bank"),
            ("within the next two weeks", "Mariposa Federal Bank"),
            ("Consumers should not have to", "spokesperson"),
            ("There were maybe eight of", "former employee"),
            ("Compliance was one person.", "former employee"),
            ("heartbroken that we couldn’t find", "Derek Sato"),
            ("every customer will be made", "Derek Sato"),
            ("If your app goes dark", "Monica Alvarado"),
            ("That is not a lot", "Monica Alvarado"),
        ],
    ),
]
