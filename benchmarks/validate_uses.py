"""Held-out audit of the use classifier (:mod:`discourse.stance`) on hand-labelled hits.

    python benchmarks/validate_uses.py [--shared ../shared] [--half 1|2|both] [--before REV] [--errors]

**Data.** ``tests/data/use_labels.jsonl``: 320 hits of the two pole categories of the bundled ``framing``
lexicon (``promotional``, ``rights``), drawn by ``benchmarks/sample_uses.py`` (seed fixed there) from texts
that were never read when the use rules were written: the Brown corpus's press reportage, editorials,
reviews, popular lore and government documents, and one UN General Debate speech of every session. Each hit
was labelled by reading its sentence and context before the library's output was looked at, following
``tests/data/use_labels_GUIDE.md``: the true ``use`` (evaluative / referential / distanced / reported), the
``voice`` (author / quoted) and a side note ``sense`` (``frame`` or ``other``: a homonym or an everyday sense
outside the frame). Only offsets and the SHA-256 of each document's text are stored; the texts are read
from ``../shared/corpora`` and checked against the hashes.

**Halves.** The ``half`` of a hit is that of its document (parity of the first byte of SHA-256 of
``corpus:doc_id``), so all hits of a document fall in one half. Rules are written from the errors of half 1
only (``--errors`` lists them, and refuses half 2); half 2 is scored before and after.

**What is printed**, per half: the confusion table of the use (true rows, predicted columns), per-use
precision and recall, accuracy; then the measure that matters for the balance: a hit *counts* when the
library gives it ``use == "evaluative"`` in ``voice == "author"`` (what ``frame_balance`` counts by default
in the author's voice), and it *should* count when its label is evaluative in the author's voice. For each
pole and corpus: the precision and recall of counting, next to the plain baseline "every hit counts"
(``uses="all"``), whose precision is the share of hits that should count (its recall is 1). A last row,
"all, frame sense", asks more of a hit that should count: evaluative in the author's voice *and* in the
frame's sense (``sense == "frame"``), since a word in an everyday sense ("a peaceful solution") is noise in
the balance whatever its use.

``--before REV`` also scores the library as it was at git revision ``REV`` (its ``discourse`` package is
exported to a temporary folder with ``git archive``) and prints both, before then after.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELS = ROOT / "tests" / "data" / "use_labels.jsonl"
USES = ("evaluative", "referential", "distanced", "reported")


def read_labels(path: Path = LABELS) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(labels: list[dict], shared: Path) -> list[dict]:
    """The library's ``use``, ``voice`` and ``use_rule`` for every labelled hit (same order)."""
    import pandas as pd

    import discourse as dc
    sys.path.insert(0, str(HERE))
    from sample_uses import read_documents
    wanted = {(r["corpus"], r["doc_id"]) for r in labels}
    docs = [d for d in read_documents(shared) if (d["corpus"], d["doc_id"]) in wanted]
    sha = {(r["corpus"], r["doc_id"]): r["doc_sha256"] for r in labels}
    for d in docs:
        got = hashlib.sha256(d["text"].encode("utf-8")).hexdigest()
        if got != sha[(d["corpus"], d["doc_id"])]:
            raise ValueError(f"{d['corpus']}:{d['doc_id']}: the text under {shared} is not the labelled one "
                             f"(sha256 {got[:12]}...); use the corpora the labels were made on")
    if len(docs) != len(wanted):
        raise ValueError(f"{len(wanted) - len(docs)} labelled documents not found under {shared}")
    df = pd.DataFrame(docs)
    corpus = dc.Corpus.from_dataframe(df[["doc_id", "text", "corpus"]], text="text", doc_id="doc_id",
                                      source="corpus")
    hits = dc.find_frame_terms(dc.tokenize(corpus), "framing", categories=["promotional", "rights"])
    by_pos = {(h.doc_id, int(h.start), int(h.end)): h for h in hits.itertuples()}
    out = []
    for r in labels:
        h = by_pos.get((r["doc_id"], r["start"], r["end"]))
        if h is None:
            out.append({"use": "(no hit)", "voice": "(no hit)", "rule": None})
        else:
            out.append({"use": h.use, "voice": h.voice, "rule": h.use_rule})
    return out


