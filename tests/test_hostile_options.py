"""Hostile options and inputs, second audit: a quadratic stance rule on long sentences, numeric options out
of range, ``report --out`` at the current folder, topics on identical documents. Each test makes its input."""

from __future__ import annotations

import io
import os
import random
import warnings
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse import stance
from discourse._reported import according_to_source, first_person_subject
from discourse.cli import main


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def one_line_error(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "error:" in lines[0] and "Traceback" not in err
    for n in needles:
        assert n in lines[0], (n, lines[0])


# ------------------------------------------------------------------------------------------ 1: stance rules
def _transcript(n_words: int) -> str:
    """An automatic transcript: no sentence punctuation, a lexicon word every 40 words."""
    return " ".join("privacy" if i % 40 == 0 else "word" for i in range(n_words))


def _lookups(n_words: int) -> int:
    """How many token lookups the stance rules make on one sentence of ``n_words`` words."""
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [_transcript(n_words)]}), clean=False)
    tokens = dc.tokenize(corpus)
    assert tokens["sentence"].nunique() == 1
    calls = 0
    orig_n, orig_p = stance._Sentence.n, stance._Sentence.p

    def n(self, j):
        nonlocal calls
        calls += 1
        return orig_n(self, j)

    def p(self, j):
        nonlocal calls
        calls += 1
        return orig_p(self, j)

    stance._Sentence.n, stance._Sentence.p = n, p
    try:
        hits = stance.find_hits(tokens, dc.load_lexicon("framing"))
    finally:
        stance._Sentence.n, stance._Sentence.p = orig_n, orig_p
    assert len(hits) == -(-n_words // 40)
    return calls


def test_stance_rules_are_linear_on_one_long_sentence():
    """An 'according to', reporting verb or stance noun anywhere in the sentence was looked for by scanning the
    whole sentence for every hit: quadratic (a 400 KB transcript took 326 s)."""
    small, large = _lookups(4000), _lookups(16000)
    assert large < 6 * small, (small, large)  # linear: x4; quadratic was x16


# the rules as they were (a whole-sentence scan per hit), to check the indexed ones against
def _old_according_to(sent, s):
    for j in range(sent.lo, sent.hi):
        if sent.n(j) == "according" and sent.n(j + 1) == "to" and stance._same_voice(sent.ctx, j, s) and \
                according_to_source([sent.n(k) for k in range(j + 2, min(sent.hi, j + 7) + 1) if not sent.p(k)]):
            return "according to"
    return None


def _old_reporting_verb(sent, s, e):
    ctx = sent.ctx
    for j in range(sent.lo, s):
        verb = stance.reporting_verb_at(sent, j)
        if verb is None or not stance._same_voice(ctx, j, s):
            continue
        if first_person_subject([sent.n(k) for k in range(max(sent.lo, j - 8), j)]):
            continue
        if j == sent.first_word():
            continue
        if verb in stance._HEARER_VERBS and s <= stance._hearer_last(sent, j):
            continue  # a hit in the hearer of 'told' is no part of the report
        return verb
    for j in range(e + 1, sent.hi + 1):
        if sent.p(j) and sent.s(j) == "," and stance._same_voice(ctx, j, s):
            for k in range(j + 1, min(sent.hi, j + 5) + 1):
                t = sent.n(k)
                if (t in stance.REPORTING_VERBS or t in stance.THAT_REPORTING_VERBS) and not sent.p(k) \
                        and not stance.noun_after_determiner(sent, k) \
                        and stance._same_voice(ctx, k, s) and (sent.hi - k <= 5 or stance._medial(sent, k)):
                    if not first_person_subject([sent.n(x) for x in range(j + 1, k)]):
                        return t
    return None


def _old_stance_noun(sent, s):
    ctx = sent.ctx
    for j in range(sent.lo, s - 1):
        t, nxt = sent.n(j), sent.n(j + 1)
        if not ((t in stance.STANCE_NOUNS and nxt in stance._STANCE_LINKS)
                or (t in stance.PREPOSITIONAL_REPORTING_VERBS and nxt in stance._REPORTING_PREPS)
                or (t in stance.CLAIM_LABELS and nxt == ":")):
            continue
        if sent.p(j) or not stance._same_voice(ctx, j, s):
            continue
        if nxt == "of" and t in stance.STANCE_NOUNS and stance._holder_after(sent, j + 2):
            continue
        before = [sent.n(k) for k in range(max(sent.lo, j - 3), j)]
        if first_person_subject(before) or any(w in ("our", "my") for w in before):
            continue
        # (a hit after the prepositional complement, past the main clause's operator, is not the noun's content)
        return None if stance._past_complement(sent, (j, f"{t} {nxt}"), s) else f"{t} {nxt}"
    return None


def _old_proper_name(sent, s, e, stop, headline):
    if headline:
        return False
    first = sent.first_word()
    content = [j for j in range(s, e + 1) if not sent.p(j) and not stop[j]]
    if not content or not all(stance.is_capitalised(sent.s(j)) for j in content):
        return False
    run = set(range(s, e + 1))
    j = s - 1
    while True:
        while j >= sent.lo and not sent.p(j) and stance.is_capitalised(sent.s(j)) and not stop[j]:
            run.add(j)
            j -= 1
        if j < sent.lo or sent.p(j) or sent.n(j) not in stance.NAME_LINKS:
            break
        k = j - 1
        if k >= sent.lo and sent.n(k) == "the" and not sent.p(k):
            k -= 1
        if k < sent.lo or sent.p(k) or stop[k] or not stance.is_capitalised(sent.s(k)) or k == first:
            break
        run.add(k)
        j = k - 1
    j = e + 1
    while j <= sent.hi and not sent.p(j):
        if stance.is_capitalised(sent.s(j)):
            run.add(j)
        elif not (stop[j] and j + 1 <= sent.hi and stance.is_capitalised(sent.s(j + 1))):
            break
        j += 1
    caps = [k for k in run if not sent.p(k) and stance.is_capitalised(sent.s(k))]
    return any(k < s or k > e for k in caps) and len(caps) >= 2 and any(k != first for k in caps)


def _old_partial_quotation(ctx, sent, s):
    return any(stance.reporting_verb_at(sent, j) is not None and ctx.qid[j] != ctx.qid[s] for j in range(sent.lo, s))


_VOCAB = ["according", "to", "the", "police", "law", "said", "says", "told", "argued", "that", "we", "I", "concern",
          "fears", "of", "about", "warned", ",", ",", "privacy", "smart", "city", "Smart", "City", "Huawei", "Expo",
          "Declaration", "Human", "Rights", "for", "on", "our", "it", "is", "efficient", "'safe'", "\u201cWe",
          "agree,\u201d", "\u201d", "\u201c", "United", "Nations", "my", "in", "a", "."]


@pytest.mark.parametrize("seed", range(6))
def test_indexed_stance_rules_match_the_whole_sentence_scans(seed):
    rng = random.Random(seed)
    text = "\n\n".join(" ".join(rng.choice(_VOCAB) for _ in range(rng.randint(20, 120))) for _ in range(8))
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]}), clean=False)
    tokens = dc.tokenize(corpus)
    ctx = stance._Context(stance.TokenArrays(tokens), "norm")
    n_checked = 0
    for s in range(len(tokens)):
        for e in (s, min(s + 1, int(ctx.s_last[s]))):
            sent = ctx.sentence_of(s)
            headline = stance.headline_case(sent, ctx.stop)
            assert stance.rule_according_to(sent, s) == _old_according_to(sent, s)
            assert stance.rule_reporting_verb(sent, s, e) == _old_reporting_verb(sent, s, e)
            assert stance.rule_stance_noun(sent, s) == _old_stance_noun(sent, s)
            assert stance.rule_proper_name(sent, s, e, ctx.stop, headline) == \
                _old_proper_name(sent, s, e, ctx.stop, headline)
            if ctx.qkind[s] == "mention" and ctx.qid[s] is not None:
                got = stance.rule_quotation_marks(ctx, sent, s, e, headline)
                assert (got == ("reported", "partial_quotation")) == _old_partial_quotation(ctx, sent, s)
            n_checked += 1
    assert n_checked > 500


