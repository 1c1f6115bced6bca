"""Measures that need no hand-built lexicon: Wordscores and Latent Semantic Scaling.

Both are stateful models with scikit-learn rules (``__init__`` stores the options, ``fit`` returns the model,
learned attributes end in ``_``, ``transform`` scores documents into a tidy table):

- :class:`Wordscores` (Laver, Benoit & Garry 2003) learns a score for every word from reference texts whose
  positions are known (e.g. vendor pages +1, rights reports -1) and scores new texts by the mean score of
  their words, with standard errors and the LBG or Martin–Vanberg rescaling, as quanteda.textmodels'
  ``textmodel_wordscores`` and ``predict.textmodel_wordscores`` do.
- :class:`LatentSemanticScaling` (Watanabe 2021) needs only a handful of seed words per pole: it gives every
  word a polarity from its cosine similarity to the seeds in the corpus's own word vectors (a truncated SVD
  of the sentence-by-word matrix, or gensim word2vec) and scores documents by the mean polarity of their
  words, as the LSX package's ``textmodel_lss`` and ``predict.textmodel_lss`` do.

Input is tidy: a count table (``doc_id``, ``term``, ``n``, as :func:`discourse.count_terms` with
``by="doc_id"`` returns it) or a token table from :func:`discourse.tokenize` (counted here with the public
:func:`discourse.count_terms`).
"""

from __future__ import annotations

import fnmatch
import inspect
import re
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.stats import norm

from ._util import (
    _fmt,
    check_ci,
    check_dataframe,
    check_flag,
    check_one_of,
    check_seed,
    check_type,
    renamed_params,
    warn_deprecated,
)

__all__ = ["Wordscores", "LatentSemanticScaling"]

WORDSCORES_COLUMNS = ["doc_id", "score", "se", "ci_low", "ci_high", "rescaled", "rescaled_ci_low",
                      "rescaled_ci_high", "n_scored_words", "n_words", "rescaling"]
LSS_COLUMNS = ["doc_id", "score", "raw_score", "se", "ci_low", "ci_high", "n_scored_words", "n_words"]

_DENSE_SVD_MAX = 1500  # exact LAPACK SVD when the smaller side of the matrix is at most this


# ------------------------------------------------------------------------------------------------ input

def _is_counts(df: pd.DataFrame) -> bool:
    return {"doc_id", "term", "n"} <= set(df.columns)


def _is_tokens(df: pd.DataFrame) -> bool:
    return {"doc_id", "norm", "sentence", "position"} <= set(df.columns)


def _check_one_place(tokens: pd.DataFrame) -> None:
    """The ValueError of :func:`discourse.text.document_order` for a token table in which two rows share
    ``doc_id`` and ``position`` (tables of corpora whose doc ids overlap, joined): the paths that read a token
    table without counting it first (the document matrix of :meth:`LatentSemanticScaling.transform`, the
    sentences of word2vec) would merge the documents, as counting refuses to."""
    from .text import document_order

    document_order(tokens)


def _count(data: Any, param: str, *, by: list[str], drop_stop: bool) -> pd.DataFrame:
    """Tidy counts (``by`` columns, ``term``, ``n``) from a count table or a token table."""
    check_dataframe(param, data)
    if _is_counts(data):
        missing = [c for c in by if c not in data.columns]
        if missing:
            raise ValueError(f"{param} is a count table without column(s) {_fmt(missing)}; count a token "
                             "table by sentence with dc.count_terms(tokens, by=['doc_id', 'sentence']) "
                             "or use unit='document'")
        n = pd.to_numeric(data["n"], errors="coerce")
        vals = n.to_numpy(dtype=float, na_value=np.nan)
        bad = ~np.isfinite(vals) | (vals < 0)  # missing, text, infinite or negative
        if bad.any():
            rows = data.loc[bad, [*by, "term", "n"]].head(5)
            raise ValueError(f"{param}['n'] must be finite non-negative counts; {int(bad.sum())} row(s) are not, "
                             f"e.g.:\n{rows.to_string(index=False)}\nfix or drop them before scaling")
        out = pd.DataFrame({**{c: data[c].astype(str) for c in by}, "term": data["term"].astype(str),
                            "n": n.astype(float)})
        return out.groupby([*by, "term"], sort=True, observed=True)["n"].sum().reset_index()
    if _is_tokens(data):
        from .counts import count_terms

        out = count_terms(data, by=by, drop_stop=drop_stop)
        # count_terms' attrs hold the totals of every unit (e.g. every sentence), which pandas deep-copies on
        # every operation on the table (even taking a column); they are not needed here
        out.attrs = {}
        return pd.DataFrame({**{c: out[c].astype(str) for c in by}, "term": out["term"],
                             "n": out["n"].astype(float)})
    raise ValueError(f"{param} must be a count table with columns 'doc_id', 'term', 'n' (e.g. "
                     "dc.count_terms(tokens, by='doc_id')) or a token table from dc.tokenize (columns "
                     f"'doc_id', 'sentence', 'position', 'norm'); it has: {_fmt(data.columns, 40)}")


def _matrix(counts: pd.DataFrame, unit: list[str], vocab: Sequence[str] | None = None
            ) -> tuple[sparse.csr_matrix, pd.DataFrame, np.ndarray]:
    """Sparse unit-by-term matrix of ``counts``; with ``vocab`` its columns are those terms in that order."""
    units = counts[unit].drop_duplicates().reset_index(drop=True)
    key, ukey = _key(counts, unit), _key(units, unit)
    rows = pd.Index(ukey).get_indexer(key)
    if vocab is None:
        vocab = np.array(sorted(counts["term"].unique()), dtype=object)
    else:
        vocab = np.asarray(vocab, dtype=object)
    cols = pd.Index(vocab).get_indexer(counts["term"])
    ok = cols >= 0
    mat = sparse.csr_matrix((counts["n"].to_numpy(dtype=float)[ok], (rows[ok], cols[ok])),
                            shape=(len(units), len(vocab)))
    return mat, units, vocab


def _key(df: pd.DataFrame, cols: list[str]) -> pd.Series:
    key = df[cols[0]].astype(str)
    for c in cols[1:]:
        key = key + "\x1f" + df[c].astype(str)
    return key


#: tokens per slice when :meth:`LatentSemanticScaling.transform` builds the document matrix from a token table
DOC_MATRIX_ROWS = 2_000_000


