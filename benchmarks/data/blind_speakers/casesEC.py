CASES = [
    (
        """Philippine bishops call for moratorium on nickel mining in Dinagat Sur

By Ma. Cristina Ocampo

MANILA, March 14 (Reuters) - Roman Catholic bishops in the southern Philippines on Thursday called for a moratorium on nickel mining on the island of Dinagat Sur, saying a rapid expansion of open-pit operations was destroying farmland and fishing grounds that thousands of families rely on.

In a pastoral letter read at Masses across the region, the Mindanao Bishops' Assembly, which groups 14 dioceses, said the government had "failed to listen to the cry of the poor and the cry of the earth" and urged the environment department to suspend new permits pending an independent review.

"We are not against development, but we cannot bless a development that leaves our people with poisoned rivers and empty nets," Bishop Arnulfo Dimaculangan of San Lorenzo, who chairs the assembly's social action commission, told reporters after a Mass in the provincial capital.

The Philippines, Asia's largest Catholic-majority nation, is the world's second-biggest producer of mined nickel, most of it shipped to China for use in stainless steel and electric vehicle batteries.

Tessaro Mining Corp, which operates two of the island's four mines, said it complied with all environmental regulations and had planted more than 200,000 trees on rehabilitated sites.

"We respect the views of the Church and remain open to dialogue with all stakeholders," the company said in a statement, adding that its operations employed about 1,800 local residents.

A spokesperson for the environment department said the agency would "study the concerns raised" but had no immediate plans to suspend permits.

Fishing communities say silt washed from the mines turns coastal waters red during the rainy season. Lourdes Panganiban, who heads a federation of fishing cooperatives in the town of Bagakay, said catches had fallen by more than half in five years.

"Before, my husband came home with 20 kilos. Now he comes home with three, sometimes nothing," she said.

The Church remains a powerful voice in Philippine public life, though its influence has waned on issues such as divorce and reproductive health, where lawmakers have increasingly defied the bishops. Analysts said environmental campaigns tended to resonate more widely.

"On mining, the bishops are speaking for communities that feel nobody else is speaking for them," said Ramon Villaruel, a political scientist at Mindanao Sur State University. "That gives them a credibility they have lost on other issues."

The pastoral letter also asked parishes to observe a "Season of Creation" from September with prayer vigils and tree-planting drives.

(Reporting by Ma. Cristina Ocampo; Editing by Simon Aldridge)""",
        [
            ("failed to listen to the cry", "Mindanao Bishops' Assembly"),
            ("We are not against development,", "Arnulfo Dimaculangan"),
            ("We respect the views of", "Tessaro Mining Corp"),
            ("study the concerns raised", "spokesperson"),
            ("Before, my husband came home", "Lourdes Panganiban"),
            ("On mining, the bishops are", "Ramon Villaruel"),
            ("That gives them a credibility", "Ramon Villaruel"),
        ],
    ),
    (
        """Ohio congregation votes to leave denomination after years of debate over sexuality

By Tom Kessler, Associated Press

LIMA, Ohio (AP) — After more than a century as part of the United Covenant Church, members of Trinity Hill Church in Lima voted Sunday to leave the denomination, joining a wave of mostly rural congregations that have split over the church's decision to allow LGBTQ clergy.

The vote, 212-41, came after months of meetings that the Rev. Dale Hostetler, the congregation's senior pastor, described as "painful but honest."

"Nobody in this room wanted to be here," Hostetler said after the vote. "These are people who were baptized at that font, married at that altar. But we felt we could no longer stay in good conscience."

The congregation will pay about $340,000 to keep its building and property under an exit process the denomination set up two years ago. Regional church officials said more than 90 congregations in Ohio and Indiana have now used it.

Bishop Carolyn Ames-Whitfield, who oversees the denomination's Great Lakes Conference, said she was saddened but respected the decision.

"Our doors remain open. Our table remains open," she said in a written statement. "We will continue to pray for the people of Trinity Hill and for all who have chosen a different path."

Not everyone in Lima is leaving. A group of about 40 members who voted to stay plan to begin meeting in a rented room at the public library next month, said Jenna Morales, 34, a schoolteacher who grew up in the church.

"I was heartbroken, honestly," Morales said. "My grandmother taught Sunday school here for thirty years. But I believe the church should be a place where everyone is welcome, including my brother."

Researchers say the split mirrors broader shifts in American Protestantism, with denominational loyalty weakening and congregations increasingly sorting themselves by politics and theology.

"What we're seeing is less a schism than a slow unbundling," said Mark Lindqvist, who studies congregational life at Heartland Theological Seminary in Indianapolis. He said many departing churches end up independent rather than joining a new body, which can leave them "financially exposed" when an aging building needs repair.

Trinity Hill has not decided whether to affiliate with another group. Hostetler said the congregation would take a year to "pray, rest and discern" before making a choice.

Asked whether he had any regrets, he paused.

"I regret that it came to this," he said. "I don't regret that we were honest with each other."

The congregation's final service as part of the denomination is scheduled for June 1.""",
        [
            ("painful but honest", "Dale Hostetler"),
            ("Nobody in this room wanted", "Dale Hostetler"),
            ("These are people who were", "Dale Hostetler"),
            ("Our doors remain open.", "Carolyn Ames-Whitfield"),
            ("We will continue to pray", "Carolyn Ames-Whitfield"),
            ("I was heartbroken, honestly,", "Jenna Morales"),
            ("My grandmother taught Sunday school", "Jenna Morales"),
            ("What we're seeing is less", "Mark Lindqvist"),
            ("financially exposed", "Mark Lindqvist"),
            ("pray, rest and discern", "Dale Hostetler"),
            ("I regret that it came", "Dale Hostetler"),
            ("I don't regret that we", "Dale Hostetler"),
        ],
    ),
    (
        """Rural diocese plans to close one in five churches as congregations dwindle

By Harriet Lomax, Religious Affairs Correspondent

One of the Church of England’s largest rural dioceses is preparing to close or merge up to a fifth of its parish churches over the next decade, in what campaigners have called the biggest retreat from the English countryside since the Reformation.

Draft proposals seen by this newspaper show that the Diocese of Harnford, which covers a swathe of the West Country, expects to ‘release for other use’ as many as 68 of its 341 churches, with clergy redeployed to larger ‘hub’ parishes in market towns.

The document, titled ‘Faithful Presence 2035’, says that average Sunday attendance in the diocese has fallen by 31 per cent since 2013 and that many village churches now have congregations ‘in single figures’. It warns that the diocese faces a £4.2 million annual deficit by the end of the decade if nothing changes.

The Rt Rev Jonathan Pellow, the Bishop of Harnford, said no decisions had been taken. ‘We are not in the business of closing churches for the sake of it,’ he said. ‘But we have to be honest about what we can sustain. Some of these buildings are medieval treasures, and they deserve better than a leaking roof and a congregation of three.’

He added that every parochial church council would be consulted before the diocesan synod votes on the plans in October.

Campaigners reacted with dismay. ‘This is managed decline dressed up as mission,’ said Marian Coyle, who founded the ‘Save Our Spires’ campaign after her own church in the village of Lower Addicott was earmarked for closure. ‘Once a church shuts, it never reopens. The village loses its heart.’

A churchwarden in one of the affected parishes, who asked not to be named, said: ‘We raised £90,000 for the roof five years ago. Nobody from the diocese told us then that we were living on borrowed time.’

A Church of England spokesman said that decisions about buildings were ‘a matter for each diocese, working closely with local communities’, and that no church would close without a full public consultation.

Sir Anthony Radbourne, the Conservative MP for North Harnford, said he had written to the bishop to express his concern. ‘The parish church is often the last public building left in a village, after the pub, the post office and the school have gone,’ he said. ‘I would urge the bishop to think again.’

The Church of England has closed about 20 churches a year on average over the past decade, according to figures from the Church Commissioners, although many more have been handed to conservation trusts.""",
        [
            ("release for other use", "Diocese of Harnford"),
            ("in single figures", "Diocese of Harnford"),
            ("We are not in the business", "Jonathan Pellow"),
            ("But we have to be", "Jonathan Pellow"),
            ("This is managed decline dressed", "Marian Coyle"),
            ("Once a church shuts, it", "Marian Coyle"),
            ("We raised £90,000 for the", "churchwarden in one of the affected parishes"),
            ("a matter for each diocese,", "spokesman"),
            ("The parish church is often", "Anthony Radbourne"),
            ("I would urge the bishop", "Anthony Radbourne"),
        ],
    ),
    (
        """Indonesians face decades-long wait for hajj as demand outstrips quota

Jakarta (AFP) - Siti Rahmawati was 41 when she paid the deposit for her pilgrimage to Mecca. She is now 58, and officials say her turn may come in 2031.

"I pray every night that I will still be strong enough to walk around the Kaaba when my name is called," the retired schoolteacher from a village outside Semarang told AFP. "Many of the friends who registered with me have already passed away."

The world's most populous Muslim-majority country receives a hajj quota of around 220,000 places a year from Saudi Arabia, which allocates slots roughly in proportion to each nation's Muslim population.

But with more than five million Indonesians on the waiting list, some applicants in South Sulawesi province have been told to expect a wait of 47 years, according to data from the religious affairs ministry.

"We negotiate with the Saudi side for additional places every year, but the demand simply outstrips supply," Hendra Wibisono, the ministry's director general for hajj affairs, told reporters in Jakarta on Tuesday.

Wibisono said the government was prioritising applicants over the age of 65 and had set aside a share of the quota for what officials call the "lansia", or elderly, lane.

Each applicant pays a deposit of 25 million rupiah ($1,550) to secure a place in the queue, money that is pooled and invested by the state-run National Pilgrimage Fund Board. The fund now manages more than 160 trillion rupiah.

Consumer groups have questioned how that money is used.

"The savings of millions of ordinary people are sitting in this fund, and they deserve full transparency about how it is invested," said Ahmad Fauzan, coordinator of Indonesian Pilgrims' Watch.

The fund board said in a statement that its investments were "sharia-compliant, prudent and audited annually", and that returns were used to subsidise the cost of the pilgrimage for those who depart.

The long queues have fuelled a grey market in so-called "furoda" visas issued outside the national quota, as well as outright fraud. Police in East Java arrested 11 people last year over a scheme that took money from more than 300 would-be pilgrims.

"Every season we get reports of families who sold their land and ended up stranded at the airport," a police officer in Surabaya said, speaking on condition of anonymity because he was not authorised to talk to the media.

For Siti, patience has become part of the pilgrimage.

"If God wills it, I will go," she said, folding her prayer shawl. "If not, my intention has already been counted."

hdw/pjm/dva""",
        [
            ("I pray every night that", "Siti Rahmawati"),
            ("Many of the friends who", "Siti Rahmawati"),
            ("We negotiate with the Saudi", "Hendra Wibisono"),
            ("The savings of millions of", "Ahmad Fauzan"),
            ("sharia-compliant, prudent and audited annually", "National Pilgrimage Fund Board"),
            ("Every season we get reports", "police officer in Surabaya"),
            ("If God wills it, I", "Siti Rahmawati"),
            ("If not, my intention has", "Siti Rahmawati"),
        ],
    ),
    (
        """Elaborate arrangements in place for Sivakuruchi temple car festival

Special Correspondent

SIVAKURUCHI

Over 3,000 police personnel will be deployed and 120 CCTV cameras installed for the annual car festival of the Arulmigu Neelakanteswarar Temple here on Friday, which is expected to draw around five lakh devotees from across the State.

Chairing a review meeting on Tuesday, District Collector R. Kavitha Sundaram said the administration had drawn lessons from last year's festival, when a crowd surge near the east gopuram left 14 persons injured.

"We have widened the four car streets, removed encroachments and created separate entry and exit points at every gate. No vehicles will be allowed within one km of the temple on the festival day," she said.

Superintendent of Police M. Jegan Prabhu said drones would be used to monitor crowd density in real time. According to him, a control room had been set up in the temple office with "direct lines to the fire service, hospitals and the railway station". Personnel in plainclothes would be stationed in the crowd to check chain-snatching and pickpocketing, he added.

The temple's Executive Officer, S. Balamurugan, said the 72-foot wooden car had been restored at a cost of ₹48 lakh after cracks were found in its axle during an inspection in January. "The wheels and axles have been tested by a team of structural engineers. The car is in excellent condition and is ready for the procession," he said.

Traders along the car streets, who were asked to remove sheds and extensions last month, said they had cooperated with the drive but wanted relief. "We removed our sheds voluntarily. The least the municipality can do is allow us to put up temporary stalls after the festival," T. Selvaraj, president of the Sivakuruchi Car Street Traders' Association, told this correspondent.

A senior official of the Health Department said 40 medical camps and 25 ambulances would be stationed along the route. "We have also stocked ORS packets and set up drinking water kiosks every 200 metres, since the mercury is expected to touch 38 degrees Celsius," the official said.

Railway officials said four special trains would be operated from Tiruchi and Madurai on the festival day.

For K. Lakshmi, 62, who has attended the festival since childhood, the arrangements were reassuring. "In those days, there was no such arrangement. We would simply hold on to each other's hands and pray," she recalled.

The 'therottam' will begin at 6.45 a.m. after special pujas, and the car is expected to return to its station by evening.""",
        [
            ("We have widened the four", "R. Kavitha Sundaram"),
            ("direct lines to the fire", "M. Jegan Prabhu"),
            ("The wheels and axles have", "S. Balamurugan"),
            ("We removed our sheds voluntarily.", "T. Selvaraj"),
            ("We have also stocked ORS", "senior official of the Health Department"),
            ("In those days, there was", "K. Lakshmi"),
        ],
    ),
    (
        """Kaduna: Clerics, pastors form joint peace committee after attacks on church, mosque

By Godwin Okafor, Kaduna

Muslim and Christian leaders in Kurmin Dangi, a farming community in Kaduna State, have set up a joint peace committee to forestall reprisal attacks following the burning of a church and a mosque in the area last week.

The 15-member committee, made up of clerics, pastors, youth leaders and representatives of women groups, was inaugurated on Saturday at the palace of the traditional ruler of the community, Alhaji Musa Danladi.

Speaking at the event, the chairman of the committee, Rev. Fr. Emmanuel Gyang, said the attacks were carried out by “criminals who want to set brother against brother”.

He said, “Nobody in this community will tell you that Christians and Muslims here are enemies. We attend each other’s weddings and naming ceremonies. We buy and sell in the same market.

“The people who burnt St. Peter’s Catholic Church and the Juma’at mosque are not from here, and we will not allow them to divide us.”

The Chief Imam of Kurmin Dangi Central Mosque, Sheikh Abdullahi Yakubu, who is the vice-chairman of the committee, urged youths in the area to shun violence and report suspicious movements to security agencies.

“Islam does not permit anyone to destroy a place of worship, whether it is a church or a mosque. Anyone who does so is acting against the teachings of the Holy Prophet,” the cleric said.

Danladi, who described the attacks as “a test of our unity”, warned that the palace would not shield anyone found culpable. “Whether he is my son or a stranger, the law must take its course,” he stated.

Meanwhile, the Police Public Relations Officer in the state, ASP Yusuf Abubakar-Haruna, confirmed that six suspects had been arrested in connection with the incidents. In a statement on Sunday, he said the command had deployed “additional tactical teams” to the area and that the suspects would be charged to court after investigations.

The secretary of the Southern Kaduna Council of Churches, Pastor John Bitrus, who also spoke with our correspondent, described the attacks as “barbaric and condemnable” and called on the state government to rebuild both places of worship.

A resident, who gave his name simply as Ibrahim, told our correspondent that many families had fled to neighbouring villages since the incidents.

“Since Tuesday, my wife and children have been staying with relatives in the next village. We are hoping that with this committee, things will calm down so that they can come back before the planting season,” he said.""",
        [
            ("criminals who want to set", "Emmanuel Gyang"),
            ("Nobody in this community will", "Emmanuel Gyang"),
            ("The people who burnt St.", "Emmanuel Gyang"),
            ("Islam does not permit anyone", "Abdullahi Yakubu"),
            ("a test of our unity", "Musa Danladi"),
            ("Whether he is my son", "Musa Danladi"),
            ("additional tactical teams", "Yusuf Abubakar-Haruna"),
            ("barbaric and condemnable", "John Bitrus"),
            ("Since Tuesday, my wife and", "Ibrahim"),
        ],
    ),
    (
        """Parents in Westmeath town vote to end Catholic patronage of primary school

Ciara Mulvihill, Education Correspondent

Parents at a primary school in Ballinacross, Co Westmeath, have voted by a large majority to move the school out of Catholic patronage, in what campaigners say is the first such ballot in the midlands in almost three years.

Of the 276 families who took part in the vote at St Colmcille’s National School, 71 per cent backed a change to a multi-denominational ethos, according to figures released by the school’s board of management on Wednesday evening.

The Bishop of Kilbrennan, Dr Fergal Devane, who is patron of the school, said he would “respect the clearly expressed wishes” of parents and would begin talks with the Department of Education on a transfer of patronage.

“Catholic education has served this town well for more than 150 years, and I want to thank the teachers and families who made that possible,” Dr Devane said in a statement. “But Ireland has changed, and our schools must reflect the communities they serve.”

About nine in 10 primary schools in the State remain under Catholic patronage. The Government has committed to reaching 400 multi-denominational primary schools by 2030, but progress has been slow, with proposals frequently stalling at parish level amid local opposition.

Aoife Brannigan, a mother of two pupils at the school and a member of the Ballinacross Parents for Choice group, said the result was “a vindication” of a two-year campaign.

“We were told for years that there was no appetite for this in rural Ireland,” she said. “Tonight proves otherwise. Families here want a school where every child is treated the same, whether or not they make their Communion.”

Not all parents welcomed the outcome. One father, who did not wish to be named, said the process had been “rushed” and that families who wanted their children educated in a Catholic ethos would now face a 14km drive to the nearest alternative school, in Kilbrack.

A spokeswoman for the Department of Education said it welcomed the outcome and would “work closely with all parties to ensure a smooth transition for pupils and staff”. She said the school would continue to operate on its existing site.

School principal Frank Halloran said staff had remained neutral throughout the process.

“Our job is to teach children, and that doesn’t change with the name over the door,” he said. “The children won’t notice much difference on Monday morning, and that’s how it should be.”

Talks with prospective new patron bodies are expected to begin next month.""",
        [
            ("respect the clearly expressed wishes", "Fergal Devane"),
            ("Catholic education has served this", "Fergal Devane"),
            ("But Ireland has changed, and", "Fergal Devane"),
            ("a vindication", "Aoife Brannigan"),
            ("We were told for years", "Aoife Brannigan"),
            ("Tonight proves otherwise.", "Aoife Brannigan"),
            ("rushed", "father"),
            ("work closely with all parties", "spokeswoman"),
            ("Our job is to teach", "Frank Halloran"),
            ("The children won’t notice much", "Frank Halloran"),
        ],
    ),
    (
        """Western Sydney mosque approved after three-year planning fight

By Daniel Ng

A proposed mosque in Sydney's west has been approved by an independent planning panel, ending a three-year dispute that drew more than 1400 public submissions and a protest outside council chambers.

The Western Regional Planning Panel on Tuesday night granted conditional approval for the two-storey building on Kurrajong Road, Carrawood, which will include a prayer hall for up to 450 worshippers, a community library and basement parking for 96 cars.

In its determination, the panel said the proposal was "consistent with the zoning and character of the site" and that concerns about traffic and noise could be "adequately managed through conditions of consent". The conditions include a ban on an amplified call to prayer and a cap on attendance at Friday prayers until a second access road is built.

Carrawood Islamic Society president Bilal Haddad said the decision was a relief for families who have prayed in a converted warehouse in an industrial estate since 2014.

"Our community has been part of Carrawood for three generations," Mr Haddad said. "Our kids go to the local schools, we play for the local footy clubs, we run businesses on the main street.

"All we've ever asked for is a proper place to pray, the same as any church or temple in this area."

Carrawood Residents for Sensible Planning, which organised the bulk of the objections, said it was disappointed and would consider an appeal to the Land and Environment Court.

"This has never been about religion. It's about putting a major venue on a narrow suburban street that already can't cope with school traffic," the group's spokeswoman, Karen Whitlock, said.

The dispute turned bitter at times. In 2023, leaflets headed "Stop the Mega-Mosque" were letterboxed across the suburb by a group with no fixed address, prompting the Australian Interfaith Network to condemn them as "deliberately inflammatory". Ms Whitlock's group said at the time it had no involvement.

Carrawood mayor Steve Kostakis said the council had opposed the application on traffic grounds alone, but "the panel has made its decision and we will respect it".

A council planning officer, who was not authorised to speak publicly, said the traffic conditions were "among the toughest" imposed on a place of worship in the local government area.

Mr Haddad said construction could begin early next year, subject to fundraising. The society has so far raised about $3.2 million of the estimated $5.5 million cost.""",
        [
            ("consistent with the zoning and", "Western Regional Planning Panel"),
            ("adequately managed through conditions of", "Western Regional Planning Panel"),
            ("Our community has been part", "Bilal Haddad"),
            ("Our kids go to the", "Bilal Haddad"),
            ("All we've ever asked for", "Bilal Haddad"),
            ("This has never been about", "Karen Whitlock"),
            ("deliberately inflammatory", "Australian Interfaith Network"),
            ("the panel has made its", "Steve Kostakis"),
            ("among the toughest", "council planning officer"),
        ],
    ),
]
