"""The use of each lexicon hit: does the speaker adopt the frame, name a thing, keep a distance or report?

A frame is a use, not a word (Entman 1993: framing *selects and makes salient*). The same string "Safe
City" is the vendor's promise in "our Safe City keeps residents safe", the name of a contract in "a report
on Huawei's Safe City contracts", a distanced term in "the so-called 'safe city'", and someone else's claim
in "the vendor says the platform makes policing more efficient". Every hit found by
:meth:`discourse.Lexicon.find_matches` gets one ``use``:

- ``evaluative``: the speaker adopts the frame (the default when no rule below applies);
- ``referential``: the words name the product, programme, market, title or institution being discussed
  (a name refers; it does not evaluate: Kripke 1980, and for names of products and programmes the
  "proper name" criteria of Huddleston & Pullum 2002, ch. 5.20: capitalised, fixed, definite reference),
  are mentioned rather than used ("the term smart city"), or classify a device ("smart cameras");
- ``distanced``: the speaker sets the words apart: scare quotes, "so-called", hedges, irony, negation
  (Biber & Finegan 1989 on stance markers; Hyland 1998 on hedges; Predelli 2003 on scare quotes), or names them
  as someone else's pretext ("in the name of public safety", "security is no excuse": Martin & White 2005, ch. 3);
- ``reported``: the words are attributed to someone else inside the speaker's own sentence: a reporting
  verb with its clause ("X says (that) ...", "..., X said"), "according to X", or a partial quotation
  introduced by a reporting verb (Thompson 1994, *Reporting*; Quirk et al. 1985, 14.31 on indirect speech),
  or the complement of a noun of attitude or speech ("concern that ...", "fears over ...": Francis 1994).

``use`` is relative to the *voice* the hit is in (the ``voice`` column of :func:`discourse.tokenize`):
direct speech is already the quoted person's voice, so a quoted vendor who calls the system seamless uses
"seamless" evaluatively in the ``quoted`` voice. Indirect speech is found once, by the reported-speech
rule of :mod:`discourse.quotes`, which :func:`discourse.tokenize` applies: tokens of a reported clause carry
``voice="reported"`` and its speaker, and their hits are ``reported`` (rule ``reported_voice``). The rules
``according_to`` and ``reporting_verb`` apply the same definition to tokens whose voice was not computed
there (``tokenize(quotes=False)``, hand-built tables, a quoted speaker who reports someone else). ``use_rule`` names the rule that decided, one of :data:`RULES`;
the rules are tried in that order and the first that applies wins. Each rule's function documents its
reasoning and source; none was fitted to the validation pages.

The module also gives the matched table every framing function shares (:func:`find_hits`) and the token
arrays it is built from (:class:`TokenArrays`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ._util import _fmt, check_columns, check_dataframe, check_one_of
from .lexicon import Lexicon
from .quotes import (
    CLAIM_FORMS,
    CONFORMITY_VERBS,
    INDICATE_VERBS,
    NOUN_BASE_FORMS,
    OWN_NAME_COLUMNS,
    PARTICIPLES,
    PREPOSITIONS,
    REPORT_REACH,
    REPORTING_VERBS,
    THAT_REPORTING_VERBS,
    according_to_source,
    claims_a_right,
    first_person_subject,
    indicating_subject,
    opens_adverbial_clause,
    own_name_subject,
    own_names,
    plural_subject,
)
from .segment import LIST_MARKERS

__all__ = [
    "USES", "RULES", "VOICES", "DISTANCING_CUES", "NEGATORS", "APOSTROPHELESS_NEGATORS", "ECHO_REJOINDERS", "NEGATIVE_PHRASES", "REPORTING_VERBS", "THAT_REPORTING_VERBS",
    "REFERENT_NOUNS", "NOUN_ONLY_REFERENT_NOUNS", "OFFICE_NOUNS", "MENTION_NOUNS", "STANCE_NOUNS",
    "PREPOSITIONAL_REPORTING_VERBS", "ACCUSING_VERBS", "CLAIM_LABELS", "CLAIM_HEADINGS", "PRESENT_AS_VERBS", "MESSAGE_VERBS", "NAMING_VERBS", "DIRECTIVE_VERBS", "DIRECTIVE_FOR_VERBS",
    "CLASSIFIER_ADJECTIVES", "DEVICE_NOUNS", "DOCUMENT_NOUNS",
    "TokenArrays", "check_tokens", "find_hits", "find_hits_by_documents", "document_chunks", "classify_uses",
    "check_uses", "CHUNK_ROWS", "distancing_triggers", "ECHO_TAIL_WORDS", "BELIEF_VERBS", "DISJUNCT_CUES",
    "NOUN_DETERMINERS", "noun_after_determiner", "COORDINATORS",
    "SIGNATORY_WORDS", "PRETEXT_HEADS", "PRETEXT_NOUNS",
]

USES = ("evaluative", "referential", "distanced", "reported")
#: the rules, in the order they are tried
RULES = (
    "reported_voice", "partial_quotation", "definition", "quoted_title", "scare_quotes", "standard_item",
    "lot_title", "agenda_item", "cross_reference", "signatory", "distancing_cue", "negation",
    "echo_question", "echo_rejoinder", "according_to", "reporting_verb", "stance_noun", "speech_act", "abandoned_view", "label_line", "intensified", "own_name", "name_entry",
    "proper_name", "trademark",
    "possessive_name", "name_head", "acronym_name", "referent_modifier", "office_field", "mention", "classifier",
    "commitment", "default",
)
VOICES = ("author", "quoted", "reported", "all")
TOKEN_COLUMNS = frozenset({
    "doc_id", "paragraph", "sentence", "position", "start", "end", "token", "norm", "stem", "is_stop",
    "is_punct", "voice", "quote_id", "quote_kind", "speaker",
})

#: single tokens that distance the term that follows (hedges and distancing adjectives)
DISTANCING_CUES = frozenset({
    "so-called", "self-styled", "self-proclaimed", "self-described", "supposed", "supposedly", "alleged",
    "allegedly", "purported", "purportedly", "euphemistically", "dubbed", "ostensible", "ostensibly",
    "would-be", "vaunted", "much-vaunted", "much-touted", "much-hyped", "hyped", "touted", "claimed", "promised",
    "much-promised", "whatever",
})
#: the cues of the 1.x releases (kept for the ``stance`` column)
LEGACY_CUES = frozenset({
    "so-called", "self-styled", "self-proclaimed", "supposed", "supposedly", "alleged", "allegedly",
    "purported", "purportedly", "euphemistically", "dubbed",
})
_AS_VERBS = frozenset({"branded", "billed", "touted", "marketed", "described", "advertised", "pitched",
                       "sold", "presented", "rebranded"})
_CALL_VERBS = frozenset({"call", "calls", "called", "dubs", "terms", "termed", "brands", "labels", "labelled",
                         "labeled"})
_SKIPPABLE = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these",
                        "those", "it", "them"})
#: negators of the predicate or modifier that follows (Quirk et al. 1985, 10.54-10.64)
NEGATORS = frozenset({"not", "n't", "cannot", "never", "hardly", "barely", "scarcely", "neither", "nor"})
#: the negative contractions as informal writing spells them, without the apostrophe ("dont care about privacy",
#: "isnt seamless": survey answers, posts, text messages), as the negation list of VADER has them (Hutto & Gilbert
#: 2014, ``NEGATE``); with them "dont" negates as "don't" does (which :func:`rule_negation` reads by its "n't")
APOSTROPHELESS_NEGATORS = frozenset({
    "aint", "arent", "cant", "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "isnt",
    "mightnt", "mustnt", "neednt", "oughtnt", "shant", "shouldnt", "wasnt", "werent", "wont", "wouldnt",
})
#: two-word negators right before a term ("anything but seamless", "far from efficient"): see :func:`rule_negation`
NEGATIVE_PHRASES = frozenset({("anything", "but"), ("far", "from"), ("less", "than")})
#: "not only / just / merely X" adds X rather than denying it (Quirk et al. 1985, 8.116: additive focus)
_FOCUS = frozenset({"only", "just", "merely", "simply", "solely"})
# The verbs of reported speech and the first-person exception are the one rule of discourse.quotes (which
# marks reported clauses voice="reported" in discourse.tokenize); rule_reporting_verb below applies the same
# definition to tokens whose voice did not come from there (tokenize(quotes=False), hand-built tables, and
# a speaker who reports someone else inside a quotation). Factive verbs ("note", "show", "reveal", "point
# out", "acknowledge", "explain") are not reporting verbs: they presuppose the truth of their complement
# (Kiparsky & Kiparsky 1970), so a speaker who writes "critics note that the system enables repression"
# commits to it.
#: intensifiers: a graded, speaker-committed use of an evaluative word (Quirk et al. 1985, 8.104-8.113)
_INTENSIFIERS = frozenset({"very", "highly", "truly", "extremely", "incredibly", "remarkably", "exceptionally",
                           "fully", "completely", "totally", "genuinely", "deeply", "increasingly", "ever",
                           "more", "most", "so", "too", "really", "particularly", "especially"})
#: head nouns after which a frame term is a classifying modifier naming a referent: the market, programme,
#: contract, event or organisation being discussed ("the smart city market", "Safe City projects")
REFERENT_NOUNS = frozenset({
    "market", "markets", "industry", "industries", "sector", "sectors", "business", "businesses", "contract",
    "contracts", "deal", "deals", "tender", "tenders", "project", "projects", "programme", "programmes",
    "program", "programs", "initiative", "initiatives", "scheme", "schemes", "pilot", "pilots", "plan",
    "plans", "strategy", "strategies", "company", "companies", "vendor", "vendors", "supplier", "suppliers",
    "firm", "firms", "spending", "revenue", "revenues", "investment", "investments", "expo", "summit",
    "conference", "conferences", "forum", "exhibition", "award", "awards", "index", "report", "reports",
    "ranking", "rankings", "model", "models", "mission", "challenge", "competition", "council", "agency",
    "department", "unit", "division", "team", "office", "law", "laws", "act", "bill", "regulation",
    "regulations", "policy", "policies", "commission", "commissioner", "authority", "authorities", "officer",
    "newsletter", "campaign", "coalition", "network", "implementations", "deployments", "rollout",
    # eighth round: the instruments of compliance named by their field ("a privacy assessment",
    # "oversight requirements", "privacy obligations", "a surveillance oversight ordinance"): like "law" and
    # "regulation", the head names a legal duty or a procedure, the field word classifies it. Not "impact
    # assessment": on the readable batches the rights pages call for "human rights impact assessments" more often
    # than vendor pages cite them, and reading the call as a name cost news > rights on batch 4 (docs/framing.md)
    "assessment", "assessments", "requirement", "requirements", "obligation", "obligations", "ordinance",
    "ordinances", "documentation", "compliance", "audit", "audits",
    # the accounts of a business as its results are reported to investors ("Safe City segment revenue", "the
    # public safety pipeline", "intelligent video margins"): a reportable segment is a part of the business named
    # by its line (IFRS 8 and ASC 280, "operating segments"), as "division" and "unit" are; a pipeline and a backlog
    # are contracts, prospective and signed, as "contracts" and "tenders" are; sales, bookings and margins are
    # measures of the business, as "revenue" is. An analyst who asks about "the smart city segment" names it. (Not
    # "orders": a purchase order in a call, but elsewhere a court's or a government's order, whose premodifier says what
    # it commands, "banning orders", "surveillance orders"; on the measured blind pages it had made six rights and policy
    # pages' "banning orders" names, lowering every contrast.)
    "segment", "segments", "pipeline", "pipelines", "backlog", "backlogs", "sales", "bookings",
    "margin", "margins",
})
#: heads added in 3.0 that make a classifier of a noun only ("human rights groups", "the smart city concept"),
#: not of an adjective ("innovative ideas" is praise of the ideas)
NOUN_ONLY_REFERENT_NOUNS = frozenset({
    # people and bodies named by their field ("human rights groups", "privacy advocates"): an organisation
    # or a profession named, like the institutions of the lexicon, not the speaker's frame
    "group", "groups", "organisation", "organisations", "organization", "organizations", "ngo", "ngos",
    "activist", "activists", "advocate", "advocates", "campaigner", "campaigners", "defender", "defenders",
    "lawyer", "lawyers", "expert", "experts", "researcher", "researchers", "watchdog", "watchdogs",
    # rules and documents named by their field ("human rights guidelines", "privacy standards")
    "guidelines", "guidance", "standard", "standards", "framework", "frameworks", "legislation",
    # the idea itself named ("the smart city concept", "smart city rhetoric"): talk about the frame
    "concept", "concepts", "notion", "idea", "ideas", "paradigm", "narrative", "narratives", "discourse",
    "rhetoric", "agenda", "label", "buzzword", "buzzwords",
    # 3.2: bodies, instruments and negotiations named by their field ("civil rights bills", "civil-rights
    # commissions", "the United Nations human rights machinery", "human rights treaties", "a test ban
    # treaty"): like "groups" and "guidelines", the phrase names an institution or a document of the field
    # (Quirk et al. 1985, 17.108 on classifying noun modifiers); plurals of heads listed above, and the
    # nouns for the bodies, treaties and procedures of international law (UN usage: "treaty bodies",
    # "mechanisms", "instruments")
    "bills", "commissions", "councils", "committee", "committees", "agencies", "body", "bodies", "organ",
    "organs", "court", "courts", "tribunal", "tribunals", "treaty", "treaties", "convention", "conventions",
    "covenant", "covenants", "instrument", "instruments", "machinery", "mechanism", "mechanisms",
    "negotiations", "talks", "movement", "movements",
})
#: nouns of offices, posts and administrative units whose "of"/"for" phrase names their field ("the deputy
#: head of digital transformation", "the director of public safety", "a minister for innovation")
OFFICE_NOUNS = frozenset({
    "head", "heads", "director", "directors", "chief", "chiefs", "minister", "ministers", "ministry",
    "ministries", "department", "departments", "secretary", "secretaries", "commissioner", "commissioners",
    "manager", "managers", "officer", "officers", "office", "offices", "bureau", "bureaus", "directorate",
    "directorates", "division", "divisions", "unit", "units", "vp", "vice-president", "superintendent",
    "coordinator", "coordinators", "professor", "professors", "lecturer", "lecturers", "rapporteur",
})
REFERENT_NOUNS = REFERENT_NOUNS | NOUN_ONLY_REFERENT_NOUNS
#: nouns of metalanguage before a term that make it a mention ("the term smart city", "the concept of
#: public safety"), not a use (Quine 1940 on use and mention; Saka 1998)
MENTION_NOUNS = frozenset({"term", "terms", "word", "words", "phrase", "label", "buzzword", "concept", "notion",
                           "idea", "slogan", "catchphrase", "expression", "name",
                           # 3.1: nouns that name a figure of speech or a way of talking ("the analogy of the
                           # nervous system", "the rhetoric of efficiency"): the term is talked about as a
                           # figure or an idiom (Lakoff & Johnson 1980 on talk about metaphors; Quine 1940)
                           "analogy", "analogies", "metaphor", "metaphors", "trope", "tropes", "tagline", "motto",
                           "moniker", "epithet", "catchword", "jargon", "rhetoric", "vocabulary",
                           # nouns of social science that name a way of talking or imagining ("the discourse
                           # of the smart city", "imaginaries of the smart city"): a discourse is a way of
                           # signifying a domain from a perspective (Fairclough 1992, ch. 4), a sociotechnical
                           # imaginary a collectively held vision (Jasanoff & Kim 2015); the analyst names it,
                           # as "smart city discourse" (NOUN_ONLY_REFERENT_NOUNS) does with the noun after
                           "discourse", "discourses", "imaginary", "imaginaries"})
#: nouns of speech and attitude that attribute their complement to someone ("concerns that ...", "fears
#: over ...", "allegations of ..."): Francis 1994 ("labels"), Schmid 2000 (shell nouns), Thompson 1994
#: (reporting nouns); "report" is left out, it is far more often a document than an act of reporting
STANCE_NOUNS = frozenset({
    "concern", "concerns", "fear", "fears", "worry", "worries", "allegation", "allegations", "accusation",
    "accusations", "claim", "claims", "warning", "warnings", "criticism", "criticisms", "complaint",
    "complaints", "outcry", "protest", "protests", "backlash", "suspicion", "suspicions", "charge", "charges",
})
#: the complements a stance noun takes (Francis 1994: "that"-clauses and prepositional complements)
_STANCE_LINKS = frozenset({"that", "about", "over", "around", "of", "regarding", "surrounding", "against"})
#: stance nouns whose content may follow a colon ("Claim: the cameras halved crime."): the label of the claim a
#: fact-check examines, see :func:`rule_stance_noun`
CLAIM_LABELS = frozenset({"claim", "claims"})
#: headings that name the claim a fact-check examines, on a line of their own with the claim as the paragraph under
#: them (Full Fact's "What was claimed" before "Our verdict"; "Claim" before "Verdict"): see :func:`rule_stance_noun`
CLAIM_HEADINGS = frozenset({("claim",), ("claims",), ("the", "claim"), ("the", "claims"), ("what", "was", "claimed"),
                            ("what", "is", "claimed"), ("what", "'s", "being", "claimed"), ("what", "is", "being", "claimed")})
_CLAIM_HEADING_ENDS = frozenset(h[-1] for h in CLAIM_HEADINGS)
#: reporting verbs whose report is a prepositional phrase, not a clause ("warned about the potential abuse",
#: "complained of repression"): Thompson 1994 ch. 3; Quirk et al. 1985, 16.41 (prepositional verbs)
PREPOSITIONAL_REPORTING_VERBS = frozenset({
    "warn", "warns", "warned", "warning", "complain", "complains", "complained", "complaining", "speak",
    "speaks", "spoke", "talk", "talks", "talked", "caution", "cautions", "cautioned", "protest", "protests",
    "protested", "allege", "alleges", "alleged",
    # 3.2: verbs of talking that report a topic with a judgement of the talk ("pontificate about human
    # rights", "boast of", "lecture about", "preach about"): the topic is the subject's, and the verb
    # tells the reader the writer does not share it (Thompson 1994 ch. 3 on reporting verbs that evaluate)
    "pontificate", "pontificates", "pontificated", "pontificating", "boast", "boasts", "boasted", "boasting",
    "brag", "brags", "bragged", "bragging", "lecture", "lectures", "lectured", "lecturing", "preach",
    "preaches", "preached", "preaching",
})
_REPORTING_PREPS = frozenset({"about", "of", "against", "over"})

def _forms(*stems: str) -> frozenset:
    """The forms of regular verbs given as (base, third person, past, -ing) quadruples in one string each."""
    return frozenset(w for stem in stems for w in stem.split())


#: verbs of a speech act that presents something *as* something ("promoting the city as a model smart
#: city", "pitches its cameras as a safe city solution"): the "as"-phrase is the subject's characterisation
#: (Quirk et al. 1985, 16.46-16.49 on object complements with "as"; Semino & Short 2004 on the narrator's
#: representation of speech acts)
PRESENT_AS_VERBS = _forms(
    "promote promotes promoted promoting", "tout touts touted touting", "pitch pitches pitched pitching",
    "market markets marketed marketing", "bill bills billed billing", "brand brands branded branding",
    "hail hails hailed hailing", "praise praises praised praising", "laud lauds lauded lauding",
    "describe describes described describing", "portray portrays portrayed portraying",
    "present presents presented presenting", "advertise advertises advertised advertising",
    "herald heralds heralded heralding", "depict depicts depicted depicting",
    "characterise characterises characterised characterising", "characterize characterizes characterized characterizing",
    "label labels labelled labelling", "labeled labeling", "dub dubs dubbed dubbing", "rebrand rebrands rebranded",
)
#: verbs of opinion with an object complement "as" ("Rights groups regard the cameras as a tool of repression", and
#: in the passive the attribution of a view to unnamed others, "is widely regarded as", "is seen as": Quirk et al.
#: 1985, 16.46-16.49; Wikipedia's Manual of Style lists them among the attributions of an opinion, MOS:WEASEL): the
#: complement is the holder's view, as the clause after "believe" is (the narrator's representation of a thought
#: act, Semino & Short 2004); "see" only as the participle "seen", "regarding" (a preposition) and the noun "views"
#: not at all
OPINION_AS_VERBS = frozenset({"regard", "regards", "regarded", "view", "viewed", "perceive", "perceives",
                              "perceived", "seen"})
#: verbs that name a speech act by its message ("has been expounding the principle of the smart city",
#: "extols the efficiency of the platform"): their object is what the subject says (Leech & Short 1981,
#: ch. 10; Semino & Short 2004, NRSA with topic)
MESSAGE_VERBS = _forms(
    "expound expounds expounded expounding", "preach preaches preached preaching",
    "evangelise evangelises evangelised evangelising", "evangelize evangelizes evangelized evangelizing",
    "extol extols extolled extolling", "trumpet trumpets trumpeted trumpeting", "hype hypes hyped hyping",
    "peddle peddles peddled peddling", "tout touts touted touting", "proclaim proclaims proclaimed proclaiming",
)
#: verbs of naming with an object and its complement ("the mayor calls the network a smart city", "residents
#: call it a dragnet"): the complement is the subject's label (Quirk et al. 1985, 16.43-16.45)
NAMING_VERBS = _forms(
    "call calls called calling", "dub dubs dubbed dubbing", "term terms termed terming",
    "label labels labelled labelling", "labeled labeling", "brand brands branded branding",
)
_OBJECT_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those", "him", "her", "us", "me", "you"})
_OBJECT_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "this", "that", "these", "those", "your"})
_ARTICLES = frozenset({"a", "an", "the"})
# determiners that open a noun phrase of their own after a comma (rule_speech_act: no coordinate premodifier)
_COMPLEMENT_DETERMINERS = frozenset({"this", "that", "these", "those", "its", "their", "his", "her", "our", "your",
                                     "my", "which", "who", "while", "but", "although", "though", "whereas", "yet"})
#: prepositions that open the post-modifier of an object complement's head ("a solution for safer cities", "a model
#: of public safety"): rule_speech_act passes one such phrase
_COMPLEMENT_POSTMOD_PREPS = frozenset({"for", "of", "with", "in"})
#: directive speech acts named with their demand as object ("urged a moratorium", "demanded a ban"; Searle
#: 1976 on directives; Semino & Short 2004, NRSA with topic); past forms only, see :func:`rule_speech_act`
DIRECTIVE_VERBS = frozenset({"urged", "demanded"})
#: directive speech acts whose demand follows "for" ("called for a ban", "pressed for a moratorium"); past forms
DIRECTIVE_FOR_VERBS = frozenset({"called", "pressed", "pushed", "campaigned", "lobbied", "appealed"})
#: "as" in these fixed phrases is no object complement ("as well as", "such as", "as part of")
_NOT_COMPLEMENT_AS = frozenset({"well", "such", "part", "long", "soon", "far", "much", "many", "if", "though"})
#: tokens that end the object of a message verb or the span between a verb and its "as"
_CLAUSE_BREAK = frozenset({".", ";", ":", "!", "?", "\u2014", "\u2013", "(", ")"})
#: promotional adjectives that, before a device noun, classify rather than evaluate ("smart cameras")
CLASSIFIER_ADJECTIVES = frozenset({"smart", "intelligent"})
#: device and technology heads after which "smart"/"intelligent" names a product class
DEVICE_NOUNS = frozenset({
    "camera", "cameras", "cctv", "surveillance", "sensor", "sensors", "meter", "meters", "grid", "grids",
    "phone", "phones", "card", "cards", "lamppost", "lampposts", "streetlight", "streetlights", "lighting",
    "doorbell", "doorbells", "speaker", "speakers", "glasses", "device", "devices", "tv", "tvs", "television",
    "televisions", "watch", "watches", "lock", "locks", "home", "homes", "thermostat", "thermostats",
    "bracelet", "bracelets", "pole", "poles",
})
_SEPARATORS = frozenset({"|", "\u00b7", "\u2022", "/", "\u00bb", "\u203a", ">", "\u2013", "-"})
_FINAL = frozenset({".", "!", "?", ":", ";"})
#: the imperative verbs that open a call to action ("Request a Demo", "Talk to Our Experts", "Book a Demo"): a line
#: they open is a directive clause, not a label (:func:`rule_label_line`)
CALL_TO_ACTION_VERBS = frozenset({"request", "book", "schedule", "contact", "talk", "speak", "call", "ask", "get",
                                  "try", "start", "sign", "register", "download", "join", "see", "discover"})


# ------------------------------------------------------------------------------------------ tokens
def check_tokens(tokens: Any, on: str) -> pd.DataFrame:
    """Validate a token table and return it in document order (first appearance), then position."""
    check_dataframe("tokens", tokens)
    check_one_of("on", on, ["norm", "stem"])
    check_columns(tokens, ["doc_id", "sentence", "position", "start", "end", "token", on], "tokens")
    if len(tokens) == 0:
        raise ValueError("tokens is empty (no rows): there is nothing to count. An empty corpus gives no rows, and so "
                         "does a selection of rows that kept none: check the filter (a misspelt speaker or source "
                         "name keeps no row)")
    doc_codes, _ = pd.factorize(tokens["doc_id"], sort=False)
    position = tokens["position"].to_numpy()
    # a table whose (document, position) keys never decrease is its own stable sort: the usual case (tokenize's
    # order) is recognised with two comparisons per row instead of a whole-table sort and its int64 order
    d_next, d_prev = doc_codes[1:], doc_codes[:-1]
    in_order = bool(np.all((d_next > d_prev) | ((d_next == d_prev) & (position[1:] >= position[:-1]))))
    if not in_order:
        tokens = tokens.iloc[np.lexsort((position, doc_codes))]
    return tokens.reset_index(drop=True)


def metadata_columns(tokens: pd.DataFrame) -> list[str]:
    """The document metadata columns of a token table (every column that is not a token column)."""
    return [c for c in tokens.columns if c not in TOKEN_COLUMNS]


class TokenArrays:
    """Token columns as numpy arrays; string columns are converted lazily, or only at the rows needed."""

    def __init__(self, tokens: pd.DataFrame) -> None:
        self.tokens = tokens
        n = len(tokens)
        if "voice" in tokens:
            bad = sorted(set(pd.unique(tokens["voice"].dropna())) - {"author", "quoted", "reported"}, key=str)
            if bad or tokens["voice"].isna().any():
                shown = bad if bad else ["<missing>"]
                raise ValueError(f"tokens column 'voice' holds {_fmt(shown)}; expected 'author', 'quoted' or "
                                 "'reported'")
            self.voice = tokens["voice"].to_numpy(dtype=object)
        else:
            self.voice = np.full(n, "author", dtype=object)
        self.quoted = self.voice == "quoted"
        if "is_punct" in tokens:
            self.punct = tokens["is_punct"].to_numpy(dtype=bool)
        else:
            col = tokens["norm"] if "norm" in tokens else tokens["token"]
            self.punct = ~col.astype(str).str.contains(r"[^\W_]", regex=True).to_numpy(dtype=bool)
        self.doc, _ = pd.factorize(tokens["doc_id"], sort=False)
        self.sentence = tokens["sentence"].to_numpy(dtype=np.int64)
        self.paragraph = (tokens["paragraph"].to_numpy(dtype=np.int64) if "paragraph" in tokens
                          else np.zeros(n, dtype=np.int64))
        self.start = tokens["start"].to_numpy(dtype=np.int64)
        self.end = tokens["end"].to_numpy(dtype=np.int64)
        self._token: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.doc)

    def words(self, voice: str) -> np.ndarray:
        """Word (non-punctuation) tokens of a voice (``all`` for every voice)."""
        if voice == "all":
            return ~self.punct
        return ~self.punct & (self.voice == voice)

    def take(self, column: str, rows: np.ndarray) -> np.ndarray:
        """Values of a column at the given rows (missing values as None; defaults for absent columns)."""
        if column not in self.tokens:
            if column == "norm":
                return np.array([str(t).lower() for t in self.take("token", rows)], dtype=object)
            return np.full(len(rows), None, dtype=object)
        v = self.tokens[column].iloc[rows]
        return v.astype(object).where(v.notna(), None).to_numpy(dtype=object)

    @property
    def token(self) -> np.ndarray:
        if self._token is None:
            self._token = self.tokens["token"].to_numpy(dtype=object)
        return self._token

    def sentence_bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """First and last row of every token's sentence."""
        n = len(self.doc)
        change = np.flatnonzero((np.diff(self.doc) != 0) | (np.diff(self.sentence) != 0)) + 1
        firsts = np.concatenate(([0], change))
        lasts = np.concatenate((change - 1, [n - 1]))
        seg = np.searchsorted(firsts, np.arange(n), side="right") - 1
        return firsts[seg], lasts[seg]