# ------------------------------------------------------------------------------------------ 2 and 5: options
@pytest.mark.parametrize("argv, flag", [
    (["report", "--n-boot", "-1"], "--n-boot"),
    (["report", "--random-state", "-1"], "--random-state"),
    (["report", "--max-groups", "0"], "--max-groups"),
    (["frames", "--random-state", "-1"], "--random-state"),
    (["frames", "--n-boot", "-1"], "--n-boot"),
    (["topics", "--random-state", "-1"], "--random-state"),
    (["topics", "--random-state", str(2**32)], "--random-state"),
    (["topics", "--n-boot", "-1"], "--n-boot"),
    (["topics", "--top-n", "0"], "--top-n"),
    (["topics", "-k", "0"], "-k"),
    (["topics", "--max-doc-share", "0"], "--max-doc-share"),
    (["topics", "--max-doc-share", "1.5"], "--max-doc-share"),
    (["topics", "--choose-k", "4:2"], "--choose-k"),
    (["topics", "--choose-k", "2:4", "--random-state", str(2**32 - 2)], "--random-state"),
    (["keyness", "--ngram", "abc"], "--ngram"),
    (["keyness", "--ngram", "2:1"], "--ngram"),
    (["keyness", "--top-n", "-1"], "--top-n"),
    (["keyness", "--min-count", "-5"], "--min-count"),
    (["keyness", "--prior-scale", "inf"], "--prior-scale"),
    (["keyness", "--prior-scale", "nan"], "--prior-scale"),
    (["kwic", "privacy", "--max-lines", "-1"], "--max-lines"),
    (["kwic", "privacy", "--width", "0"], "--width"),
    (["kwic", "privacy", "--window", "-2"], "--window"),
    (["corpus", "--max-rows", "-1"], "--max-rows"),
    (["frames", "--out", ""], "--out"),
])
def test_numeric_options_out_of_range_are_refused_before_any_work(argv, flag, tmp_path, monkeypatch):
    import discourse.corpus

    def no_work(*a, **k):
        raise AssertionError("the corpus was read before the options were checked")

    monkeypatch.setattr(discourse.corpus, "load_corpus", no_work)
    monkeypatch.chdir(tmp_path)
    if argv[0] == "report" and "--out" not in argv:
        argv = [*argv, "--out", str(tmp_path / "r"), "--quiet"]
    code, _, err = run_cli(argv)
    assert code == 2
    one_line_error(err, flag)
    assert not (tmp_path / "r").exists()


