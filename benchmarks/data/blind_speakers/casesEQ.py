CASES = [
    (
        """EU regulator backs approval of Halvern's once-weekly insulin shot

By Marta Lindqvist

AMSTERDAM, March 4 (Reuters) - The European Medicines Agency's human medicines committee on Thursday recommended approval of a once-weekly insulin injection developed by Danish drugmaker Halvern Pharma, clearing the way for a final decision by the European Commission within about two months.

The committee said the drug, to be sold as Weeklin, showed blood sugar control comparable to daily basal insulin in three late-stage trials involving more than 4,000 adults with type 2 diabetes.

"This is a meaningful change for patients who inject every single day," Halvern Chief Executive Soren Aagaard told reporters on a call. "Fifty-two injections a year instead of 365 is not a small thing."

The company said it expected to launch the product in Germany and the Nordic countries first, in the second half of the year, and would seek reimbursement in other markets after that.

Analysts have questioned whether the convenience will justify a higher price. Jefferies analyst Priya Raman said in a note to clients that payers were likely to "push hard on price" given that daily insulins are now available as cheaper biosimilars.

The committee noted a slightly higher rate of low blood sugar episodes in one of the trials among patients switching from other insulins, and said doctors should monitor patients closely during the first weeks of treatment.

Aagaard said the company had built that guidance into its training material for physicians. "We have been very open about the hypoglycaemia data, and we think the label reflects that well," he said.

Halvern shares rose 3.2% in Copenhagen trading, outperforming a flat European healthcare index.

The U.S. Food and Drug Administration is reviewing the same drug, with a decision expected in the fourth quarter. A person familiar with the review said the agency had asked for additional data on patients with kidney impairment but that the request was not expected to delay the timeline.

Halvern declined to comment on the U.S. review.

(Reporting by Marta Lindqvist in Amsterdam; Additional reporting by Jens Holm in Copenhagen; Editing by Alison Ward)""",
        [
            ("This is a meaningful change", "Soren Aagaard"),
            ("Fifty-two injections a year instead", "Soren Aagaard"),
            ("push hard on price", "Priya Raman"),
            ("We have been very open", "Soren Aagaard"),
        ],
    ),
    (
        """Vaccine maker Brennock warns of job cuts as pandemic contracts end

Sarah Okafor in London

Brennock Biologics, the vaccine manufacturer that supplied millions of doses to the NHS during the pandemic, has warned that up to 400 jobs are at risk after the government declined to renew a standing manufacturing agreement.

The company said on Tuesday it would begin consultations with staff at its plant near Wexcombe, which was expanded with £120mn of public money in 2021 to guarantee domestic capacity in the event of a future outbreak.

'We built this site at the government's request and on the understanding that it would be a long-term national asset,' said Helen Marchbank, Brennock's chief executive. 'Without a reservation contract, we cannot justify keeping a facility of this scale running at a fraction of its capacity.'

The Department for Health Resilience said it had 'robust arrangements' in place to secure vaccines in a future pandemic and that it continued to work with a range of manufacturers.

A government official familiar with the negotiations said Brennock had sought a fee 'well above what we judged to be value for money' and that talks had ended in the autumn after several rounds.

Marchbank disputed that account. The company had offered to cut its annual fee by a third, she said, and had proposed sharing the site with academic partners to lower costs.

Public health experts said the decision risked repeating mistakes made before 2020, when the UK had little domestic capacity to produce vaccines at speed.

'Capacity that you let go is very hard to get back,' said Professor Alan Greaves, an epidemiologist at the University of Northfield who advised ministers during the pandemic. 'The time to pay for insurance is before the house is on fire.'

The National Health Protection Agency, which leads preparedness planning, said in its most recent annual report that it aimed for the country to be able to deliver a new vaccine within 100 days of a pandemic threat being identified. The report described domestic manufacturing as 'a critical link in that chain'.

Brennock, which is privately owned, has been seeking commercial contracts from other drugmakers to fill the plant. Marchbank said those talks were 'encouraging but not yet enough'.

Shares in Kestrel Life Sciences, which holds a 15 per cent stake in Brennock, fell 4 per cent in London.""",
        [
            ("We built this site at", "Helen Marchbank"),
            ("Without a reservation contract, we", "Helen Marchbank"),
            ("robust arrangements", "Department for Health Resilience"),
            ("well above what we judged", "government official familiar with the negotiations"),
            ("Capacity that you let go", "Alan Greaves"),
            ("The time to pay for", "Alan Greaves"),
            ("a critical link in that", "National Health Protection Agency"),
            ("encouraging but not yet enough", "Helen Marchbank"),
        ],
    ),
    (
        """FDA advisers vote against Corvane’s ALS drug, but leave door open

By Daniel Ferreira

WASHINGTON — A panel of outside experts advising the Food and Drug Administration voted 7 to 4 on Wednesday that Corvane Therapeutics had not shown its experimental drug for amyotrophic lateral sclerosis was effective, a setback for a company that has staked its future on the treatment.

The drug, CVN-210, narrowly missed its main goal in a Phase 3 trial of 312 patients last year. Corvane has argued that an analysis of patients treated early in their disease showed a clear slowing of decline.

Panelists were not persuaded. “I want this drug to work as much as anyone in this room,” said Dr. Rachel Tennant, a neurologist at Lakeshore University Medical Center. “But a post hoc subgroup from a failed trial is a hypothesis, not a result.”

Others said the agency should weigh the desperation of patients with a disease that typically kills within three to five years of diagnosis. Dr. Omar Haddad, the panel’s patient representative, said he had voted yes because the drug’s safety profile was “about as clean as you see in this field” and because patients were “willing to accept uncertainty.”

The agency had been skeptical in briefing documents posted Monday, saying the subgroup findings were “not sufficiently robust to support a conclusion of effectiveness.”

The vote is not binding. The FDA is due to decide by Sept. 14.

Corvane CEO Lisa Moreau said after the meeting that the company would “keep talking with the agency” about a path forward, which could include a confirmatory trial running alongside a conditional approval.

“We heard the panel’s concerns clearly,” Moreau said in a statement. “We also heard from dozens of patients and families today who told the committee that time is the one thing they don’t have.”

More than 40 people spoke during the public comment portion of the meeting, many of them in wheelchairs or using communication devices. Mark Delaney, a former high school teacher from Millbrook, Ohio, who was diagnosed two years ago, addressed the panel through his wife, who read his prepared remarks: “I am not asking you to lower the bar. I am asking you to look at who is standing at it.”

Corvane shares fell 38% in after-hours trading. The company had $210 million in cash at the end of the last quarter, enough to fund operations into early next year, according to its most recent filing.

The patient advocacy group ALS Forward Alliance urged the FDA to approve the drug regardless. “Regulatory flexibility exists for exactly this situation,” the group said in a statement.""",
        [
            ("I want this drug to work", "Rachel Tennant"),
            ("But a post hoc subgroup", "Rachel Tennant"),
            ("about as clean as you", "Omar Haddad"),
            ("willing to accept uncertainty.", "Omar Haddad"),
            ("not sufficiently robust to support", "Food and Drug Administration"),
            ("keep talking with the agency", "Lisa Moreau"),
            ("We heard the panel’s concerns", "Lisa Moreau"),
            ("We also heard from dozens", "Lisa Moreau"),
            ("I am not asking you", "Mark Delaney"),
            ("Regulatory flexibility exists for exactly", "ALS Forward Alliance"),
        ],
    ),
    (
        """Drug regulator suspends licence of Hyderabad cough syrup maker after contamination finding

Our Bureau

NEW DELHI: The state drug control administration in Telangana has suspended the manufacturing licence of Sunvera Healthcare, a Hyderabad-based maker of paediatric syrups, after samples from two batches were found to contain diethylene glycol above permissible limits, officials said on Friday.

The action follows an alert issued earlier this week by the central drug regulator, which asked states to test stocks of Sunvera's Koflin-D syrup after a government laboratory flagged the contamination during routine surveillance.

"We have sealed the unit and stopped all dispatches. Stocks already in the market are being recalled from distributors in four states," said K. Srinivas Rao, director of the state drug control administration. "No one will be allowed to cut corners where children's medicines are concerned."

No deaths or hospitalisations have been linked to the batches so far, according to the health ministry.

A senior official in the health ministry, who did not wish to be named, said the central regulator was reviewing whether other products made at the same facility needed to be tested. "We are not ruling anything out at this stage," the official said.

Sunvera said in a statement that it was "cooperating fully" with authorities and had voluntarily halted production. The company blamed a consignment of propylene glycol bought from a trader in Bhiwandi, which it said had come with a certificate of analysis that "did not reflect the actual quality of the material".

Managing director Anil Reddy told ET that the company had tested the solvent itself but had relied on a method that "did not pick up the contaminant at those levels". He said Sunvera would now test every incoming lot using gas chromatography.

The Federation of Small Pharma Units said smaller manufacturers needed help to upgrade their testing. "Many small units simply do not have the equipment, and the revised Schedule M norms come at a cost," said Pradeep Joshi, its general secretary. "We support strict action against those who are negligent, but the government must also help MSMEs comply."

Public health experts said repeated contamination cases had damaged the reputation of Indian-made syrups abroad. "Every such case, even when no one is harmed, undercuts the trust that the industry has built over decades," said Dr Meera Nair, a pharmacologist at a Bengaluru medical college.

The state drug control administration said it would complete its inspection report within two weeks.""",
        [
            ("We have sealed the unit", "K. Srinivas Rao"),
            ("No one will be allowed", "K. Srinivas Rao"),
            ("We are not ruling anything", "senior official in the health ministry"),
            ("cooperating fully", "Sunvera Healthcare"),
            ("did not reflect the actual", "Sunvera Healthcare"),
            ("did not pick up the", "Anil Reddy"),
            ("Many small units simply do", "Pradeep Joshi"),
            ("We support strict action against", "Pradeep Joshi"),
            ("Every such case, even when", "Meera Nair"),
        ],
    ),
    (
        """Measles outbreak grows to 23 cases as health officials plead for catch-up vaccinations

By health reporter Jessica Tran

Three more cases of measles have been confirmed in Brisbane's north, bringing the total linked to an outbreak that began at a Carrow Park childcare centre last month to 23.

The state's chief health officer, Dr Fiona Castellan, said two of the new cases were unvaccinated children under five and the third was an adult who had received only one dose of the vaccine as a child.

"Measles is one of the most infectious diseases we know of," Dr Castellan said.

"One person can infect up to nine out of 10 unvaccinated people around them, and you are infectious for four days before the rash appears, so many people don't realise they are spreading it.

"If you are not sure whether you've had two doses, please see your GP. There is no harm in getting an extra dose."

Public health staff have been contacting people who visited a list of exposure sites, including the Westbury Plaza shopping centre and the emergency department at Prince Albert Hospital.

The Northside Public Health Unit said in an update on its website that anyone who was at the sites at the listed times should "watch for symptoms for 18 days" and call ahead before visiting a doctor.

Vaccination rates among five-year-olds in some parts of the region have fallen below 90 per cent, according to the latest national immunisation data.

Associate Professor Ben Whitlock, an infectious diseases specialist at Harbourside University, said the drop was concerning.

"We need about 95 per cent coverage to stop measles spreading in a community," he told the ABC. "When you get pockets below that, outbreaks like this one are what you'd expect."

He said the pandemic had disrupted routine childhood vaccinations and some parents had delayed appointments that were never rescheduled.

Carrow Park mother Aisha Rahman, whose 14-month-old son was among the early cases, said the family had been "terrified" when he was admitted to hospital.

"He was too young for his second dose. We did everything right, and it still reached him," she said.

Her son has since recovered.

The State Government has announced free measles vaccines for adults born after 1965 who are unsure of their status, available at pharmacies and GP clinics until the end of June.

Health Minister Grant Hollis said the program would cost about $2 million.

"It's a small price to pay to keep babies out of hospital," Mr Hollis said.""",
        [
            ("Measles is one of the", "Fiona Castellan"),
            ("One person can infect up", "Fiona Castellan"),
            ("If you are not sure", "Fiona Castellan"),
            ("watch for symptoms for 18", "Northside Public Health Unit"),
            ("We need about 95 per", "Ben Whitlock"),
            ("When you get pockets below", "Ben Whitlock"),
            ("terrified", "Aisha Rahman"),
            ("He was too young for", "Aisha Rahman"),
            ("It's a small price to", "Grant Hollis"),
        ],
    ),
    (
        """Astrelle to buy gene therapy biotech Veridian for $2.1B, betting on rare eye diseases

By Nicole Brandt

Astrelle Pharmaceuticals is making its biggest bet yet on gene therapy, agreeing to acquire Boston-based Veridian Bio for $2.1 billion in cash as it looks to fill a revenue gap left by looming patent expirations.

Under the deal terms, Astrelle will pay $34 per share, a 71% premium to Veridian's closing price on Friday. Veridian shareholders could receive up to $6 more per share in contingent value rights tied to regulatory milestones for its lead program, VRD-101, a one-time treatment for an inherited form of retinal degeneration.

Astrelle CEO Thomas Albrecht framed the buy as a long-term play. "Ophthalmology is an area where gene therapy has already proven it can work, and the eye gives us a well-understood route of delivery," Albrecht said on a Monday morning investor call. "Veridian has the strongest pipeline in this space that we have seen."

VRD-101 posted positive phase 2 results last year, with 9 of 14 treated patients showing improvement in a standardized mobility test under low light. A pivotal trial is enrolling now, with data expected in 2026, the company said.

The acquisition comes as Astrelle prepares for generic competition to its blockbuster blood thinner Clotrex, which brought in $4.8 billion in sales last year. The company has said it expects revenue to dip before new launches pick up.

Astrelle put it this way in its release: "This transaction reflects our commitment to transformative medicines for patients with few or no options."

Not everyone on Wall Street was convinced. Harlow Partners analyst Dana Kowalski wrote that the price was "full for a single-asset story" and noted that gene therapy launches have historically been slow. "Commercial uptake for one-time therapies has disappointed repeatedly, and we do not see why this one would be different," she wrote in a note to investors.

Veridian's chief executive, Anjali Subramanian, will join Astrelle to lead a newly created ocular genetic medicines unit. In an interview with Fierce Biotech, she said the deal would give VRD-101 "the manufacturing muscle and global reach" that a small biotech could not match on its own.

"We had options," Subramanian said. "What made this the right partner is that they wanted to keep the team together."

About 180 Veridian employees will move to Astrelle, according to a person familiar with the integration plans. Astrelle declined to say whether any roles would be cut.

The boards of both companies have approved the deal, which is expected to close in the third quarter pending antitrust clearance and a vote by Veridian shareholders.

Astrelle shares were little changed in premarket trading.""",
        [
            ("Ophthalmology is an area where", "Thomas Albrecht"),
            ("Veridian has the strongest pipeline", "Thomas Albrecht"),
            ("This transaction reflects our commitment", "Astrelle Pharmaceuticals"),
            ("full for a single-asset story", "Dana Kowalski"),
            ("Commercial uptake for one-time therapies", "Dana Kowalski"),
            ("the manufacturing muscle and global", "Anjali Subramanian"),
            ("We had options", "Anjali Subramanian"),
            ("What made this the right", "Anjali Subramanian"),
        ],
    ),
    (
        """Regulator pulls fake malaria drugs from Nakuru chemists

By Brian Otieno

The national medicines regulator has ordered the recall of a batch of anti-malarial tablets after tests revealed that they contained almost none of the active ingredient, raising fears that hundreds of patients may have gone untreated.

The Pharmacy and Medicines Authority (PMA) said the counterfeit tablets, packaged to look like a popular brand of artemether-lumefantrine, had been found in at least 27 retail pharmacies in Nakuru, Naivasha and Gilgil.

In a notice to health workers dated Monday, the authority said the products bore "a batch number that does not correspond to any legitimate production run" and urged members of the public to return them to the point of purchase.

PMA chief executive Dr Wanjiru Kamau said inspectors had seized about 14,000 packs and arrested two suppliers. "These are not medicines. They are chalk and starch in a box that looks like medicine," Dr Kamau said.

"Anyone who sells them is putting lives at risk, and we will pursue them to the full extent of the law."

She said the authority had traced the consignment to a warehouse on the outskirts of Nairobi.

The manufacturer whose brand was copied, Nairobi-based Savanna Pharma, said in a statement that its genuine products carried a scratch-off verification code that could be checked by SMS. "Patients should always verify before they buy," the company said.

County health officials in Nakuru said they had noticed an unusual number of patients returning to health facilities with persistent fever in recent weeks.

"We were seeing people who said they had completed their dose but were still very sick," said a clinical officer at a sub-county hospital who asked not to be named because she was not authorised to speak to the media.

Nakuru County Health Executive Mr Joseph Langat said the county would step up surveillance in malaria-prone areas around the lake. "We are asking chemists to buy only from registered distributors. If the price looks too good to be true, it is," Mr Langat told the Nation.

Pharmacists said counterfeits thrived because of price pressures. Mr Daniel Mwangi, who chairs the Rift Valley branch of the Kenya Association of Community Pharmacists, said genuine brands had become more expensive after recent tax changes.

"When a patient has only Sh100, some outlets will be tempted to stock whatever is cheapest," he said. "The solution is enforcement, yes, but also making genuine medicines affordable."

Substandard and falsified anti-malarials contribute to tens of thousands of deaths across sub-Saharan Africa every year, according to a recent review by the regional research network AfriHealth Evidence.""",
        [
            ("a batch number that does", "Pharmacy and Medicines Authority"),
            ("These are not medicines", "Wanjiru Kamau"),
            ("Anyone who sells them is", "Wanjiru Kamau"),
            ("Patients should always verify before", "Savanna Pharma"),
            ("We were seeing people who", "clinical officer at a sub-county hospital"),
            ("We are asking chemists to", "Joseph Langat"),
            ("When a patient has only", "Daniel Mwangi"),
            ("The solution is enforcement, yes", "Daniel Mwangi"),
        ],
    ),
    (
        """Shirakawa Pharmaceutical to move early research to US as Japan price cuts bite

KENJI MORITA, Nikkei staff writer

TOKYO -- Shirakawa Pharmaceutical will relocate most of its early-stage drug discovery work to Boston over the next three years, the Osaka-based company said Thursday, citing Japan's annual drug price revisions as a key reason its domestic business can no longer fund research at home.

The midsize drugmaker, which has about 6,200 employees, said roughly 300 researchers at its research campus in Koyamada, Ibaraki Prefecture, would be offered transfers or early retirement. Its clinical development and manufacturing functions will stay in Japan.

"The economics of launching a new medicine in Japan have become extremely difficult," President Hiroshi Nakagawa said at a news conference in Osaka. "We are not leaving Japan, but we have to put our research where the returns can support it."

Japan's health ministry revises the official prices of reimbursed drugs every year, and cuts have averaged several percentage points annually over the past decade as the government tries to contain medical costs for a rapidly aging population. Industry groups say the cuts have discouraged foreign companies from launching new drugs in Japan, a phenomenon known as "drug lag."

A spokeswoman for the health ministry said the government had introduced premiums for innovative drugs in recent revisions and was "listening carefully to the views of industry." She declined to comment on Shirakawa's decision.

An official involved in drug pricing policy, speaking on condition of anonymity, acknowledged that the reforms had not gone far enough. "We know companies are voting with their feet," the official said. "The question is how much more the insurance system can afford."

Takeshi Arai, a pharmaceutical analyst at Kaede Securities, said Shirakawa's move was likely to be followed by others. "For a company of this size, having a foothold near the U.S. biotech cluster is almost a requirement now," Arai said.

Shirakawa shares rose 2.4% in Tokyo on Thursday as investors welcomed the expected cost savings, which the company put at 8 billion yen ($53 million) a year from fiscal 2027.

The Japan Federation of Drug Innovators, of which Shirakawa is a member, said in a statement that the move was "a warning sign for Japan's life sciences sector."

"We had hoped the lab would anchor our science park for decades," Koyamada Mayor Yoko Ishida said in a statement. She said the city would work with the company to find new tenants for the facility.""",
        [
            ("The economics of launching a", "Hiroshi Nakagawa"),
            ("We are not leaving Japan", "Hiroshi Nakagawa"),
            ("listening carefully to the views", "spokeswoman"),
            ("We know companies are voting", "official involved in drug pricing policy"),
            ("The question is how much", "official involved in drug pricing policy"),
            ("For a company of this", "Takeshi Arai"),
            ("a warning sign for Japan's", "Japan Federation of Drug Innovators"),
            ("We had hoped the lab", "Yoko Ishida"),
        ],
    ),
]
