"""Digitised historical newspapers: OCR text as archives export it (Chronicling America, the British Newspaper Archive).

Broken lines, words split by line-end hyphens, long-s and ligature errors ("fafety", "tbe"), stray column rules ("|",
"»"), quotation marks the OCR engine read as other characters, jump lines ("Continued on Page 4"). Every text below
was written for these tests in the error patterns of such archives; the expected values are read off the text.
"""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import find_quote_spans


def spans(text: str, **kw) -> list[tuple[str, str, str | None]]:
    return [(text[q["content_start"]:q["content_end"]], q["kind"], q["speaker"]) for q in find_quote_spans(text, **kw)]


# ------------------------------------------------------------------ quotation marks read as two commas
# The low double mark „ (U+201E) is two comma-shaped strokes on the baseline; OCR engines read it as two commas
# (",,"), as the German and Dutch newspaper archives show throughout, and the English papers that opened their
# quotations low in the same way. Two commas before a word, with no space between, are no punctuation of prose.
@pytest.mark.parametrize("close", ["''", '"', "“", "”"])
def test_two_commas_open_a_quotation(close):
    text = f",,We cannot put a patrolman on every corner,{close} Chief Wilson said yesterday."
    (quote,) = spans(text)
    assert quote == ("We cannot put a patrolman on every corner,", "speech", "Wilson")
    # the same as the sentence with the marks set as printed
    assert [quote] == spans("„We cannot put a patrolman on every corner,” Chief Wilson said yesterday.")


def test_two_commas_in_a_hard_wrapped_ocr_column():
    text = ("Chief Jerry Wilson said the cameras would\nimprove public safety downtown.\n"
            ",,We cannot put a patrolman on every\ncorner,'' Wilson said. ,,The electronic\neye never sleeps.''\n"
            "But the union called the plan an\ninvasion of privacy.\n")
    found = spans(text)
    # two quotations, both the chief's (the second continues the first: no cue of its own)
    assert [q[0].replace("\n", " ") for q in found] == ["We cannot put a patrolman on every corner,",
                                                       "The electronic eye never sleeps."]
    assert [q[2] for q in found] == ["Jerry Wilson", "Jerry Wilson"]


@pytest.mark.parametrize("text", [
    "The columns were a,,b and c in the table.",           # between letters: a typing slip, no mark
    "He paid for it,, and then he left.",                  # after a word: a doubled comma
    "Fields: 1,,2,,3 were empty.",                          # between digits: empty fields
])
def test_two_commas_that_open_nothing(text):
    assert spans(text) == []


def test_two_commas_give_quoted_voice_in_the_token_table():
    df = pd.DataFrame({"doc_id": ["a"], "source": ["star"],
                       "text": [",,We need cameras on every corner,'' Chief Wilson said at the meeting."]})
    tokens = dc.tokenize(dc.Corpus.from_dataframe(df))
    voice = dict(zip(tokens["token"].astype(str), tokens["voice"].astype(str), strict=True))
    assert voice["cameras"] == "quoted" and voice["meeting"] == "author"


# ------------------------------------------------------------------ jump lines
# A story that runs on another page ends its column with a jump line ("Continued on Page 4, Column 3") and opens
# again under one ("Continued From First Page"): the page's furniture, as a running head is, not the story's words.
STAR = """ELECTRONIC EYES TO WATCH DOWNTOWN STREETS
Television cameras mounted on lamp posts along F Street will watch shoppers and motorists beginning next month.
Chief Jerry Wilson said the cameras would improve public safety in the downtown area.
Continued on Page 4, Column 3
The American Civil Liberties Union called the plan an invasion of privacy.
(Continued from Page A1)
Merchants said the cameras would bring back shoppers.
CONTINUED FROM FIRST PAGE
The council will vote on the plan next week.
See CAMERAS, Page 6
"""


def test_jump_lines_are_set_aside_with_their_rule():
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["star"], "source": ["star"], "text": [STAR]}))
    aside = corpus.set_aside
    jumps = aside[aside["rule"] == "jump-line"]
    # the four jump lines, by hand
    assert jumps["text"].tolist() == ["Continued on Page 4, Column 3", "(Continued from Page A1)",
                                      "CONTINUED FROM FIRST PAGE", "See CAMERAS, Page 6"]
    assert set(jumps["kind"]) == {"boilerplate"}
    norms = set(dc.tokenize(corpus)["norm"].astype(str))
    assert not {"continued", "page", "column"} & norms
    assert {"privacy", "shoppers", "council"} <= norms


