CASES = [
    (
        """Western Australia flags iron ore royalty review, miners warn of investment hit

PERTH, March 14 (Reuters) - Western Australia's government will review the royalty rate charged on iron ore for the first time in more than a decade, state Treasurer Colin Ashdown said on Thursday, prompting warnings from miners that any increase would threaten new projects in the state's north.

The review, to be completed by the end of the year, will examine whether the 7.5% rate on fine ore still delivers "a fair return to the people who own the resource," Ashdown told reporters in Perth.

"We are not walking in with a number in our back pocket," he said. "But prices have been strong for a long time and West Australians are entitled to ask whether the settings are still right."

Iron ore is the state's largest export earner, and royalties from the steelmaking ingredient account for roughly a fifth of government revenue, according to budget papers.

The Western Resources Council, which represents most of the state's large miners, said in a statement that the review created "uncertainty at exactly the wrong moment" for an industry already grappling with higher labour and energy costs.

"Every dollar of additional royalty is a dollar not spent on exploration, on new mines or on the regional towns that depend on them," the council's chief executive, Fiona Raddle, said.

Shares in Hallett Ridge Mining, a mid-tier producer that operates the Corunna Hills mine in the Pilbara, fell 3.2%, while the country's largest miners slipped about 1% in a flat broader market.

A spokeswoman for Hallett Ridge said the company would take part in the consultation but declined to comment further.

Analysts said the market reaction had been measured so far. "The risk here is not the headline rate, it's the precedent," said Daniel Okafor, a resources analyst at Bramwell Securities in Sydney. "If the rate moves in WA, investors will start pricing the same risk into Queensland and the Northern Territory."

Ashdown said the government would consult with industry, unions and traditional owner groups, and that no changes would take effect before July 2026.

Opposition resources spokesman Mark Tennant accused the government of "picking the pockets" of an industry that he said had carried the state budget through the pandemic.

(Reporting by Sonia Harcourt in Perth; Editing by Edwina Gibbs)""",
        [
            ("a fair return to the", "Colin Ashdown"),
            ("We are not walking in", "Colin Ashdown"),
            ("But prices have been strong", "Colin Ashdown"),
            ("uncertainty at exactly the wrong", "Western Resources Council"),
            ("Every dollar of additional royalty", "Fiona Raddle"),
            ("The risk here is not", "Daniel Okafor"),
            ("If the rate moves in", "Daniel Okafor"),
            ("picking the pockets", "Mark Tennant"),
        ],
    ),
    (
        """Lithium slump forces Tarrant Minerals to mothball Kelso Downs

Rachel Moynihan, Resources reporter

Tarrant Minerals will place its Kelso Downs spodumene mine in the northern Goldfields on care and maintenance from next month, cutting about 240 jobs, as a collapse in lithium prices continues to shake out higher-cost producers.

The ASX-listed miner told the market on Tuesday that it would halt mining and processing at the site by the end of May and write down the value of the operation by about $310 million. Managing director Gavin Lusk said the decision was “painful but unavoidable”.

“We have spent eighteen months doing everything we can to keep Kelso Downs running – renegotiating contracts, cutting overheads, deferring stripping,” Mr Lusk said on a call with analysts.

“At today’s prices, every tonne we ship costs us money. We’re not going to bet the balance sheet on a price recovery that nobody can put a date on.”

Tarrant said about 180 of the affected workers were fly-in, fly-out contractors employed through Marlow Mining Services, with the remainder on the company’s own payroll. It would offer redeployment to its Ashby Lake gold project “where roles are available”.

Spodumene prices have fallen more than 80 per cent from their peak as new supply from Africa and South America has met softer than expected demand from battery makers in China.

Jefferson Pike analyst Mei Lin Tran said further closures were likely before the market turned. “There’s probably another two or three operations in WA that are underwater at these prices and running on hope,” she said.

Tarrant had $92 million in cash at the end of December and no debt, but had been spending heavily on a second processing circuit at Kelso Downs that will now be deferred.

The Resources and Allied Workers Union’s WA secretary, Tom Galvin, said workers had been given little notice and that many had relocated to the nearby town of Coolgarra in the past two years.

“These are people who moved their families out there on the promise of a twenty-year mine life,” Mr Galvin said. “Now they’ve got four weeks.”

WA Mines Minister Sandra Whitlock said the state would work with the company on support for affected workers, but rejected calls from parts of the industry for temporary royalty relief. According to Ms Whitlock, the state’s lithium royalty was already “among the most competitive in the world”.

Tarrant shares fell 11 per cent to 38¢.""",
        [
            ("painful but unavoidable", "Gavin Lusk"),
            ("We have spent eighteen months", "Gavin Lusk"),
            ("At today’s prices, every tonne", "Gavin Lusk"),
            ("where roles are available", "Tarrant Minerals"),
            ("There’s probably another two or", "Mei Lin Tran"),
            ("These are people who moved", "Tom Galvin"),
            ("Now they’ve got four weeks.", "Tom Galvin"),
            ("among the most competitive in", "Sandra Whitlock"),
        ],
    ),
    (
        """Bowen Basin coal workers walk off job in pay dispute with Carrow Coal

By Jess Halloran

More than 600 workers at two central Queensland coal mines have walked off the job for 24 hours, in the biggest industrial action at the operations in almost a decade.

Members of the Mining and Energy Workers Alliance at Carrow Coal's Pindari and Mount Lorne mines, near the town of Tallowa Springs, began the stoppage at 6:00am on Wednesday after negotiations over a new enterprise agreement stalled.

The union's district president, Shane Cullity, said workers had not had a real pay rise in three years while the company posted record profits.

"They've made billions off the back of these workers and they're offering them a deal that goes backwards once you factor in the cost of living," Mr Cullity said.

"Nobody wants to be out here. People want to be at work. But the company has left them with no choice."

One worker, a dragline operator who did not want to be named, said many of his colleagues were on labour-hire contracts and earned less than permanent staff doing the same job.

"You've got two blokes in the same crib room doing the same work, and one's on twenty grand a year less," he said.

Carrow Coal said in a statement it had made "a fair and competitive offer" that included a 12 per cent increase over three years and improved rostering arrangements.

"We remain committed to reaching an agreement through good-faith bargaining and have taken steps to ensure the sites remain safe during the action," the statement said.

The company said the impact on production would be "minimal" and that it did not expect to revise its full-year guidance.

Queensland's Industrial Relations Minister, Grace Nankervis, urged both parties to return to the table.

"Coal is still one of the state's biggest employers and these regional communities rely on these jobs and the money that flows from them," she told ABC Radio.

The union has flagged further rolling stoppages over the coming month if no agreement is reached.""",
        [
            ("They've made billions off the", "Shane Cullity"),
            ("Nobody wants to be out", "Shane Cullity"),
            ("You've got two blokes in", "dragline operator"),
            ("a fair and competitive offer", "Carrow Coal"),
            ("We remain committed to reaching", "Carrow Coal"),
            ("minimal", "Carrow Coal"),
            ("Coal is still one of", "Grace Nankervis"),
        ],
    ),
    (
        """Gas giant warns reservation plan ‘will backfire’

By PETER ARGYLE, RESOURCES EDITOR

Solander Energy chief executive Natalie Brandt has warned that a federal plan to force exporters to set aside more gas for the domestic market would “backfire on the very customers it is meant to help”, as the company delayed a final investment decision on its $4.2bn Carpentier Basin development in the Northern Territory.

Speaking at an energy conference in Darwin on Wednesday, Ms Brandt said the proposed reservation of 25 per cent of new production would strip value from projects that were still years away from first gas.

“You cannot mandate supply into existence,” she said. “What you can do is make sure the next project never gets built, and then there is less gas for everyone, east coast included.”

Solander told the ASX the final investment decision on the Carpentier project, originally targeted for the June quarter, had been pushed back to next year “to allow policy settings to be clarified”.

Federal Resources Minister Helen Costigan was unmoved. “Australians shouldn’t be paying export prices for their own gas,” Ms Costigan said in a statement. “Every major producer has known this policy was coming for two years.”

The Manufacturing Energy Alliance, which represents large industrial gas buyers, backed the plan. Its executive director, Raj Sethi, said manufacturers in Victoria and NSW had been “held hostage” by tight east coast supply.

“We have members who have shut production lines because they cannot get a contract at a price that makes sense,” Mr Sethi said.

Industry sources said at least two other LNG exporters had privately lobbied Canberra to exempt projects that had already begun front-end engineering. One senior executive at a rival producer said the policy had “spooked” Asian buyers who rely on long-term supply from Australia.

Northern Territory Chief Minister Lachlan Reid, whose government has staked its economic strategy on onshore gas, said the Territory needed the project to go ahead.

“This is 1,200 construction jobs and a royalty stream that could transform the Territory budget,” he said. “I’ll be making that case to Canberra as strongly as I can.”

Solander shares closed 2.1 per cent lower at $7.84.""",
        [
            ("will backfire", "Natalie Brandt"),
            ("backfire on the very customers", "Natalie Brandt"),
            ("You cannot mandate supply into", "Natalie Brandt"),
            ("What you can do is", "Natalie Brandt"),
            ("to allow policy settings to", "Solander Energy"),
            ("Australians shouldn’t be paying export", "Helen Costigan"),
            ("Every major producer has known", "Helen Costigan"),
            ("held hostage", "Raj Sethi"),
            ("We have members who have", "Raj Sethi"),
            ("spooked", "senior executive at a rival producer"),
            ("This is 1,200 construction jobs", "Lachlan Reid"),
            ("I’ll be making that case", "Lachlan Reid"),
        ],
    ),
    (
        """Coal miners pay $9bn in royalties as Queensland defends top tier

Coal miners paid $9.3bn in royalties to the Queensland government in the past financial year, according to figures released by Queensland Treasury, as the state defended the progressive royalty tiers that the industry has lobbied hard to scrap.

Treasurer Mitchell Darcy said the higher tiers, introduced three years ago and applying only when coal prices exceed set thresholds, had funded new hospitals and schools "without costing a single job".

"The sky didn't fall in," Darcy told a budget estimates hearing on Tuesday. "The industry said there would be mass closures and there haven't been. What there has been is record investment in health and education in the regions."

The Queensland Minerals Forum, the peak body for the state's miners, has campaigned against the tiers, arguing in a report titled "Royalties and the Road Ahead" that the top rate of 40 per cent has made Queensland one of the highest-taxing coal jurisdictions in the world.

According to the forum's chief executive, Annabel Fraser, at least three new metallurgical coal projects have been shelved since the changes.

"Investors have long memories," she said. "They were not consulted, and they have taken their capital elsewhere - to New South Wales, to Canada, to Mozambique."

Japanese steelmakers, the biggest buyers of Queensland's coking coal, have also raised concerns. A senior official at a Japanese trading house, speaking on condition of anonymity, said the royalty changes had "changed the conversation" in Tokyo about sovereign risk in Australia.

Economists are divided. Paul Hennessy, a senior economist at the Moreton Institute, put it bluntly: "These are windfall profits from a global price spike, and the state is taking a share of a windfall. That is exactly how resource taxation is supposed to work."

But Kate Ellison, a partner at advisory firm Larkfield & Co, said the thresholds should be indexed to account for rising mining costs.

"When the thresholds were set, nobody expected costs to rise the way they have. A miner paying the top rate today is not necessarily making a windfall," she said.

Coal prices have eased from their record highs but remain well above long-term averages, and Treasury expects royalty revenue to fall by about a third over the next two years.

The Opposition has said it will not increase royalties if elected but has stopped short of promising to remove the top tiers.""",
        [
            ("without costing a single job", "Mitchell Darcy"),
            ("The sky didn't fall in,", "Mitchell Darcy"),
            ("The industry said there would", "Mitchell Darcy"),
            ("Investors have long memories,", "Annabel Fraser"),
            ("They were not consulted, and", "Annabel Fraser"),
            ("changed the conversation", "senior official at a Japanese trading house"),
            ("These are windfall profits from", "Paul Hennessy"),
            ("When the thresholds were set,", "Kate Ellison"),
        ],
    ),
    (
        """Regulator finds ‘systemic failures’ before death at Goldfields mine

A safety regulator has found “systemic failures” in ground control at an underground gold mine in Western Australia’s Goldfields, where a 34-year-old worker was killed by a rockfall last year.

The report by the Resources Safety Inspectorate of Western Australia, released on Friday, found that Brennan Gold had failed to act on at least four seismic warnings in the weeks before the fall at its Yandal Creek mine, 120 kilometres north of the town of Mulgarra.

Jayden Pike, a charge-up operator from Rockhaven, died when a section of the mine’s backfill and surrounding rock collapsed during a night shift in March last year.

The report, titled “Investigation into the fatal incident at Yandal Creek”, said supervisors had “come to treat elevated seismic activity as normal” and that the mine’s trigger action response plan was “not understood by the people expected to use it”.

Mr Pike’s mother, Lorraine Pike, said the family had waited 14 months for answers.

“He rang me the night before and said the ground was talking – that’s what they call it, when it’s cracking and popping,” Ms Pike said outside the inspectorate’s offices in East Perth.

“He told me he didn’t feel right about going back in. I have to live with that.”

Brennan Gold managing director Simon Achterberg said the company accepted the findings in full.

“We failed Jayden and we failed his family, and I’m deeply sorry,” he said. “Since the incident we have overhauled our ground support standards, installed additional seismic monitoring and changed the way we escalate warnings.”

The company said in a separate statement it was cooperating with the inspectorate on “any further action”.

Chief inspector of mines Dr Helena Varga said a prosecution was being considered.

“The mining industry has known how to manage seismic risk for decades. There is no excuse for this,” Dr Varga told reporters.

The Mining and Energy Workers Alliance said the findings strengthened the case for industrial manslaughter charges to be laid more often. A Goldfields union organiser said workers at many sites were “scared to speak up” because of long fly-in, fly-out rosters and insecure contracts.

Brennan Gold shares were placed in a trading halt pending an announcement.""",
        [
            ("systemic failures", "Resources Safety Inspectorate of Western Australia"),
            ("systemic failures", "Resources Safety Inspectorate of Western Australia"),
            ("come to treat elevated seismic", "Resources Safety Inspectorate of Western Australia"),
            ("not understood by the people", "Resources Safety Inspectorate of Western Australia"),
            ("He rang me the night", "Lorraine Pike"),
            ("He told me he didn’t", "Lorraine Pike"),
            ("We failed Jayden and we", "Simon Achterberg"),
            ("Since the incident we have", "Simon Achterberg"),
            ("any further action", "Brennan Gold"),
            ("The mining industry has known", "Helena Varga"),
            ("scared to speak up", "Goldfields union organiser"),
        ],
    ),
    (
        """Workers given three years' notice as Kinross power station closure date locked in

By Liam Keast

Corvale Energy has confirmed its Kinross coal-fired power station in the Upper Warrigal Valley will close in June 2029, giving more than 400 workers three years' notice and ending months of speculation about the plant's future.

The company told the market on Monday the 1,680-megawatt station had become increasingly uneconomic as rooftop solar and large-scale renewables pushed down wholesale prices during the day.

"This is not a decision we've taken lightly," Corvale chief executive Michael Tuohy said. "Kinross has powered New South Wales for more than forty years, and the people who run it are some of the most skilled energy workers in the country.

"We owe it to them to give them certainty, and to give them time."

Corvale will set up a $30 million fund for retraining and relocation, and said it expected to redeploy some staff to a battery and pumped hydro project it is planning at the site.

The station employs about 420 people directly and up to 200 contractors during maintenance outages.

Power and Energy Workers Union state secretary Debbie Maclure said members welcomed the notice but wanted guarantees.

"Three years' notice is better than what they gave the workers at other sites, which was basically nothing," Ms Maclure said.

She said the union would push for a legally binding commitment that no worker would be "left on the scrap heap".

At the Kinross Bowling Club on Monday afternoon, a boilermaker who has worked at the station for 22 years said the mood among his workmates was "flat".

"My old man worked there, I've worked there. You always knew it was coming but it still hits you," he said.

Energy Minister Rhys Dunleavy said the state's reliability had been modelled well beyond 2029. "The lights will stay on," Mr Dunleavy said.

The Eastern Energy Market Operator said in a statement the closure would be "adequately covered by new generation and storage" already committed in the region, provided transmission upgrades were delivered on time.

Upper Warrigal mayor Judith Fenwick said the valley had been preparing for the announcement.

"We've been planning for this day for a decade, and now it has a date," she said. "The test is whether the jobs that replace these ones are real jobs, in this valley, not in a brochure.\"""",
        [
            ("This is not a decision", "Michael Tuohy"),
            ("Kinross has powered New South", "Michael Tuohy"),
            ("We owe it to them", "Michael Tuohy"),
            ("Three years' notice is better", "Debbie Maclure"),
            ("left on the scrap heap", "Debbie Maclure"),
            ("flat", "boilermaker who has worked at the station for 22 years"),
            ("My old man worked there,", "boilermaker who has worked at the station for 22 years"),
            ("The lights will stay on,", "Rhys Dunleavy"),
            ("adequately covered by new generation", "Eastern Energy Market Operator"),
            ("We've been planning for this", "Judith Fenwick"),
            ("The test is whether the", "Judith Fenwick"),
        ],
    ),
    (
        """Kestrel Resources Profit Slides as Costs Bite; CEO Takes Aim at Labor Laws

By Tom Varley

(Bloomberg) -- Kestrel Resources, Australia's third-largest iron ore producer, reported a 22% drop in first-half profit as higher labor and energy costs eroded margins, and its chief executive officer blamed government policy for much of the increase.

Net income fell to A$2.1 billion in the six months ended Dec. 31, from A$2.7 billion a year earlier, the Perth-based company said in a statement Wednesday. That missed the A$2.3 billion average estimate of analysts surveyed by Bloomberg.

"The cost of doing business in Australia has gone up materially, and a good part of that is policy, not geology," Chief Executive Officer Andrew Colquhoun said on a call with analysts.

He singled out federal "same job, same pay" rules, which require labor-hire workers to be paid the same as directly employed staff, saying they had added about A$180 million a year to costs at its Weeli Range operations.

"We're not against people being paid well. Our people are among the best-paid workers in the country," he said. "What we object to is a system that makes it harder to run a flexible, productive operation."

Chief Financial Officer Priya Raman said unit costs for the full year were likely to come in "at the upper end" of guidance. Kestrel said it would maintain its payout ratio and declared an interim dividend of A$0.84 a share.

The company paid A$1.4 billion in royalties to state governments in the half, Kestrel said, "more than we paid in company tax."

The Mining and Energy Workers Alliance rejected the complaints. National secretary Bernadette Quill said: "Kestrel made two billion dollars in six months. If they can't afford to pay a labour-hire worker the same as the bloke working next to him, nobody can."

Investors focused instead on the company's copper expansion in South Australia, where first production from the Arkaba underground mine is due late next year.

"The result was a touch below consensus, but the copper growth story is intact," Hamish Cole, an analyst at Tasman Partners in Melbourne, wrote in a note to clients.

Kestrel shares fell 1.8% in Sydney, compared with a 0.4% decline in the benchmark S&P/ASX 200 Index.""",
        [
            ("The cost of doing business", "Andrew Colquhoun"),
            ("We're not against people being", "Andrew Colquhoun"),
            ("What we object to is", "Andrew Colquhoun"),
            ("at the upper end", "Priya Raman"),
            ("more than we paid in", "Kestrel Resources"),
            ("Kestrel made two billion dollars", "Bernadette Quill"),
            ("The result was a touch", "Hamish Cole"),
        ],
    ),
]
