"""Identity check: ``find_quote_spans`` of this tree against a git revision's, on many texts.

    python benchmarks/check_quotes_identity.py [--before main] [--ungd-step 40] [--cache DIR] [--ignore KEY ...]

Texts: the bundled seeds, all 500 Brown texts (``../shared/corpora/brown/``), the development pages
(``../shared/validation/framing_dev.jsonl``) and every ``--ungd-step``-th UN General Debate speech. Settings:
the default (speakers, no reported speech), ``reported=True`` (tokenize's) and ``reported=True,
speakers=False`` (the matcher's), each with the paragraphs of :func:`discourse.text.paragraphs` as the callers
give them and, for the default, without (the function's own paragraphs). The revision's output is computed
with ``benchmarks._common.package_at`` (imported as ``discourse_before``) and may be cached in ``--cache``
(keyed by the revision's commit). Prints the number of texts and quotations per setting and every text
whose output differs; exits 1 on any difference. Speed-ups of quotation finding must keep this at 0. ``--ignore``
leaves keys out of both outputs (a key the revision did not yet give, such as ``interpolations``, makes every
quotation differ otherwise).
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import REPO, SEEDS, UNGD, package_at  # noqa: E402

BROWN = REPO.parent / "shared" / "corpora" / "brown" / "brown.jsonl.gz"
DEV = REPO.parent / "shared" / "validation" / "framing_dev.jsonl"
SETTINGS = {
    "default, own paragraphs": {"paras": False},
    "default": {},
    "reported=True": {"reported": True},
    "reported=True, speakers=False": {"reported": True, "speakers": False},
}


def texts(ungd_step: int) -> list[tuple[str, str]]:
    """(name, text) of every text checked."""
    out = [(f"seed:{p.name}", p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    if BROWN.exists():
        with gzip.open(BROWN, "rt", encoding="utf-8") as fh:
            out += [(f"brown:{d['doc_id']}", d["text"]) for d in map(json.loads, fh)]
    if DEV.exists():
        with open(DEV, encoding="utf-8") as fh:
            out += [(f"dev:{d['id']}", d["text"]) for d in map(json.loads, fh) if d.get("text")]
    if UNGD.exists():
        with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % ungd_step == 0:
                    d = json.loads(line)
                    if d.get("text"):
                        out.append((f"ungd:{d.get('doc_id', i)}", d["text"]))
    return out


def run(pkg, items, setting: dict, ignore: frozenset[str] = frozenset()) -> list[str]:
    """A digest of the output (the list of dicts, in order, with every key and value but ``ignore``) per text."""
    from discourse.text import paragraphs
    find = importlib.import_module(pkg.__name__ + ".quotes").find_quote_spans
    kw = dict(setting)
    own = kw.pop("paras", True) is False
    out = []
    for _, t in items:
        spans = find(t, **kw) if own else find(t, paragraphs=paragraphs(t), **kw)
        out.append(hashlib.sha256(repr([sorted((k, v) for k, v in d.items() if k not in ignore)
                                         for d in spans]).encode()).hexdigest()
                   + f":{len(spans)}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", default="main", help="git revision to compare with (default main)")
    ap.add_argument("--ungd-step", type=int, default=40)
    ap.add_argument("--cache", type=Path, default=None, help="directory for the revision's digests")
    ap.add_argument("--ignore", nargs="*", default=[], metavar="KEY", help="keys left out of both outputs")
    args = ap.parse_args(argv)
    ignore = frozenset(args.ignore)
    rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", args.before], check=True, capture_output=True,
                         text=True).stdout.strip()
    items = texts(args.ungd_step)
    print(f"{len(items)} texts ({sum(len(t) for _, t in items) / 2**20:.1f} M characters); before = {rev[:10]}")
    tag = "_".join(sorted(ignore))
    cache = args.cache / f"quotes_{rev}_{args.ungd_step}{'_' + tag if tag else ''}.pkl" if args.cache else None
    if cache is not None and cache.exists():
        before = pickle.loads(cache.read_bytes())
    else:
        old = package_at(rev)
        before = {name: run(old, items, s, ignore) for name, s in SETTINGS.items()}
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(pickle.dumps(before))
    import discourse
    bad = 0
    for name, s in SETTINGS.items():
        after = run(discourse, items, s, ignore)
        diff = [items[i][0] for i, (a, b) in enumerate(zip(before[name], after, strict=True)) if a != b]
        n_quotes = sum(int(a.rsplit(":", 1)[1]) for a in after)
        print(f"  {name:34s} {len(items)} texts, {n_quotes:,} quotations: {len(diff)} differ"
              + (f" ({', '.join(diff[:10])})" if diff else ""))
        bad += len(diff)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
