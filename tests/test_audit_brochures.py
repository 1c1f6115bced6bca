"""Vendor collateral: brochures, datasheets, landing pages and testimonials, which are mostly fragments (bullets,
feature tables, taglines, calls to action, trade mark signs, units, model numbers, quotations signed on the line
below). Every text is written here, in the genre's conventions; the expected values were labelled by hand
before the library was run on them."""

import pandas as pd
import pytest

import discourse as dc
from discourse.text import is_punct, normalize


def _tokens(texts: dict[str, str], sources: dict[str, str] | None = None) -> tuple[pd.DataFrame, object]:
    df = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values()),
                       "source": [(sources or {}).get(k, k) for k in texts]})
    corpus = dc.Corpus.from_dataframe(df, text="text", source="source")
    return dc.tokenize(corpus), corpus


# ---------------------------------------------------------------------------------------- trade mark signs
def test_trade_mark_signs_are_marks_not_the_word_tm():
    # "™" and "℠" are symbols set after a name, as "®" is (Unicode category So); NFKC spells them "TM"/"SM"
    for sign in ("\u2122", "\u2120", "\u2122\u2122"):
        assert normalize(sign) == sign
        assert is_punct(normalize(sign))
    assert normalize("\u00ae") == "\u00ae"  # the registered sign was already a mark
    assert normalize("\u2103") == "\u00b0c"  # a unit stays a word (degree Celsius)
    tokens, _ = _tokens({"v": "Acme SafeCity™ Suite and VisionPro™ cameras. The Edge℠ platform.",
                         "n": "The city bought cameras from the vendor."})
    v = tokens[tokens["doc_id"] == "v"]
    assert "tm" not in set(v["norm"]) and "sm" not in set(v["norm"])
    assert v.loc[v["token"] == "™", "is_punct"].all()
    counts = dc.count_terms(tokens, by="source")
    assert "tm" not in set(counts["term"])
    # the name before the sign still matches its lexicon entry (closed spelling of "safe city")
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"))
    assert "SafeCity" in set(hits["matched"])


# ---------------------------------------------------------------------------------------- bullets and lists
FEATURES = """Why Acme?

• Customers say it pays for itself
• Seamless integration with any VMS
• Unparalleled accuracy in any light

Next, a paragraph of prose.
"""


def test_each_item_of_a_bullet_list_is_a_sentence():
    # Chicago Manual of Style 6.130: each item of a vertical list is set on a line of its own behind its marker
    from discourse.segment import sentences

    got = [FEATURES[a:b] for a, b in sentences(FEATURES)]
    assert got == ["Why Acme?", "• Customers say it pays for itself", "• Seamless integration with any VMS",
                   "• Unparalleled accuracy in any light", "Next, a paragraph of prose."]
    md = "Included:\n- one camera\n- two licences\n* three"
    assert [md[a:b] for a, b in sentences(md)] == ["Included:", "- one camera", "- two licences", "* three"]
    # an inline separator is no list, nor is a single line of prose that opens with a dash in a paragraph
    assert len(sentences("Home • News • Privacy")) == 1
    prose = "The system is intrusive\n- so its critics say - and costly."
    assert len(sentences(prose, [(0, len(prose))])) == 1


def test_the_clause_of_one_item_does_not_report_the_next():
    tokens, _ = _tokens({"v": FEATURES}, {"v": "Acme"})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"))
    seamless = hits[hits["matched"] == "Seamless"].iloc[0]
    # hand label: the vendor's own claim in its own voice, not what "customers say"
    assert seamless["voice"] == "author"
    assert seamless["use"] == "evaluative"
    assert tokens.loc[tokens["token"] == "Seamless", "sentence"].iloc[0] != \
        tokens.loc[tokens["token"] == "Customers", "sentence"].iloc[0]


def test_a_feature_list_in_headline_style_keeps_its_evaluations():
    # hand labels: each feature claim is the vendor's evaluation, whatever the bullet glyph; the capitals of a
    # list set in headline style mark no name (Chicago 8.159), and a list of features is no menu
    for glyph in ("•", "✓", "▪"):
        text = f"Why Vigilant?\n\n{glyph} Cutting-Edge Analytics\n{glyph} Industry-Leading Accuracy\n{glyph} Seamless Integration"
        tokens, _ = _tokens({"v": text}, {"v": "Vigilant"})
        hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"), categories=["promotional"])
        assert list(hits["matched"]) == ["Cutting-Edge", "Industry-Leading", "Seamless"]
        assert set(hits["use"]) == {"evaluative"}, (glyph, list(zip(hits["matched"], hits["use_rule"], strict=True)))
    # a menu line with inline separators is still a label
    tokens, _ = _tokens({"m": "Home | Solutions | Privacy"})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"))
    assert set(hits["use_rule"]) == {"label_line"}


