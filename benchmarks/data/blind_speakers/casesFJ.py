CASES = [
    (
        """Cycling-World body opens case against Ostrava-Velox over missed tests

By Martin Ekholm

VALLORBE, Switzerland, March 14 - Cycling's world governing body has opened disciplinary proceedings against the Czech-registered Ostrava-Velox team and four of its riders over repeated failures to tell testers where they could be found, it said on Thursday.

"Following a review of whereabouts filings covering the past 18 months, the WCF has referred the team and four riders to its independent disciplinary tribunal," the World Cycling Federation (WCF) said in a statement.

The federation did not name the riders but said each had recorded at least two filing failures or missed tests, and that the team's medical staff had "failed to cooperate in a timely manner" with independent testing agents during a training camp in January.

Team manager Radek Holub said he had learned of the case from the media.

"We are surprised and disappointed by the way this has been communicated," Holub told reporters at the team's service course in Lenkov. "Nobody from the federation has called us. We read about it like everybody else."

He said the missed filings were the result of a change in the team's travel-booking software and described them as "administrative, not sporting".

A WCF official, who asked not to be named because the case was ongoing, rejected that explanation. "Four riders on one team is not a coincidence and it is not a software problem," the official said.

Under the federation's rules, three whereabouts failures within 12 months can lead to a ban of up to two years. A team with two or more riders sanctioned within a season can be suspended from racing for up to 45 days.

The Professional Riders' Association, which represents about 600 men's and women's professionals, said it would support the riders through the process.

"Riders have obligations, and we take them seriously, but they also have the right to a fair hearing before their names end up in the newspapers," association president Elena Marchetti said.

Ostrava-Velox, which won two stages of last year's Tour of the Tatra Valleys and is bidding to move up to the top-tier WorldTeam category next season, is due to start the Grand Prix de Mireval on Sunday.

WCF president Henrik Dalgaard pledged in January that the body would "not hesitate to act against teams as well as individuals" when it tightened its anti-doping code, after what he called "a decade of half-measures".

Asked whether the team would race on Sunday, Holub said: "Until someone tells us otherwise, yes. Our riders have done nothing wrong."

(Reporting by Martin Ekholm; Editing by Clare Fenwick)""",
        [
            ("Following a review of whereabouts", "World Cycling Federation"),
            ("failed to cooperate in a", "World Cycling Federation"),
            ("We are surprised and disappointed", "Radek Holub"),
            ("Nobody from the federation has", "Radek Holub"),
            ("administrative, not sporting", "Radek Holub"),
            ("Four riders on one team", "WCF official"),
            ("Riders have obligations, and we", "Elena Marchetti"),
            ("not hesitate to act against", "Henrik Dalgaard"),
            ("a decade of half-measures", "Henrik Dalgaard"),
            ("Until someone tells us otherwise,", "Radek Holub"),
        ],
    ),
    (
        """Record-setting Okafor, 17, books Olympic spot at swimming trials

By DANIELLE PRUITT
Sports Writer

BRENTMOOR, Ind. — Maya Okafor didn't look at the scoreboard at first. When she finally did, the 17-year-old put both hands over her goggles and sank back under the water.

Okafor won the women's 200-meter butterfly at the U.S. Olympic swimming trials on Tuesday night in 2 minutes, 4.11 seconds, an American record and the fastest time in the world this year.

"I honestly thought I'd died on the last 50," Okafor said. "My legs were gone. I just kept telling myself to get my hand on the wall."

She broke the mark of 2:04.38 set by Lauren Castellanos in 2019. Castellanos, now a television analyst, was on deck to congratulate her.

"She swam the back half like it was a 100," Castellanos said. "I've been waiting for somebody to take that record for a long time. I'm just glad it's a kid who loves the event."

Okafor, who trains with the Riverside Aquatic Club in Carlow Springs, Ohio, finished ahead of veteran Jessica Lindqvist, 26, who took the second Olympic spot in 2:06.02.

Lindqvist, swimming in her third trials, said she had worried she'd miss the team after a shoulder injury last fall.

"Six months ago I couldn't lift my arm above my head," she said. "So to be going back — I'm going to cry again if I keep talking about it."

Okafor's coach, Dwayne Mercer, said the teenager's breakthrough had been coming since she dropped nearly two seconds at the national championships last summer.

"People see the record and think it happened overnight," Mercer said. "It didn't. She's been doing 5 a.m. practices since she was 11. She's had days when she sat on the pool deck and cried because she couldn't make the intervals."

"What changed this year is she started believing she belonged with these women," he added.

National team director Paula Hendricks said the depth in the women's butterfly was "the best it has been in 15 years."

In the men's 100 freestyle, Caleb Whitford touched first in 47.62, holding off Anthony Ruiz by 0.04 seconds. Whitford called the finish "a coin flip" and said he wasn't sure he'd won until he saw the No. 1 next to his name.

"I couldn't breathe the last 15 meters. I didn't see anything," Whitford said.

Ruiz, who also qualified, was more blunt: "I'll take it. Second still gets you on the plane."

The trials continue through Sunday, with the top two finishers in each individual event, provided they have met the Olympic qualifying standard, earning places on the team.""",
        [
            ("I honestly thought I'd died", "Maya Okafor"),
            ("She swam the back half", "Lauren Castellanos"),
            ("Six months ago I couldn't", "Jessica Lindqvist"),
            ("People see the record and", "Dwayne Mercer"),
            ("What changed this year is", "Dwayne Mercer"),
            ("the best it has been", "Paula Hendricks"),
            ("a coin flip", "Caleb Whitford"),
            ("I couldn't breathe the last", "Caleb Whitford"),
            ("I'll take it. Second still", "Anthony Ruiz"),
        ],
    ),
    (
        """Thorne and Aldridge sink doubts with double sculls win at Kessingham

Rachel Pennington

Harriet Thorne and Beth Aldridge answered questions about their partnership in emphatic fashion on Saturday, leading from the first stroke to win the women’s double sculls at the Kessingham International Regatta by more than two lengths.

The pair, who were only put together in April after Aldridge returned from a back injury, finished in 6min 54.31sec, ahead of the Dutch crew of Sanne Verbeek and Lotte Ammerlaan, known on the circuit as ‘the Metronomes’, with an Irish double third.

‘People have been asking whether we can race together, and I think we answered that today,’ said Thorne, 27, who won bronze in the single at last year’s European championships. ‘We didn’t do anything clever. We just went off hard and dared them to come with us.’

Aldridge, who missed most of last season with a stress fracture in her lower back, admitted there had been moments when she doubted she would return to international racing.

‘There were weeks last winter when I couldn’t sit on an erg for more than ten minutes,’ she said. ‘So standing on a pontoon with a medal around my neck feels slightly surreal.’

The result will strengthen the case for the double to be confirmed as one of Britain’s priority boats before the world championships in September. Selectors are due to name crews next month.

Chief coach Graham Ostler was careful not to get ahead of himself. ‘It’s one race, in May, against crews who are still experimenting as well,’ he said. ‘I’m pleased, of course I am. But I’ve seen plenty of boats win in May and go nowhere in September.’

He added that the pair’s rhythm through the second 1,000 metres had been ‘the best I’ve seen from a British double in a long time’.

There was less to celebrate in the men’s eight, where the British crew finished fifth, nearly four seconds behind the winning German boat. Stroke Oliver Banks described the performance as ‘flat’ and said the crew had ‘left it all in the first 500’.

‘We’ve got some honest conversations to have on the bus home,’ Banks said.

The lightweight men fared better, with Callum Reid and Tom Asante taking silver in the double sculls behind Italy, while Ellie Marsh finished fourth in the women’s single after leading at halfway.

A spokeswoman for the UK Rowing Association said the selection timetable was unchanged and that ‘no boat is guaranteed a seat until the trials process is complete’.

The squad returns to its training base at Wexcombe on Monday before a final assessment regatta in June.""",
        [
            ("People have been asking whether", "Harriet Thorne"),
            ("We didn’t do anything clever.", "Harriet Thorne"),
            ("There were weeks last winter", "Beth Aldridge"),
            ("So standing on a pontoon", "Beth Aldridge"),
            ("It’s one race, in May,", "Graham Ostler"),
            ("I’m pleased, of course I", "Graham Ostler"),
            ("the best I’ve seen from", "Graham Ostler"),
            ("flat", "Oliver Banks"),
            ("left it all in the", "Oliver Banks"),
            ("We’ve got some honest conversations", "Oliver Banks"),
            ("no boat is guaranteed a", "spokeswoman"),
        ],
    ),
    (
        """Swimming's world body faces ethics inquiry over presidential vote

COPPET-LA-VILLE, Switzerland, Oct 6 — The ethics commission of the Association of Olympic Summer Federations (AOSF) has opened an investigation into last month's presidential election at the International Swimming and Diving Federation (ISDF), following complaints that votes were traded for development grants.

Omar Haddad-Ferreira was re-elected for a third term at the ISDF congress in Port-Saint-Joseph on September 14, beating Norway's Ingrid Solvang by 112 votes to 89.

Six national federations lodged a formal complaint two weeks later, alleging that at least 20 members had received so-called "solidarity payments" from the federation's development fund in the weeks before the vote, in several cases shortly after publicly declaring their support for the incumbent.

"The commission has received credible information that warrants a full inquiry," the AOSF said in a statement on Monday, adding that it would "not comment further while the process is under way".

The commission's chair, retired Swiss judge Annelise Brunner, told reporters the investigation would take "several months" and that all parties would be given the chance to respond.

In a letter sent to member federations on Monday evening, Haddad-Ferreira called the allegations "baseless and politically motivated".

"I have nothing to hide. Every grant approved by this federation went through the development committee and was independently audited," he wrote. "I welcome the opportunity to set the record straight."

The ISDF said it "respects the independence of the ethics process" and would provide all documents requested by the commission.

Solvang, a former Olympic medallist in the 400m individual medley who campaigned on a platform of governance reform, said she took no pleasure in the investigation.

"During the campaign I said our sport needed clean governance, and I was told I was naive," she told reporters by telephone. "Perhaps now people will understand what I meant."

A source close to the ISDF executive board, who spoke on condition of anonymity, said the timing of the payments had been discussed openly at the congress.

"Everybody in that hall knew which federations had received money and when. Nobody was even trying to hide it," the source said.

Tomasz Wierzbicki, a former Olympic backstroker who co-founded the athlete group Swimmers' Alliance, said competitors were "tired of learning about their sport's leadership from complaints and leaked letters".

"If the allegations are proven, the election has to be rerun. There is no other credible outcome," he said.

Under AOSF rules, the ethics commission can recommend sanctions ranging from a reprimand to the suspension of a member federation, which would put at risk its share of Olympic broadcast revenue, worth an estimated 40 million dollars per Games cycle to the ISDF.""",
        [
            ("The commission has received credible", "Association of Olympic Summer Federations"),
            ("not comment further while the", "Association of Olympic Summer Federations"),
            ("several months", "Annelise Brunner"),
            ("baseless and politically motivated", "Omar Haddad-Ferreira"),
            ("I have nothing to hide.", "Omar Haddad-Ferreira"),
            ("I welcome the opportunity to", "Omar Haddad-Ferreira"),
            ("respects the independence of the", "International Swimming and Diving Federation"),
            ("During the campaign I said", "Ingrid Solvang"),
            ("Perhaps now people will understand", "Ingrid Solvang"),
            ("Everybody in that hall knew", "source close to the ISDF executive board"),
            ("tired of learning about their", "Tomasz Wierzbicki"),
            ("If the allegations are proven,", "Tomasz Wierzbicki"),
        ],
    ),
    (
        """Vandermeer outsprints Llorente to win stage 3 of Tour of Valdoria

Belgian holds on by half a wheel after late crash splits the bunch

By Owen Garside

Joris Vandermeer (Kestrel-Aurum) claimed his first WorldTour victory of the season on stage 3 of the Tour of Valdoria, holding off Pablo Llorente (Sierra-Nova) in a chaotic uphill sprint into Castelmoro on Wednesday.

The Belgian launched with 200 metres to go on the 6 per cent ramp to the line and held on by half a wheel, with Dane Mikkel Thorsager (Vektor Cycling) rounding out the podium. Overnight leader Adrián Solano finished safely in the bunch and keeps the blue jersey.

"I knew if I waited for the last 100 metres, Pablo would come past me, he's more explosive," Vandermeer said at the finish. "So I went early and just hoped my legs would hold. The last 50 metres were very, very long."

It was a welcome result for Kestrel-Aurum, whose lead-out train was broken up by a crash inside the final five kilometres that brought down around 15 riders, including Vandermeer's teammate Luca Benedetti.

"Luca was supposed to be my last man, so when I saw him on the ground I thought maybe the day was finished," said Vandermeer. "But the guys regrouped and Sander did an incredible job to bring me to the front under the flamme rouge."

Llorente, who had been the favourite for the stage, was left to rue his positioning.

"I was boxed in at the crucial moment," he told reporters. "When the gap opened it was already too late. Chapeau to Joris, but I think with a clean run I win that."

Benedetti was taken to hospital in Castelmoro for X-rays on his left wrist, according to a Kestrel-Aurum spokesperson, who said the Italian was "conscious and in good spirits".

Kestrel-Aurum sports director Marc Duyvesteyn was critical of the finale: "You put a technical descent, then a roundabout, then a narrow ramp inside the last three kilometres, and you are asking for this. We raised it at the team managers' meeting on Monday and nothing changed."

Race organisers defended the route. "The finale was inspected by the WCF safety manager and all protocols were followed," race director Isabel Moretti said in a statement. "We will of course review the footage with the teams and the commissaires."

Solano, who leads Thorsager by four seconds on GC, was happy to have come through unscathed ahead of Thursday's summit finish at Monte Regaldo.

"Today was about staying out of trouble. Tomorrow is a different story," said the Colombian.

Stage 4 covers 168km with three categorised climbs, finishing on the 9.2km ascent to Monte Regaldo at an average gradient of 7.4 per cent.""",
        [
            ("I knew if I waited", "Joris Vandermeer"),
            ("So I went early and", "Joris Vandermeer"),
            ("Luca was supposed to be", "Joris Vandermeer"),
            ("But the guys regrouped and", "Joris Vandermeer"),
            ("I was boxed in at", "Pablo Llorente"),
            ("When the gap opened it", "Pablo Llorente"),
            ("conscious and in good spirits", "spokesperson"),
            ("You put a technical descent,", "Marc Duyvesteyn"),
            ("The finale was inspected by", "Isabel Moretti"),
            ("We will of course review", "Isabel Moretti"),
            ("Today was about staying out", "Adrián Solano"),
        ],
    ),
    (
        """Open-water swimmer in intensive care after race in near-limit heat

By Sofia Marland

An open-water swimmer was in a stable condition in intensive care on Sunday after collapsing at the finish of a 10-kilometre World Series race held in water temperatures that athletes say should have forced organisers to postpone the event.

Carolina Ibarra, 24, of Chile, was helped from the water at Porto Calvino by lifeguards after touching the finish pad in 14th place. She was treated by medical staff on the pontoon before being taken to hospital by ambulance.

Her coach, Fernando Ledesma, said she had been unable to answer simple questions. “She was disoriented, she didn’t know where she was,” Ledesma told local television. “I have been in this sport for 30 years and I have never seen conditions like this. The water was like soup.”

According to the race’s official data, the water temperature measured 30.8C an hour before the start, just below the 31C limit set by the International Aquatics Federation (IAF). But several swimmers said the reading did not reflect conditions on the course.

“They measured it in the shade by the pontoon, at 7 a.m.,” said Dutch swimmer Femke Roosendaal, who finished eighth. “By the third lap, out in the open, it was much hotter. Everybody knew.”

A spokeswoman for the IAF said the federation “deeply regrets” the incident and that all temperature readings had been carried out “in accordance with the regulations”.

“The safety of athletes is our absolute priority,” the federation said in a statement later on Sunday. “An independent medical review will be conducted and its findings made public.”

The temperature limit was introduced more than a decade ago after a swimmer died during a race in similar conditions, but athletes have long argued that it is too high and too loosely enforced.

“We have been asking for two years for the limit to be lowered to 30 degrees,” said Marta Kessler, the former Olympic champion who chairs the IAF athletes’ commission. “We want readings at several points on the course, and at several times, not one number at dawn.

“Every time we are told it is being studied. How many more swimmers have to end up in hospital before something changes?”

Paolo Varesi, head of the local organising committee, rejected suggestions that the race should have been delayed. “We followed every protocol we were given, and the federation’s technical delegate approved the start,” he said.

Ibarra’s national federation, the Chilean Aquatic Sports Federation, said in a post on social media that she was “awake and talking to her family” and thanked the medical staff at Porto Calvino.

The next leg of the series is scheduled for three weeks’ time. The IAF has not said whether any changes to temperature procedures will be in place by then.""",
        [
            ("She was disoriented, she didn’t", "Fernando Ledesma"),
            ("I have been in this", "Fernando Ledesma"),
            ("They measured it in the", "Femke Roosendaal"),
            ("deeply regrets", "spokeswoman"),
            ("in accordance with the regulations", "spokeswoman"),
            ("The safety of athletes is", "International Aquatics Federation"),
            ("An independent medical review will", "International Aquatics Federation"),
            ("We have been asking for", "Marta Kessler"),
            ("We want readings at several", "Marta Kessler"),
            ("Every time we are told", "Marta Kessler"),
            ("We followed every protocol we", "Paolo Varesi"),
            ("awake and talking to her", "Chilean Aquatic Sports Federation"),
        ],
    ),
    (
        """Rowers warn of exodus as national body cuts high-performance funding by a third

Lachlan Doyle

Australia's top rowers have warned the sport risks losing a generation of athletes after the Australian Rowing Federation (ARF) confirmed it will cut its high-performance budget by 34 per cent next year.

In a letter to the federation's board, athletes' representative Jess Kowalczyk, writing on behalf of 41 members of the national squad, said the cuts would leave several boats without a full-time coach and force rowers to "choose between rowing and paying rent".

"We are not asking for special treatment. We are asking to be able to train full-time in the two years before an Olympic Games," the letter said.

ARF chief executive Graeme Talbot said the federation had been left with no choice after its annual grant from the National Sports Performance Agency was reduced by $2.1 million.

"Nobody at this organisation wanted to make these decisions," Talbot said. "We have protected the boats with the strongest medal prospects, and we have protected the pathway programs. Something had to give."

He said the federation would look to make up part of the shortfall with "alternative revenue" from corporate partners and a new supporters' program.

A spokesman for the National Sports Performance Agency said funding was allocated under "a transparent, evidence-based framework" applied equally to all Olympic sports.

The cuts mean the squad's second-tier athletes, who are not in the priority boats, will lose their training allowance and access to full-time coaching at the Lake Barrangal centre from January.

Former Olympic champion Ben Mahony, who won gold in the men's four before retiring in 2021, said those athletes were the future of the sport.

"When I started, you could be the fourth seat in the eight and still have a coach who knew your name," Mahony said. "Those are the athletes who become medallists four years later. If you cut them loose, you don't get them back."

Sculler Tahlia Brennan, 23, already works 25 hours a week at a cafe near the Lake Barrangal centre to support her training.

"Most mornings I'm on the water at 5.30, then I do a shift, then I'm back for the second session," she said. "If the training allowance goes, I honestly don't know how I keep doing it."

The federation's board is due to meet athletes' representatives next Thursday, but Talbot said the overall budget was "not going to change".

Asked whether the cuts could affect results at next year's world championships, he said: "Of course there's a risk. I'd be lying if I said otherwise.\"""",
        [
            ("choose between rowing and paying", "Jess Kowalczyk"),
            ("We are not asking for", "Jess Kowalczyk"),
            ("Nobody at this organisation wanted", "Graeme Talbot"),
            ("We have protected the boats", "Graeme Talbot"),
            ("alternative revenue", "Graeme Talbot"),
            ("a transparent, evidence-based framework", "spokesman"),
            ("When I started, you could", "Ben Mahony"),
            ("Those are the athletes who", "Ben Mahony"),
            ("Most mornings I'm on the", "Tahlia Brennan"),
            ("If the training allowance goes,", "Tahlia Brennan"),
            ("not going to change", "Graeme Talbot"),
            ("Of course there's a risk.", "Graeme Talbot"),
        ],
    ),
    (
        """Harwick pulls out of 2027 track worlds as velodrome costs soar

By Simon Achterley, Cycling Correspondent

Harwick has withdrawn as host of the 2027 Track Cycling World Championships after a review found the cost of refurbishing its velodrome had almost doubled, leaving the World Cycling Federation searching for a replacement with less than three years to go.

The city council's cabinet voted 7-2 on Tuesday night to end the hosting agreement, following publication of an independent report, 'Harwick Velodrome: Options and Risks', which put the cost of a new roof and track surface at £38.6m, up from an estimate of £19.8m in 2022.

The report, prepared by engineering consultants Marlowe Fenn Associates, also warned of 'significant structural uncertainty' in the existing roof.

Council leader Andrew Pryce said the decision had been 'agonising' but that the authority could not justify the outlay at a time when it was cutting services.

'I love this sport and I know what the worlds would have meant to this city,' Pryce said. 'But I cannot look residents in the eye and tell them we are closing libraries while we find another £19m for a velodrome roof.'

The velodrome, known locally as 'the Bowl', opened in 1996 and has produced a string of national champions, including the Olympic sprint medallist Kerry-Ann Fowler.

Fowler, who learned to race on the track as a 10-year-old, said she was 'gutted'. 'It's where I fell in love with cycling,' she wrote on social media. 'A home worlds would have inspired hundreds of kids from this city. That's the real loss.'

The World Cycling Federation said in a statement that it 'regrets' the decision and would 'begin an accelerated process' to find a new host, with a decision expected by the end of the year.

'This is a blow, there's no point pretending otherwise,' said Naomi Achterberg, chief executive of Cycling Britain. 'We will work with the WCF and with other venues to try to keep the championships in this country.'

Opposition councillor Martin Hale, who voted against withdrawal, accused the cabinet of 'throwing in the towel'.

'We had three years to find partners, sponsors, government money. Instead we've given up in a single evening,' he said.

A source at the WCF said two British venues had already made informal contact. 'There are two or three venues that could do it at short notice, but nobody will be doing it cheaply,' the source said.

Harwick will also have to repay around £400,000 in hosting fees already received, although council officials said part of that sum may be recovered from the insurance held on the agreement.""",
        [
            ("significant structural uncertainty", "Marlowe Fenn Associates"),
            ("agonising", "Andrew Pryce"),
            ("I love this sport and", "Andrew Pryce"),
            ("But I cannot look residents", "Andrew Pryce"),
            ("gutted", "Kerry-Ann Fowler"),
            ("It's where I fell in", "Kerry-Ann Fowler"),
            ("regrets", "World Cycling Federation"),
            ("begin an accelerated process", "World Cycling Federation"),
            ("This is a blow, there's", "Naomi Achterberg"),
            ("We will work with the", "Naomi Achterberg"),
            ("throwing in the towel", "Martin Hale"),
            ("We had three years to", "Martin Hale"),
            ("There are two or three", "source at the WCF"),
        ],
    ),
]
