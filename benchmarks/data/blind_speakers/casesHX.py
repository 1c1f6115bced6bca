CASES = [
    (
        """Harbor Lights Film Festival Names Renata Obuya Artistic Director After Turbulent Year

By Dana Whitcomb

The Harbor Lights Film Festival has tapped Renata Obuya, a longtime programmer at the Cascadia International Film Festival, as its new artistic director, ending a six-month search that followed the abrupt exit of founding director Paul Marchetti.

Obuya, who spent nine years overseeing Cascadia's documentary and midnight sections, will take up the post in February and oversee the Portland, Maine-based festival's 2025 edition. She succeeds Marchetti, who stepped down in June amid a board dispute over the festival's finances.

"Harbor Lights has always punched above its weight, and I think that's because it trusts audiences," Obuya told Variety. "My job is to protect that instinct while making sure the festival is on steadier ground than it's been in recent years."

The festival, which launched in 2014 with a slate of 22 features, has grown into a mid-sized stop on the fall circuit, known for premiering regional independent titles and for its waterfront drive-in screenings. Attendance topped 41,000 last year, according to figures released by the organization.

But the growth came at a cost. An audit commissioned by the board in the spring found the festival carried a deficit of roughly $1.3 million, and several longtime sponsors declined to renew. Marchetti said at the time that he was leaving "with a clear conscience and a lot of pride," though he did not address the audit directly.

Board chair Lillian Prosser said the search committee had interviewed more than 30 candidates. "Renata was the unanimous choice," Prosser said. "She has a programmer's eye and an administrator's discipline, and frankly we need both."

The board also confirmed it has hired Tomas Greer, formerly of the Austin-based nonprofit Reel South, as managing director, a newly created role that will handle fundraising and operations. The split structure, Prosser said, was meant to ensure that "no single person is carrying the whole thing on their back again."

Industry observers welcomed the appointment. One sales agent who has brought titles to the festival for several years described Obuya as "exactly the kind of hire a festival in that position needs to make," adding that distributors had grown wary of the event's shifting dates.

Obuya said she planned to keep the festival's focus on new American voices but hoped to expand its international program modestly, with an emphasis on co-productions from Canada and Ireland.

"I'm not interested in turning it into something it isn't," she said. "Nobody needs another festival chasing the same ten titles out of Venice."

The 2025 Harbor Lights Film Festival is scheduled to run Sept. 18-24.""",
        [
            ("Harbor Lights has always punched", "Renata Obuya"),
            ("My job is to protect", "Renata Obuya"),
            ("with a clear conscience and", "Paul Marchetti"),
            ("Renata was the unanimous choice", "Lillian Prosser"),
            ("She has a programmer's eye", "Lillian Prosser"),
            ("no single person is carrying", "Lillian Prosser"),
            ("exactly the kind of hire", "sales agent"),
            ("I'm not interested in turning", "Renata Obuya"),
            ("Nobody needs another festival chasing", "Renata Obuya"),
        ],
    ),
    (
        """TV chef Gemma Rudd 'gutted' as Kitchen Rescue axed after 11 years

By KIERAN DOYLE, Showbiz Reporter

TELLY chef Gemma Rudd is "absolutely gutted" after bosses axed her teatime show Kitchen Rescue following 11 series.

The 47-year-old, who rose to fame on the programme in 2013, was told last week that Channel 5 would not be commissioning a 12th run.

A source close to the star told The Sun: "Gemma is absolutely gutted. That show has been her baby from day one and she genuinely thought it had years left in it.

"She found out on a Zoom call, which didn't go down well. After everything she's given them, she felt she deserved better than that."

Kitchen Rescue, which sees Gemma help struggling cafes and restaurants turn their fortunes around, once pulled in more than two million viewers an episode.

But ratings have slipped in recent years, with the latest series averaging around 650,000.

A Channel 5 spokesman said: "Kitchen Rescue has been a much-loved part of our schedule for over a decade and we're hugely grateful to Gemma and the team at Brightwater Productions.

"We're always looking to refresh our line-up and we hope to work with Gemma again in future."

Gemma, who lives in Leicestershire with husband Darren and their two sons, broke her silence on Instagram last night.

She wrote: "Well, it's been a ride! Eleven years of burnt fingers, happy owners and far too many bacon sandwiches. Thank you to every single person who watched."

Fans flooded the post with messages of support, with one writing: "Channel 5 have lost the plot. This is the only thing I watch."

Another added: "Bring it back! Gemma is a national treasure."

It is understood the star has already held talks with rival broadcasters about a new format.

A TV insider said: "There's definitely interest. She's got a loyal audience and she's cheap to make a show with, which counts for a lot at the moment."

Brightwater Productions declined to comment.""",
        [
            ("gutted", "source close to the star"),
            ("absolutely gutted", "source close to the star"),
            ("Gemma is absolutely gutted.", "source close to the star"),
            ("She found out on a", "source close to the star"),
            ("Kitchen Rescue has been a", "spokesman"),
            ("We're always looking to refresh", "spokesman"),
            ("Well, it's been a ride!", "Gemma Rudd"),
            ("Channel 5 have lost the", "fan"),
            ("Bring it back!", "fan"),
            ("There's definitely interest.", "TV insider"),
        ],
    ),
    (
        """Grassroots music venues ‘at breaking point’ as closures hit record high

Hannah Okafor, Music correspondent

Britain’s grassroots music venues are closing at the fastest rate on record, with roughly one shutting its doors every week last year, according to a new report from the Live Circuit Trust.

The charity, which represents about 850 small and independent venues across the UK, said 54 had closed permanently in 2024, while a further 120 had cut back programming or stopped hosting live music altogether. Its annual report, published on Tuesday, describes a sector “at breaking point” after years of rising energy bills, rent increases and falling footfall.

“These aren’t just buildings, they’re the first rung on the ladder for almost every artist you’ve heard of,” said Marcus Ellery, the trust’s chief executive. “If the ladder keeps losing rungs at this rate, there won’t be a ladder.”

Ellery said the trust would renew its call for a £1 levy on every arena and stadium ticket sold in the UK, with the money ringfenced for smaller venues. Several major promoters have signed up to a voluntary pilot, but the report says uptake has been “patchy at best”.

The 300-capacity Foundry in Wakefield, which hosted early shows by several chart acts, closed in November. Its former owner, Jo Kettering, said she had “run out of ways to make the numbers work”.

“We were selling out on Friday and Saturday nights, and still losing money,” she told the Guardian. “People think a full room means you’re fine. It doesn’t. The bar takings don’t cover the electricity any more.”

The singer-songwriter Priya Castellano, whose debut album was shortlisted for this year’s Meridian prize, said she had played more than 200 small-venue shows before signing a record deal. “Every one of those rooms taught me something,” she said. “Half of them don’t exist now.”

A spokesperson for the Department for Culture, Media and Sport said the government recognised “the vital role grassroots venues play in the UK’s world-leading music industry” and pointed to business rates relief announced in the autumn budget.

“We continue to engage with the sector and with major promoters on how best to support venues at every level,” the spokesperson added.

Not everyone in the industry backs a levy. A senior executive at one of the country’s largest live music companies, who asked not to be named, said promoters were already “absorbing huge costs” and that a compulsory charge could push up prices. “Fans are not a bottomless pit,” they said.

Ellery rejected the argument. “A pound on a £120 ticket is not what’s stopping anyone going to a stadium show,” he said. “What it could do is keep the lights on in a hundred rooms across the country.”""",
        [
            ("at breaking point", "Live Circuit Trust"),
            ("at breaking point", "Live Circuit Trust"),
            ("These aren’t just buildings", "Marcus Ellery"),
            ("If the ladder keeps losing", "Marcus Ellery"),
            ("patchy at best", "Live Circuit Trust"),
            ("run out of ways to", "Jo Kettering"),
            ("We were selling out on", "Jo Kettering"),
            ("People think a full room", "Jo Kettering"),
            ("Every one of those rooms", "Priya Castellano"),
            ("Half of them don’t exist", "Priya Castellano"),
            ("the vital role grassroots venues", "spokesperson"),
            ("We continue to engage with", "spokesperson"),
            ("absorbing huge costs", "senior executive at one of the country’s largest live music companies"),
            ("Fans are not a bottomless", "senior executive at one of the country’s largest live music companies"),
            ("A pound on a £120", "Marcus Ellery"),
            ("What it could do is", "Marcus Ellery"),
        ],
    ),
    (
        """Northstar Music Group Acquires Wade Tillman Catalog in Deal Valued at $85 Million

By Jason Merrow

Northstar Music Group has acquired the publishing and recorded-music catalog of country singer-songwriter Wade Tillman, the Nashville-based company announced Wednesday, in a deal sources value at around $85 million.

The catalog includes more than 300 songs written or co-written by Tillman over a four-decade career, among them the 1996 crossover hit "Gravel Road Gospel" and the No. 1 Hot Country Songs single "Long Way From Tulsa." Tillman will retain a share of future royalties, according to a person familiar with the terms.

"Wade is one of the great American storytellers, full stop," Northstar CEO Andrea Kessler said in a statement. "These songs have lived in people's trucks and kitchens and wedding receptions for thirty years, and our priority is to make sure they keep finding new listeners."

Kessler told Billboard that Northstar plans to pursue sync licensing in film, TV and advertising, as well as new recordings of Tillman's songs by younger artists. The company has set up what it calls a "songwriter legacy" team to manage the catalog, led by former Sony Music Nashville executive Curtis Vane.

Tillman, 68, said the decision to sell had been "a long time coming" and was partly driven by estate planning. "I've got four grandkids, and I don't want them sitting around a lawyer's table someday trying to figure out who owns what," he said in a phone interview. "This way it's settled, and the songs are in good hands."

The sale is the latest in a string of catalog deals that have slowed since a frenzy between 2020 and 2022, when rising interest rates began to cool investor appetite. Still, analysts say high-quality country catalogs remain in demand.

"Country has an incredibly loyal audience and the streaming numbers for legacy tracks have been remarkably stable," said Meredith Ong, a media analyst at Halvorsen Partners. "Buyers are more selective than they were three years ago, but for a catalog like this there's still a line out the door."

Northstar, which was founded in 2017 and is backed by private equity firm Crestline Capital, has now spent more than $600 million on acquisitions, according to the company. Its holdings include catalogs from rock band the Hollow Pines and R&B producer Dexter "Dex" Faulk.

Tillman said he had no plans to retire. "Selling the old songs doesn't mean I'm done writing new ones," he said. "If anything, I've got more time to do it now."

He is scheduled to begin a 20-date U.S. tour in April, with a new album expected later in the year.""",
        [
            ("Wade is one of the", "Andrea Kessler"),
            ("These songs have lived in", "Andrea Kessler"),
            ("a long time coming", "Wade Tillman"),
            ("I've got four grandkids, and", "Wade Tillman"),
            ("This way it's settled, and", "Wade Tillman"),
            ("Country has an incredibly loyal", "Meredith Ong"),
            ("Buyers are more selective than", "Meredith Ong"),
            ("Selling the old songs doesn't", "Wade Tillman"),
            ("If anything, I've got more", "Wade Tillman"),
        ],
    ),
    (
        """Glasgow's Northlight Film Festival unveils 2025 line-up, adds co-production market

By Fiona McAllister

Scotland's Northlight Film Festival will open with Isla Rennie's debut feature The Low Tide, as the event expands its industry programme with a new co-production market for first- and second-time filmmakers.

The 11th edition, which runs from March 6-15, features 142 titles from 48 countries, including 31 world premieres. Organisers announced the programme at a press event at Glasgow's Merchant Picturehouse on Wednesday (January 22).

The Low Tide, a coastal drama starring Callum Birch and Aoife Delaney, was produced by Edinburgh-based Saltire Pictures with support from Screen Scotland and the BFI. It will screen in the festival's main competition alongside new films from Hungary, Chile, Norway and South Korea.

"Isla's film is exactly the kind of confident, distinctly Scottish storytelling that Northlight was set up to champion," said festival director Morag Lindqvist. "It felt like the natural way to open the year."

Lindqvist said the new market, Northlight Connect, would host 16 projects in development and bring around 80 financiers, sales agents and broadcasters to the city across three days.

"Scotland has never had more talent coming through, but emerging producers still tell us the hardest thing is getting in the room," she said. "Connect is about building that room here rather than asking people to fly to Berlin or Cannes to find it."

The strand is backed by a £250,000 commitment over two years from the Scottish government's Culture and Creative Growth Fund. Culture minister Ewan Forsyth said the investment reflected "our confidence in Scotland's screen sector as a driver of jobs and international reputation".

Among the international highlights are Chilean director Matías Roldán's Salt Flats, which premiered in Sundance's world dramatic competition, and the Norwegian thriller Whiteout, from Silje Brekke.

The festival will close with the UK premiere of Halcyon Days, an ensemble comedy from Manchester-born filmmaker Danny Oduya, who will attend with members of the cast.

Rennie, whose short Tide Tables won the Bafta Scotland new talent award in 2021, told Screen she was "still slightly in shock" at being given the opening slot.

"We shot the whole thing in 24 days in Fife in the rain, and there were moments I genuinely wasn't sure we'd finish it," she said. "To open the festival in the city where I went to film school is very special."

Northlight reported admissions of 38,400 in 2024, up 9% on the previous year.""",
        [
            ("Isla's film is exactly the", "Morag Lindqvist"),
            ("It felt like the natural", "Morag Lindqvist"),
            ("Scotland has never had more", "Morag Lindqvist"),
            ("Connect is about building that", "Morag Lindqvist"),
            ("our confidence in Scotland's screen", "Ewan Forsyth"),
            ("still slightly in shock", "Isla Rennie"),
            ("We shot the whole thing", "Isla Rennie"),
            ("To open the festival in", "Isla Rennie"),
        ],
    ),
    (
        """'Ridgeline' Canceled at Meridian+ After Two Seasons; Showrunner Calls Decision 'Gutting'

By Nellie Park

Meridian+ has canceled Ridgeline, the Montana-set family drama from showrunner Carla Dufresne, after two seasons, the streamer confirmed Thursday.

The decision comes less than three weeks after the second season concluded, and despite the series ranking in Nielsen's weekly streaming top 10 for four consecutive weeks. According to a person familiar with the discussions, Meridian+ executives had weighed a shortened third season before ultimately passing, citing the show's per-episode budget of roughly $9 million.

"We are incredibly proud of Ridgeline and grateful to Carla, the cast and the entire crew who brought the Hollister family to life," the streamer said in a statement. "While we won't be moving forward with a third season, we look forward to continuing our relationship with Carla on future projects."

Dufresne, who previously served as a co-executive producer on CBS' Harbor County, responded on Instagram Thursday afternoon, calling the news "gutting" and thanking fans for "showing up for these characters week after week."

"I'm not going to pretend this doesn't hurt," she wrote. "We had a plan for season three and it was a good one. I'd like to think these people aren't finished yet."

Dufresne added that Lionsgate Television, which produces the series, would shop it to other outlets. A Lionsgate spokesperson declined to comment on those efforts.

Ridgeline starred Tom Halvorsen as a widowed rancher trying to hold onto his family's land while his three adult children pursued their own, often conflicting, plans for the property. Co-star Jenna Alcott, who played eldest daughter Lacey Hollister, posted a photo from the set with the caption: "Not the ending we wanted. Thank you for letting us tell this story."

The cancellation is the latest in a series of cuts at Meridian+, which announced in January that it would reduce original scripted spending by about 15% this year as it prioritizes profitability. Earlier this month, the streamer also passed on third seasons of the legal drama Counsel and the comedy Second Shift.

Speaking at an industry conference in March, Meridian+ chief content officer Raymond Achebe said the company was "going to be more disciplined about what we renew and why." He added: "The days of renewing a show because it's doing fine are over. Fine is expensive."

Fans have launched an online campaign, #SaveRidgeline, which had drawn more than 40,000 posts by Thursday evening.""",
        [
            ("Gutting", "Carla Dufresne"),
            ("We are incredibly proud of", "Meridian+"),
            ("While we won't be moving", "Meridian+"),
            ("gutting", "Carla Dufresne"),
            ("showing up for these characters", "Carla Dufresne"),
            ("I'm not going to pretend", "Carla Dufresne"),
            ("We had a plan for", "Carla Dufresne"),
            ("Not the ending we wanted.", "Jenna Alcott"),
            ("going to be more disciplined", "Raymond Achebe"),
            ("The days of renewing a", "Raymond Achebe"),
        ],
    ),
    (
        """Star Search Live: Final draws 3,000 Ofcom complaints over judge's remarks

More than 3,000 viewers have complained to the media regulator after a judge on ITV's Star Search Live appeared to mock a contestant's accent during Saturday's final.

Ofcom said it had received 3,142 complaints about the episode and was assessing them against its broadcasting code before deciding whether to investigate.

The remarks were made by judge and former pop singer Lee Fairbank after a performance by 19-year-old Niamh Gallagher from Derry, who went on to finish second.

Fairbank, 52, imitated the singer's accent while giving his feedback, prompting boos from the studio audience. Fellow judge Sasha Reyes could be heard telling him to "pack it in".

On Sunday, Fairbank issued an apology on social media, saying he had "got it badly wrong".

"It was meant as a bit of fun, but I can see now it didn't come across that way, and I'm sorry to Niamh and her family," he wrote. "She's a phenomenal talent and she deserved better from me on her big night."

Speaking to BBC Radio Foyle on Monday, Gallagher said she had accepted the apology but had been upset by the moment.

"I'm not going to lie, it stung a bit, in front of millions of people," she said. "But I've had people from home messaging me all weekend saying they're proud of me, and that's what I'll remember."

ITV said in a statement that the comments "did not reflect the values of the programme" and that it had spoken to Fairbank.

The broadcaster added: "Niamh has been a wonderful part of this series and we have apologised to her directly. We have also discussed the matter with Lee."

Dermot Keane, a local councillor in Derry, said the episode showed that "lazy stereotypes about Northern Irish people are still seen as fair game on prime-time TV".

He told reporters: "I'm glad there's been an apology, but ITV needs to think about how this was allowed to happen and why nobody stepped in at the time."

The series was won by 23-year-old Jordan Asante from Croydon, who has been signed to a recording contract with Silverline Records.""",
        [
            ("pack it in", "Sasha Reyes"),
            ("got it badly wrong", "Lee Fairbank"),
            ("It was meant as a", "Lee Fairbank"),
            ("She's a phenomenal talent and", "Lee Fairbank"),
            ("I'm not going to lie", "Niamh Gallagher"),
            ("But I've had people from", "Niamh Gallagher"),
            ("did not reflect the values", "ITV"),
            ("Niamh has been a wonderful", "ITV"),
            ("lazy stereotypes about Northern Irish", "Dermot Keane"),
            ("I'm glad there's been an", "Dermot Keane"),
        ],
    ),
    (
        """Former Members of the Velvet Static Sue Over Rights to Band’s Name

By Marisol Huang

Two founding members of the Velvet Static, the Brooklyn indie-rock band whose 2009 album “Paper Satellites” became a touchstone of the blog-rock era, have sued the group’s lead singer, accusing him of improperly registering the band’s name as a trademark and touring under it without them.

The lawsuit, filed Monday in federal court in Manhattan by the guitarist Ellen Varga and the drummer Ravi Sethna, claims that the singer, Colin Marsh, applied to trademark the name in 2021 without their knowledge, months after the three stopped performing together. It seeks unspecified damages and an order barring Mr. Marsh from using the name.

“Colin didn’t build this band by himself, and he knows it,” Ms. Varga said in an interview on Tuesday. “We spent 10 years in vans together. We wrote those songs in the same rooms. The idea that one of us could just walk off with the name is absurd.”

According to the complaint, Mr. Marsh has performed more than 60 concerts since 2022 billed as the Velvet Static, with a lineup of hired musicians. Howard Bliss, a lawyer for Ms. Varga and Mr. Sethna, said Mr. Marsh had been “trading on goodwill that all three of them built” and that his clients had been left with “no real choice” but to go to court.

A lawyer for Mr. Marsh, Daniel Okonkwo, said in an email that the claims were “without merit” and that his client had “acted entirely within his rights.”

“Mr. Marsh has been the Velvet Static’s principal songwriter and the public face of the band since its inception,” Mr. Okonkwo wrote. “When the other members chose to step away, he chose to keep the music alive for the fans. We look forward to demonstrating that in court.”

Disputes over band names are common in the music industry, and often turn on who continued to use a name and whether any agreement was ever put in writing. In the case of the Velvet Static, the suit says, there was none.

“It’s the classic problem,” said Rebecca Tolan, an entertainment lawyer in Los Angeles who is not involved in the case. “Bands form when they’re 22 and broke, and nobody thinks about partnership agreements. Then 15 years later there’s a touring business and suddenly everyone cares.”

Mr. Sethna, who now works as a session drummer and music teacher in Philadelphia, said in a statement that he had tried to resolve the matter privately for more than a year.

“We asked Colin again and again to sit down and talk,” the statement said. “He wouldn’t. This was the last option we had.

“We’re not trying to stop him from playing music. We just want the name to mean what it always meant: the three of us.”

The band’s label, Lantern Records, which released all four of its studio albums, did not respond to a request for comment.""",
        [
            ("Colin didn’t build this band", "Ellen Varga"),
            ("trading on goodwill that all", "Howard Bliss"),
            ("no real choice", "Howard Bliss"),
            ("without merit", "Daniel Okonkwo"),
            ("acted entirely within his rights", "Daniel Okonkwo"),
            ("Mr. Marsh has been the", "Daniel Okonkwo"),
            ("When the other members chose", "Daniel Okonkwo"),
            ("It’s the classic problem", "Rebecca Tolan"),
            ("Bands form when they’re 22", "Rebecca Tolan"),
            ("We asked Colin again and", "Ravi Sethna"),
            ("He wouldn’t.", "Ravi Sethna"),
            ("We’re not trying to stop", "Ravi Sethna"),
        ],
    ),
]
