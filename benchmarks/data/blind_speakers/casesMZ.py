CASES = [
    (
        """EU lawmakers back delay to AI rules for smaller firms after start-up lobbying

By Katrin Holmqvist

BRUSSELS, March 12 - European Union lawmakers on Wednesday backed a proposal to give smaller technology companies an extra 18 months to comply with parts of the bloc's artificial intelligence rules, a move start-up groups said would stop firms relocating outside the region.

The European Parliament's industry committee voted 41 to 19 in favour of the amendment, which would push back documentation and testing requirements for companies with fewer than 250 employees.

"This is not a loophole, it is a ramp," said Dutch lawmaker Joris van Leeuwen, who drafted the amendment. "Small companies will still have to meet the same standards. They just need time to build the compliance teams that big platforms already have."

Critics said the change risked creating a two-tier system. The European Digital Consumers' Alliance, a Brussels-based advocacy group, said in a statement that the vote "sends precisely the wrong signal" to companies building high-risk systems.

"Harm does not scale with headcount," the group said. "A 40-person firm selling hiring software can discriminate against thousands of applicants."

The European Commission, which must agree any change with member states, has said it is open to targeted simplification of its digital rulebook. A Commission spokesperson told reporters the executive would "study the text carefully" but declined to comment on timing.

Start-up founders have complained for months about the cost of preparing for the rules, which entered into force last year and apply in stages. Marta Ribeiro, chief executive of Lisbon-based speech recognition firm Vozia, said her company had spent roughly 300,000 euros on legal advice since January.

"That's two engineers we didn't hire," Ribeiro said in an interview. "We believe in the rules. We just can't afford to be the test case."

Investors have also weighed in. According to a survey published last month by Oslo-based venture firm Halvard Capital, 38% of the European AI start-ups it polled were considering moving some operations to the United States or Britain.

Henrik Aasland, a partner at Halvard, said the figure should worry policymakers. "When founders ask us where to incorporate, the regulatory question now comes up in the first meeting, not the tenth," he said.

The amendment now goes to a plenary vote, expected in April, before negotiations with EU governments. Diplomats said France and Germany were broadly supportive, while several smaller member states had reservations.

One EU diplomat, who spoke on condition of anonymity because talks are ongoing, said there was "no appetite for reopening the whole act" but that a narrow fix for small firms "could fly".

(Reporting by Katrin Holmqvist; Editing by Mark Dwyer)""",
        [
            ("This is not a loophole", "Joris van Leeuwen"),
            ("Small companies will still have", "Joris van Leeuwen"),
            ("sends precisely the wrong signal", "European Digital Consumers' Alliance"),
            ("Harm does not scale with", "European Digital Consumers' Alliance"),
            ("A 40-person firm selling hiring", "European Digital Consumers' Alliance"),
            ("study the text carefully", "spokesperson"),
            ("That's two engineers we didn't", "Marta Ribeiro"),
            ("We believe in the rules.", "Marta Ribeiro"),
            ("When founders ask us where", "Henrik Aasland"),
            ("no appetite for reopening the", "EU diplomat"),
            ("could fly", "EU diplomat"),
        ],
    ),
    (
        """Berlin’s Ledgerline raises €62m Series B as investors warm to regtech again

The round, led by Stockholm’s Kestrel Ventures, values the anti-money laundering startup at around €410m

Amelie Strauss

Ledgerline, a Berlin-based startup that automates anti-money laundering (AML) checks for banks, has raised a €62m Series B led by Stockholm-based Kestrel Ventures.

Existing investors Brightwater Partners and Lisbon’s Tejo Capital also took part in the round, which values the company at around €410m post-money, according to two people familiar with the deal.

Founded in 2019 by former bank compliance officers Jana Wolff and Tobias Einhorn, Ledgerline sells software that pulls customer data from banks’ internal systems and flags suspicious transactions for human review.

“Banks are spending billions on compliance and most of it is still people copying data between spreadsheets,” says Wolff, Ledgerline’s CEO. “We’re not replacing the compliance officer. We’re giving them their afternoons back.”

The company says it now works with 27 banks across Germany, Austria and the Nordics and that annual recurring revenue tripled last year, though it declined to share exact figures.

Kestrel partner Sofia Lindqvist says the firm had been tracking Ledgerline for “the best part of two years” before leading the round. She puts the case for the sector bluntly: “Regtech was unfashionable for a long time. That’s exactly why the good companies in it are so good now.”

The deal comes as European fintech funding shows tentative signs of recovery. Startups in the sector raised €4.9bn in the first half of the year, up 14% on the same period last year, according to data from Fieldmark Analytics — still well below the 2021 peak.

Not everyone is convinced by the price. One Berlin-based fintech investor, who asked not to be named because their firm had looked at the deal, said the valuation was “punchy for a company selling into banks, where sales cycles are 18 months on a good day”.

Ledgerline is betting that regulation will shorten those cycles. The EU’s new Anti-Money Laundering Authority, based in Frankfurt, is due to begin directly supervising some of the bloc’s riskiest financial institutions from 2028, and a single AML rulebook will apply across member states.

Einhorn, the company’s CTO, says the new money will go on hiring engineers in Berlin and Warsaw and on expanding into France and the Benelux.

“AMLA is going to harmonise rules that have been different in 27 countries for 20 years,” he says. “That’s a once-in-a-generation reset, and whoever has the best data model when it happens wins.”

Ledgerline currently employs 140 people and plans to reach 220 by the end of next year.""",
        [
            ("Banks are spending billions on", "Jana Wolff"),
            ("We’re not replacing the compliance", "Jana Wolff"),
            ("the best part of two", "Sofia Lindqvist"),
            ("Regtech was unfashionable for a", "Sofia Lindqvist"),
            ("punchy for a company selling", "Berlin-based fintech investor"),
            ("AMLA is going to harmonise", "Tobias Einhorn"),
            ("That’s a once-in-a-generation reset", "Tobias Einhorn"),
        ],
    ),
    (
        """Paris pushes €10bn ‘sovereign tech’ fund as start-ups warn of late-stage gap

France seeks backing from EU partners for vehicle to keep growth companies out of US hands

Leila Haddad in Paris and Tom Erskine in Brussels

France is pressing other EU member states to back a €10bn fund to invest in late-stage technology groups, as founders and investors warn that Europe’s most promising start-ups are being forced to turn to US capital to grow.

Claire Mercadier, France’s minister for digital affairs, said the fund would take minority stakes in companies raising rounds of more than €100mn, filling what she called “the valley of death between Series B and IPO”.

“We are very good at creating companies in Europe and very bad at keeping them,” Mercadier said in an interview. “Every time a European champion is bought by an American fund at the growth stage, we lose the headquarters, the taxes and, eventually, the engineers.

“This is not protectionism. It is simply making sure that European savings can work for European companies.”

The proposal, set out in a paper circulated to finance ministers ahead of a meeting in Luxembourg next week, would be financed partly from the EU budget and partly by national development banks. A senior official in one northern member state said the plan contained “a lot of French ambition and not much detail on who pays”.

The Netherlands and Sweden have historically resisted new EU-level investment vehicles that rely on common debt. A spokesman for the Dutch finance ministry said the government would “look constructively at any proposal that mobilises private capital”, but added that it did not support new joint borrowing.

European start-ups raised about €45bn last year, less than a third of the sum raised by their US counterparts. According to a report published on Tuesday by the Centre for European Growth Policy, a Brussels-based think-tank, US investors led 61 per cent of funding rounds above €100mn in Europe last year.

“The problem is not the number of start-ups, but the depth of the capital pool behind them,” the report said.

Founders broadly welcomed the French initiative. Mathieu Brault, co-founder of Lyon-based battery materials start-up Voltaïque, said he had spent six months last year trying to find a European lead for a €150mn round before agreeing terms with a Californian firm.

“I would have taken European money in a heartbeat,” he said. “It simply wasn’t there at that size.”

But some investors questioned whether state-backed capital was the answer. Ingrid Solberg, managing partner at Oslo-based Fjordline Capital, warned that a public fund risked “crowding out the very private investors it is meant to attract”.

“Governments are good at many things,” she said. “Picking winners at a €2bn valuation is not usually one of them.”

Mercadier rejected that criticism. The fund would only invest alongside private lead investors and on the same terms, she said, adding: “We will follow the market, not replace it.”""",
        [
            ("the valley of death between", "Claire Mercadier"),
            ("We are very good at", "Claire Mercadier"),
            ("Every time a European champion", "Claire Mercadier"),
            ("This is not protectionism.", "Claire Mercadier"),
            ("a lot of French ambition", "senior official in one northern member state"),
            ("look constructively at any proposal", "spokesman"),
            ("The problem is not the", "Centre for European Growth Policy"),
            ("I would have taken European", "Mathieu Brault"),
            ("It simply wasn’t there at", "Mathieu Brault"),
            ("crowding out the very private", "Ingrid Solberg"),
            ("Governments are good at many", "Ingrid Solberg"),
            ("Picking winners at a €2bn", "Ingrid Solberg"),
            ("We will follow the market", "Claire Mercadier"),
        ],
    ),
    (
        """Dublin health app fined €1.2m over sharing of patient booking data

Data Protection Commission finds Mediroute failed to obtain valid consent from users

Ciarán Delaney

A Dublin-based health technology start-up has been fined €1.2 million by the Data Protection Commission after the regulator found it had shared patients’ appointment data with advertising partners without valid consent.

Mediroute, which operates a booking app used by more than 400 GP practices, breached several articles of the General Data Protection Regulation between 2021 and 2023, according to a decision published on Thursday.

The commission said the company had relied on a consent screen that was “neither specific nor sufficiently informed”, and that users were given no meaningful way to refuse tracking while still booking an appointment.

“Health data is among the most sensitive categories of personal information,” deputy commissioner Gráinne Foley said. “People booking a visit to their doctor are entitled to assume that fact will not be passed on to third parties for marketing purposes.”

In a statement, Mediroute said it “fully accepts” the findings and had removed all third-party advertising software from its app in early 2023, before the inquiry began. It said no clinical information, such as diagnoses or prescriptions, had been shared.

“We got this wrong, and we are sorry,” the company said. “We were a small team moving quickly, and we did not give privacy the attention it deserved.”

The company was founded in 2018 by brothers Eoin and Rory Gallagher and raised €9 million last year in a funding round led by Cork-based Lee Valley Capital. In an email to staff seen by this newspaper, chief executive Eoin Gallagher said the fine would not affect the company’s hiring plans.

“We have the runway to absorb this, and we will come out of it a better company,” he wrote.

Patient advocates said the case should prompt closer scrutiny of the wider sector. Niamh Cassidy of the Irish Patient Privacy Network described the fine as “a wake-up call” for digital health companies.

“There are dozens of apps like this sitting between patients and their GPs, and most people have no idea who is behind them,” she said.

Paul Brennan, director of industry group Health Innovation Ireland, said smaller firms needed clearer guidance from the regulator. “Start-ups want to comply, but the guidance is written for multinationals with legal departments of 200 people,” Mr Brennan said.

Mediroute has 28 days to appeal the decision to the Circuit Court. Asked whether it would do so, a spokeswoman for the company said it was “considering the level of the fine” with its advisers but did not dispute the commission’s findings.

The commission has issued fines totalling more than €4 billion since GDPR took effect in 2018, the vast majority against large technology multinationals with European headquarters in Dublin.""",
        [
            ("neither specific nor sufficiently informed", "Data Protection Commission"),
            ("Health data is among the", "Gráinne Foley"),
            ("People booking a visit to", "Gráinne Foley"),
            ("fully accepts", "Mediroute"),
            ("We got this wrong, and", "Mediroute"),
            ("We were a small team", "Mediroute"),
            ("We have the runway to", "Eoin Gallagher"),
            ("a wake-up call", "Niamh Cassidy"),
            ("There are dozens of apps", "Niamh Cassidy"),
            ("Start-ups want to comply, but", "Paul Brennan"),
            ("considering the level of the", "spokeswoman"),
        ],
    ),
    (
        """Brussels unveils ‘28th regime’ to let start-ups skip national red tape

Founders welcome single EU company status but say it leaves out stock options.

By Marek Dąbrowski

BRUSSELS — The European Commission on Tuesday proposed a single EU-wide legal status for innovative companies, promising founders they will be able to incorporate online within 48 hours and operate across the bloc without setting up subsidiaries in each country.

The so-called “28th regime” — named because it would sit alongside the corporate laws of the EU’s 27 member countries — has been a long-standing demand of the start-up lobby, which argues that fragmentation is one of the main reasons European companies struggle to scale.

“Today a founder in Tallinn who wants to hire in Lisbon needs a lawyer, a notary and a lot of patience,” Commission Executive Vice-President Annika Roos told a press conference in Brussels. “We want that founder to need a laptop.”

Roos said the new status would be “optional, digital and the same everywhere,” with a single online register run by the Commission and shared with national authorities.

But the proposal leaves tax and employment law to national capitals — a compromise designed to win over member countries wary of ceding powers to Brussels. Even so, it faces a difficult path in the Council.

“Employment law is a red line for us,” said one diplomat from a southern EU country, who was granted anonymity to discuss confidential talks. “If this becomes a way around national labor rules, it will not pass.”

Start-up groups had pushed for more. In a letter to Roos last month, signed by more than 300 founders, the European Founders Coalition urged the Commission to include a common regime for employee stock options.

“Without harmonized employee ownership, a common company form is a house without a roof,” the letter said.

Lukas Brenner, co-founder of Vienna-based logistics software maker Routwerk and one of the signatories, said Tuesday’s proposal was “a genuine step forward” but “stops short where it matters most.”

Roos said the Commission would present a separate recommendation on stock options later this year. “We heard the founders loud and clear,” she said. “But we also have to respect that taxation is a national competence.”

In the European Parliament, reactions split along familiar lines. Élodie Marchetti, a French Greens MEP who sits on the legal affairs committee, warned that the regime could be abused.

“We should be careful that a structure designed for start-ups does not become a shortcut for companies shopping for the weakest labor protections in Europe,” she said in a post on social media.

The proposal must now be agreed by both the Parliament and the Council. Officials said they hoped for a deal before the end of next year, though diplomats privately described that timeline as optimistic.""",
        [
            ("Today a founder in Tallinn", "Annika Roos"),
            ("We want that founder to", "Annika Roos"),
            ("optional, digital and the same", "Annika Roos"),
            ("Employment law is a red", "diplomat from a southern EU country"),
            ("If this becomes a way", "diplomat from a southern EU country"),
            ("Without harmonized employee ownership, a", "European Founders Coalition"),
            ("a genuine step forward", "Lukas Brenner"),
            ("stops short where it matters", "Lukas Brenner"),
            ("We heard the founders loud", "Annika Roos"),
            ("But we also have to", "Annika Roos"),
            ("We should be careful that", "Élodie Marchetti"),
        ],
    ),
    (
        """Danish vertical farming start-up Grønhøst files for bankruptcy after rescue talks fail

By Jonas Birkelund

COPENHAGEN, Oct 3 - Grønhøst, a Danish vertical farming start-up once valued at more than $500 million, filed for bankruptcy on Friday after talks with investors over a rescue financing package collapsed, the company said.

The Copenhagen-based company, which grows salad leaves and herbs in stacked indoor farms in Denmark and southern Sweden, employs around 340 people. It has raised about 2.1 billion Danish crowns ($305 million) since it was founded in 2017.

"Despite the efforts of our team and the support of many of our investors, we have not been able to secure the financing needed to continue operations," the company said in a statement.

Chief Executive Mads Kjærgaard told reporters at the company's headquarters that energy costs had "fundamentally broken" the economics of its largest farm, which opened in 2022 just as European electricity prices soared.

"We built a business model for a world of cheap power, and that world disappeared almost overnight," Kjærgaard said. "I take responsibility for that."

The court-appointed trustee, lawyer Birgitte Holm-Larsen, said she would seek a buyer for all or part of the business. "There has already been interest from several parties, both Danish and international," she said in an emailed statement.

Grønhøst's "Farm the City" advertising campaign, which put its salad boxes on billboards across Copenhagen in 2021, had made it one of Denmark's best-known start-ups, and its founders were regular speakers at Nordic technology conferences.

Its collapse is the latest in a string of failures in indoor agriculture, a sector that attracted billions of dollars in venture capital when interest rates were low but has struggled as energy and financing costs rose.

Investors in Grønhøst include Swedish venture firm Arkipel Ventures and several Danish family offices. A spokesperson for Arkipel declined to comment.

A person familiar with the rescue talks said the main sticking point had been a demand by a prospective new investor for "effectively full control" of the company, which existing shareholders rejected.

The Danish Food and Agricultural Workers' Union, which represents most of the company's farm staff, said it was "deeply disappointed" that employees had learned of the bankruptcy from news reports rather than from management.

"Our members deserve better than finding out on their phones that they may not have a job on Monday," union chairman Søren Vestergaard said.

Anders Lykke, an analyst at Kattegat Securities, said the company's problems reflected wider pressures on the sector.

"Vertical farming was always a bet on cheap energy and cheap capital. It lost on both," he said.

(Reporting by Jonas Birkelund; Editing by Susan Fenwick)""",
        [
            ("Despite the efforts of our", "Grønhøst"),
            ("fundamentally broken", "Mads Kjærgaard"),
            ("We built a business model", "Mads Kjærgaard"),
            ("I take responsibility for that.", "Mads Kjærgaard"),
            ("There has already been interest", "Birgitte Holm-Larsen"),
            ("effectively full control", "person familiar with the rescue talks"),
            ("deeply disappointed", "Danish Food and Agricultural Workers' Union"),
            ("Our members deserve better than", "Søren Vestergaard"),
            ("Vertical farming was always a", "Anders Lykke"),
        ],
    ),
    (
        """Italy’s privacy watchdog orders AI companion app Amica to stop processing minors’ data

Giulia Ferrante

Italy’s data protection authority, the Garante per la protezione dei dati personali, has ordered Milan-based startup Lumenlab to stop processing the personal data of users under 18 in its AI companion app, Amica, with immediate effect — the latest sign that European regulators are willing to move fast against consumer AI products.

In an urgent order published Monday, the Garante said Lumenlab had no “effective mechanism” for verifying users’ ages, and that the app’s chatbot had engaged minors in conversations that were “wholly inappropriate for their stage of development.”

Amica, which launched in 2023, lets users create a customizable virtual friend that chats by text and voice. Lumenlab says the app has more than 1.8 million monthly active users, about 60% of them outside Italy.

The regulator gave the company 20 days to explain how it intends to comply, and warned that failure to do so could lead to a fine of up to €20 million or 4% of global annual turnover.

Lumenlab co-founder and CEO Davide Rinaldi pushed back in a blog post Monday afternoon.

“We share the authority’s goal of keeping young people safe, and we have never marketed Amica to minors,” Rinaldi wrote. “But an order that treats a small Italian startup more harshly than the global platforms where teenagers actually spend their time is not a serious child-safety policy.”

He added that the company would roll out what it calls “age assurance” checks across the EU within weeks, using a third-party provider to estimate users’ ages from a selfie. Reached by email, a Lumenlab spokesperson said the app would remain available to adults in Italy and that the company was “cooperating fully.”

Child-safety advocates welcomed the move. Chiara Benedetti, director of the Rome-based Fondazione Infanzia Digitale, called the order “long overdue.”

“These apps are designed to be emotionally sticky,” Benedetti said in a statement. “For a lonely 14-year-old, that’s not a feature, it’s a risk.”

The case could make for an awkward few weeks for Lumenlab’s backers. The startup raised a $14 million Series A last year led by Paris-based Orée Partners. Julien Marchal, the Orée partner who sits on Lumenlab’s board, said the firm continued to support the team.

“Davide and his co-founders have been asking for clear rules on age verification for two years,” Marchal said. “Now they have a deadline, and they’ll meet it.”

The Garante has form here. In 2023 it briefly blocked OpenAI’s ChatGPT in Italy over privacy concerns, and it has since opened inquiries into several other chatbot providers.

One European VC who invests in consumer AI, speaking on background, said the Amica case would make investors “think twice about backing anything that looks like a companion app” until regulators set out clearer expectations.""",
        [
            ("effective mechanism", "Garante per la protezione dei dati personali"),
            ("wholly inappropriate for their stage", "Garante per la protezione dei dati personali"),
            ("We share the authority’s goal", "Davide Rinaldi"),
            ("But an order that treats", "Davide Rinaldi"),
            ("cooperating fully.", "spokesperson"),
            ("long overdue.", "Chiara Benedetti"),
            ("These apps are designed to", "Chiara Benedetti"),
            ("For a lonely 14-year-old, that’s", "Chiara Benedetti"),
            ("Davide and his co-founders have", "Julien Marchal"),
            ("Now they have a deadline,", "Julien Marchal"),
            ("think twice about backing anything", "European VC who invests in consumer AI"),
        ],
    ),
    (
        """Spain’s start-up visa backlog leaves foreign founders in limbo

Hundreds of applications under the 2022 Startups Law are waiting months for approval, founders and lawyers say

Alejandro Ruiz Vidal, Madrid

Hundreds of foreign founders who applied to move to Spain under the country’s flagship start-up law have been waiting months for a decision, according to lawyers and industry groups, undermining a scheme the government has held up as evidence of its commitment to the tech sector.

The Startups Law, passed in late 2022, promised decisions on visas for entrepreneurs and remote workers within 20 working days, alongside a reduced corporate tax rate of 15 per cent for certified start-ups. But a survey of 410 applicants by the Spanish Founders Forum, an industry association, found that the average wait had stretched to four and a half months.

‘The law on paper is one of the best in Europe,’ said Inés Castaño, the forum’s director general. ‘The problem is that the administration was never given the people to apply it.’

Camila Duarte, a Brazilian founder who moved her logistics software company Tramo from São Paulo to Valencia last year, has been waiting seven months. She has raised €1.8m from Spanish investors and employs six people in the city.

‘I have a team of six in Valencia, I pay rent here, my investors are here,’ she said. ‘Legally, I am still a tourist.’

A spokeswoman for the Ministry of Economy, Trade and Enterprise said the department had assigned 40 additional staff to the unit that assesses applications and expected to clear the backlog ‘before the end of the year’. She said more than 3,000 start-ups had been certified under the law so far.

Investors say the delays are already shaping decisions. Jordi Puigvert, general partner at Barcelona-based seed fund Nau Capital, was blunt: ‘We tell our portfolio companies to plan for six months, not 20 days.

‘It is frustrating, because Spain is finally winning founders from London and Berlin on quality of life and cost. We should not lose them in a queue at a government office.’

Some founders are hedging their bets. According to Marta Echeverría, a partner at Madrid immigration law firm Echeverría & Sanz, a growing number of clients are applying for start-up visas in other EU countries at the same time.

‘Several of my clients now apply in Lisbon and Madrid at the same time and take whichever comes first,’ she said.

A senior official at the ministry, who asked not to be named because they were not authorised to speak publicly, acknowledged that the unit had been ‘badly under-resourced’ when the law took effect, but said processing times had improved since the summer.

The forum plans to publish its annual report, ‘State of Spanish Startups’, next month, and Castaño said visa delays would feature prominently.

For Duarte, the wait has become a matter of planning. ‘If I get the visa next week, I will stay,’ she said. ‘If it is another six months, I honestly don’t know.’""",
        [
            ("The law on paper is", "Inés Castaño"),
            ("The problem is that the", "Inés Castaño"),
            ("I have a team of", "Camila Duarte"),
            ("Legally, I am still a", "Camila Duarte"),
            ("before the end of the", "spokeswoman"),
            ("We tell our portfolio companies", "Jordi Puigvert"),
            ("It is frustrating, because Spain", "Jordi Puigvert"),
            ("Several of my clients now", "Marta Echeverría"),
            ("badly under-resourced", "senior official at the ministry"),
            ("If I get the visa", "Camila Duarte"),
            ("If it is another six", "Camila Duarte"),
        ],
    ),
]
