CASES = [
    (
        """Edtech firm Vidyarthi Labs lays off 420 employees amid funding crunch

Bengaluru, Mar 14 Edtech start-up Vidyarthi Labs on Thursday laid off around 420 employees, nearly a third of its workforce, as the company struggles to raise fresh capital amid a prolonged slowdown in venture funding, sources said.

The Bengaluru-based company, which offers test-preparation courses for engineering and medical entrance examinations, said the job cuts were part of a "restructuring exercise" aimed at reaching profitability by the next financial year.

"We have taken the difficult decision to reduce the size of our team. This was not an easy call, and we are deeply grateful to every colleague who is leaving us," the company said in a statement.

Affected employees will receive two months' salary as severance, extended health insurance cover till June and placement assistance, it said.

Co-founder and chief executive Anirudh Kamath told employees at a town hall meeting that the company had "over-hired in anticipation of growth that did not materialise", according to two people who attended the meeting.

"The mistake is mine and I own it," Kamath said, according to one of them.

Vidyarthi Labs had raised USD 68 million in a Series C round led by Singapore-based Meridian Growth Partners in 2022, valuing the company at about USD 410 million. It has not raised a priced round since.

An employee in the sales division, who did not wish to be named, said the team was informed of the layoffs over a video call that lasted less than 15 minutes.

"Our laptops were locked by the afternoon. Nobody told us anything before that," the employee said.

The layoffs come weeks after rival platforms cut jobs. According to data compiled by tracking platform LayoffWatch India, Indian start-ups have laid off more than 9,000 employees since January.

Ravindra Subramanyam, a partner at Bengaluru-based early-stage fund Tenth Gate Ventures, said edtech firms that scaled rapidly during the pandemic were now paying the price.

"Investors are asking hard questions about unit economics. The easy money is gone, and companies that built for a lockdown world are having to rebuild for a very different one," he said.

The Tech Workers' Collective of Karnataka said it would approach the state labour department over the layoffs, calling them "illegal and arbitrary". The collective said it had received complaints from over 100 affected employees since Thursday morning.

A Vidyarthi Labs spokesperson said the company was complying with all applicable labour laws.""",
        [
            ("restructuring exercise", "Vidyarthi Labs"),
            ("We have taken the difficult", "Vidyarthi Labs"),
            ("over-hired in anticipation of growth", "Anirudh Kamath"),
            ("The mistake is mine and", "Anirudh Kamath"),
            ("Our laptops were locked by", "employee in the sales division"),
            ("Investors are asking hard questions", "Ravindra Subramanyam"),
            ("illegal and arbitrary", "Tech Workers' Collective of Karnataka"),
        ],
    ),
    (
        """Tel Aviv cyber startup Shomera raises $85m Series C

The company, which develops identity-protection tools for cloud environments, has raised $142 million since its founding in 2020

Shomera Security, an Israeli startup developing identity-threat detection for cloud infrastructure, announced on Tuesday that it has raised $85 million in a Series C financing round led by US fund Ridgeline Capital. Existing investors Carmel Peak Ventures and Negev Partners also participated. Shomera has now raised $142 million to date. Sources close to the company said the round values it at about $650 million, but the company declined to comment on its valuation.

Shomera was founded in 2020 by CEO Yael Ben-Ami, CTO Omer Lavi and VP R&D Nadav Shtern, all veterans of the IDF's 8200 intelligence unit. The company employs 160 people, 110 of them at its development center in Tel Aviv, and plans to recruit around 70 more employees over the next year, most of them in Israel.

"Attackers no longer break in, they log in," said Ben-Ami. "Most of the serious breaches we see today start with a stolen or misused identity, and the tools that companies rely on were simply not built for a world where thousands of machine identities are created every hour."

According to Ben-Ami, the company's annual recurring revenue (ARR) tripled in 2023, and it counts several Fortune 500 companies among its customers. She declined to provide exact figures.

The round comes at a time when cybersecurity remains one of the few bright spots in the Israeli high-tech sector. According to a report by the Israel Tech Capital Monitor, Israeli cyber companies raised $3.1 billion in 2023, down 28% from the previous year, a smaller decline than in the sector as a whole.

Ridgeline Capital partner Daniel Ostrow, who will join Shomera's board, said, "Identity is the new perimeter, and Shomera's team has built the most elegant product we have seen in this space. We believe they can build a category-defining company out of Israel."

Ben-Ami said the company did not plan to use the new money for acquisitions in the near term. "We're not in a hurry. We have a very long runway now, and our focus is on the product and on the US market," she said.

The company said that despite the war, which has seen a number of its employees called up for extended reserve duty, development work had continued "almost without interruption". Shomera added that it had kept paying full salaries to reservists and had set up a support program for their families.""",
        [
            ("Attackers no longer break in,", "Yael Ben-Ami"),
            ("Most of the serious breaches", "Yael Ben-Ami"),
            ("Identity is the new perimeter,", "Daniel Ostrow"),
            ("We're not in a hurry.", "Yael Ben-Ami"),
            ("almost without interruption", "Shomera Security"),
        ],
    ),
    (
        """‘Guardrails, not handcuffs’: Centre unveils draft AI framework, start-ups seek clarity

By Shalini Raghavan

NEW DELHI: The Ministry of Electronics and Information Technology (MeitY) on Monday released a draft framework for governing artificial intelligence (AI) systems, proposing a risk-based approach that will require developers of high-impact AI models to register with a new oversight body and carry out periodic safety audits.

The draft, which is open for public consultation for 45 days, stops short of a standalone AI law, instead proposing amendments to existing rules under the Information Technology Act, 2000.

“We want guardrails, not handcuffs,” minister of state for electronics and IT Devendra Kulkarni said at the launch in New Delhi.

“India will not follow the path of heavy, prescriptive regulation that slows down innovation. At the same time, we cannot allow AI systems to be deployed at scale without accountability. Citizens must be able to trust these systems,” he added.

Under the draft, companies deploying AI in areas such as lending, hiring, healthcare and policing would have to disclose how their systems reach decisions and offer users a way to contest them. Platforms would also be required to label synthetically generated content, a provision that follows a series of controversies over deepfake videos of public figures.

Industry bodies broadly welcomed the consultative approach but flagged concerns over compliance costs for smaller firms.

“The intent is right, but the devil will be in the definitions,” said Meenakshi Iyer, president of the India Software and Startups Forum (ISSF), an industry body representing over 1,200 technology companies. “If ‘high-impact’ is defined too broadly, a 20-person start-up building a resume-screening tool could end up with the same compliance burden as a global Big Tech company.”

A senior ministry official, who spoke on condition of anonymity, said the government expected to notify the final rules “within the current financial year” and that smaller firms could be given a longer compliance window.

Founders were more sceptical. Kunal Bhatnagar, co-founder of Pune-based conversational AI start-up Bolchaal, said the registration requirement could slow down product releases.

“Every week we ship updates to our models. If every update needs a fresh filing, we’ll spend more time with compliance consultants than with customers,” he said.

Legal experts said the framework’s reliance on subordinate legislation could invite court challenges. “Creating a regulator of this kind through rules rather than through an Act of Parliament is on shaky constitutional ground,” said Arvind Sethuraman, partner at Delhi-based law firm Mehra Sethuraman LLP.

In a statement, the ministry said it would hold stakeholder consultations in Bengaluru, Hyderabad and Mumbai over the next month, describing the framework as “a living document” that would evolve with the technology.""",
        [
            ("Guardrails, not handcuffs", "Devendra Kulkarni"),
            ("We want guardrails, not handcuffs,", "Devendra Kulkarni"),
            ("India will not follow the", "Devendra Kulkarni"),
            ("The intent is right, but", "Meenakshi Iyer"),
            ("If ‘high-impact’ is defined too", "Meenakshi Iyer"),
            ("within the current financial year", "senior ministry official"),
            ("Every week we ship updates", "Kunal Bhatnagar"),
            ("Creating a regulator of this", "Arvind Sethuraman"),
            ("a living document", "Ministry of Electronics and Information Technology"),
        ],
    ),
    (
        """Israel opts for sector-by-sector AI oversight, shunning EU-style law

By Tamar Weisz

JERUSALEM, June 4 - Israel will not enact a single, comprehensive law to regulate artificial intelligence and will instead ask individual regulators to write rules for their own sectors, the Ministry of Innovation and Digital Affairs said on Tuesday.

The policy paper, drafted together with the Justice Ministry, sets out broad ethical principles for the use of AI and gives financial, health and transport regulators 18 months to publish guidelines for their fields.

"We looked very carefully at the European model, and we concluded that a horizontal law would put Israeli start-ups at a disadvantage," Minister Eitan Harel told reporters in Jerusalem. "Israel is a small market. Our companies are born global, and they need flexibility, not another layer of bureaucracy."

Israel's technology sector accounts for about a fifth of economic output and roughly half of exports. Funding for Israeli start-ups fell sharply in 2023 amid a contentious judicial overhaul plan and the war in Gaza, before recovering partially this year on the back of large AI and cybersecurity deals.

The approach was welcomed by the Israel Advanced Technology Council, which represents about 400 tech companies. In a statement, the council said the decision "reflects an understanding of how innovation actually works" and urged the government to move quickly to give companies certainty.

Privacy advocates were less enthusiastic.

"Sector-by-sector sounds sensible on paper, but in practice it means that many uses of AI will fall between the cracks," said Noa Feldman-Katz, a lawyer at the Haifa-based Centre for Digital Rights. "Who regulates an AI system that decides which job applicants get an interview? Who regulates facial recognition in a shopping mall? Right now, nobody."

She said the absence of an independent privacy regulator with strong enforcement powers left Israelis exposed, noting that amendments to the country's privacy law had been delayed for years.

A senior official at the ministry, speaking on condition of anonymity because the details were still being finalised, said a government-wide AI coordinator would be appointed within three months to oversee the work of the various regulators and "make sure nothing falls between the chairs".

The European Union's AI Act, which entered into force last year, classifies AI systems by risk and bans some uses outright, such as social scoring. Several Israeli companies that sell to European customers have said they will have to comply with it regardless of Israel's domestic approach.

Harel said Israel would remain "closely aligned" with international standards, including those set by the OECD, to ensure Israeli companies could continue selling into Europe and the United States.

(Reporting by Tamar Weisz; Editing by Mark Hollis)""",
        [
            ("We looked very carefully at", "Eitan Harel"),
            ("Israel is a small market.", "Eitan Harel"),
            ("reflects an understanding of how", "Israel Advanced Technology Council"),
            ("Sector-by-sector sounds sensible on paper,", "Noa Feldman-Katz"),
            ("Who regulates an AI system", "Noa Feldman-Katz"),
            ("make sure nothing falls between", "senior official at the ministry"),
            ("closely aligned", "Eitan Harel"),
        ],
    ),
    (
        """Exclusive: Fintech Unicorn PaySetu Lays Off 250 Employees In Second Round Of Cuts

Fintech unicorn PaySetu has laid off around 250 employees across its lending, merchant payments and customer support teams, multiple sources aware of the development told us.

The layoffs, which were carried out over the past week, affect nearly 12% of the Mumbai-based startup's workforce of about 2,100 employees. This is the second round of layoffs at PaySetu in less than a year, after it let go of around 180 employees last August.

"Most of the people who were let go were from the lending vertical, which has been scaled down significantly after the RBI's new guidelines on digital lending. The management said the business is being rationalised and there will be no more cuts, but nobody believes that," said a source, who was among the employees laid off.

Another source, a senior executive at the company, said the cuts were linked to the startup's efforts to turn profitable ahead of a planned initial public offering (IPO) in 2026.

"The board has been very clear that the IPO story has to be profitability. Every cost line is being looked at, and headcount is the biggest one," the executive said.

In response to our queries, a PaySetu spokesperson confirmed the development. "As part of our annual performance and organisational review, we have made changes to a few teams to align with our business priorities. The impacted employees are being supported with severance, outplacement assistance and extended medical cover," the spokesperson said.

Founded in 2017 by IIT Bombay alumni Rohan Deshpande and Ishita Malhotra, PaySetu offers UPI-based payment solutions, point-of-sale devices and working capital loans to small merchants. The startup has raised over $480 Mn to date from investors such as Banyan Tree Capital, Orchard Global and Kestrel Ventures. It was last valued at $1.4 Bn in 2021.

As per its latest financial statements filed with the Registrar of Companies (RoC), PaySetu's net loss narrowed 34% to INR 612 Cr in FY24, while operating revenue grew 41% to INR 1,180 Cr.

In a LinkedIn post earlier this year, cofounder and CEO Deshpande had said that the company was on track to turn EBITDA positive "by the end of this calendar year".

The development comes amid a broader wave of job cuts in the Indian fintech space, as startups grapple with tighter regulatory scrutiny on digital lending and a slowdown in late-stage funding. As per our data, more than 30 Indian startups have laid off over 5,000 employees so far this year.

Earlier this month, Bengaluru-based neobank Kosh also let go of around 60 employees as part of a restructuring exercise.""",
        [
            ("Most of the people who", "source"),
            ("The board has been very", "senior executive at the company"),
            ("As part of our annual", "spokesperson"),
            ("by the end of this", "Rohan Deshpande"),
        ],
    ),
    (
        """Kessem Semiconductors lays off quarter of workforce

The Haifa-based company, which develops AI inference chips, is cutting 90 jobs after a planned financing round fell through. Workers' committee chairman: "We found out from the media"

Israeli chip developer Kessem Semiconductors is laying off 90 employees, about a quarter of its workforce, the company informed employees on Sunday. Most of the layoffs will be at its R&D center in Haifa, with the rest at its smaller site in Yokneam.

Kessem, founded in 2019 by veterans of the Haifa chip industry, is developing processors designed to run AI models at low power consumption in data centers. Its first chip reached customers in 2023.

In a letter to employees, Kessem CEO Dr. Ronen Avidan wrote: "This is the hardest message I have had to write since we founded Kessem. The market for AI chips has changed dramatically in the past year, and the funding environment for hardware companies has become extremely challenging. We have to adapt to ensure that Kessem continues to exist and to grow."

Avidan added that the company would focus all its resources on its second-generation chip, due to reach customers next year, and would freeze development of a chip for edge devices. "We are not giving up on our vision. We are focusing it," he wrote.

Kessem has raised $120 million to date from investors including Galil Ventures, Horizon Deep Tech and a number of Asian strategic investors. In recent months, it had been in talks to raise a $60 million round, but the talks collapsed. "The lead investor pulled out at the last minute, after the term sheet was already signed. Management did not have a plan B," a source close to the company said.

Kessem's workers' committee, which was set up last year together with the Itach Union of High-Tech Workers, said that it had not been consulted in advance, as required under the collective agreement signed with management. Committee chairman Amit Dror said, "We found out from the media, not from management. This is a blatant violation of the agreement we signed only eight months ago, and we will not accept it."

The union said in a statement that it had asked the Haifa Regional Labor Court for an injunction freezing the dismissals until negotiations are held. "Hardware startups are not exempt from labor law, and the employees who built this company deserve to be treated with respect," the union said.

Kessem said in response, "The company is acting in full accordance with the law and the collective agreement, and will continue to hold a dialogue with the workers' committee."

The cuts at Kessem are the latest in a series of layoffs in the Israeli chip sector, where several startups have struggled to compete with larger players for customers and capital.""",
        [
            ("We found out from the", "Amit Dror"),
            ("This is the hardest message", "Ronen Avidan"),
            ("We are not giving up", "Ronen Avidan"),
            ("The lead investor pulled out", "source close to the company"),
            ("We found out from the", "Amit Dror"),
            ("Hardware startups are not exempt", "Itach Union of High-Tech Workers"),
            ("The company is acting in", "Kessem Semiconductors"),
        ],
    ),
    (
        """Saptarishi Ventures closes ₹2,500 crore fourth fund, bets on AI and deeptech

Mumbai: Early-stage venture capital firm Saptarishi Ventures has closed its fourth fund at ₹2,500 crore (about $300 million), the largest in its 11-year history, as domestic limited partners step up commitments to Indian start-ups despite a cautious funding environment.

The fund was oversubscribed, the firm said in a statement on Wednesday, with more than 60% of the capital coming from Indian investors, including family offices, insurance companies and the government-backed Bharat Innovation Fund of Funds.

Managing partner Gayatri Nair said the firm would write initial cheques of $1-5 million in about 35 companies, with a focus on applied artificial intelligence, deeptech and climate.

“Five years ago, almost every rupee we raised came from overseas. Today, Indian LPs are the anchor of our fund. That is a structural shift, and it tells you that Indian capital has finally started to believe in Indian venture,” Nair said in an interview.

“We are not chasing the AI hype,” she added. “We are looking for founders who are using AI to solve real problems in areas like manufacturing, healthcare and agriculture, where India has a genuine advantage.

“Valuations have corrected, and that is healthy. The founders we are meeting today are far more disciplined than the class of 2021.”

Indian start-ups raised about $9.8 billion in 2023, down from $24 billion a year earlier, according to data platform VentureIntel India. Early-stage deal activity has picked up in recent quarters, even as late-stage funding remains subdued.

Saptarishi’s earlier funds backed companies such as logistics firm Dhruva Freight and agritech platform Khetwala, which listed on the stock exchanges last year. The firm says its second fund has returned 2.4 times the capital invested to its investors.

Co-founder and managing partner Prakash Venkataraman said returning cash to investors had become the main test for Indian venture firms.

“DPI is the only metric that matters now. LPs have been patient with Indian venture for 15 years, and they want to see money coming back,” he said, referring to distributions to paid-in capital.

A senior executive at a Mumbai-based insurer, one of the fund’s limited partners, said the company had committed to the fund because of Saptarishi’s “consistent track record on exits” rather than its thematic focus.

The firm said it had already made three investments from the new fund, including in Chennai-based industrial AI start-up Yantrik Labs, and expects to deploy the corpus over four years.""",
        [
            ("Five years ago, almost every", "Gayatri Nair"),
            ("We are not chasing the", "Gayatri Nair"),
            ("We are looking for founders", "Gayatri Nair"),
            ("Valuations have corrected, and that", "Gayatri Nair"),
            ("DPI is the only metric", "Prakash Venkataraman"),
            ("consistent track record on exits", "senior executive at a Mumbai-based insurer"),
        ],
    ),
    (
        """Start-up nations: why Israeli AI firms are hiring in Hyderabad

As funding tightens and reservists are called up, a growing number of Israeli start-ups are building their engineering teams in India

By Rachel Abramov in Tel Aviv and Vikram Joshi in Hyderabad

When Gil Tzur’s AI start-up needed 40 more engineers last year, he did not bother advertising in Tel Aviv.

‘In Tel Aviv I was competing with the big American tech companies for every single engineer, and half my team was in uniform for months at a time,’ says Tzur, chief executive of Lumora, which builds AI tools for processing insurance claims. ‘In Hyderabad, I found people who were just as good, who could start within a month, at perhaps a third of the cost.’

Lumora is one of dozens of Israeli companies that have opened development centres in India since 2023. A report published in March by the Indo-Israeli Chamber of Technology, titled ‘Bridging the Start-up Nations’, counted 74 Israeli technology firms with engineering teams in India, up from 41 two years earlier. Many are clustered in a handful of office towers in Hyderabad’s Madhapur district, which local recruiters have taken to calling ‘Little Herzliya’.

Sunitha Reddy, who runs the Hyderabad recruitment firm TalentBridge Partners, says demand from Israeli clients has ‘more than doubled’ in the past 18 months, driven mostly by AI and cybersecurity companies.

She adds a note of caution: ‘Israeli founders are very direct, and Indian engineers are not always used to that. The companies that succeed are the ones that invest in the culture, not just the cost savings.’

Not everyone is enthusiastic. In Israel, where a wave of layoffs has hit the technology sector, some engineers see the shift as a threat.

‘Every position that moves to India is a position that doesn’t open here,’ says Shira Mizrahi, a software developer from Ramat Gan who lost her job at a fintech start-up in January. ‘People talk about the war and the reservists, but this is also simply about cost.’

Investors, for their part, increasingly expect it. Avi Rothman, a partner at the Jerusalem-based fund Arbel Ventures, says that India now comes up in almost every board meeting. ‘For us the question is no longer whether our companies will have a team in India, but when,’ he says.

The two governments are also trying to smooth the way. An official at the Israeli embassy in New Delhi, who asked not to be named, said the countries were negotiating an agreement on cross-border data transfers that would make it ‘much simpler’ for start-ups to run joint teams, although India’s new AI rules could complicate matters.

Tzur insists Lumora will remain an Israeli company. ‘Our heart is in Israel. But our engineering is going to be global,’ he says.""",
        [
            ("In Tel Aviv I was", "Gil Tzur"),
            ("In Hyderabad, I found people", "Gil Tzur"),
            ("more than doubled", "Sunitha Reddy"),
            ("Israeli founders are very direct,", "Sunitha Reddy"),
            ("Every position that moves to", "Shira Mizrahi"),
            ("People talk about the war", "Shira Mizrahi"),
            ("For us the question is", "Avi Rothman"),
            ("much simpler", "official at the Israeli embassy in New Delhi"),
            ("Our heart is in Israel.", "Gil Tzur"),
        ],
    ),
]
