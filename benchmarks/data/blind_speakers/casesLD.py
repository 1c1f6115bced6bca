CASES = [
    (
        """Fjordvik Tankers Q3 profit beats forecasts but CEO warns of softer winter rates

By Kari Lindstad

OSLO, Nov 6 (Reuters) - Norwegian product tanker owner Fjordvik Tankers reported a better-than-expected rise in third-quarter profit on Thursday, helped by longer voyages around Africa, but its chief executive cautioned that freight rates were likely to ease over the winter.

Net profit rose to $84.2 million from $61.7 million a year earlier, beating the $76 million average forecast in an LSEG poll of five analysts. Revenue on a time-charter equivalent basis climbed 18% to $212 million.

"The third quarter was one of the strongest in our history, and we locked in a good share of that earnings power for the fourth quarter," Chief Executive Henrik Aasgaard said in a statement.

But Aasgaard told reporters on a conference call that the market was "past the peak for this cycle" as vessels ordered in 2022 and 2023 begin to deliver.

"We are not going to pretend the orderbook isn't there," he said. "Next year a lot of tonnage arrives, and we will see some pressure on rates, particularly in the smaller segments."

Fjordvik, which operates 46 medium-range and long-range tankers, said it had secured about 58% of its fourth-quarter days at an average of $31,400 per day, down from $34,900 in the third quarter.

The company raised its quarterly dividend to $0.42 per share from $0.35, and said it would consider further buybacks if its shares continued to trade below net asset value.

Shares in Fjordvik rose 3.1% by 1015 GMT, outperforming a 0.4% gain in Oslo's benchmark index.

"The numbers were clean and the dividend was a positive surprise," said Marte Øvrebø, a shipping analyst at Bergvik Securities. "The question is how much of this they can hold on to in 2026."

Disruption in the Red Sea has forced many product tankers to sail around the Cape of Good Hope, lengthening voyages and tying up capacity. Aasgaard said he did not expect a quick return to Suez routings, adding that owners would need "several months of calm" before insurers and charterers were comfortable.

Fjordvik also said it had sold two 2009-built vessels for a combined $38 million, booking a gain of about $9 million that will be recognised in the fourth quarter.

Asked about potential consolidation in the sector, Aasgaard said the company was "always looking" but had no plans for large acquisitions at current asset prices.

"Second-hand values are still very high. We would rather return cash to shareholders than pay top dollar for older ships," he said.

(Reporting by Kari Lindstad; Editing by Terje Mølstad and Jan Harvey)""",
        [
            ("The third quarter was one", "Henrik Aasgaard"),
            ("past the peak for this", "Henrik Aasgaard"),
            ("We are not going to", "Henrik Aasgaard"),
            ("Next year a lot of", "Henrik Aasgaard"),
            ("The numbers were clean and", "Marte Øvrebø"),
            ("The question is how much", "Marte Øvrebø"),
            ("several months of calm", "Henrik Aasgaard"),
            ("always looking", "Henrik Aasgaard"),
            ("Second-hand values are still very", "Henrik Aasgaard"),
        ],
    ),
    (
        """Finnish utility Kuusivirta scraps nuclear uprate as power prices slump

Anna Rautio in Helsinki

Kuusivirta Energia, Finland’s third-largest electricity generator, has shelved a €900mn plan to increase the output of its Särkiniemi nuclear plant, blaming a collapse in wholesale power prices that has made the Nordic market one of the cheapest in Europe.

The state-controlled group said on Tuesday that the “investment case no longer holds” after average spot prices in the Finnish bidding zone fell to €38 per megawatt hour in the first nine months of the year, down from more than €150 in 2022.

Ilkka Hämäläinen, chief executive, told the Financial Times that the decision had been “painful but unavoidable”.

“We have a lot of clean power in Finland now — more, in some hours, than we can use or export,” he said. “When prices go negative on a windy Sunday, that tells you the system does not need more baseload at any cost. It needs flexibility.”

Hämäläinen said the group would redirect part of the capital towards battery storage and a 150MW electric boiler at its district heating plant in Lahtivaara, which can soak up surplus wind power when prices are low.

The retreat highlights a dilemma facing Nordic utilities. After years of warnings about energy security following Russia’s full-scale invasion of Ukraine, a surge in onshore wind construction in Finland and Sweden has left the region with an abundance of cheap electricity but limited transmission capacity to sell it south.

Analysts said the move was sensible but would disappoint politicians who have championed nuclear expansion. “Uprates are usually the cheapest nuclear megawatts you can buy, so if even those don’t pencil out, new reactors look very hard,” said Oskari Lehtonen, utilities analyst at Nordhavn Capital in Stockholm.

The decision “removes a significant capex overhang” and should support the dividend, according to a note from Sävström Equities.

Finland’s Ministry of Economic Affairs and Employment said in an emailed response that it “respects the company’s commercial judgment” and remained committed to what it called “a technology-neutral approach to new generation”.

One person close to the board said directors had been split, with some arguing the group should keep the option alive in case industrial demand from planned data centres and hydrogen projects materialised. “Nobody wants to be the utility that cancelled capacity two years before a shortage,” the person said.

Kuusivirta, in which the state holds a 51 per cent stake, reported a 23 per cent fall in comparable operating profit to €412mn for the first nine months. Its shares fell 2.4 per cent in Helsinki.

The company said it would keep the licence for the uprate valid until 2028, and Hämäläinen did not rule out revisiting it. “If the market changes, we can dust the plans off,” he said. “But we are not going to build something on hope.”""",
        [
            ("investment case no longer holds", "Kuusivirta Energia"),
            ("painful but unavoidable", "Ilkka Hämäläinen"),
            ("We have a lot of", "Ilkka Hämäläinen"),
            ("When prices go negative on", "Ilkka Hämäläinen"),
            ("Uprates are usually the cheapest", "Oskari Lehtonen"),
            ("removes a significant capex overhang", "Sävström Equities"),
            ("respects the company’s commercial", "Ministry of Economic Affairs and Employment"),
            ("a technology-neutral approach to", "Ministry of Economic Affairs and Employment"),
            ("Nobody wants to be the", "person close to the board"),
            ("If the market changes, we", "Ilkka Hämäläinen"),
            ("But we are not going", "Ilkka Hämäläinen"),
        ],
    ),
    (
        """Skagerak Feeder orders four methanol-ready boxships in China

Danish feeder operator places largest order in its 41-year history as EU carbon costs bite

Jesper Kragh, Copenhagen

Danish container feeder operator Skagerak Feeder Lines has ordered four 1,800-teu methanol dual-fuel vessels in China in a deal worth about $140m, as it prepares for the full phase-in of EU carbon pricing for shipping.

The ships will be built at Jiangdong Shipbuilding, with deliveries from the second half of 2027. The family-owned company also holds options for two more.

Chief executive Lotte Brandt-Møller said the order was the largest in the company’s history and the first step in its “Green Feeder 2030” renewal programme.

“We have been talking about fleet renewal for five years, and at some point you have to stop talking,” she told TradeWinds. “Our customers — the big liner companies — are asking what our emissions will look like in 2030, not in 2025.”

Skagerak Feeder operates 22 vessels, most of them chartered in, linking North Sea hub ports with smaller terminals in Denmark, Norway and the Baltic.

Brandt-Møller acknowledged that supply of green methanol remains thin and that the vessels will initially burn very low sulphur fuel oil. But she described methanol as “the fuel we can actually buy a ship for today”, adding that the engines could be converted to ammonia later if that fuel wins out.

According to the company, the design, developed with Danish consultancy Hvidsten Marine Design, will cut fuel consumption per container by about 20% compared with the ships it replaces, even before any switch of fuel.

The order comes as the EU Emissions Trading System extends to 100% of emissions on intra-European voyages from 2026, and as FuelEU Maritime sets rising targets for the greenhouse gas intensity of fuel used on board.

Shipbroker sources put the price at about $35m per ship, a level they described as “competitive but not a steal” given recent contracts for similar tonnage.

One Copenhagen-based broker said it was “no surprise at all” that a European operator had gone to China. “The European yards that could build these ships at this price simply don’t exist anymore,” he said.

Not everyone is convinced the timing is right. Rasmus Kjeldsen, head of research at Lysholm Shipping Analytics, pointed out that the feeder orderbook has grown to almost 9% of the fleet.

“Feeder rates have been supported by congestion and diversions,” Kjeldsen said. “When that unwinds, operators with a lot of new, expensive tonnage may find the market less generous than they hoped.”

Brandt-Møller said she was not worried. “We are not ordering for next year’s market,” she said. “These ships will be trading in 2045.”""",
        [
            ("We have been talking about", "Lotte Brandt-Møller"),
            ("Our customers — the big", "Lotte Brandt-Møller"),
            ("the fuel we can actually", "Lotte Brandt-Møller"),
            ("competitive but not a steal", "shipbroker sources"),
            ("no surprise at all", "Copenhagen-based broker"),
            ("The European yards that could", "Copenhagen-based broker"),
            ("Feeder rates have been supported", "Rasmus Kjeldsen"),
            ("When that unwinds, operators with", "Rasmus Kjeldsen"),
            ("We are not ordering for", "Lotte Brandt-Møller"),
            ("These ships will be trading", "Lotte Brandt-Møller"),
        ],
    ),
    (
        """Estonian LNG terminal operator Kärsalu Gaas extends FSRU charter until 2030

TALLINN, Mar 12, BNS - Kärsalu Gaas, the operator of the floating liquefied natural gas terminal at the port of Kärsalu in northern Estonia, has agreed to extend the charter of its floating storage and regasification unit (FSRU) by three years until 2030, the company said on Wednesday.

The 170,000-cubic-metre vessel Baltic Aurora has been moored at Kärsalu since late 2023 and has supplied gas to Estonia, Latvia and Finland.

"Extending the charter gives the region certainty that there will be a second entry point for LNG in the eastern Baltic for the rest of the decade," Kärsalu Gaas CEO Mart Kallaste said in a press release.

Kallaste said the terms of the extension were "significantly better" than those of the original agreement, but declined to disclose the daily hire rate, citing commercial confidentiality.

According to the company, the terminal handled 31 cargoes last year, or around 2.6 billion cubic metres of gas, with the majority going to Latvian and Finnish customers.

Estonian Minister of Climate Liis Tammsaar welcomed the decision. "Energy security in our region cannot be taken for granted. The winter of 2022 taught us that lesson very painfully," Tammsaar told BNS.

She said the government had no plans to subsidise the terminal, but added that the state was ready to "discuss the regulatory framework" with the operator if utilisation fell significantly.

Latvian gas transmission system operator Daugava Gas Transmission said in a statement that the extension was "a positive signal for the whole regional market", noting that the underground storage facility at Vecpiebalga relied on a diversity of supply sources.

Critics have questioned the economics of keeping the FSRU. Environmental organisation Roheline Rannik said the extension locked the region into fossil fuels for longer than necessary.

"Three more years of LNG imports is three more years of not investing in real alternatives," the organisation's energy expert Kadri Mägi said.

Market participants told BNS that the terminal faced increasing competition from the larger terminal in Lithuania and from pipeline flows from Finland. One gas trader, who asked not to be named because he was not authorised to speak to the media, said the Kärsalu terminal was "useful as insurance, less so as a commercial business".

Kärsalu Gaas is 60 percent owned by the Estonian state through Eesti Taristu AS and 40 percent by private investor Põhjala Capital. The company posted a net profit of 7.4 million euros last year on revenue of 38.9 million euros.

The company said it would also study the possibility of launching a small-scale LNG bunkering service for ships calling at Kärsalu by 2026.""",
        [
            ("Extending the charter gives the", "Mart Kallaste"),
            ("significantly better", "Mart Kallaste"),
            ("Energy security in our region", "Liis Tammsaar"),
            ("discuss the regulatory framework", "Liis Tammsaar"),
            ("a positive signal for the", "Daugava Gas Transmission"),
            ("Three more years of LNG", "Kadri Mägi"),
            ("useful as insurance, less so", "gas trader"),
        ],
    ),
    (
        """Vindholmen boss says Baltic offshore wind ‘not viable’ without state support

Developer pauses 1.2GW Storgrund project off southern Sweden

By Sofia Lindqvist, Stockholm

The chief executive of Vindholmen, one of Sweden’s largest renewable energy developers, has warned that offshore wind farms in the Baltic Sea will not be built without government support, as the company paused work on its flagship 1.2GW Storgrund project.

Erik Sandström said rising turbine costs, higher interest rates and low power prices in southern Sweden had left the project ‘not viable on market terms’.

‘We have spent six years and more than 400 million kronor developing Storgrund. It is a good site, with good wind,’ he said. ‘But we cannot ask our owners to put 40 billion kronor into something that loses money from the day it is switched on.’

Sweden is one of the few countries in northern Europe that has not offered contracts for difference or other revenue guarantees for offshore wind. The government has argued that the market should decide which technologies are built.

Sandström, who took over as chief executive in 2022, said that stance was ‘out of step with every other country around the Baltic’. Denmark, Germany, Poland and the Baltic states all offer some form of state backing.

In a statement, the Ministry of Climate and Enterprise said it ‘takes note of the company’s decision’ and that Sweden’s electricity system would ‘continue to be built on the basis of market conditions’.

The pause is a blow to industrial companies in southern Sweden, where electricity prices are often several times higher than in the north because of transmission bottlenecks. Anders Wikström, energy director at the industry lobby group Industriförbundet Syd, said: ‘Southern Sweden needs new production, and it needs it close to where the demand is. If offshore wind doesn’t happen, what is the plan?’

Vindholmen, which is owned by a consortium of pension funds and the municipal utility of Västerhamn, said it would keep its permits and continue environmental surveys at the site, which lies 30 kilometres off the coast.

A person familiar with the company’s discussions said Vindholmen had held talks with two potential partners, including a Danish utility, but that neither was willing to commit without a price floor. ‘Everyone likes the project, nobody likes the numbers,’ the person said.

Analysts said the problem was not unique to Sweden. Karin Öberg, head of Nordic power research at Strandberg Markets, said supply chain costs had risen by around 40 per cent since 2020, while Nordic forward prices had fallen.

‘The developers are doing the maths and the maths is not working,’ she said. ‘Either costs come down, or someone has to share the risk.’

Sandström said he remained hopeful that the government would change its position before the next general election. ‘I’m an optimist,’ he said. ‘Otherwise I wouldn’t be in this business.’""",
        [
            ("not viable", "Erik Sandström"),
            ("not viable on market terms", "Erik Sandström"),
            ("We have spent six years", "Erik Sandström"),
            ("But we cannot ask our", "Erik Sandström"),
            ("out of step with every", "Erik Sandström"),
            ("takes note of the company’s", "Ministry of Climate and Enterprise"),
            ("continue to be built on", "Ministry of Climate and Enterprise"),
            ("Southern Sweden needs new production", "Anders Wikström"),
            ("Everyone likes the project, nobody", "person familiar with the company’s discussions"),
            ("The developers are doing the", "Karin Öberg"),
            ("Either costs come down, or", "Karin Öberg"),
            ("I’m an optimist,", "Erik Sandström"),
            ("Otherwise I wouldn’t be in", "Erik Sandström"),
        ],
    ),
    (
        """Lithuania's Nemunas Energija Weighs Bid for Latvian Wind Developer

By Tomas Jankauskas

Nemunas Energija UAB, Lithuania's state-controlled utility, is exploring a bid for Latvian onshore wind developer Kurzeme Vējš as it seeks to expand across the Baltic region, according to people familiar with the matter.

The Vilnius-based company has been working with advisers on a potential offer that could value Kurzeme Vējš at about €300 million ($325 million) including debt, said the people, who asked not to be identified because the deliberations are private. Other bidders, including a Nordic infrastructure fund, are also circling the asset, one of the people said.

No final decision has been made and Nemunas Energija may decide not to proceed, the people said. A spokeswoman for Nemunas Energija said the company "does not comment on market rumors" but that it was "constantly evaluating opportunities" in the Baltic states and Poland.

Kurzeme Vējš, founded in 2016 by Latvian entrepreneur Jānis Ozoliņš, has about 450 megawatts of projects in development in western Latvia, including two wind farms near the coastal town of Jūrkalnciems that are due to start construction next year. Ozoliņš didn't respond to calls and emails seeking comment.

Nemunas Energija has been expanding its renewable portfolio since the synchronization of the Baltic power grids with continental Europe, which was completed in February. Chief Executive Officer Rūta Vaitkevičienė said at an investor day in Vilnius last month that the company aimed to have 4 gigawatts of green capacity installed by 2030, up from about 1.6 gigawatts now.

"We see the Baltics as one market now, and we want to be the leading green energy company in that market," Vaitkevičienė told investors at the time. "That means we have to grow in Latvia and Estonia, not only at home."

Valuations for onshore wind projects in the region have come under pressure as power prices have fallen and grid connection queues have lengthened. Latvia's transmission system operator has warned that connection requests far exceed what the network can handle.

"The easy money in Baltic renewables has already been made," said Darius Petrauskas, a Vilnius-based analyst at Amber Bridge Securities. "Buyers today are paying for permits and grid connections, not for wind."

Nemunas Energija's bonds due 2031 were little changed on Wednesday. The company, which is 75% owned by the Lithuanian Finance Ministry, reported a 12% rise in adjusted earnings before interest, taxes, depreciation and amortization to €411 million in the first half.

--With assistance from Ilze Bērziņa.""",
        [
            ("does not comment on market", "spokeswoman"),
            ("constantly evaluating opportunities", "spokeswoman"),
            ("We see the Baltics as", "Rūta Vaitkevičienė"),
            ("That means we have to", "Rūta Vaitkevičienė"),
            ("The easy money in Baltic", "Darius Petrauskas"),
            ("Buyers today are paying for", "Darius Petrauskas"),
        ],
    ),
    (
        """Strike halts Saaristo Line ferries as seafarers reject pay offer

Mikael Forsman, Nordic correspondent

FINNISH ferry operator Saaristo Line has cancelled all sailings on its routes between Finland and Sweden for at least three days after seafarers walked out in a dispute over pay and crewing levels.

The strike, called by the Finnish Maritime Workers’ Union, began at 0600 local time on Monday and has idled five ro-pax vessels at Laivaranta and the Swedish port of Hamnvik.

Saaristo Line said about 9,000 passengers and 1,400 freight units had been affected on the first day alone.

“We deeply regret the inconvenience to our customers, and we are doing everything we can to rebook passengers on other operators’ services,” the company said in a statement.

The union is seeking a 6.5% pay rise over two years and a guarantee that the company will not cut crew numbers on its two newest ships, the battery-hybrid ro-paxes that crews have nicknamed the “battery twins”.

Union chairman Pekka Nurmela said:

“This is not only about money. The company wants to sail its new ships with fewer people on board, and our members do not believe that is safe, especially in winter conditions in the archipelago.

“We have been at the table for four months. We have made proposals. The company has not moved, and so our members have decided that enough is enough.”

Saaristo Line chief executive Johanna Vesterinen said the union’s demands would add about €8m a year to costs at a time when the market was still recovering from the pandemic and the loss of Russian traffic.

She rejected the union’s safety argument, saying that crewing levels on the new vessels had been “approved by the authorities and are fully in line with international rules”.

“Modern ships need fewer hands, that is simply the reality of new technology,” Ms Vesterinen told reporters at the company’s headquarters in Laivaranta. “We want to reach an agreement, but not one that makes us uncompetitive.”

A spokesperson for the National Conciliator’s office said mediation would begin on Tuesday, but that it was “too early to say” how long talks would take.

Freight customers have been hit hardest. Henrik Lind, managing director of freight forwarders’ association Kuljetusliitto, said hauliers were diverting trailers to other routes but that spare capacity was limited. He said the walkout had come at “the worst possible time”, just weeks before the Christmas peak.

Among crew, frustration appears to run in both directions. A deck officer on one of the idle vessels, who asked not to be named because he was not authorised to speak to the media, said morale was low.

“People are tired. Nobody wanted this, but nobody trusts management any more,” he said.

Shares in Saaristo Line, which is listed in Helsinki, fell 4.2% on Monday.""",
        [
            ("We deeply regret the inconvenience", "Saaristo Line"),
            ("This is not only about", "Pekka Nurmela"),
            ("We have been at the", "Pekka Nurmela"),
            ("approved by the authorities and", "Johanna Vesterinen"),
            ("Modern ships need fewer hands,", "Johanna Vesterinen"),
            ("We want to reach an", "Johanna Vesterinen"),
            ("too early to say", "spokesperson"),
            ("the worst possible time", "Henrik Lind"),
            ("People are tired. Nobody wanted", "deck officer"),
        ],
    ),
    (
        """Havbris Offshore Secures Five-Year Charter for Ammonia-Ready Platform Supply Vessel

SJØVIK, Norway, Sept. 18, 2025 (GLOBE NEWSWIRE) -- Havbris Offshore ASA ("Havbris" or "the Company") (OSE: HAVB), a leading owner and operator of offshore support vessels, today announced that it has been awarded a five-year contract by Nordkapp Petroleum AS for the newbuild platform supply vessel Havbris Polaris, with options for up to three additional years.

The contract, which has an estimated firm value of approximately NOK 780 million, will commence upon delivery of the vessel from Brekkevik Verft in the second quarter of 2027. The vessel will support Nordkapp Petroleum's production operations on the Tindfjell field in the Norwegian Sea.

Havbris Polaris will be the first vessel in the Company's fleet designed to run on ammonia, with a dual-fuel engine arrangement, a large battery package and shore-power connection. Until ammonia bunkering becomes available in mid-Norway, the vessel will operate on marine gas oil and biofuel blends.

Commenting on the award, Chief Executive Officer Sigrid Holmefjord said:

"We are proud that Nordkapp Petroleum has chosen to partner with us on what will be one of the most advanced offshore vessels in the world. This contract confirms that there is a market for low-emission tonnage, and that our clients are willing to commit long-term to make it happen.

"With firm employment secured, we have significantly de-risked our newbuilding programme, and we will continue to evaluate further investments in the fleet in a disciplined manner."

Nordkapp Petroleum's Vice President of Logistics, Tor Einar Brattli, added: "Vessel operations are one of the largest sources of emissions in our offshore logistics chain. Working with Havbris on Havbris Polaris is an important step towards our target of reducing Scope 1 and 2 emissions by 50% by 2030."

The Company expects the vessel to reduce CO2 emissions by up to 70% compared with conventional PSVs once operating on ammonia, based on calculations verified by classification society Norsk Skipsklasse.

Following the award, the Company's firm backlog stands at approximately NOK 4.1 billion, with contract coverage of 78% for 2026.

About Havbris Offshore ASA

Havbris Offshore ASA is a Norwegian shipowner headquartered in Sjøvik, operating a fleet of 24 platform supply vessels and subsea construction vessels serving the offshore energy industry in the North Sea, the Norwegian Sea and the Barents Sea. The Company's shares are listed on the Oslo Stock Exchange.

For further information, please contact:
Lars Helge Myklebust, Chief Financial Officer
Phone: +47 412 55 870
E-mail: ir@havbris-offshore.no

This information is subject to the disclosure requirements pursuant to Section 5-12 of the Norwegian Securities Trading Act.""",
        [
            ("We are proud that Nordkapp", "Sigrid Holmefjord"),
            ("With firm employment secured, we", "Sigrid Holmefjord"),
            ("Vessel operations are one of", "Tor Einar Brattli"),
        ],
    ),
]
