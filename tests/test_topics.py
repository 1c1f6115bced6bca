"""Topic models: determinism, table schemas, FREX known answers, choose_k, save/load, bad input."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.topic_effects import estimate_effect, plot_effect, topic_prevalence, topics_by
from discourse.topic_measures import frex, lift, score
from discourse.topic_packages import frame_packages, leading_eigenvector, topic_frames
from discourse.topics import TopicModel, choose_k, find_thoughts, label_topics

from .conftest import SHARED, UNGD

FAST = {"passes": 5, "iterations": 50, "phrases": False, "min_count": 1, "max_doc_share": 1.0}

# two subjects that share no content word, so a two-topic model must separate them
CAMERAS = ["police cameras watch citizens street surveillance", "surveillance cameras police face recognition",
           "citizens street cameras police watch face", "face recognition surveillance police citizens"]
TRADE = ["trade tariffs investors blacklist shares market", "investors shares market trade tariffs exports",
         "blacklist exports tariffs investors market shares", "market trade blacklist exports investors tariffs"]


def make_tokens(docs: dict[str, tuple[str, list[str]]]) -> pd.DataFrame:
    """A token table in the shape of dc.tokenize: {doc_id: (source, [paragraph texts])}; words split on spaces."""
    rows = []
    for doc_id, (source, paras) in docs.items():
        pos = 0
        offset = 0
        for p, text in enumerate(paras):
            for w in text.split():
                rows.append({"doc_id": doc_id, "source": source, "paragraph": p, "sentence": p, "position": pos,
                             "start": offset, "end": offset + len(w), "token": w, "norm": w.lower(),
                             "stem": w.lower(), "is_stop": w.lower() in {"the", "and", "of", "a"},
                             "is_punct": not any(ch.isalnum() for ch in w), "voice": "author"})
                pos += 1
                offset += len(w) + 1
            offset += 1
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def two_subjects() -> pd.DataFrame:
    return make_tokens({
        "c1": ("Watchdog", CAMERAS[:2]), "c2": ("Watchdog", CAMERAS[2:]),
        "t1": ("Business", TRADE[:2]), "t2": ("Business", TRADE[2:]),
    })


@pytest.fixture(scope="module")
def fitted(two_subjects) -> TopicModel:
    return TopicModel(2, unit="paragraph", random_state=0, **FAST).fit(two_subjects)


# ------------------------------------------------------------------------------------------ FREX
def test_frex_known_answer():
    # hand computation from the FREX formula of Roberts, Stewart & Airoldi (2016) / STM calcfrex:
    # row 0 beta (0.5, 0.3, 0.2): frequency and exclusivity ranks both (3, 2, 1)/3 -> FREX (1, 2/3, 1/3);
    # row 1 beta (0.1, 0.1, 0.8): frequency ECDF (0.5, 0.5, 1) with the tie averaged, exclusivity
    # (1/6, 1/4, 0.8) -> ECDF (1/3, 2/3, 1) -> FREX 1/(0.5*3 + 0.5*2) = 0.4, 1/(0.75 + 1) = 4/7, 1.
    beta = np.array([[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])
    np.testing.assert_allclose(frex(beta), [[1, 2 / 3, 1 / 3], [0.4, 4 / 7, 1.0]])
    # weight 1 is the exclusivity ECDF alone, weight 0 the frequency ECDF alone
    np.testing.assert_allclose(frex(beta, weight=1.0)[1], [1 / 3, 2 / 3, 1])
    np.testing.assert_allclose(frex(beta, weight=0.0)[1], [0.5, 0.5, 1])
    with pytest.raises(ValueError, match="weight"):
        frex(beta, weight=2)


# ------------------------------------------------------------------------------------------ fit, schemas
def test_separates_two_subjects(fitted):
    dt = fitted.doc_topics(level="document")
    dominant = dt.loc[dt.groupby("doc_id")["proportion"].idxmax()].set_index("doc_id")["topic"]
    assert dominant["c1"] == dominant["c2"]
    assert dominant["t1"] == dominant["t2"]
    assert dominant["c1"] != dominant["t1"]
    cam, trade = set(" ".join(CAMERAS).split()), set(" ".join(TRADE).split())
    top = [set(t) for t in fitted.top_terms(6)]
    assert sorted(t <= cam for t in top) == [False, True]
    assert sorted(t <= trade for t in top) == [False, True]


def test_table_schemas(fitted):
    tt = fitted.topic_terms(3)
    assert list(tt.columns) == ["topic", "label", "term", "probability", "exclusivity", "frex",
                                "rank_probability", "rank_frex", "frex_weight"]
    assert ((tt["rank_probability"] <= 3) | (tt["rank_frex"] <= 3)).all()
    assert tt.groupby("topic")["rank_probability"].min().eq(1).all()
    for _, g in tt.groupby("topic"):  # the label is the three highest-FREX terms
        assert g["label"].iloc[0] == ", ".join(g.sort_values("rank_frex")["term"].head(3))
        assert g.sort_values("rank_probability")["probability"].is_monotonic_decreasing
    ut = fitted.doc_topics()
    assert list(ut.columns) == ["level", "unit", "doc_id", "source", "n_terms", "topic", "label", "proportion"]
    assert len(ut) == len(fitted.units_) * 2
    np.testing.assert_allclose(ut.groupby("unit")["proportion"].sum(), 1.0)
    dt = fitted.doc_topics(level="document")
    assert list(dt.columns) == list(ut.columns)
    assert dt["unit"].isna().all() and len(dt) == 4 * 2
    # a document's proportion is the term-weighted mean of its units' proportions
    u = ut[(ut.doc_id == "c1") & (ut.topic == 0)]
    expected = float((u["proportion"] * u["n_terms"]).sum() / u["n_terms"].sum())
    assert dt[(dt.doc_id == "c1") & (dt.topic == 0)]["proportion"].item() == pytest.approx(expected)
    coh = fitted.coherence()
    assert list(coh.columns) == ["topic", "label", "c_v", "c_npmi", "u_mass", "top_n"]
    assert coh[["c_v", "c_npmi", "u_mass"]].notna().all().all()
    only = fitted.coherence("u_mass")
    assert only["c_v"].isna().all() and only["u_mass"].tolist() == coh["u_mass"].tolist()
    assert list(fitted.filter_report_.columns) == ["step", "setting", "n_tokens", "n_terms", "n_units"]
    assert list(fitted.units_.columns) == ["unit", "doc_id", "source", "unit_index", "first_position",
                                           "last_position", "start", "end", "n_tokens", "n_terms"]


@pytest.mark.parametrize("method", ["lda", "nmf"])
def test_identical_tables_from_identical_seed(two_subjects, method):
    a = TopicModel(2, method=method, random_state=3, **FAST).fit(two_subjects)
    b = TopicModel(2, method=method, random_state=3, **FAST).fit(two_subjects)
    pd.testing.assert_frame_equal(a.topic_terms(), b.topic_terms(), check_exact=True)
    pd.testing.assert_frame_equal(a.doc_topics(), b.doc_topics(), check_exact=True)
    pd.testing.assert_frame_equal(a.coherence(), b.coherence(), check_exact=True)
    pd.testing.assert_frame_equal(topic_prevalence(a, n_boot=50), topic_prevalence(b, n_boot=50), check_exact=True)


def test_lda_refuses_a_model_with_values_that_are_not_finite(two_subjects, monkeypatch):
    # the floating-point flag of numpy's dot is ignored around gensim's calls (OpenBLAS sets it now and then for
    # finite results); a model whose matrices hold NaN is refused with the fix named, never reported
    from gensim.models import LdaModel

    real = LdaModel.get_topics
    monkeypatch.setattr(LdaModel, "get_topics", lambda self: real(self) * np.nan)
    with pytest.raises(FloatingPointError, match="not finite.*method='nmf'"):
        TopicModel(2, random_state=0, **FAST).fit(two_subjects)
    monkeypatch.setattr(LdaModel, "get_topics", real)
    with np.errstate(invalid="raise"):  # no flag of the fit itself escapes, however the BLAS sets it
        TopicModel(2, random_state=0, **FAST).fit(two_subjects)


def test_seed_changes_the_model(seed_tokens):
    kw = {"passes": 3, "iterations": 50, "phrases": False}
    a = TopicModel(4, random_state=0, **kw).fit(seed_tokens)
    b = TopicModel(4, random_state=1, **kw).fit(seed_tokens)
    assert not np.array_equal(a.topic_word_, b.topic_word_)


def test_ensemble_fits(two_subjects):
    m = TopicModel(2, method="ensemble", n_models=3, random_state=0, **FAST).fit(two_subjects)
    assert m.n_topics_ >= 1
    assert m.doc_topic_.shape == (len(m.units_), m.n_topics_)
    np.testing.assert_allclose(m.doc_topic_.sum(axis=1), 1.0)


def test_units_windows_and_documents(two_subjects):
    w = TopicModel(2, unit="window", window_size=4, random_state=0, **FAST).fit(two_subjects)
    # windows of 4 positions: a document of n tokens gives n // 4 full windows and one of n % 4
    expected = []
    for n in two_subjects.groupby("doc_id", sort=False).size():
        expected += [4] * (n // 4) + ([n % 4] if n % 4 else [])
    assert w.units_["n_tokens"].tolist() == expected
    assert (w.units_["unit_index"] == w.units_["first_position"] // 4).all()
    d = TopicModel(2, unit="document", random_state=0, **FAST).fit(two_subjects)
    assert d.units_["doc_id"].tolist() == ["c1", "c2", "t1", "t2"]


def test_lexicon_phrases_stay_one_term():
    toks = make_tokens({"a": ("S", ["mass surveillance worries critics", "critics fear mass surveillance"]),
                        "b": ("S", ["mass events draw critics", "surveillance critics speak"])})
    lex = dc.Lexicon.from_dict({"rights": ["mass surveillance"]})
    m = TopicModel(2, lexicon=lex, random_state=0, **FAST).fit(toks)
    terms = set(m.dictionary_.token2id)
    assert "mass_surveillance" in terms
    # "mass" and "surveillance" remain only where they stand alone
    assert m.texts_[0] == ["mass_surveillance", "worries", "critics"]
    plain = TopicModel(2, random_state=0, **FAST).fit(toks)
    assert "mass_surveillance" not in set(plain.dictionary_.token2id)


def test_filter_report_counts(two_subjects):
    m = TopicModel(2, random_state=0, passes=2, iterations=20, phrases=False, min_count=3,
                   max_doc_share=1.0).fit(two_subjects)
    rep = m.filter_report_.set_index("step")
    assert rep.loc["words", "n_tokens"] == len(two_subjects)
    counts = two_subjects["norm"].value_counts()
    assert rep.loc["min_count", "n_terms"] == int((counts >= 3).sum())


# ------------------------------------------------------------------------------------------ save / load
def test_save_load_roundtrip(fitted, tmp_path):
    path = fitted.save(tmp_path / "model.pkl")
    back = TopicModel.load(path)
    pd.testing.assert_frame_equal(back.topic_terms(), fitted.topic_terms(), check_exact=True)
    pd.testing.assert_frame_equal(back.doc_topics("document"), fitted.doc_topics("document"), check_exact=True)
    pd.testing.assert_frame_equal(back.coherence(), fitted.coherence(), check_exact=True)
    (tmp_path / "junk.pkl").write_bytes(b"not a pickle")
    with pytest.raises(ValueError, match="not a saved TopicModel"):
        TopicModel.load(tmp_path / "junk.pkl")
    with pytest.raises(FileNotFoundError):
        TopicModel.load(tmp_path / "missing.pkl")


# ------------------------------------------------------------------------------------------ choose_k
def test_choose_k_small_corpus(two_subjects):
    res = choose_k(two_subjects, ks=[2, 3], random_states=(0, 1), **FAST)
    assert list(res.columns) == ["k", "method", "unit", "n_units", "n_seeds", "c_v", "c_npmi", "u_mass",
                                 "stability", "stability_min", "similarity", "top_n"]
    assert res["k"].tolist() == [2, 3]
    assert res["stability"].between(0, 1).all()
    assert (res["stability_min"] <= res["stability"]).all()
    one = choose_k(two_subjects, ks=[2], random_states=(0,), measures="u_mass", **FAST)
    assert np.isnan(one["stability"].item()) and np.isnan(one["c_v"].item())
    # the same runs give the same table
    pd.testing.assert_frame_equal(res, choose_k(two_subjects, ks=[2, 3], random_states=(0, 1), **FAST), check_exact=True)


def test_choose_k_bad_input(two_subjects):
    with pytest.raises(ValueError, match="more topics than"):
        choose_k(two_subjects, ks=[2, 50], **FAST)
    with pytest.raises(ValueError, match="similarity"):
        choose_k(two_subjects, ks=[2], similarity="dice", **FAST)
    with pytest.raises(ValueError, match="ks is empty"):
        choose_k(two_subjects, ks=[], **FAST)


# ------------------------------------------------------------------------------------------ by group
def test_topics_by_known_answer(fitted):
    res = topic_prevalence(fitted, by="source", n_boot=200)
    assert list(res.columns) == ["source", "topic", "label", "prevalence", "ci_low", "ci_high", "n_units",
                                 "n_boot", "ci", "interval"]
    # prevalence = mean of the group's unit proportions
    w = fitted.units_["source"] == "Watchdog"
    expected = fitted.doc_topic_[w.to_numpy()].mean(axis=0)
    got = res[res.source == "Watchdog"].sort_values("topic")["prevalence"].to_numpy()
    np.testing.assert_allclose(got, expected)
    np.testing.assert_allclose(res.groupby("source")["prevalence"].sum(), 1.0)
    assert (res["ci_low"] <= res["prevalence"] + 1e-12).all() and (res["prevalence"] <= res["ci_high"] + 1e-12).all()
    assert set(res["n_units"]) == {4}


def test_group_with_no_units():
    toks = make_tokens({"a": ("Kept", CAMERAS[:2]), "b": ("Kept", TRADE[:2]),
                        "c": ("Empty", ["the and of", "a the"])})
    with pytest.warns(UserWarning, match="no term left"):
        m = TopicModel(2, random_state=0, **FAST).fit(toks)
    assert set(m.skipped_units_["doc_id"]) == {"c"}
    with pytest.warns(UserWarning, match="no unit in the model"):
        res = topic_prevalence(m, by="source", n_boot=20)
    empty = res[res.source == "Empty"]
    assert len(empty) == 2 and (empty["n_units"] == 0).all() and empty["prevalence"].isna().all()


def test_topic_frames_shares(fitted, two_subjects):
    lex = dc.Lexicon.from_dict({"surveillance": ["surveil*", "face recognition", "police"],
                                "market": ["tariff*", "investor*"]})
    res = topic_frames(fitted, lex, by="source")
    assert list(res.columns) == ["source", "frame", "topic", "label", "hits", "share", "n_hits", "n_unassigned"]
    hits = lex.find_matches(two_subjects).merge(two_subjects[["doc_id", "source"]].drop_duplicates(), on="doc_id")
    n = hits.groupby(["source", "frame"]).size()
    got = res.drop_duplicates(["source", "frame"]).set_index(["source", "frame"])["n_hits"]
    assert got[("Watchdog", "surveillance")] == n[("Watchdog", "surveillance")]
    assert got[("Business", "surveillance")] == 0
    assert res[(res.source == "Business") & (res.frame == "surveillance")]["share"].isna().all()
    sums = res.dropna(subset=["share"]).groupby(["source", "frame"])["share"].sum()
    np.testing.assert_allclose(sums, 1.0)
    # expected hits per topic sum to the frame's hits
    np.testing.assert_allclose(res.groupby(["source", "frame"])["hits"].sum().loc[("Business", "market")],
                               n[("Business", "market")])


# ------------------------------------------------------------------------------------------ frame packages
def testleading_eigenvector_two_cliques():
    # two triangles joined by one weak edge: Newman's method must cut the weak edge
    w = np.zeros((6, 6))
    for a, b in [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5)]:
        w[a, b] = w[b, a] = 1.0
    w[2, 3] = w[3, 2] = 0.1
    assert sorted(map(sorted, leading_eigenvector(w))) == [[0, 1, 2], [3, 4, 5]]
    assert leading_eigenvector(np.zeros((3, 3))) == [[0], [1], [2]]


@pytest.mark.parametrize("community", ["leading_eigenvector", "louvain"])
def test_frame_packages_tables(seed_tokens, community):
    m = TopicModel(6, random_state=0, passes=5, iterations=50).fit(seed_tokens)
    fp = frame_packages(m, by="source", community=community, n_boot=50)
    assert list(fp.nodes.columns) == ["topic", "label", "package", "prevalence", "strength"]
    assert list(fp.edges.columns) == ["source_topic", "target_topic", "weight", "same_package"]
    assert list(fp.prevalence.columns) == ["source", "package", "topics", "prevalence", "ci_low", "ci_high",
                                           "n_units", "n_boot", "ci", "interval"]
    assert (fp.edges["weight"] > 0).all() and (fp.edges["source_topic"] < fp.edges["target_topic"]).all()
    # every topic is in exactly one package, so the packages' prevalences sum to 1 in every source
    np.testing.assert_allclose(fp.prevalence.groupby("source")["prevalence"].sum(), 1.0)
    assert sorted(fp.nodes["package"].unique()) == list(range(fp.nodes["package"].nunique()))
    assert -0.5 <= fp.modularity <= 1
    again = frame_packages(m, by="source", community=community, n_boot=50)
    pd.testing.assert_frame_equal(fp.nodes, again.nodes, check_exact=True)


# ------------------------------------------------------------------------------------------ seeds
def test_seed_articles_get_distinct_topics(seed_tokens):
    """The blacklist/investor article (004) and the mass-surveillance supply article (001) are about
    different subjects; their dominant topics must differ."""
    # batch training to convergence (one update per pass, every pass run) as before issue 13's defaults;
    # with the size-chosen online defaults and K = 5, articles 001 and 004 share their dominant topic
    m = TopicModel(5, random_state=0, passes=50, iterations=200, chunksize=2000, alpha="symmetric", tol=None,
                   max_doc_share=0.2, lexicon="framing").fit(seed_tokens)
    dt = m.doc_topics(level="document")
    dominant = dt.loc[dt.groupby("doc_id")["proportion"].idxmax()].set_index("doc_id")["topic"]
    assert dominant["004"] != dominant["001"]
    assert "smart_city" in m.dictionary_.token2id  # a lexicon phrase kept whole
    assert len(m.units_) > 50  # paragraphs, not five documents


# ------------------------------------------------------------------------------------------ bad input
def test_k_larger_than_units(two_subjects):
    with pytest.raises(ValueError, match=r"n_topics=20 is larger than the number of non-empty units \(8"):
        TopicModel(20, **FAST).fit(two_subjects)


@pytest.mark.parametrize(("paragraphs", "params", "step"), [
    (["the and of", "a the"], {"drop_stop": True}, "drop_stop"),
    (["1999 2020", "42"], {"drop_stop": False, "drop_numbers": True}, "drop_numbers"),
])
def test_all_units_empty_names_the_filter(paragraphs, params, step):
    toks = make_tokens({"a": ("S", paragraphs), "b": ("S", paragraphs[::-1])})
    with pytest.raises(ValueError, match=f"empty after the filter '{step}' \\({step}=True\\); set {step}=False"):
        TopicModel(1, **{**FAST, **params}).fit(toks)


def test_all_units_empty_after_min_count():
    toks = make_tokens({"a": ("S", ["alpha beta"]), "b": ("S", ["gamma delta"])})
    with pytest.raises(ValueError, match="'min_count'.*min_count=2"):
        TopicModel(1, phrases=False, min_count=2).fit(toks)


def test_used_before_fit(two_subjects):
    m = TopicModel(2)
    for call in (m.topic_terms, m.doc_topics, m.coherence, lambda: m.save("x.pkl")):
        with pytest.raises(ValueError, match=r"not fitted yet; call \.fit\(tokens\)"):
            call()
    with pytest.raises(ValueError, match="not fitted"):
        topic_prevalence(m)
    with pytest.raises(ValueError, match="not fitted"):
        frame_packages(m)


def test_bad_parameters(two_subjects, fitted):
    with pytest.raises(ValueError, match=r"method='lsa' is not valid; choose one of: 'lda', 'nmf', 'ensemble'"):
        TopicModel(2, method="lsa").fit(two_subjects)
    with pytest.raises(ValueError, match="unit="):
        TopicModel(2, unit="chapter").fit(two_subjects)
    with pytest.raises(TypeError, match="n_topics must be an int"):
        TopicModel("2").fit(two_subjects)
    with pytest.raises(ValueError, match="missing column"):
        TopicModel(2).fit(two_subjects.drop(columns="is_punct"))
    with pytest.raises(ValueError, match="tokens is empty"):
        TopicModel(2).fit(two_subjects.iloc[:0])
    with pytest.raises(ValueError, match=r"by='outlet' is not a document column.*'source'"):
        topic_prevalence(fitted, by="outlet")
    with pytest.raises(TypeError, match="model must be a TopicModel"):
        topic_prevalence("model")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match="level="):
            fitted.doc_topics(level="sentence")


# ------------------------------------------------------------------------------------------ command line
def test_cli_topics_writes_tables(tmp_path, capsys):
    from discourse.cli import main

    code = main(["topics", "--choose-k", "2:3", "--n-seeds", "2", "--passes", "2", "--iterations", "20",
                 "--n-boot", "10", "--out", str(tmp_path)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "chosen K = " in printed and "prevalence by source" in printed
    for name in ["choose_k.csv", "topic_terms.csv", "doc_topics.csv", "unit_topics.csv", "coherence.csv",
                 "topic_prevalence.csv", "fit_report.csv", "label_topics.csv", "find_thoughts.csv", "topic_frames.csv", "frame_package_nodes.csv", "frame_package_edges.csv",
                 "frame_package_prevalence.csv", "filter_report.csv", "model.pkl", "provenance.json"]:
        assert (tmp_path / name).is_file(), name
    assert pd.read_csv(tmp_path / "choose_k.csv")["k"].tolist() == [2, 3]
    assert TopicModel.load(tmp_path / "model.pkl").n_topics_ in (2, 3)


def test_cli_topics_says_no_package_structure_once(capsys):
    # the seeds' six topics form a complete network: the command prints that each topic is its own package,
    # and (before) frame_packages' warning naming Python options the command does not take came on top
    from discourse.cli import main

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert main(["topics", "-k", "6", "--n-boot", "10"]) == 0
    out, err = capsys.readouterr()
    assert "the topic network has no community structure; each topic is its own package" in out
    assert not [w for w in caught if "no community structure" in str(w.message)]
    assert "min_weight" not in out + err


def test_cli_topics_bad_range(capsys):
    from discourse.cli import main

    assert main(["topics", "--choose-k", "12:3"]) == 2
    assert "LOW:HIGH" in capsys.readouterr().err


def test_units_with_missing_group_value_are_reported():
    toks = make_tokens({"a": ("X", CAMERAS[:2]), "b": ("Y", TRADE[:2]), "c": ("Y", CAMERAS[2:])})
    toks["source"] = toks["source"].astype(object)
    toks.loc[toks["doc_id"] == "c", "source"] = None
    m = TopicModel(2, random_state=0, **FAST).fit(toks)
    with pytest.warns(UserWarning, match="2 units have a missing value"):
        res = topic_prevalence(m, by="source", n_boot=10)
    assert sorted(res["source"].unique()) == ["X", "Y"] and set(res["n_units"]) == {2}


# ------------------------------------------------------------------------------------------ STM labels
BETA = np.array([[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])


def test_lift_and_score_known_answers():
    # lift = beta / (n_w / N) (Taddy 2012, STM calclift): counts (6, 4, 10) -> empirical (0.3, 0.2, 0.5)
    np.testing.assert_allclose(lift(BETA, np.array([6, 4, 10])), [[5 / 3, 1.5, 0.4], [1 / 3, 0.5, 1.6]])
    # score = beta (log beta - mean_k log beta) (STM calcscore); column 0: mean log = log sqrt(0.05), so
    # 0.5 log(0.5 / sqrt 0.05) = 0.40236 and 0.1 log(0.1 / sqrt 0.05) = -0.08047
    got = score(BETA)
    np.testing.assert_allclose(got[:, 0], [0.5 * np.log(0.5 / np.sqrt(0.05)), 0.1 * np.log(0.1 / np.sqrt(0.05))])
    assert got[0, 0] == pytest.approx(0.402359, abs=1e-6) and got[1, 0] == pytest.approx(-0.080472, abs=1e-6)


def test_js_shrinkage_known_answer():
    from discourse.topic_measures import js_estimate

    # STM js.estimate (Hausser & Strimmer 2009) on p = (5/6, 1/6), 6 occurrences: mlvar = p(1-p)/5, summed
    # 1/18; deviation from uniform 2 * (1/3)^2 = 2/9; lambda = 1/4 -> 0.25 * 0.5 + 0.75 * p = (0.75, 0.25)
    np.testing.assert_allclose(js_estimate(np.array([5 / 6, 1 / 6]), 6), [0.75, 0.25])
    np.testing.assert_allclose(js_estimate(np.array([0.5, 0.5]), 6), [0.5, 0.5])  # uniform: unchanged


def test_label_topics_table(fitted):
    lt = label_topics(fitted, n=4)
    assert list(lt.columns) == ["topic", "measure", "rank", "term", "value"]
    assert lt.groupby(["topic", "measure"]).size().eq(4).all()
    assert set(lt["measure"]) == {"prob", "frex", "lift", "score"}
    prob = lt[lt.measure == "prob"]
    for k, terms in enumerate(fitted.top_terms(4)):
        assert prob[prob.topic == k].sort_values("rank")["term"].tolist() == terms
    # lift = probability / corpus frequency, checked against the model's own arrays
    row = lt[(lt.measure == "lift")].iloc[0]
    j = list(fitted.terms_).index(row["term"])
    freq = fitted.term_counts_[j] / fitted.term_counts_.sum()
    assert row["value"] == pytest.approx(fitted.topic_word_[row["topic"], j] / freq)


# ------------------------------------------------------------------------------------------ training
def test_fit_report_and_auto_settings(two_subjects):
    from discourse.topics import auto_settings

    m = TopicModel(2, random_state=0, phrases=False, min_count=1, max_doc_share=1.0).fit(two_subjects)
    rep = m.fit_report_
    assert list(rep.columns) == ["item", "pass", "value", "source"]
    items = rep.set_index("item")
    auto = auto_settings(8, 0)
    assert items.loc["chunksize", "value"] == str(auto["chunksize"]) and items.loc["chunksize", "source"] == "auto"
    bounds = rep[rep["item"] == "per_word_bound"]
    assert len(bounds) == int(items.loc["passes_run", "value"]) <= auto["passes"]
    assert bounds["pass"].tolist() == list(range(1, len(bounds) + 1))
    # a corpus of 2,000 units gets 16 updates per pass of 125 units and 5 passes at most
    # from the NMF start: one update per pass up to 10,000 units; from a random start about 16 per pass
    assert auto_settings(2000, 0) == {"chunksize": 2000, "passes": 5, "iterations": 50}
    assert auto_settings(100_000, 0) == {"chunksize": 10_000, "passes": 2, "iterations": 50}
    assert auto_settings(2000, 0, "random") == {"chunksize": 125, "passes": 5, "iterations": 50}
    assert auto_settings(100_000, 0, "random")["chunksize"] == 2000
    given = TopicModel(2, random_state=0, passes=3, tol=None, **{k: v for k, v in FAST.items() if k != "passes"})
    rep = given.fit(two_subjects).fit_report_.set_index("item")
    assert rep.loc["passes", "source"] == "given" and rep.loc["passes_run", "value"] == "3"


def test_nmf_hals_recovers_an_exact_factorisation():
    import scipy.sparse as sp

    from discourse.topic_nmf import nmf_hals

    rng = np.random.default_rng(0)
    w0, h0 = rng.uniform(0, 1, (40, 3)), rng.uniform(0, 1, (3, 25))
    w, h, _, rel = nmf_hals(sp.csr_matrix(w0 @ h0), 3, random_state=0, max_iter=2000, tol=1e-10)
    assert rel < 1e-2  # relative Frobenius error of a rank-3 non-negative matrix
    # with the topics fixed, projecting the rows again gives back their weights
    w2, _, _, _ = nmf_hals(sp.csr_matrix(w0 @ h0), 3, h=h, max_iter=500, tol=1e-12)
    np.testing.assert_allclose(w2 @ h, w @ h, atol=0.05)


@pytest.mark.parametrize("method", ["lda", "nmf"])
def test_transform_on_training_docs_matches_fit(two_subjects, method):
    m = TopicModel(2, method=method, random_state=0, **FAST).fit(two_subjects)
    res = m.transform(two_subjects)
    assert list(res.columns) == ["unit", "doc_id", "source", "n_terms", "topic", "label", "proportion"]
    theta = res["proportion"].to_numpy().reshape(-1, 2)
    np.testing.assert_allclose(theta, m.doc_topic_, atol=0.05)
    pd.testing.assert_frame_equal(res, m.transform(two_subjects), check_exact=True)  # same answer twice
    # unseen words only: the unit has no known term and missing proportions
    new = make_tokens({"x": ("New", ["zebra giraffe", "police cameras street"])})
    out = m.transform(new)
    assert out[out.unit == 0]["proportion"].isna().all() and out[out.unit == 1]["n_terms"].eq(3).all()


def test_score_held_out(two_subjects):
    m = TopicModel(2, random_state=0, **FAST).fit(two_subjects)
    s = m.score(make_tokens({"x": ("New", ["police cameras street surveillance"])}))
    assert s["n_words"] == 4 and s["per_word_bound"] < 0
    assert s["perplexity"] == pytest.approx(np.exp(-s["per_word_bound"]))
    with pytest.raises(ValueError, match="no term of the fitted vocabulary"):
        m.score(make_tokens({"x": ("New", ["zebra giraffe"])}))


# ------------------------------------------------------------------------------------------ preprocessing
def test_amounts_kept_whole_and_reporting_verbs_dropped():
    # 4 amounts: £600m and $1.2bn twice each; 5G (three times) is one token of the tokenizer, no amount to join
    text = ("Huawei paid £600m for 5G masts, said the firm.\n\nInvestors said $1.2bn was lost, up 3.5%.\n\n"
            "The firm said £600m was spent on 5G cameras.\n\nPolice said $1.2bn would buy 5G cameras.")
    toks = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a"], "source": ["S"], "text": [text]})))
    m = TopicModel(1, random_state=0, phrases=False, min_count=1, max_doc_share=1.0).fit(toks)
    vocab = set(m.dictionary_.token2id)
    assert {"£600m", "$1.2bn", "5g"} <= vocab
    assert not vocab & {"m", "bn", "g", "£600", "$1.2"}
    assert "said" not in vocab  # a reporting verb among the most frequent terms
    rep = m.filter_report_.set_index("step")
    assert "4 amounts joined" in rep.loc["amounts", "setting"]
    assert "dropped said" in rep.loc["reporting_verbs", "setting"]
    kept = TopicModel(1, random_state=0, phrases=False, min_count=1, max_doc_share=1.0, reporting_verbs=False,
                      join_amounts=False).fit(toks)
    assert "said" in kept.dictionary_.token2id and "m" in kept.dictionary_.token2id
    with pytest.raises(ValueError, match="reporting_verbs"):
        TopicModel(1, reporting_verbs="sometimes").fit(toks)


# ------------------------------------------------------------------------------------------ find_thoughts
def test_find_thoughts_returns_the_units_text(tiny_corpus):
    toks = dc.tokenize(tiny_corpus)
    m = TopicModel(2, random_state=0, **FAST).fit(toks)
    ft = find_thoughts(m, tiny_corpus, n=2)
    meta = [c for c in tiny_corpus.documents.columns if c not in ("doc_id", "text")]  # what tokenize carried
    assert list(ft.columns) == ["topic", "label", "rank", "unit", "doc_id", *meta, "start", "end",
                                "proportion", "text"]
    assert "source" in meta
    docs = tiny_corpus.documents.set_index("doc_id")["text"]
    for r in ft.itertuples():
        assert r.text == docs[r.doc_id][r.start:r.end]
        assert r.proportion == pytest.approx(m.doc_topic_[r.unit, r.topic])
    top = ft[ft["rank"] == 1].set_index("topic")["proportion"]
    np.testing.assert_allclose(top.to_numpy(), m.doc_topic_.max(axis=0))
    with pytest.raises(ValueError, match="do not exist"):
        find_thoughts(m, tiny_corpus, topics=[5])


# ------------------------------------------------------------------------------------------ prevalence
def test_group_interval_does_not_change_when_groups_are_added(fitted):
    from discourse.topic_effects import group_means

    keys = fitted.units_[["source"]]
    two = group_means(fitted.doc_topic_, keys, pd.DataFrame({"source": ["Business", "Watchdog"]}), ["source"],
                      np.arange(2), ["a", "b"], "topic", 200, 0.95, 0)
    only = group_means(fitted.doc_topic_[keys.source.to_numpy() == "Watchdog"],
                       keys[keys.source == "Watchdog"], pd.DataFrame({"source": ["Watchdog"]}), ["source"],
                       np.arange(2), ["a", "b"], "topic", 200, 0.95, 0)
    pd.testing.assert_frame_equal(two[two.source == "Watchdog"].reset_index(drop=True), only, check_exact=True)


def test_deprecated_names_warn(fitted):
    new = topic_prevalence(fitted, n_boot=20, ci=0.9)
    with pytest.warns(FutureWarning, match="topics_by"):
        old = topics_by(fitted, n_boot=20, ci=0.9)
    pd.testing.assert_frame_equal(new, old)
    with pytest.warns(FutureWarning, match="level="):
        lev = topic_prevalence(fitted, n_boot=20, level=0.9)
    pd.testing.assert_frame_equal(new, lev)
    assert dc.topics_by is topics_by and dc.topic_prevalence is topic_prevalence


def test_frame_packages_says_no_structure(seed_tokens):
    m = TopicModel(6, random_state=0, passes=5, iterations=50).fit(seed_tokens)
    with pytest.warns(UserWarning, match="no community structure"):
        fp = frame_packages(m, by="source", n_boot=20)
    assert fp.structure is False and fp.modularity == 0.0
    assert sorted(fp.nodes["package"]) == list(range(6))  # every topic its own package
    assert (fp.prevalence["prevalence"] < 1.0).all()
    with pytest.warns(FutureWarning, match="ci_level"):
        frame_packages(m, by="source", n_boot=20, ci_level=0.9, similarity="correlation")


# ------------------------------------------------------------------------------------------ estimate_effect
@pytest.fixture(scope="module")
def mixed():
    """Source A: 6 camera paragraphs and 2 trade ones per pair of documents; source B the reverse.
    The true difference in the camera topic's mean proportion (B minus A) is 0.25 - 0.75 = -0.5."""
    docs = {}
    for i in range(4):
        docs[f"a{i}"] = ("A", [CAMERAS[i % 4], CAMERAS[(i + 1) % 4], CAMERAS[(i + 2) % 4], TRADE[i % 4]])
        docs[f"b{i}"] = ("B", [TRADE[i % 4], TRADE[(i + 1) % 4], TRADE[(i + 2) % 4], CAMERAS[i % 4]])
    toks = make_tokens(docs)
    return TopicModel(2, random_state=0, **FAST).fit(toks)