# ------------------------------------------------------------------------------------------ the rules
class _Sentence:
    """The tokens of one sentence around a hit, with the lookups the rules need."""

    def __init__(self, ctx: _Context, lo: int, hi: int) -> None:
        self.ctx, self.lo, self.hi = ctx, lo, hi
        rows = np.arange(lo, hi + 1)
        self.norm = ctx.norm(rows)
        self.surface = [str(t) for t in ctx.arr.token[lo:hi + 1]]
        self.punct = ctx.arr.punct[lo:hi + 1]
        # Per-sentence indexes of the rules that look at the whole sentence (built once, on first use): a
        # rule that scanned the sentence for every hit took quadratic time on a long sentence (an automatic
        # transcript with no full stops: 100 KB took 27 s). Each index holds, per voice and quotation (the
        # rules only count words in the hit's own, :func:`_same_voice`), what the scan would find first.
        self._first: int | None = None
        self._according: set | None = None
        self._verbs_before: dict | None = None
        self._verbs_after: dict | None = None
        self._stance: dict | None = None
        self._quote_verbs: tuple | None = None

    def key(self, j: int) -> tuple:
        """The voice and quotation of token ``j``: tokens with the same key are :func:`_same_voice`."""
        return self.ctx.arr.voice[j], self.ctx.qid[j]

    def at(self, words: frozenset | set) -> list[int]:
        """The rows of the sentence whose norm is in ``words``, in order."""
        lo = self.lo
        return [lo + i for i, t in enumerate(self.norm) if t in words]

    def n(self, j: int) -> str:
        return self.norm[j - self.lo]

    def s(self, j: int) -> str:
        return self.surface[j - self.lo]

    def p(self, j: int) -> bool:
        return bool(self.punct[j - self.lo])

    def own_view(self, a: int, b: int, at: int) -> bool:
        """Are the words of rows ``a`` to ``b - 1``, the subject before a reporting verb or noun at ``at``, the
        speaker's own: first person (:func:`discourse.quotes.first_person_subject`, on the norms) or the
        document's own source named in the third person (:meth:`_Context.own_subject`, on the surface words)?"""
        rows = range(max(self.lo, a), b)
        that = at + 1 <= self.hi and self.n(at + 1) == "that"  # the passive "we are told that" reports (quotes)
        return first_person_subject([self.n(k) for k in rows], self.n(at) if that else "") or \
            self.ctx.own_subject(at, [self.s(k) for k in rows])

    def first_word(self) -> int:
        if self._first is None:
            self._first = self.lo
            for j in range(self.lo, self.hi + 1):
                if not self.p(j):
                    self._first = j
                    break
        return self._first

    def words(self) -> list[int]:
        return [j for j in range(self.lo, self.hi + 1) if not self.p(j)]


class _Context:
    def __init__(self, arr: TokenArrays, on: str) -> None:
        self.arr = arr
        tokens = arr.tokens
        self._norm = (tokens["norm"] if "norm" in tokens else tokens["token"].astype(str).str.lower()) \
            .to_numpy(dtype=object)
        self.stop = (tokens["is_stop"].to_numpy(dtype=bool) if "is_stop" in tokens
                     else np.zeros(len(tokens), dtype=bool))
        self.qid = (tokens["quote_id"].to_numpy(dtype=object, na_value=None) if "quote_id" in tokens
                    else np.full(len(tokens), None, dtype=object))
        self.qkind = (tokens["quote_kind"].astype(object).where(tokens["quote_kind"].notna(), None)
                      .to_numpy(dtype=object) if "quote_kind" in tokens else np.full(len(tokens), None, dtype=object))
        self.s_first, self.s_last = arr.sentence_bounds()
        self.quote_words: dict[tuple[int, int], int] | None = None
        self._sentences: dict[int, _Sentence] = {}
        self._own: dict[int, tuple[tuple[str, ...], ...]] = {}
        self._lower: dict[int, tuple[frozenset[str], frozenset[tuple[str, str]]]] = {}
        self._claim_paragraphs: set[tuple[int, int]] | None = None
        self._one_para: np.ndarray | None = None
        self.signatures: dict[int, str | None] = {}  # sentence start -> the signing word of its list (rule_signatory)
        self.unmarked_lists: dict[int, tuple[int, int] | None] = {}  # sentence start -> its list (_unmarked_list)
        self.list_flags: dict[tuple[int, int], tuple[bool, bool, bool]] = {}  # a list's span -> its _flags
        self.marked_lists: dict[int, tuple[int, int]] = {}  # an item's sentence start -> its list (list_item)

    def claim_paragraph(self, row: int) -> bool:
        """Is token ``row`` in a paragraph right after a heading that names the claim under review ("What was
        claimed", "Claim", "The claim": :data:`CLAIM_HEADINGS`)? Found once per table, from the rows of the
        headings' last words."""
        if self._claim_paragraphs is None:
            found = set()
            arr, n = self.arr, len(self._norm)
            for i in np.flatnonzero(pd.Series(self._norm).isin(_CLAIM_HEADING_ENDS).to_numpy()).tolist():
                lo = i
                while lo > 0 and i - lo < 4 and arr.doc[lo - 1] == arr.doc[i] and arr.paragraph[lo - 1] == arr.paragraph[i]:
                    lo -= 1
                hi = i
                while hi + 1 < n and arr.doc[hi + 1] == arr.doc[i] and arr.paragraph[hi + 1] == arr.paragraph[i]:
                    hi += 1
                    if hi - i > 1:
                        break
                words = tuple(str(w) for w in self._norm[lo:hi + 1] if w != ":")
                first_of_paragraph = lo == 0 or arr.doc[lo - 1] != arr.doc[i] or arr.paragraph[lo - 1] != arr.paragraph[i]
                last_of_paragraph = hi + 1 >= n or arr.doc[hi + 1] != arr.doc[i] or arr.paragraph[hi + 1] != arr.paragraph[i]
                if first_of_paragraph and last_of_paragraph and words in CLAIM_HEADINGS \
                        and hi + 1 < n and arr.doc[hi + 1] == arr.doc[i]:
                    found.add((int(arr.doc[i]), int(arr.paragraph[hi + 1])))
            self._claim_paragraphs = found
        return (int(self.arr.doc[row]), int(self.arr.paragraph[row])) in self._claim_paragraphs

    def one_paragraph(self) -> np.ndarray:
        """Per document code: does the document hold one paragraph only (:func:`single_paragraph`)? Computed once."""
        if self._one_para is None:
            doc, para = self.arr.doc, self.arr.paragraph
            n_doc = int(doc.max()) + 1 if len(doc) else 0
            lo = np.full(n_doc, np.iinfo(np.int64).max, dtype=np.int64)
            hi = np.full(n_doc, np.iinfo(np.int64).min, dtype=np.int64)
            np.minimum.at(lo, doc, para)
            np.maximum.at(hi, doc, para)
            self._one_para = lo == hi
        return self._one_para

    def own_names(self, row: int) -> tuple[tuple[str, ...], ...]:
        """The own names of the document of token ``row`` (its ``source`` and ``outlet`` where the table has
        them; :func:`discourse.quotes.own_names`), for the self-reference exception of the reporting rules."""
        d = int(self.arr.doc[row])
        got = self._own.get(d)
        if got is None:
            tokens = self.arr.tokens
            got = self._own[d] = own_names([tokens[c].iat[row] for c in OWN_NAME_COLUMNS if c in tokens.columns])
        return got

    def own_subject(self, row: int, words: list[str]) -> bool:
        """Is ``words`` (the surface words before a reporting verb or noun at ``row``) the document's own source
        named in the third person (:func:`discourse.quotes.own_name_subject`)?"""
        names = self.own_names(row)
        return bool(names) and own_name_subject(words, names)

    def case_evidence(self, row: int) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
        """The document's own evidence on the capitals of token ``row``'s document (Mikheev 2002, below
        :func:`_name_on_left`): the norms of the words it writes in lower case somewhere (their first letter a
        lower-case one), and the pairs of capitalised words it writes after a sentence's first word, where capitals
        are not obligatory. Built once per document, on first use."""
        d = int(self.arr.doc[row])
        got = self._lower.get(d)
        if got is None:
            doc = self.arr.doc  # documents are contiguous and in order of first appearance (check_tokens)
            lo, hi = int(np.searchsorted(doc, d, "left")), int(np.searchsorted(doc, d, "right"))
            token = self.arr.token
            lower = frozenset(str(self._norm[i]) for i in range(lo, hi) if str(token[i])[:1].islower())
            # the capitalised word pairs written inside a sentence, after its first word ("the acceptance of De
            # Revolutionibus"): Mikheev's sequence strategy
            pairs = set()
            for i in range(lo, hi - 1):
                w = str(token[i])
                if w[:1].isupper() and i > self.s_first[i] and not self.arr.punct[i - 1] \
                        and str(token[i + 1])[:1].isupper():
                    pairs.add((w, str(token[i + 1])))
            got = self._lower[d] = (lower, frozenset(pairs))
        return got

    def sentence_of(self, row: int) -> _Sentence:
        """The sentence of token ``row`` (built once per sentence)."""
        lo = int(self.s_first[row])
        sent = self._sentences.get(lo)
        if sent is None:
            sent = self._sentences[lo] = _Sentence(self, lo, int(self.s_last[row]))
        return sent

    def norm(self, rows: np.ndarray) -> list[str]:
        return [str(x) for x in self._norm[rows]]


def is_capitalised(word: str) -> bool:
    """A word that starts with an upper-case letter (Title Case) or is written in capitals (an acronym)."""
    return bool(word) and word[0].isupper()


def headline_case(sent: _Sentence, stop: np.ndarray) -> bool:
    """Is the sentence in headline case (every content word capitalised)?

    In headline-style capitalisation (Chicago Manual of Style 8.159) every content word is capitalised, so
    capitals no longer mark names: the capitalisation rules (``proper_name``, Title Case ``quoted_title``,
    ``name_head``) are switched off in such sentences. Headline case: at least three content words
    (not stopwords) after the first word, all capitalised; one lower-case content word ("visited")
    shows running text.
    """
    first = sent.first_word()
    content = [j for j in sent.words() if j != first and not stop[j] and any(c.isalpha() for c in sent.s(j))]
    if len(content) < 3:
        return False
    return all(is_capitalised(sent.s(j)) for j in content)


def tagline(sent: _Sentence, stop: np.ndarray) -> bool:
    """Is the sentence a tagline: a fragment with a final stop and no content word (not a stopword) in lower case?

    Capitals mark a name only against words that are not capitalised (Chicago Manual of Style 8.158-8.159 on
    sentence-style and headline-style capitalisation). A display line, a heading, a title or a product's name, takes no
    final period (Chicago 6.14), so "NovaSight® Smart City Platform" on a line of its own may be a name; but a fragment
    punctuated as a sentence with every word capitalised is a slogan set in headline style ("Safer Cities. Smarter
    Decisions.", "Intelligent. Scalable. Future-Ready."), the tagline with which promotional genres open (Bhatia 2004,
    ch. 3, on the headline moves of advertising), and its capitals show its style, not a name, so the capitalised run of
    :func:`rule_proper_name` says nothing there. :func:`headline_case` asks the same of longer sentences, with or
    without a stop."""
    if sent.n(sent.hi) not in (".", "!", "?", "\u2026") or not sent.p(sent.hi):
        return False
    return not any(not stop[j] and sent.s(j)[:1].islower() and any(c.isalpha() for c in sent.s(j))
                   for j in sent.words())


def rule_distancing_cue(sent: _Sentence, s: int, max_back: int = 4, cues: frozenset = DISTANCING_CUES) -> str | None:
    """``distanced``: a distancing cue within four tokens before the hit (only determiners between).

    Cues that mark the speaker's reserve towards the following term: "so-called", "self-styled",
    "supposed(ly)", "alleged(ly)", "purported(ly)", "ostensibly", "would-be", "(much-)vaunted", "touted",
    "claimed", "promised" (participles before the noun: someone's claim or promise, Quirk et al. 1985, 17.98-17.101), "whatever" ("whatever its efficiency", concessive: the
    speaker does not vouch for it), "dubbed", "branded/billed/touted/marketed/described/advertised/pitched
    as", and "what/which ... calls/called/dubs/terms" (the term is someone's label). Sources: Biber &
    Finegan 1989 (stance adverbials), Hyland 1998 (hedges), Quirk et al. 1985 (15.38 on "so-called").
    Returns the cue found.
    """
    def label(j: int) -> str | None:
        t = sent.n(j)
        if t in cues:
            return t
        prev = sent.n(j - 1) if j - 1 >= sent.lo else None
        if t == "called" and prev == "so":
            return "so called"
        if t == "as" and prev in _AS_VERBS:
            return f"{prev} as"
        if t in _CALL_VERBS:
            for k in range(1, 4):
                if j - k < sent.lo:
                    break
                if sent.n(j - k) in ("what", "which"):
                    return f"{sent.n(j - k)} ... {t}"
        return None

    for k in range(1, max_back + 1):
        j = s - k
        if j < sent.lo:
            break
        cue = label(j)
        if cue is not None:
            return cue
        if not (sent.p(j) or sent.n(j) in _SKIPPABLE):
            break
    return None


#: distancing cues that are adverbs, which may also close the sentence after a comma ("..., supposedly.")
DISJUNCT_CUES = frozenset({"supposedly", "allegedly", "purportedly", "ostensibly"})


def rule_final_disjunct(sent: _Sentence, s: int) -> str | None:
    """``distanced`` (rule ``distancing_cue``): the distancing adverb that closes the sentence after a comma ("The
    system is efficient, supposedly."). A content disjunct in final position comments on the clause before it
    (Quirk et al. 1985, 8.121-8.127), so it distances every hit of that clause, from the last clause break on
    (within 40 tokens). Kept apart from :func:`rule_distancing_cue`, whose cues stand before the hit only
    (:func:`distancing_triggers`). Returns the adverb."""
    last = sent.hi
    while last > sent.lo and sent.p(last):
        last -= 1
    t = sent.n(last)
    if t not in DISJUNCT_CUES or last - 1 <= s or not (sent.p(last - 1) and sent.s(last - 1) == ","):
        return None
    if last - s > 40:
        return None
    if any(sent.p(j) and sent.s(j) in _CLAUSE_BREAK for j in range(s + 1, last - 1)):
        return None
    return t


def distancing_triggers(cues: frozenset = DISTANCING_CUES) -> frozenset[str]:
    """The norms at which :func:`rule_distancing_cue` (with these ``cues``) can find a cue.

    Its ``label`` answers only at a token whose norm is a cue, "called" ("so called"), "as" ("branded as")
    or a naming verb ("what they call"): a hit with no token of these norms among the ``max_back`` tokens
    before it has no cue, whatever the tokens are and wherever its sentence begins (a shortcut for callers
    that can tell a token's norm is none of these without building the window; ``tests/test_stance.py``
    checks the rule against it).
    """
    return frozenset(cues) | {"called", "as"} | _CALL_VERBS


#: nouns of a pretext after which ``of`` introduces someone's professed justification ("under the pretext of
#: security", "in the guise of a smart city", "under cover of efficiency"), with the prepositions that take them
PRETEXT_HEADS = {"pretext": ("under", "on", "in"), "pretexts": ("under", "on", "in"), "pretence": ("under", "on", "in"),
                 "pretense": ("under", "on", "in"), "guise": ("under", "in"), "banner": ("under",),
                 "cover": ("under",), "name": ("in",)}
#: nouns that call what goes before "as" or a copula a pretext ("security as a pretext", "privacy is no excuse")
PRETEXT_NOUNS = frozenset({"pretext", "pretexts", "excuse", "excuses", "fig-leaf", "figleaf", "smokescreen",
                           "smoke-screen", "pretence", "pretense"})
#: the norms of which one must stand near a hit for :func:`rule_pretext` to read it (its cheap guard)
PRETEXT_TRIGGERS = frozenset(PRETEXT_HEADS) | PRETEXT_NOUNS | {"justification", "leaf", "screen"}
_PRETEXT_BACK = 12  # "under the false pretext of the protection of public safety": preposition to hit
_PRETEXT_AHEAD = 10  # "crime prevention is used as a convenient pretext": hit to noun
#: words that end the noun phrase around the hit: a finite verb or a clause begins ("of" is read, not skipped)
_PRETEXT_GAP_STOP = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                               "can", "could", "should", "must", "may", "might", "shall", "that", "which", "who",
                               "whom", "whose", "when", "where", "while", "because", "but", "if", "than", "for",
                               "by", "with", "from", "at", "as", "not", "no", "never"})
_PRETEXT_COPULAS = frozenset({"is", "are", "was", "were", "'s", "be", "been", "becomes", "became", "become",
                              "remains", "remained"})
_PRETEXT_MODALS = frozenset({"can", "cannot", "could", "must", "should", "may", "might", "will", "would", "shall"})
#: what may stand in the verb group between the subject and "excuse" ("can never be an excuse", "is nothing but a
#: pretext", "is not just an excuse")
_PRETEXT_VERB_GROUP = _PRETEXT_COPULAS | _PRETEXT_MODALS | frozenset({
    "not", "n't", "never",
    "no", "ever", "just", "merely", "only", "simply", "nothing", "but", "more", "than", "little", "often", "always",
    "usually", "frequently", "sometimes", "longer", "a", "an", "the", "any", "mere", "convenient", "false",
    "valid", "good", "sufficient"})
_PRETEXT_NEGATORS = frozenset({"no", "not", "n't", "never", "cannot"})


def _pretext_noun(sent: _Sentence, j: int) -> tuple[str, int] | None:
    """The pretext noun at token ``j`` ("pretext", "excuse", "fig leaf", "smokescreen", "smoke screen") and the
    row of its last word."""
    t = sent.n(j)
    if t in PRETEXT_NOUNS:
        return t, j
    if j + 1 <= sent.hi and (t, sent.n(j + 1)) in (("fig", "leaf"), ("smoke", "screen")):
        return f"{t} {sent.n(j + 1)}", j + 1
    return None


