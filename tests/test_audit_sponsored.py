"""Sponsored content and native advertising on news sites beside the outlet's own reporting on the same firms.

Every page is written for this file in the genre's conventions (the label above the headline, a "Brought to you by"
line under it, Forbes' "BrandVoice | Paid Program", an editor's note that the page is paid for, the sponsor's
disclaimer). What the tests expect was labelled by hand before the library was run: a sponsored page speaks for its
sponsor, the principal in Goffman's sense (Forms of Talk, 1981), not for the outlet, which is why the FTC's
"Enforcement Policy Statement on Deceptively Formatted Advertisements" (2015) and the IAB Native Advertising Playbook
(2013) ask for the label; the label is the outlet's disclosure, none of the page's words, and a news story that
mentions sponsorships or partnerships is no sponsored content.
"""

from __future__ import annotations

import warnings

import pandas as pd

import discourse as dc

HEADLINE = "How Smart City Technology Keeps Neighbourhoods Safe"
BODY = ("Smart city platforms are transforming public safety. Intelligent video helps police respond faster, and "
        "safe city projects across Europe show that the technology protects residents.\n")

NEWS = """Huawei's Safe City Deals Draw Scrutiny

By Jane Roe

Huawei has signed safe city partnerships with more than 200 cities. The company sponsored a technology conference
in Nairobi last year, and its partnership with the city of Duisburg was cancelled after privacy concerns.

This article was produced in partnership with the Pulitzer Center.
"""


def load(texts: dict[str, str]) -> tuple[dc.Corpus, list[str]]:
    df = pd.DataFrame({"doc_id": list(texts), "source": "newsite", "text": list(texts.values())})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = dc.Corpus.from_dataframe(df)
    return corpus, [str(w.message) for w in caught if "sponsored-content label" in str(w.message)]


def labels_of(corpus: dc.Corpus, doc_id: str) -> list[str]:
    aside = corpus.set_aside
    return aside[(aside["doc_id"] == doc_id) & (aside["rule"] == "sponsored-label")]["text"].tolist()


def test_a_label_stacked_on_another_is_set_aside_and_the_headline_is_the_title():
    # the IAB Playbook's disclosure in two lines, the kind of page ("Sponsored content") and the sponsor ("Brought
    # to you by Hikvision"): the second line is no wrapped prose because the first ends in a lowercase word
    page = f"Sponsored content\nBrought to you by Hikvision\n\n{HEADLINE}\n\n{BODY}"
    corpus, said = load({"ad": page, "news": NEWS})
    assert labels_of(corpus, "ad") == ["Sponsored content", "Brought to you by Hikvision"]
    assert corpus.documents.set_index("doc_id").loc["ad", "title"] == HEADLINE
    assert len(said) == 1 and "'ad'" in said[0] and "'news'" not in said[0]


def test_a_news_story_about_the_sponsors_is_not_flagged():
    corpus, said = load({"news": NEWS})
    assert labels_of(corpus, "news") == [] and said == []
    assert corpus.documents["title"].tolist() == ["Huawei's Safe City Deals Draw Scrutiny"]
