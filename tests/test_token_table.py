"""The lean token table (issue 16, point 3): integer-coded columns, small integer types, no Python object per
row, the same values as the plain table, and tables computed from it with plain values.

That the values did not change is proven twice: ``tests/test_golden.py`` compares the token table of the
seeds and of 60 UN speeches with fingerprints recorded before the change (CSV text, which prints a
categorical and an int16 exactly as the str and int64 columns of before), and
``test_values_equal_the_per_document_functions`` below rebuilds every column from the public per-document
functions.
"""

from __future__ import annotations

import gzip
import itertools
import json
import warnings

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import find_quote_spans, token_voices
from discourse.segment import _punkt
from discourse.text import (
    STOPWORDS,
    TOKEN_COLUMNS,
    is_punct,
    normalize,
    paragraphs,
    sentences,
    stem,
    token_spans,
)
from tests.conftest import UNGD

CATEGORICAL = ["doc_id", "token", "norm", "stem", "voice", "quote_kind", "speaker"]
INTEGER = ["paragraph", "sentence", "position", "start", "end"]


@pytest.fixture(scope="module")
def ungd60() -> dc.Corpus | None:
    if not UNGD.exists():
        return None
    with gzip.open(UNGD, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, 60)]
    df = pd.DataFrame(rows).drop(columns=["speaker"])  # the speech's speaker: see test_document_column_clash
    return dc.Corpus.from_dataframe(df, text="text", source="country", date=None)


def test_columns_are_coded(seed_tokens, seeds):
    meta = [c for c in seeds.documents.columns if c not in ("doc_id", "text")]
    for c in [*CATEGORICAL, *meta]:
        assert isinstance(seed_tokens[c].dtype, pd.CategoricalDtype), c
    for c in ("token", "norm", "stem", "speaker", "doc_id"):  # sorted categories: sorting orders values
        cats = list(seed_tokens[c].cat.categories)
        assert cats == sorted(cats), c
    for c in INTEGER:
        dt = seed_tokens[c].dtype
        assert dt.kind == "i" and dt.itemsize <= 4, (c, dt)
        # the smallest type with room for twice the largest value (so end - start, position + 1 cannot wrap)
        top = int(seed_tokens[c].max())
        assert 2 * top + 1 <= np.iinfo(dt).max, c
        if dt.itemsize > 1:
            assert 2 * top + 1 > np.iinfo(f"int{dt.itemsize * 4}").max, (c, dt, top)
    assert str(seed_tokens["quote_id"].dtype) in ("Int8", "Int16", "Int32")
    assert seed_tokens["is_stop"].dtype == bool and seed_tokens["is_punct"].dtype == bool
    # no column holds a Python object (or a string) per row
    assert seed_tokens.select_dtypes(include=["object", "string"]).columns.tolist() == []
    # the document columns keep their values and the dtype of their values: date stays a date
    assert seed_tokens["date"].cat.categories.dtype == seeds.documents["date"].dtype


def test_bytes_per_token(seed_tokens, ungd60):
    """At most 60 bytes per token (issue 16: the plain table took about 150 to 280, depending on the
    document columns); measured: 42.7 on the seeds (9 document columns), 40.6 on the UN sample (10)."""
    per_token = seed_tokens.memory_usage(deep=True).sum() / len(seed_tokens)
    assert per_token <= 60, per_token
    if ungd60 is not None:
        un = dc.tokenize(ungd60)
        assert un.memory_usage(deep=True).sum() / len(un) <= 60


