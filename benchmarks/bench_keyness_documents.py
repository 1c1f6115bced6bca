"""Keyness tests over documents (test="welch" / "mann_whitney") against a loop over terms with scipy.

    python benchmarks/bench_keyness_documents.py CORPUS --by COLUMN [--target VALUE] [--max-docs N]

The counts are :func:`discourse.count_terms_stream` of the corpus by ``[COLUMN, "doc_id"]`` (stopwords dropped).
What is compared, on the same counts:

- **discourse**: ``keyness(counts, by=COLUMN, target=..., test=..., doc="doc_id")`` for both tests: every term,
  with G², the effect sizes and the Benjamini-Hochberg adjusted p of the test over documents.
- **scipy loop**: for each term, the documents' relative frequencies as two dense vectors and
  ``scipy.stats.ttest_ind(equal_var=False)`` and ``scipy.stats.mannwhitneyu(method="auto")`` (exact p for a side
  of 8 or fewer documents without ties); timed on a random sample of terms and extrapolated, and its p-values checked against discourse's.

On the UN General Debate (10,952 speeches, 87,930 terms, ``--by year --target 1990``), discourse took 7.0 s (Welch)
and 12.5 s (Mann-Whitney), the scipy loop 0.34 s per term (8.3 hours for every term), with p equal to 4e-15.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--by", required=True)
    ap.add_argument("--target", help="target group (default: the first in sorted order)")
    ap.add_argument("--max-docs", type=int)
    ap.add_argument("--sample", type=int, default=100, help="terms timed in the scipy loop (default 100)")
    args = ap.parse_args(argv)

    from scipy import stats as ss

    import discourse as dc

    corpus = dc.load_corpus(args.corpus)
    docs = corpus.documents
    if args.max_docs:
        docs = docs.head(args.max_docs)
    t0 = time.perf_counter()
    counts = dc.count_terms_stream(docs, by=[args.by, "doc_id"], drop_stop=True)
    print(f"counted {len(docs):,} documents: {len(counts):,} rows, {counts['term'].nunique():,} terms "
          f"in {time.perf_counter() - t0:.1f} s")
    target = args.target if args.target is not None else sorted(counts[args.by].astype(str).unique())[0]
    tables = {}
    for test in ("welch", "mann_whitney"):
        t0 = time.perf_counter()
        tables[test] = dc.keyness(counts, by=args.by, target=target, test=test, doc="doc_id").set_index("term")
        print(f"discourse {test}: {time.perf_counter() - t0:.1f} s for {len(tables[test]):,} terms")

    meta = counts.attrs["discourse_counts"]["totals"]
    keys = pd.MultiIndex.from_tuples(list(meta))
    totals = pd.Series(list(meta.values()), index=keys, dtype=float)
    totals = totals[totals > 0]
    side = np.asarray(totals.index.get_level_values(0).astype(str) == str(target))
    rng = np.random.default_rng(0)
    terms = rng.choice(np.asarray(tables["welch"].index), size=min(args.sample, len(tables["welch"])), replace=False)
    sub = counts[counts["term"].isin(set(terms))].set_index([args.by, "doc_id"])
    worst = 0.0
    t0 = time.perf_counter()
    for term in terms:
        n = sub.loc[sub["term"] == term, "n"].groupby(level=[0, 1]).sum()
        rate = (n.reindex(totals.index, fill_value=0) / totals).to_numpy()
        pw = ss.ttest_ind(rate[side], rate[~side], equal_var=False).pvalue
        pm = ss.mannwhitneyu(rate[side], rate[~side], method="auto").pvalue
        for p, test in ((pw, "welch"), (pm, "mann_whitney")):
            mine = tables[test].at[term, "p"]
            if np.isfinite(p) and p > 0:
                worst = max(worst, abs(mine / p - 1))
    per_term = (time.perf_counter() - t0) / len(terms)
    print(f"scipy loop: {per_term:.3f} s per term -> {per_term * len(tables['welch']) / 3600:.1f} h for every term; "
          f"largest relative difference of p: {worst:.1e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
