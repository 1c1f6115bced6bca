"""The one bootstrap of the package and its intervals, with seeds derived per row.

Every interval in the package (frame balance, topic prevalence, package prevalence) resamples units with
replacement (Efron & Tibshirani 1993, ch. 13: the percentile interval) through :func:`bootstrap_sums`, and
every row of a result table draws from its own generator, seeded by :func:`row_seed` from the caller's
``random_state`` and the row's key (group values, voice, ...), and resamples its units in the order of
:func:`unit_order` (by id). So a row's interval depends only on its own units and key: adding or removing
other groups never changes it, the same documents in another order give the same interval, and reruns are
identical.

A resampling interval needs enough units to reach its level at all: a resample sums the units it draws, so its
statistic lies (up to smoothing) within the range of the units' own values, and the true value falls outside the
range of ``n`` units with probability ``2 ** (1 - n)`` when each unit is as likely above as below it
(:func:`range_coverage`). Fewer than :func:`min_units` units (6 at 95 %) cannot give an interval of the level
asked, and more units still give percentile intervals somewhat too narrow (Hesterberg 2015, "narrowness bias").

Three intervals can be read from the same resamples (:data:`INTERVALS`, the ``interval=`` option of every
function that reports bootstrap intervals, ``--interval`` on the command line, and the ``interval`` column of their
tables): ``"expanded"`` (the default, :data:`DEFAULT_INTERVAL`), Hesterberg's expanded percentile interval, which
takes the percentiles at a level widened by the ``t`` factor for ``n`` units to undo the narrowness bias
(:func:`expanded_alpha`), ``"percentile"``, the plain percentile interval, and ``"bca"``, the bias-corrected and accelerated interval (Efron 1987; DiCiccio &
Efron 1996), whose levels are moved by the resamples' median bias and the jackknife skewness of the statistic
(:func:`bca_levels`). All three are percentiles of the same resamples, so all three stay within their range and
:func:`range_coverage` bounds them alike; the resamples do not depend on the choice.

The expanded interval is the default because it holds its level where the percentile interval does not: in the
seeded simulation of ``benchmarks/validate_interval_coverage.py`` (groups of documents with known hit rates, true
balance known, 1,000 groups per cell), nominal 95 % percentile intervals covered 85.0 % with 5 documents, 86.4 %
with 6, 90.9 % with 10 and 93.5 % with 30, expanded ones 91.6 %, 95.3 %, 94.9 % and 95.1 %, and BCa 85.6 %,
87.4 %, 91.4 % and 94.0 % (the balance's resamples are barely skewed, so BCa's corrections do little); below 5
units no percentile-based interval can reach its level (:func:`range_coverage`). Hesterberg (2015) recommends the
expanded percentile interval over the percentile one for small samples on the same grounds.
"""

from __future__ import annotations

import zlib
from typing import Any

import numpy as np

__all__ = ["N_BOOT", "DEFAULT_INTERVAL", "row_seed", "unit_order", "bootstrap_sums", "percentile_interval", "range_coverage",
           "min_units", "INTERVALS", "check_interval", "expanded_alpha", "bca_levels", "bootstrap_interval"]

N_BOOT = 1000
"""The default number of bootstrap resamples of every function that draws them."""

INTERVALS = ("percentile", "expanded", "bca")
"""The intervals a bootstrap can report (``interval=``): the percentile interval, Hesterberg's expanded percentile
interval (the default, :data:`DEFAULT_INTERVAL`) and the BCa interval (module notes)."""

DEFAULT_INTERVAL = "expanded"
"""The interval every function reports unless ``interval=`` says otherwise (module notes: why this one)."""


def row_seed(random_state: int, *key: Any) -> list[int]:
    """Seed sequence of one result row: the caller's ``random_state`` and a CRC-32 of the row's key.

    ``repr`` of the key is hashed, so keys must have a stable ``repr`` (strings, numbers, tuples of them).
    """
    return [int(random_state), zlib.crc32(repr(key).encode("utf-8"))]


def unit_order(ids: Any) -> np.ndarray:
    """The order in which units with these ids (document ids, or tuples such as (doc_id, paragraph)) are
    resampled: sorted by each id as a string (as :func:`discourse.text.sentence_words` orders documents), ties
    in the given order.

    A resample draws positions, so the same units in another order give other resamples: without a fixed
    order a group's interval changed when the rows of the input file were shuffled (the same twelve UN
    speeches in another order moved a year's ``ci_low`` from 0.183 to 0.223). Sorting by id makes the
    interval a function of the set of units, the seed and the row's key alone.
    """
    keys = [str(k) for k in ids]
    return np.asarray(sorted(range(len(keys)), key=keys.__getitem__), dtype=np.int64)


