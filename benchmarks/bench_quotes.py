"""Quotation finding: discourse's find_quote_spans against a plain regex pairing, in one process.

    python benchmarks/bench_quotes.py [CORPUS] [--big-mb 50]

CORPUS defaults to the UN General Debate corpus (../shared/corpora/ungd/) where present, else the seeds.
Every figure is measured in this run on the same texts and printed with its ratio to the baseline (no
timing is asserted anywhere). Steps:

1. read the texts (not timed against anything);
2. baseline: one compiled regex that pairs each opening mark with the next closing mark on the same line
   (``“[^”\\n]*”|"[^"\\n]*"|‘[^’\\n]*’``), the cheapest quotation finder there is (it knows no nesting,
   apostrophes, paragraphs, kinds or speakers);
3. ``find_quote_spans`` on every text (spans, nesting, apostrophes, kinds, speakers, anomalies);
4. one document of ``--big-mb`` MB (the seeds repeated, so it is full of quotations), both ways, to show
   that a single very long text stays linear;
5. hostile input (issue 15, item 8): documents made only of quotation marks (``"``, ``“”``, ``“a” ``,
   ``'``) of ``--marks-mb`` / 2 and ``--marks-mb`` MB: time, MB/s, the time ratio of the two sizes (about 2
   when linear), the ratio against the baseline regex on the same text, and the traced peak memory per
   quotation found on a 100,000-character sample (memory proportional to the output).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import SEEDS, default_corpus  # noqa: E402
from discourse.quotes import find_quote_spans  # noqa: E402

BASELINE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|‘[^’\n]*’")


def read_texts(path: Path) -> list[str]:
    if path.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def run(texts: list[str]) -> tuple[float, int, float, int]:
    t0 = time.perf_counter()
    n_base = sum(1 for t in texts for _ in BASELINE.finditer(t))
    t_base = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_ours = sum(len(find_quote_spans(t)) for t in texts)
    t_ours = time.perf_counter() - t0
    return t_base, n_base, t_ours, n_ours


def report(label: str, texts: list[str]) -> None:
    mb = sum(len(t) for t in texts) / 1e6
    t_base, n_base, t_ours, n_ours = run(texts)
    print(f"{label}: {len(texts):,} texts, {mb:.1f} M characters")
    print(f"  baseline regex pairing   {t_base:8.2f} s  {mb / t_base:8.1f} MB/s  {n_base:,} pairs")
    print(f"  find_quote_spans         {t_ours:8.2f} s  {mb / t_ours:8.1f} MB/s  {n_ours:,} quotations")
    print(f"  ratio (find_quote_spans / baseline time): {t_ours / t_base:.1f}x")


def marks_only(mb: float) -> None:
    """Texts made only of quotation marks: linear time, memory in proportion to the quotations found."""
    print(f"texts made only of quotation marks ({mb / 2:g} and {mb:g} MB)")
    for unit in ('"', "“”", "“a” ", "'"):
        times = []
        for size in (mb / 2, mb):
            text = unit * int(size * 1e6 // len(unit))
            t0 = time.perf_counter()
            n_base = sum(1 for _ in BASELINE.finditer(text))
            t_base = time.perf_counter() - t0
            t0 = time.perf_counter()
            n = len(find_quote_spans(text))
            times.append(time.perf_counter() - t0)
        sample = unit * (100_000 // len(unit))
        tracemalloc.start()
        n_sample = len(find_quote_spans(sample))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        per = f"{peak / n_sample:8.0f} B/quotation" if n_sample else f"{peak / 1e6:8.1f} MB peak, no quotation"
        print(f"  {unit!r:8s} {times[1]:7.2f} s  {mb / times[1]:6.2f} MB/s  {n:9,} quotations  "
              f"time {mb:g} MB / {mb / 2:g} MB: {times[1] / times[0]:4.2f}  vs baseline regex "
              f"({n_base:,} pairs): {times[1] / max(t_base, 1e-9):7.0f}x  {per}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=default_corpus())
    ap.add_argument("--big-mb", type=float, default=50.0)
    ap.add_argument("--marks-mb", type=float, default=2.0, help="size of the marks-only documents (0: skip)")
    args = ap.parse_args(argv)
    find_quote_spans("“warm up”")  # imports
    report(str(args.corpus), read_texts(args.corpus))
    seeds = "\n\n".join(read_texts(SEEDS))
    big = (seeds + "\n\n") * max(1, int(args.big_mb * 1e6 // (len(seeds) + 2)))
    report(f"one document of the seeds repeated ({args.big_mb:g} MB)", [big])
    if args.marks_mb > 0:
        marks_only(args.marks_mb)


if __name__ == "__main__":
    main()
