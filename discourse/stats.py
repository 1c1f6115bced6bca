"""Statistics that several modules share, written once.

- :func:`g2`: Dunning's (1993) log-likelihood ratio G² of 2×2 contingency tables (keyness of a term between
  two corpora; association of a collocate with a node's window).
- :func:`welch_columns`, :func:`mann_whitney_columns`: two-sample tests of every column of a sparse matrix
  (units x variables) between two sets of rows, on whole arrays: keyness over documents (Lijffijt et al. 2016).
- :func:`mann_whitney_null_cdf`: the exact null distribution of the Mann–Whitney U statistic, for the exact p of
  small samples without ties.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy import special

__all__ = ["g2", "welch_columns", "mann_whitney_columns", "column_ranks", "mann_whitney_null_cdf",
           "MANN_WHITNEY_EXACT_MAX"]

#: the exact p of the Mann–Whitney test is used when the smaller side has at most this many units and the column
#: has no ties, as ``scipy.stats.mannwhitneyu(method="auto")`` chooses (scipy.stats._mannwhitneyu._mwu_choose_method:
#: "asymptotic" when both samples are larger than 8 or there are ties, else "exact")
MANN_WHITNEY_EXACT_MAX = 8


def g2(o11, o12, o21, o22) -> np.ndarray:
    """Dunning's G² of 2×2 tables given cell by cell (arrays broadcast), never negative.

    ``G² = 2 Σ O·ln(O/E)`` over the four cells, with ``E = row total × column total / n`` and ``0·ln 0 = 0``
    (Dunning 1993, eq. 10; as nltk's ``BigramAssocMeasures.likelihood_ratio`` and the UCREL calculator's
    four-cell form). Rounding can give -1e-13 for identical rates; such values are clipped to 0.
    """
    o11, o12, o21, o22 = (np.asarray(x, dtype=float) for x in (o11, o12, o21, o22))
    r1, r2 = o11 + o12, o21 + o22
    c1, c2 = o11 + o21, o12 + o22
    n = r1 + r2
    with np.errstate(divide="ignore", invalid="ignore"):
        total = (special.xlogy(o11, o11 / (r1 * c1 / n)) + special.xlogy(o12, o12 / (r1 * c2 / n))
                 + special.xlogy(o21, o21 / (r2 * c1 / n)) + special.xlogy(o22, o22 / (r2 * c2 / n)))
    return np.maximum(2 * total, 0.0)


def _column_moments(x, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean and sample variance (ddof=1) of every column of the sparse ``x`` (``n`` rows, absent entries 0).

    The squares are summed about the mean (stored entries' deviations, plus ``mean²`` once per absent
    entry), not as ``Σx² - n·mean²``, which cancels for columns of nearly constant value."""
    x = x.tocsc()
    mean = np.asarray(x.sum(axis=0)).ravel() / n
    nnz = np.diff(x.indptr)
    col = np.repeat(np.arange(x.shape[1]), nnz)
    dev = x.data - mean[col]
    ss = np.bincount(col, weights=dev * dev, minlength=x.shape[1]) + (n - nnz) * mean * mean
    with np.errstate(divide="ignore", invalid="ignore"):
        var = ss / (n - 1)
    return mean, var


def welch_columns(x, first: np.ndarray) -> dict[str, np.ndarray]:
    """Welch's unequal-variances t-test of every column of ``x`` between the rows ``first`` and the others.

    ``x`` is a scipy sparse matrix (units x variables; absent entries are 0), ``first`` a boolean array over
    its rows. ``t = (m1 - m2) / sqrt(v1/n1 + v2/n2)`` with Welch–Satterthwaite degrees of freedom and a
    two-sided p from Student's t, as ``scipy.stats.ttest_ind(equal_var=False)`` and R's ``t.test`` give;
    a column of one constant value in both sets has ``t`` and ``p`` NaN (0/0), as there. Each set needs at
    least two rows (a variance). Returns ``t``, ``p``, ``mean_first``, ``mean_second``.
    """
    from scipy import sparse

    x = sparse.csr_matrix(x, dtype=float)
    first = np.asarray(first, dtype=bool)
    n1, n2 = int(first.sum()), int((~first).sum())
    if n1 < 2 or n2 < 2:
        raise ValueError(f"Welch's t needs at least two units on each side; got {n1} and {n2}")
    m1, v1 = _column_moments(x[np.flatnonzero(first)], n1)
    m2, v2 = _column_moments(x[np.flatnonzero(~first)], n2)
    s1, s2 = v1 / n1, v2 / n2
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (m1 - m2) / np.sqrt(s1 + s2)
        df = (s1 + s2) ** 2 / (s1 * s1 / (n1 - 1) + s2 * s2 / (n2 - 1))
    p = 2.0 * special.stdtr(df, -np.abs(t))  # two-sided; inf t (no variance, different means) gives 0
    p = np.where(np.isinf(t), 0.0, p)
    return {"t": t, "p": np.minimum(p, 1.0), "mean_first": m1, "mean_second": m2}


