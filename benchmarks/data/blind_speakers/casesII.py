CASES = [
    (
        """Sodhi's unbeaten 164 keeps Hill Zone in hunt for Kanwar Trophy final

Dehradun, Jan 18 (PTI) Opener Karan Sodhi struck an unbeaten 164 as Hill Zone reached 342 for five at stumps on the second day of their Kanwar Trophy semifinal against Central Plains at the Rispana Cricket Ground here on Thursday.

Replying to Central Plains' first-innings total of 389, Hill Zone were in trouble at 61 for three before Sodhi added 181 runs for the fourth wicket with captain Anurag Negi, who made 78.

"The wicket was doing a bit early on and we lost three quick ones, so the idea was just to bat time," Sodhi told reporters after the day's play.

"Anurag bhai kept telling me not to look at the scoreboard. Once the ball got older, it became easier to play through the line."

The 24-year-old, who was left out of the playing XI for the previous round, said he had worked on his technique against the short ball during a two-week stint at the association's academy in Haldwani.

"There were doubts about my place, I won't hide that. But the coaches backed me and I wanted to repay that," he said.

Central Plains pacer Mohit Tanwar, who took two for 71, admitted the visitors had let the game drift in the afternoon session.

"We bowled too many loose balls after lunch. On this surface you have to be patient, and we were not," Tanwar said.

Hill Zone head coach Rakesh Bisht described the partnership as "the turning point of the match" and said the side would look to bat through most of the third day.

"If we can get a lead of 80 or 100, then we put them under pressure in the second innings. The pitch will start to turn from tomorrow," Bisht said.

Earlier, resuming at 301 for seven, Central Plains added 88 runs for the last three wickets, with wicketkeeper Deepak Yadav making a gritty 56. Left-arm spinner Ishaan Rawat finished with four for 97 for Hill Zone.

A Hill Zone Cricket Association official said a national selector was watching the match, though he declined to name him.

"There is a selector here for all four days. The boys know that, and it is good for them," the official said.

The winner of the match will face West Coast in the final, starting in Mumbai from January 27. The first-innings lead will decide the finalist if the match ends in a draw.

Brief scores: Central Plains 389 in 118.2 overs (Vivek Malik 88, Deepak Yadav 56; Ishaan Rawat 4/97) vs Hill Zone 342/5 in 96 overs (Karan Sodhi 164 batting, Anurag Negi 78; Mohit Tanwar 2/71). PTI KS AT""",
        [
            ("The wicket was doing a", "Karan Sodhi"),
            ("Anurag bhai kept telling me", "Karan Sodhi"),
            ("There were doubts about my", "Karan Sodhi"),
            ("We bowled too many loose", "Mohit Tanwar"),
            ("the turning point of the", "Rakesh Bisht"),
            ("If we can get a", "Rakesh Bisht"),
            ("There is a selector here", "Hill Zone Cricket Association official"),
        ],
    ),
    (
        """PHA recalls Shahzad as 28 named for Asia Cup camp

By Our Staff Reporter

LAHORE: Veteran drag-flicker Imran Shahzad was on Tuesday recalled to the national fold as the Pakistan Hockey Association (PHA) named 28 probables for a training camp ahead of next month’s Asia Cup in Muscat.

The camp will begin at the Abdul Sattar Hockey Stadium here on Monday and run for three weeks, with the final 18-member squad to be announced after a series of trial matches, the PHA said in a statement.

“The selection committee has kept in mind the need for experience in a tournament of this level, while also giving young players the opportunity to prove themselves,” the statement said.

Shahzad, 31, last played for Pakistan nearly two years ago and was left out following a dispute over unpaid daily allowances during a tour of Europe. He has since been turning out for a club in the Malaysian league.

Chief selector Khalid Mehmood told Dawn that the decision to recall Shahzad had been unanimous.

“Our penalty-corner conversion has been very poor in the last three events. Imran is still the best drag-flicker in the country and we cannot ignore that,” he said.

Mehmood also dismissed suggestions that the committee had come under pressure from within the federation, saying the selectors had watched every match of the National Championship in Faisalabad.

“Nobody called me, nobody asked me to include or exclude anyone. These are hockey decisions taken by hockey people,” he said.

Head coach Tariq Aziz, a former Olympian, said fitness would be the priority during the first week, adding that the team had lacked “a proper structure” in midfield during last year’s defeats.

“We will test every player on the first day. Anyone who does not meet the standard will be sent home, whatever his name,” Aziz said.

Not everyone was pleased with the list. A former Pakistan captain, who requested anonymity, said the omission of goalkeeper Waqas Butt was “difficult to understand” given his performances in the National Championship.

“Waqas saved four penalty strokes in the final alone. If that is not enough, then what is the criteria?” he said.

PHA secretary Col (retd) Asif Jamil said in response that Butt had failed to clear a fitness test conducted in January.

“The doors are not closed for anyone. Waqas can come back whenever he is fit,” Jamil said.

Pakistan have been placed in Pool B of the Asia Cup alongside Japan, Bangladesh and Oman. The top two teams from each pool will advance to the semi-finals.

Probables: Goalkeepers: Akmal Hussain, Abdullah Ishtiaq, Munib Rehman. Defenders: Imran Shahzad, Sufyan Ali, Zeeshan Haider, Arsalan Qadir, Hammad Anjum, Faizan Latif. Midfielders: Rizwan Ghani, Usman Sarwar, Bilal Akhtar, Aqeel Raza, Junaid Kamal, Shoaib Nawaz, Hassan Tufail, Moazzam Ali. Forwards: Ahsan Iqbal Jr, Nadeem Rafi, Kashif Mirza, Umair Sattar, Danish Hayat, Talha Bashir, Abdul Wahab, Faraz Ahmed, Saqib Javed, Mubashir Hassan, Ali Shan.""",
        [
            ("The selection committee has kept", "Pakistan Hockey Association"),
            ("Our penalty-corner conversion has been", "Khalid Mehmood"),
            ("Nobody called me, nobody asked", "Khalid Mehmood"),
            ("a proper structure", "Tariq Aziz"),
            ("We will test every player", "Tariq Aziz"),
            ("difficult to understand", "former Pakistan captain"),
            ("Waqas saved four penalty strokes", "former Pakistan captain"),
            ("The doors are not closed", "Asif Jamil"),
        ],
    ),
    (
        """Al Rimal coach Moraru demands 'more courage' after derby stalemate

By Ahmed Kutty, Staff Reporter

Dubai: Al Rimal coach Vasile Moraru has called on his players to show "more courage" in the final third after his side were held to a 1-1 draw by city rivals Al Bustan at the Al Qusais Stadium on Friday night.

Brazilian forward Thiago Lemos put the hosts ahead in the 34th minute, turning in a low cross from Omar Al Ketbi, but Emirati winger Saeed Al Mansoori equalised for the visitors eight minutes from time with a curling shot from the edge of the area.

"We had the ball, we had the control, but in the last 30 metres we were afraid," Moraru told reporters after the match. "You cannot win a derby if you are afraid to take a shot or to take a man on. I want more courage from my players, especially the young ones."

The result leaves Al Rimal fourth on 29 points from 17 matches, five points behind leaders Al Sahel, who beat Kalba Stars 2-0 earlier in the evening.

Al Bustan coach Khalid Al Hammadi was delighted with his side's response. "For us, a point here is like a win. The boys showed character after going behind, and Saeed did what he has been doing all season," he said.

Al Mansoori, 22, has now scored nine league goals this season and has been widely tipped for a first call-up to the national team for next month's friendlies. Asked about the speculation, the winger said: "That is for the national team coach to decide. My job is to help my club, nothing else."

Moraru was also unhappy with the officiating, arguing that a handball appeal against Al Bustan defender Rashid Obaid early in the second half should have been reviewed on the pitchside monitor.

"I have seen it on the screen in the dressing room. It is a clear handball. I don't understand why they don't check," the Romanian said.

A league official, speaking on condition of anonymity, told Gulf News that the incident had been checked by the video assistant referee and that there had been "no clear and obvious error" by the on-field referee.

More than 6,000 supporters turned up for the fixture, the biggest crowd at the stadium this season. "Thank you to our amazing fans for filling the stands once again. Together we go again on Thursday," Al Rimal Club said in a post on X after the final whistle.

Al Rimal travel to Al Sahel on Thursday, when Moraru may be without Lemos, who limped off late in the game with a hamstring complaint.

"We will know more tomorrow after the scan. I hope it is nothing serious, because Thiago is very important for us," Moraru said.""",
        [
            ("more courage", "Vasile Moraru"),
            ("more courage", "Vasile Moraru"),
            ("We had the ball, we", "Vasile Moraru"),
            ("You cannot win a derby", "Vasile Moraru"),
            ("For us, a point here", "Khalid Al Hammadi"),
            ("That is for the national", "Saeed Al Mansoori"),
            ("I have seen it on", "Vasile Moraru"),
            ("no clear and obvious error", "league official"),
            ("Thank you to our amazing", "Al Rimal Club"),
            ("We will know more tomorrow", "Vasile Moraru"),
        ],
    ),
    (
        """Malabar United fined Rs 8 lakh, told to play one home game behind closed doors

KOZHIKODE: The All India Football Association (AIFA) has fined Malabar United FC Rs 8 lakh and ordered the club to play one home match behind closed doors over crowd trouble during their league game against Goa Mariners at the EMS Corporation Stadium on January 14.

The match was halted for 12 minutes in the 78th minute after bottles and flares were thrown onto the pitch following a penalty decision in favour of the visitors. Two Goa Mariners players and an assistant referee received medical attention.

In its order, a copy of which is with TOI, the AIFA said the club had "failed in its duty to ensure the safety of players, match officials and spectators" and described the security arrangements on the day as "grossly inadequate".

Malabar United head coach Jithin Varghese said the club would challenge the decision before the federation's appeals committee.

"We respect the federation, but this punishment is too harsh. Our fans are the heart of this club, and asking them to stay away is like asking us to play without a heart," Varghese told TOI on Tuesday.

"Yes, a few people behaved badly and we condemn that completely. But thirty thousand people should not be punished for the actions of ten or fifteen."

Club CEO Nisha Menon said the management had already identified several of those involved with the help of CCTV footage and handed the details over to the police.

"We have banned six individuals from our stadium for life. We are also adding more stewards and installing new metal detectors at the gates before our next home game," she said.

A senior police officer at the Nadakkavu station said two men, aged 23 and 27, had been arrested in connection with the incident. "They have been booked under relevant sections and released on bail. The investigation is continuing and more arrests are possible," the officer said.

The club's largest supporters' group, the "Malabar Pada", distanced itself from the violence. "Those who threw bottles were not part of our group. We have always stood for passionate but peaceful support," the group said in a statement posted on its Facebook page.

Goa Mariners captain Rohan Fernandes, who was struck on the shoulder by a bottle, said he held no grudge against Kozhikode's fans. "It was scary for a few minutes, I won't lie. But I have played here many times and the atmosphere is usually one of the best in the country," he said.

The closed-door match is likely to be United's home game against Shillong Highlanders on February 9, unless the appeal is heard before then. The club has 14 days to file it.""",
        [
            ("failed in its duty to", "All India Football Association"),
            ("grossly inadequate", "All India Football Association"),
            ("We respect the federation, but", "Jithin Varghese"),
            ("Yes, a few people behaved", "Jithin Varghese"),
            ("We have banned six individuals", "Nisha Menon"),
            ("They have been booked under", "senior police officer at the Nadakkavu station"),
            ("Those who threw bottles were", "Malabar Pada"),
            ("It was scary for a", "Rohan Fernandes"),
        ],
    ),
    (
        """Abbasi reported for suspect action, insists he is ‘not worried’

KARACHI:

Uncapped fast bowler Zain Abbasi has been reported for a suspect bowling action during the Inter-Regional T20 Championship, the Pakistan Cricket Council (PCC) confirmed on Wednesday.

The 20-year-old, who has taken 14 wickets in six matches for Southern Stallions while regularly clocking above 145kph, was reported by on-field umpires Naveed Akhtar and Farooq Qadir after Monday’s match against Capital Falcons in Rawalpindi.

“The match officials’ report cited concerns over the legality of the bowler’s quicker delivery and his bouncer,” the PCC said in a statement.

“Zain Abbasi will be permitted to continue bowling in the tournament while he undergoes an independent assessment at the PCC’s accredited testing centre in Lahore within 14 days.”

Abbasi, who hails from Sadiqabad, responded on Instagram, writing that he was “not worried” and was confident of clearing the test.

“I have been bowling like this since I was 12. I trust my action and I trust my coaches. Inshallah I will come back stronger,” he wrote.

Stallions head coach Azhar Malik called the report “a shock for all of us” and questioned its timing.

“He has played two seasons of first-class cricket and nobody said a word. Now, when he starts getting attention and people are talking about the national team, suddenly there is a problem,” Malik told The Express Tribune.

A senior PCC official, however, rejected suggestions that the report had anything to do with Abbasi’s rising profile.

“Umpires report what they see. It has nothing to do with who the bowler is or how many wickets he has taken,” said the official, who requested anonymity as he was not authorised to speak to the media.

Former Test pacer Rashid Mahmood, who coached Abbasi at the Under-19 level, said there was no reason for alarm.

“The boy has a naturally whippy action, and with such actions the elbow sometimes looks bent on television when it is not. The lab will give a clear answer,” Mahmood said, adding that young bowlers needed “proper guidance, not panic” at such moments.

Under the regulations, a bowler is permitted to straighten his elbow by up to 15 degrees. Should Abbasi fail the test, he would be suspended from bowling in all domestic cricket until he undergoes remedial work and is cleared in a fresh assessment.

Stallions, currently second in the points table with eight points, face Northern Hawks in Faisalabad on Friday. Malik confirmed that Abbasi would play.

“Of course he will play. He is our best bowler and he has done nothing wrong,” he said.""",
        [
            ("not worried", "Zain Abbasi"),
            ("The match officials’ report cited", "Pakistan Cricket Council"),
            ("Zain Abbasi will be permitted", "Pakistan Cricket Council"),
            ("not worried", "Zain Abbasi"),
            ("I have been bowling like", "Zain Abbasi"),
            ("a shock for all of", "Azhar Malik"),
            ("He has played two seasons", "Azhar Malik"),
            ("Umpires report what they see.", "senior PCC official"),
            ("The boy has a naturally", "Rashid Mahmood"),
            ("proper guidance, not panic", "Rashid Mahmood"),
            ("Of course he will play.", "Azhar Malik"),
        ],
    ),
    (
        """Parambil named UAE captain as Qureshi steps aside

By Sarath Nair

Dubai: Kerala-born all-rounder Ziyad Parambil will lead the UAE in next month's four-nation T20I series in Oman after the Emirates Cricket Council (ECC) handed him the captaincy on Monday.

Parambil replaces wicketkeeper-batter Haris Qureshi, who stepped down last week after leading the side in 27 T20 internationals, citing the need to concentrate on his batting following a lean run of form.

Announcing the decision at the ECC Academy in Dubai Sports City, general secretary Mubarak Al Shamsi said the board had consulted senior players and the coaching staff before making its choice.

"Ziyad has been part of our leadership group for three years and he has the respect of every player in that dressing room," Al Shamsi said. "He understands the unique challenges our players face, most of whom are balancing cricket with full-time jobs."

Parambil, 29, works as an accountant with a logistics company in Jebel Ali when he is not on national duty. He said he had been "overwhelmed by the support" from teammates and the wider community since the news broke on Sunday evening.

He told Khaleej Times: "When I came here as a 14-year-old with my father, I never imagined that one day I would be captain of this country. The UAE has given my family everything. This is my chance to give something back.

"Our target is very clear. We want to qualify for the next World Cup, and for that every series, every match counts."

Head coach Neil van Rooyen, the former South African first-class player who took charge last year, praised Qureshi's decision as "brave and selfless".

"Haris came to me and said he wanted to enjoy his batting again. You have to respect a player who puts the team before himself," van Rooyen said. "He is still a big part of our plans, with the bat and behind the stumps."

Qureshi himself kept his comments brief: "Ziyad is the right man. I will give everything to help him and the team."

According to an ECC release, the 15-member squad will assemble for a ten-day camp in Dubai before flying to Muscat on March 3. Fast bowler Imran Bashir has been ruled out of the series with a side strain.

"Imran is expected to be available for the home series against Namibia in April," the release said.

The UAE, who have lost five of their last seven T20 internationals, open the series against hosts Oman on March 6, before taking on Nepal and Hong Kong.""",
        [
            ("Ziyad has been part of", "Mubarak Al Shamsi"),
            ("He understands the unique challenges", "Mubarak Al Shamsi"),
            ("overwhelmed by the support", "Ziyad Parambil"),
            ("When I came here as", "Ziyad Parambil"),
            ("Our target is very clear.", "Ziyad Parambil"),
            ("brave and selfless", "Neil van Rooyen"),
            ("Haris came to me and", "Neil van Rooyen"),
            ("He is still a big", "Neil van Rooyen"),
            ("Ziyad is the right man.", "Haris Qureshi"),
            ("Imran is expected to be", "Emirates Cricket Council"),
        ],
    ),
    (
        """Captain Kujur ruled out of Asian Champions Trophy, Pooja Malik to lead

By Avishek Sen

New Delhi: Midfielder and captain Anjali Kujur has been ruled out of next month’s Women’s Asian Champions Trophy in Ranchi after suffering a hamstring tear during training at the national camp in Sonipat, the Hockey Federation of India (HFI) said on Friday.

Defender Pooja Malik, who has 142 international caps, will lead the 18-member squad in her absence, while uncapped 19-year-old forward Ritika Lakra has been drafted in.

“Anjali underwent an MRI scan on Thursday, which confirmed a grade-two tear. She will require six to eight weeks of rehabilitation,” the HFI said in a statement.

Chief coach Marten de Wit said losing Kujur was a “huge blow” but insisted the squad had the depth to cope.

“Anjali is the heartbeat of our midfield, there is no point pretending otherwise,” the Dutchman said after Friday’s training session. “But this is exactly why we have been rotating players over the last year. We knew a day like this could come.

“Pooja has led the team before, at the Nations Cup, and she did it very well. The girls trust her and she speaks her mind, which I like.”

Malik, 27, said she had mixed feelings about the appointment. “It is sad to get the captaincy like this. Anjali is my closest friend in the team and I spoke to her last night. She told me, ‘Don’t change anything, just play your game.’ That is what I will try to do,” Malik said.

According to team physiotherapist Dr Kavita Rao, the injury was not linked to training load and Kujur was “in good spirits” despite the setback.

“It was an unlucky one, she slipped slightly while turning. We expect her to be back on the pitch well before the Olympic qualifiers,” Rao said.

For Lakra, the call-up is reward for a prolific season with Railways, for whom she scored 17 goals in the senior nationals. Her first coach, Basil Toppo, who runs a small academy in Simdega district, said the news had set off celebrations in her village.

“She used to practise on a mud ground with a bamboo stick. Today she is in the India team. The whole village is celebrating,” Toppo told HT over the phone.

India, the defending champions, open their campaign against Japan on November 11, before facing China, Korea, Malaysia and Thailand in the round-robin stage. The top four teams qualify for the semi-finals.

Squad: Goalkeepers: Sunita Ekka, Harleen Kaur. Defenders: Pooja Malik (capt), Nirmala Soreng, Jyoti Rathee, Mansi Chauhan, Priya Dungdung. Midfielders: Neha Sangwan, Karishma Minz, Reena Thakur, Deepika Barla, Sakshi Yadav. Forwards: Ritika Lakra, Sushila Topno, Mamta Hooda, Lalremsiami Pachuau, Navdeep Kaur, Beauty Kerketta.""",
        [
            ("Anjali underwent an MRI scan", "Hockey Federation of India"),
            ("huge blow", "Marten de Wit"),
            ("Anjali is the heartbeat of", "Marten de Wit"),
            ("But this is exactly why", "Marten de Wit"),
            ("Pooja has led the team", "Marten de Wit"),
            ("It is sad to get", "Pooja Malik"),
            ("Don’t change anything, just play", "Anjali Kujur"),
            ("in good spirits", "Kavita Rao"),
            ("It was an unlucky one,", "Kavita Rao"),
            ("She used to practise on", "Basil Toppo"),
        ],
    ),
    (
        """Football-Pakistan fans flock to Karachi as home internationals return after four years

KARACHI, March 21 (Reuters) - Thousands of fans queued outside Karachi's Lyari People's Stadium on Thursday as Pakistan prepared to host their first home international in four years, a World Cup qualifier against Kyrgyzstan.

"I have been waiting for this day since I was a boy," said Abdul Ghafoor, a 46-year-old taxi driver. "My father brought me to matches in this neighbourhood. Today I have brought my son."

The fixture marks a turning point for the sport in the cricket-mad country of 240 million, where football was paralysed for years by a leadership dispute within the Pakistan Football Association (PFA) that led to two suspensions by world governing body FIFA.

Pakistan's recent "home" qualifiers were staged at neutral venues in the Gulf because of security concerns and the poor state of domestic stadiums.

Swedish coach Stefan Lindqvist said his players understood what the match meant to supporters.

"The players feel the responsibility, but also the energy. Playing in front of our own people, in a stadium like this, is something many of them have never experienced," Lindqvist told a pre-match news conference on Wednesday.

England-born midfielder Adnan Rafiq, whose grandparents emigrated from Mirpur, said the atmosphere had already surpassed his expectations.

"When we drove in from the airport there were people on the roadside waving flags. I've played in front of bigger crowds in England, but never anything like that," said Rafiq, who plays in the English third tier.

A PFA official, who spoke on condition of anonymity because he was not authorised to speak to the media, said all 22,000 tickets had been sold within two hours of going on sale.

"We could have sold the stadium three times over. The demand shows what football means to this city," the official said.

More than 2,500 police and paramilitary personnel would be deployed around the stadium, a spokesman for the Sindh police said.

"We have made comprehensive arrangements, and we appeal to fans to arrive early and cooperate with the checks," the spokesman said.

Kyrgyzstan coach Nurlan Abdyrakhmanov, speaking through an interpreter, said his side would not be intimidated. "We respect Pakistan and we know the crowd will be loud. But my players have experience of difficult away matches. We came here for three points," he said.

The PFA said in a statement that it hoped the game would mark "the beginning of a new chapter" for Pakistani football.

The match is being sponsored by Karachi-based mobile operator Sabz Telecom. "Football has the power to bring communities together, and we are proud to stand behind the national team," the company said.

Pakistan are bottom of Group F with one point from four matches, while Kyrgyzstan are third on seven points.

(Reporting by Kamran Siddiqui; Editing by Peter Hallworth)""",
        [
            ("I have been waiting for", "Abdul Ghafoor"),
            ("My father brought me to", "Abdul Ghafoor"),
            ("The players feel the responsibility,", "Stefan Lindqvist"),
            ("When we drove in from", "Adnan Rafiq"),
            ("We could have sold the", "PFA official"),
            ("We have made comprehensive arrangements,", "spokesman"),
            ("We respect Pakistan and we", "Nurlan Abdyrakhmanov"),
            ("the beginning of a new", "Pakistan Football Association"),
            ("Football has the power to", "Sabz Telecom"),
        ],
    ),
]
