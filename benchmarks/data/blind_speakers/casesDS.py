CASES = [
    (
        """Rural Ohio hospital to stop delivering babies, citing staff shortage

MERIDIAN FALLS, Ohio (AP) — A rural hospital in southeastern Ohio will stop delivering babies at the end of next month, leaving expectant mothers in three counties to drive an hour or more to give birth, hospital officials said Tuesday.

Tri-County Memorial Hospital said in a statement that it could no longer recruit enough obstetricians and labor and delivery nurses to keep its birthing unit open safely. The hospital delivered 212 babies last year, down from nearly 400 a decade ago.

"This was the hardest decision our board has made in the 61 years this hospital has existed," the statement said. "We will not run a unit that we cannot staff."

Dr. Helen Marchetti, the hospital's chief medical officer, said the unit had relied on traveling nurses for most of the past two years, at a cost the hospital could not sustain.

"We were paying agency rates for nearly every night shift," Marchetti said in an interview. "At some point you are not running a maternity ward. You are running a staffing agency with a maternity ward attached."

The nearest remaining delivery unit is in Zanesport, about 50 miles away over State Route 78, a winding stretch that locals call "the Corkscrew."

Kaylee Runyon, 27, who is due in March, had planned to deliver at Tri-County, where her two older children were born.

"Now I'm looking at over an hour on a two-lane road in the middle of winter," she said. "If something goes wrong, that's a long time to be in a car."

Garrison County Commissioner Dale Pruett called the closure "a blow to every young family out here" and said commissioners would ask the state for money to help open a freestanding birth center.

Marcus Ebright, executive director of the Appalachian Rural Health Alliance, an advocacy group, said at least nine hospitals in the region have closed labor and delivery units since 2015.

"Every one of these closures pushes the risk onto the mother," Ebright said, adding that women who live far from a delivery unit are more likely to give birth in an emergency room or on the side of the road.

The hospital said its emergency department would remain open around the clock and that its clinics would continue to offer prenatal visits up to 36 weeks. Marchetti said emergency staff would receive additional training in handling unexpected deliveries.

"Our ER will be here, and our doctors will be here," she said. "We just can't promise a delivery room anymore."

The birthing unit's last scheduled day is Feb. 28.""",
        [
            ("This was the hardest decision", "Tri-County Memorial Hospital"),
            ("We will not run a", "Tri-County Memorial Hospital"),
            ("We were paying agency rates", "Helen Marchetti"),
            ("At some point you are", "Helen Marchetti"),
            ("Now I'm looking at over", "Kaylee Runyon"),
            ("If something goes wrong, that's", "Kaylee Runyon"),
            ("a blow to every young", "Dale Pruett"),
            ("Every one of these closures", "Marcus Ebright"),
            ("Our ER will be here,", "Helen Marchetti"),
            ("We just can't promise a", "Helen Marchetti"),
        ],
    ),
    (
        """BASEL, June 3 (Reuters) - Swiss drugmaker Veltrana Pharma said on Tuesday that the country's medicines regulator had rejected its experimental migraine treatment, sending its shares down 14% and clouding the outlook for a drug analysts had expected to become its biggest seller.

The Federal Agency for Therapeutic Products (FATP) said in a decision letter, which Veltrana published on its website, that data from the company's main late-stage trial were "insufficient to establish a favourable benefit-risk balance" for the drug, known as VLT-207.

The letter cited a higher rate of liver enzyme elevations among patients taking the drug than among those on placebo, and said the company had not adequately explained "why these signals were more frequent at the higher dose."

Veltrana Chief Executive Annika Brunner said the company disagreed with the agency's reading of the data and would file an appeal within the 30-day window allowed under Swiss law.

"We believe the totality of the evidence supports approval, and we intend to make that case forcefully," Brunner told analysts on a conference call. She described the liver findings as "mild, reversible and closely monitored."

Shares in Veltrana closed at 61.40 Swiss francs, their lowest level since October 2020. Some investors had nicknamed the drug "the off switch" after mid-stage data showed patients' monthly attacks falling by more than half.

Analysts were sceptical that an appeal would succeed. "An appeal is a long road, and the market is now pricing in at least an 18-month delay," Thomas Albrecht, an analyst at Kessler Vogt Bank, wrote in a note to clients.

The regulator, which rarely comments on individual decisions, was blunt in a brief statement: "Patients living with migraine deserve new options, but not at the cost of safety risks we cannot yet measure."

An FATP spokeswoman declined to comment beyond the statement.

The Swiss Migraine Patients' Association, which had campaigned for a faster review, said it was "deeply disappointed" by the decision. Its president, Corinne Stähli, said many members had exhausted existing treatments.

"For some of our members, this drug was the first thing that worked in 20 years," Stähli told Reuters. "They are now being told to wait again."

Veltrana said it would continue to supply VLT-207 to patients enrolled in an ongoing extension study. The drug is also under review in several other markets, where decisions are expected next year.

(Reporting by Miriam Okonjo-Fehr; Editing by Paul Haverty)""",
        [
            ("insufficient to establish a favourable", "Federal Agency for Therapeutic Products"),
            ("why these signals were more", "Federal Agency for Therapeutic Products"),
            ("We believe the totality of", "Annika Brunner"),
            ("mild, reversible and closely monitored", "Annika Brunner"),
            ("An appeal is a long", "Thomas Albrecht"),
            ("Patients living with migraine deserve", "Federal Agency for Therapeutic Products"),
            ("deeply disappointed", "Swiss Migraine Patients' Association"),
            ("For some of our members,", "Corinne Stähli"),
            ("They are now being told", "Corinne Stähli"),
        ],
    ),
    (
        """Patients left on hospital trolleys for up to 41 hours, inspectors find

By Rhiannon Clegg, Health Correspondent

Patients at Calderbrook General Hospital were left on trolleys in corridors for up to 41 hours last winter, with some “not offered food or water for most of a shift”, according to a report by the Care Standards Inspectorate published today.

The report, titled “Waiting in the Corridor”, rated the hospital’s emergency department as inadequate, the lowest of four grades, and ordered managers to produce an improvement plan within 28 days.

Inspectors who made an unannounced visit in January counted 38 patients being cared for in corridors, including a stretch of the ground floor that staff had nicknamed “the runway”. They also found a side room “used as a store cupboard and a treatment cubicle at the same time”.

The inspectorate’s chief inspector of hospitals, Prof Gareth Oyelaran, said: “Staff are working incredibly hard in conditions that no one would choose. But what we saw at Calderbrook was neither safe nor dignified.”

He added that the problems were “not unique to this hospital” and reflected pressure on emergency departments across the region, where a lack of social care places means medically fit patients cannot be discharged.

Calderbrook and District Hospitals Trust, which runs the hospital, said it accepted the findings in full. Its chief executive, Dr Miriam Achterberg, said:

“I want to apologise to every patient and family who was let down. We have opened 24 additional beds since the inspection and brought in a dedicated corridor care team, but I know that is not enough on its own.

“We will not rest until nobody in our hospital waits like this again.”

The daughter of one patient, who asked not to be named, said her 84-year-old father had spent two nights on a trolley after a fall at home. “He kept asking where his bed was,” she said. “Nobody could tell him, because there wasn’t one.”

Colin Fairhurst, regional secretary of the Nursing and Midwifery Union, said members had been raising concerns “for months, if not years”.

“Corridor care has become normalised, and that should frighten everyone,” Mr Fairhurst said. “Nurses are being asked to deliver intensive care next to a fire exit.”

Harriet Doyle-Sands, who chairs the patient group Calderbrook Hospital Watch, said the report confirmed what families had been describing for two years. “Nobody reading this should be surprised,” she said. “The only surprise is that it took an inspection to make anyone listen.”

The trust is expected to present its improvement plan to its board next month.""",
        [
            ("not offered food or water", "Care Standards Inspectorate"),
            ("used as a store cupboard", "Care Standards Inspectorate"),
            ("Staff are working incredibly hard", "Gareth Oyelaran"),
            ("not unique to this hospital", "Gareth Oyelaran"),
            ("I want to apologise to", "Miriam Achterberg"),
            ("He kept asking where his", "daughter of one patient"),
            ("Nobody could tell him,", "daughter of one patient"),
            ("for months, if not years", "Colin Fairhurst"),
            ("Corridor care has become normalised,", "Colin Fairhurst"),
            ("Nurses are being asked to", "Colin Fairhurst"),
            ("Nobody reading this should be", "Harriet Doyle-Sands"),
            ("The only surprise is that", "Harriet Doyle-Sands"),
        ],
    ),
    (
        """Counterfeit Weight-Loss Shots Sent 14 People to Hospitals, Officials Say

By Leah Vinterberg

PORT ELLERY, Md. — At least 14 people in this waterfront city have been hospitalized after receiving injections sold as a popular weight-loss drug at beauty salons and pop-up clinics, county health officials said on Thursday, warning that the products were counterfeit and in some cases contained insulin.

Dr. Renata Solberg, the health officer for Tidewater County, said at a news conference that several patients had arrived at emergency rooms confused and sweating, with dangerously low blood sugar. Two were admitted to intensive care; all have since been released.

“These are not bargains,” Dr. Solberg said. “These are unlabeled vials of unknown contents being injected by people with no medical training.”

The counterfeit market has flourished since the genuine drug went into short supply last year, fueled in part by “wellness” businesses that operate with little oversight.

The Tidewater County Health Department issued an advisory on Thursday describing the vials as “a serious and immediate threat to health” and urging anyone who had received such an injection to seek medical attention if they felt shaky, dizzy or unusually hungry.

One patient, Marisol Quintanar, 44, a school bus dispatcher, said she had paid $180 for a shot after seeing an advertisement on social media.

“It was cheaper than my co-pay, and the woman had a white coat on,” Ms. Quintanar said in an interview from her home. “I thought she was a nurse. I didn’t think to ask.”

Within two hours, she said, her hands were shaking so badly that she could not hold her phone. Her teenage son called 911.

Dr. Isaac Lindqvist, an endocrinologist at Bayview Medical Center who treated two of the patients, said the shortage had created an opening for fraud. “When people can’t get the real thing, someone will always sell them a fake,” he said.

Corvane Therapeutics, which makes the genuine drug, said in a statement that it “does not sell its products through salons, spas or social media” and that it was cooperating with investigators.

A lawyer for one of the salons, Gregory Tillman, said his client had “acted in good faith” and had believed the products were legitimate. He said the salon had stopped offering injections.

Dr. Solberg said the county was working with state prosecutors and the state board of nursing to identify whoever had administered the shots.

“If you are putting a needle in someone’s arm, you need a license, and you need to know what’s in the syringe,” she said.

Officials said more cases were likely to surface in the coming weeks.""",
        [
            ("These are not bargains", "Renata Solberg"),
            ("These are unlabeled vials of", "Renata Solberg"),
            ("a serious and immediate threat", "Tidewater County Health Department"),
            ("It was cheaper than my", "Marisol Quintanar"),
            ("I thought she was a", "Marisol Quintanar"),
            ("When people can’t get the", "Isaac Lindqvist"),
            ("does not sell its products", "Corvane Therapeutics"),
            ("acted in good faith", "Gregory Tillman"),
            ("If you are putting a", "Renata Solberg"),
        ],
    ),
    (
        """Cough syrup maker’s licence suspended after samples found contaminated

Special Correspondent

HYDERABAD: The State Drug Standards Board on Friday suspended the manufacturing licence of a pharmaceutical unit at Medchal after samples of its paediatric cough syrup were found to contain diethylene glycol, a toxic industrial solvent, at levels far above the permissible limit.

Addressing reporters, the board’s Director-General, S. Ramachandra Varma, said the firm, Sunmarg Lifesciences Pvt. Ltd., had been directed to halt production immediately and recall all batches of the syrup, sold under the brand name ‘Kofrelief DX’.

“Three of the five samples we drew from retail outlets contained diethylene glycol. There is no question of allowing this product to remain on the shelves,” Mr. Varma said.

He said the firm had “failed to test its raw material” before use, a lapse he termed “unpardonable in a product meant for children”. Inspectors had also found that the firm’s quality control register had not been updated since January, he added.

The action comes a week after two toddlers from a village near Sangareddy died of acute kidney injury. Their families told health officials that the children had been given the syrup for a cold.

“Both children came to us with their kidneys completely shut down. The parents said the only medicine they had given was this syrup,” said Dr. Padmaja Kondaveeti, head of paediatric nephrology at City Children’s Hospital, where the children were treated.

Dr. Kondaveeti said a third child, a four-year-old girl, was on dialysis and was “slowly improving”.

“We bought it from the medical shop near the bus stand. How were we to know it was poison?” asked Ramulu, a daily-wage labourer whose 18-month-old son was among those who died.

In a statement, Sunmarg Lifesciences said it was “cooperating fully with the authorities” and had “voluntarily halted all dispatches” pending the outcome of the investigation. The company said the contaminated solvent had been procured from a supplier in another State and that it would “take strict action” against those responsible.

The State chapter of the Paediatric Practitioners’ Forum demanded that all cough syrups sold in the State be tested before sale. Its secretary, Dr. Arvind Kolluri, said: “This is not the first time and, unless testing becomes mandatory at every stage, it will not be the last.”

Mr. Varma said the board had asked pharmacies across the State to stop selling the product and had set up a helpline for parents. Drug inspectors would also visit 40 other units that had sourced solvents from the same supplier, he said.""",
        [
            ("Three of the five samples", "S. Ramachandra Varma"),
            ("failed to test its raw", "S. Ramachandra Varma"),
            ("unpardonable in a product meant", "S. Ramachandra Varma"),
            ("Both children came to us", "Padmaja Kondaveeti"),
            ("slowly improving", "Padmaja Kondaveeti"),
            ("We bought it from the", "Ramulu"),
            ("cooperating fully with the authorities", "Sunmarg Lifesciences Pvt. Ltd."),
            ("voluntarily halted all dispatches", "Sunmarg Lifesciences Pvt. Ltd."),
            ("take strict action", "Sunmarg Lifesciences Pvt. Ltd."),
            ("This is not the first", "Arvind Kolluri"),
        ],
    ),
    (
        """Last bulk-billing clinic in Gallan Creek to close, leaving elderly residents facing long drives

By Josie Kerrigan

Key points:
- Gallan Creek Family Medical Centre will close at the end of next month
- Its owner says he has been unable to recruit a second GP for three years
- A rural doctors' group says the closure is part of a wider trend

Residents of the central Queensland town of Gallan Creek will have to travel more than 100 kilometres to see a bulk-billing doctor after the town's only bulk-billing clinic announced it will close at the end of next month.

Gallan Creek Family Medical Centre's owner and sole full-time doctor, Dr Anand Vellupillai, said rising costs and a shortage of doctors willing to work in the bush had made the practice unviable.

"I've been trying to recruit a second GP for three years," Dr Vellupillai said.

"I've had two applicants in that time, and one of them never turned up for the interview."

He said he had been working 70-hour weeks and could no longer keep up.

"I'm 64. I can't do this on my own anymore, and I'm not going to pretend I can."

The clinic has about 4,000 patients on its books, many of them pensioners.

Gallan Creek Shire Mayor Bev Loughnan said the news was "devastating" for the town's ageing population.

"We've got people in their eighties who don't drive," she said.

"What are they meant to do, hitch a ride to Rockhampton?"

Resident Noel Cartwright, 79, who has type 2 diabetes and a heart condition, said he saw Dr Vellupillai every month.

"He knows my whole history. I don't know who's going to pick that up," Mr Cartwright said.

In a statement, the Rural Doctors Guild of Queensland said the closure was "a symptom of a system that has been starved for a decade".

The guild's president, Dr Kiri Hanlon, said rural practices were being squeezed by Medicare rebates that had not kept pace with costs.

"Every month we hear of another practice that's either closing or dropping bulk billing," Dr Hanlon said. "The people who lose out are always the ones who can least afford it."

A spokesperson for the state's Department of Health said Gallan Creek Hospital's emergency department would remain open, and that the department was working with the local primary health network on options for the town.

"Anyone who is unwell should not delay seeking care," the spokesperson said.

Dr Vellupillai said he would help patients transfer their records and hoped another doctor would take over the building.""",
        [
            ("I've been trying to recruit", "Anand Vellupillai"),
            ("I've had two applicants in", "Anand Vellupillai"),
            ("I'm 64. I can't do", "Anand Vellupillai"),
            ("devastating", "Bev Loughnan"),
            ("We've got people in their", "Bev Loughnan"),
            ("What are they meant to", "Bev Loughnan"),
            ("He knows my whole history.", "Noel Cartwright"),
            ("a symptom of a system", "Rural Doctors Guild of Queensland"),
            ("Every month we hear of", "Kiri Hanlon"),
            ("The people who lose out", "Kiri Hanlon"),
            ("Anyone who is unwell should", "spokesperson for the state's Department of Health"),
        ],
    ),
    (
        """State medical society urges ban on physician noncompete clauses, setting up clash with hospitals

By Owen Tresize

The Keystone Physicians Society, which represents about 11,000 doctors in Pennsylvania, voted over the weekend to back a statewide ban on noncompete clauses in physician contracts, arguing that the agreements drive doctors out of communities and leave patients without care.

Delegates at the society’s annual meeting in Harrisburg approved the resolution, titled “Patients First: Ending Physician Noncompete Agreements,” by a vote of 212 to 31 after more than an hour of debate. The society will now lobby lawmakers to pass a bill that has stalled in committee since last spring.

“When a doctor leaves a hospital system, her patients should be able to follow her,” said Dr. Priya Ramaswamy-Cole, an internist from Erie who introduced the resolution. “Right now, too many of them can’t, because she’s been forced to move 40 miles away.”

In a letter sent Monday to the chairs of the state House and Senate health committees, the society wrote that noncompetes had become “a tool for keeping physicians captive rather than keeping patients safe.” The letter also cited a survey of members in which 38% said they had turned down a job, or delayed leaving one, because of a noncompete. “Physicians are not interchangeable parts, and patients are not inventory,” it said.

The society’s president, Dr. Walter Kesselring, a pediatric surgeon in Allentown, said in an interview that the vote reflected frustration that had been building for years.

“Ten years ago, this would have been a fringe position in our house of delegates,” Kesselring said. “Now it’s the mainstream.”

Hospitals are pushing back. The Commonwealth Hospital Council, which represents 140 hospitals and health systems, argues that noncompetes protect the money hospitals spend recruiting and training doctors, particularly in rural areas.

“Hospitals spend hundreds of thousands of dollars to bring a specialist to a rural community,” Denise Albright-Yoon, the council’s senior vice president for policy, said in a statement. “A blanket ban would make those investments far riskier, and the communities that need doctors most would be the first to feel it.”

She said the council was open to “reasonable limits” on the length and geographic reach of the agreements but opposed an outright ban.

Not every delegate was persuaded. Dr. Lionel Baptiste-Marsh, an orthopedic surgeon from Altoona, warned during the debate that the resolution could “cut both ways” for doctors who own their practices.

“Private practices use these clauses, too,” he told fellow delegates. “We should be careful what we wish for.”

Similar bills have been introduced in at least a dozen states, though only a handful have become law.""",
        [
            ("When a doctor leaves a", "Priya Ramaswamy-Cole"),
            ("Right now, too many of", "Priya Ramaswamy-Cole"),
            ("a tool for keeping physicians", "Keystone Physicians Society"),
            ("Physicians are not interchangeable parts", "Keystone Physicians Society"),
            ("Ten years ago, this would", "Walter Kesselring"),
            ("Now it’s the mainstream", "Walter Kesselring"),
            ("Hospitals spend hundreds of thousands", "Denise Albright-Yoon"),
            ("A blanket ban would make", "Denise Albright-Yoon"),
            ("reasonable limits", "Denise Albright-Yoon"),
            ("cut both ways", "Lionel Baptiste-Marsh"),
            ("Private practices use these clauses", "Lionel Baptiste-Marsh"),
            ("We should be careful what", "Lionel Baptiste-Marsh"),
        ],
    ),
    (
        """Legionnaires' disease outbreak linked to cooling tower kills two in Ontario city

BRAMLEY RIDGE, Ont. — Two people have died and 17 others have been hospitalized in an outbreak of Legionnaires' disease that public health officials have traced to a cooling tower on the roof of a downtown office building.

The Lakeshore-Huron Health Unit confirmed the deaths on Wednesday. Both people who died were over 70 and had underlying health conditions, the health unit said.

Dr. Naveen Castellano, the region's medical officer of health, told reporters that laboratory testing had matched bacteria found in the tower to samples taken from four patients.

"We are confident that we have found the source," Castellano said. "The tower has been shut down and disinfected, and we expect the number of new cases to fall over the next two weeks."

He said anyone who had spent time downtown since Aug. 2 and developed a fever, cough or shortness of breath should see a doctor and mention the outbreak.

The building, a mirrored tower on King Street known locally as "the Glass Box," is owned by Fairhaven Property Group. The company said in a statement that it was "deeply saddened" by the deaths and that its cooling tower had passed its most recent inspection in May.

"We have engaged independent water treatment specialists and are co-operating fully with public health," the statement said.

But a May inspection report prepared for the owner by Northgate Environmental Services noted that the tower's biocide dosing pump was "intermittently non-functional" and recommended repairs "at the earliest opportunity." It is not clear whether the repairs were made.

Among those who died was Arne Vestergaard, 78, a retired machinist. His daughter, Colleen Vestergaard, said he walked downtown every morning.

"He did the same loop every day for 20 years — past the library, past that building, and home for lunch," she said in an interview. "Nobody should die from taking a walk."

She said the family wanted to know why the problem flagged in May had not been fixed. "If they knew in May, why are we burying my dad in August?"

Coun. Maureen Tadesse said she would ask city council to require monthly testing of all cooling towers, calling the current rules "a patchwork that failed these families."

Castellano said the health unit had not been aware of the May report until this week, and that building owners are not required to share such reports with public health.

"That is a gap, and it's one we'll be raising with the province," he said.

Legionnaires' disease is not spread from person to person. It is caught by breathing in fine droplets of contaminated water.""",
        [
            ("We are confident that we", "Naveen Castellano"),
            ("The tower has been shut", "Naveen Castellano"),
            ("deeply saddened", "Fairhaven Property Group"),
            ("We have engaged independent water", "Fairhaven Property Group"),
            ("intermittently non-functional", "Northgate Environmental Services"),
            ("at the earliest opportunity", "Northgate Environmental Services"),
            ("He did the same loop", "Colleen Vestergaard"),
            ("Nobody should die from taking", "Colleen Vestergaard"),
            ("If they knew in May,", "Colleen Vestergaard"),
            ("a patchwork that failed these", "Maureen Tadesse"),
            ("That is a gap, and", "Naveen Castellano"),
        ],
    ),
]
