CASES = [
    (
        """EU leaders clash over farm budget as summit runs into the night

By Anna Reischl and Tomas Verhoeven

BRUSSELS, March 21 (Reuters) - European Union leaders failed to bridge deep divisions over the future of farm subsidies on Thursday, with a group of net contributors pushing to shrink the bloc's agricultural budget while eastern and southern states warned of unrest in the countryside.

The summit, originally scheduled to wrap up over dinner, ran past midnight as diplomats reworked draft conclusions several times to paper over the split on the Common Agricultural Policy, which accounts for nearly a third of the EU's long-term budget.

"We cannot keep paying farmers for hectares instead of results," Dutch Prime Minister Maarten Olthof told reporters on arrival. "Taxpayers expect every euro to deliver something, whether that is cleaner water or a stronger rural economy."

Polish Prime Minister Jerzy Kowalczyk said any cut would be "a gift to the populists" and warned that farmers in his country were already struggling with cheap imports and high fertiliser prices.

"If you take money from the farmers now, you will see tractors on every motorway from the Baltic to the Atlantic," he said.

European Council President Helene Marchetti said in a statement issued after 1 a.m. that leaders had held "a frank and necessary exchange" and had asked the European Commission to prepare options before the June summit.

One senior EU diplomat, speaking on condition of anonymity, said the atmosphere in the room had been "sharper than anything we have seen on agriculture in ten years".

The Commission has proposed folding farm payments into single national envelopes alongside regional development funds, a change that farm groups say would force agriculture to compete with other spending priorities in every capital.

The European Farmers' Council, which represents national farm unions, said in a statement the plan "would dismantle the only truly common policy the Union has".

"Farmers are being asked to absorb inflation, climate shocks and trade concessions all at once," said Brigitte Lahaye, the group's secretary-general. "There is a limit to what any sector can take."

Farm spending has fallen from around two-thirds of the EU budget in the 1980s to under a third today, but it remains the largest single item, and several governments face elections in which rural voters could prove decisive.

Diplomats said the debate would resume when finance ministers meet next month, with a push to reach a common position on the overall size of the budget before the summer break.

Danish Prime Minister Signe Morkholt, whose country currently chairs meetings of EU governments, played down expectations of a quick breakthrough.

"There is no deal tonight, and nobody expected one," Morkholt said as she left the building. "But we now know where the lines are."

(Reporting by Anna Reischl and Tomas Verhoeven; Editing by Kieran Doyle)""",
        [
            ("We cannot keep paying farmers", "Maarten Olthof"),
            ("Taxpayers expect every euro to", "Maarten Olthof"),
            ("a gift to the populists", "Jerzy Kowalczyk"),
            ("If you take money from", "Jerzy Kowalczyk"),
            ("a frank and necessary exchange", "Helene Marchetti"),
            ("sharper than anything we have", "senior EU diplomat"),
            ("would dismantle the only truly", "European Farmers' Council"),
            ("Farmers are being asked to", "Brigitte Lahaye"),
            ("There is a limit to", "Brigitte Lahaye"),
            ("There is no deal tonight", "Signe Morkholt"),
            ("But we now know where", "Signe Morkholt"),
        ],
    ),
    (
        """EU ministers slash Baltic cod quota after all-night haggling

Brussels (AFP) - European Union fisheries ministers agreed early Tuesday to cut catches of western Baltic cod by 46 percent next year, ending marathon talks that pitted scientists' warnings against the survival of small coastal fleets.

The deal, struck shortly before 5:00 am (0400 GMT) after almost 20 hours of negotiations in Brussels, also trims herring quotas in the central Baltic while leaving sprat catches broadly unchanged.

"It was a long night, but we have a result that protects the stocks and still gives our fishermen a future," EU Fisheries Commissioner Kristjan Valdmaa told a press conference.

Scientific advisers had recommended closing the western cod fishery altogether, warning that the stock had fallen to its lowest level on record because of warming waters, low oxygen and decades of overfishing.

Ministers from Denmark, Germany and Sweden pushed back, arguing that a complete ban would wipe out family-run boats that catch cod alongside other species.

"Let's be honest: for some harbours this is a very hard day," Swedish Rural Affairs Minister Annika Berglof told journalists as she left the building. She said Stockholm would ask Brussels for emergency funds to support "the small boats that have nothing else to fish."

Danish Food and Fisheries Minister Rasmus Kjeldgaard described the outcome as "the least bad option on the table" and said Copenhagen had secured a slightly higher herring quota than the European Commission first proposed.

"We fought for every tonne, and we got more than we expected when we walked in yesterday morning," he said.

Environmental campaigners were scathing. Ocean Trust Europe, a Brussels-based conservation group, said in a statement that ministers had "once again put short-term politics ahead of the science."

"Year after year they set quotas above the advice and then act surprised when the fish are gone," said Mathilde Roux, the group's fisheries policy officer.

In the small German port of Hellmannshagen, where a handful of trawlers still land cod, the mood was one of resignation.

"We have heard the word 'recovery' for fifteen years," said Jens Petersen, chairman of the Baltic Coastal Fishers' Association. "What we see is fewer boats every winter."

A diplomat from one of the Baltic states, who asked not to be named, summed up the mood in the Council: "Everybody left the room unhappy, which usually means it is a fair compromise."

The new quotas take effect on January 1.

burs-ach/dc""",
        [
            ("It was a long night,", "Kristjan Valdmaa"),
            ("Let's be honest: for some", "Annika Berglof"),
            ("the small boats that have", "Annika Berglof"),
            ("the least bad option on", "Rasmus Kjeldgaard"),
            ("We fought for every tonne,", "Rasmus Kjeldgaard"),
            ("once again put short-term politics", "Ocean Trust Europe"),
            ("Year after year they set", "Mathilde Roux"),
            ("We have heard the word", "Jens Petersen"),
            ("What we see is fewer", "Jens Petersen"),
            ("Everybody left the room unhappy,", "diplomat from one of the Baltic states"),
        ],
    ),
    (
        """EU readies retaliation list as US dairy dispute escalates

Brussels wants to show it can hit back — but capitals are split over how hard.

By Clara Wendt

BRUSSELS — The European Commission is preparing a list of American goods worth up to €4.2 billion that could be hit with tariffs if Washington goes ahead with duties on European cheese and butter, according to three EU officials and a draft document seen by POLITICO.

The move marks the sharpest escalation yet in a dispute that began last autumn, when the U.S. administration accused the bloc of using its farm subsidies to flood American supermarkets with cut-price dairy.

“We are not looking for a fight, but we will not be pushed around either,” Trade Commissioner Ondrej Halas told POLITICO on Wednesday. “If the duties come, our response will be proportionate, and it will be swift.”

The draft list, dated March 3, targets bourbon, peanut butter, motorboats and soybeans — products chosen, one official said, to “hurt in the right congressional districts.”

But not everyone in the Council is eager for a tit-for-tat. Diplomats from at least four countries, including Germany and Sweden, have urged the Commission to give talks more time, warning that a tariff war would ultimately land on European exporters of cars and machinery.

“Retaliation is a tool, not a strategy,” said one diplomat from a northern member country. “We need to keep the door open.”

Ireland, whose dairy exports to the U.S. have nearly doubled in five years, is pushing in the opposite direction. Agriculture Minister Ciarán Mulcahy said Dublin wanted “a clear signal that Europe will stand behind its farmers.”

In Washington, U.S. Trade Representative Dana Whitlock has said the EU’s support payments give its dairy producers an “unfair and unsustainable advantage.” Her office did not respond to a request for comment on the draft list.

The Commission insists its payments comply with World Trade Organization rules. A Commission spokesperson said the EU “remains fully committed to a negotiated solution” but declined to comment on “internal preparatory documents.”

Industry is nervous too. Dairy processors, who have spent a decade building up sales of premium cheese in the U.S., fear losing shelf space to competitors from New Zealand and Switzerland.

“Our members sell cheese, not politics,” said Henrik Vos, director general of the European Dairy Processors’ Association. “Every week this drags on, American importers are looking for suppliers elsewhere.”

EU trade ministers are due to discuss the dispute at an informal meeting in Valletta later this month. Officials expect Halas to present the retaliation list there, though any formal decision to impose tariffs would need the backing of a qualified majority of countries.

This article has been updated.""",
        [
            ("We are not looking for", "Ondrej Halas"),
            ("If the duties come, our", "Ondrej Halas"),
            ("hurt in the right congressional", "official"),
            ("Retaliation is a tool, not", "diplomat from a northern member country"),
            ("We need to keep the", "diplomat from a northern member country"),
            ("a clear signal that Europe", "Ciarán Mulcahy"),
            ("unfair and unsustainable advantage.", "Dana Whitlock"),
            ("remains fully committed to a", "spokesperson"),
            ("internal preparatory documents.", "spokesperson"),
            ("Our members sell cheese, not", "Henrik Vos"),
            ("Every week this drags on,", "Henrik Vos"),
        ],
    ),
    (
        """Irish pelagic fleet left short again after mackerel share-out

By Declan Furey

Irish pelagic skippers have reacted angrily to the outcome of this week's coastal states talks on north-east Atlantic mackerel, which leave the EU fleet with a smaller slice of a shrinking catch for the third year running.

The agreement, reached in Bergen on Thursday after four days of talks between the EU, Norway, the Faroe Islands, Iceland and the UK, sets the total catch for next year at just over 576,000 tonnes, a cut of 22% in line with scientific advice. But it again fails to settle the long-running dispute over how that catch is shared, with Norway and the Faroes continuing to set their own quotas.

'This is the third year in a row that the EU has walked into these talks with no leverage and walked out with less,' said Brendan Gillick, chief executive of the Irish Pelagic Producers' Organisation.

'Our boats are tied up for weeks at a time while Norwegian vessels fish mackerel that spent half its life in Irish waters. Nobody on the pier in Inishbeg can understand why Brussels keeps tolerating it.'

Mr Gillick said the organisation would write to the Minister for Agriculture, Food and the Marine, Fergal Hennessy, asking him to press the Commission to use its powers under the EU's anti-overfishing regulation against countries fishing what he called 'unsustainable, self-awarded quotas'.

In a statement, the Department of Agriculture, Food and the Marine said the minister had 'consistently raised the issue of mackerel sharing at every opportunity' and would do so again at the December Council.

A Commission official familiar with the talks, who did not wish to be named, acknowledged 'growing frustration in several capitals' but warned against expecting quick sanctions.

'We are not going to start a trade war over mackerel tomorrow. But the patience of the member states is wearing thin, and Oslo knows that,' the official said.

Norway's Minister of Fisheries, Eirik Haugsvoll, said in a statement that the Norwegian quota reflected 'where the mackerel actually is today, not where it was twenty years ago'.

On the pier in Inishbeg, where three pelagic vessels were tied up on Friday, the mood was grim.

'We've been told to be patient for fifteen years,' said John-Joe McGinley, skipper of the Inishbeg-registered Girl Eileen. 'Patience doesn't pay a crew of twelve.'

He said younger crew members were already leaving for jobs ashore and on wind farm service vessels: 'You can't blame them. There's no certainty in it any more.'

The EU's fisheries ministers meet in Brussels on 15-16 December to finalise next year's fishing opportunities, while the coastal states are due to resume talks on the sharing arrangement in February.""",
        [
            ("This is the third year", "Brendan Gillick"),
            ("Our boats are tied up", "Brendan Gillick"),
            ("unsustainable, self-awarded quotas", "Brendan Gillick"),
            ("consistently raised the issue of", "Department of Agriculture, Food and the Marine"),
            ("growing frustration in several capitals", "Commission official familiar with the talks"),
            ("We are not going to", "Commission official familiar with the talks"),
            ("where the mackerel actually is", "Eirik Haugsvoll"),
            ("We've been told to be", "John-Joe McGinley"),
            ("Patience doesn't pay a crew", "John-Joe McGinley"),
            ("You can't blame them.", "John-Joe McGinley"),
        ],
    ),
    (
        """Farmers bring tractors back to Brussels as ministers haggle over CAP simplification

By Giulia Ferraresi | Euractiv.com

Hundreds of tractors clogged the streets of the European quarter on Monday (27 January) as agriculture ministers gathered to discuss a package meant to cut red tape under the Common Agricultural Policy (CAP), with farm unions warning that the promised relief has yet to reach the fields.

Protesters set fire to hay bales and pallets near the Council building, and police used water cannon to stop a group of tractors from breaking through a barrier shortly before noon.

"Traffic in the European district will remain heavily disrupted until late afternoon," Brussels police said on X, urging commuters to avoid the area.

The protest was organised by a coalition of Belgian, French and Dutch farm unions, who say the Commission's simplification proposals, tabled in November, do little to ease the paperwork burden on small farms.

"We were promised less bureaucracy a year ago. What we got is a new form for every old form," Thibaut Delcourt, president of the Young Farmers of Wallonia, told Euractiv from the cab of his tractor.

"Meanwhile prices for our wheat are below the cost of production and nobody in that building seems to care."

Inside, ministers broadly welcomed the package, which would exempt farms under ten hectares from certain environmental conditions and reduce the number of on-the-spot checks.

Agriculture Commissioner Paulina Wrzesien said the proposals would save farmers "up to 1.5 billion euros a year" in administrative costs.

"Simplification is not a slogan for us. It is the first thing I asked my services to deliver," she told reporters after the meeting, adding that she hoped Parliament and Council could agree on the text "before the summer".

Several delegations, however, want to go further. According to a note circulated by the Austrian and Czech delegations and seen by Euractiv, nine member states are calling for a full review of the CAP's so-called "green architecture", including the conditions attached to direct payments.

French Agriculture Minister Claire Dumoulin said Paris supported the package but warned that it "cannot be the end of the story".

"We hear the anger outside these windows, and it is legitimate," Dumoulin said.

Environmental groups see it differently. The Green Fields Alliance, a coalition of conservation NGOs, said in a statement that the Commission was "quietly dismantling the safeguards" that had taken a decade to negotiate.

"Simplification must not become a synonym for deregulation," said Lena Falkenberg, the alliance's agriculture policy coordinator. "Farmers are the first victims of droughts and floods, and weakening the environmental rules will not protect them from either."

Parliament's agriculture committee is expected to vote on the package in March. An EU diplomat said the presidency was aiming for "a quick deal, ideally without reopening the whole CAP".

[Edited by Zoran Radosavljevic]""",
        [
            ("Traffic in the European district", "Brussels police"),
            ("We were promised less bureaucracy", "Thibaut Delcourt"),
            ("Meanwhile prices for our wheat", "Thibaut Delcourt"),
            ("up to 1.5 billion euros", "Paulina Wrzesien"),
            ("Simplification is not a slogan", "Paulina Wrzesien"),
            ("before the summer", "Paulina Wrzesien"),
            ("cannot be the end of", "Claire Dumoulin"),
            ("We hear the anger outside", "Claire Dumoulin"),
            ("quietly dismantling the safeguards", "Green Fields Alliance"),
            ("Simplification must not become a", "Lena Falkenberg"),
            ("Farmers are the first victims", "Lena Falkenberg"),
            ("a quick deal, ideally without", "EU diplomat"),
        ],
    ),
    (
        """EU vows WTO challenge after China slaps duties on European pork

BRUSSELS (AP) — The European Union said Friday it will take China to the World Trade Organization over new duties on European pork, deepening a trade dispute that has rattled hog farmers from Spain to Denmark.

The Chinese Ministry of Commerce announced late Thursday that it would impose provisional anti-dumping duties of between 15.6% and 62.4% on pork and pork products from the 27-nation bloc starting next week. The ministry said in a statement that its investigation had found that "dumped imports from the EU have caused substantial damage to China's domestic pig industry."

European Commission spokesman Olof Lindqvist told reporters in Brussels the measures were "unjustified and based on questionable allegations."

"We will use all the tools at our disposal, including WTO dispute settlement, to defend the interests of our farmers," Lindqvist said.

China is the largest market outside the EU for European pork, buying around 2.5 billion euros ($2.7 billion) worth of meat, offal and by-products last year. Spain, Denmark and the Netherlands are the biggest suppliers.

The duties are widely seen in Brussels as retaliation for EU tariffs on Chinese-made electric vehicles that took effect last year. Beijing has denied any link.

In the Catalan village of Castellvell del Segre, pig farmer Jordi Prats said his slaughterhouse had already warned him that prices would fall. "They called me this morning and said they will pay less from Monday. I have 3,000 animals and a bank loan. What am I supposed to do?" Prats said.

The Spanish Pig Producers' Federation said in a statement that the sector was "paying the price for a dispute it has nothing to do with" and urged the government to seek compensation from the EU's agricultural crisis reserve.

Spanish Agriculture Minister Lucia Arrieta, who traveled to Beijing in the fall to lobby against the duties, said Madrid would keep talking to Chinese authorities.

"Dialogue is the only way out of this," Arrieta told Spanish public radio. "Nobody wins a trade war, and farmers are always the first to lose."

Nordvik Pork Group, one of Denmark's largest meat processors, said it was reviewing its shipments to China and could not rule out cuts to production. The company said about a fifth of its export revenue came from the Chinese market.

"The worst case is that we lose a market it took twenty years to build," said Soren Holt, director of the Danish Meat Producers' Association.

Trade analysts said Beijing had chosen its target carefully.

"Beijing has chosen a product where Europe is exposed and divided," said Marta Ilic, a trade researcher at the Centre for European Economic Studies in Brussels. "It is a message aimed at the capitals that backed the car tariffs."

The provisional duties can remain in place for several months while China completes its investigation, after which it must decide whether to make them definitive.

Associated Press writer Wen Hao in Beijing contributed to this report.""",
        [
            ("dumped imports from the EU", "Chinese Ministry of Commerce"),
            ("unjustified and based on questionable", "Olof Lindqvist"),
            ("We will use all the", "Olof Lindqvist"),
            ("They called me this morning", "Jordi Prats"),
            ("paying the price for a", "Spanish Pig Producers' Federation"),
            ("Dialogue is the only way", "Lucia Arrieta"),
            ("Nobody wins a trade war,", "Lucia Arrieta"),
            ("The worst case is that", "Soren Holt"),
            ("Beijing has chosen a product", "Marta Ilic"),
            ("It is a message aimed", "Marta Ilic"),
        ],
    ),
    (
        """Leaders kick Mercosur decision into new year as farmers rally outside

By Pieter Janssens

EU leaders on Thursday (18 December) agreed to postpone a decision on signing the long-delayed trade agreement with the Mercosur countries until January, after France and Austria signalled they could gather enough support to block it.

The delay is a setback for Commission president Anneliese Brandt, who had hoped to fly to South America before Christmas to sign the deal, which would create one of the world's largest free-trade areas.

"This agreement is good for our exporters, good for our farmers and good for Europe's place in the world," Brandt told journalists after the summit. "A few more weeks will not change that."

Opponents were unmoved. French president Etienne Laval said the safeguards offered by the Commission were "not yet credible" and that France would not sign "a text that sacrifices our livestock farmers for German cars."

"We are not against trade. We are against unfair competition," Laval said, adding that imported beef and poultry should meet the same environmental and animal-welfare standards as European produce, through so-called "mirror clauses."

Austria's chancellor Markus Ebner, whose parliament passed a binding resolution against the deal in 2019, said his hands were tied. "I have a mandate from my parliament, and I will respect it," he said.

The pro-deal camp, led by Germany and Spain, argues that the agreement is vital for European industry at a time of rising tariffs elsewhere. Spanish prime minister Alvaro Requena warned that Europe was "running out of excuses" and would lose ground to China in Latin America if it hesitated further.

According to a source close to the negotiations, the Commission is now considering a stronger bilateral "safeguard clause" that would allow tariffs on beef imports to be reintroduced if EU prices collapse.

"The question is whether Paris wants a better deal or no deal at all. Nobody is quite sure," the source said.

Much now depends on Italy, whose position remains ambiguous. Italian officials said Rome would take a decision "at the right moment, and not under pressure," without indicating which way it was leaning.

Outside, several thousand farmers from Belgium, France and Ireland rallied near the Council building, some carrying banners against the deal. The Euro-Agri Alliance, which organised the rally, said in a press release that the postponement was "a first victory, but not the last."

"We will be back in January with twice as many tractors," said Koen Verbist, a dairy farmer from Limburg who helped organise the protest.

The Danish EU presidency said in a statement late on Thursday that work on the agreement would continue "at technical level" over the holidays, with a view to a vote by ambassadors in mid-January.""",
        [
            ("This agreement is good for", "Anneliese Brandt"),
            ("A few more weeks will", "Anneliese Brandt"),
            ("not yet credible", "Etienne Laval"),
            ("a text that sacrifices our", "Etienne Laval"),
            ("We are not against trade.", "Etienne Laval"),
            ("I have a mandate from", "Markus Ebner"),
            ("running out of excuses", "Alvaro Requena"),
            ("The question is whether Paris", "source close to the negotiations"),
            ("at the right moment, and", "Italian officials"),
            ("a first victory, but not", "Euro-Agri Alliance"),
            ("We will be back in", "Koen Verbist"),
            ("at technical level", "Danish EU presidency"),
        ],
    ),
    (
        """EU Nears Deal to Curb Ukrainian Farm Imports as Poland Holds Out

By Kasia Nowicka and Lorenz Hübner

(Bloomberg) -- European Union negotiators are close to agreeing new limits on duty-free imports of Ukrainian sugar, eggs and wheat, a compromise aimed at calming farmers in eastern member states without cutting off Kyiv’s most important export market.

Under the draft deal, imports above annual quotas set close to the average of the past three years would face regular tariffs, according to people familiar with the matter, who asked not to be identified because the talks are private. A so-called “emergency brake” would let the European Commission reimpose duties on other products if a member state’s market is disrupted.

Poland, Hungary and Slovakia are pushing for lower caps and want the brake to be triggered automatically.

“Our farmers cannot be the ones who pay for Europe’s solidarity with Ukraine,” Polish Agriculture Minister Stanisław Dębski said in an interview in Warsaw on Tuesday. “We support Ukraine, but the market has to be protected.”

Ukraine says the proposed quotas would cost its exporters hundreds of millions of euros a year. Deputy Economy Minister Oksana Hrytsenko said the caps on sugar and poultry were “much tighter than anything we discussed in the autumn.”

“Every tonne we cannot export is money that our farmers, many of them close to the front line, do not get,” Hrytsenko said by phone from Kyiv.

“The Commission is working to find a balanced solution that takes into account the concerns of all member states,” spokeswoman Anna Keller-Rossi said in an emailed statement.

European sugar producers, who saw prices slump after Ukrainian shipments surged in 2023, broadly welcomed the direction of the talks. Valdor Sugar, which shut two beet factories in eastern Germany last year, said in a statement that imports had “pushed prices below the cost of production for months at a time.” The company said it would not reopen the plants under current market conditions.

“This is better than nothing, but it still leaves the market exposed,” said Marc Devos, director general of the European Sugar Refiners’ Association.

Milling wheat futures in Paris rose as much as 1.2% on Wednesday after news of the talks, before paring gains.

“Brussels is trying to buy political peace in Warsaw and Bratislava,” said Tomas Reiner, an analyst at Danube Agri Research in Vienna. “The question is whether these numbers survive the next harvest.”

Ambassadors could sign off on the compromise as soon as next week, though it would still require approval from the European Parliament.

--With assistance from Piotr Zalewski.""",
        [
            ("Our farmers cannot be the", "Stanisław Dębski"),
            ("We support Ukraine, but the", "Stanisław Dębski"),
            ("much tighter than anything we", "Oksana Hrytsenko"),
            ("Every tonne we cannot export", "Oksana Hrytsenko"),
            ("The Commission is working to", "Anna Keller-Rossi"),
            ("pushed prices below the cost", "Valdor Sugar"),
            ("This is better than nothing,", "Marc Devos"),
            ("Brussels is trying to buy", "Tomas Reiner"),
            ("The question is whether these", "Tomas Reiner"),
        ],
    ),
]