def test_report_library_refuses_negative_n_boot_and_seed(tmp_path):
    with pytest.raises(ValueError, match="n_boot=-1"):
        dc.build_report(dc.load_corpus(), n_boot=-1, out=tmp_path / "r", verbose=False)
    with pytest.raises(ValueError, match="random_state=-1"):
        dc.build_report(dc.load_corpus(), random_state=-1, out=tmp_path / "r", verbose=False)
    assert list(tmp_path.iterdir()) == []


def test_keyness_says_when_no_term_reaches_the_minimum_count():
    code, out, _ = run_cli(["keyness", "--min-count", "1000000"])
    assert code == 0
    assert "no term reaches --min-count 1000000" in out


def test_topics_on_two_documents_by_document_skips_the_effect_with_a_reason(tmp_path):
    path = tmp_path / "two.csv"
    pd.DataFrame({"doc_id": ["d1", "d2"], "source": ["a", "b"], "text": [
        "Privacy privacy cameras cameras smart smart city city efficient efficient. Police police data data.",
        "Rights rights surveillance surveillance groups groups warn warn. Mass mass abuse abuse protest protest.",
    ]}).to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code, _, err = run_cli(["topics", str(path), "--unit", "document", "-k", "2", "--n-boot", "10",
                                "--out", str(tmp_path / "t")])
    assert code == 0, err
    assert "coefficients" not in err and "--unit" in err and "not estimated" in err
    assert (tmp_path / "t" / "topic_terms.csv").exists()
    assert not (tmp_path / "t" / "effect_coefficients.csv").exists()


# ------------------------------------------------------------------------------------------ 3: report --out
@pytest.mark.parametrize("out", [".", "", "..", "CORPUS_PARENT", "CORPUS"])
def test_report_out_that_would_replace_the_working_folder_or_corpus_is_refused(out, tmp_path, monkeypatch):
    import discourse.corpus

    corpus_dir = tmp_path / "work" / "corpus"
    corpus_dir.mkdir(parents=True)
    (corpus_dir / "a.txt").write_text("The smart city is efficient.", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "work")
    out = {"CORPUS_PARENT": str(tmp_path / "work"), "CORPUS": str(corpus_dir)}.get(out, out)
    loaded = []
    real = discourse.corpus.load_corpus
    monkeypatch.setattr(discourse.corpus, "load_corpus", lambda *a, **k: loaded.append(1) or real(*a, **k))
    code, _, err = run_cli(["report", str(corpus_dir), "--out", out, "--quiet"])
    assert code == 2
    one_line_error(err, "--out")
    assert not loaded
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == ["corpus"]