def _doc_matrix(tokens: pd.DataFrame, vocab: np.ndarray, drop_stop: bool
                ) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray] | None:
    """The document-by-``vocab`` count matrix of a token table straight from its columns, with the
    documents' ids (str) and word counts: what ``_matrix(_count(tokens, by=["doc_id"]), ["doc_id"], vocab)``
    and the per-document sums of those counts give, equal to the last bit, without building the table of
    (document, term) rows first. Only for the token tables :func:`discourse.tokenize` makes (categorical
    ``doc_id`` of strings and ``norm``, nothing missing); ``None`` otherwise (then the count table is built)."""
    need = ["doc_id", "norm", "is_punct"] + (["is_stop"] if drop_stop else [])
    if not set(need) <= set(tokens.columns):
        return None
    doc, norm = tokens["doc_id"], tokens["norm"]
    if not (isinstance(doc.dtype, pd.CategoricalDtype) and isinstance(norm.dtype, pd.CategoricalDtype)):
        return None
    d = doc.cat.codes.to_numpy()
    if (d < 0).any():
        return None
    keep = ~tokens["is_punct"].to_numpy(dtype=bool)
    if drop_stop:
        keep &= ~tokens["is_stop"].to_numpy(dtype=bool)
    t = norm.cat.codes.to_numpy()[keep]
    d = d[keep].astype(np.int64)
    if (t < 0).any():  # a missing norm is counted as the term "nan" by count_terms: leave it to that path
        return None
    cats = doc.cat.categories
    if pd.api.types.infer_dtype(cats, skipna=False) != "string":  # other ids sort otherwise: that path
        return None
    # documents in the order of their ids (as strings), as count_terms sorts them; those without a counted
    # word are left out
    labels = np.asarray(cats, dtype=object)
    n_words = np.bincount(d, minlength=len(cats)).astype(float)
    present = np.flatnonzero(n_words > 0)
    order = present[np.argsort(labels[present], kind="stable")]
    row = np.full(len(cats), -1, dtype=np.int64)
    row[order] = np.arange(len(order))
    term_col = pd.Index(vocab).get_indexer(norm.cat.categories.astype(str))
    # the matrix is added up over slices of DOC_MATRIX_ROWS tokens, so the working arrays (a few int64 and a
    # float per token) exist for one slice at a time; counts are whole numbers, so the sum is exact
    mat = sparse.csr_matrix((len(order), len(vocab)))
    for lo in range(0, len(t), DOC_MATRIX_ROWS):
        col = term_col[t[lo:lo + DOC_MATRIX_ROWS]]
        ok = col >= 0
        mat = mat + sparse.csr_matrix((np.ones(int(ok.sum())), (row[d[lo:lo + DOC_MATRIX_ROWS][ok]], col[ok])),
                                      shape=mat.shape)
    mat.sum_duplicates()  # canonical form (sorted column indices), as the count table's matrix has
    mat.sort_indices()
    return mat, labels[order], n_words[order]


def _z(ci: float) -> float:
    return float(norm.ppf(1.0 - (1.0 - ci) / 2.0))


def _check_ci(ci: Any) -> float:
    return check_ci(ci)  # the one check of every function that takes ci


def _warn_unscored(given: pd.DataFrame, doc_ids: np.ndarray, n_scored: np.ndarray, *, scored: str,
                   why: str, left_out: str) -> None:
    """Say which documents get no score, rather than give them NaN (or no row) silently.

    ``doc_ids`` are the documents of the result and ``n_scored`` their scored word tokens: a document with none
    has NaN scores (``why`` says why, and what quanteda/LSX give it). A token table's document whose every token
    is left out before counting (``left_out``: punctuation, and stopwords where they are dropped) has no row at
    all; the documents of the token table are compared with those of the result to name them.
    """
    empty = [str(d) for d, n in zip(doc_ids, n_scored, strict=True) if n == 0]
    if empty:
        warnings.warn(f"{len(empty)} document(s) have no word with {scored}, so their scores are NaN "
                      f"(n_scored_words 0): {_fmt(empty, 10)}; {why}", UserWarning, stacklevel=3)
    if _is_tokens(given) and not _is_counts(given):
        have = {str(d) for d in doc_ids}
        lost = [d for d in pd.unique(given["doc_id"].astype(str)) if d not in have]
        if lost:
            warnings.warn(f"{len(lost)} document(s) of the token table have no word to count (only {left_out}) "
                          f"and get no row: {_fmt(lost, 10)}", UserWarning, stacklevel=3)


def _check_fitted(model: Any, attr: str) -> None:
    if not hasattr(model, attr):
        raise ValueError(f"this {type(model).__name__} is not fitted yet; call .fit(...) first")


# ------------------------------------------------------------------------------------------- Wordscores

