"""The use of each lexicon hit (discourse.stance): one test per rule on sentences written for it, and the
hand-read use of every "safe city", "smart city" and "nervous system" hit in the seeds."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import discourse as dc
from discourse.lexicon import Lexicon
from discourse.stance import RULES, USES, check_uses

POLES = ["promotional", "rights"]


def _uses(text: str, categories=POLES, lexicon="framing", quotes=True) -> list[tuple[str, str, str]]:
    df = pd.DataFrame({"doc_id": ["d"], "source": ["s"], "text": [text]})
    toks = dc.tokenize(dc.Corpus.from_dataframe(df), quotes=quotes)
    ft = dc.find_frame_terms(toks, lexicon, categories=categories)
    return list(zip(ft["matched"], ft["use"], ft["use_rule"], strict=True))


# ------------------------------------------------------------------------------------------ one rule each
@pytest.mark.parametrize("text, matched, use, rule", [
    # reporting verbs with their clause, before or after it; not with a first-person subject: tokenize marks
    # the clause voice="reported" (the rule of discourse.quotes), so the hit is reported in that voice
    ("The vendor says the platform makes policing more efficient.", "efficient", "reported", "reported_voice"),
    ("The platform makes policing more efficient, the vendor said.", "efficient", "reported", "reported_voice"),
    ("The company maintains that the platform is efficient.", "efficient", "reported", "reported_voice"),
    ("We say the platform makes policing efficient.", "efficient", "evaluative", "default"),
    # a medial reporting clause, or a final one with adjuncts, reports what stands before it (Quirk et al. 1985,
    # 14.29-14.30; 3.1)
    # (since the comment clauses of discourse.quotes, tokenize marks this clause reported, as the two above)
    ("To make policing efficient, the vendor says, cities need more cameras in every street of the port.",
     "efficient", "reported", "reported_voice"),
    ("For a city to be truly smart, he says it needs to bring together water and transport in one place.",
     "smart", "reported", "reporting_verb"),
    ("The platform is efficient, the mayor said in a long speech to the council on Monday morning.",
     "efficient", "reported", "reporting_verb"),
    ("For a city to be efficient, we say it needs cameras in every street of the port and more.", "efficient",
     "evaluative", "default"),
    ("The platform is efficient, officials added cameras to every street of the port last year.", "efficient",
     "evaluative", "default"),
    ("We believe that the platform makes policing efficient.", "efficient", "evaluative", "default"),
    # "maintains"/"added" without "that" are upkeep and addition, not speech; "note" is factive (the speaker
    # commits); "announced that" is a press release's own news
    ("The company maintains the seamless platform.", "seamless", "evaluative", "default"),
    ("Officials added cameras to make the city seamless.", "seamless", "evaluative", "default"),
    ("Critics note that the cameras enable repression.", "repression", "evaluative", "default"),
    ("The company announced that its platform is seamless.", "seamless", "evaluative", "default"),
    ("According to the company, the system is efficient.", "efficient", "reported", "reported_voice"),
    ("The system is efficient, according to the company.", "efficient", "reported", "reported_voice"),
    # distancing cues, hedges, irony, negation
    ("The supposedly seamless system failed.", "seamless", "distanced", "distancing_cue"),
    ("Whatever its efficiency, the cameras stayed.", "efficiency", "distanced", "distancing_cue"),
    ("The so-called smart city watches everyone.", "smart city", "distanced", "distancing_cue"),
    ("The system is not seamless.", "seamless", "distanced", "negation"),
    ("The system isn't efficient at all.", "efficient", "distanced", "negation"),
    ("The system is not only seamless but cheap.", "seamless", "evaluative", "default"),
    ("There is no privacy left.", "privacy", "evaluative", "default"),
    # quotation marks that are not speech
    ("They built a \u2018smart city\u2019 anyway.", "smart city", "distanced", "scare_quotes"),
    # a partial quotation of a named speaker in indirect speech is that speaker's speech (quotes.py): the
    # word is in the quoted voice, the director's own evaluation, and never counts in the author's balance
    ("An NGO director said the system was \u2018intrusive by design\u2019.", "intrusive", "evaluative",
     "default"),
    ("She spoke at the panel \u201cSmart Cities and the Future of Policing\u201d in May.", "Smart Cities",
     "referential", "quoted_title"),
    ("A report on the \u201cSafe City\u201d contracts appeared.", "Safe City", "referential", "quoted_title"),
    # names: lexicon names, Title Case names, genitives, name heads, referent nouns
    ("Huawei's Safe City solution was sold abroad.", "Safe City", "referential", "name_entry"),
    ("Huawei's Safe City solution was sold abroad.", "solution", "referential", "name_head"),
    ("The Hikvision solution is cheap.", "solution", "referential", "name_head"),
    ("Huawei empowers police.", "empowers", "evaluative", "default"),
    ("Officials visited the Smart City Expo in Barcelona.", "Smart City", "referential", "proper_name"),
    # a name of the speaker's own offer (a first-person possessive before it) presents it: the module's own example
    ("Our Safe City platform keeps residents safe.", "Safe City", "evaluative", "own_name"),
    ("With our award-winning Smart City Suite, operators see every camera.", "Smart City", "evaluative", "own_name"),
    ("Officials praised our colleagues at the Smart City Expo.", "Smart City", "referential", "proper_name"),
    # a capitalised term standing alone is a house style, not a name
    ("For us, a Smart City is like a living organism.", "Smart City", "evaluative", "default"),
    ("Huawei's smart city projects spread.", "smart city", "referential", "possessive_name"),
    ("The smart city market grew by 20 percent.", "smart city", "referential", "referent_modifier"),
    # eighth round: the instruments of compliance and the by-design principle are named, not invoked
    ("Cities must meet strict oversight requirements before deployment.", "oversight", "referential",
     "referent_modifier"),
    ("Privacy by design is built into every camera we ship.", "Privacy", "referential", "referent_modifier"),
    ("We publish our data protection documentation online.", "data protection", "referential", "referent_modifier"),
    ("Surveillance without oversight erodes trust.", "oversight", "evaluative", "default"),
    ("Our smart city platform makes public safety seamless.", "smart city", "evaluative", "default"),
    ("Our smart city platform makes public safety seamless.", "seamless", "evaluative", "default"),
    # labels and headings
    ("Privacy | Terms | Contact", "Privacy", "referential", "label_line"),
    ("The truly seamless experience delights residents.", "seamless", "evaluative", "intensified"),
    # in headline case capitals say nothing: no proper_name there
    ("Huawei Unveils Innovative Smart City Solutions For Cities", "Smart City", "evaluative", "default"),
    # 3.0: nouns of attitude and prepositional reporting verbs attribute their complement; not "our"/"we"
    ("The deal comes amid growing concern that the cameras enable repression.", "repression", "reported",
     "stance_noun"),
    ("Fears over mass surveillance grew in the port city.", "mass surveillance", "reported", "stance_noun"),
    ("Activists had warned about the abuse of the new cameras.", "abuse", "reported", "stance_noun"),
    # a speech act reported by its verb and its message (Leech & Short 1981; Semino & Short 2004): "as"-complements
    # of verbs that present, and the objects of verbs that name a message; not "we", not "as well as", and
    # "promote" without "as" is "further"
    ("The government is promoting the port city, in the far north-west, as a model smart city.", "smart city",
     "reported", "speech_act"),
    ("For a year, Acme has been expounding the principle of the smart city as a nervous system.", "nervous system",
     "reported", "speech_act"),
    ("The mayor extols the efficiency of the new cameras.", "efficiency", "reported", "speech_act"),
    ("Critics describe the programme as mass surveillance.", "mass surveillance", "reported", "speech_act"),
    ("We promote our platform as a seamless tool.", "seamless", "evaluative", "default"),
    # nouns naming a figure of speech or an idiom mention the term (Quine 1940; 3.1)
    ("Acme stayed true to the analogy of the nervous system at the fair.", "nervous system", "referential",
     "mention"),
    ("The rhetoric of efficiency hides the cost.", "efficiency", "referential", "mention"),
    # a phrase spelled out before its parenthesised abbreviation is introduced as a name (Chicago 10.3; 3.1);
    # the abbreviation must spell the phrase
    ("Importantly, the intelligent operations centre (IOC) links every agency.", "intelligent", "referential",
     "acronym_name"),
    ("The efficient intelligent operations centre (IOC) opened.", "efficient", "evaluative", "default"),
    ("The intelligent operations hub (XYZ) links every agency.", "intelligent", "evaluative", "default"),
    ("The council wants to promote sustainable development in the port.", "sustainable", "evaluative", "default"),
    ("Acme sells cameras as well as seamless platforms.", "seamless", "evaluative", "default"),
    ("Acme hailed the deal, and its seamless platform is cheap.", "seamless", "evaluative", "default"),
    ("Our concern about mass surveillance is growing.", "mass surveillance", "evaluative", "default"),
    ("We warned about mass surveillance for years.", "mass surveillance", "evaluative", "default"),
    ("The concern is mass surveillance.", "mass surveillance", "evaluative", "default"),
    # 3.0: "smart"/"intelligent" before a device noun classifies the device; graded, it evaluates
    ("The council bought smart cameras for the station.", "smart", "referential", "classifier"),
    ("The council bought very smart cameras for the station.", "smart", "evaluative", "intensified"),
    ("Smart policing is the future.", "Smart", "evaluative", "default"),
    # fourth round: a phrase that begins with "smart"/"intelligent" before a device noun classifies it too; not a
    # phrase before another noun, not a critical phrase, not when graded
    ("The town installed intelligent video cameras at the depot.", "intelligent video", "referential",
     "classifier"),
    ("Residents opposed the smart city sensors on every lamppost.", "smart city", "referential", "classifier"),
    ("A smart city needs more than cameras.", "smart city", "evaluative", "default"),
    ("Campaigners opposed the mass surveillance cameras at the depot.", "mass surveillance", "evaluative",
     "default"),
    ("The town installed highly intelligent video cameras.", "intelligent video", "evaluative", "intensified"),
    # 3.0: a term that is mentioned, not used
    ("The term smart city means little to residents.", "smart city", "referential", "mention"),
    ("The concept of the smart city spread fast.", "smart city", "referential", "mention"),
    ("The smart city concept spread fast.", "smart city", "referential", "referent_modifier"),
    # 3.0 heads: bodies and documents named by their field, only after a nominal hit
    ("Human rights groups criticised the deal.", "Human rights", "referential", "referent_modifier"),
    ("Privacy advocates criticised the deal.", "Privacy", "referential", "referent_modifier"),
    ("The vendor praised its innovative ideas.", "innovative", "evaluative", "default"),
    # 3.0 lexicon entries: the advocacy demand and the solicitation move
    ("Campaigners want to ban facial recognition in the city.", "ban", "evaluative", "default"),
    ("Request a demo of our solutions today.", "Request a demo", "evaluative", "default"),
    ("Request a demo of our solutions today.", "our solutions", "evaluative", "default"),
    # 3.2 (held-out use audit): a name reaches left over "of"/"on"/"for"/"against" to its capitalised head
    # (Quirk et al. 1985, ch. 5); not from the sentence's first word, not from a lower-case noun
    ("The delegates quoted the Universal Declaration of Human Rights at length.", "Human Rights", "referential",
     "proper_name"),
    ("Last year the Commission on Human Rights met twice in the spring.", "Human Rights", "referential",
     "proper_name"),
    ("The Office of the Commissioner for Privacy opened in May.", "Privacy", "referential", "proper_name"),
    ("Respect for Human Rights is the duty of every member.", "Human Rights", "evaluative", "default"),
    ("Members pledged the protection of Human Rights in every region.", "Human Rights", "evaluative",
     "default"),
    # 3.2 heads: bodies, instruments and talks named by their field; a phrase entry in its hyphenated
    # spelling is a phrase
    ("The senators blocked three civil rights bills in one month.", "civil rights", "referential",
     "referent_modifier"),
    ("Editorials and civil-rights commissions demanded answers.", "civil-rights", "referential",
     "referent_modifier"),
    ("The country joined every human rights treaty of the decade.", "human rights", "referential",
     "referent_modifier"),
    ("Members want to strengthen the human rights machinery of the organisation.", "human rights",
     "referential", "referent_modifier"),
    ("The efficient mechanism of the market pleased the mayor.", "efficient", "evaluative", "default"),
    ("The treaty ended an innovative movement of the arts.", "innovative", "evaluative", "default"),
    # 3.2: "of" after a stance noun names the holder when a name follows (a subjective genitive), and
    # talk verbs that judge the talk report their topic
    ("The new office shows the concern of the Assembly for the protection of human rights.", "human rights",
     "evaluative", "default"),
    ("The concern of residents about mass surveillance grew.", "mass surveillance", "reported", "stance_noun"),
    ("Some governments pontificate about human rights abroad.", "human rights", "reported", "stance_noun"),
    ("The firm preached about its seamless platform at the fair.", "seamless", "reported", "stance_noun"),
    # sixth round: the field of an office after "of"/"for"; not after a noun that is no office, not an
    # adjective hit
    ("Tran Bao, deputy head of digital transformation at the ministry, spoke first.", "digital transformation",
     "referential", "office_field"),
    ("The new director of public safety starts in May.", "public safety", "referential", "office_field"),
    ("The ministry wants a culture of innovation in every office.", "innovation", "evaluative", "default"),
    ("Our portfolio of solutions serves every city.", "solutions", "evaluative", "default"),
    ("The head of smart policing left.", "smart", "evaluative", "default"),
    # sixth round: directive speech acts in the past report their demand (Searle 1976; Semino & Short 2004);
    # not with "we", not in the present (an institution's own demand), not the noun "demands"
    ("Digital rights groups have called for a moratorium on the technology.", "moratorium", "reported",
     "speech_act"),
    ("Two senators urged a ban on the cameras in schools.", "ban", "reported", "speech_act"),
    ("We call for a ban on the cameras in schools.", "ban", "evaluative", "default"),
    ("Amnesty International calls for a ban on the cameras in schools.", "ban", "evaluative", "default"),
    ("Rising demands require efficient platforms in every city.", "efficient", "evaluative", "default"),
])
def test_rules_on_written_sentences(text, matched, use, rule):
    got = [u for u in _uses(text) if u[0] == matched]
    assert got == [(matched, use, rule)]


# ------------------------------------------------------------------------------------------ reported speech
#: sentences written for the one rule of reported speech: (text, term, reported?)
REPORTED_CASES = [
    ("The vendor says the platform makes policing more efficient.", "efficient", True),
    ("The platform makes policing more efficient, the vendor said.", "efficient", True),
    ("The system is seamless, the mayor added.", "seamless", True),
    ("The company maintains that the platform is efficient.", "efficient", True),
    ("Huawei claims its cameras make the city seamless.", "seamless", True),
    ("Critics argue the cameras enable repression.", "repression", True),
    ("Smith told reporters that the system was seamless.", "seamless", True),
    ("According to the company, the system is efficient.", "efficient", True),
    ("The system is efficient, according to the company.", "efficient", True),
    ("We say the platform makes policing efficient.", "efficient", False),
    ("We believe that the platform makes policing efficient.", "efficient", False),
    ("The system is seamless, we said.", "seamless", False),
    ("The company maintains the seamless platform.", "seamless", False),
    ("Officials added cameras to make the city seamless.", "seamless", False),
    ("Critics note that the cameras enable repression.", "repression", False),
    ("The company announced that its platform is seamless.", "seamless", False),
    ("Add the seamless module to your plan.", "seamless", False),
    # 3.2: a first-person subject before a modal or catenative verb ("I would like to say that", "let me say
    # that": Quirk et al. 1985, ch. 3, 11 and 16) is the speaker's own view; "according to" a standard is
    # conformity, not a source
    ("I would like to say that the platform is efficient.", "efficient", False),
    ("Let me say that the platform is efficient.", "efficient", False),
    ("We wish to stress that the cameras enable repression.", "repression", False),
    ("We would also like to stress that the cameras enable repression.", "repression", False),
    ("The minister says that the platform is efficient.", "efficient", True),
    ("The system grows according to plan, and its aim is efficiency.", "efficiency", False),
    ("Each library grows according to the area it serves, and its aim is efficiency.", "efficiency", False),
    ("According to international law, the detention is repression.", "repression", False),
    ("According to the ministry, the detention is no repression.", "repression", True),
]


@pytest.mark.parametrize("text, term, reported", REPORTED_CASES)
def test_one_rule_of_reported_speech(text, term, reported):
    """quotes.py's reported clauses (the voice of tokenize) and stance's fallback rules (on tokens whose voice
    was not computed, tokenize(quotes=False)) are the same rule: they agree on every sentence."""
    with_voice = [u for u in _uses(text) if u[0] == term]
    fallback = [u for u in _uses(text, quotes=False) if u[0] == term]
    assert len(with_voice) == len(fallback) == 1
    assert (with_voice[0][2] == "reported_voice") is reported
    assert (fallback[0][1] == "reported") is reported
    if reported:
        assert fallback[0][2] in ("reporting_verb", "according_to")


def test_reported_voice_carries_its_speaker_into_the_framing_tables():
    text = ("Huawei claims its cameras make the city seamless and efficient. We think the cameras enable "
            "repression. \u201cIt is a panopticon,\u201d said Omar Diaz.")
    df = pd.DataFrame({"doc_id": ["d"], "source": ["s"], "text": [text]})
    toks = dc.tokenize(dc.Corpus.from_dataframe(df))
    rep = toks[toks["voice"] == "reported"]
    assert " ".join(rep["token"]) == "its cameras make the city seamless and efficient"
    assert set(rep["speaker"]) == {"Huawei"}
    ft = dc.find_frame_terms(toks, "framing", categories=POLES)
    assert ft.set_index("matched")["voice"].to_dict() == {
        "seamless": "reported", "efficient": "reported", "repression": "author", "panopticon": "quoted"}
    # count_frames: one row per voice, "all" adds them up; the reported row has Huawei's two promotional hits
    c = dc.count_frames(toks, "framing", by="source", categories=POLES).set_index(["frame", "voice"])
    assert c.loc[("promotional", "reported"), "n"] == 2 and c.loc[("promotional", "author"), "n"] == 0
    assert c.loc[("rights", "all"), "n"] == c.loc[("rights", "author"), "n"] + c.loc[("rights", "quoted"), "n"] \
        + c.loc[("rights", "reported"), "n"] == 2
    # who voices which frame: Huawei's reported balance leans promotional, log(2.5 / 0.5) (uses="all": the
    # default counts evaluative uses only, and a reported hit is a reported use)
    b = dc.frame_balance(toks, by=["source", "speaker"], voice="reported", level="group", n_boot=0, uses="all")
    row = b[b["speaker"] == "Huawei"].iloc[0]
    assert (row["n_positive"], row["n_negative"]) == (2, 0)
    assert row["balance"] == pytest.approx(math.log(2.5 / 0.5))
    # by default reported uses do not count towards any voice's balance, the author's included
    d = dc.frame_balance(toks, level="group", n_boot=0).set_index("voice")
    assert d.loc["author", "n_positive"] == 0 and d.loc["author", "n_negative"] == 1


def test_institution_names_leave_the_rights_pole():
    # lexicon 2.0: the names are in the non-frame category `institutions`, all marked name = true
    got = _uses("Human Rights Watch and Privacy International documented abuses.", categories=None)
    assert got[:2] == [("Human Rights Watch", "referential", "name_entry"),
                       ("Privacy International", "referential", "name_entry")]
    terms = dc.find_frame_terms(_tok("Human Rights Watch documented it."))
    assert terms["frame"].tolist() == ["institutions"]


def _tok(text: str) -> pd.DataFrame:
    return dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]})))


def test_reported_voice_from_upstream_is_reported():
    toks = _tok("The platform is seamless and efficient.")
    toks["voice"] = "reported"  # as a helper that finds indirect speech upstream would mark it
    terms = dc.find_frame_terms(toks, categories=POLES)
    assert set(terms["use"]) == {"reported"} and set(terms["use_rule"]) == {"reported_voice"}
    fb = dc.frame_balance(toks, voice=["reported", "all"], level="group", by=None, n_boot=0)
    assert fb["n_positive"].tolist() == [0, 0]  # reported uses do not count by default
    fb = dc.frame_balance(toks, voice="reported", uses="all", level="group", by=None, n_boot=0)
    assert fb["n_positive"].tolist() == [2]


def test_quoted_speech_is_judged_in_the_speakers_voice():
    # the reporting clause outside the quotation does not make the quoted words "reported"
    got = _uses("\u201cThe platform is seamless,\u201d the director said.")
    assert got == [("seamless", "evaluative", "default")]


def test_every_rule_and_use_is_known():
    lex = dc.load_lexicon("framing")
    toks = dc.tokenize(dc.load_corpus())
    terms = dc.find_frame_terms(toks, lex)
    assert set(terms["use"]) <= set(USES) and set(terms["use_rule"]) <= set(RULES)


def test_uses_option():
    assert check_uses("all") == list(USES)
    assert check_uses(["reported", "evaluative"]) == ["evaluative", "reported"]
    with pytest.raises(ValueError, match=r"uses='endorsed' is not valid; choose one of: 'evaluative'"):
        check_uses("endorsed")
    with pytest.raises(TypeError, match="uses must be"):
        check_uses(3)


def test_balance_counts_only_evaluative_uses_by_default():
    # promotional: "seamless" (evaluative), "smart city market" (referential), "not efficient" (distanced);
    # rights: "privacy" (evaluative). Default: log(1.5/1.5) = 0; uses="all": log(3.5/1.5)
    toks = _tok("The seamless smart city market is not efficient. Privacy is at stake here.")
    fb = dc.frame_balance(toks, by=None, voice="all", level="group", n_boot=0)
    assert (fb.loc[0, "n_positive"], fb.loc[0, "n_negative"], fb.loc[0, "uses"]) == (1, 1, "evaluative")
    assert fb.loc[0, "balance"] == pytest.approx(0.0)
    fa = dc.frame_balance(toks, by=None, voice="all", level="group", uses="all", n_boot=0)
    assert fa.loc[0, "balance"] == pytest.approx(math.log(3.5 / 1.5)) and fa.loc[0, "uses"] == "all"
    assert list(fa.columns) == list(fb.columns)


def test_dict_lexicon_with_names():
    lex = Lexicon.from_dict({"promo": [{"pattern": "acme city", "name": True}, "seamless"]})
    assert lex.to_frame()["name"].tolist() == [True, False]
    got = _uses("We visited acme city, a seamless place.", categories=None, lexicon=lex)
    assert got == [("acme city", "referential", "name_entry"), ("seamless", "evaluative", "default")]


# ------------------------------------------------------------------------------------------ seeds, by hand
# Every "safe city" (and its variant "Safety City"), "smart city" and "nervous system" hit in the seeds:
# (doc, character offset, expected use), read by hand in context. Hand reading comes first; where the
# rules disagree the row is listed in SEED_DISAGREEMENTS with the reason.
SEED_USES = [
    ("000", 3860, "distanced"),    # the author: a larger concept, the "smart city" (term in quotes)
    ("000", 3978, "distanced"),    # along with its variant, the "safe city"
    ("000", 4125, "referential"),  # "Public Safety" defines three aims of the safe city (the programme)
    ("000", 4369, "reported"),     # Huawei says that there are ... 100 safe city implementations
    ("000", 4487, "referential"),  # A key element of Huawei's safe city system
    ("000", 5117, "referential"),  # quoted Huawei text: more than current safe city (the existing product)
    ("000", 5686, "distanced"),    # The ideas and technology behind the "safe city" sound troubling
    ("000", 6132, "referential"),  # what Huawei offers with its safe city systems
    ("000", 7162, "referential"),  # not just in safe cities (the deployments)
    ("001", 1546, "referential"),  # A description of Huawei's Safety City program
    ("001", 1959, "referential"),  # set up 30 "Safety City" programs (programme name in quotes)
    ("001", 2143, "referential"),  # Another "Safety City" is Karamay
    ("001", 3075, "referential"),  # The Safety City project appears to provide ...
    ("002", 557, "distanced"),     # to become a 'smart city,'
    ("002", 1445, "referential"),  # heading: Getting the Smart City Makeover (names the programme)
    ("002", 1704, "distanced"),    # to remake Duisburg into a 'smart city;'
    ("002", 2211, "distanced"),    # another name for a unified 'smart city'
    ("002", 2449, "referential"),  # quoted Huawei: used for Smart City use cases
    ("002", 2773, "evaluative"),   # quoted Huawei: preferred partner for developing a smart city
    ("002", 2845, "referential"),  # quoted Huawei: delivering smart city deployments worldwide
    ("002", 3027, "evaluative"),   # quoted Huawei: to create the city's nervous system
    ("002", 3067, "distanced"),    # the author: Duisburg's new 'nervous system,'
    ("002", 3351, "distanced"),    # under the guise of 'smart city' governance
    ("002", 3398, "distanced"),    # heading: The Perfection of the 'Smart City' (ironic)
    ("002", 3825, "distanced"),    # organized for its 'smart cities.'
    ("002", 4145, "distanced"),    # part of Huawei's 'smart city' products
    ("002", 4250, "reported"),     # according to Huawei's website, smart city tech ...
    ("002", 4754, "distanced"),    # the 'smart city' concept
    ("002", 5247, "distanced"),    # the 'smart city' tech's testing ground
    ("002", 5798, "distanced"),    # a 'smart city' being used against people
    ("002", 6624, "distanced"),    # 'big data' and 'smart cities'
    ("002", 8056, "distanced"),    # describe its 'smart city' tech
    ("002", 8150, "evaluative"),   # Yan Lida: "A Smart City is like a living organism" (his own frame)
    ("002", 8210, "evaluative"),   # Yan Lida: powered by a nervous system
    ("002", 8296, "referential"),  # Yan Lida: This Smart City nervous system (the product line)
    ("002", 8307, "evaluative"),   # Yan Lida: ... nervous system comprises a "brain"
    ("002", 8814, "evaluative"),   # Yan Lida: creating a strong nervous system
    ("002", 8841, "evaluative"),   # Yan Lida: ... that powers Smart Cities (what he promotes)
    ("002", 9411, "distanced"),    # that its 'smart city' is built upon the surveillance
    ("002", 10026, "distanced"),   # the 'smart city' tech now being exported
    ("003", 503, "referential"),   # in the form of "Safe City" systems (programme name in quotes)
    ("003", 1607, "referential"),  # pitching the safe city model
    ("003", 1980, "referential"),  # to set up the safe city
]
# where the rules and the hand reading differ (the rules' answer, and why)
SEED_DISAGREEMENTS = {
    ("002", 1445): "evaluative",   # a headline-case heading: capitals say nothing there, so no name rule fires
    ("002", 2449): "evaluative",   # "Smart City use cases": a classifier, but "use" is no listed referent noun
    ("002", 8296): "evaluative",   # "This Smart City nervous system": the same, before "nervous system"
}

def test_seed_uses_read_by_hand(seed_tokens):
    terms = dc.find_frame_terms(seed_tokens, dc.load_lexicon("framing"))
    terms = terms[terms["entry"].isin(["safe cit*", "safety cit*", "smart cit*", "nervous system*"])]
    got = {(d, int(s)): u for d, s, u in zip(terms["doc_id"], terms["start"], terms["use"], strict=True)}
    hand = {(d, s): u for d, s, u in SEED_USES}
    assert set(got) == set(hand)  # every hit is recorded, and nothing else
    disagree = {k: got[k] for k in hand if got[k] != hand[k]}
    assert disagree == SEED_DISAGREEMENTS
    assert len(hand) == 43  # agreement 40 of 43


def test_the_carnegie_write_up_is_not_promotional(seed_tokens):
    # 003 reports the Carnegie AI Global Surveillance Index (seeds/metadata.csv); its three "safe city"
    # hits name the programme (see SEED_USES). 1.x counted them as endorsed and put it at log(4.5/0.5).
    fb = dc.frame_balance(seed_tokens, by="doc_id", level="group", voice="all", n_boot=0).set_index("doc_id")
    # no evaluative pole hit is left: no lean either way (the balance is missing, not promotional)
    row = fb.loc["003"]
    assert row["n_positive"] <= row["n_negative"] and not (row["balance"] > 0)
    plain = dc.frame_balance(seed_tokens, by="doc_id", level="group", voice="all", uses="all", n_boot=0)
    assert plain.set_index("doc_id").loc["003", "balance"] == pytest.approx(math.log(4.5 / 0.5))


def test_partial_quotation_in_indirect_speech_is_the_speakers_voice():
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [
        "An NGO director said the system was \u2018intrusive by design\u2019."]}))
    hit = dc.find_frame_terms(dc.tokenize(corpus), "framing").iloc[0]
    assert (hit["matched"], hit["voice"], hit["speaker"]) == ("intrusive", "quoted", "An NGO director")


def test_check_tokens_orders_by_document_of_first_appearance_then_position(seed_tokens):
    # the reference is the whole-table stable sort check_tokens used on every call; a table already in that
    # order is now recognised without sorting, and every other order must still be sorted the same way
    import numpy as np

    from discourse.stance import check_tokens

    def reference(t: pd.DataFrame) -> pd.DataFrame:
        codes, _ = pd.factorize(t["doc_id"], sort=False)
        return t.iloc[np.lexsort((t["position"].to_numpy(), codes))].reset_index(drop=True)

    ordered = seed_tokens.reset_index(drop=True)
    docs = list(dict.fromkeys(ordered["doc_id"]))
    first, rest = ordered[ordered["doc_id"] == docs[0]], ordered[ordered["doc_id"] != docs[0]]
    cases = {
        "tokenize's order": ordered,
        "shuffled": ordered.sample(frac=1.0, random_state=3),
        "reversed within documents": ordered.iloc[::-1].sort_values("doc_id", kind="stable", key=lambda c: c.map(
            {d: i for i, d in enumerate(docs)})),
        "a document split in two blocks": pd.concat([first.iloc[:50], rest, first.iloc[50:]]),
        "documents in another order": pd.concat([rest, first]),
        "a repeated position (ties keep their order)": pd.concat([ordered.iloc[:10], ordered.iloc[9:10], ordered.iloc[10:]]),
    }
    for name, t in cases.items():
        got = check_tokens(t, "norm")
        pd.testing.assert_frame_equal(got, reference(t), obj=name)
    assert check_tokens(ordered, "norm")["doc_id"].tolist() == ordered["doc_id"].tolist()
    assert check_tokens(cases["documents in another order"], "norm")["doc_id"].iloc[0] == docs[1]


# ------------------------------------------------------------------------------------------ distancing triggers
class _Norms:
    """A sentence of norms as the rules read one: n(j), p(j), lo, hi."""

    def __init__(self, norms: list[str], lo: int) -> None:
        self._n, self.lo, self.hi = norms, lo, len(norms) - 1

    def n(self, j: int) -> str:
        return self._n[j]

    def p(self, j: int) -> bool:
        return dc.text.is_punct(self._n[j])


@pytest.mark.parametrize("cues", ["DISTANCING_CUES", "LEGACY_CUES"])
def test_the_distancing_cue_answers_only_after_its_triggers(cues):
    """distancing_triggers is what the matcher's shortcut relies on: no token of those norms among the
    max_back tokens before a hit, no cue (whatever else the sentence holds and wherever it begins)."""
    import inspect
    import random

    from discourse import stance

    cue_set = getattr(stance, cues)
    triggers = stance.distancing_triggers(cue_set)
    max_back = inspect.signature(stance.rule_distancing_cue).parameters["max_back"].default
    pool = sorted(triggers) + ["so", "what", "which", "branded", "billed", "the", "its", "a", "it", ",", "“",
                               "(", "-", "city", "safe", "not", "they", "is", "self", "called-for", "as-is"]
    rng = random.Random(1)
    answered = 0
    for _ in range(20_000):
        norms = [rng.choice(pool) for _ in range(rng.randint(1, 12))]
        s = rng.randrange(len(norms))
        lo = rng.randint(0, s)
        got = stance.rule_distancing_cue(_Norms(norms, lo), s, cues=cue_set)
        before = norms[max(lo, s - max_back):s]
        if not any(t in triggers for t in before):
            assert got is None, (norms, s, lo, got)
        answered += got is not None
    assert answered > 1_000
    assert {"called", "as", "call", "so-called"} <= triggers


def test_having_said_that_is_no_reporting_clause_in_the_stance_rules():
    # the stance rule reporting_verb (tokens whose voice did not come from tokenize) read "Having said that, ..."
    # as a reporting clause and gave the sentence's hits the use 'reported' (found on UN speeches by a user's
    # walkthrough): a participle clause has no subject (Quirk et al. 1985, 15.58)
    import pandas as pd

    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [
        "Having said that, I would like to address peace and security in our region."]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus, quotes=False), "framing")
    assert len(hits) and set(hits["use"]) == {"evaluative"}


def test_being_told_that_still_reports_in_the_stance_rules():
    # only the marker "having said that," is no report: "after being told that ..." reports what they were told
    # (the held-out use audit's hit brown:ca05@11051, which a wider first version of the marker rule lost)
    import pandas as pd

    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [
        "Several signers affixed their names after being told that no rise would be possible without consent."]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus, quotes=False), "framing")
    assert hits.loc[hits["entry"] == "consent", "use"].tolist() == ["reported"]
