"""Frame counting: discourse's lexicon matcher against a plain compiled-regex baseline on the same texts.

    python benchmarks/bench_frames.py [PATH] [--max-docs N] [--lexicon framing] [--text text]
                                      [--source source] [--repeat 3]

PATH is a corpus file or folder that :func:`discourse.load_corpus` reads (default: the UN General Debate
corpus in ``../shared/corpora/ungd/`` where present, else the bundled seeds); ``--max-docs`` takes the first
N documents of a table file (default 2,000; 0 = all).

Measured in one process, best of ``--repeat`` runs each:

- **library**: ``Lexicon.find_matches`` on the token table (the distinct norms are mapped to entries once;
  phrases are checked at candidate positions only; longest match, no double counting, phrases within
  sentences) plus the per-group aggregation of ``count_frames(by=source, voice=False)``;
- **baseline**: one compiled regular expression per lexicon, built from the same entries (each category an
  alternation of its patterns, globs as ``[\\w'-]*``, phrases as ``\\s+``-separated parts, longer
  alternatives first, word boundaries around), run with ``finditer`` over the raw texts and counted per
  category: what a user would write without the library.

Printed: seconds, tokens/s and MB/s of each, the ratio baseline/library (above 1: the library is faster),
the same ratio including tokenisation (which the library needs first and the regex does not), and how far
the two counts agree per category (they differ where the tokenizer and sentence rules differ from regex
word boundaries, e.g. phrases across sentence ends, which the library refuses).

Then (unless ``--skip-scale``), in the same process: scikit-learn's ``CountVectorizer().fit_transform`` on
the same texts, as the throughput to beat (target: frame counting at least 3x its MB/s), and
:func:`discourse.count_frames_stream` end to end (tokenising with quotation finding + counting, chunk by
chunk) with 1 and ``--n-jobs`` worker processes.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import discourse as dc  # noqa: E402
from benchmarks._common import default_corpus  # noqa: E402


def _best(fn, repeat: int):
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def load(path: Path, *, max_docs: int, text: str, source: str) -> dc.Corpus:
    if path.is_file() and max_docs and path.suffix.lower() in (".gz", ".jsonl", ".csv", ".tsv", ".ndjson"):
        from discourse.corpus import iter_documents

        chunks, n = [], 0
        for chunk in iter_documents(path, chunksize=min(max_docs, 5_000)):
            chunks.append(chunk)
            n += len(chunk)
            if n >= max_docs:
                break
        df = pd.concat(chunks, ignore_index=True).head(max_docs)
        if source not in df.columns:
            df[source] = "all"
        return dc.Corpus.from_dataframe(df, text=text, source=source)
    return dc.load_corpus(path, text=text, source=source)


def regex_baseline(lexicon: dc.Lexicon) -> tuple[re.Pattern[str], list[str]]:
    """One compiled pattern: a named group per category, each an alternation of its entries."""
    def part(p: str) -> str:
        return "".join(r"[\w'-]*" if c == "*" else r"[\w'-]" if c == "?" else re.escape(c) for c in p)

    groups, names = [], []
    for i, cat in enumerate(lexicon.categories):
        pats = sorted({e.pattern for e in lexicon.entries if e.category == cat}, key=lambda p: (-len(p), p))
        alts = [r"\s+".join(part(x) for x in p.replace(" 's", "'s").split(" ")) for p in pats]
        groups.append(f"(?P<c{i}>{'|'.join(alts)})")
        names.append(cat)
    return re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w-])", re.IGNORECASE), names


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=None)
    ap.add_argument("--max-docs", type=int, default=2000)
    ap.add_argument("--lexicon", default="framing")
    ap.add_argument("--text", default="text")
    ap.add_argument("--source", default="source")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--n-jobs", type=int, default=2, help="worker processes for the streaming path")
    ap.add_argument("--skip-scale", action="store_true", help="leave out CountVectorizer and the streaming path")
    args = ap.parse_args(argv)
    path = Path(args.path) if args.path else default_corpus()
    lex = dc.load_lexicon(args.lexicon)

    t0 = time.perf_counter()
    corpus = load(path, max_docs=args.max_docs, text=args.text, source=args.source)
    texts = corpus.documents["text"].tolist()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    print(f"corpus: {path} ({len(texts):,} documents, {mb:.1f} MB) loaded in {time.perf_counter() - t0:.1f} s")
    t_tok, tokens = _best(lambda: dc.tokenize(corpus, quotes=False), 1)
    n_tok = len(tokens)
    print(f"tokenize (no quotation finding): {t_tok:.2f} s, {n_tok:,} tokens")

    def library():
        counts = dc.count_frames(tokens, lex, by="source", voice=False)
        return counts.groupby("frame")["n"].sum()

    pattern, names = regex_baseline(lex)

    def baseline():
        n = dict.fromkeys(names, 0)
        for t in texts:
            for m in pattern.finditer(t):
                n[names[int(m.lastgroup[1:])]] += 1
        return pd.Series(n)

    t_lib, lib_counts = _best(library, args.repeat)
    t_re, re_counts = _best(baseline, args.repeat)
    print(f"library  count_frames on tokens: {t_lib:8.3f} s  {n_tok / t_lib / 1e6:6.2f} M tokens/s  {mb / t_lib:7.1f} MB/s")
    print(f"baseline compiled regex on text: {t_re:8.3f} s  {n_tok / t_re / 1e6:6.2f} M tokens/s  {mb / t_re:7.1f} MB/s")
    print(f"ratio baseline/library (matching only):          {t_re / t_lib:6.2f}x")
    print(f"ratio baseline/library (tokenize + matching):    {t_re / (t_tok + t_lib):6.2f}x")
    agree = pd.DataFrame({"library": lib_counts.reindex(names), "regex": re_counts.reindex(names)})
    agree["library/regex"] = (agree["library"] / agree["regex"]).round(3)
    print("counts per category:")
    print(agree.to_string())
    if not args.skip_scale:
        scale_section(corpus, texts, mb, t_tok, t_lib, lex, repeat=args.repeat, n_jobs=args.n_jobs)
    return 0


def scale_section(corpus: dc.Corpus, texts: list[str], mb: float, t_tok: float, t_lib: float, lex: dc.Lexicon, *,
                  repeat: int, n_jobs: int) -> None:
    """Frame counting against CountVectorizer's throughput, and the streaming path end to end."""
    from sklearn.feature_extraction.text import CountVectorizer

    from discourse.stream import count_frames_stream

    t_cv, _ = _best(lambda: CountVectorizer().fit_transform(texts), repeat)
    print("\nagainst scikit-learn's CountVectorizer().fit_transform on the same texts (tokenising + counting):")
    print(f"CountVectorizer                  : {t_cv:8.3f} s  {mb / t_cv:7.1f} MB/s")
    print(f"ratio CountVectorizer/count_frames on tokens (matching only): {t_cv / t_lib:6.2f}x   (target: >= 3x)")
    print(f"ratio CountVectorizer/(tokenize without quotes + count_frames): {t_cv / (t_tok + t_lib):6.2f}x")
    for jobs in dict.fromkeys((1, n_jobs)):
        t_s, _ = _best(lambda jobs=jobs: count_frames_stream(corpus, lex, by="source", voice=True, n_jobs=jobs,
                                                             progress=False), 1)
        print(f"count_frames_stream (tokenize with quotations + count_frames, n_jobs={jobs}): {t_s:8.2f} s "
              f"{mb / t_s:6.2f} MB/s  ratio vs CountVectorizer {t_cv / t_s:5.2f}x")


if __name__ == "__main__":
    sys.exit(main())
