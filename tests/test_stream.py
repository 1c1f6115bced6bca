"""Streaming, parallel and Dask counting give exactly the in-memory tables."""

from __future__ import annotations

import gzip
import json
import warnings

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.counts import count_terms
from discourse.framing import count_frames
from discourse.keyness import keyness, keyness_all
from discourse.stream import count_frames_stream, count_terms_stream, iter_corpus
from discourse.text import fast_tokens, tokenize

from .conftest import UNGD

TRICKY = [
    "Huawei's “safe city” (see https://example.com/a.b?x=1, www.e.org.) said Mr. Pang; U.S. firms don't.",
    "E-mail: press@huawei.com or a.b+c@d.co.uk — US$1.5bn, RM4.2, 1,000 cameras, 4.2% and 12:30 p.m.",
    "O'Brien’s AI-enabled re-structured system‐wide; ’tis the e.g. i.e. A.I. case_with_underscore __x__.",
    "HTTP://CAPS.EXAMPLE and http//broken and hwww.x; w.h.o. said: 'We're here,' they'd say. ABC12 ABCD1 Ab1",
    "Ünïcödé ÉCOLE naïve café—“quoted ‘nested’ words”… ½ ² ٣ 日本語のテキスト 中文 ＡＢＣ",
    "Marks whose NFKC form has letters: 40℃, Brand™, № 5, ﬁnal ﬂow, Ⅻ, ㎞.",  # a single mark, norm "°c"
    "", "   \n\n  ", "a", "@", "x@y", "e.g.", "U.S.", "'s", "‘", "www.", "http://",
]


def _strip(df: pd.DataFrame) -> pd.DataFrame:
    df.attrs.pop("discourse_stream", None)
    return df


def _comparable(attrs: dict) -> dict:
    """attrs with missing group values in the totals' keys as one marker (NaN is not equal to itself)."""
    meta = attrs.get("discourse_counts")
    if meta is None:
        return attrs
    def fix(table):
        return {tuple("<missing>" if pd.isna(v) else v for v in k): n for k, n in table.items()}
    return {**attrs, "discourse_counts": {**meta, "totals": fix(meta["totals"]), "doc_totals": fix(meta["doc_totals"])}}


def assert_same(got: pd.DataFrame, ref: pd.DataFrame) -> None:
    got = _strip(got)
    pd.testing.assert_frame_equal(got, ref, check_exact=True)
    assert _comparable(got.attrs) == _comparable(ref.attrs)


@pytest.fixture(scope="module")
def docs() -> pd.DataFrame:
    """Seeds (with set-aside bylines), the tiny corpus' texts and tricky texts, from three sources."""
    seeds = dc.load_corpus().documents[["doc_id", "source", "text"]]
    tiny = pd.DataFrame({
        "doc_id": ["t1", "t2", "t3"],
        "source": ["Vendor", "Watchdog", "Vendor"],
        "text": ["Our smart city platform makes public safety seamless.",
                 "“This is a panopticon,” said Omar Diaz. Mass surveillance threatens privacy.",
                 "The so-called ‘smart city’ enables repression.\n\nBy Jane Doe"],
    })
    tricky = pd.DataFrame({"doc_id": [f"x{i}" for i in range(len(TRICKY))],
                           "source": ["Tricky"] * len(TRICKY), "text": TRICKY})
    df = pd.concat([seeds, tiny, tricky], ignore_index=True)
    df["year"] = np.arange(len(df)) % 3 + 2017
    df["section"] = [None if i % 4 == 0 else f"s{i % 2}" for i in range(len(df))]  # missing values form a group
    return df


@pytest.fixture(scope="module")
def corpus(docs) -> dc.Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dc.Corpus.from_dataframe(docs)


@pytest.fixture(scope="module")
def tokens(corpus) -> pd.DataFrame:
    return tokenize(corpus, metadata=["source", "year", "section"])


def test_fast_tokens_are_the_tokenizer_tokens(corpus, tokens):
    # the fast tokenizer (white space eaten in the match, e-mail alternative skipped without "@", a short-cut
    # for lowercase words) finds the same tokens as tokenize() on every document that has no set-aside span
    aside = set(corpus.set_aside["doc_id"])
    by_doc = tokens.groupby("doc_id", sort=False)["token"].agg(list).to_dict()
    checked = 0
    for d, text in zip(corpus.documents["doc_id"], corpus.documents["text"], strict=True):
        if d in aside:
            continue
        assert fast_tokens(text) == by_doc.get(d, []), d
        checked += 1
    assert checked >= len(TRICKY) - 3  # the empty texts are skipped by the corpus