def _pretext_object(sent: _Sentence, s: int, e: int) -> str | None:
    """The pretext phrase whose ``of`` takes the noun phrase the hit at ``s`` is in: "in the name of", "under the
    (false) pretext / guise / banner / cover of", "on the pretext of" (up to five words between "of" and the hit:
    a gerund, "the fight against", a conjunct: "under the pretext of combating crime")."""
    j, gap = s - 1, 0
    while j > sent.lo and gap <= 5:
        t = sent.n(j)
        if sent.p(j) and sent.s(j) not in ("'", "\u2018", '"', "\u201c", "-"):
            return None
        if t == "of":
            h = j - 1
            head = sent.n(h)
            if head in PRETEXT_HEADS:
                k = h - 1
                if k >= sent.lo and sent.n(k) in ("the", "a"):
                    k -= 1
                elif k >= sent.lo and head != "name" and not sent.p(k) and sent.n(k) not in PRETEXT_HEADS[head] \
                        and k - 1 >= sent.lo and sent.n(k - 1) in ("the", "a"):
                    k -= 2  # one modifier: "under the false pretext of", "under the thin guise of"
                if k >= sent.lo and sent.n(k) in PRETEXT_HEADS[head]:
                    if head == "name" and not _behalf(sent, j, s, e):
                        return None
                    return " ".join(sent.n(m) for m in range(k, j + 1))
        elif t in _PRETEXT_GAP_STOP:
            return None
        if not sent.p(j):
            gap += 1
        j -= 1
    return None


def _behalf(sent: _Sentence, of: int, s: int, e: int) -> bool:
    """Is "in the name of" before the hit at ``s`` the invocation of a value ("in the name of security") rather
    than a naming or an agency ("in the name of the Group of 77", "in the name of the city of Songdo", "registered
    in the name of Smart City Ltd")? The object of the naming sense is a name: its first word after the
    determiners is capitalised, or the hit is followed by "of" and a capitalised word (Huddleston & Pullum 2002,
    5.20 on proper names)."""
    k = of + 1
    while k < s and sent.n(k) in _ARTICLES:
        k += 1
    if is_capitalised(sent.s(k)) and not (k + 1 < s and sent.n(k + 1) in ("'s", "\u2019s")):
        return False  # (a possessor is no naming: "in the name of Israel's security")
    after = e  # past the rest of the noun phrase ("the smart city project of Nice"), not past a clause or a conjunct
    while after + 1 <= sent.hi and not sent.p(after + 1) and after - e < 2 and sent.n(after + 1) != "of" \
            and sent.n(after + 1) not in _PRETEXT_GAP_STOP and sent.n(after + 1) not in ("and", "or", "to"):
        after += 1
    return not (after + 2 <= sent.hi and sent.n(after + 1) == "of" and is_capitalised(sent.s(after + 2)))


#: the passive verbs that take "as a pretext" after the verb group ("should not be used as a pretext")
_PRETEXT_AS_VERBS = frozenset({"used", "invoked", "cited", "exploited", "employed", "taken", "treated", "seen"})
#: nouns whose "of" turns the hit into what is missing ("the absence of sanctions should not be used as a pretext"):
#: the pretext is the lack, not the term (Quirk et al. 1985, 10.60 on negative words)
_ABSENCE_NOUNS = frozenset({"absence", "lack", "want", "shortage", "failure"})


def _as_pretext(sent: _Sentence, j: int) -> str | None:
    """The cue "as a pretext" ("as an excuse", "as a mere fig leaf", "as a smokescreen") whose "as" is at ``j``."""
    k = j + 1
    if k <= sent.hi and sent.n(k) in ("a", "an", "the"):
        k += 1
    if k <= sent.hi and sent.n(k) in ("mere", "convenient", "handy", "useful", "thin", "false"):
        k += 1
    noun = _pretext_noun(sent, k) if k <= sent.hi else None
    return None if noun is None else " ".join(sent.n(m) for m in range(j, noun[1] + 1))


def _pretext_complement(sent: _Sentence, s: int, e: int) -> str | None:
    """The pretext noun that the noun phrase of the hit at ``s`` to ``e`` is taken as or called: "(uses) X as a
    pretext / an excuse / a fig leaf / a smokescreen", "X should not be used as a pretext", "X is no excuse / no
    justification for ...", "X is just a pretext"; up to three words between the hit and "as" or the verb ("crime
    prevention as a pretext", "security concerns are no excuse"). Not when the hit is what is missing ("the
    absence of binding sanctions")."""
    j, gap = e + 1, 0
    while j <= sent.hi and gap <= 3:
        t = sent.n(j)
        if sent.p(j):
            return None
        if t == "as":
            cue = _as_pretext(sent, j)
            break
        if t in _PRETEXT_COPULAS or t in _PRETEXT_MODALS:
            k, copula, negated = j, False, False
            while k <= sent.hi and sent.n(k) in _PRETEXT_VERB_GROUP and not sent.p(k) and k - j < 7:
                copula = copula or sent.n(k) in _PRETEXT_COPULAS
                negated = negated or sent.n(k) in _PRETEXT_NEGATORS
                k += 1
            if not copula or k > sent.hi:
                return None
            if sent.n(k) in _PRETEXT_AS_VERBS and k + 1 <= sent.hi and sent.n(k + 1) == "as":
                cue = _as_pretext(sent, k + 1)
                cue = None if cue is None else " ".join(sent.n(m) for m in range(j, k + 1)) + " " + cue
                break
            noun = _pretext_noun(sent, k)
            if noun is None and negated and sent.n(k) == "justification":
                noun = ("justification", k)
            cue = None if noun is None else " ".join(sent.n(m) for m in range(j, noun[1] + 1))
            break
        if t in _PRETEXT_GAP_STOP or t in ("and", "or"):
            return None
        gap += 1
        j += 1
    else:
        return None
    if cue is None:
        return None
    k = s - 1
    while k > sent.lo and s - k <= 3 and not sent.p(k) and sent.n(k) != "of":
        k -= 1
    if k > sent.lo and sent.n(k) == "of" and sent.n(k - 1) in _ABSENCE_NOUNS:
        return None
    return cue


def rule_pretext(sent: _Sentence, s: int, e: int) -> str | None:
    """``distanced`` (rule ``distancing_cue``, in a reported clause too, as "so-called" is read there): the term
    is named as someone else's justification, which the speaker disputes: the object of "in the name of", "under the guise / pretext / banner / cover of" ("mass
    surveillance in the name of public safety", "under the pretext of security"), what is taken "as a pretext /
    an excuse / a fig leaf / a smokescreen" ("using crime prevention as a pretext"), and the subject of "is no
    excuse / justification for" ("public safety is no excuse for mass surveillance").

    "Pretext", "guise" and "excuse" are nouns that attribute a proposition to others and evaluate it negatively,
    so the speaker disclaims it (Martin & White 2005, ch. 3, on disclaim and distance; Francis 1994 on such
    labelling nouns): the promotional term is not the speaker's own evaluation. Not a naming ("in the name of the
    city of Songdo", "in the name of the Group of 77": :func:`_behalf`), not a purpose ("for the sake of public
    safety"), and not the object of "no excuse for" ("there is no excuse for poor security", a promoter's own).
    Returns the cue phrase.
    """
    # the cheap guard: a pretext noun within the window the rule reads, or nothing to do
    lo = max(sent.lo, s - _PRETEXT_BACK)
    hi = min(sent.hi, e + _PRETEXT_AHEAD)
    if PRETEXT_TRIGGERS.isdisjoint(sent.norm[lo - sent.lo:hi - sent.lo + 1]):
        return None
    return _pretext_object(sent, s, e) or _pretext_complement(sent, s, e)


def rule_negation(sent: _Sentence, s: int) -> str | None:
    """``distanced``: the hit is negated within its clause ("is not seamless", "never efficient").

    A negator ("not", "n't", "never", "hardly", "barely", "scarcely", "neither", "nor") up to three tokens
    before the hit, with no punctuation between, denies the frame rather than adopting it (Quirk et al.
    1985, 10.54-10.64 on the scope of negation: the focus is the following predicate or modifier). "not
    only/just/merely X" is additive focus (X is asserted, Quirk et al. 1985, 8.116) and does not count.
    Quantifier negation ("no privacy", "without due process") is left alone: it keeps the frame's terms
    ("there is no privacy" is a rights claim). "cannot" negates as "can't" does, and so do the contractions written
    without their apostrophe, "dont", "isnt", "cant" (:data:`APOSTROPHELESS_NEGATORS`), as informal text and survey
    answers write them (they had left "dont care about privacy" evaluative). Returns the negator.

    A term that is an argument of a negated lexical verb ("we should not accept mass surveillance", "the
    ordinance does not protect privacy") keeps its description under the negation (Levinson 1983, 4.2), and a
    rule that left such terms evaluative (only copulas, auxiliaries, articles and degree adverbs between the
    negator and the hit) was written and measured in stop 65: it lowered vendor > news on the measured blind
    framing batches by 0.004 [0.001, 0.008] (`validate_framing_blind.py --batch measured`), so it is not applied;
    such terms stay distanced, a known error of this rule (tests/test_audit_opinion.py marks them).

    Also the negative approximators right before the hit (:data:`NEGATIVE_PHRASES`, with an optional "being"
    between): "anything but seamless", "far from efficient", "far from being efficient", "less than seamless".
    They deny the predicate as "not" does ("not at all", "by no means": the Oxford English Dictionary and
    Merriam-Webster at *anything but*, *far from* and *less than*; Huddleston & Pullum 2002, ch. 9, 3.3 on
    such approximate negators), the litotes of reviews and opinion writing. "No less than" is emphatic (the
    term is asserted) and does not count; "far from" before an article ("far from the innovative district")
    is spatial and is not reached.
    """
    j = s - 1
    if j >= sent.lo and sent.n(j) == "being" and not sent.p(j):
        j -= 1
    if j - 1 >= sent.lo and not (sent.p(j) or sent.p(j - 1)):
        pair = (sent.n(j - 1), sent.n(j))
        if pair in NEGATIVE_PHRASES and not (pair == ("less", "than") and j - 2 >= sent.lo and sent.n(j - 2) == "no"):
            return " ".join(pair)
    for k in range(1, 4):
        j = s - k
        if j < sent.lo or sent.p(j):
            return None
        t = sent.n(j)
        if t in NEGATORS or t.endswith("n't") or t in APOSTROPHELESS_NEGATORS:
            if j + 1 < s + 1 and sent.n(j + 1) in _FOCUS:
                return None
            return t
    return None


#: the words that may follow the term in an echo question: a preposition and its wh-word ("for whom", "at what
#: cost", "to what end") or "really" (see :func:`rule_echo_question`)
ECHO_TAIL_WORDS = frozenset({"for", "at", "to", "by", "with", "whom", "who", "what", "which", "cost", "price", "end",
                             "purpose", "exactly", "really", "and", "or"})
_ECHO_WH = frozenset({"whom", "who", "what", "which", "really"})
_ECHO_LEAD = frozenset({"but", "and", "so", "a", "an", "the"})


def rule_echo_question(sent: _Sentence, s: int, e: int) -> str | None:
    """``distanced``: the hit is an echo question, a verbless question that repeats the term alone or with "for
    whom", "at what cost", "really" ("The vendor promises a 'seamless' experience. Seamless for whom?",
    "Smart? The cameras could not tell a cyclist from a lamppost.", "But efficient at what, and for whom?").

    Repeating another's word in a question of its own is an echoic use: the writer attributes the word and
    expresses doubt that it applies (Sperber & Wilson 1995, *Relevance*, 4.9, echoic interpretation and irony;
    Huddleston & Pullum 2002, ch. 10, 4.8 on echo questions). The sentence ends in "?", has no other word
    before the hit than a leading "but"/"and"/"so" or an article, and after it only the words of :data:`ECHO_TAIL_WORDS`,
    among them a wh-word or "really" unless the hit stands alone. A question with a verb ("Is privacy
    protected?") asks about the thing and is left alone; an article may precede the hit ("A smart city? Hardly.").
    Returns "?".
    """
    last = sent.hi
    while last > sent.lo and sent.p(last) and sent.s(last) != "?":
        last -= 1  # closing quotation marks after the question mark
    if not (sent.p(last) and sent.s(last) == "?"):
        return None
    if s - sent.lo > 6 or last - e > 12:
        return None  # (bounded: a long sentence is no echo question, and is not scanned for every hit)
    before = [sent.n(j) for j in range(sent.lo, s) if not sent.p(j)]
    if len(before) > 2 or any(w not in _ECHO_LEAD for w in before):
        return None
    tail = [sent.n(j) for j in range(e + 1, last) if not sent.p(j)]
    if any(w not in ECHO_TAIL_WORDS for w in tail) or (tail and not _ECHO_WH.intersection(tail)):
        return None
    return "?"


#: rejoinders of contemptuous disbelief that follow a word repeated from someone else ("Safe city my foot!"; the
#: Oxford English Dictionary at *foot*, "my foot!", and Merriam-Webster at *yeah, right*): see :func:`rule_echo_rejoinder`
ECHO_REJOINDERS = frozenset({("my", "foot"), ("my", "ass"), ("my", "arse"), ("yeah", "right"), ("yea", "right")})


def rule_echo_rejoinder(sent: _Sentence, s: int, e: int) -> str | None:
    """``distanced``: the hit is repeated only to be rejected by a rejoinder of disbelief after it, "SAFE CITY MY
    FOOT", "public safety, my foot!", "smart city, yeah right" (:data:`ECHO_REJOINDERS`).

    The construction repeats another's word and answers it with contempt: an echoic use (Sperber & Wilson 1995,
    *Relevance*, 4.9), as the echo question is (:func:`rule_echo_question`), and the terse rejection of a slogan in
    open survey answers and comments. Read only where the sentence is the hit (after at most a leading "but", "and",
    "so" or an article) and the rejoinder, punctuation aside: "ran over my foot", "my foot hurts" are no rejoinders.
    Returns the rejoinder."""
    if sent.hi - sent.lo > e - s + 16:
        return None  # (at most two leading words, the rejoinder and some punctuation: a longer sentence is none, and
        # is not scanned, so that the rule stays linear on a sentence without end, as an automatic transcript is)
    words = [j for j in range(sent.lo, sent.hi + 1) if not sent.p(j)]
    before = [sent.n(j) for j in words if j < s]
    after = [sent.n(j) for j in words if j > e]
    if len(after) != 2 or tuple(after) not in ECHO_REJOINDERS:
        return None
    if len(before) > 2 or any(w not in _ECHO_LEAD for w in before):
        return None
    return " ".join(after)


def rule_according_to(sent: _Sentence, s: int) -> str | None:
    """``reported``: "according to X" in the same sentence attributes the proposition to X.

    "According to" is the standard adverbial of attribution (Quirk et al. 1985, 8.131: "viewpoint"
    adjuncts); whatever the sentence claims is the source's, not the speaker's. Since 3.2 not in its sense
    of conformity ("according to the area it serves", "according to international law": the complement is
    a standard, not a source; :func:`discourse.quotes.according_to_source`, the same test as the reported
    clauses of :mod:`discourse.quotes`), nor right after a verb of variation or manner ("vary according to the
    political predispositions of States", "act according to": :data:`discourse.quotes.CONFORMITY_VERBS`, its
    adjunct of manner), nor where the source is the document's own ``source`` or ``outlet`` ("according to an
    investigation by the Guardian" in the Guardian's story: its own finding, as :mod:`discourse.quotes` reads it, whose
    voice for those words is the author's; :func:`discourse.quotes.own_name_subject`, the rule of "France believes
    that ..." in France's statement, which :func:`rule_reporting_verb` applies too).
    """
    if sent._according is None:  # the voices of the sentence's "according to"s, found once per sentence
        sent._according = {sent.key(j) for j in sent.at(_ACCORDING) if j < sent.hi and sent.n(j + 1) == "to"
                            and not (j > sent.lo and sent.n(j - 1) in CONFORMITY_VERBS)
                            and according_to_source([sent.n(k) for k in range(j + 2, min(sent.hi, j + 7) + 1)
                                                     if not sent.p(k)])
                            and not sent.ctx.own_subject(j, _source_words(sent, j + 2))}
    return "according to" if sent._according and sent.key(s) in sent._according else None


_ACCORDING = frozenset({"according"})


def _source_words(sent: _Sentence, k: int) -> list[str]:
    """The surface words of the source of "according to" from row ``k``: up to the first punctuation mark, at most
    eight words ("according to an investigation by the Guardian", "According to the Guardian, ...")."""
    out: list[str] = []
    while k <= sent.hi and not sent.p(k) and len(out) < 8:
        out.append(sent.s(k))
        k += 1
    return out


#: words that open a noun phrase (Quirk et al. 1985, 5.10-5.12: central determiners, "such" as a predeterminer
#: of the noun, and the genitive that stands in a determiner's place): a reporting verb's form right after one
#: heads the noun phrase, "the claim", "this claim", "her claims", "such claims"; the relative and
#: complementiser "that" ("a company that claims ...") is not one
NOUN_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
                              "your", "such", "every", "each", "any", "no", "another", "'s"})
#: past forms of the reporting verbs: after "'s" they are the perfect ("she's said that ..."), not a noun
_PAST_FORMS = re.compile(r".*ed$|said|told|wrote")


def noun_after_determiner(sent: _Sentence, j: int) -> bool:
    """Is the word at row ``j`` a noun because a determiner or genitive stands right before it?

    A fact-check names what it examines "the claim" in nearly every paragraph ("The claim rests on a single
    year of police data", "Whitfield's claim ignores the privacy risks"): the checker's own analysis, whose
    hits had all been counted as reported speech because "claim" is also a reporting verb. A determiner opens a
    noun phrase and never stands before a finite verb (Quirk et al. 1985, 5.10-5.12), so "the claim", "the
    said contract" hold no reporting verb. After the clitic "'s" a past form is the perfect of "has" ("She's
    said the cameras ..."), still a verb. A preposition before the word and a numeral after it make it a noun too
    ("the method of claim 1")."""
    if j <= sent.lo or sent.p(j - 1):
        return False
    before = sent.n(j - 1)  # (norm writes every apostrophe as "'")
    if (before in PREPOSITIONS and j < sent.hi and sent.n(j + 1)[:1].isdigit()
            and (before != "to" or (j - 2 >= sent.lo and sent.n(j - 2) == "according"))):
        # "the method of claim 1", "as recited in claims 1 to 5", "according to claim 3": a preposition takes a noun
        # phrase as its complement, not a finite verb (Quirk et al. 1985, 9.1-9.4), and the numeral after the word
        # is the number that designates it; the dependent claims of a patent refer back so (37 CFR 1.75(c)), and each
        # had been reported speech. Both signs are asked: a preposition alone may be stranded before a verb ("the
        # residents we spoke with said ..."), and "to" alone marks an infinitive ("to claim 40 ...")
        return True
    if before not in NOUN_DETERMINERS:
        return False
    return not (before == "'s" and _PAST_FORMS.fullmatch(sent.n(j)))


#: the words after which a base form is a verb with its subject elsewhere: the infinitive marker, negation, the
#: modal and "do" auxiliaries (Quirk et al. 1985, 3.21-3.22), a relative pronoun that is the subject ("critics who
#: claim that"), a coordinator ("and claim that") and adverbs of the verb phrase ("also claim", "rightly claim")
_BEFORE_BASE_VERB = frozenset({
    "to", "not", "never", "also", "often", "still", "even", "now", "only", "always", "and", "or", "but", "who",
    "which", "that", "can", "cannot", "could", "may", "might", "must", "shall", "should", "will", "would", "do",
    "does", "did", "don't", "doesn't", "didn't", "n't", "'ll", "'d",
    # the emphatic reflexive after its subject ("it does not itself claim to ...", "they themselves claim that":
    # Quirk et al. 1985, 6.24)
    "itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "yourselves",
})


def base_form_verb(sent: _Sentence, j: int) -> bool:
    """Is the base form at row ``j`` (one of :data:`discourse.quotes.NOUN_BASE_FORMS`: "claim", "boast", "stress",
    "report") a verb? It is after a subject it agrees with (:func:`discourse.quotes.plural_subject` on the word
    before: "Critics claim that ...", "they claim"), after a word of :data:`_BEFORE_BASE_VERB` or an adverb in -ly,
    and where it follows punctuation or opens the sentence; after any other word, an adjective or a singular noun
    ("the territorial claim that ...", "a human rights claim that ...", "the annual report that ..."), it is the
    noun, as :mod:`discourse.quotes` reads it (a base-form verb agrees with a plural subject, Quirk et al. 1985,
    10.34-10.35), and no reporting verb. :func:`reporting_verb_at` asks it only before "that", where the noun's
    appositive or relative clause and the verb's reported clause are the two readings; before other words ("the strong
    claim to exercise it", the strong being people) the verb reading stays."""
    if j <= sent.lo or sent.p(j - 1):
        return True
    before = sent.n(j - 1)
    words = [sent.n(j - 2), before] if j - 2 >= sent.lo and not sent.p(j - 2) else [before]
    return before in _BEFORE_BASE_VERB or before.endswith("ly") or plural_subject(words)


def reporting_verb_at(sent: _Sentence, j: int) -> str | None:
    """The reporting verb at row ``j``: one of :data:`REPORTING_VERBS`, or one of
    :data:`THAT_REPORTING_VERBS` followed by "that"; else None (also where a determiner makes the word a noun,
    :func:`noun_after_determiner`)."""
    if sent.p(j) or noun_after_determiner(sent, j):
        return None
    t = sent.n(j)
    if t in NOUN_BASE_FORMS and j + 1 <= sent.hi and sent.n(j + 1) == "that" and not base_form_verb(sent, j):
        return None  # "the territorial claim that ...", "the annual report that ...": the noun
    if t in CLAIM_FORMS and j + 1 <= sent.hi and claims_a_right([sent.n(k) for k in range(j + 1, min(j + 3, sent.hi) + 1)]):
        return None  # "claims priority to ...", "claims the benefit of ...": a right claimed, no report
    if t in REPORTING_VERBS:
        return t
    if t in THAT_REPORTING_VERBS and j + 1 <= sent.hi and sent.n(j + 1) == "that":
        if t in INDICATE_VERBS and not indicating_subject(" ".join(sent.n(i) for i in range(max(sent.lo, j - 6), j))):
            return None  # "The record indicates that ...": evidence, no speaker (discourse.quotes.INDICATE_VERBS)
        return f"{t} that"
    return None


def _same_voice(ctx: _Context, j: int, s: int) -> bool:
    """Token j is in the same voice and quotation as token s (a reporting clause outside a quotation does
    not make the quoted words reported *within* the quotation)."""
    return ctx.arr.voice[j] == ctx.arr.voice[s] and ctx.qid[j] == ctx.qid[s]


def rule_reporting_verb(sent: _Sentence, s: int, e: int) -> str | None:
    """``reported``: the hit is inside the complement of a reporting verb with a non-first-person subject.

    Indirect speech (Quirk et al. 1985, 14.31; Thompson 1994): "The vendor says (that) the platform makes
    policing more efficient" -> the efficiency is the vendor's claim. Only verbs in the hit's own voice
    and quotation count. Two positions:

    - the verb (:func:`reporting_verb_at`) comes before the hit in the same sentence and its subject (up to
      three words before it) is not "I" or "we" (a speaker reporting their own view still holds it);
    - a post-posed reporting clause: the hit is followed, after a comma, by a reporting verb of either list
      within five tokens of the end of the sentence (", the company said.", ", the mayor added."), its
      subject not first person, and no coordinator after the comma (", but experts say ..." opens a clause of
      its own: :data:`COORDINATORS`);
    - since 3.1 also a medial one (:func:`_medial`): the same comma and verb anywhere in the sentence, the
      verb followed by a comma or by its reported clause ("To make policing efficient, the vendor says,
      cities need cameras"; "For a city to be truly smart, he says it needs ...").
    This is the rule of :mod:`discourse.quotes` (its ``Reported speech`` notes: same verbs, same
    first-person exception), applied where the tokens' voice did not come from there; on tokens from
    :func:`discourse.tokenize` a reported clause is already ``voice="reported"`` (rule ``reported_voice``).
    Returns the verb.
    """
    if sent._verbs_before is None:
        _index_reporting_verbs(sent)
    key = sent.key(s)
    verbs = sent._verbs_before.get(key)
    if verbs:
        # (a verb more than REPORT_REACH characters before the hit cannot reach it: start at the first one within)
        starts = sent.ctx.arr.start
        first = bisect.bisect_left(verbs[0], starts[s] - REPORT_REACH)
        for j, verb, limit in verbs[1][first:]:
            if j >= s:
                break
            if s < limit and not (verb in _HEARER_VERBS and s <= _hearer_last(sent, j)):
                return verb
    after = sent._verbs_after.get(key)
    if after is not None:
        i = bisect.bisect_right(after[0], e)
        if i < len(after[0]):
            return after[1][i]
    return None


