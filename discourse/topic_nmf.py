"""Non-negative matrix factorisation for topic models: the TF-IDF matrix of bags of words and HALS.

:func:`bow_matrix` turns gensim bags of words into a sparse units x terms matrix, TF-IDF weighted exactly as
gensim's ``TfidfModel`` does; :func:`nmf_hals` factorises it (Cichocki & Phan 2009), deterministically
from an NNDSVDa start (Boutsidis & Gallopoulos 2008). :class:`discourse.TopicModel` uses both for
``method="nmf"``, and :func:`nmf_hals` with fixed topics for its ``transform``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["nmf_hals", "bow_matrix"]


def nmf_hals(x: Any, k: int, *, random_state: int = 0, max_iter: int = 200, tol: float = 1e-4,
             h: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, int, float]:
    """Non-negative matrix factorisation ``X ~ W H`` by hierarchical alternating least squares.

    Frobenius loss, updates of Cichocki & Phan (2009, "HALS"), initialised by NNDSVDa (Boutsidis &
    Gallopoulos 2008; the truncated SVD's iteration starts from a vector seeded by ``random_state``; the SVD
    it converges to, and so the factorisation, depends on the seed only where that SVD is not unique, e.g.
    with repeated singular values). Stops when the
    relative decrease of the loss over 10 iterations falls below ``tol`` or after ``max_iter``. With ``h``
    given, only ``W`` is fitted (the non-negative least-squares projection of new rows on fixed topics).
    ``x`` is a (documents x terms) scipy sparse matrix. Returns ``(W, H, n_iter, relative_loss)``.
    """
    import scipy.sparse as sp
    from scipy.sparse.linalg import ArpackError, svds

    x = sp.csr_matrix(x, dtype=float)
    n, v = x.shape
    eps = 1e-12
    xx = float(x.multiply(x).sum())
    fixed = h is not None
    if fixed:
        h = np.asarray(h, dtype=float)
        hht = h @ h.T
        xht = np.asarray(x @ h.T)
        w = np.maximum(xht / np.maximum(np.diag(hht), eps), 0.0) / k
    else:
        if x.count_nonzero() == 0:
            raise ValueError(
                "the units x terms matrix is all zeros (with TF-IDF weights: every term left after filtering "
                "occurs in every unit, so nothing tells the units apart); NMF has nothing to factorise: give "
                "more varied documents, or lower max_doc_share (--max-doc-share) so that such terms are dropped")
        rng = np.random.default_rng(random_state)
        kk = min(k, min(n, v) - 1)
        try:
            u, s, vt = svds(x, k=kk, v0=rng.uniform(-1, 1, size=min(n, v)))
        except ArpackError as err:  # ARPACK fails on some rank-deficient matrices ("starting vector is zero")
            if n * v > 20_000_000:
                raise ValueError(f"the truncated SVD that starts NMF failed ({err}): the units x terms matrix "
                                 "holds too few distinct word patterns for this many topics; use fewer topics or "
                                 "more varied documents") from None
            u, s, vt = np.linalg.svd(x.toarray(), full_matrices=False)  # the same leading vectors, exactly
            u, s, vt = u[:, :kk], s[:kk], vt[:kk]
        order = np.argsort(-s)
        u, s, vt = u[:, order], s[order], vt[order]
        w = np.zeros((n, k))
        h = np.zeros((k, v))
        for j in range(kk):
            a, b = u[:, j], vt[j]
            ap, an = np.maximum(a, 0), np.maximum(-a, 0)
            bp, bn = np.maximum(b, 0), np.maximum(-b, 0)
            np_, nn = np.linalg.norm(ap) * np.linalg.norm(bp), np.linalg.norm(an) * np.linalg.norm(bn)
            if np_ >= nn:
                uu, vv, sig = ap / max(np.linalg.norm(ap), eps), bp / max(np.linalg.norm(bp), eps), np_
            else:
                uu, vv, sig = an / max(np.linalg.norm(an), eps), bn / max(np.linalg.norm(bn), eps), nn
            w[:, j] = np.sqrt(s[j] * sig) * uu
            h[j] = np.sqrt(s[j] * sig) * vv
        avg = float(x.mean())
        w[w == 0] = avg / 100
        h[h == 0] = avg / 100

    def loss() -> float:
        xht_ = np.asarray(x @ h.T)
        return max(xx - 2 * float((w * xht_).sum()) + float(((w.T @ w) * (h @ h.T)).sum()), 0.0)

    prev = loss()
    first = prev
    it = 0
    for it in range(1, max_iter + 1):
        hht = h @ h.T
        xht = np.asarray(x @ h.T)
        for j in range(k):
            w[:, j] = np.maximum(w[:, j] + (xht[:, j] - w @ hht[:, j]) / max(hht[j, j], eps), 0.0)
        if not fixed:
            wtw = w.T @ w
            wtx = np.asarray((x.T @ w).T)
            for j in range(k):
                h[j] = np.maximum(h[j] + (wtx[j] - wtw[j] @ h) / max(wtw[j, j], eps), 0.0)
        if it % 10 == 0:
            cur = loss()
            if first > 0 and (prev - cur) / first < tol:
                prev = cur
                break
            prev = cur
    rel = float(np.sqrt(prev / xx)) if xx > 0 else 0.0
    return w, h, it, rel


def bow_matrix(corpus: Any, n_terms: int, tfidf: Any = None) -> Any:
    """Units x terms CSR matrix of gensim bags of words (or of a units x terms count matrix, as
    :attr:`discourse.topic_prep.PreparedUnits.matrix`); with a fitted gensim ``TfidfModel``, weighted as
    ``tfidf[bow]`` gives (term frequency times the model's ``idfs``, ``log2(N / df)``, each row scaled to
    unit length), computed for all units at once."""
    import scipy.sparse as sp

    if sp.issparse(corpus):
        x = sp.csr_matrix(corpus, dtype=float)
        x.sort_indices()
    else:
        lengths = np.fromiter(map(len, corpus), dtype=np.int64, count=len(corpus))
        total = int(lengths.sum())
        ids = np.fromiter((i for bow in corpus for i, _ in bow), dtype=np.int64, count=total)
        vals = np.fromiter((c for bow in corpus for _, c in bow), dtype=float, count=total)
        indptr = np.concatenate([[0], np.cumsum(lengths)])
        x = sp.csr_matrix((vals, ids, indptr), shape=(len(corpus), n_terms))
    if tfidf is None or x.nnz == 0:
        return x
    idf = np.zeros(n_terms)
    for i, v in tfidf.idfs.items():
        if i < n_terms:
            idf[i] = v
    vals = x.data * idf[x.indices]
    lengths = np.diff(x.indptr)
    starts = np.minimum(x.indptr[:-1], len(vals) - 1)
    sq = np.where(lengths > 0, np.add.reduceat(vals ** 2, starts), 0.0)
    norms = np.repeat(np.sqrt(sq), lengths)
    vals = np.divide(vals, norms, out=np.zeros_like(vals), where=norms > 0)
    return sp.csr_matrix((vals, x.indices, x.indptr), shape=x.shape)
