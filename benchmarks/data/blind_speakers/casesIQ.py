CASES = [
    (
        """Norway's Nordvik Energi delays Skarvholm gas project as costs rise

By Ingrid Saether

OSLO, March 12 (Reuters) - Norwegian oil and gas producer Nordvik Energi has postponed a final investment decision on its Skarvholm gas field in the Norwegian Sea by at least a year, citing cost inflation in the supply chain, the company said on Tuesday.

The development, estimated at 28 billion Norwegian crowns ($2.6 billion) last year, had been expected to be sanctioned before the end of 2024 and to start producing in 2028.

"We have seen cost estimates move in the wrong direction, and we are not willing to sanction a project that does not meet our return requirements," Chief Executive Halvard Moe told Reuters in an interview.

"Skarvholm remains a good resource. This is about timing, not about whether it will be developed," he added.

Nordvik, which is 41% owned by investment firm Fjellstad Holding, said the revised cost estimate was about 18% higher than the previous one, driven by higher prices for subsea equipment and rig rates.

Shares in the company fell 3.4% by 1015 GMT, underperforming the Oslo benchmark index, which was down 0.2%.

Brokerage Brekke Securities said in a note to clients that the delay was "not a huge surprise" given recent comments from management, but cut its price target on the stock to 212 crowns from 230.

The postponement comes as Norway's government urges companies to keep exploring and developing fields to maintain gas exports to Europe, where Norway has become the largest supplier since Russia's invasion of Ukraine in 2022.

"It is natural that companies assess costs carefully, and we respect that," said Kjetil Ravndal, state secretary at the energy ministry. "At the same time, we need new projects to keep Norwegian gas flowing to Europe into the next decade."

Partners in the licence include Danish-owned Havbro Energy, with 30%, and Bergen-based Kystgass, with 29%.

A spokesperson for Havbro said the company "supports the operator's decision" and would continue to work with its partners on reducing costs.

At least four other developments on the Norwegian continental shelf have been delayed or re-scoped over the past 12 months, according to industry association Norsk Sokkelforening.

"The cost picture has become very challenging, especially for the smaller fields," said Trine Aasheim, the association's director of economics.

Moe said Nordvik would now study tying the field back to existing infrastructure in the area, an option he described as "simpler, cheaper and probably smarter" than the stand-alone platform originally planned.

(Reporting by Ingrid Saether; Editing by Mark Potter)""",
        [
            ("We have seen cost estimates", "Halvard Moe"),
            ("Skarvholm remains a good resource.", "Halvard Moe"),
            ("not a huge surprise", "Brekke Securities"),
            ("It is natural that companies", "Kjetil Ravndal"),
            ("At the same time, we", "Kjetil Ravndal"),
            ("supports the operator's decision", "spokesperson"),
            ("The cost picture has become", "Trine Aasheim"),
            ("simpler, cheaper and probably smarter", "Halvard Moe"),
        ],
    ),
    (
        """Fears for 140 jobs as Port Kellie yard loses platform contract

by Fiona Mackay

Around 140 jobs are at risk at a north-east decommissioning yard after its owner lost out on a major contract to dismantle a North Sea platform.

Brannock Marine Services, which employs about 320 people at its quayside site in Port Kellie, confirmed yesterday that it had begun a consultation with staff after the work was awarded to a rival yard in Norway.

The contract, to break up and recycle the 18,000-tonne topsides of the Carrick Alpha platform, had been seen as vital to keeping the yard busy until 2026.

Managing director Graham Strachan said the firm was 'bitterly disappointed' by the decision.

'We put in a competitive bid and we have a workforce that has done this kind of work safely for more than a decade,' he said.

'Losing Carrick Alpha leaves a hole in our order book that we simply cannot fill in the short term. We will do everything we can to keep redundancies to a minimum.'

Carrick Alpha operator Tannach Petroleum said the award followed 'a robust and fair tender process'.

A spokeswoman for the firm added: 'Cost, capacity and schedule were all key factors. We recognise this will be disappointing news for Port Kellie and we thank Brannock for their engagement throughout.'

Shona Rennie, regional officer for the Offshore and Allied Trades Union, described the news as a 'hammer blow' for the town.

'This is exactly what we have been warning about for years,' she said. 'The UK talks a good game about supporting workers, but when the actual work comes along, it goes overseas.'

Ms Rennie said the so-called 'just transition' was in danger of 'turning into a just-go-elsewhere transition' for workers in the north-east.

The yard has dismantled eleven platforms since 2012 and was named in the Decom North Forum's recent report, 'Ready for Removal', as one of only three UK sites capable of handling large topsides.

North-east MSP Alasdair Grieve said he had written to the Scottish Government asking for urgent talks with the company and the union.

'Port Kellie has given decades to this industry, and it deserves better than to be left picking up the scraps,' he said.

A Scottish Government spokesman said: 'We are aware of the announcement and ministers will engage with Brannock Marine Services to understand what support can be offered to the workforce.'""",
        [
            ("bitterly disappointed", "Graham Strachan"),
            ("We put in a competitive bid", "Graham Strachan"),
            ("Losing Carrick Alpha leaves a", "Graham Strachan"),
            ("a robust and fair tender", "Tannach Petroleum"),
            ("Cost, capacity and schedule were", "spokeswoman"),
            ("hammer blow", "Shona Rennie"),
            ("This is exactly what we", "Shona Rennie"),
            ("The UK talks a good", "Shona Rennie"),
            ("turning into a just-go-elsewhere transition", "Shona Rennie"),
            ("Port Kellie has given decades", "Alasdair Grieve"),
            ("We are aware of the", "spokesman"),
        ],
    ),
    (
        """North Sea producers threaten spending cuts after windfall tax extended

Jessica Harlow Energy correspondent

Oil and gas companies operating in the North Sea have warned they will cut investment and jobs after ministers confirmed that the windfall tax on their profits will stay in place until the end of the decade.

The extension of the energy profits levy, announced in the budget on Wednesday, is expected to raise an extra £4bn over five years, according to Treasury estimates.

But Rhona Baird, the chief executive of the industry body Offshore Futures Scotland, said the decision would “drive capital out of the basin at exactly the wrong moment”.

“Every company I speak to is now going back through its plans,” she said. “These are not idle threats. Investors have choices, and at the moment the UK is at the bottom of the list.”

Baird said her members had already shelved projects worth about £9bn since the levy was first introduced, and that further cuts would hit the supply chain in north-east Scotland hardest.

Within hours of the announcement, Caldermuir Energy, one of the largest independent producers in the basin, said it would pause drilling on two wells in the central North Sea, describing the tax regime as “unstable and punitive” in a statement to the stock exchange.

The Treasury defended the decision, saying the levy was a “fair contribution from companies that benefited” from the spike in energy prices. A Treasury spokesperson said: “We have been clear that the levy is temporary and will end if prices return to normal levels. Companies can still claim generous allowances for investment in decarbonisation.”

Trade unions were divided. Derek Mowat, the Scottish secretary of the Energy Workers’ Federation, said his members were “caught in the middle of a fight between the Treasury and the boardrooms”.

“Nobody is defending excess profits, but our members need to know there will be work for them next year and the year after,” he said. “At the moment there is no plan, just slogans.”

Environmental campaigners welcomed the extension. Lena Forsyth, of the campaign group Fair Share Climate, said: “The industry has been crying wolf about investment for years while paying record dividends. The public deserves a share of those windfalls.”

Analysts said the impact might be smaller than companies claim. Callum Reid, head of upstream research at Aberdeen-based Northlight Energy Research, said capital spending in the basin had been falling for a decade as fields matured.

“The decline was already baked in,” he said. “The tax speeds it up at the margin, but it is geology, not politics, that decides what is left to produce.”

According to Northlight, investment in new fields could fall by a third by 2027 under the extended regime.""",
        [
            ("drive capital out of the", "Rhona Baird"),
            ("Every company I speak to", "Rhona Baird"),
            ("These are not idle threats.", "Rhona Baird"),
            ("unstable and punitive", "Caldermuir Energy"),
            ("fair contribution from companies that", "Treasury"),
            ("We have been clear that", "spokesperson"),
            ("caught in the middle of", "Derek Mowat"),
            ("Nobody is defending excess profits,", "Derek Mowat"),
            ("At the moment there is", "Derek Mowat"),
            ("The industry has been crying", "Lena Forsyth"),
            ("The decline was already baked", "Callum Reid"),
            ("The tax speeds it up", "Callum Reid"),
        ],
    ),
    (
        """Coastal municipality vows to fight cable plan for Ålgrunn field

Residents of Brattøy on Norway's west coast have launched a campaign against plans to run a high-voltage power line across the island to supply electricity to the offshore Ålgrunn field, saying the project will take power the region needs for its own industry.

Operator Vestkyst Petro wants to replace gas turbines on the Ålgrunn platform with power from the onshore grid, a move it says will cut the field's carbon dioxide emissions by around 380,000 tonnes a year.

But Mayor Solveig Hatlem said the municipal council had voted 23-4 against the proposed route.

"We are not against cutting emissions. We are against sending our power offshore when local companies are standing in line for grid connections," Hatlem told the local newspaper Vestlandsposten.

She said a planned salmon processing plant and a battery materials factory had both been told they could not be connected to the grid before 2030.

"It makes no sense. We are being asked to give up our own growth so that an oil field can produce for another fifteen years," she said.

The campaign, which calls itself "Kraft til Kysten" (Power to the Coast), has collected more than 4,000 signatures, according to its organisers.

Vestkyst Petro said the electrification was necessary to meet national climate targets and that it had held "extensive dialogue" with local authorities.

"Power from shore is the single most effective measure we have to reduce emissions from the field," project director Einar Kvalheim said in a written reply to questions. "We understand the concerns about grid capacity, and we are working with Nordnett to find solutions that also benefit the region."

Grid operator Nordnett said capacity in the area was "very tight", but that a planned upgrade of the main transmission line would free up additional power from 2029.

Electrification of offshore installations has become one of the most contested climate issues in Norway. Supporters say it is the fastest way to cut emissions from the petroleum sector, which accounts for roughly a quarter of the country's greenhouse gas emissions, while critics argue it pushes up electricity prices and diverts renewable power from onshore industry.

Local fisherman Arild Nesheim, 58, who has signed the petition, said he feared the cable landing would also disturb important spawning grounds close to the island.

"They come here with nice drawings and talk about the climate, but nobody asked us," he said.

The Energy Regulatory Directorate, which must approve the licence application, said it expected to make a decision in the autumn.""",
        [
            ("We are not against cutting", "Solveig Hatlem"),
            ("It makes no sense. We", "Solveig Hatlem"),
            ("extensive dialogue", "Vestkyst Petro"),
            ("Power from shore is the", "Einar Kvalheim"),
            ("We understand the concerns about", "Einar Kvalheim"),
            ("very tight", "Nordnett"),
            ("They come here with nice", "Arild Nesheim"),
        ],
    ),
    (
        """Green light for £1.2bn Inverallan carbon capture scheme

Douglas Niven
Business Correspondent

A £1.2 billion project to capture carbon dioxide from industrial sites in central Scotland and bury it beneath the North Sea has been given the go-ahead, in what the chief executive of Lomond Energy called a ‘turning point’ for the country’s heavy industry.

The Inverallan Carbon Store, led by a consortium of Edinburgh-based Lomond Energy and Norwegian partner Fjordlys Karbon, will pipe CO2 from a refinery, a cement works and a planned hydrogen plant to a depleted gas reservoir around 90 miles offshore.

Morag Lindsay, who has led Lomond since 2019, said the funding agreement with the UK Government ended ‘years of uncertainty’ for the scheme, which was first proposed in 2017.

‘This is the moment when carbon capture in Scotland stops being a slide in a presentation and becomes steel in the ground,’ she said.

‘We will start work on the onshore pipeline early next year, and we expect to inject the first tonnes of carbon dioxide in 2029.

‘It will safeguard hundreds of jobs at the sites that connect to it, and it gives those businesses a future in a net zero economy.’

The UK Government said in a statement that the project would ‘anchor a new industry in Scotland’ and could eventually store up to six million tonnes of CO2 a year.

Fjordlys Karbon, which operates two carbon storage sites off the Norwegian coast, will take a 40 per cent stake and lead the offshore engineering work.

Its managing director, Per Oddvar Strand, said the company had learned ‘hard lessons’ in Norway that would help keep the Scottish project on budget. ‘We know the reservoir, we know the technology, and we know what goes wrong,’ he told The Herald. ‘That experience is what we bring to Inverallan.’

The hydrogen plant linked to the scheme would produce so-called ‘blue’ hydrogen from natural gas, with the resulting emissions captured and stored.

Environmental groups remain sceptical. Kirsty Halliday, director of Climate Action Lothian, said carbon capture was ‘an expensive distraction that keeps fossil fuel plants running’.

‘Every pound spent here is a pound not spent on insulating homes or building renewables,’ she said.

The Scottish Industry Council’s report ‘Decarbonising the Forth’, published last year, identified the Inverallan cluster as the single biggest opportunity to cut emissions from Scottish industry.

Iain Baxter, an organiser with the Scottish Energy Workers Union, said the project would need ‘proper guarantees’ that construction jobs would go to local workers.""",
        [
            ("turning point", "Morag Lindsay"),
            ("years of uncertainty", "Morag Lindsay"),
            ("This is the moment when", "Morag Lindsay"),
            ("We will start work on", "Morag Lindsay"),
            ("It will safeguard hundreds of", "Morag Lindsay"),
            ("anchor a new industry in", "UK Government"),
            ("hard lessons", "Per Oddvar Strand"),
            ("We know the reservoir, we", "Per Oddvar Strand"),
            ("That experience is what we", "Per Oddvar Strand"),
            ("an expensive distraction that keeps", "Kirsty Halliday"),
            ("Every pound spent here is", "Kirsty Halliday"),
            ("proper guarantees", "Iain Baxter"),
        ],
    ),
    (
        """Havgard profits fall as weaker gas prices offset record output

Tom Arkwright in Oslo

Havgard, the Norwegian state-controlled oil and gas group, reported a 31 per cent drop in quarterly profits as lower European gas prices outweighed record production from its fields in the North Sea and the Barents Sea.

Adjusted operating income fell to $2.9bn in the third quarter from $4.2bn a year earlier, slightly below the $3.1bn forecast by analysts polled by the company. Production rose 4 per cent to 2.2mn barrels of oil equivalent a day, helped by the start-up of the Kvitfjell field.

Siri Bakken, chief executive, said the group was “in a strong position” despite the weaker market.

“We are producing more than ever, our costs are under control and our balance sheet is robust,” she told analysts on a conference call. “Prices go up and down. What we control is how efficiently we run the business.”

The company kept its quarterly dividend unchanged at 35 cents a share and said its $6bn share buyback programme for the year would be completed. Chief financial officer Jon-Erik Vatne said buybacks would continue in 2025 “as long as the balance sheet allows it”.

Havgard also took a $400mn impairment on its stake in the Solan Deep floating wind project off the coast of Scotland, which it said faced higher costs and delays to its grid connection. In its quarterly report, the company described conditions in offshore wind as “challenging for the whole industry”.

“We are not leaving renewables, but we are being much more selective about where we put our capital,” Bakken said.

The shift has been welcomed by many investors. A large shareholder in the company, who asked not to be named, said investors were “relieved to see some discipline” after years of heavy spending on low-carbon projects.

“Two years ago they wanted to be a wind company. Now they are an oil and gas company that does some wind, and the share price tells you which the market prefers,” the shareholder said.

Shares in Havgard fell 1.8 per cent in Oslo on Wednesday morning.

Mathilde Rønning, an analyst at Kvist Bank, called the results “solid but unspectacular”, adding that the outlook for European gas prices through the winter would be the main driver of the shares. “If we get a cold winter, this quarter will look like the bottom,” she wrote in a note to clients.""",
        [
            ("in a strong position", "Siri Bakken"),
            ("We are producing more than", "Siri Bakken"),
            ("Prices go up and down.", "Siri Bakken"),
            ("as long as the balance", "Jon-Erik Vatne"),
            ("challenging for the whole industry", "Havgard"),
            ("We are not leaving renewables,", "Siri Bakken"),
            ("relieved to see some discipline", "large shareholder in the company"),
            ("Two years ago they wanted", "large shareholder in the company"),
            ("solid but unspectacular", "Mathilde Rønning"),
            ("If we get a cold", "Mathilde Rønning"),
        ],
    ),
    (
        """European gas prices jump after outage at Norwegian plant

Oslo (AFP) - European gas prices rose sharply on Thursday after an unplanned outage at a major Norwegian processing plant cut exports to the continent, the operator said.

The Dutch TTF contract, the benchmark for European gas trading, climbed as much as 12 percent in morning trading before paring gains to stand 8 percent higher by early afternoon.

State-owned gas transport company Nordgas Transport said on its website that the Skoltevik plant on the west coast had been shut because of a "technical fault in the compressor system", and that it expected the facility to restart "within 48 hours".

The outage reduced Norwegian export capacity by around 60 million cubic metres per day, according to the company's data, roughly a fifth of the country's total pipeline flows to Europe.

"We are working to restore full capacity as quickly and safely as possible," Nordgas spokesman Tor Helge Brun told AFP.

He declined to give further details of the fault, or to say whether it was related to maintenance work carried out at the plant in September.

Norway has become Europe's largest supplier of natural gas since Russia cut pipeline deliveries following its 2022 invasion of Ukraine, and it now accounts for around 30 percent of the European Union's gas imports.

"The market has very little cushion going into the winter. Any outage in Norway moves prices straight away," said one London-based gas trader, who asked not to be named because he was not authorised to speak to the media.

Analysts said the reaction showed how exposed Europe remained to disruptions on the Norwegian continental shelf.

"This is a reminder of how dependent Europe has become on a handful of Norwegian facilities," said Lukas Berger, head of gas research at Kestrel Commodities in Hamburg.

Berger noted that EU gas storage sites were around 94 percent full, a level he described as "comfortable, but not a guarantee against price spikes".

An official at Norway's energy ministry said the government was "following the situation closely" but that the repair was a matter for the operator.

Late on Thursday, Nordgas Transport said in an update that "gas flows are expected to be partly restored" on Friday morning, with full capacity available by the weekend.

Prices eased slightly in after-hours trading following the update.""",
        [
            ("technical fault in the compressor", "Nordgas Transport"),
            ("within 48 hours", "Nordgas Transport"),
            ("We are working to restore", "Tor Helge Brun"),
            ("The market has very little", "London-based gas trader"),
            ("This is a reminder of", "Lukas Berger"),
            ("comfortable, but not a guarantee", "Lukas Berger"),
            ("following the situation closely", "official at Norway's energy ministry"),
            ("gas flows are expected to", "Nordgas Transport"),
        ],
    ),
    (
        """'We cannot miss this boat again': ports chief's floating wind warning

Euan Calder

The head of one of Scotland's largest ports has warned the country risks repeating the mistakes of the first offshore wind boom unless it invests urgently in facilities to build floating turbines.

Kenneth Dunbar, chief executive of the Port of Strathmorven, said Scotland had 'watched the jobs sail away' during the first wave of fixed-bottom projects, when most foundations and towers were fabricated in Asia and continental Europe.

'We cannot miss this boat again,' he told an industry conference yesterday.

'The floating wind projects coming through the leasing round are the biggest industrial opportunity this country has seen since the oil boom of the 1970s. But if the ports are not ready, the developers will go elsewhere – and frankly, they will be right to.'

The port is seeking around £180 million of public and private funding to build a heavy-lift quay and a 40-hectare assembly yard where concrete and steel floating foundations could be built and turbines attached before being towed out to sea.

Mr Dunbar said a decision on the funding was 'needed months ago, not years from now'.

Developers say they share the concern. Catriona Macleod, project director at Morven Offshore Wind, which holds seabed rights for a 2-gigawatt site east of the Northern Isles, said her company wanted to build in Scotland, 'but we need certainty on port capacity by the end of next year to make our procurement decisions'.

She added that Norwegian and French ports had already begun work on dedicated floating wind facilities.

The Scottish Offshore Supply Alliance, which represents more than 400 supply chain firms, last month published a report, 'Floating Ahead', calling for a national ports investment plan.

'There is a real risk here,' said Gordon Pattie, the alliance's chief executive. 'Norway and France are moving faster than we are, and the supply chain will follow the quaysides that are ready first.'

Mr Pattie put it bluntly: 'Money talks. Developers will not sign contracts on the basis of press releases.'

A Scottish Government spokeswoman said: 'We recognise the importance of port infrastructure to the growth of offshore wind and are working closely with the UK Government, ports and developers to secure investment. We have already committed funding to several port projects through our Offshore Wind Supply Chain programme.'""",
        [
            ("We cannot miss this boat", "Kenneth Dunbar"),
            ("watched the jobs sail away", "Kenneth Dunbar"),
            ("We cannot miss this boat", "Kenneth Dunbar"),
            ("The floating wind projects coming", "Kenneth Dunbar"),
            ("needed months ago, not years", "Kenneth Dunbar"),
            ("but we need certainty on", "Catriona Macleod"),
            ("There is a real risk", "Gordon Pattie"),
            ("Norway and France are moving", "Gordon Pattie"),
            ("Money talks. Developers will not", "Gordon Pattie"),
            ("We recognise the importance of", "spokeswoman"),
        ],
    ),
]
