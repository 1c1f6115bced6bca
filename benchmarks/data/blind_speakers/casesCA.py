CASES = [
    (
        """Kessler-Brandt cuts profit outlook again as Chinese orders stall

STUTTGART, Oct 24 (Meridian Newswire) - Kessler-Brandt AG, the German maker of industrial pumps and valves, on Thursday cut its full-year profit forecast for the second time in three months, blaming weak demand from Chinese chemical plants and higher energy costs at home.

The company now expects adjusted operating profit of between 410 million and 440 million euros ($443 million to $476 million), down from a previous range of 480 million to 520 million euros. Its shares fell as much as 9.4% in early Frankfurt trading, their steepest drop since March 2020.

"We are not seeing the recovery in the second half that we had planned for," Chief Executive Matthias Oberle told analysts on a conference call. "Customers are postponing orders, not cancelling them, but postponement at this scale hurts."

Oberle said the group would accelerate a cost-cutting programme announced in May, and that it was reviewing "all options" for its loss-making water-treatment unit, which analysts have long urged it to sell.

Third-quarter revenue fell 6% to 1.12 billion euros, slightly below the 1.14 billion expected by analysts in a company-compiled consensus. Order intake dropped 11%.

Chief Financial Officer Sabine Lorenz-Hartl said free cash flow would still be positive for the year. "Our balance sheet gives us room to manoeuvre," she said, adding that the dividend policy was "not under discussion".

Analysts were unconvinced. "This is the second downgrade, and the tone on the call suggests it may not be the last," said Jonas Weidenfeld of Brueckner Bank.

Another analyst, at a London-based brokerage, who asked not to be named because of company policy, said investors had been "blindsided by the speed of the deterioration".

Kessler-Brandt, which employs about 14,000 people worldwide, said it would give details of the restructuring at a capital markets day on Dec. 3. A spokeswoman declined to say whether job cuts in Germany were being considered beyond the 600 positions already announced.

The union IG Werkstoff said in a statement it would "resist any attempt to move production abroad under the cover of a weak quarter" and called for talks with management before the December meeting.

(Reporting by Lena Hochstaetter; Editing by Ian Marsworth)""",
        [
            ("We are not seeing the recovery", "Matthias Oberle"),
            ("Customers are postponing orders, not", "Matthias Oberle"),
            ("all options", "Matthias Oberle"),
            ("Our balance sheet gives us", "Sabine Lorenz-Hartl"),
            ("not under discussion", "Sabine Lorenz-Hartl"),
            ("This is the second downgrade,", "Jonas Weidenfeld"),
            ("blindsided by the speed of", "analyst at a London-based brokerage"),
            ("resist any attempt to move", "IG Werkstoff"),
        ],
    ),
    (
        """Lumora Bets $2,499 Folding Laptop Can Revive Flagging PC Sales

By Dana Whitcombe

SAN JOSE, Calif.—Lumora Inc. on Tuesday unveiled a laptop whose screen folds in half, a $2,499 gamble that the company’s executives say will pull buyers back into a personal-computer market that has shrunk for most of the past three years.

The device, called the Lumora Fold X, opens into a 17-inch display and closes to roughly the size of a hardcover book. It goes on sale in the U.S. on Nov. 8 and in Europe and Japan early next year.

“People have told us for a decade that they want a big screen and a small bag,” Lumora Chief Executive Priya Raman-Holt said at a launch event at the company’s headquarters. “We think we’ve finally stopped making them choose.”

Ms. Raman-Holt said the company had spent four years and “well north of $300 million” developing the hinge and display, which are made by a partner in South Korea she declined to name.

Lumora’s PC revenue fell 14% in its most recent fiscal year, to $6.2 billion, according to securities filings. The company has lost share to cheaper rivals, and analysts have questioned whether premium devices can reverse that slide.

“The engineering is impressive, but the price puts it in a tiny corner of the market,” said Marcus Ellery, an analyst at Halvorsen Research. He estimated Lumora would sell fewer than 400,000 units in the first year. “That’s not going to move the needle on a $6 billion business.”

Foldable screens have a mixed record. Earlier devices from other makers drew complaints about creases and broken hinges, and several were recalled. Lumora’s hardware chief, Tomás Echevarría, said the company had tested the hinge through 50,000 open-and-close cycles.

Mr. Echevarría said: “We broke a lot of them before we got here. Hundreds. There was a room in our lab we called the graveyard.

“What you’re seeing today is the one that didn’t break.”

The launch comes as Lumora faces pressure from Tessaline Capital, an activist investor that disclosed a 4.1% stake in August. In a letter to the board last month, Tessaline said Lumora had “spent too much chasing novelty and too little defending its core.”

A Tessaline spokesman said Tuesday the firm had no comment on the new device.

Ms. Raman-Holt, asked about the activist, said the company would not be distracted. “Our shareholders will judge us on results,” she said. “This is part of how we deliver them.”""",
        [
            ("People have told us for", "Priya Raman-Holt"),
            ("We think we’ve finally stopped", "Priya Raman-Holt"),
            ("well north of $300 million", "Priya Raman-Holt"),
            ("The engineering is impressive, but", "Marcus Ellery"),
            ("That’s not going to move", "Marcus Ellery"),
            ("We broke a lot of", "Tomás Echevarría"),
            ("What you’re seeing today is", "Tomás Echevarría"),
            ("spent too much chasing novelty", "Tessaline Capital"),
            ("Our shareholders will judge us", "Priya Raman-Holt"),
            ("This is part of how", "Priya Raman-Holt"),
        ],
    ),
    (
        """Regulator blocks £3.8bn Corvane takeover of payroll rival

Helen Marchetti in London

Britain’s markets regulator has blocked Corvane Group’s £3.8bn acquisition of payroll software maker Stenhill, ruling that the deal would leave small businesses with too few alternatives and push up prices.

The Office for Fair Markets said on Wednesday that the combined company would control about 55 per cent of the market for payroll software used by companies with fewer than 250 staff, and that no remedy offered by Corvane would have addressed its concerns.

“Small firms rely on this software to pay their people correctly and on time,” said Gwen Atherley, who chaired the independent panel that reviewed the deal. “Removing one of only two serious suppliers would hand the merged business the power to raise prices and let service slip, and we were not persuaded that any new competitor would step in.”

In its final report, the Office for Fair Markets said the merger “would substantially lessen competition” and that Corvane’s offer to sell Stenhill’s accounting add-on was “narrow in scope and uncertain in effect”.

Corvane, which is listed in London and has its headquarters in Reading, said it was “deeply disappointed” and would consider an appeal.

In a statement, chief executive Robert Fenwick-Dunn said: “This decision ignores how quickly the market is changing. Customers can now choose from dozens of cloud providers, many of them backed by global technology groups, and the regulator’s view of the market is frozen in time.”

Shares in Corvane fell 4 per cent in morning trading. Stenhill, which is owned by the private equity firm Larchmont Partners, said it would “continue to grow as an independent business”.

The decision is the third time in 18 months that the OFM has blocked a technology deal outright, and comes as ministers press regulators to do more to support growth. Last month the business secretary, Alan Pryce-Kettering, told an industry conference that he wanted watchdogs to be “partners in investment, not obstacles to it”.

Lawyers said Wednesday’s ruling showed the regulator was unlikely to soften its approach. “The panel has made clear that a general appeal to the dynamism of tech markets won’t carry the day,” said Farah Okonjo, a competition partner at Bellweather Lyle. “Companies will need hard evidence that entry is imminent, not just possible.”

The Federation of Small Employers welcomed the decision, saying in a statement that its members had feared “a single gatekeeper for something as basic as paying wages”.""",
        [
            ("Small firms rely on this", "Gwen Atherley"),
            ("Removing one of only two", "Gwen Atherley"),
            ("would substantially lessen competition", "Office for Fair Markets"),
            ("narrow in scope and uncertain", "Office for Fair Markets"),
            ("deeply disappointed", "Corvane Group"),
            ("This decision ignores how quickly", "Robert Fenwick-Dunn"),
            ("continue to grow as an", "Stenhill"),
            ("partners in investment, not obstacles", "Alan Pryce-Kettering"),
            ("The panel has made clear", "Farah Okonjo"),
            ("Companies will need hard evidence", "Farah Okonjo"),
            ("a single gatekeeper for something", "Federation of Small Employers"),
        ],
    ),
    (
        """Warehouse workers walk out at Pellham Logistics hubs over scheduling, heat

By Andre Kowalczyk

COLUMBUS, Ohio - More than 2,300 workers at four Pellham Logistics distribution centers in Ohio and Indiana walked off the job early Monday, the largest strike in the company's 31-year history, after talks over scheduling rules and heat protections broke down over the weekend.

The United Freight and Warehouse Workers, which represents the employees, said the strike would continue "until Pellham comes back to the table with a real offer." Picket lines formed before dawn outside the company's largest site, a 1.1 million-square-foot hub near Columbus that handles deliveries for several national retailers.

"They schedule us on an app, they change it on an app, and if you don't see the change in time, you get written up," said Denise Harrow, 44, a forklift operator who has worked at the Columbus hub for nine years. "We're not asking for the moon. We're asking to know when we work."

Union President Luis Ortega-Whitfield said the sticking points were a guarantee of schedules posted two weeks in advance and mandatory cooling breaks when indoor temperatures exceed 85 degrees. Last summer, he said, temperatures inside one of the Indiana buildings reached 97 degrees, and at least three workers were treated for heat exhaustion.

"Pellham made $412 million last year," Ortega-Whitfield told reporters on the picket line. "Fans and a fair calendar are not going to bankrupt them."

Pellham spokeswoman Karen Liddell said the company had offered a 4.5% raise in each of the next three years and had "invested heavily in cooling systems across our network." In an emailed statement, the company said it was "disappointed that union leadership chose to strike while negotiations were still productive" and that contingency plans would keep most deliveries on schedule.

Liddell declined to say how many replacement workers the company had hired.

Retail customers were watching closely. A logistics manager at one Midwestern grocery chain, who spoke on condition of anonymity because he was not authorized to discuss supplier relationships, said his company had begun rerouting some shipments through a competitor on Sunday night. "We can't have empty shelves because of someone else's fight," he said.

Labor economist Miriam Castellanos of Great Lakes State University said the strike reflected a broader push by warehouse workers to win control over their schedules. "Pay used to be the whole story," she said. "Now it's predictability. Algorithms gave companies enormous flexibility, and workers are saying some of that has to come back to them."

No new talks were scheduled as of Monday afternoon.""",
        [
            ("until Pellham comes back to", "United Freight and Warehouse Workers"),
            ("They schedule us on an", "Denise Harrow"),
            ("We're not asking for the", "Denise Harrow"),
            ("Pellham made $412 million last", "Luis Ortega-Whitfield"),
            ("Fans and a fair calendar", "Luis Ortega-Whitfield"),
            ("invested heavily in cooling systems", "Karen Liddell"),
            ("disappointed that union leadership chose", "Pellham Logistics"),
            ("We can't have empty shelves", "logistics manager at one Midwestern grocery chain"),
            ("Pay used to be the", "Miriam Castellanos"),
            ("Now it's predictability. Algorithms gave", "Miriam Castellanos"),
        ],
    ),
    (
        """Veltrix Shares Slide as Analysts Question AI Chip Ramp

Veltrix Semiconductor Corp. fell the most in more than a year after two brokerages downgraded the stock, saying the chipmaker’s new data-center processors are ramping more slowly than management has signaled.

The shares dropped 11% to $84.20 at 11:15 a.m. in New York, erasing about $9 billion in market value. Before Wednesday, the stock had more than doubled this year.

Harmon Keyes & Co. cut its rating to neutral from buy, citing checks with suppliers that pointed to delays in packaging capacity. “Our channel work suggests Q4 shipments of the V9 accelerator will come in 25% to 30% below the company’s implied target,” analyst Rachel Ostrowski wrote in a note to clients. “We would wait for better visibility before adding.”

At Daventry Securities, analyst Kenji Mori-Alvarez lowered his price target to $80 from $115 and moved to underperform. He wrote that investors had priced in “a flawless execution story that the supply chain simply can’t support right now,” and warned that gross margins could compress as Veltrix pays up for scarce components.

Veltrix disputed the assessments. “We remain on track with the production plans we outlined in August,” the company said in a statement emailed to reporters. “Customer demand continues to exceed supply.”

Chief Executive Officer Hal Brandvold, speaking at a technology conference in San Francisco on Tuesday, said the company was “not seeing anything that changes our outlook.”

Not everyone on Wall Street agreed with the bears. Tobias Wren, who manages about $2 billion at Northgate Asset Management, said the selloff was an overreaction. “Every big product ramp has hiccups,” Wren said in an interview. “If you own this for the next three years, a slow quarter is noise.”

Of the 38 analysts tracking Veltrix, 29 now rate it a buy, down from 32 a month ago, according to data compiled by Marketline. The average price target is $121.

Veltrix is scheduled to report fiscal third-quarter results on Nov. 19. In August, the company forecast revenue of $7.4 billion to $7.8 billion for the period, above the average analyst estimate at the time.""",
        [
            ("Our channel work suggests Q4", "Rachel Ostrowski"),
            ("We would wait for better", "Rachel Ostrowski"),
            ("a flawless execution story that", "Kenji Mori-Alvarez"),
            ("We remain on track with", "Veltrix Semiconductor Corp."),
            ("Customer demand continues to exceed", "Veltrix Semiconductor Corp."),
            ("not seeing anything that changes", "Hal Brandvold"),
            ("Every big product ramp has", "Tobias Wren"),
            ("If you own this for", "Tobias Wren"),
        ],
    ),
    (
        """Nerida Telecom hit with $12.5 million penalty over emergency call failure

Tom Prendergast
Telecommunications reporter

Sydney | Australia’s third-largest mobile carrier, Nerida Telecom, has been ordered to pay a $12.5 million penalty after a network fault last November left more than 2,100 customers unable to reach emergency services for up to nine hours.

The Federal Court on Friday approved the penalty, which was agreed between Nerida and the Communications Standards Commission, the industry regulator, after Nerida admitted breaching rules that require carriers to carry emergency calls at all times.

Commission chair Dr Leonie Farquhar said the failure had put lives at risk. ‘When someone dials triple zero, the call has to get through. There are no exceptions to that rule, and no excuse for a carrier not knowing its own network well enough to guarantee it,’ Dr Farquhar said.

In an agreed statement of facts filed with the court, Nerida conceded that a software update to its core network had been deployed ‘without adequate testing of emergency call routing’, and that its engineers took more than six hours to identify the cause.

In his judgment, Justice Owen Tregarthen described the breaches as ‘serious and avoidable’ but noted Nerida’s cooperation with the investigation.

Nerida chief executive Sam Okafor-Reid apologised again on Friday. ‘We let our customers down, and we let down the people who depend on them,’ he said in a statement. ‘We have rebuilt our testing process from the ground up.’

The company said it had made ex-gratia payments to affected customers and had appointed an independent reviewer, whose report it would publish in full.

Communications Minister Rosalind Achterberg said the government would legislate to require carriers to test emergency call capability before every major network change. In a letter to the chief executives of all three mobile networks, seen by this masthead, Ms Achterberg wrote that the outage had ‘exposed a gap that the industry should have closed itself years ago’.

Consumer advocates said the penalty was too low. ‘For a company that earns billions a year, $12.5 million is a rounding error,’ said Mei Lin Hartigan, chief executive of the Telecommunications Consumer Network. ‘The message to the industry should be that failing on triple zero is existential, not an accounting line.’

The family of a Geelong man who died of a heart attack during the outage, after relatives were unable to call an ambulance from his home, has separately begun legal action against Nerida. A lawyer for the family, Grace Ndlovu, said her clients wanted ‘answers, not just a fine’.

Nerida shares closed 1.3 per cent lower at $3.41.""",
        [
            ("When someone dials triple zero,", "Leonie Farquhar"),
            ("without adequate testing of emergency", "Nerida Telecom"),
            ("serious and avoidable", "Owen Tregarthen"),
            ("We let our customers down,", "Sam Okafor-Reid"),
            ("We have rebuilt our testing", "Sam Okafor-Reid"),
            ("exposed a gap that the", "Rosalind Achterberg"),
            ("For a company that earns", "Mei Lin Hartigan"),
            ("The message to the industry", "Mei Lin Hartigan"),
            ("answers, not just a fine", "Grace Ndlovu"),
        ],
    ),
    (
        """Voltana Mobility launches Rs 89,999 scooter, bets on battery swaps

BENGALURU: Electric two-wheeler maker Voltana Mobility on Tuesday launched its cheapest scooter yet, priced at Rs 89,999, along with a subscription plan that lets riders swap depleted batteries for charged ones at 1,200 stations across eight cities.

The launch comes weeks after the company, which is preparing for an initial public offering, reported a widening loss for the year ended March.

"Range anxiety is the single biggest reason people walk out of our showrooms without buying," said Voltana co-founder and chief executive Ishaan Vellodi. "With swapping, the battery is our problem, not the customer's."

Mr. Vellodi said the subscription, at Rs 1,499 a month for unlimited swaps, would make the scooter's running cost "cheaper than a bus pass in most cities". He said the company aimed to double the number of swap stations to 2,400 by March 2026.

Voltana's net loss widened to Rs 612 crore in FY24 from Rs 448 crore a year earlier, while revenue rose 38% to Rs 1,870 crore, according to its draft red herring prospectus filed with the market regulator in July. The document warned that the company "may not achieve profitability in the foreseeable future" and that the battery-swapping business was "capital-intensive and unproven at scale".

Industry analysts said the pricing was aggressive. "At this price, Voltana is clearly going after volume rather than margins," said Shalini Deshpande-Kaur, associate director at Rathmore Ratings. "That can work if the swap network fills up quickly. If utilisation stays low, the losses will get bigger before they get smaller."

Dealers were cautiously positive. A Voltana dealer in Pune, who did not want to be named, said customers had been asking about cheaper models for months. "Every second enquiry was about price," he said.

The launch also drew a response from rival Tarang EV, which operates its own fast-charging network. In a statement, Tarang said battery swapping "locks customers into one company's ecosystem" and that fast charging was a better long-term bet.

Asked about the criticism, Mr. Vellodi said: "Our customers are not locked in to anything. They can cancel the subscription any month they like."

The new scooter will be available for test rides from Friday, with deliveries starting in the first week of next month.""",
        [
            ("Range anxiety is the single", "Ishaan Vellodi"),
            ("With swapping, the battery is", "Ishaan Vellodi"),
            ("cheaper than a bus pass", "Ishaan Vellodi"),
            ("may not achieve profitability in", "Voltana Mobility"),
            ("capital-intensive and unproven at scale", "Voltana Mobility"),
            ("At this price, Voltana is", "Shalini Deshpande-Kaur"),
            ("That can work if the", "Shalini Deshpande-Kaur"),
            ("Every second enquiry was about", "Voltana dealer in Pune"),
            ("locks customers into one company's", "Tarang EV"),
            ("Our customers are not locked", "Ishaan Vellodi"),
        ],
    ),
    (
        """Haldane shareholders reject CEO pay plan in rare rebuke

By Colette Ambrose-Whyte

TORONTO — Shareholders of Haldane Software Inc. voted down the company’s executive compensation plan at its annual meeting on Thursday, a rare defeat for a Canadian technology board that came after two proxy advisory firms urged investors to oppose it.

About 58 per cent of votes cast were against the non-binding “say on pay” resolution, according to preliminary results released by the Ottawa-based company. The plan would have granted chief executive Gordon Vasquez-Lind a one-time award of stock options valued at up to $38 million.

In its report to clients last month, proxy adviser Ridgeline Governance Partners said the award was “excessive by any reasonable benchmark” and “poorly linked to the company’s actual performance.” Haldane shares have fallen roughly 22 per cent over the past 12 months as growth in its cloud accounting business slowed.

Board chair Evelyn Sutcliffe-Marr told the meeting the directors had heard the message. “We respect the outcome of this vote, and we will engage with our shareholders over the coming months to understand their concerns,” she said. “The board will come back with a revised approach before next year’s meeting.”

Mr. Vasquez-Lind did not address the pay vote directly in his remarks, instead focusing on a new artificial intelligence product the company plans to release in the spring. Speaking to reporters afterward, he said he was “not going anywhere” and that the options award had been the board’s idea, not his.

The Prairie Public Service Pension Fund, which owns about 3 per cent of Haldane, had written to the board in April opposing the plan. In the letter, which the fund made public, its chief investment officer, Hamid Qureshi-Bell, wrote: “We have supported this management team for many years. We cannot support paying it as though it had delivered results it has not delivered.”

Employees also weighed in. A software developer at the company’s Waterloo office, who asked not to be named for fear of reprisal, said morale had suffered after layoffs of about 300 staff in January. “People who lost their jobs are reading about $38 million in options,” the developer said. “How do you think that lands?”

Paulette Brisebois, a professor of corporate governance at Lakeshore University’s school of business, said the vote would likely embolden other investors. “Say-on-pay votes are advisory, but boards ignore a defeat at their peril,” she said.

Haldane said final voting results would be filed with securities regulators within four business days.""",
        [
            ("excessive by any reasonable benchmark", "Ridgeline Governance Partners"),
            ("poorly linked to the company’s", "Ridgeline Governance Partners"),
            ("We respect the outcome of", "Evelyn Sutcliffe-Marr"),
            ("The board will come back", "Evelyn Sutcliffe-Marr"),
            ("not going anywhere", "Gordon Vasquez-Lind"),
            ("We have supported this management", "Hamid Qureshi-Bell"),
            ("People who lost their jobs", "software developer at the company’s Waterloo office"),
            ("How do you think that", "software developer at the company’s Waterloo office"),
            ("Say-on-pay votes are advisory, but", "Paulette Brisebois"),
        ],
    ),
]
