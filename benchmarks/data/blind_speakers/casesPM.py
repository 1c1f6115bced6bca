CASES = [
    (
        """Passengers still waiting months for refunds after Skyrena cancellations

Harriet Cole Consumer affairs correspondent

Thousands of passengers whose flights were cancelled by the low-cost carrier Skyrena Airways over the summer are still waiting for their money, despite the airline’s promise that refunds would be paid “within seven working days”.

The consumer group Fair Deal Alliance said it had received more than 1,400 complaints since July from customers who say they have heard nothing since submitting a claim.

Among them is Margaret Ashworth, 67, from Kelbrook in Lancashire, who paid £842 for return flights to the Algarve for herself and her husband. The flights were cancelled 48 hours before departure.

“I have emailed them 11 times and phoned until I was blue in the face,” she said. “Every time I’m told it is being looked at. We are pensioners – that is a lot of money to have sitting in someone else’s bank account.”

Under UK rules, airlines must refund passengers within seven days of a cancellation if they choose not to be rebooked. Passengers may also be entitled to compensation of up to £520, depending on the distance of the flight and how much notice they were given.

Rowan Pettigrew, director of campaigns at Fair Deal Alliance, said the delays were “completely unacceptable”.

“The law is crystal clear. This is not a grey area,” he said. “Skyrena has taken people’s money for a service it did not deliver, and it is now holding on to that money for months. If any other business behaved like this we would call it what it is.”

He called on the aviation regulator to use its enforcement powers, adding that passengers “should not have to go to court to get back what is already theirs”.

A spokesperson for Skyrena said the airline had seen “an unprecedented volume of claims” after disruption caused by air traffic control strikes in Europe and staff shortages at its main base.

“We sincerely apologise to customers who are waiting longer than they should,” the spokesperson said. “We have tripled the size of our refunds team and expect to clear the backlog by the end of November.”

The airline did not respond to questions about how many claims were outstanding.

Deborah Kinsella, a solicitor who specialises in travel claims at the firm Hartwell Brooke, said passengers who had waited more than a month should consider a chargeback through their card provider or a claim through the small claims court.

“Airlines know that most people will give up,” she said. “My advice is simple: keep a record of every call and email, set a deadline in writing, and if they miss it, escalate. The airline is banking on your patience.”

Kinsella said her firm had seen a sharp rise in inquiries since August.

For Ashworth, the wait has soured what was meant to be a celebration of 40 years of marriage. “We’ll go somewhere eventually,” she said. “But it won’t be with them.”""",
        [
            ("within seven working days", "Skyrena Airways"),
            ("I have emailed them 11", "Margaret Ashworth"),
            ("Every time I’m told it", "Margaret Ashworth"),
            ("completely unacceptable", "Rowan Pettigrew"),
            ("The law is crystal clear.", "Rowan Pettigrew"),
            ("Skyrena has taken people’s money", "Rowan Pettigrew"),
            ("should not have to go", "Rowan Pettigrew"),
            ("an unprecedented volume of claims", "spokesperson"),
            ("We sincerely apologise to customers", "spokesperson"),
            ("We have tripled the size", "spokesperson"),
            ("Airlines know that most people", "Deborah Kinsella"),
            ("My advice is simple: keep", "Deborah Kinsella"),
            ("We’ll go somewhere eventually,", "Margaret Ashworth"),
            ("But it won’t be with", "Margaret Ashworth"),
        ],
    ),
    (
        """Brightwater Energy to increase electricity prices by 11% from November

Supplier blames higher wholesale costs and network charges as charities warn of rising arrears

Ciarán Mulvey

Brightwater Energy, the country's third-largest electricity supplier, is to increase its prices by 11 per cent from November 1st, adding an estimated €196 a year to the average household bill.

The company, which has about 410,000 customers, said the increase was needed to cover higher wholesale costs and an increase in network charges approved earlier this year.

"No supplier wants to raise prices, particularly heading into the winter months," Brightwater's chief executive, Fergal Tierney, said. "But the cost of buying and delivering electricity has risen significantly since our last review, and we cannot absorb those costs indefinitely."

Mr Tierney said customers who were worried about paying their bills should contact the company "at the earliest opportunity", and that its hardship fund would be increased to €3 million.

Brightwater is the second supplier to announce an increase in as many weeks, following a 9 per cent rise by Corrib Power last month. Industry sources expect other suppliers to follow before Christmas.

The price comparison website SwitchWise.ie said customers on standard unit rates would be hit hardest. Its founder, Aoife Brennan, said many households had not switched supplier in years.

"We estimate that close to half of Brightwater's customers are on a standard tariff, which is the most expensive way to buy electricity," she said. "Somebody who hasn't switched in three or four years could save several hundred euro simply by picking up the phone."

The charity Hearth Ireland, which supports households in energy poverty, said calls to its helpline had risen by 30 per cent since the summer. Its head of policy, Declan Furlong, said the increase would be "a hammer blow" to families already in arrears.

"We are talking to people who are choosing between heating and eating. That is not an exaggeration," he said. "The Government needs to look again at targeted supports, rather than across-the-board credits that go to everyone regardless of need."

Minister of State for Energy Siobhán Darcy said she was "disappointed" by the announcement and would be meeting suppliers in the coming weeks.

"I expect every supplier to pass on reductions just as quickly as they pass on increases," she told reporters in Dublin. "Consumers have long memories."

The energy regulator does not set retail prices but requires suppliers to give customers at least 30 days' notice of any change.

Kathleen Moran, a retired teacher from Ballycrin, Co Roscommon, said she had been a Brightwater customer for more than 20 years. "I'll be looking around now, I can tell you," she said. "Loyalty counts for nothing with these companies.\"""",
        [
            ("No supplier wants to raise", "Fergal Tierney"),
            ("But the cost of buying", "Fergal Tierney"),
            ("at the earliest opportunity", "Fergal Tierney"),
            ("We estimate that close to", "Aoife Brennan"),
            ("Somebody who hasn't switched in", "Aoife Brennan"),
            ("a hammer blow", "Declan Furlong"),
            ("We are talking to people", "Declan Furlong"),
            ("The Government needs to look", "Declan Furlong"),
            ("disappointed", "Siobhán Darcy"),
            ("I expect every supplier to", "Siobhán Darcy"),
            ("Consumers have long memories.", "Siobhán Darcy"),
            ("I'll be looking around now,", "Kathleen Moran"),
            ("Loyalty counts for nothing with", "Kathleen Moran"),
        ],
    ),
    (
        """Retailer recalls 60,000 air fryers over fire risk

By Tom Ellery, PA Consumer Affairs Correspondent

A high street retailer has recalled around 60,000 air fryers after reports that the appliances could overheat and catch fire.

Hollins & Reed said customers should stop using the 4.5-litre Crispwell AF450 model immediately and return it to any of its stores for a full refund, with or without a receipt.

The recall affects units sold between March and August this year with batch numbers beginning 2304 to 2308, which can be found on a sticker on the underside of the appliance.

The company said it had received 14 reports of the fryers overheating, including three in which the casing had melted and one in which a small fire broke out in a kitchen. No injuries have been reported.

In a statement, Hollins & Reed said: "The safety of our customers is our highest priority. Although the number of incidents is small, we have taken the decision to recall all affected units as a precaution.

"We are very sorry for any inconvenience and would urge anyone who owns one of these products to unplug it and stop using it straight away."

The retailer said the fault had been traced to a thermal cut-off component supplied by a third-party manufacturer.

One of those affected, Gemma Stroud, from Lydford Cross in the West Midlands, said her fryer had begun "smoking and making a popping noise" while she was cooking chips for her two children.

"I pulled the plug out and it was still smoking for a good few minutes," the 34-year-old said. "The bottom of it had gone soft. If I'd been upstairs or out of the room, I don't like to think what would have happened."

Fire safety charity Electrical Safe Homes said air fryers had become one of the most popular kitchen appliances in the UK but warned that response rates to recalls were often low.

Its chief executive, Martin Oduya, said: "Historically, only a fraction of recalled products are ever returned. That means thousands of potentially dangerous appliances could still be sitting on kitchen worktops right now.

"We would encourage everyone to register their appliances with the manufacturer so they can be contacted directly if something goes wrong."

According to the charity, faulty electrical products cause an estimated 7,000 house fires in the UK each year.

A trading standards officer in the Midlands, who asked not to be named because they were not authorised to speak to the media, said the authority had been "aware of a cluster of complaints" before the recall was announced.

Customers can find more information on the Hollins & Reed website or by calling its customer service line.""",
        [
            ("The safety of our customers", "Hollins & Reed"),
            ("We are very sorry for", "Hollins & Reed"),
            ("smoking and making a popping", "Gemma Stroud"),
            ("I pulled the plug out", "Gemma Stroud"),
            ("The bottom of it had", "Gemma Stroud"),
            ("Historically, only a fraction of", "Martin Oduya"),
            ("We would encourage everyone to", "Martin Oduya"),
            ("aware of a cluster of", "trading standards officer in the Midlands"),
        ],
    ),
    (
        """Families hit with £1,800 'catch-up' energy bills after smart meters stop working

By Leanne Harkin

Households are being landed with shock energy bills of up to £1,800 after suppliers discovered they had been undercharging them for years because of faulty smart meters.

Dozens of Northgate Energy customers have told us they received so-called catch-up bills after engineers found their meters had stopped sending readings, in some cases as long ago as 2021.

Rules brought in by the energy regulator mean suppliers cannot usually bill customers for energy used more than 12 months earlier if the customer was not at fault. But campaigners say many people are unaware of the protection and simply pay up.

Dad-of-three Craig Pendleton, 41, from Oldcastle Green, was told he owed £1,812.

He said: "I nearly fell off my chair. We've paid our direct debit every month without fail and we've never missed a payment. Now they're telling me it wasn't enough and I've got to find nearly two grand before Christmas.

"I rang them and the woman on the phone just kept saying it was correct usage. Nobody could tell me why the meter stopped working or why nobody noticed."

After we contacted Northgate, the firm cut Craig's bill to £640 - covering only the past year.

Pensioner Brenda Oakes, 72, from Sallowby, said her bill of £1,140 had left her "worried sick".

"I don't sleep properly as it is," she said. "I've been sat in a cold house with a blanket over my knees to keep the bills down, and now this."

Consumer campaigner Nadia Faraday, founder of the Bill Fighters advice service, said: "The back-billing rule is one of the strongest protections consumers have, and yet it's one of the least known. If your supplier hasn't billed you correctly through no fault of your own, they can only go back 12 months. Full stop."

She added that customers should "never just pay" a catch-up bill without checking the dates it covered.

A Northgate Energy spokesman said: "We apologise to customers who have received unexpected bills. We follow all industry rules on back-billing and any customer who believes their bill is incorrect should contact us so we can review it."

The company said it was "reviewing its processes" for spotting meters that stop communicating, and that affected customers would be offered payment plans of up to 24 months.

Hannah Greaves, MP for Oldcastle and Thorne, said she had written to the firm's chief executive.

"My inbox has been full of this," she said. "People are frightened, and they shouldn't be. The rules are there to protect them and the company needs to stick to them.\"""",
        [
            ("I nearly fell off my", "Craig Pendleton"),
            ("I rang them and the", "Craig Pendleton"),
            ("worried sick", "Brenda Oakes"),
            ("I don't sleep properly as", "Brenda Oakes"),
            ("I've been sat in a", "Brenda Oakes"),
            ("The back-billing rule is one", "Nadia Faraday"),
            ("never just pay", "Nadia Faraday"),
            ("We apologise to customers who", "spokesman"),
            ("reviewing its processes", "Northgate Energy"),
            ("My inbox has been full", "Hannah Greaves"),
            ("People are frightened, and they", "Hannah Greaves"),
        ],
    ),
    (
        """Holidaymakers face anxious wait after Sunvale Holidays ceases trading

Around 3,500 customers of the Dublin-based tour operator Sunvale Holidays are facing uncertainty after the company ceased trading yesterday evening.

The company, which specialised in package holidays to Spain, Portugal and the Canary Islands, said in a brief statement posted on its website that it had been "left with no option" but to stop trading following "a sustained period of difficult trading conditions".

About 600 customers are currently abroad. The Travel Bond Fund, which protects customers of licensed tour operators, said those customers would be able to complete their holidays and return home as planned.

Speaking to reporters this morning, the fund's chief executive, Niamh Costigan, said: "I want to reassure anybody who is abroad right now that they do not need to cut their holiday short. Their accommodation is paid for, and their flights home are secure."

Ms Costigan said customers who had not yet travelled would be entitled to a full refund of money paid to Sunvale, but warned that the process "will take some weeks, not days".

"We would ask people to be patient with us," she said. "We have a team in place and every claim will be dealt with."

Claims must be submitted to the fund within six months. Customers who booked flights separately from their package may not be covered, according to the fund, and should contact their card provider.

Among those affected is Pádraig Nolan from Kilbrannagh, Co Meath, who had paid €4,200 for a family holiday to Lanzarote over the mid-term break.

"We got a text at half nine last night saying the company had gone under. That was it," he said. "The kids have been talking about this holiday since the summer."

According to one former employee, who asked not to be named, staff were told of the closure at a meeting in the company's office on Tuesday afternoon.

"There had been rumours for a few weeks, but nobody thought it would be this quick," the employee said. "People were still taking bookings on Monday."

Independent TD Gerard Hanlon said the collapse raised "serious questions" about the company's conduct in its final days and called on the Minister for Enterprise to make a statement to the Dáil.

"If a company was still taking people's money on Monday and closed its doors on Tuesday, people deserve to know why," Mr Hanlon said.

The provisional liquidator, appointed by the High Court this morning, declined to comment.""",
        [
            ("left with no option", "Sunvale Holidays"),
            ("a sustained period of difficult", "Sunvale Holidays"),
            ("I want to reassure anybody", "Niamh Costigan"),
            ("will take some weeks, not", "Niamh Costigan"),
            ("We would ask people to", "Niamh Costigan"),
            ("We have a team in", "Niamh Costigan"),
            ("We got a text at", "Pádraig Nolan"),
            ("The kids have been talking", "Pádraig Nolan"),
            ("There had been rumours for", "former employee"),
            ("People were still taking bookings", "former employee"),
            ("serious questions", "Gerard Hanlon"),
            ("If a company was still", "Gerard Hanlon"),
        ],
    ),
    (
        """Warning to families as bargain electric blanket sold online is recalled over fears it could catch fire

By JAMES HOLLOWAY, CONSUMER EDITOR

Thousands of electric blankets sold through online marketplaces are being recalled after safety tests found they could overheat and start a fire.

The SnugNite double blanket, which sold for as little as £19.99, failed several tests carried out by the consumer group Safer Shopping UK, which bought samples from sellers on three major websites.

In one test, the blanket reached a temperature of more than 90C within 40 minutes on its highest setting, scorching the fabric.

The importer, Kestrel Home Goods Ltd, has now issued a recall notice and said buyers should ‘stop using the product immediately’.

Safer Shopping UK’s head of product testing, Dr Lorna Whitcroft, said: ‘This is exactly the kind of product that people plug in, switch on and forget about. Electric blankets are used at night, often by older people, when you are least able to react quickly if something goes wrong.

‘We found it took us less than ten minutes to buy this blanket from three different sellers. There is simply no excuse for products this dangerous being on sale at all.’

Grandmother Jean Halstead, 78, from Wexcombe, Somerset, bought two of the blankets last winter.

She said: ‘I had no idea. It was cheap but it looked just like the ones in the shops. I’ve been using it every night since October.’

Her daughter, Claire Halstead, 49, said she had ‘thrown both of them straight in the bin’ after reading about the tests.

The group is calling on ministers to make online marketplaces legally responsible for the safety of products sold by third-party sellers on their sites, a campaign it has called ‘Safe to Sell’.

In a statement, Kestrel Home Goods said: ‘We take product safety extremely seriously. As soon as we were made aware of these test results we withdrew the product from sale and began contacting customers. A full refund will be offered to anyone who returns the blanket.’

A spokesman for one of the marketplaces, ShopDirectly, said listings had been removed ‘within hours’ of the company being alerted, and added: ‘Sellers on our platform are required to comply with all applicable laws.’

Fire chiefs have previously warned that electric blankets more than ten years old should be replaced, and that blankets should never be folded or used with a hot water bottle.

Station manager Paul Deverell, of West Country Fire and Rescue Service, urged families to check their blankets before the cold weather sets in.

‘If you notice any scorch marks, frayed flex or loose connections, don’t take the risk,’ he said. ‘Switch it off, unplug it and get rid of it. A new blanket costs a lot less than a new home.’""",
        [
            ("stop using the product immediately", "Kestrel Home Goods Ltd"),
            ("This is exactly the kind", "Lorna Whitcroft"),
            ("We found it took us", "Lorna Whitcroft"),
            ("I had no idea.", "Jean Halstead"),
            ("thrown both of them straight", "Claire Halstead"),
            ("We take product safety extremely", "Kestrel Home Goods Ltd"),
            ("within hours", "spokesman"),
            ("Sellers on our platform are", "spokesman"),
            ("If you notice any scorch", "Paul Deverell"),
            ("Switch it off, unplug it", "Paul Deverell"),
        ],
    ),
    (
        """Energy complaints hit record high as customers wait months for answers

By Priya Raman
Business reporter

Complaints about energy companies have reached a record high, with customers waiting an average of 11 weeks for problems to be resolved, according to the Utilities Ombudsman Service.

The ombudsman received 184,000 complaints in the year to September, up 38% on the previous year, its annual report shows. Billing errors accounted for more than half.

In the report, titled "Switched Off: The Customer Service Gap", the ombudsman said suppliers were "still failing to get the basics right" despite repeated warnings.

Chief ombudsman Rajinder Sandhu told reporters at the launch in London that the figures were "a wake-up call for the whole industry".

"Behind every one of these numbers is a person who has spent hours on hold, who has written letter after letter, and who has got nowhere," he said.

"Some of the people who come to us are vulnerable. They are elderly, they are ill, they are struggling to pay. They should not have to fight this hard."

Mr Sandhu said suppliers had paid out £19m in compensation and goodwill gestures following ombudsman decisions, but that the figure was "not something anyone should be proud of".

The report found that Meridian Gas & Power and Cobalt Energy had the highest number of complaints per 100,000 customers.

A spokesperson for Meridian said the company had "invested heavily" in its customer service teams and that complaint numbers had fallen in each of the past three months. "We know we haven't always got it right and we are sorry," the spokesperson added.

Cobalt Energy said in a statement that it "did not recognise" the ombudsman's analysis, which it said failed to take account of the company's rapid growth.

Sarah Okonedo, 52, from Halsey in Hertfordshire, complained for seven months about being billed for a flat she had moved out of.

"I must have called them 40 times," she said. "Every time, someone new. Every time, start from scratch. In the end I went to the ombudsman and it was sorted in three weeks. Why did it have to come to that?"

Trade body the Energy Retail Association said its members were "committed to improving standards".

Its director of customer policy, Iain McCrae, said: "Suppliers have been dealing with unprecedented pressures over the past three years, from the price crisis to the rise in arrears. That is not an excuse, but it is important context."

A government spokesperson said: "We are clear that energy customers deserve to be treated fairly, and we will continue to work with the regulator and the ombudsman to drive up standards across the sector.\"""",
        [
            ("still failing to get the", "Utilities Ombudsman Service"),
            ("a wake-up call for the", "Rajinder Sandhu"),
            ("Behind every one of these", "Rajinder Sandhu"),
            ("Some of the people who", "Rajinder Sandhu"),
            ("not something anyone should be", "Rajinder Sandhu"),
            ("invested heavily", "spokesperson"),
            ("We know we haven't always", "spokesperson"),
            ("did not recognise", "Cobalt Energy"),
            ("I must have called them", "Sarah Okonedo"),
            ("Every time, someone new.", "Sarah Okonedo"),
            ("committed to improving standards", "Energy Retail Association"),
            ("Suppliers have been dealing with", "Iain McCrae"),
            ("We are clear that energy", "spokesperson"),
        ],
    ),
    (
        """Ready meals recalled after peanut found in products not labelled for allergen

Eilís Gahan

A supermarket chain has recalled two of its own-brand ready meals after they were found to contain peanut, an allergen not declared on the label.

Dunmore’s Food Stores, which has 64 outlets across the country, said the affected products were its Chicken Korma 400g and Vegetable Biryani 400g with use-by dates up to and including November 14th.

The National Food Safety Agency said people with an allergy to peanuts should not eat the products. Point-of-sale notices are being displayed in stores.

In a notice published on its website, the agency warned that the products “may pose a serious health risk” to anyone with a peanut allergy, and said the recall followed “a consumer complaint and subsequent laboratory testing”.

A spokeswoman for Dunmore’s said the chain had “immediately” removed the products from its shelves.

“We are deeply sorry that this has happened,” she said. “Early indications are that the issue arose at our supplier’s facility, and we are working closely with them and with the agency to establish exactly how it occurred.

“Any customer who has bought either product can return it to their nearest store for a full refund.”

The complaint is understood to have come from a family in Co Kildare whose son suffered a reaction after eating the korma last week. He was treated in hospital and has since been discharged.

Louise Fennelly, whose eight-year-old son Rory has a severe peanut allergy, said she had bought the korma “dozens of times” because it was one of the few ready meals the family considered safe.

“You read every label, every time. That’s what you do when your child has an allergy,” she said. “When the label says one thing and the food says another, you’ve nothing left to go on.”

Ms Fennelly, from Rathkerry, Co Laois, said her son had not eaten from the affected batch but that the family would no longer buy the chain’s own-brand products.

Chief executive of Allergy Aware Ireland Dr Conor Whelan said the case was “every parent’s worst nightmare”.

He said: “Around one in 50 children in Ireland has a peanut allergy. For those families, accurate labelling isn’t a nice-to-have. It is the difference between a normal dinner and a trip to A&E.”

Dr Whelan said the charity would be seeking a meeting with the agency to discuss how allergen controls at food manufacturers are audited.""",
        [
            ("may pose a serious health", "National Food Safety Agency"),
            ("a consumer complaint and subsequent", "National Food Safety Agency"),
            ("immediately", "spokeswoman"),
            ("We are deeply sorry that", "spokeswoman"),
            ("Early indications are that the", "spokeswoman"),
            ("Any customer who has bought", "spokeswoman"),
            ("dozens of times", "Louise Fennelly"),
            ("You read every label, every", "Louise Fennelly"),
            ("When the label says one", "Louise Fennelly"),
            ("every parent’s worst nightmare", "Conor Whelan"),
            ("Around one in 50 children", "Conor Whelan"),
        ],
    ),
]
