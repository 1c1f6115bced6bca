CASES = [
    (
"""UNITED NATIONS, Oct 14 — The U.N. Security Council on Tuesday renewed an arms embargo and targeted sanctions on South Sudan for another year, but six of its 15 members abstained in a vote that exposed deepening divisions over how to handle the country’s stalled political transition.

The resolution, drafted by the United States, passed with nine votes in favour and none against. It extends travel bans and asset freezes on seven South Sudanese officials and renews the mandate of the panel of experts whose annual report, known in council corridors simply as the “grey book,” tracks weapons flowing into the country.

“These sanctions have become a ritual rather than a policy. Every year we renew them, and every year the weapons still arrive,” said Ghana’s ambassador, Kwame Asante-Boateng, who spoke on behalf of the three African members of the council, all of whom abstained.

U.S. Deputy Ambassador Linda Harwell told reporters after the vote that Washington had accepted several amendments, including an exemption for demining equipment, to win broader support. She described the embargo as “the only brake we have” on the flow of small arms across South Sudan’s porous borders.

Russia’s deputy envoy, Dmitry Voloshenko, said Moscow had abstained because the text ignored the views of the region. Western members, he added, were “managing Africa from a conference room in New York.”

In Juba, the Ministry of Foreign Affairs and International Cooperation said in a statement that the vote was “a missed opportunity to reward progress” and that the government would keep pressing for the embargo to be lifted through the African Union.

The panel of experts said in its most recent report that rifles and ammunition continued to reach armed groups in Upper Nile and Jonglei states, often through neighbouring countries, despite the embargo that has been in place since 2018.

A council diplomat, who asked not to be named because the talks were private, said the text had been redrafted four times over the weekend as the U.S. mission tried to win over the African members.

“Nobody loved it. That is usually how you know it is going to pass,” the diplomat said.""",
        [
            ("These sanctions have become a ritual", "Kwame Asante-Boateng"),
            ("the only brake we have", "Linda Harwell"),
            ("managing Africa from a conference", "Dmitry Voloshenko"),
            ("a missed opportunity to reward", "Ministry of Foreign Affairs and International Cooperation"),
            ("Nobody loved it. That is", "council diplomat"),
        ],
    ),
    (
'''BRUSSELS, Feb 3 — European Union foreign ministers failed on Monday to agree a new package of sanctions against Russia after Hungary refused to back measures targeting Moscow's civil nuclear industry, diplomats said.

The package, the bloc's 19th since 2022, would also add dozens of vessels from Russia's so-called "shadow fleet" of ageing oil tankers to an EU blacklist and tighten a ban on the re-export of dual-use goods through third countries.

"We will not sign up to something that turns off the lights in Hungarian homes," Hungarian Foreign Minister Gergely Tóth-Varga told reporters as he arrived at the Council building. He said the proposed listings would directly affect Paks II, a Russian-built expansion of Hungary's only nuclear power plant.

EU foreign policy chief Margit Lindqvist said the disagreement was serious but could be overcome, and that ambassadors would resume talks on Wednesday. She said she still expected a deal before the end of the month.

Lithuania's foreign minister, Rokas Jankauskas, was less patient. In a post on X, he wrote: "Every week we wait is another week of revenue for the Kremlin's war machine. One member state cannot hold 26 others hostage."

A spokesperson for the German Federal Foreign Office said Berlin was "in close contact with Budapest and all other partners" but declined to say whether Germany would support splitting the nuclear measures into a separate package, an option floated by several diplomats.

Moscow was dismissive. Russia's Ministry of Foreign Affairs said on its Telegram channel that the bloc was "shooting itself in the foot for the nineteenth time."

Tóth-Varga later appeared to leave the door open. Asked whether Budapest would veto the package outright, he said: "Nothing is vetoed until it is put to a vote. We are ready to talk about the text."

Any new sanctions require the unanimous backing of all 27 member states. Diplomats said Slovakia, which has also voiced concerns about energy supplies, was likely to follow Hungary's lead if the nuclear listings remained in the text.''',
        [
            ("We will not sign up to", "Gergely Tóth-Varga"),
            ("Every week we wait is", "Rokas Jankauskas"),
            ("in close contact with Budapest", "spokesperson"),
            ("shooting itself in the foot", "Ministry of Foreign Affairs"),
            ("Nothing is vetoed until it", "Gergely Tóth-Varga"),
        ],
    ),
    (
"""ADDIS ABABA, Feb 16 — African leaders closed a two-day summit here on Sunday without a breakthrough in the bitter dispute between Ethiopia and Somalia over Ethiopian access to the sea, despite a late push by Kenyan and Djiboutian mediators.

The gathering, held under the African Union’s long-running banner of “Silencing the Guns,” had been expected to produce at least a joint statement on the Horn of Africa. Instead, the final declaration did not mention the two countries by name.

Somalia’s foreign minister, Abdirahman Hashi Warsame, told reporters that Mogadishu would not be pressured into talks while Ethiopia kept alive a memorandum of understanding with the breakaway region of Somaliland.

“We have said from the first day that Somalia’s sovereignty is not a bargaining chip,” Warsame said. “Ethiopia is welcome to use our ports, like any other neighbour, under our laws and under our flag.

“What it cannot do is sign agreements with a breakaway region and call that diplomacy.”

Ethiopian officials did not hold a news conference. In a post on X, Ethiopia’s Ministry of Foreign Affairs said Addis Ababa remained “committed to a peaceful and mutually beneficial arrangement” with all its neighbours and accused unnamed parties of spreading misinformation about its intentions.

Kenya’s Cabinet Secretary for Foreign and Diaspora Affairs, Miriam Chepkoech, who has shuttled between the two capitals since December, struck a more hopeful note. She said the gap between the sides was “narrower than the headlines suggest” and that technical teams would meet in Nairobi next month.

Djibouti, whose port handles the vast majority of Ethiopia’s trade, has offered Addis Ababa a dedicated corridor and a share in port revenues, an idea diplomats have nicknamed the “Tadjourah option.”

A senior AU official, speaking on condition of anonymity because he was not authorised to brief the media, was more sceptical.

“Everyone in that room knows what a deal looks like. What is missing is the will to be seen making concessions,” the official said.""",
        [
            ("We have said from the first", "Abdirahman Hashi Warsame"),
            ("Ethiopia is welcome to use", "Abdirahman Hashi Warsame"),
            ("committed to a peaceful and", "Ministry of Foreign Affairs"),
            ("narrower than the headlines suggest", "Miriam Chepkoech"),
            ("Everyone in that room knows", "senior AU official"),
        ],
    ),
    (
"""VIENNA, June 6 — The International Atomic Energy Agency’s board of governors passed a resolution on Thursday censuring Iran for failing to explain uranium traces found at undeclared sites, and Tehran responded within hours by announcing it would expand its enrichment capacity.

The text, put forward by Britain, France and Germany, was adopted by 20 votes to 2 with 12 abstentions, according to diplomats at the closed-door meeting. Russia and China voted against.

Iran’s Foreign Ministry spokesman, Hossein Rezaei-Nejad, called the resolution “a politically motivated act dictated by Washington” and said Iran would respond in kind. Hours later, the Atomic Energy Organization of Iran said in a statement carried by state television that it had ordered “the installation of a new generation of advanced centrifuges” at its Fordow enrichment plant.

European governments have warned that they could trigger the so-called “snapback” mechanism under the 2015 nuclear deal, which would restore all U.N. sanctions lifted under the agreement. Officials in Tehran have said that doing so would end cooperation with inspectors altogether.

A European diplomat said the three sponsors had delayed the text twice in the hope of a last-minute gesture from Tehran that never came.

“We gave them every off-ramp we could think of. At some point the board has to mean what it says,” the diplomat said.

The agency’s director general, Elisabeth Marchetti, told reporters she regretted the escalation and urged both sides to return to talks. Inspectors could still visit most declared sites, she said, but the agency’s knowledge of Iran’s stockpile of highly enriched uranium had become “a blind spot I cannot pretend does not exist.”

Iran’s ambassador to the agency, Mohammad-Javad Sharifi, later dismissed her remarks in an interview with state media, saying inspectors already had all the access required under Iran’s safeguards agreement.""",
        [
            ("a politically motivated act dictated", "Hossein Rezaei-Nejad"),
            ("the installation of a new generation", "Atomic Energy Organization of Iran"),
            ("We gave them every off-ramp", "European diplomat"),
            ("a blind spot I cannot", "Elisabeth Marchetti"),
        ],
    ),
    (
"""BEIJING, Dec 3 — China on Tuesday banned exports of gallium, germanium and antimony to the United States, a day after Washington expanded restrictions on sales of advanced chipmaking equipment and high-bandwidth memory to Chinese companies.

The Ministry of Commerce said in a notice posted on its website that the ban, which takes effect immediately, was needed to safeguard national security. Exports of graphite to U.S. end users would also face stricter review, it said.

At a regular briefing, Foreign Ministry spokeswoman Lin Meiqi accused Washington of having “overstretched the concept of national security” and of abusing export controls to contain China’s development.

“China firmly opposes this,” Lin said, “and will take resolute and forceful measures to protect the legitimate rights and interests of Chinese enterprises.”

The latest U.S. rules extend the so-called “small yard, high fence” approach, which restricts a narrow set of technologies with military applications while leaving broader trade largely untouched.

The Communist Party-backed tabloid Jinghua Observer, which often reflects hardline thinking in Beijing, went further. In an editorial headlined “Supply Chains Run Both Ways,” it said the ban was “a long-overdue lesson for those who believe they can cut China off without paying a price.”

A spokesperson for the U.S. Embassy in Beijing said Washington was reviewing the announcement and referred further questions to the Commerce Department in Washington.

Analysts said the immediate impact would be limited, as the United States imports much of its gallium and germanium through third countries. But the move underscored Beijing’s willingness to use its dominance of critical minerals as leverage ahead of a new administration taking office in Washington next month.""",
        [
            ("overstretched the concept of national security", "Lin Meiqi"),
            ("China firmly opposes this", "Lin Meiqi"),
            ("and will take resolute and", "Lin Meiqi"),
            ("a long-overdue lesson for those", "Jinghua Observer"),
        ],
    ),
    (
"""MANILA, Aug 20 — The Philippines’ Department of Foreign Affairs summoned China’s ambassador on Tuesday to protest what it called “dangerous and unlawful manoeuvres” by Chinese coast guard ships that fired water cannon at two Philippine government vessels near Scarborough Shoal over the weekend.

It was the fourth diplomatic protest Manila has lodged this year over incidents at the shoal, a rich fishing ground about 120 nautical miles off the main island of Luzon that China seized in 2012.

Philippine Coast Guard spokesman Commodore Jose Miguel Tarrosa said one crew member suffered minor injuries and the bridge windows of the BRP Cabra were shattered. Displaying photographs at a news conference, he said: “They were not trying to warn us. They were trying to disable us.”

The vessels had been escorting boats delivering fuel and supplies to Filipino fishermen under the government’s “Bagong Layag” assistance programme when they were intercepted, Tarrosa said.

The Embassy of the People’s Republic of China in the Philippines said in a statement that the Philippine ships had “intruded into the waters adjacent to Huangyan Dao,” China’s name for the shoal, and that its coast guard had acted professionally and with restraint.

Foreign Secretary Teresita Villanueva-Lazo told a Senate hearing that Manila would “not be intimidated into abandoning our own waters,” but said diplomatic channels with Beijing remained open and that a bilateral consultation mechanism on the South China Sea was due to meet in October.

The U.S. State Department reaffirmed in a statement that the 1951 Mutual Defense Treaty covers armed attacks on Philippine public vessels, aircraft and armed forces anywhere in the South China Sea.""",
        [
            ("dangerous and unlawful manoeuvres", "Department of Foreign Affairs"),
            ("They were not trying to", "Jose Miguel Tarrosa"),
            ("intruded into the waters adjacent", "Embassy of the People’s Republic of China in the Philippines"),
            ("not be intimidated into abandoning", "Teresita Villanueva-Lazo"),
        ],
    ),
    (
"""SAMARKAND, Uzbekistan, April 4 — The European Union and the five Central Asian republics pledged on Friday to speed up work on a trade route across the Caspian Sea that bypasses Russia, at the first summit between the two sides held in the region.

Leaders signed a declaration committing to joint investment in rail, port and digital links along the so-called “Middle Corridor,” which runs from China through Kazakhstan, across the Caspian to Azerbaijan and Georgia, and on to Turkey and Europe. The EU said it would mobilise 12 billion euros for the region under its “Global Gateway” infrastructure scheme.

Uzbek Foreign Minister Bakhtiyor Saidkarimov, whose government hosted the meeting, said the region was “no longer anyone’s backyard” and would choose its partners on the basis of its own interests.

European Council President Henrik Vaelsen was careful to avoid casting the summit as a contest with Moscow or Beijing. He told a joint news conference: “Central Asia is not a place where Europe comes to compete with others. It is a place where we come to build with partners.”

Kazakhstan’s deputy foreign minister, Aigerim Zhaksylykova, said Astana would not join Western sanctions on Russia, its largest neighbour and a key trading partner. But she said her government was determined to stop sanctioned goods being re-exported through its territory, adding that Kazakhstan did not intend to “become a loophole for anyone.”

In Moscow, Kremlin spokesman Nikolai Bessonov said Russia had “no objection to our friends trading with whomever they like,” but warned outside powers against trying to pull the region away from its traditional partners.

Trade between the EU and Central Asia has grown sharply since 2022, driven in part by European companies looking for alternatives to routes through Russia and by Central Asian exporters seeking new markets for metals, cotton and grain.""",
        [
            ("no longer anyone’s backyard", "Bakhtiyor Saidkarimov"),
            ("Central Asia is not a place", "Henrik Vaelsen"),
            ("become a loophole for anyone", "Aigerim Zhaksylykova"),
            ("no objection to our friends", "Nikolai Bessonov"),
        ],
    ),
    (
'''PRETORIA, Sept 9 — Foreign ministers from the BRICS group of emerging economies ended two days of talks on Thursday divided over how quickly to build a shared payments system, with India and Brazil urging caution over a project some members see as a challenge to the dollar.

The meeting, hosted by South Africa's Department of International Relations and Cooperation, was the last ministerial session before leaders gather in Cape Town in November for a summit whose official theme is "Solidarity for a Fairer World."

South African Minister of International Relations and Cooperation Thandeka Mabaso said the group had made real progress on trade in local currencies, but that a common platform, informally dubbed "BRICS Bridge," was not yet ready for leaders to approve.

"We are not in the business of replacing anybody's currency," Mabaso told reporters at the Union Buildings. She said member states wanted to protect their exporters from swings in the dollar and from sanctions imposed by third countries.

Brazil's foreign minister, Mauro Vasconcellos Pinto, said Brasilia supported greater use of local currencies but wanted any new system to be "technically sound before it is politically announced."

An Indian official, who declined to be named because the talks were confidential, said New Delhi had "no interest in any arrangement that looks like de-dollarisation by another name." India has repeatedly said it does not seek to weaken the U.S. currency.

The talks were overshadowed by Washington's threat of additional tariffs on countries that back the bloc's plans to trade outside the dollar. In a statement issued after the meeting, the department said ministers had rejected "unilateral and coercive economic measures that violate international law" and reaffirmed their support for the World Trade Organization.''',
        [
            ("We are not in the business", "Thandeka Mabaso"),
            ("technically sound before it is", "Mauro Vasconcellos Pinto"),
            ("no interest in any arrangement", "Indian official"),
            ("unilateral and coercive economic measures", "Department of International Relations and Cooperation"),
        ],
    ),
]
