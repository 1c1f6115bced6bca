"""The bounds of a reported clause: where it begins and where it ends (discourse/_reported.py, and its token-level
twin discourse.stance.rule_reporting_verb). Sentences written for these tests; each test says what was wrong."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse import _reported
from discourse.quotes import find_quote_spans


def _clauses(text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], text[s["content_start"]:s["content_end"]])
            for s in find_quote_spans(text, reported=True) if s["kind"] == "reported"]


# ------------------------------------------------------------------------------ 1. fronted subordinate clauses
# Was wrong: the clause of a reporting verb inside a fronted "While/Although ... ," clause ran on past the comma
# into the main clause, so the main clause's words (often another speaker's) became the first speaker's.

@pytest.mark.parametrize("text, speaker, content", [
    ("While the company says the cameras keep people safe, the city council approved the purchase.",
     "the company", "the cameras keep people safe"),
    ("Although the mayor said the project was innovative, residents fear repression.",
     "the mayor", "the project was innovative"),
    ("Although Smith, the mayor, said the project was innovative, residents fear repression.",
     "Smith", "the project was innovative"),
    ("But while the ministry claims 1,000 cameras help, the streets feel no safer.",
     "the ministry", "1,000 cameras help"),
    ("In the capital, even though officials insist the system is voluntary, enrolment is required.",
     "officials", "the system is voluntary"),
])
def test_fronted_clause_ends_at_its_comma(text, speaker, content):
    assert _clauses(text) == [(speaker, content)]


def test_main_clause_after_fronted_clause_is_read_on_its_own():
    # was wrong: "activists say they enable mass surveillance" was part of the company's clause
    t = "While the company says the cameras keep people safe, activists say they enable mass surveillance."
    assert _clauses(t) == [("the company", "the cameras keep people safe"),
                           ("activists", "they enable mass surveillance")]


def test_clause_not_fronted_keeps_its_commas():
    # the rule reads only clauses opened by a subordinator: a plain report keeps its commas, as before
    t = "The mayor said the project, which cost millions, was innovative."
    assert _clauses(t) == [("The mayor", "the project, which cost millions, was innovative")]
    t = "When the plan failed, the mayor said the project had been rushed, and residents agreed."
    assert _clauses(t) == [("the mayor", "the project had been rushed, and residents agreed")]
    # "as X said, ..." is a comment clause: its verb reports the main clause, which is not cut off
    t = "As Ann Roe said when she opened the session, the plan is a model for the region."
    assert _clauses(t) == [("Ann Roe", "when she opened the session, the plan is a model for the region")]


def _token_hits(texts: list[str]) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "source": ["x"] * len(texts), "text": texts})
    corpus = dc.Corpus.from_dataframe(df, text="text", source="source")
    tok = dc.tokenize(corpus, quotes=False)  # no voice from discourse.quotes: rule_reporting_verb decides
    return dc.find_frame_terms(tok, "framing", corpus=corpus)


def test_token_rule_stops_at_the_comma_of_a_fronted_clause():
    # was wrong: rule_reporting_verb made every hit after "says" reported, the main clause's "seamless" too
    h = _token_hits(["While the company says the cameras are safe, the city bought seamless platforms.",
                     "The company says the city bought seamless platforms."])
    got = dict(zip(zip(h.doc_id, h.matched, strict=True), h.use, strict=True))
    assert got[("0", "seamless")] != "reported"
    assert got[("0", "cameras")] == "reported"
    assert got[("1", "seamless")] == "reported"  # no fronted clause: as before


def test_token_rule_reads_the_main_clause_verb():
    # the main clause's own reporting verb still reports what follows it
    h = _token_hits(["While the company says the cameras are safe, activists say the seamless platforms enable "
                     "repression."])
    assert set(h.loc[h.matched == "seamless", "use"]) == {"reported"}


# ------------------------------------------------------------------------------ 2. abbreviations and decimals
# Was wrong: the sentence pieces _reported reads were cut at every full stop, so a reported clause ended at
# "Mr.", "Co.", "Inc.", an initial or the stop of "4.4", and ", said C. Virgil Martin" gave the speaker "C."

@pytest.mark.parametrize("text, speaker, content", [
    ("The mayor said that the plan was approved by Mr. Smith and the council last week.",
     "The mayor", "the plan was approved by Mr. Smith and the council last week"),
    ("Critics said the deal with Huawei Technologies Co. Ltd. enables mass surveillance.",
     "Critics", "the deal with Huawei Technologies Co. Ltd. enables mass surveillance"),
    ("The seamless platform from Acme Inc. cuts crime in half, the mayor said.",
     "the mayor", "The seamless platform from Acme Inc. cuts crime in half"),
    ("The program costs 4.4 million dollars a month, said C. Virgil Martin, president of Acme Corp.",
     "C. Virgil Martin", "The program costs 4.4 million dollars a month"),
    ("The cost is 4.4 million dollars, said C. Virgil Martin, president of Carson & Co., committee chairman.",
     "C. Virgil Martin", "The cost is 4.4 million dollars"),
    ("Officials said the cameras in the U.S. and Canada are seamless.",
     "Officials", "the cameras in the U.S. and Canada are seamless"),
])
def test_clause_goes_on_past_an_abbreviation(text, speaker, content):
    assert _clauses(text) == [(speaker, content)]


def test_speaker_as_written_after_an_initial():
    t = "The program costs 4.4 million dollars a month, said C. Virgil Martin, president of Acme Corp."
    (s,) = [s for s in find_quote_spans(t, reported=True) if s["kind"] == "reported"]
    assert s["speaker_as_written"] != "C."


def test_real_sentence_end_after_a_company_abbreviation():
    # a designator before a capital ends the sentence: the next one is no part of the clause
    t = "Smith said the plan was drafted by Acme Corp. The council approved it on Monday."
    assert _clauses(t) == [("Smith", "the plan was drafted by Acme Corp")]


def test_which_full_stops_go_on():
    t = "by Mr. Smith. Then 4.4 m. Acme Inc. cuts. Acme Inc. The end. Co. Ltd. Then x"

    def goes_on(after: str) -> bool:
        i = t.index(after) + len(after)
        return _reported._stop_goes_on(t, i, len(t))
    assert goes_on("Mr.") and goes_on("4.") and goes_on("Inc.") and goes_on("Co.")
    assert not goes_on("Smith.") and not goes_on(" m.") and not goes_on("cuts.") and not goes_on("Ltd.")
    i = t.index("Inc. The") + 4
    assert not _reported._stop_goes_on(t, i, len(t))  # before a capital: a real end


# ------------------------------------------------------------------------------ 3. prepositional complements
# Was wrong: after "said of Y" / "told members of Y" the reported content was the prepositional phrase, and a
# final ", X, <apposition>, told members of the council." left the clause before it in the author's voice.

def test_said_of_is_no_clause():
    assert _clauses("Coach Ann Roe said of the victory over the Academy.") == []
    assert _clauses("Huawei said of the new lab that it would be seamless.") == [("Huawei", "it would be seamless")]


def test_later_that_clause_after_an_adjunct():
    assert _clauses("The mayor said in a statement that the plan is innovative.") == \
        [("The mayor", "the plan is innovative")]


def test_told_members_of_is_no_clause():
    assert _clauses("Smith told members of the council about the plan for the square.") == []


def test_final_told_with_apposition_reports_the_clause_before():
    t = ("The city is a model smart city with seamless services, Jane Roe, director of programs, "
         "told members of the council on Monday.")
    assert _clauses(t) == [("Jane Roe", "The city is a model smart city with seamless services")]


@pytest.mark.parametrize("text, speaker", [
    ("The plan is innovative, the mayor said on Monday.", "the mayor"),
    ("The plan is innovative, the mayor told the city council on Monday.", "the mayor"),
    ("The plan is innovative, Jane Roe told reporters.", "Jane Roe"),
])
def test_final_reporting_clause_with_no_clause_after_it(text, speaker):
    # was wrong: the forward reading ("Monday", "reporters") blocked the final-clause reading, and nothing was found
    assert _clauses(text) == [(speaker, "The plan is innovative")]


def test_forward_clauses_unchanged():
    # text the rules do not touch keeps its reading
    assert _clauses("Smith told reporters the plan is innovative.") == [("Smith", "the plan is innovative")]
    assert _clauses("The mayor said on Monday the plan is innovative.") == \
        [("The mayor", "Monday the plan is innovative")]


@pytest.mark.parametrize("sentence, use", [
    # a verb of variation or manner takes "according to" as its adjunct of manner: nothing is attributed (a user's
    # audit of UN speeches: "vary according to the political predispositions of States" made "human rights" reported)
    ("Assessments of human rights situations vary according to the political predispositions of States.",
     "evaluative"),
    ("Delegations must act according to human rights and their conscience.", "evaluative"),
    # attribution: "according to" at the clause's start or after a comma still reports the sentence
    ("According to the report, human rights are ignored.", "reported"),
    ("Human rights are ignored, according to the report.", "reported"),
])
def test_according_to_after_a_verb_of_variation_attributes_nothing(sentence, use):
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [sentence]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus), dc.load_lexicon({"rights": ["human rights"], "other": ["x"]}))
    assert hits["use"].tolist() == [use]


@pytest.mark.parametrize("text, speaker, clause", [
    # the source of "according to" may hold full stops that end no sentence: its patterns refused every full stop,
    # so "According to U.S. officials, ..." (a staple of news attribution) reported nothing
    ("According to U.S. officials, the cameras were installed in 2019 across the city.", "U.S. officials",
     "the cameras were installed in 2019 across the city"),
    ("According to Dr. Jane Roe, the platform makes policing more efficient.", "Dr. Jane Roe",
     "the platform makes policing more efficient"),
    ("According to Acme Inc., the platform makes policing more efficient.", "Acme Inc.",
     "the platform makes policing more efficient"),
    ("The platform makes policing more efficient, according to Dr. Jane Roe.", "Dr. Jane Roe",
     "The platform makes policing more efficient"),
    ("The platform makes policing more efficient, according to U.S. officials.", "U.S. officials",
     "The platform makes policing more efficient"),
])
def test_according_to_a_source_with_abbreviations(text, speaker, clause):
    (d,) = [d for d in find_quote_spans(text, reported=True) if d["kind"] == "reported"]
    assert (d["speaker_as_written"], text[d["start"]:d["end"]]) == (speaker, clause)


def test_according_to_does_not_run_past_a_sentence_end():
    # a full stop that ends a sentence still ends the source: no clause is made across it
    text = "The figures were compiled according to Roe. The platform is safe, and the city agrees with everyone."
    assert [d for d in find_quote_spans(text, reported=True) if d["kind"] == "reported"] == []


def test_medial_according_to_with_an_abbreviated_source_reports_no_apposition():
    # a medial "according to" adjunct is inside the clause it reports: the forward reading took the apposition after
    # it for the report ("chief of Anne Arundel detectives"); a source with a full stop is read forward only where
    # "According to" opens the sentence
    text = "He was shot at several times with an automatic rifle, according to Capt. Elmer Hagner, chief of detectives."
    assert [d for d in find_quote_spans(text, reported=True) if d["kind"] == "reported"] == []


def test_motion_hint_tried_before_its_tails_is_the_patterns_search():
    """_motion_hint (the motion words tried one character before each of their tails) answers as
    _MOTION_HINT.search, on made-up strings of the words a motion is written with, words that hold 'oved'
    ('improved', 'removed', 'approved'), spacing and punctuation."""
    import random

    pieces = ["Moved", "moved", "proposed", "Proposed", "removed", "improved", "approved", "oved", "roposed", " ", "\n",
              "moved by ", "Moved  by\n", "proposed that ", "improved that ", "oved by ", "removed by ",
              "  ", "by", "that", "bythat", "by ", "that ", ",", ".", "Cllr Roe", "x"]
    rng = random.Random(17)
    found = 0
    for _ in range(5000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        want = _reported._MOTION_HINT.search(t) is not None
        assert _reported._motion_hint(t) is want, t
        found += want
    assert 300 < found < 4700  # both answers are common (else the comparison proves little)
