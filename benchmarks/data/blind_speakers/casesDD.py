CASES = [
    (
        """Sales manager jailed for embezzling Dh1.2 million from Dubai trading firm

By a Staff Reporter

Dubai: A 41-year-old sales manager has been sentenced to three years in jail and ordered to repay Dh1.2 million he siphoned from the trading company that employed him, a Dubai court ruled on Monday.

The Asian defendant will be deported after serving his sentence, according to the verdict.

According to official records, the manager diverted payments from 37 customers into a personal account over 14 months, covering the shortfall with forged receipts bearing the company's stamp.

The company's finance manager, an Emirati named Saeed Obaid Al Falasi, told prosecutors he grew suspicious when a long-standing client called to ask why its account still showed an outstanding balance.

"The client sent us a receipt that we had never issued. The stamp looked right, but the serial number belonged to a book we had cancelled," Al Falasi said in his testimony.

He added that an internal audit "took less than a week to find the pattern" once the team knew what to look for.

A bank official testified that the defendant's account received transfers totalling Dh1,214,600 during the period, most of them within hours of the customers' payments.

In his statement to prosecutors, the defendant admitted receiving some of the money but claimed it was "commission that was owed to me and never paid". He denied forging any documents.

The court rejected his account. "The defendant did not produce any contract or correspondence showing an agreed commission, and the forensic report confirmed that the receipts were printed on a device seized from his home," the ruling said.

The prosecution said in a statement that breach of trust cases in the private sector were treated "with the utmost seriousness".

"Employers place their confidence in staff who handle customer funds. Anyone who abuses that confidence will face the full force of the law," the statement said.

Lawyer Huda Al Suwaidi, who represented the company in a parallel civil claim, said her client would pursue recovery of the remaining funds.

"A criminal conviction is an important step, but our priority now is getting the money back," she said. "We have already filed to attach the defendant's assets, including a vehicle and a plot of land in Ajman."

The verdict can be appealed within 15 days.""",
        [
            ("The client sent us a", "Saeed Obaid Al Falasi"),
            ("took less than a week", "Saeed Obaid Al Falasi"),
            ("commission that was owed to", "defendant"),
            ("The defendant did not produce", "court"),
            ("with the utmost seriousness", "prosecution"),
            ("Employers place their confidence in", "prosecution"),
            ("A criminal conviction is an", "Huda Al Suwaidi"),
            ("We have already filed to", "Huda Al Suwaidi"),
        ],
    ),
    (
        """Abu Dhabi cold-chain start-up raises $45m to expand across the Gulf

Layla Haddad

Abu Dhabi-based cold-chain logistics company Frostline has raised $45 million in a Series B funding round as it prepares to expand its network of temperature-controlled warehouses into Saudi Arabia and Oman.

The round was led by Gulf growth investor Rimal Ventures, with participation from two family offices in the UAE and Kuwait, the company said on Tuesday.

Frostline, founded in 2019, will use the money to open four facilities by the end of next year, including its first in Dammam, and to add 120 refrigerated lorries to its fleet, chief executive Tariq Al Hammadi said in an interview.

“Demand for chilled and frozen storage in the region has grown faster than supply for three years in a row,” Mr Al Hammadi said. “Pharmaceutical distributors in particular are struggling to find capacity that meets international standards.”

The UAE imports most of its food, and the pandemic exposed weaknesses in supply chains for perishable goods and vaccines across the region.

Rimal Ventures managing partner Dr Noura Bin Shabib said the firm had been tracking the sector “for the best part of two years” before committing.

“What convinced us was the quality of the contracts,” she said. “Frostline has multi-year agreements with anchor clients, which gives it a visibility most logistics businesses at this stage simply do not have.”

The company reported revenue of Dh168 million last year, up 62 per cent on 2022, and expects to become profitable in 2025, according to a statement.

“This investment allows us to move from being a UAE champion to a regional platform,” the statement quoted Mr Al Hammadi as saying.

Industry observers expect consolidation in the sector. A report published this month by Abu Dhabi consultancy Meridian Advisory, titled “Cold Chain Outlook 2024”, estimated that more than 200 small operators are active in the UAE alone.

“There are too many small operators with one or two warehouses and ageing equipment,” said Karan Mehta, a partner at Meridian. “Well-funded players will be able to acquire them at reasonable valuations over the next 18 months.”

Mr Mehta said the biggest risk for the industry was energy costs, which can account for as much as 30 per cent of operating expenses at cold-storage sites.

Mr Al Hammadi said Frostline had installed solar panels on the roofs of its two largest warehouses in Mussafah and planned to do the same at all new sites.

“Our electricity bill is the number we watch most closely after payroll,” he said.""",
        [
            ("Demand for chilled and frozen", "Tariq Al Hammadi"),
            ("Pharmaceutical distributors in particular are", "Tariq Al Hammadi"),
            ("for the best part of", "Noura Bin Shabib"),
            ("What convinced us was the", "Noura Bin Shabib"),
            ("Frostline has multi-year agreements with", "Noura Bin Shabib"),
            ("This investment allows us to", "Tariq Al Hammadi"),
            ("There are too many small", "Karan Mehta"),
            ("Well-funded players will be able", "Karan Mehta"),
            ("Our electricity bill is the", "Tariq Al Hammadi"),
        ],
    ),
    (
        """Home-based businesses to get licences within 48 hours under new scheme

Doha

Entrepreneurs running businesses from their homes will be able to obtain a commercial licence within 48 hours under a new fast-track scheme announced yesterday.

The Home Enterprise Licensing Programme, launched by the Small Business Development Authority (SBDA), will allow applicants to register activities such as catering, tailoring, handicrafts and online retail through a single digital window.

Speaking at the launch at the authority's headquarters, SBDA president HE Hamad bin Abdullah al-Buainain said the programme was designed to remove "unnecessary hurdles" facing citizens and residents with small ventures.

"Many of our young people, and many Qatari women in particular, have talent and ideas but were discouraged by procedures that were built for large companies," he said.

"Today we are telling them: the door is open, and it will take you two days, not two months."

Al-Buainain said about 1,900 home-based businesses were currently registered in the country, and the authority expected the number to double within three years.

Under the scheme, applicants will need to submit a copy of their ID, proof of residence and a short description of the activity. Food businesses must also pass a health inspection.

SBDA director of licensing Eng Maryam Saleh al-Hajri said the new platform was linked to the databases of several government entities. She explained:

"The applicant no longer needs to visit five different offices. The platform checks the information automatically and flags any issue to our staff, who respond within working hours.

"If an inspection is required, the team will schedule it on the same day the application is submitted."

Several home business owners attending the event welcomed the announcement. Fatima Mohammed al-Obaidli, who sells traditional perfumes and oud through social media, said she had waited nearly four months for her first licence in 2021.

"I almost gave up. If this system had existed then, I would have expanded a year earlier," she said on the sidelines of the event.

The authority also announced a series of free monthly workshops under the title "From Home to Market", covering pricing, packaging and digital marketing.

In a statement, the SBDA said the programme formed part of its efforts to "diversify the national economy and strengthen the role of the private sector", noting that applications would open on the authority's website from next Sunday.""",
        [
            ("unnecessary hurdles", "Hamad bin Abdullah al-Buainain"),
            ("Many of our young people,", "Hamad bin Abdullah al-Buainain"),
            ("Today we are telling them:", "Hamad bin Abdullah al-Buainain"),
            ("The applicant no longer needs", "Maryam Saleh al-Hajri"),
            ("If an inspection is required,", "Maryam Saleh al-Hajri"),
            ("I almost gave up. If", "Fatima Mohammed al-Obaidli"),
            ("diversify the national economy and", "Small Business Development Authority"),
        ],
    ),
    (
        """Court orders developer to pay SR3.4 million to 28 villa buyers over delays

JEDDAH — A commercial court in Jeddah has ordered a real estate developer to pay SR3.4 million in compensation to 28 buyers of off-plan villas after the company failed to deliver the units more than three years past the agreed date.

The ruling, a copy of which was obtained by this newspaper, said the developer, Al-Waha Modern Real Estate Company, had "breached its contractual obligations without a legitimate excuse." It ordered the company to complete the villas within 12 months or refund the buyers in full.

Lawyer Abdulaziz Saleh Al-Zahrani, who represented the buyers, said the case had dragged on for nearly two years.

"My clients paid between 40 and 70 percent of the value of their homes and were left with concrete frames in the desert," Al-Zahrani said.

"This ruling sends a clear message to developers who collect money from the public and then disappear," he added.

One of the buyers, retired teacher Mona Ibrahim Al-Qahtani, said: "I sold my apartment to buy this villa for my children. For three years I have been paying rent while waiting for a house that was supposed to be ready."

During the hearings, the company's representative told the court that the delays were caused by "circumstances beyond our control," including a sharp rise in the price of building materials and a dispute with a subcontractor.

The court rejected that argument, noting that the company had continued to sell units in the same project during the period of the delay.

"A company that claims it is unable to finish the villas it has sold cannot at the same time market and sell new ones," the ruling stated.

The company has 30 days to appeal. A spokesman for the developer, contacted by phone, said the company "respects the judiciary" and was studying the ruling with its legal advisers. He declined to comment further.

Real estate consultant Dr. Nawaf Hamoud Al-Shehri said escrow rules introduced in recent years had reduced such disputes, but projects launched before the rules took effect remained a concern.

"Buyers should always ask whether the project has an escrow account approved by the authorities. If the answer is no, they should walk away," he said.""",
        [
            ("breached its contractual obligations without", "commercial court in Jeddah"),
            ("My clients paid between 40", "Abdulaziz Saleh Al-Zahrani"),
            ("This ruling sends a clear", "Abdulaziz Saleh Al-Zahrani"),
            ("I sold my apartment to", "Mona Ibrahim Al-Qahtani"),
            ("circumstances beyond our control", "company's representative"),
            ("A company that claims it", "commercial court in Jeddah"),
            ("respects the judiciary", "spokesman for the developer"),
            ("Buyers should always ask whether", "Nawaf Hamoud Al-Shehri"),
        ],
    ),
    (
        """OMR28mn fish processing complex opens in Sur

Sur: A new fish processing complex with a daily capacity of 150 tonnes officially began operations in the Wilayat of Sur yesterday, in a move expected to create more than 400 jobs, most of them for Omanis.

The complex, developed by Sharqiyah Seafood Industries at a cost of OMR28mn, includes freezing and packaging lines, a cold store with a capacity of 6,000 tonnes and a training centre for young fishermen.

The opening ceremony was held under the auspices of Sheikh Hilal bin Salim al Ghailani, Wali of Sur, in the presence of a number of sheikhs, officials and fishermen from the wilayat.

Eng Yousuf bin Khamis al Rawahi, CEO of Sharqiyah Seafood Industries, said the project would "add real value to the catch instead of exporting it as raw material".

"For many years, a large part of the fish landed in South Sharqiyah was sent abroad whole and processed elsewhere. Today this processing will happen here, by Omani hands," he said in his speech.

Al Rawahi noted that Omanis currently make up 38 per cent of the complex's workforce, with a target of 60 per cent within five years.

"We have signed agreements with two vocational colleges to train technicians in refrigeration and food safety, and the first batch of 45 trainees will join us next month," he added.

Addressing the ceremony, the wali said the project reflected the attention given to the fisheries sector "as one of the main pillars of economic diversification" in the sultanate.

Local fishermen welcomed the move. Saif bin Ali al Araimi, who has fished off the coast of Ras al Hadd for more than 30 years, said prices at the landing site had been unstable.

"Sometimes we sell at a loss because there is no place to store the catch. With a buyer so close, we can plan our trips better," he told this newspaper.

A statement issued by the company said exports would target markets in East Asia and Europe, and that the complex had obtained "international certifications for food safety and traceability" ahead of its opening.

The statement added: "The first shipment of frozen yellowfin tuna to an Asian buyer is scheduled before the end of the current quarter."

The company plans a second phase, including a fishmeal plant and an ice factory, subject to the results of feasibility studies.""",
        [
            ("add real value to the", "Yousuf bin Khamis al Rawahi"),
            ("For many years, a large", "Yousuf bin Khamis al Rawahi"),
            ("We have signed agreements with", "Yousuf bin Khamis al Rawahi"),
            ("as one of the main", "Hilal bin Salim al Ghailani"),
            ("Sometimes we sell at a", "Saif bin Ali al Araimi"),
            ("international certifications for food safety", "Sharqiyah Seafood Industries"),
            ("The first shipment of frozen", "Sharqiyah Seafood Industries"),
        ],
    ),
    (
        """Three days without AC: Dubai residents demand answers after cooling plant failure

By Staff Reporter

Dubai: Hundreds of residents of a gated community in Dubai spent three days without central air-conditioning this week after a fault at a district cooling plant, with some families moving into hotels as indoor temperatures climbed above 35°C.

The outage affected about 640 apartments across nine buildings in Palm Crest Residences, according to the community’s management company, Sandstone Facilities Management.

In a statement on Thursday, the company said a “major mechanical failure” in one of the plant’s compressors had caused the shutdown, and that replacement parts had to be flown in from Europe.

“We sincerely apologise to all residents for the inconvenience caused. Our technical teams have been working around the clock, and cooling has now been fully restored to all buildings,” the statement read.

Residents, however, said communication during what some on social media dubbed the “sauna week” was poor.

“Nobody told us anything for the first 24 hours. We only found out it was a plant failure from a WhatsApp group,” said Rohan Pillai, an Indian expat who lives with his wife and two young children in one of the affected towers.

Pillai said the family spent two nights at a hotel in Al Barsha at a cost of Dh1,100. “I want to know who is going to pay for this,” he said.

A Filipino resident, who asked not to be named, said her elderly mother suffered from dizziness on the second day. “We put wet towels on her and kept her near the fan. It was very frightening,” she said.

Emirati homeowner Khalid Rashid Al Ketbi said the owners’ association would raise the matter at its next meeting. He said owners had paid service charges “on time, every year” and expected “a proper maintenance plan, not excuses”.

Sandstone said it would consider requests for reimbursement of hotel costs on a “case-by-case basis”.

Legal consultant Ahmed Farouk, of Farouk & Partners Advocates, said tenants may also have grounds to claim from their landlords.

“Under the tenancy law, the landlord is responsible for ensuring the property is fit for use,” he said. “Tenants should document everything — receipts, photos, messages — and submit a written request first. If that fails, they can file a case with the rental disputes centre.”

Residents said they planned to submit a joint complaint to the developer early next week.""",
        [
            ("major mechanical failure", "Sandstone Facilities Management"),
            ("We sincerely apologise to all", "Sandstone Facilities Management"),
            ("Nobody told us anything for", "Rohan Pillai"),
            ("I want to know who", "Rohan Pillai"),
            ("We put wet towels on", "Filipino resident"),
            ("on time, every year", "Khalid Rashid Al Ketbi"),
            ("a proper maintenance plan, not", "Khalid Rashid Al Ketbi"),
            ("case-by-case basis", "Sandstone Facilities Management"),
            ("Under the tenancy law, the", "Ahmed Farouk"),
            ("Tenants should document everything", "Ahmed Farouk"),
        ],
    ),
    (
        """Al Dana Takaful posts 18% rise in 2023 net profit, proposes 12% cash dividend

Doha

Al Dana Takaful Insurance Company has reported a net profit of QR96.3mn for the year ended December 31, 2023, up 18% from QR81.6mn in 2022.

Earnings per share stood at QR0.48, compared with QR0.41 a year earlier, the company said in a disclosure to the bourse yesterday.

The board of directors has recommended a cash dividend of 12% of the nominal share value, equivalent to QR0.12 per share, subject to the approval of the ordinary general assembly meeting scheduled for March 18.

Gross contributions rose 14% to QR742mn, driven mainly by growth in the motor and medical lines, the company noted.

Chairman HE Jaber bin Nasser al-Yafei said: "The results reflect the soundness of the strategy adopted by the board over the past three years, which focused on disciplined underwriting, digital transformation and the diversification of our investment portfolio."

He added that the company "remains well positioned to benefit from the continued growth of the Qatari economy", including the expansion of mandatory health insurance.

Chief executive officer Mohamed Adel Soliman said the company had invested in a new claims management platform that reduced the average time for settling motor claims from nine days to three.

"Our customers expect speed and transparency. Today more than 70% of our policies are issued or renewed through our app and website, and we intend to raise that figure further this year," Soliman said.

He said, "We are also preparing to launch two new family takaful products in the second quarter, subject to regulatory approval."

The company's solvency ratio stood at 218% at the end of the year, well above the regulatory minimum, according to its annual report.

Market analyst Yasmine Boutros of Doha-based Pearl Coast Capital said the results were "slightly ahead of expectations", adding that the dividend payout was in line with the sector average.

"Takaful players have benefited from repricing in the motor segment, but competition remains intense and margins could come under pressure if aggressive pricing returns," she wrote in a note to clients.

Al Dana Takaful shares closed 1.3% higher at QR4.21 yesterday, with around 2.1mn shares changing hands.""",
        [
            ("The results reflect the soundness", "Jaber bin Nasser al-Yafei"),
            ("remains well positioned to benefit", "Jaber bin Nasser al-Yafei"),
            ("Our customers expect speed and", "Mohamed Adel Soliman"),
            ("We are also preparing to", "Mohamed Adel Soliman"),
            ("slightly ahead of expectations", "Yasmine Boutros"),
            ("Takaful players have benefited from", "Yasmine Boutros"),
        ],
    ),
    (
        """Eastern Province program to restore 14 traditional souqs

AL-AHSA: A new initiative to restore and revitalize traditional markets in the Eastern Province was launched on Sunday, with 14 souqs in Al-Ahsa, Qatif and Dammam set to undergo renovation over the next four years.

The SR210 million program, named "Souq Al-Diyar," will be implemented by the Eastern Region Heritage Development Company, a firm established last year to manage heritage sites in the region.

Speaking at the launch ceremony, Dr. Sultan Fahd Al-Dossary, CEO of the company, said the aim was to preserve "the soul of these places" while improving infrastructure, safety and access.

"These souqs are not museums. They are living markets where people still buy dates, spices, textiles and copper, and we want them to remain that way," Al-Dossary told reporters.

The first phase, which begins in January, will cover the historic Souq Al-Nakheel in Hofuf, where shop owners have long complained of leaking roofs, poor lighting and a lack of parking.

Shopkeeper Abu Ahmed, who has sold spices in the souq for 42 years, said he hoped the works would not drive customers away.

"We have heard promises before. What matters is that they finish quickly and that the rents stay as they are," he said.

Al-Dossary said current tenants would be given priority to return and that rents would be "frozen for the first three years after reopening."

In a letter to shop owners dated Nov. 12, the company said temporary premises would be provided "within walking distance of the original souq" and that no tenant would be required to vacate without 90 days' notice.

Several restoration projects in the region have been criticized for replacing old structures with concrete replicas, a practice known among architects as "facadism." Al-Dossary said the company would use traditional materials such as mud brick and palm trunks wherever possible.

Eng. Majed Abdullah Al-Shammari, deputy mayor for urban planning in Al-Ahsa, said the municipality had been consulted at every stage.

"Traditional markets are part of our identity, and part of our economy too. Visitors who come for the heritage sites want to shop in places that feel authentic.

"We will coordinate closely with the company so that traffic and parking are solved before the works begin, not after," he said.

Work on the remaining souqs will be tendered in three packages during 2025 and 2026, according to the company.""",
        [
            ("the soul of these places", "Sultan Fahd Al-Dossary"),
            ("These souqs are not museums.", "Sultan Fahd Al-Dossary"),
            ("We have heard promises before.", "Abu Ahmed"),
            ("frozen for the first three", "Sultan Fahd Al-Dossary"),
            ("within walking distance of the", "Eastern Region Heritage Development Company"),
            ("Traditional markets are part of", "Majed Abdullah Al-Shammari"),
            ("We will coordinate closely with", "Majed Abdullah Al-Shammari"),
        ],
    ),
]
