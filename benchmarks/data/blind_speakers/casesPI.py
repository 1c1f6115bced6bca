CASES = [
    (
        """Norway to cut regional museum grants, directors warn of closures

By Ingrid Solberg

OSLO, March 12 (Reuters) - Norway's minority government will cut state grants to regional museums by 6 percent next year, the culture ministry said on Tuesday, drawing sharp criticism from museum directors who warned that smaller institutions could be forced to close.

Culture Minister Helge Aasland told reporters the reduction was needed to fund a new national digital archive programme, known as "Museum 2030", and to keep overall spending within the government's fiscal rule.

"We are asking everyone to contribute, and museums are no exception," Aasland said. "This is not a cut to culture. It is a reprioritisation within culture."

The ministry said in a statement the savings would amount to about 140 million crowns ($13.2 million) in 2025.

Museum leaders were unconvinced. Kari Holmen, director of the Sunnmore Coastal Museum in Alesund, said her institution had already reduced opening hours twice since 2022.

"There is nothing left to trim," Holmen said. "If this goes through, we will have to choose between closing on weekends and letting staff go."

The Norwegian Museums Association, which represents more than 200 institutions, called the plan "short-sighted" and said it would lobby lawmakers before the budget vote in December.

"Regional museums are where most Norwegians actually meet their history," the association said. "Weakening them to pay for a database in Oslo gets the priorities backwards."

Opposition lawmakers signalled they could seek to reverse the cut, and the government needs the support of at least one other party to pass its budget. Torbjorn Lie, culture spokesman for the Centre Party, said the government was "treating rural heritage as a line item."

A senior official in the finance ministry, who asked not to be named because budget talks were ongoing, said the cut was "not set in stone" but that any reversal would have to be funded elsewhere in the culture budget.

Norway's museums received about 2.3 billion crowns in state support last year, according to ministry figures, with regional and county museums accounting for roughly two thirds of visitor numbers.

Aasland rejected suggestions that the digital programme would mainly benefit large institutions in the capital.

"Every museum in the country will be able to use it, from Kirkenes to Kristiansand," he said.

(Reporting by Ingrid Solberg; Editing by Terje Moen and Alison Barr)""",
        [
            ("We are asking everyone to", "Helge Aasland"),
            ("This is not a cut", "Helge Aasland"),
            ("There is nothing left to", "Kari Holmen"),
            ("If this goes through, we", "Kari Holmen"),
            ("short-sighted", "Norwegian Museums Association"),
            ("Regional museums are where most", "Norwegian Museums Association"),
            ("Weakening them to pay for", "Norwegian Museums Association"),
            ("treating rural heritage as a", "Torbjorn Lie"),
            ("not set in stone", "senior official in the finance ministry"),
            ("Every museum in the country", "Helge Aasland"),
        ],
    ),
    (
        """Tallinn festival faces €400,000 shortfall after sponsor pulls out

Organizers of the Tallinn Harbour Lights festival say they are short €400,000 after the event's main sponsor, the energy company Pohjavalgus, withdrew its support last week. The city government has said it cannot cover the full gap.

Festival director Mari-Liis Kask told ERR News on Monday that the team had been given less than two months' notice.

"We had a three-year agreement in principle, and we planned the whole program around it," Kask said. "Artists have been booked, contracts have been signed. You cannot just undo that in June."

Pohjavalgus said in a written statement that the decision was part of a wider review of its sponsorship portfolio and "in no way a reflection on the quality of the festival."

The company said it would continue to support youth sports and community events in Ida-Viru County.

Deputy Mayor Andrus Pärn, who is responsible for culture, said the city would examine whether an additional grant was possible, but warned that its reserve fund was already stretched.

"We value the festival greatly. At the same time, I have to be honest: the city cannot become the sponsor of last resort for every event that loses a private partner," Pärn told ERR's Aktuaalne kaamera.

According to Kask, the festival drew roughly 38,000 visitors last year, about a third of them from abroad, mostly from Finland and Latvia.

The Ministry of Culture said festivals could apply to the Cultural Endowment of Estonia for project support, but that the next application round would not close until September.

Some in the music sector see a broader problem. Siim Vaher, who heads the Estonian Live Music Association, said that since 2022 private sponsorship of cultural events had become "much more nervous."

"Companies are looking at their energy bills, at inflation, and culture is the first thing they cut," he said. "This is not only a Tallinn problem. We are hearing the same thing from Tartu, from Pärnu, from Viljandi."

Vaher added that the association had asked the ministry to set up an emergency fund for events that lose sponsors at short notice. The ministry has not yet responded to the proposal.

Kask said the festival would go ahead in August in some form, though possibly on two stages instead of four.

"The worst option would be to cancel," she said. "We will find a way, but it will be smaller, and some of the international names will probably not come."

Tickets for the festival went on sale in March. Kask said buyers would be offered refunds if the lineup changed significantly.""",
        [
            ("We had a three-year agreement", "Mari-Liis Kask"),
            ("Artists have been booked, contracts", "Mari-Liis Kask"),
            ("in no way a reflection", "Pohjavalgus"),
            ("We value the festival greatly.", "Andrus Pärn"),
            ("much more nervous.", "Siim Vaher"),
            ("Companies are looking at their", "Siim Vaher"),
            ("This is not only a", "Siim Vaher"),
            ("The worst option would be", "Mari-Liis Kask"),
            ("We will find a way,", "Mari-Liis Kask"),
        ],
    ),
    (
        """Stockholm museum to return Sámi drums after decades-long campaign

A Stockholm museum has agreed to return four ceremonial drums to Sámi communities in northern Sweden, ending a dispute that has lasted more than thirty years.

The board of the Nordic Folk Heritage Museum voted on Thursday to transfer ownership of the drums, which were taken from Sámi households in the 17th and 18th centuries, to the Jokkmokk Sámi Heritage Centre.

"This is a day many of our elders did not live to see," Elle-Máret Nutti, chair of the Sámi Heritage Council, told The Local. "The drums were never objects to us. They were part of how families spoke to the world."

Nutti said the council would now begin consultations on how the drums should be kept and whether any of them should be displayed publicly.

Museum director Johan Lindqvist said the board had concluded that keeping the drums in Stockholm could no longer be justified.

"We have looked very carefully at how these objects came to us, and the answer is not one we can be proud of," Lindqvist said in a press release. "Returning them is the right decision, and frankly it is overdue."

Sweden has no law governing the return of cultural objects to indigenous peoples, and decisions are made by individual institutions. The Sámi Parliament has long called for national legislation.

Culture Minister Parisa Ekström welcomed the decision but stopped short of promising a law. Speaking to Sveriges Radio, she said the government was "following the question closely" and would wait for an ongoing inquiry to report next year.

Not everyone is satisfied. Anders Blind, a reindeer herder from Gällivare who has campaigned on the issue since the 1990s, said four drums were "a beginning, nothing more."

"There are hundreds of Sámi objects sitting in storage rooms in Stockholm, Uppsala and abroad," he told The Local. "Each time, we have to fight from the start. That is exhausting, and it is not fair."

Lindqvist acknowledged that the museum holds around 1,200 other Sámi items and said a full review of the collection would be completed by 2026.

According to the museum, the drums will be transported north next winter, once climate-controlled storage at the centre in Jokkmokk is ready. The handover is expected to coincide with the Jokkmokk winter market in February, one of the oldest Sámi gatherings.""",
        [
            ("This is a day many", "Elle-Máret Nutti"),
            ("The drums were never objects", "Elle-Máret Nutti"),
            ("We have looked very carefully", "Johan Lindqvist"),
            ("Returning them is the right", "Johan Lindqvist"),
            ("following the question closely", "Parisa Ekström"),
            ("a beginning, nothing more.", "Anders Blind"),
            ("There are hundreds of Sámi", "Anders Blind"),
            ("Each time, we have to", "Anders Blind"),
        ],
    ),
    (
        """Cost of Riga arts centre rises by almost a third, audit finds

The projected cost of the Daugava Arts Centre in Riga has risen by almost a third since construction began, according to a report published Wednesday by the State Audit Office, which said the Ministry of Culture had failed to keep proper control over the project.

The auditors estimate the final price at €96 million, up from €73 million when the contract was signed in 2021. Completion has also slipped from 2025 to the end of 2027 at the earliest.

"The ministry accepted changes to the design without a clear assessment of their financial consequences," the report said. "In several cases, decisions worth millions of euros were documented only in the minutes of working group meetings."

Auditor General Ilze Bērziņa told a press conference that the problems were not unique to the culture sector.

"We see the same pattern again and again in large public construction: an optimistic start, a weak client, and then the bill arrives," Bērziņa said. "The taxpayer deserves better planning than that.

"I want to be clear that we are not questioning whether Latvia needs this building. We are questioning how it is being managed."

Culture Minister Raimonds Ozoliņš said the ministry accepted most of the audit's 11 recommendations. He blamed much of the increase on construction price inflation following Russia's full-scale invasion of Ukraine.

"Steel, concrete, energy – everything became more expensive overnight. No project in Europe was immune to that," Ozoliņš told LSM. He said a new project supervisor would be appointed by the summer.

Opposition politicians were less forgiving. Saeima deputy Līga Zariņa, who sits on the Public Expenditure and Audit Committee, said the ministry had treated the project as "a blank cheque" and called for the minister to appear before the committee.

Artists who hope to use the centre, which is to house a contemporary art collection, a concert hall and studios, have grown impatient. Painter Kārlis Dūmiņš, one of the founders of the initiative group that lobbied for the building, said the artistic community had waited "long enough."

"Every year we hear a new date. Meanwhile, young artists leave for Berlin or Copenhagen because there is nowhere here to show large work," he said.

The building, on the left bank of the Daugava, has been nicknamed "the glass barge" by Rigans because of its long, low shape and its facade of glass panels.

The audit report will be discussed by the Saeima committee next week, a spokeswoman for the parliament said.""",
        [
            ("The ministry accepted changes to", "State Audit Office"),
            ("In several cases, decisions worth", "State Audit Office"),
            ("We see the same pattern", "Ilze Bērziņa"),
            ("The taxpayer deserves better planning", "Ilze Bērziņa"),
            ("I want to be clear", "Ilze Bērziņa"),
            ("Steel, concrete, energy – everything", "Raimonds Ozoliņš"),
            ("a blank cheque", "Līga Zariņa"),
            ("long enough.", "Kārlis Dūmiņš"),
            ("Every year we hear a", "Kārlis Dūmiņš"),
        ],
    ),
    (
        """Lithuanian theatre director's dismissal sparks protest in Vilnius

Vilnius (AFP) - Several hundred actors, musicians and students rallied outside the Lithuanian Ministry of Culture on Saturday to protest the dismissal of the head of a leading state theatre, in a row that critics say reflects growing political pressure on the arts.

Ruta Vaitkute, who had led the Vilnius New Drama Theatre for nine years, was removed from her post on Thursday after an internal inspection found what the ministry called "serious breaches" of public procurement rules.

Vaitkute denies any wrongdoing and says the dismissal is linked to a production last season that satirised members of the governing coalition.

"Everyone in this city knows why this happened," she told AFP in an interview. "The inspection found two contracts for stage lighting that were signed a few days late. For that, you do not fire a director. You send a letter."

The ministry rejected any suggestion of political motives.

"The decision was based solely on the findings of the inspection, which were reviewed by independent lawyers," ministry spokeswoman Greta Mockute said.

Culture Minister Vytautas Kairys, in office since December, said on Friday that "no one is above the rules, including respected artists."

The production at the centre of the dispute, "The Coalition Dinner", a black comedy about politicians carving up ministerial posts over a restaurant meal, played to sold-out audiences last autumn and was briefly pulled from the schedule in November after complaints from two MPs.

Among those at Saturday's rally was actor Mindaugas Jonaitis, 34, who has worked at the theatre since 2016.

"We are not defending one person," he said. "We are defending the principle that a minister does not choose what is on stage."

The Lithuanian Union of Theatre Artists said in a statement that it would ask parliament's culture committee to hold a hearing, describing the dismissal as "a dangerous precedent for every cultural institution in the country."

Tomas Zilinskas, a political analyst at Vilnius University, told AFP the dispute fitted a broader pattern in the region, where arts funding has become "a new front in the culture wars."

"In the Baltics, almost all big cultural institutions depend on the state. That gives governments a lot of leverage, and the temptation to use it is always there," he said.

Lithuania, a country of 2.8 million people, spends about 1.5 percent of its state budget on culture, according to official figures.

Vaitkute said she would challenge her dismissal in court. The theatre's deputy director will run the institution until a new head is appointed through an open competition, the ministry said.

lr/jh/rl""",
        [
            ("serious breaches", "Lithuanian Ministry of Culture"),
            ("Everyone in this city knows", "Ruta Vaitkute"),
            ("The inspection found two contracts", "Ruta Vaitkute"),
            ("The decision was based solely", "Greta Mockute"),
            ("no one is above the", "Vytautas Kairys"),
            ("We are not defending one", "Mindaugas Jonaitis"),
            ("We are defending the principle", "Mindaugas Jonaitis"),
            ("a dangerous precedent for every", "Lithuanian Union of Theatre Artists"),
            ("a new front in the", "Tomas Zilinskas"),
            ("In the Baltics, almost all", "Tomas Zilinskas"),
        ],
    ),
    (
        """Danish festival drops defence firm sponsor after artists threaten boycott

More than 60 performers had threatened to pull out of Skovlund over its deal with radar and drone maker

Mette Lykke in Copenhagen

One of Denmark’s largest music festivals has ended a sponsorship agreement with a defence contractor after more than 60 performers threatened to pull out, in a dispute that has reignited debate over corporate money in Scandinavian culture.

The Skovlund festival, which draws about 90,000 people to a forest site outside Aarhus each July, announced on Monday evening that it had “mutually agreed” to end its three-year partnership with Nordvik Defence Systems, a Danish manufacturer of radar and drone components.

The decision came days after the Copenhagen rapper Jonas Kragh, one of the festival’s headline acts, withdrew, saying in a post on Instagram that he could not “stand on a stage with a weapons logo behind me”.

“I’m not naive about where money comes from,” Kragh wrote. “But there’s a difference between a bank and a company whose business is war.”

In a statement, the festival’s chief executive, Louise Brandt, said the organisation had “listened carefully to our artists and our audience”.

“We entered this partnership in good faith and at a time when the festival, like many others, was still recovering financially from the pandemic,” she said. “It has become clear that it is now overshadowing the music, and that is not what Skovlund is about.”

Nordvik said it regretted the decision but respected it. A spokesperson for the company added: “We are proud of the work we do to help defend Denmark and its allies, and we don’t think that is something to be ashamed of.”

The row has split opinion in Denmark, where defence spending has risen sharply since 2022 and the government has encouraged companies to support civil society.

The culture minister, Søren Holm Jakobsen, said it was up to festivals to choose their partners, but warned that the sector risked “ending up with no sponsors at all” if every company had to pass a moral purity test.

“Culture in Denmark cannot live on public grants alone,” he told Danish radio. “If we want a lively festival scene, we need private money, and private money comes from real companies.”

Others welcomed the outcome. Freja Munk, a spokesperson for the campaign group Artists Against Arms, which coordinated the letter signed by performers, said: “This shows that artists have power when they act together. Festivals need us more than they need any one sponsor.”

Industry figures said the episode would make sponsors more cautious. A senior executive at another Danish festival, who asked not to be named, said several companies had already asked for “guarantees that they won’t be next”.

Skovlund said it would cover the lost income, believed to be about 4m kroner (£460,000) a year, from its reserves and was in talks with “several potential new partners”.

Kragh confirmed on Tuesday that he would now perform as planned.""",
        [
            ("mutually agreed", "Skovlund festival"),
            ("stand on a stage with", "Jonas Kragh"),
            ("I’m not naive about where", "Jonas Kragh"),
            ("But there’s a difference between", "Jonas Kragh"),
            ("listened carefully to our artists", "Louise Brandt"),
            ("We entered this partnership in", "Louise Brandt"),
            ("It has become clear that", "Louise Brandt"),
            ("We are proud of the", "spokesperson"),
            ("ending up with no sponsors", "Søren Holm Jakobsen"),
            ("Culture in Denmark cannot live", "Søren Holm Jakobsen"),
            ("If we want a lively", "Søren Holm Jakobsen"),
            ("This shows that artists have", "Freja Munk"),
            ("guarantees that they won’t be", "senior executive at another Danish festival"),
            ("several potential new partners", "Skovlund festival"),
        ],
    ),
    (
        """Estonian border city's museum caught between Tallinn and its Russian-speaking public

By ANNA KOPPEL Associated Press

NARVA, Estonia (AP) — From the upstairs windows of the Narva River Gallery, visitors can see the fortress of Ivangorod across the water in Russia. Inside, the gallery's director is trying to work out how to keep her doors open.

The Estonian government this year ended a special grant that paid for exhibitions and guided tours in Russian at cultural institutions in Ida-Viru County, the country's mostly Russian-speaking northeast. Officials say the money will now go to Estonian-language programs instead, part of a broader push to strengthen the national language in the region.

"I understand the goal. I support the goal," said Svetlana Ivanova, who has directed the gallery since 2015. "But half of our visitors are pensioners who grew up here in Soviet times. If we tell them everything is only in Estonian now, they will simply stop coming."

Ivanova said school groups and older residents make up most of the gallery's roughly 20,000 annual visitors.

The shift is part of a wider debate in Estonia, a NATO and European Union member of 1.3 million people, about how to integrate its Russian-speaking minority after Russia's full-scale invasion of Ukraine. Around a quarter of the population speaks Russian as a first language.

Culture Minister Kristjan Lepik said in an interview that the policy was not aimed at anyone.

"For thirty years we told ourselves there was no hurry. There was a hurry," Lepik said. "A common language is the basis of a common society, and culture has to be part of that."

He said museums could still offer materials in other languages, including Russian, if they paid for them from their own budgets, and that the ministry was funding additional Estonian language courses for museum staff.

Not everyone in Narva is persuaded. Nikolai Petrov, a 67-year-old retired engineer who visits the gallery regularly, said he had lived in the city his whole life but never learned Estonian well.

"Of course I should have learned. I know that," he said, standing in front of a painting of the frozen river. "But to close the door on us now, at my age — is that integration?"

An official at the Ida-Viru County development center, speaking on condition of anonymity because they were not authorized to discuss ministry policy, said several small museums in the region were "quietly wondering how long they can last."

The Estonian Museums Association said in a statement last month that language policy and funding should be "kept separate," warning that cutting programs could lead to closures in places that already have few cultural venues.

Ivanova said she has applied to a Nordic cultural foundation for money to keep bilingual tours running through next year.

"We are a museum on a border," she said. "Our job is to build bridges, not to pick a side of the river."

The foundation is expected to announce its decision in December.""",
        [
            ("I understand the goal.", "Svetlana Ivanova"),
            ("But half of our visitors", "Svetlana Ivanova"),
            ("For thirty years we told", "Kristjan Lepik"),
            ("A common language is the", "Kristjan Lepik"),
            ("Of course I should have", "Nikolai Petrov"),
            ("But to close the door", "Nikolai Petrov"),
            ("quietly wondering how long they", "official at the Ida-Viru County development center"),
            ("kept separate,", "Estonian Museums Association"),
            ("We are a museum on", "Svetlana Ivanova"),
            ("Our job is to build", "Svetlana Ivanova"),
        ],
    ),
    (
        """Sweden's cultural canon published – and immediately criticised

A government-appointed committee on Monday presented its proposal for a Swedish cultural canon, a list of 100 works, traditions and places it says everyone living in Sweden should know about. Critics were quick to call it narrow and outdated.

The list, published in a report titled "A Shared Inheritance", includes midsummer, the Vasa ship, the right of public access to nature and the children's books of Astrid Lindgren, alongside lesser-known entries such as the 18th-century hymn book and the co-operative movement.

Committee chair Lars Eklund, a historian at Lund University, said the aim was to give newcomers and young people "a common starting point, not a finishing line."

"A canon is not a wall. It is a door," Eklund told a press conference in Stockholm. "Nobody is saying these are the only things that matter. We are saying these are things that help you understand the conversation."

Asked why only 11 of the 100 entries were created after 1970, he said the committee had deliberately looked for works that had "stood the test of time".

The canon was first proposed by the nationalist partner in the governing coalition in 2022 and has been controversial from the start.

Culture Minister Emma Rydén said the government would study the proposals before deciding how the canon should be used in schools.

"This is a starting point for a debate, and I welcome that debate," she said in a statement.

Cultural figures were less impressed. Sofia Lind, chair of the Swedish Association of Writers and Translators, said the selection reflected "a very particular idea of who counts as Swedish".

"There are almost no Sámi, Tornedalian or Finland-Swedish voices on this list, and the experience of immigrants over the past fifty years is practically invisible," she told The Local. "A canon that leaves out a fifth of the population is not shared."

Left Party culture spokesperson Ahmed Yusuf called the project "a waste of public money" and said his party would scrap it if the opposition won the next election.

According to the committee, more than 6,000 members of the public sent in suggestions during a consultation last year. The most frequently proposed item was fika, the Swedish coffee break – which did not make the final list.

"We discussed fika at length," Eklund admitted, to laughter. "In the end we felt it was more a habit than a heritage."

A source close to the committee, who did not want to be named, told The Local that the final meetings had been "tense", with two members threatening to resign over the exclusion of contemporary pop music.

The government is expected to present its response in the autumn.""",
        [
            ("a common starting point, not", "Lars Eklund"),
            ("A canon is not a", "Lars Eklund"),
            ("Nobody is saying these are", "Lars Eklund"),
            ("stood the test of time", "Lars Eklund"),
            ("This is a starting point", "Emma Rydén"),
            ("a very particular idea of", "Sofia Lind"),
            ("There are almost no Sámi,", "Sofia Lind"),
            ("A canon that leaves out", "Sofia Lind"),
            ("a waste of public money", "Ahmed Yusuf"),
            ("We discussed fika at length,", "Lars Eklund"),
            ("In the end we felt", "Lars Eklund"),
            ("tense", "source close to the committee"),
        ],
    ),
]
