"""A quotation inside a fronted participle clause of saying is the speech of the main clause's subject.

The participle clause has no subject of its own; its implied subject is the subject of the main clause after its
comma (Quirk et al. 1985, 15.59). Not with a passive main clause or an expletive subject, and not where the
participle is no verb of saying. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from discourse.quotes import find_quote_spans


def _speech(text: str) -> list[dict]:
    return [q for q in find_quote_spans(text) if q["kind"] in ("speech", "mention")]


def _one(text: str) -> dict:
    found = _speech(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("Observing that “the pottery is older than anyone thought”, Hough catalogued the finds.", "Hough", "Observing"),
    ("After declaring that the plan was “a disgrace”, the senator left.", "the senator", "declaring"),
    ("Stressing that “peace is indivisible”, the Minister of Foreign Affairs of Peru called for talks.",
     "Minister of Foreign Affairs of Peru", "Stressing"),
    ("Declaring that “the war must end”, President Kim Lowell addressed the nation.", "Kim Lowell", "Declaring"),
    ("But warning that “nothing is settled yet”, Ana Ruiz, the union's leader, signed the deal.", "Ana Ruiz",
     "warning"),
])
def test_the_main_clause_subject_speaks(text, speaker, cue):
    q = _one(text)
    assert (q["kind"], q["speaker"], q["cue"]) == ("speech", speaker, cue)


def test_a_pronoun_subject_is_resolved_as_pronouns_are():
    text = ("Jane Roe is the mayor of Riverton. Having told reporters that “the system is broken beyond repair”, "
            "she resigned.")
    q = _one(text)
    assert (q["kind"], q["speaker"], q["cue"]) == ("speech", "Jane Roe", "told")


def test_having_is_no_name():
    # 'Having' opens the non-finite clause: it had been a person, the speaker, and the antecedent of 'she'
    q = _one("Having told reporters that “the system is broken beyond repair”, she resigned.")
    assert q["speaker"] is None
    assert q["speaker_reason"] == "unresolved pronoun 'she'"


@pytest.mark.parametrize("text", [
    # a passive main clause: its subject is not the one who declared (a dangling participle)
    "After declaring that the plan was “a disgrace and a waste”, the senator was escorted out.",
    # expletive subjects name no one
    "Noting that “the cameras are a threat to privacy”, it was found that nothing had changed.",
    "Noting that “the cameras are a threat to privacy”, there is now a call for a moratorium.",
    # no verb of saying: a term used, a mention
    "Using the term “smart city”, the vendor sells cameras to towns.",
    # words said to the subject, not by it
    "Quoting the phrase “safe city”, the vendor sells cameras to towns.",
])
def test_no_speaker_from_a_clause_that_cannot_give_one(text):
    q = _one(text)
    assert q["speaker"] is None, q


def test_the_speaker_of_a_colon_after_the_participle_clause_is_unchanged():
    q = _one("Asked whether the cameras worked, the chief said: “They work perfectly well.”")
    assert (q["speaker"], q["cue"]) == ("the chief", "said")
