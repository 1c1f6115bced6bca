CASES = [
    (
        """Launch of Nordic polar weather satellite delayed after sensor fault

By Ingrid Solheim

TROMSO, Norway, Sept 12 - The launch of a Nordic polar weather satellite has been pushed back by at least four months after engineers found a fault in one of its microwave sensors during final testing, the mission's operator said on Tuesday.

The Arctic Meteorological Satellite Consortium (AMSC), which is funded by Norway, Finland, Iceland and Denmark, said the satellite, known as Boreas-2, would no longer fly in October as planned.

"We found an anomaly in the calibration of one of the humidity channels during thermal vacuum testing, and we are not going to launch a satellite we cannot fully trust," Henrik Vaalund, the consortium's programme director, told reporters on a conference call.

The fault had been traced to a component supplied by a subcontractor, he said, declining to name the company.

Boreas-2 is meant to replace an ageing spacecraft whose data feed the weather models used by forecasters across Scandinavia and the North Atlantic. Its predecessor, launched in 2014, was designed to last seven years.

"Boreas-1 is running on borrowed time," said Marit Eklund, head of numerical forecasting at the Finnish Institute for Atmospheric Services. "If it fails before its replacement is in orbit, we lose a significant share of the humidity soundings we rely on over the polar region."

Eklund said forecasters could partly compensate with data from other agencies' satellites, but that gaps over the Barents Sea would be hard to fill.

The launch provider, Kestrel Launch Services, said in a statement it would "work closely with AMSC to identify a new launch window" and that the delay would not affect its other customers.

A person familiar with the testing, who asked not to be identified because the findings had not been made public, said the problem had first appeared in July but had initially been blamed on the test equipment rather than the instrument.

"It took weeks to rule out the chamber itself," the person said.

The consortium put the cost of the delay at about 14 million euros ($15 million), to be shared among member states. Norway's trade ministry, which oversees the country's space contribution, said it was "disappointed but not surprised" given the complexity of the mission.

Vaalund said the team hoped to complete repairs by December and ship the satellite to the launch site early next year.

"Nothing about this is unusual for a first-of-its-kind instrument," he said. "Frustrating, yes. But unusual, no."

(Reporting by Ingrid Solheim; Editing by Peter Graff-Lund)""",
        [
            ("We found an anomaly in", "Henrik Vaalund"),
            ("Boreas-1 is running on borrowed", "Marit Eklund"),
            ("If it fails before its", "Marit Eklund"),
            ("work closely with AMSC to", "Kestrel Launch Services"),
            ("It took weeks to rule", "person familiar with the testing"),
            ("disappointed but not surprised", "Norway's trade ministry"),
            ("Nothing about this is unusual", "Henrik Vaalund"),
            ("Frustrating, yes. But unusual,", "Henrik Vaalund"),
        ],
    ),
    (
        """‘We are running out of time’: Highland peat losing carbon far faster than thought, study finds

Rhona Gilchrist Environment correspondent

Degraded peatlands in the Scottish Highlands are releasing carbon dioxide at nearly twice the rate assumed in national emissions accounts, according to research that scientists say should prompt an urgent rethink of restoration targets.

The study, led by researchers at the University of Strathmoray, used sensor towers at 11 sites in Sutherland and Caithness to measure gas exchange between the bog surface and the atmosphere over four years.

It found drained and eroded bogs were losing an average of 9.4 tonnes of CO2 a hectare each year, against the roughly five tonnes used in the UK’s greenhouse gas inventory.

“We are running out of time to get this right,” said Dr Fiona MacAulay, the study’s lead author. “These landscapes have held carbon for thousands of years, and in a few decades of drainage we have turned them from a sink into a chimney.”

MacAulay said the gap between measured and reported emissions arose partly because the inventory relied on older data from lowland sites in England, which behave differently from upland blanket bog.

The findings, published in the journal Peat and Wetland Science, come as ministers consider whether to extend the Peatland Recovery Fund beyond 2026. The Scottish government has committed to restoring 250,000 hectares of peatland by 2030, but fewer than 60,000 hectares have been restored so far.

Prof Alasdair Burnett, an ecologist at the Highland Carbon Institute who was not involved in the research, described the results as “sobering but credible”.

“The measurement network is robust and the seasonal pattern makes physical sense,” he said. “What worries me is that the worst-affected sites are exactly the ones that are hardest and most expensive to reach with restoration crews.”

A Scottish government spokesperson said: “We recognise the vital role peatland plays in meeting our climate targets and have invested record sums in restoration. We will consider this research carefully as we review the fund.”

Environmental groups said the figures showed current spending was inadequate. Kirsty Dunlop, a policy officer at the charity Bog Watch Scotland, said ministers were “restoring peat at a walking pace while it erodes at a gallop”.

Landowners have also voiced frustration with the grant process. One estate manager in Sutherland, who asked not to be named, said applications could take more than a year to be approved. “By the time the money arrives, another winter of storms has cut the gullies deeper,” he said.

MacAulay said her team planned to extend monitoring to sites in Shetland and the Western Isles next year.

“The good news is that when you block the drains and rewet the bog, emissions fall quickly,” she said. “We know how to fix this. The question is whether we are willing to pay for it at the scale required.”""",
        [
            ("We are running out of time", "Fiona MacAulay"),
            ("We are running out of time", "Fiona MacAulay"),
            ("These landscapes have held carbon", "Fiona MacAulay"),
            ("sobering but credible", "Alasdair Burnett"),
            ("The measurement network is robust", "Alasdair Burnett"),
            ("What worries me is that", "Alasdair Burnett"),
            ("We recognise the vital role", "spokesperson"),
            ("restoring peat at a walking", "Kirsty Dunlop"),
            ("By the time the money", "estate manager in Sutherland"),
            ("The good news is that", "Fiona MacAulay"),
            ("We know how to fix", "Fiona MacAulay"),
        ],
    ),
    (
        """Scientists return from Antarctic voyage with record-thin sea ice readings

By science reporter Tom Harrigan

Scientists aboard Australia's Antarctic research icebreaker have returned to Hobart after a 10-week voyage that recorded some of the thinnest winter sea ice ever measured off the East Antarctic coast.

The Antarctic Marine Research Program's vessel Southern Endeavour docked on Friday morning carrying more than 2,000 ice cores and water samples collected in the Davis Sea region.

Chief scientist Megan O'Rourke said the team struggled to find floes thick enough to safely set up equipment on.

"On previous voyages we'd routinely be working on ice a metre and a half thick," Dr O'Rourke said.

"This time we were lucky to find anything over 60 centimetres. Some days the helicopter crew flew for hours and came back without a single site we could use."

Sea ice around Antarctica has been below the long-term average for most of the past three years, and last winter's maximum extent was the second-lowest in the satellite record.

Dr O'Rourke said the voyage data would help explain why.

"We think warmer water is getting up onto the continental shelf and melting the ice from below, but until you actually drill through it and measure the water underneath, that's a hypothesis," she said.

Oceanographer Rajesh Pillai, from the Institute for Southern Ocean Studies, said early results from the ship's instruments supported that idea.

"What we saw in the temperature profiles was a layer of relatively warm water, about half a degree above freezing, sitting much closer to the surface than it should be.

"If that's a persistent feature rather than a one-off, it changes how we think about the whole system."

Not all the work on board was focused on the ice itself.

Biologist Hannah Vu said krill numbers beneath the ice appeared lower than on earlier voyages, though she cautioned it was too early to draw conclusions.

"Krill larvae depend on the algae growing on the underside of the sea ice to get through winter," she said. "Less ice, potentially less food. But we need to count the samples properly before we say anything firm."

The findings will be shared with the international Southern Ocean observing network, which is trying to build a clearer picture of how quickly conditions around the continent are changing.

A spokeswoman for the federal Environment Minister said the Government was "committed to world-leading Antarctic science" and pointed to funding set aside in the budget for new under-ice robotic vehicles.

The Southern Endeavour is due to leave Hobart again in November on a resupply run to Kestrel Station.""",
        [
            ("On previous voyages we'd routinely", "Megan O'Rourke"),
            ("This time we were lucky", "Megan O'Rourke"),
            ("We think warmer water is", "Megan O'Rourke"),
            ("What we saw in the", "Rajesh Pillai"),
            ("If that's a persistent feature", "Rajesh Pillai"),
            ("Krill larvae depend on the", "Hannah Vu"),
            ("Less ice, potentially less food.", "Hannah Vu"),
            ("committed to world-leading Antarctic science", "spokeswoman"),
        ],
    ),
    (
        """Monsoon onset over Kerala may be delayed by a week, says institute

Staff Reporter

PUNE

The southwest monsoon is likely to set in over Kerala four to six days after its normal onset date of June 1, according to an experimental extended-range forecast released by the Indian Institute of Monsoon Sciences (IIMS) here on Monday.

The forecast is based on a coupled ocean-atmosphere model that tracks the strength of cross-equatorial winds and sea surface temperatures over the Arabian Sea and the southern Indian Ocean.

"The cross-equatorial flow has not picked up the way we would normally expect by the third week of May," said S. Ramakrishnan, senior scientist at the IIMS, addressing a press conference. "Unless that changes in the next ten days, an onset before June 5 appears unlikely."

Dr. Ramakrishnan said the forecast had an error margin of plus or minus four days. He cautioned against reading too much into the onset date alone. "Onset and total seasonal rainfall are two different things. A late start does not mean a poor monsoon, and farmers should not take decisions on that basis alone," he said.

A senior official of the Indian Weather Bureau, which issues the country's official monsoon forecasts, said the Bureau's own models were "broadly in agreement" with the institute's assessment. "We will announce our official onset forecast next week after reviewing the latest data. We do not comment on forecasts issued by other institutions," the official told this newspaper.

The forecast comes as large parts of north-west and central India reel under heatwave conditions, with maximum temperatures crossing 45 degrees Celsius in several districts of Vidarbha and Marathwada.

Farmers' groups in the region have urged caution over early sowing. Ganesh Wankhede, president of the Vidarbha Cotton Growers' Association, recalled the losses of the previous season. "Last year many farmers sowed after the first pre-monsoon showers and lost their entire seed when the rain stopped for three weeks. Nobody compensated them," he said.

The State Agriculture Department, in an advisory issued on Monday, asked farmers to "wait until the soil has received at least 75 to 100 mm of rainfall" before sowing kharif crops.

Climate scientist Anita Deshpande of the Centre for Climate Resilience, Bengaluru, said the year-to-year variability in the onset had increased over the past two decades.

"We are seeing more erratic onsets and longer breaks within the season. That is precisely the kind of change that hurts rain-fed agriculture the most, because sowing decisions depend so heavily on the first few weeks," she said.

She added that better extended-range forecasts were "only useful if they reach the farmer in time and in a language he understands".""",
        [
            ("The cross-equatorial flow has not", "S. Ramakrishnan"),
            ("Unless that changes in the", "S. Ramakrishnan"),
            ("Onset and total seasonal rainfall", "S. Ramakrishnan"),
            ("broadly in agreement", "senior official of the Indian Weather Bureau"),
            ("We will announce our official", "senior official of the Indian Weather Bureau"),
            ("Last year many farmers sowed", "Ganesh Wankhede"),
            ("wait until the soil has", "State Agriculture Department"),
            ("We are seeing more erratic", "Anita Deshpande"),
            ("only useful if they reach", "Anita Deshpande"),
        ],
    ),
    (
        """Fireball over West Texas scatters rare meteorites across ranchland, scientists say

CALDER SPRINGS, Texas — Meteorite hunters and scientists are combing ranchland in West Texas after a fireball lit up the night sky over three states on Saturday, scattering what researchers believe are hundreds of fragments of a rare type of space rock.

The fireball, which witnesses described as brighter than a full moon, was captured by doorbell cameras, dashboard cameras and a network of sky-watching cameras shortly after 10 p.m. local time.

"It turned night into day for about three seconds," said Dolores Ybarra, who was driving home on a county road when the object streaked overhead. "I pulled over because I honestly thought a plane was coming down."

Scientists with the Southwest Meteor Network, a university-led camera project, used the recordings to calculate the object's path and estimated it was about the size of a washing machine before it broke apart roughly 20 miles up.

"From the trajectory, we can narrow the strewn field to a strip about 6 miles long," said Caleb Horvath, a planetary scientist at West Plains University who helps run the network. "That is small enough for people to actually walk."

At least 40 fragments had been recovered by Monday, Horvath said, the largest weighing just over 2 pounds. Preliminary analysis suggests the rock is a carbonaceous chondrite, a primitive type of meteorite that can contain water-bearing minerals and organic compounds.

"These are the ones we get excited about," he said. "They are basically leftover building material from the early solar system, and they don't survive long on Earth before rain and soil start to change them."

That has set up a race between scientists and commercial hunters, some of whom have traveled from as far away as Arizona. Carbonaceous meteorites can sell for hundreds of dollars a gram.

The Ransom County Sheriff's Office warned in a social media post that searchers "must have written permission from landowners" and said trespassers would be cited.

Rancher Bill Stroud said he had already turned away a dozen people from his property. "I don't mind folks looking, but you ask first," he said. "I've got cattle out there and gates that need to stay shut."

Horvath urged anyone who finds a fragment to avoid touching it with bare hands and to wrap it in aluminum foil. He said the university would cover the cost of analysis for specimens loaned for research.

A meteorite dealer who asked not to be named because of ongoing negotiations with landowners said he expected prices to climb once the classification is confirmed.

"Fresh falls like this don't come along very often in the U.S.," he said.""",
        [
            ("It turned night into day", "Dolores Ybarra"),
            ("I pulled over because I", "Dolores Ybarra"),
            ("From the trajectory, we can", "Caleb Horvath"),
            ("That is small enough for", "Caleb Horvath"),
            ("These are the ones we", "Caleb Horvath"),
            ("They are basically leftover building", "Caleb Horvath"),
            ("must have written permission from", "Ransom County Sheriff's Office"),
            ("I don't mind folks looking,", "Bill Stroud"),
            ("I've got cattle out there", "Bill Stroud"),
            ("Fresh falls like this don't", "meteorite dealer"),
        ],
    ),
    (
        """Satellite exposes massive methane leaks at Central Asian gas fields

PARIS, June 5 — A satellite launched earlier this year has detected dozens of huge methane releases from oil and gas sites across Central Asia and the Caspian region, researchers said Thursday, urging producers and the countries that buy their gas to act quickly on a potent driver of global warming.

The Methane Observatory Initiative (MOI), a non-profit consortium of universities and environmental groups, said its Sentry-M satellite had recorded 61 "super-emitter" events between March and May, each releasing more than 10 tonnes of methane per hour.

"What we are seeing are not small, diffuse leaks," Claire Beaulieu, the initiative's lead scientist, told journalists in Paris. "These are single events releasing as much methane in an hour as a mid-sized city's gas network leaks in a month."

Methane is responsible for around a third of the warming since the pre-industrial era and traps roughly 80 times more heat than carbon dioxide over a 20-year period, although it breaks down in the atmosphere much faster.

Most of the plumes were linked to deliberate venting during maintenance and to flares that had gone out, according to the group's report, titled "Invisible Fires".

"Much of this is avoidable with technology that already exists and, at current gas prices, pays for itself," the report said.

Beaulieu said the satellite's resolution, around 30 metres, allowed the team to pin plumes to individual compressor stations and wellheads for the first time in the region.

"Five years ago we could only say there was a problem somewhere in this basin. Now we can give you the coordinates," she said.

Jonas Lindqvist, an energy economist at the Oslo-based Centre for Energy Transitions who reviewed the findings, said they were "a wake-up call for importers as much as producers".

"European buyers have signed up to methane standards for imported gas. This is the kind of data that will test whether those standards mean anything," he said.

A spokesman for Caspian Gas Holding, which operates several of the sites identified, said the company "takes emissions seriously" and was reviewing the data. In a statement issued later on Thursday, the company said two of the flagged facilities "were undergoing scheduled maintenance" at the time and that venting had been carried out "in line with national safety rules".

Campaigners were unconvinced. "Scheduled maintenance is not an excuse, it is a choice," said Lena Hartmann of the advocacy group Methane Watch Europe.

More than 150 countries have signed a pledge to cut methane emissions by 30 percent from 2020 levels by the end of the decade, but independent measurements suggest global emissions are still rising.

A European diplomat involved in talks on the pledge, speaking on condition of anonymity, said: "Data like this makes it much harder for anyone to hide behind their own inventories."

str/jh""",
        [
            ("What we are seeing are", "Claire Beaulieu"),
            ("These are single events releasing", "Claire Beaulieu"),
            ("Much of this is avoidable", "Methane Observatory Initiative"),
            ("Five years ago we could", "Claire Beaulieu"),
            ("a wake-up call for importers", "Jonas Lindqvist"),
            ("European buyers have signed up", "Jonas Lindqvist"),
            ("takes emissions seriously", "spokesman"),
            ("were undergoing scheduled maintenance", "Caspian Gas Holding"),
            ("in line with national safety", "Caspian Gas Holding"),
            ("Scheduled maintenance is not an", "Lena Hartmann"),
            ("Data like this makes it", "European diplomat involved in talks on the pledge"),
        ],
    ),
    (
        """Japanese startup loses contact with lunar rover two days after landing

TOKYO — A lunar rover built by a Tokyo-based space startup has stopped communicating with Earth two days after touching down on the moon, the company said Wednesday, in a setback for Japan's efforts to build a commercial lunar industry.

Hoshimori Space Inc. said contact with its Usagi-1 rover, nicknamed "Mochi" by the engineering team, was lost at around 3:40 a.m. Tuesday, Japan time, after the vehicle had driven roughly 12 meters from its lander.

"We are doing everything we can to re-establish communication," President and CEO Kenta Arakawa said at a press conference in Tokyo, bowing deeply. "I am truly sorry to all the people and companies who supported us."

Arakawa said engineers suspect that fine lunar dust kicked up during a turn may have coated part of the rover's solar panel, leaving it without enough power to maintain its radio link.

He said a recovery "cannot be ruled out," but added that the start of the two-week lunar night on Sunday would make it "extremely difficult to achieve."

The 8-kilogram rover had transmitted 140 images and readings from a soil sensor developed with the Sendai Institute of Science before it fell silent.

In a statement posted on its website, the company said it would "analyze all telemetry in detail" and publish its findings within three months.

Science and technology minister Reiko Tanabe told reporters Wednesday afternoon that the government would continue to back private-sector space ventures.

"Even if the rover cannot be recovered, the data returned so far will be valuable for the next attempt," Tanabe said. "Our support for private companies in space will not change."

Hideo Matsuzaki, a professor of space robotics at Kansai Institute of Technology, said the landing itself was a significant achievement.

"Landing is the hardest part, and they succeeded," he said. "Losing a rover on the second day is painful, but it is not unusual for a first mission."

Hoshimori, founded in 2016, has raised about 9 billion yen from trading houses, banks and venture funds and plans a second mission in 2027 that would carry payloads for overseas customers.

A source close to the company said major investors had been briefed on Tuesday evening and had not signaled any change in their commitment.

"Nobody in the room was talking about giving up," the source said.""",
        [
            ("We are doing everything we", "Kenta Arakawa"),
            ("I am truly sorry to", "Kenta Arakawa"),
            ("cannot be ruled out", "Kenta Arakawa"),
            ("extremely difficult to achieve.", "Kenta Arakawa"),
            ("analyze all telemetry in detail", "Hoshimori Space Inc."),
            ("Even if the rover cannot", "Reiko Tanabe"),
            ("Our support for private companies", "Reiko Tanabe"),
            ("Landing is the hardest part,", "Hideo Matsuzaki"),
            ("Losing a rover on the", "Hideo Matsuzaki"),
            ("Nobody in the room was", "source close to the company"),
        ],
    ),
    (
        """Ocean carbon removal trial halted after Portuguese fishermen protest

Inês Carvalho in Lisbon

A Portuguese start-up testing whether the ocean can be made to soak up more carbon dioxide has paused a trial off the Alentejo coast after protests by local fishermen, in a setback for a nascent industry hoping to sell carbon removal credits to big corporate buyers.

Maré Carbon, which has raised €38mn from venture investors, began releasing a dilute solution of magnesium hydroxide into coastal waters near the fishing town of Vila Nova da Serra last month. The technique, known as ocean alkalinity enhancement, is intended to increase the sea’s capacity to absorb CO₂ from the air.

‘We have always said we would stop if the community asked us to, and that is what we are doing,’ said Tomás Albuquerque, Maré’s co-founder and chief executive. ‘Our monitoring shows no harm to marine life, but trust matters more than our timetable.’

The Alentejo Coastal Fishing Association wrote to the environment ministry this month saying its members had ‘never been properly consulted’ and feared the releases would drive sardine shoals away from inshore grounds.

José Marques Pinto, the association’s president, said: ‘They come with their scientists and their graphs, but it is our boats out there every day. If the sardines move, we are the ones who pay.’

The National Maritime Licensing Agency, which granted the permit last year, said the company’s licence remained valid. ‘All conditions attached to the licence have been complied with to date,’ the agency said.

Ocean-based methods have attracted growing interest from buyers such as technology groups and airlines seeking to offset emissions they cannot yet eliminate, because the sea can in theory store carbon for thousands of years at a lower cost than machines that pull CO₂ directly from the air.

But scientists caution that the field remains immature. Annika Veldhuis, a marine chemist at the North Sea Institute for Ocean Research in the Netherlands, said the approach was ‘one of the more promising’ options but that measuring how much carbon was actually removed was ‘fiendishly hard to pin down’.

‘The chemistry works in the lab,’ she said. ‘The open question is verification. You are trying to detect a small change in a very large, very noisy system, and buyers are paying for tonnes they can’t see.’

One person familiar with Maré’s finances said the pause would not threaten the company in the near term. ‘They have enough cash for two years even if nothing happens at sea,’ the person said.

Albuquerque said the company would hold public meetings in the town next month and invite the association to help design any future monitoring.

‘We made mistakes in how we explained this. People heard the word chemicals and we did not answer that fear well enough.

‘We will come back with independent scientists and with the fishermen at the table, or we will not come back at all.’

Additional reporting by Daniel Ferreira in Porto""",
        [
            ("We have always said we", "Tomás Albuquerque"),
            ("Our monitoring shows no harm", "Tomás Albuquerque"),
            ("never been properly consulted", "Alentejo Coastal Fishing Association"),
            ("They come with their scientists", "José Marques Pinto"),
            ("All conditions attached to the", "National Maritime Licensing Agency"),
            ("one of the more promising", "Annika Veldhuis"),
            ("fiendishly hard to pin down", "Annika Veldhuis"),
            ("The chemistry works in the", "Annika Veldhuis"),
            ("The open question is verification.", "Annika Veldhuis"),
            ("They have enough cash for", "person familiar with Maré’s finances"),
            ("We made mistakes in how", "Tomás Albuquerque"),
            ("We will come back with", "Tomás Albuquerque"),
        ],
    ),
]
