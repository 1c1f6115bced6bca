"""A United Nations document symbol is one token.

A document symbol names one document: a series symbol of capital letters, then the body, session and serial number
of the document, separated by slashes ("A/HRC/51/17", "S/RES/2249", "E/CN.4/2005/L.10"; United Nations Editorial
Manual, "Document symbols"; Dag Hammarskjöld Library, "UN Documentation: Document symbols"). Cut at its slashes it
had been a run of meaningless words: "A/HRC/51/17" was "a" (the stopword), "hrc", "51" and "17", and "hrc" and
"res" came out as key terms of the UN speeches. Only a real symbol is one token: capitals first, at least two
slashes, a number in its last part; dates, fractions, "and/or" and the path of an address stay as they were.

The expected tokens below were written by hand from the Editorial Manual's rules before the rule was implemented.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse import text as T


def table(text: str) -> pd.DataFrame:
    return dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]})), quotes=False)


def surface(text: str) -> list[str]:
    return table(text)["token"].astype(str).tolist()


@pytest.mark.parametrize("text, expected", [
    # the complaint's three symbols: a report of the Human Rights Council, a Security Council resolution with its
    # year (the year in brackets is no part of the symbol), a draft of the Commission on Human Rights
    ("as set out in A/HRC/51/17, the Council", ["as", "set", "out", "in", "A/HRC/51/17", ",", "the", "Council"]),
    ("resolution S/RES/2249 (2015) of the Council",
     ["resolution", "S/RES/2249", "(", "2015", ")", "of", "the", "Council"]),
    ("the draft E/CN.4/2005/L.10 was adopted", ["the", "draft", "E/CN.4/2005/L.10", "was", "adopted"]),
    # a symbol in brackets and before a full stop: the marks around it are marks
    ("(A/C.3/74/L.20/Rev.1).", ["(", "A/C.3/74/L.20/Rev.1", ")", "."]),
    ("in the Millennium report (A/59/2005).", ["in", "the", "Millennium", "report", "(", "A/59/2005", ")", "."]),
    ("[A/7601/Add.1, para. 2]", ["[", "A/7601/Add.1", ",", "para", ".", "2", "]"]),
    # series of the treaty bodies and the Secretariat; a verbatim record; an emergency special session's resolution;
    # a special session's; a sub-commission's document; a presidential statement
    ("CCPR/C/GC/36 and CEDAW/C/GC/35", ["CCPR/C/GC/36", "and", "CEDAW/C/GC/35"]),
    ("ST/SGB/2003/13", ["ST/SGB/2003/13"]),
    ("see A/70/PV.22 and A/RES/ES-10/19", ["see", "A/70/PV.22", "and", "A/RES/ES-10/19"]),
    ("A/HRC/RES/S-16/1 E/CN.4/Sub.2/2000/33", ["A/HRC/RES/S-16/1", "E/CN.4/Sub.2/2000/33"]),
    ("(S/PRST/2021/18).", ["(", "S/PRST/2021/18", ")", "."]),
    ("S/2012/522, S/2012/523", ["S/2012/522", ",", "S/2012/523"]),
    # a document issued under two symbols: two tokens and the hyphen between them
    ("(E/1999/30-E/CN.15/1999/12,", ["(", "E/1999/30", "-", "E/CN.15/1999/12", ","]),
    ("A/HRC/51/17's findings", ["A/HRC/51/17", "'s", "findings"]),
])
def test_a_document_symbol_is_one_token(text, expected):
    assert surface(text) == expected


@pytest.mark.parametrize("text, expected", [
    # dates, fractions and ratios: digits first, no series symbol
    ("on 12/05/2019 and 1/2/3", ["on", "12", "/", "05", "/", "2019", "and", "1", "/", "2", "/", "3"]),
    ("and/or, his/her/their", ["and", "/", "or", ",", "his", "/", "her", "/", "their"]),
    # one slash only: no symbol
    ("S/2015 and A/B testing", ["S", "/", "2015", "and", "A", "/", "B", "testing"]),
    # capitals with no number at the end: initialisms, not a document
    ("CD/DVD/USB drives", ["CD", "/", "DVD", "/", "USB", "drives"]),
    ("Turkmenistan/Pakistan/India", ["Turkmenistan", "/", "Pakistan", "/", "India"]),
    # lower case is no series symbol
    ("a/hrc/51/17", ["a", "/", "hrc", "/", "51", "/", "17"]),
    # a misread "1" (the letter l) ends the last part without a number: the parts stay apart
    ("[A/8701/Add.l,", ["[", "A", "/", "8701", "/", "Add", ".", "l", ","]),
    # a point before capitals: the tail of a symbol misread by OCR ("A/C.2/43/L.19"), no symbol of its own
    ("(A/C.R/43/L.19)", ["(", "A", "/", "C", ".", "R", "/", "43", "/", "L", ".", "19", ")"]),
    # a part the rules do not know ends nothing: the whole stays apart, never a symbol cut short
    ("A/HRC/51/17x and A/HRC/51/17/en", ["A", "/", "HRC", "/", "51", "/", "17", "x", "and",
                                        "A", "/", "HRC", "/", "51", "/", "17", "/", "en"]),
])
def test_what_is_no_document_symbol_stays_apart(text, expected):
    assert surface(text) == expected


def test_no_symbol_inside_an_address():
    # a URL is one token (its own rule comes first); in the path of an address written without its scheme a
    # symbol follows a slash and stays in pieces, as the path's other parts
    assert surface("see https://undocs.org/A/HRC/51/17 now") == ["see", "https://undocs.org/A/HRC/51/17", "now"]
    assert surface("undocs.org/en/A/HRC/51/17") == ["undocs", ".", "org", "/", "en", "/", "A", "/", "HRC", "/",
                                                    "51", "/", "17"]


def test_norm_stop_and_counts():
    tokens = table("The report A/HRC/51/17 and resolution S/RES/2249 (2015).")
    row = tokens[tokens["token"] == "A/HRC/51/17"].iloc[0]
    # lower-cased like every norm (as "Q1656-LE" is "q1656-le"); a word, not a stopword or punctuation
    assert row["norm"] == "a/hrc/51/17"
    assert not row["is_stop"] and not row["is_punct"]
    norms = tokens["norm"].astype(str).tolist()
    assert "hrc" not in norms and "res" not in norms and "a" not in norms
    # word tokens: the, report, a/hrc/51/17, and, resolution, s/res/2249, 2015 (7; split, they had been 13)
    assert int((~tokens["is_punct"]).sum()) == 7
    counts = dc.count_terms(tokens)
    assert set(counts["term"]) >= {"a/hrc/51/17", "s/res/2249"}


SAMPLES = [
    "as set out in A/HRC/51/17, the Council; S/RES/2249 (2015) and E/CN.4/2005/L.10.",
    "(E/1999/30-E/CN.15/1999/12, [A/8701/Add.l, A/HRC/51/17x, A/HRC/51/17/en, 12/05/2019, and/or, CD/DVD/USB",
    "ST/SGB/2003/13 A/RES/ES-10/19 (A/C.3/74/L.20/Rev.1). A/B/1 A/ B/1 AB/C/ A//1 A/1/ /A/1/2 x/A/1/2 _A/1/2",
    "A/HRC/51/17's .A/1/2 A/C.R/43/L.19 A/70/PV.22.5 A/70/PV.22- A/Res/61/88 Ä/B/1 A/Ä/1 A/1/٣ S/RES/2249",
]


def test_kernel_pattern_and_counting_paths_agree():
    # the compiled scan, the token pattern and the fast patterns of the counting paths give the same tokens
    for s in SAMPLES:
        expected = [m.group() for m in re.finditer(T.TOKEN_PATTERN, s)]
        assert T._token_spans_pattern(s)[2] == expected
        assert T.fast_tokens(s) == expected
        starts, ends, toks = T.token_spans(s)
        assert toks == expected
        assert [s[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)] == expected
        if T._KERNEL is not None:
            found = T._KERNEL.scan(s, True)
            assert found is not None and found[2] == expected
            assert np.array_equal(np.frombuffer(found[0], dtype=np.int64), T._token_spans_pattern(s)[0])
        # a document cut into chunks at white space tokenises alike (counting paths and the frame matcher)
        assert [t for w in s.split() for t in T.fast_tokens(w)] == expected


def test_frame_rates_count_a_symbol_as_one_word():
    text = ("The Commission adopted E/CN.4/2005/L.10. The Council, in S/RES/2249 (2015), condemned attacks on privacy. "
            "See A/CONF.62/WP.8. Mass surveillance was criticised in A/HRC/27/37 and the report A/HRC/51/17.")
    df = pd.DataFrame({"doc_id": ["d"], "text": [text], "source": ["un"]})
    lex = dc.load_lexicon("framing")
    # by hand: 4 + 9 + 2 + 10 words, each symbol one word (split at their slashes the symbols had added 17 more)
    tokens = dc.tokenize(dc.Corpus.from_dataframe(df), quotes=False)
    in_table = dc.count_frames(tokens, lex, by="source")
    streamed = dc.count_frames_stream(df, lex, by="source", n_jobs=1, progress=False, quotes=False)
    for rates in (in_table, streamed):
        assert set(rates.loc[rates["voice"] == "all", "n_tokens"]) == {25}
