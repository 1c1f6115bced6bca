"""count_terms, keyness and keyness_all: known answers (sources in comments), signs, schema and bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

import discourse as dc
from discourse.keyness import KEYNESS_COLUMNS, benjamini_hochberg


def _tokens(docs: dict[str, tuple[str, list[list[str]]]]) -> pd.DataFrame:
    """A hand-built token table: {doc_id: (source, [sentence, ...])}, each sentence a list of tokens."""
    rows = []
    for doc_id, (source, sents) in docs.items():
        pos = 0
        for s, sent in enumerate(sents):
            for tok in sent:
                rows.append({"doc_id": doc_id, "source": source, "paragraph": 0, "sentence": s, "position": pos,
                             "start": pos * 10, "end": pos * 10 + len(tok), "token": tok, "norm": tok.lower(),
                             "stem": tok.lower(), "is_stop": tok.lower() in {"the", "of", "to", "a"},
                             "is_punct": not any(ch.isalnum() for ch in tok), "voice": "author",
                             "quote_id": pd.NA, "quote_kind": None, "speaker": None})
                pos += 1
    return pd.DataFrame(rows)


def _two_cell(a, b, c, d, term="w"):
    """Counts for one term with a of c in group A and b of d in group B (the rest under 'other')."""
    return pd.DataFrame({"g": ["A", "A", "B", "B"], "term": [term, "other", term, "other"],
                         "n": [a, c - a, b, d - b]})


@pytest.fixture
def toks():
    return _tokens({
        "d1": ("X", [["Safe", "city", "is", "the", "future", "."], ["City", "safe", "!"]]),
        "d2": ("X", [["The", "safe", "city", "."]]),
        "d3": ("Y", [["Mass", "surveillance", "of", "the", "city", "."], ["Privacy", "matters", "."]]),
    })


# ------------------------------------------------------------------------------------------ count_terms
def test_count_terms_unigrams_and_docs(toks):
    ct = dc.count_terms(toks, by="source")
    assert list(ct.columns) == ["source", "term", "n", "n_docs"]
    x = ct[ct["source"] == "X"].set_index("term")
    assert x.loc["safe", "n"] == 3 and x.loc["safe", "n_docs"] == 2
    assert x.loc["city", "n"] == 3
    assert "." not in set(ct["term"])  # punctuation dropped by default
    meta = ct.attrs["discourse_counts"]
    assert meta["totals"][("X",)] == 10 and meta["doc_totals"] == {("X",): 2, ("Y",): 1}


def test_count_terms_bigrams_stay_inside_sentences(toks):
    ct = dc.count_terms(toks, by=None, ngram=2)
    terms = set(ct["term"])
    assert "safe city" in terms and "city safe" in terms
    # "future ." / ". City" would cross punctuation or the sentence boundary: never formed
    assert not any(t.startswith("future") for t in terms)
    assert "surveillance of" in terms
    assert list(ct.columns) == ["term", "n", "n_docs"]
    sc = ct.set_index("term").loc["safe city"]
    assert sc["n"] == 2 and sc["n_docs"] == 2


def test_count_terms_drop_stop_edges_only():
    t = _tokens({"d": ("X", [["right", "to", "privacy", "of", "the", "people"]])})
    ct = dc.count_terms(t, by=None, ngram=(1, 3), drop_stop=True)
    terms = set(ct["term"])
    assert "right to privacy" in terms          # inner stopword kept
    assert "to privacy" not in terms and "to" not in terms and "privacy of" not in terms


def test_count_terms_min_count_keeps_totals(toks):
    ct = dc.count_terms(toks, by="source", min_count=2)
    # min_count filters on a term's count over all groups (audit finding 1): "city" (3 in X, 1 in Y) keeps
    # its Y row of 1; "mass" (1 in all) is left out
    assert (ct.groupby("term")["n"].transform("sum") >= 2).all()
    assert ct.set_index(["source", "term"]).loc[("Y", "city"), "n"] == 1
    assert "mass" not in set(ct["term"])
    assert ct.attrs["discourse_counts"]["totals"][("X",)] == 10  # totals before the filter


def test_count_terms_lexicon_compounds():
    lex = dc.Lexicon.from_dict({"promotional": ["safe city"], "rights": ["mass surveillance", "privacy"]})
    t = _tokens({"d": ("X", [["safe", "city", "and", "mass", "surveillance", "and", "privacy"]])})
    ct = dc.count_terms(t, by=None, lexicon=lex).set_index("term")["n"]
    assert ct["safe city"] == 1 and ct["mass surveillance"] == 1 and ct["privacy"] == 1
    assert "safe" not in ct.index and "surveillance" not in ct.index  # not counted again on their own
    assert ct["and"] == 2


def test_count_terms_on_seeds(seed_tokens):
    ct = dc.count_terms(seed_tokens, by="source")
    n_words = int((~seed_tokens["is_punct"]).sum())
    assert ct["n"].sum() == n_words
    assert (ct["n_docs"] >= 1).all() and (ct["n_docs"] <= ct["n"]).all()


def test_count_terms_bad_input(toks):
    with pytest.raises(ValueError, match="missing column"):
        dc.count_terms(toks.drop(columns="sentence"))
    with pytest.raises(ValueError, match="ngram"):
        dc.count_terms(toks, ngram=(2, 1))
    with pytest.raises(TypeError, match="ngram"):
        dc.count_terms(toks, ngram="2")


# ------------------------------------------------------------------------------------------ known answers
def test_ucrel_worked_example():
    # UCREL log-likelihood calculator (Rayson; https://ucrel.lancs.ac.uk/llwizard.html), worked example:
    # 52 occurrences in a corpus of 50,000 words against 57 in 75,000 words -> LL = 2.65 (two-term form).
    k = dc.keyness(_two_cell(52, 57, 50_000, 75_000), by="g", target="A").set_index("term").loc["w"]
    assert round(k["g2_two_term"], 2) == 2.65
    # four-cell G2 (Dunning 1993) of the same table, as scipy.stats.chi2_contingency(lambda_="log-likelihood")
    g2 = stats.chi2_contingency([[52, 57], [50_000 - 52, 75_000 - 57]], correction=False,
                                lambda_="log-likelihood")[0]
    assert k["g2"] == pytest.approx(g2, rel=1e-12) and round(k["g2"], 2) == 2.65
    # Log Ratio (Hardie 2014) and %DIFF (Gabrielatos & Marchi 2012) by the formulas on the UCREL page:
    # relative frequencies 0.104% vs 0.076%: %DIFF = 36.84, Log Ratio = log2(0.104/0.076) = 0.45
    assert round(k["pct_diff"], 2) == 36.84
    assert round(k["log_ratio"], 2) == 0.45
    assert k["odds_ratio"] == pytest.approx((52 * (75_000 - 57)) / (57 * (50_000 - 52)))


def test_quanteda_fixture():
    # quanteda.textstats tests/testthat/test-textstat_keyness.R: dfm of d1 = "b b b b b b b a a a" (target),
    # d2 = "a a a a a a a b b"; feature "b" (first column): chisq.test with correct=TRUE 2.632438,
    # correct=FALSE 4.337160; likelihood-ratio G2 4.534939 (uncorrected). b is over-used in d1: positive.
    counts = pd.DataFrame({"doc": ["d1", "d1", "d2", "d2"], "term": ["b", "a", "a", "b"], "n": [7, 3, 7, 2]})
    k = dc.keyness(counts, by="doc", target="d1").set_index("term")
    assert k.loc["b", "chi2"] == pytest.approx(4.337160, abs=1e-6)
    assert k.loc["b", "chi2_yates"] == pytest.approx(2.632438, abs=1e-6)
    assert k.loc["b", "g2"] == pytest.approx(4.534939, abs=1e-6)
    assert k.loc["a", "chi2"] == pytest.approx(-4.337160, abs=1e-6)  # under-used in the target: negative


def test_nltk_likelihood_ratio():
    # nltk/test/metrics.doctest: BigramAssocMeasures.likelihood_ratio(110, (2552, 221), 31777) -> 270.72...
    # as a keyness table: the bigram's first word w1 (2552) in the target "w2 follows" (221 tokens) vs the rest
    from nltk.metrics import BigramAssocMeasures

    n_ii, n_ix, n_xi, n_xx = 110, 2552, 221, 31777
    k = dc.keyness(_two_cell(n_ii, n_ix - n_ii, n_xi, n_xx - n_xi), by="g", target="A").set_index("term")
    assert k.loc["w", "g2"] == pytest.approx(270.72, abs=0.005)
    assert k.loc["w", "g2"] == pytest.approx(BigramAssocMeasures.likelihood_ratio(n_ii, (n_ix, n_xi), n_xx))


def test_benjamini_hochberg_matches_scipy():
    rng = np.random.default_rng(0)
    p = np.concatenate([rng.uniform(size=200), rng.uniform(0, 1e-3, size=20), [0.5, 0.5, 1.0]])
    np.testing.assert_allclose(benjamini_hochberg(p), stats.false_discovery_control(p), rtol=1e-12)
    assert benjamini_hochberg(np.array([])).size == 0


def test_log_odds_monroe_by_hand():
    # Monroe, Colaresi & Quinn (2008), eq. 16-22, computed by hand for a three-term vocabulary
    counts = pd.DataFrame({"g": ["A"] * 3 + ["B"] * 3, "term": ["x", "y", "z"] * 2, "n": [10, 5, 0, 2, 8, 6]})
    k = dc.keyness(counts, by="g", target="A", prior="uniform", prior_scale=0.5).set_index("term")
    a, b, c, d, al, a0 = 10, 2, 15, 16, 0.5, 1.5
    delta = np.log((a + al) / (c + a0 - a - al)) - np.log((b + al) / (d + a0 - b - al))
    assert k.loc["x", "log_odds"] == pytest.approx(delta)
    assert k.loc["x", "log_odds_z"] == pytest.approx(delta / np.sqrt(1 / (a + al) + 1 / (b + al)))
    ki = dc.keyness(counts, by="g", target="A", prior="informative", prior_scale=2.0).set_index("term")
    a0 = 2.0 * 3
    al = a0 * (10 + 2) / 31
    delta = np.log((a + al) / (c + a0 - a - al)) - np.log((b + al) / (d + a0 - b - al))
    assert ki.loc["x", "log_odds"] == pytest.approx(delta)
    assert set(ki["prior"]) == {"informative"} and set(ki["prior_scale"]) == {2.0}
    # Log Ratio's zero adjustment (Hardie 2014): z is absent from A, counted as 0.5
    assert k.loc["z", "log_ratio"] == pytest.approx(np.log2((0.5 / 15) / (6 / 16)))
    assert k.loc["z", "n_target"] == 0


# ------------------------------------------------------------------------------------------ signs, schema
def test_swapping_flips_every_sign():
    rng = np.random.default_rng(1)
    terms = [f"t{i}" for i in range(60)]
    counts = pd.DataFrame({"g": ["A"] * 60 + ["B"] * 60, "term": terms * 2,
                           "n": np.concatenate([rng.poisson(4, 60), rng.poisson(6, 60)])})
    ab = dc.keyness(counts, by="g", target="A", reference="B", sort="term").set_index("term")
    ba = dc.keyness(counts, by="g", target="B", reference="A", sort="term").set_index("term")
    ba = ba.loc[ab.index]
    for col in ("g2", "g2_two_term", "chi2", "chi2_yates", "log_ratio", "log_odds", "log_odds_z"):
        np.testing.assert_allclose(ab[col], -ba[col], atol=1e-12, err_msg=col)
    np.testing.assert_allclose(ab["odds_ratio"], 1 / ba["odds_ratio"], rtol=1e-12)
    nz = ab["pct_diff"].abs() > 1e-9
    assert (np.sign(ab.loc[nz, "pct_diff"]) == -np.sign(ba.loc[nz, "pct_diff"])).all()
    np.testing.assert_allclose(ab["p"], ba["p"])
    # positive means over-used in the target
    over = ab["n_target"] / ab["total_target"] > ab["n_reference"] / ab["total_reference"]
    assert (ab.loc[over, "g2"] >= 0).all() and (ab.loc[~over, "g2"] <= 0).all()
    assert ((ab["log_odds_z"] > 0) == (ab["log_ratio"] > 0))[ab["n_target"] > 0].mean() > 0.9


def test_schema_and_order_stable(seed_tokens):
    ct = dc.count_terms(seed_tokens, by="source", drop_stop=True)
    target = sorted(ct["source"].unique())[0]
    k1 = dc.keyness(ct, by="source", target=target)
    k2 = dc.keyness(ct, by="source", target=target, correction="bonferroni", prior="uniform")
    assert list(k1.columns) == ["source", *KEYNESS_COLUMNS] and list(k2.columns) == ["source", *KEYNESS_COLUMNS]
    assert (k1["source"] == target).all()  # the caller's group column holds the target
    assert k1["g2"].is_monotonic_decreasing
    pd.testing.assert_frame_equal(k1, dc.keyness(ct, by="source", target=target))  # deterministic
    assert set(k1["reference"]) == {"rest"} and set(k1["correction"]) == {"bh"}
    assert (k2["p_adjusted"] >= k1["p_adjusted"] - 1e-12).all() or len(k1) != len(k2)
    # dispersion from n_docs and the recorded document totals (one document per source in the seeds)
    assert set(k1["doc_total_target"]) == {1.0} and set(k1["doc_total_reference"]) == {4.0}
    assert k1["dispersion_target"].between(0, 1).all() and k1["dispersion_reference"].between(0, 1).all()
    assert (k1["total_target"] == int(ct.loc[ct["source"] == target, "n"].sum())).all()


def test_dispersion_counts_documents(toks):
    ct = dc.count_terms(toks, by="source")
    k = dc.keyness(ct, by="source", target="X").set_index("term")
    assert k.loc["safe", "docs_target"] == 2 and k.loc["safe", "dispersion_target"] == 1.0
    assert k.loc["future", "dispersion_target"] == 0.5
    assert k.loc["privacy", "docs_reference"] == 1 and k.loc["privacy", "dispersion_reference"] == 1.0
    # counts without n_docs or recorded totals: dispersion unknown (NaN), not guessed
    plain = pd.DataFrame(ct[["source", "term", "n"]].to_dict("list"))
    kp = dc.keyness(plain, by="source", target="X")
    assert kp["dispersion_target"].isna().all() and kp["docs_target"].isna().all()


def test_external_reference_list(toks):
    ct = dc.count_terms(toks, by=None)
    ref = pd.DataFrame({"term": ["the", "city", "safe", "privacy"], "n": [5000, 100, 20, 10]})
    k = dc.keyness(ct, by=None, reference=ref, sort="term").set_index("term")
    assert set(k["target"]) == {"corpus"} and set(k["reference"]) == {"reference"}
    assert k.loc["safe", "total_reference"] == 5130 and k.loc["safe", "n_reference"] == 20
    assert k.loc["future", "n_reference"] == 0 and k.loc["future", "g2"] > 0
    # a group of counts against an external list
    cg = dc.count_terms(toks, by="source")
    kg = dc.keyness(cg, by="source", target="Y", reference=ref)
    assert set(kg["target"]) == {"Y"}


def test_named_reference_and_totals_override():
    counts = pd.DataFrame({"g": list("AABBCC"), "term": ["x", "y"] * 3, "n": [5, 5, 1, 9, 2, 8]})
    k = dc.keyness(counts, by="g", target="A", reference=["B", "C"]).set_index("term")
    assert k.loc["x", "reference"] == "B + C" and k.loc["x", "n_reference"] == 3
    k = dc.keyness(counts, by="g", target="A", reference="B", totals={"A": 100, "B": 200, "C": 10})
    assert set(k["total_target"]) == {100} and set(k["total_reference"]) == {200}


def test_keyness_all_rest_and_pairs():
    counts = pd.DataFrame({"g": list("AABBCC"), "term": ["x", "y"] * 3, "n": [5, 5, 1, 9, 2, 8]})
    allk = dc.keyness_all(counts, by="g")
    assert list(allk.columns) == ["g", *KEYNESS_COLUMNS] and (allk["g"] == allk["target"]).all()
    assert list(allk["target"].unique()) == ["A", "B", "C"] and set(allk["reference"]) == {"rest"}
    single = dc.keyness(counts, by="g", target="B")
    pd.testing.assert_frame_equal(allk[allk["target"] == "B"].reset_index(drop=True), single)
    pairs = dc.keyness_all(counts, by="g", pairs=True)
    assert sorted(set(zip(pairs["target"], pairs["reference"], strict=True))) == [("A", "B"), ("A", "C"), ("B", "C")]


def test_multi_column_groups(toks):
    t = toks.assign(voice=np.where(toks["doc_id"] == "d2", "quoted", "author"))
    ct = dc.count_terms(t, by=["source", "voice"])
    k = dc.keyness(ct, by=["source", "voice"], target=("X", "quoted"))
    assert set(k["target"]) == {"X / quoted"}
    assert set(dc.keyness(ct, by=["source", "voice"], target=["X", "quoted"])["target"]) == {"X / quoted"}
    with pytest.raises(ValueError, match="available: 'X / author', 'X / quoted', 'Y / author'"):
        dc.keyness(ct, by=["source", "voice"], target=("Y", "quoted"))
    assert k.set_index("term").loc["safe", "n_target"] == 1


# ------------------------------------------------------------------------------------------ bad input
def test_target_not_a_group_lists_groups():
    with pytest.raises(ValueError, match=r"target 'Z' not found in column 'g'; available: 'A', 'B'"):
        dc.keyness(_two_cell(5, 6, 100, 100), by="g", target="Z")


def test_single_group():
    counts = pd.DataFrame({"g": ["A", "A"], "term": ["x", "y"], "n": [1, 2]})
    with pytest.raises(ValueError, match="single group"):
        dc.keyness(counts, by="g", target="A")
    with pytest.raises(ValueError, match="single group"):
        dc.keyness_all(counts, by="g")


@pytest.mark.parametrize("bad", [-1, 2.5, np.nan])
def test_negative_or_non_integer_counts(bad):
    counts = _two_cell(5, 6, 100, 100).astype({"n": float})
    counts.loc[0, "n"] = bad
    with pytest.raises(ValueError, match="non-negative whole counts"):
        dc.keyness(counts, by="g", target="A")


def test_non_numeric_counts():
    counts = _two_cell(5, 6, 100, 100).astype({"n": str})
    with pytest.raises(TypeError, match="must hold counts"):
        dc.keyness(counts, by="g", target="A")


def test_term_column_missing():
    with pytest.raises(ValueError, match=r"missing column\(s\) 'term'"):
        dc.keyness(_two_cell(5, 6, 100, 100).rename(columns={"term": "word"}), by="g", target="A")
    with pytest.raises(ValueError, match=r"missing column\(s\) 'g'"):
        dc.keyness(_two_cell(5, 6, 100, 100).drop(columns="g"), by="g", target="A")


def test_all_zero_reference():
    counts = pd.DataFrame({"g": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"], "n": [3, 4, 0, 0]})
    with pytest.raises(ValueError, match="reference .* has no counts"):
        dc.keyness(counts, by="g", target="A")
    with pytest.raises(ValueError, match="has no counts"):
        dc.keyness(counts[["term", "n"]].iloc[:2], by=None, reference=pd.DataFrame({"term": ["x"], "n": [0]}))


def test_bad_options():
    c = _two_cell(5, 6, 100, 100)
    with pytest.raises(ValueError, match=r"correction='holm' is not valid; choose one of: 'bh'"):
        dc.keyness(c, by="g", target="A", correction="holm")
    with pytest.raises(ValueError, match="prior"):
        dc.keyness(c, by="g", target="A", prior="flat")
    with pytest.raises(ValueError, match="prior_scale"):
        dc.keyness(c, by="g", target="A", prior_scale=0)
    with pytest.raises(ValueError, match="target is required"):
        dc.keyness(c, by="g")
    with pytest.raises(ValueError, match="includes the target"):
        dc.keyness(c, by="g", target="A", reference="A")
    with pytest.raises(ValueError, match="by=None needs reference"):
        dc.keyness(c[["term", "n"]], by=None)


def test_frame_keyness_is_keyness_of_frames_as_terms():
    # two groups: A has 30 promotional hits in 1,000 words, B 10 in 2,000; rights 5 and 40
    fc = pd.DataFrame({"source": ["A", "A", "B", "B"], "frame": ["promotional", "rights"] * 2,
                       "voice": ["all"] * 4, "n": [30, 5, 10, 40], "n_tokens": [1000, 1000, 2000, 2000]})
    fk = dc.frame_keyness(fc, by="source", target="A").set_index("frame")
    # the same contrast written as term counts with the groups' word totals
    terms = pd.DataFrame({"source": ["A", "A", "B", "B"], "term": ["promotional", "rights"] * 2,
                          "n": [30, 5, 10, 40]})
    k = dc.keyness(terms, by="source", target="A", totals={"A": 1000, "B": 2000}).set_index("term")
    for col in ("g2", "log_ratio", "log_odds_z", "p"):
        assert fk.loc["promotional", col] == pytest.approx(k.loc["promotional", col])
    # Hardie's Log Ratio by hand: log2((30/1000) / (10/2000)) = log2(6)
    assert fk.loc["promotional", "log_ratio"] == pytest.approx(np.log2(6))
    assert fk.loc["rights", "g2"] < 0  # under-used by A
    assert (fk["total_target"] == 1000).all()


def test_frame_keyness_from_tokens_and_errors(seed_tokens):
    fk = dc.frame_keyness(seed_tokens, "framing", by="source")
    assert {"source", "frame", "target", "g2"} <= set(fk.columns)
    assert fk["source"].nunique() == 5
    counts = dc.count_frames(seed_tokens, "framing", by="source", voice=["author", "all"])
    with pytest.raises(ValueError, match="voice='reported' is not in the frame counts"):
        dc.frame_keyness(counts, by="source", voice="reported")


def test_old_import_path_of_count_terms_warns_and_works():
    import importlib

    kmod = importlib.import_module("discourse.keyness")  # the module (dc.keyness is the function)
    with pytest.warns(FutureWarning, match="moved to discourse.counts.count_terms"):
        old = kmod.count_terms
    assert old is dc.count_terms


# ------------------------------------------------------------------------------------------ top_by
def _skewed_counts(n_groups: int = 7, n_terms: int = 250, seed: int = 4) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for g in range(n_groups):
        n = rng.poisson(rng.gamma(0.6, 3.0, n_terms))  # many rare terms, a few frequent ones, ties between
        rows += [(f"G{g}", f"t{t:03d}", int(n[t]), int(rng.integers(1, n[t] + 1))) for t in np.flatnonzero(n)]
    return pd.DataFrame(rows, columns=["g", "term", "n", "n_docs"])


def _pairs(k: pd.DataFrame) -> set:
    return set(zip(k["target"], k["term"], strict=True))


def test_keyness_all_top_by_is_the_union_of_the_separate_top_tables():
    # top_by=[A, B] keeps, in every contrast, the rows that top= with sort=A and with sort=B keep, each once,
    # in the order of sort=; every value is that of the full table
    counts = _skewed_counts()
    full = dc.keyness_all(counts, by="g", sort="g2")
    both = dc.keyness_all(counts, by="g", sort="g2", top=6, top_by=["log_odds_z", "log_ratio"], top_min_count=3)
    one = [dc.keyness_all(counts, by="g", sort=s, top=6, top_min_count=3) for s in ("log_odds_z", "log_ratio")]
    union = pd.concat(one, ignore_index=True).drop_duplicates(["target", "term"])
    assert len(both) == len(union) < len(full)
    assert _pairs(both) == _pairs(union)
    # in the full table's order (by G2 within each target): the full table's rows, value for value
    want = full.merge(both[["target", "term"]], on=["target", "term"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(both, want, check_exact=True)
    # the two statistics pick different rows here, so the union is more than either
    assert len(both) > max(len(p) for p in one)
    # a single statistic in top_by is top= with that sort, reordered by sort=
    z = dc.keyness_all(counts, by="g", sort="g2", top=6, top_by="log_odds_z", top_min_count=3)
    assert _pairs(z) == _pairs(one[0])


def test_keyness_all_top_by_bad_values():
    counts = _skewed_counts(n_groups=3, n_terms=30)
    with pytest.raises(ValueError, match="give top_n= as well"):
        dc.keyness_all(counts, by="g", top_by=["log_ratio"])
    with pytest.raises(ValueError, match="top_by='zscore' is not valid"):
        dc.keyness_all(counts, by="g", top=3, top_by=["zscore"])
    with pytest.raises(ValueError, match="top_by= is empty"):
        dc.keyness_all(counts, by="g", top=3, top_by=[])


def test_a_token_table_passed_as_counts_is_told_to_count_first():
    tokens = dc.tokenize(dc.load_corpus())
    with pytest.raises(ValueError, match=r"looks like a token table; count it first: dc\.count_terms"):
        dc.keyness(tokens, by="source", target=tokens["source"].iloc[0])
    # a count table missing 'term' gets no such hint
    with pytest.raises(ValueError) as err:
        dc.keyness(_two_cell(5, 6, 100, 100).rename(columns={"term": "word"}), by="g", target="A")
    assert "token table" not in str(err.value)
