CASES = [
    (
        """Halvorsen Systems shares slide as cloud growth slows, forecast disappoints

By Dana Whitcombe

PALO VERDE PARK, Calif., Oct 24 (Reuters) - Halvorsen Systems Inc forecast third-quarter revenue below Wall Street estimates on Thursday, as corporate customers delayed spending on its cloud storage products, sending the company's shares down 9% in extended trading.

The Palo Verde Park-based company expects revenue of $2.31 billion to $2.37 billion for the quarter ending in December, compared with analysts' average estimate of $2.45 billion, according to Meridian Data.

"We saw deal cycles lengthen in the back half of the quarter, particularly among large enterprise accounts in financial services," Chief Executive Officer Marcus Oyelaran said on a call with analysts. "Customers aren't walking away, but they are asking for more approvals before they sign."

Oyelaran said the company had not lost any of its top 50 customers and described its sales pipeline as "healthy by any historical measure."

Finance chief Renata Kowalczyk told analysts the company would slow hiring and trim about $150 million in operating expenses over the next year. "We are going to be disciplined about where we put dollars," she said, adding that investment in artificial intelligence infrastructure would be "protected from the cuts."

Analysts were less sanguine.

"This is the second quarter in a row where management has pointed to elongated deal cycles, and at some point that stops being a timing issue and starts being a demand issue," said Priya Ramaswamy, an analyst at Calder Brooks Securities.

Revenue in the second quarter rose 6% to $2.28 billion, slightly below estimates of $2.30 billion. Adjusted profit of 81 cents per share beat expectations of 78 cents, helped by lower component costs.

Cloud subscription revenue grew 14%, slowing from 22% a year earlier. Halvorsen has spent the past three years trying to move customers from one-time hardware purchases to recurring subscriptions, a shift that investors have rewarded with a higher valuation.

Jared Finkel, portfolio manager at Westbourne Capital, which holds Halvorsen shares, said the transition was "messier than anyone hoped" but that the long-term case was intact.

"The hardware business is basically a melting ice cube, and everybody knows that," Finkel said. "The question is whether the cloud piece grows fast enough to offset it, and tonight the answer was no, at least not yet."

The company also said it would buy back up to $1 billion of its shares over the next two years.

Halvorsen's stock had gained 18% this year through Thursday's close.

(Reporting by Dana Whitcombe in Palo Verde Park; Editing by Martin Ahearn)""",
        [
            ("We saw deal cycles lengthen", "Marcus Oyelaran"),
            ("Customers aren't walking away,", "Marcus Oyelaran"),
            ("healthy by any historical measure.", "Marcus Oyelaran"),
            ("We are going to be", "Renata Kowalczyk"),
            ("protected from the cuts.", "Renata Kowalczyk"),
            ("This is the second quarter", "Priya Ramaswamy"),
            ("messier than anyone hoped", "Jared Finkel"),
            ("The hardware business is basically", "Jared Finkel"),
            ("The question is whether the", "Jared Finkel"),
        ],
    ),
    (
        """Brightwell cuts 1,200 jobs, about 11 percent of staff, in second round of layoffs this year

By Tomasz Reyes

Brightwell, the Brannock, Washington-based maker of workplace scheduling software, is laying off roughly 1,200 employees, or about 11 percent of its workforce, the company confirmed Tuesday — its second round of cuts in less than eight months.

In a memo sent to staff early Tuesday and later posted to the company’s blog, CEO Hannah Lindqvist said the reductions would fall hardest on the sales and recruiting teams, which grew rapidly during the pandemic.

“I want to be direct with you: this is a decision I own, and it is one I did not make lightly,” Lindqvist wrote. “We built the company for a level of growth that has not materialized, and we have to right-size for the business we actually have.”

Affected employees in the U.S. will receive 16 weeks of severance plus an additional week for every year of service, along with six months of health coverage, according to Lindqvist’s memo. Employees outside the U.S. will receive “similar support in line with local requirements,” she wrote.

The cuts come after Brightwell laid off around 700 people in March. At the time, Lindqvist told employees she did not expect further reductions “in the foreseeable future.”

Several current and former employees said the second round came as a surprise. One engineer on the payments team, who asked not to be named because they were not authorized to speak publicly, described the mood inside the company as “somewhere between shock and resignation.”

“People are angry, honestly,” the engineer said. “We were told the worst was behind us. Nobody believes that now.”

A Brightwell spokesperson declined to comment beyond the memo.

Brightwell, which was valued at $9.4 billion in a 2021 funding round led by Northgate Partners, has been under pressure to show investors it can turn a profit ahead of a long-delayed public offering. Revenue grew 19 percent last year, down from 61 percent in 2021, according to figures the company shared with investors.

Labor economist Dev Kapoor of the Ridgeway Institute said the pattern of a second layoff months after a first was becoming common in software.

“Companies cut once to reassure investors, and then discover that the first cut didn’t go deep enough,” Kapoor said. “The second round is usually the one where they stop trimming and start changing what the company actually does.”

Lindqvist said in the memo that Brightwell would fold its two product lines into a single platform and that she would take a 50 percent pay cut through the end of the fiscal year.

“None of this changes what we are here to do,” she wrote. “It changes how we do it.”""",
        [
            ("I want to be direct", "Hannah Lindqvist"),
            ("We built the company for", "Hannah Lindqvist"),
            ("similar support in line with", "Hannah Lindqvist"),
            ("in the foreseeable future.", "Hannah Lindqvist"),
            ("somewhere between shock and resignation.", "engineer on the payments team"),
            ("People are angry, honestly,", "engineer on the payments team"),
            ("We were told the worst", "engineer on the payments team"),
            ("Companies cut once to reassure", "Dev Kapoor"),
            ("The second round is usually", "Dev Kapoor"),
            ("None of this changes what", "Hannah Lindqvist"),
            ("It changes how we do", "Hannah Lindqvist"),
        ],
    ),
    (
        """Justice Department Sues Castellan Over Ad-Tech Dominance, Seeks Breakup

By Elena Markovic and Owen Tsai

The US Justice Department sued Castellan Media Group, accusing the digital advertising company of illegally monopolizing the software that publishers use to sell ad space and asking a federal judge to force it to divest its exchange business.

"Castellan has used its control over every layer of the ad-tech stack to tax publishers, squeeze advertisers and shut out rivals," Assistant Attorney General Leonard Whitaker said at a news conference in Washington on Wednesday. "Today we are asking the court to restore competition to a market that Castellan has rigged in its own favor."

The complaint alleges that Castellan, which is based in Ridgeford, New Jersey, requires publishers that use its ad server to route their inventory through its own exchange, where it keeps as much as 20% of each transaction. Castellan earned about $4.1 billion in ad-tech revenue last year, according to the complaint.

Castellan said in a statement that the suit "ignores the intense competition" it faces from larger rivals and that it would "defend itself vigorously."

"This lawsuit would make advertising less efficient and more expensive for the small businesses and publishers it claims to protect," Castellan's general counsel, Rachel Ebersole, said in a separate statement. "We are confident the court will see that."

Shares of Castellan fell as much as 7.2% in New York, the biggest intraday drop since March.

The case is the latest in a string of antitrust actions against technology companies that span two administrations. Whitaker declined to say whether the department had held settlement talks with the company, telling reporters only that "the door is always open, but the remedy we're seeking is structural."

Publishers have long complained about Castellan's fees. Greg Amundsen, chief executive officer of the Tri-County Newspaper Alliance, a trade group representing about 340 local publications, said his members "have been paying a toll on every impression for a decade."

"We welcome this," Amundsen said in an interview. "For a lot of small papers, the difference between Castellan's cut and a fair cut is the difference between keeping a reporter and losing one."

Antitrust experts said a breakup would be difficult to win. Laura Fenwick, a professor at Hollister University School of Law who previously worked as a trial attorney in the department's antitrust division, said courts have historically been reluctant to order divestitures in monopolization cases.

"The government has a strong story to tell, but structural remedies are the hardest thing to get from a judge," Fenwick said. "Expect this to take years."

--With assistance from Nate Delgado.""",
        [
            ("Castellan has used its control", "Leonard Whitaker"),
            ("Today we are asking the", "Leonard Whitaker"),
            ("ignores the intense competition", "Castellan Media Group"),
            ("defend itself vigorously.", "Castellan Media Group"),
            ("This lawsuit would make advertising", "Rachel Ebersole"),
            ("We are confident the court", "Rachel Ebersole"),
            ("the door is always open,", "Leonard Whitaker"),
            ("have been paying a toll", "Greg Amundsen"),
            ("We welcome this,", "Greg Amundsen"),
            ("For a lot of small", "Greg Amundsen"),
            ("The government has a strong", "Laura Fenwick"),
            ("Expect this to take years.", "Laura Fenwick"),
        ],
    ),
    (
        """Northlane unveils $349 smart glasses in bid to catch up with rivals in wearables

Northlane on Tuesday unveiled its first pair of smart glasses, a $349 device with a built-in camera, open-ear speakers and an AI assistant, as the consumer electronics company tries to carve out a place in a market dominated by larger rivals.

The glasses, branded “Vista,” will ship in the U.S. on Nov. 8 and come in three frame styles, with prescription lenses available for an extra $120.

CEO Samuel Achterberg introduced the product at an event at the company’s headquarters in Brentmoor, California, calling it “the most personal computer we’ve ever built.”

“For years, people have told us they want the power of their phone without having to stare at their phone,” Achterberg said on stage. “Vista is our answer to that.”

In an interview after the event, Achterberg said the company saw the glasses as a “multi-year journey” and declined to give sales targets. “We’re not going to judge this by the first holiday quarter,” he said.

The launch comes at a difficult time for Northlane, whose revenue fell 4% in its most recent fiscal year as sales of its smart speakers stalled. The company’s stock has fallen about 22% over the past 12 months.

Northlane’s head of hardware, Ines Carvalho, said the team had spent three years shrinking the battery and processor to fit in a frame weighing 48 grams. “The hardest part wasn’t the technology, it was making something people would actually want to wear to dinner,” she said.

Privacy advocates raised concerns about the camera.

“Anytime you put a camera on someone’s face, you’re recording everyone around them who never agreed to it,” said Marisol Duarte, policy director at the Digital Fairness Project, a consumer advocacy group. She called the small LED that lights up during recording “a fig leaf.”

Northlane said in a blog post that the glasses process most AI requests on the device itself and that photos and video are “never used to train our models without explicit permission.”

Analysts were split. Kyle Marchetti of Stanhope Research said the price was “aggressive” and could help Northlane win early adopters, but noted that the category remains small. Ferris Market Intelligence estimates that about 2.1 million pairs of smart glasses were shipped in the U.S. last year.

“It’s a good product in a category that still has to prove itself,” Marchetti said. “Northlane needs a hit, and I’m not sure this is big enough to be one.”

Shares of Northlane rose 1.6% on Tuesday.""",
        [
            ("the most personal computer we’ve", "Samuel Achterberg"),
            ("For years, people have told", "Samuel Achterberg"),
            ("Vista is our answer to", "Samuel Achterberg"),
            ("multi-year journey", "Samuel Achterberg"),
            ("We’re not going to judge", "Samuel Achterberg"),
            ("The hardest part wasn’t the", "Ines Carvalho"),
            ("Anytime you put a camera", "Marisol Duarte"),
            ("a fig leaf.", "Marisol Duarte"),
            ("never used to train our", "Northlane"),
            ("aggressive", "Kyle Marchetti"),
            ("It’s a good product in", "Kyle Marchetti"),
            ("Northlane needs a hit, and", "Kyle Marchetti"),
        ],
    ),
    (
        """Corvane's profit nearly triples as demand for AI chips surges

By Gail Petrosyan, AP Technology Writer

FAIRMONT RIDGE, Texas (AP) — Corvane Semiconductor said Wednesday its profit nearly tripled in the latest quarter as technology companies raced to buy its data center chips, and the company predicted sales would keep climbing through the end of the year.

The chipmaker earned $1.9 billion, or $2.14 per share, in the three months ended Sept. 29, up from $680 million, or 77 cents per share, a year earlier. Revenue rose 64% to $7.3 billion.

"Demand continues to exceed our ability to supply," CEO Arthur Nakamura-Bell said in a statement. "We are adding capacity as fast as our partners can build it, and we still expect to be constrained well into next year."

On a conference call, Nakamura-Bell told analysts that orders from cloud computing companies had "more than doubled" compared with a year ago and that the company's order backlog stood at a record. He said Corvane expects revenue of $7.9 billion to $8.2 billion in the current quarter.

Analysts polled by Sterling Data had expected revenue of $7.6 billion.

Not every part of the business is booming. Sales of chips used in personal computers and cars fell 11%, and Chief Financial Officer Denise Albright warned that the slump could last "at least another couple of quarters."

"The auto market in particular is working through a lot of inventory," Albright said. "We think we're near the bottom, but we're not going to call it yet."

Corvane's shares rose 5% in after-hours trading.

The company has also faced questions about its reliance on a handful of large customers. Four customers accounted for 58% of data center revenue in the quarter, according to a regulatory filing.

Asked whether that concentration was a risk, Nakamura-Bell said: "Every one of those customers is trying to build more, not less. The day that changes, we'll talk about it."

Stacy Lindgren, who covers semiconductors for Harborview Capital Markets, said the results showed Corvane is "executing about as well as anyone could ask."

"The real debate is not this quarter or next quarter," Lindgren said. "It's whether this level of AI spending is sustainable in 2026 and beyond, and nobody knows the answer to that, including the companies doing the spending.\"""",
        [
            ("Demand continues to exceed our", "Arthur Nakamura-Bell"),
            ("We are adding capacity as", "Arthur Nakamura-Bell"),
            ("more than doubled", "Arthur Nakamura-Bell"),
            ("at least another couple of", "Denise Albright"),
            ("The auto market in particular", "Denise Albright"),
            ("We think we're near the", "Denise Albright"),
            ("Every one of those customers", "Arthur Nakamura-Bell"),
            ("executing about as well as", "Stacy Lindgren"),
            ("The real debate is not", "Stacy Lindgren"),
            ("It's whether this level of", "Stacy Lindgren"),
        ],
    ),
    (
        """FTC Moves to Block Pemberton’s $14 Billion Deal for Arcadia Health Software

Agency says combination would give one company control of hospital billing systems

By Colleen Barstow

The Federal Trade Commission sued Wednesday to block Pemberton Technologies’ $14 billion acquisition of Arcadia Health Software, arguing the deal would give Pemberton control over the systems hospitals use to manage patient billing.

The agency said in its complaint that the combined company would control roughly 60% of the market for revenue-cycle software used by midsize hospitals, and that the merger would lead to “higher prices, slower innovation and fewer choices for hospitals that are already stretched thin.”

“Hospitals should not have to pay more for billing software because two of the biggest vendors decided it was easier to merge than to compete,” said Valerie Osei, director of the FTC’s Bureau of Competition.

Pemberton, based in Halbrook, Minn., said it would fight the lawsuit. In a statement, Chief Executive Kenneth Stroud called the FTC’s case “a fundamental misreading of a highly competitive market.”

“We have spent more than a year cooperating with the agency, producing millions of documents and offering meaningful remedies,” Mr. Stroud said. “Those remedies would have addressed every concern the FTC raised. Instead, the agency chose litigation.

“We look forward to making our case in court, and we remain confident this transaction will close.”

The deal, announced in February, had been expected to close by the end of the year. Under the merger agreement, Pemberton would owe Arcadia a $900 million termination fee if the deal were blocked on antitrust grounds, according to securities filings.

Pemberton had offered to sell Arcadia’s small-hospital business to a private-equity firm in an effort to win approval, according to people familiar with the matter. FTC staff viewed the proposed divestiture as too narrow, one of the people said, describing the gap between the two sides as “not even close.”

Arcadia shares fell 8.4% to $71.12 on Wednesday, well below Pemberton’s offer price of $88 a share. Pemberton shares rose 1.2%.

An Arcadia spokeswoman said the company “remains fully committed to the transaction” and referred further questions to Pemberton.

Hospital groups have lobbied against the merger. The Midwest Hospital Council, which represents about 400 hospitals, said in a letter to the FTC in June that its members feared being “locked into a single vendor with no credible alternative.”

Stephanie Ruiz-Kahn, chief financial officer of St. Adelbert Regional Medical Center in Wexford Falls, Wis., said her hospital had switched billing vendors twice in the past decade, in each case to get a better price.

“If this deal goes through, the next time we want to switch, there won’t be anywhere to go,” she said.""",
        [
            ("higher prices, slower innovation and", "Federal Trade Commission"),
            ("Hospitals should not have to", "Valerie Osei"),
            ("a fundamental misreading of a", "Kenneth Stroud"),
            ("We have spent more than", "Kenneth Stroud"),
            ("Those remedies would have addressed", "Kenneth Stroud"),
            ("We look forward to making", "Kenneth Stroud"),
            ("not even close.", "person familiar with the matter"),
            ("remains fully committed to the", "spokeswoman"),
            ("locked into a single vendor", "Midwest Hospital Council"),
            ("If this deal goes through,", "Stephanie Ruiz-Kahn"),
        ],
    ),
    (
        """Trellis Robotics to cut 430 jobs, close Dunmore plant by spring

By Aaron Pelletier – Staff Reporter

Trellis Robotics will lay off 430 workers and close its assembly plant in Dunmore by the end of March, the company disclosed in a filing with state labor officials on Monday.

The warehouse-automation company, which moved its headquarters to the Ashgrove Tech Park in 2019 with the help of $12 million in state and local incentives, said it would shift production to a contract manufacturer in Mexico.

"This was an extremely difficult decision that reflects changes in our business, not the dedication of our people in Dunmore," a statement from the company said. "We are committed to treating every affected employee with respect and will provide severance, extended benefits and job placement assistance."

The layoffs include 310 production workers, 74 engineers and 46 administrative employees, according to the Worker Adjustment and Retraining Notification filing. Affected employees will be notified individually over the next two weeks, the filing said.

Trellis CEO Glenn Abernathy told reporters at a news conference in Ashgrove that orders from large retailers had fallen sharply this year as they scaled back warehouse construction.

"We built capacity for a market that was growing 40% a year. It's not growing 40% a year anymore," he said.

Abernathy said the company would keep its headquarters and about 280 research and sales jobs in the region. Asked whether Trellis would repay any of the incentives, he said the company would "honor every obligation in those agreements" but did not give details.

Dunmore Mayor Patrice Goodwin said she learned of the closing Monday morning, hours before it became public.

"I'm frustrated, and I think a lot of people in this town are going to be frustrated," Goodwin said. "We rolled out the red carpet for this company."

She said the city's economic development office would work with the state to hold job fairs for affected workers, the first of them later this month.

Darnell Hughes, who has worked on the plant's final assembly line for four years, said workers were called into a meeting at 7 a.m. and told the news by a manager reading from a sheet of paper.

"Nobody asked a single question. Everybody just sat there," Hughes said. "I've got two kids and a mortgage. I'm going to be OK, but a lot of guys in there are not."

State Sen. Lorraine Bickford, whose district includes Dunmore, said she would ask the state's economic development agency to review Trellis' incentive agreements. In a post on social media, she wrote that taxpayers "deserve to know what they got for their money."

Trellis shares fell 3% on Monday. The company, which went public in 2021, has lost about two-thirds of its market value since its debut.""",
        [
            ("This was an extremely difficult", "Trellis Robotics"),
            ("We are committed to treating", "Trellis Robotics"),
            ("We built capacity for a", "Glenn Abernathy"),
            ("honor every obligation in those", "Glenn Abernathy"),
            ("I'm frustrated, and I think", "Patrice Goodwin"),
            ("We rolled out the red", "Patrice Goodwin"),
            ("Nobody asked a single question.", "Darnell Hughes"),
            ("I've got two kids and", "Darnell Hughes"),
            ("deserve to know what they", "Lorraine Bickford"),
        ],
    ),
    (
        """Fernhill’s new AI coding agent can open pull requests on its own. Developers have questions.

Jules Abara

Fernhill, the developer-tools startup behind the popular Ledger code-review app, on Thursday launched an AI agent it says can take a bug report, write a fix and open a pull request without a human touching the keyboard.

The product, called Fernhill Relay, is rolling out to paying customers today and will cost $40 per user per month on top of existing plans. Fernhill co-founder and CEO Priyanka Soderberg described it in an interview as “a junior engineer that never sleeps, but also never merges without permission.”

That last part matters, she stressed. Relay can propose changes, but a human reviewer has to approve anything before it reaches production. “We are not trying to take engineers out of the loop,” Soderberg said. “We’re trying to take the boring forty percent of their week out of the loop.”

Fernhill, which is based in Brookhollow, California, raised $85 million in a Series C round last spring led by Tamsin Ventures, at a valuation the company has not disclosed.

The launch lands in a crowded field. Several larger companies have released similar agents in the past six months, and a recent survey by developer analytics firm Stackwise, titled “The State of AI-Assisted Development,” found that 62% of professional developers now use some form of AI coding tool at least weekly.

In a demo for reporters, Relay took a ticket describing a broken date filter in a sample app, located the relevant file, wrote a four-line fix and added a test. The whole process took just under three minutes.

Not everyone is convinced. Omar Haddad, a staff engineer at payments company Kestrel Pay who tested an early version, said the agent handled routine fixes well but struggled with anything involving multiple services.

“It’s great at the stuff I’d hand to an intern,” Haddad said. “The moment the bug lives in the seams between two systems, it starts guessing, and it guesses confidently, which is the dangerous part.”

Security researchers have also raised questions about giving AI tools write access to code repositories. Fernhill’s head of security, Callum Reyes-Whitford, said Relay runs in an isolated environment and cannot access secrets or production credentials. He put it bluntly: “If Relay gets compromised, the blast radius is a branch nobody has merged.”

Fernhill said in its launch announcement that Relay is built on a mix of its own models and models licensed from third parties, which it declined to name, and that the product is “designed to be boring in all the right ways.”

Soderberg acknowledged that the company faces competition from much bigger players but argued that Fernhill’s focus on code review gives it an edge.

“Everyone is racing to write more code,” she said. “Almost nobody is thinking about who reads it.”""",
        [
            ("a junior engineer that never", "Priyanka Soderberg"),
            ("We are not trying to", "Priyanka Soderberg"),
            ("We’re trying to take the", "Priyanka Soderberg"),
            ("It’s great at the stuff", "Omar Haddad"),
            ("The moment the bug lives", "Omar Haddad"),
            ("If Relay gets compromised, the", "Callum Reyes-Whitford"),
            ("designed to be boring in", "Fernhill"),
            ("Everyone is racing to write", "Priyanka Soderberg"),
            ("Almost nobody is thinking about", "Priyanka Soderberg"),
        ],
    ),
]
