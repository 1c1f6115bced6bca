CASES = [
    (
        """Zambian copper miner halts Kasompe shaft as strike enters third day

By Chanda Mwale

LUSAKA, March 12 (Reuters) - Zambia's Luansobe Copper Mines has suspended hoisting at its Kasompe underground shaft after about 2,400 workers downed tools over pay, the company said on Tuesday, the latest labour dispute to hit the country's drive to raise copper output.

The miner, 80%-owned by Toronto-listed Northvale Resources, described the stoppage as illegal and said it had asked the labour ministry to intervene.

"We have engaged the union leadership in good faith and we remain open to dialogue, but we cannot negotiate under duress," Luansobe chief executive Graham Tessier said in a statement.

The Copperbelt Mineworkers' Federation (CMF), which represents most of the striking workers, is demanding a 15% wage increase for the lowest grades, against the company's offer of 6.5%, union officials said.

"Our members are earning less today in real terms than they were three years ago," CMF general secretary Joseph Mulenga told Reuters by telephone from Kitwe. "The company is reporting strong prices for copper and the workers are simply asking for their share."

Mulenga said the federation had followed the procedures set out in the Employment Code Act and rejected the company's description of the action as unlawful. He said workers would stay away until management returned to the table with "a serious offer, not a public relations exercise".

Labour Minister Brenda Sikazwe said the government was "following the matter closely" and urged both sides to resolve the dispute quickly, saying the mining sector was too important to the economy to be held up by a prolonged stoppage.

Zambia, Africa's second-biggest copper producer, is trying to revive output after years of stagnation, and the government has leaned on mining companies to invest in new shafts and processing capacity.

A senior manager at the mine, who asked not to be named because he was not authorised to speak to the media, said Kasompe produced around 4,000 tonnes of copper in concentrate a month.

"Every day we lose is money that does not come back. The longer this goes on, the harder it is to restart safely," the manager said.

Copper prices on the London Metal Exchange were little changed on Tuesday.

Natasha Phiri, a mining analyst at Lusaka-based Zenith Capital, said the strike was unlikely to move global prices but could weigh on investor sentiment.

"Labour risk has always been part of the Copperbelt story, but this comes at a sensitive time, when the government is courting new investment," she said.

Northvale Resources shares fell 2.1% in Toronto trading on Monday.

(Reporting by Chanda Mwale; Editing by Kirsten Donovan)""",
        [
            ("We have engaged the union", "Graham Tessier"),
            ("Our members are earning less", "Joseph Mulenga"),
            ("The company is reporting strong", "Joseph Mulenga"),
            ("a serious offer, not a", "Joseph Mulenga"),
            ("following the matter closely", "Brenda Sikazwe"),
            ("Every day we lose is", "senior manager at the mine"),
            ("Labour risk has always been", "Natasha Phiri"),
        ],
    ),
    (
        """Botswana Copper Miner Says Power Shortages May Delay Expansion

By Thabo Kgosietsile

(Bloomberg) -- A Botswana copper producer said electricity shortages could push back the expansion of its flagship mine by as much as a year, adding to pressure on the state utility as it struggles to keep its main coal-fired plant running.

Khwai Copper Ltd. needs an additional 60 megawatts of grid power to commission a second concentrator at its operation near Ghanzi in the west of the country, Chief Executive Officer Pieter Venter said in an interview in Gaborone on Wednesday.

"We simply cannot commission the new plant without firm power," Venter said. "Diesel generation is a stopgap. At these margins it is not a long-term answer."

The Botswana Electricity Supply Corp., which operates the 600-megawatt Mmashoro power station, said in an emailed response to questions that two of the plant's four units were offline for maintenance and that it expected "full availability by the end of the third quarter." The utility has relied on imports from South Africa and Mozambique to cover the shortfall.

Botswana, which depends on diamonds for about a third of its economic output, has been trying to diversify into copper as demand for rough stones slumps. The Kalahari Copperbelt, which stretches across the country's western region, has attracted several junior and mid-tier explorers.

Minerals and Energy Minister Kabelo Mosweu told lawmakers last week that the government was negotiating additional emergency supply and was considering private solar projects dedicated to mines.

"We are doing everything possible to keep the lights on for households and for industry," Mosweu said. "But I will not pretend to this house that the problem will be solved in a month."

Workers at Khwai have also voiced concern. A spokesman for the Mining Sector Workers' Union of Botswana said about 450 contract positions tied to the expansion were at risk if construction slowed.

"If the expansion is delayed, the jobs that were promised to people in Ghanzi will not come," the spokesman said by phone. "Our members have already turned down other work because they were told this project was going ahead."

Khwai shares fell as much as 4.2% in Toronto, the most in two months, before paring losses.

Liesl Coetzer, an analyst at Johannesburg-based Meridian Securities, said the market had been too optimistic about the timeline.

"The market had priced in first production from the expansion next year," she wrote in a note to clients. "That now looks like a stretch, and we'd rather see the power solution before we see the capex."

Venter said the company was in talks with two independent power producers about a 40-megawatt solar plant with battery storage, but declined to name them. A decision would be made by the end of the year, he said.

--With assistance from Ruth Okafor.""",
        [
            ("We simply cannot commission the", "Pieter Venter"),
            ("Diesel generation is a stopgap.", "Pieter Venter"),
            ("full availability by the end", "Botswana Electricity Supply Corp."),
            ("We are doing everything possible", "Kabelo Mosweu"),
            ("But I will not pretend", "Kabelo Mosweu"),
            ("If the expansion is delayed,", "spokesman"),
            ("Our members have already turned", "spokesman"),
            ("The market had priced in", "Liesl Coetzer"),
            ("That now looks like a", "Liesl Coetzer"),
        ],
    ),
    (
        """Tlhabane Platinum wage talks deadlock as union digs in

Lindiwe Mokoena
Mining Writer

Wage negotiations at Tlhabane Platinum’s Rustenburg operations collapsed on Thursday after the United Mineworkers’ Congress (UMC) rejected the company’s final offer, raising the prospect of a strike at a time when the platinum group metals industry is already cutting jobs.

The union, which represents about 62% of the 14,000 workers at the company’s four shafts, said it would refer the dispute to the Commission for Conciliation, Mediation and Arbitration (CCMA).

Tlhabane has offered increases of 5% a year over three years for entry-level underground workers, while the union wants R2,500 a month more in the first year.

UMC president Sipho Dlamini said the offer was “an insult to the men and women who go underground every day” and accused management of hiding behind the metal price.

“We have given the company every chance. We moved from our original demand, they did not move at all,” Dlamini said outside the company’s offices in Rustenburg. “Now the workers will decide what happens next.”

Tlhabane Platinum said in a statement that it remained “committed to reaching a fair and sustainable settlement” but warned that the industry’s economics had changed.

CEO Marius van der Berg told analysts on a call on Thursday:

“The basket price has fallen by nearly a third from its peak, and our costs have not followed it down. Electricity alone is up more than 18% this year.

“We have to be realistic about what this business can afford. An unaffordable settlement today means fewer jobs tomorrow, and nobody in this company wants that.”

Van der Berg said the company had placed one of its older shafts under review and would announce a decision on its future by the end of the year.

The company’s shares fell 3.4% on the JSE on Thursday.

The dispute comes as several PGM producers have announced restructuring plans, with thousands of jobs at risk across the Bushveld Complex.

Rene Grobler, an analyst at Thornhill Asset Management, said a strike would be costly for both sides. “Neither party can really afford a long stoppage. The union knows that a strike could accelerate shaft closures, and the company knows it cannot lose three months of production,” she said.

A shop steward at the company’s Kgale shaft, who did not want to be named, said workers were angry but divided over whether to strike. “People are worried about their jobs, but they are also tired of being told to wait,” he said.

The CCMA is expected to convene a conciliation meeting within 30 days.""",
        [
            ("an insult to the men", "Sipho Dlamini"),
            ("We have given the company", "Sipho Dlamini"),
            ("Now the workers will decide", "Sipho Dlamini"),
            ("committed to reaching a fair", "Tlhabane Platinum"),
            ("The basket price has fallen", "Marius van der Berg"),
            ("We have to be realistic", "Marius van der Berg"),
            ("Neither party can really afford", "Rene Grobler"),
            ("People are worried about their", "shop steward at the company’s Kgale shaft"),
        ],
    ),
    (
        """Ferrochrome smelters idle furnaces as winter tariffs bite

By Daniel Hargreaves

JOHANNESBURG – South African ferrochrome producers have begun switching off furnaces ahead of the winter tariff period, with at least three smelters in Limpopo and North West provinces taking capacity offline and warning that some may not restart.

Steelpoort Alloys, which operates two smelters near Burgersfort, said it would idle four of its six furnaces from June until at least September, when the so-called ‘winter premium’ in the state utility’s tariff structure falls away.

‘At these tariffs, every tonne we produce in winter loses money,’ Steelpoort Alloys managing director Johan Pretorius told Mining Journal. ‘We’ve cut costs everywhere we can. Electricity is more than 40% of our cash cost, and that is the one number we cannot control.’

He said the company had held talks with the utility, Southern Grid Holdings (SGH), about a negotiated pricing agreement but that discussions had stalled.

‘We have had to make the very difficult decision to protect the balance sheet. Our people understand why, but that doesn’t make it easier,’ he said.

SGH spokeswoman Nomvula Khumalo said the tariff had been approved by the energy regulator and applied to all large industrial customers equally.

‘The tariff structure reflects the real cost of supplying power during peak winter demand,’ Khumalo said. ‘Special pricing arrangements have to be assessed against their impact on other customers.’

The Ferroalloy Producers’ Association of South Africa warned in a submission to parliament’s portfolio committee on trade that the sector faced ‘a slow de-industrialisation of the Bushveld’ unless a lower, fixed industrial tariff was introduced. It said smelter output had fallen by about 30% in five years while exports of unbeneficiated chrome ore to China had risen sharply.

South Africa holds most of the world’s chrome reserves but has lost market share in ferrochrome to Chinese producers, who import the ore and smelt it using cheaper power.

Unions said the shutdowns would hit communities already struggling with high unemployment.

‘We’re talking about 1,800 direct jobs in Steelpoort alone, and the contractors on top of that,’ said Thandeka Ngubane, general secretary of the Metal and Energy Workers’ Union. ‘Workers are being sent home on a fraction of their pay, and nobody can tell them when they’ll be called back.’

Ngubane said the union would seek an urgent meeting with the minister of trade and industry.

One smelter manager in the region, who asked not to be identified, said some furnaces idled this winter were unlikely to be restarted. ‘Once you let a furnace go cold for a long time, the relining costs are huge. Some of these won’t come back,’ he said.""",
        [
            ("At these tariffs, every tonne", "Johan Pretorius"),
            ("We’ve cut costs everywhere we", "Johan Pretorius"),
            ("We have had to make", "Johan Pretorius"),
            ("The tariff structure reflects the", "Nomvula Khumalo"),
            ("Special pricing arrangements have to", "Nomvula Khumalo"),
            ("a slow de-industrialisation of the", "Ferroalloy Producers’ Association of South Africa"),
            ("We’re talking about 1,800 direct", "Thandeka Ngubane"),
            ("Workers are being sent home", "Thandeka Ngubane"),
            ("Once you let a furnace", "smelter manager in the region"),
        ],
    ),
    (
        """Govt suspends Kalulushi pit operations after fatal slope collapse

By DAILY MAIL REPORTER

THE Ministry of Mines and Minerals Development has suspended operations at Mwambashi Resources Limited's Chifubu open pit in Kalulushi after a slope failure on Saturday killed three miners and injured five others.

Mines and Minerals Development Minister Paul Chisanga said the suspension would remain in force until the Mines Safety Department completes its investigation and the company demonstrates that the pit is safe.

"We will not compromise on the safety of our miners. No amount of copper is worth the life of a Zambian worker," Mr Chisanga said when he toured the site yesterday.

He said Government had directed the company to provide support to the families of the deceased, including funeral expenses and compensation in line with the law.

According to Director of Mines Safety Mercy Banda, preliminary findings show that cracks had been observed on the eastern wall of the pit at least a week before the collapse.

"The pit wall had shown signs of instability and these were recorded. What we want to establish is what action was taken after those observations," Ms Banda said.

She said the department would also review the company's slope monitoring system and blasting records.

In a statement issued on Sunday, Mwambashi Resources Limited said it was cooperating fully with the authorities.

"The company extends its deepest condolences to the families, friends and colleagues of the deceased. The safety of our employees remains our highest priority," the statement read.

The company said the injured miners were admitted to Kitwe Teaching Hospital and were in stable condition.

But Copperbelt Mineworkers' Federation Kalulushi branch chairperson Evans Mutale said workers had raised concerns about the eastern wall with supervisors on several occasions.

"We told management that the wall was not safe. Our members were told to continue working because production targets had to be met," Mr Mutale said.

He called for the prosecution of anyone found to have ignored the warnings.

A resident of Mutundu township, whose brother was among the injured, said families had waited for hours for information on Saturday.

"Nobody came to tell us anything. We were just standing at the gate until evening," she said.

Mwambashi, a joint venture between local investors and a Chinese state-linked firm, produces about 35,000 tonnes of copper a year from the Chifubu pit and its underground section.

Operations at the underground section have not been affected by the suspension, the company said.""",
        [
            ("We will not compromise on", "Paul Chisanga"),
            ("The pit wall had shown", "Mercy Banda"),
            ("The company extends its deepest", "Mwambashi Resources Limited"),
            ("We told management that the", "Evans Mutale"),
            ("Nobody came to tell us", "resident of Mutundu township"),
        ],
    ),
    (
        """Mokgware Coal to retrench 320 workers after offtake deal collapses

TSHEPO MOTSUMI
Staff Writer

PALAPYE: Mokgware Coal, which operates an open-cast mine about 40 kilometres west of Palapye, has issued retrenchment notices to 320 employees after a planned supply agreement with an independent power producer fell through.

The company's managing director, Onalenna Seretse, confirmed the notices in an interview with Mmegi this week, saying the mine could no longer carry its full workforce without a long-term buyer for its thermal coal.

"This is not a decision we took lightly. We have carried these costs for eighteen months hoping the power project would reach financial close," Seretse said. "Without an offtaker, we are producing coal we cannot sell."

The mine was expected to supply a planned 300-megawatt plant being developed by Serule Energy, a consortium of local and foreign investors. Serule Energy said in a letter to the company, seen by Mmegi, that it had "been unable to secure the necessary financing on acceptable terms" and was withdrawing from the agreement.

The Botswana Mining and Energy Workers' Union (BOMEWU) has described the retrenchments as premature. Its secretary general, Tebogo Ramotswa, said the union had not been properly consulted as required by the Employment Act.

"We only learnt about these numbers from the notices that were handed to our members. That is not consultation, that is an announcement," Ramotswa told Mmegi.

He said the union would approach the Department of Labour and, if necessary, the Industrial Court to challenge the process.

Commissioner of Labour, Gaone Molefe, said her office had received the company's notification and would "ensure that all statutory requirements are complied with before any employee is released".

Coal has long been touted as a pillar of Botswana's economic diversification away from diamonds, with the country sitting on an estimated 200 billion tonnes of resources. However, financing for coal-fired power has become harder to secure as international lenders pull back from fossil fuel projects.

An economist at Gaborone-based Sechaba Advisory, Kagiso Tlhalerwa, said the Mokgware case reflected a wider problem.

"Botswana has the coal, but the money is not there anymore for new coal plants. Unless government steps in as the buyer, these projects will keep stalling," he said.

At the mine, workers expressed anxiety about their future. One worker, who has been at the mine since it opened and asked not to be named for fear of victimisation, said many employees had taken loans against their salaries.

"Some of us have children at university. If they send us home with a small package, what will we do?" he asked.

Seretse said the company would offer severance above the statutory minimum and would give retrenched workers first preference if operations ramp up again.""",
        [
            ("This is not a decision", "Onalenna Seretse"),
            ("Without an offtaker, we are", "Onalenna Seretse"),
            ("been unable to secure the", "Serule Energy"),
            ("We only learnt about these", "Tebogo Ramotswa"),
            ("ensure that all statutory requirements", "Gaone Molefe"),
            ("Botswana has the coal, but", "Kagiso Tlhalerwa"),
            ("Some of us have children", "worker"),
        ],
    ),
    (
        """Truck blockade chokes coal deliveries to Mpumalanga power stations

Kabelo Nkosi

Coal deliveries to at least three power stations in Mpumalanga were disrupted on Monday after hundreds of trucks blocked sections of the N4 and N12 in a protest over the hiring of foreign drivers, police and the state utility said.

Police spokesperson Brigadier Selby Mthembu said officers had been deployed to key routes around eMalahleni, Middelburg and Ogies, and that 14 people had been arrested for public violence.

“We will not allow anyone to hold the economy of this province to ransom. Motorists are advised to use alternative routes until the situation is cleared,” Mthembu said.

The protest was organised by the Coal Haulers’ Alliance, which represents owner-drivers and small transport contractors. Its convenor, Bongani Zwane, told journalists at a truck stop outside eMalahleni that the group had given mining companies and logistics firms a month to respond to its demands.

“We have written letters, we have marched, we have met officials. Nobody listens until the trucks stop,” Zwane said.

“Our demand is simple: South African drivers must drive South African coal. Contractors are hiring foreign nationals because they can pay them less, and our people sit at home.”

A spokesperson for Southern Grid Holdings said the utility had sufficient coal stockpiles at most of the affected stations to last several days but was monitoring the situation closely.

“At this stage there is no immediate risk to supply, but a prolonged disruption would have an impact on the system,” the spokesperson said.

Highveld Thermal Coal, which supplies two of the affected stations under long-term contracts, said in a statement that its trucks had been unable to leave its Bankfontein colliery since early on Monday. The company said it was “engaging with law enforcement and industry partners to ensure the safety of drivers and the resumption of deliveries”.

According to Freight Operators’ Council CEO Marlene Steyn, the blockades were costing the sector millions of rand a day.

“Legitimate grievances about labour practices should be dealt with through the proper channels, not by blocking national roads,” she said.

Electricity and Energy Minister Nokuthula Dube said the department would meet the alliance and the employers this week, adding that the government would not tolerate “criminality disguised as protest”.

The blockade is the latest in a series of protests by truck drivers over the employment of foreign nationals, an issue that has led to attacks on trucks in KwaZulu-Natal and Mpumalanga in recent years.

By late afternoon, police said sections of the N12 had been reopened, but traffic remained backed up for several kilometres near the Delmas turn-off.""",
        [
            ("We will not allow anyone", "Selby Mthembu"),
            ("We have written letters, we", "Bongani Zwane"),
            ("Our demand is simple: South", "Bongani Zwane"),
            ("At this stage there is", "spokesperson"),
            ("engaging with law enforcement and", "Highveld Thermal Coal"),
            ("Legitimate grievances about labour practices", "Marlene Steyn"),
            ("criminality disguised as protest", "Nokuthula Dube"),
        ],
    ),
    (
        """EXCLUSIVE-Zambia's miners push back against proposed power tariff hike -sources

By Mwila Chansa

LUSAKA, Oct 3 (Reuters) - Zambia's biggest copper miners are resisting a proposed increase of up to 45% in electricity tariffs for mines, arguing it would undermine plans to expand output, three people familiar with the talks said.

State utility Zambia Electricity Corporation (ZECO) has asked the Energy Tariffs Board to approve the increase for bulk mining customers as it seeks to recover costs after a drought cut hydropower generation and forced it to import expensive power, the sources said.

The mines, represented by the Zambia Mining Employers' Association (ZMEA), argue they already pay cost-reflective tariffs under bilateral supply agreements and should not be asked to cover losses from residential customers.

"The mines are being asked to subsidise everyone else," said one person familiar with the talks, who asked not to be identified because the discussions are private. "If the increase goes through as proposed, some expansion projects will simply not be approved by boards."

ZECO did not respond to a request for comment. In a report titled "Powering the Copperbelt" published in July, the utility said mining accounted for more than half of its electricity sales and that existing tariffs did not "reflect the true cost of supply in a constrained system."

ZMEA chief executive Chilufya Nkonde confirmed that the association had made a submission to the board but declined to discuss its contents.

"We support a financially viable utility. What we are asking for is a tariff path that is predictable and that recognises the investment the mines are making," Nkonde told Reuters.

Energy Minister Davies Mwansa said last month that the government wanted to balance the needs of the utility with those of the mines, which account for about 70% of Zambia's export earnings.

"We cannot have a utility that is bankrupt, and we cannot have mines that shut down. Both outcomes are bad for Zambia," Mwansa told parliament.

A second source, a senior official at the Ministry of Energy, said the government was leaning toward a phased increase spread over three years.

"Nobody wants a shock. The discussion now is about the pace, not whether there will be an increase," the official said.

Zambia has been hit by repeated power shortages after a severe drought reduced water levels at the Kariba dam, which it shares with Zimbabwe. Mining companies have resorted to importing power from neighbouring countries and signing deals with private solar developers.

The tariff board is expected to hold public hearings on the application in November.

(Reporting by Mwila Chansa; Editing by Alexander Smith)""",
        [
            ("The mines are being asked", "person familiar with the talks"),
            ("If the increase goes through", "person familiar with the talks"),
            ("reflect the true cost of", "Zambia Electricity Corporation"),
            ("We support a financially viable", "Chilufya Nkonde"),
            ("We cannot have a utility", "Davies Mwansa"),
            ("Nobody wants a shock. The", "senior official at the Ministry of Energy"),
        ],
    ),
]