def column_ranks(x) -> dict[str, object]:
    """Mid-ranks of every column of the sparse ``x`` (absent entries 0, stored entries above 0), for
    :func:`mann_whitney_columns`: ranking is the costly part, and it depends only on the rows taken, not on
    which of them form the first set, so contrasts of one group against all the others can share it.

    Returns ``x`` as CSC (``matrix``), the mid-rank of each stored entry in its order (``rank``), each column's
    absent entries (``zeros``: one tie of mid-rank ``(zeros + 1) / 2``) and ``ties`` (``Σ(t³ - t)`` over its ties).
    """
    from scipy import sparse

    x = sparse.csc_matrix(x, dtype=float)
    x.sum_duplicates()
    x.eliminate_zeros()
    if (x.data < 0).any():
        raise ValueError("column_ranks ranks absent entries as the smallest value; got negative values")
    n, k = x.shape
    nnz = np.diff(x.indptr)
    col = np.repeat(np.arange(k), nnz)
    zeros = n - nnz
    # stored entries sorted by (column, value); their ranks come after the column's zeros
    order = np.lexsort((x.data, col))
    col_s, val_s = col[order], x.data[order]
    pos = np.arange(len(order)) - np.repeat(x.indptr[:-1], nnz)  # 0-based position within the column
    new = np.ones(len(order), dtype=bool)
    new[1:] = (col_s[1:] != col_s[:-1]) | (val_s[1:] != val_s[:-1])
    tie_id = np.cumsum(new) - 1
    tie_size = np.bincount(tie_id)
    rank = np.empty(len(order))
    rank[order] = zeros[col_s] + pos[new][tie_id] + (tie_size[tie_id] + 1) / 2.0  # mean of the tie's ranks
    # as float whatever bincount returns: with no stored entry (no column, or min_count leaving no term) it returns
    # int64, to which the zeros' float term could not be added in place
    ties = np.bincount(col_s[new], weights=tie_size.astype(float) ** 3 - tie_size, minlength=k).astype(float)
    ties += zeros.astype(float) ** 3 - zeros
    return {"matrix": x, "rank": rank, "zeros": zeros, "ties": ties}


@lru_cache(maxsize=64)
def mann_whitney_null_cdf(n1: int, n2: int) -> np.ndarray:
    """``P(U <= u)`` for ``u = 0 .. floor(n1 n2 / 2)`` under the null hypothesis of the Mann–Whitney test without
    ties (each of the ``C(n1 + n2, n1)`` arrangements of the two samples equally likely).

    The number of arrangements with ``U = u`` is the coefficient of ``q^u`` in the Gaussian binomial coefficient
    ``[n1 + n2 choose m]_q = prod_{i=1..m} (1 - q^(n+i)) / (1 - q^i)`` with ``m = min(n1, n2)``, ``n = max(n1, n2)``
    (Mann & Whitney 1947; Andrews 1976, *The Theory of Partitions*, ch. 3). Each factor is applied as a whole-array
    operation: multiplying by ``1 - q^k`` subtracts the coefficients shifted by ``k``, dividing by ``1 - q^i`` is a
    running sum along stride ``i``. After factor ``i`` the polynomial is ``[n + i choose i]_q``, so every step is
    exact; the counts are integers, held as float64 while the total ``C(n1 + n2, m)`` stays below 2**53 (every
    intermediate value is bounded by it) and as Python integers beyond. Only the lower half of the symmetric
    distribution is built (the two-sided p needs ``P(U <= min(U1, U2))``). Equals the distribution behind
    ``scipy.stats.mannwhitneyu(method="exact")``.
    """
    m, n = (int(n1), int(n2)) if n1 <= n2 else (int(n2), int(n1))
    if m < 0:
        raise ValueError(f"sample sizes must be non-negative; got {n1} and {n2}")
    length = m * n // 2 + 1
    total = special.comb(m + n, m, exact=True)
    exact_float = total < 2**53
    c = np.zeros(length, dtype=float if exact_float else object)  # an object array of Python int 0
    c[0] = 1
    for i in range(1, m + 1):
        k = n + i
        if k < length:
            c[k:] = c[k:] - c[:length - k]  # times (1 - q^k)
        pad = (-length) % i  # divided by (1 - q^i): c_new[j] = c[j] + c_new[j - i], a running sum along stride i
        block = np.concatenate([c, np.zeros(pad, dtype=c.dtype)]).reshape(-1, i)
        c = np.cumsum(block, axis=0).ravel()[:length]
    if exact_float:
        return np.cumsum(c) / float(total)
    # Python's int / int is the correctly rounded float, also beyond float64's range of integers
    return np.array([count / total for count in np.cumsum(c)], dtype=float)