# ---------------------------------------------------------------------------------------- testimonials
@pytest.mark.parametrize("text, speaker", [
    # hand labels: the customer named under the quotation speaks it (Chicago Manual of Style 13.36: the source of a
    # displayed quotation goes on the line below, often after an em dash)
    ("“Vigilant cut our response times in half.”\n— Daniel Ortiz, Chief of Police, Riverside Police Department",
     "Daniel Ortiz"),
    ("“Vigilant cut our response times in half.”\n— Chief Daniel Ortiz, Riverside Police Department", "Daniel Ortiz"),
    ("\"Acme's platform made our operations more efficient.\"\n\n– Maria Lopez, CIO, City of Springfield",
     "Maria Lopez"),
    ("\"Acme's platform made our operations more efficient.\"\nMaria Lopez\n"
     "Chief Information Officer, City of Springfield", "Maria Lopez"),
])
def test_a_testimonial_is_spoken_by_the_customer_signed_below_it(text, speaker):
    q = dc.find_quote_spans(text)
    assert len(q) == 1
    assert q[0]["kind"] == "speech"
    assert q[0]["speaker"] == speaker


def test_a_line_below_a_quotation_that_is_no_signature_names_no_one():
    # a name line after a blank line without a dash, a sentence, a quotation inside running text: no speaker read
    for text in ("“Vigilant cut our response times in half.”\n\nMaria Lopez\nCIO, City of Springfield",
                 "“Vigilant cut our response times in half.”\nThe city renewed the contract in May.",
                 ):
        q = dc.find_quote_spans(text)
        assert all(x["speaker"] is None for x in q), (text, q)
    # a quotation inside running text keeps the speaker of its own sentence, not the line below
    q = dc.find_quote_spans("The report praised “a very efficient system for the whole city”\n— Daniel Ortiz")
    assert [x["speaker"] for x in q] == ["The report"]


def test_the_testimonial_hit_is_the_customers_quoted_evaluation():
    text = ("Trusted by 200+ cities\n\n“With Vigilant, our officers finally have the situational awareness they need.”\n"
            "— Chief Daniel Ortiz, Riverside Police Department\n\nBook a demo")
    tokens, _ = _tokens({"b": text}, {"b": "Vigilant AI"})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"), categories=["promotional"])
    sa = hits[hits["matched"] == "situational awareness"].iloc[0]
    assert (sa["voice"], sa["speaker"], sa["use"]) == ("quoted", "Daniel Ortiz", "evaluative")


# ---------------------------------------------------------------------------------------- taglines, calls to action
@pytest.mark.parametrize("text, matched", [
    # hand labels: a tagline's evaluative words are the vendor's promotion; in a fragment whose every word is
    # capitalised the capitals show its style, not a name (Chicago 8.158-8.159)
    ("Safer Cities. Smarter Decisions.", "Smarter"),
    ("Smarter, Safer Streets.\nOur platform keeps officers informed.", "Smarter"),
    ("Seamless Security. Everywhere.", "Seamless"),
])
def test_a_tagline_is_the_vendors_evaluation_not_a_name(text, matched):
    tokens, _ = _tokens({"t": text}, {"t": "Acme"})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"), categories=["promotional"])
    row = hits[hits["matched"] == matched].iloc[0]
    assert (row["use"], row["use_rule"]) == ("evaluative", "default")


def test_a_title_case_name_inside_running_text_or_as_a_heading_is_still_a_name():
    tokens, _ = _tokens({"n": "Officials visited the Smart City Expo in Barcelona."})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"))
    assert hits.loc[hits["matched"] == "Smart City", "use_rule"].tolist() == ["proper_name"]
    # hand label: a programme's name as a heading (a display line, no full stop: Chicago 6.14) is a name; the same
    # words punctuated as a slogan are the writer's promise
    tokens, _ = _tokens({"h": "Smart Nation in Singapore\n\nThe programme links every agency.",
                         "t": "Smart Nation. Better Lives.\n\nThe programme links every agency."})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"))
    assert hits.loc[hits["matched"] == "Smart", "use_rule"].tolist() == ["proper_name", "default"]


