"""Findings of a user audit of the topic tools: one test per finding, each failing before its fix."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import discourse as dc  # noqa: E402
from discourse.topic_effects import estimate_effect, topic_prevalence  # noqa: E402
from discourse.topic_packages import frame_packages, no_structure_warning_off  # noqa: E402
from discourse.topics import TopicModel, choose_k, find_thoughts, label_topics  # noqa: E402

from .test_topics import CAMERAS, FAST, TRADE, make_tokens  # noqa: E402


@pytest.fixture(scope="module")
def two_subjects() -> pd.DataFrame:
    return make_tokens({"c1": ("Watchdog", CAMERAS[:2]), "c2": ("Watchdog", CAMERAS[2:]),
                        "t1": ("Business", TRADE[:2]), "t2": ("Business", TRADE[2:])})


@pytest.fixture(scope="module")
def one_document_group() -> pd.DataFrame:
    # Watchdog and Business have two documents each, Blog a single one (two paragraphs)
    return make_tokens({"c1": ("Watchdog", CAMERAS[:2]), "c2": ("Watchdog", CAMERAS[2:]),
                        "t1": ("Business", TRADE[:2]), "t2": ("Business", TRADE[2:]),
                        "b1": ("Blog", [CAMERAS[0], TRADE[3]])})


def test_effect_group_of_one_document_has_no_interval(one_document_group):
    # finding 1: with paragraphs clustered by document, a group with one document has no variation between
    # documents in the cluster-robust variance, and got the narrowest interval of all, with no warning
    model = TopicModel(2, random_state=0, **FAST).fit(one_document_group)
    with pytest.warns(UserWarning, match=r"single cluster \(cluster='doc_id'\).*'Blog'.*cluster=None"):
        eff = estimate_effect(model, "source", n_sims=5, n_coef_draws=2, reference={"source": "Business"})
    ex = eff.expected
    blog = ex["value"] == "Blog"
    assert ex.loc[blog, ["ci_low", "ci_high"]].isna().all().all()
    assert ex.loc[~blog, ["ci_low", "ci_high"]].notna().all().all()
    assert ex["estimate"].notna().all()  # the estimate is kept
    co = eff.coefficients
    lonely = co["term"] == "source[T.Blog]"
    assert co.loc[lonely, ["se", "ci_low", "ci_high"]].isna().all().all()
    assert co.loc[~lonely, ["se", "ci_low", "ci_high"]].notna().all().all()
    # the lonely group as the reference: the intercept and every contrast lose their interval too
    with pytest.warns(UserWarning, match=r"reference level.*reference=\{'source': 'Business'\}"):
        eff = estimate_effect(model, "source", n_sims=5, n_coef_draws=2, reference={"source": "Blog"})
    assert eff.coefficients[["ci_low", "ci_high"]].isna().all().all()
    # without clustering nothing changes: every row keeps its interval, no warning
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        eff = estimate_effect(model, "source", n_sims=5, n_coef_draws=2, cluster=None)
    assert eff.expected[["ci_low", "ci_high"]].notna().all().all()


def test_prevalence_group_of_one_unit_has_no_interval(one_document_group):
    # finding 2: a group with a single unit got a zero-width "interval" (ci_low == prevalence == ci_high), shown
    # as certainty, with no warning, in topic_prevalence and in frame_packages' package prevalence
    model = TopicModel(2, unit="document", random_state=0, **FAST).fit(one_document_group)
    with pytest.warns(UserWarning, match=r"single unit in the model: 'Blog'.*no interval"):
        prev = topic_prevalence(model, by="source", n_boot=50)
    blog = prev["source"] == "Blog"
    assert prev.loc[blog, ["ci_low", "ci_high"]].isna().all().all()
    assert prev.loc[blog, "prevalence"].notna().all()
    assert prev.loc[~blog, ["ci_low", "ci_high"]].notna().all().all()
    with pytest.warns(UserWarning, match=r"single unit in the model: 'Blog'"), no_structure_warning_off():
        pk = frame_packages(model, by="source", n_boot=50)
    pblog = pk.prevalence["source"] == "Blog"
    assert pk.prevalence.loc[pblog, ["ci_low", "ci_high"]].isna().all().all()
    assert pk.prevalence.loc[~pblog, ["ci_low", "ci_high"]].notna().all().all()


def test_ensemble_with_fewer_than_two_stable_topics(two_subjects):
    # finding 3: an ensemble that kept ONE stable topic was accepted silently (every unit 100 % topic 0, every
    # prevalence and effect 1.0 [1.0, 1.0]); only zero stable topics was an error
    ens = {**FAST, "passes": 2}
    with pytest.raises(ValueError, match=r"only one stable topic.*n_models or passes.*smaller n_topics.*'lda'"):
        TopicModel(6, method="ensemble", n_models=2, random_state=0, **ens).fit(two_subjects)
    # fewer than half of n_topics stable: a warning
    with pytest.warns(UserWarning, match=r"only 2 stable topics for n_topics=5"):
        model = TopicModel(5, method="ensemble", n_models=3, random_state=0, **ens).fit(two_subjects)
    assert model.n_topics_ == 2


def test_frame_packages_edgeless_network_has_no_structure(two_subjects):
    # finding 4: with every correlation <= 0 (two topics: always -1) the network had no edge and was reported
    # as structure=True, one package per topic, no warning; the plot then said "the topics form one community"
    model = TopicModel(2, random_state=0, **FAST).fit(two_subjects)
    with pytest.warns(UserWarning, match=r"no community structure \(no edge: the topics share no positive "
                                         r"correlation.*own package"):
        pk = frame_packages(model, by="source", similarity="correlation", n_boot=20)
    assert len(pk.edges) == 0 and pk.structure is False and pk.modularity == 0.0
    assert sorted(pk.nodes["package"]) == [0, 1]
    title = dc.plot_frame_packages(pk).get_title()
    assert "no two topics are linked" in title and "one community" not in title


def test_choose_k_nmf_stability_advice(two_subjects):
    # finding 5: NMF's start (an SVD) barely depends on the seed, so its stability is 1.0 at every K here; the
    # warning told the user to measure stability from random starts (init='random'), which applies to LDA only
    with pytest.warns(UserWarning) as caught:
        res = choose_k(two_subjects, ks=[2, 3], random_states=(0, 1), method="nmf", init="random", measures="u_mass",
                       similarity="cosine", **FAST)
    assert (res["stability"] >= 0.98).all()
    messages = [str(w.message) for w in caught if "stability is" in str(w.message)]
    assert len(messages) == 1
    assert "method='nmf'" in messages[0] and "init= applies to LDA only" in messages[0]
    assert "method='lda' (--method lda) and init='random'" in messages[0]
    assert "from random starts (init='random')" not in messages[0]


def test_effect_reference_key_that_is_not_a_covariate(two_subjects):
    # finding 6: reference={"category": ...} (not a covariate) was ignored without a word, so every contrast had
    # another baseline than the one asked for
    model = TopicModel(2, unit="document", random_state=0, **FAST).fit(two_subjects)
    with pytest.raises(ValueError, match=r"reference names 'category'.*among: 'source'"):
        estimate_effect(model, "source", reference={"category": "Business"}, n_sims=2, n_coef_draws=1)
    with pytest.raises(TypeError, match="reference must be a dict"):
        estimate_effect(model, "source", reference="Business", n_sims=2, n_coef_draws=1)


def test_find_thoughts_refuses_n_below_one(two_subjects):
    # finding 7: n=0 gave an empty table and n=-1 every unit but the least representative (order[:n])
    model = TopicModel(2, random_state=0, **FAST).fit(two_subjects)
    for n in (0, -1):
        with pytest.raises(ValueError) as got:
            find_thoughts(model, n=n)
        with pytest.raises(ValueError) as expected:
            label_topics(model, n=n)
        assert str(got.value) == str(expected.value) == f"top_n={n} must be at least 1"
    with pytest.raises(TypeError, match="n must be an int"):
        find_thoughts(model, n=2.5)
    assert len(find_thoughts(model, n=1)) == 2


def test_missing_token_column_hint(two_subjects):
    # finding 8: a token table without 'is_stop' (a column of every token) was told to pass it through
    # dc.tokenize(corpus, metadata=['is_stop', ...]), which cannot supply it
    with pytest.raises(ValueError) as err:
        TopicModel(2, unit="document", **FAST).fit(two_subjects.drop(columns=["is_stop"]))
    msg = str(err.value)
    assert "metadata=" in msg and "metadata=['is_stop'" not in msg  # (metadata= only as what cannot supply it)
    assert "not a document column" in msg and "dc.tokenize(corpus)" in msg and "drop_stop=False" in msg
    # drop_stop=False indeed does without it
    TopicModel(2, unit="document", drop_stop=False, **FAST).fit(two_subjects.drop(columns=["is_stop"]))
    # a document column keeps the metadata hint
    with pytest.raises(ValueError, match=r"dc.tokenize\(corpus, metadata=\['genre', \.\.\.\]\)"):
        dc.count_frames(two_subjects, by="genre")


def test_topic_terms_and_labels_use_label_topics_frex():
    # finding 9: topic_terms (and the labels) ranked by FREX without STM's James-Stein shrinkage of exclusivity,
    # label_topics with it: two FREX rankings of one topic (here topic 1's top five differed)
    cams, trade = CAMERAS[:], TRADE[:]
    cams[0] += " drone drone"
    trade[1] += " tariff"
    cams[3] += " lens"
    trade[2] += " bonds bonds bonds"
    tokens = make_tokens({"c1": ("W", cams[:2]), "c2": ("W", cams[2:]), "t1": ("B", trade[:2]),
                          "t2": ("B", trade[2:])})
    model = TopicModel(3, random_state=0, **FAST).fit(tokens)
    lt = label_topics(model, n=5)
    tt = model.topic_terms(5)
    labels = model.labels()
    for k in range(model.n_topics_):
        by_lt = lt[(lt.topic == k) & (lt.measure == "frex")].sort_values("rank")
        by_tt = tt[(tt.topic == k) & (tt.rank_frex <= 5)].sort_values("rank_frex")
        assert by_tt["term"].tolist() == by_lt["term"].tolist()
        np.testing.assert_allclose(by_tt["frex"], by_lt["value"])
        assert labels[k] == ", ".join(by_lt["term"].head(3))
    # the shrinkage, now computed for all terms at once (labels are made often), is js_estimate term by term
    from scipy.stats import rankdata

    from discourse.topic_measures import frex, js_estimate

    rng = np.random.default_rng(0)
    beta = rng.dirichlet(np.full(300, 0.05), size=4)
    counts = rng.integers(0, 30, size=300).astype(float)
    excl = beta / beta.sum(axis=0)
    shrunk = np.stack([js_estimate(excl[:, v], counts[v]) for v in range(300)], axis=1)
    by_hand = 1 / (0.5 / (rankdata(shrunk, axis=1) / 300) + 0.5 / (rankdata(beta, axis=1) / 300))
    assert np.array_equal(frex(beta, wordcounts=counts), by_hand)
