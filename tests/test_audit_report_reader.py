"""The report read as a published supplement: by reviewers on a laptop, by keyboard, with a screen reader, in
greyscale and with simulated colour blindness. Every cell readable, every figure honest about the data behind
each mark."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import discourse as dc
from discourse.report import build_report

FAST = {"n_boot": 50, "dpi": 50, "verbose": False, "explore": False}

# an invented statement (no corpus text) whose opening quotation mark is never closed: the quotation finder
# closes it at the end of its paragraph and flags it
_LONG = " ".join(f"Sentence {i} of the statement speaks of public safety and of privacy for all citizens."
                 for i in range(60))


@pytest.fixture(scope="module")
def unclosed(tmp_path_factory):
    docs = pd.DataFrame({
        "doc_id": ["a1", "b1", "a2", "b2"], "source": ["A", "B", "A", "B"],
        "text": [f'The minister said: "{_LONG}\nA new paragraph follows here with mass surveillance.',
                 'Critics said the smart city is "mass surveillance" and repression.\nThe vendor praised public '
                 "safety.",
                 "Privacy matters. The safe city sells intelligent video.",
                 "Human rights violations were reported."]})
    corpus = dc.load_corpus(docs)
    page = build_report(corpus, out=tmp_path_factory.mktemp("report"), **FAST)
    return corpus, page


def _table_rows(page: str, table_id: str) -> tuple[list[str], list[list[str]]]:
    table = re.search(rf'<table class="[^"]*" id="{table_id}">(.*?)</table>', page, re.S).group(1)
    head = re.findall(r"<th\b[^>]*><button[^>]*>(.*?)</button></th>", table)
    rows = [re.findall(r"<td\b[^>]*>(.*?)</td>", r, re.S)
            for r in re.findall(r"<tr>(.*?)</tr>", table.split("</thead>")[1], re.S)]
    return head, rows


def test_a_long_unclosed_quotation_is_shown_shortened_with_its_flag(unclosed):
    """A quotation whose closing mark is missing runs to its paragraph's end (5,149 characters here, 8,462
    in a UN speech whose OCR'd guillemets open a 'quotation' over a whole paragraph): the page's table showed
    it whole in one cell. The page shows its start, says how long it is and that it was shortened, and gives
    the quotation finder's flag in the same cell; the CSV keeps the whole text."""
    corpus, path = unclosed
    q = dc.find_quotes(corpus)
    long_q = q[q["text"].str.len() > 1000].iloc[0]
    assert long_q["anomaly"].startswith("unclosed")
    head, rows = _table_rows(path.read_text(), "table-quotations")
    text_col = head.index("text")
    cells = [r[text_col] for r in rows]
    assert max(len(c) for c in cells) < 700, max(len(c) for c in cells)
    cell = next(c for c in cells if c.startswith("Sentence 0 of the statement"))
    n = len(long_q["text"])
    assert f"{n:,} characters" in cell and "shortened" in cell
    assert "unclosed" in cell and "tables/quotations.csv" in cell
    # the short quotation is shown as it is
    assert "mass surveillance" in cells
    # the table's own file keeps every character
    csv = pd.read_csv(path.parent / "tables" / "quotations.csv")
    assert csv["text"].str.len().max() == n
