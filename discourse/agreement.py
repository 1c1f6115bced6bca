"""Agreement between coders: the library's coding of lexicon hits against human coders, and coders against
each other.

A content analysis reports the reliability of its coding before its results (Krippendorff 2004, *Content
Analysis*, ch. 11; Lombard, Snyder-Duch & Bracken 2002): here the ``use``, ``voice`` or ``speaker`` that
:func:`discourse.find_frame_terms` gives each hit, and the same hits coded by hand. The workflow (README,
"Validating the coding against human coders"): export the hits, let each coder fill a column of a copy,
read the sheets back and join them onto the hits with :func:`merge_codings` (which refuses a sheet whose
rows no longer point at the same hits), then :func:`coder_agreement` (percent agreement, Cohen's kappa and
Krippendorff's alpha, for every pair of coders, over all labels and for each label) and
:func:`coder_confusions` (what each coder's label was where the other's was another).

The statistics:

- percent agreement: the share of units both coders coded on which they agree;
- Cohen's kappa (Cohen 1960): ``(p_o - p_e) / (1 - p_e)``, ``p_e = sum_k p_a(k) p_b(k)`` from each coder's own
  label distribution, over the units both coded; for two coders only;
- Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's alpha-reliability", Annenberg School for
  Communication, University of Pennsylvania): ``1 - (n - 1) sum_ck o_ck d_ck / sum_ck n_c n_k d_ck`` from the
  coincidence matrix ``o`` of the pairable values (units with two or more codes; a unit coded by ``m_u``
  coders adds ``1 / (m_u - 1)`` per ordered pair of codes from different coders), ``n_c`` its margins and
  ``n`` their sum, with the difference function ``d`` of the level of measurement (nominal, ordinal,
  interval, ratio). Any number of coders, missing codes allowed.

Validated against Krippendorff's (2011) worked examples (the binary data of two observers, alpha 0.095; the
nominal data of four observers with missing values, 0.743 nominal, 0.815 ordinal, 0.849 interval, 0.797
ratio), against ``nltk.metrics.agreement`` and against Cohen's (1960) kappa computed from the cross-table in
the test itself (``tests/test_audit_coding.py``; the value of ``sklearn.metrics.cohen_kappa_score``).
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ._util import (
    _fmt,
    as_list,
    check_ci,
    check_columns,
    check_count,
    check_dataframe,
    check_one_of,
    check_seed,
    is_missing,
)
from .errors import InputError
from .resample import (
    DEFAULT_INTERVAL,
    N_BOOT,
    bootstrap_interval,
    bootstrap_sums,
    check_interval,
    min_units,
    row_seed,
    unit_order,
)

__all__ = ["krippendorff_alpha", "cohen_kappa", "coder_agreement", "coder_confusions", "merge_codings"]

#: the metrics (difference functions) of Krippendorff's alpha, one per level of measurement (Krippendorff 2011)
METRICS = ("nominal", "ordinal", "interval", "ratio")

#: the value of ``coder_a``/``coder_b`` in the row of all coders together, and of ``label`` in the rows over
#: all labels, in :func:`coder_agreement`
ALL = "(all)"

#: the key that identifies a hit in an exported sheet: document and character offsets of the match
HIT_KEY = ("doc_id", "start", "end")


# ------------------------------------------------------------------------------------------- input checks
def _codes_table(data: Any, coders: Any, param: str = "data") -> tuple[pd.DataFrame, list[Any]]:
    """The coders' columns of ``data`` (a DataFrame, one row per unit) and the coders, checked."""
    check_dataframe(param, data)
    coders = list(data.columns) if coders is None else as_list(coders)
    if len(coders) < 2:
        raise ValueError(f"coders={coders!r}: agreement needs the columns of two coders or more (the library's "
                         "column, e.g. 'use', counts as one); the table has: " + _fmt(data.columns, 40))
    twice = sorted({str(c) for c in coders if coders.count(c) > 1})
    if twice:
        raise ValueError(f"coders={coders!r} names {_fmt(twice)} more than once; name each coder's column once")
    check_columns(data, coders, "data")
    return data, coders


def _values(col: pd.Series) -> np.ndarray:
    """A coder's codes as objects, missing (None, NaN, an empty or blank cell of a sheet) as None."""
    out = col.to_numpy(dtype=object).copy()
    for i, v in enumerate(out):
        if is_missing(v) or (isinstance(v, str) and not v.strip()):
            out[i] = None
        elif isinstance(v, np.generic):
            out[i] = v.item()
    return out


