CASES = [
    (
        """Gov't begins license suspension steps against striking trainee doctors

SEOUL, March 4 (Yonhap) -- The health ministry on Monday began administrative procedures to suspend the licenses of trainee doctors who failed to return to work by a government deadline, escalating a two-week standoff over a plan to sharply increase medical school admissions.

Vice Health Minister Park Jae-hoon told a press briefing that officials had confirmed absences at 50 major training hospitals and that prior notices would be sent to those still refusing to return.

"We can no longer stand by while patients bear the burden of this collective action," Park said. "The government will respond strictly in accordance with the law and principles."

According to the ministry, about 8,900 of the roughly 13,000 interns and residents at 100 training hospitals had submitted resignations and walked off the job as of last Thursday. Only 565 had returned by the deadline.

Park said the suspensions would last at least three months, which could delay the doctors' eligibility to take specialist exams by a year or more.

The Korean Intern Resident Association did not issue an immediate response. Its emergency committee chief, Choi Min-seo, wrote on social media over the weekend that trainees "have not left to threaten anyone" but to protest what she called a policy drawn up without a single meeting with those who would have to carry it out.

The government plans to raise the annual enrollment quota at the country's 40 medical schools by 2,000 from the current 3,058 starting with the 2025 academic year, citing a shortage of doctors in provincial areas and in essential fields such as pediatrics and emergency medicine.

Doctors' groups counter that the increase will overwhelm teaching capacity and do little to address low insurance fees for essential care, which they say drive young doctors toward more lucrative specialties.

The Korea Medical Association, which represents some 140,000 doctors, held a rally in central Seoul on Sunday. Kang Tae-won, head of the association's emergency response committee, told the crowd that the government "has chosen punishment over dialogue."

"If even one trainee doctor is harmed by these measures, senior doctors will not stand idly by," Kang said.

Major hospitals have cut scheduled surgeries by as much as half, and some patients have reported being turned away from emergency rooms.

A 62-year-old cancer patient waiting at a university hospital in Seoul's Jongno district said her chemotherapy session had been postponed twice. "I understand both sides, but in the end we are the ones who suffer," she said.

(END)""",
        [
            ("We can no longer stand", "Park Jae-hoon"),
            ("The government will respond strictly", "Park Jae-hoon"),
            ("have not left to threaten", "Choi Min-seo"),
            ("has chosen punishment over dialogue", "Kang Tae-won"),
            ("If even one trainee doctor", "Kang Tae-won"),
            ("I understand both sides, but", "62-year-old cancer patient"),
        ],
    ),
    (
        """Regional hospitals stretched thin as walkout enters third month

By Lee Ji-hyun

GANGNEUNG, Gangwon Province -- At the emergency room of Yeongdong Regional Medical Center, the whiteboard listing on-duty physicians has grown shorter almost every week since February.

"We used to have four doctors on the night shift. Now we have one, and some nights that one is me," said Hwang Seok-jin, the hospital's head of emergency medicine, who says he has worked three 36-hour shifts in the past week alone.

The 280-bed hospital, the only facility capable of handling major trauma cases along a 100-kilometer stretch of the east coast, lost 11 of its 14 trainee doctors when residents nationwide walked out in protest of the government's plan to add 2,000 medical school seats a year.

Hwang, 54, said he supported training more doctors in principle, but not the way the government had gone about it.

"Nobody here is against more doctors. We are against a number that fell from the sky," he said. "What this region needs is a doctor who will stay.

"You can train 2,000 more students a year, but if they all end up opening skin clinics in Gangnam, nothing changes for the fisherman who has a heart attack in Jumunjin at 3 a.m."

The hospital has since diverted some ambulances to facilities in Wonju and Sokcho, about an hour's drive away. A nurse in the emergency department, who asked not to be named because she was not authorized to speak to the press, said staff were "running on fumes" and that two colleagues had quit in April.

The Ministry of Health and Welfare said in a statement Tuesday that it would expand its "regional doctor" program, under which medical students receive scholarships in exchange for working in underserved provinces for a set period after graduation.

"The government will make every effort to ensure that patients outside the capital region receive timely care," the statement said, adding that military doctors and public health doctors had been dispatched to 20 regional hospitals.

Local officials say the stopgap measures fall short. Yoon Hye-ri, who heads the health policy division of the Gangwon provincial government, said the province had asked Seoul for emergency funding to hire contract physicians but had yet to receive an answer.

Her assessment was blunt: "Money alone won't bring doctors here, but without money, nothing will."

For families like that of Kim Sun-ok, 71, the debate in Seoul feels remote. Her husband waited nearly five hours at Yeongdong last month before being transferred to Wonju for treatment of a stroke.

"They kept saying there was no neurologist," Kim said. "I don't care who is right. I just want someone to be there when it happens." """,
        [
            ("We used to have four", "Hwang Seok-jin"),
            ("Nobody here is against more", "Hwang Seok-jin"),
            ("What this region needs is", "Hwang Seok-jin"),
            ("You can train 2,000 more", "Hwang Seok-jin"),
            ("running on fumes", "nurse in the emergency department"),
            ("The government will make every", "Ministry of Health and Welfare"),
            ("Money alone won't bring doctors", "Yoon Hye-ri"),
            ("They kept saying there was", "Kim Sun-ok"),
            ("I don't care who is", "Kim Sun-ok"),
        ],
    ),
    (
        """Rural hospitals scramble as overtime cap for doctors takes effect

By Mariko Ishida, Staff writer

TAKAYAMA, Gifu Pref. – Japan's first legally binding cap on overtime for doctors took effect Monday, and hospitals in mountain towns like this one say they are already feeling the squeeze.

Under the revised rules, most hospital doctors are limited to 960 hours of overtime a year, with exceptions of up to 1,860 hours for trainees and for those at designated emergency hospitals. Hospitals that breach the limits face penalties under the Labor Standards Act.

The change, part of the government's broader work style reform, has been dubbed the "2024 problem" in the medical world, a nod to similar caps introduced the same day for truck drivers and construction workers.

At Hida Central Hospital, a 320-bed facility that serves about 90,000 people across the northern part of Gifu Prefecture, director Takeshi Onodera said the hospital had relied for decades on doctors dispatched from university hospitals in Nagoya to cover night and weekend shifts.

"The universities have told us plainly that they cannot send as many people as before, because those hours now count against their own doctors' limits," Onodera said. "We understand why. But the patients here didn't get any fewer."

The hospital has stopped accepting non-emergency pediatric patients by ambulance after 10 p.m. and has asked residents to call a prefectural hotline first.

A health ministry official, speaking on condition of anonymity, told The Japan Times that about 30 percent of hospitals nationwide had applied for the exemption allowing longer hours. "The system is designed to be phased in. We expect the picture to look very different by 2035," the official said, referring to the year the exemptions are set to end.

Doctors' groups have broadly welcomed the cap, noting that about 1 in 10 hospital doctors worked more than 1,860 hours of overtime in a ministry survey conducted in 2019.

Yuko Hanazawa, a board member of the Japan Medical Association who oversees workplace issues, said the reform was "long overdue" but warned that without more funding, hospitals would simply cut services.

"Limiting hours is the right thing to do. Limiting hours without giving hospitals the means to hire more staff is just shifting the burden onto patients," she said at a news conference in Tokyo last week.

Some young doctors are skeptical that the rules will be enforced. A 29-year-old surgical resident at a university hospital in Osaka said superiors had encouraged trainees to record extra hours as self-directed study, which does not count as work.

"On paper, everyone is now under the limit," the resident said. "In the operating room, nothing has changed."

In Takayama, Mayor Hiroshi Kanemura said the city would offer housing subsidies of up to ¥300,000 a month to doctors who relocate to the area.

"We are competing with Tokyo and Nagoya for the same small pool of people. We have to give them a reason to come," Kanemura said.""",
        [
            ("The universities have told us", "Takeshi Onodera"),
            ("We understand why. But", "Takeshi Onodera"),
            ("The system is designed to", "health ministry official"),
            ("long overdue", "Yuko Hanazawa"),
            ("Limiting hours is the right", "Yuko Hanazawa"),
            ("On paper, everyone is now", "29-year-old surgical resident"),
            ("In the operating room, nothing", "29-year-old surgical resident"),
            ("We are competing with Tokyo", "Hiroshi Kanemura"),
        ],
    ),
    (
        """Japan ends new issuance of paper health insurance cards amid glitches

TOKYO, Dec. 2 Kyodo - Japan stopped issuing conventional health insurance cards on Monday, pushing people to use their My Number personal identification cards instead, despite lingering public concern over data errors and system glitches.

Existing cards will remain valid for up to a year, and people without a My Number card linked to their insurance information will be sent a substitute "eligibility certificate" that can be presented at hospitals and pharmacies, according to the health ministry.

"We will do our utmost so that no one is left unable to receive medical care," Health Minister Shigeru Otaki told a press conference, adding that the government would continue to respond to "any concerns raised by the public."

The switch, first announced in 2022, has been dogged by problems including cases in which the insurance data of one person was linked to another person's My Number account. The government said last year it had found about 8,400 such cases and corrected them.

As of the end of October, about 80 percent of the population held a My Number card, but only around 15 percent of patients used them at medical institutions, according to government data.

The Japan Association of Private Practitioners, a nationwide group of clinic doctors, said in a survey released last week that about 70 percent of the roughly 9,000 clinics that responded had experienced trouble with the card readers, including failures to confirm patients' insurance status.

"Abolishing the current cards while these problems remain unresolved puts patients at risk," the association said in a statement.

Association Vice President Noriko Sasamoto told Kyodo News that elderly patients in particular struggled to remember their four-digit PINs or to use the facial recognition function on the readers.

"Some of our patients come in with the card in one hand and a note with their PIN in the other," Sasamoto said. "That is hardly what we would call a secure system."

A 78-year-old woman in Tokyo's Setagaya Ward who visited a pharmacy on Monday said she had not yet obtained a My Number card. "My daughter keeps telling me to get one, but I just don't trust it," she said.

Opposition lawmakers have called for the paper cards to be kept in use alongside the new system. Kazuhiro Nakai, a House of Representatives member of the Constitutional Democratic Party of Japan, said the government had "rushed ahead without listening to patients or doctors" and urged it to postpone the change.

The government plans to add functions to the My Number card, including allowing it to be loaded onto smartphones, in the coming year.

==Kyodo""",
        [
            ("We will do our utmost", "Shigeru Otaki"),
            ("any concerns raised by the", "Shigeru Otaki"),
            ("Abolishing the current cards while", "Japan Association of Private Practitioners"),
            ("Some of our patients come", "Noriko Sasamoto"),
            ("That is hardly what we", "Noriko Sasamoto"),
            ("My daughter keeps telling me", "78-year-old woman"),
            ("rushed ahead without listening to", "Kazuhiro Nakai"),
        ],
    ),
    (
        """Hospitals closing wards amid nurse shortage: legislators

By Chen Yu-ting / Staff reporter

Hospitals across the nation have closed more than 1,400 beds due to a shortage of nurses, legislators said yesterday, urging the Ministry of Health and Welfare to use National Health Insurance (NHI) funds to raise nurses' pay.

At a news conference in Taipei, Chinese Nationalist Party (KMT) Legislator Liao Wen-hsiang said data compiled by her office showed that 18 medical centers and regional hospitals had shut at least part of a ward over the past six months because they could not staff them.

"Patients are waiting three, four days in emergency departments for a bed, not because there are no beds, but because there is no one to care for them," Liao said.

Democratic Progressive Party Legislator Hsu Chien-ming, who also attended, said the problem stemmed in part from the NHI's "point value" system, under which hospitals are reimbursed at a floating rate that falls when total claims exceed the annual budget.

Last year, the point value for hospital services fell to about NT$0.88, meaning hospitals received only 88 percent of the nominal fee, he said.

"Hospitals are squeezed, so they squeeze the nurses. It is that simple," Hsu said.

Taiwan Frontline Nurses Union secretary-general Kuo Pei-ling said many young nurses leave the profession within two years. Surveys by the union found that nurses at medical centers are often responsible for 10 to 15 patients per shift, well above the ratios in Japan and South Korea, she said.

"We have enough licensed nurses in this country. What we don't have is enough nurses who are willing to stay at the bedside," Kuo said.

In response, the National Health Insurance Administration (NHIA) said in a statement that it had earmarked NT$4 billion (US$124 million) this year for hospitals that improve nurse-to-patient ratios, and would require that the funds go directly toward nurses' salaries and bonuses.

NHIA Director-General Shih Chung-hua told reporters at a separate event that the agency was "open to discussing" a floor for the point value, but said any change would require raising premiums or increasing government subsidies.

"Every dollar in the NHI comes from someone's paycheck. If we want to spend more, we need to have an honest conversation with the public about who pays," Shih said.

A head nurse at a medical center in New Taipei City, who declined to be named, said her ward had lost six nurses since January and that remaining staff were routinely asked to work double shifts.

"When I started, I was proud to wear the uniform," she said. "Now I tell my niece not to study nursing." """,
        [
            ("Patients are waiting three, four", "Liao Wen-hsiang"),
            ("Hospitals are squeezed, so they", "Hsu Chien-ming"),
            ("We have enough licensed nurses", "Kuo Pei-ling"),
            ("open to discussing", "Shih Chung-hua"),
            ("Every dollar in the NHI", "Shih Chung-hua"),
            ("When I started, I was", "head nurse"),
            ("Now I tell my niece", "head nurse"),
        ],
    ),
    (
        """Education ministry approves new medical school in Hualien despite doctors' objections

Taipei, Nov. 14 (CNA) The Ministry of Education (MOE) on Thursday approved a plan by a private university in Hualien to open a medical school admitting 40 students a year starting in 2026, a move welcomed by local officials in eastern Taiwan but criticized by a leading doctors' group.

Under the plan, Dongshan University's School of Medicine will reserve at least half of its places for students who agree to serve in Hualien and Taitung counties for six years after they qualify, the ministry said in a press release.

Taiwan caps total medical school enrollment at about 1,300 students a year, a limit that has remained largely unchanged since the early 2000s. The new seats will be allocated from an additional quota approved by the Executive Yuan in August, the ministry said.

Speaking to reporters in Taipei, Deputy Education Minister Tsai Ming-yen said the decision followed two years of review by a committee of medical educators and health officials.

"Eastern Taiwan has the lowest ratio of physicians to population in the country. That is not an abstract statistic; it is a matter of whether someone survives a car accident," Tsai said.

Hualien County Commissioner Lin Shu-chen said in a statement that the county had waited "more than 30 years" for a medical school of its own, and pledged NT$200 million (US$6.2 million) to build dormitories for students.

The National Federation of Physicians' Associations, however, said in a statement that it "deeply regrets" the decision, arguing that adding seats without addressing working conditions would not keep doctors in remote areas.

The federation's spokesman, Chiu Kuo-hsiung, told CNA that the real shortage was in departments such as surgery, pediatrics and obstetrics, where workloads are heavy and lawsuits are common.

"If you open 40 more seats and those graduates go into plastic surgery in Taipei, what have you solved?" Chiu asked.

He also questioned whether a new school could recruit enough qualified teaching staff. "You cannot build a teaching hospital overnight," he said.

The Ministry of Health and Welfare (MOHW) said separately it would raise National Health Insurance payments for emergency and critical care services in eastern Taiwan by 20 percent from January, in an effort to make such posts more attractive.

According to MOHW data, Hualien and Taitung had 1.8 physicians per 1,000 people in 2023, compared with 3.1 in Taipei.

A medical student from Taitung now studying in Kaohsiung, who asked to be identified only by her surname, Wang, said many classmates from the east would like to return home but worried about a lack of training opportunities there.

"I want to go back, but I also want to become a good doctor, and right now those two things feel like they pull in different directions," Wang said.

(By Huang Yi-chen and Jeff Liang)
Enditem/AW""",
        [
            ("Eastern Taiwan has the lowest", "Tsai Ming-yen"),
            ("more than 30 years", "Lin Shu-chen"),
            ("deeply regrets", "National Federation of Physicians' Associations"),
            ("If you open 40 more", "Chiu Kuo-hsiung"),
            ("You cannot build a teaching", "Chiu Kuo-hsiung"),
            ("I want to go back,", "Wang"),
        ],
    ),
    (
        """Japan's hospitals sink into red as fee hike fails to keep up with costs

Over half of general hospitals posted losses last fiscal year, industry survey finds

KENJI MORITA, Nikkei staff writer

TOKYO -- More than half of Japan’s general hospitals ran deficits in fiscal 2023, an industry survey showed on Wednesday, as rising wages, energy bills and food costs outpaced increases in the government-set fees that make up most of their income.

The survey by the Japan Hospital Managers Council, which covered about 1,200 member hospitals, found that 54% had posted an operating loss, up from 41% a year earlier. Hospitals with more than 400 beds fared worst, with nearly two-thirds in the red.

“Hospitals cannot raise prices the way other businesses can. We are price takers, and the price is set in Kasumigaseki,” said Masahiro Tsujimoto, the council’s president, referring to the Tokyo district that is home to the central government ministries.

Japan revises its medical service fees, known as shinryo hoshu, every two years. The 2024 revision raised the portion covering personnel costs by 0.88%, which the government said would fund pay increases for nurses and other medical staff.

But Tsujimoto said the increase was “nowhere near enough” at a time when wages across the economy rose by more than 5% in this year’s spring labor talks.

Health ministry officials say the government must weigh hospital finances against the burden on taxpayers and on those who pay insurance premiums, which have risen steadily as the population ages.

“If we raise fees by 1%, that is roughly 500 billion yen in additional medical spending,” a senior official at the Ministry of Health, Labor and Welfare said. “Somebody has to pay for that.”

Pressure is also mounting on private operators. Hoshino Medical Holdings, which runs 14 hospitals in western Japan, said on Tuesday that it would close one of its facilities in Hyogo Prefecture next March and fold its services into a larger hospital nearby.

“We have made every effort to keep the hospital open, but it has become difficult to secure both doctors and a sustainable financial footing,” the company said in a statement.

Analysts expect closures and mergers to accelerate. Ayumi Kurokawa, senior analyst at the Tokyo-based Meisei Research Institute, said Japan had “too many small hospitals competing for too few staff.”

“Consolidation is painful for local communities, but in many regions it is the only way to keep acute care alive,” she said.

The council plans to submit a request to the health ministry next month calling for an emergency interim revision of fees before the next scheduled review in 2026.""",
        [
            ("Hospitals cannot raise prices the", "Masahiro Tsujimoto"),
            ("nowhere near enough", "Masahiro Tsujimoto"),
            ("If we raise fees by", "senior official at the Ministry of Health, Labor and Welfare"),
            ("Somebody has to pay for", "senior official at the Ministry of Health, Labor and Welfare"),
            ("We have made every effort", "Hoshino Medical Holdings"),
            ("too many small hospitals competing", "Ayumi Kurokawa"),
            ("Consolidation is painful for local", "Ayumi Kurokawa"),
        ],
    ),
    (
        """South Korea doctors' strike: 'We were told to wait, so we waited'

By Eleanor Park, Seoul correspondent

When Jeon Mi-kyung's father collapsed at home in Daejeon last August, the ambulance that came for him spent almost two hours driving between hospitals.

Seven emergency rooms turned him away. By the time a hospital in neighbouring Cheongju agreed to take him, he had gone into cardiac arrest.

"We were told to wait, so we waited," Ms Jeon says. "We kept thinking the next hospital would say yes."

Her father, 74, survived but has been left partially paralysed. She believes the delay cost him his ability to walk.

More than a year after thousands of junior doctors walked out of South Korea's hospitals, stories like hers have become so common that local media have coined a phrase for them: "emergency room roulette".

The walkout began when the government announced it would add 2,000 places to medical schools each year, the first major increase in nearly three decades.

Officials argued that the country, one of the world's fastest-ageing societies, would be short of 15,000 doctors by 2035. Doctors said the plan was unworkable and that the real problem was low pay and legal risk in essential specialties.

After months of deadlock, the government announced in March that it would freeze next year's intake at the old level of 3,058 if students returned to class.

"We have made a difficult decision for the sake of medical education," Education Minister Cho Sung-ho said at the time.

But many trainees remain unconvinced. One 28-year-old former resident in internal medicine, who now works at a private clinic in Seoul, told the BBC he had no plans to go back.

"The government called us selfish, criminals even. You don't forget that," he said. "Why would I go back to 80-hour weeks for a system that treats us like that?"

Others say patients have paid the price for a fight between two sides that refused to give ground.

Ahn Ki-joo, who leads the Korea Patients' Rights Alliance, said her group had received more than 3,000 complaints since the walkout began.

"Both the government and the doctors say they are acting for patients," she said. "But no one asked the patients."

In a statement to the BBC, the Ministry of Health and Welfare said emergency care capacity had "largely stabilised" and that it was working with hospitals to cut transfer times.

Ms Jeon is not convinced. She now spends her days helping her father with physiotherapy at home.

"Everyone talks about numbers - 2,000, 3,058," she says. "My father is not a number." """,
        [
            ("We were told to wait,", "Jeon Mi-kyung"),
            ("We were told to wait,", "Jeon Mi-kyung"),
            ("We kept thinking the next", "Jeon Mi-kyung"),
            ("We have made a difficult", "Cho Sung-ho"),
            ("The government called us selfish,", "former resident in internal medicine"),
            ("Why would I go back", "former resident in internal medicine"),
            ("Both the government and the", "Ahn Ki-joo"),
            ("But no one asked the", "Ahn Ki-joo"),
            ("largely stabilised", "Ministry of Health and Welfare"),
            ("Everyone talks about numbers -", "Jeon Mi-kyung"),
            ("My father is not a", "Jeon Mi-kyung"),
        ],
    ),
]
