"""Findings of the user audit of keyness, counts, concordance and dispersion (one test per finding).

Known answers are computed by hand from the counts; the formula is in a comment beside each."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import discourse as dc


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


