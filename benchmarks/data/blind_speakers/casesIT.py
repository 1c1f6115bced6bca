CASES = [
    (
        """Tennis-Hungary's Varga banned for two years after clostebol positive

By Martin Hale

LONDON, March 12 (Reuters) - Hungarian tennis player Dominik Varga has been banned for two years after testing positive for the anabolic steroid clostebol, the Tennis Integrity and Anti-Doping Agency (TIADA) said on Tuesday.

The 27-year-old, who reached a career-high ranking of 31 last season, returned the adverse finding at a Challenger event in Bratislava in October and has been provisionally suspended since November.

Varga told an independent tribunal that the substance had entered his system through a healing spray his physiotherapist applied to a cut on his own finger before giving the player a massage.

"The tribunal accepted that Mr Varga did not intend to cheat," TIADA said in a statement. "However, the evidence put forward did not establish to the required standard how the substance came to be in his sample, and a reduction of the sanction was therefore not available."

The ban is backdated to Nov. 14 and will run until November next year, meaning Varga will miss all four Grand Slams this season. His results from the Bratislava tournament, where he reached the semi-finals, have been disqualified and his ranking points and prize money forfeited.

In a post on Instagram, Varga said he was "heartbroken and angry" at the decision and would take his case to the International Court for Sports Arbitration.

"I have never taken anything to improve my performance, not once in my whole career," he wrote. "I tested clean more than 40 times in the last three years. Everyone who knows me knows this is not who I am."

His lawyer, Erzsebet Kallai, said the tribunal had set "an impossible standard" for athletes who were contaminated through no fault of their own.

"We will show in Lausanne that the science supports our client," Kallai told Reuters by telephone. "A microscopic amount, a plausible source, a clean history - I don't know what more a player is supposed to prove."

Clostebol has featured in a string of high-profile cases in recent years, with several players blaming contamination from over-the-counter creams and sprays that are widely available in parts of southern Europe.

TIADA chief executive Graham Whitcombe said the agency understood the frustration of players but that the rules were clear.

"We are sympathetic to anyone who finds themselves in this situation, but strict liability exists for a reason," Whitcombe said. "Players and their teams have to be vigilant about every product that comes into contact with them."

The Hungarian Tennis Federation said it would "continue to support Dominik through the appeal process" but declined to comment further.

(Reporting by Martin Hale; Editing by Peter Brandt)""",
        [
            ("The tribunal accepted that", "Tennis Integrity and Anti-Doping Agency"),
            ("However, the evidence put", "Tennis Integrity and Anti-Doping Agency"),
            ("heartbroken and angry", "Dominik Varga"),
            ("I have never taken anything", "Dominik Varga"),
            ("I tested clean more than", "Dominik Varga"),
            ("an impossible standard", "Erzsebet Kallai"),
            ("We will show in Lausanne", "Erzsebet Kallai"),
            ("A microscopic amount, a plausible", "Erzsebet Kallai"),
            ("We are sympathetic to anyone", "Graham Whitcombe"),
            ("Players and their teams have", "Graham Whitcombe"),
            ("continue to support Dominik through", "Hungarian Tennis Federation"),
        ],
    ),
    (
        """Holloway cleared to swim for Wales at Commonwealth Games

Backstroker Megan Holloway will be able to represent Wales at this summer’s Commonwealth Games after an appeals panel overturned a ruling that she was ineligible.

The 19-year-old, who was born in Bristol but has lived and trained in Swansea since the age of 12, was told in February that she did not meet the residency criteria because of an 18-month spell on a swimming scholarship at a university in Texas.

But the Games Eligibility Appeals Panel ruled on Tuesday that time spent in full-time education abroad “should not be treated as a break in residence” where an athlete had kept a permanent home in the nation they wished to represent.

Holloway said she “cried for about an hour” when her coach phoned with the news.

“I’ve been training for this for seven years and the thought that it might be taken away because of paperwork was really hard,” she told BBC Sport Wales.

“My coach rang me at half six in the morning and I honestly thought something terrible had happened. I was still in bed. Then he told me I was going and I just lost it.”

Swim Wales chief executive Rhodri Pugh said the governing body was “delighted” and had always been confident in the case.

“Megan has come through our system, she’s part of our programme and she considers herself Welsh in every sense,” Pugh said.

“The original decision was based on a very narrow reading of the rules and we’re pleased the panel has recognised the full picture.”

Holloway won bronze in the 200m backstroke at the British Championships in April, finishing ahead of two swimmers who have already been selected by England.

She is expected to be named in the Wales squad on Thursday and could also feature in the medley relay.

Wales head coach Gareth Meredith described her as “one of the most improved swimmers in Britain over the last 12 months”.

“Having her available changes our relay options completely,” he added. “We had been planning for both scenarios, but this is obviously the one we wanted.”

A spokesperson for the Games organising committee said: “We respect the decision of the independent panel and will not be commenting further on an individual case.”

The ruling could have implications for other athletes from the home nations who study in the United States, a route that has become increasingly popular among British swimmers in recent years.""",
        [
            ("should not be treated as", "Games Eligibility Appeals Panel"),
            ("cried for about an hour", "Megan Holloway"),
            ("I’ve been training for this", "Megan Holloway"),
            ("My coach rang me at", "Megan Holloway"),
            ("delighted", "Rhodri Pugh"),
            ("Megan has come through our", "Rhodri Pugh"),
            ("The original decision was based", "Rhodri Pugh"),
            ("one of the most improved", "Gareth Meredith"),
            ("Having her available changes our", "Gareth Meredith"),
            ("We had been planning for", "Gareth Meredith"),
            ("We respect the decision of", "spokesperson"),
        ],
    ),
    (
        """Kenyan marathoner Kiprono banned 4 years for EPO

NAIROBI, Kenya (AP) — Kenyan marathon runner Wilfred Kiprono was banned for four years on Wednesday after testing positive for the blood booster EPO, the latest in a long line of doping cases to hit the East African country's celebrated distance running program.

The Athletics Integrity Commission said Kiprono, 29, gave the sample during an out-of-competition test at his training camp in Kiptuiya, in the Rift Valley, in January. He has been provisionally suspended since March and did not contest the charge.

"EPO does not end up in an athlete's body by accident," AIC head Marguerite Olsen said in a statement. "This was a deliberate attempt to cheat, and the sanction reflects that."

All of Kiprono's results since January have been annulled, including his second-place finish at the Lisbon City Marathon in April, where he ran a personal best of 2 hours, 5 minutes, 48 seconds. He must also return about $40,000 in prize money.

Reached by phone, Kiprono's agent, Josephat Langat, said the runner had been "badly advised" by people around him and regretted his actions.

"He is a young man from a poor family and he made a terrible mistake," Langat told The Associated Press. "He knows that. He is not hiding from it, and he wants other young athletes to learn from what happened to him."

The Kenya Athletics Association said in a statement that it "condemns in the strongest terms" any athlete found to have used prohibited substances and would cooperate fully with investigators.

More than 80 Kenyan athletes are currently serving bans, according to AIC records, most of them for EPO, steroids or the corticosteroid triamcinolone. The country was placed in the integrity body's highest risk category in 2018, meaning its top runners face more frequent testing.

Sports Cabinet Secretary Ruth Chebet told reporters in Nairobi on Wednesday that the government would no longer treat doping as purely a sporting matter.

"We have said it before and we will say it again: there is no place for cheats in Kenyan athletics," Chebet said. "Those who are supplying these drugs to our young athletes will also face the full force of the law."

A senior official at Kenya's national anti-doping agency, who spoke on condition of anonymity because he was not authorized to discuss an ongoing investigation, said police were looking into a pharmacist and a coach in the Rift Valley who had allegedly supplied several runners.

"We are following the supply chain now, not just the athletes," the official said. "The athletes are the ones who get caught, but they are not the only ones responsible."

Kiprono can appeal the ban within 30 days.""",
        [
            ("EPO does not end up", "Marguerite Olsen"),
            ("This was a deliberate attempt", "Marguerite Olsen"),
            ("badly advised", "Josephat Langat"),
            ("He is a young man", "Josephat Langat"),
            ("He knows that. He is", "Josephat Langat"),
            ("condemns in the strongest terms", "Kenya Athletics Association"),
            ("We have said it before", "Ruth Chebet"),
            ("Those who are supplying these", "Ruth Chebet"),
            ("We are following the supply", "senior official at Kenya's national anti-doping agency"),
            ("The athletes are the ones", "senior official at Kenya's national anti-doping agency"),
        ],
    ),
    (
        """‘I felt like I was being punished for being a mother’: Lindqvist wins ranking appeal

Eleanor Marsh

The Swedish former world No 9 Annika Lindqvist has won her appeal against the Women’s Professional Tennis Association over its refusal to grant her a special ranking on her return from maternity leave, in a ruling that could have implications for other players on the tour.

Lindqvist, 31, had been told in January that she was ineligible because she had been away from the tour for 26 months, two months beyond the association’s limit. Her appeal argued that complications after the birth of her son, Oskar, had left her unable to train for almost three months.

The Tennis Arbitration Board ruled on Monday that the WPTA had applied the time limit “too rigidly” and had failed to give proper weight to the medical evidence.

“I felt like I was being punished for being a mother,” Lindqvist told the Guardian. “I wasn’t asking for any favours. I was asking for the same thing any player coming back from a knee operation would get.

“The first few weeks after Oskar was born were really hard, physically and mentally. There were days I couldn’t walk to the end of the road. Nobody chooses that.”

The special ranking will allow Lindqvist to enter up to eight tournaments using the ranking of 14 she held before she stopped playing, rather than relying on wildcards or qualifying. Without it, she would have had to start the clay-court swing in qualifying at second-tier events.

The WPTA said in a statement that it “respects the board’s decision” and would review the wording of its rules before the start of next season.

“The special ranking rule was designed to support players returning from pregnancy, and we are committed to making sure it does exactly that,” the statement said. “We will be consulting the player council on any changes.”

Hannah Cole, the British player who sits on that council, said the case had exposed a gap that many players were unaware of. “This is a big moment,” she said. “There are a lot of women on tour who have been quietly worrying about exactly this, and now there is a precedent.”

Lindqvist’s husband and coach, Mattias Berg, said the family had been prepared to take the case further if necessary. “We would have gone all the way,” he said. “Not just for Annika, but for whoever comes next.”

Lindqvist, who reached the French Open quarter-finals in the season before her pregnancy, said she had been training on clay in Båstad for six weeks and felt “closer to my old level than I expected”.

She is expected to make her return at a WPTA 500 event in Germany later this month.""",
        [
            ("I felt like I was", "Annika Lindqvist"),
            ("too rigidly", "Tennis Arbitration Board"),
            ("I felt like I was", "Annika Lindqvist"),
            ("I wasn’t asking for any", "Annika Lindqvist"),
            ("The first few weeks after", "Annika Lindqvist"),
            ("respects the board’s decision", "Women’s Professional Tennis Association"),
            ("The special ranking rule was", "Women’s Professional Tennis Association"),
            ("We will be consulting the", "Women’s Professional Tennis Association"),
            ("This is a big moment", "Hannah Cole"),
            ("There are a lot of", "Hannah Cole"),
            ("We would have gone all", "Mattias Berg"),
            ("Not just for Annika, but", "Mattias Berg"),
            ("closer to my old level", "Annika Lindqvist"),
        ],
    ),
    (
        """Ethiopian-born runner Gebremariam cleared to compete for Spain

Monaco (AFP) - Ethiopian-born distance runner Hiwot Gebremariam was on Thursday cleared to represent Spain, ending an 18-month wait that had kept her out of international championships, the Global Athletics Federation (GAF) announced.

The 24-year-old, who has lived in the Basque city of Vitoria since 2019 and obtained Spanish citizenship last year, had seen her application for a transfer of allegiance stalled while the federation's eligibility board examined her earlier competition record for Ethiopia.

"Having reviewed all the documentation submitted, the board is satisfied that the athlete meets the conditions for a transfer of allegiance," the GAF said in a statement published on its website.

The decision takes effect immediately, making Gebremariam eligible for the European Championships in August, where she is expected to run the 10,000 metres.

Speaking to AFP by telephone from a training camp in the Pyrenees, the runner said she had considered giving up during the wait.

"Every week I was training without knowing if I would ever race for a country again," she said, speaking in Spanish. "Some days it was very hard to go out the door. Now I can finally think about the championships."

The president of the Spanish Athletics Federation (FEA), Inaki Zubieta, welcomed the ruling on social media: "A great day for Hiwot and for Spanish athletics. She has earned this with patience and hard work."

According to the board's decision, the Ethiopian Athletics Confederation had opposed the transfer, arguing that Gebremariam had been "developed entirely within the Ethiopian system" and had represented the country at junior level as recently as 2019.

The board rejected that argument, noting that more than three years had passed since she last competed for Ethiopia and that she had been resident in Spain throughout that period.

The GAF tightened its rules on nationality transfers in 2017 after a wave of African-born athletes switched allegiance to wealthy Gulf states, often with little connection to their new countries. The federation briefly froze all transfers at the time, with GAF president Henrik Sorlie describing the system as "wide open to abuse".

Under the current regulations, athletes must wait three years after their last appearance for their former country and provide evidence of genuine residence in their new one.

Spain has become an increasingly common destination for East African runners, several of whom are based in training groups in the north of the country.

Gebremariam's personal best of 30 minutes 41 seconds for the 10,000m would have placed her fourth at the last European Championships.""",
        [
            ("Having reviewed all the documentation", "Global Athletics Federation"),
            ("Every week I was training", "Hiwot Gebremariam"),
            ("Some days it was very", "Hiwot Gebremariam"),
            ("A great day for Hiwot", "Inaki Zubieta"),
            ("developed entirely within the Ethiopian", "Ethiopian Athletics Confederation"),
            ("wide open to abuse", "Henrik Sorlie"),
        ],
    ),
    (
        """Rennick free to swim at trials after tribunal accepts contaminated supplement

By Tom Callaghan

Olympic relay swimmer Jack Rennick will be free to contest next month’s national trials after a tribunal found that a banned diuretic detected in his system came from a contaminated batch of a magnesium supplement.

The 23-year-old Queenslander returned a positive test for hydrochlorothiazide during an out-of-competition test in Brisbane in December and has spent the past 14 weeks provisionally suspended.

The Sports Disputes Tribunal on Tuesday found Rennick had taken “every reasonable step” to check the product before using it, and issued a reprimand with no period of ineligibility.

Speaking outside his lawyer’s office in the Brisbane CBD, Rennick said the past three months had been the hardest of his life.

“You train your whole life to be clean and to do things the right way, and then one day you get a phone call and it’s all gone,” he said. “I want to thank my family, my coach and everyone at the club who never doubted me.”

He said he had “stopped reading the comments” online after details of the case were leaked in January, and had at one stage considered walking away from the sport.

Rennick’s lawyer, Priya Nandakumar, said independent testing had found the same substance in two sealed tubs from the batch her client had bought.

“That is about as clear-cut as these cases get,” Nandakumar said. “Jack bought a mainstream product from a mainstream pharmacy. He did everything that was asked of him.”

The Australian Sports Anti-Doping Commission (ASADC) said it accepted the tribunal’s finding and would not appeal.

“Athletes should be aware that supplements carry a risk, even when they are purchased from reputable suppliers,” the commission said in a statement. “We strongly encourage athletes to use only batch-tested products.”

The supplement was sold by a national pharmacy chain. A spokeswoman for the chain said the product had been withdrawn from sale “as a precaution” while the manufacturer investigated.

Aquatics Australia head coach Leanne Porter said the team would welcome Rennick back “with open arms”.

“He’s been through the wringer,” Porter said. “What I’ve seen from Jack over the last few months is a lot of maturity. He kept training, he kept turning up, even when he didn’t know whether he’d be allowed to race.”

Rennick, who swam the heats of the 4x100m freestyle relay at the last Olympics, will now target the 100m and 200m freestyle at the trials in Adelaide.""",
        [
            ("every reasonable step", "Sports Disputes Tribunal"),
            ("You train your whole life", "Jack Rennick"),
            ("I want to thank my", "Jack Rennick"),
            ("stopped reading the comments", "Jack Rennick"),
            ("That is about as clear-cut", "Priya Nandakumar"),
            ("Jack bought a mainstream product", "Priya Nandakumar"),
            ("Athletes should be aware that", "Australian Sports Anti-Doping Commission"),
            ("We strongly encourage athletes to", "Australian Sports Anti-Doping Commission"),
            ("as a precaution", "spokeswoman"),
            ("with open arms", "Leanne Porter"),
            ("He’s been through the wringer", "Leanne Porter"),
            ("What I’ve seen from Jack", "Leanne Porter"),
        ],
    ),
    (
        """Reddaway’s doping ban cut to 18 months after appeal over contaminated meat

British doubles player Callum Reddaway has had his four-year doping ban reduced to 18 months after arbitrators accepted that the banned substance found in his system probably came from contaminated beef.

The 29-year-old from Harrogate tested positive for clenbuterol, a drug used to build muscle and burn fat, at a Challenger tournament in Mexico in September last year. He was banned for four years in March by the Tennis Integrity and Anti-Doping Agency (TIADA), which had argued he could not prove how the substance entered his body.

But the International Court for Sports Arbitration (ICSA) ruled on Friday that the low concentration found in his sample was ‘consistent with the ingestion of contaminated meat’, citing testimony from two independent toxicologists and a receipt from a restaurant near the tournament venue.

The panel did not clear Reddaway entirely, finding that he had ‘failed to exercise the level of caution expected’ of an experienced professional travelling to a country where the risk of meat contamination has been widely publicised to players.

‘I’m relieved, but I’m not going to pretend this is a happy day,’ Reddaway said in a statement released through his management company. ‘I have lost more than a year of my career for something I didn’t do, and I will never get that back.

‘I want to thank the scientists who worked on my case for next to nothing, and my partner Sophie, who has held everything together while I’ve been falling apart.’

Because the ban is backdated to the date of his provisional suspension, Reddaway will be eligible to return in April, in time for the start of the grass-court season.

A spokesman for TIADA said: ‘We note the decision and will study the panel’s reasoning in full before deciding whether any further action is appropriate.’

The British Tennis Association’s performance director, Mark Ellery, said the governing body would support Reddaway’s return to the tour.

‘Callum has handled an incredibly difficult situation with real dignity,’ Ellery said. ‘He’s been open with us from day one and we’ll do everything we can to help him get back to the level he was at.’

Reddaway’s regular partner, the Australian Ben Tully, posted on social media shortly after the ruling was published: ‘Best news I’ve had all year. See you on court, mate.’

Tully has played with four different partners since Reddaway’s suspension and has dropped from 22nd to 61st in the doubles rankings.

Clenbuterol contamination has been a recurring issue for athletes competing in Mexico and China, where the drug has been used illegally to promote lean meat in cattle. Several footballers and cyclists have escaped sanctions in similar circumstances, although tennis players have generally been advised to avoid eating beef at tournaments in affected regions.""",
        [
            ("consistent with the ingestion of", "International Court for Sports Arbitration"),
            ("failed to exercise the level", "International Court for Sports Arbitration"),
            ("I’m relieved, but I’m not", "Callum Reddaway"),
            ("I have lost more than", "Callum Reddaway"),
            ("I want to thank the", "Callum Reddaway"),
            ("We note the decision and", "spokesman"),
            ("Callum has handled an incredibly", "Mark Ellery"),
            ("He’s been open with us", "Mark Ellery"),
            ("Best news I’ve had all", "Ben Tully"),
        ],
    ),
    (
        """Hurdler Doucette cleared for nationals after arbitrator tosses missed test

TORONTO — Sprint hurdler Mackenzie Doucette will be allowed to compete at the Canadian track and field championships next week after an arbitrator threw out one of three missed tests that had left her facing a two-year ban.

Doucette, 26, of Moncton, N.B., was provisionally suspended in April after the Canadian Anti-Doping Commission recorded a third whereabouts failure against her in a 12-month period. Under anti-doping rules, three such failures count as a violation, even if the athlete never returns a positive test.

In a 22-page decision released Friday, arbitrator Paul Levesque found that a doping control officer had knocked on the wrong door during an attempted test at Doucette's apartment building in Halifax last November, despite the athlete having listed her unit number correctly.

"It is not reasonable to attribute to the athlete the consequences of an error made by the sample collection personnel," Levesque wrote.

With that failure removed, the violation no longer stands and Doucette's suspension was lifted immediately.

In a statement posted to social media, Doucette said she was "beyond grateful" to her legal team and to the friends who had helped her piece together her movements on the day in question.

"There were nights I genuinely thought my career was over," she said later in a phone interview with The Canadian Press. "I knew I'd been home that morning. I just didn't know if anyone would believe me."

She said she still planned to be "a lot more careful" with her whereabouts filings, which require athletes to name a one-hour window every day when they can be found for testing.

The Canadian Anti-Doping Commission said it was reviewing the decision.

"We respect the arbitrator's ruling and will take the time to consider our options," spokesperson Julie Marchand said in an email. "The whereabouts system is an essential part of a credible anti-doping program."

Doucette's coach, Andre Baptiste, said the ruling was the right one but that the process had taken far too long.

"She's lost three months of proper preparation," Baptiste said. "You don't get that back a week before nationals. We'll go there and do our best, but people need to understand what this has cost her."

Doucette, who finished fifth in the 100-metre hurdles at last year's Pan American Games, needs to finish in the top two and run the qualifying standard of 12.77 seconds to earn a spot on the team for the world championships in September.

The national championships open Thursday in Langley, B.C.""",
        [
            ("It is not reasonable to", "Paul Levesque"),
            ("beyond grateful", "Mackenzie Doucette"),
            ("There were nights I genuinely", "Mackenzie Doucette"),
            ("I knew I'd been home", "Mackenzie Doucette"),
            ("a lot more careful", "Mackenzie Doucette"),
            ("We respect the arbitrator's ruling", "Julie Marchand"),
            ("The whereabouts system is an", "Julie Marchand"),
            ("She's lost three months of", "Andre Baptiste"),
            ("You don't get that back", "Andre Baptiste"),
        ],
    ),
]