def mann_whitney_columns(x, first: np.ndarray, ranks: dict | None = None,
                         method: str = "auto") -> dict[str, np.ndarray]:
    """The Wilcoxon rank-sum (Mann–Whitney U) test of every column of ``x`` between rows ``first`` and the rest.

    ``x`` is a scipy sparse matrix (units x variables; absent entries are 0, and stored values are taken to
    be above 0, as relative frequencies are), ``first`` a boolean array over its rows. Within each column
    the rows are ranked with mid-ranks for ties (the absent entries are one tie at the bottom), and
    ``U = R1 - n1 (n1 + 1) / 2`` is the first set's statistic. The two-sided p is, per column:

    - **exact** when ``method="auto"``, the smaller side has at most :data:`MANN_WHITNEY_EXACT_MAX` (8) units and
      the column has no ties: ``p = min(1, 2 P(U <= min(U, n1 n2 - U)))`` from the exact null distribution
      (:func:`mann_whitney_null_cdf`), as ``scipy.stats.mannwhitneyu(method="auto")`` chooses it
      (``scipy.stats._mannwhitneyu._mwu_choose_method``; R's ``wilcox.test`` takes it further, below 50 units on
      both sides). The normal approximation is poor there: 3 against 3 documents, completely separated, have the exact
      ``p = 2 / C(6, 3) = 0.1`` and the approximation 0.081;
    - otherwise the normal approximation with the tie correction and the continuity correction:
      ``z = (max(U, n1 n2 - U) - n1 n2 / 2 - 0.5) / s``, ``s² = n1 n2 / 12 · ((N + 1) - Σ(t³ - t) / (N (N - 1)))``,
      ``p = 2 (1 - Φ(z))`` capped at 1 (Mann & Whitney 1947; as ``scipy.stats.mannwhitneyu(method="asymptotic")`` and R's
      ``wilcox.test(exact = FALSE, correct = TRUE)``). Columns with ties (two documents without the term are
      already a tie) have no exact distribution under this rule, as in scipy.

    ``method="asymptotic"`` takes the normal approximation for every column. The ranks are computed for every
    column at once from the sorted stored entries, never column by column; ``ranks`` (:func:`column_ranks` of
    ``x``) reuses them. Returns ``u``, ``p``, ``exact`` (whether a column's ``p`` is the exact one),
    ``mean_first``, ``mean_second``.
    """
    if method not in ("auto", "asymptotic"):
        raise ValueError(f"method={method!r} is not one of 'auto', 'asymptotic'")
    r = column_ranks(x) if ranks is None else ranks
    x = r["matrix"]
    first = np.asarray(first, dtype=bool)
    n1, n2 = int(first.sum()), int((~first).sum())
    if n1 < 1 or n2 < 1:
        raise ValueError(f"the Mann-Whitney test needs units on both sides; got {n1} and {n2}")
    n, k = n1 + n2, x.shape[1]
    col = np.repeat(np.arange(k), np.diff(x.indptr))
    in_first = first[x.indices]
    zeros = r["zeros"]
    zeros_first = n1 - np.bincount(col[in_first], minlength=k)
    r1 = zeros_first * (zeros + 1) / 2.0 + np.bincount(col[in_first], weights=r["rank"][in_first], minlength=k)
    u = r1 - n1 * (n1 + 1) / 2.0
    mu = n1 * n2 / 2.0
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.sqrt(n1 * n2 / 12.0 * ((n + 1) - r["ties"] / (n * (n - 1))))
        z = (np.maximum(u, n1 * n2 - u) - mu - 0.5) / s
    p = np.minimum(2.0 * special.ndtr(-z), 1.0)
    exact = np.zeros(k, dtype=bool)
    if method == "auto" and min(n1, n2) <= MANN_WHITNEY_EXACT_MAX:
        exact = r["ties"] == 0  # Σ(t³ - t) is 0 only when every value of the column is distinct
        if exact.any():
            cdf = mann_whitney_null_cdf(n1, n2)
            low = np.rint(np.minimum(u[exact], n1 * n2 - u[exact])).astype(np.int64)  # U is whole without ties
            p[exact] = np.minimum(2.0 * cdf[low], 1.0)
    sums = np.bincount(col, weights=x.data, minlength=k)
    sums_first = np.bincount(col[in_first], weights=x.data[in_first], minlength=k)
    return {"u": u, "p": p, "exact": exact, "mean_first": sums_first / n1, "mean_second": (sums - sums_first) / n2}
