"""The held-out use labels (tests/data/use_labels.jsonl, benchmarks/validate_uses.py) are well formed: every
field valid, offsets and hashes only, halves by document, both poles and corpora well represented."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from discourse.stance import USES

LABELS = Path(__file__).parent / "data" / "use_labels.jsonl"
FIELDS = {"corpus", "doc_id", "doc_sha256", "start", "end", "pole", "use", "voice", "sense", "half"}


def _rows() -> list[dict]:
    with open(LABELS, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_fields_and_values():
    rows = _rows()
    assert len(rows) >= 300
    for r in rows:
        assert set(r) == FIELDS  # no text is stored
        assert r["use"] in USES and r["voice"] in ("author", "quoted") and r["sense"] in ("frame", "other")
        assert r["pole"] in ("promotional", "rights") and r["corpus"] in ("brown", "ungd")
        assert 0 <= r["start"] < r["end"] and len(r["doc_sha256"]) == 64
    assert len({(r["doc_id"], r["start"]) for r in rows}) == len(rows)


def test_halves_are_by_document_hash():
    for r in _rows():
        # the rule of benchmarks/sample_uses.py::half, restated
        assert r["half"] == 1 + hashlib.sha256(f"{r['corpus']}:{r['doc_id']}".encode()).digest()[0] % 2


def test_both_poles_and_corpora_are_well_represented_in_both_halves():
    cells = Counter((r["pole"], r["corpus"], r["half"]) for r in _rows())
    assert len(cells) == 8 and min(cells.values()) >= 25
