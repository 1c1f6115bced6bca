CASES = [
    (
        """UN rights office says hundreds held without charge in Kethar's north

By Anna Lindqvist

GENEVA, March 12 (Reuters) - The United Nations human rights office said on Tuesday that at least 640 people, including journalists and student activists, had been detained without charge in Kethar's northern provinces since a state of emergency was declared in November, and urged the authorities to release them.

In a 38-page report based on interviews with more than 90 former detainees and relatives, the Office of the UN High Commissioner for Human Rights (OHCHR) said many of those held had been denied access to lawyers and some had been kept in unofficial sites, including a disused textile factory outside the northern city of Marzan.

"Arbitrary detention on this scale cannot be justified by any emergency," the report said. "Every person deprived of liberty must be brought promptly before a judge and allowed to contact their family."

"We have shared our findings with the government and we are asking for unhindered access to all places of detention," UN rights office spokesperson Noura Belkacem told reporters at a regular briefing in Geneva.

Belkacem said the office had documented at least 11 deaths in custody since November, and that in most cases relatives had not been given a cause of death.

"Some families were told nothing for weeks. They went from police station to police station looking for their sons," she said.

Kethar's mission to the United Nations in Geneva did not immediately respond to a request for comment. In a statement issued last month, the Kethari Interior Ministry said the emergency measures were "temporary, lawful and proportionate" to what it described as an armed insurgency in the border districts, and denied holding anyone in unofficial facilities.

The report cited a 24-year-old law student from Marzan who said he had been held in a single room with around 40 other men for 19 days. "We slept in shifts because there was no space to lie down," he told investigators. "Nobody told us why we were there."

Ilyas Qadri, director of the Marzan-based Centre for Legal Aid and Rights, said the findings matched cases his lawyers had been documenting since the winter.

"Now nobody can say they did not know," Qadri said by telephone. "The question is whether anyone will act on it."

The OHCHR said it would present the report to the Human Rights Council at its session in Geneva next week. Diplomats said a group of European and Latin American states was considering a resolution that would ask the office to continue monitoring the situation in Kethar.

(Reporting by Anna Lindqvist; Editing by Simon Carrow)""",
        [
            ("Arbitrary detention on this scale", "Office of the UN High Commissioner for Human Rights"),
            ("Every person deprived of liberty", "Office of the UN High Commissioner for Human Rights"),
            ("We have shared our findings", "Noura Belkacem"),
            ("Some families were told nothing", "Noura Belkacem"),
            ("temporary, lawful and proportionate", "Kethari Interior Ministry"),
            ("We slept in shifts because", "24-year-old law student from Marzan"),
            ("Nobody told us why we", "24-year-old law student from Marzan"),
            ("Now nobody can say they", "Ilyas Qadri"),
            ("The question is whether anyone", "Ilyas Qadri"),
        ],
    ),
    (
        """Rights group says thousands evicted for dam project in Mekara’s highlands

By DAVID KORN Associated Press

LUANG SEN, Mekara (AP) — More than 4,000 families have been forced from their homes to make way for a hydropower dam in Mekara’s central highlands, many without adequate compensation or warning, an international rights group said Thursday.

The report by Geneva-based Land and Dignity International, titled “The Water Came Before the Money,” is based on interviews with 160 residents of 14 villages along the Nam Sai river, which will be flooded when the reservoir for the 1,200-megawatt Nam Sai 3 dam begins filling next year.

“People were given a piece of paper and told to sign it. Many could not read it,” said Claire Dubois-Ahn, the group’s Asia director. “That is not consultation. That is an order.”

The group said families in at least six villages received less than half of the compensation promised under the government’s own resettlement plan, and that some were moved to a site without running water or a school.

Bounmy Sisavath, 52, a rice farmer from the village of Ban Hoi, said officials came to his house three times last year.

“The first time they were polite. The third time they came with soldiers,” he told The Associated Press by phone. “We left because we were afraid.”

Government spokesman Khamla Phetsarath said the report was “one-sided” and that all affected households had been compensated in line with the law.

“The dam will bring electricity to two million people,” Phetsarath said. “We have listened to the villagers and we will continue to listen to them.”

The project is being built by a consortium led by Southern River Power. In an emailed statement, the company said it “complies fully with national and international standards” and that resettlement was the responsibility of provincial authorities.

Land and Dignity International called on the dam’s financiers, which include two regional development banks, to suspend disbursements until an independent audit of the resettlement program is completed.

A U.N. special rapporteur on the right to adequate housing raised concerns about the project with the government in a letter last year, according to correspondence published on the website of the U.N. human rights office. The Mekaran government’s reply said relocated families had been offered “modern housing with improved sanitation.”

Dubois-Ahn said her group had shared its findings with the government before publication but had received no response.

“If the government is confident that everyone has been treated fairly, it should have no problem opening the process to independent monitors,” she said.""",
        [
            ("People were given a piece", "Claire Dubois-Ahn"),
            ("That is not consultation. That", "Claire Dubois-Ahn"),
            ("The first time they were", "Bounmy Sisavath"),
            ("We left because we were", "Bounmy Sisavath"),
            ("one-sided", "Khamla Phetsarath"),
            ("The dam will bring electricity", "Khamla Phetsarath"),
            ("We have listened to the", "Khamla Phetsarath"),
            ("complies fully with national and", "Southern River Power"),
            ("modern housing with improved sanitation", "Mekaran government"),
            ("If the government is confident", "Claire Dubois-Ahn"),
        ],
    ),
    (
        """UN expert accuses Sarakaye forces of killing 230 civilians

Geneva (AFP) - A UN-appointed expert on Monday accused security forces and allied militias in Sarakaye of killing at least 230 civilians in the country's central Tessit region since January, warning that some of the killings could amount to war crimes.

Olufemi Adebanjo, the UN special rapporteur on the human rights situation in Sarakaye, said he had received "credible and consistent" accounts of villagers being rounded up and executed during military operations against jihadist groups.

"What we are seeing is not a series of isolated incidents. It is a pattern," Adebanjo told AFP.

"In village after village, the testimonies are the same," he said in a statement released with his findings. "Soldiers arrive at dawn, men are separated from the women and children, and the men are never seen again.

"Families are afraid even to bury their dead, because they fear being accused of supporting the armed groups."

Adebanjo, a former appeals court judge, said his team had interviewed 74 survivors and witnesses, many of whom had fled to neighbouring countries, and had analysed satellite images showing at least nine villages that had been partly burned.

Sarakaye's military authorities, who have expelled several foreign journalists and suspended a number of international broadcasters over the past year, have repeatedly denied targeting civilians.

Army spokesman Colonel Issoufou Tabore dismissed the findings as "baseless" and said the armed forces "respect international humanitarian law in all their operations."

"We are fighting terrorists who hide among the population and use civilians as shields," Tabore told AFP by telephone. "Those who write these reports have never set foot in Tessit."

A local aid worker in the regional capital Doumbe, who asked not to be named for security reasons, said the situation had worsened since the start of the rainy season, with markets closed and several roads cut.

"People are caught between the jihadists and the army. Nobody protects them," the aid worker said.

According to the UN's humanitarian coordination office, OCHA, more than 380,000 people have been displaced inside the Tessit region, and nearly half of the region's health centres are no longer functioning.

Adebanjo is due to present his report to the UN Human Rights Council in Geneva next month. He urged the authorities to open independent investigations and to allow UN monitors access to the affected areas.

"Impunity is fuelling the violence," he said. "Every killing that goes unpunished makes the next one more likely."

The authorities have not responded to the rapporteur's repeated requests to visit the country since his appointment.""",
        [
            ("credible and consistent", "Olufemi Adebanjo"),
            ("What we are seeing is", "Olufemi Adebanjo"),
            ("In village after village, the", "Olufemi Adebanjo"),
            ("Soldiers arrive at dawn, men", "Olufemi Adebanjo"),
            ("Families are afraid even to", "Olufemi Adebanjo"),
            ("baseless", "Issoufou Tabore"),
            ("respect international humanitarian law in", "Issoufou Tabore"),
            ("We are fighting terrorists who", "Issoufou Tabore"),
            ("Those who write these reports", "Issoufou Tabore"),
            ("People are caught between the", "local aid worker"),
            ("Impunity is fuelling the violence", "Olufemi Adebanjo"),
            ("Every killing that goes unpunished", "Olufemi Adebanjo"),
        ],
    ),
    (
        """UN rights council narrowly backs inquiry into Korvenia protest crackdown

By Mathilde Roche

GENEVA, Oct 7 (Reuters) - The U.N. Human Rights Council voted narrowly on Friday to set up an independent commission of inquiry into the deadly dispersal of protests in Korvenia last spring, overriding fierce opposition from the government in Strelsk and its allies.

The resolution passed with 21 votes in favour, 14 against and 12 abstentions, after weeks of lobbying that diplomats described as among the most intense of the council's autumn session.

At least 37 people were killed and more than 1,500 arrested when security forces broke up demonstrations over disputed parliamentary elections in April and May, according to figures compiled by the U.N. human rights office.

"This council has today told the families in Strelsk that they have not been forgotten," said Henrik Aalto, the diplomat who presented the resolution on behalf of a core group of mostly European states. "Those responsible for the killings must know that the evidence is being gathered."

Korvenia's ambassador, Oleg Varnov, told the council before the vote that the text was "politically motivated" and that his government would not cooperate with the inquiry.

"Korvenia has its own independent institutions capable of investigating any incident," Varnov said. "We do not need lessons from states that have their own problems with the use of force against protesters."

In a statement issued after the vote, the Korvenian Foreign Ministry described the resolution as "an attempt to interfere in the internal affairs of a sovereign state" and said it would be "null and void" for Strelsk.

The three-member commission will be appointed by the council's president and is due to present its first report within a year. It will be asked to identify, where possible, those responsible for violations.

The margin was narrower than the sponsors had hoped. "It was much closer than we expected," said one Western diplomat, who asked not to be named because the negotiations were private. "Several delegations came under a lot of pressure in the last 48 hours."

Human rights groups welcomed the outcome. Lena Haddad, advocacy director at the Geneva Rights Monitor, said the vote was "a lifeline for the victims and for the lawyers and activists still in prison".

"For months, the families have been told by their own government that nothing happened," Haddad said. "Now there will be an independent record."

Korvenian opposition leader Yana Dubrova, who lives in exile, wrote on social media that the vote was "the first step toward justice" and urged the commission to begin work quickly.

(Reporting by Mathilde Roche; Editing by Alison Wheeler)""",
        [
            ("This council has today told", "Henrik Aalto"),
            ("Those responsible for the killings", "Henrik Aalto"),
            ("politically motivated", "Oleg Varnov"),
            ("Korvenia has its own independent", "Oleg Varnov"),
            ("We do not need lessons", "Oleg Varnov"),
            ("an attempt to interfere in", "Korvenian Foreign Ministry"),
            ("null and void", "Korvenian Foreign Ministry"),
            ("It was much closer than", "Western diplomat"),
            ("Several delegations came under a", "Western diplomat"),
            ("a lifeline for the victims", "Lena Haddad"),
            ("For months, the families have", "Lena Haddad"),
            ("Now there will be an", "Lena Haddad"),
            ("the first step toward justice", "Yana Dubrova"),
        ],
    ),
    (
        """Executions worldwide hit highest level in nearly a decade, rights group says

By SARAH MENDELL Associated Press

LONDON (AP) — Executions worldwide rose last year to their highest recorded level in nearly a decade, driven largely by a surge in hangings for drug offenses in a small number of countries, a human rights group said Wednesday.

The Amsterdam-based group Execution Monitor said in its annual report that it had recorded at least 1,140 executions in 19 countries, up 27% from the year before. The figure does not include executions believed to have been carried out in secret, which the group said likely number in the thousands.

The group's secretary-general, Miriam Okafor-Lund, put it bluntly: "A small number of governments are executing people at a pace we have not seen in years, and most of them are doing it for crimes that do not involve killing anyone."

More than 40% of recorded executions were for drug-related offenses, according to the report. Under international law, such offenses do not meet the threshold of the "most serious crimes" for which the death penalty may be imposed.

The report, titled "Counting the Condemned," also found that at least 14 people executed last year had been under 18 at the time of their alleged offense.

"Many of the people we are talking about are poor, they are foreign nationals, they did not have a proper lawyer and they did not understand the language of the court," Okafor-Lund told The Associated Press. "That is who ends up on the gallows."

Defense lawyer Haroun Malek, who represents 11 people on death row in the southern city of Qasra, said several of his clients had been convicted on the basis of confessions they later said were extracted under torture.

"My client signed a confession in a language he cannot read," Malek said. "The court never asked him a single question about it."

There were some positive signs. The report noted that two countries abolished the death penalty for all crimes last year and that the number of death sentences handed down worldwide fell slightly.

"The overall direction of travel is still toward abolition," the report said. "But the countries that execute are executing more."

The U.N. human rights office has repeatedly called for a global moratorium on executions. In December, the U.N. General Assembly adopted a resolution calling for a moratorium with the backing of a record number of member states.

Okafor-Lund said the vote showed that "the world is moving on, even if some governments are not."

Execution Monitor said its figures were based on official data, court records, media reports and information from lawyers and families, and that the true totals were almost certainly higher.""",
        [
            ("A small number of governments", "Miriam Okafor-Lund"),
            ("Many of the people we", "Miriam Okafor-Lund"),
            ("That is who ends up", "Miriam Okafor-Lund"),
            ("My client signed a confession", "Haroun Malek"),
            ("The court never asked him", "Haroun Malek"),
            ("The overall direction of travel", "Execution Monitor"),
            ("But the countries that execute", "Execution Monitor"),
            ("the world is moving on,", "Miriam Okafor-Lund"),
        ],
    ),
    (
        """Displacement in Valdemora hits record as gangs expand: UN

San Cristobal de las Aguas (AFP) - More than 310,000 people have been forced from their homes inside Valdemora by gang violence and extortion, the highest number on record, the UN refugee agency said Thursday, warning that funding to help them was running dangerously short.

In a report released in the capital, the agency, UNHCR, said the number of internally displaced people had almost doubled in two years as rival gangs expanded from the capital's poorer districts into rural areas along the northern border.

"Entire neighbourhoods are emptying out," said Lucia Ferrer Ibarra, UNHCR's representative in Valdemora. "People leave at night with whatever they can carry, because if they are seen leaving, they can be killed."

Ferrer Ibarra told AFP the agency had received only 18 percent of the $64 million it had requested for its operations in the country this year.

"We are being forced to choose between shelter and food, between legal aid and psychological support," she said. "Every month we turn away families who have nowhere else to go.

"These are not choices any humanitarian organisation should have to make."

In a church-run shelter on the outskirts of San Cristobal, Marisol, 34, who asked that her surname not be used, said she fled the town of Las Penas in March with her two children after gang members demanded a weekly payment from her food stall.

"They told me that if I didn't pay, they would take my daughter," she said, her voice breaking. "So we left that same night, with nothing."

The shelter, run by a Catholic parish, has taken in more than 900 people since January, according to Father Tomas Echeverria, who manages it.

"The government talks about statistics. We see the families who arrive here every week with nothing but the clothes they are wearing," Echeverria said.

Valdemora's Ministry of Security said in a statement that homicides had fallen 12 percent in the first half of the year and that special police units had been deployed to 40 municipalities under its "Safe Territory" plan.

"The state is recovering territory, neighbourhood by neighbourhood," the statement said.

Rights groups say the crackdown has been accompanied by mass arrests and allegations of abuse. The Valdemoran Human Rights Commission, a local NGO, said last month it had documented 210 complaints of arbitrary detention since the plan began.

UNHCR urged the government to pass a long-delayed law on internal displacement, which would give displaced people legal recognition and access to housing and other assistance.

"Without a legal framework, these people are invisible," Ferrer Ibarra said.""",
        [
            ("Entire neighbourhoods are emptying out", "Lucia Ferrer Ibarra"),
            ("People leave at night with", "Lucia Ferrer Ibarra"),
            ("We are being forced to", "Lucia Ferrer Ibarra"),
            ("Every month we turn away", "Lucia Ferrer Ibarra"),
            ("These are not choices any", "Lucia Ferrer Ibarra"),
            ("They told me that if", "Marisol"),
            ("So we left that same", "Marisol"),
            ("The government talks about statistics.", "Tomas Echeverria"),
            ("The state is recovering territory,", "Ministry of Security"),
            ("Without a legal framework, these", "Lucia Ferrer Ibarra"),
        ],
    ),
    (
        """UN experts urge Tavran to free hunger-striking journalist

By Karim Haddadi

GENEVA, June 3 (Reuters) - A group of United Nations human rights experts on Monday called on Tavran to immediately release jailed journalist Farid Rostami, saying his health had deteriorated sharply since he began a hunger strike last month and that his detention was "arbitrary and unlawful".

Rostami, 58, an economics correspondent for the independent daily Shirvaz Observer, was sentenced in February to seven years in prison on charges of "spreading falsehoods" and "collaborating with hostile states" over a series of articles on currency speculation by well-connected businessmen.

"We are gravely concerned that Mr Rostami's life is at risk," the experts said in a joint statement. "The authorities bear full responsibility for his health and wellbeing while he remains in their custody."

The experts, who are appointed by the U.N. Human Rights Council but do not speak on behalf of the United Nations, said they had raised the case with the government twice since his arrest last August without receiving a substantive reply.

Rostami's wife, Leila Rostami, said she had been allowed to see him for 20 minutes on Saturday at Darvaz prison on the outskirts of the capital, Shirvaz.

"He has lost 14 kilos. He could barely walk to the visiting room," she told Reuters by telephone. "But he told me he will not stop until he gets a fair trial."

According to his lawyer, Behrouz Kamali, prison doctors have twice recommended that Rostami be transferred to hospital, but the prosecutor's office has not approved the request.

A former cellmate, who was released last week and spoke on condition of anonymity for fear of reprisals, said Rostami had refused food since May 9 but was still drinking water and sweetened tea.

"He is very weak, but his mind is clear. He reads all day," the former cellmate said.

A spokesman for Tavran's judiciary told a weekly news conference in Shirvaz that Rostami was receiving "all necessary medical care" and that his trial had been conducted "in full accordance with the law".

"No one in this country is imprisoned for journalism. He was convicted of specific crimes on the basis of evidence," the spokesman said, according to the state news agency TNA.

The Paris-based Press Freedom Alliance says at least 23 journalists are currently behind bars in Tavran, most of them detained since protests over fuel prices two years ago.

Nadia Karam, the group's Middle East coordinator, said Rostami's case showed how reporting on the economy had become one of the most dangerous beats in the country.

"Journalists who write about inflation and the currency are now treated as enemies of the state," she said. "Farid did what any good reporter would do: he followed the money."

(Reporting by Karim Haddadi; Editing by Alison Wheeler)""",
        [
            ("arbitrary and unlawful", "group of United Nations human rights experts"),
            ("We are gravely concerned that", "group of United Nations human rights experts"),
            ("The authorities bear full responsibility", "group of United Nations human rights experts"),
            ("He has lost 14 kilos.", "Leila Rostami"),
            ("But he told me he", "Leila Rostami"),
            ("He is very weak, but", "former cellmate"),
            ("all necessary medical care", "spokesman"),
            ("in full accordance with the", "spokesman"),
            ("No one in this country", "spokesman"),
            ("Journalists who write about inflation", "Nadia Karam"),
            ("Farid did what any good", "Nadia Karam"),
        ],
    ),
    (
        """Children as young as 8 work in Lomara’s gold mines, report says

By PETER OKELLO Associated Press

KESSA, Lomara (AP) — Children as young as 8 are digging, crushing rock and handling mercury at small-scale gold mines in eastern Lomara, some of them supplying ore that ends up with licensed exporters, a human rights group said in a report released Tuesday.

Researchers from the group, Fair Ground Rights, visited 22 mining sites in Upper Kessa province between October and March and found children working at all but three of them. About a third of the roughly 400 children interviewed said they had been injured at work, the report said.

“These children are breathing dust and mercury fumes every day, and many of them have stopped going to school altogether,” said Josephine Atieno Wafula, the group’s director. “This is not a hidden problem. Everyone in the supply chain can see it.”

A 13-year-old boy at a site near the village of Mabiri, who is not being named to protect his identity, told The Associated Press he had worked in the pits since his father died two years ago.

“I go down in the morning and come up when it is dark,” he said. “If I find gold, my family eats.”

The report traces ore from several sites to trading houses in Kessa that sell to Kessa Gold Holdings, one of the country’s largest licensed exporters.

In a statement, Kessa Gold Holdings said it “does not tolerate child labor in any form” and had suspended purchases from two traders named in the report pending an investigation. The company said it had also commissioned an independent audit of its suppliers.

Mines Minister Samuel Mwale said the government had closed 17 illegal sites this year and was working with local authorities to register artisanal miners.

“We cannot solve in one year a problem that took decades to grow,” Mwale told reporters in the capital, Ndara. “But I can promise that any company buying from children will lose its license.”

UNICEF, the U.N. children’s agency, estimates that about 1 in 5 children between the ages of 5 and 17 in Lomara are engaged in child labor, most of them in agriculture and mining.

Dr. Anneliese Vorster, UNICEF’s representative in Lomara, said poverty was the main driver and that enforcement alone would not keep children out of the mines.

“When a family depends on what a child earns, closing a mine just moves the child to another mine,” she said. “Children need schools they can afford, and parents need a decent income.”

Fair Ground Rights called on foreign refiners and jewelry brands that buy gold from the region to trace their supply chains back to the mine site. Wafula said buyers could no longer claim ignorance.

“The gold is in their products,” she said. “So is the responsibility.”""",
        [
            ("These children are breathing dust", "Josephine Atieno Wafula"),
            ("This is not a hidden", "Josephine Atieno Wafula"),
            ("I go down in the", "13-year-old boy"),
            ("If I find gold, my", "13-year-old boy"),
            ("does not tolerate child labor", "Kessa Gold Holdings"),
            ("We cannot solve in one", "Samuel Mwale"),
            ("But I can promise that", "Samuel Mwale"),
            ("When a family depends on", "Anneliese Vorster"),
            ("Children need schools they can", "Anneliese Vorster"),
            ("The gold is in their", "Josephine Atieno Wafula"),
            ("So is the responsibility.", "Josephine Atieno Wafula"),
        ],
    ),
]
