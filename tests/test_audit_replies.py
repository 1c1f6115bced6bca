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
import pytest

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


LETTER = """Amnesty International found that Hikvision supplied cameras to police stations in Xinjiang. Hikvision \
told Reuters that it "takes all reports seriously".

In a letter to Amnesty International, the company wrote: "Our smart city solutions are designed to protect \
public safety and comply with all applicable laws."
"""


@pytest.mark.parametrize("text, company, addressee", [
    (LETTER, "Hikvision", "Amnesty International"),
    ("Dahua Technology sold the system to the city. In a statement to Human Rights Watch, the company said that it "
     "\"firmly opposes\" any misuse of its products.", "Dahua Technology", "Human Rights Watch"),
    # where the name table holds no company (Hikvision is named only as an object), the description stays as written
    ("Human Rights Watch wrote to Hikvision in March. In an email to Human Rights Watch, the company said it "
     "\"complies with all applicable laws\".", "the company", "Human Rights Watch"),
    ("Amnesty International found that Hikvision supplied cameras to police stations in Xinjiang.\n\nIn a letter to "
     "Amnesty International, the company wrote: \"We comply with all applicable laws.\"", "the company",
     "Amnesty International"),
])
def test_the_addressee_of_a_reply_is_not_its_writer(text, company, addressee):
    # the organisation a letter or statement is written *to* is the recipient of the act, not its agent: two
    # arguments of one predicate are not one referent unless the predicate is marked reflexive ('wrote to itself';
    # Reinhart & Reuland 1993, "Reflexivity", Linguistic Inquiry 24(4), condition B); it had been the speaker
    speech = [s for s in spans(text) if s[0] == "speech"]
    assert speech and speech[-1][1] == company and all(s[1] != addressee for s in speech), speech


def test_no_reply_is_no_quotation():
    text = ("Our investigation found that the cameras enabled mass surveillance of protesters.\n\n"
            "Dahua did not respond to a request for comment. A spokesperson for the ministry declined to comment. "
            "The Interior Ministry did not respond to requests for comment by the time of publication.\n")
    assert spans(text) == []
    h = hits(text)
    assert h["voice"].tolist() == ["author"] * len(h) and "mass surveillance" in h["matched"].tolist()
