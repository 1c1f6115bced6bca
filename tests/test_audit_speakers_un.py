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


def test_pronoun_of_a_when_clause_after_the_only_name_of_its_sentence():
    # the pronoun subject of a when-clause refers back to the name the clause follows where the main clause has
    # no other candidate (Quirk et al. 1985, 19.48; Grosz, Joshi & Weinstein 1995): a one-word name the
    # document's name table does not hold as a person ('Seneca') is still the speaker
    text = ("Faced with such waste, our farmers could be echoing Seneca when he wrote, \"It is not that we have a "
            "short time to live, but that we waste a lot of it.\" The harvest was lost.")
    assert speech(text) == ["Seneca"]
    # (a bank named in the sentence before is no antecedent: the when-clause's 'it' is the body it follows)
    text = ("The Nordic Bank has paid for wells in the region. We share the findings of the Committee on Water Rights "
            "when, in its report of 1977, it said: \"Water is the first right of every village.\" Our rivers are drying.")
    assert speech(text) == ["Committee on Water Rights"]


def test_when_clause_left_to_the_resolver_where_the_main_clause_names_another():
    # 'Ortega thanked Lindqvist when he said': two names of the same kind before the pronoun; the rule does not
    # choose the object over the subject
    text = ("Ortega thanked Lindqvist when he said, \"We will rebuild every school.\" The meeting then closed.")
    assert speech(text) != ["Lindqvist"]
    # 'it' needs a body, 'he' a person: 'the Council when he said' is no antecedent
    text = ("We listened to the Security Council when he said, \"The ceasefire must hold.\" Then the vote came.")
    assert speech(text) != ["Security Council"]


def test_name_after_the_formal_name_of_a_state_is_no_apposition():
    # 'the head of Government of the Republic of San Marino': the name after 'the Republic of' is the State's, as
    # after 'the City of'; the office holder described speaks, not a person 'San Marino' in apposition
    text = ("The head of Government of the Republic of San Marino described our plan in these terms: \"Our hills "
            "are our savings account.\" Donors listened.")
    assert speech(text) == ["The head of Government of the Republic of San Marino"]
    # nor is the government named before the description: the relational noun 'head' is the person heading it
    text = ("The Government of San Marino has done much. The head of Government of the Republic of San Marino, in "
            "opening the talks, described our plan in these terms: \"Our hills are our savings account.\" Donors "
            "listened.")
    assert speech(text) == ["The head of Government of the Republic of San Marino"]
    # a person named after a body's of-phrase is still the speaker: 'the words of George Santayana'
    text = "We recall the words of George Santayana: \"Those who cannot remember the past are condemned to repeat it.\""
    assert speech(text) == ["George Santayana"]
