"""Time of the repeat finders against loading the same documents: ``find_repeated_lines`` (lines a source
repeats), ``find_near_duplicates`` (near copies of long texts) and ``set_aside_repeated``, on the first N UN
General Debate speeches grouped by country, against ``load_corpus`` of the same records (the baseline: the
finders are an opt-in step after loading, and should cost about as much).

    python benchmarks/bench_repeats.py [PATH] [--limit 10000] [--repeat 3] [--no-arrow]

Prints CPU seconds (this process; the machine is shared) and wall seconds of each step, the medians of the
rounds, and what each found.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import default_corpus  # noqa: E402


def _timed(f, *a, **kw):
    w, c = time.perf_counter(), time.process_time()
    out = f(*a, **kw)
    return out, time.process_time() - c, time.perf_counter() - w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=None)
    ap.add_argument("--limit", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--source", default="country_iso3")
    ap.add_argument("--no-arrow", action="store_true", help="split texts in Python, as without pyarrow")
    args = ap.parse_args(argv)
    import discourse as dc
    import discourse.repeats

    discourse.repeats._USE_ARROW = not args.no_arrow

    path = Path(args.path) if args.path else default_corpus()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh, tempfile.NamedTemporaryFile(
            "w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i >= args.limit:
                break
            out.write(line)
        sample = out.name
    steps = {"load_corpus": [], "find_repeated_lines": [], "set_aside_repeated": [], "find_near_duplicates": []}
    found = {}
    for _ in range(args.repeat):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus, c, w = _timed(dc.load_corpus, sample, source=args.source)
            steps["load_corpus"].append((c, w))
            lines, c, w = _timed(dc.find_repeated_lines, corpus)
            steps["find_repeated_lines"].append((c, w))
            aside, c, w = _timed(dc.set_aside_repeated, corpus)
            steps["set_aside_repeated"].append((c, w))
            near, c, w = _timed(dc.find_near_duplicates, corpus)
            steps["find_near_duplicates"].append((c, w))
        found = {"documents": len(corpus), "characters": int(corpus.documents["text"].str.len().sum()),
                 "repeated lines": len(lines), "spans added": len(aside.set_aside) - len(corpus.set_aside),
                 "near copies": len(near)}
    print(f"{path.name}, first {args.limit:,} records: " + ", ".join(f"{k} {v:,}" for k, v in found.items()))
    base = statistics.median(c for c, _ in steps["load_corpus"])
    for name, runs in steps.items():
        cpu = statistics.median(c for c, _ in runs)
        wall = statistics.median(w for _, w in runs)
        print(f"  {name:<22} cpu {cpu:6.2f} s  wall {wall:6.2f} s  ({cpu / base:.2f}x loading's cpu)")
    Path(sample).unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