class Wordscores:
    """Wordscores (Laver, Benoit & Garry 2003): word scores from reference texts, text scores for others.

    Parameters
    ----------
    smoothing : float
        Added to every count of the reference texts (over the whole vocabulary of the counts given to
        :meth:`fit`) before the word scores are computed; 0 (default) is LBG's method. quanteda's
        ``textmodel_wordscores(smooth=)``; called ``smoothing`` here as the pseudo-count added to counts is in
        :func:`discourse.frame_balance` (``smooth=`` still works, with a DeprecationWarning).
    scale : {"linear", "logit"}
        ``linear``: LBG's word score ``S_w = sum_r P(r|w) A_r``; ``logit``: Beauchamp's (2012)
        ``log P(w|high) - log P(w|low)``, for exactly two reference texts and ``smoothing > 0``.
    rescaling : {"none", "lbg", "mv"}
        The ``rescaled`` columns: ``none`` repeats the raw score; ``lbg``: LBG (2003) rescaling,
        ``(S - mean(S)) * sd(A) / sd(S) + mean(S)`` over the documents passed to :meth:`transform`
        (as quanteda does: the set of documents scored changes every rescaled value, so score them together);
        ``mv``: Martin & Vanberg (2008), ``(S - S_low) (A_max - A_min) / (S_high - S_low) + A_min``, with
        ``S_low``/``S_high`` the raw scores of the reference texts at the lowest/highest position (their mean
        where several share it). With more than two reference texts quanteda warns that only the extremes are
        used; so does this class.
    ci : float
        Confidence level of the intervals (default 0.95), ``score ± z se`` with the normal quantile ``z``.

    Attributes (after :meth:`fit`)
    ------------------------------
    wordscores_ : DataFrame
        ``term``, ``score``: one row per word seen in a reference text (words never seen there have no
        score and are left out, as quanteda drops its NA scores), sorted by term.
    reference_ : DataFrame
        ``doc_id``, ``position`` (as given), ``raw_score`` (the reference text scored by the fitted model;
        the anchors of the MV rescaling), ``n_words``.
    positions_ : Series
        The reference positions, indexed by ``doc_id``.
    n_ignored_ : int
        Documents in the fitted counts without a position (not used in fitting, as quanteda's NA scores).

    Notes
    -----
    With ``F_wr`` the relative frequency of word ``w`` in reference text ``r`` and ``A_r`` its position,
    ``P(r|w) = F_wr / sum_r F_wr`` and ``S_w = sum_r P(r|w) A_r``. A text ``v`` with relative frequencies
    ``F_wv`` over its *scored* words gets ``S_v = sum_w F_wv S_w`` and the standard error
    ``sqrt(sum_w F_wv (S_w - S_v)^2) / sqrt(N_v)``, ``N_v`` its number of scored word tokens (LBG 2003,
    eq. 3 and the text below it; quanteda.textmodels R/textmodel_wordscores.R, ``predict``).

    What ``se`` and the interval assume: the word scores ``S_w`` are fixed, known without error, and the text's
    scored word tokens are independent draws from its word distribution. The second holds roughly (the two halves of
    120 UN General Debate speeches of 2010, scored with two reference speeches, differ by 1.19 times what their
    ``se`` say, 8 % beyond 1.96), but the first leaves out the uncertainty of word scores learned from few reference
    texts, which is often the larger part: fitted on the first halves of the two reference speeches and again on
    their second halves, the 120 other speeches' scores moved by 1.5 times their combined ``se`` (after the shift
    common to all of them; 19 % beyond 1.96). With few reference texts the interval is a lower bound on the
    uncertainty of a score; resampling blocks of the texts, as Lowe & Benoit (2013, Political Analysis 21(3)) do for
    Wordfish, takes the reference texts' sampling into account.

    Validated against the LBG (2003) worked example (Table 1, ``data_dfm_lbgexample`` in quanteda): V1
    scores -0.448 with standard error 0.0119, LBG-rescaled -0.53 and MV-rescaled -0.51, as
    quanteda.textmodels' tests/testthat/test-textmodel_wordscores.R expects (see tests/test_scaling.py).
    quanteda's LBG-rescaled ``se.fit`` applies the affine map meant for scores to the standard error
    itself; here ``se`` is always the raw standard error and the rescaled interval is the rescaled image of
    the raw interval, which is what quanteda's ``interval = "confidence"`` returns.

    References: Laver, Benoit & Garry (2003), APSR 97(2) 311–331; Martin & Vanberg (2008), Political
    Analysis 16(1) 93–100; Beauchamp (2012), NYU mimeo.
    """

    @renamed_params(smooth="smoothing")
    def __init__(self, *, smoothing: float = 0.0, scale: str = "linear", rescaling: str = "none",
                 ci: float = 0.95) -> None:
        self.smoothing = smoothing
        self.scale = scale
        self.rescaling = rescaling
        self.ci = ci

    def __repr__(self) -> str:
        # scikit-learn's convention: the parameters that differ from their defaults, then what was learned
        # (a notebook cell ending in the model shows this, not "<... object at 0x...>")
        params = [f"{n}={getattr(self, n)!r}" for n, d in (("smoothing", 0.0), ("scale", "linear"),
                                                          ("rescaling", "none"), ("ci", 0.95))
                  if getattr(self, n) != d]
        if hasattr(self, "wordscores_"):
            state = (f"fitted on {len(self.positions_):,} reference texts, {len(self.wordscores_):,} word "
                     "scores")
        else:
            state = "not fitted"
        return f"Wordscores({', '.join([*params, state])})"

    @property
    def smooth(self) -> float:
        """The old name of :attr:`smoothing` (deprecated)."""
        warn_deprecated("Wordscores.smooth", "Wordscores.smoothing", stacklevel=3)
        return self.smoothing

    @smooth.setter
    def smooth(self, value: float) -> None:
        warn_deprecated("Wordscores.smooth", "Wordscores.smoothing", stacklevel=3)
        self.smoothing = value

    def _check_params(self) -> None:
        check_type("smoothing", self.smoothing, (int, float, np.integer, np.floating), "a number >= 0")
        if isinstance(self.smoothing, bool) or not np.isfinite(self.smoothing) or self.smoothing < 0:
            raise ValueError(f"smoothing={self.smoothing!r} must be a finite number >= 0 (0 is LBG's method)")
        check_one_of("scale", self.scale, ["linear", "logit"])
        check_one_of("rescaling", self.rescaling, ["none", "lbg", "mv"])
        _check_ci(self.ci)

    def fit(self, counts: pd.DataFrame, positions: Mapping | pd.Series) -> Wordscores:
        """Learn word scores from the reference texts.

        Parameters
        ----------
        counts : DataFrame
            Count table (``doc_id``, ``term``, ``n``; e.g. ``dc.count_terms(tokens, by="doc_id")``) or a
            token table from :func:`discourse.tokenize` (then counted with ``count_terms(by="doc_id")``:
            every word, punctuation left out). Documents without a position are not used for fitting. A
            count that is missing, negative or not finite is a ValueError (in :meth:`transform` too).
        positions : mapping or Series
            ``doc_id -> position`` (float) of at least two reference texts with different positions.

        Returns
        -------
        self
        """
        self._check_params()
        counts = _count(counts, "counts", by=["doc_id"], drop_stop=False)
        pos = _positions(positions, counts["doc_id"].unique())
        if self.scale == "logit":
            if len(pos) != 2:
                raise ValueError(f"scale='logit' takes exactly two reference texts (quanteda's rule); got "
                                 f"{len(pos)}. Use scale='linear' for more")
            if self.smoothing <= 0:
                raise ValueError("scale='logit' needs smoothing > 0 (e.g. smoothing=0.5): otherwise a word found in "
                                 "only one reference text gets an infinite score")
        mat, units, vocab = _matrix(counts, ["doc_id"])
        doc_ids = units["doc_id"].to_numpy(dtype=object)
        row = pd.Index(doc_ids).get_indexer(pos.index)
        ref = mat[row].toarray()
        totals = ref.sum(axis=1)
        empty = pos.index[totals == 0].tolist()
        if empty:
            raise ValueError(f"reference text(s) {_fmt(empty)} have no counted words; give them text or "
                             "leave them out of positions")
        if self.smoothing:
            ref = ref + float(self.smoothing)
        y = pos.to_numpy(dtype=float)
        f = ref / ref.sum(axis=1, keepdims=True)  # F_wr: relative frequency of w in r
        col = f.sum(axis=0)
        seen = col > 0
        if self.scale == "linear":
            p = f[:, seen] / col[seen]  # P(r|w)
            sw = y @ p
        else:
            hi, lo = (0, 1) if y[0] > y[1] else (1, 0)
            p = f[:, seen] / col[seen]
            sw = np.log(p[hi]) - np.log(p[lo])
        self.wordscores_ = pd.DataFrame({"term": pd.array(vocab[seen], dtype=object).astype(str),
                                         "score": sw})
        self.positions_ = pos.rename("position")
        self.n_ignored_ = int(len(doc_ids) - len(pos))
        raw, _, n_scored, n_words = self._raw(mat[row], vocab)
        self.reference_ = pd.DataFrame({"doc_id": pos.index.to_numpy(dtype=object), "position": y,
                                        "raw_score": raw, "n_words": n_words.astype(np.int64)})
        return self

    def _raw(self, mat: sparse.csr_matrix, vocab: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        terms = self.wordscores_["term"].to_numpy(dtype=object)
        sw = self.wordscores_["score"].to_numpy(dtype=float)
        idx = pd.Index(vocab).get_indexer(terms)
        have = idx >= 0
        sub = mat[:, idx[have]].toarray()
        s = sw[have]
        n_words = np.asarray(mat.sum(axis=1)).ravel()
        n = sub.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            f = sub / n[:, None]
            raw = f @ s
            se = np.sqrt((f * (raw[:, None] - s[None, :]) ** 2).sum(axis=1)) / np.sqrt(n)
        raw[n == 0] = np.nan
        se[n == 0] = np.nan
        return raw, se, n, n_words

    def transform(self, counts: pd.DataFrame) -> pd.DataFrame:
        """Score documents with the fitted word scores.

        Parameters
        ----------
        counts : DataFrame
            Count table or token table, as in :meth:`fit`. Words without a word score are not used (their
            number is ``n_words - n_scored_words``).

        Returns
        -------
        DataFrame with one row per document (in ``doc_id`` order) and the columns:

        - ``doc_id``;
        - ``score``: the raw text score ``S_v``; ``se``: its standard error (LBG 2003);
        - ``ci_low``, ``ci_high``: ``score ± z se`` at level ``ci``;
        - ``rescaled``, ``rescaled_ci_low``, ``rescaled_ci_high``: the score and interval after
          ``rescaling`` (equal to the raw ones when ``rescaling="none"``);
        - ``n_scored_words``: word tokens with a word score; ``n_words``: all word tokens counted;
        - ``rescaling``: the option used.

        A document without any scored word gets NaN scores and ``n_scored_words`` 0, with a UserWarning naming
        it (quanteda.textmodels gives it 0, a position it has no evidence for); a document of a token table
        with no counted word (punctuation only) gets no row, with a UserWarning naming it.
        """
        _check_fitted(self, "wordscores_")
        self._check_params()
        given = counts
        counts = _count(counts, "counts", by=["doc_id"], drop_stop=False)
        mat, units, vocab = _matrix(counts, ["doc_id"])
        raw, se, n_scored, n_words = self._raw(mat, vocab)
        _warn_unscored(given, units["doc_id"].to_numpy(dtype=object), n_scored, scored="a word score",
                       why="none of their words occurs in a reference text. quanteda.textmodels' predict() gives "
                           "such a text 0, a position it has no evidence for; leave these documents out, or give "
                           "reference texts that share their vocabulary", left_out="punctuation")
        z = _z(self.ci)
        lo, hi = raw - z * se, raw + z * se
        if self.rescaling == "none":
            res, res_lo, res_hi = raw.copy(), lo.copy(), hi.copy()
        elif self.rescaling == "lbg":
            ok = np.isfinite(raw)
            if ok.sum() < 2 or np.nanstd(raw[ok]) == 0:
                raise ValueError("rescaling='lbg' needs at least two scored documents with different raw scores "
                                 "(it rescales their spread); transform the documents together, or use "
                                 "rescaling='none' or 'mv'")
            sdr = float(np.std(self.positions_.to_numpy(dtype=float), ddof=1))
            sv = float(np.mean(raw[ok]))
            mult = sdr / float(np.std(raw[ok], ddof=1))

            def res_fn(x: np.ndarray) -> np.ndarray:
                return (x - sv) * mult + sv

            res, res_lo, res_hi = res_fn(raw), res_fn(lo), res_fn(hi)
        else:
            ref = self.reference_
            ymin, ymax = ref["position"].min(), ref["position"].max()
            if len(ref) > 2:
                warnings.warn("More than two reference scores found with MV rescaling; using only min, max "
                              "values (as quanteda.textmodels)", UserWarning, stacklevel=2)
            s_lo = float(ref.loc[ref["position"] == ymin, "raw_score"].mean())
            s_hi = float(ref.loc[ref["position"] == ymax, "raw_score"].mean())
            if s_hi == s_lo:
                raise ValueError("rescaling='mv' is undefined: the lowest and highest reference texts have the "
                                 "same raw score; use rescaling='none' or 'lbg'")

            def res_fn(x: np.ndarray) -> np.ndarray:
                return (x - s_lo) * (ymax - ymin) / (s_hi - s_lo) + ymin

            res, res_lo, res_hi = res_fn(raw), res_fn(lo), res_fn(hi)
        return pd.DataFrame({
            "doc_id": units["doc_id"].to_numpy(dtype=object), "score": raw, "se": se,
            "ci_low": lo, "ci_high": hi, "rescaled": res, "rescaled_ci_low": res_lo,
            "rescaled_ci_high": res_hi, "n_scored_words": n_scored.astype(np.int64),
            "n_words": n_words.astype(np.int64), "rescaling": self.rescaling,
        })[WORDSCORES_COLUMNS]

    def fit_transform(self, counts: pd.DataFrame, positions: Mapping | pd.Series) -> pd.DataFrame:
        """``fit(counts, positions)`` then ``transform(counts)``: every document of ``counts`` scored."""
        return self.fit(counts, positions).transform(counts)


def _positions(positions: Any, doc_ids: np.ndarray) -> pd.Series:
    if isinstance(positions, pd.Series):
        pos = positions.copy()
    elif isinstance(positions, Mapping):
        pos = pd.Series(dict(positions), dtype=object)
    else:
        raise TypeError(f"positions must be a mapping or a pandas Series doc_id -> position (e.g. "
                        f"{{'vendor1': 1.0, 'ngo1': -1.0}}), got {type(positions).__name__}")
    pos.index = pos.index.map(str)
    if pos.index.has_duplicates:
        raise ValueError(f"positions gives doc_id(s) {_fmt(pos.index[pos.index.duplicated()].unique())} twice")
    vals = pd.to_numeric(pos, errors="coerce")
    bad = pos.index[vals.isna() | ~np.isfinite(vals.astype(float).fillna(np.nan))].tolist()
    if bad:
        # quanteda's textmodel_wordscores(y = c(-1.5, ..., NA)) marks the virgin texts with NA; here they are
        # simply not in positions (every document of the counts is scored by transform)
        raise ValueError(f"positions must be finite numbers; not for doc_id(s) {_fmt(bad)}. Positions are for the "
                         "reference texts only: leave the texts without a known position out of positions "
                         "(quanteda's NA), e.g. positions.dropna(); transform scores every document")
    known = {str(d) for d in doc_ids}
    unknown = [d for d in pos.index if d not in known]
    if unknown:
        raise ValueError(f"positions names doc_id(s) {_fmt(unknown)} that are not in counts; available: "
                         f"{_fmt(sorted(known))}")
    if len(vals) < 2:
        raise ValueError(f"Wordscores needs at least two reference texts with positions; got {len(vals)}. "
                         "Give positions for two or more doc_ids (e.g. one per pole)")
    if vals.nunique() < 2:
        raise ValueError("all reference positions are equal, so every word would get the same score; give "
                         "reference texts at different positions (e.g. +1 and -1)")
    return vals.astype(float)


# ------------------------------------------------------------------------------ Latent Semantic Scaling

def _parse_seeds(seeds: Any) -> pd.DataFrame:
    """Seeds as a table ``pole``, ``seed`` (pattern), ``value`` (+1/-1 or the weight given)."""
    rows: list[tuple[str, str, float]] = []
    if isinstance(seeds, Mapping) and seeds and all(
            isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)
            for v in seeds.values()):
        for s, v in seeds.items():
            check_type("seeds key", s, str, "a word (str)")
            if not np.isfinite(v):
                raise ValueError(f"seeds[{s!r}]={v!r}: seed weights must be finite numbers (positive for the "
                                 "high pole, negative for the low one), e.g. {'smart': 1, 'privacy': -1}")
            rows.append(("positive" if v > 0 else "negative", s, float(v)))
    elif isinstance(seeds, Mapping):
        if len(seeds) not in (1, 2):
            raise ValueError(f"seeds must name one or two poles, e.g. {{'promotional': [...], 'critical': "
                             f"[...]}}; got {len(seeds)}: {_fmt(seeds)}")
        for i, (pole, words) in enumerate(seeds.items()):
            if isinstance(words, str) or not isinstance(words, Sequence | set | frozenset):
                raise TypeError(f"seeds[{pole!r}] must be a list of words, got {type(words).__name__}")
            for w in words:
                check_type(f"seeds[{pole!r}] item", w, str, "a word (str)")
                rows.append((str(pole), w, 1.0 if i == 0 else -1.0))
    elif isinstance(seeds, Sequence) and not isinstance(seeds, str):
        for w in seeds:
            check_type("seeds item", w, str, "a word (str)")
            rows.append(("positive", w, 1.0))
    else:
        raise TypeError("seeds must be a dict pole -> list of words ({'promotional': [...], 'critical': [...]}; "
                        "the first pole scores high), a dict word -> weight (LSX's seedwords), or a list of "
                        f"words; got {type(seeds).__name__}")
    if not rows:
        raise ValueError("seeds is empty; give a few words per pole, e.g. {'promotional': ['smart', 'efficient'], "
                         "'critical': ['surveillance', 'privacy']}")
    out = pd.DataFrame(rows, columns=["pole", "seed", "value"])
    out["seed"] = out["seed"].str.strip().str.lower()
    # a phrase ("human rights") is no word of the vocabulary: it was said not to occur in the corpus and given weight
    # 0 while still counting in its pole's divisor (and a pole of phrases only was refused for the same false
    # reason). Word vectors are of single words, and LSX's seeds are words or globs
    phrases = out.loc[out["seed"].str.contains(r"\s", regex=True), "seed"].drop_duplicates().tolist()
    if phrases:
        first = phrases[0]
        example = max(reversed(first.split()), key=len)
        raise ValueError(f"seeds: LSS seeds are single words (the word vectors are of single words, and LSX's "
                         f"seeds are words or globs); {first!r} is a phrase: give one of its words, e.g. {example!r}, "
                         f"or its hyphenated spelling {'-'.join(first.split())!r} where the corpus writes it so "
                         "(a hyphenated word is one token)"
                         + (f"; all phrase seeds: {_fmt(phrases)}" if len(phrases) > 1 else ""))
    if out["value"].eq(0).any():
        raise ValueError(f"seed weights must not be 0: {_fmt(out.loc[out['value'] == 0, 'seed'])}")
    # a seed on both sides gets +w and -w, which cancel, yet it counts toward the divisor of both poles (LSX's
    # weight_seeds): with one seed per pole every polarity would be 0
    sides = out.assign(side=np.sign(out["value"])).groupby("seed", sort=False)["side"].nunique()
    both = sides.index[sides > 1].tolist()
    if both:
        raise ValueError(f"seed word(s) {_fmt(both)} are given to both poles, where their weights cancel (while "
                         "still counting toward each pole's share); give each seed to one pole only")
    return out


