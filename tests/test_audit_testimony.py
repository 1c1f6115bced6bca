"""NGO reports built on anonymised witness testimony: surveillance and repression in the reports of human rights groups.

Every text is written for the test in the genre's conventions (a witness described rather than named, "who asked not
to be named for fear of reprisals", "told Human Rights Watch:", a pseudonym marked "(not her real name)" or "(a
pseudonym)", the group's own analysis between the testimonies). The expected value of each assertion is the hand
reading given in its comment, written before the library was run on the text.
"""

from __future__ import annotations

import pandas as pd

import discourse as dc


def _spans(text: str) -> list[dict]:
    return dc.find_quote_spans(text, reported=True)


def _tokens(text: str, source: str = "hrw") -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": ["d"], "source": [source], "text": [text]})
    return dc.tokenize(dc.Corpus.from_dataframe(df))


# ------------------------------------------------------------------ the hearer of "told" is not what was told
def test_the_group_a_witness_told_is_not_part_of_the_testimony():
    # "told Human Rights Watch: “...”": the group is the hearer (the indirect object of "tell"), the quotation the
    # witness's words. Hand reading: one speech quotation, speaker the description "A 34-year-old Uyghur man"; no
    # reported clause, and the words "Human Rights Watch" are the report's own (author voice).
    text = ('A 34-year-old Uyghur man, who asked not to be named for fear of reprisals, told Human Rights Watch: '
            '"The police checked my phone at every checkpoint."')
    spans = _spans(text)
    assert [(q["kind"], q["speaker"]) for q in spans] == [("speech", "A 34-year-old Uyghur man")]
    tokens = _tokens(text)
    hrw = tokens[tokens["token"].isin(["Human", "Rights", "Watch"])]
    assert set(hrw["voice"].astype(str)) == {"author"}


def test_the_hearer_of_told_is_not_the_start_of_the_reported_clause():
    # "X told Reuters the police checked her phone": what X said is "the police checked her phone"; "Reuters" is
    # to whom it was said (hand reading)
    for hearer in ("Reuters", "Human Rights Watch", "the Associated Press", "Amnesty International"):
        text = f"Jane Roe told {hearer} the police checked her phone twice in one week."
        rep = [q for q in _spans(text) if q["kind"] == "reported"]
        assert len(rep) == 1, hearer
        assert rep[0]["speaker"] == "Jane Roe"
        assert text[rep[0]["content_start"]:rep[0]["content_end"]] == "the police checked her phone twice in one week"


def test_told_with_that_keeps_its_clause():
    # the form the rules read before: the that-clause after the hearer
    text = "Jane Roe told Human Rights Watch that the police checked her phone twice in one week."
    rep = [q for q in _spans(text) if q["kind"] == "reported"]
    assert [text[q["content_start"]:q["content_end"]] for q in rep] == ["the police checked her phone twice in one week"]
