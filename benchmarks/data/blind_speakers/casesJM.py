CASES = [
    (
        """German auto supplier Brenner to cut 1,800 jobs as EV shift bites

By Katrin Oswald

STUTTGART, March 12 (Reuters) - Brenner Antriebstechnik, a family-owned maker of transmissions and drivetrain components, said on Wednesday it would cut 1,800 jobs in Germany by the end of 2026, the latest supplier to retrench as carmakers slow their electric vehicle rollouts and squeeze prices.

The company, based in Heilbronn and controlled by the founding Brenner family, said the cuts would fall mainly at its plants in Heilbronn and Gerolzhofen, where it makes gearboxes for combustion engine vehicles.

"We have waited as long as we responsibly could," Chief Executive Matthias Kreuzer told reporters on a call. "The volumes that our customers promised us for 2025 and 2026 simply have not materialised."

Kreuzer said orders for its electric axle drives were running about 30% below plan, while demand for conventional gearboxes was falling faster than expected.

Brenner, which employs about 14,000 people worldwide, posted an operating loss of 62 million euros ($67.5 million) for 2024, compared with a profit of 118 million euros a year earlier. Revenue fell 9% to 3.1 billion euros.

Brenner's general works council, which represents most of the affected workers, said it would fight the plans. "Management is making the workforce pay for its own strategic mistakes," said Petra Lindemann, the council's chairwoman. She called the announcement "a slap in the face" for employees who had accepted shorter working hours last year.

Brenner is the latest in a string of German suppliers to announce cutbacks. The country's main auto industry association has warned that tens of thousands of jobs in the sector are at risk as carmakers move away from the combustion engine.

Analysts said the cuts were overdue. "Brenner was late to adjust its cost base, and the family has been reluctant to take painful decisions," said Jonas Ebert, an analyst at Bankhaus Weidner in Munich. "This is a step in the right direction, but it won't be the last one."

Kreuzer said the family shareholders stood behind the restructuring and had agreed to forgo a dividend for 2024. He did not rule out the sale of non-core businesses, including a small unit making industrial pumps.

"Everything is on the table except our core drivetrain business," he said.

Shares in Brenner's listed peer Falkner Automotive fell 2.3% in Frankfurt trading.

($1 = 0.9185 euros)

(Reporting by Katrin Oswald; Editing by Mark Potter)""",
        [
            ("We have waited as long", "Matthias Kreuzer"),
            ("The volumes that our customers", "Matthias Kreuzer"),
            ("Management is making the workforce", "Petra Lindemann"),
            ("a slap in the face", "Petra Lindemann"),
            ("Brenner was late to adjust", "Jonas Ebert"),
            ("This is a step in", "Jonas Ebert"),
            ("Everything is on the table", "Matthias Kreuzer"),
        ],
    ),
    (
        """Swiss private bank Hallwyl & Cie to sell Asian wealth arm after losses

Helena Vogt in Zurich

Hallwyl & Cie, one of Switzerland’s oldest private banks, is exploring a sale of its Singapore-based wealth management arm after a string of losses and a regulatory rebuke, as the Geneva lender retreats to its core European markets.

The 230-year-old bank, which is owned by six managing partners with unlimited personal liability, said on Thursday it had hired advisers to sound out potential buyers for the unit, which manages about SFr9bn ($10.2bn) of client assets.

“Asia remains an attractive market, but not for a bank of our size,” said Laurent Dufresne, senior partner at Hallwyl. “We would rather be excellent in a few places than average in many.”

The decision marks a sharp reversal for the bank, which opened its Singapore office in 2012 with ambitions of capturing a share of the region’s booming private wealth. Hallwyl’s Asian business made a pre-tax loss of SFr41mn last year, according to people familiar with the figures.

Last year, Singapore regulators censured the unit over weaknesses in its anti-money laundering checks on clients from mainland China and Indonesia, and ordered an external review of its onboarding processes.

One person close to the bank said the regulatory findings had “shaken the partners more than the losses”. Another described the Singapore office as “a distraction that swallowed management time for five years”.

Hallwyl said in a statement that the external review “has been completed in full” and that the bank had “strengthened its controls across all booking centres”.

Rivals are expected to show interest. Asian wealth managers have been consolidating as rising compliance costs squeeze smaller players. “There are maybe four or five natural buyers, and they will all look at it,” said a Singapore-based banker who advises on deals in the sector. “The question is price. Nobody will pay up for a book with that history.”

The sale would leave Hallwyl focused on Switzerland, Luxembourg and a small office in London. The bank reported net profit of SFr112mn for 2024, down 14 per cent from a year earlier, on operating income of SFr690mn. Assets under management rose 3 per cent to SFr78bn.

Dufresne said the bank would not cut jobs in Geneva as a result of the move, and that the proceeds would be used to invest in technology and to hire relationship managers in Zurich and Basel.

“We have no need for capital,” he said. “This is about focus.”

The move follows a broader retreat by Swiss private banks from far-flung markets. Several mid-sized lenders have closed offices in Latin America and the Middle East since 2020, citing compliance costs.

Analysts said the partnership structure made the bank more cautious than its listed rivals. “When your personal fortune is on the line, you think twice about risk,” said Regula Amstutz, a banking analyst at Zurich-based research firm Finalyse. “The partners have decided that Singapore is not worth it.”""",
        [
            ("Asia remains an attractive market", "Laurent Dufresne"),
            ("We would rather be excellent", "Laurent Dufresne"),
            ("shaken the partners more than", "person close to the bank"),
            ("a distraction that swallowed management", "person close to the bank"),
            ("has been completed in full", "Hallwyl & Cie"),
            ("strengthened its controls across all", "Hallwyl & Cie"),
            ("There are maybe four or", "Singapore-based banker who advises on deals in the sector"),
            ("The question is price.", "Singapore-based banker who advises on deals in the sector"),
            ("We have no need for", "Laurent Dufresne"),
            ("This is about focus.", "Laurent Dufresne"),
            ("When your personal fortune is", "Regula Amstutz"),
            ("The partners have decided that", "Regula Amstutz"),
        ],
    ),
    (
        """Rhenchem Weighs Shutting Ammonia Output as Energy Costs Bite

By Florian Weiss

(Bloomberg) -- Rhenchem AG, the German maker of specialty chemicals and coatings, is considering shutting its ammonia and methanol production at its Woerthbach site in Rhineland-Palatinate, according to people familiar with the matter, as high natural gas prices erode the competitiveness of Europe's base chemicals industry.

A decision could come as soon as the company's capital markets day in June, said the people, who asked not to be identified because the deliberations are private. About 900 people work in the affected units.

"We are looking at all of our assets in Europe with a very critical eye," Chief Executive Officer Annette Hofbauer said in an interview with Bloomberg Television on Tuesday, declining to comment on specific sites. "Where we can't earn our cost of capital over the cycle, we have to act."

Rhenchem shares rose as much as 3.4% in Frankfurt, the most in almost two months. The stock has lost about a fifth of its value over the past year.

German chemical producers have been hit harder than rivals in the US and the Middle East by the surge in energy prices that followed Russia's invasion of Ukraine in 2022. Although gas prices have eased from their peak, they remain roughly twice as high as before the war, and the industry's main lobby group, Chemieverband Deutschland, has warned that the country faces "a creeping deindustrialization."

Hofbauer, who took over in 2023 from the long-serving Klaus Obermeier, has already closed two smaller plants and cut 1,200 administrative roles under a program meant to deliver 450 million euros ($490 million) of annual savings by 2026.

"The energy price gap with the US is not going away," she said. "We have to assume it is structural."

A spokeswoman for Rhenchem said the company "continuously reviews its portfolio" and wouldn't comment on market speculation.

Labor representatives reacted with alarm. Uwe Stahlberg, chairman of Rhenchem's central works council, said any closure at Woerthbach would have knock-on effects for other units on the integrated site, which share steam, power and infrastructure.

"If you pull out one brick, the whole wall starts to wobble," Stahlberg said in a statement. "We expect the board to talk to us before it talks to the capital markets."

Bernd Kuehl, an analyst at Lorenz Securities, said a closure would likely lift margins but carry one-off costs of several hundred million euros. "Investors will welcome it, but the restructuring bill won't be small," he wrote in a note to clients.

Rhenchem is due to report first-quarter results on May 7.

--With assistance from Julia Brandt.""",
        [
            ("We are looking at all", "Annette Hofbauer"),
            ("Where we can't earn our", "Annette Hofbauer"),
            ("a creeping deindustrialization.", "Chemieverband Deutschland"),
            ("The energy price gap with", "Annette Hofbauer"),
            ("We have to assume it", "Annette Hofbauer"),
            ("continuously reviews its portfolio", "spokeswoman"),
            ("If you pull out one", "Uwe Stahlberg"),
            ("We expect the board to", "Uwe Stahlberg"),
            ("Investors will welcome it, but", "Bernd Kuehl"),
        ],
    ),
    (
        """Family-owned toolmaker Strahm names first outside CEO in 110 years

The Bernese machine tool maker Strahm Holding has appointed an outsider to run the company for the first time in its history, as the fourth generation of the founding family steps back from day-to-day management.

Reto Gysin, 52, currently head of the industrial division at the engineering group Toggwiler, will take over from Daniel Strahm on July 1, the company announced on Monday. Strahm, 61, will move to the chairmanship of the board of directors.

"It was never a given that a family member would always run the business," Daniel Strahm told a press conference at the company's headquarters in Oberwil im Tal. "The question was only ever: who is the best person for the company? This time the answer was Reto Gysin."

The firm, founded in 1914 as a blacksmith's workshop, today makes precision grinding machines for the automotive, aerospace and medical technology industries. It employs 1,350 people, around 900 of them in Switzerland, and had sales of CHF 410 million last year.

None of Strahm's three children currently works in the company. His daughter, Nadine Strahm, sits on the board and will remain there, the company said.

Gysin said he did not plan to change the firm's strategy. He sees his job as "continuing what works and accelerating what is needed", he told journalists. That includes expanding the service business and pushing further into the United States, where Strahm opened a plant in Ohio in 2021.

The strong franc has been weighing on Swiss exporters for years, and Strahm's margins have narrowed as a result, Gysin acknowledged: "We can't change the exchange rate. What we can change is how fast we bring new machines to market."

The appointment comes at a time when many Swiss family firms are struggling with succession. According to a survey published last year by the consultancy Berger Waelchli, around one in five Swiss family firms expects to hand over to non-family managers within the next decade.

"Many families still see an external CEO as a kind of failure," said Monika Tanner, who advises family businesses on succession at the consultancy. "That's changing, but slowly."

For Strahm, the step was made easier by the family's decision to keep majority control. The Strahm family holds 78% of the shares, with the rest held by employees and a foundation.

Asked whether the family might one day sell, Daniel Strahm was categorical. "Not while I'm alive," he said, to laughter. "And I've told my children the same."

Strahm Holding will publish its annual results in April.""",
        [
            ("It was never a given", "Daniel Strahm"),
            ("The question was only ever:", "Daniel Strahm"),
            ("continuing what works and accelerating", "Reto Gysin"),
            ("We can't change the exchange", "Reto Gysin"),
            ("Many families still see an", "Monika Tanner"),
            ("That's changing, but slowly.", "Monika Tanner"),
            ("Not while I'm alive", "Daniel Strahm"),
            ("And I've told my children", "Daniel Strahm"),
        ],
    ),
    (
        """Austrian lender StKB posts record profit, rejects calls for bank levy

VIENNA, Feb 27 (AFP) - Steirische Kreditbank, Austria's fourth-largest lender, on Tuesday reported the highest annual profit in its 150-year history, fuelling calls from opposition politicians for a special tax on banks' windfall profits from higher interest rates.

Net profit rose 41 percent to 1.26 billion euros in 2024, the Graz-based bank said, driven by net interest income that climbed to 2.9 billion euros as the European Central Bank kept rates high for much of the year.

Chief executive Georg Pirchegger rejected suggestions that the bank had profited unfairly. "We did not set interest rates, and we did not ask for them to go up," he told a press conference in Graz. "For years, when rates were zero or negative, nobody talked about a support tax for banks."

He said the bank would pay out 50 percent of its profit as a dividend, with its largest shareholder, a regional savings bank foundation, set to receive around 280 million euros.

Pirchegger added that StKB had passed on higher rates to savers "faster and more generously than most competitors", a claim consumer groups dispute.

The consumer protection association VKS said in a report last month that average savings rates at Austrian banks had lagged those in Germany by almost a full percentage point. "Banks have been very quick to raise loan rates and very slow to pass anything on to savers," the association's head of finance, Elisabeth Rauchberger, told AFP on Tuesday.

The opposition Social Democrats said the results showed that a levy was "long overdue". "When a bank earns more than a billion euros without doing anything differently, that is not an achievement, it is a windfall," the party's finance spokesman, Markus Hoelzl, said in a statement.

The government has so far rejected a special tax. A finance ministry spokesman said Vienna was in talks with the banking sector "about a voluntary contribution to support low-income households", but gave no details.

Analysts expect profits at Austrian banks to fall from this year as the ECB cuts rates. "2024 was probably the peak," said Thomas Grabner, a banking analyst at Vienna brokerage Kahlenberg Research. "Net interest income will come down, and risk costs are rising, especially in commercial real estate."

StKB set aside 214 million euros for loan losses last year, up from 150 million euros in 2023, mainly for exposure to property developers in Austria and southern Germany.

Its shares fell 1.8 percent in Vienna.""",
        [
            ("We did not set interest", "Georg Pirchegger"),
            ("For years, when rates were", "Georg Pirchegger"),
            ("faster and more generously than", "Georg Pirchegger"),
            ("Banks have been very quick", "Elisabeth Rauchberger"),
            ("long overdue", "Social Democrats"),
            ("When a bank earns more", "Markus Hoelzl"),
            ("about a voluntary contribution to", "spokesman"),
            ("2024 was probably the peak", "Thomas Grabner"),
            ("Net interest income will come", "Thomas Grabner"),
        ],
    ),
    (
        """Insolvent seat-frame maker Kessler Werke finds investor, saves 1,100 jobs

By Andreas Muehlbauer

German seat-structure supplier Kessler Werke, which filed for insolvency in November, has agreed to sell its core business to Dutch investment firm Van Oordt Industrial Partners, saving about 1,100 of its 1,600 jobs, the company's insolvency administrator said.

The deal, which still requires approval from the creditors' committee and antitrust authorities, covers Kessler's two plants in Upper Franconia and its engineering center in nearby Weidenhausen. A third plant in the Czech Republic will be closed.

"This was a difficult process, and not everyone will keep their job," administrator Dr. Stefanie Rothlaender said in a statement on Monday. "But without an investor, the alternative would have been to wind the company down completely."

Kessler, which supplies seat frames and adjusters to several German premium carmakers as well as to seat-system makers, ran into trouble last year after a major customer delayed the launch of an electric SUV platform, leaving the company with expensive tooling and no revenue to pay for it.

Managing director Holger Kessler, grandson of the founder, said the family had tried until the last moment to find a solution on its own. "We spoke to our banks, our customers and several investors over many months," he said in an interview.

"In the end, the gap was too big. I'm sad that the company is leaving the family after 74 years, but I'm relieved that the plants in Franconia have a future."

Customers played a key role in the rescue. According to people involved in the talks, two carmakers agreed to pay higher prices for parts and to take over part of the tooling costs to ensure supply until their current models run out.

Van Oordt partner Joost Hermsen said the firm saw long-term potential in Kessler's lightweight seat structures, which it believes can be sold to electric-vehicle makers seeking to save weight.

"Kessler has excellent engineering and a strong position with premium customers," Hermsen said. "What it lacked was a balance sheet that could absorb a shock like the one it suffered last year.

"We intend to invest in automation at both German plants and to bring in new customers, including from outside Germany."

Kessler is one of dozens of German suppliers that have filed for insolvency since 2023. According to credit insurer Nordkredit Versicherung, insolvencies among German auto suppliers rose 38 percent last year.

Works council chairman Ralf Poehlmann said employees were "relieved but exhausted" after months of uncertainty. He urged the new owner to keep its promises: "We have heard a lot of nice words in the past year. Now we want to see investment."

The sale is expected to close by the end of the second quarter.""",
        [
            ("This was a difficult process,", "Stefanie Rothlaender"),
            ("But without an investor, the", "Stefanie Rothlaender"),
            ("We spoke to our banks,", "Holger Kessler"),
            ("In the end, the gap", "Holger Kessler"),
            ("Kessler has excellent engineering and", "Joost Hermsen"),
            ("What it lacked was a", "Joost Hermsen"),
            ("We intend to invest in", "Joost Hermsen"),
            ("relieved but exhausted", "Ralf Poehlmann"),
            ("We have heard a lot", "Ralf Poehlmann"),
        ],
    ),
    (
        """German family firm boss warns of ‘slow death’ of industrial Mittelstand

Head of 200-year-old adhesives maker says bureaucracy and energy costs are driving investment abroad

Jasper Collins, Europe business correspondent

The head of one of Germany’s oldest family-owned companies has warned that the country’s industrial backbone faces a “slow death” unless the new government acts quickly to cut energy costs and red tape.

Clemens Hallmann, the seventh-generation chief executive of the adhesives and sealants maker Hallmann & Söhne, said the company would invest more in the US and Asia over the next five years than in Germany for the first time in its history.

“My family has been making things in this valley since 1821,” Hallmann said in an interview at the company’s headquarters in the Sauerland town of Kirchhelden. “We have survived two world wars, hyperinflation and the division of the country. I never thought I would be the one to say that Germany is no longer the right place to build a new factory.”

Hallmann & Söhne, which employs 6,200 people and had revenues of €1.9bn last year, plans to spend €600m on new plants over the next five years. Less than a third of that will go to Germany, with the bulk earmarked for a new site in South Carolina and an expansion in Vietnam.

His comments add to a growing chorus of concern among Germany’s Mittelstand, the thousands of mid-sized, often family-owned firms that have long formed the bedrock of the economy.

A survey published this month by the Verband Deutscher Familienbetriebe found that 42% of its members were planning to shift investment abroad. “The mood is worse than at any time I can remember,” said the association’s president, Birgit Sauerwald, who runs a packaging company in Bielefeld. “People are not threatening. They are simply doing it.”

Economists caution that some of the gloom may be overdone. Dr Felix Amberg, of the Kiel-based Institut für Standortforschung, said Germany still had “enormous strengths – skilled workers, engineering and a network of suppliers you will not find anywhere else”. But he acknowledged that the energy shock had hit energy-intensive industries hard.

“The problem is not that companies are leaving in droves,” he said. “It’s that they are quietly not coming back, not expanding, not replacing old plants. That kind of erosion doesn’t make headlines, but it’s dangerous.”

Hallmann said he had no intention of moving the headquarters or selling the company, which is owned by around 90 family members through a holding structure. But he said the family’s patience was “not unlimited”.

A government spokesperson said ministers were “aware of the concerns of the Mittelstand” and pointed to plans to cut grid fees and electricity taxes for industry from next year.

Hallmann said the measures were welcome but insufficient. “Nobody in South Carolina asked me for eleven permits to build a warehouse,” he said.""",
        [
            ("slow death", "Clemens Hallmann"),
            ("slow death", "Clemens Hallmann"),
            ("My family has been making", "Clemens Hallmann"),
            ("We have survived two world", "Clemens Hallmann"),
            ("The mood is worse than", "Birgit Sauerwald"),
            ("People are not threatening.", "Birgit Sauerwald"),
            ("enormous strengths – skilled workers", "Felix Amberg"),
            ("The problem is not that", "Felix Amberg"),
            ("It’s that they are quietly", "Felix Amberg"),
            ("not unlimited", "Clemens Hallmann"),
            ("aware of the concerns of", "spokesperson"),
            ("Nobody in South Carolina asked", "Clemens Hallmann"),
        ],
    ),
    (
        """Nordmark Bank Bids for Rival Westfälische Handelsbank

Deal would create Germany’s third-largest listed bank as consolidation picks up

By Oliver Brandt

FRANKFURT—Nordmark Bank AG made an unsolicited offer for Westfälische Handelsbank worth about €4.2 billion, or roughly $4.6 billion, in a move that would create Germany’s third-largest listed lender and test Berlin’s appetite for consolidation in the country’s fragmented banking sector.

Hamburg-based Nordmark said Monday it would offer €19.50 a share in cash and stock, a 31% premium to Westfälische’s closing price Friday. Westfälische, based in Münster, said its board would review the proposal but called it “opportunistic” and said it “significantly undervalues the bank and its prospects.”

Nordmark Chief Executive Henrik Brandauer said the combination would generate annual cost savings of around €400 million within three years, largely by merging IT systems and back-office functions.

“The German market has too many banks chasing too few profitable customers,” Mr. Brandauer said on a call with analysts. “Scale is no longer a nice-to-have. It is a condition for survival.”

He said the two banks had complementary branch networks, with Nordmark strong in northern Germany and Westfälische concentrated in North Rhine-Westphalia and Lower Saxony, and that the combined lender would have about 6.5 million customers.

The offer puts pressure on Westfälische’s chief executive, Sabine Lohkamp, who has promised investors a turnaround built on digital banking and lending to midsize companies. In a letter to staff on Monday, Ms. Lohkamp wrote that the bank was “on the right path” and that the board would act “solely in the interests of our shareholders, customers and employees.”

A regional pension fund for public-sector workers, which holds about 8% of Westfälische, signaled it was open to talks. “We will look at the offer carefully and without prejudice,” said a spokesman for the fund, the Versorgungskasse Westfalen-Lippe.

One senior Westfälische executive said the approach had been “a shock, but not a surprise,” noting that Nordmark had made informal overtures last year that were rebuffed.

“This is the deal everyone has been waiting for, but the price is not a knockout,” said Carsten Neubert, an analyst at Meridian Bankhaus in Düsseldorf. He said Nordmark might have to raise its bid by 10% to 15% to win over shareholders.

Employee representatives were quick to voice opposition. “A deal of this size means thousands of job losses, whatever management says now,” said Ute Brinkhoff, who heads Westfälische’s works council.

Mr. Brandauer declined to say how many jobs would go, but said cuts would be “socially responsible” and largely achieved through retirements and attrition.

Shares of Westfälische rose 24% to €18.40 in Frankfurt trading, below the offer price, suggesting investors doubt the deal will be completed on the current terms. Nordmark shares fell 4.1%.""",
        [
            ("opportunistic", "Westfälische Handelsbank"),
            ("significantly undervalues the bank and", "Westfälische Handelsbank"),
            ("The German market has too", "Henrik Brandauer"),
            ("Scale is no longer a", "Henrik Brandauer"),
            ("on the right path", "Sabine Lohkamp"),
            ("solely in the interests of", "Sabine Lohkamp"),
            ("We will look at the", "spokesman"),
            ("a shock, but not a", "senior Westfälische executive"),
            ("This is the deal everyone", "Carsten Neubert"),
            ("A deal of this size", "Ute Brinkhoff"),
            ("socially responsible", "Henrik Brandauer"),
        ],
    ),
]
