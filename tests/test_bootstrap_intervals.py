"""The three bootstrap intervals (``interval=``): percentile (default), Hesterberg's expanded percentile and BCa.

Known answers: the expanded level against scipy.stats computed by hand, BCa against scipy.stats.bootstrap on the
same data and the same resamples, and the default interval unchanged.
"""

from __future__ import annotations

import warnings
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from scipy import stats

import discourse as dc
from discourse.resample import (
    DEFAULT_INTERVAL,
    INTERVALS,
    bootstrap_interval,
    bootstrap_sums,
    check_interval,
    expanded_alpha,
    percentile_interval,
    row_seed,
)
from discourse.topic_effects import group_means

LEX = {"promotional": ["good"], "rights": ["bad"]}


def _counts(a, b, words=100, group="g"):
    """A count table of one group: document i has a[i] 'good', b[i] 'bad' and the rest other words."""
    n = len(a)
    docs = [f"d{i:02d}" for i in range(n)]
    return pd.DataFrame({"group": [group] * 3 * n, "doc_id": docs * 3, "term": ["good"] * n + ["bad"] * n + ["w"] * n,
                         "n": np.concatenate([a, b, words - np.asarray(a) - np.asarray(b)])})


def test_expanded_alpha_known_answers():
    # alpha' = 2 Phi(-sqrt(n/(n-1)) t_{alpha/2, n-1}) (Hesterberg 2015, The American Statistician 69(4), 4.2),
    # computed by hand from scipy.stats at ci = 0.95:
    #   n = 5:  t.ppf(0.975, 4) = 2.776445, * sqrt(5/4) = 3.104160, 2 * norm.cdf(-3.104160) = 0.0019082
    #   n = 10: t.ppf(0.975, 9) = 2.262157, * sqrt(10/9) = 2.384525, 2 * norm.cdf(-2.384525) = 0.0171013
    #   n = 30: t.ppf(0.975, 29) = 2.045230, * sqrt(30/29) = 2.080212, 2 * norm.cdf(-2.080212) = 0.0375078
    #   n = 3, ci = 0.90: t.ppf(0.95, 2) = 2.919986, * sqrt(3/2) = 3.576261, 2 * norm.cdf(-3.576261) = 0.000348
    assert expanded_alpha(5, 0.95) == pytest.approx(0.0019082, abs=1e-7)
    assert expanded_alpha(10, 0.95) == pytest.approx(0.0171013, abs=1e-7)
    assert expanded_alpha(30, 0.95) == pytest.approx(0.0375078, abs=1e-7)
    assert expanded_alpha(3, 0.90) == pytest.approx(0.000348, abs=1e-6)
    # always wider than asked, approaching alpha as n grows (t -> z, sqrt(n/(n-1)) -> 1)
    assert expanded_alpha(2, 0.95) < 1e-70
    assert expanded_alpha(10_000, 0.95) == pytest.approx(0.05, abs=1e-3)
    assert expanded_alpha(1, 0.95) == pytest.approx(0.05)


def test_expanded_interval_is_the_percentile_interval_at_the_adjusted_level():
    x = np.array([0.1, 0.4, 0.35, 0.8, 0.2, 0.55])
    boots = bootstrap_sums(x, n_boot=2000, seed=[0, 1]) / len(x)
    lo, hi = bootstrap_interval(boots, 0.95, interval="expanded", n_units=len(x))
    a = expanded_alpha(6, 0.95)
    assert (lo, hi) == tuple(np.quantile(boots, [a / 2, 1 - a / 2]))
    p_lo, p_hi = percentile_interval(boots, 0.95)
    assert lo < p_lo and hi > p_hi


def test_bca_matches_scipy_on_the_same_resamples():
    # scipy.stats.bootstrap(method='BCa') given the same bootstrap distribution (bootstrap_result=, no new
    # resamples): the same z0, jackknife acceleration and quantiles
    x = np.array([0.02, 0.10, 0.05, 0.40, 0.07, 0.01, 0.22, 0.03])  # skewed, so BCa moves both ends
    boots = bootstrap_sums(x, n_boot=3000, seed=[5, 7]) / len(x)
    jack = (x.sum() - x) / (len(x) - 1)
    ours = bootstrap_interval(boots, 0.95, interval="bca", estimate=x.mean(), jackknife=jack)
    ref = stats.bootstrap((x,), np.mean, n_resamples=0, method="BCa", confidence_level=0.95,
                          bootstrap_result=SimpleNamespace(bootstrap_distribution=boots)).confidence_interval
    np.testing.assert_allclose(ours, (ref.low, ref.high), rtol=1e-12)
    perc = percentile_interval(boots, 0.95)
    assert ours[0] > perc[0] and ours[1] > perc[1]  # right skew: BCa shifts the interval up


