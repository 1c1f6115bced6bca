CASES = [
    (
        """Strikers' Petersen fires as Kestrels slump to third straight defeat

Sibusiso Dlamini

Highveld Strikers opener Jared Petersen struck an unbeaten 94 to guide his side to a seven-wicket win over the Coastal Kestrels in the One-Day Cup at Kwaggafontein Oval on Sunday.

Chasing 248 for victory, the Strikers got home with 21 balls to spare after Petersen and captain Wesley Nkosi put on 131 for the third wicket.

"It was one of those days where the ball just found the middle," Petersen said after collecting the player-of-the-match award. "The guys in the change room told me to just bat time, because the pitch was getting slower and slower. Once we got through the first 15 overs, I knew we had it."

The 26-year-old left-hander, who was overlooked for last month's tri-series in Sri Lanka, admitted the omission had stung.

"You'd be lying if you said it didn't hurt," he told the host broadcaster. "But all I can do is score runs and let the selectors make their decisions."

The Kestrels, who were sent in to bat, had been well placed at 162/3 in the 34th over before left-arm spinner Thabo Mokoena removed Keegan van Wyk (71) and Riaan Botha (38) in the space of four balls. The visitors lost their last seven wickets for 86 runs.

Kestrels coach Andile Ngcobo did not hide his frustration.

"We keep saying the same things after every game, and that's a problem," Ngcobo said. "At 160 for three you have to be getting 290, 300 on that surface. We gave it away with poor shot selection, and you can't do that against a side as good as the Strikers."

He said his players would "have a hard look at ourselves" before Friday's clash against the Overberg Mariners in Caledon.

Ngcobo confirmed that fast bowler Dylan Fortuin, who limped off after bowling six overs, had suffered a side strain and was unlikely to play again this month.

Nkosi, meanwhile, was full of praise for Mokoena, who finished with 3/38 from his 10 overs.

"Thabo has been our quiet hero all season," said Nkosi. "He doesn't get the headlines, but when we need a wicket, I throw him the ball and he delivers."

The win lifts the Strikers to second on the log, two points behind the Mariners with a game in hand.

The Kestrels' afternoon got worse when the Cricket Federation of South Africa (CFSA) confirmed that the franchise had been fined for a slow over-rate.

"The team was found to be two overs short of its target after time allowances were taken into consideration," a CFSA statement said. Botha, who captained the side, pleaded guilty to the charge and accepted the proposed sanction, according to the federation.""",
        [
            ("It was one of those days", "Jared Petersen"),
            ("The guys in the change", "Jared Petersen"),
            ("You'd be lying if you", "Jared Petersen"),
            ("But all I can do", "Jared Petersen"),
            ("We keep saying the same", "Andile Ngcobo"),
            ("At 160 for three you", "Andile Ngcobo"),
            ("have a hard look at", "Andile Ngcobo"),
            ("Thabo has been our quiet", "Wesley Nkosi"),
            ("He doesn't get the headlines", "Wesley Nkosi"),
            ("The team was found to", "Cricket Federation of South Africa"),
        ],
    ),
    (
        """Rugby: Rams lose star lock Tane Waaka for rest of season

Hamish Crawford

The Ruahine Rams have been dealt a major blow ahead of the business end of the provincial championship, with lock Tane Waaka ruled out for the rest of the season with a ruptured Achilles tendon.

Waaka, 24, went down without contact in the 41st minute of Saturday’s 27-19 win over the Kaimai Thunder at Tōtara Park in Dannevirke and had to be helped from the field.

Rams head coach Murray Tuhiwai said the injury was “absolutely gutting for Tane and his whānau”, particularly given the form the 2.01m lock had shown this season.

“He’s been our best player this year, no question,” Tuhiwai said.

“He’d put himself right in the frame for a Super Rugby contract and you could see him growing every week. To lose him now is cruel.

“But that’s footy. Somebody else gets an opportunity, and we’ve got a group that’s pretty tight.”

A statement from the Ruahine Rugby Union on Monday said Waaka had undergone surgery in Palmerston North and faced “a recovery period of between six and nine months”.

Waaka himself took to social media on Monday evening. “Gutted but I’ll be back stronger. Thanks for all the messages whānau,” he wrote on Instagram.

The injury is a setback for a player who had attracted interest from at least two Super Rugby franchises. One Super Rugby coach, who did not want to be named, said Waaka had been “on a few lists” for next season and would still be considered once he returned to full fitness.

Veteran Sam Kereama, 33, is expected to step into the starting side for Sunday’s clash with the Waitaha Knights in Rangiora, with 20-year-old Jayden Pomare promoted to the bench.

Tuhiwai said Kereama had “been there and done it” and would bring some calm to a young pack.

Rams captain Isaac Leota said the squad would rally around their injured teammate.

“Tane would be the first one telling us to get on with it,” he said. “We’ve got three games left to make the top four and that’s all we’re focused on right now.”

The Rams sit third on the championship table, one point ahead of the Thunder, who travel to face the competition leaders, the Coastal Otago Pirates, on Saturday.""",
        [
            ("absolutely gutting for Tane and", "Murray Tuhiwai"),
            ("He’s been our best player", "Murray Tuhiwai"),
            ("He’d put himself right in", "Murray Tuhiwai"),
            ("But that’s footy. Somebody else", "Murray Tuhiwai"),
            ("a recovery period of between", "Ruahine Rugby Union"),
            ("Gutted but I’ll be back", "Tane Waaka"),
            ("on a few lists", "Super Rugby coach"),
            ("been there and done it", "Murray Tuhiwai"),
            ("Tane would be the first", "Isaac Leota"),
            ("We’ve got three games left", "Isaac Leota"),
        ],
    ),
    (
        """Whitfield retains Class One 400m crown as St Catherine High tighten grip

Shanique Grant/Gleaner Writer

Mount Carey Technical's Tajay Whitfield defended his Class One 400m title in impressive fashion at the Inter-Secondary Schools Athletics Championships yesterday, clocking a personal best 45.91 seconds at the Kingston Sports Arena.

Whitfield, who was fifth at the 200m mark, powered past Ainsley Morgan of Port Royal College, known to his schoolmates as "Rocket", in the final 60 metres. Morgan held on for second in 46.20, with St Catherine High's Omari Facey third in 46.47.

"I came here to defend my title and that's what I did," said a beaming Whitfield. "Coach told me to run my own race and not worry about the guys on the outside. At 300 metres I felt them coming, but I just kept my form and trusted my strength."

The lanky 18-year-old, who has committed to a university in Texas in the fall, said he was "not really focused on times" and wanted only to bring home maximum points for his school.

Mount Carey head coach Lennox McFarlane told The Gleaner: "We have been working on his back end all season. Last year he would die in the home straight, but this year he is much stronger. I am very proud of him."

Despite Whitfield's heroics, St Catherine High strengthened their hold on the boys' title, moving to 186 points after yesterday's third day, ahead of Port Royal College on 152 and Mount Carey on 131.

According to St Catherine High principal Dr Marcia Blake-Henry, the school is "on track to bring the trophy home to Spanish Town" for the first time in 11 years, though she cautioned that "nothing is won until the relays are done".

In the girls' championships, Highgate Girls' High's Shantel Reid won the Class Two 100m hurdles in 13.58 seconds, a championship record.

"I'm just grateful to God and my coaches," Reid said. "My mother is in the stands today and this one is for her."

Meanwhile, the Secondary Schools Sports Federation (SSSF) has announced changes to today's schedule in light of forecast high temperatures.

"Due to the expected high temperatures, the start of Saturday's morning session has been moved to 9:30 a.m. and additional water stations will be placed in the warm-up area," the federation said in a statement.

The championships end today with the 4x400m relays, which are set for 8:40 p.m.""",
        [
            ("I came here to defend", "Tajay Whitfield"),
            ("Coach told me to run", "Tajay Whitfield"),
            ("not really focused on times", "Tajay Whitfield"),
            ("We have been working on", "Lennox McFarlane"),
            ("on track to bring the", "Marcia Blake-Henry"),
            ("nothing is won until the", "Marcia Blake-Henry"),
            ("I'm just grateful to God", "Shantel Reid"),
            ("My mother is in the", "Shantel Reid"),
            ("Due to the expected high", "Secondary Schools Sports Federation"),
        ],
    ),
    (
        """Kudus part ways with coach Van der Merwe after winless run

Mninawe Qwabe

The Karoo Kudus have parted ways with head coach Pieter van der Merwe with immediate effect after a dismal start to the First Division campaign.

A statement from the Karoo Rugby Union (KRU) on Tuesday said the decision had been taken “by mutual agreement” following a meeting of the union’s board on Monday night.

“The board thanks Pieter for his commitment and hard work over the past three seasons, and wishes him well in his future endeavours,” the statement read.

“However, the results this season have not met the standards the union has set for itself, and the board felt that a change was necessary to give the team the best possible chance of avoiding relegation.”

The Kudus have lost all six of their matches this season, including Saturday’s 57-12 hammering by the Highveld Hawks at Rietvlei Park, where they conceded eight tries.

Assistant coach Sizwe Mabaso will take charge of the team on an interim basis, starting with this weekend’s home fixture against the Lowveld Rhinos in Kolkfontein.

KRU president Hendrik Swanepoel told reporters in Kolkfontein that the union hoped to appoint a permanent replacement “within the next month”.

“We are not going to rush this,” Swanepoel said. “We want the right person, someone who understands the region and who can develop our young players. Sizwe knows the squad well and he has the full backing of the board.”

Van der Merwe, who guided the Kudus to the First Division semi-finals in his first season in charge, said he was “disappointed but not bitter” when contacted by phone.

“I gave everything to this union. We had a lot of injuries this year and we lost six or seven senior players to bigger unions in the off-season, but I understand that rugby is a results business,” he said.

“I wish the boys all the best. They are good young men and they will come right.”

The South African Rugby Players’ Association (Saprpa) said it was monitoring the situation. Its regional representative, Lerato Khumalo, said the organisation would “make sure the players are supported through the transition”.

But one senior player, who asked not to be named because he was not authorised to speak to the media, said the squad had been “caught off guard” by the timing of the announcement.

“We only heard about it this morning on the team WhatsApp group. Nobody from the union spoke to us first,” the player said.

The Kudus are bottom of the First Division log, seven points behind the eighth-placed Vaal Barbels.""",
        [
            ("by mutual agreement", "Karoo Rugby Union"),
            ("The board thanks Pieter for", "Karoo Rugby Union"),
            ("However, the results this season", "Karoo Rugby Union"),
            ("within the next month", "Hendrik Swanepoel"),
            ("We are not going to", "Hendrik Swanepoel"),
            ("We want the right person", "Hendrik Swanepoel"),
            ("disappointed but not bitter", "Pieter van der Merwe"),
            ("I gave everything to this", "Pieter van der Merwe"),
            ("I wish the boys all", "Pieter van der Merwe"),
            ("make sure the players are", "Lerato Khumalo"),
            ("caught off guard", "senior player"),
            ("We only heard about it", "senior player"),
        ],
    ),
    (
        """'We got it badly wrong': Kea skipper owns up after Kauri rout

Ben Hallett

Southland Kea captain Logan Frew has taken the blame for his side's collapse to 89 all out against the Northland Kauri in the domestic one-day competition at Puriri Domain in Whangārei on Saturday.

Having won the toss and chosen to bat on a pitch with a generous covering of grass, the Kea were 31/5 inside 10 overs and never recovered. The Kauri knocked off the runs in 14.2 overs for the loss of two wickets.

"We got it badly wrong today, and that starts with me," Frew said. "I made the call to bat first on a green deck and then we didn't back it up with the bat. You can't be 30-odd for five against a good side and expect to win."

Kauri seamer Ethan Ruatapu was the chief destroyer, taking 5/17 from eight overs in his first match of the season after a stress fracture in his back.

"It was just one of those days where everything came out nicely," Ruatapu told reporters. "The ball was nipping around a fair bit early and the boys at the other end kept it really tight, so the pressure was always on."

Kea coach Craig Bidois was blunter, describing his side's batting as "nowhere near good enough at this level".

"We've talked a lot about playing with intent, but intent doesn't mean throwing your wicket away," Bidois said.

"Three of our top five got out to balls they could have left. That's not a technical problem, that's a decision-making problem.

"There'll be a few honest conversations this week, and there should be."

Kauri captain Hemi Walker said his bowlers had "executed the plans perfectly" and singled out Ruatapu for praise.

"To come back from a back injury and do that in your first game is pretty special," Walker said. "He's worked incredibly hard in the rehab and he deserved that."

The result lifts the Kauri to the top of the table, while the Kea drop to fifth with two wins from five matches.

Their problems were compounded when all-rounder Jack Tiatia left the field with tightness in his left hamstring during the Kauri innings. A Southland Cricket spokeswoman said Tiatia would miss Tuesday's match against the Manawatū Kārearea in Palmerston North and that the team was "taking no chances with him".""",
        [
            ("We got it badly wrong", "Logan Frew"),
            ("We got it badly wrong today", "Logan Frew"),
            ("I made the call to", "Logan Frew"),
            ("It was just one of those", "Ethan Ruatapu"),
            ("The ball was nipping around", "Ethan Ruatapu"),
            ("nowhere near good enough at", "Craig Bidois"),
            ("We've talked a lot about", "Craig Bidois"),
            ("Three of our top five", "Craig Bidois"),
            ("There'll be a few honest", "Craig Bidois"),
            ("executed the plans perfectly", "Hemi Walker"),
            ("To come back from a", "Hemi Walker"),
            ("He's worked incredibly hard in", "Hemi Walker"),
            ("taking no chances with him", "spokeswoman"),
        ],
    ),
    (
        """Players’ body slams CCB over Ramdass omission

Nalini Persad

The Caribbean Cricketers’ Association (CCA) has described the omission of Trinidad and Tobago batsman Rishi Ramdass from the regional Test squad as “baffling and deeply demoralising” for first-class cricketers across the region.

Ramdass, 29, is the leading run-scorer in the Regional Four-Day Championship this season, with 812 runs at an average of 67.66, including three centuries. But the left-hander was overlooked when the Caribbean Cricket Board (CCB) named its 15-man squad for next month’s two-Test home series on Monday.

In a letter to CCB chief executive Marlon Gittens, CCA president Dwayne Alleyne said the decision “sends the wrong message to every young player grinding it out in the domestic game”.

Speaking to the Guardian yesterday, Alleyne went further.

“What more must the man do?” he asked. “He has made runs on every kind of pitch, against every attack in the region. If performance in the four-day competition doesn’t count for selection, then the board needs to tell the players that plainly.”

Chairman of selectors Clyde Wharton defended the panel’s decision at a media conference at the CCB’s headquarters in St John’s, Antigua, on Tuesday.

“Rishi is very much in our thinking,” Wharton told reporters. “We looked at the conditions we expect for this series and the balance of the side, and we felt the players we picked give us the best chance of winning. Nobody is closing the door on him.”

Wharton said the panel had also considered Ramdass’ record “against genuine pace”, which he described as an area the batsman still needed to work on.

A CCB statement issued later on Tuesday said the board “fully supports the independence of the selection panel” and “respects the right of the players’ association to express its views”.

However, a senior CCB official, who spoke on condition of anonymity, said there was disquiet among some directors over the omission.

“A few of us were surprised, to be honest,” the official said. “It will come up at the next board meeting, I can promise you that.”

The Trinidad and Tobago Cricket Council (TTCC) has also weighed in. “We are extremely disappointed for Rishi, who has been the standout batsman in the region for two seasons,” TTCC president Azim Baksh said, adding that the council would “formally request an explanation” from the selectors.

Ramdass, who struck 143 against Barbados at Balmain Park last weekend, declined to comment beyond a brief message to the Guardian: “I will keep working and let my bat do the talking.”

The first Test bowls off on July 4 in Bridgetown.""",
        [
            ("baffling and deeply demoralising", "Caribbean Cricketers’ Association"),
            ("sends the wrong message to", "Dwayne Alleyne"),
            ("What more must the man", "Dwayne Alleyne"),
            ("He has made runs on", "Dwayne Alleyne"),
            ("Rishi is very much in", "Clyde Wharton"),
            ("We looked at the conditions", "Clyde Wharton"),
            ("against genuine pace", "Clyde Wharton"),
            ("fully supports the independence of", "Caribbean Cricket Board"),
            ("respects the right of the", "Caribbean Cricket Board"),
            ("A few of us were", "senior CCB official"),
            ("It will come up at", "senior CCB official"),
            ("We are extremely disappointed for", "Azim Baksh"),
            ("formally request an explanation", "Azim Baksh"),
            ("I will keep working and", "Rishi Ramdass"),
        ],
    ),
    (
        """Ndlovu smashes SA 200m record to book world championships ticket

Nomvula Zungu

Potchefstroom - Lindiwe Ndlovu broke the South African women's 200m record at the national championships at Bokamoso Stadium on Saturday night, stopping the clock at 22.38 seconds to secure her place at next month's world championships.

The 21-year-old from Mbizana shaved 0.11 seconds off the previous mark, set by Charlene Visagie in 2011, and comfortably dipped under the world championships entry standard.

"I saw the clock and I just screamed," Ndlovu said. "I knew I was in good shape, but I didn't expect 22.3. I still can't believe it."

Asked about her goals for the world championships, Ndlovu was clear: "I'm not going there to make up the numbers. I want to make the final, and after that, anything can happen."

Her coach, Frikkie Steyn, who has guided her since she enrolled at the Potchefstroom Sports Academy in 2020, said the record had been a long time in the making.

"Lindiwe has a rare combination of speed and strength," Steyn said.

"When she came to us at 17 she was raw, but she listened and she worked. Tonight was the reward for three years of very boring work in the gym and on the track.

"We will manage her carefully now. She's young and there is no point in burning her out before she reaches her peak."

National Athletics Federation of South Africa (NAFSA) president Dr Thandeka Mthembu said the record was "exactly what South African athletics needed" after a difficult year in which the sport has lost two major sponsors.

There was heartbreak, however, for 400m hurdler Ruan Jacobs, who won his final in 49.02 but missed the qualifying standard by just 0.12 seconds.

"I'm gutted, honestly, because I felt good coming off the last hurdle," Jacobs told reporters in the mixed zone. "The wind was a bit tricky down the back straight, but that's not an excuse."

The 24-year-old said he would "go back to the drawing board" with his coach and look for a race in Europe before the qualifying window closes.

"The final team will be announced on 30 June after the qualification window closes, and athletes who have not yet achieved the standard still have an opportunity to do so," the federation said in a statement on Sunday.""",
        [
            ("I saw the clock and", "Lindiwe Ndlovu"),
            ("I knew I was in", "Lindiwe Ndlovu"),
            ("I'm not going there to", "Lindiwe Ndlovu"),
            ("Lindiwe has a rare combination", "Frikkie Steyn"),
            ("When she came to us", "Frikkie Steyn"),
            ("We will manage her carefully", "Frikkie Steyn"),
            ("exactly what South African athletics", "Thandeka Mthembu"),
            ("I'm gutted, honestly, because I", "Ruan Jacobs"),
            ("The wind was a bit", "Ruan Jacobs"),
            ("go back to the drawing", "Ruan Jacobs"),
            ("The final team will be", "National Athletics Federation of South Africa"),
        ],
    ),
    (
        """Tawhiri throws personal best to close in on Olympic standard

Aroha Kingi, Sport reporter

Shot putter Mere Tawhiri says she is "only scratching the surface" after a personal best throw at the national athletics championships in Hamilton.

Tawhiri, 23, won the women's shot put at Te Rapa Athletics Park on Saturday with a throw of 19.04m, adding 31cm to her previous best and moving within 11cm of the Olympic qualifying standard.

"It's been a long time coming," she said. "I've been throwing 18.7, 18.8 in training for months and I just couldn't put it together in competition. Today everything clicked."

The Whakatāne-raised athlete, who trains in Auckland under former Commonwealth Games medallist Vaughan Pickering, said she had changed her approach after a disappointing European season last year.

"I was overthinking everything," Tawhiri said. "Vaughan basically told me to stop watching video of myself for a month and just throw. It sounds simple, but it worked."

Pickering believes there is more to come.

"Mere's got the engine to throw 20 metres. The technical side is coming, and when it does, she'll surprise a lot of people," he said.

New Zealand Track and Field (NZTF) high performance director Simone Gallagher said Tawhiri would be considered for the federation's "Pathway to Podium" programme when funding decisions are made next month.

"Mere has shown real maturity this season and she's exactly the type of athlete the programme is designed to support," Gallagher said.

In the men's 100m, Caleb Ngata-Rhodes claimed his third national title in 10.21 seconds, running into a 1.4m/s headwind. Ngata-Rhodes told RNZ the headwind "took a bit off" the time but he was pleased to defend his crown.

Elsewhere, 17-year-old Ella Whitcombe won the women's 1500m in 4:16.83, the fastest time by a New Zealand schoolgirl in more than a decade.

NZTF said in a statement the three-day championships had attracted a record 1100 entries, which it described as "a really encouraging sign for the sport at grassroots level".

The championships conclude on Sunday.""",
        [
            ("only scratching the surface", "Mere Tawhiri"),
            ("It's been a long time", "Mere Tawhiri"),
            ("I've been throwing 18.7, 18.8", "Mere Tawhiri"),
            ("I was overthinking everything", "Mere Tawhiri"),
            ("Vaughan basically told me to", "Mere Tawhiri"),
            ("Mere's got the engine to", "Vaughan Pickering"),
            ("Mere has shown real maturity", "Simone Gallagher"),
            ("took a bit off", "Caleb Ngata-Rhodes"),
            ("a really encouraging sign for", "New Zealand Track and Field"),
        ],
    ),
]
