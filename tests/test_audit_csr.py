"""Corporate responsibility texts of surveillance vendors and telecoms (sustainability reports, human-rights
policies, GRI content indexes, UN Global Compact communications, Trust Center pages) beside the rights
organisations that criticise them: the names of the standards these texts cite, the titles of their own
documents and the numbered items of reporting standards are names, not the speaker's rights language.

The texts are invented for the tests, written in the genre's conventions; the expected use of each hit was
labelled by hand before the library was run on them.
"""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc

from .conftest import POLES, frame_uses, use_of

UNGP = "UN Guiding Principles on Business and Human Rights"

_AND_WITHDRAWN = pytest.mark.xfail(strict=True, reason=(
    "a name read across 'and' was withdrawn for harm on the measured blind batches (all three contrasts fell, "
    "docs/framing.md, 'Stop 66')"))


# ------------------------------------------------------------------ names joined by "and"
# Names of documents, bodies and offices join two fields with "and" ("the UN Guiding Principles on Business and
# Human Rights", "the Business and Human Rights Resource Centre", "the Ministry of Justice and Human Rights"): the
# conjunction is lower case inside a Title Case name (Chicago Manual of Style 8.159), and the field after it is
# part of the name as much as the one before.
@pytest.mark.parametrize("text", [
    f"We are committed to upholding the {UNGP}.",
    f"In line with the {UNGP}, we assess risks to our customers.",
    f"The {UNGP} set out the corporate responsibility to respect.",
    "She met the Minister of Justice and Human Rights yesterday.",
])
@_AND_WITHDRAWN
def test_human_rights_at_the_end_of_a_name_joined_by_and_is_referential(text):
    assert use_of(text, "Human Rights", source="Vistara Networks") == ("referential", "proper_name", "author")


@pytest.mark.parametrize("text, matched", [
    # two capitalised concepts joined by "and", no name around them: house style, not a name (Chicago 8.1)
    ("We put Privacy and Human Rights at the centre of our work.", "Human Rights"),
    # the sentence's first word is capitalised anyway: no name shows
    ("Business and Human Rights matter to every telecom operator.", "Human Rights"),
])
def test_capitalised_concepts_joined_by_and_are_no_name(text, matched):
    assert use_of(text, matched, source="Vistara Networks")[1] != "proper_name"


@_AND_WITHDRAWN
def test_ungp_hits_of_a_csr_report_hand_labels():
    # hand labels: the vendor's own "we respect human rights" is its evaluative use; the name of the UNGPs is not
    text = ("At Vistara, we respect human rights and are committed to upholding the UN Guiding Principles on "
            "Business and Human Rights. In line with the UN Guiding Principles on Business and Human Rights, we "
            "assess risks to freedom of expression and privacy when governments request access to our networks.")
    got = [(m, u) for m, u, _r, _v in frame_uses(text, source="Vistara Networks")]
    assert got == [("human rights", "evaluative"), ("Human Rights", "referential"), ("Human Rights", "referential"),
                   ("freedom of expression", "evaluative"), ("privacy", "evaluative")]


# ------------------------------------------------------------------ the titles of a company's own documents
# A company's "Human Rights Policy", "Sustainability Report" or "Transparency Report" is the genre a standard
# prescribes (UN Guiding Principles 16: a "statement of policy"; GRI 1: Foundation 2021, a sustainability report),
# named by its topic; the title names the document, as "our human rights policy" in lower case already does. It
# is no offer of the company's that the own-name rules would read as its promotion ("our Safe City platform").
@pytest.mark.parametrize("text, source, matched", [
    ("Nordlink Human Rights Policy\n\nNordlink is committed to respecting human rights.", "Nordlink", "Human Rights"),
    ("Vistara Networks Sustainability Report 2023\n\nWe respect human rights.", "Vistara Networks", "Sustainability"),
    ("Please read our Human Rights Policy before you apply.", "Nordlink", "Human Rights"),
    ("Please read our human rights policy before you apply.", "Nordlink", "human rights"),
    ("Nordlink's Privacy Report sets out every government request we received.", "Nordlink", "Privacy"),
])
def test_title_of_an_own_document_is_referential(text, source, matched):
    assert use_of(text, matched, source=source)[0] == "referential"


@pytest.mark.parametrize("text, source, matched", [
    # the own offer keeps its rule: a product, not a document
    ("Our Safe City platform keeps residents safe.", "Acme", "Safe City"),
    ("The Acme Smart City Suite connects every camera.", "Acme", "Smart City"),
])
def test_own_offer_is_still_the_speakers(text, source, matched):
    assert use_of(text, matched, source=source)[:2] == ("evaluative", "own_name")


# ------------------------------------------------------------------ the numbered items of reporting standards
# A GRI content index lists each disclosure by its number and title (GRI 1: Foundation 2021, requirement 7); the
# title is GRI's name of the disclosure (GRI 418: Customer Privacy 2016, disclosure 418-1; GRI 412: Human Rights
# Assessment 2016, disclosure 412-1), not the reporting company's words. A communication on progress under the UN
# Global Compact heads its sections with the principle's number and wording ("Principle 1: Businesses should
# support and respect ..."), the Global Compact's norm, not the company's claim.
GRI_ROWS = ("GRI content index\n\n"
            "GRI 418-1 Substantiated complaints concerning breaches of customer privacy and losses of customer data: 0\n\n"
            "GRI 412-1 Operations that have been subject to human rights reviews or impact assessments: 100%\n")


