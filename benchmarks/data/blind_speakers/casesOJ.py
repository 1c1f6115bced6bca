CASES = [
    (
        """Corliss recalls 14 lots of generic valsartan over nitrosamine impurity

By Dana Whitcombe

Aug 12 (Reuters) - Corliss Pharmaceuticals Inc is recalling 14 lots of its generic valsartan tablets in the United States after routine testing detected a probable cancer-causing impurity above the acceptable daily intake limit, the U.S. Food and Drug Administration said on Tuesday.

The New Jersey-based drugmaker said in a notice posted on the FDA's website that it had not received any reports of adverse events related to the recall, and that patients should keep taking their medication until a pharmacist or doctor provides a replacement.

"Stopping blood pressure medication abruptly can pose a greater immediate risk than the impurity itself," the company said in the notice.

The impurity, N-nitrosodimethylamine (NDMA), has been at the center of a series of recalls of so-called sartan drugs since 2018, when regulators first found it in products made with ingredients from several overseas suppliers.

Corliss said the affected lots were made with active ingredient sourced from a third-party supplier it did not name, and that it had suspended purchases from that facility pending an investigation.

"We identified this through our own enhanced testing program, and we moved quickly," Chief Executive Raymond Okafor told Reuters in a phone interview. "Our priority is making sure patients have an uninterrupted supply."

Okafor said the company expected the recall to reduce third-quarter revenue by $6 million to $8 million, and that replacement lots made with ingredient from a different supplier would begin shipping within three weeks.

The FDA said the recall extends to the consumer level, the broadest category, and that pharmacies had been notified.

Analysts said the financial hit would be modest but the episode could weigh on Corliss's standing with pharmacy chains and wholesalers, which have grown wary of repeated disruptions in the generic blood pressure market.

"Buyers have long memories on nitrosamines," said Priya Halvorsen, an analyst at Brenton Securities. "A one-off is survivable. A pattern is not."

Shares of Corliss fell 3.2% to $21.48 in afternoon trading on the Nasdaq.

An FDA spokesperson said the agency was "in contact with the company" and was evaluating whether other manufacturers had bought ingredient from the same supplier. The spokesperson declined to identify the supplier.

(Reporting by Dana Whitcombe in New York; Editing by Louise Harting)""",
        [
            ("Stopping blood pressure medication abruptly", "Corliss Pharmaceuticals Inc"),
            ("We identified this through our", "Raymond Okafor"),
            ("Our priority is making sure", "Raymond Okafor"),
            ("Buyers have long memories on", "Priya Halvorsen"),
            ("A one-off is survivable.", "Priya Halvorsen"),
            ("in contact with the company", "spokesperson"),
        ],
    ),
    (
        """EMA safety committee opens review of migraine drug Vestrana over liver injury reports

By Helen Marchetti

Europe’s medicines regulator has started a formal safety review of Aldenhoff Pharma’s migraine treatment Vestrana (tervaprant) after receiving reports of serious liver injury in patients taking the drug, including two cases that required a liver transplant.

The European Medicines Agency’s Pharmacovigilance Risk Assessment Committee (PRAC) said on Friday that it would assess all available data on hepatotoxicity and consider whether the benefit-risk balance of the medicine remains positive.

‘At this stage we have not established a causal link, but the seriousness of the cases warrants a full review,’ said PRAC chair Dr Ingrid Solheim. ‘Patients should not stop taking their medicine without speaking to their doctor.’

Vestrana, an oral CGRP receptor antagonist, was authorised in the EU in 2022 for the preventive treatment of migraine in adults with at least four migraine days per month. Aldenhoff says around 180,000 patients in Europe have been treated with the drug.

While the review is under way, the agency is recommending that prescribers check liver function before starting treatment and monthly during the first six months, and stop the drug in patients who develop jaundice or significantly raised liver enzymes.

In a statement, the Frankfurt-based company said it was ‘fully cooperating with the EMA’ and that the safety profile of Vestrana observed in clinical trials involving more than 4,000 patients ‘remains consistent and well characterised’.

‘We take every report seriously and are working closely with regulators to evaluate these cases,’ said Dr Matthias Brenninkmeyer, Aldenhoff’s chief medical officer. He added that several of the patients had been taking other medicines known to affect the liver.

A hepatologist at a Belgian university hospital, who reported one of the cases to national authorities, said the pattern of injury seen in her patient was ‘unusual for this class of drug’ and appeared several months into treatment rather than in the first weeks.

The European Migraine Patients Alliance welcomed the review but warned against alarm. ‘For many people living with chronic migraine, this medicine has been life-changing,’ said its director, Carla Nunes. ‘What they need now is clear, consistent guidance from their doctors, not frightening headlines.’

PRAC expects to conclude its assessment at its meeting in March. Its recommendation will then be passed to the Committee for Medicinal Products for Human Use (CHMP), which will adopt an opinion for the European Commission.

Analysts at Kessler Bank estimate that Vestrana accounts for around 9% of Aldenhoff’s group sales. The company’s shares closed down 6.1% in Frankfurt.""",
        [
            ("At this stage we have", "Ingrid Solheim"),
            ("Patients should not stop taking", "Ingrid Solheim"),
            ("fully cooperating with the EMA", "Aldenhoff Pharma"),
            ("remains consistent and well characterised", "Aldenhoff Pharma"),
            ("We take every report seriously", "Matthias Brenninkmeyer"),
            ("unusual for this class of", "hepatologist at a Belgian university hospital"),
            ("For many people living with", "Carla Nunes"),
            ("What they need now is", "Carla Nunes"),
        ],
    ),
    (
        """FDA slaps Ohio injectables maker with warning letter after finding mold above filling line

By Jordan Pellegrini

The U.S. Food and Drug Administration has issued a warning letter to Meridian Sterile Solutions, an Ohio contract manufacturer of injectable drugs, after investigators found mold growth in an aseptic processing area and concluded the company had failed to properly investigate repeated environmental monitoring failures.

In the letter, dated Sept. 3 and made public Tuesday, the agency said inspectors visiting the company's facility near Dayton in April observed "visible fungal growth on the ceiling tiles" directly above a filling line used for small-volume parenteral products. The FDA also wrote that Meridian's quality unit had "closed multiple investigations without identifying a root cause" while continuing to release batches made on the line.

"Your firm's response is inadequate," the FDA wrote, noting that the company had proposed replacing the ceiling tiles but had not evaluated the potential impact on product already distributed to customers.

The letter marks the second regulatory setback this year for the privately held CDMO. In February, Meridian recalled 22 lots of ketorolac tromethamine injection it manufactured for a generic partner after customer complaints of visible particulate matter.

The regulator has asked Meridian to hire an independent consultant to conduct a comprehensive assessment of its contamination control strategy and to perform a retrospective review of all batches released over the past two years. Until the violations are corrected, the FDA said, it may withhold approval of pending applications that list the facility as a manufacturer.

Meridian said in an emailed statement that it had "already implemented extensive remediation measures," including a redesigned HVAC system and retraining of aseptic operators.

"Patient safety is fundamental to everything we do, and we are committed to fully resolving the agency's observations," said Laura Fenwick, the company's vice president of quality. She said none of the products made on the line had been linked to infections or other adverse events.

Compliance experts said the findings were among the more serious the agency has cited in sterile manufacturing this year.

"Mold in a Grade A or B area is about as serious as it gets in aseptic processing," said Thomas Ridgeway, a former FDA investigator who now runs the consultancy Ridgeway GMP Advisors. "The agency is signaling it doesn't think the company understands the scope of the problem."

Ridgeway noted that warning letters citing inadequate investigations often lead to extended remediation timelines, and that clients could begin shifting work to other contract manufacturers if the facility remains under a cloud.

Meridian has 15 business days to respond to the letter.""",
        [
            ("visible fungal growth on the", "U.S. Food and Drug Administration"),
            ("closed multiple investigations without identifying", "U.S. Food and Drug Administration"),
            ("Your firm's response is inadequate", "U.S. Food and Drug Administration"),
            ("already implemented extensive remediation measures", "Meridian Sterile Solutions"),
            ("Patient safety is fundamental to", "Laura Fenwick"),
            ("Mold in a Grade A", "Thomas Ridgeway"),
            ("The agency is signaling it", "Thomas Ridgeway"),
        ],
    ),
    (
        """FDA advisers vote against experimental ALS drug despite patients' pleas

By SARAH LINWOOD AP Health Writer

WASHINGTON (AP) — A panel of government advisers voted 9-2 on Thursday that there isn't enough evidence that an experimental drug for Lou Gehrig's disease works, a setback for a small Massachusetts company and for patients who had pleaded with regulators to approve it.

The Food and Drug Administration isn't required to follow the advice of its outside experts, but it often does. A final decision on the drug, called nervasotide, from Calloway Therapeutics is expected by March.

Panel members said the company's single study, in about 260 patients, missed its main goal of slowing decline on a standard scale of physical function. Calloway argued that an analysis of a subgroup of patients who started treatment soon after diagnosis showed a meaningful benefit.

"I'm very sympathetic to the patients, but I can't hide behind sympathy when the data don't support effectiveness," said Dr. Alan Greer, a neurologist at the University of Minnesota who chaired the panel.

Another panelist, Dr. Monica Estrada of Emory University, said such after-the-fact findings were "hypothesis-generating at best and not a basis for approval."

One of the two members who voted in favor, patient representative Keith Dorsey, whose wife died of ALS in 2019, said the disease left little room for caution. "Every month we wait is a month these patients don't have," he said.

During a public comment period, more than two dozen patients, relatives and advocates urged approval. Several spoke through eye-tracking devices or with the help of caregivers.

"I know the study wasn't perfect. Neither is my body anymore," said Renee Jablonski, 47, of Toledo, Ohio, who was diagnosed two years ago. "Let me and my doctor decide whether the risk is worth it."

ALS, or amyotrophic lateral sclerosis, destroys the nerve cells that control muscles, gradually robbing people of the ability to walk, speak, swallow and breathe. Most patients die within three to five years of diagnosis, and the few approved treatments offer modest benefits.

In briefing documents posted online ahead of the meeting, the FDA said the subgroup analysis was "not prespecified and should be interpreted with caution," and that the results could have arisen by chance.

Calloway CEO Brian Matsuda said the company would keep working with the agency. "We remain confident in nervasotide and in what we've seen in patients," Matsuda said in a statement after the vote.

The Cambridge, Massachusetts, company has said it would need to raise more money next year to fund a second study, which it estimated would take at least two years to complete.

___

The Associated Press Health and Science Department receives support from a private foundation. The AP is solely responsible for all content.""",
        [
            ("I'm very sympathetic to the", "Alan Greer"),
            ("hypothesis-generating at best and not", "Monica Estrada"),
            ("Every month we wait is", "Keith Dorsey"),
            ("I know the study wasn't", "Renee Jablonski"),
            ("Let me and my doctor", "Renee Jablonski"),
            ("not prespecified and should be", "Food and Drug Administration"),
            ("We remain confident in nervasotide", "Brian Matsuda"),
        ],
    ),
    (
        """Carboplatin shortage deepens as FDA weighs temporary imports after plant shutdown

By Nadia Korsgaard

A shortage of the chemotherapy drug carboplatin is worsening across U.S. hospitals after Thornbury Generics halted production at its plant in Greenville, North Carolina, following a Food and Drug Administration inspection, and the agency is now considering allowing temporary imports from Europe to fill the gap.

Thornbury, which supplies roughly a third of the U.S. carboplatin market according to industry estimates, paused manufacturing in late May. Two other suppliers have since placed the drug on allocation, limiting how much hospitals can order.

“We’ve gone from having a few weeks on hand to a few days,” said Dr. Elaine Whitford, director of pharmacy at Harlow Regional Cancer Center in Columbus, Ohio. “We are now having conversations about which patients get the drug first, and those are conversations no one in oncology ever wants to have.”

Whitford said her hospital had begun prioritizing patients being treated with curative intent and, in some cases, switching others to alternative regimens.

The FDA added carboplatin to its drug shortage list on June 9. In a statement, the agency said it was “working with all manufacturers to increase supply” and was evaluating requests from foreign companies to import versions of the drug not approved in the United States.

A person familiar with the agency’s deliberations said at least two European manufacturers had submitted documentation and that a decision could come within weeks. The person, who was not authorized to speak publicly, said regulators wanted “assurance that the imported product is equivalent in quality” before proceeding.

Thornbury did not say when it expected to resume production. “We are working diligently to address the agency’s observations and restore supply as quickly and safely as possible,” spokesperson Melissa Tran said in an email. She declined to say what the inspectors had found.

The National Oncology Practice Coalition, which represents community cancer clinics, sent a letter to congressional leaders on Monday urging them to act. The letter described the shortage as “a predictable consequence of a market that rewards the lowest price above all else” and called for incentives for manufacturers that invest in redundant capacity.

Researchers who study shortages say carboplatin fits a familiar pattern. Most sterile injectable generics are made by a handful of companies, often at a single site each.

“Generic sterile injectables are sold at prices that leave almost no margin for investment in quality,” said Marcus Levene, a health economist at Brightwater University. “When a plant goes down, there’s simply no slack in the system.”

Carboplatin is used to treat ovarian, lung, bladder and head and neck cancers, among others, and is on the World Health Organization’s list of essential medicines.""",
        [
            ("We’ve gone from having a", "Elaine Whitford"),
            ("We are now having conversations", "Elaine Whitford"),
            ("working with all manufacturers to", "Food and Drug Administration"),
            ("assurance that the imported product", "person familiar with the agency’s deliberations"),
            ("We are working diligently to", "Melissa Tran"),
            ("a predictable consequence of a", "National Oncology Practice Coalition"),
            ("Generic sterile injectables are sold", "Marcus Levene"),
            ("When a plant goes down,", "Marcus Levene"),
        ],
    ),
    (
        """EU negotiators clinch deal on pharma overhaul, trimming drugmakers' data protection

BRUSSELS — EU negotiators reached a provisional agreement early Thursday on the bloc's most sweeping overhaul of pharmaceutical legislation in two decades, cutting the baseline period of regulatory protection for new medicines while offering companies extra time if they meet certain conditions.

The deal, struck after a 14-hour session between the European Parliament and the Council, which represents national governments, sets baseline regulatory data protection at seven and a half years, down from eight. Companies can earn up to two further years if they launch a medicine in all 27 member states, address an unmet medical need or run comparative trials.

"This is a balanced outcome that puts patients first without driving innovation out of Europe," said Dutch MEP Joost van der Berg, the Parliament's lead negotiator on the file. He said the final text would "for the first time" tie incentives to whether companies actually supply their medicines across the bloc.

Health Commissioner Anneli Virtanen called the deal "a historic step" for access to medicines. "Too many patients in smaller member states have waited years for treatments that are available elsewhere in the Union," she told reporters in Brussels.

Industry was less enthusiastic. The Alliance of European Research-Based Pharmaceutical Companies said in a statement that the agreement "sends the wrong signal at the wrong time," as Europe competes with the U.S. and China for investment in research and clinical trials.

The group has argued for months that any reduction in protection periods would push companies to launch new products elsewhere first. Several large drugmakers have already announced expansions of U.S. manufacturing and research sites this year.

A diplomat from one of the member states that pushed for longer protection periods said the compromise was "the best we could get" given the Parliament's position. "Nobody is fully happy, which probably means it's a real compromise," the diplomat said.

The package also introduces a transferable exclusivity voucher for companies that develop priority antibiotics, allowing them to extend protection on another product in their portfolio by 12 months. Patient advocates criticized the measure as costly.

"Vouchers are a blank cheque paid by patients and health systems, and there is no guarantee the antibiotics will ever reach the people who need them," said Ruth Kallas, policy director at the European Patients' Access Network.

The agreement also gives the European Medicines Agency new powers to monitor shortages and requires companies to keep shortage prevention plans for critical medicines.

The text still needs formal approval from the Parliament and the Council before it can enter into force. Most provisions would apply 24 months after publication.""",
        [
            ("This is a balanced outcome", "Joost van der Berg"),
            ("for the first time", "Joost van der Berg"),
            ("a historic step", "Anneli Virtanen"),
            ("Too many patients in smaller", "Anneli Virtanen"),
            ("sends the wrong signal at", "Alliance of European Research-Based Pharmaceutical Companies"),
            ("the best we could get", "diplomat from one of the member states that pushed for longer protection periods"),
            ("Nobody is fully happy, which", "diplomat from one of the member states that pushed for longer protection periods"),
            ("Vouchers are a blank cheque", "Ruth Kallas"),
        ],
    ),
    (
        """FDA warns consumers to stop using over-the-counter eye drops linked to drug-resistant infections

By Carl Ostrander

The Food and Drug Administration on Monday urged consumers to immediately stop using ClearView Lubricant Eye Drops, an over-the-counter product sold online and at discount stores, after federal health officials linked the drops to an outbreak of drug-resistant bacterial infections in at least 11 states.

The Centers for Disease Control and Prevention said it had identified 37 patients infected with a rare strain of Pseudomonas aeruginosa, including four who suffered permanent vision loss. No deaths have been reported.

The distributor, Palisade Consumer Health of Boca Raton, Florida, announced a voluntary recall of all lots on Friday. In a notice posted on its website, the company said it was "taking this action out of an abundance of caution" and had stopped distributing the product.

The FDA said its investigators had found that the drops, which are made by a contract manufacturer overseas, were produced without adequate microbial testing and were packaged in multi-dose bottles without a preservative. In its alert, the agency told consumers to "stop using and discard the product immediately" and to report any adverse reactions through its MedWatch program.

Dr. Rachel Imbert, an ophthalmologist at the Lakeshore Eye Institute in Chicago who has treated two of the patients, said the infections had been unusually difficult to treat.

"These are organisms that don't respond to most of the antibiotics we would normally reach for," Imbert said. "By the time some of these patients reached us, the damage to the cornea was already extensive.

"If you have these drops at home, throw them out. If your eyes are red, painful or your vision is blurry, don't wait — see a doctor that day."

A 68-year-old patient in Phoenix, who asked not to be named to protect her medical privacy, said she had bought the drops because they were cheaper than the brand her optometrist recommended. She developed an infection in her left eye in the spring and still has blurred vision.

"I thought eye drops were eye drops," she said. "Nobody tells you that some of these products aren't checked the way you'd assume."

The outbreak is the latest in a string of problems with imported over-the-counter eye products, which do not require FDA approval before going on sale as long as they follow an established monograph. Lawmakers have called for the agency to be given more authority to inspect foreign facilities making such products.

Palisade did not respond to requests for comment on Monday.""",
        [
            ("taking this action out of", "Palisade Consumer Health"),
            ("stop using and discard the", "Food and Drug Administration"),
            ("These are organisms that don't", "Rachel Imbert"),
            ("By the time some of", "Rachel Imbert"),
            ("If you have these drops", "Rachel Imbert"),
            ("I thought eye drops were", "68-year-old patient in Phoenix"),
            ("Nobody tells you that some", "68-year-old patient in Phoenix"),
        ],
    ),
    (
        """Vandermeulen Pharma recalls paediatric antibiotic in five EU markets after dosing syringe mix-up

By Pieter Claessens

Belgian drugmaker Vandermeulen Pharma has recalled batches of its paediatric amoxicillin oral suspension in Belgium, the Netherlands, Luxembourg, France and Austria after discovering that some packs contained a dosing syringe graduated for a different strength, creating a risk of children receiving up to twice the intended dose.

The recall, announced on Wednesday, covers 11 batches distributed since March. According to the company, the error occurred on a packaging line at its Ghent plant, where syringes intended for the 250mg/5ml formulation were packed with the 125mg/5ml product.

'We have identified the cause and corrected it, and we are contacting every pharmacy that received the affected batches,' a Vandermeulen spokeswoman said. She said the company had received three reports of children given an incorrect dose, none of whom had suffered serious harm.

Belgium's Federal Agency for Medicines and Health Products (FAMHP) classified the recall at the highest level, meaning it extends to patients as well as pharmacies and wholesalers. In a notice to healthcare professionals, the agency advised pharmacists to 'check the strength printed on the syringe against the strength on the bottle' before dispensing, and to replace any mismatched syringes.

The European Medicines Agency said it had been informed but that, because the product is authorised nationally rather than centrally, oversight rests with the authorities in each country concerned.

Paediatricians said the clinical risk was limited but urged parents to check their packs. 'Amoxicillin has a wide safety margin, so a double dose for a few days is unlikely to cause serious harm in most children,' said Dr Sofie Maertens, a paediatrician at Sint-Jozef Hospital in Mechelen. 'But it can cause vomiting and diarrhoea, and in infants with kidney problems we would want to know about it.'

She added that parents who were unsure should 'bring the bottle and syringe to the pharmacy' rather than guessing the correct dose.

Medication safety specialists said the incident highlighted a long-standing problem with look-alike packaging of medicines for children. 'Putting two strengths of the same children's medicine in near-identical cartons is an accident waiting to happen,' said Henk Roozendaal, who chairs the Dutch Medication Safety Foundation. 'Regulators have the power to insist on clearer differentiation and they should use it.'

Vandermeulen, which makes mainly generic antibiotics and analgesics for European markets, said it did not expect the recall to have a material effect on its full-year results. Its shares closed 1.4% lower in Brussels.""",
        [
            ("We have identified the cause", "spokeswoman"),
            ("check the strength printed on", "Federal Agency for Medicines and Health Products"),
            ("Amoxicillin has a wide safety", "Sofie Maertens"),
            ("But it can cause vomiting", "Sofie Maertens"),
            ("bring the bottle and syringe", "Sofie Maertens"),
            ("Putting two strengths of the", "Henk Roozendaal"),
            ("Regulators have the power to", "Henk Roozendaal"),
        ],
    ),
]
