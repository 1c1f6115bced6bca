CASES = [
    (
        """Animation Guild Members Ratify Three-Year Contract With Studios After Tense AI Talks

By Dana Whitcomb

Members of the Animation Artists Guild, Local 1047, have voted overwhelmingly to ratify a new three-year contract with the Coalition of Motion Picture Employers, ending months of negotiations that stalled repeatedly over the use of generative artificial intelligence in storyboarding and background design.

The guild said Tuesday that 81% of eligible members cast ballots and that 88% of those voted in favor. The deal includes wage increases of 4% in the first year and 3.5% in each of the following two years, as well as higher contributions to the guild’s health plan.

“This contract draws a line that did not exist a year ago,” guild president Marisol Ortega-Baines said in a statement. “No member of this union can be asked to clean up machine output and be paid as though they were doing something less than art.”

Under the agreement, employers must notify the guild at least 30 days before deploying any generative tool on a covered production, and artists cannot be required to use such tools as a condition of employment. The language stops short of the outright ban some members had pushed for at a raucous town hall in Burbank in March.

Ortega-Baines acknowledged the frustration. “We heard people who wanted more, and honestly, so did I,” she said. “But we also heard from people with mortgages who had been on hiatus since October, and they wanted to get back to work.”

The CMPE, which bargains on behalf of the major studios and streamers, said the deal “reflects the realities of a changing industry while protecting the artists who are central to it.”

Not every member was persuaded. Tessa Lindqvist, a background painter who has worked on features at two of the majors, called the notification requirement “a speed bump, not a wall.”

“Thirty days is nothing when a show is in crunch,” Lindqvist said in an interview. “They’ll notify us, we’ll file a grievance, and by the time it gets heard the episode has shipped.”

A storyboard supervisor at a streamer-owned studio, who asked not to be named because she was not authorized to speak to the press, said the mood in her department was “relief more than celebration.”

The ratification comes as animation employment in Los Angeles remains well below its 2022 peak. According to figures compiled by the guild, the number of members working under contract fell by nearly a quarter over the past two years, a decline its leaders attribute to cancellations, consolidation and the offshoring of work.

Jerome Pacheco, the guild’s business representative, told reporters outside its Burbank offices that the union would now turn its attention to state legislation. “The contract is one tool,” he said. “Sacramento is another, and we intend to use both.”

The new agreement takes effect Aug. 1 and runs through July 31, 2028.""",
        [
            ("This contract draws a line", "Marisol Ortega-Baines"),
            ("No member of this union", "Marisol Ortega-Baines"),
            ("We heard people who wanted", "Marisol Ortega-Baines"),
            ("But we also heard from", "Marisol Ortega-Baines"),
            ("reflects the realities of a", "Coalition of Motion Picture Employers"),
            ("a speed bump, not a", "Tessa Lindqvist"),
            ("Thirty days is nothing when", "Tessa Lindqvist"),
            ("relief more than celebration.", "storyboard supervisor at a streamer-owned studio"),
            ("The contract is one tool,", "Jerome Pacheco"),
            ("Sacramento is another, and we", "Jerome Pacheco"),
        ],
    ),
    (
        """'Harbor Lights' Sails To $61M Opening, 'Copperhead' Sinks – Weekend Box Office

By Ryan Castellano

Meridian Pictures' seafaring adventure Harbor Lights opened to an estimated $61.4 million from 4,012 domestic theaters this weekend, comfortably beating pre-release tracking that had pegged the PG-13 title in the mid-$40M range. Worldwide, the pic has taken in $138M.

"We always felt this was a movie people would want to see together, on the biggest screen they could find," Meridian's president of domestic distribution Carla Wendt said Sunday morning.

"Families came out Friday night, and then the date-night crowd showed up Saturday. That's the dream pattern."

Harbor Lights earned an A grade in exit polling, and 58% of ticket buyers were over 25, per audience research service ScreenPulse. Premium large formats accounted for 41% of the gross.

It was a rougher weekend for Stonebridge Entertainment's R-rated thriller Copperhead, which opened to $9.8M, well short of the $18M the studio had projected. The $85M production drew a B- from audiences.

A Stonebridge spokesperson said the studio remained "confident in the film's legs overseas," where it opens in 52 markets next weekend. Rival distribution executives were less charitable. "That's a B-minus on a movie that needed word of mouth to survive," said one, who was not authorized to discuss a competitor's release. "It's going to be gone from most screens in three weeks."

Overall, the top ten grossed around $118M, up 34% from the same weekend a year ago, according to tracking firm Boxtrack Analytics.

"A weekend like this one matters beyond the numbers," said Lena Marchetti, senior media analyst at Exhibitor Data Group. "Exhibitors have been bracing for a soft fall, and now they have something to point to when they talk to their lenders."

Marchetti cautioned, however, that the year-to-date domestic total remains roughly 6% behind last year, a gap she described as "recoverable but not guaranteed" with the holiday corridor still ahead.

In its third weekend, Apex Animation's The Lantern Keepers dipped 38% to $14.2M, lifting its domestic running total to $97M. Among limited releases, Northfield Films' festival drama Salt Season posted a $21,500 average from four locations in New York and Los Angeles; Northfield said the film will expand to 200 screens on Friday.""",
        [
            ("We always felt this was", "Carla Wendt"),
            ("Families came out Friday night,", "Carla Wendt"),
            ("confident in the film's legs", "spokesperson"),
            ("That's a B-minus on a", "rival distribution executive"),
            ("It's going to be gone", "rival distribution executive"),
            ("A weekend like this one", "Lena Marchetti"),
            ("Exhibitors have been bracing for", "Lena Marchetti"),
            ("recoverable but not guaranteed", "Lena Marchetti"),
        ],
    ),
    (
        """‘The Quiet Hours’ Showrunner Nadia Okonkwo-Reyes Exits Parallax+ Drama Ahead of Season 3

Executive producer Graham Tully will take over running the Emmy-nominated series, which has been cut to eight episodes for its third run.

BY MARCUS DELLAVALLE

Nadia Okonkwo-Reyes, the creator and showrunner of Parallax+’s Emmy-nominated drama The Quiet Hours, has stepped down from the series ahead of its third season, multiple sources confirmed Wednesday.

Okonkwo-Reyes, who adapted the series from her own short story, will remain an executive producer but will no longer run the writers room. Graham Tully, who has served as co-showrunner since season two, will take over day-to-day duties.

Sources close to the production describe a monthslong disagreement over the direction of the third season, which Parallax+ asked to be trimmed from 10 episodes to eight. One person familiar with the talks described the dispute as “about pace, not politics,” adding that the two sides had “simply stopped hearing each other” by early summer.

In a statement, Okonkwo-Reyes said she was “proud beyond words” of the show, its cast and its crew. “The Quiet Hours has been the most meaningful work of my life, and I am leaving it in the hands of people I trust completely,” she said. “I’ll be cheering from the sidelines — and occasionally sending very long notes.”

Parallax+ said in a statement of its own that it was “deeply grateful” to Okonkwo-Reyes for “building a world that millions of viewers have made part of their lives,” and that the third season would begin production in Atlanta in January as scheduled.

Tully, a veteran of network procedurals who joined The Quiet Hours as a staff writer in its first season, is expected to address the cast at a table read next week. His representatives confirmed the appointment but declined to comment further.

The exit is the latest in a string of showrunner departures at streamers that have tightened budgets and episode orders over the past two years. In March, Hal Brenner left Corvid Studios’ fantasy series Ashfall midway through production on its second season.

“Showrunners are being asked to deliver the same ambition on less money and fewer episodes, and then they’re blamed when the math doesn’t work,” said Priya Menon-Adler, a television writer and board member of the Writers Alliance of America who has no involvement with the series. “It’s not surprising people are walking.”

The Quiet Hours, which follows a night-shift nurse at a rural Georgia hospital, was Parallax+’s most-watched original drama last year, according to the company. Star Marguerite Osei, who earned an Emmy nomination for the role, posted a photo of herself with Okonkwo-Reyes on set to Instagram on Wednesday afternoon with the caption: “Nine years ago you handed me a script in a coffee shop. Everything since is because of you.”""",
        [
            ("about pace, not politics,", "person familiar with the talks"),
            ("simply stopped hearing each other", "person familiar with the talks"),
            ("proud beyond words", "Nadia Okonkwo-Reyes"),
            ("The Quiet Hours has been the", "Nadia Okonkwo-Reyes"),
            ("I’ll be cheering from the", "Nadia Okonkwo-Reyes"),
            ("deeply grateful", "Parallax+"),
            ("building a world that millions", "Parallax+"),
            ("Showrunners are being asked to", "Priya Menon-Adler"),
            ("It’s not surprising people are", "Priya Menon-Adler"),
            ("Nine years ago you handed", "Marguerite Osei"),
        ],
    ),
    (
        """Thames International Film Festival unveils line-up with record 31 debut features

Programme spans 214 titles from 67 countries; Ruth Abernethy's "The Ferryman's Daughter" to open

By Imogen Carver 3 September 2025

The Thames International Film Festival has unveiled a 2025 programme of 214 titles from 67 countries, including a record 31 debut features.

The festival, which runs from October 8-19 at venues across London, will open with the world premiere of Ruth Abernethy's "The Ferryman's Daughter", a period drama set on the Isle of Wight in the 1890s. Closing night goes to British-Nigerian director Tobi Adeyemi's London-set comedy "Second Helpings".

Artistic director Kamal Sethi-Whitlock said the expanded debut strand reflected "a generation of film-makers who have had to be more resourceful than any before them".

"Many of these films were made on budgets that wouldn't cover the catering on a studio picture," Sethi-Whitlock told journalists at the launch in Bankside on Wednesday. "They are scrappy and strange and, in a few cases, genuinely brilliant.

"What connects them is that nobody asked permission. That's the energy we want at the heart of the festival this year."

The official competition comprises 12 titles, among them new work from Romanian director Ilinca Dobre and Indian film-maker Arjun Bhandarkar's Mumbai-set thriller "Monsoon Ledger". Actress Celia Marwood will preside over the competition jury.

The festival has also introduced what it calls a "pay what you can" scheme for audiences under 25, covering around a fifth of all public screenings.

This year's edition follows the withdrawal of a headline sponsor earlier in the year, which left the festival's budget roughly 8% lower than in 2024. Managing director Fiona Ashcroft-Lyle said the shortfall had been "largely absorbed" through cost savings and that no strands had been cut.

"We have been honest with our partners and with our audiences," she said. "We are a slightly leaner festival, but not a smaller one."

The industry programme, Thames Exchange, returns for two days of market screenings and panels, with more than 900 buyers, sales agents and financiers accredited so far.

Jonas Feldt, managing director of Berlin-based sales outfit Nordlicht Films, which is handling two competition titles, said the line-up was "strong on discovery". "London has sometimes been seen as a showcase rather than a market," he said. "That is changing, slowly, and a programme like this helps."

Tickets go on general sale on September 16.""",
        [
            ("a generation of film-makers who", "Kamal Sethi-Whitlock"),
            ("Many of these films were", "Kamal Sethi-Whitlock"),
            ("They are scrappy and strange", "Kamal Sethi-Whitlock"),
            ("What connects them is that", "Kamal Sethi-Whitlock"),
            ("largely absorbed", "Fiona Ashcroft-Lyle"),
            ("We have been honest with", "Fiona Ashcroft-Lyle"),
            ("We are a slightly leaner", "Fiona Ashcroft-Lyle"),
            ("strong on discovery", "Jonas Feldt"),
            ("London has sometimes been seen", "Jonas Feldt"),
            ("That is changing, slowly, and", "Jonas Feldt"),
        ],
    ),
    (
        """Tidewater crew vote to strike over unpaid overtime

SSBU members on Gullwing Pictures' Albion drama back action by 92%

By Sophie Harland

Crew on Albion Television's coastal crime drama 'Tidewater' have voted to take industrial action over what their union describes as 'systematic' unpaid overtime on the production.

Members of the Stage, Screen and Broadcast Union (SSBU) working on the second series, which is being made by Bristol-based indie Gullwing Pictures, backed strike action by 92% on a turnout of 78%.

The union said the dispute centred on shooting days that regularly ran beyond 12 hours without overtime being paid, and on a so-called 'rolling turnaround' arrangement that it claims has left some crew with fewer than ten hours' rest between shifts.

SSBU national officer Declan Rourke said: 'Nobody comes into this industry expecting a nine-to-five. But there is a difference between long days and being treated as though your time has no value.

'Our members have raised these concerns with the production repeatedly since filming began in May. They have been met with shrugs and, in a couple of cases, with hints that people who complain won't be hired again.'

One camera assistant on the show, who asked not to be named, said: 'I love this job. I just want to get home before my kids are asleep at least one night a week.'

Gullwing Pictures said it 'strongly disputes' the union's account. In a statement, the company said: 'Gullwing has always paid crew in line with their contracts and with industry agreements. We have offered to meet the SSBU at any time and remain hopeful that disruption can be avoided.'

An Albion spokeswoman said the broadcaster was 'aware of the situation' and 'in regular contact with the producer', but declined to comment further.

The ballot is the latest sign of tension over working conditions in UK scripted production, which has contracted sharply since 2023. A survey published by the union in June found that 61% of freelance respondents had worked unpaid hours in the previous 12 months.

Hannah Pryce-Morgan, chief executive of producers' body the Independent Producers' Alliance, said budgets were 'under more pressure than at any point in the last 15 years'.

But she added: 'That is not an excuse, and no reputable producer would say it is. If there are problems on a set, they need fixing, full stop.'

The union said walkouts could begin as early as 22 September, when the production is due to move to location filming in Cornwall. The second series of 'Tidewater' is expected to air on Albion One next year.""",
        [
            ("systematic", "Stage, Screen and Broadcast Union"),
            ("Nobody comes into this industry", "Declan Rourke"),
            ("Our members have raised these", "Declan Rourke"),
            ("I love this job.", "camera assistant"),
            ("strongly disputes", "Gullwing Pictures"),
            ("Gullwing has always paid crew", "Gullwing Pictures"),
            ("aware of the situation", "spokeswoman"),
            ("in regular contact with the", "spokeswoman"),
            ("under more pressure than at", "Hannah Pryce-Morgan"),
            ("That is not an excuse,", "Hannah Pryce-Morgan"),
        ],
    ),
    (
        """Multiplexes, producers clash over OTT window as festive releases loom

MUMBAI: A simmering dispute between cinema chains and Hindi film producers over how soon films can begin streaming after their theatrical release came to a head this week, with one of the country's largest multiplex operators threatening to cut screens for titles that breach an eight-week window.

Silverscreen Multiplexes Ltd, which runs 640 screens across 92 cities, wrote to members of the Film Producers' Council of India (FPCI) on Monday, saying it would "reconsider programming commitments" for any film that premieres on a streaming platform within eight weeks of release. The letter, a copy of which has been seen by this newspaper, describes shrinking windows as "an existential threat to multiplex and single-screen exhibition alike".

"We are not against OTT. We are against being used as a trailer for OTT," Silverscreen's chief executive Rohan Mehra-Kapadia said on Tuesday. "When audiences know a film will be on their phone in four weeks, why would a family of five spend ₹2,000 on a Sunday show?"

The FPCI, which represents more than 300 production houses, said in a statement that it "respects the concerns of exhibitors" but that release windows must be decided "film by film, not by diktat".

Veteran producer Sunil Bhatnagar, whose big-budget action drama "Lohagarh" is slated for a Diwali release, said the economics of the business had changed since the pandemic. "For a mid-budget film, the digital deal is often what gets the film made in the first place. If a platform pays more for an earlier window, you cannot expect a producer to say no," Bhatnagar said.

Hindi films' domestic box-office collections fell 9% in the first half of the year compared with the same period last year, according to data from industry tracker BoxIndia Insights, even as a handful of south Indian releases performed strongly in their dubbed versions.

Trade analyst Meher Qureshi said the standoff suited neither side. "Both sides need each other. Nobody wins if a big Diwali release plays on half the screens it should," she said. Qureshi said there was "a real possibility" of a compromise along the lines of the staggered windows already followed by some producers in the Tamil and Telugu industries.

A senior executive at a leading streaming platform, who spoke on condition of anonymity, said platforms were "watching closely" but had no immediate plans to change how they acquire films. "Subscribers want new films fast. That's the product," the executive said.

The Multiplex Operators' Federation is expected to discuss the issue at a meeting in Mumbai on Friday. Silverscreen officials did not respond to queries on whether other chains had agreed to adopt the eight-week rule.""",
        [
            ("reconsider programming commitments", "Silverscreen Multiplexes Ltd"),
            ("an existential threat to multiplex", "Silverscreen Multiplexes Ltd"),
            ("We are not against OTT.", "Rohan Mehra-Kapadia"),
            ("When audiences know a film", "Rohan Mehra-Kapadia"),
            ("respects the concerns of exhibitors", "Film Producers' Council of India"),
            ("film by film, not by", "Film Producers' Council of India"),
            ("For a mid-budget film, the", "Sunil Bhatnagar"),
            ("Both sides need each other.", "Meher Qureshi"),
            ("a real possibility", "Meher Qureshi"),
            ("watching closely", "senior executive at a leading streaming platform"),
            ("Subscribers want new films fast.", "senior executive at a leading streaming platform"),
        ],
    ),
    (
        """Bombay Screen Festival returns after a year off, with a leaner line-up and a new director

The festival has cut its programme by nearly half. Its new artistic director says that was the point.

Mumbai, November 12

After cancelling its 2024 edition amid a funding crunch, the Bombay Screen Festival will return next month with 118 films – roughly half the number it showed two years ago – and a new artistic director at the helm.

Ananya Deshpande, who spent eight years as a programmer at the festival before succeeding founding director Farokh Contractor in July, said the smaller line-up was a choice rather than a compromise.

“We used to programme as if more was always better,” she said at a press conference in Colaba on Tuesday. “Audiences were exhausted. Filmmakers were complaining that their films got lost. This year, every film has been chosen because someone on our team was ready to fight for it.”

The festival, which runs from December 5 to 12 at six venues across south and western Mumbai, will open with Marathi director Sameer Gokhale’s “Paus Padla”, a drama about a family of fishermen in Ratnagiri. Sidebars include a retrospective of the late cinematographer Vasant Ghorpade and a restored print of the 1974 Hindi film “Chandni Mill”.

The 2025 edition is backed by a consortium of three private foundations and a streaming service, after the festival’s former title sponsor, a telecom company, pulled out in early 2024. Board chair Rukhsana Vakil described the new model as “less glamorous but far more stable”.

“For years we depended on one cheque from one company, and when that cheque didn’t come, we had nothing,” Vakil said. “We were not going to make that mistake twice.”

Some filmmakers have questioned the streaming partner’s involvement. Documentary filmmaker Irfan Sayed, whose film on Mumbai’s mill workers played at the festival in 2022, wrote on social media last week that a festival funded by a platform “will inevitably start to look like a platform’s shop window”.

Deshpande rejected the suggestion. The platform, she said, had “no role whatsoever” in selection and holds no first-look rights on any title in the programme.

“I understand the suspicion. I would be suspicious too,” she said. “All I can say is, watch the programme and judge for yourself.”

A member of the selection committee, who asked not to be identified, said debates over the final list had been “long and occasionally loud” but that every title had been approved unanimously.

Delegate passes, priced at ₹1,500, go on sale on November 18. Student passes will cost ₹500.""",
        [
            ("We used to programme as", "Ananya Deshpande"),
            ("Audiences were exhausted. Filmmakers were", "Ananya Deshpande"),
            ("less glamorous but far more", "Rukhsana Vakil"),
            ("For years we depended on", "Rukhsana Vakil"),
            ("We were not going to", "Rukhsana Vakil"),
            ("will inevitably start to look", "Irfan Sayed"),
            ("no role whatsoever", "Ananya Deshpande"),
            ("I understand the suspicion. I", "Ananya Deshpande"),
            ("All I can say is,", "Ananya Deshpande"),
            ("long and occasionally loud", "member of the selection committee"),
        ],
    ),
    (
        """Streaming giants should pay levy to support British independent film, MPs say

Cross-party committee says platforms that profit from UK talent should help fund lower-budget films

Tom Ellery Media correspondent
Thu 16 Oct 2025 00.01 BST

Streaming platforms operating in the UK should pay a levy of up to 5% of their British subscription revenue to support independent film-making, a cross-party group of MPs has said, warning that the sector faces a “slow-motion collapse” without intervention.

In a report published on Thursday, the Commons screen industries committee said the number of British independent films made with budgets of between £2m and £10m had fallen by almost half since 2019, as rising production costs coincided with a slump in the international pre-sales on which such films have traditionally relied.

The report, titled “Keeping the Lights On”, found that producers were “trapped between rising costs and collapsing pre-sales”, and that many were now relying on personal loans and deferred fees to finish their films.

The committee’s chair, Joanna Freel, said: “British audiences love British stories, but the model that paid for them is broken. The streamers have benefited enormously from our talent, our crews and our studios. It is entirely reasonable to ask them to reinvest a small share of what they earn here.”

Under the committee’s proposal, money raised by the levy would be distributed through an independent fund, with a portion ringfenced for first- and second-time directors and for films shot outside London and the south-east.

The Digital Video Services Association, which represents the major subscription platforms, rejected the idea. A spokesperson said a levy would be “a tax on British viewers by another name” and argued that its members already spent more than £4bn a year on UK production.

“Platforms have been the single biggest driver of growth in UK production over the past decade,” the spokesperson said. “A levy risks sending that investment elsewhere.”

Independent producers welcomed the proposals. Maeve Dunleavy, whose company Lantern Row Films made the award-winning drama “Low Tide at Leigh”, said the current system left film-makers “begging for scraps”.

“We’re not asking for a handout,” she said. “We’re asking for the people who profit most from British film culture to help keep it alive.” Without change, she added, “the next generation of British directors will make their first features in Dublin or Toronto, if they make them at all”.

Owners of independent cinemas also backed the report. Rajiv Sandhu, who runs the three-screen Picturedrome in Leicester, said: “Independent cinemas live and die on independent films. When those films stop being made, we stop being viable. It’s as simple as that.”

The government has previously said it has no plans to introduce a levy, pointing instead to the enhanced tax credit for lower-budget films introduced last year. A spokesperson for the culture department said on Thursday that ministers would “consider the committee’s recommendations carefully and respond in due course”.""",
        [
            ("slow-motion collapse", "Commons screen industries committee"),
            ("trapped between rising costs and", "Commons screen industries committee"),
            ("British audiences love British stories,", "Joanna Freel"),
            ("a tax on British viewers", "spokesperson"),
            ("Platforms have been the single", "spokesperson"),
            ("begging for scraps", "Maeve Dunleavy"),
            ("We’re not asking for a", "Maeve Dunleavy"),
            ("We’re asking for the people", "Maeve Dunleavy"),
            ("the next generation of British", "Maeve Dunleavy"),
            ("Independent cinemas live and die", "Rajiv Sandhu"),
            ("consider the committee’s recommendations carefully", "spokesperson"),
        ],
    ),
]
