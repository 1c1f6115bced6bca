"""Scoring of hand-labelled invented articles in the speaker audits' tests: each label against the speech quotation
that opens right before its first words, as ``benchmarks/bench_speakers.py`` counts a labelled quotation."""

from __future__ import annotations

from benchmarks.bench_speakers import norm_speaker, same_spokesperson
from discourse.quotes import find_quote_spans


def score(articles: list) -> tuple[int, int, int, list]:
    """(exact, without, wrong, rows) over ``articles``, a list of (text, [(opening words, speaker), ...]); each row is
    (opening, label, speaker found, the library's reason), for the message of a failing assertion."""
    exact = without = wrong = 0
    rows = []
    for text, labels in articles:
        found = find_quote_spans(text)
        for opening, speaker in labels:
            start = text.index(opening) - 1
            q = next((q for q in found if q["start"] == start and q["kind"] == "speech"), None)
            got = None if q is None else q["speaker"]
            g, w = norm_speaker(got), norm_speaker(speaker)
            if g is None:
                without += 1
            elif g == w or same_spokesperson(g, w):
                exact += 1
            else:
                wrong += 1
            rows.append((opening, speaker, got, None if q is None else q["speaker_reason"]))
    return exact, without, wrong, rows
