"""Quotation finding on one long document with thousands of different speakers, against an earlier revision.

    python benchmarks/bench_many_speakers.py --before REV [--n 2000,8000] [--repeat 3]

A made-up news document (deterministic, seed 0) of ``n`` paragraphs, each naming a company in full, quoting one of
its people and then the company by a short form: ``2n`` speech quotations by ``2n`` different speakers, about 180
characters of text per quotation. Every step that reads the whole text once per speaker grows with the square of the
document; this shows it as the ratio of this tree's time to REV's growing with ``n``. Round 33's fullest-form step
(part 7) searched the text once per speaker in its first version (3.4x REV's time at n = 8,000); it reads it once.

Timed: ``find_quote_spans(text)`` (CPU seconds, ``time.process_time``, median of ``--repeat`` runs, this tree and REV
alternated in one process, REV with its own compiled kernels). Ratios are REV's time over this tree's (above 1: this
tree is faster).
"""

from __future__ import annotations

import argparse
import importlib
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import package_at  # noqa: E402
from discourse.quotes import find_quote_spans  # noqa: E402

FIRST = ["Anna", "Brian", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas"]


def document(n: int) -> str:
    """The made-up document of ``n`` paragraphs (see the module docstring)."""
    rng = random.Random(0)
    parts = []
    for i in range(n):
        person = f"{rng.choice(FIRST)} Q{i}son"
        parts.append(f"Acme Widgets Q{i} Ltd said it was growing. {person} of Acme Widgets Q{i} said the plan was "
                     f"\"a very good idea for all of us\". Acme Widgets Q{i} said it \"would continue\".")
    return "Headline\n\n" + "\n\n".join(parts)


def timed(find, text: str) -> float:
    t = time.process_time()
    find(text)
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", required=True, help="git revision to compare with")
    ap.add_argument("--n", default="2000,8000", help="paragraphs of the document, comma-separated")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    before = importlib.import_module(package_at(args.before, kernels=True).__name__ + ".quotes").find_quote_spans
    print(f"one document, n paragraphs, 2n speakers; before = {args.before}")
    for n in (int(x) for x in args.n.split(",")):
        text = document(n)
        same = [(q["start"], q["kind"]) for q in before(text)] == [(q["start"], q["kind"]) for q in find_quote_spans(text)]
        a, b = [], []
        for _ in range(args.repeat):
            a.append(timed(before, text))
            b.append(timed(find_quote_spans, text))
        ta, tb = statistics.median(a), statistics.median(b)
        print(f"  n = {n:6d} ({len(text) / 1e6:.2f} MB)  before {ta:6.2f} s  this tree {tb:6.2f} s  {ta / tb:.2f}x"
              f"  (spans and kinds {'identical' if same else 'differ'})")


if __name__ == "__main__":
    main()
