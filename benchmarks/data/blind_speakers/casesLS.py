CASES = [
    (
        """Northern Ridge Energy trims capital spending as pipeline delays weigh on oilsands output

By Amanda Keller
The Canadian Press

CALGARY — Northern Ridge Energy Ltd. says it will cut its capital budget for next year by about $180 million as delays on a third-party pipeline expansion limit how much bitumen it can move out of northern Alberta.

The Calgary-based producer said Thursday it now expects to spend between $1.1 billion and $1.2 billion in 2025, down from the $1.35 billion it had projected in August.

"We're not going to pour money into barrels we can't get to market," chief executive Graham Toews said on a conference call with analysts. "That's not a discipline problem, that's just arithmetic."

Toews said the company would defer a planned expansion at its Sturgeon Bend thermal project north of Peace River by at least 12 months, but would keep drilling at its existing well pads to hold production roughly flat at 118,000 barrels per day.

The pipeline in question, the 340-kilometre Athabasca Connector owned by Kestrel Midstream Partners, was originally scheduled to enter service in the first quarter. Kestrel said last month that wet weather and a permitting issue at a river crossing had pushed the start date into the fall.

In an emailed statement, Kestrel said it "remains fully committed to the project" and was working with regulators to resolve the outstanding crossing permit.

Northern Ridge's shares fell 4.2 per cent to $27.18 on the Toronto Stock Exchange in morning trading.

Analysts said the move was not a surprise. Priya Raman, an energy analyst at Coldwater Securities, said the company had flagged the risk in its last quarterly report.

"The market was already pricing in some kind of pullback," Raman said in an interview. "What investors will want to know is whether this becomes a 2026 story as well."

Chief financial officer Lise Beaudoin told analysts the company would use the freed-up cash to pay down debt and would keep its dividend unchanged at 42 cents per quarter.

"Our balance sheet priorities haven't changed," she said. "If anything, this gives us a bit more room to get to our net debt target sooner."

Beaudoin said Northern Ridge now expects to reach its target of $1.5 billion in net debt by the middle of next year rather than the end of it.

The company also said it was reviewing "all options" for its smaller conventional assets in west-central Alberta, which produce about 9,000 barrels of oil equivalent per day. Toews declined to say whether a sale was being considered.

"We look at every asset every year," he said. "There's nothing more to it than that."

This report by The Canadian Press was first published Nov. 7, 2024.""",
        [
            ("We're not going to pour money", "Graham Toews"),
            ("That's not a discipline problem,", "Graham Toews"),
            ("remains fully committed to the", "Kestrel Midstream Partners"),
            ("The market was already pricing", "Priya Raman"),
            ("What investors will want to", "Priya Raman"),
            ("Our balance sheet priorities haven't", "Lise Beaudoin"),
            ("If anything, this gives us", "Lise Beaudoin"),
            ("all options", "Northern Ridge Energy Ltd."),
            ("We look at every asset", "Graham Toews"),
            ("There's nothing more to it", "Graham Toews"),
        ],
    ),
    (
        """B.C. approves Red Cliff copper-gold mine after deal with Tahkwa First Nation

JEFFREY ORR
MINING REPORTER
VANCOUVER

British Columbia has granted an environmental assessment certificate to Halvard Metals Corp.’s Red Cliff copper-gold project in the province’s northwest, clearing the way for what would be the first new metal mine to enter construction in the region in nearly a decade.

The decision, announced Tuesday by Environment Minister Sandra Kehoe and Mines Minister Darren Lalli, follows a co-operation agreement signed in the spring between Halvard and the Tahkwa First Nation, on whose territory the open-pit mine would be built.

“This is what it looks like when a project is done properly from the start,” Ms. Kehoe said at a news conference in Victoria. “It wasn’t fast, and it wasn’t supposed to be.”

The Vancouver-based company has estimated construction costs for Red Cliff at $2.4-billion, and expects the mine to produce an average of 95 million pounds of copper and 140,000 ounces of gold a year over a 22-year life. It still needs a series of operating permits before major work can begin.

Halvard chief executive Marion Achterberg called the certificate “the single biggest de-risking step” the company has taken since it acquired the project in 2017.

“We’ve got a lot of work ahead of us on financing, and I’m not going to pretend otherwise,” she said in an interview. “But the conversation with lenders changes today.”

Ms. Achterberg said the company is in talks with several potential partners, including a Japanese trading house and a Canadian pension fund, about taking a minority stake. She would not name them.

Under the agreement with the Tahkwa, the Nation will hold a 10-per-cent interest in the mine and receive a share of revenue, along with priority for contracts and training. The Nation also retains the right to monitor water quality independently at three sites downstream of the proposed tailings facility.

Chief Robert Dennis said the monitoring provisions were what persuaded the community to sign.

“Our people have seen what happened with other mines in this country,” Chief Dennis said. “We were never going to agree to something where we had to take the company’s word on the water.

“We have our own people out there now, and they report to us, not to Halvard.”

Not everyone is convinced. Northwest Watershed Alliance, a Smithers-based conservation group, said in a statement that the tailings dam design “leaves too little margin” for a region that has seen record rainfall in recent years, and urged the province to require an independent review.

A senior official in the Ministry of Mines, who spoke on condition of anonymity because they were not authorized to discuss the permitting timeline, said the operating permits could be issued “within 12 to 18 months if everything lines up.”

Shares of Halvard rose 11 per cent on the TSX Venture Exchange on Tuesday, closing at $3.84.""",
        [
            ("This is what it looks like", "Sandra Kehoe"),
            ("It wasn’t fast, and it", "Sandra Kehoe"),
            ("the single biggest de-risking step", "Marion Achterberg"),
            ("We’ve got a lot of work", "Marion Achterberg"),
            ("But the conversation with lenders", "Marion Achterberg"),
            ("Our people have seen what", "Robert Dennis"),
            ("We were never going to agree", "Robert Dennis"),
            ("We have our own people", "Robert Dennis"),
            ("leaves too little margin", "Northwest Watershed Alliance"),
            ("within 12 to 18 months", "senior official in the Ministry of Mines"),
        ],
    ),
    (
        """AER orders cleanup after oil leak near Moose Hide Creek

Dana Kowalchuk
Local Journalism Initiative Reporter

The Alberta Energy Regulator has ordered a Calgary company to contain and clean up an oil and produced-water leak from a gathering pipeline about 25 kilometres northwest of Ferrier Lake.

According to the regulator's incident database, the leak from a line operated by Castleford Petroleum Inc. was reported on the afternoon of June 11 after a landowner noticed dead vegetation and a strong smell along a fence line near Moose Hide Creek.

The regulator estimates about 40 cubic metres of emulsion - a mixture of oil and salty water - was released. The database entry states that "some fluid has entered a tributary" of the creek and that booms have been placed downstream.

Castleford said in a statement Thursday that the line had been shut in and isolated, and that crews and environmental consultants were on site.

"We take this incident extremely seriously and are working closely with the AER, Birchwood County and affected landowners," the statement said. "Initial monitoring shows no impact to drinking water."

The company did not respond to questions about the age of the pipeline or what caused the failure.

Birchwood County Reeve Tom Hildebrandt told reporters after Wednesday's council meeting that the county learned of the leak from residents before it heard from the company.

"That's not the way it should work," Hildebrandt said. "When something like this happens, the county should be the second call, not the fifth."

He said council would write to the regulator asking for clearer notification rules for municipalities.

Gail Stromberg, whose family has farmed near the creek since the 1950s, said she first noticed the smell on the weekend.

"I thought a deer had died in the bush," she said. "Then I walked down there and the grass was just black on both sides of the ditch."

Stromberg said she has been keeping her cattle away from the creek and has asked Castleford to pay for water testing on her well.

A neighbour, who asked not to be named because he leases land to the company, said the line had been "patched at least twice" in the past decade.

AER spokesperson Michelle Tran said in an email that the regulator's investigation is ongoing and that it would not speculate about the cause.

"Our priority right now is making sure the site is contained and the cleanup is done properly," Tran wrote. "Once that is complete, we'll look at what led to the release and whether any enforcement action is warranted."

The regulator's order requires Castleford to submit a remediation plan within 30 days.""",
        [
            ("some fluid has entered a", "Alberta Energy Regulator"),
            ("We take this incident extremely", "Castleford Petroleum Inc."),
            ("Initial monitoring shows no impact", "Castleford Petroleum Inc."),
            ("That's not the way it", "Tom Hildebrandt"),
            ("When something like this happens,", "Tom Hildebrandt"),
            ("I thought a deer had", "Gail Stromberg"),
            ("Then I walked down there", "Gail Stromberg"),
            ("patched at least twice", "neighbour"),
            ("Our priority right now is", "Michelle Tran"),
            ("Once that is complete, we'll", "Michelle Tran"),
        ],
    ),
    (
        """Canada's Coastal Spirit LNG nears investment decision as Asian buyers sign on -sources

By Nia Sorensen and Ed Whitcombe

CALGARY/VANCOUVER, March 4 (Reuters) - The developers of the proposed Coastal Spirit LNG export terminal on British Columbia's north coast are aiming to make a final investment decision by mid-year after signing preliminary supply deals with two Asian buyers, three sources familiar with the matter said.

The C$9 billion ($6.6 billion) floating facility near Port Edensaw would export about 3 million metric tons per annum of liquefied natural gas, drawing on gas from the Montney basin in northeastern B.C. and northwestern Alberta.

Coastal Spirit is majority owned by Calgary-based Ptarmigan Resources, with a First Nations-led partnership holding a 35% stake.

Heads of agreement have been signed with a South Korean utility and a Japanese trading company, one of the sources said, speaking on condition of anonymity because the talks are private. "They're not binding yet, but they're real," the source said.

Ptarmigan declined to comment on commercial discussions. In a statement, the company said it "continues to advance Coastal Spirit toward a final investment decision" and that engineering work was on schedule.

Canada has long lagged the United States and Qatar in LNG exports, but the start of shipments from the LNG Canada terminal in Kitimat last year has revived interest in smaller West Coast projects that can reach Asian markets in about 10 days, versus roughly 20 from the U.S. Gulf Coast.

"The shipping advantage is the whole story for B.C.," said Martin Aldous, a partner at Vancouver-based consultancy Strait Energy Advisors. "Buyers in Asia want diversity of supply, and they're especially interested now given the uncertainty around U.S. trade policy."

Aldous cautioned that cost inflation remained a risk for floating LNG units, which are typically built in Asian shipyards.

Warren Tait, chief councillor of the Kwenlax Nation and chair of the Coast Nations Energy Partnership, said the project would give Indigenous communities on the coast a lasting source of revenue.

"For our Nation, this is about having a seat at the table where the decisions get made, not just cashing a cheque," Tait told Reuters in a phone interview.

The project still needs approval from the Canada Energy Regulator for an amended export licence, which a second source said was expected "in the coming weeks."

Ptarmigan shares were up 2.1% at C$18.40 in Toronto trading on Tuesday.

($1 = 1.3621 Canadian dollars)

(Reporting by Nia Sorensen in Calgary and Ed Whitcombe in Vancouver; Editing by Marguerite Hale)""",
        [
            ("They're not binding yet, but", "source familiar with the matter"),
            ("continues to advance Coastal Spirit", "Ptarmigan Resources"),
            ("The shipping advantage is the", "Martin Aldous"),
            ("Buyers in Asia want diversity", "Martin Aldous"),
            ("For our Nation, this is", "Warren Tait"),
            ("in the coming weeks.", "source familiar with the matter"),
        ],
    ),
    (
        """Kootenay Met Coal rejects $1.9-billion hostile bid, calls offer ‘opportunistic’

Geoffrey Marsh
Financial Post

Kootenay Metallurgical Coal Ltd. has rejected an unsolicited $1.9-billion takeover offer from Australian miner Bellbird Resources Ltd., saying the bid “significantly undervalues” the company’s steelmaking coal operations in southeastern British Columbia.

In a letter to shareholders released Monday, Kootenay Met’s board described the $14.50-a-share cash offer as “opportunistic” and timed to take advantage of a slump in coal prices that it expects to be temporary.

The board’s message was blunt: “Bellbird is attempting to acquire your company at the bottom of the cycle, for a price that does not reflect the quality of our assets or the value of our expansion pipeline.”

Bellbird went directly to shareholders last week after, it said, Kootenay Met refused to engage on two earlier private proposals. The Perth-based company has said the offer represents a 31 per cent premium to Kootenay Met’s 30-day volume-weighted average share price.

Kootenay Met chief executive Allan Pretorius said the company had not been “sitting still” and pointed to the planned restart of its Corbin Flats pit, which he said would raise annual output to about nine million tonnes by 2027.

“Our shareholders have been patient through a tough stretch, and they deserve to see the payoff from that patience,” Pretorius said on a call with reporters. “We’re not going to hand that to somebody else at a discount.”

Bellbird managing director Hamish Quayle said in a statement that his company was “disappointed but not surprised” by the response.

“The board has had months to put forward a credible alternative and has not done so,” Quayle said. “We remain confident that shareholders will see the merit of a certain cash price in an uncertain market.”

The fight is being closely watched in Ottawa. Any deal would require approval under the Investment Canada Act, and federal officials have increasingly scrutinized foreign takeovers of resource companies. Steelmaking coal is not on Canada’s critical minerals list, but a person familiar with the government’s thinking said the file would get “a hard look” given the mines’ importance to the regional economy.

Local officials in the valley have been cautious. Joanne Fisk, mayor of the District of Corbin Flats, said her priority was jobs.

“Whoever owns these mines, our question is the same: are the people who work there going to keep working there?” she said.

Some analysts believe Bellbird will need to sweeten its offer. Kyle Brandt of Meridian Capital Markets wrote in a note to clients that a bid “in the $16 to $17 range” would be more likely to win over investors.

Kootenay Met shares closed Monday at $15.12 on the Toronto Stock Exchange, above the offer price.""",
        [
            ("opportunistic", "Kootenay Metallurgical Coal Ltd."),
            ("significantly undervalues", "Kootenay Metallurgical Coal Ltd."),
            ("opportunistic", "Kootenay Metallurgical Coal Ltd."),
            ("Bellbird is attempting to acquire", "Kootenay Metallurgical Coal Ltd."),
            ("sitting still", "Allan Pretorius"),
            ("Our shareholders have been patient", "Allan Pretorius"),
            ("We’re not going to hand", "Allan Pretorius"),
            ("disappointed but not surprised", "Hamish Quayle"),
            ("The board has had months", "Hamish Quayle"),
            ("We remain confident that shareholders", "Hamish Quayle"),
            ("a hard look", "person familiar with the government’s thinking"),
            ("Whoever owns these mines, our", "Joanne Fisk"),
            ("in the $16 to $17", "Kyle Brandt"),
        ],
    ),
    (
        """Oilsands carbon capture group says it needs firm federal backing before it builds

Chris Varga
Calgary Herald

The group of oilsands producers behind a proposed $16.5-billion carbon capture network says it won't make a final investment decision until Ottawa puts a long-promised carbon contract for difference in writing.

Speaking at an energy conference in downtown Calgary on Tuesday, Boreal Carbon Alliance president Derek Saunderson said the companies had done "everything that's been asked of us" on engineering and regulatory work.

"What we don't have is certainty on the price of carbon over the life of this project," Saunderson told the audience of several hundred industry executives. "You cannot ask a board to approve a multibillion-dollar investment on a policy that could change with the next election."

The proposed project would capture carbon dioxide from more than 20 oilsands facilities and move it through a 400-kilometre pipeline to an underground storage hub near Bitter Lake in northeastern Alberta.

Alberta Energy Minister Karen Oduya said the province has committed to cover up to 12 per cent of eligible capital costs through its own incentive program and has been pressing Ottawa to finalize its side.

"Alberta has put its money on the table," Oduya said in a statement. "We're waiting on the federal government to do the same."

In Ottawa, a spokeswoman for the federal natural resources minister said discussions with the consortium were "productive and ongoing" but would not give a timeline.

Environmental groups, meanwhile, question whether public money should support the project at all. Ravi Chandran, a policy analyst with the Edmonton-based Prairie Climate Institute, said the companies are highly profitable and should carry more of the cost themselves.

"These are companies that made record profits two years running," he told the Herald. "The idea that they can't move without another subsidy doesn't hold up."

Chandran said the institute also has concerns about how much of the promised emissions reductions would materialize, noting that existing capture facilities have at times operated below their design capacity.

Saunderson rejected that criticism after his speech.

"The technology works. We've been storing CO2 in this province for years," he told reporters. "The question isn't whether it works, it's who carries the risk if the policy moves."

He said the alliance's members had already spent more than $800 million on front-end engineering and land work, and that construction could begin within a year of a final decision.

One senior executive at a member company, who spoke on condition of anonymity because he was not authorized to speak publicly, described the mood inside the group as "frustrated but not ready to walk away."

The alliance's six members account for about 95 per cent of Alberta's oilsands production.""",
        [
            ("everything that's been asked of", "Derek Saunderson"),
            ("What we don't have is", "Derek Saunderson"),
            ("You cannot ask a board", "Derek Saunderson"),
            ("Alberta has put its money", "Karen Oduya"),
            ("We're waiting on the federal", "Karen Oduya"),
            ("productive and ongoing", "spokeswoman"),
            ("These are companies that made", "Ravi Chandran"),
            ("The idea that they can't", "Ravi Chandran"),
            ("The technology works. We've been", "Derek Saunderson"),
            ("The question isn't whether it", "Derek Saunderson"),
            ("frustrated but not ready to", "senior executive at a member company"),
        ],
    ),
    (
        """Quartz Creek gold mine to suspend operations; 240 workers affected

Shelby Tremblay
Local Journalism Initiative

About 240 workers at the Quartz Creek gold mine are expected to lose their jobs this fall after the mine’s owner said it will halt production at the operation.

Vancouver-based Stanhope Gold Corp. announced Friday it will place the underground mine on care and maintenance starting Oct. 1, citing lower-than-expected ore grades at depth and rising costs.

“This was not a decision we came to lightly,” Stanhope president and CEO Victor Nakamura said in a news release. “Quartz Creek has been part of this community for 14 years, and the people who work there have done everything we asked of them.”

The release said the company will keep about 30 employees on site for environmental monitoring and water treatment, and will continue exploration drilling on a deeper zone it believes “has the potential to support a restart.”

For the town of Mackinnon Lake, about 45 minutes down the highway, the news lands hard. Mayor Denise Oberg said the mine is the largest private employer in the area.

“You’re talking about families who’ve built their lives around that paycheque,” Oberg said in an interview Friday afternoon. “Some of them will find work at other mines, but a lot of them will have to leave, and when they leave, they take their kids out of our schools.”

She said council will meet with the company and with provincial officials next week to talk about transition supports.

Jason Pelletier, president of the United Steelworkers local that represents hourly workers at the mine, said the union learned of the decision at a meeting with management Thursday.

“Our members are angry, and they have every right to be,” Pelletier said. “We were told as recently as spring that the mine plan went out to 2029.”

Pelletier said the union will push for enhanced severance and for recall rights if the mine reopens.

One heavy-equipment operator, who asked that his name not be used because he is still employed by the company, said crews had suspected something was coming for months.

“They cut the overtime, then the contractors disappeared,” he said. “Nobody says anything, but you figure it out.”

Local MLA Ken Lazaruk said in a statement that the province must “step up immediately” with retraining funds and support for the town.

Stanhope shares fell 18 per cent on the Toronto Stock Exchange on Friday.""",
        [
            ("This was not a decision", "Victor Nakamura"),
            ("Quartz Creek has been part", "Victor Nakamura"),
            ("has the potential to support", "Stanhope Gold Corp."),
            ("You’re talking about families who’ve", "Denise Oberg"),
            ("Some of them will find", "Denise Oberg"),
            ("Our members are angry, and", "Jason Pelletier"),
            ("We were told as recently", "Jason Pelletier"),
            ("They cut the overtime, then", "heavy-equipment operator"),
            ("Nobody says anything, but you", "heavy-equipment operator"),
            ("step up immediately", "Ken Lazaruk"),
        ],
    ),
    (
        """Hawkridge Energy Shuts In Montney Gas as AECO Prices Sink Below C$1

By Rachel Denholm

(Bloomberg) -- Hawkridge Energy Inc., one of the largest natural gas producers in Canada's Montney shale formation, is shutting in about 150 million cubic feet a day of output as prices at the Alberta trading hub slumped to the lowest in more than a year.

The curtailment, equal to about 15% of the Calgary-based company's gas production, will last at least through the end of September, Hawkridge said in a statement Wednesday. The company will leave some of the gas in its reservoirs and bring it back online once prices recover, it said.

"We'd rather leave the molecules in the ground than sell them for less than it costs to produce them," Chief Executive Officer Sean Kavanagh said in an interview. "This isn't about one bad week. The whole summer strip is weak."

Spot gas at the AECO hub fell as low as 85 Canadian cents per gigajoule this week, according to exchange data. Storage in western Canada is about 20% above the five-year average after a mild winter and record output, as producers ramp up ahead of new LNG export capacity on the British Columbia coast.

Kavanagh laid out the company's thinking bluntly:

"The LNG demand is coming, and we're going to be a big part of supplying it. But until those trains are running at full capacity, the market in Alberta is oversupplied, and somebody has to blink.

"We'd rather be early than be the last one to react."

Hawkridge isn't alone. At least two other mid-sized Montney producers have quietly reduced volumes in recent weeks, according to a gas marketer in Calgary who asked not to be identified discussing client activity. "Nobody wants to announce it, but the flows tell you," the marketer said.

Analysts at Redcliffe Capital said in a note to clients that shut-ins by Hawkridge and others could remove as much as 500 million cubic feet a day from the market this summer, which "should help put a floor under prices by August."

Not every producer is following. Ingrid Solheim, chief financial officer of rival Vantage Point Resources, said on a conference call last week that her company had hedged most of its 2025 production and had no plans to cut.

"Our hedge book is doing exactly what it was designed to do," Solheim said.

Hawkridge shares rose 1.8% to C$22.45 in Toronto on Wednesday, while the S&P/TSX Capped Energy Index was little changed.""",
        [
            ("We'd rather leave the molecules", "Sean Kavanagh"),
            ("This isn't about one bad", "Sean Kavanagh"),
            ("The LNG demand is coming,", "Sean Kavanagh"),
            ("We'd rather be early than", "Sean Kavanagh"),
            ("Nobody wants to announce it,", "gas marketer in Calgary"),
            ("should help put a floor", "Redcliffe Capital"),
            ("Our hedge book is doing", "Ingrid Solheim"),
        ],
    ),
]
