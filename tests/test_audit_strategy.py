"""Municipal smart-city strategy documents and council committee reports: a vision statement, numbered
objectives and "We will ..." commitments, consultation summaries ("Residents told us that ...", "87% of
respondents agreed that ..."), and the titles of the council's own documents. The texts are written here in the
genre's conventions; the expected voices, speakers and uses are hand labels written before the library was run."""

import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import find_quote_spans


def _reported(text: str) -> list[tuple[str, str]]:
    """(speaker, reported clause) of every reported clause of ``text``."""
    return [(r["speaker"], text[r["content_start"]:r["content_end"]])
            for r in find_quote_spans(text, reported=True) if r["kind"] == "reported"]


def _hits(texts: list[str], source: str = "Riverton City Council") -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "source": source, "text": texts})
    corpus = dc.Corpus.from_dataframe(df)
    return dc.find_frame_terms(dc.tokenize(corpus), "framing", corpus=corpus)


# ------------------------------------------------------------------ the respondents of a consultation summary
@pytest.mark.parametrize("text, speaker", [
    # hand labels: the share of respondents is a quantity before the head noun; the speakers are the respondents,
    # never a phrase that opens with the preposition "of"
    ("87% of respondents said that privacy is at risk.", "respondents"),
    ("Two thirds of respondents said that privacy is at risk.", "respondents"),
    # a determiner phrase is read whole, as before
    ("A majority of residents said that the cameras are intrusive.", "A majority of residents"),
])
def test_a_share_of_respondents_reports_without_the_preposition_as_speaker(text, speaker):
    got = _reported(text)
    assert len(got) == 1
    assert got[0][0] == speaker


# ------------------------------------------------------------------ "agreed that", "felt that": respondents' views
@pytest.mark.parametrize("text, speaker", [
    # hand labels: the consultation summary reports what the respondents agreed to or felt, not the council's view
    ("87% of respondents agreed that the council should publish how it uses camera data.", "respondents"),
    ("Most respondents agreed that the cameras are an invasion of privacy.", "Most respondents"),
    ("Many residents felt that the new cameras are an invasion of privacy.", "Many residents"),
])
def test_agreed_and_felt_that_report_the_respondents_view(text, speaker):
    got = _reported(text)
    assert [s for s, _ in got] == [speaker]


@pytest.mark.parametrize("text", [
    "The Committee agreed the budget for the smart city programme.",   # no clause: a decision on an object
    "Residents felt safe on the lit streets.",                         # "felt" of perception, no clause
    "We agree that privacy matters to every resident.",                # the writer's own view
])
def test_agreed_and_felt_without_a_that_clause_or_in_the_first_person_report_nothing(text):
    assert _reported(text) == []


def test_a_rights_word_that_respondents_agreed_to_is_theirs_not_the_councils():
    hits = _hits(["Most respondents agreed that the cameras are an invasion of privacy.",
                  "We agree that privacy matters to every resident."])
    got = list(zip(hits["doc_id"], hits["matched"], hits["voice"], hits["use"], strict=True))
    assert ("d0", "privacy", "reported", "reported") in got
    assert ("d1", "privacy", "author", "evaluative") in got