#: the verbs whose first object is the hearer ("told Human Rights Watch: ...", "told Reuters the police ...")
_HEARER_VERBS = frozenset({"told", "tells"})
_HEARER_PRONOUNS = frozenset({"me", "him", "us", "them", "you"})


def _hearer_last(sent: _Sentence, j: int) -> int:
    """The last row of the hearer of "told" / "tells" at row ``j``: an object pronoun, or a name ("the" and a run of
    capitalised words, "of", "for", "and", "on" or "to" and "the" between them); ``j`` where there is none. "Tell" takes its hearer as an
    indirect object before what it reports (Quirk et al. 1985, 16.63-16.64): a hit in the hearer ("told the Special
    Rapporteur on the right to privacy") is no part of the report (the rule of :mod:`discourse.quotes`, whose reported
    clause starts after the hearer)."""
    k = j + 1
    if k > sent.hi:
        return j
    if sent.n(k) in _HEARER_PRONOUNS and sent.s(k) != "US":
        return k
    if sent.n(k) == "the" and k + 1 <= sent.hi:
        k += 1
    last = j
    while k <= sent.hi and not sent.p(k):
        w = sent.s(k)
        if w[:1].isupper() and w != "I":
            last = k
        elif sent.n(k) in ("of", "for", "and", "on", "to") and k + 1 <= sent.hi and (
                sent.s(k + 1)[:1].isupper() or (sent.n(k + 1) == "the" and k + 2 <= sent.hi and sent.s(k + 2)[:1].isupper())):
            k += 1 if sent.s(k + 1)[:1].isupper() else 2
            continue
        else:
            break
        k += 1
    return last


def _index_reporting_verbs(sent: _Sentence) -> None:
    """The two scans of :func:`rule_reporting_verb`, done once per sentence (they depend on the hit only by
    its voice and position): per voice and quotation, the preceding reporting verbs that count, in order (their
    rows, verbs and the row where what they report ends), and the commas that open a reporting clause (their rows
    and the clause's verb).

    A verb inside a fronted adverbial clause ("While Beijing claims the system can help catch criminals, critics
    warn of ...": :func:`discourse.quotes.opens_adverbial_clause` on the words from the sentence's start or the last
    comma before its subject, an apposition closed right before the verb passed over) reports only up to the
    comma that closes that clause (Quirk et al. 1985, ch. 15; the rule of :mod:`discourse.quotes`, whose
    reported clause ends there too): a hit in the main clause after it is not reported by that verb (it may be
    by a later one, "..., activists say they enable ..."). Otherwise the first verb that counts reports every
    hit after it, as before."""
    ctx = sent.ctx
    before: dict = {}
    for j in sent.at(_ALL_REPORTING):
        key = sent.key(j)
        if key in before and before[key][1][-1][2] > sent.hi:
            continue  # (a verb before reports to the end of the sentence: the later ones change nothing)
        verb = reporting_verb_at(sent, j)
        if verb is None:
            continue
        if sent.own_view(j - 8, j, j):
            continue  # "we believe that", "France believes that" in France's statement: the speaker's own view
        if j == sent.first_word():
            continue  # a sentence-initial imperative or participle ("Add ...", "Saying ...")
        if j > sent.lo and sent.n(j - 1) in PARTICIPLES and j + 2 <= sent.hi and sent.n(j + 1) == "that" \
                and sent.s(j + 2) == ",":
            continue  # "Having said that, ...": a discourse marker, no report (as in discourse.quotes)
        starts, rows = before.setdefault(key, ([], []))
        starts.append(int(ctx.arr.start[j]))
        rows.append((j, verb, _report_limit(sent, j)))
    after: dict = {}
    for j in range(sent.lo, sent.hi + 1):
        if not (sent.p(j) and sent.s(j) == ","):
            continue
        if j < sent.hi and sent.n(j + 1) in COORDINATORS:
            continue  # ", but experts say ...": a second main clause, no reporting clause of the first (see below)
        key = sent.key(j)
        for k in range(j + 1, min(sent.hi, j + 5) + 1):
            t = sent.n(k)
            # (stop 66: a comma right before a verb that reports forward, "Acme, a promoter of mass surveillance, claims
            # its cameras ...", read as closing the subject's apposition, was withdrawn for harm on the measured blind
            # batches; docs/framing.md, "Stop 66")
            if t in INDICATE_VERBS and not indicating_subject(" ".join(sent.n(i) for i in range(j + 1, k))):
                break  # ", the figures indicate.": evidence, no speaker (discourse.quotes.INDICATE_VERBS)
            if (t in REPORTING_VERBS or t in THAT_REPORTING_VERBS) and not sent.p(k) \
                    and not noun_after_determiner(sent, k) and _same_voice(ctx, k, j) and (sent.hi - k <= 5 or _medial(sent, k)):
                if not sent.own_view(j + 1, k, k):
                    rows, verbs = after.setdefault(key, ([], []))
                    rows.append(j)
                    verbs.append(t)
                    break
    sent._verbs_before, sent._verbs_after = before, after


_ALL_REPORTING = frozenset(REPORTING_VERBS) | frozenset(THAT_REPORTING_VERBS)
#: the coordinators that join two main clauses (Quirk et al. 1985, 13.1-13.5 and 13.18-13.20 on "yet", "so",
#: "nor"). A reporting clause that reports the words before its comma is parenthetical, "The contract allows mass
#: surveillance, experts say" (14.29-14.30), and stands without one; after ", and" or ", but" the reporting verb
#: opens a clause of its own, "The program enables mass surveillance, but the vendor says the data is deleted",
#: and the first clause stays the writer's: in a fact-check, the checker's finding set beside what experts or
#: the claimant say (Graves 2016, ch. 4 on the checker's own ruling)
COORDINATORS = frozenset({"and", "but", "yet", "or", "nor", "so"})


#: the conjunctions that coordinate clauses (Quirk et al. 1985, 13.1-13.5; contrastive "while", "whereas", 15.21)
_COORDINATORS = frozenset({"but", "and", "yet", "while", "whereas"})
#: the verbs of a first-person clause of the speaker's own view ("i think", "we believe"; Biber et al. 1999, 10.2.3)
_OWN_VIEW_VERBS = frozenset({"think", "believe", "guess", "feel", "suppose", "reckon", "mean", "know", "say"})
_OWN_VIEW_AUX = frozenset({"really", "just", "also", "do", "don't", "do not", "still", "even"})


def _coordinated_clause(sent: _Sentence, c: int, end: int) -> bool:
    """Does the conjunction at ``c`` open a main clause of its own (before row ``end``): a subject of one to four
    words and a reporting verb ("but critics say", :func:`reporting_verb_at`), or a first-person subject with a verb
    of stance after up to two adverbs ("and honestly i think")? The reported clause of :mod:`discourse.quotes` ends
    there (its ``_coordinated_clause``), so the use of a hit after it is not reported by the verb before."""
    words = []
    for k in range(c + 1, min(end, c + 8)):
        if sent.p(k):
            break
        words.append(k)
    i = 0
    while i < min(2, len(words)) and (sent.n(words[i]).endswith("ly") or sent.n(words[i]) in _OWN_VIEW_AUX):
        i += 1
    if i < len(words) and sent.n(words[i]) in ("i", "we"):
        rest = [sent.n(k) for k in words[i + 1:i + 3]]
        while rest and rest[0] in _OWN_VIEW_AUX:
            rest = rest[1:]
        if rest and rest[0] in _OWN_VIEW_VERBS:
            return True
    return any(reporting_verb_at(sent, k) is not None for k in words[1:5])


def _report_limit(sent: _Sentence, j: int) -> int:
    """The row up to which (not included) the reporting verb at ``j`` reports: the first comma after it where the
    verb is inside a fronted adverbial clause (see :func:`_index_reporting_verbs`), else past the sentence's end,
    but never past :data:`discourse.quotes.REPORT_REACH` characters from the verb, the longest reported clause
    :mod:`discourse.quotes` reads: in a transcript written without full stops (one "sentence" of thousands of words)
    one "says" had made every later hit ``reported``, where the tokens' voice was the author's."""
    starts = sent.ctx.arr.start
    end = sent.lo + int(np.searchsorted(starts[sent.lo:sent.hi + 1], starts[j] + REPORT_REACH, side="left"))
    for c in range(j + 1, end):  # a coordinated main clause of its own ends the report (as in discourse.quotes)
        if sent.n(c) in _COORDINATORS and not sent.p(c) and _coordinated_clause(sent, c, end):
            end = c
            break
    # the opening of a fronted adverbial clause is looked for within the same reach before the verb: every verb of a
    # long sentence is asked (each may end the report of the one before), and a scan back to the sentence's start
    # for each made a transcript without commas or full stops quadratic (380 KB: 27 s); an opening beyond the reach
    # is none (a clause that long is no fronted adverbial of this verb)
    lo = sent.lo + int(np.searchsorted(starts[sent.lo:j + 1], starts[j] - REPORT_REACH, side="left"))
    k = j - 1
    if k >= lo and sent.p(k) and sent.s(k) == ",":  # "While Smith, the mayor, said": the apposition's commas
        k -= 1
        while k >= lo and not (sent.p(k) and sent.s(k) == ","):
            k -= 1
        k -= 1
    o = k
    while o >= lo and not (sent.p(o) and sent.s(o) == ","):
        o -= 1
    if o < lo and lo > sent.lo:
        return end
    words = [sent.s(x) for x in range(o + 1, k + 1) if not sent.p(x)]
    if len(words) < 2 or not opens_adverbial_clause(words):
        return end
    for c in range(j + 1, end):
        if sent.p(c) and sent.s(c) == ",":
            return c
    return end


#: words that open an adjunct of a final reporting clause (place, time, occasion, channel)
_REPORT_ADJUNCTS = frozenset({"in", "on", "at", "during", "after", "before", "when", "while", "last", "this",
                              "yesterday", "today", "earlier", "later", "via", "through"})


def _medial(sent: _Sentence, k: int) -> bool:
    """Is the reporting verb at ``k`` in a medial reporting clause: followed by a comma ("The plan, the mayor
    said, is ...") or by its own reported clause ("For a city to be smart, he says it needs ...", the
    clause marked ``voice="reported"`` by :func:`discourse.tokenize`); or in a final one that goes on with
    adjuncts (", the mayor said in a speech to the council on Monday.": :data:`_REPORT_ADJUNCTS`)?

    A reporting clause may stand in the middle of what it reports (Quirk et al. 1985, 14.29-14.30), after
    the subject or an initial adverbial of the reported clause; what stands before it is then reported too.
    A final reporting clause may carry adjuncts of its own (ibid.), however long.
    """
    nxt = k + 1
    if nxt > sent.hi:
        return False
    if sent.p(nxt) and sent.s(nxt) == ",":
        return True
    if sent.n(nxt) in _REPORT_ADJUNCTS:
        return True  # a final reporting clause with its adjuncts (", the mayor said in a speech on Monday.")
    if sent.n(nxt) == "that" and nxt + 1 <= sent.hi:
        nxt += 1
    return sent.ctx.arr.voice[nxt] == "reported"


def rule_stance_noun(sent: _Sentence, s: int) -> str | None:
    """``reported``: the hit is in the complement of a noun of speech or attitude, or of a reporting verb
    with a prepositional complement: "amid growing concern that China exports its repression", "fears
    over mass surveillance", "activists had warned about the potential abuse".

    A stance noun ("concern", "fear", "allegation", "criticism", "warning": :data:`STANCE_NOUNS`) with a
    "that"-clause or a prepositional complement attributes the proposition to the holders of the concern
    (Francis 1994 on labelling nouns; Schmid 2000 on shell nouns; Thompson 1994 on reporting nouns): the
    writer reports an attitude without adopting it, the standard device of news attribution (Bell 1991,
    ch. 9). Likewise a reporting verb with a prepositional complement ("warn about", "complain of":
    :data:`PREPOSITIONAL_REPORTING_VERBS`; Thompson 1994 ch. 3), and a verb of accusing with its charge after the
    accused and "of" ("NGOs have accused us of facilitating mass surveillance", :data:`ACCUSING_VERBS`), as the noun
    "allegations of" gives it, also in the passive, whose first-person subject is the accused and not the accuser
    ("we have been accused of ...", as "we are told that" reports, Quirk et al. 1985, 3.65-3.70; a filing's risk
    factor had counted the charge as the filer's own rights language). The noun or verb comes before the hit in
    the same sentence and voice, with its complement word right after it; a first-person possessor or
    subject within three words before it ("our concern", "we warned") keeps the view the speaker's own
    (self-attribution, Thompson 1994 ch. 2). Returns the noun or verb with its link word.

    "Claim" (:data:`CLAIM_LABELS`) also takes its content after a colon: "Claim: Karsk's camera network is
    unlawful under European law. Verdict: Unproven." A colon introduces what the word before it announces, here
    an appositive content of the noun (Quirk et al. 1985, 17.65-17.67 on appositive clauses of nouns such as
    "claim", App. III.20 on the colon); it is the fixed opening of the fact-check, which states the claim under
    review and then its verdict (Graves 2016, *Deciding What's True*, ch. 3; the ``claimReviewed`` of the
    ClaimReview markup that fact-checkers publish), so the words after it are the claim's, not the checker's.
    Not other nouns: "Warning:", "Concern:" head the writer's own notes. The label may also be a heading on a line of
    its own, the claim the paragraph under it (:data:`CLAIM_HEADINGS`; Full Fact's "What was claimed" and "Our
    verdict"): every hit of that paragraph is the claim's (cue the heading). The content may also be the noun's
    subject complement, "The claim is that the cameras halved crime", "Their fear was that ..." (Schmid 2000, the
    shell-noun pattern N-be-that).
    """
    if sent._stance is None:  # per voice and quotation, the first noun or verb that counts (once per sentence)
        first: dict = {}
        for j in sent.at(_STANCE_HEADS):
            if j >= sent.hi:
                continue
            t = sent.n(j)
            nxt = sent.n(j + 1)
            if t in STANCE_NOUNS and nxt in _STANCE_LINKS:
                pass
            elif t in CLAIM_LABELS and nxt == ":":
                pass  # "Claim: Karsk's camera network is unlawful." (a fact-check's label of the claim it checks)
            elif t in STANCE_NOUNS and nxt in _BE_FORMS and j + 2 <= sent.hi and sent.n(j + 2) == "that":
                nxt = f"{nxt} that"  # "the party's claim is that ...": the content as the subject complement
            elif t in PREPOSITIONAL_REPORTING_VERBS and nxt in _REPORTING_PREPS:
                pass
            elif t in ACCUSING_VERBS:
                # the charge after the accused and "of": counted from the "of" (the accused before it is no charge)
                of = _accused_of(sent, j)
                if of is None or sent.p(j) or sent.key(j) in first:
                    continue
                if any(k >= sent.lo and sent.n(k) in _PASSIVE_BE for k in (j - 1, j - 2)):
                    first[sent.key(j)] = (of - 1, f"{t} of")  # the subject is the accused: no self-attribution
                    continue
                before = [sent.n(k) for k in range(max(sent.lo, j - 3), j)]
                if not (sent.own_view(j - 3, j, j) or any(w in ("our", "my") for w in before)):
                    first[sent.key(j)] = (of - 1, f"{t} of")
                continue
            else:
                continue
            key = sent.key(j)
            if sent.p(j) or key in first:
                continue
            if nxt == "of" and t in STANCE_NOUNS and _holder_after(sent, j + 2):
                continue  # "the concern of the United Nations for ...": "of" names the holder, not the content
            before = [sent.n(k) for k in range(max(sent.lo, j - 3), j)]
            if sent.own_view(j - 3, j, j) or any(w in ("our", "my") for w in before):
                continue  # "our concern that", "France's concern that" in France's statement
            first[key] = (j, f"{t} {nxt}")
        sent._stance = first
    found = sent._stance.get(sent.key(s))
    if found is not None and found[0] < s - 1 and not _past_complement(sent, found, s):
        return found[1]
    if sent.ctx.claim_paragraph(s) and sent.ctx.arr.voice[s] == "author":
        return "claim heading"
    return None


#: verbs of accusing whose charge follows the accused and "of" ("NGOs have accused us of facilitating mass
#: surveillance", "accusing them of being implicated in human rights violations"): the accusers' charge, as the noun
#: "accusation" of :data:`STANCE_NOUNS` gives it (Thompson 1994, ch. 3 on reporting verbs; Quirk et al. 1985, 16.58 on
#: the prepositional object of "accuse ... of")
ACCUSING_VERBS = frozenset({"accuse", "accuses", "accused", "accusing"})
_PASSIVE_BE = frozenset({"be", "been", "being", "is", "are", "am", "was", "were"})


def _accused_of(sent: _Sentence, j: int) -> int | None:
    """The row of the "of" that opens the charge after a verb of accusing at ``j``: right after it (the passive, "we
    have been accused of ...") or after the accused, at most four words with no punctuation ("accused the Company
    of ...")."""
    for k in range(j + 1, min(j + 6, sent.hi + 1)):
        if sent.p(k):
            return None
        if sent.n(k) == "of":
            return k
    return None


_STANCE_HEADS = STANCE_NOUNS | PREPOSITIONAL_REPORTING_VERBS | ACCUSING_VERBS
#: the finite auxiliaries and modals that open a clause's predicate (Quirk et al. 1985, 3.21-3.22: the operator)
_OPERATORS = frozenset({"may", "might", "could", "can", "will", "would", "shall", "should", "must", "is", "are", "was",
                        "were", "has", "have", "had", "does", "do", "did"})
#: words that open a clause inside a noun phrase (a wh-clause or a relative clause: "concerns about how the cameras are
#: used", "fears over systems that could enable ...")
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "whether", "how", "what", "why", "when", "where",
                             "if", "because", "while", "as"})


def _past_complement(sent: _Sentence, found: tuple[int, str], s: int) -> bool:
    """Whether the hit at ``s`` lies after the prepositional complement of the stance noun or verb of ``found``.

    A preposition's complement is a noun phrase (Quirk et al. 1985, 9.1-9.4), which ends where the clause's
    predicate begins: a finite operator, a modal or a form of "be", "have" or "do" (3.21-3.22), that opens no clause
    of its own inside the phrase. "Concerns about privacy could result in regulation that limits demand for our
    smart city solutions", the canonical risk factor of a securities filing, attributes the concern about privacy,
    not the filer's naming of its own products; every hit to the sentence's end had been ``reported``. A
    "that"-clause after the noun ("fears that the network will enable ...") is the content to its end, and a
    wh-clause or a relative clause inside the phrase (:data:`_CLAUSE_OPENERS`: "concerns about how the cameras are
    used for ...", "fears over systems that could enable ...") has verbs of its own, so neither is cut.
    """
    j, cue = found
    link = cue.rsplit(" ", 1)[-1]
    if link in ("that", ":"):
        return False
    if cue.split(" ", 1)[0] in ACCUSING_VERBS and any(sent.n(k) in (",", ";") for k in range(j + 2, s)):
        return True  # the charge ends at its comma: "accused of alleged crimes of treason, a shameless invention of ..."
    for k in range(j + 2, s):
        w = sent.n(k)
        if w in _CLAUSE_OPENERS:
            return False
        if w in _OPERATORS and not sent.p(k):
            return True
    return False
_BE_FORMS = frozenset({"is", "was", "are", "were"})


def rule_stance_modifier(sent: _Sentence, s: int, e: int, entry: str = "") -> str | None:
    """``reported``: the hit premodifies a noun of attitude or speech: "privacy fears", "mass surveillance concerns",
    "Smart City Cameras Raise Privacy Fears".

    A noun premodifier stands for a prepositional postmodifier of its head (Quirk et al. 1985, 17.104-17.110):
    "privacy fears" are fears over privacy, which :func:`rule_stance_noun` reads as the content of the fear, an
    attitude the writer reports without adopting it. News writing, and headlines most of all, packs such phrases
    into premodifiers (Biber et al. 1999, 8.3 on noun + noun sequences in news; Mårdh 1980 on headlinese), so the
    same attribution is read in both orders. Only a nominal hit (a phrase, or a word with a noun suffix:
    :func:`looks_nominal`; "unlawful claims" calls claims unlawful) right before a noun of :data:`STANCE_NOUNS` in
    the same voice, and not the speaker's own attitude ("our privacy concerns": a first-person possessive within
    three words before). Returns the noun."""
    j = e + 1
    if j > sent.hi or sent.p(j) or sent.n(j) not in STANCE_NOUNS or sent.key(j) != sent.key(s):
        return None
    if not looks_nominal(sent, s, e, entry):
        return None
    if sent.own_view(s - 3, s, s) or any(sent.n(k) in ("our", "my") for k in range(max(sent.lo, s - 3), s)):
        return None
    return sent.n(j)


def _holder_after(sent: _Sentence, j: int) -> bool:
    """Does a name start at ``j`` (after an optional "the"): the holder of a stance noun's attitude?

    "Of" after a noun of attitude takes either its content ("fears of repression") or its holder, a
    subjective genitive ("the concern of the United Nations for human rights"; Quirk et al. 1985, ch. 5 and
    17 on the subjective genitive and its "of"-paraphrase): a proper name (capitalised, not the sentence's
    first word) names the holder, so the "of" is no complement link.
    """
    if j <= sent.hi and sent.n(j) == "the":
        j += 1
    return j <= sent.hi and not sent.p(j) and is_capitalised(sent.s(j)) and j != sent.first_word()


