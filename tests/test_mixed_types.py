"""A metadata column that mixes numbers and strings is one documented handling on every path.

What was wrong: a group column such as ``year`` holding ``2000`` (a number) in some JSON Lines records and
``"2000"`` (a string) in others -- as when exports are concatenated -- was kept as it was read. In memory,
``count_terms(..., by="year")`` then gave two rows per term for one year (totals ``{(2000,): .., ('2000',): ..}``)
and keyness contrasted year 2000 with year "2000", two groups that print the same. Streamed, the counter cast the
group column to the dtype of the first chunk (int64 with ``chunksize=1``), leaving duplicate ``(2000, term)`` rows
and a misleading keyness error about totals. Nothing warned.

Now loading reads such a column as strings (the printed form: ``2000`` and ``2000.0`` are ``'2000'``) with one
warning naming the column, how many values were read so and the fix; a streamed chunk that holds only numbers
keeps them (it cannot know), and the counters read them as strings when adding the chunks up, so every chunk
size gives the in-memory table.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.corpus import MixedTypesWarning
from discourse.counts import TermCounts
from discourse.keyness import keyness
from discourse.stream import count_frames_stream, count_terms_stream, iter_corpus


def _docs() -> list[dict]:
    """Two years, each written as a number in some records and as a string in others; one number is a float
    (2001.0), one value is missing and one is a word."""
    words = ["peace and security for all", "security council reform now", "climate and peace together"]
    docs = []
    for i in range(20):
        year: object = [2000, "2000", 2001, "2001"][i % 4]
        docs.append({"doc_id": f"d{i}", "year": year, "text": f"{words[i % 3]} {i % 5}"})
    docs[3]["year"] = 2001.0
    docs[6]["year"] = None
    docs[9]["year"] = "unknown"
    return docs


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    p = tmp_path / "mixed.jsonl"
    p.write_text("".join(json.dumps(d) + "\n" for d in _docs()), encoding="utf-8")
    return p


def _missing_as_label(table: dict) -> dict:
    return {tuple("<missing>" if pd.isna(v) else v for v in k): n for k, n in table.items()}


def _assert_same(got: pd.DataFrame, ref: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got, ref, check_exact=True)
    g, r = got.attrs["discourse_counts"], ref.attrs["discourse_counts"]
    for k in ("totals", "doc_totals"):
        assert _missing_as_label(g[k]) == _missing_as_label(r[k])


def _recorded(fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = fn()
    return out, [str(w.message) for w in caught if issubclass(w.category, MixedTypesWarning)]


def _in_memory(path: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    def run():
        tokens = dc.tokenize(dc.load_corpus(path))
        return dc.count_terms(tokens, by="year"), dc.count_frames(tokens, "framing", by="year")
    (terms, frames), msgs = _recorded(run)
    return terms, frames, msgs


def test_load_corpus_reads_a_mixed_column_as_strings_with_one_warning(jsonl):
    # was: two groups 2000 and '2000' that print the same, two rows per term, no warning
    terms, _, msgs = _in_memory(jsonl)
    assert len(msgs) == 1
    assert "'year'" in msgs[0] and "10 numbers" in msgs[0] and "9 strings" in msgs[0]
    assert "make the column one type before loading" in msgs[0]
    peace = terms[terms.term == "peace"]
    assert peace["year"].fillna("<missing>").tolist() == ["2000", "2001", "unknown", "<missing>"]
    assert not terms.duplicated(["year", "term"]).any()
    assert set(_missing_as_label(terms.attrs["discourse_counts"]["totals"])) == {
        ("2000",), ("2001",), ("unknown",), ("<missing>",)}
    docs = dc.load_corpus(jsonl).documents
    assert docs["year"].dropna().map(type).eq(str).all()
    assert docs.loc[docs.doc_id == "d3", "year"].item() == "2001"  # 2001.0 prints as '2001'


@pytest.mark.parametrize("chunksize", [1, 7, 10_000])
def test_streamed_counts_equal_in_memory_whatever_the_chunk_size(jsonl, chunksize):
    # was: chunksize=1 cast the column to int64 from the first chunk and kept duplicate (2000, term) rows;
    # a chunk that holds only numbers (chunksize 1 and 7 have such chunks) now meets the strings in the counter
    terms, frames, ref_msgs = _in_memory(jsonl)
    got, msgs = _recorded(lambda: count_terms_stream(jsonl, by="year", chunksize=chunksize))
    _assert_same(got, terms)
    assert not got.duplicated(["year", "term"]).any()  # one row per year and term
    assert len(msgs) == 1 and msgs == ref_msgs  # one warning, the numbers of the whole corpus, as load_corpus gives them
    got_frames, msgs = _recorded(lambda: count_frames_stream(jsonl, by="year", chunksize=chunksize))
    pd.testing.assert_frame_equal(got_frames, frames, check_exact=True)
    assert msgs == ref_msgs


def test_keyness_on_a_streamed_table_is_that_of_memory(tmp_path):
    # was: "totals for group(s) '2000' are smaller than the counts they hold" on the chunksize=1 table
    p = tmp_path / "years.jsonl"  # years only (keyness needs every document in a group), as in the audit
    p.write_text("".join(json.dumps({**d, "year": [2000, "2000", 2001, "2001"][i % 4]}) + "\n"
                         for i, d in enumerate(_docs())), encoding="utf-8")
    terms, _, _ = _in_memory(p)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MixedTypesWarning)
        streamed = count_terms_stream(p, by="year", chunksize=1)
    pd.testing.assert_frame_equal(keyness(streamed, by="year", target="2000"),
                                  keyness(terms, by="year", target="2000"))


def test_parallel_and_dask_equal_in_memory(jsonl):
    terms, _, ref_msgs = _in_memory(jsonl)
    got, msgs = _recorded(lambda: count_terms_stream(jsonl, by="year", chunksize=3, n_jobs=2))
    _assert_same(got, terms)
    assert not got.duplicated(["year", "term"]).any()
    assert len(msgs) == 1 and msgs == ref_msgs
    pytest.importorskip("dask.bag")
    import dask
    import dask.bag as db

    from discourse.stream import count_terms_dask

    # partitions of 4 and sub-chunks of 1 document: some hold only numbers
    bag = db.from_sequence(_docs(), npartitions=5)
    with dask.config.set(scheduler="synchronous"):
        got, msgs = _recorded(lambda: count_terms_dask(bag, by="year", chunksize=1))
    _assert_same(got, terms)
    assert msgs == ref_msgs


def test_a_column_of_one_type_is_unchanged():
    # a guard, passing before and after: results on other input stay identical: numbers stay numbers, strings strings, no warning
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["peace now", "war now", "peace"],
                       "year": [2000, 2001, 2000], "party": ["x", None, "y"], "flag": [True, False, True],
                       "score": [1.5, np.nan, 2.0]})
    corpus, msgs = _recorded(lambda: dc.load_corpus(df))
    assert msgs == []
    for c in ("year", "party", "flag", "score"):
        assert corpus.documents[c].dtype == df[c].dtype
    pd.testing.assert_series_equal(corpus.documents["year"], df["year"])
    streamed, msgs = _recorded(lambda: count_terms_stream(df, by="year", chunksize=1))
    assert msgs == [] and streamed["year"].dtype == np.int64


def test_numbers_and_booleans_print_as_python_prints_them():
    df = pd.DataFrame({"doc_id": ["a", "b", "c", "d", "e"], "text": ["x"] * 5,
                       "year": pd.Series([2000.0, "2000", 2000.5, np.int64(7), None], dtype=object),
                       "flag": pd.Series([True, "yes", 1, False, np.nan], dtype=object)})
    corpus, msgs = _recorded(lambda: dc.load_corpus(df))
    assert corpus.documents["year"].tolist()[:4] == ["2000", "2000", "2000.5", "7"]
    assert corpus.documents["year"].isna().tolist()[4]
    # True and 1 were one group for pandas (True == 1): now 'True' and '1'
    assert corpus.documents["flag"].tolist()[:4] == ["True", "yes", "1", "False"]
    assert len(msgs) == 2 and "'flag'" in msgs[1] and "2 booleans" in msgs[1] and "1 numbers" in msgs[1]


def test_doc_ids_of_mixed_types_are_strings_and_one_id_twice_is_an_error(tmp_path):
    # a guard, passing before and after: doc ids were already read as strings per value: 1 and "1" are then the same id, refused, not two documents
    p = tmp_path / "ids.jsonl"
    p.write_text("".join(json.dumps({"doc_id": d, "text": "peace"}) + "\n" for d in [1, "1"]), encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate doc ids"):
        dc.load_corpus(p)
    with pytest.raises(ValueError, match="duplicate doc ids"):
        count_terms_stream(p, chunksize=1)
    p.write_text("".join(json.dumps({"doc_id": d, "text": "peace"}) + "\n" for d in [1, "b", 3]), encoding="utf-8")
    ref = dc.count_terms(dc.tokenize(dc.load_corpus(p)), by="doc_id")
    for chunksize in (1, 7):
        _assert_same(count_terms_stream(p, by="doc_id", chunksize=chunksize), ref)
    assert ref["doc_id"].tolist() == ["1", "3", "b"]


def test_iter_corpus_reports_a_column_mixed_across_chunks(jsonl):
    # each chunk is read on its own: one that holds only numbers keeps them; the warning says so, once
    chunks, msgs = _recorded(lambda: list(iter_corpus(jsonl, chunksize=1)))
    assert len(msgs) == 1 and "'year'" in msgs[0] and "chunk that held only numbers kept them" in msgs[0]
    assert {type(c.documents["year"].iloc[0]) for c in chunks if c.documents["year"].notna().all()} >= {str}
    # adding the chunks up counts the numbers as strings, as in memory, and says so
    terms, _, _ = _in_memory(jsonl)
    counter = TermCounts(by="year")
    for c in chunks:
        counter.add(c)
    got, msgs = _recorded(counter.to_frame)
    _assert_same(got, terms)
    assert len(msgs) == 1 and msgs[0].startswith("group column 'year'")


def test_cli_keyness_sees_one_group_per_year(jsonl):
    # was: four groups (2000, '2000', 2001, '2001'), two of them contrasted with their own twin
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    r = subprocess.run([sys.executable, "-m", "discourse.cli", "keyness", str(jsonl), "--by", "year",
                        "--target", "2000", "--min-count", "1"], capture_output=True, text=True, env=env,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    assert "metadata column 'year' mixes" in r.stderr
