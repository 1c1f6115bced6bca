"""Book reviews of books about surveillance: the reviewer gives the book's bibliographic line, reports the author's
argument in the present tense ("Zuboff argues that ...", "In her telling, ...", "The book warns that ..."), quotes the
book with page numbers and then gives a verdict of their own. Every passage is written for the test in the genre's
conventions; the expected speaker, voice and use of each were labelled by reading the passage before the library's
output was looked at: the book's words and claims are its author's (the book speaks for its author), the
reviewer's verdict is the author's voice of the review."""

from __future__ import annotations

import pytest

from discourse.quotes import find_quote_spans

from .conftest import use_of


def _reported(text: str) -> list[dict]:
    return [s for s in find_quote_spans(text, reported=True) if s["kind"] == "reported"]


def _clause(text: str, words: str) -> dict:
    """The one reported span holding ``words``."""
    found = [s for s in _reported(text) if words in text[s["start"]:s["end"]]]
    assert len(found) == 1, [(text[s["start"]:s["end"]], s["speaker"]) for s in _reported(text)]
    return found[0]


# ------------------------------------------------------------------ viewpoint adjuncts: "In her telling, ..."
# "In X's view", "in her telling" mark the source of the proposition as "according to X" does (Biber et al. 1999,
# 10.2.1.1, stance adverbials of the source of knowledge): the clause is X's view, reported, not the reviewer's.
@pytest.mark.parametrize("text, words, speaker", [
    ("Shoshana Zuboff argues that Google invented a new economic order. In her telling, the smart city is a "
     "Trojan horse for data extraction.", "Trojan horse", "Shoshana Zuboff"),
    ("In Zuboff's view, the smart city is a Trojan horse for data extraction.", "Trojan horse", "Zuboff"),
    ("Sarah Brayne spent years with the Los Angeles police. In her account, officers treated the software as a "
     "force multiplier.", "force multiplier", "Sarah Brayne"),
    ("Kai Strittmatter reported from Beijing for years. In his reading, the social credit system is a blueprint "
     "for control.", "blueprint", "Kai Strittmatter"),
])
def test_viewpoint_adjunct_reports_its_possessor(text, words, speaker):
    span = _clause(text, words)
    assert span["speaker"] == speaker
    # the clause begins after the adjunct's comma and runs to the sentence's end
    assert text[span["start"] - 2:span["start"]] == ", " and text[span["end"]] == "."


@pytest.mark.parametrize("text", [
    "In my view, the smart city is a Trojan horse for data extraction.",  # the reviewer's own view
    "In our view, predictive policing is a dead end for the department.",
    "In her account of the raid, police broke down the door at dawn.",  # no comma after the noun: no viewpoint
    "The smart city is, in my view, a Trojan horse for data extraction.",
])
def test_own_or_no_viewpoint_reports_nothing(text):
    assert _reported(text) == []


def test_hit_in_a_viewpoint_clause_is_reported_not_the_reviewers():
    # hand label: "smart city" is Zuboff's claim (reported), "privacy" in the verdict is the reviewer's (evaluative)
    text = ("Shoshana Zuboff argues that Google invented a new economic order. In her telling, the smart city is a "
            "Trojan horse.\n\nI disagree. Users trade their privacy knowingly.")
    assert use_of(text, "smart city", source="review")[0] == "reported"
    assert use_of(text, "smart city", source="review")[2] == "reported"
    assert use_of(text, "privacy", source="review")[0] == "evaluative"
    assert use_of(text, "privacy", source="review")[2] == "author"