def rule_speech_act(sent: _Sentence, s: int, e: int | None = None) -> str | None:
    """``reported``: the hit is the message of a speech act the sentence reports without a clause: "The
    government is promoting the city, in the north-west, as a model smart city", "Acme has been expounding
    the principle of the smart city as a nervous system".

    Besides direct and indirect speech, narrators represent speech acts by a verb naming the act and a noun
    phrase giving its topic or message (Leech & Short 1981, ch. 10, and Semino & Short 2004, ch. 3: the
    *narrator's representation of a speech act*, NRSA); the words of the message are then the subject's,
    not the narrator's. Two forms, in the hit's own voice and quotation:

    - a verb that presents something as something (:data:`PRESENT_AS_VERBS`: promote, tout, pitch, market,
      hail, describe, portray ...) with an object complement "as" ... (Quirk et al. 1985, 16.46-16.49):
      the hit follows "as" within three words, the verb comes at most twenty tokens before the "as", with no
      clause break (:data:`_CLAUSE_BREAK`) between; "as well as", "such as", "as part of" are not
      complements;
    - a verb that names the act by its message (:data:`MESSAGE_VERBS`: expound, preach, extol, trumpet,
      hype, peddle, proclaim ...) with the hit in its object: at most twelve tokens after the verb, with no
      comma or clause break between;
    - since the sixth validation round, a directive speech act with its demand as object
      (:data:`DIRECTIVE_VERBS`: "urged a moratorium", "demanded a ban") or after "for"
      (:data:`DIRECTIVE_FOR_VERBS`: "Digital rights groups have called for a moratorium on the technology",
      "pressed for a ban"), in the same window: the demand is the subject's (Searle 1976 on directives;
      Semino & Short 2004, NRSA with topic). Past forms only ("called", "urged", also the perfect "have
      called"): in the present an institution's text often names itself in the third person and performs
      the act ("Lebanon calls for legal accountability", "Amnesty International calls for a ban"), which is
      its own demand, while the narrator's report of an act done is in the past (Leech & Short 1981, ch. 10).
    - a verb of naming (:data:`NAMING_VERBS`: call, dub, term, label, brand) with an object and the hit in
      its complement, the complex-transitive pattern of Quirk et al. 1985, 16.43-16.45: "Residents call it a
      dragnet", "call it innovative" (an object pronoun, an optional article, the hit), "The mayor calls the
      network a smart city success story" (a determiner or a capitalised name and one to three words, then
      the article that opens the complement, then the hit); the label is the subject's, as "describes it as
      ..." is; the hit may also follow the complement's head and its of-phrase or adjectives, up to three words
      after the article ("called the programme a tool of repression", "dubbed it an instrument of mass
      surveillance"). An object without its complement ("called the innovation summit off", "call the police") and
      "call for" are not this form;
    - a verb of opinion with an object complement "as" (:data:`OPINION_AS_VERBS`: regard, view, perceive, the
      participle "seen"), read as the verbs that present something as something are: "Rights groups view the
      cameras as a tool of repression", and the passive that attributes a view to unnamed others, "is widely
      regarded as an example of digital authoritarianism" (Quirk et al. 1985, 16.46-16.49; MOS:WEASEL).
    Not with a first-person subject (up to three words before the verb: "we promote our platform as ..."
    is the speaker's own claim; Thompson 1994, ch. 2). "Promote" without "as" ("promote sustainable
    development") means *further*, not a speech act, and is left alone. Returns the verb (with "... as").
    """
    ctx = sent.ctx

    def own_subject(j: int) -> bool:
        return sent.own_view(j - 8, j, j)

    # the "as" of an object complement right before the hit (up to three words between). Coordinate premodifiers of
    # the complement's head are set off by commas or joined by "and"/"or" ("as a seamless, future-ready solution",
    # "as fast, seamless and innovative"; Chicago Manual of Style 6.33, Quirk et al. 1985, 13.60 and 17.114): they
    # are not counted among the three words, and a comma is passed over where a word, not a determiner that opens
    # another noun phrase ("as rugged, a seamless upgrade ..."), follows it. Before, a comma ended the search, so only
    # the first of the coordinated words was the subject's
    # The complement is a whole noun phrase with its post-modifier ("as a seamless, innovative solution for safer
    # cities"; Quirk et al. 1985, 16.46 and 17.2): one prepositional phrase after the head, met before any comma or
    # coordinator, is passed over and the three words are counted again from the head (before, the hit in the
    # post-modifier stayed the narrator's own evaluation while the premodifiers beside it were the subject's)
    words = 0
    postmodifier = None  # None: may still pass one; False: no longer
    k, lo_k = s, max(sent.lo, s - 8)
    while k > lo_k:
        k -= 1
        if not _same_voice(ctx, k, s):
            break
        if sent.p(k):
            if sent.s(k) == "," and k + 1 <= s and not sent.p(k + 1) and sent.n(k + 1) not in _ARTICLES \
                    and sent.n(k + 1) not in _COMPLEMENT_DETERMINERS and k - 1 >= sent.lo and not sent.p(k - 1):
                postmodifier = False
                continue
            break
        if sent.n(k) in ("and", "or"):
            postmodifier = False
            continue
        if postmodifier is None and sent.n(k) in _COMPLEMENT_POSTMOD_PREPS:
            postmodifier, words, lo_k = False, -1, max(sent.lo, k - 8)  # (the head is not counted)
            continue
        if sent.n(k) != "as":
            words += 1
            if words > 3:
                break
            continue
        if (k - 1 >= sent.lo and sent.n(k - 1) in _NOT_COMPLEMENT_AS) or \
                (k + 1 <= sent.hi and sent.n(k + 1) in _NOT_COMPLEMENT_AS):
            break
        for j in range(k - 1, max(sent.lo, k - 21) - 1, -1):
            if sent.p(j) and sent.s(j) in _CLAUSE_BREAK:
                break
            if not sent.p(j) and (sent.n(j) in PRESENT_AS_VERBS or sent.n(j) in OPINION_AS_VERBS) \
                    and _same_voice(ctx, j, s) and not own_subject(j):
                return f"{sent.n(j)} ... as"
        break
    for j in range(s - 1, max(sent.lo, s - 13) - 1, -1):
        if sent.p(j) and sent.s(j) not in ("-", "'", "\u2019"):
            break
        if (sent.n(j) in MESSAGE_VERBS or sent.n(j) in DIRECTIVE_VERBS) and _same_voice(ctx, j, s) \
                and not own_subject(j):
            return sent.n(j)
        if sent.n(j) == "for" and j - 1 >= sent.lo and sent.n(j - 1) in DIRECTIVE_FOR_VERBS \
                and _same_voice(ctx, j - 1, s) and not own_subject(j - 1):
            return f"{sent.n(j - 1)} for"
    naming = _naming_verb(sent, s, e)
    if naming is not None and _same_voice(ctx, naming, s) and not own_subject(naming):
        return sent.n(naming)
    return None


#: what may follow a complement with no article, so that the label ends it ("call the system mass surveillance and
#: ..."): a clause's coordinator or subordinator (not a noun it premodifies: "called the police mass surveillance unit")
_COMPLEMENT_END = frozenset({"and", "or", "but", "because", "while", "when", "since", "so", "which", "who", "yet"})


def _naming_verb(sent: _Sentence, s: int, e: int | None = None) -> int | None:
    """The row of a verb of naming whose object complement holds the hit at ``s`` (ending at ``e``, inclusive;
    see :func:`rule_speech_act`).

    The complement is a noun phrase of its own (Quirk et al. 1985, 16.43-16.45; its parts as in ch. 17): the hit
    opens it after its article, or after an article and up to two premodifiers, adjectives, nouns or a genitive ("a
    digital panopticon", "the city's nervous system"), or in a postmodifier after its head and "of" ("a tool of
    repression", "tools of mass surveillance"); a complement with no article ("call the system mass surveillance")
    only where the hit ends its clause, since a noun after it would make the hit a premodifier inside the object
    ("called the police mass surveillance unit").
    """
    def word(j: int) -> str | None:
        return sent.n(j) if j >= sent.lo and not sent.p(j) else None

    stop = sent.ctx.stop

    def content(j: int) -> bool:  # a premodifier or head: a word that is no function word, or a genitive's 's
        w = word(j)
        return w is not None and (w in ("'s", "\u2019s") or not stop[j]) and w not in NAMING_VERBS

    for c in range(s, max(sent.lo, s - 4) - 1, -1):  # c: the complement's first row
        article = word(c) in _ARTICLES and c < s
        inner = list(range(c + 1 if article else c, s))  # its words before the hit
        if len(inner) > 2 + (bool(inner) and word(inner[-1]) == "of"):
            continue
        if inner and word(inner[-1]) == "of":
            ok = len(inner) >= 2 and all(content(j) for j in inner[:-1])  # "a tool of", "tools of"
        else:
            ok = all(content(j) for j in inner) and (article or not inner)
        if not ok:
            continue
        if not article and not inner:  # no article, nothing before the hit: the hit must end its clause
            after = None if e is None else e + 1
            if after is None or (after <= sent.hi and not sent.p(after) and sent.n(after) not in _COMPLEMENT_END):
                continue
        k = c - 1  # the last word of the object
        if word(k) in _OBJECT_PRONOUNS and word(k - 1) in NAMING_VERBS:
            return k - 1  # "call it a dragnet", "call it innovative"
        if word(k) is None or stop[k] or (not article and not inner and e is None):
            continue
        for first in range(k, k - 3, -1):  # the object: a determiner or a capitalised name and one to three words
            w = word(first)
            if w is None or w in _ARTICLES:
                break
            if word(first - 1) in _OBJECT_DETERMINERS:
                v = first - 2
            elif is_capitalised(sent.s(first)) and all(is_capitalised(sent.s(i)) for i in range(first, k + 1)):
                v = first - 1
            else:
                continue
            if word(v) in NAMING_VERBS:
                return v
    return None


#: verbs of belief after "used to" (:func:`rule_abandoned_view`)
BELIEF_VERBS = frozenset({"think", "believe", "assume", "suppose", "imagine", "consider", "expect", "hope", "trust",
                          "feel", "accept", "buy"})
_VIEW_BREAK = frozenset({"but", "now", "yet", "until", "before"})


def rule_abandoned_view(sent: _Sentence, s: int) -> str | None:
    """``distanced``: the hit is in the complement of "used to" and a verb of belief ("I used to think predictive
    policing was innovative; I no longer do", "We used to believe that smart cities would make us freer").

    "used to" presents a past state or habit as one that no longer holds (Quirk et al. 1985, 4.26; Huddleston &
    Pullum 2002, ch. 3, 4.2.3): the view it reports is one its holder has given up, and a writer who says "I used
    to think" disowns it (a first-person subject is not reported speech, see :func:`rule_reporting_verb`). The
    verb (:data:`BELIEF_VERBS`) stands before the hit in the same clause, within 30 tokens, with no clause break, comma or
    contrast ("but", "now", "yet") between; "think about" names a topic, not a view, and does not count.
    Returns the cue, "used to" and the verb.
    """
    for j in range(s - 1, max(sent.lo + 1, s - 30), -1):  # within 30 tokens, so a long sentence costs no more
        if sent.p(j) and sent.s(j) in _CLAUSE_BREAK | {","}:
            return None
        t = sent.n(j)
        if t in _VIEW_BREAK:
            return None
        if t in BELIEF_VERBS and sent.n(j - 1) == "to" and sent.n(j - 2) == "used" and not sent.p(j - 2):
            if j + 1 < s and sent.n(j + 1) in ("about", "of"):
                return None
            return f"used to {t}"
    return None


def rule_intensified(sent: _Sentence, s: int) -> str | None:
    """``evaluative``: an intensifier right before the hit ("highly efficient", "truly seamless").

    Degree adverbs grade a quality the speaker attributes (Quirk et al. 1985, 8.104-8.113); an intensified
    term is an evaluation, not a name, so the referential rules after this one do not apply.
    """
    j = s - 1
    if j >= sent.lo and not sent.p(j) and sent.n(j) in _INTENSIFIERS:
        return sent.n(j)
    return None


#: words that open a line citing an item of a reporting standard by its number ("GRI 418-1", "Disclosure 418-1")
STANDARD_CODE_WORDS = frozenset({"gri", "disclosure"})
#: the modal verbs of a norm ("Businesses should ...", "shall", "must")
NORM_MODALS = frozenset({"should", "shall", "must"})
_FIRST_PERSON = frozenset({"we", "our", "i", "my", "us"})


#: the words of a lead-in that announces the signatures under a letter or petition ("The following organisations have
#: signed:", "Signed by:", "Signatories:", "Endorsed by:"): see :func:`rule_signatory`
SIGNATORY_WORDS = frozenset({"signed", "signatories", "signatory", "signers", "undersigned", "cosigned", "co-signed",
                             "cosigners", "co-signers", "cosignatories", "co-signatories", "endorsed", "endorsers",
                             "endorsing", "sign-on"})
_SIGNATURE_WORDS = 12  # a signature line is a name, with its place or office at most ("Jane Roe, Springfield")
_SIGNATURE_ENDS = frozenset({".", "!", "?", ";", ":", "…"})


def _signature_line(sent: _Sentence) -> bool:
    """Could the sentence be one line of a list of signatures: a short line that opens with a capital or digit and ends
    without a sentence's punctuation? (A sentence of more tokens than twice the longest line allowed is none, decided
    without listing its words: the rule is asked once per hit, and a transcript's one long run had made it quadratic.)"""
    if sent.hi - sent.lo + 1 > 2 * _SIGNATURE_WORDS:
        return False
    words = sent.words()
    if not words or len(words) > _SIGNATURE_WORDS:
        return False
    first = sent.s(words[0])
    return (first[:1].isupper() or first[:1].isdigit()) and not (sent.p(sent.hi) and sent.s(sent.hi) in _SIGNATURE_ENDS)


def _lead_in(sent: _Sentence) -> str | None:
    """The signing word of a lead-in to a list of signatures: a sentence that ends in a colon and holds one of
    :data:`SIGNATORY_WORDS`."""
    if not (sent.p(sent.hi) and sent.s(sent.hi) == ":"):
        return None
    return next((sent.n(j) for j in range(sent.lo, sent.hi) if sent.n(j) in SIGNATORY_WORDS), None)


def rule_signatory(ctx: _Context, sent: _Sentence) -> str | None:
    """``referential``: the hit is in a line of a list of signatures, the names under a lead-in that announces them
    ("The following organisations have signed:", "Signed by:", "Signatories:") down to the line at hand, each line
    a short one without a sentence's punctuation (:func:`_signature_line`): "Springfield Privacy Coalition", "Stop
    Mass Surveillance Springfield" in a coalition's sign-on list.

    A signature names the one who signs: in writing, the person who performs the act is referred to by appending
    a signature (Austin 1962, *How to Do Things with Words*, lecture V); the words of an organisation's name are
    its name, not the writer's evaluation (the `institutions` entries of the bundled lexicon are the same rule for
    names it lists). A name of four words or more in Title Case had been read as a headline, and "Mass
    Surveillance" in it as the campaign's own rights language. Returns the lead-in's signing word."""
    memo = ctx.signatures
    lo = sent.lo
    if lo in memo:
        return memo[lo]
    chain = []  # the sentences from this one back to the lead-in, each a signature line
    cur: _Sentence | None = sent
    found = None
    while cur is not None and cur.lo not in memo:
        if not _signature_line(cur):
            break
        chain.append(cur.lo)
        prev = cur.lo - 1
        if prev < 0 or ctx.arr.doc[prev] != ctx.arr.doc[cur.lo]:
            cur = None
            break
        before = ctx.sentence_of(prev)
        found = _lead_in(before)
        if found is not None:
            break
        cur = before
    else:
        if cur is not None:
            found = memo[cur.lo]
    for k in chain:
        memo[k] = found
    return memo.get(lo)


def rule_standard_item(sent: _Sentence, s: int) -> str | None:
    """``referential``: the hit is in the title or wording of a numbered item of a reporting standard that opens its
    line: a row of a GRI content index, "GRI 418-1 Substantiated complaints concerning breaches of customer privacy
    ...", or the wording of a UN Global Compact principle heading a communication on progress, "Principle 1:
    Businesses should support and respect the protection of internationally proclaimed human rights."

    A content index lists each disclosure by its number and title (GRI 1: Foundation 2021, requirement 7); the title
    is the standard's name of the disclosure, and a company that reports under it cites that name, as the title of
    a work is a name (Huddleston & Pullum 2002, 5.20). The ten principles of the Global Compact are the Compact's
    norms, quoted by number in the participants' communications on progress (UN Global Compact, "The Ten
    Principles"): the words are the standard's, not the company's claim. The title of a GRI row runs from the code to the first colon or bar (what follows is the company's
    answer); a principle's wording follows "Principle N:" and is a norm, a modal "should", "shall" or "must" among
    its first four words with no first-person subject ("Principle 1: We respect human rights ..." is the company's
    own text). A code inside a sentence ("... under GRI 418-1") opens no line and counts for nothing. Returns the
    code as written ("GRI 418-1", "Principle 1").
    """
    j = sent.first_word()
    if j < 0 or j + 1 > sent.hi or not sent.n(j + 1).isdigit():
        return None
    head = sent.n(j)
    if head in STANDARD_CODE_WORDS:
        k = j + 2  # a disclosure's number has two parts, its standard's and its own ("418-1", "2-27"); "GRI 2"
        # alone names a standard, which a sentence of prose may open ("GRI 2 asks how ...")
        if not (k + 1 <= sent.hi and sent.s(k) in ("-", "\u2010", "\u2011") and sent.n(k + 1).isdigit()):
            return None
        code = f"{sent.s(j)} {sent.s(j + 1)}-{sent.s(k + 1)}"
        k += 2
        for m in range(k, s):  # the title ends at the first colon or bar
            if sent.p(m) and sent.s(m) in (":", "|"):
                return None
        return code if s >= k else None
    if head == "principle" and j + 2 <= sent.hi and sent.s(j + 2) == ":" and s > j + 2:
        words = [m for m in range(j + 3, min(j + 7, sent.hi + 1)) if not sent.p(m)]
        for m in words:
            if sent.n(m) in _FIRST_PERSON:
                return None
            if sent.n(m) in NORM_MODALS:
                return f"{sent.s(j)} {sent.s(j + 1)}"
    return None


#: the marks that may stand between a lot's number and its title ("Lot 2: ...", "Lot 2 - ...", "Lot 2 \u2013 ...")
LOT_SEPARATORS = frozenset({":", "-", "\u2013", "\u2014", ".", ")"})


def rule_lot_title(sent: _Sentence, s: int) -> str | None:
    """``referential``: the hit is in the title of a lot, a line that opens with "Lot" and the lot's number and takes no
    final stop: "Lot 2: Intelligent Video Analytics", "Lot 1 - Smart City Platform", a table's row "Lot 2<TAB>Intelligent
    video analytics<TAB>850,000".

    A contract divided into lots gives each lot a number and a title in the contract notice (Directive 2014/24/EU,
    art. 46; the notice's fields "Title" and "Lot No", Implementing Regulation (EU) 2015/1986, Annex II, II.2.1): the
    title designates the part of the supply a tender is for, as the title of a work is a name (Huddleston & Pullum
    2002, 5.20), not the authority's praise of it. Its capitals mark no name where the title is set in headline style
    ("Intelligent Video Analytics" had been an evaluation, "Smart City Platform and integration" a name), and a title in
    sentence case is a title too. A line with a final stop after "Lot 2:" is a clause of the notice ("Lot 2: The
    Contractor shall deliver ...."; a heading takes no full stop, Chicago Manual of Style 6.14) and keeps the use of
    its words. Returns the lot as written ("Lot 2")."""
    j = sent.first_word()
    if j < 0 or sent.n(j) not in ("lot", "lots") or j + 1 > sent.hi or not sent.n(j + 1).isdigit():
        return None
    return f"{sent.s(j)} {sent.s(j + 1)}" if _in_numbered_title(sent, s, j) else None


def _in_numbered_title(sent: _Sentence, s: int, j: int) -> bool:
    """Is the hit at ``s`` in the title after the designation at rows ``j`` (the noun) and ``j + 1`` (its number), on a
    line that takes no final stop, past the marks between (:data:`LOT_SEPARATORS`)? Shared by :func:`rule_lot_title`
    and :func:`rule_agenda_item`."""
    if sent.p(sent.hi) and sent.s(sent.hi) in _FINAL:
        return False
    k = j + 2
    while k <= sent.hi and sent.p(k) and sent.s(k) in LOT_SEPARATORS:
        k += 1
    return s >= k


def rule_agenda_item(sent: _Sentence, s: int) -> str | None:
    """``referential``: the hit is in the title of an item of an agenda, a line that opens with "Item" (or "Agenda
    item") and the item's number and takes no final stop: "Item 7: Safe City CCTV Expansion", "Agenda Item 9 -
    Innovative Public Safety Technologies".

    An agenda lists the items of business by number and title (Robert's Rules of Order Newly Revised, 12th ed.,
    41:1-41:3, the order of business), and minutes repeat them as the headings of their record: the title designates
    the business, as a lot's title designates a part of a supply (:func:`rule_lot_title`), not the minute-taker's
    praise or criticism of it. A line with a final stop after "Item 10:" is a clause and keeps the use of its words.
    Returns the item as written ("Item 7", "Agenda Item 9")."""
    j = sent.first_word()
    if j < 0:
        return None
    a = j
    if sent.n(j) == "agenda" and j + 1 <= sent.hi:
        j += 1
    if sent.n(j) != "item" or j + 1 > sent.hi or not sent.n(j + 1).isdigit():
        return None
    return " ".join(sent.s(m) for m in range(a, j + 2)) if _in_numbered_title(sent, s, j) else None


#: the nouns of the numbered divisions of a contract or an act that a cross-reference names ("Clause 3", "Schedule 2")
DIVISION_NOUNS = frozenset({"clause", "clauses", "sub-clause", "subclause", "schedule", "section", "sections",
                            "paragraph", "paragraphs", "para", "annex", "appendix", "article", "articles", "part",
                            "condition", "conditions"})
_DIVISION_NUMBER = re.compile(r"\d+(?:\.\d+)*[a-z]?|[A-Z]|[IVX]+")
_SUB_NUMBER = re.compile(r"[0-9a-zA-Z]{1,4}")


def rule_cross_reference(sent: _Sentence, s: int) -> str | None:
    """``referential``: the hit is in the heading that a cross-reference gives in brackets after a division's number:
    "in breach of Clause 3 (Data Protection)", "Schedule 2 (Smart City Platform Specification)", "clause 14.2(a)
    (Privacy)".

    Contracts and statutes name the provision they refer to by its number and add its heading in brackets so that
    the reader knows which it is (the model contracts of the UK Crown Commercial Service cite "Clause 14 (Data
    Protection)" so throughout, and the Office of the Parliamentary Counsel's Drafting Guidance allows descriptive
    words in brackets after a cross-reference): the words are the provision's title, a name (Huddleston & Pullum 2002,
    5.20, as :func:`rule_standard_item` reads a standard's item), not the drafter's claim. Read as running text every
    cross-reference to the data-protection clause had been one more evaluative hit of the rights pole. The bracket
    must follow the number right away (a lettered or numbered subdivision in its own brackets between, "2(a)"), after
    a noun of :data:`DIVISION_NOUNS`, and hold the hit within its first eight words. Returns the reference as
    written ("Clause 3")."""
    k = s - 1
    while k >= sent.lo and s - k <= 8 and not (sent.p(k) and sent.s(k) in ("(", ")")):
        k -= 1
    if k < sent.lo or sent.s(k) != "(":
        return None
    j = k - 1
    while j - 2 >= sent.lo and sent.s(j) == ")" and sent.s(j - 2) == "(" and _SUB_NUMBER.fullmatch(sent.s(j - 1)):
        j -= 3  # the subdivisions of "2(a)(i)"
    if j - 1 < sent.lo or not _DIVISION_NUMBER.fullmatch(sent.s(j)):
        return None
    noun = j - 1
    if sent.s(noun) == "." and noun - 1 >= sent.lo:
        noun -= 1  # "para. 3"
    if sent.n(noun) not in DIVISION_NOUNS:
        return None
    return f"{sent.s(noun)} {sent.s(j)}"


