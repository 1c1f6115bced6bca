"""The audit tables are built one chunk of whole documents at a time (discourse.stance.CHUNK_ROWS) to bound
memory; a chunk size that cuts the seed corpus into many chunks must give exactly the one-chunk tables."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse import stance


def _tables(tokens, corpus):
    return {
        "terms": dc.find_frame_terms(tokens, corpus=corpus),
        "terms_tokens": dc.find_frame_terms(tokens, window=3),
        "contributions": dc.frame_contributions(tokens),
        "sensitivity": dc.frame_sensitivity(tokens),
        "contested": dc.find_contested_sentences(tokens, corpus=corpus),
    }


def test_chunked_tables_equal_unchunked(seeds, seed_tokens, monkeypatch):
    # shuffled rows: check_tokens puts them in document order (of first appearance) before chunking
    shuffled = seed_tokens.sample(frac=1.0, random_state=0)
    whole = _tables(seed_tokens, seeds)
    whole_shuffled = _tables(shuffled, seeds)
    n_docs = seed_tokens["doc_id"].nunique()
    for rows in (1, 37, 500):  # 1: every document is a chunk of its own (each is longer than a chunk)
        monkeypatch.setattr(stance, "CHUNK_ROWS", rows)
        assert len(stance.document_chunks(seed_tokens, rows)) > 1
        for name, table in _tables(seed_tokens, seeds).items():
            pd.testing.assert_frame_equal(table, whole[name], obj=f"{name} with CHUNK_ROWS={rows}")
        if rows == 37:
            for name, table in _tables(shuffled, seeds).items():
                pd.testing.assert_frame_equal(table, whole_shuffled[name], obj=f"shuffled {name}")
    assert len(whole["terms"]) > n_docs  # the comparison covers hits from many documents


def test_doc_chunks_cut_only_between_documents(seed_tokens):
    tokens = dc.stance.check_tokens(seed_tokens, "norm")
    chunks = stance.document_chunks(tokens, 300)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(tokens)
    assert all(a[1] == b[0] for a, b in zip(chunks, chunks[1:], strict=False))
    doc = tokens["doc_id"].astype(object).to_numpy()
    for lo, hi in chunks:
        assert hi > lo
        if lo:
            assert doc[lo] != doc[lo - 1]
        # a chunk holds at most 300 rows unless it is a single document
        assert hi - lo <= 300 or len(set(doc[lo:hi])) == 1


@pytest.mark.parametrize("rows", [1, 10**9])
def test_chunked_without_hits(rows, monkeypatch):
    """No hits in any chunk: the same empty tables, with the same columns, whatever the chunk size."""
    monkeypatch.setattr(stance, "CHUNK_ROWS", rows)
    c = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a", "b"], "source": ["x", "y"],
                                               "text": ["Nothing here at all.", "Nor here."]}))
    tokens = dc.tokenize(c, metadata=["source"])
    monkeypatch.setattr(stance, "CHUNK_ROWS", 10**9)
    whole = dc.find_frame_terms(tokens, corpus=c)
    monkeypatch.setattr(stance, "CHUNK_ROWS", rows)
    chunked = dc.find_frame_terms(tokens, corpus=c)
    assert chunked.empty and list(chunked.columns) == list(whole.columns)
    pd.testing.assert_frame_equal(chunked, whole)
    assert dc.frame_contributions(tokens).empty


def test_frame_balance_finds_hits_by_chunks_of_documents_with_identical_results(seed_tokens, monkeypatch):
    # frame_balance finds its hits per chunk (discourse.stance.CHUNK_ROWS) to bound the use rules' memory;
    # any chunk size must give the one-chunk table (the default chunk holds all the seeds' tokens)
    whole = dc.frame_balance(seed_tokens, by="source", n_boot=50, uses="evaluative")
    hits = stance.find_hits_by_documents(stance.check_tokens(seed_tokens, "norm"), dc.load_lexicon("framing"),
                                         categories=["promotional", "rights"])
    assert len(hits) > 20 and hits["token_row"].is_monotonic_increasing
    for rows in (1, 37, 500):
        monkeypatch.setattr(stance, "CHUNK_ROWS", rows)
        assert len(stance.document_chunks(seed_tokens)) > 1
        pd.testing.assert_frame_equal(dc.frame_balance(seed_tokens, by="source", n_boot=50, uses="evaluative"),
                                      whole, obj=f"frame_balance with CHUNK_ROWS={rows}")
        chunked = stance.find_hits_by_documents(stance.check_tokens(seed_tokens, "norm"), dc.load_lexicon("framing"),
                                                categories=["promotional", "rights"])
        pd.testing.assert_frame_equal(chunked, hits, obj=f"hits with CHUNK_ROWS={rows}")
