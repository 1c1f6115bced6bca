CASES = [
    (
        """Villagers brace for move as sea claims Nakorovou shoreline

By LITIA NAIVALU

NAKOROVOU villagers in Tailevu say they are running out of time as king tides push seawater further into their homes and gardens each year.

The village of about 240 people is one of 42 communities identified by Government for possible relocation under the national climate displacement guidelines.

Village headman Jone Rokotuiloma, 61, said the elders had agreed in principle to move to higher ground about two kilometres inland.

"It is not an easy decision. Our fathers are buried here, our church is here," Mr Rokotuiloma said.

"But when the tide comes in now it reaches the steps of the church. The children cannot sleep on the floor anymore because the water comes through."

He said the community had lost most of its dalo and cassava plantations near the shore to saltwater in the past five years.

The Ministry of Rural and Maritime Development and Climate Resilience said in a statement that a technical team would visit Nakorovou next month to assess the proposed site.

"Relocation is always the last option and is only considered after full consultation with the vanua and the landowning units," the statement said.

Ministry permanent secretary Dr Salote Vakaloloma told The Fiji Times the cost of moving a village of Nakorovou's size could exceed $4 million.

"We are relying heavily on our development partners because the national budget alone cannot carry this," she said.

Dr Vakaloloma said the ministry had completed three relocations so far and had learned "some hard lessons about water supply and access to schools" from them.

Women's group leader Mereani Tuilau said women in the village were worried about losing easy access to the reef, which provides most of the protein families eat each day.

"If we move inland, the walk to the sea will be long. Who will watch the children while we are out fishing?" Mrs Tuilau asked.

Tailevu provincial administrator Isikeli Waqa said the provincial council supported the move but wanted a guarantee that the villagers would keep their traditional fishing grounds, or i qoliqoli.

"The qoliqoli belongs to the people. Moving the houses does not change that and we want it written down," he said.

Mr Waqa said the council would also ask Government to help the village move its church and the graves of its chiefs.

Construction of the new site is expected to begin next year if funding is secured.""",
        [
            ("It is not an easy", "Jone Rokotuiloma"),
            ("But when the tide comes", "Jone Rokotuiloma"),
            ("Relocation is always the last", "Ministry of Rural and Maritime Development and Climate Resilience"),
            ("We are relying heavily on", "Salote Vakaloloma"),
            ("some hard lessons about water", "Salote Vakaloloma"),
            ("If we move inland, the", "Mereani Tuilau"),
            ("The qoliqoli belongs to the", "Isikeli Waqa"),
        ],
    ),
    (
        """Longline operators say tuna catch at record low

By Faleolo Tautua

Local longline fishing operators are calling on the Government to cut licence fees after what they describe as the worst albacore season in more than a decade.

The Samoa Tuna Boat Owners Association says its 19 active vessels landed just over 1,100 tonnes of albacore in the last financial year, down from 2,600 tonnes three years earlier.

Association president, Tuala Pemerika Leiataua, told the Samoa Observer that some boats had not left the Apia wharf since March because owners could not afford fuel.

"We go out for two weeks and we come back with half a hold. You cannot pay the crew with half a hold," he said.

"Our members are not asking for a handout. We are asking the Government to look at the fees, because the fees were set when the fish were plentiful."

Tuala said the Association wrote to the Minister of Agriculture and Fisheries, Leota Fuimaono Tavita, in June but had not received a reply.

When contacted by the Samoa Observer on Wednesday, Leota said the Ministry was aware of the operators' concerns.

"The decline is not just a Samoa problem. Our neighbours in Tonga and Fiji are seeing the same thing with albacore," the Minister said.

He said a review of the licence fee structure was "already under way" and would be completed before the end of the year.

A senior officer in the Ministry's fisheries division, who asked not to be named as he was not authorised to speak to the media, said warmer ocean temperatures had pushed albacore further south and deeper.

"The fish are still there, but they are deeper and further away. Our boats are small, they were not built to chase fish that far," the officer said.

The Western Pacific Fisheries Science Unit, a regional scientific body, said in its latest assessment that the South Pacific albacore stock was not overfished but that catch rates for small domestic fleets had fallen sharply.

"Economic conditions for domestic longline fleets remain poor and are expected to worsen under current climate projections," the report said.

Crew member Ioane Faleafa, 34, from Aufagatai, said he had earned less than $400 tala in the past two months.

"I have four children. Some weeks I go to my uncle's plantation just to bring food home," he said.

"The boat owners are suffering, but the crew are suffering more."

The Association will meet with Ministry officials next week.""",
        [
            ("We go out for two", "Tuala Pemerika Leiataua"),
            ("Our members are not asking", "Tuala Pemerika Leiataua"),
            ("The decline is not just", "Leota Fuimaono Tavita"),
            ("already under way", "Leota Fuimaono Tavita"),
            ("The fish are still there,", "senior officer in the Ministry's fisheries division"),
            ("Economic conditions for domestic longline", "Western Pacific Fisheries Science Unit"),
            ("I have four children.", "Ioane Faleafa"),
            ("The boat owners are suffering,", "Ioane Faleafa"),
        ],
    ),
    (
        """Ha'apai MPs question slow pace of cyclone rebuild

Nuku'alofa, Tonga

Members of Parliament for Ha'apai have criticised the slow rebuilding of homes destroyed by Tropical Cyclone Heilala, saying dozens of families in the outer islands are still living in tents 14 months after the storm.

During debate on the Supplementary Budget in the Legislative Assembly on Tuesday, 12 August, the People's Representative for Ha'apai 12, Sione Havili Tu'ipulotu, said the government had failed the people of the smaller islands.

"There are still 37 families on Motuhola island alone sleeping under tarpaulins. Some of them are elderly people," he told the House.

"The money was approved in the last budget. The houses were promised by the Prime Minister himself. Where are the houses?"

The Minister for Infrastructure and Disaster Recovery, Hon. Tevita Lavemai Kaufusi, told the House that 112 of the 160 houses planned under the recovery programme had been completed.

He said the remaining houses would be finished "before the next cyclone season starts in November" and blamed the delays on shipping problems and a shortage of qualified builders in Ha'apai.

"We cannot send one builder to build ten houses. The contractors are bringing workers from Tongatapu and that takes time and money," Hon. Kaufusi said.

He added that the inter-island ferry had been out of service for six weeks in June and July, holding up the delivery of timber and roofing iron.

According to figures presented to the House by the Ministry of Finance, TOP$14.6 million had been allocated to the housing programme, with TOP$9.8 million spent by the end of June.

Hon. Tu'ipulotu questioned why the cost per house had risen from TOP$58,000 to more than TOP$80,000 since the programme began.

The Prime Minister's Office later issued a statement saying the government remained committed to the programme.

"Every family that lost a home in Cyclone Heilala will have a safe, cyclone-resistant house. Government will not leave anyone behind," the statement said.

Speaking to Matangi Tonga by phone from Motuhola, resident Lesieli Fonua, 58, said she had been living in a tent with her husband and three grandchildren since March last year.

"We are grateful for the tent, but when it rains heavily the water comes in underneath. The children are always coughing," she said.

"We hear on the radio that the houses are coming. We are still waiting."

The Supplementary Budget debate continues this week.""",
        [
            ("There are still 37 families", "Sione Havili Tu'ipulotu"),
            ("The money was approved in", "Sione Havili Tu'ipulotu"),
            ("before the next cyclone season", "Tevita Lavemai Kaufusi"),
            ("We cannot send one builder", "Tevita Lavemai Kaufusi"),
            ("Every family that lost a", "Prime Minister's Office"),
            ("We are grateful for the", "Lesieli Fonua"),
            ("We hear on the radio", "Lesieli Fonua"),
        ],
    ),
    (
        """Governor defends beche-de-mer ban

By KILA GUMAR

MILNE Bay Governor Peter Dabuma has defended the provincial government's decision to close the beche-de-mer fishery for three years, saying stocks around the Kiriwala Islands have been "fished almost to nothing".

Mr Dabuma told reporters in Alotau yesterday that the ban, which takes effect on January 1, was based on a survey carried out by the Marine Resources Authority earlier this year.

"I know this is painful for our people. For many families in the islands, sea cucumber is the only cash they have to pay school fees," he said.

"But if we do not stop now, there will be nothing left for our children. We saw this happen before in 2009 and we cannot repeat it."

The authority's survey found that densities of high-value species such as sandfish and black teatfish had dropped by more than 80 per cent since the last assessment in 2017.

MRA managing director Dr Gabriel Kora said the authority fully supported the closure.

"The data is very clear. The stocks need time to recover, and three years is the minimum we would recommend," Dr Kora said in a statement.

He said warmer sea temperatures and coral bleaching around the islands in recent years had added to the pressure on sea cucumber populations.

But Kiriwala-Tubetube local-level government president Michael Tauwaga said his people had not been consulted.

"Nobody from the provincial government came to our islands to talk to us. We heard about this ban on the radio," Mr Tauwaga said.

He said the provincial government must provide alternative sources of income such as seaweed farming or support for copra, "otherwise the young men will go out at night and fish anyway".

A fish buyer in Alotau, who did not want to be named, said exporters had already stopped buying from the islands.

"The Asian buyers know the ban is coming. Prices dropped last month and some of us have closed our shops," the buyer said.

Provincial police commander Superintendent Jacob Yambe said police would support fisheries officers in enforcing the ban.

"We will be patrolling with the fisheries people. Anyone found with dried beche-de-mer after January 1 will be charged," Supt Yambe said.

Mr Dabuma said the provincial government would set aside K2 million in next year's budget for livelihood projects in the affected islands.

He said the first projects would start in the Kiriwala group in February.""",
        [
            ("fished almost to nothing", "Peter Dabuma"),
            ("I know this is painful", "Peter Dabuma"),
            ("But if we do not", "Peter Dabuma"),
            ("The data is very clear.", "Gabriel Kora"),
            ("Nobody from the provincial government", "Michael Tauwaga"),
            ("otherwise the young men will", "Michael Tauwaga"),
            ("The Asian buyers know the", "fish buyer in Alotau"),
            ("We will be patrolling with", "Jacob Yambe"),
        ],
    ),
    (
        """Pacific ministers say climate finance \u2018too slow, too complicated\u2019

Ministers meeting in Apia say money to help island nations adapt to rising seas is still not reaching the villages that need it.

Lagi Taumoepeau, RNZ Pacific Journalist

Pacific climate ministers meeting in Samoa say the billions of dollars promised to help island nations cope with rising seas are still failing to reach the communities that need them most.

Ministers and officials from 14 countries are in Apia for the three-day Pacific Climate Finance Dialogue, which ends on Thursday.

Fiji\u2019s Minister for Environment and Climate Change, Kalivati Bainivalu, told the opening session that the process of applying for international funds was \u201ctoo slow, too complicated and too expensive\u201d for small island states.

\u201cWe have ministries of five or six people trying to fill in application forms that were designed for countries with hundreds of staff,\u201d he said.

\u201cBy the time the money arrives, the seawall has already collapsed and we are applying again for the next one.\u201d

Mr Bainivalu said Fiji had waited almost four years for approval of a coastal protection project for 11 villages in its Northern Division.

Samoa\u2019s Minister of Natural Resources and Environment, Toleafoa Alapati Lemalu, who is chairing the dialogue, said leaders would push for a simpler system when they meet development partners later this year.

He told reporters: \u201cThe Pacific is not asking for charity. We are asking for the money that has already been pledged, and we are asking for it in a way our small ministries can actually use.\u201d

Papua New Guinea\u2019s delegation is pushing for a regional fund managed from within the Pacific.

Ruth Kewa, a deputy director at PNG\u2019s Office of Climate Resilience, said Pacific governments understood their own risks better than outside consultants did.

\u201cWe know our islands. We should not have to explain to a consultant in Washington what a king tide is,\u201d Ms Kewa said.

The draft outcome document, to be called the \u201cApia Commitment on Climate Finance\u201d, calls on funders to accept national systems for reporting and auditing.

A spokesperson for the Asia-Pacific Resilience Bank, one of the largest funders of adaptation projects in the region, said in an email the bank was working to reduce paperwork.

\u201cThe bank recognises the capacity constraints faced by small island developing states and is actively simplifying its procedures,\u201d the spokesperson said.

Young climate campaigners staged a silent protest outside the venue on Tuesday, holding up photographs of eroded coastlines from their home islands.

Mele Havea, a 22-year-old student from Tonga, said young people were tired of hearing the same promises at every meeting.

\u201cEvery year we come, every year they say they hear us. Then we go home and the water is higher,\u201d she said.

The dialogue\u2019s final statement is expected on Thursday afternoon.""",
        [
            ("too slow, too complicated", "Kalivati Bainivalu"),
            ("too slow, too complicated and", "Kalivati Bainivalu"),
            ("We have ministries of five", "Kalivati Bainivalu"),
            ("By the time the money", "Kalivati Bainivalu"),
            ("The Pacific is not asking", "Toleafoa Alapati Lemalu"),
            ("We know our islands.", "Ruth Kewa"),
            ("The bank recognises the capacity", "spokesperson"),
            ("Every year we come, every", "Mele Havea"),
        ],
    ),
    (
        """MP wants answers on tuna money

By JOHN KAUPA

OPPOSITION MP for Wewak Coastal, Walter Ningi, has called on the Government to explain why maritime provinces have not received their share of tuna licence revenue for two years.

Mr Ningi told Parliament yesterday that under an arrangement agreed in 2019, maritime provinces were meant to receive 10 per cent of the access fees paid by foreign fishing vessels operating in their waters.

"Not a single toea has come to East Sepik since 2022. Not one," Mr Ningi said.

"Our people see the big purse seiners from the windows of their houses. They see the lights at night. But they see nothing of the money."

According to Mr Ningi, the 14 maritime provinces were owed "at least K28 million" between them.

He asked whether the funds had been diverted to cover other government spending.

Fisheries and Marine Resources Minister Kennedy Waiyu rejected the claim, saying the payments had been "held up by an audit" of the revenue-sharing arrangement.

He said the money would be released "in the first quarter of next year" once the audit was finalised.

"There is no money missing. Every kina is accounted for at the Treasury and the provinces will receive what they are owed," Mr Waiyu said.

He said the audit had found problems with how some provinces had acquitted earlier payments, and that the Government wanted to make sure future payments were spent on fisheries development.

Sepik Ocean Fishing Ltd, one of the locally based purse seine operators named during the debate, issued a statement yesterday afternoon saying it had paid all its licence fees on time.

"We have met every obligation under our licence and we welcome any independent audit of the revenue arrangements," the company said.

The company said it employed more than 400 people at its base in Wewak.

A senior provincial fisheries officer in Wewak, who spoke on condition of anonymity, said the delay had left the provincial fisheries division unable to carry out its work.

"We have had to stop our boat patrols because there is no fuel money. The illegal fishers know this," the officer said.

The officer said coastal communities had reported foreign-flagged longliners fishing close to reefs inside provincial waters in recent months.

Mr Ningi said he would write to the Auditor-General and the Public Accounts Committee.

"If the Government has nothing to hide, let them table the audit report in this House," he said.""",
        [
            ("Not a single toea has", "Walter Ningi"),
            ("Our people see the big", "Walter Ningi"),
            ("at least K28 million", "Walter Ningi"),
            ("held up by an audit", "Kennedy Waiyu"),
            ("in the first quarter of", "Kennedy Waiyu"),
            ("There is no money missing.", "Kennedy Waiyu"),
            ("We have met every obligation", "Sepik Ocean Fishing Ltd"),
            ("We have had to stop", "senior provincial fisheries officer in Wewak"),
            ("If the Government has nothing", "Walter Ningi"),
        ],
    ),
    (
        """Cold room a game changer for Korotolu fishers

By MAKERETA LEWA

Women fishers in Korotolu Bay, Ra, will no longer have to throw away their unsold catch following the opening of a $380,000 solar-powered cold storage facility yesterday.

The facility was funded through a partnership between the Ministry of Fisheries and the Blue Pacific Livelihoods Programme under its \u201cFish for Tomorrow\u201d initiative.

Minister for Fisheries Semi Tuivanua, who officially opened the facility, said it would change the way the community did business.

He said: \u201cThis cold room means our mothers and sisters can keep their fish for up to a week and sell when the price is right.

\u201cFor too long our fishers have been at the mercy of middlemen who come with their trucks and name their own price.\u201d

Mr Tuivanua said the Government planned to build six similar facilities in the Northern and Eastern divisions by 2026.

He also urged fishers to respect the ministry\u2019s new minimum size limits for reef fish, which came into effect in July.

\u201cOur reefs are under pressure from warming seas and from overfishing. We must give the young fish a chance to grow,\u201d he said.

Korotolu Women Fishers Association president Akanisi Dranivesi said the group had lobbied for a cold room for eight years.

\u201cWe used to sell our fish at half price in the afternoon because we knew it would spoil,\u201d she said.

\u201cSome days we just gave it away to the neighbours.\u201d

Ms Dranivesi said the cold room would also make it easier for the women to follow the size limits \u201cbecause we will not be rushing to sell everything on the same day\u201d.

Background

The Blue Pacific Livelihoods Programme is funded by development partners and works with coastal communities in Fiji, Samoa and Vanuatu.

Country coordinator Rosalind Kerr said the programme had chosen Korotolu because of the strength of the women\u2019s association.

\u201cThe women here did the hard work themselves. They kept records, they organised their meetings, they raised their own contribution of $12,000,\u201d Ms Kerr said.

The association will manage the facility and charge members a small fee to cover maintenance and electricity for the backup generator.

Edited by Losana Vuki""",
        [
            ("This cold room means our", "Semi Tuivanua"),
            ("For too long our fishers", "Semi Tuivanua"),
            ("Our reefs are under pressure", "Semi Tuivanua"),
            ("We used to sell our", "Akanisi Dranivesi"),
            ("Some days we just gave", "Akanisi Dranivesi"),
            ("because we will not be", "Akanisi Dranivesi"),
            ("The women here did the", "Rosalind Kerr"),
        ],
    ),
    (
        """Tonga\u2019s seabed mining plan sparks protest from churches and fishers

By Pacific affairs reporter Hannah Whitford

In short:

Hundreds of people have marched in Nuku\u2019alofa against the Tongan government\u2019s plan to sponsor a company exploring for minerals on the sea floor.

Church leaders and fishers say the project puts the ocean at risk, while the government says it is only at the exploration stage.

What\u2019s next?

Parliament is expected to debate the sponsorship agreement next month.

Hundreds of people have marched through Tonga\u2019s capital to protest against the government\u2019s plan to sponsor a deep-sea mining company exploring for metals in the Pacific Ocean.

The march on Friday was led by the Tonga Ecumenical Fellowship and the Tongatapu Fishers Network, and ended outside the Prime Minister\u2019s Office.

Reverend Siosaia Vaipulu, the fellowship\u2019s general secretary, said the ocean was \u201ca gift from God, not a quarry\u201d.

\u201cWe have been told that this will make Tonga rich. We have heard that before about many things,\u201d he told the ABC.

\u201cOur fishermen will carry the risk, and somebody else will carry the money.\u201d

The government is preparing to sponsor Meridian Nodule Resources, a company registered in Tonga but majority owned by overseas investors, to explore an area of seabed east of the Tonga Trench for polymetallic nodules.

In a statement, the Ministry of Lands and Natural Resources said the agreement contained \u201cthe strictest environmental safeguards of any sponsorship in the region\u201d.

Minister for Lands and Natural Resources Viliami Fakatava told local broadcaster Radio Fonua no mining would take place without a full environmental impact assessment.

He said: \u201cWe are at the exploration stage only. Nobody is digging anything. If the science says it is not safe, it will not go ahead.\u201d

Ana Vailea, who chairs the Tongatapu Fishers Network, said fishers had not been properly consulted.

\u201cOur fish don\u2019t know where the mining boundary is. The tuna swim through all of it,\u201d she said.

A spokeswoman for Meridian Nodule Resources said the company had \u201cengaged extensively and in good faith\u201d with Tongan communities.

\u201cWe have held more than 30 consultations across Tongatapu, Ha\u2019apai and Vava\u2019u, and we will keep listening,\u201d the spokeswoman said.

The company said it expected to complete its first research voyage by the middle of next year.

Tonga\u2019s move has caused unease among some of its neighbours, several of which have called for a moratorium on deep-sea mining.

A Pacific diplomat based in Suva, who asked not to be named because they were not authorised to speak publicly, said the issue was likely to come up at the next leaders\u2019 meeting.

\u201cTonga is going out on its own here, and some of its neighbours are not happy about it,\u201d the diplomat said.

Mr Fakatava said Tonga respected the views of other countries but had \u201cevery right to decide what happens in our own waters\u201d.

Reverend Vaipulu said the churches would keep holding prayer vigils until Parliament voted on the agreement.""",
        [
            ("a gift from God, not", "Siosaia Vaipulu"),
            ("We have been told that", "Siosaia Vaipulu"),
            ("Our fishermen will carry the", "Siosaia Vaipulu"),
            ("the strictest environmental safeguards of", "Ministry of Lands and Natural Resources"),
            ("We are at the exploration", "Viliami Fakatava"),
            ("Our fish don\u2019t know where", "Ana Vailea"),
            ("engaged extensively and in good", "spokeswoman"),
            ("We have held more than", "spokeswoman"),
            ("Tonga is going out on", "Pacific diplomat based in Suva"),
            ("every right to decide what", "Viliami Fakatava"),
        ],
    ),
]
