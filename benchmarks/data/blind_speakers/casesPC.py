CASES = [
    (
        """Local Government Minister resigns over undeclared council land deal

Local Government Minister Grant Pahulu has resigned from Cabinet after failing to declare a family trust's interest in land being rezoned by the Ruawhenua District Council.

Prime Minister Helen Marsters announced the resignation at her weekly post-Cabinet press conference in Wellington this afternoon.

"Mr Pahulu has done the right thing," Marsters said. "Ministers are held to a high standard, and when they fall short of it they need to take responsibility."

She said she had been told of the trust's interest late on Friday and had asked the Cabinet Office to look into the matter over the weekend.

Pahulu, who has held the portfolio since 2023, said in a statement he had made "an honest mistake" in his annual return to the Registrar of Pecuniary Interests.

"I should have declared the trust's interest, and I did not. I apologise to the Prime Minister, to my colleagues and to the people of Ruawhenua," the statement said.

"I will remain the MP for Ruawhenua and I look forward to continuing to serve my constituents."

The land, a 40-hectare block on the outskirts of Ōkahu Flat, was included in a proposed plan change that would allow residential subdivision. Council documents seen by RNZ show the trust stands to benefit if the change goes ahead.

Opposition local government spokesperson Teina Ruatapu said the resignation raised questions about how long the Prime Minister had known.

"This isn't a paperwork error. This is a minister responsible for councils sitting on land that a council was about to rezone," Ruatapu told RNZ. "The public deserve to know who knew what and when."

Ruawhenua mayor Jocelyn Fenwick said the council had followed its own processes and would co-operate with any inquiry.

"Our staff had no knowledge of the minister's connection to that land," she said.

The plan change is due to go before independent hearing commissioners in September. Fenwick said the council would seek legal advice on whether the timetable needed to change.

Marsters said Associate Minister Rawiri Kerehoma would take over the portfolio in the interim. Asked whether a permanent appointment would be made before the Budget, she said: "We'll make that call in due course."

The Registrar's office said it did not comment on individual members' returns.""",
        [
            ("Mr Pahulu has done the", "Helen Marsters"),
            ("Ministers are held to a", "Helen Marsters"),
            ("an honest mistake", "Grant Pahulu"),
            ("I should have declared the", "Grant Pahulu"),
            ("I will remain the MP", "Grant Pahulu"),
            ("This isn't a paperwork error.", "Teina Ruatapu"),
            ("The public deserve to know", "Teina Ruatapu"),
            ("Our staff had no knowledge", "Jocelyn Fenwick"),
            ("We'll make that call in", "Helen Marsters"),
        ],
    ),
    (
        """Budget removes VAT on basic food items

By SALOTE NAIVALU

THE Government will remove value added tax on 22 basic food items from August 1, Deputy Prime Minister and Minister for Finance Josaia Vakaloloma announced in Parliament yesterday.

Delivering the 2025-2026 National Budget, Mr Vakaloloma said the measure was aimed at easing pressure on households that had struggled with rising prices for rice, flour, tinned fish and cooking oil.

"Every Fijian family has felt the cost of living bite over the past two years," he said.

"This Budget puts money back in their pockets, and it does so without abandoning our commitment to fiscal responsibility."

The Budget projects total revenue of $3.9 billion and expenditure of $4.4b, with a deficit of 3.8 per cent of gross domestic product.

Mr Vakaloloma said government debt would fall to 78 per cent of GDP by the end of the financial year, down from 81 per cent.

Civil servants will receive a 3 per cent cost of living adjustment from January, while the social pension will increase by $15 a month.

Opposition Leader Mere Tuilevuka described the Budget as "a collection of promises without a plan".

"The Minister talks about easing the burden, but he has raised fees at every government counter from the passport office to the land registry," she said.

"Ordinary people in Korovatu and Waidamu will not see the benefit of this."

Fiji Business and Employers Council chief executive Pravin Sharma welcomed the tax changes but said businesses needed clarity on how they would be implemented.

"We need the Fiji Revenue Authority to issue guidance quickly so that retailers can update their systems before August," Mr Sharma said.

He said smaller shops in rural areas, many of which still kept handwritten records, would need extra help to comply.

The Budget also allocates $48 million to the Ministry of Local Government for the upgrade of municipal markets in Korovatu, Naqelewai and Waidamu.

Minister for Local Government Viliame Rokobulu said the funding was "long overdue".

Parliament will begin debating the Budget on Monday.""",
        [
            ("Every Fijian family has felt", "Josaia Vakaloloma"),
            ("This Budget puts money back", "Josaia Vakaloloma"),
            ("a collection of promises without", "Mere Tuilevuka"),
            ("The Minister talks about easing", "Mere Tuilevuka"),
            ("Ordinary people in Korovatu and", "Mere Tuilevuka"),
            ("We need the Fiji Revenue", "Pravin Sharma"),
            ("long overdue", "Viliame Rokobulu"),
        ],
    ),
    (
        """Karewa ratepayers face 14.2% rates rise as council signs off annual plan

Kirsty Hollings
05:00, Jun 27 2025

Karewa District Council has voted to raise rates by an average of 14.2% after a nine-hour meeting that ended close to midnight on Thursday.

The increase, the largest in the council’s history, was passed eight votes to three. Councillors blamed rising insurance premiums, interest costs and the need to replace ageing water pipes in Pōtiki Bay.

Mayor Dianne Whakaari said no councillor had wanted to vote for a double-digit rise.

“Nobody around this table enjoys doing this. But we’ve inherited pipes that are 80 years old and a government that has made it clear the money isn’t coming from Wellington,” she said.

“If we defer this work again, it will cost our grandchildren twice as much.”

Councillor Mark Tiller, who voted against the plan, said the council had failed to find savings in its own operations.

“We’ve asked residents to tighten their belts while the council’s own staff numbers have gone up 11% in three years,” Tiller said. “That doesn’t sit right with people.”

The council received 1340 submissions on the draft plan, most of them opposed to the proposed increase. One submitter, a retired dairy farmer from Ruawai Rd, told councillors at a hearing in May that he would have to sell his home if rates kept climbing.

A council report noted that the average residential ratepayer would pay an additional $412 a year. Owners of rural properties would face larger increases because of a change to the way roading costs are shared.

Karewa Farmers’ Collective chair Lisa Gunn said rural ratepayers had been “hit from every direction”.

“Farmers are already dealing with low returns and high interest rates. Loading roading costs on to them is the last thing they needed,” she said.

Chief executive Paul Marangai said the council would look for further savings before next year’s long-term plan.

According to Marangai, staff would review every council-owned building, including the Pōtiki Bay community hall and two rural libraries, to see whether they were still “meeting the community’s needs”.

The council also agreed to set up a hardship fund of $150,000 for ratepayers who could show they were unable to pay.

The higher rates will appear on the first instalment notices, due to be posted in August.""",
        [
            ("Nobody around this table enjoys", "Dianne Whakaari"),
            ("If we defer this work", "Dianne Whakaari"),
            ("We’ve asked residents to tighten", "Mark Tiller"),
            ("That doesn’t sit right with", "Mark Tiller"),
            ("hit from every direction", "Lisa Gunn"),
            ("Farmers are already dealing with", "Lisa Gunn"),
            ("meeting the community’s needs", "Paul Marangai"),
        ],
    ),
    (
        """Rokovuna steps down as Housing Minister

Semi Rokovuna has resigned as Minister for Housing after the Fiji Integrity Commission confirmed it has received a complaint relating to the awarding of a $2.3 million drainage contract in the Wailea settlement.

Prime Minister Isikeli Naulu confirmed this afternoon that he has accepted the resignation.

Naulu says Rokovuna informed him of his decision at a meeting this morning.

He says the resignation was "the honourable course of action" and that the Government will not interfere in the Commission's work.

"I have always said that no one in this Government is above the law. The Commission must be allowed to do its job without fear or favour."

Rokovuna says in a statement that he denies any wrongdoing and will co-operate fully with investigators.

"I am confident that when the facts are known, my name will be cleared. I have stepped aside so that this matter does not become a distraction for the Government," the statement says.

The contract was awarded in February to a Nadi-based company whose director is understood to be a relative of a senior official in the Housing Ministry.

The Fiji Integrity Commission says it cannot comment on the details of any complaint.

A Commission spokesperson says investigators will "follow the evidence wherever it leads".

Opposition Whip Litia Qaranivalu says the Prime Minister must explain why Rokovuna was allowed to remain in Cabinet for three weeks after concerns were first raised in Parliament.

"We asked questions about this contract on the floor of the House in May and the answers we got were not good enough," Qaranivalu says.

She says the Opposition will move for the Public Accounts Committee to examine all contracts awarded by the Housing Ministry in the past two years.

Residents of Wailea settlement have been waiting for drainage works since 2019.

Settlement committee chair Akanisi Tora says families are tired of politics.

"Every time it rains, the water comes into our houses. We don't care who the Minister is, we just want the drains fixed."

Tora says more than 60 households were flooded during heavy rain in March.

Naulu says he will hold the Housing portfolio himself until a new appointment is made.""",
        [
            ("the honourable course of action", "Isikeli Naulu"),
            ("I have always said that", "Isikeli Naulu"),
            ("I am confident that when", "Semi Rokovuna"),
            ("follow the evidence wherever it", "spokesperson"),
            ("We asked questions about this", "Litia Qaranivalu"),
            ("Every time it rains, the", "Akanisi Tora"),
        ],
    ),
    (
        """THE LOBBY

Aldous Budget: tight, and the backbench knows it

By Ross McIlroy

Finance Minister Catherine Aldous yesterday gave the clearest signal yet that next month's Budget will contain almost no new spending, telling a business audience in Wellington that the Government "simply cannot borrow our way to prosperity".

Her speech to the Capital Business Forum was peppered with references to Treasury's latest fiscal update, which shows the return to surplus slipping another year to 2028/29.

"I'm not going to stand here and pretend there is money lying around in Wellington," she said. "There isn't. Every dollar we spend in this Budget will have to be found from somewhere else."

That message is landing awkwardly with some on the Government backbench, several of whom hold marginal provincial seats and have spent the last year talking up new roads, school buildings and a regional hospital upgrade.

One backbench MP, speaking on condition of anonymity, told The Lobby the mood in caucus was "the worst it's been since the election".

"People were told there would be something for the regions in this Budget. Now we're hearing it's all cuts and no announcements. That's a hard sell on the doorstep."

Another senior Government source said the Finance Minister had the "full backing" of the Prime Minister and that grumbling was normal in the run-up to any Budget.

Prime Minister Helen Marsters, asked at her post-Cabinet press conference whether she had confidence in Aldous, said: "Absolutely. Catherine is doing a difficult job extremely well."

The Opposition has seized on the reports. Its finance spokesperson, Dev Raghunathan, said the Government was "at war with itself".

"You've got a Finance Minister saying there's no money and a backbench that's been out promising the earth. They can't both be right," he said.

Treasury itself, in its Budget Policy Statement, warned that "the fiscal position remains vulnerable to further economic shocks" and that operating allowances would need to be "held tightly" for several years.

What does that mean in practice? The Lobby understands the operating allowance for new spending will be close to $1.3 billion, with most of it already committed to health cost pressures and the teachers' pay settlement. That leaves very little for the kind of regional announcements backbenchers were hoping to take home.

Cabinet is expected to sign off the final Budget package on Monday.""",
        [
            ("simply cannot borrow our way", "Catherine Aldous"),
            ("I'm not going to stand", "Catherine Aldous"),
            ("There isn't. Every dollar we", "Catherine Aldous"),
            ("the worst it's been since", "backbench MP"),
            ("People were told there would", "backbench MP"),
            ("full backing", "senior Government source"),
            ("Absolutely. Catherine is doing a", "Helen Marsters"),
            ("at war with itself", "Dev Raghunathan"),
            ("You've got a Finance Minister", "Dev Raghunathan"),
            ("the fiscal position remains vulnerable", "Treasury"),
            ("held tightly", "Treasury"),
        ],
    ),
    (
        """Municipal elections a step closer, says Minister

By ANA RAVULO

SUVA – Fiji’s municipal councils could hold elections for the first time in almost two decades before the end of next year, Minister for Local Government Viliame Rokobulu says.

Mr Rokobulu tabled the Local Government (Amendment) Bill 2025 in Parliament on Tuesday. The Bill sets out ward boundaries, the number of councillors for each municipality and the qualifications for candidates.

“Our people have waited long enough to choose who runs their towns and cities,” Mr Rokobulu told Parliament.

“Town councils decide where our markets go, how our rubbish is collected and how our rates are spent. Those decisions should be made by people who answer to ratepayers.”

Under the Bill, the capital’s city council would have 20 councillors elected from five wards, while smaller towns such as Tavuloa and Nakorovou would have six.

The Bill also proposes a four-year term and a cap on campaign spending.

Since the councils were dissolved, they have been run by special administrators appointed by the Minister. Ratepayers have long complained that the administrators are not accountable to them.

Western Ratepayers Association president Shiu Narayan welcomed the Bill but questioned the timeline.

“We have heard this promise before, from more than one government,” Mr Narayan said. “We will believe it when we see ballot papers.”

He said the association would make a submission to the parliamentary standing committee calling for elections to be held “no later than June next year”.

A senior official in the Ministry, who asked not to be named because he was not authorised to speak to the media, said preparing a new electoral roll for municipal voters would take at least nine months.

“The ward boundaries are the easy part. Getting an accurate roll of ratepayers and residents is what takes time,” the official said.

Opposition MP Peni Drauna said the Opposition would support the Bill in principle.

“This should not be a partisan issue. Every Fijian who pays rates deserves a say,” he said.

However, Mr Drauna said the Opposition would seek changes to allow tenants, and not only property owners, to vote in council elections.

The Bill has been referred to the Standing Committee on Social Affairs, which is expected to report back within three months.""",
        [
            ("Our people have waited long", "Viliame Rokobulu"),
            ("Town councils decide where our", "Viliame Rokobulu"),
            ("We have heard this promise", "Shiu Narayan"),
            ("We will believe it when", "Shiu Narayan"),
            ("no later than June next", "Shiu Narayan"),
            ("The ward boundaries are the", "senior official in the Ministry"),
            ("This should not be a", "Peni Drauna"),
        ],
    ),
    (
        """'I've lost the trust of the table': Tāwhiri mayor quits after code of conduct finding

By Anna Leggett

Tāwhiri Mayor Brent Cossey has resigned with immediate effect, days after an independent investigator found he breached the council's code of conduct by publicly criticising staff.

Cossey, a former radio host elected in 2022, told a hastily called council meeting on Monday morning that he could no longer do the job.

"I've lost the trust of the table, and without that trust a mayor can't lead," he said. "I'm not going to drag this council through another six months of infighting."

The investigation, carried out by Wellington barrister Sarah Quaid, found Cossey had made "disparaging and inaccurate" comments about the council's roading team on Facebook and in a radio interview in March.

Her report said the comments had caused "significant distress" to staff and recommended that he be censured and removed from the council's infrastructure committee.

Deputy Mayor Hemi Parata will act as mayor until a by-election is held, likely in August.

Parata said the council had been through "a bruising few months".

"Brent brought energy to this role and he had genuine support in the community. But the way the last few months have played out has not been good for anyone," Parata said.

Council chief executive Mereana Tawhai said in a statement that staff welfare had been the council's priority throughout.

"Our people come to work to serve this community. They deserve to be able to do that without being singled out in public," the statement said.

The by-election will cost ratepayers an estimated $180,000.

Colin Drummond, of the Tāwhiri Ratepayers' Alliance, said the cost was "a kick in the teeth".

"Residents voted for a mayor to serve three years. Now they're paying for a by-election because the people around that table couldn't get along," Drummond said.

Local Government Minister Rawiri Kerehoma said he had been briefed on the resignation but it was a matter for the council.

Cossey said he had no plans to stand again. Asked what he would do next, he told reporters: "Sleep, mostly.\"""",
        [
            ("I've lost the trust of", "Brent Cossey"),
            ("I've lost the trust of", "Brent Cossey"),
            ("I'm not going to drag", "Brent Cossey"),
            ("disparaging and inaccurate", "Sarah Quaid"),
            ("significant distress", "Sarah Quaid"),
            ("a bruising few months", "Hemi Parata"),
            ("Brent brought energy to this", "Hemi Parata"),
            ("Our people come to work", "Mereana Tawhai"),
            ("a kick in the teeth", "Colin Drummond"),
            ("Residents voted for a mayor", "Colin Drummond"),
            ("Sleep, mostly.", "Brent Cossey"),
        ],
    ),
    (
        """Opposition MP suspended for remainder of Budget sitting

Opposition MP Ilaitia Bulavou has been suspended from Parliament for the rest of the Budget sitting after refusing to withdraw comments about the Minister for Finance.

During debate on the Appropriation Bill yesterday, Bulavou accused Finance Minister Josaia Vakaloloma of "cooking the books" to hide the true size of the deficit.

The Speaker asked him twice to withdraw the remark.

"Honourable Member, you have made an allegation of dishonesty against another Member. I ask you to withdraw it," Speaker Naomi Tabuakoro said.

Bulavou refused, telling the House: "I will not withdraw the truth, Madam Speaker."

Tabuakoro then named him, and the House voted 29 to 21 to suspend him for the remainder of the sitting.

Speaking to reporters outside the parliamentary complex, Bulavou said he stood by his comments.

"The figures in this Budget don't add up, and when you point that out in this House you get thrown out," he said.

He said he would write to the Speaker asking her to review the decision.

Leader of the Government in Parliament Apakuki Veisamasama said the Opposition was trying to distract from the Budget's measures for families.

"The Honourable Member knows the Standing Orders. He chose to break them to get himself on the evening news," Veisamasama said.

Vakaloloma, in his right of reply, rejected the claim. He told Parliament the Budget figures had been audited and were published in full in the Budget Supplement.

"Every number in this Budget is there for anyone to see. There are no hidden accounts, there are no tricks," he said.

The National Progress Party said in a statement the suspension was "an attack on the right of Members to hold the Government to account".

It is the third time in two years that an Opposition member has been suspended during a Budget debate.

Political commentator Mosese Waqa said the trend was concerning.

"It's not a good look for any Parliament when the Opposition benches are emptier than they should be during the most important debate of the year," Waqa said.

Debate on the Appropriation Bill continues today.""",
        [
            ("cooking the books", "Ilaitia Bulavou"),
            ("Honourable Member, you have made", "Naomi Tabuakoro"),
            ("I will not withdraw the", "Ilaitia Bulavou"),
            ("The figures in this Budget", "Ilaitia Bulavou"),
            ("The Honourable Member knows the", "Apakuki Veisamasama"),
            ("Every number in this Budget", "Josaia Vakaloloma"),
            ("an attack on the right", "National Progress Party"),
            ("It's not a good look", "Mosese Waqa"),
        ],
    ),
]