def _refuse_phrase_terms(terms: list[str]) -> None:
    """``terms`` of LSS are words or globs, as its seeds: a phrase matched no word of the vocabulary and was left out
    without a word (or, when all were phrases, refused as absent from the corpus)."""
    phrases = [t for t in dict.fromkeys(terms) if re.search(r"\s", t)]
    if phrases:
        raise ValueError(f"terms: LSS gives polarity to single words (the word vectors are of single words); "
                         f"{phrases[0]!r} is a phrase: give its words, or its hyphenated spelling "
                         f"{'-'.join(phrases[0].split())!r} where the corpus writes it so"
                         + (f"; all phrase terms: {_fmt(phrases)}" if len(phrases) > 1 else ""))


def _warn_absent_terms(absent: list[str]) -> None:
    """``terms`` that match no word of the corpus get no polarity; LSX drops them silently, here it is said (as for
    seeds), since a misspelt term would otherwise just be missing from ``polarity_``."""
    if absent:
        warnings.warn(f"terms {_fmt(list(dict.fromkeys(absent)))} match no word of the corpus and get no polarity"
                      + " (words are matched lowercased, as the 'norm' column); check their spelling",
                      UserWarning, stacklevel=4)


def _expand(pattern: str, vocab: np.ndarray, vocab_set: set) -> list[str]:
    if any(ch in pattern for ch in "*?["):
        return [v for v in vocab if fnmatch.fnmatchcase(v, pattern)]
    return [pattern] if pattern in vocab_set else []


