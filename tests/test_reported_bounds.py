"""The bounds of a reported clause: where it begins and where it ends (discourse/_reported.py, and its token-level
twin discourse.stance.rule_reporting_verb). Sentences written for these tests; each test says what was wrong."""

from __future__ import annotations

import pytest

from discourse import _reported
from discourse.quotes import find_quote_spans


def _clauses(text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], text[s["content_start"]:s["content_end"]])
            for s in find_quote_spans(text, reported=True) if s["kind"] == "reported"]


# ------------------------------------------------------------------------------ 2. abbreviations and decimals
# Was wrong: the sentence pieces _reported reads were cut at every full stop, so a reported clause ended at
# "Mr.", "Co.", "Inc.", an initial or the stop of "4.4", and ", said C. Virgil Martin" gave the speaker "C."

@pytest.mark.parametrize("text, speaker, content", [
    ("The mayor said that the plan was approved by Mr. Smith and the council last week.",
     "The mayor", "the plan was approved by Mr. Smith and the council last week"),
    ("Critics said the deal with Huawei Technologies Co. Ltd. enables mass surveillance.",
     "Critics", "the deal with Huawei Technologies Co. Ltd. enables mass surveillance"),
    ("The seamless platform from Acme Inc. cuts crime in half, the mayor said.",
     "the mayor", "The seamless platform from Acme Inc. cuts crime in half"),
    ("The program costs 4.4 million dollars a month, said C. Virgil Martin, president of Acme Corp.",
     "C. Virgil Martin", "The program costs 4.4 million dollars a month"),
    ("The cost is 4.4 million dollars, said C. Virgil Martin, president of Carson & Co., committee chairman.",
     "C. Virgil Martin", "The cost is 4.4 million dollars"),
    ("Officials said the cameras in the U.S. and Canada are seamless.",
     "Officials", "the cameras in the U.S. and Canada are seamless"),
])
def test_clause_goes_on_past_an_abbreviation(text, speaker, content):
    assert _clauses(text) == [(speaker, content)]


def test_speaker_as_written_after_an_initial():
    t = "The program costs 4.4 million dollars a month, said C. Virgil Martin, president of Acme Corp."
    (s,) = [s for s in find_quote_spans(t, reported=True) if s["kind"] == "reported"]
    assert s["speaker_as_written"] != "C."


def test_real_sentence_end_after_a_company_abbreviation():
    # a designator before a capital ends the sentence: the next one is no part of the clause
    t = "Smith said the plan was drafted by Acme Corp. The council approved it on Monday."
    assert _clauses(t) == [("Smith", "the plan was drafted by Acme Corp")]


def test_which_full_stops_go_on():
    t = "by Mr. Smith. Then 4.4 m. Acme Inc. cuts. Acme Inc. The end. Co. Ltd. Then x"

    def goes_on(after: str) -> bool:
        i = t.index(after) + len(after)
        return _reported._stop_goes_on(t, i, len(t))
    assert goes_on("Mr.") and goes_on("4.") and goes_on("Inc.") and goes_on("Co.")
    assert not goes_on("Smith.") and not goes_on(" m.") and not goes_on("cuts.") and not goes_on("Ltd.")
    i = t.index("Inc. The") + 4
    assert not _reported._stop_goes_on(t, i, len(t))  # before a capital: a real end
