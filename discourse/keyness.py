"""Keyword contrast: keyness between any groups, with effect sizes, tests and dispersion.

This module computes statistics only. Counting lives in :mod:`discourse.counts`: :func:`~discourse.count_terms`
turns a token table into tidy counts (group columns, ``term``, ``n``, ``n_docs``) of words, n-grams and
lexicon phrases, and any such table from elsewhere works as well. :func:`keyness` contrasts one target group with a reference (every
other group, chosen groups, or an external frequency list) and returns one row per term with every
statistic at once; :func:`keyness_all` stacks every group against the rest, or every pair, in the same
columns. All statistics are computed on whole arrays (numpy/scipy), never with a Python loop over terms.

Sources of the methods
----------------------
- Dunning, T. (1993). Accurate methods for the statistics of surprise and coincidence. *Computational
  Linguistics* 19(1): the four-cell log-likelihood ratio G².
- Rayson, P. & Garside, R. (2000). Comparing corpora using frequency profiling. *Workshop on Comparing
  Corpora, ACL*: the two-term log-likelihood of the UCREL log-likelihood calculator.
- Hardie, A. (2014). Log Ratio: an informal introduction. CASS, Lancaster University: binary log of the ratio
  of relative frequencies, zero frequencies adjusted to 0.5.
- Gabrielatos, C. & Marchi, A. (2012). Keyness: appropriate metrics and practical issues. CADS conference,
  Bologna: %DIFF.
- Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words: lexical feature selection and
  evaluation for identifying the content of political conflict. *Political Analysis* 16(4): log-odds ratio
  with an informative Dirichlet prior and its z-score.
- Benjamini, Y. & Hochberg, Y. (1995). Controlling the false discovery rate. *JRSS B* 57(1).
- Lijffijt, J., Nevalainen, T., Säily, T., Papapetrou, P., Puolamäki, K. & Mannila, H. (2016). Significance
  testing of word frequencies in corpora. *Digital Scholarship in the Humanities* 31(2): test over documents,
  not words (Welch's t or the Wilcoxon rank-sum test on per-document relative frequencies), as ``test=`` does.
- Kilgarriff, A. (2005). Language is never, ever, ever, random. *Corpus Linguistics and Linguistic Theory* 1(2).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import special

from . import stats
from ._util import (
    _fmt,
    as_list,
    check_by_names,
    check_columns,
    check_count,
    check_dataframe,
    check_flag,
    check_one_of,
    check_type,
    is_missing,
    renamed_params,
)
from .counts import ATTRS_KEY

__all__ = ["keyness", "keyness_all", "frame_keyness", "KEYNESS_COLUMNS", "KEYNESS_TESTS", "benjamini_hochberg",
           "P_VALUE_NOTE", "P_METHODS"]

_INT_COLUMNS = ["n_target", "n_reference", "total_target", "total_reference"]
_FLOAT_COLUMNS = [
    "g2", "g2_two_term", "p", "p_adjusted", "chi2", "chi2_yates", "log_ratio", "pct_diff", "odds_ratio",
    "log_odds", "log_odds_z", "prior_scale", "docs_target", "docs_reference", "doc_total_target",
    "doc_total_reference", "dispersion_target", "dispersion_reference",
    "p_statistic", "mean_rate_target", "mean_rate_reference",
]
# strings first, then counts, statistics and dispersion, then the settings (correction, prior, p_test, p_method)
KEYNESS_COLUMNS = ["term", "target", "reference", *_INT_COLUMNS, *_FLOAT_COLUMNS, "correction", "prior", "p_test",
                   "p_method"]
#: the distributions ``p`` is read from, as the ``p_method`` column names them: ``chi2`` (G², chi-squared with 1 df),
#: ``t`` (Welch's t, Student's t with Welch–Satterthwaite df), ``normal`` (Mann–Whitney, normal approximation with
#: tie and continuity corrections), ``exact`` (Mann–Whitney, the exact null distribution of U: small samples
#: without ties, as ``scipy.stats.mannwhitneyu(method="auto")`` chooses)
P_METHODS = ["chi2", "t", "normal", "exact"]
#: the tests ``test=`` offers for ``p``: G² over word tokens, or a test over documents (Lijffijt et al. 2016)
KEYNESS_TESTS = ["g2", "welch", "mann_whitney"]
#: names :func:`keyness` and :func:`keyness_all` refuse as group columns: the columns of their table and
#: those they read from the counts (``n_docs``); a group column of one of these names was left out of the
#: table, or overwritten, or a traceback from inside pandas
KEYNESS_RESERVED = (*KEYNESS_COLUMNS, "n", "n_docs")
_STATISTICS = ["g2", "g2_two_term", "chi2", "chi2_yates", "log_ratio", "pct_diff", "odds_ratio", "log_odds",
               "log_odds_z", "n_target", "n_reference", "dispersion_target"]
#: what ``p`` and ``p_adjusted`` assume, said wherever a table shows them (the command line, the report). G² tests
#: a 2x2 table of word tokens, each an independent draw (Dunning 1993), but words come in documents and recur
#: within them (Church & Gale 1995; Kilgarriff 2005), so when the documents are the sample the p-values are far too
#: small: on random halves of the 80 'learned' Brown texts, which differ in nothing, 17 % of 15,036 terms had
#: p < 0.05 and about 700 p_adjusted < 0.05 ('hardy', 48 times in one text: 1e-12). Lijffijt et al. (2016) test
#: over documents instead (Welch's t or Mann-Whitney on per-document frequencies): ``test="welch"`` or
#: ``test="mann_whitney"`` with counts per document (``doc="doc_id"``), whose p are not concerned by this note
P_VALUE_NOTE = ("p and p_adjusted treat every word as an independent draw; words recur within documents, so they "
                "come out far smaller than a test over documents would give (random halves of one Brown genre: 17 % "
                "of terms at p < 0.05). Use them to rank terms; they are not tests of a difference between the "
                "groups the documents come from. For such a test, compare per-document frequencies: "
                "test='welch' or 'mann_whitney' with doc='doc_id' (--test welch).")
_REST = "rest"
_NO_TERMS_WHY = "e.g. documents that hold only punctuation, or only stopwords with drop_stop=True"


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (step-up FDR; same as ``scipy.stats.false_discovery_control``)."""
    p = np.asarray(p, dtype=float)
    m = p.size
    if m == 0:
        return p.copy()
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(ranked, 1.0)
    return out


def _adjust(p: np.ndarray, correction: str) -> np.ndarray:
    """``p`` adjusted for multiple testing over the terms that have a p-value (NaN stays NaN: a test over
    documents has none for a term of one constant rate in every document, as scipy's has none)."""
    ok = ~np.isnan(p)
    if not ok.all():
        out = np.full(p.shape, np.nan)
        out[ok] = _adjust(p[ok], correction)
        return out
    if correction == "bh":
        return benjamini_hochberg(p)
    if correction == "bonferroni":
        return np.minimum(p * p.size, 1.0)
    return p.copy()


def _statistics(a: np.ndarray, b: np.ndarray, c: float, d: float, *, prior: str, prior_scale: float,
                correction: str, prior_terms: tuple[int, float] | None = None) -> dict[str, np.ndarray]:
    """Every keyness statistic for target counts ``a`` (of ``c``) against reference counts ``b`` (of ``d``).

    ``prior_terms``: (number of terms, their pooled count) that the informative prior is taken over, when the
    rows ``a``, ``b`` are a subset of them (``min_count``); default: the rows given."""
    a = a.astype(float)
    b = b.astype(float)
    n = c + d
    with np.errstate(divide="ignore", invalid="ignore"):
        rate_t = a / c
        rate_r = b / d
        sign = np.sign(rate_t - rate_r)
        # four-cell table: O11=a, O12=b, O21=c-a, O22=d-b; row totals r1, r2; column totals c, d
        o21, o22 = c - a, d - b
        r1 = a + b
        r2 = n - r1
        e11, e12 = r1 * c / n, r1 * d / n
        g2 = stats.g2(a, b, o21, o22)
        g2_two = np.maximum(2 * (special.xlogy(a, a / e11) + special.xlogy(b, b / e12)), 0.0)
        denom = r1 * r2 * c * d
        diff = np.abs(a * o22 - b * o21)
        chi2 = n * diff**2 / denom
        chi2_yates = n * np.maximum(diff - n / 2, 0.0) ** 2 / denom
        # Hardie (2014): a zero frequency counts as 0.5 for Log Ratio
        a0 = np.where(a == 0, 0.5, a)
        b0 = np.where(b == 0, 0.5, b)
        log_ratio = np.log2((a0 / c) / (b0 / d))
        pct_diff = (rate_t - rate_r) * 100.0 / rate_r  # Gabrielatos & Marchi (2012); +inf when b == 0
        # odds ratio with the Haldane-Anscombe correction (0.5 added to every cell) when a cell is zero
        h = np.where((a == 0) | (b == 0) | (o21 == 0) | (o22 == 0), 0.5, 0.0)
        odds_ratio = ((a + h) * (o22 + h)) / ((b + h) * (o21 + h))
        # Monroe, Colaresi & Quinn (2008), eq. 16-22: alpha_w from the pooled counts (informative) or flat
        # alpha0 and the pooled total are over every term of the contrast, also those min_count leaves out
        # (the prior is the corpus's word distribution; min_count only removes rows)
        n_terms, pooled = prior_terms if prior_terms is not None else (a.size, None)
        alpha0 = prior_scale * n_terms
        if prior == "informative":
            alpha = alpha0 * r1 / (r1.sum() if pooled is None else pooled) if a.size else r1
        else:
            alpha = np.full(a.size, prior_scale)
        delta = (np.log((a + alpha) / (c + alpha0 - a - alpha))
                 - np.log((b + alpha) / (d + alpha0 - b - alpha)))
        log_odds_z = delta / np.sqrt(1.0 / (a + alpha) + 1.0 / (b + alpha))
    p = special.erfc(np.sqrt(g2 / 2.0))  # chi-squared upper tail, 1 df (= stats.chi2.sf(g2, 1))
    p_adj = _adjust(p, correction)
    return {
        "g2": sign * g2, "g2_two_term": sign * g2_two, "p": p, "p_adjusted": p_adj,
        "chi2": sign * chi2, "chi2_yates": sign * chi2_yates, "log_ratio": log_ratio, "pct_diff": pct_diff,
        "odds_ratio": odds_ratio, "log_odds": delta, "log_odds_z": log_odds_z,
    }


