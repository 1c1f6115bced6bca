"""Topic prevalence by group and regressions of topic proportions on document covariates.

:func:`topic_prevalence` gives the mean topic proportion of each group's units with a bootstrap interval
over units (percentile, expanded percentile or BCa: ``interval=``) (:mod:`discourse.resample`: every group draws from its own generator, seeded from
``random_state`` and the group's key, so a group's interval does not change when other groups are added).

:func:`estimate_effect` regresses topic proportions on document covariates as STM's ``estimateEffect``
does (Roberts, Stewart & Tingley 2019, "stm: An R Package for Structural Topic Models", J. Stat. Softw.
91(2), section 3.5; Roberts, Stewart & Airoldi 2016): the *method of composition* (Tanner 1996) propagates
the topic model's own uncertainty about each unit's proportions into the regression. It answers the
question the bootstrap over paragraphs cannot: how sure are we about an outlet, given that its paragraphs
are not independent and that the topic proportions are themselves estimates.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ._util import (
    _fmt,
    as_list,
    check_by_names,
    check_ci,
    check_count,
    check_one_of,
    check_seed,
    check_type,
    plain_value,
    renamed_params,
    warn_deprecated,
)
from .counts import level_order
from .resample import (
    DEFAULT_INTERVAL,
    N_BOOT,
    bootstrap_interval,
    bootstrap_sums,
    check_interval,
    min_units,
    percentile_interval,
    range_coverage,
    row_seed,
)
from .topics import TopicModel, check_model

__all__ = ["topic_prevalence", "topics_by", "estimate_effect", "TopicEffects", "TooFewUnitsError", "plot_effect", "model_groups",
           "group_means", "check_boot"]

_SPLINE = re.compile(r"^s\(\s*([A-Za-z_][\w]*)\s*(?:,\s*(?:df\s*=\s*)?(\d+)\s*)?\)$")
#: ``C(year)``: a column taken as categorical whatever its type (R's ``factor(year)`` in STM's formula, patsy's
#: ``C()``), so numbers such as years or decades can be groups rather than a line
_FACTOR = re.compile(r"^C\(\s*([A-Za-z_][\w]*)\s*\)$")


def _column_of(spec: str) -> str:
    """The document column a covariate spec names: ``source``, ``s(date, 7)`` -> ``date``, ``C(year)`` -> ``year``."""
    m = _SPLINE.match(spec.strip()) or _FACTOR.match(spec.strip())
    return m.group(1) if m else spec.strip()


# ------------------------------------------------------------------------------------------ groups
def model_groups(model: TopicModel, by: str | Sequence[str]) -> tuple[list[str], pd.DataFrame, pd.DataFrame]:
    """Group columns, the unit-level group keys, and every group present in the fitted token table."""
    cols = as_list(by)
    if not cols:
        raise ValueError("by is empty; name a document column such as 'source'")
    available = ["doc_id", *model.meta_columns_]
    for c in cols:
        if c not in available:
            raise ValueError(f"by={c!r} is not a document column of the fitted tokens; available: {_fmt(available)}")
    check_by_names(cols, (), "topic tables")  # a column named twice, as every group function refuses it
    keys = model.units_[cols]
    every = pd.concat([model.units_[cols], model.skipped_units_[cols]], ignore_index=True)
    if model.tokens_ is not None and all(c in model.tokens_.columns for c in cols):
        every = pd.concat([every, model.tokens_[cols]], ignore_index=True)
    every = every.dropna().drop_duplicates().reset_index(drop=True)
    n_missing = int(keys.isna().any(axis=1).sum())
    if n_missing:
        warnings.warn(f"{n_missing} units have a missing value in {cols} and are left out of the groups; "
                      f"fill the column to keep them", UserWarning, stacklevel=3)
    for c in cols:  # unused categories of a categorical column are groups with no units too
        if isinstance(model.units_[c].dtype, pd.CategoricalDtype):
            extra = [v for v in model.units_[c].cat.categories if v not in set(every[c])]
            if extra and len(cols) == 1:
                every = pd.concat([every, pd.DataFrame({c: extra})], ignore_index=True)
    every = every.sort_values(cols, kind="stable").reset_index(drop=True)
    # the units hold plain values: an ordered categorical of the tokens (low < mid < high) keeps its levels' order,
    # as count_frames and the figures keep it (sorted as values, it was high, low, mid)
    tokens = model.tokens_
    levels = {c: list(tokens[c].cat.categories) for c in cols if tokens is not None and c in tokens.columns
              and isinstance(tokens[c].dtype, pd.CategoricalDtype) and tokens[c].cat.ordered}
    return cols, keys, level_order(every, cols, levels)


def group_means(values: np.ndarray, keys: pd.DataFrame, every: pd.DataFrame, cols: list[str], ids: np.ndarray,
                labels: Sequence[str], id_name: str, n_boot: int, ci: float, random_state: int,
                interval: str = DEFAULT_INTERVAL) -> pd.DataFrame:
    """Mean of ``values`` (units x columns) per group with bootstrap intervals over units.

    Each group's resamples come from :func:`discourse.resample.bootstrap_sums` seeded by
    ``row_seed(random_state, id_name, *group key)``; ``interval`` says how the interval is read from them
    (:func:`discourse.resample.bootstrap_interval`; BCa's jackknife is the mean of the other units). A group with
    a single unit gets no interval (missing ``ci_low``, ``ci_high``) and a warning, as a group with none. Columns:
    the group columns, ``id_name``, ``label``, ``prevalence``, ``ci_low``, ``ci_high``, ``n_units``, ``n_boot``,
    ``ci``, ``interval``.
    """
    idx = pd.MultiIndex.from_frame(every)
    codes = idx.get_indexer(pd.MultiIndex.from_frame(keys))
    n_groups, n_cols = len(every), values.shape[1]
    mean = np.full((n_groups, n_cols), np.nan)
    lo = np.full((n_groups, n_cols), np.nan)
    hi = np.full((n_groups, n_cols), np.nan)
    n = np.bincount(codes[codes >= 0], minlength=n_groups)  # units with a missing group value are left out
    for g, key in enumerate(every.itertuples(index=False)):
        rows = np.flatnonzero(codes == g)
        if len(rows) == 0:
            continue
        x = values[rows]
        mean[g] = x.mean(axis=0)
        if n_boot > 0 and len(rows) > 1:  # one unit: every resample is that unit, a zero-width "interval"
            seed = row_seed(random_state, id_name, *(plain_value(v) for v in key))
            boots = bootstrap_sums(x, n_boot=n_boot, seed=seed) / len(rows)
            jack = (x.sum(axis=0) - x) / (len(rows) - 1) if interval == "bca" else None
            lo[g], hi[g] = bootstrap_interval(boots, ci, interval=interval, n_units=len(rows), estimate=mean[g],
                                              jackknife=jack)
    empty = [tuple(r) if len(cols) > 1 else r[0] for r, c in zip(every.itertuples(index=False), n, strict=True)
             if c == 0]
    if empty:
        warnings.warn(f"{len(empty)} group(s) of {cols} have no unit in the model (all their text was filtered "
                      f"out or skipped): {_fmt(empty)}; their rows hold missing values", UserWarning, stacklevel=3)
    single = [tuple(r) if len(cols) > 1 else r[0] for r, c in zip(every.itertuples(index=False), n, strict=True)
              if c == 1]
    if single and n_boot > 0:
        warnings.warn(f"{len(single)} group(s) of {cols} have a single unit in the model: {_fmt(single)}; a "
                      f"bootstrap over one unit only repeats it, so their rows have no interval (ci_low, ci_high "
                      f"missing) rather than a zero-width one. Give these groups more units: more documents, or a "
                      f"smaller unit of the TopicModel (unit='paragraph', 'sentence' or 'window'; --unit)",
                      UserWarning, stacklevel=3)
    # a resample's mean lies within the range of the group's units, so an interval over fewer than min_units(ci) of
    # them cannot reach its level: at most 50 % with 2 units, 75 % with 3 (resample.range_coverage)
    few = [(tuple(r) if len(cols) > 1 else r[0], int(c)) for r, c in zip(every.itertuples(index=False), n, strict=True)
           if 2 <= c < min_units(ci)]
    if few and n_boot > 0:
        k_min = min(c for _, c in few)
        warnings.warn(f"{len(few)} group(s) of {cols} have an interval over only 2 to {min_units(ci) - 1} units: "
                      f"{_fmt([g for g, _ in few])}; a resample's mean stays within the range of its units' own, so such "
                      f"an interval holds the true prevalence at most {100 * range_coverage(k_min):.0f} % of the time "
                      f"with {k_min} units, not {100 * ci:g} %. Read them as the spread of the units; give these groups "
                      "more units (more documents, or a smaller unit of the TopicModel)", UserWarning, stacklevel=3)
    k = len(ids)
    out = every.loc[every.index.repeat(k)].reset_index(drop=True)
    out[id_name] = np.tile(ids, n_groups)
    out["label"] = np.tile(np.array(labels, dtype=object), n_groups)
    out["prevalence"] = mean.reshape(-1)
    out["ci_low"] = lo.reshape(-1)
    out["ci_high"] = hi.reshape(-1)
    out["n_units"] = np.repeat(n, k).astype(np.int64)
    out["n_boot"] = int(n_boot)
    out["ci"] = float(ci)
    out["interval"] = interval
    return out


def check_boot(n_boot: Any, ci: Any) -> None:
    """The bootstrap options of every topic table (``topic_prevalence``, ``frame_packages``, ``estimate_effect``'s
    ``ci``): ``n_boot`` an int >= 0 (0: no intervals), ``ci`` a level strictly between 0 and 1, as
    :func:`discourse.frame_balance` takes them."""
    # (a bool is not a count: n_boot=True had drawn one resample, an "interval" of zero width beside the estimate)
    check_count("n_boot", n_boot, 0, "bootstrap resamples; 0 turns the intervals off")
    check_ci(ci)


@renamed_params(level="ci")
def topic_prevalence(model: TopicModel, *, by: str | Sequence[str] = "source", n_boot: int = N_BOOT,
                     ci: float = 0.95, random_state: int = 0, interval: str = DEFAULT_INTERVAL) -> pd.DataFrame:
    """Prevalence of each topic per group: the mean topic proportion of the group's units, with intervals.

    The interval is a bootstrap over the group's units (``n_boot`` resamples of its units with
    replacement; Efron & Tibshirani 1993) drawn by :mod:`discourse.resample` from a generator seeded by the
    group's key, so adding or removing other groups leaves it unchanged. Units are not independent
    (paragraphs of one article), so with few documents per group the interval understates the uncertainty
    about the outlet as a whole; :func:`estimate_effect` clusters by document and propagates the topic
    model's uncertainty. A group present in the fitted token table but without any unit left after
    filtering gets rows with ``n_units = 0`` and missing values, and a warning; a group with a single unit
    gets its prevalence but no interval (a bootstrap over one unit only repeats it), and a warning; a group of 2 to
    5 units (below :func:`discourse.resample.min_units` at ``ci``) keeps its interval with a warning, since a
    resample's mean stays within the range of its units and the interval can hold the true prevalence at most
    ``1 - 2 ** (1 - n)`` of the time (50 % for 2 units).
    ``random_state`` (an int from 0 to 2**32 - 1) seeds the resamples. ``level=`` is the old name of ``ci=``
    (accepted for one release, with a FutureWarning). ``interval`` reads the interval from the resamples as
    Hesterberg's expanded percentile interval (``"expanded"``, default), the percentile interval or BCa (``"bca"``;
    :mod:`discourse.resample`, README "Choosing the interval").

    Returns
    -------
    DataFrame, one row per (group, topic), sorted by group then topic: the ``by`` column(s), ``topic``,
    ``label``, ``prevalence``, ``ci_low``, ``ci_high``, ``n_units``, ``n_boot``, ``ci``, ``interval``.
    """
    model = check_model(model, "topic_prevalence")
    check_boot(n_boot, ci)
    check_interval(interval)
    check_seed("random_state", random_state)
    cols, keys, every = model_groups(model, by)
    return group_means(model.doc_topic_, keys, every, cols, np.arange(model.n_topics_), model.labels(),
                       "topic", int(n_boot), float(ci), int(random_state), interval)


def topics_by(model: TopicModel, **kwargs: Any) -> pd.DataFrame:
    """Deprecated name of :func:`topic_prevalence` (removed in the next release)."""
    warn_deprecated("topics_by()", "topic_prevalence()")
    return topic_prevalence(model, **kwargs)


# ------------------------------------------------------------------------------------------ estimate_effect
class TooFewUnitsError(ValueError):
    """:func:`estimate_effect` was given no more units than the regression has coefficients (``n_units``,
    ``n_coefficients``): one coefficient per group of a categorical covariate, so e.g. two documents by source
    with ``unit='document'``. A ValueError; the command line reads it as a reason to skip the estimate."""

    def __init__(self, n_units: int, n_coefficients: int) -> None:
        self.n_units, self.n_coefficients = int(n_units), int(n_coefficients)
        super().__init__(f"{n_units} units for {n_coefficients} coefficients; use fewer covariates or spline "
                         "degrees of freedom")


@dataclass
class TopicEffects:
    """The result of :func:`estimate_effect`.

    Attributes
    ----------
    coefficients : DataFrame
        One row per (topic, term): ``topic``, ``label``, ``term`` (``(Intercept)``, ``source[T.BBC]`` for a
        level of a categorical covariate against its reference level, ``s(date)_1``... for the spline
        basis, or a numeric covariate's name), ``estimate`` (mean of the simulated coefficients), ``se``
        (their standard deviation), ``ci_low``, ``ci_high`` (percentile interval; ``se`` and the interval
        are missing for a group whose units lie in one cluster, see :func:`estimate_effect`), ``ci``.
    expected : DataFrame
        The expected topic proportion at each level of every categorical covariate and on a grid of 25
        points from the smallest to the largest value of every spline or numeric covariate, other design
        columns held at their mean: ``topic``, ``label``,
        ``covariate``, ``value`` (the level or grid point, as text), ``estimate``, ``ci_low``, ``ci_high``
        (missing for a level whose units lie in one cluster), ``ci``.
    params : dict
        ``covariates``, ``n_sims``, ``n_coef_draws``, ``ci``, ``cluster`` (column or None), ``n_units``,
        ``n_clusters``, ``uncertainty`` (how topic proportions were drawn), ``reference`` (per categorical
        covariate), ``n_dropped`` (units with a missing covariate), ``random_state``, ``kinds`` (per
        covariate as named in ``expected``: ``categorical``, ``numeric`` or ``spline``).
    """

    coefficients: pd.DataFrame
    expected: pd.DataFrame
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Term:
    name: str
    kind: str  # "categorical", "numeric", "spline"
    columns: list[str]
    levels: list[Any] = field(default_factory=list)
    knots: np.ndarray | None = None
    lo: float = 0.0
    hi: float = 1.0


def _numeric(values: pd.Series, spec: str) -> np.ndarray:
    """The values of a spline's column as numbers (dates as days since 1970-01-01); a ValueError naming the
    covariate ``spec`` and the column where it holds neither numbers nor dates."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return (values - pd.Timestamp("1970-01-01")).dt.total_seconds().to_numpy(dtype=float) / 86400.0
    try:
        return pd.to_numeric(values, errors="raise").to_numpy(dtype=float)
    except (TypeError, ValueError):
        pass
    example = next(iter(values.dropna()), None)
    raise ValueError(f"covariate {spec!r}: a spline needs a numeric or date column, and {values.name!r} holds "
                     f"{values.dtype} values (e.g. {example!r}); give the column as numbers or dates (e.g. "
                     f"pd.to_datetime) before tokenizing, or use {values.name!r} as a categorical covariate")


def _bspline(x: np.ndarray, term: _Term) -> np.ndarray:
    """Cubic B-spline basis without its first column (as R's ``splines::bs(x, df)``, intercept FALSE)."""
    from scipy.interpolate import BSpline

    xc = np.clip(x, term.lo, term.hi)
    t = np.concatenate([[term.lo] * 4, term.knots, [term.hi] * 4])
    basis = BSpline.design_matrix(xc, t, 3).toarray()
    return basis[:, 1:]


def _design(units: pd.DataFrame, specs: list[str], reference: dict[str, Any], meta: list[str]
            ) -> tuple[np.ndarray, list[str], list[_Term]]:
    terms: list[_Term] = []
    blocks = [np.ones((len(units), 1))]
    names = ["(Intercept)"]
    for spec in specs:
        m = _SPLINE.match(spec.strip())
        factor = _FACTOR.match(spec.strip()) is not None
        col = _column_of(spec)
        if col not in units.columns or col not in meta:
            raise ValueError(f"covariate {spec!r}: {col!r} is not a document column of the fitted tokens; "
                             f"available: {_fmt(meta)} (tokenize with metadata=[...] to carry more columns)")
        values = units[col]
        if m:
            df = int(m.group(2) or 5)
            if df < 3:
                raise ValueError(f"covariate {spec!r}: a cubic spline needs df >= 3")
            x = _numeric(values, spec)
            lo, hi = float(np.min(x)), float(np.max(x))
            if hi <= lo:
                raise ValueError(f"covariate {spec!r}: {col!r} takes one value only; a spline needs a range")
            knots = np.quantile(x, np.linspace(0, 1, df - 3 + 2)[1:-1])
            term = _Term(spec, "spline", [f"s({col})_{j}" for j in range(1, df + 1)], knots=knots, lo=lo, hi=hi)
            blocks.append(_bspline(x, term))
        elif not factor and pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values) \
                and not isinstance(values.dtype, pd.CategoricalDtype):
            x = values.to_numpy(dtype=float)
            term = _Term(col, "numeric", [col], lo=float(np.min(x)), hi=float(np.max(x)))
            blocks.append(x[:, None])
        else:
            if isinstance(values.dtype, pd.CategoricalDtype):
                levels = [v for v in values.cat.categories if (values == v).any()]
            elif (pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)) \
                    or pd.api.types.is_datetime64_any_dtype(values):
                levels = sorted(pd.unique(values.dropna()))  # by value: 2000 before 10000, as numbers
            else:
                levels = sorted(pd.unique(values.dropna()), key=str)
            ref = reference.get(col, levels[0] if levels else None)
            if ref not in levels:
                raise ValueError(f"reference {ref!r} of {col!r} is not one of its levels: {_fmt(levels)}")
            if len(levels) < 2:
                raise ValueError(f"covariate {col!r} has one level only ({_fmt(levels)}); nothing to compare")
            others = [v for v in levels if v != ref]
            term = _Term(col, "categorical", [f"{col}[T.{v}]" for v in others], levels=[ref, *others])
            blocks.append(np.column_stack([(values == v).to_numpy(dtype=float) for v in others]))
        terms.append(term)
        names += term.columns
    return np.hstack(blocks), names, terms