def _check_labels(cols: dict[Any, np.ndarray], labels: Sequence[Any] | None) -> list[Any]:
    """The labels in use (``labels`` when given, in its order; else sorted); ValueError for a code outside
    ``labels``; a warning for labels that differ only in case or surrounding white space (a coder's
    'Evaluative ' is another label than 'evaluative', which counts as a disagreement)."""
    used: dict[Any, None] = {}
    for v in cols.values():
        for x in v:
            if x is not None:
                used.setdefault(x, None)
    if labels is not None:
        labels = list(labels)
        twice = sorted({str(x) for x in labels if labels.count(x) > 1})
        if twice:
            raise ValueError(f"labels={labels!r} names {_fmt(twice)} more than once; name each label once")
        allowed = set(labels)
        for coder, v in cols.items():
            bad = sorted({str(x) for x in v if x is not None and x not in allowed})
            if bad:
                rows = [i for i, x in enumerate(v) if x is not None and x not in allowed]
                raise ValueError(f"coder {coder!r} used label(s) {_fmt(bad)} outside labels={labels!r} (rows "
                                 f"{_fmt(rows, 10)}); correct the sheet, or add them to labels=")
        return labels
    texts: dict[str, list[str]] = {}
    for x in used:
        if isinstance(x, str):
            texts.setdefault(x.strip().casefold(), []).append(x)
    near = [sorted(v) for v in texts.values() if len(v) > 1]
    if near:
        warnings.warn("labels that differ only in case or white space count as different labels (each "
                      "difference a disagreement): " + "; ".join(_fmt(v) for v in near) + ". Correct the sheets, "
                      "or pass labels=[...] to have any label outside the list refused", UserWarning, stacklevel=3)
    try:
        return sorted(used)
    except TypeError:  # codes of mixed types (1 and "1"): their first appearance's order
        return list(used)


# ------------------------------------------------------------------------------------------ the statistics
def _coincidences(matrix: np.ndarray, n_values: int) -> np.ndarray:
    """Krippendorff's coincidence matrix ``o`` (values x values) of a units x coders matrix of value indices
    (-1: not coded). Units with fewer than two codes are not pairable and add nothing (Krippendorff 2011)."""
    n_units = matrix.shape[0]
    counts = np.zeros((n_units, n_values), dtype=float)
    for j in range(matrix.shape[1]):
        coded = matrix[:, j] >= 0
        np.add.at(counts, (np.flatnonzero(coded), matrix[coded, j]), 1.0)
    m = counts.sum(axis=1)
    keep = m >= 2
    counts, m = counts[keep], m[keep]
    if not len(m):
        return np.zeros((n_values, n_values))
    w = counts / (m - 1)[:, None]
    # sum over units of n_uc n_uk / (m_u - 1), less the pairs of a code with itself on the diagonal
    return counts.T @ w - np.diag(w.sum(axis=0))


def _differences(values: list[Any], margins: np.ndarray, metric: str) -> np.ndarray:
    """The squared differences ``d_ck`` of Krippendorff (2011) for values in ``values`` order."""
    k = len(values)
    if metric == "nominal":
        return 1.0 - np.eye(k)
    if metric == "ordinal":
        # (sum of the margins n_g from c to k, less half of n_c and n_k) squared: the ranks, not the values
        cum = np.concatenate([[0.0], np.cumsum(margins)])
        i, j = np.meshgrid(np.arange(k), np.arange(k), indexing="ij")
        lo, hi = np.minimum(i, j), np.maximum(i, j)
        return (cum[hi + 1] - cum[lo] - (margins[i] + margins[j]) / 2.0) ** 2
    v = np.asarray(values, dtype=float)
    diff = v[:, None] - v[None, :]
    if metric == "interval":
        return diff ** 2
    total = v[:, None] + v[None, :]
    with np.errstate(invalid="ignore", divide="ignore"):
        d = np.where(total == 0, 0.0, (diff / np.where(total == 0, 1.0, total)) ** 2)
    return d


def _alpha(matrix: np.ndarray, values: list[Any], metric: str) -> tuple[float, float, float]:
    """(alpha, observed agreement of the pairable values, n pairable values) of a units x coders index
    matrix. Alpha is missing where the pairable values do not vary (all one value: the expected disagreement
    is 0, and agreement cannot be told from chance) or where fewer than two units are pairable."""
    o = _coincidences(matrix, len(values))
    margins = o.sum(axis=1)
    n = margins.sum()
    if n < 2:
        return np.nan, np.nan, float(n)
    d = _differences(values, margins, metric)
    observed = float((o * d).sum())
    expected = float((np.outer(margins, margins) * d).sum())
    agree = float(np.trace(o) / n)
    if expected == 0:
        return np.nan, agree, float(n)
    return 1.0 - (n - 1) * observed / expected, agree, float(n)


