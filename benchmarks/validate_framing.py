"""Known-groups validity of the frame balance, with folds by web domain and a naive regex baseline.

    python benchmarks/validate_framing.py [PATH] [--folds 5] [--voice all]

PATH is the development split of the framing validation set (default ``../shared/validation/framing_dev.jsonl``
next to the repository; one JSON object a line with ``id``, ``domain``, ``label``, ``text``; see that folder's
README). The texts are read, never copied into the repository.

**Groups.** ``label`` says who published the page: ``vendor``, ``rights``, ``news``, ``policy``. A framing
measure that works places vendor pages on the promotional side, rights organisations on the critical side,
news between (policy pages are a mixed group: reported beside the others, not a known group).

**Folds.** Pages are split by web domain into ``--folds`` folds: the fold of a page is the CRC-32 of its
registrable domain (the last two labels, three for second-level country domains such as ``org.uk``;
``newsroom.axis.com`` and ``axis.com`` are one domain) modulo K. So every page of one publisher is in one
fold, and a measure is never tested on a publisher it was tuned on. The split does not depend on the order
of the file or on a random seed.

**Measures**, each a per-page signed log-odds ``log((a + 0.5) / (b + 0.5))`` of promotional (``a``) and
rights (``b``) hits, in the ``--voice`` rows of :func:`discourse.frame_balance` (default ``all``):

- ``use-aware``: :func:`discourse.frame_balance` with its defaults (``uses="evaluative"``: only hits that
  :mod:`discourse.stance` finds the speaker adopts);
- ``plain``: the same with ``uses="all"`` (every lexicon hit; the 1.x counting with the 2.0 lexicon);
- ``regex``: the naive baseline: a case-insensitive regular expression per pole made of the same lexicon
  entries (globs ``*`` -> ``\\w*``, ``?`` -> ``\\w``, phrases with ``\\s+``, word boundaries, longer
  alternatives first), counted over the raw page text;
- ``tuned``: nested choice of ``uses`` among {evaluative; evaluative+reported; all but distanced; all} and
  of the voice (all, author), made on the *other* folds (highest mean of the three known-group AUCs) and
  applied to the held-out fold: it never sees the fold it is scored on.

The rules of :mod:`discourse.stance` and the lexicon entries were written from linguistics and the seeds,
then measured here once with every fold held out. One rule was changed after that first measurement
(``proper_name``: a capitalised term must sit inside a longer name), prompted by the seeds and by hits read
on the *tuning folds* (``--tuning-folds``, default 0, 1, 2) only; the script therefore also prints the
AUCs on the remaining folds, which no change has looked at.

**Figures.** AUC = Mann-Whitney U of the first group over ``n1 * n2`` (ties count one half; Hanley &
McNeil 1982), computed with scipy: the probability that a page of the first group scores higher than a
page of the second. Per fold (where both groups have pages in the fold) and pooled over all held-out
folds; group means of the balance. Targets of issue 11 (to be checked on unseen domains): vendor>rights >=
0.99, vendor>news >= 0.92, news>rights >= 0.90, means ordered vendor > news > rights, and >= 0.10 AUC above
the regex baseline on vendor>news and news>rights.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import mannwhitneyu

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "validation" / "framing_dev.jsonl"
CONTRASTS = [("vendor", "rights"), ("vendor", "news"), ("news", "rights"), ("vendor", "policy"),
             ("policy", "rights")]
KNOWN = CONTRASTS[:3]
USE_OPTIONS = {"evaluative": "evaluative", "evaluative+reported": ["evaluative", "reported"],
               "all but distanced": ["evaluative", "referential", "reported"], "all": "all"}
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu"}


def registrable_domain(domain: str) -> str:
    """``newsroom.axis.com`` -> ``axis.com``; ``www.amnesty.org.uk`` -> ``amnesty.org.uk``; ports dropped."""
    host = domain.lower().split(":")[0].strip(".")
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def fold_of(domain: str, k: int) -> int:
    return zlib.crc32(registrable_domain(domain).encode("utf-8")) % k


def auc(scores: pd.Series, labels: pd.Series, pos: str, neg: str) -> float:
    a = scores[labels == pos].dropna().to_numpy(dtype=float)
    b = scores[labels == neg].dropna().to_numpy(dtype=float)
    if len(a) == 0 or len(b) == 0:
        return float("nan")
    return float(mannwhitneyu(a, b).statistic) / (len(a) * len(b))


def regex_scores(texts: pd.Series, lexicon, poles=("promotional", "rights")) -> pd.Series:
    """The naive baseline: signed log-odds of case-insensitive regex counts of the pole entries."""
    def part(p: str) -> str:
        return "".join(r"\w*" if c == "*" else r"\w" if c == "?" else re.escape(c) for c in p)

    rx = {}
    for pole in poles:
        pats = sorted((e.pattern for e in lexicon.entries if e.category == pole), key=len, reverse=True)
        alts = [r"\s+".join(part(w) for w in p.split(" ")) for p in pats]
        rx[pole] = re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)
    a = texts.map(lambda t: len(rx[poles[0]].findall(t)))
    b = texts.map(lambda t: len(rx[poles[1]].findall(t)))
    return np.log((a + 0.5) / (b + 0.5))


def measure_table(path: Path, k: int, voice: str) -> pd.DataFrame:
    import discourse as dc

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    meta = pd.DataFrame({"doc_id": [r["id"] for r in rows], "label": [r["label"] for r in rows],
                         "domain": [registrable_domain(r["domain"]) for r in rows]})
    meta["fold"] = [fold_of(r["domain"], k) for r in rows]
    corpus = dc.load_corpus(path, text="text", source="label", doc_id="id")
    tokens = dc.tokenize(corpus)
    lex = dc.load_lexicon("framing")
    out = meta.set_index("doc_id")
    for name, uses in USE_OPTIONS.items():
        fb = dc.frame_balance(tokens, lex, level="document", voice=["all", "author"], uses=uses, n_boot=0)
        for v in ("all", "author"):
            # a page with no counted pole hit leans neither way: 0 for ranking (frame_balance leaves it
            # missing, as no estimate), so that every page takes part in every AUC
            out[f"{name}|{v}"] = fb[fb["voice"] == v].set_index("doc_id")["balance"].fillna(0.0)
        out[name] = out[f"{name}|{voice}"]
    texts = corpus.documents.set_index("doc_id")["text"]
    out["regex"] = regex_scores(texts, lex).reindex(out.index)
    out["use-aware"] = out["evaluative"]
    out["plain"] = out["all"]
    return out.reset_index()


def nested_tuned(df: pd.DataFrame, k: int) -> tuple[pd.Series, dict[int, str]]:
    """Scores of the ``tuned`` measure: per held-out fold, the ``uses`` option with the highest mean
    known-group AUC on the other folds (ties: the first option in USE_OPTIONS order)."""
    scores = pd.Series(np.nan, index=df.index)
    chosen = {}
    for f in range(k):
        train = df[df["fold"] != f]
        best, best_v = None, -1.0
        for name in [f"{u}|{v}" for v in ("all", "author") for u in USE_OPTIONS]:
            v = np.nanmean([auc(train[name], train["label"], p, n) for p, n in KNOWN])
            if v > best_v + 1e-12:
                best, best_v = name, v
        chosen[f] = best
        held = df["fold"] == f
        scores[held] = df.loc[held, best]
    return scores, chosen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT), help="framing_dev.jsonl (default: %(default)s)")
    ap.add_argument("--folds", type=int, default=5, help="number of domain folds (default 5)")
    ap.add_argument("--voice", default="all", choices=["all", "author"],
                    help="which voice row of frame_balance to score (default all)")
    ap.add_argument("--tuning-folds", default="0,1,2",
                    help="folds that rule changes after the first measurement were checked on (default 0,1,2)")
    args = ap.parse_args(argv)
    path = Path(args.path)
    if not path.is_file():
        print(f"validation file not found: {path}; pass its path as the first argument", file=sys.stderr)
        return 2
    if args.folds < 2:
        print(f"--folds={args.folds}: need at least 2 folds", file=sys.stderr)
        return 2
    k = args.folds
    df = measure_table(path, k, args.voice)
    df["tuned"], chosen = nested_tuned(df, k)
    measures = ["use-aware", "plain", "regex", "tuned"]

    print(f"{path.name}: {len(df)} pages, {df['domain'].nunique()} domains, {k} domain folds; voice={args.voice}")
    sizes = df.pivot_table(index="fold", columns="label", values="doc_id", aggfunc="count", fill_value=0)
    print("\npages per fold and group:\n" + sizes.to_string())
    print("\ntuned: uses|voice chosen on the other folds, per held-out fold: "
          + ", ".join(f"{f}: {c}" for f, c in chosen.items()))

    recs = []
    for m in measures:
        for p, n in CONTRASTS:
            rec = {"measure": m, "contrast": f"{p}>{n}"}
            for f in range(k):
                sub = df[df["fold"] == f]
                rec[f"fold {f}"] = auc(sub[m], sub["label"], p, n)
            rec["pooled"] = auc(df[m], df["label"], p, n)
            recs.append(rec)
    tab = pd.DataFrame(recs)
    with pd.option_context("display.width", 160, "display.max_columns", 20, "display.float_format", "{:.3f}".format):
        print("\nAUC per held-out fold (nan: the fold lacks one of the groups) and pooled over held-out folds:")
        print(tab.to_string(index=False))
        means = df.groupby("label")[measures].mean().T[["vendor", "news", "policy", "rights"]]
        print("\ngroup means of the balance (log-odds promotional vs rights):")
        print(means.to_string())
        pooled = tab.pivot(index="measure", columns="contrast", values="pooled")
        print("\npooled AUC gain over the regex baseline:")
        print((pooled.loc[["use-aware", "plain", "tuned"]] - pooled.loc["regex"]).to_string())
    tuning = {int(x) for x in args.tuning_folds.split(",") if x.strip()}
    held = df[~df["fold"].isin(tuning)]
    rec2 = {m: {f"{p}>{n}": auc(held[m], held["label"], p, n) for p, n in CONTRASTS} for m in measures}
    with pd.option_context("display.width", 160, "display.float_format", "{:.3f}".format):
        print(f"\nAUC on the folds no rule change looked at ({', '.join(map(str, sorted(set(range(k)) - tuning)))}; "
              f"{len(held)} pages: " + ", ".join(f"{g} {n}" for g, n in held["label"].value_counts().sort_index().items())
              + "):")
        print(pd.DataFrame(rec2).T.to_string())
    order = {m: bool(means.loc[m, "vendor"] > means.loc[m, "news"] > means.loc[m, "rights"]) for m in measures}
    print("\nmeans ordered vendor > news > rights: " + ", ".join(f"{m}: {'yes' if v else 'no'}" for m, v in order.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