@pytest.mark.parametrize("options", [
    {"by": "source"},
    {"by": None},
    {"by": ["source", "year"], "drop_stop": True},
    {"by": "source", "column": "stem", "min_count": 2},
    {"by": "source", "column": "token", "drop_punct": False},
    {"by": "doc_id"},
    {"by": ["section", "year"]},
    {"by": ["source", "voice"]},           # token-level groups: token tables with quotations
    {"by": "source", "ngram": (1, 2)},     # n-grams need sentences: token tables
])
@pytest.mark.parametrize("chunksize", [1, 4, 1000])
def test_count_terms_stream_equals_in_memory(corpus, tokens, options, chunksize):
    ref = count_terms(tokens, **options)
    assert_same(count_terms_stream(corpus, chunksize=chunksize, **options), ref)


def test_fast_and_token_table_paths_agree(corpus):
    a = count_terms_stream(corpus, by="source", fast=True, chunksize=3)
    b = count_terms_stream(corpus, by="source", fast=False, chunksize=3)
    assert_same(a, _strip(b))


def test_small_max_chars_splits_documents_into_more_chunks(corpus, tokens):
    assert count_terms_stream(corpus, by="source").attrs["discourse_stream"]["chunks"] == 1
    got = count_terms_stream(corpus, by="source", max_chars=500)
    assert got.attrs["discourse_stream"]["chunks"] >= 7  # each seed article alone, the short texts together
    assert_same(got, count_terms(tokens, by="source"))


def test_stream_from_files_equals_load_corpus(tmp_path, docs):
    # JSONL.gz without doc ids (numbered over the whole file), CSV, Parquet: each read in chunks of 3 rows
    no_ids = docs.drop(columns=["doc_id"])
    jl = tmp_path / "c.jsonl.gz"
    with gzip.open(jl, "wt", encoding="utf-8") as fh:
        for rec in no_ids.to_dict("records"):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fh.write("{not json\n")  # reported, as load_corpus reports it
    csv = tmp_path / "c.csv"
    docs.to_csv(csv, index=False)
    paths = [jl, csv]
    try:
        import pyarrow  # noqa: F401

        pq = tmp_path / "c.parquet"
        docs.to_parquet(pq)
        paths.append(pq)
    except ImportError:  # pragma: no cover
        pass
    for path in paths:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ref = count_terms(tokenize(dc.load_corpus(path), metadata=["source", "year"]), by=["source", "year"])
            got = count_terms_stream(path, by=["source", "year"], chunksize=3)
        skipped = pd.DataFrame(got.attrs["discourse_stream"]["skipped"])
        assert_same(got, ref)
        if path == jl:
            assert skipped["reason"].str.contains("invalid JSON").any()
            assert skipped["reason"].eq("empty text").sum() == 2


def test_parallel_equals_serial(corpus, tokens):
    serial = count_terms_stream(corpus, by="source", chunksize=2)
    parallel = count_terms_stream(corpus, by="source", chunksize=2, n_jobs=2)
    assert_same(parallel, _strip(serial))
    assert_same(serial, count_terms(tokens, by="source"))
    frames = count_frames_stream(corpus, by="source", chunksize=3, n_jobs=2)
    assert_same(frames, count_frames(tokens, "framing", by="source"))


def test_threads_counting_at_once_equal_serial():
    # a Dask worker runs several partitions in threads of one process, as does a user's thread pool: each
    # thread counts with its own word table (a shared one was grown by two threads at once and raised a shape
    # mismatch, or could misalign word ids); a tiny switch interval makes the threads interleave
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from discourse import counts as counts_module

    rng = np.random.default_rng(7)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    parts = []
    for p in range(6):  # every part full of words no other part has, so every chunk grows the table
        words = ["".join(rng.choice(letters, 7)) + f"{p}x" for _ in range(3_000)]
        texts = [" ".join(rng.choice(words, 400)) + "." for _ in range(12)]
        parts.append(pd.DataFrame({"doc_id": [f"p{p}d{i}" for i in range(12)], "text": texts,
                                   "source": [f"s{i % 3}" for i in range(12)]}))

    def run(df):
        return count_terms_stream(df, by="source", chunksize=2)

    counts_module._VOCABS.clear()
    serial = [run(df) for df in parts]
    counts_module._VOCABS.clear()
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(6) as pool:
            threaded = list(pool.map(run, parts))
    finally:
        sys.setswitchinterval(old)
    for a, b in zip(serial, threaded, strict=True):
        assert_same(b, _strip(a))
    assert serial[0]["n"].sum() == 12 * 400  # every word counted (one term each; "." is dropped)


