"""The words quotation attribution is built from, shared by the quotation modules.

Cue (reporting) verbs in all their forms, the noun-phrase patterns a speaker is written with (names, roles,
determiner phrases, "Name of Org"), the attribution patterns built from them, sentence boundaries that
ignore abbreviations, and the cues that mark a quotation as named rather than spoken ("so-called",
"known as"). The rules that use them, and why, are in the docstring of :mod:`discourse.quotes` ("Speech or
mention", "Speakers and cue verbs").
"""

from __future__ import annotations

import functools
import re

from ._quote_kernel import KERNEL
from ._re_cache import compile as _rx


def _trie(words) -> str:
    """One regex alternation for many words, their common beginnings factored out (``add(?:ed|s)?``): the
    regex engine then tries one branch per letter instead of every word at every place."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(root)


# --------------------------------------------------------------------------------------------- lexicons
_CUE_FORMS = """
say says said saying add adds added adding note notes noted noting tell tells told telling
explain explains explained explaining state states stated stating write writes wrote writing
argue argues argued arguing warn warns warned warning claim claims claimed claiming
stress stresses stressed stressing insist insists insisted insisting ask asks asked asking
reply replies replied replying respond responds responded responding remark remarks remarked
comment comments commented commenting declare declares declared declaring announce announces announced
observe observes observed continue continues continued conclude concludes concluded recall recalls recalled
suggest suggests suggested acknowledge acknowledges acknowledged admit admits admitted concede concedes
conceded emphasise emphasises emphasised emphasize emphasizes emphasized maintain maintains maintained
report reports reported recount recounts recounted predict predicts predicted caution cautions cautioned
urge urges urged tweet tweets tweeted post posts posted complain complains complained confirm confirms
confirmed contend contends contended assert asserts asserted affirm affirms affirmed allege alleges alleged
boast boasts boasted lament laments lamented mention mentions mentioned reiterate reiterates reiterated
reveal reveals revealed shout shouts shouted whisper whispers whispered testify testifies testified
wonder wonders wondered counter counters countered quip quips quipped joke jokes joked answer answers
answered exclaim exclaims exclaimed insist insists declare declares promise promises promised
quote quotes quoted quoting noticed notices highlighted highlights underlined underlines underscored
underscores clarified clarifies elaborated agreed agrees demanded demands vowed vows pledged pledges
disputed disputes objected objects protested protests opined opines mused muses described describes
indicated indicates inquired inquires exclaimed confessed confesses disclosed discloses praised praises
recommended recommends proposed proposes cried snapped muttered murmured pleaded advised
reminisce reminisces reminisced recalling
reckon reckons reckoned
ruled averred
"""
# (round 29: the verbs of court reporting, '“...,” ruled Banda', 'counsel averred')
CUE_VERBS: frozenset[str] = frozenset(_CUE_FORMS.split()) | {"pointed out", "points out", "went on", "goes on"}
# The one-word cues as a trie (_trie: 'add(?:ed|ing|s)?'), after the two-word ones: the regex engine then reads
# one branch per letter instead of trying some 250 words at every place. The same matches as the plain list
# longest first ('adding|added|adds|add'): the words that match at a place are prefixes of one another, and
# both forms try them longest first (the trie's optional endings are greedy), so every pattern built with
# _CUE finds the same match, groups included
_CUE = r"(?:pointed\s+out|points\s+out|went\s+on|goes\s+on|" + _trie(w for w in CUE_VERBS if " " not in w) + r")"
#: the adverbs and adverbials that may stand between a subject and its verb ('Ann Roe also said'); the pattern _ADV and
#: the kernel's word list _ADV_TOKENS are both built from this one list
_ADV_PHRASES = ("then", "also", "later", "further", "again", "once", "simply", "recently", "previously", "earlier", "has",
                "have", "had", "reportedly", "flatly", "repeatedly", "publicly", "quickly", "separately", "similarly",
                "once said",
                # round 20: a time adverbial between the subject and the verb ('Rudo Mhlanga yesterday said', 'exporters
                # on Tuesday warned'), the medial position that Commonwealth and wire news give the day of the
                # statement (Quirk et al. 1985, 8.16-8.18 on adverbial positions)
                "yesterday", "today", "tonight", "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
                "on Saturday", "on Sunday")
_ADV = "(?:" + "|".join(p.replace(" ", r"\s+") for p in _ADV_PHRASES) + ")"
_DET = r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Oo]ne|[Aa]nother)"
# ('He' before a capitalised word is the Chinese family name He, 'Vice Premier He Lifeng', '“...,” said He Lifeng':
# a personal pronoun takes no proper noun after it, Quirk et al. 1985, 6.2 and 17.55; and a Chinese name puts the family
# name first, Chicago Manual of Style 8.13. Read as the pronoun, 'said He Lifeng' had given the speaker 'He', left
# unresolved)
_PRON = r"(?:He(?!\s+[A-Z][a-z])|he|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou)"
# (round 22: 'Hon.', 'Fr.' and 'Eng.', titles of the name table since rounds 15, 22 and 19, with their full stop: 'The
# Leader of the Opposition, Hon. Musa Conteh-Williams, said')
# an apostrophe between two letters ('union’s', 'O’Hare'): a letter of its word, not a closing single quotation mark
# (U+2019 is both), so the patterns that refuse a quotation mark between a subject and its verb let it through
# (round 24)
_APOS = r"(?<=[^\W\d_])’(?=[^\W\d_])"
# (round 29: a plural genitive of persons inside a name before its next capitalised word, "the Public Services Workers'
# Union", "Citizens' Movement"; not a country's, "the Philippines’ Department of Foreign Affairs")
# (round 35: the apostrophe of 'ng'' inside East African names, "Kimani Ndung'u", "Peter Ng'ang'a": Kikuyu and Swahili
# spelling writes the velar nasal [ŋ] as ng'; not a genitive, "Haedong's")
# the titles news writing abbreviates with a full stop before a name: AP style's 'Gov.', 'Lt.', 'Maj.', 'Adm.', 'Cmdr.',
# 'Brig.', 'Cpl.', 'Pvt.', 'Spc.', 'Msgr.', 'Pres.', 'Amb.', 'Asst.'; Commonwealth papers' councillors and police ('Cllr.',
# 'Cr.', 'Coun.', 'Const.', 'Supt.', 'Insp.', 'Det.'); Liberian, Philippine and East African papers' 'Cllr.' of a
# counsellor-at-law, 'Atty.', 'Engr.', 'Eng.'. Round 38: one list for the three readers of such a full stop, which had
# each their own and disagreed: a name's capitalised words (_CAPW), the sentence boundary (_ABBREV) and the name runs
# (_speaker_names._RUN_TITLES); 'said Maj. Ama Owusu' had given the speaker 'Maj', and 'Her lawyer, Cllr. Abraham Jallah,
# told reporters that ...' had ended a sentence at 'Cllr.'
TITLE_ABBREVIATIONS = ("Mrs", "Mr", "Ms", "Dr", "Prof", "Sen", "Gov", "Gen", "Rep", "Rev", "St", "Lt", "Col", "Capt",
                       "Sgt", "Atty", "Engr", "Eng", "Hon", "Fr", "Coun", "Maj", "Adm", "Cmdr", "Cdr", "Brig", "Cpl",
                       "Pvt", "Spc", "Msgr", "Supt", "Insp", "Det", "Const", "Cllr", "Cr", "Pres", "Amb", "Asst")
_CAPW = (r"(?:(?:[A-Z]\.){2,}|(?:" + "|".join(TITLE_ABBREVIATIONS) + r"|Jr|Sr|Corp|Inc|"
         r"Ltd|Co|[A-Z])\.|"
         r"[A-Z][\w\-]*(?:[’'][A-Z][\w\-]*|(?<=(?:er|or|nt|st|an|ic|en|se)s)[’'](?=\s+[A-Z])"
         r"|(?:(?<=[Nn]g)[’'](?!s(?![a-z]))[a-z]+)+(?![\w’']))?)")
# the words that make a name an organisation's (the speaker table's _ORG_WORDS; here since round 15, where the
# noun phrases read an organisation's name joined by 'and')
#: corporate designators and the industry nouns that end companies' names (round 18: 'Calloway Therapeutics',
#: 'Brandt Keller & Oduya LLP', 'Ashcombe & Reyes Capital'): organisation words, and the words after which 'of'
#: opens a company's home rather than more of its name (_speakers._without_home)
COMPANY_WORDS = frozenset(
    "inc corp co ltd llc plc llp gmbh therapeutics pharmaceuticals pharma biosciences biotech holdings capital "
    "partners ventures securities insurance logistics motors airways petroleum technologies systems solutions "
    "industries enterprises "
    # round 19: more of the trades that end companies' names ('Atlantic Crest Energy', 'Aeolian Works', 'Voltana
    # Mobility', 'Veltrix Semiconductor'), none of them a common surname ('Power' is one, and is left out)
    "energy works mining resources foods media telecom networks semiconductor electronics chemicals steel shipping "
    "mobility payments properties realty infrastructure construction engineering automotive software labs studios "
    "entertainment pictures publishing "
    # round 31: the trades of the blind sets' companies named with no mark of a business ('Vale Dairies', 'Norvik Agro',
    # 'Harwood Homes', 'Brightwater Financial', 'Orbit Mobile Liberia' had been persons), none a common surname
    "homes dairies financial mobile terminals partnerships agro farms developments utilities healthcare "
    "hotels airports haulage freight "
    # round 32: legal forms of companies outside the English-speaking world (ISO 20275, the entity legal forms), as
    # written with their full stops or as unambiguous letters ('Litio del Norte S.A.', 'Rotterdam Haven N.V.', 'Maju
    # Jaya Sdn Bhd', 'PT Sinar Tbk'); not the forms that are also words or other abbreviations ('AG', 'AS', 'SA', 'Spa')
    "s.a s.a.b s.p.a s.r.l s.l s.a.s n.v b.v a.g k.k sdn bhd pty pvt tbk jsc pjsc ojsc oyj nv bv srl sarl s.a.r.l".split())
ORG_WORDS = COMPANY_WORDS | frozenset(
    "company co corp corporation inc ltd llc plc group university college school board committee council "
    "department ministry agency bank association society institute foundation service services commission "
    "party government police bureau authority office center centre court network news times post journal "
    "international endowment fund union federation league organization organisation club trust institution "
    "administration senate congress parliament assembly army navy force forces railroad railway airline "
    "airlines hospital church press watch alliance coalition lab laboratory industries technologies "
    "systems solutions enterprise enterprises trophy award prize cup memorial region division "
    # round 3: bodies that speak as one in news (a grand jury's presentments, a legislature's act)
    "jury trustees legislature cabinet tribunal chamber secretariat directorate caucus delegation "
    "academy museum library legion "
    # round 4: 'commandant of the Marine Corps, General ...' made 'Marine Corps' a person (part D)
    "corps "
    # round 5: church and party bodies that issue declarations ('the Lambeth Conference declared', part E)
    "conference synod "
    # round 7: bodies of speeches and essays ('the European Economic Community', 'the Non-Aligned Movement')
    "community movement "
    # round 12: the words of newspaper titles besides 'times', 'post', 'journal' ("People's Daily", 'the Miami
    # Herald'): a title that follows an owner in the possessive is no person's name (_speakers._owner_split)
    "daily herald tribune gazette "
    # round 12: a country's missions abroad ('a spokesman for the U.S. Embassy said')
    "embassy consulate "
    # round 16: the UN's programmes and a war's coordination headquarters speak as agencies do ('the World Food
    # Programme said', 'the Coordination Headquarters for the Treatment of Prisoners of War said')
    "programme headquarters "
    # round 19: a forum and a panel speak as a committee does ('the Kudlu Residents' Welfare Forum', 'the Judicial
    # Standards Panel said'), and the Hindi words that end the names of Indian parties and associations as 'Party'
    # and 'Association' do ('Rashtriya Vikas Sangh', 'Janata Nyay Morcha', 'Zila Parishad', 'Lok Sabha'; 'front',
    # 'union', 'council', 'assembly' in translation); 'Forum' had made a residents' forum the person a later 'the
    # judge' went to
    "forum panel morcha sangh samiti parishad sabha "
    # round 20: the forms of organisation that end the names of co-operatives, consortia and guilds ('Red Plains
    # Electric Cooperative' had been a person, after 'according to'), and of bakeries, breweries and clinics
    "cooperative co-operative co-op consortium collective syndicate guild bakery brewery clinic "
    # round 19: the institutions of the arts, which speak in statements as a company does ('the Castleton Symphony
    # Orchestra said'; 'the orchestra' then refers back to it)
    "orchestra philharmonic symphony ensemble choir opera ballet festival gallery theatre theater "
    # round 28: public bodies named by their function or their territory, and a joint venture, which news names
    # once in full and then by the head ('the Icelandic Aquaculture Inspectorate ... the inspectorate states', 'the
    # Ekurhuleni Metropolitan Municipality ... the municipality said')
    "inspectorate municipality treasury venture".split())
# (round 36: and the connectives inside Portuguese, French, Italian and Tagalog names of bodies, 'Construtora Vale do
# Mearim', 'Regroupement des employeurs', 'Garante per la protezione dei dati', 'Kilusang Magsasaka ng Hilaga', which had
# cut the name before them and kept its last words as the speaker; round 40: the Irish article 'na' of 'Bord na Móna',
# 'Údarás na Gaeltachta', 'Conradh na Gaeilge')
_PARTICLE = r"(?:de|van|von|der|den|bin|binti|al|el|da|di|du|le|la|dos|das|del|della|delle|dei|degli|des|do|ng|ibn|na)"
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
# an organisation's name in capitalised words joined by 'and' or '&' and ending in an organisation word, 'the Food and
# Drug Administration', 'the Irish Nurses and Midwives Organisation' (round 15: the names had stopped at 'and', so
# '“...,” the Food and Drug Administration said' found no subject); read after a determiner (_DETNP, _NP_AFTER_CUE)
# the heads of the formal names of local governments, 'the City of Oakland', 'the County of Santa Clara', 'the Town of
# Brookline': the name a municipal corporation gives itself in its charter and its statements, an organisation; without
# them the name read as a person named with their organisation after 'of' ('Maya Wang of Human Rights Watch'), the
# person 'City' of 'Oakland' (_speakers._municipal_name; _attribution._pair keeps the of-phrase). Not organisation
# words of every name (ORG_WORDS): 'Kansas City', 'Mexico City' are places.
MUNICIPAL_HEADS = frozenset("city town county borough village township municipality parish prefecture".split())
_ORG_HEAD = "(?:" + "|".join(sorted((w.capitalize() for w in ORG_WORDS if w.isalpha()), key=lambda w: (-len(w), w))) + ")"
# (and an organisation word with an of-phrase that holds 'and', 'the Ministry of Roads and Transport', 'the Department of
# Children and Families')
# (stop 70: and commas between one-word parts of the remit before its 'and', 'the Department for Culture, Media and
# Sport', 'the Department for Environment, Food and Rural Affairs': a list of coordinated nouns inside the of- or
# for-phrase of one name, Quirk et al. 1985, 17.58-17.64 on names with internal structure; only after an organisation
# word and its 'of' or 'for', so 'Ann Roe, Bob Lee and Sue Kim' is no name. In a noun phrase before the verb the comma
# still ends the phrase (_NP_BAR); _Speakers._spokesperson_premodified reads 'A Department for Culture, Media and Sport
# spokesperson' there; and a spokesperson noun may follow the name, 'A Department of Health and Social Care
# spokesperson', the name premodifying it, in _DETNP)
_ORG_AND = (rf"(?:(?:{_CAPW}\s+){{0,3}}{_ORG_HEAD}(?![\w’'\-])\s+(?:of|for)\s+(?:the\s+)?(?:{_CAPW}\s+){{0,2}}{_CAPW}"
            rf"(?:,\s+{_CAPW}){{0,3}}\s+(?:and|&)\s+(?:{_CAPW}\s+){{0,2}}{_CAPW}(?![\w’'\-])"
            rf"|(?:{_CAPW}\s+){{0,3}}{_CAPW}\s+(?:and|&)\s+(?:{_CAPW}\s+){{0,3}}{_ORG_HEAD}(?![\w’'\-]))")
# (round 17: a particle joined to the next name word by a hyphen, as Arabic names are written in English, 'Ahmed
# al-Rubaie', 'Khalid bin Saeed al-Nuaimi': the name had stopped before it, at 'Ahmed', or begun after it, at 'Nuaimi')
_PART_SEP = r"(?:\s+|-(?=[A-Z]))"
# (round 17: capitalised words joined by '&', the ampersand of firms' names, 'Ashcombe & Reyes said', 'Marchetti Hanley &
# Stone', which had given 'Reyes' and cut the apposition. An organisation's name joined by 'and' (_ORG_AND) is read
# where a determiner opens it (_DETNP, _NP_AFTER_CUE) and before an apposition (_APPOS_CUE, 'The Pharmaceutical Research
# and Innovation Council, the industry's lobby, said'); as an alternative of every name it gained one quotation of 706
# on the round's blind sets and cost an eighth of the time of quotation finding)
_NAME = (rf"(?:{_CAPW}(?:\s+(?:(?:{_PARTICLE}{_PART_SEP}){{0,2}}|&\s+){_CAPW}){{0,6}}"
         r"(?:,?\s+(?:Jr|Sr|Jnr|Snr)\.?)?)")  # von der Leyen
# The word lists of the noun phrase below as tries (_trie), which the regex engine reads one letter at a time
# instead of trying every word at every word of a phrase (the phrase is tried at many places): in the negative
# look-aheads of _NOTDET and _NOT_PLURAL only whether a word matches counts, so any order of the words answers
# alike; _ROLE_NOUNS is listed with each word before the words it begins (chairman, chair), as the trie tries
# them, so it makes the same matches (tests/test_quotes_fast.py checks the order of every list written so)
_NOTDET_WORDS = ("the a an this that these those and or but is are was were be been being did does do not no to has "
                 "have had which who whom whose it he she they we i you would will can could should may might must "
                 "shall also then as so if when while because following "
                 # round 9: the finite verbs of saying, which no determiner phrase holds ('“...,” the company said in
                 # a blog post': the subject had run on to 'the company said in a blog', with 'post' as its cue)
                 "said says told tells").split()
# the words in -ly that are nouns or adjectives, no adverbs ('the family', 'an ally', 'the elderly man', 'the daily
# newspaper'): round 38, a determiner phrase holds them ('“...,” the family said' and 'In a statement released through
# Kent Police, the Pettifer family said: “...”' had found no speaker, for every word in -ly was read as an adverb there)
NOT_ADVERBS_IN_LY = frozenset(
    "family ally rally assembly supply monopoly anomaly reply belly bully jelly folly lily holy only early daily weekly "
    "monthly yearly likely unlikely ugly friendly lonely lovely elderly silly costly deadly orderly timely curly burly "
    "jolly hilly oily wily sly fly butterfly".split())
_NOTDET = rf"(?!(?:{_trie(_NOTDET_WORDS)})\b)(?!(?!(?:{_trie(sorted(NOT_ADVERBS_IN_LY))})\b)[\w\-]+ly\b)"
# (round 10: a name ending in s takes the apostrophe alone, "Williams' lawyer"; round 11: the words after the
# possessive are no auxiliary or other function word: "the agency's lawyers had warned", not 'lawyers had')
_POSS = rf"(?:(?:{_NAME}|{_DET}\s+[\w\-]+)(?:[’']s|(?<=s)[’'](?=\s))(?:\s+{_NOTDET}[a-z][\w\-]*){{1,3}})"
_PREP = r"(?:of|on|in|at|for|from|with|about|behind)"
# (round 11: and 'to' after 'close', the unnamed source's formula 'a person close to the company's board')
# a word of a determiner phrase (round 12: also initials with their full stops, 'the U.S. Embassy said', which had
# found no subject; a company's 'Co.' or 'Inc.' is left out: 'who retired as vice president of the American Screw Co.
# in 1955 said' would then put a noun phrase of the relative clause before the name the clause is about)
_DW = r"(?:(?:[A-Z]\.){2,}|[\w’'\-]+)"
# (round 15: the object of the preposition may be a name with its of- or for-phrase, 'A spokesperson for the Bureau of
# Meteorology said', which had stopped at 'Bureau' and found no subject: up to three capitalised words, 'of' or
# 'for', the article and up to two more; round 17: or up to four words, and a place after 'in', 'A spokesperson for the
# German Federal Foreign Office said', 'A spokesperson for Ghana’s High Commission in London said'; no adverb of _ADV
# among them, which the pattern after the phrase reads, 'of the Central African Empire once said')
_DETNP = (rf"(?:{_DET}\s+{_ORG_AND}(?:\s+spokes(?:man|woman|person)(?![\w’'\-]))?|{_DET}(?:\s+{_NOTDET}(?!{_PREP}\b){_DW}){{1,4}}"
          rf"(?:\s+(?:{_PREP}|(?<=\sclose\s)to)(?:\s+{_DET})?(?:\s+{_CAPW}(?:\s+{_CAPW}){{0,2}}\s+(?:of|for)\s+"
          rf"(?:the\s+)?{_CAPW}(?:\s+{_CAPW})?(?![\w’'\-])|(?:\s+{_NOTDET}(?!{_PREP}\b)(?!{_ADV}\b){_DW}){{1,4}}"
          rf"(?:\s+in\s+{_CAPW}(?![\w’'\-]))?))?)")
_NOT_PLURAL_WORDS = ("this has was is his its hers ours yours theirs thus perhaps always sometimes as us yes does less "
                     "unless across whereas news various serious previous famous obvious numerous").split()
_NOT_PLURAL = rf"(?!(?:{_trie(_NOT_PLURAL_WORDS)})\b)"
# (round 25: nor a finite verb of saying as the plural's modifier, 'the Cobras said scans had revealed “...”' had
# given the speaker 'said scans', as _NOTDET keeps those verbs out of a determiner phrase since round 9)
# (round 37: nor a subordinating conjunction, which opens an adverbial clause and no subject's modifier: '“patient for
# three years” while operators posted record profits' had read 'while operators posted' as the attribution after
# the quotation, and the partial quotation of the that-clause before it became a mention; Quirk et al. 1985, 14.12)
_SUBORDINATORS = "while whereas whilst because although though unless until since once if when whenever after before"
# (nor a preposition, which premodifies no noun (Quirk et al. 1985, 17.97-17.124: adjectives, participles, nouns
# and genitives do): in a consultation summary's '87% of respondents said that ...', 'Two thirds of respondents said'
# the speaker had been 'of respondents'; the head noun alone is now the phrase, 'respondents')
_BARE_NOT_MODIFIERS = "of on in at for from with about behind by to into among than per"
# (or a plural of a person not made with -s, 'people' (the plural of 'person') and the mutation and -en plurals
# 'men', 'women', 'children' (Quirk et al. 1985, 5.82-5.85): a consultation summary's 'Young people said that ...',
# 'Children told us that ...' had found no subject, and the clause stayed the council's own voice); and 'police', an
# unmarked plural noun of persons (Quirk et al. 1985, 5.78-5.79: "cattle, clergy, people, police ... are plural"),
# the commonest source of wire copy: ', police said.' and 'Local police said ...' had found no subject, only the
# capitalised 'Police said' and 'The police said' had reported
PERSON_PLURALS = ("people", "children", "women", "men", "police")
_PERSON_PLURAL = rf"(?:{'|'.join(PERSON_PLURALS)})(?![\w\-’'])"
_BARE = (rf"(?:(?:[A-Z][\w\-]*|(?:[A-Z]\.){{2,}}|{_NOT_PLURAL}"
         rf"(?!(?:said|says|told|tells|{_trie(_SUBORDINATORS.split())}|{_trie(_BARE_NOT_MODIFIERS.split())})\b)"
         rf"[a-z][\w\-]*)\s+)?(?:{_NOT_PLURAL}"
         r"[a-z][\w\-]{2,}[a-rt-z]s"  # officials, US experts
         rf"|{_PERSON_PLURAL})"
         r"(?:\s+(?:for|of)\s+(?:the\s+[a-z][\w\-]*|[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*)?)?")  # lawyers for the family
# Charles Rollet of IPVM (round 10: and a second 'of' or 'for' phrase, 'Minister of State for Home Affairs
# Nityanand Rai', 'Court of Justice of the European Union')
# (round 14: and 'on' after the head word of a body named for its remit, 'the Coalition on Homelessness', 'Commission
# on Elections chairman George Garcia', 'the Council on Foreign Relations': a committee, council or commission is
# named by its subject with 'on' (as 'the Committee on the Judiciary'); after any other word 'on' opens an adverbial,
# 'Smith on Monday said', and before a day or month it does so even after such a head, 'the Council on Monday')
ON_ORG_HEADS = ("Coalition", "Commission", "Committee", "Subcommittee", "Council", "Conference", "Caucus", "Panel",
                "Center", "Centre", "Institute", "Forum", "Campaign", "Force", "Group")
_ON_AFTER_HEAD = ("(?:" + "|".join(f"(?<={w})" for w in ON_ORG_HEADS) + r")\s+on\s+(?!(?:Monday|Tuesday|Wednesday|"
                  r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                  r"October|November|December)\b)")
_NAME_OF = (rf"(?:{_NAME}(?:\s+(?:of|at|from|for)\s+|{_ON_AFTER_HEAD})(?:the\s+)?{_NAME}"
            rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_NAME})?)")
# a role in lower case between an optional organisation and the name: police spokesman Tom Hill, Acme
# spokesperson Li Wei, former state senator Ann Roe (the role ends in a role word of the speaker table)
_ROLE_NOUN_WORDS = ("spokesman spokeswoman spokesperson spokespeople chairman chairwoman chair president director "
                    "minister secretary manager coach commissioner senator governor mayor judge officer chief executive "
                    "analyst economist attorney lawyer professor researcher founder co-founder ambassador commander "
                    "captain inspector superintendent sheriff detective sergeant official representative lawmaker "
                    "legislator engineer scientist expert activist campaigner adviser advisor consultant specialist "
                    "strategist partner leader head editor correspondent prosecutor owner CEO CTO CFO COO "
                    # round 15: the kind of an organisation written before its name in wire copy ('state news agency
                    # Xinhua reported', 'rights group Liberty said'), a close apposition as a role before a person's
                    # name is (the speaker table reads the name after such a kind as the organisation's)
                    "agency broadcaster newspaper watchdog regulator group charity "
                    # and the people local news quotes by what they are, 'long-time resident Bev Kowalski', 'nurse Ann
                    # Roe' (round 15)
                    "resident neighbour neighbor witness student teacher nurse doctor farmer driver worker volunteer "
                    "survivor "
                    # round 37: the offices whose head is 'general' after another role noun, written open or hyphenated
                    # ('SIMF secretary general Ana Ruiz told', 'attorney-general Ann Roe said'), which had ended the
                    # pseudo-title before its last word and found no speaker
                    "general").split()
# (the hyphenated ones first: a word of the list comes before the shorter words it extends, for the trie's greedy endings)
_ROLE_NOUN_WORDS = "secretary-general director-general attorney-general solicitor-general".split() + _ROLE_NOUN_WORDS
# round 25: or any noun of a person made by an agentive suffix ('said cellist Rachel Tanaka-Burns', 'Nordbahn board
# member Stefan Ortlepp told dpa', 'rescue coordinator Eirik Solhaug', 'area councillor Ebrahim Al Doseri'): the head of
# news writing's pseudo-title, the descriptive noun phrase written without an article before a name (Bell 1991, 193-6;
# Meyer 1992, 4.3), is a noun of a person, and English makes those of a verb or a noun with -er, -or, -ist, -ian, -eer,
# -ant and the compounds of -man, -woman and -person (Quirk et al. 1985, I.34-I.36); the words of a closed class that
# end so (after, whether, together) are none, nor the adjectives of place and rank in -er and the Latin comparatives
# in -ior ('senior Commission official', 'upper Manhattan'); and never at the start of the text read, where a window
# cut inside a word leaves its end ('exander Hemphill' of 'City Controller Alexander Hemphill')
_AGENT_SUFFIXES = ("er", "(?<!i)or", "ist", "ian", "eer", "ant", "man", "woman", "person")
_NOT_AGENT_WORDS = ("after over under other another never ever however whatever whenever wherever whoever whether "
                    "either neither later latter together rather further former hereafter thereafter per "
                    "upper lower inner outer elder greater").split()
_AGENT_WORD = (rf"(?!(?:{_trie(_NOT_AGENT_WORDS)})\b)[a-z][a-z\-]{{2,}}"
               rf"(?:{'|'.join(sorted(_AGENT_SUFFIXES, key=lambda w: (-len(w), w)))})(?![\w\-])")
_AGENT_NOUN = rf"(?<=[^\w\-’']){_AGENT_WORD}"
_ROLE_NOUNS = rf"(?:{_trie(_ROLE_NOUN_WORDS)}|{_AGENT_NOUN})"
#: one word in lower case that is such a noun (the speaker table reads it as a role before a name)
LOWER_AGENT = _rx(_AGENT_WORD)
# (round 9: the organisation may be a name with its of-phrase, 'ACLU of Northern California attorney Matt Cagle')
# (round 13: a qualifier in lower case may open it before the organisation, 'former Microsoft engineer Ann Roe')
_QUALIFIER_WORDS = ("former", "acting", "outgoing", "incoming", "interim", "then", "late", "state", "federal",
                    "retired", "deputy", "current")
_QUALIFIER = rf"(?:{'|'.join(_QUALIFIER_WORDS)})"
_ROLE_NAME = (rf"(?:(?:{_QUALIFIER}\s+(?=[A-Z]))?"
              rf"(?:{_NAME_OF}\s+|{_NAME}\s+)?(?:[a-z][\w\-]*\s+){{0,2}}{_ROLE_NOUNS}\s+{_NAME})")
# round 11: a partitive, the member of a group written before ('two diplomats said ... “...,” one of the diplomats
# said'; a partitive construction, Quirk et al. 1985): a quantifier, 'of', a determiner and the group's noun with up
# to two modifiers
# (round 12: and the group as a pronoun, 'said one of them, a 64-year-old woman from Leeds')
_PARTITIVE = (rf"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Mm]ost|[Ee]ach|[Ee]ither|[Nn]either|[Ss]everal|[Bb]oth)\s+of\s+"
              rf"(?:them(?![\w’'])|(?:the|those|these|its|his|her|their|our)(?:\s+{_NOTDET}(?!{_PREP}\b)[\w’'\-]+){{1,3}})")
# round 12: a person named after an owner in the possessive, 'Brentford's Thomas Frank', 'Britain's Prime Minister Keir
# Starmer' (the genitive is the determiner of the name: discourse._speakers._owner_split reads the pair); the name
# is read whole, and one word alone is a word in lower case after its capital, not before a comma ('Arsenal's Arteta
# said'; 'Motorola Solutions’ CTO, Paul Steinberg,': a role before the name, 'New York's Dr.': a title)
_OWNED_NAME = (rf"(?:{_NAME}(?:[’']s|(?<=s)[’'])\s+(?:{_ROLE_NAME}|{_CAPW}(?:\s+(?:{_PARTICLE}{_PART_SEP}){{0,2}}{_CAPW}){{1,6}}"
               rf"|[A-Z][a-z][\w\-]*(?![\w’'.])(?!\s*,))(?![ \t]+[A-Z]))")
# round 13: an office in Title Case with a qualifier in lower case before it, 'said former President Barack Obama',
# 'state Sen. Brad Hoylman-Sigal said' (the qualifier premodifies the title: two capitalised words at least follow)
_QUALIFIED_NAME = rf"(?:{_QUALIFIER}\s+(?=[A-Z][\w\-]*\.?\s+[A-Z]){_NAME})"
# round 20: 'Ann Roe of the city council said', 'Senator Raffaella Pintus of the opposition Progressive Left party said': a
# name with a prepositional phrase that names its body in words of any case after 'the' (a postmodifier of the name,
# Quirk et al. 1985, 17.37-17.40); the determiner phrase alone had been the subject ('the city council said')
# (its last word in lower case, the head of the body's noun phrase: 'at the coroner's inquest Delphine told' ends in the
# subject's name; a sentence's opening conjunction is no name)
# (at most two words in lower case after the article, with up to three capitalised ones before each, as the other
# phrases of _NP hold at most three words in lower case: _np_reaches reads them so)
_LOWER_WORD = rf"{_NOTDET}(?!{_PREP}\b)(?!{_ADV}\b)[a-z][\w\-]*"
_NAME_OF_PHRASE = (rf"(?:(?!(?:But|And|So|Yet|Then|Also|Still|Later|Now)\b){_NAME}\s+(?:of|at|from)\s+the"
                   rf"(?:\s+{_CAPW}){{0,3}}(?:\s+{_LOWER_WORD}(?:\s+{_CAPW}){{0,3}})?\s+{_LOWER_WORD})")
# a social-media handle names its account holder, '@privacyfirst tweeted: “...”', '“...,” said @privacyfirst' (the
# account speaks as a name does; up to 30 letters, digits or underscores, as the platforms allow)
_HANDLE = r"(?<![\w@])@[A-Za-z0-9_]{1,30}(?![\w@])"
_NP = (rf"(?:{_HANDLE}|{_PRON}|{_POSS}|{_OWNED_NAME}|{_QUALIFIED_NAME}|{_ROLE_NAME}|{_PARTITIVE}|{_NAME_OF_PHRASE}|{_DETNP}|{_NAME_OF}|"
       rf"{_NAME}|{_BARE})")
# round 15: a surname with its particles in lower case, '“...,” von der Leyen said', 'said van der Bellen', had found
# no speaker (a name opens with a capital everywhere else; right after the quotation or the cue the particle opens the
# phrase; _A_SPK_CUE and the phrases after a cue)
_PARTICLE_NAME = rf"(?:(?:{_PARTICLE})\s+){{1,2}}{_NAME}"
# a noun phrase right after a cue verb stops before a preposition, a relative word or punctuation
# (round 14: _ROLE_NAME before _NAME_OF, the longer reading first: 'said ACLU of Northern California attorney Matt
# Cagle' had stopped at 'ACLU of Northern California'; a name with its of-phrase and no role after it is unchanged)
# (round 15: after a verb of saying 'that' is the complementiser, no determiner: '“...”, adding that patients should
# ...' had the speaker 'that patients')
_NP_WORDS_AFTER_CUE = (rf"(?:\s+{_NOTDET}(?!(?:of|in|at|on|for|from|with|who|which|that|to|as|during|after|before|when|"
                       rf"while)\b){_DW}){{1,4}}")
# a description whose head is a body or an agent noun, with the body's or person's name in apposition after it,
# '“...,” said the digital rights group La Quadrature du Net' (a close apposition, Quirk et al. 1985, 17.87-17.90):
# the four words of _NP_WORDS_AFTER_CUE had cut it after 'La'; up to three modifiers in lower case before the head;
# a day or month after the head is when, not who ('said the company Monday')
_BODY_NOUNS_LOWER = (r"(?:group|organi[sz]ation|campaign|charity|watchdog|coalition|alliance|association|movement|network|"
                     r"union|think[\s\-]tank|non-?profit|foundation|institute|company|firm|party|agency|outlet|newspaper|"
                     r"broadcaster)")
_NOT_NAME_AFTER_HEAD = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                        r"June|July|August|September|October|November|December)\b)")
_DESC_APPOS_NAME = (rf"(?:[Tt]he|[Aa]n?)\s+(?:{_NOTDET}[a-z][\w\-]*\s+){{0,3}}(?:{_BODY_NOUNS_LOWER}|{_ROLE_NOUNS})\s+"
                    rf"{_NOT_NAME_AFTER_HEAD}{_NAME}")
# an organisation's name with its of-phrase after the article, '“...,” said the Bank of England', 'said the City of
# Lyon' (an organisation word or a local government's head, MUNICIPAL_HEADS, before 'of'): one name, as before the verb
# ('the Bank of England said'); the words of _NP_WORDS_AFTER_CUE stop at 'of' and had given the speaker 'Bank'
_MUNI_HEAD = "(?:" + "|".join(sorted((w.capitalize() for w in MUNICIPAL_HEADS), key=lambda w: (-len(w), w))) + ")"
_ORG_OF_NAME = (rf"(?:{_CAPW}\s+){{0,3}}(?:{_ORG_HEAD}|{_MUNI_HEAD})(?![\w’'\-])\s+(?:of|for)\s+(?:the\s+)?{_NAME}")
_NP_AFTER_CUE = (rf"(?:{_HANDLE}|{_PARTICLE_NAME}|{_PRON}|{_ROLE_NAME}|{_NAME_OF}|{_POSS}|{_OWNED_NAME}|{_QUALIFIED_NAME}|{_PARTITIVE}|(?![Tt]hat\s){_DET}\s+{_ORG_AND}|"
                 rf"(?![Tt]hat\s){_DET}\s+{_ORG_OF_NAME}|"
                 rf"{_DESC_APPOS_NAME}|"
                 # (round 17: an indefinite description with the place or body its person belongs to, where that ends
                 # the phrase, '“...,” said a former content moderator in Lisbon, who ...', as before the verb
                 # (discourse._speakers._PP_CHAIN_POSTMOD); after 'the' such a phrase is more often the occasion, 'said
                 # the minister in Parliament')
                 rf"(?:[Aa]n?|[Oo]ne){_NP_WORDS_AFTER_CUE}\s+(?:in|at|from|for|with)\s+(?:the\s+)?{_CAPW}(?:\s+{_CAPW}){{0,2}}"
                 rf"(?=\s*[,.;:])|"
                 rf"(?![Tt]hat\s){_DET}{_NP_WORDS_AFTER_CUE}|{_NAME})")

# round 11: '“...” - that was the message from Ann Lee', '“...”¶That was the warning from Margrethe Vestager': a
# demonstrative that refers back to the quotation, a copula and a noun of saying with its source after 'from' or
# 'of' (the anaphoric 'that' of Quirk et al. 1985 on discourse reference): the source speaks
_THAT_WAS = _rx(rf"^[ \t]*(?:[—–-]+[ \t]*)?(?:[Tt]hat|[Tt]hose|[Ss]uch)\s+(?:was|were|is|are)\s+(?:the\s+)?"
                       rf"(?:[a-z][\w\-]*\s+)?(?P<cue>message|warning|verdict|view|words?|advice|plea|promise|answer|"
                       rf"response|reply|assessment|conclusion|argument|claim|pledge|vow|complaint|reaction|prediction)"
                       rf"\s+(?:from|of)\s+(?P<spk>{_NAME_OF}|{_ROLE_NAME}|{_NAME}|{_DETNP})")
_PRE = r"^[ \t]*(?:[,;]|[—–-]+|[!?]+)?[ \t]*"  # “...”?? He asked. (typewriter text)
# a cue verb that opens its sentence, written with a capital: “Can I?”?? Asked Palmer. / Snapped Maureen, “...”
_CUE_CAP = r"(?:" + _trie(w.capitalize() for w in CUE_VERBS if " " not in w) + r")"  # (a trie, as _CUE)
_A_CUE_SPK = _rx(rf"{_PRE}(?P<cue>{_CUE}|{_CUE_CAP})\s+(?P<spk>{_NP_AFTER_CUE})(?![\w’'])")
# round 16: a wire dateline opening a text or sentence, 'ABIDJAN, Oct 27 (Reuters) - ', 'COX'S BAZAR, Bangladesh — ': no
# part of the clause after it (its subject is after it; _attribution._SUBJ_LEAD, _speakers._Speakers._subject_org_before).
# And the dateline of a press release as the wire services set it, 'BOSTON, June 8, 2022 /Business Wire/ -- ', 'SHENZHEN,
# China, March 3, 2021 /PRNewswire/ -- ', 'NEW YORK, Feb. 2, 2024 (GLOBE NEWSWIRE) -- ': the place, its state or country,
# the date with its year and the service's name between slashes (PR Newswire's and Business Wire's style) or brackets
DATELINE = (r"[A-Z][A-Z .'’\-]{2,}(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2})?){0,2}(?:,\s+\d{4})?"
            r"\s*(?:\([A-Za-z .]{2,20}\)|/[A-Za-z][A-Za-z .\-]{1,28}/)?\s*[-—–]+\s+")
# round 16: a party and state or constituency after a legislator's name, in brackets ('Sen. Ted Cruz (R-Texas) said',
# 'Datuk Rosli Mat Isa (PN-Kuala Krai) said') or between commas in AP style ('Sen. Roberto Alvarez, D-N.M., told'): no
# part of the name, and no end of the subject before the cue. They are blanked out of the window before the patterns
# are searched (:func:`mask_name_tags`): the patterns searched from anchors stop at a bracket, and an apposition
# holds no full stop
# round 22: and any gloss in brackets right after a name, before the verb or the comma that closes the subject's
# phrase: an abbreviation ('Taiwan Power Co. (Taipower) said', 'the Confédération Unitaire du Travail (CUT), dismissed'),
# the name in its own script ('spokeswoman Zhu Wenli (朱文莉) told') or language ('The Independent Schools Federation
# (Fristående Skolors Förbund), which represents ...'), a councillor's ward: a parenthetical apposition that restates
# the name (Quirk et al. 1985, 17.66 and 17.93 on appositives in parentheses), no word of the subject's own phrase.
# Before a comma the comma moves to the name's end, so that an apposition or relative clause after it still opens
# with one. (Round 27: and a party with a ward after its comma, 'District councillor Mike Haddon (Lib Dem, Brixmouth),
# who sits on both councils, said', as British local papers write a councillor; 'Lib Dem' had been the speaker.)
# (And three more glosses of news copy: the person's social-media handle, 'Jane Roe (@janeroe) said'; a company's stock
# exchange and ticker, 'Acme Corp (NYSE: ACME) said'; and the caption's pointer to a photograph, 'Jane Roe (pictured)
# said', '(left)': each identifies the name's bearer and is no word of the subject's phrase.)
_NAME_TAG = _rx(r"(?<=[A-Za-z.])(?P<sp>\s+)\([A-Z][\w.’'\- ]{0,28}\)(?=\s+[a-z])"
                       r"|(?<=[A-Za-z]),\s+[DRI]-[A-Z][A-Za-z.]{0,12},(?=\s)"
                       r"|(?<=[^\W\d_]|\.)(?P<gsp>\s+)\((?:(?![a-z])[^\W\d_][\w.’'\- ]{0,40}(?:,\s+[^\W\d_][\w.’'\- ]{0,30})?"
                       r"|@\w{1,30}|[A-Z]{2,8}:\s?[A-Z][A-Z.]{0,9}|pictured|left|right|centre|center|above|below|inset)\)"
                       r"(?:(?P<gc>,)(?=\s)|(?=\s+[a-z]))")


def mask_name_tags(window: str) -> str:
    """``window`` with each party tag after a name (':data:`_NAME_TAG`: '(R-Texas)', ', D-N.M.,') replaced by as many
    blanks (an AP-style tag keeps its first comma before an apposition, :func:`_blank_tag`): the offsets stay, and
    the name reaches the cue after it."""
    if "(" not in window and "-" not in window:
        return window
    return _NAME_TAG.sub(_blank_tag, window)


_APPOS_NEXT = _rx(r"\s+(?:the|a|an|who|[A-Z])")


def _blank_tag(m: re.Match) -> str:
    """The blanks for one tag of :data:`_NAME_TAG`; an AP-style tag keeps its first comma where an apposition follows
    it ('Sen. Ann Hale, R-Kan., the top Republican on the committee, said')."""
    if m.group("sp") is not None:
        return m.group("sp") + " " * (m.end() - m.start() - len(m.group("sp")))
    if m.group("gc") is not None:  # 'Federation (Fristående Skolors Förbund), which': the comma at the name's end
        return "," + " " * (m.end() - m.start() - 1)
    if m.group("gsp") is not None:
        return " " * (m.end() - m.start())
    if _APPOS_NEXT.match(m.string, m.end()) is not None:
        return "," + " " * (m.end() - m.start() - 1)
    return " " * (m.end() - m.start())
_A_SPK_CUE = _rx(rf"{_PRE}(?P<spk>{_PARTICLE_NAME}|{_NP})(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_CUE})(?![\w’'])")
# the full stop of an abbreviated title or an initial, which ends no sentence ('the agency's director, Dr. Kwame
# Asante-Boateng, told AFP'; round 38: an apposition had stopped at it): each title its own fixed-width look-behind
_TITLE_STOP = "(?:" + "|".join(rf"(?<=\b{a})" for a in TITLE_ABBREVIATIONS) + r"|(?<=\b[A-Z]))\."
# an apposition may hold commas of its own: 'Ann Roe, economist of Acme Bank, Chicago, predicted'
# (round 38: and a name in quotation marks of at most 40 characters inside it, 'Awa Fall, spokeswoman for the “Sunu Vote”
# collective that organised the protests, told AFP', as _attribution._APPOS_UNIT reads one before the verb)
_A_APPOS = _rx(rf"{_PRE}(?P<spk>{_NP}),\s+(?:(?:[^,“”\"‘’.;:!?]|{_APOS}|{_TITLE_STOP}|[“\"][^“”\"]{{1,40}}[”\"])"
                      rf"{{1,100}},\s+){{1,3}}"
                      rf"(?P<cue>{_CUE})(?![\w’'])")
_A_ACCORDING = _rx(rf"{_PRE}(?P<cue>according\s+to)\s+(?P<spk>{_NP})(?![\w’'])")
# (round 9: the signature may end with a full stop, '“It's not about safety” — Edward Snowden.')
_A_DASH = _rx(rf"^[ \t]*(?P<cue>[—–]|--?)[ \t]*(?P<spk>{_NAME})[ \t]*(?:,[^\n]{{0,100}})?\.?[ \t]*$")
_B_PARTICIPLE = _rx(r"(?<![\w’'])(?P<cue>saying|adding|noting|arguing|warning|claiming|insisting|stating|commenting|remarking|"
                           r"explaining|asking|declaring|stressing|writing|quipping|joking|recalling|admitting|conceding|boasting|"
                           r"complaining|replying|answering|observing|continuing|telling\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                           # (round 16: 'telling a news conference:', the listener a noun phrase)
                           r"(?:[\w\-]+\s+){0,2}?[\w\-]+)\s*[,:]?\s*$")
_SENT_END_AFTER = _rx(r"\s*(?:[.,;:!?)\]]|$|\s+(?:in|on|at|during|to|of|after|before|when|while|"
                             r"with|from|last|this|yesterday|today)\b)")
_DAY = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
        r"last\s+\w+|this\s+(?:morning|afternoon|evening|week|month|year)))")
_B_SPK_CUE = _rx(rf"(?<![\w’'])(?P<spk>{_NP})(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_CUE}){_DAY}?(?:\s+that)?\s*[,:]?\s*$")
# Mitchell said in a statement: “...” (its prepositions, one list: _attribution._pp_before_colon reads them too)
_B_PP_WORDS = ("in", "on", "at", "to", "during", "before", "after", "via", "through", "from")
_B_SPK_CUE_PP = _rx(rf"(?<![\w’'])(?P<spk>{_NP})(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_CUE})\s+(?:{'|'.join(_B_PP_WORDS)})"
                           r"\s+[^,:;“”\"]{1,60}:\s*$")
# Mr. Reama, who retired as vice president of the Screw Co. in 1955, said, “
# the organized employers, who declared: “...”
_B_WHO_CUE = _rx(rf"(?<![\w’'])(?P<spk>{_NP}),\s+who\s+(?:{_ADV}\s+)?(?P<cue>{_CUE})\s*[,:]?\s*$")
# (round 19: the relative clause may hold an apostrophe between letters and a short title in quotation marks, 'Tyrone
# Bailey, who runs the “Blades Down” youth project in nearby Bloxwich, said: “...', as _NAMED_BY_SUBJECT's may)
_B_WHO = _rx(rf"(?<![\w’'])(?P<spk>{_NAME}),\s+(?:who|whose)\s+"
                    rf"(?:[^“”\"‘’;!?]|(?<=\w)[’'](?=\w)|[“\"][^“”\"]{{1,40}}[”\"]){{1,140}}?,?\s+(?P<cue>{_CUE})\s*[,:]?\s*$")
# Assistant coach John Cudmore described victory as “
# (round 9: after 'has', 'have' or 'had', 'The police department has described the system as “...”')
_B_DESCRIBED = _rx(rf"(?<![\w’'])(?P<spk>{_NP})\s+(?:(?:has|have|had)\s+)?(?P<cue>described|describes|characteri[sz]ed|characteri[sz]es)"
                          rf"\s+(?:[^“”\"‘’;!?.]|{_APOS}){{0,60}}?\s+as\s*$")
# a name or short description, one to three comma-closed appositions, then a cue: the head both rules share.
# The head is the clause's subject, and a subject is never the object of a preposition: in 'In an interview with
# Reuters, Acme's vice president, John Roe, said' or 'On Monday, Acme's chief, John Roe, said' the phrase after
# 'with' or 'On' belongs to a fronted adverbial (Quirk et al. 1985, 8.15-8.18: adjuncts in initial position are
# set off by a comma), and the commas after it do not open appositions of it (round 9, issue 12; written from
# news sentences of the tests, not from labelled text)
_PREP_BEFORE = ("in", "on", "at", "by", "to", "with", "from", "for", "of", "after", "before", "during", "since",
                "under", "among", "against", "about", "via", "through", "like")


def _not_after(phrases: list[str]) -> str:
    """Negative look-behinds for whole-word phrases written before a place (the first letter in either case,
    single spaces as any white space); one look-behind per width, as ``re`` needs fixed widths."""
    by_width: dict[int, list[str]] = {}
    for ph in phrases:
        by_width.setdefault(len(ph), []).append(f"[{ph[0]}{ph[0].upper()}]" + ph[1:].replace(" ", r"\s"))
    return "".join(rf"(?<!\b(?:{'|'.join(alts)}))" for _, alts in sorted(by_width.items()))


# (also after the preposition's article: 'the founder of the Soviet State, Vladimir Ilyich Lenin, warned')
_NOT_PREP_OBJECT = _not_after([f"{p} " for p in _PREP_BEFORE] + [f"{p} {d} " for p in _PREP_BEFORE
                                                                 for d in ("the", "a", "an")])
# ... nor a later word of a name run ('State' of 'the Soviet State', where the run is the object of 'of')
_NOT_MID_NAME = "".join(rf"(?<!\b[A-Z][a-z]{{{k}}}{dot}\s)" for k in range(16) for dot in ("", r"\."))
# ... nor the adverbial itself, whose preposition a capital at the start of the sentence makes look like a name
# ('On Monday', 'In Geneva')
_NOT_PREP_PHRASE = rf"(?!(?:{'|'.join(p.capitalize() for p in _PREP_BEFORE)})\s)"
# round 21: the comma of a number ('LE650,000'), no comma of an apposition (_APPOS_CUE and _comma_anchors)
_THOUSANDS_COMMA = _rx(r"(?<=\d),(?=\d{3})")
# The description may end in the organisation it speaks for ('A spokesperson for the European Commission, asked
# about the project, said'), which the rule above no longer lets stand as a head of its own (round 9).
# (round 17: the phrase in lower case after the head of an unnamed speaker's description, a preposition, a determiner
# or number and up to three words, 'A mother of two Westbrook students, who asked not to be named, said', 'A nurse in
# the emergency department, who ...', 'the father of one of the victims, who ...'; as discourse._speakers keeps it)
_DESC_PP = (r"\s+(?:of|in|at|from|for)\s+(?:(?:the|a|an|one|two|three|four|five)\s+)(?:of\s+(?:the\s+)?)?"
            r"(?:[\w\-]+\s+){0,2}[a-z][\w\-]*")
# (round 17: the description before the apposition may have up to two capitalised modifiers before its head in lower
# case, after the one in lower case it could have: 'A senior Democratic aide, who spoke on condition of anonymity,
# said the bill had “...”' had been a mention)
_APPOS_CUE = (rf"(?<![\w’']){_NOT_PREP_OBJECT}{_NOT_MID_NAME}{_NOT_PREP_PHRASE}(?P<spk>{_ORG_AND}|{_NAME_OF}|{_NAME}|"
              rf"{_DET}\s+(?:[a-z][\w\-]*\s+)?(?:[A-Z][\w\-]*\s+){{0,2}}[a-z][\w\-]*(?:\s+(?:for|of|at)\s+(?:the\s+)?{_NAME}"
              rf"|{_DESC_PP})?),\s+"
              rf"(?:(?:[^,“”\"‘;!?]|{_THOUSANDS_COMMA.pattern}){{1,120}},\s+){{1,3}}(?:(?:has|have|had)\s+)?(?P<cue>{_CUE})")
# (round 14: 'has said'; round 21: a thousands separator is no comma of the apposition, 'Nagwa Hassan, a retired
# teacher who paid LE650,000 for a flat, said')
_B_APPOS = _rx(_APPOS_CUE + r"(?:\s+(?:reporters|journalists))?\s*[,:]?\s*$")
# Maria Gomez told Reuters: “...” / Ann Roe told a news conference on Monday: “...”
# (stop 70: 'Paul Kim informed the committee, “...”': 'inform' is a verb of telling as 'tell' is, its hearer the
# indirect object and its subject the speaker (Quirk et al. 1985, 16.63-16.64); it is no cue word alone ('informed
# consent', 'an informed public'), so only this frame, its hearer and then a comma or colon, reads it)
_B_TOLD = _rx(rf"(?<![\w’'])(?P<spk>{_NP})(?:\s+{_ADV}){{0,2}}\s+(?P<cue>told|tells|informed|informs)\s+(?!(?:him|her|them|me|us)\b)"
                     r"[^,:;“”\"]{1,60}?\s*[,:]\s*$")
_B_CUE_SPK_IN = _rx(rf"(?<![\w’'])(?P<cue>{_CUE})\s+(?P<spk>{_NAME})(?![\w’'])")
# (round 3: an apposition may hold an apostrophe, 'the nation’s top expert'; a short determiner phrase
# may stand before it, 'The report, published by Amnesty International, said')
_B_SENTENCE_APPOS = _rx(_APPOS_CUE + r"(?![\w’'])")
# According to Reuters, the deal is “almost done”: the source of the sentence speaks its partial quotation
# 'a “discovery” according to which nuclear war should not be feared, that it is “admissible”': the preposition
# fronted with a relative pronoun opens a relative clause (Huddleston & Pullum 2002, ch. 12), whose source is the
# antecedent before it; the words after the pronoun are the clause's subject, never the source
_B_ACCORDING_IN = _rx(r"(?<![\w’'])(?P<cue>[Aa]ccording\s+to)\s+(?!(?:which|whom|whose|what)\b)"
                      r"(?P<spk>[^,.;:!?“”\"]{1,60}?)\s*,")
_B_SENTENCE = _rx(rf"(?<![\w’'])(?P<spk>{_NP})(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_CUE})(?![\w’'])")
# verbs that take an object are never inverted: in 'Gomez told Reuters: “...”' Reuters is the listener, in
# 'describes the season: “...”' the season is what is described; so are the other verbs of communication whose
# noun phrase after them is the indirect object, the hearer ('Ann Roe asked her aides, “...”', 'assured the
# residents', 'reminded the board', 'informed the committee': Quirk et al. 1985, 10.17 and 16.63-16.64), where
# 'asked the chief' had given the chief the question. A capitalised cue that opens its sentence ("Asked the chief,
# “...”") is the second branch, and one right after a quotation continues its speaker, so inversion is kept there
_TRANSITIVE = (r"(?:told|tells|tell|telling|describes?|described|warns?|warned|urges?|urged|promises?|promised|quotes?|quoted|"
               r"reports?|reported|reveals?|revealed|mentions?|mentioned|praises?|praised|recommends?|recommended|"
               r"proposes?|proposed|advises?|advised|confirms?|confirmed|announces?|announced|discloses?|disclosed|"
               r"highlights?|highlighted|underlines?|underlined|indicates?|indicated|posts?|posted|tweets?|tweeted|"
               r"asks?|asked|assures?|assured|reminds?|reminded|informs?|informed)")
# 'told' is never inverted: in 'Gomez told Reuters: “...”' Reuters is the listener; nor, at the head of a line, a verb
# whose object is the person addressed (_ADDRESSEE_VERBS): "Says Mayor Smith:" and "Reports Dr. Keys:" invert, but
# "Tell Mayor Smith:" is an imperative with the addressee as its object (a campaign's call to write to the mayor: the
# words after the colon are the campaign's, never the mayor's; Quirk et al. 1985, 14.29 on inversion in reporting
# clauses, and 16.55-16.58 on the indirect object of "tell", "urge", "remind", "inform")
_ADDRESSEE_VERBS = (r"(?:tell|tells|told|telling|urge|urges|urged|remind|reminds|reminded|inform|informs|informed|"
                    r"email|e-mail|message|contact|petition)")
_B_CUE_SPK = _rx(rf"(?<![\w’'])(?!{_TRANSITIVE}\b)(?P<cue>{_CUE})\s+(?P<spk>{_NP_AFTER_CUE})\s*[,:]\s*$|"
                        rf"^\s*(?!(?i:{_ADDRESSEE_VERBS})\b)(?P<cue2>{_CUE_CAP})\s+(?P<spk2>{_NP_AFTER_CUE})\s*[,:]\s*$")
# 'to ask the question: “...”', 'prepared to ask their peoples, “...”': the infinitive of a verb whose noun phrase
# after it is its object (the hearer, or the question asked), kept from the inverted reading by _TRANSITIVE. A
# to-infinitive clause has no subject of its own (Quirk et al. 1985, 15.7-15.10), so the clause names no speaker:
# _attribution._attr_before gives none, as the object read as a speaker had given none, where the later readings
# of the sentence took a name inside it ('... supporters of the United Nations — to ask the question:')
_B_INFINITIVE_HEARER = _rx(rf"(?<![\w’'])to\s+(?:{_ADV}\s+)?(?P<cue>ask|assure|remind|inform)\s+"
                           rf"(?P<obj>{_NP_AFTER_CUE})\s*[,:]\s*$")
_B_ACCORDING = _rx(r"(?<![\w’'])(?P<cue>[Aa]ccording\s+to)\s+(?P<spk>[^,.;:!?“”\"]{1,80}?)\s*[,:]?\s*$")
_ALPHA = _rx(r"[a-z]+")
_CUE_FIRST = frozenset(w.split()[0] for w in CUE_VERBS) | {"according", "words"}


def _words_rx(words) -> re.Pattern:
    """A pattern that finds, in a lower-cased string, one of ``words`` (each of the letters a-z only) as a whole
    run of a-z letters: it matches where ``not words.isdisjoint(_ALPHA.findall(s))``, since findall's words are
    exactly the maximal runs of a-z and the pattern finds a word of ``words`` with no a-z letter on either side
    (one search in C, the words as a trie, instead of a list of every word of the window and a set test)."""
    words = sorted(words)
    if not all(re.fullmatch("[a-z]+", w) for w in words):
        raise ValueError("_words_rx: every word must be of the letters a-z")
    return re.compile(r"(?<![a-z])(?:" + _trie(words) + r")(?![a-z])")


class _WordSet:
    """Words of the letters a-z (as :func:`_words_rx` takes them), asked for as whole runs of a-z letters in a
    lower-cased string: ``found(s, pos, end)`` is ``rx.search(s[pos:end].lower()) is not None`` with ``rx`` their
    :func:`_words_rx` pattern (pos and end clipped to the string, as re clips them). Where the kernel is built,
    one C call (``lower_word_in``: the runs of a-z letters the lower-cased string would hold, read without
    lower-casing it or cutting the slice: A-Z and a-z give their letter, the Kelvin sign K gives k and the
    capital I with a dot İ gives i followed by a combining dot, which ends the run; no other character's lower
    case holds a letter a-z; each run is looked up among the sorted words), else the pattern;
    tests/test_kernel_quotes.py compares both. Each set has its slot in the kernel, set once at import."""

    _slots = 0
    every: list[_WordSet] = []  # (in the order of their slots)

    def __init__(self, words) -> None:
        self.words = frozenset(words)
        self.rx = _words_rx(self.words)
        self.slot = _WordSet._slots
        _WordSet._slots += 1
        _WordSet.every.append(self)
        if KERNEL is not None:
            KERNEL.set_lower_words(self.slot, sorted(self.words))

    def found(self, s: str, pos: int = 0, end: int | None = None) -> bool:
        n = len(s)
        end = n if end is None else end
        if KERNEL is not None:
            return KERNEL.lower_word_in(s, self.slot, pos, end)
        return self.rx.search(s[max(pos, 0):max(min(end, n), 0)].lower()) is not None


def _has_cue(window: str) -> bool:
    """Cheap filter before the attribution patterns: does any cue word occur in the window? (The words of
    _CUE_FIRST as whole runs of a-z letters in the lower-cased window: _CUE_FIRST_SET.)"""
    return _CUE_FIRST_SET.found(window)


# a full stop after a courtesy title, a military or civil title or an initial (Gen. Clay, Mrs. Sims, W. Sprinkel)
# ends no sentence: each abbreviation is its own fixed-width look-behind
# (round 19: 'Atty. Josefina Malvar', 'Engr. Ramon Cruz' in the Philippine press; round 22: the East African engineer's
# 'Eng.' and the priest's 'Fr.'; round 24: the councillor's 'Coun.' of Canadian papers, 'Coun. Mei-Lin Gao'; round 38: all
# of TITLE_ABBREVIATIONS), and the places' 'Mt.' and 'Ft.' and the plurals 'Gens.', 'Sens.', 'Reps.'
_ABBREV = TITLE_ABBREVIATIONS + ("Mt", "Ft", "Gens", "Sens", "Reps")
_NOT_ABBREV = "".join(rf"(?<!\b{a})" for a in _ABBREV) + r"(?<!\b[A-Z])"
# the same matches as rf"{_NOT_ABBREV}[.!?…]...", with the mark first (the regex engine then scans for it in C
# instead of trying some thirty look-behinds at every position): each look-behind takes the mark in
_SENT_BOUNDARY = _rx("[.!?…]" + "".join(rf"(?<!\b{a}[.!?…])" for a in _ABBREV) + r"(?<!\b[A-Z][.!?…])"
                            r"[\"”’')\]]*\s+(?=[\"“‘'(\[A-Z]|$)")

# 'known as', and (round 40) with an adverb of who calls it so between, 'known locally as' ('popularly known as' had
# it already): a naming cue (_NAMING_BEFORE) and the cue word it reports (_NAMING_WORD)
_KNOWN_AS = r"known\s+(?:(?:locally|colloquially|popularly|commonly|widely|informally|officially|affectionately)\s+)?as"
_NAMING_BEFORE = _rx(
    # (round 29: 'call' and 'calls' not before a colon: 'told analysts on a morning call: “...”' has the noun; stop 66:
    # nor 'terms', 'spoke of nations in these terms: “...”', the noun of a manner of speaking, which introduces speech)
    r"(?i)(?:\b(?:so[-\s]called|called|calls(?!\s*:)|call(?!\s*:)|dubbed|dubs|termed|terms(?!\s*:)|named|titled|entitled|"
    + _KNOWN_AS + r"|labell?ed|labels|branded|nicknamed|billed\s+as|coined|themed)(?:\s+(?:the|an?))?"
    r"|\bthe\s+(?:[\w\-]+\s+)?(?:term|terms|word|words|"
    r"phrase|expression|motto|slogan|catchphrase|buzzword|label|tagline|name|title|banner))\s*[,:]?\s*$"
    # a title right after the noun it names, no punctuation between: his report “In larger freedom”
    r"|(?i:\b(?P<title>report|book|article|paper|study|film|documentary|brochure|programme|program|project|"
    r"campaign|initiative|strategy|policy|resolution|song|album|novel|essay|column|headline|hashtag|"
    r"magazine|newspaper|conference|summit|exhibition|series|slogan|motto))\s*$")
_NAMING_AFTER = _rx(
    r"(?i)^[\s,]*(?:as|which|what)\s+(?:[\w’'\-]+\s+){0,4}?(?P<cue>terms?|termed|calls?|called|dubs?|dubbed|"
    r"names?|named|labels?|labell?ed|brands?|branded)\s+(?:it|them|this)\b|^[\s,]*as\s+(?:it|they)\s+"
    r"(?:is|are|was|were)\s+(?P<cue2>called|known|dubbed|termed)\b")
_HINT_WORDS = _rx(r"[a-z]+(?:-[a-z]+)?")
_NAMING_HINTS = frozenset(
    "so-called called calls call dubbed dubs termed terms named titled entitled known labelled labeled labels "
    "branded nicknamed billed coined themed term word words phrase expression motto slogan catchphrase buzzword label "
    "tagline name title banner so report book article paper study film documentary brochure programme program project "
    "campaign initiative strategy policy resolution song album novel essay column headline hashtag magazine "
    "newspaper conference summit exhibition series".split())
_NAMING_WORD = _rx(r"(?i)so[-\s]called|" + _KNOWN_AS + r"|billed\s+as|[\w\-]+(?=(?:\s+(?:the|an?))?\s*[,:]?\s*$)")

_WORD_RE = _rx(r"[^\W_]+(?:['’\-][^\W_]+)*")
_ALNUM_RE = _rx(r"[^\W_]")
_LETTER_RE = _rx(r"[^\W\d_]")
_CLAUSE_WORDS = frozenset(
    "is are was were be been being am will would can could should must may might shall has have had do does "
    "did not no never we i you he she they it's i'm we're you're they're there's that's let's won't can't "
    "don't doesn't didn't isn't aren't wasn't weren't hasn't haven't we'll i'll we've i've".split()
)
_PRONOUNS_RESOLVED = frozenset({"he", "she", "they", "it"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


# cue forms that are also common nouns ("his annual report:", "the note"): cues only after a pronoun subject
_NOUNISH = frozenset(
    "report note comment claim state answer reply post tweet joke quip boast lament mention promise counter "
    "caution whisper shout wonder continue remark stress quote recall warning statement".split())


# the determiners before a quoted pair of words that make it a term, where the clause reads it as one: an article or
# possessive (_ARTICLE_BEFORE: after a naming verb, 'calls this a “safe city”'); and, in a clause of indirect speech,
# only a definite one (_DEFINITE_BEFORE, round 16: the definite points to a thing the reader knows by that name, 'the
# “smart city” plan', 'its “reforms”'; an indefinite article introduces a new thing the speaker characterises, 'had
# created a “real risk” to public order', the speaker's evaluation; Quirk et al. 1985, 5.26-5.36 on the specific and
# non-specific reference of the articles; _quote_sieve._clause_goes_on)
_DEFINITE_WORDS = r"the|this|that|these|those|its|his|her|their|our|your|my|such|so-called|no|any|some"
_ARTICLE_BEFORE = _rx(rf"(?<![\w’'])(?:a|an|{_DEFINITE_WORDS})\s*$", re.I)
_DEFINITE_BEFORE = _rx(rf"(?<![\w’'])(?:{_DEFINITE_WORDS})\s*$", re.I)


# --------------------------------------------------------------------------------------------- where a match starts
# The attribution patterns that open with a noun phrase (_NP or the names, roles and determiner phrases it is
# made of: _B_SENTENCE, _B_SPK_CUE, _B_SPK_CUE_PP, _B_TOLD, _B_DESCRIBED, _B_WHO_CUE, _B_APPOS,
# _B_SENTENCE_APPOS, _B_ISSUED, the sieve's _SIEVE_SUBJ) try that phrase at every word of the window, and it is
# slow to fail (tens of microseconds per window). Each match starts at an ASCII letter after no [\w’'] (every
# alternative of the phrase starts with [A-Za-z]; the patterns' own look-behind), and from its start to its
# *anchor* it holds only word characters, white space, - ’ ' . & and a comma before Jr/Sr/Jnr/Snr (the phrase's
# words, initials, possessives and name suffix, the '&' of a firm's name, adverbs such as 'also' or 'once said', the
# white space before the cue). The anchor is a place the pattern needs right after the phrase: the white space before its cue word
# (a lower-case word after white space; the cue is followed by no [\w’'], so that word is the whole run of
# [a-z] letters after the white space, or the first word of a two-word cue such as 'pointed out'), or the
# comma that closes the phrase (', who' / the first comma of an apposition). So a match starts after the last
# _NP_BAR character before one of its anchors: :func:`_np_matches` tries the pattern only there, in order,
# from the end of the previous match on, which gives finditer's matches (and search's first). Where the phrase
# may be followed by an apposition between commas (_SIEVE_SUBJ), the start may also lie before the comma that
# opens it. tests/test_quotes_fast.py compares every use with the plain finditer / search on windows of
# seeds, UN speeches and Brown texts and on made-up strings.
_NP_BAR = _rx(r"[^\w\s\-’'.,&]|,(?!\s+(?:Jr|Sr|Jnr|Snr))")  # (round 17: & is a name's, _NAME)
# the last _NP_BAR character before an anchor: ``_LAST_BAR.match(window, 0, anchor)`` (greedy, so it backs off from
# the anchor to the nearest bar: cheap). The end at the anchor cuts no comma's look-ahead short: an anchor is a
# white space followed by a lower-case letter or a comma, and neither can stand inside ',\s+Jr' (white space
# then a capital J or S)
_LAST_BAR = _rx(r".*(?:[^\w\s\-’'.,&]|,(?!\s+(?:Jr|Sr|Jnr|Snr)))", re.DOTALL)
_NP_START = _rx(r"(?<![\w’'])[A-Za-z]")
_CUE_WORDS = frozenset(w.split()[0] for w in CUE_VERBS)  # the first word of every cue of _CUE


@functools.cache
def _anchor_rx(words: frozenset[str]) -> re.Pattern:
    """White space followed by one of ``words`` as a whole run of lower-case letters (one-character matches, so
    finditer finds every such place)."""
    return re.compile(r"\s(?=" + _trie(sorted(words)) + r"(?![a-z]))")


def _cue_anchors(window: str, words: frozenset[str] = _CUE_WORDS) -> list[int]:
    """The places of white space followed by a word of ``words`` (the first words of a pattern's cues): where a
    phrase followed by that cue ends its white space."""
    return [m.start() for m in _anchor_rx(words).finditer(window)]


def _comma_anchors(window: str, cues: list[int], before: int = 4) -> list[int]:
    """The last ``before`` commas before each place of ``cues``: the comma that closes a phrase followed by one
    to three appositions each closed by a comma, then white space and the cue (_APPOS_CUE)."""
    out: set[int] = set()
    for c in cues:
        k = c
        n = 0
        while n < before:
            k = window.rfind(",", 0, k)
            if k < 0:
                break
            if _THOUSANDS_COMMA.match(window, k):
                continue  # a thousands separator ('LE650,000'), no comma of an apposition (round 21)
            out.add(k)
            n += 1
    return sorted(out)


def _last_bar(window: str, a: int) -> int:
    m = _LAST_BAR.match(window, 0, a)
    return m.end() - 1 if m is not None else -1


# Which starts the noun phrase can have at all (:func:`_np_may_start`). Every pattern tried through
# :func:`_np_matches` opens with a phrase made of the alternatives of _NP (_PRON, _POSS, _ROLE_NAME, _DETNP,
# _NAME_OF, _NAME, _BARE; the sieve's subject and the apposition head a subset of them, or a determiner phrase)
# and has white space or a comma right after it. At a start in lower case only some of them can match:
#: the lower-case words of _PRON and of _DET (tests/test_quotes_fast.py checks them against the patterns)
_PRON_LOWER = ("he", "she", "they", "it", "we", "you")
_DET_LOWER = ("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one",
              "another")
#: the words in lower case that may open a noun phrase of _NP before more words (round 13: and the qualifiers of an
#: office, _QUALIFIER_WORDS, which open _QUALIFIED_NAME and _ROLE_NAME): _np_may_start's determiner test and
#: _np_tokens_fit's longer phrase read these (the kernel's np_starts too)
_NP_OPENERS = _DET_LOWER + _QUALIFIER_WORDS
_ROLE_NOUN_SET = frozenset(_ROLE_NOUN_WORDS)
# _np_may_start as one pattern matched at the start (its four alternatives after a capital, in the order of the
# rule below; _NP_MAY_START_RX.match(window, s) is not None where the rule holds)
# (round 25: _AGENT_NOUN without its excluded words, as the kernel's np_agent tests it)
_AGENT_LOOSE = r"[a-z][a-z\-]{2,}(?:er|or|ist|ian|ant|man|person)"
_NP_MAY_START_RX = _rx(
    r"[^a-z]"
    rf"|(?:{_trie(_PRON_LOWER)})[\s,]"
    rf"|(?:{_trie(_NP_OPENERS)})\s"
    rf"|(?:\S+\s+){{0,2}}(?:{_trie(_ROLE_NOUN_WORDS)}|{_AGENT_LOOSE})\s+[A-Z]"
    r"|(?:[a-z][\w\-]*\s+)?(?:[a-z][\w\-]{2,}[a-rt-z]s|" + "|".join(PERSON_PLURALS) + r")[\s,]")


def _np_may_start(window: str, s: int) -> bool:
    r"""Can the noun phrase of a pattern tried by :func:`_np_matches` start at ``s`` (an ASCII letter, as every
    start is)? False only where none of _NP's alternatives can match there and be followed by white space or
    a comma (what every such pattern needs after it). A capital may open a name (_NAME and the alternatives
    that begin with one), so only a lower-case start is asked about, and there only four alternatives can
    match, each with a mark at the start that this looks for:

    - _PRON: he, she, they, it, we, you, followed by white space or a comma (the end of the phrase);
    - _POSS and _DETNP: a determiner of _DET and white space (their only lower-case openings);
    - _ROLE_NAME: up to two words in lower case, each followed by white space, then a role word
      (:data:`_ROLE_NOUNS`: a word of the list or an agent noun), white space and a name, which opens with a
      capital: one of the first three tokens (runs of non-space characters) is a role word or a run of a-z and
      hyphens ending in an agent suffix (:data:`_AGENT_LOOSE`) and the token after it opens with A-Z;
    - _BARE: its plural word (``[a-z][\w\-]{2,}[a-rt-z]s``, or one of :data:`PERSON_PLURALS`) is the whole run of
      ``[\w\-]`` at the start or,
      after one word of that run and white space, at the next token; either way followed by white space or a
      comma (its 'for/of' phrase and the end of the phrase both begin so).

    Each test is looser than its pattern (the negative look-aheads are not asked), so a start where a match
    exists is never passed over; most lower-case words of a sentence ('to', 'of', 'and', 'which') fail all
    four at once. Asked as one pattern (:data:`_NP_MAY_START_RX`: each of its alternatives is one of the tests;
    a run of ``[\w\-]`` or of non-space characters followed by white space or a comma is a whole run, as no
    such run holds them); tests/test_quotes_fast.py compares the matches of every pattern tried so with
    finditer, and tests/test_kernel_quotes.py this rule with its C twin."""
    return _NP_MAY_START_RX.match(window, s) is not None


#: the tokens of ``(?:\s+_ADV){0,2}`` (each _ADV a word, or 'once said'; tests/test_quotes_fast.py checks them)
_ADV_TOKENS = tuple(dict.fromkeys(w for p in _ADV_PHRASES for w in p.split()))  # (the words of _ADV, in order)
#: the words in lower case that a name or a name with its of-phrase holds (_PARTICLE, _NAME_OF's 'of', 'at',
#: 'from', 'on' and 'the', _BARE's 'for', 'of' and 'the')
_NP_FREE_TOKENS = tuple(sorted(_PARTICLES | {"of", "at", "from", "on", "the", "for"}))
_ADV_TOKEN_SET = frozenset(_ADV_TOKENS)
_NP_FREE_SET = frozenset(_NP_FREE_TOKENS)
_DET_ANY_CASE = frozenset(_NP_OPENERS) | {w.capitalize() for w in _NP_OPENERS}


def _hyphen_name(t: str) -> bool:
    """Is a token a name word after a particle joined by a hyphen ('al-Rubaie', _NAME's _PART_SEP): one of
    :data:`_NP_FREE_TOKENS`, a hyphen, then a capital A-Z? (Such a token is no word in lower case of the phrase.)"""
    h = t.find("-")
    return h > 0 and "A" <= t[h + 1:h + 2] <= "Z" and t[:h] in _NP_FREE_SET


def _np_tokens_fit(toks: list[str], adverbs: bool) -> bool:
    r"""Can the tokens ``toks`` be a noun phrase of _NP (with ``adverbs``: followed by the tokens of
    ``(?:\s+_ADV){0,2}``)? See :func:`_np_reaches`."""
    k = len(toks)
    while adverbs and k > 0 and len(toks) - k < 4 and toks[k - 1] in _ADV_TOKEN_SET:
        k -= 1
    other = sum(1 for t in toks[:k] if not ("A" <= t[0] <= "Z") and t != "&" and t not in _NP_FREE_SET
                and not _hyphen_name(t))
    return other <= 3 or (k <= 14 and toks[0] in _DET_ANY_CASE)


_JR_AFTER = _rx(r"\s+(?:Jr|Sr|Jnr|Snr)")  # a comma of _NAME's suffix is followed by this


def _np_reaches(window: str, s: int, anchors: list[int]) -> bool:
    r"""Can a pattern ``NP(?:,\s+[^,“”\"]{1,100},)?(?:\s+_ADV){0,2}\s+CUE`` (_reported._R_FWD; without the
    apposition _B_SENTENCE) match from ``s`` with its cue after the white space that ends at one of ``anchors``
    (the white space before each cue word)? False only where it cannot, for every anchor after ``s``.

    The phrase: its tokens (runs of non-space characters) must fit one of _NP's alternatives, each of which
    holds at most three tokens that neither open with a capital A-Z nor are the lower-case words of names
    (:data:`_NP_FREE_TOKENS`, alone or joined by a hyphen to a capitalised word, :func:`_hyphen_name`, and the '&'
    of a firm's name): two words and the role word of _ROLE_NAME, the three words after a possessive
    of _POSS, _BARE's first word, plural and the noun after 'the' (names, initials, titles, pronouns and 'Jr'
    open with a capital); except _DETNP and _POSS after a determiner, which hold at most fourteen tokens (the
    determiner, four words, a preposition, a determiner and seven words: three capitalised, 'of' or 'for', 'the'
    and two more; ten before round 15).

    Without a comma from ``s`` to the anchor, that text is the phrase and then at most four tokens of the
    adverbs (:data:`_ADV_TOKENS`): with all such tokens at the end taken off (the phrase keeps at least what it
    had), the rest must fit. A comma there is one of a name's suffix (', Jr', at most two in a phrase: a name
    and the name of its of-phrase or role) or one of the two of the apposition (which holds none between
    them): so at most four; the last one is followed by 'Jr' (no more is asked) or closes the apposition, and
    then only adverb tokens follow it, the comma before it opens the apposition and the text before that is
    the phrase, which must fit. So most starts far from the verb, inside a clause of lower-case words or
    before a comma that other words follow, are passed over."""
    for g in anchors:
        if g <= s:
            continue
        seg = window[s:g]
        k = seg.rfind(",")
        if k < 0:
            if _np_tokens_fit(seg.split(), True):
                return True
            continue
        if seg.count(",") > 4:
            continue
        rest = seg[k + 1:]
        if _JR_AFTER.match(rest):
            return True
        rest_toks = rest.split()
        if len(rest_toks) > 4 or not _ADV_TOKEN_SET.issuperset(rest_toks):
            continue
        k2 = seg.rfind(",", 0, k)
        if k2 >= 0 and _np_tokens_fit(seg[:k2].split(), False):
            return True
    return False


def _np_starts_py(window: str, anchors: list[int], appos: bool = False, reach: bool = False) -> list[int]:
    """The pure-Python path of :func:`_np_starts` (the C one, ``np_starts``, gives the same list)."""
    tried: set[int] = set()
    for a in anchors:
        lo = _last_bar(window, a)
        if appos and lo >= 0 and window[lo] == ",":  # the comma may close an apposition opened at the one before
            k2 = window.rfind(",", 0, lo)
            if k2 >= 0:
                lo = _last_bar(window, k2)
        tried.update(m.start() for m in _NP_START.finditer(window, lo + 1, a))
    return [s for s in sorted(tried) if _np_may_start(window, s) and (not reach or _np_reaches(window, s, anchors))]


def _np_starts(window: str, anchors: list[int], appos: bool = False, reach: bool = False) -> list[int]:
    """The places, in order, where :func:`_np_matches` tries its pattern: the starts after the last bar before
    an anchor (or before the comma before it, with ``appos``) where the phrase may start
    (:func:`_np_may_start`) and, with ``reach``, from where the phrase can reach a cue (:func:`_np_reaches`). In
    one C call where the kernel is built (``np_starts``: the same steps), else :func:`_np_starts_py`;
    tests/test_kernel_quotes.py compares both."""
    if KERNEL is not None:
        return KERNEL.np_starts(window, anchors, appos, reach)
    return _np_starts_py(window, anchors, appos, reach)


def _np_matches(rx: re.Pattern, window: str, anchors: list[int], *, appos: bool = False, reach: bool = False):
    """The matches of ``rx.finditer(window)``, in order, for a pattern that opens with a noun phrase (made of
    _NP's alternatives, followed by white space or a comma) whose match holds no _NP_BAR character from its
    start to one of ``anchors`` (see above); with ``appos``, the phrase may be followed by ',[^,“”\"]{1,100},'
    before the anchor. ``next(_np_matches(...), None)`` is ``rx.search``. The starts: :func:`_np_starts` (with
    ``reach`` for a pattern of the form :func:`_np_reaches` reads, its anchors the white space before its cues)."""
    pos = 0
    for s in _np_starts(window, anchors, appos, reach):
        if s >= pos and (m := rx.match(window, s)) is not None:
            yield m
            pos = m.end()


def _np_search(rx: re.Pattern, window: str, anchors: list[int]) -> re.Match | None:
    """``rx.search(window)`` for such a pattern (the first of :func:`_np_matches`)."""
    return next(_np_matches(rx, window, anchors), None)


_CUE_FIRST_SET = _WordSet(_CUE_FIRST)  # (after _trie: _has_cue's words)
if KERNEL is not None:
    KERNEL.set_np_words(_PRON_LOWER, _NP_OPENERS, _ROLE_NOUN_WORDS, _ADV_TOKENS, _NP_FREE_TOKENS)
