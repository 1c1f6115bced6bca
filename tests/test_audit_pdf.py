"""Text extracted from PDF reports (pdftotext, PyPDF): page furniture, tables of contents and what a count sees.

Every text is written here, short and in the shape pdftotext gives: pages separated by a form feed, a running
head and a footer with the page number on every page, a table of contents with dot leaders. Expected values are
computed independently, with regular expressions over a copy of the text cleaned by hand.
"""

from __future__ import annotations

import re

import pandas as pd

import discourse as dc
from discourse.segment import paragraphs

HEAD = "Acme Safe City Solutions | White Paper 2021"
PAGES = [
    "Acme Safe City Solutions | White Paper 2021\n\n"
    "Contents\n"
    "1. Introduction ........................................ 2\n"
    "2. Findings . . . . . . . . . . . . . . . . . . . . . . . 3\n"
    "Annex …………………………………………… iv\n\n"
    "Introduction\n\n"
    "Our platform turns the city into a safe city. Operators see every street in real time,\n"
    "and the mayor told us: \u201cthe cameras will protect our\n"
    "Acme Safe City Solutions | White Paper 2021   1\n",
    "Acme Safe City Solutions | White Paper 2021\n\n"
    "citizens and their privacy,\u201d she said.\n\n"
    "Findings\n\n"
    "Critics warn of mass surveillance. Our answer is a safe city built on trust.\n"
    "Page 2 of 3\n",
    "Acme Safe City Solutions | White Paper 2021\n\n"
    "Contact our sales team for a demonstration.\n"
    "Acme Safe City Solutions | White Paper 2021   3\n",
]
TEXT = "\f".join(PAGES)
LEXICON = {"promotional": ["safe city", "real time"], "rights": ["privacy", "mass surveillance"]}


def _hand_cleaned(text: str) -> str:
    """The text as a reader cleans it: running heads, page numbers and contents lines deleted."""
    out = []
    for line in text.replace("\f", "\n").split("\n"):
        s = line.strip()
        if s.startswith(HEAD) or re.fullmatch(r"Page \d+ of \d+", s):
            continue
        if re.search(r"(?:\.\s*){4,}\s*\d+$|…{3,}\s*[ivx]+$", s):
            continue
        out.append(line)
    return "\n".join(out)


def _corpus(text: str = TEXT) -> dc.Corpus:
    return dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["wp"], "source": ["acme"], "text": [text]}))


def test_running_heads_and_page_numbers_are_set_aside_with_their_rule():
    corpus = _corpus()
    aside = corpus.set_aside
    heads = aside[aside["rule"] == "running-head"]
    numbers = aside[aside["rule"] == "page-number"]
    # the head on top of each of the 3 pages and the footer "head + page number" on pages 1 and 3 (the same
    # line up to its digits); "Page 2 of 3" is a page number of its own
    expected_heads = [m.start() for m in re.finditer(re.escape(HEAD), TEXT)]
    assert sorted(heads["start"]) == expected_heads
    assert len(expected_heads) == 5
    assert numbers["text"].tolist() == ["Page 2 of 3"]
    assert set(aside.loc[aside["rule"].isin(["running-head", "page-number"]), "kind"]) == {"boilerplate"}
    # the text itself is unchanged, and every span points at its characters
    assert corpus.documents.loc[0, "text"] == TEXT
    for row in aside.itertuples():
        assert TEXT[row.start:row.end] == row.text


def test_contents_lines_with_dot_leaders_are_set_aside():
    aside = _corpus().set_aside
    toc = aside[aside["rule"] == "table-of-contents"]
    assert toc["text"].tolist() == [
        "1. Introduction ........................................ 2",
        "2. Findings . . . . . . . . . . . . . . . . . . . . . . . 3",
        "Annex …………………………………………… iv",
    ]
    tokens = dc.tokenize(_corpus())
    # the headings "Introduction" and "Findings" count once each (the body's heading), as in the hand-cleaned copy;
    # the leaders' 80 dots are no tokens
    cleaned = _hand_cleaned(TEXT)
    for word in ("introduction", "findings"):
        assert (tokens["norm"] == word).sum() == len(re.findall(rf"\b{word}\b", cleaned, re.I)) == 1
    assert (tokens["token"] == ".").sum() == cleaned.count(".")


