CASES = [
    (
        """Halvorsen Pharma to cut insulin list prices by up to 45%, shares slip

By Daniel Okafor

March 4 (Reuters) - Halvorsen Pharma said on Tuesday it would cut the U.S. list prices of its most widely used insulin products by as much as 45% starting in July, becoming the latest drugmaker to bow to mounting political pressure over the cost of diabetes treatments.

The New Jersey-based company said the reduction would apply to its long-acting insulin Glucera and its rapid-acting pen Novira, and that it would cap monthly out-of-pocket costs at $35 for patients with commercial insurance.

"We have heard clearly from patients, from physicians and from policymakers that the system is not working for people who pay at the pharmacy counter," Chief Executive Marguerite Ellison said in a statement.

Shares of Halvorsen fell 2.3% in morning trading. Analysts said the cuts would shave roughly $400 million from annual revenue but noted that net prices, after rebates paid to pharmacy benefit managers, were already far below list prices.

"The headline number looks dramatic, but the real economic hit is much smaller than it appears," said Priya Natarajan, an analyst at Brenner & Co. "Most of that list price was never being collected in the first place."

U.S. Senator Thomas Rudd, who has led a committee inquiry into insulin pricing, welcomed the move but said it came "years too late" for patients who had rationed their medicine.

"I'm glad Halvorsen finally did the right thing," Rudd told reporters outside the Capitol. "But nobody should have to wait for a Senate investigation before they can afford a drug that was discovered a century ago."

The company has faced criticism from patient groups, including the American Diabetes Patients Alliance, which said in January that Halvorsen had raised the list price of Glucera by more than 300% over a decade.

A spokeswoman for the alliance said the group would watch closely to see whether the savings reached patients without insurance, who often pay the full list price. "Caps for the insured are welcome, but uninsured patients are the ones who have been hurt most," she said.

Halvorsen said it would also expand its patient assistance program to cover households earning up to four times the federal poverty level. Ellison told analysts on a call that the company expected growth in its obesity and cardiovascular portfolio to offset the lost revenue "within two to three years."

(Reporting by Daniel Okafor in New York; Additional reporting by Leah Brandt in Washington; Editing by Mark Ferris)""",
        [
            ("We have heard clearly from", "Marguerite Ellison"),
            ("The headline number looks dramatic,", "Priya Natarajan"),
            ("Most of that list price", "Priya Natarajan"),
            ("years too late", "Thomas Rudd"),
            ("I'm glad Halvorsen finally did", "Thomas Rudd"),
            ("But nobody should have to", "Thomas Rudd"),
            ("Caps for the insured are", "spokeswoman"),
            ("within two to three years.", "Marguerite Ellison"),
        ],
    ),
    (
        """Corveth’s Phase 3 heart failure bet stumbles as lead drug misses primary endpoint

By Rachel Imhoff

Corveth Therapeutics’ lead heart failure candidate failed to beat placebo in a 2,100-patient Phase 3 trial, the Boston biotech disclosed Monday, sending its shares down more than 60% in premarket trading and throwing the company’s near-term strategy into question.

The drug, CVT-221, did not produce a statistically significant reduction in the combined rate of cardiovascular death and hospitalization for heart failure over a median of 18 months, according to topline data released by the company. Corveth said the treatment was generally well tolerated and that it would present the full results at a medical meeting later this year.

“We are obviously deeply disappointed,” CEO Arjun Malhotra said on a conference call with investors. “This is not the outcome we expected, and it is not the outcome patients were hoping for.”

Malhotra said the company would spend the coming weeks combing through subgroup data, including in patients with preserved ejection fraction, where he said the team had seen “some encouraging signals” in an earlier mid-stage study. He declined to say whether Corveth would run another trial.

Analysts were less optimistic.

“A miss on the primary endpoint in a trial of this size is very hard to come back from,” Harlow Securities analyst Megan Castellano wrote in a note to clients. “We think investors will be skeptical of any subgroup story, and rightly so.”

Corveth had about $310 million in cash at the end of the third quarter, enough to fund operations into 2026, the company said. Its board has begun “a thorough review of all options to maximize shareholder value,” Corveth said in its release, without elaborating. The biotech also has two earlier-stage programs in kidney disease.

One cardiologist involved in the trial, who asked not to be named because the full data have not been published, said investigators had been “cautiously hopeful” going in. “The mechanism made sense. The biology just didn’t translate,” the investigator said.

The failure adds to a long list of setbacks in heart failure, a field where large outcomes trials are expensive and the bar set by existing therapies keeps rising.

Dr. Helena Voss, a heart failure specialist at St. Brendan’s Medical Center in Chicago who was not involved in the study, said the result was a reminder of how difficult the field is.

“We’ve had maybe three genuine wins in heart failure in twenty years,” she said. “Everybody wants to be the fourth.”""",
        [
            ("We are obviously deeply disappointed,", "Arjun Malhotra"),
            ("This is not the outcome", "Arjun Malhotra"),
            ("some encouraging signals", "Arjun Malhotra"),
            ("A miss on the primary", "Megan Castellano"),
            ("We think investors will be", "Megan Castellano"),
            ("a thorough review of all", "Corveth Therapeutics"),
            ("cautiously hopeful", "cardiologist involved in the trial"),
            ("The mechanism made sense.", "cardiologist involved in the trial"),
            ("We’ve had maybe three genuine", "Helena Voss"),
            ("Everybody wants to be the", "Helena Voss"),
        ],
    ),
    (
        """Campaigners condemn 'devastating' NHS rejection of breast cancer drug

By Sophie Kettering, Health correspondent

A breast cancer drug that can extend the lives of women with advanced disease by several months will not be routinely available on the NHS in England after the medicines watchdog ruled it was too expensive.

The Medicines Value Institute (MVI) said in draft guidance published on Thursday that Veltrabine, made by the Swiss firm Kessler-Amand, did not represent a cost-effective use of NHS resources at its list price of £5,900 for a 28-day cycle.

Around 2,000 women a year with a form of HER2-low secondary breast cancer could have been eligible.

Dr Owen Pritchard, director of medicines evaluation at the MVI, said the committee had "looked very carefully" at the evidence.

"We recognise how important new treatment options are for people with secondary breast cancer and their families," he said. "But the price the company has asked for is simply too high for the benefit the drug provides, and we have to be fair to all NHS patients, not just one group."

He added that the institute remained "open to further discussions" with the manufacturer.

The chief executive of the charity Breast Cancer Futures, Anjali Desai, called the decision "devastating". She said: "Women living with secondary breast cancer do not have time to wait while a pharmaceutical company and a watchdog argue over a price tag.

"Every month of delay is a month some of these women will not get back. We urge both sides to get back round the table and find a deal."

Kessler-Amand said it was "disappointed" by the draft decision and claimed the appraisal had underestimated the drug's benefits. In a statement, the company said: "We have offered a confidential discount which we believe reflects the value of Veltrabine to patients and the NHS. We will continue to engage constructively with the MVI."

Clinical trial data presented last year showed patients taking Veltrabine lived for a median of 6.2 months without their disease worsening, compared with 3.9 months for those on standard chemotherapy.

Prof Ruth Callaghan, a consultant oncologist at Northgate University Hospital in Leeds, said the drug was already available in Scotland and several European countries.

"I have patients asking me why they can't get a medicine their cousin in Glasgow is getting," she said. "That is a very hard conversation to have."

The Department of Health and Social Care said the decision was a matter for the MVI, which is independent of government. A spokesperson added: "We want patients to have access to the most effective treatments at a price that is fair to taxpayers."

Consultation on the draft guidance closes on 14 March, with a final decision expected in the spring.""",
        [
            ("devastating", "Anjali Desai"),
            ("looked very carefully", "Owen Pritchard"),
            ("We recognise how important new", "Owen Pritchard"),
            ("But the price the company", "Owen Pritchard"),
            ("open to further discussions", "Owen Pritchard"),
            ("devastating", "Anjali Desai"),
            ("Women living with secondary breast", "Anjali Desai"),
            ("Every month of delay is", "Anjali Desai"),
            ("disappointed", "Kessler-Amand"),
            ("We have offered a confidential", "Kessler-Amand"),
            ("I have patients asking me", "Ruth Callaghan"),
            ("That is a very hard", "Ruth Callaghan"),
            ("We want patients to have", "spokesperson"),
        ],
    ),
    (
        """Drug makers seek review of price caps on 41 essential formulations

Our Bureau

Mumbai: Domestic drug makers have urged the government to review its latest order capping the prices of 41 essential formulations, including commonly used antibiotics and diabetes medicines, saying the ceiling prices fail to account for a sharp rise in raw material costs.

The Central Drug Price Regulator (CDPR) last week notified revised ceiling prices for the formulations, bringing down the maximum retail price of some products by up to 22%.

"Input costs for several active pharmaceutical ingredients have gone up by 30-70% over the past two years, largely because of our dependence on imports," said Sunil Bhandari, secretary general of the Indian Drug Manufacturers' Federation (IDMF). "At these ceiling prices, many small and medium manufacturers will find it unviable to continue production."

Bhandari said the federation had written to the department of pharmaceuticals seeking an urgent meeting. In the letter, seen by this newspaper, the IDMF warned that some products "may disappear from the market" if the caps were not revised.

A senior official in the department of pharmaceuticals, who did not wish to be named, said the government was aware of the concerns but would not allow "unreasonable" price hikes on essential medicines. "Affordability for patients is the first priority. Industry is already given an annual increase linked to the wholesale price index, and that mechanism is working," the official said.

Patient groups backed the regulator. Malini Iyer, co-convenor of the Affordable Medicines Collective, a Delhi-based advocacy group, said companies had "cried wolf" every time prices were capped.

"Every time there is a price order, we hear that medicines will vanish from chemist shelves. It has not happened. Companies adjust and continue to make profits," Iyer said.

Analysts said the impact on listed companies would be limited. "The formulations under the latest order account for less than 2% of revenue for most large listed players," brokerage Sapphire Securities said in a note to clients.

Mid-sized firms with a heavier exposure to the domestic acute-care market, however, could see a bigger hit. Shares of Nalanda Lifesciences fell as much as 3% in Monday's trade before recovering some of the losses.

Nalanda Lifesciences managing director Vikram Shetty told reporters on the sidelines of an industry event in Hyderabad that the company would "absorb the impact for now" but could review its product portfolio over the coming quarters.

"We cannot make medicines at a loss indefinitely. At some point, the numbers have to add up," Shetty said, adding that the company had already discontinued two low-margin antibiotic brands last year.

The CDPR has said companies that fail to comply with the revised ceiling prices will be required to deposit the overcharged amount along with interest.""",
        [
            ("Input costs for several active", "Sunil Bhandari"),
            ("At these ceiling prices, many", "Sunil Bhandari"),
            ("may disappear from the market", "Indian Drug Manufacturers' Federation"),
            ("unreasonable", "senior official in the department of pharmaceuticals"),
            ("Affordability for patients is the", "senior official in the department of pharmaceuticals"),
            ("cried wolf", "Malini Iyer"),
            ("Every time there is a", "Malini Iyer"),
            ("The formulations under the latest", "Sapphire Securities"),
            ("absorb the impact for now", "Vikram Shetty"),
            ("We cannot make medicines at", "Vikram Shetty"),
        ],
    ),
    (
        """Families of children with rare muscle disease plead for access to €2m gene therapy

Aoife Brennan, Health Correspondent

Parents of children with a rare and fatal muscle-wasting condition have called on the Health Minister to intervene after the State's medicines pricing body recommended against funding a gene therapy that costs almost €2m per patient.

The National Medicines Pricing Office (NMPO) found that the one-off treatment, Myelora, made by US company Tressant Bio, was not cost-effective at the price submitted and that there remained 'significant uncertainty' about its long-term benefits.

Around six children a year in Ireland are diagnosed with the condition, which causes progressive weakness and, in its most severe form, is fatal in early childhood.

Claire Donnelly, from Kilcarrig, Co Tipperary, whose son Rían (4) was diagnosed last year, said families were 'running out of time'.

'Every week that goes by, Rían loses a bit more strength. He used to be able to climb the stairs and now he can't,' she said.

'We're not asking for a miracle. We're asking for the same chance children in Germany and France are getting.'

The NMPO said in a statement that its role was to provide 'an independent, evidence-based assessment' to the Department of Health.

'The assessment group fully recognises the devastating impact of this condition on children and their families,' the statement said. 'However, the price sought by the company is substantially above what could be considered cost-effective, even allowing for the rarity of the condition.'

Tressant Bio said it was 'committed to working with Irish authorities' to find a route to access. A spokesman for the company said: 'We believe Myelora offers the possibility of a one-time treatment with lifelong benefit, and that its value should be measured over that lifetime.'

Health Minister Declan Fahy said he had met the families and would 'look at every option', but stressed that the decision was one for the pricing body and the State's drug purchasing negotiators.

'I cannot and will not overrule an independent assessment process, but I want to see the company come back to the table with a better offer,' Mr Fahy told reporters in Dublin yesterday.

Independent TD Siobhán Whelan, who has raised the case in the Dáil, said the system was 'broken' for families affected by rare diseases.

'We have families fundraising on social media for medicines that should be provided by the State. That's not a health system, that's a lottery,' she said.

The families are due to hold a vigil outside Leinster House on Thursday.""",
        [
            ("significant uncertainty", "National Medicines Pricing Office"),
            ("running out of time", "Claire Donnelly"),
            ("Every week that goes by,", "Claire Donnelly"),
            ("We're not asking for a", "Claire Donnelly"),
            ("an independent, evidence-based assessment", "National Medicines Pricing Office"),
            ("The assessment group fully recognises", "National Medicines Pricing Office"),
            ("However, the price sought by", "National Medicines Pricing Office"),
            ("committed to working with Irish", "Tressant Bio"),
            ("We believe Myelora offers the", "spokesman"),
            ("look at every option", "Declan Fahy"),
            ("I cannot and will not", "Declan Fahy"),
            ("broken", "Siobhán Whelan"),
            ("We have families fundraising on", "Siobhán Whelan"),
        ],
    ),
    (
        """Orlanda Genomics halts liver gene-editing study after patient death; FDA imposes clinical hold

By Marcus Lindqvist

Orlanda Genomics has paused dosing in its Phase 1/2 study of OGN-104, an in vivo gene-editing therapy for a rare inherited liver disorder, after a participant died of suspected liver failure, the company disclosed late Thursday.

The FDA has since placed the trial on clinical hold, according to a securities filing. The agency has asked for additional safety information, including a full analysis of the patient's liver enzyme data and dosing records, the filing said.

The participant, a man in his 50s enrolled at the study's highest dose level, developed signs of liver injury about three weeks after receiving the therapy, Orlanda said. He died nine days later.

"Our hearts go out to the patient's family, and to the investigators and care team who worked tirelessly to treat him," Felipe Arrieta, M.D., Orlanda's chief medical officer, said in a statement. "Patient safety is our highest priority. We are working closely with the FDA and the study's independent data monitoring committee to understand what happened."

Arrieta said it was too early to say whether the death was caused by OGN-104, the lipid nanoparticles used to deliver it or an underlying condition. The company had previously reported mild, transient increases in liver enzymes in two patients at lower doses, which it described at the time as "manageable and expected."

The news sent Orlanda's stock down 38% in after-hours trading.

The setback raises fresh questions about the safety of delivering gene-editing machinery directly into the body, an approach that has drawn billions of dollars in investment over the past five years.

Dr. Naomi Feld, a hepatologist at Lakeshore University School of Medicine who has studied liver toxicity linked to gene therapies, said the case should prompt caution across the sector but not panic.

"Liver toxicity has been the Achilles' heel of systemic gene therapy for years," Feld said. "What we don't yet know is whether this is a dose problem, a delivery problem or something specific to this patient."

An executive at a rival gene-editing company, who spoke on condition of anonymity because he was not authorized to comment publicly, said regulators would likely ask every company in the space for updated safety analyses. "Everybody's going to get a letter," he said.

Orlanda said it had about $520 million in cash and that its other programs, including an ex vivo sickle cell therapy, were not affected by the hold. Chief Executive Lydia Marchetti told analysts on a Friday morning call: "We're going to be transparent about what we find, good or bad. That's the only way this field earns trust."

She declined to give a timeline for resuming the study.""",
        [
            ("Our hearts go out to", "Felipe Arrieta"),
            ("Patient safety is our highest", "Felipe Arrieta"),
            ("manageable and expected.", "Orlanda Genomics"),
            ("Liver toxicity has been the", "Naomi Feld"),
            ("What we don't yet know", "Naomi Feld"),
            ("Everybody's going to get a", "executive at a rival gene-editing company"),
            ("We're going to be transparent", "Lydia Marchetti"),
        ],
    ),
    (
        """Drugmakers warn Brussels over plan to cut market exclusivity

Paola Bianchi in Brussels

Europe's largest pharmaceutical companies have warned that proposals to shorten the period of regulatory protection for new medicines will push research investment to the US and China, as EU member states prepare to finalise the biggest overhaul of the bloc's drug rules in two decades.

Under the draft legislation, the baseline period during which a branded drug is shielded from generic competition would fall from 10 years to eight, with companies able to earn extra time if they launch in all 27 member states or address an unmet medical need.

"This is the wrong signal at exactly the wrong moment," said Matthias Kehl, chief executive of Brauner Pharma, the Frankfurt-based drugmaker. "Europe has already lost its position as the world's leading location for pharmaceutical research. If we make it less attractive still, the investment will not come back."

The European Federation of Innovative Medicines, the industry's main lobby group, said in a position paper published on Tuesday that the changes could reduce the number of new medicines developed in Europe by as much as a fifth over 15 years. It described the proposals as "a tax on innovation".

Health commissioner Katarina Lindholm has defended the plan, arguing that patients in poorer member states wait far longer for new drugs than those in Germany or the Netherlands.

"A patient in one member state can wait two years longer than a patient in another for exactly the same medicine," Lindholm said in an interview. "That is not a single market. That is a lottery of geography."

Generic manufacturers support the changes. The European Generic Producers' Association said earlier expiry of exclusivity would "save health systems billions" and widen access to treatment across the bloc.

One senior diplomat involved in the negotiations said member states remained divided, with countries that host large research centres pushing for longer protection periods. "There is a north-south split, but it is also a split between those who make medicines and those who mostly buy them," the diplomat said.

Analysts said the stakes for the industry were significant but manageable. Henrik Solberg, pharmaceuticals analyst at Nordvik Bank in Oslo, estimated that the change would reduce the net present value of a typical new drug by 3 to 5 per cent.

"It is not nothing, but companies are overstating the impact," he said. "The bigger issue for Europe is the speed of approval and pricing, not the length of data protection."

Negotiations between member states and the European Parliament are expected to resume next month, with diplomats aiming for a deal before the end of the year.""",
        [
            ("This is the wrong signal", "Matthias Kehl"),
            ("Europe has already lost its", "Matthias Kehl"),
            ("a tax on innovation", "European Federation of Innovative Medicines"),
            ("A patient in one member", "Katarina Lindholm"),
            ("That is not a single", "Katarina Lindholm"),
            ("save health systems billions", "European Generic Producers' Association"),
            ("There is a north-south split,", "senior diplomat involved in the negotiations"),
            ("It is not nothing, but", "Henrik Solberg"),
            ("The bigger issue for Europe", "Henrik Solberg"),
        ],
    ),
    (
        """Medicine prices to rise 5.2% as pharma groups say increase falls short

Thandiwe Mokoena

Medicine prices in SA will rise by up to 5.2% from next month after the National Department of Health approved the annual adjustment to the single exit price, a figure drugmakers say does not reflect the weak rand and soaring production costs.

The increase, published in the Government Gazette on Friday, is below the 9.8% requested by the Pharmaceutical Makers' Council of Southern Africa, which represents multinational and local manufacturers.

"The rand has depreciated significantly against the dollar and the euro over the past year, and the majority of active ingredients are imported," said council CEO Lerato Dlamini. "An adjustment of 5.2% means that some products will be sold below cost. We are already seeing companies deregister low-margin medicines."

Dlamini said the council would seek an urgent meeting with the department to discuss a mid-year review mechanism for products most exposed to currency swings.

The department said in a statement that it had to balance the sustainability of the industry with affordability for patients, many of whom pay out of pocket. "The adjustment takes into account the consumer price index, exchange rate movements and the financial burden on medical schemes and patients," the department said.

Health economist Prof Jabu Nkosi of the University of the Highveld said the increase, while above consumer inflation of about 4.4%, was "a reasonable compromise".

"Manufacturers always ask for more, and the department always gives less. What matters is whether we start seeing shortages, and so far the evidence for that is mixed," Nkosi said.

Medical schemes welcomed the restraint. A spokesperson for Ubuntu Health Medical Scheme said chronic medicine accounted for about a fifth of the scheme's claims and that above-inflation increases fed directly into contribution hikes. "Every percentage point matters to our members, especially pensioners," the spokesperson said.

Pharmacists, however, warned that the adjustment did nothing to address dispensing fees, which they say have not kept pace with rising rentals, electricity and staff costs.

Independent pharmacist Riaan van der Merwe, who owns two pharmacies in Mokopane in Limpopo, said customers often assumed the pharmacy set the price.

"Patients see the price on the shelf go up and they blame us. They don't realise that the pharmacy's margin is regulated too," he said.

Shares in JSE-listed Kalahari Pharma Holdings rose 1.4% on Friday, with traders saying the increase was broadly in line with market expectations.

The new prices take effect on the first business day of next month.""",
        [
            ("The rand has depreciated significantly", "Lerato Dlamini"),
            ("An adjustment of 5.2% means", "Lerato Dlamini"),
            ("The adjustment takes into account", "National Department of Health"),
            ("a reasonable compromise", "Jabu Nkosi"),
            ("Manufacturers always ask for more,", "Jabu Nkosi"),
            ("Every percentage point matters to", "spokesperson"),
            ("Patients see the price on", "Riaan van der Merwe"),
        ],
    ),
]
