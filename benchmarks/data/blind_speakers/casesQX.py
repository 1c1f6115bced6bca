CASES = [
    (
        """Helvara heart drug cuts hospital visits in late-stage trial

By Katrin Vogel

WINTERHALDEN, Switzerland, March 4 (Reuters) - Swiss drugmaker Helvara AG said on Tuesday its experimental heart failure pill reduced hospitalisations by nearly a quarter in a late-stage trial, sending its shares up 6% in early trade and putting it on course to file for approval later this year.

The drug, called velrestat, cut the combined rate of cardiovascular death and hospital admissions for heart failure by 23% compared with a placebo over 18 months in the study of about 4,800 patients, the company said.

"These are the results we hoped for, and frankly a bit better," Chief Medical Officer Annika Brunner told reporters on a conference call. "Heart failure remains one of the leading reasons older people end up in hospital, and we think velrestat can change that."

Helvara said it would present full data at a major cardiology congress in August and planned to seek approval from U.S. and European regulators before the end of the year.

Analysts had expected a reduction of around 15% to 20%. Kessler & Rowe analyst Marc Tessier said in a note the outcome was "clearly above the bar" and could support peak annual sales of more than 3 billion Swiss francs.

The company did not disclose detailed safety data but said rates of serious side effects were similar in both arms of the trial. Brunner said a small number of patients had experienced low blood pressure, "which is what you would expect with this class of drug."

Not everyone was convinced. Dr. Samuel Okafor, a cardiologist at Lakeview University Hospital in Toronto who was not involved in the study, said the headline figure needed to be seen alongside the full results.

"A 23% relative reduction sounds impressive, but we need to know the absolute numbers and which patients benefited most," Okafor said. "If most of the effect is in hospital admissions rather than deaths, that still matters, but it changes the conversation about cost."

Helvara has been under pressure from investors to refill its pipeline after its top-selling blood thinner lost patent protection in Europe last year. Chief Executive Thomas Aebi called the trial "the most important readout for this company in a decade."

A person familiar with the company's plans said Helvara was already in talks with potential partners to help market the drug in Asia. "They want someone with a big primary care sales force in China and Japan," the person said, declining to be named because the discussions are private.

Shares in Helvara were up 5.8% at 1030 GMT, outperforming a flat European healthcare index.

(Reporting by Katrin Vogel; Editing by Rachel Dunmore)""",
        [
            ("These are the results we", "Annika Brunner"),
            ("Heart failure remains one of", "Annika Brunner"),
            ("clearly above the bar", "Marc Tessier"),
            ("which is what you would", "Annika Brunner"),
            ("A 23% relative reduction sounds", "Samuel Okafor"),
            ("If most of the effect", "Samuel Okafor"),
            ("the most important readout for", "Thomas Aebi"),
            ("They want someone with a", "person familiar with the company's plans"),
        ],
    ),
    (
        """Teens who put phones away an hour before bed sleep longer, study finds

By DANA MERCER
Associated Press

HOLLIS FALLS, Wis. (AP) — Teenagers who stopped using their phones an hour before bedtime slept about 40 minutes more a night and reported feeling less tired at school, according to a study published Monday.

Researchers at the University of Northern Wisconsin followed 612 high school students in three states for eight weeks. Half were asked to leave their phones outside their bedrooms starting an hour before lights out; the rest kept their usual habits.

"We were surprised at how big the difference was," said Laura Hennessey, a sleep scientist at the university and the study's lead author. "Forty minutes doesn't sound like much to an adult, but for a 15-year-old who is already sleeping six hours, it's huge."

The study, published in the journal Pediatric Sleep Medicine, used wrist-worn trackers to measure sleep rather than relying only on what students said.

Students in the phone-free group also scored better on a questionnaire measuring daytime sleepiness, and their teachers were more likely to describe them as alert in class, the researchers found. There was no clear difference in grades over the eight-week period, which Hennessey said was probably too short to detect one.

Not every student stuck with the rules. About a third admitted breaking them at least once a week, Hennessey said, often to answer messages from friends.

"That's the reality of being a teenager," she said. "The kids told us the hardest part wasn't the phone itself. It was feeling like they'd miss something."

Student Jayden Ortiz, 16, who took part in the study, said he was skeptical at first.

"I thought it was going to be miserable," he said. "After a week I didn't really care anymore. I just fell asleep faster."

Dr. Marcus Bell, a pediatrician in Columbus, Ohio, who was not involved in the research, said the findings lined up with what he sees in his clinic.

"Parents ask me all the time what one thing they can do, and this is usually my answer," Bell said. He cautioned that families should not treat the results as a reason for "a total ban," saying that agreements worked out with teenagers tend to last longer than rules imposed on them.

The National Association of Pediatric Providers already recommends keeping screens out of bedrooms at night. In a statement, the association said the study "adds to a growing body of evidence" that evening screen use cuts into sleep.

The research was funded by a federal grant. Hennessey's team plans a longer study next year that will follow students over a full school year.""",
        [
            ("We were surprised at how", "Laura Hennessey"),
            ("Forty minutes doesn't sound like", "Laura Hennessey"),
            ("That's the reality of being", "Laura Hennessey"),
            ("The kids told us the", "Laura Hennessey"),
            ("I thought it was going", "Jayden Ortiz"),
            ("After a week I didn't", "Jayden Ortiz"),
            ("Parents ask me all the", "Marcus Bell"),
            ("a total ban", "Marcus Bell"),
            ("adds to a growing body", "National Association of Pediatric Providers"),
        ],
    ),
    (
        """Blood test could spot pancreatic cancer years earlier, trial suggests

By Eleanor Priestley, Health Correspondent, PA

A simple blood test could help doctors detect pancreatic cancer up to three years before symptoms appear, early results from a trial involving more than 9,000 people suggest.

Researchers at the University of Kesworth said the test, which looks for a combination of proteins released by tumours, correctly identified around seven in 10 cancers in people who went on to be diagnosed with the disease.

Pancreatic cancer has one of the lowest survival rates of any cancer, largely because it is usually found at a late stage, when surgery is no longer an option.

Professor Helen Marsh, who led the study, said: “Most people with pancreatic cancer are diagnosed when it has already spread, and at that point our options are very limited.

“If we can move diagnosis earlier, even by a year or two, we give surgeons a real chance to remove the tumour.”

The findings, published in the Journal of Clinical Oncology Research, come from blood samples taken from volunteers in the long-running Kesworth Health Cohort, which has tracked participants’ health since 2009.

The team compared stored samples from 212 people who later developed pancreatic cancer with those from people who did not.

The test produced false positives in around 5% of cases, which experts said would need to be brought down before it could be used widely.

Dr Rajesh Malhotra, a consultant gastroenterologist at St Aldric’s Hospital in Brentmouth, who was not involved in the research, described the results as “genuinely encouraging” but warned against “getting ahead of ourselves”.

He said: “A 5% false positive rate sounds small, but if you screened the whole population over 50 you would be sending huge numbers of healthy people for scans they don’t need.”

The researchers said the test was most likely to be useful first in high-risk groups, such as people with a family history of the disease or those newly diagnosed with type 2 diabetes after the age of 50.

A larger trial, involving 25 hospitals across England, is due to begin next spring.

The charity Pancreas Hope, which part-funded the research, said the results offered “a glimmer of progress in a disease where progress has been painfully slow”.

Its chief executive, Margaret Doyle, whose husband died of the disease in 2016, said: “Families have been waiting decades for something like this. We know it is not the finished article, but it is the first time in a long while that I have felt genuinely hopeful.”

A spokesperson for NHS Kesworth Integrated Care Board said: “Early diagnosis is at the heart of our plans to improve cancer survival locally, and we will look closely at the results of this trial.”""",
        [
            ("Most people with pancreatic cancer", "Helen Marsh"),
            ("If we can move diagnosis", "Helen Marsh"),
            ("genuinely encouraging", "Rajesh Malhotra"),
            ("getting ahead of ourselves", "Rajesh Malhotra"),
            ("A 5% false positive rate", "Rajesh Malhotra"),
            ("a glimmer of progress in", "Pancreas Hope"),
            ("Families have been waiting decades", "Margaret Doyle"),
            ("Early diagnosis is at the", "spokesperson"),
        ],
    ),
    (
        """Measles cases treble as health chiefs urge parents to check jabs

Owen Prys-Davies, Wales Correspondent

Health officials have urged parents to check their children’s vaccination records after confirmed measles cases in south Wales almost trebled in a month.

The Welsh Health Protection Service (WHPS) said there had been 47 confirmed cases since the start of February, most of them in children under ten, compared with 16 in January. Eleven children have been admitted to hospital.

Dr Siân Hopkins, the agency’s consultant in communicable disease control, said the outbreak was ‘entirely preventable’ and that the ‘single most important thing’ parents could do was make sure their children had received both doses of the MMR vaccine.

‘Measles is not a mild illness,’ she said. ‘It can lead to pneumonia, to swelling of the brain and, in rare cases, to death. We are seeing children in hospital who did not need to be there.’

Uptake of the second MMR dose among five-year-olds in the Cwm Aeron health board area has fallen to 84 per cent, well below the 95 per cent that experts say is needed to stop the virus spreading.

The service has opened drop-in clinics at schools and libraries in Pontrhyd and Aberllyn, and will send text reminders to families whose records show missing doses.

One GP in Pontrhyd, who asked not to be named, said staff had been ‘overwhelmed’ by calls from worried parents. ‘That is the good news, in a way,’ the doctor said. ‘People are finally paying attention. The frustrating thing is that we have been warning about this for three years.’

Falling vaccination rates have been blamed partly on disruption during the pandemic and partly on misinformation spread online. A survey by the service last year found that one in eight parents who had not vaccinated their children cited concerns about side effects they had seen on social media.

Rhian Lloyd, a mother of two from Aberllyn, said she had delayed her younger son’s second dose after reading posts claiming that vaccines contained harmful chemicals. ‘I honestly thought I was being careful,’ she said. ‘Then my friend’s daughter ended up on a drip for four days. I booked him in the next morning.’

Wales’s health secretary, Gareth Morgan, told the Senedd on Tuesday that the government would ‘do whatever it takes’ to halt the outbreak, including funding extra nurses for catch-up clinics.

A spokesman for Cwm Aeron University Health Board said: ‘Anyone who is unsure whether they or their child is protected should contact their GP surgery. It is never too late to catch up.’""",
        [
            ("entirely preventable", "Siân Hopkins"),
            ("single most important thing", "Siân Hopkins"),
            ("Measles is not a mild", "Siân Hopkins"),
            ("It can lead to pneumonia,", "Siân Hopkins"),
            ("overwhelmed", "GP in Pontrhyd"),
            ("That is the good news,", "GP in Pontrhyd"),
            ("People are finally paying attention.", "GP in Pontrhyd"),
            ("I honestly thought I was", "Rhian Lloyd"),
            ("Then my friend’s daughter ended", "Rhian Lloyd"),
            ("do whatever it takes", "Gareth Morgan"),
            ("Anyone who is unsure whether", "spokesman"),
        ],
    ),
    (
        """Gut microbes may help explain why some people shrug off the flu vaccine

By Priya Natarajan

Why do some people mount a strong response to a flu shot while others barely react? A study published Wednesday in the journal Immunity and Host points to an unexpected culprit: the bacteria living in the gut.

Researchers at Carrow University School of Medicine in Ridgeport, Md., analyzed blood and stool samples from 340 adults before and after they received the seasonal flu vaccine. People whose gut microbiomes contained fewer species of bacteria produced, on average, about 40% fewer antibodies a month after vaccination.

“It was one of those results where you look at the plot and think, that can’t be right,” said Tomás Ferreira, an immunologist at Carrow and the study’s senior author. “So we spent another year trying to make it go away. It didn’t.”

The team then gave a group of volunteers a five-day course of broad-spectrum antibiotics before vaccination — a design that required extra ethical review — and found their antibody responses were blunted, particularly in those who had the highest levels of pre-existing immunity.

Ferreira described the gut bacteria as “a kind of background tuning signal” for the immune system, one that helps keep certain cells primed. His group has taken to calling the effect “microbial tone,” a term he admits is borrowed from muscle physiology.

He cautioned that the study does not show that taking probiotics or changing diet will improve vaccine responses. “People are going to want to jump to yogurt,” he said. “Please don’t. We don’t know which bacteria matter, and we certainly don’t know whether you can add them back in a pill.”

Outside researchers called the work careful but said it raised as many questions as it answered. Amara Nwosu, who studies vaccine responses in older adults at the Lindqvist Center for Aging Research and was not involved, said in an email that the antibiotic experiment was “the most convincing part” of the paper.

“Correlation studies in the microbiome field have burned us before,” she wrote. “Here they actually perturbed the system and saw the effect they predicted. That’s a meaningful step.”

She added that the study population skewed young and healthy, which could limit how well the findings apply to elderly people, who are most at risk from influenza and tend to respond less well to vaccines.

The study was funded in part by the Vireo Foundation, which said in a statement that it would support a follow-up trial in nursing homes. “Understanding why vaccines work better for some people than others is one of the great unsolved problems in public health,” the foundation said.

Ferreira said his lab is now trying to pin down which bacterial species drive the effect.

“If we can find two or three species that do most of the work, that’s something you could imagine testing,” he said. “But that’s years away.”

For now, he said, the practical advice has not changed: get the shot.""",
        [
            ("It was one of those", "Tomás Ferreira"),
            ("So we spent another year", "Tomás Ferreira"),
            ("a kind of background tuning", "Tomás Ferreira"),
            ("People are going to want", "Tomás Ferreira"),
            ("Please don’t. We don’t", "Tomás Ferreira"),
            ("the most convincing part", "Amara Nwosu"),
            ("Correlation studies in the microbiome", "Amara Nwosu"),
            ("Here they actually perturbed the", "Amara Nwosu"),
            ("Understanding why vaccines work better", "Vireo Foundation"),
            ("If we can find two", "Tomás Ferreira"),
            ("But that’s years away.", "Tomás Ferreira"),
        ],
    ),
    (
        """Indigenous dengue vaccine enters final phase of trials, 10,000 volunteers to be enrolled

Surajpur, Jun 12 (PTI) A Phase 3 clinical trial of an indigenously developed dengue vaccine began on Thursday across 19 sites in nine states, with around 10,000 adult volunteers expected to be enrolled over the next year, officials said.

The first volunteer was administered the dose at the Government Medical College in Surajpur, according to a statement issued by the Indian Council of Health Research (ICHR), which is co-sponsoring the trial with vaccine maker Sahyadri Biologicals Ltd.

"Dengue is a major public health concern in the country, and there is currently no licensed vaccine that protects against all four serotypes in people who have not been infected before," the statement said.

ICHR Director General Dr Vandana Rao said the trial marked "an important milestone" in the country's efforts to develop affordable vaccines for diseases that largely affect tropical countries.

"If the results are positive, this vaccine can be made available at a price that is within reach of our public health programmes," Rao told reporters.

The single-dose vaccine is based on a weakened form of the virus and has shown good safety and immune responses in earlier Phase 1 and 2 trials, officials said.

Participants aged between 18 and 60 years will be followed up for two years to see whether they develop dengue, according to the trial protocol.

A senior official of the Union Health Ministry told PTI that the government was hopeful of a "decision on licensure" by 2027 if the trial met its goals.

"We have learned from the Covid experience that local manufacturing capacity is crucial. We do not want to be dependent on imports for something this important," the official said, requesting anonymity.

Sahyadri Biologicals Managing Director Anil Deshpande said the company had already set aside capacity to manufacture up to 50 million doses a year.

"We are ready. Once the regulator gives its nod, we can scale up within months," he said.

The country recorded over 2.3 lakh dengue cases and nearly 300 deaths last year, according to official data.

Public health experts welcomed the trial but cautioned that a vaccine alone would not solve the problem.

"Vector control, clearing stagnant water and early diagnosis will continue to be just as important," said Dr S K Menon, a community medicine specialist at the Kalyani Institute of Medical Sciences. "A vaccine is one tool, not a magic bullet."

The trial is expected to be completed by the end of 2026, officials said.""",
        [
            ("Dengue is a major public", "Indian Council of Health Research"),
            ("an important milestone", "Vandana Rao"),
            ("If the results are positive,", "Vandana Rao"),
            ("decision on licensure", "senior official of the Union Health Ministry"),
            ("We have learned from the", "senior official of the Union Health Ministry"),
            ("We are ready. Once the", "Anil Deshpande"),
            ("Vector control, clearing stagnant water", "S K Menon"),
            ("A vaccine is one tool,", "S K Menon"),
        ],
    ),
    (
        """Children's asthma visits jumped during smoky summer, Prairie study finds

THE CANADIAN PRESS

FORT BARRETT, Sask. — Emergency room visits for asthma among children rose by more than a third on days when wildfire smoke blanketed the region last summer, according to a new study by researchers at the University of the Northern Plains.

The study, published Tuesday in the Canadian Journal of Respiratory Health, looked at hospital records from 14 emergency departments between May and September 2023 and matched them with daily air quality readings.

On days when fine particulate levels were in the highest category, asthma-related visits among children under 12 were 37 per cent higher than on clear days, the researchers found. The effect lasted for up to three days after the smoke cleared.

"What struck us was the lag," said Dr. Nadia Cardinal, a pediatric respirologist and the study's lead author. "Parents would see blue sky and think the danger had passed, and then two days later their child would be in the emergency department struggling to breathe.

"We need to get the message out that recovery takes time, especially for kids whose airways are already inflamed."

Children from First Nations communities in the north were hit hardest, with visit rates roughly double those in urban centres, the study found. Cardinal said that likely reflected a combination of heavier smoke exposure, housing conditions and longer travel times to care.

Chief Raymond Kisikaw of the Whitestone Lake Cree Nation said the findings confirmed what families in his community had been saying for years.

"Every summer it's the same thing. The smoke comes, the kids start coughing, and the nearest hospital is two hours away," he said in an interview. "We don't need another study to tell us that. We need air purifiers in every home and a nurse who is here full time."

The Prairie Health Authority said in a statement that it had distributed more than 3,000 portable air cleaners to northern communities since 2022 and was reviewing its "Smoke Ready" campaign in light of the research.

"We welcome this study and will use its findings to strengthen our guidance for families with children who have asthma," the statement said.

Federal forecasters have warned that this year's fire season could start early after a dry winter. A meteorologist with the federal weather service, who was not authorized to speak publicly, said conditions in parts of the north were "as dry as we've seen them in April."

Cardinal said parents of children with asthma should make sure inhalers are up to date before the season begins and keep windows closed on smoky days.

"It's not complicated advice," she said. "But it can keep a child out of hospital."

The research team plans to extend the study to include adults with chronic lung disease.""",
        [
            ("What struck us was the", "Nadia Cardinal"),
            ("Parents would see blue sky", "Nadia Cardinal"),
            ("We need to get the", "Nadia Cardinal"),
            ("Every summer it's the same", "Raymond Kisikaw"),
            ("We don't need another study", "Raymond Kisikaw"),
            ("We welcome this study and", "Prairie Health Authority"),
            ("as dry as we've seen", "meteorologist with the federal weather service"),
            ("It's not complicated advice,", "Nadia Cardinal"),
            ("But it can keep a", "Nadia Cardinal"),
        ],
    ),
    (
        """Drug-resistant infections killing more newborns, health agency warns

Kalindi (AFP) - Infections that no longer respond to common antibiotics are killing a growing number of newborn babies in Africa, a continental health agency warned on Monday, calling for urgent investment in hospital hygiene and new drugs.

The African Health Surveillance Agency (AHSA) said in a report that resistant bacteria were now implicated in about one in five deaths from neonatal sepsis in the 11 countries it studied, up from roughly one in eight a decade ago.

"We are losing babies to infections we knew how to treat twenty years ago," the agency's director, Dr. Kwame Asante-Boateng, told AFP. "This is not a problem of the future. It is happening in our maternity wards today."

The report, titled "Silent Crisis in the Cradle", drew on data from 64 hospitals collected between 2019 and 2024.

Most of the infections were caused by bacteria such as Klebsiella pneumoniae that had become resistant to antibiotics recommended as first-line treatment for newborns, the report said.

It described hospital overcrowding, shortages of clean water and the "widespread and unregulated" sale of antibiotics over the counter as key drivers.

At the Mother of Mercy hospital in the city's Tembo district, a neonatal nurse who asked not to be named because she was not authorised to speak to the media said staff often had to choose which babies received the few remaining effective drugs.

"Some weeks we have the medicine, some weeks we don't," she said. "When we don't, we watch and we pray."

Asante-Boateng said governments should prioritise basics such as handwashing stations and reliable water supplies, which he described as "the cheapest antibiotic there is."

The agency also called on pharmaceutical companies to develop and register new antibiotics for use in children, noting that only a handful of drugs approved in the past decade had been tested in newborns.

A spokeswoman for the Global Pharmaceutical Innovation Council, an industry group, said the industry was "committed to being part of the solution" but that the market for new antibiotics remained "fundamentally broken" because the drugs are used sparingly.

"Companies that bring a new antibiotic to market often lose money on it," she said. "Without new incentives from governments, the pipeline will stay thin."

Professor Lindiwe Mokoena, a microbiologist at the University of the Highveld who reviewed the report, said its figures were probably an underestimate because many hospitals in rural areas lacked laboratories capable of identifying resistant bacteria.

"What we measure is the tip of the iceberg," Mokoena said.""",
        [
            ("We are losing babies to", "Kwame Asante-Boateng"),
            ("This is not a problem", "Kwame Asante-Boateng"),
            ("widespread and unregulated", "African Health Surveillance Agency"),
            ("Some weeks we have the", "neonatal nurse"),
            ("When we don't, we watch", "neonatal nurse"),
            ("the cheapest antibiotic there", "Kwame Asante-Boateng"),
            ("committed to being part of", "spokeswoman"),
            ("fundamentally broken", "spokeswoman"),
            ("Companies that bring a new", "spokeswoman"),
            ("Without new incentives from governments,", "spokeswoman"),
            ("What we measure is the", "Lindiwe Mokoena"),
        ],
    ),
]
