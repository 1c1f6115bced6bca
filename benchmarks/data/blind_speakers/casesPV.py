CASES = [
    (
        """Processing plant in Melavík to close, 68 jobs lost

Fish processor Norðurströnd hf. will close its plant in Melavík in North Iceland at the end of September, putting 68 people out of work in a town of just over 900 residents. Staff were told of the decision at a meeting on Tuesday morning.

The company said in a statement that the cut in the cod quota announced in June, together with rising wage and energy costs, had made it impossible to keep two plants running. "We have looked at every option over the past months, and this is a decision nobody in the company wanted to make," the statement said.

Norðurströnd's managing director, Hjörtur Baldursson, told RÚV that the company's vessels would continue to land in Melavík but that the catch would be trucked to its larger plant in Akureyri for processing. "The volume simply isn't there any more for two plants," he said. "If the quota comes back, we will look at this again."

Sigrún Eyjólfsdóttir, the mayor of Melavík, said the news had come as a shock to the town. "People knew things were difficult, but nobody expected this. Sixty-eight jobs here is like several thousand jobs in Reykjavík," Sigrún said.

She said the municipality would ask the government for an urgent meeting and would request that a larger share of the so-called "regional quota", which is set aside each year to support vulnerable fishing communities, be allocated to Melavík.

Many of the plant's workers came from Poland and the Philippines and have lived in the town for years. Agnieszka Nowak, who has worked on the filleting line for eleven years, said she did not know what her family would do. "My children go to school here. This is our home now," she said.

Aðalsteinn Már Grétarsson, chairman of the local workers' union Verkalýðsfélag Norðurstrandar, said the union would meet the company next week to discuss redundancy terms. He described the closure as "a heavy blow for the whole region" and said the union would insist that workers be offered positions in Akureyri, with transport paid by the company.

Minister of Fisheries Þórunn Helgadóttir told reporters after a cabinet meeting on Tuesday that she understood the concern in Melavík but that the total allowable catch had to follow scientific advice. "We cannot fish more than the stock allows. That would only hurt these towns more in the long run," Þórunn said.

She added that the ministry would review how the regional quota is distributed before the new fishing year begins on 1 September.""",
        [
            ("We have looked at every", "Norðurströnd hf."),
            ("The volume simply isn't there", "Hjörtur Baldursson"),
            ("If the quota comes back", "Hjörtur Baldursson"),
            ("People knew things were difficult", "Sigrún Eyjólfsdóttir"),
            ("My children go to school", "Agnieszka Nowak"),
            ("a heavy blow for the", "Aðalsteinn Már Grétarsson"),
            ("We cannot fish more than", "Þórunn Helgadóttir"),
        ],
    ),
    (
        """Cod quota cut by five percent

The total allowable catch for cod in Icelandic waters will be 201,000 tonnes in the 2025/2026 fishing year, five percent less than in the current year, the Ministry of Fisheries announced yesterday. The decision follows the advice of the Marine Research Institute, which published its annual stock assessment last week.

According to the institute's report, the spawning stock "remains well above precautionary reference points but has declined for four years in a row." The haddock quota will be raised by eight percent, while the quotas for saithe and golden redfish will be largely unchanged.

"Sustainable use of the fish stocks is the foundation of our fisheries management, and it is what has kept Icelandic fisheries profitable while our neighbours struggled," Minister of Fisheries Þórunn Helgadóttir said in a press release. "Following the advice, even when it is difficult, is the responsible choice."

Einar Hafsteinsson, head of demersal research at the institute, told mbl.is that there was no reason for alarm. "We are not seeing a collapse, far from it," he said. "But the year classes from 2019 and 2020 were weak, and that is now showing up in the fishable stock."

He said the spring survey in March had found more young cod than in recent years, which could allow the quota to be increased again within two or three years.

The Association of Coastal Vessel Owners, which represents most of the larger quota holders outside the capital area, said it accepted the decision. "It is always hard to take a cut, but we have supported the harvest control rule for twenty years and we are not going to abandon it now," said Kristján Rúnar Sveinsson, the association's chairman.

Owners of smaller boats were less forgiving. Halldóra Jónsdóttir, who runs a line boat from Stapavík in the Westfjords, said the cut would fall hardest on operators like her. "The big companies can move quota between species and between boats. We have nothing to move," she said.

Halldóra said she would have to lease additional cod quota at prices she called "completely out of reach for a family business", and that several owners in Stapavík were already considering selling their boats.

Opposition members also criticised the decision. A member of parliament's Industrial Affairs Committee, who asked not to be named because the committee has not yet discussed the matter, said the ministry should ask for an independent review of the assessment. "Every year we are told the stock will recover next year. I would like to see that happen once," the MP said.

The new fishing year begins on 1 September.""",
        [
            ("remains well above precautionary reference", "Marine Research Institute"),
            ("Sustainable use of the fish", "Þórunn Helgadóttir"),
            ("Following the advice, even when", "Þórunn Helgadóttir"),
            ("We are not seeing a", "Einar Hafsteinsson"),
            ("But the year classes from", "Einar Hafsteinsson"),
            ("It is always hard to", "Kristján Rúnar Sveinsson"),
            ("The big companies can move", "Halldóra Jónsdóttir"),
            ("completely out of reach for", "Halldóra Jónsdóttir"),
            ("Every year we are told", "member of parliament's Industrial Affairs Committee"),
        ],
    ),
    (
        """Mackerel cut leaves Oyravík plant facing short season

By Rúni Joensen

TÓRSHAVN – The Faroese mackerel quota for next year will be 14 percent lower than this year after the coastal states once again failed to agree on how to share the stock, the Ministry of Fisheries confirmed on Thursday.

The Faroe Islands will set a quota of 108,000 tonnes, in line with a reduced scientific recommendation for the north-east Atlantic stock. In a written statement, the ministry said the cut was “necessary to show that the Faroe Islands take their responsibility for the stock seriously, even when others do not.”

Minister of Fisheries Høgni Mikkelsen defended the decision in the Løgting on Thursday afternoon, where several members questioned the timing. He told members:

“Nobody in this chamber likes to cut quotas in a year when prices are good. But we have said for years that every coastal state must follow the advice, and we cannot say that to others and not do it ourselves.

“If there is an agreement next year, the Faroe Islands will be at the table and we will be ready to sign it.”

The reduction will be felt most directly in Oyravík, where the pelagic plant run by Oyrafisk employs around 120 people during the autumn season. Turið Hansen, the plant’s production manager, said the company expected the season to be about three weeks shorter than last year.

“We will have fewer days, and for some of our seasonal workers that means they will not come at all this year,” she said. “It is not a catastrophe, but it is money out of people’s pockets.”

Oyrafisk’s owners have invested around 300 million krónur in new freezing equipment at the plant over the past two years. According to Hansen, that investment was made on the assumption of a stable mackerel quota.

Jógvan Petersen, a shop steward for the Faroese Fish Workers’ Union at the plant, said members were worried. He said the union would ask the company to guarantee a minimum number of working days for permanent staff, and called the negotiations between the coastal states “a game played far away from the people who do the work.”

The Faroese Pelagic Organisation, which represents the owners of the country’s large purse seiners, said in a statement that it supported the minister. “A lower quota this year is a price worth paying if it brings the other parties closer to an agreement,” the organisation said.

A senior official in the Norwegian delegation, who spoke on condition of anonymity, said talks would resume in London in January but that positions remained “further apart than at any point in the last five years.”

The Faroe Islands, Norway, Iceland, the United Kingdom and the European Union have not had a comprehensive mackerel sharing agreement since 2014.""",
        [
            ("necessary to show that the", "Ministry of Fisheries"),
            ("Nobody in this chamber likes", "Høgni Mikkelsen"),
            ("If there is an agreement", "Høgni Mikkelsen"),
            ("We will have fewer days", "Turið Hansen"),
            ("It is not a catastrophe", "Turið Hansen"),
            ("a game played far away", "Jógvan Petersen"),
            ("A lower quota this year", "Faroese Pelagic Organisation"),
            ("further apart than at any", "senior official in the Norwegian delegation"),
        ],
    ),
    (
        """Small villages lose out in latest fishing licence auction

TÓRSHAVN

Three of the four whitefish licences sold at auction on Wednesday went to companies based in Tórshavn and Klaksvík, prompting renewed complaints from Suðuroy, where skippers say they are being priced out of the waters their families have fished for generations.

The auction, part of the system introduced in 2018 under which a share of fishing rights is sold by the state rather than allocated, raised a total of 42 million krónur, according to figures published by the Fisheries Directorate.

'We put in the highest bid we could afford and it wasn't even close,' said Eyðun Jacobsen, who owns a 24-metre longliner in the village of Gjáarvík. 'You can't compete with companies that have five trawlers and a bank behind them.'

Jacobsen said the village's processing plant, which employs about 30 people, depends on fish landed by local boats. If the boats disappear, he said, 'the plant goes next, and then the school.'

Jenny Midjord, mayor of Gjáarvík municipality, said the council had written to the government asking for a portion of future licences to be reserved for vessels registered in the regions.

'We are not asking for charity,' she said. 'We are asking for a system in which a boat from Gjáarvík has a fair chance to keep fishing from Gjáarvík.'

Midjord said the population of the village had fallen from around 400 to just over 250 in two decades, and that young people would not stay 'if there is no work in the harbour'.

Vesturtrol, the Tórshavn company that won two of the licences, said in an emailed response that it planned to land part of the catch in Suðuroy 'where it makes commercial sense', but did not say how much.

A spokeswoman for the Ministry of Fisheries said the auction rules had been 'approved by the Løgting and apply equally to all bidders'. She said the ministry would present an evaluation of the auction system to parliament in the spring, including the proposal for a so-called 'regional share' put forward by opposition members.

Rannvá Djurhuus, a fisheries economist at the University of the Faroe Islands, said the result was not surprising.

'Auctions do exactly what they are designed to do. They send the rights to whoever can pay the most,' she said. 'Whether that is what society wants is a political question, not an economic one.'

She said the government could attach conditions to licences, such as landing requirements, but that doing so would lower the prices bidders were willing to pay.""",
        [
            ("We put in the highest", "Eyðun Jacobsen"),
            ("You can't compete with companies", "Eyðun Jacobsen"),
            ("the plant goes next, and", "Eyðun Jacobsen"),
            ("We are not asking for", "Jenny Midjord"),
            ("We are asking for a", "Jenny Midjord"),
            ("if there is no work", "Jenny Midjord"),
            ("where it makes commercial sense", "Vesturtrol"),
            ("approved by the Løgting and", "spokeswoman"),
            ("Auctions do exactly what they", "Rannvá Djurhuus"),
            ("Whether that is what society", "Rannvá Djurhuus"),
        ],
    ),
    (
        """Crab harvesters stay tied up as price talks stall

Jenna Whitten · CBC News

Hundreds of snow crab boats remain tied up in harbours around Newfoundland and Labrador as harvesters and processors stay deadlocked over the price of crab, with no new talks scheduled.

The Newfoundland Inshore Harvesters Union says its members will not fish at the $2.60 per pound opening price chosen by the province's independent price-setting panel last week, calling it "a price that guarantees we lose money every time we leave the wharf."

"Fuel is up, bait is up, insurance is up. Nobody is going out there to fish for nothing," union president Darlene Whalen told CBC News on Tuesday.

Whalen said the union wants a pricing formula that tracks the U.S. market more closely, since most of the province's crab is sold into the United States as frozen sections.

Processors say they have no room to move. Gerald Pike, executive director of the Atlantic Seafood Processors Council, said companies are still carrying inventory bought last year at prices above what they later sold it for.

"The market is simply not where it was in 2022. We can't pay a price the market won't pay us," Pike said in an interview.

He said processors are willing to return to the table "any time the union is ready to talk about real numbers."

In Cutler's Cove, on the Baie Verte Peninsula, harvester Wayne Keeping said he has never seen the wharf this full in the middle of May.

"My son is on the boat with me, and he's got a mortgage and two youngsters," Keeping said. "We can't wait forever. But we can't go out and fish at a loss either."

The standoff is also being felt on the plant floor. The crab plant in Cutler's Cove employs about 140 people during the season, many of whom rely on a short stretch of work to qualify for employment insurance.

Lorraine Butt, who has worked at the plant for 26 years, said workers are watching the calendar. "If we don't get our hours, we don't get through the winter. It's that simple," she said.

According to a plant supervisor who asked not to be named because he is not authorized to speak for the company, some younger workers have already left for jobs in Alberta. "They can't sit around waiting for a phone call," he said.

In a statement Tuesday, Fisheries Minister Sheila Rideout said the government "respects the independence of the price-setting panel" and urged both sides to get back to talks as soon as possible.

The panel's decision is binding for the season unless the two sides negotiate a different price.""",
        [
            ("a price that guarantees we", "Newfoundland Inshore Harvesters Union"),
            ("Fuel is up, bait is", "Darlene Whalen"),
            ("The market is simply not", "Gerald Pike"),
            ("any time the union is", "Gerald Pike"),
            ("My son is on the", "Wayne Keeping"),
            ("We can't wait forever.", "Wayne Keeping"),
            ("If we don't get our", "Lorraine Butt"),
            ("They can't sit around waiting", "plant supervisor"),
            ("respects the independence of the", "Sheila Rideout"),
        ],
    ),
    (
        """Northern cod quota rises 15 per cent; coastal mayors want more of it landed at home

By Andrew Noseworthy
The Telegram

The federal government will raise the total allowable catch for northern cod by 15 per cent this year, Fisheries Minister Marc-André Thibodeau announced Thursday in St. John’s, calling the increase “a sign that patience and science are paying off.”

The quota for the stock, which runs off the northeast coast of Newfoundland and southern Labrador, will rise to 20,700 tonnes. Thibodeau told reporters the decision was based on the latest assessment by Fisheries and Oceans Canada, which found the stock had grown for a third straight year.

“We are not going back to the days of the 1980s, and nobody should want that,” he said. “But the people who waited thirty years for this fish deserve to see it come back in a careful way.”

For mayors in small fishing towns, the announcement was welcome but came with a warning. Joan Sheppard, mayor of Little Tickle Harbour, said much of the additional catch would likely be trucked to larger plants rather than processed where it is landed.

“Every truck that leaves this town with fish on it is taking jobs with it. We have a plant here, we have people who know how to cut fish, and we have a wharf that the town paid to fix.

“What we don’t have is any say in where the fish goes once it’s out of the water,” Sheppard said.

She said council would write to the province asking for conditions on processing licences that would require a share of northern cod to be processed in the community where it is landed.

Inshore harvester Clayton Rowsell, 58, of nearby Seldom Point, said the increase would make a real difference to crews that have been fishing a limited cod allocation for years.

“It’s the first time in a long time I’ve been able to tell my crew there’ll be more work this summer, not less,” Rowsell said.

Not everyone was convinced the increase was wise. Dr. Meaghan Kielly, a fisheries scientist with the Marine Conservation Institute of Atlantic Canada, said the stock remains below the level scientists consider healthy. She called the decision “a political number dressed up in scientific language.”

A source in the processing sector, who did not want to be named while negotiations with the union are ongoing, said companies would need the extra fish to stay viable. “Plants can’t run on two weeks of cod a year. Without volume, nobody can keep the doors open,” the source said.

The department said in a news release that the quota would be reviewed again next year.""",
        [
            ("a sign that patience and", "Marc-André Thibodeau"),
            ("We are not going back", "Marc-André Thibodeau"),
            ("But the people who waited", "Marc-André Thibodeau"),
            ("Every truck that leaves this", "Joan Sheppard"),
            ("What we don’t have is", "Joan Sheppard"),
            ("It’s the first time in", "Clayton Rowsell"),
            ("a political number dressed up", "Meaghan Kielly"),
            ("Plants can’t run on two", "source in the processing sector"),
        ],
    ),
    (
        """Gannet Harbour fish plant won't open this season

VOCM News

The fish plant in Gannet Harbour will not open this year, leaving close to 90 workers on the Great Northern Peninsula without a season.

Owner Northshore Seafoods Ltd. informed employees by letter on Monday. In the letter, the company says a shortage of raw material and the loss of its shrimp allocation made it impossible to operate the plant profitably.

"This was not an easy decision, and we recognize the hardship it will cause for our employees and their families," the letter reads.

Company president Robert Gillingham told VOCM News the company hopes the closure is temporary. He says Northshore will look at reopening next year if the northern shrimp quota improves.

Gannet Harbour Mayor Terry Applin says the plant is the largest employer in the town of 600 people. He says council found out about the closure the same way everyone else did - on social media.

"Nobody from the company picked up the phone. That's what hurts," Applin says. "These people have worked in that plant for twenty, thirty years."

Applin says council has requested a meeting with the provincial Fisheries Minister and the district's MHA.

Workers VOCM spoke with outside the plant on Tuesday described the mood in town as grim. One plant worker, who has worked on the shrimp line since she was 19, says many of her co-workers are close to retirement and have nowhere else to go.

"What are we supposed to do at 58, move to Fort McMurray?" she asked.

PC MHA Loretta Hynes, who represents the district, says the province needs to step in with support for the workers and the town.

"The government can't stand back and watch another plant close on this coast," Hynes says.

In an emailed statement, the Department of Fisheries says it is "aware of the situation in Gannet Harbour" and that officials are in contact with the company and the union.

Union representative Kevin Dredge says the union will be reviewing whether workers are owed anything under the collective agreement. He says a meeting with members is planned for later this week at the town hall.""",
        [
            ("This was not an easy", "Northshore Seafoods Ltd."),
            ("Nobody from the company picked", "Terry Applin"),
            ("These people have worked in", "Terry Applin"),
            ("What are we supposed to", "plant worker"),
            ("The government can't stand back", "Loretta Hynes"),
            ("aware of the situation in", "Department of Fisheries"),
        ],
    ),
    (
        """No Capelin Season for Second Year Running

By Erla María Sigurðardóttir

There will be no capelin fishing season this winter, the Marine Research Institute announced yesterday after its final survey found the spawning stock too small to allow any catch. It is the second time in three years that the fishery has been cancelled, a blow to pelagic companies and to the towns in East Iceland where most of the catch is landed.

In a notice published on its website, the institute said the measured stock was "well below the level required under the management plan to allow fishing." The institute's research vessels covered the area north and east of Iceland for three weeks in January.

"We had hoped for a better result after the autumn survey, but the fish simply were not there," said Birkir Þór Guðmundsson, the institute's capelin project leader. He said warming sea temperatures may have pushed the stock further north and west, toward Greenland.

The decision is particularly hard on Hafnarvík, a town of 1,100 in the East Fjords where fishing company Austursíld hf. runs one of the country's largest fishmeal and freezing plants. Capelin roe for the Japanese market has in good years accounted for a large share of the company's annual revenue.

Austursíld said in a statement that around 50 seasonal jobs would not be filled this winter. The company said its permanent staff would keep their jobs and that the plant would process herring and blue whiting as usual.

Hafnarvík's council chair, Guðrún Lilja Ásgeirsdóttir, said the town's finances would also suffer, since harbour fees and income tax from the season make up a significant part of the municipal budget. "It is not only the company and the workers. The harbour, the shops, the restaurants, the guesthouses, everyone feels it," she told Iceland Review.

Guðrún Lilja said she had asked the Ministry of Fisheries to reconsider how municipalities like Hafnarvík are compensated when a fishery is closed.

A worker at the plant, who asked not to be named, said many of the seasonal workers were students and people from other parts of the country who came east each winter for a few weeks of well-paid shift work. "For some of them, this was their whole winter's income," she said.

The Federation of Pelagic Fishing Companies said in a statement that the cancellation showed the need for more research funding. "We cannot manage what we cannot measure," the federation said, calling on the government to fund an additional survey vessel.

The institute said it would continue monitoring and could revise its advice if more capelin were found before the end of February, but Birkir Þór said he was "not optimistic" about that.""",
        [
            ("well below the level required", "Marine Research Institute"),
            ("We had hoped for a", "Birkir Þór Guðmundsson"),
            ("It is not only the", "Guðrún Lilja Ásgeirsdóttir"),
            ("For some of them, this", "worker at the plant"),
            ("We cannot manage what we", "Federation of Pelagic Fishing Companies"),
            ("not optimistic", "Birkir Þór Guðmundsson"),
        ],
    ),
]
