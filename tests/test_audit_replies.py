"""Right of reply in accountability reporting: the companies' and ministries' responses to an investigation.

Every text is written for this file, in the genre's conventions (a finding stated in the investigation's voice, then
"In a statement to the Guardian, X said ...", "X did not respond to a request for comment", "A spokesperson for the
ministry declined to comment", a letter to the investigating organisation, and an appendix of the full replies under
dated headings, "Response from X, 12 May 2023"). The speakers and voices the tests expect were labelled by hand before
the library was run: a reply is the company's or its spokesperson's, never the outlet that received it, never the
investigation's author.
"""

from __future__ import annotations

import pandas as pd

import discourse as dc
from discourse.quotes import find_quote_spans


def spans(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, speaker, quoted words) of every quotation and reported clause of ``text``, in order of start."""
    qs = sorted(find_quote_spans(text, reported=True), key=lambda q: q["start"])
    return [(q["kind"], q["speaker"], text[q["content_start"]:q["content_end"]]) for q in qs]


def hits(text: str, source: str = "The Investigator") -> pd.DataFrame:
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "source": [source], "text": [text]}))
    return dc.find_frame_terms(dc.tokenize(corpus))


STATEMENT = """An investigation by the Guardian and Amnesty International found that Hikvision cameras were used to \
track Uyghurs in Xinjiang.

In a statement to the Guardian, Hikvision said it "respects human rights" and that its products "make communities \
safer". The company said it had commissioned a review of its projects in Xinjiang.
"""


def test_the_company_is_the_company_that_replied_last():
    # hand label: 'The company said' right after Hikvision's statement is Hikvision, not the investigating partners
    # named in the lead (who are no company, and who did not speak last)
    found = spans(STATEMENT)
    company = [s for s in found if s[2].startswith("it had commissioned")]
    assert company == [("reported", "Hikvision", "it had commissioned a review of its projects in Xinjiang")], found
    assert ("speech", "Hikvision", "respects human rights") in found


def test_no_reply_is_no_quotation():
    text = ("Our investigation found that the cameras enabled mass surveillance of protesters.\n\n"
            "Dahua did not respond to a request for comment. A spokesperson for the ministry declined to comment. "
            "The Interior Ministry did not respond to requests for comment by the time of publication.\n")
    assert spans(text) == []
    h = hits(text)
    assert h["voice"].tolist() == ["author"] * len(h) and "mass surveillance" in h["matched"].tolist()