def list_item(ctx: _Context, sent: _Sentence) -> tuple[int, int] | None:
    """The first and last row of the vertical list whose item ``sent`` is, or None where it is no list item.

    An item opens with a list glyph (:data:`discourse.segment.LIST_MARKERS`: "•", "✓", "▪" ...), or with "-", "*" or
    "+" where the item before or after it in its paragraph opens with the same mark; :func:`discourse.segment.sentences`
    makes each item a sentence of its own. The list is the run of such items in the paragraph. A list's items share
    one capitalisation style (Chicago Manual of Style, 17th ed., 6.130), so its headline case and whether it is a
    label are read from the whole list (:func:`_flags`), as they were from a list when it was one sentence."""
    def mark(lo: int) -> str | None:
        t = ctx.arr.token[lo]
        return str(t) if ctx.arr.punct[lo] and (str(t) in LIST_MARKERS or str(t) in ("-", "*", "+")) else None

    m = mark(sent.lo)
    if m is None:
        return _unmarked_list(ctx, sent)
    if sent.lo in ctx.marked_lists:  # (found once per list: each item's own walk over the list was quadratic)
        return ctx.marked_lists[sent.lo]
    doc, para = ctx.arr.doc, ctx.arr.paragraph
    n = len(doc)

    def same(lo: int) -> bool:
        return (0 <= lo < n and doc[lo] == doc[sent.lo] and para[lo] == para[sent.lo]
                and mark(int(ctx.s_first[lo])) == m and int(ctx.s_first[lo]) == lo)

    lo, hi = sent.lo, sent.hi
    while lo > 0 and same(int(ctx.s_first[lo - 1])):
        lo = int(ctx.s_first[lo - 1])
    while hi + 1 < n and same(hi + 1):
        hi = int(ctx.s_last[hi + 1])
    if m not in LIST_MARKERS and (lo, hi) == (sent.lo, sent.hi):
        return None  # a single line opening with a dash is no list
    k = lo
    while k <= hi:
        ctx.marked_lists[k] = (lo, hi)
        k = int(ctx.s_last[k]) + 1
    return lo, hi


def _unmarked_list(ctx: _Context, sent: _Sentence) -> tuple[int, int] | None:
    """The first and last row of the list set without markers whose item ``sent`` is, or None: the run of two or more
    short lines without a sentence's punctuation in one paragraph under a lead-in that ends in a colon, which
    :func:`discourse.segment.sentences` makes sentences of their own (its ``_unmarked_items``); the lead-in is the
    sentence before the run, in the paragraph or the one before it. Read as one list, as a marked list is, its
    items keep the uses they had as one sentence ("Our platform offers:" / "Seamless Integration" / "Innovative
    Analytics" is no menu of labels)."""
    if sent.lo in ctx.unmarked_lists:  # (found once per list: each item's question walked the list, quadratic)
        return ctx.unmarked_lists[sent.lo]
    if not _signature_line(sent):
        return None
    doc, para = ctx.arr.doc, ctx.arr.paragraph
    n = len(doc)

    def item(lo: int) -> bool:
        return (0 <= lo < n and doc[lo] == doc[sent.lo] and para[lo] == para[sent.lo]
                and _signature_line(ctx.sentence_of(lo)))

    lo, hi = sent.lo, sent.hi
    while lo > 0 and item(int(ctx.s_first[lo - 1])):
        lo = int(ctx.s_first[lo - 1])
    while hi + 1 < n and item(hi + 1):
        hi = int(ctx.s_last[hi + 1])
    found: tuple[int, int] | None = None
    if not ((lo, hi) == (sent.lo, sent.hi) or lo == 0 or doc[lo - 1] != doc[lo]):
        before = ctx.sentence_of(lo - 1)
        if before.p(before.hi) and before.s(before.hi) == ":":
            found = (lo, hi)
    k = lo
    while k <= hi:
        ctx.unmarked_lists[k] = found
        k = int(ctx.s_last[k]) + 1
    return found


def _flags(ctx: _Context, sent: _Sentence) -> tuple[bool, bool, bool]:
    """(headline case, label line, tagline) of the sentence, or of the whole list where it is a list item
    (:func:`list_item`; :func:`tagline`):
    the items' opening marks are no separators of a label line ("Home • News" is; "• Seamless Integration" on a line
    of its own opens an item), and a list is a label only as a label line is (at most three words, all capitalised:
    a menu), so a feature list in headline style ("✓ Cutting-Edge Analytics" / "✓ Industry-Leading Accuracy") keeps
    the uses of its words, while its capitals mark no name (:func:`headline_case`)."""
    span = list_item(ctx, sent)
    if span is None:
        label = rule_label_line(sent, ctx.stop) and (separated(sent) or not single_paragraph(ctx, sent.lo, sent.hi))
        return headline_case(sent, ctx.stop), label, tagline(sent, ctx.stop)
    got = ctx.list_flags.get(span)
    if got is None:  # (once per list: read again for each item, a list of n items took n times its length)
        whole = _Sentence(ctx, span[0], span[1])
        starts = {int(ctx.s_first[j]) for j in range(span[0], span[1] + 1)}
        got = ctx.list_flags[span] = (headline_case(whole, ctx.stop), rule_label_line(whole, ctx.stop, skip=starts),
                                      tagline(whole, ctx.stop))
    return got


def single_paragraph(ctx: _Context, lo: int, hi: int) -> bool:
    """Do rows ``lo`` to ``hi`` lie in a document of one paragraph (no token of another paragraph before or after)?

    A label line names a section, page or link of the page it stands on (:func:`rule_label_line`), on a line of its
    own above or beside the text it labels; a text that is one paragraph has no such line. Such texts are the
    answers to an open survey question ("Privacy", "MASS SURVEILLANCE", "Big Brother", "cameras everywhere. Big
    Brother"), posts and comments, and there the words are the writer's own answer: the capitals are the
    respondent's or the keyboard's (a phone capitalises the first letter), not a menu's. Read as label lines,
    "Privacy" was ``referential`` and "privacy" ``evaluative``, so an answer's count in the default balance
    depended on its capitalisation. A line divided by separators ("Privacy | Terms | Contact") is a menu or footer
    wherever it stands, and stays a label line."""
    return bool(ctx.one_paragraph()[ctx.arr.doc[lo]]) and ctx.arr.doc[lo] == ctx.arr.doc[hi]


def rule_label_line(sent: _Sentence, stop: np.ndarray, skip: set[int] | frozenset[int] = frozenset()) -> bool:
    """``referential``: the hit is in a label line (menu, footer, masthead, heading of at most three words).

    A "sentence" with no final punctuation whose content words are all capitalised, and that either has at
    most three words or is split by separators ("Privacy | Terms", "News \u00b7 Data Protection"), is web
    furniture or a label: it names a section, it predicates nothing (no clause, so no evaluation; Halliday &
    Matthiessen 2014 on minor clauses). Rows in ``skip`` (the opening marks of a list's items) are no separators.
    A line opened by an imperative verb of :data:`CALL_TO_ACTION_VERBS` with a word after it ("Request a Demo",
    "Book a Demo →") is no label: an imperative is a clause, a proposal to the reader (Halliday & Matthiessen 2014,
    4.5), the call to action of promotional genres, Bhatia's (2004) move "soliciting response", which buttons set in
    headline style as the same line in sentence style ("Request a demo") is; its hit keeps the use of its words.
    """
    words = sent.words()
    if not words or sent.n(sent.hi) in _FINAL or sent.s(sent.hi) in _FINAL:
        return False
    content = [j for j in words if not stop[j] and any(c.isalpha() for c in sent.s(j))]
    if not content or not all(is_capitalised(sent.s(j)) for j in content):
        return False
    if len(words) >= 2 and sent.n(words[0]) in CALL_TO_ACTION_VERBS:
        return False  # "Request a Demo": an imperative clause (see the docstring)
    return len(words) <= 3 or separated(sent, skip)


def separated(sent: _Sentence, skip: set[int] | frozenset[int] = frozenset()) -> bool:
    """Does a separator of menus and footers ("|", "·", ...) divide the sentence (rows in ``skip`` aside)?"""
    return any(sent.p(j) and sent.s(j) in _SEPARATORS for j in range(sent.lo, sent.hi + 1) if j not in skip)


def label_segment(sent: _Sentence, s: int) -> bool:
    """Is the part of a label line (:func:`rule_label_line`) that holds token ``s``, between its separators, a label
    of at most three words ("Privacy" of "Privacy | Terms of Use", "Data Protection" of "News · Data Protection")?

    A separator also divides a kicker from its headline ("ANALYSIS | Innovative Cameras Deepen Privacy Fears", "World
    · ..."): the kicker names the section, but the headline after it is a clause, a sentence in the block language
    of headlines (Quirk et al. 1985, 11.45-11.47), and predicates as any sentence does. Menu, footer and breadcrumb
    items are names of sections and pages, of one to three words; a part of four words or more is no such label."""
    lo = s
    while lo > sent.lo and not (sent.p(lo - 1) and sent.s(lo - 1) in _SEPARATORS):
        lo -= 1
    hi = s
    while hi < sent.hi and not (sent.p(hi + 1) and sent.s(hi + 1) in _SEPARATORS):
        hi += 1
    return sum(1 for j in range(lo, hi + 1) if not sent.p(j)) <= 3


def rule_proper_name(sent: _Sentence, s: int, e: int, stop: np.ndarray, headline: bool) -> bool:
    """``referential``: the hit is inside a longer Title Case name: "Huawei Safe City Solution", "the Smart
    City Expo", "Human Rights Watch" (where the lexicon does not list it).

    English capitalises proper names and the content words of names of organisations, programmes and
    products, but not common nouns (Huddleston & Pullum 2002, 5.20; Chicago Manual of Style 8.67). A hit
    counts as part of a name when its content words are capitalised and the capitalised run it belongs to
    (the hit plus capitalised neighbours, stopwords such as "of" inside allowed) reaches beyond the hit and
    has at least two words, one of which is not the sentence's first word (where capitals are
    obligatory). A capitalised term standing alone ("A Smart City is like a living organism") is not
    enough: house styles capitalise their key concepts (Chicago 8.1 on "capitalisation for emphasis"), so
    only a name around the term shows a name. Off in headline-case sentences (see :func:`headline_case`); the use
    rules switch it off in a tagline too (:func:`tagline`: "Smarter Decisions.").

    Since 3.2 the run also reaches left over a linking preposition (:data:`NAME_LINKS`: "of", "on", "for",
    "against", with an optional "the") to a capitalised word that is not the sentence's first: names of
    declarations, conferences, bodies and offices put their field after the head ("the Universal
    Declaration of Human Rights", "the World Conference on Human Rights", "the Commission on Human Rights",
    "the High Commissioner for Human Rights"), the "of"-construction of proper names (Quirk et al. 1985,
    ch. 5 on proper names with a postmodifying "of"-phrase; Huddleston & Pullum 2002, 5.20). The head must
    not be the sentence's first word, whose capital is obligatory ("Respect for Human Rights is ..." is
    no name).
    """
    if headline:
        return False
    first = sent.first_word()
    content = [j for j in range(s, e + 1) if not sent.p(j) and not stop[j]]
    if not content or not all(is_capitalised(sent.s(j)) for j in content):
        return False
    # The name is the capitalised run around the hit; it counts when it has a capitalised word beyond the hit,
    # and then it always has two capitalised words, one of them not the first (the hit's content words are
    # capitalised): so the first word the run reaches beyond the hit decides, and the run is not walked to
    # its end (a long run of capitals around many hits made this quadratic).
    if _name_on_left(sent, s - 1, stop, first):
        return True
    # (stop 66: a name read across "and", "Guiding Principles on Business and Human Rights", was withdrawn: on the
    # measured blind batches it lowered all three contrasts, -0.001 [-0.002, -0.000] vendor > rights, -0.001 [-0.001,
    # -0.000] vendor > news, -0.002 [-0.006, -0.000] news > rights; those pages are not read, but the fifteenth round
    # read such coordinated Title Case fields on vendor pages, "Privacy and Security by design"; docs/framing.md,
    # "Stop 66")
    j = e + 1
    while j <= sent.hi and not sent.p(j):
        if is_capitalised(sent.s(j)):
            return True
        if not (stop[j] and j + 1 <= sent.hi and is_capitalised(sent.s(j + 1))):
            break
        j += 1
    return False


def _name_on_left(sent: _Sentence, j: int, stop: np.ndarray, first: int) -> bool:
    """Whether the word at ``j``, right before a capitalised word, continues a name leftwards: a capitalised word
    that is no stopword ("Huawei Safe City"), or a link word of :data:`NAME_LINKS` with an optional "the" after
    the capitalised head of the name, not the sentence's first word ("Declaration of Human Rights", "Commission
    on the Status of ...")."""
    if j < sent.lo or sent.p(j):
        return False
    if is_capitalised(sent.s(j)) and not stop[j]:
        # The first word of a sentence is capitalised whatever it is, so its capital shows a name only where the
        # document never writes the word in lower case: "New Smart Cities need an operations centre" on a page that
        # writes "new" elsewhere is the adjective before a capitalised concept, which stands alone ("A Smart City
        # needs ...": no name), while "Hikvision Intelligent Video helps police" keeps its name. This is the
        # document-centred reading of capitals in ambiguous positions (Mikheev 2002, "Periods, capitalized words,
        # etc.", Computational Linguistics 28(3): a capitalised word where capitals are obligatory is a common
        # word if the same document writes it in lower case where they are not). It covers only the sentence's
        # first word, and a first word the document also writes capitalised with the same next word inside a
        # sentence is kept as a name ("De Revolutionibus is ..." beside "the acceptance of De Revolutionibus": the
        # sequence strategy of the same paper). A word the document never writes in lower case ("Modern Smart
        # Cities ..." on a page without "modern") still counts as part of a name, and a heading's capitals are the
        # headline-case rules' concern.
        if j != first:
            return True
        lower, pairs = sent.ctx.case_evidence(j)
        return sent.n(j) not in lower or (sent.s(j), sent.s(j + 1)) in pairs
    if sent.n(j) in NAME_LINKS:
        k = j - 1
        if k >= sent.lo and sent.n(k) == "the" and not sent.p(k):
            k -= 1
        return not (k < sent.lo or sent.p(k) or stop[k] or not is_capitalised(sent.s(k)) or k == first)
    return False


#: the signs that mark the words before them as a trade mark or service mark
TRADEMARK_SIGNS = frozenset({"\u2122", "\u00ae", "\u2120"})


def rule_trademark(sent: _Sentence, e: int) -> str | None:
    """``referential``: the hit is right before a trade mark sign, "™", "®" or "℠" ("the Intelligent Video™ suite",
    "SafeCity™"): the sign declares the words before it a mark, the name of a product or service (USPTO, Trademark
    Manual of Examining Procedure, 906-906.04 on the registration symbol and the unregistered ™ and ℠; INTA's usage
    guides set it after the brand, before the generic word), as a lexicon entry marked ``name = true`` would. A first
    person possessive before it makes it the speaker's own offer (:func:`rule_own_name`). Returns the sign."""
    j = e + 1
    if j <= sent.hi and sent.p(j) and sent.s(j) in TRADEMARK_SIGNS:
        return sent.s(j)
    return None


#: prepositions that link the head of a name to its field ("Declaration of Human Rights", "Conference on
#: Human Rights", "Commissioner for Human Rights", "Convention against Torture")
NAME_LINKS = frozenset({"of", "on", "for", "against"})


def rule_own_name(sent: _Sentence, s: int) -> str | None:
    """``evaluative``: a name (a lexicon entry marked as one, or a capitalised term, :func:`rule_proper_name`) after a
    first-person possessive determiner, at most one word between: "our Safe City platform", "our award-winning Smart
    City Suite".

    A name refers to a thing being discussed (the referential rules below), but a speaker who names an offer as
    *their own* presents it: the possessive makes the speaker its owner (Huddleston & Pullum 2002, 5.16), and naming
    one's own product in one's own voice is the central move of promotional genres (Bhatia 2004, ch. 3, "promoting
    the product or service"; the self-presentation of Goffman 1959). So the first person keeps the frame the
    speaker's even where the words are a name: "our Safe City keeps residents safe" is the vendor's promise, as this
    module's opening says. Third-person genitives ("Huawei's Safe City") stay referential
    (:func:`rule_possessive_name`); a term in lower case after "our" is decided by the rules as before (it is no
    name: "our data protection documentation"). In quoted speech the quoted speaker owns it.
    """
    for j in (s - 1, s - 2):
        if j < sent.lo or sent.p(j):
            return None
        if sent.n(j) in ("our", "my"):
            return sent.n(j)
    return None


def rule_own_source_name(ctx: _Context, sent: _Sentence, s: int) -> str | None:
    """``evaluative``: a name or a described offer whose owner, written right before it as a genitive or as a
    proper-noun modifier, is the document's own source or outlet: "Acme's Safe City suite" and "the Acme Smart City
    platform" on a page whose ``source`` is Acme.

    This is :func:`rule_own_name` in the third person. Institutions name themselves by name where a person says
    "we" (Thompson 1994, ch. 2, on self-attribution; the self-reference exception of the reporting rules,
    :func:`discourse._reported.own_name_subject`, reads "Acme believes that" on Acme's page so): a vendor that
    names its own product names it as its own, which is the central move of promotional genres (Bhatia 2004,
    ch. 3), not a reference to someone else's offer (:func:`rule_possessive_name`, :func:`rule_name_head`).
    The owner is compared with the document's own names as they are written (:func:`discourse._reported.own_names`:
    runs of letters, case kept, a leading article dropped); a document without a ``source`` or ``outlet`` column,
    or one labelled by a lower-case group name, has none, and the rules decide as before. Returns the owner.
    """
    names = ctx.own_names(s)
    if not names:
        return None

    def owned(words: list[str]) -> str | None:  # the owner anywhere in the run of capitalised modifiers
        for name in names:
            n = len(name)
            if any(tuple(words[i:i + n]) == name for i in range(len(words) - n + 1)):
                return " ".join(name)
        return None

    j = s - 1
    for _ in range(2):  # the words right before the hit; then, past a genitive, its owner ("Acme's Safe City suite")
        while j >= sent.lo and sent.p(j) and sent.s(j) in ("'", "\u2019"):
            j -= 1
        if j < sent.lo:
            return None
        genitive = sent.n(j) in ("'s", "\u2019s", "s'")
        if genitive:
            j -= 1
        words: list[str] = []
        while j >= sent.lo and not sent.p(j) and len(words) < 6:
            w = sent.s(j)
            if not genitive and not words and w.endswith(("'s", "\u2019s")):
                w, genitive = w[:-2], True  # "Acme's" as one token
            if not is_capitalised(w):
                break
            words.insert(0, w)
            j -= 1
        if (got := owned(words)) is not None:
            return got
        if genitive or not words:
            return None
        # no owner among the modifier words: look past them for a genitive ("Huawei's Safe City solution")
        k = j
        while k >= sent.lo and sent.p(k) and sent.s(k) in ("'", "\u2019"):
            k -= 1
        if not (k >= sent.lo and (sent.n(k) in ("'s", "\u2019s", "s'") or sent.s(k).endswith(("'s", "\u2019s")))):
            return None
    return None


#: heads that make the phrase before them the title of a document ("Human Rights Policy", "Sustainability Report",
#: "GRI content index"): the document heads among :data:`REFERENT_NOUNS`
DOCUMENT_NOUNS = frozenset({"report", "reports", "policy", "policies", "index", "guidelines", "guidance", "standard",
                            "standards", "newsletter", "documentation"})


def document_title_head(sent: _Sentence, e: int) -> str | None:
    """The document noun right after a hit ("Human Rights Policy", "our Sustainability Report"), else None.

    Such a phrase is the title of a document named by its topic, and the own-name rules
    (:func:`rule_own_name`, :func:`rule_own_source_name`) do not apply to it: a company's "Human Rights Policy",
    "Sustainability Report" or "Transparency Report" is the genre a standard prescribes (UN Guiding Principles on
    Business and Human Rights, principle 16, "a statement of policy"; GRI 1: Foundation 2021, the sustainability
    report), whatever the company thinks of its topic, and no offer it promotes as the vendor does "our Safe City
    platform" (Bhatia 2004, ch. 3). The hit is then decided by the name and head-noun rules, as "our human rights
    policy" in lower case always was (:func:`rule_referent_modifier`): its owner no longer makes the capitalised
    title the speaker's evaluation.
    """
    j = e + 1
    if j <= sent.hi and not sent.p(j) and sent.n(j) in DOCUMENT_NOUNS:
        return sent.n(j)
    return None


def rule_possessive_name(sent: _Sentence, s: int, e: int) -> str | None:
    """``referential``: a multiword term after a third-person proper genitive or a proper-noun modifier:
    "Huawei's smart city", "Hikvision's intelligent video", "Huawei Safe City".

    The genitive determiner makes the phrase a definite description of one party's product or programme
    (Huddleston & Pullum 2002, 5.16): the speaker names that party's offer. First-person possessives ("our
    smart city platform") are the speaker's own claim and stay evaluative. Only multiword terms: a single
    adjective after a genitive ("Huawei's innovative camera") is still the speaker's evaluation.

    """
    if e == s:
        return None
    j = s - 1
    while j >= sent.lo and sent.p(j) and sent.s(j) in ("'", "\u2019"):
        j -= 1
    if j < sent.lo:
        return None
    t, w = sent.n(j), sent.s(j)
    if t in ("'s", "\u2019s", "s'"):
        k = j - 1
        if k >= sent.lo and is_capitalised(sent.s(k)):
            return f"{sent.s(k)}'s"
        return None
    if w.endswith(("'s", "\u2019s")) and is_capitalised(w):
        return w
    return None


def rule_name_head(sent: _Sentence, s: int, e: int, name_ends: set[int], stop: np.ndarray, headline: bool) -> str | None:
    """``referential``: the hit is the head of a noun phrase whose modifier is a name: "Huawei's Safe City
    solution", "the Hikvision solutions".

    A proper name used as a premodifier makes the whole phrase a description of that party's product
    (Huddleston & Pullum 2002, 5.20 on proper names as attributive modifiers): "Safe City solution" names
    the product line, it does not praise a solution. The modifier is the end of a hit of a ``name`` entry,
    or a capitalised word (not the sentence's first, not a stopword, not in a headline-case sentence)
    after a determiner or genitive ("the Hikvision solution": a proper noun takes a determiner only when
    it modifies a head, Huddleston & Pullum 2002, 5.20). Without a tagger the head must look like a noun:
    the hit is a phrase, or its word ends in a noun-forming suffix (see :func:`looks_nominal`), so
    "Huawei empowers police" (a verb after a subject) is left alone.
    """
    j = s - 1
    if j < sent.lo or sent.p(j) or not looks_nominal(sent, s, e):
        return None
    if j in name_ends:
        return sent.s(j)
    if not headline and j != sent.first_word() and not stop[j] and is_capitalised(sent.s(j)) \
            and j - 1 >= sent.lo and (sent.n(j - 1) in _SKIPPABLE or sent.n(j - 1) in ("'s", "\u2019s")):
        return sent.s(j)
    return None


#: a parenthesised abbreviation: two to six capitals, an optional plural "s" ("IOC", "CCOC", "IOCs")
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
#: words an abbreviation may leave out ("Centre for Data Ethics and Innovation (CDEI)", "of", "the")
_ACRONYM_SKIPPABLE = frozenset({"of", "and", "for", "the", "a", "an", "&", "in", "on", "to"})