def predict_at(rev: str, labels_path: Path, shared: Path) -> list[dict]:
    """:func:`predict` with the ``discourse`` package of git revision ``rev`` (exported to a temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "discourse"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = dict(os.environ, PYTHONPATH=tmp)
        res = subprocess.run([sys.executable, __file__, "--predict-only", "--labels", str(labels_path),
                              "--shared", str(shared)], env=env, check=True, capture_output=True, text=True,
                             cwd=tmp)
        return json.loads(res.stdout)


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "-"


def _voice(voice: str) -> str:
    """The library's voice in the labels' terms: a reported clause is the author's sentence (its ``use``,
    ``reported``, says that the words are attributed; the labels give such hits ``voice="author"``)."""
    return "author" if voice == "reported" else voice


def counts(lab: dict) -> bool:
    return lab["use"] == "evaluative" and lab["voice"] == "author"


def agreement_line(labels: list[dict], pred: list[dict]) -> str:
    """Agreement of the use beyond chance over the hits the library finds: accuracy alone flatters a classifier
    when one label dominates (about four in five hits are evaluative), so Cohen's kappa and Krippendorff's
    alpha (:func:`discourse.coder_agreement`, with 95 % bootstrap intervals over the hits) go beside it."""
    import pandas as pd

    import discourse as dc
    found = pd.DataFrame([(lab["use"], p["use"]) for lab, p in zip(labels, pred, strict=True) if p["use"] in USES],
                         columns=["hand", "library"])
    ag = dc.coder_agreement(found, coders=["hand", "library"], labels=list(USES), random_state=0)
    r = ag[ag["label"] == "(all)"].iloc[0]
    return (f"agreement beyond chance ({r['n_units']} hits found): Cohen's kappa {r['cohen_kappa']:.2f} "
            f"[{r['kappa_ci_low']:.2f}, {r['kappa_ci_high']:.2f}], Krippendorff's alpha {r['krippendorff_alpha']:.2f} "
            f"[{r['alpha_ci_low']:.2f}, {r['alpha_ci_high']:.2f}]")


def report(labels: list[dict], pred: list[dict], title: str) -> None:
    print(f"\n== {title}: {len(labels)} hits ==")
    conf = Counter((lab["use"], p["use"]) for lab, p in zip(labels, pred, strict=True))
    cols = list(USES) + sorted({p["use"] for p in pred} - set(USES))
    print("true \\ predicted".ljust(18) + "".join(c[:11].rjust(12) for c in cols) + "      recall")
    for u in USES:
        row = [conf[(u, c)] for c in cols]
        print(u.ljust(18) + "".join(str(n).rjust(12) for n in row) + "   " + _ratio(conf[(u, u)], sum(row)))
    print("precision".ljust(18) + "".join(
        (f"{conf[(c, c)] / s:.2f}" if (s := sum(conf[(u, c)] for u in USES)) else "-").rjust(12) for c in cols))
    acc = sum(conf[(u, u)] for u in USES)
    print(f"accuracy of the use: {_ratio(acc, len(labels))}")
    print(agreement_line(labels, pred))
    vconf = Counter((lab["voice"], _voice(p["voice"])) for lab, p in zip(labels, pred, strict=True))
    print("voice (true -> library): " + ", ".join(f"{a} -> {b}: {n}" for (a, b), n in sorted(vconf.items())))
    print("counting (evaluative in the author's voice), by pole and corpus:")
    print("  " + "cell".ljust(20) + "precision".rjust(16) + "recall".rjust(16) + "   every hit counts: precision")
    cells = sorted({(lab["pole"], lab["corpus"]) for lab in labels}) + [("all", "all")]
    for pole, corp in cells:
        idx = [i for i, lab in enumerate(labels) if pole in ("all", lab["pole"]) and corp in ("all", lab["corpus"])]
        truth = [counts(labels[i]) for i in idx]
        said = [pred[i]["use"] == "evaluative" and pred[i]["voice"] == "author" for i in idx]
        tp = sum(t and s for t, s in zip(truth, said, strict=True))
        print("  " + f"{pole} {corp}".ljust(20) + _ratio(tp, sum(said)).rjust(16) + _ratio(tp, sum(truth)).rjust(16)
              + "   " + _ratio(sum(truth), len(idx)))
    # the same with the side note: a hit in an everyday sense outside the frame ("a peaceful solution",
    # "optimism") should not count either, whatever its use; a hit the lexicon no longer makes counts nowhere
    truth = [counts(lab) and lab["sense"] == "frame" for lab in labels]
    said = [p["use"] == "evaluative" and p["voice"] == "author" for p in pred]
    tp = sum(t and s for t, s in zip(truth, said, strict=True))
    print("  " + "all, frame sense".ljust(20) + _ratio(tp, sum(said)).rjust(16) + _ratio(tp, sum(truth)).rjust(16)
          + "   " + _ratio(sum(truth), len(labels)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--labels", default=str(LABELS))
    ap.add_argument("--half", default="both", choices=["1", "2", "both"])
    ap.add_argument("--before", metavar="REV", help="also score the library of this git revision")
    ap.add_argument("--errors", action="store_true", help="list the disagreements (half 1 only)")
    ap.add_argument("--predict-only", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    labels = read_labels(Path(a.labels))
    shared = Path(a.shared)
    if a.predict_only:
        json.dump(predict(labels, shared), sys.stdout)
        return 0
    if a.errors and a.half != "1":
        raise SystemExit("--errors lists half 1 only (the rules are written from half 1; half 2 is held out): "
                         "add --half 1")
    runs = []
    if a.before:
        runs.append((f"before ({a.before})", predict_at(a.before, Path(a.labels), shared)))
    runs.append(("now", predict(labels, shared)))
    halves = ["1", "2"] if a.half == "both" else [a.half]
    for name, pred in runs:
        for h in halves:
            idx = [i for i, lab in enumerate(labels) if str(lab["half"]) == h]
            report([labels[i] for i in idx], [pred[i] for i in idx], f"{name}, half {h}")
    if a.errors:
        sys.path.insert(0, str(HERE))
        from sample_uses import read_documents
        text = {(d["corpus"], d["doc_id"]): d["text"] for d in read_documents(shared)}
        pred = runs[-1][1]
        print("\n== disagreements of half 1 (label -> library [rule]) ==")
        for lab, p in zip(labels, pred, strict=True):
            if str(lab["half"]) != "1" or (lab["use"], lab["voice"]) == (p["use"], _voice(p["voice"])):
                continue
            t = text[(lab["corpus"], lab["doc_id"])]
            ctx = " ".join((t[max(0, lab["start"] - 160):lab["start"]] + "[[" + t[lab["start"]:lab["end"]] + "]]"
                            + t[lab["end"]:lab["end"] + 80]).split())
            print(f"- {lab['corpus']}:{lab['doc_id']}@{lab['start']} {lab['pole']}: {lab['use']}/{lab['voice']} -> "
                  f"{p['use']}/{p['voice']} [{p['rule']}]\n    {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
