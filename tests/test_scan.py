"""The fast word-count path of count_terms_stream: texts split into white-space words (pyarrow when installed,
else str.split), each distinct word tokenised once; the counts must be those of the token table."""

from __future__ import annotations

import os
import re
import sys
import warnings

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse import counts as counts_module
from discourse.counts import count_terms
from discourse.stream import count_terms_stream
from discourse.text import fast_tokens, tokenize

from .conftest import UNGD
from .test_stream import TRICKY, assert_same, corpus, docs, tokens  # noqa: F401 - fixtures shared with test_stream

# texts whose tokens sit against every kind of white space and text edge
EDGES = [
    "a\u00a0b U.S.\u2003The end.\u3000Next 's\u2028'S x@y.org\tz",
    "http://a.b/c\u2029d www.e.org.\x1cf e.g.\x1dg\x1eh\x1fi\x0bj\x0ck\x85l",
    "\u200bzero\u200b width\u00adsoft hy\u00ad phen; caf\u00e9\u0301 \u0301mark",
    " \t\n leading and trailing \n\t ",
    "__x__ _ a_b @ @@ a@ @b US$ 1,000, 4.2%. (www.x.com) [http://y.z/q?a=1]",
    "\U0001f44d\U0001f3fd \u2764\ufe0f \U0001f468\u200d\U0001f469\u200d\U0001f467 emoji\u200d",
]

OPTIONS = [
    {"by": "source"},
    {"by": None},
    {"by": ["source", "year"], "drop_stop": True},
    {"by": "source", "column": "stem", "min_count": 2},
    {"by": "source", "column": "token", "drop_punct": False},
    {"by": "doc_id", "drop_stop": True},
    {"by": ["section", "year"]},
]


@pytest.fixture(params=["arrow", "python"])
def engine(request, monkeypatch):
    """Run a test with pyarrow's word split and with the pure-Python one (str.split + Counter)."""
    if request.param == "arrow":
        pytest.importorskip("pyarrow")
    monkeypatch.setattr(counts_module, "_USE_ARROW", request.param == "arrow")
    counts_module._VOCABS.clear()  # the word table of one engine must not hide a bug of the other
    return request.param


def test_re_white_space_is_str_white_space():
    # the token pattern's \s and str.split agree on every code point, so no token holds a character that
    # str.split splits at (the premise of counting words instead of matching the pattern on whole texts)
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        assert bool(re.match(r"\s", c)) == c.isspace(), hex(cp)


def test_pyarrow_splits_where_str_split_does_for_every_code_point():
    pa = pytest.importorskip("pyarrow")
    pc = pytest.importorskip("pyarrow.compute")
    cps = [c for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]  # surrogates are not UTF-8
    split = pc.utf8_split_whitespace(pa.array([f"a{chr(c)}b" for c in cps]))
    got = pc.list_value_length(split).to_numpy()  # 2: split at the character ("a", "b"); 1: kept whole
    expected = np.array([2 if chr(c).isspace() else 1 for c in cps])
    assert [hex(c) for c in np.asarray(cps)[got != expected]] == []
    assert split[ord(" ")].as_py() == ["a", "b"] and split[ord("x")].as_py() == ["axb"]
    # runs and edges: arrow keeps empty strings there, which hold no token
    assert pc.utf8_split_whitespace(pa.array([" a \n\t b  "])).to_pylist()[0] == ["", "a", "b", "", ""]


def test_tokens_of_a_text_are_the_tokens_of_its_words(corpus):  # noqa: F811
    from discourse.counts import _TRAILING_MARKS

    texts = [*corpus.documents["text"], *TRICKY, *EDGES]
    for text in texts:
        words = text.split()
        assert fast_tokens(text) == [t for w in words for t in fast_tokens(w)], text[:60]
        for w in words:
            if w.isalpha():  # the short cuts of the word table: letters only make one token ...
                assert fast_tokens(w) == [w]
            elif w[-1] in _TRAILING_MARKS and w[:-1].isalpha():  # ... and a closing mark one more
                assert fast_tokens(w) == [w[:-1], w[-1]]