def test_estimate_effect_recovers_a_group_difference(mixed):
    eff = estimate_effect(mixed, "source", n_sims=40, random_state=0)
    coef = eff.coefficients
    assert list(coef.columns) == ["topic", "label", "term", "estimate", "se", "ci_low", "ci_high", "ci"]
    cam = int(np.argmax(mixed.topic_word_[:, list(mixed.terms_).index("cameras")]))
    row = coef[(coef.topic == cam) & (coef.term == "source[T.B]")].iloc[0]
    assert row["estimate"] == pytest.approx(-0.5, abs=0.1)
    assert row["ci_low"] < -0.3 and row["ci_high"] < 0  # the difference is found, with an interval
    # the OLS point estimate is the difference of the groups' mean proportions (one categorical covariate)
    a = mixed.units_["source"].to_numpy() == "A"
    diff = mixed.doc_topic_[~a, cam].mean() - mixed.doc_topic_[a, cam].mean()
    assert row["estimate"] == pytest.approx(diff, abs=0.03)
    ex = eff.expected
    assert list(ex.columns) == ["topic", "label", "covariate", "value", "estimate", "ci_low", "ci_high", "ci"]
    got = ex[(ex.topic == cam)].set_index("value")["estimate"]
    assert got["A"] == pytest.approx(mixed.doc_topic_[a, cam].mean(), abs=0.03)
    assert eff.params["cluster"] == "doc_id" and eff.params["n_clusters"] == 8
    # clustering by document widens the interval over treating paragraphs as independent
    plain = estimate_effect(mixed, "source", n_sims=40, cluster=None, random_state=0).coefficients
    prow = plain[(plain.topic == cam) & (plain.term == "source[T.B]")].iloc[0]
    assert row["se"] != prow["se"]
    pd.testing.assert_frame_equal(coef, estimate_effect(mixed, "source", n_sims=40, random_state=0).coefficients,
                                  check_exact=True)


