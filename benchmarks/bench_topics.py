"""Topic models against scikit-learn on a labelled public corpus (the Brown Corpus), one run, seeds 0-4.

    python benchmarks/bench_topics.py [BROWN_JSONL_GZ] [--label group|genre] [--seeds 0 1 2 3 4]
                                      [--chunk-words 350] [--no-choose-k] [--e2e-repeats 3] [--e2e-only]
                                      [--json OUT.json]
    python benchmarks/bench_topics.py --corpus ungd [UNGD_JSONL_GZ]     # the second labelled set

DATA (second set, ``--corpus ungd``): the UN General Debate corpus (``../shared/corpora/ungd``, never stored
here): 400 speeches drawn (seed 0) from each decade 1970-2019, each cut to its first 600 words, labelled by
decade (K = 5). Topics of the debate move with the decades (decolonisation, the cold war, apartheid,
terrorism, development goals, climate), so the decade is a coarse but real label; it was not used to
choose any default.

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
scikit-learn for the matching method.

End to end (issue 16, "topic preprocessing on codes"): text in, topic proportions out, the library's
``TopicModel.fit(corpus)`` (documents read straight from the text, no token table) and
``TopicModel.fit(dc.tokenize(corpus, quotes=False))`` against the scikit-learn vectoriser + model on the same
text, same K, seed 0, alternated, median of ``--e2e-repeats`` runs, the library's word caches cleared before
each of its runs: LDA with the same number of passes (the library's automatic passes, run to the end with
``tol=None``; scikit-learn ``max_iter`` set to it), NMF with the same 200 iterations run to the end, then
both with each side's defaults (see :func:`end_to_end`). Then :func:`discourse.choose_k` over K-3..K+3 (seeds 0, 1, c_npmi,
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
UNGD = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ungd" / "ungd_1946_2024.jsonl.gz"
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


def read_ungd(path: Path, per_decade: int = 400, words: int = 600, seed: int = 0) -> pd.DataFrame:
    """``per_decade`` speeches drawn from each decade 1970-2019, first ``words`` words: ``doc_id``,
    ``decade`` (the label), ``text``."""
    import random

    by: dict[int, list[tuple[str, str]]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if 1970 <= d["year"] < 2020:
                by.setdefault(d["year"] // 10 * 10, []).append((d["doc_id"], d["text"]))
    rng = random.Random(seed)
    rows = [{"doc_id": doc_id, "decade": str(dec), "text": " ".join(text.split()[:words])}
            for dec in sorted(by) for doc_id, text in rng.sample(by[dec], per_decade)]
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
    ap.add_argument("data", nargs="?", type=Path, default=None, help="brown.jsonl.gz (or the UNGD file)")
    ap.add_argument("--corpus", choices=["brown", "ungd"], default="brown")
    ap.add_argument("--label", choices=["group", "genre"], default="group", help="Brown label")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    ap.add_argument("--chunk-words", type=int, default=350)
    ap.add_argument("--no-choose-k", action="store_true", help="skip the choose_k check")
    ap.add_argument("--choose-k-method", choices=["lda", "nmf"], default="nmf", help="model for choose_k")
    ap.add_argument("--e2e-repeats", type=int, default=3, help="end-to-end runs per method (0: skip)")
    ap.add_argument("--e2e-only", action="store_true", help="only the end-to-end timings (no seeds, no choose_k)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results as JSON here")
    args = ap.parse_args(argv)
    if args.data is None:
        args.data = BROWN if args.corpus == "brown" else UNGD
    if not args.data.is_file():
        raise SystemExit(f"{args.data} not found; give the path of the corpus file")

    from sklearn.decomposition import NMF, LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    if args.corpus == "brown":
        chunks = read_chunks(args.data, args.chunk_words)
        label = args.label
        what = f"Brown, {len(chunks)} chunks of >= {args.chunk_words} words from 500 texts"
    else:
        chunks = read_ungd(args.data)
        label = "decade"
        what = f"UN General Debate, {len(chunks)} speeches (first 600 words), 400 per decade 1970-2019"
    labels = chunks[label].to_numpy()
    k = len(set(labels))
    corpus = dc.Corpus.from_dataframe(chunks[["doc_id", "text"]].assign(source=chunks[label]))
    t0 = time.perf_counter()
    tokens = dc.tokenize(corpus, quotes=False)
    t_tok = time.perf_counter() - t0
    doc_sets = [set(g) for _, g in tokens.groupby("doc_id", sort=False)["norm"]]
    order = {d: i for i, d in enumerate(tokens["doc_id"].drop_duplicates())}
    assert list(order) == chunks["doc_id"].tolist()
    print(f"corpus: {what}; label "
          f"{label!r}, K = {k}; {len(tokens):,} tokens; dc.tokenize {t_tok:.1f} s (once, not in the fit "
          f"times)")

    def dominant(theta: np.ndarray) -> np.ndarray:
        return np.asarray(theta).argmax(axis=1)

    rows = []
    if args.e2e_only:
        args.seeds, args.no_choose_k = [], True
        out = {"corpus": args.corpus, "n_chunks": len(chunks), "label": label, "k": k, "tokenize_seconds": t_tok,
               "end_to_end": end_to_end(chunks, corpus, k, max(args.e2e_repeats, 1))}
        if args.json:
            args.json.write_text(json.dumps(out, indent=1, default=float))
        return 0
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
                             "npmi": npmi(m.top_terms(top_n=10), doc_sets), "seconds": dt})
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
    out = {"corpus": args.corpus, "n_chunks": len(chunks), "label": label, "k": k, "tokenize_seconds": t_tok,
           "runs": rows, "table": table.to_dict(orient="records")}
    if args.e2e_repeats > 0:
        out["end_to_end"] = end_to_end(chunks, corpus, k, args.e2e_repeats)
    if not args.no_choose_k:
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ks = [kk for kk in range(k - 3, k + 4) if kk >= 2]
            ck = choose_k(tokens, ks=ks, random_states=(0, 1), measures="c_npmi", unit="document",
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


def _cold() -> None:
    """Forget the words tokenised by earlier runs (the scan keeps each distinct word's tokens for the process,
    and stems likewise), so every library run pays for tokenising its corpus, as a user's one run does."""
    import discourse.counts
    import discourse.text

    for mod, name in ((discourse.counts, "_VOCABS"), (discourse.text, "_STEMS")):
        cache = getattr(mod, name, None)
        if cache is None:
            warnings.warn(f"discourse.{mod.__name__.rsplit('.', 1)[-1]}.{name} not found: library runs after the "
                          f"first may reuse tokenised words", stacklevel=2)
        else:
            cache.clear()


