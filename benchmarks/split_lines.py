"""Split a corpus into one document per non-empty line (for the many-small-documents benchmark run).

    python benchmarks/split_lines.py [CORPUS] [--out /tmp/ungd_lines.jsonl.gz] [--text text] [--doc-id doc_id]

Reads the corpus in chunks with :func:`discourse.corpus.iter_documents` (so memory stays bounded) and
writes JSON Lines (gzip-compressed when OUT ends in ``.gz``): every non-empty line of every document
becomes a document of its own with ``doc_id`` ``<doc_id>_<line number>`` (1-based, zero-padded, over
the document's non-empty lines) and all other metadata columns copied. Empty lines are not documents.
On the UN General Debate corpus this gives about 1.55 million short documents.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import default_corpus  # noqa: E402
from discourse.corpus import iter_documents  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=None, help="corpus file (default: the UN General Debate corpus)")
    ap.add_argument("--out", default="/tmp/ungd_lines.jsonl.gz")
    ap.add_argument("--text", default="text", help="text column")
    ap.add_argument("--doc-id", default="doc_id", help="doc id column")
    args = ap.parse_args(argv)
    path = Path(args.corpus) if args.corpus else default_corpus()
    out = Path(args.out)
    t0 = time.perf_counter()
    n_in = n_out = 0
    opener = gzip.open if out.suffix == ".gz" else open
    with opener(out, "wt", encoding="utf-8") as fh:
        for chunk in iter_documents(path, chunksize=1000):
            for rec in chunk.to_dict("records"):
                n_in += 1
                text = rec.pop(args.text) or ""
                base = rec.pop(args.doc_id, None) or str(n_in - 1)
                lines = [ln for ln in text.splitlines() if ln.strip()]
                width = max(4, len(str(len(lines))))
                for i, line in enumerate(lines, start=1):
                    row = {args.doc_id: f"{base}_{i:0{width}d}", **rec, args.text: line}
                    fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                    n_out += 1
    print(f"{path} -> {out}: {n_in:,} documents split into {n_out:,} line documents "
          f"in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
