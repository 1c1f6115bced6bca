CASES = [
    (
        """South Africa's power utility steps up blackouts to stage 6 as units trip

JOHANNESBURG, June 3 (Reuters) - South Africa's state power utility Kwena Energy Holdings said on Tuesday it would step up rolling blackouts to stage 6 from stage 4 after breakdowns at three coal-fired power stations removed almost 5,000 megawatts (MW) from the grid overnight.

The utility, which supplies about 90% of the country's electricity, said six generating units at its Mabeleng, Ntshingwa and Rooiplaat plants had tripped within hours of each other, while two units at a fourth station remained offline for planned maintenance.

"We regret having to implement higher stages of load-shedding at such short notice," Kwena's chief operating officer Thulani Mabaso told a briefing in Johannesburg. "The teams have been working through the night and we expect to return at least three of those units by Thursday."

Stage 6 means households and businesses can be without power for up to six hours a day, usually in two- or four-hour blocks. It is the highest level of power cuts the country has seen since last winter.

Mabaso said unplanned outages had averaged about 16,500 MW over the past week, well above the 13,000 MW the utility had budgeted for, and that spending on diesel for its open-cycle gas turbines was running "far ahead of what we had hoped".

The rand weakened 0.8% against the dollar by 1300 GMT, while shares in listed steelmakers and miners fell.

"Every stage of load-shedding costs the economy something in the order of 900 million rand a day, and stage 6 is a very different animal," said Lerato Khumalo, chief economist at Johannesburg-based Meridian Capital. "Manufacturers were only just starting to rebuild inventory."

The Chamber of Mines and Industry of South Africa said its members had been asked to cut consumption by 10% and that several smelters had begun controlled shutdowns.

"This is the scenario our members have feared all winter," the chamber said in a statement.

Electricity Minister Sipho Ngcobo, who has repeatedly said the worst of the crisis is over, said in a statement he would visit the Mabeleng station on Wednesday and had "full confidence" in the utility's recovery plan.

Kwena, which carries about 400 billion rand of debt, is in the middle of a restructuring that will split it into separate generation, transmission and distribution companies. Analysts blame ageing plants, poor maintenance and years of theft and sabotage for the unreliability of its coal fleet.

A senior engineer at one of the affected stations, who asked not to be named because he was not authorised to speak to the media, said the Rooiplaat units had been returned to service in April without a full overhaul.

"They were patched up to get us through winter, and everybody knew it," the engineer said.

(Reporting by Nomvula Sithebe; Editing by Mark Hollis)""",
        [
            ("We regret having to implement", "Thulani Mabaso"),
            ("The teams have been working", "Thulani Mabaso"),
            ("far ahead of what we", "Thulani Mabaso"),
            ("Every stage of load-shedding costs", "Lerato Khumalo"),
            ("Manufacturers were only just starting", "Lerato Khumalo"),
            ("This is the scenario our", "Chamber of Mines and Industry of South Africa"),
            ("full confidence", "Sipho Ngcobo"),
            ("They were patched up to", "senior engineer at one of the affected stations"),
        ],
    ),
    (
        """Petrol now N1,150 per litre as marketers blame naira, depot prices

By Chinedu Okafor and Aisha Bello

Motorists in Lagos, Abuja and several other cities on Monday woke up to a fresh increase in the pump price of Premium Motor Spirit, popularly called petrol, as filling stations adjusted their pumps to between N1,120 and N1,150 per litre.

Our correspondents, who monitored prices at outlets in Ikeja, Surulere, Wuse and Garki, observed that retail outlets of the Federal Petroleum Marketing Company Limited (FPMC) sold at N1,120 per litre, up from N995 last week, while independent marketers sold at between N1,135 and N1,150.

The National Publicity Secretary of the Independent Association of Petroleum Retailers, Chief Emeka Obiora, attributed the increase to the depreciation of the naira and higher charges at private depots.

“Our members are not the ones fixing these prices. We buy from depots, and the depot price moved by almost N110 in four days,” Obiora told one of our correspondents on the telephone.

He added, “If the naira continues like this, nobody should be surprised if we cross N1,200 before the end of the month.”

The FPMC’s Chief Corporate Communications Officer, Mrs Folake Adeyemi-Johnson, said in a statement on Sunday that the new price reflected “prevailing market realities” in a deregulated downstream sector.

“The company no longer determines pump prices. Prices are now determined by market forces, and we will continue to ensure that products are available at all our outlets nationwide,” the statement added.

Long queues returned to some filling stations in Abuja on Sunday evening as motorists rushed to buy fuel before the new prices took effect.

A commercial motorcyclist at Berger junction, who gave his name only as Ibrahim, said he now spent almost half of his daily earnings on fuel.

“Before, I used to buy five litres with N5,000. Now what will I do? Passengers are complaining, so I cannot increase fare too much,” he lamented.

Meanwhile, the Nigeria Labour Assembly has threatened to mobilise workers for nationwide protests if the Federal Government fails to reverse the increase within seven days.

Its President, Comrade Benson Odukwe, who addressed a press conference in Abuja, said workers could no longer cope with what he described as “one policy shock after another.”

“The minimum wage has not changed, but transport fares have tripled, food prices have doubled and now petrol is going up again. Nigerian workers are not slaves,” Odukwe said.

The Downstream Petroleum Products Regulatory Commission had yet to respond to enquiries sent by our correspondents as of press time.

However, a senior official of the commission, who spoke on condition of anonymity because he was not authorised to speak on the matter, said the regulator was monitoring the market and would “sanction any depot or retailer found to be hoarding products.”""",
        [
            ("Our members are not the", "Emeka Obiora"),
            ("If the naira continues like", "Emeka Obiora"),
            ("prevailing market realities", "Folake Adeyemi-Johnson"),
            ("The company no longer determines", "Folake Adeyemi-Johnson"),
            ("Before, I used to buy", "Ibrahim"),
            ("one policy shock after another", "Benson Odukwe"),
            ("The minimum wage has not", "Benson Odukwe"),
            ("sanction any depot or retailer", "senior official of the commission"),
        ],
    ),
    (
        """Residents lament erratic power supply as VEDC blames gas shortfall

By Efua Mensah-Bonsu

Residents of several communities in Accra and Tema have expressed frustration over persistent power outages, which have lasted up to 12 hours a day in some areas, raising fears of a return of the erratic supply popularly known as “dumsor”.

Areas affected over the past two weeks include Odumase Junction, Abrofo Estates, Okaikwei Hills and parts of Community 27 in Tema.

Some of the residents who spoke to this reporter said the outages had crippled their businesses and forced them to spend more on fuel for generators.

Mrs Agnes Ofori, a cold store operator at Odumase Junction, said she had lost fish worth more than GH¢8,000 in the past two weeks.

“Every day the light goes off in the morning and comes back at night. My freezers cannot keep the fish frozen, so I have to sell at a loss or throw it away,” she said.

For Mr Kojo Appiah-Kubi, a welder at Abrofo Estates, the biggest problem was the lack of information. “We don’t have any timetable. If they tell us when the light will go off, at least we can plan our work,” he said.

In a statement issued in Accra yesterday, the Volta Electricity Distribution Company (VEDC) attributed the outages to a shortfall in gas supply to thermal plants, which had reduced available generation.

“The shortfall has compelled the system operator to carry out load management in parts of our operational areas. We wish to assure our cherished customers that the situation is temporary,” the statement said.

Speaking on phone, the Head of Public Relations of the VEDC, Mr Samuel Tetteh-Quarshie, said the company had not received a load management schedule from the National Grid Operations Company (NGOC) and could therefore not publish one.

“We are as much in the dark as our customers on the schedule,” he said, adding that engineers were working to restore supply “as quickly as the generation situation allows”.

The Minister for Energy, Dr Kwabena Asante-Boakye, who toured the Anyinam Thermal Power Station on Tuesday, told journalists that a cargo of liquefied natural gas was expected to berth at the Tema terminal on Friday.

“I want to assure Ghanaians that we are not going back to the days of dumsor. What we are experiencing is a temporary supply challenge, and it will be resolved within the week,” Dr Asante-Boakye said.

The Minority Spokesperson on Energy, Mr Yaw Donkor-Mensah, however, described the minister’s assurance as “empty”, insisting that the government owed independent power producers (IPPs) more than US$1.5 billion.

“The IPPs are owed, the gas suppliers are owed, and VEDC is not collecting enough revenue to pay anybody. That is the real problem, not a vessel,” he told a press conference at Parliament House.

Meanwhile, the Ghana Manufacturers Association has launched a campaign dubbed “Power for Production” to press for a dedicated supply arrangement for industrial enclaves.""",
        [
            ("Every day the light goes", "Agnes Ofori"),
            ("We don’t have any timetable", "Kojo Appiah-Kubi"),
            ("The shortfall has compelled the", "Volta Electricity Distribution Company"),
            ("We are as much in", "Samuel Tetteh-Quarshie"),
            ("as quickly as the generation", "Samuel Tetteh-Quarshie"),
            ("I want to assure Ghanaians", "Kwabena Asante-Boakye"),
            ("empty", "Yaw Donkor-Mensah"),
            ("The IPPs are owed, the", "Yaw Donkor-Mensah"),
        ],
    ),
    (
        """Egra approves 14.2% municipal tariff hike, far below metros' requests

Nompumelelo Dube, Energy Writer

The Electricity and Gas Regulatory Authority (Egra) has approved an average 14.2% increase in municipal electricity tariffs from July 1, well below the 18%-25% sought by several metros, in a decision likely to deepen the financial strain on local government.

The decision, announced on Thursday, follows months of public hearings at which business groups and ratepayers' associations argued that further steep increases would push more customers off the grid and into rooftop solar, eroding the municipal revenue base.

Egra's full-time regulator member for electricity, Nandi Moloi-Pieterse, said the regulator had to weigh the "sustainability of municipal distribution" against affordability for households and businesses.

"We are acutely aware that municipalities are under pressure, but we cannot approve increases that simply pass on inefficiency to the consumer," she told a media briefing in Pretoria. "Several applications did not properly account for losses, and some did not account for them at all."

Umgeni Bay Metropolitan Municipality, which had applied for 21.5%, said it was "disappointed" and would study the reasons for the decision before deciding whether to apply for a review.

Municipalities buy bulk power from the state utility, whose own tariff will rise 12.7% on the same date, and resell it to residents at a margin that helps to fund other services. But many distribution networks suffer from theft, illegal connections and nonpayment.

Highveld Metro's mayoral committee member for energy, Johan Venter, said the city was losing about a quarter of the electricity it buys to theft and technical losses. "The tariff is only one side of it. If we can't collect, the tariff doesn't matter," Venter said.

Priya Naidoo, CEO of the Organised Business Forum, welcomed the decision as "a step in the right direction" but warned that businesses were reaching the limits of what they could absorb.

"For a small manufacturer, electricity is now the second-biggest cost after wages. Our members are telling us that another double-digit increase means retrenchments," she said.

Independent energy analyst Chris Oosthuizen said the gap between what municipalities asked for and what they were granted was likely to show up as further arrears to the state utility, which already exceed R90bn.

"In effect, the regulator is asking the metros to find the money elsewhere, and we know from experience that 'elsewhere' usually means not paying the bulk supplier," he said.

Egra said it would publish its full reasons for decision on its website within 14 days.""",
        [
            ("sustainability of municipal distribution", "Nandi Moloi-Pieterse"),
            ("We are acutely aware that", "Nandi Moloi-Pieterse"),
            ("Several applications did not properly", "Nandi Moloi-Pieterse"),
            ("disappointed", "Umgeni Bay Metropolitan Municipality"),
            ("The tariff is only one", "Johan Venter"),
            ("a step in the right", "Priya Naidoo"),
            ("For a small manufacturer, electricity", "Priya Naidoo"),
            ("In effect, the regulator is", "Chris Oosthuizen"),
        ],
    ),
    (
        """'We are paying for darkness': Nigerians fume at power tariff hike

Lagos (AFP) - Nigerians reacted angrily on Thursday after the power regulator more than tripled electricity tariffs for customers promised at least 20 hours of supply a day, a move the government says is needed to cut costly subsidies.

The Nigerian Electricity Supply Regulatory Authority (NESRA) said customers classed as "Band A" would now pay 209 naira per kilowatt-hour, up from 68 naira, with immediate effect.

"The current tariff is not cost-reflective and the government can no longer afford to pay the difference," NESRA vice-chairman Abdulrahman Garba told journalists in Abuja.

He said the electricity subsidy would have cost the government about 2.9 trillion naira ($1.9 billion) this year if left unchanged, and insisted that customers in the lower bands, who make up the majority of households, would not be affected.

But many Nigerians who have been placed in Band A say they rarely get anything close to 20 hours of power.

"We are paying for darkness," said Funmilayo Ogunleye, who runs a hair salon in the Ketu district of Lagos and relies on a petrol generator for much of the day. "Last week we had light for maybe six hours a day. Now they say we are Band A and we must pay three times."

Africa's most populous country produces only a fraction of the electricity it needs for its more than 200 million people, and the national grid frequently collapses. Millions of homes and businesses depend on costly diesel and petrol generators.

The power sector was privatised in 2013, but distribution companies have struggled to collect bills and generators complain of huge debts.

Lagoon Electricity Distribution Plc, which serves about 1.1 million customers in Lagos, said in a statement that the new tariff would allow it to "improve supply and invest in our network".

"This is a necessary reform implemented in the worst possible way," said Tunde Akinwale, an economist at Lagos-based consultancy Harbourline Advisory. "People are being asked to pay more at a time when inflation is above 30 percent and the naira has lost most of its value."

Ngozi Eze-Uche, director-general of the Nigerian Association of Small-Scale Producers, said in a statement that the increase "will force many small factories to close" and called for it to be suspended.

Nigeria's main labour unions have given the government until Monday to reverse the decision or face protests.

A spokesman for the power ministry said the minister would meet union leaders next week.

"The door of dialogue remains open," the spokesman said.""",
        [
            ("We are paying for darkness", "Funmilayo Ogunleye"),
            ("The current tariff is not", "Abdulrahman Garba"),
            ("We are paying for darkness", "Funmilayo Ogunleye"),
            ("Last week we had light", "Funmilayo Ogunleye"),
            ("improve supply and invest in", "Lagoon Electricity Distribution Plc"),
            ("This is a necessary reform", "Tunde Akinwale"),
            ("People are being asked to", "Tunde Akinwale"),
            ("will force many small factories", "Ngozi Eze-Uche"),
            ("The door of dialogue remains", "spokesman"),
        ],
    ),
    (
        """Fuel prices to rise by up to 9% in second pricing window

By Richard Annan-Forson

Consumers should brace themselves for higher prices at the pump from Saturday, March 16, as oil marketing companies (OMCs) prepare to adjust prices upwards by between 6 and 9 percent in the second pricing window of the month.

The projected increase is driven by the continued depreciation of the cedi against the US dollar and higher international prices of refined products, according to an analysis by the Institute for Energy Market Research (IEMR).

According to the institute, petrol is expected to sell at between GH¢14.20 and GH¢14.60 per litre, while diesel could go up to GH¢15.10 per litre. Liquefied petroleum gas (LPG) prices are expected to remain largely unchanged.

“The cedi has lost about 4.2 percent against the dollar since the last window, and international gasoline prices have gone up by almost 7 percent over the same period. These two factors alone account for most of the expected increase,” the IEMR said in its pricing outlook.

The Chief Executive of the Ghana Petroleum Pricing Authority (GPPA), Mr Ebo Quansah-Arthur, said the authority was aware of the pressure on consumers but would not interfere with the deregulated pricing regime.

“Our role is to ensure that the prices OMCs charge are within the approved formula. We will not hesitate to sanction any company that goes beyond that,” he said on Sunrise FM’s morning show.

The GPPA in January scrapped the “price floor”, a minimum price below which OMCs could not sell, in a move it said would promote competition.

An executive at one of the top five OMCs, who asked not to be named, said some companies might delay the increase to protect market share. “Nobody wants to be the first to move. You will see some of the bigger players hold prices for two or three days,” the executive said.

The Executive Secretary of the Consumers of Petroleum Products Association (COPPA), Kwame Boadu-Sarpong, called on government to temporarily suspend some of the taxes and levies on fuel, which he said made up about a quarter of the pump price.

“Government cannot keep saying its hands are tied. There is a price stabilisation and recovery levy which was introduced precisely for times like these. Where is that money?” he asked.

Commercial drivers, through the United Commercial Transport Operators Union (UCTOU), said they would announce new fares next week if the projected increase materialised.

The union’s General Secretary, Alhaji Issah Mumuni, told this paper that drivers had absorbed two previous increases without raising fares.

“We have been patient. Spare parts have gone up, tyres have gone up, and now fuel again. We will meet on Tuesday, and whatever the drivers decide, we will announce,” he said.

He said the union would not accept a fare increase below 15 percent, describing anything lower as “a joke”.""",
        [
            ("The cedi has lost about", "Institute for Energy Market Research"),
            ("Our role is to ensure", "Ebo Quansah-Arthur"),
            ("Nobody wants to be the", "executive at one of the top five OMCs"),
            ("Government cannot keep saying its", "Kwame Boadu-Sarpong"),
            ("We have been patient. Spare", "Issah Mumuni"),
            ("a joke", "Issah Mumuni"),
        ],
    ),
    (
        """Petrol price to rise by R1.12 a litre on Wednesday, diesel up more

By Ayanda Mthembu

Motorists will pay R1.12 a litre more for petrol from Wednesday, the Department of Energy and Petroleum Resources announced on Sunday, as a weaker rand and higher international oil prices feed through to the pump.

The wholesale price of diesel will rise by R1.38 a litre and illuminating paraffin by R1.02 a litre, while the maximum retail price of LPG in inland areas goes up by R2.41 per kilogram.

The department said higher international product prices contributed about 84c a litre to the petrol increase, while the rand’s weakness against the US dollar added a further 28c.

“The average international product prices of petrol, diesel and illuminating paraffin increased during the period under review due to supply concerns ahead of the northern hemisphere summer,” the department said in a statement.

Refilwe Sithole, spokesperson for the Motorists’ Association of Southern Africa (Masa), said the increase, the third in a row, would hit households already battling higher food prices and electricity tariffs.

“For the average commuter who relies on minibus taxis, this is going to filter through very quickly in fares. Taxi associations have been holding off, but they can’t absorb R1.38 on diesel and R1.12 on petrol.

“We would urge government to look seriously at the general fuel levy and the Road Accident Fund levy, which together make up almost R6 of every litre. There is room there, and there has been room for a long time,” Sithole said.

The National Minibus Taxi Council (Namtaco) said its regional structures would meet this week to discuss fares.

“Our operators have been carrying these increases since January. The regions will decide on fares, but commuters must expect an adjustment,” Namtaco said in a statement.

Nedmark Securities economist Hendrik du Plessis said in a note to clients that the fuel increase would add about 0.2 percentage points to consumer inflation next month and could “complicate the central bank’s calculus” ahead of its next interest rate decision in May.

Kevin Pillay, energy spokesperson for the opposition Democratic Renewal Movement, said the government could not hide behind global markets.

“The government keeps telling us this is about international prices. But a third of what you pay at the pump is tax, and that is entirely within their control,” Pillay said.""",
        [
            ("The average international product prices", "Department of Energy and Petroleum Resources"),
            ("For the average commuter who", "Refilwe Sithole"),
            ("We would urge government to", "Refilwe Sithole"),
            ("Our operators have been carrying", "National Minibus Taxi Council"),
            ("complicate the central bank’s calculus", "Hendrik du Plessis"),
            ("The government keeps telling us", "Kevin Pillay"),
        ],
    ),
    (
        """Grid collapses for third time in a month, plunges states into darkness

By Oluwaseun Adebanjo, Abuja

The national electricity grid collapsed again on Wednesday, the third time in four weeks, throwing large parts of the country, including Lagos, Abuja, Kano and Port Harcourt, into darkness.

Data from the Independent System Operator of Nigeria (ISON) showed that power generation on the grid plunged from about 3,900 megawatts at 1pm to a mere 42MW by 2pm, with only one generating plant still connected.

The National Grid Transmission Company (NGTC) confirmed the disturbance in a statement, saying it was triggered by a fire on one of its major transmission lines.

“At about 1:47pm today, a fire incident on the Okpara/Gidan-Kwano 330kV line caused multiple tripping of lines, leading to a system disturbance. Restoration has commenced in earnest, and bulk supply has been restored to Abuja and parts of the North-Central,” the statement read.

Several distribution companies also notified their customers of the outage. In a message posted on its X handle, the Ogun-Lagos Distribution Company (OLDC) said: “Dear esteemed customer, please be informed that the current outage being experienced is due to a system collapse from the national grid. Supply will be restored as soon as the grid is stabilised.”

The Minister of Power, Chief Adebayo Olatunji, who spoke with journalists after an emergency meeting with sector operators in Abuja, described the repeated collapses as “unacceptable”.

“I have directed NGTC and ISON to submit a full report within 48 hours. Whoever is found culpable, whether through negligence or sabotage, will be dealt with,” Olatunji said.

He added that vandalism of transmission towers in parts of the North-East and the Niger Delta had made the grid “more fragile than it should be”.

However, an engineer at one of the generation companies, who pleaded anonymity, blamed the frequent collapses on poor frequency control and the absence of adequate spinning reserve on the grid.

“The system is operating with almost no reserve. Any small disturbance and the whole thing goes. It is not rocket science; the problem is that there is no money to fix it,” the engineer said.

The Executive Secretary of the Power Generators Forum of Nigeria (PGFN), Dr Halima Yusuf-Bello, said generation companies were owed more than N4 trillion by the market, a debt she said had left many of them “unable to buy gas or carry out maintenance”.

Nigerians have for decades endured unreliable power supply, with many homes and businesses relying on generators. According to data from ISON, the grid has collapsed at least nine times since January.""",
        [
            ("At about 1:47pm today, a", "National Grid Transmission Company"),
            ("Dear esteemed customer, please be", "Ogun-Lagos Distribution Company"),
            ("unacceptable", "Adebayo Olatunji"),
            ("I have directed NGTC and", "Adebayo Olatunji"),
            ("more fragile than it should", "Adebayo Olatunji"),
            ("The system is operating with", "engineer at one of the generation companies"),
            ("unable to buy gas or", "Halima Yusuf-Bello"),
        ],
    ),
]
