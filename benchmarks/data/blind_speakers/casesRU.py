CASES = [
    (
        """Sprinter Okafor provisionally suspended after missed tests, integrity body says

LAGOS, March 14 (Reuters) - Nigerian sprinter Chinedu Okafor has been provisionally suspended for three whereabouts failures within 12 months, the Athletics Integrity Commission said on Thursday, ruling him out of next month's African Championships.

The 24-year-old, who won 200 metres silver at last year's world championships, missed tests in Abuja in June and October and was found to have filed incorrect location information in January, the commission said in a statement.

"The athlete has been notified and has the right to request a hearing before the disciplinary tribunal," the statement said. "No further comment will be made while proceedings are ongoing."

Okafor denied wrongdoing in a post on social media, saying he had "never taken a banned substance in my life" and that the missed tests were the result of "administrative confusion" with his former management company.

"I have been tested more than 30 times in the past two years and every single result has been clean," he wrote. "I will fight this with everything I have."

Under anti-doping rules, three whereabouts failures in a 12-month period constitute a rule violation and carry a ban of up to two years.

The Athletics Federation of Nigeria said it was "deeply concerned" by the case but would respect the process.

"We have always told our athletes that the whereabouts system is not optional," federation secretary-general Amaka Ibekwe told Reuters by telephone. "It is their responsibility, and the responsibility of the people who manage them, to keep that information accurate."

Ibekwe said the federation had organised two workshops on the whereabouts system for national team members last year, and that Okafor had attended one of them.

His lawyer, Tunde Adeyemi, said the defence would argue that at least one of the missed tests had been wrongly recorded because the doping control officer went to an outdated address.

"The officer had the wrong address. That is not in dispute," Adeyemi said. "We have documents showing the change was submitted in good time."

A source close to the commission, who asked not to be named because the case was confidential, said investigators had reviewed the address records and were "comfortable" with the filings.

Okafor, who trains in Texas for part of the year, had been one of the favourites for the 200m at the Diamond League meeting in Rabat in June.

(Reporting by Felix Onuoha; Editing by Ken Ferris)""",
        [
            ("The athlete has been notified", "Athletics Integrity Commission"),
            ("No further comment will be", "Athletics Integrity Commission"),
            ("never taken a banned substance", "Chinedu Okafor"),
            ("administrative confusion", "Chinedu Okafor"),
            ("I have been tested more", "Chinedu Okafor"),
            ("I will fight this with", "Chinedu Okafor"),
            ("deeply concerned", "Athletics Federation of Nigeria"),
            ("We have always told our", "Amaka Ibekwe"),
            ("It is their responsibility, and", "Amaka Ibekwe"),
            ("The officer had the wrong", "Tunde Adeyemi"),
            ("We have documents showing the", "Tunde Adeyemi"),
            ("comfortable", "source close to the commission"),
        ],
    ),
    (
        """Hallström quits Vireo-Kessel after review finds riders raced while injured

William Fitch

The general manager of the Vireo-Kessel cycling team, Anders Hallström, has resigned after an internal review found that riders had been pressured to race while injured and that medical staff were overruled by sporting directors on at least four occasions last season.

The report by Lund & Ravn, the Copenhagen law firm commissioned by the team’s Danish owners in December, described a culture in which ‘results were prioritised over the basic health of riders’ and warned that some practices may have breached the sport’s medical rules.

Hallström, 52, who built the team from a continental outfit into a top-tier squad over nine years, said in a statement that he accepted responsibility. ‘I have always believed that a team is only as good as the way it treats its people,’ he said. ‘On that measure, we fell short, and as the person in charge I must answer for it.’

The Danish rider Mikkel Sand, who crashed heavily at the Ronde van Westhoek in April and rode two further races with what was later diagnosed as a fractured wrist, was among those interviewed. Speaking on Tuesday, he said he felt ‘some relief’ that the findings had been made public.

‘Nobody held a gun to my head,’ Sand said. ‘But when a directeur sportif tells you the team needs you, and your contract is up in the autumn, you don’t really feel you have a choice. I think a lot of riders will recognise that.’

The team’s chief medical officer, Dr Helle Brandt, left in October. She declined to comment when contacted.

The International Cycling Federation (ICF) said it had received a copy of the report and was ‘assessing whether any further action is required under its regulations’. A federation spokesperson added: ‘Rider health must always come first, and teams have a clear obligation to respect the independence of their medical staff.’

The riders’ union went further. Its president, Gianni Moretti, called for an independent medical officer to be appointed to every top-tier team, paid by the governing body rather than by the team.

‘This is not the first case and it will not be the last unless the structure changes,’ Moretti said. ‘The doctor cannot be employed by the same person who needs the results.’

Vireo-Kessel’s owners said the team would continue to race under an interim manager, the former rider Pieter Claes, and that a new medical protocol would be in place before the season opener in Australia in January.

Claes said his priority was to ‘rebuild trust on the bus’. ‘The riders have to know that if they say they are hurt, they will be listened to,’ he said. ‘That starts today.’""",
        [
            ("results were prioritised over the", "Lund & Ravn"),
            ("I have always believed that", "Anders Hallström"),
            ("On that measure, we fell", "Anders Hallström"),
            ("some relief", "Mikkel Sand"),
            ("Nobody held a gun to", "Mikkel Sand"),
            ("But when a directeur sportif", "Mikkel Sand"),
            ("assessing whether any further action", "International Cycling Federation"),
            ("Rider health must always come", "spokesperson"),
            ("This is not the first", "Gianni Moretti"),
            ("The doctor cannot be employed", "Gianni Moretti"),
            ("rebuild trust on the bus", "Pieter Claes"),
            ("The riders have to know", "Pieter Claes"),
            ("That starts today.", "Pieter Claes"),
        ],
    ),
    (
        """Keldhaven Winter Games budget climbs 40% as organizers blame inflation

KELDHAVEN, Norway (AP) — The projected cost of the 2034 Winter Olympics in Keldhaven has risen by nearly 40% in two years, organizers said Wednesday, renewing pressure on a city government that promised voters the Games would not need a public bailout.

The organizing committee’s new budget puts operating costs at 31.2 billion kroner ($2.9 billion), up from 22.4 billion kroner in the bid submitted three years ago.

Committee chief executive Ingrid Solvang blamed construction inflation and higher security costs, and said the committee had already cut two venues from its plans.

"Nobody is pretending this is good news," Solvang told reporters at the committee’s offices near the harbor. "But the numbers we presented in the bid were based on prices that simply don’t exist anymore. We would rather be honest about that now than surprise people in 2033."

She said private sponsorship and broadcast revenue were still expected to cover the operating budget, and that the city’s guarantee would be called on "only as a last resort."

Opposition politicians were not convinced. Terje Haugland, who leads the Green group on the city council, said the council had been "sold a fairy tale" and called for a second referendum on the Games.

"Every time we ask for the real figures, we get a new figure," Haugland said. "People voted for a modest, sustainable Olympics. That is not what we are getting."

The 2029 referendum passed with 53% support.

Mayor Rune Eikeland, who campaigned for the bid, said in a written statement that the city would not "write a blank check" and that he had asked the city’s auditor to review the new budget independently.

A spokeswoman for the Norwegian sports ministry said the government was "following developments closely" but that its financial commitment, limited to security and transport infrastructure, had not changed.

Local businesses remain largely supportive. A survey published last month by the Keldhaven Chamber of Commerce found 61% of members backed the Games.

"Hotels, restaurants, ski schools — we all see this as a once-in-a-lifetime chance," said Marit Lunde, who runs a guesthouse in the old town. "But I understand why people are nervous. Nobody wants to be the next city paying for empty stadiums for 20 years."

An official with the organizing committee, who spoke on condition of anonymity because the matter had not yet been discussed by the board, said a further venue, the planned speed skating oval, could be moved to an existing arena in a neighboring municipality.

Solvang declined to confirm that. "All options are on the table," she said.""",
        [
            ("Nobody is pretending this is", "Ingrid Solvang"),
            ("But the numbers we presented", "Ingrid Solvang"),
            ("only as a last resort.", "Ingrid Solvang"),
            ("sold a fairy tale", "Terje Haugland"),
            ("Every time we ask for", "Terje Haugland"),
            ("People voted for a modest,", "Terje Haugland"),
            ("write a blank check", "Rune Eikeland"),
            ("following developments closely", "spokeswoman"),
            ("Hotels, restaurants, ski schools", "Marit Lunde"),
            ("But I understand why people", "Marit Lunde"),
            ("All options are on the", "Ingrid Solvang"),
        ],
    ),
    (
        """Kazakh tycoon wins fencing presidency amid vote-buying claims

Almaty (AFP) - Kazakh businessman Yerlan Dzhaksybekov was elected president of the International Fencing Confederation on Saturday, defeating the incumbent in a vote overshadowed by allegations that delegates had been offered development grants in exchange for support.

Dzhaksybekov, 58, who made his fortune in mining and has funded the Kazakh national fencing programme for a decade, won 71 of 128 votes at the confederation's congress in Almaty. Outgoing president Claudine Mercier of France, who had led the body since 2016, received 55, with two spoiled ballots.

"Today fencing chose the future," Dzhaksybekov told delegates after the result was announced. "I promise you a federation that is richer, more transparent and closer to its athletes."

The campaign had been marked by acrimony. Last month Mercier's camp wrote to the IFC Ethics Commission alleging that a foundation linked to Dzhaksybekov had promised grants worth up to 50,000 euros to several national federations in Africa and South America ahead of the vote.

Dzhaksybekov has denied any link between the grants and the election, calling the claims "desperate and insulting".

The ethics commission said in a brief statement on Friday that it had "opened a preliminary review" but had found no grounds to postpone the vote.

Mercier, 66, congratulated her rival but did not withdraw the complaint. "Democracy has spoken and I respect it," she told AFP. "But questions have been asked and they deserve answers. That is not sour grapes, it is governance."

Several delegates who spoke to AFP on condition of anonymity said the funding offers had been openly discussed in the corridors of the congress hotel.

"Everyone knew what was on the table," said one delegate from a West African federation. "Some of us have no budget to send fencers to a single World Cup. When someone offers you help, it is very hard to say no."

Athletes' representatives called for stricter campaign rules. Italian sabre fencer Giulia Ferrante, who chairs the confederation's athletes' commission, said the process "should not depend on who has the deepest pockets".

"We need spending limits and full disclosure, like in any serious election," she said.

Dzhaksybekov, who takes office immediately, has pledged to double prize money on the World Cup circuit and to move the confederation's headquarters from Lausanne to a yet-to-be-named city.

The new president is expected to name his executive team at a meeting in Astana next month.

sag/pb""",
        [
            ("Today fencing chose the future,", "Yerlan Dzhaksybekov"),
            ("I promise you a federation", "Yerlan Dzhaksybekov"),
            ("desperate and insulting", "Yerlan Dzhaksybekov"),
            ("opened a preliminary review", "IFC Ethics Commission"),
            ("Democracy has spoken and I", "Claudine Mercier"),
            ("But questions have been asked", "Claudine Mercier"),
            ("Everyone knew what was on", "delegate from a West African federation"),
            ("Some of us have no", "delegate from a West African federation"),
            ("should not depend on who", "Giulia Ferrante"),
            ("We need spending limits and", "Giulia Ferrante"),
        ],
    ),
    (
        """Race walker Jess Tranter wins appeal against Olympic selection snub

By Ryan O'Dea

Race walker Jess Tranter will go to the Olympic Games after all, after an independent panel ruled national body Track and Field Australia failed to apply its own selection criteria when it left her out of the team.

The Australian Sports Appeals Panel on Friday upheld Tranter's appeal, finding that selectors had given "undue weight" to a single race in Spain in which she was disqualified, and had overlooked two qualifying performances under the required standard.

The 27-year-old from Wollongong said she burst into tears when her lawyer rang with the news.

"I was sitting in the car outside training and I just lost it," Tranter told reporters at her training track on Saturday morning.

"I've worked for this for eight years. To have it taken away in an email and then given back by three people in a room I've never been in — it's been a strange couple of months."

Track and Field Australia said in a statement it "accepted the panel's decision" and would nominate Tranter to the national Olympic committee in place of Brooke Hallinan, who had been selected ahead of her.

"We acknowledge this has been a difficult process for both athletes," chief executive Darren Pickford said. "Our selectors acted in good faith, but the panel has found that the policy was not applied as it should have been, and we accept that."

Pickford said the federation would review how its selection policy was written "so there is no room for interpretation next time".

Hallinan, 22, who learned she had lost her place on Friday afternoon, posted a short message on Instagram thanking her supporters. "Gutted isn't the word," she wrote. "But I'm 22 and I'll be back."

Tranter's lawyer, Sophie Ng, said the case showed athletes needed better access to legal support.

"Jess was lucky. She had family who could help her pay for this," Ng said. "Plenty of athletes in her position would simply accept the decision because they can't afford to fight it.

"There should be a fund, run independently, so that money isn't the thing that decides who goes to the Olympics."

A source in the team's management, who did not want to be named, said there was "real frustration" among coaching staff that the dispute had dragged on so close to the Games.

Tranter will fly to the team's European training base in Italy next week and is expected to compete in the 20-kilometre event in the second week of the Games.""",
        [
            ("undue weight", "Australian Sports Appeals Panel"),
            ("I was sitting in the", "Jess Tranter"),
            ("I've worked for this for", "Jess Tranter"),
            ("accepted the panel's decision", "Track and Field Australia"),
            ("We acknowledge this has been", "Darren Pickford"),
            ("Our selectors acted in good", "Darren Pickford"),
            ("so there is no room", "Darren Pickford"),
            ("Gutted isn't the word,", "Brooke Hallinan"),
            ("But I'm 22 and I'll", "Brooke Hallinan"),
            ("Jess was lucky. She had", "Sophie Ng"),
            ("Plenty of athletes in her", "Sophie Ng"),
            ("There should be a fund,", "Sophie Ng"),
            ("real frustration", "source in the team's management"),
        ],
    ),
    (
        """Giro del Carso stage winner Kovacic tests positive for EPO

Ljubljana (dpa) - Slovenian cyclist Matej Kovacic has returned a positive test for the blood booster EPO from a sample taken after his stage win at the Giro del Carso in May, the International Cycling Integrity Unit (ICIU) announced on Monday.

The 29-year-old has been provisionally suspended and faces a ban of up to four years if the result is confirmed.

"The rider has the right to request the analysis of the B sample," the ICIU said in a brief statement, giving no further details.

His team, Solvia-Mardex, said it had suspended the rider "with immediate effect" and would terminate his contract if the B sample confirmed the finding.

"We have a zero-tolerance policy and it applies to everybody, including our leaders," team manager Branko Vidmar said at a press conference in Koper. "I am angry, I am disappointed, and I feel betrayed. We have invested in this young man for six years."

Vidmar insisted the team had no knowledge of any doping. Asked whether the team's own internal blood testing had raised any red flags, he said: "Nothing. Not one value. That is what makes it so hard to understand."

Kovacic, reached by telephone, said only that he was "shocked" and would request analysis of the B sample.

"Matej has never used prohibited substances and he will prove it," his lawyer Petra Zupan said in a written statement. "We ask the public and the media to respect the presumption of innocence."

The case is the third EPO positive in men's professional cycling this season, prompting concern among anti-doping experts that the drug, once synonymous with the sport's darkest era, may be making a return in microdoses designed to evade detection.

"The detection window for microdoses is very short, sometimes only a few hours," said Hans-Peter Reimann, a former laboratory director who now advises several national anti-doping agencies. "That this sample was caught suggests either bad luck for the rider or that the testers are getting smarter about timing."

The race director of the Giro del Carso, Luca Bertossi, said organisers would strip Kovacic of the stage win if the result was upheld. "Our race will not be a stage for cheats," he told dpa.

One rider from a rival team, who asked not to be named, said there had been talk in the bunch about Kovacic's sudden improvement in time trials this spring.

"Everyone in the peloton was talking about it, but nobody wants to say it out loud," the rider said.

Kovacic had been due to lead Solvia-Mardex at next month's national championships.""",
        [
            ("The rider has the right", "International Cycling Integrity Unit"),
            ("with immediate effect", "Solvia-Mardex"),
            ("We have a zero-tolerance policy", "Branko Vidmar"),
            ("I am angry, I am", "Branko Vidmar"),
            ("Nothing. Not one value.", "Branko Vidmar"),
            ("shocked", "Matej Kovacic"),
            ("Matej has never used prohibited", "Petra Zupan"),
            ("We ask the public and", "Petra Zupan"),
            ("The detection window for microdoses", "Hans-Peter Reimann"),
            ("That this sample was caught", "Hans-Peter Reimann"),
            ("Our race will not be", "Luca Bertossi"),
            ("Everyone in the peloton was", "rider from a rival team"),
        ],
    ),
    (
        """Athletes Demand Independent Inquiry Into Anti-Doping Agency’s Handling of Swim Cases

By Laura Keegan

More than 60 Olympic athletes from 14 countries have signed a letter calling on the Global Anti-Doping Authority to commission an outside investigation into its decision not to pursue positive tests by nine swimmers from a single national team.

The letter, coordinated by the athlete-led group Fair Start and sent on Monday to the authority’s president, Dr. Ferdinand Oyelaran, was made public on Tuesday. It questions why the authority accepted the swimmers’ explanation that a banned heart medication had entered their systems through contaminated food at a training camp.

“We have lost confidence that the rules are applied equally,” the letter said. “Athletes who test positive for the same substance in trace amounts have served bans of up to four years. We were told that strict liability means strict liability. Either that principle applies to everyone, or it applies to no one.

“We are not asking for punishment. We are asking for transparency, and for the findings to be reviewed by people with no stake in the outcome.”

Under the so-called “strict liability” principle, athletes are responsible for any prohibited substance found in their bodies, regardless of how it got there.

Among the signatories is Rachel Dunmore, an American 1,500-meter runner and two-time Olympian, who said she had signed because “the silence has been deafening.”

“I have teammates who lost years of their careers over a contaminated supplement,” Ms. Dunmore said in an interview. “Nobody gave them the benefit of the doubt. I want to understand why these cases were different.”

The authority defended its handling of the cases. In a statement, it said its scientists had “thoroughly examined” the evidence and concluded that contamination was “the only plausible explanation” for the low concentrations found.

“The authority followed every step required by the code,” the statement said, adding that the organization would “welcome any opportunity to explain its reasoning to athletes directly.”

Dr. Oyelaran did not respond to a request for comment. A senior official at the authority, who was not authorized to speak publicly, said the agency was considering appointing an independent prosecutor to review the file but that no decision had been made.

Travis Kendrick, the chief executive of the North American Clean Sport Institute, a research group that advises national anti-doping agencies, has been among the authority’s most persistent critics.

“If this had happened in my country, there would already be a congressional hearing,” Mr. Kendrick said. “The principle is simple. You publish the evidence, you let independent experts look at it, and you let the chips fall.”

The swimmers’ national federation has said all nine were cleared after a domestic investigation.

Fair Start’s co-founder, the retired Canadian hurdler Amélie Gagnon, said the group had no quarrel with the swimmers themselves.

“This is not about one country,” she said. “It is about whether the system works, and whether athletes can trust it.”""",
        [
            ("We have lost confidence that", "Fair Start"),
            ("Athletes who test positive for", "Fair Start"),
            ("We are not asking for", "Fair Start"),
            ("the silence has been deafening.", "Rachel Dunmore"),
            ("I have teammates who lost", "Rachel Dunmore"),
            ("Nobody gave them the benefit", "Rachel Dunmore"),
            ("thoroughly examined", "Global Anti-Doping Authority"),
            ("the only plausible explanation", "Global Anti-Doping Authority"),
            ("The authority followed every step", "Global Anti-Doping Authority"),
            ("welcome any opportunity to explain", "Global Anti-Doping Authority"),
            ("If this had happened in", "Travis Kendrick"),
            ("The principle is simple. You", "Travis Kendrick"),
            ("This is not about one", "Amélie Gagnon"),
            ("It is about whether the", "Amélie Gagnon"),
        ],
    ),
    (
        """Kiboni residents vow to resist evictions for Games village

By Wanjiru Kamau

Hundreds of residents of Mathenge estate in Kiboni town yesterday marched to the county headquarters to protest against planned evictions to make way for the athletes' village for next year's All-Africa Youth Games.

The residents, marching under the banner of the "Save Mathenge" campaign, said they had been given 30 days to vacate land they claim to have occupied for more than four decades.

"We were born here, our children were born here. Now they tell us to go because athletes need somewhere to sleep for two weeks," said Mrs Grace Achieng, a 61-year-old trader who chairs the Mathenge Residents' Association.

Mrs Achieng said no one from the county had explained where the estimated 1,200 families would be resettled. "They talk about compensation but nobody has seen a single shilling," she said.

Kiboni Governor Samuel Kiptoo Langat defended the project, saying the land belonged to the county and the residents had been "informed many times" over the past three years.

"This is public land. We have a court order and we will follow the law," Mr Langat told journalists in his office. "But nobody will be thrown onto the street. We have identified land at Chepkemoi Ridge where every genuine resident will be given a plot."

The Local Organising Committee chairman, Mr Dominic Wafula, said the village would be converted into affordable housing after the Games, with priority given to the displaced families.

"The Games are an opportunity for this county. We are not building something that will be abandoned," he said.

But a senior official at the Lands ministry, who asked not to be named as he was not authorised to speak to the media, said ownership of part of the land was still the subject of a separate case in the Environment and Land Court.

"The county is moving faster than the court," the official said. "If the judgment goes the other way, there will be a problem."

Anti-riot police were deployed along Uhuru Avenue, but the march ended without incident. A police officer at the scene said the demonstrators had been peaceful. "They have a right to demonstrate as long as they do not block the road," the officer said.

Olympic steeplechase medallist Josphat Cheruiyot Kimeli, who grew up in the area, joined the marchers and said the Games should "unite, not divide" the community.

"I ran barefoot on these roads," Kimeli said. "I want the Games here, but not if it means my neighbours lose their homes."

The residents have given the county seven days to respond to their demands. Their lawyer, Mr Otieno Ouma, said they would file a petition at the High Court on Thursday if the county did not suspend the evictions.""",
        [
            ("We were born here, our", "Grace Achieng"),
            ("They talk about compensation but", "Grace Achieng"),
            ("informed many times", "Samuel Kiptoo Langat"),
            ("This is public land. We", "Samuel Kiptoo Langat"),
            ("But nobody will be thrown", "Samuel Kiptoo Langat"),
            ("The Games are an opportunity", "Dominic Wafula"),
            ("The county is moving faster", "senior official at the Lands ministry"),
            ("If the judgment goes the", "senior official at the Lands ministry"),
            ("They have a right to", "police officer at the scene"),
            ("unite, not divide", "Josphat Cheruiyot Kimeli"),
            ("I ran barefoot on these", "Josphat Cheruiyot Kimeli"),
            ("I want the Games here,", "Josphat Cheruiyot Kimeli"),
        ],
    ),
]
