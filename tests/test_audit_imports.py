"""Corpora built with the tools of communication research, loaded as their files come: a Media Cloud story
list, a quanteda export written by R's write.csv, a CSV saved by Excel in a European locale, a scraper's JSON
Lines with nested metadata and a folder of texts with a metadata CSV. Each file is written by the test."""
from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

import discourse as dc

TEXTS = [
    "Huawei sells its safe city platform to city governments across Africa.",
    "Critics say the cameras enable mass surveillance and threaten privacy.",
    "The vendor calls the system the city's nervous system for public safety.",
    "Rights groups warn of repression and human rights violations.",
]


def _quiet_load(path, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = dc.load_corpus(path, **kw)
    return corpus, [str(w.message) for w in caught]


def test_dotted_dates_of_a_european_excel_csv_are_day_first(tmp_path):
    # Excel in a German, Austrian or Russian locale saves dates as 07.12.2026 (7 December), with a BOM,
    # CRLF line ends and ';' between fields. Every dotted numeric date pattern of Unicode CLDR's short
    # date formats (dd.MM.yy, dd.MM.y, d.M.y, d. M. y. ...) puts the day first; it was read as 12 July
    rows = ["doc_id;text;media_name;date"] + [f"e{i};{t};{o};{d}" for i, (t, o, d) in enumerate(zip(
        TEXTS, ["Der Standard", "Le Monde", "Der Standard", "Le Monde"],
        ["07.12.2026", "08.12.2026", "10.11.2026", "1.2.2026"], strict=True))]
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode() + b"\r\n")
    corpus, caught = _quiet_load(path, sep=";", source="media_name")
    assert [str(d.date()) for d in corpus.documents["date"]] == ["2026-12-07", "2026-12-08", "2026-11-10",
                                                                 "2026-02-01"]
    assert not [m for m in caught if "day first or month first" in m]  # the notation is not ambiguous
    assert corpus.documents["source"].tolist() == ["Der Standard", "Le Monde", "Der Standard", "Le Monde"]


def test_dotted_dates_beside_us_slash_dates_each_keep_their_order():
    df = pd.DataFrame({"text": TEXTS[:3], "date": ["12/25/2026", "07.12.2026", "07.12.26 14:30"]})
    corpus, _ = _quiet_load(df)
    assert [str(d) for d in corpus.documents["date"]] == ["2026-12-25 00:00:00", "2026-12-07 00:00:00",
                                                          "2026-12-07 14:30:00"]


def test_ambiguous_slash_dates_are_still_reported():
    df = pd.DataFrame({"text": TEXTS[:2], "date": ["12/07/2026", "11/10/2026"]})
    with pytest.warns(UserWarning, match="could be day first or month first"):
        corpus = dc.load_corpus(df)
    assert [str(d.date()) for d in corpus.documents["date"]] == ["2026-12-07", "2026-11-10"]


def _write_r_csv(path):
    # as R's write.csv(convert(corp, to = "data.frame")) writes it: a row-names column with an empty header,
    # strings quoted, NA unquoted for a missing value (R documentation of write.table: na = "NA")
    q = '"{}"'.format
    rows = ['"","doc_id","text","outlet","year","date","rated"',
            ",".join([q(1), q("text1"), q(TEXTS[0]), q("Guardian"), "2019", q("2019-03-01"), "TRUE"]),
            ",".join([q(2), q("text2"), q(TEXTS[1]), "NA", "2018", "NA", "FALSE"]),
            ",".join([q(3), q("text3"), "NA", q("Xinhua"), "NA", q("2019-05-02"), "NA"]),
            ",".join([q(4), q("text4"), q(TEXTS[3]), q("Xinhua"), "2017", q("2017-01-09"), "TRUE"])]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_r_missing_values_of_a_quanteda_export_are_missing_and_reported(tmp_path):
    path = tmp_path / "quanteda.csv"
    _write_r_csv(path)
    with pytest.warns(UserWarning, match=r"quanteda.csv: 5 field\(s\) 'NA' read as missing values .*'text' \(1\), "
                      r"'outlet' \(1\), 'year' \(1\), 'date' \(1\), 'rated' \(1\)"):
        corpus = dc.load_corpus(path, source="outlet")
    docs = corpus.documents
    # before: a document whose whole text was "NA", an outlet "NA" grouped beside Guardian and Xinhua
    assert docs["doc_id"].tolist() == ["text1", "text2", "text4"]
    assert corpus.skipped[["doc_id", "reason"]].values.tolist() == [["text3", "empty text"]]
    assert docs["source"].tolist() == ["Guardian", "(missing)", "Xinhua"]
    assert docs["date"].isna().tolist() == [False, True, False]
    assert docs["year"].tolist() == [2019, 2018, 2017]  # a column of whole numbers is read as numbers (Int64)
    assert "NA" not in set(docs["rated"].dropna())


