CASES = [
    (
        """Hereditary chiefs vow to hold camp as pipeline injunction deadline looms

Maya Thorsen · CBC News

Hereditary chiefs of the Tsal'kwin Nation say they will not leave a camp blocking a forest service road in northwestern B.C., despite a court order that gives them until Friday to clear the way for crews building the Coastal Ridge gas pipeline.

"We have been on this land since before there was a British Columbia, and we are not going anywhere," said Chief Wilfred Naxdam, one of five hereditary chiefs who have opposed the 480-kilometre project since it was approved in 2019.

The B.C. Supreme Court granted Coastal Ridge Pipeline Ltd. an extended injunction last week, ordering anyone obstructing the road near Gitsaw Creek to stand aside. The RCMP said in a statement it would "assess the situation on the ground" before deciding whether to enforce the order.

Naxdam said the chiefs had offered to meet with the company and the province several times but had received no reply.

The company disputes that. In an emailed statement, Coastal Ridge said it had "engaged extensively and respectfully" with the Tsal'kwin for more than six years and had signed benefit agreements with all 14 elected First Nations councils along the route.

"We respect the right to peaceful protest, but the court has been clear," the statement said. "Our workers have a right to do their jobs safely."

Not all members agree

The elected chief of the Tsal'kwin band council, Loretta Gane, told CBC News the dispute has divided families.

"I understand the frustration of the hereditary chiefs. Some of them are my uncles," Gane said. "But our council signed that agreement because our young people need work, and they need it now."

Gane said the agreement would bring about $2 million a year to the community for housing and a new youth centre.

Legal scholars say the conflict reflects an unresolved question in Canadian law about who speaks for a nation's territory — the elected band councils created under the Indian Act, or the hereditary system that predates it.

"The courts have never really answered that," said Priya Okafor, a professor of Aboriginal law at the University of Northern British Columbia. "So what you get is two legitimate authorities pointing in opposite directions, and a company caught in the middle with a court order in its hand."

B.C.'s Minister of Indigenous Relations, Dan Whitcombe, told reporters in Victoria on Tuesday the province wants "a peaceful resolution" and has asked both sides to come back to the table.

"Nobody wants to see what happened in 2020 happen again," he said.

Supporters from Smithers, Terrace and Prince Rupert have been arriving at the camp since the weekend. Naxdam said they are welcome but asked that they follow the camp's rules: no alcohol, no weapons, and no confrontation with police.

"If they come, they come. We will be standing here, and we will be praying," he said.""",
        [
            ("We have been on this", "Wilfred Naxdam"),
            ("assess the situation on the", "RCMP"),
            ("engaged extensively and respectfully", "Coastal Ridge Pipeline Ltd."),
            ("We respect the right to", "Coastal Ridge Pipeline Ltd."),
            ("Our workers have a right", "Coastal Ridge Pipeline Ltd."),
            ("I understand the frustration of", "Loretta Gane"),
            ("But our council signed that", "Loretta Gane"),
            ("The courts have never really", "Priya Okafor"),
            ("So what you get is", "Priya Okafor"),
            ("a peaceful resolution", "Dan Whitcombe"),
            ("Nobody wants to see what", "Dan Whitcombe"),
            ("If they come, they come.", "Wilfred Naxdam"),
        ],
    ),
    (
        """Minnesota tribe sues over copper mine permits, citing wild rice treaty rights

TAMARACK FALLS, Minn. (AP) — A Minnesota tribe sued state regulators Thursday over permits for a proposed copper-nickel mine, arguing the project would poison wild rice waters that the tribe has a treaty right to harvest.

The Red Pine Band of Lake Superior Chippewa filed the lawsuit in Ramsey County District Court, asking a judge to void water-quality permits the Minnesota Pollution Control Agency issued in March to Borealis Copper Inc. for its Kettle Lake project.

"Our treaty didn't give us rights. It reserved rights we already had," Red Pine Chairwoman Janice Wabasha said at a news conference outside the courthouse. "The state of Minnesota promised in 1854 that we could keep harvesting rice on these lakes. You cannot harvest rice in water full of sulfate."

Sulfate released from mining operations can convert into sulfide in lake sediment, which is toxic to wild rice, according to research cited in the lawsuit.

The agency said it does not comment on pending litigation but that its permits "include the most protective limits in the country" for sulfate discharges.

Borealis, a subsidiary of a Toronto-based mining company, said in a statement that the lawsuit was "entirely without merit" and that the mine would use a closed water-treatment system.

"Kettle Lake will be the most closely monitored mine in Minnesota history," said Craig Lindahl, the company's vice president for external affairs. "We're confident the permits will hold up."

The project would employ about 600 people once operating and has strong support on the Iron Range, where taconite mining jobs have declined for decades. Mayor Ron Dahlquist of nearby Birch Grove called the lawsuit "another delay tactic from people who don't live here."

"People up here are tired of waiting," Dahlquist said in a phone interview. "We've got kids moving to the Cities because there's nothing for them here."

The lawsuit is the third legal challenge to the mine. A federal judge in 2023 dismissed a separate suit by environmental groups over a land exchange with the U.S. Forest Service.

Legal experts say the tribe's treaty claim could be harder to brush aside. The U.S. Supreme Court has upheld Ojibwe hunting, fishing and gathering rights in Minnesota under earlier treaties.

"Courts have taken these usufructuary rights seriously," said Elena Marsh, who teaches federal Indian law at the University of Minnesota Law School. "The question is whether a permit that degrades the resource effectively takes the right away. That's a question no court has squarely answered."

Wabasha said the band would also ask the U.S. Environmental Protection Agency to review the permits.

"We are not against jobs," she said. "We are against being told, one more time, that our rights come last."

No hearing date has been set.""",
        [
            ("Our treaty didn't give us", "Janice Wabasha"),
            ("The state of Minnesota promised", "Janice Wabasha"),
            ("include the most protective limits", "Minnesota Pollution Control Agency"),
            ("entirely without merit", "Borealis Copper Inc."),
            ("Kettle Lake will be the", "Craig Lindahl"),
            ("We're confident the permits will", "Craig Lindahl"),
            ("another delay tactic from people", "Ron Dahlquist"),
            ("People up here are tired", "Ron Dahlquist"),
            ("We've got kids moving to", "Ron Dahlquist"),
            ("Courts have taken these usufructuary", "Elena Marsh"),
            ("The question is whether a", "Elena Marsh"),
            ("We are not against jobs", "Janice Wabasha"),
            ("We are against being told", "Janice Wabasha"),
        ],
    ),
    (
        """Ontario pushes ahead with road to northern mining belt as First Nations split

Joanna Pelletier Queen’s Park Reporter
TORONTO

Ontario is moving ahead with a $1.1-billion all-season road into the remote Muskeg Arc mineral belt, even as one of the First Nations whose territory it would cross says it was never properly consulted.

Northern Development Minister Glen Farrow announced on Monday that clearing for the first 110-kilometre segment, from the provincial highway network to Wapikin Lake First Nation, would start in July.

“This is the most significant investment in Northern Ontario in a generation,” Mr. Farrow said at a news conference in Thunder Bay. “For too long, the communities of the Far North have been cut off from the opportunities the rest of the province takes for granted.”

Wapikin Lake, which has backed the road since 2020 and co-led its environmental assessment, welcomed the announcement. Chief Morris Sakakeesic said the road would end the community’s reliance on a winter ice road that has grown shorter as the climate warms.

“Last year we had 31 days of ice road. Thirty-one,” he said. “My people are paying $14 for a jug of milk.”

But Namegos First Nation, about 90 kilometres to the east, says the route passes through its traplines and burial grounds, and that Ontario has not met its duty to consult under Treaty 9.

In a letter to Mr. Farrow dated May 2 and obtained by The Globe and Mail, Namegos Chief Evelyn Moonias-Cree wrote that the province had treated her community’s concerns as “a box to be checked.”

“Treaty 9 was an agreement between nations. It was not a real estate transaction,” the letter says. “Our Elders were told we would be able to hunt and trap as long as the rivers flow. The province is now proposing to pave over that promise.”

The community has commissioned its own study, titled “Lands We Still Walk,” which maps more than 200 cultural sites within five kilometres of the proposed route.

A senior provincial official, who was not authorized to speak publicly about the consultations, said the government believes it has met its legal obligations but acknowledged that talks with Namegos had “not gone the way anyone hoped.”

Mining companies with claims in the belt have lobbied for the road for more than a decade. Sandra Liu, chief executive of Vancouver-based Polaris Critical Minerals, said in an interview that without it, “none of these projects pencil out.”

“You can’t fly ore out,” Ms. Liu said. “The road is the project.”

Namegos has not ruled out going to court. Its legal counsel, Thomas Birchall, said a judicial review application was “being prepared as we speak.”

“We would much rather be at a table than in a courtroom,” Mr. Birchall said. “But the province has to come to that table with something other than a finished map.”

Mr. Farrow said he remained “optimistic that we will find a path forward” with Namegos before construction reaches its territory.""",
        [
            ("This is the most significant", "Glen Farrow"),
            ("For too long, the communities", "Glen Farrow"),
            ("Last year we had 31", "Morris Sakakeesic"),
            ("My people are paying $14", "Morris Sakakeesic"),
            ("a box to be checked.", "Evelyn Moonias-Cree"),
            ("Treaty 9 was an agreement", "Evelyn Moonias-Cree"),
            ("Our Elders were told we", "Evelyn Moonias-Cree"),
            ("not gone the way anyone", "senior provincial official"),
            ("none of these projects pencil", "Sandra Liu"),
            ("You can’t fly ore out", "Sandra Liu"),
            ("The road is the project.", "Sandra Liu"),
            ("being prepared as we speak.", "Thomas Birchall"),
            ("We would much rather be", "Thomas Birchall"),
            ("But the province has to", "Thomas Birchall"),
            ("optimistic that we will find", "Glen Farrow"),
        ],
    ),
    (
        """Tribe challenges Army Corps over pipeline crossing beneath Missouri River reservoir

By Darnell Two Bulls
Indian Country Today

The Buffalo Lodge Sioux Tribe has asked a federal judge to halt oil flowing through the Prairie Crossing Pipeline where it passes beneath Lake Tatanka, the tribe's main source of drinking water, saying the U.S. Army Corps of Engineers never completed a full environmental review of the crossing.

The motion, filed Monday in U.S. District Court in North Dakota, argues the Corps violated the National Environmental Policy Act when it renewed the pipeline's easement in 2022 without an environmental impact statement.

"Our people drink that water. Our ranchers water their cattle with it. Our children swim in it every summer," Tribal Chairman Leonard Iron Shell said in an interview. "If that line ruptures under the lake, there is no second water source. There is no plan B."

Iron Shell said the tribe had raised concerns about the crossing in every public comment period since 2016.

"Every single time, we were told our comments were noted," he said.

"Noted. That's the word they use. Our comments were noted, and then the permit was signed anyway."

Tribal attorney Rebecca Hollow Horn, of the Plains Tribal Law Center, said the Corps' own records show that its spill modeling did not account for winter ice cover on the reservoir.

"They modeled a spill in July. They did not model a spill in January, when the lake is under two feet of ice and you cannot get a boom on the water," Hollow Horn said.

"That's not a small omission. That's the scenario that keeps our emergency managers up at night. And the Corps knew about it, because we told them."

A spokeswoman for the Corps' Omaha District said the agency does not comment on active litigation.

Heartland Midstream Partners, the Texas-based operator of the pipeline, said in a statement that the line "has operated safely since it went into service" and that it uses "state-of-the-art leak detection" along the crossing.

According to federal pipeline safety records, the company has reported 11 leaks along the 1,100-mile line since 2017, most of them small.

The pipeline carries about 550,000 barrels of crude a day from western North Dakota's oil fields to a hub in Illinois. An industry group, the North Dakota Petroleum Alliance, warned that a shutdown "would ripple through the entire state economy."

"Every barrel that doesn't move through Prairie Crossing goes on a rail car instead, and rail is more dangerous, not less," said the group's president, Kurt Sorensen.

About 40 supporters gathered outside the courthouse Monday, some carrying signs with the Lakota phrase mni wiconi, "water is life."

Iron Shell said the tribe was prepared to take the case to the appeals court if needed.

"We've been fighting for this water for a long time," he said. "We are not tired yet."

A hearing on the motion has been scheduled for June 12.""",
        [
            ("Our people drink that water.", "Leonard Iron Shell"),
            ("If that line ruptures under", "Leonard Iron Shell"),
            ("Every single time, we were", "Leonard Iron Shell"),
            ("Noted. That's the word they", "Leonard Iron Shell"),
            ("They modeled a spill in", "Rebecca Hollow Horn"),
            ("That's not a small omission.", "Rebecca Hollow Horn"),
            ("has operated safely since it", "Heartland Midstream Partners"),
            ("state-of-the-art leak detection", "Heartland Midstream Partners"),
            ("would ripple through the entire", "North Dakota Petroleum Alliance"),
            ("Every barrel that doesn't move", "Kurt Sorensen"),
            ("We've been fighting for this", "Leonard Iron Shell"),
            ("We are not tired yet.", "Leonard Iron Shell"),
        ],
    ),
    (
        """Tribal council asks EPA to block gold mine in salmon-rich Western Alaska watershed

By Kyle Ostrander
Updated May 14

A tribal government in Western Alaska has formally asked the U.S. Environmental Protection Agency to use its Clean Water Act veto authority to stop a proposed open-pit gold mine in the headwaters of one of the region's most productive salmon rivers.

The Nanvaraq Traditional Council sent the petition Tuesday, arguing that the Silver Fox project, proposed by Vancouver-based Arctic Minerals Holdings, would permanently damage spawning habitat in the upper Qanirtuq River.

"We are salmon people. That's not a slogan, that's just a fact of how we live," said council president Agnes Kassayuli. "Every family in this village has a fish camp. You take the fish away, you take everything."

The petition, joined by four other tribes, cites the company's own baseline studies, which found chinook and coho salmon spawning in streams that would be buried by the mine's proposed waste rock facility.

Arctic Minerals says the mine's footprint is small and that it has redesigned the project twice to avoid sensitive habitat. In a written response to questions from the Daily News, company spokesman Peter Vranes said the petition was "premature and frankly misleading" because state and federal permitting is still underway.

"The right place for these concerns is the permitting process, and we are committed to that process," Vranes wrote. "We have every confidence that Silver Fox can be developed in a way that protects fish."

The project also has local supporters. The regional Native corporation, Kuskan Native Corp., owns the subsurface rights to part of the deposit and stands to collect royalties. Its board voted in 2023 to support advancing the mine through permitting.

Kuskan chief executive Harold Nicolai put it this way: "Our shareholders live in some of the poorest communities in the United States. We have an obligation to look at every opportunity for them, and we will not apologize for that."

The split between tribal councils and Native corporations, created under the 1971 Alaska Native Claims Settlement Act, is familiar in rural Alaska, where the two often answer to the same people but have different mandates.

"It's the same families on both sides of this," said Rose Andrew, a commercial fisherman and Kuskan shareholder from Nanvaraq. "My brother works for the corporation. I fish. We still eat dinner together. We just don't talk about the mine."

An EPA spokesperson said the agency had received the petition and was "reviewing it carefully," but did not say when it would respond.

The Alaska Department of Natural Resources, which is reviewing the company's water rights applications, said in a statement that the state opposes "any pre-emptive federal action" that would bypass the permitting process.

Kassayuli said the council would keep pressing.

"They keep telling us to wait for the process," she said. "We've been waiting since my grandmother's time. The fish don't wait."

No timeline has been set.""",
        [
            ("We are salmon people. That's", "Agnes Kassayuli"),
            ("Every family in this village", "Agnes Kassayuli"),
            ("premature and frankly misleading", "Peter Vranes"),
            ("The right place for these", "Peter Vranes"),
            ("We have every confidence that", "Peter Vranes"),
            ("Our shareholders live in some", "Harold Nicolai"),
            ("It's the same families on", "Rose Andrew"),
            ("My brother works for the", "Rose Andrew"),
            ("reviewing it carefully", "spokesperson"),
            ("any pre-emptive federal action", "Alaska Department of Natural Resources"),
            ("They keep telling us to", "Agnes Kassayuli"),
            ("We've been waiting since my", "Agnes Kassayuli"),
        ],
    ),
    (
        """First Nation says province sold rights under land it chose in treaty settlement

By Arun Dhillon

A Saskatchewan First Nation says the province quietly sold mineral rights under land the nation had already chosen as part of its treaty land entitlement settlement, and it wants the sale reversed.

Sandy Willow Cree Nation selected roughly 4,800 hectares of Crown land near the Rural Municipality of Kestrel Plains in 2017 under its 1997 Treaty Land Entitlement agreement, according to documents provided to the Leader-Post. The land has still not been converted to reserve status.

In February, the province sold subsurface rights to about 1,200 hectares of that selection to Prairie Potash Corp., a Saskatoon-based junior exploration company.

Chief Darlene Kaye said at a news conference in Regina on Wednesday that the nation had done "everything the government asked us to do."

"We selected this land in good faith. We did the environmental site assessments, we paid for the surveys, we negotiated with the third-party interests, and then we waited. Seven years, we waited.

"And while we were waiting, they turned around and sold what is underneath our land to a mining company. Nobody called us. We found out from a trapper who saw the survey stakes."

The Saskatchewan Ministry of Energy and Resources said in an emailed statement that land selected under treaty entitlement agreements remains provincial Crown land until it is transferred to Canada to be set apart as reserve, and that mineral dispositions "follow the process set out in legislation."

The statement said the ministry "is aware of the First Nation's concerns" and is reviewing the file.

Prairie Potash president Gordon Epp said the company bought the rights through a public process and had no idea the land was subject to a treaty selection.

"We didn't know. That's the honest answer," Epp said in a phone interview. "If we had known, we would have gone to the community first. We'd still like to sit down with them."

He said the company has not done any drilling on the parcel and has paused work pending talks.

Treaty land entitlement settlements, signed beginning in 1992, were meant to make up for land the Crown owed under the numbered treaties but never provided.

"This is not a one-off. We have nations that selected land in the 1990s that still isn't reserve," said Marcel Delorme, vice-chief of the Saskatchewan Treaty Nations Council. "The province has every incentive to drag its feet, because as long as the land isn't reserve, the province keeps the revenue."

Kaye said the nation has sent a notice of claim to the province and to the federal Department of Crown-Indigenous Relations, and will seek an injunction if the sale isn't cancelled.

She did not rule out a partnership with the company.

"We're not saying no to development. We're saying no to being left out," she said. "It's our land. We should be the ones deciding."

The ministry did not say when its review would be complete.""",
        [
            ("everything the government asked us", "Darlene Kaye"),
            ("We selected this land in", "Darlene Kaye"),
            ("And while we were waiting,", "Darlene Kaye"),
            ("follow the process set out", "Saskatchewan Ministry of Energy and Resources"),
            ("is aware of the First", "Saskatchewan Ministry of Energy and Resources"),
            ("We didn't know. That's the", "Gordon Epp"),
            ("If we had known, we", "Gordon Epp"),
            ("This is not a one-off.", "Marcel Delorme"),
            ("The province has every incentive", "Marcel Delorme"),
            ("We're not saying no to", "Darlene Kaye"),
            ("It's our land. We should", "Darlene Kaye"),
        ],
    ),
    (
        """Court Ruling Clears Way for Copper Mine on Land Apache Groups Call Sacred

By Caroline Westbrook
Reporting from Phoenix

A federal appeals court on Friday cleared the way for the government to hand over a stretch of national forest in central Arizona to a mining company, rejecting arguments from Apache groups that the transfer would violate their religious freedom and an 1852 treaty.

The 2-to-1 decision from a panel of the U.S. Court of Appeals for the Ninth Circuit means the Forest Service can proceed with a land exchange that would give Sonora Ridge Copper, a joint venture of two multinational mining companies, about 2,400 acres surrounding Cottonwood Mesa, a place the San Tomas Apache Tribe has used for ceremonies for centuries.

The company plans to extract what it says is one of the largest untapped copper deposits in North America using a method known as “block caving,” which would eventually cause the ground at the site to collapse into a crater nearly two miles wide.

“Our prayers are there. Our daughters have their Sunrise Ceremonies there,” said Marlene Kessay, chairwoman of the San Tomas Apache Tribe, which joined the lawsuit. “You would not let a company dig a hole under a cathedral. That is what this is.”

In the majority opinion, Judge Raymond Okamoto wrote that while the tribe’s religious beliefs were “sincere and deeply held,” the transfer of the land did not substantially burden their religious exercise under the Religious Freedom Restoration Act as courts have interpreted it.

In a sharply worded dissent, Judge Helen Marquez said the majority had “reduced a living religion to a property dispute.”

“When the site of worship itself is destroyed, it is difficult to imagine a more substantial burden,” she wrote.

Sonora Ridge Copper said in a statement that it was “pleased with the court’s decision” and that the mine would create about 1,400 direct jobs.

The company’s president, Douglas Whitford, told reporters in Phoenix that it had consulted with Apache communities for more than a decade and had changed its plans to protect some sites.

“We recognize this is a place of deep significance, and we have tried to listen,” Mr. Whitford said. “We also believe the country needs this copper. You cannot build an electric vehicle or a wind turbine without it.”

The Agriculture Department, which oversees the Forest Service, said it was reviewing the ruling. A person familiar with the administration’s deliberations, who spoke on condition of anonymity because the matter was still under discussion, said officials were weighing whether to delay the transfer to allow further consultation with the tribes, but that “no decision has been made.”

Tribal members have maintained a prayer camp at Cottonwood Mesa since 2021, and she said they had no plans to leave.

“People keep asking me if this is over,” she said. “I tell them it was never about one court. It’s about whether this country keeps its word.”""",
        [
            ("Our prayers are there. Our", "Marlene Kessay"),
            ("You would not let a", "Marlene Kessay"),
            ("sincere and deeply held", "Raymond Okamoto"),
            ("reduced a living religion to", "Helen Marquez"),
            ("When the site of worship", "Helen Marquez"),
            ("pleased with the court’s decision", "Sonora Ridge Copper"),
            ("We recognize this is a", "Douglas Whitford"),
            ("We also believe the country", "Douglas Whitford"),
            ("no decision has been made.", "person familiar with the administration’s deliberations"),
            ("People keep asking me if", "Marlene Kessay"),
            ("I tell them it was", "Marlene Kessay"),
        ],
    ),
    (
        """Federal Court of Appeal quashes Western Gateway pipeline expansion approval

OTTAWA — The Federal Court of Appeal has overturned the federal government's approval of the Western Gateway pipeline expansion, finding that Ottawa failed to meaningfully consult six First Nations whose territories the line would cross.

In a unanimous decision released Thursday, the three-judge panel said federal officials had done little more than record the concerns of the nations without responding to them.

"Consultation is not a note-taking exercise," Justice Anne-Marie Létourneau wrote for the panel. "The Crown must engage with the substance of what it hears, and where appropriate, change course."

The ruling sends the project back to the federal cabinet, which must redo that phase of consultation before it can issue a new approval.

The $9.4-billion expansion would nearly double the capacity of the existing Western Gateway line, which carries diluted bitumen and refined products from near Edmonton to a marine terminal on the B.C. coast.

Chief Clifford Sinclair of the Kinosew Lake Cree Nation, one of the applicants, called the ruling "a vindication for every nation that has ever been told its concerns were heard."

"We did not go to court because we are against pipelines," Sinclair told The Canadian Press. "We went to court because the government treated our rights like a formality. Today the court told them that is not good enough."

Natural Resources Minister Sylvie Bouchard said in the House of Commons that the government "respects the court's decision" and is studying it.

"We will do this right," Bouchard said. "We will go back, we will consult, and we will get this project built in a way that respects Indigenous rights."

Her office would not say how long a new round of consultation might take. A spokeswoman for the minister said in an email that it was "too early to speculate on timelines."

The company behind the project, Western Gateway Pipelines Inc., said it was "deeply disappointed by the ruling" but remained committed to the expansion and would work with the government on next steps.

Conservative energy critic Brett Kowalchuk accused the government of botching the file for a second time.

"This is a self-inflicted wound," he said. "Every delay costs Canadian workers, and every delay sends a message to investors that this country cannot get anything built."

The decision is likely to be closely studied by governments and industry across the country, according to Jasmine Cardinal, who teaches Indigenous law at the University of Alberta.

"What the court is saying is that listening is not the same as consulting," Cardinal said. "That's going to matter well beyond this pipeline."

Sinclair said his nation would be at the table when the government returns.

"We've always been willing to talk," he said. "We just want someone on the other side who is actually listening."

The government has 60 days to decide whether to seek leave to appeal to the Supreme Court of Canada.""",
        [
            ("Consultation is not a note-taking", "Anne-Marie Létourneau"),
            ("The Crown must engage with", "Anne-Marie Létourneau"),
            ("a vindication for every nation", "Clifford Sinclair"),
            ("We did not go to", "Clifford Sinclair"),
            ("We went to court because", "Clifford Sinclair"),
            ("respects the court's decision", "Sylvie Bouchard"),
            ("We will do this right", "Sylvie Bouchard"),
            ("We will go back, we", "Sylvie Bouchard"),
            ("too early to speculate on", "spokeswoman"),
            ("deeply disappointed by the ruling", "Western Gateway Pipelines Inc."),
            ("This is a self-inflicted wound", "Brett Kowalchuk"),
            ("Every delay costs Canadian workers", "Brett Kowalchuk"),
            ("What the court is saying", "Jasmine Cardinal"),
            ("That's going to matter well", "Jasmine Cardinal"),
            ("We've always been willing to", "Clifford Sinclair"),
            ("We just want someone on", "Clifford Sinclair"),
        ],
    ),
]
