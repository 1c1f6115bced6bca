"""Fact-checking articles about surveillance claims (PolitiFact, Full Fact, AFP Fact Check): a claim by a named
politician or vendor, quoted and repeated, the checker's analysis with experts quoted, and a rating. The genre
speaks of the claim it checks as a noun ("The claim rests on ...", "This claim ignores ...") and sets the
checker's finding beside what experts say ("..., but experts say ..."); the checker's own words there are the
checker's evaluation, not reported speech (Graves 2016, *Deciding What's True*, ch. 3-4). Every sentence is
written for the test; the expected reading is given in its comment."""

from __future__ import annotations

import pytest

from .conftest import use_of


# ------------------------------------------------------------------ "the claim" is a noun, not a reporting verb
@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    # the checker's own analysis of the claim: "claim" after a determiner or possessive heads a noun phrase,
    # the subject of "ignores"; nothing is reported (Quirk et al. 1985, 5.10-5.12: a determiner opens a noun phrase)
    ("The claim ignores the privacy risks of the network.", "privacy"),
    ("Whitfield's claim ignores the privacy risks of the network.", "privacy"),
    ("This claim overlooks the mass surveillance the network enables.", "mass surveillance"),
    ("Her claims leave out the privacy costs.", "privacy"),
    ("Such claims ignore the human rights record of the vendor.", "human rights"),
])
def test_the_claim_as_a_noun_does_not_report(text, matched, quotes):
    use, rule, voice = use_of(text, matched, quotes=quotes)
    assert (use, voice) == ("evaluative", "author"), (use, rule, voice)


@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    # the verb still reports: the vendor's claim, in indirect speech
    ("The vendor claims its cameras are seamless.", "seamless"),
    ("A company that claims its platform is seamless won the contract.", "seamless"),
    ("The mayor claims the network ended repression.", "repression"),
])
def test_the_claim_as_a_verb_still_reports(text, matched, quotes):
    use, rule, voice = use_of(text, matched, quotes=quotes)
    assert use == "reported", (use, rule, voice)


@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    # the claim's content as the subject complement of the noun: the claimant's, reported (Schmid 2000, N-be-that)
    ("The mayor's claim is that the network is seamless.", "seamless"),
    ("Their claim was that the cameras ended repression in the district.", "repression"),
])
def test_content_of_the_claim_after_is_that_is_reported(text, matched, quotes):
    use, rule, voice = use_of(text, matched, quotes=quotes)
    assert (use, rule) == ("reported", "stance_noun"), (use, rule, voice)
