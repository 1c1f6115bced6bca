"""Speaker attribution, stop 70, parts D and E: constructions of Brown's editorials and letters that had left a
speaker out or put the words in the wrong mouth.

Every text here is written for the test."""

from discourse.quotes import find_quote_spans


def _speech(text: str) -> list[dict]:
    return [q for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_you_in_a_letter_to_the_editor_is_the_paper_of_the_salutation():
    # Biber et al. 1999 on letters: the salutation fixes the addressee, and 'you' refers to the addressee
    text = ("To the editor of the Daily Courier: Your leader on rents was unfair.\n\n"
            "You wrote that “the council has done nothing”. Yet the council met twice.")
    (q,) = _speech(text)
    assert q["speaker"] == "Daily Courier"
    assert q["speaker_reason"] == "pronoun resolved"


def test_you_after_a_named_editorial_addressed_in_its_paragraph():
    text = ("The Evening Star editorial (March 2) praised the tower plan. Your reasoning, I fear, is weak.\n\n"
            "The river floods each spring. When you write that we “must build higher and faster” you forget it.")
    (q,) = _speech(text)
    assert q["speaker"] == "Evening Star"


def test_you_with_no_letter_stays_unresolved():
    # near miss: a named editorial the text never addresses; 'you' is then no newspaper
    text = ("The Evening Star editorial (March 2) praised the tower plan. The mayor agreed with it.\n\n"
            "The river floods each spring. You wrote that “we must build higher and faster” in March.")
    (q,) = _speech(text)
    assert q["speaker"] is None
    assert q["speaker_reason"] == "unresolved pronoun 'You'"
    text = "The mayor spoke last. “You said that the river would rise,” he told me. You wrote that “it is safe”."
    for q in _speech(text):
        assert q["speaker"] not in ("Daily Courier", "Evening Star")