def _theta_draws(model: TopicModel, n_sims: int, rng: np.random.Generator):
    """Yield ``n_sims`` draws of the units' topic proportions from the model's approximate posterior."""
    if model.gamma_ is not None:
        gamma = model.gamma_
        for _ in range(n_sims):
            g = rng.gamma(gamma)
            yield g / g.sum(axis=1, keepdims=True)
    else:
        corpus = model.corpus_
        for _ in range(n_sims):
            boot = []
            for bow in corpus:
                ids = np.array([i for i, _ in bow], dtype=np.int64)
                cnt = np.array([c for _, c in bow], dtype=float)
                draw = rng.multinomial(int(cnt.sum()), cnt / cnt.sum())
                boot.append([(int(i), int(c)) for i, c in zip(ids, draw, strict=True) if c > 0])
            theta, _ = model.infer(boot)
            yield theta


def _psd_sqrt(v: np.ndarray) -> np.ndarray:
    vals, vecs = np.linalg.eigh((v + v.T) / 2)
    return vecs * np.sqrt(np.clip(vals, 0, None))


def _one_cluster_levels(sub: pd.DataFrame, terms: list[_Term], g_codes: np.ndarray | None
                        ) -> dict[str, tuple[_Term, list[Any]]]:
    """The levels of each categorical covariate whose units all lie in one cluster (``g_codes``: the cluster
    of every unit; None when the variance is not clustered), by covariate name: the cluster-robust variance
    has no variation between clusters for such a level, so its interval held only the topic model's draws
    (one document of a genre among genres of ten had the narrowest interval of all)."""
    if g_codes is None:
        return {}
    out: dict[str, tuple[_Term, list[Any]]] = {}
    for term in terms:
        if term.kind != "categorical":
            continue
        values = sub[term.name]
        levels = [v for v in term.levels if len(np.unique(g_codes[(values == v).to_numpy()])) < 2]
        if levels:
            out[term.name] = (term, levels)
    return out


