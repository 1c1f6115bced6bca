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


# ------------------------------------------------------------------------------ 3. prepositional complements
# Was wrong: after "said of Y" / "told members of Y" the reported content was the prepositional phrase, and a
# final ", X, <apposition>, told members of the council." left the clause before it in the author's voice.

def test_said_of_is_no_clause():
    assert _clauses("Coach Ann Roe said of the victory over the Academy.") == []
    assert _clauses("Huawei said of the new lab that it would be seamless.") == [("Huawei", "it would be seamless")]


def test_later_that_clause_after_an_adjunct():
    assert _clauses("The mayor said in a statement that the plan is innovative.") == \
        [("The mayor", "the plan is innovative")]


def test_told_members_of_is_no_clause():
    assert _clauses("Smith told members of the council about the plan for the square.") == []


def test_final_told_with_apposition_reports_the_clause_before():
    t = ("The city is a model smart city with seamless services, Jane Roe, director of programs, "
         "told members of the council on Monday.")
    assert _clauses(t) == [("Jane Roe", "The city is a model smart city with seamless services")]


@pytest.mark.parametrize("text, speaker", [
    ("The plan is innovative, the mayor said on Monday.", "the mayor"),
    ("The plan is innovative, the mayor told the city council on Monday.", "the mayor"),
    ("The plan is innovative, Jane Roe told reporters.", "Jane Roe"),
])
def test_final_reporting_clause_with_no_clause_after_it(text, speaker):
    # was wrong: the forward reading ("Monday", "reporters") blocked the final-clause reading, and nothing was found
    assert _clauses(text) == [(speaker, "The plan is innovative")]


def test_forward_clauses_unchanged():
    # text the rules do not touch keeps its reading
    assert _clauses("Smith told reporters the plan is innovative.") == [("Smith", "the plan is innovative")]
    assert _clauses("The mayor said on Monday the plan is innovative.") == \
        [("The mayor", "Monday the plan is innovative")]
