"""Train the speaker scorer (discourse/_speaker_scorer.py) on the development labels and cross-validate it.

    python benchmarks/train_speaker_scorer.py [--shared DIR] [--write]

Training data: the speech-quotation labels of the development parts A-E, H and G of
``tests/data/speaker_labels.jsonl`` (``bench_speakers.DEVELOPMENT``; loaded, matched and compared exactly as
``benchmarks/bench_speakers.py`` does). The held-out parts F and I (``bench_speakers.HELDOUT``) are never
read: their labels are filtered out before any text is loaded. Version 1 of the model (round 5) was trained
on A-E alone; version 2 (round 8, issue 12) on all seven development parts.

For every labelled quotation that the rule path finds as speech, the candidates and their features come from
:func:`discourse._speaker_scorer.candidates`; the target is the candidate whose name equals the label (after
``norm_speaker``), or the 'no speaker' candidate when none does (then no speaker is the best answer: a wrong
speaker misleads, a missing one does not). The model is a conditional logit (a softmax over each quotation's
candidates) with an L2 penalty on every weight but the 'no speaker' bias, fitted by L-BFGS (scipy) from
zeros: deterministic, no random seed is needed, and two runs print the same figures.

Cross-validation is leave-one-part-out (train on six parts, test on the seventh: documents never cross
folds, as every part is a set of whole documents). Figures per fold are over all labels of the part, as in
bench_speakers.py (a quotation the rules take for a mention or do not find counts against both). The penalty
is chosen from :data:`PENALTIES` by the mean exact share over the folds; the figures to quote are the
**nested** ones, where for each part the penalty is chosen by leave-one-part-out over the six others only
(:func:`nested`). The penalty chosen on all seven folds is then refitted on all of them and, with
``--write``, stored in ``discourse/data/speaker_scorer.json`` with both CV tables.

Features tried in round 8 and left out (the model stays at its 37 features): 'no speaker' although the
quotation has a cue verb, a person with an office or courtesy title, and a cue verb next to any mention of the
candidate in the window (the candidate reported as speaking in the sentence before). With all three, pooled
leave-one-part-out exact over the seven parts was 0.651 against 0.648 without them at l2 = 100 and 0.655
against 0.660 at l2 = 300, wrong speakers 15.9 against 16.1 % and 19.2 against 19.3 %: no gain beyond
noise, so the smaller model is kept.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_speakers import (  # noqa: E402
    DEVELOPMENT,
    HELDOUT,
    load_labels,
    load_texts,
    norm_speaker,
    part,
    reopenings,
    shared_dir,
)
from discourse import quotes  # noqa: E402
from discourse._quote_marks import _default_paragraphs, _units  # noqa: E402
from discourse._speaker_scorer import FEATURE_DOCS, FEATURES, MODEL_FILE, candidates  # noqa: E402

# the grid of L2 penalties; round 8 widened it past 100, which the model of A-E alone had chosen at the grid's
# edge (an edge choice says the best value may lie beyond it)
PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0)
VERSION = 2  # 1: trained on A-E (round 5); 2: on all seven development parts A-E, H and G (round 8)
COMMAND = "python benchmarks/train_speaker_scorer.py --write"
MEASURES = ("exact", "no_speaker", "wrong")


def build(labels: list[dict], texts: dict) -> list[dict]:
    """One row per development label: its part, the rules' speaker, the label, and (when the rules found it
    as speech) the candidates' names, feature matrix and target index."""
    rows = []
    by_doc: dict[tuple[str, str], list[dict]] = {}
    for r in labels:
        by_doc.setdefault((r["source"], r["doc_id"]), []).append(r)
    for key in sorted(by_doc):
        if key not in texts:
            continue
        text = texts[key]
        found = quotes.find_quote_spans(text)
        units = _units(text, _default_paragraphs(text))
        cands = {i: (listed, x) for i, listed, x in candidates(text, found, units)}
        at = {q["start"]: i for i, q in enumerate(found)}
        at.update({s: i for i, q in enumerate(found) for s in reopenings(text, q)})
        for r in by_doc[key]:
            i = at.get(r["start"])
            rows.append(label_row(part(r), r["speaker"], found[i] if i is not None else None, cands.get(i)))
    return rows


