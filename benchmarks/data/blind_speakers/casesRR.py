CASES = [
    (
        """German Catholic council backs blessing guidelines despite Vatican warning

By Katrin Oberholz

FRANKFURT, March 14 (Reuters) - A council of German Catholic bishops and lay leaders voted on Saturday to adopt guidelines allowing priests to bless same-sex and remarried couples, brushing aside a warning from Rome that the move risked deepening divisions in the worldwide church.

The Synodal Council, a body of bishops and lay representatives set up after years of reform talks, approved the text by 41 votes to 9 with four abstentions at a closed-door session in Frankfurt.

"This is not a break with Rome. It is an answer to the people sitting in our pews," Bishop Reinhard Lammersdorf of Wendelstadt, who co-chairs the council, told reporters after the vote.

"Couples who have lived faithfully together for decades are asking for a sign of God's closeness, and we can no longer send them away with nothing."

The guidelines, titled "Blessing Love", instruct priests to avoid any ceremony that could be mistaken for a wedding and leave the final decision to individual pastors.

The Vatican issued a declaration in late 2023, "Fiducia supplicans", permitting spontaneous, non-liturgical blessings for couples in irregular situations, but it has repeatedly warned German church leaders against creating formal rites.

A senior Vatican official, who spoke on condition of anonymity because he was not authorised to comment publicly, said the German text went "well beyond what the Holy Father has allowed" and would be examined "with great care" in Rome.

Bishop Anton Grieshaber of Altmuehlen, one of the nine who voted against, said in a statement that the council had "no mandate to write liturgical norms" and urged his fellow bishops to wait for guidance from the Vatican.

"Unity is not a luxury we can give up when it becomes inconvenient," he wrote.

Marianne Pohl-Eckert, president of the Federation of German Catholic Laity, welcomed the result but said it came too late for many who had already left the church. Nearly 400,000 Germans formally quit the Catholic Church last year, according to figures published by the bishops' conference.

"We have lost a generation of young people while we debated," she said. "Today is a beginning, nothing more."

Some dioceses, including Wendelstadt, said they would apply the guidelines from Easter. Others, among them Altmuehlen and the eastern diocese of Sorbenau, said they would not.

The council's next plenary meeting is scheduled for September, when it is expected to debate proposals to allow lay people to preach at Sunday Mass.

(Reporting by Katrin Oberholz; Editing by Tom Ashworth)""",
        [
            ("This is not a break", "Reinhard Lammersdorf"),
            ("Couples who have lived faithfully", "Reinhard Lammersdorf"),
            ("well beyond what the", "senior Vatican official"),
            ("with great care", "senior Vatican official"),
            ("no mandate to write", "Anton Grieshaber"),
            ("Unity is not a luxury", "Anton Grieshaber"),
            ("We have lost a generation", "Marianne Pohl-Eckert"),
            ("Today is a beginning, nothing", "Marianne Pohl-Eckert"),
        ],
    ),
    (
        """Ohio diocese to close or merge 31 parishes as priests, Massgoers dwindle

By DANA WHITLOCK Associated Press

GRANTHAM FALLS, Ohio (AP) — The Roman Catholic Diocese of Grantham Falls will close or merge 31 of its 88 parishes over the next two years, church officials announced Sunday, in one of the largest consolidations in the Midwest in a decade.

Bishop Thomas R. Kavanagh said the plan, called "Renew Our Parishes," was driven by a shortage of priests and a steep decline in Mass attendance, which has fallen by nearly half since 2010 across the diocese's 14 counties.

"I know this is painful news," Kavanagh said in a video message played at Masses across the diocese. "Many of you were baptized in these churches, married in them and buried your parents from them. I do not take that lightly."

The diocese now has 61 active priests, down from 112 in 2005, and 19 of them are over 70, according to figures released with the plan.

Under the plan, parishes in the city's older neighborhoods will be grouped into "families of parishes" that share clergy and staff. Eleven church buildings will close for regular worship.

Parishioners at St. Casimir, a 118-year-old Polish parish on the city's south side that is among those slated to close, said they were stunned.

"We raised the money for a new roof two years ago. Nobody told us this was coming," said Helen Bartosik, 74, who has attended the church since childhood. "They say it's about priests, but it feels like it's about the real estate."

Another parishioner, who declined to give her name because her husband works for the diocese, said members had "begged for meetings" with diocesan officials that never took place.

Diocese spokesperson Angela Ruiz said the process included more than 60 listening sessions over 18 months and that no decisions about selling buildings had been made.

"Closing a church for regular Masses is not the same as selling it," Ruiz said. "Some of these buildings may still be used for weddings, funerals and feast days."

Church law allows parishioners to appeal the closure of a parish to the Vatican, and a group calling itself Save St. Casimir said it planned to do so. Such appeals have occasionally succeeded in the U.S., though most are rejected.

The Rev. Michael Oduya, pastor of two east side parishes that will merge in July, said he understood the anger but hoped people would give the new arrangement a chance.

"I'm saying three Masses every Sunday and driving 40 miles between them," he said. "That's not sustainable, for me or for the next priest who comes after me."

Kavanagh said in his message that the diocese would review the plan again in 2028.""",
        [
            ("I know this is painful", "Thomas R. Kavanagh"),
            ("Many of you were baptized", "Thomas R. Kavanagh"),
            ("We raised the money for", "Helen Bartosik"),
            ("They say it's about priests", "Helen Bartosik"),
            ("begged for meetings", "parishioner"),
            ("Closing a church for regular", "Angela Ruiz"),
            ("Some of these buildings may", "Angela Ruiz"),
            ("I'm saying three Masses every", "Michael Oduya"),
            ("That's not sustainable, for me", "Michael Oduya"),
        ],
    ),
    (
        """Cathedral choir abuse ‘ignored for decades’, report finds

By Rhiannon Pryce, BBC Wales

Senior clergy at St Tysilio’s Cathedral in Wrexford ignored repeated warnings about a choirmaster who abused boys over nearly 20 years, an independent report has found.

The review, carried out by the Kingsgate Safeguarding Partnership for the Church in Wales, found at least 14 former choristers were abused by Gerald Hensley between 1979 and 1997.

Hensley, who died in 2009, was never charged.

The 140-page report said there had been “a culture of deference and silence” at the cathedral, in which concerns raised by parents and junior staff were “dismissed, minimised or simply not recorded”.

It said senior clergy had regarded Hensley as “indispensable to the musical life of the cathedral” and had repeatedly given him the benefit of the doubt.

One former chorister, now in his fifties, told BBC Wales he had tried to tell a canon what was happening when he was 12.

“He patted me on the head and told me to stop telling stories,” he said.

“I didn’t say another word about it for 30 years. I thought it was my fault.”

The Bishop of Wrexford, the Rt Rev Catrin Howells, said the findings left her “ashamed and angry”.

In a statement, she said: “We failed these children, and then we failed the adults they became. I am deeply sorry.

“No apology can give back what was taken from them, but I promise that every recommendation in this report will be carried out in full.”

The report makes 22 recommendations, including an audit of all safeguarding files held by the cathedral and the appointment of a safeguarding lead who reports directly to the Church in Wales rather than to the cathedral chapter.

Mark Teale, 52, who sang in the choir from 1982 to 1987 and has waived his right to anonymity, said the report was “long overdue and hard to read”.

“Some of the people named in this report were still in post when we first came forward in 2014,” he said. “Nobody has lost their job, nobody has lost their pension. Sorry is just a word.”

The report found that at least three clergy who were told of concerns failed to pass them on. Two have since died.

The third, a retired canon now in his eighties, told the reviewers he had “no recollection of any such conversations”.

A police spokesman said the force had received a copy of the report and was “in contact with a number of individuals” who had come forward since its publication.

The Church in Wales said an independent redress scheme for survivors would open in the autumn.""",
        [
            ("ignored for decades", "Kingsgate Safeguarding Partnership"),
            ("a culture of deference and", "Kingsgate Safeguarding Partnership"),
            ("dismissed, minimised or simply not", "Kingsgate Safeguarding Partnership"),
            ("indispensable to the musical life", "Kingsgate Safeguarding Partnership"),
            ("He patted me on the", "former chorister"),
            ("I didn’t say another word", "former chorister"),
            ("ashamed and angry", "Catrin Howells"),
            ("We failed these children, and", "Catrin Howells"),
            ("No apology can give back", "Catrin Howells"),
            ("long overdue and hard to", "Mark Teale"),
            ("Some of the people named", "Mark Teale"),
            ("Nobody has lost their job", "Mark Teale"),
            ("no recollection of any such", "retired canon"),
            ("in contact with a number", "spokesman"),
        ],
    ),
    (
        """Clonmoyle diocese to cut 54 parishes to 19 as priest numbers dwindle

Ciarán Hegarty, Religious Affairs Correspondent

The Catholic diocese of Clonmoyle is to reorganise its 54 parishes into 19 “pastoral areas” over the next five years, in what its bishop has described as “the most significant change in the life of this diocese since Catholic Emancipation”.

Announcing the plan at Mass in St Fachtna’s Cathedral on Sunday, Bishop Declan Mulvihill said the diocese had 47 priests in active ministry, with an average age of 71, and that within a decade it expected to have fewer than 20.

“We can continue to pretend that nothing has changed, and watch our priests break down one after another, or we can plan for the church we will actually have,” he said.

“I am choosing to plan.”

Under the proposals, no church will close, but many will no longer have a weekly Sunday Mass. Funerals, baptisms and Sunday liturgies of the word will increasingly be led by trained lay people, and each pastoral area will be served by a team of priests, deacons and lay ministers.

The diocese said in a statement that some 160 lay volunteers had already begun a two-year formation course at the Marian Institute in Castlebane, and that it was “not managing decline but preparing for renewal”.

Fr Colm Breathnach, parish priest of Drumaleen and a member of the diocesan council of priests, said many of his colleagues were relieved.

“There are men in their late seventies saying four Masses on a Sunday in three different churches. Something had to give,” he said.

But he warned that the plan would work only if lay people, and particularly women, “are given real responsibility, and not just asked to do the flowers and count the collection”.

In Kilteevan, where Sunday Mass at St Brigid’s Church will be reduced to once a month, parishioner Nuala Gaffney (68) said locals feared the church would “go the way of the post office and the Garda station”.

“First they took the post office, then the guards, and now it’s the Mass. What’s left for a village like this?” she asked.

Church reform group Open Door Ireland said the plan “ignores the elephant in the room”, namely the exclusion of women and married men from the priesthood.

Clonmoyle is not alone. Several other Irish dioceses have announced similar groupings in recent years, and only a handful of men are now ordained to the diocesan priesthood in the State each year.

Dr Mulvihill said the diocese would hold consultation meetings in each of the 19 areas before the end of the year, and that the proposed boundaries were “not set in stone”.

Asked whether he would support the ordination of married men, he said that was “a question for the universal church, not for one small diocese in the west of Ireland”, but added that he would “listen to whatever the people of Clonmoyle tell me”.""",
        [
            ("the most significant change in", "Declan Mulvihill"),
            ("We can continue to pretend", "Declan Mulvihill"),
            ("I am choosing to plan", "Declan Mulvihill"),
            ("not managing decline but preparing", "Catholic diocese of Clonmoyle"),
            ("There are men in their", "Colm Breathnach"),
            ("are given real responsibility, and", "Colm Breathnach"),
            ("go the way of the", "Nuala Gaffney"),
            ("First they took the post", "Nuala Gaffney"),
            ("ignores the elephant in the", "Open Door Ireland"),
            ("not set in stone", "Declan Mulvihill"),
            ("a question for the universal", "Declan Mulvihill"),
            ("listen to whatever the people", "Declan Mulvihill"),
        ],
    ),
    (
        """Rabbinate refuses to recognize 300 conversions by independent Orthodox court

By Noa Feldman-Katz

The Chief Rabbinate said Tuesday it would not recognize conversions performed by an independent network of Orthodox rabbinical courts, leaving some 300 converts, most of them immigrants from the former Soviet Union, unable to register for marriage in Israel.

In a letter sent to the network's leaders on Sunday, the Rabbinate's director-general, Rabbi Yehuda Amsalem, wrote that the courts operated "outside any recognized framework" and that their rulings "cannot bind the rabbinical courts of the State of Israel."

The network, Beit Din Ohel Yosef, was set up in 2019 by a group of prominent national-religious rabbis frustrated by what they saw as the Rabbinate's excessively strict approach to conversion. It has since converted more than 1,100 people, many of them children.

Its president, Rabbi Elisha Bar-Nathan, called the decision "a disgrace to the Torah and to the State of Israel."

"Every one of these converts studied for at least a year, keeps Shabbat, keeps kashrut. They were examined by three Orthodox dayanim who are respected around the world," Bar-Nathan said in a phone interview. "The only problem the Rabbinate has with them is that they didn't come through the Rabbinate."

Olga Mironenko, 29, who immigrated from Ukraine as a child and converted through the network last year, said she and her fiance had been turned away by the local rabbinate office in Kiryat Elon when they tried to open a marriage file.

"I served in the army, I pay taxes, I light candles every Friday night. And now someone in an office tells me I'm not Jewish enough," she said. "We'll get married in Cyprus if we have to, but it shouldn't come to that."

Thousands of Israeli couples who cannot or will not marry through the Rabbinate wed abroad each year; civil marriages performed overseas are registered by the state.

Opposition lawmaker Ronit Shaked, who heads the Knesset caucus for immigrant absorption, wrote on X: "The Rabbinate has once again chosen to push away the very people who most want to join the Jewish people. This is not halacha, it is a monopoly protecting itself."

A spokesperson for the Chief Rabbinate said the decision was "a purely halachic matter" and had "nothing to do with politics." The spokesperson added that converts from the network could apply to have their cases reviewed by a state conversion court.

Bar-Nathan rejected that offer, saying converts would in effect be asked to "start again from zero."

According to a senior official in the rabbinical courts administration, the dispute "will almost certainly end up in the High Court of Justice," which has ruled on the status of converts several times in the past two decades.""",
        [
            ("outside any recognized framework", "Yehuda Amsalem"),
            ("cannot bind the rabbinical courts", "Yehuda Amsalem"),
            ("a disgrace to the Torah", "Elisha Bar-Nathan"),
            ("Every one of these converts", "Elisha Bar-Nathan"),
            ("The only problem the Rabbinate", "Elisha Bar-Nathan"),
            ("I served in the army", "Olga Mironenko"),
            ("We'll get married in Cyprus", "Olga Mironenko"),
            ("The Rabbinate has once again", "Ronit Shaked"),
            ("a purely halachic matter", "spokesperson"),
            ("nothing to do with politics", "spokesperson"),
            ("start again from zero", "Elisha Bar-Nathan"),
            ("will almost certainly end up", "senior official in the rabbinical courts administration"),
        ],
    ),
    (
        """Clerics warn politicians against hate speech ahead of by-elections

By FAITH NJAMBI

Religious leaders have warned politicians against using places of worship to stir up ethnic tension ahead of next month's by-elections in Kiboro and Ngamba counties.

Speaking at a joint press conference in Nairobi yesterday, leaders of the National Interfaith Peace Council said they had received reports of clerics being paid to endorse candidates from the pulpit.

"We have seen envelopes change hands in churches and in mosques. Let it be known that the pulpit is not for sale," said Archbishop Joseph Kiprono Rotich, who chairs the council.

The archbishop said the council would "name and shame" any religious leader found to have taken money from politicians, and urged congregations to report such cases to their elders.

Sheikh Abdalla Mwinyi, the council's vice-chairman and chairman of the Coast Imams Forum, said young people were being "used as fuel" by politicians who disappear once the votes have been counted.

"These politicians come to the mosque on Friday, they hand out a little money, and by Monday our young men are fighting in the streets," Sheikh Mwinyi said. "Islam does not allow this. Christianity does not allow this. No faith in this country allows it."

He asked the authorities to act against politicians found guilty of incitement "regardless of which side they belong to".

Bishop Grace Mumbi of the Fellowship of Evangelical Churches of Kenya urged Christians not to boycott the polls.

"Pray, yes. But also go out and vote, and refuse to be bought. Your vote is your voice," she said.

In a communique issued after the meeting, the council said it would deploy 600 trained peace monitors to polling stations in the two counties and that it was "deeply concerned by the silence of the political class" over recent clashes in Ngamba, in which three people were killed.

Contacted by the Nation, a senior police officer in Kiboro, who asked not to be named as he is not authorised to speak to the media, said security had been beefed up in "hotspot" areas and that officers were "ready to deal with anyone who incites violence".

Kiboro Woman Representative Esther Chebet dismissed the clerics' claims of bribery.

"Let the clerics bring evidence. It is very easy to make such statements at a press conference in Nairobi," she told the Nation on phone.

"Those of us on the ground are preaching peace every day."

The Ngamba by-election was triggered by the death of the area MP in March, while the Kiboro seat fell vacant after a court nullified last year's election over irregularities.""",
        [
            ("We have seen envelopes change", "Joseph Kiprono Rotich"),
            ("name and shame", "Joseph Kiprono Rotich"),
            ("used as fuel", "Abdalla Mwinyi"),
            ("These politicians come to the", "Abdalla Mwinyi"),
            ("Islam does not allow this", "Abdalla Mwinyi"),
            ("regardless of which side they", "Abdalla Mwinyi"),
            ("Pray, yes. But also", "Grace Mumbi"),
            ("deeply concerned by the silence", "National Interfaith Peace Council"),
            ("ready to deal with anyone", "senior police officer in Kiboro"),
            ("Let the clerics bring evidence", "Esther Chebet"),
            ("Those of us on the", "Esther Chebet"),
        ],
    ),
    (
        """Philippine bishops order first national audit of abuse cases

Ramon Villanueva, Manila

The Catholic bishops of the Philippines have voted to commission an independent audit of how allegations of clerical sexual abuse have been handled in every diocese of the country since 1990, in what the bishop leading the effort called ‘a long-delayed act of honesty’.

The decision was taken last week at the bishops’ plenary assembly in San Mateo Alto, north of Manila, after a debate that participants described as unusually frank. The motion passed with 71 votes in favour and 12 against.

Bishop Rolando Macaraeg of Malabong, who chairs the bishops’ commission on the protection of minors, said the Church could no longer tolerate the so-called ‘transfer culture’, under which accused priests were quietly moved to other parishes or sent abroad.

‘For too long we have treated these cases as a matter of reputation, to be handled quietly between bishops,’ he said in an interview. ‘The victims have paid the price for our silence, and some of them are still paying it.’

The audit will be carried out by a panel of seven lay experts – lawyers, psychologists and a former police investigator – chaired by Corazon Delos Reyes-Tan, a retired justice of the Court of Appeals. It is expected to report within two years, and its findings will be published in full.

Justice Delos Reyes-Tan said she had agreed to take on the role only after receiving a written guarantee of ‘full and unconditional access’ to diocesan archives.

‘I told the bishops: “If a single door is closed to us, I will say so publicly.” They accepted that condition,’ she said.

Survivors’ groups gave the decision a cautious welcome. Jerome Abalos, founder of the Network of Clergy Abuse Survivors Philippines, said the audit would be ‘meaningless unless names are named’.

‘We have heard apologies before. In 2002 the bishops promised guidelines, and in 2013 they promised them again,’ he said. ‘What we need now is not another document but bishops who resign when they are found to have covered up.’

A spokesman for the apostolic nunciature in Manila said the Holy See ‘welcomes every serious effort’ by local churches to confront abuse, but declined to comment further.

Not all bishops were persuaded. One bishop from Mindanao, who asked not to be named, said several colleagues feared the findings would be ‘used by enemies of the Church’ to attack its role in public life, particularly its opposition to proposed divorce legislation.

The Philippines, where about 80 per cent of the population is Catholic, remains one of very few countries without a civil divorce law.

Bishop Macaraeg said he understood the fears but did not share them. ‘The truth is not our enemy,’ he said. ‘Our enemy is what we did when we were afraid of it.’""",
        [
            ("a long-delayed act of honesty", "Rolando Macaraeg"),
            ("For too long we have", "Rolando Macaraeg"),
            ("The victims have paid the", "Rolando Macaraeg"),
            ("full and unconditional access", "Corazon Delos Reyes-Tan"),
            ("I told the bishops:", "Corazon Delos Reyes-Tan"),
            ("If a single door is", "Corazon Delos Reyes-Tan"),
            ("meaningless unless names are named", "Jerome Abalos"),
            ("We have heard apologies before.", "Jerome Abalos"),
            ("What we need now is", "Jerome Abalos"),
            ("welcomes every serious effort", "spokesman"),
            ("used by enemies of the", "bishop from Mindanao"),
            ("The truth is not our", "Rolando Macaraeg"),
            ("Our enemy is what we", "Rolando Macaraeg"),
        ],
    ),
    (
        """France opens first imam training institute to end reliance on foreign clerics

Saint-Aubin-les-Vignes, France (AFP) - A new institute for training imams opened its doors on Monday near Lyon with 43 students, part of a government drive to end France's reliance on clerics sent and paid by foreign states.

The Institute of Islamic Sciences of France (IISF), housed in a former seminary, will offer a three-year course combining theology and Arabic with modules on French law, history and "secularism in practice".

"For the first time, a young Muslim born in Marseille or Lille can become an imam without leaving France," its director Karim Benhaddou, a theologian trained in Cairo and Strasbourg, told AFP.

"Our imams must speak the language of the young people sitting in front of them, and that language is French," he added.

France, home to Europe's largest Muslim population, stopped accepting new so-called "detached" imams from Algeria, Morocco and Turkey in 2024. Around 300 such imams were working in French mosques in 2020, according to the interior ministry.

In a statement, the ministry, which oversees relations with religious groups, called the institute "a cornerstone of an Islam of France, by and for French Muslims".

Under a 1905 law separating church and state, the government does not directly fund the training of clergy, and the institute is financed by donations from mosque associations and a foundation that receives both public and private money.

That arrangement has drawn criticism from secularist campaigners. Hélène Marchal, president of the Republican Secularism Observatory, said the government was "playing with fire" and had "no business shaping ministers of any religion, directly or indirectly".

Some Muslim leaders are also wary. Youssef Amrani, imam of a mosque in the northern town of Hellemmes-Nord, said many worshippers would see the institute's graduates as state appointees.

"They want imams who are civil servants in all but name," he told AFP. "The faithful will not follow an imam they see as the government's man."

Among the first intake are nine women, who will train as hospital, prison and university chaplains. Samira Ouali, 24, a law graduate from Grenoble, said she signed up after years of answering friends' questions about faith online.

"I want to be able to answer girls who ask me about Islam with real knowledge, not with something they saw on TikTok," she said.

Benhaddou said the institute hoped to take in 100 students a year by 2028.

"We are not here to produce a state Islam," he said. "We are here to produce serious imams."

The first graduates are due to take up posts in mosques in autumn 2028.""",
        [
            ("For the first time, a", "Karim Benhaddou"),
            ("Our imams must speak the", "Karim Benhaddou"),
            ("a cornerstone of an Islam", "interior ministry"),
            ("playing with fire", "Hélène Marchal"),
            ("no business shaping ministers of", "Hélène Marchal"),
            ("They want imams who are", "Youssef Amrani"),
            ("The faithful will not follow", "Youssef Amrani"),
            ("I want to be able", "Samira Ouali"),
            ("We are not here to", "Karim Benhaddou"),
            ("We are here to produce", "Karim Benhaddou"),
        ],
    ),
]