def end_to_end(chunks: pd.DataFrame, corpus: dc.Corpus, k: int, repeats: int) -> list[dict]:
    """Text in, topic proportions out: library against scikit-learn (vectorise + fit), alternated, median
    wall seconds of ``repeats`` runs each.

    Library, two paths: ``TopicModel(...).fit(corpus)`` (whole documents read straight from the text by
    :func:`discourse.topic_prep.prepare_corpus_units`, the documented fastest path) and
    ``TopicModel(...).fit(dc.tokenize(corpus, quotes=False))`` (the token table; the same units, dictionary
    and topics). Same passes: LDA with the library's automatic passes run to the end (``tol=None``) against
    scikit-learn ``max_iter`` set to it (batch variational Bayes on both sides, one update per pass); NMF
    with 200 iterations run to the end on both sides (library ``passes=10``, i.e. 200 HALS iterations, and
    ``tol=None``; scikit-learn ``max_iter=200, tol=0``). Then each side with its own defaults."""
    from sklearn.decomposition import NMF, LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    texts = chunks["text"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        probe = TopicModel(k, unit="document", random_state=0).prepare(corpus)
    passes = int(dc.topics.auto_settings(len(probe.units), 0)["passes"])

    def lib(tokenize: bool, **params):
        def run():
            _cold()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                data = dc.tokenize(corpus, quotes=False) if tokenize else corpus
                TopicModel(k, unit="document", random_state=0, **params).fit(data)
        return run

    def sk(vec, model, **params):
        def run():
            x = vec(max_df=0.95, min_df=2, stop_words="english").fit_transform(texts)
            model(n_components=k, random_state=0, **params).fit_transform(x)
        return run

    lda_same = {"passes": passes, "tol": None}
    nmf_same = {"method": "nmf", "passes": 10, "tol": None}
    groups = [
        (f"LDA, same passes ({passes})", sk(CountVectorizer, LatentDirichletAllocation, max_iter=passes),
         [("fit(corpus)", lib(False, **lda_same)), ("fit(tokenize(corpus))", lib(True, **lda_same))]),
        ("NMF, same iterations (200)", sk(TfidfVectorizer, NMF, max_iter=200, tol=0),
         [("fit(corpus)", lib(False, **nmf_same)), ("fit(tokenize(corpus))", lib(True, **nmf_same))]),
        ("LDA, defaults", sk(CountVectorizer, LatentDirichletAllocation), [("fit(corpus)", lib(False))]),
        ("NMF, defaults", sk(TfidfVectorizer, NMF), [("fit(corpus)", lib(False, method="nmf"))]),
    ]
    rows = []
    for name, f_sk, libs in groups:
        times: dict[str, list[float]] = {"sk": [], **{path: [] for path, _ in libs}}
        for _ in range(repeats):
            for key, f in [*libs, ("sk", f_sk)]:
                t0 = time.perf_counter()
                f()
                times[key].append(time.perf_counter() - t0)
        t_sk = float(np.median(times["sk"]))
        for path, _ in libs:
            t_lib = float(np.median(times[path]))
            rows.append({"comparison": name, "library_path": path, "library_s": t_lib, "scikit_learn_s": t_sk,
                         "ratio": t_lib / t_sk})
        print(f"  {name}: " + ", ".join(f"{r['library_path']} {r['ratio']:.2f}x" for r in rows[-len(libs):]),
              flush=True)
    table = pd.DataFrame(rows)
    print(f"\nend to end, text in, topics out (library: TopicModel.fit on the Corpus or on dc.tokenize(corpus, "
          f"quotes=False); scikit-learn: vectoriser + model; K = {k}, seed 0, median of {repeats} alternated "
          f"runs, library caches cleared before each run; ratio = library / scikit-learn wall time):")
    print(table.round(2).to_string(index=False))
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
