"""Identity check: ``clean_document`` of this tree against a git revision's, on many texts.

    python benchmarks/check_clean_identity.py [--before main] [--ungd-step 20] [--cache DIR] [--kernels]

Texts: the bundled seeds, all 500 Brown texts (``../shared/corpora/brown/``), every ``--ungd-step``-th UN General
Debate speech and the development pages (``../shared/validation/framing_dev.jsonl``), read where they lie (none of
their text is copied). Each is cleaned by this tree and by the revision (``benchmarks._common.package_at``, imported
as ``discourse_before``; ``--kernels`` compiles the revision's kernels into it) and everything cleaning gives is
compared: every set-aside span with all its keys (kind, rule, start, end, text, doc_id) in order, the fields the
header states (title, author, date, outlet, url), the cleaned text (the text with the spans cut out, as ``tokenize``
leaves them) and the warnings raised while cleaning. The revision's digests may be cached in ``--cache`` (keyed by
its commit). Prints one line per corpus with the number of documents that differ (and the first of them); exits 1
on any difference. Speed-ups of cleaning must keep this at 0.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import json
import pickle
import subprocess
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import REPO, SEEDS, UNGD, package_at  # noqa: E402

BROWN = REPO.parent / "shared" / "corpora" / "brown" / "brown.jsonl.gz"
DEV = REPO.parent / "shared" / "validation" / "framing_dev.jsonl"


def corpora(ungd_step: int) -> dict[str, list[tuple[str, str]]]:
    """corpus name -> (doc_id, text) of every text checked."""
    out = {"seeds": [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]}
    if BROWN.exists():
        with gzip.open(BROWN, "rt", encoding="utf-8") as fh:
            out["brown"] = [(str(d["doc_id"]), d["text"]) for d in map(json.loads, fh) if d.get("text")]
    if UNGD.exists() and ungd_step:
        rows = []
        with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % ungd_step == 0:
                    d = json.loads(line)
                    if d.get("text"):
                        rows.append((str(d.get("doc_id", i)), d["text"]))
        out[f"ungd[::{ungd_step}]"] = rows
    if DEV.exists():
        with open(DEV, encoding="utf-8") as fh:
            out["framing_dev"] = [(str(d["id"]), d["text"]) for d in map(json.loads, fh) if d.get("text")]
    return out


def cleaned_text(text: str, spans: list[dict]) -> str:
    """The text with the set-aside spans cut out (overlapping spans merged)."""
    parts, pos = [], 0
    for sp in sorted(spans, key=lambda d: (d["start"], d["end"])):
        if sp["start"] > pos:
            parts.append(text[pos:sp["start"]])
        pos = max(pos, sp["end"])
    parts.append(text[pos:])
    return "".join(parts)


def digest(pkg, items: list[tuple[str, str]]) -> list[str]:
    """A digest of everything ``clean_document`` gives, per text (and the number of spans after a colon)."""
    clean = importlib.import_module(pkg.__name__ + ".clean").clean_document
    out = []
    for doc_id, text in items:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            res = clean(text, doc_id)
        record = (
            [sorted(sp.items()) for sp in res.spans],
            sorted((k, repr(v)) for k, v in res.fields.items()),
            cleaned_text(text, res.spans),
            [(w.category.__name__, str(w.message)) for w in caught],
        )
        out.append(hashlib.sha256(repr(record).encode()).hexdigest() + f":{len(res.spans)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default="main", help="git revision to compare with (default main)")
    ap.add_argument("--ungd-step", type=int, default=20, help="every n-th UN speech (default 20; 0: none)")
    ap.add_argument("--cache", type=Path, default=None, help="directory for the revision's digests")
    ap.add_argument("--kernels", action="store_true", help="compile the revision's kernels into it")
    args = ap.parse_args(argv)
    rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", args.before], check=True, capture_output=True,
                         text=True).stdout.strip()
    items = corpora(args.ungd_step)
    cache = args.cache / f"clean_{rev}_{args.ungd_step}{'_k' if args.kernels else ''}.pkl" if args.cache else None
    if cache is not None and cache.exists():
        before = pickle.loads(cache.read_bytes())
    else:
        old = package_at(rev, kernels=args.kernels)
        before = {name: digest(old, docs) for name, docs in items.items()}
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(pickle.dumps(before))
    import discourse

    bad = 0
    for name, docs in items.items():
        after = digest(discourse, docs)
        diff = [docs[i][0] for i, (a, b) in enumerate(zip(before[name], after, strict=True)) if a != b]
        n_spans = sum(int(a.rsplit(":", 1)[1]) for a in after)
        print(f"{name:<14} {len(docs):>4} documents, {n_spans:>6,} spans: {len(diff)} differ"
              + (f" (first: {', '.join(diff[:5])})" if diff else ""), flush=True)
        bad += len(diff)
    print(f"{'all identical' if not bad else f'{bad} document(s) differ'} (against {args.before}, {rev[:10]})")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
