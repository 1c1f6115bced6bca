"""Corpora built with the tools of communication research, loaded as their files come: a Media Cloud story
list, a quanteda export written by R's write.csv, a CSV saved by Excel in a European locale, a scraper's JSON
Lines with nested metadata and a folder of texts with a metadata CSV. Each file is written by the test."""
from __future__ import annotations

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