# ------------------------------------------------------------------------------------------ inputs
class _Table:
    """Counts pivoted to a (terms x groups) matrix, with totals and document totals per group."""

    def __init__(self, counts: pd.DataFrame, by: list[str], what: str, totals: Any, doc_totals: Any) -> None:
        check_dataframe(what, counts)
        check_columns(counts, [*by, "term", "n"], what)
        n = counts["n"]
        if not (pd.api.types.is_numeric_dtype(n) and not pd.api.types.is_bool_dtype(n)):
            raise TypeError(f"{what}['n'] must hold counts (integers), got dtype {n.dtype}")
        vals = n.to_numpy(dtype=float, na_value=np.nan)
        bad = ~np.isfinite(vals) | (vals < 0) | (vals != np.round(vals))
        if bad.any():
            rows = counts.loc[bad, [*by, "term", "n"]].head(5)
            raise ValueError(f"{what}['n'] must be non-negative whole counts; {int(bad.sum())} row(s) are not, "
                             f"e.g.:\n{rows.to_string(index=False)}\nround or drop them before calling keyness")
        if counts["term"].isna().any():
            raise ValueError(f"{what}['term'] has {int(counts['term'].isna().sum())} missing value(s); "
                             "drop those rows first")
        for c in by:
            if counts[c].isna().any():
                raise ValueError(f"{what}[{c!r}] has missing group values; fill or drop them first (a contrast of two "
                                 "named groups, target= and reference=, leaves them out)")
        self.by = by
        self.what = what
        self.dtypes = {c: counts[c].dtype for c in by}
        if len(by) == 1:
            gcodes, guniq = pd.factorize(counts[by[0]], sort=True)
            self.groups = [(g,) for g in np.asarray(guniq, dtype=object)]
        elif by:
            gkeys = list(zip(*(counts[c].to_numpy() for c in by), strict=True))
            gcodes, guniq = pd.factorize(pd.Series(gkeys, dtype=object), sort=True)
            self.groups: list[tuple] = [tuple(g) for g in guniq]
        else:
            gcodes = np.zeros(len(counts), dtype=np.int64)
            self.groups = [()]
        meta = counts.attrs.get(ATTRS_KEY) if isinstance(counts.attrs, dict) else None
        if meta is not None and list(meta.get("by", [])) != by:
            meta = _coarser_meta(meta, by, counts)
        #: groups that count_terms recorded (documents) but that have no row: no term of theirs was counted
        self.recorded_empty: set[tuple] = set()
        if meta is not None and by and totals is None:
            gcodes = self._add_recorded_empty(meta, gcodes)
        tcodes, tuniq = pd.factorize(counts["term"].astype(str), sort=True)
        self.terms = np.asarray(tuniq, dtype=object)
        #: each row's term and group, as indices into ``terms`` and ``groups`` (for counts per document)
        self.term_codes, self.group_codes = tcodes, gcodes
        #: the counts per document (:class:`_Units`) when ``doc=`` names them, for the test over documents
        self.units: _Units | None = None
        n_t, n_g = len(self.terms), len(self.groups)
        flat = tcodes.astype(np.int64) * n_g + gcodes
        self.n = np.bincount(flat, weights=vals, minlength=n_t * n_g).reshape(n_t, n_g)
        if "n_docs" in counts.columns:
            d = counts["n_docs"].to_numpy(dtype=float, na_value=np.nan)
            self.docs = np.bincount(flat, weights=np.nan_to_num(d), minlength=n_t * n_g).reshape(n_t, n_g)
            if np.isnan(d).any():
                self.docs[:] = np.nan
        else:
            self.docs = None
        self.meta = meta
        self.totals = self._resolve(totals, meta, "totals", what, fallback=self.n.sum(axis=0))
        self.doc_totals = self._resolve(doc_totals, meta, "doc_totals", what,
                                        fallback=np.full(n_g, np.nan))
        low = self.totals < self.n.sum(axis=0) - 1e-9
        if low.any():
            g = [self.label(i) for i in np.flatnonzero(low)]
            if totals is None and meta is not None and "totals" in meta:
                # no totals= given: they are the ones count_terms recorded, and the table was changed since
                # (groups relabelled into one, n scaled); naming totals= would send the caller to a parameter
                # never passed
                raise ValueError(
                    f"the totals count_terms recorded for group(s) {_fmt(g)} (counts.attrs['discourse_counts']) "
                    f"are smaller than the counts {what} now hold: the table was changed after counting (groups "
                    "relabelled or merged, n changed). Count again with the new groups (relabel the column of the "
                    "token table, then dc.count_terms), pass totals= (each group's total number of terms), or "
                    f"take the sums of n as the totals: {what}.attrs.pop('discourse_counts')")
            raise ValueError(f"totals for group(s) {_fmt(g)} are smaller than the counts they hold; "
                             "check totals= (each group's total number of terms)")

    def _add_recorded_empty(self, meta: Mapping, gcodes: np.ndarray) -> np.ndarray:
        """Add the groups that ``count_terms`` recorded in ``attrs`` (documents, a total of 0 terms) but that have
        no row, because none of their terms was counted (a source whose texts are only punctuation, or only
        stopwords with ``drop_stop=True``): they are groups of the counts all the same, with a total of 0, and
        are not lost from the groups :func:`keyness` and :func:`keyness_all` know. Groups with a recorded total
        above 0 and no row (rows filtered out by the caller) stay out, as before. Returns ``gcodes`` re-coded
        for the merged, sorted groups."""
        recorded_totals = meta.get("totals") or {}
        known = set(self.groups)
        extra: list[tuple] = []
        for src in (meta.get("doc_totals") or {}, recorded_totals):
            for k in src:
                key = k if isinstance(k, tuple) else (k,)
                if len(key) != len(self.by) or key in known or recorded_totals.get(k, 0):
                    continue
                missing = [c for c, v in zip(self.by, key, strict=True) if is_missing(v)]
                if missing:
                    raise ValueError(f"{self.what}.attrs[{ATTRS_KEY!r}] records documents with missing group values "
                                     f"in {missing[0]!r} (none of their terms was counted); fill or drop them "
                                     "before counting")
                known.add(key)
                extra.append(key)
        if not extra:
            return gcodes
        merged = [*self.groups, *extra]
        try:
            merged = sorted(merged)
        except TypeError:  # values that do not compare: the recorded groups after the others
            pass
        pos = {g: i for i, g in enumerate(merged)}
        remap = np.array([pos[g] for g in self.groups], dtype=np.int64)
        self.groups = merged
        self.recorded_empty = set(extra)
        return remap[gcodes] if len(gcodes) else gcodes

    def _resolve(self, given: Any, meta: Mapping | None, key: str, what: str, fallback: np.ndarray) -> np.ndarray:
        if given is None:
            if meta is not None and key in meta:
                rec = meta[key]
                return np.array([float(rec.get(g, f)) for g, f in zip(self.groups, fallback, strict=True)])
            return fallback.astype(float)
        if isinstance(given, str):
            check_one_of(key, given, ["sum"])
            if key == "doc_totals":
                raise ValueError("doc_totals='sum' is not meaningful; give a mapping group -> documents")
            return self.n.sum(axis=0).astype(float)
        if isinstance(given, (int, float, np.integer, np.floating)) and not self.by:
            return np.array([float(given)])
        if isinstance(given, pd.DataFrame):
            value_col = "n" if key == "totals" else "n_docs"
            check_columns(given, [*self.by, value_col], key)
            given = {tuple(r[:-1]): r[-1] for r in given[[*self.by, value_col]].itertuples(index=False)}
        if isinstance(given, pd.Series):
            given = given.to_dict()
        if not isinstance(given, Mapping):
            raise TypeError(f"{key} must be a mapping group -> number, a DataFrame or None; "
                            f"got {type(given).__name__}")
        norm = {(k if isinstance(k, tuple) else (k,)): v for k, v in given.items()}
        missing = [self.label(i) for i, g in enumerate(self.groups) if g not in norm and g not in self.recorded_empty]
        if missing:
            raise ValueError(f"{key} has no value for group(s) {_fmt(missing)} of {what}")
        recorded = (meta or {}).get(key) or {}
        return np.array([float(norm[g]) if g in norm else float(recorded.get(g, f))
                         for g, f in zip(self.groups, fallback, strict=True)])

    def empty(self) -> list[int]:
        """The groups with no counted term (a total of 0): no contrast of their own is defined."""
        return [int(i) for i in np.flatnonzero(~(self.totals > 0))]

    def empty_message(self, idx: Sequence[int]) -> str:
        """The groups ``idx`` named as count_frames names groups without words, and why they have no terms."""
        names = "; ".join(", ".join(f"{c}={v!r}" for c, v in zip(self.by, self.groups[i], strict=True)) or "corpus"
                          for i in idx[:5])
        return f"group(s) with no counted terms: {names}{' ...' if len(idx) > 5 else ''} ({_NO_TERMS_WHY})"

    def label(self, i: int) -> str:
        g = self.groups[i]
        return " / ".join(map(str, g)) if g else "corpus"

    def lost_groups(self) -> list[tuple]:
        """Groups that ``counts.attrs`` records with counted terms (a total above 0) but that have no row:
        their rows were filtered out, e.g. by ``count_terms(min_count=)`` (every term of theirs below it)."""
        if not self.by or self.meta is None:
            return []
        known = set(self.groups)
        keys = [k if isinstance(k, tuple) else (k,) for k, v in (self.meta.get("totals") or {}).items() if v]
        return [k for k in keys if len(k) == len(self.by) and k not in known]

    def lost_why(self, lost: Sequence[tuple]) -> str:
        """Why the groups ``lost`` have no row, and the fix: the min_count that counts.attrs records."""
        names = _fmt([" / ".join(map(str, g)) for g in lost])
        mc = int((self.meta or {}).get("min_count") or 1)
        if mc > 1:
            return (f"counts.attrs records {len(lost)} group(s) with counted terms but no row ({names}): "
                    f"count_terms(min_count={mc}) left none of their terms (each is counted fewer than {mc} "
                    "times over all groups); count with a lower min_count, or with min_count=1 and pass "
                    "min_count= to keyness instead (it only removes rows)")
        return (f"counts.attrs records {len(lost)} group(s) with counted terms but no row ({names}): their "
                "rows were filtered out of counts; keep their rows, or pass totals= for the groups you keep")

    def find(self, value: Any, param: str) -> int:
        if isinstance(value, list) and len(self.by) > 1:
            value = tuple(value)
        key = value if isinstance(value, tuple) else (value,)
        for i, g in enumerate(self.groups):
            if g == key or (len(g) == len(key) and tuple(map(str, g)) == tuple(map(str, key))):
                return i
        lost = [g for g in self.lost_groups()
                if g == key or (len(g) == len(key) and tuple(map(str, g)) == tuple(map(str, key)))]
        if lost:
            raise ValueError(f"{param} {value!r} has no row in counts; {self.lost_why(lost)}")
        where = f"column {self.by[0]!r}" if len(self.by) == 1 else f"columns {self.by!r}"
        raise ValueError(f"{param} {value!r} not found in {where}; available: "
                         f"{_fmt([self.label(i) for i in range(len(self.groups))])}")


