"""Frame counting against CountVectorizer, one core: the streaming path, the in-memory path, the matcher.

    python benchmarks/bench_matcher.py [--mb 5] [--path CORPUS.jsonl.gz] [--lexicon framing] [--repeat 3]
                                       [--before REV]

Text: about ``--mb`` MB (UTF-8) of UN General Debate speeches (``../shared/corpora/ungd/``; every k-th speech
of the file, k chosen so that the sample spans all sessions, until the size is reached; ``--path`` for another
JSON Lines file with ``text`` and ``country_iso3`` or ``source`` fields), grouped by country.

Measured in one process, CPU seconds (``time.process_time``; every path runs on one core), the timed paths
alternated ``--repeat`` times, the median reported, each as a ratio against the baseline of the same rounds:

- **baseline**: scikit-learn's ``CountVectorizer(vocabulary=..., ngram_range=(1, 4),
  lowercase=True).transform`` plus the per-frame sum, where the vocabulary is the lexicon's entries with
  every glob expanded to the words of this text that it matches (phrases: every combination seen, at most
  50 per entry), written the way CountVectorizer tokenises them (expansion not timed). Its counts are not
  the library's (no longest match, no stance, its own tokenizer); it is the throughput to beat (target:
  >= 3x);
- **count_frames_stream** (the whole table: ``n``, the stance columns, ``n_tokens``, ``rate``; ``n_jobs=1``)
  on its default matcher path, without voice (``voice=False, quotes=False``) and with voice (the default:
  quotations and reported clauses found in every document, since the quoted and reported voices' words are
  counted);
- **count_frames** in memory on a token table made beforehand (``tokenize(corpus)``, not timed), by country,
  default voices;
- :meth:`discourse.matcher.FrameMatcher.count` without voice (``n`` only);
- **quotation finding alone** (``find_quote_spans(reported=True)`` on every document), the part of the voice
  path that is not the library's counting: ``speakers=False`` as the matcher calls it (spans and kinds; a
  lower bound for the matcher path with voice), and with speakers as tokenize calls it;
- with ``--before REV``: the voice path and quotation finding alone (both settings) of the package as of git
  revision REV too (``benchmarks._common.package_at``, imported as ``discourse_before``, with the kernels built
  here whose C source REV has unchanged), in the same rounds, each also as a ratio against its 'before'.

Then once (not in the rounds; printed with its single time) the token path of ``count_frames_stream``
(``fast=False``: tokenise + count_frames) for each voice setting, and whether its table is identical to the
matcher path's (every column, dtype and row). scikit-learn is used here only (it is not a dependency of the
library).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import itertools
import json
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import discourse as dc  # noqa: E402
from benchmarks._common import UNGD  # noqa: E402
from discourse.matcher import FrameMatcher  # noqa: E402
from discourse.quotes import find_quote_spans  # noqa: E402
from discourse.stream import count_frames_stream  # noqa: E402
from discourse.text import paragraphs  # noqa: E402


def load_text(path: Path, mb: float) -> pd.DataFrame:
    """Every k-th speech of the file (k = the file's size over the size asked for), until ``mb`` MB."""
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            d = json.loads(line)
            if d.get("text"):
                rows.append({"doc_id": str(d.get("doc_id", i)),
                             "source": d.get("country_iso3", d.get("source", "all")), "text": d["text"]})
    sizes = np.array([len(r["text"].encode("utf-8")) for r in rows], dtype=np.int64)
    step = max(1, int(sizes.sum() // (mb * 2**20)))
    picked, size = [], 0
    for i in range(0, len(rows), step):
        picked.append(rows[i])
        size += sizes[i]
        if size >= mb * 2**20:
            break
    return pd.DataFrame(picked)


def cv_vocabulary(lex: dc.Lexicon, texts: list[str], analyzer) -> tuple[dict[str, int], np.ndarray]:
    """The lexicon's entries as CountVectorizer terms, globs expanded on the words of ``texts``."""
    words = sorted({w for t in texts for w in re.findall(r"[\w'-]+", t.lower())})
    cache: dict[str, list[str]] = {}

    def expand(part: str) -> list[str]:
        if part not in cache:
            if "*" in part or "?" in part:
                rx = re.compile("".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in part))
                cache[part] = [w for w in words if rx.fullmatch(w)]
            else:
                cache[part] = [part]
        return cache[part]

    vocab: dict[str, int] = {}
    frame_of: list[int] = []
    for e in lex.entries:
        combos = itertools.islice(itertools.product(*(expand(p) for p in e.parts)), 50)
        for combo in combos:
            term = " ".join(analyzer(" ".join(combo)))
            if term and len(term.split()) <= 4 and term not in vocab:
                vocab[term] = len(vocab)
                frame_of.append(lex.categories.index(e.category))
    return vocab, np.array(frame_of, dtype=np.int64)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="MB of text (default 5)")
    ap.add_argument("--path", default=None, help="JSON Lines file (default: the UN General Debate corpus)")
    ap.add_argument("--lexicon", default="framing")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--before", default="", help="git revision to compare with in the same rounds ('' to skip)")
    args = ap.parse_args(argv)
    path = Path(args.path) if args.path else UNGD
    if not path.exists():
        print(f"corpus not found: {path}; give --path")
        return 1
    from sklearn.feature_extraction.text import CountVectorizer

    df = load_text(path, args.mb)
    corpus = dc.Corpus.from_dataframe(df, text="text", source="source")
    texts = corpus.documents["text"].tolist()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    lex = dc.load_lexicon(args.lexicon)
    print(f"text: {path.name}, {len(texts):,} speeches, {mb:.2f} MB, {corpus.documents['source'].nunique()} "
          f"countries; lexicon {lex.name!r} v{lex.version} ({len(lex)} entries)")
    analyzer = CountVectorizer(lowercase=True).build_analyzer()
    vocab, frame_of = cv_vocabulary(lex, texts, analyzer)
    cv = CountVectorizer(vocabulary=vocab, ngram_range=(1, 4), lowercase=True)
    print(f"CountVectorizer vocabulary: {len(vocab):,} terms from the expanded entries")

    def run_cv():
        x = cv.transform(texts)
        return np.bincount(frame_of, weights=np.asarray(x.sum(axis=0)).ravel(), minlength=len(lex.categories))

    fm = FrameMatcher(lex)
    tokens = dc.tokenize(corpus)  # for the in-memory path; not timed
    baseline = "CountVectorizer(vocabulary=lexicon, 1-4-grams)"
    stream = {"no voice": {"voice": False, "quotes": False}, "with voice": {"voice": True}}
    paths = {
        baseline: run_cv,
        "count_frames_stream, no voice": lambda: count_frames_stream(corpus, lex, by="source", n_jobs=1,
                                                                     progress=False, **stream["no voice"]),
        "count_frames_stream, with voice": lambda: count_frames_stream(corpus, lex, by="source", n_jobs=1,
                                                                       progress=False, **stream["with voice"]),
        "count_frames(tokens) in memory": lambda: dc.count_frames(tokens, lex, by="source"),
        "FrameMatcher.count, no voice (n only)": lambda: fm.count(corpus, by="source", voice=False, quotes=False),
        "quotation finding alone, spans only (the matcher's)": lambda: [
            find_quote_spans(t, paragraphs=paragraphs(t), reported=True, speakers=False) for t in texts],
        "quotation finding alone, with speakers (tokenize's)": lambda: [
            find_quote_spans(t, paragraphs=paragraphs(t), reported=True) for t in texts],
    }
    if args.before:
        from benchmarks._common import package_at

        old = package_at(args.before, kernels=True)
        old_corpus = old.Corpus.from_dataframe(df, text="text", source="source")
        old_lex = old.load_lexicon(args.lexicon)
        old_find = importlib.import_module(old.__name__ + ".quotes").find_quote_spans
        old_stream = importlib.import_module(old.__name__ + ".stream").count_frames_stream
        old_paras = importlib.import_module(old.__name__ + ".text").paragraphs
        paths.update({
            "count_frames_stream, with voice (before)": lambda: old_stream(
                old_corpus, old_lex, by="source", n_jobs=1, progress=False, **stream["with voice"]),
            "quotation finding alone, spans only (before)": lambda: [
                old_find(t, paragraphs=old_paras(t), reported=True, speakers=False) for t in texts],
            "quotation finding alone, with speakers (before)": lambda: [
                old_find(t, paragraphs=old_paras(t), reported=True) for t in texts],
        })
    times: dict[str, list[float]] = {k: [] for k in paths}
    results: dict[str, object] = {}
    for _ in range(args.repeat):  # alternated: every path once per round
        for name, fn in paths.items():
            t0 = time.process_time()
            results[name] = fn()
            times[name].append(time.process_time() - t0)
    med = {k: statistics.median(v) for k, v in times.items()}
    t_cv = med[baseline]
    print(f"\nCPU seconds, median of {args.repeat} alternated runs, one core (ratio: baseline time / path time):")
    for name, t in med.items():
        ref = name.split(" (the ")[0].replace(" (tokenize's)", "") + " (before)"
        vs = f"; before / now {med[ref] / t:5.2f}x" if ref in med and ref != name else ""
        print(f"  {name:52s} {t:8.3f} s  {mb / t:7.2f} MB/s  ratio vs CountVectorizer {t_cv / t:5.2f}x{vs}")
    if args.before:
        same = results["count_frames_stream, with voice"].equals(results["count_frames_stream, with voice (before)"])
        print(f"  (before = {args.before}) count_frames_stream with voice, tables identical to before: {same}")
    print("\nthe token path (fast=False: tokenize + count_frames), one run each, and the identity check:")
    for v, kw in stream.items():
        t0 = time.process_time()
        slow = count_frames_stream(corpus, lex, by="source", n_jobs=1, progress=False, fast=False, **kw)
        t = time.process_time() - t0
        fast = results[f"count_frames_stream, {v}"]
        try:
            pd.testing.assert_frame_equal(fast, slow)
            same = True
        except AssertionError:
            same = False
        print(f"  count_frames_stream, {v}, token path: {t:8.3f} s  {mb / t:7.2f} MB/s  ratio vs CountVectorizer "
              f"{t_cv / t:5.2f}x; matcher path {t / med[f'count_frames_stream, {v}']:5.2f}x faster; tables "
              f"identical: {same} ({int(fast.loc[fast['voice'] == 'all', 'n'].sum()):,} hits, {len(fast):,} rows)")
    mem = results["count_frames(tokens) in memory"]
    same = mem.equals(results["count_frames_stream, with voice"])
    print(f"  count_frames(tokens) equals count_frames_stream (with voice): {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
