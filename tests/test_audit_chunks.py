"""The audit tables are built one chunk of whole documents at a time (discourse.stance.CHUNK_ROWS) to bound
memory; a chunk size that cuts the seed corpus into many chunks must give exactly the one-chunk tables."""

from __future__ import annotations

import numpy as np
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


# ------------------------------------------------------------------------------------------ lean working arrays
@pytest.mark.parametrize("by", [["source"], ["doc_id"], ["quote_kind"], ["speaker"], ["source", "speaker"], []])
def test_token_runs_give_the_codes_keys_units_and_words_of_the_whole_table_arrays(seed_tokens, by):
    # frame_balance, frame_contributions and frame_sensitivity count on runs of rows (TokenRuns) instead of
    # int64 / object arrays over the whole table; every input of their unchanged aggregation must be the one
    # the whole-table arrays gave (group_codes, TokenArrays, pair_codes, word_counts): quote_kind and speaker
    # have missing values (the last group), source and speaker a token-level split of documents
    from discourse.framing import (
        TokenRuns,
        group_codes,
        pair_codes,
        punct_mask,
        run_words,
        voice_codes,
        word_counts,
    )

    tokens = stance.check_tokens(seed_tokens, "norm")
    runs = TokenRuns(tokens, by)
    codes, keys = group_codes(tokens, by)
    pd.testing.assert_frame_equal(runs.keys, keys)
    length = np.diff(np.append(runs.starts, len(tokens)))
    assert (np.repeat(runs.group, length) == codes).all()
    arr = stance.TokenArrays(tokens)
    assert (np.repeat(runs.doc, length) == arr.doc).all()
    assert (np.repeat(runs.paragraph, length) == arr.paragraph).all()
    assert list(runs.doc_ids) == list(pd.unique(tokens["doc_id"].astype(object)))
    gd, gd_group = pair_codes(codes, arr.doc)
    gd_run, gd_group_run = pair_codes(runs.group, runs.doc)
    assert (np.repeat(gd_run, length) == gd).all() and (gd_group_run == gd_group).all()
    u, u_gd = pair_codes(gd, arr.paragraph)
    u_run, u_gd_run = pair_codes(gd_run, runs.paragraph)
    assert (np.repeat(u_run, length) == u).all() and (u_gd_run == u_gd).all()
    # the int8 codes read from the categorical equal the codes of the same values as plain strings
    small = voice_codes(tokens, np.int8)
    assert small.dtype == np.int8 and (small == voice_codes(tokens.astype({"voice": object}))).all()
    words = runs.word_counts(run_words(runs, small, punct_mask(tokens)))
    for i, v in enumerate(["author", "quoted", "reported"]):
        assert (words[:, i] == word_counts(codes, len(keys), arr, v)).all(), v
    assert (words.sum(axis=1) == word_counts(codes, len(keys), arr, "all")).all()
    hits = stance.find_hits_by_documents(tokens, dc.load_lexicon("framing"))
    rows = hits["token_row"].to_numpy()
    assert len(rows) > 100 and (runs.group[runs.run_of(rows)] == codes[rows]).all()


def test_token_runs_need_document_order_and_voice_codes_check_values(seed_tokens):
    from discourse.framing import TokenRuns, voice_codes

    mixed = seed_tokens.iloc[np.r_[0:50, 5000:5050, 50:100]].reset_index(drop=True)
    with pytest.raises(ValueError, match="tokens must be in document order"):
        TokenRuns(mixed, ["source"])
    bad = seed_tokens.head(20).copy()
    bad["voice"] = bad["voice"].cat.add_categories(["narrator"])
    bad.loc[3, "voice"] = "narrator"
    with pytest.raises(ValueError, match=r"tokens column 'voice' holds 'narrator'; expected"):
        voice_codes(bad, np.int8)
    bad.loc[3, "voice"] = None
    with pytest.raises(ValueError, match=r"holds '<missing>'"):
        voice_codes(bad, np.int8)


# ------------------------------------------------------------------------------------------ hits found once
def test_tables_from_given_hits_equal_tables_finding_their_own(seeds, seed_tokens, monkeypatch):
    # the report finds the hits once (every category; the two poles) and hands them to each table: every
    # table must be the one the function builds from its own hits, with any chunk size
    lex = dc.load_lexicon("framing")
    tokens = stance.check_tokens(seed_tokens, "norm")
    poles = ["promotional", "rights"]
    every = stance.find_hits_by_documents(tokens, lex)
    pole = stance.find_hits_by_documents(tokens, lex, categories=poles)
    some = stance.find_hits_by_documents(tokens, lex, categories=["rights"])
    own = {"terms": dc.find_frame_terms(seed_tokens, corpus=seeds),
           "terms_rights": dc.find_frame_terms(seed_tokens, window=3, categories="rights"),
           "contributions": dc.frame_contributions(seed_tokens),
           "contributions_quoted": dc.frame_contributions(seed_tokens, voice="quoted"),
           "sensitivity": dc.frame_sensitivity(seed_tokens),
           "balance": dc.frame_balance(seed_tokens, n_boot=30)}
    for rows in (10**9, 37):
        monkeypatch.setattr(stance, "CHUNK_ROWS", rows)
        given = {"terms": dc.find_frame_terms(seed_tokens, corpus=seeds, hits=every),
                 "terms_rights": dc.find_frame_terms(seed_tokens, window=3, categories="rights", hits=some),
                 "contributions": dc.frame_contributions(seed_tokens, hits=every),
                 "contributions_quoted": dc.frame_contributions(seed_tokens, voice="quoted", hits=every),
                 "sensitivity": dc.frame_sensitivity(seed_tokens, hits=pole),
                 "balance": dc.frame_balance(seed_tokens, n_boot=30, hits=pole)}
        for name, table in given.items():
            assert len(table) > 5, name
            pd.testing.assert_frame_equal(table, own[name], obj=f"{name} from given hits, CHUNK_ROWS={rows}")


def test_given_hits_of_other_tokens_or_categories_are_refused(seed_tokens):
    lex = dc.load_lexicon("framing")
    tokens = stance.check_tokens(seed_tokens, "norm")
    every = stance.find_hits_by_documents(tokens, lex)
    with pytest.raises(ValueError, match=r"hits hold frame\(s\) .* that frame_balance does not count; find them "
                                         r"with categories=\['promotional', 'rights'\]"):
        dc.frame_balance(seed_tokens, n_boot=0, hits=every)
    with pytest.raises(ValueError, match="these hits were not found on these tokens"):
        dc.find_frame_terms(tokens.iloc[: len(tokens) // 2], hits=every)
    moved = every.assign(token_row=every["token_row"] + 1)
    with pytest.raises(ValueError, match="these hits were not found on these tokens|is in document"):
        dc.frame_contributions(tokens, hits=moved[moved["token_row"] < len(tokens)])
    with pytest.raises(ValueError, match=r"hits is missing column\(s\)|missing"):
        dc.frame_contributions(tokens, hits=every.drop(columns=["use"]))
    with pytest.raises(TypeError, match="hits must be a DataFrame"):
        dc.frame_sensitivity(tokens, hits=every.to_dict())
    counts = dc.count_terms(seed_tokens, by="source", lexicon=lex)
    with pytest.raises(ValueError, match="hits= goes with a token table"):
        dc.frame_balance(counts, hits=every)