def _warn_one_cluster(lonely: dict[str, tuple[_Term, list[Any]]], cluster: str, unit: str) -> None:
    """Warn that the groups of ``lonely`` (see :func:`_one_cluster_levels`) have no interval, and what to do."""
    parts = []
    for term, levels in lonely.values():
        note = ""
        if term.levels[0] in levels:
            others = [v for v in term.levels if v not in levels]
            note = (f" (the reference level, so the intercept and every {term.name} contrast have no interval "
                    "either; " + (f"reference={{{term.name!r}: {plain_value(others[0])!r}}} takes a level with "
                                  "more clusters" if others else "no level has more clusters") + ")")
        parts.append(f"{term.name} = {_fmt(levels)}{note}")
    what = "documents" if cluster == "doc_id" else f"values of {cluster!r}"
    warnings.warn(
        f"estimate_effect: all the units of each of these groups lie in a single cluster (cluster={cluster!r}): "
        f"{'; '.join(parts)}. The cluster-robust variance has no variation between {what} for such a group, so "
        f"its interval would be falsely narrow; its rows (expected, and the coefficients that involve it) have no "
        f"interval (ci_low, ci_high and se missing). Give these groups more {what}, or pass cluster=None (the "
        f"{unit}s then count as independent, which understates the uncertainty)"
        + (" or fit with unit='document' (--unit document)" if unit != "document" else ""), UserWarning, stacklevel=4)


