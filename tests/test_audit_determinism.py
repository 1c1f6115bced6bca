"""Results that must not depend on the order in which the same documents are given (rows of the input file
shuffled, ``corpus.documents`` reordered), on the hash seed of the process, or on how the work is split."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc

# Three groups of four documents, each with hits of both poles of the bundled framing lexicon in several
# documents, so every group interval resamples documents whose hits differ.
_PROMO = ["The smart city makes public safety better.", "Our safe city platform is efficient and innovative.",
          "Intelligent video keeps the smart city safe.", "A safe city for everyone."]
_RIGHTS = ["Mass surveillance threatens privacy.", "Human rights groups fear repression.",
           "Privacy is a human right.", "Critics warn of mass surveillance and repression."]


def _corpus() -> dc.Corpus:
    rows = []
    for g, source in enumerate(["alpha", "beta", "gamma"]):
        for d in range(4):
            i = 4 * g + d
            parts = [_PROMO[(i + k) % 4] for k in range(1 + (i * 7) % 3)]
            parts += [_RIGHTS[(i + k) % 4] for k in range(i % 3)]
            rows.append({"doc_id": f"{source}{d}", "source": source,
                         "text": "\n\n".join([*parts, f"Closing words of document {i}."])})
    return dc.Corpus.from_dataframe(pd.DataFrame(rows))


def _reordered(corpus: dc.Corpus, seed: int) -> dc.Corpus:
    docs = corpus.documents.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    return dc.Corpus(docs, set_aside=corpus.set_aside, skipped=corpus.skipped, name=corpus.name,
                     clean=corpus.cleaned)


def test_balance_intervals_do_not_depend_on_document_order():
    corpus = _corpus()
    base = dc.frame_balance(dc.tokenize(corpus), by="source", level="group", uses="all", n_boot=200)
    groups = base[base["voice"] == "all"]
    # the intervals resample documents, and each group's hits vary between them
    assert (groups["unit"] == "document").all() and groups["ci_low"].notna().all()
    assert (groups["ci_low"] < groups["ci_high"]).all()
    for seed in (1, 2, 3):
        other = dc.frame_balance(dc.tokenize(_reordered(corpus, seed)), by="source", level="group", uses="all",
                                 n_boot=200)
        pd.testing.assert_frame_equal(other, base, obj=f"frame_balance, documents reordered (seed {seed})")


def test_balance_intervals_from_counts_do_not_depend_on_document_order():
    corpus = _corpus()
    tokens = dc.tokenize(corpus)
    counts = dc.count_terms(tokens, by=["source", "doc_id"], lexicon="framing")
    base = dc.frame_balance(counts, by="source", level="group", n_boot=200)
    assert base["ci_low"].notna().any()
    for seed in (1, 2):
        shuffled = counts.sample(frac=1.0, random_state=seed).reset_index(drop=True)
        other = dc.frame_balance(shuffled, by="source", level="group", n_boot=200)
        pd.testing.assert_frame_equal(other, base, obj=f"frame_balance of counts, rows shuffled (seed {seed})")


def test_suggest_terms_examples_do_not_depend_on_document_order():
    corpus = _corpus()
    seeds = {"promotional": ["smart", "efficient"], "rights": ["privacy", "repression"]}
    base = dc.suggest_terms(dc.tokenize(corpus), seeds=seeds, by="source", n=5, min_count=2, word2vec=False)
    assert (base["kwic"].str.count("\n") >= 2).any()  # candidates with three example lines to choose among
    for seed in (1, 2):
        other = dc.suggest_terms(dc.tokenize(_reordered(corpus, seed)), seeds=seeds, by="source", n=5,
                                 min_count=2, word2vec=False)
        pd.testing.assert_frame_equal(other, base, obj=f"suggest_terms, documents reordered (seed {seed})")


@pytest.mark.parametrize("method", ["lda", "nmf"])
def test_topic_model_does_not_depend_on_document_order(method):
    corpus = _corpus()
    kw = dict(unit="paragraph", random_state=0, min_count=1, phrases=False, max_doc_share=0.9)
    base = dc.TopicModel(2, method=method, **kw).fit(dc.tokenize(corpus))
    for seed in (1, 2):
        other = dc.TopicModel(2, method=method, **kw).fit(dc.tokenize(_reordered(corpus, seed)))
        pd.testing.assert_frame_equal(other.topic_terms(top_n=10), base.topic_terms(top_n=10))
        pd.testing.assert_frame_equal(other.doc_topics(level="unit"), base.doc_topics(level="unit"))
        pd.testing.assert_frame_equal(dc.topic_prevalence(other, n_boot=100), dc.topic_prevalence(base, n_boot=100))
    # units come in doc_id order whatever order the documents were given in
    assert base.units_["doc_id"].tolist() == sorted(base.units_["doc_id"])


def test_topic_model_from_corpus_does_not_depend_on_document_order():
    corpus = _corpus()
    kw = dict(unit="document", random_state=0, min_count=1, phrases=False, max_doc_share=0.9)
    base = dc.TopicModel(2, **kw).fit(corpus)
    shuffled = _reordered(corpus, 1)
    other = dc.TopicModel(2, **kw).fit(shuffled)
    pd.testing.assert_frame_equal(other.doc_topics(level="document"), base.doc_topics(level="document"))
    # and equal to the token path, as the README promises
    via_tokens = dc.TopicModel(2, **kw).fit(dc.tokenize(shuffled))
    pd.testing.assert_frame_equal(via_tokens.doc_topics(level="document"), base.doc_topics(level="document"))


def test_report_samples_do_not_depend_on_document_order(monkeypatch):
    from discourse.report import build as report_build
    from discourse.report.analysis import Analysis, sample_units

    corpus = _corpus()
    tokens = dc.tokenize(corpus)
    words = int((~tokens["is_punct"]).sum())
    units = {}
    for seed in (None, 1, 2):
        t = tokens if seed is None else dc.tokenize(_reordered(corpus, seed))
        sub, what = sample_units(t, "paragraph", words // 3, 0)
        assert what  # a sample was drawn
        units[seed] = sorted(set(zip(sub["doc_id"].astype(str), sub["paragraph"], strict=True)))
    assert units[1] == units[None] and units[2] == units[None]

    monkeypatch.setattr(report_build, "EXPLORE_KWIC_MAX_ROWS", len(tokens) // 3)
    kept = {}
    for seed in (None, 1, 2):
        a = Analysis(corpus if seed is None else _reordered(corpus, seed), n_boot=10)
        sub, what = report_build.explore_tokens(a, "alpha", None)
        assert "random sample" in what
        kept[seed] = sorted(set(sub["doc_id"].astype(str)))
    assert kept[1] == kept[None] and kept[2] == kept[None]


def _write_jsonl(path, corpus: dc.Corpus, source_column: str) -> None:
    docs = corpus.documents[["doc_id", "source", "text"]].rename(columns={"source": source_column})
    docs.to_json(path, orient="records", lines=True, force_ascii=False)


@pytest.mark.parametrize("command", ["frames", "topics", "report"])
def test_cli_provenance_records_how_the_corpus_was_read(command, tmp_path, capsys):
    """A rerun needs the options that read the corpus (--source, --no-clean ...), not only its hash."""
    import json

    from discourse.cli import main

    path = tmp_path / "docs.jsonl"
    _write_jsonl(path, _corpus(), "outlet")
    extra = {"frames": ["--n-boot", "20"], "topics": ["-k", "2", "--min-count", "1", "--n-boot", "20"],
             "report": ["--n-boot", "20", "--topics", "2", "--no-explore", "--quiet"]}[command]
    out = tmp_path / "out"
    assert main([command, str(path), "--source", "outlet", "--no-clean", "--keep-entities", "--random-state", "3",
                 "--out", str(out), *extra]) == 0
    capsys.readouterr()
    prov = json.loads((out / "provenance.json").read_text())
    opts = prov["parameters"]["command_options"]
    assert opts["source"] == "outlet" and opts["no_clean"] is True and opts["keep_entities"] is True
    assert opts["path"] == str(path) and opts["random_state"] == 3 and prov["seeds"] == {"random_state": 3}


_SAVE_SCRIPT = """
import sys, warnings
warnings.simplefilter("ignore")
import discourse as dc
model = dc.TopicModel(2, random_state=0, phrases=True, phrase_min_count=1, phrase_threshold=0.1).fit(dc.load_corpus())
assert model.phraser_ is not None
model.save(sys.argv[1])
"""


def test_saved_topic_model_is_the_same_file_in_every_process(tmp_path):
    """gensim's phrase model logged the clock time of its export, and its set of connector words was pickled in
    the order of the string hash seed: every run of `discourse topics --out` wrote another model.pkl."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(dc.__file__).resolve().parent.parent)
    files = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed,
               "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
        path = tmp_path / f"model{hash_seed}.pkl"
        subprocess.run([sys.executable, "-c", _SAVE_SCRIPT, str(path)], env=env, check=True, timeout=300)
        files.append(path.read_bytes())
    assert files[0] == files[1]
    loaded = dc.TopicModel.load(tmp_path / "model1.pkl")
    assert "of" in loaded.phraser_.connector_words and isinstance(loaded.phraser_.connector_words, frozenset)
