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


# ------------------------------------------------------------------------------------------------ topics
FAST = {"passes": 5, "iterations": 50, "phrases": False, "min_count": 1, "max_doc_share": 1.0}


@pytest.fixture(scope="module")
def seed_model(seed_tokens) -> dc.TopicModel:
    return dc.TopicModel(3, random_state=0, **FAST).fit(seed_tokens)


def test_choose_k_refuses_repeated_seeds_and_ks_and_fractional_k(seed_tokens):
    # F07: seeds=(0, 0) compared a run with itself (stability 1.0), ks=[4, 4] repeated the row (and inflated
    # the stability), ks=[2.7] was cut to K=2 silently; all before any model was fitted
    kw = dict(init="random", measures="u_mass", **FAST)
    with pytest.raises(ValueError, match=r"random_states gives 0 more than once; give each seed once"):
        dc.choose_k(seed_tokens, ks=[4], random_states=(0, 0), **kw)
    with pytest.raises(ValueError, match=r"ks gives 4 more than once; give each number of topics once"):
        dc.choose_k(seed_tokens, ks=[4, 4], random_states=(0, 1), **kw)
    with pytest.raises(TypeError, match=r"ks item must be an int.*2\.7"):
        dc.choose_k(seed_tokens, ks=[2.7], random_states=(0,), **kw)
    with pytest.raises(TypeError, match=r"ks item must be an int.*4\.0"):  # as TopicModel(4.0) is refused
        dc.choose_k(seed_tokens, ks=[4.0], random_states=(0,), **kw)
    with pytest.raises(TypeError, match=r"random_states\[1\] must be an int seed"):
        dc.choose_k(seed_tokens, ks=[2], random_states=(0, 1.5), **kw)
    out = dc.choose_k(seed_tokens, ks=np.array([2, 3]), random_states=(0, 1), **kw)
    assert out["k"].tolist() == [2, 3] and out["stability"].between(0, 1).all()


def test_ensemble_is_deterministic(seed_tokens):
    # F08: gensim builds the ensemble's LDA without the seed and fit inferred the proportions with that
    # unseeded random state: two fits with one random_state gave doc_topics differing by ~1e-3
    kw = dict(method="ensemble", n_models=2, random_state=0)
    a = dc.TopicModel(3, **kw).fit(seed_tokens)
    b = dc.TopicModel(3, **kw).fit(seed_tokens)
    np.testing.assert_array_equal(a.topic_word_, b.topic_word_)
    np.testing.assert_array_equal(a.doc_topic_, b.doc_topic_)
    np.testing.assert_array_equal(a.gamma_, b.gamma_)


@pytest.mark.parametrize("bad", [-1, 2**32, np.int64(-5)])
def test_random_state_out_of_range_names_the_parameter(seed_tokens, seed_model, bad):
    # F13: random_state was range-checked on the command line only: the library failed inside numpy ("Seed must
    # be between 0 and 2**32 - 1", "expected non-negative integer") without naming the parameter, and LSS on a
    # small matrix took -1 silently
    msg = r"random_state=-?\d+ is not a seed numpy takes; give an int from 0 to 2\*\*32 - 1"
    for method in ("lda", "nmf", "ensemble"):
        with pytest.raises(ValueError, match=msg):
            dc.TopicModel(3, method=method, random_state=bad).fit(seed_tokens)
    with pytest.raises(ValueError, match=msg):
        dc.estimate_effect(seed_model, "source", random_state=bad)
    with pytest.raises(ValueError, match=msg):
        dc.topic_prevalence(seed_model, by="source", random_state=bad)
    for engine in ("svd", "word2vec"):
        with pytest.raises(ValueError, match=msg):
            dc.LatentSemanticScaling(seeds={"p": ["smart"], "n": ["privacy"]}, engine=engine, k=5,
                                     random_state=bad).fit(seed_tokens)
    with pytest.raises(ValueError, match=r"random_states\[0\]=-?\d+ is not a seed numpy takes"):
        dc.choose_k(seed_tokens, ks=[2], random_states=(bad,), **FAST)


def test_random_state_must_be_an_int(seed_tokens, seed_model):
    # F13: estimate_effect(random_state=1.5) was int()-ed silently, and True passed as the seed 1
    for bad in (1.5, True, "0"):
        with pytest.raises(TypeError, match=r"random_state must be an int seed from 0 to 2\*\*32 - 1"):
            dc.estimate_effect(seed_model, "source", random_state=bad)
        with pytest.raises(TypeError, match="random_state must be an int seed"):
            dc.TopicModel(3, random_state=bad).fit(seed_tokens)
    # numpy integers and the ends of the range are seeds
    a = dc.topic_prevalence(seed_model, by="source", n_boot=20, random_state=np.uint32(2**32 - 1))
    b = dc.topic_prevalence(seed_model, by="source", n_boot=20, random_state=2**32 - 1)
    pd.testing.assert_frame_equal(a, b)