@pytest.mark.parametrize("text", ["Request a Demo", "Book a Demo →", "Talk to Our Experts", "Request a demo"])
def test_a_call_to_action_is_a_solicitation_whatever_its_capitals(text):
    # Bhatia 2004, "soliciting response": an imperative clause, not a label naming a section
    tokens, _ = _tokens({"c": f"Trusted by 200+ cities.\n\n{text}"}, {"c": "Acme"})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"), categories=["promotional"])
    assert len(hits) == 1
    assert hits["use"].iloc[0] == "evaluative", hits["use_rule"].iloc[0]
    # a menu label of two capitalised words is still a label (on a page with text; a text that is only the
    # line labels nothing: tests/test_audit_survey.py)
    tokens, _ = _tokens({"m": "Smart Solutions\n\nTrusted by 200+ cities."})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"), categories=["promotional"])
    assert set(hits["use_rule"]) == {"label_line"}


def test_a_verb_before_a_compound_is_no_modifier_of_its_first_word():
    # hand label: "empowers" is the vendor's evaluative verb; the head of "law enforcement" is "enforcement"
    # (compounds are right-headed: Quirk et al. 1985, App. I.57), so "law" is no referent noun it modifies
    tokens, _ = _tokens({"b": "Our platform empowers law enforcement with real-time situational awareness."},
                        {"b": "Vigilant AI"})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"), categories=["promotional"])
    row = hits[hits["matched"] == "empowers"].iloc[0]
    assert (row["use"], row["use_rule"]) == ("evaluative", "default")
    # a referent noun that heads its own compound still classifies: "a privacy law"
    tokens, _ = _tokens({"r": "The council passed a privacy law in May."})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"))
    assert hits.loc[hits["matched"] == "privacy", "use_rule"].tolist() == ["referent_modifier"]


@pytest.mark.parametrize("text, matched, use, rule", [
    # hand labels: the sign declares the words before it a mark, a product's name (USPTO TMEP 906)
    ("The Intelligent Video™ suite ships with every camera.", "Intelligent Video", "referential", "trademark"),
    ("Smarter Cities® starts with data.", "Smarter Cities", "referential", "trademark"),
    # the vendor's own mark after "our" is its own offer, as "our Safe City platform" is
    ("Our Intelligent Video™ suite ships with every camera.", "Intelligent Video", "evaluative", "own_name"),
    # without the sign the same words keep the use of their words
    ("The intelligent video suite ships with every camera.", "intelligent video", "evaluative", "default"),
])
def test_a_hit_marked_as_a_trade_mark_is_a_name(text, matched, use, rule):
    tokens, _ = _tokens({"t": text}, {"t": "Acme"})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"), categories=["promotional"])
    row = hits[hits["matched"] == matched].iloc[0]
    assert (row["use"], row["use_rule"]) == (use, rule)


@pytest.mark.parametrize("text, matched, use", [
    # hand labels: an adjective before a referent noun describes it (Biber et al. 1999, 7.4: descriptors), a noun
    # before it classifies it (Quirk et al. 1985, 17.108)
    ("• Seamless rollout in weeks", "Seamless", "evaluative"),
    ("The regime pursued repressive policies in the north.", "repressive", "evaluative"),
    ("Acme is an innovative company.", "innovative", "evaluative"),
    ("The smart city market grew by 20 percent.", "smart city", "referential"),
    ("Human rights groups criticised the deal.", "Human rights", "referential"),
])
def test_an_adjective_before_a_referent_noun_describes_it(text, matched, use):
    tokens, _ = _tokens({"t": f"Intro line.\n\n{text}"}, {"t": "Somebody"})
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"), categories=["promotional", "rights"])
    assert hits.loc[hits["matched"] == matched, "use"].tolist() == [use]


def test_a_colon_frame_before_a_displayed_quotation_keeps_its_source():
    # 'Mr. Muslim, a veteran commander, has remarked that:\n“...”\nMr. Muslim, the commander, continues:' (a UN speech
    # of 1996): the colon frame introduces the quotation, and the line under it, ending in a colon, introduces the next
    # one; neither is a signature (the cue had become 'signature')
    text = ("Mr. Muslim, a veteran commander of the Government, has remarked that:\n“The Taliban advance in the "
            "front line completely surprised me.”\nMr. Muslim, the commander, continues:\n\n“I saw it myself.”")
    q = dc.find_quote_spans(text)
    assert q[0]["cue"] != "signature"
    from discourse.quotes import _signature_below
    assert _signature_below("Intro\n“Cut our times in half.”\nMaria Lopez, the CIO, continues:", q[0] | {
        "start": 6, "end": 30}) is None
