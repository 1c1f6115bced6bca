CASES = [
    (
        """Lumina Commercial Trust posts 4.2% rise in H1 DPU on stronger Orchard occupancy

By Jolene Tay

LUMINA Commercial Trust (LCT) reported a 4.2 per cent rise in distribution per unit (DPU) for the first half ended Jun 30, as occupancy at its flagship mall on Orchard Road climbed back above 98 per cent.

DPU came in at 5.12 Singapore cents, up from 4.91 cents a year earlier, the manager said in a bourse filing on Thursday (Jul 25). Gross revenue rose 6.8 per cent to S$142.6 million, while net property income grew 5.9 per cent to S$106.3 million.

Chief executive Melissa Goh Pei Ling said the trust had benefited from "a steady return of tourist footfall and tenants who are willing to commit to longer leases".

"We have renewed about 62 per cent of the leases due this year at an average rental reversion of 7.1 per cent, which gives us good visibility into 2025," she told reporters at a results briefing.

"That said, we are not complacent. Interest costs remain elevated, and we will continue to manage them tightly."

Aggregate leverage stood at 38.4 per cent as at end-June, up slightly from 37.9 per cent in December. About 78 per cent of the trust's borrowings are on fixed rates, and its average cost of debt rose to 3.86 per cent from 3.52 per cent.

Ms Goh said the manager was in "early discussions" with lenders to refinance S$320 million of loans maturing next year, and did not expect "any difficulty" doing so.

The manager also said asset enhancement works at Tanglin Point, its suburban mall in Bukit Timah, were on track for completion in the first quarter of 2025. The S$48 million project will add about 20,000 sq ft of net lettable area and a new food hall on the basement level.

Analysts were broadly positive. Derek Ong, a Reit analyst at Kestrel Securities, said the results were "slightly ahead of expectations" and that the trust's Orchard exposure "puts it in a sweet spot as visitor arrivals normalise".

"The key risk is financing costs. If rates stay higher for longer, the DPU growth story gets harder to sustain," he said.

Another analyst, who declined to be named as he was not authorised to speak to the media, said the market would be watching for "any sign that the manager is overpaying" for assets from its sponsor, Lumina Land, which holds a pipeline of three retail and office properties.

Units of LCT closed 1 cent or 0.7 per cent higher at S$1.43 on Thursday, before the results were released.""",
        [
            ("a steady return of tourist", "Melissa Goh Pei Ling"),
            ("We have renewed about 62", "Melissa Goh Pei Ling"),
            ("That said, we are not", "Melissa Goh Pei Ling"),
            ("early discussions", "Melissa Goh Pei Ling"),
            ("any difficulty", "Melissa Goh Pei Ling"),
            ("slightly ahead of expectations", "Derek Ong"),
            ("puts it in a sweet", "Derek Ong"),
            ("The key risk is financing", "Derek Ong"),
            ("any sign that the manager", "analyst"),
        ],
    ),
    (
        """Former finance manager jailed over 4 years for siphoning $1.8m from logistics firm

SINGAPORE - A former finance manager who siphoned more than $1.8 million from the logistics company she worked for, using the money to buy luxury handbags and pay for overseas holidays, was sentenced to four years and two months' jail on Tuesday.

Tan Siew Hoon, 47, pleaded guilty to 12 charges of criminal breach of trust as a servant. Another 31 similar charges were taken into consideration during sentencing.

The court heard that Tan joined Meridian Freight Services in 2014 and was responsible for processing payments to vendors. Between 2018 and 2022, she made 143 unauthorised transfers from the company's accounts into two bank accounts belonging to her and her younger brother, who was not aware of the scheme.

Deputy Public Prosecutor Nicholas Lim said Tan had disguised the transfers as payments to a trucking contractor, and altered invoices to avoid detection by the company's auditors.

"This was not a moment of weakness. The accused engaged in a sustained and deliberate course of deception over more than four years," he said, asking for a sentence of between four and five years' jail.

The offences came to light in March 2022, when a newly appointed chief financial officer noticed discrepancies in the accounts during a review. The company lodged a police report the following month.

Tan has made restitution of about $210,000. The rest of the money has not been recovered.

Her lawyer, Mr Rajesh Pillai of Pillai & Co, asked for not more than three years' jail, saying his client had been struggling with gambling debts and was "deeply remorseful".

"She has cooperated fully with the police from the very first interview and has not sought to minimise what she did," he said in mitigation. He added that she had sold her flat to partly repay the company.

In sentencing, District Judge Sharmila Devi said the amount involved was "substantial" and the breach of trust was "at the higher end of the scale", given Tan's senior position.

"The accused was trusted with the company's finances precisely because of her seniority. She abused that trust repeatedly and for her own gratification," the judge said.

She noted, however, that Tan had pleaded guilty at an early stage and had made some effort at restitution.

In a statement to The Straits Times, Meridian Freight said it had since "overhauled its internal controls" and introduced dual authorisation for all payments above $5,000.

For each count of criminal breach of trust as a servant, Tan could have been jailed for up to 15 years and fined.""",
        [
            ("This was not a moment", "Nicholas Lim"),
            ("deeply remorseful", "Rajesh Pillai"),
            ("She has cooperated fully with", "Rajesh Pillai"),
            ("substantial", "Sharmila Devi"),
            ("at the higher end of", "Sharmila Devi"),
            ("The accused was trusted with", "Sharmila Devi"),
            ("overhauled its internal controls", "Meridian Freight Services"),
        ],
    ),
    (
        """Sri Mutiara Plantations eyes RM500mil downstream expansion

KUALA LUMPUR: Sri Mutiara Plantations Bhd plans to invest up to RM500mil over the next three years to expand its downstream operations, as it seeks to reduce its reliance on volatile crude palm oil (CPO) prices.

Group managing director Datuk Khairul Anuar Mohd Yusof said the bulk of the investment would go towards a new refinery and a specialty fats plant in Lahad Datu, Sabah.

"Upstream, we are at the mercy of the weather and global prices. Downstream gives us a more stable earnings base, and that is where we want to grow," he told reporters after the company's AGM here yesterday.

He said the refinery, with a capacity of 2,000 tonnes per day, was expected to be completed by end-2026.

Khairul Anuar added that the group was also in talks with "two or three parties" in Japan and South Korea for possible offtake agreements for its specialty fats.

"We are not in a hurry to sign. We want the right partners, not just the first ones," he said.

On the labour situation, he said the group's estates were now about 92% staffed, compared with 78% a year ago, following the arrival of foreign workers under the recalibration programme.

"The worst is behind us, but the shortage has not disappeared. We are still mechanising wherever we can," he said.

For the financial year ended Dec 31, 2023, Sri Mutiara posted a net profit of RM187.4mil, down 31% from RM271.6mil a year earlier, on lower CPO prices. Revenue fell 18% to RM2.14bil.

Chairman Tan Sri Lim Boon Keat, speaking to shareholders at the meeting, said the board was "comfortable" with the current dividend payout policy of at least 40% of net profit.

According to a shareholder who attended the meeting, several minority investors questioned the timing of the expansion given the weaker earnings.

"They asked why spend so much now when profits are down. The management said it is the right time because construction costs have stabilised," the shareholder said.

In a note today, Perdana Research said the downstream push was "a sensible long-term move" but cautioned that it would weigh on the group's free cash flow over the next two financial years.

The research house maintained its "hold" call on the stock with an unchanged target price of RM4.30.

Sri Mutiara shares closed two sen higher at RM4.18 yesterday.""",
        [
            ("Upstream, we are at the", "Khairul Anuar Mohd Yusof"),
            ("two or three parties", "Khairul Anuar Mohd Yusof"),
            ("We are not in a", "Khairul Anuar Mohd Yusof"),
            ("The worst is behind us,", "Khairul Anuar Mohd Yusof"),
            ("comfortable", "Lim Boon Keat"),
            ("They asked why spend so", "shareholder"),
            ("a sensible long-term move", "Perdana Research"),
        ],
    ),
    (
        """Company director claims trial to RM2.3 million bribery charges

By Nurul Huda Ismail

SHAH ALAM: A company director claimed trial in the Sessions Court here today to five charges of offering bribes totalling RM2.3 million to a former state agency officer to secure road maintenance contracts.

Datuk Wong Kah Seng, 58, the managing director of Cemerlang Jaya Engineering Sdn Bhd, was alleged to have offered the money to Mohd Rizal Abdul Ghani, then a senior engineer with a Selangor state agency, between 2019 and 2021.

The offences were allegedly committed at a restaurant in Petaling Jaya and at an office in Shah Alam.

The charges were framed under Section 17(b) of the Malaysian Anti-Corruption Commission Act 2009, which carries a maximum jail term of 20 years and a fine of not less than five times the value of the bribe or RM10,000, whichever is higher, upon conviction.

Deputy public prosecutor Farah Aisyah Zainal offered bail of RM500,000 with one surety, saying the amount involved was "very large" and the accused had "the means to leave the country".

"The prosecution also applies for an additional condition that the accused surrender his passport to the court until the case is disposed of," she said.

Counsel Harvinder Singh, representing Wong, asked for a lower bail, saying his client had fully cooperated with the Malaysian Anti-Corruption Commission (MACC) since he was first called in for questioning last October.

"My client presented himself voluntarily every time the MACC asked him to. He has never missed an appointment. He has family here, businesses here. He is not a flight risk," he said.

Harvinder added that Wong suffered from a heart condition and required regular treatment at a private hospital in Kuala Lumpur.

Judge Datuk Rozilah Mat Salleh allowed bail of RM300,000 with one surety and ordered Wong to surrender his passport and report to the nearest MACC office once a month.

The court fixed June 14 for mention.

Mohd Rizal, 49, was charged at the same court last month with accepting the bribes and has also claimed trial.

In a statement yesterday, the MACC said investigations had found that the contracts, worth about RM38 million in total, had been awarded "without proper tender procedures" over a period of three years.

A source in the commission said more individuals were expected to be called in to assist in the investigation.

"We are looking at the entire chain, including those who approved the awards, not only the officer who received the money," the source said.""",
        [
            ("very large", "Farah Aisyah Zainal"),
            ("the means to leave the", "Farah Aisyah Zainal"),
            ("The prosecution also applies for", "Farah Aisyah Zainal"),
            ("My client presented himself voluntarily", "Harvinder Singh"),
            ("without proper tender procedures", "Malaysian Anti-Corruption Commission"),
            ("We are looking at the", "source in the commission"),
        ],
    ),
    (
        """MAS fines Arcadia Wealth Advisers S$1.1m over anti-money laundering lapses

SINGAPORE: The Monetary Authority of Singapore (MAS) has imposed a composition penalty of S$1.1 million on Arcadia Wealth Advisers for breaches of anti-money laundering and countering the financing of terrorism requirements.

In a media release on Wednesday (Oct 16), MAS said its inspection had found that the licensed financial adviser "failed to adequately assess the risks of customers who had been referred by a single introducer, and did not scrutinise large transfers of funds into their accounts".

"These lapses were not isolated. They reflected weaknesses in Arcadia's risk management culture at the time," said Ms Vanessa Teo Hui Min, assistant managing director (financial supervision) at MAS.

The regulator said Arcadia had "fully cooperated" with its review and had taken steps to remedy the weaknesses, including appointing an independent adviser to review its controls. MAS has also directed the firm to report to it on the progress of the remediation every six months.

In response to CNA's queries, Arcadia's chief executive Gerald Sim Kok Wai said the firm "accepts the findings" and had strengthened its compliance team, which has more than doubled in size since 2022.

"We deeply regret these lapses. Our clients' trust matters to us, and we have invested significantly to make sure this does not happen again," he said.

He added that no client had suffered financial loss as a result of the breaches.

Lawyers said the penalty was among the larger ones imposed on a financial adviser in recent years.

Mr Benedict Chan, a partner at law firm Whitfield Kwan LLP who specialises in financial regulation, said MAS was sending "a clear signal" that firms cannot rely on introducers to carry out due diligence for them.

"The message is that you can outsource the introduction, but you cannot outsource the responsibility," he said.

A compliance officer at another wealth management firm, who asked not to be named, told CNA that many smaller firms were still "catching up" with the regulator's expectations.

"Since the big case last year, everyone has been re-screening their client books. It is expensive and slow, but no one wants to be next," the compliance officer said.

In its annual enforcement report released in April, MAS said it would "continue to take firm action against financial institutions whose control failures expose Singapore's financial system to illicit funds".""",
        [
            ("failed to adequately assess the", "Monetary Authority of Singapore"),
            ("These lapses were not isolated.", "Vanessa Teo Hui Min"),
            ("fully cooperated", "Monetary Authority of Singapore"),
            ("accepts the findings", "Gerald Sim Kok Wai"),
            ("We deeply regret these lapses.", "Gerald Sim Kok Wai"),
            ("a clear signal", "Benedict Chan"),
            ("The message is that you", "Benedict Chan"),
            ("catching up", "compliance officer at another wealth management firm"),
            ("Since the big case last", "compliance officer at another wealth management firm"),
            ("continue to take firm action", "Monetary Authority of Singapore"),
        ],
    ),
    (
        """Techvale Automation’s ACE Market IPO to raise RM86.4m

KUALA LUMPUR (Sept 3): Industrial automation solutions provider Techvale Automation Bhd aims to raise RM86.4 million from its initial public offering (IPO) on the ACE Market of Bursa Malaysia, scheduled for Sept 24.

The IPO comprises a public issue of 160 million new shares and an offer for sale of 48 million existing shares at 41.5 sen each, according to its prospectus launched on Tuesday.

Of the proceeds, RM38.2 million will be used to build a new manufacturing facility in Batu Kawan, Penang, while RM17.5 million is earmarked for research and development, and RM12 million for working capital.

Speaking at the prospectus launch, managing director Ooi Chee Meng said the new plant would triple the group’s production floor space.

“Our order book is at about RM142 million today, and frankly our current factory in Bukit Mertajam is full. We have had to turn away some jobs in the last 12 months because we simply did not have the capacity,” he said.

Ooi said about 70% of the group’s revenue came from semiconductor and electronics customers, many of whom were expanding in Penang and Kedah.

“The whole supply chain is shifting. Customers who used to buy from China or Taiwan are now asking local vendors to support them, and we want to be ready,” he said.

Asked about the group’s reliance on a handful of large customers — its top five customers accounted for 58% of revenue in the financial year ended March 31, 2024 (FY2024) — Ooi acknowledged the concentration but said it was “common in our industry”.

“We are actively diversifying into medical devices and data centre equipment. In two to three years, we hope no single customer is more than 15% of revenue,” he added.

Techvale posted a net profit of RM14.6 million in FY2024 on revenue of RM103.2 million, compared with RM10.1 million and RM81.7 million respectively a year earlier.

Based on the IPO price, the company will have a market capitalisation of RM332 million upon listing.

Executive director Sharifah Nurlina Syed Ahmad said the group intended to distribute at least 30% of its net profit as dividends, but stressed that the policy was “not a commitment” and would depend on its capital requirements.

Anggerik Investment Bank Bhd is the principal adviser, sponsor, sole underwriter and placement agent for the IPO.

An analyst at a local brokerage said the valuation looked “reasonable” compared with listed peers, which trade at between 18 and 25 times historical earnings.""",
        [
            ("Our order book is at", "Ooi Chee Meng"),
            ("The whole supply chain is", "Ooi Chee Meng"),
            ("common in our industry", "Ooi Chee Meng"),
            ("We are actively diversifying into", "Ooi Chee Meng"),
            ("not a commitment", "Sharifah Nurlina Syed Ahmad"),
            ("reasonable", "analyst at a local brokerage"),
        ],
    ),
    (
        """High Court orders developer to pay RM14.7m to contractor over unpaid works on Cheras condo project

KUALA LUMPUR, March 12 — The High Court here has ordered property developer Bayu Indah Development Sdn Bhd to pay RM14.7 million to its former main contractor for work done on a 32-storey condominium project in Cheras.

Judicial Commissioner Liew Mei Fong ruled that Bayu Indah had wrongfully terminated its contract with Teguh Bina Construction Sdn Bhd in 2021 and was liable for the value of work completed, loss of profits and interest. Teguh Bina had originally claimed RM16.2 million.

In her grounds of judgment dated March 8, which were made available today, Liew said the developer's claim that the contractor was responsible for the delays was not supported by the evidence.

"The delays complained of were, to a substantial degree, caused by the defendant's own late instructions and by the movement control order, for which the plaintiff cannot be faulted," she said.

"It is not open to an employer to frustrate the contractor's performance and then rely on the resulting delay as a ground for termination."

The judge also dismissed Bayu Indah's counterclaim of RM9.2 million for liquidated damages, describing the sum as "wholly unsupported".

Teguh Bina's counsel, Lee Wai Kit, said his client was "relieved" by the decision.

"This has been a long three years for the company. Many of its subcontractors have also been waiting for payment, so this judgment will help a lot of people down the line," he told Malay Mail when contacted.

Bayu Indah, represented by Datuk Ramesh Kumaran, is understood to be considering an appeal.

"We have received the grounds and are studying them with our client. We will advise them on the next course of action," Ramesh said in a brief reply to Malay Mail.

The condominium project, known as Residensi Bayu Cheras, was eventually completed by another contractor in 2023, more than two years behind schedule.

A purchaser who bought a unit in 2018 said buyers had been kept in the dark throughout the dispute.

"We kept asking the developer what was going on and all they would say was 'the matter is in court'. At least now we know what happened," she said.""",
        [
            ("The delays complained of were,", "Liew Mei Fong"),
            ("It is not open to", "Liew Mei Fong"),
            ("wholly unsupported", "Liew Mei Fong"),
            ("relieved", "Lee Wai Kit"),
            ("This has been a long", "Lee Wai Kit"),
            ("We have received the grounds", "Ramesh Kumaran"),
            ("We kept asking the developer", "purchaser who bought a unit in 2018"),
            ("the matter is in court", "Bayu Indah Development Sdn Bhd"),
        ],
    ),
    (
        """Singapore firms sign up for Johor industrial park as cross-border investment picks up

By Ryan Koh

JOHOR BAHRU – Three Singapore-based manufacturers have signed agreements to set up plants at a new industrial park in Iskandar Puteri, as companies look to take advantage of lower costs across the Causeway and improved cross-border links.

Precision engineering firm Rexon Precision, food manufacturer Heng Kee Food Industries and medical device maker Altura MedTech will together invest about RM620 million (S$183 million) in facilities at the 450-acre Pelangi Selatan Industrial Park, developer Kota Selatan Land said on Friday (Aug 9).

The deals were signed at a ceremony in Johor Bahru witnessed by Johor investment committee chairman Datuk Mohd Faizal Hamzah.

"Singapore remains our largest source of foreign investment, and these three companies are exactly the kind of investors we want - high-value, export-oriented and bringing skilled jobs," he told reporters after the event.

Kota Selatan Land managing director Tan Sri Yeoh Kin Wah said the park had received enquiries from "more than 40 companies", about half of them from Singapore.

"Two years ago, people would ask us about water and electricity supply. Now the first question is how fast they can get their goods and staff across the border," he said.

"The Rapid Transit System Link will change that equation. We expect demand to pick up further once it starts operating."

For Rexon Precision, the move is driven by a lack of space. Its chief executive, Mr Lawrence Ng, put it plainly: "In Singapore, we have run out of room to grow. Land is expensive and manpower is tight. Johor gives us both space and people, while we keep our headquarters, engineering and key customers in Singapore."

He said the company's Johor plant would employ about 300 workers when fully operational in 2026, while its Singapore headcount of about 180 would not be cut.

Heng Kee Food Industries said in a statement that the new facility would allow it to "double production capacity for our frozen and ready-to-eat products" to meet demand from export markets in the Middle East and Australia.

Industry observers said more Singapore small and medium-sized enterprises were weighing similar moves, but cautioned against expecting an easy ride.

Mr Alvin Seah, president of the Singapore Precision Industries Association, said members had been "cautiously interested" in Johor for years, but many had been put off by inconsistent enforcement of rules in the past.

"The cost savings are real, but they are not the whole story. Companies need certainty on approvals and on how long it takes to move goods through the checkpoints," he said.

A consultant who advises Singapore firms on regional expansion, who declined to be named, said some companies had underestimated the management bandwidth needed.

"A few of my clients went in thinking it would be like opening another branch in Tuas. It is not. It is a different country with different systems," he said.""",
        [
            ("Singapore remains our largest source", "Mohd Faizal Hamzah"),
            ("more than 40 companies", "Yeoh Kin Wah"),
            ("Two years ago, people would", "Yeoh Kin Wah"),
            ("The Rapid Transit System Link", "Yeoh Kin Wah"),
            ("In Singapore, we have run", "Lawrence Ng"),
            ("double production capacity for our", "Heng Kee Food Industries"),
            ("cautiously interested", "Alvin Seah"),
            ("The cost savings are real,", "Alvin Seah"),
            ("A few of my clients", "consultant who advises Singapore firms on regional expansion"),
        ],
    ),
]
