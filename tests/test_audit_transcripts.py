"""Transcript turns (``discourse._interviews``): in the record of a sitting (a debate, a hearing, a meeting, a press
briefing) each turn is its speaker's speech; the transcriber's own voice is the headings, the labels and the stage
directions.

Every text here is written for these tests."""

import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import find_quote_spans

HANSARD = """Facial Recognition Technology: Policing

Volume 751: debated on Tuesday 14 May 2024

Mrs Jane Roe (Bristol West) (Lab): What assessment has the Minister made of the use of live facial recognition by police forces?

The Minister for Policing (Tom Hale): Live facial recognition is a valuable tool for public safety. Every deployment is governed by clear guidance.

Mrs Roe: The Minister talks about guidance, but there is no statute. Campaigners call it mass surveillance. Will he legislate?

Tom Hale: I do not accept that characterisation. The technology is proportionate.

Hon. Members: Hear, hear!

Mr Speaker: Order. I call the shadow Minister.

Mr Kieran Osei (Sheffield Central) (Lab): Does the Minister agree that human rights must come first?

Tom Hale: Human rights are at the heart of what we do.

[Interruption.]

Mr Speaker: Order. The Minister must be heard.

Tom Hale: As I was saying, this is an efficient and innovative way to keep our streets safe."""

INTERVENTION = """Mr Jonathan Grey (Hove) (Lab): Will the Minister give way?

The Minister for Security (Laura Finn): I will give way once more.

Mr Grey: The Minister says the system is lawful, but the Court of Appeal found it was not. Will she apologise?

Laura Finn: I will not, because the judgment concerned an earlier deployment. [Interruption.] Opposition Members may shout, but the new guidance answers the court.

Mr Grey: rose—

Laura Finn: I have given way enough. This is a world-class, innovative approach."""

HEARING = """HEARING BEFORE THE SUBCOMMITTEE ON CRIME AND FEDERAL GOVERNMENT SURVEILLANCE

Mr. BIGGS. The Subcommittee will come to order. I now recognize myself for an opening statement.

Facial recognition is spreading across federal agencies with almost no oversight. This is mass surveillance by another name.

I now recognize the Ranking Member, Ms. Lee.

Ms. LEE. Thank you, Mr. Chairman. Privacy is at stake, and civil liberties must come first. I yield back.

Mr. BIGGS. Our first witness is Dr. Alan Moss, chief executive of Visage Systems.

Dr. MOSS. Thank you, Chairman Biggs. Our platform is seamless and innovative.

Ms. LEE. Dr. Moss, has your system ever misidentified a person who was then arrested?

Dr. MOSS. Not to my knowledge.

[Laughter.]

Mr. BIGGS. The gentlewoman's time has expired.

[Whereupon, at 11:42 a.m., the hearing was adjourned.]"""

COUNCIL = """CHAIR: Item four, the smart city partnership. Councillor Obi, you wanted to speak.

COUNCILLOR OBI: Thank you, Chair. This partnership is innovative and will put our city on the map.

COUNCILLOR FRY: With respect, it is a data grab. Our residents did not consent to mass surveillance.

CHAIR: Councillor Fry, please address the chair.

COUNCILLOR FRY: My apologies, Chair. I simply want a privacy assessment.

CHAIR: Thank you. We will take that as a formal request."""

BRIEFING = """Press briefing by Press Secretary Dana Whitlock

1:04 P.M. EDT

MS. WHITLOCK: Good afternoon, everyone. The President signed the order this morning. It is a world-class framework for innovative technology.

Q: Dana, civil liberties groups call the order a blueprint for mass surveillance. What is your response?

MS. WHITLOCK: I would disagree with that. The order protects privacy.

Q: Will the administration ban facial recognition by federal agencies?

MS. WHITLOCK: We are not going to get ahead of the review.

END 1:22 P.M. EDT"""

PRESS_QA = """Press conference with Mayor Tom Reyes, City Hall, 10 April 2024

Q: Mayor, how much did the control room cost?

A: Four million dollars, most of it from a state grant.

Q: Campaigners say it is mass surveillance. Are they wrong?

A: They are. It is a seamless public safety system.

Q: When does it open?

A: Next month."""

EVIDENCE = """Oral evidence: Live facial recognition, HC 1234

Witnesses: Chief Constable Mark Travis, National Police Chiefs' Council, and Silkie Carlo, Director, Big Brother Watch.

Q1 Chair: Good morning. Chief Constable, why should the public accept live facial recognition?

Mark Travis: Because it is accurate and it keeps people safe. It is a world-class, innovative capability.

Q2 Chair: Ms Carlo, do you agree?

Silkie Carlo: No. It is mass surveillance, and it is a threat to privacy.

Q3 Tim Loughton: Chief Constable, how many arrests has it produced?

Mark Travis: Around two hundred last year."""


def _turns(text, **kw):
    return [q for q in find_quote_spans(text, **kw) if q["kind"] == "speech" and q["open_mark"] == ""]


def _said(text, turns):
    return [(q["speaker"], text[q["start"]:q["end"]]) for q in turns]


