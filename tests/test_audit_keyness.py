"""Findings of the user audit of keyness, counts, concordance and dispersion (one test per finding).

Known answers are computed by hand from the counts; the formula is in a comment beside each."""

from __future__ import annotations

import math
import warnings

import matplotlib
import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse import plots

matplotlib.use("Agg")


def _corpus(texts: dict[str, tuple[str, str]]) -> dc.Corpus:
    """{doc_id: (source, text)} as a Corpus (no cleaning)."""
    df = pd.DataFrame([{"doc_id": d, "source": s, "text": t} for d, (s, t) in texts.items()])
    return dc.Corpus.from_dataframe(df, text="text", source="source", clean=False)


# ------------------------------------------------------------------------------------------ finding 1
def test_count_terms_min_count_keeps_a_kept_terms_rows_in_every_group():
    # What was wrong: count_terms(min_count=k) (and count_terms_stream, count_terms_dask) dropped a term's row
    # in each group separately, and keyness then read the missing reference row as 0: "monday" (3 in A, 1 in
    # B) got n_reference 0 and a Log Ratio of log2(6) instead of log2(3). min_count now filters a term's count
    # over all groups (as quanteda's dfm_trim(min_termfreq=)), so a kept term keeps its row in every group.
    corpus = _corpus({"a": ("A", "monday monday monday rain"), "b": ("B", "monday rain rain rain")})
    tokens = dc.tokenize(corpus, quotes=False)
    counts = dc.count_terms(tokens, by="source", min_count=3)
    assert counts[["source", "term", "n"]].values.tolist() == [
        ["A", "monday", 3], ["A", "rain", 1], ["B", "monday", 1], ["B", "rain", 3]]
    assert counts.attrs["discourse_counts"]["min_count"] == 3
    k = dc.keyness(counts, by="source", target="A").set_index("term")
    # a=3, b=1, c=d=4 (totals before the filter), expected E11=E12=E21=E22=2:
    # G2 = 2 * (3 ln(3/2) + 1 ln(1/2) + 1 ln(1/2) + 3 ln(3/2)) = 2.0929925752; Log Ratio = log2((3/4)/(1/4))
    assert k.loc["monday", "n_reference"] == 1
    assert k.loc["monday", "g2"] == pytest.approx(2 * (6 * math.log(1.5) + 2 * math.log(0.5)), rel=1e-12)
    assert k.loc["monday", "g2"] == pytest.approx(2.0929925752, rel=1e-9)
    assert k.loc["monday", "log_ratio"] == pytest.approx(math.log2(3), rel=1e-12)
    # a term counted fewer than min_count times over all groups is left out everywhere
    assert set(dc.count_terms(tokens, by="source", min_count=5)["term"]) == set()
    # the streamed and the Dask counters give the same table (one counter class, TermCounts)
    streamed = dc.count_terms_stream(corpus, by="source", min_count=3, chunksize=1)
    pd.testing.assert_frame_equal(streamed[counts.columns], counts, check_exact=True)
    dd = pytest.importorskip("dask.dataframe")
    import dask

    from discourse.stream import count_terms_dask

    docs = corpus.documents[["doc_id", "source", "text"]]
    with dask.config.set(scheduler="synchronous"):
        dasked = count_terms_dask(dd.from_pandas(docs, npartitions=2), by="source", min_count=3)
    pd.testing.assert_frame_equal(dasked[counts.columns], counts, check_exact=True)


# ------------------------------------------------------------------------------------------ finding 2
def test_keyness_min_count_does_not_change_the_log_odds_prior():
    # What was wrong: keyness(min_count=k) built the informative prior (alpha0 = prior_scale * number of terms,
    # alpha_w from the pooled counts) from the terms left after the filter, so a term's log_odds_z changed with
    # min_count though its counts did not. The prior is now over every term counted in the contrast
    # (Monroe, Colaresi & Quinn 2008: the prior is the corpus's word distribution); min_count only removes rows.
    counts = pd.DataFrame({"g": ["A", "A", "A", "B", "B", "B"], "term": ["w", "x", "o", "w", "y", "o"],
                           "n": [3, 1, 4, 1, 1, 6]})
    # c = d = 8; terms w (3+1), x (1), y (1), o (10): 4 terms, pooled 16. alpha0 = 1 * 4; alpha_w = 4 * 4/16 = 1
    # delta = ln((3+1)/(8+4-3-1)) - ln((1+1)/(8+4-1-1)) = ln(2.5); z = delta / sqrt(1/(3+1) + 1/(1+1))
    z = math.log(2.5) / math.sqrt(0.75)  # 1.0580405...
    for mc in (1, 2, 4):
        k = dc.keyness(counts, by="g", target="A", min_count=mc).set_index("term")
        assert k.loc["w", "log_odds"] == pytest.approx(math.log(2.5), rel=1e-12)
        assert k.loc["w", "log_odds_z"] == pytest.approx(z, rel=1e-12)
    assert len(dc.keyness(counts, by="g", target="A", min_count=2)) == 2  # x and y left out: rows only
    # keyness_all and explore_terms take the same rows
    full = dc.keyness_all(counts, by="g", min_count=1).set_index(["target", "term"])["log_odds_z"]
    cut = dc.keyness_all(counts, by="g", min_count=2).set_index(["target", "term"])["log_odds_z"]
    assert np.array_equal(cut.to_numpy(), full.loc[cut.index].to_numpy())
    tokens = dc.tokenize(dc.load_corpus(), quotes=False)
    e1 = dc.explore_terms(tokens, by="source", target="Al Bawaba", lexicon=None).set_index("term")
    e3 = dc.explore_terms(tokens, by="source", target="Al Bawaba", lexicon=None, min_count=3).set_index("term")
    assert len(e3) < len(e1)
    assert np.array_equal(e3["log_odds_z"].to_numpy(), e1.loc[e3.index, "log_odds_z"].to_numpy())