def _check_metric(metric: str, values: list[Any], labels_given: bool) -> None:
    check_one_of("metric", metric, METRICS)
    if metric in ("interval", "ratio") or (metric == "ordinal" and not labels_given):
        bad = [v for v in values if isinstance(v, bool) or not isinstance(v, (int, float))]
        if bad:
            need = "numbers" if metric != "ordinal" else "numbers, or labels=[...] in their order"
            raise ValueError(f"metric={metric!r} needs codes that are {need}; got {_fmt(bad, 10)}")
        if metric == "ratio" and any(v < 0 for v in values):
            raise ValueError(f"metric='ratio' needs codes of 0 or more (a ratio scale); got "
                             f"{_fmt([v for v in values if v < 0], 10)}")


def _index_matrix(cols: list[np.ndarray], values: list[Any]) -> np.ndarray:
    pos = {v: i for i, v in enumerate(values)}
    return np.column_stack([np.array([-1 if x is None else pos[x] for x in c], dtype=np.int64) for c in cols])


def krippendorff_alpha(data: pd.DataFrame, *, coders: Any = None, metric: str = "nominal",
                       labels: Sequence[Any] | None = None) -> float:
    """Krippendorff's alpha of the codes in ``data`` (one row per unit, one column per coder).

    Parameters
    ----------
    data : DataFrame
        One row per unit (e.g. per lexicon hit), one column per coder; a missing code (None, NaN, an empty
        cell) means the coder did not code the unit.
    coders : list of column names, optional
        The coders' columns (default: every column); two or more.
    metric : {"nominal", "ordinal", "interval", "ratio"}
        The level of measurement, whose difference function ("metric") alpha uses (Krippendorff 2011).
        Interval and ratio need numeric codes; ordinal needs numeric codes or ``labels`` in their order.
    labels : list, optional
        The labels allowed, in order (for ``"ordinal"``): a code outside them is a ValueError naming the
        coder and rows. Without it, labels that differ only in case or white space are warned about.

    Returns
    -------
    float
        Alpha: 1 perfect agreement, 0 agreement at chance level, below 0 systematic disagreement. NaN when
        fewer than two pairable values exist or the pairable values are all one value.

    Notes
    -----
    Computed from the coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's
    alpha-reliability"; only units coded by two coders or more are pairable. Checked against his worked
    examples (A: 0.095; C: 0.743 nominal, 0.815 ordinal, 0.849 interval, 0.797 ratio).
    """
    data, coders = _codes_table(data, coders)
    cols = {c: _values(data[c]) for c in coders}
    values = _check_labels(cols, labels)
    _check_metric(metric, values, labels is not None)
    if not values:
        return float("nan")
    return _alpha(_index_matrix(list(cols.values()), values), values, metric)[0]


def _kappa(a: np.ndarray, b: np.ndarray, n_values: int) -> tuple[float, int, int]:
    """(kappa, units both coded, units agreed) of two index vectors (-1: not coded)."""
    both = (a >= 0) & (b >= 0)
    a, b = a[both], b[both]
    n = len(a)
    if n == 0:
        return np.nan, 0, 0
    agree = int((a == b).sum())
    po = agree / n
    pe = float((np.bincount(a, minlength=n_values) / n) @ (np.bincount(b, minlength=n_values) / n))
    kappa = np.nan if pe >= 1.0 else (po - pe) / (1.0 - pe)
    return kappa, n, agree