@pytest.mark.parametrize("line", [
    "The story continued on page 4 of the report, he said.",   # a sentence that mentions a page
    "Continued on the whole, the plan is sound.",
    "See page 6",                                               # no slug: a reference, not a jump line
])
def test_sentences_about_pages_stay(line):
    text = f"Cameras on F Street.\n{line}\nThe council will vote next week.\n"
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a"], "source": ["s"], "text": [text]}))
    assert corpus.set_aside.empty or "jump-line" not in set(corpus.set_aside["rule"])


# ------------------------------------------------------------------ words broken by a hyphen at a line end
# A narrow newspaper column breaks words at its line ends with a hyphen ("shop-" / "pers"); the OCR text keeps the
# break. The tokenizer reads "pub-\nlic" as "pub", "-", "lic": no lexicon entry matches it, so the loss is reported.
COLUMN = """Television cameras mounted on lamp
posts along F Street will watch shop-
pers and motorists, tbe police department an-
nounced yesterday. Merchants said the
cameras would improve pub-
lic safety and bring back shoppers.
"""


def test_words_broken_at_line_ends_are_reported_when_loading():
    df = pd.DataFrame({"doc_id": ["star"], "source": ["star"], "text": [COLUMN]})
    with pytest.warns(UserWarning, match=r"1 document\(s\) of 'corpus' hold 3 word\(s\) broken by a hyphen at a line "
                                         r"end.*'shop-\\npers'"):
        corpus = dc.Corpus.from_dataframe(df)
    # what the warning says: the three words are fragments, and "public safety" is not found (hand count: 0 of 1)
    norms = dc.tokenize(corpus)["norm"].astype(str).tolist()
    assert {"shop", "pers", "an", "nounced", "pub", "lic"} <= set(norms)
    assert dc.find_frame_terms(dc.tokenize(corpus))["entry"].eq("public safety").sum() == 0
    # the fix the warning names rejoins them, and the phrase is found
    fixed = df.assign(text=df["text"].str.replace(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*([a-z][\w'’]*)", r"\1\n", regex=True))
    tokens = dc.tokenize(dc.Corpus.from_dataframe(fixed))
    assert {"shoppers", "announced", "public"} <= set(tokens["norm"].astype(str))
    assert dc.find_frame_terms(tokens)["entry"].eq("public safety").sum() == 1


@pytest.mark.parametrize("text", [
    "The plan is a well-known\none. Cameras watch the streets.",            # a hyphen inside a word, no break
    "The council met - \nand the vote was close.",                           # a dash before the line end
    "Cameras on every corner.\nNon-\nAligned countries objected.",            # a capital after the break
])
def test_no_report_without_a_broken_word(text, recwarn):
    dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a"], "source": ["s"], "text": [text]}))
    assert not [w for w in recwarn if "line end" in str(w.message)]


@pytest.mark.parametrize("text", [
    # a first part that always keeps its hyphen (Chicago 7.89) and a compound number (Chicago 9.6)
    "Every people has the right of self-\ndetermination under the Charter.",
    "At its sixty-\nfirst session the Assembly adopted the text.",
    # the same compound written with its hyphen elsewhere in the text: the text's own spelling decides
    "Peace-keeping costs rose. The Council renewed the peace-\nkeeping mandate in May.",
])
def test_a_compound_broken_at_its_own_hyphen_is_no_broken_word(text, recwarn):
    dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a"], "source": ["s"], "text": [text]}))
    assert not [w for w in recwarn if "line end" in str(w.message)]


def test_a_compound_another_text_writes_with_its_hyphen_is_no_broken_word(recwarn):
    # 'decision-' / 'making' in one speech, 'decision-making' on one line in another: the corpus's own spelling says
    # the break is at the compound's hyphen; a syllable break ('pub-' / 'lic') is still reported
    df = pd.DataFrame({"doc_id": ["a", "b"], "source": ["s", "s"],
                       "text": ["We value decision-making by consensus.", "Good decision-\nmaking needs pub-\nlic trust."]})
    dc.Corpus.from_dataframe(df)
    msgs = [str(w.message) for w in recwarn if "line end" in str(w.message)]
    assert len(msgs) == 1 and "hold 1 word(s)" in msgs[0] and "'pub-\\nlic'" in msgs[0], msgs
