"""Comment clauses: a reporting clause set inside or after the sentence it reports, without quotation marks.

"The cameras, police say, have cut street crime by a third." gives the police's claim, not the writer's: a reporting
clause in medial position (between commas or dashes) or in final position after a comma reports the rest of its
sentence (Quirk et al. 1985, 15.53-15.55 on comment clauses; 16.64 on reporting clauses in medial and final position).
The content is the sentence without the comment clause, the speaker the clause's subject. A parenthetical that is no
reporting clause ("however", "in my view"), one with a first-person subject ("I think", "we believe") and one whose
subject is the document's own source stay the writer's own. The sentences are written for these tests in the style of
news reports, book reviews and UN General Debate speeches.
"""

import pytest

from discourse.quotes import find_quote_spans


def _reported(text, **kw):
    """(speaker, content) of each reported clause of ``text``, in order."""
    return [(q["speaker"], text[q["content_start"]:q["content_end"]])
            for q in find_quote_spans(text, reported=True, **kw) if q["kind"] == "reported"]


@pytest.mark.parametrize("text, speaker, content", [
    # "police" is a plural noun of persons without -s (Quirk et al. 1985, 5.78-5.79), the commonest source of wire copy
    ("The network has cut street crime, police said.", "police", "The network has cut street crime"),
    ("Local police said the network has cut street crime.", "Local police", "the network has cut street crime"),
])
def test_police_speak_as_a_plural(text, speaker, content):
    assert _reported(text) == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "The cameras, which officials say work, are everywhere in the city.",
    "The cameras, which police say work, are everywhere in the city.",
])
def test_relative_clause_subject_reports_nothing(text):
    # a relative pronoun opens no subject of a reporting verb (Quirk et al. 1985, 17.9): "work, are everywhere" had
    # been the officials' reported words
    assert _reported(text) == []