def _dropped_by_caller(meta: Mapping, counts: pd.DataFrame, present: set | None = None) -> Callable[[tuple], bool]:
    """Whether a key that ``count_terms`` recorded in ``attrs`` with counted terms was left out of ``counts`` by the
    caller (a filter such as ``counts[counts["doc_id"] != "x"]``, through which pandas keeps ``attrs``). Counts
    made with ``min_count=1`` hold a row for every key with a counted term, and each key's rows add up to its
    recorded total; when the rows left still add up to the totals of their keys, no term was filtered out, so a
    recorded key without a row was dropped as a whole, on purpose, and stays out. Otherwise (a higher
    ``min_count``, or a filter of terms such as ``counts[counts["term"].isin(...)]``) a key may have lost all its
    terms, not itself, and it is kept (with a warning where it matters). ``present``: the keys of ``counts``'
    rows, where the caller has them."""
    recorded = list(meta.get("by", []))
    totals = {(k if isinstance(k, tuple) else (k,)): v for k, v in (meta.get("totals") or {}).items()}
    if int(meta.get("min_count") or 1) > 1 or not all(c in counts.columns for c in recorded):
        return lambda key: False
    rows = float(counts["n"].sum())
    if rows >= sum(float(v) for v in totals.values()) - 0.5:
        return lambda key: False  # the rows hold every recorded term: nothing was filtered out
    if present is None:
        present = set(counts[recorded].drop_duplicates().itertuples(index=False, name=None))
    if rows < sum(float(totals.get(k, 0)) for k in present) - 0.5:
        return lambda key: False  # terms were filtered out: a key without a row lost its terms
    return lambda key: bool(totals.get(key)) and key not in present


def _coarser_meta(meta: Mapping, by: list[str], counts: pd.DataFrame) -> dict | None:
    """The record of ``count_terms`` (``counts.attrs``) for groups ``by`` when the counts were made by more
    columns (``by=["source", "doc_id"]``, compared by ``"source"``): each group's total is the sum of the
    recorded totals of its keys, since every counted token lies in exactly one key; groups recorded with no
    counted term keep a total of 0, and keys the caller filtered out of ``counts`` are left out
    (:func:`_dropped_by_caller`). Without it the totals were the sums of the rows left, so counts per document
    made with ``min_count`` gave other relative frequencies than counts per group (the totals of ``attrs`` exist
    so that they do not), and a group whose documents have no counted term vanished without a word. Documents
    per group are not summed (a column such as ``voice`` splits documents between keys); the test over documents
    counts them from ``doc=``. None when ``by`` is not a subset of the recorded columns: the record does not
    apply."""
    recorded = list(meta.get("by", []))
    if not by or not set(by) <= set(recorded) or len(set(recorded)) != len(recorded):
        return None
    pos = [recorded.index(c) for c in by]
    dropped = _dropped_by_caller(meta, counts)
    recorded_totals = meta.get("totals") or {}
    totals: dict[tuple, float] = {}
    for src in (meta.get("doc_totals") or {}, recorded_totals):
        for k in src:
            key = k if isinstance(k, tuple) else (k,)
            if len(key) == len(recorded) and not dropped(key):
                totals.setdefault(tuple(key[i] for i in pos), 0)
    for k, v in recorded_totals.items():
        key = k if isinstance(k, tuple) else (k,)
        if len(key) == len(recorded) and not dropped(key):
            totals[tuple(key[i] for i in pos)] += v
    out = {k: v for k, v in meta.items() if k not in ("totals", "doc_totals")}
    return {**out, "by": list(by), "totals": totals}


class _Units:
    """Counts per document (the sampling unit) of a :class:`_Table`'s terms, for the test over documents.

    ``counts`` hold one row per (group, document, term); a document is a value of the ``doc`` column(s) within
    a group. Each document's relative frequency of a term is its count over the document's counted terms (its
    total in ``counts.attrs`` when :func:`count_terms` counted by the group and ``doc`` columns, else the sum of
    its ``n``). The group totals, documents and documents containing each term of the table are set from the
    documents, unless ``totals=``/``doc_totals=`` were given."""

    def __init__(self, counts: pd.DataFrame, table: _Table, doc_cols: list[str], *, totals: Any,
                 doc_totals: Any) -> None:
        from scipy import sparse

        check_columns(counts, doc_cols, "counts")
        for c in doc_cols:
            if counts[c].isna().any():
                raise ValueError(f"counts[{c!r}] (doc=) has {int(counts[c].isna().sum())} missing value(s); "
                                 "fill or drop them first")
        cols = [*table.by, *doc_cols]
        ucodes = counts.groupby(cols, sort=True, observed=True, dropna=False).ngroup().to_numpy()
        n_units = int(ucodes.max()) + 1 if len(ucodes) else 0
        first_row = np.full(n_units, -1, dtype=np.int64)
        first_row[ucodes[::-1]] = np.arange(len(ucodes))[::-1]
        ugroup = np.asarray(table.group_codes, dtype=np.int64)[first_row]
        n_terms, n_groups = len(table.terms), len(table.groups)
        vals = counts["n"].to_numpy(dtype=float)
        keys = list(counts[cols].iloc[first_row].itertuples(index=False, name=None))
        meta = counts.attrs.get(ATTRS_KEY) if isinstance(counts.attrs, dict) else None
        recorded: dict = {}
        if meta is not None and list(meta.get("by", [])) == cols:
            recorded = {(k if isinstance(k, tuple) else (k,)): v for k, v in (meta.get("totals") or {}).items()}
            known, gpos = set(keys), {g: i for i, g in enumerate(table.groups)}
            # Documents recorded in attrs without a row here are still documents of their group: those whose
            # terms all fell below min_count have counted terms, and so a rate of 0 of every term in the table,
            # an observation of the test like any other (leaving them out moved p of a term from 0.03 to 0.13 on
            # six documents); those with no counted term (doc_totals only) have a total of 0 and are reported
            # below. Documents the caller filtered out of counts stay out (_dropped_by_caller).
            seen = {(k if isinstance(k, tuple) else (k,)) for k in (meta.get("doc_totals") or {})} | set(recorded)
            dropped = _dropped_by_caller(meta, counts, present=known)
            absent = [k for k in sorted(seen, key=str)
                      if k not in known and k[:len(table.by)] in gpos and not dropped(k)]
            below = [k for k in absent if recorded.get(k)]
            if below:
                warnings.warn(f"keyness: {len(below)} document(s) recorded in counts.attrs have no row (e.g. "
                              f"{_fmt(below[:3])}): none of their terms is left (count_terms(min_count="
                              f"{meta.get('min_count')}), or rows filtered out of counts), so they take part in the "
                              "test over documents with a rate of 0 of every term. To leave documents out, drop "
                              "them from the tokens before counting", UserWarning, stacklevel=4)
            keys += absent
            ugroup = np.concatenate([ugroup, np.array([gpos[k[:len(table.by)]] for k in absent], dtype=np.int64)])
            n_units += len(absent)
        x = sparse.csr_matrix((vals, (ucodes, table.term_codes)), shape=(n_units, n_terms))
        x.sum_duplicates()
        x.eliminate_zeros()
        utotal = np.asarray(x.sum(axis=1)).ravel()
        if recorded:
            utotal = np.array([float(recorded.get(k, t)) for k, t in zip(keys, utotal, strict=True)])
        low = utotal < np.asarray(x.sum(axis=1)).ravel() - 1e-9
        if low.any():
            raise ValueError(f"counts.attrs records fewer terms for {int(low.sum())} document(s) than their rows "
                             f"hold, e.g. {keys[int(np.flatnonzero(low)[0])]!r}; recount with count_terms(by="
                             f"{cols!r})")
        empty = np.flatnonzero(~(utotal > 0))
        if len(empty):
            warnings.warn(f"keyness: {len(empty)} document(s) have no counted terms (e.g. "
                          f"{_fmt([keys[i] for i in empty[:3]])}; {_NO_TERMS_WHY}): they have no relative "
                          "frequencies and are left out of the test over documents (they still count in "
                          "doc_total_*)", UserWarning, stacklevel=4)
        if totals is None:
            table.totals = np.bincount(ugroup, weights=utotal, minlength=n_groups).astype(float)
        if doc_totals is None:
            table.doc_totals = np.bincount(ugroup, minlength=n_groups).astype(float)
        if table.docs is None or "n_docs" not in counts.columns:
            # documents containing each term, per group: the documents' nonzero entries summed by group
            onehot = sparse.csr_matrix((np.ones(n_units), (np.arange(n_units), ugroup)), shape=(n_units, n_groups))
            present = x.copy()
            present.data[:] = 1.0
            table.docs = np.asarray((present.T @ onehot).todense())
        ok = utotal > 0
        #: relative frequencies of the documents with counted terms (documents x terms, CSR) and their groups
        # count / total by division, not times 1/total: division is correctly rounded, so equal fractions (2/1000
        # and 4/2000) give equal floats and tie in the ranks of the Mann-Whitney test, as the exact rates do
        rates = x[np.flatnonzero(ok)].tocsr()
        rates.data = rates.data / np.repeat(utotal[ok], np.diff(rates.indptr))
        self.rates = rates
        self.group = ugroup[ok]
        #: the document part of each unit's key, coded: a document split between groups (by="voice") has one code
        self.doc_code = pd.factorize(pd.Series([k[len(table.by):] for k in keys], dtype=object))[0][ok]
        self.table = table
        self._last: tuple | None = None

    def sizes(self, ti: int, ri: Sequence[int]) -> tuple[int, int]:
        """Documents with counted terms of the target group ``ti`` and of the groups ``ri`` together."""
        return int((self.group == ti).sum()), int(np.isin(self.group, list(ri)).sum())

    def short_groups(self, ti: int, ri: Sequence[int]) -> list[int]:
        """The groups that leave a side of ``ti`` against ``ri`` with fewer than two documents with counted terms:
        the target, or the reference's groups (one group, or every group pooled when they hold fewer than two)."""
        n1, n2 = self.sizes(ti, ri)
        return ([ti] if n1 < 2 else []) + (list(ri) if n2 < 2 else [])

    def test(self, ti: int, ri: Sequence[int], idx: np.ndarray, test: str) -> dict[str, np.ndarray]:
        """The test over documents of the terms ``idx``: target group ``ti`` against the groups ``ri``."""
        target = self.group == ti
        rows = np.flatnonzero(target | np.isin(self.group, list(ri)))
        first = target[rows]
        n1, n2 = int(first.sum()), int((~first).sum())
        # G² needs no documents (they give the mean rates only, defined from one document on); the tests over
        # documents need a variance, or for Mann-Whitney a distribution worth the name, on each side
        if test != "g2" and (n1 < 2 or n2 < 2):
            # name both sides: keyness_all runs many contrasts, and the error must say which one stopped it
            ri = list(ri)
            target_name = repr(self.table.label(ti))
            if len(ri) == 1:
                ref_name = repr(self.table.label(ri[0]))
            elif len(ri) == len(self.table.groups) - 1:
                ref_name = "the rest"
            else:
                ref_name = _fmt([self.table.label(i) for i in ri])
            who = target_name if n1 < 2 else ref_name if len(ri) == 1 else "the reference"
            raise ValueError(f"test={test!r} compares documents and needs at least two documents with counted terms "
                             f"on each side; {who} has {min(n1, n2)} document(s) with counted terms ({target_name} "
                             f"against {ref_name}: {n1} and {n2}). Compare groups with more documents, or use "
                             "test='g2' (a ranking of terms, not a test)")
        both = np.intersect1d(self.doc_code[rows[first]], self.doc_code[rows[~first]])
        if len(both) and test != "g2":
            warnings.warn(f"keyness: {len(both)} document(s) are on both sides of {self.table.label(ti)!r} against its "
                          "reference (the groups split documents, as by='voice' does): test=" f"{test!r} takes the "
                          "two sides as independent documents, which a document's two parts are not. Compare groups "
                          "of whole documents (by='source'), or read p as a ranking", UserWarning, stacklevel=6)
        # the documents and terms of the last contrast, with their ranks: the contrasts of keyness_all against
        # "rest" all take every document and the same terms, and ranking is the costly part of Mann-Whitney
        key = (rows.tobytes(), np.asarray(idx).tobytes())
        if self._last is not None and self._last[0] == key:
            sub, ranks = self._last[1], self._last[2]
        else:
            sub, ranks = self.rates[rows][:, idx], None
        if test == "mann_whitney" and ranks is None:
            ranks = stats.column_ranks(sub)
        self._last = (key, sub, ranks)
        if test == "welch":
            r = stats.welch_columns(sub, first)
            return {"p": r["p"], "statistic": r["t"], "mean_target": r["mean_first"],
                    "mean_reference": r["mean_second"]}
        if test == "mann_whitney":
            r = stats.mann_whitney_columns(sub, first, ranks=ranks)
            return {"p": r["p"], "statistic": r["u"], "mean_target": r["mean_first"],
                    "mean_reference": r["mean_second"], "exact": r["exact"]}
        sums = np.asarray(sub.sum(axis=0)).ravel()
        tsums = np.asarray(sub[np.flatnonzero(first)].sum(axis=0)).ravel()
        with np.errstate(divide="ignore", invalid="ignore"):  # a side without documents has no mean (NaN)
            return {"mean_target": tsums / n1, "mean_reference": (sums - tsums) / n2}


