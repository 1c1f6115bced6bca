"""The documents of part G of the speaker labels, drawn with a fixed seed; and a reading aid for labelling them.

    python benchmarks/sample_speakers_g.py [--shared DIR] [--n 40]       # the draw order of both pools
    python benchmarks/sample_speakers_g.py --show DOC_ID [--shared DIR]  # the double-quoted passages of a document

Part G (``split="G"`` in ``tests/data/speaker_labels.jsonl``) is a held-out set drawn from text that no
earlier part used and no rule was written from. Two pools, each sorted by ``doc_id`` and shuffled with
``random.Random(SEED)``, so the order is the same on every machine:

- *Brown*: the Brown texts of government documents (``ch``), religion (``cd``), learned writing (``cj``),
  and the hobbies, popular-lore and belles-lettres texts (``ce``, ``cf``, ``cg``) that no earlier part
  labelled, among those holding a curly double quotation mark (the corpus turns the LaTeX marks of its
  source into “ ”);
- *UN*: the UN General Debate speeches holding a double quotation mark (“, ” or ").

The labeller reads the documents of each pool in draw order, skipping none (a document with no speech
quotation adds no label), and labels at most the first eight speech quotations of each, until each pool
holds about a hundred. The documents read are listed in ``bench_speakers.py``'s description of part G.

``--show`` prints each passage between double marks with the text before it: a reading aid that looks at
the text only (the library's quotation finder is not run on these documents before the labels are
committed). Offsets are character offsets of the ``text`` field as stored, the text
``bench_speakers.load_texts`` reads.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_speakers import load_labels, shared_dir  # noqa: E402

SEED = 12  # the number; fixed before any document was read
BROWN = "corpora/brown/brown.jsonl.gz"
UNGD = "corpora/ungd/ungd_1946_2024.jsonl.gz"
BROWN_CATEGORIES = ("ch", "cd", "cj", "ce", "cf", "cg")


def _docs(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                yield d["doc_id"], d["text"]


def draw(shared: Path) -> dict[str, list[str]]:
    """The two pools in draw order: {'brown': [...], 'ungd': [...]}, without any document an earlier part used."""
    used = {r["doc_id"] for r in load_labels() if r.get("split") != "G"}
    brown = sorted(i for i, t in _docs(shared / BROWN)
                   if i[:2] in BROWN_CATEGORIES and i not in used and "“" in t)
    ungd = sorted(i for i, t in _docs(shared / UNGD) if i not in used and any(m in t for m in '“”"'))
    out = {}
    for name, ids in (("brown", brown), ("ungd", ungd)):
        random.Random(SEED).shuffle(ids)
        out[name] = ids
    return out


def show(shared: Path, doc_id: str, before: int = 260) -> None:
    """Print every passage of the document between an opening and the next closing double mark (a straight
    mark opens and closes in turn), with its offsets and the text before it, for the labeller to read."""
    source = BROWN if doc_id[:2].islower() and len(doc_id) == 4 else UNGD
    text = next(t for i, t in _docs(shared / source) if i == doc_id)
    print(f"{doc_id} ({source}): {len(text)} characters")
    i, k = 0, 0
    while True:
        starts = [j for j in (text.find("“", i), text.find('"', i)) if j >= 0]
        if not starts:
            break
        s = min(starts)
        closer = "”" if text[s] == "“" else '"'
        e = text.find(closer, s + 1)
        nxt_open = text.find("“", s + 1) if closer == "”" else -1
        if e < 0 or (0 <= nxt_open < e):  # unclosed (a reopened paragraph): up to the paragraph's end
            e = text.find("\n", s)
            e = len(text) if e < 0 else e
            end = e
        else:
            end = e + 1
        k += 1
        pre = text[max(0, s - before):s].replace("\n", " / ")
        post = text[end:end + 80].replace("\n", " / ")
        print(f"\n[{k}] {s}-{end}\n  ...{pre}\n  >>{text[s:end]}<<\n  {post}...")
        i = end


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None, help="the shared data folder")
    ap.add_argument("--n", type=int, default=40, help="how many documents of each pool to list")
    ap.add_argument("--show", default=None, help="print the double-quoted passages of this document")
    args = ap.parse_args(argv)
    shared = args.shared or shared_dir()
    if shared is None:
        sys.exit("the shared data folder was not found; pass --shared")
    if args.show:
        show(shared, args.show)
        return
    for name, ids in draw(shared).items():
        print(f"{name} ({len(ids)} documents): " + " ".join(ids[:args.n]))


if __name__ == "__main__":
    main()
