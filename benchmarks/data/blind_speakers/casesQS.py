CASES = [
    (
        """NFA sacks Okafor after Nations Cup qualifying flop

By Chinedu Eze

ABUJA — The National Football Association (NFA) on Tuesday sacked head coach Emeka Okafor, two days after the senior men's team was held 1-1 by Gambia in Enugu, a result that ended their hopes of qualifying for next year's Africa Cup of Nations.

The decision was taken at an emergency meeting of the association's executive committee in Abuja which lasted more than six hours.

"The executive committee has reviewed the performance of the senior national team in the qualifying series and has resolved to terminate the contract of the head coach with immediate effect," the NFA said in a statement.

The statement thanked Okafor for his "commitment and service to the nation" and said an interim technical crew would be named "in the coming days".

Okafor, a former captain of the "Green Stallions" who was appointed in March last year on a two-year deal, told reporters at his home in Enugu that he had not been formally notified.

"I heard about it on the radio like everybody else," he said. "Nobody has called me. After everything I have given to this country, I think I deserve at least a phone call."

He blamed injuries and the late arrival of some foreign-based players for the result against Gambia, insisting that his team had "done everything humanly possible" with the squad available to him.

But NFA vice-president Sani Bello said the coach had been given every support.

"We gave him everything he asked for," Bello told journalists after the meeting. "Camping, friendly matches, allowances paid on time. Nobody can say the federation failed him. The results were simply not there."

The chairman of the National Supporters Club, Dele Aluko, welcomed the decision but warned the federation against "recycling the same old coaches".

"What we need now is a coach with a clear plan for the World Cup qualifiers, not another fire brigade appointment," Aluko said.

A senior official in the sports ministry, who asked not to be named because he was not authorised to speak to the press, said the minister had approved the sacking on Monday night.

"The minister was not happy with what he saw in Enugu. The decision had his full backing," the official said.

Okafor's assistant, Yusuf Garba, is expected to take charge of the team for their final group match against Togo in Lomé in November, according to sources close to the association.""",
        [
            ("The executive committee has reviewed", "National Football Association"),
            ("commitment and service to the", "National Football Association"),
            ("in the coming days", "National Football Association"),
            ("I heard about it on", "Emeka Okafor"),
            ("Nobody has called me.", "Emeka Okafor"),
            ("done everything humanly possible", "Emeka Okafor"),
            ("We gave him everything he", "Sani Bello"),
            ("Camping, friendly matches, allowances paid", "Sani Bello"),
            ("recycling the same old coaches", "Dele Aluko"),
            ("What we need now is", "Dele Aluko"),
            ("The minister was not happy", "senior official in the sports ministry"),
        ],
    ),
    (
        """Marathon star Chelagat suspended over banned substance

By Elias Mwangi

ELDORET — Former Rift Valley Marathon champion Naomi Chelagat has been provisionally suspended after testing positive for the blood-booster EPO, the Athletics Integrity Commission (AIC) announced on Thursday.

According to the AIC, a sample collected from the 29-year-old during an out-of-competition test in Iten in June returned an adverse analytical finding.

“The athlete has been notified of the charge and has the right to request the analysis of the B sample,” the commission said in a statement.

Chelagat, who trains at a camp in Kaptagat, denied any wrongdoing through her lawyer, Peter Ochieng Wafula.

“My client has never knowingly taken any prohibited substance, and she will fight to clear her name,” Wafula told reporters in Nairobi.

“We have requested the B sample analysis and we are also looking very closely at the chain of custody. There are questions that need answers.”

Kenya Athletics Federation (KAF) president Joseph Kiptanui said the federation would not shield any athlete, however big their name.

“We have said it again and again: there is no place for cheats in Kenyan athletics,” Kiptanui said. “If an athlete is found guilty, they must face the full force of the law.”

He said the federation had stepped up anti-doping education in training camps across the North Rift, where he said unscrupulous agents and chemists were “preying on young athletes who do not know better”.

Kenya has more than 70 athletes currently serving bans, according to the AIC’s public list.

Asked whether other athletes from the Kaptagat camp were under investigation, a spokesman for the AIC said: “We do not comment on individual cases beyond what is contained in the public notice.”

Chelagat’s coach, Daniel Kibet Rono, said he was “shocked and disappointed” by the news.

“She is a hardworking girl. In the four years I have been with her, I never saw anything suspicious in camp,” Rono said.

Sports Cabinet Secretary Amina Odhiambo said the government would this year spend Sh600 million on anti-doping programmes.

“Kenya cannot afford to lose its place in world athletics because of a few individuals,” Odhiambo said in a post on X.

Chelagat, who won the Rift Valley Marathon in 2021 in 2:21:40, faces a ban of up to four years if the charge is upheld.""",
        [
            ("The athlete has been notified", "Athletics Integrity Commission"),
            ("My client has never knowingly", "Peter Ochieng Wafula"),
            ("We have requested the B", "Peter Ochieng Wafula"),
            ("We have said it again", "Joseph Kiptanui"),
            ("If an athlete is found", "Joseph Kiptanui"),
            ("preying on young athletes who", "Joseph Kiptanui"),
            ("We do not comment on", "spokesman"),
            ("shocked and disappointed", "Daniel Kibet Rono"),
            ("She is a hardworking girl.", "Daniel Kibet Rono"),
            ("Kenya cannot afford to lose", "Amina Odhiambo"),
        ],
    ),
    (
        """Mokoena rues missed chances as Highveld United drop points

Highveld United coach Sipho Mokoena admitted his side were "not clinical enough" after they were held to a goalless draw by ten-man Coastal Rovers at Mahlangu Stadium on Saturday.

The result leaves United two points behind log leaders Cape Dynamos with four matches remaining in the National Soccer League (NSL) season.

"We created enough chances to win two games today, but football is about putting the ball in the net," Mokoena told reporters after the match. "The boys gave everything. I can't fault the effort, but we have to be more ruthless in the final third."

United dominated possession but were repeatedly denied by Rovers goalkeeper Lungile Khumalo, who made seven saves, including a second-half penalty from striker Kagiso Masilela.

Rovers played the last 23 minutes with ten men after defender Thabo Ndlovu was shown a second yellow card for a challenge on United winger Neo Sebego.

Rovers coach Moses Banda was full of praise for his goalkeeper: "Lungile was outstanding. When you come to a place like this with ten men, you need your goalkeeper to stand up, and he did that today."

The Zambian tactician was less impressed with referee Vusi Dlamini, describing the second booking as "a very soft decision in a big game".

"I will not say too much because I don't want to be charged by the league," Banda said with a smile. "But everybody saw it."

Masilela, who is known to supporters as "The Bullet" and has scored 14 league goals this season, took to social media after the final whistle.

"I take full responsibility for the penalty. I will come back stronger. Thank you to the fans for the support," he wrote on Instagram.

Mokoena backed his striker. "Kagiso has won us many games this season. Only the people who take penalties miss penalties," he said.

United also confirmed on their website that midfielder Bongani Zwane had suffered a hamstring injury and would be out for "between three and four weeks", a blow ahead of next weekend's trip to Northern Aces.

The NSL said in a statement on Sunday that the referee's report would be reviewed "as per normal procedure".""",
        [
            ("not clinical enough", "Sipho Mokoena"),
            ("We created enough chances to", "Sipho Mokoena"),
            ("The boys gave everything.", "Sipho Mokoena"),
            ("Lungile was outstanding. When you", "Moses Banda"),
            ("a very soft decision in", "Moses Banda"),
            ("I will not say too", "Moses Banda"),
            ("But everybody saw it.", "Moses Banda"),
            ("I take full responsibility for", "Kagiso Masilela"),
            ("Kagiso has won us many", "Sipho Mokoena"),
            ("between three and four weeks", "Highveld United"),
            ("as per normal procedure", "National Soccer League"),
        ],
    ),
    (
        """Court halts GFC elections as Mensah challenges disqualification

By Kwabena Owusu-Ansah

ACCRA — An Accra High Court on Friday granted an interim injunction restraining the Ghana Football Confederation (GFC) from holding its elective congress, scheduled for next Thursday in Kumasi, pending the determination of a suit filed by disqualified presidential aspirant Kofi Asante Mensah.

"The balance of convenience favours the applicant, as holding the elections before the determination of the substantive matter could render the entire suit nugatory," Justice Abena Darko said in her ruling.

Mensah, a former chairman of Premier League side Tema Harbour FC, was disqualified last month by the GFC's elections committee. The committee's chairman, Yaw Boateng, said at the time that some of Mensah's nomination documents were "incomplete and could not be verified".

Mensah's lawyers argued that the committee had not given him a hearing before disqualifying him, in breach of the GFC's own statutes.

Speaking to journalists outside the courtroom, a visibly relieved Mensah said: "This is a victory for football democracy in this country. All we are asking for is a level playing field."

He added: "I have nothing against anybody. I just want the delegates to be given a choice."

The GFC said in a statement on Friday evening that it had "taken note of the court's decision" and was consulting its lawyers.

"The Confederation remains committed to the rule of law and will take all necessary steps to protect the integrity of the electoral process," the statement said.

The injunction is a setback for incumbent president Ebenezer Kwame Tetteh, who was the only candidate cleared to contest and had been expected to be returned unopposed.

Richard Addo, spokesman for the Tetteh campaign, said: "We respect the court, but we are confident that the elections committee acted within the statutes. Our candidate is ready whenever the congress is held."

Some council members fear the dispute could draw sanctions from world football's governing body, whose rules bar member associations from taking football matters to ordinary courts.

"We have been here before. Anytime the courts get involved, we risk a ban, and at the end of the day it is the players who suffer," a member of the GFC executive council, who spoke on condition of anonymity, said.

Justice Darko adjourned the case to October 28.""",
        [
            ("The balance of convenience favours", "Abena Darko"),
            ("incomplete and could not be", "Yaw Boateng"),
            ("This is a victory for", "Kofi Asante Mensah"),
            ("I have nothing against anybody.", "Kofi Asante Mensah"),
            ("taken note of the court's", "Ghana Football Confederation"),
            ("The Confederation remains committed to", "Ghana Football Confederation"),
            ("We respect the court, but", "Richard Addo"),
            ("We have been here before.", "member of the GFC executive council"),
        ],
    ),
    (
        """Kampala Lions reach Champions Cup final after shoot-out drama

Uganda’s Kampala Lions reached the final of the African Champions Cup for the first time after beating Egypt’s Nile Star 4-2 on penalties in their semi-final second leg in Kampala on Saturday.

The tie ended 2-2 on aggregate after midfielder Joseph Ochan’s 78th-minute strike gave the hosts a 1-0 win on the night, cancelling out Nile Star’s 2-1 advantage from the first leg in Alexandria.

Goalkeeper Ismail Ssebunya was the hero, saving from Ahmed Fathy and Karim Mostafa in the shoot-out before captain Denis Okello converted the winning kick.

“I don’t think I have ever felt anything like this,” Ssebunya told reporters. “When the last penalty went in, I just ran. I didn’t know where I was going.”

Lions coach Marc Dewulf, a Belgian who took over in January, said his team had shown “the heart of champions” on a tense night at Mengo Stadium.

“We were not at our best tonight. Nile Star are a very experienced team and they made it very difficult for us,” the 54-year-old said.

“But this club has waited more than 40 years for a night like this, and the players deserved it for the way they fought.”

Nile Star coach Hossam El-Sayed, whose side won the competition in 2019, was left to rue a string of missed chances.

“Penalties are a lottery. We controlled the game for long periods but we were not able to score the second goal,” El-Sayed said through an interpreter.

The second half was held up for about 20 minutes after missiles were thrown from one section of the stands towards the Nile Star bench.

Police spokesperson Sarah Nakato said three people had been arrested. “The situation was brought under control quickly and nobody was seriously hurt,” she said.

The African Football Union (AFU) said it would “study the match commissioner’s report before deciding on any further action”.

Outside the stadium, thousands of fans celebrated late into the night.

“I have supported this club since I was a small boy. Today I can die a happy man,” said one supporter, who had travelled from Jinja for the match.

The Lions will face Morocco’s Atlas Athletic in the two-legged final next month, with the first leg in Kampala.""",
        [
            ("I don’t think I have", "Ismail Ssebunya"),
            ("When the last penalty went", "Ismail Ssebunya"),
            ("the heart of champions", "Marc Dewulf"),
            ("We were not at our", "Marc Dewulf"),
            ("But this club has waited", "Marc Dewulf"),
            ("Penalties are a lottery.", "Hossam El-Sayed"),
            ("The situation was brought under", "Sarah Nakato"),
            ("study the match commissioner’s report", "African Football Union"),
            ("I have supported this club", "supporter"),
        ],
    ),
    (
        """Lady Leopards threaten boycott over unpaid bonuses: 'We are tired of promises'

By Mwila Chanda

LUSAKA - Players of the Zambia women's national team, the Lady Leopards, have threatened to boycott next week's Olympic qualifier against Malawi unless the Zambia National Football Council (ZNFC) pays allowances and bonuses owed from last year's regional championship.

In a letter to the council's general secretary, seen by this newspaper, team captain Grace Mulenga wrote that the players had been 'patient for too long'.

'We have played our hearts out for this country and we have been told again and again that the money is coming,' Mulenga wrote. 'We are tired of promises. Some of us cannot pay rent or school fees for our children.'

Each of the 23 players is owed about K15,000 in match bonuses and camp allowances, according to the letter.

ZNFC communications manager Bwalya Mumba confirmed that the council had received the letter and said it was 'aware of the concerns' raised by the players.

'The money is with the government. We submitted all the paperwork in March, and we are following up every day,' Mumba said. 'We appeal to the players to remain focused on the game. The whole nation is behind them.'

But a source at the Ministry of Youth and Sport, who was not authorised to speak on the matter, said the funds had been released to the council 'at least two months ago'.

'We have the payment records. The council needs to explain what happened to that money,' the source said.

Head coach Lydia Phiri declined to comment on the boycott threat, saying only that her squad was 'still training hard and doing everything asked of them'.

The dispute has drawn criticism from Esther Zulu, president of the Zambia Footballers' Union and a former Lady Leopards captain.

'This is the same story every year. Women's football is always the last to be paid and the first to be forgotten,' Zulu said.

'These girls are not asking for favours. They are asking for what was promised to them in writing.'

The union said in a statement that it would 'stand with the players in whatever decision they take'.

Zambia host Malawi in the first leg on Wednesday in Ndola, with the return leg in Blantyre four days later.""",
        [
            ("We are tired of promises", "Grace Mulenga"),
            ("patient for too long", "Grace Mulenga"),
            ("We have played our hearts", "Grace Mulenga"),
            ("We are tired of promises.", "Grace Mulenga"),
            ("aware of the concerns", "Bwalya Mumba"),
            ("The money is with the", "Bwalya Mumba"),
            ("We appeal to the players", "Bwalya Mumba"),
            ("at least two months ago", "source at the Ministry of Youth and Sport"),
            ("We have the payment records.", "source at the Ministry of Youth and Sport"),
            ("still training hard and doing", "Lydia Phiri"),
            ("This is the same story", "Esther Zulu"),
            ("These girls are not asking", "Esther Zulu"),
            ("stand with the players in", "Zambia Footballers' Union"),
        ],
    ),
    (
        """Gebremedhin smashes course record at Lake Tana Half Marathon

BAHIR DAR, Ethiopia, Oct 13 - Ethiopia's Tsehay Gebremedhin smashed the course record at the Lake Tana Half Marathon on Sunday, clocking one hour, five minutes and 14 seconds to beat Kenyan rival Mercy Jerotich by 38 seconds.

The 24-year-old, fourth in the 10,000 metres at last year's world championships, broke away from a lead pack of six at the 15-kilometre mark and ran the last six kilometres alone.

"I planned to go at 15 kilometres because I know Mercy is very strong at the finish," Gebremedhin told reporters through a translator. "The weather was good, not too hot, and the pacemakers did a good job for us."

Jerotich, the defending champion, said she had been troubled by a calf problem in the build-up.

"I am not disappointed. Second place in such a strong field is still good for me," she said. "Now I will rest and prepare for the cross-country season."

In the men's race, 21-year-old Abebe Tadesse won on his debut over the distance in 59 minutes 47 seconds, edging Uganda's Moses Chemonges by three seconds in a sprint finish.

"It is my first half marathon and I did not expect to win. I just followed the leaders and waited," said Tadesse, who runs for the Hawassa City club.

The race took place against the backdrop of a row between the Ethiopian Athletics Association (EAA) and several elite athletes over selection for next year's world championships.

According to the association, athletes who skip the national trials in April "will not be considered for selection under any circumstances". Several managers have argued that the trials clash with lucrative spring marathons.

Gebremedhin declined to be drawn on the dispute. "I am an athlete. I just want to run. The rest is for my management and the federation," she said.

Her manager, Pieter Hoogland of the Dutch-based Orange Running Group, said in an emailed statement that talks with the association were "ongoing and constructive".

"We have shown today that Bahir Dar can host a world-class race. The course is fast and the people came out in big numbers," said Getachew Alemu, director of the Lake Tana Half Marathon.

Alemu said organisers would apply for a higher label from the sport's world governing body next year. About 12,000 runners took part in the various races, organisers said.""",
        [
            ("I planned to go at", "Tsehay Gebremedhin"),
            ("The weather was good, not", "Tsehay Gebremedhin"),
            ("I am not disappointed. Second", "Mercy Jerotich"),
            ("Now I will rest and", "Mercy Jerotich"),
            ("It is my first half", "Abebe Tadesse"),
            ("will not be considered for", "Ethiopian Athletics Association"),
            ("I am an athlete.", "Tsehay Gebremedhin"),
            ("ongoing and constructive", "Pieter Hoogland"),
            ("We have shown today that", "Getachew Alemu"),
        ],
    ),
    (
        """TFLA bans Mwanza City officials for five years over match-fixing

By Halima Said

Dar es Salaam. The Tanzania Football League Authority (TFLA) has banned two Mwanza City FC officials from all football activities for five years after finding them guilty of attempting to fix a league match against Kigoma Rangers last season.

The authority’s disciplinary committee also fined team manager Athumani Kombo and assistant secretary Rajab Mfinanga TSh10 million each, and docked the club six points.

Committee chairman Hamisi Mrisho told a press conference in Dar es Salaam yesterday that mobile phone records and messages presented during the hearing showed the two officials offered TSh5 million to two Rangers players ahead of the match in Kigoma in April.

“The committee was satisfied beyond reasonable doubt that the two officials offered money to players of the opposing team with the aim of influencing the result,” Mrisho said.

“This is a very serious offence, and the punishment reflects that. Football must be decided on the pitch.”

The deduction will be applied to the current season, leaving Mwanza City at the bottom of the table after three matches.

In a statement posted on its social media pages, Mwanza City described the ruling as “unjust and not supported by the evidence” and said it had full confidence in its officials.

“We will exhaust every avenue available to us, including the Court of Arbitration for Sport if necessary,” the club said.

Kombo, reached by phone in Mwanza, denied the allegations. “I have never met those players in my life. This is a setup by people who do not want Mwanza City to succeed,” he said.

The two Rangers players reported the approach to their club the same evening, according to the committee’s findings.

Kigoma Rangers chairman Selemani Juma said the club was proud of them. “Our boys did the right thing. They came to us that same night and we informed the authorities immediately,” Juma said.

“We hope this sends a message to everyone in Tanzanian football that these things will not be tolerated anymore.”

A TFLA official, who asked not to be named as he was not authorised to speak to the media, said at least three other cases were under investigation.

“This is just the beginning. There are more files on the table,” the official said.

Mwanza City have 21 days to lodge an appeal.""",
        [
            ("The committee was satisfied beyond", "Hamisi Mrisho"),
            ("This is a very serious", "Hamisi Mrisho"),
            ("unjust and not supported by", "Mwanza City FC"),
            ("We will exhaust every avenue", "Mwanza City FC"),
            ("I have never met those", "Athumani Kombo"),
            ("Our boys did the right", "Selemani Juma"),
            ("We hope this sends a", "Selemani Juma"),
            ("This is just the beginning.", "TFLA official"),
        ],
    ),
]