@pytest.mark.parametrize("options", [{"by": "source"}, {"by": ["source", "year"], "voice": False},
                                     {"by": None, "categories": ["promotional", "rights"]}])
def test_count_frames_stream_equals_in_memory(corpus, tokens, options):
    ref = count_frames(tokens, "framing", **options)
    got = count_frames_stream(corpus, "framing", chunksize=2, **options)
    assert_same(got, ref)
    assert set(got["voice"]) == set(ref["voice"])


def test_keyness_from_streamed_counts(corpus, tokens):
    ref = count_terms(tokens, by="source")
    got = count_terms_stream(corpus, by="source", chunksize=2)
    pd.testing.assert_frame_equal(keyness(got, by="source", target="Vendor"),
                                  keyness(ref, by="source", target="Vendor"), check_exact=True)
    pd.testing.assert_frame_equal(keyness_all(got, by="source"), keyness_all(ref, by="source"), check_exact=True)


def test_iter_corpus_chunks_cover_the_corpus(docs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        chunks = list(iter_corpus(docs, chunksize=4))
        whole = dc.Corpus.from_dataframe(docs)
    assert all(len(c) <= 4 for c in chunks)
    pd.testing.assert_frame_equal(pd.concat([c.documents for c in chunks], ignore_index=True), whole.documents)


def test_bad_input(docs, corpus, tmp_path):
    with pytest.raises(ValueError, match="n_jobs=0"):
        count_terms_stream(corpus, n_jobs=0)
    with pytest.raises(TypeError, match="n_jobs must be"):
        count_terms_stream(corpus, n_jobs="2")
    with pytest.raises(ValueError, match="chunksize=0"):
        count_terms_stream(corpus, chunksize=0)
    with pytest.raises(TypeError, match="data must be"):
        count_terms_stream(42)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        count_terms_stream(tmp_path / "nope.jsonl")
    with pytest.raises(ValueError, match="text column 'body' not found"):
        count_terms_stream(docs, text="body")
    with pytest.raises(ValueError, match="fast=True needs"):
        count_terms_stream(corpus, ngram=2, fast=True)
    dup = pd.concat([docs.iloc[:3], docs.iloc[:1]], ignore_index=True)
    with pytest.raises(ValueError, match="duplicate doc ids across chunks"):
        count_terms_stream(dup, chunksize=3)
    empty = pd.DataFrame({"doc_id": ["a", "b"], "text": ["", " "]})
    with pytest.raises(ValueError, match="has no documents"):
        count_terms_stream(empty)


def test_skipped_documents_are_reported(docs):
    with pytest.warns(UserWarning, match="2 item\\(s\\) skipped"):
        got = count_terms_stream(docs, chunksize=5)
    assert {r["doc_id"] for r in got.attrs["discourse_stream"]["skipped"]} == {"x6", "x7"}  # the blank texts
    # plain values in attrs: tables from two streams concatenate and merge
    assert len(pd.concat([got, got])) == 2 * len(got)
    assert len(got.merge(got, on=["source", "term"])) == len(got)
    assert got.attrs["discourse_stream"]["documents"] == len(docs) - 2


@pytest.mark.slow
@pytest.mark.skipif(not UNGD.exists(), reason="UN General Debate corpus not present")
def test_ungd_sample_fast_path_equals_tokenize(tmp_path):
    from discourse.corpus import iter_documents

    df = next(iter_documents(UNGD, chunksize=120))
    path = tmp_path / "ungd.jsonl"
    df.to_json(path, orient="records", lines=True, force_ascii=False)
    ref = count_terms(tokenize(dc.load_corpus(path, source="country"), metadata=["source", "year"], quotes=False),
                      by=["source", "year"])
    assert_same(count_terms_stream(path, source="country", by=["source", "year"], chunksize=50, n_jobs=2), ref)


# ------------------------------------------------------------------------------------------ Dask
@pytest.fixture(scope="module")
def dask_client():
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        yield client


def test_dask_dataframe_and_bag_equal_in_memory(dask_client, docs, tokens):
    import dask.bag as db
    import dask.dataframe as dd

    from discourse.stream import count_frames_dask, count_terms_dask

    ddf = dd.from_pandas(docs, npartitions=3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for options in ({"by": "source"}, {"by": ["source", "year"], "ngram": (1, 2)}):
            assert_same(count_terms_dask(ddf, chunksize=4, **options), count_terms(tokens, **options))
        # Dask stores missing strings as <NA>: the in-memory reference is the same data, computed
        same_data = tokenize(dc.Corpus.from_dataframe(ddf.compute()), metadata=["section", "year"])
        assert_same(count_terms_dask(ddf, by=["section", "year"], chunksize=4),
                    count_terms(same_data, by=["section", "year"]))
        assert_same(count_frames_dask(ddf, by="source"), count_frames(tokens, "framing", by="source"))
        # a bag of dicts without doc ids: numbered over the partitions in order, as load_corpus numbers them
        bag = db.from_sequence(docs.drop(columns=["doc_id"]).to_dict("records"), npartitions=4)
        ref = count_terms(tokenize(dc.Corpus.from_dataframe(docs.drop(columns=["doc_id"])), metadata=["source"]),
                          by="doc_id")
        assert_same(count_terms_dask(bag, by="doc_id"), ref)
        counts = count_terms_dask(ddf, by="source")
    pd.testing.assert_frame_equal(keyness(counts, by="source", target="Watchdog"),
                                  keyness(count_terms(tokens, by="source"), by="source", target="Watchdog"))


def test_dask_bad_input():
    pytest.importorskip("dask.dataframe")
    from discourse.stream import count_terms_dask

    with pytest.raises(TypeError, match="dask.dataframe.DataFrame or a dask.bag.Bag"):
        count_terms_dask(pd.DataFrame({"text": ["a"]}))


def test_frames_group_without_words_in_one_chunk():
    # group B has only punctuation in the first chunk but words in the second: counted like the whole corpus;
    # group C has no words anywhere: the same error as count_frames
    df = pd.DataFrame({"doc_id": ["1", "2", "3", "4"], "source": ["A", "B", "A", "B"],
                       "text": ["Privacy matters.", "...", "Smart city now.", "Mass surveillance."]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = count_frames(tokenize(dc.Corpus.from_dataframe(df)), "framing", by="source")
    assert_same(count_frames_stream(df, by="source", chunksize=2), ref)
    bad = pd.concat([df, pd.DataFrame({"doc_id": ["5"], "source": ["C"], "text": ["!?"]})], ignore_index=True)
    with pytest.raises(ValueError, match="group\\(s\\) with no word tokens: source='C'"):
        count_frames_stream(bad, by="source", chunksize=2)


def test_tokenize_in_parallel_is_identical(corpus, tokens):
    got = tokenize(corpus, metadata=["source", "year", "section"], n_jobs=2)
    pd.testing.assert_frame_equal(got, tokens, check_exact=True)
    seeds = dc.load_corpus()
    pd.testing.assert_frame_equal(tokenize(seeds, n_jobs=2), tokenize(seeds), check_exact=True)
    with pytest.raises(ValueError, match="n_jobs=0"):
        tokenize(seeds, n_jobs=0)
    with pytest.raises(TypeError, match="n_jobs must be an int"):
        tokenize(seeds, n_jobs=1.5)


def test_accumulator_over_iter_corpus_equals_count_terms(corpus):
    # the README's "one counting core" example: any chunking gives the table of count_terms
    counter = dc.TermCounts(by="source", ngram=(1, 2), drop_stop=True)
    for chunk in dc.iter_corpus(corpus, chunksize=2):
        counter.add(chunk)
    expected = dc.count_terms(dc.tokenize(corpus), by="source", ngram=(1, 2), drop_stop=True)
    got = counter.to_frame()
    pd.testing.assert_frame_equal(got, expected)
    assert got.attrs == expected.attrs


def test_a_pickled_counter_carries_options_not_counts(corpus):
    import pickle

    counter = dc.TermCounts(by="source").add(corpus)
    clone = pickle.loads(pickle.dumps(counter))
    assert clone.by == ["source"] and clone.fast == counter.fast
    assert clone.totals == {} and len(clone.to_frame()) == 0
    assert len(counter.to_frame()) > 0


def test_stream_reads_a_semicolon_file_with_sep(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text("doc_id;source;text\na;X;Privacy matters, said she.\nb;Y;Safe city, smart city.\n",
                    encoding="utf-8")
    counts = dc.count_terms_stream(path, by="source", sep=";")
    assert set(counts["source"]) == {"X", "Y"} and counts.loc[counts["term"] == "city", "n"].sum() == 2
    assert len(list(dc.iter_corpus(path, sep=";"))) == 1
