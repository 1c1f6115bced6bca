"""Promotional (and other frame) terms named as someone else's justification: "mass surveillance in the name of
public safety", "under the pretext of security", "public safety is no excuse for ...", "crime prevention as a
pretext". The nouns "pretext", "guise" and "excuse" attribute the proposition to others and evaluate it negatively,
so the writer disclaims it (Martin & White 2005, ch. 3, disclaim and distance): the term is ``distanced``, not the
writer's evaluation (``discourse.stance.rule_pretext``). Every sentence is written for the test (two follow UN
General Debate speeches, as noted); the expected uses were labelled by reading the sentence before the library's
output was looked at."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
import pytest

import discourse as dc

DISTANCED = [
    ("The city expanded mass surveillance in the name of public safety.", "public safety", "in the name of"),
    ("Dissent was crushed in the name of stability and security.", "security", "in the name of"),
    ("Cameras went up on every corner under the guise of a smart city.", "smart city", "under the guise of"),
    ("Police collected biometric data under the pretext of security.", "security", "under the pretext of"),
    ("Police collected biometric data on the false pretext of combating crime.", "crime",
     "on the false pretext of"),
    ("Faces were scanned under the pretext of public safety and crime prevention.", "crime", "under the pretext of"),
    ("Protests were broken up under the banner of public safety.", "public safety", "under the banner of"),
    ("Data was shared with police under cover of efficiency.", "efficiency", "under cover of"),
    ("Public safety is no excuse for mass surveillance.", "Public safety", "is no excuse"),
    ("Public safety is no justification for facial recognition in schools.", "Public safety", "is no justification"),
    ("The fight against terrorism can never be an excuse for abuses.", "terrorism", "can never be an excuse"),
    ("The government used crime prevention as a pretext for mass surveillance.", "crime", "as a pretext"),
    ("Officials used public safety as an excuse to ban protests.", "public safety", "as an excuse"),
    ("Critics see the smart city rhetoric as a fig leaf for repression.", "smart city", "as a fig leaf"),
    ("The vendor uses innovation as a smokescreen for data harvesting.", "innovation", "as a smokescreen"),
    ("Security should not be used as a pretext for failing to act.", "Security", "should not be used as a pretext"),
    # a possessor before the term is no naming (after Malaysia, 1984)
    ("Is it in the name of Israel's security that a people is denied its homeland?", "security", "in the name of"),
]
KEPT = [
    # the justification the writer disputes is distanced; the practice it excuses keeps the writer's word
    ("Public safety is no excuse for mass surveillance.", "mass surveillance"),
    ("The government used crime prevention as a pretext for mass surveillance.", "mass surveillance"),
    # a promoter's "no excuse for poor security": the term is the object of "for", not the excuse
    ("There is no excuse for poor security in a modern smart city.", "security"),
    ("There is no excuse for poor security in a modern smart city.", "smart city"),
    # a purpose, not a pretext
    ("The city restricted traffic for the sake of public safety.", "public safety"),
    ("The pretext was thin, but public safety improved.", "public safety"),
    ("Our platform improves public safety across the city.", "public safety"),
    # what is missing is the pretext, not the term (after Norway, 1986)
    ("The absence of binding sanctions should not be used as a pretext for failing to act.", "sanctions"),
    ("The lack of security is no excuse for repression.", "security"),
    # a justification the writer gives is no pretext
    ("Public safety is the justification for the new cameras.", "Public safety"),
]
NAMINGS = [
    # "in the name of" a name: a naming or an agency, not a justification
    ("The award was accepted in the name of the smart city of Songdo.", "smart city"),
    ("The account was registered in the name of Smart City Holdings.", "Smart City"),
]
SCARE = "Cameras went up under the guise of a 'safe city'."
REPORTED = "Activists said the city built cameras under the pretext of public safety."


@lru_cache(maxsize=1)
def _hits() -> pd.DataFrame:
    """The hits of every sentence of this file, tokenized once (one document per sentence)."""
    texts = sorted({t[0] for t in DISTANCED + KEPT + NAMINGS} | {SCARE, REPORTED})
    df = pd.DataFrame({"doc_id": texts, "source": "column", "text": texts})
    return dc.find_frame_terms(dc.tokenize(dc.Corpus.from_dataframe(df)), "framing")


def _use_of(text: str, matched: str) -> tuple[str, str, str, str]:
    ft = _hits()
    rows = ft[(ft["doc_id"] == text) & (ft["matched"] == matched)]
    assert len(rows) == 1, rows
    r = rows.iloc[0]
    return r["use"], r["use_rule"], r["cue"], r["voice"]


@pytest.mark.parametrize("text, matched, cue", DISTANCED)
def test_a_justification_named_as_a_pretext_is_distanced(text, matched, cue):
    assert _use_of(text, matched)[:3] == ("distanced", "distancing_cue", cue)


@pytest.mark.parametrize("text, matched", KEPT)
def test_other_uses_are_not_read_as_pretexts(text, matched):
    use, rule, cue, _ = _use_of(text, matched)
    assert (use, rule) == ("evaluative", "default"), (use, rule, cue)


@pytest.mark.parametrize("text, matched", NAMINGS)
def test_in_the_name_of_a_name_is_no_pretext(text, matched):
    use, rule, cue, _ = _use_of(text, matched)
    assert rule != "distancing_cue", (use, rule, cue)


def test_scare_quotes_still_decide_first():
    assert _use_of(SCARE, "safe city")[:2] == ("distanced", "scare_quotes")


def test_a_reported_pretext_is_distanced():
    # the critic reported in indirect speech disputes the justification: distanced, as "so-called" is there
    assert _use_of(REPORTED, "public safety") == ("distanced", "distancing_cue", "under the pretext of", "reported")
