"""Science news: stories rewritten from university press releases about facial recognition and predictive policing,
in which studies, papers and their authors speak, and the press releases themselves.

Every text is written for this file in the genre's conventions; the voices, speakers and uses the tests expect were
labelled by hand, as a reader of the text would label them, before the library was run on it.
"""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc


def tokens_of(text: str) -> pd.DataFrame:
    return dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]})))


def voices(text: str, words: str) -> set[tuple[str, object]]:
    """The (voice, speaker) pairs of the word tokens of ``words`` (a run of words of ``text``)."""
    tokens = tokens_of(text)
    start = text.index(words)
    inside = tokens[(tokens["start"] >= start) & (tokens["end"] <= start + len(words)) & ~tokens["is_punct"]]
    return {(v, s if isinstance(s, str) else None) for v, s in zip(inside["voice"], inside["speaker"], strict=True)}


@pytest.mark.parametrize("text", [
    '"Our results suggest that these tools can create a feedback loop," said Professor Tom Reed, who led the '
    'research.',
    '"Police say that bias grows in the data," said Tom Reed, who led the research.',
])
def test_a_reported_clause_inside_a_quotation_ends_with_it(text):
    # the reporting frame after the closing mark ('said Professor Tom Reed, who led the research') is the writer's
    # (Quirk et al. 1985, 14.29-14.31: the reporting clause stands outside the direct speech it reports); a clause
    # reported by a verb inside the quotation is part of the quoted words and ends at the closing mark. It had run on
    # over the mark, so the frame was 'reported' with the speaker 'Our results' / 'Police'
    frame = text[text.index("said"):].rstrip(".")
    assert voices(text, frame) == {("author", None)}
    rows = [r for r in dc.find_quote_spans(text, reported=True) if r["kind"] == "reported"]
    assert all(r["end"] <= text.index('," said') + 2 for r in rows), rows
    quoted = text[1:text.index(',"')]
    assert voices(text, quoted) == {("quoted", "Tom Reed")}


@pytest.mark.parametrize("text, clause, speaker", [
    ("A study published in Nature Human Behaviour found that commercial facial recognition systems misidentify "
     "darker-skinned women far more often than lighter-skinned men.",
     "commercial facial recognition systems misidentify darker-skinned women", "A study published in Nature Human "
     "Behaviour"),
    ("The researchers found that areas flagged by the software were patrolled more heavily, which is associated "
     "with more recorded crime.", "areas flagged by the software were patrolled more heavily", "The researchers"),
    ("Facial recognition algorithms falsely identified Black faces far more often than white faces, a federal "
     "study released Thursday found.", "Facial recognition algorithms falsely identified Black faces",
     "a federal study released Thursday"),
    ("The review concluded that predictive policing may amount to mass surveillance.",
     "predictive policing may amount to mass surveillance", "The review"),
])
def test_what_a_study_found_is_reported(text, clause, speaker):
    # "find" and "conclude" with a that-clause are the reporting verbs of research findings (Hyland 2002, "Activity
    # and evaluation: reporting practices in academic writing": the non-factive research-act verbs, with which the
    # writer attributes a result without committing to it; Thompson & Ye 1991, "Evaluation in the reporting verbs
    # used in academic papers"). The clause is the study's, not the journalist's: "misidentify" and "mass
    # surveillance" had been the writer's own rights framing, voice 'author', use 'evaluative'
    got = voices(text, clause)
    assert {v for v, _ in got} == {"reported"}, got
    assert len({s for _, s in got}) == 1 and next(iter(got))[1].lower().startswith(speaker.lower().split()[0]), got
    hits = dc.find_frame_terms(tokens_of(text))
    rights = hits[hits["frame"] == "rights"]
    assert (rights["use"] == "reported").all() and (rights["voice"] == "reported").all(), rights


@pytest.mark.parametrize("text", [
    "We found that the cameras were switched off at night.",
    "The team found the cameras in a storeroom.",
    "Joy Buolamwini, who founded the Algorithmic Justice League, spoke first.",
])
def test_find_reports_only_others_and_only_with_a_clause(text):
    # the first person states the writer's own finding (Thompson 1994, ch. 2: self-attribution), "found the
    # cameras" is a discovery of a thing, not of a proposition, and "founded" is another verb
    assert {v for v, _ in voices(text, text.rstrip("."))} == {"author"}


RELEASE = """EMBARGOED UNTIL 00:01 GMT TUESDAY 14 MAY 2024

Predictive policing tools may reinforce bias, Cambridge study suggests

Predictive policing software used by UK forces may reinforce racial bias, according to new research from the \
University of Cambridge.

The researchers found that areas flagged by the software were patrolled more heavily.

"Our results suggest that these tools can create a feedback loop," said Professor Tom Reed, who led the research.

ENDS

Notes to editors

The paper "Feedback loops in predictive policing" is published in Nature Human Behaviour.

The University of Cambridge is one of the world's leading universities, with a reputation for excellence and \
innovation.

Media contact: Anna Lee, Communications Office, press@cam.ac.uk
"""


