"""The statistics the library reports, checked against known answers and simulations with known true values."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import discourse as dc  # noqa: E402
from tests.simulate import bursty_counts  # noqa: E402


def _pole_counts(n_docs: int, n_groups: int, *, rate_a: float = 0.004, rate_b: float = 0.002, words: int = 1000,
                 seed: int = 1) -> pd.DataFrame:
    """Counts of ``n_groups`` groups of ``n_docs`` documents, each document's pole hits Poisson with the known rates
    (true balance log(rate_a / rate_b)): 'smart' is promotional, 'privacy' rights in the bundled lexicon."""
    rng = np.random.default_rng(seed)
    rows = []
    for g in range(n_groups):
        for d in range(n_docs):
            doc = f"g{g:04d}_d{d}"
            rows += [(f"g{g:04d}", doc, "smart", rng.poisson(words * rate_a)),
                     (f"g{g:04d}", doc, "privacy", rng.poisson(words * rate_b)), (f"g{g:04d}", doc, "the", words)]
    return pd.DataFrame(rows, columns=["source", "doc_id", "term", "n"])


def test_fewest_units_for_a_resampling_interval():
    # a resample's pooled balance lies within (about) the range of its units' own balances, and the true value falls
    # outside the range of n units with probability 2 * (1/2)**n when each unit is as likely above as below it (the
    # order-statistics argument of the sign test's confidence interval for a median: David & Nagaraja 2003, 7.1).
    # So the fewest units that can give a 95 % interval is 6 (1 - 2**-5 = 0.969; 5 units: 0.9375)
    from discourse.resample import min_units, range_coverage

    assert [range_coverage(n) for n in (2, 3, 5, 6)] == [0.5, 0.75, 0.9375, 0.96875]
    assert (min_units(0.95), min_units(0.9), min_units(0.99), min_units(0.5)) == (6, 5, 8, 2)


def test_percentile_intervals_over_few_documents_cover_far_below_their_level():
    # the known-answer simulation behind the documented coverage: 3 documents per group, hits Poisson at known
    # rates; a nominal 95 % percentile interval held the true balance in about 74 % of 1,000 groups (at most 75 %
    # is possible from 3 units)
    counts = _pole_counts(3, 300)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fb = dc.frame_balance(counts, by="source", level="group", voice="all", n_boot=300)
    truth = np.log(0.004 / 0.002)
    ok = fb.dropna(subset=["ci_low"])
    coverage = float(((ok["ci_low"] <= truth) & (ok["ci_high"] >= truth)).mean())
    assert len(ok) >= 290 and 0.6 < coverage < 0.85


def test_frame_balance_warns_when_an_interval_rests_on_too_few_units():
    counts = _pole_counts(3, 2)
    with pytest.warns(UserWarning, match=r"2 group\(s\) have an interval from fewer than 6 units with a pole "
                                         r"hit \(g0000: 3 of 3 documents, g0001: 3 of 3 documents\).*at most 75 %"):
        fb = dc.frame_balance(counts, by="source", level="group", voice="all", n_boot=100)
    assert fb["ci_low"].notna().all()  # the intervals are kept, and the warning says what they are worth
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        dc.frame_balance(_pole_counts(6, 2), by="source", level="group", voice="all", n_boot=100)
        dc.frame_balance(counts, by="source", level="group", voice="all", n_boot=0)  # no interval, nothing to say
    # what counts is the units with a pole hit: 30 documents whose hits fall in 3 of them (the interval held the
    # true balance in 66-70 % of such groups in simulations)
    sparse = _pole_counts(30, 1, rate_a=0, rate_b=0)
    sparse.loc[sparse["term"].isin(["smart", "privacy"]) & sparse["doc_id"].isin(["g0000_d0", "g0000_d1", "g0000_d2"]),
               "n"] = [2, 1, 1, 1, 3, 0]
    with pytest.warns(UserWarning, match=r"\(g0000: 3 of 30 documents\)"):
        dc.frame_balance(sparse, by="source", level="group", voice="all", n_boot=100)


def test_report_calls_no_lean_from_an_interval_over_too_few_documents():
    from discourse.report import Analysis
    from discourse.report.page import summary_items

    # every document leans rights, with one promotional word now and then, so each group's interval lies below 0
    texts = [f"Report {i}. " + " ".join(["Mass surveillance threatens privacy."] * (1 + i % 3))
             + (" The smart plan." if i % 4 == 0 else "") for i in range(11)]
    sources = ["A"] * 3 + ["B"] * 8
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"d{i:02d}" for i in range(len(texts))],
                                                    "text": texts, "source": sources}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = Analysis(corpus, n_boot=100)
        items = summary_items(a, {"frame_balance": a.balance})
    line_a = next(i for i in items["lean"] if i.startswith("<b>A</b>"))
    line_b = next(i for i in items["lean"] if i.startswith("<b>B</b>"))
    assert "leans" not in line_a and "from only 3 documents with a pole hit" in line_a and "at most 75 %" in line_a
    assert "leans <b>rights</b>" in line_b
    caveats = " ".join(items["caveats"])
    assert "1 group(s) whose evaluative pole hits fall in only 2 to 5 units (documents, or paragraphs of a " \
           "one-document group: A)" in caveats


def test_keyness_p_values_treat_words_as_independent_draws(capsys):
    # random halves of documents from one population: no term differs between the halves, yet G2's p (every word
    # an independent draw, Dunning 1993) is below 0.05 for far more than 5 % of the terms, and BH flags many
    # (Kilgarriff 2005; Lijffijt et al. 2016). On random halves of the 80 'learned' Brown texts: 17 % of 15,036
    # terms, about 700 with p_adjusted < 0.05. The p-values stay (they rank terms), and every table that shows
    # them says what they assume
    from discourse.keyness import P_VALUE_NOTE

    counts = bursty_counts()
    half = {d: ("A" if i % 2 else "B") for i, d in enumerate(sorted(counts["doc_id"].unique()))}
    by_half = counts.assign(half=counts["doc_id"].map(half)).groupby(["half", "term"], as_index=False)["n"].sum()
    k = dc.keyness(by_half, by="half", target="A")
    assert (k["p"] < 0.05).mean() > 0.15 and (k["p_adjusted"] < 0.05).sum() > 10
    assert "independent draw" in P_VALUE_NOTE and "not tests of a difference between the groups" in P_VALUE_NOTE
    assert "independent draw" in dc.keyness.__doc__ and "independent draw" in dc.frame_keyness.__doc__

    from discourse.cli import main

    assert main(["keyness", "--by", "source", "--top", "3"]) == 0
    assert P_VALUE_NOTE in " ".join(capsys.readouterr().out.split())


def test_topic_prevalence_warns_when_an_interval_rests_on_too_few_units():
    # a group's prevalence is the mean of its units' topic proportions, and a resample's mean lies within the range
    # of the units' own, so an interval over 2 units holds the true prevalence at most half the time (resample.
    # range_coverage); it was given as a 95 % interval with no word
    from discourse.topic_effects import topic_prevalence
    from discourse.topics import TopicModel

    from .test_topics import CAMERAS, FAST, TRADE, make_tokens

    tokens = make_tokens({"c1": ("Watchdog", CAMERAS[:2]), "c2": ("Watchdog", CAMERAS[2:]),
                          "t1": ("Business", TRADE[:2]), "t2": ("Business", TRADE[2:])})
    model = TopicModel(2, unit="document", random_state=0, **FAST).fit(tokens)
    with pytest.warns(UserWarning, match=r"2 group\(s\) of \['source'\] have an interval over only 2 to 5 units: "
                                         r"'Business', 'Watchdog'.*at most 50 % of the time with 2 units"):
        prev = topic_prevalence(model, by="source", n_boot=50)
    assert prev[["ci_low", "ci_high"]].notna().all().all()  # kept: they describe the units
    six = make_tokens({**{f"c{i}": ("Watchdog", [CAMERAS[i % 4]]) for i in range(6)},
                       **{f"t{i}": ("Business", [TRADE[i % 4]]) for i in range(6)}})
    model6 = TopicModel(2, unit="document", random_state=0, **FAST).fit(six)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*have an interval over only")
        topic_prevalence(model6, by="source", n_boot=50)  # 6 units a group: no such warning


def test_summary_key_terms_say_the_z_is_a_ranking(seeds):
    # the summary listed each group's "most key terms" by log-odds z >= 1.96 ("no term stands out" below it), a
    # threshold that reads as a 5 % test; the z's variance counts every word as an independent draw, as G2 does
    from discourse.report import Analysis
    from discourse.report.page import _summary_html

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = Analysis(seeds, n_boot=0)
        page = _summary_html(a, {"keyness": a.keyness}, None)
    assert 'id="summary-keyness"' in page
    assert "a ranking of terms, not a test" in page
