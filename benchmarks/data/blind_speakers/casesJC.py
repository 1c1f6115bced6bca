CASES = [
    (
        """Ikorodu community, church clash over disputed land

By Adebayo Olanrewaju

Worshippers at a Pentecostal church in the Odo-Iyalode community of Ikorodu, Lagos State, were on Sunday stranded for hours after youths barricaded the only access road to the church premises over a long-running land dispute.

PUNCH Metro gathered that the youths, who arrived at about 8am, placed bamboo poles and old tyres across the road leading to the Living Waters Redemption Assembly, insisting that the church had encroached on family land belonging to the Adegbite ruling house.

The senior pastor of the church, Rev Samuel Nwachukwu, told our correspondent that the church bought the land in 2011 and had a registered survey plan and a Certificate of Occupancy.

"We did not steal anybody's land. We paid for this land, we have the receipts, we have the C of O, and we have been worshipping here peacefully for over 12 years," Nwachukwu said.

"What happened today is an embarrassment. Old women and children were stranded under the sun. We have reported the matter to the police and we are trusting God and the law."

But the Baale of Odo-Iyalode, Chief Rasaki Adegbite, said the family never sold the additional plots on which the church recently began building a perimeter fence.

According to him, "What they bought is two plots. Now they are fencing six plots. Our children went there to tell them to stop and they called thugs on them. We are not against the church; we are against injustice."

A trader on the street, who identified herself only as Mama Tope, said the dispute had been "boiling for months" and that shop owners along the road had lost sales.

"Every time they come, we close our shops. Nobody wants wahala," she said.

Contacted, the Lagos State Police Command spokesperson, SP Kehinde Afolabi, confirmed the incident, adding that officers from the Ikorodu Division had dispersed the youths and restored free movement.

"The parties have been invited to the division. Nobody has been arrested for now, but we will not allow anyone to take the law into his hands over a civil matter," Afolabi said in a text message.

He advised both parties to approach the court or the state Lands Bureau to resolve the matter.

Meanwhile, the chairman of the Christian Association of Nigeria, Ikorodu chapter, Bishop Femi Adeoye-Bakare, called for calm, describing the blockade of a place of worship as "unacceptable in a plural society".

He urged traditional rulers in the area to "call their boys to order" before the situation got out of hand.""",
        [
            ("We did not steal anybody's", "Samuel Nwachukwu"),
            ("What happened today is an", "Samuel Nwachukwu"),
            ("What they bought is two", "Rasaki Adegbite"),
            ("boiling for months", "Mama Tope"),
            ("Every time they come, we", "Mama Tope"),
            ("The parties have been invited", "Kehinde Afolabi"),
            ("unacceptable in a plural society", "Femi Adeoye-Bakare"),
            ("call their boys to order", "Femi Adeoye-Bakare"),
        ],
    ),
    (
        """Religious leaders sign peace pact after Angwan Dodo clash

By Nanret Dakup, Jos

Muslim and Christian leaders in Jos North Local Government Area of Plateau State, yesterday, signed a peace accord aimed at ending weeks of tension in the Angwan Dodo community, where a dispute over the rebuilding of a burnt mosque and a neighbouring church hall left two people injured last month.

The accord, brokered by the Plateau Interfaith Peace Initiative, PIPI, commits both communities to a joint reconstruction committee and bars the use of loudspeakers after 10pm on weekdays.

Speaking at the ceremony held at the council secretariat, the Chief Imam of Angwan Dodo Central Mosque, Sheikh Abdullahi Ya'u Gambo, said Muslims in the community had no quarrel with their Christian neighbours.

His words: "We grew up together. Our fathers traded together. What happened in May was the work of a few hot-headed boys who were misled by rumours on WhatsApp, and we have told our youths that anybody who brings trouble again will face the law alone."

Also speaking, the chairman of the Christian Association of Nigeria, CAN, Jos North, Rev. Dauda Pam Chollom, said the church would "hold every member accountable" and urged security agencies to speed up the prosecution of those arrested.

"Peace is not the absence of conflict; it is the presence of justice. We have signed this document today, but the real test is what happens on the streets tomorrow," he said.

The state Commissioner for Information, Mrs Patience Dalyop-Gyang, who represented the governor, said government would fund part of the rebuilding.

She said: "Government will not fold its arms while places of worship are destroyed. The governor has directed that both structures be rebuilt, and the Ministry of Works will supervise the process to ensure fairness."

The commissioner said additional Operation Rainbow personnel had also been deployed to the area.

Meanwhile, a statement by the Plateau State Police Command said 11 suspects arrested in connection with the clash had been arraigned before a Chief Magistrate Court in Jos.

"The command wishes to assure residents of Angwan Dodo and environs that adequate security has been deployed and that the suspects will be made to face the full weight of the law," the statement read.

However, a youth leader in the area, Mr Yakubu Bitrus Dung, said young people were not adequately consulted before the accord was drafted.

"They are sitting with elders and politicians. But those who fight are the youths, and nobody asked us what we want. We want jobs, not only handshakes," Dung told Vanguard.

An official of PIPI, who asked not to be named because he was not authorised to speak to the press, said the group would convene a separate youth dialogue next month. "We heard the complaints. The youths are the next stage," the official said.""",
        [
            ("We grew up together. Our", "Abdullahi Ya'u Gambo"),
            ("hold every member accountable", "Dauda Pam Chollom"),
            ("Peace is not the absence", "Dauda Pam Chollom"),
            ("Government will not fold its", "Patience Dalyop-Gyang"),
            ("The command wishes to assure", "Plateau State Police Command"),
            ("They are sitting with elders", "Yakubu Bitrus Dung"),
            ("We heard the complaints.", "official of PIPI"),
        ],
    ),
    (
        """Residents petition assembly over noise from churches, mosque

Story: Della Ashitey-Mensah

Residents of Nkwanta Estates, a suburb of Adenta in Accra, have petitioned the Adentan Municipal Assembly to enforce its noise bye-laws against three churches and a mosque in the area, which they accuse of making life unbearable with loudspeakers at night.

The petition, signed by 214 members of the Nkwanta Estates Residents Association and submitted to the Municipal Chief Executive last Thursday, said all-night prayer sessions and early morning calls to prayer were disrupting sleep, studies and the health of elderly residents.

“We are not against worship. Many of us are Christians and Muslims ourselves. But nobody has the right to worship at 120 decibels at 2 a.m. when children are preparing for the BECE,” the petition stated.

The Secretary of the association, Mr Kofi Amponsah-Bediako, told the Daily Graphic that the residents had tried dialogue for over a year without success.

“We wrote to the pastors. We went to see the imam. Each time they promise to reduce the volume, and after two weeks everything goes back to the same,” he said.

He added that one resident, a 78-year-old retired teacher, had been advised by her doctor to relocate temporarily, and described nights in the estate as “a kind of slow torture”.

When contacted, the General Overseer of Fountain of Grace Prophetic Ministry, one of the churches named in the petition, Prophet Elikem Kofi Dzokoto, said the church had already reduced its speakers and moved its Friday all-night service indoors.

“We have respect for our neighbours. Since the letter came, we have stopped using the outside speakers completely. I think some of the complaints are from the past,” he said.

The Imam of the Nkwanta Central Mosque, Sheikh Abdul-Rahman Issahaku, said the call to prayer was an essential part of the faith, but the mosque was willing to discuss the volume.

“The adhan is short. It is not a sermon. But we are one community, and if the assembly brings us together, we will sit down and agree on what is reasonable,” he explained.

The Public Relations Officer of the Adentan Municipal Assembly, Ms Gifty Naa Ayeley Quaye, confirmed receipt of the petition and said the assembly’s environmental health unit would conduct noise measurements at the premises.

“The bye-laws are clear, and they apply to everybody, whether you are a nightclub, a church or a mosque. We will invite all the parties and, where necessary, we will enforce,” she said.

Guidelines of the Environmental Protection Agency (EPA) set permissible noise levels for residential areas at 55 decibels during the day and 48 decibels at night.

Ms Quaye said the assembly was also working with religious bodies on a public education campaign dubbed “Worship Without Noise”, which will be launched before the end of the year.""",
        [
            ("We are not against worship.", "Nkwanta Estates Residents Association"),
            ("We wrote to the pastors.", "Kofi Amponsah-Bediako"),
            ("a kind of slow torture", "Kofi Amponsah-Bediako"),
            ("We have respect for our", "Elikem Kofi Dzokoto"),
            ("The adhan is short.", "Abdul-Rahman Issahaku"),
            ("The bye-laws are clear, and", "Gifty Naa Ayeley Quaye"),
        ],
    ),
    (
        """GES steps in as parents protest hijab ban at Methodist SHS

The Ghana Education Service (GES) has directed the management of Essuehyia Methodist Senior High School in the Central Region to allow Muslim students to wear the hijab, following a protest by parents at the school on Monday.

Parents of about 40 Muslim students gathered at the school gate after the headmistress reportedly ordered female students to remove their headscarves during morning assembly last week.

One of the parents, Alhaji Mumuni Seidu Abass, said his daughter came home "crying and confused" after the incident.

"My daughter is a Ghanaian. The school is a public school funded with taxpayers' money. Nobody should tell her to choose between her faith and her education," he told journalists.

The Central Regional Director of Education, Mrs Comfort Efua Aidoo-Mensah, in a letter dated October 14, directed the school to "suspend any directive" that prevents students from practising their faith in a manner that does not disrupt academic work.

"Management is reminded that the Service's guidelines on religious tolerance apply to all public schools, including mission schools," the letter added.

The Cape Coast Diocese of the Methodist Church Ghana, however, said in a statement that mission schools had the right to maintain their ethos.

"The Church has never discriminated against any student on the basis of religion. Students of all faiths are welcome. What we ask is that all students respect the rules and traditions of the school, which parents accepted at the time of admission," the statement said.

It added that the church was "in dialogue" with the GES and would "not be drawn into a media war".

Speaking to Citi News, the spokesperson for the Office of the National Chief Imam, Sheikh Abdulai Mahama Tanko, said the matter should not have arisen.

"We have had this conversation many times in this country. The Constitution is clear on freedom of worship, and we expect the GES directive to be obeyed fully, not partially," he said.

He urged Muslim parents to remain calm and "allow the authorities to work", adding that the Office would engage the church leadership privately.

The headmistress of the school, Mrs Grace Ekua Baidoo, declined to comment when contacted, saying she was not permitted to speak to the media.

A teacher at the school who spoke on condition of anonymity said the directive had come from the board of governors.

"The headmistress is only implementing what the board told her. Now everyone is blaming her," the teacher said.

The hijab debate has resurfaced periodically in mission schools across the country, with some church leaders insisting that government assistance does not erase the founding character of their institutions.""",
        [
            ("crying and confused", "Mumuni Seidu Abass"),
            ("My daughter is a Ghanaian.", "Mumuni Seidu Abass"),
            ("suspend any directive", "Comfort Efua Aidoo-Mensah"),
            ("Management is reminded that the", "Comfort Efua Aidoo-Mensah"),
            ("The Church has never discriminated", "Cape Coast Diocese of the Methodist Church Ghana"),
            ("in dialogue", "Cape Coast Diocese of the Methodist Church Ghana"),
            ("not be drawn into a", "Cape Coast Diocese of the Methodist Church Ghana"),
            ("We have had this conversation", "Abdulai Mahama Tanko"),
            ("allow the authorities to work", "Abdulai Mahama Tanko"),
            ("The headmistress is only implementing", "teacher at the school"),
        ],
    ),
    (
        """Clerics reject proposed law to regulate churches

By Mercy Wanjiru Kamau

Church leaders have vowed to resist a proposed law that would require preachers to hold theological qualifications and churches to file annual financial returns, terming it an attack on freedom of worship.

Speaking in Nakuru on Tuesday after a meeting of more than 300 clergy, the chairman of the Federation of Kenya Christian Churches, Archbishop Julius Ndung'u Karanja, said the Religious Organisations Bill gave the State too much power over the pulpit.

"We are not against order. We are against a government that wants to decide who God has called. If this Bill passes in its current form, the State will be sitting in our pulpits," Archbishop Karanja said.

He said the federation would petition Parliament and, if necessary, move to court.

"We have more than 40,000 churches in our fellowship. We will mobilise every one of them," he added.

Bishop Grace Atieno Onyango of Rehoboth Pentecostal Church in Kisumu said the requirement for theological training would lock out many rural pastors who serve communities with little support.

"The pastor in Rachuonyo who has never been to Bible college is the one who buries the dead, counsels the widows and feeds orphans. Are we going to criminalise him?" she posed.

But the government has defended the proposals. In a statement, the Ministry of Interior and National Administration said the Bill was developed after wide consultation following the Shakahola tragedy in Kilifi County.

"The Government respects freedom of worship as guaranteed under Article 32 of the Constitution. However, no freedom is absolute, and the State has a duty to protect citizens from exploitation and harm disguised as religion," the statement said.

Internal Security Principal Secretary Wilson Kiprono Cheruiyot told the Nation the Bill was "not targeting genuine churches".

"It is the rogue ones we are after — those who tell people to starve, those who sell 'miracle water' and those who take title deeds from widows," he said.

The Kenya Muslim Welfare Forum said it supported regulation but wanted the Bill to recognise that mosques were already governed through established structures. Its secretary-general, Sheikh Hassan Omar Mwinyi, said the forum had submitted a memorandum to the ministry.

"Our mosques are run by committees that are accountable to the community. We do not want a law made to fix problems in one faith to punish everybody," Sheikh Mwinyi said.

A pastor who attended the Nakuru meeting but did not want to be named because his church is awaiting registration said many clergy feared the law could be used to settle political scores.

"Today it is about qualifications. Tomorrow it will be about what you preach during elections," he said.

The Bill is expected to be tabled in the National Assembly after public participation forums in all 47 counties.""",
        [
            ("We are not against order.", "Julius Ndung'u Karanja"),
            ("We have more than 40,000", "Julius Ndung'u Karanja"),
            ("The pastor in Rachuonyo who", "Grace Atieno Onyango"),
            ("The Government respects freedom of", "Ministry of Interior and National Administration"),
            ("not targeting genuine churches", "Wilson Kiprono Cheruiyot"),
            ("It is the rogue ones", "Wilson Kiprono Cheruiyot"),
            ("Our mosques are run by", "Hassan Omar Mwinyi"),
            ("Today it is about qualifications.", "pastor who attended the Nakuru meeting"),
        ],
    ),
    (
        """Court stops mosque elections as rival factions trade accusations

By Fatma Said Bakari

MOMBASA — The High Court in Mombasa has suspended elections for the management committee of a century-old mosque in Old Town following a bitter leadership row that has split worshippers.

Justice Beatrice Wambui Njoroge issued the orders on Monday after three members of Masjid Al-Falah in Kibokoni filed an application claiming that the election notice issued last month did not comply with the mosque's constitution.

In her ruling, the judge said the applicants had demonstrated "a prima facie case" and that the elections, if held, would render their suit meaningless.

"Pending the hearing and determination of this application, the respondents are restrained from conducting, or purporting to conduct, any elections of the management committee," Justice Njoroge ruled.

The applicants, led by Abdalla Salim Barghash, accuse the outgoing chairman, Mohamed Faraj Basheikh, of locking out elders and admitting new members without the approval of the general assembly.

Speaking to reporters outside the court, Barghash said: "This mosque was built by our grandfathers for the whole community, not for one family. For three years there has been no audit, no annual meeting, nothing. We only want transparency."

But Basheikh dismissed the claims as "propaganda by people who lost in the last elections".

"Our books are open. The Wakf Commissioners have our accounts. These people want to use the court to get what they could not get from the worshippers," he told The Standard by phone.

In a letter to both factions seen by The Standard, the Wakf Commissioners of Kenya urged them to "exercise restraint" and to consider mediation by Muslim elders while the case is pending.

The dispute has spilled over into Friday prayers. A worshipper, who sought anonymity for fear of victimisation, said tempers had flared after last week's congregational prayers.

"Last Friday people were shouting inside the mosque after prayers. Children were watching. It is shameful for a house of Allah," he said.

Mombasa Central police commander Peter Kimani Mugo said officers would be deployed around the mosque this Friday as a precaution.

"We will not allow a religious dispute to become a security problem. Those with grievances should follow the court process," Mugo said.

The matter will be mentioned on November 12.""",
        [
            ("a prima facie case", "Beatrice Wambui Njoroge"),
            ("Pending the hearing and determination", "Beatrice Wambui Njoroge"),
            ("This mosque was built by", "Abdalla Salim Barghash"),
            ("propaganda by people who lost", "Mohamed Faraj Basheikh"),
            ("Our books are open.", "Mohamed Faraj Basheikh"),
            ("exercise restraint", "Wakf Commissioners of Kenya"),
            ("Last Friday people were shouting", "worshipper"),
            ("We will not allow a", "Peter Kimani Mugo"),
        ],
    ),
    (
        """Villagers vow to fight Church of England plan to close 800-year-old church

Ruth Penhaligon Religion correspondent

Parishioners in a Lincolnshire fenland village have vowed to fight a Church of England plan to close their 800-year-old parish church, accusing diocesan officials of abandoning rural congregations to balance the books.

The diocese of Harnford announced last month that St Botolph’s in Saltby Fen, a grade I-listed building with a regular congregation of about 25, would hold its last regular service at Easter as part of a restructuring intended to save £1.2m a year.

Margaret Ellery, 74, who has been churchwarden for 19 years, said the decision had been taken “behind closed doors” and the village had been given no chance to present alternatives.

“We were told in a letter. Not a meeting, not a visit – a letter,” she said. “My parents were married here, my children were christened here, and my husband is buried in the churchyard. Where am I supposed to go, a church 11 miles away with no bus?”

A petition organised by villagers has gathered more than 3,000 signatures, and a public meeting in the village hall last week drew almost 200 people.

In a statement, the diocese of Harnford said no decision on the building’s long-term future had been made.

“We recognise how painful this news is for the people of Saltby Fen, and we do not underestimate the love and care they have shown their church over many years,” it said. “However, the diocese faces a structural deficit that we cannot ignore, and we must put our limited resources where they will make the greatest difference to mission.”

The bishop of Harnford, the Rt Rev Alan Cartwright-Hale, wrote in a pastoral letter to parishes last month that the church had to be “honest about the numbers”, adding that “closing a building is not closing a community”.

The Rev Helen Marsh, team rector of the eight-parish benefice that includes Saltby Fen, said she understood the anger.

“I have sat in kitchens with people in tears over this,” she said. “I don’t think anyone in the diocese wanted to be here. But I also have eight churches, one of me, and a roof fund that is empty.”

The Church of England has about 16,000 churches, many of them in rural areas with small and ageing congregations. A Church of England spokesperson said closures remained rare and that most buildings were passed to other uses or to conservation bodies.

“Closure is always a last resort, and every case goes through a statutory consultation in which local people can make their views known,” the spokesperson said.

The local MP, Daniel Ferrars, said he had written to the bishop asking for the decision to be paused for a year.

“Rural churches are often the last public building standing in a village,” he said. “Once it goes, it doesn’t come back.”""",
        [
            ("behind closed doors", "Margaret Ellery"),
            ("We were told in a", "Margaret Ellery"),
            ("My parents were married here,", "Margaret Ellery"),
            ("We recognise how painful this", "diocese of Harnford"),
            ("However, the diocese faces a", "diocese of Harnford"),
            ("honest about the numbers", "Alan Cartwright-Hale"),
            ("closing a building is not", "Alan Cartwright-Hale"),
            ("I have sat in kitchens", "Helen Marsh"),
            ("I don’t think anyone in", "Helen Marsh"),
            ("Closure is always a last", "spokesperson"),
            ("Rural churches are often the", "Daniel Ferrars"),
            ("Once it goes, it doesn’t", "Daniel Ferrars"),
        ],
    ),
    (
        """Mosque extension approved despite parking fears

By Jade Whitcombe

PLANS to extend a mosque in Lowmoor have been given the green light by councillors, despite objections from neighbours about parking.

Jamia Masjid Noor-ul-Islam on Cobden Street will add a two-storey extension with a women's prayer hall, classrooms and a community kitchen after Brackenbridge Council's planning committee voted six to three in favour on Tuesday night.

The application attracted 47 letters of objection and 112 letters of support.

Speaking at the meeting, Brian Holroyd, who has lived on Cobden Street for 31 years, said residents were 'not against the mosque' but could not get their cars off their drives during Friday prayers.

'I've had an ambulance unable to get to my neighbour's door because someone had double-parked,' he said. 'We've complained for years and nothing changes. Making the building bigger will just bring more cars.'

Mohammed Asif Rahman, chairman of the mosque's trustees, told the committee the extension was about improving facilities for existing worshippers rather than increasing numbers.

'At the moment our sisters pray in a portakabin in the car park. That is not dignified, and in winter it is not safe,' he said.

'We have agreed a travel plan with the council, we have volunteer marshals every Friday, and the retail park on Mill Lane has agreed to let us use 40 spaces. We want to be good neighbours.'

Lowmoor ward councillor Janet Pickersgill (Lab), who sits on the committee, spoke in support.

She said: 'This is a community asset that will be used by people of all backgrounds. The kitchen alone will serve hundreds of meals a week to people who are struggling.'

But Cllr Stephen Waddington (Con), who voted against, described the parking arrangements as 'wishful thinking' and said the committee should have insisted on more on-site spaces.

Planning officer Rachel Dunn told members that the council's highways team had raised no objection and that the travel plan was 'robust and enforceable'.

Conditions attached to the permission include a limit on the size of events held in the new hall and a requirement for marshals to be on duty at Friday prayers.

A council spokesman said: 'The conditions attached to the permission will be monitored, and residents can report any breaches to the planning enforcement team.'

Work is expected to start in the spring and take around 18 months.""",
        [
            ("not against the mosque", "Brian Holroyd"),
            ("I've had an ambulance unable", "Brian Holroyd"),
            ("We've complained for years and", "Brian Holroyd"),
            ("At the moment our sisters", "Mohammed Asif Rahman"),
            ("We have agreed a travel", "Mohammed Asif Rahman"),
            ("This is a community asset", "Janet Pickersgill"),
            ("wishful thinking", "Stephen Waddington"),
            ("robust and enforceable", "Rachel Dunn"),
            ("The conditions attached to the", "spokesman"),
        ],
    ),
]
