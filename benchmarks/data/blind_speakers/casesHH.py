CASES = [
    (
        """Ashbridge boss Neil Harcourt rues ‘madness’ as Wexley snatch dramatic late win to leave his side looking over their shoulders

By TOM PELLOW AT MAYFIELD PARK

Neil Harcourt blamed ‘12 minutes of madness’ after his Ashbridge side threw away an 11-point half-time lead to lose 24-21 at home to Wexley on Saturday.

Wexley, who had not won away from home since October, scored two tries in the final quarter through replacement hooker Jamie Okonedo and wing Callum Reddy, and Fin Lister’s touchline conversion with two minutes left proved decisive.

The defeat leaves Ashbridge fourth in the table, just three points clear of fifth-placed Harrowfield.

‘We were in control for an hour and then we just stopped doing the simple things,’ Harcourt said. ‘You give a side like that three penalties in a row in your own half and they’ll punish you. That’s on us – not on the referee, not on the weather.’

Ashbridge captain Ollie Brennan was equally blunt. ‘It’s a hard one to swallow,’ he admitted. ‘We talked all week about finishing games and we haven’t done it. Again.’

The home side had led 21-10 at the break after tries from flanker Sione Taufa and centre Max Greenway, the latter a sweeping move from deep that brought the 11,000 crowd to their feet.

But the arrival of Wexley’s so-called ‘bomb squad’ of replacement forwards turned the contest at the scrum, and Ashbridge conceded five penalties in the third quarter alone.

Wexley head coach Graham Teale said his players had shown ‘real character’ and reserved special praise for his bench.

‘The boys who came on changed the game,’ he said. ‘We’ve taken a lot of stick this season about our away form, and rightly so, but that’s a performance we can build on.’

Teale revealed that Okonedo, who joined on a short-term deal from Championship side Carlow Park in January, had only been told he was on the bench on Friday night.

There was further bad news for Harcourt, who confirmed fly-half Rhys Dando will see a specialist on Monday after limping off with a knee injury in the 52nd minute.

‘It doesn’t look great, if I’m honest,’ he said. ‘He felt something go in the tackle and he’s pretty down. We’ll know more in a couple of days.’

Wexley lock Dan Mercer could also face a citing after appearing to make contact with the head of Ashbridge prop Luke Farrow early in the second half. A spokesperson for the league said the incident was ‘being looked at by the citing officer’ and that any decision would be announced on Tuesday.

Ashbridge travel to Harrowfield next Saturday. ‘We’ll lick our wounds and go again,’ said Brennan. ‘There’s no other option.’""",
        [
            ("madness", "Neil Harcourt"),
            ("12 minutes of madness", "Neil Harcourt"),
            ("We were in control for", "Neil Harcourt"),
            ("You give a side like", "Neil Harcourt"),
            ("It’s a hard one to", "Ollie Brennan"),
            ("We talked all week about", "Ollie Brennan"),
            ("real character", "Graham Teale"),
            ("The boys who came on", "Graham Teale"),
            ("We’ve taken a lot of", "Graham Teale"),
            ("It doesn’t look great, if", "Neil Harcourt"),
            ("He felt something go in", "Neil Harcourt"),
            ("being looked at by the", "spokesperson"),
            ("We’ll lick our wounds and", "Ollie Brennan"),
            ("There’s no other option.", "Ollie Brennan"),
        ],
    ),
    (
        """Rhinos coach hails 'massive step' after gritty win in Rietfontein

Vaal Rhinos coach Johan Steenkamp believes his side's 31-27 Currie Cup victory over the Karoo Sentinels in Rietfontein on Saturday is proof that his young squad is "growing up fast".

The Rhinos, who finished second from bottom last season, came back from 20-10 down early in the second half, with flyhalf Ruan Ferreira kicking 16 points and lock Sipho Ndlovu crashing over for the match-winning try in the 76th minute.

"It's a massive step for this group," Steenkamp told reporters after the match. "Rietfontein is never an easy place to come and play. The Sentinels are very physical at home and we knew we'd have to absorb a lot of pressure. I'm proud of how the guys stuck to the plan."

Steenkamp, known to everyone at the union as "Bokkie", singled out the 22-year-old Ndlovu, who was making only his fourth senior appearance.

"Sipho has worked incredibly hard behind the scenes," he said. "He's a quiet guy, he doesn't say much, but he puts his body on the line every single week."

Ndlovu was typically modest: "I just saw the gap and went for it. The forwards did all the hard work, I was only there at the end."

Sentinels defence coach Wessel Botha admitted his side had "lost the plot" in the final quarter, conceding four penalties in the space of eight minutes.

"We had them where we wanted them and then we gave away soft penalties," Botha said. "Discipline has been our Achilles heel this season and until we sort it out we are going to keep losing games like this."

The Sentinels were also sweating on the fitness of captain Lwazi Mthembu, who was taken to hospital for precautionary scans on his neck after a collision with Ndlovu in the 58th minute.

According to a Sentinels team spokesperson, Mthembu was in good spirits on Saturday night.

"He was conscious and talking when he left the field and there's no reason to be alarmed at this stage," the spokesperson said.

Off the field, the win comes amid continuing uncertainty over the Rhinos' finances after the union lost its main sponsor in March.

Chief executive Marlene Jacobs said on Friday that the union was "in constructive talks" with a potential new partner, adding: "We're not going to put a deadline on it, but we're confident we'll have good news before the end of the season."

The Rhinos host the Highveld Leopards at Rhino Park next Saturday (kick-off 15:00), while the Sentinels travel to face the Coastal Kings.""",
        [
            ("massive step", "Johan Steenkamp"),
            ("growing up fast", "Johan Steenkamp"),
            ("It's a massive step for", "Johan Steenkamp"),
            ("Rietfontein is never an easy", "Johan Steenkamp"),
            ("Sipho has worked incredibly hard", "Johan Steenkamp"),
            ("He's a quiet guy, he", "Johan Steenkamp"),
            ("I just saw the gap", "Sipho Ndlovu"),
            ("lost the plot", "Wessel Botha"),
            ("We had them where we", "Wessel Botha"),
            ("Discipline has been our Achilles", "Wessel Botha"),
            ("He was conscious and talking", "spokesperson"),
            ("in constructive talks", "Marlene Jacobs"),
            ("We're not going to put", "Marlene Jacobs"),
        ],
    ),
    (
        """Kaimai captain Hemi Ruawai ruled out for season with ruptured Achilles

Kaimai's NPC campaign has been dealt a major blow before it has even started, with captain Hemi Ruawai ruled out for the rest of the year after rupturing his Achilles tendon at training.

The 29-year-old loose forward, who has played 61 games for the province, went down without any contact during a session at Te Puna Park on Tuesday night and underwent surgery in Port Kairangi yesterday.

Head coach Craig Tamatea said the news had hit the squad hard.

"Hemi's the heartbeat of this team, on and off the field," Tamatea said. "To lose him a fortnight out from our first game is gutting, for him more than anyone. He's put in a massive pre-season and he was in the best shape I've ever seen him."

Tamatea said Kaimai had "a couple of options" to bring into the squad as injury cover and expected to name a replacement before the end of the week.

Lock Ben Harlow will take over the captaincy. Harlow, who led the side twice last season when Ruawai was sidelined with a hamstring strain, said the players would "rally around" their skipper.

"He'll still be around the group. He's not the type to sit at home feeling sorry for himself," Harlow said. "We want to do something special this year and we'll be doing it for him as well."

In a statement, the Kaimai Rugby Union said Ruawai's recovery was expected to take "between nine and 12 months" and that he would be supported by the union's medical staff throughout his rehabilitation.

Speaking from his hospital bed on Wednesday evening, Ruawai admitted he was "pretty flat" but said he was determined to play again.

"It's just one of those things. I've had a good run with injuries up till now, so I can't complain too much," he said.

"The surgeon's happy with how it went. I'll put my head down, do the work, and hopefully I'll be back in the jersey next year."

Ruawai's injury is the latest in a string of setbacks for Kaimai, who have already lost midfielder Josh Tipene to a club contract in Japan and winger Sam Kereama to a shoulder reconstruction.

Kaimai open their campaign against Awarua at Te Puna Park on August 9.""",
        [
            ("Hemi's the heartbeat of this", "Craig Tamatea"),
            ("To lose him a fortnight", "Craig Tamatea"),
            ("a couple of options", "Craig Tamatea"),
            ("rally around", "Ben Harlow"),
            ("He'll still be around the", "Ben Harlow"),
            ("We want to do something", "Ben Harlow"),
            ("between nine and 12 months", "Kaimai Rugby Union"),
            ("pretty flat", "Hemi Ruawai"),
            ("It's just one of those", "Hemi Ruawai"),
            ("The surgeon's happy with how", "Hemi Ruawai"),
        ],
    ),
    (
        """Century-old cricket club fears for its future as council eyes oval for housing

By Sarah Kealy

A suburban cricket club that has played at Tallis Reserve for 112 years says it may not survive another two seasons after Hollinbrook City Council flagged plans to rezone part of the ground for social housing.

The Brennock Cricket Club, which fields 14 senior and junior teams and counts two former Test players among its alumni, was told last month that the council’s draft open space strategy, titled “Spaces for Everyone 2035”, identified the reserve’s northern oval as “surplus to requirements”.

Club president Andrew Pappas said the news had come as a shock.

“We found out through a letter. Not a phone call, not a meeting, a letter,” Mr Pappas said. “We’ve got kids as young as six who play here every Saturday morning. Where are they supposed to go?”

Mr Pappas said the club had been in talks with council officers for three years about upgrading its pavilion, which still has no female change rooms, and had been “led to believe” the funding was on its way.

“Now we’re being told the ground itself might not be there,” he said.

Hollinbrook mayor Kathryn Lowe said no final decision had been made and that the council was committed to “working with every affected club”.

“We are facing a genuine housing crisis in this municipality, and council has a responsibility to look at every piece of land it owns,” Cr Lowe said. “That doesn’t mean sport loses out. We want to find a solution that works for Brennock and for the families who need somewhere to live.”

A council officer familiar with the strategy, who was not authorised to speak publicly, said the northern oval was “one of three or four sites” under consideration and that the reserve’s southern oval would not be affected.

But the club says losing one of its two grounds would make it impossible to field all its teams. Junior co-ordinator Priya Raman said registrations had grown by 40 per cent since 2019, driven largely by girls’ cricket.

“The girls’ program is the best thing that’s happened to this club in decades,” she said. “If we lose the oval, that’s the first thing to go, because they’re the newest teams and there’s nowhere else to put them.”

The Northern Metropolitan Cricket Association, which runs the competition Brennock plays in, said in a statement it was “deeply concerned” by the proposal and would make a formal submission to the council.

Public consultation on the draft strategy closes on March 28.""",
        [
            ("surplus to requirements", "Hollinbrook City Council"),
            ("We found out through a", "Andrew Pappas"),
            ("We’ve got kids as young", "Andrew Pappas"),
            ("led to believe", "Andrew Pappas"),
            ("Now we’re being told the", "Andrew Pappas"),
            ("working with every affected club", "Kathryn Lowe"),
            ("We are facing a genuine", "Kathryn Lowe"),
            ("That doesn’t mean sport loses", "Kathryn Lowe"),
            ("one of three or four", "council officer familiar with the strategy"),
            ("The girls’ program is the", "Priya Raman"),
            ("If we lose the oval,", "Priya Raman"),
            ("deeply concerned", "Northern Metropolitan Cricket Association"),
        ],
    ),
    (
        """Pennine League club fined and docked points after umpire abuse

A cricket club in the Pennine League has been fined £1,500 and docked 20 points after spectators verbally abused an umpire during a match last month.

Holme Bridge Cricket Club was sanctioned following a disciplinary hearing on Tuesday into events at its home game against Saltcote on 14 June.

The umpire, who has not been named by the league, left the field during the tea interval and was escorted to his car by members of the Saltcote team.

In a statement, the Pennine Cricket League said the behaviour had been "completely unacceptable" and had "no place in our game at any level".

"Our umpires are volunteers who give up their weekends for the love of cricket," the statement continued. "They deserve to be treated with respect, and clubs are responsible for the conduct of everyone at their ground, not only their players.

"We hope this sanction sends a clear message to every club in the league."

Holme Bridge chairman Geoff Oddie said the club accepted the punishment and had banned two individuals from its ground for the rest of the season.

"We're mortified, frankly," he told BBC Radio Calder. "What happened that afternoon doesn't reflect this club or the vast majority of people who come and watch us.

"We've apologised to the umpire personally and to Saltcote, and we'll be working with the league on education for our members."

One Saltcote player, who did not want to be named, said the abuse had gone on "for the best part of an hour".

"It started with a couple of lbw decisions and it just got worse and worse," he said. "By tea he was shaking. Some of our younger lads were pretty shaken up too."

The Northern Umpires' Association said recruitment of officials was already "at crisis point" in many local leagues.

Its secretary, Margaret Holroyd, said: "Every time something like this happens we lose people. Not just the umpire involved - others hear about it and think, why would I bother? We've had three resignations in our area since June."

The points deduction leaves Holme Bridge seventh in the 14-team First Division. The club has 14 days to appeal, but Oddie said it would not do so.""",
        [
            ("completely unacceptable", "Pennine Cricket League"),
            ("no place in our game", "Pennine Cricket League"),
            ("Our umpires are volunteers who", "Pennine Cricket League"),
            ("They deserve to be treated", "Pennine Cricket League"),
            ("We hope this sanction sends", "Pennine Cricket League"),
            ("We're mortified, frankly", "Geoff Oddie"),
            ("What happened that afternoon doesn't", "Geoff Oddie"),
            ("We've apologised to the umpire", "Geoff Oddie"),
            ("for the best part of", "Saltcote player"),
            ("It started with a couple", "Saltcote player"),
            ("By tea he was shaking.", "Saltcote player"),
            ("at crisis point", "Northern Umpires' Association"),
            ("Every time something like this", "Margaret Holroyd"),
        ],
    ),
    (
        """Garden Route Cricket CEO suspended pending forensic probe

Garden Route Cricket Union (GRCU) chief executive Themba Mokoena has been placed on precautionary suspension while a forensic investigation into the union's finances is carried out.

In a statement released on Monday, the union said it had taken the decision "after careful consideration" following "certain irregularities" identified by its auditors during a review of the 2023/24 financial year.

"The board wishes to stress that the suspension is precautionary and does not constitute a finding of wrongdoing against Mr Mokoena," the statement read.

"The board has appointed an independent firm of forensic auditors and expects to receive a preliminary report within 60 days. In the interim, chief operating officer Nadia Pillay will act as CEO."

GRCU president Riaan Coetzee declined to elaborate on the nature of the irregularities when contacted on Monday.

"I'm not going to pre-empt the outcome of the investigation. It wouldn't be fair to anyone, least of all Themba," Coetzee said.

Mokoena's attorney, Shireen Abrahams, said her client was "shocked and disappointed" by the board's decision but would "co-operate fully" with the investigators.

"Mr Mokoena has served this union with distinction for six years. He has not been given sight of any allegation against him, and we have written to the board requesting the basis for the suspension," Abrahams said.

"We reserve our client's rights."

A senior official at the union, who asked not to be named because of the sensitivity of the matter, said the concerns related to "a handful of contracts" awarded during the construction of a new indoor training centre at the union's headquarters in Keurbos.

The centre, which was officially opened in February, was budgeted at R18-million, but the official said the final cost was "considerably higher".

Mokoena, a former first-class wicketkeeper, was appointed in 2018 and was widely credited with turning around the union's finances after a period of heavy losses.

The suspension comes at an awkward time for the union, whose senior men's side is top of the provincial one-day log with three rounds remaining. Players were informed of the decision at a meeting at the union's offices on Monday morning.

Captain Keegan Adonis said the squad would not allow events off the field to become a distraction.

"What happens in the boardroom is out of our hands," he said. "Our job is to win cricket matches and that's what we'll focus on."

The GRCU's next board meeting is scheduled for the end of the month.""",
        [
            ("after careful consideration", "Garden Route Cricket Union"),
            ("certain irregularities", "Garden Route Cricket Union"),
            ("The board wishes to stress", "Garden Route Cricket Union"),
            ("The board has appointed an", "Garden Route Cricket Union"),
            ("I'm not going to pre-empt", "Riaan Coetzee"),
            ("shocked and disappointed", "Shireen Abrahams"),
            ("co-operate fully", "Shireen Abrahams"),
            ("Mr Mokoena has served this", "Shireen Abrahams"),
            ("We reserve our client's rights.", "Shireen Abrahams"),
            ("a handful of contracts", "senior official at the union"),
            ("considerably higher", "senior official at the union"),
            ("What happens in the boardroom", "Keegan Adonis"),
            ("Our job is to win", "Keegan Adonis"),
        ],
    ),
    (
        """Kōtuku shooter Aroha Pene to retire at season's end

Kōtuku goal shoot Aroha Pene will hang up her bib at the end of the season, bringing down the curtain on a 14-year career that included 212 national league games and two Commonwealth Games medals.

Pene, 34, told her teammates of her decision at training on Wednesday morning.

"It's been on my mind for a while," Pene said. "My body's been telling me for a couple of seasons now and I've finally started listening to it. I wanted to go out on my own terms, while I still feel like I'm contributing."

She said the hardest conversation had been with her two daughters, who were "devastated" that they would no longer get to watch her play.

Kōtuku head coach Lisa Marsters described Pene as "the best finisher I've ever coached".

"Aroha's a competitor. She hates losing more than anyone I know, and that rubs off on the young ones," Marsters said.

"She's been a mentor to every shooter who's come through this franchise in the last decade, whether they realised it or not."

Among them is 21-year-old goal attack Mereana Walsh, who said Pene had "taught me everything" about playing in the circle at the top level.

"She's the reason I'm still playing. When I first came in I was so nervous I couldn't catch a ball, and she just took me under her wing," Walsh said.

Pene made her debut as a 20-year-old and went on to play 38 tests, captaining the national side on four occasions. She was named the league's most valuable player in 2019 and has finished as the Kōtuku's leading scorer in eight of the past ten seasons.

"Aroha's legacy will be felt here for a long time, and not just in the record books," the Kōtuku said in a statement, confirming the franchise would mark her contribution at its final home game on 14 June.

Pene said she had not ruled out a return to the sport in some capacity.

"Never say never," she said with a laugh. "But I think I'll take a year off and be a netball mum for a bit. The girls have spent enough time sitting in the stands watching me."

The Kōtuku are currently third on the ladder and play the Wairoa Stingrays on Sunday.""",
        [
            ("It's been on my mind", "Aroha Pene"),
            ("My body's been telling me", "Aroha Pene"),
            ("devastated", "Aroha Pene"),
            ("the best finisher I've ever", "Lisa Marsters"),
            ("Aroha's a competitor. She hates", "Lisa Marsters"),
            ("She's been a mentor to", "Lisa Marsters"),
            ("taught me everything", "Mereana Walsh"),
            ("She's the reason I'm still", "Mereana Walsh"),
            ("Aroha's legacy will be felt", "Kōtuku"),
            ("Never say never", "Aroha Pene"),
            ("But I think I'll take", "Aroha Pene"),
        ],
    ),
    (
        """Kilcarra netball carnival cancelled as heatwave grips region

By Jess Delaney

More than 1,200 junior netballers have been sent home after organisers cancelled a two-day carnival in Kilcarra, with temperatures forecast to reach 45 degrees Celsius on Saturday.

The Kilcarra and District Netball Association made the call late on Thursday, a day after its board met representatives from the state's governing body, Netball Inland.

Association president Donna Whitlock said the decision "wasn't made lightly".

"We've had teams booked in from as far away as Yarrabee and Coolong, and some families have already paid for accommodation. That's really disappointing for everyone," Ms Whitlock said.

"But our heat policy is really clear. Once the forecast goes above 40, we don't play, and we're not going to put kids at risk for the sake of a tournament."

Netball Inland's extreme heat policy states that all outdoor activity "should be cancelled or postponed" when the forecast maximum exceeds 40C, and recommends extra water breaks and shade when temperatures are in the mid-30s.

A Netball Inland spokeswoman said the organisation supported the association's decision and would help it find a new date "as soon as practicable".

Not everyone was happy with the call. One parent described the cancellation as "a massive overreaction" in a post on the association's Facebook page, pointing out that the first games had been scheduled for 8:00am.

But others backed the organisers. Kim Nguyen, whose two daughters were due to play in the under-13s, said she was relieved.

"I've stood on those courts in January and there's no shade at all. The concrete just radiates heat," she said. "I'd rather they be safe than sorry."

Local GP Anthony Marsh said children were more vulnerable to heat illness than adults, partly because they "don't always recognise the warning signs".

"By the time a child says they feel unwell, they might already be quite dehydrated," Dr Marsh said. "Headaches, dizziness, nausea, they're all red flags."

The carnival, now in its 31st year, is the biggest junior netball event on the region's calendar and usually brings hundreds of visitors into town.

Ms Whitlock said a new date would be announced "in the next week or two", and that teams who had paid entry fees would be offered a full refund if they could not attend.""",
        [
            ("wasn't made lightly", "Donna Whitlock"),
            ("We've had teams booked in", "Donna Whitlock"),
            ("But our heat policy is", "Donna Whitlock"),
            ("should be cancelled or postponed", "Netball Inland"),
            ("as soon as practicable", "spokeswoman"),
            ("a massive overreaction", "parent"),
            ("I've stood on those courts", "Kim Nguyen"),
            ("I'd rather they be safe", "Kim Nguyen"),
            ("don't always recognise the warning", "Anthony Marsh"),
            ("By the time a child", "Anthony Marsh"),
            ("Headaches, dizziness, nausea, they're", "Anthony Marsh"),
            ("in the next week or", "Donna Whitlock"),
        ],
    ),
]
