"""Hostile input to the loaders (a second audit): every case with its small input file, made here in the test.

1. a text that starts with a quotation mark swallowed the following rows of a CSV/TSV file;
2. numeric dates (years, Unix seconds), dates out of pandas' range, slash dates of two orders;
3. a file named twice in a folder's metadata.csv;
4. subfolders of a corpus folder;
5. missing source values;
6. bytes-to-bytes codecs (rot13, base64, zlib) given as the encoding;
7. UTF-16/32 without a byte-order mark read with the default encoding.

Each test asserts the clear error (the file, the problem and the fix) or the documented, reported handling.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

import discourse as dc
from discourse.cli import main
from discourse.corpus import iter_documents
from discourse.errors import InputError

from .test_hostile import error_lines, run_cli


def load_quietly(path, **kw) -> dc.Corpus:
    """load_corpus, failing on any warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return dc.load_corpus(path, **kw)


# ------------------------------------------------------------------------- 1 a quotation mark swallows rows
SWALLOW_TEXTS = ['"Smart city is coming; the mayor said so.', "Critics warn of privacy loss.",
                 'Huawei calls it "safe city" tech.', "Another doc."]


def _swallow_file(tmp_path: Path, sep: str, suffix: str, texts: list[str] = SWALLOW_TEXTS) -> Path:
    p = tmp_path / f"q{suffix}"
    rows = [sep.join(["doc_id", "source", "text"])]
    rows += [sep.join([str(i + 1), "ab"[i % 2], t]) for i, t in enumerate(texts)]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return p


@pytest.mark.parametrize(("sep", "suffix"), [("\t", ".tsv"), (",", ".csv")])
def test_text_starting_with_a_quotation_mark_that_swallows_rows_is_refused(tmp_path, sep, suffix):
    p = _swallow_file(tmp_path, sep, suffix)
    # before: 2 documents, rows 2-3 silently inside document 1
    with pytest.raises(InputError, match=r"q\.(tsv|csv): line 2: a field starts with a quotation mark.*lines 3-4 "
                       r"were read into that field.*Fix: pass quoting='none' \(--quoting none\)"):
        dc.load_corpus(p)
    with pytest.raises(InputError, match="line 2: a field starts with a quotation mark"):
        list(iter_documents(p))  # the streaming reader too
    c = load_quietly(p, quoting="none", clean=False)
    assert c.documents["text"].tolist() == SWALLOW_TEXTS and c.documents["doc_id"].tolist() == ["1", "2", "3", "4"]
    # quoting='csv' reads the file as its quotation marks say (the old reading), on request
    assert len(dc.load_corpus(p, quoting="csv", clean=False)) == 2
    code, _, err = run_cli(["corpus", str(p), "--no-quotes"])
    assert code == 2 and len(error_lines(err)) == 1 and "quoting='none'" in err and "Traceback" not in err


def test_swallowing_text_that_also_holds_the_delimiter_is_refused(tmp_path):
    # a comma in the CSV text: with quotation marks as text the row has 4 fields, so quoting='none' is no fix
    texts = ['"Smart city is coming, the mayor said.', *SWALLOW_TEXTS[1:]]
    p = _swallow_file(tmp_path, ",", ".csv", texts)
    with pytest.raises(InputError, match=r"q\.csv: line 2: a field starts with a quotation mark.*lines 3-4 were read "
                       r"into that field.*Fix: quote that field properly.*quoting='none' \(--quoting none\), which "
                       r"reads quotation marks as text, does not help here: line 2"):
        dc.load_corpus(p)
    # the same text quoted as a CSV writer quotes it loads
    pd.DataFrame({"doc_id": ["1", "2", "3", "4"], "text": texts}).to_csv(p, index=False)
    assert load_quietly(p, clean=False).documents["text"].tolist() == texts


def test_unclosed_quotation_mark_at_the_start_of_a_text_is_refused_by_line(tmp_path):
    p = tmp_path / "u.csv"
    p.write_text('doc_id,text\n1,"Smart city is coming\n2,Critics warn of privacy loss.\n3,Fine.\n')
    with pytest.raises(InputError, match=r"u\.csv: line 2: a field starts with a quotation mark.*lines 3-4.*"
                       r"quoting='none'"):
        dc.load_corpus(p)
    assert len(load_quietly(p, quoting="none", clean=False)) == 3


