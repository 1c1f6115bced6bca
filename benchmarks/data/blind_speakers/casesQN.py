CASES = [
    (
        """Pukeroa council votes for 14 percent rates rise despite 'last straw' warning from farmers

Pukeroa District Council has signed off a 14.2 percent average rates increase, with the mayor saying the alternative was letting the district's ageing water pipes fail.

Councillors voted 7-4 on Wednesday to adopt the long-term plan after three days of hearings, during which more than 600 people made submissions.

Mayor Hemi Tautahi told RNZ the decision was "the hardest vote this table has taken in a decade".

"Nobody around that table wanted to do this. But we have wastewater plants that are 50 years old, and we have the regional council telling us our consents won't be renewed unless we upgrade. There isn't a cheaper option that keeps us legal," he said.

"If we push it out another three years, the bill doesn't shrink - it grows."

Federated Farmers' local provincial president, Karen Dobbie, said many rural ratepayers would be paying more than $9000 a year and were receiving little in return.

"Our members are on tank water and septic tanks. They don't get the reticulated water, they don't get the kerbside collection, and yet they're being asked to carry a big share of this," she said.

She described the increase as "the last straw" for some sheep and beef farmers already dealing with low lamb prices.

Councillor Mere Walsh, who voted against the plan, said the council had not looked hard enough at its own spending.

"We've added 22 staff in three years. I'm not saying those people aren't working hard, but we should have looked inside the building before we looked at people's letterboxes."

Chief executive Grant Elphick said the council had already cut $3.1 million from its draft budget, including deferring a new library in Pukeroa township and halving its events grant.

According to Elphick, about 70 percent of the increase was driven by water, with the rest largely down to insurance and higher interest costs.

The Department of Internal Affairs said in a statement that councils were "required to set rates that fund their obligations" and that the government's water services framework gave them options to spread costs, including through council-controlled organisations.

A ratepayer who spoke at the hearings, and asked not to be named because she works for a contractor to the council, said people in her street were already "choosing between the power bill and the rates".

The council will offer a rates postponement scheme for residents over 65 and has increased its hardship remission fund to $250,000.

The new rates take effect from 1 July.""",
        [
            ("last straw", "Karen Dobbie"),
            ("the hardest vote this", "Hemi Tautahi"),
            ("Nobody around that table", "Hemi Tautahi"),
            ("If we push it", "Hemi Tautahi"),
            ("Our members are on", "Karen Dobbie"),
            ("the last straw", "Karen Dobbie"),
            ("We've added 22 staff", "Mere Walsh"),
            ("required to set rates", "Department of Internal Affairs"),
            ("choosing between the power", "ratepayer"),
        ],
    ),
    (
        """Longline operators warn of job losses as ministry caps licences

By SALOTE RAVULA

THE Ministry of Fisheries will cap the number of tuna longline licences at 60 from next year, a move industry operators say could cost hundreds of jobs.

Speaking in Parliament on Tuesday, Minister for Fisheries Jone Vakadewavosa said the cap was needed to protect albacore stocks, which scientists had warned were under pressure.

"We cannot keep issuing licences as if the ocean has no bottom. The catch rates our own boats are reporting tell us the fish are getting smaller and harder to find," Mr Vakadewavosa said.

He said the ministry would give priority to locally owned vessels that landed their catch in Fiji.

But Fiji Longline Operators Council president Ashneel Prasad said the industry had not been properly consulted.

"We found out about this in the newspaper. Nobody from the ministry sat down with us," Mr Prasad said.

"Each boat employs 12 to 15 crew, and there are the processing workers on shore as well. If you take ten boats out, you are talking about 400 families."

He said the council would seek a meeting with the Office of the Prime Minister.

A ministry official, who did not want to be named as he was not authorised to speak to the media, said the cap had been discussed with operators "at least three times" since 2023.

According to the ministry's latest annual report, the local longline fleet landed 14,300 tonnes of tuna last year, down from 17,800 tonnes five years earlier.

The Pacific Islands Tuna Science Network, in a briefing paper released last month, said albacore in the southern Pacific was "not yet overfished but trending in the wrong direction" and recommended that coastal states hold fishing effort at current levels.

Crew member Timoci Naivalu, 34, of Naqara settlement, who has worked on longliners for 11 years, said he was worried about what the cap would mean for his family.

"This is the only work I know. My two children are in school and I pay their fees from this job," he said.

Opposition spokesperson on fisheries Litia Qalo said the Government should have phased in the cap over three years.

"Nobody is arguing against protecting the fish. We are arguing against doing it overnight," she said.

The cap is expected to take effect on January 1.""",
        [
            ("We cannot keep issuing", "Jone Vakadewavosa"),
            ("We found out about", "Ashneel Prasad"),
            ("Each boat employs 12", "Ashneel Prasad"),
            ("at least three times", "ministry official"),
            ("not yet overfished but", "Pacific Islands Tuna Science Network"),
            ("This is the only", "Timoci Naivalu"),
            ("Nobody is arguing against", "Litia Qalo"),
        ],
    ),
    (
        """Hawks coach fumes after two yellow cards sink semi-final hopes

By Liam Te Huia

Kaimai Hawks coach Darryl Mumford says his side “gifted” Westhaven a place in the semi-finals after two yellow cards in the final quarter left them with 13 men at Kowhai Park on Saturday.

The Hawks led 24-13 with 18 minutes to play before lock Sione Fifita and replacement halfback Kaleb Reti were sent to the bin within four minutes of each other. Westhaven scored twice while the home side were short, and first five-eighth Jordan Tamatea slotted a penalty after the siren to win it 27-24.

“We were in control of that game. Then we made two decisions that were just dumb, and you can’t do that at this level,” Mumford said.

“I’m not blaming the ref. Sione went off his feet, and Kaleb was offside. They were the right calls. But we talked all week about discipline and we didn’t front up when it mattered.”

Asked whether Fifita’s card was harsh, Mumford paused. “It was a 50-50. I’ve seen them go the other way. That’s all I’ll say.”

Hawks captain Ben Arapeta said the dressing room was “gutted”.

“We’ve worked so hard for this. The boys are hurting, and they should be hurting,” he told reporters.

Westhaven coach Phil Gannaway praised his team’s composure. “At 24-13 a lot of teams go into their shells. Our boys just kept asking the question. Jordan’s kick – ice in the veins, mate.”

Tamatea, 21, who is in his first season of provincial rugby, said he had not thought about the pressure.

“Honestly, I just looked at the posts and did my routine. I didn’t even know the score until the boys jumped on me.”

A spokeswoman for the provincial competition said there would be no further action over either yellow card and neither player had been cited.

The result means Westhaven travel to face table-toppers Southern Plains next weekend, while the Hawks’ season is over.

Mumford, whose contract runs out at the end of the year, would not be drawn on his future. “That’s a conversation for another day. Tonight’s about the boys.”""",
        [
            ("gifted", "Darryl Mumford"),
            ("We were in control", "Darryl Mumford"),
            ("I’m not blaming the", "Darryl Mumford"),
            ("It was a 50-50.", "Darryl Mumford"),
            ("gutted", "Ben Arapeta"),
            ("We’ve worked so hard", "Ben Arapeta"),
            ("At 24-13 a lot", "Phil Gannaway"),
            ("Honestly, I just looked", "Jordan Tamatea"),
            ("That’s a conversation for", "Darryl Mumford"),
        ],
    ),
    (
        """Outer island schools still in tents five months after Cyclone Hufa

Nuku'alofa, Tonga

Nearly 400 students on the outer islands of Ha'apai are still being taught in tents and church halls five months after Tropical Cyclone Hufa, the Ministry of Education and Training has confirmed.

The Category 4 system destroyed or badly damaged seven primary schools and one middle school when it passed over the group in March, tearing off roofs and flooding classrooms on low-lying islands.

The Ministry's CEO, Dr 'Ana Fifita Taufa, said rebuilding had been slowed by a shortage of building materials and the difficulty of shipping them to the outer islands.

"We have the funding for the first four schools, but getting timber and roofing iron to Motu'ahau and Fotuhake is not like driving it down the road. We depend on the ships, and the ships depend on the weather," she said.

She said the ministry expected the first two rebuilt schools to open before the start of the 2026 school year.

A teacher at Fotuhake Government Primary School, who asked not to be named, said conditions were difficult during wet weather.

"When it rains hard we send the little ones home. There is no point - the books get wet, the children get wet, and nobody can hear you over the noise on the tarpaulin," the teacher said.

Parents on Motu'ahau told Matangi Tonga they were grateful for the help from overseas partners but were anxious about the coming cyclone season.

Town officer Sione Latu Havili said the community had met several times to discuss what they would do if another storm hit before the buildings were finished.

"Our church hall is the only strong building now. It is where we put the children, the old people, everyone. If that goes, we have nowhere," he said.

The New Zealand High Commission in Nuku'alofa said in a statement that New Zealand had committed NZ$4.5 million to school reconstruction in Ha'apai and that its engineers were working with the ministry "to make sure the new buildings are built back stronger".

The Ha'apai Women in Development Network, which has been distributing school kits and solar lamps, said many families were still living in temporary shelters.

Its coordinator, Lupe Moala, said: "People are tired. They have been strong for five months, but the houses are not fixed and the water tanks are still cracked.

"The gardens are only just coming back, and now they are hearing about the new season. The worry is real."

The Tonga Meteorological Service is expected to release its seasonal outlook later this month.""",
        [
            ("We have the funding", "'Ana Fifita Taufa"),
            ("When it rains hard", "teacher"),
            ("Our church hall is", "Sione Latu Havili"),
            ("to make sure the", "New Zealand High Commission"),
            ("People are tired. They", "Lupe Moala"),
            ("The gardens are only", "Lupe Moala"),
        ],
    ),
    (
        """Freedom campers face ban at lakefront reserve

Freedom camping will be banned at the Manuka Bay lakefront reserve from December after the Central Lakes District Council's regulatory committee voted to change its bylaw yesterday.

The committee voted 5-2 to remove the reserve from the list of sites where self-contained vehicles may stay overnight, following complaints from residents about rubbish, human waste and congestion during the summer peak.

Committee chairwoman Cr Alison Boyd said the site had simply become overwhelmed.

"On some nights last January, we had more than 80 vans parked on a reserve that was designed for maybe 20. That's not sustainable, and it's not fair on the people who live there or on the campers who are doing the right thing," Cr Boyd said.

Manuka Bay Community Association chairman Roger Tait said residents were "relieved".

"We've been asking for this for three summers. People were going to the toilet in the flax bushes 50m from the playground."

However, Cr Tane Mihaka, who voted against the change, said the council risked pushing the problem elsewhere.

"If you close Manuka Bay, they don't disappear. They go down the road to Pipiriki Creek, or they park on the side of the highway, and then we've got a road safety issue as well."

He wanted the council to invest in a managed camping area with toilets and a dump station, which staff estimated would cost about $600,000.

The Aotearoa Campervan Owners Network said in its submission that the change was "disproportionate" and penalised responsible campers for the behaviour of a minority.

Council staff told the committee enforcement officers issued 312 infringement notices at the reserve last summer, more than at any other site in the district.

A local cafe owner, who did not want to be named, said freedom campers were good for business, but "not when they're washing their dishes in the lake".

Council compliance manager Priya Naidu said the ban would be enforced with signage and regular patrols from December 1.

"We'll take an education-first approach in the first few weeks, but people should be aware that the fine is $400 and we will issue them," Ms Naidu said.

The bylaw change will go to a full council meeting for ratification on November 12.""",
        [
            ("On some nights last", "Alison Boyd"),
            ("relieved", "Roger Tait"),
            ("We've been asking for", "Roger Tait"),
            ("If you close Manuka", "Tane Mihaka"),
            ("disproportionate", "Aotearoa Campervan Owners Network"),
            ("not when they're washing", "local cafe owner"),
            ("We'll take an education-first", "Priya Naidu"),
        ],
    ),
    (
        """Lepa'uli Sharks claim first Premier title in 19 years

By Ioane Faleolo

The Lepa'uli Sharks ended almost two decades of heartbreak on Saturday, beating defending champions Salelolo Marist 22-17 in the Upolu Premier Rugby final at Tafaigata Park.

Head coach Fa'amanu Leota, who played in the club's last title-winning side in 2006, was in tears at the final whistle.

"I have waited a long time for this day. Our village has waited a long time. These boys gave everything for the jersey, for their families and for Lepa'uli," he said.

"We had no big names this year. We had boys who work on plantations during the week, boys who drive taxis. They trained at five in the morning because that was the only time they could."

The Sharks trailed 17-10 at halftime after Marist winger Peni Tuiasosopo scored two tries down the left flank.

But a try to No. 8 Semisi Aumua five minutes into the second half, and a long-range effort from fullback Tavita Saena with eight minutes to go, swung the match.

Aumua, who was named player of the final, said the team had talked at halftime about "playing for the old men".

"Our chiefs were sitting in the stand, and we knew what it meant to them. We didn't want to let them down," he said.

Marist captain Loto Fiaui congratulated the Sharks. "They were the better team today. We made too many errors in the second half and they punished us. Credit to them."

The Upolu Rugby Football Association's chief executive, Mata'afa Ropeti Sooalo, said the crowd of about 4000 was the biggest for a club final since the competition was restructured in 2017.

"It shows that club rugby is still the heart of the game in Samoa," he said.

According to Sooalo, the association is in talks with sponsors to fund travel for the Premier champions to play a club side from Fiji or Tonga next year.

Lepa'uli's village council has announced a celebration this Sunday, with a church service followed by a to'ona'i for the players and their families.""",
        [
            ("I have waited a", "Fa'amanu Leota"),
            ("We had no big", "Fa'amanu Leota"),
            ("playing for the old", "Semisi Aumua"),
            ("Our chiefs were sitting", "Semisi Aumua"),
            ("They were the better", "Loto Fiaui"),
            ("It shows that club", "Mata'afa Ropeti Sooalo"),
        ],
    ),
    (
        """Ra'ui declared over Vaitangi reef as clam numbers plunge

By Mereana Tangiiti

A traditional ra'ui banning the harvest of giant clams, trochus and reef fish will be placed over the Vaitangi reef from next month, after a survey found clam numbers had fallen by more than half in five years.

The ra'ui was announced by the Koutu Nui of Vaitangi district on Friday following a meeting of traditional leaders, the island council and officers from the Ministry of Marine Resources.

Traditional leader Tangi Pureariki said the decision had not been taken lightly.

'Our people have always fed their families from this reef. Nobody wants to tell a grandmother she cannot take pāua for her family's umukai,' he said.

'But when our children go out there and come back with nothing, we know it is time to let the reef rest. This is what our ancestors did, and it worked.'

The ministry survey, carried out in July, counted an average of 3.2 clams per 100 square metres on the reef flat, compared with 7.8 in 2020.

Ministry senior fisheries officer Nga Tuatai said overharvesting, warmer water and a run of coral bleaching had all played a part.

'We can't control the water temperature, but we can control how many we take out. The ra'ui gives the clams the chance to spawn and the young ones a chance to grow,' Tuatai said.

She said the ministry would carry out another survey at the end of the first year and report back to the community.

Not everyone supports the closure. A fisherman from Vaitangi, who asked not to be named, said some families relied on selling reef fish at the market on Saturdays.

'It's fine for people with salaries to say close the reef. For us, that fish is the power bill,' he said.

Island council member Teina Rua said the council would look at ways to support affected families, including helping them access the outer-reef tuna fishery with boats and fuel.

'We are not going to leave anybody behind. If we ask people to sacrifice, then we have to help them,' she said.

Conservation group Te Moana Ora Trust welcomed the move in a statement, saying community-led closures were 'the most effective tool we have' for protecting reef species.

Penalties for breaching the ra'ui will be decided by the Koutu Nui, with the backing of the island council.""",
        [
            ("Our people have always", "Tangi Pureariki"),
            ("But when our children", "Tangi Pureariki"),
            ("We can't control the", "Nga Tuatai"),
            ("It's fine for people", "fisherman"),
            ("We are not going", "Teina Rua"),
            ("the most effective tool", "Te Moana Ora Trust"),
        ],
    ),
    (
        """'We just want to know': Tokotahi homeowners still waiting on buyout offers two years after cyclone

Dozens of homeowners in the flood-hit settlement of Tokotahi are still waiting for buyout offers almost two years after Cyclone Kerewai, and some say the delay is taking a toll on their health.

Of the 84 properties placed in the highest risk category after the February 2024 cyclone, 31 owners have yet to receive a formal offer from Hikurangi Coast District Council, figures released under the Local Government Official Information and Meetings Act show.

Dianne Koia, whose family home on Riverbank Rd was flooded to the ceiling, has been living in a rented cabin in the next town for 22 months.

"We just want to know whether we're staying or going. You can't plan anything. You can't even grieve properly for the house, because technically it's still ours," she said.

Her husband, Rewi Koia, said the couple were still paying the mortgage and rates on a house they could not live in.

"That's two lots of housing costs on one pension and a bit of part-time work. We're not the only ones," he said.

The council's recovery director, Simon Lathbury, acknowledged the process had taken longer than expected. He told reporters on Thursday that valuations had been held up by disputes over land values and by the need to confirm insurance settlements first.

"I understand people's frustration, and I'd be frustrated too. But we are spending public money, and we have to get each of these right. Our target is that every remaining owner will have an offer in their hands by the end of March."

Mayor Ngaire Whaanga was blunter: "It's not good enough, and I've told the Crown that. We need the funding agreement finalised so our staff can get on with it."

The joint Crown-council funding agreement was signed in 2024, but a variation to cover additional properties has yet to be approved.

A spokesperson for the national Cyclone Recovery Office said officials were working with the council "to resolve outstanding matters as quickly as possible".

Some owners have also struck problems with their insurers. Kauri Mutual Insurance, which covers several Tokotahi homes, said it had settled 90 percent of its cyclone claims in the area.

"Where claims remain open, this is generally because we are waiting on information from the council about the status of the land," the company said.

A community worker who has been helping families with their paperwork said many older residents were exhausted. "They've filled in the same forms three or four times. Some of them have just stopped answering the phone."

The council will hold a drop-in session at the Tokotahi Memorial Hall next Wednesday.""",
        [
            ("We just want to", "Dianne Koia"),
            ("We just want to", "Dianne Koia"),
            ("That's two lots of", "Rewi Koia"),
            ("I understand people's frustration,", "Simon Lathbury"),
            ("It's not good enough,", "Ngaire Whaanga"),
            ("to resolve outstanding matters", "spokesperson"),
            ("Where claims remain open,", "Kauri Mutual Insurance"),
            ("They've filled in the", "community worker"),
        ],
    ),
]
