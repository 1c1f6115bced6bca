"""keyness(test="welch" | "mann_whitney", doc=...): tests of each term over documents, not word tokens.

G²'s p treats every word as an independent draw; with documents as the sampling unit it is far too small
(Kilgarriff 2005). Lijffijt, Nevalainen, Säily, Papapetrou, Puolamäki & Mannila (2016, "Significance testing of
word frequencies in corpora", DSH 31(2)) compare the documents' relative frequencies instead, with Welch's t-test
or the Wilcoxon rank-sum test. The expected values below come from scipy.stats (an independent implementation,
term by term) applied to relative frequencies worked out by hand from the tables written here.
"""

from __future__ import annotations

import gzip
import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import sparse
from scipy import stats as ss

import discourse as dc
from discourse.keyness import KEYNESS_COLUMNS, P_VALUE_NOTE
from discourse.stats import mann_whitney_columns, welch_columns
from tests.simulate import bursty_counts

BROWN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "brown" / "brown.jsonl.gz"

# five documents of group A, four of B; "x" and "y" are their only terms
TABLE = pd.DataFrame({
    "g": ["A"] * 8 + ["B"] * 6,
    "doc_id": ["a1", "a1", "a2", "a3", "a3", "a4", "a4", "a5", "b1", "b1", "b2", "b3", "b3", "b4"],
    "term": ["x", "y", "x", "x", "y", "x", "y", "y", "x", "y", "y", "x", "y", "y"],
    "n": [3, 7, 1, 2, 8, 5, 15, 4, 1, 9, 10, 1, 4, 5],
})
# relative frequencies of "x" per document (count / the document's counted terms), by hand:
# a1 3/10, a2 1/1, a3 2/10, a4 5/20, a5 0/4; b1 1/10, b2 0/10, b3 1/5, b4 0/5
X_A = [0.3, 1.0, 0.2, 0.25, 0.0]
X_B = [0.1, 0.0, 0.2, 0.0]


def _row(k: pd.DataFrame, term: str) -> pd.Series:
    return k.set_index("term").loc[term]


def test_welch_matches_scipy_ttest_ind_unequal_variances():
    k = dc.keyness(TABLE, by="g", target="A", test="welch", doc="doc_id", correction="none")
    x = _row(k, "x")
    # scipy 1.17 ttest_ind(equal_var=False): t 1.55460, Welch df 4.6187, p 0.185510
    want = ss.ttest_ind(X_A, X_B, equal_var=False)
    assert (round(want.statistic, 5), round(want.pvalue, 6)) == (1.5546, 0.18551)
    assert x["p_statistic"] == pytest.approx(want.statistic, rel=1e-12)
    assert x["p"] == pytest.approx(want.pvalue, rel=1e-12)
    assert x["p_adjusted"] == x["p"] and x["p_test"] == "welch"
    assert x["mean_rate_target"] == pytest.approx(np.mean(X_A)) and x["mean_rate_reference"] == pytest.approx(0.075)
    # "y" is 1 - "x" in every document, so its t is the negative of x's
    assert _row(k, "y")["p_statistic"] == pytest.approx(-want.statistic, rel=1e-12)


def test_mann_whitney_matches_scipy_with_ties_and_zeros():
    k = dc.keyness(TABLE, by="g", target="A", test="mann_whitney", doc="doc_id", correction="none")
    x = _row(k, "x")
    # U by hand: pairs (a, b) with a > b, ties counted 1/2: 0.3 -> 4, 1.0 -> 4, 0.2 -> 3 + 1/2 (ties b3's 0.2),
    # 0.25 -> 4, 0.0 -> 1/2 + 1/2 (ties b2's and b4's 0): 16.5. p: scipy's asymptotic test, with the tie correction
    # and the continuity correction, as R's wilcox.test(exact = FALSE, correct = TRUE)
    want = ss.mannwhitneyu(X_A, X_B, method="asymptotic")
    assert x["p_statistic"] == 16.5 and want.statistic == 16.5
    assert x["p"] == pytest.approx(want.pvalue, rel=1e-12)
    assert x["p_test"] == "mann_whitney"


def test_equal_fractions_tie_in_the_ranks():
    # 1/5 and 7/35 are the same rate and tie (U counts the pair 1/2); as 1 * (1/5) = 0.2 but 7 * (1/35) =
    # 0.19999999999999998 in floating point, rates taken as count times the reciprocal broke this tie
    docs = [("A", "a1", 1, 5), ("A", "a2", 3, 10), ("A", "a3", 2, 7), ("B", "b1", 7, 35), ("B", "b2", 1, 9),
            ("B", "b3", 2, 13)]
    rows = [r for g, d, n, t in docs for r in ((g, d, "x", n), (g, d, "other", t - n))]
    counts = pd.DataFrame(rows, columns=["g", "doc_id", "term", "n"])
    k = dc.keyness(counts, by="g", target="A", test="mann_whitney", doc="doc_id", correction="none")
    a = [n / t for g, _, n, t in docs if g == "A"]
    b = [n / t for g, _, n, t in docs if g == "B"]
    want = ss.mannwhitneyu(a, b, method="asymptotic")  # U = 3 + 3 + 2.5 (a1 ties b1) = 8.5
    assert want.statistic == 8.5
    assert _row(k, "x")["p_statistic"] == 8.5 and _row(k, "x")["p"] == pytest.approx(want.pvalue, rel=1e-12)


