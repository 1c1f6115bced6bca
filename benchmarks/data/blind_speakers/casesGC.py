CASES = [
    (
        """‘Not good enough’: Holloway blasts Stingrays after second-half collapse

By Liam Carrigan

Illawarra Stingrays coach Brett Holloway says his players “stopped doing the hard stuff” after they coughed up a 16-point half-time lead to lose 28-22 to the Western Sydney Bushrangers at Kellyville Oval on Saturday night.

The Stingrays led 22-6 at the break after tries to winger Tevita Fonua and hooker Jack Mahony, but the Bushrangers piled on four unanswered tries in the second half, with five-eighth Corey Aldridge scoring the match-winner in the 74th minute.

A visibly frustrated Holloway did not hold back in his post-match press conference.

“It’s not good enough, simple as that,” Holloway said. “We had the game in our hands at half-time and we handed it back to them. You can’t do that in this competition.

“Our completion rate in the second half was terrible, our defence on the edges was soft, and we didn’t support each other. That’s on all of us, me included.”

The loss is the Stingrays’ third in four weeks and leaves them ninth on the ladder, two points outside the top eight with six rounds remaining.

Captain Sam Leota, who played 80 minutes in the front row, said the group needed to “look in the mirror” before next week’s clash with the Hunter Valley Miners.

“We’re hurting, there’s no hiding from that,” Leota said. “But there’s still plenty of footy left and it’s up to us to turn it around. The boys will be sore tomorrow, in more ways than one.”

Bushrangers coach Darren Pike praised his side’s resilience, particularly after losing centre Marcus Tuilagi to a hamstring injury early in the second half.

“At half-time I just told them to play for each other and stop worrying about the scoreboard,” Pike said. “They did that. I’m really proud of the way they stuck at it.”

Pike confirmed Tuilagi would have scans on Monday but feared the worst.

“He felt it grab pretty badly, so we’ll see,” he said.

Holloway said he would consider changes to his side for next week, with Mahony under an injury cloud after failing a head injury assessment in the 61st minute.

“Everyone’s spot is up for grabs,” he said. “Nobody is guaranteed a jersey after a performance like that.”""",
        [
            ("Not good enough", "Brett Holloway"),
            ("stopped doing the hard stuff", "Brett Holloway"),
            ("It’s not good enough, simple", "Brett Holloway"),
            ("Our completion rate in the", "Brett Holloway"),
            ("look in the mirror", "Sam Leota"),
            ("We’re hurting, there’s no hiding", "Sam Leota"),
            ("At half-time I just told", "Darren Pike"),
            ("He felt it grab pretty", "Darren Pike"),
            ("Everyone’s spot is up for", "Brett Holloway"),
        ],
    ),
    (
        """Falcons star Jye Whitford commits to club until 2029

Maribyrnong midfielder Jye Whitford has ended months of speculation about his future, signing a four-year contract extension that will keep him at the Falcons until the end of 2029.

Whitford, 24, had been chased by at least two interstate clubs, with the Perth-based Swan River Eagles understood to have tabled an offer worth more than $1 million a season.

But the two-time best and fairest winner told this masthead on Tuesday that he never seriously considered leaving.

“Once I sat down with my family and my manager, it was pretty clear,” Whitford said.

“This is home. I was drafted here as a skinny 18-year-old, the club has looked after me through some tough times, and I genuinely believe we can win a premiership with this group.”

Whitford said the noise surrounding his contract had been “a bit of a distraction” early in the season, but insisted it had not affected his form.

He is averaging 29 disposals and six clearances a game and sits equal second in the Brownlow Medal betting behind Kingston Cobras skipper Nathan Grieve.

Falcons list manager Kate Morrissey said locking Whitford away had been the club’s top priority for the year.

“Jye is a generational player for this club and a fantastic leader among our younger group,” Morrissey said. “We’ve been talking with his management for a while now and we’re thrilled to get it done.”

Senior coach Adam Roycroft said the deal would lift the whole club.

“It sends a message to everyone – our members, our players, other clubs – that we’re building something here,” Roycroft told reporters at Riverside Park.

The Falcons, who sit fourth with a 9-4 win-loss record, face Kingston at the MCG on Saturday night.

According to a club source, Maribyrnong will now turn its attention to re-signing key defender Tom Bakker, who is out of contract at season’s end and has attracted interest from clubs in his home state of South Australia.

“Tom’s the next cab off the rank,” the source said. “Nobody at the club wants to see him go.”

Whitford’s manager, Dean Sampson of Elite Sports Management, said the negotiations had been “respectful and straightforward from day one”.

Whitford will miss Thursday’s main training session with a minor calf complaint but is expected to take his place against the Cobras.""",
        [
            ("Once I sat down with", "Jye Whitford"),
            ("This is home. I was", "Jye Whitford"),
            ("a bit of a distraction", "Jye Whitford"),
            ("Jye is a generational player", "Kate Morrissey"),
            ("It sends a message to", "Adam Roycroft"),
            ("Tom’s the next cab off", "club source"),
            ("respectful and straightforward from day", "Dean Sampson"),
        ],
    ),
    (
        """Carrathool Lass swoops late to land the Aurora Stakes

By Emma Ridley

Trainer Greg Fennessy believes Carrathool Lass is ready for the spring's biggest stages after the four-year-old mare charged from last on the turn to win the Group 2 Aurora Stakes (1600m) at Glenroy Park on Saturday.

Ridden by Mia Castellano, the $8 chance settled at the tail of the 12-horse field before unleashing a powerful run down the outside to beat favourite Silver Regent by a long neck, with Highland Ruse a half-length away third.

"I was a bit worried when she was so far back, I'm not going to lie," Fennessy said. "The speed wasn't on early and I thought they might get away from her, but Mia was very patient and the mare did the rest.

"She's just a tough, honest horse. Every time we ask her a question she answers it."

Fennessy, who prepares a team of about 40 horses at his Wattle Creek property, said the mare would now be set for the Group 1 Kingsford Cup (2000m) next month, although he would speak to the owners before making a final call.

"She's earned her shot," he said. "The owners have been patient with her and she deserves to take her chance at the top level."

Castellano, who was celebrating her 30th Group winner, said she had been confident at the top of the straight.

"Once I pulled her out she just kept building," Castellano said. "She's got a massive motor. When she hit the line she was still going, so the extra distance won't bother her at all."

Silver Regent's jockey, Tom Harkness, told stewards his mount had over-raced in the early stages after being caught three wide without cover.

"He was a bit fresh and just wanted to get on with it," Harkness said after the race. "To hang on for second the way he did was a good effort."

Stewards reported that Highland Ruse lost its near-side front plate during the event. A post-race veterinary examination of Silver Regent revealed no abnormalities.

Bookmakers responded by cutting Carrathool Lass from $21 to $11 for the Kingsford Cup.

"She's the form mare of the spring now," one bookmaker said. "Punters will be all over her."

Co-owner Rhonda Matheson, who bred the mare on her family's property in the Riverina, was in tears after the race.

"We named her after the little town where Dad grew up," she said. "He would have loved this.\"""",
        [
            ("I was a bit worried", "Greg Fennessy"),
            ("She's just a tough, honest", "Greg Fennessy"),
            ("She's earned her shot,", "Greg Fennessy"),
            ("Once I pulled her out", "Mia Castellano"),
            ("He was a bit fresh", "Tom Harkness"),
            ("She's the form mare of", "bookmaker"),
            ("We named her after the", "Rhonda Matheson"),
        ],
    ),
    (
        """Bushrangers prop Kane Petersen facing four-week ban over high shot

Western Sydney Bushrangers prop Kane Petersen is facing up to four weeks on the sidelines after being charged with a grade-three careless high tackle over a shoulder charge in Saturday's win over Illawarra.

The match review committee charged Petersen over the 52nd-minute hit on Stingrays forward Josh Whelan, who failed a head injury assessment and did not return.

If Petersen takes the early guilty plea, he will miss three matches. If he fights the charge at the judiciary on Tuesday night and loses, he will be banned for four.

In its charge notice, the committee said the contact was "forceful and direct to the head of the ball-carrier" and that Petersen had "made no genuine attempt to use his arms in the tackle".

Petersen took to social media on Sunday to apologise to Whelan. "Never my intention to hurt anyone, hope you're OK brother," he wrote.

The Bushrangers confirmed on Monday afternoon they would contest the grading.

"The club respects the match review process but believes the incident has been incorrectly graded," a Bushrangers statement said. "Kane is a player who prides himself on tackling safely and we will present our case to the judiciary."

Bushrangers coach Darren Pike had defended his prop after the game, saying Whelan had "dropped at the last second" before contact.

"I've watched it a few times now and I honestly don't know what else Kane can do there," Pike said on Saturday night. "The player's falling into the tackle. It's a split-second thing."

Former Test referee Mick Dwyer, now a commentator with SportsNet Radio, said he expected the charge to stand.

"You can argue about the grading all you like but the contact is high and there's no arm," Dwyer said. "The judiciary has been pretty consistent on these this year. I think the Bushrangers are rolling the dice."

The timing could hardly be worse for the Bushrangers, who are already without centre Marcus Tuilagi for at least a month with a hamstring tear and face the competition leaders next Sunday.

Stingrays coach Brett Holloway said Whelan was "pretty sore but in good spirits" on Sunday and had passed his follow-up assessments.

"He'll go through the return-to-play protocols during the week and hopefully he's right for the weekend," Holloway said. "Josh is a tough kid. He wants to play."

The hearing will be held via video link at 6pm on Tuesday before a three-member panel chaired by retired judge Helen Caswell.

A league official said the panel was expected to deliver its verdict "within the hour" of the hearing ending.""",
        [
            ("forceful and direct to the", "match review committee"),
            ("made no genuine attempt to", "match review committee"),
            ("Never my intention to hurt", "Kane Petersen"),
            ("The club respects the match", "Western Sydney Bushrangers"),
            ("dropped at the last second", "Darren Pike"),
            ("I've watched it a few", "Darren Pike"),
            ("You can argue about the", "Mick Dwyer"),
            ("pretty sore but in good", "Brett Holloway"),
            ("He'll go through the return-to-play", "Brett Holloway"),
            ("within the hour", "league official"),
        ],
    ),
    (
        """Cobras captain Grieve to miss up to six weeks with hamstring tear

By Rhys Callaghan

Kingston Cobras captain Nathan Grieve will miss up to six weeks after scans confirmed a significant hamstring tear, dealing a major blow to the club's finals hopes and to his Brownlow Medal chances.

Grieve, the competition's leading possession-winner, pulled up sore midway through the third quarter of Saturday night's loss to Maribyrnong and was taken straight to the rooms.

In a statement on Sunday, the Cobras said scans had revealed "a grade two tear of the left hamstring" and that Grieve would be "managed conservatively to give him the best chance of returning for the finals".

Cobras head of football Michelle Tran said the club would not take any risks with its skipper.

"Nathan's desperate to get back out there, as you'd expect, but we've got to be smart," Tran said. "He's had hamstring issues before and the last thing we want is a recurrence in September."

Senior coach Paul Devereaux was more blunt when asked about the loss of his captain at his Monday press conference.

"You don't replace Nathan Grieve. You just don't," Devereaux said.

"What we can do is spread the load. We've got some young mids who've been knocking on the door, and this is their chance to show us what they've got."

Devereaux confirmed 20-year-old Harry Lim would come into the side for Friday night's clash with the Swan River Eagles in Perth, with veteran Luke Castagna likely to spend more time in the centre square.

Grieve's injury continues a horror run for the Cobras, who have also lost key forward Ben Okafor (knee) and defender Sam Whitlock (concussion) in the past three weeks.

One club insider described the mood at the club's Karingal Park base as "flat but not panicking".

Grieve himself posted a message to supporters on social media on Sunday night: "Gutted, but I'll be working my backside off to get back. Keep getting behind the boys."

The Cobras sit sixth, a game clear of ninth, with five rounds remaining.

Former Cobras premiership captain Gary Lindqvist, now a commentator, said the side had enough depth to cover the loss in the short term.

"They've got a good list and it'll test them, but they should still play finals," Lindqvist told radio station 3KR.

"The bigger question is whether Nathan comes back at full speed. Hamstrings are tricky, especially for a guy who relies on his running power like he does.\"""",
        [
            ("a grade two tear of", "Kingston Cobras"),
            ("managed conservatively to give him", "Kingston Cobras"),
            ("Nathan's desperate to get back", "Michelle Tran"),
            ("You don't replace Nathan Grieve.", "Paul Devereaux"),
            ("What we can do is", "Paul Devereaux"),
            ("flat but not panicking", "club insider"),
            ("Gutted, but I'll be working", "Nathan Grieve"),
            ("They've got a good list", "Gary Lindqvist"),
            ("The bigger question is whether", "Gary Lindqvist"),
        ],
    ),
    (
        """Kowalski rubbed out for six meetings after Riverbend Cup interference

Leading jockey Ryan Kowalski will miss a string of feature races after stewards suspended him for six meetings for careless riding in Saturday's Listed Riverbend Cup at Eastbrook.

Kowalski pleaded guilty to allowing his mount, Northern Tempest, to shift in over the final 200 metres when not sufficiently clear, causing Dusty Road and Queen of Tarago to be checked.

Chief steward Andrew Pollard said the interference was "at the upper end" of careless riding and had cost Dusty Road's rider, apprentice Jess Morley, any chance of winning.

"Mr Kowalski made no attempt to correct his mount until it was too late," Pollard said during the hearing. "The stewards regard this as a serious breach, particularly given the apprentice rider was forced to stop riding for several strides."

Kowalski, who has ridden more than 80 winners this season, told stewards he had been "looking to straighten" his horse but that Northern Tempest had "laid in badly" under pressure.

"He's always been a bit of a lazy horse when he gets to the front, and he just ducked in on me," Kowalski said. "I accept I should have pulled the stick through earlier. I apologised to Jess straight after the race."

The suspension begins at midnight on Wednesday and rules Kowalski out of the Group 3 Coastline Stakes and next week's Eastbrook Cup meeting.

Northern Tempest kept the race, with stewards finding the interference had not affected the result. Dusty Road finished fourth, two lengths from the winner.

Dusty Road's trainer, Lisa Cheung, said she was disappointed the placings had not been altered.

"We were in the fight and then we had to check. I don't know that we would have won, but we would have been a lot closer," Cheung said.

"Jess did everything right. She's a young rider doing a great job and it's frustrating for her."

Kowalski's manager, Phil Brandt, said the jockey would not appeal.

"Rider safety remains the stewards' highest priority and the penalty reflects the seriousness of the incident," a spokeswoman for the Thoroughbred Racing Integrity Board said.

Northern Tempest's trainer, Craig Bastian, said the gelding would still head to the Coastline Stakes, with a replacement rider yet to be decided.

"It's a shame about Ryan because he knows the horse so well, but we'll find someone good," he said.""",
        [
            ("at the upper end", "Andrew Pollard"),
            ("Mr Kowalski made no attempt", "Andrew Pollard"),
            ("looking to straighten", "Ryan Kowalski"),
            ("laid in badly", "Ryan Kowalski"),
            ("He's always been a bit", "Ryan Kowalski"),
            ("We were in the fight", "Lisa Cheung"),
            ("Jess did everything right.", "Lisa Cheung"),
            ("Rider safety remains the stewards'", "spokeswoman"),
            ("It's a shame about Ryan", "Craig Bastian"),
        ],
    ),
    (
        """Miners great Shane Toohey to retire at season’s end after 287 games

Hunter Valley Miners veteran Shane Toohey will hang up the boots at the end of the season, bringing down the curtain on a 14-year career that included two grand final appearances and 12 Test matches.

The 33-year-old lock made the announcement at the club’s headquarters on Wednesday, flanked by his wife, Bec, and their three children.

“It’s been the privilege of my life to wear this jersey,” Toohey said, fighting back tears.

“When I first walked through those doors as a 17-year-old from Coalbrook, I didn’t think I’d play one game, let alone nearly 300. I owe so much to the people here.

“My body’s telling me it’s time. I’ve had two shoulder reconstructions and a knee, and I want to be able to kick the footy with my kids when I’m 50.”

Miners coach Wayne Castellari described Toohey as “the heart and soul” of the club.

“Shane’s the standard. Every young player who comes through here, the first thing we tell them is to watch how Shane trains,” Castellari said.

“He’s never missed a session he didn’t have to, he’s never complained, and he’s played through injuries that would have kept most blokes out for weeks. You won’t find a better clubman anywhere.”

Miners chief executive Rachel Doyle said the club would honour Toohey at its final home game of the regular season against the Western Sydney Bushrangers.

“Shane has given everything to this club and this community, and we’ll make sure he gets the send-off he deserves,” Doyle said.

Toohey’s long-time front-row partner Mitch Farrell, now an assistant coach at the Illawarra Stingrays, described him as “the toughest bloke I ever played with”.

Asked about his career highlight, Toohey didn’t hesitate: “The 2019 grand final. We lost, but walking out in front of that crowd with my mates, I’ll never forget it.”

He said he hoped to stay involved in the game, possibly in a coaching role with the club’s junior pathways.

“I’m not going anywhere,” he said with a laugh. “They’ll have to drag me out of here.”

The Miners sit third on the ladder and are chasing the club’s first premiership.

“Nothing would make me happier than going out with a ring,” Toohey said. “But it’s not about me. It’s about the team.”""",
        [
            ("It’s been the privilege of", "Shane Toohey"),
            ("When I first walked through", "Shane Toohey"),
            ("My body’s telling me it’s", "Shane Toohey"),
            ("the heart and soul", "Wayne Castellari"),
            ("Shane’s the standard. Every young", "Wayne Castellari"),
            ("He’s never missed a session", "Wayne Castellari"),
            ("Shane has given everything to", "Rachel Doyle"),
            ("the toughest bloke I ever", "Mitch Farrell"),
            ("The 2019 grand final. We", "Shane Toohey"),
            ("I’m not going anywhere,", "Shane Toohey"),
            ("Nothing would make me happier", "Shane Toohey"),
        ],
    ),
    (
        """Magpies end 22-year drought in grand final thriller

Yarrabee have broken a 22-year premiership drought, holding off a late Coolabah Creek surge to win the Goulburn Plains Football Netball League grand final by five points at Lakeside Oval on Saturday.

In front of a crowd of more than 4500, the Magpies led by 31 points at three-quarter time before the Bombers kicked five of the first six goals of the final term to get within a kick.

It took a desperate smother from veteran defender Brodie Haines in the final minute to seal the 11.14 (80) to 11.9 (75) win.

Playing-coach Luke Ferraro, who kicked three goals and was named best on ground, said he had "never been so nervous in my life" during the last quarter.

"I was looking at the clock every 10 seconds," Ferraro said. "Credit to Coolabah, they threw everything at us. But our boys just kept standing up.

"This is for everyone who's been part of this club through the lean years. There are blokes here today who played in the '03 grand final and lost by a point. They deserve this as much as anyone."

Haines, 36, who has played more than 300 games for the club, said he would decide on his future "after a few beers".

"I just threw myself at it," he said of the match-saving smother. "I couldn't tell you how I got there."

Yarrabee president Karen O'Loughlin said the town had been "buzzing all week".

"The whole main street's been decorated in black and white. The footy club is the heart of this town and days like this bring everybody together," O'Loughlin said.

One long-time supporter, wearing a scarf knitted for the club's last premiership, summed up the mood: "I've waited a long time for this. I'm not taking this scarf off for a week."

Coolabah Creek coach Stuart McInnes said his side had left themselves too much to do.

"We were too slow out of the blocks and you can't give a side like Yarrabee a start like that," McInnes said. "I'm proud of the fightback, but it hurts."

According to league general manager Trevor Blain, the crowd was the biggest for a GPFNL grand final in more than a decade.

"It's a great result for the league and for country footy in general," Blain said.

In the netball grand final, Coolabah Creek defeated Yarrabee 52-47 to claim back-to-back A-grade titles.""",
        [
            ("never been so nervous in", "Luke Ferraro"),
            ("I was looking at the", "Luke Ferraro"),
            ("This is for everyone who's", "Luke Ferraro"),
            ("after a few beers", "Brodie Haines"),
            ("I just threw myself at", "Brodie Haines"),
            ("buzzing all week", "Karen O'Loughlin"),
            ("The whole main street's been", "Karen O'Loughlin"),
            ("I've waited a long time", "long-time supporter"),
            ("We were too slow out", "Stuart McInnes"),
            ("It's a great result for", "Trevor Blain"),
        ],
    ),
]