def test_frame_counts_of_a_paper_equal_those_of_its_hand_cleaned_copy():
    # every page's running head says "Safe City": counted, it gave the paper 5 promotional hits it never wrote
    lex = dc.load_lexicon(LEXICON)
    counted = dc.count_frames(dc.tokenize(_corpus()), lex, by="source", voice=None)
    got = counted.groupby("frame")["n"].sum().to_dict()
    cleaned = _hand_cleaned(TEXT).lower().replace("\n", " ")
    expected = {
        "promotional": len(re.findall(r"\bsafe city\b", cleaned)) + len(re.findall(r"\breal time\b", cleaned)),
        "rights": len(re.findall(r"\bprivacy\b", cleaned)) + len(re.findall(r"\bmass surveillance\b", cleaned)),
    }
    assert expected == {"promotional": 3, "rights": 2}
    assert got == expected


def test_a_quotation_across_a_page_break_keeps_its_words_and_not_the_furniture():
    corpus = _corpus()
    tokens = dc.tokenize(corpus)
    quoted = " ".join(tokens.loc[tokens["voice"] == "quoted", "token"].astype(str))
    assert quoted == "the cameras will protect our citizens and their privacy ,"
    assert tokens.loc[tokens["voice"] == "quoted", "quote_kind"].eq("speech").all()


def test_page_furniture_needs_page_breaks_and_repetition():
    # the same lines without form feeds: no page is known, nothing is set aside as a running head or page number
    flat = _corpus(TEXT.replace("\f", "\n"))
    assert not flat.set_aside["rule"].isin(["running-head", "page-number"]).any()
    # pages whose edge lines never repeat (a speech cut into pages, as in the UN General Debate corpus): nothing
    speech = ("I bring to all warm greetings and the good wishes of my people.\nWe meet at a difficult time,\n"
              "\fwhen the world community is divided.\nWe ask for peace and security.\n"
              "\fAnd we thank the Assembly for its attention.\n")
    assert _corpus(speech).set_aside.empty


def test_a_lone_number_inside_a_page_is_kept():
    # a number on a line of its own that is not at a page's edge (a table cell, a list) is text
    text = ("Annual Report 2020\nThe cameras counted\n\n125\n\nfaces per minute in the square.\n"
            "Annual Report 2020\n\fAnnual Report 2020\nPrivacy groups objected.\nAnnual Report 2020\n")
    aside = _corpus(text).set_aside
    assert "125" not in aside["text"].tolist()
    assert (aside["rule"] == "running-head").sum() == 4


def test_a_phrase_and_a_sentence_run_on_across_a_page_break_between_running_heads():
    # one line per paragraph, no blank line: the running head and footer stand between "mass" and "surveillance";
    # they had ended the paragraph (and sentence) there, so the phrase was never counted
    head = "City Strategy 2030"
    text = (f"{head}\nThe plan avoids any form of mass\n{head}   1\n\f{head}\nsurveillance in the city and it was\n"
            f"{head}   2\n\f{head}\nwelcomed by the council.\n{head}   3\n")
    corpus = _corpus(text)
    assert (corpus.set_aside["rule"] == "running-head").sum() == 6
    tokens = dc.tokenize(corpus)
    # the hand-cleaned copy is one sentence: "The plan avoids any form of mass surveillance in the city and it
    # was welcomed by the council."
    assert tokens["sentence"].nunique() == 1 and tokens["paragraph"].nunique() == 1
    hits = dc.find_frame_terms(tokens, dc.load_lexicon({"rights": ["mass surveillance"]}), corpus=corpus)
    assert len(hits) == 1
    # the paragraph rule itself: the body is one paragraph, from "The plan" to "council."
    body = [text[s:e] for s, e in paragraphs(text) if "plan" in text[s:e]]
    assert len(body) == 1 and body[0].startswith("The plan") and body[0].endswith("council.")
