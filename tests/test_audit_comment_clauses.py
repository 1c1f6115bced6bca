"""Comment clauses: a reporting clause set inside or after the sentence it reports, without quotation marks.

"The cameras, police say, have cut street crime by a third." gives the police's claim, not the writer's: a reporting
clause in medial position (between commas or dashes) or in final position after a comma reports the rest of its
sentence (Quirk et al. 1985, 15.53-15.55 on comment clauses; 16.64 on reporting clauses in medial and final position).
The content is the sentence without the comment clause, the speaker the clause's subject. A parenthetical that is no
reporting clause ("however", "in my view"), one with a first-person subject ("I think", "we believe") and one whose
subject is the document's own source stay the writer's own. The sentences are written for these tests in the style of
news reports, book reviews and UN General Debate speeches.
"""

import pandas as pd
import pytest

import discourse as dc
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


@pytest.mark.parametrize("text, speaker, before, after", [
    # news: a medial comment clause between commas; the content is both parts of the sentence around it
    ("The cameras, police say, have cut street crime by a third.", "police", "The cameras",
     "have cut street crime by a third"),
    # a review: the reviewed author's thesis
    ("The social credit system, Strittmatter insists, is a seamless instrument of control.", "Strittmatter",
     "The social credit system", "is a seamless instrument of control"),
    # a UN speech: another speaker quoted without quotation marks, with an auxiliary before the verb
    ("Development, the Secretary-General has said, is the new name for peace.", "the Secretary-General",
     "Development", "is the new name for peace"),
    # between dashes (an em dash and the typewriter's double hyphen)
    ("Mass surveillance — critics argue — is the real goal.", "critics", "Mass surveillance", "is the real goal"),
    ("Mass surveillance -- critics argue -- is the real goal.", "critics", "Mass surveillance", "is the real goal"),
    # with inversion of the reporting clause (Quirk et al. 1985, 14.29-14.30): the example of discourse.quotes' notes
    ("The strain, says Dr. Norman Jolliffe, can be eased by a better diet.", "Norman Jolliffe", "The strain",
     "can be eased by a better diet"),
    # after an initial adverbial of the reported clause (README: the stance rule reads the same clause)
    ("To make policing efficient, the vendor says, cities need more cameras.", "the vendor",
     "To make policing efficient", "cities need more cameras"),
])
def test_medial_comment_clause_reports_the_rest_of_its_sentence(text, speaker, before, after):
    assert _reported(text) == [(speaker, before), (speaker, after)]


def test_final_comment_clause_reports_the_clause_before_it():
    # (already read before this rule: kept)
    assert _reported("The network keeps the city safe, officials say.") == [
        ("officials", "The network keeps the city safe")]


@pytest.mark.parametrize("text", [
    "The cameras, however, work well in the rain.",          # a conjunct, no reporting clause
    "The plan, in my view, fails the residents.",           # the writer's own view
    "The city, I think, is safe for everyone.",             # first person: a hedge on the writer's claim, 15.54
    "The city, we believe, is safe for everyone.",
    "The city, my delegation believes, is safe for everyone.",  # the delegate's 'we'
    "Terrorism, as the Secretary-General has said, knows no borders.",  # an as-clause: the writer endorses it
    "The cameras, it is claimed, have cut street crime.",   # a passive names no speaker
])
def test_parentheticals_that_report_no_one_stay_the_writers(text):
    assert _reported(text) == []


def test_direct_speech_around_the_clause_is_no_reported_clause():
    text = "“The system,” he said, “is seamless and innovative.”"
    assert all(q["kind"] == "speech" for q in find_quote_spans(text, reported=True))
    # a reporting clause that introduces a quotation after its comma: the words before it are the writer's
    text = "On Monday, the mayor said, “The cameras work.”"
    assert [q["kind"] for q in find_quote_spans(text, reported=True)] == ["speech"]


def test_own_source_is_no_reported_speaker():
    text = "The network, Acme says, keeps the city safe and secure."
    assert _reported(text, source_names=["Acme"]) == []
    assert _reported(text) == [("Acme", "The network"), ("Acme", "keeps the city safe and secure")]


def test_token_voice_and_speaker():
    corpus = dc.load_corpus(pd.DataFrame({
        "doc_id": ["a"], "source": ["Daily"],
        "text": ["The cameras, police say, have cut street crime by a third. The city is calm."]}))
    tok = dc.tokenize(corpus)
    voice = dict(zip(tok["token"], tok["voice"], strict=False))
    assert voice["cameras"] == voice["cut"] == "reported"
    assert voice["police"] == voice["say"] == voice["calm"] == "author"
    assert set(tok.loc[tok["voice"] == "reported", "speaker"]) == {"police"}


@pytest.mark.parametrize("text, expected", [
    # a coordinated clause after the reporting clause is its own: only the clause before is reported
    ("The conversion is not yet completed, he said, and added that the staff was trained.",
     [(None, "The conversion is not yet completed")]),
    # a semicolon bounds the clause the comment clause belongs to
    ("He took seeds of some flowers; but pansy seeds, she told me, soon run down in the garden.",
     [(None, "but pansy seeds"), (None, "soon run down in the garden")]),
    # a comma before and a dash after are no pair: the dash opens an aside before the verb's own that-clause
    ("In a statement, Vladimir Putin declared — on the basis of fantasies — that Ukraine is no nation.", []),
    # the verb's own that-clause after an adjunct: no comment clause, the words before are the writer's
    ("In putting forward this proposal, the Government added, as part of it, that all troops should leave.", []),
    # a conjunction alone before the clause is no reported word
    ("But, added Mr. Byrnes, it is better that the world should witness clashes of ideas.",
     [("Byrnes", "it is better that the world should witness clashes of ideas")]),
    # a comment clause inside a relative clause reports the relative clause only
    ("The director backed the higher fees, which, he said, had been under study for a year.",
     [(None, "which"), (None, "had been under study for a year")]),
    # the subject's relative clause after the comma: nothing reported
    ("It looks foolish (too simple to come in out of the rain, people say, who have found it an impediment).", []),
    # a clause that is the complement of "be": the words before "that" are the writer's (Schmid 2000, N-be-that)
    ("The third lie is that the aggression, Russia claims, is a special operation.",
     [("Russia", "the aggression"), ("Russia", "is a special operation")]),
])
def test_scope_of_a_comment_clause(text, expected):
    assert _reported(text) == expected