def _unit_tables(m: np.ndarray, n_values: int) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Per-unit parts of the statistics of a units x coders index matrix, which a resample of units sums: the
    units with two codes or more (their rows, ordered by their codes, :func:`discourse.resample.unit_order`, so
    the same units in another order resample alike), their coincidences ``o_u`` flattened (units x values²),
    and for two coders their cells of the cross-table (units x values²; else None)."""
    keep = np.flatnonzero((m >= 0).sum(axis=1) >= 2)
    keep = keep[unit_order([tuple(r) for r in m[keep].tolist()])]
    sub = m[keep]
    counts = np.zeros((len(keep), n_values), dtype=float)
    for j in range(sub.shape[1]):
        ok = sub[:, j] >= 0
        np.add.at(counts, (np.flatnonzero(ok), sub[ok, j]), 1.0)
    mu = counts.sum(axis=1)
    # a unit's coincidences: n_uc n_uk / (m_u - 1), less the pairs of a code with itself (Krippendorff 2011)
    o_u = (counts[:, :, None] * counts[:, None, :]) / (mu - 1)[:, None, None]
    o_u[:, np.arange(n_values), np.arange(n_values)] -= counts / (mu - 1)[:, None]
    cells = None
    if sub.shape[1] == 2:
        cells = np.zeros((len(keep), n_values * n_values))
        cells[np.arange(len(keep)), sub[:, 0] * n_values + sub[:, 1]] = 1.0
    return keep, o_u.reshape(len(keep), n_values * n_values), cells


def _alpha_of(o: np.ndarray, values: list[Any], metric: str) -> np.ndarray:
    """Alpha of coincidence matrices ``o`` (resamples x values²), NaN where undefined."""
    k = len(values)
    o = o.reshape(len(o), k, k)
    margins = o.sum(axis=2)
    n = margins.sum(axis=1)
    out = np.full(len(o), np.nan)
    fixed = None if metric == "ordinal" else _differences(values, margins[0] if len(o) else np.zeros(k), metric)
    for r in range(len(o)):  # the ordinal metric depends on each resample's margins
        if n[r] < 2:
            continue
        d = fixed if fixed is not None else _differences(values, margins[r], metric)
        expected = float((np.outer(margins[r], margins[r]) * d).sum())
        if expected > 0:
            out[r] = 1.0 - (n[r] - 1) * float((o[r] * d).sum()) / expected
    return out


def _kappa_of(cells: np.ndarray, k: int) -> np.ndarray:
    """Cohen's kappa of cross-tables ``cells`` (resamples x values²), NaN where undefined."""
    t = cells.reshape(len(cells), k, k)
    n = t.sum(axis=(1, 2))
    with np.errstate(invalid="ignore", divide="ignore"):
        po = np.trace(t, axis1=1, axis2=2) / n
        pe = (t.sum(axis=2) * t.sum(axis=1)).sum(axis=1) / n ** 2
        return np.where(pe < 1.0, (po - pe) / (1.0 - pe), np.nan)


def _interval(samples: np.ndarray, estimate: float, jack: np.ndarray, ci: float, interval: str,
              n_units: int) -> tuple[float, float]:
    """The interval of the defined resamples (one in which the statistic is undefined, every code one label, is
    left out, as the balance leaves out a resample without a pole hit); missing without two defined resamples,
    an estimate, or the units an interval of level ``ci`` needs."""
    ok = samples[~np.isnan(samples)]
    if len(ok) < 2 or n_units < min_units(ci) or np.isnan(estimate):
        # below min_units (6 at 95 %) no resampling interval can reach its level (discourse.resample.range_coverage:
        # 50 % with 2 units); 2 hits had given kappa 0 the interval [0, 0]
        return np.nan, np.nan
    if interval == "bca":
        jack = jack[~np.isnan(jack)]
        if len(jack) < 2:
            return np.nan, np.nan
    lo, hi = bootstrap_interval(ok, ci, interval=interval, n_units=n_units, estimate=estimate, jackknife=jack)
    return float(lo), float(hi)


def _boot_row(mm: np.ndarray, vals: list[Any], metric: str, kappa: float, alpha: float, n_boot: int, ci: float,
              interval: str, seed: list[int]) -> tuple[float, float, float, float]:
    """(alpha low, alpha high, kappa low, kappa high) of one row of :func:`coder_agreement`: its units
    resampled with replacement (kappa's only for two coders)."""
    if n_boot == 0 or not vals:
        return np.nan, np.nan, np.nan, np.nan
    k = len(vals)
    keep, o_u, cells = _unit_tables(mm, k)
    if len(keep) < 2:
        return np.nan, np.nan, np.nan, np.nan
    parts = o_u if cells is None else np.hstack([o_u, cells])
    sums = bootstrap_sums(parts, n_boot=n_boot, seed=seed)
    boot_alpha = _alpha_of(sums[:, :k * k], vals, metric)
    jack_alpha = _alpha_of(o_u.sum(axis=0) - o_u, vals, metric) if interval == "bca" else np.empty(0)
    a_lo, a_hi = _interval(boot_alpha, alpha, jack_alpha, ci, interval, len(keep))
    if cells is None:
        return a_lo, a_hi, np.nan, np.nan
    boot_kappa = _kappa_of(sums[:, k * k:], k)
    jack_kappa = _kappa_of(cells.sum(axis=0) - cells, k) if interval == "bca" else np.empty(0)
    k_lo, k_hi = _interval(boot_kappa, kappa, jack_kappa, ci, interval, len(keep))
    return a_lo, a_hi, k_lo, k_hi


