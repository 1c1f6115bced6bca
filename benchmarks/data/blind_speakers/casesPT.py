CASES = [
    (
        """Kenya proposes higher tax on mobile money fees, operators push back

By Duncan Mwangi

NAIROBI, March 14 (Reuters) - Kenya's Treasury proposed on Thursday raising excise duty on mobile money transfer fees to 18% from 15%, a move telecoms operators said would hurt millions of low-income users who depend on their phones to send and receive cash.

The proposal, contained in a finance bill published ahead of the June budget, would also lift the duty on airtime and data bundles to 22% from 20%, according to a copy of the document seen by Reuters.

"We have to widen the tax base, and the digital economy is where the growth is," Treasury Cabinet Secretary Daniel Mutai Kiprono told reporters in Nairobi. "Those who earn more from these platforms must contribute their fair share."

Kenya, which is under pressure from lenders to narrow its budget deficit, has repeatedly turned to levies on phone-based services, which are used by more than 30 million adults in a population of about 55 million.

Simu Kenya PLC, the country's largest operator and owner of the PesaHapa mobile money platform, said the increase would have to be passed on to customers.

"Every shilling added to transaction costs pushes some people back to cash," the company said in a statement. "That undermines the very financial inclusion the government says it wants to protect."

Analysts said the measure could slow growth in transaction values, which rose 9% last year to 8.1 trillion shillings.

"The elasticity here is higher than the Treasury assumes," said Faith Nyambura, an economist at Nairobi-based brokerage Mkuu Securities. "When fees go up, small traders split payments or go back to carrying notes."

The Kenya Consumer Rights Network called the plan "a tax on the poor dressed up as reform" and urged lawmakers to reject it.

Lawmakers from the ruling coalition signalled there was some room for changes. Benson Otieno Wafula, who chairs the finance committee in the National Assembly, said his panel would hold public hearings in all 47 counties before the bill is put to a vote.

"Nothing in this bill is final until the house says so," Wafula said.

A senior Treasury official, who asked not to be named because he was not authorised to speak to the media, said the government expected to raise an additional 14 billion shillings ($108 million) from the telecoms measures in the next fiscal year.

"The numbers are tight, and there isn't much else left to tax," the official said.

Previous attempts to raise taxes on mobile services have met stiff resistance, and the government last year dropped several proposed increases after street protests in Nairobi and other cities.

($1 = 129.50 Kenyan shillings)

(Reporting by Duncan Mwangi; Editing by Helen Ashford)""",
        [
            ("We have to widen the", "Daniel Mutai Kiprono"),
            ("Those who earn more from", "Daniel Mutai Kiprono"),
            ("Every shilling added to transaction", "Simu Kenya PLC"),
            ("That undermines the very financial", "Simu Kenya PLC"),
            ("The elasticity here is higher", "Faith Nyambura"),
            ("When fees go up, small", "Faith Nyambura"),
            ("a tax on the poor", "Kenya Consumer Rights Network"),
            ("Nothing in this bill is", "Benson Otieno Wafula"),
            ("The numbers are tight, and", "senior Treasury official"),
        ],
    ),
    (
        """Traders count losses as internet blackout enters third day

By Patience Nabukeera

KAMPALA. Traders, mobile money agents and boda boda riders who depend on ride-hailing apps are counting losses after the internet shutdown ordered by government on Tuesday entered its third day yesterday.

The Uganda Communications Regulatory Authority (UCRA) on Tuesday night directed all internet service providers to suspend access “until further notice”, citing what it described as threats to public order ahead of the announcement of election results.

At Mirembe Arcade in downtown Kampala, Mr Joseph Kato Mukasa, who sells phone accessories, said his sales had dropped by more than half since the blackout started.

“Most of my customers pay through mobile money and now nothing is going through. I have not made a single sale since morning,” Mr Mukasa said yesterday.

Mobile money agents said although transactions using short codes were partly working, many customers were rushing to withdraw cash out of fear.

“People are panicking. They think the money on their phones will disappear,” said Ms Grace Akello, an agent at Mbogo trading centre in Wakiso District.

The chairperson of the Uganda Small Traders’ Alliance, Mr Hassan Wamala, said the shutdown was costing the economy “billions of shillings every hour” and asked government to consider the livelihoods of ordinary people.

In a statement issued on Wednesday evening, Lakeside Telecom Uganda said it was complying with the regulator’s directive.

“We regret the inconvenience to our customers and are working with the relevant authorities to restore services as soon as possible,” the statement read.

Government spokesperson Daudi Kigongo told journalists in Kampala that the measure was temporary.

“This is not about punishing citizens. Social media was being used to incite violence and to spread fake results, and the State has a duty to protect lives and property,” Mr Kigongo said.

He, however, declined to say when access would be restored.

Ms Sarah Atim Oketcho, the executive director of Digital Freedom Uganda, said the shutdown was unconstitutional and that her organisation would petition court.

“Access to information is a right, not a privilege granted at the pleasure of the regulator,” she said.

“Every time this happens, we lose investors, we lose tourists and we lose the trust of young people who are building businesses online. The cost is not only financial.”

On Kampala Road, a boda boda rider who declined to be named for fear of reprisals said he had not picked a single passenger through the app since Tuesday.

“I have a family to feed. Without the app I am just sitting here waiting,” he said.

When contacted, UCRA spokesperson Ms Immaculate Namara said the authority would review the directive “on a daily basis” in consultation with security agencies.""",
        [
            ("until further notice", "Uganda Communications Regulatory Authority"),
            ("Most of my customers pay", "Joseph Kato Mukasa"),
            ("People are panicking. They think", "Grace Akello"),
            ("billions of shillings every hour", "Hassan Wamala"),
            ("We regret the inconvenience to", "Lakeside Telecom Uganda"),
            ("This is not about punishing", "Daudi Kigongo"),
            ("Access to information is a", "Sarah Atim Oketcho"),
            ("Every time this happens, we", "Sarah Atim Oketcho"),
            ("I have a family to", "boda boda rider"),
            ("on a daily basis", "Immaculate Namara"),
        ],
    ),
    (
        """Govt defends new levy on mobile money withdrawals

By Rehema Mussa

Dodoma. The government has defended a proposed levy of between Sh50 and Sh2,500 on every mobile money withdrawal, saying the money will be used to build rural roads and health centres.

Tabling the proposal in Parliament yesterday, the Deputy Minister for Finance, Ms Halima Juma Mbwambo, said the levy had been designed to be progressive.

"Small transactions will attract very little, while those moving large sums will pay more. This is fairness," she said.

She said the government expects to collect Sh480 billion from the levy in the 2025/26 financial year.

But several legislators questioned the timing of the proposal, saying households were still struggling with the rising cost of living.

Mwembeni MP Athumani Saidi Mpemba said the last time a similar levy was introduced, the value of transactions fell sharply within months.

"We have been here before. People stopped using mobile money and went back to keeping cash under the mattress," said Mr Mpemba.

According to figures from the central bank, the value of mobile money transactions dropped by nearly 40 percent in the three months after a transaction levy was introduced in 2021, before recovering when the rates were reduced.

An official with Pwani Mobile, who requested anonymity because he was not authorised to speak on behalf of the company, told The Citizen that operators had not been consulted before the proposal was tabled.

"We read about it in the newspapers like everybody else," the official said.

In a statement issued in Dar es Salaam, the Tanzania Digital Payments Association (TDPA) said the levy "risks reversing a decade of progress" in bringing millions of rural Tanzanians into the formal financial system.

Dr Emmanuel Kweka Shirima, a lecturer in economics at Lake Zone University, said the government's goal was understandable but warned that the tool it had chosen would hurt the people it intended to help:

"The intention is good, but the instrument is blunt. Most withdrawals in rural areas are small amounts sent by relatives in town. Those are the people who will feel it."

At Mabibo Juu market in Dar es Salaam, Ms Mwanaisha Ally, a fruit vendor, said she receives money from customers and suppliers on her phone several times a day.

"If they take money every time I withdraw, how will I feed my children?" she asked.

Responding to the concerns, Ms Mbwambo told the House that the government would "listen to all views" before the Finance Bill is passed at the end of the month.

"This is a proposal, not a final decision. We are ready to adjust the rates if Members give us better ideas," she said.""",
        [
            ("Small transactions will attract very", "Halima Juma Mbwambo"),
            ("We have been here before.", "Athumani Saidi Mpemba"),
            ("We read about it in", "official with Pwani Mobile"),
            ("risks reversing a decade of", "Tanzania Digital Payments Association"),
            ("The intention is good, but", "Emmanuel Kweka Shirima"),
            ("If they take money every", "Mwanaisha Ally"),
            ("listen to all views", "Halima Juma Mbwambo"),
            ("This is a proposal, not", "Halima Juma Mbwambo"),
        ],
    ),
    (
        """Court bars regulator from switching off internet during protests

By Mercy Chebet

A High Court judge has temporarily barred the Communications and Spectrum Authority from ordering internet providers to slow down or switch off access during public demonstrations.

In a ruling delivered yesterday in Nairobi, Justice Esther Wambui Ombati said the authority had failed to point to any law that allowed it to interfere with internet connectivity.

“The right to access information is not suspended merely because the State finds the information inconvenient,” the judge said.

“Where the State intends to limit a right, it must do so through a law passed by Parliament, not through a phone call to a service provider.”

She said the petition raised “weighty constitutional questions” that needed to be heard in full and directed the parties to file their submissions within 21 days.

The petition was filed by the Kituo cha Haki Dijitali, a digital rights organisation, together with three bloggers, after internet users across the country reported slow or no connections for several hours during the protests of June 25.

The petitioners, through lawyer Collins Omollo Ateya, accused the authority of having “secretly instructed” internet providers to throttle connections on the day.

“My clients lost income, students could not submit their examinations and hospitals could not process insurance claims. Somebody must account for that,” Mr Ateya told journalists outside the Milimani Law Courts.

In a replying affidavit, the authority’s director-general Josephat Lemayian denied that any shutdown had been ordered, attributing the disruption to “technical faults on a submarine cable” off the coast of Mombasa.

But the judge noted that the authority had not produced any report from the cable operators to support that position.

Simu Kenya PLC, the country’s largest mobile operator, said it would comply with the court order.

“We remain committed to keeping Kenyans connected at all times, in line with the law,” the telco said in a brief statement.

Interior Cabinet Secretary Samuel Leshore Kinyua, speaking at a security meeting in Nakuru, said the government would appeal against the ruling.

“We respect the courts, but we will not allow anyone to use the internet to plan the burning of our country,” he said.

Digital rights activists welcomed the ruling. Ms Lilian Moraa, a researcher with the East Africa Digital Rights Coalition, said it sent a clear message to governments in the region.

“Kenya has often been held up as the open one in the neighbourhood. This ruling keeps it that way, at least for now,” she said.

The matter will be mentioned on September 18.""",
        [
            ("The right to access information", "Esther Wambui Ombati"),
            ("Where the State intends to", "Esther Wambui Ombati"),
            ("weighty constitutional questions", "Esther Wambui Ombati"),
            ("secretly instructed", "Collins Omollo Ateya"),
            ("My clients lost income, students", "Collins Omollo Ateya"),
            ("technical faults on a submarine", "Josephat Lemayian"),
            ("We remain committed to keeping", "Simu Kenya PLC"),
            ("We respect the courts, but", "Samuel Leshore Kinyua"),
            ("Kenya has often been held", "Lilian Moraa"),
        ],
    ),
    (
        """MPs approve 12% excise duty on internet data

By Moses Walusimbi and Joan Akiteng

Parliament has passed the Excise Duty (Amendment) Bill, 2025, which introduces a 12% tax on internet data bundles while scrapping the daily levy on social media use.

The Bill, presented by the state minister for finance (general duties), Henry Mugisha Byaruhanga, was passed on Thursday evening after a heated debate that went on for more than four hours.

Byaruhanga told the House that the social media levy had consistently failed to meet its revenue targets since it was introduced.

"The collections were far below what we projected, because people found ways of avoiding it using VPNs. A tax on data is simpler to administer and harder to avoid," Byaruhanga said.

He said the Government expects to collect sh210b from the new duty in the next financial year.

However, opposition legislators said the new tax would hit students, small businesses and rural users the hardest.

Kyotera North MP Ronald Tumusiime Kato put it bluntly: "You are simply moving the burden from one pocket to another. Students who use data for research will now pay more than they were paying before."

Kato also asked why the Government was taxing data at a time when it was promoting the digital economy. "We cannot talk about digital transformation in the morning and tax the internet in the afternoon," he said.

Deputy Speaker Edith Namuli Wandera cut short the debate after several members rose on points of order. "The minister has heard your concerns. Let us now put the question," she said.

The Bill was passed with 142 members voting in favour and 61 against.

Lakeside Telecom Uganda chief executive officer David Kintu Ssali said the operator was still studying the new law. According to Ssali, data prices are likely to go up once the tax takes effect on July 1.

"We will study the law and advise our customers accordingly. But I cannot promise that prices will remain the same," Ssali told New Vision in an interview on Friday.

In a statement, the Uganda Revenue Service said it would issue guidance to telecom operators "within seven days" on how the duty will be collected and remitted.

A second-year student at a university in Mukono, who preferred not to be named, said many of her classmates already relied on free Wi-Fi on campus to avoid buying data.

"Most of us buy daily bundles of sh1,000. If that goes up, some people will simply stop doing online research," she said.

The Bill now awaits the President's assent.""",
        [
            ("The collections were far below", "Henry Mugisha Byaruhanga"),
            ("You are simply moving the", "Ronald Tumusiime Kato"),
            ("We cannot talk about digital", "Ronald Tumusiime Kato"),
            ("The minister has heard your", "Edith Namuli Wandera"),
            ("We will study the law", "David Kintu Ssali"),
            ("within seven days", "Uganda Revenue Service"),
            ("Most of us buy daily", "second-year student at a university in Mukono"),
        ],
    ),
    (
        """Tanzania restricts social media as opposition cries foul

Dar es Salaam (AFP) - Tanzanian authorities restricted access to several social media platforms on Monday, internet monitors said, two days before local elections in which the main opposition party has alleged widespread intimidation of its candidates.

WebPulse, a London-based internet observatory, said its data showed "a significant disruption to messaging and social media services" on the networks of the country's three largest mobile operators from around midday.

The Tanzania Communications and Broadcasting Authority (TCBA) did not respond to requests for comment from AFP.

Government spokesman Yusuph Kaduma denied that any order had been issued.

"The government has not switched off anything. Tanzanians are free to communicate as they wish," Kaduma told reporters in the capital Dodoma, blaming the problems on "heavy traffic" on the networks.

The opposition Mageuzi People's Party, which has accused police of arresting dozens of its members in recent weeks, said the restrictions were meant to stop voters from documenting irregularities.

"They are blinding the people so that nobody sees what happens at the polling stations," the party's secretary general Zuberi Hamisi Mollel told AFP.

"We have agents ready in every ward, and they will still record everything, with or without the internet," he added.

Users in Dar es Salaam, the country's largest city and commercial hub, reported that messaging apps only worked through virtual private networks (VPNs).

"I had to install a VPN just to talk to my customers," said Rukia Salum, 29, who runs an online clothing business from her home. "Half of them don't know how to use it, so today I have sold nothing."

A Western diplomat in Dar es Salaam, who asked not to be named, said embassies were "watching the situation very closely" and had raised the matter with the foreign ministry.

The East Africa Digital Rights Coalition urged the authorities to lift the restrictions in a statement: "Shutting down communication during an election period is a violation of international human rights law. We call on the authorities to restore full access immediately."

Tanzania has previously restricted social media around elections, and rights groups have accused the government of using cybercrime laws to silence critics online.

President Amani Lukumay's government has said it is committed to free and fair polls and has invited observers from regional bodies.

Mobile money services, which millions of Tanzanians use to pay for goods and transfer money, appeared to be working normally, according to users and an official at one of the operators.

"Payments are going through. It is only the apps and some websites that are affected," the official said, speaking on condition of anonymity.

str-bjh/rc""",
        [
            ("a significant disruption to messaging", "WebPulse"),
            ("The government has not switched", "Yusuph Kaduma"),
            ("heavy traffic", "Yusuph Kaduma"),
            ("They are blinding the people", "Zuberi Hamisi Mollel"),
            ("We have agents ready in", "Zuberi Hamisi Mollel"),
            ("I had to install a", "Rukia Salum"),
            ("Half of them don't know", "Rukia Salum"),
            ("watching the situation very closely", "Western diplomat in Dar es Salaam"),
            ("Shutting down communication during an", "East Africa Digital Rights Coalition"),
            ("Payments are going through. It", "official at one of the operators"),
        ],
    ),
    (
        """Simu Kenya blames ‘system upgrade’ for eight-hour PesaHapa outage

By Stella Nduta

Millions of Kenyans were unable to send money, pay bills or withdraw cash for nearly eight hours on Saturday after Simu Kenya’s PesaHapa platform went down, in the longest outage the service has suffered in five years.

Simu Kenya PLC said the disruption, which started at about 9am, was caused by a scheduled system upgrade that “did not go as planned”.

“We sincerely apologise to our customers and partners for the inconvenience caused. All services have now been fully restored,” chief executive Margaret Wairimu Kamau said in a statement on Saturday evening.

She said no customer funds had been lost and that transactions started during the outage would be “reversed or completed automatically” within 48 hours.

But for agents and small traders, the damage had already been done.

Peter Njoroge Mwaura, who runs a PesaHapa shop at Kware Junction shopping centre in Kajiado County, said some customers had turned hostile when he told them he could not process withdrawals.

“Some people thought we were hiding money from them. One man almost beat me because he wanted to withdraw Sh20,000 for hospital bills,” said Mwaura.

Supermarkets, fuel stations and matatu operators that rely on the platform were forced to turn away customers or demand cash.

The Communications and Spectrum Authority said it had written to the company demanding a detailed incident report within seven days.

“Mobile money is now critical national infrastructure. Outages of this scale are unacceptable and we will take appropriate action,” the authority’s director-general Josephat Lemayian said.

An engineer at Simu Kenya, who spoke on condition of anonymity for fear of losing his job, told The Standard the upgrade had been rushed to meet an internal deadline.

“Management was warned that the window was too short. Nobody wanted to listen,” the engineer said.

Asked about the claim, the company said it “does not comment on internal matters” and that a full review of the incident was under way.

Rival operator Mtandao Mobile said its own mobile wallet recorded a 40 per cent jump in new registrations on Saturday.

According to Kenneth Mugo Wekesa, a fintech analyst at Nairobi-based research firm Savanna Insights, the outage exposed a “dangerous concentration” in the mobile payments market.

“When one platform carries more than 90 per cent of transactions, a single failure can stall the whole economy,” he said. “The regulator should be asking why there was no backup system that could take over within minutes.”

Simu Kenya said it would compensate agents for lost commissions, but did not say how the amounts would be calculated.""",
        [
            ("did not go as planned", "Simu Kenya PLC"),
            ("We sincerely apologise to our", "Margaret Wairimu Kamau"),
            ("reversed or completed automatically", "Margaret Wairimu Kamau"),
            ("Some people thought we were", "Peter Njoroge Mwaura"),
            ("Mobile money is now critical", "Josephat Lemayian"),
            ("Management was warned that the", "engineer at Simu Kenya"),
            ("does not comment on internal", "Simu Kenya PLC"),
            ("dangerous concentration", "Kenneth Mugo Wekesa"),
            ("When one platform carries more", "Kenneth Mugo Wekesa"),
            ("The regulator should be asking", "Kenneth Mugo Wekesa"),
        ],
    ),
    (
        """Uganda Carrier Says Airtime Tax Is Slowing Smartphone Uptake

By Fiona Kagwa

(Bloomberg) -- Nile Mobile Uganda Ltd., the East African nation's second-largest wireless carrier, said a 12% excise duty on airtime is slowing the shift to smartphones and eating into growth in data revenue.

Data revenue rose 7% in the six months through June, compared with 19% a year earlier, the Kampala-based company said in a statement Tuesday. Net income fell 11% to 96 billion shillings ($26 million).

"Customers are topping up less often and in smaller amounts," Chief Executive Officer Solomon Ayebare Tumwine said in an interview. "When airtime becomes more expensive, the first thing people cut is data."

Uganda raised the duty on airtime in last year's budget as the government sought to increase revenue to fund infrastructure and service a growing debt load. Telecommunications companies are among the country's biggest taxpayers.

The government has no plans to revisit the levy, Finance Ministry spokesman Ronald Okumu said by phone.

"The sector remains highly profitable," he said. "Operators can absorb some of the cost rather than pass everything to consumers."

Nile Mobile shares fell as much as 2.3% in Kampala trading on Tuesday, the most in six weeks, and have declined 8% this year, according to data compiled by Bloomberg.

"We see limited upside until there is clarity on tax policy," Aisha Nansubuga, an analyst at Kyoga Capital in Kampala, wrote in a note to clients. She cut her price target on the stock by 10%.

The company's mobile money unit, Nile Money, was a bright spot, with revenue rising 24% as more customers used the service to pay school fees and utility bills. Tumwine said the unit could be separated into a standalone company within two years, subject to regulatory approval.

"Mobile money is where we are still growing, but we are watching the withdrawal levy very closely," he said.

The Uganda Communications Regulatory Authority said in an emailed response to questions that it "supports a tax regime that promotes affordable access" but that tax policy is a matter for the finance ministry.

Smartphone penetration in Uganda stands at about 31% of mobile connections, below neighboring Kenya, according to industry estimates. Nile Mobile has been offering handsets on credit through its mobile money platform to lift uptake.

Tumwine said the company would keep investing in 4G coverage in rural areas despite the slowdown. "We are not going to stop building," he said. "But the pace will depend on how much money is left after tax."

To contact the reporter on this story:
Fiona Kagwa in Kampala""",
        [
            ("Customers are topping up less", "Solomon Ayebare Tumwine"),
            ("When airtime becomes more expensive,", "Solomon Ayebare Tumwine"),
            ("The sector remains highly profitable,", "Ronald Okumu"),
            ("Operators can absorb some of", "Ronald Okumu"),
            ("We see limited upside until", "Aisha Nansubuga"),
            ("Mobile money is where we", "Solomon Ayebare Tumwine"),
            ("supports a tax regime that", "Uganda Communications Regulatory Authority"),
            ("We are not going to", "Solomon Ayebare Tumwine"),
            ("But the pace will depend", "Solomon Ayebare Tumwine"),
        ],
    ),
]