def test_spline_of_a_text_column_names_the_column(seed_model):
    # F14: estimate_effect(model, "s(source)") failed inside pandas: "Unable to parse string 'unknown (000)'"
    with pytest.raises(ValueError, match=r"covariate 's\(source\)': a spline needs a numeric or date column, "
                                         r"and 'source' holds"):
        dc.estimate_effect(seed_model, "s(source)")


@pytest.mark.parametrize("top_n", [0, 1])
def test_coherence_needs_two_top_terms(seed_tokens, seed_model, top_n):
    # F15: top_n=0 failed inside gensim ("unable to interpret topic"), top_n=1 gave c_v 1.0 for every topic
    # with numpy "Mean of empty slice" warnings
    with pytest.raises(ValueError, match=rf"top_n={top_n} is too small: coherence .* at least 2"):
        seed_model.coherence(top_n=top_n)
    with pytest.raises(ValueError, match=rf"top_n={top_n} is too small"):
        dc.choose_k(seed_tokens, ks=[2], random_states=(0,), measures="u_mass", top_n=top_n, **FAST)
    assert seed_model.coherence("u_mass", top_n=2)["u_mass"].notna().all()


def test_transform_of_an_empty_table_says_transform(seed_tokens, seed_model):
    # F18: transform of an empty table said "there is nothing to fit a topic model on"
    with pytest.raises(ValueError, match="tokens is empty: there is nothing to apply the fitted topic model to"):
        seed_model.transform(seed_tokens.iloc[:0])
    with pytest.raises(ValueError, match="tokens is empty: there is nothing to fit a topic model on"):
        dc.TopicModel(3).fit(seed_tokens.iloc[:0])


def test_topic_model_refuses_two_documents_under_one_doc_id():
    # F01 (topics): the token tables of two corpora both numbered "0", "1", ... concatenated were merged
    # into one document per id by a topic model with unit="document", silently
    def corpus(texts, source):
        return dc.Corpus.from_dataframe(pd.DataFrame({"text": texts, "source": source}), doc_id=None)

    ta = dc.tokenize(corpus(["The smart city is efficient. Privacy matters.", "Cameras watch the street."], "A"))
    tb = dc.tokenize(corpus(["Mass surveillance violates privacy. Smart city."], "B"))
    both = pd.concat([ta, tb], ignore_index=True)
    for unit in ("document", "paragraph"):
        # (the message of text.check_unique_positions, which counting and matching give too)
        with pytest.raises(ValueError, match=r"row\(s\) whose \(doc_id, position\) another row has too.*first: "
                                             r"doc_id '0'.*give every document its own doc id"):
            dc.TopicModel(2, unit=unit, **FAST).fit(both)
    # the same table with unique ids is valid, shuffled too (a table that has to be sorted is checked)
    ok = pd.concat([ta, tb.assign(doc_id="b" + tb["doc_id"].astype(str))], ignore_index=True)
    for table in (ok, ok.sample(frac=1.0, random_state=0)):
        m = dc.TopicModel(2, unit="document", **FAST).fit(table)
        assert sorted(m.units_["doc_id"]) == ["0", "1", "b0"]


def test_random_state_of_balances_packages_and_suggestions_names_the_parameter(seeds):
    # frame_balance (random_state=-1 failed inside numpy's default_rng), suggest_terms (2**40 failed inside
    # gensim's word2vec seeding) and frame_packages (1.5 was int()-ed) check the seed as the topic models do
    tokens = dc.tokenize(seeds)
    with pytest.raises(ValueError, match=r"random_state=-1 is not a seed numpy takes"):
        dc.frame_balance(tokens, "framing", by="source", random_state=-1)
    with pytest.raises(ValueError, match=r"random_state=1099511627776 is not a seed numpy takes"):
        dc.suggest_terms(tokens, seeds={"a": ["smart"], "b": ["privacy"]}, by=None, random_state=2**40)
    model = dc.TopicModel(2, passes=1, iterations=5).fit(tokens)
    with pytest.raises(TypeError, match=r"random_state must be an int seed"):
        dc.frame_packages(model, random_state=1.5)
