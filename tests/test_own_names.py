"""A reporting clause whose subject is the document's own source ("France believes that ..." in France's
statement) is the speaker's own view, not reported speech: the rule on written sentences, and the same answer
on every path that finds reported clauses (find_quote_spans, find_quotes, tokenize, the stance rules, the
frame-counting matcher)."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse.matcher import FrameMatcher
from discourse.quotes import find_quote_spans, own_name_subject, own_names
from discourse.stream import count_frames_stream

FRANCE = own_names(["France"])


@pytest.mark.parametrize("before, names, own", [
    # the source names itself as the subject (a delegate's "France believes that", a press release's "Acme says")
    ("In this regard, France", ["France"], True),
    ("Acme", ["Acme"], True),
    # a leading article is no part of the name, on either side
    ("In our view, the Bahamas", ["The Bahamas"], True),
    ("The Bahamas", ["Bahamas"], True),
    # a body the source speaks through, after "of" or after the name
    ("the Government of Bulgaria", ["Bulgaria"], True),
    ("France's Government", ["France"], True),
    ("the Acme team", ["Acme"], True),
    # modal and catenative words before the verb are passed over, as for "we would like to say that"
    ("France would like to", ["France"], True),
    # a multiword name must be whole
    ("Amnesty International", ["Amnesty International"], True),
    ("International", ["Amnesty International"], False),
    # others: another state, the critics of the source, a different spelling of case
    ("Germany", ["France"], False),
    ("the critics of France", ["France"], False),
    # an apposition closed by a comma is no subject next to the verb ("..., Bolivia, said that")
    ("The people, at a summit in Cochabamba, Bolivia,", ["Bolivia"], False),
    # a name with a full stop of its own
    ("Acme Inc.", ["Acme Inc."], True),
    ("france", ["France"], False),
    # no names (no source column), a missing or lower-case source: never the speaker's own
    ("France", [], False),
    ("France", [None, float("nan")], False),
    ("news", ["news"], False),
])
def test_own_name_subject_on_written_subjects(before, names, own):
    assert own_name_subject([before], own_names(names)) is own


def reported_speakers(text: str, names=()) -> list[str]:
    return [d["speaker_as_written"] for d in find_quote_spans(text, reported=True, source_names=names)
            if d["kind"] == "reported"]


TEXT = ("In this regard, France believes that the safe city is not the answer to public safety. "
        "Germany argues that mass surveillance is spreading. "
        "The Government of France is convinced that privacy must be protected. "
        "Surveillance is growing everywhere, France believes.")


def test_reported_clauses_leave_out_the_source_itself():
    # without names every reporting clause is reported, with France's names only Germany's is
    assert reported_speakers(TEXT) == ["France", "Germany", "France"]
    assert reported_speakers(TEXT, ["France"]) == ["Germany"]
    assert reported_speakers(TEXT, ["Germany"]) == ["France", "France"]


def test_source_names_must_be_a_sequence_of_names():
    with pytest.raises(TypeError, match=r"source_names must be a sequence of names.*pass \['France'\]"):
        find_quote_spans(TEXT, reported=True, source_names="France")


def corpus(sources=("France", "Germany"), col="source") -> dc.Corpus:
    df = pd.DataFrame({"doc_id": ["fr", "de"], "text": [TEXT, TEXT], col: list(sources)})
    if col != "source":
        df["source"] = "a speech"
    return dc.Corpus.from_dataframe(df)


@pytest.mark.parametrize("col", ["source", "outlet"])
def test_tokens_find_quotes_and_stance_agree(col):
    c = corpus(col=col)
    q = dc.find_quotes(c, reported=True)
    rep = q[q["kind"] == "reported"].groupby("doc_id")["speaker_as_written"].apply(list).to_dict()
    assert rep == {"fr": ["Germany"], "de": ["France", "France"]}
    t = dc.tokenize(c)
    reported_words = t[t["voice"] == "reported"].groupby("doc_id", observed=True)["token"].apply(list)
    assert "mass" in reported_words["fr"] and "safe" not in reported_words["fr"]
    assert "safe" in reported_words["de"] and "mass" not in reported_words["de"]
    # the stance rules read the same source: in France's statement its own "believes that" reports nothing,
    # so "public safety" there is the author's evaluative use; in Germany's it is France's claim
    h = dc.find_frame_terms(t, "framing")
    ps = h[h["matched"] == "public safety"].set_index("doc_id")
    assert (ps.loc["fr", "voice"], ps.loc["fr", "use"]) == ("author", "evaluative")
    assert (ps.loc["de", "voice"], ps.loc["de", "use"]) == ("reported", "reported")


def test_matcher_and_stream_count_the_same_voices_as_tokens():
    c = corpus()
    lex = dc.load_lexicon("framing")
    got = FrameMatcher(lex).find_hits(c)
    t = dc.tokenize(c)
    m = lex.find_matches(t)
    want = t["voice"].to_numpy()[m["token_row"].to_numpy()]
    assert got["voice"].tolist() == list(want)
    assert "author" in set(got.loc[got["doc_id"] == "fr", "voice"]) and \
        "reported" in set(got.loc[got["doc_id"] == "de", "voice"])
    fast = count_frames_stream(c, lex, by="doc_id", voice=True, progress=False, fast=True)
    slow = count_frames_stream(c, lex, by="doc_id", voice=True, progress=False, fast=False)
    pd.testing.assert_frame_equal(fast, slow)


def test_a_source_naming_its_own_offer_in_the_third_person_adopts_the_frame():
    # 'Acme's smart city platform' on Acme's page is Acme's own offer, as 'our smart city platform' is
    # (stance.rule_own_source_name; Thompson 1994 on self-attribution, Bhatia 2004 on promoting the product); on
    # another outlet's page the genitive names someone else's product and stays referential
    texts = ["Acme's smart city platform powers 40 cities. The Acme Safe City suite is trusted by police.",
             "Acme's smart city platform powers 40 cities. The Acme Safe City suite is trusted by police.",
             "Huawei's Safe City solution was sold to 200 cities. Hikvision's intelligent video is everywhere."]
    c = dc.load_corpus(pd.DataFrame({"text": texts, "source": ["Acme", "Daily News", "Huawei"]}))
    h = dc.find_frame_terms(dc.tokenize(c), "framing")
    got = {(d, m): (u, r) for d, m, u, r in zip(h["doc_id"], h["matched"], h["use"], h["use_rule"], strict=True)}
    assert got[("0", "smart city")] == got[("0", "Safe City")] == ("evaluative", "own_name")
    assert got[("1", "smart city")] == ("referential", "possessive_name")
    assert got[("1", "Safe City")][0] == "referential"
    assert got[("2", "Safe City")] == got[("2", "solution")] == ("evaluative", "own_name")
    assert got[("2", "intelligent video")] == ("referential", "possessive_name")  # another vendor's product
    # a lower-case label names nobody: the rules decide as before
    c = dc.load_corpus(pd.DataFrame({"text": texts[:1], "source": ["vendor"]}))
    h = dc.find_frame_terms(dc.tokenize(c), "framing")
    assert h.loc[h["matched"] == "smart city", "use"].tolist() == ["referential"]