def test_scipy_draws_the_same_resamples_as_bootstrap_sums():
    # scipy.stats.bootstrap draws rng.integers(0, n, (n_resamples, n)), as bootstrap_sums does in one block: with
    # the same generator the percentile intervals agree, so the BCa comparisons below use the same resamples
    x = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0])
    seed = [11, 3]
    boots = bootstrap_sums(x, n_boot=999, seed=seed) / len(x)
    ref = stats.bootstrap((x,), np.mean, n_resamples=999, method="percentile",
                          rng=np.random.default_rng(seed)).confidence_interval
    np.testing.assert_allclose(percentile_interval(boots, 0.95), (ref.low, ref.high), rtol=1e-12)


def test_frame_balance_bca_matches_scipy_paired_bootstrap():
    # every document has a pole hit, so no resample is left out and frame_balance's BCa is scipy's paired BCa of
    # the pooled balance log((sum a + 0.5) / (sum b + 0.5)) over the documents (in doc_id order)
    a = np.array([5, 1, 0, 7, 2, 3, 9, 1])
    b = np.array([1, 2, 3, 0, 2, 1, 1, 4])
    counts = _counts(a, b)
    out = dc.frame_balance(counts, LEX, by="group", level="group", voice="all", n_boot=1000, random_state=4,
                           interval="bca")
    assert out["interval"].tolist() == ["bca"]

    def balance(i, axis=-1):
        return np.log((a[i].sum(axis=axis) + 0.5) / (b[i].sum(axis=axis) + 0.5))

    ref = stats.bootstrap((np.arange(len(a)),), balance, n_resamples=1000, method="BCa", paired=True,
                          rng=np.random.default_rng(row_seed(4, "group", ("g",), "all"))).confidence_interval
    assert out["ci_low"].iat[0] == pytest.approx(ref.low, rel=1e-12)
    assert out["ci_high"].iat[0] == pytest.approx(ref.high, rel=1e-12)


def test_group_means_bca_and_expanded_match_scipy():
    rng = np.random.default_rng(0)
    values = rng.dirichlet([0.3, 0.3, 0.3], size=12)  # 12 units, 3 topics
    keys = pd.DataFrame({"source": ["A"] * 12})
    every = pd.DataFrame({"source": ["A"]})
    out = {m: group_means(values, keys, every, ["source"], np.arange(3), ["t0", "t1", "t2"], "topic", 1000, 0.95,
                          2, m) for m in INTERVALS}
    seed = row_seed(2, "topic", "A")
    for t in range(3):
        for method, name in (("bca", "BCa"), ("percentile", "percentile")):
            ref = stats.bootstrap((values[:, t],), np.mean, n_resamples=1000, method=name,
                                  rng=np.random.default_rng(seed)).confidence_interval
            row = out[method].iloc[t]
            assert (row["ci_low"], row["ci_high"]) == pytest.approx((ref.low, ref.high), rel=1e-12)
        e = out["expanded"].iloc[t]
        p = out["percentile"].iloc[t]
        assert e["ci_low"] < p["ci_low"] and e["ci_high"] > p["ci_high"]
    assert [out[m]["interval"].unique().tolist() for m in INTERVALS] == [[m] for m in INTERVALS]
    # the prevalence does not depend on the interval
    np.testing.assert_array_equal(out["bca"]["prevalence"], out["percentile"]["prevalence"])


def test_the_percentile_interval_is_the_plain_percentiles_and_expanded_is_the_default():
    a = np.array([2, 0, 5, 1, 3, 0, 4])
    b = np.array([1, 3, 0, 2, 2, 1, 0])
    counts = _counts(a, b)
    kw = dict(by="group", level="group", voice="all", n_boot=500, random_state=9)
    plain = dc.frame_balance(counts, LEX, interval="percentile", **kw)
    assert plain["interval"].tolist() == ["percentile"]
    sums = bootstrap_sums(np.column_stack([a, b]), n_boot=500, seed=row_seed(9, "group", ("g",), "all"))
    hit = sums.sum(axis=1) > 0
    boots = np.log((sums[hit, 0] + 0.5) / (sums[hit, 1] + 0.5))
    lo, hi = percentile_interval(boots, 0.95)
    assert (plain["ci_low"].iat[0], plain["ci_high"].iat[0]) == (lo, hi)
    # the default is the expanded interval: the percentiles at the level widened for 7 units (expanded_alpha)
    default = dc.frame_balance(counts, LEX, **kw)
    assert default["interval"].tolist() == ["expanded"] == [DEFAULT_INTERVAL]
    assert (default["ci_low"].iat[0], default["ci_high"].iat[0]) == percentile_interval(boots, 1 - expanded_alpha(7, 0.95))
    # other intervals change only ci_low, ci_high and the interval column
    for m in ("expanded", "bca"):
        other = dc.frame_balance(counts, LEX, interval=m, **kw)
        same = [c for c in plain.columns if c not in ("ci_low", "ci_high", "interval")]
        pd.testing.assert_frame_equal(other[same], plain[same])
    assert default["ci_low"].iat[0] <= lo and default["ci_high"].iat[0] >= hi


