CASES = [
    (
        """Singapore regulator halts retail sign-ups at three crypto exchanges

By Priya Raghavan

SINGAPORE, March 12 (Reuters) - Singapore's Digital Assets Supervisory Board (DASB) on Wednesday ordered three licensed cryptocurrency exchanges to stop signing up new retail customers, saying they had failed to comply with customer-protection rules introduced last year.

The board did not name the firms, but two people familiar with the matter said they included Lionpeak Exchange and Meridia Digital, both of which received full licences in 2023.

"We have found persistent shortcomings in how these platforms assess whether retail clients understand the risks of the products they trade," the board said in a statement. "Until those shortcomings are remedied, the firms must not take on new retail business."

Existing customers will be able to continue trading and withdraw funds, the DASB said.

Lionpeak said in an emailed response that it was "cooperating fully" with the regulator and expected to resume onboarding "within weeks". Meridia Digital did not respond to a request for comment.

The order comes as Singapore tightens oversight of a sector that has been under scrutiny since the collapse of several regional lending and trading platforms in 2022, which left local retail investors with estimated losses of more than S$1.4 billion ($1.05 billion).

Daniel Koh Wei Ming, the board's assistant managing director for market conduct, told reporters at a briefing that the DASB was not seeking to drive firms out of the city-state.

"Singapore remains open to serious digital-asset businesses," Koh said. "What we will not accept is growth that comes at the expense of consumers who do not understand what they are buying."

He said the board would publish the findings of its sector-wide inspection by the end of June.

Industry reaction was mixed. A senior executive at a rival exchange, who declined to be identified because he was not authorised to speak to the media, said the move was "overdue" and that some platforms had been "cutting corners on suitability checks for years".

Others were more critical. "The board is regulating by enforcement rather than by guidance," said Tan Hui Lin, a partner at law firm Harcourt Lim LLP who advises several digital-asset firms. "Firms would welcome clearer rules on what the suitability test actually requires."

Shares in Lionpeak's listed parent, Orchid Bay Holdings, fell 4.2% in Singapore trading after the announcement, underperforming a broader market that was up 0.3%.

(Reporting by Priya Raghavan; Editing by Martin Greaves)""",
        [
            ("We have found persistent shortcomings", "Digital Assets Supervisory Board"),
            ("Until those shortcomings are remedied,", "Digital Assets Supervisory Board"),
            ("cooperating fully", "Lionpeak Exchange"),
            ("within weeks", "Lionpeak Exchange"),
            ("Singapore remains open to serious", "Daniel Koh Wei Ming"),
            ("What we will not accept", "Daniel Koh Wei Ming"),
            ("overdue", "senior executive at a rival exchange"),
            ("cutting corners on suitability checks", "senior executive at a rival exchange"),
            ("The board is regulating by", "Tan Hui Lin"),
            ("Firms would welcome clearer rules", "Tan Hui Lin"),
        ],
    ),
    (
        """Hong Kong stablecoin licences will go to 'a handful' of issuers at first, says monetary chief

By Natalie Wong

Hong Kong will grant its first stablecoin issuer licences to "a handful" of firms, the city's top monetary official said on Tuesday, warning that applicants who saw the regime as a marketing opportunity would be turned away.

Edwin Cheung Kwok-wai, chief executive of the Hong Kong Monetary and Payments Authority (HKMPA), said the authority had received 41 applications since the licensing regime took effect in August, from major banks to start-ups backed by mainland technology groups.

"We are not going to issue a licence to every applicant, and I would ask the market to manage its expectations," Cheung told a Legislative Council panel. "At the initial stage, it will be a handful of licences at most."

He said successful applicants would need to show they could fully back tokens with high-quality reserve assets, redeem them at par "promptly and without unreasonable fees", and maintain robust anti-money-laundering controls. The first licences are expected before the end of the year.

Lawmaker Rita Ho Man-yee, who represents the financial services sector, questioned whether the cautious approach would cost the city business to rivals such as Singapore and Dubai.

"Other jurisdictions are moving quickly. If we spend two years approving four or five issuers, the projects will simply go elsewhere," Ho said.

Cheung rejected the suggestion. "Being first matters less than being trusted," he said. "A stablecoin failure in Hong Kong would set the whole industry here back by years."

The HKMPA has said it will consider stablecoins pegged to the Hong Kong dollar, the US dollar and offshore yuan.

Among the applicants is Harbourline Digital, a joint venture between local lender Kwun Tong Commercial Bank and payments firm TapNova. In a statement, the venture said it had "engaged constructively" with the regulator throughout the process and remained "confident in the strength of our application".

An executive at another applicant, speaking on condition of anonymity, said the authority's questions had become increasingly detailed in recent weeks, particularly on how reserves would be held.

"They want to know which custodian, which bank account, which jurisdiction – down to the last dollar," the executive said.

Dr Leo Fung Chi-hang, a fintech researcher at the Kowloon Institute of Finance, said the regime was "deliberately conservative" and played to the city's strengths.

"Hong Kong's advantage has always been its legal system and its credibility. A narrow first round protects that," Fung said. "Nobody remembers who was second to launch a stablecoin. Everybody remembers the ones that collapsed."

The authority is expected to publish the full list of licensed issuers on its website.""",
        [
            ("a handful", "Edwin Cheung Kwok-wai"),
            ("a handful", "Edwin Cheung Kwok-wai"),
            ("We are not going to", "Edwin Cheung Kwok-wai"),
            ("At the initial stage, it", "Edwin Cheung Kwok-wai"),
            ("promptly and without unreasonable fees", "Edwin Cheung Kwok-wai"),
            ("Other jurisdictions are moving quickly.", "Rita Ho Man-yee"),
            ("Being first matters less than", "Edwin Cheung Kwok-wai"),
            ("A stablecoin failure in Hong", "Edwin Cheung Kwok-wai"),
            ("engaged constructively", "Harbourline Digital"),
            ("confident in the strength of", "Harbourline Digital"),
            ("They want to know which", "executive at another applicant"),
            ("deliberately conservative", "Leo Fung Chi-hang"),
            ("Hong Kong's advantage has always", "Leo Fung Chi-hang"),
            ("Nobody remembers who was second", "Leo Fung Chi-hang"),
        ],
    ),
    (
        """Dubai regulator fines seven crypto firms over unlicensed marketing

Farah Al Mansoori

Dubai's virtual asset regulator has fined seven companies a combined Dh4.2 million ($1.14 million) for promoting crypto services to UAE residents without a licence, in its latest move against what it called "misleading and aggressive" advertising.

The Virtual Markets Regulatory Office (VMRO) said on Monday that the companies, none of which is based in the UAE, had used social media influencers, billboards and sponsored events to target residents with offers of high-yield products.

"Marketing virtual assets to UAE residents is a regulated activity, whether the firm is located in Dubai or overseas," the VMRO said. "Firms that ignore this will face the full range of enforcement powers available to us."

The regulator also ordered the companies to halt all marketing activity in the emirate and said it had referred two of the cases to the Public Prosecution.

Speaking to The National, Khalid Al Suwaidi, the VMRO's director of enforcement, said the fines were part of a wider campaign rather than a one-off crackdown.

"We are seeing a lot of promotion that is designed to look like education. A so-called 'masterclass' at a hotel turns out to be a sales event for an offshore token," Mr Al Suwaidi said.

"Residents should check our public register before they deal with anyone. If a company is not on it, they should walk away."

He declined to name the influencers involved, but said several had agreed to remove content after being contacted by the regulator.

The penalties are the largest the VMRO has imposed for marketing breaches since it began supervising the sector.

Industry figures broadly welcomed the action. Sara Haddad, chief executive of Abu Dhabi brokerage Falconridge Digital, said licensed firms had been "competing with one hand tied behind our back".

"We spend months on compliance, on risk disclosures, on getting every advert approved. Then an unlicensed platform runs a campaign promising 20 per cent returns and nobody stops them," she said.

A Dubai lawyer who advises crypto companies said the fines were small compared with the revenue some firms had made from the UAE market, but that the referrals to prosecutors were "the real message".

Residents who lost money to unlicensed schemes say recovering funds is difficult. Rohan Menon, 34, an engineer who lives in Dubai, said he invested Dh60,000 through a platform he first heard about at a seminar in 2023.

"I thought because the event was at a five-star hotel, it must be legitimate," Mr Menon said. "Now the website is gone and nobody answers the phone."

The VMRO's public register of licensed firms is available on its website.""",
        [
            ("misleading and aggressive", "Virtual Markets Regulatory Office"),
            ("Marketing virtual assets to UAE", "Virtual Markets Regulatory Office"),
            ("Firms that ignore this will", "Virtual Markets Regulatory Office"),
            ("We are seeing a lot", "Khalid Al Suwaidi"),
            ("Residents should check our public", "Khalid Al Suwaidi"),
            ("competing with one hand tied", "Sara Haddad"),
            ("We spend months on compliance,", "Sara Haddad"),
            ("the real message", "Dubai lawyer who advises crypto companies"),
            ("I thought because the event", "Rohan Menon"),
            ("Now the website is gone", "Rohan Menon"),
        ],
    ),
    (
        """Singapore lenders press ahead with tokenised deposits despite regulator’s caution

Mei Ling Chua in Singapore

Singapore’s largest lenders are pushing ahead with plans to settle corporate payments using tokenised deposits, even as the city-state’s central bank warns that the technology must not be allowed to fragment the financial system.

Straits Union Bank said on Thursday it had completed its first live cross-border transaction using tokenised Singapore dollar deposits, moving S$25mn between the treasury unit of a logistics group in Singapore and its subsidiary in Abu Dhabi.

‘This is no longer a pilot,’ said Vikram Sethi, head of global transaction services at Straits Union. ‘Our corporate clients want settlement that runs 24 hours a day, and tokenised deposits give them that without leaving the regulated banking system.’

Rivals Pacific Crown Bank and Lion City Bancorp are expected to launch similar services in the second half of the year, according to people familiar with the plans.

The Singapore Monetary and Financial Authority has encouraged experimentation but has become more vocal about the risk that banks build incompatible networks. In a speech last week, deputy managing director Grace Lim Su-Ann said the industry risked creating ‘a collection of walled gardens’ in which ‘money issued by one bank cannot move freely to another’.

‘Singleness of money is not a technical detail,’ she said. ‘It is the foundation of public confidence in the banking system.’

The authority said in response to questions that it was ‘working closely with the industry on common standards’ and expected to publish a consultation paper on interoperability ‘in the coming months’.

Bankers say the concerns are being addressed. One senior executive at a Singapore lender said the three banks had held talks on a shared settlement layer but had yet to agree on governance. ‘Everybody agrees in principle. The question is who runs it and who pays for it,’ the person said.

The push reflects growing competition from Hong Kong, where the de facto central bank has been running its own tokenisation trials, and from dollar-backed stablecoin issuers that are courting the same corporate treasurers.

Analysts at Harbour Ridge Securities wrote in a note that tokenised deposits could ‘meaningfully reduce’ intraday liquidity needs for large multinationals, but cautioned that revenue gains for banks would be ‘modest in the near term’.

Sethi said Straits Union had no plans to issue a stablecoin of its own. ‘We are a bank. Our clients hold deposits with us because they are protected by the rules that govern banks,’ he said. ‘Why would we step outside that?’

Straits Union’s shares closed 0.8 per cent higher in Singapore.""",
        [
            ("This is no longer a", "Vikram Sethi"),
            ("Our corporate clients want settlement", "Vikram Sethi"),
            ("a collection of walled gardens", "Grace Lim Su-Ann"),
            ("money issued by one bank", "Grace Lim Su-Ann"),
            ("Singleness of money is not", "Grace Lim Su-Ann"),
            ("It is the foundation of", "Grace Lim Su-Ann"),
            ("working closely with the industry", "Singapore Monetary and Financial Authority"),
            ("in the coming months", "Singapore Monetary and Financial Authority"),
            ("Everybody agrees in principle. The", "senior executive at a Singapore lender"),
            ("meaningfully reduce", "Harbour Ridge Securities"),
            ("modest in the near term", "Harbour Ridge Securities"),
            ("We are a bank. Our", "Vikram Sethi"),
            ("Why would we step outside", "Vikram Sethi"),
        ],
    ),
    (
        """Hong Kong Arrests 11 in HK$1.6 Billion Crypto Platform Fraud Probe

By Jasper Leung and Anita Rao

Hong Kong police arrested 11 people, including the founder of an unlicensed cryptocurrency trading platform, in what authorities described as one of the city's largest digital-asset fraud cases.

The suspects, aged 24 to 52, were detained in raids across Kowloon and the New Territories on Wednesday, Senior Superintendent Raymond Yiu Ka-lok of the police Financial Crime Division told reporters. More than 2,300 victims have reported losses totaling HK$1.6 billion ($205 million) linked to the platform, known as VaultEx, he said.

"The platform used promises of guaranteed returns and celebrity endorsements to attract investors, many of whom had no experience of virtual assets," Yiu said. "When withdrawals became difficult, the operators blamed technical problems and regulatory delays."

The Hong Kong Securities Conduct Commission said in a statement that VaultEx had never applied for a license and had been on its list of suspicious platforms since October 2023. The commission said it had repeatedly urged investors "not to be lured by offers that look too good to be true."

Police have frozen about HK$210 million held in bank accounts and digital wallets, according to Yiu, who said investigators were working with overseas counterparts to trace funds moved out of the city. Asked whether more arrests were likely, he said: "We do not rule out further action against anyone who helped promote this scheme, including people who were paid to appear in its advertising."

Dozens of victims gathered outside police headquarters as the briefing took place. One woman, a retired teacher who gave only her surname, Chan, said she had put HK$800,000 of savings into the platform. "My children told me not to do it. I didn't listen," she said.

The case adds to pressure on authorities to act faster against unlicensed operators, more than two years after Hong Kong introduced a mandatory licensing regime for crypto exchanges.

"Every time we have one of these cases, the public's trust in the legitimate industry takes another hit," lawmaker Kenneth Lau Wing-sze said in an interview. "The licensing regime is there. What we need now is faster action against platforms operating outside it."

The commission has licensed 11 exchanges so far, and says it has added more than 300 websites and social-media accounts to its suspicious-platforms list.

Michelle Tong, a lawyer at Tong & Partners who represents about 60 victims, said recovering assets would likely take years and depend on how much had been moved offshore. Her clients, she said, were "realistic but not resigned."

--With assistance from Kari Lindqvist""",
        [
            ("The platform used promises of", "Raymond Yiu Ka-lok"),
            ("When withdrawals became difficult, the", "Raymond Yiu Ka-lok"),
            ("not to be lured by", "Hong Kong Securities Conduct Commission"),
            ("We do not rule out", "Raymond Yiu Ka-lok"),
            ("My children told me not", "Chan"),
            ("Every time we have one", "Kenneth Lau Wing-sze"),
            ("The licensing regime is there.", "Kenneth Lau Wing-sze"),
            ("realistic but not resigned", "Michelle Tong"),
        ],
    ),
    (
        """Abu Dhabi free zone unveils rules for dirham-backed payment tokens

Abu Dhabi: The regulator of Abu Dhabi’s Al Qurm Financial District on Tuesday published a framework allowing licensed firms to issue payment tokens backed by UAE dirhams, as the emirate seeks to draw fintech companies from Asia and Europe.

Under the rules, issued by the district’s Financial Markets Conduct Authority (FMCA), issuers must hold reserves equal to 100 per cent of tokens in circulation at UAE-licensed banks, publish monthly attestations by an independent auditor and redeem tokens within two business days.

“Payment tokens can make transactions cheaper and faster, but only if people can trust that a token is worth exactly what it says,” said Huda Al Marzouqi, chief executive of the FMCA. “That trust is what this framework is designed to protect.”

Al Marzouqi told reporters at the launch that the authority had already held talks with more than 20 prospective issuers, including banks, exchanges and payments companies.

The framework bars issuers from paying interest to token holders, a restriction the FMCA said was intended to stop the tokens from “competing with bank deposits as a store of value”.

Omar Khoury, founding partner at Dubai-based fintech investor Saffron Gate Capital, described the rules as “sensible and, importantly, predictable”, but warned that the requirement to keep reserves in cash at local banks could squeeze margins.

“If you can’t earn anything on the reserves and you can’t pay holders interest, the business model depends entirely on transaction volume,” he said. “That favours the big players who already have payment networks.”

Emirates Horizon Bank, one of the lenders said to be interested in issuing a token, said in a statement that it was “studying the framework carefully” and would “make a decision on participation in due course”.

A federal banking official, speaking on condition of anonymity because discussions were ongoing, said authorities across the emirates were coordinating closely on the issue. “There is one dirham. Whatever is built in the free zones has to respect that,” the official said.

Asked whether the regime was too strict, Al Marzouqi said the framework would be reviewed after 12 months, adding:

“We would rather start conservatively and loosen the rules once we have evidence, than start loosely and have to tighten them after something has gone wrong.

“The firms we are speaking to understand that. The serious ones actually prefer it.”

The framework takes effect on September 1, and the FMCA will begin accepting applications the same day.""",
        [
            ("Payment tokens can make transactions", "Huda Al Marzouqi"),
            ("That trust is what this", "Huda Al Marzouqi"),
            ("competing with bank deposits as", "Financial Markets Conduct Authority"),
            ("sensible and, importantly, predictable", "Omar Khoury"),
            ("If you can’t earn anything", "Omar Khoury"),
            ("That favours the big players", "Omar Khoury"),
            ("studying the framework carefully", "Emirates Horizon Bank"),
            ("make a decision on participation", "Emirates Horizon Bank"),
            ("There is one dirham. Whatever", "federal banking official"),
            ("We would rather start conservatively", "Huda Al Marzouqi"),
            ("The firms we are speaking", "Huda Al Marzouqi"),
        ],
    ),
    (
        """Marina Crest Private Bank fined S$8.6 million over anti-money laundering lapses

By Jonathan Seah

MARINA Crest Private Bank has been fined S$8.6 million for anti-money laundering breaches linked to the S$3 billion money laundering case uncovered in 2023, the Singapore Monetary and Financial Authority (SMFA) said on Friday (Jun 14).

The regulator said the bank had failed to establish the source of wealth of several customers, did not adequately scrutinise large cash deposits, and was slow to act on red flags raised by its own staff.

“These were not isolated lapses. They reflected weaknesses in the bank’s risk culture, from front-office relationship managers to senior management,” said Audrey Ng, SMFA’s assistant managing director for financial supervision.

SMFA also issued prohibition orders against two former relationship managers at the bank, barring them from performing regulated activities for four and six years respectively.

In a statement on its website, the bank said it “accepts the findings” and had since “substantially strengthened” its controls, including hiring more than 40 compliance staff and replacing its transaction-monitoring system.

“We deeply regret these failings and have taken firm action to ensure they are not repeated,” said Henrik Olesen, the bank’s Singapore chief executive, who took up the role in March last year.

The authority has now penalised nine financial institutions a total of S$31.5 million in connection with the case, in which 10 foreign nationals were convicted of laundering proceeds from illegal online gambling and scams.

Ms Ng said the authority was not targeting private banks in particular. “Every institution that dealt with these individuals was examined. Where we found breaches, we have acted, regardless of size,” she said.

Asked if further penalties were likely, she told reporters the review was “substantially complete”, but did not rule out more action.

Compliance consultants say the case has changed how banks in Singapore treat wealthy clients. Ravi Shankar, director at advisory firm Kestrel Risk Partners, said onboarding times at some banks had doubled.

“Banks are asking questions they should have been asking all along – where did the money come from, and can you prove it?” said Mr Shankar. “Some clients find it intrusive, but the ones with nothing to hide generally cooperate.”

A relationship manager at another private bank, who asked not to be named, said a number of clients had shifted part of their assets to Dubai and Hong Kong over the past year.

“There’s a perception that Singapore has become harder to do business in. Whether that is fair or not, clients act on perceptions,” he said.

The bank has 21 days to pay the penalty.""",
        [
            ("These were not isolated lapses.", "Audrey Ng"),
            ("accepts the findings", "Marina Crest Private Bank"),
            ("substantially strengthened", "Marina Crest Private Bank"),
            ("We deeply regret these failings", "Henrik Olesen"),
            ("Every institution that dealt with", "Audrey Ng"),
            ("substantially complete", "Audrey Ng"),
            ("Banks are asking questions they", "Ravi Shankar"),
            ("Some clients find it intrusive,", "Ravi Shankar"),
            ("There’s a perception that Singapore", "relationship manager at another private bank"),
        ],
    ),
    (
        """Dubai bets on crypto as rival hubs tighten rules

Dubai (AFP) - On the 31st floor of a tower in Dubai's financial district, a cryptocurrency exchange that moved its headquarters from Hong Kong last year is hiring so fast that new staff share desks.

"We had 40 people when we arrived. Now we have 230, and we are still recruiting," said Arjun Pillai, chief operating officer of Zephyr Exchange, walking through an office still stacked with packing boxes.

Zephyr is one of dozens of digital-asset firms that have set up in the emirate over the past two years, drawn by a dedicated regulator, the absence of personal income tax and a government eager to turn the city into a global crypto hub.

But the influx has raised concerns among some analysts that Dubai could become a haven for firms squeezed out of stricter jurisdictions.

"Dubai has done a very good job of saying yes," said Lina Farouk, a financial crime researcher at the Gulf Policy Forum, a think tank in Abu Dhabi. "The question is whether it is equally good at saying no."

Officials reject the suggestion that the emirate is a soft touch. The Dubai Virtual Economy Authority said in a written response to AFP that it had rejected "more applications than it has approved" and had "zero tolerance" for firms that mislead investors.

For Pillai, the move came down to certainty. Zephyr applied for a licence in Hong Kong in 2023 but withdrew its application after what he called "a year of questions and no answers".

"Hong Kong is not a bad regulator. It is a slow regulator, and in this industry slow can kill you," he told AFP.

Singapore, too, has tightened its rules, requiring firms that serve only overseas clients to obtain a licence or wind down, prompting several to relocate.

At a co-working space a few streets away, Kenji Watanabe, a 29-year-old software developer who moved from Singapore in January, said he had no regrets.

"In Singapore I spent more time talking to lawyers than writing code," he said. "Here, at least for now, it feels like people want you to build."

Not everyone shares the enthusiasm. A taxi driver from Pakistan, who asked not to be named, said he had lost two months' salary on a token recommended by a passenger.

"Everyone here talks about crypto like it is a sure thing," he said. "It was not a sure thing for me."

Farouk said the emirate's long-term success would depend on how it handled its first major failure.

"Dubai's reputation is its biggest asset," she said. "One major collapse on its watch and all the goodwill of the last five years could disappear."

fa/dv""",
        [
            ("We had 40 people when", "Arjun Pillai"),
            ("Dubai has done a very", "Lina Farouk"),
            ("The question is whether it", "Lina Farouk"),
            ("more applications than it has", "Dubai Virtual Economy Authority"),
            ("zero tolerance", "Dubai Virtual Economy Authority"),
            ("a year of questions and", "Arjun Pillai"),
            ("Hong Kong is not a", "Arjun Pillai"),
            ("In Singapore I spent more", "Kenji Watanabe"),
            ("Here, at least for now,", "Kenji Watanabe"),
            ("Everyone here talks about crypto", "taxi driver from Pakistan"),
            ("It was not a sure", "taxi driver from Pakistan"),
            ("Dubai's reputation is its biggest", "Lina Farouk"),
            ("One major collapse on its", "Lina Farouk"),
        ],
    ),
]
