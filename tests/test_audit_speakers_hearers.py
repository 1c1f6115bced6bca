"""The hearer of a verb of saying is no speaker, and a title with its prepositional complement is one description.

The sentences are made up for this file. The expected speakers were written down before the library was run on
them: the subject of a ditransitive verb of communication speaks and its indirect object hears (Quirk et al. 1985,
10.17 and 16.63-16.64), and the head of "the ambassador to the UN" is the title noun, not the object of "to".
"""

from __future__ import annotations

import pytest

from discourse.quotes import find_quote_spans


def speakers(text: str) -> list[str | None]:
    """The speaker of every speech or reported row, in order."""
    return [q["speaker"] for q in find_quote_spans(text, reported=True) if q["kind"] in ("speech", "reported")]


@pytest.mark.parametrize("text, expected", [
    # ask + indirect object + quotation: the one asked hears the question (Quirk et al. 1985, 16.63)
    ("Ann Roe asked her aides, “What is going on?”", "Ann Roe"),
    ("The mayor asked the chief, “Where were your officers?”", "The mayor"),
    ("Ann Roe asked Tom Fox, “What is going on?”", "Ann Roe"),
    ("Ann Roe asks her aides, “What is going on?”", "Ann Roe"),
    ("Ann Roe, the mayor, asked her aides, “What is going on?”", "Ann Roe"),
    ("Reporters asked the mayor: “Will you resign?”", "Reporters"),
    # the other verbs of telling with a hearer (16.64)
    ("Jane Doe assured the residents, “Your data is safe.”", "Jane Doe"),
    ("Bill Lee reminded the board, “We promised transparency.”", "Bill Lee"),
    ("The senator warned his colleagues, “This bill is dangerous.”", "The senator"),
    ("Mary Poe urged the voters, “Reject this plan.”", "Mary Poe"),
    # 'X told Y, “...”' gives X, as it did before
    ("Ann Roe told reporters, “We will not back down.”", "Ann Roe"),
    ("Tom Fox told the council, “The cameras stay.”", "Tom Fox"),
])
def test_the_one_asked_or_told_is_the_hearer(text, expected):
    assert speakers(text) == [expected]


def test_inverted_asked_after_a_quotation_still_names_its_subject():
    # with no subject before it, the noun phrase after 'asked' is the inverted subject (Quirk et al. 1985, 14.29)
    assert speakers("“Why,” asked the chief, “did you go?”") == ["the chief", "the chief"]
    assert speakers("He paused. Asked the chief, “Did you go?”") == ["the chief"]


@pytest.mark.parametrize("text, expected", [
    # the title with its prepositional complement is one description, headed by the title (Quirk et al. 1985,
    # 17.38-17.39); the object of 'to' is no subject (9.1)
    ("The ambassador to the UN said, “We reject the resolution.”", "The ambassador to the UN"),
    ("The envoy to Washington said, “Talks will resume.”", "The envoy to Washington"),
    ("The US ambassador to Moscow said, “Talks will resume.”", "The US ambassador to Moscow"),
    ("The special envoy to Sudan said the talks would resume.", "The special envoy to Sudan"),
    ("The ambassador to the UN told reporters, “We reject it.”", "The ambassador to the UN"),
    ("The adviser to President Ruto said that the law was vague.", "The adviser to President Ruto"),
    ("She spoke to the UN. The ambassador to Kenya said, “We will help.”", "The ambassador to Kenya"),
    ("The special rapporteur on privacy said, “This is mass surveillance.”", "The special rapporteur on privacy"),
    ("The special rapporteur on privacy said that the law was vague.", "The special rapporteur on privacy"),
    # unchanged: a name in apposition, and a fronted adverbial's 'to' before the subject
    ("Jan Roe, the ambassador to the UN, said, “We reject it.”", "Jan Roe"),
    ("In a letter to the UN, Ann Roe said the talks would resume.", "Ann Roe"),
    ("After his visit to Washington, Ann Roe said, “Talks will resume.”", "Ann Roe"),
])
def test_title_with_its_complement_is_one_description(text, expected):
    assert speakers(text) == [expected]


def test_title_complement_is_no_speaker_as_written():
    (q,) = find_quote_spans("The envoy to Washington said, “Talks will resume.”")
    assert q["speaker_as_written"] == "The envoy to Washington"
    assert q["speaker_reason"] == "description"


def test_infinitive_of_asking_names_no_speaker_from_inside_its_sentence():
    # a to-infinitive has no subject of its own (Quirk et al. 1985, 15.7-15.10): neither the question asked nor a
    # name inside the sentence before it speaks
    text = ("This plan to weaken the Security Council has led many friends of the Security Council to ask the "
            "question: “Can the Council still act?”")
    assert speakers(text) == [None]
    text = "The members would be ready to ask their citizens, “Will you accept the new rules of the treaty?”"
    assert speakers(text) == [None]
