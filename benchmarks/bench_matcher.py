"""Frame counting from raw text (FrameMatcher) against CountVectorizer and the token path, one core.

    python benchmarks/bench_matcher.py [--mb 5] [--path CORPUS.jsonl.gz] [--lexicon framing] [--repeat 3]

Text: about ``--mb`` MB (UTF-8) of UN General Debate speeches (``../shared/corpora/ungd/``; every k-th speech
of the file, k chosen so that the sample spans all sessions, until the size is reached; ``--path`` for another
JSON Lines file with ``text`` and ``country_iso3`` or ``source`` fields), grouped by country.

Measured in one process, CPU seconds (``time.process_time``; every path runs on one core), the three
paths alternated ``--repeat`` times, the median reported:

- **matcher**: :meth:`discourse.matcher.FrameMatcher.count` (by country) without voice (``voice=False,
  quotes=False``) and with voice (``voice=True``: quotations found in every document with hits);
- **CountVectorizer**: scikit-learn's ``CountVectorizer(vocabulary=..., ngram_range=(1, 4),
  lowercase=True).transform`` plus the per-frame sum, where the vocabulary is the lexicon's entries with
  every glob expanded to the words of this text that it matches (phrases: every combination seen, at most
  50 per entry), written the way CountVectorizer tokenises them (expansion not timed). Its counts are not
  the library's (no longest match, its own tokenizer); it is the throughput to beat (target: the matcher
  >= 3x, with and without voice);
- **token path**: :func:`discourse.count_frames_stream` (tokenise + count, ``n_jobs=1``), without
  (``quotes=False``) and with voice.

The matcher's counts are checked against the token path's (``n`` per country, frame and voice) and the
check is printed. scikit-learn is used here only (it is not a dependency of the library).
"""

from __future__ import annotations

import argparse
import gzip
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
from discourse.stream import count_frames_stream  # noqa: E402


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
    paths = {
        "CountVectorizer(vocabulary=lexicon, 1-4-grams)": run_cv,
        "FrameMatcher.count, no voice": lambda: fm.count(corpus, by="source", voice=False, quotes=False),
        "FrameMatcher.count, with voice": lambda: fm.count(corpus, by="source", voice=True),
        "count_frames_stream, no voice": lambda: count_frames_stream(corpus, lex, by="source", voice=False,
                                                                     quotes=False, n_jobs=1, progress=False),
        "count_frames_stream, with voice": lambda: count_frames_stream(corpus, lex, by="source", voice=True,
                                                                       n_jobs=1, progress=False),
    }
    times: dict[str, list[float]] = {k: [] for k in paths}
    results: dict[str, object] = {}
    for _ in range(args.repeat):  # alternated: every path once per round
        for name, fn in paths.items():
            t0 = time.process_time()
            results[name] = fn()
            times[name].append(time.process_time() - t0)
    med = {k: statistics.median(v) for k, v in times.items()}
    t_cv = med["CountVectorizer(vocabulary=lexicon, 1-4-grams)"]
    print(f"\nCPU seconds, median of {args.repeat} alternated runs, one core:")
    for name, t in med.items():
        print(f"  {name:48s} {t:8.3f} s  {mb / t:7.2f} MB/s  ratio vs CountVectorizer {t_cv / t:5.2f}x")
    for v in ("no voice", "with voice"):
        ratio = med[f"count_frames_stream, {v}"] / med[f"FrameMatcher.count, {v}"]
        print(f"  matcher vs token path, {v}: {ratio:5.2f}x")
    # the matcher's counts are the token path's
    for v in ("no voice", "with voice"):
        a = results[f"FrameMatcher.count, {v}"]
        b = results[f"count_frames_stream, {v}"]
        keys = ["source", "frame", "voice"]
        m = a.merge(b[[*keys, "n"]], on=keys, how="outer", suffixes=("", "_tokens"))
        same = bool((m["n"] == m["n_tokens"]).all())
        n_all = int(a.loc[a["voice"] == "all", "n"].sum())
        print(f"counts identical to count_frames_stream ({v}): {same} ({n_all:,} hits, "
              f"{len(m):,} rows; documents on the exact path: {a.attrs['discourse_matcher']['n_exact_path']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
