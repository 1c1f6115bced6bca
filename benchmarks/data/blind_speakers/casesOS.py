CASES = [
    (
        """Turkey's Ege Kalkinma sees bad loans peaking in second half, CEO says

By Selin Aydemir

ISTANBUL, March 12 (Reuters) - Turkish lender Ege Kalkinma Bankasi expects non-performing loans to peak in the second half of the year as tight monetary policy squeezes small businesses, its chief executive said on Tuesday, while forecasting that profitability would recover next year.

"We are seeing the stress mainly in SME and credit card portfolios, not in corporate," Murat Karaoglan told Reuters in an interview at the bank's headquarters in Istanbul's Levent business district. "The ratio will go up, but we provisioned early and we are comfortable."

The bank's non-performing loan ratio rose to 2.9% at the end of December from 2.1% a year earlier, according to its annual report. Karaoglan said he expected it to reach "somewhere around 3.5%" before easing in the first quarter of next year.

Turkey's central bank has held its benchmark one-week repo rate at 42.5% since January, and officials have signalled that policy will remain tight until monthly inflation shows a sustained slowdown. Loan growth caps imposed on banks have added to the pressure on smaller borrowers, who have been forced to roll over debt at higher rates.

"Mid-sized lenders have less room to absorb the hit than the big private banks," said Deniz Ozturk, banking analyst at Bosphorus Capital Markets in Istanbul. "Their deposit costs are higher and their loan books are tilted toward smaller firms."

Ege Kalkinma, which has around 190 branches concentrated in the Aegean and Marmara regions, posted a net profit of 6.4 billion lira for last year, down 18% from a year earlier, as funding costs rose faster than loan yields.

Karaoglan said the bank had no plans to raise fresh capital this year. "Our capital adequacy ratio is above 17%, so there is no need," he said, adding that the lender was in talks with two Gulf-based investors over a possible subordinated bond issue of up to $300 million.

A banking regulator official, speaking on condition of anonymity because he was not authorised to speak to the press, said the agency was monitoring card debt closely but did not see a threat to the wider sector. "There is no systemic issue, but we are watching the repayment data every week," the official said.

Shares in Ege Kalkinma rose 1.8% by 1130 GMT, outperforming Istanbul's banking index, which was up 0.6%.

(Reporting by Selin Aydemir; Editing by Mark Heller)""",
        [
            ("We are seeing the stress", "Murat Karaoglan"),
            ("The ratio will go up,", "Murat Karaoglan"),
            ("somewhere around 3.5%", "Murat Karaoglan"),
            ("Mid-sized lenders have less room", "Deniz Ozturk"),
            ("Their deposit costs are higher", "Deniz Ozturk"),
            ("Our capital adequacy ratio is", "Murat Karaoglan"),
            ("There is no systemic issue,", "banking regulator official"),
        ],
    ),
    (
        """Egypt Keeps Rates on Hold as Officials Watch Fuel Price Pass-Through

By Nadia Fawzy

Egypt's central bank left borrowing costs unchanged for a third straight meeting, saying it wanted more evidence that inflation was on a sustained downward path before it begins easing.

The Central Bank of Egypt kept its overnight deposit rate at 24.25% on Thursday, as predicted by nine of 11 economists in a Bloomberg survey. Two had expected a cut of 100 basis points.

"The Committee considers that maintaining the current policy stance remains consistent with anchoring inflation expectations," the bank said in a statement after the meeting. It added that recent increases in administered fuel and electricity prices posed "upside risks in the near term."

Annual urban inflation slowed to 13.6% last month from 15.3% in the previous month, the slowest pace in more than two years, helped by a stable currency and favorable base effects. The government raised regulated fuel prices by as much as 15% in October, the second increase this year.

Deputy Governor Hisham Abdel-Ghaffar told a briefing in Cairo that the bank was "not in a hurry" and would let incoming data guide the timing of any cut. "We've come a long way, and we're not going to throw that away for the sake of one or two months," he said.

Economists said the decision signaled that a first reduction was likely to be pushed back to the third quarter.

"They want to see the second-round effects of the fuel hike wash through before moving," said Rania Soliman, chief economist at Zamalek Capital Research in Cairo. "Real rates are still very positive, so there's room, but they're choosing caution over speed."

Foreign investors, who pulled billions of dollars out of Egyptian debt during previous bouts of currency stress, have returned to local treasury bills since the pound was allowed to float. Their holdings have climbed to about $38 billion, according to people familiar with the data.

A fixed-income portfolio manager at a London-based fund, who asked not to be identified discussing positions, said the trade remained attractive despite the pause. "As long as the pound is stable, the carry here is one of the best in frontier markets," the person said.

The pound was little changed at 48.6 per dollar in Cairo trading after the decision. Yields on one-year local-currency bills were steady at about 26%.

The bank's Monetary Policy Committee is scheduled to meet next on Feb. 20.

--With assistance from Ahmed Lotfy.""",
        [
            ("The Committee considers that maintaining", "Central Bank of Egypt"),
            ("upside risks in the near", "Central Bank of Egypt"),
            ("not in a hurry", "Hisham Abdel-Ghaffar"),
            ("We've come a long way,", "Hisham Abdel-Ghaffar"),
            ("They want to see the", "Rania Soliman"),
            ("Real rates are still very", "Rania Soliman"),
            ("As long as the pound", "fixed-income portfolio manager at a London-based fund"),
        ],
    ),
    (
        """Cairo’s Wasla closes $30 million Series B to take instalment payments beyond the capital

CAIRO — Egyptian fintech Wasla has raised $30 million in a Series B round led by Abu Dhabi-based Rimal Ventures, the company said on Monday, as it seeks to expand its buy-now-pay-later service beyond Greater Cairo and Alexandria.

The round also included existing investors Delta Angels Network and the Sinai Growth Fund, according to a statement. Wasla did not disclose its valuation.

“Egypt has more than 100 million people and most of them still cannot access formal credit at the point of sale,” said Yasmine Khattab, co-founder and chief executive of Wasla. “We want to be in every electronics shop and pharmacy in Upper Egypt within two years.”

Khattab, a former investment banker, founded the company in 2020 with Karim Nassar, its chief technology officer. The firm says it has 1.4 million registered users and works with about 9,000 merchants, mostly in consumer electronics, furniture and private healthcare.

The new funding will be used to open regional offices in Assiut and Mansoura, hire around 150 staff and build out its merchant-financing product, the company said. Wasla will also seek approval from the Financial Regulatory Authority to raise the ceiling on its consumer finance portfolio.

Omar Al-Mansoori, a partner at Rimal Ventures, said: “Wasla has shown real discipline on credit quality at a time when a lot of players in the market chased growth at any cost.

“Their default rates through the currency devaluation were well below the market average, and that told us a lot about the team.”

Egypt’s consumer finance sector has grown rapidly since regulations introduced in 2020 allowed non-bank lenders to offer instalment plans, with more than a dozen licensed providers now competing for customers. Higher interest rates over the past two years, however, have raised funding costs and squeezed margins.

“The BNPL space in Egypt is consolidating,” said Mahmoud Eid, a fintech analyst at Giza-based Pyramid Securities. “Smaller players without bank partnerships will struggle to fund their books as long as interest rates stay at these levels.”

Khattab said Wasla had closed an EGP 1.5 billion securitisation last year and was “in advanced talks” with two local banks for additional funding lines. She declined to name the lenders.

The company plans to break even on a monthly basis by the end of next year, she added.""",
        [
            ("Egypt has more than 100", "Yasmine Khattab"),
            ("We want to be in", "Yasmine Khattab"),
            ("Wasla has shown real discipline", "Omar Al-Mansoori"),
            ("Their default rates through the", "Omar Al-Mansoori"),
            ("The BNPL space in Egypt", "Mahmoud Eid"),
            ("Smaller players without bank partnerships", "Mahmoud Eid"),
            ("in advanced talks", "Yasmine Khattab"),
        ],
    ),
    (
        """SBP cuts policy rate by 150bps to 13pc

Our Staff Reporter

KARACHI: The State Bank of Pakistan (SBP) on Monday cut its key policy rate by 150 basis points to 13 per cent, citing a faster-than-expected decline in inflation and an improvement in the external account.

In a statement issued after the meeting of its Monetary Policy Committee (MPC), the central bank said inflation had "declined significantly" and was expected to remain within the medium-term target range of 5-7pc over the coming months.

Addressing a post-MPC press conference, Governor Arshad Mehmood Qazi said the real interest rate remained "adequately positive" even after the cut. "We have to be careful. The external position has improved, but it is not yet strong enough to absorb a sudden surge in imports," he said.

He said foreign exchange reserves held by the SBP had risen to $11.2 billion and were expected to cross $13bn by the end of June, helped by inflows from bilateral partners and higher remittances.

Asked whether the decision had been influenced by the government, which has been pushing for lower rates to ease its debt servicing burden, Mr Qazi replied: "The MPC takes its decisions independently on the basis of data. That is all I will say on that."

The business community termed the cut insufficient. Pakistan Textile Exporters Forum chairman Khurram Shahzad Butt said the industry could not compete with regional rivals at the current cost of borrowing. "Our competitors in Bangladesh and Vietnam are borrowing at single digits. How do you expect us to export at 13pc?" he said in a statement.

Analysts were divided over the pace of future easing. "The cut was broadly in line with expectations, but the tone of the statement was more cautious than we had expected," said Sana Tariq, head of research at Indus Crest Securities. She said her firm now expected the policy rate to fall to 11pc by December.

A senior finance ministry official, requesting anonymity, told Dawn that the government had hoped for a larger reduction. "Every 100bps cut saves us hundreds of billions of rupees in interest payments, so naturally we wanted more," the official said.

The KSE-100 index gained 1,240 points, or 1.1pc, in the last hour of trading after the announcement, with banking and cement stocks leading the rally. The rupee closed almost unchanged at 278.4 against the dollar in the interbank market.

The next MPC meeting is scheduled for June 10.""",
        [
            ("declined significantly", "State Bank of Pakistan"),
            ("adequately positive", "Arshad Mehmood Qazi"),
            ("We have to be careful.", "Arshad Mehmood Qazi"),
            ("The MPC takes its decisions", "Arshad Mehmood Qazi"),
            ("Our competitors in Bangladesh and", "Khurram Shahzad Butt"),
            ("The cut was broadly in", "Sana Tariq"),
            ("Every 100bps cut saves us", "senior finance ministry official"),
        ],
    ),
    (
        """‘We are not a bank for the rich’: Pakistan’s first digital lender opens its doors

By Hamza Qureshi in Lahore

When Farah Naz Siddiqui walked into the cramped back office of a mobile phone shop in Lahore’s Hall Road market last week, she was not there to buy a handset. The chief executive of Rawaan Digital Bank was signing up the shopkeeper as an account holder — in under four minutes, on his own phone.

“This is the whole point,” Siddiqui said afterwards. “We are not a bank for the rich. We are a bank for people who have never been inside a bank branch in their lives.”

Rawaan, which began full commercial operations on Monday, is the first of five lenders granted digital banking licences by the State Bank of Pakistan to complete the regulator’s pilot phase. It has no branches and does all of its customer onboarding through a smartphone app linked to the national identity database.

The stakes are high. Only about a quarter of Pakistani women hold a formal financial account, according to central bank estimates, and policymakers have long argued that branch-based banking is too expensive to reach small traders and rural households.

Siddiqui, who previously ran retail banking at a large Karachi-based lender, said Rawaan had signed up 210,000 customers during its pilot, 38 per cent of them women. Its first products are savings accounts, small-ticket loans for traders and a shariah-compliant salary advance.

Among the early users is Muhammad Aslam, 46, who runs a fruit cart near Data Darbar. “The bank in my area wanted three documents and a guarantor just to open an account,” he said. “Here I did everything standing at my cart.”

Not everyone is convinced the model will work. Ayesha Malik, an economist at the Punjab School of Economics, warned that digital lenders faced the same problem that had sunk earlier microfinance ventures: “Getting people to open an account is the easy part. Getting them to repay loans when they have a bad month is something else entirely.”

She said smartphone penetration in rural Punjab and Sindh remained low, and that mobile internet shutdowns, frequent in recent years, could undermine trust in app-only banking.

Siddiqui acknowledged the risks. The bank had built its credit models on mobile wallet and utility-payment data, she said, and would keep loan sizes small until it had “at least two years of repayment history” for its borrowers.

“We will make mistakes,” she said. “But the cost of not trying is that another generation stays outside the system.”""",
        [
            ("We are not a bank for", "Farah Naz Siddiqui"),
            ("This is the whole point,", "Farah Naz Siddiqui"),
            ("We are not a bank for", "Farah Naz Siddiqui"),
            ("The bank in my area", "Muhammad Aslam"),
            ("Here I did everything standing", "Muhammad Aslam"),
            ("Getting people to open an", "Ayesha Malik"),
            ("at least two years of", "Farah Naz Siddiqui"),
            ("We will make mistakes,", "Farah Naz Siddiqui"),
            ("But the cost of not", "Farah Naz Siddiqui"),
        ],
    ),
    (
        """Turkey tightens grip on crypto platforms after exchange collapse

Istanbul (AFP) - Turkey's parliament on Wednesday passed a law requiring cryptocurrency platforms to obtain licences and hold customer assets with approved custodians, months after the collapse of a local exchange left tens of thousands of investors out of pocket.

The legislation gives the Capital Markets Board (SPK) the power to license, inspect and shut down crypto service providers, and introduces prison sentences of up to eight years for executives who misuse client funds.

"Our citizens must be able to invest in these assets without fearing that the platform will disappear overnight with their savings," said Ahmet Yilmazer, a ruling party lawmaker who chairs parliament's planning and budget committee, during the debate.

Turkey is one of the world's most active crypto markets, with millions of people turning to digital assets as a hedge against the depreciation of the lira and years of high inflation.

The collapse in February of Koinbazaar, an Istanbul-based exchange, froze the accounts of an estimated 60,000 users. Its founder, Burak Tekin, is in pre-trial detention on fraud charges, which he denies.

"I put in everything I had saved for my daughter's wedding," said Gulsen Arslan, a 52-year-old teacher from the Aegean city of Manisa, who said she lost around 400,000 lira. "Nobody warned us. There was an advertisement on every football shirt."

Industry representatives broadly welcomed the rules but warned that compliance costs could push smaller firms out of the market.

"Regulation is good for the sector, we have been asking for it for years," said Elif Demirkol, secretary general of the Digital Assets Association of Turkey. "But if the capital requirements are too high, you will end up with three or four players and users will go to offshore platforms instead."

Opposition lawmaker Kemal Sarigul criticised the law as "too little, too late" and said the government had ignored warnings for years. "This parliament was told in 2021 what would happen," he told AFP. "We are legislating after the fire, not before it."

The SPK said in a written statement that platforms already operating would have three months to apply for a licence.

"Firms that fail to apply within the period will be required to wind down their activities and return client assets," the statement said.

The law still needs to be signed by the president before it takes effect, a formality expected within days.

fo/ach/jj""",
        [
            ("Our citizens must be able", "Ahmet Yilmazer"),
            ("I put in everything I", "Gulsen Arslan"),
            ("Nobody warned us.", "Gulsen Arslan"),
            ("Regulation is good for the", "Elif Demirkol"),
            ("But if the capital requirements", "Elif Demirkol"),
            ("too little, too late", "Kemal Sarigul"),
            ("This parliament was told in", "Kemal Sarigul"),
            ("We are legislating after the", "Kemal Sarigul"),
            ("Firms that fail to apply", "Capital Markets Board"),
        ],
    ),
    (
        """Gulf investors circle stake in Egypt’s Banque du Nil as privatisation drive resumes

Heba Mansour in Cairo and Tariq Al-Hashimi in Abu Dhabi

Egypt is in talks to sell a 30 per cent stake in state-owned Banque du Nil to a consortium led by a Qatari investment group, as Cairo tries to revive an asset sale programme that has repeatedly stalled.

The deal, which could value the lender at about $1.8bn, would be the largest sale of a state bank stake in more than a decade, according to three people familiar with the talks. They cautioned that pricing had not been agreed and that the currency’s volatility over the past year had complicated negotiations.

“The gap on valuation is still meaningful,” said one of the people. “Egypt wants a price that reflects where the bank will be in three years. The buyers want a price that reflects the risk today.”

A spokesman for the ministry of finance said the government was “committed to expanding private sector participation in banking” and would announce transactions “when they are completed”.

Banque du Nil, which has about 240 branches and a loan book weighted towards state-owned enterprises, has long been seen as one of the more attractive assets on the government’s list. Cairo pledged to accelerate sales of state holdings under its agreement with the IMF, partly to reduce the footprint of the state in the economy and partly to raise hard currency.

Sherif Ezzat, chairman of Banque du Nil, declined to comment on the talks but said in an interview last month that the bank was ready for a strategic partner. “We have cleaned up the balance sheet, we have digitised our core systems and our cost-to-income ratio is now in line with private peers,” he said at the time.

Nasser Al-Kuwari, chief executive of Doha-based Lusail Capital Partners, which is leading the consortium, said in an emailed response to questions:

“We see Egypt as a market with strong demographics and a banking sector that remains under-penetrated. Any investment we make there would be on a long-term basis.

“We are not in a position to comment on specific transactions or discussions.”

Gulf states have committed tens of billions of dollars to Egypt over the past two years through deposits, investments and asset purchases, but several planned stake sales have been delayed by disagreements over valuation.

“Bank stakes are among the few assets Gulf investors genuinely want,” said Mona Helmy, head of Mena research at Delta-Nile Securities. “If this one slips again, it will be very hard to convince markets that the privatisation programme is real.”""",
        [
            ("The gap on valuation is", "person familiar with the talks"),
            ("Egypt wants a price that", "person familiar with the talks"),
            ("committed to expanding private sector", "spokesman"),
            ("when they are completed", "spokesman"),
            ("We have cleaned up the", "Sherif Ezzat"),
            ("We see Egypt as a", "Nasser Al-Kuwari"),
            ("We are not in a position", "Nasser Al-Kuwari"),
            ("Bank stakes are among the", "Mona Helmy"),
            ("If this one slips again,", "Mona Helmy"),
        ],
    ),
    (
        """Turkish central bank sees FX-protected deposits below 5% of total by year-end

ANKARA, May 7 (Reuters) - Turkey's central bank expects lira deposits protected against currency swings to fall below 5% of total deposits by the end of the year, Deputy Governor Cem Yalcinkaya said on Tuesday, as authorities press ahead with unwinding the costly scheme.

Speaking at a conference in Ankara organised by the Turkish Bankers' Forum, Yalcinkaya said the exit had been "smooth and orderly" and that the bank had no plans to reverse course.

"The transition to conventional lira deposits is largely complete in the corporate segment. What remains is mostly retail, and that will continue gradually," he said.

The scheme, launched in late 2021 to stem a run on the lira, compensates savers for any depreciation beyond the interest rate on their deposits. Its balance peaked at more than 3.4 trillion lira in 2023, and the payouts cost the Treasury and the central bank hundreds of billions of lira.

Yalcinkaya told reporters on the sidelines of the event that net reserves had improved sharply since the start of the year, though he declined to give a figure. "We are in a much stronger position than a year ago," he said, declining to comment on the outlook for the lira.

Bankers said the unwinding had pushed up lira funding costs as lenders competed to keep depositors from switching to gold or foreign currency.

"Banks have had to pay up to keep those deposits, and that's eating into margins," said the treasury head of a mid-sized private bank, who declined to be named.

The chief executive of Anadolu Ticaret Bankasi, Levent Koray, told the same conference that he expected margins to recover in the second half.

"Once the easing cycle starts, deposit costs will come down faster than loan yields, and that is when banks will see relief," Koray said.

Economists were more cautious. "The central bank is right to finish the job, but the real test will come when rates begin to fall and households have to decide whether to stay in lira," Burcu Eren, Turkey economist at Istanbul-based Marmara Economic Research, wrote in a note to clients.

The lira was little changed at 32.3 per dollar by 0900 GMT.

(Reporting by Ece Tunali; Writing by Daren Holt; Editing by Alex Richardson)""",
        [
            ("smooth and orderly", "Cem Yalcinkaya"),
            ("The transition to conventional lira", "Cem Yalcinkaya"),
            ("We are in a much", "Cem Yalcinkaya"),
            ("Banks have had to pay", "treasury head of a mid-sized private bank"),
            ("Once the easing cycle starts,", "Levent Koray"),
            ("The central bank is right", "Burcu Eren"),
        ],
    ),
]
