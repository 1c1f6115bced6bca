CASES = [
    (
        """Tennis-Varga saves match points to edge Okafor and reach Halden semi-finals

By Maren Tjelle

HALDEN, Norway, June 14 (Reuters) - Hungary's Dora Varga saved two match points before beating Canadian Chidinma Okafor 4-6 7-6(5) 6-3 at the Halden Open on Friday to reach her first grasscourt semi-final.

The 24-year-old, seeded sixth, was broken twice in the opening set and trailed 5-4 in the second before a run of forehand winners turned the match around on centre court.

"I was already thinking about my flight home, to be honest," Varga told reporters. "At 5-4 she was playing perfect tennis and I just told myself to make her hit one more ball."

Okafor, who had not dropped a set all week, said a problem with her right shoulder had limited her serve in the decider.

"It's not an excuse, she played the big points better," the 21-year-old said. "But I couldn't go above maybe 160 (kph) in the third and on grass that makes a big difference."

Varga's coach, Laszlo Bencze, said the pair had worked almost exclusively on her net game since her second-round exit on clay last month.

"We spent three weeks almost only on volleys," Bencze said. "Today you saw why."

Varga will next face top seed Anouk Brenninkmeijer of the Netherlands, who beat Australian qualifier Tess Halloran 6-2 6-1 in 58 minutes.

Brenninkmeijer, who won the title in 2022, described her opponent as "a very complete player" and said she expected a long match on Saturday.

"Dora hits the ball so flat, and here it stays low, so I will have to be ready from the first point," she said.

Tournament director Henrik Aasland said organisers had moved Saturday's semi-finals forward by an hour because of forecast rain.

"We would rather start early than keep players and fans waiting under the covers all afternoon," Aasland said in a statement.

The other semi-final pits Spain's Lucia Ferrandiz against American wildcard Kayla Brewster, who came through a rain-interrupted quarter-final against fourth seed Mei Takeda 7-5 6-4.

(Reporting by Maren Tjelle; Editing by Alan Thorburn)""",
        [
            ("I was already thinking about", "Dora Varga"),
            ("At 5-4 she was playing", "Dora Varga"),
            ("It's not an excuse, she", "Chidinma Okafor"),
            ("But I couldn't go above", "Chidinma Okafor"),
            ("We spent three weeks almost", "Laszlo Bencze"),
            ("Today you saw why.", "Laszlo Bencze"),
            ("a very complete player", "Anouk Brenninkmeijer"),
            ("Dora hits the ball so", "Anouk Brenninkmeijer"),
            ("We would rather start early", "Henrik Aasland"),
        ],
    ),
    (
        """Rennie rides the wind to seize two-shot lead at Kinloch

Scot’s bogey-free 66 in a gale leaves field trailing as Lindqvist rues late double bogey

By Euan Moffat, Golf Correspondent, at Kinloch

Callum Rennie has spent most of his career being told he is too nice to win. On a day when the wind off the Firth of Lorne knocked caps off heads and balls off greens, the 31-year-old from Stonehaven was anything but, carding a bogey-free 66 to open up a two-shot lead after the second round of the Kinloch Links Championship.

Only nine players in the field of 144 broke par. Rennie, at eight under, had a word for the conditions that cannot be printed here, and a gentler one for his own performance.

‘I’ve played in worse, but not often, and never while I was leading a tournament,’ he said. ‘My dad used to take me out to Cowie Point in January just so I’d learn to keep the ball under the wind. I owe him a pint tonight.

‘The key was the putter. I didn’t have a single three-putt and on these greens, in that wind, that is almost unheard of.’

Behind him sits Johan Lindqvist, the Swede who led overnight and was still level with Rennie until a double bogey at the 17th, where his approach was carried by a gust over the back of the green and into a gorse bush.

‘You cannot really plan for that,’ said Lindqvist, who took a penalty drop and failed to get up and down. ‘I hit the shot I wanted. Maybe the wind wanted something else.’

Play was suspended for 40 minutes in the early afternoon when balls began to oscillate on the exposed 11th green. According to Alasdair Cowan, the championship’s head of rules, officials had been monitoring the green since mid-morning.

‘Once a ball moves on its own at address you have a problem with the integrity of the competition,’ Cowan said. ‘We would rather take the criticism for stopping than for carrying on.’

Not everyone agreed. A leading agent described the decision as ‘about an hour too late’, while a tour official, speaking on condition of anonymity, said several groups had complained privately that the suspension had favoured the early starters.

Rennie, for his part, was out before the worst of it and had no interest in the argument.

‘I just play when they tell me to play,’ he said with a shrug. ‘Tomorrow could be flat calm and then we’re all starting again.’

The forecast suggests he may be right. Winds are expected to drop to 15mph by Saturday afternoon, which would open the course up for the chasing pack, including Englishman Tom Aldred, who shot 69 to sit three back alongside South African Pieter du Plessis.""",
        [
            ("I’ve played in worse, but", "Callum Rennie"),
            ("My dad used to take", "Callum Rennie"),
            ("The key was the putter.", "Callum Rennie"),
            ("You cannot really plan for", "Johan Lindqvist"),
            ("I hit the shot I", "Johan Lindqvist"),
            ("Once a ball moves on", "Alasdair Cowan"),
            ("We would rather take the", "Alasdair Cowan"),
            ("about an hour too late", "leading agent"),
            ("I just play when they", "Callum Rennie"),
            ("Tomorrow could be flat calm", "Callum Rennie"),
        ],
    ),
    (
        """Castaneda takes yellow with solo win on Serre-Haute

MILLAU, France, May 22 (AFP) - Colombian climber Brayan Castaneda attacked 6km from the summit of the Col de la Serre-Haute to win the fourth stage of the Tour des Causses on Wednesday and take the overall lead from Belgium's Jens Verhaegen.

The 23-year-old Lumora-Vitalis rider crossed the line 38 seconds ahead of Frenchman Bastien Roux, with Verhaegen losing more than two minutes after being distanced on the lower slopes of the final climb.

"I've dreamed of this since I was a boy riding to school in Sogamoso," Castaneda said in Spanish at the finish. "The team told me to wait, wait, wait, and when they said go, I went with everything."

Lumora-Vitalis sports director Ruben Ortiz said the attack had been planned the previous evening after studying the gradient of the last six kilometres, which average 9.4 percent.

"We knew the steepest part was there and that Jens doesn't like those changes of rhythm," Ortiz told AFP. "Brayan is very light, very explosive. It was the perfect place."

Verhaegen, who won the opening time trial in Rodez, admitted he had "simply not had the legs" but insisted the race was not over with three stages remaining.

"Two minutes is a lot but there is still the time trial on Saturday," he said. "I'm not going to give up the jersey without a fight, even if I don't have it anymore."

The stage was marred by a crash 45km from the finish in which Roux's team-mate Arnaud Pelissier fell heavily on a descent. His Equipe Garrigue team said in a statement that he had been taken to hospital in Millau with a suspected broken collarbone.

"Arnaud was conscious and talking with the medical staff, which is the most important thing," the statement said. "He will undergo further examinations this evening."

Race director Christine Malaval said the descent had been inspected on Tuesday and that marshals had been positioned at the bend where Pelissier crashed.

"There was gravel that was not there yesterday, probably from a tractor," she said. "We will look at all the images, but the safety of the riders is always our first priority."

Roux, 29, said the peloton had been warned over race radio. "They told us to be careful, but when you are at 70 km/h you don't see small stones," he said.

Castaneda leads Roux by 41 seconds overall, with Verhaegen slipping to fifth at 2min 03sec.

Thursday's fifth stage is a 178km run from Millau to Lodeve that should suit the sprinters.""",
        [
            ("I've dreamed of this since", "Brayan Castaneda"),
            ("The team told me to", "Brayan Castaneda"),
            ("We knew the steepest part", "Ruben Ortiz"),
            ("Brayan is very light, very", "Ruben Ortiz"),
            ("simply not had the legs", "Jens Verhaegen"),
            ("Two minutes is a lot", "Jens Verhaegen"),
            ("I'm not going to give", "Jens Verhaegen"),
            ("Arnaud was conscious and talking", "Equipe Garrigue"),
            ("He will undergo further examinations", "Equipe Garrigue"),
            ("There was gravel that was", "Christine Malaval"),
            ("We will look at all", "Christine Malaval"),
            ("They told us to be", "Bastien Roux"),
        ],
    ),
    (
        """Rotich storms to 5,000m crown as teenager Nyaboke turns heads at trials

By OTIENO WAFULA

KERICHO, Kenya - Winnie Chebet Rotich served notice of her medal ambitions when she powered to victory in the women's 5,000m at the national trials at Sosiot Stadium on Saturday.

The 26-year-old from Nandi clocked 14 minutes and 41.07 seconds, ahead of 18-year-old Gladys Nyaboke (14:43.90) and Commonwealth Games bronze medallist Lilian Cherono (14:44.12). The top three booked their tickets to the World Championships in September.

Rotich, who trains under coach Patrick Kiprono Sang in Kapsabet, said the altitude and a strong headwind on the back straight made a fast time impossible.

"I wanted to run 14:30 but the wind was too much. My coach told me not to think about the clock, just to win the race, so I am happy," said Rotich.

"Now we go back to training. In Europe the pace will be high from the gun and we must prepare for that."

Nyaboke, who was running only her third race over the distance, was the surprise of the afternoon. The Form Four leaver from Kisii led for much of the last kilometre before Rotich surged past with 250 metres to go.

"I did not know I could stay with them," said Nyaboke. "When we had two laps left I told myself this is my chance, I will not get another one."

Sang said: "Winnie has been consistent the whole season. We have a plan for the championships and we will not change it because of one race. Gladys is a big talent, but she is young and we should protect her."

In the men's 10,000m, Dennis Kibet Korir outsprinted defending champion Josphat Mutai on the final bend to win in 27:58.34.

"The last 200 metres I had to give everything because Mutai is very strong at the finish," Korir told journalists after the race.

But the trials were overshadowed by the absence of several big names. Barnaba Ole Kaelo, the federation's head of competitions, warned that athletes who skipped the event without permission would not be considered for selection.

"Any athlete who did not present himself or herself here and has no medical letter will not be on the team. The rules were communicated in January and they are clear," said Ole Kaelo.

A federation official, who declined to be named because he was not authorised to speak to the media, said three athletes had been withdrawn from the start lists after being notified of pending anti-doping cases.

"They know themselves, and the federation will communicate at the right time," the official said.

The team will be named on Tuesday after a meeting of the selection committee in Nairobi.""",
        [
            ("I wanted to run 14:30", "Winnie Chebet Rotich"),
            ("Now we go back to", "Winnie Chebet Rotich"),
            ("I did not know I", "Gladys Nyaboke"),
            ("When we had two laps", "Gladys Nyaboke"),
            ("Winnie has been consistent the", "Patrick Kiprono Sang"),
            ("The last 200 metres I", "Dennis Kibet Korir"),
            ("Any athlete who did not", "Barnaba Ole Kaelo"),
            ("They know themselves, and the", "federation official"),
        ],
    ),
    (
        """Top seed Whitcombe withdraws from Desert Pines Open with wrist injury

By DANA MERCER
AP Sports Writer

SAGUARO WELLS, Ariz. (AP) - Top-seeded Ryan Whitcombe withdrew from the Desert Pines Open on Tuesday, hours before his first-round match, because of a right wrist injury that has bothered him since January.

The 27-year-old American, ranked No. 6 in the world, announced the decision on social media shortly after a morning practice session was cut short.

"I'm gutted to be missing one of my favorite weeks of the year," Whitcombe wrote. "I tried everything to get ready, but the doctors and my team agree it's not worth the risk right now."

Whitcombe won the title here in 2021 and reached the final last year, losing to Norway's Erik Solvang in three sets.

Tournament director Maria Esposito-Hale said she spoke to Whitcombe before the announcement and that he apologized to her personally.

"Ryan has been a great friend to this event since he was a junior," Esposito-Hale said. "Nobody is more disappointed than he is. We'll have him back here next year, healthy."

A person familiar with Whitcombe's schedule said the injury was not believed to be serious and that he still planned to play on clay in Europe next month. The person spoke on condition of anonymity because the player's team had not publicly discussed a timetable.

"It's precautionary more than anything," the person said.

Whitcombe's place in the draw went to lucky loser Tomas Bellandi of Argentina, who lost in the final round of qualifying on Monday and was about to leave for the airport.

"I was already packing my bags," Bellandi said with a laugh. "My coach called me and said, unpack, you are playing at 7 o'clock against a guy from Serbia. So, OK."

Bellandi beat Dusan Markovic 6-4, 3-6, 7-5 in the night session.

The withdrawal left organizers scrambling to fill the stadium court schedule. Brightwater Financial, the tournament's title sponsor, said fans holding tickets for Whitcombe's scheduled match would be offered "a full refund or an exchange for any session later in the week."

"We wish Ryan a quick recovery and we look forward to seeing him compete at the Desert Pines Open again," the company said in a statement.

Second-seeded Hugo Delacroix of France advanced with a 6-2, 6-3 win over qualifier Jake Morrow and said the tournament had lost one of its biggest draws.

"Everybody wants to see Ryan here, he's the home guy," Delacroix said. "For us players, of course, the draw is a little more open. But I don't think like that."

Delacroix will face either Bellandi or Australia's Corey Maddox in the third round.""",
        [
            ("I'm gutted to be missing", "Ryan Whitcombe"),
            ("I tried everything to get", "Ryan Whitcombe"),
            ("Ryan has been a great", "Maria Esposito-Hale"),
            ("Nobody is more disappointed than", "Maria Esposito-Hale"),
            ("It's precautionary more than", "person familiar with Whitcombe's schedule"),
            ("I was already packing my", "Tomas Bellandi"),
            ("My coach called me and", "Tomas Bellandi"),
            ("a full refund or an", "Brightwater Financial"),
            ("We wish Ryan a quick", "Brightwater Financial"),
            ("Everybody wants to see Ryan", "Hugo Delacroix"),
            ("For us players, of course,", "Hugo Delacroix"),
        ],
    ),
    (
        """Takamatsu holds nerve to edge Park for maiden title at Kirishima

KIRISHIMA, Kagoshima Pref. - Yui Takamatsu rolled in a 2-meter par putt on the 72nd hole Sunday to beat South Korea's Park Seo-yeon by one stroke and claim her first victory on the Japan Women's Pro Tour at the Kirishima Ladies Classic.

The 20-year-old from Fukuoka Prefecture closed with a 3-under 69 at Kirishima Highlands Country Club to finish at 12-under 276, earning 18 million yen and a two-year exemption. Park, who started the day three shots clear, shot a 73.

"Honestly, my hands were shaking over that last putt," Takamatsu said. "I told myself just to hit it firmly and not look up. When I heard the noise from the gallery, I couldn't believe it."

Park, a three-time winner in Japan, dropped shots at the 14th and 16th after finding fairway bunkers off the tee. Speaking through an interpreter, she said she had struggled to find a rhythm all day.

"My swing didn't feel comfortable from the first hole," Park said. "But Yui played really solid golf and she deserves it. I think she will win many more."

Takamatsu's bag was carried by her father, Hideo Takamatsu, a former salaryman who quit his job four years ago to caddie for his daughter full time.

"When she was small she used to cry after every bad shot," he said, his own eyes wet as he spoke to reporters beside the 18th green. "Today she made a bogey on the 12th and just smiled at me. That is when I knew she was ready.

"I have not been a very good caddie. I do not read putts well. She reads them herself."

The final round was also notable for the tour's first slow-play penalty of the season, handed to Thailand's Ploy Sirikul, who was assessed a one-stroke penalty on the 10th hole after her group fell out of position.

"Players were informed before the tournament that the pace-of-play policy would be strictly enforced," the Japan Women's Pro Tour said in a statement. "The decision was made in accordance with the regulations."

Sirikul, who finished tied for 11th, declined to comment.

Asked what she planned to do with her winnings, Takamatsu laughed and turned to her father. She said: "First I want to buy him a new pair of shoes. He has walked a long way with me."

The tour moves next week to Miyazaki, where Takamatsu is expected to play in the final group on Thursday alongside defending champion Rina Okubo.""",
        [
            ("Honestly, my hands were shaking", "Yui Takamatsu"),
            ("I told myself just to", "Yui Takamatsu"),
            ("My swing didn't feel comfortable", "Park Seo-yeon"),
            ("But Yui played really solid", "Park Seo-yeon"),
            ("When she was small she", "Hideo Takamatsu"),
            ("Today she made a bogey", "Hideo Takamatsu"),
            ("I have not been a", "Hideo Takamatsu"),
            ("Players were informed before the", "Japan Women's Pro Tour"),
            ("The decision was made in", "Japan Women's Pro Tour"),
            ("First I want to buy", "Yui Takamatsu"),
        ],
    ),
    (
        """Mulrennan smashes Irish 60m record as indoor season catches fire

Sean Brophy

Aoife Mulrennan admitted she 'didn't even look at the clock' after she blasted to a new Irish 60m record at the Shannonside Arena in Athlone yesterday.

The 23-year-old Clonmel sprinter stopped the timer at 7.14 seconds in the final of the Irish Athletics Union's indoor open, shaving three hundredths off the mark she set at the same venue 12 months ago.

'I knew it was a good start but honestly I didn't even look at the clock until I heard the crowd,' Mulrennan told reporters. 'I thought maybe 7.20, so when I saw 7.14 I nearly fell over.

'The work we did in the autumn was all about the first 20 metres. Declan has been at me about my drive phase for two years and I think it's finally clicking.'

Declan Furlong, who has coached Mulrennan since she was a 14-year-old at Clonmel AC, was more guarded.

'It's a great run, but it's February,' he said. 'Nobody gives out medals in February. We'll enjoy it tonight and then it's back to work on Monday morning.'

Mulrennan's mother, Brid Mulrennan, who made the trip from Tipperary with a busload of club members, said the family had 'lost count' of the early mornings spent driving her daughter to training.

'She was always the fastest in the yard at school,' she said. 'Even the boys wouldn't race her by the time she was ten.'

The Irish Athletics Union said the record would be ratified once the necessary paperwork had been completed.

'This is a fantastic performance and a reward for years of dedication from Aoife and her coaching team,' a spokesperson for the union said. 'It bodes very well for the championship season ahead.'

Elsewhere on the programme, Limerick's Cian Hartigan won the men's 400m in 46.91, the fastest time by an Irishman indoors this winter.

Hartigan, who was drawn in lane six, complained good-humouredly that the tight bends of the indoor track 'suit nobody over six foot'.

'I'm 6ft 4in so I was basically running sideways for half the race,' he joked.

In the women's 1500m, Dublin teenager Orla Kinsella outkicked a strong field to win in 4:17.30, while Cork's Padraig Dineen took the men's shot put with a best of 18.42m.""",
        [
            ("didn't even look at the", "Aoife Mulrennan"),
            ("I knew it was a", "Aoife Mulrennan"),
            ("I thought maybe 7.20, so", "Aoife Mulrennan"),
            ("The work we did in", "Aoife Mulrennan"),
            ("It's a great run, but", "Declan Furlong"),
            ("Nobody gives out medals in", "Declan Furlong"),
            ("lost count", "Brid Mulrennan"),
            ("She was always the fastest", "Brid Mulrennan"),
            ("Even the boys wouldn't race", "Brid Mulrennan"),
            ("This is a fantastic performance", "spokesperson"),
            ("It bodes very well for", "spokesperson"),
            ("suit nobody over six foot", "Cian Hartigan"),
            ("I'm 6ft 4in so I", "Cian Hartigan"),
        ],
    ),
    (
        """Heat forces Southern Ranges Classic to cut final stage in half

By Lachlan Pryor

Organisers of the Southern Ranges Classic have cut Sunday’s final stage from 164 kilometres to 88, scrapping two climbs through the Tarrawonga Ranges as forecast temperatures of 43 degrees and a total fire ban threaten to turn the race’s showpiece day into a safety hazard.

The decision was made late on Friday after a meeting between race officials, team doctors, police and fire authorities, and will see the stage start in Kellerton and finish with six laps of a circuit around Mirrabool.

“We don’t take this lightly, because the climbs are what people come to see,” race director Gavin Pettigrew said. “But when you have the heat policy, the fire danger rating and the advice from the medical team all pointing in the same direction, there’s really only one call to make.”

According to the race’s extreme weather protocol, stages can be shortened or neutralised when the wet bulb globe temperature is forecast to exceed 28 degrees for more than two hours.

Victoria’s Sport Minister, Rachel Dunstan, backed the call, describing rider safety as “non-negotiable”.

“Nobody wants to see a bike race turn into an emergency, least of all the volunteers and the brigade crews who would have to respond,” she said.

Incident controller Mark Tierney said the original route passed through stretches of bush where access for emergency vehicles was limited.

“If something had started out there on Sunday afternoon, with thousands of spectators parked on the roadside, we’d have had a very difficult situation,” Tierney said.

Not everyone was thrilled. Local favourite Harrison Blackwood, who sits 14 seconds off the overall lead and had been counting on the final climb to Mount Kinnear to make up the deficit, said he understood the decision but was “gutted”.

“I’ve ridden up Kinnear probably five hundred times. That was my chance,” the 25-year-old said. “Now it’s a criterium, basically, and the sprinters’ teams will control it. But I’d rather be disappointed than in hospital.”

A spokeswoman for the Australian Professional Cyclists’ Association said riders had been consulted on Friday afternoon and had overwhelmingly supported the change. “The riders were asked and they were very clear,” she said.

Associate Professor Nina Castellano, a sports physiologist at Bellarine University, said racing in extreme heat placed riders at genuine risk of heat stroke even with frequent feeds.

“At those temperatures the body simply can’t shed heat fast enough during a sustained climb, where speeds are low and there’s very little airflow,” Professor Castellano said. “Shortening the day is the sensible thing.”

Race leader Jules Moreau of France said he would “take whatever the organisers give us” and expected Blackwood’s team to attack on the circuit regardless.

The stage will start at 9am, two hours earlier than planned.""",
        [
            ("We don’t take this lightly,", "Gavin Pettigrew"),
            ("But when you have the", "Gavin Pettigrew"),
            ("non-negotiable", "Rachel Dunstan"),
            ("Nobody wants to see a", "Rachel Dunstan"),
            ("If something had started out", "Mark Tierney"),
            ("gutted", "Harrison Blackwood"),
            ("I’ve ridden up Kinnear probably", "Harrison Blackwood"),
            ("Now it’s a criterium, basically,", "Harrison Blackwood"),
            ("The riders were asked and", "spokeswoman"),
            ("At those temperatures the body", "Nina Castellano"),
            ("Shortening the day is the", "Nina Castellano"),
            ("take whatever the organisers give", "Jules Moreau"),
        ],
    ),
]
