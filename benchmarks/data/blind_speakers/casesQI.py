CASES = [
    (
        """High court seeks report on razing of Anarkot cloth market

Saima Rauf

ANARKOT: The high court’s Anarkot bench on Tuesday directed the district administration to submit a detailed report within two weeks on the demolition of more than 300 shops in the city’s old cloth market, with Justice Farrukh Iqbal Mirza remarking that the operation appeared to have been carried out “in complete disregard of due process”.

The two-member bench, also comprising Justice Naheed Akhtar, was hearing a petition filed by the Anarkot Kapra Traders Association, whose members say they were given less than 24 hours’ notice before bulldozers moved into the market on the night of March 3.

“Notices were pasted on the shutters at eight in the evening and the machinery arrived before dawn,” counsel for the petitioners, Shahid Nawaz Cheema, told the court. “My clients were not even allowed to remove their stock. Goods worth millions were buried under the rubble.”

He argued that the market had existed since before Partition and that most traders held leases from the municipal corporation, some of which had been renewed as recently as last year.

Assistant Advocate General Rana Tufail Ahmad, representing the provincial government, contended that the shops stood on encroached land earmarked for a road-widening project and that the occupants had been served notices “repeatedly over the past three years”.

“The administration acted strictly under the law. These were illegal structures obstructing a public project,” he said.

Justice Mirza, however, appeared unconvinced. “If notices were served over three years, where is the record? Show us a single acknowledgement signed by any trader,” he said, adding that the court would not allow “the bulldozer to become a substitute for the law”.

The judge also asked why no compensation had been offered under the land acquisition law if the land was genuinely required for the road.

Justice Akhtar noted that, according to documents placed on record by the government itself, the road project had yet to be approved by the provincial planning and development department. “Then what was the hurry?” she asked the law officer.

The court directed the deputy commissioner to appear in person at the next hearing and restrained the authorities from auctioning the cleared land or carrying out any construction on it until then.

Outside the court, the traders’ association president, Muhammad Arshad Butt, said the order had given hope to hundreds of families who had lost their livelihoods overnight.

“We are not against development. We only ask to be treated as citizens, not as encroachers,” he told reporters, adding that many shopkeepers had taken loans to restock ahead of Ramazan.

A spokesman for the district administration said the government would comply with the court’s directions and would present “all relevant documents and notices” at the next hearing, fixed for March 28.""",
        [
            ("in complete disregard of", "Farrukh Iqbal Mirza"),
            ("Notices were pasted on the", "Shahid Nawaz Cheema"),
            ("My clients were not even", "Shahid Nawaz Cheema"),
            ("repeatedly over the past three", "Rana Tufail Ahmad"),
            ("The administration acted strictly under", "Rana Tufail Ahmad"),
            ("If notices were served over", "Farrukh Iqbal Mirza"),
            ("the bulldozer to become a", "Farrukh Iqbal Mirza"),
            ("Then what was the hurry?", "Naheed Akhtar"),
            ("We are not against development.", "Muhammad Arshad Butt"),
            ("all relevant documents and notices", "spokesman"),
        ],
    ),
    (
        """Flash floods leave 2 lakh marooned in Sunamkhali

Partha Sarathi Das, Sunamkhali

Around two lakh people in five upazilas of Sunamkhali remained marooned yesterday as onrush of water from upstream hills and incessant rain inundated vast areas of the district for the third consecutive day.

The Meghkhola river was flowing 48cm above the danger level at Dhalighat point around 6:00pm yesterday, according to the Water Development Board (WDB).

“The water level may rise further in the next 24 hours as heavy rainfall has been forecast in the upstream catchment,” said Mahbubul Alam, executive engineer of WDB in Sunamkhali.

Roads linking the district town with Tahirganj, Dharmapur and Kalimpur upazilas have gone under knee- to waist-deep water, snapping road communication, locals said. Power supply to large parts of the three upazilas has also been suspended as a precaution.

At least 312 educational institutions have been turned into flood shelters, where over 18,000 people have taken refuge, said Deputy Commissioner Nazmul Hasan Chowdhury.

“We have allocated 150 tonnes of rice and Tk 10 lakh in cash for the affected people. Dry food is being distributed in the shelters,” the DC said.

Many flood victims, however, complained that relief had not yet reached them.

Rahima Khatun, 45, of Uttar Baliakandi village, who took shelter at a primary school with her three children, said, “Water entered our house at midnight. We left with only the clothes we were wearing. Since yesterday, we have got only a packet of chira and some molasses.”

“My cows are still at home, standing in water. I don’t know if they will survive,” said her neighbour Abdul Kuddus.

Contacted, Tahirganj Upazila Nirbahi Officer (UNO) Farzana Akter said relief distribution was being hampered by a shortage of boats. “We have requisitioned 40 engine boats and more will be added from tomorrow. No one will go without food,” she told this correspondent over the phone.

A WDB official, requesting anonymity, said a portion of the flood control embankment at Kalimpur haor was “at serious risk” and could give way if the water rose a few more centimetres.

“We are sandbagging day and night, but the pressure of water is enormous,” he said.

Bimal Chandra Sarker, deputy director of the Department of Agricultural Extension in Sunamkhali, said Aus paddy on about 6,200 hectares and vegetables on another 900 hectares had been submerged.

“If the water does not recede within a week, the losses will be huge for farmers who are yet to recover from last year’s flood,” he said.

Meanwhile, the Met office has forecast heavy to very heavy rainfall in the region over the next three days, while the Flood Forecasting and Warning Centre said the situation in the low-lying areas of the district could deteriorate further.""",
        [
            ("The water level may rise", "Mahbubul Alam"),
            ("We have allocated 150 tonnes", "Nazmul Hasan Chowdhury"),
            ("Water entered our house at", "Rahima Khatun"),
            ("My cows are still at", "Abdul Kuddus"),
            ("We have requisitioned 40 engine", "Farzana Akter"),
            ("at serious risk", "WDB official"),
            ("We are sandbagging day and", "WDB official"),
            ("If the water does not", "Bimal Chandra Sarker"),
        ],
    ),
    (
        """Textile exports slide 9% as energy costs bite

Our Correspondent

KARACHI: Pakistan's textile and clothing exports fell 9.2% year-on-year to $1.38 billion in October, according to provisional figures compiled by the commerce ministry, as exporters blamed high energy tariffs and a slowdown in orders from Europe for the decline.

Exports of knitwear, the largest value-added segment, dropped 11% to $352 million, while bedwear shipments fell 7.4% to $218 million. Cotton yarn exports were down nearly a fifth.

"We are being priced out of the market," said Kamran Siddiqui, chairman of the All Pakistan Knitwear and Apparel Exporters Forum (APKAEF). "Our competitors in Bangladesh and Vietnam are paying nearly half of what we pay for energy. Buyers don't care about our problems; they go where the price is right."

Siddiqui said at least 35 mid-sized units had either closed or cut production to a single shift since July.

In a letter to the finance minister last week, the forum warned that "the industry is standing at the edge of a cliff" and sought a regionally competitive energy tariff of nine cents per unit for export-oriented units.

Muhammad Usman Tiwana, who runs a spinning mill near Jhangabad, said he had shut two of his four units. "I have laid off 600 workers since July. Each of them supports a family of six or seven people," he said. "When a mill closes, the whole neighbourhood feels it."

Economists, however, cautioned against blaming energy prices alone.

Dr Ayesha Bano, who teaches economics at the Lahore Institute of Business and Policy Studies, described the decline as "partly cyclical and partly structural".

"Global demand has softened, especially in Europe, but the bigger issue is that our exporters remain stuck in low-value products like yarn and greige cloth. We have not diversified in thirty years," she said.

A senior official of the commerce ministry, speaking on condition of anonymity, said the government was working on a relief package but that fiscal space was limited under the ongoing IMF programme.

"We understand the pain of exporters, but we cannot give blanket subsidies at this point. Whatever we do has to be targeted," the official said.

In a statement issued late Monday, the Ministry of Commerce said it was "fully engaged with all stakeholders" and that a new textile and apparel policy would be presented to the federal cabinet "within the next few weeks".

Industry representatives said they had heard similar assurances before. A meeting between exporters and the finance minister is expected later this week.""",
        [
            ("We are being priced out", "Kamran Siddiqui"),
            ("Our competitors in Bangladesh and", "Kamran Siddiqui"),
            ("the industry is standing at", "All Pakistan Knitwear and Apparel Exporters Forum"),
            ("I have laid off 600", "Muhammad Usman Tiwana"),
            ("When a mill closes, the", "Muhammad Usman Tiwana"),
            ("partly cyclical and partly structural", "Ayesha Bano"),
            ("Global demand has softened, especially", "Ayesha Bano"),
            ("We understand the pain of", "senior official of the commerce ministry"),
            ("fully engaged with all stakeholders", "Ministry of Commerce"),
            ("within the next few weeks", "Ministry of Commerce"),
        ],
    ),
    (
        """RMG exporters fear order shift as buyers press for price cuts

Shafiqul Islam Rony

Garment exporters have warned that a significant share of work orders for the upcoming autumn-winter season could shift to competing countries, as major buyers from the US and Europe press for price cuts of up to 8% amid sluggish retail demand.

Apparel shipments fell 6.3% year-on-year to $3.1 billion in April, according to government data, the third consecutive month of decline.

At a press conference at its Uttara office on Sunday, Bangladesh Apparel Makers and Exporters Association (BAMEA) President Tanvir Ahmed Majumder said: "Buyers are asking us to cut prices at a time when our production costs have risen by at least 25% in the last two years. Wages have gone up, gas prices have gone up, bank interest has gone up. This is simply not sustainable.

"If this continues, many small and medium factories will not survive the next six months. We are already seeing closures every week."

He said at least 47 member factories had shut down since January, leaving nearly 30,000 workers jobless.

Mohiuddin Kabir, managing director of Sonargaon Knit Composite Ltd, said his company had lost two orders to Cambodia last month.

"The buyer told us very politely that our price was 40 cents higher per piece. For a basic T-shirt, that is a lot. We could not match it without running at a loss," he told this correspondent.

A sourcing manager at a European retail brand, who did not want to be named, said buyers were themselves under pressure. "Consumers in Europe are cutting back. Our stores are sitting on excess inventory, so we have to be very careful with costing," she said.

Labour leaders, however, accused factory owners of using the situation as an excuse to delay wages and bonuses.

"Every time there is a crisis, the owners cry loss, but the first to suffer are the workers," said Nazma Parvin, general secretary of the Garment Sramik Oikya Forum. "Last month alone, workers of at least 20 factories did not get their wages on time."

In a written statement distributed at the press conference, BAMEA urged the government to "immediately reinstate the export cash incentive" that was withdrawn in February and to cut the source tax on export proceeds to 0.5%.

Commerce Secretary Sheikh Mahfuzur Rahman told reporters at the Secretariat that the government was in talks with exporters. "We are aware of the situation. The government will not let the sector fall, but any support has to be within our budgetary capacity," he said.

The apparel sector accounts for more than 80% of the country's export earnings and employs around four million workers, most of them women.""",
        [
            ("Buyers are asking us to", "Tanvir Ahmed Majumder"),
            ("If this continues, many small", "Tanvir Ahmed Majumder"),
            ("The buyer told us very", "Mohiuddin Kabir"),
            ("Consumers in Europe are cutting", "sourcing manager at a European retail brand"),
            ("Every time there is a", "Nazma Parvin"),
            ("Last month alone, workers of", "Nazma Parvin"),
            ("immediately reinstate the export cash", "Bangladesh Apparel Makers and Exporters Association"),
            ("We are aware of the", "Sheikh Mahfuzur Rahman"),
        ],
    ),
    (
        """Hawks ride Zaidi's blazing ton into final

LAHORE: Opener Faizan Zaidi smashed a blistering 58-ball 104 as Hyderabad Hawks thrashed Peshawar Falcons by 47 runs in the second qualifier of the Indus Premier League at the Model Town Cricket Ground on Thursday night.

Put in to bat, the Hawks piled up 211-4 in their 20 overs, with Zaidi hitting nine fours and seven sixes. He added 118 for the second wicket with Usama Rind, who made a brisk 49 off 31 balls.

The Falcons never recovered after losing three wickets inside the powerplay and were bowled out for 164 in 18.3 overs. Left-arm spinner Danish Qureshi returned figures of 3-22, while pacer Arsalan Jutt took 2-30.

"I had been struggling for runs in the last few games, so I just told myself to back my strengths and play straight," Zaidi said at the post-match press conference. "The pitch was good for batting once you got set, and I am happy I could finish the job for the team."

Hawks captain Shoaib Mehmood Khan heaped praise on the opener. "Faizan is a match-winner. When he gets going, there is no better sight in Pakistan cricket," Khan said, adding that his side would go into Sunday's final "with nothing to fear".

Falcons skipper Adnan Afridi admitted that his bowlers had been "too predictable at the death".

"We went for yorkers and they were ready for it. Credit to them, but we have a lot to learn from this game," he said.

The match was not without controversy. Zaidi, on 38 at the time, survived when the third umpire ruled that a diving catch by Falcons fielder Hamza Yousaf at deep midwicket had not been cleanly taken.

Falcons' team director Wasim Gul later told reporters that the replay "clearly showed the fingers under the ball".

"That was the turning point of the match. One decision like that and the whole game changes," Gul said.

The Indus Premier League, however, said in a statement that the decision had been made "after reviewing all available camera angles" and that the matter stood closed.

The Hawks will face Lahore Lancers in the final at the same venue on Sunday.""",
        [
            ("I had been struggling for", "Faizan Zaidi"),
            ("The pitch was good for", "Faizan Zaidi"),
            ("Faizan is a match-winner. When", "Shoaib Mehmood Khan"),
            ("with nothing to fear", "Shoaib Mehmood Khan"),
            ("too predictable at the death", "Adnan Afridi"),
            ("We went for yorkers and", "Adnan Afridi"),
            ("clearly showed the fingers under", "Wasim Gul"),
            ("That was the turning point", "Wasim Gul"),
            ("after reviewing all available camera", "Indus Premier League"),
        ],
    ),
    (
        """Batting collapse hands Tigers 10-wicket defeat

Sports Reporter

Bangladesh’s familiar batting frailties resurfaced once again as they were bowled out for 151 in their second innings, handing Ireland a 10-wicket win inside four days in the first Test at the Sagarika Divisional Stadium on Monday.

Resuming the day on 62-3, still 71 runs behind, the hosts lost their last seven wickets for 89 runs in little more than two sessions. Ireland then knocked off the target of 19 in 3.2 overs.

Only wicketkeeper-batter Nurul Amin Sohan offered resistance with a gritty 54, while Irish seamer Darragh Kealy finished with 5-41, his maiden five-wicket haul in Tests.

‘We batted poorly in both innings, there is no hiding from that,’ Bangladesh captain Towhid Hasan Rafi said at the post-match press conference.

‘Our top order has to take responsibility, and I am including myself in that. You cannot win Test matches scoring 190 in the first innings.’

Rafi, who made 6 and 11, said the batters had been ‘too hesitant against the short ball’ and had allowed the Irish seamers to settle into a rhythm.

Head coach Graham Whitlock was equally blunt: ‘The wicket was not a minefield. Their bowlers hit the right areas for longer periods, and we didn’t. It’s as simple as that.’

Whitlock, however, defended the decision to play three specialist spinners, saying the team management had read the conditions ‘the way most people would have’ on the eve of the match.

Ireland captain Niall McBride called the victory one of the most significant in his country’s Test history.

‘It’s a special win for us. The lads have worked incredibly hard on playing spin over the last year, and it showed,’ McBride said.

The defeat is likely to bring changes for the second Test, which starts in Dhaka on Saturday.

A member of the selection panel, who did not wish to be named, said the selectors would meet on Tuesday evening.

‘There will be changes for the second Test. We cannot keep backing the same players forever if they are not scoring runs,’ the selector said.

Bangladesh have now lost five of their last six Tests at home.""",
        [
            ("We batted poorly in both", "Towhid Hasan Rafi"),
            ("Our top order has to", "Towhid Hasan Rafi"),
            ("too hesitant against the short", "Towhid Hasan Rafi"),
            ("The wicket was not a", "Graham Whitlock"),
            ("the way most people would", "Graham Whitlock"),
            ("It’s a special win for", "Niall McBride"),
            ("There will be changes for", "member of the selection panel"),
        ],
    ),
    (
        """Floodwater breaches Lakhi Shah bund, dozens of villages inundated

Our Correspondent

DADUKOT: Dozens of villages in Dadukot and adjoining talukas were inundated on Wednesday after a breach developed in the Lakhi Shah flood protective bund along the right bank of the Indus, forcing thousands of people to flee to higher ground.

Officials said the breach occurred around 3am near the village of Goth Karim Bux, about 12 kilometres south of the town, as the river carried a flow of more than 550,000 cusecs past the Sherpur barrage.

Irrigation department Superintending Engineer Ghulam Mustafa Shar said the breach had widened to “nearly 200 feet by the afternoon”.

“Our teams are on site with stone and heavy machinery, but the current is too strong to plug it right now. We will make another attempt once the flow eases,” he said.

Survivors camped on the bund described scenes of panic.

“We heard people shouting from the mosque loudspeaker and ran. The water came faster than we could carry our children,” said Bashiran, a woman in her sixties who had spent the day under a plastic sheet on the embankment with her grandchildren. “Our goats, our grain, everything is gone.”

The Provincial Disaster Management Authority said in a statement that 14 relief camps had been set up in government schools in the district and that “all available resources have been mobilised” for rescue and relief. It said 46 boats had been pressed into service.

Local residents, however, said rescue teams had reached only a handful of the affected villages by evening.

Nisar Ahmed Lund, an opposition member of the provincial assembly from the area, accused the irrigation department of negligence, saying repeated warnings about the bund’s condition had been “ignored by those sitting in air-conditioned offices”.

“I wrote to the irrigation secretary twice in June. Nobody even bothered to send an engineer to inspect it,” he told reporters at the Dadukot Press Club.

Provincial Irrigation Minister Abdul Sattar Junejo dismissed the allegations as “baseless and politically motivated”.

“This is the highest flow the river has seen in twelve years. No structure is designed to withstand this kind of pressure indefinitely,” the minister said, adding that an inquiry would be held once the emergency was over.

A senior official of the irrigation department, speaking on condition of anonymity, conceded that funds for the bund’s annual maintenance had not been released for two years. “We have been running on empty, and everyone knew it,” the official said.

The Met Office has forecast more rain in the upper parts of the country over the next 48 hours, raising fears of a second flood wave reaching the area by the weekend.""",
        [
            ("nearly 200 feet by the", "Ghulam Mustafa Shar"),
            ("Our teams are on site", "Ghulam Mustafa Shar"),
            ("We heard people shouting from", "Bashiran"),
            ("Our goats, our grain, everything", "Bashiran"),
            ("all available resources have been", "Provincial Disaster Management Authority"),
            ("ignored by those sitting in", "Nisar Ahmed Lund"),
            ("I wrote to the irrigation", "Nisar Ahmed Lund"),
            ("baseless and politically motivated", "Abdul Sattar Junejo"),
            ("This is the highest flow", "Abdul Sattar Junejo"),
            ("We have been running on", "senior official of the irrigation department"),
        ],
    ),
    (
        """HC orders Tk 15 lakh compensation for each Baroipara fire victim's family

Staff Correspondent

The High Court yesterday directed the owners of Meghna Star Fabrics Ltd to pay Tk 15 lakh in compensation to the family of each of the 23 workers killed in a fire at its factory in Baroipara last year.

The bench of Justice Rezaul Karim Talukder and Justice Kazi Shahnaz Parveen delivered the verdict after hearing a writ petition filed by rights organisation Bangladesh Legal Rights Trust (BLRT) and two relatives of the victims. The money must be paid within 90 days through the district labour office.

Reading out the verdict, Justice Rezaul Karim Talukder said the deaths were "the direct result of criminal negligence" by the factory management, which, according to the government probe committee, had kept two of the three exit gates locked during working hours.

"A worker does not sell his life when he sells his labour. The State and the employer both have a duty to ensure that he returns home alive at the end of the day," the judge observed.

The court also directed the government to complete within six months a safety audit of all knitting and dyeing factories in the Baroipara industrial belt and to submit a compliance report.

Sumaiya Haque, who argued for the petitioners, told reporters after the verdict that it was "a landmark for workers' safety" in the country.

She said: "This verdict sends a clear message to every factory owner. Locking gates is not a management decision, it is a crime.

"We now hope the government will make sure the money actually reaches the families, not middlemen."

Deputy Attorney General Mohammad Saiful Alam, who represented the state, said the government would "examine the full text of the verdict" before deciding on its next step.

Meghna Star Fabrics, in a statement sent to journalists last night, said it "respects the court's decision" but would move the Appellate Division against the compensation amount.

"The company has already paid Tk 2 lakh to each family and has cooperated fully with the investigation from day one," the statement said.

Outside the courtroom, Shefali Begum, whose 19-year-old daughter died in the fire, broke down in tears.

"Money will not bring back my daughter. But at least now people will know that it was not an accident," she said.

The fire broke out on the fourth floor of the eight-storey factory on the evening of September 14 last year. Fire service officials said at the time that most of the victims died from smoke inhalation while trying to reach the locked exits.""",
        [
            ("the direct result of criminal", "Rezaul Karim Talukder"),
            ("A worker does not sell", "Rezaul Karim Talukder"),
            ("a landmark for workers' safety", "Sumaiya Haque"),
            ("This verdict sends a clear", "Sumaiya Haque"),
            ("We now hope the government", "Sumaiya Haque"),
            ("examine the full text of", "Mohammad Saiful Alam"),
            ("respects the court's decision", "Meghna Star Fabrics Ltd"),
            ("The company has already paid", "Meghna Star Fabrics Ltd"),
            ("Money will not bring back", "Shefali Begum"),
        ],
    ),
]
