"""News-database exports: each article of an export file read as a document with its own publication, date,
headline and byline (``load_corpus(split_exports=True)``, ``--split-exports``), and the publication line of one
article's header read as its outlet by cleaning. The files are written here in the layouts the formats use (Nexis
Uni, LexisNexis Academic, Factiva), as the R packages LexisNexisTools (lnt_read) and tm.plugin.factiva read them."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import discourse as dc
from discourse.clean import clean_document
from discourse.cli import main

ARTICLES = [("Smart cameras spread across the capital", "The Guardian (London)", "March 4, 2019 Monday", "Jane Roe",
             "The city has installed 4,000 new cameras. Critics call it mass surveillance."),
            ("Safe city deal signed", "Financial Times (London, England)", "March 6, 2019 Wednesday", "Ann Lee",
             "The vendor said the safe city platform would make streets safer."),
            ("Privacy groups sue over face recognition", "The Independent (United Kingdom)", "April 1, 2019 Monday",
             "Bo Chen", "Rights groups said the system violates privacy and human rights.")]


def nexis_uni(arts=ARTICLES) -> str:
    return "\n".join(f"{t}\n{pub}\n{d}\n\nCopyright 2019 Someone Ltd All Rights Reserved\n\nSection: NEWS; Version:1\n"
                     f"Length: 312 words\nByline: {by}\nBody\n\n{body}\n\nLoad-Date: March 9, 2019\n\nEnd of Document\n"
                     for t, pub, d, by, body in arts)


def factiva(arts=ARTICLES) -> str:
    return "\n\n".join(f"{t}\n{by}\n1,312 words\n{d.rsplit(' ', 1)[0]}\n10:30 GMT\n{pub}\nSRC{k}\nEnglish\n"
                       f"Copyright 2019 Someone Ltd. All rights reserved.\n\n{body}\n\nDocument SRC{k}00020190304ef34000{k}n\n"
                       for k, (t, pub, d, by, body) in enumerate(arts))


def academic(arts=ARTICLES) -> str:
    return "".join(f"                               {k} of {len(arts)} DOCUMENTS\n\n                         {pub}\n\n"
                   f"                        {d}\n\n{t}\n\nBYLINE: {by}\n\nSECTION: NEWS; Pg. 3\n\nLENGTH: 312 words\n\n"
                   f"{body}\n\nLOAD-DATE: March 9, 2019\n\nLANGUAGE: ENGLISH\n\n"
                   for k, (t, pub, d, by, body) in enumerate(arts, 1))


@pytest.mark.parametrize("layout", [nexis_uni, factiva, academic])
def test_each_article_is_a_document_with_its_own_header(tmp_path, layout):
    (tmp_path / "batch.txt").write_text(layout(), encoding="utf-8")
    (tmp_path / "plain.txt").write_text("A plain article\n\nThe council debated cameras today.\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"1 file\(s\) of .* split into the articles .* \(3 articles"):
        c = dc.load_corpus(tmp_path, split_exports=True)
    docs = c.documents.set_index("doc_id")
    assert docs.index.tolist() == ["batch-001", "batch-002", "batch-003", "plain"]
    want_pub = [a[1] for a in ARTICLES]
    assert docs["source"].iloc[:3].tolist() == want_pub
    assert docs["title"].iloc[:3].tolist() == [a[0] for a in ARTICLES]
    assert docs["author"].iloc[:3].tolist() == [a[3] for a in ARTICLES]
    assert docs["date"].iloc[:3].tolist() == [pd.Timestamp(x) for x in ("2019-03-04", "2019-03-06", "2019-04-01")]
    assert docs["article"].tolist() == [1, 2, 3, 1]
    # the header's lines are set aside: no word of a publication, a word count, a source code or the language is
    # counted, and each article's words are its own
    norms = set(dc.tokenize(c)["norm"])
    assert not norms & {"guardian", "independent", "words", "english", "src0", "length", "load-date", "body"}
    texts = dict(zip(c.documents["doc_id"], c.documents["text"], strict=True))
    assert "mass surveillance" in texts["batch-001"] and "safe city" not in texts["batch-001"]


def test_without_the_option_a_file_is_one_document_and_the_warning_names_the_option(tmp_path):
    (tmp_path / "batch.txt").write_text(nexis_uni(), encoding="utf-8")
    with pytest.warns(UserWarning, match=r"split_exports=True \(--split-exports\)"):
        c = dc.load_corpus(tmp_path)
    assert len(c) == 1


def test_a_single_export_file_and_the_cli(tmp_path, capsys):
    path = tmp_path / "batch.txt"
    path.write_text(factiva(), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = dc.load_corpus(path, split_exports=True)
    assert c.documents["doc_id"].tolist() == ["batch-001", "batch-002", "batch-003"]
    out = tmp_path / "out"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        main(["frames", str(path), "--split-exports", "--out", str(out)])
    table = pd.read_csv(out / "frame_counts.csv")
    assert {"The Guardian (London)", "Financial Times (London, England)"} <= set(table.astype(str).stack())


def test_export_articles_cuts_at_opening_and_closing_separators():
    text = nexis_uni()
    spans = dc.export_articles(text)
    assert len(spans) == 3 and "".join(text[a:b] for a, b in spans) == text  # nothing lost, nothing repeated
    assert all(text[a:b].rstrip().endswith("End of Document") for a, b in spans)
    text = academic()
    spans = dc.export_articles(text)
    assert [text[a:b].strip().split("\n")[0] for a, b in spans] == ["1 of 3 DOCUMENTS", "2 of 3 DOCUMENTS",
                                                                    "3 of 3 DOCUMENTS"]
    assert dc.export_articles("No separators here.") == [(0, 19)]


def test_the_publication_line_is_only_read_in_an_export_header():
    # an ordinary web article with a headline, a line and a date keeps its second line: no database field, no
    # separator and no word count says it is an export
    text = "Smart cameras spread\nA council in the north\nMarch 4, 2019\n\nThe city installed cameras."
    assert "outlet" not in clean_document(text).fields
    one = nexis_uni(ARTICLES[:1])
    assert clean_document(one).fields["outlet"] == "The Guardian (London)"


def test_the_switch_refuses_text(tmp_path):
    # 'False' is a true string in Python: the switch names itself instead of splitting
    (tmp_path / "batch.txt").write_text(nexis_uni(), encoding="utf-8")
    with pytest.raises(TypeError, match="split_exports"):
        dc.load_corpus(tmp_path, split_exports="False")


@pytest.mark.parametrize("layout", [nexis_uni, factiva, academic])
def test_an_export_saved_with_windows_line_ends_and_a_byte_order_mark_is_split(tmp_path, layout):
    # exports saved on Windows end their lines with CR LF, and many start with a UTF-8 byte-order mark: the
    # separator line "End of Document\r" is the same separator (it had not been found, and the whole file of 3
    # articles was one document titled by the first headline)
    (tmp_path / "batch.txt").write_bytes(b"\xef\xbb\xbf" + layout().replace("\n", "\r\n").encode("utf-8"))
    with pytest.warns(UserWarning, match=r"\(3 articles"):
        c = dc.load_corpus(tmp_path, split_exports=True)
    docs = c.documents
    assert docs["doc_id"].tolist() == ["batch-001", "batch-002", "batch-003"]
    assert docs["source"].tolist() == [a[1] for a in ARTICLES]
    assert docs["title"].tolist() == [a[0] for a in ARTICLES]
    assert not set(dc.tokenize(c)["norm"]) & {"guardian", "words", "english", "document", "end"}


def test_a_cover_page_and_a_search_summary_are_no_articles(tmp_path):
    # LexisNexis Academic opens a download with its request ("Download Request: Selected Items: 1-3", "Terms:
    # ...", as in LexisNexisTools' sample.TXT) before "1 of 3 DOCUMENTS"; Factiva closes one with its "Search
    # Summary" after the last "Document <accession number>". Neither is an article: they had been documents of
    # their own (batch-001 titled "Download Request: ...", 4 documents for 3 articles)
    cover = ("Download Request: Selected Items: 1-3\nTime Of Request: Friday, March 20, 2018  16:51:31\n\n"
             "Terms: (surveillance)\n\nSource: The Guardian\n\n")
    summary = "\nSearch Summary\nText\tsurveillance\nDate\tAll Dates\nSource\tAll Sources\n"
    for layout, text, line in ((academic, cover + academic(), 1), (factiva, factiva() + summary, None)):
        folder = tmp_path / layout.__name__
        folder.mkdir()
        (folder / "batch.txt").write_text(text, encoding="utf-8")
        with pytest.warns(UserWarning, match=r"1 item\(s\) skipped"):
            c = dc.load_corpus(folder, split_exports=True)
        assert c.documents["doc_id"].tolist() == ["batch-001", "batch-002", "batch-003"]
        assert c.documents["title"].tolist() == [a[0] for a in ARTICLES]
        assert not set(dc.tokenize(c)["norm"]) & {"request", "summary", "terms"}
        # reported, not dropped: the file, the line the part starts on and what it is
        (row,) = c.skipped.to_dict("records")
        assert row["file"] == "batch.txt" and "not an article" in row["reason"]
        if line is not None:
            assert row["line"] == line
        else:
            assert row["line"] == text[:text.index("Search Summary")].count("\n") + 1
    text = cover + academic()
    spans = dc.export_articles(text)
    assert spans[0][0] == len(cover) and len(spans) == 3


def factiva_codes(arts=ARTICLES, sep="\t") -> str:
    # Factiva's "Full Article/Report plus Indexing" layout: every field opens with its code (HD headline, BY byline,
    # WC word count, PD date, ET time, SN source name, SC source code, LA language, CY copyright, LP lead paragraph,
    # TD text, CO/IN/NS/RE index codes, PUB publisher, AN accession number), before a tab on its first line or
    # alone on a line of its own ("\n"), as the field tags that Factiva parsers split on
    out = []
    for k, (t, pub, d, by, body) in enumerate(arts):
        lead, _, rest = body.partition(". ")
        fields = [("SE", "World News"), ("HD", t), ("BY", by), ("WC", "1,312 words"), ("PD", d.rsplit(" ", 1)[0]),
                  ("ET", "10:30"), ("SN", pub), ("SC", f"SRC{k}"), ("ED", "Final"), ("PG", "12"), ("LA", "English"),
                  ("CY", "Copyright 2019 Someone Ltd. All rights reserved."), ("LP", lead + "."),
                  ("TD", "In a statement, the council said: " + (rest or lead) + "\n\nSection 4 of the plan is new."),
                  ("CO", "hwt : Huawei Technologies Co Ltd"), ("NS", "gcat : Political/General News"),
                  ("RE", "uk : United Kingdom | eurz : Europe"), ("IPD", "Surveillance"), ("PUB", "Someone Ltd"),
                  ("AN", f"Document SRC{k}00020190304ef34000{k}n")]
        out.append("\n\n".join(f"{c}{sep}{v}" for c, v in fields) + "\n")
    return "\n\n".join(out)


@pytest.mark.parametrize("sep", ["\t", "\n"])
def test_the_factiva_field_code_layout(tmp_path, sep):
    # it had not been split at all ("AN\tDocument ..." is no separator line) and the field codes and the index
    # fields were counted as words ("hd", "sn", "gcat", "eurz")
    text = factiva_codes(sep=sep)
    (tmp_path / "batch.txt").write_text(text, encoding="utf-8")
    with pytest.warns(UserWarning, match=r"\(3 articles"):
        c = dc.load_corpus(tmp_path, split_exports=True)
    docs = c.documents
    assert docs["doc_id"].tolist() == ["batch-001", "batch-002", "batch-003"]
    assert docs["title"].tolist() == [a[0] for a in ARTICLES]
    assert docs["author"].tolist() == [a[3] for a in ARTICLES]
    assert docs["source"].tolist() == [a[1] for a in ARTICLES]
    assert docs["date"].tolist() == [pd.Timestamp(x) for x in ("2019-03-04", "2019-03-06", "2019-04-01")]
    tokens = dc.tokenize(c)
    norms = set(tokens["norm"])
    assert not norms & {"hd", "by", "wc", "pd", "sn", "sc", "la", "cy", "lp", "td", "an", "se", "words", "english",
                        "gcat", "eurz", "hwt", "huawei", "src0", "final", "world", "document", "roe", "guardian"}
    # the headline, the lead paragraph and the text are the article's words, every one of them
    first = tokens[tokens["doc_id"] == "batch-001"]
    assert " ".join(first["norm"]).startswith("smart cameras spread across the capital the city has installed")
    assert {"statement", "section", "plan", "critics", "mass", "surveillance"} <= set(first["norm"])


def test_short_headlines_edition_lines_and_a_missing_publication(tmp_path):
    # Nexis Uni: a headline of one or two words ("Surveillance"), a date line with its time, an edition line after
    # the date ("Final Edition"), an article without its publication line; LexisNexis Academic: edition lines after
    # the date ("Edition 1;" / "Scotland", "Late Edition - Final", as in LexisNexisTools' sample.TXT, whose lnt_read
    # reads the lines right after the date as the edition). The short headlines had been no title (and the
    # publication then not read: "times", "york" counted), the edition lines had been counted, and in Academic
    # taken for the title ("Edition 1;")
    uni = ("Surveillance\nThe New York Times\nMarch 4, 2019 Monday 10:30 AM GMT\nFinal Edition\n\n"
           "Copyright 2019 The New York Times Company\n\nSection: A; Pg. 8\nLength: 300 words\n"
           "Byline: Jane Roe and Ann Lee\nDateline: LONDON\nHighlight: Cameras go up\n\nBody\n\n"
           "Length of storage is 30 days, the police said.\n\nSection 5 of the law was cited.\n\n"
           "Load-Date: March 5, 2019\n\nEnd of Document\n"
           "Privacy fears\nMarch 6, 2019 Wednesday\n\nSection: NEWS\nLength: 200 words\nByline: Bo Chen\n\nBody\n\n"
           "Residents said the cameras frighten them.\n\nLoad-Date: March 7, 2019\n\nEnd of Document\n")
    academic_text = ("                 1 of 2 DOCUMENTS\n\n\n              The Sun (England)\n\n"
                     "            January 11, 2010 Monday\n                 Edition 1;\n                  Scotland\n\n"
                     "Privacy fears\n\nBYLINE: Tom Coghlan\n\nSECTION: FEATURES; Pg. 6\n\nLENGTH: 677 words\n\n"
                     "The council met on Monday.\n\nLOAD-DATE: January 11, 2010\n\nLANGUAGE: ENGLISH\n\n"
                     "                 2 of 2 DOCUMENTS\n\n\n              The New York Times\n\n"
                     "            January 12, 2010 Tuesday\n              Late Edition - Final\n\n"
                     "Cameras\n\nBYLINE: Ann Lee\n\nLENGTH: 300 words\n\nThe mayor spoke on Tuesday.\n\n"
                     "LOAD-DATE: January 12, 2010\n\nLANGUAGE: ENGLISH\n")
    for name, text, want in (
            ("uni", uni, [("Surveillance", "The New York Times", "2019-03-04", "Jane Roe and Ann Lee"),
                          ("Privacy fears", "uni", "2019-03-06", "Bo Chen")]),
            ("academic", academic_text, [("Privacy fears", "The Sun (England)", "2010-01-11", "Tom Coghlan"),
                                         ("Cameras", "The New York Times", "2010-01-12", "Ann Lee")])):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "batch.txt").write_text(text, encoding="utf-8")
        with pytest.warns(UserWarning, match=r"\(2 articles"):
            c = dc.load_corpus(folder, split_exports=True)
        docs = c.documents
        got = list(zip(docs["title"], docs["source"], docs["date"].dt.strftime("%Y-%m-%d"), docs["author"],
                       strict=True))
        assert got == want
        norms = set(dc.tokenize(c)["norm"])
        assert not norms & {"edition", "final", "late", "scotland", "york", "times", "sun", "gmt"}
        # body words that look like field names are the article's
        if name == "uni":
            assert {"length", "storage", "section", "cameras", "surveillance", "privacy"} <= norms


def test_factiva_display_with_a_section_line_an_edition_and_a_page():
    # Factiva's display layout writes the section above the headline where it has one ("World News"), and the
    # edition and page between the source code and the language ("Final", "12"): the section had been taken for
    # the title (or none at all for a one-word headline), the byline then not read, and "final", "english"
    # counted as the article's words
    texts = ["World News\nSurveillance\nAnn Lee\n1,234 words\n11 January 2019\n10:30\nThe New York Times\nNYTF\n"
             "Final\n12\nEnglish\n(c) 2019 The New York Times Company. All rights reserved.\n\n"
             "Cameras went up across the city.\n\nDocument NYTF000020190111ef1b0001n\n",
             "Privacy fears\nBy Carlos Diaz\n845 words\n25 January 2019\nThe Times (London)\nTIMEUK\nLate\n7\n"
             "English\n© 2019 Times Newspapers Ltd. All rights reserved\n\nResidents worry about cameras.\n\n"
             "Document TIMEUK0020190125ef1p0001n\n"]
    want = [("Surveillance", "Ann Lee", "The New York Times", pd.Timestamp("2019-01-11")),
            ("Privacy fears", "Carlos Diaz", "The Times (London)", pd.Timestamp("2019-01-25"))]
    for text, (title, author, outlet, date) in zip(texts, want, strict=True):
        got = clean_document(text)
        assert (got.fields.get("title"), got.fields.get("author"), got.fields.get("outlet"),
                got.fields.get("date")) == (title, author, outlet, date)
        aside = [text[sp["start"]:sp["end"]] for sp in got.spans]
        # everything above the copyright line but the headline is set aside; the headline and the body are not
        header = text[:text.index("\n(c)") if "(c)" in text else text.index("\n©")].split("\n")
        assert sorted(aside[:len(header) - 1]) == sorted(ln for ln in header if ln != title)
        assert title not in aside and not any("cameras" in a for a in aside)


def test_a_long_index_line_does_not_stop_the_closing_fields():
    # Nexis Uni's index lines list every term with its relevance ("Subject: PRIVACY (90%); SURVEILLANCE (89%); ..."),
    # often several hundred characters: one over 300 had stopped the fields read from the end, so "Language:
    # ENGLISH", "Publication-Type: Newspaper", the index terms and the "Graphic" heading were counted as the
    # article's words
    subject = "; ".join(f"TERM NUMBER {i} ({90 - i}%)" for i in range(30))
    assert len(subject) > 300
    text = ("Smart cameras spread\nThe Guardian (London)\nMarch 4, 2019 Monday\n\nCopyright 2019 G\n\n"
            "Section: NEWS\nLength: 300 words\nByline: Jane Roe\n\nBody\n\n" + "Cameras went up. " * 40 + "\n\n"
            "The council met.\n\nThe mayor spoke.\n\nResidents worried.\n\nGraphic\n\nPHOTO: A camera on a pole.\n\n"
            "Classification\n\nLanguage: ENGLISH\n\nPublication-Type: Newspaper\n\n"
            f"Subject: {subject}\n\nGeographic: LONDON, ENGLAND (79%); UNITED KINGDOM (79%)\n\n"
            "Load-Date: March 5, 2019\n\nEnd of Document\n")
    got = clean_document(text)
    aside = {text[sp["start"]:sp["end"]] for sp in got.spans}
    assert {"Graphic", "PHOTO: A camera on a pole.", "Classification", "Language: ENGLISH",
            "Publication-Type: Newspaper", f"Subject: {subject}"} <= aside
    assert "Residents worried." not in aside


def test_an_index_line_is_read_in_linear_time():
    # a line of relevance-marked terms without semicolons can be cut into terms in only one way: read at once
    import time
    for line in ("Subject: " + "a(1%)" * 3000 + "x", "Subject: " + "ab (1%) " * 3000 + ";x"):
        start = time.perf_counter()
        clean_document("Title of the piece\nSection: NEWS\n\n" + "Prose. " * 50 + "\n\n" + line + "\n\nEnd of Document\n")
        assert time.perf_counter() - start < 1.0


def test_the_streams_split_exports_as_load_corpus_does(tmp_path):
    # the streams read a folder through load_corpus, whose warning names split_exports=True, but they had no such
    # option: a folder of exports could only be counted as one document per file
    (tmp_path / "batch.txt").write_text(nexis_uni(), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        whole = dc.count_terms(dc.tokenize(dc.load_corpus(tmp_path, split_exports=True)), by="source")
        streamed = dc.count_terms_stream(tmp_path, by="source", split_exports=True, chunksize=2)
        chunks = list(dc.iter_corpus(tmp_path, split_exports=True, chunksize=2))
    assert sorted(set(streamed["source"])) == sorted(a[1] for a in ARTICLES)
    key = ["source", "term"]
    pd.testing.assert_frame_equal(streamed.sort_values(key).reset_index(drop=True)[[*key, "n"]],
                                  whole.sort_values(key).reset_index(drop=True)[[*key, "n"]], check_dtype=False,
                                  check_categorical=False)
    assert [d for c in chunks for d in c.documents["doc_id"]] == ["batch-001", "batch-002", "batch-003"]
    with pytest.raises(TypeError, match="split_exports"):
        dc.count_frames_stream(tmp_path, split_exports="yes")


def test_an_article_after_the_last_separator_is_still_an_article(tmp_path):
    # a Nexis Uni file whose last article lost its "End of Document" (a truncated or hand-joined file) keeps that
    # article: only a part without an article's dated header (a cover page, a search summary) is left out
    text = nexis_uni().rstrip()
    text = text[:text.rindex("End of Document")]
    spans = dc.export_articles(text)
    assert len(spans) == 3 and "privacy and human rights" in text[spans[2][0]:spans[2][1]]
    (tmp_path / "batch.txt").write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = dc.load_corpus(tmp_path, split_exports=True)
    assert c.documents["title"].tolist() == [a[0] for a in ARTICLES] and len(c.skipped) == 0


def test_a_corpus_without_exports_is_the_same_with_the_option():
    # the bundled articles hold no export: split_exports adds the article column and changes nothing else, the
    # metadata columns' types included (they had become pandas string columns)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        plain, split = dc.load_corpus(), dc.load_corpus(split_exports=True)
    assert split.documents["article"].tolist() == [1] * len(plain)
    pd.testing.assert_frame_equal(plain.documents, split.documents.drop(columns="article"))
    pd.testing.assert_frame_equal(plain.set_aside, split.set_aside)


def test_a_copyright_notice_over_two_lines_under_the_date():
    # LexisNexis and Nexis Uni write some publications' notice under the date over two lines ("Copyright 2010
    # Guardian Newspapers Limited" / "All Rights Reserved"): the second line had been taken for the headline of a
    # LexisNexis Academic article, and its words counted
    text = ("                 1 of 2 DOCUMENTS\n\n              The Guardian (London)\n\n"
            "            January 11, 2010 Monday\n\n                   Copyright 2010 Guardian Newspapers Limited\n"
            "                              All Rights Reserved\n\nCameras in the city\n\nBYLINE: Ann Lee\n\n"
            "LENGTH: 300 words\n\nThe mayor spoke.\n\nLOAD-DATE: January 12, 2010\n\nLANGUAGE: ENGLISH\n")
    got = clean_document(text)
    assert got.fields["title"] == "Cameras in the city"
    assert "All Rights Reserved" in {sp["text"] for sp in got.spans if sp["rule"] == "copyright"}