def cohen_kappa(a: Sequence[Any], b: Sequence[Any]) -> float:
    """Cohen's (1960) kappa of two coders' codes of the same units, in the same order.

    ``(p_o - p_e) / (1 - p_e)``: ``p_o`` the share of units on which they agree, ``p_e`` the agreement
    expected from each coder's own label distribution (``sum_k p_a(k) p_b(k)``). Units either coder left
    without a code (None, NaN, an empty cell) are left out. NaN where no unit was coded by both, or where
    both used one and the same label only (``p_e = 1``). The same value as
    ``sklearn.metrics.cohen_kappa_score`` (tested against the formula on the cross-table); a ValueError for sequences of different lengths.
    """
    a_s, b_s = pd.Series(list(a), dtype=object), pd.Series(list(b), dtype=object)
    if len(a_s) != len(b_s):
        raise ValueError(f"a and b must hold the codes of the same units in the same order; got {len(a_s)} and "
                         f"{len(b_s)} codes")
    cols = {"a": _values(a_s), "b": _values(b_s)}
    values = _check_labels(cols, None)
    if not values:
        return float("nan")
    m = _index_matrix(list(cols.values()), values)
    return _kappa(m[:, 0], m[:, 1], len(values))[0]


# ------------------------------------------------------------------------------------ the tidy tables
AGREEMENT_COLUMNS = ["coder_a", "coder_b", "label", "metric", "n_units", "n_agree", "percent_agreement",
                     "cohen_kappa", "kappa_ci_low", "kappa_ci_high", "krippendorff_alpha", "alpha_ci_low",
                     "alpha_ci_high", "interval"]


def _groups(data: pd.DataFrame, by: list[Any]):
    if not by:
        yield (), data
        return
    for key, g in data.groupby(by, sort=True, dropna=False, observed=True):
        yield (key if isinstance(key, tuple) else (key,)), g


def _check_by(data: pd.DataFrame, by: Any, coders: list[Any], reserved: Sequence[str]) -> list[Any]:
    by = as_list(by)
    check_columns(data, by, "data")
    clash = [c for c in by if c in coders or c in reserved]
    if clash:
        raise ValueError(f"by={by!r} names {_fmt(clash)}, which is a coder's column or a column of the result "
                         f"({_fmt(reserved)}); rename it (data.rename(columns={{{clash[0]!r}: "
                         f"{str(clash[0]) + '_group'!r}}}))")
    return by