def label_row(part_name: str, label: str, quote: dict | None, cand: tuple | None) -> dict:
    """The row of one label: its part, the label and the rules' speaker (of ``quote``, the quotation the label falls
    on, when it is speech), and where the rules found it as speech (``cand``: its candidates and feature matrix from
    :func:`discourse._speaker_scorer.candidates`) the candidates' names, the matrix and the target index (the
    candidate named as the label, else 'no speaker')."""
    rule = quote["speaker"] if quote is not None and quote["kind"] == "speech" else None
    row = {"part": part_name, "label": norm_speaker(label), "rule": norm_speaker(rule),
           "names": None, "x": None, "target": None}
    if cand is not None:
        listed, x = cand
        names = [None if c is None else norm_speaker(c["speaker"]) for c in listed]
        row.update(names=names, x=x, target=next((k for k, n in enumerate(names) if n == row["label"]), 0))
    return row


def fit(rows: list[dict], l2: float) -> np.ndarray:
    """Conditional logit weights: minimise the summed negative log-likelihood of the targets plus
    l2/2 * |w|^2 (the 'no speaker' bias unpenalised)."""
    groups = [(r["x"], r["target"]) for r in rows if r["x"] is not None]
    xs = np.vstack([x for x, _ in groups])
    bounds = np.cumsum([0] + [len(x) for x, _ in groups])
    targets = np.array([b + t for b, (_, t) in zip(bounds[:-1], groups, strict=True)])
    pen = np.ones(len(FEATURES))
    pen[FEATURES.index("null")] = 0.0
    seg = np.repeat(np.arange(len(groups)), np.diff(bounds))

    def loss(w):
        s = xs @ w
        mx = np.maximum.reduceat(s, bounds[:-1])
        e = np.exp(s - mx[seg])
        z = np.add.reduceat(e, bounds[:-1])
        nll = -(s[targets] - mx - np.log(z)).sum()
        p = e / z[seg]
        grad = xs.T @ p - xs[targets].sum(axis=0)
        return nll + 0.5 * l2 * (pen * w * w).sum(), grad + l2 * pen * w

    res = minimize(loss, np.zeros(len(FEATURES)), jac=True, method="L-BFGS-B",
                   options={"maxiter": 2000, "gtol": 1e-8})
    return res.x


def predict(row: dict, w: np.ndarray) -> str | None:
    if row["x"] is None:
        return row["rule"]
    return row["names"][int(np.argmax(row["x"] @ w))]


def score(rows: list[dict], pick) -> dict:
    n = len(rows)
    got = [pick(r) for r in rows]
    exact = sum(g is not None and g == r["label"] for g, r in zip(got, rows, strict=True))
    none = sum(g is None for g in got)
    return {"n": n, "exact": exact / n, "no_speaker": none / n, "wrong": (n - exact - none) / n}


def cross_validate(rows: list[dict], l2: float, parts: tuple[str, ...] = DEVELOPMENT) -> dict[str, dict]:
    """Leave-one-part-out at one penalty: for each part, the rules and the model fitted on the other parts,
    scored on all labels of the part."""
    out = {}
    for p in parts:
        w = fit([r for r in rows if r["part"] != p and r["part"] in parts], l2)
        test = [r for r in rows if r["part"] == p]
        out[p] = {"rules": score(test, lambda r: r["rule"]), "scored": score(test, lambda r, w=w: predict(r, w))}
    return out


def choose_penalty(rows: list[dict], parts: tuple[str, ...]) -> tuple[float, dict[float, float]]:
    """The penalty of :data:`PENALTIES` with the highest mean exact share over the leave-one-part-out folds
    of ``parts`` (ties: the smaller penalty), and that mean for every penalty."""
    means = {c: float(np.mean([f["scored"]["exact"] for f in cross_validate(rows, c, parts).values()]))
             for c in PENALTIES}
    return max(PENALTIES, key=lambda c: (round(means[c], 6), -c)), means


def nested(rows: list[dict], parts: tuple[str, ...] = DEVELOPMENT) -> dict[str, dict]:
    """Nested cross-validation: for each part, the penalty is chosen by leave-one-part-out on the other parts
    only (:func:`choose_penalty`), the model fitted on all of them with it, and scored on the part, beside the
    rules on the same labels. These are the figures to quote: nothing of the part was used to make them."""
    out = {}
    for p in parts:
        inner = tuple(q for q in parts if q != p)
        c, _ = choose_penalty(rows, inner)
        w = fit([r for r in rows if r["part"] in inner], c)
        test = [r for r in rows if r["part"] == p]
        out[p] = {"l2": c, "rules": score(test, lambda r: r["rule"]),
                  "scored": score(test, lambda r, w=w: predict(r, w))}
    return out


