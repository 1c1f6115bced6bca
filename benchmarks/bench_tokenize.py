"""The token table: tokenize speed, bytes per token and peak memory, against baselines in the same process.

    python benchmarks/bench_tokenize.py [CORPUS] [--mb 5] [--before main] [--repeat 3] [--skip-memory]

CORPUS defaults to the UN General Debate corpus (../shared/corpora/ungd/) where present, else the seeds. The
first documents of the corpus up to ``--mb`` million characters are read into memory (with ``country`` as
``source`` where the corpus has it) and every variant runs on exactly those texts:

- **findall**: ``collections.Counter(re.findall(r"\\w+", text))`` per document: the upper bound of Python
  tokenizing (no offsets, sentences, quotations or table), the baseline the issue names;
- **now**: ``tokenize(corpus)`` of this checkout (every document column carried, quotations found);
- **before**: ``tokenize(corpus)`` of the package as of git revision ``--before`` (default ``main``), extracted
  to a temporary folder and imported as ``discourse_before`` next to this checkout's ``discourse`` (the
  trick of ``bench_speakers.py --before``, for the whole package, so that its segmentation and quotations
  are those of that revision too), with that revision's compiled kernel where it has one (as a built
  checkout of it runs; this checkout's kernel must be built too: ``python hatch_build.py``);
- **now, quotes=False** and **before, quotes=False**: the same without quotation finding.

Each variant runs once untimed (imports and the stem caches warm, as they are after the first chunk of a
large corpus), then ``--repeat`` times in alternation; the figure is the median of the CPU seconds (this
process; steadier than wall time on a shared machine). MB/s is millions of characters of document text per
CPU second. Printed: MB/s, ratios against findall and before, ``memory_usage(deep=True)`` bytes per token of
both tables, and whether their values are identical (every column of ``before``, compared as objects with
missing values as missing). Peak memory (``--skip-memory`` leaves it out): a fresh child process per variant
reads the same texts, then tokenizes; printed is its peak RSS (Linux VmHWM) above the RSS just before
``tokenize``, per token.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks._common import default_corpus, package_at, peak_rss_mb, rss_mb  # noqa: E402


def read_sample(path: Path, mb: float):
    """The first documents of ``path`` up to ``mb`` million characters, as a DataFrame (country -> source)."""
    import pandas as pd

    import discourse as dc
    from discourse.corpus import iter_documents

    if path.is_dir():
        return dc.load_corpus(path).documents.drop(columns=["date"])
    frames, total = [], 0
    for df in iter_documents(path, chunksize=200):
        lens = df["text"].str.len().to_numpy()
        take = int((lens.cumsum() < mb * 1e6 - total).sum()) + 1
        frames.append(df.iloc[:take])
        total += int(lens[:take].sum())
        if take < len(df) or total >= mb * 1e6:
            break
    df = pd.concat(frames, ignore_index=True)
    if "country" in df.columns:
        df = df.drop(columns=[c for c in ("source",) if c in df.columns]).rename(columns={"country": "source"})
    if "speaker" in df.columns:  # the speech's speaker, not the token table's quoted speaker
        df = df.rename(columns={"speaker": "doc_speaker"})
    return df


def as_corpus(package, df):
    """The sample as a Corpus of ``package`` (this checkout's or the 'before' one)."""
    return package.Corpus.from_dataframe(df, text="text", date=None)


def findall_counts(corpus) -> int:
    word = re.compile(r"\w+")
    n = 0
    for text in corpus.documents["text"]:
        n += sum(collections.Counter(word.findall(text)).values())
    return n


def has_kernel(package) -> str:
    """'yes' where ``package`` tokenises with its compiled kernel, else 'NO'."""
    import importlib

    return "yes" if getattr(importlib.import_module(f"{package.__name__}.text"), "_KERNEL", None) else "NO"


def same_values(before, now) -> bool:
    """Every column of ``before`` equal in ``now``, compared as objects (missing values equal)."""
    import pandas as pd

    if len(before) != len(now) or not set(before.columns) <= set(now.columns):
        return False
    for c in before.columns:
        a = before[c].astype(object).where(before[c].notna(), None).reset_index(drop=True)
        b = now[c].astype(object).where(now[c].notna(), None).reset_index(drop=True)
        if not a.equals(b):
            try:
                pd.testing.assert_series_equal(a, b, check_dtype=False, check_names=False)
            except AssertionError:
                return False
    return True


def memory_child(path: Path, mb: float, variant: str, rev: str) -> None:
    """Tokenize the sample with one variant; print peak RSS above the RSS before tokenize, per token."""
    df = read_sample(path, mb)
    if variant.startswith("before"):
        package = package_at(rev, kernels=True)
    else:
        import discourse as package
    corpus, tokenize = as_corpus(package, df), package.tokenize
    quotes = not variant.endswith("noquotes")
    # the warm-up on one document loads nltk, the stopwords and the Punkt tables before the baseline
    tokenize(as_corpus(package, df.iloc[:1]), quotes=quotes)
    base = rss_mb()
    tokens = tokenize(corpus, quotes=quotes)
    peak = peak_rss_mb()
    print(json.dumps({"variant": variant, "tokens": len(tokens), "extra_mb": peak - base,
                      "bytes_per_token": (peak - base) * 2**20 / max(len(tokens), 1),
                      "table_bytes_per_token": float(tokens.memory_usage(deep=True).sum()) / max(len(tokens), 1)}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=None)
    ap.add_argument("--mb", type=float, default=5.0, help="millions of characters of text to read (default 5)")
    ap.add_argument("--before", default="main", help="git revision of the 'before' tokenizer ('' to skip)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--memory-child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    path = Path(args.corpus) if args.corpus else default_corpus()
    warnings.simplefilter("ignore")
    if args.memory_child:
        memory_child(path, args.mb, args.memory_child, args.before)
        return 0

    import discourse as dc

    df = read_sample(path, args.mb)
    corpus = as_corpus(dc, df)
    chars = int(corpus.documents["text"].str.len().sum())
    print(f"{path.name}: {len(corpus.documents):,} documents, {chars / 1e6:.2f} M characters, "
          f"{len(corpus.documents.columns) - 2} document columns", flush=True)
    print(f"compiled kernel: now {has_kernel(dc)}", end="", flush=True)
    variants = {"findall": lambda: findall_counts(corpus),
                "now": lambda: dc.tokenize(corpus),
                "now, quotes=False": lambda: dc.tokenize(corpus, quotes=False)}
    if args.before:
        before = package_at(args.before, kernels=True)
        corpus_b = as_corpus(before, df)
        print(f", before {has_kernel(before)}", end="")
        variants["before"] = lambda: before.tokenize(corpus_b)
        variants["before, quotes=False"] = lambda: before.tokenize(corpus_b, quotes=False)
    print(flush=True)
    tables = {name: fn() for name, fn in variants.items()}  # untimed warm-up; the tables for the checks
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.repeat):
        for name, fn in variants.items():  # alternated
            t0 = time.process_time()
            fn()
            times[name].append(time.process_time() - t0)
    med = {name: statistics.median(t) for name, t in times.items()}

    print(f"\nCPU seconds, median of {args.repeat} alternated runs (after one warm-up run each):")
    print(f"  {'variant':<22} {'CPU s':>7} {'MB/s':>7} {'vs findall':>11} {'vs before':>10}")
    for name in variants:
        rate = chars / 1e6 / med[name]
        ref = {"now": "before", "now, quotes=False": "before, quotes=False"}.get(name)
        vs_before = f"{med[ref] / med[name]:9.2f}x" if ref in med else f"{'':>10}"
        print(f"  {name:<22} {med[name]:7.2f} {rate:7.2f} {med['findall'] / med[name]:10.2f}x {vs_before}")

    print("\nthe tables (memory_usage(deep=True) / rows):")
    for name in ("now", "before"):
        if name in tables:
            t = tables[name]
            print(f"  {name:<8} {len(t):>9,} tokens {t.memory_usage(deep=True).sum() / len(t):7.1f} bytes per token")
    if "before" in tables:
        for q in ("", ", quotes=False"):
            print(f"  values of now{q} identical to before{q}: {same_values(tables['before' + q], tables['now' + q])}")
        dt = tables["now"].memory_usage(deep=True) / len(tables["now"])
        print("  bytes per token by column (now): " + ", ".join(f"{c} {v:.1f}" for c, v in dt.items() if c != "Index"))

    if not args.skip_memory:
        print("\npeak memory of tokenize in a fresh process (VmHWM above the RSS before the call):", flush=True)
        for variant in ["now", "before"] if args.before else ["now"]:
            cmd = [sys.executable, __file__, str(path), "--mb", str(args.mb), "--before", args.before,
                   "--memory-child", variant]
            r = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()[-1])
            print(f"  {variant:<8} +{r['extra_mb']:7.0f} MB  {r['bytes_per_token']:6.0f} bytes per token "
                  f"(the table itself {r['table_bytes_per_token']:.0f})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
