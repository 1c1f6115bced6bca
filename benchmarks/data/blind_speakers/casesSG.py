CASES = [
    (
        """Halvorsen Foods to buy snack maker Brightwater Brands in $4.2 billion deal

By Megan Castellano and Ravi Deshpande

Nov 12 (Reuters) - Halvorsen Foods Inc said on Tuesday it would acquire Brightwater Brands for about $4.2 billion in cash, betting that the Cincinnati-based maker of kettle chips and pretzel snacks will help offset slowing sales of its frozen meals.

Halvorsen will pay $38.50 per Brightwater share, a premium of about 27% to the stock's closing price on Monday. Including debt, the deal values Brightwater at roughly $5.1 billion, the companies said in a joint statement.

"Snacking is where consumers are spending, and Brightwater gives us the brands and the manufacturing footprint to compete there at scale," Halvorsen Chief Executive Douglas Whitcomb said on a call with analysts.

Whitcomb said the company expected the deal to add to adjusted earnings per share in the first full year after closing and to generate about $250 million in annual cost savings by the end of the third year.

Shares of Brightwater jumped 24% to $37.60 in morning trading, just below the offer price, suggesting investors expect the deal to close. Halvorsen shares fell 3.1%.

Some analysts questioned the price. "They're paying a full multiple for a business whose growth has been decelerating for four straight quarters," said Alicia Brennan, an analyst at Corwin Stevens & Co. "The synergy target is doable, but it doesn't leave much room for error."

Halvorsen, which has been under pressure from activist investor Tallgrass Capital to reshape its portfolio, said it would fund the purchase with cash on hand and new debt. It plans to pause share buybacks for two years to bring leverage back down.

A Tallgrass spokesperson declined to comment on the deal.

Brightwater Chief Executive Lorraine Okafor, who will stay on to run the combined snacks unit, said the deal would give the company access to Halvorsen's distribution with large grocery chains and club stores.

"We have been capacity-constrained for two years," Okafor told Reuters in an interview. "This gets our products onto a lot more shelves, a lot faster."

The deal has been approved by the boards of both companies and is expected to close in the first half of next year, subject to regulatory and Brightwater shareholder approval.

Brightwater had held talks with at least one other bidder, a private equity firm, before agreeing to terms with Halvorsen, according to a person familiar with the matter.

"It was a competitive process, and Halvorsen was the most certain path to closing," the person said, speaking on condition of anonymity because the talks were private.

Marlow Partners advised Halvorsen, while Ashby Greene LLC advised Brightwater.

(Reporting by Megan Castellano in New York and Ravi Deshpande in Bengaluru; Editing by Paul Trask)""",
        [
            ("Snacking is where consumers are", "Douglas Whitcomb"),
            ("They're paying a full multiple", "Alicia Brennan"),
            ("The synergy target is doable,", "Alicia Brennan"),
            ("We have been capacity-constrained for", "Lorraine Okafor"),
            ("This gets our products onto", "Lorraine Okafor"),
            ("It was a competitive process,", "person familiar with the matter"),
        ],
    ),
    (
        """Carrow's Home cuts forecast as shoppers put off big purchases

By JENNIFER MATTHIAS AP Business Writer

CHARLOTTE, N.C. (AP) — Carrow's Home, the discount home goods chain, cut its full-year profit forecast on Wednesday, saying shoppers squeezed by higher prices for groceries and rent are buying fewer big-ticket items like sofas and outdoor grills.

Shares of the Charlotte-based company tumbled nearly 14% before the opening bell.

Carrow's now expects earnings of $3.10 to $3.30 per share for the year, down from its previous forecast of $3.85 to $4.05. Analysts polled by Meridian Data had been expecting $3.92.

"Our customers are telling us very clearly that they are prioritizing essentials," CEO Janet Ruhl said during a conference call with analysts. "They are still coming into our stores, but they are putting the patio set back on the floor."

For the three months ended Oct. 31, Carrow's earned $88.4 million, or 71 cents per share, compared with $121.7 million, or 97 cents per share, a year earlier. Revenue slipped 2% to $2.94 billion. Sales at stores open at least a year fell 4.6%, with furniture and seasonal goods posting the steepest declines.

Ruhl said the company would "lean harder into value" ahead of the holiday season, adding more items priced under $20 and expanding its private-label bedding and kitchen lines.

Chief Financial Officer Marcus Albright said inventory was down 6% from a year earlier, which he called "a clean position heading into the fourth quarter." He said the company did not expect to need heavy markdowns to clear goods after the holidays.

Wall Street was less forgiving.

"This is a consumer story, not a Carrow's story," said Neil Patten of Hollis Ridge Securities, who still rates the stock a "buy." "But the magnitude of the cut was bigger than anybody expected, and that tells you the back half of the year is going to be tough."

Asked whether the company would slow store openings, Ruhl said no.

"We're going to open the 40 stores we planned for this year, and we're comfortable with our pipeline for next year," she said. "Real estate is available at better rents than we've seen in a decade.

"When the consumer comes back, and they will, we want to be in position."

Carrow's operates about 1,150 stores in 38 states. The company has said it plans to eventually reach 1,600 locations.

Other retailers have delivered similar warnings in recent weeks, pointing to a shopper who is still spending but increasingly choosy about what goes in the cart.

Carrow's shares had fallen about 22% this year before Wednesday's report.""",
        [
            ("Our customers are telling us", "Janet Ruhl"),
            ("They are still coming into", "Janet Ruhl"),
            ("lean harder into value", "Janet Ruhl"),
            ("a clean position heading into", "Marcus Albright"),
            ("This is a consumer story,", "Neil Patten"),
            ("But the magnitude of the", "Neil Patten"),
            ("We're going to open the", "Janet Ruhl"),
            ("Real estate is available at", "Janet Ruhl"),
            ("When the consumer comes back,", "Janet Ruhl"),
        ],
    ),
    (
        """Veridian Slumps as Analysts Balk at Chip Outlook After Data-Center Lull

By Thomas Whitlow

(Bloomberg) -- Veridian Semiconductor Corp. fell the most in more than two years after the chipmaker gave a revenue forecast that trailed Wall Street’s estimates, prompting at least five analysts to cut their price targets.

The shares dropped as much as 17% in New York on Thursday, wiping out roughly $21 billion in market value. The stock had gained 64% this year through Wednesday’s close, riding what investors have dubbed the “picks and shovels” trade in artificial intelligence hardware.

Revenue in the fiscal second quarter will be about $6.8 billion, plus or minus $200 million, the San Jose, California-based company said Wednesday in a statement. Analysts had projected $7.3 billion on average, according to data compiled by Bloomberg.

Chief Executive Officer Priya Raman said on a conference call that some large cloud customers were “digesting the capacity they bought over the last year” and that orders for Veridian’s networking processors would pick up again in the second half.

“We see this as a pause, not a change in the trajectory,” Raman said. “Our design-win pipeline has never been stronger.”

Analysts weren’t all convinced.

“The issue isn’t one quarter,” Harlan Brothers analyst Kevin Szabo wrote in a note to clients. “It’s that management’s visibility into hyperscaler spending looks a lot weaker than it did three months ago.” Szabo cut his price target to $145 from $180 and kept a neutral rating on the stock.

Others defended the company. Diane Holcomb at Pettibone Securities called the selloff “an overreaction to a timing issue” and reiterated her buy rating, noting that Veridian’s backlog rose 9% from the previous quarter.

“We would be buyers on weakness,” Grantham Ruiz & Co. said in a research note. “Nothing in the print changes our view that Veridian is the best-positioned supplier for the next leg of data-center buildouts.”

Chief Financial Officer Helen Marsh said gross margin would be about 61% in the current period, down from 63.5%, as the company absorbs higher packaging costs. She added that Veridian was “not seeing any meaningful pricing pressure” from competitors.

Key Insights

  * Veridian’s shares trade at about 31 times estimated earnings for the next 12 months, compared with 24 times for the Philadelphia Stock Exchange Semiconductor Index
  * Of the 46 analysts who cover the stock, 38 recommend buying it
  * Sales to the company’s five largest customers accounted for 58% of revenue last fiscal year

--With assistance from Jenna Morrow.""",
        [
            ("digesting the capacity they bought", "Priya Raman"),
            ("We see this as a", "Priya Raman"),
            ("Our design-win pipeline has never", "Priya Raman"),
            ("The issue isn’t one quarter,", "Kevin Szabo"),
            ("It’s that management’s visibility into", "Kevin Szabo"),
            ("an overreaction to a timing", "Diane Holcomb"),
            ("We would be buyers on", "Grantham Ruiz & Co."),
            ("Nothing in the print changes", "Grantham Ruiz & Co."),
            ("not seeing any meaningful pricing", "Helen Marsh"),
        ],
    ),
    (
        """Keystone Bancorp to buy Tri-County Financial in $1.9 billion all-stock deal

By Laura Finnegan

Keystone Bancorp agreed to acquire Tri-County Financial Corp. in an all-stock deal valued at about $1.9 billion, the latest in a string of mergers among midsize U.S. lenders looking for scale as deposit costs climb and regulatory expenses mount.

Under the terms announced Tuesday, Tri-County shareholders will receive 0.815 share of Keystone for each share they own, valuing Tri-County at $41.27 a share based on Keystone's closing price Monday. That represents a premium of about 19%.

The combined bank, headquartered in Harrisburg, Pa., will have about $38 billion in assets and 260 branches across Pennsylvania, Ohio and West Virginia. Keystone shareholders will own roughly 68% of the company.

"This is a combination of two conservative, relationship-driven banks with very similar cultures," Keystone Chairman and Chief Executive Robert Lindqvist said in a statement. "Together we will have the balance sheet to invest in technology that neither of us could afford on our own."

Tri-County Chief Executive Carla Jimenez will become president of the combined company and join its board. In the statement, she said the deal would give customers "a larger lending capacity with the same local decision-making they rely on."

Keystone said it expects to cut about 12% of the combined cost base, largely by closing overlapping branches and consolidating back-office operations. A Keystone spokeswoman said it was too early to say how many branches would be affected.

"We'll be going market by market, and we'll talk to our people before we talk to anyone else," the spokeswoman said.

Analysts said the terms looked reasonable. "The price is fair, and the cost saves look conservative," said Brian Taggart, an analyst at Willoughby & Finch who covers both banks. He said the roughly 4% dilution to Keystone's tangible book value would be earned back in "a little under three years, which is right in line with what investors want to see."

Keystone shares fell 2.4% to $49.80 in midday trading, while Tri-County shares rose 14% to $39.55.

The deal, which requires approval from bank regulators and shareholders of both companies, is expected to close in the second quarter of next year.

On a call with analysts Tuesday morning, Lindqvist was asked whether Keystone would be open to further acquisitions once the deal closes.

"Our focus for the next 12 to 18 months is integration, full stop," he said. "We've watched too many deals go sideways because management got distracted."

Halbrook Advisors served as financial adviser to Keystone, and Pierce Lamont & Co. advised Tri-County.""",
        [
            ("This is a combination of", "Robert Lindqvist"),
            ("Together we will have the", "Robert Lindqvist"),
            ("a larger lending capacity with", "Carla Jimenez"),
            ("We'll be going market by", "spokeswoman"),
            ("The price is fair, and", "Brian Taggart"),
            ("a little under three years,", "Brian Taggart"),
            ("Our focus for the next", "Robert Lindqvist"),
            ("We've watched too many deals", "Robert Lindqvist"),
        ],
    ),
    (
        """EXCLUSIVE-Ardent Hill nears deal to take Caldera Software private -sources

By Sarah Lindgren and Omar Haddad

NEW YORK, March 3 (Reuters) - Private equity firm Ardent Hill Partners is in advanced talks to acquire Caldera Software Inc for about $58 per share, in a deal that would value the maker of billing software for utilities at around $6.5 billion including debt, according to three people familiar with the matter.

A deal could be announced as soon as next week, the sources said, cautioning that negotiations could still fall apart. They requested anonymity because the matter is confidential.

Caldera did not respond to requests for comment. Ardent Hill declined to comment.

Caldera shares rose 11% to $53.20 in after-hours trading following the Reuters report. The offer would represent a premium of about 21% to Monday's closing price.

"They've been circling this one for the better part of a year," said a person close to Ardent Hill. "The board was split at first, but the number got to where it needed to be."

Ardent Hill has lined up debt financing from a group of private credit lenders, and plans to keep most of Caldera's senior executives, the sources said. A banker involved in the process said the firm intended to "invest heavily in the product and stop managing it quarter to quarter."

Caldera, based in Denver, has been under pressure since its founder and chief executive stepped down in October. Its shares had fallen about 30% over the past 12 months before Monday, as growth in new subscriptions slowed.

Interim Chief Executive Mark Delaney told analysts on the company's fourth-quarter earnings call last month that the board was "open to all paths that maximize value for shareholders," without elaborating.

Activist investor Cobalt Ridge Capital, which owns about 7% of Caldera, wrote to the board in January urging it to explore a sale. "The public markets have consistently failed to recognize the value of Caldera's recurring revenue base," Cobalt Ridge said in the letter, which it made public.

Buyout firms have been active acquirers of mid-sized software companies over the past two years, drawn by steady subscription revenue and share prices that have lagged larger technology stocks.

"At $58, it's a fair price but not a knockout," said Vivian Cho, an analyst at Dunmore Research. "I wouldn't be surprised if some long-term holders push for more, but I'd be surprised if anyone else shows up with a higher bid."

Ardent Hill, which manages about $34 billion in assets, bought payroll software provider Lattice Works in 2022.

(Reporting by Sarah Lindgren and Omar Haddad in New York; Editing by Caroline Beck)""",
        [
            ("They've been circling this one", "person close to Ardent Hill"),
            ("The board was split at", "person close to Ardent Hill"),
            ("invest heavily in the product", "banker involved in the process"),
            ("open to all paths that", "Mark Delaney"),
            ("The public markets have consistently", "Cobalt Ridge Capital"),
            ("At $58, it's a fair", "Vivian Cho"),
            ("I wouldn't be surprised if", "Vivian Cho"),
        ],
    ),
    (
        """Summit Air posts quarterly loss on fuel and pilot costs but predicts record summer

By DAVID KOENIG AP Airlines Writer

DALLAS (AP) — Summit Air Lines lost $212 million in the first quarter as higher fuel prices and a new pilot contract drove up costs, but the airline said Thursday that bookings for the summer travel season are running at a record pace.

The Dallas-based carrier said the loss amounted to 94 cents per share. Excluding one-time items, including a retroactive payment to pilots, it would have lost 41 cents per share, narrower than the 48-cent loss that analysts had forecast, according to a survey by Meridian Data.

Revenue rose 8% to $3.61 billion, a first-quarter record.

"Demand is not the problem," CEO Franklin Osei told reporters after the earnings release. "Every indicator we track — advance bookings, fares, corporate travel — is pointing up. Our job now is to get costs under control."

Osei laid out the plan in blunt terms: "We are going to fly fewer unprofitable routes in the off-peak months, and we are going to be disciplined about growth."

Summit said it would trim capacity after Labor Day and defer delivery of 12 new jets to 2027. It expects a second-quarter profit of $1.65 to $1.85 per share, above Wall Street's expectations.

Chief Financial Officer Tamsin Holloway told analysts on a call that costs per seat mile, excluding fuel, would rise "in the mid-single digits" this year, mostly because of labor.

The new contract with pilots, approved in February after nearly three years of negotiations, raised pay by 31% over four years. The Summit Aviators Association, which represents about 4,800 pilots, defended the agreement.

"Our members kept this airline running through the worst years in its history," the union said in a statement. "This contract reflects that, and nothing more."

Investors appeared to focus on the summer outlook. Summit shares rose 5.2% to $38.16 in afternoon trading.

"The summer guidance is the whole story," said Rachel Iverson, an airline analyst at Pruett Capital Markets. "If they hit those numbers, nobody will remember this quarter."

Not everyone was as upbeat. An executive at a rival carrier, who asked not to be named because he was not authorized to discuss competitors, said fare increases in Summit's core Texas markets would be hard to sustain into the fall.

"Everybody's adding seats into the same cities for the summer," the executive said. "That math catches up with you in September."

Osei acknowledged the risk but said Summit had "more flexibility than anybody" to pull back flying if demand softened.""",
        [
            ("Demand is not the problem,", "Franklin Osei"),
            ("Every indicator we track —", "Franklin Osei"),
            ("We are going to fly", "Franklin Osei"),
            ("in the mid-single digits", "Tamsin Holloway"),
            ("Our members kept this airline", "Summit Aviators Association"),
            ("This contract reflects that, and", "Summit Aviators Association"),
            ("The summer guidance is the", "Rachel Iverson"),
            ("If they hit those numbers,", "Rachel Iverson"),
            ("Everybody's adding seats into the", "executive at a rival carrier"),
            ("That math catches up with", "executive at a rival carrier"),
            ("more flexibility than anybody", "Franklin Osei"),
        ],
    ),
    (
        """Norwood Industrial Completes Acquisition of Ellison Fluid Systems

Expands Flow Solutions segment with engineered pumps and valves for water and process markets

MILWAUKEE--(BUSINESS WIRE)--Norwood Industrial Holdings, Inc. (NYSE: NWIH) ("Norwood" or the "Company"), a diversified manufacturer of flow control, filtration and material handling equipment, today announced that it has completed its previously announced acquisition of Ellison Fluid Systems, LLC ("Ellison") from Crestline Equity Partners for $865 million in cash, subject to customary post-closing adjustments.

Ellison, headquartered in Rockford, Illinois, designs and manufactures engineered pumps, valves and metering systems used in municipal water treatment, food processing and specialty chemical applications. The business generated approximately $310 million in revenue in fiscal 2024 and employs approximately 1,100 people across six manufacturing facilities in the United States and Mexico.

"Completing this acquisition is an important milestone in our strategy to expand our presence in high-growth water and process markets," said Gregory Haynes, President and Chief Executive Officer of Norwood. "Ellison brings a talented team, a respected brand and a large installed base that generates recurring aftermarket revenue.

"We are confident that, together, we will deliver meaningful value for our customers and shareholders, and we expect the transaction to be accretive to adjusted earnings per share in its first full year."

Ellison will operate as part of Norwood's Flow Solutions segment and will continue to be led by Dana Whitfield, President of Ellison.

"Joining Norwood gives our customers access to a broader portfolio and a global service network, while allowing us to keep doing what we do best," said Whitfield. "Our team is excited to begin this next chapter."

Norwood funded the acquisition with cash on hand and borrowings under a new $600 million senior secured term loan facility (the "Term Loan"). The Company continues to target a net leverage ratio of 2.5x or below within 24 months of closing.

Harwell & Associates served as financial advisor and Brandt Keller LLP served as legal counsel to Norwood.

About Norwood Industrial Holdings

Norwood Industrial Holdings, Inc. is a diversified manufacturer of highly engineered products serving the water, energy, food and beverage and general industrial markets. Norwood employs approximately 7,400 people worldwide. For more information, visit www.norwoodindustrial.com.

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Words such as "believe," "expect," "anticipate," "will" and similar expressions identify forward-looking statements. Actual results may differ materially from those expressed or implied. Norwood undertakes no obligation to update any forward-looking statement.

Contacts

Investors:
Michael Trent, Vice President, Investor Relations
(414) 555-0182

Media:
Courtney Bales, Director, Corporate Communications
(414) 555-0147""",
        [
            ("Completing this acquisition is an", "Gregory Haynes"),
            ("Ellison brings a talented team,", "Gregory Haynes"),
            ("We are confident that, together,", "Gregory Haynes"),
            ("Joining Norwood gives our customers", "Dana Whitfield"),
            ("Our team is excited to", "Dana Whitfield"),
        ],
    ),
    (
        """Garrison Chemical rejects Ostrander's $9.3 billion hostile bid

By Daniel Ferreira

HOUSTON, Aug 19 (Reuters) - Garrison Chemical Co on Monday rejected a $9.3 billion unsolicited takeover offer from larger rival Ostrander Materials Inc, saying the bid "significantly undervalues the company and its growth prospects."

Ostrander, which made the $54-per-share cash offer public last week after Garrison declined to engage in private talks, had said the deal would create the second-largest specialty coatings supplier in North America.

"Ostrander's proposal is an opportunistic attempt to acquire Garrison at a cyclical low point in our end markets," Garrison said in a letter to shareholders. "Your board is confident that our standalone plan will deliver substantially greater value."

Garrison said its board had unanimously voted to reject the offer after reviewing it with its financial and legal advisers, and urged shareholders to take no action.

Garrison Chairman and Chief Executive Elaine Whitaker said in an interview that the company was not opposed to a sale on the right terms.

"We are not against a transaction. We are against this transaction, at this price," Whitaker said. "Our margins are recovering, we have three new plants coming online, and shareholders deserve to be paid for that."

Ostrander Chief Executive Henrik Dahl said he was "disappointed that Garrison's board has chosen not to engage" with what he described as a full and fair proposal. In a separate statement, Ostrander said it had "every intention of taking our offer directly to Garrison shareholders," without giving details.

Garrison shares were up 1.3% at $55.90 in afternoon trading, trading above the offer price, a sign that investors expect Ostrander or another bidder to pay more. Ostrander shares were little changed.

"This is the opening move, not the final one," said Marisol Vega, a chemicals analyst at Bellamy & Stroud. "Ostrander has the balance sheet to come back with a higher number, and I would expect them to."

A portfolio manager at a merger-arbitrage fund that holds Garrison shares said investors had been calling the company to press it to open talks.

"Nobody I talk to thinks $54 is the final price, but nobody wants Garrison to walk away entirely either," the portfolio manager said, asking not to be named because the fund's positions are not public.

Garrison adopted a one-year shareholder rights plan, commonly known as a "poison pill," on Friday, which would make it harder for Ostrander to build a large stake without the board's approval.

Garrison is advised by Whitmore Lyle & Co and the law firm Bradshaw Keene LLP. Ostrander is working with Calloway Partners.

(Reporting by Daniel Ferreira in Houston; Additional reporting by Anya Kessler in New York; Editing by Mark Haverford)""",
        [
            ("significantly undervalues the company and", "Garrison Chemical Co"),
            ("Ostrander's proposal is an opportunistic", "Garrison Chemical Co"),
            ("Your board is confident that", "Garrison Chemical Co"),
            ("We are not against a", "Elaine Whitaker"),
            ("Our margins are recovering, we", "Elaine Whitaker"),
            ("disappointed that Garrison's board has", "Henrik Dahl"),
            ("every intention of taking our", "Ostrander Materials Inc"),
            ("This is the opening move,", "Marisol Vega"),
            ("Ostrander has the balance sheet", "Marisol Vega"),
            ("Nobody I talk to thinks", "portfolio manager at a merger-arbitrage fund that holds Garrison shares"),
        ],
    ),
]