class LatentSemanticScaling:
    """Latent Semantic Scaling (Watanabe 2021): word polarity from seed words, document scores from it.

    Parameters
    ----------
    seeds : dict or list
        ``{"promotional": [...], "critical": [...]}``: two poles, the **first scores high** (+1), the second
        low (-1); or ``{word: weight}`` as LSX's ``seedwords()`` (positive and negative weights); or a list
        of words (one pole). Globs (``surveil*``) are expanded over the vocabulary. As LSX's ``weight_seeds``,
        each seed's weight is divided by the number of seeds on its side and by the number of words its glob
        matches, so both poles weigh the same whatever their size. Seeds are single words or globs, as LSX's:
        a phrase ("human rights": the word vectors are of single words), a seed given to both poles (its
        weights would cancel) and a weight that is 0 or not finite are ValueErrors.
    terms : None, list of str, or mapping str -> float
        Words that receive a polarity (globs allowed); a mapping weights their polarity (LSX's ``terms``;
        weights must be finite numbers >= 0).
        ``None``: every word counted at least ``min_count`` times.
    k : int
        Dimensions of the word vectors (LSX default 300), capped at ``min(units, words) - 1`` with a
        UserWarning (LSX refuses a ``k`` above the number of units); the value used is ``k_``.
    min_count : int
        With ``terms=None``, words counted fewer times get no polarity (they still shape the vectors).
    unit : {"sentence", "document"}
        Rows of the matrix the word vectors come from. LSX's guide says to segment documents into sentences
        first ("This reshaping of the corpus allows LSS to accurately estimate semantic similarity between
        words", LSX vignettes/pkgdown/basic.Rmd); ``"sentence"`` needs a token table.
    engine : {"svd", "word2vec"}
        ``svd`` (default, as LSX's ``textmodel_lss.dfm``): right singular vectors of the unit-by-word count
        matrix (LSX ``weight = "count"``; ``embed <- t(svd$v)``, not scaled by the singular values); an exact
        LAPACK SVD when the matrix is small, else ``scipy.sparse.linalg.svds`` (PROPACK, or ARPACK where
        scipy lacks it; both exact to machine precision) with a start vector drawn from ``random_state``.
        ``word2vec``: gensim skip-gram vectors of size ``k`` (as LSX's
        ``textmodel_lss.tokens``, ``type = "skip-gram"``) trained on the sentences of a token table with
        ``workers=1`` and ``seed=random_state``, for large corpora.
    window : int
        word2vec context window.
    drop_stop : bool
        Leave stopwords out (LSX's guide removes them with ``dfm_remove(stopwords("en"))``).
    rescale : bool
        ``score`` as z-scores over the documents transformed together (LSX ``predict(rescaling = TRUE)``,
        R's ``scale()``); the raw weighted mean is always in ``raw_score``.
    min_n : int
        LSX's ``min_n``: a document with fewer scored words is divided by ``min_n`` instead (pulls short
        documents toward 0).
    ci : float
        Confidence level of ``ci_low``/``ci_high`` (``score ± z se``).
    random_state : int
        Seed of the SVD start vector and of word2vec: an int from 0 to 2**32 - 1.

    Attributes (after :meth:`fit`)
    ------------------------------
    polarity_ : DataFrame
        ``term``, ``polarity`` (``sum_s w_s cos(term, s)``, LSX's ``beta``), ``n`` (count in the fitted
        data), ``is_seed``; sorted by polarity, descending.
    seeds_ : DataFrame
        ``pole``, ``seed`` (as given), ``term`` (vocabulary word it matched; missing when none), ``weight``
        (after LSX's weighting; 0 for a seed not found), ``polarity`` of that term.
    k_ : int
        Dimensions used. ``vocabulary_`` (array of words) and ``vectors_`` (words × ``k_``) hold the vectors.

    Notes
    -----
    Document score (LSX ``predict.textmodel_lss``): ``sum_w c_w beta_w / n`` with ``c_w`` the counts of
    the scored words and ``n = max(sum_w c_w, min_n)``; standard error ``sqrt(var) / sqrt(n)`` with
    ``var = sum_w c_w beta_w^2 / n - (sum_w c_w beta_w / n)^2``, divided by the standard deviation of the
    raw scores when ``rescale=True``. LSX R/textmodel_lss.R (``get_simil``, ``get_beta``, ``weight_seeds``,
    ``cache_svd``) and R/predict.R.

    A word whose vector is zero up to rounding (its column of the matrix lies wholly outside the ``k``
    singular vectors kept, e.g. a word found only in sentences sharing no word with the rest) has cosine
    similarity 0 to every seed and polarity 0, rather than the random polarity its normalised rounding
    noise would give (see ``_null_rows``).

    Reference: Watanabe, K. (2021). Latent Semantic Scaling: A Semisupervised Text Analysis Technique for
    New Domains and Languages. Communication Methods and Measures 15(2), 81–102.
    """

    def __init__(self, *, seeds: Any, terms: Any = None, k: int = 300, min_count: int = 2,
                 unit: str = "sentence", engine: str = "svd", window: int = 5, drop_stop: bool = True,
                 rescale: bool = True, min_n: int = 0, ci: float = 0.95, random_state: int = 0) -> None:
        self.seeds = seeds
        self.terms = terms
        self.k = k
        self.min_count = min_count
        self.unit = unit
        self.engine = engine
        self.window = window
        self.drop_stop = drop_stop
        self.rescale = rescale
        self.min_n = min_n
        self.ci = ci
        self.random_state = random_state

    def __repr__(self) -> str:
        # the seeds as their number per pole (a seed list can be long), the parameters that differ from their
        # defaults (scikit-learn's convention), then what was learned; short whatever the corpus
        seeds = self.seeds
        if isinstance(seeds, Mapping) and seeds and all(isinstance(v, (list, tuple, set)) for v in seeds.values()):
            shown = "{" + ", ".join(f"{k!r}: {len(v)}" for k, v in seeds.items()) + "} words"
        elif isinstance(seeds, Mapping):
            shown = f"{len(seeds)} weighted words"
        elif isinstance(seeds, (list, tuple, set)):
            shown = f"{len(seeds)} words"
        else:
            shown = f"{seeds!r:.40}"
        defaults = {"terms": None, "k": 300, "min_count": 2, "unit": "sentence", "engine": "svd", "window": 5,
                    "drop_stop": True, "rescale": True, "min_n": 0, "ci": 0.95, "random_state": 0}
        params = [f"seeds={shown}"]
        for n, d in defaults.items():
            v = getattr(self, n)
            if n == "k" or not (v is d or (type(v) is type(d) and v == d)):
                params.append(f"{n}={v!r:.40}")
        if hasattr(self, "polarity_"):
            units = "sentences" if self.unit == "sentence" else f"units ({self.unit})"
            params.append(f"fitted on {self.n_units_:,} {units}, {len(self.polarity_):,} word polarities, "
                          f"k_={self.k_}")
        else:
            params.append("not fitted")
        return f"LatentSemanticScaling({', '.join(params)})"

    def _check_params(self) -> None:
        for name in ("k", "min_count", "window", "min_n"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
                raise TypeError(f"{name} must be an int, got {type(v).__name__}: {v!r}")
        check_seed("random_state", self.random_state)
        for name in ("drop_stop", "rescale"):  # "False" is true in Python: it had standardised the scores
            check_flag(name, getattr(self, name))
        if self.k < 2:
            raise ValueError(f"k={self.k} must be at least 2 (LSX's minimum)")
        if self.window < 1:
            raise ValueError(f"window={self.window} must be at least 1")
        for name in ("min_count", "min_n"):  # counts of words: a negative one was taken as 0
            if getattr(self, name) < 0:
                raise ValueError(f"{name}={getattr(self, name)} must be at least 0")
        check_one_of("unit", self.unit, ["sentence", "document"])
        check_one_of("engine", self.engine, ["svd", "word2vec"])
        _check_ci(self.ci)

    def fit(self, tokens: pd.DataFrame) -> LatentSemanticScaling:
        """Build word vectors from ``tokens`` and give every term its polarity.

        Parameters
        ----------
        tokens : DataFrame
            A token table from :func:`discourse.tokenize` (any corpus: the seeds need not be in a lexicon),
            or, with ``unit="document"`` and ``engine="svd"``, a count table (``doc_id``, ``term``, ``n``).

        Returns
        -------
        self
        """
        self._check_params()
        seeds = _parse_seeds(self.seeds)
        check_dataframe("tokens", tokens)
        unit = ["doc_id", "sentence"] if self.unit == "sentence" else ["doc_id"]
        if self.engine == "word2vec" or self.unit == "sentence":
            if not _is_tokens(tokens):
                raise ValueError(f"unit={self.unit!r} with engine={self.engine!r} needs a token table from "
                                 "dc.tokenize (columns 'doc_id', 'sentence', 'position', 'norm'); for a count "
                                 "table use unit='document', engine='svd'")
        counts = _count(tokens, "tokens", by=unit, drop_stop=self.drop_stop)
        if counts.empty:
            raise ValueError("tokens has no words to count (after leaving out punctuation"
                             + (" and stopwords)" if self.drop_stop else ")"))
        mat, units, vocab = _matrix(counts, unit)
        freq = np.asarray(mat.sum(axis=0)).ravel()
        if self.engine == "svd":
            vectors = self._svd(mat)
        else:
            vectors = self._word2vec(tokens, vocab)
        vocab_set = set(vocab.tolist())

        # seeds: glob expansion and LSX's weighting (weight / seeds on that side / words the glob matched)
        side = np.sign(seeds["value"].to_numpy())
        n_side = {s: int((side == s).sum()) for s in (1.0, -1.0)}
        rows = []
        for (pole, seed, value), sgn in zip(seeds.itertuples(index=False), side, strict=True):
            matched = _expand(seed, vocab, vocab_set)
            for t in matched:
                rows.append((pole, seed, t, value / n_side[sgn] / len(matched)))
            if not matched:
                rows.append((pole, seed, None, 0.0))
        seed_tab = pd.DataFrame(rows, columns=["pole", "seed", "term", "weight"])
        found = seed_tab.dropna(subset=["term"])
        if found.empty:
            raise ValueError(f"none of the seed words {_fmt(seeds['seed'])} occurs in the corpus"
                             + (" (stopwords are left out)" if self.drop_stop else "")
                             + "; check their spelling (they are matched lowercased, as the 'norm' column) or "
                               "choose words that occur")
        for pole in seeds["pole"].unique():
            if not (found["pole"] == pole).any():
                raise ValueError(f"no seed word of pole {pole!r} occurs in the corpus "
                                 f"({_fmt(seeds.loc[seeds['pole'] == pole, 'seed'])}); add words that occur")
        missing = seed_tab.loc[seed_tab["term"].isna(), "seed"].tolist()
        if missing:
            warnings.warn(f"seed word(s) {_fmt(missing)} do not occur in the corpus and get weight 0 (LSX still "
                          "counts them when dividing a pole's weight); see seeds_", UserWarning, stacklevel=2)
        seed_w = found.groupby("term", sort=False)["weight"].sum()

        # terms that get a polarity
        theta = self._theta(vocab, vocab_set, freq)
        index = pd.Index(vocab)
        t_idx = index.get_indexer(theta.index)
        s_idx = index.get_indexer(seed_w.index)
        unit_v = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-300)
        unit_v[_null_rows(vectors)] = 0.0
        sim = unit_v[t_idx] @ unit_v[s_idx].T  # cosine similarity, LSX get_simil(method = "cosine")
        beta = (sim @ seed_w.to_numpy(dtype=float)) * theta.to_numpy(dtype=float)
        pol = pd.DataFrame({"term": theta.index.to_numpy(dtype=object).astype(str), "polarity": beta,
                            "n": freq[t_idx].astype(np.int64),
                            "is_seed": theta.index.isin(seed_w.index)})
        self.polarity_ = pol.sort_values(["polarity", "term"], ascending=[False, True],
                                         kind="stable").reset_index(drop=True)
        pmap = dict(zip(pol["term"], pol["polarity"], strict=True))
        seed_tab["polarity"] = [pmap.get(t, np.nan) if t is not None else np.nan for t in seed_tab["term"]]
        self.seeds_ = seed_tab
        self.vocabulary_ = vocab.astype(str)
        self.vectors_ = vectors
        self.n_units_ = int(mat.shape[0])
        return self

    def _theta(self, vocab: np.ndarray, vocab_set: set, freq: np.ndarray) -> pd.Series:
        if self.terms is None:
            keep = freq >= self.min_count
            if not keep.any():
                raise ValueError(f"no word is counted at least min_count={self.min_count} times; lower min_count")
            return pd.Series(1.0, index=pd.Index(vocab[keep], dtype=object))
        if isinstance(self.terms, Mapping):
            vals = pd.Series(dict(self.terms), dtype=float)
            bad = ~np.isfinite(vals.to_numpy()) | (vals.to_numpy() < 0)
            if bad.any():
                raise ValueError(f"terms weights must be finite non-negative numbers (LSX's rule); not for "
                                 f"{_fmt(vals.index[bad])}")
            vals.index = vals.index.map(lambda s: str(s).lower())
            _refuse_phrase_terms(list(vals.index))
            _warn_absent_terms([t for t in vals.index if t not in vocab_set])
            vals = vals[vals.index.isin(vocab_set)]
        elif isinstance(self.terms, Sequence) and not isinstance(self.terms, str):
            words: list[str] = []
            for pat in self.terms:
                check_type("terms item", pat, str, "a word or glob (str)")
            _refuse_phrase_terms([p.strip().lower() for p in self.terms])
            absent = []
            for pat in self.terms:
                matched = _expand(pat.lower(), vocab, vocab_set)
                words.extend(matched)
                if not matched:
                    absent.append(pat)
            _warn_absent_terms(absent)
            vals = pd.Series(1.0, index=pd.Index(list(dict.fromkeys(words)), dtype=object))
        else:
            raise TypeError(f"terms must be None, a list of words or a dict word -> weight, got "
                            f"{type(self.terms).__name__}")
        if vals.empty:
            raise ValueError("none of the terms occurs in the corpus; check their spelling or use terms=None")
        return vals

    def _svd(self, mat: sparse.csr_matrix) -> np.ndarray:
        small = min(mat.shape)
        k = min(int(self.k), small - 1)
        if k < 2:
            raise ValueError(f"too little data for word vectors: a {mat.shape[0]} × {mat.shape[1]} matrix gives "
                             "fewer than 2 dimensions; give more sentences or documents")
        self.k_ = k
        if k < int(self.k):
            # LSX refuses a k above the number of rows (check_integer(k, max = nrow(x))). Capping keeps a small
            # corpus usable, but it is said: with k this close to the rank the vectors keep almost the whole
            # matrix instead of its leading dimensions, whose smoothing the similarities rest on (Watanabe 2021)
            what = "sentence" if self.unit == "sentence" else "document"
            warnings.warn(f"k={self.k} is more than a {mat.shape[0]} × {mat.shape[1]} {what}-by-word matrix allows; "
                          f"using k={k} (k_). LSX refuses a k above the number of {what}s; with k this close to "
                          "it the word vectors keep almost the whole matrix rather than its leading dimensions, "
                          f"so the polarities are unstable: give more {what}s, or a k well below {small}",
                          UserWarning, stacklevel=3)
        if small <= _DENSE_SVD_MAX:
            _, _, vt = np.linalg.svd(mat.toarray(), full_matrices=False)
            v = vt[:k].T
        else:
            v = _sparse_svd(mat.astype(float), k, self.random_state)
        return np.ascontiguousarray(v)

    def _word2vec(self, tokens: pd.DataFrame, vocab: np.ndarray) -> np.ndarray:
        from gensim.models import Word2Vec

        from .text import sentence_words

        _check_one_place(tokens)
        sents = sentence_words(tokens, self.drop_stop)
        k = int(self.k)
        self.k_ = k
        model = Word2Vec(sentences=sents, vector_size=k, window=int(self.window), min_count=1, sg=1,
                         workers=1, seed=int(self.random_state))
        out = np.zeros((len(vocab), k), dtype=float)
        for i, w in enumerate(vocab):
            if w in model.wv.key_to_index:
                out[i] = model.wv[w]
        return out

    def transform(self, tokens: pd.DataFrame) -> pd.DataFrame:
        """Score documents: the frequency-weighted mean polarity of their words, with standard errors.

        Parameters
        ----------
        tokens : DataFrame
            Token table (counted per ``doc_id``) or count table (``doc_id``, ``term``, ``n``).

        Returns
        -------
        DataFrame with one row per document (in ``doc_id`` order) and the columns:

        - ``doc_id``;
        - ``score``: z-score of ``raw_score`` over the documents transformed together when ``rescale``
          (LSX's default), else ``raw_score``;
        - ``raw_score``: ``sum_w c_w beta_w / n`` (NaN for a document without any scored word, with a
          UserWarning naming it; a document of a token table with no counted word gets no row, with a
          UserWarning naming it);
        - ``se``: standard error of ``score`` (LSX ``se_fit``; NaN when ``n <= 1``);
        - ``ci_low``, ``ci_high``: ``score ± z se`` at level ``ci``;
        - ``n_scored_words``: word tokens with a polarity; ``n_words``: all word tokens counted.
        """
        _check_fitted(self, "polarity_")
        self._check_params()
        vocab = self.polarity_["term"].to_numpy(dtype=object)
        beta = self.polarity_["polarity"].to_numpy(dtype=float)
        direct = None
        if _is_tokens(tokens):
            _check_one_place(tokens)
            direct = _doc_matrix(tokens, vocab, self.drop_stop)
        if direct is not None:
            mat, doc_ids, n_words = direct
        else:
            counts = _count(tokens, "tokens", by=["doc_id"], drop_stop=self.drop_stop)
            mat, units, _ = _matrix(counts, ["doc_id"], vocab=vocab)
            doc_ids = units["doc_id"].to_numpy(dtype=object)
            n_words = counts.groupby("doc_id", sort=False)["n"].sum()
            n_words = n_words.reindex(units["doc_id"]).to_numpy(dtype=float)
        length = np.asarray(mat.sum(axis=1)).ravel()
        _warn_unscored(tokens, np.asarray(doc_ids, dtype=object), length, scored="a polarity",
                       why="none of their words got a polarity in fit (LSX's predict() gives them NA too); they "
                           "are left out of the rescaling", left_out="punctuation"
                       + (" and stopwords" if self.drop_stop else ""))
        n = np.where(length == 0, 0.0, np.maximum(length, float(self.min_n)))
        with np.errstate(invalid="ignore", divide="ignore"):
            raw = np.where(length == 0, np.nan, (mat @ beta) / n)
            var = (mat @ beta ** 2) / n - raw ** 2
            var = np.where(np.abs(var) < 1e-15, 0.0, var)  # LSX zapsmall()
            se = np.where(n > 1, np.sqrt(np.maximum(var, 0.0)) / np.sqrt(n), np.nan)
        score = raw.copy()
        if self.rescale:
            ok = np.isfinite(raw)
            sd = float(np.std(raw[ok], ddof=1)) if ok.sum() >= 2 else 0.0
            if not sd > 0:
                raise ValueError("rescale=True standardises scores over the documents transformed together and "
                                 "needs at least two scored documents with different scores; transform more "
                                 "documents at once or set rescale=False")
            score = (raw - float(np.mean(raw[ok]))) / sd
            se = se / sd
        z = _z(self.ci)
        return pd.DataFrame({
            "doc_id": doc_ids, "score": score, "raw_score": raw, "se": se,
            "ci_low": score - z * se, "ci_high": score + z * se,
            "n_scored_words": length.astype(np.int64), "n_words": n_words.astype(np.int64),
        })[LSS_COLUMNS]

    def fit_transform(self, tokens: pd.DataFrame) -> pd.DataFrame:
        """``fit(tokens)`` then ``transform(tokens)``."""
        return self.fit(tokens).transform(tokens)


