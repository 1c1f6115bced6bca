CASES = [
    (
        """Blood test could detect pancreatic cancer up to three years before diagnosis, study finds

Hannah Ellery Health correspondent

A simple blood test could pick up pancreatic cancer years before symptoms appear, according to researchers who say the approach could eventually transform survival rates for one of the deadliest forms of the disease.

The test, developed by scientists at the University of Castlebridge and the Northern Institute for Molecular Medicine, looks for a pattern of 11 proteins shed into the bloodstream by tumours at a very early stage. When it was run on more than 4,000 stored samples from a national biobank, it correctly flagged 78% of people who went on to be diagnosed with pancreatic cancer within three years.

“Pancreatic cancer is almost always found far too late,” said Prof Miriam Oduya, who led the research. “By the time most people have symptoms, the tumour has spread and surgery is no longer an option. If we can move diagnosis even a year earlier, we change the picture completely.”

Fewer than one in 10 people diagnosed with the disease in the UK survive for five years, a figure that has barely shifted in half a century.

Oduya said the team was “cautiously optimistic” but stressed that the test had so far been evaluated only on samples collected in the past. A prospective trial involving 12,000 people over 50 with newly diagnosed type 2 diabetes, a group known to be at raised risk, is due to start in the autumn.

Independent experts welcomed the work, published in the journal Clinical Cancer Discovery, but urged caution. Dr Tom Varley, a consultant gastroenterologist at St Aldhelm’s hospital in Bristol, who was not involved in the study, said: “This is a genuinely promising result, but we have been here before with biomarkers that looked wonderful in stored samples and fell apart in the clinic.”

He added that false positives remained a concern. “If you test large numbers of healthy people, even a small false-positive rate means a lot of anxious patients being sent for scans they don’t need.”

The test wrongly flagged about 4% of people who did not go on to develop cancer, the study found.

The Pancreas Trust, which part-funded the research, said the findings were “a real source of hope” for patients and families. Its most recent report, “Diagnosed Too Late”, found that more than half of patients were diagnosed only after arriving at A&E.

Laura Penhaligon, whose husband, Mark, died of the disease in 2021 aged 54, said she had followed the research closely. “Mark went to his GP four times with back pain and indigestion,” she said. “Nobody thought of his pancreas until it was far too late. Anything that gets people diagnosed earlier is worth fighting for.”

A Department of Health and Social Care spokesperson said: “We are committed to catching more cancers earlier and will look carefully at the evidence as it develops.”""",
        [
            ("Pancreatic cancer is almost always", "Miriam Oduya"),
            ("By the time most people", "Miriam Oduya"),
            ("cautiously optimistic", "Miriam Oduya"),
            ("This is a genuinely promising", "Tom Varley"),
            ("If you test large numbers", "Tom Varley"),
            ("a real source of hope", "Pancreas Trust"),
            ("Mark went to his GP", "Laura Penhaligon"),
            ("Nobody thought of his pancreas", "Laura Penhaligon"),
            ("We are committed to catching", "spokesperson"),
        ],
    ),
    (
        """Tick-borne parasite spreading fast in northern New England, study finds

By DANIEL REYES Associated Press

BURLINGTON, Vt. (AP) — Cases of a tick-borne infection that was once rare in northern New England have more than quadrupled in a decade, researchers reported Wednesday, a rise they tie partly to milder winters that let ticks survive farther north.

The study, published in the journal Emerging Pathogens, counted 1,312 confirmed cases of babesiosis in Vermont, New Hampshire and Maine in 2023, up from 287 in 2013. The largest increases were in rural counties along the Canadian border.

"We are seeing this parasite show up in towns where doctors had never heard of it ten years ago," said Dr. Alicia Montrose, an infectious disease specialist at Green Mountain University Medical Center and the study's lead author.

Babesiosis is caused by a microscopic parasite that infects red blood cells and is spread by the same blacklegged ticks that carry Lyme disease. Many people who are infected have no symptoms, but the illness can cause fever, fatigue and a dangerous form of anemia.

Montrose said the disease is often mistaken for a summer virus. "Older patients, or people without a spleen, can get very sick very quickly," she said. "We had a 71-year-old man in intensive care last summer who had been told he had the flu."

Ruth Pelletier, a 64-year-old retired schoolteacher from Hardwick Center, spent five days in the hospital in 2022. "I thought I was just tired from gardening," Pelletier said in an interview. "By the time I got to the emergency room, my blood counts were so low they gave me two transfusions."

Not everyone is convinced that warmer weather is the main driver. Dr. Kenneth Obi, an entomologist at Penobscot State University who was not involved in the research, said better testing and greater awareness among doctors probably account for some of the jump.

"Climate is clearly part of the story, but so is the fact that we're finally looking," Obi said.

Montrose acknowledged that point, but said changes in testing practices "cannot fully explain" the size and speed of the increase.

Babesiosis can also be transmitted through blood transfusions. Since 2019, blood banks in the region have screened donations for the parasite, a step Montrose called "absolutely essential."

The federal Centers for Disease Control and Prevention said in an emailed statement that it was "aware of the increase" and was working with state health departments to track cases.

Vermont's state epidemiologist, Dr. Peter Langlois, urged residents to check for ticks after spending time outdoors, even in late fall.

"The ticks don't pack up in September anymore," he said.""",
        [
            ("We are seeing this parasite", "Alicia Montrose"),
            ("Older patients, or people without", "Alicia Montrose"),
            ("We had a 71-year-old man", "Alicia Montrose"),
            ("I thought I was just", "Ruth Pelletier"),
            ("By the time I got", "Ruth Pelletier"),
            ("Climate is clearly part of", "Kenneth Obi"),
            ("cannot fully explain", "Alicia Montrose"),
            ("absolutely essential", "Alicia Montrose"),
            ("aware of the increase", "Centers for Disease Control and Prevention"),
            ("The ticks don't pack up", "Peter Langlois"),
        ],
    ),
    (
        """Halvorsen's Alzheimer's drug slows decline in late-stage trial; brain swelling a concern

By Sofie Lindqvist and Mark Adebayo

COPENHAGEN, May 14 (Reuters) - Danish drugmaker Halvorsen Pharma said on Tuesday its experimental Alzheimer's treatment slowed cognitive decline by 31% compared with a placebo in a large late-stage trial, but a higher-than-expected rate of brain swelling could complicate its path to approval.

Shares in Halvorsen rose as much as 9% in early Copenhagen trading, their biggest intraday gain in more than two years, before paring gains to close up 4.2%.

The 18-month study of 1,840 patients with early Alzheimer's disease tested the drug, known as HP-204, which is designed to clear clumps of a protein called amyloid from the brain. Similar drugs from rival companies have been approved in the United States and Europe but have faced questions over their modest benefits and safety.

"We believe these results represent a meaningful step forward for patients and their families," Chief Executive Lars Engstrom told analysts on a conference call, adding that the company intended to file for approval in the United States and European Union "as soon as possible" after discussions with regulators.

Around 14% of patients receiving HP-204 showed signs of brain swelling on scans, known as ARIA-E, compared with 2% on placebo, the company said. Most cases caused no symptoms, it added, and the company said in a statement that "no new safety signals" had been identified.

Analysts said the efficacy was broadly in line with expectations but the swelling rate was higher than some had hoped.

"The efficacy looks competitive, but the ARIA numbers will worry prescribers, particularly in older patients," Priya Nandakumar, an analyst at Berenson Capital, wrote in a note to clients.

Two people familiar with the trial said there had been debate within the company over how much of the safety data to publish alongside the headline results.

"There was a real argument about whether to lead with the swelling figures," one of the people said, speaking on condition of anonymity because the discussions were private.

Halvorsen declined to comment on the internal discussions.

Full results are due to be presented at a neurology conference in Vienna in September.

Professor Ingrid Sørlie, a neurologist at Vestland University Hospital in Norway who was not involved in the trial, said the results were "encouraging but not a game-changer".

"For patients, the question is whether a modest slowing is worth regular infusions, MRI monitoring and the risk of side effects," she told Reuters. "That is a conversation every family will have to have with their doctor."

(Reporting by Sofie Lindqvist in Copenhagen and Mark Adebayo in London; Editing by Helen Marsh)""",
        [
            ("We believe these results represent", "Lars Engstrom"),
            ("as soon as possible", "Lars Engstrom"),
            ("no new safety signals", "Halvorsen Pharma"),
            ("The efficacy looks competitive, but", "Priya Nandakumar"),
            ("There was a real argument", "person familiar with the trial"),
            ("encouraging but not a game-changer", "Ingrid Sørlie"),
            ("For patients, the question is", "Ingrid Sørlie"),
            ("That is a conversation every", "Ingrid Sørlie"),
        ],
    ),
    (
        """Rural cancer patients wait weeks longer for diagnosis than city dwellers: study

SASKATOON — People living in rural Canada wait on average five weeks longer than urban residents between first seeing a doctor about symptoms and receiving a cancer diagnosis, according to a new national study.

Researchers at the University of the Prairies analyzed health records for more than 210,000 adults diagnosed with lung, colorectal, breast or prostate cancer in six provinces between 2015 and 2022.

The median time from first visit to diagnosis was 61 days for patients in large cities and 97 days for those living more than two hours' drive from a regional hospital, the study found. The gap was widest for lung cancer.

"Five weeks doesn't sound like much until you realize what can happen to a tumour in five weeks," said Dr. Nadia Kowalchuk, an oncologist and the study's senior author. "For some of these patients, that's the difference between a curable cancer and one we can only manage."

Kowalchuk said the delays were driven less by patients putting off appointments than by the distance to CT scanners, biopsy services and specialists.

The study, published Monday in the Canadian Journal of Oncology Care, found that rural patients were also more likely to receive their diagnosis after an emergency department visit.

Marlene Dubois, 58, a grain farmer near Wheatfield Crossing, Sask., said she drove more than 400 kilometres round trip three times for tests before being told she had colon cancer in 2021.

"You lose a day of work every time, and in harvest you just can't do it," she said. "So you wait, and you hope it's nothing."

Saskatchewan Health Minister Brent Halloran told reporters at the legislature in Regina that the province is adding two mobile CT units next year and expanding a program that covers travel costs for rural patients.

"We know geography shouldn't determine your outcome," Halloran said. "We're not there yet, but we're moving in the right direction."

Opposition health critic Danielle Roy said the announcement fell short, adding in a statement that the government has "been promising rural diagnostic capacity for six years."

The Rural Patients Alliance of Canada said the findings confirmed what its members had been reporting for years.

"Rural Canadians pay the same taxes and deserve the same timelines," the group said in a statement, calling on Ottawa to set national targets for wait times for diagnostic imaging.

Kowalchuk said the research team plans next to study whether virtual "rapid assessment" clinics, already piloted in parts of Manitoba and Nova Scotia, can close the gap.

— The Canadian Press""",
        [
            ("Five weeks doesn't sound like", "Nadia Kowalchuk"),
            ("For some of these patients", "Nadia Kowalchuk"),
            ("You lose a day of", "Marlene Dubois"),
            ("So you wait, and you", "Marlene Dubois"),
            ("We know geography shouldn't determine", "Brent Halloran"),
            ("We're not there yet, but", "Brent Halloran"),
            ("been promising rural diagnostic capacity", "Danielle Roy"),
            ("Rural Canadians pay the same", "Rural Patients Alliance of Canada"),
        ],
    ),
    (
        """Swiss glaciers lose 4% of their volume in a single year, scientists say

Glaciers in the Swiss Alps lost around 4% of their remaining ice in the past year, the second-largest annual decline on record, according to a monitoring network that has tracked the country's ice since the late 19th century.

The Alpine Glacier Monitoring Network (AGMN), which is run by a consortium of Swiss universities, said in its annual report that a snow-poor winter followed by a series of summer heatwaves had made the year “exceptional in almost every respect”, leaving many smaller glaciers close to disappearing altogether.

“The numbers this year are frightening, but unfortunately they are not surprising,” said Lukas Bärtschi, a glaciologist at the Federal Institute for Alpine Research in Sion and head of the network. “We have been warning for two decades that this is where the curve was heading.”

Researchers took measurements on 176 glaciers. At the Vallon glacier above the village of Arvenne in canton Valais, stakes drilled into the ice in spring had melted free by mid-August.

Bärtschi said some glaciers were losing several metres of thickness a year. He described the situation at lower altitudes as “a collapse in slow motion”.

The report, titled “Glaciers in Retreat 2024”, noted that the total volume of Swiss glaciers has fallen by about 40% since 2000.

The consequences extend well beyond the mountains. Glaciers act as natural reservoirs, releasing meltwater in late summer when rivers are otherwise low, which matters for hydropower, farming and shipping on the Rhine.

Speaking to Swiss public radio, Environment Minister Claudia Renggli said the figures showed the need to press ahead with the country's climate targets. “We cannot save the glaciers that are already going,” she said, “but what we decide now will determine how much ice our grandchildren see.”

In the mountain communities, the changes are visible from one season to the next. Marco Zanetti, who runs a mountain hut at 2,800 metres above Arvenne, said the path to the hut had been rerouted twice in five years because of rockfall as the ice retreated.

“People come up here and they can't believe how much has gone,” he said. “My father guided tourists across that ice. Now it's rubble.”

The network's scientists say that even if global warming is limited in line with the Paris Agreement, around two-thirds of the remaining Swiss ice is likely to be lost by the end of the century.

“That is the optimistic scenario,” Bärtschi said.""",
        [
            ("exceptional in almost every respect", "Alpine Glacier Monitoring Network"),
            ("The numbers this year are", "Lukas Bärtschi"),
            ("We have been warning for", "Lukas Bärtschi"),
            ("a collapse in slow motion", "Lukas Bärtschi"),
            ("We cannot save the glaciers", "Claudia Renggli"),
            ("but what we decide now", "Claudia Renggli"),
            ("People come up here and", "Marco Zanetti"),
            ("My father guided tourists across", "Marco Zanetti"),
            ("That is the optimistic scenario", "Lukas Bärtschi"),
        ],
    ),
    (
        """Heatwaves linked to rise in premature births in France and Spain: study

PARIS (AFP) - Pregnant women exposed to several consecutive days of extreme heat are significantly more likely to give birth prematurely, according to a large study of births in France and Spain published on Thursday.

Researchers analysed records of more than 3.1 million births between 2010 and 2022 and found that the risk of preterm delivery rose by 14 percent during heatwaves lasting at least four days, compared with periods of normal temperatures.

The effect was stronger in the final weeks of pregnancy and among women living in densely built urban areas, where temperatures remain high at night, according to the study, published in the journal Environmental Epidemiology Europe.

"Heat is not just a matter of comfort for pregnant women, it is a real obstetric risk," lead author Elodie Marchand, an epidemiologist at the Lyon Institute for Environmental Health, told AFP.

"What worries us most is that these heatwaves are becoming longer and more frequent, and our maternity services are not designed for that," she added.

Babies born before 37 weeks face a higher risk of breathing difficulties, infections and longer-term developmental problems.

The researchers estimate that heatwaves were associated with around 4,600 additional preterm births in the two countries over the period studied.

Javier Ortega Ruiz, a co-author from Levante University Hospital in Valencia, said the findings should prompt health authorities to treat pregnant women as a priority group in heat emergency plans, alongside the elderly.

"Today the advice for pregnant women during a heatwave is often a single line on a leaflet," he said. "That is not enough."

The study did not establish the biological mechanism behind the link, but the authors suggest dehydration and heat stress could trigger early contractions.

An official at the French health ministry, who asked not to be named because they were not authorised to speak to the media, said updated guidance for maternity wards was "in preparation" and would be published before the summer.

The French Federation of Midwives' Associations said in a statement that some maternity wards in the south of France had recorded indoor temperatures above 30 degrees Celsius last summer.

"Our colleagues are working in conditions that put both mothers and staff at risk," the federation said.

Marchand said cooling was not the only answer. "We need shaded spaces, access to water, and above all we need women to know the warning signs," she said.

Europe is warming about twice as fast as the global average, according to the EU's climate monitoring service.

em/jz/rl""",
        [
            ("Heat is not just a", "Elodie Marchand"),
            ("What worries us most is", "Elodie Marchand"),
            ("Today the advice for pregnant", "Javier Ortega Ruiz"),
            ("That is not enough.", "Javier Ortega Ruiz"),
            ("in preparation", "official at the French health ministry"),
            ("Our colleagues are working in", "French Federation of Midwives' Associations"),
            ("We need shaded spaces, access", "Elodie Marchand"),
        ],
    ),
    (
        """Night shifts linked to a third higher risk of type 2 diabetes, major study of nurses finds

By CLAIRE WHITMORE HEALTH EDITOR

Working regular night shifts could raise the risk of developing type 2 diabetes by around a third, a major study has found.

Researchers who tracked more than 62,000 NHS nurses for over a decade found those who worked at least three night shifts a month were significantly more likely to be diagnosed with the condition than colleagues who worked only during the day.

The risk rose with every year of night work, suggesting that disrupting the body clock over long periods takes a cumulative toll.

Experts said the findings were important for the millions of Britons who work through the night, including nurses, police officers, lorry drivers and factory staff.

Lead researcher Dr Fiona McAllister, of the University of Dunmore, said: ‘Our bodies are simply not designed to eat and be active in the middle of the night.

‘When you constantly shift your sleep pattern, you disrupt the hormones that control blood sugar, and over years that seems to add up.’

Her team, which published its findings in the journal Occupational Health Research, found nurses with ten or more years of night work had a 33 per cent higher risk.

But Dr McAllister stressed that the results did not mean people should quit their jobs. She said there were ‘simple, practical things’ shift workers could do, such as avoiding heavy meals between midnight and 6am and keeping a regular sleep schedule on days off.

The charity Diabetes Action UK said the study added to growing evidence that shift work is a hidden risk factor.

Dr Sanjay Bhatt, the charity’s head of research, said: ‘Employers have a real role to play here. Healthy food on a night shift shouldn’t mean a vending machine full of crisps.’

One night-shift nurse from Leeds, who asked not to be named, said: ‘After twenty years of nights I’ve put on three stone. You eat to stay awake, and you eat whatever is there.’

Some scientists cautioned against reading too much into the findings. Professor Graham Tully, an epidemiologist at the University of Eastmoor, said the study was observational and could not prove that night shifts caused diabetes.

‘Night workers differ from day workers in lots of ways, including income, smoking and diet,’ he said. ‘The researchers have tried to account for that, but you can never fully rule it out.’""",
        [
            ("Our bodies are simply not", "Fiona McAllister"),
            ("When you constantly shift your", "Fiona McAllister"),
            ("simple, practical things", "Fiona McAllister"),
            ("Employers have a real role", "Sanjay Bhatt"),
            ("After twenty years of nights", "night-shift nurse from Leeds"),
            ("Night workers differ from day", "Graham Tully"),
            ("The researchers have tried to", "Graham Tully"),
        ],
    ),
    (
        """Fossilized Nests Suggest Bees Were Burrowing in Utah 90 Million Years Ago

By Rebecca Stahl

Paleontologists working in southern Utah have found what they say are the oldest known fossilized bee nests in North America, a discovery that could push back the timeline for when bees and flowering plants began their long partnership on the continent.

The nests — dozens of small, flask-shaped chambers preserved in sandstone — were found in the Cottonwood Mesa Formation, a band of rock about 90 million years old in a remote corner of the Colorado Plateau. They are described in a paper published Wednesday in the journal Palaeo Letters.

“When we split the first block open and saw those little cells lined up side by side, I honestly didn’t believe it,” said Dr. Teresa Alvarado, a paleontologist at the Intermountain Museum of Natural History in Salt Lake City and the lead author of the study. “These are not random holes. Someone built them.”

The chambers closely resemble the brood cells dug by modern ground-nesting bees, which line them with a waterproof secretion before laying an egg and leaving a ball of pollen for the larva to eat. Under a microscope, the researchers found traces of a similar lining.

Bees are thought to have evolved from wasps more than 100 million years ago, but their fossil record is patchy, in part because their bodies are small and delicate. Trace fossils such as nests can fill in some gaps, Dr. Alvarado said, because they preserve behavior rather than anatomy.

Not every expert is convinced. Dr. Howard Pryce, an entomologist at Ridgeline College in Colorado who studies fossil insects, noted that some beetles and wasps dig similar burrows.

“It’s a lovely find, and the case for bees is a good one,” he said. “But without a body or pollen grains inside a cell, I’d stop short of calling it settled.”

Dr. Alvarado said her team was now analyzing sediment from inside several of the chambers in the hope of finding fossil pollen. She described that work as “the smoking gun we’re all waiting for.”

The site was first spotted in 2019 by a volunteer, Gary Whitcomb, a retired surveyor from St. George who spends his weekends hiking the backcountry.

“I saw these little bumps in the rock and thought they looked like honeycomb,” Mr. Whitcomb said in a phone interview. “I took a picture and sent it to the museum, mostly as a joke.”

The Bureau of Land Management, which oversees the area, said in a statement that the site’s exact location “will remain confidential to protect it from collectors.”

The discovery also matters for understanding how flowering plants spread, said Dr. Alvarado, noting that the earliest flowers in the region appear in rocks of about the same age.

“Bees and flowers grew up together,” she said. “Every new piece of that story helps us understand the world we live in now.”""",
        [
            ("When we split the first", "Teresa Alvarado"),
            ("These are not random holes.", "Teresa Alvarado"),
            ("It’s a lovely find, and", "Howard Pryce"),
            ("But without a body or", "Howard Pryce"),
            ("the smoking gun we’re all", "Teresa Alvarado"),
            ("I saw these little bumps", "Gary Whitcomb"),
            ("I took a picture and", "Gary Whitcomb"),
            ("will remain confidential to protect", "Bureau of Land Management"),
            ("Bees and flowers grew up", "Teresa Alvarado"),
            ("Every new piece of that", "Teresa Alvarado"),
        ],
    ),
]
