CASES = [
    (
        """Former ferry company finance chief jailed for embezzling NOK 38 million

OSLO - A former finance director at the coastal ferry operator Fjordlinje Vest AS was sentenced on Tuesday to four years and six months in prison for embezzling nearly NOK 38 million from the company over seven years.

Oslo District Court (Oslo tingrett) found Halvor Brekkestad, 57, guilty of gross breach of trust and forgery. In its ruling, the court wrote that Brekkestad had shown "a systematic and calculated disregard" for his employer and that the losses had been possible "only because of the trust he enjoyed among colleagues."

Brekkestad admitted during the three-week trial that he had moved money into accounts he controlled, but disputed the size of the sum. His defence attorney, Siri Aamodt Lunde, said her client was considering an appeal.

"We are pleased that the court accepted parts of our argument about the amount, but the sentence is far stricter than what is normal in comparable cases," Lunde told reporters outside the courthouse. "My client will take the coming days to read the judgment carefully."

State prosecutor Kjetil Fossheim had asked for five years. He said the ruling sent an important signal to people in positions of financial trust.

"This was not a moment of weakness. It was years of deliberate deception, and the court has recognized that," Fossheim said.

The case came to light in early 2022, when an auditor at Fjordlinje Vest noticed irregularities in payments to a supplier that turned out not to exist. According to the indictment, Brekkestad created false invoices from three fictitious maintenance firms and approved them himself.

Chief executive Ragnhild Tveit said the company had since overhauled its internal controls. In a written statement, Fjordlinje Vest said it was "relieved that the case has reached a conclusion" and would pursue civil claims to recover the money.

"Employees have felt betrayed," Tveit said. "Many of them worked alongside him for more than twenty years."

Brekkestad, who did not comment after the verdict, was also ordered to pay NOK 37.6 million in compensation. The court noted that only around NOK 4 million had so far been recovered, most of it from the sale of a holiday cabin in Hemsedal and a leisure boat.

The ruling can be appealed to the Borgarting Court of Appeal within two weeks.""",
        [
            ("a systematic and calculated disregard", "Oslo District Court"),
            ("only because of the trust", "Oslo District Court"),
            ("We are pleased that the", "Siri Aamodt Lunde"),
            ("My client will take the", "Siri Aamodt Lunde"),
            ("This was not a moment", "Kjetil Fossheim"),
            ("relieved that the case has", "Fjordlinje Vest AS"),
            ("Employees have felt betrayed,", "Ragnhild Tveit"),
            ("Many of them worked alongside", "Ragnhild Tveit"),
        ],
    ),
    (
        """Swedish government to tighten rules on school operators after Lärkskolan collapse

Sweden's government on Wednesday announced plans to give the Schools Inspectorate new powers to shut down privately run schools at short notice, weeks after the collapse of the Lärkskolan chain left more than 4,000 pupils without a place.

Schools Minister Annika Strömberg Lind said the proposals, which will be sent out for consultation before the summer, were meant to ensure that "children never again pay the price for a company's financial mismanagement".

"When a school owner goes bankrupt in the middle of a term, it is not the shareholders who suffer. It is the twelve-year-old who suddenly has nowhere to go on Monday morning," she told a press conference at the Rosenbad government offices in Stockholm.

Under the proposals, operators would have to show that they hold financial reserves equivalent to at least three months of running costs, and the inspectorate would be able to appoint a temporary administrator if a school's finances deteriorated sharply.

Lärkskolan, which ran 19 primary and secondary schools in and around Stockholm, Uppsala and Västerås, filed for bankruptcy in February. Municipalities were forced to find places for its pupils within days.

The opposition welcomed the move but said it came too late. Johan Eklöv, education spokesperson for the opposition Social Liberal Party, said the government had "ignored every warning sign for two years".

"We raised this in parliament in 2022 and again last spring. The minister said then that the existing rules were sufficient. Obviously they were not," Eklöv said.

The Independent Schools Federation (Fristående Skolors Förbund), which represents private operators, said in a statement that it supported "stronger oversight of operators that lack long-term financial stability" but warned against rules that would "punish the many serious actors for the failings of one".

Its chairman, Petter Valdemarsson, told reporters that the reserve requirement could make it hard for small, single-school operators to survive.

"A small Montessori school in Norrland does not have the same margins as a large chain. If the rules are written for the big groups, the small ones will disappear," he said.

Parents who lost their school places have also been critical. Mariam Haddad, whose two children attended Lärkskolan in Solna, said she had found out about the bankruptcy from a text message.

"Nobody called us. Nobody explained anything. My son cried for a week because he was separated from all his friends," she said.

The government hopes the new rules can come into force on July 1st next year.""",
        [
            ("children never again pay the", "Annika Strömberg Lind"),
            ("When a school owner goes", "Annika Strömberg Lind"),
            ("ignored every warning sign for", "Johan Eklöv"),
            ("We raised this in parliament", "Johan Eklöv"),
            ("stronger oversight of operators that", "Independent Schools Federation"),
            ("punish the many serious actors", "Independent Schools Federation"),
            ("A small Montessori school in", "Petter Valdemarsson"),
            ("Nobody called us. Nobody explained", "Mariam Haddad"),
        ],
    ),
    (
        """Havbro Energi to cut 600 jobs and close Grenaa factory

By Lærke Dahl Vinther

AARHUS - Havbro Energi, the Danish maker of offshore wind turbine towers, will cut around 600 jobs in Denmark and close its factory in Grenaa by the end of the year, the company said on Thursday.

The announcement sent the firm's shares down 14 percent on the Copenhagen stock exchange and came as a blow to Djursland, where Havbro is one of the largest private employers.

In a stock exchange announcement, the company blamed "persistently high steel prices, delayed project approvals and intense competition from Asian manufacturers". It said the remaining production would be concentrated at its plant in Esbjerg.

CEO Mikkel Thorsager-Bech described the decision as "the hardest I have had to make".

"We have done everything we could to keep Grenaa running. But we cannot ask our customers to pay more than the market price, and we cannot continue to lose money on every tower we produce there," he told reporters at a press briefing in Aarhus.

Thorsager-Bech said the company expected to return to profit in 2026 and that it had no plans to move production abroad.

The union representing most of the factory workers reacted angrily. In a letter sent to the company's board on Thursday afternoon, the Metalworkers' Union of East Jutland wrote: "Our members were told as recently as November that the Grenaa plant had a future. We now learn from the press that it does not. That is not how a responsible employer behaves."

The union's local chairman, Bent Ravnsholt, said many of the workers had been at the plant since it opened in 2009.

"These are people with mortgages and children in school in Grenaa. There are not 600 other industrial jobs waiting for them around here," he said.

The local mayor, Hanne Skovbo Kirk, said she had asked for an urgent meeting with the employment minister.

"We will fight for every single job," she said. "But we also have to be realistic and start planning for what comes next."

Analysts were less surprised. Søren Udsholt, a senior equity analyst at Nordvest Bank, said Havbro had been "running out of options for some time".

"The order book looked fine on paper, but margins have been under pressure for two years. The market had been expecting a restructuring; the only question was how deep it would go," Udsholt said.

Havbro Energi employs around 2,900 people worldwide. It reported a net loss of 412 million kroner for the first nine months of last year.""",
        [
            ("persistently high steel prices, delayed", "Havbro Energi"),
            ("the hardest I have had", "Mikkel Thorsager-Bech"),
            ("We have done everything we", "Mikkel Thorsager-Bech"),
            ("Our members were told as", "Metalworkers' Union of East Jutland"),
            ("These are people with mortgages", "Bent Ravnsholt"),
            ("We will fight for every", "Hanne Skovbo Kirk"),
            ("But we also have to", "Hanne Skovbo Kirk"),
            ("running out of options for", "Søren Udsholt"),
            ("The order book looked fine", "Søren Udsholt"),
        ],
    ),
    (
        """Coalition row deepens over plans to scrap mortgage tax relief

A row within the Dutch coalition over the future of mortgage interest tax relief deepened on Tuesday after finance minister Pieter van der Wiel said the government could no longer afford to 'look the other way'.

Van der Wiel, from the liberal Progressive Civic Alliance (PBV), told MPs during a debate on the spring budget that phasing out the tax break more quickly would free up some €2.3bn a year by 2030. 'We are subsidising debt while young people cannot get onto the housing ladder at all,' he said. 'That is not a policy any serious country would design from scratch.'

But his coalition partners at the rural Christian Farmers' Union (CBU) said they had not agreed to any change and would not support it. Parliamentary leader Gerda Ruijsink described the plan as 'a direct attack on ordinary homeowners' and said it was 'not in the coalition agreement, full stop'.

'People have made decisions about the biggest purchase of their lives based on the rules as they stand,' Ruijsink told reporters in the lobby of the lower house. 'You cannot change those rules halfway through a mortgage and call that reliable government.'

Prime minister Wouter Hamelink sought to calm the dispute, saying no decisions had been taken and that the cabinet would 'look at all options calmly' before the summer. Asked whether the coalition was at risk, he said: 'No. This is a debate, not a crisis.'

Opposition parties were quick to exploit the split. Noor El Amrani, leader of the left-wing Fairness Party, said the government was 'falling over its own feet' and urged the finance minister to put his proposal to a vote.

The mortgage tax break, which allows homeowners to deduct interest payments from their taxable income, has been gradually reduced since 2014 but still costs the treasury more than €9bn a year. Economists have long argued that it drives up house prices.

The Dutch Housing Market Institute said in a report published last month that a faster phase-out would have 'a limited and temporary effect' on house prices, provided it was introduced step by step.

The Home Owners' Federation (VWE) said in a statement that it was 'deeply concerned' and called on MPs to 'stop using homeowners as a cash machine'.

MPs will vote on a motion on the issue next week.""",
        [
            ("look the other way", "Pieter van der Wiel"),
            ("We are subsidising debt while", "Pieter van der Wiel"),
            ("That is not a policy", "Pieter van der Wiel"),
            ("a direct attack on ordinary", "Gerda Ruijsink"),
            ("not in the coalition agreement", "Gerda Ruijsink"),
            ("People have made decisions about", "Gerda Ruijsink"),
            ("You cannot change those rules", "Gerda Ruijsink"),
            ("look at all options calmly", "Wouter Hamelink"),
            ("No. This is a debate", "Wouter Hamelink"),
            ("falling over its own feet", "Noor El Amrani"),
            ("a limited and temporary effect", "Dutch Housing Market Institute"),
            ("deeply concerned", "Home Owners' Federation"),
            ("stop using homeowners as a", "Home Owners' Federation"),
        ],
    ),
    (
        """Man gets 9 years for Amsterdam-West shooting that injured cyclist

The Amsterdam District Court sentenced a 29-year-old man to nine years in prison on Thursday for a shooting in Amsterdam-West last summer in which a 61-year-old woman was hit by a stray bullet while cycling home. The court found Dennis V. guilty of attempted manslaughter and illegal possession of a firearm.

The shooting happened on the evening of 14 July. Dennis V. fired at least five shots at a 31-year-old man with whom he had a dispute over a drug debt, according to the court. He missed his target, but one bullet struck the woman in the hip. She spent several weeks in hospital and still walks with a cane.

The court said in its verdict that the suspect had acted with "complete indifference to the safety of the people around him." According to the ruling, he must have realized the danger. "Shooting in a busy street on a summer evening means accepting that innocent people may be hit," the court wrote.

Dennis V. claimed during the trial that he had fired in self-defense after the other man drew a knife. The court rejected that. "There is no evidence whatsoever that the victim was armed, and several witnesses stated that the suspect approached him, not the other way around," presiding judge Marjolein Terpstra said while reading out the verdict.

The prosecutor had demanded 11 years. In her closing argument earlier this month, public prosecutor Esther Bouwmeester called the shooting "a textbook example of how the drug world spills over into ordinary neighborhoods." She said the woman "did nothing more than cycle home from her sister's birthday party."

The victim, who asked not to be named, addressed the court during the trial. "I think about that evening every day," she said. "I used to cycle everywhere. Now I'm afraid to go outside after dark."

Dennis V.'s lawyer, Bas Oudendijk, said his client regretted that a bystander had been injured. "He never intended to hurt her, and he has said so from the first day," Oudendijk told reporters after the ruling. "We will study the verdict and decide on an appeal within two weeks."

The court also ordered Dennis V. to pay the woman over 23,000 euros in damages.

The 31-year-old man who was the intended target was not injured. He was previously convicted of drug trafficking and declined to testify.""",
        [
            ("complete indifference to the safety", "Amsterdam District Court"),
            ("Shooting in a busy street", "Amsterdam District Court"),
            ("There is no evidence whatsoever", "Marjolein Terpstra"),
            ("a textbook example of how", "Esther Bouwmeester"),
            ("did nothing more than cycle", "Esther Bouwmeester"),
            ("I think about that evening", "victim"),
            ("I used to cycle everywhere.", "victim"),
            ("He never intended to hurt", "Bas Oudendijk"),
            ("We will study the verdict", "Bas Oudendijk"),
        ],
    ),
    (
        """Norrtel to sell Baltic units for $590 million to cut debt

STOCKHOLM, March 12 - Swedish telecoms group Norrtel said on Wednesday it had agreed to sell its Baltic operations to Latvian investment firm Daugava Capital Partners for 6.1 billion Swedish crowns ($590 million), as it seeks to cut debt and focus on its home market.

The deal, which is subject to regulatory approval, is expected to close in the third quarter. Norrtel shares rose 4.8% in early trading, outperforming a flat Stockholm market.

"This transaction allows us to strengthen our balance sheet and concentrate our investment on fibre and 5G in Sweden, where we see the highest returns," Chief Executive Cecilia Wahlgren Öst said in a statement.

Norrtel's net debt stood at 31.4 billion crowns at the end of last year, or roughly 3.2 times core earnings, a level that credit rating agencies have flagged as high. The company said the sale would reduce leverage to below 3 times by the end of 2025.

Wahlgren Öst told reporters on a conference call that the Baltic units, which serve about 1.3 million mobile customers in Estonia, Latvia and Lithuania, were "good businesses that deserve an owner who can invest in them fully".

Asked whether further divestments were planned, she said: "We are always reviewing the portfolio, but there is nothing else on the table right now."

Analysts broadly welcomed the price. "The multiple is better than most of us expected, given how competitive the Baltic markets have become," said Fredrik Lundqvist-Ahl, an analyst at Kvarnholm Securities in Stockholm. He said the sale removed "a distraction" for management.

Daugava Capital Partners, which manages around 2 billion euros, said it planned to keep the Baltic brands and existing management teams.

"We have followed these businesses for many years and believe they are well positioned to grow," managing partner Ilgvars Zemdega said.

The sale comes four months after Norrtel abandoned plans to spin off its tower infrastructure, citing weak market conditions. One large shareholder, who declined to be named because the discussions were private, said investors had pushed the board for "concrete action rather than more strategy presentations".

(Reporting by Elin Sandahl-Berg; Editing by Tomas Wreede)""",
        [
            ("This transaction allows us to", "Cecilia Wahlgren Öst"),
            ("good businesses that deserve an", "Cecilia Wahlgren Öst"),
            ("We are always reviewing the", "Cecilia Wahlgren Öst"),
            ("The multiple is better than", "Fredrik Lundqvist-Ahl"),
            ("a distraction", "Fredrik Lundqvist-Ahl"),
            ("We have followed these businesses", "Ilgvars Zemdega"),
            ("concrete action rather than more", "large shareholder"),
        ],
    ),
    (
        """Fisheries minister resigns over wife's salmon share trades

Norway's Minister of Fisheries and Oceans, Tor Inge Vestbø, resigned on Friday after it emerged that his wife had bought and sold shares in two salmon farming companies while he was preparing a new tax on the industry.

Vestbø, who had held the post for just over a year, announced his departure at a hastily arranged press conference at the ministry in Oslo. He said he had not known about the trades until journalists contacted him on Wednesday, but that he took full responsibility.

"I should have made sure that everyone in my household understood the rules. I did not do that, and the consequence is that my credibility as minister has been weakened at a time when the industry and the public need to trust the decisions we make.

"That is why I have today asked the Prime Minister to relieve me of my duties," he said.

According to trading records published by the online newspaper Vestkanalen, Vestbø's wife, Lene Vestbø Aarseth, bought shares worth around NOK 420,000 in the companies Brattøy Laks and Nordkyst Sjømat last spring and sold them in October, weeks before the government's proposal was made public. The share prices of both companies fell sharply after the announcement.

In a written statement issued through her lawyer, Aarseth said the trades had been made "on the advice of my bank, as part of ordinary savings", and that she had "never discussed my investments with my husband or received any information from him".

Prime Minister Ingrid Sæbø Marthinsen thanked Vestbø for his work and said the resignation was "the right decision". She did not take questions.

The opposition said the case raised wider questions. Arild Kvammen, deputy leader of the Agrarian Renewal Party, called for the Storting's control and constitution committee to examine whether the ministry's routines for handling sensitive information were adequate.

"This is not just about one minister and one family. It is about whether the government has a system that works," Kvammen said. "When proposals worth billions are prepared behind closed doors, the rules on insider trading have to be airtight."

Norway's securities regulator confirmed it had opened a review of trading in the two stocks in the weeks before the tax announcement. "We are looking at all transactions in the relevant period, not only those linked to one person," a spokesperson for the regulator said, declining to comment further.

State Secretary Mona Flatebø will lead the ministry until a successor is appointed.""",
        [
            ("I should have made sure", "Tor Inge Vestbø"),
            ("That is why I have", "Tor Inge Vestbø"),
            ("on the advice of my", "Lene Vestbø Aarseth"),
            ("never discussed my investments with", "Lene Vestbø Aarseth"),
            ("the right decision", "Ingrid Sæbø Marthinsen"),
            ("This is not just about", "Arild Kvammen"),
            ("When proposals worth billions are", "Arild Kvammen"),
            ("We are looking at all", "spokesperson for the regulator"),
        ],
    ),
    (
        """Supreme Court: municipality broke the law in emergency removal of three children

COPENHAGEN - Denmark’s Supreme Court on Monday ruled that Skarrild Municipality acted unlawfully when it removed three children from their family in 2021 without first giving the parents a chance to respond to the allegations against them.

The ruling, which overturns a decision by the Western High Court, is the first time the Supreme Court has addressed how quickly municipalities may act in urgent child protection cases, and it is expected to have consequences for hundreds of similar cases.

In its judgment, the court found that the municipality had “failed to demonstrate that the situation was so urgent that the parents could not be heard”. The removal was therefore “in breach of the fundamental principles of administrative law”, the court wrote.

The parents, who cannot be named to protect the children’s identities, were awarded 150,000 kroner each in compensation. The children were returned to the family in 2022.

Their lawyer, Karsten Møllgaard Juhl, said the decision was a victory for “every family that has been steamrolled by a system that forgot it was dealing with human beings”.

“My clients have waited more than three years for someone to tell them that what happened to them was wrong,” he said. “Today the highest court in the country did exactly that.”

Skarrild Municipality said in a statement that it “takes note of the judgment” and would review its procedures. In a letter sent to the family’s lawyer in 2023 and later presented in court, the municipality’s social services director, Birthe Lauridsen, had defended the decision, writing that staff had acted “on the basis of serious concerns and in the best interests of the children”.

“We stand by the professional assessment made by our caseworkers at the time,” the letter read.

The chair of the municipal social committee, Jens Peter Holmgaard, said the council would discuss the case at its next meeting.

“We have to take this seriously. If our procedures have not been good enough, we will change them,” he told reporters.

Lotte Ibsen-Vang, legal adviser at the family rights organisation Familieretsforum, said the judgment set “a clear standard” for municipalities across the country.

“Acute removals must be the exception. Too many municipalities have treated them as a shortcut, and families have paid the price,” she said.""",
        [
            ("failed to demonstrate that the", "Supreme Court"),
            ("in breach of the fundamental", "Supreme Court"),
            ("every family that has been", "Karsten Møllgaard Juhl"),
            ("My clients have waited more", "Karsten Møllgaard Juhl"),
            ("Today the highest court in", "Karsten Møllgaard Juhl"),
            ("takes note of the judgment", "Skarrild Municipality"),
            ("on the basis of serious", "Birthe Lauridsen"),
            ("We stand by the professional", "Birthe Lauridsen"),
            ("We have to take this", "Jens Peter Holmgaard"),
            ("a clear standard", "Lotte Ibsen-Vang"),
            ("Acute removals must be the", "Lotte Ibsen-Vang"),
        ],
    ),
]
