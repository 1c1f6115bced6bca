"""Speaker attribution in essays, criticism and learned prose: the writer quoted at length, the work cited.

The texts are made up for this file; none is copied from the labelled development texts.
"""

from __future__ import annotations

from discourse.quotes import find_quote_spans


def spans(text: str) -> list[dict]:
    return find_quote_spans(text, reported=True)


def speech(text: str) -> list[tuple[str | None, str]]:
    """(speaker, first words) of every speech quotation, in order."""
    return [(q["speaker"], text[q["content_start"]:q["content_end"]].strip()[:20])
            for q in spans(text) if q["kind"] == "speech"]


def test_block_quotation_opened_before_its_paragraph_keeps_a_quoted_word_inside():
    # 'He begins: “' ends its paragraph: the quotation cannot be empty, so its words are the paragraphs after it,
    # up to the closing mark at depth 0; a word quoted inside the block ("warm") is a quotation inside it
    # (Chicago Manual of Style 13.28: quotations within quotations), not the block's closing mark
    text = ("Mr. Hale wrote a short book on the harbor. Mr. Hale continues: “\n\n"
            "The harbor was once full. Now it is empty.\n\n"
            "The ships went south to the “warm” sea. Nobody came back”.\n\n"
            "Mr. Hale is right.")
    qs = spans(text)
    block = qs[0]
    assert block["kind"] == "speech" and block["speaker"] == "Hale"
    assert block["anomaly"] is None and block["n_paragraphs"] == 3
    assert text[block["end"] - 1] == "”" and text[block["end"]:block["end"] + 1] == "."
    inner = qs[1]
    assert text[inner["content_start"]:inner["content_end"]] == "warm" and inner["parent_id"] == block["quote_id"]
    # the same in one paragraph after the opening one
    text = "Ms. Ortiz ends her essay. She writes: “\n\nThe sea is “cold” in May.”\n\nMs. Ortiz was right."
    assert speech(text) == [("Ortiz", "The sea is “cold” in")]


def test_opening_mark_inside_a_paragraph_is_still_closed_at_its_paragraph_end():
    # a stray opening mark in running prose is no block: the next paragraph's pair stays its own quotation
    text = "He spoke of “the harbor and left.\n\nThe “warm” sea was calm”.\n\nNobody came."
    qs = spans(text)
    assert qs[0]["anomaly"] is not None and qs[0]["end"] <= text.index("\n\n")


def test_agent_of_a_participle_after_a_noun_is_the_speaker():
    # 'the assumption stated by X that': a reduced relative in the passive postmodifies the noun, and its by-phrase
    # is the agent, the one who states (Quirk et al. 1985, 17.29-17.32 and 3.63-3.70); the noun is no subject
    text = "This resembles the assumption stated by Ortiz that “small harbors are more fragile than large ones”."
    assert speech(text) == [("Ortiz", "small harbors are mo")]
    text = "We hold to the view put forward by Mary Ortiz that “no harbor is safe from the sea”."
    assert speech(text) == [("Mary Ortiz", "no harbor is safe fr")]
    # the occasion after the agent is no part of the speaker
    text = "Let us follow the rule expressed by Tom Wells in his last book: “Build nothing you cannot mend.”"
    assert speech(text) == [("Tom Wells", "Build nothing you ca")]


def test_by_phrase_of_instrument_or_of_another_clause_is_no_agent():
    # 'stated by letter' is the active verb with a by-phrase of means: the subject speaks
    text = "The minister stated by letter that “no harbor is safe from the sea”."
    assert speech(text) == [("The minister", "no harbor is safe fr")]
    # a new clause after the agent ('..., and Mary Ortiz said:') has its own subject
    text = "The view expressed by Tom Wells was rejected, and Mary Ortiz said: “No harbor is safe from the sea.”"
    assert speech(text) == [("Mary Ortiz", "No harbor is safe fr")]


def test_perfect_of_write_is_a_reporting_verb():
    # 'written' is the participle of the irregular 'write' (Quirk et al. 1985, 3.11-3.17): the perfect reports as
    # the past does ('wrote that', 'has argued that' were read; 'has written that' was not)
    text = ("Tom Hale has written that “good will of the victim acts like the lack of opposition. "
            "He suddenly loses the support”.")
    assert speech(text) == [("Tom Hale", "good will of the vic")]
    assert speech("Tom Hale had written that “the harbor was full”.") == [("Tom Hale", "the harbor was full")]
    assert speech("Tom Hale has written, “The harbor was full.”") == [("Tom Hale", "The harbor was full.")]


def test_written_as_a_modifier_makes_no_speech():
    # the participle as an adjective or in a reduced relative has no subject that speaks
    assert speech("In a written “apology” the firm admitted nothing.") == []
    assert speech("The letter, written in 1990, called the plan “a disaster for the poorest families”.") == []
