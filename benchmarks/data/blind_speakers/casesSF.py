CASES = [
    (
        """SOAP HUNK'S WEDDING SPLIT SHOCK

Harbour Lane's Jake Pendry dumps fiancee six weeks before big day

By Kerry Mallon, Showbiz Reporter

HARBOUR Lane heartthrob Jake Pendry has split from his fiancee Molly Astbury just six weeks before their lavish wedding.

The 29-year-old actor, who plays bad boy mechanic Declan Shaw in the teatime soap, called time on the romance after a string of blazing rows at the couple's home in Hatherley, Cheshire.

A source close to the pair said: “Jake and Molly have been at each other's throats for months. Everyone could see it coming apart but they were hoping getting married would fix things.

“In the end Jake sat her down and told her he couldn't go through with it. Molly is devastated — she'd already had her final dress fitting.”

The couple, who met at a charity boxing night in Manchester in 2021, had booked a 16th-century manor house in the Peak District for the big day, with 180 guests invited.

Pals say deposits worth more than £40,000 have now been lost.

One friend of Molly, 27, told The Sun: “She's staying with her mum in Brinsford and hasn't left the house. She keeps asking what she did wrong.”

The source close to the couple added that Jake had been “struggling with the pressure” of his recent storylines, which have seen Declan dragged into a gangland feud.

“He's been filming six days a week and barely sleeping,” they said. “It's taken a huge toll on both of them.”

Jake, who joined Harbour Lane in 2019 and was nominated for Best Newcomer at the National Soap Honours a year later, was pictured looking glum as he arrived at the show's studios in Manchester yesterday.

A representative for Jake said: “Jake and Molly have made the difficult decision to go their separate ways. They remain fond of each other and ask that their privacy is respected at this time.”

A Harbour Lane spokesman declined to comment on the actor's private life but said: “Jake remains a hugely valued member of our cast.”

Molly, who runs a beauty salon in nearby Coldham, last posted a picture of the pair on Instagram three weeks ago.

Alongside a snap of the loved-up couple at a friend's wedding, she wrote: “Counting down the days until I'm Mrs Pendry.”

The post has since been deleted.""",
        [
            ("Jake and Molly have been", "source close to the pair"),
            ("In the end Jake sat", "source close to the pair"),
            ("She's staying with her mum", "friend of Molly"),
            ("struggling with the pressure", "source close to the pair"),
            ("He's been filming six days", "source close to the pair"),
            ("It's taken a huge toll", "source close to the pair"),
            ("Jake and Molly have made", "representative for Jake"),
            ("Jake remains a hugely valued", "spokesman"),
            ("Counting down the days until", "Molly Astbury"),
        ],
    ),
    (
        """Morning TV feud erupts as Gemma Holt blanks co-host live on air

Viewers left cringing as Rise and Shine Britain star turns her back on Marcus Fenwick

By Ryan Duckworth

Rise and Shine Britain presenter Gemma Holt has sparked fresh feud rumours after appearing to blank co-host Marcus Fenwick during a live broadcast.

Viewers were left squirming on Tuesday when Marcus, 52, tried to hand over to Gemma for a segment on summer holiday bargains, only for the 44-year-old to turn to camera and carry on without acknowledging him.

Fans quickly shared clips of the awkward moment online. One wrote: "The temperature in that studio just dropped about 20 degrees." Another added: "Gemma couldn't even look at him. Something has gone badly wrong behind the scenes."

It comes weeks after the Mirror revealed the pair had stopped travelling to work together and now use dressing rooms at opposite ends of the show's base in Manchester.

A TV insider said: "Things between Gemma and Marcus have been frosty since the new year. There was a disagreement over who would front the big election special and it has never really been resolved.

"Gemma feels she was pushed aside, and Marcus thinks she's being precious. The producers are basically walking on eggshells."

The insider claimed bosses had held "crisis talks" with both presenters' agents last month, but described the atmosphere on set as "worse than ever".

Speaking at a charity lunch in London on Wednesday, Marcus brushed off the claims. He told reporters: "Honestly, Gemma and I are fine. We've worked together for six years - you're going to have the odd off day. Yesterday was a technical thing with my earpiece, nothing more."

Asked whether the pair were still friends, he said: "Of course. I'd trust her with my life."

Gemma has not commented publicly. However, hours after the broadcast she shared a picture of herself walking her dog on Instagram with the caption: "Some days you just have to smile and keep going."

A spokesperson for Channel Six, which airs the show, said: "Gemma and Marcus are a brilliant double act and viewers love them. We don't comment on speculation."

The row comes at a difficult time for the programme, which has lost around 150,000 viewers over the past year as rivals cut into its audience.

Media analyst Priya Chandran, of consultancy Brightline Research, said the feud was "the last thing the show needs".

"Audiences can smell tension a mile off," she said. "Breakfast television is supposed to feel like a cosy chat in your kitchen. If they don't sort this out quickly, viewers will simply switch over."

Rise and Shine Britain airs weekdays from 6am.""",
        [
            ("The temperature in that studio", "fan"),
            ("Gemma couldn't even look at", "fan"),
            ("Things between Gemma and Marcus", "TV insider"),
            ("Gemma feels she was pushed", "TV insider"),
            ("crisis talks", "TV insider"),
            ("worse than ever", "TV insider"),
            ("Honestly, Gemma and I are", "Marcus Fenwick"),
            ("Of course. I'd trust her", "Marcus Fenwick"),
            ("Some days you just have", "Gemma Holt"),
            ("Gemma and Marcus are a", "spokesperson"),
            ("the last thing the show", "Priya Chandran"),
            ("Audiences can smell tension a", "Priya Chandran"),
            ("Breakfast television is supposed to", "Priya Chandran"),
        ],
    ),
    (
        """REALITY BABE: GHOST IS NICKING MY FAKE TAN

By Dean Harker

REALITY TV babe Chantelle Rix reckons her £1.2million Essex pad is haunted – by a ghost with a taste for fake tan.

The former Sun, Sea and Essex star, 31, says bottles of tanning lotion have been vanishing from her bathroom ever since she moved into the six-bed detached home in Hallows Green last spring.

And things have got so spooky she has called in a ghost hunter to get to the bottom of it.

Chantelle told the Daily Star: “I'm not mad, I swear. I'll put a brand new bottle on the side, pop downstairs to make a cuppa, and when I come back up it's gone. Not moved – gone.

“My boyfriend Kai thinks I'm losing the plot but it's happened at least eight times now. I've spent a fortune.”

She said she had also heard “footsteps on the landing” in the early hours, and claimed her two French bulldogs, Gucci and Prada, refuse to set paw in the spare room.

“The dogs know,” she said. “Dogs always know.”

Paranormal investigator Derek Spall, 63, who runs Essex Unexplained, spent a night at the property last week armed with thermal cameras and an electromagnetic field reader.

He said: “There was definitely an energy in that house. We picked up several cold spots, particularly around the en-suite, and one of our devices went absolutely haywire at about 3am.”

According to Spall, old maps suggest the house was built on the site of a Victorian laundry – which he believes “could explain an interest in toiletries”.

But boyfriend Kai Okafor, 29, a personal trainer, isn't convinced.

“I love her to bits but I reckon the ghost is her sister,” he joked. “She pops round every week and she's always suspiciously bronzed.”

Chantelle's sister Leanne Rix, 27, hit back, telling the Star: “Cheeky. I buy my own tan, thank you very much.”

One neighbour, who asked not to be named, said: “We've lived on this road for 20 years and never heard a peep about ghosts. Mind you, it's been a lot livelier round here since she moved in.”

Chantelle, who has 400,000 followers on Instagram, has now installed a camera in the bathroom – pointed at the shelf, she stresses – in the hope of catching the culprit in the act.

She added: “If it is a ghost, I just hope she's getting a decent colour out of it.”""",
        [
            ("I'm not mad, I swear.", "Chantelle Rix"),
            ("My boyfriend Kai thinks I'm", "Chantelle Rix"),
            ("footsteps on the landing", "Chantelle Rix"),
            ("The dogs know,", "Chantelle Rix"),
            ("Dogs always know.", "Chantelle Rix"),
            ("There was definitely an energy", "Derek Spall"),
            ("could explain an interest in", "Derek Spall"),
            ("I love her to bits", "Kai Okafor"),
            ("She pops round every week", "Kai Okafor"),
            ("Cheeky. I buy my own", "Leanne Rix"),
            ("We've lived on this road", "neighbour"),
            ("If it is a ghost,", "Chantelle Rix"),
        ],
    ),
    (
        """VELVET RUSH BACK IN THE GROOVE

Girl band to reunite for stadium tour 15 years after bitter split

By Hollie Brennan, Bizarre Editor

GIRL band Velvet Rush are set to reunite for a mega stadium tour – 15 years after their bitter split.

The four-piece, who notched up six Top Ten hits including 2007 chart-topper Heartbeat Parade, have been secretly rehearsing at a studio in West London.

A music industry source told Bizarre: “The girls have buried the hatchet and are raring to go. The money on the table is huge – each of them stands to make at least £3million from the tour alone.

“Promoters are looking at stadium dates in London, Cardiff and Glasgow next summer, and there's talk of a new single too.”

Tasha Greene, Siobhan Kearney, Lauren Pike and Abi Mensah-Ward went their separate ways in 2010 amid reports of furious backstage rows.

The split was famously acrimonious, with Siobhan later claiming in her autobiography that she had been “frozen out” by her bandmates in their final year together.

But last month Lauren, 38, hinted at a thaw, telling Glow magazine: “We've all grown up. We were kids when we were thrown into that world, and kids fall out. I'd love to get back on stage with them one day.”

The Sun understands that Siobhan was the last to sign up, after a face-to-face meeting with Tasha at a hotel in the Cotswolds in March.

Our source added: “That meeting was emotional. There were tears, hugs, the lot. Once Siobhan was on board, everything fell into place very quickly.”

Former manager Clive Dorsey, who discovered the group at an open audition in Birmingham in 2004, said: “Those four had something special. I'm thrilled for them if it's true – but I'll believe it when I see them on the same stage.”

A spokesperson for the band said: “The girls are always touched by the support of their fans. Watch this space.”

Abi, now a mum of three, fuelled the speculation last night by posting a throwback snap on Instagram of the four of them in matching silver jumpsuits.

She captioned it: “Where did the time go?”

Fans went wild. One wrote: “If this is real I am selling a kidney for tickets.” Another said: “My 14-year-old self is screaming.”

The band are understood to be finalising the deal with promoter Skyline Live, with an announcement expected before the end of the month.""",
        [
            ("The girls have buried the", "music industry source"),
            ("Promoters are looking at stadium", "music industry source"),
            ("frozen out", "Siobhan Kearney"),
            ("We've all grown up.", "Lauren Pike"),
            ("That meeting was emotional.", "music industry source"),
            ("Those four had something special.", "Clive Dorsey"),
            ("The girls are always touched", "spokesperson"),
            ("Where did the time go?", "Abi Mensah-Ward"),
            ("If this is real I", "fan"),
            ("My 14-year-old self is screaming.", "fan"),
        ],
    ),
    (
        """Love Villa star banned from driving after filming advert at the wheel

By Sophie Garland

Reality TV star Jordan Ashby has been banned from driving for six months after she was caught filming a social media advert while behind the wheel of her Range Rover.

The 26-year-old, who found fame on dating show Love Villa in 2022, was spotted by a police officer holding her phone up to her face as she drove along a dual carriageway near Pennington Cross, Cheshire, in February.

Eastmere Magistrates' Court heard she was recording a clip promoting a teeth-whitening brand at the time.

Prosecutor Helen Marsh told the court: "The officer observed the defendant holding a mobile phone at head height with the screen facing towards her. She appeared to be speaking into it and was smiling.

"When she was stopped, she immediately accepted what she had been doing and handed the phone over."

Ashby, of Oakley Heath, who already had nine points on her licence for two speeding offences, pleaded guilty to using a hand-held mobile phone while driving. The offence carries six points, taking her over the 12-point limit.

Her solicitor, Tom Whitcombe, said his client was "deeply embarrassed" and had "learned a very hard lesson".

He told magistrates: "She is a young woman whose income depends almost entirely on social media. That is not an excuse, but it goes some way to explaining how this happened.

"She has since taken the video down and has made a donation to a road safety charity out of her own pocket."

Mr Whitcombe argued that a ban would cause exceptional hardship because Ashby cares for her grandmother, who lives 20 miles away, but magistrates rejected the application.

Chair of the bench Margaret Lowry told Ashby: "You were putting yourself and other road users at real risk for the sake of an advert. Drivers who use their phones kill people. We hope you will think about that."

She was also fined £660 and ordered to pay £85 costs and a £264 victim surcharge.

Outside court, Ashby, wearing a black trouser suit and flanked by her mother, told reporters: "I'm really sorry. I know what I did was stupid and I'll take the punishment."

Her management company, Glowup Talent, said in a statement: "Jordan accepts the court's decision in full. She will be using her platform to encourage her followers never to pick up their phones while driving."

Sergeant Paul Redfern, of the force's roads policing unit, said the case should serve as a warning to other influencers.

"No amount of likes or sponsorship money is worth a life," he said. "If you're driving, put the phone away."

Ashby has more than 900,000 followers on TikTok.""",
        [
            ("The officer observed the defendant", "Helen Marsh"),
            ("When she was stopped, she", "Helen Marsh"),
            ("deeply embarrassed", "Tom Whitcombe"),
            ("learned a very hard lesson", "Tom Whitcombe"),
            ("She is a young woman", "Tom Whitcombe"),
            ("She has since taken the", "Tom Whitcombe"),
            ("You were putting yourself and", "Margaret Lowry"),
            ("I'm really sorry. I know", "Jordan Ashby"),
            ("Jordan accepts the court's decision", "Glowup Talent"),
            ("No amount of likes or", "Paul Redfern"),
            ("If you're driving, put the", "Paul Redfern"),
        ],
    ),
    (
        """DANCEFLOOR DREAMS STAR RUSHED TO HOSPITAL

Olympian Ellie hurt in horror rehearsal fall days before live final

By Natalie Crewe

DANCEFLOOR Dreams favourite Ellie Marchant was rushed to hospital after a horror fall in rehearsals – just days before the show's live final.

The Olympic swimmer, 28, landed awkwardly while practising a lift with professional partner Luca Ferraro at a dance studio in North London on Monday afternoon.

A show source said: “It was awful. Luca was lifting her above his head for the big finish and she just slipped. She came down hard on her ankle and everyone heard her scream.

“Paramedics were called and she was taken off on a stretcher. Luca was in bits – he kept saying it was his fault.”

Ellie was taken to the Royal Hampden Hospital, where X-rays revealed a badly sprained ankle rather than a fracture.

Posting from her hospital bed last night, she told her 300,000 Instagram followers: “Thank you all for the lovely messages. It's not broken, which is the main thing! I'm gutted but I'm not giving up without a fight.”

Luca, 34, shared a photo of the pair on the dancefloor, writing: “My beautiful partner is a true warrior. Whatever happens this week, I could not be prouder of you.”

The couple have been tipped to lift the trophy after scoring the first perfect 40 of the series in last week's semi-final with a fiery paso doble.

Crown TV, which broadcasts the show, said Ellie was receiving “the best possible care”.

“Ellie's health and wellbeing is our absolute priority,” the broadcaster said. “We will make a decision about Saturday's final in consultation with Ellie, Luca and the medical team.”

According to one crew member, producers have already drawn up contingency plans, including allowing Ellie to perform a shortened routine or pushing the final back by a week.

Fellow finalist, comedian Danny Royle, said he was “sending all the love in the world” to his rival.

“Ellie is the most determined person I've ever met,” he told Pulse FM's breakfast show. “If anyone can dance on one leg and still get a ten, it's her.”

Head judge Vivienne Carr was equally upbeat. She said: “Injuries are part and parcel of dance, sadly. But the body is clever and Ellie is young and fit. I'd be amazed if we don't see her out there on Saturday.”

Ellie, who won a relay silver medal at the last Olympics, is now the bookies' favourite at 4/6.""",
        [
            ("It was awful. Luca was", "show source"),
            ("Paramedics were called and she", "show source"),
            ("Thank you all for the", "Ellie Marchant"),
            ("My beautiful partner is a", "Luca Ferraro"),
            ("the best possible care", "Crown TV"),
            ("Ellie's health and wellbeing is", "Crown TV"),
            ("We will make a decision", "Crown TV"),
            ("sending all the love in", "Danny Royle"),
            ("Ellie is the most determined", "Danny Royle"),
            ("If anyone can dance on", "Danny Royle"),
            ("Injuries are part and parcel", "Vivienne Carr"),
        ],
    ),
    (
        """TV chef Gareth Lyle's restaurant collapses leaving staff owed thousands

By Owen Prentice

Celebrity chef Gareth Lyle's flagship restaurant has closed without warning, leaving dozens of staff owed thousands of pounds in unpaid wages.

Workers at Lyle & Daughter in Leeds city centre turned up for their shifts on Friday to find the doors locked and the lights off.

The 47-year-old TV favourite, who fronts the Saturday morning cooking show Lyle's Kitchen, opened the 120-cover restaurant in 2019 to rave reviews.

But former employees say they have not been paid for up to six weeks, with some claiming they are owed more than £3,000 each.

One former waitress, who worked there for three years, said: "We found out on a WhatsApp group. No call, no email, nothing. I've got rent due on Monday and I genuinely don't know how I'm going to pay it.

"Gareth used to come in and tell us we were family. Families don't treat each other like this."

A chef de partie, who asked not to be named, said problems had been brewing for months. "Suppliers were turning up demanding cash before they'd unload," he said. "We were told it was a cash-flow blip and everything would be sorted by the end of the month. It never was."

Lyle Hospitality Group, the company behind the restaurant, has appointed administrators. In a statement, the company said: "The board deeply regrets that, despite every effort to secure new investment, the business is no longer able to continue trading.

"We understand how difficult this news is for our team and we are working with the administrators to ensure staff receive everything they are entitled to."

Nadia Osei, regional organiser at the Hospitality Workers' Union, said the situation was "an absolute disgrace".

"These are people on modest wages who kept that place running," she said. "Mr Lyle has a television career and a cookbook deal. His staff have nothing. We'd urge him to put his hand in his own pocket."

Gareth, who was pictured at a food festival in Cornwall last weekend, broke his silence on social media on Saturday night.

He wrote: "I'm heartbroken. Lyle & Daughter was my dream and the team there are the best I've ever worked with. I'm doing everything I can to make sure every single one of them is looked after."

A source close to the chef insisted he had "put his own savings" into the business in a bid to keep it afloat.

"People think he's made of money," the source said. "He's lost his house over this, pretty much."

The restaurant, named after Gareth's daughter Isla, 14, was once hailed by critics as one of the best new openings in the north of England.""",
        [
            ("We found out on a", "former waitress"),
            ("Gareth used to come in", "former waitress"),
            ("Suppliers were turning up demanding", "chef de partie"),
            ("We were told it was", "chef de partie"),
            ("The board deeply regrets that,", "Lyle Hospitality Group"),
            ("We understand how difficult this", "Lyle Hospitality Group"),
            ("an absolute disgrace", "Nadia Osei"),
            ("These are people on modest", "Nadia Osei"),
            ("Mr Lyle has a television", "Nadia Osei"),
            ("I'm heartbroken. Lyle & Daughter", "Gareth Lyle"),
            ("put his own savings", "source close to the chef"),
            ("People think he's made of", "source close to the chef"),
            ("He's lost his house over", "source close to the chef"),
        ],
    ),
    (
        """REECE QUITS FESTIVAL HOURS BEFORE HEADLINE SLOT

Fans fume as pop star pulls out of Longmoor blaming sore throat

By Jamie Catterall

POP star Reece Calloway has sensationally pulled out of his headline slot at Longmoor Festival – just hours before he was due on stage.

Thousands of fans were left fuming after organisers announced the news on social media at 4pm on Saturday, five hours before he was due to close the main stage.

A statement from Longmoor Festival read: “We are gutted to share that Reece Calloway is unable to perform tonight on medical advice. We know how disappointing this is and we wish Reece a speedy recovery.

“Full details of our revised line-up will be shared shortly.”

But festival-goers were quick to question the timing after Reece, who shot to fame with viral hit Paper Hearts, was spotted leaving a private members' club in London the night before.

One fan, who had travelled from Newcastle with her daughter, said: “We've spent nearly £700 on tickets, travel and camping for this. My daughter is 12 and she cried for an hour. He owes these kids an apology.”

Another posted on X: “Vocal strain my foot. Saw videos of him belting out karaoke at 2am.”

A festival source told The Sun: “There's a lot of anger backstage. The organisers were told on Friday night there might be an issue but they were assured he'd be fine. Then at lunchtime the call came that he wasn't coming.

“They've had to scramble to get another act to fill the slot at no notice.”

Indie band The Hollow Pines, who had played the second stage earlier in the afternoon, stepped in to close the night.

Reece's manager, Stuart Vane, insisted the singer had been ordered to rest by a throat specialist and was “absolutely devastated”.

“Reece has been battling a throat infection all week and pushed through two shows in Europe when he shouldn't have,” he said. “The doctor was very clear – if he sang tonight he risked doing serious long-term damage.

“He would never let his fans down unless he had absolutely no choice.”

According to Vane, the night out in London was a long-standing birthday dinner for a family member and Reece “didn't touch a drop”.

Reece himself broke his silence on Sunday morning, posting a video on Instagram in which he could be heard croaking: “I'm so, so sorry, Longmoor. I promise I'll make it up to you.”

Longmoor Festival said ticket holders would not be entitled to refunds as the event had gone ahead with a replacement headliner.""",
        [
            ("We are gutted to share", "Longmoor Festival"),
            ("Full details of our revised", "Longmoor Festival"),
            ("We've spent nearly £700 on", "fan"),
            ("Vocal strain my foot.", "fan"),
            ("There's a lot of anger", "festival source"),
            ("They've had to scramble to", "festival source"),
            ("absolutely devastated", "Stuart Vane"),
            ("Reece has been battling a", "Stuart Vane"),
            ("The doctor was very clear", "Stuart Vane"),
            ("He would never let his", "Stuart Vane"),
            ("didn't touch a drop", "Stuart Vane"),
            ("I'm so, so sorry, Longmoor.", "Reece Calloway"),
        ],
    ),
]
