CASES = [
    (
        """\
BRUSSELS — The European Commission on Wednesday proposed new rules to speed up the deportation of rejected asylum seekers, a move that rights groups warned could see people sent to countries where they have never lived.

The draft regulation, which the Commission has branded a “common European return system”, would allow member states to recognise each other’s expulsion orders and to set up so-called “return hubs” in countries outside the bloc.

“Today only one in five people who are ordered to leave the European Union actually leaves. That is not a system, it is an invitation,” Home Affairs Commissioner Katarina Lindqvist told reporters in Brussels.

Lindqvist, a former Swedish justice minister, insisted that every decision would remain open to appeal before national courts and that no child would be sent to a hub without a parent or guardian.

The plan still needs the approval of both the European Parliament and the 27 national governments, where it is expected to face a bumpy ride.

Dutch MEP Joost van der Berg of the centre-right European People’s Party welcomed the text as “long overdue and badly needed” but said it did not go far enough on detention. Border officers, he said, were being asked to do an impossible job with half the tools.

On the left, the reaction was scathing. Ilaria Conti, an Italian Socialist MEP who sits on the civil liberties committee, called the hubs “Guantanamo with a European flag” and said her group would table amendments to strip them from the text.

The European Council on Refugees and Exiles said in a statement that the Commission had “abandoned any pretence of putting protection first”. The Brussels-based network pointed to its own report, “Out of Sight: Europe’s Offshore Ambitions”, published last month, which found that similar schemes elsewhere had cost billions while returning very few people.

A spokesperson for the German interior ministry said Berlin would “study the proposal carefully and constructively” but declined to say whether the government backed the idea of hubs.

Diplomats expect the issue to dominate a meeting of interior ministers in Luxembourg next month.

“Everyone wants returns to work, but nobody wants the camps on their own territory,” said one EU diplomat, speaking on condition of anonymity because negotiations had not yet begun.""",
        [
            ("Today only one in five", "Katarina Lindqvist"),
            ("long overdue and badly needed", "Joost van der Berg"),
            ("Guantanamo with a European flag", "Ilaria Conti"),
            ("abandoned any pretence of putting", "European Council on Refugees and Exiles"),
            ("study the proposal carefully and", "spokesperson for the German interior ministry"),
            ("Everyone wants returns to work,", "EU diplomat"),
        ],
    ),
    (
        """\
STRASBOURG - The European Parliament on Thursday voted to give carmakers two more years to meet tougher CO2 targets, handing a victory to the industry and to the national governments that had lobbied hard for a delay.

The amendment passed by 361 votes to 247, with 31 abstentions, after the centre-right European People's Party, the nationalist conservatives and part of the liberal Renew Europe group joined forces.

"This is not a step back from climate neutrality, it is a step towards reality," said Markus Feldhaus, the German Christian Democrat who steered the file through the transport committee. He told the chamber that suppliers in his home region of Baden-Wuerttemberg were already cutting shifts.

The Greens reacted with fury. Their co-leader in Parliament, Sofie Lindahl, said the vote "rewards the companies that dragged their feet and punishes those that invested." Speaking to journalists outside the chamber, the Danish lawmaker added: "Every time we give them more time, they come back and ask for more."

Renew Europe was split down the middle. Camille Aubert, a French liberal who voted against, said she had not been elected "to rewrite the law every time a chief executive picks up the phone." The group's leader declined to comment.

The European Association of Vehicle Producers, which represents 15 major manufacturers, welcomed what it called "a pragmatic signal at a critical moment for European industry." The Brussels-based lobby said the sector was facing unprecedented pressure from Chinese competition and high energy prices.

Campaign group Clean Mobility Europe was less impressed. Its director, Henrik Saarinen, said the so-called "flexibility clause" was "a gift wrapped in green paper," adding that it would cost European drivers billions in extra fuel over the coming decade.

The Commission, which had proposed the delay in the first place under pressure from Berlin, Rome and Prague, welcomed the speed of the vote.

"We will now sit down with the Council so that manufacturers have legal certainty before the end of the year," Commission spokesman Pieter Claes told the daily midday briefing.

National governments are expected to rubber-stamp the change next month.""",
        [
            ("This is not a step back", "Markus Feldhaus"),
            ("rewards the companies that dragged", "Sofie Lindahl"),
            ("Every time we give them", "Sofie Lindahl"),
            ("to rewrite the law every", "Camille Aubert"),
            ("a pragmatic signal at a", "European Association of Vehicle Producers"),
            ("a gift wrapped in green", "Henrik Saarinen"),
            ("We will now sit down", "Pieter Claes"),
        ],
    ),
    (
        """\
WARSAW — Poland, Bulgaria and northern Italy are still home to the dirtiest air in the European Union, according to a report published on Tuesday that accuses governments of dragging their feet on phasing out coal-fired home heating.

The report, “Breathing Borders 2024”, compiled by the Brussels-based Clean Air Alliance, found that 41 of the bloc’s 50 most polluted cities lie in just five countries. Premature deaths linked to fine particulate matter were falling, it said, but “far too slowly to meet the targets governments themselves signed up to”.

“Our data show that the problem is no longer technology. It is political will,” said Agnieszka Wróbel, the alliance’s policy director, at the launch in Warsaw. “In some regions, families are still burning rubbish in their stoves in the middle of winter because nobody has offered them an alternative.

“We are not asking for miracles. We are asking governments to spend the money that Brussels has already given them.”

Poland’s climate ministry rejected the criticism. Deputy Minister Tomasz Kalinowski said the government had replaced more than 400,000 old boilers under its “Clean Air” programme since 2018 and that the report relied on “outdated figures from the worst winters” of the past decade. He told public radio that Kraków, once a byword for smog, now had cleaner air than several western European cities.

The European Commission declined to comment directly on the findings. An official in the environment department said infringement cases against several member states over air quality remained open and that Brussels was monitoring the situation closely.

In Sofia, the environmental group Zelena Sofia posted on social media that the findings were “a national embarrassment that nobody in government wants to discuss”. Bulgaria’s environment ministry did not respond to a request for comment.

Wróbel said the alliance would present its findings to members of the European Parliament’s environment committee next month. She urged the Commission to tie future cohesion payments to measurable cuts in emissions: “If the money doesn’t clean the air, it should stop.”""",
        [
            ("far too slowly to meet", "Clean Air Alliance"),
            ("Our data show that the", "Agnieszka Wróbel"),
            ("In some regions, families are", "Agnieszka Wróbel"),
            ("outdated figures from the worst", "Tomasz Kalinowski"),
            ("a national embarrassment that nobody", "Zelena Sofia"),
            ("If the money doesn’t clean", "Agnieszka Wróbel"),
        ],
    ),
    (
        """\
BUDAPEST — Hungary’s minister for European affairs on Monday accused the European Commission of “political blackmail dressed up as law” after Brussels confirmed it would keep €6.3 billion in cohesion funds frozen over concerns about judicial independence.

Zoltán Bereczki told a press conference in Budapest that the government had fulfilled every condition set by the Commission in 2022 and that the decision was driven by politics rather than by the rule book. He said Budapest would consider challenging it at the European Court of Justice in Luxembourg.

In a letter sent to the Hungarian government last week and seen by this newspaper, Commission Vice-President Helena Dvořáková wrote that recent changes to the country’s supreme court, the Kúria, were “insufficient to guarantee that judges can rule without fear of consequences”. The Czech commissioner, who oversees the bloc’s annual rule-of-law report, also raised concerns about the awarding of public contracts to firms linked to allies of the government.

Bereczki dismissed the letter out of hand. “Mrs Dvořáková knows very well that our judicial reform was written together with her own officials, and now, suddenly, it is not enough,” he said.

The freeze, imposed under the so-called “conditionality mechanism”, has become a symbol of the long-running feud between Brussels and Budapest, which has also clashed with its EU partners over migration, sanctions on Russia and military aid to Ukraine.

Eszter Halmi, an opposition MEP who sits with the Greens, said the government had only itself to blame. “Every euro that is frozen is a euro that Hungarian hospitals and schools will never see, and the people responsible sit in Budapest, not in Brussels,” she wrote on Facebook.

A Commission spokesperson said the executive did not comment on its correspondence with member states, but stressed that the door to dialogue remained open.

Diplomats in Brussels said they did not expect the money to be released before Hungary’s parliamentary elections next spring.""",
        [
            ("political blackmail dressed up as", "Zoltán Bereczki"),
            ("insufficient to guarantee that judges", "Helena Dvořáková"),
            ("Mrs Dvořáková knows very well", "Zoltán Bereczki"),
            ("Every euro that is frozen", "Eszter Halmi"),
        ],
    ),
    (
        """\
BRUSSELS — European Union leaders head into a two-day summit on Thursday with little sign of agreement on the bloc’s next seven-year budget, as a group of wealthy net contributors dug in against calls for fresh joint borrowing.

The so-called “frugals” — the Netherlands, Austria, Sweden and Denmark — have made clear they will not accept a budget much larger than 1 percent of the bloc’s gross national income, a ceiling that southern and eastern capitals say would gut farm subsidies and regional aid.

“There is no appetite in The Hague, and frankly none in Vienna either, for another round of common debt. People remember being told the recovery fund was a one-off,” a senior diplomat from one of the four countries told reporters on Wednesday.

European Council President Jan Verhoeven, who chairs the summits, has circulated a draft “negotiating box” with the headline figure left blank. In his invitation letter to leaders, the former Belgian prime minister wrote that the Union needed a budget “that matches our ambitions on defence, competitiveness and cohesion alike”, but he stopped short of proposing a number.

The Commission, meanwhile, wants a new “European Competitiveness Fund” at the heart of the budget, an idea that has drawn suspicion from capitals that fear it would drain money from existing programmes.

Spain and Poland, the two largest recipients of cohesion money, are pushing back hard. Officials in Madrid have privately warned they could block any deal that cuts regional funding by more than a tenth, while Warsaw insists that defence spending on the eastern flank must not come at the expense of its farmers.

Verhoeven’s team is playing down expectations of a breakthrough this week.

“This is the first course of a very long dinner,” said one aide to Verhoeven. Leaders are also due to discuss Ukraine, the Middle East and trade relations with the United States before the summit wraps up on Friday afternoon.""",
        [
            ("There is no appetite in", "senior diplomat from one of the four countries"),
            ("that matches our ambitions on", "Jan Verhoeven"),
            ("This is the first course", "aide to Verhoeven"),
        ],
    ),
    (
        """\
BRUSSELS — Thousands of farmers drove tractors into the European quarter of Brussels on Monday, blocking the roads around the Commission’s Berlaymont headquarters and setting fire to hay bales as agriculture ministers met nearby to discuss the future of farm subsidies.

Police said around 900 tractors had entered the city by mid-morning, many of them from Belgium, France and the Netherlands. Protesters sprayed manure at the entrance of the Council building and carried banners reading “No farmers, no food” and “Brussels, hands off our land”.

The anger was triggered by a Commission proposal to fold the Common Agricultural Policy, which has absorbed roughly a third of the EU budget for decades, into a single fund for each member state that governments would also use for regional and social spending.

“My father farmed this land, and his father before him. I will be the last one, because at these prices my children don’t want it,” said a dairy farmer from the province of Liège who gave only his first name, Luc. He said he had driven his tractor more than 100 kilometres overnight to take part.

The European Farmers’ Council, the main farm lobby in Brussels, said in a statement that the plan would “turn the CAP into a piggy bank for finance ministers” and called on national governments to reject it outright. The organisation said more than a million people had signed its petition, “Keep Farming European”.

Agriculture Commissioner Piotr Zawadzki met a delegation of protest leaders in the afternoon. A spokesperson for the Polish commissioner said afterwards that he had listened carefully to their concerns and that direct payments to farmers would be protected under the new structure.

Belgian police said three officers had been slightly injured and 11 people detained. Traffic in the city centre was expected to remain disrupted until late evening.

It was the largest farm protest in the Belgian capital since early 2024, when similar scenes forced the Commission to water down parts of its environmental rules for agriculture.""",
        [
            ("My father farmed this land,", "Luc"),
            ("turn the CAP into a", "European Farmers’ Council"),
        ],
    ),
    (
        """\
BRUSSELS — Denmark’s nominee for the European Commission’s trade portfolio promised on Tuesday to take a harder line against unfair competition from China and the United States, as he faced three hours of questioning from the lawmakers whose approval he needs to take office.

Rasmus Holm, a former Danish business minister nicknamed “the Bulldozer” during his years in Copenhagen, told the Parliament’s international trade committee that the era of naive openness was over.

“Free trade remains in our DNA. But free trade without rules is not freedom, it is surrender,” Holm said in his opening statement.

“I will use every instrument we have — anti-dumping duties, the anti-coercion instrument, foreign subsidy controls — and I will not hesitate to use them quickly. Our companies cannot wait two years for a verdict while their markets disappear.

“That is the promise I make to this House today.”

The sharpest exchange came with Manon Lefèvre, a French MEP from the Left group, who pressed him on the EU’s trade agreement with the South American Mercosur bloc, which farmers across Europe have dubbed the “beef-for-cars deal”.

“You talk about rules, but you are asking European farmers to compete with producers who use pesticides we banned twenty years ago,” she told him.

Holm replied that the agreement contained safeguards allowing Brussels to suspend tariff cuts if imports surged, and said that he would be “nobody’s pushover, in Washington, Beijing or Brasília”.

Committee coordinators from the political groups will meet on Thursday to decide whether to approve his nomination or send him further written questions. Several MEPs from the centre-right and the Socialists said after the hearing that they were broadly satisfied, though the Greens said they wanted more detail on how he would enforce labour and environmental standards in trade deals.""",
        [
            ("Free trade remains in our", "Rasmus Holm"),
            ("I will use every instrument", "Rasmus Holm"),
            ("You talk about rules, but", "Manon Lefèvre"),
            ("nobody’s pushover, in Washington, Beijing", "Rasmus Holm"),
        ],
    ),
    (
        """\
PRAGUE - Energy ministers from across the European Union agreed on Friday to relax the bloc's gas storage targets, giving governments more room to decide when to fill their tanks ahead of winter after complaints that the rules were pushing up prices.

Under the deal, struck at an informal meeting in Prague, countries will be allowed to fall up to 10 percentage points short of the 90 percent storage target and to meet it at any point between October and December, rather than by November 1 as required today.

"We are not lowering our guard. We are simply stopping traders from knowing exactly when we have to buy," said Czech Industry and Trade Minister Radek Novotny, who chaired the talks. He said the old deadline had turned European storage into "a one-way bet for speculators" and had cost consumers hundreds of millions of euros.

The change, part of a wider package the Commission has branded "Secure Winter", still requires formal approval by the European Parliament, where a vote is expected in the autumn.

Slovakia and Hungary, which still rely heavily on pipeline gas from the east, pushed for even looser rules but eventually signed up to the compromise, diplomats said.

Energy Commissioner Liisa Kask, who had initially resisted any watering down of the targets, struck a cautious note. In a post on X shortly after the meeting, she wrote: "Flexibility yes, complacency no. Europe's storage is full because we planned, not because we were lucky."

Industry groups broadly welcomed the outcome. The lobby group Storage Operators Europe said it would give operators more predictability, while a coalition of energy-intensive manufacturers said it hoped the change would feed through into lower bills next winter.

Environmental campaigners were less enthusiastic, arguing that the bloc should be focusing on cutting gas demand rather than on how to store it. Ministers are due to meet again in Luxembourg in June.""",
        [
            ("We are not lowering our", "Radek Novotny"),
            ("a one-way bet for speculators", "Radek Novotny"),
            ("Flexibility yes, complacency no.", "Liisa Kask"),
        ],
    ),
]
