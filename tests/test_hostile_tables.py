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


# ------------------------------------------------------------------------------------------ F02
def test_corpus_of_other_texts_is_refused_for_contexts():
    # kwic(corpus=) and find_frame_terms(corpus=) cut contexts at the tokens' character offsets from whatever
    # corpus was given: one with the same doc ids but other texts gave lines of garbage ("letely different
    # text wit | h other words en") without a word.
    texts = ["The smart city is efficient. Privacy matters.", "Mass surveillance violates privacy. Smart city."]
    right = _corpus(texts)
    tokens = dc.tokenize(right)
    other = _corpus(["Completely different text with other words entirely here.", "Another unrelated document."])
    with pytest.raises(ValueError, match=r"corpus does not hold the texts the tokens were made from.*'d0'.*"
                                         r"pass the corpus the tokens were made from"):
        dc.kwic(tokens, "privacy", corpus=other)
    with pytest.raises(ValueError, match=r"corpus does not hold the texts the tokens were made from.*'d0'"):
        dc.find_frame_terms(tokens, LEX, corpus=other)
    # one document edited at a match (the same length, so every offset is in range): named, the other is not
    edited = _corpus([texts[0], texts[1].replace("privacy", "secrecy")])
    with pytest.raises(ValueError, match=r"in 1 document\(s\) \('d1'\).*'secrecy', token 'privacy'"):
        dc.kwic(tokens, "privacy", corpus=edited)
    with pytest.raises(ValueError, match=r"in 1 document\(s\) \('d1'\)"):
        dc.find_contested_sentences(tokens, {"p": ["mass surveillance"], "n": ["privacy"]}, poles=("p", "n"),
                                    corpus=edited)
    # the corpus the tokens were made from still gives the contexts from the text
    lines = dc.kwic(tokens, "privacy", window=3, corpus=right)
    assert lines["match"].tolist() == ["Privacy", "privacy"]
    assert lines["left"].tolist() == ["is efficient.", "Mass surveillance violates"]
    ft = dc.find_frame_terms(tokens, LEX, corpus=right)
    assert ft.loc[ft["matched"] == "Privacy", "right"].tolist() == ["matters."]
    # text with marks that normalisation changes (curly apostrophe, NFKC ligature) reads as its raw tokens
    odd = _corpus(["Huawei’s ﬁnance of the smart city worries privacy groups."])
    odd_tokens = dc.tokenize(odd)
    assert dc.kwic(odd_tokens, "privacy", window=6, corpus=odd)["left"].tolist() == ["ﬁnance of the smart city worries"]
    assert dc.kwic(odd_tokens, "finance", window=2, corpus=odd)[["left", "match"]].values.tolist() == [
        ["Huawei’s", "ﬁnance"]]


# ------------------------------------------------------------------------------------------ F18
def test_collocates_window_0_is_refused():
    # collocates(window=0) returned an empty table without a word: with no token on either side of the node
    # there is nothing to count (kwic takes window=0: the match alone).
    tokens = dc.tokenize(_corpus(["The smart city is efficient."]))
    with pytest.raises(ValueError, match=r"window=0 must be >= 1"):
        dc.collocates(tokens, "city", window=0)
    assert len(dc.collocates(tokens, "city", window=1, by=None)) == 2
    assert len(dc.kwic(tokens, "city", window=0)) == 1


def test_scaling_refuses_joined_token_tables_with_shared_doc_ids(seeds):
    # LSS's transform builds its document matrix straight from a token table and word2vec reads its sentences
    # from it, without counting it first: two tables numbered alike, joined, were scored as one document each
    tokens = dc.tokenize(seeds)
    joined = pd.concat([tokens, tokens], ignore_index=True)
    lss = dc.LatentSemanticScaling(seeds={"positive": ["smart"], "negative": ["privacy"]}, k=5, unit="document")
    lss.fit(tokens)
    with pytest.raises(ValueError, match=r"doc_id"):
        lss.transform(joined)
    w2v = dc.LatentSemanticScaling(seeds={"positive": ["smart"], "negative": ["privacy"]}, k=5, engine="word2vec")
    with pytest.raises(ValueError, match=r"doc_id"):
        w2v.fit(joined)
