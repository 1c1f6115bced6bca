"""Tokenising + counting terms: discourse against scikit-learn's CountVectorizer, in one process.

    python benchmarks/bench_count.py [CORPUS] [--source country] [--n-jobs 2] [--sample 0.05] [--skip-memory]

CORPUS defaults to the UN General Debate corpus (../shared/corpora/ungd/) where present, else the seeds.
Every figure is measured in this run, on the same texts, and printed as a ratio against a named baseline
(no timing is asserted anywhere). Steps:

1. read the texts into memory (not timed against anything);
2. the ratio: ``CountVectorizer().fit_transform(texts)`` (its default analyzer: lowercase, ``\\b\\w\\w+\\b``)
   and ``count_terms_stream(DataFrame, by=SOURCE)`` (the fast word-count path: tokens exactly as
   :func:`discourse.tokenize` makes them, with cleaning) alternated ``--repeats`` times (default 3) on the same
   texts, after an untimed warm-up of both on 20 documents (imports, compiled patterns); CPU seconds of each,
   the ratio of each round and their median. The counting caches (the word and token tables that fill as a
   process meets new words) are emptied before every timed run, so each run costs what it costs in a fresh
   process (imports aside); a last run with the tables kept shows the warm figure;
3. ``count_terms_stream(..., n_jobs=N)``: the same counts in worker processes, and whether they are identical;
4. the full token-table path ``count_terms(tokenize(corpus))`` on a ``--sample`` of the documents (sentences,
   quotations and offsets included), with CountVectorizer on the same sample as its baseline;
5. peak memory of streaming from the file, in fresh child processes, at 10 % and 100 % of the documents
   (``--skip-memory`` leaves it out).

MB/s is millions of characters of document text per second (UTF-8 bytes would be slightly more).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import cpu_seconds, default_corpus, peak_rss_mb, timed  # noqa: E402


def _read(path: Path, text: str, limit: int | None = None):
    import pandas as pd

    from discourse.corpus import iter_documents

    frames, n = [], 0
    for df in iter_documents(path, chunksize=20_000):
        if limit is not None and n + len(df) > limit:
            df = df.iloc[: limit - n]
        frames.append(df)
        n += len(df)
        if limit is not None and n >= limit:
            break
    return pd.concat(frames, ignore_index=True)


def _count_docs(path: Path) -> int:
    from discourse.corpus import iter_documents

    return sum(len(df) for df in iter_documents(path, chunksize=50_000, columns=["doc_id"]))


def memory_child(path: Path, source: str | None, limit: int | None, n_jobs: int, by: str | None = "source") -> None:
    """Stream-count the first ``limit`` documents of ``path``; print one JSON line with time and peak RSS."""
    import itertools

    from discourse.corpus import iter_documents
    from discourse.stream import count_terms_stream

    def frames():
        n = 0
        for df in iter_documents(path, chunksize=1_000):
            if limit is not None and n + len(df) > limit:
                df = df.iloc[: limit - n]
            n += len(df)
            yield df
            if limit is not None and n >= limit:
                return

    t0 = time.perf_counter()
    counts = count_terms_stream(frames() if limit else path, by=by, source=source, n_jobs=n_jobs,
                                progress=False)
    dt = time.perf_counter() - t0
    info = counts.attrs["discourse_stream"]
    print(json.dumps({"documents": info["documents"], "characters": info["characters"], "seconds": dt,
                      "rows": len(counts), "peak_mb": peak_rss_mb()}))
    del itertools


def memory_section(path: Path, n_all: int, src: str | None) -> None:
    """Peak memory of streaming 10 % and 100 % of the documents, each in a fresh process, by=source and
    by=None (whose result, the vocabulary, hardly grows with the corpus)."""
    print("\nstreaming from the file in a fresh process (peak RSS of that process, imports included):", flush=True)
    for by in ("source", "none"):
        rows = {}
        for label, limit in (("10 %", max(1, n_all // 10)), ("100 %", 0)):
            cmd = [sys.executable, __file__, str(path), "--memory-child", str(limit), "--n-jobs", "1",
                   "--memory-by", by]
            if src:
                cmd += ["--source", src]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
            r = json.loads(out)
            rows[label] = r
            print(f"  by={by:<6} {label:>5}: {r['documents']:>9,} documents {r['characters'] / 1e6:8.1f} M chars "
                  f"{r['seconds']:7.1f} s {r['characters'] / 1e6 / r['seconds']:6.2f} MB/s (incl. reading) "
                  f"peak {r['peak_mb']:7.0f} MB, result {r['rows']:,} rows", flush=True)
        print(f"  by={by:<6} peak memory 100 % / 10 %: {rows['100 %']['peak_mb'] / rows['10 %']['peak_mb']:.2f} "
              f"for {rows['100 %']['characters'] / max(rows['10 %']['characters'], 1):.1f}x the text", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="tokenising + counting vs CountVectorizer")
    ap.add_argument("corpus", nargs="?", default=None)
    ap.add_argument("--text", default="text")
    ap.add_argument("--source", default=None, help="metadata column to group by (default: country if present, "
                                                   "else source)")
    ap.add_argument("--n-jobs", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3, help="alternated rounds of the ratio (median printed)")
    ap.add_argument("--limit", type=int, default=None, help="read only the first LIMIT documents")
    ap.add_argument("--sample", type=float, default=0.05, help="share of documents for the full token-table path")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--memory-only", action="store_true", help="only the streaming memory measurements")
    ap.add_argument("--memory-child", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--memory-by", default="source", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    path = Path(args.corpus) if args.corpus else default_corpus()

    if args.memory_child is not None:
        memory_child(path, args.source, args.memory_child or None, args.n_jobs,
                     None if args.memory_by == "none" else args.memory_by)
        return 0
    if args.memory_only:
        from discourse.corpus import iter_documents

        cols = next(iter_documents(path, chunksize=1)).columns
        src = args.source or ("country" if "country" in cols else None)
        memory_section(path, _count_docs(path), src)
        return 0

    import pandas as pd
    from sklearn.feature_extraction.text import CountVectorizer

    import discourse as dc
    from discourse.counts import count_terms
    from discourse.stream import count_terms_stream
    from discourse.text import tokenize

    res: dict = {}
    print(f"corpus: {path}", flush=True)
    if path.is_dir():
        corpus = dc.load_corpus(path)
        df = corpus.documents[["doc_id", "source", "text"]].copy()
        source = "source"
    else:
        with timed("read texts", res):
            df = _read(path, args.text, args.limit)
        source = args.source or ("country" if "country" in df.columns else "source")
    texts = df[args.text].fillna("").tolist()
    mb = sum(map(len, texts)) / 1e6
    print(f"{len(texts):,} documents, {mb:,.1f} M characters; group by {source!r}", flush=True)

    src = source if source in df.columns else None
    from discourse import counts as counts_module

    def stream(data=None, **kw):
        return count_terms_stream(df if data is None else data, by="source", text=args.text, source=src,
                                  progress=False, **kw)

    # warm-up, not timed: both sides import their modules and compile their patterns on a few documents, so
    # that the first round does not pay for imports (the rounds still start from empty word tables)
    CountVectorizer().fit_transform(texts[:20])
    stream(df.iloc[:20])
    print(f"\nalternated, {args.repeats} rounds (CPU seconds of this process and its workers):", flush=True)
    rounds = []
    for r in range(args.repeats):
        c0 = cpu_seconds()
        X = CountVectorizer().fit_transform(texts)
        c_cv = cpu_seconds() - c0
        n_cv = (X.shape[1], int(X.sum()))
        del X
        counts_module._VOCABS.clear()  # a cold start: the word and token tables fill again
        c0 = cpu_seconds()
        c1 = stream()
        c_s = cpu_seconds() - c0
        rounds.append((c_cv, c_s))
        print(f"  round {r + 1}: CountVectorizer {c_cv:7.2f} s   count_terms_stream {c_s:7.2f} s   ratio "
              f"{c_cv / c_s:5.2f}", flush=True)
    c0 = cpu_seconds()
    stream()
    c_warm = cpu_seconds() - c0
    ratios = sorted(cv / s for cv, s in rounds)
    med = statistics.median(ratios)
    c_cv = statistics.median(cv for cv, _ in rounds)
    c_s1 = statistics.median(s for _, s in rounds)
    tot = c1.attrs["discourse_counts"]["totals"]
    print(f"  CountVectorizer: {n_cv[0]:,} terms, {n_cv[1]:,} tokens; discourse: {c1['term'].nunique():,} terms, "
          f"{sum(tot.values()):,} word tokens, {len(c1):,} rows", flush=True)
    with timed(f"discourse: count_terms_stream (n_jobs={args.n_jobs})", res):
        c2 = stream(n_jobs=args.n_jobs)
    same = c1.equals(c2)
    del c1, c2

    # full token-table path on a sample (quotations, sentences, offsets)
    k = max(1, int(len(df) * args.sample))
    sample = df.iloc[:k]
    smb = sum(map(len, sample[args.text].fillna(""))) / 1e6
    with timed(f"baseline: CountVectorizer on the {k:,}-document sample", res):
        CountVectorizer().fit_transform(sample[args.text].fillna("").tolist())
    with timed("discourse: count_terms(tokenize(corpus)) on the sample", res):
        corpus = dc.Corpus.from_dataframe(sample, text=args.text, source=src)
        count_terms(tokenize(corpus), by="source")
    with timed("discourse: tokenize(corpus, quotes=False) on the sample", res):
        tokenize(corpus, quotes=False)

    s2 = res[f"discourse: count_terms_stream (n_jobs={args.n_jobs})"][0]
    c_s2 = res[f"discourse: count_terms_stream (n_jobs={args.n_jobs})"][3]
    cvs = res[f"baseline: CountVectorizer on the {k:,}-document sample"][0]
    full = res["discourse: count_terms(tokenize(corpus)) on the sample"][0]
    tq = res["discourse: tokenize(corpus, quotes=False) on the sample"][0]
    print(f"\nresults, {mb:,.1f} M characters (CPU seconds, median of {args.repeats} alternated rounds; "
          "ratio > 1: discourse faster)")
    print(f"  CountVectorizer                     {c_cv:8.2f} s  {mb / c_cv:6.2f} MB per CPU-second")
    print(f"  count_terms_stream, 1 process       {c_s1:8.2f} s  {mb / c_s1:6.2f} MB per CPU-second   ratio "
          f"{med:5.2f} (rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
    print(f"  count_terms_stream, warm tables     {c_warm:8.2f} s  {mb / c_warm:6.2f} MB per CPU-second   ratio "
          f"{c_cv / c_warm:5.2f} (against the median CountVectorizer)")
    print(f"  count_terms_stream, {args.n_jobs} processes     {s2:8.2f} s wall, {c_s2:.2f} CPU s   per core "
          f"{c_cv / c_s2:5.2f}; wall vs CountVectorizer {c_cv / s2:5.2f}; identical result: {same}")
    print(f"  sample of {k:,} documents ({smb:.1f} M characters):")
    print(f"    CountVectorizer                   {smb / cvs:7.2f} MB/s")
    print(f"    count_terms(tokenize(corpus))     {smb / full:7.2f} MB/s   ratio vs CountVectorizer {cvs / full:5.2f}")
    print(f"    tokenize(corpus, quotes=False)    {smb / tq:7.2f} MB/s   ratio vs CountVectorizer {cvs / tq:5.2f}")
    print(f"  peak RSS of this process: {peak_rss_mb():,.0f} MB (texts held in memory for the comparison)")

    if not args.skip_memory and path.is_file():
        n_all = len(df)
        del df, texts, sample, corpus
        memory_section(path, n_all, src)
    pd.set_option("display.width", 120)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