def coder_agreement(data: pd.DataFrame, *, coders: Sequence[Any], by: str | Sequence[str] | None = None,
                    metric: str = "nominal", labels: Sequence[Any] | None = None, n_boot: int = N_BOOT,
                    ci: float = 0.95, random_state: int = 0, interval: str = DEFAULT_INTERVAL) -> pd.DataFrame:
    """Agreement between coders: percent agreement, Cohen's kappa and Krippendorff's alpha, for every pair of
    coders (and all coders together), over all labels and for each label.

    Parameters
    ----------
    data : DataFrame
        One row per unit (a lexicon hit), one column per coder (the library's ``use`` column counts as a
        coder), as :func:`merge_codings` gives it; a missing code means the coder did not code the unit.
    coders : list of column names
        The coders' columns, two or more, in the order the pairs are formed. Required: a table of hits
        holds many other columns (``doc_id``, ``title``, ...), which are no coders.
    by : str or list of str, optional
        Group columns (``"frame"``, ``"voice"``): the statistics within each group.
    metric : {"nominal", "ordinal", "interval", "ratio"}
        The level of measurement of Krippendorff's alpha over all labels (the rows of one label are nominal).
    labels : list, optional
        The labels allowed (a code outside them is a ValueError naming the coder and rows); their order is
        the rows' order and, for ``"ordinal"``, the scale's.
    n_boot : int
        Bootstrap resamples of the units for the intervals of kappa and alpha (0: none, the intervals missing).
    ci : float
        Confidence level of the intervals.
    random_state : int
        Seed; each row draws from its own generator seeded by it and the row's key
        (:func:`discourse.resample.row_seed`), and its units are resampled in the order of their codes, so the
        same units in another order, or beside other groups, give the same interval.
    interval : {"expanded", "percentile", "bca"}
        How the interval is read from the resamples (README, "Choosing the interval").

    Returns
    -------
    DataFrame with one row per group, pair of coders and label: the ``by`` columns; ``coder_a``, ``coder_b``
    (a pair in the order of ``coders``; ``"(all)"`` in both for all coders together, given three or more);
    ``label`` (``"(all)"``: over all labels; a label: that label against all others, the category-specific
    agreement content analyses report per category); ``metric`` (of the alpha: ``metric`` over all labels,
    ``"nominal"`` for one label); ``n_units`` (units both coders coded; for all coders, the units two or more
    coded); ``n_agree`` (of those, units where they agree; for all coders, missing); ``percent_agreement``
    (``n_agree / n_units``; for all coders, the share of agreeing pairs of codes among the pairable values,
    Krippendorff's observed agreement); ``cohen_kappa`` (a pair only, missing for all coders) with
    ``kappa_ci_low``, ``kappa_ci_high``; ``krippendorff_alpha`` with ``alpha_ci_low``, ``alpha_ci_high``; and
    ``interval`` (how the intervals were read). A statistic is missing where it is undefined: no unit coded by
    both, or one label only in every code (kappa's and alpha's expected disagreement is 0); an interval is
    missing where the statistic is, or with fewer units than :func:`discourse.resample.min_units` (6 at 95 %),
    below which no resampling interval can hold its level.

    Notes
    -----
    Percent agreement ignores agreement by chance and overstates reliability when one label dominates (as
    ``evaluative`` does among the hits); report kappa or alpha beside it (Lombard et al. 2002; Krippendorff
    2004, 11.4, for alpha as the standard of content analysis). The intervals resample the units (the hits)
    with replacement, as Zapf et al. (2016, *BMC Medical Research Methodology* 16:93) recommend for alpha with
    nominal data; a resample in which the statistic is undefined (every code one label) is left out. With few
    units, and above all with a rare label, they are wide: that is what the data say. Validated against
    Krippendorff (2011)'s worked examples, ``nltk.metrics.agreement`` and scikit-learn's ``cohen_kappa_score``.
    """
    check_dataframe("data", data)
    by_list = as_list(by)
    data, coders = _codes_table(data, coders)
    data = data.reset_index(drop=True)  # positions, whatever the caller's index (duplicate labels included)
    by_list = _check_by(data, by_list, coders, AGREEMENT_COLUMNS)
    check_one_of("metric", metric, METRICS)
    n_boot = check_count("n_boot", n_boot, 0, "bootstrap resamples; 0 for none")
    ci = check_ci(ci)
    random_state = check_seed("random_state", random_state)
    interval = check_interval(interval)
    cols = {c: _values(data[c]) for c in coders}
    values = _check_labels(cols, labels)
    _check_metric(metric, values, labels is not None)
    if ALL in values:
        raise ValueError(f"a code is {ALL!r}, the name of the rows over all labels; rename that label")
    index = _index_matrix(list(cols.values()), values) if values else np.full((len(data), len(coders)), -1)
    pairs = list(itertools.combinations(range(len(coders)), 2))
    rows = []
    for key, g in _groups(data, by_list):
        pos = data.index.get_indexer(g.index) if by_list else np.arange(len(data))
        m = index[pos]
        for label_i, label in [(None, ALL), *enumerate(values)]:
            if label_i is None:
                mm, vals, lev, nv = m, values, metric, len(values)
            else:  # the label against all others: 1 for the label, 0 for any other, -1 not coded
                mm, vals, lev, nv = np.where(m < 0, -1, (m == label_i).astype(np.int64)), [0, 1], "nominal", 2
            for i, j in pairs:
                pair = mm[:, [i, j]]
                kappa, n, agree = _kappa(pair[:, 0], pair[:, 1], nv)
                alpha = _alpha(pair, vals, lev)[0] if nv else np.nan
                a_lo, a_hi, k_lo, k_hi = _boot_row(pair, vals, lev, kappa, alpha, n_boot, ci, interval,
                                                   row_seed(random_state, *key, coders[i], coders[j], label))
                rows.append((*key, coders[i], coders[j], label, lev, n, agree, agree / n if n else np.nan, kappa,
                             k_lo, k_hi, alpha, a_lo, a_hi, interval))
            if len(coders) > 2:
                alpha, agree_share, _ = _alpha(mm, vals, lev) if nv else (np.nan, np.nan, 0.0)
                n_pairable = int(((mm >= 0).sum(axis=1) >= 2).sum())
                a_lo, a_hi, _, _ = _boot_row(mm, vals, lev, np.nan, alpha, n_boot, ci, interval,
                                             row_seed(random_state, *key, ALL, ALL, label))
                rows.append((*key, ALL, ALL, label, lev, n_pairable, pd.NA, agree_share, np.nan, np.nan, np.nan,
                             alpha, a_lo, a_hi, interval))
    out = pd.DataFrame(rows, columns=[*by_list, *AGREEMENT_COLUMNS])
    for c in ("n_units", "n_agree"):
        out[c] = out[c].astype("Int64")
    for c in ("percent_agreement", "cohen_kappa", "kappa_ci_low", "kappa_ci_high", "krippendorff_alpha",
              "alpha_ci_low", "alpha_ci_high"):
        out[c] = out[c].astype(float)
    return out