def _units(counts: pd.DataFrame, table: _Table, doc: Any, test: str, totals: Any, doc_totals: Any,
           func: str) -> _Units | None:
    """The documents of ``counts`` for ``doc=`` (None without it); ValueError for a test over documents
    without ``doc=``."""
    doc_cols = as_list(doc)
    if not doc_cols:
        if test != "g2":
            raise ValueError(f"{func}: test={test!r} compares per-document frequencies and needs counts per document "
                             "and the column naming the documents: count with count_terms(tokens, by=[..., "
                             "'doc_id']) and pass doc='doc_id' (the command line does this with --test)")
        return None
    same = [c for c in doc_cols if c in table.by]
    if same:
        raise ValueError(f"doc={doc!r} names the group column {same[0]!r} (by=); doc= names the documents within the "
                         "groups, e.g. by='source', doc='doc_id'")
    check_by_names(doc_cols, KEYNESS_RESERVED, "keyness tables", table="counts", param="doc")
    return _Units(counts, table, doc_cols, totals=totals, doc_totals=doc_totals)


def _check_options(correction: str, prior: str, prior_scale: Any, min_count: Any, sort: str,
                   test: str = "g2") -> None:
    check_one_of("correction", correction, ["bh", "bonferroni", "none"])
    check_one_of("test", test, KEYNESS_TESTS)
    check_one_of("prior", prior, ["informative", "uniform"])
    check_type("prior_scale", prior_scale, (int, float, np.integer, np.floating), "a positive number")
    if not prior_scale > 0:
        raise ValueError(f"prior_scale={prior_scale!r} must be > 0 (the mean prior pseudo-count per term)")
    check_count("min_count", min_count, 0, "the fewest target + reference occurrences a term needs; 0 or 1 keep "
                "every term")
    check_one_of("sort", sort, [*_STATISTICS, "term"])