@renamed_params(level="ci")
def estimate_effect(model: TopicModel, covariates: str | Sequence[str] = "source", *, n_sims: int = 100,
                    n_coef_draws: int = 10, ci: float = 0.95, cluster: str | None = "auto",
                    reference: dict[str, Any] | None = None, random_state: int = 0) -> TopicEffects:
    """Regression of topic proportions on document covariates with STM's method of composition.

    ``covariates`` lists the right-hand side: a column name (a categorical covariate, treatment-coded
    against its first level or ``reference={"source": "BBC"}``, when it is not numeric; linear when it is;
    a ``reference`` key that is not a categorical covariate is a ValueError naming it),
    ``"C(year)"``: the column as a categorical covariate whatever its type, each year or decade a level of its
    own (levels of numbers in numeric order), as ``factor(year)`` in STM's formula;
    or ``"s(date)"`` / ``"s(date, 7)"``: a cubic B-spline of a numeric or date column with 5 (or the given)
    degrees of freedom, knots at quantiles, as STM's ``s()`` (a spline of a text column is a ValueError naming
    it). ``["source", "s(date)"]`` fits both.

    The method of composition, as STM's ``estimateEffect`` (Roberts, Stewart & Tingley 2019, sec. 3.5):
    ``n_sims`` times, (1) draw every unit's topic proportions from the topic model's approximate posterior:
    for LDA the variational Dirichlet of each unit, ``Dirichlet(gamma_d)`` (``model.gamma_``); for NMF,
    which has no posterior, a documented substitute: resample each unit's words with replacement
    (multinomial with its own term frequencies) and project it on the fixed topics again; (2) fit OLS of
    each topic's proportion on the design matrix; (3) draw ``n_coef_draws`` coefficient vectors from their
    normal sampling distribution ``N(b, V)``. ``estimate`` and ``se`` are the mean and standard deviation
    of all ``n_sims * n_coef_draws`` draws, the interval their percentiles. ``V`` is the classical OLS
    covariance when units are documents (as STM); when units are paragraphs, sentences or windows
    (``cluster="auto"``) it is the cluster-robust sandwich with documents as clusters (Liang & Zeger 1986,
    small-sample factor ``G/(G-1) (N-1)/(N-p)`` as Stata's CR1), because paragraphs of one article are not
    independent. ``cluster`` may also name a document column or be None. A level of a categorical covariate
    whose units all lie in one cluster (a source with a single document, when paragraphs are clustered by
    document) has no variation between clusters, and the sandwich would give it a falsely narrow interval: its
    rows (its expected proportions, its contrast, and for the reference level the intercept and every
    contrast) get no interval (``ci_low``, ``ci_high`` and ``se`` missing; the estimate is kept) and a
    warning names it and the fix (more documents, ``cluster=None``, or ``unit="document"``).

    What ``se`` and the interval assume: the coefficients are drawn from a normal ``N(b, V)``, as STM draws them
    (``rmvnorm`` in ``summary.estimateEffect`` and for its plotted intervals; its ``summary`` reads the p-values
    from t with ``n - p`` degrees of freedom, the intervals here are the normal draws' percentiles), a large-sample
    approximation that is too narrow with few documents. For the classical ``V`` the exact interval of a normal
    regression reads Student's t with ``n - p`` degrees of freedom: with 6 documents and 2 coefficients, t(4) puts
    95 % within ±2.78 standard errors where the normal puts ±1.96, so the interval covers about 88 % (``P(|t_4| <
    1.96)``; 92 % with 11 documents, 94 % with 30). The cluster-robust ``V`` is biased downward with few clusters
    and its normal reference is too narrow as well (Cameron & Miller 2015, "A practitioner's guide to cluster-robust
    inference", J. Human Resources 50(2), sec. VI; Stata reads CR1 with t(G - 1)). The topic model's own
    uncertainty, which the method of composition adds, does not make up for it. With fewer than about 30 documents
    read the intervals as lower bounds on the uncertainty.

    A numeric covariate (an int ``year``) enters as a straight line: its coefficient is the change of the
    expected topic proportion per unit of the column (per year; ten times it per decade), and the intercept is
    the proportion where the column is 0, for a year an extrapolation to year 0 that can lie far outside
    [0, 1] (14.7 for a topic that fell from 0.7 to 0.05 over 1946-2024): read ``expected``, which gives the line
    over the observed range, or centre the column first. ``s(year)`` lets the trend bend; a datetime column
    needs ``s(date)`` (as a plain covariate it is categorical, one level per date).

    Units with a missing covariate value are left out with a warning. ``random_state`` (an int from 0 to
    2**32 - 1) seeds the draws. Returns a :class:`TopicEffects`
    (tables ``coefficients`` and ``expected``).
    """
    model = check_model(model, "estimate_effect")
    specs = as_list(covariates)
    if not specs:
        raise ValueError("covariates is empty; give a column such as 'source', 's(date)' or both")
    for spec in specs:  # a covariate is written as text (a column, s(date, 7), C(year)), as in STM's formula
        check_type("covariates", spec, str, "a column name or spec such as 'source', 's(date)', 'C(year)', or a "
                   "list of them")
    for name, value in (("n_sims", n_sims), ("n_coef_draws", n_coef_draws)):
        check_type(name, value, (int, np.integer), "an int")
        if value < 1:
            raise ValueError(f"{name}={value!r} must be at least 1")
    check_boot(0, ci)
    check_seed("random_state", random_state)
    if reference is not None:
        check_type("reference", reference, Mapping, "a dict of covariate -> reference level, e.g. {'source': 'BBC'}")
    reference = dict(reference or {})
    units = model.units_
    meta = model.meta_columns_
    cols = [_column_of(s) for s in specs]
    for c in cols:
        if c not in units.columns or c not in meta:
            raise ValueError(f"covariate {c!r} is not a document column of the fitted tokens; available: "
                             f"{_fmt(meta)} (tokenize with metadata=[...] to carry more columns)")
    # a reference for a column that is not a categorical covariate was ignored without a word (a typo, or the
    # column's name before load_corpus renamed it 'source'): every contrast then had another baseline
    categorical = [c for s, c in zip(specs, cols, strict=True) if _FACTOR.match(s.strip())
                   or (not _SPLINE.match(s.strip())
                       and not (pd.api.types.is_numeric_dtype(units[c]) and not pd.api.types.is_bool_dtype(units[c])
                                and not isinstance(units[c].dtype, pd.CategoricalDtype)))]
    unknown = [key for key in reference if key not in categorical]
    if unknown:
        raise ValueError(
            f"reference names {_fmt(unknown)}, not a categorical covariate of this regression (covariates="
            f"{specs!r}); " + (f"its keys must be among: {_fmt(categorical)}, e.g. reference={{{categorical[0]!r}: "
                               f"<level>}}" if categorical else "there is no categorical covariate to give a "
                               "reference level for; drop reference="))
    keep = ~units[cols].isna().any(axis=1).to_numpy()
    n_dropped = int((~keep).sum())
    if n_dropped:
        warnings.warn(f"{n_dropped} units have a missing value in {cols} and are left out of estimate_effect",
                      UserWarning, stacklevel=3)
    sub = units[keep].reset_index(drop=True)
    x, names, terms = _design(sub, specs, reference, meta)
    n, p = x.shape
    if n <= p:
        raise TooFewUnitsError(n, p)
    if np.linalg.matrix_rank(x) < p:
        raise ValueError(f"the design matrix of {specs} is rank-deficient (a covariate is constant or "
                         f"collinear with another); drop one of them")
    if cluster == "auto":
        cluster = "doc_id" if model.unit != "document" else None
    if cluster is not None:
        check_one_of("cluster", cluster, ["doc_id", *meta])
        g_codes, g_uniq = pd.factorize(sub[cluster], sort=False)
        n_clusters = len(g_uniq)
        if n_clusters < 2:
            raise ValueError(f"cluster={cluster!r} has {n_clusters} cluster; give cluster=None")
        import scipy.sparse as sp

        z = sp.csr_matrix((np.ones(n), (g_codes, np.arange(n))), shape=(n_clusters, n))
        factor = n_clusters / (n_clusters - 1) * (n - 1) / (n - p)
    else:
        n_clusters = n
    xtx_inv = np.linalg.inv(x.T @ x)
    proj = xtx_inv @ x.T
    k = model.n_topics_
    rng = np.random.default_rng(row_seed(random_state, "estimate_effect"))
    draws = np.empty((n_sims, n_coef_draws, k, p))
    full = np.flatnonzero(keep)
    for s, theta_all in enumerate(_theta_draws(model, n_sims, rng)):
        theta = theta_all[full]
        b = proj @ theta  # p x K
        resid = theta - x @ b
        for t in range(k):
            if cluster is None:
                v = xtx_inv * float(resid[:, t] @ resid[:, t]) / (n - p)
            else:
                scores = np.asarray(z @ (x * resid[:, [t]]))
                v = factor * xtx_inv @ (scores.T @ scores) @ xtx_inv
            root = _psd_sqrt(v)
            draws[s, :, t, :] = b[:, t][None, :] + rng.standard_normal((n_coef_draws, p)) @ root.T
    flat = draws.reshape(-1, k, p)
    est = flat.mean(axis=0)
    se = flat.std(axis=0, ddof=1) if len(flat) > 1 else np.zeros((k, p))
    lo, hi = percentile_interval(flat, ci)
    lonely = _one_cluster_levels(sub, terms, g_codes if cluster is not None else None)
    col_at = {nm: i for i, nm in enumerate(names)}
    for term, levels in lonely.values():
        gone = [col_at[f"{term.name}[T.{v}]"] for v in levels if v != term.levels[0]]
        if term.levels[0] in levels:  # the reference: the intercept and every contrast against it
            gone += [col_at["(Intercept)"], *(col_at[c] for c in term.columns)]
        se[:, gone] = lo[:, gone] = hi[:, gone] = np.nan
    if lonely:
        _warn_one_cluster(lonely, cluster, model.unit)
    labels = model.labels()
    coef = pd.DataFrame({"topic": np.repeat(np.arange(k, dtype=np.int64), p),
                         "label": np.repeat(np.array(labels, dtype=object), p),
                         "term": np.tile(np.array(names, dtype=object), k),
                         "estimate": est.reshape(-1), "se": se.reshape(-1), "ci_low": lo.reshape(-1),
                         "ci_high": hi.reshape(-1), "ci": float(ci)})
    # expected proportions: other design columns at their mean
    means = x.mean(axis=0)
    rows = []
    for term in terms:
        if term.kind == "categorical":
            values = [str(v) for v in term.levels]
            xs = np.tile(means, (len(term.levels), 1))
            for j, c in enumerate(term.columns):
                xs[:, col_at[c]] = [1.0 if lvl == term.levels[j + 1] else 0.0 for lvl in term.levels]
        elif term.kind == "numeric":
            # a straight line over the observed range, as STM's plot.estimateEffect(method="continuous"): the
            # coefficient alone is a change per unit and the intercept the proportion at 0 (year 0 for a year)
            grid = np.linspace(term.lo, term.hi, 25)
            values = [f"{g:g}" for g in grid]
            xs = np.tile(means, (len(grid), 1))
            xs[:, col_at[term.name]] = grid
        else:
            grid = np.linspace(term.lo, term.hi, 25)
            col = _SPLINE.match(term.name).group(1)
            is_date = pd.api.types.is_datetime64_any_dtype(sub[col])
            values = [str((pd.Timestamp("1970-01-01") + pd.to_timedelta(g, unit="D")).date()) if is_date
                      else f"{g:g}" for g in grid]
            xs = np.tile(means, (len(grid), 1))
            basis = _bspline(grid, term)
            for j, c in enumerate(term.columns):
                xs[:, col_at[c]] = basis[:, j]
        pred = np.einsum("vp,dkp->dvk", xs, flat)  # draws x values x topics
        pe = pred.mean(axis=0)
        plo, phi = percentile_interval(pred, ci)
        for i, lvl in enumerate(term.levels if term.name in lonely else []):
            if lvl in lonely[term.name][1]:
                plo[i], phi[i] = np.nan, np.nan
        for t in range(k):
            for i, val in enumerate(values):
                rows.append((t, labels[t], term.name, val, float(pe[i, t]), float(plo[i, t]), float(phi[i, t]),
                             float(ci)))
    expected = pd.DataFrame(rows, columns=["topic", "label", "covariate", "value", "estimate", "ci_low",
                                           "ci_high", "ci"])
    uncertainty = ("Dirichlet(gamma) of each unit (LDA variational posterior)" if model.gamma_ is not None
                   else "multinomial resampling of each unit's words, re-projected on the fixed topics (NMF)")
    params = {"covariates": specs, "n_sims": int(n_sims), "n_coef_draws": int(n_coef_draws), "ci": float(ci),
              "cluster": cluster, "n_units": int(n), "n_clusters": int(n_clusters), "uncertainty": uncertainty,
              "reference": {t.name: t.levels[0] for t in terms if t.kind == "categorical"},
              "n_dropped": n_dropped, "random_state": int(random_state),
              "kinds": {t.name: t.kind for t in terms}}
    return TopicEffects(coefficients=coef, expected=expected, params=params)


