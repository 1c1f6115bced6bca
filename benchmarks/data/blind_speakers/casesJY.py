CASES = [
    (
        """Veridane Systems to cut 1,200 jobs as it shifts spending to AI infrastructure

By Laura Mendel

SAN JOSE, California, Feb 6 (Reuters) - Veridane Systems said on Thursday it would cut about 1,200 jobs, or roughly 9% of its global workforce, as the networking software maker redirects investment toward data-center products built for artificial intelligence workloads.

The company's shares rose 4.2% in extended trading after it disclosed the plan in a regulatory filing and reaffirmed its full-year revenue forecast.

"These are difficult decisions that affect talented colleagues," Chief Executive Officer Anand Rao said in a memo to employees that was reviewed by Reuters. "But we have to put our resources where our customers are going, and that is AI-scale networking."

The cuts will fall mostly on sales, marketing and legacy product teams in the United States, India and Ireland, the company said. Veridane expects to record restructuring charges of $85 million to $110 million, primarily severance, in its fiscal third quarter.

Veridane, founded in 2004, has been under pressure from activist investor Harlow Ridge Capital, which disclosed a 6% stake in November and publicly called on the company to "sharpen its focus and stop subsidizing slow-growth businesses."

Analysts said the move was broadly expected. "This is the restructuring the Street has been waiting for," said Megan Tse, an analyst at Brookfield Lane Securities. "The question is whether they can actually win share in AI networking against much larger rivals, and the filing doesn't answer that."

The layoffs add to a string of job cuts across the technology sector this year, even as companies pour billions of dollars into AI. According to tracking site LayoffWatch, U.S. tech companies have announced more than 40,000 job cuts since January.

A Harlow Ridge spokesperson said the firm was "encouraged by the board's willingness to act" but would continue to push for changes to the company's capital allocation.

Rao said in the memo that affected employees in the United States would receive at least 16 weeks of severance pay and extended health coverage. He said the company would keep hiring engineers for its AI networking unit, which he described as "the single most important bet this company has made in a decade."

Veridane employees who spoke to Reuters on condition of anonymity said the cuts had been rumored internally for weeks. One engineer in the company's Dublin office described the mood as "grim, but not really a surprise to anyone who has been paying attention."

(Reporting by Laura Mendel in San Jose; Editing by Peter Haskins)""",
        [
            ("These are difficult decisions that", "Anand Rao"),
            ("But we have to put", "Anand Rao"),
            ("sharpen its focus and stop", "Harlow Ridge Capital"),
            ("This is the restructuring the", "Megan Tse"),
            ("The question is whether they", "Megan Tse"),
            ("encouraged by the board's willingness", "spokesperson"),
            ("the single most important bet", "Anand Rao"),
            ("grim, but not really a", "engineer in the company's Dublin office"),
        ],
    ),
    (
        """Seattle cloud startup Tidemark lays off 30% of staff as customers trim spending

BY JORDAN PIKE on March 3

Tidemark Data, a Seattle-based startup that sells tools to help companies manage their cloud computing bills, laid off about 70 employees on Monday, or roughly 30% of its workforce.

CEO and co-founder Rachel Ostrander confirmed the cuts in a LinkedIn post and in an email to GeekWire.

“We grew too fast for the market we are actually in,” Ostrander wrote. “That’s on me, not on the people who are leaving today. They built something customers love.”

The company, founded in 2019, raised a $62 million Series B round in 2022 led by Puget Ventures, bringing total funding to more than $90 million. At its peak last year, Tidemark employed about 230 people, most of them at its office in Seattle’s South Lake Union neighborhood.

Ostrander said the company has more than two years of runway after the cuts and is not seeking new funding. She said revenue grew about 40% last year, but fell short of the company’s internal plan as large customers delayed renewals.

“Every CFO we talk to is under pressure to spend less on software, and ironically that includes software that saves them money,” she told GeekWire. “Sales cycles that used to take six weeks now take six months.”

Impacted employees will receive 12 weeks of severance and can keep their company laptops, according to the LinkedIn post. Tidemark is also setting up an alumni directory to help workers find new jobs.

The layoffs come amid a broader pullback in the Seattle tech sector. Several of the region’s larger companies have cut jobs in recent months, and the Washington Employment Security Department has received more than two dozen layoff notices from tech employers since the start of the year.

Sam Kiriakos, a partner at Puget Ventures who sits on Tidemark’s board, said the company was making “the right call at the right time.”

“Rachel and the team are doing what a lot of companies should have done a year ago,” Kiriakos said. “The business underneath is healthy.”

One former employee, a software engineer who asked not to be named because she is still negotiating her severance agreement, said the news came as a surprise to many on her team. “We had an all-hands two weeks ago where we were told the numbers looked good,” she said. “I don’t think anyone expected this.”

Tidemark competes with a number of cloud cost-management companies, including larger players that have been folded into the product suites of major cloud providers. Ostrander said the company would now focus on its enterprise customers and pause work on a product for smaller businesses.

Related: Seattle-area tech layoffs tracker — see the latest cuts""",
        [
            ("We grew too fast for", "Rachel Ostrander"),
            ("That’s on me, not on", "Rachel Ostrander"),
            ("Every CFO we talk to", "Rachel Ostrander"),
            ("Sales cycles that used to", "Rachel Ostrander"),
            ("the right call at the", "Sam Kiriakos"),
            ("Rachel and the team are", "Sam Kiriakos"),
            ("The business underneath is healthy.", "Sam Kiriakos"),
            ("We had an all-hands two", "former employee"),
            ("I don’t think anyone expected", "former employee"),
        ],
    ),
    (
        """Lumara, an AI startup building agents for insurance claims, raises $48M Series A

Kyle Brennan
9:00 AM PDT · April 15

Filing an insurance claim is still a surprisingly manual process, with adjusters combing through photos, repair estimates and police reports by hand. Lumara, a San Francisco-based startup founded by two former engineers at a large autonomous-vehicle company, thinks AI agents can take over much of that work.

The company announced Tuesday it has raised a $48 million Series A led by Foundry Row Capital, with participation from existing investors Halcyon Seed and Marigold Partners. The round values Lumara at $310 million post-money, according to a person familiar with the deal.

“Adjusters spend something like 60% of their time on paperwork that no human should be doing,” co-founder and CEO Priya Natarajan told TechCrunch in an interview. “We’re not trying to replace the adjuster. We’re trying to give them their week back.”

Lumara’s software reads claim documents, photos and repair estimates, flags likely fraud and drafts settlement recommendations that a human adjuster then approves or rejects. Natarajan said the company now works with nine regional insurers and processes about 14,000 claims a month, up from fewer than 1,000 a year ago.

Her co-founder, CTO Marcus Feld, said the startup had avoided building its own foundation model, instead fine-tuning open-source models on claims data provided by customers. “Training a frontier model would be a fantastic way to burn $200 million,” Feld said. “Our edge is the workflow and the data, not the weights.”

That approach is increasingly common among so-called vertical AI startups, which target a single industry rather than selling general-purpose tools. Investors have poured money into the category this year, betting that domain-specific products will prove stickier than chatbots.

Dana Whitcombe, the Foundry Row general partner who led the deal and will join Lumara’s board, said she had looked at more than a dozen startups in insurance AI before settling on Lumara.

“Most of them had a great demo,” Whitcombe said. “Lumara had customers who were angry when the product went down for an hour. That’s the signal you want.”

Not everyone is convinced that insurers will move quickly. Regulators in several states have begun asking questions about how AI is used in claims decisions, and consumer advocates have warned of “black box” denials that policyholders cannot meaningfully challenge.

Natarajan said every decision Lumara recommends is logged and explainable, and that the company has hired a former state insurance regulator as head of compliance. “We want to be the company regulators point to as doing it right,” she said.

Lumara plans to use the new funding to roughly double its headcount of 38, mostly engineers, and to open a small office in Austin, Texas, where several of its insurance customers are based.""",
        [
            ("Adjusters spend something like 60%", "Priya Natarajan"),
            ("We’re not trying to replace", "Priya Natarajan"),
            ("Training a frontier model would", "Marcus Feld"),
            ("Our edge is the workflow", "Marcus Feld"),
            ("Most of them had a", "Dana Whitcombe"),
            ("Lumara had customers who were", "Dana Whitcombe"),
            ("We want to be the", "Priya Natarajan"),
        ],
    ),
    (
        """Austin chipmaker Calloway Semiconductor to lay off 410 workers at North Austin campus

By Teresa Molina
American-Statesman Staff

Calloway Semiconductor will lay off 410 workers at its North Austin campus starting in May, according to a notice filed with the Texas Workforce Commission.

The layoffs, disclosed in a Worker Adjustment and Retraining Notification filing made public Wednesday, will affect employees in manufacturing, testing and engineering roles at the company's facility off Parmer Lane. The company employs about 2,600 people in the Austin area.

In a statement, Calloway said the reductions were tied to "a sustained slowdown in demand for our automotive and industrial products" and were not related to the company's planned expansion in Williamson County.

"We do not take this decision lightly," the statement said. "We are committed to treating affected team members with respect and providing them with severance, benefits continuation and job placement assistance."

The filing shows that the layoffs will take place in three waves between May 12 and July 31. Calloway did not say whether additional cuts are planned.

The announcement comes just eight months after Calloway executives joined state and local officials at a groundbreaking for a $1.8 billion packaging plant near Hutto, a project that was expected to bring about 900 jobs. A company spokeswoman said Wednesday that the Hutto project "remains on schedule."

Austin City Council Member Diego Villarreal, whose district includes the Parmer Lane campus, said he had spoken with company leaders Tuesday evening.

"These are good-paying jobs, and many of these folks have been at Calloway for 15 or 20 years," Villarreal said. "My office is going to work with Workforce Solutions Capital Area to make sure nobody falls through the cracks."

Central Texas has weathered a wave of tech layoffs over the past two years, even as new companies continue to move into the region. According to Texas Workforce Commission records, employers in Travis and Williamson counties have filed more than 60 WARN notices since January 2023.

Jennifer Oduya, an economist at the Austin Regional Growth Council, said the region's job market remains relatively strong but that the semiconductor sector is in a cyclical downturn.

"Chips are a boom-and-bust business, and we're in the bust part for anything that isn't tied to AI data centers," Oduya said. "The good news is that a technician laid off from Calloway is a pretty attractive hire for a lot of other employers in this region right now."

One Calloway technician, who asked not to be identified because he had not yet been formally notified, said workers learned of the layoffs from news reports. "People were reading about it on their phones in the break room," he said.

Workers affected by the layoffs can find information about job training and unemployment benefits through the Texas Workforce Commission's website.""",
        [
            ("a sustained slowdown in demand", "Calloway Semiconductor"),
            ("We do not take this", "Calloway Semiconductor"),
            ("We are committed to treating", "Calloway Semiconductor"),
            ("remains on schedule", "spokeswoman"),
            ("These are good-paying jobs, and", "Diego Villarreal"),
            ("My office is going to", "Diego Villarreal"),
            ("Chips are a boom-and-bust business,", "Jennifer Oduya"),
            ("The good news is that", "Jennifer Oduya"),
            ("People were reading about it", "Calloway technician"),
        ],
    ),
    (
        """AI Startup Helix Minds Loses Two Co-Founders as Investors Question Strategy

By Natalie Chu and Brendan O'Hare

Two of the three co-founders of Helix Minds Inc., a Palo Alto, California-based artificial intelligence startup valued at $4 billion last year, are leaving the company amid disagreements over its direction, according to people familiar with the matter.

Chief Scientist Tomasz Wierzbicki and Head of Research Leah Marchetti informed staff of their departures at a meeting on Friday, said the people, who asked not to be identified discussing private information. Chief Executive Officer Owen Castellanos will remain in his role.

Helix Minds confirmed the departures in a statement, saying the two co-founders would "remain close advisers and shareholders" and that the company was "grateful for everything they have built."

The exits follow months of internal debate over whether Helix should continue training its own large language models, an expensive endeavor, or focus on selling software built on top of models from larger rivals, the people said. Wierzbicki had argued for continuing to invest in model research, while Castellanos pushed for a faster path to revenue, according to one of the people.

In a post on X, Wierzbicki wrote that he was "proud of the team and excited to start something new," without elaborating. Marchetti didn't respond to a request for comment.

Helix raised $600 million in a funding round led by venture firm Clearwater Ridge Partners in 2024. The company has about 240 employees and generates annualized revenue of roughly $35 million, according to one person familiar with its finances, a fraction of what investors had projected when they backed the company.

Castellanos said in an interview that the company's strategy hadn't changed abruptly. "We've always said we'd be pragmatic about where the value is," he said. "Frontier research is incredibly important, but it's not the only way to build a great AI company."

He declined to comment on the company's revenue.

The departures highlight the pressure on a generation of AI startups that raised large sums in 2023 and 2024 and now face competition from deep-pocketed technology giants that can spend tens of billions of dollars a year on chips and data centers. Several similar startups have been absorbed by larger companies in deals structured as licensing agreements paired with hiring of key staff.

"There's a real reckoning happening," said Fiona Galbraith, a managing director at research firm Sandhill Analytics who tracks private AI companies. "A lot of these businesses were funded on the assumption that they'd be able to keep pace with the biggest labs, and that's proven to be very hard."

A representative for Clearwater Ridge declined to comment.""",
        [
            ("remain close advisers and shareholders", "Helix Minds Inc."),
            ("grateful for everything they have", "Helix Minds Inc."),
            ("proud of the team and", "Tomasz Wierzbicki"),
            ("We've always said we'd be", "Owen Castellanos"),
            ("Frontier research is incredibly important,", "Owen Castellanos"),
            ("There's a real reckoning happening,", "Fiona Galbraith"),
            ("A lot of these businesses", "Fiona Galbraith"),
        ],
    ),
    (
        """Laid-off workers rally outside S.F. AI firm, accusing it of using their work to train replacements

By Marisol Ocampo

About 60 former contractors gathered outside the Mission Bay headquarters of Quillon AI on Tuesday afternoon, carrying hand-lettered signs and chanting as employees filed out of the building.

The contractors, most of whom worked as data annotators labeling text and images used to train the company's AI models, were among roughly 300 people whose contracts were ended last month, according to organizers.

Organizers said the workers were told their jobs had been eliminated as Quillon shifted to automated labeling tools - tools, they said, that had been developed using their own work.

"For two years I sat at a desk eight hours a day teaching this thing to see," said Andrea Fuentes, 34, of Daly City, who worked on Quillon's image-labeling team through a staffing agency. "Then one morning I got an email saying my assignment was over. No call, nothing.

"I'm not against the technology. I just think the people who built it deserve more than an email."

The rally was organized under the banner "Humans in the Loop," a campaign backed by the Bay Area Tech Workers Alliance, a labor group that has been trying to organize contract workers at several AI companies in San Francisco.

Quillon, which has about 900 full-time employees and was valued at $11 billion in its most recent funding round, said in a statement that the contracts were managed by outside vendors and that "all affected workers received notice consistent with their agreements."

"As our products mature, the mix of work we need changes," the statement said. "We are grateful to the many people who have contributed to our data programs."

A Quillon spokesman declined to say how many contractors the company still works with or whether it planned further reductions.

Supervisor Kevin Tran, whose district includes Mission Bay, spoke briefly at the rally and said he would ask the city's Office of Labor Standards Enforcement to look into how AI companies classify data workers.

"San Francisco has welcomed this industry with open arms," Tran told the crowd. "In return, we expect these companies to treat the people who make their products possible with basic dignity."

Labor experts say the dispute reflects a broader tension in the AI industry. Companies rely heavily on human workers - many of them contractors, often overseas - to label data and evaluate model outputs, but those jobs are among the first that the companies try to automate.

"This is the part of the AI economy that nobody sees," said Ruth Adebayo, a professor of labor studies at San Francisco State University. "These workers are essential right up until the moment they're not."

Organizers said they planned to return to Mission Bay next week and to deliver a petition to Quillon's leadership.""",
        [
            ("For two years I sat", "Andrea Fuentes"),
            ("Then one morning I got", "Andrea Fuentes"),
            ("I'm not against the technology.", "Andrea Fuentes"),
            ("all affected workers received notice", "Quillon AI"),
            ("As our products mature, the", "Quillon AI"),
            ("We are grateful to the", "Quillon AI"),
            ("San Francisco has welcomed this", "Kevin Tran"),
            ("In return, we expect these", "Kevin Tran"),
            ("This is the part of", "Ruth Adebayo"),
            ("These workers are essential right", "Ruth Adebayo"),
        ],
    ),
    (
        """Northbeam shares tumble 14% after software maker cuts guidance, announces 8% workforce reduction

Published Wed, Oct 29 2025 4:47 PM EDT
Ari Levinson

Shares of Northbeam Software fell as much as 14% in extended trading Wednesday after the Seattle-based company lowered its full-year revenue forecast and said it would cut about 8% of its workforce.

Revenue grew 11% year over year to $612 million in the third quarter, short of the $628 million average analyst estimate, according to LSEG. Adjusted earnings of 41 cents per share also missed the 44-cent consensus.

Northbeam now expects full-year revenue of $2.41 billion to $2.43 billion, down from its earlier forecast of $2.47 billion to $2.5 billion.

On a call with analysts, CEO Helena Strand blamed longer sales cycles and said customers were shifting budgets toward artificial intelligence projects. "Customers are telling us very clearly that every incremental dollar is going to AI right now," Strand said. "Our job is to make sure Northbeam is where those dollars land."

The layoffs, which will affect about 650 employees, will mostly hit the company's sales and marketing organization and will be completed by the end of the year, the company said. Northbeam expects to record charges of about $40 million related to the restructuring, mostly in the fourth quarter.

Finance chief Raj Malhotra told analysts the company would reinvest some of the savings in its AI assistant product, Beacon, which he said had been adopted by about 1,800 customers since its launch in June.

"We are being disciplined," Malhotra said. "We're taking cost out where growth has slowed, and putting it where we see real demand."

Several analysts on the call pressed executives on whether AI tools from larger platforms could eat into Northbeam's core workflow business. Strand acknowledged that competition had intensified but said Northbeam's deep integration with customers' data was difficult to replicate.

"I'd push back on the idea that this is a zero-sum game," she said. "The more AI our customers deploy, the more they need a system that tells them what is actually happening in their business."

Analysts at Kessler & Wynn downgraded the stock to neutral from buy after the report, writing in a note to clients that the guidance cut "calls into question the durability of the growth story" at least through the first half of next year.

Northbeam, which went public in 2019, had gained about 22% this year before Wednesday's report, outperforming a broad index of cloud software stocks. The company last cut jobs in early 2023, when it laid off about 5% of its staff.

The company will hold its annual investor day in December, when executives are expected to lay out longer-term targets.""",
        [
            ("Customers are telling us very", "Helena Strand"),
            ("Our job is to make", "Helena Strand"),
            ("We are being disciplined,", "Raj Malhotra"),
            ("We're taking cost out where", "Raj Malhotra"),
            ("I'd push back on the", "Helena Strand"),
            ("The more AI our customers", "Helena Strand"),
            ("calls into question the durability", "Kessler & Wynn"),
        ],
    ),
    (
        """Washington lawmakers weigh AI disclosure rules as tech industry pushes back

By Grant Holloway
Seattle Times staff reporter

OLYMPIA — A bill that would require companies to tell Washington residents when they are interacting with an artificial intelligence system drew a packed hearing room Thursday, with tech industry representatives warning it could drive startups out of the state.

House Bill 1427, sponsored by Rep. Marisa Delgado, D-Bellevue, would require businesses to clearly disclose the use of AI chatbots in customer service and to notify job applicants when automated tools are used to screen résumés. Violations could be enforced by the state attorney general’s office under the Consumer Protection Act.

“People have a right to know whether they’re talking to a person or a machine,” Delgado told the House Technology, Economic Development and Veterans Committee. “That’s not a radical idea. It’s basic honesty.”

Delgado said she drafted the bill after hearing from constituents who had spent hours trying to resolve insurance and banking problems with chatbots that, as one constituent put it in an email to her office, “pretended to be a nice lady named Karen.”

Representatives of several technology trade groups testified against the bill as written. Colin Marsh, vice president of public policy at the Cascadia Technology Council, which represents more than 200 tech companies in the state, said the disclosure requirements were vague and could expose small companies to costly lawsuits.

“Large companies have compliance departments. A 12-person startup in Fremont does not,” Marsh said. “We support transparency, but this bill would make Washington one of the most difficult places in the country to build an AI product.”

Several founders echoed that concern. Nadia Iqbal, chief executive of Seattle-based Ferncroft Labs, which makes AI scheduling software for medical clinics, said her company’s investors had already asked whether it would consider moving to Texas or Nevada if the bill passed.

“I don’t want to leave. My whole team is here,” Iqbal said. “But I have to be honest with this committee about the conversations I’m having.”

Supporters included consumer advocates and the Washington State Labor Council. Luis Ortega, a policy analyst for the labor council, said the hiring provisions were especially important as more employers turn to automated screening, which he called “a black box that workers can’t see into or appeal.”

The committee’s ranking Republican, Rep. Dale Hendricks of Moses Lake, said he shared some of Delgado’s concerns but worried about the state getting ahead of federal rules.

“I’d rather we not have 50 different versions of this,” Hendricks said.

The committee is scheduled to vote on the bill next week. Delgado said she was open to amendments, including a possible exemption for companies with fewer than 25 employees, but would not “water this down until it means nothing.”

Grant Holloway: gholloway@seattletimes.com""",
        [
            ("People have a right to", "Marisa Delgado"),
            ("That’s not a radical idea.", "Marisa Delgado"),
            ("pretended to be a nice", "constituent"),
            ("Large companies have compliance departments.", "Colin Marsh"),
            ("We support transparency, but this", "Colin Marsh"),
            ("I don’t want to leave.", "Nadia Iqbal"),
            ("But I have to be", "Nadia Iqbal"),
            ("a black box that workers", "Luis Ortega"),
            ("I’d rather we not have", "Dale Hendricks"),
            ("water this down until it", "Marisa Delgado"),
        ],
    ),
]
