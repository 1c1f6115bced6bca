"""Keyness over a large vocabulary: discourse.keyness_all against per-term loops, in the same process.

    python benchmarks/bench_keyness.py                      # synthetic: 500,000 terms x 20 groups
    python benchmarks/bench_keyness.py CORPUS --by COLUMN   # counts from a corpus (any load_corpus path)

The synthetic counts are Zipf-distributed (exponent 1.1, seeded) over ``--terms`` terms in ``--groups``
groups, each group with its own random tilt so that terms differ between groups. With a corpus path, the
counts come from :func:`discourse.count_terms` on the corpus (optionally its first ``--max-docs``
documents), grouped by ``--by``.

What is compared, on the same counts:

- **discourse**: ``keyness_all(counts, by=...)``, every group against the rest: all statistics (G², UCREL
  LL, chi², Yates, Log Ratio, %DIFF, odds ratio, Monroe log-odds z, BH-adjusted p, dispersion) for every
  (term, group) pair, as a DataFrame.
- **scipy loop**: what one writes without vectorising: for each (term, group), the 2x2 table and
  ``scipy.stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")`` - G² only. Timed on a
  random sample of pairs and extrapolated to all pairs (a full run would take hours).
- **nltk loop**: the same per-pair loop with ``nltk.metrics.BigramAssocMeasures.likelihood_ratio`` (pure
  Python arithmetic; G² only), sampled and extrapolated likewise.

The ratios printed are (baseline time for all pairs) / (discourse time), so > 1 means discourse is faster,
even though it computes a dozen statistics where the baselines compute one. The sampled G² values are
checked against discourse's.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import PeakSampler  # noqa: E402


def synthetic_counts(n_terms: int, n_groups: int, tokens_per_group: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    base = 1.0 / np.arange(1, n_terms + 1) ** 1.1
    parts = []
    for g in range(n_groups):
        p = base * rng.lognormal(0.0, 0.5, n_terms)
        n = rng.poisson(p / p.sum() * tokens_per_group)
        keep = n > 0
        parts.append(pd.DataFrame({"group": f"g{g:02d}", "term": np.flatnonzero(keep), "n": n[keep]}))
    counts = pd.concat(parts, ignore_index=True)
    counts["term"] = "t" + counts["term"].astype(str)
    return counts


def corpus_counts(path: str, by: str, max_docs: int | None) -> pd.DataFrame:
    """Term counts of a corpus grouped by ``by``, counted in batches of 1,000 documents and summed."""
    import discourse as dc

    corpus = dc.load_corpus(path)
    if max_docs:
        corpus = next(corpus.batches(max_docs))
    parts = []
    for part in corpus.batches(1000):
        tokens = dc.tokenize(part, metadata=[by], quotes=False)
        parts.append(dc.count_terms(tokens, by=by))
    counts = pd.concat(parts, ignore_index=True).groupby([by, "term"], as_index=False)[["n", "n_docs"]].sum()
    return counts.rename(columns={by: "group"})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help="corpus path (default: synthetic counts)")
    ap.add_argument("--by", default="source", help="group column of the corpus (default: source)")
    ap.add_argument("--max-docs", type=int, help="use only the first N documents of the corpus")
    ap.add_argument("--terms", type=int, default=500_000, help="synthetic vocabulary size (default 500,000)")
    ap.add_argument("--groups", type=int, default=20, help="synthetic groups (default 20)")
    ap.add_argument("--tokens-per-group", type=int, default=5_000_000, help="synthetic tokens per group")
    ap.add_argument("--sample", type=int, default=2_000, help="pairs timed in the per-term baselines")
    args = ap.parse_args(argv)

    from nltk.metrics import BigramAssocMeasures
    from scipy.stats import chi2_contingency

    import discourse as dc

    if args.corpus:
        counts = corpus_counts(args.corpus, args.by, args.max_docs)
        origin = f"corpus {args.corpus} grouped by {args.by}"
    else:
        counts = synthetic_counts(args.terms, args.groups, args.tokens_per_group)
        origin = f"synthetic Zipf counts, {args.tokens_per_group:,} tokens per group"
    n_terms = counts["term"].nunique()
    n_groups = counts["group"].nunique()
    print(f"counts: {origin}: {len(counts):,} rows, {n_terms:,} distinct terms, {n_groups} groups")

    dc.keyness_all(counts.sample(2000, random_state=0), by="group")  # warm-up (imports)
    with PeakSampler() as mem:
        t0, c0 = time.perf_counter(), time.process_time()
        table = dc.keyness_all(counts, by="group")
        t_ours, c_ours = time.perf_counter() - t0, time.process_time() - c0
    pairs = len(table)
    print(f"discourse.keyness_all: {pairs:,} (term, group) rows x {table.shape[1]} columns in {t_ours:.2f} s "
          f"wall, {c_ours:.2f} s CPU ({pairs / t_ours / 1e6:.2f} M rows/s; +{mem.peak - mem.start:.0f} MB peak)")
    # the statistics alone (every measure, all contrasts), without building the DataFrame
    from discourse.keyness import _statistics, _Table

    tab = _Table(counts, ["group"], "counts", None, None)
    t0 = time.perf_counter()
    total = tab.n.sum(axis=1)
    for g in range(tab.n.shape[1]):
        a_g = tab.n[:, g]
        b_g = total - a_g
        m = (a_g + b_g) > 0
        _statistics(a_g[m], b_g[m], tab.totals[g], tab.totals.sum() - tab.totals[g], prior="informative",
                    prior_scale=1.0, correction="bh")
    t_core = time.perf_counter() - t0
    print(f"discourse statistics only (all measures, no DataFrame): {t_core:.2f} s")

    # per-term baselines on a random sample of (term, group) rows of the same contrasts
    rng = np.random.default_rng(0)
    idx = rng.choice(pairs, size=min(args.sample, pairs), replace=False)
    a = table["n_target"].to_numpy()[idx]
    b = table["n_reference"].to_numpy()[idx]
    c = table["total_target"].to_numpy()[idx]
    d = table["total_reference"].to_numpy()[idx]
    ours = np.abs(table["g2"].to_numpy()[idx])

    t0, c0 = time.perf_counter(), time.process_time()
    g_scipy = [chi2_contingency(np.array([[ai, bi], [ci - ai, di - bi]]), correction=False,
                                lambda_="log-likelihood")[0] for ai, bi, ci, di in zip(a, b, c, d, strict=True)]
    t_scipy = (time.perf_counter() - t0) / len(idx) * pairs
    c_scipy = (time.process_time() - c0) / len(idx) * pairs
    t0, c0 = time.perf_counter(), time.process_time()
    g_nltk = [BigramAssocMeasures.likelihood_ratio(int(ai), (int(ai + bi), int(ci)), int(ci + di))
              for ai, bi, ci, di in zip(a, b, c, d, strict=True)]
    t_nltk = (time.perf_counter() - t0) / len(idx) * pairs
    c_nltk = (time.process_time() - c0) / len(idx) * pairs
    err_scipy = float(np.max(np.abs(np.asarray(g_scipy) - ours) / np.maximum(ours, 1e-9)))
    err_nltk = float(np.max(np.abs(np.asarray(g_nltk) - ours) / np.maximum(ours, 1e-3)))
    print(f"scipy chi2_contingency loop (G2 only): {t_scipy:,.1f} s for all rows (from {len(idx):,} timed); "
          f"max relative difference to discourse {err_scipy:.1e}")
    print(f"nltk likelihood_ratio loop (G2 only): {t_nltk:,.1f} s for all rows (from {len(idx):,} timed); "
          f"max relative difference to discourse {err_nltk:.1e}")
    print(f"ratio scipy-loop / discourse: {t_scipy / t_ours:,.1f}x wall, {c_scipy / c_ours:,.1f}x CPU")
    print(f"ratio nltk-loop / discourse: {t_nltk / t_ours:,.1f}x wall, {c_nltk / c_ours:,.1f}x CPU")
    print(f"ratio scipy-loop / discourse statistics only: {t_scipy / t_core:,.1f}x")
    print(f"ratio nltk-loop / discourse statistics only: {t_nltk / t_core:,.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