def test_short_cuts_of_the_word_table_are_the_tokenizer():
    # letters only: one token; letters and one closing mark: two tokens (the word table skips the regex
    # for both). Checked here on words that other alternatives of the pattern start with (URLs, clitics,
    # acronyms, numbers with a currency prefix) and on every distinct word of the test corpora above.
    from discourse.counts import _TRAILING_MARKS

    stems = ["peace", "www", "http", "https", "s", "S", "re", "ll", "e", "A", "US", "RM", "\u00e9t\u00e9", "\u0394\u039f",
             "\u65e5\u672c", "\u0645\u0631\u062d\u0628\u0627"]
    for w in stems:
        assert w.isalpha() and fast_tokens(w) == [w]
        for m in _TRAILING_MARKS:
            assert fast_tokens(w + m) == [w, m], w + m


@pytest.mark.parametrize("options", OPTIONS)
@pytest.mark.parametrize("chunksize", [1, 4, 1000])
def test_fast_path_equals_token_path(engine, corpus, tokens, options, chunksize):  # noqa: F811
    ref = count_terms(tokens, **options)
    assert_same(count_terms_stream(corpus, chunksize=chunksize, **options), ref)


def test_fast_path_on_edge_texts(engine):
    df = pd.DataFrame({"doc_id": [f"e{i}" for i in range(len(EDGES))], "source": ["A", "B"] * 3, "text": EDGES})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = dc.Corpus.from_dataframe(df)  # noqa: F811
        toks = tokenize(corpus, metadata=["source"])
    for options in ({"by": "source"}, {"by": "doc_id", "drop_punct": False}, {"by": None, "column": "token"}):
        assert_same(count_terms_stream(corpus, chunksize=2, **options), count_terms(toks, **options))


def test_lone_surrogates_fall_back_to_python(engine):
    # text read with encoding_errors="surrogateescape" holds lone surrogates, which are not UTF-8: pyarrow
    # cannot take them and the chunk is split by str.split. (The token table cannot hold such text either:
    # pandas' string columns refuse it.) Expected by hand: fast_tokens("caf\udce9") is "caf" plus a mark.
    assert fast_tokens("caf\udce9.") == ["caf", "\udce9", "."]
    df = pd.DataFrame({"doc_id": ["s1", "s2"], "source": ["A", "A"],
                       "text": pd.Series(["caf\udce9 privacy, caf\udce9.", "plain privacy"], dtype=object)})
    got = count_terms_stream(dc.Corpus.from_dataframe(df), by="source")
    assert got[["term", "n", "n_docs"]].values.tolist() == [["caf", 2, 1], ["plain", 1, 1], ["privacy", 2, 2]]
    assert got.attrs["discourse_counts"]["totals"] == {("A",): 5}
    # with drop_punct=False the surrogate is a term of its own, which no string column can hold: refused with
    # the fix named (it failed inside pyarrow with a UnicodeEncodeError)
    with pytest.raises(dc.InputError, match=r"lone surrogate .*U\+DCE9.*Fix: .*encoding_errors='replace'"):
        count_terms_stream(dc.Corpus.from_dataframe(df), by="source", drop_punct=False)


def test_the_word_table_is_reused_and_bounded(corpus):  # noqa: F811
    counts_module._VOCABS.clear()
    count_terms_stream(corpus, by="source")
    vocab = counts_module._vocab("norm", True, False)
    n_words = len(vocab.wid)
    assert n_words > 50 and len(vocab.start) == len(vocab.n_kept) == len(vocab.n_tok) == n_words
    count_terms_stream(corpus, by="source")  # the same words: no new entry
    assert len(vocab.wid) == n_words
    # every word's entry holds the term ids of its kept tokens
    for w, i in list(vocab.wid.items())[:500]:
        kept = [vocab[t] for t in fast_tokens(w) if vocab[t] >= 0]
        s = vocab.start[i]
        assert vocab.flat[s:s + vocab.n_kept[i]].tolist() == kept, w
        assert vocab.n_tok[i] == len(fast_tokens(w))


@pytest.fixture(scope="module")
def ungd_sample():
    if not UNGD.exists():
        pytest.skip("UN General Debate corpus not present")
    from discourse.corpus import iter_documents

    df = next(iter_documents(UNGD, chunksize=100))
    df = df[["doc_id", "country", "year", "text"]].rename(columns={"country": "source"})
    corpus = dc.Corpus.from_dataframe(df)  # noqa: F811
    return corpus, tokenize(corpus, metadata=["source", "year"], quotes=False)


@pytest.mark.slow
@pytest.mark.parametrize("options", [
    {"by": "source"},
    {"by": "source", "drop_stop": True},
    {"by": None, "column": "stem"},
    {"by": ["source", "year"], "drop_punct": False},
])
def test_ungd_sample_counts_equal_the_token_table(engine, ungd_sample, options):
    corpus, toks = ungd_sample  # noqa: F811
    assert_same(count_terms_stream(corpus, chunksize=40, **options), count_terms(toks, **options))


