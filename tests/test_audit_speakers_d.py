"""Speaker attribution: constructions of reporting clauses and reference that had put words in the wrong mouth.

Every text here is written for the test."""

from discourse.quotes import find_quote_spans


def _speech(text: str) -> list[dict]:
    return [q for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_names_in_a_participle_postmodifier_are_not_the_speaker():
    # Quirk et al. 1985, 17.13-17.19: 'headed by ...' and 'including ...' postmodify the subject of the inverted
    # reporting clause; the names in them are the head's agent or members, not who reported
    text = ("The report was short. “Calm has continued in all areas”, reported this panel headed by Mary Jones of "
            "Tampa and including two lawyers, John B. Smith and Ann Lee of Miami.")
    (q,) = _speech(text)
    assert q["speaker"] not in ("John B", "John B. Smith", "Mary Jones", "Ann Lee")
    assert q["speaker"] == "this panel"


def test_participle_postmodifier_is_cut_from_a_description():
    (q,) = _speech("“Calm has continued”, said the panel headed by Mary Jones.")
    assert q["speaker"] == "the panel"


def test_demonstrative_general_noun_is_no_speaker():
    # Halliday & Hasan 1976, 6.4: 'this group' only points back; as a speaker label it names no one
    (q,) = _speech("Each board filed an account. “Calm has continued”, reported this group.")
    assert q["speaker"] is None
    assert q["speaker_reason"] == "unresolved description"


def test_subordinate_office_is_not_the_principal():
    # 'the Assistant Secretary of State' is another office than 'Secretary of State Dean Rusk'
    text = ("Secretary of State Dean Rusk flew home. Somewhere Hal Brown is learning diplomacy. Touring Asia, the new "
            "Assistant Secretary of State observed “Asia should be for the Asians” and the critics pounced.")
    (q,) = _speech(text)
    assert q["speaker"] != "Dean Rusk"


def test_deputy_description_takes_the_deputy():
    text = "Mayor Ann Roe spoke first. Deputy Mayor Bob Fox came later. “We are ready,” the deputy mayor said."
    (q,) = _speech(text)
    assert q["speaker"] == "Bob Fox"


def test_cardinal_between_given_name_and_surname():
    # The Chicago Manual of Style, 16th ed., 8.26: 'Francis Cardinal Spellman' is the older style of the title
    text = "Augustin Cardinal Bea spoke in Rome. “We pray,” Bea said. “We hope,” Cardinal Bea said."
    assert [q["speaker"] for q in _speech(text)] == ["Augustin Bea", "Augustin Bea"]
    (q,) = _speech("“Sales rose,” Cardinal Health said.")
    assert q["speaker"] == "Cardinal Health"