def test_a_university_release_sets_aside_its_embargo_line_end_mark_and_notes_to_editors():
    # a press release's status line ("EMBARGOED UNTIL ...", "FOR IMMEDIATE RELEASE") says when it may be published,
    # and "ENDS" (the British end mark, as "###" and "-30-" are the American) closes the release: what follows it,
    # the "Notes to editors" and the media contact, is for the journalist, not for print (PRCA/CIPR release layout;
    # AP Stylebook, 'news release'). The university's standing description had been its promotional hit
    # ("innovation", the author's voice), the embargo line the document's title, and "MAY" a speaker
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["r"], "text": [RELEASE]}))
    aside = corpus.set_aside
    rules = dict(zip(aside["rule"], aside["text"], strict=True))
    assert rules["release-status"].startswith("EMBARGOED UNTIL")
    assert rules["end-mark"].strip() == "ENDS"
    assert rules["release-notes"].startswith("Notes to editors") and "innovation" in rules["release-notes"]
    assert corpus.documents["title"].iloc[0] == "Predictive policing tools may reinforce bias, Cambridge study suggests"
    tokens = dc.tokenize(corpus)
    assert not set(tokens["norm"]) & {"embargoed", "gmt", "ends", "innovation", "editors"}
    hits = dc.find_frame_terms(tokens)
    assert "promotional" not in set(hits["frame"])
    assert "MAY" not in set(tokens["speaker"].dropna())


@pytest.mark.parametrize("line", [
    "EMBARGOED UNTIL 00:01 GMT TUESDAY 14 MAY 2024",
    "Embargoed until 16:00 BST, Wednesday 3 June 2024",
    "UNDER STRICT EMBARGO UNTIL 1600 HRS (LONDON TIME) WEDNESDAY 5 JUNE 2024",
    "EMBARGO: 10:00 ET, Monday, March 4, 2024",
    "FOR IMMEDIATE RELEASE",
])
def test_a_release_status_line_is_set_aside(line):
    text = f"{line}\n\nCity trial of live facial recognition ends early\n\nThe council said the trial had ended early."
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["r"], "text": [text]}))
    assert list(corpus.set_aside["text"]) == [line]
    assert corpus.documents["title"].iloc[0] == "City trial of live facial recognition ends early"


@pytest.mark.parametrize("text", [
    "Embargo on Huawei equipment lifted\n\nThe government lifted the embargo on Monday.",
    "Notes to editors are rarely read.\n\nThe trial ends in May.\n\nENDS with a whimper, the critics said.",
])
def test_an_embargo_in_the_news_and_a_word_ends_stay(text):
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["r"], "text": [text]}))
    assert corpus.set_aside.empty, corpus.set_aside


@pytest.mark.parametrize("text, speaker", [
    ("The City Council approved the cameras in March.\n\nA study published in Nature found that the cameras "
     "misidentify women far more often than men.", "A study published in Nature"),
    ("Police facial recognition tools are biased, federal study says\n\nFacial recognition algorithms falsely "
     "identified Black faces more often, a federal study released Thursday found.", "a federal study"),
    ("The City Council approved the cameras in March.\n\nA new paper found that the cameras misidentify women "
     "far more often than men.", "A new paper"),
])
def test_a_new_study_is_not_the_organisation_named_before(text, speaker):
    # an indefinite noun phrase introduces a new referent, which the text has not named before (Quirk et al. 1985,
    # 5.26-5.28 on the indefinite article; Prince 1981 on brand-new entities): "A study published in Nature" is no
    # document of the council the story named before, as "a press release" of the organisation in focus may be. The
    # council, the headline's "Police" and the embargo line's "MAY" had been the study's author
    rows = [r for r in dc.find_quote_spans(text, reported=True) if r["kind"] == "reported" and r["cue"] == "found"]
    assert len(rows) == 1 and rows[0]["speaker"].startswith(speaker), rows


def test_the_study_later_is_the_study_introduced():
    # the definite description that takes up a document is that document (the anaphoric "the", Quirk et al. 1985,
    # 5.30): one speaker for the study throughout, the label a frame balance by speaker groups its hits under
    text = ("EMBARGOED UNTIL 00:01 GMT TUESDAY 14 MAY 2024\n\nA study published in Nature Human Behaviour found that "
            "commercial facial recognition systems misidentify darker-skinned women.\n\nThe paper argues that police "
            "use of the technology amounts to mass surveillance.\n\nAccording to the study, error rates were highest "
            "in low light.")
    rows = [r for r in dc.find_quote_spans(text, reported=True) if r["kind"] == "reported"]
    assert [r["speaker"] for r in rows] == ["A study published in Nature Human Behaviour"] * 3, rows
    assert {s for _, s in voices(text, "police use of the technology amounts to mass surveillance")} == {
        "A study published in Nature Human Behaviour"}


def test_the_writers_own_report_or_research_with_our_is_no_reported_source():
    # "Our new report finds that ..." is the writer's self-mention through their own text, as "This report finds that"
    # and "We found that" are (Hyland 2001 on self-mention): a rights group's own finding on its own page is its own
    # claim, not another's reported; "Their new report" and "our critics" are others
    from discourse.quotes import find_quote_spans
    own = ["Our new report finds that facial recognition enables mass surveillance in the city.",
           "Our research found that the cameras violate the privacy of residents.",
           "My investigation concluded that the data had been shared."]
    for text in own:
        assert [q for q in find_quote_spans(text, reported=True) if q["kind"] == "reported"] == [], text
    other = {"Their new report finds that facial recognition enables mass surveillance in the city.": "Their new report",
             "Our critics found that the cameras violate the privacy of residents.": "Our critics"}
    for text, who in other.items():
        assert [q["speaker"] for q in find_quote_spans(text, reported=True) if q["kind"] == "reported"] == [who], text
