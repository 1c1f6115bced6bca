"""Train the speaker scorer (discourse/_speaker_scorer.py) on the development labels and cross-validate it.

    python benchmarks/train_speaker_scorer.py [--shared DIR] [--write]

Training data: the speech-quotation labels of the development parts A-E of ``tests/data/speaker_labels.jsonl``
(loaded, matched and compared exactly as ``benchmarks/bench_speakers.py`` does). The held-out parts F and G
and the development part H of round 6 are never read: their labels are filtered out before any text is loaded.

For every labelled quotation that the rule path finds as speech, the candidates and their features come from
:func:`discourse._speaker_scorer.candidates`; the target is the candidate whose name equals the label (after
``norm_speaker``), or the 'no speaker' candidate when none does (then no speaker is the best answer: a wrong
speaker misleads, a missing one does not). The model is a conditional logit (a softmax over each quotation's
candidates) with an L2 penalty on every weight but the 'no speaker' bias, fitted by L-BFGS (scipy) from
zeros: deterministic, no random seed is needed.

Cross-validation is leave-one-part-out (train on four parts, test on the fifth: documents never cross
folds, as every part is a set of whole documents). Figures per fold are over all labels of the part, as in
bench_speakers.py (a quotation the rules take for a mention or do not find counts against both). The
penalty is chosen by the mean exact share over the five folds; the chosen one is then refitted on all of
A-E and, with ``--write``, stored in ``discourse/data/speaker_scorer.json`` with the CV table.
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
    ROUNDS_1_5,
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

PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
VERSION = 1
# the parts the shipped model was trained and cross-validated on: A-E, explicitly (round 6 added the
# development part H to bench_speakers.DEVELOPMENT, but the model file is not retrained on it)
DEVELOPMENT = ROUNDS_1_5
COMMAND = "python benchmarks/train_speaker_scorer.py --write"


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
            q = found[i] if i is not None else None
            rule = q["speaker"] if q is not None and q["kind"] == "speech" else None
            row = {"part": part(r), "label": norm_speaker(r["speaker"]), "rule": norm_speaker(rule),
                   "names": None, "x": None, "target": None}
            if i in cands:
                listed, x = cands[i]
                names = [None if c is None else norm_speaker(c["speaker"]) for c in listed]
                row.update(names=names, x=x, target=next((k for k, n in enumerate(names) if n == row["label"]), 0))
            rows.append(row)
    return rows


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


def cross_validate(rows: list[dict], l2: float) -> dict[str, dict]:
    out = {}
    for p in DEVELOPMENT:
        w = fit([r for r in rows if r["part"] != p], l2)
        test = [r for r in rows if r["part"] == p]
        out[p] = {"rules": score(test, lambda r: r["rule"]), "scored": score(test, lambda r, w=w: predict(r, w))}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None, help="the shared data folder")
    ap.add_argument("--write", action="store_true", help=f"write discourse/data/{MODEL_FILE}")
    args = ap.parse_args(argv)
    shared = args.shared or shared_dir()
    if shared is None:
        sys.exit("the shared data folder was not found; pass --shared")
    labels = [r for r in load_labels() if part(r) in DEVELOPMENT]  # the held-out parts are never read
    texts, problems = load_texts(labels, shared)
    for p in problems:
        print("skipped:", p)
    rows = build(labels, texts)
    usable = [r for r in rows if r["x"] is not None]
    reach = sum(r["names"][r["target"]] is not None for r in usable)
    print(f"{len(rows)} development labels; {len(usable)} found as speech by the rules; the label is among "
          f"the candidates for {reach}; mean candidates {np.mean([len(r['names']) - 1 for r in usable]):.1f}")
    results = {}
    for l2 in PENALTIES:
        cv = cross_validate(rows, l2)
        mean = np.mean([cv[p]["scored"]["exact"] for p in DEVELOPMENT])
        results[l2] = (mean, cv)
        print(f"l2={l2:<5} mean exact over the five folds {mean:.3f}  "
              + "  ".join(f"{p} {cv[p]['scored']['exact']:.3f}" for p in DEVELOPMENT))
    best = max(PENALTIES, key=lambda c: (round(results[c][0], 6), -c))
    # the penalty above is chosen on the very folds it is reported on; nested: for each held-out part the
    # penalty is chosen by leave-one-part-out on the four others only
    nested = {}
    for p in DEVELOPMENT:
        inner = [r for r in rows if r["part"] != p]
        inner_mean = {}
        for c in PENALTIES:
            per = []
            for q in DEVELOPMENT:
                if q != p:
                    w = fit([r for r in inner if r["part"] != q], c)
                    per.append(score([r for r in inner if r["part"] == q], lambda r, w=w: predict(r, w))["exact"])
            inner_mean[c] = np.mean(per)
        c = max(PENALTIES, key=lambda c: (round(inner_mean[c], 6), -c))
        w = fit(inner, c)
        nested[p] = (c, score([r for r in rows if r["part"] == p], lambda r, w=w: predict(r, w)))
    print("nested (penalty chosen without the held-out part): "
          + "  ".join(f"{p} l2={c} exact {s['exact']:.3f} wrong {s['wrong']:.3f}" for p, (c, s) in nested.items()))
    cv = results[best][1]
    print(f"\nleave-one-part-out, l2={best} (rules | scorer): exact, without a speaker, wrong")
    table = {}
    for p in DEVELOPMENT:
        a, b = cv[p]["rules"], cv[p]["scored"]
        table[p] = {"n": a["n"], "rules": {k: round(a[k], 3) for k in ("exact", "no_speaker", "wrong")},
                    "scored": {k: round(b[k], 3) for k in ("exact", "no_speaker", "wrong")}}
        print(f"  {p} n={a['n']:3d}  exact {a['exact']:.3f} | {b['exact']:.3f}   no speaker {a['no_speaker']:.3f} | "
              f"{b['no_speaker']:.3f}   wrong {a['wrong']:.3f} | {b['wrong']:.3f}")
    pooled = {k: {m: sum(cv[p][k][m] * cv[p][k]["n"] for p in DEVELOPMENT) / len(rows)
                  for m in ("exact", "no_speaker", "wrong")} for k in ("rules", "scored")}
    a, b = pooled["rules"], pooled["scored"]
    print(f"  all n={len(rows)}  exact {a['exact']:.3f} | {b['exact']:.3f}   no speaker {a['no_speaker']:.3f} | "
          f"{b['no_speaker']:.3f}   wrong {a['wrong']:.3f} | {b['wrong']:.3f}")
    table["all"] = {"n": len(rows), "rules": {k: round(v, 3) for k, v in a.items()},
                    "scored": {k: round(v, 3) for k, v in b.items()}}
    w = fit(rows, best)
    print("\nweights (all of A-E):")
    for f, v in zip(FEATURES, w, strict=True):
        print(f"  {f:22s} {v:+.3f}")
    if args.write:
        model = {"version": VERSION, "command": COMMAND, "trained_on": "tests/data/speaker_labels.jsonl parts "
                 + ", ".join(DEVELOPMENT) + f" ({len(rows)} labels, {len(usable)} found as speech)",
                 "model": "conditional logit over each speech quotation's candidates, L2 penalty",
                 "l2": best, "features": list(FEATURES), "feature_docs": FEATURE_DOCS,
                 "weights": [round(float(v), 6) for v in w],
                 "cv_leave_one_part_out": table,
                 "cv_nested": {p: {"l2": c, **{k: round(s[k], 3) for k in ("exact", "no_speaker", "wrong")}}
                               for p, (c, s) in nested.items()}}
        path = REPO / "discourse" / "data" / MODEL_FILE
        path.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", path)


if __name__ == "__main__":
    main()
