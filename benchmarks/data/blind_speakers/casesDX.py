CASES = [
    (
        """Ledgerline raises $42M Series B to bring AI bookkeeping to mid-market companies

Marisol Ortega

Ledgerline, a San Francisco-based startup that automates accounts payable for mid-sized companies, has raised $42 million in a Series B round led by Halyard Ventures, the company told TechCrunch exclusively.

Existing investors Brightwater Capital and Osgood Partners also participated, bringing Ledgerline’s total funding to $61 million. The company declined to disclose its valuation, but a person familiar with the deal said it was “comfortably north of $300 million.”

Founded in 2021 by former payments engineer Priya Raman and Tomás Aldana, who previously ran finance operations at a freight logistics company, Ledgerline sells software that reads incoming invoices, matches them against purchase orders and schedules payments. Raman said the idea came from watching Aldana’s team key in invoices by hand.

“We had a finance team of twelve people, and eight of them were basically doing data entry,” Aldana said in an interview. “Everyone knew it was broken. Nobody had built something that a 500-person company could switch on in a week.”

The startup says it now processes more than $2 billion in payments annually for about 900 customers, up from 250 a year ago. Annual recurring revenue has roughly tripled over the same period, Raman said, though she declined to give a figure.

The new money will go toward hiring — Ledgerline plans to grow from 85 employees to around 140 by the end of next year — and toward expanding into procurement and expense management, areas where it will run up against much larger and better-funded players.

Raman is not worried about the competition. “The big suites are built for the Fortune 500, and the corporate card companies started from spend,” she said. “We started from the invoice, which is where the mess actually is.”

Halyard partner Gregory Fitch, who will join Ledgerline’s board, said the firm had tracked the company since its seed round. “What stood out was retention,” Fitch said. “Customers who come on for accounts payable tend to stay and keep adding modules. That’s the pattern you want to see before you put real money behind a team.”

The round comes as investors remain choosy about fintech deals. Venture funding for the category fell by roughly a third last year, according to data from market research firm Carta Ridge, although AI-driven back-office tools have proved an exception.

Fitch acknowledged the market had been “brutal for a lot of fintech companies that grew on cheap capital,” but said Ledgerline had been disciplined, burning far less cash than most of its peers.

Ledgerline also plans to launch a version of its product for accounting firms early next year, allowing them to manage payables for multiple clients from a single dashboard. Aldana called it “the obvious next step.”""",
        [
            ("comfortably north of $300 million.", "person familiar with the deal"),
            ("We had a finance team", "Tomás Aldana"),
            ("Everyone knew it was broken.", "Tomás Aldana"),
            ("The big suites are built", "Priya Raman"),
            ("We started from the invoice,", "Priya Raman"),
            ("What stood out was retention,", "Gregory Fitch"),
            ("Customers who come on for", "Gregory Fitch"),
            ("brutal for a lot of", "Gregory Fitch"),
            ("the obvious next step.", "Tomás Aldana"),
        ],
    ),
    (
        """Munich drone startup Aerolith raises €65m as defence investors circle

The company says it will stay focused on civilian infrastructure — for now

By Clara Wendt

Aerolith, a Munich-based startup building autonomous drones for inspecting power lines and wind turbines, has raised a €65m Series B round led by Stockholm-based Nordvik Capital.

Existing backers Isar Growth Partners and Vireo Ventures also joined the round, which brings the company’s total funding to just over €90m.

The raise comes as European investors pour money into dual-use and defence technology, a category many generalist VCs avoided until recently. Aerolith’s cofounder and CEO Johanna Keller says the company has fielded “a lot of inbound” from defence ministries over the past 18 months — but insists its focus remains on civilian customers.

“We are an infrastructure company,” Keller tells Sifted. “Our customers are grid operators and utilities, and that is where the revenue is today. We’re not going to pretend otherwise just because defence is fashionable.”

She doesn’t rule out military contracts entirely, though. “If a NATO government wants to buy inspection capability for its own infrastructure, that is a conversation we would have,” she adds. “Weapons are a different story, and that is a line we have drawn.”

Founded in 2020 by Keller and CTO Lukas Brandstätter, both alumni of the Technical University of Munich, Aerolith says its drones can fly beyond visual line of sight and inspect up to 40km of high-voltage line a day, compared with a few kilometres for a ground crew. The startup now works with 14 utilities across Germany, Austria and the Nordics, and says revenue grew 170% last year.

Nordvik partner Erik Lindqvist says the firm was drawn by Aerolith’s regulatory head start. The company was among the first in Germany to secure a so-called “light UAS operator certificate”, which allows it to approve its own flights without case-by-case sign-off from the aviation authority.

“Regulation is the moat in this market,” Lindqvist says. “Anyone can build a decent drone now. Very few teams have done the slow, boring work of getting permission to fly it where customers actually need it.”

The funding will be used to open offices in Oslo and Madrid and to double the engineering team to around 120 people. Keller says the company is also developing thermal-imaging software to detect faults in solar farms, which it expects to launch next spring.

Not everyone is convinced the market is as large as investors hope. One Berlin-based deep tech investor, who asked not to be named because they had looked at the deal, said utilities were “notoriously slow buyers” and that drone inspection companies had “struggled to get beyond pilot projects” in the past.

Keller says that is changing. “Five years ago a utility would run a pilot and then go quiet for a year,” she says. “Now grid operators are under enormous pressure to expand capacity, and they simply don’t have enough people to inspect what they already have.”""",
        [
            ("a lot of inbound", "Johanna Keller"),
            ("We are an infrastructure company,", "Johanna Keller"),
            ("Our customers are grid operators", "Johanna Keller"),
            ("If a NATO government wants", "Johanna Keller"),
            ("Weapons are a different story,", "Johanna Keller"),
            ("Regulation is the moat in", "Erik Lindqvist"),
            ("Anyone can build a decent", "Erik Lindqvist"),
            ("notoriously slow buyers", "Berlin-based deep tech investor"),
            ("struggled to get beyond pilot", "Berlin-based deep tech investor"),
            ("Five years ago a utility", "Johanna Keller"),
            ("Now grid operators are under", "Johanna Keller"),
        ],
    ),
    (
        """Lumen’s $399 smart glasses put an AI assistant on your face — without a camera

The startup says leaving out the camera was a privacy decision, not a cost-cutting one

By Jordan Pike

Lumen, a Seattle startup founded by former Amazon hardware engineers, is launching its first pair of smart glasses today. The Lumen One costs $399, weighs 41 grams, and — unlike Meta’s Ray-Bans and most of its competitors — has no camera at all.

Instead, the glasses rely on a pair of microphones and tiny open-ear speakers to connect wearers to a voice assistant that can answer questions, read out messages, and take notes during meetings.

“We talked to hundreds of people who liked the idea of smart glasses and hated the idea of being recorded by a stranger on the bus,” Lumen CEO Nadia Farouk told The Verge ahead of the launch. “So we took the camera out. It was the single biggest decision we made.”

Farouk, who spent seven years working on Echo devices at Amazon, insists the choice wasn’t driven by cost. “A camera module is not the expensive part,” she said. “The expensive part is everything you have to build around it to make people trust it, and we didn’t think the industry had solved that.”

In a blog post published this morning, the company described the One as “glasses first, gadget second,” and said it had worked with an optical manufacturer in Italy to make frames that accept prescription lenses. Lumen claims about 14 hours of battery life with typical use.

I wore a pair for about an hour at a demo in New York last week. They look almost indistinguishable from ordinary thick-rimmed frames, and the assistant was quick to respond, though it misheard a question about train times twice. The audio is surprisingly clear, but anyone sitting close to you in a quiet room will hear a faint murmur.

The assistant runs on a mix of on-device processing and cloud models. Lumen says voice recordings are deleted after they are transcribed unless a user opts in to keep them. A Lumen spokesperson said the company does not use customer audio to train its models and “has no plans to.”

Lumen has raised $28 million to date from investors including Cascade Hill Ventures and Parallax Fund, according to regulatory filings. That is a modest war chest in a category where Meta, Google, and Samsung are all spending heavily.

Ben Adeyemi, an analyst at research firm Northfield Insights, said the camera-free approach could help Lumen stand out but might also limit it. “Visual AI is where a lot of the most compelling features are going — translating a menu, identifying a plant, that kind of thing,” he said. “Lumen is betting that enough people will trade that away for peace of mind. It’s a real bet.”

The Lumen One is available to order from today in the US, with shipping expected to begin in early November.""",
        [
            ("We talked to hundreds of", "Nadia Farouk"),
            ("So we took the camera", "Nadia Farouk"),
            ("A camera module is not", "Nadia Farouk"),
            ("The expensive part is everything", "Nadia Farouk"),
            ("glasses first, gadget second,", "Lumen"),
            ("has no plans to.", "spokesperson"),
            ("Visual AI is where a", "Ben Adeyemi"),
            ("Lumen is betting that enough", "Ben Adeyemi"),
        ],
    ),
    (
        """Paygrove chief says job cuts ‘painful but necessary’ after down round

London-based payments start-up sheds a fifth of staff as valuation falls by more than half

Harriet Lowe in London

Paygrove, the London-based payments start-up once valued at $1.4bn, is cutting about a fifth of its workforce after raising new money at a valuation less than half that of its previous round.

The company told staff on Tuesday that roughly 130 roles would go, mostly in sales and marketing in the UK and Spain, according to an internal memo seen by the Financial Times. The cuts follow a $60mn funding round led by existing investor Corran Capital that valued Paygrove at about $600mn, according to two people familiar with the matter.

Oliver Prentice, Paygrove’s co-founder and chief executive, wrote in the memo that the company had “hired ahead of demand” during 2021 and 2022 and now needed to “match our cost base to the business we actually have”.

“These decisions are painful but necessary, and I take full responsibility for them,” Prentice wrote. “The people leaving have built a great deal of what Paygrove is today.”

In an interview, Prentice said the company was on course to reach profitability by the end of next year and that revenue had grown 45 per cent in the past 12 months. “The business is healthy,” he said. “What was unhealthy was the valuation we raised at in 2021, and everyone in this industry knows that.”

Paygrove, which provides payment processing and invoicing tools to small online retailers, was one of a wave of European fintechs that raised large rounds during the pandemic-era boom in tech valuations. Many have since been forced to accept so-called down rounds as investors have become more cautious.

One person close to the company said the new round had been “extremely difficult” to close, with several investors pulling out late in the process. Another said some early employees had seen the value of their share options wiped out.

Corran Capital said in a statement that it remained “fully committed to Paygrove’s long-term success” and that the new funding gave the company “a clear runway to profitability”.

Sophie Marchetti, a partner at fintech-focused venture firm Keyline, which is not an investor in Paygrove, said down rounds were becoming a “rite of passage” for companies that raised at the top of the market. “It is not the end of the world, but it does change the mood inside a company,” she said. “Staff who joined for the equity story start asking hard questions.”

Paygrove’s cuts come weeks after rival Tillpoint laid off 15 per cent of its workforce. The Financial Conduct Authority declined to comment.""",
        [
            ("painful but necessary", "Oliver Prentice"),
            ("hired ahead of demand", "Oliver Prentice"),
            ("match our cost base to", "Oliver Prentice"),
            ("These decisions are painful but", "Oliver Prentice"),
            ("The people leaving have built", "Oliver Prentice"),
            ("The business is healthy,", "Oliver Prentice"),
            ("What was unhealthy was the", "Oliver Prentice"),
            ("extremely difficult", "person close to the company"),
            ("fully committed to Paygrove’s long-term", "Corran Capital"),
            ("a clear runway to profitability", "Corran Capital"),
            ("rite of passage", "Sophie Marchetti"),
            ("It is not the end", "Sophie Marchetti"),
            ("Staff who joined for the", "Sophie Marchetti"),
        ],
    ),
    (
        """Austin startup Tallgrass Robotics raises $18M to put autonomous mowers on solar farms

BY KEVIN MARSH

AUSTIN -- Tallgrass Robotics, a two-year-old startup that builds self-driving mowers for utility-scale solar farms, has raised $18 million in a Series A round led by Redbud Ventures.

The round also included Caprock Ventures and Sunpath Energy, one of Tallgrass' early customers. The company has now raised about $24 million in total.

Vegetation management is one of the largest ongoing costs of running a solar farm. Grass and weeds that grow too tall can shade panels and create fire risk, and many sites still rely on crews with string trimmers or, in some cases, flocks of sheep.

CEO and co-founder Marcus Delgado grew up on a cattle ranch near San Angelo and later worked on perception software at an autonomous trucking company. He put it bluntly: "Nobody wants to spend August in West Texas weed-whacking around ten thousand solar panels, and honestly, nobody should have to."

Tallgrass' electric mowers navigate between panel rows using GPS and lidar, and can run for about 10 hours on a charge. A single operator can supervise up to 15 machines from a tablet. The company charges sites a per-acre subscription fee that covers the hardware, maintenance and software.

Delgado said the business model was deliberate.

"Solar operators don't want to own robots," he said. "They want the grass cut. If we sell them a machine, the moment something breaks it becomes their problem, and that's not a good experience for anybody.

"So we own the fleet, we maintain it, and they pay us for an outcome. It also means we get a huge amount of data about how the machines perform in the real world, which makes the product better every month."

Tallgrass says its mowers are now operating on 31 sites across Texas, Oklahoma and New Mexico, covering more than 9,000 acres. The company has 46 employees and plans to hire about 30 more, mostly field technicians and engineers, by the end of next year.

Redbud managing partner Alicia Tran said the firm had been "looking for picks-and-shovels bets in the energy transition." "There's an enormous amount of capital going into building solar, and much less attention on what it costs to operate those assets for 30 years," Tran said in a statement. "Tallgrass is attacking a problem every operator has."

Not all solar operators are ready to hand the job to robots. A site manager at a solar farm in the Texas Panhandle, who was not authorized to speak publicly, said his company had tested several autonomous mowers and found that they "got stuck a lot" on uneven ground after heavy rain.

Delgado acknowledged that early versions of the product had trouble in mud. "Our first-generation machines definitely spent some time stuck," he said, laughing. "We rebuilt the drivetrain last year. It's a different robot now."

The company plans to expand into California and Arizona next year.""",
        [
            ("Nobody wants to spend August", "Marcus Delgado"),
            ("Solar operators don't want to", "Marcus Delgado"),
            ("They want the grass cut.", "Marcus Delgado"),
            ("So we own the fleet,", "Marcus Delgado"),
            ("looking for picks-and-shovels bets", "Alicia Tran"),
            ("There's an enormous amount of", "Alicia Tran"),
            ("Tallgrass is attacking a problem", "Alicia Tran"),
            ("got stuck a lot", "site manager at a solar farm in the Texas Panhandle"),
            ("Our first-generation machines definitely", "Marcus Delgado"),
            ("We rebuilt the drivetrain last", "Marcus Delgado"),
        ],
    ),
    (
        """Bristol start-up behind budgeting app Pennywise secures £12million as users top one million

By Rachel Hurst For This Is Money

A Bristol-based fintech behind a budgeting app that rounds up spending into savings has raised £12million from investors as it looks to take on the big banks.

Pennywise, founded in 2019 by former high street bank analyst Daniel Okafor and software developer Emma Rowntree, said the funding round was led by London venture firm Harbourline Capital, with backing from a group of angel investors including former building society executive Graham Sturridge.

The app, which links to users' existing bank accounts, now has more than one million registered users, up from 400,000 at the start of last year.

Okafor said the firm had grown largely through word of mouth as households looked for ways to manage their money during the cost of living crisis.

'People were desperate for something that told them, honestly and simply, where their money was going each month,' he said. 'Most banking apps will show you a list of transactions. That's not the same as helping you understand them.'

Pennywise makes money through a £3.99-a-month premium subscription that offers features such as bill reminders and a 'spending forecast', as well as fees from partners when customers switch energy or broadband providers through the app.

The firm said it would use the cash to launch a savings account later this year in partnership with a regulated bank, and to double its headcount in Bristol to around 90.

Rowntree, who is chief technology officer, added: 'We've always said we wanted to build this outside London. There's brilliant talent in the South West, and frankly it's a lot cheaper to hire here.'

Harbourline partner Anjali Mehta said: 'Pennywise has built a loyal customer base without spending a fortune on marketing, which is rare in consumer fintech. We think there's a big opportunity to help people not just track their money but grow it.'

However, consumer groups have warned that budgeting apps are no substitute for proper advice. A spokesman for debt charity StepUp Money said: 'Apps can be a useful tool, but anyone who is struggling to keep up with bills should speak to a free debt adviser as early as possible.'

Okafor said the app already points users towards free debt advice if it detects signs they may be falling behind on payments, such as missed direct debits.

'We're not trying to replace advisers,' he said. 'But if we can catch someone three months earlier than they would otherwise have asked for help, that's a good outcome.'

The fundraising comes amid a tough climate for British fintechs, with investment in the sector falling 18 per cent last year, according to figures from trade body the Fintech Growth Alliance.""",
        [
            ("People were desperate for something", "Daniel Okafor"),
            ("Most banking apps will show", "Daniel Okafor"),
            ("We've always said we wanted", "Emma Rowntree"),
            ("Pennywise has built a loyal", "Anjali Mehta"),
            ("Apps can be a useful", "spokesman"),
            ("We're not trying to replace", "Daniel Okafor"),
            ("But if we can catch", "Daniel Okafor"),
        ],
    ),
    (
        """Copenhagen-based Vintra Health secures €22 million to tackle hospital staffing shortages with AI scheduling

Copenhagen-based Vintra Health, a startup developing AI-powered workforce planning software for hospitals, has raised €22 million in a Series A round led by Amsterdam's Polder Ventures. Existing investors Fjord Seed and Helix Angels also participated.

According to the company, the fresh capital will be used to expand into Germany and the Netherlands, strengthen its product and grow the team from 40 to around 75 employees by the end of next year.

Founded in 2021 by Mette Lauridsen, a former intensive care nurse, and data scientist Anders Holm, Vintra Health builds software that predicts patient demand and creates rosters for nurses and doctors. The platform takes into account staff preferences, skills, labour rules and historical admissions data, and the company says it can cut the time managers spend on scheduling by up to 70%.

"I spent ten years working night shifts, and I saw how much damage bad scheduling does," said Mette Lauridsen, co-founder and CEO of Vintra Health. "Nurses were being called in on their days off, wards were understaffed on the busiest nights, and managers were spending whole weekends on spreadsheets. Burnout isn't just about workload – it's about unpredictability."

Europe faces a shortage of well over a million doctors, nurses and midwives, according to estimates cited by the company, and hospitals across the continent are struggling to retain staff. Vintra Health says its software is currently used by 23 hospitals in Denmark, Sweden and Norway, including several large regional hospital systems.

Giving staff more control over their shifts has had a measurable impact, Lauridsen added: in one pilot at a hospital in Aarhus, sick leave among nursing staff fell by 14% over twelve months, the company said.

Joost van der Berg, Partner at Polder Ventures, commented: "Healthcare workforce planning is a massive, underserved market. Most hospitals still rely on legacy tools or Excel. Vintra Health combines deep clinical understanding with strong technology, and the results they have achieved in the Nordics speak for themselves."

"We're thrilled to continue backing Mette and Anders as they take Vintra Health beyond the Nordics," added Sofie Dahl, Founding Partner at Fjord Seed.

Alongside the funding, the company also announced the launch of "Vintra Shift", a mobile app that allows hospital staff to swap shifts, flag availability and receive roster updates in real time. According to Anders Holm, CTO and co-founder, the app was built "together with the nurses who use it every day".

"Every feature in Shift started as a complaint from someone on a ward," Holm said. "Our job is to listen and then make the boring parts of work disappear."

Vintra Health previously raised a €4 million seed round in 2022.""",
        [
            ("I spent ten years working", "Mette Lauridsen"),
            ("Nurses were being called in", "Mette Lauridsen"),
            ("Healthcare workforce planning is a", "Joost van der Berg"),
            ("We're thrilled to continue backing", "Sofie Dahl"),
            ("together with the nurses who", "Anders Holm"),
            ("Every feature in Shift started", "Anders Holm"),
            ("Our job is to listen", "Anders Holm"),
        ],
    ),
    (
        """French AI start-up Corvane unveils new model, eyes funding at $4 billion valuation - sources

By Julien Marceau and Anna Kessler

PARIS, Oct 14 (Reuters) - French artificial intelligence start-up Corvane launched its latest large language model on Tuesday and is in talks to raise new funding that would value it at about $4 billion, two people familiar with the matter said.

The Paris-based company, founded two years ago by former researchers from Google and a French public research laboratory, unveiled Corvane 3, a model it said matches leading U.S. systems on several reasoning benchmarks while costing less to run.

"We have shown that you do not need to spend tens of billions of dollars to build a frontier-class model," Chief Executive Theo Marchand told reporters at the launch event in Paris. "Efficiency is now a competitive advantage, not a compromise."

Marchand declined to comment on fundraising. The company is seeking to raise around $500 million in a round that could be led by U.S. investment firm Granite Peak Partners, one of the sources said, adding that talks were ongoing and terms could still change. The second source said several Gulf sovereign funds had also been approached.

Granite Peak did not respond to a request for comment. A Corvane spokeswoman said the company "does not comment on market rumours."

Corvane last raised money in March, when it secured 380 million euros ($415 million) at a valuation of about $1.6 billion. Its backers include French telecoms group Orvea and several European venture funds.

The company has positioned itself as a European alternative to U.S. AI labs, pitching its models to businesses and public administrations concerned about data sovereignty. Marchand said on Tuesday that Corvane now has more than 600 corporate customers, up from around 150 at the start of the year, and that roughly half were outside France.

France's minister for digital affairs, Claire Fontenay, who attended the launch, said the government wanted to see "more European champions of this size" and that public procurement would play a role.

"We cannot be only consumers of technology designed elsewhere," Fontenay told reporters. "When the state buys AI, it should be able to buy European AI if it performs as well."

Some analysts remain cautious about the economics of model developers, whose computing bills have soared. "The revenue growth is real, but so are the costs," said Hanna Vogel, an analyst at Frankfurt-based research firm Meridian Equity. "Investors are paying for the possibility that Corvane becomes one of three or four global platforms. That's far from guaranteed."

Corvane said Corvane 3 would be available to business customers through its own platform and through major cloud providers from next month.

($1 = 0.9157 euros)

(Reporting by Julien Marceau in Paris and Anna Kessler in Berlin; Editing by Mark Potter)""",
        [
            ("We have shown that you", "Theo Marchand"),
            ("Efficiency is now a competitive", "Theo Marchand"),
            ("does not comment on market", "spokeswoman"),
            ("more European champions of this", "Claire Fontenay"),
            ("We cannot be only consumers", "Claire Fontenay"),
            ("When the state buys AI,", "Claire Fontenay"),
            ("The revenue growth is real,", "Hanna Vogel"),
            ("Investors are paying for the", "Hanna Vogel"),
        ],
    ),
]