# ------------------------------------------------------------------------------------------ finding 3
def test_keyness_on_counts_that_min_count_emptied_names_min_count():
    # What was wrong: counts left without rows by count_terms(min_count=) gave a bare IndexError from inside
    # keyness/keyness_all, and with one group left the message ignored the groups counts.attrs records.
    # The error now names min_count as the cause, the groups attrs record and the fix.
    corpus = _corpus({"a": ("A", "monday monday monday rain"), "b": ("B", "monday rain rain rain"),
                      "c": ("C", "sunday")})
    tokens = dc.tokenize(corpus, quotes=False)
    empty = dc.count_terms(tokens, by="source", min_count=100)
    assert len(empty) == 0
    for call in (lambda: dc.keyness(empty, by="source", target="A"), lambda: dc.keyness_all(empty, by="source")):
        with pytest.raises(ValueError, match=r"counts hold no rows.*'A', 'B', 'C'.*count_terms\(min_count=100\)"):
            call()
    # one term ("rain", 1 + 3) reaches 4: groups A and B keep their rows, C (only "sunday") has none
    counts = dc.count_terms(tokens, by="source", min_count=4)
    assert sorted(set(counts["source"])) == ["A", "B"]
    with pytest.raises(ValueError, match=r"target 'C' has no row in counts.*count_terms\(min_count=4\)"):
        dc.keyness(counts, by="source", target="C")
    with pytest.warns(UserWarning, match=r"'C'.*count_terms\(min_count=4\).*left out"):
        dc.keyness(counts, by="source", target="A")
    one = dc.count_terms(tokens[tokens["source"] != "B"], by="source", min_count=3)  # only A's "monday"
    with pytest.raises(ValueError, match=r"single group \('A'\).*'C'.*count_terms\(min_count=3\)"):
        dc.keyness_all(one, by="source")


# ------------------------------------------------------------------------------------------ finding 4
def test_plot_dispersion_finds_terms_as_kwic_does():
    # What was wrong: plot_dispersion(tokens, terms=...) compared lowercased strings, so "don’t" (curly
    # apostrophe, as the text prints it) found nothing and "safe city" missed "safe-city", which kwic finds.
    # It now finds terms with kwic's matcher (discourse.concordance.query_matches).
    text = "I don’t trust the safe-city cameras. They don’t stop crime, and the safe city is a slogan."
    tokens = dc.tokenize(_corpus({"d1": ("s", text)}), quotes=False)
    for q in ("don’t", "safe city", "slog*"):
        ax = plots.plot_dispersion(tokens, terms=[q])
        n = len(dc.kwic(tokens, q))
        assert [c.get_label() for c in ax.collections] == [f"{q} ({n})"]
        assert n > 0
    # positions: 17 words (3 punctuation tokens left out); "safe-city" is word 4 (0-based), one word wide:
    # 100 * (4 + 0.5) / 17; "safe city" (words 12-13) 100 * (12 + 1) / 17
    ax = plots.plot_dispersion(tokens, terms=["safe city"])
    assert sorted(ax.collections[0].get_offsets()[:, 0]) == pytest.approx([450 / 17, 1300 / 17])


# ------------------------------------------------------------------------------------------ finding 5
def test_min_count_above_every_count_is_reported():
    # What was wrong: dc.keyness(min_count=10**6) returned an empty table silently (the CLI says "no term
    # reaches --min-count"), collocates of a node that never occurs or with min_count above every
    # co-occurrence returned empty tables silently, and explore(min_count=) blamed the counts.
    tokens = dc.tokenize(dc.load_corpus(), quotes=False)
    counts = dc.count_terms(tokens, by="source")
    most = int(counts.groupby("term")["n"].sum().max())  # "Al Bawaba" vs the rest: every group, so the largest
    with pytest.warns(UserWarning, match=rf"keyness: no term reaches min_count=1000000 .* {most:,} times.*"
                                         rf"lower min_count \(--min-count\) to at most {most:,}"):
        assert dc.keyness(counts, by="source", target="Al Bawaba", min_count=10**6).empty
    with pytest.warns(UserWarning, match="keyness_all: no term reaches min_count=1000000"):
        assert dc.keyness_all(counts, by="source", min_count=10**6).empty
    with pytest.warns(UserWarning, match="node 'zzzz' does not occur"):
        assert dc.collocates(tokens, "zzzz").empty
    top = int(dc.collocates(tokens, "surveillance")["n"].max())
    with pytest.warns(UserWarning, match=rf"no collocate of 'surveillance' reaches min_count=500 .*at most {top}"):
        assert dc.collocates(tokens, "surveillance", min_count=500).empty
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the error alone, no warning before it
        with pytest.raises(ValueError, match=r"no term reaches min_count=1000000 in 'Al Bawaba'.*lower min_count"):
            dc.explore(tokens, by="source", target="Al Bawaba", min_count=10**6, out="/dev/null")
    # a min_count that some term reaches stays silent
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(dc.keyness(counts, by="source", target="Al Bawaba", min_count=most))