def test_estimate_effect_spline_nmf_and_plot(two_subjects):
    toks = two_subjects.copy()
    toks["date"] = toks["doc_id"].map({"c1": "2019-01-01", "c2": "2019-03-01", "t1": "2019-05-01",
                                       "t2": "2019-09-01"}).pipe(pd.to_datetime)
    m = TopicModel(2, method="nmf", random_state=0, **FAST).fit(toks)
    eff = estimate_effect(m, ["s(date, 3)"], n_sims=5, n_coef_draws=2)
    assert eff.coefficients["term"].unique().tolist() == ["(Intercept)", "s(date)_1", "s(date)_2", "s(date)_3"]
    ex = eff.expected
    assert len(ex) == 2 * 25 and ex["value"].iloc[0] == "2019-01-01" and "NMF" in eff.params["uncertainty"]
    ax = plot_effect(estimate_effect(m, "source", n_sims=5))
    assert len(ax.get_yticklabels()) == 2
    with pytest.raises(ValueError, match="not a document column"):
        estimate_effect(m, "outlet")
    with pytest.raises(ValueError, match="one level only"):
        estimate_effect(m.fit(toks.assign(source="S")), "source")


def test_fast_dictionary_bags_and_tfidf_equal_gensim():
    from gensim.corpora import Dictionary
    from gensim.matutils import corpus2csc
    from gensim.models import TfidfModel

    from discourse.topic_nmf import bow_matrix
    from discourse.topic_prep import bags_of_words, build_dictionary

    texts = [["b", "a", "b"], ["c", "a"], [], ["d", "c", "c"], ["a", "a"]]
    ref, got = Dictionary(texts), build_dictionary(texts)
    assert (got.token2id, got.dfs, got.cfs, got.num_docs, got.num_pos, got.num_nnz) == \
        (ref.token2id, ref.dfs, ref.cfs, ref.num_docs, ref.num_pos, ref.num_nnz)
    docs = [*texts, ["zz", "a"]]  # an unknown term is ignored, as doc2bow does
    bows = bags_of_words(docs, ref)
    assert bows == [ref.doc2bow(t) for t in docs]
    tfidf = TfidfModel(dictionary=ref)
    expected = corpus2csc([tfidf[b] for b in bows], num_terms=len(ref), num_docs=len(bows)).T.toarray()
    np.testing.assert_allclose(bow_matrix(bows, len(ref), tfidf).toarray(), expected, atol=1e-12)


