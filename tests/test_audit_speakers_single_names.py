"""A person named by one word only (a given name in fiction, a surname in news and history) as the antecedent of
the he/she of a quotation's attribution (discourse._speakers, ``_Speakers._lone_subject``).

The texts are written for this file; none is copied from a labelled text. The expected speaker is the one a reader
gives: the subject of the clause before the pronoun (the preferred centre of centering theory, Grosz, Joshi &
Weinstein 1995), filtered by gender agreement first (Hobbs 1978; Lappin & Leass 1994); where the grammar leaves the
choice open, no speaker, which misleads less than a wrong one.
"""

from __future__ import annotations

from discourse.quotes import find_quote_spans


def speakers(text: str) -> list[str | None]:
    """The speaker of every speech quotation, in order."""
    return [q["speaker"] for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_given_name_as_subject_is_the_antecedent():
    # a one-word name before a finite verb at a sentence's opening resolves as a full name does
    assert speakers("Mary smiled. “Yes,” she said.") == ["Mary"]
    assert speakers("Mary Smith smiled. “Yes,” she said.") == ["Mary Smith"]
    assert speakers("Pam burst out. “Dad!” she said.") == ["Pam"]
    # after a coordinator or a sequencing adverb that opens the sentence
    assert speakers("The rain stopped. Then Tom stood up. “Let's go,” he said.") == ["Tom"]
    # the subject of the pronoun's own sentence, the pronoun in its subordinate clause
    assert speakers("Pam put down the tray as she said, “You see, they are romantics.”") == ["Pam"]


def test_surname_as_subject_beats_a_person_named_paragraphs_before():
    # a name of no known sex: its own sentence gives it one by a possessive pronoun (Quirk et al. 1985, 6.23)
    text = ("Walter Ulbricht spoke first at the congress.\n\n"
            "The delegates waited for Gromyko for an hour.\n\n"
            "Gromyko arrived late and took his seat. He said, “We will not retreat.”")
    assert speakers(text) == ["Gromyko"]
    # a word that only opens sentences is no name by its capital (Mikheev 2002): the table's answer stays
    assert speakers(text.replace("for Gromyko ", "")) == ["Walter Ulbricht"]


def test_name_of_no_known_sex_without_a_pronoun_of_its_own_is_none():
    # a company named by one word takes 'its', and a word of no list may name a body or a town: no antecedent
    text = "Shares of Vexo rose sharply.\n\nVexo launched its new camera on Monday. “It is our best,” he said."
    assert speakers(text) == [None]
    text = "Shares of Vexo rose sharply.\n\nVexo launched a new camera on Monday. “It is our best,” he said."
    assert speakers(text) == [None]


def test_gender_filters_before_recency():
    # 'she' cannot be Tom (a male given name of the library's lists): the woman named before him
    assert speakers("Pam sat down. Tom opened the window. “It is cold,” she said.") == ["Pam"]
    # an object of the other sex after the subject takes nothing from it
    assert speakers("Peter looked at Mary. “Go,” he said.") == ["Peter"]


def test_another_name_the_pronoun_could_take_leaves_it_open():
    # a given name of the pronoun's sex between the subject and the pronoun: either could speak
    assert speakers("Peter looked at Tom for a while. “Go,” he said.") == [None]
    # a quotation that opens a sentence between them: another turn of the dialogue
    assert speakers("Peter sat down. “Tea?” asked the waiter. “No,” he said.") == ["the waiter", None]


def test_paragraph_topic_continued_by_a_pronoun_is_not_replaced():
    # the paragraph was about someone the pronouns continue before the name comes in passing (centering, rule 1)
    assert speakers("It was not that she disliked the girl. But Cathy was a burden. “Enough,” she said.") == [None]


def test_common_words_that_the_text_also_writes_in_lower_case_are_no_names():
    # Mikheev 2002: a sentence's first word is a name only by evidence from positions that do not call for a capital
    assert speakers("Grace was all she had left, and grace was not enough. “Go,” she said.") == [None]
    assert speakers("Will had failed them, and their will was broken. “Go,” he said.") == [None]
    # the same word with no lower-case use is a given name
    assert speakers("Grace was all he had left. “Go,” she said.") == ["Grace"]


def test_words_that_name_no_person_are_no_antecedent():
    # each written with a capital inside a sentence too, and with a possessive of the pronoun's sex in its sentence,
    # which a name of no known sex needs
    assert speakers("They prayed to God. God knew his plan. “Wait,” he said.") == [None]  # the deity
    assert speakers("We drove to Texas. Texas kept her promise. “Wait,” she said.") == [None]  # a state
    assert speakers("It rained in June. June kept her promise. “Wait,” she said.") == [None]  # a month
    assert speakers("He wrote to Congress. Congress kept his bill. “Wait,” he said.") == [None]  # an organisation
    # a name in a quotation is quoted, not named
    assert speakers("“Anna left,” Tom Reed wrote. “Wait,” she said.") == ["Tom Reed", None]


def test_heading_in_title_case_is_no_clause():
    # a lower-case verb after the name, but the line's words are capitalised: a heading, no clause
    assert speakers("Pam was Right All Along\nThe crowd cheered. “It was hard,” she said.") == [None]
    # the same words as a sentence
    assert speakers("Pam was right all along. The crowd cheered. “It was hard,” she said.") == ["Pam"]
