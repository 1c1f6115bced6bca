"""Turns of interviews and press briefings (``discourse._interviews``): every turn of the interviewee is theirs, and the
publisher's own labels are no speakers.

Every text here is written for these tests."""

import pytest

from discourse.quotes import find_quote_spans


def _turns(text, **kw):
    return [q for q in find_quote_spans(text, **kw) if q["kind"] == "speech" and q["open_mark"] == ""]


def _said(text, turns):
    return [(q["speaker"], text[q["start"]:q["end"]]) for q in turns]


LIVEBLOG = """Live: Parliament votes on the policing bill

Update: MPs are now voting on the amendment on facial recognition.

Related: What is live facial recognition?

Update: The amendment has been defeated by 312 votes to 250.

Related: Who voted how?

Update: The minister says the bill will make streets safer.

Read more: Campaigners vow to fight on"""

REVIEW = """The best doorbell cameras of 2024

Ring Pro: The most polished app, but a subscription is needed.

Price: $249

Pros: Sharp video, easy setup.

Cons: Subscription, privacy worries.

Nest Doorbell: Smart alerts that really work.

Price: $179

Pros: Seamless integration.

Cons: No local storage.

Eufy Dual: The budget pick. Is it good enough?

Price: $129

Pros: Local storage.

Cons: Past security lapses."""

GLOSSARY = """A glossary of surveillance

Smart city: a city that uses data to manage services.

Safe city: a vendor's package of cameras and a control room.

Mass surveillance: the monitoring of a whole population.

Smart city: see above."""

SCHEDULE = """Council week ahead

Monday: The planning committee meets. Will it approve the cameras?

Tuesday: Cabinet discusses the budget.

Monday: The planning committee meets again in the evening.

Tuesday: Full council."""

TWO_PARTY = """REPORTER: Critics say the new cameras amount to mass surveillance. Are they right?

SPOKESPERSON: No. The system is proportionate, lawful and seamless.

REPORTER: How long will footage be kept?

SPOKESPERSON: Thirty-one days."""


STATEMENT = """Westfield switches on its camera network

By Sam Jordan

Police Commissioner Ellen Marsh spoke to reporters at headquarters on Monday.

COMMISSIONER MARSH: Thank you for coming. Today we are switching on an innovative network that will make Westfield safer.

QUESTION: Commissioner, critics call this mass surveillance. How do you respond?

COMMISSIONER MARSH: I respect their views, but this is about public safety.

QUESTION: Will facial recognition be used?

COMMISSIONER MARSH: Not at this stage."""


def test_every_turn_of_an_interviewee_is_theirs_under_the_name_the_text_gives():
    turns = _turns(STATEMENT)
    said = _said(STATEMENT, turns)
    # the opening statement answers no question but is the commissioner's as much as her answers (it was the
    # author's voice); 'COMMISSIONER MARSH' is Ellen Marsh, as the text names her (it was 'MARSH')
    assert said == [("Ellen Marsh", "Thank you for coming. Today we are switching on an innovative network that will "
                                    "make Westfield safer."),
                    ("Ellen Marsh", "I respect their views, but this is about public safety."),
                    ("Ellen Marsh", "Not at this stage.")]
    assert {q["speaker_reason"] for q in turns} == {"interview turn"}  # two speakers, no sitting: an interview


@pytest.mark.parametrize("text", [LIVEBLOG, REVIEW, GLOSSARY, SCHEDULE])
def test_the_publishers_labels_are_no_turns(text):
    # a live blog's 'Update:' after a 'Related:' question, a review's 'Price:'/'Pros:'/'Cons:', a glossary, the days
    # of a schedule: no one speaks ('Update:' was taken for an interviewee answering 'Related:')
    assert _turns(text) == []


def test_two_speakers_without_titles_stay_an_interview():
    # a reporter and a spokesperson with no record's form and no first line of a sitting: an interview, whose
    # questions are the publisher's
    said = _said(TWO_PARTY, _turns(TWO_PARTY))
    assert [s for s, _ in said] == ["SPOKESPERSON", "SPOKESPERSON"]
    assert {q["speaker_reason"] for q in _turns(TWO_PARTY)} == {"interview turn"}