def test_prepared_codes_equal_gensim_dictionary_and_bags(seed_tokens):
    # the bag of words is built from integer codes of the token table; gensim's own Dictionary(texts) and
    # doc2bow on the same terms are the reference (ids in order of first unit, sorted within it)
    from gensim.corpora import Dictionary

    from discourse.topic_prep import prepare_units

    prep = prepare_units(seed_tokens, unit="paragraph", lexicon="framing")
    ref = Dictionary(prep.texts)
    got = prep.dictionary
    assert (got.token2id, got.dfs, got.cfs, got.num_docs, got.num_pos, got.num_nnz) == \
        (ref.token2id, ref.dfs, ref.cfs, ref.num_docs, ref.num_pos, ref.num_nnz)
    assert prep.corpus == [ref.doc2bow(t) for t in prep.texts]
    assert "mass_surveillance" in got.token2id  # a lexicon phrase survives the trip through the codes
    assert len(prep.texts) == len(prep.units) and [len(t) for t in prep.texts] == prep.units["n_terms"].tolist()
    tu = prep.token_unit
    assert len(tu) == len(seed_tokens) and tu["unit"].max() == len(prep.units) - 1


def test_categorical_token_table_gives_the_same_model(seed_tokens):
    # a lean token table keeps doc_id, norm and stem as categoricals: the codes path must not care; rows
    # in another order (sorted back by document of first appearance and position) likewise
    def lean(t):
        t = t.copy()
        for c in ("doc_id", "norm", "stem", "token", "source"):
            t[c] = t[c].astype("category")
        return t

    shuffled = seed_tokens.sample(frac=1.0, random_state=3)
    params = {"unit": "paragraph", "random_state": 0, "passes": 2, "lexicon": "framing"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        for plain, coded in ((seed_tokens, lean(seed_tokens)), (shuffled, lean(shuffled))):
            a = TopicModel(4, **params).fit(plain)
            b = TopicModel(4, **params).fit(coded)
            pd.testing.assert_frame_equal(a.filter_report_, b.filter_report_)
            assert a.units_["doc_id"].tolist() == b.units_["doc_id"].astype(str).tolist()
            assert a.texts_ == b.texts_ and len(a.texts_) > 10
            np.testing.assert_array_equal(a.topic_word_, b.topic_word_)
            np.testing.assert_array_equal(a.doc_topic_, b.doc_topic_)


def test_lda_starts_from_the_nmf_topics(two_subjects):
    # init="nmf": before any update, gensim's topics are the NMF topics (each term's count shared among
    # topics by its NMF weights), so every topic's top terms come from one subject only
    from gensim.models import LdaModel, TfidfModel

    from discourse.topic_nmf import bow_matrix, nmf_hals
    from discourse.topics import _nmf_start

    prep = TopicModel(2, unit="paragraph", **FAST).prepare(two_subjects)
    d = prep.dictionary
    counts = np.array([d.cfs[i] for i in range(len(d))], dtype=float)
    lda = LdaModel(id2word=d, num_topics=2, random_state=0)
    assert _nmf_start(lda, prep.matrix, d, counts, 2, 0).startswith("nmf")
    _, h, _, _ = nmf_hals(bow_matrix(prep.matrix, len(d), TfidfModel(dictionary=d)), 2, max_iter=100, tol=1e-3)
    share = h / h.sum(axis=0, keepdims=True)
    expected = (share * counts + lda.eta) / (share * counts + lda.eta).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(lda.get_topics(), expected, rtol=1e-6)
    cam = set(" ".join(CAMERAS).split())
    for row in lda.get_topics():
        top = {d[i] for i in np.argsort(-row)[:5]}
        assert top <= cam or not (top & cam)
    for init, start in (("nmf", "nmf"), ("random", "random")):
        rep = TopicModel(2, init=init, **FAST).fit(two_subjects).fit_report_.set_index("item")
        assert rep.loc["init", "value"].startswith(start)
    with pytest.raises(ValueError, match="init"):
        TopicModel(2, init="svd").fit(two_subjects)


# ------------------------------------------------------------------------------------------ from a Corpus
def assert_same_prep(a, b) -> None:
    """Two PreparedUnits hold the same units, report, dictionary, bags, terms in order and token units."""
    pd.testing.assert_frame_equal(a.units, b.units)
    pd.testing.assert_frame_equal(a.skipped, b.skipped)
    pd.testing.assert_frame_equal(a.report, b.report)
    assert a.meta == b.meta
    assert a.dictionary.token2id == b.dictionary.token2id
    assert (a.dictionary.dfs, a.dictionary.cfs) == (b.dictionary.dfs, b.dictionary.cfs)
    assert (a.dictionary.num_docs, a.dictionary.num_pos, a.dictionary.num_nnz) == (
        b.dictionary.num_docs, b.dictionary.num_pos, b.dictionary.num_nnz)
    assert a.corpus == b.corpus
    assert a.texts == b.texts
    assert (a.matrix != b.matrix).nnz == 0
    pd.testing.assert_frame_equal(a.token_unit, b.token_unit)


CORPUS_SETTINGS = [{}, {"column": "stem"}, {"phrases": False, "min_count": 1, "max_doc_share": 1.0},
                   {"drop_stop": False, "drop_numbers": False, "join_amounts": False, "reporting_verbs": True}]


@pytest.mark.parametrize("settings", CORPUS_SETTINGS)
def test_corpus_units_equal_token_path_on_seeds(seeds, settings):
    from discourse.topic_prep import prepare_corpus_units, prepare_units

    assert len(seeds.set_aside) > 0  # documents with spans set aside by cleaning take the offsets path
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        want = prepare_units(dc.tokenize(seeds, quotes=False), unit="document", **settings)
        got = prepare_corpus_units(seeds, unit="document", **settings)
    assert_same_prep(got, want)
    assert len(got.dictionary) > 300


def test_corpus_units_equal_token_path_on_hard_texts():
    from discourse.topic_prep import prepare_corpus_units, prepare_units

    texts = [
        "£600m for 5G and $1.2bn, then 600 m (a stray unit) and 7_m and 20k\u00a0tn in 2019.",  # amounts, gap
        "___ opens: under_score_words, e-mail a.b@c.org, https://x.org/a_b, U.S. A.I. rules__ ___",
        "?! … —",  # punctuation only: a unit left empty
        "___ __",  # no token at all: no unit
        "\ufb01nance Stra\u00dfe caf\u00e9 cafe\u0301 `quoted` it\u2019s don't \u00adsoft\u200bhyphen 5\u20136 50%",
        "said said said says told the police said, and cameras said the police watch 600m 600m",
    ]
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts,
                       "source": ["A", "B", "A", "B", "A", "B"], "year": [2019, 2018, 2019, 2020, 2021, 2019],
                       "speaker": ["x"] * 6})
    corpus = dc.Corpus.from_dataframe(df, clean=False)
    with pytest.warns(UserWarning, match="speaker"):
        tokens = dc.tokenize(corpus, quotes=False)
    with pytest.warns(UserWarning, match="speaker"):  # left out of the units' metadata, as tokenize leaves it
        assert "speaker" not in prepare_corpus_units(corpus, unit="document").meta
    got = {}
    for name, settings in [("default", {}), ("all", {"min_count": 1, "max_doc_share": 1.0}),
                           ("stem", {"min_count": 1, "max_doc_share": 1.0, "column": "stem", "drop_stop": False}),
                           ("raw", {"min_count": 1, "max_doc_share": 1.0, "join_amounts": False,
                                    "drop_numbers": False})]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            want = prepare_units(tokens, unit="document", **settings)
            got[name] = prepare_corpus_units(corpus, unit="document", **settings)
        assert_same_prep(got[name], want)
    assert len(got["all"].units) == 4 and len(got["all"].skipped) == 1  # d3 has no token, d2 no term
    terms = set(got["all"].dictionary.token2id)
    assert {"£600m", "5g", "20k"} <= terms and "m" not in terms  # amounts joined, the stray unit dropped
    assert {"600", "m"} <= set(got["raw"].dictionary.token2id)


