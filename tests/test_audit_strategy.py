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

