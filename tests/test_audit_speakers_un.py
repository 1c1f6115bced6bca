"""Speaker attribution in the formulas of UN General Debate speeches, on sentences written for this file.

The texts are made up; none is copied from the labelled development texts (tests/data/speaker_labels.jsonl).
"""

from __future__ import annotations

from discourse.quotes import find_quote_spans


def speech(text: str) -> list[str | None]:
    """The speaker of every speech quotation, in order."""
    return [q["speaker"] for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_words_of_formula_with_the_place_of_the_words_after_the_author():
    # 'To use the words of X in his report,': the prepositional phrase with the author's own possessive says
    # where the words were said (Quirk et al. 1985, 17.37); the quotation is still X's, not a mention
    text = ("The region has known four wars in a decade. To use the words of the Secretary-General in his report, "
            "\"that is far more than enough suffering for one region\" [A/99/1, para. 7]. Yet the fighting goes on.")
    assert speech(text) == ["the Secretary-General"]
    text = ("In the words of the Prime Minister in her address to the Assembly, \"no island can face the rising "
            "sea alone.\" We agree.")
    assert speech(text) == ["the Prime Minister"]
    # a phrase of another kind after the name is still no place of the words: the formula does not apply
    text = ("To use the words of the Secretary-General and the Committee, \"that is far more than enough "
            "suffering for one region\". Yet the fighting goes on.")
    assert speech(text) != ["the Secretary-General"]
