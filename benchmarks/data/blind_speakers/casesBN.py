CASES = [
    ("""A once-weekly injection developed by Halvorsen Therapeutics reduced hospital admissions for heart failure by 31 percent in a late-stage trial, researchers reported on Wednesday, raising hopes for a new option for millions of patients whose hearts struggle to pump blood effectively.

The study, known as “PULSE-HF,” enrolled 4,200 adults in 14 countries and followed them for an average of 22 months. The results were published in the Journal of Cardiovascular Outcomes and presented at the European Heart Congress in Lisbon.

“These are the kind of numbers we have been waiting a decade to see. Patients on the drug spent fewer nights in hospital, and they told us they felt better,” said Dr. Miriam Castellanos, a cardiologist at Brookfield University Medical Center who led the trial.

Castellanos cautioned that the trial was not large enough to show whether the drug, called velnatide, reduced deaths. She described the mortality data as “encouraging but not conclusive.”

Side effects were mostly mild, though about 8 percent of patients on velnatide stopped taking it because of nausea, compared with 3 percent of those on placebo.

Dr. Owen Pritchard, a heart-failure specialist at St. Aldric’s Hospital in Manchester who was not involved in the research, said the nausea figures deserved more attention than they were likely to get. “Eight percent sounds small until you are the patient who can’t keep breakfast down,” he said. He added that in routine practice, without trial nurses checking in every week, he would expect the figure to be higher.

Halvorsen, which is based in Copenhagen, said in a statement that it planned to seek approval in the United States and Europe before the end of the year. The company described velnatide as “a potential cornerstone therapy” but declined to say how much it would charge.

Price is likely to be a sticking point. A spokesperson for the National Health Pricing Board said the agency would “look closely at the evidence on value” once an application was submitted, and noted that older heart-failure medicines had become far cheaper as their patents expired.

For patients, the wait may feel long. Gerald Tumelty, 67, who took part in the trial at a site in Leeds, said he had noticed a difference within weeks of his first injection, though he never learned whether he had been given the drug or a placebo.""",
     [
        ("These are the kind of", "Miriam Castellanos"),
        ("encouraging but not conclusive", "Miriam Castellanos"),
        ("Eight percent sounds small until", "Owen Pritchard"),
        ("a potential cornerstone therapy", "Halvorsen Therapeutics"),
        ("look closely at the evidence", "spokesperson for the National Health Pricing Board"),
     ]),

    ('''Health officials in Carver County have confirmed 19 cases of measles linked to an outbreak that began at a youth soccer tournament last month, and they warned on Monday that the number was likely to rise.

The Carver County Department of Public Health said in a news release that most of those infected were unvaccinated children between the ages of 4 and 12. Three have been admitted to the hospital, the department said, and one remains in intensive care.

"Measles is one of the most contagious diseases we know of. A single case in a crowded waiting room can lead to dozens more," the release said.

Dr. Renata Okonjo, the county's health officer, told reporters at a briefing that investigators were still tracing contacts from the tournament, which drew teams from five neighboring counties. She said the department had identified more than 600 people who may have been exposed.

"We are asking families to check their records tonight, not next week. If you are not sure whether your child has had both doses, call your doctor or come to one of our clinics," Okonjo said.

The department has opened free walk-in vaccination sites at two libraries and a community center under a campaign it calls "Two Doses, Zero Doubts." Officials said about 340 people received shots over the weekend.

Vaccination rates among kindergartners in the county have fallen from 95 percent to 88 percent over the past six years, according to state data. Okonjo called the decline "a slow leak that has finally become a flood."

At Westbrook Elementary School, where two of the infected children are enrolled, unvaccinated students have been told to stay home for 21 days. Principal Darnell Hughes wrote in a letter to parents that the decision had not been taken lightly.

"I know this is a hardship for working families, but our first responsibility is to keep every child in this building safe, including those who are too young or too sick to be vaccinated," he wrote.

Some parents pushed back. A mother of two Westbrook students, who asked not to be named because she feared harassment online, said the exclusion felt "like a punishment for making a medical choice."

The state Department of Health said it was sending additional staff to help with contact tracing.''',
     [
        ("Measles is one of the", "Carver County Department of Public Health"),
        ("We are asking families to", "Renata Okonjo"),
        ("a slow leak that has", "Renata Okonjo"),
        ("I know this is a", "Darnell Hughes"),
        ("like a punishment for making", "mother of two Westbrook students"),
     ]),

    ("""Patients arriving at emergency departments across the province waited an average of 6.4 hours to be admitted to a ward last winter, the longest delays on record, according to a report released Thursday by the Health Quality Council.

The report, titled “Stuck at the Front Door,” examined data from 31 hospitals and found that one in eight patients who needed admission spent more than 12 hours on a trolley in a corridor or cubicle.

Priya Raman, the council’s chief executive, said the findings should alarm anyone who might one day need emergency care. “Long waits are not just uncomfortable. Our analysis shows they are associated with a measurable increase in deaths,” she said.

The council estimated that the delays contributed to about 300 excess deaths over the period, though it acknowledged the figure was based on statistical modeling rather than reviews of individual cases.

Hospital leaders said the problem begins far from the emergency room. At Riverside General, the busiest hospital in the study, about 90 beds on any given day are occupied by patients who are medically ready to leave but have nowhere to go because nursing homes and home-care services are full.

“We call them ‘delayed discharges,’ but these are people, often frail and elderly, who are stuck. Every one of those beds is a bed we can’t give to someone waiting downstairs,” said Thomas Adebayo, the hospital’s chief operating officer.

The Ministry of Health said in a statement that it had already committed funding for 1,200 additional long-term care places and was “working urgently with hospitals to improve patient flow.” Health Minister Caroline Dufresne did not respond to requests for an interview.

Nurses said the report confirmed what they had been saying for years. Helen Marchetti, president of the Provincial Nurses’ Union, said her members were “exhausted and demoralized” and that some were leaving the profession altogether.

“You cannot keep asking people to do the impossible, shift after shift, and expect them to keep coming back,” Marchetti said in an interview.""",
     [
        ("Long waits are not just", "Priya Raman"),
        ("We call them ‘delayed discharges,’", "Thomas Adebayo"),
        ("working urgently with hospitals to", "Ministry of Health"),
        ("exhausted and demoralized", "Helen Marchetti"),
        ("You cannot keep asking people", "Helen Marchetti"),
     ]),

    ("""Scientists at Northgate University say they have discovered a new class of antibiotic in soil bacteria collected from a disused coal mine, a finding they hope could eventually help doctors treat infections that no longer respond to existing drugs.

The compound, which the team has nicknamed “blackstone” after the mine where it was found, killed several drug-resistant strains of bacteria in laboratory dishes and cleared infections in mice, according to a paper published Tuesday in the journal Microbial Frontiers.

Professor Aisha Lindqvist, the microbiologist who led the research, said the discovery came after her team had screened more than 10,000 soil samples over five years.

“Most of what you find in soil, you have seen before,” Lindqvist said. “When this one came up, we assumed it was contamination. We repeated the experiment four times before anyone was allowed to get excited.

“What makes it interesting is the way it attacks the bacterial cell wall. It hits a target that, as far as we can tell, no approved antibiotic uses.”

Outside experts welcomed the work but stressed how far it is from a pharmacy shelf. Dr. Samuel Breck, who studies antimicrobial resistance at the Institute for Global Health in Geneva, noted that most promising compounds fail long before they reach human trials.

“It’s a genuinely nice piece of science,” he said. “But I have seen a hundred press releases about miracle molecules from the mud. The question is whether anyone will pay to develop it.”

Breck was referring to the economics of antibiotic development, in which companies earn little from “last-resort” drugs that doctors deliberately keep in reserve.

The World Health Organization lists antimicrobial resistance among the top threats to global health and estimates that drug-resistant infections directly cause more than a million deaths a year.

Lindqvist said the university was in early talks with a nonprofit drug-development partnership about taking the compound forward. She said the team would next test whether it was safe in larger animals, a step she expected to take at least two years.""",
     [
        ("Most of what you find", "Aisha Lindqvist"),
        ("When this one came up,", "Aisha Lindqvist"),
        ("It’s a genuinely nice piece", "Samuel Breck"),
        ("But I have seen a", "Samuel Breck"),
     ]),

    ("""Mereton Pharmaceuticals is recalling more than 2 million bottles of a widely used blood-pressure medication after tests found trace amounts of a chemical that may raise the risk of cancer with long-term exposure, the company and federal regulators said Friday.

The recall covers 23 lots of amlodipine-valsartan tablets sold under the brand name Cardivex and shipped to pharmacies between March and October of last year. The Medicines and Devices Safety Agency said the contaminant, a nitrosamine impurity, had been found at levels above its acceptable daily limit.

In a notice posted on its website, the agency urged patients not to stop taking the drug abruptly. “The risk of suddenly stopping your blood pressure medicine is far greater than the risk posed by the impurity,” the notice said. Patients should ask a pharmacist or doctor about a replacement, it added.

Mereton said it had traced the problem to a supplier’s plant that produces one of the drug’s raw ingredients, and that it had suspended orders from the plant. “Patient safety is our highest priority,” the company said.

The explanation did little to reassure Linda Farrow, who runs an independent pharmacy in Duncan Falls and has fielded dozens of calls from worried customers since the announcement.

“People are frightened, and I understand why. They hear the word ‘cancer’ and they want to throw the bottle in the bin. My job this week is mostly talking them down,” Farrow said.

It is the third nitrosamine-related recall to hit the industry in 18 months. Dr. Felix Amankwah, a professor of pharmaceutical sciences at Kellerman University, said the repeated problems pointed to weaknesses in how companies monitor suppliers overseas.

“Manufacturers have outsourced so much of the chemistry that they sometimes don’t know exactly what is happening three steps up the chain,” he said. He added that regulators had been slow to respond since the first nitrosamine contaminations came to light in 2018.

A spokesperson for the agency said inspections of ingredient suppliers had increased and that new testing requirements would take effect next year.""",
     [
        ("The risk of suddenly stopping", "Medicines and Devices Safety Agency"),
        ("Patient safety is our highest", "Mereton Pharmaceuticals"),
        ("People are frightened, and I", "Linda Farrow"),
        ("Manufacturers have outsourced so much", "Felix Amankwah"),
     ]),

    ("""A dairy worker in Harlan Valley has tested positive for H5N1 bird flu, state health officials said Sunday, the first human case in the state since the virus began spreading among cattle herds last spring.

The worker, who has not been identified, developed conjunctivitis, or pink eye, and mild respiratory symptoms after working with infected cows, according to the State Department of Health Services. The person was treated with antiviral medicine and is recovering at home.

Dr. Lionel Fairweather, the state epidemiologist, said there was no evidence that the virus had spread from the worker to anyone else. Family members and co-workers were being monitored and offered antiviral drugs as a precaution, he said.

“The risk to the general public remains low,” Fairweather said at a news conference in the state capital. He added that the case showed the virus was now circulating in the state’s herds and that people who work closely with animals were being exposed.

Federal health authorities have reported dozens of human cases nationally over the past year, nearly all of them mild. But scientists worry that each new human infection gives the virus another chance to mutate in ways that could help it spread between people.

Dr. Hana Kowalczyk, a virologist at Easton Institute of Technology, put it bluntly: “Every time this virus gets into a person, it’s rolling the dice. Most of the time the dice land badly for the virus. We’d rather it didn’t get to keep rolling.”

Farm advocates have complained that testing of workers remains patchy. Many farmworkers lack sick leave or health insurance and fear losing wages if they report symptoms, said Rosa Delgado, an organizer with the Valley Farmworkers Alliance.

“Nobody is going to come forward if it means losing a week of pay,” Delgado said. She said her group had been handing out goggles and gloves at dairies as part of an effort it calls “Safe Hands, Safe Herds.”

One senior official at the state agriculture department, who was not authorized to speak publicly, said the department had been reluctant to require testing of herds for fear of alienating farmers. “We’ve been asking nicely for a year, and that clearly hasn’t been enough,” the official said.""",
     [
        ("The risk to the general", "Lionel Fairweather"),
        ("Every time this virus gets", "Hana Kowalczyk"),
        ("Nobody is going to come", "Rosa Delgado"),
        ("We’ve been asking nicely for", "senior official at the state agriculture department"),
     ]),

    ('''A leading medical journal has retracted a widely cited 2019 study that suggested a common dietary supplement could slow memory loss in older adults, after an investigation found that much of the underlying data could not be verified.

The Lancaster Medical Journal announced the retraction on Tuesday in a brief notice on its website. "The editors no longer have confidence in the integrity of the data reported in this article," the notice said.

The study, led by researchers at Halden University, reported that people with mild cognitive impairment who took high doses of the supplement, a form of magnesium, performed better on memory tests after a year than those given a placebo. It has been cited more than 400 times and was promoted by supplement makers, some of which marketed their products as "brain food."

Questions about the paper were first raised in 2022 by Ingrid Solberg, an independent research-integrity consultant who noticed that several tables contained identical columns of figures. She posted her concerns on PubPeer, a website where scientists discuss published work, and later wrote to the journal's editors.

"Some of the numbers were simply too perfect. Real patients are messy, and these weren't," Solberg said in an interview.

Halden University said in a statement that its own inquiry had found "serious shortcomings in record-keeping" but no evidence of deliberate fabrication. The lead author, Dr. Victor Amsel, has since left the university. Reached by email, Amsel said he "stood by the conclusions" of the study and that the original records had been lost when a university server was decommissioned.

Solberg said she found that explanation hard to accept, noting that the journal had asked for the raw data more than once before the server was shut down.

Dr. Kwame Boateng, who studies publication practices at the Centre for Evidence Review in Bristol, said the case illustrated how slowly the scientific record corrects itself. Four years, he said, was a long time for a flawed study to shape what doctors tell patients and what people buy in pharmacies.

The journal's editor-in-chief, Dr. Margaret Oyelaran, said it had tightened its data-sharing requirements since the paper was published.''',
     [
        ("The editors no longer have", "Lancaster Medical Journal"),
        ("Some of the numbers were", "Ingrid Solberg"),
        ("serious shortcomings in record-keeping", "Halden University"),
        ("stood by the conclusions", "Victor Amsel"),
     ]),

    ("""Ambulances were diverted from St. Brendan’s Regional Hospital for a third straight day on Wednesday as the hospital struggled to restore computer systems knocked offline by a ransomware attack, forcing staff to return to paper charts and handwritten prescriptions.

The hospital first disclosed the problem in a post on social media late Sunday, describing it as “a network disruption affecting some clinical systems.” By Tuesday it had acknowledged that the disruption was caused by criminals who had encrypted its files and demanded payment.

Dr. Naveen Sethi, the hospital’s chief executive, told reporters outside the main entrance that care remained safe, if slower. “Our doctors and nurses trained on paper, and they are remembering fast. What we will not do is take risks with anyone’s life to save time,” he said.

Sethi declined to say whether the hospital would pay the ransom, citing advice from law enforcement.

Surgeons have postponed about 140 planned operations, including some cancer procedures, and the laboratory is processing blood tests by hand. A nurse in the emergency department, who asked not to be named because staff had been told not to speak to the media, described the past three days as “controlled chaos.”

Security researchers said the attack bore the hallmarks of a group known as “Black Lantern,” which has targeted at least a dozen hospitals in the past year.

“Hospitals are attractive targets because every hour of downtime is measured in patient harm, and the criminals know it,” said Eleanor Voss, a cybersecurity analyst at Marlow Risk Partners. She said hospitals often run older software that is difficult to update without interrupting care.

The regional health authority said nearby hospitals had taken in more than 300 additional emergency patients since Sunday. Officials expect the diversions to continue at least through the weekend.""",
     [
        ("a network disruption affecting some", "St. Brendan’s Regional Hospital"),
        ("Our doctors and nurses trained", "Naveen Sethi"),
        ("controlled chaos", "nurse in the emergency department"),
        ("Hospitals are attractive targets because", "Eleanor Voss"),
     ]),
]