def plot_effect(effects: TopicEffects, *, covariate: str | None = None, topics: Sequence[int] | None = None,
                ax: Any = None) -> Any:
    """Expected topic proportion at each level of a covariate, with its interval.

    ``covariate`` defaults to the first in ``effects.expected``; ``topics`` picks topics (all by default).
    A categorical covariate is a point-range plot: one row per topic, one colour per level. A numeric or spline
    covariate (a year, a date) is a line per topic over the covariate's range with its interval as a band, as
    STM's ``plot.estimateEffect(method="continuous")``: its 25 grid points drawn as levels took 25 colours from
    a palette of 10. Returns the matplotlib Axes; never saves.
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    check_type("effects", effects, TopicEffects, "the TopicEffects returned by estimate_effect")
    data = effects.expected
    if len(data) == 0:
        raise ValueError("effects.expected is empty; nothing to plot")
    available = list(dict.fromkeys(data["covariate"]))
    covariate = available[0] if covariate is None else check_one_of("covariate", covariate, available)
    data = data[data["covariate"] == covariate]
    if topics is not None:
        data = data[data["topic"].isin([int(t) for t in as_list(topics)])]
    if effects.params.get("kinds", {}).get(covariate) in ("numeric", "spline"):
        return _plot_continuous_effect(data, covariate, ax)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.5 + 0.45 * data["topic"].nunique() * min(data["value"].nunique(), 6)),
                             layout="constrained")
    values = list(dict.fromkeys(data["value"]))
    # the colour-blind palette has ten colours: from the 11th level on, colours come again with another
    # marker shape, so every level keeps a style of its own (15 genres drew 5 pairs of levels alike)
    palette = sns.color_palette("colorblind", min(max(len(values), 1), 10))
    markers = ["o", "s", "^", "D", "v", "P"]
    topics_shown = list(dict.fromkeys(data["topic"]))
    step = 0.8 / max(len(values), 1)
    for i, val in enumerate(values):
        colour, marker = palette[i % len(palette)], markers[(i // len(palette)) % len(markers)]
        d = data[data["value"] == val].set_index("topic").loc[topics_shown]
        y = np.arange(len(topics_shown)) - 0.4 + step * (i + 0.5)
        ax.errorbar(d["estimate"], y, xerr=[d["estimate"] - d["ci_low"], d["ci_high"] - d["estimate"]],
                    fmt=marker, color=colour, label=str(val), markersize=4, capsize=2)
    labels = data.drop_duplicates("topic").set_index("topic").loc[topics_shown, "label"]
    ax.set_yticks(np.arange(len(topics_shown)))
    ax.set_yticklabels([f"{t}: {lab}" for t, lab in zip(topics_shown, labels, strict=True)])
    ax.invert_yaxis()
    ci = float(data["ci"].iloc[0])
    ax.set_xlabel(f"expected topic proportion ({ci:.0%} interval, method of composition)")
    # outside the axes: inside ("best") it covered intervals once there were many levels
    ax.legend(title=covariate, fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return ax


def _plot_continuous_effect(data: pd.DataFrame, covariate: str, ax: Any) -> Any:
    """:func:`plot_effect` of a numeric or spline covariate: the expected proportion of each topic as a line
    over the covariate's grid, its interval a band."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    m = _SPLINE.match(covariate.strip())
    column = m.group(1) if m else covariate
    x_all = pd.to_numeric(data["value"], errors="coerce")
    if x_all.isna().any():  # a date column's grid is written as dates
        x_all = pd.to_datetime(data["value"], errors="coerce")
    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 4.5))
    topics_shown = list(dict.fromkeys(data["topic"]))
    # ten colour-blind-safe colours; from the 11th topic on they come again with another line style, so
    # each topic keeps a style of its own (20 topics drew 10 pairs alike)
    palette = sns.color_palette("colorblind", min(max(len(topics_shown), 1), 10))
    styles = ["-", "--", ":", "-."]
    for i, t in enumerate(topics_shown):
        colour, style = palette[i % len(palette)], styles[(i // len(palette)) % len(styles)]
        rows = (data["topic"] == t).to_numpy()
        d, x = data[rows], x_all[rows]
        ax.plot(x, d["estimate"], color=colour, lw=1.8, ls=style, label=f"{t}: {d['label'].iloc[0]}")
        ax.fill_between(x, d["ci_low"], d["ci_high"], color=colour, alpha=0.18, lw=0)
    ci = float(data["ci"].iloc[0])
    ax.set_xlabel(column)
    ax.set_ylabel(f"expected topic proportion ({ci:.0%} interval)")
    ax.set_title(f"Topic prevalence over {column} ({'spline' if m else 'linear'}, method of composition)")
    ax.legend(title="topic", fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return ax