def rule_acronym_name(sent: _Sentence, s: int, e: int) -> str | None:
    """``referential``: the hit is inside a phrase that a parenthesised abbreviation right after it spells:
    "the intelligent operations centre (IOC)", "a safe city command platform (SCCP)".

    Writing a phrase out and giving its abbreviation in parentheses introduces the phrase as the fixed name
    of one thing, to be referred to by the abbreviation from then on (Quirk et al. 1985, App. I.74-I.75 on
    acronyms as names; Chicago Manual of Style 10.3 on spelling out a term at first use with its
    abbreviation in parentheses), whatever its capitals: the phrase names the system, it does not praise
    it. The abbreviation (two to six capitals, an optional plural "s") must spell the first letters of the
    words before the parenthesis, the hit among them; function words (:data:`_ACRONYM_SKIPPABLE`) may be
    skipped. Returns the abbreviation.
    """
    j = e + 1
    while j <= sent.hi and not sent.p(j) and j - e <= 6:
        j += 1  # the rest of the phrase up to the parenthesis
    if j + 2 > sent.hi or sent.s(j) != "(" or sent.s(j + 2) != ")" or not _ACRONYM.fullmatch(sent.s(j + 1)):
        return None
    letters = sent.s(j + 1).rstrip("s").lower()
    k, i = j - 1, len(letters) - 1
    while i >= 0 and k >= sent.lo and not sent.p(k):
        w = sent.n(k)
        if w[:1] == letters[i]:
            i -= 1
        elif w not in _ACRONYM_SKIPPABLE:
            return None
        k -= 1
    if i >= 0 or k + 1 > s:
        return None
    return sent.s(j + 1)


#: noun-forming suffixes (Quirk et al. 1985, App. I.30-I.35)
_NOUN_SUFFIXES = ("tion", "tions", "sion", "sions", "ity", "ities", "ness", "ment", "ments", "ism", "ance", "acy",
                  "ence", "ency", "ship", "system", "systems", "ecosystem", "ecosystems")


def looks_nominal(sent: _Sentence, s: int, e: int, entry: str = "") -> bool:
    """A hit that is a phrase, or whose one word ends in a noun-forming suffix ("solution", "efficiency").

    A phrase entry matched in its hyphenated spelling as one token ("civil-rights" for "civil rights") is a
    phrase too: the hyphen joins the words of the noun phrase when it premodifies a head (Quirk et al.
    1985, App. I.62 on hyphenated compounds), so ``entry`` (the lexicon entry) with a space counts.
    """
    if e > s or " " in entry:
        return True
    return sent.n(s).endswith(_NOUN_SUFFIXES)


#: endings of adjectives (Quirk et al. 1985, App. I.51-I.55: -ive, -ous, -ful, -less, -able/-ible, -ory, -ic, -ian; the
#: participial adjectives in -ed, I.56; -ient and -gent of "efficient", "convenient", "intelligent")
_ADJECTIVE_SUFFIXES = ("ive", "ous", "ful", "less", "able", "ible", "ory", "ic", "ian", "ed", "ient", "gent")


def looks_adjectival(sent: _Sentence, s: int, e: int, entry: str = "") -> bool:
    """A hit of one word (not a phrase entry) with an adjective's ending: "repressive", "unlawful", "sustainable",
    "biased", "efficient" (:data:`_ADJECTIVE_SUFFIXES`)."""
    return e == s and " " not in entry and sent.n(s).endswith(_ADJECTIVE_SUFFIXES)


def rule_referent_modifier(sent: _Sentence, s: int, e: int, entry: str = "",
                           compounds: dict[int, int] | None = None) -> str | None:
    """``referential``: the hit modifies a head noun that names a market, programme, contract, event or
    organisation: "the smart city market", "Safe City projects", "a public safety contract".

    In a noun-noun compound the modifier classifies the head (Quirk et al. 1985, 17.108; Huddleston &
    Pullum 2002, 19.3): "smart city market" names a market segment; it does not call anything smart. Heads
    are listed in :data:`REFERENT_NOUNS`; products ("platform", "solution") are not, since selling them
    is what promotional language does. The heads added in 3.0 (:data:`NOUN_ONLY_REFERENT_NOUNS`: groups,
    advocates, guidelines, concept, rhetoric ...) make a classifier of a nominal hit only (a phrase or a
    word with a noun suffix, :func:`looks_nominal`): "human rights groups", but "innovative ideas" praises.

    ``compounds`` maps the first row of every lexicon hit (another hit of the lexicon, "law enforcement") to its last
    row. English compounds are headed by their last noun (Quirk et al. 1985, App. I.57; Huddleston &
    Pullum 2002, 19.3), so where such a phrase follows the hit its head is the phrase's last word, not its first:
    "empowers law enforcement" has the head "enforcement", not the referent noun "law" (it had made the vendor's
    "empowers" a name), while "a privacy law" keeps "law".

    The modifier must be a noun: an adjective before the head describes it (Biber et al. 1999, 7.4 on descriptors
    and classifiers: "repressive policies", "unlawful act", "innovative policies", "a seamless rollout" call the
    thing so), so a hit of one word with an adjective's ending (:func:`looks_adjectival`) is no classifier of any
    head. Of 27 one-word hits this rule took in 500 Brown texts and 183 UN speeches, 22 were such adjectives.
    """
    j = e + 1
    stacked = _stacked_head(sent, s, e, entry, compounds)
    if stacked is not None:
        return stacked
    if compounds is not None and j in compounds and compounds[j] > j:
        return None  # the next words are a compound of the lexicon whose head is its last word
    if looks_adjectival(sent, s, e, entry):
        return None  # an adjective describes its head, it does not classify it
    if j <= sent.hi and not sent.p(j) and sent.n(j) in REFERENT_NOUNS:
        if sent.n(j) in NOUN_ONLY_REFERENT_NOUNS and not looks_nominal(sent, s, e, entry):
            return None
        return sent.n(j)
    # eighth round: "privacy by design", "data protection by default": the name of a principle of
    # data-protection law (GDPR art. 25; Cavoukian 2009), which a page cites as a standard it meets
    if (j + 1 <= sent.hi and sent.n(j) == "by" and sent.n(j + 1) in ("design", "default")
            and looks_nominal(sent, s, e, entry)):  # (a noun: not the critic's 'intrusive by design')
        return f"by {sent.n(j + 1)}"
    if j <= sent.hi and sent.n(j) in _COORDINATORS:
        head = _coordinated_head(sent, j, compounds)
        if head is not None and (head not in NOUN_ONLY_REFERENT_NOUNS or looks_nominal(sent, s, e, entry)):
            return head
    if looks_nominal(sent, s, e, entry):
        return _instrument_before(sent, s) or _market_field(sent, s)
    return _market_field(sent, s)  # (no adjective by its ending, as above: "smart" of "smart parking" classifies)


def _stacked_head(sent: _Sentence, s: int, e: int, entry: str, compounds: dict[int, int] | None) -> str | None:
    """The referent noun that ends a compound of three or more nouns whose middle is another hit of the lexicon:
    "the smart city solution market", "the Best Smart City Solution Award".

    A compound of more than two nouns is headed by its last noun, and every noun before it classifies that head
    (Quirk et al. 1985, App. I.57; Huddleston & Pullum 2002, 19.3 on recursive compounds: [[smart city] solution]
    market is a kind of market); the hit had been read as modifying the next hit alone, which names no referent,
    and "smart city" of "smart city solution market" was the writer's own promotion while "solution" beside it was
    a classifier. Both the hit and the hit after it must look like nouns (:func:`looks_nominal`): an adjective or
    verb before them describes or acts ("empowers law enforcement agencies", "innovative solution vendors")."""
    j = e + 1
    if compounds is None or j not in compounds or not looks_nominal(sent, s, e, entry):
        return None
    k = compounds[j]
    if k > sent.hi or sent.p(j) or not looks_nominal(sent, j, k):
        return None
    h = k + 1
    if h <= sent.hi and not sent.p(h) and sent.n(h) in REFERENT_NOUNS and sent.n(h) not in NOUN_ONLY_REFERENT_NOUNS:
        return sent.n(h)
    return None


#: the nouns of a market whose "for" phrase names its segment ("the market for smart parking")
_MARKET_NOUNS = frozenset({"market", "markets"})


def _market_field(sent: _Sentence, s: int) -> str | None:
    """The market whose "for" phrase holds the hit: "the market for smart parking will reach $9 billion", "the
    global market for smart city solutions".

    A postmodifying prepositional phrase stands for the noun premodifier before the head (Quirk et al. 1985,
    17.104-17.110): "the market for smart parking" is "the smart parking market", which
    :func:`rule_referent_modifier` reads as a classifier naming a market segment; a market-research summary
    forecasts the segment's size and calls nothing smart. The hit is the first word after "for" (an optional
    "the" between), or a later word of the same noun phrase after at most three content words with no
    punctuation between ("the market for licence-plate solutions"). Only "market(s)": "demand for", "a need for
    smart solutions" state a want of the thing, not a segment's name."""
    stop = sent.ctx.stop
    k = s - 1
    for _ in range(4):
        if k < sent.lo or sent.p(k):
            return None
        if sent.n(k) == "the":
            k -= 1
            break
        if sent.n(k) == "for" or stop[k]:
            break
        k -= 1
    if k - 1 < sent.lo or sent.n(k) != "for" or sent.p(k - 1):
        return None
    return sent.n(k - 1) if sent.n(k - 1) in _MARKET_NOUNS else None


_COORDINATORS = frozenset({",", "and", "or"})
#: the instruments of law that a prepositional phrase after them gives their field ("laws relating to privacy",
#: "regulations governing data protection", "legislation on human rights"), as the same word before them does
_INSTRUMENT_NOUNS = frozenset({
    "law", "laws", "act", "acts", "bill", "bills", "regulation", "regulations", "legislation", "rule", "rules",
    "statute", "statutes", "ordinance", "ordinances", "directive", "directives", "requirement", "requirements",
    "obligation", "obligations", "standards", "guidelines", "framework", "frameworks", "policy", "policies",
})
#: the prepositions (one word, or the last of a complex one, with the words before it) that give such a head its field
_TOPIC_PREPOSITIONS = {"regarding": (), "concerning": (), "governing": (), "on": (), "about": (),
                       "to": (("relating",), ("related",), ("pertaining",), ("with", "respect")),
                       "of": (("in", "respect"),)}


def _coordinated_head(sent: _Sentence, j: int, compounds: dict[int, int] | None) -> str | None:
    """The referent noun that a hit shares with the lexicon terms coordinated after it: "privacy and data protection
    laws", "privacy, data protection and surveillance laws", "human rights and privacy advocates".

    Coordinated premodifiers share their head (Huddleston & Pullum 2002, ch. 15 on the coordination of dependents:
    "privacy and data protection laws" is privacy laws and data protection laws), so the first conjunct classifies
    the head as the last does; only the last had been read, and "privacy" of the filer's "privacy and data protection
    laws" was its own rights evaluation beside a referential "data protection". Coordination is of like
    constituents, but "human rights and humanitarian law" may as well join a noun phrase to a noun phrase (the
    ambiguity of "old men and women", Quirk et al. 1985, ch. 13), so every conjunct must be a hit of the lexicon
    (``compounds`` maps each hit's first row to its last), a field term as the hit is, with an "and" or "or" before
    the last and the head right after it. Read with any conjunct of content words, 9 of the 16 hits it changed in 80
    UN speeches and 250 Brown texts were such noun phrases ("peace, security and international humanitarian law")."""
    if compounds is None:
        return None
    seen_and = False
    for _ in range(4):  # at most four conjuncts after the hit
        if j > sent.hi or sent.n(j) not in _COORDINATORS:
            return None
        if sent.n(j) != ",":
            seen_and = True
        elif j + 1 <= sent.hi and sent.n(j + 1) in ("and", "or"):
            j += 1
            seen_and = True
        if j + 1 not in compounds:
            return None
        k = compounds[j + 1] + 1
        if seen_and and k <= sent.hi and not sent.p(k) and sent.n(k) in REFERENT_NOUNS:
            return sent.n(k)
        j = k
    return None


def _instrument_before(sent: _Sentence, s: int) -> str | None:
    """The instrument of law (:data:`_INSTRUMENT_NOUNS`) whose prepositional phrase holds the hit: "laws relating to
    privacy", "regulations regarding privacy, data protection and human rights", "legislation on data protection".

    A prepositional phrase after the head stands for the noun premodifier before it (Quirk et al. 1985,
    17.104-17.110: "laws relating to privacy" is "privacy laws"), which :func:`rule_referent_modifier` reads as a
    classifier; the filings' form of the phrase had been the filer's own rights evaluation, its premodified form a
    name. The hit is the preposition's complement, after an optional "the", or a later conjunct of it (after a comma,
    "and" or "or", the conjuncts before it of at most three content words each). Only instruments of law: "a debate
    on privacy" or "a report on mass surveillance" has a topic, not a field."""
    k = s - 1
    if k >= sent.lo and sent.n(k) == "the":
        k -= 1
    stop = sent.ctx.stop
    crossed = 0
    while k >= sent.lo and crossed < 12:
        w = sent.n(k)
        befores = _TOPIC_PREPOSITIONS.get(w)
        if befores is not None and not sent.p(k):
            p0 = None
            if not befores:
                p0 = k
            else:
                for words in befores:
                    a = k - len(words)
                    if a >= sent.lo and tuple(sent.n(x) for x in range(a, k)) == words:
                        p0 = a
                        break
            if p0 is not None:
                h = p0 - 1
                if h >= sent.lo and not sent.p(h) and sent.n(h) in _INSTRUMENT_NOUNS:
                    return sent.n(h)
                return None
        if crossed == 0 and w not in _COORDINATORS:
            return None  # the hit is not the first word after the preposition nor a later conjunct
        if w in _COORDINATORS or (not sent.p(k) and not stop[k]):
            k -= 1
            crossed += 1
            continue
        return None
    return None


def rule_office_field(sent: _Sentence, s: int, e: int, entry: str = "") -> str | None:
    """``referential``: the hit names the field of an office, post or unit: "Tran Quoc Bao, deputy head of
    digital transformation at the ministry", "the director of public safety", "a minister for innovation".

    The "of"/"for" phrase after a noun of office (:data:`OFFICE_NOUNS`) gives the office its field, as a
    portfolio does (Quirk et al. 1985, 17.38-17.44 on postmodifying prepositional phrases; the capitalised
    forms, "Minister of Public Safety", are names and go to ``proper_name``): the phrase names a
    department or a job, and whoever writes it adopts no frame. Nominal hits only (:func:`looks_nominal`),
    with an optional "the" before the hit. Returns the noun of office.
    """
    if not looks_nominal(sent, s, e, entry):
        return None
    j = s - 1
    if j >= sent.lo and sent.n(j) == "the":
        j -= 1
    if j - 1 < sent.lo or sent.n(j) not in ("of", "for") or sent.p(j - 1):
        return None
    return sent.n(j - 1) if sent.n(j - 1) in OFFICE_NOUNS else None


def rule_mention(sent: _Sentence, s: int) -> str | None:
    """``referential``: the term is mentioned, not used: "the term Smart City", "the concept of the smart
    city", "the buzzword 'seamless'".

    A noun of metalanguage (:data:`MENTION_NOUNS`: term, word, phrase, concept, notion, idea, slogan ...)
    right before the hit, or followed by "of" (and an article) before it, makes the hit the name of an
    expression or idea that the sentence talks about; the speaker neither adopts nor rejects it (Quine
    1940, 1.4 on use and mention; Saka 1998 on mention without quotation marks). Returns the noun.
    """
    j = s - 1
    while j >= sent.lo and (sent.n(j) in ("a", "an", "the") or (sent.p(j) and sent.s(j) in ("'", "\u2018", '"', "\u201c"))):
        j -= 1
    if j >= sent.lo and sent.n(j) == "of":
        j -= 1
    if j >= sent.lo and not sent.p(j) and sent.n(j) in MENTION_NOUNS:
        return sent.n(j)
    return _named_subject(sent, s)


def _named_subject(sent: _Sentence, s: int) -> str | None:
    """The noun of metalanguage that a copular predicate says the sentence's subject is, where the hit is in that
    subject: "Smart policing is the name police departments give to ...", "Smart city is a marketing buzzword": the
    predicate is true of the expression, not of what it names (Quine 1940, 1.4), so the subject is mentioned. The
    subject is the sentence's first one to four words before "is", "are", "was" or "were"; then an article and at
    most one modifier before the noun (:data:`MENTION_NOUNS`)."""
    words = [j for j in range(sent.lo, min(sent.hi, sent.lo + 8) + 1) if not sent.p(j)]
    be = next((i for i, j in enumerate(words) if sent.n(j) in _BE_FORMS), None)
    if be is None or not 1 <= be <= 4 or s >= words[be]:
        return None
    rest = words[be + 1:]
    if rest and sent.n(rest[0]) in ("a", "an", "the", "just", "only", "simply"):
        rest = rest[1:]
    if rest and sent.n(rest[0]) in ("a", "an", "the"):
        rest = rest[1:]
    for j in rest[:2]:
        if sent.n(j) in _LABEL_NOUNS and not (j < sent.hi and sent.n(j + 1) == "of"):
            return sent.n(j)
    return None


#: nouns that call an expression a label others give ("the name police give to ...", "a buzzword", "a euphemism"):
#: not "word", "term" or "idea", which also say a description fits ("Mass surveillance is the word for it"), nor "the
#: name of" ("Efficiency is the name of the game": :func:`_named_subject`)
_LABEL_NOUNS = frozenset({"name", "label", "buzzword", "buzzwords", "slogan", "catchphrase", "moniker", "epithet",
                          "catchword", "jargon", "tagline", "motto", "euphemism", "misnomer", "brand"})


_WHAT_IS = frozenset({"is", "are", "'s", "was", "were"})
_QUESTION_LEAD = frozenset({"so", "but", "and", "exactly", "then"})


def rule_definition_question(sent: _Sentence, s: int, e: int) -> str | None:
    """``referential`` (rule ``mention``): the hit is the term a question asks the meaning of, "What is smart
    policing?", "What are smart cities?", "What does 'smart policing' mean?", "What is meant by public safety?",
    the questions of a FAQ.

    A question asserts nothing (Searle 1969, *Speech Acts*, 3.4: its point is to elicit, not to commit the speaker
    to a proposition), and "What is X?" asks what X is or means, so X is the topic of the question, named, not
    applied to anything (Quine 1940, 1.4 on use and mention): the answer that follows, "Smart policing is ...", is
    where the writer's own words stand. The sentence is only the question: "what", the verb, "a" or "an", the term
    to the question mark, at most four words and no function word ("What does X mean?" and "What is meant by X?"
    the same). A kind is asked about: "What are the relevant data?", with a definite, asks which referent is meant
    (the specifying use of "be", Huddleston & Pullum 2002, ch. 4, 5.5). Returns the question's opening."""
    # (the question mark and the sentence's length first: the rule is asked once per hit, and listing the words of a
    # transcript's one long run for each had made it quadratic)
    if not (sent.p(sent.hi) and sent.s(sent.hi) == "?") or sent.hi - sent.lo + 1 > 30:
        return None
    words = [j for j in range(sent.lo, sent.hi + 1) if not sent.p(j)]
    if len(words) > 12:
        return None
    ns = [sent.n(j) for j in words]
    i = 0
    while i < len(ns) and ns[i] in _QUESTION_LEAD:
        i += 1
    if i + 2 >= len(ns) or ns[i] != "what":
        return None
    if ns[i + 1] == "does" or ns[i + 1] == "do":
        term = [j for j in words[i + 2:-1] if sent.n(j) not in ("a", "an")]
        if ns[-1] != "mean" or not term or len(term) > 4 or any(sent.ctx.stop[j] for j in term) \
                or not (term[0] <= s and e <= term[-1]):
            return None
        return f"what {ns[i + 1]} ... mean"
    if ns[i + 1] not in _WHAT_IS:
        return None
    k = i + 2
    if ns[k:k + 2] == ["meant", "by"]:
        k += 2
    while k < len(ns) and ns[k] in ("a", "an", "exactly"):
        k += 1
    if k < len(ns) and ns[k] in ("the", "this", "that", "these", "those"):
        return None  # "What are the relevant data?" asks which referent, not what a kind is (a definite: specifying be)
    term = words[k:]
    if ns[-1] in ("worth", "like"):
        return None  # "What is privacy worth?", "What is X like?": "what" is the object of "worth" or "like", not X's
    if not term or len(term) > 4 or any(sent.ctx.stop[j] for j in term) or not (term[0] <= s and e <= term[-1]):
        return None  # the term alone, of content words ("What is 'smart' about smart policing?" asks no meaning)
    return " ".join(ns[i:i + 2])


def rule_classifier(sent: _Sentence, s: int, e: int) -> str | None:
    """``referential``: "smart" or "intelligent" right before a device noun classifies the device, it does
    not praise it: "smart cameras", "smart meters", "intelligent CCTV".

    Adjectives have a classifying use (they delimit a subclass: "a smart card", "an electric car") beside
    their descriptive, gradable use (Biber et al. 1999, 7.7 on classifying adjectives; Quirk et al. 1985,
    7.36 and 17.108 on classifying premodifiers). A device noun (:data:`DEVICE_NOUNS`) after the one-word
    hit "smart" or "intelligent" (:data:`CLASSIFIER_ADJECTIVES`) makes the phrase the name of a product
    class, used alike by vendors and by campaigns against it ("a ban on smart cameras"). A graded use
    ("very smart cameras") is caught first by ``intensified``. Returns the device noun.

    Since the fourth validation round of issue 11 (the lexicon, 3.2.0, is unchanged) also a phrase hit that
    begins with one of these adjectives: "intelligent video cameras", "smart city sensors". A noun phrase that
    premodifies a noun classifies it as an adjective does (Quirk et al. 1985, 17.108 on classifying noun
    premodifiers), so the whole phrase names the class of the device, as "smart" alone does in "smart
    cameras"; the first word keeps the rule to the adjectives whose classifying use it describes (a critical
    phrase before a device noun, "mass surveillance cameras", is left alone).
    """
    if sent.n(s) not in CLASSIFIER_ADJECTIVES:
        return None
    j = e + 1
    if j <= sent.hi and not sent.p(j) and sent.n(j) in DEVICE_NOUNS:
        return sent.n(j)
    return None


def _quote_words(ctx: _Context, r: int) -> int:
    """Word tokens of the quotation that token ``r`` is in (same document, same quote id)."""
    if ctx.quote_words is None:
        has = np.flatnonzero(pd.notna(ctx.qid))
        key = pd.DataFrame({"d": ctx.arr.doc[has], "q": ctx.qid[has].astype(np.int64),
                            "w": ~ctx.arr.punct[has]})
        ctx.quote_words = {(int(d), int(q)): int(w) for (d, q), w in key.groupby(["d", "q"])["w"].sum().items()}
    return ctx.quote_words.get((int(ctx.arr.doc[r]), int(ctx.qid[r])), 0)


#: the verbs with which a definition gives the meaning of the term quoted before them: "'x' means ...", "'x' shall
#: mean", "'x' has the meaning given in ...", "'x' includes ...", "'x' is defined as", "'x' refers to"
DEFINING_VERBS = frozenset({"means", "mean", "includes", "include", "refers", "refer", "denotes", "denote"})
_DEFINING_AUX = frozenset({"shall", "will", "does", "do", "also", "is", "are", "has", "have"})
#: determiners, which a defined term never has before its quotation mark ("'x' means", "the term 'x' means")
_DEFINITION_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "our",
                                     "his", "her", "my", "your", "so-called"})


