"""KWIC and collocates as a corpus linguist uses them: query syntax, windows, association measures.

Known answers are worked out by hand from the token positions; the source of each formula is in a comment."""

from __future__ import annotations

import warnings

import pandas as pd

import discourse as dc


def _corpus(texts: dict[str, str]) -> dc.Corpus:
    df = pd.DataFrame([{"doc_id": d, "source": "s", "text": t} for d, t in texts.items()])
    return dc.Corpus.from_dataframe(df, text="text", source="source", clean=False)


# ------------------------------------------------------------------------------------------ case
def test_case_sensitive_query_of_two_spellings_of_one_word():
    # kwic(["US", "us"], case_sensitive=True) is how one asks for both the country and the pronoun, each as
    # written; the lexicon kept the two patterns as one entry and a zip of patterns with entries stopped with
    # "zip() argument 2 is shorter than argument 1"
    tokens = dc.tokenize(_corpus({"a": "The US told us that US policy and Us and uS differ."}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # not a repeated entry: two spellings asked for
        lines = dc.kwic(tokens, ["US", "us"], case_sensitive=True, window=0)
    assert lines["match"].tolist() == ["US", "us", "US"]  # "Us" and "uS" are neither spelling
    assert dc.kwic(tokens, ["US"], case_sensitive=True)["match"].tolist() == ["US", "US"]
