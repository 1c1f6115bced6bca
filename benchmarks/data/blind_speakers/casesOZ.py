CASES = [
    (
        """Swiss technical universities warn of hiring freeze as Bern trims research budget

By Anna Keller-Frey

ZURICH, March 12 (Reuters) - Switzerland's network of federally funded technical universities warned on Wednesday that planned budget cuts would force it to freeze hiring and delay new laboratories, as the government looks for savings to pay for higher defence spending.

The Federal Council has proposed trimming 460 million Swiss francs ($520 million) from education and research spending over four years, part of a wider package that parliament is due to debate in June.

"We are being asked to do more with less at exactly the moment our competitors are investing," said Martin Oberholzer, president of the Federal Polytechnic Board, which oversees the institutes. "A freeze on professorships is not a pause button. Those people go to Munich, to Boston, to Singapore, and they do not come back."

Oberholzer told reporters in Zurich that the board would halt recruitment for around 40 professorships and review three building projects if the cuts were approved in their current form.

The finance ministry said the savings were needed to comply with the country's constitutional debt brake and that research funding would still be higher in real terms than a decade ago.

"Every area of federal spending has to make a contribution," a ministry spokeswoman said. "Education and research remain a priority, but they cannot be exempt."

Student groups have also objected to a proposal that would let the institutes double tuition fees for foreign students, which currently stand at around 730 francs per semester.

Lena Brunschwiler, co-president of the Swiss Student Federation, said the plan would "put a price tag on openness" and deter applicants from poorer countries.

"Switzerland likes to say it wins because it attracts the best minds," she said. "The best minds are not always the ones who can pay."

The Swiss Engineering Industries Association said in a statement it was "deeply concerned" by the cuts, noting that the institutes train most of the country's engineers and computer scientists.

Some lawmakers from the centre-right have signalled they may try to soften the cuts. Parliament's science committee is scheduled to discuss the package next month.

($1 = 0.8846 Swiss francs)

(Reporting by Anna Keller-Frey; Editing by Mark Potter)""",
        [
            ("We are being asked to do", "Martin Oberholzer"),
            ("A freeze on professorships is", "Martin Oberholzer"),
            ("Every area of federal spending", "spokeswoman"),
            ("Education and research remain a", "spokeswoman"),
            ("put a price tag on", "Lena Brunschwiler"),
            ("Switzerland likes to say it", "Lena Brunschwiler"),
            ("The best minds are not", "Lena Brunschwiler"),
            ("deeply concerned", "Swiss Engineering Industries Association"),
        ],
    ),
    (
        """Austrian rectors back return of tuition fees as coalition talks loom

Universities say funding gap cannot be closed by the state alone, but students vow to resist

March 4, 2025
By Katrin Wallner-Hess

Austria’s university leaders have called for the reintroduction of general tuition fees, arguing that the country’s public universities face a funding shortfall that the state is unwilling to close.

The Conference of Austrian University Rectors said in a position paper published this week that fees of up to €750 a semester, combined with an expanded grant scheme for low-income students, would raise around €280 million a year.

Austria scrapped general tuition fees for most domestic students in 2008, although students who exceed the standard length of their programme and most non-EU students still pay.

Georg Haselsteiner, rector of the University of Traunfeld and chair of the conference, told Times Higher Education that universities had ‘run out of internal reserves’.

‘We have absorbed inflation, energy prices and rising salaries for three years,’ he said. ‘At some point you either reduce the number of study places or you find another source of income. We think a moderate, socially balanced fee is the more honest option.’

He added that the proposal was ‘not a silver bullet’ and that the conference would continue to press the federal government for a larger share of the budget.

The paper comes as parties negotiate a new coalition programme, with higher education expected to be a point of friction. The Ministry of Education, Science and Research said it would ‘examine all proposals carefully’ but that it had no plans to reintroduce fees.

Student representatives reacted angrily. Miriam Eckhardt, chair of the Austrian Students’ Federation, described the plan as ‘a step back to the 2000s’.

‘Rectors are asking students to pay for decisions that politicians made,’ she said. ‘A quarter of our students already work more than 20 hours a week. Fees would push many of them out altogether.’

The federation has called a day of action for 20 March, and Ms Eckhardt said lecture-hall occupations ‘could not be ruled out’.

Research on the effects of fees in Austria is mixed. A 2019 study by economists at the Institute for Higher Education Policy in Linz found that enrolment fell sharply after fees were first introduced in 2001, but that much of the drop was among people who had been registered without actively studying.

Thomas Reindl, one of the study’s authors, said the figures needed careful interpretation. ‘Many of those who left had not taken an exam in years,’ he said. ‘The question is not whether fees reduce enrolment on paper, but whether they deter people who genuinely want to study. On that, the evidence is thinner than either side admits.’""",
        [
            ("run out of internal reserves", "Georg Haselsteiner"),
            ("We have absorbed inflation, energy", "Georg Haselsteiner"),
            ("At some point you either", "Georg Haselsteiner"),
            ("not a silver bullet", "Georg Haselsteiner"),
            ("examine all proposals carefully", "Ministry of Education, Science and Research"),
            ("a step back to the", "Miriam Eckhardt"),
            ("Rectors are asking students to", "Miriam Eckhardt"),
            ("A quarter of our students", "Miriam Eckhardt"),
            ("could not be ruled out", "Miriam Eckhardt"),
            ("Many of those who left", "Thomas Reindl"),
            ("The question is not whether", "Thomas Reindl"),
        ],
    ),
    (
        """German students rally over rents and grants as semester begins

Thousands of students have marched in several German cities to demand higher state grants and more affordable housing. The government says it has already increased support.

Thousands of students took to the streets in Berlin, Hamburg, Leipzig and several other German cities on Thursday, demanding an increase in state study grants and urgent action on soaring rents in university towns.

The protests were organized by the alliance "Studis gegen Wohnungsnot" (Students Against the Housing Shortage), which said some 12,000 people took part nationwide. Police in Berlin put the turnout in the capital at around 3,500.

"I pay €640 for a room in a shared flat, and my grant is €855 a month," Jonas Hübner, a 22-year-old sociology student in Berlin, told DW. "After rent and my health insurance, there's almost nothing left for food or books."

The federal student grant, which is means-tested, was last raised in 2024. Student representatives say it has failed to keep pace with the cost of living, particularly rents, which have risen by more than a third in some cities over five years.

Calls for structural change

Carla Reimann, a board member of the Federal Conference of Student Councils, said the protests were about more than money. "This is a structural problem," she said. "When only the children of wealthier parents can afford to study in Munich or Frankfurt, we are turning back the clock on decades of progress."

She called on the government to link the grant to inflation and to fund at least 20,000 new places in student dormitories.

The Education Ministry in Berlin rejected the criticism. In a statement, it said the government had "significantly improved" support in recent years and pointed to a program that subsidizes the construction of student housing.

"We understand the concerns of students, and we take them seriously," Deputy Education Minister Friedrich Lanz told reporters. But he added that the federal budget left "very little room" for further increases this year.

Waiting lists for dorms

Student services organizations report long waiting lists. In the university town of Wendelsbach in Baden-Württemberg, the local student services agency said more than 2,800 people were waiting for a room at the start of the semester.

"We have never seen numbers like this," said Petra Scholl, who heads the agency's housing department. "Some first-year students are commuting two hours each way, or sleeping on friends' sofas for weeks."

Economists say the situation is unlikely to improve soon, with residential construction slowing because of high interest rates and building costs.

Organizers said they planned further protests in December, when parliament is due to vote on next year's budget.""",
        [
            ("I pay €640 for a", "Jonas Hübner"),
            ("After rent and my health", "Jonas Hübner"),
            ("This is a structural problem,", "Carla Reimann"),
            ("When only the children of", "Carla Reimann"),
            ("significantly improved", "Education Ministry"),
            ("We understand the concerns of", "Friedrich Lanz"),
            ("very little room", "Friedrich Lanz"),
            ("We have never seen numbers", "Petra Scholl"),
            ("Some first-year students are commuting", "Petra Scholl"),
        ],
    ),
    (
        """Swiss university to triple fees for international students

The University of Aarwil will charge students from abroad CHF 3,600 ($4,050) a year from autumn 2026, three times the current rate, after the cantonal parliament approved the increase on Monday.

The measure, which applies to students who obtained their school-leaving qualification outside Switzerland, is expected to bring in around CHF 9 million a year. Swiss students and foreigners who completed school in Switzerland will continue to pay CHF 1,200.

The university's rector, Daniela Imhof, said the decision had not been taken lightly. "We are a public university, and we want to remain open to the world," she said in a statement. "But the canton has made clear that it expects us to contribute to the savings programme, and we prefer this to cutting courses."

The cantonal education director, Urs Kälin, defended the increase before the chamber. Foreign students, he argued, received "an education worth tens of thousands of francs a year" financed largely by Swiss taxpayers, and a higher contribution was "neither unfair nor unusual by international standards".

Around 28% of the university's 11,500 students come from abroad, most of them from Germany, Italy and France.

Opposition in the chamber

The Social Democrats and the Greens voted against the increase, warning it could damage the university's reputation. Green parliamentarian Sarah Gisler said the canton was "sending exactly the wrong signal" at a time when Swiss institutions were struggling to attract researchers.

Several dozen students protested outside the parliament building during the debate. The Aarwil Student Council said in a written response to the vote that the higher fees would create "a two-class university".

"Many international students here are not rich," said Luca Bernasconi, an Italian master's student in environmental sciences who took part in the protest. "I work 15 hours a week in a supermarket. If the fee had been this high when I applied, I would probably have gone somewhere else."

Other universities are watching closely. Several Swiss institutions have raised fees for foreign students in recent years, and the Federal Council has proposed allowing the federal institutes of technology to do the same.

Martin Aebischer of the Swiss Conference of University Rectors said each institution had to decide for itself, but warned against "a race to the top on fees".

"Our strength has always been that talent, not money, decides who studies here," he told Keystone-SDA.

Keystone-SDA/swissinfo.ch/ds""",
        [
            ("We are a public university,", "Daniela Imhof"),
            ("But the canton has made", "Daniela Imhof"),
            ("an education worth tens of", "Urs Kälin"),
            ("neither unfair nor unusual by", "Urs Kälin"),
            ("sending exactly the wrong signal", "Sarah Gisler"),
            ("a two-class university", "Aarwil Student Council"),
            ("Many international students here are", "Luca Bernasconi"),
            ("I work 15 hours a", "Luca Bernasconi"),
            ("a race to the top", "Martin Aebischer"),
            ("Our strength has always been", "Martin Aebischer"),
        ],
    ),
    (
        """German research council warns of falling success rates after budget freeze

By Tom Ashworth

Germany's main research funding agency has warned that success rates for its individual grants could fall below 25 per cent next year, after the federal budget froze its core funding for 2026.

The president of the German Research Council, Sabine Wolter-Krause, said at a press conference in Bonn on 14 October that the freeze amounted to a real-terms cut of about 4 per cent once inflation and salary increases were taken into account.

'We will fund excellent proposals, but we will have to say no to many more of them,' she said. 'That is painful for the researchers concerned, and it is a loss for the system as a whole.'

She said the council would prioritise early-career programmes and would not shorten the duration of grants, but that it was considering 'all other options', including lower overhead payments to universities.

The federal research ministry said the budget reflected 'difficult choices' across government and noted that science spending had risen steadily over the previous decade.

'The federal government remains committed to the target of spending 3.5 per cent of GDP on research and development,' a ministry spokesman said. 'The bulk of that effort comes from the private sector, and we are creating better conditions for it.'

Researchers' groups were less conciliatory. The Network for Good Science, which campaigns on behalf of academic staff on fixed-term contracts, said the freeze would hit early-career scientists hardest.

'Every grant that is not awarded is a postdoc position that does not exist,' said Felix Baumgart, a spokesman for the network. 'People on short contracts do not have the luxury of waiting two years for the next round.'

University leaders also weighed in. Heike Rosendahl, president of the University of Harzfeld, told Research Professional News that the freeze came at the worst possible time, with universities already struggling with energy costs and the end of several state-funded programmes.

'We are competing for talent with the US, the UK and increasingly with Asia,' she said. 'If German funding becomes unpredictable, we will lose people we have spent years trying to attract.'

The budget has yet to be finalised by the Bundestag, where the Greens have tabled amendments that would restore a 3 per cent increase for the research council and for the large non-university research organisations.""",
        [
            ("We will fund excellent proposals,", "Sabine Wolter-Krause"),
            ("That is painful for the", "Sabine Wolter-Krause"),
            ("all other options", "Sabine Wolter-Krause"),
            ("difficult choices", "federal research ministry"),
            ("The federal government remains committed", "spokesman"),
            ("The bulk of that effort", "spokesman"),
            ("Every grant that is not", "Felix Baumgart"),
            ("People on short contracts do", "Felix Baumgart"),
            ("We are competing for talent", "Heike Rosendahl"),
            ("If German funding becomes unpredictable,", "Heike Rosendahl"),
        ],
    ),
    (
        """Students occupy Vienna lecture hall in protest over teacher-training cuts

Around 150 students have been occupying the largest lecture hall at Vienna's Kahlenberg University since Tuesday evening, in protest at plans to cut places on teacher-training programmes. Here's what you need to know.

The occupiers, who have brought in sleeping bags, set up a kitchen and built a makeshift stage in the 700-seat Auditorium Maximum, say they will not leave until the university's leadership withdraws its plans.

The university announced last month that it would reduce the number of first-year places in its teacher-training programmes by around a fifth from next winter semester, citing a shortfall in its budget agreement with the federal government.

"We are in the middle of a teacher shortage, and the university wants to train fewer teachers. It makes no sense," said Hannah Weiss, a 24-year-old student of German and history who is one of the organisers. "Schools in Vienna are already hiring people without full qualifications."

In a message posted on Instagram, the occupiers said the hall would remain "open to everyone" and announced a programme of teach-ins, readings and concerts for the coming days.

University responds

Rector Bernhard Stadlmayr said he understood the students' frustration but that the university had "no realistic alternative".

"Nobody at this university wants to cut teacher-training places," Stadlmayr told The Local in a phone interview. "But our budget for the next three years does not cover the rising costs, and we cannot run programmes we cannot pay for."

He said lectures scheduled for the hall had been moved to other rooms and that the university would not call the police "as long as the occupation remains peaceful".

The Education Ministry said budgets for the 2025-2027 period had been increased and that the distribution of funds within each university was "a matter for the universities themselves".

Echoes of 2009

Many observers see parallels with the autumn of 2009, when students occupied lecture halls across Austria for weeks in protest at overcrowding and underfunding.

Political scientist Karin Mosbacher, who has studied student movements, said the current protest was smaller but more focused. "In 2009, the demands were very broad. This time, it is one concrete decision, and that can make a movement more effective," she said.

The student union at Kahlenberg University said it supported the occupation and would provide legal advice to participants.

What happens next?

The university's senate is due to meet on Monday to discuss the budget. The occupiers have called a demonstration outside the ministry on Saturday at 2pm.""",
        [
            ("We are in the middle", "Hannah Weiss"),
            ("Schools in Vienna are already", "Hannah Weiss"),
            ("open to everyone", "occupiers"),
            ("no realistic alternative", "Bernhard Stadlmayr"),
            ("Nobody at this university wants", "Bernhard Stadlmayr"),
            ("But our budget for the", "Bernhard Stadlmayr"),
            ("as long as the occupation", "Bernhard Stadlmayr"),
            ("a matter for the universities", "Education Ministry"),
            ("In 2009, the demands were", "Karin Mosbacher"),
        ],
    ),
    (
        """German police clear students from university building in defence research row

Berlin (AFP) - German police on Wednesday removed around 60 students who had occupied the administration building of a university in the western city of Kellermünde for two days in protest at plans to allow military research.

The students at the University of Kellermünde were protesting against a decision by the university senate last week to scrap its so-called "civil clause", a commitment adopted in 2013 to conduct research for exclusively peaceful purposes.

Police said the evacuation had passed off largely peacefully, although two people were briefly detained for refusing to give their identities.

"We asked the occupiers several times to leave voluntarily," a police spokesman told AFP. "Most of them did so, and the remainder were carried out."

The university's president, Andreas Vollmer, said he had requested the police operation "with a heavy heart" after talks with the students broke down on Tuesday night.

"Universities must be places of debate, including about difficult questions such as this one," Vollmer said in a statement. "But debate cannot mean that a small group blocks the work of hundreds of employees."

The occupiers accused the university leadership of bowing to political pressure. Germany's government has urged universities to cooperate more closely with the armed forces and the defence industry since Russia's full-scale invasion of Ukraine in 2022, and several states have relaxed or abolished rules restricting military research.

"This was decided in a hurry, without a real discussion with students or staff," said Mira Osterkamp, a 23-year-old physics student who took part in the occupation. "We are not naive about the security situation, but a university should not become part of the arms industry."

The regional science ministry welcomed the senate's decision. A spokeswoman for the ministry said the clause had "restricted academic freedom" and that the state would not interfere in decisions taken by individual universities.

More than 60 German universities have adopted such clauses since the 1980s, according to the Forum for Peace and Science, a network of researchers that campaigns to keep them.

Supporters of the change argue that the line between civilian and military research has become increasingly blurred.

"Almost every technology in materials science or artificial intelligence can also be used militarily," said Jörg Thalbach, an engineering professor at the university who voted for the change in the senate. "If we refuse all of it, we simply leave the field to others."

The students said they would continue their protests, with a demonstration planned in the city centre on Saturday.

ysm/jbo/rl""",
        [
            ("We asked the occupiers several", "spokesman"),
            ("Most of them did so,", "spokesman"),
            ("with a heavy heart", "Andreas Vollmer"),
            ("Universities must be places of", "Andreas Vollmer"),
            ("But debate cannot mean that", "Andreas Vollmer"),
            ("This was decided in a", "Mira Osterkamp"),
            ("We are not naive about", "Mira Osterkamp"),
            ("restricted academic freedom", "spokeswoman"),
            ("Almost every technology in materials", "Jörg Thalbach"),
            ("If we refuse all of", "Jörg Thalbach"),
        ],
    ),
    (
        """SWITZERLAND
Scientists relieved but wary as EU research deal takes effect

Nicola Woodhouse

Researchers in Switzerland have welcomed the country's return as a full participant in the European Union's main research funding programme, but university leaders warn that years of exclusion have left damage that will take time to repair.

Swiss-based scientists became eligible again this year to apply for all grants under the EU's flagship research programme, including the prestigious individual awards of the European Research Council, after Bern and Brussels concluded an association agreement at the end of a lengthy dispute over their broader relationship.

During the period of non-association, Swiss researchers could take part in collaborative projects only as partners from a third country, and the federal government stepped in with replacement funding for grants won by Swiss-based applicants.

Professor Claudia Hürlimann, vice-rector for research at the University of Thurwald, told University World News that the replacement schemes had prevented the worst.

"The federal money was generous, and we are grateful for it," she said. "But money was never the only issue. What we lost was the ability to lead consortia, to be at the table when the big projects were designed.

"Several of our best young researchers left for Germany or the Netherlands because they wanted a European grant, with the visibility that comes with it. Some of them will not return."

Data compiled by the Federal Office for Research and Innovation show that Swiss participation in new collaborative projects fell by about a third between 2021 and 2023. The office said in its latest report that the return to full association was "an important step" but that it would take "several funding cycles" for participation to recover to previous levels.

Not all concerns have been resolved. The agreement requires Switzerland to pay an annual contribution of several hundred million francs, and some politicians have questioned whether the money would be better spent at home.

Reto Zumbrunnen, a member of the National Council's science committee from the conservative wing, put it bluntly: "We are paying a lot of money to compete for grants that we used to fund ourselves. I am not convinced this is a good deal for the Swiss taxpayer."

Researchers dismiss that argument. According to Professor Yannick Berset, a molecular biologist who chairs the Association of Swiss Early-Career Researchers, the value of the programme lies less in the money than in the networks. "You cannot buy your way into European research from the outside," he said.

Students are also affected. Switzerland remains outside the EU's student exchange programme, relying instead on its own national scheme, and student organisations are pressing for full participation.

The Swiss Student Federation said in a statement that "half a solution is not enough" and urged the government to open negotiations on student mobility "without further delay".""",
        [
            ("The federal money was generous,", "Claudia Hürlimann"),
            ("But money was never the", "Claudia Hürlimann"),
            ("Several of our best young", "Claudia Hürlimann"),
            ("an important step", "Federal Office for Research and Innovation"),
            ("several funding cycles", "Federal Office for Research and Innovation"),
            ("We are paying a lot", "Reto Zumbrunnen"),
            ("You cannot buy your way", "Yannick Berset"),
            ("half a solution is not", "Swiss Student Federation"),
            ("without further delay", "Swiss Student Federation"),
        ],
    ),
]
