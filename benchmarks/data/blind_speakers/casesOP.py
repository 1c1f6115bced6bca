CASES = [
    (
        """Dutch coalition talks stall over asylum cap as mediator asks for more time

By Anouk Verschoor

THE HAGUE, March 12 (Reuters) - Talks to form a new Dutch government ran into fresh trouble on Tuesday when the centrist Civic Union said it would not accept a proposed cap on asylum applications, prompting the mediator overseeing the negotiations to ask parliament for three more weeks.

"We have come a long way, but we are not there yet," mediator Hendrik Wassenaar told reporters outside the parliament building after a six-hour session. "I would rather take the time to get this right than present a fragile agreement."

The four parties in the talks together hold 81 of the 150 seats in the lower house following the November election, in which the anti-immigration People's Freedom Movement (PVB) emerged as the largest party with 34 seats.

Civic Union leader Marloes Tjeerdsma said her party backed stricter migration rules but could not sign up to a numerical limit that government lawyers had warned would probably be struck down by the courts.

"We are not going to put our name to something a judge will tear up within a year," Tjeerdsma said. "That is not governing. That is theatre."

PVB leader Gert-Jan Hofstede, whose party has made the cap its central demand, said he was "disappointed but not surprised" by the stance of his would-be partners.

"Voters sent a clear message in November. They want fewer asylum seekers and they want it now," he wrote on X. "Whoever blocks that will have to explain it to them."

A person familiar with the negotiations said the parties had largely agreed on housing and energy policy but remained far apart on how quickly to bring down the budget deficit, which the finance ministry expects to reach 3.2% of gross domestic product next year.

"The money is the real problem, not asylum," the person said, speaking on condition of anonymity because the talks are confidential. "Asylum is just where the disagreement is most visible."

The fourth party, the Rural Citizens' Party, has demanded that any deal protect subsidies for livestock farmers, which the Civic Union wants to phase out by 2030.

Political analysts said the delay raised the risk that the talks would collapse altogether, which could lead to a minority government or even a new election.

"Every week this drags on, the pressure on the smaller parties grows, because their voters start asking what they are getting in return," said Ilse Brouwers, a political scientist at the Institute for Public Governance in Delft.

Parliament is expected to debate Wassenaar's request on Thursday. The outgoing cabinet of Prime Minister Bart Lindeman remains in office in a caretaker role.

(Reporting by Anouk Verschoor; Editing by Thomas Ekwall)""",
        [
            ("We have come a long way", "Hendrik Wassenaar"),
            ("I would rather take the", "Hendrik Wassenaar"),
            ("We are not going to", "Marloes Tjeerdsma"),
            ("That is not governing.", "Marloes Tjeerdsma"),
            ("disappointed but not surprised", "Gert-Jan Hofstede"),
            ("Voters sent a clear message", "Gert-Jan Hofstede"),
            ("Whoever blocks that will have", "Gert-Jan Hofstede"),
            ("The money is the real", "person familiar with the negotiations"),
            ("Asylum is just where the", "person familiar with the negotiations"),
            ("Every week this drags on,", "Ilse Brouwers"),
        ],
    ),
    (
        """Belgian coalition talks collapse as Flemish negotiator quits

Brussels (AFP) - Belgium's attempt to form a federal government collapsed on Wednesday, more than five months after elections, when the Flemish nationalist charged with building a coalition handed his mission back to the king.

Wouter Claeys, leader of the Flemish Democratic Union (VDU), the largest party in the country's Dutch-speaking north, said the positions of his party and the francophone left on taxes and pensions were "too far apart to bridge".

"I have done everything possible, but today there is no basis for an agreement," Claeys told reporters after an hour-long audience at the royal palace. "I will not sign a deal that Flanders would have to pay for."

The Royal Palace said in a statement that the king had accepted Claeys's request to be relieved of his task and would "begin consultations with the party presidents from Thursday".

The breakdown leaves the caretaker government of outgoing prime minister Lieven Baert in charge of day-to-day affairs, at a time when Brussels faces pressure from the European Commission to cut its deficit.

Sophie Lambotte, president of the francophone Walloon Progressive Movement (MPW), accused Claeys of never having wanted a deal in the first place.

"From the very first day, the objective was to prove that Belgium does not work," she said on francophone public television. "We made proposal after proposal. Each time the answer was no."

Baert, whose liberal party took part in the talks, wrote on X that the country needed "stability, not another winter of uncertainty", and called on all sides to "put the interests of citizens above those of the parties".

A negotiator from one of the francophone parties, who asked not to be named, told AFP: "Nobody trusts anybody anymore. You cannot build a government on that."

Belgium's linguistically divided politics have produced some of the longest government formations in Europe, and analysts warned that this one could drag well into next year.

"Each camp is now busy blaming the other, which is something of a national sport," said Karel Degroote, a political scientist at the Brussels Institute for Federal Studies. "The question is who the king turns to next, and whether that person has any more room to manoeuvre."

Degroote said a more likely scenario was the appointment of a so-called "informateur", a senior figure tasked with sounding out the parties without any obligation to lead the next government.

Belgium's 150-seat federal parliament is split among a dozen parties, and no coalition can command a majority without the support of parties from both language communities.

cjs/rmb""",
        [
            ("too far apart to bridge", "Wouter Claeys"),
            ("I have done everything possible,", "Wouter Claeys"),
            ("I will not sign a", "Wouter Claeys"),
            ("begin consultations with the party", "Royal Palace"),
            ("From the very first day,", "Sophie Lambotte"),
            ("We made proposal after proposal.", "Sophie Lambotte"),
            ("stability, not another winter of", "Lieven Baert"),
            ("put the interests of citizens", "Lieven Baert"),
            ("Nobody trusts anybody anymore.", "negotiator from one of the francophone parties"),
            ("Each camp is now busy", "Karel Degroote"),
            ("The question is who the", "Karel Degroote"),
        ],
    ),
    (
        """Council of State annuls Overbeke election, orders new vote

Belgium’s highest administrative court has annulled the results of last October’s municipal elections in Overbeke, a town of 14,000 inhabitants in Flemish Brabant, after finding that hundreds of proxy votes had been cast irregularly.

In a ruling published on Tuesday, the Council of State said the irregularities were “of such a nature that they may have influenced the distribution of seats” on the 25-member municipal council. Residents will have to return to the polls within three months, according to the judgment.

The case was brought by Jef Van Damme, lead candidate of the local list Overbeke Anders, which fell eleven votes short of a fifth seat. That seat would have cost the outgoing majority its absolute majority on the council.

“This is a victory for every resident who believes that elections should be clean,” Van Damme said on Wednesday. “We said from the start that something was wrong, and people laughed at us.”

According to the ruling, 212 proxy forms were submitted on behalf of residents of two care homes in the town. Many were filled in with the same handwriting, and several concerned residents who, the court noted, “were manifestly not in a position to express their will”.

Mayor Hilde Mertens, whose Citizens’ List has governed Overbeke since 2012, said she “takes note of the judgment with respect” but denied any wrongdoing by her party.

“Nobody in our party organised anything. The proxies were handled by families and staff, as the law allows,” Mertens said in a written statement. “We will campaign again, and we will let the voters decide.”

The public prosecutor’s office in Leuven confirmed that it had opened a separate criminal investigation into possible forgery. “Several people have been questioned, but nobody has been charged at this stage,” a spokesperson for the prosecutor’s office said.

Flemish Interior Minister Bart Goossens said the case showed that the rules on proxy voting “need to be tightened before the next elections” and that he would present proposals to the Flemish Parliament in the spring.

Nele Verstraeten, a lawyer specialising in electoral law, said such rulings were unusual.

“It is extremely rare for the Council of State to go this far,” she said. “Judges normally only annul a vote if the irregularities could actually have changed the outcome. Here the margin was so small that they simply could not rule it out.”

The date of the new election will be set by the provincial governor. Only voters who were on the electoral roll for the original election will be eligible to take part.""",
        [
            ("of such a nature that", "Council of State"),
            ("This is a victory for", "Jef Van Damme"),
            ("We said from the start", "Jef Van Damme"),
            ("were manifestly not in a", "Council of State"),
            ("takes note of the judgment", "Hilde Mertens"),
            ("Nobody in our party organised", "Hilde Mertens"),
            ("We will campaign again, and", "Hilde Mertens"),
            ("Several people have been questioned,", "spokesperson"),
            ("need to be tightened before", "Bart Goossens"),
            ("It is extremely rare for", "Nele Verstraeten"),
            ("Judges normally only annul a", "Nele Verstraeten"),
        ],
    ),
    (
        """Council of State blocks 'Netherlands First' party name ahead of election

A new right-wing party will not be allowed to stand in next month's general election under the name "Netherlands First" after the Council of State ruled that the name was too similar to that of an existing party.

The country's highest administrative court upheld an earlier decision by the Electoral Council, which said voters could easily confuse the newcomer with First Netherlands, a small party which has had one seat in the lower house since the last election.

In its ruling, published on Wednesday, the court said the two names consisted of "exactly the same words in a different order" and that the risk of confusion on the ballot paper was "real and not merely theoretical".

Netherlands First was set up in June by former MP Ruud Oosterhuis after he was thrown out of First Netherlands' parliamentary group following a row over campaign donations.

Oosterhuis said he was "deeply disappointed by this decision" and accused the Electoral Council of "doing the dirty work" for his former party. "This is a political decision dressed up as a legal one," he told reporters outside the court in The Hague.

"The voters are not stupid. They know exactly who I am and what I stand for," he added.

The party can still take part in the election but will appear on ballot papers without a name, as a so-called "blank list" headed by Oosterhuis.

First Netherlands leader Annelies de Bruin welcomed the ruling. "We have nothing against competition, but people have the right to know who they are voting for," she said in a statement. "This was never about Ruud personally."

Electoral Council chairman Frits Kamphuis said the council applied the rules "in exactly the same way to every party, large or small" and that it had rejected four other proposed names this year for similar reasons.

According to the Electoral Council, 31 parties have registered to take part in the election, the highest number in more than a decade.

Constitutional law expert Femke Dijkstra said the ruling was in line with earlier case law, but that small parties should take note. "The bar for refusing a name is high, but it is not unlimited," she said. "If you choose a name that is basically your rival's name in a different order, you are asking for trouble."

Opinion polls suggest Netherlands First could win between one and three seats, largely at the expense of Oosterhuis's former party.""",
        [
            ("exactly the same words in", "Council of State"),
            ("real and not merely theoretical", "Council of State"),
            ("deeply disappointed by this decision", "Ruud Oosterhuis"),
            ("doing the dirty work", "Ruud Oosterhuis"),
            ("This is a political decision", "Ruud Oosterhuis"),
            ("The voters are not stupid.", "Ruud Oosterhuis"),
            ("We have nothing against competition,", "Annelies de Bruin"),
            ("This was never about Ruud", "Annelies de Bruin"),
            ("in exactly the same way", "Frits Kamphuis"),
            ("The bar for refusing a", "Femke Dijkstra"),
            ("If you choose a name", "Femke Dijkstra"),
        ],
    ),
    (
        """Dutch ex-judge rides anti-drama wave into election lead

By Eline Vos

ZWOLLE, Netherlands — Six months ago, Lotte Brandsma was a judge at a regional court in the east of the Netherlands. On Wednesday, she could end up leading the largest party in the Dutch parliament.

The 44-year-old founder of Common Ground, a centrist outfit launched last autumn, tops the final polls ahead of this week’s snap election, capitalizing on voter fatigue after the collapse of a fractious right-wing coalition that lasted barely 14 months.

At a rally in a converted tram depot here on Saturday night, Brandsma told about 1,500 supporters that the country was “tired of shouting.”

“People don’t want a revolution. They want a government that answers the phone,” she said, to loud applause. “They want ministers who read their files before they go on television.”

The latest survey by pollster Peilpunt, published Sunday, gives Common Ground 29 of the 150 seats in the lower house, ahead of the far-right Sovereign Netherlands party on 24 and the Labour-Green alliance on 21.

Her rivals have struggled to find a line of attack. Sovereign Netherlands leader Daan Vermeulen has dismissed her as “a hologram with a law degree,” while the left has accused her of hiding a conventional center-right economic program behind a soothing tone.

“She has no program, no team and no experience in The Hague. People are buying a feeling,” Vermeulen said during a televised debate on Thursday.

Brandsma’s rapid rise has also created problems of its own. The party’s list of 50 candidates includes few people with political experience, and two candidates withdrew last month after old social media posts resurfaced.

A senior official in Brandsma’s campaign acknowledged the risk: “Maybe ten of our candidates have ever sat in a council meeting. We know that, and the voters know that. The question is whether they care.”

The stakes are high in Brussels, too. The Netherlands is one of the EU’s biggest net contributors, and the next Dutch government will help shape the bloc’s fight over its next long-term budget.

“Whoever wins, The Hague will be tough on money. That has not changed in 30 years,” said one EU diplomat. “But Brandsma would at least be predictable, and that counts for a lot around the table.”

Asked on Saturday whether she would be prepared to govern with Sovereign Netherlands, Brandsma said she would “not rule anything out before the voters have spoken,” but added that any partner would have to accept “the rule of law, without footnotes.”

Not everyone is convinced the lead will hold. “Dutch voters have become extremely volatile. A party can go from nothing to first place in a few months, and it can fall just as fast,” said Joris Hamstra, who studies voting behavior at the Amsterdam Institute for Electoral Research.

Polls open at 7:30 a.m. on Wednesday.""",
        [
            ("tired of shouting.", "Lotte Brandsma"),
            ("People don’t want a revolution.", "Lotte Brandsma"),
            ("They want ministers who read", "Lotte Brandsma"),
            ("a hologram with a law", "Daan Vermeulen"),
            ("She has no program, no", "Daan Vermeulen"),
            ("Maybe ten of our candidates", "senior official in Brandsma’s campaign"),
            ("Whoever wins, The Hague will", "EU diplomat"),
            ("But Brandsma would at least", "EU diplomat"),
            ("not rule anything out before", "Lotte Brandsma"),
            ("the rule of law, without", "Lotte Brandsma"),
            ("Dutch voters have become extremely", "Joris Hamstra"),
        ],
    ),
    (
        """‘Freedom of expression is not a licence to incite’: Flemish MP convicted over anti-migrant posts

Hanna Oosthoek in Brussels

A Belgian court has convicted a far-right Flemish MP of inciting hatred against asylum seekers over a series of social media posts, handing him a 10-month suspended prison sentence and banning him from standing for office for five years.

The criminal court in Antwerp ruled that Stijn Van Hoorebeke, 38, a member of the Flemish parliament for the hard-right Flemish Freedom party, had deliberately portrayed asylum seekers as a collective threat in posts published during last year’s regional election campaign.

“Freedom of expression is not a licence to incite,” the presiding judge, Katrien Wouters, said as she read out the verdict on Tuesday. “The defendant is entitled to criticise the government’s migration policy as sharply as he wishes. He is not entitled to present an entire group of people as a danger that must be removed.”

The case centred on 14 posts on Facebook, Instagram and X, several of which combined AI-generated images of burning streets and masked men with photographs of real reception centres. One, shared more than 20,000 times, read: “Every asylum centre is a ticking time bomb. Close them all before it is too late.”

Van Hoorebeke, who did not attend the hearing, called the verdict “a black day for democracy” in a video posted shortly afterwards and said he would appeal.

“They cannot beat us at the ballot box, so they try it in the courtroom,” he said. “But I will not be silenced, not by judges and not by anyone else.”

His lawyer, Geert Lammens, told reporters outside the courthouse that his client had been prosecuted for “opinions shared by hundreds of thousands of Flemish voters” and that the ban on standing for office amounted to “the judicial removal of an elected politician”.

The case was brought by prosecutors after complaints from several organisations, including the anti-racism group Open Hands, which joined the proceedings as a civil party.

A spokeswoman for Open Hands said the ruling sent “a clear signal that online hate has real consequences, even for elected officials”.

The Flemish Freedom party leader, Bram Devos, described the trial as political. “This was never about a few posts. It is about intimidating a party that is growing,” he said in a statement.

Van Hoorebeke keeps his seat pending the appeal, which could take more than a year. If the five-year ban is upheld, it would prevent him from standing in the next Flemish elections in 2029.

Belgium has prosecuted several politicians for incitement under its anti-racism law, though convictions of sitting MPs remain rare. Legal experts said the ruling was notable for its focus on AI-generated imagery.

“The court has made clear that a fabricated image can incite just as effectively as words,” said Dirk Hendrickx, a media lawyer who has advised the Flemish parliament on online hate speech. “That is likely to be cited in other cases across Europe.”""",
        [
            ("Freedom of expression is not", "Katrien Wouters"),
            ("Freedom of expression is not", "Katrien Wouters"),
            ("The defendant is entitled to", "Katrien Wouters"),
            ("Every asylum centre is a", "Stijn Van Hoorebeke"),
            ("a black day for democracy", "Stijn Van Hoorebeke"),
            ("They cannot beat us at", "Stijn Van Hoorebeke"),
            ("But I will not be", "Stijn Van Hoorebeke"),
            ("opinions shared by hundreds of", "Geert Lammens"),
            ("the judicial removal of an", "Geert Lammens"),
            ("a clear signal that online", "spokeswoman"),
            ("This was never about a", "Bram Devos"),
            ("The court has made clear", "Dirk Hendrickx"),
            ("That is likely to be", "Dirk Hendrickx"),
        ],
    ),
    (
        """Dutch court orders caretaker government to freeze legal aid cuts

By MARIEKE DE WAAL Associated Press

THE HAGUE, Netherlands (AP) — A Dutch court on Friday ordered the country's caretaker government to suspend planned cuts to legal aid, ruling that ministers had overstepped their limited powers by pushing through a contested policy after the ruling coalition collapsed.

The decision by a judge at The Hague District Court in summary proceedings is a setback for Justice Minister Maarten Zijlstra, who had argued the cuts were needed to plug a 140 million-euro ($152 million) hole in his ministry's budget.

"A government that has tendered its resignation must exercise restraint," the judge wrote in the ruling. "It may not, without urgent necessity, take decisions that bind its successor and that parliament has not had the opportunity to debate."

The cuts, announced in June just weeks before the four-party coalition fell apart over migration policy, would have reduced the fees paid to lawyers who represent people who cannot afford one, and raised the income threshold for state-funded legal help.

The case was brought by the Legal Aid Lawyers' Union and two organizations representing tenants and asylum-seekers. They argued the measures would leave tens of thousands of people without a lawyer in disputes over housing, benefits and residency.

"This is a good day for everyone in this country who cannot afford a lawyer," said Mariska Terpstra, who represented the union in court. "The minister tried to take a shortcut, and the judge has stopped him.

"Legal aid is not a luxury. It is what turns the right to a fair trial into something more than words on paper."

The Ministry of Justice and Security said in a statement that it would "study the ruling carefully" and decide next week whether to appeal.

Speaking to reporters after the weekly Cabinet meeting, Zijlstra said he respected the court's decision but warned that the money would have to be found elsewhere.

"I am not going to pretend there is no problem," he said. "If the savings don't come from here, they will have to come from prisons, from the police or from victim support."

Opposition lawmakers welcomed the ruling. Yara El Amrani, justice spokeswoman for the Social Democrats, said the government had "tried to sneak through cuts that would never have survived a vote in parliament."

The Netherlands will hold a general election on Nov. 12. Under Dutch constitutional convention, a caretaker Cabinet is expected to leave controversial decisions to its successor, although no law spells out exactly which matters fall into that category.

"It is quite rare for a court to enforce that convention directly," said Hans Bosveld, an administrative law expert who has advised parliament on caretaker governments. "Judges normally leave that to parliament. This ruling sends a signal that there are legal limits, not just political ones."

The order remains in force until a court rules in the main proceedings, which are not expected before next year.""",
        [
            ("A government that has tendered", "judge"),
            ("It may not, without urgent", "judge"),
            ("This is a good day", "Mariska Terpstra"),
            ("The minister tried to take", "Mariska Terpstra"),
            ("Legal aid is not a", "Mariska Terpstra"),
            ("study the ruling carefully", "Ministry of Justice and Security"),
            ("I am not going to", "Maarten Zijlstra"),
            ("If the savings don't come", "Maarten Zijlstra"),
            ("tried to sneak through cuts", "Yara El Amrani"),
            ("It is quite rare for", "Hans Bosveld"),
            ("Judges normally leave that to", "Hans Bosveld"),
        ],
    ),
    (
        """Belgian parties strike coalition deal after seven months of talks

Pieter-Jan Kuipers in Brussels

Belgium’s political parties have agreed to form a federal government more than seven months after elections, ending a deadlock that had left the country without a budget and under growing pressure from the EU to rein in one of the eurozone’s largest deficits.

The five-party coalition, which will be led by Flemish nationalist Koen Verhaegen, has committed to bringing the deficit down to 3 per cent of gross domestic product by 2029, raising defence spending, tightening unemployment benefits and extending the life of two nuclear reactors until 2035, according to a copy of the 180-page coalition agreement.

“This is not the agreement any one of us would have written alone,” Verhaegen told a news conference in the federal parliament on Friday morning. “That is exactly why it can work.”

One person involved in the negotiations said the final obstacle had been a francophone demand to soften pension changes for workers in physically demanding jobs, which was settled only shortly before dawn.

“At four in the morning everybody was exhausted and nobody wanted to be the one who walked away,” the person said.

The plan to keep the reactors running requires the agreement of Elvéa Energy, their French-owned operator, which has previously said it has no interest in running the ageing plants beyond their scheduled closure.

Elvéa Energy said in a statement that it would “examine the government’s proposals constructively” but that any extension would require “a fair sharing of risks between the state and the operator”. The company said it had not yet been formally approached by the incoming government.

Belgium’s main trade unions have already announced a national day of action for next month.

“This agreement is an attack on everyone who works for a living,” said Marc Dethier, president of the General Workers’ Federation. “Workers will pay for this deficit, not shareholders.”

Economists broadly welcomed the fiscal targets but questioned whether they could be met.

“The deal is more ambitious on pensions than markets expected, but the fiscal arithmetic still looks optimistic,” said Inge Peeters, chief economist at Brabant Bank. She said the coalition’s growth assumptions were “at the top end of what is realistic”.

Belgium’s debt stands at about 105 per cent of GDP, and the country was placed under the EU’s excessive deficit procedure last year. A senior official at the European Commission said the agreement was “a step in the right direction” but that Brussels would wait for the draft budget before passing judgment.

Verhaegen’s cabinet is due to be sworn in by the king on Monday and must then win a confidence vote in parliament, where the coalition holds 81 of the 150 seats.""",
        [
            ("This is not the agreement", "Koen Verhaegen"),
            ("That is exactly why it", "Koen Verhaegen"),
            ("At four in the morning", "person involved in the negotiations"),
            ("examine the government’s proposals constructively", "Elvéa Energy"),
            ("a fair sharing of risks", "Elvéa Energy"),
            ("This agreement is an attack", "Marc Dethier"),
            ("Workers will pay for this", "Marc Dethier"),
            ("The deal is more ambitious", "Inge Peeters"),
            ("at the top end of", "Inge Peeters"),
            ("a step in the right", "senior official at the European Commission"),
        ],
    ),
]
