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


# ------------------------------------------------------------------ a KPI table: each row is a unit of its own
KPI_PIPES = """Table 2: Key performance indicators

KPI | Baseline 2023 | Target 2030
Residents who say that council services are easy to use | 40% | 60%
Privacy complaints resolved within 20 days | 70% | 95%
Innovative projects delivered | 3 | 12
"""


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_each_row_of_a_kpi_table_is_a_sentence_of_its_own(sep):
    text = KPI_PIPES.replace(" | ", sep)
    df = pd.DataFrame({"doc_id": ["s"], "source": "Riverton City Council", "text": [text]})
    tokens = dc.tokenize(dc.Corpus.from_dataframe(df))
    sents = [" ".join(g["token"].astype(str)) for _, g in tokens.groupby("sentence", observed=True)]
    # hand count: the caption, the header row and three rows of data
    assert len(sents) == 5
    assert sents[3].startswith("Privacy complaints") and sents[3].endswith("95%")


def test_the_reporting_verb_of_one_row_does_not_report_the_next_rows():
    hits = _hits([KPI_PIPES])
    use = dict(zip(hits["matched"], hits["use"], strict=True))
    # hand labels: "Innovative projects delivered" is the council's own indicator, not something residents said
    assert use["Innovative"] == "evaluative"
    assert "reporting_verb" not in set(hits["use_rule"])


def test_a_single_line_with_bars_is_no_table():
    # a menu line, as before: one line is not cut, and the sentence of two lines stays one
    text = "Privacy | Terms | Contact us and see the new smart\ncity platform in action."
    from discourse.segment import sentences
    assert len(sentences(text)) == 1


def test_a_tab_after_a_paragraph_number_or_inside_long_prose_lines_makes_no_table():
    from discourse.segment import split_list_items
    # numbered paragraphs as the UN records set them, and a hard-wrapped sentence whose lines hold a stray tab:
    # the paragraph is not cut at its lines
    numbered = "41.\tNo one could deny that some progress had been made in the past\n42.\tyear by the council."
    wrapped = ("The delegation believes that the council, which has met\tmany times in the past year and more, should now\n"
               "turn to the questions of privacy\tthat residents raised in the long consultation on the strategy.")
    for text in (numbered, wrapped):
        assert split_list_items(text, [(0, len(text))]) == [(0, len(text))]
    # (a table by tabs has three cells a row or more: two tab-divided cells are as often a numbered paragraph)
    table = "KPI\tBaseline\tTarget\nCCTV coverage\t40%\t90%"
    assert split_list_items(table, [(0, len(table))]) == [(0, 19), (20, len(table))]


# ------------------------------------------------------------------ people, children, women, men as speakers
@pytest.mark.parametrize("text, speaker", [
    # hand labels: the groups a consultation summary reports, whose plurals are not made with -s
    ("Young people said that the city should be more innovative.", "Young people"),
    ("Children told us that the cameras make them feel watched.", "Children"),
    ("Older women said that the underpass felt safer with the new lighting.", "Older women"),
])
def test_a_group_named_by_an_irregular_plural_reports_its_clause(text, speaker):
    assert [s for s, _ in _reported(text)] == [speaker]


def test_what_young_people_said_is_theirs_in_the_token_table():
    hits = _hits(["Young people said that the city should be more innovative."])
    row = hits[hits["matched"] == "innovative"].iloc[0]
    assert (row["voice"], row["speaker"], row["use"]) == ("reported", "Young people", "reported")


# ------------------------------------------------------------------ a foreword signed by the mayor
FOREWORD = """Riverton Smart City Strategy 2030

Foreword by Mayor Ana Costa

Riverton is changing fast. Over the next decade we will deliver a smart city that works for every resident.

Every project in this strategy will be tested against our charter.

Ana Costa
Mayor of Riverton

Our vision: a safe, smart and inclusive city for all.
"""


def test_a_signed_foreword_is_the_signers_speech():
    hits = _hits([FOREWORD])
    got = list(zip(hits["matched"], hits["voice"], hits["speaker"].fillna(""), hits["use"], strict=True))
    # hand labels: the foreword above the signature is the mayor's; the vision statement below is the council's
    assert ("smart city", "quoted", "Ana Costa", "evaluative") in got
    assert ("smart", "author", "", "evaluative") in got
    quotes = dc.find_quotes(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["s"], "source": "Riverton City Council",
                                                                  "text": [FOREWORD]})))
    row = quotes.iloc[0]
    assert (row["kind"], row["speaker"], row["speaker_reason"], row["cue"]) == \
        ("speech", "Ana Costa", "signed foreword", "Foreword by Mayor Ana Costa")
    assert row["text"].startswith("Riverton is changing fast.") and row["text"].endswith("against our charter.")
    assert row["n_paragraphs"] == 2


@pytest.mark.parametrize("text", [
    # no signature: the foreword names no one, it stays the author's
    FOREWORD.replace("Ana Costa\nMayor of Riverton\n\n", ""),
    # a subheading of two capitalised words under an unnamed heading is no signature
    "Foreword\n\nWe will deliver a smart city for every resident.\n\nDigital Riverton\n\nThe council will publish data.\n",
    # a signature whose name the heading does not give is someone else's
    FOREWORD.replace("Ana Costa\nMayor", "Tom Hale\nMayor"),
])
def test_an_unsigned_foreword_or_another_name_stays_the_authors(text):
    hits = _hits([text])
    assert set(hits.loc[hits["matched"].str.lower() == "smart city", "voice"]) == {"author"}
