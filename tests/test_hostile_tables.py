"""Hostile token tables, second audit: token tables of corpora whose doc ids overlap joined into one, a corpus
of other texts given for the contexts of KWIC lines and frame terms, a collocate window of 0. Each test makes
its input."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc

LEX = {"promo": ["smart city"], "crit": ["privacy", "mass surveillance"]}


def _corpus(texts: list[str], source: str = "s", doc_id: bool = True) -> dc.Corpus:
    df = pd.DataFrame({"text": texts, "source": source})
    if doc_id:
        df.insert(0, "doc_id", [f"d{i}" for i in range(len(texts))])
        return dc.Corpus.from_dataframe(df)
    return dc.Corpus.from_dataframe(df, doc_id=None)


# ------------------------------------------------------------------------------------------ F01
def test_joined_token_tables_with_shared_doc_ids_are_refused():
    # Two corpora loaded with doc_id=None are both numbered "0"; their token tables joined with pd.concat
    # held two texts under one doc id, and count_frames lost the phrase hits (tokens of both texts
    # interleaved by position), kwic spliced the two texts into one context and count_terms counted one
    # document, all without a word; a table joined with itself counted everything twice.
    ta = dc.tokenize(_corpus(["The smart city is efficient. Privacy matters."], "A", doc_id=False))
    tb = dc.tokenize(_corpus(["Mass surveillance violates privacy. Smart city."], "B", doc_id=False))
    for both in (pd.concat([ta, tb], ignore_index=True), pd.concat([ta, ta], ignore_index=True)):
        for call in (lambda t: dc.count_frames(t, LEX, by="source"),
                     lambda t: dc.kwic(t, "privacy", window=3),
                     lambda t: dc.collocates(t, "privacy"),
                     lambda t: dc.count_terms(t, by=None),
                     lambda t: dc.Lexicon.from_dict(LEX).find_matches(t),
                     lambda t: dc.find_frame_terms(t, LEX)):
            with pytest.raises(ValueError, match=r"\(doc_id, position\).*doc_id '0', position 0.*own doc id"):
                call(both)
    # tables of distinct doc ids joined, even with their rows interleaved, count as the two tables do
    tc = dc.tokenize(_corpus(["Mass surveillance violates privacy. Smart city."], "B"))
    joined = pd.concat([ta, tc], ignore_index=True).sample(frac=1, random_state=1)
    sep = pd.concat([dc.count_frames(ta, LEX, by="source"), dc.count_frames(tc, LEX, by="source")])
    got = dc.count_frames(joined, LEX, by="source")
    key = ["source", "frame", "voice"]
    pd.testing.assert_series_equal(got.set_index(key)["n"].sort_index(), sep.set_index(key)["n"].sort_index())
