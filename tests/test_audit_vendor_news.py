"""Uses of promotional hits on vendor and trade-press pages: the capitals that show a name (discourse.stance),
on sentences written for the tests."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc


def _uses(text: str) -> list[tuple[str, str, str]]:
    df = pd.DataFrame({"doc_id": ["d"], "source": ["s"], "text": [text]})
    toks = dc.tokenize(dc.Corpus.from_dataframe(df))
    ft = dc.find_frame_terms(toks, "framing", categories=["promotional", "rights"])
    return list(zip(ft["matched"], ft["use"], ft["use_rule"], strict=True))


# The first word of a sentence is capitalised whatever it is; the document's own lower-case "new" shows that "New"
# is the adjective, so "Smart Cities" stands alone as a capitalised concept, not inside a name, and is used as "A
# Smart City needs ..." is (Mikheev 2002, Computational Linguistics 28(3), the document-centred approach).
@pytest.mark.parametrize("text, use, rule", [
    ("Operations matter. New Smart Cities need an operations centre at their core. A new centre opened in May.",
     "evaluative", "default"),
    # the same capital mid-sentence is a name's ("the New Smart Cities programme" is no adjective's capital)
    ("Operations matter. The city joined the New Smart Cities programme at their core. A new centre opened in May.",
     "referential", "proper_name"),
    # no lower-case "modern" in the document: no evidence against a name, the capitalised run stays one
    ("Operations matter. Modern Smart Cities need an operations centre at their core.", "referential", "proper_name"),
])
def test_an_obligatory_first_capital_shows_no_name_where_the_document_writes_the_word_in_lower_case(text, use, rule):
    got = [(u, r) for m, u, r in _uses(text) if m == "Smart Cities"]
    assert got == [(use, rule)]


def test_a_first_word_that_the_document_writes_in_lower_case_and_in_the_name_keeps_the_name():
    # Mikheev's sequence strategy: "Smart Solutions" appears capitalised after "of" inside a sentence, so the
    # sentence-initial "Smart Solutions" is the same name, although the document writes "smart" in lower case too
    text = ("Smart Solutions Group opened an office. The head of Smart Solutions Group spoke. Cities want a smart "
            "grid.")
    got = [(m, u, r) for m, u, r in _uses(text) if m == "Solutions"]
    assert got and all(u == "referential" for _, u, _ in got), got


def test_a_name_after_a_first_word_never_written_in_lower_case_is_still_a_name():
    text = "Operations matter. Hikvision Intelligent Video helps police. The new Hikvision camera is here."
    assert ("Intelligent Video", "referential", "proper_name") in _uses(text)
