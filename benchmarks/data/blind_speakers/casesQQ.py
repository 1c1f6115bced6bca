CASES = [
    (
        """EU leaders fail to agree gas price cap after marathon summit

By Marta Kowalczyk and Pieter Van Dael

BRUSSELS, Oct 21 (Reuters) - European Union leaders ended a summit in the early hours of Friday without agreeing on a cap on wholesale gas prices, handing the problem back to energy ministers weeks before the heating season peaks.

A group of 14 countries led by Spain, Italy and Greece has pushed for a temporary ceiling on the price of gas used for power generation, arguing that households and small firms cannot absorb another winter of record bills. Germany, the Netherlands and Denmark fear a hard cap would send cargoes of liquefied natural gas to Asia instead.

"We have spent nine hours discussing a problem that our citizens have been living with for nine months," Spanish Prime Minister Alejandro Ferrán told reporters as he left the Europa building shortly before 3 a.m. "Patience in Madrid, in Lisbon, in Athens is running out."

Dutch Prime Minister Maarten Oosterhuis said the bloc should not rush into a measure that could leave its storage sites half-empty by February.

"A cap that drives away supply is not a solution. It is a new problem," he said, adding that the Netherlands was open to "a safety mechanism that only kicks in when markets stop functioning."

European Commission President Helga Lindqvist said the EU executive would return within two weeks with a proposal that was "robust, temporary and targeted", and that leaders had given her a clear mandate to work on joint gas purchasing.

"Nobody in that room defended the status quo," Lindqvist said. "The disagreement is about the instrument, not the objective."

Diplomats said the talks stalled over whether a cap should apply to all wholesale transactions or only to the benchmark Dutch TTF contract. One EU diplomat involved in drafting the conclusions described the mood as "tired and a bit bitter," saying several leaders had threatened to hold up unrelated files unless their concerns were reflected in the text.

Another official, from a northern member state, said the final wording had been "watered down to the point where everyone can claim victory and nobody has to change anything."

The front-month TTF contract rose 4% in early trading on Friday to 128 euros per megawatt hour, according to exchange data.

The European Federation of Energy Traders, which represents more than 100 trading houses and utilities, said in a statement that any cap "risks undermining confidence in European markets at exactly the wrong moment."

Energy ministers are due to meet in Luxembourg on Nov. 4.

(Editing by Gareth Morley)""",
        [
            ("We have spent nine hours discussing", "Alejandro Ferrán"),
            ("Patience in Madrid, in Lisbon,", "Alejandro Ferrán"),
            ("A cap that drives away", "Maarten Oosterhuis"),
            ("a safety mechanism that only", "Maarten Oosterhuis"),
            ("robust, temporary and targeted", "Helga Lindqvist"),
            ("Nobody in that room defended", "Helga Lindqvist"),
            ("The disagreement is about the", "Helga Lindqvist"),
            ("tired and a bit bitter", "EU diplomat involved in drafting the conclusions"),
            ("watered down to the point", "official from a northern member state"),
            ("risks undermining confidence in European", "European Federation of Energy Traders"),
        ],
    ),
    (
        """Nearly 600 migrants reach tiny Italian island in 24 hours

Santa Marina (Italy) (AFP) - Nearly 600 migrants arrived on the small Italian island of Santa Marina in the space of a day, local authorities said Sunday, overwhelming a reception centre built for fewer than 250 people.

Twenty-three boats, most of them flimsy metal vessels that had set off from the Tunisian port of Sfax, were intercepted by the coast guard or reached the harbour on their own between Saturday morning and Sunday morning, officials said.

"We are doing what we can, but there are 580 people in a place meant for 240," the island's mayor, Rosaria Cannizzaro, told AFP by telephone. "The volunteers have not slept. The doctors have not slept. Rome has to understand that this is not a local problem."

Among the new arrivals were at least 70 unaccompanied minors and a woman who gave birth on the quayside shortly after landing, according to the Catholic charity Casa del Mare, which runs the centre on behalf of the state.

A spokesman for the interior ministry in Rome said transfers to Sicily by ferry and military aircraft would begin on Monday and insisted "the situation is under control."

Aid groups disputed that. "People are sleeping on concrete in the sun with one bottle of water a day," said Lorenzo Gatti, a coordinator for Mare Aperto, a charity whose rescue ship has been held in port in Sicily since last month under a government decree. "Calling that under control is an insult."

A 19-year-old from Guinea who gave his name only as Ibrahim said he had paid 1,500 euros for a place on a boat carrying 42 people. "The engine stopped twice. We thought we would die," he told AFP through an interpreter, sitting under a tarpaulin near the port.

The surge comes as EU interior ministers prepare to meet in Luxembourg on Thursday to discuss how to share responsibility for asylum seekers arriving in frontline states such as Italy, Greece, Malta and Spain.

Interior Minister Gianfranco Lo Russo has repeatedly called for a European naval mission to stop departures from North Africa, saying last week that Italy could not continue to act as "Europe's only border guard."

The opposition accused the government of failing to prepare despite warnings from the coast guard. "Every summer they act surprised, and every summer the same people pay the price," centre-left senator Elena Marchetti wrote on X.

More than 89,000 people have reached Italy by sea since January, according to interior ministry figures, compared with around 48,000 in the same period last year.""",
        [
            ("We are doing what we", "Rosaria Cannizzaro"),
            ("The volunteers have not slept.", "Rosaria Cannizzaro"),
            ("the situation is under control.", "spokesman"),
            ("People are sleeping on concrete", "Lorenzo Gatti"),
            ("Calling that under control is", "Lorenzo Gatti"),
            ("The engine stopped twice.", "Ibrahim"),
            ("Europe's only border guard.", "Gianfranco Lo Russo"),
            ("Every summer they act surprised,", "Elena Marchetti"),
        ],
    ),
    (
        """Populist tycoon's movement tops Czech election but falls short of majority

PRAGUE (AP) — A populist movement led by billionaire former agriculture minister Radek Hušek won the most votes in the Czech Republic's parliamentary election, according to nearly complete results released Saturday, but it will need coalition partners to govern.

With 98% of precincts counted, Hušek's Voice of the Citizens movement had 31.4%, the Czech Statistical Office said. Outgoing Prime Minister Jana Vondráčková's center-right coalition, Together, was second with 24.9%.

"People have said clearly that they want change, and they want it now," Hušek told cheering supporters at his campaign headquarters in a converted brewery in Prague's Smíchov district. "We will talk to everyone who respects that result."

He did not say which parties he would approach. Analysts said his most likely partners were the far-right Freedom and Homeland party, which won about 8%, and a small farmers' party that narrowly cleared the 5% threshold to enter parliament.

Vondráčková conceded defeat shortly after 10 p.m. She said her coalition would "not be part of any government that takes this country out of the European mainstream" and warned against weakening support for neighboring Ukraine.

"We leave the country with a lower deficit, with full gas storage and with allies who trust us," she said. "That is not nothing."

Turnout was 67.8%, the highest since 1998.

Hušek, 61, campaigned on promises to cut household energy prices, raise pensions and scrap what he called "Brussels' green nonsense," a reference to EU climate rules that will put a price on emissions from heating and road transport from 2027.

Petr Lorenc, a political scientist at the Institute for Central European Affairs in Brno, said the result reflected anger over living costs more than hostility to the EU. "Most of his voters are not against Europe. They are against their electricity bill," Lorenc said.

In Brussels, a European Commission spokeswoman said the Commission did not comment on national election results but "looks forward to working with the next Czech government."

The president, who under the constitution appoints the prime minister, is expected to begin talks with party leaders on Monday. A spokesman for the presidential office said the head of state would "take his time" and meet the leaders of all seven parties that won seats.

Outside the Voice of the Citizens headquarters, retired railway worker Miroslav Dvořák, 72, said he had voted for Hušek because "he is the only one who talks about pensions."

"My wife and I heat one room in winter," he said. "That's how we live."

___

Associated Press writer Karel Janeček contributed to this report.""",
        [
            ("People have said clearly that", "Radek Hušek"),
            ("We will talk to everyone", "Radek Hušek"),
            ("not be part of any", "Jana Vondráčková"),
            ("We leave the country with", "Jana Vondráčková"),
            ("That is not nothing.", "Jana Vondráčková"),
            ("Brussels' green nonsense", "Radek Hušek"),
            ("Most of his voters are", "Petr Lorenc"),
            ("looks forward to working with", "spokeswoman"),
            ("take his time", "spokesman"),
            ("he is the only one", "Miroslav Dvořák"),
            ("My wife and I heat", "Miroslav Dvořák"),
            ("That's how we live.", "Miroslav Dvořák"),
        ],
    ),
    (
        """German utility raises power prices by 28 per cent as grid fees climb

Berlin (dpa) - One of Germany's largest regional energy suppliers, Rheinland Energie, is raising electricity prices for around 2.1 million households by an average of 28 per cent from January, the company said on Tuesday.

The Cologne-based utility blamed higher procurement costs and a sharp rise in network charges set by grid operators. A typical family using 3,500 kilowatt hours a year will pay about 312 euros (330 dollars) more annually, according to the company's own calculations.

"We have held back price increases for as long as we responsibly could," chief executive Claudia Rensing said in a statement. "But we buy electricity one to two years in advance, and the contracts we signed at the height of the crisis are now flowing into our tariffs."

Consumer advocates reacted with anger. Thomas Vogelsang, energy expert at the consumer association Energiekunden Deutschland, urged customers to compare offers. "Anyone who stays in the default tariff is paying a loyalty penalty," he told dpa. "New customers are being offered contracts that are 30 per cent cheaper by the same companies."

The Economy Ministry in Berlin said it was monitoring developments closely. A ministry spokeswoman pointed to the electricity price brake, which caps the price for 80 per cent of a household's consumption at 40 cents per kilowatt hour until the end of April. "The relief measures are working and they will continue to work," she told the regular government press conference.

Economy Minister Jonas Albrecht told the "Westdeutsche Rundschau" newspaper that grid fees were "the big unresolved issue of the energy transition" and that the government would present proposals by the summer to spread the costs of network expansion more fairly between regions.

"It cannot be that people in the north pay the most because that is where the wind turbines are," he said.

Grid operators have defended the increases. The Association of Regional Network Operators said billions of euros in investment were needed to connect new solar and wind farms, heat pumps and charging points for electric cars. "Without these investments, there will be no energy transition," the association said in a statement.

Wholesale electricity prices have fallen by more than half since their peak in August 2022, but analysts say it will take many months for the decline to reach household bills in full.

"Households will only feel real relief from 2025, and only if they switch," said Katrin Oberle, an analyst at the Hamburg-based research firm Enerdata Nord.

Customers who object to the increase have a special right to terminate their contracts, Rheinland Energie said.""",
        [
            ("We have held back price", "Claudia Rensing"),
            ("But we buy electricity one", "Claudia Rensing"),
            ("Anyone who stays in the", "Thomas Vogelsang"),
            ("New customers are being offered", "Thomas Vogelsang"),
            ("The relief measures are working", "spokeswoman"),
            ("the big unresolved issue of", "Jonas Albrecht"),
            ("It cannot be that people", "Jonas Albrecht"),
            ("Without these investments, there will", "Association of Regional Network Operators"),
            ("Households will only feel real", "Katrin Oberle"),
        ],
    ),
    (
        """Member states inch towards deal on asylum ‘solidarity pool’

By Anneke Dros

BRUSSELS — EU interior ministers moved closer on Thursday (8 June) to a deal on sharing responsibility for asylum seekers, but a bloc of central European governments still refuses to accept any obligation to take in people arriving across the Mediterranean.

Under a compromise tabled by the Swedish presidency, countries that do not want to relocate asylum seekers would instead pay €22,000 per person into a common fund managed by the European Commission — what is known in Brussels jargon as “flexible solidarity”.

“Nobody is going to be forced to accept a single person,” said Ingrid Ahlgren, the Swedish migration minister who chaired the talks. “But nobody gets to walk away from the table either.”

That message has not convinced Warsaw. “This is relocation through the back door,” Polish deputy interior minister Bartosz Zieliński told reporters on arrival in Luxembourg. “We will not pay to be punished for a policy we never supported.”

Southern countries are unhappy for different reasons. A diplomat from a southern member state said the figure was “far too low to change anyone’s behaviour” and that frontline states would insist on an annual review.

Ministers need a qualified majority — 15 countries representing 65 percent of the EU population — to adopt their position. According to one EU official familiar with the talks, that threshold “is within reach, but only just”.

Rights groups have focused their criticism on a separate part of the package, which would oblige member states to run fast-track asylum procedures at the border for applicants from countries with low recognition rates. In a letter to ministers seen by this website, the Brussels-based Platform for Refugee Rights warned that the procedure would mean “de facto detention of families with children in facilities that do not yet exist”.

Once ministers agree, they must negotiate the final text with the European Parliament, which adopted its own position in April. Femke de Wolf, a Dutch liberal MEP who is one of the Parliament’s lead negotiators, said she was ready to start talks “the morning after” a Council deal.

“But the Parliament will not rubber-stamp whatever comes out of that room,” she added.

Home affairs commissioner Dimitra Kouris, who has staked much of her mandate on the pact, made an unusually personal appeal at a press conference after the morning session.

“We have been negotiating this for seven years,” she said. “Seven years in which the numbers went up and down, governments came and went, and every summer we saw the same images from the same islands. If we cannot agree now, I honestly do not know when we will.

“I am not asking anyone to love this text. I am asking them to vote for it.”

Talks were expected to continue late into the evening.""",
        [
            ("Nobody is going to be forced", "Ingrid Ahlgren"),
            ("But nobody gets to walk", "Ingrid Ahlgren"),
            ("This is relocation through the", "Bartosz Zieliński"),
            ("We will not pay to", "Bartosz Zieliński"),
            ("far too low to change", "diplomat from a southern member state"),
            ("is within reach, but only", "EU official familiar with the talks"),
            ("de facto detention of families", "Platform for Refugee Rights"),
            ("the morning after", "Femke de Wolf"),
            ("But the Parliament will not", "Femke de Wolf"),
            ("We have been negotiating this", "Dimitra Kouris"),
            ("Seven years in which the", "Dimitra Kouris"),
            ("I am not asking anyone", "Dimitra Kouris"),
        ],
    ),
    (
        """Centre-right heads for clear win in Italian election - exit polls

(ANSA) - ROME, SEP 25 - Italy's centre-right alliance was on course for a comfortable majority in both houses of parliament after Sunday's general election, according to exit polls and the first projections, putting National Renewal leader Stefano Berardi in pole position to become premier.

A projection for public broadcaster RAI put the coalition at around 44%, ahead of the centre-left Democratic Union on 26% and the Civic Movement on 15%.

"Italians have chosen stability and pride," Berardi told supporters at a hotel near Piazza Barberini in the early hours of Monday. "We will govern for everyone, including those who did not vote for us. This is a night of responsibility, not of celebration."

Democratic Union leader Chiara Valsecchi conceded defeat shortly after 2 a.m. "It is a sad night for the country, but not for democracy," she said at the party's headquarters, adding that the DU would lead "a tough, responsible opposition".

Northern Alliance leader Umberto Rossetto, whose party lost ground to its coalition partners in its Lombardy and Veneto strongholds, wrote on Twitter: "A great victory for the whole centre-right. Now let's get to work, starting with energy bills."

The Civic Movement held up better than polls had suggested, particularly in Campania, Puglia and Sicily. "The South has spoken, and it has said it does not want to be forgotten," said its leader, Paolo Zanardi.

Turnout was 63.9%, the lowest in the history of the Republic, according to interior ministry data.

Outgoing premier Marco Vitali, a former central banker who did not stand, is expected to remain in office for routine business until a new government is sworn in. Sources at Palazzo Chigi said he had phoned Berardi to congratulate him and to guarantee "an orderly and rapid transition".

Head of State Lorenzo Castaldi will begin formal consultations with party leaders once the new parliament convenes on October 13.

Investors are expected to focus on the coalition's spending plans, including a flat tax for the self-employed and earlier retirement. "Markets have largely priced this result in, but they will watch the first budget very closely," said Federico Lanza, chief strategist at Milan brokerage Banca Solari. "The spread will tell us quickly whether they like what they see." (ANSA).""",
        [
            ("Italians have chosen stability and", "Stefano Berardi"),
            ("We will govern for everyone,", "Stefano Berardi"),
            ("It is a sad night", "Chiara Valsecchi"),
            ("a tough, responsible opposition", "Chiara Valsecchi"),
            ("A great victory for the", "Umberto Rossetto"),
            ("The South has spoken, and", "Paolo Zanardi"),
            ("an orderly and rapid transition", "sources at Palazzo Chigi"),
            ("Markets have largely priced this", "Federico Lanza"),
            ("The spread will tell us", "Federico Lanza"),
        ],
    ),
    (
        """Pro-EU mayor wins Romanian presidential runoff, rival alleges fraud

By Ana-Maria Ionescu and Luiza Petrescu

BUCHAREST, Nov 25 (Reuters) - Liberal Cluj mayor Andrei Stoica won Romania's presidential runoff on Sunday, defeating nationalist senator Victor Pârvu with 54.2% of the vote, according to near-final results published by the Central Electoral Bureau on Monday.

The result eased concerns in Brussels and among NATO allies that Romania, which borders Ukraine and hosts a growing allied military presence on the Black Sea, could drift away from the Western mainstream.

"Tonight Romania chose Europe, but it did not choose me alone," Stoica, 48, told thousands of supporters who had gathered in Bucharest's University Square despite freezing rain. "I heard the anger of the people who voted for my opponent.

"Many of them live in villages without running water, in towns where the factory closed 20 years ago, or abroad because they could not find work here. I will be their president too."

Pârvu, who led after the first round two weeks ago, refused to concede. In a video posted on Facebook, he said there had been "massive irregularities" in voting by Romanians abroad, where Stoica won more than 70%, and that his Sovereign Romania Alliance would challenge the result in the Constitutional Court.

"We will not accept a president elected in the polling stations of Paris and London," he said.

An official at the Central Electoral Bureau, who asked not to be named because he was not authorised to speak to the media, said a number of complaints had been filed but "nothing on a scale that could change the outcome."

Turnout was 53.6%, up from 52.1% in the first round.

Stoica, a former software entrepreneur who has run Romania's second-largest city since 2016, has promised to push for judicial reform and to speed up the absorption of EU funds. He said he would consult parties on a new prime minister "within days, not weeks".

European Council President Luc Vandermeulen was among the first foreign leaders to react. He wrote on X: "Congratulations to President-elect Andrei Stoica. Romania's place is at the heart of our Union."

Romania's leu firmed 0.3% against the euro in early trade and the yield on 10-year government bonds fell 15 basis points.

"The market has breathed a sigh of relief, but the hard part starts now," said Ioana Dragomir, chief economist at Bucharest-based Banca Carpatica. "The next government inherits a budget deficit of more than 7% of GDP and will have to raise taxes."

(Reporting by Ana-Maria Ionescu and Luiza Petrescu; Editing by Gareth Morley)""",
        [
            ("Tonight Romania chose Europe, but", "Andrei Stoica"),
            ("I heard the anger of", "Andrei Stoica"),
            ("Many of them live in", "Andrei Stoica"),
            ("massive irregularities", "Victor Pârvu"),
            ("We will not accept a", "Victor Pârvu"),
            ("nothing on a scale that", "official at the Central Electoral Bureau"),
            ("within days, not weeks", "Andrei Stoica"),
            ("Congratulations to President-elect Andrei Stoica.", "Luc Vandermeulen"),
            ("The market has breathed a", "Ioana Dragomir"),
            ("The next government inherits a", "Ioana Dragomir"),
        ],
    ),
    (
        """Austria vetoes Schengen expansion, says border-free zone 'not working'

By Sophie Laurent

Austria on Thursday blocked Romania and Bulgaria from joining Europe's passport-free Schengen area, dashing hopes in Bucharest and Sofia of an end to long queues at their borders with the rest of the bloc.

The decision, taken at a meeting of EU interior ministers in Brussels, requires unanimity. All other member states except the Netherlands, which raised objections only to Bulgaria, were ready to admit both countries.

"An enlargement of a system that is not working cannot be right," Austrian Interior Minister Karl Brandauer told reporters before the meeting. He said more than 100,000 people had crossed into Austria irregularly this year, many of whom had not been registered in the first EU country they entered.

"We are not against Romania or Bulgaria. We are against pretending that the problem does not exist," he said.

Romania's Interior Minister Mihai Toma said he was "deeply disappointed" and accused Vienna of ignoring the findings of expert missions that had twice certified that Romania met all technical criteria.

In a statement, the Romanian Ministry of Foreign Affairs called the veto "unjustified and unfriendly" and said it had recalled its ambassador to Vienna for consultations.

Bulgaria's caretaker Interior Minister Stefan Nikolov was blunter. "This is a political decision dressed up as a technical one," he said. "Everybody in the room knows it."

Several diplomats pointed to domestic politics in Austria, where the far right is leading opinion polls ahead of a regional election in Lower Austria in January. A senior official in the Austrian interior ministry, speaking on condition of anonymity, did not dispute the link. "Of course there is an election. Nobody is pretending otherwise," the official said. "But the numbers are real."

European Commission Vice-President Tomas Kairys said the Commission would keep pushing for a decision next year. "Romania and Bulgaria have done everything that was asked of them," he said. "They deserve to be in Schengen, and Schengen deserves to have them."

Hauliers say the delays cost them dearly. The National Union of Road Hauliers of Romania said in a statement that trucks were waiting up to 30 hours at the main crossing into Hungary. "Every hour a driver spends in a queue is an hour in which our economy loses money," the statement said.""",
        [
            ("not working", "Karl Brandauer"),
            ("An enlargement of a system", "Karl Brandauer"),
            ("We are not against Romania", "Karl Brandauer"),
            ("deeply disappointed", "Mihai Toma"),
            ("unjustified and unfriendly", "Romanian Ministry of Foreign Affairs"),
            ("This is a political decision", "Stefan Nikolov"),
            ("Everybody in the room knows it.", "Stefan Nikolov"),
            ("Of course there is an", "senior official in the Austrian interior ministry"),
            ("But the numbers are real.", "senior official in the Austrian interior ministry"),
            ("Romania and Bulgaria have done", "Tomas Kairys"),
            ("They deserve to be in", "Tomas Kairys"),
            ("Every hour a driver spends", "National Union of Road Hauliers of Romania"),
        ],
    ),
]
