CASES = [
    (
        """Bordeaux growers block roads as vine removal scheme falls short

By Claire Morand

LIBOURNE, France, March 14 (Reuters) - Several hundred winegrowers drove tractors into the centre of Libourne on Thursday to demand more money to pull up unprofitable vineyards, saying a state-funded scheme launched last year had covered barely a third of the land producers want to take out of production.

The growers, many from the Entre-Deux-Mers and Cotes de Bourg areas where bulk red wine prices have fallen below production costs, dumped vine stumps outside the sub-prefecture and blocked the ring road for around three hours.

"We are not asking for charity, we are asking to be allowed to stop," said Jérôme Castagnet, 54, who farms 38 hectares near the village of Saint-Aubin-de-Lisle and has applied to remove half of them. "Every bottle I make this year, I sell at a loss."

The so-called "sanitary grubbing-up" plan, funded with 57 million euros of national and European Union money, pays growers 6,000 euros for each hectare of vines they destroy. But applications covering more than 27,000 hectares have been filed, against a budget sufficient for about 9,500, according to figures from the Interprofession des Vins de Gironde.

Béatrice Lafargue, president of the growers' union Viticulteurs Unis de Gironde, told reporters the state had "underestimated the scale of the crisis by a factor of three" and called for a second tranche of funding before the summer.

"If nothing is done by June, you will see vineyards simply abandoned, and abandoned vineyards spread disease to the neighbours," she said.

The Ministry of Agriculture said in a statement that it was "studying all available options" with regional authorities and the European Commission, but gave no figure or timetable.

A senior official at the prefecture, who asked not to be named because he was not authorised to speak to the media, said the government was reluctant to open a new envelope while other wine regions, including Languedoc and the Rhone valley, were lobbying for similar help.

"The money is not infinite, and Bordeaux is not the only region asking," the official said.

Exports of Bordeaux wine fell 12% in volume last year, customs data show, with sharp declines in China and Germany. Domestic consumption of red wine has been falling for decades as younger French drinkers turn to beer, rosé and spirits.

Philippe Dorval, managing director of the merchant house Maison Dorval Frères, said demand for entry-level claret had "collapsed in China and is not coming back".

"The market has told us very clearly that there are too many vines in Gironde," Dorval said. "The question now is only who pays to remove them."

Growers said they would return to Libourne next month if no new funding was announced.

(Reporting by Claire Morand; Editing by Mark Hollis)""",
        [
            ("We are not asking for", "Jérôme Castagnet"),
            ("Every bottle I make this", "Jérôme Castagnet"),
            ("underestimated the scale of the", "Béatrice Lafargue"),
            ("If nothing is done by", "Béatrice Lafargue"),
            ("studying all available options", "Ministry of Agriculture"),
            ("The money is not infinite", "senior official at the prefecture"),
            ("collapsed in China and is", "Philippe Dorval"),
            ("The market has told us", "Philippe Dorval"),
            ("The question now is only", "Philippe Dorval"),
        ],
    ),
    (
        """Drought-hit Andalusian olive farmers march on Seville

SEVILLE, Spain (AFP) – Thousands of olive growers from across Andalusia marched through Seville on Tuesday, demanding emergency water allocations and faster aid after a third consecutive dry winter left reservoirs in the Guadalquivir basin at less than a fifth of their capacity.

Police put the turnout at 6,000, while organisers said more than 15,000 people had taken part, many of them arriving by coach from the olive-growing provinces of Jaén and Córdoba.

“We have trees that are a hundred years old and this spring they did not flower properly,” said Manuel Ortega Ruiz, 61, who grows olives on 45 hectares near the town of Villanueva del Cerro. “My father survived the drought of the nineties. I am not sure I will survive this one.”

Spain produces close to half of the world’s olive oil, but output has slumped over the past two seasons as heat and lack of rain have hit yields, sending prices to record highs in shops across Europe.

The march was called by the Asociación Agraria de Olivareros del Sur (AAOS) and backed by two smaller unions. Its secretary general, Rocío Benjumea, said the regional government had “reacted late and reacted small”.

“They announce aid packages at press conferences, but the money arrives eighteen months later, when the farmer has already sold his tractor,” Benjumea told AFP.

The Andalusian Regional Ministry of Agriculture, Fisheries and Rural Development said in a statement that it had paid out 112 million euros in drought aid since last spring and that a further package was “in the final phase of preparation”.

The Guadalquivir Hydrographic Confederation, the public body that manages the river basin, has sharply cut irrigation allocations this year. A spokeswoman for the confederation said “there is simply no more water to distribute” and that priority had to go to drinking water for towns and cities.

For Javier Lorca, an agricultural economist at the Instituto de Estudios Agrarios del Sur in Córdoba, the crisis has exposed a paradox.

“Prices are at historic highs, and yet many growers are losing money, because they have almost nothing to sell,” he said. “The ones who suffer most are the small dry-land farmers who have no irrigation at all.”

Lorca added that the sector would need to rethink planting density and irrigation in the long term, but warned that “nobody can restructure a farm with an empty bank account”.

Among the marchers, younger farmers were few. One of them, a 29-year-old who gave his name only as Álvaro, said most of his school friends had left for Madrid or Barcelona.

“My father tells me to sell the land while it is still worth something,” he said. “But if I sell, who stays in the village?”

The protesters dispersed peacefully in the early afternoon after a delegation met officials from the regional ministry.""",
        [
            ("We have trees that are", "Manuel Ortega Ruiz"),
            ("My father survived the drought", "Manuel Ortega Ruiz"),
            ("reacted late and reacted small", "Rocío Benjumea"),
            ("They announce aid packages at", "Rocío Benjumea"),
            ("in the final phase of", "Andalusian Regional Ministry of Agriculture, Fisheries and Rural Development"),
            ("there is simply no more", "spokeswoman"),
            ("Prices are at historic highs", "Javier Lorca"),
            ("The ones who suffer most", "Javier Lorca"),
            ("nobody can restructure a farm", "Javier Lorca"),
            ("My father tells me to", "Álvaro"),
            ("But if I sell, who", "Álvaro"),
        ],
    ),
    (
        """Hail devastates Langhe vineyards weeks before harvest

Francesca Bellini

A violent hailstorm has destroyed up to 70% of the Nebbiolo crop in parts of Piedmont's Langhe hills, just weeks before picking was due to begin.

The storm, which struck on Sunday evening and lasted around 20 minutes, hit the villages of San Lorenzo Alta and Borgomaro hardest, with hailstones 'as big as walnuts', according to local growers.

'In thirty-two years I have never seen anything like it,' said Giacomo Ferrero-Viale, whose family estate, Cascina Ferrero-Viale, farms 14ha on the south-facing slopes above San Lorenzo. 'The bunches are split, the leaves are shredded. What is left will have to be sorted berry by berry.'

The Consorzio di Tutela Vini delle Colline Langarole, which represents around 300 producers in the area, said on Monday that it was assessing the damage with agronomists and that early estimates pointed to losses of between 40% and 70% in the worst-affected vineyards.

'It is too early to speak about the quality of the vintage as a whole,' the consorzio said in a statement. 'Many zones were untouched, and the grapes there are in excellent health.'

Its president, Elena Marchisio, told Decanter she would ask the Piedmont regional government to declare a state of natural calamity, which would unlock emergency funds and allow affected growers to defer tax and social security payments.

'Insurance covers some producers, but many of the smaller families can no longer afford the premiums,' Marchisio said. 'They are the ones who will suffer most, and they are the backbone of this landscape.'

Anti-hail nets, now a common sight in parts of the Langhe, appear to have limited the damage where they were installed. Luca Baudino, an agronomist with the Alba-based consultancy Vitis Nord, said the nets were 'not a miracle' but had made a clear difference.

'Where nets were in place we're seeing damage of 10% to 15%, against 60% in the row next door,' he said.

Growers and scientists say violent summer storms are becoming more frequent in northern Italy. 'Summers are hotter, and hotter air carries more energy into these storms,' said Baudino. 'We have to assume this will happen again.'

The damage is likely to be felt in the market several years from now, when the wines are released. One Milan-based wine merchant, who asked not to be named, predicted that prices for the affected crus would rise. 'People will pay more for less wine – that's the market,' he said.

For now, growers in San Lorenzo are clearing shredded foliage and spraying to protect the damaged bunches from rot. Ferrero-Viale said he would still make a wine from his best parcel, albeit in tiny quantities.

'We'll make less, much less,' he said. 'But we will make it.'""",
        [
            ("as big as walnuts", "local growers"),
            ("In thirty-two years I have", "Giacomo Ferrero-Viale"),
            ("The bunches are split, the", "Giacomo Ferrero-Viale"),
            ("It is too early to", "Consorzio di Tutela Vini delle Colline Langarole"),
            ("Many zones were untouched, and", "Consorzio di Tutela Vini delle Colline Langarole"),
            ("Insurance covers some producers, but", "Elena Marchisio"),
            ("They are the ones who", "Elena Marchisio"),
            ("not a miracle", "Luca Baudino"),
            ("Where nets were in place", "Luca Baudino"),
            ("Summers are hotter, and hotter", "Luca Baudino"),
            ("We have to assume this", "Luca Baudino"),
            ("People will pay more for", "Milan-based wine merchant"),
            ("We'll make less, much less", "Giacomo Ferrero-Viale"),
            ("But we will make it", "Giacomo Ferrero-Viale"),
        ],
    ),
    (
        """Puglia growers demand faster replanting aid as Xylella moves north

By Paolo Risi

Olive growers in southern Italy have called on Rome and Brussels to speed up payments for replanting groves destroyed by Xylella fastidiosa, warning that a generation of farmers could abandon the land before the new trees come into production.

Around 400 farmers attended a meeting in the Salento town of Sannicola Nuova on Saturday, organised by the Confederazione Agricola Salentina (CAS), which presented figures showing fewer than 30% of replanting applications submitted since 2021 had been paid in full.

Across the southern tip of the region, the so-called "ghost groves" of grey, leafless trees now stretch for kilometres. The bacterium, spread by sap-feeding insects, has killed an estimated 21 million olive trees in Puglia since it was first detected more than a decade ago.

"Our fathers planted these trees for us, and their fathers before them," CAS president Antonio De Carlo told the meeting. "Now we are asked to replant with resistant varieties, which is right, but a young tree takes five or six years to give a real harvest.

"Who pays the family for those years? Nobody in Rome has answered that question."

The regional agriculture councillor, Donato Pellegrino, who also addressed the farmers, acknowledged delays but insisted funding was available.

"The resources are there. The problem is bureaucratic, and we are working to simplify every step of the procedure," Pellegrino said, adding that a new online system for claims would be launched in the autumn.

A European Commission spokesperson said the EU had "made significant funds available" to Puglia through its rural development programme and that responsibility for payment lay with national and regional authorities.

Growers at the meeting described a lengthy process involving multiple inspections, land registry checks and plant passports for the new trees.

Maria Grazia Leuzzi, 47, who lost 1,200 trees on her family's farm near Sannicola Nuova, said she had replanted four hectares with a resistant variety at her own expense two years ago and was still waiting for reimbursement.

"I borrowed the money because I could not wait any longer. The trees are growing, the bank is waiting, and the region is still checking documents," she said.

The scale of the challenge was set out in a report published last month by the Istituto Agronomico del Mezzogiorno, "After the Epidemic: Rebuilding Olive Farming in the Salento". It warned that the infected zone was "advancing northwards at roughly two kilometres a year" and that the province of Bari, one of Italy's most productive olive areas, was now at risk.

The report called for a single agency to handle replanting, uprooting and compensation, and for support to be extended to growers who wish to switch to other crops such as almonds or vines.

De Carlo said CAS would organise a tractor convoy to the regional capital if payments did not speed up by the end of the year.

"Patience is a virtue, but it does not feed anybody," he said.""",
        [
            ("Our fathers planted these trees", "Antonio De Carlo"),
            ("Now we are asked to", "Antonio De Carlo"),
            ("Who pays the family for", "Antonio De Carlo"),
            ("The resources are there", "Donato Pellegrino"),
            ("made significant funds available", "spokesperson"),
            ("I borrowed the money because", "Maria Grazia Leuzzi"),
            ("advancing northwards at roughly two", "Istituto Agronomico del Mezzogiorno"),
            ("Patience is a virtue, but", "Antonio De Carlo"),
        ],
    ),
    (
        """Breakaway bid splits Spanish wine appellation along regional lines

By Laura Sáenz

LOGROÑO, Spain, Oct 3 (Reuters) - A group of wineries in Navarre has formally asked Madrid to let them leave the Ribera del Alhama denomination of origin and create their own appellation, deepening a rift that has pitted growers in two regions against each other for more than a year.

The 42 wineries, grouped as Viñadores del Alto Alhama, filed their application with the agriculture ministry on Tuesday, according to a copy of the document seen by Reuters. They argue that their vineyards, at higher altitude and on different soils, produce wines that are "distinct in character and poorly served by a single generic label".

"We are not leaving out of anger. We are leaving because our wines have their own identity and the market should be allowed to see it," the association's president, Miren Arrieta Zubiri, told reporters in the village of Castejón de Alhama.

The appellation's regulatory body, the Consejo Regulador de la Denominación de Origen Ribera del Alhama, said in a statement that it "deeply regrets a decision that weakens all of us" and would contest the application "through every legal channel available".

Council president Tomás Elizalde Ruiz said the move would damage a brand built up over four decades.

"Fragmenting the denomination helps nobody except our competitors," Elizalde said in a telephone interview. "A consumer in London or New York already struggles to understand Spanish wine. Now we would give them two names instead of one."

The dispute has taken on political overtones, with the regional governments of Navarre and La Rioja backing opposing sides.

Navarre's regional agriculture minister, Iñaki Goñi Etxeberria, was unambiguous: "This is not a war between regions. It is a question of letting producers decide their own future."

The regional government of La Rioja, by contrast, described the application as "a threat to the unity of a sector that employs thousands of families" and urged the ministry to reject it.

Bodegas Herrán Group, the largest producer in the appellation with vineyards on both sides of the regional border, said it would remain in Ribera del Alhama. "Our commitment to the denomination is total," the company said.

A ministry official familiar with the file said a decision was unlikely before next spring, as the application would first have to be reviewed by the regional authorities and opened to public objections.

"There is no precedent that fits this case exactly," the official said.

The Ribera del Alhama appellation, created in 1979, covers around 14,000 hectares and sells some 60 million bottles a year.

Not all growers in Navarre back the breakaway. Many sell their grapes to cooperatives rather than bottling their own wine, and say they have been left out of the debate.

"Nobody asked the growers who sell grapes to the cooperatives," said Fermín Ochoa, 58, who farms 12 hectares of Tempranillo and Garnacha. "We will follow whoever pays the best price."

The ministry has six months to respond.""",
        [
            ("distinct in character and poorly", "Viñadores del Alto Alhama"),
            ("We are not leaving out", "Miren Arrieta Zubiri"),
            ("deeply regrets a decision that", "Consejo Regulador de la Denominación de Origen Ribera del Alhama"),
            ("through every legal channel available", "Consejo Regulador de la Denominación de Origen Ribera del Alhama"),
            ("Fragmenting the denomination helps nobody", "Tomás Elizalde Ruiz"),
            ("A consumer in London or", "Tomás Elizalde Ruiz"),
            ("This is not a war", "Iñaki Goñi Etxeberria"),
            ("a threat to the unity", "regional government of La Rioja"),
            ("Our commitment to the denomination", "Bodegas Herrán Group"),
            ("There is no precedent that", "ministry official familiar with the file"),
            ("Nobody asked the growers who", "Fermín Ochoa"),
            ("We will follow whoever pays", "Fermín Ochoa"),
        ],
    ),
    (
        """Champagne growers and houses clash over yield as sales slide

By Tom Haskell

Talks between Champagne’s growers and houses over this year’s permitted yield ended without agreement on Tuesday, as the two sides remained divided over how far to cut production in response to falling shipments.

Growers, represented by the Fédération des Vignerons Champenois (FVC), are pushing to keep the yield at or close to last year’s level of 11,400kg per hectare, while the Association des Maisons de Champagne (AMC), which speaks for the large houses, is understood to favour a figure nearer 10,000kg.

‘We cannot ask growers to absorb the whole of the market downturn on their own,’ said Sylvain Maréchal, president of the FVC, after the meeting in Épernay. ‘Their costs have gone up by 30% in three years. Cutting the yield by 15% means some of them will not cover their costs.’

The AMC did not comment on figures but said in a brief statement that the appellation needed to ‘protect value rather than chase volume’ and that stocks held by the houses were ‘at a historically high level’.

A source close to the talks described the atmosphere as ‘tense but still constructive’ and said a compromise at around 10,500kg was possible.

Shipments fell 8% last year to just under 290m bottles, with declines in the US, the UK and France offsetting growth in Japan and Australia.

Maison Lenoir-Dufresne, one of the largest houses by volume, reported first-half sales down 6% by value. ‘Demand for prestige cuvées remains solid, but the entry level is clearly under pressure,’ the company said.

Its chief executive, Hélène Vasseur-Lenoir, told analysts on a results call that the house would ‘hold prices firmly’ and was prepared to carry larger stocks through the downturn. ‘We have been through cycles like this before. Champagne is a long game,’ she said.

For grower-producers who make and sell their own wine, the picture is mixed. Camille Rousselet, who runs a 6ha estate in the village of Vertus-le-Petit, said visitors were still coming to the cellar door but restaurants had cut back sharply.

‘The restaurants are ordering half what they did two years ago. People still come to visit, but they buy three bottles, not twelve,’ she said.

Sophie Klein, wine analyst at London-based research firm Vintra Insights, said the standoff reflected a structural shift in demand rather than a temporary dip.

‘There’s a growing gap between the very top of the market, which is fine, and everything underneath it, which is struggling,’ she said. ‘The yield is the only lever the region really has, so of course everyone fights over it.’

The two sides are due to meet again next week, with a final decision expected before the end of the month, ahead of what growers hope will be an early harvest.""",
        [
            ("We cannot ask growers to", "Sylvain Maréchal"),
            ("Their costs have gone up", "Sylvain Maréchal"),
            ("protect value rather than chase", "Association des Maisons de Champagne"),
            ("at a historically high level", "Association des Maisons de Champagne"),
            ("tense but still constructive", "source close to the talks"),
            ("Demand for prestige cuvées remains", "Maison Lenoir-Dufresne"),
            ("hold prices firmly", "Hélène Vasseur-Lenoir"),
            ("We have been through cycles", "Hélène Vasseur-Lenoir"),
            ("The restaurants are ordering half", "Camille Rousselet"),
            ("There’s a growing gap between", "Sophie Klein"),
            ("The yield is the only", "Sophie Klein"),
        ],
    ),
    (
        """Italian Alpine farmers demand wolf culls after spate of livestock attacks

By Giulia Ferrante

TRENTO, Italy, July 22 (Reuters) – Livestock farmers from Italy’s northern Alps protested outside the provincial government building in Trento on Monday, ringing cowbells and holding up photographs of slaughtered sheep, to demand that authorities be allowed to cull wolves.

More than 300 sheep, goats and calves have been killed by wolves in the province since the start of the grazing season in May, according to the farmers’ association Allevatori di Montagna del Trentino, nearly double the figure for the same period last year.

“We take the animals up to the high pastures as our families have done for centuries, and now every morning we count the dead,” said Marco Zanella, 44, who keeps 180 sheep in the Val Moranza.

Wolves, which were close to extinction in Italy in the 1970s, have made a strong comeback and now number more than 3,000 across the country. They remain protected under European Union law, which allows the removal of individual animals only in exceptional circumstances.

Provincial president Roberto Dalsass told reporters after meeting a delegation of farmers that the province was “ready to act within the limits of the law” and had asked Rome for the powers to do so.

“Farmers cannot be left alone with this problem,” he said. “But I will not sign an order that a court will cancel a week later.”

In a letter sent to the environment ministry last week, the association wrote that electric fences and guard dogs were “no longer sufficient” and that “entire valleys risk being emptied of livestock” within a few years.

Conservation groups reject that view. Anna Rigotti, scientific director of the group Lupo Vivo Italia, said culls would do little to protect herds.

“Killing individual wolves breaks up packs and can actually increase attacks on livestock,” Rigotti said. “The solution is prevention, properly funded and properly maintained.”

The environment ministry did not respond to a request for comment. A person familiar with the ministry’s thinking said the government was finalising a national wolf management plan that would give regions more room to intervene.

“It is a matter of weeks, not months,” the person said.

The issue has become increasingly political in the mountains, where right-wing parties have campaigned on the promise of tougher measures and small farmers complain that compensation for lost animals arrives late and covers only part of the cost.

Zanella said that for now he would keep his flock on lower pastures close to the village, where he can check on it more easily, even though the grazing is poorer.

“Up there the grass is better, but down here at least I can sleep,” he said.

(Reporting by Giulia Ferrante; Editing by Alex Richardson)""",
        [
            ("We take the animals up", "Marco Zanella"),
            ("ready to act within the", "Roberto Dalsass"),
            ("Farmers cannot be left alone", "Roberto Dalsass"),
            ("But I will not sign", "Roberto Dalsass"),
            ("no longer sufficient", "Allevatori di Montagna del Trentino"),
            ("entire valleys risk being emptied", "Allevatori di Montagna del Trentino"),
            ("Killing individual wolves breaks up", "Anna Rigotti"),
            ("The solution is prevention, properly", "Anna Rigotti"),
            ("It is a matter of", "person familiar with the ministry’s thinking"),
            ("Up there the grass is", "Marco Zanella"),
        ],
    ),
    (
        """Tension mounts in western France as farmers and activists face off over giant reservoirs

LA CHAPELLE-BEAURIEUX, France (AFP) - Hundreds of gendarmes were deployed around a village in western France on Saturday ahead of a banned protest against the construction of vast farm reservoirs, which opponents call "mega-basins" and which have become a symbol of the battle over water in an increasingly dry country.

The open-air reservoirs, lined with plastic and covering several hectares each, are filled by pumping groundwater in winter so that farmers can irrigate crops such as maize in summer. Sixteen are planned in the area, backed by a cooperative of around 200 farms.

"People talk about us as if we were stealing water," said Laurent Bouchereau, a cereal and maize grower who chairs the cooperative. "We fill these basins in winter, when the water table is high, so that we do not pump from the rivers in summer.

"Without irrigation, there is no maize, no seed production, no livestock feed in this region. The people protesting have never had to make a farm pay."

Opponents, grouped in the collective Eau Commune, say the reservoirs favour large farms and encourage water-hungry crops. Its spokeswoman Inès Garnier accused the authorities of "privatising a common resource for the benefit of a few dozen farms".

"The water table belongs to everyone. When it is pumped into a plastic-lined crater, it belongs to the people with the biggest pumps," she told AFP. The collective has launched a petition under the slogan "Hands Off Our Water".

The Deux-Sèvres prefecture said in a statement that all gatherings near the construction sites had been banned and that it would "not tolerate any attack on property or on the forces of order". Previous protests in the region ended in violent clashes, with dozens injured on both sides.

A gendarmerie officer at a checkpoint on the road into the village said the mood was "calmer than last year, for now".

The government has backed the projects as a way to help farmers adapt to climate change. Agriculture Minister Hervé Lambrecq said last month that well-managed reservoirs were "part of the solution, not the problem", provided they respected limits set by local water authorities.

Scientists are more cautious. Hydrologist Benoît Ledru, of the Centre de Recherche sur l'Eau de l'Ouest, said the evidence was "more nuanced than either side admits".

"Storing winter water makes sense in some places and not in others. It depends on the aquifer, on the rivers, on how much is taken and for what," he said.

In the village itself, where shutters were closed and a helicopter circled overhead, many residents simply wanted the weekend to end. An elderly resident, who did not want to give her name, said she had stopped following the arguments.

"Every spring it's the same. We just want to be left in peace," she said, before closing her door.""",
        [
            ("People talk about us as", "Laurent Bouchereau"),
            ("We fill these basins in", "Laurent Bouchereau"),
            ("Without irrigation, there is no", "Laurent Bouchereau"),
            ("privatising a common resource for", "Inès Garnier"),
            ("The water table belongs to", "Inès Garnier"),
            ("not tolerate any attack on", "Deux-Sèvres prefecture"),
            ("calmer than last year, for now", "gendarmerie officer"),
            ("part of the solution, not", "Hervé Lambrecq"),
            ("more nuanced than either side", "Benoît Ledru"),
            ("Storing winter water makes sense", "Benoît Ledru"),
            ("Every spring it's the same", "elderly resident"),
        ],
    ),
]