def coder_confusions(data: pd.DataFrame, *, coders: Sequence[Any], by: str | Sequence[str] | None = None,
                     labels: Sequence[Any] | None = None) -> pd.DataFrame:
    """The confusion table of every pair of coders: how often coder a's label was each label of coder b's.

    Parameters are those of :func:`coder_agreement`. Only units both coders of a pair coded count.

    Returns
    -------
    DataFrame with the ``by`` columns, ``coder_a``, ``coder_b``, ``label_a``, ``label_b``, ``n``: one row per
    group, pair and pair of labels (every pair of labels in use, zeros included, so
    ``df.pivot_table(index="label_a", columns="label_b", values="n")`` is the full matrix); the diagonal
    (``label_a == label_b``) holds the agreements.
    """
    check_dataframe("data", data)
    by_list = as_list(by)
    data, coders = _codes_table(data, coders)
    data = data.reset_index(drop=True)
    by_list = _check_by(data, by_list, coders, ["coder_a", "coder_b", "label_a", "label_b", "n"])
    cols = {c: _values(data[c]) for c in coders}
    values = _check_labels(cols, labels)
    index = _index_matrix(list(cols.values()), values) if values else np.full((len(data), len(coders)), -1)
    k = len(values)
    rows = []
    for key, g in _groups(data, by_list):
        pos = data.index.get_indexer(g.index) if by_list else np.arange(len(data))
        m = index[pos]
        for i, j in itertools.combinations(range(len(coders)), 2):
            both = (m[:, i] >= 0) & (m[:, j] >= 0)
            table = np.bincount(m[both, i] * k + m[both, j], minlength=k * k).reshape(k, k) if k else np.zeros((0, 0))
            for a in range(k):
                for b in range(k):
                    rows.append((*key, coders[i], coders[j], values[a], values[b], int(table[a, b])))
    out = pd.DataFrame(rows, columns=[*by_list, "coder_a", "coder_b", "label_a", "label_b", "n"])
    out["n"] = out["n"].astype(np.int64)
    return out


# ------------------------------------------------------------------------------------ reading the sheets
def _key_text(df: pd.DataFrame, key: Sequence[str]) -> pd.Series:
    """The key of every row as one string: the document id as text (a sheet read back from CSV has
    ``"000"`` as the number 0, which the check of unmatched rows names), the offsets as integers."""
    parts = [df[key[0]].map(lambda v: str(v.item() if isinstance(v, np.generic) else v))]
    for c in key[1:]:
        # an offset read back as 50.0 (a spreadsheet's number) is 50; 50.5 or text is no offset (no hit)
        parts.append(pd.to_numeric(df[c], errors="coerce").map(lambda v: "" if pd.isna(v) or v != int(v)
                                                                 else str(int(v))))
    out = parts[0]
    for p in parts[1:]:
        out = out + "\x1f" + p
    return out


