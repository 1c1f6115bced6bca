"""Statistics that several modules share, written once.

- :func:`g2`: Dunning's (1993) log-likelihood ratio G² of 2×2 contingency tables (keyness of a term between
  two corpora; association of a collocate with a node's window).
"""

from __future__ import annotations

import numpy as np
from scipy import special

__all__ = ["g2"]


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
