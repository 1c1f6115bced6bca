"""Tests over documents (keyness ``test="welch"``/``"mann_whitney"``) and the bootstrap intervals, on edge cases:
documents whose terms all fall below ``min_count``, small groups, and the options' messages."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats as ss

import discourse as dc


def _tokens(texts: dict[str, tuple[str, str]]) -> pd.DataFrame:
    docs = pd.DataFrame([{"doc_id": d, "source": s, "text": t} for d, (s, t) in texts.items()])
    return dc.tokenize(dc.Corpus.from_dataframe(docs, text="text", source="source"))


_SIX = {"a1": ("A", "peace peace war cat"), "a2": ("A", "peace dog"), "a3": ("A", "fish bird"),
        "b1": ("B", "war war peace"), "b2": ("B", "war bird cat"), "b3": ("B", "war fish")}


@pytest.mark.parametrize("test", ["welch", "mann_whitney"])
def test_document_without_a_kept_term_is_a_zero_not_dropped(test):
    # min_count=3 keeps 'peace' and 'war' only; a3 ("fish bird") has counted terms but none kept, so its rate of
    # both is 0 (its count over its 2 counted terms), and it is one of the target's three documents
    counts = dc.count_terms(_tokens(_SIX), by=["source", "doc_id"], min_count=3)
    assert set(counts["term"]) == {"peace", "war"}
    with pytest.warns(UserWarning, match=r"1 document\(s\) recorded in counts.attrs have no row.*'a3'.*min_count=3"):
        k = dc.keyness(counts, by="source", target="A", test=test, doc="doc_id").set_index("term")
    a = {"peace": [2 / 4, 1 / 2, 0.0], "war": [1 / 4, 0.0, 0.0]}
    b = {"peace": [1 / 3, 0.0, 0.0], "war": [2 / 3, 1 / 3, 1 / 2]}
    for term in a:
        if test == "welch":
            want = ss.ttest_ind(a[term], b[term], equal_var=False)  # peace: p 0.338; war: p 0.0316
        else:
            want = ss.mannwhitneyu(a[term], b[term], method="asymptotic")
        assert k.loc[term, "p"] == pytest.approx(want.pvalue, rel=1e-9)
        assert k.loc[term, "p_statistic"] == pytest.approx(want.statistic, rel=1e-9)
        assert k.loc[term, "mean_rate_target"] == pytest.approx(np.mean(a[term]))
    assert (k["doc_total_target"] == 3).all() and (k["doc_total_reference"] == 3).all()
    assert k.loc["war", "dispersion_target"] == pytest.approx(1 / 3)


def test_documents_left_without_rows_by_a_filter_of_terms_keep_their_zero_rates():
    # a filter of terms (pandas keeps counts.attrs through it) leaves a3 ("fish bird") without a row: a3 is still a
    # document of A, with a rate of 0 of 'peace' and 'war', as with min_count
    counts = dc.count_terms(_tokens(_SIX), by=["source", "doc_id"])
    sub = counts[counts["term"].isin(["peace", "war"])]
    with pytest.warns(UserWarning, match=r"1 document\(s\) recorded in counts.attrs have no row.*'a3'"):
        k = dc.keyness(sub, by="source", target="A", test="welch", doc="doc_id").set_index("term")
    want = ss.ttest_ind([1 / 4, 0.0, 0.0], [2 / 3, 1 / 3, 1 / 2], equal_var=False)  # p 0.0316
    assert k.loc["war", "p"] == pytest.approx(want.pvalue, rel=1e-9)
    assert k.loc["war", "total_target"] == 8 and k.loc["war", "doc_total_target"] == 3


def test_documents_the_caller_dropped_stay_out():
    # counts made with min_count=1 keep a row for every document with counted terms, so a recorded document
    # without a row was dropped by the caller (pandas keeps counts.attrs through the filter): it is not an
    # observation, and its words are not in the group totals
    tokens = _tokens(_SIX)
    counts = dc.count_terms(tokens, by=["source", "doc_id"])
    sub = counts[counts["doc_id"] != "a3"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        k = dc.keyness(sub, by="source", target="A", test="welch", doc="doc_id").set_index("term")
        g = dc.keyness(sub, by="source", target="A").set_index("term")
    want = ss.ttest_ind([1 / 4, 0.0], [2 / 3, 1 / 3, 1 / 2], equal_var=False)  # 'war' in a1, a2 against b1-b3
    assert k.loc["war", "p"] == pytest.approx(want.pvalue, rel=1e-9)
    assert k.loc["war", "doc_total_target"] == 2
    assert g.loc["war", "total_target"] == 6  # a1 (4 words) and a2 (2), as counting without a3 gives
    kept = dc.count_terms(tokens[tokens["doc_id"] != "a3"], by="source")
    assert g.loc["war", "g2"] == pytest.approx(dc.keyness(kept, by="source", target="A").set_index("term").loc["war", "g2"])


def test_bad_interval_message_names_the_real_default():
    # the default of every function is discourse.resample.DEFAULT_INTERVAL ("expanded"); the message had
    # called "percentile" the default
    from discourse.resample import DEFAULT_INTERVAL, check_interval

    with pytest.raises(ValueError, match=f"'{DEFAULT_INTERVAL}' is the default") as err:
        check_interval("bootstrap")
    assert "'percentile' is the default" not in str(err.value)


@pytest.mark.parametrize(("interval", "held"), [("expanded", "92-95 %"), ("percentile", "85-94 %"),
                                                ("bca", "84-94 %")])
def test_report_caveat_gives_the_coverage_of_the_interval_chosen(interval, held):
    # the caveat on groups with few units quoted the percentile interval's simulated coverage (84-95 %) whatever
    # the interval; the README table ("Choosing the interval", 6 to 30 documents per group, with and without a
    # document effect) gives percentile 84.9-93.5 %, expanded 92.2-95.3 %, BCa 84.3-94.0 %
    from discourse.report import Analysis
    from discourse.report.page import summary_items

    rights = "Mass surveillance is a threat to privacy. The repression and censorship are abuses of human rights."
    plain = "The council met on Tuesday to discuss the budget."
    texts = [rights, plain, rights, rights, "Mass surveillance is a threat to privacy.", plain]
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "text": texts, "source": ["A"] * 3 + ["B"] * 3})
    a = Analysis(dc.Corpus.from_dataframe(docs, text="text", source="source"), n_boot=50, interval=interval)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        caveats = summary_items(a, {"frame_balance": a.balance})["caveats"]
    line = next(c for c in caveats if "no lean is called" in c)
    assert f"({held} in simulations" in line


def test_bootstrap_of_many_columns_keeps_memory_bounded():
    # topic proportions of 2,000 units x 50 topics: the resampled rows were gathered budget // units resamples at
    # a time whatever the number of columns, a (200, 2000, 50) array of 160 MB here (1.6 GB for 20,000 units);
    # the budget now bounds the gathered values, and the sums do not depend on the block size
    import tracemalloc

    from discourse.resample import bootstrap_sums

    x = np.random.default_rng(0).dirichlet(np.ones(50), size=2000)
    tracemalloc.start()
    try:
        got = bootstrap_sums(x, n_boot=200, seed=[0, 1])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 80e6, f"peak {peak / 1e6:.0f} MB"
    np.testing.assert_array_equal(got, bootstrap_sums(x, n_boot=200, seed=[0, 1], budget=10**9))
    np.testing.assert_array_equal(got, bootstrap_sums(x, n_boot=200, seed=[0, 1], budget=1))


def test_too_few_documents_names_both_sides_of_the_pair():
    # keyness_all(pairs=True) stopped on the pair B vs C with "the reference has 1 (target 3, reference 1)",
    # naming neither group, so the user could not tell which of the pairs to drop
    texts = {**_SIX, "c1": ("C", "war peace")}
    counts = dc.count_terms(_tokens(texts), by=["source", "doc_id"])
    # keyness_all skips the pairs of C, naming C and them, and keeps A vs B (tests/test_audit_docstats.py)
    with pytest.warns(UserWarning, match=r"'C' \(1\).*\('A' against 'C'; 'B' against 'C'\)"):
        pairs = dc.keyness_all(counts, by="source", pairs=True, test="welch", doc="doc_id")
    assert set(pairs["reference"]) == {"B"}
    with pytest.raises(ValueError, match=r"'C' has 1 document.*'C' against the rest"):
        dc.keyness(counts, by="source", target="C", test="mann_whitney", doc="doc_id")


def test_counts_per_document_keep_the_recorded_group_totals():
    # counts per document with min_count=3 compared by source: the group totals are the documents' recorded
    # totals added up (4 + 2 + 2 words in A, 3 + 3 + 2 in B), as count_terms(by="source", min_count=3) records
    # them, not the sums of the kept rows (4 and 4), which had changed every relative frequency
    tokens = _tokens(_SIX)
    by_source = dc.keyness(dc.count_terms(tokens, by="source", min_count=3), by="source", target="A")
    per_doc = dc.keyness(dc.count_terms(tokens, by=["source", "doc_id"], min_count=3), by="source", target="A")
    assert (per_doc["total_target"] == 8).all() and (per_doc["total_reference"] == 8).all()
    cols = ["term", "n_target", "n_reference", "total_target", "total_reference", "g2", "log_ratio", "log_odds_z"]
    pd.testing.assert_frame_equal(per_doc[cols], by_source[cols])


def test_a_group_of_documents_without_counted_terms_is_reported_in_tests_over_documents():
    # group D's two documents are punctuation only: counted by source, keyness_all names D and counts its
    # documents in the rest (doc_total_reference 5); counted per document it had vanished without a word
    texts = {**_SIX, "d1": ("D", "... !!"), "d2": ("D", "?? ...")}
    counts = dc.count_terms(_tokens(texts), by=["source", "doc_id"])
    with pytest.warns(UserWarning, match="no counted terms") as rec:
        k = dc.keyness_all(counts, by="source", test="welch", doc="doc_id")
    assert any("'D'" in str(w.message) or "D" in str(w.message).split("(")[0] for w in rec)
    assert set(k["source"]) == {"A", "B"}
    assert (k["doc_total_target"] == 3).all() and (k["doc_total_reference"] == 5).all()