def merge_codings(hits: pd.DataFrame, sheets: Mapping[str, pd.DataFrame], *, column: str = "use",
                  key: Sequence[str] = HIT_KEY, check: Sequence[str] = ("matched",)) -> pd.DataFrame:
    """Join coders' sheets onto the hits they were made from: one column per coder, named after the coder.

    Parameters
    ----------
    hits : DataFrame
        The library's table the sheets were exported from (:func:`discourse.find_frame_terms`).
    sheets : dict of coder name -> DataFrame
        Each coder's sheet, read back (``pd.read_csv(path, dtype={"doc_id": str})``, ``pd.read_excel``), with
        the ``key`` columns and ``column``, the coder's code; it may hold a sample of the hits, in any order.
    column : str
        The column of each sheet that holds the coder's code (default ``"use"``).
    key : list of column names
        The columns that identify a hit in both tables: the document and the character offsets of the match
        (``text[start:end]`` is the match), stable across runs on the same corpus and lexicon.
    check : list of column names
        Columns compared between a sheet and the hits on the same key (default ``matched``: the matched text;
        only those present in the sheet): a row whose text differs (a sheet sorted on one column only, a cell
        edited) is a ValueError naming the rows, not a code moved to another hit.

    Returns
    -------
    DataFrame: ``hits`` with one column per coder (its code; missing for a hit the coder's sheet does not hold
    or leaves blank), in the order of ``sheets``.

    Raises
    ------
    discourse.InputError
        A sheet without the key or code column, with a key twice, or with rows whose key is no hit of
        ``hits`` (the message says when the document ids lost their leading zeros in a CSV reader and how to
        read them as text), or whose ``check`` columns differ from the hit's.

    A code left blank in a sheet, or a hit of ``hits`` the sheet has no row for, is a missing code (it counts
    nowhere); blanks among a sheet's rows are reported with a warning naming the coder and how many.
    """
    check_dataframe("hits", hits)
    key = list(key)
    check_columns(hits, key, "hits")
    if not isinstance(sheets, Mapping) or not sheets:
        raise TypeError("sheets must be a dict of coder name -> DataFrame (each coder's sheet read back), got "
                        f"{type(sheets).__name__}")
    clash = [name for name in sheets if name in hits.columns]
    if clash:
        raise ValueError(f"coder name(s) {_fmt(clash)} are columns of hits already; name the coders otherwise "
                         "(e.g. 'coder_1')")
    hit_key = _key_text(hits, key)
    if hit_key.duplicated().any():
        raise ValueError(f"hits has rows with the same {key!r} twice; the key must identify one hit each")
    where = pd.Series(np.arange(len(hits)), index=hit_key.to_numpy())
    out = hits.copy()
    for name, sheet in sheets.items():
        label = f"coding sheet {name!r}"
        if not isinstance(sheet, pd.DataFrame):
            raise TypeError(f"{label} must be a DataFrame, got {type(sheet).__name__}")
        missing = [c for c in [*key, column] if c not in sheet.columns]
        if missing:
            fix = f"keep the key columns {key!r} of the exported sheet and the code in column={column!r}"
            sep = next((d for d in (";", "\t") if len(sheet.columns) == 1 and d in str(sheet.columns[0])), None)
            if sep:  # a spreadsheet in a locale whose decimal mark is a comma saves CSV with ';'
                fix = f"the sheet was read as one column: its fields are separated by {sep!r}; read it with " \
                      f"pd.read_csv(path, sep={sep!r}, dtype={{{key[0]!r}: str}})"
            raise InputError(label, f"has no column(s) {_fmt(missing)}; it has: {_fmt(sheet.columns, 40)}", fix)
        sk = _key_text(sheet, key)
        twice = sk[sk.duplicated(keep=False)]
        if len(twice):
            raise InputError(label, f"holds the same hit more than once (rows {_fmt(list(twice.index), 10)})",
                             "keep one row per hit")
        pos = where.reindex(sk.to_numpy())
        unknown = np.flatnonzero(pos.isna().to_numpy())
        if len(unknown):
            fix = ("export the sheet from the same corpus, lexicon and tokens as hits, and keep the key columns "
                   "unchanged")
            stripped = {k.lstrip("0") or "0" for k in hits[key[0]].astype(str)}
            ids = sheet[key[0]].iloc[unknown].astype(str)
            if len(stripped) and ids.isin(stripped).all() and not ids.isin(hits[key[0]].astype(str)).all():
                fix = (f"the document ids lost their leading zeros when the sheet was read (a CSV reader takes "
                       f"'000' for the number 0): read it with pd.read_csv(path, dtype={{{key[0]!r}: str}}), "
                       f"or format the column as text in a spreadsheet")
            raise InputError(label, f"has {len(unknown)} row(s) whose {key!r} is no hit of hits (rows "
                                    f"{_fmt(list(sheet.index[unknown]), 10)})", fix)
        pos = pos.to_numpy(dtype=np.int64)
        for c in check:
            if c in sheet.columns and c in hits.columns:
                mine = sheet[c].map(lambda v: "" if is_missing(v) else str(v)).to_numpy()
                theirs = hits[c].iloc[pos].map(lambda v: "" if is_missing(v) else str(v)).to_numpy()
                differ = np.flatnonzero(mine != theirs)
                if len(differ):
                    r = differ[0]
                    raise InputError(label, f"has {len(differ)} row(s) whose {c!r} is not that of the hit at its "
                                            f"key (rows {_fmt(list(sheet.index[differ]), 10)}; e.g. "
                                            f"{mine[r]!r} where the hit has {theirs[r]!r})",
                                     "the rows were moved apart from their key (a sort on one column?) or "
                                     "edited: export the sheet again, or restore those cells")
        codes = _values(sheet[column])
        blank = sum(v is None for v in codes)
        if blank:
            warnings.warn(f"{label} leaves {blank} of its {len(codes)} hit(s) without a code in column "
                          f"{column!r}; they count as not coded", UserWarning, stacklevel=2)
        col = np.full(len(hits), None, dtype=object)
        col[pos] = codes
        out[name] = col
    return out
