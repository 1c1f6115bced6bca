CASES = [
    (
        """Ruapeka council votes for 14 percent rates rise to fund water upgrades

Ruapeka District Council has voted to lift rates by an average of 14.2 percent, with the mayor saying there was “no painless option left on the table”.

The decision, made at an extraordinary meeting on Wednesday, follows months of consultation on the council's long-term plan, which drew more than 2300 submissions.

Mayor Helen Tairoa said the council had spent years deferring investment in pipes and treatment plants.

“We have inherited infrastructure that was built for a town half our size, and some of it is older than my grandparents,” she said.

“Every year we put it off, the bill gets bigger. I'm not prepared to hand that bill to the next generation.”

Councillor Graeme Whitlock, who voted against the increase, said many ratepayers on fixed incomes would struggle.

“Pensioners have been ringing me in tears. They're asking whether they'll have to sell the house they've lived in for 40 years,” he said.

Whitlock said the council should have looked harder at its own operating costs before asking residents to pay more, describing some of the spending in the plan as “nice-to-haves dressed up as essentials”.

The Ruapeka Rural Ratepayers' Association said in its submission that the increase was “out of step with what rural families can realistically absorb”, and urged the council to phase it in over three years.

Council chief executive Mark Oduya-Peters said $3.1 million had already been cut from the operating budget.

“We have gone through the budget line by line. What's left is largely the core work of keeping water safe to drink and wastewater out of our rivers.”

The council's iwi partner, Te Rūnanga o Ngāti Kōwhai, welcomed the investment in wastewater treatment but said it wanted firmer commitments on the health of the Ruapeka River.

Chairperson Aroha Ngāwhika said: “Our people have been raising concerns about that river for decades. We want to see the money spent where it will actually make a difference to the water.”

The new rates take effect from 1 July.""",
        [
            ("no painless option left on", "Helen Tairoa"),
            ("We have inherited infrastructure that", "Helen Tairoa"),
            ("Every year we put it", "Helen Tairoa"),
            ("Pensioners have been ringing me", "Graeme Whitlock"),
            ("nice-to-haves dressed up as essentials", "Graeme Whitlock"),
            ("out of step with what", "Ruapeka Rural Ratepayers' Association"),
            ("We have gone through the", "Mark Oduya-Peters"),
            ("Our people have been raising", "Aroha Ngāwhika"),
        ],
    ),
    (
        """Former church treasurer jailed for stealing $412,000 from Samoan congregation

By Sarah Kemplin

A former church treasurer who siphoned more than $400,000 from a South Auckland Samoan congregation to feed a gambling habit has been jailed for three years and four months.

Lefaga Ioane Pauga, 58, was sentenced in the Manukau District Court yesterday after earlier pleading guilty to 19 charges of theft by a person in a special relationship.

Over six years Pauga transferred money from the church's building fund into his personal accounts, court documents show. Much of it was spent at casinos and on online betting.

Judge Miriama Hollis said the offending was a "gross breach of trust" against people who had given what little they had.

"Many of these parishioners were not wealthy. They gave from their pensions and their wages because they believed in what the money was for," she said.

"You took it, and you lied to them about it for years."

In a victim impact statement read to the court, the church's senior minister, Reverend Faʻafetai Lemalu, said the congregation had been "broken in spirit" by the discovery.

"We had families who had saved for a hall where our children could learn our language and our ways. That dream has been taken from us," the statement said.

Pauga's lawyer, Daniel Frewin, said his client had been battling a gambling addiction for most of his adult life and had since sought treatment.

Mr Frewin said Pauga was "deeply ashamed" and had written a letter of apology to the congregation.

In that letter, parts of which were read to the court, Pauga wrote: "I have no excuse. I betrayed my church, my family and my God."

The Crown sought a starting point of four and a half years. Crown prosecutor Tessa Ngata said there was little prospect of the money being recovered.

"The reality is these victims are unlikely to see more than a fraction of what was taken," Ms Ngata said.

Judge Hollis declined an application for home detention, saying the scale and duration of the offending required a sentence of imprisonment.

She made a reparation order of $25,000, to be paid on his release.""",
        [
            ("gross breach of trust", "Miriama Hollis"),
            ("Many of these parishioners were", "Miriama Hollis"),
            ("You took it, and you", "Miriama Hollis"),
            ("broken in spirit", "Faʻafetai Lemalu"),
            ("We had families who had", "Faʻafetai Lemalu"),
            ("deeply ashamed", "Daniel Frewin"),
            ("I have no excuse.", "Lefaga Ioane Pauga"),
            ("The reality is these victims", "Tessa Ngata"),
        ],
    ),
    (
        """Red warning for Kaiwhero as residents told to be ready to evacuate

Residents of low-lying parts of Kaiwhero are being told to be ready to leave their homes at short notice as a slow-moving low brings up to 250mm of rain to the region.

Forecaster SkyWatch NZ has issued a red heavy rain warning for the Kaiwhero Ranges from 9pm tonight until midday Saturday, saying rainfall rates could reach 40mm an hour at the peak.

Meteorologist Jonah Pereira said the system was “about as wet as they come” for this time of year.

“The concern is it's sitting over the same catchments that flooded in March. The ground is already saturated, so there's very little capacity to absorb what's coming,” he said.

The March event, which locals have since dubbed the “Autumn Deluge”, damaged more than 300 homes in the town.

Moana Coast Civil Defence controller Kiri Dalgety said evacuation centres had been opened at the Kaiwhero Memorial Hall and Te Ahi Kā Marae.

“If you were flooded in March, please don't wait for us to knock on your door. Pack a bag now, have your medication and your pets sorted, and go early if you can,” she said.

She said emergency mobile alerts would be sent if the Kaiwhero River rose above critical levels overnight.

Te Ahi Kā Marae chair Wiremu Haerewa said the marae had beds for about 80 people and enough kai for several days.

“We did this in March and we'll do it again. Nobody gets turned away,” Haerewa said.

Trish Malone, whose house on Riverbank Road was flooded in March, said she had only just moved back in.

“We moved back in three weeks ago. The new carpet isn't even paid off. I honestly don't know if I can go through it again.”

In a statement, Kaiwhero District Council said crews had cleared culverts and drains across the town over the past 48 hours, but some roads were likely to close. It urged people to “avoid all non-essential travel” from Friday evening.

SkyWatch NZ said rain was expected to ease from Saturday afternoon, but rivers could remain high into Sunday.""",
        [
            ("about as wet as they", "Jonah Pereira"),
            ("The concern is it's sitting", "Jonah Pereira"),
            ("If you were flooded in", "Kiri Dalgety"),
            ("We did this in March", "Wiremu Haerewa"),
            ("We moved back in three", "Trish Malone"),
            ("avoid all non-essential travel", "Kaiwhero District Council"),
        ],
    ),
    (
        """Pacific report finds surge in illegal fishing in high seas pockets

SUVA, Fiji - Illegal fishing in the high seas pockets between Pacific nations' waters has risen sharply, according to a regional report calling for more patrol flights over the region's tuna grounds.

The report by the Oceania Fisheries Compliance Agency, titled "Dark Waters: Compliance and Enforcement in the Western and Central Pacific", recorded 47 suspected cases of unlicensed fishing or unreported transhipment in the past 12 months, up from 29 the year before.

It said the increase was "concentrated in areas where aerial and surface patrol coverage is thinnest".

The agency's director-general, Dr Sione Kaufana, told reporters in Suva on Tuesday that Pacific nations were losing tens of millions of dollars a year.

"This is our tuna. It is our food, it is our jobs, it is our future," Dr Kaufana said.

"When a vessel switches off its tracking system and fishes in our waters, it is stealing from every family in the Pacific."

He said the agency would ask partner countries to commit to at least 20 more patrol flights a year.

A spokesperson for the Australian High Commission in Suva said Australia would "carefully consider" the request and remained committed to regional maritime security.

Lusiana Vakacegu, who runs a small longline company in Lautoka, said local operators were being undercut by vessels that did not follow the rules.

"We follow every rule. We pay for our licences, we carry observers, we report every fish. Then you have these boats coming in and taking from the same grounds with nobody watching," she said.

She said some of her crew had stopped believing enforcement would ever improve.

In a statement, the Pacific Small Fishers' Alliance said: "Coastal communities feel the effects first. When the big fish are taken offshore, there is less for the reef and less for the village."

The alliance called for a share of any fines to be returned to coastal communities.

The report will be discussed by Pacific fisheries ministers when they meet in Honiara next month.

Dr Kaufana said he was hopeful of strong support.

"Every minister I have spoken to understands what is at stake," he said.""",
        [
            ("concentrated in areas where aerial", "Oceania Fisheries Compliance Agency"),
            ("This is our tuna.", "Sione Kaufana"),
            ("When a vessel switches off", "Sione Kaufana"),
            ("carefully consider", "spokesperson for the Australian High Commission"),
            ("We follow every rule.", "Lusiana Vakacegu"),
            ("Coastal communities feel the effects", "Pacific Small Fishers' Alliance"),
            ("Every minister I have spoken", "Sione Kaufana"),
        ],
    ),
    (
        """Hapū celebrates return of maunga after 140-year wait

Hana Rewiti

Hundreds of people gathered at dawn on Saturday to mark the return of Pukeatua maunga to Ngāti Pareroa, more than 140 years after the land was taken by the Crown.

The 212-hectare peak, which has been managed as a scenic reserve by Tauwhare District Council since the 1970s, was formally vested in the hapū under the Ngāti Pareroa Claims Settlement Act, which passed its third reading last month.

Ngāti Pareroa Trust chairwoman Ruihi Mātenga-Pōtae said it was a day her grandparents had prayed for but never lived to see.

“They went to every hearing, they wrote every letter, and they were told no, over and over,” she said. “Today we stand here on their behalf.”

Mātenga-Pōtae said the hapū would keep the walking tracks on the maunga open to the public, but planned to restore native forest on the lower slopes and rebuild a pā site near the summit.

“This is not about locking anybody out. It's about us finally being able to care for our tupuna the way we're supposed to.”

Treaty Negotiations Minister Garrick Hollowell, who attended the ceremony, said the Crown's actions in the 1880s had caused “deep and lasting harm” to the hapū.

In the Crown apology, which was read aloud during the ceremony, the Crown acknowledged it had “failed to protect Ngāti Pareroa's interests in lands they wished to retain” and that the confiscations had left the hapū “virtually landless within a generation”.

Tauwhare Mayor Don Prebbleton said the council was proud to have supported the transfer.

“We've been kaitiaki on paper for 50 years, but the mana has always been with Ngāti Pareroa. It's right that it goes home,” he said.

Not everyone was convinced at first. The Pukeatua Tramping Club wrote to the council last year raising concerns about future access to the summit track.

Club secretary Lyn Abernethy said on Saturday those concerns had largely been put to rest.

“We've met with the trust a few times now and we've been really reassured. We're looking forward to working alongside them on track maintenance.”

Kaumātua Hēmi Tawhiri, 91, who led the karakia at dawn, said his thoughts were with those who had gone before him.

“I'm the last of my generation. I wish they were standing here with me.”

The settlement also includes $14.5 million in financial redress and the right of first refusal over several Crown properties in the district.""",
        [
            ("They went to every hearing", "Ruihi Mātenga-Pōtae"),
            ("Today we stand here on", "Ruihi Mātenga-Pōtae"),
            ("This is not about locking", "Ruihi Mātenga-Pōtae"),
            ("deep and lasting harm", "Garrick Hollowell"),
            ("failed to protect Ngāti Pareroa's", "Crown"),
            ("virtually landless within a generation", "Crown"),
            ("We've been kaitiaki on paper", "Don Prebbleton"),
            ("We've met with the trust", "Lyn Abernethy"),
            ("I'm the last of my", "Hēmi Tawhiri"),
        ],
    ),
    (
        """Porirua Pasifika health provider warns of cuts after losing contract

A Pasifika health provider that has served Porirua families for more than two decades says it may have to cut services after losing a key government contract.

Fanau Ola Health Trust was told last month that its contract to deliver community nursing and diabetes support would not be renewed when it expires in September.

Chief executive Losana Taufa-Whitcombe said about 1400 patients, most of them Samoan, Tongan and Cook Islands Māori, relied on the service.

“Our nurses speak the languages of the people they're caring for. They go into homes, they know the grandparents, they know the kids,” she said.

“You can't replace that with a call centre.”

In a letter to the trust, the regional commissioning agency, Health Connect Central, said the decision reflected “a shift towards integrated, population-wide service models” and that patients would be transferred to other providers.

Health Connect Central's regional director, Paul Gerrity, said in a statement that no patient would be left without care.

“We understand this is unsettling news for the trust and its patients. We are working closely with general practices in the area to make sure continuity of care is maintained.”

Community leader and former Porirua city councillor Tavita Leiataua said the decision showed “a complete misunderstanding” of how Pacific families used health services.

He said many elderly patients would simply stop turning up to appointments.

“My own mother won't go to a doctor unless someone she trusts is sitting beside her. That's the reality for a lot of our aiga.”

Mele Fifita, 64, who has type 2 diabetes, said a trust nurse visited her every fortnight.

“She checks my feet, my sugar, she makes sure I'm taking my pills. When I heard the news I cried.”

Taufa-Whitcombe said the trust would seek a meeting with the Health Minister and was considering launching a petition.

The trust employs 22 staff, including 11 registered nurses.""",
        [
            ("Our nurses speak the languages", "Losana Taufa-Whitcombe"),
            ("You can't replace that with", "Losana Taufa-Whitcombe"),
            ("a shift towards integrated, population-wide", "Health Connect Central"),
            ("We understand this is unsettling", "Paul Gerrity"),
            ("a complete misunderstanding", "Tavita Leiataua"),
            ("My own mother won't go", "Tavita Leiataua"),
            ("She checks my feet, my", "Mele Fifita"),
        ],
    ),
    (
        """Coroner calls for lifejackets on deck after two fishermen drown

By Tom Ashgrove

A coroner has recommended commercial fishing crews be required to wear lifejackets at all times on deck after two men drowned when their boat capsized off the East Coast in 2022.

Skipper Colin Marsh, 52, and deckhand Tamati Rewa, 23, died when the 14m trawler Lady Kerenza rolled in a heavy swell on the night of August 9.

In findings released today, Coroner Elspeth Varney said neither man was wearing a lifejacket, although several were stowed in the wheelhouse.

"It is likely that had Mr Marsh and Mr Rewa been wearing personal flotation devices, at least one of them would have survived long enough to be rescued," the coroner wrote.

She found the vessel had been carrying more catch than it was designed for, which reduced its stability in the swell.

The coroner described a culture in parts of the inshore fleet in which lifejackets were seen as "something you put on when it's already too late".

"That attitude must change, and it will not change through education alone," she said.

She recommended the Coastal Vessel Safety Authority make lifejackets mandatory on the open deck of all commercial fishing vessels under 24m.

The vessel's owner, Southern Reach Fisheries, said in a statement it accepted the coroner's findings "in full".

"We have since changed our policies so that lifejackets are worn by every crew member on deck at all times, without exception," the company said.

Rewa's mother, Huia Rewa, told reporters the findings brought some relief after a long wait.

"Tamati was only 23. He loved the sea. He should have come home to us," she said.

"If this stops another mum getting that phone call, then at least something good comes out of it."

The Coastal Vessel Safety Authority said it would consider the recommendations. Its deputy chief executive, Graham Loft, said the agency had already begun reviewing rules for smaller vessels and expected to consult the industry later this year.""",
        [
            ("It is likely that had", "Elspeth Varney"),
            ("something you put on when", "Elspeth Varney"),
            ("That attitude must change, and", "Elspeth Varney"),
            ("in full", "Southern Reach Fisheries"),
            ("We have since changed our", "Southern Reach Fisheries"),
            ("Tamati was only 23.", "Huia Rewa"),
            ("If this stops another mum", "Huia Rewa"),
        ],
    ),
    (
        """Tonga braces as Cyclone Wendeline strengthens to category 4

NUKUʻALOFA - Tonga is bracing for what forecasters say could be the most severe cyclone to affect Tongatapu in more than a decade.

Tropical Cyclone Wendeline strengthened to a category 4 system overnight and is expected to pass within 50 kilometres of the capital late on Thursday.

The director of the National Disaster Coordination Office, ʻOfa Kaufusi-Lolohea, said all schools would close from Wednesday afternoon and evacuation centres were being opened across the island.

“We are asking everyone in low-lying coastal villages to move to higher ground or to a designated centre before dark on Wednesday,” she said.

“Please do not wait until the wind picks up. By then it will be too dangerous to move.”

Tonga Weather Centre lead forecaster Semisi Fonua said the cyclone could bring storm surges of up to 1.5 metres.

“The surge is our biggest worry. Combine that with a high tide on Thursday evening and you have water coming well inland in the coastal villages,” he said.

Fonua said residents should expect “prolonged power and communications outages” once the system arrived.

Along the waterfront on Tuesday, people were tying down roofs and filling water containers.

Fisherman Viliami Tuʻipulotu, 47, said he had hauled his boat well above the tide line and moved his family to his brother's house inland.

“After the last one, we lost our boat and our nets. I don't want to go through that again, so we are ready early this time.”

One shop owner in the town centre said bottled water and tinned fish had sold out by mid-morning.

“People are buying everything. I've never seen it like this,” she said.

The Tonga Community Relief Society said in a statement it had pre-positioned relief supplies in the outer island groups: “Our volunteers are ready and our warehouses are stocked, but we urge families to prepare now.”

In Wellington, a New Zealand government spokesperson said a defence aircraft was on standby and New Zealand was “ready to respond quickly” if Tonga requested help.

Wendeline is forecast to weaken as it moves south of Tonga over the weekend.""",
        [
            ("We are asking everyone in", "ʻOfa Kaufusi-Lolohea"),
            ("Please do not wait until", "ʻOfa Kaufusi-Lolohea"),
            ("The surge is our biggest", "Semisi Fonua"),
            ("prolonged power and communications outages", "Semisi Fonua"),
            ("After the last one, we", "Viliami Tuʻipulotu"),
            ("People are buying everything.", "shop owner"),
            ("Our volunteers are ready and", "Tonga Community Relief Society"),
            ("ready to respond quickly", "New Zealand government spokesperson"),
        ],
    ),
]
