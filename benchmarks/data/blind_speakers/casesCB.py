CASES = [
    (
        """Senate panel grills agency over abandoned N4.2bn solar projects

By Chinedu Okafor

ABUJA — THE Senate Committee on Rural Power yesterday gave the management of the Rural Solar Access Agency, RSAA, seven days to account for N4.2 billion released for solar mini-grids in 31 communities which remain uncompleted three years after the contracts were awarded.

Chairman of the committee, Senator Abubakar Tanimu Yelwa, who spoke at an investigative hearing in Abuja, said members had visited 12 of the sites and found "nothing but rusted poles and empty promises."

He said: "We are not here to witch-hunt anybody. But Nigerians in these communities were told that light was coming in 2021. Today, some of them are using the poles to dry clothes.

"If the money was released and the job was not done, somebody must explain to this committee where the money went."

Responding, the Managing Director of the agency, Engr. Funmilayo Adeoti-Bassey, blamed the delay on "the volatility of the exchange rate," insisting that contractors had mobilised to site before the naira lost value.

"Most of the panels and inverters are imported. When the contracts were awarded, the dollar was at N410. By the time the contractors went to import, it had more than doubled," she told the lawmakers.

Adeoti-Bassey added that the agency had applied to the Federal Procurement Review Board for a review of the contract sums, and that work would resume "once the variation is approved."

But a member of the committee, Senator Ngozi Ekwueme-Obi, faulted the explanation, saying the agency's own documents showed that some contractors were paid 80 per cent of the contract sum without completing 20 per cent of the work.

"How do you pay 80 per cent for 20 per cent work? Which procurement law allows that?" she asked.

In a letter to the committee dated March 3, which was read at the hearing, the Federal Procurement Review Board said it "has not received any request for variation" from the agency in respect of the projects.

The disclosure drew murmurs from the gallery, where community leaders from the affected areas, some of whom had travelled from Taraba and Kebbi states, sat with placards reading "Where is our light?"

One of them, Alhaji Sani Dauda Gwadabe, a district head in Kebbi State, told our correspondent after the session that his people had "waited long enough" and would not accept further excuses.

"Our children read with torchlight. Our women travel to the next town to grind pepper. We were told this project would change our lives, and we believed them," Gwadabe said.

Yelwa later adjourned the hearing to Tuesday, directing the agency to appear with all the contractors, payment vouchers and completion certificates.

"Nobody should come here with stories next week. We want documents," he warned.""",
        [
            ("nothing but rusted poles and", "Abubakar Tanimu Yelwa"),
            ("We are not here to", "Abubakar Tanimu Yelwa"),
            ("the volatility of the exchange", "Funmilayo Adeoti-Bassey"),
            ("Most of the panels and", "Funmilayo Adeoti-Bassey"),
            ("once the variation is approved", "Funmilayo Adeoti-Bassey"),
            ("How do you pay 80", "Ngozi Ekwueme-Obi"),
            ("has not received any request", "Federal Procurement Review Board"),
            ("waited long enough", "Sani Dauda Gwadabe"),
            ("Our children read with torchlight.", "Sani Dauda Gwadabe"),
            ("Nobody should come here with", "Abubakar Tanimu Yelwa"),
        ],
    ),
    (
        """Unpaid caterers threaten to withdraw services from schools

Kumasi, June 14, GNA – Caterers under the Basic School Meals Scheme in the Ashanti Region have threatened to stop cooking for pupils from Monday, June 23, if arrears covering two terms are not paid.

Madam Comfort Adwoa Owusu-Sekyere, the Regional Chairperson of the National Association of School Meals Caterers, told the Ghana News Agency in Kumasi that members had been “borrowing from susu groups to feed other people’s children” since January.

She said the caterers, numbering about 600 in the region, were owed for the second and third terms of the last academic year.

“We have been patient. Some of us have sold our cooking pots to pay debts. A caterer in Ejisu collapsed last week when the moneylender came to her house,” she said.

Madam Owusu-Sekyere said the association had written to the national secretariat of the Scheme three times without a response, adding that “our patience has run out.”

A letter from the association, dated May 30 and copied to the Regional Coordinating Council, stated: “Should the arrears remain unpaid by Friday, June 20, our members shall have no option but to withdraw their services until further notice.”

When contacted, Mr Emmanuel Kwesi Nyarko-Baah, the Regional Coordinator of the Scheme, acknowledged the delays but said the funds had since been released.

“The money is in the system. What remains is the processing at the bank level, and I can assure the caterers that they will receive their monies before the end of the month,” Mr Nyarko-Baah said.

He appealed to the caterers not to “punish innocent children” for a delay that was “purely administrative,” and urged them to continue serving meals.

Some head teachers in the region have expressed worry that a strike would affect attendance, especially in rural schools where many pupils walk long distances to class.

A head teacher at a basic school in the Kwabre East Municipality, who asked not to be named, said attendance dropped sharply on days when meals were not served.

“For some of the children, the school meal is the only meal they get in a day. When there is no food, they simply don’t come,” the head teacher said.

Known to pupils simply as “Auntie Cook”, the caterers say they are rarely consulted when decisions affecting the Scheme are taken.

Madam Owusu-Sekyere said the association would meet on Saturday to take a final decision on the strike.

GNA""",
        [
            ("borrowing from susu groups to", "Comfort Adwoa Owusu-Sekyere"),
            ("We have been patient.", "Comfort Adwoa Owusu-Sekyere"),
            ("our patience has run out", "Comfort Adwoa Owusu-Sekyere"),
            ("Should the arrears remain unpaid", "National Association of School Meals Caterers"),
            ("The money is in the", "Emmanuel Kwesi Nyarko-Baah"),
            ("punish innocent children", "Emmanuel Kwesi Nyarko-Baah"),
            ("purely administrative", "Emmanuel Kwesi Nyarko-Baah"),
            ("For some of the children", "head teacher"),
        ],
    ),
    (
        """Joal-Fadiouth: fishermen stage sit-in against night trawling

Joal-Fadiouth, 11 March (APS) – Several hundred artisanal fishermen on Tuesday staged a sit-in in front of the departmental fisheries service in Joal-Fadiouth (Mbour) to denounce what their spokesman described as "the plundering of our waters at night" by industrial trawlers.

The protesters, members of the Collective of Artisanal Fishermen of the Petite Côte (CPAPC), marched from the landing quay to the fisheries office carrying paddles and banners reading "Our sea is not for sale".

"Every night we see the lights of the big boats less than three miles from the shore. In the morning our nets are torn and there is no fish," said Ousmane Faye, spokesman of the collective.

According to him, at least 40 canoes lost their nets in February alone, representing a loss "of more than 60 million CFA francs" for families who depend solely on fishing.

Mr. Faye called on the authorities to "urgently deploy" surveillance boats along the coast between Mbour and Djiffer, warning that the fishermen would "take their responsibilities" if nothing was done.

The head of the departmental fisheries service, Ndèye Coumba Sarr Diagne, received a delegation of the protesters and assured them that their grievances would be forwarded to the supervising ministry.

"We have taken note of the complaints. A surveillance mission has already been scheduled, and any vessel caught fishing inside the zone reserved for artisanal fishing will be sanctioned in accordance with the law," she said.

In a statement released on Monday, the Coastal Fisheries Monitoring Agency (ASPC) indicated: "Three vessels were boarded in the past month for fishing in prohibited zones. Two of them have been escorted to the port of Dakar for further investigation."

The agency did not, however, give the names or flags of the vessels concerned.

At the Khelcom processing site, where women smoke and dry fish for sale in Dakar and in neighbouring countries, the mood was equally gloomy.

"When the men come back with nothing, we women have nothing to smoke, nothing to sell. Our children's school fees depend on this fish," said Fatou Bintou Ndour, a fish processor.

The mayor of Joal-Fadiouth, Mamadou Diakhaté Sène, who visited the sit-in, said the municipality "stands with the fishermen" but called for calm and dialogue.

According to the fisheries service, artisanal fishing employs several hundred thousand people in Senegal and accounts for the bulk of landings in the country.

The sit-in ended peacefully in the early afternoon.""",
        [
            ("the plundering of our waters", "Ousmane Faye"),
            ("Every night we see the", "Ousmane Faye"),
            ("of more than 60 million", "Ousmane Faye"),
            ("urgently deploy", "Ousmane Faye"),
            ("take their responsibilities", "Ousmane Faye"),
            ("We have taken note of", "Ndèye Coumba Sarr Diagne"),
            ("Three vessels were boarded in", "Coastal Fisheries Monitoring Agency"),
            ("When the men come back", "Fatou Bintou Ndour"),
            ("stands with the fishermen", "Mamadou Diakhaté Sène"),
        ],
    ),
    (
        """Traders, council clash over Ferry Junction market relocation

By Abdul Karim Sesay

Tension ran high at the Ferry Junction market in east Freetown on Monday 8th April, 2024 as petty traders resisted an attempt by officials of the Freetown Municipal Development Authority to relocate them to a new site at Kuntorloh.

Several stalls were pulled down by the Authority's task force in the early hours of the morning, leaving goods scattered along the busy Kissy Road.

"They came at five in the morning with no notice. My pepper, my onions, everything, they threw them on the ground," Madam Isatu Bangura, who said she has traded at the junction for 22 years, told this medium.

The Chairlady of the Sierra Leone Petty Traders Union, Haja Mariama Jalloh-Conteh, said the union was not against relocation "but against wickedness".

She said: "We sat with the Authority in January and we agreed that nobody would be moved until the new market has toilets, water and lights. Go to Kuntorloh today, there is nothing there. Not even a roof."

A young man who sells phone accessories near the junction was more blunt. "Dem nor de tek we lek human being," he said in Krio, meaning the authorities did not regard the traders as human beings.

A press release issued by the Authority on Sunday evening stated that the exercise was "in the interest of public safety and the free flow of traffic" along the Kissy Road corridor.

The release further stated: "Traders are hereby reminded that the deadline of 31st March, 2024 was duly communicated to all market associations. The Authority will not hesitate to remove any structure erected on the road."

Speaking to this medium, the Authority's spokesman, Mohamed Lamin Turay, said traders had been given "more than enough time" to move.

"We cannot allow the main road to be turned into a market. Ambulances cannot pass, fire engines cannot pass. This is about lives," Turay said.

He added that the new site would be fully functional "within weeks" and that water tanks had already been delivered.

Police Public Relations Officer, Assistant Superintendent of Police (ASP) Christiana Kamanda, confirmed that two persons were arrested "for throwing stones at officers" and would be charged to court.

By midday, calm had returned to the area, with armed police officers stationed at the junction. Many traders, however, vowed to return to their spots on Tuesday.""",
        [
            ("They came at five in", "Isatu Bangura"),
            ("but against wickedness", "Mariama Jalloh-Conteh"),
            ("We sat with the Authority", "Mariama Jalloh-Conteh"),
            ("Dem nor de tek we", "young man who sells phone accessories"),
            ("in the interest of public", "Freetown Municipal Development Authority"),
            ("Traders are hereby reminded that", "Freetown Municipal Development Authority"),
            ("more than enough time", "Mohamed Lamin Turay"),
            ("We cannot allow the main", "Mohamed Lamin Turay"),
            ("within weeks", "Mohamed Lamin Turay"),
            ("for throwing stones at officers", "Christiana Kamanda"),
        ],
    ),
    (
        """Enugu bans okada in capital city, riders kick

From Emeka Nwosu, Enugu

THE Enugu State Government has banned the operation of commercial motorcycles, popularly known as "okada", within the Enugu metropolis with effect from May 1.

The Commissioner for Information, Dr. Ifeoma Chukwuka-Eze, announced the decision yesterday while briefing journalists after the State Executive Council meeting at the Government House.

She said the ban followed "a disturbing rise" in cases of robbery and kidnapping in which motorcycles were used, as well as the high number of accident victims recorded at public hospitals.

"Council reviewed security reports from the last six months and found that over 60 per cent of the robbery incidents in the metropolis involved the use of motorcycles.

"Council also noted that the orthopaedic wards of our hospitals are filled with victims of okada accidents. Government cannot fold its hands and watch," she said.

Chukwuka-Eze said the government would provide 300 tricycles and 150 mini-buses on a hire-purchase scheme to riders willing to "move to a safer means of livelihood."

But the state Chairman of the Motorcycle Riders Welfare Association, Comrade Ikechukwu Obiora Anyanwu, described the ban as "anti-people," saying it would throw over 40,000 young men out of work.

Anyanwu, who spoke with our correspondent on phone, said: "Government did not consult us. If you push 40,000 youths out of work overnight, where do you think they will go? Some of them will enter crime, and the same government will cry."

He added that the association would meet on Friday to decide its next line of action.

Also reacting, the Executive Director of Civil Liberties Watch, a non-governmental organisation based in Enugu, Mr. Chidi Okonkwo-Nweke, urged the government to reconsider the timeline.

Okonkwo-Nweke said a notice of less than two weeks was "grossly inadequate" for thousands of people whose "daily bread depends on the motorcycle."

He advised the government to phase out the motorcycles gradually, starting with the central business district.

A commuter, Mrs. Ngozi Agbo, who trades at the Ogbete Main Market, said she had mixed feelings about the policy.

"Okada is dangerous, I agree. But when there is go-slow, na okada dey carry me reach market on time. Government should bring the buses first before they chase the boys away," she said.

Our correspondent observed that many riders were still operating freely in the city as of press time, with some of them gathering in groups at major junctions to discuss the ban.""",
        [
            ("a disturbing rise", "Ifeoma Chukwuka-Eze"),
            ("Council reviewed security reports from", "Ifeoma Chukwuka-Eze"),
            ("move to a safer means", "Ifeoma Chukwuka-Eze"),
            ("anti-people", "Ikechukwu Obiora Anyanwu"),
            ("Government did not consult us.", "Ikechukwu Obiora Anyanwu"),
            ("grossly inadequate", "Chidi Okonkwo-Nweke"),
            ("daily bread depends on the", "Chidi Okonkwo-Nweke"),
            ("Okada is dangerous, I agree.", "Ngozi Agbo"),
        ],
    ),
    (
        """Man jailed 10 years for defrauding job seekers

Story: Efua Mensima Quaye, Cape Coast

A 38-year-old man who collected GH¢186,000 from 27 young people on the promise of securing them jobs in the security services has been sentenced to 10 years' imprisonment in hard labour by a Cape Coast Circuit Court.

Ebenezer Kojo Arthur-Mensah, a self-styled "recruitment consultant", pleaded guilty with explanation to 27 counts of defrauding by false pretences.

Presiding, His Honour Samuel Kwaku Adjei-Frimpong said the convict had "preyed on the desperation of unemployed youth" and that the sentence should serve as a deterrent to others.

"The accused person did not only take their money. He took their hope. Some of the victims sold family land and others borrowed at crippling interest rates to pay him," the judge said.

Prosecuting, Chief Inspector Abena Serwaa Donkor told the court that the complainants were residents of Cape Coast, Elmina and Moree.

She said between January and August last year, the convict, who claimed to have "connections at the very top," collected between GH¢5,000 and GH¢8,000 from each complainant and issued them with fake appointment letters.

According to the prosecution, the letters bore the forged signature of a senior officer and instructed the victims to report for training at a camp which did not exist.

Chief Inspector Donkor said the matter came to light when one of the victims, who arrived at the said camp with his bags, was told by a guard that "there is no recruitment going on here."

The victims subsequently lodged a complaint with the police, leading to the arrest of the convict at his hideout in Elmina.

In his plea for mitigation, Arthur-Mensah told the court he had always intended to refund the money.

"My Lord, I was also deceived by someone in Accra who promised to help me. I am begging the court to have mercy on me. I have three children," he said.

But the judge noted that the convict had "every opportunity" to refund the money since his arrest in September and had "refunded not a pesewa."

The court also ordered him to pay restitution to the victims, failing which the properties acquired with the proceeds would be confiscated to the State.

One of the victims, Kweku Ansah Baidoo, 24, who was in court, said he was relieved by the judgment.

"I paid GH¢7,000. My mother sold her fishing canoe to raise the money. Today at least I know that justice has been done," he said.""",
        [
            ("preyed on the desperation of", "Samuel Kwaku Adjei-Frimpong"),
            ("The accused person did not", "Samuel Kwaku Adjei-Frimpong"),
            ("connections at the very top", "Ebenezer Kojo Arthur-Mensah"),
            ("there is no recruitment going", "guard"),
            ("My Lord, I was also", "Ebenezer Kojo Arthur-Mensah"),
            ("every opportunity", "Samuel Kwaku Adjei-Frimpong"),
            ("refunded not a pesewa", "Samuel Kwaku Adjei-Frimpong"),
            ("I paid GH¢7,000.", "Kweku Ansah Baidoo"),
        ],
    ),
    (
        """Lokoja, Sept. 9, 2024 (NAN) Over 3,000 residents of riverine communities in Lokoja and Ajaokuta Local Government Areas of Kogi have been displaced following the overflow of River Niger and River Benue.

The Executive Secretary of the Kogi Flood and Emergency Response Agency (KOFERA), Alhaji Yakubu Onimisi Salihu, disclosed this to the News Agency of Nigeria (NAN) in Lokoja on Monday.

He said that 14 communities had been submerged, adding that the agency had opened four camps for the displaced persons.

"We have moved over 3,000 people to the camps and we are still evacuating. Our major challenge now is food, mattresses and drugs," Salihu said.

He urged residents still in the affected areas to "move to higher ground immediately" as the water level was still rising.

The executive secretary also appealed to the Federal Government and development partners to come to the aid of the state.

NAN reports that the National Rivers Monitoring Centre (NRMC), in its annual flood outlook released in April, had warned that communities along the confluence "should prepare for above-normal flooding between August and October."

Mrs Hauwa Abdulmalik, a petty trader in one of the affected communities, told NAN that she lost all her belongings to the flood.

"I was sleeping when my son woke me up. The water was already at my knees. We carried only the children; everything else is inside that water," she said.

Another resident, Mr Daniel Ojonugwa Akpa, a fisherman, described the flooding as "an annual ritual" which government had failed to address.

He said: "Every year it is the same story. They will come with rice and mattresses, take photographs and go. Nobody is talking about dredging or moving us to a safe place permanently."

An official at the Adankolo camp, who pleaded anonymity, told NAN that "the food we have can only last three days" if more supplies did not arrive.

NAN observed that many of the displaced persons, including nursing mothers and the elderly, slept on bare floors in classrooms being used as camps.

Farmland running into several hectares, mostly rice and yam farms, was also submerged in the affected communities.

(NAN)""",
        [
            ("We have moved over 3,000", "Yakubu Onimisi Salihu"),
            ("move to higher ground immediately", "Yakubu Onimisi Salihu"),
            ("should prepare for above-normal flooding", "National Rivers Monitoring Centre"),
            ("I was sleeping when my", "Hauwa Abdulmalik"),
            ("an annual ritual", "Daniel Ojonugwa Akpa"),
            ("Every year it is the", "Daniel Ojonugwa Akpa"),
            ("the food we have can", "official at the Adankolo camp"),
        ],
    ),
    (
        """MPs pass Mining Communities Development Fund Bill amid walkout

By Fatmata S. Kargbo

Parliament on Thursday 14th March, 2024 passed into law the Mining Communities Development Fund Bill, 2024 after a heated debate that saw opposition Members of Parliament walk out of the Well.

The Bill, which seeks to compel mining companies to pay one per cent of their annual gross revenue into a fund managed by community development committees, was laid by the Minister of Mines, Dr. Aminata Kadie Sesay-Bockarie.

Moving the motion for the Bill, the Minister said it was "long overdue" and would correct "decades of injustice" suffered by communities in mining areas.

"For far too long, the people of our mining districts have watched minerals leave their land while their children study under trees. This Bill says enough is enough," she told MPs.

Contributing to the debate, Hon. Sahr Tamba Kpakima of Constituency 021 in Kono District commended the Minister, but expressed concern over the composition of the committees.

He said: "Mr. Speaker, if we allow politicians to sit on these committees, the money will never reach the ordinary people. I have seen it before, and I will say it again on the floor of this House."

The Leader of the Opposition, Hon. Musa Foday Conteh-Williams, said his side was walking out because the Bill had been "rushed through without proper consultation."

"We received the amended version of this Bill at 9 o'clock this morning. How can we debate a document we have not read? We will not be a rubber stamp," he said before leading about 30 MPs out of the chamber.

Later, the Chairman of the Parliamentary Committee on Mines, Hon. Joseph Bockarie Lamin, read a letter from the Kono District Council of Paramount Chiefs, in which the chiefs said they "fully endorse the Bill" but requested a seat on the fund's oversight board.

The letter reads in part: "We, the custodians of the land, must not be spectators in the management of resources derived from our chiefdoms."

The Bill was subsequently passed with amendments by the remaining MPs and will now be forwarded to the President for assent.

Speaking to this press after the session, the Executive Director of the Network for Extractive Justice, Christiana Yei Moiwo, described the law as "a good first step" but warned that implementation would be the real test.

"We have good laws in this country. The problem has always been enforcement. Civil society will be watching every cent that goes into this fund," Madam Moiwo said.""",
        [
            ("long overdue", "Aminata Kadie Sesay-Bockarie"),
            ("decades of injustice", "Aminata Kadie Sesay-Bockarie"),
            ("For far too long, the", "Aminata Kadie Sesay-Bockarie"),
            ("Mr. Speaker, if we allow", "Sahr Tamba Kpakima"),
            ("rushed through without proper consultation", "Musa Foday Conteh-Williams"),
            ("We received the amended version", "Musa Foday Conteh-Williams"),
            ("fully endorse the Bill", "Kono District Council of Paramount Chiefs"),
            ("We, the custodians of the", "Kono District Council of Paramount Chiefs"),
            ("a good first step", "Christiana Yei Moiwo"),
            ("We have good laws in", "Christiana Yei Moiwo"),
        ],
    ),
]
