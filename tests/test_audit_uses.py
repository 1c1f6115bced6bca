"""The use of framing hits in genres other than news: academic abstracts and reports that speak of themselves
("This article argues that ..."), fact-checks that label the claim they check ("Claim: ..."), negation by
"far from" / "anything but" / "less than", and nouns that name a way of talking ("the discourse of the smart
city"). Every sentence is written for the test; the expected use is the reading of the sentence given in its
comment."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import first_person_subject

from .conftest import POLES, frame_uses, use_of

_uses, _use_of = frame_uses, use_of


# ------------------------------------------------------------------ a text that names itself as the subject
@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    # an abstract's "this article argues": the authors' own thesis (Hyland 2001, self-mention through the text)
    ("This article argues that the resulting strategies normalise mass surveillance.", "mass surveillance"),
    ("This study contends that such discriminatory performance is incompatible with equal treatment.",
     "discriminatory"),
    ("This report further argues that the camera network is disproportionate.", "disproportionate"),
    ("The present paper argues that meaningful accountability requires public ownership of data.",
     "accountability"),
])
def test_text_naming_itself_states_its_own_view(text, matched, quotes):
    use, rule, voice = _use_of(text, matched, quotes=quotes)
    assert (use, voice) == ("evaluative", "author"), (use, rule, voice)


@pytest.mark.parametrize("text, matched", [
    # another text, or a text named with "the": reported as before
    ("The report argues that the camera network is disproportionate.", "disproportionate"),
    ("Their study contends that such discriminatory performance is rare.", "discriminatory"),
    ("This reporter was told that the cameras were intrusive.", "intrusive"),
])
def test_other_texts_still_report(text, matched):
    use, rule, voice = _use_of(text, matched)
    assert use == "reported", (use, rule, voice)


def test_first_person_subject_self_mention():
    assert first_person_subject(["this", "article"])
    assert first_person_subject(["in", "sum", "this", "paper"])
    assert first_person_subject(["the", "present", "study"])
    assert not first_person_subject(["the", "article"])
    assert not first_person_subject(["this", "reporter"])
    assert not first_person_subject(["this", "week", "the", "minister"])


# ------------------------------------------------------------------ "Claim:" in a fact-check
@pytest.mark.parametrize("text, matched", [
    ("Claim: Karsk's camera network is unlawful under European law.\nVerdict: Unproven.", "unlawful"),
    ("Claim: The new platform makes policing seamless.\nOur verdict: False.", "seamless"),
    ("Claims: the new platform makes policing seamless and efficient.", "seamless"),
])
def test_claim_label_reports_the_claim(text, matched):
    use, rule, _ = _use_of(text, matched)
    assert (use, rule) == ("reported", "stance_noun"), (use, rule)


def test_colon_after_other_labels_is_not_a_report():
    # a heading's colon after a noun that is no label of someone's claim: the author's own words
    use, rule, _ = _use_of("Summary: the network is disproportionate.", "disproportionate")
    assert use == "evaluative", rule
    use, rule, _ = _use_of("Warning: the network is disproportionate.", "disproportionate")
    assert use == "evaluative", rule


# ------------------------------------------------------------------ negation by "far from", "anything but"
@pytest.mark.parametrize("text, matched, cue", [
    ("The new traffic platform has been anything but seamless.", "seamless", "anything but"),
    ("The port's face cameras are far from efficient.", "efficient", "far from"),
    ("The dashboard is less than seamless: three clicks to see a junction.", "seamless", "less than"),
    ("The rollout was far from being efficient.", "efficient", "far from"),
])
def test_negative_approximators_distance(text, matched, cue):
    ft_rows = _uses(text)
    assert ("distanced", "negation") == next((u, r) for m, u, r, _ in ft_rows if m == matched)
    df = pd.DataFrame({"doc_id": ["d"], "source": ["s"], "text": [text]})
    ft = dc.find_frame_terms(dc.tokenize(dc.Corpus.from_dataframe(df)), "framing", categories=POLES)
    assert ft.loc[ft["matched"] == matched, "cue"].tolist() == [cue]


@pytest.mark.parametrize("text, matched", [
    # "no less than" is emphatic: the term is asserted; the spatial "far from" before a noun phrase is no negation
    ("The change was no less than transformative for the town.", "transformative"),
    ("The depot is far from the innovative district by the harbour.", "innovative"),
    ("They will try anything, but innovation needs money.", "innovation"),
])
def test_not_negative_approximators(text, matched):
    use, rule, _ = _use_of(text, matched)
    assert use == "evaluative", rule


# ------------------------------------------------------------------ nouns naming a way of talking
@pytest.mark.parametrize("text, matched", [
    ("This article examines the discourse of the smart city in municipal strategies.", "smart city"),
    ("The discourses of public safety make watching appear as care.", "public safety"),
    ("Municipal imaginaries of the smart city travel through consultancy reports.", "smart city"),
    ("The chapter traces how the imaginary of the intelligent city moved from Songdo to Nairobi.", "intelligent"),
])
def test_discourse_nouns_mention_the_term(text, matched):
    use, rule, _ = _use_of(text, matched)
    assert (use, rule) == ("referential", "mention"), (use, rule)


def test_discourse_noun_elsewhere_leaves_evaluation():
    # "discourse" not right before the term (or its "of"): the author's own evaluation stays
    use, rule, _ = _use_of("Public discourse has become more efficient since the reform.", "efficient")
    assert use == "evaluative", rule