def pooled(table: dict[str, dict], parts: tuple[str, ...]) -> dict[str, dict]:
    """The folds of ``parts`` pooled over their labels (shares weighted by each part's n)."""
    n = sum(table[p]["rules"]["n"] for p in parts)
    return {k: {"n": n, **{m: sum(table[p][k][m] * table[p][k]["n"] for p in parts) / n for m in MEASURES}}
            for k in ("rules", "scored")}


def _line(name: str, fold: dict) -> str:
    a, b = fold["rules"], fold["scored"]
    return (f"  {name:9s} n={a['n']:3d}  exact {a['exact']:.3f} | {b['exact']:.3f}   no speaker "
            f"{a['no_speaker']:.3f} | {b['no_speaker']:.3f}   wrong {a['wrong']:.3f} | {b['wrong']:.3f}")


def _rounded(fold: dict) -> dict:
    return {"n": fold["rules"]["n"], **{k: {m: round(fold[k][m], 3) for m in MEASURES} for k in ("rules", "scored")}}


# the groups printed and stored besides the single parts: the parts of rounds 1-5, the two of rounds 6-7
# (other genres: UN speeches, learned and government prose), and all
GROUPS = {"A-E": ("A", "B", "C", "D", "E"), "H+G": ("H", "G"), "all": DEVELOPMENT}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None, help="the shared data folder")
    ap.add_argument("--write", action="store_true", help=f"write discourse/data/{MODEL_FILE}")
    args = ap.parse_args(argv)
    shared = args.shared or shared_dir()
    if shared is None:
        sys.exit("the shared data folder was not found; pass --shared")
    labels = [r for r in load_labels() if part(r) in DEVELOPMENT]  # the held-out parts are never read
    assert not any(part(r) in HELDOUT for r in labels)
    texts, problems = load_texts(labels, shared)
    for p in problems:
        print("skipped:", p)
    rows = build(labels, texts)
    usable = [r for r in rows if r["x"] is not None]
    reach = sum(r["names"][r["target"]] is not None for r in usable)
    print(f"{len(rows)} development labels ({', '.join(DEVELOPMENT)}); {len(usable)} found as speech by the "
          f"rules; the label is among the candidates for {reach}; mean candidates "
          f"{np.mean([len(r['names']) - 1 for r in usable]):.1f}")
    best, means = choose_penalty(rows, DEVELOPMENT)
    for c in PENALTIES:
        print(f"l2={c:<6} mean exact over the {len(DEVELOPMENT)} leave-one-part-out folds {means[c]:.3f}")
    outer = nested(rows)
    print("\nnested leave-one-part-out (the penalty chosen without the part; rules | scorer): exact, without a "
          "speaker, wrong")
    for p in DEVELOPMENT:
        print(_line(p, outer[p]) + f"   l2={outer[p]['l2']}")
    for g, parts in GROUPS.items():
        print(_line(g, pooled(outer, parts)))
    cv = cross_validate(rows, best)
    print(f"\nleave-one-part-out at the penalty chosen on all seven folds, l2={best} (rules | scorer)")
    for p in DEVELOPMENT:
        print(_line(p, cv[p]))
    for g, parts in GROUPS.items():
        print(_line(g, pooled(cv, parts)))
    w = fit(rows, best)
    print(f"\nweights (all of {', '.join(DEVELOPMENT)}, l2={best}):")
    for f, v in zip(FEATURES, w, strict=True):
        print(f"  {f:22s} {v:+.3f}")
    if args.write:
        model = {"version": VERSION, "command": COMMAND, "trained_on": "tests/data/speaker_labels.jsonl parts "
                 + ", ".join(DEVELOPMENT) + f" ({len(rows)} labels, {len(usable)} found as speech)",
                 "model": "conditional logit over each speech quotation's candidates, L2 penalty",
                 "l2": best, "features": list(FEATURES), "feature_docs": FEATURE_DOCS,
                 "weights": [round(float(v), 6) for v in w],
                 "cv_leave_one_part_out": {**{p: _rounded(cv[p]) for p in DEVELOPMENT},
                                           **{g: _rounded(pooled(cv, ps)) for g, ps in GROUPS.items()}},
                 "cv_nested": {**{p: {"l2": outer[p]["l2"], **_rounded(outer[p])} for p in DEVELOPMENT},
                               **{g: _rounded(pooled(outer, ps)) for g, ps in GROUPS.items()}}}
        path = REPO / "discourse" / "data" / MODEL_FILE
        path.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", path)


if __name__ == "__main__":
    main()