def _null_rows(vectors: np.ndarray) -> np.ndarray:
    """Rows of ``vectors`` that are zero up to rounding: norm at most ``sqrt(eps)`` (1.5e-8) times the
    largest row norm.

    A word whose column of the unit-by-word matrix lies wholly outside the ``k`` singular vectors kept (e.g.
    a word found only in sentences that share no word with the rest, whose singular values rank below the
    ``k``-th) has the vector 0 in exact arithmetic; the SVD gives it rounding noise of about 1e-15 instead.
    Normalised, that noise would be a random direction and give the word a random polarity that changes
    with the SVD routine and the BLAS; such a word gets similarity 0 to every seed (polarity 0). On the
    report's 3,000-piece benchmark the row norms fall into two separate bands, below 1e-11 (111 of 6,208
    words) and above 1e-4 (the rest), so the threshold sits in an empty gap.
    """
    norm = np.linalg.norm(vectors, axis=1)
    top = float(norm.max()) if len(norm) else 0.0
    return norm <= np.sqrt(np.finfo(float).eps) * top


def _sparse_svd(mat: sparse.csr_matrix, k: int, random_state: int) -> np.ndarray:
    """The ``k`` leading right singular vectors of a sparse matrix (words × ``k``, largest singular value
    first), to machine precision.

    PROPACK (``svds(solver="propack")``: Lanczos bidiagonalisation) where scipy offers it, else ARPACK
    (``svds``' default, an eigendecomposition of the smaller Gram matrix). Both converge to the same vectors
    (up to each vector's sign, which no cosine similarity sees); on the 2,589 × 6,208 sentence-by-word matrix
    of the report's 3,000-piece benchmark, with ``k=300``, PROPACK takes about 1 CPU second and ARPACK about
    7, and their vectors differ by at most 1e-10 (tests/test_scaling.py compares them). Seeded by
    ``random_state`` either way.
    """
    from scipy.sparse.linalg import svds

    rng = np.random.default_rng(random_state)
    seed = "rng" if "rng" in inspect.signature(svds).parameters else "random_state"
    try:  # PROPACK needs SCIPY_USE_PROPACK=1 before scipy 1.12 (ValueError otherwise)
        _, s, vt = svds(mat, k=k, v0=rng.standard_normal(mat.shape[0]), solver="propack",
                        **{seed: np.random.default_rng(random_state)})
    except ValueError:
        v0 = np.random.default_rng(random_state).standard_normal(min(mat.shape))
        _, s, vt = svds(mat, k=k, v0=v0)
    order = np.argsort(-s, kind="stable")
    return vt[order].T


