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
