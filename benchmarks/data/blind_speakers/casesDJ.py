CASES = [
    (
        """UNITED NATIONS (AP) — The U.N. Security Council failed Tuesday to adopt a resolution demanding an immediate cease-fire in Kandara's northern Ombesi province after Marovia cast a veto that its ambassador called "a matter of principle, not politics."

The draft, sponsored by Telesia and Sorvenia, received 12 votes in favor, with Marovia voting against and two countries abstaining. It would have demanded that all parties halt hostilities for 30 days and allow aid convoys unhindered access to the besieged city of Dravak.

Marovian Ambassador Ilse Varkonen told the council the text "punishes one side and rewards the other," arguing that it made no mention of cross-border shelling by armed groups she said were operating from Kandaran territory.

"We cannot endorse a resolution that pretends the conflict has only one author," Varkonen said. "When the council is ready to speak honestly about who fired first, Marovia will be ready to vote yes."

Telesia's U.N. envoy, Ambassador Rafael Odunmire, said he was "deeply disappointed" and accused Marovia of shielding an ally.

"Tonight, the people of Dravak learned that their suffering can be vetoed," he told reporters outside the council chamber. "We will not stop here."

The U.N. Relief Coordination Office says roughly 400,000 people remain trapped in and around Dravak, where food stocks are expected to run out within weeks. In a statement issued before the vote, the office warned that "without a pause in the fighting, famine conditions are likely by the end of the month."

Kandara's deputy foreign minister, Tomas Brevik-Aalund, who addressed the council as a non-member, welcomed the outcome. He said his government had "never refused humanitarian access" and called reports of a siege "exaggerated."

Sorvenia's ambassador, Nadia Oyelaran-Smets, said the co-sponsors would consider taking the draft to the 193-member General Assembly, where no country has a veto. Under a procedure adopted two years ago, the assembly must meet within 10 working days whenever a veto is cast in the council.

"The veto is not the end of the conversation," she said. "It is the start of a debate in front of the whole membership."

A Western diplomat, speaking on condition of anonymity because the negotiations were private, said Marovia had been offered language condemning cross-border attacks but rejected it late Monday.

"They moved the goalposts twice," the diplomat said.

The veto is Marovia's third on the Kandara conflict since fighting resumed in March.""",
        [
            ("a matter of principle, not", "Ilse Varkonen"),
            ("punishes one side and rewards", "Ilse Varkonen"),
            ("We cannot endorse a resolution", "Ilse Varkonen"),
            ("When the council is ready", "Ilse Varkonen"),
            ("deeply disappointed", "Rafael Odunmire"),
            ("Tonight, the people of Dravak", "Rafael Odunmire"),
            ("We will not stop here.", "Rafael Odunmire"),
            ("without a pause in the", "U.N. Relief Coordination Office"),
            ("never refused humanitarian access", "Tomas Brevik-Aalund"),
            ("exaggerated.", "Tomas Brevik-Aalund"),
            ("The veto is not the", "Nadia Oyelaran-Smets"),
            ("It is the start of", "Nadia Oyelaran-Smets"),
            ("They moved the goalposts twice,", "Western diplomat"),
        ],
    ),
    (
        """Geneva (AFP) – Foreign ministers from Baltessa and Ruvania ended two days of talks in Geneva on Thursday without agreement on the disputed Selvar Strait, though the UN envoy mediating the process insisted the door to a deal “remains open”.

Baltessan Foreign Minister Henrik Solvasson and his Ruvanian counterpart Amira Quesnel-Dahl met face to face for the first time since a naval standoff in January left two fishermen dead and shipping in the strait disrupted for weeks.

The UN special envoy for the Selvar Strait, Joaquim Ferreira-Lindqvist, told reporters the sides had agreed on “a surprising amount of the technical detail” but remained far apart on who should patrol the waterway.

“Nobody walked out, nobody slammed a door, and in this process that counts for something,” he said. “But I will not pretend we are close.”

Solvasson was blunter. Speaking at his country's mission to the UN, he said: “Ruvania came to Geneva to talk about fishing quotas. We came to talk about sovereignty. Those are not the same conversation.”

He added that Baltessa would “not accept any arrangement that puts foreign warships inside our territorial waters”.

Quesnel-Dahl, in a statement released by the Ruvanian foreign ministry after the talks, said her government had presented “a fair and balanced proposal” for a joint coast guard commission and accused Baltessa of “hiding behind legal formulas”.

“We offered shared patrols, shared data and a shared hotline between our navies,” she said in the statement. “Ruvania will keep that offer on the table.

“What we will not do is negotiate with ourselves.”

Diplomats said the envoy had circulated a two-page paper proposing a six-month moratorium on naval exercises within 20 nautical miles of the median line. A European diplomat who attended a briefing on the talks said the paper was “the only thing in the room both sides did not reject outright”.

Ferreira-Lindqvist said he would travel to both capitals in the coming weeks and hoped to reconvene the ministers before the summer.

Shipping insurers have raised premiums for vessels crossing the strait, which carries around a fifth of the region's grain exports, by as much as 40 percent since January.""",
        [
            ("remains open", "Joaquim Ferreira-Lindqvist"),
            ("a surprising amount of the", "Joaquim Ferreira-Lindqvist"),
            ("Nobody walked out, nobody slammed", "Joaquim Ferreira-Lindqvist"),
            ("But I will not pretend", "Joaquim Ferreira-Lindqvist"),
            ("Ruvania came to Geneva to", "Henrik Solvasson"),
            ("not accept any arrangement that", "Henrik Solvasson"),
            ("a fair and balanced proposal", "Amira Quesnel-Dahl"),
            ("hiding behind legal formulas", "Amira Quesnel-Dahl"),
            ("We offered shared patrols, shared", "Amira Quesnel-Dahl"),
            ("Ruvania will keep that offer", "Amira Quesnel-Dahl"),
            ("What we will not do", "Amira Quesnel-Dahl"),
            ("the only thing in the", "European diplomat"),
        ],
    ),
    (
        """By Lena Marquardt

UNITED NATIONS, Oct 14 (Reuters) - The United Nations General Assembly on Tuesday overwhelmingly adopted a resolution calling on the Eskaran Federation to withdraw its forces from the Tarvel Islands, a non-binding but symbolic rebuke that Eskaran diplomats dismissed as "theater."

The resolution passed with 141 votes in favor, 9 against and 37 abstentions. In it, the assembly "deplores in the strongest terms" the deployment of Eskaran troops to the archipelago in June and calls for talks under U.N. auspices on the islands' future status.

Introducing the text, Orlantian Foreign Minister Beatriz Amundsen-Kaur told the assembly that small states had "the most to lose" if borders could be redrawn by force.

"If the Tarvel Islands can be taken on a Tuesday, then any island, any valley, any border town can be taken on a Wednesday," she said. "This resolution is about all of us."

Eskaran Ambassador Grigor Testavin said the vote would "change nothing on the ground" and accused the sponsors of ignoring a referendum held on the islands in August, which Eskara says showed overwhelming support for joining the federation.

"The people of the islands have spoken. This assembly has chosen not to listen," Testavin said, adding that his government regarded the resolution as "legally void and politically meaningless."

Most Western governments and the U.N. secretariat have said the referendum did not meet international standards. A report by the U.N. Electoral Observation Panel, circulated to member states last month, found "serious irregularities at every stage," including the presence of armed personnel at polling stations.

Several abstaining countries said they backed the principle of territorial integrity but were wary of being drawn into a dispute between larger powers. Speaking for a group of 22 states, Nantessa's ambassador, Selim Adebayo-Ruiz, said the group "stands firmly for the Charter" but feared the text could "close doors that diplomacy still needs."

General Assembly resolutions are not legally binding but carry political weight. A similar measure in the Security Council was vetoed by Eskara in July.

Outside the hall, a senior European official said the size of the majority had surprised even the sponsors.

"We were counting on 120. Getting past 140 sends a message Eskara cannot ignore," the official said.

(Reporting by Lena Marquardt; Editing by Tobias Wrenfield)""",
        [
            ("theater.", "Eskaran diplomats"),
            ("deplores in the strongest terms", "United Nations General Assembly"),
            ("the most to lose", "Beatriz Amundsen-Kaur"),
            ("If the Tarvel Islands can", "Beatriz Amundsen-Kaur"),
            ("This resolution is about all", "Beatriz Amundsen-Kaur"),
            ("change nothing on the ground", "Grigor Testavin"),
            ("The people of the islands", "Grigor Testavin"),
            ("legally void and politically meaningless.", "Grigor Testavin"),
            ("serious irregularities at every stage,", "U.N. Electoral Observation Panel"),
            ("stands firmly for the Charter", "Selim Adebayo-Ruiz"),
            ("close doors that diplomacy still", "Selim Adebayo-Ruiz"),
            ("We were counting on 120.", "senior European official"),
        ],
    ),
    (
        """BRUSSELS — Foreign ministers of the Aurelian Union agreed on Monday to impose asset freezes and travel bans on 14 senior officials of Zembria's military government, the bloc's toughest response yet to the junta's suspension of elections.

The measures, which target the head of the ruling council, General Osric Mabendi, and several cabinet members, will take effect once published in the Union's official journal later this week.

The Union's foreign policy chief, Margarethe Holm-Ekwueme, said the package was "targeted, proportionate and reversible".

"We are not punishing the people of Zembria," Ms Holm-Ekwueme told a press conference after the meeting. "We are sending a clear signal to those who have taken their vote away from them."

She said sanctions could be lifted "the day a credible electoral calendar is published and respected".

Agreement was delayed for several hours by objections from Lusterland, whose foreign minister, Piet Granvoort, had warned on arriving at the meeting that sanctions risked "pushing Zembria into the arms of less scrupulous partners". Diplomats said Lusterland dropped its objection after the bloc agreed to review the measures in six months.

Mr Granvoort later told reporters his concerns had been "largely addressed". "Nobody in this room likes the junta," he said. "The question was always whether sanctions would work, not whether they were deserved."

Outside the building, a few dozen members of the Zembrian diaspora held banners reading "Free Zembria Now" and chanted the names of detained opposition leaders.

In Port Semaya, the Zembrian capital, the ruling National Restoration Council condemned the decision. A statement read on state television described the sanctions as "an act of neo-colonial interference" and said Zembria would "reconsider its cooperation" with the Union on migration and counter-terrorism.

The council's spokesman, Colonel Issa Ndoravi, went further. In a post on social media, he wrote: "Zembria has survived worse than a list of names drawn up in Brussels. We will survive this too."

Rights groups welcomed the sanctions but said they did not go far enough. Zembria Democracy Watch, a coalition of exiled activists, said in a report published on the eve of the meeting that at least 230 opposition figures had been detained since the coup, and urged the bloc to "follow the money, not just the uniforms".

General Mabendi seized power in February, promising elections within a year. In August the ruling council announced that the vote had been postponed indefinitely, citing security concerns in the north.""",
        [
            ("targeted, proportionate and reversible", "Margarethe Holm-Ekwueme"),
            ("We are not punishing the", "Margarethe Holm-Ekwueme"),
            ("We are sending a clear", "Margarethe Holm-Ekwueme"),
            ("the day a credible electoral", "Margarethe Holm-Ekwueme"),
            ("pushing Zembria into the arms", "Piet Granvoort"),
            ("largely addressed", "Piet Granvoort"),
            ("Nobody in this room likes", "Piet Granvoort"),
            ("The question was always whether", "Piet Granvoort"),
            ("an act of neo-colonial interference", "National Restoration Council"),
            ("reconsider its cooperation", "National Restoration Council"),
            ("Zembria has survived worse than", "Issa Ndoravi"),
            ("follow the money, not just", "Zembria Democracy Watch"),
        ],
    ),
    (
        """PORT LECLAIRE, Mavessa — Leaders of the nine-member Southern Ocean Rim Forum closed a two-day summit here on Saturday with a pledge to create a joint fund for climate-displaced communities, but failed to agree on how much each country should contribute.

The final communiqué, released shortly after midnight, committed members to “establish, within twelve months, a standing mechanism to assist populations displaced by sea-level rise and extreme weather.” It made no reference to a target of $2 billion that the host, Mavessa, had championed in the run-up to the meeting.

President Elodie Kanuatara of Mavessa, who chaired the summit, acknowledged the gap. “I would have liked a number on that page,” Ms. Kanuatara told a closing news conference. “But a mechanism without a number is better than a number without a mechanism, and we now have the mechanism.”

Diplomats said the figure was dropped after objections from Terranor, the forum’s largest economy, which argued that contributions should be linked to each member’s emissions rather than to national income.

Terranor’s prime minister, Callum Rethwick-Osei, denied that his government had blocked the deal. Asked whether Terranor had watered down the text, he replied: “No. We strengthened it. A fund that rich and poor members pay into on the same formula is not fair, and what is not fair does not last.”

The forum’s secretary general, Haruto Velasquez-Aho, said officials would present options for the funding formula at a ministerial meeting in March.

Island nations, several of which face the loss of inhabited land within decades, voiced frustration. The foreign minister of Atolu, Sione Maravake, said his delegation had come to the summit “with our maps, not our speeches,” and had shown leaders charts of villages already abandoned.

“Every year we meet, and every year the water is a little closer to the school,” Mr. Maravake said. “At some point the meetings have to move faster than the sea.”

The summit also issued a separate statement on the fisheries dispute between Terranor and Kessaly, urging both governments to “exercise restraint and resolve differences through dialogue.” Officials from the two countries held a bilateral meeting on the sidelines, their first since August.

Ingrid Thoresen-Baako, a fellow at the Carradine Institute for Ocean Policy, said the outcome was “typical of the forum: ambitious in principle, cautious in practice.”

Next year’s summit will be held in Atolu.""",
        [
            ("establish, within twelve months, a", "Southern Ocean Rim Forum"),
            ("I would have liked a", "Elodie Kanuatara"),
            ("But a mechanism without a", "Elodie Kanuatara"),
            ("No. We strengthened it.", "Callum Rethwick-Osei"),
            ("with our maps, not our", "Sione Maravake"),
            ("Every year we meet, and", "Sione Maravake"),
            ("At some point the meetings", "Sione Maravake"),
            ("exercise restraint and resolve differences", "Southern Ocean Rim Forum"),
            ("typical of the forum: ambitious", "Ingrid Thoresen-Baako"),
        ],
    ),
    (
        """UNITED NATIONS, Dec 3 (dpa) - The United Nations envoy for Velmora warned the Security Council on Wednesday that a fragile truce in the country's east was "hanging by a thread," as fresh clashes around the city of Osk threatened to unravel months of negotiations.

Envoy Dariusz Helmqvist-Obi, briefing the 15-member council by video link from the regional capital Kessel-Varn, said both the government and the rebel Eastern Liberation Front had violated the agreement repeatedly over the past fortnight.

"I have run out of polite ways to describe what is happening," Helmqvist-Obi said. "Each side tells me the other fired first. Each side tells me it is only defending itself. And each week, more civilians are buried."

He urged council members to use their influence on the parties and said he intended to convene a meeting of the truce monitoring committee "within days, not weeks."

Velmora's government rejected the envoy's account. In a letter to the president of the Security Council dated Monday, Foreign Minister Irena Drevenko wrote that government forces had acted "solely in response to repeated and documented provocations" and accused the monitoring mission of "a persistent failure to attribute violations correctly."

The letter, a copy of which was seen by dpa, asked the council to "take note of the restraint shown by the Government of Velmora" and attached a list of 37 alleged rebel attacks.

The Eastern Liberation Front, which has no representation at the United Nations, said in a statement posted online that it remained "committed to the truce in letter and in spirit" but would "answer every aggression."

Residents of Osk described a week of near-constant shelling.

"We sleep in the basement now, all of us, twelve people," a resident reached by telephone told dpa, asking that her name not be used for fear of reprisals. "The children no longer ask when it will stop."

Council members voiced support for the envoy. Ambassador Hélène Castellanos-Wirth of Sorvenia, which holds the council presidency this month, said the body stood "fully behind" Helmqvist-Obi and would consider "all options" if the violations continued.

Marovia's deputy ambassador, Lev Ostrakov, cautioned against "premature talk of sanctions," saying: "Pressure is not a strategy. Patience sometimes is."

The truce, brokered in Kessel-Varn in May, ended 18 months of fighting that the United Nations says killed more than 9,000 people and displaced over a million.""",
        [
            ("hanging by a thread,", "Dariusz Helmqvist-Obi"),
            ("I have run out of", "Dariusz Helmqvist-Obi"),
            ("Each side tells me the", "Dariusz Helmqvist-Obi"),
            ("within days, not weeks.", "Dariusz Helmqvist-Obi"),
            ("solely in response to repeated", "Irena Drevenko"),
            ("a persistent failure to attribute", "Irena Drevenko"),
            ("take note of the restraint", "Irena Drevenko"),
            ("committed to the truce in", "Eastern Liberation Front"),
            ("answer every aggression.", "Eastern Liberation Front"),
            ("We sleep in the basement", "resident"),
            ("The children no longer ask", "resident"),
            ("fully behind", "Hélène Castellanos-Wirth"),
            ("all options", "Hélène Castellanos-Wirth"),
            ("premature talk of sanctions,", "Lev Ostrakov"),
            ("Pressure is not a strategy.", "Lev Ostrakov"),
        ],
    ),
    (
        """By MARTA ELLINGHAM
Associated Press

VESSARA, Kessaly (AP) — Kessaly and Terranor agreed Friday to restore full diplomatic relations and reopen their embassies, ending a five-year rupture that began with the expulsion of diplomats over an espionage scandal.

The announcement came after a three-hour meeting in the Kessalian capital between Foreign Minister Yusuf Arnhelm-Tadesse and his Terranorian counterpart, Linnea Brauckmann.

"Five years of silence did not make either of our countries safer," Arnhelm-Tadesse said at a joint news conference. "Today we choose to talk again."

Brauckmann called the deal "a first step, not a finish line."

"The agreement," she said, "does not erase what happened. It means we will deal with our differences across a table instead of across a border."

Under the deal, ambassadors are to be appointed within 90 days, and both governments have committed to refrain from hostile intelligence activities against each other.

The rupture began when Kessaly expelled 11 Terranorian diplomats, accusing them of running a network of informants inside its defense ministry. Terranor denied the charge and responded with expulsions of its own.

Asked whether Terranor now accepted that its officials had been involved in spying, Brauckmann declined to answer directly. "We have agreed to look forward," she said.

The rapprochement was mediated over the past year by Orlantis. The Orlantian Ministry of Foreign Affairs said in a statement that it was "honored to have helped two neighbors find their way back to each other."

Not everyone welcomed the deal. Opposition lawmaker Teodor Varga-Nuel, who chairs the Kessalian parliament's foreign affairs committee, said the government had "given away everything and received a handshake."

"Where is the apology? Where is the compensation for the families whose relatives were compromised?" Varga-Nuel said in a post on social media. "The minister came home with a photograph, nothing more."

A spokesperson for the Kessalian Foreign Ministry responded that the deal "speaks for itself" and that parliament would be briefed next week.

Trade between the two neighbors, once worth more than $4 billion a year, fell by nearly two-thirds after the rupture. Business groups in both countries have lobbied for a thaw.

Brauckmann said direct flights between the two capitals, suspended since the crisis, could resume "as early as the spring.\"""",
        [
            ("Five years of silence did", "Yusuf Arnhelm-Tadesse"),
            ("Today we choose to talk", "Yusuf Arnhelm-Tadesse"),
            ("a first step, not a", "Linnea Brauckmann"),
            ("The agreement,", "Linnea Brauckmann"),
            ("does not erase what happened.", "Linnea Brauckmann"),
            ("We have agreed to look", "Linnea Brauckmann"),
            ("honored to have helped two", "Orlantian Ministry of Foreign Affairs"),
            ("given away everything and received", "Teodor Varga-Nuel"),
            ("Where is the apology? Where", "Teodor Varga-Nuel"),
            ("The minister came home with", "Teodor Varga-Nuel"),
            ("speaks for itself", "spokesperson for the Kessalian Foreign Ministry"),
            ("as early as the spring.", "Linnea Brauckmann"),
        ],
    ),
    (
        """UNITED NATIONS, May 22 (Reuters) - The U.N. Security Council on Thursday renewed sanctions on Norvast for another year and expanded an arms embargo to cover drones and drone components, after the U.N. Panel of Experts on Norvast found that the country's so-called "ghost fleet" of unregistered tankers had been used to smuggle weapons.

The resolution, drafted by Telesia, was adopted by 13 votes, with Marovia and Kandara abstaining.

The panel's latest report, titled "Shadows on the Water," said it had documented at least 27 ship-to-ship transfers in international waters over the past year, some involving vessels that had switched off their tracking transponders for weeks at a time.

"The panel finds that the sanctions regime is being systematically evaded through maritime channels that member states have the means, but not always the will, to monitor," the report said.

Telesia's ambassador, Rafael Odunmire, said the expanded embargo closed "a gap that had become a highway."

"For too long, this council has sanctioned rifles while the battlefield moved to the sky," Odunmire told the council after the vote. "Today we catch up."

Marovian Ambassador Ilse Varkonen said her delegation abstained because the text did not include a timetable for easing measures as Norvast complied.

"Sanctions are a tool, not a destination," she said. "A regime with no exit door gives the other side no reason to walk toward it."

Norvast's U.N. ambassador, Emeric Sallowe-Brandt, rejected the panel's findings as "fiction dressed up as evidence," and said in a letter to the sanctions committee that Norvast had "never knowingly permitted" any illicit transfer from its shipping registry.

The chair of the council's Norvast sanctions committee, Ambassador Mei-Lin Harrowby-Tan, said the committee would hold a special meeting with shipping and insurance industry representatives next month.

"The people who insure these ships and register these ships know more than any panel," she said. "We intend to ask them."

A diplomat from a council member state said Marovia had pushed hard in negotiations to remove the reference to drones but backed down when it became clear the text had enough votes.

"It was never going to fail," the diplomat said, speaking on condition of anonymity. "The question was only how many abstentions."

The sanctions were first imposed four years ago after Norvast was found to have supplied weapons to armed groups in neighboring states.""",
        [
            ("The panel finds that the", "U.N. Panel of Experts on Norvast"),
            ("a gap that had become", "Rafael Odunmire"),
            ("For too long, this council", "Rafael Odunmire"),
            ("Today we catch up.", "Rafael Odunmire"),
            ("Sanctions are a tool, not", "Ilse Varkonen"),
            ("A regime with no exit", "Ilse Varkonen"),
            ("fiction dressed up as evidence,", "Emeric Sallowe-Brandt"),
            ("never knowingly permitted", "Emeric Sallowe-Brandt"),
            ("The people who insure these", "Mei-Lin Harrowby-Tan"),
            ("We intend to ask them.", "Mei-Lin Harrowby-Tan"),
            ("It was never going to", "diplomat from a council member state"),
            ("The question was only how", "diplomat from a council member state"),
        ],
    ),
]
