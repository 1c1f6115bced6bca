"""Stop 70, parts G and H (UN General Debate speeches): rules read from their misses, tested on sentences written
for these tests (none copied from the development texts)."""

from discourse._speech_formulas import operative_subject
from discourse.quotes import find_quote_spans


def _speech(text: str, opening: str) -> dict:
    (q,) = [q for q in find_quote_spans(text) if text[q["content_start"]:].startswith(opening)]
    return q


def test_resolution_quoted_by_its_operative_verb_is_the_assembly_s():
    text = ("The General Assembly adopted a resolution on the harbour on 3 May. The resolution “welcomes the "
            "progress made so far by the port authority” and “requests the parties to report by June”.")
    first = _speech(text, "welcomes")
    second = _speech(text, "requests")
    assert first["kind"] == second["kind"] == "speech"
    assert first["speaker"] == second["speaker"] == "General Assembly"


def test_operative_paragraph_after_by_which_the_assembly():
    text = ("The second condition is set out in paragraph 6 of the text, by which the Assembly\n"
            "\"Urges the administering Power to release all political prisoners without delay\".\n\nWe agree.")
    q = _speech(text, "Urges")
    assert q["kind"] == "speech"
    assert q["speaker"] is not None and q["speaker"].endswith("Assembly")


def test_formula_reads_subject_and_verb():
    assert operative_subject("In 1990. The declaration ", "calls upon all States to act") is None  # 'upon' no start
    assert operative_subject("In 1990. The declaration ", "calls on the States to act") is None
    assert operative_subject("In 1990. The declaration ", "calls the States to account") == ("The declaration",
                                                                                             "calls")


def test_near_misses_stay_mentions():
    # a noun of language, not a body or its document, before the mark: the quoted word is named, not said
    text = "The word “notes with the chair” appears twice in the draft. The minister was pleased."
    q = _speech(text, "notes")
    assert q["kind"] == "mention" and q["speaker"] is None
    # a person's description is no organ: 'The spokesman “regrets that ...”' is left to the other rules
    assert operative_subject("It was late. The spokesman ", "regrets that the talks failed") is None
    # a comma between subject and mark is another construction (apposition), not the predicate
    assert operative_subject("It was late. The resolution, ", "requests the parties to report") is None
    # a plural noun opening the quotation is no verb: 'the Council “members of the board”'
    assert operative_subject("It met. The Council ", "members of the board") is None


def test_operative_paragraph_opening_its_own_paragraph():
    # the subject ends the paragraph before, with no punctuation: the clause runs on into the quoted paragraph
    text = ("The General Assembly met in May. The first condition is in paragraph 4 of the text, by which the Assembly"
            "\n\n\"Reaffirms the right of the people of the Territory to freedom\".\n\nWe agree.")
    q = _speech(text, "Reaffirms")
    assert q["kind"] == "speech" and q["speaker"] == "General Assembly"
    # a paragraph before that ends in a full stop is a sentence of its own: no subject runs on
    text = ("The General Assembly met in May. We read the text of the Assembly.\n\n\"Reaffirms the right of the "
            "people of the Territory to freedom\".\n\nWe agree.")
    q = _speech(text, "Reaffirms")
    assert q["speaker"] is None
