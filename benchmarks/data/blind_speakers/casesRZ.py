CASES = [
    (
        """Girl group Lumena seeks to end contract with Starbloom, citing unpaid settlements

By Park Ji-yeon

All five members of girl group Lumena have asked a Seoul court to suspend their exclusive contract with Starbloom Entertainment, alleging that the agency failed to pay them their share of earnings for more than two years, the group's legal representative said Tuesday.

The injunction request was filed with the Seoul Central District Court on Monday, according to Lee Sang-hoon, a lawyer at law firm Daeyang who represents the members.

"The members have been patient for a very long time, and they tried every reasonable avenue before coming to court," Lee said during a press briefing in Seocho-gu, southern Seoul. "This is not about a sudden falling-out. It is about documents that were promised and never delivered."

Lee said the members had requested itemized settlement records on at least four occasions since last spring but received only "summary sheets with no real numbers on them."

Lumena debuted in 2020 with the single "Paper Moon" and broke into the Billboard 200 last year with its second full-length album. The group has more than 6 million followers on Instagram.

Starbloom rejected the claims in a statement released hours later.

"We have paid every settlement amount in accordance with the contract and will prove this through the legal process," the agency said. "It is deeply regrettable that the members chose to air internal matters in public without first sitting down with us."

The agency added that it suspected "an outside party" had approached the members with the intention of luring them to another company, and said it was considering legal action against that party.

An industry official familiar with the negotiations, who asked not to be named, said the two sides had met twice in March but failed to narrow their differences over the accounting of overseas tour revenue.

"The tour money is the core issue. Everything else is secondary," the official said.

Disputes between K-pop groups and their agencies have become increasingly common as acts gain bargaining power abroad. Kim Hye-rin, a professor of cultural industry studies at Hanseo Arts University, said the standard seven-year contract leaves too much room for disagreement.

"The Fair Trade Commission's model contract sets out the minimum, but it says very little about how costs are deducted before profits are split," Kim told The Korea Herald. "Until that is fixed, we will keep seeing cases like this one."

Fans reacted with a mix of support and worry. The Lumena Fan Union, an association of members of the group's official fan club Lumi, posted a notice on its X account saying it would "stand by the five members no matter what" and urging fans not to harass agency staff.

Starbloom's shares fell 7.4 percent on the Kosdaq on Tuesday.

The court is expected to hold its first hearing next month.""",
        [
            ("The members have been patient", "Lee Sang-hoon"),
            ("This is not about a", "Lee Sang-hoon"),
            ("summary sheets with no real", "Lee Sang-hoon"),
            ("We have paid every settlement", "Starbloom Entertainment"),
            ("It is deeply regrettable that", "Starbloom Entertainment"),
            ("an outside party", "Starbloom Entertainment"),
            ("The tour money is the", "industry official familiar with the negotiations"),
            ("The Fair Trade Commission's model", "Kim Hye-rin"),
            ("Until that is fixed, we", "Kim Hye-rin"),
            ("stand by the five members", "Lumena Fan Union"),
        ],
    ),
    (
        """HBS suspends music show 'Music Live Hanul' over vote-rigging allegations

SEOUL, May 14 (Yonhap) -- Hanul Broadcasting System (HBS) said Wednesday it will suspend its weekly music chart program "Music Live Hanul" for at least a month after allegations surfaced that the show's viewer voting results had been manipulated.

The broadcaster said it had launched an internal audit and would cooperate fully with any investigation by the Korea Communications Standards Commission.

"We sincerely apologize to the artists, fans and viewers who trusted the fairness of our program," HBS said in a press release. "We will take this matter with the utmost seriousness and will hold those responsible strictly accountable."

The controversy began last week when fans of boy group Orbit Nine posted screenshots online that appeared to show a gap between the group's real-time vote count and the final score announced on air. Orbit Nine lost the No. 1 spot to a rival act by fewer than 40 points.

Orbit Nine's agency, Cheongun Entertainment, said it had not filed a formal complaint but was "watching the audit closely."

An HBS official who spoke on condition of anonymity told Yonhap News Agency that the discrepancy may have stemmed from an error by an outside vendor that operates the show's voting app.

"At this stage, we see no sign that any producer deliberately altered the numbers," the official said. "But we cannot rule anything out until the audit is completed."

The official said about a dozen production staff members and two vendor employees had been interviewed so far.

It is the first suspension of a terrestrial music program over voting irregularities since a cable channel's audition series was found to have rigged its results several years ago.

Rep. Yoon Dae-sik of the National Assembly's culture committee said he would summon HBS executives to a hearing later this month.

"Music shows are where young artists build their careers. If the rankings are not trustworthy, the whole system collapses," Yoon told reporters at the Assembly.

Fans and industry insiders have long questioned the weight given to paid votes and digital downloads in weekly rankings, with some calling for broadcasters to publish the raw data behind each score.

Shin Min-ah, who runs a fan account for Orbit Nine with about 120,000 followers, said fans were relieved that the broadcaster was taking action but that an apology alone would not be enough.

"We spent our own money and hours of our time voting," Shin said. "We want to see the full numbers, not just another statement."

HBS said it would announce the results of the audit and a plan to reform the voting system before the program returns.

(END)""",
        [
            ("We sincerely apologize to the", "Hanul Broadcasting System"),
            ("We will take this matter", "Hanul Broadcasting System"),
            ("watching the audit closely", "Cheongun Entertainment"),
            ("At this stage, we see", "HBS official"),
            ("But we cannot rule anything", "HBS official"),
            ("Music shows are where young", "Yoon Dae-sik"),
            ("We spent our own money", "Shin Min-ah"),
            ("We want to see the", "Shin Min-ah"),
        ],
    ),
    (
        """Talent agency Hoshizora Productions names outside president in governance overhaul

by Aya Kitamura, Staff writer

Hoshizora Productions, one of Japan's largest management agencies for male idol groups, on Thursday named a former Osaka High Court judge as its new president, in what the company described as a break with decades of family control.

Tomoko Nishida, 64, will take over from Ryuji Hoshikawa, the nephew of the company's founder, who stepped down in February after a third-party committee criticized the agency's handling of harassment complaints by trainees.

“I accepted this role because I believe the young people who come to this company deserve to be protected, not merely managed,” Nishida said at a news conference at a Tokyo hotel. “My first task will be to listen.”

She said the agency would set up a hotline for current and former trainees operated by an independent law firm, and would publish an annual report on complaints received.

The committee's report, released in January, found that senior managers had ignored at least 11 complaints between 2012 and 2021 and that the agency's culture placed “the image of the group above the welfare of its members.”

Hoshikawa, who did not attend Thursday's event, said in a written comment that he accepted the findings.

“I was slow to understand the seriousness of what was happening, and I regret that deeply,” he wrote.

Broadcasters and advertisers have kept their distance from the agency since the report. Nippon Hikari Television, which airs a weekly variety program featuring Hoshizora's flagship group Seven Crest, said it had “no immediate plans” to restore the show to its regular Sunday evening slot.

A senior executive at a major advertising agency said sponsors would wait to see whether the changes were real.

“Clients are not going to come back because of one press conference,” the executive said. “They want to see a year of clean operation.”

Members of Seven Crest, which marks its 15th anniversary this year, released a joint message on the agency's fan club website.

“We know that many of you have been worried, and we are sorry for that,” the message said. “We will keep standing on stage, and we will keep changing along with the company.”

Nishida declined to say whether the agency would change its name, as some critics have urged.

“That is a question for later. Names matter, but what happens inside the building matters more,” she said.

Industry observers say the appointment could set a precedent for Japan's entertainment sector, where many agencies remain privately held and family run.

Makoto Arai, a professor of media studies at Keiwa University in Tokyo, called the move “a necessary first step, but only a first step.”""",
        [
            ("I accepted this role because", "Tomoko Nishida"),
            ("My first task will be", "Tomoko Nishida"),
            ("the image of the group", "third-party committee"),
            ("I was slow to understand", "Ryuji Hoshikawa"),
            ("no immediate plans", "Nippon Hikari Television"),
            ("Clients are not going to", "senior executive at a major advertising agency"),
            ("They want to see a", "senior executive at a major advertising agency"),
            ("We know that many of", "Seven Crest"),
            ("We will keep standing on", "Seven Crest"),
            ("That is a question for", "Tomoko Nishida"),
            ("a necessary first step, but", "Makoto Arai"),
        ],
    ),
    (
        """Fans park protest trucks outside Moonhaven over Daybreak's stalled comeback

Fans of boy group Daybreak parked three LED trucks outside Moonhaven Entertainment's headquarters in Seongsu-dong, eastern Seoul, on Monday, demanding that the agency explain why the seven-member act has not released new music in nearly 20 months.

The truck protest, a common way for K-pop fans to pressure agencies, was organized by a coalition of fan accounts that raised about 9 million won ($6,500) in two days.

"We are not doing this because we hate the company. We are doing it because we love the members and we are running out of patience," said a 26-year-old office worker surnamed Jung, one of the organizers, who was standing beside the trucks on Monday afternoon.

Jung said fans had sent more than 300 emails to the agency since January and received only an automated reply.

Daybreak's last release was the EP "Blue Hour" in September 2023. Since then, the members have appeared in solo variety shows and dramas, but the agency has not announced any group schedule.

Moonhaven said in a statement to the Korea JoongAng Daily that a new album was "in the final stages of production."

"We understand the frustration of fans and apologize for the lack of communication," the statement read. "The members and staff are working hard to present music that meets the high expectations of everyone who has waited."

The agency did not give a release date.

A former Moonhaven employee who left the company last year said the delay stemmed from disagreements over the direction of the album, not from any conflict among the members.

"There were two full sets of songs recorded and then shelved. The members wanted more input, and management was not ready for that," the former employee said.

Daybreak leader Kang Tae-oh addressed the situation indirectly during a live broadcast on fan platform Dotchat on Monday night.

"I saw the trucks. I'm sorry you had to spend your money on that," Kang said. "Please believe us a little longer. We have not forgotten our promise."

Culture critic Ha Jae-geun said truck protests had become "a kind of formal language" between fans and agencies.

"Ten years ago fans wrote letters. Now they rent trucks, because it is public, it is visible to the press, and the agency cannot pretend not to see it," Ha said.

Ha added that agencies increasingly treat groups as a portfolio of individual brands, which can leave group activities on hold for long stretches.

The trucks are scheduled to remain outside the building until Wednesday.

BY LEE SOO-JIN""",
        [
            ("We are not doing this", "Jung"),
            ("in the final stages of", "Moonhaven Entertainment"),
            ("We understand the frustration of", "Moonhaven Entertainment"),
            ("The members and staff are", "Moonhaven Entertainment"),
            ("There were two full sets", "former Moonhaven employee"),
            ("I saw the trucks. I'm", "Kang Tae-oh"),
            ("Please believe us a little", "Kang Tae-oh"),
            ("a kind of formal language", "Ha Jae-geun"),
            ("Ten years ago fans wrote", "Ha Jae-geun"),
        ],
    ),
    (
        """K-pop girl group Sorae to make debut on Japan's year-end music show

TOKYO (Kyodo) -- South Korean girl group Sorae will appear on Nichiyo Broadcasting's year-end music special for the first time, the broadcaster announced Wednesday, as the 50-year-old program seeks to draw younger viewers amid falling ratings.

The lineup for the New Year's Eve broadcast, "Uta no Hoshi Festival," includes 42 acts, among them 11 first-timers. Three South Korean groups and one Japanese-Korean joint group were selected, the most in the program's history.

"We looked at streaming data, social media and live performance records, and these artists clearly resonate with audiences across generations," said Kenji Morimoto, chief producer of the program, at a news conference in Tokyo.

Morimoto said the program had made "a conscious effort" to reflect the way people now discover music, adding that the show would also be streamed simultaneously on the broadcaster's online platform for the first time.

The four members of Sorae, who debuted in Japan in 2022 and have topped the country's weekly singles chart twice, said in a statement through their agency that they were "so happy we could cry."

"Standing on that stage was a dream we talked about even as trainees," the statement said. "We will give a performance that makes our families and fans in Japan proud."

The program's average household viewership for its second half fell to a record low of 29.4 percent last year, according to Kanto Audience Research.

Media commentator Yuko Sakamoto said the broadcaster faced a difficult balancing act.

"Older viewers still expect enka and the familiar faces, while younger people barely watch television at all," Sakamoto said. "Adding K-pop acts brings in social media buzz, but it also invites criticism from people who feel the show is losing its identity."

Some online users criticized the selection, noting that several veteran Japanese singers had been left out. Asked about the criticism, Morimoto said the selection was "never easy for anyone involved" and that every decision was made "with respect for the history of the program."

Japanese idol group Hanamichi Boys, also selected for the first time, said on its official website that the members were "honored to welcome the new year with everyone."

The broadcast will run from 7:15 p.m. to 11:45 p.m. on Dec. 31.""",
        [
            ("We looked at streaming data,", "Kenji Morimoto"),
            ("a conscious effort", "Kenji Morimoto"),
            ("so happy we could cry.", "Sorae"),
            ("Standing on that stage was", "Sorae"),
            ("We will give a performance", "Sorae"),
            ("Older viewers still expect enka", "Yuko Sakamoto"),
            ("Adding K-pop acts brings in", "Yuko Sakamoto"),
            ("never easy for anyone involved", "Kenji Morimoto"),
            ("with respect for the history", "Kenji Morimoto"),
            ("honored to welcome the new", "Hanamichi Boys"),
        ],
    ),
    (
        """Hong Kong police arrest 4 over fake K-pop concert tickets as fans lose HK$1.2 million

Hong Kong police have arrested four people suspected of selling more than 600 counterfeit tickets for a sold-out concert by South Korean boy group Nova Crown, with fans losing an estimated HK$1.2 million (US$154,000).

The three men and one woman, aged between 19 and 34, were detained in raids in Mong Kok and Tsuen Wan on Tuesday night, police said on Wednesday.

Superintendent Wong Ka-lok of the commercial crime bureau said the syndicate had advertised the tickets on social media and messaging apps at prices below those on resale platforms to attract buyers.

"The tickets looked very convincing. They had QR codes and holograms, and many victims only discovered the problem when they were turned away at the gate," Wong told a press briefing.

He said police had received 212 reports since the first of the group's two concerts at Harbourfront Arena on Saturday.

"We urge the public to buy tickets only from authorised platforms. If a deal looks too good to be true, it usually is," he said.

Nova Crown's agency, Seoul-based Ardent Music Group, said it was "saddened to hear" that fans had been affected and was working with the local promoter to help them.

The promoter, Pacific Stage Live, said in a statement that it would offer affected fans with proof of purchase a priority booking window for the group's next visit to the city.

"We cannot refund tickets that were never sold by us, but we want to do what we can for the fans who were deceived," the statement said.

One fan, a 17-year-old secondary school student who gave only her surname, Chan, said she and two friends had paid HK$4,800 for three seats.

"We saved our pocket money for months. When the staff scanned my ticket and said it was fake, I just started crying," she told the Post outside the police station in Mong Kok, where she had gone to give a statement.

Lawmaker Vivian Lo Suet-man, who has long pushed for tougher rules on ticket resale, said the case showed the limits of the current law.

"Every time there is a major concert, we see the same story. The government needs to regulate the secondary market properly," Lo said.

The city has hosted a growing number of K-pop tours since Harbourfront Arena opened, with tickets for some shows selling out within minutes.""",
        [
            ("The tickets looked very convincing.", "Wong Ka-lok"),
            ("We urge the public to", "Wong Ka-lok"),
            ("saddened to hear", "Ardent Music Group"),
            ("We cannot refund tickets that", "Pacific Stage Live"),
            ("We saved our pocket money", "Chan"),
            ("Every time there is a", "Vivian Lo Suet-man"),
        ],
    ),
    (
        """Solstice vocalist Yoon Ha-jun to enlist in military next month

By Choi Eun-bi

Yoon Ha-jun, the main vocalist of boy group Solstice, will begin his mandatory military service next month, his agency said Friday.

"Yoon Ha-jun will enlist as an active-duty soldier on June 10 and complete basic training at a recruit training center in Nonsan, South Chungcheong Province," Skyline Entertainment said in a notice posted on the group's fan community page.

"We ask for your understanding that the time and location of his enlistment will not be made public, and that there will be no separate event on the day, to prevent crowding," the agency added.

Yoon, 27, is the second member of the six-member group to enlist, following leader Baek Seung-min, who began serving in December.

In a handwritten letter shared on the group's official social media accounts, Yoon thanked fans for their support.

"I have been thinking about this day for a long time, and I feel calmer than I expected," he wrote. "I'll come back healthier and with a lot more stories to tell."

He also asked fans to "take good care of the other members" while he is away.

Under Korean law, all able-bodied men must serve about 18 to 21 months in the military. A revision in 2020 allowed pop artists who have received government medals to postpone service until age 30, but the government has so far rejected calls to grant them exemptions like those given to some athletes and classical musicians.

Skyline said the remaining four members would continue with group activities, including a fan concert in Seoul in August.

An official at Skyline, speaking on condition of anonymity, said the company had planned the schedule so that all members would complete their service by the end of 2027.

"The goal is to keep the gap as short as possible so that the group can reunite as a full team," the official said.

Pop culture critic Kwon Nam-hee said staggered enlistment has become the standard strategy for K-pop groups whose members are in their late 20s.

"Agencies learned that if the whole group disappears for two years, fans drift away. By rotating, they keep the name alive," Kwon said.

But he noted that the strategy also means "the group is never quite complete" for several years, which could weaken its appeal to casual listeners.

Solstice debuted in 2017 and is known for hits such as "Northern Light" and "Ember."

Yoon will be discharged in December next year if he completes his service as scheduled.""",
        [
            ("Yoon Ha-jun will enlist as", "Skyline Entertainment"),
            ("We ask for your understanding", "Skyline Entertainment"),
            ("I have been thinking about", "Yoon Ha-jun"),
            ("I'll come back healthier and", "Yoon Ha-jun"),
            ("take good care of the", "Yoon Ha-jun"),
            ("The goal is to keep", "official at Skyline"),
            ("Agencies learned that if the", "Kwon Nam-hee"),
            ("the group is never quite", "Kwon Nam-hee"),
        ],
    ),
    (
        """K-pop agency Haneul Star shares slide as founder and CEO clash over control

Dispute over new subsidiary label rattles investors ahead of shareholder vote

KIM DO-YOON, Nikkei staff writer

SEOUL -- Shares in Haneul Star Entertainment, the South Korean company behind several of the country's top-selling idol groups, fell more than 12% on Monday after its founder publicly accused the chief executive of trying to strip him of influence over the company's music production.

Founder and chief producer Oh Jae-kwang, who holds about 18% of the company, said at an unusual weekend press conference that management was planning to “hollow out the creative division” by moving key producers to a new subsidiary.

“They want the profits of the music without the people who make it,” Oh said on Saturday. “I built this company with the artists, and I will not watch it become a spreadsheet.”

CEO Han Seo-yeon rejected the accusation in a letter to shareholders released on Sunday night.

“The restructuring is designed to give each label more autonomy and to reduce our dependence on a single individual,” Han wrote. “That is what responsible governance looks like for a company of our size.”

Haneul Star reported revenue of 412 billion won ($300 million) last year, up 23% from the year before, driven by world tours and album sales in Japan and Southeast Asia. Japan accounted for roughly a third of overseas revenue, according to the company's annual report.

Analysts said the dispute could unsettle artists whose contracts come up for renewal over the next two years.

“In this business, the key assets go home every night,” said Lim Chae-won, an entertainment analyst at Seorin Securities. “If artists start to feel they are caught in a fight between two camps, that is a real risk to earnings.”

Lim cut her target price for the stock by 15% to 48,000 won.

A person close to the board, who declined to be named because the matter was confidential, said directors were trying to arrange a meeting between the two sides before an extraordinary general meeting scheduled for next month.

“No one on the board wants this to end up in court, but both of them are very stubborn,” the person said.

The dispute has also drawn attention in Japan, the company's largest overseas market. Tokyo-based Sakura Link, which operates the official Japanese fan club for Haneul Star's boy group Crimson Avenue, said in a notice to members that fan meetings planned for the summer would “proceed as scheduled.”

Haneul Star's stock has fallen about 30% since the start of the year.""",
        [
            ("hollow out the creative division", "Oh Jae-kwang"),
            ("They want the profits of", "Oh Jae-kwang"),
            ("I built this company with", "Oh Jae-kwang"),
            ("The restructuring is designed to", "Han Seo-yeon"),
            ("That is what responsible governance", "Han Seo-yeon"),
            ("In this business, the key", "Lim Chae-won"),
            ("If artists start to feel", "Lim Chae-won"),
            ("No one on the board", "person close to the board"),
            ("proceed as scheduled", "Sakura Link"),
        ],
    ),
]
