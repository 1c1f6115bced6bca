"""Large and hostile inputs: lexicon loading and checking, CSV reading, the corpus hash.

    python benchmarks/bench_hostile.py [--sizes 20000,100000] [--csv-rows 100000] [--repeat 1]

Everything is generated in a temporary folder (seeded, so every run times the same input) and measured in
one process, each against a baseline run on the same input in the same process:

- **lexicon load**: ``load_lexicon`` of a TOML file of N entries (4 categories; 70 % words, 15 % prefix
  globs, 15 % two- or three-word phrases; synthetic words) against ``tomllib.loads`` of the same text
  (the parse alone): the ratio is what building the lexicon adds to parsing. Before this benchmark
  loading did one line search per entry (100,000 entries: 587 s, issue 15).
- **lexicon check**: ``Lexicon.check()`` at N entries, and the all-pairs overlap loop it replaced run on
  2,000 entries (the baseline; its time grows with the square of N). The ratio check(100k)/check(20k)
  near 5 says the check grows linearly.
- **CSV**: ``iter_documents`` on a CSV of R rows (the reader that refuses rows with more fields than the
  header) against ``pandas.read_csv(dtype=object)`` of the same file.
- **corpus hash**: ``Corpus.hash()`` over every document column against SHA-256 of ids and texts only (the
  hash it replaced) on the same documents.

Nothing here asserts a time; ``tests/test_hostile.py`` checks the results.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import re
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import discourse as dc  # noqa: E402
from discourse.corpus import iter_documents  # noqa: E402
from discourse.lexicon import glob_regex  # noqa: E402

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def make_lexicon_toml(n: int, *, random_state: int = 0) -> str:
    """A TOML lexicon of ``n`` distinct entries over 4 categories (seeded)."""
    rng = random.Random(random_state)

    def word() -> str:
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 10)))

    cats: dict[str, list[str]] = {f"cat{k}": [] for k in range(4)}
    seen: set[str] = set()
    while len(seen) < n:
        r = rng.random()
        pattern = word() if r < 0.70 else word()[:5] + "*" if r < 0.85 else " ".join(word() for _ in range(rng.randint(2, 3)))
        if pattern in seen:
            continue
        seen.add(pattern)
        cats[f"cat{rng.randrange(4)}"].append(pattern)
    out = ['[metadata]\nname = "bench"\nversion = "0"\n']
    for cat, pats in cats.items():
        out.append(f"\n[categories.{cat}]\ndescription = \"synthetic\"\nentries = [\n")
        out.extend(f'  {{ pattern = "{p}", rationale = "entry {i}" }},\n' for i, p in enumerate(pats))
        out.append("]\n")
    return "".join(out)


def timed(fn, repeat: int = 1):
    best, value = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t0)
    return best, value


def all_pairs_overlaps(lex) -> int:
    """The overlap loop ``Lexicon.check`` used before: every pair of entries with the same number of parts."""
    def could(a, b) -> bool:
        for pa, pb in zip(a.parts, b.parts, strict=True):
            ga, gb = any(c in "*?" for c in pa), any(c in "*?" for c in pb)
            if not ga and not gb:
                if pa != pb:
                    return False
            elif ga != gb:
                g, lit = (pa, pb) if ga else (pb, pa)
                if not re.fullmatch(glob_regex(g), lit):
                    return False
            else:
                fa, fb = re.split(r"[*?]", pa)[0], re.split(r"[*?]", pb)[0]
                if not (fa.startswith(fb) or fb.startswith(fa)):
                    return False
        return True

    n = 0
    for a, b in itertools.combinations(lex.entries, 2):
        if len(a.parts) == len(b.parts) and a.category != b.category and could(a, b):
            n += 1
    return n


def bench_lexicon(sizes: list[int], repeat: int, tmp: Path) -> None:
    print("lexicon (TOML)        entries   load s   parse s  load/parse   check s   overlaps")
    checks = {}
    dc.load_lexicon("framing").check()  # warm up: imports and compiled patterns are not part of the timings
    for n in sizes:
        text = make_lexicon_toml(n)
        path = tmp / f"lex_{n}.toml"
        path.write_text(text, encoding="utf-8")
        t_parse, _ = timed(lambda text=text: tomllib.loads(text), repeat)
        t_load, lex = timed(lambda path=path: dc.load_lexicon(path), repeat)
        t_check, found = timed(lex.check, repeat)
        checks[n] = t_check
        n_overlap = int((found["issue"] == "overlap").sum())
        print(f"{'':22}{n:>7,}  {t_load:7.2f}  {t_parse:8.2f}  {t_load / t_parse:10.2f}  {t_check:8.2f}  {n_overlap:9,}")
    if len(sizes) > 1:
        lo, hi = sizes[0], sizes[-1]
        print(f"check growth {lo:,} -> {hi:,} entries: x{checks[hi] / checks[lo]:.1f} "
              f"(linear: x{hi / lo:.1f}; quadratic: x{(hi / lo) ** 2:.0f})")
    small = dc.load_lexicon(tmp / f"lex_{sizes[0]}.toml")
    sample = dc.Lexicon(small.entries[:2000], name="sample")
    t_old, n_old = timed(lambda: all_pairs_overlaps(sample), 1)
    t_new, found = timed(sample.check, 1)
    print(f"2,000 entries: all-pairs overlap loop (baseline) {t_old:.2f} s, check() {t_new:.3f} s, "
          f"ratio {t_old / t_new:.1f}; overlap pairs {n_old} vs {int((found['issue'] == 'overlap').sum()) // 2}")
    est = t_old * (sizes[-1] / 2000) ** 2
    print(f"the baseline extrapolated to {sizes[-1]:,} entries: ~{est:,.0f} s")


def bench_csv(rows: int, repeat: int, tmp: Path) -> None:
    rng = random.Random(1)
    path = tmp / "docs.csv"
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(rows)],
                       "source": [f"s{rng.randrange(20)}" for _ in range(rows)],
                       "text": [" ".join(rng.choice(["a", "b, c", "d"]) for _ in range(30)) for _ in range(rows)]})
    df.to_csv(path, index=False)
    t_lib, n = timed(lambda: sum(len(c) for c in iter_documents(path, chunksize=50_000)), repeat)
    t_base, _ = timed(lambda: pd.read_csv(path, dtype=object), repeat)
    print(f"\nCSV of {rows:,} rows ({path.stat().st_size / 2**20:.1f} MB): iter_documents {t_lib:.2f} s, "
          f"pandas.read_csv {t_base:.2f} s, ratio {t_lib / t_base:.2f} ({n:,} rows)")
    corpus = dc.load_corpus(path, clean=False)
    t_hash, _ = timed(corpus.hash, repeat)

    def old_hash() -> str:
        h = hashlib.sha256()
        for d, t in zip(corpus.documents["doc_id"], corpus.documents["text"], strict=True):
            h.update(d.encode("utf-8") + b"\x00" + t.encode("utf-8") + b"\x01")
        return h.hexdigest()

    t_old, _ = timed(old_hash, repeat)
    print(f"Corpus.hash over {len(corpus.documents.columns)} columns: {t_hash:.2f} s; ids and texts only "
          f"(the old hash): {t_old:.2f} s; ratio {t_hash / t_old:.1f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="20000,100000", help="lexicon sizes, comma-separated")
    ap.add_argument("--csv-rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as d:
        bench_lexicon(sizes, args.repeat, Path(d))
        bench_csv(args.csv_rows, args.repeat, Path(d))
    return 0


if __name__ == "__main__":
    sys.exit(main())
