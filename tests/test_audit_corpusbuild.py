"""Building one corpus from heterogeneous sources: news-database exports (LexisNexis / Nexis Uni, Factiva),
scraped CSV, nested JSON Lines, files in several encodings. Every input is made here, in tmp_path.

1. the field lines of a news-database article (Byline:, Section:, Length: 800 words, Load-Date:, End of
   Document, ...) are set aside by cleaning, not counted as text;
2. an export file that holds several articles is reported, with its number of articles; files whose ids clash
   (a.txt, a.md) are named;
3. nested JSON objects are read as dotted columns (``meta.outlet``), lists as their JSON text;
4. a Windows-1252 file: the error names the encoding that reads it, and a UTF-8 file read as a one-byte
   encoding (a folder of mixed encodings) is reported;
5. corpora loaded one by one are combined with their provenance, their records and a check of their ids.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

import discourse as dc
from discourse.clean import clean_document
from discourse.errors import InputError


def nexis_article(title: str, body: str, *, number: str = "") -> str:
    """One article as Nexis Uni writes it in a .txt/.docx export (field names as in its exports; the
    separator lines 'Document N of M' / 'End of Document')."""
    return (f"{number}\n\n{title}\n\nThe Guardian (London)\nMarch 4, 2019 Monday\nOnline Edition\n\n"
            "Copyright 2019 Guardian News and Media Limited All Rights Reserved\n\n"
            "Section: TECHNOLOGY; Version:1\nLength: 812 words\nByline: Ann Roe\nDateline: LONDON\n\nBody\n\n"
            f"{body}\n\nClassification\n\nLanguage: ENGLISH\n\nPublication-Type: Newspaper\n\n"
            "Subject: SURVEILLANCE (90%); PRIVACY (88%)\n\nLoad-Date: March 5, 2019\n\nEnd of Document\n")


BODIES = ["Huawei signed safe city contracts in twelve countries, promising public safety through intelligent "
          "video. Critics say the systems enable mass surveillance.",
          "Rights groups warned that the smart city platform is a panopticon and a tool of repression.",
          "The city's nervous system, as the vendor calls it, links thousands of cameras across the capital."]


# ------------------------------------------------------------------ 1 the field lines of a database export
def test_news_database_field_lines_are_set_aside(tmp_path):
    p = tmp_path / "one.txt"
    p.write_text(nexis_article("Huawei expands its safe city deals", BODIES[0]), encoding="utf-8")
    c = dc.load_corpus(p)
    aside = c.set_aside
    got = set(aside["text"])
    # before: only "The Guardian (London)" (as a photo credit) was set aside; "Byline", "Length", "words",
    # "Load", "Date", "Document", "Classification", "Language", "ENGLISH" were counted as words of the article
    for line in ["Byline: Ann Roe", "Section: TECHNOLOGY; Version:1", "Length: 812 words", "Dateline: LONDON",
                 "Body", "March 4, 2019 Monday",
                 "Copyright 2019 Guardian News and Media Limited All Rights Reserved", "Classification",
                 "Language: ENGLISH", "Publication-Type: Newspaper", "Subject: SURVEILLANCE (90%); PRIVACY (88%)",
                 "Load-Date: March 5, 2019", "End of Document"]:
        assert line in got, line
    doc = c.documents.iloc[0]
    assert doc["author"] == "Ann Roe"
    assert doc["title"] == "Huawei expands its safe city deals"
    # the publication date, not the date the article was loaded into the database (Load-Date)
    assert doc["date"] == pd.Timestamp("2019-03-04")
    assert aside.loc[aside["text"] == "Load-Date: March 5, 2019", "rule"].item() == "load-date"
    words = set(dc.tokenize(c, quotes=False)["norm"])
    assert not words & {"byline", "length", "words", "load", "classification", "language", "english", "body",
                        "dateline", "subject", "copyright"}
    # the article's own words stay
    assert {"huawei", "surveillance", "critics"} <= words


def test_field_names_inside_prose_stay():
    # a sentence that opens with a field's name, and such a line after the first 12 lines (inside the body)
    text = ("Privacy campaigners gather in Berlin\n\nLength of the debate surprised everyone.\n\n"
            "Section 5 of the law allows cameras.\n\n" + "Prose line.\n\n" * 14 + "Language: ENGLISH\n\nLast line.")
    spans = clean_document(text, "d").spans
    assert spans == []


# ------------------------------------------------------------------ 2 several articles in one export file
def test_an_export_file_of_several_articles_is_reported(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    n = len(BODIES)
    (folder / "lexis.txt").write_text("".join(nexis_article(f"Story number {i + 1} about cameras", b,
                                                            number=f"Document {i + 1} of {n}")
                                              for i, b in enumerate(BODIES)), encoding="utf-8")
    (folder / "factiva.txt").write_text("".join(f"Deal {i} announced\n\n{b}\n\nDocument FTCOM0002019030{i}ef340001n\n\n"
                                                for i, b in enumerate(BODIES[:2])), encoding="utf-8")
    (folder / "single.txt").write_text(nexis_article("One story only here", BODIES[0]), encoding="utf-8")
    with pytest.warns(UserWarning) as rec:
        c = dc.load_corpus(folder)
    msgs = [str(w.message) for w in rec if "articles" in str(w.message)]
    assert len(msgs) == 1, [str(w.message) for w in rec]
    # before: no word of it; lexis.txt was one document titled "Document 1 of 3"
    assert "2 file(s) hold several articles" in msgs[0]
    assert "'lexis.txt' (3)" in msgs[0] and "'factiva.txt' (2)" in msgs[0]
    assert "single.txt" not in msgs[0]
    assert len(c) == 3  # reported, not split: the files are still one document each
    # the separator line is no title
    assert c.documents.set_index("doc_id").loc["lexis", "title"] == "Story number 1 about cameras"


def test_a_single_article_export_is_not_reported(tmp_path):
    p = tmp_path / "single.txt"
    p.write_text(nexis_article("One story only here", BODIES[0], number="Document 1 of 1"), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        dc.load_corpus(p)


def test_files_with_one_name_and_two_suffixes_are_named(tmp_path):
    folder = tmp_path / "dup"
    folder.mkdir()
    (folder / "a.txt").write_text("Text one about cameras.", encoding="utf-8")
    (folder / "a.md").write_text("Text two about privacy.", encoding="utf-8")
    # the error had named the id 'a' only, not the two files behind it
    with pytest.raises(ValueError, match=r"duplicate doc ids: 'a' \(from the files 'a\.md', 'a\.txt'"):
        dc.load_corpus(folder)

# ------------------------------------------------------------------ 3 nested JSON
def _nested(tmp_path: Path) -> Path:
    p = tmp_path / "export.jsonl"
    recs = [{"id": "j1", "meta": {"outlet": "Wire", "author": {"name": "A B"}}, "tags": ["privacy", "cctv"],
             "body": {"text": "Safe city plans expand."}},
            {"id": "j2", "meta": {"outlet": "Post", "author": {"name": "C D"}}, "tags": [],
             "body": {"text": "Privacy advocates object."}}]
    p.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return p


def test_nested_json_objects_are_dotted_columns(tmp_path):
    p = _nested(tmp_path)
    with pytest.warns(UserWarning, match=r"column 'tags' of 'export' holds lists.*read as their JSON text"):
        c = dc.load_corpus(p, text="body.text", doc_id="id", source="meta.outlet", author="meta.author.name")
    d = c.documents
    assert d["source"].tolist() == ["Wire", "Post"]
    assert d["author"].tolist() == ["A B", "C D"]
    assert d["text"].tolist() == ["Safe city plans expand.", "Privacy advocates object."]
    assert d["tags"].tolist() == ['["privacy", "cctv"]', "[]"]
    # before: tokenize failed inside pandas ("unhashable type: 'dict'") on the nested column
    tok = dc.tokenize(c, quotes=False)
    assert set(tok["tags"].astype(str)) == {'["privacy", "cctv"]', "[]"}


def test_a_nested_text_column_names_the_dotted_column(tmp_path):
    p = _nested(tmp_path)
    with pytest.raises(ValueError, match=r"text column 'body' not found.*'body\.text'"):
        dc.load_corpus(p, text="body", doc_id="id")


# ------------------------------------------------------------------ 4 encodings
def test_a_windows_1252_file_is_named_as_such(tmp_path):
    folder = tmp_path / "enc"
    folder.mkdir()
    (folder / "a.txt").write_bytes("\u201cSafe city\u201d caf\u00e9 debate \u2013 cameras\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"a\.txt: not valid utf-8 text.*Fix: .*encoding='cp1252' \(--encoding cp1252\)"):
        dc.load_corpus(folder)
    c = dc.load_corpus(folder, encoding="cp1252")
    # the curly quotation marks are quotation marks (latin-1 reads bytes 0x93/0x94 as C1 control characters)
    assert c.documents["text"][0].startswith("\u201cSafe city\u201d")


def test_a_utf8_file_read_as_a_one_byte_encoding_is_reported(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_bytes("\u201cSafe city\u201d debate, caf\u00e9 talk\n".encode("cp1252"))
    (folder / "b.txt").write_bytes("Caf\u00e9 debate on the vendor\u2019s cameras\n".encode("utf-8"))
    # before: b.txt became "CafÃ© ... vendorâ€™s" without a word
    with pytest.warns(UserWarning, match=r"1 file\(s\) read as cp1252 are valid UTF-8.*'b\.txt'"):
        dc.load_corpus(folder, encoding="cp1252")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (folder / "b.txt").unlink()
        dc.load_corpus(folder, encoding="cp1252")
    # a UTF-8 file that cp1252 cannot decode (its byte 0x9d, of the closing quotation mark) is named as UTF-8: the
    # fix had been encoding='latin-1', which reads it without an error as "â€\x9d"
    (folder / "c.txt").write_bytes("The \u201csafe city\u201d talk\n".encode("utf-8"))
    with pytest.raises(InputError, match=r"c\.txt: not valid cp1252 text.*Fix: the file is UTF-8 text"):
        dc.load_corpus(folder, encoding="cp1252")


@pytest.mark.parametrize(("encoding", "fix"), [("utf-8", r"pass the file's encoding with encoding='cp1252' \(--encoding cp1252\)"),
                                               ("cp1252", r"the file is UTF-8 text")])
def test_a_table_in_another_encoding_gets_the_fix_that_reads_it(tmp_path, encoding, fix):
    p = tmp_path / "t.csv"
    # in cp1252 when read as UTF-8; in UTF-8 (whose closing quotation mark holds byte 0x9d) when read as cp1252
    other = "cp1252" if encoding == "utf-8" else "utf-8"
    p.write_bytes('doc_id,text\n1,"The \u201csafe city\u201d caf\u00e9"\n'.encode(other))
    with pytest.raises(InputError, match=rf"t\.csv: not valid {encoding} text.*Fix: {fix}"):
        dc.load_corpus(p, encoding=encoding)
    assert dc.load_corpus(p, encoding=other).documents["text"][0] == "The \u201csafe city\u201d caf\u00e9"


def test_a_metadata_file_in_another_encoding_gets_a_fix_that_applies(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "a.txt").write_text("Text about cameras in the city.\n", encoding="utf-8")
    (folder / "metadata.csv").write_bytes("file,outlet\na.txt,Caf\u00e9 \u201cNord\u201d\n".encode("cp1252"))
    # the fix had been --encoding cp1252, which is the text files' encoding: metadata.csv stayed unreadable
    for enc in ("utf-8", "cp1252"):
        with pytest.raises(InputError, match=r"metadata\.csv: not valid utf-8 text.*Fix: metadata\.csv is read as "
                           r"UTF-8 whatever encoding= \(--encoding\) says.*save it as UTF-8"):
            dc.load_corpus(folder, encoding=enc)
    (folder / "metadata.csv").write_text("file,outlet\na.txt,Caf\u00e9 \u201cNord\u201d\n", encoding="utf-8")
    assert dc.load_corpus(folder).documents["outlet"][0] == "Caf\u00e9 \u201cNord\u201d"

# ------------------------------------------------------------------ 5 one corpus from several
def _sources(tmp_path: Path) -> tuple[dc.Corpus, dc.Corpus, dc.Corpus]:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(nexis_article("Huawei expands its safe city deals", BODIES[0]), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    pd.DataFrame({"text": ['He said "smart city"\nand "privacy" twice.', "AT&amp;T cameras &amp;amp; more."],
                  "site": ["BlogA", "BlogB"], "date": ["2019-03-04", "March 5, 2019"]}).to_csv(tmp_path / "s.csv",
                                                                                              index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        news = dc.load_corpus(folder)
        scraped = dc.load_corpus(tmp_path / "s.csv", doc_id=None, source="site")
        posts = dc.load_corpus(_nested(tmp_path), text="body.text", doc_id=None, source="meta.outlet")
    return news, scraped, posts


def test_concat_corpora_keeps_provenance_and_the_loading_records(tmp_path):
    news, scraped, posts = _sources(tmp_path)
    c = dc.concat_corpora({"news": news, "scraped": scraped})
    d = c.documents
    assert d["doc_id"].tolist() == ["one", "0", "1"]
    assert d["corpus"].tolist() == ["news", "scraped", "scraped"]
    assert d["source"].tolist() == [news.documents["source"][0], "BlogA", "BlogB"]
    assert d["date"].tolist() == [pd.Timestamp("2019-03-04"), pd.Timestamp("2019-03-04"), pd.Timestamp("2019-03-05")]
    # the texts as loaded: "&amp;amp;" was decoded once (rebuilding from a DataFrame decoded it again, to "&")
    assert d["text"][2] == "AT&T cameras &amp; more."
    # the empty file is still on record (Corpus.from_dataframe(pd.concat(...)) had lost it)
    assert c.skipped["reason"].tolist() == ["empty text"]
    assert len(c.set_aside) == len(news.set_aside) > 10
    for _, sp in c.set_aside.iterrows():
        assert d.set_index("doc_id").loc[sp["doc_id"], "text"][sp["start"]:sp["end"]] == sp["text"]
    tok = dc.tokenize(c, quotes=False)
    assert set(tok["corpus"].astype(str)) == {"news", "scraped"}


def test_concat_corpora_refuses_ids_in_two_corpora(tmp_path):
    news, scraped, posts = _sources(tmp_path)
    with pytest.raises(ValueError, match=r"2 doc id\(s\) are in more than one corpus \('0' in 's' and 'export'; "
                       r"'1' in 's' and 'export'\).*prefix_ids=True"):
        dc.concat_corpora([scraped, posts])
    c = dc.concat_corpora([news, scraped, posts], prefix_ids=True)
    assert c.documents["doc_id"].tolist() == ["news/one", "s/0", "s/1", "export/0", "export/1"]
    assert set(c.set_aside["doc_id"]) == {"news/one"}
    with pytest.raises(ValueError, match=r"corpus names repeat: 's'"):
        dc.concat_corpora([scraped, scraped])