def test_r_missing_values_in_a_folders_metadata_csv(tmp_path):
    for i, t in enumerate(TEXTS):
        (tmp_path / f"a{i}.txt").write_text(t, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,media_name,year\na0.txt,A,2019\na1.txt,NA,2019\n"
                                           "a2.txt,A,NA\na3.txt,B,2020\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"metadata.csv: 2 field\(s\) 'NA' read as missing"):
        corpus = dc.load_corpus(tmp_path, source="media_name")
    assert corpus.documents["source"].tolist() == ["A", "(missing)", "A", "B"]
    assert corpus.documents["year"].isna().tolist() == [False, False, True, False]


def test_r_missing_values_count_the_same_streamed(tmp_path):
    path = tmp_path / "quanteda.csv"
    _write_r_csv(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        whole = dc.count_terms(dc.tokenize(dc.load_corpus(path, source="outlet")), by="source")
        streamed = dc.count_terms_stream(path, by="source", source="outlet", chunksize=1)
    key = ["source", "term"]
    whole = whole.assign(source=whole["source"].astype(str)).sort_values(key).reset_index(drop=True)
    streamed = streamed.assign(source=streamed["source"].astype(str)).sort_values(key).reset_index(drop=True)
    assert set(whole["source"]) == {"Guardian", "Xinhua", "(missing)"}
    pd.testing.assert_frame_equal(whole[key + ["n"]], streamed[key + ["n"]], check_dtype=False)


def test_a_dataframe_keeps_the_string_na():
    # the documented way to keep "NA" as a value (Namibia's ISO code): a DataFrame read with
    # keep_default_na=False is taken as it is
    df = pd.DataFrame({"text": TEXTS[:2], "country": ["NA", "ZA"]})
    corpus, _ = _quiet_load(df, source="country")
    assert corpus.documents["source"].tolist() == ["NA", "ZA"]


def _semicolon_folder(path):
    for i, t in enumerate(TEXTS[:3]):
        (path / f"a{i}.txt").write_text(t, encoding="utf-8")
    # metadata.csv as Excel saves "CSV UTF-8" in a locale with decimal commas: BOM, ';', CRLF
    (path / "metadata.csv").write_bytes(b"\xef\xbb\xbf" + b"file;media_name;date\r\na0.txt;Der Standard;07.12.2026"
                                        b"\r\na1.txt;Le Monde;08.12.2026\r\na2.txt;Der Standard;09.12.2026\r\n")


def test_a_semicolon_metadata_csv_is_read_with_sep(tmp_path):
    _semicolon_folder(tmp_path)
    # before: sep= was not applied to metadata.csv, and the error said to add or rename a 'file' column
    with pytest.raises(dc.InputError, match=r"it has: 'file;media_name;date' \(one column: the header is separated "
                       r"by a semicolon\)\. Fix: give the delimiter with sep=';' \(--sep ';'\)"):
        dc.load_corpus(tmp_path, source="media_name")
    corpus = dc.load_corpus(tmp_path, source="media_name", sep=";")
    assert corpus.documents["source"].tolist() == ["Der Standard", "Le Monde", "Der Standard"]
    assert [str(d.date()) for d in corpus.documents["date"]] == ["2026-12-07", "2026-12-08", "2026-12-09"]
    counts = dc.count_terms_stream(tmp_path, by="source", source="media_name", sep=";")
    assert set(counts["source"].astype(str)) == {"Der Standard", "Le Monde"}


def test_a_semicolon_csv_read_with_a_comma_names_the_delimiter(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbfdoc_id;text;media_name\r\na;Some text about privacy.;Der Standard\r\n")
    with pytest.raises(ValueError, match=r"text column 'text' not found; the columns are: 'doc_id;text;media_name' "
                       r"\(one column: the header is separated by a semicolon\)\. Fix: .*sep=';'"):
        dc.load_corpus(path)
    assert dc.load_corpus(path, sep=";").documents["text"].tolist() == ["Some text about privacy."]


def _articles():
    return [{"url": f"https://d{i}.com/{i}", "title": f"T{i}", "seendate": f"2019050{i + 1}T102211Z",
             "domain": f"d{i % 2}.com", "text": TEXTS[i]} for i in range(3)]


@pytest.mark.parametrize("indent", [None, 1])
def test_a_news_api_response_reads_its_articles(tmp_path, indent):
    # GDELT DOC 2.0 (mode=artlist, format=json) and NewsAPI wrap the articles in one object; before: on one
    # line, one document holding the list (text column 'text' not found); pretty-printed, every line
    # skipped as invalid JSON
    path = tmp_path / "artlist.json"
    path.write_text(json.dumps({"status": "ok", "totalResults": 3, "articles": _articles()}, indent=indent))
    corpus = dc.load_corpus(path, doc_id="url", source="domain", date="seendate")
    assert corpus.documents["doc_id"].tolist() == ["https://d0.com/0", "https://d1.com/1", "https://d2.com/2"]
    assert corpus.documents["source"].tolist() == ["d0.com", "d1.com", "d0.com"]
    assert str(corpus.documents["date"][2]) == "2019-05-03 10:22:11"  # GDELT's seendate, 20190503T102211Z
    assert corpus.skipped.empty


def test_json_objects_that_are_documents_stay_documents(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps(_articles()[0], indent=2))  # one document, pretty-printed
    assert dc.load_corpus(one, doc_id="url").documents["doc_id"].tolist() == ["https://d0.com/0"]
    lines = tmp_path / "lines.json"  # JSON Lines named .json, a blank line and a bad line among them
    lines.write_text(json.dumps(_articles()[0]) + "\n\n{bad\n" + json.dumps(_articles()[1]) + "\n")
    with pytest.warns(UserWarning, match="1 item"):
        corpus = dc.load_corpus(lines, doc_id="url")
    assert corpus.documents["doc_id"].tolist() == ["https://d0.com/0", "https://d1.com/1"]
    assert corpus.skipped["line"].tolist() == [3]
    two = tmp_path / "two.json"
    two.write_text(json.dumps({"a": _articles(), "b": _articles()}))
    with pytest.raises(dc.InputError, match=r"several lists of objects \('a', 'b'\)"):
        dc.load_corpus(two)


def test_a_column_named_like_a_corpus_column_is_renamed_with_a_warning(tmp_path):
    # a Media Cloud story list has both the day a story was collected and its publish_date; the analysis
    # dates by publish_date and the other column moves aside (before: renamed without a word, while the
    # README said every other column keeps its name)
    path = tmp_path / "stories.csv"
    pd.DataFrame({"stories_id": ["11", "12"], "publish_date": ["2019-05-03 14:22:11", "2019-05-04 09:00:00"],
                  "date": ["2019-06-01", "2019-06-01"], "media_name": ["nytimes.com", "scmp.com"],
                  "text": TEXTS[:2]}).to_csv(path, index=False)
    with pytest.warns(UserWarning, match=r"column\(s\) renamed: 'date' -> 'meta_date' \('date' holds the column "
                      r"date='publish_date' names\)"):
        corpus = dc.load_corpus(path, doc_id="stories_id", source="media_name", date="publish_date")
    docs = corpus.documents
    assert [str(d) for d in docs["date"]] == ["2019-05-03 14:22:11", "2019-05-04 09:00:00"]
    assert docs["meta_date"].tolist() == ["2019-06-01", "2019-06-01"]
    assert docs["doc_id"].tolist() == ["11", "12"]


def test_outlet_names_with_white_space_around_them_are_one_group(tmp_path):
    # a cell typed "The Guardian " in a spreadsheet: before, a group of its own beside "The Guardian",
    # printed the same in every table of the report
    path = tmp_path / "sheet.csv"
    pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": TEXTS,
                  "media_name": ["The Guardian", "The Guardian ", " Xinhua", "  "]}).to_csv(path, index=False)
    with pytest.warns(UserWarning, match=r"3 metadata value\(s\) with white space around them, read without it "
                      r"\(e.g. 'The Guardian ' -> 'The Guardian'\), in column\(s\) 'source' \(3\)"):
        corpus = dc.load_corpus(path, source="media_name")
    assert corpus.documents["source"].tolist() == ["The Guardian", "The Guardian", "Xinhua", "(missing)"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frames = dc.count_frames(dc.tokenize(corpus), by="source")
        streamed = dc.count_terms_stream(path, by="source", source="media_name", chunksize=1)
    assert sorted(frames["source"].astype(str).unique()) == ["(missing)", "The Guardian", "Xinhua"]
    assert sorted(streamed["source"].astype(str).unique()) == ["(missing)", "The Guardian", "Xinhua"]


def test_metadata_naming_files_without_their_suffix_says_so(tmp_path):
    for i, t in enumerate(TEXTS[:2]):
        (tmp_path / f"art{i}.txt").write_text(t, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,media_name\nart0,A\nart1,B\n", encoding="utf-8")
    # before: "Fix: remove those rows or add the files", though the files are there
    with pytest.raises(dc.InputError, match=r"names file\(s\) that do not exist in .*'art0', 'art1'\. Fix: the "
                       r"'file' column names each file with its suffix \('art0 -> art0.txt', 'art1 -> art1.txt'\)"):
        dc.load_corpus(tmp_path, source="media_name")


def test_ids_beyond_two_to_the_53_in_json_stay_apart(tmp_path):
    # a scraper's posts: 19-digit ids of the posts replied to, missing for posts that reply to none. IEEE 754
    # doubles hold every whole number only up to 2**53, and float(1234567890123456702) ==
    # float(1234567890123456704): before, pandas made the column float64 and the two threads one group
    assert float(1234567890123456702) == float(1234567890123456704)
    recs = [{"id": 1234567890123456789 + i, "text": TEXTS[i],
             "meta": {"parent_id": (1234567890123456701 + i if i % 2 else None), "likes": i}} for i in range(4)]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    with pytest.warns(UserWarning, match=r"'meta.parent_id' \(2\) hold whole numbers beyond 2\*\*53"):
        corpus = dc.load_corpus(path, doc_id="id")
    docs = corpus.documents
    assert docs["meta.parent_id"].tolist() == [None, "1234567890123456702", None, "1234567890123456704"]
    assert docs["doc_id"].tolist() == [str(1234567890123456789 + i) for i in range(4)]
    assert docs["meta.likes"].tolist() == [0, 1, 2, 3]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        whole = dc.count_terms(dc.tokenize(corpus), by="meta.parent_id")
        streamed = dc.count_terms_stream(path, by="meta.parent_id", doc_id="id", chunksize=1)
    for counts in (whole, streamed):
        assert sorted(counts["meta.parent_id"].dropna().astype(str).unique()) == ["1234567890123456702",
                                                                                  "1234567890123456704"]
