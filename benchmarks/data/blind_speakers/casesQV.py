CASES = [
    (
        """Karrawong tables $2.1b bid for lithium hopeful Tallis

Jonathan Pryce
Mining reporter

Perth-based Karrawong Resources has made a $2.1 billion cash-and-scrip offer for lithium developer Tallis Minerals, betting that the so-called “lithium winter” is nearing its end and that buyers who move early will be rewarded.

The unsolicited proposal, lodged with Tallis’ board on Sunday night and disclosed to the ASX before the market opened on Monday, values Tallis at 84¢ a share, a 41 per cent premium to its last closing price.

Karrawong managing director Graeme Holloway said the deal would create “the pre-eminent hard-rock lithium producer outside the Pilbara” and give the combined group the balance sheet to finish Tallis’ half-built Mount Ferrier concentrator.

“We’ve been watching Tallis for the best part of three years, and we think the timing is right for both sets of shareholders,” Mr Holloway told The Australian Financial Review.

“Prices have come off a long way, and nobody is pretending otherwise. But the cycle turns, and when it does we want to be the ones with tonnes in the ground and a plant that works.

“Tallis has a great orebody. What it doesn’t have is the funding to get it over the line.”

Tallis shares jumped 33 per cent to 79.5¢, suggesting investors expect the offer to succeed, possibly after a sweetener.

In a brief statement, Tallis said its board would “carefully consider the proposal” with its advisers and urged shareholders to take no action.

Privately, the Tallis camp is less measured. One person close to the company’s board said the bid was “a lowball tilt at a company that is six months from production”, and that directors were unlikely to engage at the current price.

Tallis chair Margaret Okonjo-Reid declined to comment beyond the ASX statement.

Harcourt Partners resources analyst Priya Raman said Karrawong could afford to pay more. “The synergies on processing alone are worth 10¢ a share, and Karrawong knows it,” she said. “I’d be surprised if this is the final number.”

Ms Raman said the bid also reflected a wider shift among mid-tier miners, which had spent much of the past year cutting costs and were now “looking for growth they can buy cheaper than they can build”.

Karrawong, which has about $640 million in cash and undrawn debt, said it would fund the cash component from existing facilities. The company said it had secured a “commitment to accept the offer in the absence of a superior proposal” from Tallis’ second-largest shareholder, Hong Kong-based Lingard Capital.

A top-20 Tallis shareholder, who asked not to be named because he was not authorised to speak publicly, said most institutions would wait for the board’s response. “Nobody is going to rush in at 84¢,” he said.

Karrawong shares fell 4.6 per cent to $3.31.""",
        [
            ("the pre-eminent hard-rock lithium producer", "Graeme Holloway"),
            ("We’ve been watching Tallis for", "Graeme Holloway"),
            ("Prices have come off a", "Graeme Holloway"),
            ("Tallis has a great orebody.", "Graeme Holloway"),
            ("carefully consider the proposal", "Tallis Minerals"),
            ("a lowball tilt at a", "person close to the company’s board"),
            ("The synergies on processing alone", "Priya Raman"),
            ("I’d be surprised if this", "Priya Raman"),
            ("looking for growth they can", "Priya Raman"),
            ("commitment to accept the offer", "Karrawong Resources"),
            ("Nobody is going to rush", "top-20 Tallis shareholder"),
        ],
    ),
    (
        """Kōwhai Bank to refund $14m to home loan customers after offset blunder

By Anna Sefo

Kōwhai Bank will refund about $14 million to more than 22,000 home loan customers after a systems error saw them charged interest on money that should have been offset against their mortgages.

The Financial Markets Commission announced the settlement yesterday after an 18-month investigation, saying the bank had taken too long to spot a problem that had been running since 2017.

"Offset accounts are sold to customers on a simple promise, that every dollar sitting in them reduces the interest they pay," the commission's head of enforcement, Rachel Tuhoe, said.

"For six years Kōwhai didn't keep that promise, and it didn't notice. That is not good enough from a bank of this size."

In its report on the investigation, the commission said Kōwhai's controls over its lending systems had been "inadequate for a registered bank" and that staff had raised concerns internally at least twice before the problem was escalated.

Kōwhai chief executive Simon Galbraith said: "We got this wrong and I want to apologise to every customer affected. There is no excuse for it."

Galbraith said the bank had rebuilt the offset calculation "from the ground up" and brought in an independent reviewer to test it.

The refunds, which average about $630 but run to more than $9000 in a handful of cases, include interest the bank estimates customers would have earned on the money. A Kōwhai spokeswoman said customers did not need to do anything and would be paid by the end of August.

"If anyone has closed their account with us since 2017, we'll be writing to them at their last known address," she said.

Retired teacher Lorraine Pikett, of Maungaroa in the Waikato, found the problem in 2022 while checking her statements against a spreadsheet.

"The numbers just didn't add up, and when I rang the bank they told me I must have made a mistake," Pikett said. "I hadn't, and I could prove it."

She said she was pleased with the outcome but "a little annoyed it took a pensioner with Excel to catch it".

Hemi Walker, chief executive of consumer group Fair Money Aotearoa, said the case showed the limits of relying on banks to report their own failings.

"We only know about this because one customer kept pushing," Walker said. "How many other errors are sitting in bank systems that nobody has found?"

The commission said it had not ruled out further action and was reviewing offset products at other lenders. Kōwhai will not face a fine under the settlement, but has agreed to pay $1.2m towards the cost of the investigation.

Shares in Kōwhai's listed parent, Kōwhai Group Holdings, were little changed at $4.12.""",
        [
            ("Offset accounts are sold to", "Rachel Tuhoe"),
            ("For six years Kōwhai didn't", "Rachel Tuhoe"),
            ("inadequate for a registered bank", "Financial Markets Commission"),
            ("We got this wrong and", "Simon Galbraith"),
            ("from the ground up", "Simon Galbraith"),
            ("If anyone has closed their", "spokeswoman"),
            ("The numbers just didn't add", "Lorraine Pikett"),
            ("I hadn't, and I could", "Lorraine Pikett"),
            ("a little annoyed it took", "Lorraine Pikett"),
            ("We only know about this", "Hemi Walker"),
            ("How many other errors are", "Hemi Walker"),
        ],
    ),
    (
        """Australia's Southern Cross Banking first-half profit slips as deposit war bites

SYDNEY, May 6 (Reuters) - Southern Cross Banking Group, Australia's fourth-biggest lender by assets, on Tuesday reported a 6% fall in first-half cash profit as fierce competition for deposits and mortgages squeezed margins, and warned conditions would remain tough for the rest of the year.

Cash profit from continuing operations for the six months to March 31 fell to A$3.41 billion ($2.19 billion) from A$3.63 billion a year earlier, slightly below a company-compiled consensus of A$3.48 billion.

Net interest margin, a key measure of profitability, narrowed 9 basis points to 1.79%.

"We are operating in one of the most competitive markets I have seen in 30 years in banking," Chief Executive Officer Adrian Kessell told reporters on a call. "We've made a deliberate choice not to chase volume at any price."

Kessell said the bank had lost some share in home lending but that the loans it had written were "better quality and better priced" than those of rivals.

The bank declared an interim dividend of 83 Australian cents per share, unchanged from a year earlier.

Its shares fell as much as 3.8% in early trade, their biggest intraday drop in five months, against a 0.4% rise in the broader market.

Bad debt charges rose to A$412 million, reflecting what the bank said was "a modest increase in arrears across the mortgage and small business portfolios" as higher interest rates weighed on borrowers.

Chief Financial Officer Tanya Moretti said arrears remained below pre-pandemic levels. "Customers are doing it tough, there's no question, but the vast majority are managing," she said.

Analysts said the result showed the limits of the bank's strategy.

"They've protected margin in mortgages, but they're getting squeezed on the deposit side and there's not much they can do about that," said Lachlan Burgess, a banking analyst at Morrow Securities in Melbourne.

Southern Cross said in its outlook statement that it expected competition to "remain intense through the second half" and flagged a further A$150 million of cost cuts, mainly from closing branches and consolidating technology platforms.

The Bank Workers Union of Australia said in a statement the cuts would cost "hundreds of jobs in regional communities that can least afford it".

Kessell declined to say how many roles would go but said the bank would "do right by our people" through the process.

($1 = 1.5570 Australian dollars)

(Reporting by Helen Tran in Sydney; Editing by Martin Ashby)""",
        [
            ("We are operating in one", "Adrian Kessell"),
            ("We've made a deliberate choice", "Adrian Kessell"),
            ("better quality and better priced", "Adrian Kessell"),
            ("a modest increase in arrears", "Southern Cross Banking Group"),
            ("Customers are doing it tough,", "Tanya Moretti"),
            ("They've protected margin in mortgages,", "Lachlan Burgess"),
            ("remain intense through the second", "Southern Cross Banking Group"),
            ("hundreds of jobs in regional", "Bank Workers Union of Australia"),
            ("do right by our people", "Adrian Kessell"),
        ],
    ),
    (
        """Corporate watchdog sues Bellamine Gold over reserves downgrade

DAMIEN CARTWRIGHT
RESOURCES EDITOR

The corporate regulator has taken gold miner Bellamine Gold and two of its former directors to the Federal Court, alleging the company sat on bad news about its flagship Coolibah Creek mine for almost a year before slashing reserves by 40 per cent.

The Australian Corporate Conduct Commission alleges Bellamine breached its continuous disclosure obligations and engaged in misleading conduct between August 2022 and July 2023, when the company stunned the market with the downgrade and its shares lost more than half their value in a day.

According to the commission’s statement of claim, filed in Perth on Thursday, the company’s then chief geologist, Rodney Ashcroft, warned the board in a memo that the published reserve was “not supportable on the current drilling density” and recommended a review.

The board commissioned the review but, the commission alleges, continued to cite the original figure in investor presentations and in a $180 million capital raising in March 2023.

Commission deputy chair Fiona Lockhart said the case went to the heart of how the market worked.

“Reserves are the single most important number a miner gives investors,” Ms Lockhart said. “When a board knows that number is in doubt, it has to tell the market. It doesn’t get to wait until it’s convenient.

“Hundreds of investors bought shares in that capital raising on the basis of information the company had reason to believe was wrong.”

The commission is seeking penalties, disqualification orders against former managing director Craig Delahunty and former chair Helen Voss, and declarations it says will support compensation claims.

Bellamine, which has replaced its entire board since the downgrade, said in a statement to the ASX that it had “co-operated fully with the commission’s investigation” and would “vigorously defend the proceedings”.

Mr Delahunty’s lawyer, Sophie Marchetti, said her client “rejects every one of the allegations” and had acted on expert advice throughout. Ms Voss could not be reached for comment.

The case is the commission’s third disclosure action against a listed miner this year.

Ben Araujo, a partner at Kelson Rowe Lawyers, which is running a shareholder class action against Bellamine, said the regulator’s involvement would “significantly strengthen the hand of investors” in the separate proceedings.

“It’s one thing for plaintiffs to allege this, it’s another for the regulator to put its name to it,” he said.

A spokesman for the Investor Rights Council said small shareholders had borne the brunt of the collapse. “These are mum and dad investors who trusted what they were told by the board,” he said.

Bellamine shares closed down 2.1 per cent at 31.5¢.""",
        [
            ("not supportable on the current", "Rodney Ashcroft"),
            ("Reserves are the single most", "Fiona Lockhart"),
            ("When a board knows that", "Fiona Lockhart"),
            ("Hundreds of investors bought shares", "Fiona Lockhart"),
            ("co-operated fully with the commission’s", "Bellamine Gold"),
            ("vigorously defend the proceedings", "Bellamine Gold"),
            ("rejects every one of the", "Sophie Marchetti"),
            ("significantly strengthen the hand of", "Ben Araujo"),
            ("It’s one thing for plaintiffs", "Ben Araujo"),
            ("These are mum and dad", "spokesman"),
        ],
    ),
    (
        """Tauranui Energy backs $1.4b takeover by Australia's Corvid

By Tom Harland

Electricity generator and retailer Tauranui Energy has agreed to be taken over by Sydney-based Corvid Infrastructure Partners in a deal worth $1.4 billion, ending nearly two decades as a standalone listed company.

Corvid will pay $2.95 a share in cash, a 27 per cent premium to Tauranui's volume-weighted average price over the past month. Tauranui shares jumped 22 per cent to $2.84 on the NZX yesterday.

The deal will be done by scheme of arrangement and needs the approval of 75 per cent of votes cast by shareholders, as well as sign-off from the High Court and the Overseas Investment Office.

Tauranui chair Miriama Kereama said directors had weighed the offer against the company's prospects as a standalone business and concluded it was "compelling value for shareholders".

"We didn't go looking for a buyer, and we set a high bar," Kereama said. "Corvid cleared it."

The board unanimously recommends the scheme in the absence of a superior proposal and subject to an independent adviser concluding the price is fair.

Corvid managing partner Duncan Feeney said the firm had been "a patient admirer of these businesses for many years".

"These are long-life, irreplaceable assets in a market that needs a lot more renewable generation," Feeney said in a statement. "We intend to be long-term owners and to invest heavily in new capacity."

Asked whether customers should expect higher power bills, he told BusinessDesk: "Nothing about this transaction changes how prices are set. We compete for customers like everyone else does."

The deal follows a months-long sale process run by Tauranui's advisers. A person familiar with the talks said at least two other bidders, including a Canadian pension fund, had been in the running until late last month.

"It came down to certainty. Corvid had its funding lined up and the others didn't," the person said.

Not everyone is convinced. Colin Mabey, chair of retail shareholder group Investor Voice NZ, said the price undervalued Tauranui's development pipeline, which includes a consented 300 megawatt wind farm near Rangitaiki.

"Shareholders are being asked to hand over the upside on those projects for a fairly ordinary premium," he said. "We'll be reading the adviser's report very closely."

The scheme meeting is expected to be held in September, with the deal due to complete before the end of the year.""",
        [
            ("compelling value for shareholders", "Miriama Kereama"),
            ("We didn't go looking for", "Miriama Kereama"),
            ("Corvid cleared it.", "Miriama Kereama"),
            ("a patient admirer of these", "Duncan Feeney"),
            ("These are long-life, irreplaceable assets", "Duncan Feeney"),
            ("We intend to be long-term", "Duncan Feeney"),
            ("Nothing about this transaction changes", "Duncan Feeney"),
            ("It came down to certainty.", "person familiar with the talks"),
            ("Shareholders are being asked to", "Colin Mabey"),
            ("We'll be reading the adviser's", "Colin Mabey"),
        ],
    ),
    (
        """Regulator suspends underground mining at central Queensland coal mine after gas alarms

By Jess McAllister

Underground mining at the Marrandah North coal mine in central Queensland has been suspended after the state's mines inspectorate found methane levels had exceeded legal limits at least 14 times in a month.

The directive, issued late on Friday, halts production at the mine about 90 kilometres west of Corella Springs until operator Gowrie Ridge Coal can show it has fixed its gas drainage system.

Chief inspector of coal mines Karen Dwyer said the exceedances were "serious and repeated" and the inspectorate had lost confidence in the mine's ability to manage the risk.

"Methane does not give second chances," Ms Dwyer said.

"We have seen what happens in this industry when gas is not controlled, and I am not prepared to wait for an incident before acting."

About 350 workers are employed underground at the mine, most of them through labour hire contractors. Gowrie Ridge, a subsidiary of ASX-listed Altamont Resources, said workers would be redeployed to surface operations and maintenance while the suspension was in place.

"The safety of our people is our first priority, and we will work constructively with the inspectorate to resume operations as soon as it is safe to do so," a company statement said.

In an update to the ASX on Monday, Altamont said full-year production guidance could be cut by "up to 1.2 million tonnes" depending on how long the suspension lasted. Its shares fell 7.4 per cent to $3.12.

Coal Workers Federation district president Michael "Mick" Hanlon said members had been raising gas concerns with management since at least February.

"Our safety reps were flagging this for months and getting told it was under control," Mr Hanlon said. "It clearly wasn't."

One underground worker, who asked not to be named because he feared losing his job, told the ABC crews had been "pushed to keep cutting coal" even after alarms tripped.

"You'd get pulled out, wait for the readings to drop, and then straight back in. Nobody wanted to be the one to stop production," he said.

Altamont rejected that claim. A spokeswoman said no worker had been directed to re-enter an area before it was cleared as safe.

Resources Minister Dale Pritchard told reporters in Brisbane the government fully supported the inspectorate.

"If a mine can't keep its gas under control, it doesn't get to operate. It's that simple," Mr Pritchard said.

The inspectorate said it would review the mine's revised gas management plan once it was submitted.""",
        [
            ("serious and repeated", "Karen Dwyer"),
            ("Methane does not give second", "Karen Dwyer"),
            ("We have seen what happens", "Karen Dwyer"),
            ("The safety of our people", "Gowrie Ridge Coal"),
            ("up to 1.2 million tonnes", "Altamont Resources"),
            ("Our safety reps were flagging", "Michael Hanlon"),
            ("It clearly wasn't.", "Michael Hanlon"),
            ("pushed to keep cutting coal", "underground worker"),
            ("You'd get pulled out, wait", "underground worker"),
            ("If a mine can't keep", "Dale Pritchard"),
        ],
    ),
    (
        """Watchdog waves through Harbourline’s $4.9b Tasman Mutual deal, with strings attached

By Olivia Brennan

Harbourline Bank’s $4.9 billion takeover of customer-owned lender Tasman Mutual has been cleared by the competition regulator, after Harbourline agreed to keep Tasman’s brand, branches and call centre in Hobart for at least five years.

The Australian Competition and Markets Commission said on Wednesday it had accepted court-enforceable undertakings from Harbourline and no longer believed the deal was likely to substantially lessen competition.

“This was a finely balanced decision,” commission chair Lindsay Crowe said. “We had real concerns about the loss of an independent challenger, particularly in Tasmania and regional Victoria, where Tasman Mutual is a significant lender.

“The undertakings don’t remove those concerns entirely, but we are satisfied they address the most serious of them.”

Crowe said the commission would be “monitoring compliance very closely” and would not hesitate to go to court if Harbourline fell short.

Harbourline chief executive Naomi Strickland welcomed the decision, saying the combined bank would be “better placed to take on the majors” in home lending and small business banking.

“Tasman Mutual’s members have built something special over 150 years, and we intend to protect it,” she said. “Nothing about the way customers bank with Tasman will change on day one.”

Tasman Mutual members voted 81 per cent in favour of demutualising and accepting the offer in February. In a letter to members sent on Wednesday afternoon, Tasman Mutual said the regulator’s decision was “the final major hurdle” and the deal was expected to complete in early July.

Not everyone was pleased. The Customer Owned Lenders Association, which represents about 40 mutual banks, credit unions and building societies, warned the decision would accelerate consolidation in a sector that was already shrinking.

“Every time a mutual disappears, customers lose a genuine alternative to the profit-driven model,” association chief executive Peter Vlahos said.

Independent Tasmanian senator Rowena Blake, who led the “Keep Tasman Tasmanian” campaign against the deal, described the undertakings as “a five-year stay of execution” for jobs in Hobart and Launceston.

“What happens in year six?” she asked. “We all know the answer. The branches close and the jobs go to Sydney.”

Harbourline shares rose 1.2 per cent to $28.40.""",
        [
            ("This was a finely balanced", "Lindsay Crowe"),
            ("We had real concerns about", "Lindsay Crowe"),
            ("The undertakings don’t remove those", "Lindsay Crowe"),
            ("monitoring compliance very closely", "Lindsay Crowe"),
            ("better placed to take on", "Naomi Strickland"),
            ("Tasman Mutual’s members have built", "Naomi Strickland"),
            ("Nothing about the way customers", "Naomi Strickland"),
            ("the final major hurdle", "Tasman Mutual"),
            ("Every time a mutual disappears,", "Peter Vlahos"),
            ("a five-year stay of execution", "Rowena Blake"),
            ("What happens in year six?", "Rowena Blake"),
            ("We all know the answer.", "Rowena Blake"),
        ],
    ),
    (
        """Kaimata Minerals shares soar after Rāwhiti Flats gold expansion approved

Kaimata Minerals shares jumped almost 30 per cent yesterday after the West Coast gold miner won approval to expand its Rāwhiti Flats mine, a decision environmental groups say they will challenge in court.

The approval, granted by an expert consenting panel under the government's fast-track regime, allows Kaimata to extend its open pit and build a second tailings dam, adding an estimated nine years to the life of the mine.

Chief executive Bryce Lindqvist said the decision was "a huge relief for the 420 people who work here and the families that depend on them".

"We've spent four years and more than $30 million getting to this point," Lindqvist said. "The panel looked at the evidence closely and it's found that this project can go ahead responsibly."

He said construction of the new dam would begin in spring, with first gold from the extended pit expected in 2027.

In its decision, the panel said the company's proposed conditions on water quality and native bird habitat were "robust and enforceable", but it imposed an additional requirement for independent monitoring of the tailings dam.

The Forest and Rivers Trust, which opposed the expansion, said it was considering an appeal to the High Court on points of law.

"This is a mine sitting in the floodplain of one of the wettest places in the country, and they want to store millions of tonnes of toxic tailings behind an earth wall," trust spokeswoman Ella Whitcombe said.

"We think the panel got the law wrong, and we'll be testing that."

Kawhaka District mayor Trish Dunleavy welcomed the decision, saying the mine was the region's biggest private employer. "People here have been waiting a long time for some good news," she said.

Northgate Securities analyst Sam Oduya said the approval removed the single biggest risk hanging over the stock.

"The market was pricing in a real chance this got knocked back," he said. "That's now gone, and the valuation gap to its Australian peers should close."

A senior official involved in the fast-track process, who spoke on condition of anonymity because they were not authorised to comment, said the Rāwhiti Flats application had been "one of the more contentious" considered so far, but that the panel had been "given everything it needed" to reach a decision.

Kaimata shares closed at $1.86, up 29.2 per cent, valuing the company at about $610m.""",
        [
            ("a huge relief for the", "Bryce Lindqvist"),
            ("We've spent four years and", "Bryce Lindqvist"),
            ("The panel looked at the", "Bryce Lindqvist"),
            ("robust and enforceable", "expert consenting panel"),
            ("This is a mine sitting", "Ella Whitcombe"),
            ("We think the panel got", "Ella Whitcombe"),
            ("People here have been waiting", "Trish Dunleavy"),
            ("The market was pricing in", "Sam Oduya"),
            ("That's now gone, and the", "Sam Oduya"),
            ("one of the more contentious", "senior official involved in the fast-track process"),
            ("given everything it needed", "senior official involved in the fast-track process"),
        ],
    ),
]
