"""The security-industry trade press: product news rewritten from press releases, sponsored content and
advertorials, executive interviews, trade-show reports, product names with model numbers and version strings.

Every text is written for this file in the genre's conventions; what the tests expect (the labels, speakers,
organisations, tokens) was labelled by hand, as a reader of the text would name them, before the library was run.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import discourse as dc

ADVERTORIAL = """Sponsored

Brought to you by Hanwha Vision

How Smart City Video Is Transforming Public Safety

Cities around the world are turning to innovative, AI-powered video to make streets safer. Hanwha Vision's Wisenet 7 platform delivers seamless, future-ready analytics.
"""

EDITORIAL = """Axis Opens New Experience Center in Chicago

Axis Communications opened an experience center in Chicago on Tuesday, where integrators can test cameras.

The company sponsored a reception for local integrators after the opening.
"""


def load(texts: dict[str, str]) -> tuple[dc.Corpus, list[warnings.WarningMessage]]:
    df = pd.DataFrame({"doc_id": list(texts), "source": "trade", "text": list(texts.values())})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = dc.Corpus.from_dataframe(df)
    return corpus, list(caught)


@pytest.mark.parametrize("label", [
    "Sponsored", "SPONSORED CONTENT", "Sponsored by Genetec", "Sponsored content from Axis Communications",
    "Partner content", "Partner Content: Milestone Systems", "Paid post", "Paid content by Verkada",
    "Advertorial", "Advertisement feature", "Brought to you by Hanwha Vision", "Promoted by Eagle Eye Networks",
    "This article is sponsored by Hikvision.", "This content was paid for by Avigilon.",
    # a label whose sponsor is a logo on the next line, and the newsletter's and podcast's forms
    "Sponsored by:", "Brought to you by", "Sponsor Content", "A message from our sponsor", "SPONSORED | Hanwha Vision",
])
def test_a_sponsored_content_label_is_set_aside_and_reported(label):
    # SPJ Code of Ethics (2014), "Act independently": "Distinguish news from advertising and shun hybrids that blur
    # the lines between the two. Prominently label sponsored content." The labels are those of the FTC's "Native
    # Advertising: A Guide for Businesses" (2015), the IAB Native Advertising Playbook (2013: "Sponsored by",
    # "Brought to you by", "Promoted by") and the UK CAP Code 2.4 ("advertisement feature", "advertorial").
    text = ADVERTORIAL.replace("Sponsored\n\nBrought to you by Hanwha Vision", label)
    corpus, caught = load({"ad": text, "news": EDITORIAL})
    aside = corpus.set_aside
    rows = aside[aside["rule"] == "sponsored-label"]
    assert rows["doc_id"].tolist() == ["ad"], aside
    assert rows["text"].tolist() == [label]
    # the label's words are the outlet's disclosure, not the article's: "sponsored", "partner", "content" are not
    # counted among its words
    tokens = dc.tokenize(corpus)
    assert not tokens[(tokens["doc_id"] == "ad") & tokens["norm"].isin(["sponsored", "advertorial", "brought"])].size
    # and loading says which documents carry one, so that a user can set advertorial apart from editorial
    said = [str(w.message) for w in caught if "sponsored" in str(w.message).lower()]
    assert len(said) == 1 and "'ad'" in said[0] and "'news'" not in said[0], said


def test_the_headline_under_a_label_is_the_title():
    # a label above the headline is no headline: the headline is the line after it
    corpus, _ = load({"ad": ADVERTORIAL.replace("Sponsored\n\n", "Sponsored by Hanwha Vision\n\n")})
    assert corpus.documents["title"].tolist() == ["How Smart City Video Is Transforming Public Safety"]


def test_the_word_sponsored_in_a_sentence_is_no_label():
    # "The company sponsored a reception" is the outlet's report of an event, and a headline about sponsorship is
    # a headline: neither marks the page as paid for
    corpus, caught = load({"news": EDITORIAL, "head": "Sponsored Content Under Fire at ISC West\n\nBuyers said "
                           "the labels were hard to see on the show's website.\n"})
    assert not (corpus.set_aside["rule"] == "sponsored-label").any()
    assert not [w for w in caught if "sponsored" in str(w.message).lower()]


def test_a_wrapped_line_of_prose_is_no_label():
    # a hard-wrapped speech (the UN General Debate's 1970s transcripts) can put "promoted by" at a line's head: the
    # line goes on with its sentence and names no sponsor
    text = ("We believe that peace in the region would be greatly\npromoted by the immediate cessation of all measures "
            "for the\nannexation of the occupied territories.\n")
    corpus, _ = load({"un": text})
    assert not (corpus.set_aside["rule"] == "sponsored-label").any()


def quote_of(text: str) -> dict:
    spans = [s for s in dc.find_quote_spans(text) if s["kind"] == "speech"]
    assert len(spans) == 1, spans
    return spans[0]


@pytest.mark.parametrize("text, speaker, org", [
    # a job title's of-phrase names the function (Sales, Product Management), its at-phrase the employer
    ('"Our customers want analytics that just work," said John Smith, VP of Sales at Hikvision USA.',
     "John Smith", "Hikvision USA"),
    ('"Demand is strong," said Ana Ruiz, Head of Marketing at Genetec.', "Ana Ruiz", "Genetec"),
    ('"We listened to integrators," said Raj Patel, Director of Product Management at Milestone Systems.',
     "Raj Patel", "Milestone Systems"),
    # the press-release and trade-press form, 'Name, Title, Company': the last part of the apposition is the company
    ('"Public safety is a shared mission," said Mike Lee, Director of Product Management, Hanwha Vision America.',
     "Mike Lee", "Hanwha Vision America"),
    ('"The channel matters," said Lisa Wong, Vice President of Sales, Eagle Eye Networks.',
     "Lisa Wong", "Eagle Eye Networks"),
    # unchanged: an of-phrase that is the organisation, and a lower-case function before 'at'
    ('"Privacy by design is at our core," said Jane Doe, vice president of marketing at Verkada.', "Jane Doe", "Verkada"),
    ('"We will review it," said Tom Hale, president of Acme Security.', "Tom Hale", "Acme Security"),
])
def test_the_organisation_of_an_executive(text, speaker, org):
    q = quote_of(text)
    assert (q["speaker"], q["speaker_org"]) == (speaker, org), q


def test_a_day_after_the_title_is_no_organisation():
    q = quote_of('"It ships next month," said Mike Lee, Director of Product Management, Tuesday.')
    assert q["speaker"] == "Mike Lee" and q["speaker_org"] in (None, "Product Management") and q["speaker_org"] != "Tuesday"


def words(text: str) -> list[str]:
    tokens = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]})))
    return tokens["norm"].astype(str).tolist()


@pytest.mark.parametrize("text, expected", [
    # a product's model name is one word, whether it opens with one letter or more: "DS-2CD7A26G0" already was, and
    # "Q1656-LE" had been "q1656", "-", "le" (the French article), "B2B" "b2" and "b". Letters and digits with no
    # break between are one word (Unicode UAX #29, WB9-WB10), and a hyphen inside a word keeps it whole, as "5G-enabled"
    ("the AXIS Q1656-LE box camera", ["the", "axis", "q1656-le", "box", "camera"]),
    ("the P3265-LVE dome", ["the", "p3265-lve", "dome"]),
    ("B2B and P2P sales", ["b2b", "and", "p2p", "sales"]),
    ("C4ISR systems", ["c4isr", "systems"]),
    ("an IP67-rated housing", ["an", "ip67-rated", "housing"]),
    ("the DS-2CD7A26G0/P-IZHS camera", ["the", "ds-2cd7a26g0", "/", "p-izhs", "camera"]),
    # unchanged: money with its currency letters, version strings, a quarter and a year
    ("US$1.5 and RM4.2 in Q2 2024", ["us$1.5", "and", "rm4.2", "in", "q2", "2024"]),
    ("firmware V5.7.3 build 220112", ["firmware", "v5.7.3", "build", "220112"]),
    ("a G20 summit", ["a", "g20", "summit"]),
])
def test_model_numbers_are_one_word(text, expected):
    assert words(text) == expected


def test_model_numbers_tokenise_alike_with_and_without_the_kernel():
    # the compiled scan (discourse/_kernel.c) and the pattern it stands for give the same tokens
    import re

    from discourse import text as dtext
    s = "AXIS Q1656-LE, B2B, C4ISR, IP67-rated, US$1.5bn, RM4.2, V5.7.3, G20, MP3s, ABC12x, A4-size."
    expected = ["AXIS", "Q1656-LE", ",", "B2B", ",", "C4ISR", ",", "IP67-rated", ",", "US$1.5", "bn", ",", "RM4.2", ",",
                "V5.7.3", ",", "G20", ",", "MP3s", ",", "ABC12x", ",", "A4-size", "."]
    assert [m.group() for m in re.finditer(dtext.TOKEN_PATTERN, s)] == expected
    assert dtext.fast_tokens(s) == expected


def uses(text: str) -> dict[str, str]:
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus), dc.load_lexicon("framing"), corpus=corpus)
    return dict(zip(hits["matched"].str.lower(), hits["use"], strict=True))


@pytest.mark.parametrize("text, reported", [
    # a vendor's characterisation of its product, reported by the trade journalist with a verb of presenting and an
    # object complement "as ..." (Quirk et al. 1985, 16.46-16.49): every premodifier of the complement's head is the
    # vendor's, also where coordinate adjectives are set off by commas (Chicago Manual of Style 6.33); only the first
    # had been reported, and "future-ready" and "solution" counted as the journalist's own praise
    ("Axis describes the camera as a seamless, future-ready solution.", ["seamless", "future-ready", "solution"]),
    ("Verkada markets the platform as fast, seamless and innovative.", ["seamless", "innovative"]),
])
def test_every_coordinate_premodifier_of_a_presented_as_complement_is_reported(text, reported):
    found = uses(text)
    assert {w: found.get(w) for w in reported} == {w: "reported" for w in reported}, found


def test_a_comma_before_a_new_noun_phrase_ends_the_complement():
    # after the comma a determiner opens another noun phrase, the journalist's: "a seamless upgrade" stays theirs
    # (and a sentence's end ends it)
    found = uses("Acme pitches the camera as rugged, a seamless upgrade for cities that our reviewers tested.")
    assert found.get("seamless") == "evaluative"
    found = uses("Acme markets the camera as rugged. Our reviewers found the setup seamless.")
    assert found.get("seamless") == "evaluative"


def reported_speakers(text: str) -> list[str]:
    return [s["speaker"] for s in dc.find_quote_spans(text, reported=True) if s["kind"] == "reported"]


@pytest.mark.parametrize("text, speaker", [
    # product news rewritten from a release names the vendor as the subject of its first sentence and then refers to
    # it as "the company" (a definite description refers back to the entity in focus, the subject before it; Grosz,
    # Joshi & Weinstein 1995); "the company" had stayed the speaker, one speaker for every vendor of a corpus
    # (a one-word name at a sentence's head is a name where the text writes it with a capital mid-sentence too)
    ("Hikvision Launches New Camera\n\nHikvision has launched the DS-2CD7A26G0, a bullet camera, which the company "
     "says delivers seamless analytics at the edge. Integrators can order it from distributors of Hikvision USA.\n",
     "Hikvision"),
    ("Axis Communications has launched a new box camera. The company said the camera delivers seamless analytics.",
     "Axis Communications"),
    ("On Tuesday, Genetec released Security Center 5.12. The company claims the release is its most innovative yet.",
     "Genetec"),
])
def test_the_company_is_the_vendor_named_as_subject_before(text, speaker):
    assert reported_speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    # a capitalised word at a sentence's head is no name by its capital alone (Mikheev 2002): "Analysts", "Cities"
    "Analysts expect more launches this year. The company said the camera delivers seamless analytics.",
    "Cities are buying more cameras. The company said the camera delivers seamless analytics.",
])
def test_a_common_noun_opening_a_sentence_is_no_company(text):
    assert reported_speakers(text) == ["The company"]


def test_the_company_follows_the_vendor_of_each_paragraph():
    # a round-up of launches: each "the company" is the vendor whose launch the sentence before reports, not the one
    # that spoke first
    text = ("Axis Communications has launched a new box camera. The company said the camera delivers seamless "
            "analytics.\n\nHanwha Vision America has released a new dome. The company said the dome is future-ready.\n")
    assert reported_speakers(text) == ["Axis Communications", "Hanwha Vision America"]


def test_the_town_after_an_organisation_is_no_company():
    # Brown ca27: "Beryl W. Sprinkel, economist of Harris Trust & Savings Bank, Chicago" works at the bank in Chicago
    q = quote_of('"Rates will rise," said Beryl W. Sprinkel, economist of Harris Trust & Savings Bank, Chicago.')
    assert q["speaker_org"] == "Harris Trust & Savings Bank"


# ------------------------------------------------------------------ stop 70: round-ups, buyer's guides, awards, expos,
# market research. Fourteen short pages written for this file (eleven of the trade press, three of vendors for
# contrast); each hit's use and voice was labelled by hand, by the label guide (tests/data/use_labels_GUIDE.md),
# before the library was run. The guide's voice of indirect speech is the author's; the library's token voice
# "reported" says the same (the use says that the words are attributed), so it is compared as "author".
TRADE_PAGES = {
    "market_forecast": (
        "Smart City Market to Reach $820 Billion by 2030\n\nThe global smart city market will reach $820 billion by "
        "2030, up from $410 billion in 2024. The public safety segment will grow fastest. Meridian Research published "
        "the forecast on Monday.\n",
        [("Smart City", "referential", "author"), ("smart city", "referential", "author"),
         ("public safety", "referential", "author")]),
    "market_for": (
        "Video analytics spending will double. The intelligent video market is forecast to grow 14 percent a year to "
        "2029, and the market for smart parking will reach $9 billion. Growth will be efficient only where cities "
        "share data, the authors warn.\n",
        [("intelligent video", "referential", "author"), ("smart", "referential", "author"),
         ("efficient", "reported", "author")]),
    "award_headline": (
        "Acme Wins Best Smart City Solution Award\n\nAcme Systems has won the Best Smart City Solution award at the "
        "Urban Tech Awards 2026 for its traffic platform.\n",
        [("Smart City", "referential", "author"), ("Solution", "referential", "author"),
         ("Smart City", "referential", "author"), ("Solution", "referential", "author")]),
    "award_organisers": (
        "The council's traffic team received the Innovation in Public Services award at the ceremony in Leeds. "
        "Organisers said the winning scheme was efficient and easy to copy.\n",
        [("Innovation", "referential", "author"), ("efficient", "reported", "author")]),
    "award_quote": (
        "The Smart Cities Award 2026 went to the city of Tartu for its bus data platform. \"We wanted an innovative "
        "service that residents actually use,\" said the city's transport chief, Mari Kask.\n",
        [("Smart Cities", "referential", "author"), ("innovative", "evaluative", "quoted")]),
    "expo_floor": (
        "At Intersec in Dubai this week, visitors saw smart city solutions from more than 1,200 exhibitors. Hanwha "
        "Vision showed a new thermal camera, which the company says offers seamless integration with third-party "
        "platforms. The busiest stand belonged to a start-up selling innovative drone docks.\n",
        [("smart city", "evaluative", "author"), ("solutions", "evaluative", "author"),
         ("seamless", "reported", "author"), ("innovative", "evaluative", "author")]),
    "expo_halls": (
        "The Smart City Pavilion in Hall 4 drew crowds on the first day. In the Public Safety Zone, police buyers "
        "tried headsets. Exhibitors said demand for end-to-end systems is rising.\n",
        [("Smart City", "referential", "author"), ("Public Safety", "referential", "author"),
         ("end-to-end", "reported", "author")]),
    "round_up": (
        "Five New Cameras for Busy Streets\n\nThe Orion X4 from Lumen is the smallest camera in this round-up. "
        "Acme's parking solution reads plates at night. The maker claims the camera is scalable to 500 sites. We "
        "found its menus slow and far from seamless.\n",
        [("solution", "referential", "author"), ("scalable", "reported", "author"),
         ("seamless", "distanced", "author")]),
    "buyers_guide": (
        "How to Choose a Video Management System\n\nBuyers should look for an open platform that grows with the "
        "city. A scalable system saves money when a city adds sites. Efficient storage matters more than "
        "resolution.\n",
        [("scalable", "evaluative", "author"), ("Efficient", "evaluative", "author")]),
    "release_rewrite": (
        "Genetec has released a new version of its access control software. According to Genetec, the update makes "
        "audits more efficient and gives operators better situational awareness. The release is available to "
        "customers from March.\n",
        [("efficient", "reported", "author"), ("situational awareness", "reported", "author")]),
    "regional_spend": (
        "Spending on safe city projects in the Gulf rose 12 percent last year. Gulf Analytics ranks Huawei first "
        "among safe city vendors.\n",
        [("safe city", "referential", "author"), ("safe city", "referential", "author")]),
    "vendor_home": (
        "Our end-to-end platform empowers cities to respond faster. With seamless integration and world-class "
        "support, Acme is the trusted partner of 300 municipalities. Request a demo today.\n",
        [("end-to-end", "evaluative", "author"), ("empowers", "evaluative", "author"),
         ("seamless", "evaluative", "author"), ("world-class", "evaluative", "author"),
         ("trusted partner", "evaluative", "author"), ("Request a demo", "evaluative", "author")]),
    "vendor_product": (
        "Lumen builds smart city solutions that make streets safer. Our intelligent video analytics deliver "
        "actionable insights in real time.\n",
        [("smart city", "evaluative", "author"), ("solutions", "evaluative", "author"),
         ("intelligent video", "evaluative", "author"), ("actionable insights", "evaluative", "author")]),
    "vendor_award": (
        "Lumen's Orion platform won the Best Smart City Solution award in 2025. Our customers say it is the most "
        "efficient system they have used.\n",
        [("Smart City", "referential", "author"), ("Solution", "referential", "author"),
         ("Our customers", "evaluative", "author"), ("efficient", "reported", "author")]),
}


_OWNED = ("withdrawn: 'solution(s)' determined by a genitive or a third-person possessive read as referential lowered "
          "vendor > news on the measured blind framing batches (vendor pages name their own offers in the third person, "
          "'Huawei's solutions'; docs/framing.md, Stop 70)")


def page_uses(text: str) -> list[tuple[str, str, str]]:
    df = pd.DataFrame({"doc_id": ["d"], "source": ["trade"], "text": [text]})
    ft = dc.find_frame_terms(dc.tokenize(dc.Corpus.from_dataframe(df)), "framing",
                             categories=["promotional", "rights"])
    return [(m, u, "author" if v == "reported" else v) for m, u, v in zip(ft["matched"], ft["use"], ft["voice"],
                                                                            strict=True)]


@pytest.mark.parametrize("page", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=_OWNED))
                                  if p == "round_up" else p for p in sorted(TRADE_PAGES)])
def test_the_uses_of_a_trade_press_page_are_those_labelled_by_hand(page):
    text, labels = TRADE_PAGES[page]
    assert page_uses(text) == labels


@pytest.mark.xfail(strict=True, reason="a verb of judging ('praised', 'hailed') with a plain object is not read as "
                   "reporting its object's description; only its 'as'-complement is (PRESENT_AS_VERBS)")
def test_the_object_of_a_verb_of_praise_is_the_judges_praise():
    # Levin 1993, 33 (judgement verbs): "The judges praised the platform's seamless integration" reports the judges'
    # evaluation; labelled reported
    text = "Acme Systems won the award. The judges praised the platform's seamless integration with police dispatch."
    assert ("seamless", "reported", "author") in page_uses(text)


def use_rule(text: str, matched: str) -> list[tuple[str, str]]:
    df = pd.DataFrame({"doc_id": ["d"], "source": ["trade"], "text": [text]})
    ft = dc.find_frame_terms(dc.tokenize(dc.Corpus.from_dataframe(df)), "framing",
                             categories=["promotional", "rights"])
    ft = ft[ft["matched"] == matched]
    return list(zip(ft["use"], ft["use_rule"], strict=True))


@pytest.mark.parametrize("text, matched, expected", [
    # a compound of three nouns is headed by its last, which every noun before it classifies (Quirk et al. 1985,
    # App. I.57; discourse.stance._stacked_head): "smart city" of "smart city solution market" names a segment
    ("Analysts expect the smart city solution market to double.", "smart city", ("referential", "referent_modifier")),
    ("Acme Wins Best Smart City Solution Award", "Smart City", ("referential", "referent_modifier")),
    # near misses: no referent noun ends the compound; an adjective before the compound describes
    ("The smart city solution is cheap.", "smart city", ("evaluative", "default")),
    ("Vendors sell innovative solution packages.", "innovative", ("evaluative", "default")),
])
def test_every_noun_of_a_compound_classifies_its_referent_head(text, matched, expected):
    assert use_rule(text, matched) == [expected]


@pytest.mark.parametrize("text, matched, expected", [
    # "the market for smart parking" is "the smart parking market" (Quirk et al. 1985, 17.104-17.110;
    # discourse.stance._market_field)
    ("The market for smart parking will reach $9 billion.", "smart", ("referential", "referent_modifier")),
    ("The global market for smart city solutions grew.", "smart city", ("referential", "referent_modifier")),
    ("The global market for smart city solutions grew.", "solutions", ("referential", "referent_modifier")),
    # near misses: an adjective describes what the market sells; "need for" names a want, not a segment; a comma
    # ends the phrase
    ("There is a market for innovative cameras.", "innovative", ("evaluative", "default")),
    ("Cities have a need for smart solutions.", "smart", ("evaluative", "default")),
    ("The market, for smart buyers, is cheap.", "smart", ("evaluative", "default")),
])
def test_the_segment_of_a_market_named_after_for_is_referential(text, matched, expected):
    assert use_rule(text, matched) == [expected]


@pytest.mark.xfail(strict=True, reason=_OWNED)
@pytest.mark.parametrize("text, expected", [
    # a genitive or third-person possessive determines the noun phrase: the writer names the maker's offer or
    # someone's proposal (Huddleston & Pullum 2002, 5.16; the label guide's "his solution to the problem")
    ("Acme's parking solution reads plates at night.", ("referential", "possessive_name")),
    ("His solution to the problem was cheap.", ("referential", "possessive_name")),
    ("The vendor's new solution reads plates.", ("referential", "possessive_name")),
])
def test_a_solution_owned_by_a_genitive_is_named_not_offered(text, expected):
    assert use_rule(text, "solution") == [expected]


@pytest.mark.parametrize("text", ["Acme sells a solution for parking.", "Cities need a solution for their parking."])
def test_a_solution_with_no_owner_is_offered(text):
    # no owner before the noun; an owner after it in another phrase is not its determiner
    assert use_rule(text, "solution") == [("evaluative", "default")]


def test_an_adjective_after_a_genitive_is_still_the_writers():
    # only the head noun "solution(s)" is named: "innovative" describes it, and an owner's quality is no offer
    assert use_rule("Acme's innovative solution reads plates.", "innovative") == [("evaluative", "default")]
    assert use_rule("Acme's efficiency impressed the judges.", "efficiency") == [("evaluative", "default")]
