CASES = [
    (
        """Danish drugmaker Vesterby cuts sales forecast as insulin plant delays bite

By Jonas Friis

COPENHAGEN, March 12 (Reuters) - Danish drugmaker Vesterby Pharma on Wednesday cut its full-year sales growth forecast, blaming production problems at its insulin plant in Kalundhavn that it said would take until the summer to resolve.

The company now expects sales to grow by 4% to 7% at constant exchange rates, down from a previous range of 8% to 11%. Its shares fell as much as 9% in early trading, their biggest one-day drop since 2022.

"We have been too slow to bring the new filling lines up to the standard we expect, and that is on us," Chief Executive Mette Kjaergaard told reporters on a conference call. "The demand is there. The supply is the problem."

Kjaergaard said the company had halted two of its six filling lines in January after internal inspections found deviations in sterile handling procedures, and that the lines would restart only after a review by the Danish Medicines Inspectorate.

The inspectorate said in an emailed statement that it had been "in close dialogue with the company" since January and that it had no indication that products already on the market were affected.

Analysts had expected a downgrade, but not one as deep. "This is a bigger hole than the market was pencilling in," said Lars Udsen, an analyst at Hvidbjerg Securities, who cut his price target on the stock to 610 Danish crowns from 680 crowns.

Vesterby's finance chief, Anders Bogh, said the company would keep its investment plans unchanged, including a 9 billion crown expansion of the Kalundhavn site announced last year. He described the plant as "the backbone of our supply for the next decade".

"We are not going to cut corners to catch up," Bogh said. "Patients need to be able to trust every pen that leaves the building."

The company said it had secured additional capacity through a contract manufacturer in the Netherlands, which it did not name, and expected supply to normalise in the third quarter.

One person familiar with the matter said the Dutch site belonged to a mid-sized contract manufacturer near Eindhoven and that talks had started in December. "They were already planning for a bad quarter before Christmas," the person said.

Vesterby, which competes with much larger rivals in diabetes and obesity treatments, reported fourth-quarter operating profit of 5.2 billion crowns, slightly below the 5.4 billion expected by analysts in a company-compiled poll.

(Reporting by Jonas Friis; Editing by Helen Marsh)""",
        [
            ("We have been too slow", "Mette Kjaergaard"),
            ("The demand is there.", "Mette Kjaergaard"),
            ("in close dialogue with the company", "Danish Medicines Inspectorate"),
            ("This is a bigger hole", "Lars Udsen"),
            ("the backbone of our supply", "Anders Bogh"),
            ("We are not going to", "Anders Bogh"),
            ("Patients need to be able", "Anders Bogh"),
            ("They were already planning for", "person familiar with the matter"),
        ],
    ),
    (
        """Dutch hospital pharmacists press ahead with in-house version of rare disease drug

By Anna de Wit

A consortium of Dutch hospital pharmacies says it will keep preparing its own version of a treatment for a rare metabolic disorder, setting up a fresh clash with the drug’s manufacturer over pricing in the Netherlands.

The pharmacy at Westerveld University Medical Centre began compounding ravoxalin, an enzyme stabiliser used by fewer than 80 patients in the country, last autumn after the list price of the branded product, Ravexa, rose to more than €210,000 per patient per year. Four other academic hospitals have since joined the effort.

“We are not doing this to make a point. We are doing this because we can make a product of the same quality for a fraction of the price,” said Pieter van Lunteren, head of hospital pharmacy at Westerveld. “If the company wants to talk about a fair price, our door is open.”

Ravexa’s maker, Hamburg-based Lindqvist Biopharma, said in a statement that pharmacy preparations “do not undergo the same rigorous assessment” as authorised medicines and could expose patients to unnecessary risk.

The company added that it had invested more than €400 million in developing the product and remained “committed to ensuring sustainable access for every eligible patient in the Netherlands.”

A spokeswoman for the National Health Products Inspectorate said pharmacy preparation was permitted under Dutch law “provided the conditions are met” and that the agency had no indications that Westerveld had breached them.

The Ministry of Health, Welfare and Sport has previously described pharmacy compounding as “an important tool” against excessive prices, although officials have stopped short of endorsing individual cases.

Ingrid Halsema, a professor of pharmaceutical law at Noordhaven University, said the dispute could become a test case for the rest of Europe. “Everyone is watching Westerveld,” she said. “If this holds up, you will see other centres, in Belgium and perhaps in Germany, try the same thing.”

Lindqvist did not say whether it planned to take legal action. An executive at a rival rare disease company, who asked not to be named because he was not authorised to speak publicly, said the industry was “deeply uneasy” about the precedent.

“Nobody will invest in a disease with 80 patients if the hospital down the road can copy the product two years later,” the executive said.

Van Lunteren rejected that argument. Much of the early research into the molecule, he said, had been paid for by academic groups and public grants decades ago.

“The molecule is older than I am,” he said.""",
        [
            ("We are not doing this", "Pieter van Lunteren"),
            ("If the company wants to", "Pieter van Lunteren"),
            ("do not undergo the same rigorous", "Lindqvist Biopharma"),
            ("committed to ensuring sustainable access", "Lindqvist Biopharma"),
            ("provided the conditions are met", "spokeswoman"),
            ("an important tool", "Ministry of Health, Welfare and Sport"),
            ("Everyone is watching Westerveld,", "Ingrid Halsema"),
            ("If this holds up,", "Ingrid Halsema"),
            ("deeply uneasy", "executive at a rival rare disease company"),
            ("Nobody will invest in a", "executive at a rival rare disease company"),
            ("The molecule is older than", "Pieter van Lunteren"),
        ],
    ),
    (
        """German hospital operator Rhenania Kliniken files for insolvency as costs mount

BERLIN, Oct 7 - Rhenania Kliniken, which runs 14 hospitals in western Germany, filed for insolvency in self-administration on Tuesday, becoming the largest hospital operator yet to buckle under rising wage and energy costs ahead of a sweeping overhaul of the sector.

The company said all its hospitals would remain open and that patients would continue to be treated "without restriction". Salaries for its roughly 9,800 employees were secured for the next three months through insolvency payments from the Federal Employment Agency, it said.

"This step was not an easy one, but it is the right one," Managing Director Claudia Reinhardt said in a statement. "It gives us the room to restructure under protection without closing a single emergency department."

Reinhardt blamed the situation on a gap of around 60 million euros a year between what statutory health insurers pay for treatments and what they actually cost the group.

Industry representatives said the filing was unlikely to be the last. "This is exactly what we warned about," said Heiko Brandstaetter, chairman of the Association of German Hospital Operators. "Federal politics has left hospitals to bleed out while it argues over the fine print of reform."

The health ministry in Berlin rejected the criticism. A ministry spokesman said the reform was designed to "end the ruinous competition for case numbers" and pointed out that transitional funding of 4 billion euros had already been made available.

Local officials in Talbrueck, where Rhenania runs its largest hospital with 620 beds, said they had been caught off guard. Mayor Sabine Overkamp said she had learned of the filing "from the radio, like everyone else".

"We need a guarantee that the maternity ward stays," Overkamp said. "Families here cannot drive 50 kilometres to give birth."

A staff council member at the Talbrueck hospital, who declined to be named, said employees had been told little beyond a short internal email on Tuesday morning. "People are scared," she said. "Many of them have been here for 30 years and have never seen anything like this."

Rhenania Kliniken is owned by a church foundation and three local authorities. The district court in Duerenfeld appointed restructuring lawyer Markus Feldkamp as custodian. Feldkamp said in a brief statement that he saw "good chances" of continuing operations at all sites, but that talks with creditors and local authorities would take several months.

Germany has about 1,700 hospitals, and industry groups estimate that more than 40 have filed for insolvency since the start of last year.""",
        [
            ("without restriction", "Rhenania Kliniken"),
            ("This step was not an", "Claudia Reinhardt"),
            ("It gives us the room", "Claudia Reinhardt"),
            ("This is exactly what we", "Heiko Brandstaetter"),
            ("Federal politics has left hospitals", "Heiko Brandstaetter"),
            ("end the ruinous competition for", "spokesman"),
            ("from the radio, like everyone", "Sabine Overkamp"),
            ("We need a guarantee that", "Sabine Overkamp"),
            ("Families here cannot drive 50", "Sabine Overkamp"),
            ("People are scared,", "staff council member at the Talbrueck hospital"),
            ("Many of them have been", "staff council member at the Talbrueck hospital"),
            ("good chances", "Markus Feldkamp"),
        ],
    ),
    (
        """Norway rejects funding for Alvestad’s gene therapy over price

By Erik Lunde

Norway’s national council for new hospital treatments has turned down public funding for Alvestad Therapeutics’ one-off gene therapy for a rare inherited form of blindness, saying the company’s asking price was too high relative to the expected benefit.

The Hospital Treatments Council, which decides which new methods the country’s four regional health trusts may use, concluded on Monday that the evidence for long-term effect was too uncertain to justify the cost.

‘We recognise that this is a very serious condition and that patients and families have waited a long time,’ said Kari Solbakken, who chairs the council. ‘But the documentation is limited, and the price is not in reasonable proportion to the benefit.’

Stockholm-based Alvestad said it was ‘deeply disappointed’ and would ask for a new assessment. In a statement, the company said the therapy, Lumevra, had ‘shown durable improvements in light sensitivity’ in a phase 3 trial of 41 patients, some of whom have now been followed for four years.

Chief executive Johan Ekdahl said the company had offered a confidential discount as well as an outcomes-based model under which the health trusts would pay in instalments only as long as the treatment kept working.

‘We put everything on the table,’ he said. ‘If Norway cannot find a way to pay for a one-time treatment like this, I worry about what that says for the next 20 gene therapies coming through the pipeline.’

The list price of Lumevra has not been disclosed in Norway, but the therapy is sold in Germany at around €1.1 million per patient.

The decision means that Norwegian patients will only be able to access the therapy through clinical trials or by applying for treatment abroad. Health authorities in Sweden and Denmark are still assessing the product, and the Swedish Pharmaceutical Benefits Board is expected to reach a decision in the autumn.

Siri Hovland, secretary general of the Norwegian Sight Loss Association, called the decision ‘a cold message to a small group of children’.

‘These are children who are losing their sight now, not in five years,’ Hovland said. ‘Every month of negotiation is a month of vision they will not get back.’

Ole Martin Vik, a health economist at the University of Tromsvik, said the council’s stance reflected a broader trend among Nordic payers, who he said were ‘increasingly unwilling to take the risk on durability’ of one-off treatments with short follow-up.

Alvestad has 30 days to submit a revised offer.""",
        [
            ("We recognise that this is", "Kari Solbakken"),
            ("But the documentation is limited,", "Kari Solbakken"),
            ("deeply disappointed", "Alvestad Therapeutics"),
            ("shown durable improvements in light", "Alvestad Therapeutics"),
            ("We put everything on the", "Johan Ekdahl"),
            ("If Norway cannot find a", "Johan Ekdahl"),
            ("a cold message to a", "Siri Hovland"),
            ("These are children who are", "Siri Hovland"),
            ("Every month of negotiation is", "Siri Hovland"),
            ("increasingly unwilling to take the", "Ole Martin Vik"),
        ],
    ),
    (
        """German regulator orders recall of blood pressure pills after impurity found

FRANKFURT, Feb 20 - Germany's medicines regulator has ordered the recall of 23 batches of a widely used blood pressure drug made by generic manufacturer Kessler Generika after tests found a nitrosamine impurity above permitted limits.

The Federal Office for Medicines and Medical Products (BAMP) said on Thursday that the affected batches of telmisartan tablets had been distributed to pharmacies across Germany and Austria since last spring. It estimated that several hundred thousand patients could be taking tablets from the batches.

Patients should not stop taking their medication without speaking to a doctor or pharmacist, the regulator stressed. "The risk from suddenly stopping treatment is considerably higher than the risk from the impurity," it said.

BAMP President Thomas Weidenfeller put it bluntly at a press briefing in Bonn: "Nobody should throw their tablets in the bin tonight."

He went on: "We are talking about a theoretical increase in cancer risk over many years of exposure, not an acute danger.

"But our limits exist for a reason, and a manufacturer that exceeds them has to take the product off the market. That is not negotiable."

Kessler Generika, based in Oberwinkel in Bavaria, said it had traced the impurity to a supplier of the active ingredient and had stopped sourcing from it. "We deeply regret the concern this causes for patients and pharmacists," the company said, adding that it was working with the authorities to replace the recalled stock.

The company did not name the supplier. Its shares are not listed.

Pharmacies said they were bracing for a wave of questions. According to Birgit Lohmann, vice president of the Association of German Community Pharmacies, some pharmacies had received "dozens of calls before lunchtime" after the recall was first reported on local radio.

Lohmann said pharmacists would be able to switch most patients to products from other manufacturers without a new prescription, under rules introduced during earlier shortages.

Supply could still become an issue. An official at a large statutory health insurer, speaking on condition of anonymity because the insurer's contracts with manufacturers are confidential, said alternative products were available but that "the market is tight, and any recall in this segment is felt quickly".

It is the third nitrosamine-related recall in Germany in two years. European regulators have tightened testing requirements for the impurities since they were first detected in a class of blood pressure medicines in 2018.""",
        [
            ("The risk from suddenly stopping", "Federal Office for Medicines and Medical Products"),
            ("Nobody should throw their tablets", "Thomas Weidenfeller"),
            ("We are talking about a", "Thomas Weidenfeller"),
            ("But our limits exist for", "Thomas Weidenfeller"),
            ("We deeply regret the concern", "Kessler Generika"),
            ("dozens of calls before lunchtime", "Birgit Lohmann"),
            ("the market is tight, and", "official at a large statutory health insurer"),
        ],
    ),
    (
        """Finnish hospital postpones surgeries as new patient records system falters

HELSINKI - A hospital in eastern Finland has postponed around 300 non-urgent operations over the past two weeks after the rollout of a new electronic patient records system slowed work on its wards and in its operating theatres, the regional wellbeing services county said on Monday.

Kuusilahti Central Hospital switched to the new system on March 3, replacing software that had been in use for nearly two decades. Staff have since reported slow screens, missing medication lists and lab results that appear hours late, according to internal reports seen by local media.

"We underestimated how much time the staff would need to learn the new system under real conditions," said Eeva Lampinen, director of hospital services at Jarvi-Karjala wellbeing services county. "That is a lesson we have to take seriously."

According to Lampinen, emergency care and cancer treatment had not been affected, and patients whose operations had been postponed would be contacted individually with new dates.

Nurses told a different story. A nurse on the hospital's surgical ward, who asked not to be identified because staff had been instructed not to speak to the media, said wards were "running on paper and goodwill".

"We print the lists at the start of every shift because we cannot trust what the screen shows," she said. "Everyone is working overtime just to stand still."

The Union of Health and Care Professionals said it had received dozens of complaints from members at the hospital. "When the system fails, the nurse is the one who pays," union chairwoman Maija Korhonen said in a statement, calling on the county to hire temporary staff until the problems were solved.

The system's supplier, Oulu-based Medilink Systems, said in an emailed response that it had sent additional specialists to the hospital and that performance had "improved significantly" since a software update on Friday. The company said the remaining problems were related mainly to data transferred from the old system.

The National Agency for Health Supervision said it had asked the county for a written report by the end of the month. "We want to know whether patient safety has been compromised at any point, and what the county is doing about it," said chief inspector Timo Rautiainen.

Jarvi-Karjala is one of the first wellbeing services counties to adopt the new system, which several other regions are due to introduce over the next three years. The county has budgeted 48 million euros for the project.""",
        [
            ("We underestimated how much time", "Eeva Lampinen"),
            ("That is a lesson we", "Eeva Lampinen"),
            ("running on paper and goodwill", "nurse on the hospital's surgical ward"),
            ("We print the lists at", "nurse on the hospital's surgical ward"),
            ("Everyone is working overtime just", "nurse on the hospital's surgical ward"),
            ("When the system fails, the", "Maija Korhonen"),
            ("improved significantly", "Medilink Systems"),
            ("We want to know whether", "Timo Rautiainen"),
        ],
    ),
    (
        """Marbach pays €180M upfront for Dutch biotech’s fibrosis antibody

By Sanne Hoekstra

Germany’s Marbach Pharma is paying Dutch biotech Kesteren Biologics €180 million upfront for global rights to its experimental antibody for idiopathic pulmonary fibrosis, in a deal that could be worth up to €1.45 billion including milestones.

The antibody, KB-214, slowed the decline in lung function by 41% compared with placebo over 52 weeks in a phase 2 trial of 212 patients, Kesteren reported in May. The study, called “BREATH-2,” also showed fewer hospitalisations in the treatment arm, although it was not powered to detect that difference.

Marbach’s head of research and development, Dr. Friederike Aust, said the data had convinced the company that KB-214 could become “a backbone therapy” in the disease.

“Fibrosis has been a graveyard for drug developers, and we have been honest with ourselves about that,” Aust said on a call with analysts on Tuesday. “What we saw in this data set is different. The effect is consistent across every subgroup we looked at.”

For Kesteren, the deal marks a turnaround. The 60-person company, based in Utrecht, cut a third of its staff in 2023 during the so-called “biotech winter” and had been searching for a partner since early this year.

“We always said we would look for a partner once we had proof of concept, and now we have it,” chief executive Ruud Molenaar told this publication. “Doing a global phase 3 on our own would have meant raising money in a market that is still very difficult for European biotechs.”

A person close to the company said at least three other drugmakers had made offers and that Marbach won because it “moved fastest and asked the fewest questions.”

Analysts were split on the price. “The upfront is rich for a phase 2 asset, but IPF is a big market and Marbach needs growth after 2028,” Jeroen Baks, an analyst at Amstel Equity Research, wrote in a note to clients.

Marbach, based in Darmstadt, faces patent expiries on two of its largest respiratory products before the end of the decade and has said it wants to spend up to €5 billion on external innovation.

The company said in a press release that it expected to start a phase 3 programme in the first half of next year, pending discussions with regulators in Europe and the U.S. The transaction is subject to antitrust clearance.""",
        [
            ("a backbone therapy", "Friederike Aust"),
            ("Fibrosis has been a graveyard", "Friederike Aust"),
            ("What we saw in this", "Friederike Aust"),
            ("We always said we would", "Ruud Molenaar"),
            ("Doing a global phase 3", "Ruud Molenaar"),
            ("moved fastest and asked the", "person close to the company"),
            ("The upfront is rich for", "Jeroen Baks"),
        ],
    ),
    (
        """Swedish regulator warns of fake weight-loss pens after three hospitalised

STOCKHOLM, June 3 - Sweden's medicines regulator on Tuesday warned the public against buying weight-loss injections online after three people were admitted to hospital with severely low blood sugar, apparently after injecting counterfeit pens that contained insulin.

"These products are sold on websites and through social media accounts that look very professional, but they have nothing to do with the real medicine," said Helena Strand, an inspector at the Swedish Medicines Control Agency. "In the worst case, they can be life-threatening."

Strand said the agency had analysed two pens recovered from the patients and found that they contained insulin rather than the active substance printed on the label.

"We have seen counterfeit pens in other European countries before," she said. "What is new is that we now have patients in Swedish hospitals."

Doctors at Vasterhamn University Hospital said the three patients, aged between 29 and 52, had been treated in intensive care and that two had since been discharged. The hospital's head of emergency medicine, Per Lindgren, told reporters the patients had arrived "confused, sweating and in one case unconscious".

"If the ambulance had arrived twenty minutes later, I am not sure we would be talking about all three of them today," Lindgren said.

Police said they had opened a preliminary investigation into the suspected sale of falsified medicines. A police spokesperson said it was "too early to say" whether the sellers were based in Sweden or abroad.

The maker of the genuine drug, Danish drugmaker Sonderholm Pharma, said it was aware of the reports and was cooperating with the Swedish authorities. "Patients should only obtain our medicines with a prescription and from a licensed pharmacy," the company said in a statement.

Demand for the new class of weight-loss drugs has outstripped supply across Europe for much of the past two years, and regulators in several countries have reported a rise in illegal online sales. The agency said it had asked internet platforms to remove around 40 listings in the past month alone.

Strand urged anyone who had bought pens online to stop using them and to contact a doctor if they felt unwell.

"If the price looks too good to be true, it is," she said.""",
        [
            ("These products are sold on", "Helena Strand"),
            ("In the worst case, they", "Helena Strand"),
            ("We have seen counterfeit pens", "Helena Strand"),
            ("What is new is that", "Helena Strand"),
            ("confused, sweating and in one", "Per Lindgren"),
            ("If the ambulance had arrived", "Per Lindgren"),
            ("too early to say", "spokesperson"),
            ("Patients should only obtain our", "Sonderholm Pharma"),
            ("If the price looks too", "Helena Strand"),
        ],
    ),
]
