"""Speaker attribution of reporting constructions in narrative and review prose (discourse.quotes).

The texts are written for this file; none is copied from a labelled text. Each test names the rule of grammar
it covers and asserts the speaker a reader gives the quotation, or no speaker where the grammar names none.
"""

from __future__ import annotations

from discourse.quotes import find_quote_spans


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker) of every quotation, in order."""
    return [(q["kind"], q["speaker"]) for q in find_quote_spans(text)]


def test_one_word_second_part_of_an_interrupted_quotation_is_speech():
    # A reporting clause set between two parts of one utterance (Quirk et al. 1985, 14.29) attributes both
    # parts; a one-word second part had been read as a mention with no speaker.
    assert quotes("“Please”, Ruth Okafor said, “please”.") == [("speech", "Ruth Okafor"), ("speech", "Ruth Okafor")]
    assert quotes("Ruth Okafor came in. “Sit down”, she said, “now”.") == [
        ("speech", "Ruth Okafor"), ("speech", "Ruth Okafor")]
    # a quoted word in the writer's own sentence, with no reporting clause between, stays a mention
    assert quotes("He used the word “please” twice.") == [("mention", None)]


def test_subject_of_a_passive_verb_of_telling_is_the_hearer():
    # 'was told', 'was asked' in the passive make the hearer the subject (Quirk et al. 1985, 16.55 and 3.65):
    # the subject never speaks the quotation; the by-agent does where the clause names one
    assert quotes("Ruth Okafor was asked: “Where were you on Monday?”") == [("speech", None)]
    assert quotes("Ruth Okafor was informed: “Your loan is approved.”") == [("speech", None)]
    assert quotes("Ruth Okafor was told by a clerk that “The money has been sent.”") == [("speech", "a clerk")]
    # the active verb keeps its subject as the speaker
    assert quotes("Ruth Okafor told the clerk: “Your loan is approved.”") == [("speech", "Ruth Okafor")]
