CASES = [
    (
        """Province, Kisik Lake Cree Nation sign $84-million treaty land entitlement deal

Dana Whitford
Saskatoon

The Kisik Lake Cree Nation will be able to add nearly 23,000 acres to its reserve base after signing a long-awaited treaty land entitlement agreement with the province and Ottawa on Tuesday.

The deal, signed at a ceremony in the band's community hall about 140 kilometres northwest of Saskatoon, settles a shortfall in the land the First Nation says it was owed when its reserve was surveyed in 1879.

"Our grandparents knew the count was wrong. They said so for a hundred years and nobody listened," Chief Lorraine Bighetty told a crowd of about 300 people. "Today somebody finally listened."

Under the agreement, the First Nation will receive $84.2 million, split between the federal and provincial governments, to buy land on a willing-buyer, willing-seller basis. It has 15 years to purchase the land and apply to have it converted to reserve status.

Government Relations Minister Curtis Haldane said the province has worked to shorten the timeline for the conversion process, which has taken more than a decade for some bands.

"We heard loud and clear that the old process was too slow," Haldane said. "Nobody should have to wait until their kids are grown to see land come home."

Haldane said his ministry would assign a dedicated officer to the file.

Not everyone in the area welcomed the news. Reeve Glen Sopiak of the Rural Municipality of Spiritwood Flats said council was not consulted, and he worries about the loss of tax base if farmland in the RM is converted to reserve.

"We're not against the First Nation getting what it's owed," Sopiak said in a phone interview. "But when a quarter section comes off the tax roll, somebody has to make up the difference, and it's usually the rest of the ratepayers."

The agreement includes a provision for the band to negotiate service agreements with affected municipalities, which typically compensate them for lost property tax revenue.

Bighetty said the band intends to be "a good neighbour" and has already reached out to the RM.

The federal minister was not made available for an interview. In a statement, Crown-Indigenous Relations and Northern Affairs Canada called the settlement "an important step on the path of reconciliation" and said it has concluded 14 such agreements in Saskatchewan since 2015.

Band councillor Ernest Wapass, who sat on the negotiating team for nine years, said the first purchases will likely focus on land near the reserve with access to the river.

"The young people want to farm, they want to hunt, they want room to build houses," he said. "Right now we have three families living in some of these homes."

The band plans to hold a community meeting next month to set priorities for the first round of purchases.""",
        [
            ("Our grandparents knew the count", "Lorraine Bighetty"),
            ("Today somebody finally listened.", "Lorraine Bighetty"),
            ("We heard loud and clear", "Curtis Haldane"),
            ("Nobody should have to wait", "Curtis Haldane"),
            ("We're not against the First", "Glen Sopiak"),
            ("But when a quarter section", "Glen Sopiak"),
            ("a good neighbour", "Lorraine Bighetty"),
            ("an important step on the", "Crown-Indigenous Relations and Northern Affairs Canada"),
            ("The young people want to", "Ernest Wapass"),
            ("Right now we have three", "Ernest Wapass"),
        ],
    ),
    (
        """Tories grill finance minister over northern road cost overrun

By Kyle Brandt
Legislature reporter

The cost of an all-season road meant to connect four fly-in First Nations on the east side of Lake Winnipeg has jumped by $212 million, and the Progressive Conservative Opposition wants to know why the government kept quiet about it for six months.

Finance Minister Adaeze Okafor confirmed the new estimate during question period Wednesday, after Tory critic Brent Lavallee produced an internal project update dated last November.

“This government knew in the fall that the price tag was ballooning, and it said nothing. Not in the budget, not in estimates, not a word,” Lavallee said. “Manitobans deserve to know who made that call.”

Okafor said the increase reflects higher fuel and steel costs and a longer construction season needed to get through muskeg south of Poplar Bay, and that the figures were still being verified when the budget was tabled.

“We don’t publish numbers we can’t stand behind,” she told the chamber. “The member opposite knows that, and I think he also knows this road is going to get built.”

The 156-kilometre route is meant to replace winter roads that chiefs in the region say have become unreliable as freeze-up comes later each year. Last winter, the road into Wapiskaw Lake First Nation was open for just 19 days, forcing the community to fly in fuel and building supplies at several times the usual cost.

Wapiskaw Lake Chief Darlene Harper-Moose, who watched question period from the gallery, said she was less concerned with the dollar figure than with the schedule.

“I don’t care if it’s the Tories or the NDP,” she said afterward. “I care whether my grandkids are going to have a road before the next fuel shortage. That’s the only question I came here to ask.”

Harper-Moose said the band had been told construction would reach the community by 2028, and that nobody from the province has told her that date has changed.

A spokeswoman for Transportation and Infrastructure Minister Rhéal Desjarlais said the completion date “remains under review” and that the minister would have more to say once a revised project plan is finalized.

Okafor later told reporters the province has not ruled out asking Ottawa to cover a larger share. The federal government committed $95 million to the project in 2021.

Marian Koch, who teaches political studies at Brandon University, said cost overruns on northern infrastructure are almost inevitable, but the timing of the disclosure is what could hurt the government.

“Voters tend to forgive a number going up,” Koch said. “What they don’t forgive as easily is the sense that they were kept in the dark.”

The Opposition has asked the provincial auditor general to review the project’s budgeting. The auditor’s office did not respond to a request for comment Wednesday.""",
        [
            ("This government knew in the", "Brent Lavallee"),
            ("Manitobans deserve to know who", "Brent Lavallee"),
            ("We don’t publish numbers we", "Adaeze Okafor"),
            ("The member opposite knows that,", "Adaeze Okafor"),
            ("I don’t care if it’s", "Darlene Harper-Moose"),
            ("I care whether my grandkids", "Darlene Harper-Moose"),
            ("remains under review", "spokeswoman"),
            ("Voters tend to forgive a", "Marian Koch"),
            ("What they don’t forgive as", "Marian Koch"),
        ],
    ),
    (
        """First Nation files court challenge over mining claims in traditional territory

THUNDER BAY -- A remote First Nation north of Nipigon has gone to court to stop the province from registering new mining claims on land it says it never gave up.

Wabikeg Lake First Nation filed an application for judicial review in Ontario Divisional Court last week, arguing the Ministry of Mines failed in its duty to consult before allowing more than 1,100 claims to be staked online through the province's mining lands administration system.

"The province lets someone in Toronto or Vancouver click a mouse and stake our trapline," Chief Raymond Kwandibens said in an interview Monday. "By the time we hear about it, the claim is already on the map."

The band's lawyer, Sarah Oakes of the Thunder Bay firm Oakes Lindqvist LLP, said the application asks the court to suspend registration of claims within the community's traditional territory until a proper consultation process is in place.

According to Oakes, the claims cover about 230 square kilometres, including areas around burial sites and a sturgeon spawning ground on the Wabikeg River.

"Consultation is supposed to happen before the decision, not after," she said. "That's not our interpretation. That's what the Supreme Court has been saying for 20 years."

In an emailed statement, the Ministry of Mines said it "takes its duty to consult seriously" and that prospectors must notify affected Indigenous communities before carrying out early exploration activities. The ministry said it could not comment further because the matter is before the courts.

Mines Minister Derek Vanstone was asked about the case by reporters at Queen's Park on Monday afternoon.

"We want to see development in the north, and we want to see it done in partnership with First Nations," Vanstone said. "I'm not going to get into the specifics of something that's in front of a judge."

Gord Pelletier, president of the Northwestern Ontario Prospectors Association, said his members are worried the case could create uncertainty for small exploration companies.

"Most of the guys staking claims up there are not big multinationals. They're one- and two-person outfits who've been doing this their whole lives," Pelletier said.

He said prospectors generally want good relationships with communities and that many already reach out before doing any work on the ground.

Kwandibens said that has not been his community's experience.

"Nobody called us. Not one," he said.

The chief said the band is not opposed to mining in principle but wants a say in where and how it happens, and a share of the benefits.

"We've seen what happens when other people make the decisions about our land," he said. "Our elders still talk about the flooding in the '50s. Nobody asked them either."

A hearing date has not been set.""",
        [
            ("The province lets someone in", "Raymond Kwandibens"),
            ("By the time we hear", "Raymond Kwandibens"),
            ("Consultation is supposed to happen", "Sarah Oakes"),
            ("That's not our interpretation.", "Sarah Oakes"),
            ("takes its duty to consult", "Ministry of Mines"),
            ("We want to see development", "Derek Vanstone"),
            ("I'm not going to get", "Derek Vanstone"),
            ("Most of the guys staking", "Gord Pelletier"),
            ("Nobody called us. Not one,", "Raymond Kwandibens"),
            ("We've seen what happens when", "Raymond Kwandibens"),
            ("Our elders still talk about", "Raymond Kwandibens"),
        ],
    ),
    (
        """Landowners want answers as province, Sumaxw Nation near title agreement

Lindsay Kwan

The B.C. government is close to an agreement that would recognize Aboriginal title over a swath of land on southern Vancouver Island, the province’s Indigenous relations minister said Thursday, but landowners in the area say they still don’t know what it will mean for them.

Minister Paul Chahal told reporters at the legislature that negotiators for the province and the Sumaxw Nation have “substantially completed” a draft agreement covering about 4,200 hectares of Crown land in the Ravenhill Valley.

The agreement would not affect private property, Chahal said.

“Let me be as clear as I can: nobody’s house is being taken, nobody’s title is being cancelled, and nobody’s going to wake up one morning and find their property belongs to someone else,” he said.

“What this does is recognize that the Sumaxw have title to land that is currently Crown land, and it sets out how decisions on that land will be made together going forward.”

B.C. Conservative MLA Dale Rennick, whose Ravenhill-Malahat riding includes the area, said constituents have been calling his office for weeks.

“People are scared, and frankly I don’t blame them,” Rennick said. “The government negotiated this behind closed doors and now wants everyone to take its word that nothing will change.”

He pointed to recent court rulings that he said have left property owners elsewhere in the province uncertain about their titles.

Sumaxw Chief Councillor Wendy Thomas-Joe said the nation’s message to its neighbours was simple: “We are not going anywhere, and neither are you.”

She said the nation has held two open houses for residents and plans a third in March.

“Our people have lived alongside settlers in this valley for 160 years. We know how to be neighbours,” she said. “What we’re asking is to have a real say over the forests and the creeks that feed our fish. That’s all this has ever been about.”

According to a briefing note prepared by the Ministry of Indigenous Relations and Reconciliation and released under freedom-of-information legislation, the ministry anticipated “significant public concern” about the agreement and recommended an “early and sustained” communications effort in the valley.

Colin Mayhew, chair of the Ravenhill Valley Ratepayers Association, said residents want to see the text of the agreement before anything is signed.

“We’ve been told it’s fine, it’s fine, it’s fine. OK, show us,” Mayhew said.

His group has about 300 members, most of them rural property owners and small-lot farmers, and has asked the province for a public meeting with the minister.

Chahal said the draft would be made public before it goes to Sumaxw members for a ratification vote, expected in the spring, and that he would be willing to meet with residents.""",
        [
            ("substantially completed", "Paul Chahal"),
            ("Let me be as clear", "Paul Chahal"),
            ("What this does is recognize", "Paul Chahal"),
            ("People are scared, and frankly", "Dale Rennick"),
            ("The government negotiated this behind", "Dale Rennick"),
            ("We are not going anywhere,", "Wendy Thomas-Joe"),
            ("Our people have lived alongside", "Wendy Thomas-Joe"),
            ("What we’re asking is to", "Wendy Thomas-Joe"),
            ("significant public concern", "Ministry of Indigenous Relations and Reconciliation"),
            ("early and sustained", "Ministry of Indigenous Relations and Reconciliation"),
            ("We’ve been told it’s fine,", "Colin Mayhew"),
        ],
    ),
    (
        """Mi'kmaw chiefs walk away from land-claim talks, accuse province of stalling

JOANNE MacISAAC
Provincial Reporter

Mi'kmaw leaders in Cape Breton have suspended participation in three-way talks on a long-standing land claim, saying the province keeps sending negotiators to the table with no mandate to make decisions.

In a statement released Friday, the Unama'ki Mi'kmaw Rights Council said it would not return until the province "shows up ready to negotiate in good faith."

"For three years we have brought proposals to the table and received nothing back but requests for more time," the statement said. "Our communities cannot afford to wait while governments change and ministers come and go."

The claim concerns roughly 1,600 hectares near Kluskap Harbour that Mi'kmaw leaders say was set aside as a reserve in the 1830s but later sold off by colonial authorities without the community's consent.

Chief Myles Bernard of Apaqtuk First Nation, who co-chairs the council's lands committee, said the decision was not made lightly.

"Walking away from a table is the last thing any chief wants to do," Bernard said in an interview. "But you can't negotiate with an empty chair, and that's what we've had."

Bernard said federal negotiators had been "engaged and respectful" but that Ottawa was waiting on the province.

Grant MacPhee, the minister responsible for L'nu Affairs, said he was "disappointed" by the decision and hoped the chiefs would reconsider.

"Our door is open and our negotiators are ready to meet next week," MacPhee told reporters after a cabinet meeting in Halifax. "I'd ask the chiefs to come back and let's keep working."

Asked whether provincial negotiators have a mandate to offer land, MacPhee said he would not negotiate in public.

A senior government official, who spoke on condition of anonymity because they were not authorized to discuss the talks, said the province's position has been held up by a disagreement between departments over how much Crown land could be put on the table.

"There are people in this building who think every acre is a precedent," the official said. "That makes it very hard to move."

NDP critic Shauna Doucette said the government had let the relationship "drift for the better part of a year" and called on the premier to intervene personally.

Bernard said the council will meet next month to decide its next steps, including possible legal action.

"We came to the table because we believe in negotiation," he said. "We'd rather settle this with a handshake than a court order. But we will go to court if we have to."

The province and the council last met in early December.""",
        [
            ("shows up ready to negotiate", "Unama'ki Mi'kmaw Rights Council"),
            ("For three years we have", "Unama'ki Mi'kmaw Rights Council"),
            ("Our communities cannot afford to", "Unama'ki Mi'kmaw Rights Council"),
            ("Walking away from a table", "Myles Bernard"),
            ("But you can't negotiate with", "Myles Bernard"),
            ("engaged and respectful", "Myles Bernard"),
            ("disappointed", "Grant MacPhee"),
            ("Our door is open and", "Grant MacPhee"),
            ("I'd ask the chiefs to", "Grant MacPhee"),
            ("There are people in this", "senior government official"),
            ("That makes it very hard", "senior government official"),
            ("drift for the better part", "Shauna Doucette"),
            ("We came to the table", "Myles Bernard"),
            ("We'd rather settle this with", "Myles Bernard"),
        ],
    ),
    (
        """Forestry firm named in Wolastoqey title suit says harvesting will continue

Mathieu Arsenault
Legislature Bureau

FREDERICTON • A forestry company named as a defendant in a Wolastoqey title lawsuit says it will keep harvesting on its freehold lands in western New Brunswick while the case makes its way through the courts.

Apohaqi First Nation last month amended its statement of claim to add Saint-Croix Forest Products Ltd. and two other large landowners, seeking a declaration of Aboriginal title over roughly 38,000 hectares along the upper Wolastoq, or Saint John River.

In a written response to questions, the company said it “respects the Wolastoqey people and their rights” but maintains its ownership of the land is valid.

“Our woodlands operations are carried out under all applicable provincial permits and certifications, and they will continue,” the company said. “We will defend our title in court while remaining open to dialogue with the community.”

Saint-Croix Forest Products employs about 420 people at a sawmill and two woodlands divisions near the town of Beaulac Crossing.

Apohaqi Chief Natalie Paul-Sacobie said the lawsuit is not aimed at workers.

“Nobody is trying to shut down a mill or put anybody out of a job,” she said in an interview at the band office. “We are asking a court to say what our grandparents always said: this is Wolastoqey land, and it was never surrendered.”

Paul-Sacobie said the First Nation would be prepared to discuss co-management of the forest and revenue-sharing with the company, but only once its title is recognized.

Aboriginal Affairs Minister Keith Duguay told reporters at the legislature Tuesday that the province’s legal position is under review.

“We have said from day one that we want to find a way through this that isn’t decades in a courtroom,” Duguay said. “That’s still where we are.”

He would not say whether the government plans to withdraw its defence.

At a packed community meeting in Beaulac Crossing on Monday night, residents raised concerns about property values and access to hunting and fishing areas.

“I’ve got a mortgage on that land. What’s my bank going to say?” one resident asked during the meeting, drawing applause.

Mayor Jean-Guy Ouellette said the town wants to stay out of the legal fight but has asked both the province and the First Nation for more information.

“My job is to keep people calm and keep people informed, and right now I can’t do the second one very well,” Ouellette said.

The Apohaqi action is one of several Wolastoqey title claims before the Court of King’s Bench. A case management conference is scheduled for April.""",
        [
            ("respects the Wolastoqey people and", "Saint-Croix Forest Products Ltd."),
            ("Our woodlands operations are carried", "Saint-Croix Forest Products Ltd."),
            ("We will defend our title", "Saint-Croix Forest Products Ltd."),
            ("Nobody is trying to shut", "Natalie Paul-Sacobie"),
            ("We are asking a court", "Natalie Paul-Sacobie"),
            ("We have said from day", "Keith Duguay"),
            ("That’s still where we are.", "Keith Duguay"),
            ("I’ve got a mortgage on", "resident"),
            ("My job is to keep", "Jean-Guy Ouellette"),
        ],
    ),
    (
        """Shoal Narrows members to vote on $41M flooding settlement

KENORA - Members of Shoal Narrows First Nation will vote next month on a $41-million offer to settle a claim over the flooding of reserve land by a control dam nearly 90 years ago.

The offer from the federal and provincial governments would compensate the community for about 2,700 acres of reserve land flooded when the Eagle Rapids dam raised water levels on Nishin Lake in 1936.

Chief Dolores Strang said council is recommending members accept the deal, though she acknowledged no amount of money can restore what was lost.

"The water took our gardens, our graveyard, the houses closest to shore. My grandmother's house is under there somewhere," Strang said. "You can't put a number on that. But we have to think about the people living today and the ones who aren't born yet."

According to the band's information package, each registered member would receive a per-capita payment of about $8,500, with the remainder placed in a community trust.

Ontario Indigenous Affairs Minister Ron Kettleborough, who was in Kenora on Thursday for an unrelated announcement, told reporters the offer reflected "years of hard work on both sides."

"This community waited far too long for an answer," he said. "I'm glad we're finally in a position to put something real on the table."

Not everyone in the community is convinced.

Former councillor Wilfred Kejick, who helped research the claim in the 1990s, said he plans to vote against it.

"Forty-one million sounds like a lot until you divide it by 90 years," Kejick said.

He argued the governments' valuation ignored the loss of wild rice beds that fed families and provided income for generations.

"Wild rice was our economy," he said. "They flooded our economy and now they want to pay us for the dirt."

Strang said council hired an independent appraiser and that the rice harvest losses were "factored in, maybe not the way everybody wanted, but they were factored in."

The vote is set for March 14 in the community, with mail-in ballots for off-reserve members. If a majority of eligible voters approve, the agreement will go to federal cabinet for final sign-off.

A spokesman for the federal minister of Crown-Indigenous Relations said Canada "acknowledges the harm caused" by the flooding and that the government remains committed to resolving specific claims "fairly and in a timely manner."

The claim was first filed in 1994 and rejected by Ottawa in 2003 before the band took it to the Specific Claims Tribunal, which prompted a return to negotiations in 2019.""",
        [
            ("The water took our gardens,", "Dolores Strang"),
            ("You can't put a number", "Dolores Strang"),
            ("years of hard work on", "Ron Kettleborough"),
            ("This community waited far too", "Ron Kettleborough"),
            ("I'm glad we're finally in", "Ron Kettleborough"),
            ("Forty-one million sounds like a", "Wilfred Kejick"),
            ("Wild rice was our economy,", "Wilfred Kejick"),
            ("They flooded our economy and", "Wilfred Kejick"),
            ("factored in, maybe not the", "Dolores Strang"),
            ("acknowledges the harm caused", "spokesman"),
            ("fairly and in a timely", "spokesman"),
        ],
    ),
    (
        """Treaty chiefs rally at legislature against Crown lands bill

EDMONTON — Several hundred people, many from First Nations in Treaty 6, 7 and 8 territory, gathered on the steps of the Alberta legislature Tuesday to oppose a bill that would give cabinet new powers to sell or lease public land without a formal consultation process.

Bill 31, the Public Lands Modernization Act, passed second reading last week. The government says it will cut approval times for grazing leases, municipal land swaps and industrial projects.

Evelyn Bearhead, grand chief of the Treaty Six Chiefs Alliance, told the crowd the bill was “the biggest threat to treaty rights in this province in a generation.”

“When our ancestors signed Treaty 6, they agreed to share the land. They did not agree to be shut out of it,” she said. “This bill lets a minister sitting in an office sign away a hunting area or a medicine-picking site with the stroke of a pen, and the first we hear about it is when the fences go up.

“We are not going to stand by and let that happen.”

Lands and Resource Stewardship Minister Travis Holloway, who did not attend the rally, said in a statement the bill “does not change the Crown’s constitutional obligations” and that consultation would continue under the province’s existing policy.

In question period Tuesday afternoon, NDP Indigenous relations critic Marlene Okemaw pressed the minister on that point.

“The minister keeps saying nothing changes. If nothing changes, why does he need the bill?” Okemaw asked.

Holloway replied that the legislation is about speeding up decisions for ranchers and rural municipalities that sometimes wait years for approvals.

“A rancher waiting four years for a grazing lease renewal isn’t consultation, it’s paralysis,” Holloway said. “We can respect treaty rights and still make a decision in a reasonable amount of time.”

Not every leader at the rally opposes every part of the bill. Chief Duane Whitecalf of Little Buffalo River Cree Nation said his community could live with faster approvals if First Nations were guaranteed a seat at the table when decisions are made.

“Speed isn’t the enemy. Being left out is the enemy,” he said.

Whitecalf said he had written to the premier’s office twice since the bill was introduced and had yet to receive a reply.

Bearhead said the chiefs have requested a meeting with the premier and would consider a court challenge if the bill passes unchanged. The legislation is expected to go to committee next week, where the Opposition plans to propose amendments requiring written notice to affected First Nations before any sale or lease is approved.

The rally ended with a round dance on the legislature grounds.""",
        [
            ("the biggest threat to treaty", "Evelyn Bearhead"),
            ("When our ancestors signed Treaty", "Evelyn Bearhead"),
            ("This bill lets a minister", "Evelyn Bearhead"),
            ("We are not going to", "Evelyn Bearhead"),
            ("does not change the Crown’s", "Travis Holloway"),
            ("The minister keeps saying nothing", "Marlene Okemaw"),
            ("A rancher waiting four years", "Travis Holloway"),
            ("We can respect treaty rights", "Travis Holloway"),
            ("Speed isn’t the enemy.", "Duane Whitecalf"),
        ],
    ),
]