@pytest.mark.slow
def test_ungd_sample_bigrams_equal_the_token_table(ungd_sample):
    # n-grams need sentences: the stream tokenises each chunk (the token-table path), by country, with and
    # without stopwords
    corpus, toks = ungd_sample  # noqa: F811
    for options in ({"by": "source", "ngram": (1, 2)}, {"by": "source", "ngram": (2, 2), "drop_stop": True}):
        assert_same(count_terms_stream(corpus, chunksize=40, **options), count_terms(toks, **options))


def test_counts_are_integers_of_the_right_size(corpus):  # noqa: F811
    got = count_terms_stream(corpus, by="source")
    assert got["n"].dtype == np.int64 and got["n_docs"].dtype == np.int64
    assert (got["n_docs"] <= got["n"]).all() and (got["n_docs"] >= 1).all()


def test_worker_processes_with_a_copy_of_a_warm_word_table(docs, tokens):  # noqa: F811
    # a forked worker inherits the parent's word table and then adds its own words: its chunks must not be
    # read with the parent's term ids (chunks name their word table by process id and key)
    counts_module._VOCABS.clear()
    count_terms_stream(pd.DataFrame({"doc_id": ["w"], "source": ["W"], "text": ["zebra yak xylophone"]}), by="source")
    ref = count_terms(tokens, by="source")
    assert_same(count_terms_stream(docs, by="source", chunksize=3, n_jobs=2), ref)
    assert_same(count_terms_stream(docs, by="source", chunksize=3), ref)  # the table maps its own ids


def test_term_table_maps_word_table_ids_once(corpus):  # noqa: F811
    from discourse.counts import TermCounts

    counter = TermCounts(by="source")
    for batch in corpus.batches(4):
        counter.add(batch)
    table = counter.table
    (key, m), = table.vmaps.items()
    assert key[0] == os.getpid()
    vocab = counts_module._vocab("norm", True, False)
    mapped = np.flatnonzero(m >= 0)
    assert len(mapped) == len(table.terms)  # every term met was mapped once, to its own string
    assert all(table.terms[m[i]] == vocab.terms[i] for i in mapped)


@pytest.mark.parametrize("sub_chars", [1, 300])
def test_fast_path_in_small_sub_batches(engine, corpus, tokens, monkeypatch, sub_chars):  # noqa: F811
    # a chunk is split and counted in sub-batches of about _SUB_CHARS characters (one document each with 1);
    # the counts must not depend on the cut, with set-aside documents and words new in later sub-batches
    monkeypatch.setattr(counts_module, "_SUB_CHARS", sub_chars)
    counts_module._VOCABS.clear()
    for options in ({"by": "source"}, {"by": "doc_id", "drop_stop": True}, {"by": None, "column": "token"}):
        assert_same(count_terms_stream(corpus, chunksize=1000, **options), count_terms(tokens, **options))


@pytest.mark.parametrize("kmax, wmax", [(50, 5), (2**40, 2**20), (2**40, 2**30), (2**59, 2**20), (2**59, 3)])
def test_sort_runs_adds_up_equal_keys(kmax, wmax):
    # expected: np.unique's distinct keys and counts, and the weights added up with np.add.at; the cases put
    # the weights into the keys' low bits, the row numbers there (weights too wide), and an argsort (keys too
    # wide for either)
    from discourse.counts import _sort_runs

    rng = np.random.default_rng(0)
    keys = rng.integers(0, kmax, 5000)
    w1, w2 = rng.integers(0, wmax, 5000), rng.integers(0, 3, 5000)
    u, occurs, (s1, s2) = _sort_runs(keys, w1, w2)
    ref, inv, ref_occurs = np.unique(keys, return_inverse=True, return_counts=True)
    r1, r2 = np.zeros(len(ref), dtype=np.int64), np.zeros(len(ref), dtype=np.int64)
    np.add.at(r1, inv, w1)
    np.add.at(r2, inv, w2)
    assert u.tolist() == ref.tolist() and occurs.tolist() == ref_occurs.tolist()
    assert s1.tolist() == r1.tolist() and s2.tolist() == r2.tolist()
    u0, occurs0, none = _sort_runs(keys)
    assert u0.tolist() == ref.tolist() and occurs0.tolist() == ref_occurs.tolist() and none == []