def test_hansard_turns_are_each_members_speech():
    turns = _turns(HANSARD)
    said = _said(HANSARD, turns)
    # one name per person: 'Mrs Jane Roe (Bristol West) (Lab):' and 'Mrs Roe:' are Jane Roe; the office label 'The
    # Minister for Policing (Tom Hale):' is the person in its brackets, and so is the later 'Tom Hale:'
    assert [s for s, _ in said] == ["Jane Roe", "Tom Hale", "Jane Roe", "Tom Hale", "Hon. Members", "Mr Speaker",
                                    "Kieran Osei", "Tom Hale", "Mr Speaker", "Tom Hale"]
    assert said[0][1].startswith("What assessment") and said[1][1].startswith("Live facial recognition")
    assert {q["speaker_reason"] for q in turns} == {"transcript turn"} and {q["cue"] for q in turns} == {":"}
    # the heading with a colon and the stage direction between two turns are the transcriber's
    assert not any("Volume" in t or "Interruption" in t for _, t in said)
    assert said[7][1] == "Human rights are at the heart of what we do."


def test_stage_directions_inside_a_turn_and_a_member_rising_stay_the_transcribers():
    said = _said(INTERVENTION, _turns(INTERVENTION))
    assert ("Laura Finn", "I will not, because the judgment concerned an earlier deployment.") in said
    assert ("Laura Finn", "Opposition Members may shout, but the new guidance answers the court.") in said
    assert not any("Interruption" in t or t.startswith("rose") for _, t in said)
    assert [s for s, _ in said].count("Jonathan Grey") == 2


def test_congressional_record_turns_and_their_continuations():
    turns = _turns(HEARING)
    said = _said(HEARING, turns)
    assert [s for s, _ in said] == ["Biggs", "Lee", "Biggs", "Alan Moss", "Lee", "Alan Moss", "Biggs"]
    assert {q["cue"] for q in turns} == {"."}
    # the unlabelled paragraphs after 'Mr. BIGGS.' go on with his turn, up to the next label
    assert said[0][1].endswith("I now recognize the Ranking Member, Ms. Lee.") and turns[0]["n_paragraphs"] == 3
    # the heading, '[Laughter.]' and '[Whereupon, ...]' are in no turn
    assert not any("HEARING" in t or "Laughter" in t or "Whereupon" in t for _, t in said)


def test_council_meeting_with_capital_labels():
    said = _said(COUNCIL, _turns(COUNCIL))
    assert [s for s, _ in said] == ["CHAIR", "Obi", "Fry", "CHAIR", "Fry", "CHAIR"]


def test_press_briefing_questions_are_the_reporters_and_the_statement_the_secretarys():
    turns = _turns(BRIEFING)
    said = _said(BRIEFING, turns)
    # 'MS. WHITLOCK:' is the press secretary the first line names in full, her opening statement included; the
    # reporters' questions ('Q:') are speech of no one named, not the transcriber's
    assert [s for s, _ in said] == ["Dana Whitlock", None, "Dana Whitlock", None, "Dana Whitlock"]
    assert said[0][1].startswith("Good afternoon") and said[1][1].startswith("Dana, civil liberties groups")
    assert not any("END" in t for _, t in said)


def test_press_conference_answers_are_the_person_the_first_line_names():
    said = _said(PRESS_QA, _turns(PRESS_QA))
    assert said[1] == ("Tom Reyes", "Four million dollars, most of it from a state grant.")
    assert [s for s, _ in said] == [None, "Tom Reyes"] * 3


def test_committee_evidence_question_numbers_and_witness_list():
    said = _said(EVIDENCE, _turns(EVIDENCE))
    assert [s for s, _ in said] == ["Chair", "Mark Travis", "Chair", "Silkie Carlo", "Tim Loughton", "Mark Travis"]
    assert not any(t.startswith("Chief Constable Mark Travis, National") for _, t in said)


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


def test_turn_tokens_count_for_their_speaker_and_the_rest_for_the_author():
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["h", "c"], "text": [HANSARD, HEARING]}))
    tok = dc.tokenize(corpus)
    lex = dc.load_lexicon({"promotional": ["innovative", "seamless", "public safety"],
                           "rights": ["mass surveillance", "human rights", "privacy", "civil liberties"]})
    hits = dc.find_frame_terms(tok, lex, corpus=corpus)
    who = hits.groupby(["speaker", "frame"], observed=True).size().to_dict()
    # counted by hand from the texts above: Tom Hale says 'public safety' and 'innovative' and 'human rights';
    # Jane Roe 'mass surveillance'; Kieran Osei 'human rights'; Mr. BIGGS 'mass surveillance' (in the paragraph that
    # continues his turn), Ms. LEE 'privacy' and 'civil liberties', Dr. MOSS 'seamless' and 'innovative'
    assert who == {("Tom Hale", "promotional"): 2, ("Tom Hale", "rights"): 1, ("Jane Roe", "rights"): 1,
                   ("Kieran Osei", "rights"): 1, ("Biggs", "rights"): 1, ("Lee", "rights"): 2,
                   ("Alan Moss", "promotional"): 2}
    assert set(hits["voice"]) == {"quoted"}  # none of these hits is the transcriber's
    counts = dc.count_frames(tok, lex, by=["speaker"], voice="quoted")
    assert counts.loc[(counts["speaker"] == "Tom Hale") & (counts["frame"] == "promotional"), "n"].item() == 2
    # the labels, the heading and the stage directions are the author's voice; a turn's words are quoted
    author = set(tok.loc[tok["voice"] == "author", "norm"])
    assert {"interruption", "laughter", "whereupon", "volume", "bristol", "lab"} <= author
    assert tok.loc[tok["norm"] == "characterisation", "speaker"].tolist() == ["Tom Hale"]


def test_turns_without_speakers():
    turns = _turns(HANSARD, speakers=False)
    assert len(turns) == 10 and {q["speaker"] for q in turns} == {None}
