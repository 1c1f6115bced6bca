CASES = [
    (
        """Residents of Thembalethu Park go two weeks without water as municipality blames vandalism

By Lindiwe Mabaso

Residents of Thembalethu Park outside Harding have been without running water for 14 days, with the Umzimkhulu Ridge Local Municipality blaming vandalised pumps and an unpaid electricity account for the outage.

On Tuesday, dozens of residents blocked the R612 with burning tyres, demanding that the municipal manager come out and address them.

"We are tired of promises. Every week they tell us the water will be back on Friday, and Friday never comes," said Nomvula Shezi, a 54-year-old mother of four who has been buying 25-litre containers from a private vendor at R30 each.

Shezi said her neighbours had resorted to collecting water from a stream near the township, which she described as "dirty and full of rubbish".

Municipal spokesperson Sipho Khumalo said technicians had been deployed to the Mzintlava pump station on Monday.

"The pumps were stripped of copper cables over the weekend. This is the third time this year that the station has been vandalised, and each time it costs the municipality close to R2 million to repair," Khumalo told News24.

He said water tankers had been sent to the area, but conceded that there were "not enough trucks to cover every ward".

According to Khumalo, the municipality owes the power utility more than R48 million, which has limited its ability to run back-up pumps during load-shedding.

Ward councillor Bongani Mthethwa, of the opposition, accused the council of mismanagement.

"This is not about vandalism. This is about a municipality that has not budgeted for maintenance in five years. The Auditor-General has flagged it again and again," Mthethwa said.

He said he had written to the provincial department of co-operative governance asking it to intervene under section 139 of the Constitution.

The department's spokesperson, Thulani Ngcobo, confirmed that the letter had been received.

"The MEC is aware of the situation in Umzimkhulu Ridge and has asked the department to send a team to assess the municipality's finances and service delivery," Ngcobo said in a statement.

Resident Sibusiso Dlamini, 31, who runs a car wash from his yard, said he had lost his only source of income.

"No water, no business. I have had to send two of my workers home," he said.

Police spokesperson Captain Mandla Zulu said no arrests had been made during Tuesday's protest.

"Police are monitoring the area and the road has since been reopened," Zulu said.""",
        [
            ("We are tired of promises.", "Nomvula Shezi"),
            ("dirty and full of rubbish", "Nomvula Shezi"),
            ("The pumps were stripped of", "Sipho Khumalo"),
            ("not enough trucks to cover", "Sipho Khumalo"),
            ("This is not about vandalism.", "Bongani Mthethwa"),
            ("The MEC is aware of", "Thulani Ngcobo"),
            ("No water, no business.", "Sibusiso Dlamini"),
            ("Police are monitoring the area", "Mandla Zulu"),
        ],
    ),
    (
        """Small businesses count the cost as Stage 6 load-shedding returns to Bloemhoek

By Pieter van der Merwe

Bakeries, butcheries and hair salons in Bloemhoek say they are being pushed to the brink by the return of Stage 6 load-shedding this week, with some owners warning that they will have to lay off staff before the end of the month.

The power utility’s head of generation, Dr Refilwe Mokoena, said on Sunday evening that the country would remain on Stage 6 “until further notice” after the failure of three generating units at two coal-fired power stations.

At the Lekker Bake bakery in Bloemhoek’s central business district, owner Fatima Essop has spent R11,000 on diesel in five days.

“I can’t put that on the price of a loaf of bread. People here are already struggling,” she said. “If this carries on for another two weeks, I will have to let three people go.”

The Bloemhoek Chamber of Commerce and Industry estimates that its 640 members are losing a combined R4.2-million in turnover for every day of Stage 6.

Chamber chief executive Jan-Hendrik Botha said many small firms had no reserves left after years of rolling blackouts.

“The big retailers can absorb this. They have generators, they have solar, they have balance sheets. The spaza shop, the panel beater, the hairdresser – they do not,” Botha said.

“What we are asking for is simple: exempt the CBD feeders during trading hours, even if only for two hours a day.

“We have put this proposal to the metro three times and we have not had a response.”

The Tshwelopele Metropolitan Municipality, which distributes electricity to most of Bloemhoek, said in a statement on Tuesday that it was “legally bound” to implement the schedules set by the national utility.

“Any deviation from the national schedule places the grid at risk and could lead to a total blackout. The metro is not in a position to exempt individual areas,” the statement said.

Mayoral committee member for energy Naledi Phiri said the metro was, however, fast-tracking a programme to allow businesses to sell rooftop solar power back into the grid.

“We believe that within 18 months, a significant portion of the CBD’s daytime demand can be met by embedded generation,” Phiri told a council meeting.

Opposition councillor Riaan Steyn called the plan “a pipe dream”.

“The metro cannot even fix streetlights. Now it is going to run a solar market?” he said.

Thandeka Ndlovu, an economist at the Bloemhoek University of Technology, said prolonged Stage 6 cuts would hit township and CBD traders hardest.

“Small businesses are the first to fall and the last to recover. That is what we saw in 2023, and there is no reason to think this time will be different,” Ndlovu said.

Back at the bakery, Essop has switched off the ovens until the power returns.

“We bake at night now, when the schedule allows. My staff sleep here sometimes,” she said.""",
        [
            ("until further notice", "Refilwe Mokoena"),
            ("I can’t put that on", "Fatima Essop"),
            ("If this carries on for", "Fatima Essop"),
            ("The big retailers can absorb", "Jan-Hendrik Botha"),
            ("What we are asking for", "Jan-Hendrik Botha"),
            ("We have put this proposal", "Jan-Hendrik Botha"),
            ("legally bound", "Tshwelopele Metropolitan Municipality"),
            ("Any deviation from the national", "Tshwelopele Metropolitan Municipality"),
            ("We believe that within 18", "Naledi Phiri"),
            ("a pipe dream", "Riaan Steyn"),
            ("The metro cannot even fix", "Riaan Steyn"),
            ("Small businesses are the first", "Thandeka Ndlovu"),
            ("We bake at night now,", "Fatima Essop"),
        ],
    ),
    (
        """Union threatens strike at Rustvaal Platinum as wage talks collapse

KGALEBERG – The Mineworkers' Solidarity Union (MSU) has declared a dispute with Rustvaal Platinum after wage talks deadlocked on Thursday, raising the prospect of a strike that could halt production at three shafts employing more than 11,000 people.

The union is demanding a R2,500 monthly increase for entry-level underground workers over three years, while the company has offered 6% in the first year and inflation-linked increases after that.

MSU general secretary Tebogo Mokgatle told reporters outside the company's offices that members had been "insulted" by the offer.

"Our members go underground every day and risk their lives. Last year we buried six comrades from this mine alone. And the company comes to us with 6%? That is not an offer, that is an insult," Mokgatle said.

He said the union would refer the dispute to the CCMA on Friday and that a strike ballot would follow if conciliation failed.

Rustvaal Platinum said in a statement that its offer was "fair and sustainable" given the sharp drop in the price of platinum group metals over the past 18 months.

"The company has made every effort to reach an agreement. However, any settlement must take into account the reality that two of our three operations are currently loss-making," the statement read.

Rustvaal spokesperson Marike du Toit later said the company "remains committed to the bargaining process" and hoped a strike could be avoided.

"A strike will hurt everyone – the workers, their families, the communities around the mine and the company. Nobody wins," Du Toit said.

A rival union, the National Union of Underground Workers (NUUW), which represents about a third of the workforce, has not accepted the offer either but has distanced itself from talk of a strike.

NUUW regional chairperson Lucas Sebego said: "We are still at the table. We believe there is room to move, and we are not going to take our members out on strike before every door has been closed."

Analysts warned that a prolonged stoppage would add to the pressure on an already struggling sector.

"A strike of more than three weeks at Rustvaal would take roughly 45,000 ounces out of the market," said Kagiso Mabena, a mining analyst at Ubuntu Capital Securities. "That would support prices in the short term, but the company simply does not have the balance sheet to ride it out."

In the informal settlement of Kgaleberg Extension 4, where many of the mine's workers live, the mood was tense on Thursday evening.

A rock drill operator who asked not to be named for fear of victimisation said he earned R9,800 a month after deductions.

"I send money home to Lusikisiki, I pay rent here, I pay for transport. At the end of the month there is nothing," he said. "We don't want to strike. But what choice do we have?"

The company is expected to respond formally to the union's dispute declaration next week.""",
        [
            ("insulted", "Tebogo Mokgatle"),
            ("Our members go underground every", "Tebogo Mokgatle"),
            ("fair and sustainable", "Rustvaal Platinum"),
            ("The company has made every", "Rustvaal Platinum"),
            ("remains committed to the bargaining", "Marike du Toit"),
            ("A strike will hurt everyone", "Marike du Toit"),
            ("We are still at the", "Lucas Sebego"),
            ("A strike of more than", "Kagiso Mabena"),
            ("That would support prices in", "Kagiso Mabena"),
            ("I send money home to", "rock drill operator"),
            ("We don't want to strike.", "rock drill operator"),
        ],
    ),
    (
        """Former town CEO loses bid to have fraud charges dropped

WINDHOEK – A former chief executive of the Okatjiwa Town Council, accused of defrauding the council of more than N$7,3 million through inflated land-servicing contracts, has failed in his bid to have the charges against him struck off the roll.

Windhoek High Court judge Ndapewa Haufiku on Monday dismissed an application by Festus Amukoto (52), who argued that the State had taken too long to bring the case to trial and that his right to a fair trial had been violated.

Amukoto was arrested in 2021 together with two businessmen, Jacobus Horn (47) and Paulus Nghipondoka (39), whose company, Horn-Nghi Civil Works cc, was awarded contracts to service 312 residential plots in the town's Extension 9.

In her judgement, Haufiku said although the delay was "regrettable", a large part of it had been caused by the accused themselves.

"The record shows that the matter was postponed on no fewer than eleven occasions at the request of the defence, either to secure legal aid, to change legal representatives or to obtain further particulars," the judge said.

"An accused person cannot rely on delays of his own making to escape trial."

She further found that the complexity of the financial evidence, which runs to more than 4 000 pages, justified the time taken by the prosecution.

Amukoto's lawyer, Gerson Uirab, told The Namibian after the ruling that his client was considering an appeal.

"We respect the court's decision, but we believe the learned judge did not give sufficient weight to the prejudice my client has suffered. He has been unemployed for four years and his name has been dragged through the mud," Uirab said.

State advocate Rachel Nakale welcomed the ruling, saying the prosecution was "ready to proceed" and would call 26 witnesses.

According to the charge sheet, Amukoto allegedly approved payments for work that was never done, including N$1,9 million for a sewer line that investigators found had not been laid.

The State further alleges that N$640 000 was paid into a bank account belonging to Amukoto's wife by a company linked to Horn, weeks after the contract was signed.

All three accused have denied the charges.

Okatjiwa residents who have waited for serviced plots for more than a decade have followed the case closely.

"We paid deposits in 2014. Some of us are still renting backyard shacks," said Selma Iipinge, a member of the Okatjiwa Backyard Dwellers Committee. "We want to see justice, but more than that, we want our plots."

The town council's current chief executive, Maria Shilongo, said the council had since appointed a new contractor to complete the work.

"Servicing of the first 120 plots is expected to be completed by March next year," she said.

The trial is set to start on 14 October before Haufiku.""",
        [
            ("regrettable", "Ndapewa Haufiku"),
            ("The record shows that the", "Ndapewa Haufiku"),
            ("An accused person cannot rely", "Ndapewa Haufiku"),
            ("We respect the court's decision,", "Gerson Uirab"),
            ("ready to proceed", "Rachel Nakale"),
            ("We paid deposits in 2014.", "Selma Iipinge"),
            ("We want to see justice,", "Selma Iipinge"),
            ("Servicing of the first 120", "Maria Shilongo"),
        ],
    ),
    (
        """Gochasdrift residents fume over water cuts

Gochasdrift – More than 300 households in the Nuwe Hoop informal settlement at Gochasdrift have been without water since last week after the town council disconnected communal taps over unpaid bills amounting to N$1,2 million.

The council says residents owe money for water supplied through prepaid communal points that were allegedly tampered with to dispense water without credit.

Residents, however, deny the claim and accuse the council of punishing the poorest people in town.

‘They are treating us like criminals. Not everybody here touched those taps, but now all of us must suffer,’ said Elisabeth Gaes, a mother of three who has lived in Nuwe Hoop since 2016.

Gaes said she now walks almost three kilometres to fetch water from a relative in Kameeldoring location, a trip she makes twice a day with a wheelbarrow and two 20-litre containers.

Another resident, Johannes Swartbooi, said the council had not consulted the community before the cut.

‘Nobody came to tell us anything. We just woke up on Thursday and there was no water. Even the clinic had to send people home,’ he said.

Town council chief executive Hendrik Beukes confirmed the disconnections, saying the council had no choice.

‘We buy bulk water and we have to pay for it every month. When people bypass the meters, the council carries the cost, and ultimately it is the ratepayers who pay,’ Beukes told Namibian Sun.

He said 41 of the 58 communal points in the settlement had been found tampered with during an inspection in May.

‘We have given the community three warnings since then. This was a last resort,’ he added.

Beukes said the taps would be reconnected once residents signed an acknowledgement of debt and agreed to a payment plan of N$50 per household per month.

Community activist Petrus Isaacks described the disconnections as ‘unlawful and inhumane’ and said residents had approached a human rights lawyer.

‘Access to water is a basic human right. You cannot disconnect a whole community because of what a few individuals did. Whatever the debt is, there must be another way,’ Isaacks said.

The regional councillor for the area, Anna Kaffer, said she had asked the council to restore at least two taps ‘as a humanitarian measure’ while the dispute was being resolved.

‘Children are going to school without washing. The old people cannot cook. I understand the council’s position, but we cannot leave people like this,’ Kaffer said.

A nurse at the Gochasdrift clinic, who spoke on condition of anonymity because she was not authorised to speak to the media, said staff had started rationing water for patients.

‘We are using bottled water to clean wounds. If this continues, we will have a serious problem with hygiene,’ she said.

The Ministry of Urban and Rural Development said in a brief response that it was ‘engaging the council’ on the matter.""",
        [
            ("They are treating us like", "Elisabeth Gaes"),
            ("Nobody came to tell us", "Johannes Swartbooi"),
            ("We buy bulk water and", "Hendrik Beukes"),
            ("We have given the community", "Hendrik Beukes"),
            ("unlawful and inhumane", "Petrus Isaacks"),
            ("Access to water is a", "Petrus Isaacks"),
            ("as a humanitarian measure", "Anna Kaffer"),
            ("Children are going to school", "Anna Kaffer"),
            ("We are using bottled water", "nurse at the Gochasdrift clinic"),
            ("engaging the council", "Ministry of Urban and Rural Development"),
        ],
    ),
    (
        """Court orders Nkanyezi municipality to fix broken sewage plant within 60 days

By Ayanda Cele

The KwaZulu-Natal High Court in Pietermaritzburg has ordered the Nkanyezi Local Municipality to repair its Sinqobile wastewater treatment works within 60 days, after residents and farmers complained that raw sewage had been flowing into the Ncwabeni River for more than two years.

Judge Rajesh Moodley granted the order on Wednesday in an urgent application brought by the Ncwabeni Catchment Forum, a group of residents, commercial farmers and a local tourism association.

In his ruling, Moodley described the municipality's conduct as "a textbook example of constitutional neglect".

"The municipality does not dispute that the works have been dysfunctional since at least March 2022. It does not dispute that untreated effluent is entering the river. Its only answer is that it lacks funds. That is not a defence to a constitutional obligation," the judge said.

He ordered the municipal manager to file a progress report with the court every two weeks.

Forum chairperson Deon Pretorius said the ruling was a "victory for every person who lives downstream".

"We did not want to go to court. We wrote letters, we held meetings, we offered to help pay for an engineer. We were ignored for two years.

"People's boreholes are contaminated. Cattle have died. Children who swim in the river have come out with rashes," Pretorius said.

According to court papers, water samples taken by the forum in January showed E. coli levels more than 400 times above the safe limit for recreational use.

In an answering affidavit, municipal manager Xolani Gumede said the municipality had been "hamstrung" by a budget shortfall of R120 million and by the theft of equipment at the plant.

"The municipality has not been indifferent. It has engaged the provincial government and has applied for emergency grant funding, which is awaited," Gumede stated.

Municipal spokesperson Zanele Ntuli said the municipality would study the judgment before deciding whether to appeal.

"The municipality respects the court and will comply with its obligations. However, we must be realistic about what can be achieved in 60 days," Ntuli said.

Local farmer Annelize Kruger, whose dairy farm lies four kilometres downstream of the works, said she had spent more than R300 000 on water filtration.

"My animals cannot drink from the river. I have had to drill a new borehole and truck in water in the dry months," she said. "I'm glad the court has acted, but I'll believe it when I see it."

An official in the provincial department of water and sanitation, who asked not to be named because he was not authorised to speak to the media, said Nkanyezi was "one of at least 14 municipalities" in the province whose treatment works were in a critical state.

The matter is expected to return to court in March.""",
        [
            ("a textbook example of constitutional", "Rajesh Moodley"),
            ("The municipality does not dispute", "Rajesh Moodley"),
            ("victory for every person who", "Deon Pretorius"),
            ("We did not want to", "Deon Pretorius"),
            ("People's boreholes are contaminated.", "Deon Pretorius"),
            ("hamstrung", "Xolani Gumede"),
            ("The municipality has not been", "Xolani Gumede"),
            ("The municipality respects the court", "Zanele Ntuli"),
            ("My animals cannot drink from", "Annelize Kruger"),
            ("I'm glad the court has", "Annelize Kruger"),
            ("one of at least 14", "official in the provincial department of water and sanitation"),
        ],
    ),
    (
        """400 jobs on the line at Erongo copper mine

SWAKOPMUND – About 400 workers at the Otjisamba Copper Mine in the Erongo region face retrenchment after the mine's owners announced plans to place the operation on care and maintenance by the end of the year.

Otjisamba Mining Namibia notified the labour commissioner of the planned retrenchments in a letter dated 2 September, citing falling copper grades, rising electricity tariffs and a shortage of water.

"The company has exhausted all reasonable options to keep the mine in operation. Regrettably, the board has resolved that continued mining at current grades is not economically viable," the letter, seen by The Namibian, states.

The Namibia Mine and Energy Workers' Union (Namewu), which represents about 70% of the workforce, said it was "shocked and angered" by the announcement, and accused the company of failing to consult.

Namewu branch chairperson at the mine Immanuel Hamutenya said workers had learnt of the plans from a notice pinned to a board in the canteen.

"That is not how you treat people who have given their lives to this mine. Some of our members have worked here for 20 years. They read about losing their jobs on a piece of paper next to the lunch menu," Hamutenya said.

He said the union would demand that the company disclose its financial statements for the past three years.

"We want to see the numbers. Copper prices are at record levels. How can a mine be losing money when copper is at record prices?" he asked.

The company's general manager, Chris van Wyk, rejected claims that workers had not been consulted, saying management had held "several meetings" with union leaders since June.

"The challenge at Otjisamba is not the copper price. It is the grade of the ore. We are now processing material that contains less than half the copper it did five years ago, while our power bill has almost doubled," Van Wyk told The Namibian on Tuesday.

He said the company would pay severance packages "well above" the statutory minimum and would offer affected employees training through a N$15 million skills fund.

The mine is the main employer in the village of Otjisamba, about 120km north-east of Swakopmund, where businesses fear the closure could empty the settlement.

"Without the mine, there is no Otjisamba. The shops, the school, the clinic – they all depend on the mine and its workers," said village council chairperson Wilhelmina Gases.

She said the council would ask the government to help find a new investor for the mine.

A spokesperson for the labour ministry confirmed that the notice had been received and said a conciliator would be appointed "to facilitate consultations between the parties".

Under the Labour Act, an employer must give at least four weeks' notice of intended retrenchments and disclose relevant information to the union.""",
        [
            ("The company has exhausted all", "Otjisamba Mining Namibia"),
            ("shocked and angered", "Namibia Mine and Energy Workers' Union"),
            ("That is not how you", "Immanuel Hamutenya"),
            ("We want to see the", "Immanuel Hamutenya"),
            ("several meetings", "Chris van Wyk"),
            ("The challenge at Otjisamba is", "Chris van Wyk"),
            ("well above", "Chris van Wyk"),
            ("Without the mine, there is", "Wilhelmina Gases"),
            ("to facilitate consultations between the", "spokesperson"),
        ],
    ),
    (
        """Former union official tells court how shop steward was lured to his death

By Kabelo Motsepe

A former organiser of the General Mining Workers’ Union (Gemwu) has told the North West High Court in Mahikeng that a slain shop steward was lured to a meeting at a tavern on the night he was shot, after he had refused to stop asking how union funds were being spent.

Thabo Moloi, 38, was testifying on Monday in the trial of three men accused of the murder of Gemwu shop steward Sello Ramokgopa, who was shot eight times outside the Ke Nako Tavern in Phokeng-West in August 2022.

The accused – former Gemwu branch secretary Kenneth Matlala, 46, and two alleged hired gunmen, Vusi Ngwenya, 29, and Themba Sithole, 33 – have pleaded not guilty to murder, conspiracy to commit murder and the unlawful possession of firearms.

Moloi, who is testifying as a section 204 witness in exchange for possible indemnity from prosecution, told the court that Ramokgopa had become “a problem” for the branch leadership.

“Sello was asking questions about the burial fund. He wanted to see the bank statements. He said he was going to take it to the members at the mass meeting,” Moloi said.

“Kenneth said to me, ‘This man must be stopped before that meeting.’ I did not ask what he meant. I knew.”

Moloi said he had driven Ngwenya and Sithole to the tavern in his own car, and that Matlala had paid the two men R40,000 “in cash, in a plastic shopping bag”.

Under cross-examination, Matlala’s advocate, Johan Venter SC, accused Moloi of lying to save himself.

“You were the one who was stealing from the burial fund, Mr Moloi. Sello had found you out, and now you are pointing at my client to avoid a life sentence,” Venter put to the witness.

“That is not true,” Moloi replied. “I have admitted what I did. I drove the car. I will live with that for the rest of my life.”

Judge Mpho Letsoalo intervened several times as Moloi’s voice dropped.

“Mr Moloi, the court cannot hear you. Please address your answers to the bench,” Letsoalo said.

Outside court, about 60 Gemwu members in green T-shirts sang struggle songs and held placards calling for justice.

Ramokgopa’s widow, Dikeledi Ramokgopa, said the family had waited more than two years for the trial to begin.

“He was killed for asking where the workers’ money went. That is all he did. I want the people who did this to rot in jail,” she told Daily Maverick.

Gemwu president Oupa Maseko said the union had since overhauled the way its branches handle money.

“We have appointed forensic auditors and every branch now has to submit monthly statements. What happened in this branch will never happen again,” Maseko said.

The trial continues on Tuesday, when Moloi is expected to face cross-examination by lawyers for Ngwenya and Sithole.""",
        [
            ("a problem", "Thabo Moloi"),
            ("Sello was asking questions about", "Thabo Moloi"),
            ("Kenneth said to me,", "Thabo Moloi"),
            ("This man must be stopped", "Kenneth Matlala"),
            ("in cash, in a plastic", "Thabo Moloi"),
            ("You were the one who", "Johan Venter"),
            ("That is not true,", "Thabo Moloi"),
            ("I have admitted what I", "Thabo Moloi"),
            ("Mr Moloi, the court cannot", "Mpho Letsoalo"),
            ("He was killed for asking", "Dikeledi Ramokgopa"),
            ("We have appointed forensic auditors", "Oupa Maseko"),
        ],
    ),
]