def test_frame_balance_on_tokens_takes_the_interval_option():
    tok = dc.tokenize(dc.load_corpus())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kw = dict(by="source", level="group", voice="all", uses="all", n_boot=200)
        p = dc.frame_balance(tok, interval="percentile", **kw)
        e = dc.frame_balance(tok, **kw)
    assert set(p["interval"]) == {"percentile"} and set(e["interval"]) == {"expanded"}
    has = p["ci_low"].notna()
    assert (e.loc[has, "ci_low"] <= p.loc[has, "ci_low"]).all() and (e.loc[has, "ci_high"] >= p.loc[has, "ci_high"]).all()
    assert (e.loc[has, "ci_high"] - e.loc[has, "ci_low"] > p.loc[has, "ci_high"] - p.loc[has, "ci_low"]).any()


@pytest.mark.parametrize("bad", ["BCa", "basic", None, 0])
def test_unknown_interval_is_refused_with_the_choices(bad):
    with pytest.raises(ValueError, match=r"interval=.*'percentile', 'expanded', 'bca'"):
        check_interval(bad)
    with pytest.raises(ValueError, match="interval="):
        dc.frame_balance(_counts([1, 2], [2, 1]), LEX, by="group", interval=bad)


def test_bca_degenerate_cases_have_a_stated_handling():
    # every unit the same: a constant jackknife gives acceleration 0, and the interval is the one value
    boots = np.full(100, 0.5)
    assert bootstrap_interval(boots, 0.95, interval="bca", estimate=0.5, jackknife=np.full(4, 0.5)) == (0.5, 0.5)
    # an estimate below every resample: the bias correction is capped at the most extreme share, not missing
    lo, hi = bootstrap_interval(np.linspace(1, 2, 100), 0.95, interval="bca", estimate=0.0,
                                jackknife=np.array([0.1, -0.1, 0.0]))
    assert np.isfinite(lo) and np.isfinite(hi) and lo == pytest.approx(1.0, abs=1e-3)


def test_cli_interval_option(tmp_path, capsys):
    from discourse.cli import main

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rc = main(["frames", "--n-boot", "50", "--interval", "bca", "--out", str(tmp_path / "o")])
    assert rc == 0
    assert "95 % bca interval" in capsys.readouterr().out
    balance = pd.read_csv(tmp_path / "o" / "frame_balance.csv")
    assert set(balance["interval"]) == {"bca"}
    import json

    prov = json.loads((tmp_path / "o" / "provenance.json").read_text())
    assert prov["parameters"]["interval"] == "bca"
    with pytest.raises(SystemExit):
        main(["frames", "--interval", "studentized"])


def test_report_analysis_passes_the_interval_and_records_it():
    from discourse.report import Analysis

    with pytest.raises(ValueError, match="interval='BCa'"):
        Analysis(interval="BCa")
    a = Analysis(n_boot=50, interval="expanded")
    assert a.parameters["interval"] == "expanded"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert set(a.balance["interval"]) == {"expanded"}


def test_balance_figure_title_names_a_non_default_interval():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    counts = _counts(np.array([2, 0, 5, 1, 3, 1]), np.array([1, 3, 0, 2, 2, 1]))
    kw = dict(by="group", level="group", voice="all", n_boot=200)
    titles = {m: dc.plot_frame_balance(dc.frame_balance(counts, LEX, interval=m, **kw), by="group").get_title()
              for m in INTERVALS}
    plt.close("all")
    assert "with 95% bootstrap intervals" in titles["percentile"]  # the default title as before
    assert "with 95% expanded percentile bootstrap intervals" in titles["expanded"]
    assert "with 95% BCa bootstrap intervals" in titles["bca"]
