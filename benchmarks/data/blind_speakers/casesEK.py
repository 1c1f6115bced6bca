CASES = [
    (
        """Chatterly to cut 9% of workforce as advertisers pull back

By Dana Whitcombe

SAN FRANCISCO, March 4 (Reuters) - Chatterly Inc, the owner of the group-messaging app of the same name, said on Tuesday it would cut about 9% of its workforce, or roughly 640 jobs, as a slowdown in digital advertising spending weighs on its revenue.

The cuts, which will fall mostly on its sales and recruiting teams, are expected to result in charges of $48 million to $55 million, largely in the first quarter, the company said in a regulatory filing.

"These are hard decisions, and they affect people who have worked incredibly hard to build Chatterly," Chief Executive Marcus Oyelaran said in a memo to employees that was seen by Reuters. "But we grew our teams faster than our business could support."

Oyelaran said the company would offer affected workers in the United States 14 weeks of severance pay plus one additional week for every year of service.

Shares of the San Francisco-based company rose 4.2% in extended trading.

Chatterly, which went public in 2021, has struggled to win over large brand advertisers, who have trimmed budgets amid high interest rates. Its revenue grew 6% last year, down from 31% a year earlier.

"Advertisers are being very picky about where the dollars go, and the smaller platforms are getting squeezed," said Renata Solis, an analyst at Brightwater Securities. She said the cuts were "probably overdue" given the company's slowing growth.

The company also said it would close its office in Austin, Texas, and consolidate teams in San Francisco, New York and Dublin.

Chief Financial Officer Priya Ramanathan told analysts in February that the company was aiming to reach profitability on an adjusted basis by the end of the year, a target it reiterated on Tuesday.

A Chatterly spokesperson declined to comment beyond the filing and the memo.

The layoffs add to a string of job cuts across the technology sector this year, as companies from chipmakers to streaming services try to rein in costs. More than 40,000 tech workers have lost their jobs since January, according to tracking site LayoffLedger.

"It's a reset, not a collapse," said one former Chatterly executive, who asked not to be named because they still hold shares in the company. "The question is whether they can get product growth back before the money runs out."

(Reporting by Dana Whitcombe in San Francisco; Additional reporting by Tom Halvorsen in New York; Editing by Leslie Grant)""",
        [
            ("These are hard decisions, and", "Marcus Oyelaran"),
            ("But we grew our teams", "Marcus Oyelaran"),
            ("Advertisers are being very picky", "Renata Solis"),
            ("probably overdue", "Renata Solis"),
            ("It's a reset, not a", "former Chatterly executive"),
            ("The question is whether they", "former Chatterly executive"),
        ],
    ),
    (
        """Halcyon is recalling the Pulse 3 smartwatch over overheating batteries

The company says it has received 212 reports of watches getting hot, including 11 minor burns

By Jordan Kessler

Halcyon is recalling roughly 380,000 Pulse 3 smartwatches sold in the US and Canada after customers reported that the watch’s battery could overheat while charging, the company announced on Thursday.

The recall covers watches manufactured between August and December last year, which can be identified by a serial number starting with “HP3-B.” Halcyon says it has received 212 reports of the watches overheating, including 11 reports of minor burns to the wrist. Nobody has been seriously hurt, according to the company.

“Customer safety comes before everything else, and we aren’t willing to take any chances with this,” Halcyon CEO Adrienne Cho says in a statement. “If you own an affected Pulse 3, please stop charging it and contact us.”

Owners can get either a full refund or a replacement watch, which Halcyon says will ship “within four to six weeks” once the company has verified the serial number. The company is also sending out prepaid mailers for the affected units.

The Pulse 3 launched last September at $249 and was pitched as the company’s answer to pricier smartwatches from much bigger rivals. In our review, my colleague Sam Oduya called it “the best fitness watch you can buy for under $300,” though he noted that battery life fell well short of Halcyon’s claims.

The problem appears to be tied to a batch of battery cells from a single supplier, Halcyon spokesperson Mireille Dufresne tells The Verge. “We’ve identified the specific production run, and we’ve already changed suppliers for every watch shipping today,” Dufresne says. She declined to name the supplier.

Some owners say they flagged the issue months ago. “I woke up and it was too hot to touch, and the band had actually started to warp,” says Luis Ortega, a Pulse 3 owner in Phoenix who shared photos of his damaged watch with The Verge. Ortega says he contacted Halcyon support in December and was simply told to turn off the watch’s “Smart Charge” feature.

Halcyon says a software update rolling out this week will cap charging speeds on all Pulse 3 watches, including those not covered by the recall, as a precaution. According to the company, the update shouldn’t noticeably affect battery life.

It’s the second recall for Halcyon in three years; in 2022, it pulled its Pulse Kids tracker from shelves over a clasp that could snap off and become a choking hazard.

If you’re not sure whether your watch is affected, you can check the serial number under Settings > About on the watch itself, or on the back of the original box.""",
        [
            ("Customer safety comes before everything", "Adrienne Cho"),
            ("If you own an affected", "Adrienne Cho"),
            ("within four to six weeks", "Halcyon"),
            ("the best fitness watch you", "Sam Oduya"),
            ("We’ve identified the specific production", "Mireille Dufresne"),
            ("I woke up and it", "Luis Ortega"),
        ],
    ),
    (
        """Redmarsh Interactive to close Leeds studio Harrowgate Games

Around 85 staff affected as publisher cites weak sales of Ironveil

By Chloe Ashworth, Staff Writer

UK publisher Redmarsh Interactive is closing Harrowgate Games, the Leeds-based developer behind last year's action RPG Ironveil, with around 85 jobs affected.

In a statement shared with GamesIndustry.biz, Redmarsh said the decision followed "a thorough review of our portfolio and the commercial performance of our recent releases."

"Ironveil was a game we were immensely proud of, and the team at Harrowgate poured years of work into it," the statement read. "Unfortunately, it did not find the audience we had hoped for, and we are not in a position to fund the studio's next project."

Redmarsh said it would offer affected staff enhanced redundancy packages and access to outplacement support, and that it was "exploring opportunities" to move some employees to its other studios in Guildford and Dundee.

Ironveil launched on PC and consoles in October to mixed reviews. Redmarsh told investors in January that the game had sold "below expectations", and wrote down £14.2 million against the project.

Harrowgate was founded in 2011 by former Amberlight Studios developers Gareth Pennick and Sian Morrow, and was acquired by Redmarsh in 2018. Pennick left the company last year.

Writing on LinkedIn, Morrow, who had been serving as studio director, said she was "heartbroken" by the news.

"I've spent 13 years with some of the most talented people I'll ever work with," she wrote. "If you're hiring, please look at these folks. You won't regret it."

The closure has been criticised by the Game Workers Alliance UK, which represents a number of Harrowgate employees.

"Workers were told on a twenty-minute video call that their jobs were gone, with no warning and no consultation beforehand," said Ellis Bramwell, the union's organiser for the north of England. "This is becoming a pattern across the industry, and it has to stop."

A former Harrowgate developer, who asked not to be named, told GamesIndustry.biz that staff had been working on a prototype for a new project as recently as last week.

"We were pitching it to Redmarsh on Monday. By Wednesday the studio was gone," they said.

Redmarsh did not respond to a request for comment on the union's claims.

The closure is the latest in a run of studio shutdowns in the UK this year, following cuts at several mid-sized developers in Guildford, Brighton and Dundee. Redmarsh, which is listed on London's AIM market, will report full-year results next month.""",
        [
            ("a thorough review of our", "Redmarsh Interactive"),
            ("Ironveil was a game we", "Redmarsh Interactive"),
            ("Unfortunately, it did not find", "Redmarsh Interactive"),
            ("exploring opportunities", "Redmarsh Interactive"),
            ("below expectations", "Redmarsh Interactive"),
            ("heartbroken", "Sian Morrow"),
            ("I've spent 13 years with", "Sian Morrow"),
            ("If you're hiring, please look", "Sian Morrow"),
            ("Workers were told on a", "Ellis Bramwell"),
            ("This is becoming a pattern", "Ellis Bramwell"),
            ("We were pitching it to", "former Harrowgate developer"),
        ],
    ),
    (
        """Kagero Soars After Hit Sequel Lifts Game Maker’s Profit Forecast

By Haruka Ishida

(Bloomberg) -- Kagero Holdings Co. shares surged the most in more than three years after the Osaka-based video game maker raised its full-year profit forecast on the strength of its monster-hunting sequel, Skyreach Frontier II.

The stock climbed as much as 17% in Tokyo on Friday, the biggest intraday gain since January 2021. Operating profit for the year ending March is now expected to reach ¥68 billion ($455 million), up from a previous projection of ¥52 billion, the company said in a filing late Thursday.

Skyreach Frontier II has sold 9.4 million copies since its release in late February, making it the fastest-selling title in Kagero’s 42-year history. Much of the demand has come from outside Japan, with overseas buyers accounting for about 70% of sales.

“We underestimated how much appetite there was for this game in North America and Europe,” President Kenji Matsudaira said on a call with analysts. “That’s a good problem to have, but it also tells us we need to be more ambitious with our global marketing.”

Matsudaira said the company would accelerate development of downloadable content for the game and consider bringing it to additional platforms, without giving details.

The results underscore how Japanese publishers have leaned on established franchises to ride out a broader slump in game spending after the pandemic boom. Rivals including Tsubame Entertainment Inc. have cut their forecasts this year.

“Kagero is one of the few companies that has figured out how to turn a domestic franchise into a global one,” said Aya Kurokawa, an analyst at Meisei Securities Co. in Tokyo. Still, she cautioned that the company’s earnings are “extremely concentrated” in a single series, leaving it vulnerable if the next release disappoints.

Kagero is also weighing the acquisition of a small Canadian studio to bolster its online development capacity, according to people familiar with the matter, who asked not to be identified because the talks are private. No final decision has been made, the people said.

A Kagero representative declined to comment on the acquisition talks.

The company’s market value has nearly doubled over the past 12 months to about ¥1.1 trillion. Kagero also raised its annual dividend forecast to ¥60 a share from ¥45.

“The momentum is real, but investors should be asking what comes after Skyreach,” said Daniel Fong, a Hong Kong-based analyst at Ridgeline Research. “Right now, the pipeline beyond this title looks thin.”

— With assistance from Tomoko Arai""",
        [
            ("We underestimated how much appetite", "Kenji Matsudaira"),
            ("That’s a good problem to", "Kenji Matsudaira"),
            ("Kagero is one of the", "Aya Kurokawa"),
            ("extremely concentrated", "Aya Kurokawa"),
            ("The momentum is real, but", "Daniel Fong"),
            ("Right now, the pipeline beyond", "Daniel Fong"),
        ],
    ),
    (
        """Video app Flickstream 'failed to protect children', says watchdog

By Imogen Rafferty, Technology reporter

Popular video-sharing app Flickstream has been fined £11.6m after the UK's online safety regulator found it had failed to stop under-13s from signing up.

The Digital Safety Authority (DSA) said the company had relied on users entering their own date of birth, a system it described as "trivially easy to get around".

In its report, the watchdog said it had found "clear and repeated failures" in the way the app checked users' ages between 2021 and 2023.

Flickstream said it "strongly disagreed" with the ruling and was considering an appeal.

The app, which allows users to share short videos and live-stream, has about nine million users in the UK, according to the regulator.

'Wake-up call'

DSA chief executive Harriet Lomax said the fine should be "a wake-up call" for the whole industry.

"Children are being exposed to content and contact that they simply should not be seeing, and companies have known about this problem for years," she said.

"Asking a child to type in their birthday is not age checking. It is a box-ticking exercise."

The regulator found that the platform had estimated internally that as many as 400,000 of its UK users might be under 13, but did not act on the figures.

In a statement, a Flickstream spokesperson said: "We have invested heavily in safety features for young people, including age-estimation technology that we rolled out across the UK last year.

"We believe the DSA's decision does not reflect the significant progress we have made, and we will be reviewing our options."

Children's charity the Safe Childhood Trust welcomed the ruling, but its policy director, Owen Pryce, told BBC News the fine was "a drop in the ocean" for a company of Flickstream's size.

"Until firms face penalties that actually hurt, they will keep treating child safety as an afterthought," he said.

Carys Whitfield, from Swindon, discovered last year that her daughter had been using the app for months.

"She was nine when she set up an account, and nobody asked a single question," said Ms Whitfield.

The fine is the largest issued by the DSA since it gained new enforcement powers in 2023. Flickstream has 28 days to lodge an appeal.""",
        [
            ("failed to protect children", "Digital Safety Authority"),
            ("trivially easy to get around", "Digital Safety Authority"),
            ("clear and repeated failures", "Digital Safety Authority"),
            ("strongly disagreed", "Flickstream"),
            ("Wake-up call", "Harriet Lomax"),
            ("a wake-up call", "Harriet Lomax"),
            ("Children are being exposed to", "Harriet Lomax"),
            ("Asking a child to type", "Harriet Lomax"),
            ("We have invested heavily in", "spokesperson"),
            ("We believe the DSA's decision", "spokesperson"),
            ("a drop in the ocean", "Owen Pryce"),
            ("Until firms face penalties that", "Owen Pryce"),
            ("She was nine when she", "Carys Whitfield"),
        ],
    ),
    (
        """Loopwise raises $32M Series B to bring its AI photo editor to Android

Natalie Brenner

Loopwise, a Berlin-based startup that makes a mobile photo-editing app powered by generative AI, has raised $32 million in a Series B round led by Northfield Ventures, the company told TechCrunch exclusively.

Existing investors Cobalt Capital and Hartline Partners also participated, bringing Loopwise's total funding to $47 million. The company declined to disclose its valuation, but a source familiar with the deal said it was "a little over $250 million."

Founded in 2021 by Ilse Brandauer and Tomasz Wierzbicki, Loopwise lets users remove objects, relight scenes and swap backgrounds with a few taps. The app has been downloaded more than 14 million times on iOS, where it's consistently ranked among the top photo apps in Germany, France and the U.K.

"Most people don't want to learn Photoshop. They want their vacation photo to look the way they remember it," Brandauer, the company's CEO, said in an interview. "That's the whole product, really."

The new capital will go primarily toward launching an Android version of the app later this year and expanding its 60-person team, with a focus on machine learning engineers, Brandauer said. The startup also plans to open an office in Lisbon.

Loopwise makes money through a subscription that costs $6.99 per month, and says more than 400,000 users currently pay for it. Brandauer said the company is "close to break-even" but isn't in a hurry to get there.

The photo-editing space has gotten crowded, as big platforms have added similar AI tools directly into the built-in galleries on their phones. Wierzbicki, who serves as CTO, argued that Loopwise's advantage lies in speed: most of its edits run on the device itself rather than in the cloud, which he said keeps costs down and protects user privacy.

"Every time the big guys ship a feature like ours, our downloads go up," he said. "It tells people this stuff is possible, and then they come looking for something better."

Maya Ostrowski, a partner at Northfield Ventures who will join Loopwise's board as part of the deal, said the firm had been tracking the company for more than a year.

"We looked at a dozen consumer AI apps, and Loopwise was the only one where retention actually looked like a real business and not a novelty," Ostrowski told TechCrunch. "Their users come back every single week."

The round comes as investor appetite for consumer AI apps has cooled somewhat after a frenzy last year, with several well-funded photo and video startups struggling to convert free users into paying subscribers.""",
        [
            ("a little over $250 million.", "source familiar with the deal"),
            ("Most people don't want to", "Ilse Brandauer"),
            ("That's the whole product, really.", "Ilse Brandauer"),
            ("close to break-even", "Ilse Brandauer"),
            ("Every time the big guys", "Tomasz Wierzbicki"),
            ("It tells people this stuff", "Tomasz Wierzbicki"),
            ("We looked at a dozen", "Maya Ostrowski"),
            ("Their users come back every", "Maya Ostrowski"),
        ],
    ),
    (
        """Fury as smart doorbell firm Vigilo hikes subscription price by 60% - and strips out features

By Fiona Barraclough for This is Money

Owners of Vigilo smart doorbells have reacted with anger after the company announced it would raise the price of its basic subscription by 60 per cent, while moving some key features to a more expensive plan.

From 1 June, the Vigilo Essentials plan, which lets users store video recordings for 30 days, will rise from £3.49 a month to £5.59.

Customers who want to keep ‘person detection’ alerts, which tell users whether a visitor is a person rather than a passing car or cat, will need to upgrade to the new Vigilo Plus plan, at £8.99 a month.

The Reading-based company, which says it has sold more than 1.2 million doorbells and cameras in the UK, told customers in an email that the changes would allow it to ‘keep investing in new features and the highest standards of security’.

But many owners say they feel trapped, because the devices record little without a subscription.

Retired teacher Margaret Hollins, 71, from Basingstoke, said: ‘I bought two of these cameras because I was told the subscription was cheap. Now they’re telling me I have to pay nearly double or lose the things I actually use.

‘It feels like they’ve got you once the thing is screwed to your wall.’

On Vigilo’s own community forum, one user wrote: ‘Fifty quid extra a year for the same camera I already own. Absolutely shameless.’

Richard Onslow, technology editor at consumer group Fair Deal Consumers, said: ‘Smart home devices are increasingly sold at a low upfront price, with the real cost hidden in subscriptions that can be changed at any time.’

He added that buyers should ‘check what a device can do without a subscription before handing over any money’.

A Vigilo spokesman said: ‘We understand that no one likes to see prices go up. Our costs for cloud storage and security have risen significantly, and we have held our prices for four years.’

The spokesman added that existing customers would be able to lock in the old price for 12 months by switching to annual billing before the end of May.

Vigilo doorbells currently sell for between £59 and £129, often with heavy discounts around Black Friday.

Without a subscription, owners can still see a live view and receive a basic alert when someone presses the button, but cannot review recordings after the event.

This is Money understands that customers who signed up in the past 30 days may be able to cancel and return their devices for a full refund.

How to cut the cost

Owners unhappy with the change can switch to annual billing, which works out cheaper per month, or look at rival devices that store footage locally on a memory card rather than in the cloud.""",
        [
            ("keep investing in new features", "Vigilo"),
            ("I bought two of these", "Margaret Hollins"),
            ("It feels like they’ve got", "Margaret Hollins"),
            ("Fifty quid extra a year", "user"),
            ("Smart home devices are increasingly", "Richard Onslow"),
            ("check what a device can", "Richard Onslow"),
            ("We understand that no one", "spokesman"),
        ],
    ),
    (
        """PlayKaro lays off 250 employees as tax rules squeeze online gaming firms

Ritika Sharma

Bengaluru: Online skill-gaming platform PlayKaro has laid off around 250 employees, or nearly a third of its workforce, as the company grapples with a sharp drop in revenue following the higher tax on player deposits, two people aware of the development said.

The layoffs, which were communicated to employees on Monday, mainly affect the company's marketing, customer support and product teams, one of the people said, requesting anonymity.

PlayKaro co-founder and chief executive Ankit Deshpande confirmed the cuts in an email to employees, which was reviewed by Mint. "This is the hardest email I have had to write since we started PlayKaro," Deshpande wrote. "Our revenue has fallen by more than 45% in the last two quarters, and we cannot continue to operate at our current size."

Affected employees will receive two months' salary as severance and extended health insurance coverage until December, according to the email.

The company, backed by investors including Sahyadri Capital and Lotus Bay Partners, had raised $85 million in its last funding round in 2022, at a valuation of about $900 million.

Industry executives say the tax has forced many smaller platforms to shut down entirely.

"We warned the government that a tax of this size on the full deposit value would wipe out a large part of the industry, and that is exactly what is happening," said Vikram Bhalla, chief executive of the All India Skill Gaming Association, an industry body.

Bhalla told reporters on the sidelines of an industry event in New Delhi on Tuesday that at least 20 companies had either shut down or cut staff in the past six months. He said the association would "continue to engage" with the government on the issue.

A senior government official, however, said there were no plans to revisit the tax. "The rate was decided after extensive consultation with states and the industry. There is no proposal to review it at this stage," the official said, declining to be named.

Analysts expect the pressure on gaming companies to continue through the rest of the financial year.

"Companies that were dependent on paid contests are in the toughest spot. Those with a free-to-play or advertising-led model are relatively insulated," said Neha Kulkarni, partner at consultancy firm Tanvir & Rao Advisors.

PlayKaro, which claims over 60 million registered users, said in a statement that it remained "committed to building a sustainable business" and was focused on expanding its free-to-play offerings.

Queries emailed to Sahyadri Capital and Lotus Bay Partners remained unanswered till press time.""",
        [
            ("This is the hardest email", "Ankit Deshpande"),
            ("Our revenue has fallen by", "Ankit Deshpande"),
            ("We warned the government that", "Vikram Bhalla"),
            ("continue to engage", "Vikram Bhalla"),
            ("The rate was decided after", "senior government official"),
            ("Companies that were dependent on", "Neha Kulkarni"),
            ("committed to building a sustainable", "PlayKaro"),
        ],
    ),
]
