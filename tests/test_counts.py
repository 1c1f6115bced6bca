"""The counting core: accumulators and the document-term matrix."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import discourse as dc


@pytest.fixture(scope="module")
def seed_tokens():
    return dc.tokenize(dc.load_corpus())


def test_dtm_holds_count_terms_cell_for_cell(seed_tokens):
    dtm = dc.to_dtm(seed_tokens)
    counts = dc.count_terms(seed_tokens, by="doc_id")
    assert dtm.shape == (counts["doc_id"].nunique(), counts["term"].nunique())
    back = dtm.to_frame().sort_values(["doc_id", "term"]).reset_index(drop=True)
    want = counts[["doc_id", "term", "n"]].sort_values(["doc_id", "term"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(back, want, check_dtype=False)
    # a known cell: the document's count of "surveillance" is the number of such tokens in it
    d = dtm.documents["doc_id"].iloc[0]
    n = int(((seed_tokens["doc_id"] == d) & (seed_tokens["norm"] == "surveillance")).sum())
    assert dtm.matrix[0, dtm.vocabulary["surveillance"]] == n


def test_dtm_to_gensim_and_min_df():
    counts = pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "term": ["x", "y", "x", "z"], "n": [2, 1, 3, 4]})
    dtm = dc.to_dtm(counts)
    assert dtm.matrix.toarray().tolist() == [[2, 1, 0], [3, 0, 0], [0, 0, 4]]
    corpus, dictionary = dtm.to_gensim()
    assert corpus == [[(0, 2), (1, 1)], [(0, 3)], [(2, 4)]]
    assert dictionary.token2id == {"x": 0, "y": 1, "z": 2} and dictionary.dfs[0] == 2 and dictionary.cfs[0] == 5
    kept = dc.to_dtm(counts, min_df=2)
    assert list(kept.terms) == ["x"] and kept.matrix.toarray().ravel().tolist() == [2, 3, 0]
    # rows from two columns
    two = dc.to_dtm(counts.assign(voice=["author", "quoted", "author", "author"]), doc=["doc_id", "voice"])
    assert two.shape[0] == 4 and list(two.documents.columns) == ["doc_id", "voice"]


def test_dtm_bad_input():
    with pytest.raises(ValueError, match="missing column"):
        dc.to_dtm(pd.DataFrame({"doc_id": ["a"], "n": [1]}))
    with pytest.raises(TypeError, match="data must be a pandas DataFrame"):
        dc.to_dtm([("a", "x", 1)])


def test_frame_counts_accumulate_to_count_frames(seed_tokens):
    corpus = dc.load_corpus()
    counter = dc.FrameCounts("framing", by="source", voice=True)
    for part in corpus.batches(2):
        counter.add(part)
    expected = dc.count_frames(seed_tokens, "framing", by="source")
    pd.testing.assert_frame_equal(counter.to_frame(), expected)
    # a rate is missing only where the voice has no words (a source without reported speech)
    words = expected["n_tokens"] > 0
    assert np.isfinite(expected.loc[words, "rate"]).all() and expected.loc[~words, "rate"].isna().all()
    assert set(expected.loc[~words, "voice"]) <= {"quoted", "reported"}