def test_values_equal_the_per_document_functions(seeds, seed_tokens):
    """Every column rebuilt from the public per-document functions (as tokenize built it before the table
    became lean, one Python object per token), compared as plain values."""
    docs = seeds.documents
    rows = []
    for _, d in docs.iterrows():
        text = d["text"]
        s, e, toks = token_spans(text)
        aside = [(a, b) for a, b in zip(seeds.set_aside.loc[seeds.set_aside["doc_id"] == d["doc_id"], "start"],
                                         seeds.set_aside.loc[seeds.set_aside["doc_id"] == d["doc_id"], "end"],
                                         strict=True)]
        keep = np.ones(len(s), dtype=bool)
        for a, b in aside:
            keep &= ~((s >= a) & (e <= b))
        paras = paragraphs(text)
        sents = sentences(text, paras)
        spans = find_quote_spans(text, paragraphs=paras, reported=True)  # as tokenize asks for them
        voice, qid, kind, speaker = token_voices(s[keep], e[keep], spans)
        for i, (a, b, t) in enumerate(zip(s[keep], e[keep], np.asarray(toks, dtype=object)[keep], strict=True)):
            norm = normalize(t)
            rows.append({
                "doc_id": d["doc_id"], "source": d["source"], "date": d["date"],
                "paragraph": max(k for k, p in enumerate(paras) if p[0] <= a),
                "sentence": max([k for k, p in enumerate(sents) if p[0] <= a], default=0),
                "position": i, "start": int(a), "end": int(b), "token": t, "norm": norm, "stem": stem(norm),
                "is_stop": norm in STOPWORDS, "is_punct": is_punct(norm), "voice": voice[i],
                "quote_id": None if qid[i] < 0 else int(qid[i]), "quote_kind": kind[i], "speaker": speaker[i],
            })
    want = pd.DataFrame(rows).astype(object)
    got = seed_tokens[want.columns].astype(object)
    want = want.where(want.notna(), None)
    got = got.where(got.notna(), None)
    assert len(got) == len(want)
    for c in want.columns:
        assert got[c].tolist() == want[c].tolist(), c


def test_tables_from_tokens_hold_plain_values(seeds, seed_tokens):
    """Counts and balances group by categorical columns; their group columns hold the documents' values
    with the documents' dtype, whichever chunk they were counted from."""
    src_dtype = seeds.documents["source"].dtype
    terms = dc.count_terms(seed_tokens, by=["source", "date"])
    assert terms["source"].dtype == src_dtype and terms["date"].dtype == seeds.documents["date"].dtype
    assert terms["term"].dtype != "category"
    frames = dc.count_frames(seed_tokens, by="source")
    assert frames["source"].dtype == src_dtype and frames["voice"].dtype != "category"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bal = dc.frame_balance(seed_tokens, by="source", n_boot=20)
    assert bal["source"].dtype == src_dtype
    # two chunks whose categoricals hold different categories add up to the table of the whole
    half = seed_tokens["doc_id"].isin(seeds.documents["doc_id"].iloc[:2])
    a, b = seed_tokens[half].reset_index(drop=True), seed_tokens[~half].reset_index(drop=True)
    acc = dc.FrameCounts(by="source", voice="all").add(a).add(b).to_frame()
    whole = dc.count_frames(seed_tokens, by="source", voice="all")
    pd.testing.assert_frame_equal(acc, whole[acc.columns.tolist()], check_exact=True)
    kw = dc.kwic(seed_tokens, "privacy", by="source")
    assert kw["source"].dtype == src_dtype and kw["paragraph"].dtype == np.int64


def test_sorting_and_comparisons_see_values(seed_tokens):
    norms = seed_tokens["norm"]
    assert norms.sort_values().astype(str).tolist() == sorted(norms.astype(str))
    assert (norms == "privacy").sum() == sum(v == "privacy" for v in norms.astype(str))
    assert norms.str.startswith("surveil").sum() > 0
    g = seed_tokens.groupby("source", sort=True, observed=True).size()
    assert list(g.index) == sorted(seed_tokens["source"].astype(str).unique())


def test_document_column_clash():
    """A document column named like a token column (the UN corpus's ``speaker``) is not overwritten
    silently: a warning with metadata="all", an error when named."""
    df = pd.DataFrame({"doc_id": ["a"], "source": ["S"], "speaker": ["Mr. Head"],
                       "text": ["\u201cWe will act,\u201d said Jane Lee."]})
    corpus = dc.Corpus.from_dataframe(df)
    with pytest.warns(UserWarning, match=r"\['speaker'\] not copied onto the tokens.*doc_speaker"):
        tok = dc.tokenize(corpus)
    assert "Mr. Head" not in set(tok["speaker"].dropna().astype(str))
    assert "Jane Lee" in set(tok["speaker"].dropna().astype(str))
    with pytest.raises(ValueError, match=r"metadata=\['speaker'\]: the token table has its own column"):
        dc.tokenize(corpus, metadata=["source", "speaker"])
    assert set(TOKEN_COLUMNS) & set(dc.tokenize(corpus, metadata=["source"]).columns) == set(TOKEN_COLUMNS)


def test_large_values_take_wider_types():
    """Offsets past 2**15 / 2 take int32; a document of 70 paragraphs takes int16 paragraphs."""
    text = "\n\n".join(f"Paragraph {i} says little." for i in range(70)) + " x" * 20_000
    tok = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]})), quotes=False)
    assert tok["end"].dtype == np.int32 and int(tok["end"].max()) == len(text)
    assert tok["paragraph"].dtype == np.int16 and int(tok["paragraph"].max()) == 69
    assert (tok["end"] - tok["start"]).min() >= 1