def test_p_adjusted_is_benjamini_hochberg_of_the_document_p():
    k = dc.keyness(TABLE, by="g", target="A", test="welch", doc="doc_id")
    assert np.allclose(k["p_adjusted"], ss.false_discovery_control(k["p"].to_numpy()))
    kb = dc.keyness(TABLE, by="g", target="A", test="welch", doc="doc_id", correction="bonferroni")
    assert np.allclose(kb["p_adjusted"], np.minimum(kb["p"] * 2, 1))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_column_tests_match_scipy_term_by_term(seed):
    rng = np.random.default_rng(seed)
    n, k = 37, 40
    x = rng.poisson(0.6, size=(n, k)) * rng.integers(1, 4, size=(n, k)) / 10.0  # many zeros and ties
    x[:, 0] = 0.5  # one constant column: Welch has no p (0/0), as scipy
    first = rng.random(n) < 0.4
    first[:2], first[-2:] = True, False
    w = welch_columns(sparse.csr_matrix(x), first)
    m = mann_whitney_columns(sparse.csr_matrix(x), first)
    for j in range(k):
        a, b = x[first, j], x[~first, j]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            t = ss.ttest_ind(a, b, equal_var=False)
        assert np.allclose([w["t"][j], w["p"][j]], [t.statistic, t.pvalue], rtol=1e-10, equal_nan=True)
        if j:
            u = ss.mannwhitneyu(a, b, method="asymptotic")
            assert np.allclose([m["u"][j], m["p"][j]], [u.statistic, u.pvalue], rtol=1e-10)


def _mini_corpus() -> dc.Corpus:
    texts = {
        "A": ["The council approved the budget. The budget funds parks.", "Parks and schools were debated.",
              "The mayor praised the parks budget."],
        "B": ["Police cameras watch the square.", "Cameras and police: the city debated privacy.",
              "Privacy groups criticised the cameras.", "The square was quiet."],
    }
    rows = [{"doc_id": f"{g}{i}", "source": g, "text": t} for g, ts in texts.items() for i, t in enumerate(ts)]
    return dc.Corpus.from_dataframe(pd.DataFrame(rows), text="text", source="source", date=None)


def test_word_level_columns_are_those_of_group_counts():
    # counts per document, summed over a group's documents, are the group's counts: every column of before is
    # unchanged, and the documents give the dispersion that group counts carry in attrs
    tok = dc.tokenize(_mini_corpus())
    group = dc.keyness(dc.count_terms(tok, by="source"), by="source", target="A")
    per_doc = dc.count_terms(tok, by=["source", "doc_id"])
    for test in ("g2", "welch", "mann_whitney"):
        k = dc.keyness(per_doc, by="source", target="A", test=test, doc="doc_id")
        assert list(k.columns) == ["source", *KEYNESS_COLUMNS]
        same = [c for c in KEYNESS_COLUMNS if c not in ("p", "p_adjusted", "p_statistic", "mean_rate_target",
                                                        "mean_rate_reference", "p_test", "p_method")]
        if test == "g2":
            same += ["p", "p_adjusted"]
        pd.testing.assert_frame_equal(k[same].sort_values("term").reset_index(drop=True),
                                      group[same].sort_values("term").reset_index(drop=True))
    assert (group["p_test"] == "g2").all() and group["mean_rate_target"].isna().all()
    assert np.array_equal(group["p_statistic"], group["g2"])


def test_keyness_all_tests_each_contrast_over_its_documents():
    per_doc = dc.count_terms(dc.tokenize(_mini_corpus()), by=["source", "doc_id"])
    allk = dc.keyness_all(per_doc, by="source", test="mann_whitney", doc="doc_id")
    one = dc.keyness(per_doc, by="source", target="B", test="mann_whitney", doc="doc_id")
    mine = allk[allk["target"] == "B"].reset_index(drop=True)
    pd.testing.assert_frame_equal(mine, one)


def test_bad_input_is_refused_naming_the_fix():
    with pytest.raises(ValueError, match="doc='doc_id'"):
        dc.keyness(TABLE, by="g", target="A", test="welch")
    with pytest.raises(ValueError, match="one of"):
        dc.keyness(TABLE, by="g", target="A", test="t")
    with pytest.raises(ValueError, match="no documents"):
        dc.keyness(TABLE, by="g", target="A", test="welch", doc="doc_id",
                   reference=pd.DataFrame({"term": ["x"], "n": [5]}))
    with pytest.raises(ValueError, match="at least two documents"):
        dc.keyness(TABLE[TABLE["doc_id"].isin(["a1", "b1", "b2"])], by="g", target="A", test="welch", doc="doc_id")
    with pytest.raises(ValueError, match="group column"):
        dc.keyness(TABLE, by="g", target="A", test="welch", doc="g")
    with pytest.raises(ValueError, match="missing"):
        dc.keyness(TABLE.assign(doc_id=TABLE["doc_id"].where(TABLE["n"] != 4)), by="g", target="A", test="welch",
                   doc="doc_id")