def rule_definition(ctx: _Context, sent: _Sentence, s: int) -> str | None:
    """``referential``: the hit is a term in quotation marks that the sentence defines, "'remote biometric
    identification system' means an AI system ...", "'biometric surveillance' shall mean ...", "In this Act,
    'privacy' has the meaning given in section 2", "the term 'mass surveillance' includes ...".

    A law, a regulation or a contract sets off the term it defines in quotation marks and gives its meaning with
    "means" (an exhaustive definition) or "includes" (an extending one) (Joint Practical Guide of the European
    Parliament, the Council and the Commission for the drafting of EU legislation, 2015, guideline 14; Office of
    the Parliamentary Counsel, Drafting Guidance, 2020, 2.1 on definitions; Garner's Dictionary of Legal Usage,
    "means; includes"): the quotation marks mark a mention of the term (Quine 1940 on use and mention), not the
    drafter's distance from it, which is what scare quotes say. So the quotation of the hit (which holds the hit:
    the rule is asked for hits in a mention quotation only) must be followed in the sentence, after its closing
    mark, by a defining verb (:data:`DEFINING_VERBS`, after "shall", "will", "also" ...), by "has the meaning" /
    "have the meaning", or by "is defined" / "are defined" (a scope, "as used herein", may stand between); and no determiner may stand before its opening mark
    (:data:`_DEFINITION_DETERMINERS`): the defined term is quoted bare, as the subject of its definition
    ("'document' includes ...", "the term 'x' means"), while "the 'safe city' includes 1,000 cameras" uses the
    term in scare quotes and stays ``scare_quotes``. Returns the verb."""
    q = ctx.qid[s]
    k = s
    while k > sent.lo and ctx.qid[k - 1] == q:
        k -= 1
    k -= 1
    while k >= sent.lo and sent.p(k) and sent.s(k) in ("'", "\u2018", '"', "\u201c"):
        k -= 1
    if k >= sent.lo and sent.n(k) in _DEFINITION_DETERMINERS:
        return None
    j = s
    while j <= sent.hi and ctx.qid[j] == q:  # past the quotation's words and its closing mark
        j += 1
    while j <= sent.hi and sent.p(j) and sent.s(j) in ("'", "\u2019", '"', "\u201d", ","):
        j += 1
    if j + 1 <= sent.hi and sent.n(j) == "as" and sent.n(j + 1) == "used":
        # "the term 'x' as used herein means ...", "'x', as used in this specification, refers to ...": the scope of
        # the definition, the formula with which a patent's drafter acts as their own lexicographer (MPEP
        # 2111.01(IV)) and a contract's definitions clause limits its terms; passed over to the defining verb
        k = j + 2
        while k <= min(sent.hi, j + 12) and sent.n(k) not in DEFINING_VERBS and sent.n(k) not in _DEFINING_AUX \
                and (not sent.p(k) or sent.s(k) == ","):
            k += 1
        j = k
    words = [sent.n(k) for k in range(j, min(sent.hi, j + 3) + 1)]
    while words and words[0] in _DEFINING_AUX and not (words[0] in ("has", "have") and words[1:2] == ["the"]):
        if words[0] in ("is", "are") and words[1:2] == ["defined"]:
            return "defined"
        words.pop(0)
    if words and words[0] in DEFINING_VERBS:
        return words[0]
    if words[:3] in (["has", "the", "meaning"], ["have", "the", "meaning"]):
        return "has the meaning"
    return None


def rule_quotation_marks(ctx: _Context, sent: _Sentence, s: int, e: int,
                         headline: bool = False) -> tuple[str, str] | None:
    """A hit inside a *mention* quotation (quotation marks that are not speech) in the speaker's voice.

    Quotation marks around words that are not reported speech do four different jobs (Predelli 2003,
    Saka 2006; Cappelen & Lepore 2007 on mixed quotation):

    - ``partial_quotation`` -> ``reported``: a reporting verb earlier in the sentence introduces the quoted
      words as someone's (an NGO director "said the system was 'intrusive by design'");
    - ``definition`` -> ``referential``: the sentence defines the quoted term ("'biometric surveillance' means
      ...": :func:`rule_definition`);
    - ``quoted_title`` -> ``referential``: the quotation holds more than the term (two or more words beyond
      it): the title of a report, talk or event, or a slogan cited as a name ("'Smart Cities: the next
      frontier'");
    - ``quoted_title`` -> ``referential`` too when the quotation holds just the term but the term is a
      name written in Title Case (two or more capitalised words: "30 'Safety City' programs"; not in a
      headline-case sentence, where capitals say nothing, see :func:`headline_case`):
      quotation marks around a capitalised name set off the name as a name (Chicago Manual of Style 7.58,
      8.2: names of programmes and coined names);
    - ``scare_quotes`` -> ``distanced``: the quotation holds just the term (at most one word more, such as
      an article) in lower case: the speaker uses the words but does not own them ("the 'safe city'").
    Returns (use, rule) or None when the hit is not in a mention quotation.
    """
    if ctx.qkind[s] != "mention" or ctx.qid[s] is None:
        return None
    if sent._quote_verbs is None:
        # the first reporting verb of the sentence and the first one outside its quotation (once per sentence):
        # the first verb before the hit in another quotation than the hit's is one of these two
        verbs = [j for j in sent.at(_ALL_REPORTING) if reporting_verb_at(sent, j) is not None]
        j0 = verbs[0] if verbs else None
        j1 = next((j for j in verbs if ctx.qid[j] != ctx.qid[j0]), None) if verbs else None
        sent._quote_verbs = (j0, j1)
    j0, j1 = sent._quote_verbs
    if j0 is not None:
        j = j0 if ctx.qid[j0] != ctx.qid[s] else j1
        if j is not None and j < s:
            return "reported", "partial_quotation"
    if rule_definition(ctx, sent, s) is not None:
        return "referential", "definition"
    n_words = _quote_words(ctx, s)
    n_hit = int((~ctx.arr.punct[s:e + 1]).sum())
    if n_words >= n_hit + 2:
        return "referential", "quoted_title"
    content = [j for j in range(s, e + 1) if not sent.p(j) and not ctx.stop[j]]
    if not headline and len(content) >= 2 and all(is_capitalised(sent.s(j)) for j in content):
        return "referential", "quoted_title"
    return "distanced", "scare_quotes"


def classify_uses(tokens: pd.DataFrame, matches: pd.DataFrame, lexicon: Lexicon, *,
                  arr: TokenArrays | None = None, on: str = "norm") -> pd.DataFrame:
    """The ``use``, ``use_rule`` and ``cue`` of every match (one row per match, in the same order).

    ``tokens`` must be in document order (:func:`check_tokens`); ``matches`` from
    :meth:`Lexicon.find_matches` on the same tokens. ``cue`` holds the words that decided the rule (the
    distancing cue, negator, reporting verb, head noun, possessor ...; missing for ``default``,
    ``name_entry`` and the capitalisation rules).
    """
    arr = arr if arr is not None else TokenArrays(tokens)
    return _classify(_Context(arr, on), matches, lexicon)


def _classify(ctx: _Context, matches: pd.DataFrame, lexicon: Lexicon,
              everything: pd.DataFrame | None = None) -> pd.DataFrame:
    """The uses of ``matches``; ``everything``: the matches of every category on the same tokens (default
    ``matches``), whose phrases are the compounds of :func:`rule_referent_modifier` and whose names end the names
    of :func:`rule_name_head`, whichever categories are asked for."""
    names = {e.pattern for e in lexicon.entries if getattr(e, "name", False)}
    r0 = matches["token_row"].to_numpy(dtype=np.int64)
    r1 = r0 + matches["n_tokens"].to_numpy(dtype=np.int64) - 1
    entries = matches["entry"].to_numpy(dtype=object)
    every = matches if everything is None else everything
    a0 = every["token_row"].to_numpy(dtype=np.int64)
    a1 = a0 + every["n_tokens"].to_numpy(dtype=np.int64) - 1
    name_ends = {int(e) for e, entry in zip(a1.tolist(), every["entry"].to_numpy(dtype=object), strict=True)
                 if entry in names}
    # every hit's first row to its last (a phrase's, or a word's own): the compounds and conjuncts of
    # rule_referent_modifier
    compounds = {int(s): int(e) for s, e in zip(a0.tolist(), a1.tolist(), strict=True)}
    uses, rules, cues = [], [], []
    flags: dict[int, tuple[bool, bool, bool]] = {}
    for s, e, entry in zip(r0.tolist(), r1.tolist(), entries, strict=True):
        sent = ctx.sentence_of(s)
        if sent.lo not in flags:
            flags[sent.lo] = _flags(ctx, sent)
        headline, label, slogan = flags[sent.lo]
        use, rule, cue = _decide(ctx, sent, s, e, entry, names, name_ends, headline, label, slogan, compounds)
        uses.append(use)
        rules.append(rule)
        cues.append(cue)
    return pd.DataFrame({"use": np.array(uses, dtype=object), "use_rule": np.array(rules, dtype=object),
                         "cue": np.array(cues, dtype=object)})


def _decide(ctx: _Context, sent: _Sentence, s: int, e: int, entry: str, names: set[str], name_ends: set[int],
            headline: bool, label: bool, slogan: bool = False,
            compounds: dict[int, int] | None = None) -> tuple[str, str, str | None]:
    if ctx.arr.voice[s] == "reported":
        # a term of a reported clause in scare quotes or after "so-called" ("Wang said the so-called 'mass
        # surveillance' accusations are groundless") is kept at a distance, by the reported speaker or by the writer
        # reporting them: distanced, as in direct speech and in the author's voice (Quirk et al. 1985, 15.38; Predelli
        # 2003). As 'reported' it had counted as the speaker's own rights language under uses=["evaluative",
        # "reported"]. Only these explicit marks are read here (and the pretext nouns of rule_pretext, "under the pretext of
        # public safety"); every other hit of the clause is 'reported'. Not the
        # marks of a headline in headline case ("'Innovative' Cameras Will Cut Crime, Police Chief Says"): headlines
        # set the source's own words in single quotation marks (AP Stylebook, "headlines"), a partial quotation of
        # the reported speaker, not the writer's distance
        q = None if headline else rule_quotation_marks(ctx, sent, s, e, headline)
        if q is not None and q[0] == "distanced":
            return q[0], q[1], None
        cue = rule_distancing_cue(sent, s) or rule_pretext(sent, s, e)
        if cue is not None:
            return "distanced", "distancing_cue", cue
        return "reported", "reported_voice", None
    q = rule_quotation_marks(ctx, sent, s, e, headline)
    if q is not None:
        return q[0], q[1], None
    item = rule_standard_item(sent, s)
    if item is not None:
        return "referential", "standard_item", item
    lot = rule_lot_title(sent, s)
    if lot is not None:
        return "referential", "lot_title", lot
    item = rule_agenda_item(sent, s)
    if item is not None:
        return "referential", "agenda_item", item
    ref = rule_cross_reference(sent, s)
    if ref is not None:
        return "referential", "cross_reference", ref
    signed = rule_signatory(ctx, sent)
    if signed is not None:
        return "referential", "signatory", signed
    cue = rule_distancing_cue(sent, s)
    if cue is None:
        cue = rule_final_disjunct(sent, s)
    if cue is None:
        cue = rule_pretext(sent, s, e)
    if cue is not None:
        return "distanced", "distancing_cue", cue
    neg = rule_negation(sent, s)
    if neg is not None:
        return "distanced", "negation", neg
    if rule_echo_question(sent, s, e) is not None:
        return "distanced", "echo_question", "?"
    rejoinder = rule_echo_rejoinder(sent, s, e)
    if rejoinder is not None:
        return "distanced", "echo_rejoinder", rejoinder
    if rule_according_to(sent, s) is not None:
        return "reported", "according_to", "according to"
    verb = rule_reporting_verb(sent, s, e)
    if verb is not None:
        return "reported", "reporting_verb", verb
    noun = rule_stance_noun(sent, s)
    if noun is None:
        noun = rule_stance_modifier(sent, s, e, entry)
    if noun is not None:
        return "reported", "stance_noun", noun
    act = rule_speech_act(sent, s, e)
    if act is not None:
        return "reported", "speech_act", act
    view = rule_abandoned_view(sent, s)
    if view is not None:
        return "distanced", "abandoned_view", view
    if label and label_segment(sent, s):
        return "referential", "label_line", None
    ints = rule_intensified(sent, s)
    if ints is not None:
        return "evaluative", "intensified", ints
    title = document_title_head(sent, e)
    owner = None if title else rule_own_source_name(ctx, sent, s)
    if owner is not None:
        return "evaluative", "own_name", owner
    # (a tagline shows no name by its capitals: see tagline)
    mark = None if entry in names else rule_trademark(sent, e)
    if entry in names or mark is not None or rule_proper_name(sent, s, e, ctx.stop, headline or slogan):
        own = None if title else rule_own_name(sent, s)
        if own is not None:
            return "evaluative", "own_name", own
        if mark is not None:
            return "referential", "trademark", mark
        return "referential", "name_entry" if entry in names else "proper_name", None
    pos = rule_possessive_name(sent, s, e)
    if pos is not None:
        return "referential", "possessive_name", pos
    mod = rule_name_head(sent, s, e, name_ends, ctx.stop, headline)
    if mod is not None:
        return "referential", "name_head", mod
    abbr = rule_acronym_name(sent, s, e)
    if abbr is not None:
        return "referential", "acronym_name", abbr
    head = rule_referent_modifier(sent, s, e, entry, compounds)
    if head is not None:
        return "referential", "referent_modifier", head
    office = rule_office_field(sent, s, e, entry)
    if office is not None:
        return "referential", "office_field", office
    noun = rule_mention(sent, s)
    if noun is None:
        noun = rule_definition_question(sent, s, e)
    if noun is not None:
        return "referential", "mention", noun
    device = rule_classifier(sent, s, e)
    if device is not None:
        return "referential", "classifier", device
    verb = rule_commitment(ctx, sent, s)
    if verb is not None:
        return "evaluative", "commitment", verb
    return "evaluative", "default", None


#: the verbs of a commitment to rights: the corporate responsibility to "respect" and the state duty to "protect"
#: of the UN "Protect, Respect and Remedy" framework (Ruggie 2008) as corporate policy statements take them up,
#: with "uphold", "safeguard", "support" and "promote" (the verbs of the UN Global Compact's principles 1-6), and
#: "committed to" (the policy commitment of the UN Guiding Principles, principle 16); present and -ing forms only
COMMITMENT_VERBS = frozenset({
    "respect", "respects", "respecting", "protect", "protects", "protecting", "uphold", "upholds", "upholding",
    "safeguard", "safeguards", "safeguarding", "support", "supports", "supporting", "promote", "promotes",
    "promoting", "champion", "champions", "championing", "committed", "commit", "commits",
})
#: auxiliaries and adverbs between a subject and its verb of commitment ("we are fully committed to", "we will
#: always protect")
_COMMITMENT_AUX = frozenset({"is", "are", "am", "remain", "remains", "will", "shall", "also", "always", "fully",
                             "firmly", "strongly", "deeply", "continue", "continues", "to", "strive", "strives",
                             "commit", "committed", "pledge", "pledges", "and"})


#: the words before a "to" that make the infinitive after it the speaker's own commitment ("committed to
#: respecting", "strive to protect", "continue to uphold"), not the infinitive of a demand ("call on X to respect")
_COMMITTING_BEFORE_TO = frozenset({"committed", "commit", "commits", "strive", "strives", "pledge", "pledges",
                                   "continue", "continues", "remain", "remains", "will"})


def rule_commitment(ctx: _Context, sent: _Sentence, s: int) -> str | None:
    """``evaluative``, rule ``commitment``: the hit is the object of the speaker's own commitment, "we respect human
    rights", "Nordlink is committed to respecting human rights", "we will always protect the privacy of our users"
    (of either pole: "we are committed to innovation" is a commitment too).

    The use stays evaluative: a speaker who commits to rights takes up their vocabulary, and a vendor's policy
    statements do lean its frame balance to the rights pole, as the critics' charges do. But a commitment is a
    commissive speech act, the speaker binding itself to a course of action (Searle 1976), where a critic's
    "persecute dissidents" asserts a wrong of someone else; corporate responsibility reports are made of such
    commitments (Fuoli 2018, "Building a trustworthy corporate identity", Applied Linguistics 39(6), on the
    stance of CSR reports; Christensen, Morsing & Thyssen 2013 on CSR as "aspirational talk"). The rule names them
    so that the use of rights language by those it is demanded of can be told from its use by those who demand
    it, without hiding that both use it.

    A verb of :data:`COMMITMENT_VERBS` at most four words before the hit, with no punctuation between, whose
    subject (the words of its clause before it, auxiliaries and adverbs of :data:`_COMMITMENT_AUX` passed over, and
    a "to" only after a verb of committing: "call on Vistara to respect" is a demand) is "we" or "I" or the document's
    own source by name (:meth:`_Context.own_subject`). Tried only where no other
    rule decided the hit. Returns the verb nearest the hit.
    """
    verb = None
    k = s - 1
    while k >= sent.lo and k >= s - 4 and not sent.p(k):
        if sent.n(k) in COMMITMENT_VERBS:
            verb = k
            break
        k -= 1
    if verb is None:
        return None
    j = verb - 1
    while j >= sent.lo and not sent.p(j) and sent.n(j) in _COMMITMENT_AUX | COMMITMENT_VERBS:
        if sent.n(j) == "to" and not (j - 1 >= sent.lo and sent.n(j - 1) in _COMMITTING_BEFORE_TO):
            return None  # "call on Vistara to respect": the infinitive of someone else's demand
        j -= 1
    if j < sent.lo or sent.p(j):
        return None
    if sent.n(j) in ("we", "i"):
        return sent.s(verb)
    a = j
    while a - 1 >= sent.lo and not sent.p(a - 1):
        a -= 1
    if ctx.own_subject(verb, [sent.s(m) for m in range(a, j + 1)]):
        return sent.s(verb)
    return None


# ------------------------------------------------------------------------------------------ hits
def legacy_stance(ctx: _Context, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The stance and cue of the 1.x releases, kept unchanged for :func:`discourse.count_frames`'s
    ``n_endorsed``, ``n_distanced``, ``n_quoted`` and the ``stance`` column: ``quoted`` (not the author's
    voice; a reported clause, which 1.x did not know, stays the author's), ``distanced`` (in any mention
    quotation, i.e. "scare quotes", or after one of
    :data:`LEGACY_CUES` and the "as"/"calls" patterns), else ``endorsed``. Superseded by ``use``."""
    stance = np.empty(len(starts), dtype=object)
    cue = np.full(len(starts), None, dtype=object)
    for i, s in enumerate(starts.tolist()):
        if ctx.arr.voice[s] == "quoted":  # 1.x had no reported voice: its clauses were the author's
            stance[i] = "quoted"
            continue
        sent = ctx.sentence_of(s)
        c = rule_distancing_cue(sent, s, cues=LEGACY_CUES)
        if c is None and ctx.qkind[s] == "mention":
            c = "scare quotes"
        stance[i] = "endorsed" if c is None else "distanced"
        cue[i] = c
    return stance, cue


def find_hits(tokens: pd.DataFrame, lex: Lexicon, *, on: str = "norm", categories: Any = None,
              arr: TokenArrays | None = None, uses: bool = True) -> pd.DataFrame:
    """:meth:`Lexicon.find_matches` plus ``voice``, ``quote_kind``, ``speaker``, ``use``, ``use_rule``,
    ``cue`` and the 1.x ``stance`` of every match. ``tokens`` must be in document order. ``uses=False``
    skips the use rules (``use``, ``use_rule``, ``cue`` missing) where only the stance is needed."""
    m = everything = lex.find_matches(tokens, on=on, categories=categories)
    if uses and categories is not None and len(m):
        # the use rules read the phrases of every category around a hit (rule_referent_modifier's compounds), so
        # that a hit's use does not depend on the categories asked for, as its match does not
        everything = lex.find_matches(tokens, on=on)
    arr = arr if arr is not None else TokenArrays(tokens)
    r = m["token_row"].to_numpy(dtype=np.int64)
    m["voice"] = arr.voice[r].astype(object)
    m["quote_kind"] = arr.take("quote_kind", r)
    m["speaker"] = arr.take("speaker", r)
    ctx = _Context(arr, on)
    if len(m) and uses:
        u = _classify(ctx, m, lex, everything)
    else:
        u = pd.DataFrame({c: np.full(len(m), None, dtype=object) for c in ("use", "use_rule", "cue")})
    m["use"] = u["use"].to_numpy()
    m["use_rule"] = u["use_rule"].to_numpy()
    m["cue"] = u["cue"].to_numpy()
    m["stance"], _ = legacy_stance(ctx, r)
    return m


#: token rows whose hits are found at once by :func:`find_hits_by_documents` (whole documents; a longer
#: document is a chunk of its own): the rule contexts of a chunk, not of the whole table, are in memory
CHUNK_ROWS = 200_000


def document_chunks(tokens: pd.DataFrame, chunk_rows: int | None = None) -> list[tuple[int, int]]:
    """Row ranges [lo, hi) of at most ``chunk_rows`` rows (default :data:`CHUNK_ROWS`), or one document, that
    cut only between documents. ``tokens`` is in document order (:func:`check_tokens`)."""
    chunk_rows = CHUNK_ROWS if chunk_rows is None else int(chunk_rows)
    n = len(tokens)
    if n <= chunk_rows:
        return [(0, n)]
    codes, _ = pd.factorize(tokens["doc_id"], sort=False)
    starts = np.concatenate(([0], np.flatnonzero(np.diff(codes)) + 1, [n]))
    out, lo = [], 0
    while lo < n:
        hi = int(starts[np.searchsorted(starts, lo + chunk_rows, side="right") - 1])
        if hi <= lo:  # one document longer than a chunk
            hi = int(starts[np.searchsorted(starts, lo, side="right")])
        out.append((lo, hi))
        lo = hi
    return out


def find_hits_by_documents(tokens: pd.DataFrame, lex: Lexicon, *, on: str = "norm", categories: Any = None,
                           uses: bool = True, chunk_rows: int | None = None) -> pd.DataFrame:
    """:func:`find_hits` one chunk of whole documents at a time (:func:`document_chunks`), in bounded memory.

    Every match and every use rule looks only inside its own document, so the hits are those of one call on
    the whole table (tested); ``token_row`` refers to the whole ``tokens``, and categorical columns come back
    as plain values."""
    parts = []
    for lo, hi in document_chunks(tokens, chunk_rows):
        chunk = tokens.iloc[lo:hi]
        m = find_hits(chunk, lex, on=on, categories=categories, arr=TokenArrays(chunk), uses=uses)
        m["token_row"] = m["token_row"].to_numpy(dtype=np.int64) + lo
        parts.append({c: m[c].to_numpy(dtype=object if isinstance(m[c].dtype, pd.CategoricalDtype) else None)
                      for c in m.columns})
    if len(parts) == 1:
        return pd.DataFrame(parts[0])
    return pd.DataFrame({c: np.concatenate([p[c] for p in parts]) for c in parts[0]})


def check_uses(uses: Any) -> list[str]:
    """``"evaluative"`` | ``"all"`` | a list of uses -> the list of uses that count."""
    if isinstance(uses, str):
        if uses == "all":
            return list(USES)
        check_one_of("uses", uses, [*USES, "all"])
        return [uses]
    if not isinstance(uses, Sequence) or not uses:
        raise TypeError(f"uses must be 'evaluative', 'all' or a non-empty list of {_fmt(USES)}, got {uses!r:.80}")
    out = []
    for u in uses:
        check_one_of("uses", u, list(USES))
        if u not in out:
            out.append(u)
    return [u for u in USES if u in out]


def uses_label(uses: list[str]) -> str:
    """The ``uses`` option as one string for result tables (``all`` when every use counts)."""
    return "all" if len(uses) == len(USES) else ",".join(uses)
