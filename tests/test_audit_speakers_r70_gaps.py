"""Stop 70: constructions of ordinary prose that earlier stops found and left without their speaker.

The sentences are made up for this file; none is copied from the labelled development texts.
"""

from __future__ import annotations

from discourse.quotes import find_quote_spans


def speech(text: str) -> list[tuple[str | None, str]]:
    """(speaker, first words) of every speech quotation, in order."""
    return [(q["speaker"], text[q["content_start"]:q["content_end"]].strip()[:20])
            for q in find_quote_spans(text) if q["kind"] == "speech"]


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(q["kind"], q["speaker"]) for q in find_quote_spans(text)]


# 1. a verb of telling with its hearer, then a comma and the quotation

def test_informed_with_its_hearer_and_a_comma_is_the_subjects_speech():
    assert speech("Paul Kim informed the committee, “The budget will not pass this year.”") == [
        ("Paul Kim", "The budget will not ")]
    assert speech("Dana Ruiz informed the board on Monday, “We are closing the depot.”") == [
        ("Dana Ruiz", "We are closing the d")]


def test_informed_as_an_adjective_is_no_cue():
    # 'an informed public' is no verb of telling: the quotation keeps no speaker
    text = "An informed public, “the best defence of all”, is rare in the valley."
    assert all(q["speaker"] is None for q in find_quote_spans(text))


# 2. a quotation whose closing mark is missing, before another named speaker's paragraph

def test_missing_closing_mark_before_another_speakers_paragraph():
    text = ("Ann Roe said, “We will build the bridge next spring.\n\n"
            "“We have no money for the bridge,” Tom Lee replied.")
    assert speech(text) == [("Ann Roe", "We will build the br"), ("Tom Lee", "We have no money for")]
    first = find_quote_spans(text)[0]
    assert first["n_paragraphs"] == 1 and first["anomaly"] is not None  # the missing mark stays auditable


def test_a_continued_quotation_of_the_same_speaker_stays_one():
    # the same name (or a pronoun) after the second paragraph: the convention of a quotation of two paragraphs
    for tail in ("Roe added.", "she added."):
        text = ("Ann Roe said, “We will build the bridge next spring.\n\n"
                f"“We have no money for the bridge,” {tail}")
        qs = find_quote_spans(text)
        assert len(qs) == 1 and qs[0]["n_paragraphs"] == 2 and qs[0]["speaker"] == "Ann Roe"


# 3. the perfect and pluperfect of 'write' with a pronoun subject

def test_pronoun_has_written_resolves_as_he_wrote():
    assert speech("Tom Lee is a critic. He has written that “the plan is a failure of nerve.”") == [
        ("Tom Lee", "the plan is a failur")]
    assert speech("Ann Roe is a critic. In 1990, she had written: “the plan is a failure of nerve.”") == [
        ("Ann Roe", "the plan is a failur")]


def test_written_in_a_relative_clause_with_a_pronoun_is_no_cue():
    # 'the letter he has written' is a relative clause: the pronoun is no reporting clause's subject here
    text = "Tom Lee is a critic. The letter he has written, “the plan is a failure”, is long."
    assert kinds(text) == [("mention", None)]


# 4. a participle clause of saying set off after the subject

def test_participle_of_saying_after_the_subject_is_its_speech():
    text = "The senator, declaring that “this bill is a disgrace to the house”, left the room."
    assert speech(text) == [("The senator", "this bill is a disgr")]
    text = "Senator Ann Roe, declaring that “this bill is a disgrace to the house”, was escorted out."
    assert speech(text) == [("Ann Roe", "this bill is a disgr")]


def test_participle_clause_without_a_verb_after_it_or_of_hearing_is_left_alone():
    # a dangling participle (another subject after the comma) and a verb of hearing: no speaker
    assert kinds("The senator, declaring that “this bill is a disgrace to the house”, the crowd cheered.") == [
        ("mention", None)]
    assert kinds("The senator, hearing that “this bill is a disgrace to the house”, left the room.") == [
        ("mention", None)]


# 5. a part of a document with its owner as subject

def test_a_document_part_of_a_named_owner_is_the_owners():
    assert speech("The Commission’s Introduction continues: “Member states must act now.”") == [
        ("The Commission", "Member states must a")]
    assert speech("Ann Roe’s Preface says: “This book is for my mother.”") == [("Ann Roe", "This book is for my ")]


def test_a_document_part_with_no_owner_keeps_its_title():
    # no owner named: the title as written, as before (the labels leave titles alone without a speaker)
    assert speech("The Introduction continues: “Member states must act now.”") == [
        ("Introduction", "Member states must a")]


# 6. a passive participle of saying with its agent and a time adjunct

def test_voiced_by_with_a_time_adjunct_keeps_the_agent():
    assert speech("The idea voiced by Tom Lee in 1990 that “cities should be smart” spread quickly.") == [
        ("Tom Lee", "cities should be sma")]
    assert speech("The idea, voiced by Tom Lee in 1990, that “cities should be smart” spread quickly.") == [
        ("Tom Lee", "cities should be sma")]


def test_voiced_by_then_another_clause_is_not_the_agents():
    # a comma and a new clause with its own subject after the agent: that subject speaks
    assert speech("The idea voiced by Tom Lee in 1990, and Ann Roe said: “Cities are watching us.”") == [
        ("Ann Roe", "Cities are watching ")]
    # the participle clause between commas, then a finite verb: not read (the quotation is a complement of 'was')
    assert kinds("The idea, voiced by Tom Lee in 1990, was that “cities should be smart”.") == [("mention", None)]