def test_corpus_scan_leaves_no_character_but_underscore():
    # prepare_corpus_units takes two tokens of one white-space-free word to touch, and a text's first token to
    # start where its white space ends, unless a "_" lies between: every other character is in some token.
    # The token pattern's _WORD starts at any [^\W_] and _MARK at any [^\w\s] character, so every code point
    # but white space and "_" must be in one of the two classes (all checked); then the tokens of every
    # Basic Multilingual Plane character, inside a word, cover the word.
    import re

    from discourse.text import token_spans

    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    uncovered = re.sub(r"[^\W_]|[^\w\s]|\s", "", chars)
    assert uncovered == "_"
    bmp = [c for c in chars[:0xF800] if not c.isspace() and c != "_"]
    text = " ".join(f"a{c}1" for c in bmp)
    starts, ends, _ = token_spans(text)
    assert int((ends - starts).sum()) == len(text) - (len(bmp) - 1)
    starts, ends, _ = token_spans("a_1")
    assert ends[0] != starts[1]


def test_word_tokens_are_the_tokenizer_tokens():
    from discourse.counts import word_tokens
    from discourse.text import fast_tokens, normalize

    texts = ["£600m in 5G, U.S. rules.", "", "  it\u2019s a___b  ___ e-mail: a.b@c.org\n"]
    word, n_words, words, bounds, term, terms = word_tokens(texts)
    assert n_words.tolist() == [len(t.split()) for t in texts]
    got = [terms[i] for w in word for i in term[bounds[w]:bounds[w + 1]]]
    assert got == [normalize(t) for text in texts for t in fast_tokens(text)]
    with pytest.raises(ValueError, match="column"):
        word_tokens(texts, column="lemma")


