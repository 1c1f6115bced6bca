CASES = [
    (
        """COLUMBUS, Ohio (AP) — A blood test that hunts for tiny fragments of tumor DNA picked up early-stage pancreatic cancer in nearly two-thirds of the patients who went on to develop the disease, researchers reported Wednesday, raising cautious hopes for a cancer that is usually found too late to cure.

The study, published in the Journal of Clinical Oncology Research, followed 4,200 adults at high risk for pancreatic cancer at eight hospitals across the Midwest for up to five years. All had a strong family history of the disease or a genetic mutation that raises their risk.

"We are not at the point where anyone should walk into a clinic and ask for this test," said Dr. Miriam Okafor, a gastroenterologist at Lakeshore University Medical Center and the study's lead author. "But for the first time, we're seeing a signal early enough that surgery is still an option."

Most pancreatic cancers are diagnosed after they have spread, when treatment can extend life but rarely cure it.

Okafor said the test correctly identified 64% of cancers at stage 1 or 2, while wrongly flagging about 3 in every 100 people who turned out to be healthy. Those false alarms, she said, could set off "a cascade of scans and biopsies" that carry risks of their own.

Dr. Howard Pell, a cancer epidemiologist at the Brandt Institute for Cancer Research in Philadelphia who was not involved in the work, called the results "genuinely encouraging" but noted that most of the volunteers were white and insured.

"The people who carry the heaviest burden of this disease weren't well represented here," Pell said. "Until we test it in those communities, we don't really know how it performs."

The research was paid for in part by Calloway Genomics, the Cleveland company that developed the test. In a statement, the company said it would "move quickly but carefully" toward seeking federal approval and planned to launch a larger study next year.

For Dale Hutchins, 58, of Dayton, the science is personal. His mother and his older brother both died of pancreatic cancer, and he joined the study in 2019. His test came back positive last spring, and surgeons removed a tumor smaller than a pea in June.

"I keep thinking about my brother," Hutchins said. "He found out in March and he was gone by August. I got a phone call and a choice."

Okafor said her team is now studying whether combining the blood test with a yearly imaging scan could cut down on false alarms.""",
        [
            ("We are not at the point", "Miriam Okafor"),
            ("But for the first time,", "Miriam Okafor"),
            ("a cascade of scans and", "Miriam Okafor"),
            ("genuinely encouraging", "Howard Pell"),
            ("The people who carry the", "Howard Pell"),
            ("Until we test it in", "Howard Pell"),
            ("move quickly but carefully", "Calloway Genomics"),
            ("I keep thinking about my", "Dale Hutchins"),
            ("He found out in March", "Dale Hutchins"),
        ],
    ),
    (
        """Measles outbreak declared in Castlebridge as cases rise to 47

Health officials have declared a measles outbreak in the Midlands market town of Castlebridge after the number of confirmed cases rose to 47 in three weeks, most of them in children under 10.

The Midlands Health Protection Service said on Tuesday that nine children had been admitted to hospital, two of whom needed intensive care, and that a further 30 suspected cases were awaiting laboratory confirmation.

Dr Fiona Marchetti, the service’s consultant in health protection, said: “Measles is not a mild childhood illness. It is one of the most infectious diseases we know of, and it can cause pneumonia, swelling of the brain and, in rare cases, death.”

She urged parents to check their children’s vaccination records and to book catch-up jabs with their GP, adding that the MMR vaccine was “safe, free and highly effective”.

Uptake of the second MMR dose among five-year-olds in the Castlebridge area stood at 78% last year, according to the service, well below the 95% needed to stop the virus spreading.

A spokesperson for Castlebridge and Vale Hospitals Trust, which runs Castlebridge General Hospital, said the children’s ward was under “significant pressure” and that visiting had been restricted to one parent per child.

Leanne Dorsey, 34, whose six-year-old son spent four nights on the ward, said she had not realised how ill he could become.

“I thought it was a rash and a temperature,” she said. “By the second night he couldn’t open his eyes because the light hurt so much. I felt completely helpless.”

Ms Dorsey said her son had missed his second dose after their surgery cancelled routine appointments during a staff shortage. “Nobody chased it up and I forgot. I’m not blaming anyone but myself, but I want other parents to know.”

Prof Alan Whitcombe, a vaccine specialist at the University of Northfield, said the outbreak had been “entirely predictable”.

“We have been warning for years that pockets of low uptake were a tinderbox,” he said. “All it takes is one case coming in from abroad.”

Priya Nandakumar, the county council’s cabinet member for health, said pop-up vaccination clinics would open at three primary schools and the town’s leisure centre from Monday. “We need to make it as easy as possible,” she said. “No appointment, no questions, just turn up.”""",
        [
            ("Measles is not a mild", "Fiona Marchetti"),
            ("safe, free and highly effective", "Fiona Marchetti"),
            ("significant pressure", "spokesperson for Castlebridge and Vale Hospitals Trust"),
            ("I thought it was a", "Leanne Dorsey"),
            ("By the second night he", "Leanne Dorsey"),
            ("Nobody chased it up and", "Leanne Dorsey"),
            ("entirely predictable", "Alan Whitcombe"),
            ("We have been warning for", "Alan Whitcombe"),
            ("All it takes is one", "Alan Whitcombe"),
            ("We need to make it", "Priya Nandakumar"),
            ("No appointment, no questions, just", "Priya Nandakumar"),
        ],
    ),
    (
        """ZURICH, March 4 (Reuters) - Swiss drugmaker Helvion Pharma said on Tuesday it had paused a late-stage trial of its experimental obesity pill after a small number of patients showed signs of liver injury, sending its shares down 18% in early trading.

The company said in a statement that an independent data safety monitoring board had recommended the pause after reviewing results from 2,900 patients enrolled in the study, adding that "patient safety remains our overriding priority."

Helvion did not say how many patients were affected. A person familiar with the matter told Reuters that fewer than 20 participants had shown elevated liver enzymes and that none had needed a transplant.

Chief Executive Lukas Brenner told analysts on a conference call that the company expected to complete its review "within weeks, not months" and that it was too early to draw conclusions about the drug.

"We have seen signals like this in other programmes resolve once you look at the full dataset," Brenner said. "I'm not going to speculate before the board has done its work."

The pill, known as HLV-220, mimics a gut hormone that curbs appetite and was seen as one of the company's most valuable assets. Analysts had forecast peak annual sales of more than $6 billion if it reached the market.

Some analysts were less sanguine than Brenner. "Liver toxicity is the one thing you cannot afford in a drug meant to be taken by millions of otherwise healthy people for years," said Ruth Abernathy, a pharmaceuticals analyst at Kestrel Securities in London, who cut her price target on the stock by a third.

Another analyst, who declined to be named because of company policy, said the setback could "reset the whole timeline" for the programme and leave Helvion further behind its rivals.

Helvion said regulators in Europe and the United States had been informed and that patients already enrolled would continue to be monitored.

One participant in Lyon, who asked not to be named because she had signed a confidentiality agreement, said she had lost 14 kilograms over eight months and was "devastated" by the news.

"It is the first thing that has ever worked for me," she told Reuters by telephone. "I understand why they stopped, but I don't know what I do now."

(Reporting by Anna Keller in Zurich; Editing by Tom Baird)""",
        [
            ("patient safety remains our overriding", "Helvion Pharma"),
            ("within weeks, not months", "Lukas Brenner"),
            ("We have seen signals like", "Lukas Brenner"),
            ("I'm not going to speculate", "Lukas Brenner"),
            ("Liver toxicity is the one", "Ruth Abernathy"),
            ("reset the whole timeline", "analyst"),
            ("devastated", "participant in Lyon"),
            ("It is the first thing", "participant in Lyon"),
            ("I understand why they stopped,", "participant in Lyon"),
        ],
    ),
    (
        """By Teresa Vallone

When the labor and delivery unit at Pine Hollow Regional Hospital closes at the end of the month, expectant mothers across three rural counties will face a drive of more than an hour to the nearest hospital that delivers babies.

The hospital announced the closure on Monday in a letter to its staff, citing a shortage of obstetric nurses and a steep drop in births. The unit delivered 212 babies last year, down from nearly 400 a decade ago, and the hospital could “no longer safely staff the unit around the clock,” the letter said.

“This is the hardest decision I’ve made in 20 years in health care,” said Gregory Adeyemi, the hospital’s chief executive, in an interview on Tuesday. “We looked at every alternative. We advertised for nurses for 18 months. We simply could not hire them.”

Mr. Adeyemi said the hospital would continue to offer prenatal and postpartum care and would keep its emergency room open, but that women in labor would be directed to St. Brennan Medical Center, 68 miles away.

For Dr. Janelle Whitfield, one of two obstetricians who practice at Pine Hollow, the greatest worry is women who go into labor without warning or without a plan.

“Babies don’t wait for the highway,” Dr. Whitfield said. “We are going to see more deliveries in cars and in emergency rooms that aren’t set up for them. I would bet my license on it.”

Her concern is backed by research. A report last year from the Eastfield University Center for Rural Health Policy found that closures of rural maternity units were followed by “higher rates of out-of-hospital births, births in emergency departments without obstetric services, and preterm deliveries.” The center counted more than 100 such closures nationwide over the past decade.

Kayla Brandt, 27, is due in March and lives 15 minutes from Pine Hollow, where her mother gave birth to her.

“Now I’m looking at 70 miles, and my first labor was four hours start to finish,” Ms. Brandt said. “My husband has started joking that he’ll watch some videos on how to deliver a baby. It’s not really a joke.”

Local officials have begun searching for ways to keep the unit open. Hank Osterberg, a county commissioner, called the decision “a gut punch for every young family in this valley” and said he would ask state lawmakers for emergency funding.

But Mr. Adeyemi said money alone would not solve the problem. “If someone handed me a check tomorrow,” he said, “I still wouldn’t have the nurses.”""",
        [
            ("no longer safely staff the", "Pine Hollow Regional Hospital"),
            ("This is the hardest decision", "Gregory Adeyemi"),
            ("We looked at every alternative", "Gregory Adeyemi"),
            ("Babies don’t wait for the", "Janelle Whitfield"),
            ("We are going to see", "Janelle Whitfield"),
            ("higher rates of out-of-hospital", "Eastfield University Center for Rural Health Policy"),
            ("Now I’m looking at 70", "Kayla Brandt"),
            ("My husband has started joking", "Kayla Brandt"),
            ("a gut punch for every", "Hank Osterberg"),
            ("If someone handed me a", "Gregory Adeyemi"),
            ("I still wouldn’t have the", "Gregory Adeyemi"),
        ],
    ),
    (
        """Paris (AFP) - Extreme heat sends far more people to hospital with kidney problems each summer than previously thought, according to a study of 11 million hospital admissions in 14 countries published Thursday.

Researchers led by the Institut Méridien de Santé Publique in Marseille found that on days when temperatures rose above the local 95th percentile, admissions for acute kidney injury jumped by 22 percent, with the sharpest increases among people over 75 and outdoor workers.

"Heat is usually discussed in terms of heatstroke and heart attacks, but the kidneys are often the first organ to suffer," lead author Camille Rousseau-Diallo told AFP.

"They work very hard to preserve water, and when people are dehydrated several days in a row, they simply cannot keep up," she said.

The findings, published in the journal Environmental Health Frontiers, are based on hospital records from Europe, Asia and the Americas covering nearly two decades.

Rousseau-Diallo said the effect appeared within two days of the start of a heatwave and lasted up to a week, giving hospitals a "narrow but predictable window" to prepare extra beds and dialysis capacity.

The team estimated that around one in 12 kidney-related admissions during the summer months could be attributed to heat, a share expected to grow as the climate warms.

In a commentary published alongside the study, Japanese epidemiologist Daisuke Hanamura of the Koto Institute of Environmental Medicine in Tokyo wrote that the results should be "a wake-up call for health systems that still treat summer as the quiet season."

Older people are vulnerable because they feel thirst less acutely and often take medicines, such as diuretics, that increase fluid loss, the authors noted.

But outdoor workers in farming and construction were also at high risk, even when young and healthy.

"Many of them don't drink enough because there is nowhere to go to the toilet on a building site," Rousseau-Diallo said. "It sounds trivial, but it is a real occupational hazard."

A spokesman for the Global Alliance of Construction Unions said the union would use the findings to push for mandatory rest breaks and shaded water stations on sites during heatwaves.

"We have the evidence now. There is no more excuse," he told AFP.

The researchers called for heat warnings to include specific advice on hydration and for doctors to review medication doses for elderly patients ahead of forecast heatwaves.""",
        [
            ("Heat is usually discussed in", "Camille Rousseau-Diallo"),
            ("They work very hard to", "Camille Rousseau-Diallo"),
            ("narrow but predictable window", "Camille Rousseau-Diallo"),
            ("a wake-up call for health", "Daisuke Hanamura"),
            ("Many of them don't drink", "Camille Rousseau-Diallo"),
            ("It sounds trivial, but it", "Camille Rousseau-Diallo"),
            ("We have the evidence now.", "spokesman for the Global Alliance of Construction Unions"),
        ],
    ),
    (
        """PORT ALDEN — A cooling tower on the roof of a downtown office building is the likely source of a Legionnaires’ disease outbreak that has sickened 14 people and killed one, the Alden County Health Department said Friday.

Laboratory tests found Legionella bacteria in water samples from the tower at 400 Mercer St. that genetically matched bacteria taken from three patients, the department said in a statement. The building’s owner, Crestline Property Group, shut down the tower last week and has since disinfected it.

Dr. Naomi Feld, the county’s health officer, told reporters at a news conference that the risk to the public had dropped sharply since the tower was cleaned on Tuesday, but that new cases could still appear because symptoms can take up to two weeks to develop.

“If you were downtown in the last two weeks and you develop a fever, cough or shortness of breath, please don’t wait it out,” Feld said. “Call your doctor and tell them you may have been exposed. This is a treatable illness, especially when it’s caught early.

“We’re also asking every building owner in the county with a cooling tower to make sure their maintenance records are up to date. We will be checking.”

Legionnaires’ disease is a severe form of pneumonia caused by inhaling mist that contains the bacteria. It does not spread from person to person.

The man who died was in his 70s and had underlying health conditions, according to the department, which did not release his name.

In a written statement, Crestline said it was “cooperating fully” with investigators and had hired an outside firm to review its water-management program. “Our thoughts are with the families who have been affected, and we are committed to doing everything we can to help,” the statement said.

Among those hospitalized was Rafael Ortiz, 61, a security guard who works two blocks from the building. His daughter, Elena Ortiz, said he spent five days in intensive care and was released Wednesday.

“He kept saying it was just a cold,” she said. “By the time we got him to the ER, he couldn’t finish a sentence.”

Feld said inspectors had checked 38 other cooling towers downtown this week and found “no other sources of concern so far.”

City Council member Tom Hadley said he would introduce an ordinance next month requiring quarterly testing of every cooling tower in the city, saying voluntary guidelines had “clearly failed.”

“We got lucky that it wasn’t worse,” Hadley said. “I don’t want to rely on luck next summer.”""",
        [
            ("If you were downtown in", "Naomi Feld"),
            ("Call your doctor and tell", "Naomi Feld"),
            ("cooperating fully", "Crestline Property Group"),
            ("Our thoughts are with the", "Crestline Property Group"),
            ("He kept saying it was", "Elena Ortiz"),
            ("By the time we got", "Elena Ortiz"),
            ("no other sources of concern", "Naomi Feld"),
            ("clearly failed", "Tom Hadley"),
            ("We got lucky that it", "Tom Hadley"),
            ("I don’t want to rely", "Tom Hadley"),
        ],
    ),
    (
        """People who feel lonely in middle age are almost a third more likely to develop dementia later in life, according to a 20-year study of more than 30,000 adults.

Researchers at the University of Kelvinmoor followed participants from the age of 45 and found that persistent loneliness was linked to a 31 per cent higher risk of dementia, even after accounting for depression, smoking, blood pressure and education.

Dr Harriet Oyelaran, who led the study, said the findings suggested that loneliness was “not just an early symptom of dementia but plausibly a contributor to it”.

“We were very careful to exclude people who were already showing cognitive decline at the start,” she said. “Even then, the association held up. It was there in men and women, and across income groups.”

The researchers cautioned that the study was observational and could not prove cause and effect. Loneliness may raise the risk of dementia by increasing stress hormones, disrupting sleep or reducing the mental stimulation that comes from conversation, they suggested.

Professor Graham Tulloch, a neurologist at St Aldric’s Hospital in Edinburgh who was not involved in the research, said: “This is a large, well-conducted study and it adds to a growing body of evidence. But we should be careful about telling people that being lonely will give them dementia. The biology is still poorly understood.”

The study, published in the journal Ageing and Mind, comes a month after a report by the Institute for Ageing and Health Policy estimated that 1.2 million older people in Britain go a week or more without speaking to a friend or relative. The report described loneliness as “a public health problem hiding in plain sight” and called on ministers to fund local befriending schemes.

Margaret Ellery, 79, from Dunfermline, who was widowed four years ago, said a weekly lunch club at her local church had “changed everything”.

“There were days when the only voice I heard was the television,” Mrs Ellery said. “Now I have people who notice if I don’t turn up. That matters more than any pill.”

Dr Oyelaran said her team would next examine whether programmes that reduce loneliness also reduce dementia risk. “That’s the real question,” she said. “Loneliness is something we can change, and if changing it protects the brain, that is enormously important.”""",
        [
            ("not just an early symptom", "Harriet Oyelaran"),
            ("We were very careful to", "Harriet Oyelaran"),
            ("Even then, the association held", "Harriet Oyelaran"),
            ("This is a large, well-conducted", "Graham Tulloch"),
            ("a public health problem hiding", "Institute for Ageing and Health Policy"),
            ("changed everything", "Margaret Ellery"),
            ("There were days when the", "Margaret Ellery"),
            ("Now I have people who", "Margaret Ellery"),
            ("That’s the real question", "Harriet Oyelaran"),
            ("Loneliness is something we can", "Harriet Oyelaran"),
        ],
    ),
    (
        """HALIFAX — A compound made by bacteria living on a sea sponge off Nova Scotia's coast can kill several drug-resistant superbugs in laboratory tests, researchers say, in what they call a promising but very early lead in the hunt for new antibiotics.

A team at Bedford Cove University collected sponges off the province's southwestern shore and grew the bacteria that live on them. One strain produced a molecule, which the researchers have named scotiamycin, that killed drug-resistant staphylococcus and two other hospital bacteria in lab dishes and cleared infections in mice.

The findings were published Wednesday in the journal Microbial Frontiers.

"When we saw the plates, we honestly thought someone had made a mistake," said microbiologist Aisling Tremblay-MacNeil, who led the research. "The resistant strains just didn't grow."

Tremblay-MacNeil stressed that the compound has not been tested in people and that years of safety studies lie ahead.

"Most molecules that look this good in a dish never make it to a pharmacy shelf," she said in an interview. "I want to be really honest about that. This is the first step of a very long staircase."

Drug-resistant infections are a growing problem in Canadian hospitals. A report last year by the National Panel on Antimicrobial Stewardship, an independent advisory body, warned that resistant infections were "already costing lives and hospital beds every single day" and that the pipeline of new antibiotics was "dangerously thin."

Dr. Corentin Lafleche, an infectious diseases physician at Halifax Harbour Health Centre, said he sees the consequences regularly.

"I had a patient last month where we were down to one drug that still worked, and it's one that can damage the kidneys," he said. "That's the reality on the wards now."

Lafleche called the sponge discovery "exactly the kind of science we need more of," but said early antibiotic research struggles for money because drug companies see little profit in medicines that are meant to be used sparingly.

Brent Mosher, 44, of Truro, N.S., spent six weeks in hospital with a resistant infection after knee surgery. He said he had assumed antibiotics were "a sure thing" until doctors went through three of them without success.

"You don't think about it until it's you," Mosher said. "Anything that gives people like me more options, I'm all for it."

The university said it has filed a patent application and is seeking partners to develop the compound further.""",
        [
            ("When we saw the plates,", "Aisling Tremblay-MacNeil"),
            ("The resistant strains just didn't", "Aisling Tremblay-MacNeil"),
            ("Most molecules that look this", "Aisling Tremblay-MacNeil"),
            ("I want to be really", "Aisling Tremblay-MacNeil"),
            ("already costing lives and hospital", "National Panel on Antimicrobial Stewardship"),
            ("dangerously thin", "National Panel on Antimicrobial Stewardship"),
            ("I had a patient last", "Corentin Lafleche"),
            ("That's the reality on the", "Corentin Lafleche"),
            ("exactly the kind of science", "Corentin Lafleche"),
            ("a sure thing", "Brent Mosher"),
            ("You don't think about it", "Brent Mosher"),
            ("Anything that gives people like", "Brent Mosher"),
        ],
    ),
]
