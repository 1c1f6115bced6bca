CASES = [
    (
        """
Northgate Power and Light has asked state regulators to approve a 14 percent increase in residential electricity rates over three years, saying the money is needed to bury power lines and harden substations after two winters of record outages.

The request, filed Tuesday with the Public Utilities Commission, would add about $19 a month to the average household bill by 2027. The company has branded the package its “Resilient Grid Initiative.”

“We cannot keep asking customers to sit in the dark for five days every time an ice storm comes through. This is the cost of a grid that works,” said Denise Harwell, Northgate’s chief executive, in a call with reporters.

Harwell said the utility had already trimmed its capital budget and that the proposal was the smallest increase it could responsibly put forward.

Consumer advocates were unimpressed. Marcus Delgado, executive director of the Ratepayer Action Coalition, said the company was asking households to bankroll repairs it should have made a decade ago.

“They paid out record dividends last year, and now they want grandmothers on fixed incomes to cover the bill for their deferred maintenance,” he said.

The coalition plans to intervene in the case and will argue that shareholders should bear at least half the cost, Delgado said.

A spokesperson for the commission said the panel would hold public hearings in four cities this spring before ruling. “Every line item will be examined,” the spokesperson said, declining to comment further on a pending case.

State Senator Ruth Abernathy, who chairs the Senate energy committee, said she planned to hold an oversight hearing on the utility’s storm response next month.

Northgate, which serves about 1.2 million customers, was widely criticised after the February ice storm that residents took to calling the “Nine Day Blackout.” Some households in the hill towns north of the city went without power for more than a week.

Lena Okonkwo, who runs a bakery in Millbrook, said she lost about $6,000 in spoiled inventory during that outage.

“I understand they need to fix things. But I already paid for that storm once, and I don’t want to pay for it twice,” Okonkwo said.

The commission is expected to issue a decision by October.
""".strip(),
        [
            ("We cannot keep asking customers", "Denise Harwell"),
            ("They paid out record dividends", "Marcus Delgado"),
            ("Every line item will be", "spokesperson for the commission"),
            ("I understand they need to", "Lena Okonkwo"),
        ],
    ),
    (
        """
BONN, Germany — Negotiations over a new climate finance goal ground to a halt late Thursday, with developing countries accusing wealthy nations of backtracking on promises made at last year’s summit.

“We came here in good faith and we are leaving with nothing but brackets,” said Tevita Fale, the lead negotiator for the Alliance of Small Island States, referring to the disputed passages that remain in square brackets in the draft text. “For us, this is not an abstract debate. It is about whether our children have a home.”

The talks, formally the 62nd session of the UN’s subsidiary bodies and known to delegates simply as “the Bonn SBs,” are meant to prepare the ground for the annual summit in November. Instead, participants said, the mood had soured badly over two weeks.

Ingrid Vasterhaug, Norway’s climate envoy, acknowledged the frustration but said rich countries could not commit to figures before their own national budgets were settled. A headline number without a credible plan behind it, she argued, would do more harm than good.

The European Union said in a written statement that it remained “fully committed to a fair and ambitious outcome” and urged all parties to show flexibility.

That did little to calm tempers. A senior African negotiator, who asked not to be named because the talks were continuing, said the word “flexibility” had become code for doing less.

“Every year they tell us, ‘Be patient, the money is coming.’ We have been patient for fifteen years,” the negotiator said.

Observers said the impasse reflected a deeper split over who should pay. China, India and Saudi Arabia have resisted calls to expand the list of contributor countries, while the United States delegation has said little in public since the change of administration in Washington.

Mariana Quesada, a policy analyst at the Lima-based Climate Justice Observatory, said neither side wanted to be blamed for a collapse, but neither was willing to move.

The UN climate secretariat said in a closing note to parties that informal consultations would continue over the summer. Its executive secretary, Samuel Otieno, struck an urgent tone when he spoke to reporters on Friday morning: “The clock is running, and the science is not waiting for our procedures.”

He added that he remained confident a deal was possible in November.
""".strip(),
        [
            ("We came here in good", "Tevita Fale"),
            ("For us, this is not", "Tevita Fale"),
            ("fully committed to a fair", "European Union"),
            ("Every year they tell us,", "senior African negotiator"),
            ("The clock is running, and", "Samuel Otieno"),
        ],
    ),
    (
        """
Harrow Energy, the London-listed oil and gas producer, said on Wednesday it would cut about 900 jobs and shrink its low-carbon division as it refocuses on its core business of pumping hydrocarbons.

The company said in a statement that the overhaul would "sharpen our focus on the highest-return barrels" and save $1.4 billion a year by 2027. Its shares rose 4 percent in early trading in London.

Chief executive Graham Tollett told analysts on a conference call that the company had learned hard lessons from its push into offshore wind and hydrogen.

"We were trying to be everything to everyone, and we weren't especially good at any of it. Our shareholders want discipline, and that is what they are going to get," he said.

The retreat marks a sharp turn from 2020, when Harrow's previous management unveiled a strategy branded "Beyond Barrels" and pledged to cut oil output by 40 percent within a decade.

Climate campaigners reacted angrily. Priya Ramasubramanian, who leads energy engagement at the investor group Fairway Stewardship, said Harrow was "walking away from its own promises at exactly the moment the world needs them kept."

Not all investors were critical. An analyst at a large European asset manager, speaking on condition of anonymity because the firm holds Harrow shares, said the market had been "screaming for this for two years" and that the stock had been undervalued as a result.

The Offshore Workers Alliance, which represents some of the affected staff, said it would seek urgent talks with management. "Our members are not a line on a spreadsheet," said Carol Briggs, the union's regional officer for Scotland.

Tollett said most of the cuts would fall on office staff in London and Aberdeen rather than on offshore crews, and that the company would keep a small team working on carbon capture projects in the North Sea.
""".strip(),
        [
            ("sharpen our focus on the", "Harrow Energy"),
            ("We were trying to be", "Graham Tollett"),
            ("walking away from its own", "Priya Ramasubramanian"),
            ("screaming for this for two", "analyst at a large European asset manager"),
            ("Our members are not a", "Carol Briggs"),
        ],
    ),
    (
        """
Arctic sea ice reached its smallest winter maximum on record this year, according to data released Monday by the Boulder Polar Data Institute, extending a decades-long decline that researchers say is reshaping weather far beyond the poles.

The ice covered 13.9 million square kilometres at its peak on March 11, roughly 80,000 square kilometres below the previous record low set in 2017, the institute said in its annual “State of the Cryosphere” bulletin.

Dr. Helena Marsh, a senior scientist at the institute who led the analysis, said the figures would not surprise anyone who had been watching the data closely.

“What worries me is not any single year,” she said. “It’s that the floor keeps dropping. Every few years we set a new record, and even the so-called ‘recovery’ years are lower than the bad years of the 1990s.

“We are watching the Arctic turn into a different ocean.”

Other researchers cautioned against reading too much into one season. Professor Tomasz Wieczorek, a sea-ice modeller at the University of Gdansk, noted that the winter peak is heavily influenced by short-term weather, and that the September minimum is generally a better guide to long-term change.

Still, he added, the direction of travel was unmistakable: “There is no serious scientist who looks at this record and sees anything other than a warming Arctic.”

The findings come as the Arctic Council prepares for its ministerial meeting in Tromsø next month. Indigenous communities across the region say they are already living with the consequences. Aputi Kristiansen, a hunter from Qaanaaq in northwest Greenland, said the sea ice used to be safe to travel on by early December.

“Now we wait until February, and even then we test every step with a harpoon. My father would not recognise this place,” Kristiansen said through an interpreter.
""".strip(),
        [
            ("What worries me is not", "Helena Marsh"),
            ("It’s that the floor keeps", "Helena Marsh"),
            ("There is no serious scientist", "Tomasz Wieczorek"),
            ("Now we wait until February,", "Aputi Kristiansen"),
        ],
    ),
    (
        """
Police arrested 41 people on Saturday after climate activists paddled kayaks into the shipping channel at the Port Calder coal terminal, halting vessel movements for more than six hours.

The protest was organised by the group Tide Turners, which has staged a series of actions at the terminal under the slogan “No New Coal, No More Excuses.” Organisers said about 600 people took part, on the water and on the beach.

“We’ve written the letters, we’ve signed the petitions, we’ve sat in the meetings, and the government has given us no choice but to put our bodies in the way,” said Jess Pemberton, 24, a spokesperson for the group, shortly before she was detained.

Inspector Daniel Kourakis said officers had warned protesters repeatedly that they were endangering themselves and ship crews. Those arrested face charges including obstructing a vessel and failing to obey a police direction, he said, adding that people had every right to protest but not in a way that put lives at risk.

Port Calder Coal Services, which operates the terminal, said in a post on social media that the blockade had delayed four bulk carriers and put “lives at risk for the sake of a photo opportunity.”

The state’s resources minister, Adrian Fitzgibbon, went further. Speaking on local radio, he described the protesters as “selfish vandals” and said the government would look at tougher penalties for interfering with critical infrastructure.

Not everyone in the coastal town was hostile. Marjorie Keane, a retired nurse who watched from the foreshore with a thermos of tea, said her late husband had worked at the terminal for thirty years and that she understood both sides.

“My grandchildren are out there on those kayaks, and I’m not going to tell them they’re wrong,” she said.

The terminal, one of the largest in the southern hemisphere, shipped a record 158 million tonnes of coal last year, much of it to steelmakers in Asia. Tide Turners said it would return in the spring.
""".strip(),
        [
            ("We’ve written the letters, we’ve", "Jess Pemberton"),
            ("lives at risk for the", "Port Calder Coal Services"),
            ("selfish vandals", "Adrian Fitzgibbon"),
            ("My grandchildren are out there", "Marjorie Keane"),
        ],
    ),
    (
        """
The Federal Energy Review Board on Thursday rejected a proposal by Crestline Midstream to expand its natural gas pipeline through the Shenandoah foothills, finding that the company had failed to show the additional capacity was needed.

In a 3-2 decision, the board said Crestline's application rested on demand projections that were "speculative and largely unsubscribed." It was the first major pipeline the board has turned down in more than a decade.

Commissioner Alicia Brandt, who wrote the majority opinion, said the ruling should not be read as hostility toward gas infrastructure. "We apply the law to the record in front of us, and this record did not make the case," she said at the board's open meeting.

The board's chairman, Howard Lyle, dissented. In a written dissent, Lyle warned that the decision would "chill investment at precisely the moment the region needs more supply, not less."

Crestline said it was disappointed by the ruling and was reviewing its legal options, including a request for rehearing.

Landowners along the proposed route, many of whom had fought the project for four years, celebrated the news. Ed Hollings, whose family has farmed near the town of Verona since the 1880s, said he had been bracing for the opposite result.

"I about fell out of my chair. I figured they'd rubber-stamp it like they always do," Hollings said.

The case was closely watched by environmental groups, which had argued the expansion was inconsistent with state climate targets. A lawyer for the Blue Ridge Environmental Law Center, which represented a coalition of landowners and conservation groups, called the decision "a genuine turning point" in how the board weighs need.

Analysts said the ruling could embolden opponents of several other pending projects, including the so-called "Eastern Spine" line through Pennsylvania.
""".strip(),
        [
            ("speculative and largely unsubscribed", "Federal Energy Review Board"),
            ("We apply the law to", "Alicia Brandt"),
            ("chill investment at precisely the", "Howard Lyle"),
            ("I about fell out of", "Ed Hollings"),
            ("a genuine turning point", "lawyer for the Blue Ridge Environmental Law Center"),
        ],
    ),
    (
        """
The developer of the 1.1-gigawatt Greyhaven Offshore Wind project said on Tuesday that first power would slip to 2028, the third delay since construction began, after its turbine supplier warned of shortages of key components.

Solvik Renewables, the Danish-Norwegian company building the project south of Martha’s Vineyard, said blades and nacelles from its supplier, Aeolian Works, would arrive at least nine months late.

“This is a setback, and I won’t pretend otherwise,” said Karin Berglund, the company’s head of U.S. operations. Asked whether the project remained financially viable, Berglund said it did, but that the company would need to reopen talks with the state over the price it is paid for power.

Aeolian Works did not respond to requests for comment. On its website, the company says it is “ramping production across all facilities” to meet demand from developers in Europe, Asia and North America.

The delay is a blow to Massachusetts’ goal of getting 40 percent of its electricity from offshore wind by 2035. A spokesman for the governor’s office said the administration remained “fully behind” Greyhaven and would continue to work closely with the developer.

Greyhaven has been contentious from the start. Its early years were chronicled in last year’s documentary “Wind Over Water,” which followed both the engineers and the fishing families who fought the lease.

Fishermen in New Bedford, who have long opposed the project, were less forgiving. “Every delay is another year of not knowing where we’ll be allowed to fish,” said Tony Medeiros, who captains a scallop boat out of the port. He said the industry had been promised a seat at the table that never materialised.

Industry analysts said the problems at Greyhaven reflected wider strains in the offshore wind supply chain, where a handful of manufacturers are struggling to keep pace with orders after several years of rising costs and cancelled contracts.
""".strip(),
        [
            ("This is a setback, and", "Karin Berglund"),
            ("ramping production across all facilities", "Aeolian Works"),
            ("fully behind", "spokesman for the governor’s office"),
            ("Every delay is another year", "Tony Medeiros"),
        ],
    ),
    (
        """
The state Department of Environmental Quality on Friday finalised rules requiring oil and gas operators to find and fix methane leaks every quarter and to end routine flaring by 2027, a measure it said would cut emissions of the potent greenhouse gas by about 60 percent.

Environment Secretary Rosa Villanueva called the rule the strongest of its kind in the country and said it had been shaped by more than 30,000 public comments. “Operators told us it couldn’t be done,” she said. “Then they sat down with us and showed us how to do it.”

The Permian Producers Association, which represents about 200 companies, said it supported methane rules that were workable for smaller firms but that parts of the final text went too far. Its president, Clay Hardesty, said operators with older wells would struggle to meet the inspection schedule.

“For a stripper well making three barrels a day, this is the difference between staying open and plugging it,” Hardesty said.

Environmental groups welcomed the rule but said enforcement would be the real test. They pointed to satellite data published last year by the nonprofit Carbon Sightline, which identified dozens of so-called “super-emitter” sites in the basin.

“A rule on paper doesn’t stop a single molecule. Inspectors in the field do,” said Dana Whitfeather, who leads the group’s field monitoring team.

The department said it would hire 25 additional inspectors and publish inspection results online. Operators that miss inspections or fail to repair leaks within 30 days could face fines of up to $15,000 a day for each violation. The rule takes effect in July.
""".strip(),
        [
            ("Operators told us it couldn’t", "Rosa Villanueva"),
            ("Then they sat down with", "Rosa Villanueva"),
            ("For a stripper well making", "Clay Hardesty"),
            ("A rule on paper doesn’t", "Dana Whitfeather"),
        ],
    ),
]
