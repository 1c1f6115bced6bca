CASES = [
    (
        """EU proposes joint stockpiling of critical raw materials

By Mathilde Verhaegen

BRUSSELS, March 12 (Reuters) - The European Commission on Tuesday proposed that EU countries coordinate their stockpiles of critical raw materials such as lithium, cobalt and rare earths, as the bloc seeks to cut its dependence on a small number of foreign suppliers.

The proposal, which needs the backing of EU governments and the European Parliament before it can become law, would create a joint purchasing platform and allow Brussels to request data on national reserves during a declared supply emergency.

"We cannot afford to be caught off guard again," Industry Commissioner Henrik Aalto told a news conference. "Europe learned during the pandemic what happens when every country goes shopping on its own."

Aalto said the Commission would not hold any materials itself but would act as "a broker, not a warehouse" for governments that chose to take part. Participation in joint purchases would be voluntary, although data reporting would be mandatory, according to a draft seen by Reuters last week.

The plan forms part of what officials have dubbed the "Resilience Package", a set of measures meant to shield European industry from trade disruptions.

Industry groups gave it a cautious welcome. EuroMet, which represents metal refiners and recyclers, said in a statement that the proposal was "a step in the right direction" but warned that new reporting obligations could weigh on smaller companies.

Some governments are wary of handing Brussels a role in what they regard as a national security matter. A diplomat from one northern member state said his capital would resist any attempt to give the Commission a say over how reserves were used.

"Stockpiles are a matter of national defence, and they will stay that way," the diplomat said, speaking on condition of anonymity because negotiations had not yet begun.

Katrin Vollmer, a German lawmaker who will steer the file through parliament for the centre-right European People's Party, said she would push for a faster timetable than the three years proposed by the Commission.

"Three years to set up a platform is far too slow," Vollmer said. "By then the next crisis will already be on our doorstep."

The Commission estimates the platform would cost around 120 million euros ($131 million) to run over its first five years, to be funded from the existing single market programme.

(Reporting by Mathilde Verhaegen; Additional reporting by Piotr Zielak; Editing by Alison Marsh)""",
        [
            ("We cannot afford to be", "Henrik Aalto"),
            ("Europe learned during the pandemic", "Henrik Aalto"),
            ("a broker, not a warehouse", "Henrik Aalto"),
            ("a step in the right", "EuroMet"),
            ("Stockpiles are a matter of", "diplomat from one northern member state"),
            ("Three years to set up", "Katrin Vollmer"),
            ("By then the next crisis", "Katrin Vollmer"),
        ],
    ),
    (
        """Farm ministers gang up on Commission over CAP overhaul

More than a dozen capitals line up against plan to pool farm subsidies into national funds.

By Jonas Ferreira-Lind

LUXEMBOURG — The European Commission’s plan to fold farm subsidies into a single pot of money for each national capital ran into a wall of opposition from agriculture ministers on Monday, with more than a dozen countries lining up to denounce it.

Ministers meeting in Luxembourg took turns attacking the idea, which would merge the Common Agricultural Policy with cohesion funds in so-called national partnership plans from 2028.

“This is not simplification. This is the dismantling of the only truly common policy we have,” said Lucie Marchetti-Roux, the French agriculture minister, as she arrived for the meeting.

Her Austrian counterpart, Florian Edlinger, was blunter. “Farmers don’t want to beg their finance ministries for money every year,” he told reporters. “They want predictability.”

The Commission insists the overhaul will cut red tape and give governments more flexibility. Agriculture Commissioner Tomasz Wierzbicki, who faced the ministers across the table, said the criticism was premature because the details had not yet been finalized.

“Nobody is cutting anything today,” Wierzbicki said at a press conference after the meeting. “What we are proposing is a ring-fenced minimum for farmers, and I would ask everyone to read the text before declaring that the sky is falling.”

But according to an internal Commission note seen by POLITICO, officials in the budget department have modeled scenarios in which farm spending would fall by as much as 18 percent in real terms. The note warns that ring-fencing “may prove difficult to defend politically” once money is pooled at national level.

Two diplomats said the Commission had underestimated the depth of opposition. One EU diplomat described the mood in the room as “hostile, and not in the polite Brussels way.”

In the European Parliament, the reaction was similarly frosty. Sven-Olof Lindqvist, a Swedish Liberal MEP who sits on the agriculture committee, called the proposal “a Trojan horse for renationalization” and said he would table a resolution rejecting it.

Farmers are also mobilizing. AgriEuropa, the umbrella group for national farm unions, said it would bring tractors back to the streets of Brussels if the plan went ahead unchanged.

“Our members have not forgotten last year’s protests, and neither should the Commission,” the group said in a statement.

Ministers will return to the issue in July, when the Council presidency is expected to table a first set of options. Wierzbicki, for his part, signaled he was in no hurry to retreat. Asked whether he would withdraw the proposal, he replied: “No. But I will listen.”""",
        [
            ("This is not simplification.", "Lucie Marchetti-Roux"),
            ("Farmers don’t want to beg", "Florian Edlinger"),
            ("They want predictability.", "Florian Edlinger"),
            ("Nobody is cutting anything today,", "Tomasz Wierzbicki"),
            ("What we are proposing is", "Tomasz Wierzbicki"),
            ("may prove difficult to defend", "European Commission"),
            ("hostile, and not in the", "EU diplomat"),
            ("a Trojan horse for renationalization", "Sven-Olof Lindqvist"),
            ("Our members have not forgotten", "AgriEuropa"),
            ("No. But I will listen.", "Tomasz Wierzbicki"),
        ],
    ),
    (
        """Energy ministers split over extending gas storage targets beyond 2027

By Nikolina Dragić | Euractiv

EU energy ministers failed to agree on Thursday (14 November) whether to extend the bloc's mandatory gas storage targets beyond 2027, with several central European countries arguing the rules have pushed up prices for consumers.

The regulation, introduced in 2022 at the height of the energy crisis, obliges member states to fill underground storage to 90% by 1 November each year. The European Commission wants to keep the obligation in place for another two years, but with more flexibility on timing.

Speaking before the meeting, Energy Commissioner Agnès Van der Borght defended the proposal. "Storage is our insurance policy. Nobody cancels their insurance because last winter was mild," she said.

Others were unconvinced. Marek Kolárik, state secretary at the Slovak economy ministry, said the targets had turned into a signal for traders to speculate.

"Everyone in the market knows exactly how much we have to buy and by when. That is a gift to speculators, and our consumers pay for it," Kolárik told Euractiv on the sidelines of the meeting.

The Dutch position was summed up by climate and energy minister Eline Bosschaert: "Keep the target, but let us reach it in a smarter way."

Lena Haraldsen, a Danish Green MEP who steered the original regulation through Parliament, said the debate risked repeating old mistakes.

"We built this system because we were caught with empty tanks and a hostile supplier. That has not changed just because prices came down," she said.

"If member states want flexibility, fine. But flexibility cannot become a loophole that turns the first cold snap into another crisis."

According to one EU diplomat, a possible compromise could involve lowering the target to 85% and widening the window in which it must be met. "There is a landing zone, but nobody wanted to land today," the diplomat said.

Storage operators, for their part, backed the Commission. Ilse Kranebitter, secretary-general of industry association Storage Operators Europe, welcomed the extension: "Certainty is what investors need, and that is what this proposal gives them."

The Council presidency said in a statement after the meeting that talks would continue at technical level, adding that it was aiming for "a balanced outcome before the end of the year".

The European Parliament's industry committee is expected to adopt its own position in January, setting up negotiations between the two institutions in the spring.""",
        [
            ("Storage is our insurance policy.", "Agnès Van der Borght"),
            ("Everyone in the market knows", "Marek Kolárik"),
            ("Keep the target, but let", "Eline Bosschaert"),
            ("We built this system because", "Lena Haraldsen"),
            ("If member states want flexibility,", "Lena Haraldsen"),
            ("There is a landing zone,", "EU diplomat"),
            ("Certainty is what investors need,", "Ilse Kranebitter"),
            ("a balanced outcome before the", "Council presidency"),
        ],
    ),
    (
        """EU to force lobbyists working for foreign governments to declare their clients

Proposal follows bribery scandal in European parliament, but campaigners warn it could be used to target NGOs

Helen Tierney in Brussels

Lobbyists acting on behalf of governments outside the EU will have to register and disclose their clients and spending under plans unveiled by the European Commission, in a move officials say is overdue but which campaigners fear could be abused.

The proposed directive, part of what the commission calls its “democracy shield”, would require anyone paid by a non-EU state to influence European or national policymaking to sign up to a public register in the member state where they operate.

Presenting the plan in Strasbourg, the commission’s vice-president for values and transparency, Ingrid Salmela, said Europe had been “naive for too long” about covert influence.

“Foreign governments have every right to make their case in Brussels,” she said. “What they do not have is a right to do it in the shadows.”

The proposal comes 18 months after Belgian police raided the offices of several MEPs and their assistants as part of an investigation into alleged payments from a foreign state intended to sway parliamentary votes. Three people have since been charged.

The Dutch MEP Ruben Akkerman, who has campaigned for tougher ethics rules since the scandal broke, said the plan was welcome but came with “a very big asterisk”.

“The commission has written this so broadly that a human rights group receiving a grant from, say, Norway could be treated like an agent of a hostile power,” he said. “That cannot be the intention, and if it is, we will vote it down.”

Civil society groups echoed the warning. The Civic Space Network, which coordinated a joint letter signed by more than 200 organisations, said the directive risked “importing the logic of foreign agent laws into the heart of the EU”.

Commission officials reject the comparison. A spokesperson said the register would carry no stigmatising label and that the only sanctions envisaged were fines for failing to declare. “This is about transparency, not about punishment,” the spokesperson said.

Some governments on the EU’s eastern flank believe the plan does not go far enough. Latvia’s deputy foreign minister, Edgars Kalniņš, told the Guardian that money from hostile states routinely reached European politics through intermediaries.

“We see every week how money moves through consultancies, think tanks and cultural foundations,” he said. “A register is a start. It is not a solution.”

The directive must now be approved by the European parliament and by member states, a process that is likely to take at least a year. MEPs on the constitutional affairs committee are expected to appoint a lead negotiator next month.""",
        [
            ("naive for too long", "Ingrid Salmela"),
            ("Foreign governments have every right", "Ingrid Salmela"),
            ("What they do not have", "Ingrid Salmela"),
            ("a very big asterisk", "Ruben Akkerman"),
            ("The commission has written this", "Ruben Akkerman"),
            ("That cannot be the intention,", "Ruben Akkerman"),
            ("importing the logic of foreign", "Civic Space Network"),
            ("This is about transparency, not", "spokesperson"),
            ("We see every week how", "Edgars Kalniņš"),
            ("A register is a start.", "Edgars Kalniņš"),
        ],
    ),
    (
        """Brussels plans first EU-wide tax on vapes as smokers face price rise

By Rachel Okonedo, Europe Correspondent

Smokers across Europe could pay significantly more for cigarettes under plans unveiled in Brussels yesterday, which would also see vapes and nicotine pouches taxed at EU level for the first time.

The European Commission wants to raise the minimum excise duty on a packet of 20 cigarettes by about €1.40 and bring e-cigarette liquids into the same regime, ending a patchwork in which rates vary wildly from one country to the next.

Health Commissioner Dr Maren Holtkamp said the measures were aimed squarely at young people. ‘We have a generation getting hooked on products that are cheaper than a sandwich,’ she said. ‘That is not an accident. It is a business model.’

But the proposal, which requires the unanimous backing of all 27 member states, faces a rocky path. Tax matters are jealously guarded by national capitals, and several governments have already signalled resistance.

Italy’s deputy finance minister, Roberto Sanfilippo, warned that higher duties would simply drive smokers to the black market. ‘Every cent we add in Brussels is a gift to the smugglers,’ he told reporters in Rome.

Retailers also cried foul. The European Tobacco Retailers’ Federation said the plan would ‘punish law-abiding shopkeepers’ while doing little to curb the illicit trade.

A spokeswoman for one of the largest manufacturers, who asked not to be named, said: ‘Treating vapes exactly like cigarettes sends smokers the message that switching is pointless.’

Public health campaigners welcomed the move but said it did not go far enough. Prof Siobhan Tully, of the European Respiratory Alliance, said: ‘This is the first serious update to tobacco taxes in over a decade. Frankly, it should have been twice as ambitious.’

In the European Parliament, which has only an advisory role on tax, the battle lines are already drawn. Swedish MEP Karin Almqvist, whose country has long fought to protect its tradition of snus, said she would oppose any attempt to tax the product at the same rate as cigarettes.

‘When Brussels says “harmonisation”, Swedes hear “ban”,’ she said. ‘We have been here before, and we won last time.’

Officials privately concede that the plan is likely to be watered down before it is adopted. A Commission spokesman nonetheless insisted the proposal was ‘balanced and proportionate’ and said technical talks with national experts would begin next month.

If agreed, the new minimum rates would be phased in from 2028, giving countries with lower duties, mostly in central and eastern Europe, several years to adjust.""",
        [
            ("We have a generation getting", "Maren Holtkamp"),
            ("That is not an accident.", "Maren Holtkamp"),
            ("Every cent we add in", "Roberto Sanfilippo"),
            ("punish law-abiding shopkeepers", "European Tobacco Retailers’ Federation"),
            ("Treating vapes exactly like cigarettes", "spokeswoman"),
            ("This is the first serious", "Siobhan Tully"),
            ("When Brussels says", "Karin Almqvist"),
            ("We have been here before,", "Karin Almqvist"),
            ("balanced and proportionate", "spokesman"),
        ],
    ),
    (
        """MEPs demand child safeguards as EU returns law heads for fast-track

By Anouk Delvaux

BRUSSELS - A cross-party group of 46 MEPs has written to the European Commission demanding stronger protections for children in the bloc's proposed returns regulation, as member states push to fast-track the law before the summer.

The regulation would allow EU countries to send rejected asylum seekers to so-called "return hubs" in third countries and extend the maximum period of pre-removal detention from 18 to 24 months.

In the letter, seen by EUobserver, the MEPs say the draft contains no meaningful guarantee that unaccompanied minors will be excluded from transfers to countries with which they have no connection.

"We are not against returns. We are against a law that can put a 15-year-old on a plane to a country he has never seen," Inês Carvalhal, the Portuguese socialist MEP who drafted the letter, told EUobserver.

Home affairs commissioner Jakob Lindenthal has defended the proposal as necessary to restore public trust in the asylum system. Only around one in five people ordered to leave the EU actually does so, according to commission figures.

"If our decisions have no consequences, the whole system loses its credibility," Lindenthal told the civil liberties committee last week.

Several member states want to go further still. Austria's interior minister, Gernot Pichlmayr, said on Monday that his government wanted the law agreed "within months, not years" and rejected calls for new exemptions.

"Every exemption becomes a loophole. Smugglers read our laws more carefully than some MEPs do," he told the Vienna daily Der Morgenbote.

Rights groups say the experience of existing arrangements outside the EU should serve as a warning. A report published on Tuesday by the Brussels-based Platform for Migrant Rights, titled "Out of Sight", documents cases of people transferred under bilateral deals who lost all contact with lawyers and family members.

The group's director, Samira Benhaddou, said the commission had ignored those findings.

"We have seen what happens when people are transferred to places where no European lawyer, journalist or judge can follow them," she said. "Once they are gone, they are gone.

"Accountability does not survive the journey. The commission knows this, and it is proposing to do it anyway."

In the Council, where member states set their position, there is little appetite for delay. An EU diplomat said ambassadors aimed to agree a negotiating mandate by the end of June.

"The mood in the room is very clear: people want this done, and they want it done before the next summer of arrivals," the diplomat said.

Parliament's civil liberties committee is due to vote on its own position on 17 June, with a plenary vote expected in July. Carvalhal said she expected the letter's signatories to table amendments on detention of families and on the definition of a safe third country.""",
        [
            ("We are not against returns.", "Inês Carvalhal"),
            ("If our decisions have no", "Jakob Lindenthal"),
            ("within months, not years", "Gernot Pichlmayr"),
            ("Every exemption becomes a loophole.", "Gernot Pichlmayr"),
            ("We have seen what happens", "Samira Benhaddou"),
            ("Once they are gone,", "Samira Benhaddou"),
            ("Accountability does not survive the", "Samira Benhaddou"),
            ("The mood in the room", "EU diplomat"),
        ],
    ),
    (
        """EU agrees cod cuts after all-night fishing talks

Brussels (AFP) - European Union fisheries ministers agreed on Wednesday to sharply reduce catches of cod and sole in the Celtic Sea and the Bay of Biscay next year, after marathon talks that stretched into the early hours.

The deal, struck shortly after 5:00 am (0400 GMT), sets catch limits for 2026 for dozens of stocks in the Atlantic, the North Sea and the Mediterranean.

Fisheries Commissioner Kostas Andreadakis hailed "a balanced agreement that listens to the science and to the people who live from the sea".

Under the agreement, the total allowable catch for Celtic Sea cod will fall by 22 percent, while the Commission had proposed a cut of 40 percent. Sole in the Bay of Biscay will be reduced by 10 percent, against the 30 percent initially on the table.

France, whose Breton and Basque fleets depend heavily on both stocks, had fought hard to soften the cuts. Yannick Le Goff, the French secretary of state for the sea, said Paris had secured "the essential for our fleets".

"Our fishermen will be able to work next year. That was my red line from the start," he told AFP as he left the Council building, looking tired.

Irish Marine Minister Dara Keohane described the night as "long and difficult" but said the outcome for Irish boats was better than feared.

"We came in with a bad proposal and we are leaving with a deal that is less bad," he told reporters with a smile.

Environmental groups were scathing. According to Blue Seas Europe, more than a third of the limits agreed exceed the advice of the International Council for the Exploration of the Sea (ICES), the scientific body that assesses fish stocks.

"It is the same story every December: ministers haggle over numbers until the science disappears," said Clara Wennergren, fisheries policy officer at the organisation. "Then they are surprised when the fish disappear too."

The fishing industry, for its part, warned that even the reduced cuts would hurt. The European Association of Fishing Producers (EAFP) said in a statement that the new limits would "push small family boats into bankruptcy" in some coastal regions, and called for an emergency support fund.

In the Mediterranean, ministers agreed to extend a scheme limiting the number of fishing days for trawlers, a measure strongly opposed by Italian and Spanish fishermen who staged protests in several ports last month.

"The Mediterranean is the most overfished sea in the world, and we cannot keep pretending otherwise," Andreadakis said at a press conference.

The annual quota talks are among the most fraught in the EU calendar, pitting scientific advice against the economic interests of coastal communities.""",
        [
            ("a balanced agreement that listens", "Kostas Andreadakis"),
            ("the essential for our fleets", "Yannick Le Goff"),
            ("Our fishermen will be able", "Yannick Le Goff"),
            ("long and difficult", "Dara Keohane"),
            ("We came in with a", "Dara Keohane"),
            ("It is the same story", "Clara Wennergren"),
            ("Then they are surprised when", "Clara Wennergren"),
            ("push small family boats into", "European Association of Fishing Producers"),
            ("The Mediterranean is the most", "Kostas Andreadakis"),
        ],
    ),
    (
        """EU Weighs Giving ESMA Direct Oversight of Biggest Exchanges

By Samuel Oduya and Friederike Baum

The European Commission is preparing to propose that the bloc’s markets watchdog take over direct supervision of the largest stock exchanges and clearing houses, according to people familiar with the matter, a move likely to provoke resistance from smaller member states.

The plan, which could be unveiled as soon as next month, would transfer oversight of about 20 firms from national regulators to the Paris-based European Securities and Markets Authority, said the people, who asked not to be identified because the deliberations are private.

A spokesperson for the commission declined to comment on the details but said the executive was “looking at all options to deepen the integration of capital markets.”

Financial Services Commissioner Maria Luísa Antunes has repeatedly argued that fragmented supervision is one of the main reasons European companies list in New York rather than at home. “We have 27 rulebooks being applied in 27 different ways,” she said at a conference in Frankfurt last week. “Investors notice, and they take their money elsewhere.”

The proposal is likely to meet opposition from countries that host large financial sectors relative to the size of their economies and fear losing control over a key industry. A senior official at the finance ministry of one smaller member state said centralization would “hollow out expertise we have built up over decades.”

Exchange operators are split. Nordbörse Group, which runs markets in Stockholm, Helsinki and Tallinn, said it supported “a single supervisor in principle” but that any transfer must not add costs.

“We need one rulebook, not an extra layer of supervision on top of the existing ones,” the company said in an emailed statement.

In the European Parliament, the idea has broader backing. Markus Feldhaus, a German lawmaker who chairs the economic and monetary affairs committee, said he would support the plan as long as it included safeguards for smaller markets.

“The question isn’t whether we centralize, it’s how fast,” Feldhaus said in an interview.

ESMA currently supervises credit rating agencies, trade repositories and some benchmark administrators directly, but day-to-day oversight of trading venues remains with national authorities. Previous attempts to expand its powers, most recently in 2017, were largely blocked by member states.

Analysts said the political climate had shifted since then, as governments look for ways to finance defense spending and the energy transition without adding to public debt.

“We’ve been talking about capital markets union for a decade,” said Annika Strøm, an analyst at Baltic Bridge Capital in Copenhagen. “At some point the talking has to stop and somebody has to hand over power.”

A Bloomberg index of European exchange operators was little changed on Thursday.""",
        [
            ("looking at all options to", "spokesperson"),
            ("We have 27 rulebooks being", "Maria Luísa Antunes"),
            ("Investors notice, and they take", "Maria Luísa Antunes"),
            ("hollow out expertise we have", "senior official at the finance ministry of one smaller member state"),
            ("a single supervisor in principle", "Nordbörse Group"),
            ("We need one rulebook, not", "Nordbörse Group"),
            ("The question isn’t whether we", "Markus Feldhaus"),
            ("We’ve been talking about capital", "Annika Strøm"),
            ("At some point the talking", "Annika Strøm"),
        ],
    ),
]
