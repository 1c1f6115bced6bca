"""Hostile inputs to the models (third audit): Wordscores and Latent Semantic Scaling, topic models, their
seeds and their effects. Each test makes its own small input and says what went wrong before the fix."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import discourse as dc

LSS_TEXTS = ["The smart city is efficient. Innovative smart solutions help the city.",
             "Mass surveillance violates privacy. Rights groups warn of repression.",
             "The city installs cameras. Privacy advocates worry about surveillance.",
             "Efficient cameras are smart. Rights matter for the city and its people."]


@pytest.fixture(scope="module")
def lss_tokens() -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": list("abcd"), "text": LSS_TEXTS, "source": "s"})
    return dc.tokenize(dc.Corpus.from_dataframe(docs))


# ------------------------------------------------------------------------------------------------ scaling

def test_lss_refuses_a_seed_in_both_poles(lss_tokens):
    # F04: a seed listed in both poles got +0.5 and -0.5, which cancel, yet counted toward each pole's
    # divisor; with one shared seed every polarity was 0, silently
    with pytest.raises(ValueError, match=r"seed word\(s\) 'city' are given to both poles"):
        dc.LatentSemanticScaling(seeds={"pro": ["smart", "city"], "crit": ["City", "privacy"]}).fit(lss_tokens)
    with pytest.raises(ValueError, match=r"'smart' are given to both poles"):
        dc.LatentSemanticScaling(seeds={"smart": 1.0, "Smart": -1.0, "privacy": -1.0}).fit(lss_tokens)
    # the same seeds, each in one pole, still fit
    m = dc.LatentSemanticScaling(seeds={"pro": ["smart", "city"], "crit": ["privacy"]}).fit(lss_tokens)
    assert (m.polarity_["polarity"] != 0).any()


def test_wordscores_refuses_infinite_counts():
    # F09: an infinite count gave the score NaN and n_words -9223372036854775808 with only numpy
    # RuntimeWarnings; keyness refuses the same table
    c = pd.DataFrame({"doc_id": ["r1", "r1", "r2", "r2", "v"], "term": ["good", "fine", "bad", "poor", "good"],
                      "n": [np.inf, 1.0, 2.0, 1.0, 1.0]})
    with pytest.raises(ValueError, match=r"counts\['n'\] must be finite non-negative counts; 1 row\(s\)"):
        dc.Wordscores().fit(c, {"r1": 1, "r2": -1})
    ok = c.assign(n=[3.0, 1.0, 2.0, 1.0, 1.0])
    model = dc.Wordscores().fit(ok, {"r1": 1, "r2": -1})
    with pytest.raises(ValueError, match="must be finite non-negative counts"):
        model.transform(c.assign(n=[1.0, 1.0, 2.0, 1.0, -np.inf]))
    assert model.transform(ok)["n_words"].tolist() == [4, 3, 1]


def test_lss_refuses_weights_that_are_not_finite(lss_tokens):
    # F10: seeds={"smart": inf} made every polarity inf, a NaN seed weight raised a bare KeyError: nan, and
    # terms={"city": inf} gave the polarity inf
    for bad in (np.inf, -np.inf, np.nan):
        with pytest.raises(ValueError, match=r"seeds\['privacy'\]=.*must be finite numbers"):
            dc.LatentSemanticScaling(seeds={"smart": 1.0, "privacy": bad}).fit(lss_tokens)
    with pytest.raises(ValueError, match=r"terms weights must be finite non-negative numbers.*'city'"):
        dc.LatentSemanticScaling(seeds={"pro": ["smart"], "crit": ["privacy"]},
                                 terms={"smart": 1, "city": np.inf}).fit(lss_tokens)
    m = dc.LatentSemanticScaling(seeds={"pro": ["smart"], "crit": ["privacy"]},
                                 terms={"smart": 1, "city": 2}).fit(lss_tokens)
    assert np.isfinite(m.polarity_["polarity"]).all()
