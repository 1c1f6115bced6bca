"""The speaker scorer's model retrained on the blind speaker sets, cross-validated by whole sets, beside the rules.

    python benchmarks/scorer_on_blind_sets.py [--folds 10]

A question of round 29 (issue 12): the trained scorer (``speakers="scored"``, :mod:`discourse._speaker_scorer`) was
fitted on the real-text development parts; could the same conditional logit, fitted on the blind sets of invented news
(``benchmarks/data/blind_speakers``), beat the hand rules on sets it was not fitted on? Every set is given to one of
``--folds`` folds (by its place in name order); for each fold the model is fitted on the others
(:func:`benchmarks.train_speaker_scorer.fit`, at each penalty of ``PENALTIES_TRIED``) and scored on the fold's labels,
and the rules are scored on the same labels. A label counts as exact where the chosen speaker equals it after
``norm_speaker`` (the strict comparison of ``train_speaker_scorer.py``; ``bench_blind_speakers.py`` accepts a few more
forms, so its shares are higher). First it prints the shipped model against the rules on every set, compared as
``bench_blind_speakers.py`` compares. Deterministic: the folds are fixed and the fit starts from zeros.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_blind_speakers import DATA, labelled_quote, load  # noqa: E402
from benchmarks.bench_blind_speakers import score as bench_score  # noqa: E402
from benchmarks.train_speaker_scorer import fit, label_row, predict, score  # noqa: E402
from discourse import quotes  # noqa: E402
from discourse._quote_marks import _default_paragraphs, _units  # noqa: E402
from discourse._speaker_scorer import candidates  # noqa: E402

PENALTIES_TRIED = (3.0, 30.0, 300.0)


def rows_of_sets() -> list[dict]:
    """One row per label of every blind set (:func:`benchmarks.train_speaker_scorer.label_row`), the set as its part."""
    rows = []
    for name in sorted(p.stem[5:] for p in DATA.glob("cases*.py")):
        for text, labels in load(name):
            found = quotes.find_quote_spans(text)
            cands = {i: (listed, x) for i, listed, x in candidates(text, found, _units(text, _default_paragraphs(text)))}
            by_start = {q["start"]: q for q in found}
            index = {id(q): i for i, q in enumerate(found)}
            for snippet, want in labels:
                _, q = labelled_quote(text, snippet, found, by_start)
                rows.append(label_row(name, want, q, cands.get(index[id(q)]) if q is not None else None))
    return rows


def shipped_model() -> tuple[int, int, int]:
    """(labels, exact by the rules, exact by ``speakers="scored"``, the shipped model) over every blind set, compared
    as ``bench_blind_speakers.py`` compares (its :func:`benchmarks.bench_blind_speakers.score`)."""
    n = hits_rules = hits_scored = 0
    for name in sorted(p.stem[5:] for p in DATA.glob("cases*.py")):
        cases = load(name)
        ok, labels, _, _ = bench_score(quotes.find_quote_spans, cases)
        hits_scored += bench_score(lambda t: quotes.find_quote_spans(t, speakers="scored"), cases)[0]
        hits_rules += ok
        n += labels
    return n, hits_rules, hits_scored


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=10)
    args = ap.parse_args(argv)
    n, hr, hs = shipped_model()
    print(f"shipped model, every blind set ({n} labels, bench_blind_speakers' comparison): rules {hr / n:.3f}, "
          f"speakers='scored' {hs / n:.3f}")
    rows = rows_of_sets()
    sets = sorted({r["part"] for r in rows})
    fold = {s: k % args.folds for k, s in enumerate(sets)}
    print(f"{len(rows)} labels in {len(sets)} sets, {args.folds} folds of whole sets")
    for l2 in PENALTIES_TRIED:
        tot = {"rules": 0.0, "scored": 0.0}
        for f in range(args.folds):
            test = [r for r in rows if fold[r["part"]] == f]
            w = fit([r for r in rows if fold[r["part"]] != f], l2)
            tot["rules"] += score(test, lambda r: r["rule"])["exact"] * len(test)
            tot["scored"] += score(test, lambda r, w=w: predict(r, w))["exact"] * len(test)
        print(f"  l2 {l2:6.1f}  exact: rules {tot['rules'] / len(rows):.3f}  scored {tot['scored'] / len(rows):.3f}")


if __name__ == "__main__":
    main()