# words of every shape that the word table treats apart: ASCII letters (stopwords among them, any case), other
# letters (Greek final sigma, CJK, combining marks), letters and a closing mark, and everything the token
# pattern itself has to cut ("" is what pyarrow's split leaves at the edges of a text)
SHAPES = ["peace", "The", "AND", "nations", "Nations", "ΟΔΟΣ", "Ünïcödé", "café", "日本語", "naïve", "ﬁnal",
          "nations,", "Mr.", "Über.", "peace)", "THE.", "it's", "'s", "U.S.", "1,000", "US$1.5bn", "e.g.", "—",
          "don't", "O'Brien’s", "AI-enabled", "x@y.org", "http://a.b/c", "(www.x.com)", "__x__", "", ",", "40℃",
          "Brand™", "caf\u00e9\u0301", "zero\u200bwidth", "\U0001f44d\U0001f3fd"]


@pytest.mark.parametrize("options", [("norm", True, False), ("norm", True, True), ("stem", True, True),
                                     ("token", False, False), ("norm", False, True)])
def test_word_table_in_bulk_follows_the_token_rule(corpus, options):  # noqa: F811
    # the word table tokenises new words in bulk (ASCII words of letters without the surface-token table, their
    # norms from one lower() of the joined words); every word's entry must hold what the rule of a single
    # token gives (_Vocab.__missing__, one token at a time, on a table that never saw a word in bulk)
    from itertools import chain

    words = list(dict.fromkeys(chain(SHAPES, (w for t in [*corpus.documents["text"], *TRICKY, *EDGES]
                                                for w in t.split()))))
    bulk = counts_module._Vocab(*options)
    half = len(words) // 2  # two batches: the second meets tokens and terms that the first added
    ids = np.concatenate([bulk.add_words(words[:half]), bulk.add_words(words[half:])])
    assert ids.tolist() == list(range(len(words))) and [bulk.wid[w] for w in words] == ids.tolist()
    rule = counts_module._Vocab(*options)
    for w in words:
        i = bulk.wid[w]
        s = bulk.start[i]
        got = [bulk.terms[k] for k in bulk.flat[s:s + bulk.n_kept[i]]]
        expected = [rule.terms[rule[t]] for t in fast_tokens(w) if rule[t] >= 0]
        assert got == expected and bulk.n_tok[i] == len(fast_tokens(w)), (w, got, expected)
    # and the surface-token table filled on the way agrees with the rule for every token it holds
    assert all((rule[t] < 0) == (k < 0) and (k < 0 or bulk.terms[k] == rule.terms[rule[t]])
               for t, k in bulk.items())


def test_final_term_column_is_the_string_column_of_astype_str(corpus, tokens):  # noqa: F811
    # the sorted table's term column is built by converting each distinct term once and taking rows from it;
    # it must be the column that astype(str) of the term strings gives (dtype and values), and terms that the
    # string dtype cannot hold (lone surrogates) are refused with the fix named
    from discourse.counts import _string_take

    got = count_terms_stream(corpus, by="source", chunksize=4)
    ref = count_terms(tokens, by="source")
    assert got["term"].dtype == ref["term"].dtype == pd.Series(["a"], dtype=object).astype(str).dtype
    taken = _string_take(["b", "a", "c"], np.array([1, 1, 2, 0]))
    assert taken.dtype == ref["term"].dtype and list(taken) == ["a", "a", "c", "b"]
    with pytest.raises(dc.InputError, match=r"the term '\\udce9' holds a lone surrogate"):
        _string_take(["caf", "\udce9"], np.array([1, 0]))


@pytest.mark.parametrize("chunksize", [1, 4, 1000])
def test_one_group_column_with_missing_values(engine, docs, chunksize):  # noqa: F811
    # one group column is coded by pd.factorize instead of a groupby: missing values (None and NaN alike) must
    # still form one group, coded and keyed as the token path keys them, whatever the cut into chunks
    df = docs.copy()
    df["section"] = [None if i % 5 == 0 else np.nan if i % 5 == 1 else f"s{i % 2}" for i in range(len(df))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = dc.Corpus.from_dataframe(df)
        toks = tokenize(c, metadata=["section"])
    for options in ({"by": "section"}, {"by": "section", "drop_stop": True, "min_count": 2}):
        ref = count_terms(toks, **options)
        assert ref["section"].isna().any()  # the missing group is there to be compared
        assert_same(count_terms_stream(c, chunksize=chunksize, **options), ref)
