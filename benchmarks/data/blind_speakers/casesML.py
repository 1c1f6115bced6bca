CASES = [
    (
        """Cascadia Data Systems to cut 1,400 jobs as it shifts spending to AI

By Priya Raman

SEATTLE, March 4 (Reuters) - Cascadia Data Systems said on Tuesday it would cut about 1,400 jobs, or roughly 9% of its workforce, as the Seattle-based cloud software maker moves investment toward artificial intelligence products and away from its older database business.

The cuts, disclosed in a regulatory filing and in an email to staff from Chief Executive Martin Okafor, will fall mostly on sales and customer support teams in the United States and Europe, the company said.

"These are hard decisions, and they affect people who have built this company," Okafor wrote in the email, which was seen by Reuters. "But the way our customers buy software is changing faster than we planned for, and we have to change with it."

Cascadia expects to record restructuring charges of $85 million to $110 million, mostly in its fiscal first quarter, for severance and related costs, according to the filing with the U.S. Securities and Exchange Commission.

Shares of the company rose 3.2% in extended trading after closing at $61.45.

The layoffs are Cascadia's second round of cuts in 14 months. Technology companies in Seattle and the San Francisco Bay Area have been trimming headcount even as they pour billions of dollars into data centers and the specialized chips needed to run AI models.

Okafor told analysts in February that Tern, the company's AI assistant for database administrators, had signed up about 2,000 paying customers since its launch in October. "We are seeing real pull from customers, not just curiosity," he said at the time.

"Investors have been waiting for Cascadia to show it can protect margins while it builds out AI," said Dana Whitfield, an analyst at Harbor Point Securities. "This tells them management is willing to make that trade."

Whitfield said the legacy database unit, which still accounts for about 40% of revenue, had been "essentially flat for two years" and was unlikely to return to meaningful growth without a new product cycle.

Washington state's Employment Security Department received a notice covering 380 workers at the company's offices in Seattle and Bellevue, a spokesperson for the agency said.

A Cascadia spokesperson declined to comment beyond the filing.

The company, which had about 15,500 employees at the end of its last fiscal year, is scheduled to report first-quarter results on April 24.

(Reporting by Priya Raman in Seattle; Editing by Mark Potter)""",
        [
            ("These are hard decisions, and", "Martin Okafor"),
            ("But the way our customers", "Martin Okafor"),
            ("We are seeing real pull", "Martin Okafor"),
            ("Investors have been waiting for", "Dana Whitfield"),
            ("This tells them management is", "Dana Whitfield"),
            ("essentially flat for two years", "Dana Whitfield"),
        ],
    ),
    (
        """Lumen Loop's $299 smart ring wants to replace your smartwatch, no subscription required

Jordan Ellery

Lumen Loop, a Palo Alto startup that has spent the last three years quietly building health sensors, is finally showing off its first product: a $299 titanium ring that tracks sleep, heart rate and blood oxygen, and that the company claims can flag the early signs of a fever a day before you feel sick.

The ring, called Halo, goes on sale today in the U.S. through the company's website, with shipments starting in May. Unlike several rivals, Lumen Loop is not charging a monthly subscription for access to health data.

"We hated the idea of selling someone a piece of hardware and then holding their own data hostage for $6 a month," co-founder and CEO Maya Lindqvist told TechCrunch in an interview ahead of the launch. "If you bought the ring, you own the ring, and you own what it knows about you."

Lindqvist and her co-founder, CTO Raj Bhatt, previously worked on sensor teams at Orchard Devices, the Cupertino hardware maker. They left in 2021 to start Lumen Loop, which has raised $42 million to date, including a $30 million Series B led by Menlo Park-based Westerly Ventures that closed last fall.

The hardest part, Bhatt said, was fitting a temperature sensor accurate to a tenth of a degree into a band less than 3 millimeters thick. The team went through "something like 60 prototypes" before landing on the final design, he said.

"Battery was the other monster," Bhatt said. "Everybody wants seven days, nobody wants a bigger ring."

The company says Halo gets about six days on a charge, and a full recharge takes roughly 80 minutes.

Smart rings have become one of the few bright spots in consumer wearables, and Lumen Loop is going up against far larger, better-funded companies with established retail partnerships. Westerly partner Elena Vasquez said that was part of the appeal.

"The category is proven now," she said. "What isn't proven is that anyone can do it without a subscription and still build a real business. Maya and Raj think they can, and so do we."

Lumen Loop plans to make money through hardware margins and, eventually, partnerships with health insurers and employers, though Lindqvist declined to name any. The company does not sell user data, she said. The ring's fever-detection feature has not been cleared by the Food and Drug Administration, and Lumen Loop describes it in its app as "a wellness insight, not a diagnosis."

The startup employs 38 people, most of them at its office near Stanford Research Park. Lindqvist said it will likely hire "a couple dozen" more this year, mainly in customer support and manufacturing.""",
        [
            ("We hated the idea of", "Maya Lindqvist"),
            ("If you bought the ring,", "Maya Lindqvist"),
            ("something like 60 prototypes", "Raj Bhatt"),
            ("Battery was the other monster,", "Raj Bhatt"),
            ("Everybody wants seven days, nobody", "Raj Bhatt"),
            ("The category is proven now,", "Elena Vasquez"),
            ("What isn't proven is that", "Elena Vasquez"),
            ("a wellness insight, not a", "Lumen Loop"),
            ("a couple dozen", "Maya Lindqvist"),
        ],
    ),
    (
        """Redmond Game Studio Sued by Ex-Workers Over Unpaid Overtime During Crunch

By Thomas Greer

(Bloomberg) -- Former employees of Stonebridge Interactive, the Redmond, Washington-based video game developer, sued the company, alleging it failed to pay overtime to hundreds of testers and junior designers who worked 70-hour weeks before the release of its best-selling fantasy title.

The proposed class action, filed Monday in King County Superior Court, claims Stonebridge misclassified quality-assurance staff as salaried employees exempt from overtime under Washington law. The suit seeks back pay, double damages for willful violations and penalties on behalf of as many as 400 current and former workers.

"These were people who loved games and were told that unpaid weekends were the price of admission," said Lauren Feld, a partner at Seattle law firm Feld Ostrander, which represents the plaintiffs. "Washington law says otherwise."

The lead plaintiff, Aaron Mbeki, worked as a tester at Stonebridge from 2020 to 2023 and regularly logged more than 60 hours a week without overtime pay in the months before launch, according to the complaint. Managers tracked the hours in an internal spreadsheet but never submitted them to payroll, the suit alleges.

Stonebridge, which is owned by Los Angeles-based publisher Northgate Entertainment Group, said in an emailed statement that it "strongly disagrees" with the allegations and will defend itself in court.

"We are proud of the culture our teams have built, and we have always complied with wage and hour laws," the company said.

The video game industry has faced years of scrutiny over "crunch," the practice of requiring extended overtime in the run-up to a release. Washington, home to dozens of studios clustered around Seattle and its eastern suburbs, has some of the country's strictest rules on who can be treated as exempt from overtime, and the salary threshold has risen steadily since 2020.

Mbeki said in an interview that he and colleagues sometimes slept in the office during the final weeks before release. "Nobody told us we could say no," he said. "If you left at six, your name came up in the meeting the next morning."

A spokesperson for Northgate declined to comment.

"Misclassification cases like this tend to settle," said Howard Kim, who teaches employment law at Salish Sound University in Tacoma and isn't involved in the litigation. "The question is whether the company wants a court looking at how those hours were tracked."

Stonebridge released the game in November 2023, and it sold more than 4 million copies in its first month, according to Northgate. The studio has about 650 employees.

The case is Mbeki v. Stonebridge Interactive LLC, 24-2-05517-1, King County Superior Court (Seattle).""",
        [
            ("These were people who loved", "Lauren Feld"),
            ("Washington law says otherwise.", "Lauren Feld"),
            ("strongly disagrees", "Stonebridge Interactive"),
            ("We are proud of the", "Stonebridge Interactive"),
            ("Nobody told us we could", "Aaron Mbeki"),
            ("If you left at six,", "Aaron Mbeki"),
            ("Misclassification cases like this tend", "Howard Kim"),
            ("The question is whether the", "Howard Kim"),
        ],
    ),
    (
        """Brightwater beats expectations as cloud storage revenue jumps 31%

BY KURT ADLER on February 13, 2025 at 1:45 pm

Bellevue, Wash.-based Brightwater Technologies reported fourth-quarter revenue of $612 million on Thursday, up 24% year-over-year and ahead of analyst estimates of $591 million, as demand for its cloud storage and backup services continued to climb.

The company posted adjusted earnings of 41 cents per share, compared to estimates of 35 cents. Shares rose about 8% in after-hours trading.

Brightwater's cloud segment, which sells storage to mid-size businesses, grew 31% to $388 million. The company also issued full-year guidance above Wall Street's forecasts, projecting revenue of $2.7 billion to $2.75 billion for 2025.

"We closed the year with the strongest quarter in Brightwater's history," CEO Sunita Rao said on a conference call with analysts. "Customers are consolidating vendors, and they are choosing us."

Rao pointed to a new contract with a large West Coast hospital system, which she did not name, as an example of the company winning business from bigger competitors. She said the company's AI-powered search tool for archived files, launched in September, now has "several thousand" paying customers.

CFO Greg Halvorsen said the company will keep investing in data centers in eastern Washington and Oregon, where power is cheaper. Capital expenditures are expected to rise to about $300 million this year, up from $210 million in 2024.

"We're being disciplined, but we're not going to be caught short on capacity," Halvorsen said.

Not everything was rosy. Brightwater's older on-premises hardware business declined 9%, and the company said it would stop selling two legacy product lines by the end of the year. Brightwater also confirmed that it cut about 150 jobs in January, mostly in the hardware division. GeekWire first reported those layoffs last month.

Asked by an analyst whether more layoffs were coming, Rao said the company had "no plans for further reductions at this time."

Mike Tran, an analyst at Kestrel Capital, wrote in a note ahead of the report that Brightwater was "one of the few mid-cap cloud names with a credible path to sustained 20%-plus growth." But he was blunter about the hardware unit.

"The hardware business is a melting ice cube, and everyone knows it," Tran told GeekWire after the call. "The question is how fast cloud can outrun it."

Brightwater now employs about 4,100 people, including roughly 1,800 in the Seattle region. The company moved into a new 12-story headquarters in downtown Bellevue last year, and Rao said it expects to add "a few hundred" engineers in 2025.

Previously: Brightwater lays off 150 in hardware unit as cloud business takes priority""",
        [
            ("We closed the year with", "Sunita Rao"),
            ("Customers are consolidating vendors, and", "Sunita Rao"),
            ("several thousand", "Sunita Rao"),
            ("We're being disciplined, but we're", "Greg Halvorsen"),
            ("no plans for further reductions", "Sunita Rao"),
            ("one of the few mid-cap", "Mike Tran"),
            ("The hardware business is a", "Mike Tran"),
            ("The question is how fast", "Mike Tran"),
            ("a few hundred", "Sunita Rao"),
        ],
    ),
    (
        """Halcyon’s first mixed reality headset costs $1,499 and wants to replace your monitors

The Aura Pro is lighter and cheaper than the competition, but the app store is thin

By Casey Novak

Halcyon Systems is finally getting into mixed reality. At an event at its Sunnyvale, California, campus on Wednesday, the company announced the Aura Pro, a headset that blends passthrough video with virtual displays, for $1,499. It ships on October 18th, with preorders opening today.

That’s less than half the price of the most expensive headsets on the market, and Halcyon is pitching it squarely at people who want a giant virtual monitor for work, not a gaming machine.

“We didn’t build this to replace your console,” Halcyon CEO Adrian Cole said onstage. “We built it to replace the three monitors on your desk.”

The Aura Pro weighs 480 grams, which Halcyon says makes it about 20 percent lighter than its closest competitor, and it uses a tethered battery pack that clips onto a belt. Halcyon claims two and a half hours of battery life. Each eye gets a micro-OLED display, and there are 12 cameras for hand and eye tracking.

I got about 20 minutes with the headset after the keynote, and my first impression is that it’s genuinely comfortable. The strap distributes weight across the back of the head instead of clamping down on your face, and I didn’t walk away with the usual red marks on my cheeks. Text in the virtual windows was crisp enough to read a long email without squinting.

Software is where things get shakier. The Aura Pro runs Tideline, Halcyon’s own operating system, and at launch there are about 150 apps built for it, according to the company, plus the ability to mirror a Mac or Windows laptop.

Priya Desai, Halcyon’s head of platform, told me the company has been working with “a few hundred” developers under NDA for the past year. “The apps you see today are the floor, not the ceiling,” she said. “By the holidays you’re going to see the big productivity names show up.”

She declined to say which ones.

Cole also addressed the elephant in the room: mixed reality has so far failed to take off, and some larger companies have quietly scaled back their own headset plans. “People keep telling me the category is dead,” he said during a small press Q&A after the keynote. “I heard the same thing about tablets.”

Analysts are less sure. Rebecca Thornton, who covers wearables for research firm Lakeshore Insights, said in an email that Halcyon’s aggressive pricing was “necessary but not sufficient.”

“At $1,499, it’s still a second computer for most buyers, and nobody has made the case yet for why you need one strapped to your face,” Thornton wrote.

We’ll have a full review of the Aura Pro closer to launch.""",
        [
            ("We didn’t build this to", "Adrian Cole"),
            ("We built it to replace", "Adrian Cole"),
            ("a few hundred", "Priya Desai"),
            ("The apps you see today", "Priya Desai"),
            ("By the holidays you’re going", "Priya Desai"),
            ("People keep telling me the", "Adrian Cole"),
            ("I heard the same thing", "Adrian Cole"),
            ("necessary but not sufficient.", "Rebecca Thornton"),
            ("At $1,499, it’s still a", "Rebecca Thornton"),
        ],
    ),
    (
        """Vireo Semiconductor's profit more than doubles on AI chip demand, but China rules cloud outlook

By ELLEN MARSH AP Technology Writer

SANTA CLARA, Calif. (AP) — Vireo Semiconductor's quarterly profit more than doubled as technology companies kept snapping up the chips used to train artificial intelligence systems, but the company warned that new export restrictions would weigh on sales in the months ahead.

The Santa Clara, California, company said Wednesday it earned $1.9 billion, or $2.14 per share, in the three months ending in July. That compares with $870 million, or 98 cents per share, a year earlier. Revenue rose 64% to $7.3 billion.

Analysts polled by research firm Ledgerline had expected earnings of $1.97 per share on revenue of $7 billion.

Vireo's data center division, which makes the accelerator chips that power AI chatbots and image generators, posted revenue of $4.8 billion, up 112% from a year ago.

"Demand continues to outstrip our ability to supply," CEO Lawrence Teo said in a statement. "Every major cloud provider is a customer, and every one of them is asking for more."

On a conference call with analysts, Teo said the company's next-generation chip, code-named "Basalt," remains on schedule and will begin shipping in volume early next year.

But Vireo forecast revenue of $7.4 billion to $7.7 billion for the current quarter, below what some analysts had hoped, citing new U.S. rules restricting sales of advanced chips to China. Chief Financial Officer Andrea Novak said China accounted for about 14% of revenue last year and would likely fall to "the low single digits" as a share of sales.

"We are complying fully with the new rules, and we are working with customers on alternative products where we're permitted to," Novak said.

Vireo shares fell 4% in extended trading after closing at $412.30. The stock has nearly doubled this year.

"This is a great quarter with an asterisk," said Jordan Pike, an analyst at Ridgefield Partners. "The asterisk is China, and it isn't going away."

The results come as the biggest technology companies in Silicon Valley and Seattle continue to spend heavily on data centers, even as some have cut jobs in other parts of their businesses to offset the cost. Investors have watched chipmakers' reports closely for any sign that the spending is slowing.

Teo brushed aside those concerns on the call, saying customers had already placed orders "well into next year."

Vireo employs about 31,000 people worldwide. The company said last month it plans to open a new engineering campus in San Jose that will eventually house 4,000 workers.""",
        [
            ("Demand continues to outstrip our", "Lawrence Teo"),
            ("Every major cloud provider is", "Lawrence Teo"),
            ("the low single digits", "Andrea Novak"),
            ("We are complying fully with", "Andrea Novak"),
            ("This is a great quarter", "Jordan Pike"),
            ("The asterisk is China, and", "Jordan Pike"),
            ("well into next year.", "Lawrence Teo"),
        ],
    ),
    (
        """Inside the layoffs at Tessellate: Some managers learned about the cuts just hours before their teams did, insiders say

Nina Caldwell

Tessellate, the San Francisco-based design software company, laid off about 18% of its staff on Thursday, making it the latest Bay Area startup to cut deeply as growth slows and investors push for profitability.

Some managers were told which of their employees would be affected only hours before the cuts were announced, according to three current and former employees who spoke to Business Insider.

In an internal memo viewed by Business Insider, CEO Owen Marchetti told employees the company had "grown faster than our revenue could support" and needed to "get back to being a company that ships."

"I want to be direct: this is my responsibility, not yours," Marchetti wrote. "The people leaving today did excellent work, and I'm sorry."

The memo said affected employees in the US would receive 16 weeks of base pay, plus one additional week for every year of service, along with six months of health coverage.

One engineering manager, who asked not to be named because they were not authorized to speak to the press, said they were told at 7 a.m. on Thursday that four of their nine direct reports were being cut.

"I had to find out on a Zoom call with HR and then act like everything was fine in standup," the manager said.

A product designer who was laid off said access to Slack and email disappeared within minutes of the announcement. "I didn't get to say goodbye to anyone," the designer said. "One minute I was in a design review, the next my laptop was locked."

A Tessellate spokesperson confirmed the layoffs but disputed that managers had been kept in the dark. "Leaders across the company were briefed in advance and given resources to support their teams," the spokesperson said in a statement to Business Insider.

Tessellate was valued at $9.4 billion in a 2022 funding round, but its growth has slowed as customers experiment with cheaper AI-powered design tools. Marchetti has spent the past year repositioning the company around what he calls an "AI-first" workflow, and the memo said the cuts would fall hardest on teams working on older products.

A former senior executive at the company, who left last year and asked not to be identified discussing private matters, said the cuts were "a long time coming."

"The board has been pushing for this since the down-round talks started," the person said. "Owen held out longer than most CEOs would have."

Tessellate had about 2,300 employees before Thursday's cuts, according to LinkedIn data. The company also plans to sublease two floors of its headquarters in the city's South of Market neighborhood.""",
        [
            ("grown faster than our revenue", "Owen Marchetti"),
            ("get back to being a", "Owen Marchetti"),
            ("I want to be direct:", "Owen Marchetti"),
            ("The people leaving today did", "Owen Marchetti"),
            ("I had to find out", "engineering manager"),
            ("I didn't get to say", "product designer who was laid off"),
            ("One minute I was in", "product designer who was laid off"),
            ("Leaders across the company were", "spokesperson"),
            ("a long time coming.", "former senior executive at the company"),
            ("The board has been pushing", "former senior executive at the company"),
            ("Owen held out longer than", "former senior executive at the company"),
        ],
    ),
    (
        """Washington state sues Nestwell over claims smart thermostats harvested user data

Hannah Morrow in San Francisco

Washington state has sued Nestwell, the smart home device maker, accusing the Kirkland-based company of secretly collecting detailed information about customers’ daily routines through its internet-connected thermostats and selling it to advertisers.

The lawsuit, filed in King County Superior Court on Tuesday by the state’s attorney-general, Daniel Ferreira, alleges that Nestwell broke Washington’s consumer protection law and its consumer health data statute by sharing information that could reveal when people were at home, asleep or travelling.

‘Washingtonians bought these devices to save money on their heating bills, not to have their lives turned into a product,’ Ferreira said at a press conference in Seattle. ‘Nestwell knew exactly what it was doing.’

In the complaint, the Washington State Office of the Attorney General said Nestwell had ‘treated its customers’ homes as a data mine’, sharing occupancy information with at least six data brokers between 2021 and 2024 and earning more than $40mn from the arrangements. The office said the company’s privacy policy described the practice in ‘vague and misleading terms’ buried several screens deep in its app.

Nestwell denied wrongdoing. ‘We take our customers’ privacy extremely seriously and we believe this lawsuit misrepresents how our products work,’ the company said in a statement. It added that all data sharing was ‘aggregated, de-identified and disclosed to users’, and that it would ‘vigorously defend’ itself.

Founded in 2012, Nestwell sells about 2mn thermostats a year across North America and has expanded into security cameras and smart locks. Its shares fell 6 per cent in New York on Tuesday. The company cut 8 per cent of its workforce in January, blaming weak demand for home devices.

Nestwell’s chief executive, Sarah Lindgren, told analysts last month that data partnerships were ‘a small but growing’ part of revenue, without giving details.

Privacy lawyers said the case could be an early test of how far state regulators can stretch health privacy rules to cover data that is not obviously medical.

‘This is the first time a state has argued that when you are home and when you sleep is health data,’ said Marcus Lee, a privacy lawyer at Seattle firm Garrow & Pine. ‘If that argument holds, a lot of device makers are going to have to rethink their business models.’

One investor in Nestwell, who asked not to be named, said the lawsuit was ‘a headache, not an existential threat’, but added that it would make partnerships with insurers and utilities harder to sell.

The state is seeking civil penalties, restitution for customers and an injunction barring Nestwell from sharing the data without explicit consent.""",
        [
            ("Washingtonians bought these devices to", "Daniel Ferreira"),
            ("Nestwell knew exactly what it", "Daniel Ferreira"),
            ("treated its customers’ homes as", "Washington State Office of the Attorney General"),
            ("vague and misleading terms", "Washington State Office of the Attorney General"),
            ("We take our customers’ privacy", "Nestwell"),
            ("aggregated, de-identified and disclosed to", "Nestwell"),
            ("vigorously defend", "Nestwell"),
            ("a small but growing", "Sarah Lindgren"),
            ("This is the first time", "Marcus Lee"),
            ("If that argument holds, a", "Marcus Lee"),
            ("a headache, not an existential", "investor in Nestwell"),
        ],
    ),
]
