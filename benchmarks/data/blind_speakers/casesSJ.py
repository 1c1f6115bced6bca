CASES = [
    (
        """Blood test spots early pancreatic cancer in large trial, researchers say

By Hannah Greaves

LONDON, March 4 (Reuters) - A blood test that looks for fragments of tumour DNA picked up more than two thirds of early-stage pancreatic cancers in a trial of nearly 9,000 people, researchers reported on Wednesday, raising hopes for a disease that is usually found too late to treat.

The study, published in the journal Lancet Oncology, followed patients referred to 14 hospitals in England and Wales with vague abdominal symptoms or new-onset diabetes, two groups known to be at higher risk of the cancer.

"Most people with pancreatic cancer are diagnosed when surgery is no longer an option," said Professor Alistair Brennan of Northumbria University's Institute for Cancer Genomics, who led the research. "If we can move even a fraction of those diagnoses earlier, we will save lives."

The test correctly identified 68 percent of cancers at stage one or two, and wrongly flagged about 3 percent of people who did not have the disease, according to the paper.

Brennan said the false-positive rate was "within the range we think the health service could manage," because people flagged by the test would go on to have a CT scan rather than going straight to surgery.

Independent experts welcomed the findings but cautioned that the trial had not shown that the test saves lives.

"This is an encouraging accuracy study, but accuracy is not the same as benefit," said Dr. Miriam Okafor, an epidemiologist at King's Hill University Hospital in Bristol who was not involved in the work. "We still need to know whether finding these tumours earlier actually changes what happens to patients."

She added that the 3 percent figure could translate into tens of thousands of unnecessary scans if the test were offered more widely.

The test was developed by Cambridge-based Helix Sentinel Diagnostics, which funded part of the trial. In a statement, the company said it planned to apply for regulatory approval in Britain next year and was "in early discussions" with the National Health Service about a larger rollout.

Pancreatic cancer kills about 10,000 people a year in Britain, and fewer than one in ten patients survive five years after diagnosis, according to the charity Pancreatic Cancer Action UK.

"Patients have waited decades for something like this," said Gareth Lowry, the charity's chief executive, whose father died of the disease. "But we need to see the evidence through to the end, not rush it."

Brennan's team is now running a second trial in which half of the participants receive the test and half receive standard care. Results are expected in 2028.

(Reporting by Hannah Greaves; Editing by Tom Aldridge)""",
        [
            ("Most people with pancreatic cancer", "Alistair Brennan"),
            ("If we can move even", "Alistair Brennan"),
            ("within the range we think", "Alistair Brennan"),
            ("This is an encouraging accuracy", "Miriam Okafor"),
            ("We still need to know", "Miriam Okafor"),
            ("in early discussions", "Helix Sentinel Diagnostics"),
            ("Patients have waited decades for", "Gareth Lowry"),
            ("But we need to see", "Gareth Lowry"),
        ],
    ),
    (
        """Weight-loss drug slowed kidney decline in people with diabetes, study finds

By RACHEL MONTOYA AP Medical Writer

A popular class of weight-loss drugs slowed the loss of kidney function in people with type 2 diabetes and chronic kidney disease, according to a study released Saturday that doctors say could change how the condition is treated.

The three-year study of about 3,400 patients in 11 countries found that those given weekly injections of the drug, sold as Veltrena, were 27% less likely to experience kidney failure, a major drop in kidney function or death from kidney or heart causes than those given dummy shots.

Results were presented at a kidney medicine meeting in Denver and published in a medical journal. The study was paid for by the drug's maker, Ostrander Pharmaceuticals, and several of the authors work for the company.

"We've been stuck with the same handful of tools for kidney disease for a long time," said Dr. Samuel Achterberg, a kidney specialist at Lakeshore University Medical Center in Chicago and the study's lead author. "This gives us another one, and it works on top of what patients are already taking."

About 37 million Americans have chronic kidney disease, and diabetes is its leading cause. Many eventually need dialysis or a transplant.

Patients in the study lost an average of 8% of their body weight, but Achterberg said the kidney benefit appeared to be only partly explained by weight loss. The drug may also reduce inflammation and blood pressure inside the kidneys, he said.

Side effects were mostly nausea and vomiting, which led about 1 in 20 patients to stop taking the drug.

Dr. Linda Forsythe, a nephrologist at Mercy Valley Hospital in Sacramento, California, who had no role in the study, called the results "really solid" but said cost would be the main obstacle.

"The science is there. The question is whether the patients who need it most can actually get it," she said.

The drug lists for about $1,100 a month, and many insurers cover it only for diabetes, not for weight loss or kidney disease.

Ostrander said in a statement that it would ask the Food and Drug Administration to add kidney protection to the drug's label and that it "remains committed to expanding access" through patient assistance programs. The company did not say whether it would lower the price.

Forsythe said many of her patients already struggle to afford the drugs they take for blood pressure and blood sugar.

"I have people splitting pills now," she said. "Adding another expensive medicine doesn't help them if they can't fill the prescription."

Achterberg said he hoped the results would push insurers to rethink their rules, since dialysis costs far more than the drug.

"If you keep one person off dialysis, you've paid for a lot of prescriptions," he said.

The researchers plan to follow the patients for two more years.""",
        [
            ("We've been stuck with the", "Samuel Achterberg"),
            ("This gives us another one", "Samuel Achterberg"),
            ("really solid", "Linda Forsythe"),
            ("The science is there.", "Linda Forsythe"),
            ("remains committed to expanding access", "Ostrander Pharmaceuticals"),
            ("I have people splitting pills", "Linda Forsythe"),
            ("Adding another expensive medicine", "Linda Forsythe"),
            ("If you keep one person", "Samuel Achterberg"),
        ],
    ),
    (
        """Asthma app 'kept my son out of hospital', says mum

By Fiona Lindsay
BBC Scotland health correspondent

Children with asthma whose families logged symptoms on a smartphone app every day needed a third fewer emergency hospital visits, a Scottish study has found.

Researchers at the University of Glenmoray followed 1,200 children aged five to 12 in Tayside and Fife over two years.

Half of the families were given the app, which asks a short set of questions each evening and alerts a specialist nurse if the answers suggest the child's asthma is getting worse.

Lead researcher Dr Catriona Baird said the nurses were often able to adjust medicines by phone before a child became seriously unwell.

"Asthma attacks rarely come out of nowhere," she said. "There are usually warning signs over several days - a bit more coughing at night, using the blue inhaler more often. The app helps families and nurses spot those signs together."

The findings, published in the European Respiratory Journal, showed 142 emergency visits among children using the app, compared with 215 in the group receiving usual care.

Warning signs

Kirsty Rennie, from Kirkcaldy, said the app had changed her family's life. Her son Callum, nine, had been admitted to hospital four times in the year before the study.

"Honestly, I think it kept my son out of hospital," she said. "The nurse rang me one Sunday because his scores had dropped, and we upped his inhaler. Before, we'd have ended up in A&E that night."

She added: "It gives you peace of mind. You're not on your own with it."

Not everyone is convinced the approach could be rolled out across the country.

Prof Graham Whitlock, a respiratory specialist at the University of Aberleven who was not involved in the research, said the results were "promising" but relied on a team of specialist nurses that many health boards did not have.

"An app is only as good as the person who answers the alert," he said. "If you bolt this on to an already stretched service, you risk creating more work without the same benefit."

The children in the study were also more likely than average to have parents with smartphones and reliable internet, he added, which could mean the results would not hold in poorer areas.

The Scottish government said it would "look closely" at the findings.

A spokeswoman for NHS Tayside said the health board was already discussing how the app might be used beyond the trial.

The charity Breathe Well Scotland said about 72,000 children in Scotland were being treated for asthma and that too many attacks were "preventable".""",
        [
            ("kept my son out of", "Kirsty Rennie"),
            ("Asthma attacks rarely come out", "Catriona Baird"),
            ("There are usually warning signs", "Catriona Baird"),
            ("Honestly, I think it kept", "Kirsty Rennie"),
            ("The nurse rang me one", "Kirsty Rennie"),
            ("It gives you peace of", "Kirsty Rennie"),
            ("promising", "Graham Whitlock"),
            ("An app is only as", "Graham Whitlock"),
            ("If you bolt this on", "Graham Whitlock"),
            ("look closely", "Scottish government"),
            ("preventable", "Breathe Well Scotland"),
        ],
    ),
    (
        """Skin checks by GPs could halve melanoma deaths in high-risk Australians, study finds

Researchers say targeted screening would be cost-effective, but some experts warn of overdiagnosis

Melissa Tran
Health reporter

Targeted skin checks for Australians at high risk of melanoma could prevent about half of deaths from the disease in that group, according to a large Queensland study that researchers say makes the case for a national screening program.

The study, published on Wednesday, followed more than 16,000 adults in the Sunshine Coast and Wide Bay regions for seven years. Participants judged to be at high risk – because of a large number of moles, fair skin, previous skin cancer or a family history – were offered a full-body skin check by a trained GP every year.

The lead author, Prof Daniel Kovačević of the Coral Coast Institute of Medical Research, said the results were “the strongest evidence yet” that screening should be offered to the people most likely to benefit.

“Australia has the highest melanoma rates in the world, and yet we are one of the few countries with this burden that doesn’t have an organised approach to finding it early,” he said. “What we’ve shown is that you don’t need to screen everyone.

“If you concentrate on the roughly one in five adults at high risk, you catch most of the thin, curable melanomas and you do it at a cost the health system can afford.”

Among high-risk participants who were screened, there were 14 melanoma deaths, compared with 29 in a matched group from neighbouring regions who received usual care. Modelling by the team estimated each screening saved about $4,200 in later treatment costs.

But Dr Harriet Soames, a public health physician at the University of Western Tasmania who studies overdiagnosis, said the study was not a randomised trial and the comparison groups might have differed in ways the researchers could not measure.

“There’s a real risk with skin screening that we find a lot of very early lesions that would never have harmed anyone, and then people live with a cancer label and the scars from excisions,” Soames said.

She said the steep rise in melanoma diagnoses over recent decades had not been matched by a similar rise in deaths, which suggested some overdiagnosis was “already happening”.

Kovačević said the team had looked for signs of overdiagnosis and found that while the number of thin melanomas detected rose, the number of thick, dangerous ones fell. “That’s the pattern you want to see,” he said.

A spokesperson for the federal Department of Health said the government would “carefully consider” the findings alongside advice from its expert committees, which are assessing an application for a targeted screening program.

Joanne Petridis, chief executive of the Skin Cancer Alliance, said the findings should prompt action: “We have been asking for a national program for over a decade. Every year we wait, people die of a cancer that could have been found on a routine check.”""",
        [
            ("the strongest evidence yet", "Daniel Kovačević"),
            ("Australia has the highest melanoma", "Daniel Kovačević"),
            ("What we’ve shown is that", "Daniel Kovačević"),
            ("If you concentrate on the", "Daniel Kovačević"),
            ("There’s a real risk with", "Harriet Soames"),
            ("already happening", "Harriet Soames"),
            ("That’s the pattern you want", "Daniel Kovačević"),
            ("carefully consider", "spokesperson"),
            ("We have been asking for", "Joanne Petridis"),
        ],
    ),
    (
        """Experimental Alzheimer's drug fails to slow decline in large trial, dealing blow to tau approach

By Daniel Okonjo

SAN DIEGO — An experimental antibody designed to clear the tau protein from the brain did not slow memory and thinking decline in people with early Alzheimer's disease, researchers reported Tuesday, a setback for one of the most closely watched strategies in the field.

The drug, known as BRX-417 and developed by Boston-based Brightwater Neurosciences, performed no better than a placebo over 18 months in a trial of 1,150 patients, according to results presented at an Alzheimer's research conference here.

"We're disappointed, obviously," Dr. Priya Raman, Brightwater's chief medical officer, told reporters after the presentation. "We believed the biology was sound, and we still think tau matters. But this antibody, at these doses, in this population, did not do what we hoped."

Patients on the drug scored about the same as those on placebo on a standard scale that measures memory, judgment, and the ability to carry out daily tasks. The drug lowered tau levels in spinal fluid by about 30%, but that did not translate into a clinical benefit.

The result adds to a string of failures for drugs targeting tau, which forms tangles inside nerve cells and tracks closely with the symptoms of Alzheimer's. Two drugs that target a different protein, amyloid, have won approval in recent years, though their benefits are modest.

Dr. Jonah Feldstein, a neurologist who directs the memory disorders program at Greenfield University in Baltimore and was not involved in the trial, said the result was sobering.

"I think the field had pinned a lot of hope on this one, because the antibody got into the brain and it hit its target," Feldstein said. "So you can't blame this on the drug not reaching the brain. That forces us to ask harder questions.

"Maybe we're going after the wrong form of tau. Maybe by the time people have symptoms, it's too late. We don't know yet."

Brightwater's shares fell 41% in after-hours trading. In a statement, the company said it would stop development of BRX-417 for Alzheimer's and cut about a quarter of its workforce, while continuing to study the drug in progressive supranuclear palsy, a rare movement disorder.

"We will focus our resources where the science is strongest," the statement said.

An analyst who covers the company, speaking on condition of anonymity because of firm policy, said the outcome was "not a total surprise" given mixed results from an earlier, smaller study, but that investors had hoped the larger trial would show at least a modest effect.

Raman said the company would share the full data with outside researchers.

"There's a lot to learn from a negative trial, and we owe that to the patients who took part," she said.""",
        [
            ("We're disappointed, obviously", "Priya Raman"),
            ("We believed the biology was", "Priya Raman"),
            ("I think the field had", "Jonah Feldstein"),
            ("So you can't blame this", "Jonah Feldstein"),
            ("Maybe we're going after the", "Jonah Feldstein"),
            ("We will focus our resources", "Brightwater Neurosciences"),
            ("not a total surprise", "analyst who covers the company"),
            ("There's a lot to learn", "Priya Raman"),
        ],
    ),
    (
        """Kids who take a break from screens after concussion recover faster, Canadian study suggests

Teens who avoided screens for 48 hours saw symptoms clear about 2 days sooner

Amira Haddad · CBC News · Posted: Oct 3, 2024 4:00 AM MT

Young people who stayed off phones, computers and video games for two days after a concussion recovered faster than those who were allowed screens, according to a new study led by researchers in Alberta.

The randomized trial, published Monday in a pediatrics journal, involved 412 patients aged 12 to 25 who came to emergency departments in Calgary, Edmonton and Red Deer with a concussion.

Half were told to avoid screens for 48 hours. The other half were allowed to use them as usual. Those who avoided screens had symptoms such as headache, dizziness and trouble concentrating for a median of eight days, compared with about 10 days in the other group.

"Parents ask us all the time whether their kid can be on their phone after a concussion, and honestly, we didn't have good evidence either way," said Dr. Ravi Sandhu, an emergency physician at Foothills Prairie Children's Hospital in Calgary and the study's senior author.

"Now we have at least some data that says a short break probably helps."

Sandhu stressed that the break should be short. Earlier research has suggested that long periods of total rest after a concussion can slow recovery, he said, and young people should return to light activity, like walking, within a day or two.

Cole Ferreira, 16, a hockey player from Lethbridge, Alta., took part in the study after being hit into the boards during a game last winter. He was in the group that had to put away his phone.

"The first day was rough. I was pretty bored," he said. "But I didn't get the headaches my buddy got when he had a concussion, and I was back on the ice in about two weeks."

Some experts say the difference between the groups, while statistically significant, was small.

Dr. Élise Gagnon, a sports medicine researcher at Université de Saint-Laurent in Montreal who was not involved in the study, said two days is "a reasonable ask" of teenagers but cautioned that the trial relied on patients reporting their own symptoms.

"Kids who know they were told to avoid screens might report feeling better because they expect to," Gagnon said. "That doesn't mean the effect isn't real, but it's something to keep in mind."

Brain Injury Prairies, a Calgary-based non-profit that supports families affected by brain injuries, said in a statement that the study was "a useful reminder that recovery starts with the basics" and encouraged parents to follow up with their family doctor after any head injury.

The researchers say they now want to test whether a longer screen break, or one that only limits use at night, makes any difference.""",
        [
            ("Parents ask us all the", "Ravi Sandhu"),
            ("Now we have at least", "Ravi Sandhu"),
            ("The first day was rough.", "Cole Ferreira"),
            ("But I didn't get the", "Cole Ferreira"),
            ("a reasonable ask", "Élise Gagnon"),
            ("Kids who know they were", "Élise Gagnon"),
            ("That doesn't mean the effect", "Élise Gagnon"),
            ("a useful reminder that recovery", "Brain Injury Prairies"),
        ],
    ),
    (
        """Drug-resistant infections widespread in ICUs across India, multi-centre study finds

Bindu Menon
BENGALURU

Nearly half of the bacterial infections picked up by patients in intensive care units across 22 Indian hospitals were resistant to carbapenems, a class of antibiotics often used as a last resort, according to a study published in the Indian Journal of Critical Care Research.

The study, led by researchers at the Sri Venkatesa Institute of Medical Sciences in Tirupati, analysed 6,800 infections recorded between 2021 and 2023 in public and private hospitals in 14 States.

"We expected resistance to be high, but the numbers in some hospitals were alarming," said Dr. K. Lakshmi Narayanan, professor of microbiology at the institute and the study's lead author. In three hospitals, more than 70% of Klebsiella pneumoniae infections did not respond to carbapenems, she said.

Patients with resistant infections were almost twice as likely to die in hospital as those whose infections responded to treatment, the study found.

Dr. Narayanan said overuse of antibiotics in both hospitals and the community was driving the problem. "Patients come to us having already taken three or four courses of antibiotics from local pharmacies without a prescription. By the time they reach the ICU, the bacteria have seen it all," she told this newspaper.

Dr. Arvind Chaturvedi, an infectious diseases specialist at a private hospital in Pune who was not part of the study, said the findings matched what clinicians saw every day. "This is not a future threat. It is already here, in our wards," he said.

He said hospitals needed strict antibiotic stewardship programmes and better infection control, including measures as basic as hand hygiene. "Many hospitals have a stewardship policy on paper. Very few have a team that actually reviews every prescription," Dr. Chaturvedi said.

For families, the cost can be crippling. Ramesh Gowda, whose mother spent three weeks in an ICU in Mysuru with a resistant infection last year, said the family spent over ₹6 lakh on her treatment.

"The doctors kept changing the medicines. Nothing worked for days. We sold my wife's jewellery to pay the bills," he said. His mother survived but still needs help to walk.

A senior official in the Union Health Ministry, who did not wish to be named, said the government was updating its national action plan on antimicrobial resistance and would "take note" of the study's recommendations, which include mandatory reporting of resistant infections by all hospitals.

The authors also found that resistance was higher in private hospitals than in government ones, though they cautioned that private hospitals tended to receive sicker patients referred from elsewhere.""",
        [
            ("We expected resistance to be", "K. Lakshmi Narayanan"),
            ("Patients come to us having", "K. Lakshmi Narayanan"),
            ("This is not a future", "Arvind Chaturvedi"),
            ("Many hospitals have a stewardship", "Arvind Chaturvedi"),
            ("The doctors kept changing the", "Ramesh Gowda"),
            ("take note", "senior official in the Union Health Ministry"),
        ],
    ),
    (
        """RSV jab cuts hospital admissions among over-75s by 70%, UK study shows

Real-world NHS data bolster case for widening vaccination programme to younger age groups

Eleanor Whitcombe in London

A vaccine against respiratory syncytial virus cut hospital admissions among people aged 75 to 79 by about 70 per cent in its first winter of use, according to an analysis of NHS records that is likely to strengthen calls for the programme to be extended.

The study, led by researchers at the University of Wessex and published in the journal Vaccine Epidemiology, compared about 412,000 vaccinated people in England with a similar number of unvaccinated people of the same age, sex and health status.

‘These are really striking numbers for a first season,’ said Professor Nadia Sorensen, an epidemiologist at the University of Wessex who led the analysis. ‘RSV has been the forgotten winter virus for older adults. It puts tens of thousands of them in hospital every year and we now have a tool that clearly works.’

The vaccine, made by Oslo-listed Halvorsen Biologics, was offered on the NHS for the first time last September to people turning 75, with a one-off catch-up for those aged up to 79. Uptake reached about 60 per cent, lower than for flu and Covid-19 jabs.

Sir Malcolm Ridley, chair of the government’s independent vaccine advisory panel, said the committee would review the data ‘as a matter of priority’ when it meets next month. Ministers are under pressure to extend eligibility to people in their late sixties and early seventies, who also face a high risk of severe illness.

Dr Owen Pryce, a virologist at Severn University who was not involved in the study, said the findings were reassuring but left important questions unanswered.

‘The effect is large and it’s consistent with the trials, which is reassuring,’ he said. ‘What we don’t yet know is how long protection lasts. If it wanes after two or three seasons, the economics of the programme look quite different.’

Halvorsen said the results ‘confirm the strong protection’ seen in its clinical trials and that it was in talks with health authorities in several European countries about supplying the jab. The company’s shares rose 3 per cent in Oslo.

The vaccine costs the NHS an undisclosed sum under a confidential agreement. Health economists have estimated that a broader programme could cost several hundred million pounds over five years, partly offset by fewer hospital stays.

One hospital trust chief executive in the Midlands said RSV admissions had been ‘noticeably lower’ this winter, easing some of the pressure on respiratory wards during the January peak.

The researchers plan to publish data from the second winter of the programme next year.""",
        [
            ("These are really striking numbers", "Nadia Sorensen"),
            ("RSV has been the forgotten", "Nadia Sorensen"),
            ("as a matter of priority", "Malcolm Ridley"),
            ("The effect is large and", "Owen Pryce"),
            ("What we don’t yet know", "Owen Pryce"),
            ("confirm the strong protection", "Halvorsen Biologics"),
            ("noticeably lower", "hospital trust chief executive in the Midlands"),
        ],
    ),
]