def test_documents_split_between_the_groups_are_reported():
    # by="voice" puts a document's author and quoted words in two groups: not independent samples
    split = TABLE.assign(g=np.where(TABLE["term"] == "x", "author", "quoted"))
    with pytest.warns(UserWarning, match="on both sides"):
        dc.keyness(split, by="g", target="author", test="mann_whitney", doc="doc_id")


def test_documents_without_counted_terms_are_reported():
    # a document that count_terms records with 0 terms (only punctuation) has no relative frequency
    tok = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({
        "doc_id": ["a1", "a2", "a3", "b1", "b2"], "source": ["A", "A", "A", "B", "B"],
        "text": ["parks and budget", "budget talks", "!!!", "police cameras", "cameras again"]}),
        text="text", source="source", date=None))
    counts = dc.count_terms(tok, by=["source", "doc_id"])
    with pytest.warns(UserWarning, match="1 document"):
        k = dc.keyness(counts, by="source", target="A", test="welch", doc="doc_id")
    assert (k["doc_total_target"] == 3).all()  # still counted among the group's documents


def _share_below(counts: pd.DataFrame, docs: list[str], rng: np.random.Generator, test: str) -> float:
    half = set(rng.choice(docs, size=len(docs) // 2, replace=False))
    c = counts.assign(half=np.where(counts["doc_id"].isin(half), "H1", "H2"))
    k = dc.keyness(c, by="half", target="H1", test=test, doc="doc_id")
    k = k[k["docs_target"] + k["docs_reference"] >= 5]  # a term in 1-4 documents cannot reach 5 % by ranks
    return float((k["p"] < 0.05).mean())


def test_calibration_on_simulated_bursty_terms():
    # no term differs between random halves: a calibrated test gives p < 0.05 for about 5 % of terms; G² gives far
    # more (Lijffijt et al. 2016). Here (3 corpora x 3 splits, terms in 5+ documents): G2 0.59, Welch 0.040, Mann-Whitney 0.045
    shares: dict[str, list[float]] = {"g2": [], "welch": [], "mann_whitney": []}
    for seed in range(3):
        counts = bursty_counts(seed)
        docs = sorted(counts["doc_id"].unique())
        for test in shares:
            rng = np.random.default_rng(100 + seed)
            shares[test] += [_share_below(counts, docs, rng, test) for _ in range(3)]
    mean = {t: float(np.mean(v)) for t, v in shares.items()}
    assert mean["g2"] > 0.2
    assert 0.02 < mean["welch"] < 0.08 and 0.02 < mean["mann_whitney"] < 0.08, mean


@pytest.mark.skipif(not BROWN.exists(), reason="the Brown corpus is not in ../shared/corpora")
def test_calibration_on_random_halves_of_brown_learned():
    # the 80 'learned' Brown texts split at random (10 splits measured: of the 2,408 terms in 5+ texts, G2 24.6 %,
    # Welch 3.2 %, Mann-Whitney 4.5 % at p < 0.05; of all 15,036 terms 17.4 %, 0.7 %, 1.2 %); two splits here
    with gzip.open(BROWN, "rt", encoding="utf-8") as f:
        rows = [r for r in map(json.loads, f) if r["category"] == "learned"]
    corpus = dc.Corpus.from_dataframe(pd.DataFrame(rows)[["doc_id", "text"]].assign(source="learned"), text="text",
                                      source="source", date=None)
    counts = dc.count_terms(dc.tokenize(corpus, quotes=False), by="doc_id")
    docs = sorted(counts["doc_id"].unique())
    assert len(docs) == 80
    shares = {t: np.mean([_share_below(counts, docs, np.random.default_rng(s), t) for s in range(2)])
              for t in ("g2", "welch", "mann_whitney")}
    assert shares["g2"] > 0.15
    assert 0.015 < shares["welch"] < 0.07 and 0.02 < shares["mann_whitney"] < 0.08, shares


def _three_documents_a_side(tmp_path) -> Path:
    """A CSV corpus of three short documents in each of sources A and B, for the command line's tests over documents."""
    rows = [{"doc_id": f"{g}{i}", "source": g, "text": t}
            for g, ts in {"A": ["parks budget parks", "budget parks", "schools parks"],
                          "B": ["police cameras", "cameras privacy", "privacy police cameras"]}.items()
            for i, t in enumerate(ts)]
    path = tmp_path / "c.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def test_command_line_tests_over_documents(tmp_path, capsys):
    from discourse.cli import main

    path = _three_documents_a_side(tmp_path)
    assert main(["keyness", str(path), "--by", "source", "--target", "A", "--test", "welch", "--min-count", "1",
                 "--out", str(tmp_path / "k")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Welch's t-test" in out and P_VALUE_NOTE not in out
    k = pd.read_csv(tmp_path / "k" / "keyness.csv")
    assert (k["p_test"] == "welch").all() and k["mean_rate_target"].notna().all()
    assert "test='welch'" in P_VALUE_NOTE and "independent draw" in P_VALUE_NOTE
