"""Topic models against scikit-learn on a labelled public corpus (the Brown Corpus), one run, seeds 0-4.

    python benchmarks/bench_topics.py [BROWN_JSONL_GZ] [--label group|genre] [--seeds 0 1 2 3 4]
                                      [--chunk-words 350] [--no-choose-k] [--json OUT.json]

DATA: ``../shared/corpora/brown/brown.jsonl.gz`` (the 500 texts of the Brown Corpus, 15 genres; see its
README; never stored in this repository). Every text is cut at paragraph boundaries into chunks of at least
``--chunk-words`` words (a remainder under 150 words joins the previous chunk), giving 2,538 labelled
documents of about 400 words. The label of a chunk is its text's genre (``--label genre``, 15 classes) or,
by default, a coarser grouping of the genres (``--label group``, 8 classes), because the six fiction genres
share their vocabulary and no bag-of-words model separates them:

    press = news + editorial + reviews;  fiction = fiction + mystery + science_fiction + adventure + romance +
    humor;  religion, hobbies, lore, belles_lettres, government, learned as they are.

K = the number of classes. Four methods, each with its documented defaults, on the same chunks:

* library LDA: ``TopicModel(K, unit="document", random_state=seed).fit(tokens)`` (preprocessing included);
* library NMF: ``TopicModel(K, method="nmf", unit="document", random_state=seed).fit(tokens)``;
* scikit-learn LDA: ``CountVectorizer(max_df=0.95, min_df=2, stop_words="english")`` then
  ``LatentDirichletAllocation(n_components=K, random_state=seed)`` (vectorising included);
* scikit-learn NMF: ``TfidfVectorizer`` (same settings) then ``NMF(n_components=K, random_state=seed)``.

The vectoriser settings are those of scikit-learn's own topic-extraction example; the models' settings are
their class defaults. Reported per method (mean and standard deviation over seeds): NMI (arithmetic
normalisation, scikit-learn's default) and ARI between each chunk's dominant topic and its label;
coherence: document-level NPMI of the 10 top terms of every topic, pairs averaged (Bouma 2009; as c_npmi of
Röder et al. 2015 but with whole chunks as windows), computed for all methods on one reference (the sets
of ``norm`` tokens of the chunks; a joined phrase ``a_b`` counts where all its words occur); wall seconds
per fit. Tokenisation by :func:`discourse.tokenize` is timed once and reported separately (it is shared by
every analysis of a corpus; the scikit-learn times include their vectoriser). Ratios are library /
scikit-learn for the matching method. Then :func:`discourse.choose_k` over K-3..K+3 (seeds 0, 1, c_npmi,
``unit="document"``, ``--choose-k-method``, NMF by default): the K with the highest mean c_npmi, and
whether it is within 1 of the class count. (With LDA, c_npmi falls steadily with K on this corpus and the
smallest K tried wins, so NMF, whose coherence peaks, is the default here; NMF's stability is 1 because its
NNDSVD start hardly depends on the seed.)
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

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import discourse as dc  # noqa: E402
from discourse.topics import TopicModel, choose_k  # noqa: E402

BROWN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "brown" / "brown.jsonl.gz"
GROUP = {"news": "press", "editorial": "press", "reviews": "press", "religion": "religion",
         "hobbies": "hobbies", "lore": "lore", "belles_lettres": "belles_lettres", "government": "government",
         "learned": "learned", "fiction": "fiction", "mystery": "fiction", "science_fiction": "fiction",
         "adventure": "fiction", "romance": "fiction", "humor": "fiction"}


def read_chunks(path: Path, chunk_words: int) -> pd.DataFrame:
    """One row per chunk: ``doc_id`` (text id + chunk number), ``genre``, ``group``, ``text``."""
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            paras = [p for p in d["text"].split("\n\n") if p.strip()]
            chunks, cur, n = [], [], 0
            for p in paras:
                cur.append(p)
                n += len(p.split())
                if n >= chunk_words:
                    chunks.append(cur)
                    cur, n = [], 0
            if cur:
                if chunks and n < 150:
                    chunks[-1] += cur
                else:
                    chunks.append(cur)
            for i, c in enumerate(chunks):
                rows.append({"doc_id": f"{d['doc_id']}_{i:02d}", "genre": d["category"],
                             "group": GROUP[d["category"]], "text": "\n\n".join(c)})
    return pd.DataFrame(rows)


def npmi(topics: list[list[str]], doc_sets: list[set[str]]) -> float:
    """Mean document-level NPMI over the pairs of each topic's terms, then over topics."""
    n = len(doc_sets)
    vocab = sorted({t for top in topics for t in top})
    index = {t: i for i, t in enumerate(vocab)}
    occ = np.zeros((n, len(vocab)), dtype=bool)
    for d, words in enumerate(doc_sets):
        for t in vocab:
            parts = t.split("_")
            if all(p in words for p in parts):
                occ[d, index[t]] = True
    p1 = occ.mean(axis=0)
    co = (occ.T.astype(float) @ occ.astype(float)) / n
    scores = []
    for top in topics:
        ids = [index[t] for t in top]
        vals = []
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                i, j = ids[a], ids[b]
                pij = co[i, j]
                if pij <= 0 or p1[i] <= 0 or p1[j] <= 0:
                    vals.append(-1.0)
                elif pij >= 1:
                    vals.append(1.0)
                else:
                    vals.append(float(np.log(pij / (p1[i] * p1[j])) / -np.log(pij)))
        scores.append(np.mean(vals) if vals else np.nan)
    return float(np.nanmean(scores))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=BROWN, help="brown.jsonl.gz")
    ap.add_argument("--label", choices=["group", "genre"], default="group")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    ap.add_argument("--chunk-words", type=int, default=350)
    ap.add_argument("--no-choose-k", action="store_true", help="skip the choose_k check")
    ap.add_argument("--choose-k-method", choices=["lda", "nmf"], default="nmf", help="model for choose_k")
    ap.add_argument("--json", type=Path, default=None, help="also write the results as JSON here")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        raise SystemExit(f"{args.data} not found; give the path of brown.jsonl.gz")

    from sklearn.decomposition import NMF, LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    chunks = read_chunks(args.data, args.chunk_words)
    labels = chunks[args.label].to_numpy()
    k = len(set(labels))
    corpus = dc.Corpus.from_dataframe(chunks[["doc_id", "text"]].assign(source=chunks[args.label]))
    t0 = time.perf_counter()
    tokens = dc.tokenize(corpus, quotes=False)
    t_tok = time.perf_counter() - t0
    doc_sets = [set(g) for _, g in tokens.groupby("doc_id", sort=False)["norm"]]
    order = {d: i for i, d in enumerate(tokens["doc_id"].drop_duplicates())}
    assert list(order) == chunks["doc_id"].tolist()
    print(f"corpus: Brown, {len(chunks)} chunks of >= {args.chunk_words} words from 500 texts; label "
          f"{args.label!r}, K = {k}; {len(tokens):,} tokens; dc.tokenize {t_tok:.1f} s (once, not in the fit "
          f"times)")

    def dominant(theta: np.ndarray) -> np.ndarray:
        return np.asarray(theta).argmax(axis=1)

    rows = []
    for seed in args.seeds:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for method in ("lda", "nmf"):
                t0 = time.perf_counter()
                m = TopicModel(k, method=method, unit="document", random_state=seed).fit(tokens)
                dt = time.perf_counter() - t0
                ids = m.units_["doc_id"].map(order).to_numpy()
                pred = np.full(len(chunks), -1)
                pred[ids] = dominant(m.doc_topic_)
                rows.append({"method": f"library {method.upper()}", "seed": seed,
                             "nmi": normalized_mutual_info_score(labels, pred),
                             "ari": adjusted_rand_score(labels, pred),
                             "npmi": npmi(m.top_terms(10), doc_sets), "seconds": dt})
                if method == "lda":
                    rows[-1]["passes_run"] = int(m.fit_report_.set_index("item").loc["passes_run", "value"])
            for name, vec, model in (
                    ("scikit-learn LDA", CountVectorizer, LatentDirichletAllocation),
                    ("scikit-learn NMF", TfidfVectorizer, NMF)):
                t0 = time.perf_counter()
                v = vec(max_df=0.95, min_df=2, stop_words="english")
                x = v.fit_transform(chunks["text"])
                est = model(n_components=k, random_state=seed)
                theta = est.fit_transform(x)
                dt = time.perf_counter() - t0
                terms = v.get_feature_names_out()
                tops = [[str(terms[j]) for j in np.argsort(-row, kind="stable")[:10]] for row in est.components_]
                pred = dominant(theta)
                rows.append({"method": name, "seed": seed, "nmi": normalized_mutual_info_score(labels, pred),
                             "ari": adjusted_rand_score(labels, pred), "npmi": npmi(tops, doc_sets),
                             "seconds": dt})
        done = pd.DataFrame(rows)
        print(f"  seed {seed}: " + ", ".join(f"{r.method} NMI {r.nmi:.3f} ({r.seconds:.1f} s)"
                                             for r in done[done.seed == seed].itertuples()), flush=True)
    res = pd.DataFrame(rows)
    table = res.groupby("method", sort=False).agg(
        nmi=("nmi", "mean"), nmi_sd=("nmi", "std"), ari=("ari", "mean"), npmi=("npmi", "mean"),
        seconds=("seconds", "mean")).reset_index()
    base = {"library LDA": "scikit-learn LDA", "library NMF": "scikit-learn NMF"}
    ref = table.set_index("method")
    table["nmi_ratio"] = [ref.loc[m, "nmi"] / ref.loc[base[m], "nmi"] if m in base else np.nan
                          for m in table["method"]]
    table["time_ratio"] = [ref.loc[m, "seconds"] / ref.loc[base[m], "seconds"] if m in base else np.nan
                           for m in table["method"]]
    print(f"\nmean over seeds {args.seeds} (ratios: library / scikit-learn, same method):")
    print(table.round(3).to_string(index=False))
    out = {"n_chunks": len(chunks), "label": args.label, "k": k, "tokenize_seconds": t_tok,
           "runs": rows, "table": table.to_dict(orient="records")}
    if not args.no_choose_k:
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ks = [kk for kk in range(k - 3, k + 4) if kk >= 2]
            ck = choose_k(tokens, ks=ks, seeds=(0, 1), measures="c_npmi", unit="document",
                          method=args.choose_k_method)
        best = int(ck.sort_values(["c_npmi", "k"], ascending=[False, True]).iloc[0]["k"])
        print(f"\nchoose_k ({args.choose_k_method}, K {ks[0]}..{ks[-1]}, seeds 0-1, highest mean c_npmi; "
              f"{time.perf_counter() - t0:.0f} s):")
        print(ck[["k", "c_npmi", "stability", "stability_min"]].round(3).to_string(index=False))
        print(f"chosen K = {best}; classes = {k}; within 1: {abs(best - k) <= 1}")
        out["choose_k"] = {"table": ck.to_dict(orient="records"), "chosen": best, "within_1": abs(best - k) <= 1}
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=float))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