def test_fit_on_corpus_gives_the_token_path_model(seeds):
    tokens = dc.tokenize(seeds, quotes=False)
    for method in ("lda", "nmf"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            a = TopicModel(3, method=method, unit="document", random_state=0, passes=3).fit(tokens)
            b = TopicModel(3, method=method, unit="document", random_state=0, passes=3).fit(seeds)
        np.testing.assert_array_equal(a.topic_word_, b.topic_word_)
        np.testing.assert_array_equal(a.doc_topic_, b.doc_topic_)
        pd.testing.assert_frame_equal(a.topic_terms(), b.topic_terms())
        pd.testing.assert_frame_equal(a.transform(tokens), b.transform(seeds))
        pd.testing.assert_frame_equal(find_thoughts(a, seeds), find_thoughts(b))  # its own texts
    assert b._tokens is None  # no token table was built for the fit
    pd.testing.assert_frame_equal(b.tokens_, tokens)  # built on first use, for topic_frames
    assert b.texts_ == a.texts_


def test_fit_on_corpus_tokenizes_for_other_units(seeds):
    from discourse.topic_prep import corpus_supported

    assert "paragraph" in corpus_supported(unit="paragraph", column="norm", lexicon=None)
    assert "lexicon" in corpus_supported(unit="document", column="norm", lexicon="framing")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        a = TopicModel(3, unit="paragraph", random_state=0, passes=2).fit(dc.tokenize(seeds, quotes=False))
        b = TopicModel(3, unit="paragraph", random_state=0, passes=2).fit(seeds)
    pd.testing.assert_frame_equal(a.units_, b.units_)
    np.testing.assert_array_equal(a.topic_word_, b.topic_word_)
    assert b._tokens is not None
    with pytest.raises(TypeError, match="token table .* or a Corpus"):
        TopicModel(2).fit(["not", "tokens"])


def _brown_sample(n: int) -> pd.DataFrame | None:
    import gzip
    import json

    path = SHARED / "corpora" / "brown" / "brown.jsonl.gz"
    if not path.is_file():
        return None
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % (500 // n) == 0:
                d = json.loads(line)
                rows.append({"doc_id": d["doc_id"], "source": d["category"], "text": d["text"]})
    return pd.DataFrame(rows)


def _ungd_sample(n: int) -> pd.DataFrame | None:
    import gzip
    import json

    if not UNGD.is_file():
        return None
    rows = []
    with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 20 * n:
                break
            if i % 20 == 0:
                d = json.loads(line)
                rows.append({"doc_id": d["doc_id"], "source": d["country_iso3"], "year": d["year"],
                             "text": d["text"]})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("sample", [_brown_sample, _ungd_sample])
def test_corpus_units_equal_token_path_on_public_samples(sample):
    # 25 Brown texts (every 20th) and 30 UN General Debate speeches (every 20th of the file's first 600);
    # loaded with cleaning as load_corpus does by default
    df = sample(25) if sample is _brown_sample else sample(30)
    if df is None:
        pytest.skip("public corpus not present")
    from discourse.topic_prep import prepare_corpus_units, prepare_units

    corpus = dc.Corpus.from_dataframe(df)
    want = prepare_units(dc.tokenize(corpus, quotes=False), unit="document")
    got = prepare_corpus_units(corpus, unit="document")
    assert_same_prep(got, want)
    assert len(got.units) == len(df) and len(got.dictionary) > 1000


def test_bound_is_gensims_bound(seeds):
    # the per-pass bound of fit_report_ is gensim's LdaModel.bound computed with one inference call and the
    # word term as arrays: the same value to float32 precision, and the model's random state moves as gensim's
    import copy

    from discourse.topics import _bound

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        model = TopicModel(4, unit="paragraph", random_state=0, passes=2).fit(seeds)
    lda_a, lda_b = copy.deepcopy(model.model_), copy.deepcopy(model.model_)
    sample = model.corpus_[:60]
    want = lda_a.bound(sample, subsample_ratio=1.0)
    got = _bound(lda_b, sample)
    assert got == pytest.approx(want, rel=1e-6)
    assert got != pytest.approx(want * 1.0001, rel=1e-6)
    assert lda_a.random_state.randint(2**30) == lda_b.random_state.randint(2**30)
    assert _bound(lda_b, []) == pytest.approx(lda_a.bound([]))


def test_states_is_a_noun_the_reporting_verb_filter_keeps():
    # "states" was on the reporting-verb list, so political text lost "Member States" / "United States" from its
    # topics whenever the word was among the most frequent (a user's walkthrough on UN speeches: 19 of 995 uses
    # were verbs); the verbs proper are still dropped
    text = ("Member States said the states must act.\n\nThe United States said states agree.\n\n"
            "Small states said island states suffer.\n\nAll states said the states will meet.")
    toks = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a"], "source": ["S"], "text": [text]})))
    m = TopicModel(1, random_state=0, phrases=False, min_count=1, max_doc_share=1.0).fit(toks)
    assert "states" in m.dictionary_.token2id and "said" not in m.dictionary_.token2id


def test_choose_k_warns_when_stability_cannot_tell_k_apart(two_subjects, monkeypatch):
    # from the default NMF start the seeds barely move the topics, so stability was ~1 at every K and the advice
    # to prefer stable K could not discriminate (a user's walkthrough: 1.0, 1.0, 0.99 at K = 4, 8, 12)
    import warnings

    import discourse.topics as T

    res = choose_k(two_subjects, ks=[2, 3], random_states=(0, 1), measures="u_mass", **FAST)
    flat = bool((res["stability"] >= T.FLAT_STABILITY).all())
    for threshold, warns in ((0.0, True), (1.01, False), (T.FLAT_STABILITY, flat)):
        monkeypatch.setattr(T, "FLAT_STABILITY", threshold)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            again = choose_k(two_subjects, ks=[2, 3], random_states=(0, 1), measures="u_mass", **FAST)
        said = [w for w in caught if "does not tell the K apart" in str(w.message)]
        assert bool(said) is warns and (not said or "init='nmf'" in str(said[0].message))
        pd.testing.assert_frame_equal(again, res)  # the table itself does not change


def test_addresses_are_no_topic_terms():
    # URLs, e-mail addresses and @mentions repeat across posts and had come up among topic terms; posts written
    # for this test: 6 of each kind
    texts = [f"The cameras on Main Street keep residents safe, see https://acme.example/cams{i} or write to "
             f"info@acme.example" for i in range(6)]
    texts += [f"Privacy campaigners say the cameras are mass surveillance, @privacy_pat{i} writes" for i in range(6)]
    toks = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)], "source": "s",
                                                              "text": texts})))
    m = TopicModel(2, random_state=0, phrases=False, min_count=1, max_doc_share=1.0).fit(toks)
    vocab = set(m.dictionary_.token2id)
    assert not {w for w in vocab if "@" in w or w.startswith(("http", "www."))}
    assert {"cameras", "residents", "campaigners"} <= vocab
    words = m.filter_report_.set_index("step").loc["words", "setting"]
    assert "18 URLs, e-mail addresses and @mentions dropped" in words
