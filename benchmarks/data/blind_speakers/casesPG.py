CASES = [
    (
        """Sahtlo Dene First Nation takes N.W.T. to court over lithium drilling permits

Chief says community learned of permits near Kehti Lake from a website notice

Marie Kaskamin · CBC News · Posted: Mar 14, 2024 5:00 AM CDT

The Sahtlo Dene First Nation is asking a judge to overturn drilling permits issued to a Vancouver-based mining company, arguing the N.W.T. government never properly consulted the community before approving work near a lake its members have fished for generations.

The application for judicial review, filed in N.W.T. Supreme Court last week, targets two land-use permits granted in January to Northbar Minerals Inc. for its Grayling Ridge lithium property, about 90 kilometres northeast of Fort Tessier.

"We found out about the permits from a notice on a website," Chief Dolphus Nitsiza said in an interview Wednesday. "Nobody came to Fort Tessier. Nobody sat down with our elders. That's not consultation, that's paperwork."

Nitsiza said the country around Kehti Lake is where families set nets each fall and hunt caribou when the animals pass through in late winter.

He said the First Nation is not opposed to mining, but wants "a real say" over what happens on its land and a share of any benefits.

"Our young people need jobs. Nobody is saying no to everything," he said. "But you don't get to drill first and ask later."

Rosie Kodzin, 78, said she grew up travelling by dog team to the lake with her parents.

"My father showed me where the fish spawn, where the ice is bad in spring," she said in South Slavey, through an interpreter. "If they put camps and drills there, who will remember those places?"

In an emailed statement, the territory's Department of Lands and Resources said it "takes its duty to consult seriously" and had followed the process set out in the regulations. The department said it could not comment further because the matter is before the courts.

Northbar Minerals said in a news release Tuesday that it had held "multiple information sessions" in the region since 2022 and remained "committed to building a respectful, long-term relationship" with the Sahtlo Dene.

Greg Hollister, the company's president and CEO, told CBC News the summer program would involve about a dozen drill holes and a temporary camp of 20 people.

"This is early-stage exploration. The footprint is deliberately small," Hollister said. "We'd welcome the chance to sit down with the chief and council at any time."

Nicole Beaulieu, a lawyer representing the First Nation, said the case could be heard as early as June.

"The Crown's obligation doesn't get smaller because the drill program is small," Beaulieu said.

Lithium has drawn growing interest in the N.W.T. as demand rises for electric vehicle batteries. The territory listed critical minerals as an economic priority in its 2023 mineral strategy.""",
        [
            ("We found out about the", "Dolphus Nitsiza"),
            ("Nobody came to Fort Tessier.", "Dolphus Nitsiza"),
            ("a real say", "Dolphus Nitsiza"),
            ("Our young people need jobs.", "Dolphus Nitsiza"),
            ("But you don't get to", "Dolphus Nitsiza"),
            ("My father showed me where", "Rosie Kodzin"),
            ("If they put camps and", "Rosie Kodzin"),
            ("takes its duty to consult", "Department of Lands and Resources"),
            ("multiple information sessions", "Northbar Minerals Inc."),
            ("committed to building a respectful,", "Northbar Minerals Inc."),
            ("This is early-stage exploration.", "Greg Hollister"),
            ("We'd welcome the chance to", "Greg Hollister"),
            ("The Crown's obligation doesn't get", "Nicole Beaulieu"),
        ],
    ),
    (
        """Ottawa to fast-track review of Arctic gas pipeline, angering some Dene leaders

OTTAWA — The federal government will fast-track the environmental assessment of a proposed natural gas pipeline from the Beaufort Sea coast to northern Alberta, Northern Affairs Minister Laurent Gagnier announced Thursday, drawing swift criticism from some First Nations along the 1,200-kilometre route.

The Arctic Gateway pipeline, proposed by Calgary-based Borealis Midstream Ltd., would carry gas from fields near the Inuvialuit community of Nallurak south through the Mackenzie Valley to a connection point near High Level, Alta.

Gagnier told reporters in Ottawa the project had been designated a national priority and would receive a decision within two years, rather than the usual five.

"Northerners have been waiting for this kind of infrastructure for half a century," Gagnier said. "We can build it faster without cutting corners, and we can build it in partnership with Indigenous communities."

The government said in a news release that at least 11 Indigenous governments and organizations along the route had signed letters of support.

But Grand Chief Helen Tsetso of the Ehdaa Dene Tribal Council said the announcement came without warning.

"We read about it in the news like everybody else," Tsetso said in a phone interview from Fort Ehdaa. "Speeding up a review means less time for our people to be heard. It means the same old story."

She said the council, which represents five communities, would consider "every option, including the courts."

According to a briefing note obtained by The Canadian Press, department officials warned last spring that a compressed timeline "creates elevated litigation risk" in areas where land claims remain unsettled.

A senior government official, who spoke on condition of anonymity because they were not authorized to discuss the matter publicly, said the department had held "dozens of meetings" with communities on the route over the past year.

"Nobody is being blindsided," the official said.

Borealis Midstream chief executive Dana Roszell welcomed the decision.

"A clear, predictable timeline is what investors have been asking for," Roszell said in a statement. "We remain committed to equity ownership for Indigenous partners of up to 30 per cent."

The company estimates the pipeline would cost $14 billion and create roughly 6,000 construction jobs.

Joseph Kikoak, chair of the Nallurak Community Corp., one of the groups that signed a letter of support, said communities on the coast have watched gas projects come and go for decades.

"The last time a pipeline was on the table, I was a teenager," he said. "Now I have grandchildren. We'd like to see something actually get built."

This report by The Canadian Press was first published Oct. 3, 2024.""",
        [
            ("Northerners have been waiting for", "Laurent Gagnier"),
            ("We can build it faster", "Laurent Gagnier"),
            ("We read about it in", "Helen Tsetso"),
            ("Speeding up a review means", "Helen Tsetso"),
            ("every option, including the", "Helen Tsetso"),
            ("creates elevated litigation risk", "department officials"),
            ("dozens of meetings", "senior government official"),
            ("Nobody is being blindsided,", "senior government official"),
            ("A clear, predictable timeline is", "Dana Roszell"),
            ("We remain committed to equity", "Dana Roszell"),
            ("The last time a pipeline", "Joseph Kikoak"),
            ("Now I have grandchildren.", "Joseph Kikoak"),
        ],
    ),
    (
        """Road authority approves $18M more for Sillik Hills mine road as villages object

By Hannah Pruett

Updated March 2, 2024 Published March 1, 2024

The Alaska Industrial Access Authority voted 5-1 on Thursday to spend another $18 million on design and permitting for a 160-mile industrial road to the Sillik Hills copper district in Northwest Alaska, over the objections of several tribes whose villages sit along the proposed route.

The gravel road would cross 11 major rivers and hundreds of smaller streams between the Tagvik River and a cluster of copper and zinc deposits held by Arctic Boreal Metals Inc., a joint venture backed by Canadian and Australian investors.

Authority chair Mike Strand said the road would open up "a world-class mineral district" and bring year-round jobs to a region with some of the highest living costs in the country.

"This is about whether Alaska is going to develop its own resources or leave them in the ground while we buy copper from overseas," Strand said during the meeting in Anchorage.

Board member Teresa Nanouk, who cast the lone dissenting vote, said the authority was moving faster than affected communities could keep up.

"We keep hearing that the villages will benefit," she said. "I'd like someone to show me the village that asked for this."

In Kivalik, a village of about 400 people on the Tagvik River, tribal council president Albert Sampson said residents depend on sheefish and caribou that move through the road corridor. The council passed a resolution in January opposing the road and has written to federal agencies asking them to revisit the project's right-of-way permits.

"Our people have been here for thousands of years. The road will be here maybe 50, and then what?" Sampson said in a phone interview Friday. "The fish don't come back because somebody wrote a mitigation plan."

According to the authority's own economic analysis, the road would cost about $500 million to build and would be repaid through tolls charged to mining companies. Critics have questioned those projections, which the analysis itself describes as "subject to significant uncertainty" tied to future metal prices.

Not everyone in the region is opposed. Qanik Regional Corporation, the Alaska Native regional corporation that owns land inside the mining district, signed an agreement with Arctic Boreal Metals in 2022.

"Our shareholders have told us they want jobs they can raise a family on without leaving home," said Lorraine Kiana, Qanik's vice president of lands.

She said the corporation's agreement with the company includes local hiring targets and a seat on an environmental oversight committee.

Arctic Boreal Metals spokeswoman Jen Castellano said the company would continue "to listen and to adapt" the project as permitting moves forward.

The authority's next step is an updated route study, expected by the end of the year. Federal permits for the road remain under review after a 2022 court ruling sent them back to the agencies that issued them.""",
        [
            ("a world-class mineral district", "Mike Strand"),
            ("This is about whether Alaska", "Mike Strand"),
            ("We keep hearing that the", "Teresa Nanouk"),
            ("I'd like someone to show", "Teresa Nanouk"),
            ("Our people have been here", "Albert Sampson"),
            ("The fish don't come back", "Albert Sampson"),
            ("subject to significant uncertainty", "Alaska Industrial Access Authority"),
            ("Our shareholders have told us", "Lorraine Kiana"),
            ("to listen and to adapt", "Jen Castellano"),
        ],
    ),
    (
        """Iqalukjuaq hunters say mine ships are driving narwhal away

“We are seeing fewer every year,” HTO chair tells review board

By Jeremy Kilabuk

IQALUKJUAQ — Hunters in Iqalukjuaq say ore ships serving a north Baffin iron mine are driving narwhal away from waters they have hunted for generations, and they want the Nunavut Review Board to cap shipping before it approves any expansion.

About 60 people packed the community hall on Tuesday for the second day of the board’s hearing into Aqsarniit Iron Corp.’s proposal to double annual shipments from its Tasiujaq mine to 12 million tonnes.

“When I was young we would see narwhal right in front of the community in August,” said Jaco Ipeelie, chair of the Iqalukjuaq Hunters and Trappers Organization, speaking in Inuktitut through an interpreter. “Now we have to go very far, and we are seeing fewer every year.”

Ipeelie said hunters have kept their own records of sightings since 2019, and those notes show the whales arriving later in the season and staying farther offshore.

“The company has its scientists. We have ours too — they are the hunters,” he said.

Sophie Lachance, Aqsarniit’s vice-president of environment, told the board the company’s monitoring program has found no evidence that shipping has caused a long-term decline in the region’s narwhal population.

“We take these observations very seriously, and we have already reduced ship speeds in the inlet,” Lachance said. “We are prepared to put Inuit marine monitors on every vessel during the open-water season.”

She said the expansion would create about 400 more jobs and that the company has committed to filling at least 25 per cent of them with Inuit.

The Baffin North Inuit Association, which holds the mine’s Inuit impact and benefit agreement, has not taken a final position on the expansion. But in a written submission to the board, the association said it “cannot support any increase in shipping” until the company answers outstanding questions about marine mammals and sea ice.

Some residents at the hearing said they were torn. Several young people who work at the mine site on two-week rotations spoke about the money it brings home, while others said the mine has already changed the land around it.

Elder Leah Qaunaq spoke last, after the lunch break, and addressed the company’s officials directly:

“I want my grandchildren to eat the food I ate. Money runs out. The sea does not, if we take care of it.”

Board chair Simon Qulaut thanked residents for their patience through a long day of technical presentations.

“We have heard a great deal over these two days, and all of it goes on the record,” Qulaut said.

The hearing moves to Sanniliq on Thursday. Final written submissions are due by June 30, after which the board will send its recommendation to the federal minister responsible for northern affairs.""",
        [
            ("We are seeing fewer every", "Jaco Ipeelie"),
            ("When I was young we", "Jaco Ipeelie"),
            ("Now we have to go", "Jaco Ipeelie"),
            ("The company has its scientists.", "Jaco Ipeelie"),
            ("We take these observations very", "Sophie Lachance"),
            ("We are prepared to put", "Sophie Lachance"),
            ("cannot support any increase in", "Baffin North Inuit Association"),
            ("I want my grandchildren to", "Leah Qaunaq"),
            ("We have heard a great", "Simon Qulaut"),
        ],
    ),
    (
        """Kluhini First Nation asks Yukon to close White Hare Creek to new placer claims

Tessa Morrow

Yukon News

The Kluhini First Nation is calling on the Yukon government to withdraw the White Hare Creek watershed from new placer mining claims, saying more than a century of stream mining has left salmon habitat there badly damaged.

Chief Roberta Sidney made the request at a press conference in Whitehorse on Monday, flanked by elders and youth who had driven down from Carmine Landing that morning.

“Our ancestors fished this creek. Our children can barely find a fish in it,” Sidney said. “We are not asking for something radical. We are asking the government to let the land heal.”

The First Nation’s draft land use plan, titled “Healing Waters,” identifies the lower 40 kilometres of the creek as a priority area for protection. There are currently 214 active placer claims in the watershed, according to territorial mining records.

Elder Walter Kanosh described spending summers at a fish camp near the mouth of the creek in the 1950s.

“There were so many salmon you could hear them at night, splashing in the shallows. My mother dried fish on racks all along the bank.

“Then the cats came, and the sluices. The water turned brown and stayed brown. I have been waiting my whole life for somebody to fix it.”

Not everyone is on board. Dale Pruden, executive director of the Yukon Small Miners’ Alliance, said a withdrawal would put family operations out of business.

“Some of these claims have been worked by the same family for three generations,” Pruden said. “You can’t just draw a line on a map and tell them it’s over.”

He said placer miners have spent heavily on reclamation in recent years and must meet strict water licence conditions. Pruden said the alliance would be “happy to sit down” with the First Nation to talk about which areas matter most to its citizens.

Sidney had a response ready when asked about the miners’ offer:

“We have sat down. We have been sitting down since 1998. Every time we sit down, more claims get staked.”

In a statement, Energy, Mines and Resources Minister Kent Halvorsen said the government “respects the Kluhini First Nation’s leadership on this issue” and would review the request “in keeping with our obligations under the final agreement.”

The statement did not say when a decision would be made.

The territory has used temporary withdrawals before to pause staking while land use plans are finished. Sidney said the First Nation would accept an interim withdrawal as a first step, but that the long-term goal is permanent protection.

“Interim is fine for now,” she said. “But the salmon need more than interim.”

The White Hare Creek watershed covers roughly 1,800 square kilometres north of Carmine Landing.""",
        [
            ("Our ancestors fished this creek.", "Roberta Sidney"),
            ("We are not asking for", "Roberta Sidney"),
            ("There were so many salmon", "Walter Kanosh"),
            ("Then the cats came, and", "Walter Kanosh"),
            ("Some of these claims have", "Dale Pruden"),
            ("You can’t just draw a", "Dale Pruden"),
            ("happy to sit down", "Dale Pruden"),
            ("We have sat down.", "Roberta Sidney"),
            ("respects the Kluhini First Nation’s", "Kent Halvorsen"),
            ("in keeping with our obligations", "Kent Halvorsen"),
            ("Interim is fine for now,", "Roberta Sidney"),
            ("But the salmon need more", "Roberta Sidney"),
        ],
    ),
    (
        """Alaska tribes urge US to press Canada on mine dam upstream of salmon river

By LAURA HOLMGREN Associated Press

JUNEAU, Alaska (AP) — A coalition of Southeast Alaska tribes asked the State Department on Tuesday to push Canada for an independent, binding review of a tailings dam planned at a British Columbia gold and copper mine upstream of one of the region's most productive salmon rivers.

The Red Ptarmigan project, owned by Toronto-based Halberd Resources Corp., sits about 20 miles (32 kilometers) from the Alaska border on a tributary of the Tahsen River, which empties into the sea near the fishing community of Kettle Bay.

In a letter to the department, the Tahsen Watershed Tribal Commission said a failure of the dam, which would hold back decades' worth of mine waste, "would devastate commercial, sport and subsistence fisheries that Alaskans have depended on for generations."

"We are downstream, and we have no vote," said Frederick Jackson, the commission's chairman and a member of the Kettle Bay Indian Association. "If that dam fails, it is our rivers, our fish and our people who pay for it."

Halberd Resources said in an emailed statement that the dam was designed to "the highest international safety standards" and would be overseen by an independent engineering panel. The company said it had met with Alaska tribal representatives twice in the past year and "welcomes continued dialogue."

The B.C. Ministry of Mines said the project "remains subject to rigorous provincial oversight" and that Alaska agencies had been invited to comment during the provincial environmental review.

Tribes and fishing groups in Southeast Alaska have for years sought to have disputes over cross-border mines referred to the International Joint Commission, a U.S.-Canadian body created under a 1909 treaty to help resolve conflicts over shared waters. Such a referral requires both governments to agree.

A State Department spokesperson said the department had received the letter and was "reviewing it carefully," but declined to comment further.

State Sen. Marla Jennings, a Ketchikan Republican, said she backed the tribes' request.

"This isn't an anti-mining position. I've voted for plenty of mines," Jennings said. "But when the risk crosses the border and the say doesn't, that's a problem."

In Kettle Bay, where the summer sockeye run anchors the local economy, commercial fishermen have been watching the project closely. Dave Lindqvist, who has gillnetted the Tahsen for 31 years, said the worry comes up at the harbor almost every day.

"Everybody here has a boat payment riding on that river," Lindqvist said. "You don't get a second chance with a salmon run."

Halberd expects to make a construction decision next year, pending final permits.

Associated Press writer Jim Morrow in Vancouver, British Columbia, contributed to this report.""",
        [
            ("would devastate commercial, sport", "Tahsen Watershed Tribal Commission"),
            ("We are downstream, and we", "Frederick Jackson"),
            ("If that dam fails, it", "Frederick Jackson"),
            ("the highest international safety standards", "Halberd Resources Corp."),
            ("welcomes continued dialogue.", "Halberd Resources Corp."),
            ("remains subject to rigorous provincial", "B.C. Ministry of Mines"),
            ("reviewing it carefully,", "spokesperson"),
            ("This isn't an anti-mining position.", "Marla Jennings"),
            ("But when the risk crosses", "Marla Jennings"),
            ("Everybody here has a boat", "Dave Lindqvist"),
            ("You don't get a second", "Dave Lindqvist"),
        ],
    ),
    (
        """RCMP arrest four at Tsaa Dene camp blocking pipeline road in northern B.C.

Hereditary chief says company's deals with band councils don't cover house territories

Lindsay Crane

APTN News

RCMP officers arrested four people Monday at a camp on Tsaa Dene territory in northern B.C., where land defenders had blocked a forest service road used by crews building the Northern Crest natural gas pipeline for nearly two months.

Police moved in shortly after dawn, according to people at the camp, who said officers with dogs and an excavator dismantled a cabin and a checkpoint that had been built across the road at the 44-kilometre mark.

"They came in like it was a war," said Marlene Tom, a Tsaa Dene member who was at the camp but was not arrested. "We were making breakfast. There were kids here."

Video posted to social media shows officers leading two women to a police vehicle as others sing and drum nearby.

Hereditary Chief Roy Abel of the Beaver Clan said the house groups never consented to the pipeline crossing their territory, regardless of the agreements the company signed with elected councils.

"The band council has authority on the reserve. Out here, the land is governed by the houses, the way it always has been," Abel said. "No court in Vancouver changes that."

In a statement, the RCMP said officers were enforcing a B.C. Supreme Court injunction granted to Northern Crest Pipeline Ltd. in January, and that the people arrested "were given multiple opportunities to leave the area" before police acted.

An RCMP spokesperson told APTN News the four had been released on conditions that include staying away from the pipeline corridor.

"Our priority is the safety of everyone on that road, including the protesters and the workers," the spokesperson said.

A legal observer who was at the scene, and who asked not to be named because she works for a Vancouver law firm, said officers "didn't give people much time at all" to gather their belongings before making arrests.

Northern Crest Pipeline said in an emailed statement that it "respects the right to peaceful and lawful protest," but that the blockade had put workers at risk and pushed back construction by several weeks. The company said it has signed benefit agreements with 16 First Nations along the route, including the elected council of the Tsaa Dene Nation.

Elected Chief Karen Prince told APTN in January that her council's agreement would bring "real money for housing and for our young people," but she declined to comment Monday.

Abel said the camp would be rebuilt.

"They can take down a cabin," he said. "They can't take us off our land."

The four people arrested are scheduled to appear in court in Prince George next month.""",
        [
            ("They came in like it", "Marlene Tom"),
            ("We were making breakfast.", "Marlene Tom"),
            ("The band council has authority", "Roy Abel"),
            ("No court in Vancouver changes", "Roy Abel"),
            ("were given multiple opportunities to", "RCMP"),
            ("Our priority is the safety", "spokesperson"),
            ("didn't give people much time", "legal observer"),
            ("respects the right to peaceful", "Northern Crest Pipeline Ltd."),
            ("real money for housing and", "Karen Prince"),
            ("They can take down a", "Roy Abel"),
            ("They can't take us off", "Roy Abel"),
        ],
    ),
    (
        """Nanvarnaq shareholders reject lease for gold prospect airstrip

Caleb Whitfield, Alaska Public Media

April 22, 2024

Shareholders of the Nanvarnaq village corporation have voted down a land lease that would have let a Canadian mining company build an airstrip and exploration camp near the Qaluq Creek gold prospect, about 40 miles upriver from the Yukon-Kuskokwim Delta village.

The vote, tallied Saturday at the community hall, was 212 to 147 against the lease, according to Nanvarnaq Native Corporation president Edwin Paniyak.

Paniyak, who supported the deal, said he respects the result.

"People came out and they spoke. That's how it's supposed to work," he said in a phone interview Monday. "I'm disappointed, but I'm not going to pretend I'm surprised."

The lease would have paid the corporation about $1.2 million over five years and included what the company called a "community first" hiring policy for jobs at the camp.

Rita Nick, a teacher's aide who fishes for salmon and whitefish every summer, helped organize opposition over the winter.

"Our kids are the ones who will live with this after the company leaves," Nick said. "We kept asking, what happens to the water in 30 years? Nobody could answer us."

She said dozens of elders spoke against the lease at a March meeting, many of them in Yugtun.

Vancouver-based Kestrel Ridge Gold Corp. said in a statement that it was "disappointed but respectful" of the decision and would "evaluate alternative access options" for the project, which lies partly on state land.

That worries some residents. A Nanvarnaq tribal council member, who asked not to be named because the council has not taken a formal position, said the vote "might just move the airstrip, not stop the mine."

A spokesman for the Alaska Department of Natural Resources said no new permit applications had been filed for the area, and that any future proposal "would go through the standard public process."

Paniyak said the corporation's board will meet next month to talk about what comes next.

"Whatever we do, it'll be the shareholders' call. That's the lesson here," he said.

Qaluq Creek has been explored on and off since the 1980s. Kestrel Ridge acquired the claims in 2021 and drilled 14 holes last summer.""",
        [
            ("People came out and they", "Edwin Paniyak"),
            ("I'm disappointed, but I'm not", "Edwin Paniyak"),
            ("Our kids are the ones", "Rita Nick"),
            ("We kept asking, what happens", "Rita Nick"),
            ("disappointed but respectful", "Kestrel Ridge Gold Corp."),
            ("evaluate alternative access options", "Kestrel Ridge Gold Corp."),
            ("might just move the airstrip,", "Nanvarnaq tribal council member"),
            ("would go through the standard", "spokesman"),
            ("Whatever we do, it'll be", "Edwin Paniyak"),
        ],
    ),
]
