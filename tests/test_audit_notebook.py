"""Interactive use: what a notebook shows (reprs, warnings, errors) and groups that print as nothing."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import discourse as dc


# ------------------------------------------------------------------------------- blank source values
def test_blank_source_values_are_missing_as_in_a_csv(tmp_path):
    # The UN General Debate corpus has one speech (RUS_37_1982) whose "country" is "" in its JSON line: it
    # became a source group named '' (an empty label in every table, figure and warning), while the same
    # record read from a CSV, where an empty field is missing, got '(missing)' and a warning.
    rows = [{"text": "Smart city.", "country": "France"}, {"text": "Privacy.", "country": ""},
            {"text": "More.", "country": "   "}]
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    with pytest.warns(UserWarning, match=r"2 document\(s\) of 'c' have no value in the source column 'country' "
                      r"\(doc_id '1', '2'\)"):
        c = dc.load_corpus(p, source="country")
    assert c.documents["source"].tolist() == ["France", "(missing)", "(missing)"]
    q = tmp_path / "c.csv"
    pd.DataFrame(rows).to_csv(q, index=False)
    with pytest.warns(UserWarning, match="no value in the source column"):
        assert dc.load_corpus(q, source="country").documents["source"].tolist() == c.documents["source"].tolist()
