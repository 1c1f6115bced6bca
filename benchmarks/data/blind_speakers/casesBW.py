CASES = [
    (
        """OSLO — Norway’s Supreme Court ruled on Thursday that the operating licence for the Stuorravárri wind farm in Finnmark violates the rights of Sámi reindeer herders, handing a major victory to six herding families who have fought the project for almost a decade.

“This is the day we have been waiting for since the first turbine went up. The reindeer have not been able to use that mountain for five winters, and now the state has to listen,” said Máret Anne Gaup, whose siida, or herding community, uses the plateau as winter pasture.

The plateau, known among herders as “the pantry” because of its thick lichen cover, lies about 40 kilometres west of Karasjok. Its 52 turbines were built in 2019 by the developer Nordvind Kraft AS while the herders’ legal challenge was still under way.

In its unanimous judgment, the Supreme Court wrote that the development would have “substantial negative consequences for the herders’ ability to practise their culture” and that the Ministry of Energy had failed to examine less intrusive alternatives. The court did not, however, order the turbines to be dismantled, saying the question of what happens to the installation was for the ministry to decide.

Energy Minister Sindre Holmvik said the government would need time to study the 94-page ruling. “We respect the conclusion of the Supreme Court, and we will now enter into dialogue with both the reindeer herders and the developer,” he told public broadcaster NRK. He declined to say whether demolition was an option.

Nordvind Kraft, which is majority-owned by a German pension fund, said in a statement that it was “disappointed but not surprised” by the outcome and that the wind farm would continue producing electricity for now. Its chief executive, Eirik Sandnes, has repeatedly described Stuorravárri as the backbone of plans for green industry in the north.

Outside the court building in Oslo, around 200 people, many wearing the traditional gákti, gathered under banners reading “Reindeer before turbines”. The president of the Sámi Parliament, Aslak Eira Somby, wrote on Facebook that the verdict should be a lesson for the whole country about the cost of building the green transition on Sámi land.

Kristin Bull Haga, the lawyer who represented the families, said they were prepared to return to court if the ministry dragged its feet. “We have won on paper, but a judgment is worth nothing if the turbines are still spinning in ten years,” she said.""",
        [
            ("This is the day we have", "Máret Anne Gaup"),
            ("substantial negative consequences for the", "Supreme Court"),
            ("We respect the conclusion of", "Sindre Holmvik"),
            ("disappointed but not surprised", "Nordvind Kraft AS"),
            ("We have won on paper", "Kristin Bull Haga"),
        ],
    ),
    (
        """STOCKHOLM — Sweden will station a permanent mechanised battalion on Gotland by 2027 and double the number of air-defence units on the Baltic Sea island, the government said on Tuesday, presenting what it described as the largest reinforcement of Gotland since the end of the Cold War.

The plans are set out in a 64-page report, “A Stronger Baltic Flank”, which also proposes new fuel depots, a second harbour for naval vessels in Slite and an expanded home guard unit of about 1,200 volunteers.

“Gotland is an unsinkable aircraft carrier in the middle of the Baltic Sea. Whoever controls it controls the air and sea around the Baltic states, and we do not intend to leave that to chance,” Defence Minister Pål Lindqvist told reporters at Rosenbad, the government headquarters in Stockholm.

Sweden, which joined NATO in March 2024, abandoned Gotland as a permanent garrison in 2005 before re-establishing a small regiment in Visby in 2018. That force, referred to inside the armed forces as “the tripwire”, currently numbers about 400 soldiers.

The Supreme Commander of the Armed Forces, General Magnus Ekerot, said the military had asked for the reinforcement for several years. He told the newspaper Dagens Nyheter that the present garrison was “too thin to deter anyone who is serious”, and that a full battalion would make any attempt to seize the island far more costly.

The opposition Social Democrats broadly support the plan but have questioned the funding. Their defence spokesperson, Annika Strömberg, said the government had yet to explain where the estimated 9 billion kronor would come from. “The government is writing cheques it has not covered. Either it tells voters which welfare services will pay for this, or it admits it is borrowing the money,” she said in a written comment.

The Russian Embassy in Stockholm said in a post on Telegram that the decision was “another provocative step that turns the Baltic Sea into a zone of confrontation”. Moscow has repeatedly warned that it will respond to what it regards as NATO’s military build-up in the region.

On Gotland itself, reactions were mixed. In Visby, hoteliers and restaurant owners have welcomed the prospect of hundreds of new residents, while some islanders worry about housing shortages already made worse by the summer tourist season. The municipality said it would begin talks with the government on new housing in the spring.""",
        [
            ("Gotland is an unsinkable aircraft", "Pål Lindqvist"),
            ("too thin to deter anyone", "Magnus Ekerot"),
            ("The government is writing cheques", "Annika Strömberg"),
            ("another provocative step that turns", "Russian Embassy in Stockholm"),
        ],
    ),
    (
        """HELSINKI - Electricity prices in Finland jumped to their highest level in two years on Monday after the country's largest reactor, Kallioniemi 3, was shut down unexpectedly for what its operator said would be "at least three weeks" of repairs.

Pohjolan Ydinvoima, which runs the plant on the west coast, said in a statement that a fault had been found in a feedwater pump on the non-nuclear side of the facility. "There is no risk to nuclear safety, and no radioactive substances have been released," the company said.

The 1,600-megawatt unit normally covers around a seventh of Finland's electricity consumption. Its absence pushed the day-ahead price on the Nord Pool exchange above 300 euros per megawatt-hour during the morning peak, as a cold spell sent temperatures in Lapland below minus 30 degrees Celsius.

Kallioniemi 3 has had a troubled history. Construction began in 2005 and the reactor did not start regular production until 2023, delays that earned it the nickname "the eternal construction site" in the Finnish press.

Jussi Rantanen, head of system operations at grid company Suomen Kantaverkko, said there was no immediate threat of blackouts but that margins were narrow. He said: "The system is tight but under control. We are asking households to avoid unnecessary consumption between eight and ten in the morning and five and seven in the evening."

The grid company has revived its "Every Watt Counts" campaign, first launched during the energy crisis of 2022, urging people to lower indoor temperatures and put off using saunas and washing machines at peak hours.

Economic Affairs Minister Tiina Lehtovaara said the outage demonstrated the need for more battery storage and demand flexibility, and that the government would present proposals in the spring. Speaking in parliament, she rejected opposition calls for temporary price caps.

"This is exactly the scenario we warned about. When a single unit is a seventh of the market, every technical hiccup becomes a price shock for consumers," said Helena Koskimies, chief analyst at the Helsinki-based energy consultancy Voltera.

Koskimies said prices were likely to remain elevated until the reactor returned and that households on spot-price contracts would feel the impact most.""",
        [
            ("at least three weeks", "Pohjolan Ydinvoima"),
            ("There is no risk to", "Pohjolan Ydinvoima"),
            ("The system is tight but", "Jussi Rantanen"),
            ("This is exactly the scenario", "Helena Koskimies"),
        ],
    ),
    (
        """TALLINN — Harju County Court on Friday sentenced a former officer of the Estonian Defence Forces to 11 years in prison for spying for Russia’s military intelligence service, in one of the most serious treason cases since the country regained independence.

Rein Kalda, a 46-year-old former major who worked in logistics at the Defence Forces headquarters, was found guilty of passing information about allied equipment deliveries and ammunition stocks to a GRU handler between 2019 and 2023. He had pleaded not guilty.

“He knew exactly what he was doing and for whom. This was not a moment of weakness — for four years it was a business, and he was paid well for it,” State Prosecutor Triin Vahtra told reporters outside the courthouse after the verdict.

According to the indictment, Kalda received at least 62,000 euros in cash and cryptocurrency, meeting his handler first in Pskov and later in hotels in Riga and Helsinki.

Presiding judge Kaire Lillemägi said the court had found the testimony of a protected witness “credible, detailed and consistent with the other evidence”. She rejected the defence’s argument that the surveillance material had been obtained unlawfully.

Kalda’s lawyer, Andrus Kivisild, said he would appeal to the Tallinn Circuit Court. “My client maintains his innocence. This verdict rests almost entirely on the word of a witness whose identity the defence has never been allowed to know,” Kivisild said.

The Internal Security Service, which arrested Kalda in March last year in an investigation codenamed “Pike”, said the case showed that Russian intelligence continued to target people with access to sensitive information, including in the armed forces. In its statement, the agency added: “Anyone who has been approached by a foreign intelligence service should contact us. It is never too late to do so.”

The service’s yearbook, published every spring under the title “Annual Review”, has warned for several years that Russian recruiters increasingly approach targets online and through intermediaries in third countries.""",
        [
            ("He knew exactly what he", "Triin Vahtra"),
            ("credible, detailed and consistent with", "Kaire Lillemägi"),
            ("My client maintains his innocence.", "Andrus Kivisild"),
            ("Anyone who has been approached", "Internal Security Service"),
        ],
    ),
    (
        """RIGA — Latvia’s governing coalition was on the brink of collapse on Wednesday after the National Farmers’ Alliance threatened to walk out over a plan to raise the excise duty on diesel to help pay for higher defence spending.

The proposal, part of the government’s “Security First” budget package, would raise the price of diesel by about 12 cents a litre from July. Opposition parties have already dubbed it the “tractor tax”.

Agriculture Minister Jānis Ozoliņš, who leads the Farmers’ Alliance, told a press conference in Jelgava that his party had not been properly consulted. “Diesel is not a luxury in the countryside. It is how milk gets to the dairy and how grain gets to the port.

“If the prime minister insists on this, she will have to find a majority without us.”

Prime Minister Ilze Bērziņa responded within hours. In a post on X, she wrote that the defence of the country “cannot wait for a more convenient moment” and that every sector of the economy would have to contribute.

Later, in an interview with Latvian Radio, she struck a softer tone. “My door is open. I am ready to discuss compensation for farmers, but the principle that defence is paid for by all of us has to stay,” Bērziņa said.

The third coalition partner, the liberal Progress Union, has so far stayed out of the dispute, and its chairman, Edgars Kalniņš, declined to comment on Wednesday.

A spokeswoman for the Chancery of the President said the president would meet the leaders of all three coalition parties on Thursday and expected them to “put national security above party arithmetic”.

Without the Farmers’ Alliance, the coalition would control only 44 of the 100 seats in the Saeima.

“Both sides have climbed too high up the tree, and now they need someone to bring a ladder,” said Dace Liepiņa, a political scientist at the University of Latvia. She said an early election was unlikely, but that a cabinet reshuffle could not be ruled out.""",
        [
            ("Diesel is not a luxury in", "Jānis Ozoliņš"),
            ("cannot wait for a more", "Ilze Bērziņa"),
            ("My door is open.", "Ilze Bērziņa"),
            ("put national security above party", "spokeswoman for the Chancery of the President"),
            ("Both sides have climbed too", "Dace Liepiņa"),
        ],
    ),
    (
        """VILNIUS - Lithuania began pouring concrete on Monday for the first section of fortifications along its border with Russia's Kaliningrad region, part of a joint Baltic effort to make any invasion slower and more costly.

The works near Kybartai are the first visible element of the "Baltic Defence Line", a network of bunkers, anti-tank ditches and ammunition depots that Lithuania, Latvia and Estonia agreed to build last year. Rows of pyramid-shaped concrete blocks, known as "dragon's teeth", will be placed along roads leading from the border.

"Every kilometre we fortify today is a kilometre we will not have to fight for tomorrow," Defence Minister Rūta Vaitkevičienė said during a visit to the site. The minister said the government had set aside 120 million euros for the first phase and expected the work near Kybartai to be finished before winter.

For some landowners, the project has been an emotional one. Antanas Žukauskas, a 71-year-old farmer, agreed to sell a strip of his land to the state last autumn. "They offered me a fair price, I cannot complain," he said, standing at the edge of a field now cut by a freshly dug ditch. "But my grandfather was deported to Siberia from this farm, and now I am giving a piece of it to the army. History has a strange sense of humour."

Not everyone is convinced. Tomas Gudelis, an opposition member of the Seimas, said the fortifications were "more about television pictures than real deterrence" and accused the government of neglecting air defence.

A senior NATO official, speaking on condition of anonymity because he was not authorised to discuss allied planning, said the fortifications were useful but only part of the answer. "The concrete is the easy part. What matters is the people, the drones and the ammunition behind it," the official said.

Lithuania plans to spend more than 5 percent of its gross domestic product on defence next year, one of the highest shares in NATO.""",
        [
            ("Every kilometre we fortify today", "Rūta Vaitkevičienė"),
            ("They offered me a fair", "Antanas Žukauskas"),
            ("But my grandfather was deported", "Antanas Žukauskas"),
            ("more about television pictures than", "Tomas Gudelis"),
            ("The concrete is the easy", "senior NATO official"),
        ],
    ),
    (
        """COPENHAGEN — Denmark’s largest ever offshore wind tender has failed to attract a single bid, the government said on Thursday, dealing a blow to the flagship programme known as “North Sea Power Hub”.

The tender, covering three sites with a combined capacity of 3 gigawatts, closed at midnight on Wednesday. Under its terms, developers would have received no state subsidies and would have paid the state for the right to build, a so-called “negative bidding” model.

The Ministry of Climate, Energy and Utilities said in a statement that it “regrets that the market did not find the conditions attractive enough” and that it would analyse the outcome together with the industry before deciding on a new tender.

“I won’t hide that this is a disappointment,” Climate Minister Lars Kjærgaard told reporters at Christiansborg. “But I would rather have no bids than a tender that leaves Danish taxpayers with the bill.”

Industry groups said the result had been predictable. Mette Holst Andersen, chief executive of the trade association Vindkraft Danmark, said her members had warned the ministry for more than a year that the model would not work with interest rates and steel prices at their current levels.

“We said it in meetings, we said it in writing and we said it in public. Nobody can claim to be surprised this morning,” she said.

An executive at one of Europe’s largest offshore wind developers, who asked not to be named because the company is in talks with the Danish government, said the decision not to bid had been taken at board level. “We would love to build in the Danish North Sea. But we cannot build at a loss, and under these terms it would have been a loss,” the executive said.

Denmark has pledged to cut greenhouse gas emissions by 70 percent by 2030 compared with 1990 levels. Analysts say the failed tender makes it likely that at least some of the planned capacity will not be in place until the middle of the next decade.""",
        [
            ("regrets that the market did", "Ministry of Climate, Energy and Utilities"),
            ("I won’t hide that this", "Lars Kjærgaard"),
            ("But I would rather have", "Lars Kjærgaard"),
            ("We said it in meetings", "Mette Holst Andersen"),
            ("We would love to build", "executive at one of Europe’s largest offshore wind developers"),
        ],
    ),
    (
        """HELSINKI — Finland’s parliament on Tuesday approved a long-delayed reform of the Sámi Parliament Act, ending a dispute over who has the right to vote in Sámi elections that has divided northern Lapland for more than two decades.

The law tightens the criteria for inclusion on the Sámi electoral roll, placing greater weight on a person’s own or a close relative’s knowledge of a Sámi language. Critics of the old rules argued that they allowed hundreds of people with little connection to Sámi culture to register, a question often framed in the debate as who is “Sámi enough”.

The bill passed by 121 votes to 58 after a debate that ran late into Monday night.

“This is a historic day for the Sámi people in Finland,” said Inger-Máret Aikio, president of the Sámi Parliament, who watched the vote from the public gallery. “For twenty years, the state has let others decide who we are. Today it finally accepted that this decision belongs to us.

“Our grandparents started this work. Many of them did not live to see it.”

Justice Minister Petri Salmenkivi, who steered the bill through parliament, noted that Finland had twice been criticised by the UN Human Rights Committee over the issue. He said the new law would bring Finland “in line with its international obligations” and strengthen the legitimacy of the Sámi Parliament.

The reform has been fiercely opposed by some residents of Inari and Sodankylä who consider themselves Sámi but risk losing their place on the roll. Kalle Niskanen, an MP from Lapland who voted against the bill, said it would deepen divisions in the north.

“I have constituents whose families have lived off this land for generations, and now they will be told that they are not who they say they are,” Niskanen said.

The new rules will apply from the next Sámi Parliament election, scheduled for 2027. An electoral committee is expected to begin reviewing the existing roll in the autumn.""",
        [
            ("This is a historic day", "Inger-Máret Aikio"),
            ("For twenty years, the state", "Inger-Máret Aikio"),
            ("in line with its international", "Petri Salmenkivi"),
            ("I have constituents whose families", "Kalle Niskanen"),
        ],
    ),
]
