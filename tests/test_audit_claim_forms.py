"""The base forms of reporting verbs that are also nouns ("claim", "boast"; "stress", "report" with "that"): the
reported clauses of :mod:`discourse.quotes` and the use rules of :mod:`discourse.stance` read them alike.

A base form is a present-tense verb only with a subject it agrees with, a plural noun phrase or "I", "we", "you",
"they" (Quirk et al. 1985, 10.34-10.35 on concord; 16.31-16.35 on the that-clause of "claim"): "Critics claim that
..." reports the critics' words. After a singular determiner or an adjective it is the noun, "a human rights claim
that ...", "the territorial claim that ...", which reports nothing (the noun's complement is the rule
``stance_noun``'s, not a reporting verb's)."""

import warnings

import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import find_quote_spans, plural_subject

HIT = "mass surveillance"


def _uses(texts, quotes):
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts,
                                          "source": "s"}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ft = dc.find_frame_terms(dc.tokenize(corpus, quotes=quotes), "framing")
    ft = ft[ft["matched"].str.lower() == HIT].set_index("doc_id")
    return [ft.loc[f"d{i}"] for i in range(len(texts))]


def _reported(text):
    return [s for s in find_quote_spans(text, reported=True) if s["kind"] == "reported"]


# hand labels, written before the rule: the speaker of the reported clause, None where there is none
VERB_READINGS = [
    ("Critics claim that the cameras enable mass surveillance.", "Critics"),
    ("Critics claim the cameras enable mass surveillance.", "Critics"),
    ("Some critics claim that the cameras enable mass surveillance.", "Some critics"),
    ("Rights groups claim that the cameras enable mass surveillance.", "Rights groups"),
    ("Opponents boast that the cameras end mass surveillance.", "Opponents"),
    ("Officials stress that the cameras prevent mass surveillance.", "Officials"),
    ("People claim that the cameras enable mass surveillance.", "People"),
]
NOUN_READINGS = [
    "The territorial claim that the island is theirs ignores mass surveillance.",
    "A human rights claim that the cameras enable mass surveillance was filed.",
    "The annual report that the council adopted mentions mass surveillance.",
]


@pytest.mark.parametrize("text,speaker", VERB_READINGS)
def test_base_form_after_a_plural_subject_reports_a_clause(text, speaker):
    spans = _reported(text)
    assert len(spans) == 1 and spans[0]["speaker"] == speaker
    assert text[spans[0]["start"]:spans[0]["end"]].endswith(HIT)


def test_base_form_with_a_plural_subject_is_reported_voice_and_use_in_both_modes():
    texts = [t for t, _ in VERB_READINGS]
    with_quotes, without = _uses(texts, True), _uses(texts, False)
    for t, (_, speaker), a, b in zip(texts, VERB_READINGS, with_quotes, without, strict=True):
        assert (a["voice"], a["speaker"], a["use"]) == ("reported", speaker, "reported"), t
        assert b["use"] == "reported", t


@pytest.mark.parametrize("text", NOUN_READINGS)
def test_base_form_after_an_adjective_or_singular_determiner_is_the_noun(text):
    assert _reported(text) == []


def test_noun_readings_are_no_reporting_verb_in_either_mode():
    for a, b in zip(_uses(NOUN_READINGS, True), _uses(NOUN_READINGS, False), strict=True):
        assert a["voice"] == "author"
        assert a["use_rule"] != "reporting_verb" and b["use_rule"] != "reporting_verb"
        assert (a["use"], a["use_rule"]) == (b["use"], b["use_rule"])


def test_verb_reading_stays_before_other_words_than_that():
    # the strong (people) claim to exercise a right: a verb; the use stays reported as it was (UN General Debate 1946-1970s)
    a, = _uses(["It is a threat to dissent if the strong claim to exercise mass surveillance at will."], False)
    assert (a["use"], a["use_rule"]) == ("reported", "reporting_verb")


def test_plural_subject():
    # plural heads: regular -s, irregular (Quirk et al. 1985, 5.80-5.85), pronouns and quantifiers used as plural heads
    assert plural_subject(["critics"]) and plural_subject(["some", "critics"]) and plural_subject(["people"])
    assert plural_subject(["they"]) and plural_subject(["many"]) and plural_subject(["englishmen"])
    assert plural_subject(["the", "strong"])  # "the strong claim that ...": people (Quirk et al. 1985, 7.23)
    # singular heads, adjectives, and plural-form nouns that premodify ("a human rights claim")
    assert not plural_subject(["the", "territorial"]) and not plural_subject(["a", "human", "rights"])
    assert not plural_subject(["the", "rights"]) and not plural_subject(["the", "lawyer"])
    assert not plural_subject(["the", "process"]) and not plural_subject(["the", "status"])


def test_alleged_reports_only_with_that():
    # "allege" takes a that-clause (Quirk et al. 1985, 16.31); "alleged" before a noun is the adjective (7.15-7.16)
    text = "Critics alleged that the cameras enable mass surveillance."
    spans = _reported(text)
    assert len(spans) == 1 and spans[0]["speaker"] == "Critics"
    a, = _uses([text], True)
    b, = _uses([text], False)
    assert (a["voice"], a["use"]) == ("reported", "reported") and b["use"] == "reported"
    assert _reported("Victims of alleged abuses were interviewed about the mass surveillance programme.") == []
    c, = _uses(["The alleged crimes of the regime include mass surveillance."], False)
    assert c["use"] != "reported"
