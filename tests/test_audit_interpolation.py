"""Quotations an editor has altered: ellipses of omission, interpolations in square brackets, "[sic]", translator's
notes and translations beside the original words (Chicago Manual of Style, 17th ed., 13.50-13.60; APA 7, 8.31)."""

from __future__ import annotations

import pytest

from discourse.segment import sentences


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


# Chicago 13.51: three spaced points mark an omission inside a sentence; Punkt had read each point as a full stop
@pytest.mark.parametrize("text", [
    "“We will install cameras . . . in every district,” said Jane Roe, the city manager.",
    "The mayor said the cameras would stay in the square . . . and in the market.",
    "It was the duty of Member States to act in the attainment of . . . common ends.",
    "“The list. . . is . . . sufficient to demonstrate the point,” the delegate said.",
    "It was fine . . . We stayed in the city.",       # three points: no sentence end (13.53 writes four there)
    "“If they watch everyone . . .” she said, “then no one is free.”",
])
def test_spaced_ellipsis_inside_a_sentence_ends_no_sentence(text):
    assert _sents(text) == [text]


# Chicago 13.53: a full stop and three points (four dots) after a complete sentence; the next one opens with a capital
@pytest.mark.parametrize("text, first", [
    ("He said the council had agreed. . . . The council disagreed.", "He said the council had agreed. . . ."),
    ("He said the council had agreed.... The council disagreed.", "He said the council had agreed...."),
    ("“The council had agreed. . . .” The council disagreed.", "“The council had agreed. . . .”"),
])
def test_four_points_end_the_sentence_before_a_capital(text, first):
    assert _sents(text) == [first, text[len(first) + 1:]]


def test_ellipsis_then_question_mark_keeps_the_question_mark_sentence_end():
    # Chicago 13.55: a question mark before or after the points ends its sentence as usual
    assert _sents("Who pays for it . . . ? Nobody knows.") == ["Who pays for it . . . ?", "Nobody knows."]


def test_ellipsis_at_a_paragraph_end_does_not_join_paragraphs():
    text = "They would stay . . .\n\nThe council disagreed."
    assert _sents(text) == ["They would stay . . .", "The council disagreed."]


def _voices(text: str) -> dict[str, str]:
    import warnings

    import pandas as pd

    import discourse as dc

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tok = dc.tokenize(dc.load_corpus(pd.DataFrame({"doc_id": ["d"], "text": [text]})))
    return dict(zip(tok["token"].astype(str), tok["voice"].astype(str), strict=True))


# the reported clause goes on across an omission as the sentence does (Chicago 13.51): it had stopped at the first point
@pytest.mark.parametrize("points", [". . .", "...", "…"])
def test_reported_clause_goes_on_across_ellipsis_points(points):
    voices = _voices(f"The mayor said the cameras would stay in the square {points} and in the market.")
    assert voices["square"] == "reported" and voices["market"] == "reported"


def test_reported_clause_ends_at_four_points_before_a_capital():
    voices = _voices("The mayor said the council had agreed. . . . Residents disagreed.")
    assert voices["agreed"] == "reported" and voices["Residents"] == "author"
