"""Speaker attribution, stop 70 (part H's Brown essays): a one-word name of no known sex as the antecedent of he.

Every text here is written for the test."""

from discourse.quotes import find_quote_spans

_EARLIER = "Edgar Allan Poe wrote about short poems. He liked them brief.\n\n"
_QUOTE = " He says: “Let them sing only hymns to the gods and praise of good men in our city.”"


def _speech(text: str) -> list[dict]:
    return [q for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_name_after_a_fronted_adjunct_with_the_present_of_essays():
    # Quirk et al. 1985, 8.17: the subject follows a fronted adjunct set off by its comma; Biber et al. 1999, 6.2.3:
    # essays discuss an author in the present ('Plato attends'); 'his' gives the name its sex
    text = (_EARLIER + "All through The Laws, Cato attends to the good life of his citizens. When he discusses rulers, "
            "he shows the poets as flatterers." + _QUOTE)
    (q,) = _speech(text)
    assert q["speaker"] == "Cato"


def test_without_a_pronoun_of_its_sex_the_name_is_not_taken():
    # near miss: nothing in the name's sentence gives it a sex (a body, a team or a town may open a sentence too)
    text = (_EARLIER + "All through The Laws, Cato attends to the good life of the citizens. When he discusses rulers, "
            "he shows the poets as flatterers." + _QUOTE)
    (q,) = _speech(text)
    assert q["speaker"] != "Cato"


def test_subject_of_a_fronted_adverbial_clause_and_the_main_clause_pronoun():
    # Quirk et al. 1985, 19.47: the pronoun subject of the main clause after an initial adverbial clause takes that
    # clause's subject as antecedent
    text = (_EARLIER + "While Cato finally allows a few hymns to the gods, still he leaves the question open. He even "
            "asks the poets to plead for the Muse." + _QUOTE)
    (q,) = _speech(text)
    assert q["speaker"] == "Cato"


def test_fronted_clause_with_a_pronoun_of_the_other_sex_is_left_alone():
    # near miss: 'she' in the main clause gives the name no male sex, so 'He says' is not read as Cato's
    text = (_EARLIER + "While Cato finally allows a few hymns to the gods, still she leaves the question open. He even "
            "asks the poets to plead for the Muse." + _QUOTE)
    (q,) = _speech(text)
    assert q["speaker"] != "Cato"


def test_a_name_that_recurs_is_an_antecedent_where_its_sentence_gives_it_a_sex():
    # a one-word name written again and again with no person's marks is taken for a body (Huawei); its own 'his'
    # still makes it a person the pronoun can take
    text = ("Edgar Allan Poe wrote about short poems. Cato said little of poems, and Cato wrote less; Cato's readers "
            "knew Cato well.\n\nAll through The Laws, Cato attends to the good life of his citizens. When he discusses "
            "rulers, he shows the poets as flatterers." + _QUOTE)
    (q,) = _speech(text)
    assert q["speaker"] == "Cato"


def test_a_recurring_company_name_stays_no_antecedent():
    # near miss: a body named again and again takes 'its', never 'his'; 'he' goes to no company
    text = ("Vexo sold cameras. Vexo sold locks, and Vexo sold alarms; buyers liked Vexo.\n\nIn the spring, Vexo "
            "launches its new camera. Ann Roe, a buyer, was there." + " She says: “We will buy a great many of them.”")
    (q,) = _speech(text)
    assert q["speaker"] != "Vexo"
