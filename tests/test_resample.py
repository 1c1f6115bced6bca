"""discourse.resample.bootstrap_sums: the column-wise path for integer counts draws and sums exactly what the
general path does."""

from __future__ import annotations

import numpy as np
import pytest

from discourse.resample import bootstrap_sums


@pytest.mark.parametrize("units", [2, 7, 130])
def test_integer_counts_equal_general_path(units):
    rng = np.random.default_rng(units)
    counts = (rng.random((units, 2)) < 0.3) * rng.integers(1, 5, (units, 2))
    fast = bootstrap_sums(counts, n_boot=257, seed=[3, 11], budget=1000)  # several blocks
    # float values take the general (resamples, units, columns) path; small integers sum exactly as floats
    general = bootstrap_sums(counts.astype(float), n_boot=257, seed=[3, 11], budget=1000)
    np.testing.assert_array_equal(fast, general)
    # and each column alone (1-d path) with the same seed gives that column
    for c in range(2):
        np.testing.assert_array_equal(fast[:, c], bootstrap_sums(counts[:, c], n_boot=257, seed=[3, 11]))


def test_bootstrap_sums_known_answer():
    # one unit: every resample is that unit; two units with the same value: every resample sums to 2x it
    np.testing.assert_array_equal(bootstrap_sums(np.array([[2, 5]]), n_boot=4, seed=0), np.tile([2.0, 5.0], (4, 1)))
    np.testing.assert_array_equal(bootstrap_sums(np.array([[1, 0], [1, 0]]), n_boot=3, seed=0),
                                  np.tile([2.0, 0.0], (3, 1)))
    zeros = bootstrap_sums(np.zeros((9, 2), dtype=np.int64), n_boot=5, seed=1)
    assert zeros.shape == (5, 2) and zeros.dtype == float and not zeros.any()
    # unit 0 counts 1, unit 1 counts 0: a resample's sum is how often unit 0 was drawn, between 0 and 2
    s = bootstrap_sums(np.array([[1, 0], [0, 1]]), n_boot=2000, seed=7)
    np.testing.assert_array_equal(s.sum(axis=1), 2.0)
    assert set(np.unique(s[:, 0])) == {0.0, 1.0, 2.0}
    assert abs(s[:, 0].mean() - 1.0) < 0.1  # expectation 2 * 1/2
