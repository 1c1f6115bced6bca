CASES = [
    (
        """Turkish court jails three journalists from opposition daily pending trial

By Selin Aydemir

ISTANBUL, March 12 (Reuters) - A Turkish court on Tuesday ordered three journalists from the opposition newspaper Gündem Postası to be held in pre-trial detention on charges of disseminating disinformation, their lawyer said, in the latest case to draw criticism from press freedom groups.

The journalists, including the paper's editor-in-chief Murat Kılınçarslan, were detained in dawn raids on Saturday over reporting on alleged irregularities in a municipal construction tender in the western province of Manisa.

"My clients were asked about their sources, not about any crime," lawyer Deniz Özbey told Reuters by telephone after the hearing. "This is a case about journalism, and the court has treated journalism as the offence."

The Istanbul Chief Public Prosecutor's Office said in a statement that the articles had "created fear and panic among the public" and contained information that was "knowingly false". It did not say which parts of the reporting it disputed.

Under a 2022 law, spreading information deemed false in a way that disturbs public order carries a prison sentence of one to three years. Critics, including the Council of Europe, have said the law's vague wording leaves it open to abuse.

Kılınçarslan, 54, told the court he stood behind every line of the reporting, according to a transcript of his testimony seen by Reuters. "We published documents. If the documents are wrong, let the ministry show us," he said.

The Justice Ministry did not immediately respond to a request for comment. A senior official in the governing party, speaking on condition of anonymity because he was not authorised to comment publicly, said the case was a matter for the judiciary.

"Nobody is jailed in Turkey for being a journalist," the official said.

Turkey ranks among the world's top jailers of journalists, according to press freedom monitors. The Ankara-based Journalists' Association of Turkey said 14 reporters were currently behind bars in the country.

Erol Tandoğan, the association's chairman, called the arrests "a message to every newsroom in the country".

"When an editor is jailed for a story about a tender, other editors learn to stop asking about tenders," he told reporters outside the courthouse in Istanbul's Çağlayan district.

The European Commission, in its latest annual report on Turkey's stalled bid to join the European Union, said there had been "further backsliding" on freedom of expression.

Gündem Postası, which has a daily print circulation of about 30,000, appeared on newsstands on Wednesday with a blank front page carrying only the names of the three detained staff.

(Reporting by Selin Aydemir; Editing by Jonathan Hale)
""",
        [
            ("My clients were asked about", "Deniz Özbey"),
            ("This is a case about", "Deniz Özbey"),
            ("created fear and panic among", "Istanbul Chief Public Prosecutor's Office"),
            ("knowingly false", "Istanbul Chief Public Prosecutor's Office"),
            ("We published documents. If the", "Murat Kılınçarslan"),
            ("Nobody is jailed in Turkey", "senior official in the governing party"),
            ("a message to every newsroom", "Erol Tandoğan"),
            ("When an editor is jailed", "Erol Tandoğan"),
            ("further backsliding", "European Commission"),
        ],
    ),
    (
        """Hungarian news site staff resign en masse after ownership change

By Katalin Mérő
BBC News, Budapest

More than 40 journalists at one of Hungary's last large independent news websites have resigned, saying a change of ownership has left them unable to report freely.

Staff at Hírpont announced their departure on Thursday, two weeks after a holding company linked to a businessman close to the governing party acquired a majority stake in the site's publisher.

In a joint letter posted on social media, the departing journalists said the new owners had "made clear through their actions" that editorial independence would not survive.

The trigger, according to several staff members, was the dismissal of editor-in-chief Balázs Ferenczy on Monday.

Mr Ferenczy told the BBC he had been told of his dismissal "in a meeting that lasted six minutes".

"Nobody could tell me what I had done wrong," he said. "I asked for one example of an inaccurate story. They didn't have one."

Zoltán Vékony, chief executive of Dunamente Média Holding, which now controls the publisher, rejected claims of political interference.

"We bought a loss-making company and we intend to make it profitable," he said in a statement. "Editorial decisions remain with the editors. That has not changed and will not change."

He added that the company "respected the decision" of those who chose to leave and would recruit replacements.

Hírpont, founded in 2009, attracts around a million readers a month and has published a series of investigations into the allocation of EU funds.

Government spokesman Ádám Lőrincz dismissed the resignations as "a media story about the media".

"It is a commercial transaction between private parties. The government has nothing to do with it," he told reporters at a regular briefing.

Press freedom groups see a pattern. Since 2010, hundreds of outlets have come under the control of owners sympathetic to the governing party, many of them later consolidated into a single foundation.

Dóra Simonyi of the Budapest-based Centre for Independent Journalism said the case fitted a familiar template.

"First a new owner arrives, then the editor goes, then the staff go," she said. "A year later the title still exists, but it is a different newspaper."

Several of the departing journalists said they planned to launch a new site funded by reader subscriptions. One senior reporter, who asked not to be named, said they hoped to publish within a month.

"We have the readers. What we don't have yet is a server," she said.

The European Commission, which has repeatedly raised concerns about media pluralism in Hungary in its annual rule of law report, declined to comment on an individual commercial transaction.
""",
        [
            ("made clear through their actions", "departing journalists"),
            ("in a meeting that lasted", "Balázs Ferenczy"),
            ("Nobody could tell me what", "Balázs Ferenczy"),
            ("I asked for one example", "Balázs Ferenczy"),
            ("We bought a loss-making company", "Zoltán Vékony"),
            ("Editorial decisions remain with the", "Zoltán Vékony"),
            ("respected the decision", "Zoltán Vékony"),
            ("a media story about the", "Ádám Lőrincz"),
            ("It is a commercial transaction", "Ádám Lőrincz"),
            ("First a new owner arrives", "Dóra Simonyi"),
            ("A year later the title", "Dóra Simonyi"),
            ("We have the readers. What", "senior reporter"),
        ],
    ),
    (
        """Europe rights court rules Turkey violated cartoonist's free speech

Strasbourg (AFP) - The European Court of Human Rights on Tuesday ruled that Turkey had violated the freedom of expression of a satirical cartoonist who was handed a suspended prison sentence for a drawing of a provincial governor.

The Strasbourg-based court found that the conviction of Hakan Yeşilyurt, who draws for the weekly humour magazine Kaldırım, had answered "no pressing social need" and ordered Ankara to pay him 7,500 euros ($8,100) in damages.

Yeşilyurt, 47, was convicted in 2019 of "insulting a public official" over a cartoon depicting the governor of the Black Sea province of Ordu as a crow perched on a stack of unpaid invoices.

"Satire is by its nature exaggerated and provocative," the court wrote in its unanimous ruling. "Public officials acting in their official capacity are subject to wider limits of acceptable criticism than private individuals."

The judges said the Turkish courts had failed to weigh the cartoon's "obvious humorous and political character" against the governor's right to protect his reputation.

Reached by telephone in Istanbul, Yeşilyurt said he had learned of the decision from his lawyer "while drawing, as usual".

"I am happy, but I am not celebrating," he told AFP. "Five years of my life went into this case. Other cartoonists are still being tried for the same thing."

Turkey's justice ministry did not respond to a request for comment. Ankara has previously said it respects the court's rulings, but it has been criticised by the Council of Europe's Committee of Ministers for long delays in implementing them.

The judgment can be appealed to the court's Grand Chamber within three months.

Media rights groups welcomed the ruling.

"This judgment should be read out in every courtroom in Turkey," said Nadia Lambrecht, Europe director of the Vienna-based group Press Watch International. "Drawing a governor as a bird is not a crime."

Kaldırım's editor, Sibel Arıkan, said the magazine would reprint the cartoon on its cover next week.

"We owe it to our readers, and frankly to the crow," she said.

According to the court's own statistics, Turkey had the highest number of judgments finding a violation of freedom of expression among the Council of Europe's 46 member states last year, ahead of Russia, which was expelled from the organisation in 2022 but still has cases pending from before its exit.

Turkey has also been ordered in recent years to pay damages to several journalists held in pre-trial detention, rulings that rights groups say have done little to change the behaviour of prosecutors.

pho/kv/rl
""",
        [
            ("no pressing social need", "European Court of Human Rights"),
            ("Satire is by its nature", "European Court of Human Rights"),
            ("Public officials acting in their", "European Court of Human Rights"),
            ("obvious humorous and political character", "European Court of Human Rights"),
            ("while drawing, as usual", "Hakan Yeşilyurt"),
            ("I am happy, but I", "Hakan Yeşilyurt"),
            ("Five years of my life", "Hakan Yeşilyurt"),
            ("This judgment should be read", "Nadia Lambrecht"),
            ("Drawing a governor as a", "Nadia Lambrecht"),
            ("We owe it to our", "Sibel Arıkan"),
        ],
    ),
    (
        """Journalist facing £2m libel claim says case is ‘designed to bankrupt me’

Investigative reporter’s book on a property empire is the latest target of what campaigners call a Slapp

Hannah Corridan Media correspondent

A freelance journalist being sued for libel by a Cyprus-based property developer has said the £2m claim against her is “designed to bankrupt me, not to correct anything”, as campaigners renewed calls for tougher laws against so-called Slapps.

Ruth Galloway, whose book Foundations of Sand examined the finances of a network of companies behind luxury developments in London and Limassol, was served with the claim in the high court last month by Andreas Petrides, the founder of the Kentron Group.

“I have been a journalist for 22 years. I’ve never seen anything like the letters I have been receiving,” Galloway said. “They want to know my sources, my notes, the name of every person I spoke to.”

Strategic lawsuits against public participation, or Slapps, are legal actions brought to intimidate critics into silence. The government introduced protections against Slapps relating to economic crime in 2023, but campaigners say they are too narrow.

Petrides’ solicitors, Halloran Whitcombe, said in a statement that their client “has a right, like anyone else, to protect his reputation from serious and false allegations”.

“This is not a Slapp. It is an ordinary defamation claim which the court will determine on its merits,” the statement said. It added that Petrides had offered to settle the matter if the book was withdrawn and an apology published.

The book’s publisher, Harrow & Finch, said it stood by the author. Its managing director, Simon Aldous, said small publishers were increasingly reluctant to take on investigative titles.

“We are a company of nine people. A case like this can cost more than our annual turnover before it ever reaches a trial,” he said. “Every publisher in the country is watching, and some of them have already made up their minds.”

The Anti-Slapp Coalition, which includes media organisations and free speech groups, said it had recorded 31 cases brought against journalists and authors in England and Wales in the past year.

Its coordinator, Priya Mehra, said: “Parliament did half a job. A journalist writing about a property fraud is protected; a journalist writing about the same man’s political donations is not.

“That cannot be right, and every month that passes, more writers decide the story isn’t worth the risk.”

A Ministry of Justice spokesperson said the government was “keeping the legislation under review” and would “consider carefully” any further proposals.

Galloway, who has set up a crowdfunding page to pay her legal costs, said she had no intention of withdrawing the book, which remains on sale.

“If I back down, the next writer backs down before they even start,” she said.
""",
        [
            ("designed to bankrupt me", "Ruth Galloway"),
            ("designed to bankrupt me, not", "Ruth Galloway"),
            ("I have been a journalist", "Ruth Galloway"),
            ("They want to know my", "Ruth Galloway"),
            ("has a right, like anyone", "Halloran Whitcombe"),
            ("This is not a Slapp.", "Halloran Whitcombe"),
            ("We are a company of", "Simon Aldous"),
            ("Every publisher in the country", "Simon Aldous"),
            ("Parliament did half a job.", "Priya Mehra"),
            ("That cannot be right, and", "Priya Mehra"),
            ("keeping the legislation under review", "spokesperson"),
            ("consider carefully", "spokesperson"),
            ("If I back down, the", "Ruth Galloway"),
        ],
    ),
    (
        """Serbia: Arson attack on investigative reporter's car sparks outcry

Journalists' associations in Serbia have demanded a swift investigation after the car of a reporter known for covering organized crime was set alight. The government says police are working on the case.

Police in the northern Serbian city of Novi Sad said on Monday they were investigating an arson attack on the car of investigative journalist Vesna Dragović, which was destroyed by fire outside her apartment building in the early hours of Sunday.

Dragović, who works for the independent news portal Istraga Sever, has spent the past year reporting on alleged links between local officials and a cigarette smuggling ring operating across the borders with Hungary and Romania.

“I woke up because the neighbors were shouting. By the time I got downstairs, there was nothing left to save,” Dragović told DW. “I don't think it was a coincidence. I think it was a message, and I think I know who sent it.”

She said she had received threatening messages on social media for several months and had reported them to the police, but that “nothing ever came of it.”

Police confirmed that an accelerant had been used. A spokesperson for the regional police directorate said officers had secured footage from surveillance cameras nearby and that “all hypotheses are being examined.”

Interior Minister Dragan Ilić condemned the attack and promised that the perpetrators would be found. “Attacks on journalists are attacks on the state itself, and they will not go unpunished,” Ilić wrote in a post on X.

Media organizations were skeptical.

“We have heard these promises before,” said Milan Radosavljević, president of the Vojvodina Media Union. “Of the attacks on journalists recorded in Serbia in the last ten years, only a handful ended with a conviction. Impunity is the real message here.”

The union said it had recorded 38 physical attacks on journalists in Serbia last year, most of them during protests.

Serbia is a candidate for European Union membership, and the European Commission has repeatedly urged Belgrade to improve the safety of journalists. The EU delegation in Belgrade said in a statement that it was following the case “closely” and called for “a thorough and transparent investigation.”

Dragović's editor, Nenad Petković, said the portal would not stop its reporting on the smuggling case.

“If they thought burning a car would end the story, they have just made it bigger,” he said. “Next week we will publish the second part.”

Dragović is now staying with relatives outside the city. Asked whether she had considered leaving journalism, she laughed.

“My mother asked me that this morning. I told her the same thing I told the police: no,” she said.
""",
        [
            ("I woke up because the", "Vesna Dragović"),
            ("I don't think it was", "Vesna Dragović"),
            ("nothing ever came of it.", "Vesna Dragović"),
            ("all hypotheses are being examined.", "spokesperson"),
            ("Attacks on journalists are attacks", "Dragan Ilić"),
            ("We have heard these promises", "Milan Radosavljević"),
            ("Of the attacks on journalists", "Milan Radosavljević"),
            ("closely", "EU delegation in Belgrade"),
            ("a thorough and transparent investigation.", "EU delegation in Belgrade"),
            ("If they thought burning a", "Nenad Petković"),
            ("Next week we will publish", "Nenad Petković"),
            ("My mother asked me that", "Vesna Dragović"),
        ],
    ),
    (
        """German Publisher Nordhaus Medien to Cut 280 Jobs as Print Ads Slump

By Tobias Wendland

(Bloomberg) -- Nordhaus Medien GmbH, which publishes more than a dozen regional newspapers in northern Germany, will cut about 280 jobs and close one of its two printing plants as advertising revenue and print circulation keep falling.

The Hamburg-based company will merge the newsrooms of its titles in Lower Saxony into a single central desk in Hanover by the end of next year, Chief Executive Officer Kerstin Albrecht said in an interview on Thursday. Local bureaus will be kept but reduced in size, she said.

"We are not cutting because we want to, we are cutting because the print business is shrinking faster than digital is growing," Albrecht said. "If we wait two more years, we won't be talking about 280 positions. We'll be talking about whole titles."

Nordhaus's print advertising revenue fell 14% last year, while digital subscriptions rose to about 190,000, according to figures the company released alongside the announcement. The privately held publisher doesn't disclose profit.

The plant in Wendhausen, which employs about 110 people, will close in the third quarter, with printing moved to the company's facility in Bremerhaven.

Unions reacted angrily. Frank Oberdieck, regional chair of the media union Presse Nord, called the plan "a demolition of local journalism dressed up as a digital strategy."

"One central desk cannot know what is happening in forty towns," Oberdieck said by phone. "Readers will notice within weeks, and then they will cancel, and management will call that proof the cuts were necessary."

The company said it would seek to avoid compulsory redundancies through early retirement and voluntary departures, and that talks with the works council would begin next week.

German regional publishers have been squeezed for more than a decade by the shift of classified and display advertising to online platforms. Rising paper prices and higher wages for newspaper carriers have added to the pressure, with delivery costs per copy up by almost a third since 2021, according to the Association of Regional Publishers.

Clemens Haupt, a media analyst at Bankhaus Lindner in Frankfurt, said consolidation was "inevitable" for mid-sized regional groups.

"The question is no longer whether they centralize, it's whether they can keep enough local content to justify the subscription price," he said.

Albrecht said the company had no plans to sell any of its titles and wasn't in talks with potential buyers. Asked about reports that a larger rival had approached Nordhaus, she said: "People talk to each other in this industry all the time. There is nothing to announce."

A person familiar with the matter, who asked not to be identified because the discussions were private, said informal contacts had taken place earlier this year but hadn't progressed.

"It never got beyond coffee," the person said.

To contact the reporter on this story:
Tobias Wendland in Hamburg
""",
        [
            ("We are not cutting because", "Kerstin Albrecht"),
            ("If we wait two more", "Kerstin Albrecht"),
            ("a demolition of local journalism", "Frank Oberdieck"),
            ("One central desk cannot know", "Frank Oberdieck"),
            ("Readers will notice within weeks", "Frank Oberdieck"),
            ("inevitable", "Clemens Haupt"),
            ("The question is no longer", "Clemens Haupt"),
            ("People talk to each other", "Kerstin Albrecht"),
            ("It never got beyond coffee,", "person familiar with the matter"),
        ],
    ),
    (
        """Broadcast watchdog imposes 10-day blackout on opposition TV channel over protest coverage

Turkey's broadcasting regulator has ordered opposition-leaning television station Ufuk TV to suspend programming for 10 days and imposed a fine equivalent to 3 percent of its annual revenue over its coverage of student protests in İzmir, the channel said on Wednesday.

The Broadcasting Supervisory Board (YDK) voted 6-3 in favor of the penalty at a meeting on Tuesday, according to board member Levent Sarıgül, one of three members nominated by opposition parties.

The channel was penalized under an article of broadcasting law that prohibits content "inciting the public to hatred and hostility," Sarıgül said on social media, adding that the charge was baseless.

"The footage was of students chanting slogans and police using pepper spray. That is news. If showing news is incitement, then every channel in this country should be closed," Sarıgül wrote.

YDK Chairman Ebubekir Şahinoğlu defended the decision, saying broadcasters had a responsibility "not to become a megaphone for provocation."

"Freedom of the press does not mean freedom to spread chaos," Şahinoğlu told the state-run news agency. "Our board applied the law, as it applies it to every channel, whether pro-government or opposition."

Ufuk TV's general manager, Gülay Ertekin, said the channel would challenge the ruling in an administrative court and would keep broadcasting on YouTube and its digital platforms during the blackout.

"They can take us off the screen for 10 days, but they cannot take the audience away from us," Ertekin said at a press conference in Istanbul, where dozens of the channel's employees gathered. She said the channel had been fined 11 times in the past two years.

Serkan Oral, deputy chairman of the opposition Democratic Future Party (DGP), said the timing of the penalty, weeks before municipal by-elections, was not a coincidence.

"This decision was not made at the board meeting. It was made in a different building, long before the members sat down," Oral told journalists in parliament.

The Media Workers' Union (Medya-Sen) said in a statement that the blackout amounted to "collective punishment" of more than 200 employees whose wages depend on advertising revenue, and called on advertisers not to abandon the channel.

Critics say the regulator, whose members are elected by parliament in proportion to party strength and where the governing alliance holds a majority, has become a tool to pressure the few remaining critical broadcasters. Last year it also fined several channels over their reporting on the economy and on earthquake reconstruction.

A reporter at Ufuk TV, who spoke on condition of anonymity out of concern for his job, said the newsroom had prepared for the blackout for weeks.

"We are used to it. That is the sad part," the reporter said.

The channel said programming on its terrestrial and satellite frequencies would go dark from midnight on Thursday.
""",
        [
            ("The footage was of students", "Levent Sarıgül"),
            ("not to become a megaphone", "Ebubekir Şahinoğlu"),
            ("Freedom of the press does", "Ebubekir Şahinoğlu"),
            ("Our board applied the law,", "Ebubekir Şahinoğlu"),
            ("They can take us off", "Gülay Ertekin"),
            ("This decision was not made", "Serkan Oral"),
            ("collective punishment", "Media Workers' Union"),
            ("We are used to it.", "reporter at Ufuk TV"),
        ],
    ),
    (
        """Belarusian exile journalists say families back home face raids as pressure spreads abroad

By LAURA KAMINSKAITE Associated Press

VILNIUS, Lithuania (AP) — When security officers in Belarus searched her parents' apartment in Grodno last month, Alena Kutsko was 170 kilometers (105 miles) away, in a cramped newsroom in the Lithuanian capital, editing a segment for the exile broadcaster where she works.

"My father called me afterward. He said they asked about me and took my old school photos," Kutsko said. "He tried to laugh about it. I could hear that he was not laughing."

Kutsko, 31, is one of about 40 journalists at Radio Nioman, a Belarusian-language station that broadcasts online and via satellite from Vilnius. Its staff fled Belarus after authorities launched a sweeping crackdown on independent media following mass protests in 2020.

The station was designated an "extremist formation" by Belarus' Interior Ministry in 2022, meaning anyone who works with it, donates to it or even shares its content can face prison.

Editor-in-chief Pavel Lahutka said at least nine relatives of staff members had been questioned by police in the past six months. Two were briefly detained.

"They cannot reach us, so they reach for our mothers," Lahutka said. "It is an old method. It works on some people. Not on us, I hope, but I would be lying if I said it does not affect the newsroom."

The Belarusian Press Union in Exile, a monitoring group, says 33 media workers are currently imprisoned in Belarus.

Belarusian authorities did not respond to emailed questions. At a televised briefing in March, government spokeswoman Iryna Paulava described exile outlets as "foreign-funded propagandists" working "against the Belarusian people."

Lithuanian officials say they are aware of the problem. Deputy Foreign Minister Rūta Vaičiulienė said Vilnius had raised the issue with its European partners.

"Transnational repression against journalists is not only a Belarusian problem. It is happening on European Union soil, and it concerns all of us," she told The Associated Press.

A Lithuanian security official, who spoke on condition of anonymity because he was not authorized to discuss the matter publicly, said several exile journalists had been approached online in recent months by people posing as sources.

"Some of these approaches are clumsy. Some are very professional," the official said.

Back in the newsroom, Kutsko said she had asked her parents to stop calling her on ordinary phone lines.

"We talk on a messenger now, once a week, and we talk about the weather," she said. "It's the only safe topic left."
""",
        [
            ("My father called me afterward.", "Alena Kutsko"),
            ("He tried to laugh about", "Alena Kutsko"),
            ("They cannot reach us, so", "Pavel Lahutka"),
            ("It is an old method.", "Pavel Lahutka"),
            ("foreign-funded propagandists", "Iryna Paulava"),
            ("against the Belarusian people.", "Iryna Paulava"),
            ("Transnational repression against journalists is", "Rūta Vaičiulienė"),
            ("Some of these approaches are", "Lithuanian security official"),
            ("We talk on a messenger", "Alena Kutsko"),
            ("It's the only safe topic", "Alena Kutsko"),
        ],
    ),
]
