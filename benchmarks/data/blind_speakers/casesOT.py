CASES = [
    (
        """Shipyard union walks out as wage talks collapse in Cheongseong

By Park Ji-hoon

CHEONGSEONG, South Gyeongsang Province -- Thousands of workers at Hanbit Marine Engineering's main shipyard walked off the job Wednesday, launching the union's first full strike in six years after talks over base pay and subcontractor conditions broke down late Tuesday.

The Hanbit Marine branch of the Korean Metal and Shipbuilding Workers' Union said about 6,200 members joined the walkout, halting work at three of the yard's four docks.

"We have waited eleven months at the table and the company has offered us nothing but excuses," branch chief Yoon Sang-cheol told a rally at the shipyard's main gate. "If management wants the ships delivered on time, it knows where to find us."

The union is demanding a monthly base pay increase of 148,000 won ($107), a one-off bonus tied to last year's record orders and direct hiring for some 2,000 workers employed through subcontractors.

Hanbit Marine said it had offered a raise of 89,000 won and called the strike "deeply regrettable" at a time when the industry is only beginning to recover from years of losses.

"The company has presented the best offer possible given the cost of steel and the delivery schedules we face," the company said in a statement. "We urge the union to return to negotiations instead of taking actions that put our customers' trust at risk."

Subcontracted workers, who are not covered by the branch's collective agreement, have become a central issue and the focus of the union's "One Yard, One Wage" campaign since last year. Many earn close to the legal minimum wage despite doing the same welding and painting work as directly hired staff.

"I've been welding hulls here for nine years, and I still earn less than a new hire with a company badge," said Kang Min-seo, 41, who works for a painting subcontractor and joined the rally on his day off.

The Ministry of Employment and Labor said it was monitoring the situation. An official at the ministry's regional office, who asked not to be named because he was not authorized to speak to the media, said mediators had proposed a fresh round of talks for next week but neither side had yet agreed.

Analysts said a long stoppage could hurt the yard's delivery schedule for liquefied natural gas carriers due later this year.

"A strike of one or two weeks can be absorbed, but anything beyond a month starts to show up in penalties for late delivery," said Lee Hye-won, an industry analyst at Daeil Securities. She added that the company's order backlog gave it "some room but not much."

The union said it would hold a second rally Friday in downtown Cheongseong and did not rule out extending the strike indefinitely.""",
        [
            ("We have waited eleven months", "Yoon Sang-cheol"),
            ("If management wants the ships", "Yoon Sang-cheol"),
            ("deeply regrettable", "Hanbit Marine Engineering"),
            ("The company has presented the", "Hanbit Marine Engineering"),
            ("We urge the union to", "Hanbit Marine Engineering"),
            ("I've been welding hulls here", "Kang Min-seo"),
            ("A strike of one or", "Lee Hye-won"),
            ("some room but not much.", "Lee Hye-won"),
        ],
    ),
    (
        """(LEAD) Minimum wage to rise 3.1 pct to 10,340 won next year

SEOUL, July 11 (Yonhap) -- South Korea's minimum hourly wage will rise 3.1 percent to 10,340 won next year, the state wage panel said Friday, a decision immediately denounced by labor groups as too small to offset rising living costs.

The Minimum Wage Deliberation Committee reached the decision after a 14-hour overnight session, with 15 of its 27 members voting in favor of the proposal put forward by public interest members, according to the committee.

Committee chairman Shin Dong-ryul told reporters that the panel had tried to "strike a balance between the livelihoods of low-paid workers and the ability of small businesses to pay."

"Neither side is fully satisfied, and that is perhaps a sign that the figure is reasonable," Shin said. "I hope both labor and management will accept the result and focus on the implementation."

Four members representing labor walked out before the vote in protest, while the employer side voted against the proposal after failing to win a freeze.

The Korean Workers' Solidarity Federation, one of the two umbrella unions represented on the panel, said in a statement that the increase amounted to "a real wage cut" once inflation was taken into account.

"The government and the public interest members have once again sided with business," the federation said. "We will take this fight to the streets and to the workplaces."

The federation's spokesperson, Han Eun-ji, said the group would hold a nationwide rally later this month but did not give a date.

Small business owners, however, said even a modest increase would be difficult to absorb.

"Convenience store owners are already cutting night shifts and working the counters themselves," said Oh Jae-bum, who heads the Korea Federation of Small Merchants and Employers. "A raise of any size next year means more owners will have to let part-timers go."

The Ministry of Employment and Labor is required to officially announce the new minimum wage by Aug. 5 after a period for objections.

The rate is the second-smallest increase since the minimum wage system was introduced in 1988, according to ministry data.

A senior ministry official said the government would "respect the committee's decision" and review support measures for small business owners, including subsidies for social insurance premiums.

(END)""",
        [
            ("strike a balance between the", "Shin Dong-ryul"),
            ("Neither side is fully satisfied", "Shin Dong-ryul"),
            ("I hope both labor and", "Shin Dong-ryul"),
            ("a real wage cut", "Korean Workers' Solidarity Federation"),
            ("The government and the public", "Korean Workers' Solidarity Federation"),
            ("We will take this fight", "Korean Workers' Solidarity Federation"),
            ("Convenience store owners are already", "Oh Jae-bum"),
            ("A raise of any size", "Oh Jae-bum"),
            ("respect the committee's decision", "senior ministry official"),
        ],
    ),
    (
        """Rare supermarket strike tests limits of Japan’s wage momentum

by Keiko Tanabe
Staff Writer

Shutters stayed down Saturday morning at eight branches of regional supermarket chain Marufuku, as part-time and full-time employees staged a one-day strike that union officials say is the first at a Japanese grocery chain of its size in more than two decades.

About 430 members of the Marufuku Workers’ Union took part in the walkout in Asahino and surrounding towns, demanding a 6% pay increase for part-time staff, who make up roughly three-quarters of the chain’s workforce.

“We are not asking for anything special,” said Yuko Hirabayashi, 52, who has stacked shelves and worked the register at the chain’s Asahino Station branch for 17 years. “Large companies are giving 5% or more. We are the people who keep the stores open, and our hourly wage has barely moved.”

Strikes have become rare in Japan, where most unions are organized by company and settle pay through annual spring negotiations known as shuntō. According to labor ministry data, the number of strikes lasting half a day or longer fell to fewer than 40 last year, compared with several thousand in the 1970s.

Union chairman Takeshi Morioka said members had voted 91% in favor of the walkout after management offered a 2.8% raise for part-time staff.

“Management tells us the company cannot afford it, but it has opened four new stores in two years,” Morioka told reporters outside the company’s headquarters. “If there is money to expand, there is money for the people who work there.”

Marufuku said in a statement that it “sincerely apologizes” to customers for the inconvenience and that its offer reflected “the severe business environment facing regional retailers,” including higher electricity and procurement costs.

A company spokesman said the chain would reopen all stores Sunday and that it hoped to continue talks with the union next week.

Labor economists say the dispute highlights a widening gap between major firms, many of which have announced their largest pay increases in three decades, and smaller employers who rely heavily on part-time workers.

“The headline figures from the big manufacturers create expectations that small companies simply can’t meet without raising prices,” said Hiroshi Sakaguchi, a professor of labor economics at Hokuyo University. “At the same time, if wages for part-timers do not rise, the whole story of a virtuous cycle between wages and prices falls apart.”

Some customers appeared sympathetic.

“I was surprised when I saw the sign, but honestly, I support them,” said a woman in her 70s who had come to shop at the Asahino Station branch and declined to give her name. “Everything is more expensive now. They need to live too.”

The union said it would decide on further action after the next round of talks.""",
        [
            ("We are not asking for", "Yuko Hirabayashi"),
            ("Large companies are giving 5%", "Yuko Hirabayashi"),
            ("Management tells us the company", "Takeshi Morioka"),
            ("If there is money to", "Takeshi Morioka"),
            ("sincerely apologizes", "Marufuku"),
            ("the severe business environment facing", "Marufuku"),
            ("The headline figures from the", "Hiroshi Sakaguchi"),
            ("At the same time, if", "Hiroshi Sakaguchi"),
            ("I was surprised when I", "woman in her 70s"),
            ("Everything is more expensive now.", "woman in her 70s"),
        ],
    ),
    (
        """Labor groups demand NT$32,000 minimum wage ahead of review

By Chen Wei-ting / Staff reporter

Labor groups yesterday rallied outside the Ministry of Labor in Taipei, calling on the government to raise the monthly minimum wage to NT$32,000 and to pass a minimum wage act that would tie future increases to living costs.

About 200 people from more than 20 unions gathered ahead of the ministry's annual wage review committee meeting, scheduled for next week, carrying placards and banners calling for higher pay.

Taiwan Workers' Rights Alliance secretary-general Lai Shu-fen said the current monthly minimum of NT$28,590 was not enough for a single person to rent a room in the greater Taipei area.

"Rent has gone up, food has gone up, transportation has gone up," Lai said. "The only thing that has not kept up is the minimum wage, and the people who suffer most are young workers and migrant workers."

"Every year the government tells us it must consider the economy as a whole," she said. "But workers are part of the economy too, and right now they are the part being left behind.

"If the committee again approves an increase smaller than inflation, we will be back here with 10 times as many people."

The alliance also urged lawmakers to pass a draft minimum wage act that has stalled in the legislature, which would require the committee to consider the consumer price index, economic growth and median wages when setting the rate.

The ministry said in a statement that it "fully understands the concerns of workers" and would invite labor, business and academic representatives to present their views at the meeting.

Deputy Minister of Labor Tsai Kuo-liang told reporters that the committee would consider a range of data, including the consumer price index, which rose 2.2 percent last year.

"We will make a decision that is fair to workers and that small and medium-sized enterprises can bear," Tsai said, adding that the ministry "has no preset figure."

Business groups have called for restraint. Lu Chien-hua, deputy director of the National Association of Small and Medium Enterprise Employers, said a large increase would push up costs for restaurants and retailers, many of which are still recovering from the COVID-19 pandemic.

"If wages go up too fast, some employers will cut hours or stop hiring, and in the end that hurts the workers we are trying to help," Lu said.

The minimum hourly wage, currently NT$190, is to be reviewed at the same meeting.

Additional reporting by CNA""",
        [
            ("Rent has gone up, food", "Lai Shu-fen"),
            ("The only thing that has", "Lai Shu-fen"),
            ("Every year the government tells", "Lai Shu-fen"),
            ("But workers are part of", "Lai Shu-fen"),
            ("If the committee again approves", "Lai Shu-fen"),
            ("fully understands the concerns of", "Ministry of Labor"),
            ("We will make a decision", "Tsai Kuo-liang"),
            ("has no preset figure.", "Tsai Kuo-liang"),
            ("If wages go up too", "Lu Chien-hua"),
        ],
    ),
    (
        """Japan's minimum wage set for record 52-yen hike amid price rises

TOKYO, July 24 Kyodo - Japan's nationwide average minimum wage should rise by a record 52 yen to 1,106 yen per hour in the current fiscal year, a labor ministry advisory panel said Wednesday, as the government seeks to ensure pay increases outpace inflation.

The 4.9 percent increase recommended by a subcommittee of the Central Wage Deliberation Council is the largest since the current system of setting targets began in 1978, according to the ministry.

"It is a significant step toward the goal of an average of 1,500 yen," Chief Cabinet Secretary Kenji Arakawa told a press conference. "The government will continue to support small and midsize companies so that they can raise wages."

The recommendation will serve as a guide for prefectural councils, which decide the actual minimum wages in each of the 47 prefectures. Rates currently range from 893 yen in the lowest-paying prefectures to 1,113 yen in Tokyo.

Labor representatives on the panel welcomed the figure but said more needed to be done to narrow regional gaps, which they say drive young people away from rural areas.

"Workers in the countryside face the same prices at the supermarket and the gas station as people in the cities," said Mariko Uchida, vice president of the Japan Federation of Workers' Councils, the country's largest labor organization. "We want the prefectural councils to go beyond this guideline."

The employer side expressed concern. The Japan Chamber of Small Business Owners said in a statement that many of its members "have not been able to pass on higher costs to customers" and that the hike would be "an extremely heavy burden."

A source close to the deliberations said employer representatives had pushed for an increase of about 4 percent but agreed to the higher figure after the government signaled it would expand subsidies for businesses that invest in productivity.

According to a survey by the chamber released last month, about 40 percent of small businesses said they had raised wages only because of the legal minimum, rather than because their earnings had improved.

"We will pay it, of course, because it is the law," said Kazuo Mimura, who runs a lunch box maker with 12 employees north of Tokyo. "But I don't know how many more years we can keep doing this without raising our prices."

The new minimum wages are expected to take effect from October.

==Kyodo""",
        [
            ("It is a significant step", "Kenji Arakawa"),
            ("The government will continue to", "Kenji Arakawa"),
            ("Workers in the countryside face", "Mariko Uchida"),
            ("We want the prefectural councils", "Mariko Uchida"),
            ("have not been able to", "Japan Chamber of Small Business Owners"),
            ("an extremely heavy burden.", "Japan Chamber of Small Business Owners"),
            ("We will pay it, of", "Kazuo Mimura"),
            ("But I don't know how", "Kazuo Mimura"),
        ],
    ),
    (
        """Daeseong subway strike enters third day as union vows 'no retreat'

By Jung Hae-rin

Subway service in Daeseong ran at roughly 60 percent of normal levels on Friday as a strike by the city's subway workers entered its third day, with no new talks scheduled between the union and the operator.

Commuters crowded platforms during the morning rush hour on Lines 1 and 2, where trains ran every 10 to 12 minutes instead of the usual four to six. Line 3, which is run by a private contractor, was unaffected.

The Daeseong Urban Railway Corporation Workers' Union, which represents about 4,100 of the operator's 6,300 employees, walked out Wednesday over the company's plan to cut 380 positions by 2027 through attrition and the outsourcing of station maintenance.

"There will be no retreat until the restructuring plan is withdrawn," the union said in a statement Friday morning. "Cutting staff at stations is not efficiency. It is gambling with the safety of passengers."

Union leader Bae Jun-ho said members were willing to return to the table "at any time" but only if the corporation put the job cuts on hold.

"We have been told for three years that there is no money," Bae said at a rally in front of city hall. "Yet the city found money for a new light rail line. Don't tell us this is about the budget."

The corporation, which has accumulated losses of more than 1.2 trillion won ($870 million), says the cuts are necessary to stabilize its finances and that no current employees will lose their jobs.

"We sincerely apologize to citizens for the inconvenience," Chung Mi-kyung, president of the Daeseong Urban Railway Corporation, said in a briefing. "But we cannot pass the burden of our deficit on to the next generation of Daeseong residents."

Chung said the corporation had deployed 1,200 substitute staff, including retired employees and office workers, to keep trains running and stations safe.

Mayor Kwon Tae-seok called on both sides to resolve the dispute quickly, saying the city would not allow "the daily lives of citizens to be held hostage."

Commuters gave mixed reactions.

"I understand why they're striking, but I was 40 minutes late to work yesterday and my boss does not care about the reasons," said one office worker in her 30s waiting at Jungang Station.

Another commuter, a university student surnamed Noh, said he supported the union. "If they cut station staff, who will help when something goes wrong?" he said.

Under Korean labor law, subway operations are classified as an essential public service, meaning the union must keep a minimum level of staffing during a strike.""",
        [
            ("no retreat", "Daeseong Urban Railway Corporation Workers' Union"),
            ("There will be no retreat", "Daeseong Urban Railway Corporation Workers' Union"),
            ("Cutting staff at stations is", "Daeseong Urban Railway Corporation Workers' Union"),
            ("at any time", "Bae Jun-ho"),
            ("We have been told for", "Bae Jun-ho"),
            ("Yet the city found money", "Bae Jun-ho"),
            ("We sincerely apologize to citizens", "Chung Mi-kyung"),
            ("But we cannot pass the", "Chung Mi-kyung"),
            ("the daily lives of citizens", "Kwon Tae-seok"),
            ("I understand why they're striking,", "office worker in her 30s"),
            ("If they cut station staff,", "Noh"),
        ],
    ),
    (
        """Cabin crew at Skylark Pacific vote to authorize strike

Taipei, Aug. 3 (CNA) Flight attendants at Skylark Pacific Airways have voted overwhelmingly to authorize a strike, their union said Saturday, raising the prospect of flight disruptions during the busy summer travel season.

Of the 2,847 members of the Taiwan Cabin Crew Union employed by the carrier, 2,391 cast ballots, with 2,302 voting in favor of a strike, according to the union. Under Taiwan's Labor Dispute Act, a strike requires the approval of more than half of a union's members.

The union is demanding an increase in the daily overseas allowance, stricter limits on working hours on long-haul routes and a seat on the company's flight safety committee.

Union chairwoman Chiang Pei-yu said at a press conference that the vote was "a clear message" from flight attendants who had "run out of patience."

"We have negotiated with the company eight times since February, and each time we were told that our demands would be studied," Chiang said. "A strike is not our goal. But if the company continues to ignore us, our members have given us the right to act."

She said the union would not strike before Aug. 20 and would give at least five days' notice to allow passengers to change their travel plans.

In response, Skylark Pacific said in a statement that it "respects the union's right to take legal action" but that its working conditions for cabin crew were "among the best in the industry."

The airline said it had proposed raising the overseas allowance by US$10 per day and was willing to continue talks under the mediation of local labor authorities.

"Our door is always open," Skylark Pacific spokesman Terry Ko told CNA. "We hope to reach an agreement as soon as possible so that travelers are not affected."

A flight attendant with 11 years at the airline, who asked not to be named for fear of retaliation, told CNA that crew on some routes to North America were working shifts of more than 14 hours without adequate rest.

"People think our job is glamorous, but many of us have back problems, sleep problems, and we miss our families," she said. "We are only asking to be treated like human beings."

Taiwan's aviation sector has seen several labor disputes in recent years, including a 17-day strike by cabin crew at another carrier in 2019.

An official with the Ministry of Labor's Department of Labor Relations said the ministry "has been in contact with both sides" and would assist with mediation if requested.

(By Yeh Tzu-hsuan and Sean Lin)
Enditem/AW""",
        [
            ("a clear message", "Chiang Pei-yu"),
            ("run out of patience.", "Chiang Pei-yu"),
            ("We have negotiated with the", "Chiang Pei-yu"),
            ("A strike is not our", "Chiang Pei-yu"),
            ("respects the union's right to", "Skylark Pacific Airways"),
            ("among the best in the", "Skylark Pacific Airways"),
            ("Our door is always open", "Terry Ko"),
            ("We hope to reach an", "Terry Ko"),
            ("People think our job is", "flight attendant with 11 years at the airline"),
            ("We are only asking to", "flight attendant with 11 years at the airline"),
            ("has been in contact with", "official with the Ministry of Labor's Department of Labor Relations"),
        ],
    ),
    (
        """Japan’s truck drivers push for pay as overtime cap squeezes incomes

Union calls for binding minimum freight rates as logistics costs climb

SAORI NAKAHARA, Nikkei staff writer

TOKYO -- Japan’s truck drivers are stepping up calls for higher base pay, arguing that new limits on overtime intended to protect their health have instead left many earning less for the same grueling work.

The All-Japan Freight Drivers’ Union, which represents around 68,000 drivers at mostly small and midsize haulers, on Tuesday submitted a petition to the transport ministry calling for a legally binding minimum freight rate that would allow companies to raise wages.

Since rules capping drivers’ annual overtime at 960 hours took effect last year, many drivers have seen their monthly take-home pay fall by 30,000 to 50,000 yen ($200 to $330), according to a survey by the union.

“Overtime used to be how we made a living wage,” said Shinji Kuroda, the union’s secretary-general. “Now the hours are gone, but the base pay is the same as it was 15 years ago.”

Kuroda said some members had quit to take jobs in construction or factory work, worsening a driver shortage that the government has warned could leave a third of packages undelivered by 2030. He summed up the problem bluntly: “Shippers want next-day delivery at yesterday’s prices.”

Hauling companies say they are caught in the middle. Large shippers, including retailers and manufacturers, have long used their bargaining power to hold down rates, and many of Japan’s roughly 63,000 trucking companies operate on thin margins.

“We would like to raise wages, but our customers tell us that if we raise our prices, they will go to someone else,” said the president of a 40-truck hauler in the Kanto region, who spoke on condition of anonymity because of ongoing negotiations with clients.

The transport ministry has issued nonbinding “standard freight rates” and urged shippers to accept higher fees. An official at the ministry’s freight logistics division said the government was “seriously considering” the union’s request but noted that mandatory price floors could raise concerns under competition law.

“We recognize that the current situation is not sustainable,” the official said. “At the same time, we need to hear from shippers and consumers before we decide anything.”

Some economists argue that higher delivery costs are unavoidable. Akiko Fujisawa, senior economist at Meisei Research Institute, said consumers had grown accustomed to free and fast shipping that “hides the real cost of moving goods.”

“Someone has to pay for the drivers’ time. If it is not the shipper or the consumer, then it is the driver, and that is what has been happening for decades,” she said.

The union plans to hold a rally in Tokyo next month, its first nationwide action in nine years.""",
        [
            ("Overtime used to be how", "Shinji Kuroda"),
            ("Now the hours are gone,", "Shinji Kuroda"),
            ("Shippers want next-day delivery at", "Shinji Kuroda"),
            ("We would like to raise", "president of a 40-truck hauler in the Kanto region"),
            ("seriously considering", "official at the ministry’s freight logistics division"),
            ("We recognize that the current", "official at the ministry’s freight logistics division"),
            ("hides the real cost of", "Akiko Fujisawa"),
            ("Someone has to pay for", "Akiko Fujisawa"),
        ],
    ),
]