def test_sentences_equal_stock_punkt(seeds, ungd60):
    """The sentence splitter calls Punkt's token patterns without nltk's timeout wrapper; the spans equal
    those of Punkt with its stock token class and the same parameters."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    mine = _punkt()
    stock = PunktSentenceTokenizer(mine._params, lang_vars=mine._lang_vars)
    assert stock._Token is not mine._Token
    texts = list(seeds.documents["text"])
    if ungd60 is not None:
        texts += list(ungd60.documents["text"].iloc[:20])
    texts.append("Dr. A. B. Smith met the U.S. team at 4 p.m. He left... Then 3.5 bn. (Really.) \u201cYes.\u201d")
    n = 0
    for text in texts:
        for ps, pe in paragraphs(text):
            assert list(mine.span_tokenize(text[ps:pe])) == list(stock.span_tokenize(text[ps:pe]))
            n += 1
    assert n > 50


def test_categories_are_the_values_tokens_keep(seed_tokens, ungd60):
    # the voice columns' ids are given as quotations are applied and a later (inner) write may overwrite a
    # value everywhere (text._voice_codes); the categories must still be exactly the values some token keeps,
    # as the object arrays of token_voices gave them
    tables = [seed_tokens] + ([dc.tokenize(ungd60)] if ungd60 is not None else [])
    for t in tables:
        for c in ("voice", "quote_kind", "speaker", "token", "norm", "stem"):
            assert set(t[c].cat.categories) == set(t[c].dropna().unique()), c


def test_a_value_overwritten_everywhere_is_no_category(monkeypatch):
    # a reported clause whose every token a speech quotation covers: its speaker 'X' is written first, then
    # overwritten by the quotation's 'Y' (quotes.voice_runs); token_voices keeps no 'X', nor may the table
    from discourse import text as T

    text = "Alpha beta gamma delta."
    spans = [{"quote_id": 0, "kind": "reported", "content_start": 0, "content_end": len(text), "speaker": "X",
              "parent_id": None},
             {"quote_id": 1, "kind": "speech", "content_start": 0, "content_end": len(text), "speaker": "Y",
              "parent_id": None}]
    monkeypatch.setattr(T, "find_quote_spans", lambda *a, **k: [dict(q) for q in spans])
    toks = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"text": [text]}), clean=False))
    s, e, _ = T.token_spans(text)
    voice, qid, kind, speaker = token_voices(s, e, spans)
    assert list(toks["speaker"].cat.categories) == sorted(set(speaker)) == ["Y"]
    assert list(toks["quote_kind"].cat.categories) == ["speech"] and list(toks["voice"].cat.categories) == ["quoted"]
    assert toks["speaker"].tolist() == list(speaker) and toks["quote_id"].tolist() == list(qid)


def test_sentence_words_are_the_groupby_lists(seeds):
    # text.sentence_words (word2vec's sentences for suggest_terms and LSS) replaced a groupby that built each
    # sentence's list on its own; the lists must be those of the groupby, on the seeds' table, on a shuffled copy
    # whose doc ids sort otherwise as strings than as numbers, with and without stopwords
    import numpy as np

    from discourse.text import sentence_words

    def groupby_lists(tokens, drop_stop):
        keep = ~tokens["is_punct"].to_numpy(dtype=bool)
        if drop_stop:
            keep &= ~tokens["is_stop"].to_numpy(dtype=bool)
        t = tokens.loc[keep, ["doc_id", "sentence", "position", "norm"]]
        t = t.assign(doc_id=t["doc_id"].astype(str)).sort_values(["doc_id", "position"], kind="stable")
        return [g.astype(str).tolist() for _, g in t.groupby(["doc_id", "sentence"], sort=False)["norm"]]

    tokens = dc.tokenize(seeds)
    ids = {d: str(i * 7 % 11) for i, d in enumerate(tokens["doc_id"].unique())}  # "10" sorts before "2"
    renamed = tokens.assign(doc_id=tokens["doc_id"].map(ids))
    shuffled = renamed.iloc[np.random.default_rng(0).permutation(len(renamed))]
    for table in (tokens, renamed, shuffled, tokens.iloc[:0]):
        for drop_stop in (False, True):
            got = sentence_words(table, drop_stop)
            assert got == groupby_lists(table, drop_stop) and (len(got) > 100 or table.empty)
