"""KWIC and collocates as a corpus linguist uses them: query syntax, windows, association measures.

Known answers are worked out by hand from the token positions; the source of each formula is in a comment."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import discourse as dc


def _corpus(texts: dict[str, str]) -> dc.Corpus:
    df = pd.DataFrame([{"doc_id": d, "source": "s", "text": t} for d, t in texts.items()])
    return dc.Corpus.from_dataframe(df, text="text", source="source", clean=False)


@pytest.fixture(scope="module")
def privacy_tokens():
    corpus = _corpus({"a": "Privacy matters. Our privacy and their privacies are at stake.",
                      "b": "Security and privacy, said the delegate."})
    return dc.tokenize(corpus)


# ------------------------------------------------------------------------------------------ query syntax
@pytest.mark.parametrize("query", ["privac(y|ies)", "privacy|security", "priv.*", "^privacy$", r"privac\w+",
                                   "privac.+"])
def test_a_regular_expression_query_is_reported_not_silently_empty(privacy_tokens, query):
    # Queries are words, globs (* and ?) and phrases, as in quanteda's kwic(valuetype = "glob"); AntConc and
    # Sketch Engine users write regular expressions. "privac(y|ies)" was split into the literal phrase
    # "privac ( y | ies )", which never occurs, so kwic returned no line and no word of why.
    with pytest.warns(UserWarning, match="regular expression") as rec:
        lines = dc.kwic(privacy_tokens, query)
    assert lines.empty
    assert any("privac*" in str(w.message) or "glob" in str(w.message) for w in rec)
    with pytest.warns(UserWarning, match="regular expression"):
        dc.collocates(privacy_tokens, query, by=None)


def test_a_regular_expression_among_several_patterns_is_reported(privacy_tokens):
    # the word finds its three lines; the regular expression beside it found nothing and went unnoticed
    with pytest.warns(UserWarning, match=r"'secur\.\*'"):
        lines = dc.kwic(privacy_tokens, ["privacy", "secur.*"])
    assert len(lines) == 3


def test_words_globs_and_phrases_give_no_warning(privacy_tokens):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(dc.kwic(privacy_tokens, "privac*")) == 4
        assert len(dc.kwic(privacy_tokens, ["privacy", "security"])) == 4
        assert len(dc.kwic(privacy_tokens, "their privacies")) == 1


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


# ------------------------------------------------------------------------------------------ groups within documents
def test_collocates_by_voice_keep_windows_inside_their_group():
    # by="voice": a group's table is about the node in that group. The window of the author's "surveillance"
    # ran on into the quotation after it, and those quoted words were counted in the quoted group's table,
    # which listed "cameras", "keep", "streets", "safe" as collocates of "surveillance" with n_node = 0: no
    # quoted speaker says the word. Windows now stop where the group changes, as they stop at a document's end.
    corpus = _corpus({
        "a": 'Critics fear surveillance. "Cameras keep streets safe," said Mayor Tom Reilly.',
        "b": '"Surveillance keeps us safe," said Tom Reilly. Critics disagree.'})
    tokens = dc.tokenize(corpus)
    assert set(tokens["voice"]) == {"author", "quoted"}
    table = dc.collocates(tokens, "surveillance", by="voice", window=4)
    assert (table["n_node"] > 0).all()
    got = {(v, w): n for v, w, n in table[["voice", "collocate", "n"]].itertuples(index=False)}
    # author: "Critics fear" before the node in a; the quoted "Surveillance" of b lends the author no window
    # quoted: "keeps us safe" after the node in b, not the attribution "said Tom" that follows the quotation
    assert got == {("author", "critics"): 1, ("author", "fear"): 1,
                   ("quoted", "keeps"): 1, ("quoted", "us"): 1, ("quoted", "safe"): 1}
    by_voice = table.groupby("voice")[["n_node", "window_total"]].first()
    assert by_voice.loc["author"].tolist() == [1, 2] and by_voice.loc["quoted"].tolist() == [1, 3]


# ------------------------------------------------------------------------------------------ the table, by hand
def test_collocates_table_as_the_readme_defines_it():
    # The README states the contingency table (Evert 2008, section 5.1, surface co-occurrence): windows
    # counted after stopwords are removed, running across sentence ends, node tokens left out of every count.
    # Tokens after drop_stop ("the", "of", "a", "is" are stopwords), node "privacy" at word 3 of 8:
    #   city cameras watch | privacy | ends . Rights city matter deeply  (the "." is punctuation, dropped)
    # window 2: watch, cameras on the left; "ends" and "rights" on the right, across the sentence end.
    tokens = dc.tokenize(_corpus({"a": "The city cameras watch the privacy ends. Rights of a city matter deeply."}))
    t = dc.collocates(tokens, "privacy", by=None, window=2, drop_stop=True).set_index("collocate")
    assert sorted(t.index) == ["cameras", "ends", "rights", "watch"]
    row = t.loc["rights"]
    # total: city cameras watch ends rights city matter deeply = 8; window_total 4; n 1; n_collocate 1
    assert (row["total"], row["window_total"], row["n"], row["n_collocate"], row["n_node"]) == (8, 4, 1, 1, 1)
    # expected = window_total * n_collocate / total = 4 * 1 / 8; pmi = log2(1 / 0.5) = 1; t = (1 - 0.5) / 1
    assert row["expected"] == pytest.approx(0.5)
    assert row["pmi"] == pytest.approx(1.0)
    assert row["t_score"] == pytest.approx(0.5)


def test_kwic_window_and_ngrams_as_the_readme_says():
    # README: a KWIC window counts tokens, punctuation included (quanteda's kwic counts tokens alike), stops at
    # the document's edge, runs across sentences; matches never overlap; n-grams never cross punctuation
    tokens = dc.tokenize(_corpus({"a": "Smart city plans. The smart city, and the city.", "b": "City halls."}))
    lines = dc.kwic(tokens, ["smart city", "city"], window=2)
    assert lines[["left", "match", "right"]].values.tolist() == [
        ["", "Smart city", "plans."],          # document start: nothing on the left
        [". The", "smart city", ", and"],  # across the sentence end; ".", "," are tokens of the window
        ["and the", "city", "."],               # the last "city"; the "city" of "smart city" is not a line
        ["", "City", "halls."]]
    bigrams = dc.count_terms(tokens, by=None, ngram=2)["term"].tolist()
    assert "city and" not in bigrams and "and the" in bigrams