def bootstrap_sums(values: np.ndarray, *, n_boot: int, seed: list[int] | int,
                   budget: int = 4_000_000) -> np.ndarray:
    """Column sums of the rows of ``values`` resampled with replacement, ``n_boot`` times.

    ``values`` is (units,) or (units, columns); the result is (n_boot,) or (n_boot, columns). Resamples are
    drawn and summed in blocks whose gathered values (resamples x units x columns summed at once) hold at most
    ``budget`` numbers, so memory stays bounded however many columns there are (topic proportions of 20,000
    units and 50 topics had gathered 1.6 GB at a time when only the indices were counted); the draws are the same
    whatever the block size, since a generator's stream does not depend on how it is sliced, and so are the sums,
    each resample's being taken over its own units in the same order.
    """
    values = np.asarray(values)
    u = len(values)
    rng = np.random.default_rng(seed)
    # Integer (count) values sum exactly in any order, so they are summed one contiguous column at a time
    # (about 4x faster than summing the (resamples, units, columns) gather along its middle axis), and
    # all-zero values need no draws at all: the sums are the same numbers either way.
    by_column = values.ndim == 2 and values.dtype.kind in "biu"
    width = 1 if by_column else int(np.prod(values.shape[1:], dtype=np.int64))
    block = max(1, min(n_boot, budget // max(u * width, 1)))
    out = np.empty((n_boot, *values.shape[1:]), dtype=float)
    if by_column:
        if u and not values.any():
            out[:] = 0.0
            return out
        cols = [np.ascontiguousarray(values[:, c]) for c in range(values.shape[1])]
    for lo in range(0, n_boot, block):
        hi = min(n_boot, lo + block)
        idx = rng.integers(0, u, size=(hi - lo, u))
        if by_column:
            for c, v in enumerate(cols):
                out[lo:hi, c] = v[idx].sum(axis=1)
        else:
            out[lo:hi] = values[idx].sum(axis=1)
    return out


def percentile_interval(samples: np.ndarray, ci: float) -> tuple[Any, Any]:
    """The ``ci`` percentile interval of bootstrap ``samples`` along their first axis."""
    alpha = (1.0 - ci) / 2.0
    lo, hi = np.quantile(samples, [alpha, 1.0 - alpha], axis=0)
    return lo, hi


def range_coverage(n: int) -> float:
    """The highest coverage an interval within the range of ``n`` units' values can have: ``1 - 2 ** (1 - n)``.

    The true value lies below all ``n`` units with probability ``(1/2) ** n`` and above all of them with the same,
    when each unit is as likely above as below it (the order-statistics argument of the sign test's interval for a
    median; David & Nagaraja 2003, section 7.1): 0.5 for 2 units, 0.75 for 3, 0.9375 for 5.
    """
    return 1.0 - 2.0 ** (1 - int(n))


def min_units(ci: float) -> int:
    """The fewest units whose resampling interval can reach the level ``ci``: the smallest ``n`` with
    ``range_coverage(n) >= ci`` (6 at 0.95, 5 at 0.90, 8 at 0.99)."""
    n = 2
    while range_coverage(n) < ci:
        n += 1
    return n


def check_interval(interval: Any) -> str:
    """``interval`` if it is one of :data:`INTERVALS`; else a ValueError naming the value and the choices."""
    if not isinstance(interval, str) or interval not in INTERVALS:
        raise ValueError(f"interval={interval!r} is not a bootstrap interval; choose one of "
                         f"{', '.join(repr(i) for i in INTERVALS)} (--interval): {DEFAULT_INTERVAL!r} is the default, "
                         "'percentile' gives the intervals of versions before it, 'bca' corrects bias and skewness "
                         "(README, \"Choosing the interval\")")
    return interval


def expanded_alpha(n: int, ci: float) -> float:
    """The total tail probability ``alpha'`` of Hesterberg's expanded percentile interval for ``n`` units.

    ``alpha' = 2 * Phi(-sqrt(n / (n - 1)) * t_{alpha/2, n-1})`` with ``alpha = 1 - ci`` and ``t_{alpha/2, n-1}``
    the upper ``alpha/2`` quantile of Student's t with ``n - 1`` degrees of freedom (Hesterberg 2015, "What
    teachers should know about the bootstrap", The American Statistician 69(4), section 4.2, "expanded percentile
    interval"). The percentile interval of the mean of ``n`` values is about as wide as
    ``mean +- z_{alpha/2} * sqrt((n - 1) / n) * s / sqrt(n)``: the bootstrap's variance divides by ``n``, not
    ``n - 1``, and ``z`` stands where ``t`` belongs. Taking the percentiles at ``alpha' / 2`` and ``1 - alpha' / 2``
    widens it to ``t_{alpha/2, n-1} * s / sqrt(n)``, the width of the t interval. 0.95 gives ``alpha'`` = 0.00191
    for 5 units, 0.0171 for 10, 0.0375 for 30; for 2 units it is below 1e-70 (the resamples' minimum and maximum).
    Fewer than 2 units: ``alpha`` unchanged (no interval is drawn then).
    """
    from scipy.stats import norm, t

    alpha = 1.0 - float(ci)
    n = int(n)
    if n < 2:
        return alpha
    return float(2.0 * norm.cdf(-np.sqrt(n / (n - 1.0)) * t.ppf(1.0 - alpha / 2.0, n - 1)))


def bca_levels(samples: np.ndarray, estimate: Any, jackknife: np.ndarray, ci: float) -> tuple[Any, Any]:
    """The two percentile levels of the BCa interval (Efron 1987; DiCiccio & Efron 1996, eqs. 2.3-2.5; Efron &
    Tibshirani 1993, 14.3 and eq. 14.15), per column of ``samples`` (resamples along the first axis).

    ``z0 = Phi^-1(p)``, ``p`` the share of resamples below ``estimate`` (ties count half, as
    ``scipy.stats.bootstrap`` does); ``a = sum(d ** 3) / (6 * sum(d ** 2) ** 1.5)`` with ``d`` the deviations of
    the leave-one-unit-out values ``jackknife`` (units along its first axis) from their mean; then
    ``alpha_i = Phi(z0 + (z0 + z_i) / (1 - a * (z0 + z_i)))`` for ``z_i = Phi^-1(alpha / 2)`` and
    ``Phi^-1(1 - alpha / 2)``. Two degenerate cases get a stated handling where the formula has none: a
    constant jackknife (no unit moves the statistic) gives ``a = 0``, and an estimate below or above every
    resample has ``p`` set to ``1 / (2 B)`` or ``1 - 1 / (2 B)`` for ``B`` resamples (the most extreme share ``B``
    resamples can show), so the interval ends at the resamples' extreme rather than being missing.
    """
    from scipy.special import ndtr, ndtri

    samples = np.asarray(samples, dtype=float)
    est = np.asarray(estimate, dtype=float)
    jk = np.asarray(jackknife, dtype=float)
    b = samples.shape[0]
    p = (np.count_nonzero(samples < est, axis=0) + np.count_nonzero(samples <= est, axis=0)) / (2.0 * b)
    p = np.clip(p, 0.5 / b, 1.0 - 0.5 / b)
    z0 = ndtri(p)
    d = jk.mean(axis=0) - jk
    den = np.sum(d ** 2, axis=0) ** 1.5
    with np.errstate(divide="ignore", invalid="ignore"):
        acc = np.where(den > 0, np.sum(d ** 3, axis=0) / (6.0 * np.where(den > 0, den, 1.0)), 0.0)
    alpha = (1.0 - float(ci)) / 2.0
    out = []
    for z in (ndtri(alpha), -ndtri(alpha)):
        num = z0 + z
        out.append(ndtr(z0 + num / (1.0 - acc * num)))
    return out[0], out[1]


def bootstrap_interval(samples: np.ndarray, ci: float, *, interval: str = DEFAULT_INTERVAL, n_units: int | None = None,
                       estimate: Any = None, jackknife: np.ndarray | None = None) -> tuple[Any, Any]:
    """The ``ci`` interval of bootstrap ``samples`` (along their first axis) by the method ``interval``.

    ``"percentile"``: :func:`percentile_interval`. ``"expanded"``: the percentiles at the level
    ``1 - expanded_alpha(n_units, ci)`` (:func:`expanded_alpha`). ``"bca"``: the percentiles at
    :func:`bca_levels` of ``samples``, the statistic's ``estimate`` on all units and its ``jackknife`` values
    (one per unit left out). Quantiles are numpy's default (linear) ones, as ``scipy.stats.bootstrap`` takes them.
    """
    check_interval(interval)
    if interval == "percentile":
        return percentile_interval(samples, ci)
    if interval == "expanded":
        if n_units is None:
            raise TypeError("interval='expanded' needs n_units, the number of units resampled")
        return percentile_interval(samples, 1.0 - expanded_alpha(n_units, ci))
    if estimate is None or jackknife is None:
        raise TypeError("interval='bca' needs the estimate on all units and its jackknife values")
    samples = np.asarray(samples, dtype=float)
    lo_p, hi_p = bca_levels(samples, estimate, jackknife, ci)
    if samples.ndim == 1:
        lo, hi = np.quantile(samples, [float(lo_p), float(hi_p)])
        return lo, hi
    lo = np.array([np.quantile(samples[:, c], lo_p[c]) for c in range(samples.shape[1])])
    hi = np.array([np.quantile(samples[:, c], hi_p[c]) for c in range(samples.shape[1])])
    return lo, hi
