"""Survey and panel metadata as R, Excel, SPSS/Stata exports and notebooks write it: a numeric wave, a year, codes
with leading zeros, 19-digit ids, booleans and missing-value codes, in a folder's metadata.csv, a CSV file and a
DataFrame. Each file is written by the test."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

import discourse as dc

WORDS = ["Huawei sells its safe city platform to city governments.",
         "Critics say the cameras enable mass surveillance and threaten privacy.",
         "The vendor calls the system the city's nervous system for public safety.",
         "Rights groups warn of repression and human rights violations."]


def _texts(n):
    return [f"{WORDS[i % 4]} Document {i} of the panel." for i in range(n)]


def _load(path, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = dc.load_corpus(path, **kw)
    return corpus, [str(w.message) for w in caught]


def _panel_folder(tmp_path, wave_values):
    rows = ['"","file","wave","code","resp_id","female"']  # R's write.csv: row names under an empty header
    for i, w in enumerate(wave_values):
        (tmp_path / f"d{i:02d}.txt").write_text(_texts(len(wave_values))[i], encoding="utf-8")
        rows.append(f'"{i + 1}","d{i:02d}.txt",{w},"0{i % 3}","{1234567890123456789 + i}",{"TRUE" if i % 2 else "FALSE"}')
    (tmp_path / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_a_numeric_wave_of_metadata_csv_sorts_as_numbers(tmp_path):
    waves = [1, 2, 10, 11, 12, 3, 9, 2, 10, 1, 12, 11]
    corpus, msgs = _load(_panel_folder(tmp_path, waves))
    docs = corpus.documents
    assert str(docs["wave"].dtype) == "Int64" and docs["wave"].tolist() == waves
    assert any("read as numbers" in m and "'wave' (Int64)" in m and "infer_types=False" in m for m in msgs)
    # codes with a leading zero, 19-digit ids (beyond what a float holds) and booleans stay text, unchanged
    assert docs["code"].tolist()[:3] == ["00", "01", "02"]
    assert docs["resp_id"].tolist()[0] == "1234567890123456789"
    assert docs["resp_id"].nunique() == len(waves)
    assert docs["female"].tolist()[:2] == ["FALSE", "TRUE"]
    tokens = dc.tokenize(corpus)
    # as text, the waves were sorted 1, 10, 11, 12, 2, 3, 9 in the categories and every table
    assert list(tokens["wave"].cat.categories) == [1, 2, 3, 9, 10, 11, 12]
    counts = dc.count_frames(tokens, by="wave")
    assert list(dict.fromkeys(counts["wave"])) == [1, 2, 3, 9, 10, 11, 12]
    balance = dc.frame_balance(tokens, by="wave", n_boot=50)
    assert list(dict.fromkeys(balance["wave"])) == [1, 2, 3, 9, 10, 11, 12]
    assert len(corpus.subset(docs["wave"] >= 10)) == 6


def test_infer_types_false_keeps_the_text(tmp_path):
    corpus, msgs = _load(_panel_folder(tmp_path, [1, 2, 10]), infer_types=False)
    assert corpus.documents["wave"].tolist() == ["1", "2", "10"]
    assert not any("read as numbers" in m for m in msgs)
    with pytest.raises(TypeError, match="infer_types"):
        dc.load_corpus(tmp_path, infer_types="no")


def test_numbers_of_a_csv_file_with_missing_values_and_decimals(tmp_path):
    path = tmp_path / "panel.csv"
    pd.DataFrame({"text": _texts(5), "wave": ["1", "", "NA", "10", "2"], "share": ["0.5", "1.0", "2", "", "3.25"],
                  "income": ["1250", ".", "2000", "", "-99"], "pct": ["10%", "20%", "", "", "5%"],
                  "n": ["1,250", "900", "", "", "3"]}).to_csv(path, index=False)
    corpus, msgs = _load(path)
    docs = corpus.documents
    assert docs["wave"].tolist() == [1, pd.NA, pd.NA, 10, 2] and str(docs["wave"].dtype) == "Int64"
    assert str(docs["share"].dtype) == "float64" and docs["share"].tolist()[:3] == [0.5, 1.0, 2.0]
    # "." (SAS/Stata's missing value), a percent sign or a thousands separator: the column is left as written
    assert docs["income"].tolist()[:2] == ["1250", "."]
    assert docs["pct"].tolist()[0] == "10%" and docs["n"].tolist()[0] == "1,250"
    # the tables keep the column's dtype where a value is missing (to_numpy had made 1.0, 2.0, ... of them)
    tokens = dc.tokenize(corpus)
    counts = dc.count_terms(tokens, by="wave")
    assert str(counts["wave"].dtype) == "Int64"
    assert list(dict.fromkeys(counts["wave"].astype(object).where(counts["wave"].notna(), None))) == [1, 2, 10, None]


def test_streamed_counts_of_a_csv_read_the_numbers_alike(tmp_path):
    path = tmp_path / "panel.csv"
    waves = ["1", "2", "", "10", "2", "11", "1"]
    pd.DataFrame({"text": _texts(len(waves)), "wave": waves}).to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tokens = dc.tokenize(dc.load_corpus(path))
        for chunksize in (2, 100):
            pd.testing.assert_frame_equal(dc.count_terms(tokens, by="wave"),
                                          dc.count_terms_stream(path, by="wave", chunksize=chunksize))
            pd.testing.assert_frame_equal(dc.count_frames(tokens, by="wave"),
                                          dc.count_frames_stream(path, by="wave", chunksize=chunksize))


def test_dataframes_keep_their_types():
    df = pd.DataFrame({"text": _texts(3), "wave": ["1", "10", "2"]})
    corpus, msgs = _load(df)
    assert corpus.documents["wave"].tolist() == ["1", "10", "2"]
    assert not any("read as numbers" in m for m in msgs)
    typed = dc.Corpus.from_dataframe(df, infer_types=True)
    assert typed.documents["wave"].tolist() == [1, 10, 2]


def test_report_tables_keep_the_order_of_a_numeric_group_with_missing_values():
    from discourse.report.analysis import Analysis

    waves = [1, 2, 10, None, 11, 2, 1, 10, 11, None, 3, 3]
    df = pd.DataFrame({"text": _texts(len(waves)), "wave": pd.array(waves, dtype="Int64")})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = Analysis(dc.Corpus.from_dataframe(df), by="wave", n_boot=20)
        # the missing wave is the group "(missing)"; the labels had sorted as text: (missing), 1, 10, 11, 2, 3
        assert list(dict.fromkeys(a.frame_counts["wave"].astype(str))) == ["1", "2", "3", "10", "11", "(missing)"]
        assert list(dict.fromkeys(a.balance["wave"].astype(str))) == ["1", "2", "3", "10", "11", "(missing)"]


def test_long_ids_that_became_floats_are_reported():
    import io

    # pandas reads a column of 19-digit ids as float64 where one is missing: ...111 and ...112 become one number
    csv = ("user_id,text\n1111111111111111111,a b c\n,d e f\n1111111111111111112,g h i\n")
    df = pd.read_csv(io.StringIO(csv))
    assert df["user_id"].dtype == "float64" and df["user_id"].nunique() == 1
    with pytest.warns(UserWarning, match=r"column 'user_id' holds 2 whole number\(s\) of 16 or more digits as "
                      r"floats .* 1 distinct value.*dtype=\{'user_id': str\}"):
        dc.load_corpus(df)
    # read as text, the ids stay apart, without a warning
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        corpus = dc.load_corpus(pd.read_csv(io.StringIO(csv), dtype={"user_id": str}))
    assert corpus.documents["user_id"].tolist()[::2] == ["1111111111111111111", "1111111111111111112"]
    # ordinary floats (a share, a year with a missing value) are not ids
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        dc.load_corpus(pd.DataFrame({"text": ["a b", "c d"], "year": [2019.0, None], "share": [0.5, 1e20]}))


@pytest.mark.parametrize("serial", ["43831", "43831.5", "1577836800"])
def test_excel_serial_dates_in_a_csv_are_refused_with_the_conversion(tmp_path, serial):
    path = tmp_path / "excel.csv"
    pd.DataFrame({"text": _texts(2), "date": ["2020-01-02", serial]}).to_csv(path, index=False)
    # before: NaT with a warning "could not be read as dates"; the same number in a DataFrame was an error
    with pytest.raises(dc.InputError, match=rf"excel.csv: date column 'date': holds 1 number\(s\) that are not dates "
                       rf"or years, e.g. '{serial}' \(doc_id '1'\).*origin='1899-12-30'"):
        dc.load_corpus(path)
    # the conversion the message names: Excel's serial day 43831 is 2020-01-01 (Microsoft, "DATEVALUE function":
    # the 1900 date system numbers 1 January 1900 as 1, counting the non-existent 29 February 1900)
    fixed = pd.read_csv(path, dtype=str)
    fixed["date"] = pd.to_datetime(pd.Series(["43831"]).astype(float), unit="D", origin="1899-12-30").iloc[0]
    assert str(dc.load_corpus(fixed).documents["date"].iloc[0].date()) == "2020-01-01"
    # years written as text stay years, and ISO dates with them
    pd.DataFrame({"text": _texts(2), "date": ["2019", "2020-03-01"]}).to_csv(path, index=False)
    assert [str(d.date()) for d in dc.load_corpus(path).documents["date"]] == ["2019-01-01", "2020-03-01"]


@pytest.mark.parametrize("first", [1, 0])
def test_row_numbers_without_a_name_are_left_out(tmp_path, first):
    # R's write.csv(df) writes "" above its row names 1..n; pandas' df.to_csv() writes "" above its index 0..n-1
    path = tmp_path / "r.csv"
    rows = ['"","text","wave"'] + [f'"{i + first}","{t}",{i + 1}' for i, t in enumerate(_texts(3))]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"r.csv: the first column, without a name .* row numbers .* left out.*"
                      r"row.names = FALSE"):
        corpus = dc.load_corpus(path)
    assert "Unnamed: 0" not in corpus.documents.columns and corpus.documents["wave"].tolist() == [1, 2, 3]
    assert "Unnamed: 0" not in dc.count_terms_stream(path, by="wave", chunksize=1).columns
    # row names that are data (names, or the row numbers of a subset) are kept
    rows = ['"","text"'] + [f'"{n}","{t}"' for n, t in zip(["3", "7", "12"], _texts(3), strict=True)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus, _ = _load(path)
    assert corpus.documents["Unnamed: 0"].tolist() == [3, 7, 12]


def test_topic_tables_keep_whole_numbers_where_a_value_is_missing():
    waves = [1, 2, None, 2, 1, 3, 3, None, 1, 2, 3, 1]
    df = pd.DataFrame({"text": [f"{t} {WORDS[(i + 1) % 4]}" for i, t in enumerate(_texts(len(waves)))],
                       "wave": pd.array(waves, dtype="Int64")})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = dc.TopicModel(n_topics=2, random_state=0).fit(dc.tokenize(dc.Corpus.from_dataframe(df)))
        levels = dc.estimate_effect(model, "C(wave)", n_sims=2).coefficients["term"]
        prevalence = dc.topic_prevalence(model, by="wave", n_boot=5)
    # the units' values had become floats: the levels wave[T.2.0], the groups 1.0, 2.0, 3.0
    assert sorted(set(levels) - {"(Intercept)"}) == ["wave[T.2]", "wave[T.3]"]
    assert str(prevalence["wave"].dtype) == "Int64"


def test_frames_over_time_lists_numeric_groups_in_their_order():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    counts = pd.DataFrame({"year": [2001, 2002] * 4, "wave": pd.array([1, 1, 2, 2, 10, 10, None, None], dtype="Int64"),
                           "frame": "rights", "rate": 1.0, "n": 1, "n_tokens": 1000})
    ax = dc.plot_frames_over_time(counts, date="year", by="wave")
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    plt.close(ax.figure)
    # the groups' labels had been sorted as text: (missing), 1, 10, 2
    assert labels == ["rights", "1", "2", "10", "(missing)"]


def test_an_ordered_category_keeps_its_order_in_counts_streams_and_topics():
    edu = ["high", "low", "mid"] * 4
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)], "text": _texts(12),
                       "edu": pd.Categorical(edu, categories=["low", "mid", "high"], ordered=True),
                       "wave": [1, 2] * 6})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tokens = dc.tokenize(dc.Corpus.from_dataframe(df))
        terms = dc.count_terms(tokens, by="edu")
        frames = dc.count_frames(tokens, by=["wave", "edu"])
        # as plain values, the groups had been sorted high, low, mid (in memory and streamed)
        assert list(dict.fromkeys(terms["edu"])) == ["low", "mid", "high"]
        assert frames[["wave", "edu"]].drop_duplicates().values.tolist() == [
            [1, "low"], [1, "mid"], [1, "high"], [2, "low"], [2, "mid"], [2, "high"]]
        pd.testing.assert_frame_equal(terms, dc.count_terms_stream(df, by="edu", chunksize=5))
        pd.testing.assert_frame_equal(frames, dc.count_frames_stream(df, by=["wave", "edu"], chunksize=5))
        model = dc.TopicModel(n_topics=2, random_state=0).fit(tokens)
        prevalence = dc.topic_prevalence(model, by="edu", n_boot=5)
    assert list(dict.fromkeys(prevalence["edu"])) == ["low", "mid", "high"]


def test_ids_a_spreadsheet_saved_in_scientific_notation_are_reported(tmp_path):
    # Excel's General format shows (and saves to CSV) a number of 12 or more digits as 1.23457E+18, six
    # significant digits (Microsoft Support, "Long numbers are displayed incorrectly in Excel"): two respondents
    # 1234567890123456789 and 1234571234567890123 are both 1.23457E+18
    path = tmp_path / "excel.csv"
    pd.DataFrame({"text": _texts(3), "resp_id": ["1.23457E+18", "1.23457E+18", "1.23458E+18"]}).to_csv(path, index=False)
    with pytest.warns(UserWarning, match=r"'resp_id' holds 3 number\(s\) in a spreadsheet's scientific notation "
                      r"\(such as '1.23457E\+18'\), 2 distinct.*format the column as Text"):
        corpus = dc.load_corpus(path)
    assert corpus.documents["resp_id"].tolist()[2] == "1.23458E+18"  # left as written
    # small numbers in that notation are no ids cut short
    pd.DataFrame({"text": _texts(2), "x": ["1.5E+03", "2E+05"]}).to_csv(path, index=False)
    _, msgs = _load(path)
    assert not any("scientific notation" in m for m in msgs)


def test_one_number_written_two_ways_is_one_group(tmp_path):
    # Stata and pandas write 1.0 where R writes 1: as text, "1" and "1.0" had been two groups printed apart
    path = tmp_path / "mixed.csv"
    pd.DataFrame({"text": _texts(4), "wave": ["1", "1.0", "2", "2.0"]}).to_csv(path, index=False)
    corpus, _ = _load(path)
    assert corpus.documents["wave"].tolist() == [1.0, 1.0, 2.0, 2.0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert dc.count_frames(dc.tokenize(corpus), by="wave")["wave"].nunique() == 2


def test_streams_take_infer_types_as_load_corpus_does(tmp_path):
    path = tmp_path / "panel.csv"
    pd.DataFrame({"text": _texts(4), "wave": ["1", "10", "2", "10"]}).to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        as_text = dc.count_terms(dc.tokenize(dc.load_corpus(path, infer_types=False)), by="wave")
        pd.testing.assert_frame_equal(as_text, dc.count_terms_stream(path, by="wave", infer_types=False, chunksize=2))
        assert list(dict.fromkeys(as_text["wave"])) == ["1", "10", "2"]
        chunks = list(dc.iter_corpus(path, infer_types=False, chunksize=2))
        assert chunks[0].documents["wave"].tolist() == ["1", "10"]
        assert list(dc.iter_corpus(path, chunksize=2))[0].documents["wave"].tolist() == [1, 10]
        with pytest.raises(TypeError, match="infer_types"):
            dc.count_frames_stream(path, by="wave", infer_types="no")


def test_spreadsheet_error_values_are_missing_and_reported(tmp_path):
    # a VLOOKUP that found no row writes #N/A into the saved CSV (Microsoft Support, "How to correct a #N/A error")
    path = tmp_path / "merged.csv"
    pd.DataFrame({"text": _texts(4), "wave": ["1", "#N/A", "10", "2"], "source": ["A", "B", "#N/A", "A"],
                  "ratio": ["0.5", "#DIV/0!", "1", "2"]}).to_csv(path, index=False)
    with pytest.warns(UserWarning, match=r"merged.csv: 3 field\(s\) holding a spreadsheet's error value .* read as "
                      r"missing values, in column\(s\) 'wave' \(1\), 'source' \(1\), 'ratio' \(1\)"):
        corpus = dc.load_corpus(path)
    docs = corpus.documents
    # "#N/A" had been a wave, and had kept the column as text (sorted 1, 10, 2, #N/A)
    assert docs["wave"].tolist() == [1, pd.NA, 10, 2]
    assert docs["source"].tolist() == ["A", "B", "(missing)", "A"]
    assert docs["ratio"].isna().tolist() == [False, True, False, False]