def test_gri_disclosure_titles_are_referential():
    got = frame_uses(GRI_ROWS, source="Vistara Networks")
    assert [(m, u, r) for m, u, r, _v in got] == [("privacy", "referential", "standard_item"),
                                                 ("human rights", "referential", "standard_item")]


def test_gri_code_token_sequence_is_the_cue():
    df = dc.find_frame_terms(dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame(
        {"doc_id": ["d"], "source": ["Vistara Networks"], "text": [GRI_ROWS]}))), "framing", categories=POLES)
    assert df["cue"].tolist() == ["GRI 418-1", "GRI 412-1"]


@pytest.mark.parametrize("text, matched, use", [
    # the company's answer after the title's colon is its own
    ("GRI 418-1 Substantiated complaints concerning breaches of customer privacy: we respect privacy in every "
     "market.", "privacy", ["referential", "evaluative"]),
    # a code cited inside a sentence of the company's prose heads no line
    ("We report breaches of customer privacy under GRI 418-1.", "privacy", ["evaluative"]),
    # a standard named by its number opening a sentence of prose is no disclosure (disclosure numbers have two
    # parts, "418-1")
    ("GRI 2 asks how we protect privacy in our supply chain.", "privacy", ["evaluative"]),
])
def test_what_follows_or_precedes_a_disclosure_title_is_the_speakers(text, matched, use):
    got = [u for m, u, _r, _v in frame_uses(text, source="Vistara Networks") if m == matched]
    assert got == use


@pytest.mark.parametrize("text, matched", [
    ("Principle 1: Businesses should support and respect the protection of internationally proclaimed human "
     "rights.", "human rights"),
    ("Principle 2: Businesses should make sure that they are not complicit in human rights abuses.",
     "human rights abuses"),
    ("Principle 6: Businesses should uphold the elimination of discrimination in respect of employment and "
     "occupation.", "discrimination"),
])
def test_global_compact_principle_wording_is_referential(text, matched):
    assert use_of(text, matched, source="Vistara Networks")[:2] == ("referential", "standard_item")


@pytest.mark.parametrize("text, matched", [
    # the company's own text under the principle's number: no norm of the standard, its own commitment
    ("Principle 1: We respect human rights across our operations.", "human rights"),
    ("Principle 1: Our human rights due diligence covered 40 markets.", "human rights"),
])
def test_own_text_under_a_principle_number_is_the_speakers(text, matched):
    assert use_of(text, matched, source="Vistara Networks")[0] == "evaluative"


# ------------------------------------------------------------------ commitments: who uses rights language, and how
# A company's own "we respect human rights" adopts the rights vocabulary (its use stays evaluative: the frame
# balance must show that vendors write as the rights organisations do), but it is a commitment of the speaker,
# not a charge against someone: the rule that found it says so (use_rule "commitment", cue its verb), so that a
# reader can tell a vendor's policy commitments from a critic's evaluations.
@pytest.mark.parametrize("text, source, matched, cue", [
    ("At Vistara, we respect human rights in every market.", "Vistara Networks", "human rights", "respect"),
    ("Nordlink is committed to respecting human rights.", "Nordlink", "human rights", "respecting"),
    ("We respect privacy, and we will always protect the privacy of our users.", "Vistara Networks", "privacy",
     "respect"),
    ("We are committed to upholding freedom of expression.", "Nordlink", "freedom of expression", "upholding"),
])
def test_own_commitment_is_evaluative_with_its_rule(text, source, matched, cue):
    rows = [r for r in frame_uses(text, source=source) if r[0] == matched]
    assert rows[0][1:3] == ("evaluative", "commitment")
    df = pd.DataFrame({"doc_id": ["d"], "source": [source], "text": [text]})
    ft = dc.find_frame_terms(dc.tokenize(dc.Corpus.from_dataframe(df)), "framing", categories=POLES)
    assert ft["cue"].iloc[0] == cue


@pytest.mark.parametrize("text, source, matched", [
    # someone else committing (the critic writes of the vendor): the critic's sentence, no commitment of its own
    ("Vistara must respect human rights.", "Digital Watch", "human rights"),
    # the critic's evaluation of a wrong
    ("Vistara has sold mass surveillance equipment to governments that persecute dissidents.", "Digital Watch",
     "mass surveillance"),
    # first person, but an account of a past act, not a commitment
    ("We assessed risks to privacy in 40 markets.", "Vistara Networks", "privacy"),
    # a demand addressed to the company on its own page: the investors' words, not the company's commitment
    ("Investors call on Vistara to respect human rights.", "Vistara", "human rights"),
    ("We call on Vistara to respect human rights.", "Digital Watch", "human rights"),
])
def test_not_a_commitment(text, source, matched):
    assert use_of(text, matched, source=source)[:2] == ("evaluative", "default")


def test_commitments_keep_the_balance():
    # the use of a commitment is evaluative, so frame_balance counts it as before: a vendor's own rights
    # commitments lean its balance to the rights pole, as a critic's charges do (hand count: 2 rights hits each)
    df = pd.DataFrame({"doc_id": ["v", "c"], "source": ["Vistara Networks", "Digital Watch"],
                       "text": ["We respect human rights and we protect privacy.",
                                "Vistara sold mass surveillance tools used to persecute dissidents."]})
    toks = dc.tokenize(dc.Corpus.from_dataframe(df))
    with pytest.warns(UserWarning, match="no counted hit"):  # no promotional hit in either text
        fb = dc.frame_balance(toks, "framing", by="source", voice="author", level="group", n_boot=0)
    got = dict(zip(fb["source"], fb["n_negative"], strict=True))
    assert got == {"Vistara Networks": 2, "Digital Watch": 3}
