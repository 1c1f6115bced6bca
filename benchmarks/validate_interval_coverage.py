"""Coverage of the bootstrap intervals (``interval=``: percentile, expanded, bca) by simulation, with known answers.

    python benchmarks/validate_interval_coverage.py [--groups 1000] [--n-boot 1000]

Frame balance: documents of 1,000 words with Poisson hits of the positive pole at 4 and of the negative pole at 2
per 1,000 words, so the true balance is log 2. ``plain``: no document effect; ``doc effect``: each document's
density times a gamma(2, 0.5) factor and its lean moved by ``exp(+-u/2)``, ``u ~ N(0, 0.5^2)`` (the pooled ratio
stays 2). Each cell is ``--groups`` groups of 2, 3, 5, 6, 10 or 30 documents, given to :func:`discourse.frame_balance`
as a count table (one group per row key, ``doc_id`` so the documents are resampled). Coverage counts the groups
with an interval (a group whose hits all fall in one document has none). Topic prevalence: unit proportions
Beta(0.5, 4.5) (true mean 0.1) through :func:`discourse.topic_effects.group_means`, the function behind
:func:`discourse.topic_prevalence`. Seeded: the same table on every run (README, "Choosing the interval").
"""

from __future__ import annotations

import argparse
import warnings

import numpy as np
import pandas as pd

import discourse as dc
from discourse.resample import INTERVALS
from discourse.topic_effects import group_means

SIZES = (2, 3, 5, 6, 10, 30)


def balance_counts(n_docs: int, n_groups: int, scenario: str, rng: np.random.Generator, words: int = 1000):
    m = n_docs * n_groups
    if scenario == "plain":
        mult, u = np.ones(m), np.zeros(m)
    else:
        mult, u = rng.gamma(2.0, 0.5, m), rng.normal(0.0, 0.5, m)
    a = rng.poisson(4 * words / 1000 * mult * np.exp(u / 2))
    b = rng.poisson(2 * words / 1000 * mult * np.exp(-u / 2))
    doc = [f"d{i:06d}" for i in range(m)]
    grp = [f"g{x:05d}" for x in np.repeat(np.arange(n_groups), n_docs)]
    return pd.DataFrame({"group": grp * 3, "doc_id": doc * 3, "term": ["good"] * m + ["bad"] * m + ["word"] * m,
                         "n": np.concatenate([a, b, words - a - b])})


def balance_coverage(n_groups: int, n_boot: int) -> pd.DataFrame:
    lex = dc.load_lexicon({"promotional": ["good"], "rights": ["bad"]})
    truth = np.log(2.0)
    rows = []
    for scenario in ("plain", "doc effect"):
        for n in SIZES:
            counts = balance_counts(n, n_groups, scenario, np.random.default_rng([n, 1 if scenario == "plain" else 2]))
            row: dict = {"statistic": "balance", "scenario": scenario, "n_units": n}
            for method in INTERVALS:
                out = dc.frame_balance(counts, lex, by="group", level="group", voice="all", n_boot=n_boot,
                                       interval=method, random_state=0)
                ok = out["ci_low"].notna()
                row["with_interval"] = int(ok.sum())
                row[method] = round(100 * float(((out["ci_low"] <= truth) & (truth <= out["ci_high"]))[ok].mean()), 1)
                row[f"{method}_width"] = round(float((out["ci_high"] - out["ci_low"])[ok].median()), 2)
            rows.append(row)
            print(row, flush=True)
    return pd.DataFrame(rows)


def prevalence_coverage(n_groups: int, n_boot: int) -> pd.DataFrame:
    rows = []
    for n in SIZES:
        p = np.random.default_rng([n, 3]).beta(0.5, 4.5, size=n_groups * n)
        keys = pd.DataFrame({"g": np.repeat(np.arange(n_groups), n)})
        every = pd.DataFrame({"g": np.arange(n_groups)})
        row: dict = {"statistic": "prevalence", "scenario": "beta(0.5, 4.5)", "n_units": n}
        for method in INTERVALS:
            out = group_means(np.column_stack([p, 1 - p]), keys, every, ["g"], np.arange(2), ["a", "b"], "topic",
                              n_boot, 0.95, 0, method)
            o = out[out["topic"] == 0]
            row["with_interval"] = int(o["ci_low"].notna().sum())
            row[method] = round(100 * float(((o["ci_low"] <= 0.1) & (0.1 <= o["ci_high"])).mean()), 1)
        rows.append(row)
        print(row, flush=True)
    return pd.DataFrame(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--groups", type=int, default=1000)
    ap.add_argument("--n-boot", type=int, default=1000)
    args = ap.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the few-units warnings, one per cell
        table = pd.concat([balance_coverage(args.groups, args.n_boot), prevalence_coverage(args.groups, args.n_boot)],
                          ignore_index=True)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table.to_string(index=False))


if __name__ == "__main__":
    main()
