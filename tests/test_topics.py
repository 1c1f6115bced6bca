"""Topic models: determinism, table schemas, FREX known answers, choose_k, save/load, bad input."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.topics import (
    TopicModel,
    _leading_eigenvector,
    choose_k,
    frame_packages,
    frex,
    topic_frames,
    topics_by,
)

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
    pd.testing.assert_frame_equal(topics_by(a, n_boot=50), topics_by(b, n_boot=50), check_exact=True)


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
    res = choose_k(two_subjects, ks=[2, 3], seeds=(0, 1), **FAST)
    assert list(res.columns) == ["k", "method", "unit", "n_units", "n_seeds", "c_v", "c_npmi", "u_mass",
                                 "stability", "stability_min", "similarity", "top_n"]
    assert res["k"].tolist() == [2, 3]
    assert res["stability"].between(0, 1).all()
    assert (res["stability_min"] <= res["stability"]).all()
    one = choose_k(two_subjects, ks=[2], seeds=(0,), measures="u_mass", **FAST)
    assert np.isnan(one["stability"].item()) and np.isnan(one["c_v"].item())
    # the same runs give the same table
    pd.testing.assert_frame_equal(res, choose_k(two_subjects, ks=[2, 3], seeds=(0, 1), **FAST), check_exact=True)


def test_choose_k_bad_input(two_subjects):
    with pytest.raises(ValueError, match="more topics than"):
        choose_k(two_subjects, ks=[2, 50], **FAST)
    with pytest.raises(ValueError, match="similarity"):
        choose_k(two_subjects, ks=[2], similarity="dice", **FAST)
    with pytest.raises(ValueError, match="ks is empty"):
        choose_k(two_subjects, ks=[], **FAST)


# ------------------------------------------------------------------------------------------ by group
def test_topics_by_known_answer(fitted):
    res = topics_by(fitted, by="source", n_boot=200)
    assert list(res.columns) == ["source", "topic", "label", "prevalence", "ci_low", "ci_high", "n_units",
                                 "n_boot", "level"]
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
        res = topics_by(m, by="source", n_boot=20)
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
def test_leading_eigenvector_two_cliques():
    # two triangles joined by one weak edge: Newman's method must cut the weak edge
    w = np.zeros((6, 6))
    for a, b in [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5)]:
        w[a, b] = w[b, a] = 1.0
    w[2, 3] = w[3, 2] = 0.1
    assert sorted(map(sorted, _leading_eigenvector(w))) == [[0, 1, 2], [3, 4, 5]]
    assert _leading_eigenvector(np.zeros((3, 3))) == [[0], [1], [2]]


@pytest.mark.parametrize("community", ["leading_eigenvector", "louvain"])
def test_frame_packages_tables(seed_tokens, community):
    m = TopicModel(6, random_state=0, passes=5, iterations=50).fit(seed_tokens)
    fp = frame_packages(m, by="source", community=community, n_boot=50)
    assert list(fp.nodes.columns) == ["topic", "label", "package", "prevalence", "strength"]
    assert list(fp.edges.columns) == ["source_topic", "target_topic", "weight", "same_package"]
    assert list(fp.prevalence.columns) == ["source", "package", "topics", "prevalence", "ci_low", "ci_high",
                                           "n_units", "n_boot", "level"]
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
    m = TopicModel(5, random_state=0, passes=50, max_doc_share=0.2, lexicon="framing").fit(seed_tokens)
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
        topics_by(m)
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
        topics_by(fitted, by="outlet")
    with pytest.raises(TypeError, match="model must be a TopicModel"):
        topics_by("model")
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
                 "topics_by.csv", "topic_frames.csv", "frame_package_nodes.csv", "frame_package_edges.csv",
                 "frame_package_prevalence.csv", "filter_report.csv", "model.pkl", "provenance.json"]:
        assert (tmp_path / name).is_file(), name
    assert pd.read_csv(tmp_path / "choose_k.csv")["k"].tolist() == [2, 3]
    assert TopicModel.load(tmp_path / "model.pkl").n_topics_ in (2, 3)


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
        res = topics_by(m, by="source", n_boot=10)
    assert sorted(res["source"].unique()) == ["X", "Y"] and set(res["n_units"]) == {2}
