CASES = [
    (
        """BELGRADE, Oct 14 - Several thousand people marched through central Belgrade on Saturday evening to protest against the planned sale of a minority stake in state heating company Termosrbija, the largest demonstration in the Serbian capital since the spring.

Marchers, many carrying banners reading "Our Heat Is Not For Sale", blocked a main boulevard near the National Assembly for about an hour before moving on towards the government headquarters, where riot police had formed a cordon.

"We have paid for these pipes for fifty years, with our bills and with our taxes," said Nevena Ristivojević, a 58-year-old retired teacher from the Zvezdara district. "Now they want to hand them to a company nobody here has ever heard of."

The march was organised by the civic initiative "Topli dom" (Warm Home), which was formed in August after the government announced that it would seek a strategic partner for Termosrbija.

Its spokesman, 26-year-old engineering student Lazar Milovanović, told the crowd that the initiative would return to the streets every Saturday until the tender was cancelled. "This is not about one company," he said. "It is about whether anything in this country still belongs to the people who live in it."

Economy Minister Branislav Obradić rejected the criticism on Friday, a day before the march. He told reporters: "Nobody is selling the heating network. We are bringing in a partner with capital that the city simply does not have, and the pipes stay in public hands."

Obradić said the investor, Cyprus-registered Heliantis Holdings, would take a 49 percent stake and commit to investing 310 million euros over ten years. He described the protest as "a rehearsal for early elections" that the opposition was hoping to force.

The Serbian government said in a statement late on Saturday that the transaction "will not affect prices for households" and accused unnamed organisers of "spreading panic for political gain".

Heliantis Holdings did not respond to a request for comment.

The Interior Ministry said 12 people had been detained, three of them "for physically attacking police officers", and that two officers had suffered minor injuries. Organisers said the arrests were arbitrary and that police had used pepper spray on peaceful marchers.

Tamara Čekić, leader of the opposition Civic Dawn party, said the government had "learned nothing" from previous protests over the sale of public assets. "When people see that a decision has been taken behind closed doors, they come out," she wrote on social media. "And they will keep coming out."

Čekić, whose party holds 11 seats in the 250-seat parliament, called for the tender documents to be published in full before any contract is signed.""",
        [
            ("We have paid for these", "Nevena Ristivojević"),
            ("Now they want to hand", "Nevena Ristivojević"),
            ("This is not about one", "Lazar Milovanović"),
            ("It is about whether anything", "Lazar Milovanović"),
            ("Nobody is selling the heating", "Branislav Obradić"),
            ("a rehearsal for early elections", "Branislav Obradić"),
            ("will not affect prices for", "Serbian government"),
            ("spreading panic for political gain", "Serbian government"),
            ("for physically attacking police officers", "Interior Ministry"),
            ("learned nothing", "Tamara Čekić"),
            ("When people see that a", "Tamara Čekić"),
            ("And they will keep coming", "Tamara Čekić"),
        ],
    ),
    (
        """SOFIA, February 3 - Bulgaria will sign the engineering contract for two new reactors at the Kozloduy nuclear power plant by the end of June, Energy Minister Kiril Stanchev said on Monday, despite warnings from parliament's budget committee that financing for the project has still not been secured.

"The negotiations with the contractor are in their final phase. I do not see any obstacle that cannot be overcome in the coming weeks," Stanchev said in an interview for Nova Zora TV.

The minister described the two-year delay in the project as "unpleasant, but not dramatic" and said the price of the contract would be disclosed only after it was signed. Asked whether the cost could exceed the 14 billion leva estimated last year, he answered: "Every large project gets more expensive. What matters is that the state keeps control."

Dunav Atomic Project Company, the state-owned firm set up to manage the construction, said in a written statement that the technical design of the first unit had been "practically completed" and that site preparation works would start in the autumn.

Criticism came from the chair of the budget committee, Hristo Valchanov of the opposition Balkan Democratic Union. He told journalists in parliament that the government had not presented "a single serious calculation" of how the loans would be repaid.

"We are being asked to sign a blank cheque for the next thirty years," Valchanov said. "Nobody in this building has seen the financial model, including, I suspect, the minister himself."

Meanwhile, about 2,000 miners and energy workers from the Maritsa East complex protested in front of the Council of Ministers building in Sofia, demanding guarantees that the coal-fired plants in the Stara Zagora region will continue operating until at least 2038.

The protest was organised by the Federation of Independent Energy Trade Unions. Its chairwoman, Yordanka Pencheva, read out a declaration by the federation addressed to Prime Minister Nikolay Draganov.

"We demand a clear timetable, signed by the government, and not promises made on television," the declaration said. "Twelve thousand families in the region depend on these plants. If they close without a plan, the region will die."

Pencheva told reporters after the protest that the workers were ready to block the Trakia motorway if they did not receive a written answer within two weeks. "We have been patient for four years," she said.

The government press office said Draganov would meet trade union representatives on Thursday. According to the statement, the prime minister "remains committed to a fair transition that does not leave anyone behind".

Stanchev said on Monday that the coal plants would operate "as long as the energy system needs them" and that no closure date had been set.""",
        [
            ("The negotiations with the contractor", "Kiril Stanchev"),
            ("unpleasant, but not dramatic", "Kiril Stanchev"),
            ("Every large project gets more", "Kiril Stanchev"),
            ("practically completed", "Dunav Atomic Project Company"),
            ("a single serious calculation", "Hristo Valchanov"),
            ("We are being asked to", "Hristo Valchanov"),
            ("Nobody in this building has", "Hristo Valchanov"),
            ("We demand a clear timetable,", "Federation of Independent Energy Trade Unions"),
            ("Twelve thousand families in the", "Federation of Independent Energy Trade Unions"),
            ("We have been patient for", "Yordanka Pencheva"),
            ("remains committed to a fair", "government press office"),
            ("as long as the energy", "Kiril Stanchev"),
        ],
    ),
    (
        """ZAGREB, 12 March 2024 - The Split County Court on Tuesday sentenced the former mayor of Sinj, Ante Bralić, to three years and eight months in prison for abuse of office in connection with the award of public contracts worth 2.3 million euro.

Bralić, who ran the town between 2013 and 2021, was found guilty of arranging for three contracts for road maintenance and public lighting to go to Kamen-Gradnja d.o.o., a company owned by his brother-in-law, Zdravko Petričević, who received a one-year suspended sentence.

Presiding judge Marija Kovačić Šantić said the court had established "beyond any reasonable doubt" that the defendant had been personally involved in drafting the tender conditions.

"The defendant did not simply fail to prevent a conflict of interest. He created it, and then he concealed it from the town council," the judge said when pronouncing the verdict, adding that the court had taken into account as a mitigating circumstance the fact that Bralić had no previous convictions.

According to the indictment filed by the County State Attorney's Office in Split, the former mayor "abused his position and authority with the aim of obtaining an unlawful material benefit for another person", causing damage to the town budget of at least 410,000 euro.

Bralić, who during his term was nicknamed "the Asphalt Mayor" because of the number of roads the town paved, listened to the verdict without visible emotion and left the courtroom without speaking to journalists.

His defence counsel, Goran Šimundža, said the defence would appeal to the Supreme Court.

"This verdict is based on the testimony of one witness who had every reason to lie. We are convinced that the Supreme Court will see that," Šimundža told reporters outside the court building.

Asked whether his client would comment, the lawyer said Bralić "has always said he is innocent and he continues to say so".

Bralić was a member of the regional Dalmatian Civic List (DGL), which suspended his membership after he was indicted in 2022. The party said in a statement on Tuesday that it "respects the decision of the court" and that it had "no tolerance for any form of corruption, regardless of who is involved".

The current mayor of Sinj, Katarina Vuletin, said the town would seek compensation through a civil lawsuit.

"The citizens of Sinj have paid for this twice: once through the contracts and once through roads that started falling apart within two years," Vuletin told a local radio station.

She said the town had already commissioned an independent audit of all contracts concluded between 2013 and 2021.

The verdict is not final.""",
        [
            ("beyond any reasonable doubt", "Marija Kovačić Šantić"),
            ("The defendant did not simply", "Marija Kovačić Šantić"),
            ("abused his position and authority", "County State Attorney's Office in Split"),
            ("This verdict is based on", "Goran Šimundža"),
            ("has always said he is", "Goran Šimundža"),
            ("respects the decision of the", "Dalmatian Civic List"),
            ("no tolerance for any form", "Dalmatian Civic List"),
            ("The citizens of Sinj have", "Katarina Vuletin"),
        ],
    ),
    (
        """BUCHAREST, May 6 — Romania’s two-party governing coalition was thrown into crisis on Tuesday after Prime Minister Octavian Rusănescu said he would resign if his junior partner refused to back a bill freezing public-sector salaries and cutting special pensions until the end of next year.

In a lengthy Facebook post published shortly before midnight, Rusănescu, who leads the Popular Liberal Party (PPL), wrote that the country could no longer “pretend that the money exists”.

“I did not take this office to manage a slow bankruptcy,” the prime minister wrote. “The deficit is the highest in the European Union, and every month that we delay, the interest we pay on our debt grows.

“If our partners believe there is another way, let them put it on the table. If they do not, and they continue to block this law, I will not remain prime minister for one more day.”

The Union for Romanian Progress (UPR), which holds four ministries including labour and health, has opposed the salary freeze since it was first proposed in March.

UPR leader Mihaela Stoicovici, who is also deputy prime minister, said on Wednesday morning that her party would not be “blackmailed by a Facebook post”.

“We have said it clearly: we will vote for the cuts to special pensions, but we will not freeze the salaries of nurses and teachers while ministers keep their bonuses,” Stoicovici told reporters at the party’s headquarters. She said the UPR’s executive committee would meet on Thursday to decide whether to remain in government.

Finance Minister Adrian Popovăț, a PPL member, warned that without the freeze the budget deficit would reach 8.9 percent of gross domestic product this year, “a level the markets will not forgive”. Speaking to the private news channel Canal Centru, he said rating agencies were “watching every vote in parliament”.

The Presidential Administration said in a statement that President Valentin Hârșeanu had invited the leaders of both parties to consultations at Cotroceni Palace on Friday. The head of state “expects the coalition partners to act responsibly and to avoid any gesture that could damage Romania’s credibility with its partners and investors”, the statement said.

The leu weakened by 0.4 percent against the euro on Wednesday morning, and yields on ten-year government bonds rose to their highest level in two months.

Public-sector unions, meanwhile, announced a protest for May 15 in Bucharest’s Victoria Square.

“We will not pay for the mistakes of the state a second time,” said Dorel Ghimpu, president of the National Confederation of Public Employees, which says it represents some 180,000 members. Ghimpu said the unions would call a general strike in the public sector if the freeze was adopted.""",
        [
            ("pretend that the money exists", "Octavian Rusănescu"),
            ("I did not take this", "Octavian Rusănescu"),
            ("The deficit is the highest", "Octavian Rusănescu"),
            ("blackmailed by a Facebook post", "Mihaela Stoicovici"),
            ("We have said it clearly:", "Mihaela Stoicovici"),
            ("a level the markets will", "Adrian Popovăț"),
            ("watching every vote in parliament", "Adrian Popovăț"),
            ("expects the coalition partners to", "Presidential Administration"),
            ("We will not pay for", "Dorel Ghimpu"),
        ],
    ),
    (
        """WARSAW, Nov 8 - A seven-judge panel of Poland's Supreme Court ruled on Friday that court rulings issued by judges appointed under the disputed 2018 procedure may be reopened at the request of either party, a decision the justice minister denounced as "a ticking bomb under the justice system".

The resolution, adopted by five votes to two, potentially concerns thousands of cases decided by some 2,300 judges nominated by the judicial appointments council after its composition was changed by the then ruling majority.

Presiding judge Elżbieta Grodecka-Marcinkiewicz stressed in the oral justification that the court had not ruled on the status of any individual judge.

"The Supreme Court is not removing anyone from office and it is not annulling any verdict automatically," she said. "We are saying only that a citizen who doubts whether his case was heard by a properly appointed court must have a way to have that doubt examined.

"Anything less would be a denial of the right to a fair trial, which is guaranteed by the constitution and which this court cannot bargain away."

Two judges submitted dissenting opinions. One of them, Judge Wojciech Sarnecki, wrote that the majority had "usurped the powers of the legislature" and created uncertainty that only parliament could resolve.

Justice Minister Tomasz Wierzbica-Lach said the resolution would flood the courts with applications.

"Tomorrow every person who lost a dispute with a neighbour over a fence will be able to demand a retrial. Who will pay for that? Who will hear those cases?" Wierzbica-Lach told reporters in the Sejm.

In an interview published on Friday by the daily "Kurier Wiślany", the minister said the government would ask parliament before the end of the year to pass a law "settling the status of judges once and for all". He did not say what the bill would contain.

The Lex Aequa Association of Polish Judges welcomed the resolution. In a statement, the association said it "restores to citizens a tool they should have had from the very beginning" and called on the government to respect it.

The opposition National Conservative Bloc, which pushed through the 2018 reform, was sharply critical. Its deputy leader, Karolina Bystroń-Wilk, said the court "has placed itself above parliament and above the president" and announced that her party would ask the Constitutional Tribunal to examine the resolution.

Supreme Court spokesman Paweł Jedlina said the written justification would be published within 30 days.

"Until then, I would urge everyone to read the resolution itself and not its political interpretations," Jedlina said.""",
        [
            ("a ticking bomb under the", "Tomasz Wierzbica-Lach"),
            ("The Supreme Court is not removing", "Elżbieta Grodecka-Marcinkiewicz"),
            ("We are saying only that", "Elżbieta Grodecka-Marcinkiewicz"),
            ("usurped the powers of the legislature", "Wojciech Sarnecki"),
            ("Tomorrow every person who lost", "Tomasz Wierzbica-Lach"),
            ("settling the status of judges", "Tomasz Wierzbica-Lach"),
            ("restores to citizens a tool", "Lex Aequa Association of Polish Judges"),
            ("has placed itself above parliament", "Karolina Bystroń-Wilk"),
            ("Until then, I would urge", "Paweł Jedlina"),
        ],
    ),
    (
        """BUDAPEST, June 2 - Hungary will keep regulated household electricity and gas prices unchanged until at least the end of next April, government spokesman Bence Tölgyesi said at the weekly government press briefing on Thursday.

"The government has decided that Hungarian families will not pay the price of the war and of the failed sanctions policy. The utility price cap stays, full stop," Tölgyesi said.

He said the cost of the scheme, which he put at around 620 billion forints this year, would be covered partly from the special levies on banks, energy companies and retail chains, which the government refers to as "extra profit taxes".

The state-owned energy wholesaler Magyar Energiakereskedő (MEK), which buys gas and electricity on the market and sells them to households at the regulated price, reported a loss of 214 billion forints last year. Asked about the company's finances, Tölgyesi said MEK was "stable and fully capable of meeting its obligations".

In a written response to questions, MEK said its "liquidity is ensured by the owner at all times" and that it had fulfilled every supply contract on time.

The spokesman also said that preparatory work on the expansion of the Paks nuclear power plant was proceeding "on schedule", without giving further details.

The opposition Hungarian Civic Renewal party said the decision was aimed at next spring's general election. Its parliamentary group leader, Dóra Kelemen-Vass, called the price freeze "an election campaign paid for out of the pockets of our children".

"Pensioners in Borsod who heat with firewood will not see a single forint of this. The cap protects those who live in big flats in Budapest," she told a news conference in parliament.

Kelemen-Vass, an economist and the author of the book "The Price of Light", has proposed replacing the general price cap with targeted support for low-income households.

Analysts said the arrangement was sustainable for now, but warned that it left the budget exposed to swings in the market. Márton Fekete-Hajdu of the Budapest-based Regional Energy Policy Institute put it this way: "The price cap holds as long as wholesale gas prices stay where they are. If they double again, as they did three years ago, the budget will have a problem that no tax on supermarkets can solve."

Household energy prices in Hungary are among the lowest in the European Union, according to the institute's latest comparison.""",
        [
            ("The government has decided that", "Bence Tölgyesi"),
            ("stable and fully capable of", "Bence Tölgyesi"),
            ("liquidity is ensured by the", "Magyar Energiakereskedő"),
            ("on schedule", "Bence Tölgyesi"),
            ("an election campaign paid for", "Dóra Kelemen-Vass"),
            ("Pensioners in Borsod who heat", "Dóra Kelemen-Vass"),
            ("The price cap holds as", "Márton Fekete-Hajdu"),
        ],
    ),
    (
        """By Selma Drljević

KONJIC, Bosnia and Herzegovina — For the 41st day in a row, a few dozen villagers took turns on Sunday guarding a narrow bridge over the Bijela river, the only access road to a site where a private company plans to build a small hydropower plant.

“They will have to carry us away one by one,” said Hajra Mušinović, 74, who has spent most nights in a makeshift wooden shelter at the bridge since the blockade began in early September.

Local media have dubbed her “the grandmother of the Bijela”, a nickname she says she does not mind.

“My husband and I drank this water all our lives. I am not going to let them put it in a pipe,” she said, stirring a pot of coffee on a gas stove.

The company, Hidro-Vrh, plans to divert most of the river’s flow through a 3.2-kilometre pipeline to a 4.2-megawatt plant further downstream. In a statement sent to reporters, Hidro-Vrh said it held “all the permits required by law” and that the plant would “take no more water than the river can spare”.

The villagers are backed by the environmental group Zeleni Krug (Green Circle), which has asked the cantonal court in Mostar to annul the project’s environmental permit.

In a letter sent last week to the Federation’s environment minister, the group said the permit had been issued “on the basis of a study that counted fish in the wrong river”. The impact study, the letter said, described sampling sites that lie on a neighbouring stream several kilometres away.

“We are not against energy. We are against lies,” Zeleni Krug coordinator Nermin Tahirović told reporters at the bridge.

Federation Environment Minister Zlatan Omerbašić said in a written reply to the group that the ministry “will review the letter”, but that it had “no legal grounds” to revoke a valid permit while court proceedings were ongoing.

Tension rose on Thursday when police tried to escort two excavators across the bridge. Villagers sat down on the road, and the machines turned back after a two-hour standoff. The Herzegovina-Neretva Canton Interior Ministry said officers had acted “with maximum restraint” and that nobody was detained.

The Konjic municipal council last month adopted a declaration calling for a moratorium on new small hydropower plants, saying that “the rivers of this municipality are not a commodity”. The declaration is not legally binding.

Mušinović’s neighbour, Ramiz Čolpa, 61, put it more bluntly: “If the court says they can build, we will still be here. The court does not drink from this river.”""",
        [
            ("They will have to carry", "Hajra Mušinović"),
            ("My husband and I drank", "Hajra Mušinović"),
            ("all the permits required by", "Hidro-Vrh"),
            ("take no more water than", "Hidro-Vrh"),
            ("on the basis of a", "Zeleni Krug"),
            ("We are not against energy.", "Nermin Tahirović"),
            ("will review the letter", "Zlatan Omerbašić"),
            ("no legal grounds", "Zlatan Omerbašić"),
            ("with maximum restraint", "Herzegovina-Neretva Canton Interior Ministry"),
            ("the rivers of this municipality", "Konjic municipal council"),
            ("If the court says they", "Ramiz Čolpa"),
        ],
    ),
    (
        """BRATISLAVA, Jan 20 - Slovak opposition parties on Monday submitted a motion of no confidence in Interior Minister Marián Holečko, accusing him of covering up excessive use of force by police during a protest in Košice last week in which 14 people were injured.

About 3,000 people had gathered in front of the Košice regional hospital on Wednesday evening to protest against the planned closure of its maternity ward, many of them carrying placards reading "Save Our Ward". Police used tear gas and batons after part of the crowd tried to enter the hospital building.

The motion, drafted by the Slovak Democratic Choice (SDV) party and signed by 39 lawmakers, states that the minister "bears political responsibility for the brutal intervention against peaceful citizens and for the misleading information subsequently provided to the public".

SDV chairman Juraj Krčméry told a press conference in parliament that video recordings contradicted the ministry's account of events.

"The minister knew on Thursday evening what had happened in Košice. On Friday morning he went on television and told the nation that the police had been attacked. That was not a mistake. That was a lie," Krčméry said.

Holečko responded that he would "gladly" face the vote. "I have nothing to hide. The police inspection service is investigating every single complaint and I will publish its findings in full," he told reporters at the ministry.

The Police Presidium said in a statement on Sunday that officers had used tear gas "only after repeated calls to disperse were ignored" and that six officers had also been hurt.

Public Defender of Rights Oľga Trnovcová said her office had opened an inquiry on its own initiative. Footage she had seen, she said, raised "serious questions about proportionality".

The outcome of the vote is uncertain. The government has a majority of 79 seats in the 150-seat parliament, but the smaller coalition partner, Union for the Regions (ÚpR), has not said how it will vote. Its chairman, Ladislav Beňuš, said his party would "wait for the inspection's findings" before taking a position.

Prime Minister Dušan Kleinert backed his minister. Speaking after a cabinet meeting, he said: "The opposition is trying to turn an unfortunate incident into a political circus. I will not take part in it, and neither will the minister."

Under the rules of procedure, parliament must hold the vote at its next regular session, which begins on February 3.""",
        [
            ("bears political responsibility for the", "Slovak Democratic Choice"),
            ("The minister knew on Thursday", "Juraj Krčméry"),
            ("gladly", "Marián Holečko"),
            ("I have nothing to hide.", "Marián Holečko"),
            ("only after repeated calls to", "Police Presidium"),
            ("serious questions about proportionality", "Oľga Trnovcová"),
            ("wait for the inspection's findings", "Ladislav Beňuš"),
            ("The opposition is trying to", "Dušan Kleinert"),
        ],
    ),
]
