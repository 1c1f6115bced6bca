"""Before/after check of the counting-core redesign: every result table is identical, row for row.

The fingerprints in tests/data/golden.json were written by ``python -m tests.golden write`` from the code
before the redesign (see tests/golden.py). A mismatch names the table that changed.
"""

from __future__ import annotations

import pytest

from tests import golden


@pytest.fixture(scope="module")
def now() -> dict[str, str]:
    return golden.compute()


def test_every_golden_table_is_unchanged(now):
    recorded = golden.recorded()
    expected = {k: v for k, v in recorded.items() if k.startswith("seeds/") or golden.UNGD.exists()}
    changed = sorted(k for k in expected if now.get(k) != expected[k])
    assert not changed, f"tables changed by the refactor: {changed}"
    assert len(expected) >= 13


def test_fingerprint_sees_a_one_cell_change():
    import pandas as pd

    a = pd.DataFrame({"term": ["x", "y"], "n": [1, 2]})
    b = a.assign(n=[1, 3])
    assert golden.fingerprint(a) != golden.fingerprint(b)
    assert golden.fingerprint(a.rename(columns={"term": "category"})) == golden.fingerprint(
        a.rename(columns={"term": "frame"}))
