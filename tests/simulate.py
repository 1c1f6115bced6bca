"""Simulated corpora with known answers, shared by the statistics tests."""

from __future__ import annotations

import numpy as np
import pandas as pd


def bursty_counts(seed: int = 0, n_docs: int = 60, n_terms: int = 300, words: int = 2000) -> pd.DataFrame:
    """Counts per document (``doc_id``, ``term``, ``n``) of documents drawn from one population, so that no two
    halves truly differ, each document with its own term rates (gamma multipliers of shape 0.3: a word a document
    uses recurs in it, as words do; Church & Gale 1995)."""
    rng = np.random.default_rng(seed)
    base = rng.dirichlet(np.ones(n_terms))
    rows = []
    for d in range(n_docs):
        p = base * rng.gamma(0.3, 1 / 0.3, n_terms)
        n = rng.multinomial(words, p / p.sum())
        rows += [(f"d{d:03d}", f"w{t}", int(k)) for t, k in enumerate(n) if k]
    return pd.DataFrame(rows, columns=["doc_id", "term", "n"])
