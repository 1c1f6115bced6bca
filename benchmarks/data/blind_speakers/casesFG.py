CASES = [
    (
        """Two rhinos killed in Laikipia conservancy as poachers return

By JOSEPH KAMAU

Two black rhinos have been killed by poachers at the Ol Tepesi Conservancy in Laikipia County, the first such incident at the sanctuary in nearly three years.

The carcasses of a female and her sub-adult calf were discovered on Sunday morning by a ranger patrol near the conservancy's northern boundary, with both horns hacked off.

Kenya Wildlife Service (KWS) senior warden for the Mount Kenya region, Mr Peter Lekishon, said investigations had been launched and that a team of detectives had been deployed to the area.

"We have recovered spent cartridges at the scene and we believe the attackers were a well-organised gang with knowledge of the terrain," Mr Lekishon said. "This was not an opportunistic killing."

He said rangers had heard gunshots at about 2am on Sunday but were unable to reach the scene before daylight because heavy rains had made the roads impassable.

Ol Tepesi chief executive Grace Wanjiru Ndegwa described the loss as "a devastating blow" to efforts to grow the country's black rhino population, which stands at just over 1,000 animals.

"We have worked for ten years to build this population from scratch. To lose a breeding female and her calf in one night sets us back years," she told the Nation on phone.

Ms Ndegwa said the conservancy would review its security arrangements, including the use of thermal cameras along the northern fence line, and would work closely with the community rangers drawn from neighbouring villages.

Local leaders blamed the killings on insecurity in neighbouring counties, where illegal firearms are common.

"The guns used to kill these rhinos are the same guns used to steal our cattle," said Laikipia North MP Julius Lesiamon. "The government must act on the disarmament programme it promised last year."

A senior officer at the KWS headquarters in Nairobi, who asked not to be named because he was not authorised to speak to the media, said intelligence pointed to a cross-border syndicate that had been active in the region for several years.

"The horns are likely already on their way to the coast. We are working with the Directorate of Criminal Investigations and the port authorities to intercept them," the officer said.

Kenya has recorded a sharp drop in rhino poaching over the last decade. According to figures released by the Ministry of Tourism and Wildlife in January, three rhinos were poached in the country last year, compared with 59 in 2013.

Conservationists, however, warn that the gains remain fragile as demand for horn in Asian markets persists and syndicates shift their routes through neighbouring countries.""",
        [
            ("We have recovered spent cartridges", "Peter Lekishon"),
            ("This was not an opportunistic", "Peter Lekishon"),
            ("a devastating blow", "Grace Wanjiru Ndegwa"),
            ("We have worked for ten", "Grace Wanjiru Ndegwa"),
            ("The guns used to kill", "Julius Lesiamon"),
            ("The government must act on", "Julius Lesiamon"),
            ("The horns are likely already", "senior officer at the KWS headquarters in Nairobi"),
        ],
    ),
    (
        """Villagers demand compensation as elephants raid farms near Nyamwanga park

By Rehema Mwakyusa

Iringa. Residents of villages bordering Nyamwanga National Park have called on the government to speed up compensation payments, saying crop raids by elephants have left hundreds of families facing hunger.

Speaking during a meeting with officials from the Tanzania National Parks Authority (Tanapa) in Kitowo Ward on Tuesday, farmers said herds of up to 40 elephants had destroyed maize, sunflower and sesame fields over the past two months.

“We plant, we weed, and in one night everything is gone. Then we are told to wait for two years for consolation money that does not even cover the cost of seeds,” said Mr Elias Mgeni, a resident of Mkonge village.

Another farmer, Ms Anna Kihwele, said her family had been forced to sleep in the fields to chase away the animals using fire and drums.

“My children no longer go to school regularly because they are guarding the farm at night,” she said.

Nyamwanga National Park’s chief park warden, Mr Godfrey Mlelwa, acknowledged the problem but said the authority was working with district councils to reduce conflict.

He said Tanapa had trained 60 village game scouts and was distributing chilli-based deterrents and beehive fences, which have proved effective elsewhere in the country.

“Elephants are afraid of bees. Where the beehive fences have been installed, raids have dropped significantly,” Mr Mlelwa said.

On compensation, he said payments under the Wildlife Conservation Act were handled by the Ministry of Natural Resources and Tourism, adding that claims from the current season had been “submitted and are being verified.”

Iringa District Commissioner Halima Nyagawa, who attended the meeting, directed ward executive officers to submit a full list of affected households within 14 days.

“I do not want to hear that a farmer has waited for two years. Those who have lost crops must be identified and paid,” she said, adding that her office would follow up the matter with the ministry.

According to Tanapa, the elephant population in the Nyamwanga-Rungwa ecosystem has recovered to about 15,000 after falling sharply during the poaching crisis of the early 2010s.

Conservationists say the recovery, while welcome, has brought the animals into closer contact with expanding farmland and new settlements.

“The corridors the elephants used for generations are now being farmed. It is not that the elephants are coming to the villages; the villages have come to the elephants,” said Dr Beatrice Lyimo, a researcher with the Southern Highlands Conservation Trust.

She urged district authorities to enforce land use plans that set aside wildlife corridors, warning that conflict would worsen if settlement continued unchecked.""",
        [
            ("We plant, we weed, and", "Elias Mgeni"),
            ("My children no longer go", "Anna Kihwele"),
            ("Elephants are afraid of bees.", "Godfrey Mlelwa"),
            ("submitted and are being verified.", "Godfrey Mlelwa"),
            ("I do not want to", "Halima Nyagawa"),
            ("The corridors the elephants used", "Beatrice Lyimo"),
        ],
    ),
    (
        """Zimbabwe renews push to sell $600 million ivory stockpile

HARARE, Oct 14 (Reuters) - Zimbabwe will lobby southern African neighbours to back a one-off sale of its ivory and rhino horn stockpile at next year's meeting of the Convention on International Trade in Endangered Species (CITES), its environment minister said on Monday.

The country holds about 130 tonnes of ivory and five tonnes of rhino horn in secure vaults, which officials say are worth about $600 million and cost millions of dollars a year to guard.

"We are sitting on a resource that could fund conservation for a decade, yet we are told we cannot use it," Environment Minister Tendai Chikowore told reporters in Harare. "Those who tell us not to sell are not the ones who live with the elephants."

Zimbabwe has an estimated 85,000 elephants, the second-largest population in the world after Botswana. Proceeds from any sale would go to rural communities and to the national parks agency, Chikowore said.

Earlier bids by Zimbabwe, Botswana and Namibia to relax the international ban on ivory trade, in place since 1989, have been rejected, with opponents arguing that legal sales stimulate demand and provide cover for the laundering of poached ivory.

"Every previous one-off sale has been followed by a spike in poaching across the continent," said Mary Okello, Africa programme director at the Nairobi-based Elephant Action Network. "The evidence is not on Zimbabwe's side."

The Zimbabwe Parks and Wildlife Management Authority (ZimParks) said in a statement that the stockpile had been audited and that all tusks were registered and marked.

"ZimParks is confident that any sale would be transparent and fully compliant with CITES requirements," the statement said.

A diplomat from a European Union member state, speaking on condition of anonymity, said there was "no appetite" in Europe for reopening the ivory trade, but that the bloc was willing to discuss other forms of financial support for elephant range states.

Chikowore said ZimParks, which receives little money from the treasury, had spent more than $3 million last year on securing the stockpile alone, money he said would be better used on anti-poaching patrols and water provision during droughts.

Southern African countries have also floated the idea of leaving CITES altogether if their proposals continue to be blocked by what they describe as an alliance of Western and East African states.

"Nothing is off the table," Chikowore said when asked whether Zimbabwe would consider withdrawing. "We will not be lectured forever."

(Reporting by Nyasha Moyo; Editing by Alison Reid)""",
        [
            ("We are sitting on a", "Tendai Chikowore"),
            ("Those who tell us not", "Tendai Chikowore"),
            ("Every previous one-off sale has", "Mary Okello"),
            ("The evidence is not on", "Mary Okello"),
            ("ZimParks is confident that any", "Zimbabwe Parks and Wildlife Management Authority"),
            ("no appetite", "diplomat from a European Union member state"),
            ("Nothing is off the table,", "Tendai Chikowore"),
            ("We will not be lectured", "Tendai Chikowore"),
        ],
    ),
    (
        """Mpika man jailed five years for pangolin trafficking

By CHILUFYA BANDA

A 34-year-old man of Mpika has been sentenced to five years imprisonment with hard labour for being found in possession of a live pangolin without a licence.

Mpika Magistrate Mwila Kasonde sentenced Brian Mulenga after he pleaded guilty to one count of unlawful possession of a prescribed trophy contrary to the Zambia Wildlife Act.

Facts before the court were that on August 3 this year, Mulenga was found at a bus station in Mpika with a pangolin concealed in a sack. He had allegedly been trying to sell the animal for K25,000.

He was arrested in a joint operation by officers from the Department of National Parks and Wildlife (DNPW) and the Drug Enforcement Commission.

In mitigation, Mulenga asked the court for leniency, saying he was a first offender and had four children to look after.

"I was only asked to carry the sack by a friend. I am sorry and I will not do it again," he said.

But in passing sentence, Magistrate Kasonde said pangolins were among the most trafficked mammals in the world and that the courts had a duty to protect them.

"The court has taken into account that the convict is a first offender and that he readily pleaded guilty, thereby saving the court's time.

"However, the offence he committed is a serious one and is prevalent in this district. The pangolin is an endangered species and the courts must send a clear message to would-be offenders," she said.

DNPW Area Warden for Mpika, Mr Lazarus Chanda, welcomed the sentence, saying it would serve as a deterrent to others.

Mr Chanda said the pangolin had been released back into the wild in the North Mwaleshi area after being examined by a veterinary officer.

"We have seen an increase in pangolin cases in Muchinga Province this year. Traffickers target young people who are promised quick money," he said.

He appealed to members of the public to report any suspicious activity to the nearest wildlife office, assuring them that the identities of informers would be protected.

According to the department, 17 people have been arrested for pangolin-related offences in the province since January.

Conservation organisation Luangwa Wildlife Watch, which supports DNPW with intelligence and prosecution monitoring, commended the officers and the court in a statement.

"The swift conclusion of this case shows what is possible when law enforcement agencies and the judiciary work together," the statement read.""",
        [
            ("I was only asked to", "Brian Mulenga"),
            ("The court has taken into", "Mwila Kasonde"),
            ("However, the offence he committed", "Mwila Kasonde"),
            ("We have seen an increase", "Lazarus Chanda"),
            ("The swift conclusion of this", "Luangwa Wildlife Watch"),
        ],
    ),
    (
        """Three field rangers arrested over rhino poaching syndicate

Thandeka Dlamini

Three field rangers employed at the Lebombo Peaks National Park are among five people arrested in connection with a rhino poaching syndicate operating in the southern part of the park, police said on Thursday.

The arrests followed a months-long investigation by the Directorate for Priority Crime Investigation (Hawks), the SANParks environmental crime investigation unit and a private security contractor.

Hawks spokesperson Captain Nomsa Mathebula said the suspects, aged between 29 and 47, were arrested in the Hazyview and Bushbuckridge areas in the early hours of Wednesday.

"During the operation, police seized two hunting rifles fitted with silencers, ammunition, an axe and an undisclosed amount of cash," Mathebula said.

She said the three rangers were allegedly supplying information on the movement of anti-poaching patrols to poaching groups in exchange for payment.

The suspects are expected to appear in the Mbombela Regional Court on Monday on charges including conspiracy to commit rhino poaching, unlawful possession of firearms and ammunition, and corruption.

SANParks spokesperson Isaac Phasha said the organisation was "deeply disappointed" that its own employees were among those arrested.

"The vast majority of our rangers put their lives on the line every day to protect our wildlife heritage. The actions of a few should not tarnish the work of the many," Phasha said.

He said the three rangers had been suspended with immediate effect and that an internal disciplinary process would run alongside the criminal case.

Insider involvement has long been suspected in the park, which has lost thousands of rhinos to poaching since 2008. According to SANParks figures, 78 rhinos were poached in the park in the first six months of the year, most of them in the southern section.

A former section ranger who spent 20 years in the park and asked not to be named said corruption had become "the single biggest threat" to the species.

"You can have fences, dogs, helicopters, whatever you like. If the man at the gate is working for the syndicate, none of it matters," he said.

Lowveld Protection Services, the private security company that assisted with the operation, said polygraph testing and lifestyle audits of staff had helped investigators identify the suspects.

"Integrity testing is not about mistrust. It is about protecting the honest rangers who are being threatened and bribed by these syndicates," the company said in a statement.

Rhino numbers in the park have fallen by more than 70% over the past 15 years, prompting SANParks to dehorn animals in high-risk sections and to relocate some to private reserves and neighbouring countries.""",
        [
            ("During the operation, police seized", "Nomsa Mathebula"),
            ("deeply disappointed", "Isaac Phasha"),
            ("The vast majority of our", "Isaac Phasha"),
            ("the single biggest threat", "former section ranger"),
            ("You can have fences, dogs,", "former section ranger"),
            ("Integrity testing is not about", "Lowveld Protection Services"),
        ],
    ),
    (
        """Lion poisoning in Lake Kaganda park 'a national shame' - MP

By Brian Ssemakula

KASESE. Members of Parliament have demanded answers from the Uganda Wildlife Authority (UWA) after six lions, including two cubs, were found dead in Lake Kaganda National Park in what officials suspect was a retaliatory poisoning by herders.

The carcasses were discovered on Saturday near Kikoona fishing village, alongside the remains of a cow that investigators believe had been laced with a pesticide.

Several body parts, including heads and paws, had been removed from the lions, raising fears that the killings were also linked to the illegal trade in lion parts.

Speaking on the floor of Parliament on Tuesday, Mr Moses Kabugo, the Busongora South MP, described the incident as "a national shame" and accused UWA of failing to address long-standing grievances of communities living around the park.

"Every year we come here and talk about lions being poisoned. Every year UWA tells us they are investigating. Where are the results?" Mr Kabugo asked.

In a statement issued on Monday, UWA said a team of investigators and veterinary officers had been dispatched to the area and that samples had been sent to the Government Analytical Laboratory in Wandegeya.

"UWA strongly condemns this senseless killing of our lions, which are a major tourist attraction and part of our national heritage," the statement read in part. "We call upon the public to volunteer any information that may lead to the arrest of the culprits."

Ms Patience Atuhaire, the UWA communications manager, told this newspaper that the authority had lost 15 lions to poisoning in the park over the last five years.

"The herders are losing cattle to lions and they feel nobody is listening to them. We understand that, but poisoning is a crime and it also kills vultures and other animals that feed on the carcasses," she said.

Kikoona LC1 chairperson Yowasi Baluku said cattle keepers in the area had lost more than 30 cows to predators this year without receiving any compensation.

"People are angry. When a lion kills your only cow, you lose everything. The government says the lions belong to all Ugandans, but it is only us who pay the price," Mr Baluku said.

A herder, who preferred anonymity for fear of arrest, said some residents had "taken the law into their own hands" because of delays in the compensation scheme provided for under the Uganda Wildlife Act, 2019.

Lion numbers in the park have fallen from an estimated 200 in the late 1990s to fewer than 45 today, according to a census conducted last year by the Albertine Carnivore Project.

The park's tree-climbing lions are one of the main attractions for tourists visiting western Uganda.""",
        [
            ("a national shame", "Moses Kabugo"),
            ("a national shame", "Moses Kabugo"),
            ("Every year we come here", "Moses Kabugo"),
            ("UWA strongly condemns this senseless", "Uganda Wildlife Authority"),
            ("We call upon the public", "Uganda Wildlife Authority"),
            ("The herders are losing cattle", "Patience Atuhaire"),
            ("People are angry. When a", "Yowasi Baluku"),
            ("taken the law into their", "herder"),
        ],
    ),
    (
        """Conservancies fear income loss over proposed trophy import ban

WINDHOEK - Communal conservancies in the Kunene and Zambezi regions could lose millions of dollars in annual income if European countries go ahead with proposed bans on the import of hunting trophies, conservancy leaders have warned.

The Namibian Association of Community Conservancies says trophy hunting accounts for about a third of the income earned by the country's 86 registered conservancies, money used to pay community game guards, fund school bursaries and compensate farmers for livestock lost to predators.

Speaking at a media briefing in Windhoek on Wednesday, the association's chairperson, Josephine Uirab, said the proposals had been drafted without consulting the communities most affected.

"People in Europe who have never seen an elephant in their lives want to decide how we manage ours," Uirab said. "If the income disappears, the support for conservation in our communities will disappear with it."

She said hunting income at the Ombuwa Conservancy in Kunene, where she is a member, paid the salaries of 14 game guards.

"When we told the elders about the ban, one old man asked me, 'Will the Europeans pay for the cattle the lions eat?' I had no answer for him," she said.

Ministry of Environment, Forestry and Tourism spokesperson Petrus Hamutenya said the ministry had written to several European governments and to the European Parliament to explain Namibia's position.

"Namibia's conservation model is internationally recognised. Our elephant population has more than tripled since independence, and regulated hunting is part of the reason," he said.

Hamutenya added that the ministry "will continue engaging" its partners and that hunting quotas were set on the basis of annual game counts conducted together with the conservancies.

Animal welfare groups, however, maintain that trophy hunting is cruel and that its benefits to communities are overstated. The United Kingdom-based Humane Earth Alliance, which has campaigned for the import bans, rejected the conservancies' arguments.

"There is no ethical justification for killing threatened animals for entertainment, and there are better ways to support rural communities," the group said on its website.

In the Zambezi region, conservancy staff say the uncertainty is already being felt. A game guard at the Chizinga Conservancy, Alfons Sibeya, told The Namibian that his salary had been paid late twice this year.

"If there is no money, we will go back to herding cattle. Then who will watch the animals?" he asked.

Namibia's community conservancy programme, started in the late 1990s, now covers about a fifth of the country's land area and is often cited as a model for other African countries.""",
        [
            ("People in Europe who have", "Josephine Uirab"),
            ("If the income disappears, the", "Josephine Uirab"),
            ("When we told the elders", "Josephine Uirab"),
            ("Will the Europeans pay for", "old man"),
            ("Namibia's conservation model is internationally", "Petrus Hamutenya"),
            ("will continue engaging", "Petrus Hamutenya"),
            ("There is no ethical justification", "Humane Earth Alliance"),
            ("If there is no money,", "Alfons Sibeya"),
        ],
    ),
    (
        """250 elephants to be moved from Lisumbwe to Chigwirizi reserve

By Tamara Chirwa

The Department of National Parks and Wildlife (DNPW) will next month begin moving 250 elephants from Lisumbwe National Park in the south to Chigwirizi Wildlife Reserve in the Central Region, in what officials describe as one of the largest translocation exercises in the country’s history.

The operation, funded by the Wildlands Heritage Fund, a conservation charity, will also see 400 other animals including buffalo, impala, sable and waterbuck moved over a period of six weeks.

Director of National Parks and Wildlife Chimwemwe Nkhoma said the elephant population in Lisumbwe had grown beyond what the park could sustain, leading to habitat damage and frequent conflict with surrounding communities.

“Lisumbwe was designed to hold about 300 elephants. Today we have close to 600. The vegetation simply cannot cope, and the animals are breaking out of the fence to look for food,” Nkhoma said.

He said Chigwirizi, on the other hand, had lost nearly all its elephants to poaching in the 1990s and early 2000s, but had since been fenced and secured with support from partners.

“What we are doing is not just moving animals from one place to another. We are restoring an ecosystem that was almost emptied.

“The communities around Chigwirizi have been prepared, the fence is complete and the rangers have been trained. We are confident that the animals will be safe,” he said.

Wildlands Heritage Fund country director Sarah Mbewe-Phiri said the elephants would be darted from a helicopter, loaded onto specially designed trucks and driven about 350 kilometres to their new home.

She said each family group would be moved together to reduce stress on the animals.

“Elephants have very strong social bonds. If you separate a matriarch from her family, you create problems for years to come,” she explained.

However, some residents of villages near Chigwirizi have expressed fears that the elephants could destroy their crops.

“We are not against the elephants, but we want to be sure that the fence will be maintained. In the past, animals from the reserve have eaten our maize and nobody took responsibility,” said Traditional Authority Chidothe.

A DNPW official involved in the planning, who spoke on condition of anonymity, said the department had set aside funds for a rapid response unit to deal with any elephants that break out of the reserve.

“There will be a team on the ground 24 hours a day for the first three months,” the official said.

According to the department, Malawi’s elephant population has grown by more than a third over the past decade following investment in law enforcement and fencing in several protected areas.""",
        [
            ("Lisumbwe was designed to hold", "Chimwemwe Nkhoma"),
            ("What we are doing is", "Chimwemwe Nkhoma"),
            ("The communities around Chigwirizi have", "Chimwemwe Nkhoma"),
            ("Elephants have very strong social", "Sarah Mbewe-Phiri"),
            ("We are not against the", "Chidothe"),
            ("There will be a team", "DNPW official involved in the planning"),
        ],
    ),
]
