"""One long document against the same text as many documents, in one process.

    python benchmarks/bench_long_document.py [CORPUS] [--mb 2.5 5 10] [--what quotes frames tokenize]

CORPUS defaults to the UN General Debate corpus (../shared/corpora/ungd/, speeches of 2000 on) where present,
else the seeds (repeated). A user gets one long document from a book, a transcript archive or a mis-split file;
the README promises that running time grows linearly with the length of a document. For each size the first
speeches that make it up are timed twice: joined into one document (``"\\n\\n".join``) and as separate
documents. Each line prints both CPU times (``time.process_time``: the machine may be shared) and their ratio
(joined / split; about 1 when one document costs what its parts cost, growing with the size when some work is
superlinear in the length of a document), and the time per MB of the joined document. No timing is asserted
anywhere. Steps timed:

* ``quotes``: ``find_quote_spans(text, speakers=False)`` on each text (the speaker name table is built even so);
* ``frames``: ``count_frames_stream(frame, "framing")`` (voice=True, the default);
* ``tokenize``: ``tokenize(load_corpus(frame))`` (the corpus loaded before the clock starts).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import default_corpus  # noqa: E402


def read_texts(path: Path) -> list[str]:
    if path.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))]
        return texts * max(1, int(12e6 // max(1, sum(map(len, texts)))))
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                if int(row.get("year") or 0) >= 2000:
                    out.append(row["text"])
    return out


def first_mb(texts: list[str], mb: float) -> list[str]:
    """The first texts whose joined length stays within ``mb`` MB."""
    out, n = [], 0
    for t in texts:
        n += len(t) + 2
        if n > mb * 1e6:
            break
        out.append(t)
    return out


def cpu(f, arg) -> float:
    t0 = time.process_time()
    f(arg)
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=default_corpus())
    ap.add_argument("--mb", type=float, nargs="+", default=[2.5, 5.0, 10.0])
    ap.add_argument("--what", nargs="+", choices=["quotes", "frames", "tokenize"], default=["quotes", "frames", "tokenize"])
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    import pandas as pd

    import discourse as dc
    from discourse.quotes import find_quote_spans

    texts = read_texts(args.corpus)
    def frame(docs: list[str]) -> pd.DataFrame:
        return pd.DataFrame({"doc_id": [str(i) for i in range(len(docs))], "source": "x", "text": docs})

    # (what each step is given, made before the clock starts; the step timed)
    prepare = {"quotes": lambda docs: docs, "frames": frame, "tokenize": lambda docs: dc.load_corpus(frame(docs))}
    steps = {
        "quotes": lambda docs: [find_quote_spans(t, speakers=False) for t in docs],
        "frames": lambda df: dc.count_frames_stream(df, "framing"),
        "tokenize": lambda corpus: dc.tokenize(corpus),
    }
    print(f"corpus: {args.corpus} ({len(texts)} texts); CPU seconds; ratio = one joined document / the same text split")
    for what in args.what:
        for mb in args.mb:
            parts = first_mb(texts, mb)
            joined = "\n\n".join(parts)
            many, one = prepare[what](parts), prepare[what]([joined])
            t_split = cpu(steps[what], many)
            t_one = cpu(steps[what], one)
            print(f"{what:9s} {len(joined) / 1e6:5.2f} MB: one document {t_one:7.2f} s, {len(parts):4d} documents "
                  f"{t_split:6.2f} s, ratio {t_one / max(t_split, 1e-9):6.2f}, one document {t_one / (len(joined) / 1e6):5.2f} s/MB",
                  flush=True)


if __name__ == "__main__":
    main()
