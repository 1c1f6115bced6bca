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
import pytest

import discourse as dc
from discourse.clean import sponsored_labels

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


@pytest.mark.parametrize("label", [
    # Forbes' label of paid pages since 2019, and the label alone
    "Huawei BrandVoice | Paid Program", "Hikvision BrandVoice", "Paid Program",
    # an editor's note that says, in so many words, that the page is paid for
    "Editor's note: this content is paid for by Dahua Technology and was not written by our newsroom.",
    "Editor’s Note: This article was sponsored by Hikvision.",
    # the sponsor's disclaimer under the page
    "The views expressed are the sponsor's own.",
    "The views and opinions expressed in this content are those of the advertiser.",
])
def test_the_genres_disclosures_are_labels(label):
    page = f"{label}\n\n{HEADLINE}\n\n{BODY}" if "views" not in label else f"{HEADLINE}\n\n{BODY}\n{label}\n"
    corpus, said = load({"ad": page, "news": NEWS})
    assert labels_of(corpus, "ad") == [label]
    assert corpus.documents.set_index("doc_id").loc["ad", "title"] == HEADLINE
    assert len(said) == 1 and "'ad'" in said[0] and "'news'" not in said[0]


def test_the_label_is_no_frame_hit_of_the_page():
    # "Safe City" in the sponsor's name on the label is the disclosure's, not the page's promotion: the body has 5
    # promotional hits by hand (smart city x2 with the headline's, public safety, intelligent video, safe city)
    page = f"Huawei Safe City BrandVoice | Paid Program\n\n{HEADLINE}\n\n{BODY}"
    corpus, _ = load({"ad": page})
    hits = dc.find_frame_terms(dc.tokenize(corpus), corpus=corpus)
    label_end = page.index("\n")
    assert not (hits["start"] < label_end).any(), hits
    assert (hits["frame"] == "promotional").sum() == 5, hits[["entry", "frame"]]


@pytest.mark.parametrize("line", [
    # reporting funded by a journalism non-profit, and an outlet's editorial partnership: the same words as a
    # brand's, so they are read as no label (the Guardian's "Supported by" / "in association with" marks funding
    # that leaves the editorial independent)
    "This article was produced in partnership with the Pulitzer Center.",
    "In association with the Pulitzer Center",
    # an editor's note that corrects, and an opinion page's disclaimer, which speak for the outlet and the author
    "Editor's note: this story was updated to correct the name of the Duisburg project.",
    "The views expressed are the author's own.",
    # the product names a story can mention
    "Forbes BrandVoice programs let marketers publish on the site, and the paid programs grew last year.",
])
def test_ambiguous_wording_is_no_label(line):
    assert sponsored_labels(f"{HEADLINE}\n\n{BODY}\n{line}\n") == []


def test_a_news_story_about_the_sponsors_is_not_flagged():
    corpus, said = load({"news": NEWS})
    assert labels_of(corpus, "news") == [] and said == []
    assert corpus.documents["title"].tolist() == ["Huawei's Safe City Deals Draw Scrutiny"]


def test_the_subset_the_readme_gives_keeps_the_outlets_own_voice():
    # the README's recipe drops the pages whose label is now read; what is left is the news story alone
    pages = {"bv": f"Huawei BrandVoice | Paid Program\n\n{HEADLINE}\n\n{BODY}",
             "note": f"Editor's note: this content is paid for by Huawei.\n\n{HEADLINE}\n\n{BODY}",
             "news": NEWS}
    corpus, _ = load(pages)
    aside = corpus.set_aside
    editorial = corpus.subset(~corpus.documents["doc_id"].isin(aside.query("rule == 'sponsored-label'")["doc_id"]))
    assert editorial.documents["doc_id"].tolist() == ["news"]


def test_a_word_the_headline_capitalises_is_no_name_of_the_firm():
    # the outlet's own story on the sponsor: "The firm says ..." refers to a business named as a sentence's subject,
    # and "Human" of "Human rights groups" is none. A Title Case headline capitalises every word, so its capitals
    # say nothing of names (Mikheev 2002, "Periods, capitalized words, etc.", reads a word's capital only where the
    # position does not call for one); read as evidence, "Human" was the firm and the speaker of the firm's claim
    text = ("Hikvision Cameras Linked to Human Rights Violations\n\nHuman rights groups call it repression. The firm "
            "says its smart city products serve public safety.\n")
    spans = [s for s in dc.find_quote_spans(text, reported=True) if s["kind"] == "reported"]
    assert [text[s["start"]:s["end"]] for s in spans] == ["its smart city products serve public safety"]
    assert spans[0]["speaker"] == "The firm"  # (the description as written: the headline names no subject)


@pytest.mark.parametrize("byline, author", [
    # Forbes' byline on its contributors' pages and its brand pages, the writer's name and the kind of writer
    ("By Jane Roe, Contributor", "Jane Roe"), ("By Hikvision Europe, Contributor", "Hikvision Europe"),
    ("By Jane Roe, Forbes Staff", "Jane Roe"), ("By Jane Roe, Senior Contributor", "Jane Roe"),
    ("By John Doe, Staff Writer", "John Doe"),
])
def test_a_byline_with_the_writers_kind_is_a_byline(byline, author):
    # a "Contributor" is no sponsor: the label names an outside writer, whose page is editorial (the sponsor's page
    # carries BrandVoice); the byline's words, "contributor" and "staff", had been words of the article
    corpus, said = load({"c": f"{HEADLINE}\n\n{byline}\n\n{BODY}"})
    aside = corpus.set_aside
    assert aside[aside["rule"] == "by-author"]["text"].tolist() == [byline]
    assert corpus.documents["author"].tolist() == [author]
    assert said == []


def test_a_sentence_after_by_and_a_comma_is_no_byline():
    corpus, _ = load({"c": f"{HEADLINE}\n\nBy Tuesday, Officials Said\n\n{BODY}"})
    assert not (corpus.set_aside["rule"] == "by-author").any()


def test_the_sponsors_name_under_a_by_label_is_part_of_the_label():
    # "Sponsored by:" with the sponsor's logo under it: scraped, the logo's alternative text is the name on the next
    # line, which completes the label; it had stayed a word of the page and been taken for the headline
    page = f"Sponsored by:\nHikvision\n\n{HEADLINE}\n\n{BODY}"
    corpus, said = load({"ad": page})
    assert labels_of(corpus, "ad") == ["Sponsored by:\nHikvision"]
    assert corpus.documents["title"].tolist() == [HEADLINE]
    tokens = dc.tokenize(corpus)
    assert "hikvision" not in tokens["norm"].tolist()
    # a label whose sentence ends on its line takes no line under it
    assert sponsored_labels(f"Sponsored by Hikvision\nDahua Technology\n\n{BODY}") == [(0, 22)]
