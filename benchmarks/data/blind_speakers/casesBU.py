CASES = [
    (
        "TOKYO — A magnitude 6.8 earthquake struck off the coast of Niigata Prefecture early Tuesday, injuring at least 23 people and cutting power to around 41,000 households, authorities said, as the government warned of strong aftershocks over the coming week.\n\n"
        "The quake, which hit at 4:12 a.m. at a depth of about 20 kilometers, registered upper 6 on the Japanese seismic intensity scale of 7 in the city of Murakami, according to the Japan Meteorological Agency. A tsunami advisory issued for the prefecture's coastline was lifted about two hours later, with waves of up to 30 centimeters observed at Awashima island.\n\n"
        "“We ask residents in the affected areas to stay away from damaged buildings and steep slopes, as strong shaking may occur again,” Chief Cabinet Secretary Hiroshi Tanabe told a press conference at the prime minister's office. He said the government had set up a liaison office and that Self-Defense Forces helicopters were surveying the damage.\n\n"
        "Tanabe added that no abnormalities had been detected at the Kashiwazaki-Kariwa nuclear power plant, whose reactors remain offline, citing reports from operator Tokyo Electric Power Company Holdings Inc.\n\n"
        "At a separate briefing, Shinya Okubo, head of the agency's earthquake and tsunami observation division, said the probability of a similar or larger quake was “relatively high” for about a week, and urged people to keep emergency supplies close at hand. He added a warning: “Please keep in mind that in past cases, an even bigger quake followed within days.”\n\n"
        "In Murakami, a city of about 55,000, roof tiles littered streets and a section of a prefectural road collapsed. Mayor Kazue Nishimura said 310 residents had spent the night at evacuation centers, many of them elderly people living alone.\n\n"
        "“The shaking was so violent I couldn't stand up. All I could do was crawl under the kotatsu and wait for it to end,” said Fumiko Sato, 78, who was staying at a community hall with her husband after cracks appeared in the walls of their wooden home.\n\n"
        "East Japan Railway Co. suspended some Joetsu Shinkansen services for track inspections. A JR East spokesman said the operator hoped to resume full operations by Wednesday morning but that the “safety of passengers comes first.”\n\n"
        "The prefectural government has begun recruiting helpers through its “Niigata Hand-in-Hand” disaster volunteer program, which it launched after the 2004 Chuetsu earthquake that killed 68 people.",
        [
            ("We ask residents in the", "Hiroshi Tanabe"),
            ("relatively high", "Shinya Okubo"),
            ("Please keep in mind that", "Shinya Okubo"),
            ("The shaking was so violent", "Fumiko Sato"),
            ("safety of passengers comes first.", "JR East spokesman"),
        ],
    ),
    (
        "SEOUL, March 14 (Yonhap) -- A Seoul court on Thursday sentenced the former chief executive of Hanbit Construction to four years in prison over a 2022 apartment collapse in Gwangju that killed six workers, the first prison term handed down under the Serious Accidents Punishment Act to the head of a major builder.\n\n"
        "The Seoul Central District Court found Park Jong-hoon, 61, guilty of failing to establish the safety management systems required under the law, which took effect in January 2022. The company was fined 2 billion won (US$1.5 million).\n\n"
        "\"The defendant, as the person with ultimate responsibility for safety, neglected his duty despite repeated warnings from site managers,\" Judge Lee Seon-mi said in delivering the ruling. \"The lives lost cannot be restored, and the bereaved families continue to suffer.\"\n\n"
        "The court also handed suspended sentences to three site managers and an official of a subcontractor.\n\n"
        "Park's lawyers said they would appeal. Speaking to reporters outside the courtroom, attorney Choi Dong-wook called the verdict \"excessive\" and argued that his client could not have foreseen structural defects in concrete supplied by a third party.\n\n"
        "Families of the victims, who had gathered in front of the courthouse holding portraits of the deceased, welcomed the ruling but said it did not go far enough.\n\n"
        "\"Four years is nothing compared to what we have lost,\" said Kim Hye-jin, whose 34-year-old brother died in the collapse. \"But at least today, the court said clearly that the boss is responsible.\"\n\n"
        "The Ministry of Employment and Labor said in a statement that the ruling \"sends a clear message\" that executives must put worker safety ahead of construction deadlines. The Korea Enterprises Federation, however, expressed concern, saying the law was overly punitive and would discourage investment in the construction sector.\n\n"
        "Hanbit Construction said it would respect the court's decision and continue to support the bereaved families.\n\n"
        "The case has drawn attention as a test of the law, dubbed the \"CEO punishment act\" by business groups, which has faced calls from some ruling party lawmakers for revision. According to the labor ministry, 2,016 workers died in workplace accidents last year, with construction accounting for nearly half of the deaths.",
        [
            ("The defendant, as the person", "Lee Seon-mi"),
            ("The lives lost cannot be", "Lee Seon-mi"),
            ("excessive", "Choi Dong-wook"),
            ("Four years is nothing compared", "Kim Hye-jin"),
            ("But at least today, the", "Kim Hye-jin"),
            ("sends a clear message", "Ministry of Employment and Labor"),
        ],
    ),
    (
        "The Mainland Affairs Council (MAC) yesterday criticized Beijing for detaining a Taiwanese publisher in Shanghai, calling the move “a blatant act of intimidation” against Taiwanese who travel to China.\n\n"
        "Lin Chia-hao (林家豪), 52, who runs a small Taipei-based publishing house known for titles on Chinese history, has not been heard from since he arrived in Shanghai on Sept. 3 to visit relatives, his family said.\n\n"
        "“Taiwanese must understand the risks of traveling to China, where there is no rule of law to speak of,” MAC Deputy Minister Chen Yu-ting (陳育婷) told a regular news conference in Taipei. She said the council had made inquiries through cross-strait channels, but had yet to receive a response.\n\n"
        "China's Taiwan Affairs Office spokeswoman Zhu Wenli (朱文莉) told a news briefing in Beijing on Wednesday that Lin was “under investigation on suspicion of engaging in separatist activities” and that his rights would be protected in accordance with the law.\n\n"
        "Lin's wife, Hsu Mei-ling (許美玲), said at a news conference organized by the Taiwan Association for Human Rights that her husband had never been involved in politics.\n\n"
        "“He is a bookseller, not a spy. I just want him to come home,” she said, fighting back tears.\n\n"
        "Legislators across party lines voiced concern. Democratic Progressive Party (DPP) Legislator Wu Cheng-wen (吳承文) said the case showed that Beijing was seeking to frighten Taiwan's cultural sector into self-censorship.\n\n"
        "Chinese Nationalist Party (KMT) Legislator Kao Shu-fen (高淑芬) said the government should handle the matter through quiet communication rather than public criticism, which she said “will only make things worse for Lin.”\n\n"
        "The MAC said it was raising its travel alert for China and advised people to avoid non-essential trips, especially those whose work involves publishing, religion or civic groups.\n\n"
        "Lin's publishing house, Nanfeng Books, last year released a bestselling title, “The Lost Ports of Fujian,” which is banned in China. The detention is the latest in a series of cases involving Taiwanese in China since Beijing stepped up its so-called “united front” campaign targeting Taiwanese business people and cultural figures.\n\n"
        "Additional reporting by CNA",
        [
            ("a blatant act of intimidation", "Mainland Affairs Council"),
            ("Taiwanese must understand the risks", "Chen Yu-ting"),
            ("under investigation on suspicion of", "Zhu Wenli"),
            ("He is a bookseller, not", "Hsu Mei-ling"),
            ("will only make things worse", "Kao Shu-fen"),
        ],
    ),
    (
        "NAGOYA — Kaname Motor Corp. President Takeshi Iwamura apologized Friday for years of falsified crash-safety test data at a subsidiary, announcing he would forgo half of his pay for six months as the automaker halted shipments of four models.\n\n"
        "“I deeply apologize to our customers, business partners and all stakeholders for betraying their trust,” Iwamura said at a news conference in Nagoya, bowing for several seconds alongside three other executives.\n\n"
        "An internal investigation found that Kaname Auto Body, a wholly owned unit that handles testing for the group's compact vehicles, had manipulated airbag deployment data submitted to the transport ministry since at least 2014.\n\n"
        "Michiko Hirano, a former Osaka High Court judge who led a third-party panel that looked into the misconduct, told reporters that meeting development deadlines had become an absolute priority at the unit and that engineers who raised concerns had been ignored.\n\n"
        "“Employees told us they felt they had no choice. The problem is not a few individuals, but an organization that made it impossible to say no,” Hirano said.\n\n"
        "Iwamura said he had no intention of stepping down. “My responsibility is to lead the reforms and rebuild trust, and I will do so,” he said, adding that he would consider his future once the changes were in place.\n\n"
        "Transport minister Kenji Matsuda said the ministry would conduct an on-site inspection of the company's headquarters in Toyota, Aichi Prefecture, next week. “It is extremely regrettable, as it shakes the foundation of the vehicle certification system,” Matsuda told reporters in Tokyo.\n\n"
        "The halt affects models including the popular Kaname Breeze minivan, marketed under the slogan “Safety for every family.” Dealers said they had begun fielding calls from worried owners.\n\n"
        "“Customers keep asking whether their cars are safe to drive. Honestly, we don't know what to tell them,” said a sales manager at a Kaname dealership in Nagoya's Naka Ward, who asked not to be named.\n\n"
        "The company said re-tests had confirmed that the affected vehicles meet legal safety standards and that owners could continue to drive them.\n\n"
        "Shares of Kaname fell 6.2 percent on the Tokyo Stock Exchange on Friday, their steepest one-day drop in more than three years.",
        [
            ("I deeply apologize to our", "Takeshi Iwamura"),
            ("Employees told us they felt", "Michiko Hirano"),
            ("My responsibility is to lead", "Takeshi Iwamura"),
            ("It is extremely regrettable, as", "Kenji Matsuda"),
            ("Customers keep asking whether their", "sales manager at a Kaname dealership in Nagoya's Naka Ward"),
        ],
    ),
    (
        "The ruling People's Future Party on Sunday picked three-term lawmaker Han Ji-won as its candidate for Seoul mayor, setting up a head-to-head contest with former Vice Land Minister Kang Tae-ho in the June 3 local elections.\n\n"
        "Han, 54, won 58.3 percent of the combined vote from party members and a public opinion survey, defeating former Seoul Deputy Mayor Oh Sang-min, the party's election management committee said.\n\n"
        "In her acceptance speech at the party's headquarters in Yeouido, Han pledged to build 100,000 public housing units near subway stations over four years and to expand late-night bus routes for shift workers.\n\n"
        "“Seoul citizens are tired of politics that only fights,” Han said. “Housing prices have become a wall that young people cannot climb over. I will tear down that wall, one brick at a time.\n\n"
        "“And I promise you that City Hall will listen before it acts. That is the kind of mayor I will be.”\n\n"
        "Kang, the candidate of the main opposition Democratic Renewal Party, dismissed the pledges as recycled. In a post on Facebook, he wrote that Han's housing plan was little more than a copy of promises the ruling party had failed to keep over the past two years.\n\n"
        "“The people of Seoul will not be fooled twice,” Kang wrote.\n\n"
        "A spokesperson for the Democratic Renewal Party, Rep. Seo Eun-bi, said in a commentary that the ruling party's primary had been “a coronation dressed up as a competition.”\n\n"
        "Oh, who finished second, said he accepted the result and would help Han's campaign.\n\n"
        "A Realpoll Korea survey released Friday showed Kang at 41 percent and Han at 37 percent, within the margin of error. Han's campaign has adopted the slogan “Seoul, Home Again,” while Kang is running on “A City That Works.”\n\n"
        "The Seoul mayoral race is widely seen as a bellwether for the 2028 general elections. Turnout among voters in their 20s and 30s, which fell to record lows in the last local elections, is expected to be a key variable, analysts said.\n\n"
        "By Kim Soo-yeon (sooyeon@heraldcorp.com)",
        [
            ("Seoul citizens are tired of", "Han Ji-won"),
            ("Housing prices have become a", "Han Ji-won"),
            ("The people of Seoul will", "Kang Tae-ho"),
            ("a coronation dressed up as", "Seo Eun-bi"),
        ],
    ),
    (
        "Taipei, Oct. 4 (CNA) Typhoon Lanfeng made landfall in Taitung County early Friday, leaving two people dead and 87 injured, as schools and offices across most of Taiwan remained closed for a second day, the Central Emergency Operation Center said.\n\n"
        "The storm, packing maximum sustained winds of 184 kilometers per hour, came ashore near Chenggong Township at around 5:20 a.m., according to the Central Weather Administration (CWA). It was forecast to cross the Central Mountain Range and move out to sea off Changhua County by evening.\n\n"
        "CWA forecaster Huang Pei-jun (黃佩君) said mountainous areas in Pingtung and Taitung could see accumulated rainfall exceeding 1,200 millimeters by Saturday. \"The threat of landslides and flash floods will remain even after the winds weaken,\" Huang warned.\n\n"
        "One of the fatalities was a 68-year-old man in Hualien's Shoufeng Township who was struck by a falling tree while securing his farm's greenhouse, according to the county fire department. A motorcyclist in Kaohsiung died after hitting debris on a provincial highway, police said.\n\n"
        "Premier Tsai Ming-hsiang (蔡明祥), who presided over a meeting at the emergency center, urged people not to go to the coast to watch waves or to visit mountain areas until the storm had passed. He said 8,400 people had been evacuated from high-risk areas.\n\n"
        "In Taitung City, where power lines were downed across several neighborhoods, restaurant owner Chang Li-hua (張麗華) said the wind had sounded like \"a freight train that wouldn't stop.\" She said her shop's sign had been torn off and thrown onto a parked car across the street.\n\n"
        "Taiwan Power Co. (Taipower) said about 312,000 households had lost electricity at the peak of the storm, and that repair crews would work \"around the clock\" to restore service. As of 3 p.m., about 96,000 households were still without power.\n\n"
        "The typhoon is the strongest to hit Taitung since Typhoon Nepartak in 2016, which many local residents still refer to as \"the monster.\"\n\n"
        "(By Wang Yi-chen and Sean Lin)\n\nEnditem/AW",
        [
            ("The threat of landslides and", "Huang Pei-jun"),
            ("a freight train that wouldn't", "Chang Li-hua"),
            ("around the clock", "Taiwan Power Co."),
        ],
    ),
    (
        "MATSUYAMA — The Matsuyama District Court on Wednesday rejected a petition by residents seeking a provisional injunction to suspend operation of the No. 2 reactor at the Sadamisaki nuclear power plant in Ehime Prefecture, ruling that the operator's earthquake countermeasures were not unreasonable.\n\n"
        "In the decision, Presiding Judge Yusuke Aizawa wrote that the possibility of a massive earthquake exceeding the plant's assumed standards “cannot be said to be concretely demonstrated” by the residents, and that the Nuclear Regulation Authority's safety screening had been conducted properly.\n\n"
        "Eleven residents of Ehime and neighboring Oita prefectures, all of whom live within 60 kilometers of the plant, had argued that operator Shikoku Energy Co. underestimated the risk posed by the Median Tectonic Line, a major fault zone running just offshore. They also said evacuation plans for the narrow Sadamisaki Peninsula, where about 4,700 people live, were unworkable.\n\n"
        "“This is a ruling that puts the convenience of the power company above the lives of residents,” Masao Kurihara, 74, who heads the plaintiffs' group, told reporters outside the courthouse. The group plans to file an appeal with the Takamatsu High Court.\n\n"
        "Kurihara, a retired schoolteacher from Yawatahama, noted that a previous injunction against the same reactor had been overturned on appeal in 2018. “We will not give up. Fukushima taught us that ‘unexpected’ is not an excuse,” he said.\n\n"
        "Shikoku Energy said in a comment that the decision was “appropriate” and that it would continue to operate the reactor with safety as its top priority.\n\n"
        "Ehime Gov. Hideaki Moriyama told reporters at the prefectural office that he would closely monitor the situation but did not intend to request a suspension of operations.\n\n"
        "The No. 2 reactor restarted in 2021 after clearing the stricter safety standards introduced in the wake of the 2011 disaster at Tokyo Electric Power Company Holdings Inc.'s Fukushima No. 1 nuclear plant. Courts have issued a handful of injunctions against reactors since then, though most were later reversed by higher courts.",
        [
            ("cannot be said to be", "Yusuke Aizawa"),
            ("This is a ruling that", "Masao Kurihara"),
            ("We will not give up.", "Masao Kurihara"),
            ("appropriate", "Shikoku Energy Co."),
        ],
    ),
    (
        "Daehan Electronics reported a 41 percent drop in second-quarter operating profit on Tuesday, as weak demand for conventional memory chips and a costly strike at its Pyeongtaek campus weighed on earnings.\n\n"
        "The company posted operating profit of 3.2 trillion won ($2.3 billion) for the April-June period, down from 5.4 trillion won a year earlier, according to a regulatory filing. Sales fell 8 percent to 61.7 trillion won.\n\n"
        "During a conference call with analysts, Chief Financial Officer Jung Min-seok said the company expected a gradual recovery in the second half as customers restocked high-bandwidth memory (HBM) chips used in artificial intelligence servers.\n\n"
        "“We are confident that our HBM products will pass the qualification process with a major customer within this year,” Jung said, declining to name the client.\n\n"
        "The strike, led by the National Daehan Electronics Union, the company's largest labor union with some 31,000 members, began on June 10 and lasted 19 days before the two sides reached a tentative agreement on wage increases and performance bonuses. It was the first full-scale walkout in the company's 55-year history.\n\n"
        "Union leader Bae Seung-ho said in a statement posted on the union's website that workers had “proven that we are not machines” and that management should now honor the deal in good faith.\n\n"
        "Analysts said the results were weaker than expected. Lee Ga-young, a semiconductor analyst at Hanul Securities, put it bluntly: “The strike cost them at least two weeks of output at the most advanced lines, and that's not something they can easily make up.”\n\n"
        "Shares of Daehan fell 2.8 percent to close at 71,300 won in Seoul. The stock has lost nearly a fifth of its value since March, prompting some retail investors to mock it online as the “national disappointment stock,” a play on its longtime nickname, “the nation's stock.”\n\n"
        "The company is scheduled to hold a shareholders' meeting in September to vote on a plan to buy back 3 trillion won worth of its own shares.",
        [
            ("We are confident that our", "Jung Min-seok"),
            ("proven that we are not", "Bae Seung-ho"),
            ("The strike cost them at", "Lee Ga-young"),
        ],
    ),
]