def test_report_library_refuses_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match="current folder"):
        dc.build_report(dc.load_corpus(), out=".", verbose=False)
    with pytest.raises(ValueError, match="empty"):
        dc.build_report(dc.load_corpus(), out="", verbose=False)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_swap_leaves_no_partial_folder(tmp_path, monkeypatch):
    from discourse.report import build

    def fail(tmp, out):
        raise OSError(16, "Device or resource busy")

    monkeypatch.setattr(build, "_swap", fail)
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a", "b"], "source": ["x", "y"], "text": [
        "The smart city is efficient and seamless.", "Rights groups fear mass surveillance."]}), clean=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(OSError):
            dc.build_report(corpus, out=tmp_path / "r", verbose=False, explore=False, n_boot=0)
    assert [p.name for p in tmp_path.iterdir()] == []


# ------------------------------------------------------------------------------------------ 4: identical documents
def _identical(tmp_path: Path) -> Path:
    path = tmp_path / "ident.csv"
    pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "source": ["a", "b"] * 3,
                  "text": ["The smart city promises efficient privacy for everyone here today."] * 6}).to_csv(
        path, index=False)
    return path


@pytest.mark.parametrize("extra", [["-k", "2"], ["-k", "2", "--method", "nmf"], ["--choose-k", "2:4"]])
def test_topics_on_identical_documents_is_a_clear_error(extra, tmp_path):
    code, _, err = run_cli(["topics", str(_identical(tmp_path)), "--max-doc-share", "1", *extra])
    assert code == 2
    one_line_error(err, "identical", "more varied documents")


@pytest.mark.parametrize("method", ["lda", "nmf", "ensemble"])
def test_topic_model_on_identical_documents_raises_from_the_library(method, tmp_path):
    tokens = dc.tokenize(dc.load_corpus(_identical(tmp_path)))
    with pytest.raises(ValueError, match="identical"):
        dc.TopicModel(2, method=method, max_doc_share=1.0).fit(tokens)


def test_topic_model_when_every_term_is_in_every_unit():
    texts = ["alpha beta", "alpha alpha beta", "alpha beta beta", "alpha beta alpha beta beta"]
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": list("abcd"), "text": texts}), clean=False)
    tokens = dc.tokenize(corpus)
    opts = {"unit": "document", "max_doc_share": 1.0, "min_count": 1}
    with pytest.raises(ValueError, match="all zeros"):
        dc.TopicModel(2, method="nmf", **opts).fit(tokens)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = dc.TopicModel(2, method="lda", **opts).fit(tokens)  # LDA starts at random instead
    assert np.allclose(model.doc_topics("unit").groupby("unit")["proportion"].sum(), 1.0)
    assert model.fit_report_.astype(str).apply(lambda c: c.str.contains("every term occurs")).any().any()


def test_fewer_distinct_units_than_topics(tmp_path):
    texts = ["alpha beta"] * 3 + ["gamma delta"] * 3
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": list("abcdef"), "text": texts}), clean=False)
    tokens = dc.tokenize(corpus)
    with pytest.raises(ValueError, match="only 2 distinct word patterns"):
        dc.TopicModel(3, unit="document", max_doc_share=1.0, min_count=1).fit(tokens)
    assert os.getcwd()  # no side effects


def test_keyness_by_a_column_with_missing_values_groups_them_as_missing(tmp_path, capsys):
    # before: "fill or drop them first", which no flag of the command does; the report already groups them
    from discourse.cli import main

    path = tmp_path / "t.csv"
    path.write_text("doc_id,title,text\na,One,The smart city promises public safety and seamless services.\n"
                    "b,,Critics fear mass surveillance and the loss of privacy.\n"
                    "c,One,Smart city platforms promise safety.\n", encoding="utf-8")
    assert main(["keyness", str(path), "--by", "title", "--min-count", "1"]) == 0
    out = capsys.readouterr().out
    assert "(missing) vs " in out and "One vs " in out
