"""Hostile input to keyness, the streaming readers, the counting accumulators and suggest_terms: each test
names what was wrong before its fix."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import discourse as dc


def _tokens(texts: list[str], sources: list[str]) -> pd.DataFrame:
    ids = [f"d{i}" for i in range(len(texts))]
    return dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ids, "text": texts, "source": sources})))


def test_keyness_keeps_a_group_without_counted_words():
    # a source whose texts are only punctuation had no row in count_terms' table (its documents only in
    # attrs): keyness_all left it out without a word, and keyness(target=...) said "not found ... available:
    # 'B', 'C'" although the counts recorded the group
    tokens = _tokens(["!!! ???", "real words here", "other words there"], ["A", "B", "C"])
    counts = dc.count_terms(tokens, by="source")
    with pytest.warns(UserWarning, match=r"no counted terms: source='A'"):
        every = dc.keyness_all(counts, by="source")
    assert sorted(every["target"].unique()) == ["B", "C"]
    # the rest of B is A and C: A's document counts among the rest's documents, with no terms
    b = every[every["target"] == "B"]
    assert (b["doc_total_reference"] == 2).all() and (b["total_reference"] == 3).all()
    with pytest.raises(ValueError, match=r"target 'A' has no counted terms.*--target"):
        dc.keyness(counts, by="source", target="A")
    with pytest.raises(ValueError, match=r"targets= names group\(s\) with no counted terms: source='A'"):
        dc.keyness_all(counts, by="source", targets=["A"])
    # only stopwords once drop_stop applies: the same; and with one group of words left there is no contrast
    stop = dc.count_terms(_tokens(["the and of", "real words here"], ["A", "B"]), by="source", drop_stop=True)
    with pytest.raises(ValueError, match=r"at least two groups with counted terms.*source='A'"):
        dc.keyness_all(stop, by="source")
    # valid counts (every group with words) give the same table as before, without a warning
    full = dc.count_terms(_tokens(["some words", "real words here", "other words there"], ["A", "B", "C"]),
                          by="source")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert sorted(dc.keyness_all(full, by="source")["target"].unique()) == ["A", "B", "C"]


def _jsonl_with_number_texts(tmp_path) -> str:
    path = tmp_path / "n.jsonl"
    path.write_text('{"doc_id":"a","text":"smart city","source":"A"}\n{"doc_id":"b","text":"privacy rights","source":"A"}\n'
                    '{"doc_id":"c","text":2021,"source":"B"}\n{"doc_id":"d","text":3.5,"source":"B"}\n', encoding="utf-8")
    return str(path)


def test_stream_refuses_non_string_texts_whatever_the_chunksize(tmp_path):
    # load_corpus refuses a number as text (TypeError), but a streaming chunk in which no text was a string was
    # skipped as "empty text" (count_terms_stream) or dropped without any record (iter_corpus): error or silent
    # loss depended on chunksize
    path = _jsonl_with_number_texts(tmp_path)
    with pytest.raises(TypeError, match="must hold strings; row 2"):
        dc.load_corpus(path)
    for chunksize in (1, 2, 10):
        with pytest.raises(TypeError, match=r"text column 'text' must hold strings; row 2 \(doc_id 'c'\)"):
            dc.count_terms_stream(path, chunksize=chunksize, progress=False)
        with pytest.raises(TypeError, match=r"text column 'text' must hold strings; row 2 \(doc_id 'c'\)"):
            list(dc.iter_corpus(path, chunksize=chunksize))
    # chunks of only missing or blank texts are still skipped, and iter_corpus now reports them
    df = pd.DataFrame({"doc_id": list("abcde"), "text": ["x y", "", None, "  ", "z"]})
    skipped: list[dict] = []
    with pytest.warns(UserWarning, match=r"3 item\(s\) skipped while loading 'corpus' \(first: empty text; doc_id 'b'"):
        chunks = list(dc.iter_corpus(df, chunksize=2, skipped=skipped))
    assert [list(c.documents["doc_id"]) for c in chunks] == [["a"], ["e"]]
    assert [r["doc_id"] for r in skipped] == ["b", "c", "d"] and {r["reason"] for r in skipped} == {"empty text"}


def test_stream_items_must_be_dataframes():
    # an iterable of dicts or of strings gave AttributeError: 'dict' object has no attribute 'columns'
    with pytest.raises(TypeError, match=r"item 0 of the iterable is not a DataFrame but dict.*pd.DataFrame\(records\)"):
        dc.count_terms_stream([{"doc_id": "a", "text": "hello world"}], progress=False)
    with pytest.raises(TypeError, match=r"item 1 of the iterable is not a DataFrame but str"):
        list(dc.iter_corpus([pd.DataFrame({"text": ["hello"]}), "hello world"]))


def test_stream_unknown_by_column_is_named():
    # with a `by` column that the documents lack, the fast counting paths (count_*_stream, TermCounts/FrameCounts
    # .add(Corpus), count_*_dask) failed with a bare pandas KeyError: 'sorce'; fast=False already said it clearly
    df = pd.DataFrame({"doc_id": ["a", "b"], "text": ["smart city privacy", "more words here"], "source": ["A", "B"]})
    named = r"corpus.documents \(by=\) is missing column\(s\) 'sorce'; it has: 'doc_id', 'source'"
    with pytest.raises(ValueError, match=named):
        dc.count_terms_stream(df, by="sorce", progress=False)
    with pytest.raises(ValueError, match=named):
        dc.count_frames_stream(df, "framing", by="sorce", progress=False)
    corpus = dc.Corpus.from_dataframe(df)
    with pytest.raises(ValueError, match=named):
        dc.TermCounts(by="sorce").add(corpus)
    with pytest.raises(ValueError, match=named):
        dc.FrameCounts(by=["source", "sorce"]).add(corpus)
    dd = pytest.importorskip("dask.dataframe")
    import dask

    with dask.config.set(scheduler="synchronous"):
        with pytest.raises(ValueError, match=named):
            dc.count_terms_dask(dd.from_pandas(df, npartitions=1), by="sorce")


def test_suggest_terms_refuses_missing_group_values():
    # missing values in the group column were dropped by a groupby, so two groups (one of them missing) were
    # reported as "by='grp' gives only one group"; keyness refuses missing group values by name
    texts = ["The smart city is efficient. Smart sensors smart grid.", "Mass surveillance violates privacy rights.",
             "The city installs cameras and privacy rules.", "Efficient cameras are smart rights."]
    tokens = _tokens(texts, ["s"] * 4)
    tokens["grp"] = np.where(tokens["doc_id"].astype(str) == "d0", "A", None)
    with pytest.raises(ValueError, match=r"tokens\['grp'\] has missing group values \(\d+ token\(s\), doc_id 'd1'"):
        dc.suggest_terms(tokens, seeds={"pro": ["smart"], "crit": ["privacy"]}, by="grp", min_count=1,
                         word2vec=False)