def test_quoted_fields_with_line_breaks_load_as_before(tmp_path):
    texts = ['Smart city\nsays "the mayor", today', 'He said "no"\r\nok, fine', "one\ntwo", "x,y\nz,w",
             '"Quoted" from the start\nand on', "plain"]
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "source": ["s"] * len(texts), "text": texts})
    files = {"pandas.csv": dict(index=False), "pandas.tsv": dict(index=False, sep="\t"),
             "crlf.csv": dict(index=False, lineterminator="\r\n"), "all.csv": dict(index=False, quoting=1)}
    for name, kw in files.items():
        df.to_csv(tmp_path / name, **kw)
        c = load_quietly(tmp_path / name, clean=False)
        assert c.documents["text"].tolist() == texts, name
    # a single column, where every line has the header's one field
    df[["text"]].to_csv(tmp_path / "one.csv", index=False)
    assert load_quietly(tmp_path / "one.csv", clean=False).documents["text"].tolist() == texts
    # as a spreadsheet writes it (every field quoted, CRLF line ends)
    (tmp_path / "excel.csv").write_bytes(b'"doc_id","text"\r\n"a","Line one\r\n""Line two"""\r\n"b","B"\r\n')
    c = load_quietly(tmp_path / "excel.csv", clean=False)
    assert c.documents["text"].tolist() == ['Line one\r\n"Line two"', "B"]
    # a metadata.csv of a folder is read the same way
    d = tmp_path / "f"
    d.mkdir()
    (d / "a.txt").write_text("Smart city.")
    (d / "metadata.csv").write_text('file,source,note\na.txt,X,"two\nlines"\n')
    assert load_quietly(d).documents["note"].tolist() == ["two\nlines"]


def test_quoting_option_is_checked():
    with pytest.raises(ValueError, match="quoting='single' is not valid"):
        dc.load_corpus(quoting="single")


# ------------------------------------------------------------------------------------- 2 dates
def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_whole_number_years_are_read_as_january_first(tmp_path):
    p = _jsonl(tmp_path / "y.jsonl", [{"text": "Smart city.", "date": 2019}, {"text": "Privacy.", "date": "2020-05-06"},
                                      {"text": "More.", "date": None}])
    dates = load_quietly(p).documents["date"]
    assert dates.tolist()[:2] == [pd.Timestamp("2019-01-01"), pd.Timestamp("2020-05-06")] and pd.isna(dates[2])
    # an integer column (as Parquet or a DataFrame holds it), and floats from a column with gaps
    df = pd.DataFrame({"text": ["a", "b"], "date": [1999, 2024]})
    assert dc.Corpus.from_dataframe(df).documents["date"].dt.year.tolist() == [1999, 2024]
    df = pd.DataFrame({"text": ["a", "b"], "date": [1999.0, float("nan")]})
    assert dc.Corpus.from_dataframe(df).documents["date"].dt.year.tolist()[0] == 1999


@pytest.mark.parametrize("value", [1568505600, 20190915, 2019.5, 7])
def test_numbers_that_are_not_years_are_refused(tmp_path, value):
    p = _jsonl(tmp_path / "n.jsonl", [{"doc_id": "ok", "text": "Fine.", "date": "2019-01-01"},
                                      {"doc_id": "bad", "text": "Smart city.", "date": value}])
    # before: 1970-01-01 00:00:00.000002019 and the like, silently
    with pytest.raises(InputError, match=rf"n\.jsonl: date column 'date': holds 1 number\(s\) that are not years, "
                       rf"e\.g\. {value!r} \(doc_id 'bad'\).*Fix: convert them to dates"):
        dc.load_corpus(p)
    df = pd.DataFrame({"text": ["a"], "date": [value]})
    with pytest.raises(InputError, match="not years"):
        dc.Corpus.from_dataframe(df)


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31"])
def test_dates_out_of_range_name_the_value_and_document(tmp_path, value):
    p = _jsonl(tmp_path / "o.jsonl", [{"doc_id": "ok", "text": "Fine.", "date": "2019-01-01"},
                                      {"doc_id": "far", "text": "Smart city.", "date": value}])
    # before: pandas' OutOfBoundsDatetime from inside pandas
    with pytest.raises(InputError, match=rf"o\.jsonl: date column 'date': 1 date\(s\) out of the range.*'{value}' "
                       r"\(doc_id 'far'\).*Fix: correct those dates"):
        dc.load_corpus(p)
    code, _, err = run_cli(["corpus", str(p), "--no-quotes"])
    assert code == 2 and len(error_lines(err)) == 1 and value in err


