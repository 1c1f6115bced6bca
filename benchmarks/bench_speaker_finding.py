"""Speaker finding against an earlier revision of the library, in one process.

    python benchmarks/bench_speaker_finding.py --before REV [CORPUS] [--mb 5] [--repeat 3]

CORPUS: a JSON Lines file (``.gz`` allowed) with a ``text`` field; default the UN General Debate corpus
(``../shared/corpora/ungd/``; Brown: ``../shared/corpora/brown/brown.jsonl.gz``), read as
``bench_tokenize.py`` reads it (about ``--mb`` MB). The package as of git revision REV is imported beside
this tree with its own compiled kernels (``benchmarks._common.package_at(REV, kernels=True)``).

Timed (CPU seconds, ``time.process_time``, one core; the four calls alternated ``--repeat`` times, the
median printed):

- ``find_quote_spans(text, paragraphs=..., reported=True, speakers=True)`` on every text, as ``tokenize``
  calls it, for this tree and for REV;
- the same with ``speakers=False`` (the spans-only path the frame matcher uses), both trees;
- what speakers add: the difference of the two;
- the speaker name table alone (``_speakers._Speakers(text, spans)`` for every text whose quotations need
  it, with the spans that call received), both trees, on the same arguments recorded from this tree.

Every ratio is REV's time over this tree's (above 1: this tree is faster). Before the timing, the outputs of
both trees are compared on every text (spans, kinds, speakers): the script says whether they are identical.
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import discourse._speakers as speakers_now  # noqa: E402
from benchmarks._common import default_corpus, package_at  # noqa: E402
from benchmarks.bench_tokenize import read_sample  # noqa: E402
from discourse.quotes import find_quote_spans  # noqa: E402
from discourse.text import paragraphs  # noqa: E402


def table_arguments(texts: list[str], paras: list) -> list[tuple[str, list]]:
    """The (text, spans) each call of ``_Speakers`` receives while this tree finds speakers in ``texts``."""
    seen: list[tuple[str, list]] = []
    original = speakers_now._Speakers.__init__

    def record(self, text, spans, *a, **k):
        seen.append((text, list(spans)))
        original(self, text, spans, *a, **k)

    speakers_now._Speakers.__init__ = record
    try:
        for t, p in zip(texts, paras, strict=True):
            find_quote_spans(t, paragraphs=p, reported=True, speakers=True)
    finally:
        speakers_now._Speakers.__init__ = original
    return seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=None)
    ap.add_argument("--before", required=True, help="git revision to compare with")
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    path = args.corpus or default_corpus()
    df = read_sample(path, args.mb)
    texts = list(df["text"])
    paras = [paragraphs(t) for t in texts]
    size = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    package_at(args.before, kernels=True)
    find_before = importlib.import_module("discourse_before.quotes").find_quote_spans
    table_before = importlib.import_module("discourse_before._speakers")._Speakers
    print(f"{path.name}: {len(texts)} texts, {size:.2f} MB; before = {args.before}")

    differ = sum(find_quote_spans(t, paragraphs=p, reported=True, speakers=True)
                 != find_before(t, paragraphs=p, reported=True, speakers=True) for t, p in zip(texts, paras, strict=True))
    print(f"outputs with speakers: {'identical' if not differ else f'{differ} texts differ'}")
    calls = table_arguments(texts, paras)

    def finding(f, spk):
        t0 = time.process_time()
        for t, p in zip(texts, paras, strict=True):
            f(t, paragraphs=p, reported=True, speakers=spk)
        return time.process_time() - t0

    def table(cls):
        t0 = time.process_time()
        for t, s in calls:
            cls(t, s)
        return time.process_time() - t0

    runs = {k: [] for k in ("spk_before", "spk_now", "spans_before", "spans_now", "table_before", "table_now")}
    finding(find_before, True), finding(find_quote_spans, True)  # warm both (caches, imports)
    for _ in range(args.repeat):
        runs["spk_before"].append(finding(find_before, True))
        runs["spk_now"].append(finding(find_quote_spans, True))
        runs["spans_before"].append(finding(find_before, False))
        runs["spans_now"].append(finding(find_quote_spans, False))
        runs["table_before"].append(table(table_before))
        runs["table_now"].append(table(speakers_now._Speakers))
    m = {k: statistics.median(v) for k, v in runs.items()}

    def row(name, before, now):
        print(f"  {name:<38} {before:7.3f} s  {now:7.3f} s  {before / now:5.2f}x")

    print(f"CPU seconds, median of {args.repeat} (before, this tree, before / this tree); "
          f"load {os.getloadavg()[0]:.2f}")
    row("quotation finding with speakers", m["spk_before"], m["spk_now"])
    row("quotation finding, spans only", m["spans_before"], m["spans_now"])
    row("what speakers add", m["spk_before"] - m["spans_before"], m["spk_now"] - m["spans_now"])
    row(f"the name table alone ({len(calls)} texts)", m["table_before"], m["table_now"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
