CASES = [
    (
        """EU fisheries ministers deadlocked over Baltic herring quota cuts

By Marta Kowalczyk

BRUSSELS, Oct 21 (Reuters) - European Union agriculture and fisheries ministers failed to agree on next year's Baltic Sea fishing quotas after 18 hours of talks, with Poland and Sweden at odds over how deeply to cut catches of western herring, diplomats said on Tuesday.

The European Commission had proposed a 42% reduction in the western herring quota, citing scientific advice that stocks had fallen below safe biological limits for a sixth consecutive year.

"We cannot keep pretending the fish will come back on their own," EU Fisheries Commissioner Henrik Valdaas told reporters as he left the Council building shortly before dawn. "The science is clear and the fishermen know it better than anyone."

Polish Agriculture Minister Tomasz Brzezinski said a cut of that size would "finish off" small coastal fleets in the Pomeranian region, where hundreds of boats have already been decommissioned since 2019.

"We are not asking for miracles. We are asking for a transition period that does not destroy families," Brzezinski said.

Sweden, backed by Denmark and Finland, pushed for the Commission's figure to stand, while Germany and Latvia sought a compromise of around 30%, according to two diplomats familiar with the talks.

One EU diplomat said the rotating presidency, which chairs the meetings, had misjudged how entrenched the positions were. "There was never a landing zone on herring. Everything else was a distraction," the diplomat said.

Ministers did reach agreement on quotas for sprat and plaice, which will rise by 8% and 5% respectively. Cod fishing in the eastern Baltic remains limited to by-catch only.

Swedish Rural Affairs Minister Ebba Lindqvist said in a statement that her government would "not sign off on a quota that ignores the scientists", adding that Stockholm was prepared to return to the table next week.

The European Association of Coastal Fishers, a Brussels-based lobby group, said the deadlock left its members unable to plan for the coming season. "Boats need to know by December whether they will fish in January," it said.

The talks will resume on Oct. 28. If no deal is reached before the end of the year, the Commission can set provisional quotas for the first quarter.

(Reporting by Marta Kowalczyk; Additional reporting by Jan Strand in Stockholm; Editing by Alison Reid)""",
        [
            ("We cannot keep pretending the", "Henrik Valdaas"),
            ("The science is clear and", "Henrik Valdaas"),
            ("finish off", "Tomasz Brzezinski"),
            ("We are not asking for", "Tomasz Brzezinski"),
            ("There was never a landing", "EU diplomat"),
            ("not sign off on a", "Ebba Lindqvist"),
            ("Boats need to know by", "European Association of Coastal Fishers"),
        ],
    ),
    (
        """Brussels moves to tighten subsidy rules for battery gigafactories

Lukas Hoffer in Brussels

The European Commission is preparing to tighten the rules governing state support for battery factories, amid concern that a subsidy race between Berlin, Paris and Budapest is draining public money without building a competitive European industry.

A draft communication seen by the Financial Times would require member states to show that any aid above €150mn is matched by 'a credible commitment to local supply chains and skilled employment', and would give Brussels powers to claw back money from projects that are abandoned within five years.

The move follows the collapse last month of Voltra Cell's planned plant near Ostrava, which had received pledges of almost €900mn in national and regional aid before the Swedish-Czech start-up filed for insolvency.

'We have spent the past three years writing cheques,' said one senior Commission official involved in the drafting. 'Now we need to ask what we actually bought.'

Competition commissioner Isabelle Marchetti has repeatedly warned that the relaxation of state aid rules after the pandemic risked fragmenting the single market in favour of the largest economies. Germany and France accounted for almost three-quarters of all state aid approved under the temporary crisis framework.

Speaking at a conference in Brussels on Thursday, Marchetti said the commission would 'not stand in the way of industrial ambition' but added: 'Ambition paid for by only two or three treasuries is not a European policy. It is a national policy with a European flag on it.'

The proposals are likely to meet resistance in Berlin. Friedrich Ameling, state secretary at the German economy ministry, told the FT that Germany would oppose any clawback mechanism that applied retroactively.

'Investors need certainty. If the rules change halfway through a project, nobody will build anything in Europe,' he said.

Smaller member states have broadly welcomed the plans. Estonia's economy minister, Kaarel Tamm, said in September that countries without deep fiscal reserves wanted 'a level playing field that does not depend on the depth of a government's pockets'.

The European Battery Manufacturers' Forum, the industry association, said it supported greater scrutiny but warned against measures that would slow approvals. 'Our competitors in the US and China are not waiting for a consultation period,' it said in a statement.

The commission is expected to present the communication in early December. It does not require approval from member states, but officials said they would consult capitals before publication.""",
        [
            ("a credible commitment to local", "European Commission"),
            ("We have spent the past", "senior Commission official involved in the drafting"),
            ("Now we need to ask", "senior Commission official involved in the drafting"),
            ("not stand in the way", "Isabelle Marchetti"),
            ("Ambition paid for by only", "Isabelle Marchetti"),
            ("Investors need certainty. If the", "Friedrich Ameling"),
            ("a level playing field that", "Kaarel Tamm"),
            ("Our competitors in the US", "European Battery Manufacturers' Forum"),
        ],
    ),
    (
        """MEPs revolt over plan to raid cohesion funds for defense

Parliament’s regional development committee threatens to block the budget revision.

By Clara Dunmore

STRASBOURG — A cross-party group of MEPs is threatening to derail the Commission’s plan to let capitals redirect unspent cohesion money toward defense projects, setting up a clash with national governments ahead of December’s budget talks.

The proposal, unveiled last month, would let member countries reprogram up to 15 percent of their regional development allocations to military mobility, ammunition production and dual-use infrastructure.

“This is money that was promised to the poorest regions of Europe for roads, hospitals and schools,” said Dalia Vaitkutė, a Lithuanian Greens MEP who chairs the Parliament’s regional development committee. “You cannot take it away and call it solidarity.”

The committee voted 27 to 9 on Monday night for a resolution demanding that any reallocation be approved by the Parliament on a case-by-case basis. Vaitkutė, who drafted the text, called the plan “a dangerous precedent” for the EU budget.

The resistance cuts across the usual political lines. The center-right European People’s Party, the largest group in the chamber, is split, with MEPs from Poland and the Baltic countries backing the Commission while those from Spain, Portugal and southern Italy have joined the rebellion.

“I have mayors calling me every week asking whether their projects are still funded,” said Ignacio Ferrer Albà, a Spanish EPP lawmaker. “What am I supposed to tell them? That the money went to tanks?”

Commission officials argue that much of the cohesion budget goes unspent anyway. By the end of last year, only 11 percent of the 2021-2027 allocation had been paid out.

“Nobody is taking money from anyone,” a Commission spokesperson told POLITICO. “We are giving member states the flexibility to use funds that would otherwise be lost.”

That argument has found support in Warsaw, Vilnius and Tallinn. Estonia’s defense minister, Rein Kallasmaa, wrote on X that the plan was “the least we can do” given the threat on the EU’s eastern border.

But one senior EU diplomat from a southern country said the row risked poisoning negotiations over the next long-term budget. “If this goes through, every finance minister will treat cohesion as a piggy bank for the next crisis,” the diplomat said. “And there is always a next crisis.”

The full Parliament is due to vote on the resolution in Strasbourg next month. It is not legally binding, but MEPs hold a veto over the budget revision itself.""",
        [
            ("This is money that was", "Dalia Vaitkutė"),
            ("You cannot take it away", "Dalia Vaitkutė"),
            ("a dangerous precedent", "Dalia Vaitkutė"),
            ("I have mayors calling me", "Ignacio Ferrer Albà"),
            ("What am I supposed to", "Ignacio Ferrer Albà"),
            ("Nobody is taking money from", "spokesperson"),
            ("We are giving member states", "spokesperson"),
            ("the least we can do", "Rein Kallasmaa"),
            ("If this goes through, every", "senior EU diplomat from a southern country"),
            ("And there is always a", "senior EU diplomat from a southern country"),
        ],
    ),
    (
        """Farmers besiege Brussels with tractors as EU ministers weigh trade deal

Brussels (AFP) - Hundreds of farmers drove tractors into the heart of Brussels' European quarter on Monday, setting fire to hay bales and hurling eggs at police as EU agriculture ministers met to discuss a contested trade pact with South America's Mercosur bloc.

Police said around 900 tractors had entered the city by mid-morning, blocking the Rue de la Loi and the streets surrounding the Council building, where ministers from the 27 member states were gathered.

"We are here because nobody in that building listens to us anymore," said Luc Verhaeghe, a 54-year-old dairy farmer from West Flanders, standing beside a tractor draped in a banner opposing the deal.

"They sign agreements for cars and machines, and we pay the price with our beef and our sugar."

Officers used water cannon to push back protesters who tried to break through barriers near the Schuman roundabout. A police spokeswoman said three officers had been slightly injured and six people detained.

The protest was called by the European Family Farmers Coordination (EFFC), which claims to represent some 40 national and regional farm unions. Its president, Marie-Helene Castagnet, addressed the crowd from the back of a trailer.

"This is only the beginning," she told the protesters. "If they sign, we will come back, and we will be many more."

Inside the building, French Agriculture Minister Agnes Roudier told reporters on arrival that Paris would not back the agreement "in its current form".

"Our farmers cannot compete with producers who use pesticides that have been banned in Europe for twenty years," she said.

Ireland and Austria have voiced similar concerns, while Germany, Spain and the Nordic countries are pushing for the deal to be signed before the end of the year, arguing that it would open a market of more than 270 million consumers to European exporters.

German state secretary Jonas Weitbrecht said Europe could not afford "to shut the door on a whole continent" at a time of growing trade tensions with the United States and China.

EU trade spokesman Olof Bergkvist said the European Commission had "listened carefully" to farmers and that the text contained "robust safeguards" for sensitive products such as beef, poultry and ethanol.

"There is a safeguard clause that can be activated quickly if imports cause serious harm to a sector," he told a regular press briefing.

By early afternoon, some protesters had begun to leave, but organisers said a core group would remain overnight. Belgian authorities warned motorists to avoid the area until Tuesday.

pjm/lth/ec""",
        [
            ("We are here because nobody", "Luc Verhaeghe"),
            ("They sign agreements for cars", "Luc Verhaeghe"),
            ("This is only the beginning", "Marie-Helene Castagnet"),
            ("If they sign, we will", "Marie-Helene Castagnet"),
            ("in its current form", "Agnes Roudier"),
            ("Our farmers cannot compete with", "Agnes Roudier"),
            ("to shut the door on", "Jonas Weitbrecht"),
            ("listened carefully", "Olof Bergkvist"),
            ("robust safeguards", "Olof Bergkvist"),
            ("There is a safeguard clause", "Olof Bergkvist"),
        ],
    ),
    (
        """‘A stain on this house’: MEP loses immunity in bribery inquiry

Helen Marlowe in Brussels

The European parliament has voted to lift the immunity of a Maltese MEP accused of accepting cash and luxury travel from a Gulf-based shipping company, clearing the way for Belgian prosecutors to question him.

MEPs voted by 571 to 34, with 28 abstentions, to waive the protection of Joseph Camilleri-Borg, a member of the centre-left Socialists and Democrats group, who has denied any wrongdoing.

The parliament’s president, Katarina Svensson-Holm, told the chamber before the vote that the allegations were “a stain on this house that none of us can ignore”.

“We will cooperate fully with the judicial authorities. There can be no double standards when it comes to the integrity of this institution,” she said.

Prosecutors allege that Camilleri-Borg received at least €120,000 in cash, as well as flights and hotel stays in Dubai and Doha, in exchange for tabling amendments favourable to the company during negotiations on EU maritime emissions rules. The Belgian federal prosecutor’s office said in a statement that investigators had searched two properties in Brussels and Valletta last month and seized “documents and electronic devices”.

Camilleri-Borg, who did not attend the vote, said in a statement issued through his lawyer that he welcomed the chance to clear his name. “I have never taken a cent from anyone in exchange for a vote or an amendment,” he said. “I look forward to demonstrating that in front of a judge rather than in the press.”

The S&D group suspended him last week. A spokesperson for the group said it had “zero tolerance for corruption” but that Camilleri-Borg was “entitled to the presumption of innocence like any other citizen”.

The case is the latest in a string of scandals to hit the parliament in recent years, and has renewed pressure on the institution to strengthen its ethics rules. An independent ethics body agreed by the EU institutions last year has yet to begin work, and MEPs are still not required to declare meetings with foreign governments.

Nadia Ferrante, the director of the Brussels-based Lobby Integrity Network, said the parliament had a pattern of promising change only under pressure.

“Every time there is a scandal, the parliament promises reform, and every time the reforms are watered down once the cameras leave,” she said. “Lifting immunity is the easy part. Fixing the system that allowed this is the hard part.”

Camilleri-Borg is expected to be questioned by investigators in the coming weeks. He remains an MEP and will sit as a non-attached member.""",
        [
            ("A stain on this house", "Katarina Svensson-Holm"),
            ("a stain on this house", "Katarina Svensson-Holm"),
            ("We will cooperate fully with", "Katarina Svensson-Holm"),
            ("documents and electronic devices", "Belgian federal prosecutor’s office"),
            ("I have never taken a", "Joseph Camilleri-Borg"),
            ("I look forward to demonstrating", "Joseph Camilleri-Borg"),
            ("zero tolerance for corruption", "spokesperson"),
            ("entitled to the presumption of", "spokesperson"),
            ("Every time there is a", "Nadia Ferrante"),
            ("Lifting immunity is the easy", "Nadia Ferrante"),
        ],
    ),
    (
        """Member states split over timeline for Montenegro's EU accession

By Petra Novak | Euractiv

EU ambassadors clashed on Wednesday over whether to commit to a 2028 target date for Montenegro's accession, with France and the Netherlands warning that a fixed date would weaken the bloc's leverage on rule-of-law reforms, according to three diplomats present at the meeting.

The discussion among permanent representatives was meant to prepare next week's General Affairs Council, where ministers are expected to sign off on provisionally closing three more negotiating chapters with Podgorica.

A group of nine countries led by Austria, Croatia and Italy argued that a concrete date was needed to keep reform momentum alive in the Western Balkans. "If we are serious about enlargement, we have to be serious about dates," one diplomat from the group told Euractiv.

Others were unconvinced. A Dutch diplomat said fixing a year now would amount to "putting the cart before the horse", adding that The Hague wanted to see judicial reforms "implemented, not just adopted".

Enlargement Commissioner Jarosław Wilk has been careful not to take sides publicly. Speaking in Podgorica last week, he said Montenegro was "closer than ever" to finishing the negotiations, but that "the finish line is drawn by results, not by the calendar".

According to Wilk, the Commission will present its assessment of Montenegro's interim benchmarks in the rule-of-law chapters before the summer.

Montenegro's chief negotiator, Milena Radonjić, did not hide her frustration. She told Euractiv:

"We have done everything that was asked of us. We adopted the judicial reforms, we created the asset recovery office, we aligned with every single sanctions package against Russia.

"What we need now is a signal that the door is really open, not a new list of conditions every six months."

The debate comes as several capitals push for internal EU reforms, including an end to unanimity in some areas of foreign policy, before any new member joins. The French foreign ministry, in a note circulated to other delegations, argued that enlargement and institutional reform "must advance in parallel".

Diplomats expect ministers to avoid naming a year in their conclusions, opting instead for wording tied to the mandate of the current Commission – which ends in 2029.

"Nobody wants to be the one who says no to Montenegro in public," said a second diplomat, from a country that supports a date. "So the compromise will be to say yes without saying when."

The General Affairs Council meets in Luxembourg on 24 June.""",
        [
            ("If we are serious about", "diplomat from the group"),
            ("putting the cart before the", "Dutch diplomat"),
            ("implemented, not just adopted", "Dutch diplomat"),
            ("closer than ever", "Jarosław Wilk"),
            ("the finish line is drawn", "Jarosław Wilk"),
            ("We have done everything that", "Milena Radonjić"),
            ("What we need now is", "Milena Radonjić"),
            ("must advance in parallel", "French foreign ministry"),
            ("Nobody wants to be the", "second diplomat, from a country that supports a date"),
            ("So the compromise will be", "second diplomat, from a country that supports a date"),
        ],
    ),
    (
        """EU interior ministers clash over asylum relocation as deadline nears

Germany and Italy are pushing for faster implementation of the EU's asylum reform, while several Central European states say they will not take in relocated migrants. Brussels warns the timetable is slipping.

EU interior ministers meeting in Luxembourg on Thursday failed to bridge divisions over how to share responsibility for asylum seekers, less than a year before the bloc's overhauled migration rules are due to take effect.

Under the reform, member states that do not want to accept relocated asylum seekers can instead contribute money or operational support to a so-called "solidarity pool." The Commission has proposed that the pool should cover at least 30,000 relocations in its first year.

German Interior Minister Katrin Vollmer said it was time to stop reopening the debate.

"The rules are agreed. Now every member state has to deliver its part, and that includes those who voted against," Vollmer told reporters on arrival. She added that Germany would not accept "solidarity à la carte."

Italy, which has registered more than 60,000 sea arrivals since January, backed Berlin's position. "Italy cannot go on being the only port of entry for an entire continent," Interior Minister Giancarlo Moretti said.

But Slovakia, Hungary and Poland repeated that they would neither accept relocations nor pay into the pool. "We will not accept quotas, whatever name Brussels decides to give them," said Slovak Interior Minister Marek Halas.

Home Affairs Commissioner Annika Roos acknowledged after the meeting that preparations were behind schedule. According to Roos, only 11 of the 27 member states have submitted complete national implementation plans.

"We are not where we should be. I will not pretend otherwise," she said. "But I also see a lot of work happening on the ground, in reception centers and at the borders, that does not make headlines."

Diplomats said a further meeting of ministers would likely be needed in the autumn. One EU official involved in the negotiations described the mood in the room as "tense but not hopeless."

Human rights groups remain critical of the reform, which foresees faster border procedures and the detention of some applicants, including families with children.

The Berlin-based organization Asylum Watch Europe said in a statement that the pact risked triggering "a race to the bottom on protection standards" and called on ministers to guarantee independent monitoring at the EU's external borders.

"Speed cannot come at the expense of fairness," the group said.

ab/rc (dpa, AFP, Reuters)""",
        [
            ("The rules are agreed. Now", "Katrin Vollmer"),
            ("solidarity à la carte", "Katrin Vollmer"),
            ("Italy cannot go on being", "Giancarlo Moretti"),
            ("We will not accept quotas,", "Marek Halas"),
            ("We are not where we", "Annika Roos"),
            ("But I also see a", "Annika Roos"),
            ("tense but not hopeless.", "EU official involved in the negotiations"),
            ("a race to the bottom", "Asylum Watch Europe"),
            ("Speed cannot come at the", "Asylum Watch Europe"),
        ],
    ),
    (
        """EU court upholds €1.3bn fine against Dublin-based software group Halcyra

Ruling is a significant win for the European Commission in its long-running battle over competition in cloud services

Seán Mac Cárthaigh, European Correspondent

The European Union's highest court has upheld a €1.3 billion fine imposed on Dublin-headquartered software company Halcyra for abusing its dominant position in the market for business cloud services.

In a ruling delivered in Luxembourg on Thursday, the Court of Justice dismissed Halcyra's appeal against a 2022 judgment of the General Court, which had largely confirmed the European Commission's original decision.

The commission found in 2019 that the company had illegally tied its accounting software to its own cloud storage platform, making it harder for rival providers to compete.

In its judgment, the court said the commission had been "entitled to conclude" that the practice had foreclosed competitors, and that the fine was "proportionate to the gravity and duration of the infringement".

The company said it was "disappointed" by the decision and was studying the judgment in detail. "We have always competed fairly and we have made significant changes to our products since 2019 in response to the commission's concerns," Halcyra said in a statement.

"We remain committed to Ireland and to our 3,400 employees here."

Commission executive vice-president Dorota Sadowska said the ruling sent "a clear message that no company is too big to respect EU law".

The fine, plus interest, was paid into an escrow account in 2019 pending the outcome of the appeals and will now be transferred to the EU budget. Unlike previous high-profile cases involving multinationals based in Ireland, the State was not a party to the proceedings.

Minister for Finance Pádraig Ó Ceallaigh said the Government "respects the ruling of the court" and did not expect any impact on Ireland's attractiveness as a location for investment.

"Ireland's offering is built on talent, stability and access to the single market. That hasn't changed," he told reporters at Government Buildings.

Independent TD Niamh Carolan said the case should prompt a rethink of the State's approach to large technology companies.

"For years we were told that Ireland had to stand behind these companies to protect our reputation. The reputation we have now is as the country that always takes the side of the multinationals," she said.

Aoife Brennan, a competition lawyer at Dublin firm Keane Mallon, said the judgment would "make it much harder for dominant firms to argue that bundling is simply product design". She said other software providers with large market shares would be reviewing their licensing terms in the light of the ruling.""",
        [
            ("entitled to conclude", "Court of Justice"),
            ("proportionate to the gravity and", "Court of Justice"),
            ("disappointed", "Halcyra"),
            ("We have always competed fairly", "Halcyra"),
            ("We remain committed to Ireland", "Halcyra"),
            ("a clear message that no", "Dorota Sadowska"),
            ("respects the ruling of the", "Pádraig Ó Ceallaigh"),
            ("Ireland's offering is built on", "Pádraig Ó Ceallaigh"),
            ("For years we were told", "Niamh Carolan"),
            ("make it much harder for", "Aoife Brennan"),
        ],
    ),
]
