"""Draw the lexicon hits of the held-out use audit (see ``benchmarks/validate_uses.py``).

    python benchmarks/sample_uses.py [--shared ../shared] [--out FILE]

Documents: the Brown corpus's press reportage, editorials, reviews, popular lore and government documents
(categories ``news``, ``editorial``, ``reviews``, ``lore``, ``government``; 166 texts) and one UN General
Debate speech from every session (1 to 79; which speech of the session is drawn with
``random.Random(SEED)`` from the speeches in file order). None of these texts was read when the use rules
were written. Hits: every match of the two pole categories of the bundled ``framing`` lexicon
(``promotional``, ``rights``) found by :func:`discourse.find_frame_terms`; drawn at random (seed ``SEED``)
stratified by corpus and pole, ``PER_CELL`` hits per cell, at most ``PER_DOC`` per document and pole so
that a few speeches do not fill a cell. The draw is made from the hit positions only and written without the
library's ``use``, so that the labeller reads each sentence before seeing what the rules say. The output
holds offsets and hashes, the text is read from ``../shared`` again when the labels are scored.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from pathlib import Path

SEED = 20261202
PER_CELL = 80
PER_DOC = 2
BROWN_CATEGORIES = ("news", "editorial", "reviews", "lore", "government")
UNGD_SESSIONS = tuple(range(1, 80))


def read_documents(shared: Path) -> list[dict]:
    """The audit's documents: dicts with ``corpus``, ``doc_id``, ``text``, ``group`` (Brown category or session)."""
    docs = []
    with gzip.open(shared / "corpora" / "brown" / "brown.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["category"] in BROWN_CATEGORIES:
                docs.append({"corpus": "brown", "doc_id": d["doc_id"], "text": d["text"], "group": d["category"]})
    by_session: dict[int, list[dict]] = {}
    with gzip.open(shared / "corpora" / "ungd" / "ungd_1946_2024.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["session"] in UNGD_SESSIONS:
                by_session.setdefault(d["session"], []).append(d)
    rng = random.Random(SEED)
    for s in UNGD_SESSIONS:
        d = rng.choice(by_session[s])
        docs.append({"corpus": "ungd", "doc_id": d["doc_id"], "text": d["text"], "group": str(s)})
    return docs


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def half(corpus: str, doc_id: str) -> int:
    """The half of a document (1 or 2): parity of the first byte of SHA-256 of ``corpus:doc_id``."""
    return 1 + hashlib.sha256(f"{corpus}:{doc_id}".encode()).digest()[0] % 2


def main(argv=None) -> int:
    import pandas as pd

    import discourse as dc
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--out", default="-")
    a = ap.parse_args(argv)
    docs = read_documents(Path(a.shared))
    df = pd.DataFrame(docs)
    corpus = dc.Corpus.from_dataframe(df[["doc_id", "text", "corpus"]], text="text", doc_id="doc_id", source="corpus")
    tokens = dc.tokenize(corpus)
    hits = dc.find_frame_terms(tokens, "framing", categories=["promotional", "rights"])
    cand = [(r.source, r.doc_id, r.frame, int(r.start), int(r.end)) for r in hits.itertuples()]
    rng = random.Random(SEED)
    rng.shuffle(cand)
    taken: dict = {}
    per_doc: dict = {}
    out = []
    for c, doc, frame, s, e in cand:
        if taken.get((c, frame), 0) >= PER_CELL or per_doc.get((doc, frame), 0) >= PER_DOC:
            continue
        taken[(c, frame)] = taken.get((c, frame), 0) + 1
        per_doc[(doc, frame)] = per_doc.get((doc, frame), 0) + 1
        out.append((c, doc, frame, s, e))
    text = dict(zip(df.doc_id, df.text, strict=True))
    rows = [{"corpus": c, "doc_id": d, "doc_sha256": sha256(text[d]), "start": s, "end": e, "pole": f,
             "half": half(c, d)} for c, d, f, s, e in sorted(out)]
    sink = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    for r in rows:
        sink.write(json.dumps(r) + "\n")
    print(f"{len(rows)} hits drawn from {len(cand)}; per cell {taken}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
