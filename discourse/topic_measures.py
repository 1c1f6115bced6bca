"""Term measures of a topic-word matrix: FREX, lift and score, as STM's ``labelTopics`` computes them.

Pure functions of a topics x terms probability matrix (and the corpus term counts), so they can be checked
by hand: :func:`frex` (Roberts, Stewart & Airoldi 2016; STM's ``calcfrex``), :func:`lift` (Taddy 2012;
STM's ``calclift``), :func:`score` (Chang's ``lda`` package; STM's ``calcscore``) and the James-Stein
shrinkage STM applies to exclusivity (:func:`js_estimate`, Hausser & Strimmer 2009).
"""

from __future__ import annotations

import numpy as np

__all__ = ["frex", "lift", "score", "js_estimate"]


def js_estimate(prob: np.ndarray, count: float) -> np.ndarray:
    """James-Stein shrinkage of a distribution towards uniform (Hausser & Strimmer 2009; STM's js.estimate)."""
    unif = 1.0 / len(prob)
    deviation = float(((prob - unif) ** 2).sum())
    if deviation == 0 or count <= 1:
        return prob
    lam = float((prob * (1 - prob) / (count - 1)).sum()) / deviation
    lam = min(max(lam, 0.0), 1.0)
    return lam * unif + (1 - lam) * prob


def _js_columns(excl: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """:func:`js_estimate` of every column of ``excl`` (topics x terms) with its term's count, all at once: the
    same arithmetic, summed over contiguous rows of the transposed array as ``js_estimate`` sums its vector, so
    the values are those of one call per term (tested)."""
    p = np.ascontiguousarray(excl.T)  # terms x topics
    unif = 1.0 / p.shape[1]
    deviation = ((p - unif) ** 2).sum(axis=1)
    keep = (deviation == 0) | (counts <= 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        lam = (p * (1 - p) / (counts - 1)[:, None]).sum(axis=1) / deviation
    lam = np.minimum(np.maximum(np.where(keep, 0.0, lam), 0.0), 1.0)
    shrunk = lam[:, None] * unif + (1 - lam[:, None]) * p
    return np.where(keep[:, None], p, shrunk).T


def frex(topic_word: np.ndarray, *, weight: float = 0.5, wordcounts: np.ndarray | None = None) -> np.ndarray:
    """FREX score of every term in every topic (Roberts, Stewart & Airoldi 2016; STM's ``calcfrex``).

    ``FREX_kw = 1 / (weight / ECDF_k(excl_kw) + (1 - weight) / ECDF_k(beta_kw))`` where ``beta_kw`` is the
    topic-word probability, ``excl_kw = beta_kw / sum_j beta_jw`` its exclusivity, and ``ECDF_k`` the
    empirical CDF over the vocabulary within topic ``k`` (rank / V, ties averaged, as ``data.table::frank``
    in STM). ``weight`` is the weight on exclusivity (the paper's ``omega``; 0.5 weighs both equally,
    STM's default). With ``wordcounts`` (corpus count of every term) exclusivity is shrunk towards uniform
    by STM's James-Stein estimator first, as ``labelTopics`` does.

    Returns an array of the same shape as ``topic_word`` (topics x terms), values in (0, 1].
    """
    from scipy.stats import rankdata

    beta = np.asarray(topic_word, dtype=float)
    if beta.ndim != 2 or beta.shape[1] == 0:
        raise ValueError(f"topic_word must be a 2-D topics x terms array, got shape {beta.shape}")
    if not 0.0 <= weight <= 1.0:
        raise ValueError(f"frex weight={weight!r} must lie between 0 and 1")
    col = beta.sum(axis=0, keepdims=True)
    excl = np.divide(beta, col, out=np.zeros_like(beta), where=col > 0)
    if wordcounts is not None:
        wc = np.asarray(wordcounts, dtype=float)
        if wc.shape != (beta.shape[1],):
            raise ValueError(f"wordcounts must hold one count per term ({beta.shape[1]}), got shape {wc.shape}")
        excl = _js_columns(excl, wc)
    v = beta.shape[1]
    freq_score = rankdata(beta, axis=1, method="average") / v
    excl_score = rankdata(excl, axis=1, method="average") / v
    return 1.0 / (weight / excl_score + (1.0 - weight) / freq_score)


def lift(topic_word: np.ndarray, wordcounts: np.ndarray) -> np.ndarray:
    """Lift of every term in every topic: ``beta_kw / (n_w / sum_v n_v)`` (Taddy 2012; STM's ``calclift``)."""
    beta = np.asarray(topic_word, dtype=float)
    wc = np.asarray(wordcounts, dtype=float)
    emp = wc / wc.sum()
    return np.divide(beta, emp[None, :], out=np.zeros_like(beta), where=emp[None, :] > 0)


def score(topic_word: np.ndarray) -> np.ndarray:
    """Score of every term in every topic: ``beta_kw (log beta_kw - mean_j log beta_jw)`` (Chang's ``lda``
    package; STM's ``calcscore``). Zero probabilities are floored at 1e-300 before the logarithm."""
    beta = np.asarray(topic_word, dtype=float)
    logb = np.log(np.maximum(beta, 1e-300))
    return beta * (logb - logb.mean(axis=0, keepdims=True))