def _frame(terms: np.ndarray, a: np.ndarray, b: np.ndarray, c: float, d: float, da: np.ndarray | None,
           db: np.ndarray | None, dc: float, dd: float, target: str, reference: str, *, correction: str,
           prior: str, prior_scale: float, min_count: int, sort: str, top: int | None = None,
           top_min_count: int = 1, top_by: Sequence[str] | None = None, test: str = "g2",
           units: Any = None) -> dict[str, Any]:
    """One contrast as a dict of column arrays (term as indices into ``terms``); see :func:`_assemble`.

    With ``top``, every statistic is computed over all terms first and only then are the rows cut to the
    ``top`` highest and ``top`` lowest values of each statistic of ``top_by`` (default: ``sort``) among terms
    counted ``top_min_count``+ times (the union of those rows, in the order of ``sort``).

    ``units``: a function of the kept rows' term indices giving the test over documents (:meth:`_Units.test`),
    or None (counts without documents)."""
    if not d > 0 or not b.sum() > 0:
        raise ValueError(f"the reference ({reference!r}) has no counts (total {d:g}); keyness needs a "
                         "reference with at least one counted term: check reference= and the groups' counts")
    if not c > 0:
        raise ValueError(f"the target ({target!r}) has no counted terms (total {c:g}), so no statistic is defined; "
                         "choose another target= (--target) with counted terms")
    pooled = a + b
    keep = pooled >= max(min_count, 1)
    idx = np.flatnonzero(keep)
    # the informative prior over every term counted in the contrast, before the min_count cut
    prior_terms = None
    if min_count > 1:
        seen = pooled[pooled > 0]
        prior_terms = (seen.size, seen.sum())
    a, b = a[idx], b[idx]
    st = _statistics(a, b, c, d, prior=prior, prior_scale=prior_scale, correction=correction,
                     prior_terms=prior_terms)
    m = len(idx)
    over_docs = units(idx) if units is not None else None
    method = np.full(m, P_METHODS.index({"g2": "chi2", "welch": "t", "mann_whitney": "normal"}[test]), dtype=np.int64)
    if over_docs is None:
        p_statistic, mean_t, mean_r = st["g2"], np.full(m, np.nan), np.full(m, np.nan)
    else:
        mean_t, mean_r = over_docs["mean_target"], over_docs["mean_reference"]
        p_statistic = st["g2"]
        if test != "g2":  # p from the test over documents; G² and every effect size stay as they are
            st["p"] = over_docs["p"]
            st["p_adjusted"] = _adjust(over_docs["p"], correction)
            p_statistic = over_docs["statistic"]
            if "exact" in over_docs:
                method[over_docs["exact"]] = P_METHODS.index("exact")
    if da is not None and db is not None:
        docs_t, docs_r = da[idx], db[idx]
    else:
        docs_t = docs_r = np.full(m, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        disp_t = docs_t / dc if dc > 0 else np.full(m, np.nan)
        disp_r = docs_r / dd if dd > 0 else np.full(m, np.nan)
    cols: dict[str, Any] = {
        "term": idx, "n_target": a.astype(np.int64), "n_reference": b.astype(np.int64),
        "total_target": np.full(m, int(c), dtype=np.int64), "total_reference": np.full(m, int(d), dtype=np.int64),
        **st,
        "prior_scale": np.full(m, float(prior_scale)),
        "docs_target": docs_t, "docs_reference": docs_r,
        "doc_total_target": np.full(m, dc), "doc_total_reference": np.full(m, dd),
        "dispersion_target": disp_t, "dispersion_reference": disp_r,
        "p_statistic": p_statistic, "mean_rate_target": mean_t, "mean_rate_reference": mean_r,
        "p_method": method,
    }
    # stable order: the sort statistic descending, ties by term (terms are in sorted order already)
    if sort != "term":
        o = _sorted_rows(cols[sort])
        if top is not None:  # the rows at both ends of each sorted order, among frequent terms with a value
            frequent = (a + b) >= top_min_count
            chosen = np.zeros(m, dtype=bool)
            for stat in (top_by or [sort]):
                os_ = o if stat == sort else _sorted_rows(cols[stat])
                ok = np.flatnonzero((frequent & ~np.isnan(np.asarray(cols[stat], dtype=float)))[os_])
                if len(ok):
                    chosen[os_[np.union1d(ok[:top], ok[-top:])]] = True
            o = o[chosen[o]]
            m = len(o)
        cols = {k: v[o] for k, v in cols.items()}
    return {"cols": cols, "m": m, "most": int(pooled.max(initial=0)), "terms": terms, "target": target,
            "reference": reference,
            "correction": correction, "prior": prior, "p_test": test, "group": ()}


def _sorted_rows(values: np.ndarray) -> np.ndarray:
    """Row order by ``values`` descending, NaN last, ties in row (term) order."""
    key = np.nan_to_num(np.asarray(values, dtype=float), nan=-np.inf)
    return np.argsort(-key, kind="stable")


def _str_take(values: Sequence[str], codes: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """A pandas string array of ``values[codes]``, built by one vectorised take (no per-row conversion)."""
    return pd.array(np.asarray(values, dtype=object), dtype="str").take(codes)


def _assemble(parts: Iterable[dict[str, Any]], n_rows: int, n_parts: int, table: _Table) -> pd.DataFrame:
    """Stack contrasts from :func:`_frame` (any iterable, consumed once) into one DataFrame.

    Columns are written into preallocated blocks (one float64, one int64), so that stacking many large
    contrasts needs no second copy of the table.
    """
    fl = np.empty((len(_FLOAT_COLUMNS), n_rows))
    it = np.empty((len(_INT_COLUMNS), n_rows), dtype=np.int64)
    term_idx = np.empty(n_rows, dtype=np.int64)
    method_idx = np.empty(n_rows, dtype=np.int64)
    sizes: list[int] = []
    labels: dict[str, list[str]] = {"target": [], "reference": [], "correction": [], "prior": [], "p_test": []}
    groups: list[tuple] = []
    terms = None
    pos = 0
    for part in parts:
        cols, m = part["cols"], part["m"]
        terms = part["terms"]
        for i, k in enumerate(_FLOAT_COLUMNS):
            fl[i, pos:pos + m] = cols[k]
        for i, k in enumerate(_INT_COLUMNS):
            it[i, pos:pos + m] = cols[k]
        term_idx[pos:pos + m] = cols["term"]
        method_idx[pos:pos + m] = cols["p_method"]
        for k, v in labels.items():
            v.append(part[k])
        groups.append(part["group"])
        sizes.append(m)
        pos += m
    if pos != n_rows or len(sizes) != n_parts:  # pragma: no cover - internal consistency
        raise RuntimeError(f"keyness: expected {n_rows} rows in {n_parts} contrasts, got {pos} in {len(sizes)}")
    rep = np.repeat(np.arange(len(sizes)), sizes)
    head = pd.DataFrame({"term": _str_take(terms if terms is not None else [], term_idx),
                         "target": _str_take(labels["target"], rep),
                         "reference": _str_take(labels["reference"], rep)})
    tail = pd.DataFrame({"correction": _str_take(labels["correction"], rep),
                         "prior": _str_take(labels["prior"], rep), "p_test": _str_take(labels["p_test"], rep),
                         "p_method": _str_take(P_METHODS, method_idx)})
    # the target group in the caller's own group columns (by="source" gives a "source" column; no group column
    # is named like a keyness column: KEYNESS_RESERVED)
    own = {}
    for j, c in enumerate(table.by):
        values = pd.Series([g[j] if g else None for g in groups], dtype=object)
        try:
            values = values.astype(table.dtypes[c])
        except (TypeError, ValueError):  # pragma: no cover - values pandas cannot cast back
            pass
        own[c] = values.take(rep).reset_index(drop=True)
    out = pd.concat([pd.DataFrame(own, index=pd.RangeIndex(n_rows)), head,
                     pd.DataFrame(it.T, columns=_INT_COLUMNS, copy=False),
                     pd.DataFrame(fl.T, columns=_FLOAT_COLUMNS, copy=False), tail], axis=1)
    return out


def _one(part: dict[str, Any], table: _Table, ti: int) -> pd.DataFrame:
    part["group"] = table.groups[ti]
    return _assemble([part], part["m"], 1, table)


def _reference_table(reference: pd.DataFrame, totals: Any) -> _Table:
    return _Table(reference, [], "reference", totals, None)


def _align(ref: _Table, terms: np.ndarray) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
    """Reference counts aligned to ``terms`` (0 where absent) and the union of terms."""
    union = np.union1d(terms.astype(str), ref.terms.astype(str)).astype(object)
    pos = np.searchsorted(union.astype(str), ref.terms.astype(str))
    b = np.zeros(len(union))
    b[pos] = ref.n[:, 0]
    db = None
    if ref.docs is not None:
        db = np.zeros(len(union))
        db[pos] = ref.docs[:, 0]
    return b, db, union


# ------------------------------------------------------------------------------------------ keyness
def keyness(counts: pd.DataFrame, *, by: str | Sequence[str] | None = "source", target: Any = None,
            reference: Any = None, correction: str = "bh", prior: str = "informative",
            prior_scale: float = 1.0, min_count: int = 1, totals: Any = None, doc_totals: Any = None,
            sort: str = "g2", test: str = "g2", doc: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Keyness of every term in a target group against a reference: effect sizes, tests and dispersion.

    Parameters
    ----------
    counts : DataFrame
        Tidy counts: the ``by`` column(s), ``term``, ``n`` (non-negative whole numbers) and optionally
        ``n_docs`` (documents containing the term), e.g. from :func:`count_terms`, or from anywhere else.
        Duplicate (group, term) rows are summed.
    by : str, list of str or None
        Group column(s). ``None``: the whole of ``counts`` is the target and ``reference`` must be a
        DataFrame (an external reference list).
    target : value of ``by``
        The target group (a tuple when ``by`` names several columns). Required unless ``by=None``.
    reference : None, a value or list of values of ``by``, or DataFrame
        ``None`` pools every other group ("rest"); a value or list pools those groups; a DataFrame with
        ``term`` and ``n`` (and optionally ``n_docs``) is an external reference frequency list, whose
        total is the sum of its ``n`` unless it carries ``count_terms`` totals.
    correction : {"bh", "bonferroni", "none"}
        Multiple-testing adjustment of ``p`` over the terms of this contrast (Benjamini–Hochberg 1995 by
        default).
    prior : {"informative", "uniform"}
        Dirichlet prior of the log-odds ratio (Monroe et al. 2008): ``informative`` puts prior mass on each
        term in proportion to its pooled (target + reference) count, ``alpha_w = alpha0 * (a_w + b_w) /
        sum(a + b)``; ``uniform`` gives every term ``alpha_w = prior_scale``.
    prior_scale : float
        Mean prior pseudo-count per term: ``alpha0 = prior_scale * number of terms`` counted in target or
        reference, before ``min_count`` (default 1.0).
        Larger values shrink the log-odds of rare terms harder. Recorded in the ``prior_scale`` column.
    min_count : int
        Keep terms whose target + reference count is at least this (totals still count every term). It only
        removes rows: the informative prior of ``log_odds``/``log_odds_z`` (``alpha0`` and the pooled counts
        of ``alpha_w``) is computed over every term counted in target or reference before the cut (Monroe et
        al. 2008: the prior is the corpus's word distribution), so a kept row's statistics are those of
        ``min_count=1``, except ``p_adjusted``, which is adjusted over the rows kept (rare terms filtered out
        before testing, as the CLI's ``--min-count`` does). A ``min_count`` that no term reaches gives an
        empty table with a UserWarning naming the largest count. Counts filtered by
        ``count_terms(min_count=)`` hold only the kept terms, so the prior is then over those.
    totals, doc_totals : None, "sum" (totals only), mapping group -> number, or DataFrame
        The number of terms (``totals``) and of documents (``doc_totals``) per group. ``None`` takes them
        from ``counts.attrs`` as set by :func:`count_terms` when the counts were grouped by the same columns;
        otherwise ``totals`` are the sums of ``n`` per group and ``doc_totals`` are unknown (NaN dispersion).
        A DataFrame gives them as the ``by`` columns plus ``n`` (totals) or ``n_docs`` (documents).
        A group that ``counts.attrs`` records (its documents) but that has no row, because none of its terms
        was counted (documents of only punctuation, or only stopwords with ``drop_stop=True``), is a group
        of total 0: it counts in a pooled reference with no terms and with its documents, and as ``target``
        it is refused with a ValueError naming it (no statistic is defined without counted terms).
        A group that ``counts.attrs`` records with counted terms but that has no row (``count_terms(min_count=)``
        left none of its terms) is named, with ``min_count`` and the fix, in the ValueError when it is the
        ``target`` or leaves fewer than two groups, and in a UserWarning when the pooled reference leaves it out.
    sort : str
        Column to sort by, descending (default ``g2``); ties in term order. ``"term"`` sorts by term.
    test : {"g2", "welch", "mann_whitney"}
        The test behind ``p`` and ``p_adjusted``, recorded in ``p_test``. ``"g2"`` (default): the four-cell G² over
        word tokens, each an independent draw (a ranking of terms when documents are the sample; see ``p``
        below). ``"welch"`` and ``"mann_whitney"``: a test over documents, as Lijffijt et al. (2016) recommend:
        each document's relative frequency of the term (its count over the document's counted terms, 0 where
        absent) is one observation, and the target's documents are compared with the reference's by Welch's
        t-test or by the Wilcoxon rank-sum (Mann–Whitney U) test (:func:`discourse.stats.welch_columns`,
        :func:`discourse.stats.mann_whitney_columns`). The Mann–Whitney p is exact where one side has at most 8
        documents and the term's rates have no ties, else the normal approximation, as
        ``scipy.stats.mannwhitneyu(method="auto")`` chooses; ``p_method`` says which. Needs counts per document and
        ``doc=``, and at least two
        documents with counted terms on each side. Every other statistic (G², the effect sizes) stays as it is.
    doc : str or list of str, optional
        The column(s) of ``counts`` that name the documents within the groups, for counts with one row per
        (group, document, term), e.g. ``count_terms(tokens, by=["source", "doc_id"])`` with ``doc="doc_id"``.
        The rows of a group's documents are summed for the word-level statistics, which are then those of
        ``count_terms(tokens, by="source")``; the group totals, ``doc_total_*`` and ``docs_*`` are counted from
        the documents (unless ``totals=``/``doc_totals=`` are given), and ``mean_rate_*`` are filled. A
        document's counted terms are its total in ``counts.attrs`` (as :func:`count_terms` records it) or else
        the sum of its ``n``, so counts cut by ``min_count`` without ``attrs`` give rates that are too high.
        Documents with no counted terms have no relative frequency: they are left out of the test with a
        UserWarning saying how many. The tests take the two sides' documents as independent samples: a document
        on both sides (groups that split documents, ``by="voice"``) is reported with a UserWarning. Not with
        ``reference=`` as a DataFrame (a frequency list has no documents).

    Returns
    -------
    DataFrame with one row per term counted in the target or the reference, and the columns:

    - the ``by`` columns, named as the caller named them, holding the target group (a ``by`` column named like one
      of the columns below is refused, naming the rename: :data:`KEYNESS_RESERVED`);
    - ``term``; ``target``, ``reference``: group labels (several ``by`` values joined with " / "; the
      pooled reference is "rest", several pooled groups are joined with " + ", an external list is
      "reference", ``by=None`` makes the target "corpus");
    - ``n_target``, ``n_reference`` (a, b): the term's counts; ``total_target``, ``total_reference`` (c, d):
      all terms counted in each side;
    - ``g2``: Dunning's (1993) four-cell log-likelihood ratio G² over the table (a, b; c-a, d-b);
    - ``g2_two_term``: the two-term log-likelihood of Rayson & Garside (2000) as the UCREL calculator
      computes it, ``2 (a ln(a/E1) + b ln(b/E2))``, ``E1 = c (a+b)/(c+d)``, ``E2 = d (a+b)/(c+d)``;
    - ``p``: upper tail of chi² (1 df) at the four-cell G²; ``p_adjusted``: after ``correction``,
      recorded in ``correction``. Both treat every word token as an independent draw (Dunning 1993): words recur
      within documents (Kilgarriff 2005), so with documents as the sample they are far too small (random halves of
      the 80 'learned' Brown texts, which differ in nothing: 17 % of 15,036 terms at ``p < 0.05``, about 700 at
      ``p_adjusted < 0.05``). Rank terms by them; for a test of a difference between groups of documents, compare
      per-document frequencies: ``test="welch"`` or ``"mann_whitney"`` with ``doc=`` (Lijffijt et al. 2016), whose
      ``p`` is that test's two-sided p-value and ``p_adjusted`` its adjustment over the terms (a term of one constant
      rate in every document has no Welch p: NaN, left out of the adjustment). :data:`P_VALUE_NOTE`;
    - ``chi2``, ``chi2_yates``: Pearson's chi² of the four-cell table, without and with Yates' continuity
      correction (as ``scipy.stats.chi2_contingency`` and R's ``chisq.test``);
    - ``log_ratio``: Hardie's (2014) Log Ratio, ``log2((a/c) / (b/d))``, a zero frequency replaced by 0.5
      (so a term absent from one side still gets a finite value; this is Hardie's own adjustment);
    - ``pct_diff``: %DIFF of Gabrielatos & Marchi (2012), ``100 (a/c - b/d) / (b/d)``; ``inf`` when the
      term is absent from the reference;
    - ``odds_ratio``: ``a (d-b) / (b (c-a))``; when a cell is zero, 0.5 is added to all four cells
      (Haldane–Anscombe). Above 1 means over-used in the target; swapping sides gives the reciprocal;
    - ``log_odds``, ``log_odds_z``: Monroe, Colaresi & Quinn's (2008) log-odds ratio with a Dirichlet prior,
      ``delta = ln((a+α)/(c+α0-a-α)) - ln((b+α)/(d+α0-b-α))``, and its z-score
      ``delta / sqrt(1/(a+α) + 1/(b+α))``; ``prior``, ``prior_scale`` record the prior;
    - ``docs_target``, ``docs_reference``: documents containing the term (from ``n_docs``; NaN without it);
      ``doc_total_target``, ``doc_total_reference``: documents in each side (NaN when unknown);
      ``dispersion_target``, ``dispersion_reference``: the share of each side's documents that contain the
      term. A pooled reference sums the groups' documents, which is right when each document belongs to
      one group (``by="source"``) and over-counts for token-level groups such as ``voice``;
    - ``p_statistic``: the statistic ``p`` comes from: the signed ``g2`` (``test="g2"``), Welch's ``t`` (target
      minus reference mean, so signed like the others), or the Mann–Whitney ``U`` of the target's documents (as
      ``scipy.stats.mannwhitneyu(target, reference)`` gives it; above ``n1 n2 / 2``, half the product of the two
      sides' documents, means higher in the target);
    - ``mean_rate_target``, ``mean_rate_reference``: the mean over each side's documents of the term's relative
      frequency (count over the document's counted terms; the means Welch's t compares), with ``doc=``; NaN
      without it. Unlike ``n_target / total_target`` they weigh every document alike, short or long;
    - ``p_test``: the test of ``p`` (``test``);
    - ``p_method``: the distribution ``p`` is read from (:data:`P_METHODS`): ``chi2`` (G²), ``t`` (Welch),
      ``normal`` (Mann–Whitney's normal approximation with tie and continuity corrections) or ``exact``
      (Mann–Whitney's exact null distribution of U, for a term whose rates have no ties when one side has at most
      8 documents: there the approximation is poor, e.g. 3 against 3 documents fully apart have the exact p 0.1
      and the approximation 0.081).

    Every statistic is signed: positive (``odds_ratio`` above 1) means over-used in the target; swapping
    target and reference flips every sign. ``g2``, ``g2_two_term``, ``chi2`` and ``chi2_yates`` are
    magnitudes given the sign of ``a/c - b/d``.

    Notes
    -----
    Each row keeps a term's counts and all its statistics together, and sorting moves whole rows, so a
    frequency-against-z ("fightin' words") plot can take both axes from the same rows (ConvoKit's plot
    paired frequencies in vocabulary order with z-scores in sorted order).

    Validated against: the UCREL log-likelihood calculator's worked example (52 in 50,000 vs 57 in 75,000
    gives LL 2.65), nltk's ``BigramAssocMeasures.likelihood_ratio`` doctest (270.72), quanteda.textstats'
    keyness test fixture (chi² 4.337160, Yates 2.632438, G² 4.534939) and
    ``scipy.stats.false_discovery_control`` (see ``tests/test_keyness.py``). The tests over documents: against
    ``scipy.stats.ttest_ind(equal_var=False)`` and ``scipy.stats.mannwhitneyu(method="auto")`` term by term,
    and on random halves of the 80 'learned' Brown texts, which differ in nothing: of the 2,408 terms found in
    5+ texts, 3.2 % (Welch) and 4.5 % (Mann–Whitney) had ``p < 0.05``, against 24.6 % with G² (10 splits; 0.7 %,
    1.2 % and 17.4 % of all 15,036 terms); see ``tests/test_keyness_documents.py``.

    Examples
    --------
    >>> import discourse as dc
    >>> counts = dc.count_terms(dc.tokenize(dc.load_corpus()), by="source", drop_stop=True)
    >>> key = dc.keyness(counts, by="source", target="The Epoch Times")  # doctest: +SKIP
    """
    _check_options(correction, prior, prior_scale, min_count, sort, test)
    by_cols = as_list(by)
    check_by_names(by_cols, KEYNESS_RESERVED, "keyness tables", table="counts")
    opts = {"correction": correction, "prior": prior, "prior_scale": float(prior_scale),
            "min_count": int(min_count), "sort": sort, "test": test}
    if (by_cols and target is not None and reference is not None and not isinstance(reference, pd.DataFrame)
            and isinstance(counts, pd.DataFrame) and set(by_cols) <= set(counts.columns)
            and counts[by_cols].isna().any(axis=None)):
        # a contrast of two named groups: rows without a group value belong to neither side, so they are left out of
        # it as every other group's rows are (against the rest, they would be part of the rest, and stay an error)
        kept = counts.loc[counts[by_cols].notna().all(axis=1)]
        kept.attrs = counts.attrs
        counts = kept
    table = _Table(counts, by_cols, "counts", totals, doc_totals)
    if isinstance(reference, pd.DataFrame) and (test != "g2" or as_list(doc)):
        raise ValueError(f"test={test!r} and doc= compare the documents of two groups; a reference frequency list "
                         "(reference= as a DataFrame) has no documents. Use test='g2' with it, or count the "
                         "reference corpus by document and pass it as a group of counts")
    if isinstance(reference, pd.DataFrame):
        if by_cols:
            if target is None:
                raise ValueError(f"target is required with by={by!r}; available: "
                                 f"{_fmt([table.label(i) for i in range(len(table.groups))])}")
            ti = table.find(target, "target")
        else:
            ti = 0
        ref = _reference_table(reference, None)
        b, db, union = _align(ref, table.terms)
        pos = np.searchsorted(union.astype(str), table.terms.astype(str))
        a = np.zeros(len(union))
        a[pos] = table.n[:, ti]
        da = None
        if table.docs is not None and db is not None:
            da = np.zeros(len(union))
            da[pos] = table.docs[:, ti]
        part = _frame(union, a, b, table.totals[ti], ref.totals[0], da, db, table.doc_totals[ti],
                      ref.doc_totals[0], table.label(ti), "reference", **opts)
        _warn_min_count("keyness", part["m"], part["most"], min_count)
        return _one(part, table, ti)
    if not by_cols:
        raise ValueError("by=None needs reference= as a DataFrame of (term, n): with no group column there "
                         "is nothing in counts to compare against")
    if len(table.groups) < 2:
        raise ValueError(_too_few_groups(table, by, "keyness") + ", or reference= as a DataFrame of (term, n)")
    table.units = _units(counts, table, doc, test, totals, doc_totals, "keyness")
    if target is None:
        raise ValueError(f"target is required; available: "
                         f"{_fmt([table.label(i) for i in range(len(table.groups))])}")
    ti = table.find(target, "target")
    if ti in table.empty():
        raise ValueError(f"target {target!r} has no counted terms (its total is 0; {_NO_TERMS_WHY}), so no "
                         "statistic is defined for it; choose another target= (--target) with counted terms")
    if reference is None:
        ri = [i for i in range(len(table.groups)) if i != ti]
        ref_label = _REST
        _warn_lost(table, "keyness")
    else:
        refs = reference if isinstance(reference, list) else [reference]
        ri = sorted({table.find(r, "reference") for r in refs})
        if ti in ri:
            raise ValueError(f"reference {reference!r} includes the target {target!r}; "
                             "choose other groups (or None for every other group)")
        ref_label = " + ".join(table.label(i) for i in ri)
    part = _contrast(table, ti, ri, ref_label, opts)
    _warn_min_count("keyness", part["m"], part["most"], min_count)
    return _one(part, table, ti)


def _warn_min_count(func: str, rows: int, most: int, min_count: int) -> None:
    """Warn when min_count left no row of a table (the CLI prints this as its own line instead)."""
    if rows == 0 and most > 0 and min_count > most:
        warnings.warn(f"{func}: no term reaches min_count={int(min_count)} in target + reference (the most "
                      f"frequent term occurs {most:,} times), so the table is empty; lower min_count "
                      f"(--min-count) to at most {most:,}", UserWarning, stacklevel=3)


def _too_few_groups(table: _Table, by: Any, func: str) -> str:
    """The message for counts with fewer than two groups: no rows at all, or one group; naming the groups
    that counts.attrs records but that min_count (or another filter) left without rows."""
    head = (f"counts hold no rows (no group in {by!r})" if not table.groups
            else f"counts hold a single group ({table.label(0)!r}) in {by!r}")
    lost = table.lost_groups()
    if lost:
        return f"{head}; {table.lost_why(lost)}. {func} needs at least two groups"
    return f"{head}; {func} needs at least two groups"


def _warn_lost(table: _Table, func: str) -> None:
    """Warn when count_terms(min_count=) (recorded in counts.attrs) left groups without rows: they are in
    no contrast of keyness_all, nor in a pooled reference ("rest")."""
    lost = table.lost_groups()
    if lost and int((table.meta or {}).get("min_count") or 1) > 1:
        warnings.warn(f"{func}: {table.lost_why(lost)}. They are left out of the contrasts and of the pooled "
                      "reference", UserWarning, stacklevel=3)


def _check_counted(table: _Table, by: Any, func: str) -> None:
    """ValueError when fewer than two groups have counted terms, naming the groups without any."""
    empty = table.empty()
    if empty and len(table.groups) - len(empty) < 2:
        raise ValueError(f"{func} needs at least two groups with counted terms in {by!r}; "
                         f"{table.empty_message(empty)}. Remove those documents before counting, or group by "
                         "another column")


def _rest_sum(m: np.ndarray, ti: int, ri: list[int], cache: dict, key: str) -> np.ndarray:
    """Row sums of ``m`` over the columns ``ri``. For "every group but ``ti``" of whole counts this is the
    row total minus column ``ti``: exact in float64 (whole numbers below 2**53), so identical to summing the
    columns, without copying the other columns once per contrast."""
    if len(ri) == m.shape[1] - 1 and ti not in ri:
        if key not in cache:
            total = m.sum(axis=1)
            whole = bool(np.all(np.isfinite(m)) and np.all(m == np.round(m)) and total.max(initial=0) < 2**53)
            cache[key] = total if whole else None
        if cache[key] is not None:
            return cache[key] - m[:, ti]
    return m[:, ri].sum(axis=1)


def _contrast(table: _Table, ti: int, ri: list[int], ref_label: str, opts: dict) -> dict[str, Any]:
    cache = table.__dict__.setdefault("_row_totals", {})
    a = table.n[:, ti]
    b = _rest_sum(table.n, ti, ri, cache, "n")
    da = db = None
    if table.docs is not None:
        da = table.docs[:, ti]
        db = _rest_sum(table.docs, ti, ri, cache, "docs")
    units = table.units
    over_docs = None if units is None else (lambda idx: units.test(ti, ri, idx, opts.get("test", "g2")))
    part = _frame(table.terms, a, b, table.totals[ti], table.totals[ri].sum(), da, db,
                  table.doc_totals[ti], table.doc_totals[ri].sum(), table.label(ti), ref_label, units=over_docs,
                  **opts)
    part["group"] = table.groups[ti]
    return part


def _skip_short(specs: list[tuple[int, list[int], str]], table: _Table, test: str,
                pairs: bool) -> list[tuple[int, list[int], str]]:
    """The contrasts of ``specs`` whose two sides each have two or more documents with counted terms, with a
    UserWarning naming the groups whose contrasts are skipped (a test over documents needs a variance on each side,
    Welch's t has none from one document); a ValueError when no contrast is left."""
    units = table.units
    kept, skipped, short = [], [], set()
    for spec in specs:
        groups = units.short_groups(spec[0], spec[1])
        if groups:
            skipped.append(spec)
            short.update(groups)
        else:
            kept.append(spec)
    if not skipped:
        return kept
    names = ", ".join(f"{table.label(i)!r} ({units.sizes(i, [])[0]})" for i in sorted(short))
    what = (f"group(s) with fewer than two documents with counted terms (documents in brackets): {names}. "
            f"test={test!r} compares documents and needs at least two on each side (a variance)")
    fix = ("add documents to these groups, merge them into larger groups (relabel the column before counting), or "
           "use test='g2' (a ranking of terms, not a test)")
    if not kept:
        raise ValueError(f"keyness_all: {what}, so no contrast can be tested; {fix}")
    listed = "; ".join(f"{table.label(i)!r} against {'the rest' if label == _REST else repr(label)}"
                       for i, _, label in skipped[:5]) + (" ..." if len(skipped) > 5 else "")
    rest = "" if pairs else " Their documents still count in the rest of the other groups' contrasts."
    warnings.warn(f"keyness_all: {what}; {len(skipped)} of {len(specs)} contrast(s) are skipped ({listed}), the "
                  f"others are kept.{rest} To test them, {fix}", UserWarning, stacklevel=3)
    return kept


@renamed_params(top="top_n")
def keyness_all(counts: pd.DataFrame, *, by: str | Sequence[str] = "source", pairs: bool = False,
                correction: str = "bh", prior: str = "informative", prior_scale: float = 1.0,
                min_count: int = 1, totals: Any = None, doc_totals: Any = None,
                sort: str = "g2", targets: Sequence[Any] | None = None, top_n: int | None = None,
                top_min_count: int = 1, top_by: str | Sequence[str] | None = None, test: str = "g2",
                doc: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Keyness of every group against the rest (or of every pair of groups), stacked in one table.

    Parameters are those of :func:`keyness` (``test=`` and ``doc=`` too: each contrast tests the documents of its
    two sides); ``pairs=True`` contrasts every unordered pair of groups once
    (the first in sorted order as target; swap signs for the other direction) instead of each group
    against all the others. The multiple-testing correction is applied within each contrast.

    targets : list of values of ``by``, optional
        Contrast only these groups against the rest (default: every group; not with ``pairs``). The rows
        are those of the full table for these groups.
    top_n : int, optional
        Keep, in each contrast, only the ``top_n`` terms with the highest and the ``top_n`` with the lowest
        value of ``sort`` (the most over- and under-used), among terms counted at least ``top_min_count``
        times in target and reference together; terms without a value of ``sort`` are left out. Every
        statistic (including ``p_adjusted`` and the informative prior) is computed over all terms before
        the cut, so each row kept is identical to that row of the full table; the full table is never
        built. Needs ``sort`` to be a statistic, not ``"term"``. Called ``top`` before (still accepted, with a
        DeprecationWarning): how many top-ranked rows is ``top_n`` in every function.
    top_by : str or list of str, optional
        With ``top_n``: the statistic(s) whose ``top_n`` highest and lowest terms are kept (default: ``sort``).
        With several, a contrast keeps the union of their rows, each row once, in the order of ``sort``:
        the rows of ``top_n=`` runs with ``sort=`` each of them, without computing the statistics once per run.

    With ``test="welch"`` or ``"mann_whitney"``, a contrast whose target or reference has fewer than two documents
    with counted terms (a genre of one text) is skipped with a UserWarning naming the groups and the fix; the other
    contrasts are kept (a ValueError when none is left). The documents of a skipped group still count in the rest
    of the other groups.

    Groups with no counted terms (a total of 0, e.g. recorded in ``counts.attrs`` by :func:`count_terms` for
    documents of only punctuation, or only stopwords with ``drop_stop=True``) have no contrast of their own:
    they are left out of the targets and of the pairs with a UserWarning naming them, and count in the rest
    of the other groups with no terms and with their documents. Naming one in ``targets=``, or fewer than
    two groups with counted terms, is a ValueError.

    Returns
    -------
    The columns of :func:`keyness` (``KEYNESS_COLUMNS``), contrasts stacked in group order, each sorted as
    ``sort`` says.
    """
    _check_options(correction, prior, prior_scale, min_count, sort, test)
    pairs = check_flag("pairs", pairs)
    top = top_n
    if top is not None:
        check_type("top_n", top, (int, np.integer), "an int (terms kept at each end of every contrast)")
        if top < 1:
            raise ValueError(f"top_n={top!r} must be at least 1 (or None for every term)")
        if sort == "term":
            raise ValueError("top_n= keeps the highest and lowest values of sort=; give a statistic such as "
                             "sort='log_odds_z', not sort='term'")
    check_count("top_min_count", top_min_count, 0, "the fewest target + reference occurrences a term needs "
                "to be among the top rows; 0 or 1 admit every term")
    top_stats = None
    if top_by is not None:
        if top is None:
            raise ValueError("top_by= names the statistics whose top rows top_n= keeps; give top_n= as well")
        top_stats = as_list(top_by)
        if not top_stats:
            raise ValueError("top_by= is empty; name at least one statistic, e.g. top_by=['log_odds_z']")
        for stat in top_stats:
            check_one_of("top_by", stat, _STATISTICS)
    by_cols = as_list(by)
    if not by_cols:
        raise ValueError("keyness_all needs by= naming the group column(s)")
    check_by_names(by_cols, KEYNESS_RESERVED, "keyness tables", table="counts")
    table = _Table(counts, by_cols, "counts", totals, doc_totals)
    g = len(table.groups)
    if g < 2:
        raise ValueError(_too_few_groups(table, by, "keyness_all"))
    _warn_lost(table, "keyness_all")
    table.units = _units(counts, table, doc, test, totals, doc_totals, "keyness_all")
    opts: dict[str, Any] = {"correction": correction, "prior": prior, "prior_scale": float(prior_scale),
                            "min_count": int(min_count), "sort": sort, "test": test}
    _check_counted(table, by, "keyness_all")
    empty = table.empty()
    chosen = [i for i in range(g) if i not in empty]
    if targets is not None:
        if pairs:
            raise ValueError("targets= chooses groups to contrast with the rest; it does not combine with "
                             "pairs=True")
        if isinstance(targets, str) or not isinstance(targets, Sequence):
            raise TypeError(f"targets must be a list of groups, got {type(targets).__name__}: {targets!r:.60}")
        chosen = sorted({table.find(t, "target") for t in targets})
        bad = [i for i in chosen if i in empty]
        if bad:
            raise ValueError(f"targets= names {table.empty_message(bad)}: no statistic is defined for them; "
                             "leave them out of targets=")
    elif empty:
        warnings.warn(f"keyness_all: {table.empty_message(empty)}; they have no contrast of their own (every "
                      "statistic needs counted terms in the target)"
                      + (" and are left out of the pairs" if pairs else
                         " and count in the rest of the other groups with 0 terms and their documents")
                      + ". Remove those documents before counting to silence this", UserWarning, stacklevel=2)
    if pairs:
        specs = [(i, [j], table.label(j)) for i in chosen for j in chosen if j > i]
    else:
        specs = [(i, [k for k in range(g) if k != i], _REST) for i in chosen]
    if table.units is not None and test != "g2":
        specs = _skip_short(specs, table, test, pairs)
    if top is not None:
        opts.update(top=int(top), top_min_count=int(top_min_count), top_by=top_stats)
        kept = [_contrast(table, i, ri, label, opts) for i, ri, label in specs]  # a few rows each
        _warn_min_count("keyness_all", sum(p["m"] for p in kept), max((p["most"] for p in kept), default=0),
                        min_count)
        return _assemble(kept, sum(p["m"] for p in kept), len(kept), table)
    # rows per contrast (terms counted at least min_count times on either side), to preallocate
    cache = table.__dict__.setdefault("_row_totals", {})
    n_rows = most = 0
    for i, ri, _ in specs:
        pooled = table.n[:, i] + _rest_sum(table.n, i, ri, cache, "n")
        n_rows += int((pooled >= max(int(min_count), 1)).sum())
        most = max(most, int(pooled.max(initial=0)))
    _warn_min_count("keyness_all", n_rows, most, min_count)
    parts = (_contrast(table, i, ri, label, opts) for i, ri, label in specs)
    return _assemble(parts, n_rows, len(specs), table)


def __getattr__(name: str) -> Any:
    # count_terms lived here before the counting core (discourse.counts); the old import path works for one
    # release, with a FutureWarning
    if name == "count_terms":
        from . import counts

        warnings.warn("discourse.keyness.count_terms moved to discourse.counts.count_terms (also "
                      "discourse.count_terms); the old path will be removed in the next release",
                      FutureWarning, stacklevel=2)
        return counts.count_terms
    raise AttributeError(f"module 'discourse.keyness' has no attribute {name!r}")


#: names :func:`frame_keyness` refuses as group columns: those of the frame counts it reads
#: (:data:`discourse.framing.FRAME_COUNT_RESERVED`) and of the keyness table it writes
FRAME_KEYNESS_RESERVED = (*KEYNESS_RESERVED, "frame", "voice", "n_endorsed", "n_distanced", "n_quoted", "n_tokens",
                          "rate", "_g", "_c", "_v")


def _frame_words(sub: pd.DataFrame, keys: list[str]) -> dict[tuple, int]:
    """Word tokens per ``keys`` of frame counts of one voice. Each row carries the word tokens of its own group
    (``n_tokens``, repeated on every frame's row), so a frame's rows, summed, hold every group of the table once:
    the total is that sum, the largest over the frames (the same for each frame in a table of
    :func:`discourse.count_frames`, which has a row for every group and frame). Counts finer than ``keys``
    (``count_frames(by=["source", "doc_id"])`` compared by ``"source"``) have one row per document: taking the first
    row of a group had given one document's words as the group's total (7 words for a source of 17, or a ValueError
    when its hits exceeded them)."""
    per_frame = sub.groupby([*keys, "frame"], sort=False, dropna=False, observed=True)["n_tokens"].sum()
    sums = per_frame.groupby(level=list(range(len(keys))), sort=False, dropna=False).max()
    return {(k if isinstance(k, tuple) else (k,)): int(v) for k, v in sums.items()}


def frame_keyness(data: pd.DataFrame, lexicon: Any = "framing", *, by: str | Sequence[str] = "source",
                  voice: str = "all", target: Any = None, reference: Any = None, pairs: bool = False,
                  correction: str = "bh", prior: str = "informative", prior_scale: float = 1.0,
                  sort: str = "g2", test: str = "g2", doc: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Keyness of lexicon frames: which frames a group over- or under-uses, against the rest or a reference.

    Each frame is treated as one "term" whose count is the frame's hits in the group, out of the group's
    word tokens (the ``n_tokens`` of :func:`discourse.count_frames`), so every statistic of :func:`keyness`
    applies unchanged: G² and its p-value, Log Ratio (here: binary log of the ratio of the frame's rates per
    word), %DIFF, the log-odds with an informative Dirichlet prior. Words outside every frame are the rest
    of the table, as other words are for a term. As there, ``p`` and ``p_adjusted`` of ``test="g2"`` treat every
    word as an independent draw (:data:`P_VALUE_NOTE`), and a frame's hits cluster in documents more than a word's
    do; ``test="welch"`` or ``"mann_whitney"`` with ``doc=`` test over documents instead (Lijffijt et al. 2016).

    Parameters
    ----------
    data : DataFrame
        A token table (:func:`discourse.tokenize`; counted with :func:`discourse.count_frames`) or a table
        of frame counts with the ``by`` columns, ``frame``, ``voice``, ``n`` and ``n_tokens`` (and the ``doc``
        column(s) for a test over documents: ``count_frames(tokens, by=["source", "doc_id"])``). Counts finer than
        ``by`` are added up, words included: each group's words are those of its documents.
    lexicon : Lexicon, bundled name, path or dict
        The frames, when ``data`` is a token table.
    by : str or list of str
        Group column(s).
    voice : str
        The voice whose hits and words are compared (``all``, ``author``, ``quoted``...).
    target, reference
        As for :func:`keyness`; ``target=None`` stacks every group against the rest (:func:`keyness_all`).
    pairs : bool
        With ``target=None``: every pair of groups instead of each group against the rest, as
        :func:`keyness_all`.
    correction, prior, prior_scale, sort
        As for :func:`keyness`.
    test : {"g2", "welch", "mann_whitney"}
        As for :func:`keyness`: the test behind ``p`` (``p_test``, ``p_method``). ``"welch"`` and
        ``"mann_whitney"`` compare the documents' rates of each frame (its hits over the document's word tokens in
        ``voice``, 0 where it has none) between the target's and the reference's documents; they need ``doc=``.
    doc : str or list of str, optional
        The column(s) naming the documents within the groups (``"doc_id"``). A token table is then counted per
        document (``count_frames(tokens, by=[*by, *doc])``); frame counts must hold those columns. The word-level
        statistics (counts, G², the effect sizes) are those without ``doc=``; ``docs_*``, ``doc_total_*``,
        ``dispersion_*`` and ``mean_rate_*`` come from the documents. A document without word tokens in ``voice``
        (no quotation, with ``voice="quoted"``) has no rate: it is left out of the test with a UserWarning saying
        how many. With fewer than two documents on a side, :func:`keyness` stops with a ValueError and
        :func:`keyness_all` (``target=None``) skips that contrast with a UserWarning.

    Returns
    -------
    The columns of :func:`keyness` with ``frame`` in place of ``term``: the ``by`` columns, ``frame``,
    ``target``, ``reference``, the counts (``n_target`` hits of the frame, ``total_target`` word tokens of
    the group, ...) and every statistic, with ``p_test``, ``p_method``, ``p_statistic`` and ``mean_rate_*``
    as there.
    """
    check_dataframe("data", data)
    check_one_of("test", test, KEYNESS_TESTS)
    by_cols = as_list(by)
    if not by_cols:
        raise ValueError("frame_keyness needs by= naming the group column(s)")
    doc_cols = as_list(doc)
    if test != "g2" and not doc_cols:
        raise ValueError(f"frame_keyness: test={test!r} compares the documents' rates of each frame and needs doc= "
                         "naming the document column, e.g. doc='doc_id' (a token table is then counted per document)")
    is_tokens = "token" in data.columns
    table_name = "tokens" if is_tokens else "counts"
    check_by_names(by_cols, FRAME_KEYNESS_RESERVED, "frame keyness tables", table=table_name)
    if doc_cols:
        same = [c for c in doc_cols if c in by_cols]
        if same:
            raise ValueError(f"doc={doc!r} names the group column {same[0]!r} (by=); doc= names the documents within "
                             "the groups, e.g. by='source', doc='doc_id'")
        check_by_names(doc_cols, FRAME_KEYNESS_RESERVED, "frame keyness tables", table=table_name, param="doc")
        missing = [c for c in doc_cols if c not in data.columns]
        if missing:
            how = ("" if is_tokens else f"; count the frames per document: count_frames(tokens, by="
                                        f"{[*by_cols, *doc_cols]!r})")
            raise ValueError(f"doc={doc!r}: column {missing[0]!r} is not in the {table_name}{how}")
    if is_tokens:  # a token table
        from .framing import count_frames

        data = count_frames(data, lexicon, by=[*by_cols, *doc_cols])
    check_columns(data, [*by_cols, *doc_cols, "frame", "voice", "n", "n_tokens"], "frame counts")
    voices = sorted(set(map(str, data["voice"].dropna())))
    if voice not in voices:
        raise ValueError(f"voice={voice!r} is not in the frame counts; available: {_fmt(voices)}")
    sub = data[data["voice"] == voice]
    counts = sub[[*by_cols, *doc_cols, "frame", "n"]].rename(columns={"frame": "term"})
    opts: dict[str, Any] = {"correction": correction, "prior": prior, "prior_scale": prior_scale, "sort": sort,
                            "test": test}
    if doc_cols:
        words = _frame_words(sub, [*by_cols, *doc_cols])
        # each document's words, recorded as count_terms records its documents' counted terms: keyness reads a
        # document's rate of a frame as its hits over these words (the sum of n would be its frame hits only)
        counts.attrs = {ATTRS_KEY: {"by": [*by_cols, *doc_cols], "totals": words,
                                    "doc_totals": dict.fromkeys(words, 1), "min_count": 1}}
        opts["doc"] = doc_cols
        silent = [k for k, v in words.items() if v == 0]
        if silent:
            warnings.warn(f"frame_keyness: {len(silent)} document(s) have no word tokens in voice={voice!r} (e.g. "
                          f"{_fmt(silent[:3])}), so no rate of any frame: they are left out of the test over documents "
                          "(they still count in doc_total_*)", UserWarning, stacklevel=2)
    else:
        opts["totals"] = _frame_words(sub, by_cols)
    with warnings.catch_warnings():
        # said above in the words of frames (keyness's own names punctuation and stopwords as the causes)
        warnings.filterwarnings("ignore", message=r"keyness: \d+ document\(s\) have no counted terms",
                                category=UserWarning)
        if target is None:
            out = keyness_all(counts, by=by_cols, pairs=pairs, **opts)
        else:
            out = keyness(counts, by=by_cols, target=target, reference=reference, **opts)
    return out.rename(columns={"term": "frame"})