def test_slash_dates_of_both_orders_are_refused(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text("doc_id,text,date\na,One.,15/09/2019\nb,Two.,09/15/2019\n")
    with pytest.raises(InputError, match=r"m\.csv: date column 'date': the slash dates mix two orders: '15/09/2019' "
                       r"\(doc_id 'a'\) can only be day/month/year, '09/15/2019' \(doc_id 'b'\) only month/day/year"):
        dc.load_corpus(p)


def test_slash_dates_are_read_in_one_order_with_a_warning(tmp_path):
    p = tmp_path / "d.csv"
    p.write_text("doc_id,text,date\na,One.,15/09/2019\nb,Two.,05/06/2019\nc,Three.,2019-03-04\n")
    # before: 2019-09-15 day first and 2019-05-06 month first, without a word
    with pytest.warns(UserWarning, match=r"date column 'date': slash dates are read day first.*'15/09/2019'.*"
                      r"'05/06/2019'"):
        c = dc.load_corpus(p)
    assert c.documents["date"].tolist() == [pd.Timestamp("2019-09-15"), pd.Timestamp("2019-06-05"),
                                            pd.Timestamp("2019-03-04")]
    p.write_text("doc_id,text,date\na,One.,05/06/2019\nb,Two.,06/07/2019\n")
    with pytest.warns(UserWarning, match=r"date column 'date': 2 slash date\(s\) such as '05/06/2019' could be day "
                      r"first or month first.*read month first"):
        c = dc.load_corpus(p)
    assert c.documents["date"].tolist() == [pd.Timestamp("2019-05-06"), pd.Timestamp("2019-06-07")]
    # one order that the values show: read as before, no warning
    p.write_text("doc_id,text,date\na,One.,09/15/2019\nb,Two.,05/06/2019\n")
    assert load_quietly(p).documents["date"].tolist() == [pd.Timestamp("2019-09-15"), pd.Timestamp("2019-05-06")]
    p.write_text("doc_id,text,date\na,One.,15/09/2019\nb,Two.,25/06/2019\nc,Three.,07/07/2019\n")
    assert load_quietly(p).documents["date"].tolist() == [pd.Timestamp("2019-09-15"), pd.Timestamp("2019-06-25"),
                                                          pd.Timestamp("2019-07-07")]


# ------------------------------------------------------------------------------- 3 metadata rows
def test_file_named_twice_in_metadata_is_refused(tmp_path):
    d = tmp_path / "fm"
    d.mkdir()
    (d / "a.txt").write_text("Smart city is great.")
    (d / "b.txt").write_text("Privacy.")
    (d / "metadata.csv").write_text("file,source,doc_id\na.txt,x,d1\na.txt,y,d2\nb.txt,y,d3\n")
    # before: 3 documents, a.txt twice
    with pytest.raises(InputError, match=r"metadata\.csv: names 1 file\(s\) more than once \('a\.txt' on rows 2, 3; "
                       r"the header is row 1\).*Fix: keep one row per file"):
        dc.load_corpus(d)


# ------------------------------------------------------------------------------- 4 subfolders
def test_subfolders_are_listed_as_skipped(tmp_path):
    d = tmp_path / "f"
    (d / "nyt").mkdir(parents=True)
    (d / ".git").mkdir()
    (d / "top.txt").write_text("Smart city.")
    (d / "nyt" / "a.txt").write_text("Privacy.")
    # before: 1 document and nothing skipped
    with pytest.warns(UserWarning, match="1 item.*skipped.*a folder"):
        c = dc.load_corpus(d)
    assert len(c) == 1
    assert c.skipped["file"].tolist() == [str(d / "nyt")]
    assert c.skipped["reason"].iloc[0].startswith("a folder: documents in subfolders are not read")


# ------------------------------------------------------------------------------- 5 missing sources
def test_missing_source_values_are_labelled_and_reported(tmp_path):
    p = _jsonl(tmp_path / "s.jsonl", [{"text": "Smart city.", "source": None}, {"text": "Privacy.", "source": "Y"},
                                      {"text": "More."}])
    # before: the corpus name 's' for both, as if an outlet
    with pytest.warns(UserWarning, match=r"2 document\(s\) of 's' have no value in the source column 'source' "
                      r"\(doc_id '0', '2'\); their source is '\(missing\)'"):
        c = dc.load_corpus(p)
    assert c.documents["source"].tolist() == ["(missing)", "Y", "(missing)"]
    q = tmp_path / "s.csv"
    q.write_text("text,source\nSmart city.,X\nPrivacy.,\n")
    with pytest.warns(UserWarning, match="1 document.*no value in the source column"):
        assert dc.load_corpus(q).documents["source"].tolist() == ["X", "(missing)"]


def test_corpus_without_a_source_column_keeps_its_name(tmp_path):
    p = tmp_path / "n.csv"
    p.write_text("text\nSmart city.\nPrivacy.\n")
    assert load_quietly(p).documents["source"].tolist() == ["n", "n"]


# ------------------------------------------------------------------------------- 6 bytes codecs
@pytest.mark.parametrize("codec", ["rot13", "base64", "zlib", "hex"])
def test_codecs_that_are_not_text_encodings_are_refused(tmp_path, codec):
    p = tmp_path / "c.csv"
    p.write_text("text\nSmart city.\n")
    # before: LookupError "'rot13' is not a text encoding; use codecs.open()"
    with pytest.raises(InputError, match=rf"encoding='{codec}' \(--encoding\) is not a text encoding.*Fix: use a "
                       r"text encoding such as 'utf-8'"):
        dc.load_corpus(p, encoding=codec)
    with pytest.raises(InputError, match="is not a text encoding"):
        list(iter_documents(p, encoding=codec))
    code, _, err = run_cli(["corpus", str(p), "--no-quotes", "--encoding", codec])
    assert code == 2 and len(error_lines(err)) == 1 and "not a text encoding" in err


# ------------------------------------------------------------------------------- 7 UTF-16 without a mark
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_without_bom_is_named_with_the_encoding_to_give(tmp_path, codec):
    t = tmp_path / "u.tsv"
    t.write_bytes("text\tsource\nSmart city.\tX\n".encode(codec))
    j = tmp_path / "u.jsonl"
    j.write_bytes('{"text": "Smart city."}\n'.encode(codec))
    kind = codec[:6].upper()
    for p in (t, j):
        # before: "text column 'text' not found; the columns are: 't\x00e\x00x\x00t\x00'" or no documents
        with pytest.raises(InputError, match=rf"u\.(tsv|jsonl): not utf-8 text: .*looks like {kind} text without a "
                           rf"byte-order mark.*Fix: pass encoding='{codec}' \(--encoding {codec}\)"):
            dc.load_corpus(p)
        code, _, err = run_cli(["corpus", str(p), "--no-quotes"])
        assert code == 2 and len(error_lines(err)) == 1 and f"--encoding {codec}" in err
        assert load_quietly(p, encoding=codec).documents["text"].tolist() == ["Smart city."]
    # a text file in a folder: skipped, with the encoding that reads it
    d = tmp_path / "f"
    d.mkdir()
    (d / "a.txt").write_bytes("Privacy.".encode(codec))
    (d / "b.txt").write_text("Smart city.")
    with pytest.warns(UserWarning, match="skipped"):
        c = dc.load_corpus(d)
    assert f"--encoding {codec} reads it" in c.skipped["reason"].iloc[0]


def test_quoting_reaches_the_streaming_counters_and_the_command_line(tmp_path, capsys):
    # the same refusal and the same option in count_terms_stream and on the command line as in load_corpus

    path = tmp_path / "q.tsv"
    path.write_text('doc_id\tsource\ttext\n1\ta\t"Smart city is coming, the mayor said.\n2\tb\tCritics warn of '
                    'privacy loss.\n3\ta\tHuawei calls it "safe city" tech.\n4\tb\tAnother doc.\n', encoding="utf-8")
    with pytest.raises(ValueError, match="quoting='none'"):
        dc.count_terms_stream(path, by="doc_id", progress=False)
    counts = dc.count_terms_stream(path, by="doc_id", quoting="none", progress=False)
    assert sorted(counts["doc_id"].unique()) == ["1", "2", "3", "4"]
    assert main(["corpus", str(path)]) == 2
    assert "--quoting none" in capsys.readouterr().err
    assert main(["corpus", str(path), "--quoting", "none"]) == 0
    assert "documents: 4" in capsys.readouterr().out


def test_metadata_with_a_text_column_is_refused_by_name(tmp_path):
    # before: "text column 'text' not found; columns 'text_x', 'text_y'", suggesting --text, which folders ignore
    (tmp_path / "a.txt").write_text("Smart city.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,source,text\na.txt,x,a summary\n", encoding="utf-8")
    with pytest.raises(dc.InputError, match=r"metadata.csv: has a column 'text'.*Fix: rename that column"):
        dc.load_corpus(tmp_path)
