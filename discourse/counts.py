"""The one counting core: term counts and frame counts as accumulators.

Every count in the package goes through the two accumulators here, whatever drives them:

- :class:`TermCounts` counts words, n-grams and lexicon phrases per group;
- :class:`FrameCounts` counts lexicon hits per group, frame and voice.

Both have the same life cycle: ``add(chunk)`` any number of times, then ``to_frame()``. A chunk is a token
table (:func:`discourse.tokenize`) or a :class:`~discourse.Corpus` (tokenised on the way, or, for plain word
counts, read with the fast tokenizer of :mod:`discourse.text` without building a token table). ``add`` is
``merge(count(chunk))``: ``count`` is a pure function of the chunk and the counter's options whose result
pickles, so the streaming, parallel and Dask drivers of :mod:`discourse.stream` run ``count`` in worker
processes and ``merge`` in the calling one. Pickling a counter sends its options only, never what it has
added up.

The in-memory functions are one chunk through the same accumulator: ``count_terms(tokens)`` is
``TermCounts(...).add(tokens).to_frame()``. Counts of disjoint sets of documents add up, so any cut of a corpus
into chunks gives the same table, row for row (rows, values, dtypes, order and ``attrs``).

The group totals that :func:`discourse.keyness` needs travel in ``result.attrs["discourse_counts"]``.
"""

from __future__ import annotations

import copy
import os
import threading
import uuid
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, repeat
from typing import Any

import numpy as np
import pandas as pd

from ._util import (
    LONE_SURROGATE,
    SURROGATE_FIX,
    as_list,
    check_by_names,
    check_columns,
    check_count,
    check_dataframe,
    check_flag,
    check_one_of,
    check_type,
    plain_dtype,
)
from .corpus import add_kinds, as_text, printed, value_kinds

__all__ = ["TermCounts", "FrameCounts", "count_terms", "to_dtm", "DocumentTermMatrix", "ATTRS_KEY", "ngram_range",
           "totals_key", "word_tokens"]

ATTRS_KEY = "discourse_counts"
"""Key of ``DataFrame.attrs`` under which counts carry ``by``, group ``totals`` and ``doc_totals``."""

#: the columns of :func:`count_terms` after the ``by`` columns
TERM_COUNT_COLUMNS = ("term", "n", "n_docs")
#: names :func:`count_terms` (:class:`TermCounts`) refuses as group columns: its own columns, and the column
#: of document numbers it counts ``n_docs`` with (``_doc``)
TERM_COUNT_RESERVED = (*TERM_COUNT_COLUMNS, "_doc")

# token-level columns that need quotation finding when used as groups
VOICE_COLUMNS = frozenset({"voice", "quote_id", "quote_kind", "speaker"})


# ------------------------------------------------------------------------------------------ options
def ngram_range(ngram: Any) -> tuple[int, int]:
    """``2`` -> (2, 2); ``(1, 3)`` -> (1, 3); anything else is a clear TypeError or ValueError."""
    if isinstance(ngram, (int, np.integer)) and not isinstance(ngram, bool):
        ngram = (int(ngram), int(ngram))
    if (not isinstance(ngram, (tuple, list)) or len(ngram) != 2
            or not all(isinstance(k, (int, np.integer)) and not isinstance(k, bool) for k in ngram)):
        raise TypeError(f"ngram must be an int or a (min, max) pair of ints, e.g. (1, 2); got {ngram!r}")
    lo, hi = int(ngram[0]), int(ngram[1])
    if lo < 1 or hi < lo:
        raise ValueError(f"ngram={ngram!r} is not a valid range; give 1 <= min <= max, e.g. (1, 1) or (1, 3)")
    return lo, hi


def totals_key(k: Any, n: int) -> tuple:
    """A group key as the totals of ``attrs["discourse_counts"]`` key it: always a tuple of ``n`` values."""
    return tuple(k) if (n > 1 and isinstance(k, tuple)) else (k,)


def _check_by(by: Any) -> list[str]:
    by_cols = as_list(by)
    for c in by_cols:
        check_type("by", c, str, "a column name or a list of column names")
    return by_cols


def _distinct(values: pd.Series) -> pd.Series:
    """The distinct values of a group column of dtype object (a count table holds each group on many rows);
    any other column as it is (its kinds are known from its dtype)."""
    if not pd.api.types.is_object_dtype(values.dtype):
        return values
    try:
        return values.drop_duplicates()
    except TypeError:  # unhashable values (lists): scanned as they are
        return values


class _NA:
    """Stands for a missing group value in dictionary keys (NaN is not equal to itself)."""


def _isna(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # array-like group values
        return False


# ------------------------------------------------------------------------------------------ the accumulators
class _Counts:
    """What both accumulators share: group totals, group dtypes, add/merge, pickling of options only."""

    _STATE: tuple[str, ...] = ()

    def __init__(self, by: Any) -> None:
        self.by = _check_by(by)
        self._reset()

    def _reset(self) -> None:
        self.totals: dict[tuple, int] = {}
        self.doc_totals: dict[tuple, int] = {}
        self.dtypes: dict[str, Any] = {}
        self.canonical: dict[tuple, tuple] = {}
        self.n_chunks = 0
        self.kinds: dict[str, dict[str, list]] = {}  # kinds of the group values seen (numbers, strings, booleans)
        self.levels: dict[str, list] = {}  # the levels of group columns that are ordered categoricals
        # the language of the documents of the Corpus chunks counted: documents judged, those not English
        self.language: dict[str, Any] = {"n_docs": 0, "doc_id": [], "share": []}

    def __getstate__(self) -> dict:
        # a counter sent to a worker process carries its options, not what it has added up
        state = dict(self.__dict__)
        for k in ("totals", "doc_totals", "dtypes", "canonical", "n_chunks", "kinds", "levels", "language",
                  *self._STATE):
            state.pop(k, None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._reset()

    def fresh(self) -> _Counts:
        """An empty counter with the same options."""
        return copy.copy(self)  # copies through __getstate__: options only

    def add(self, chunk: Any) -> _Counts:
        """Count a chunk (a token table or a Corpus) and add its counts; returns the counter."""
        self.merge(self.count(chunk))
        return self

    def count(self, chunk: Any) -> dict:
        """The counts of one chunk (a token table or a Corpus), as a picklable dict (:meth:`merge` adds it)."""
        res = self._count(chunk)
        res["levels"] = _ordered_levels(chunk, self.by)
        english = res.pop("english", None)
        if not isinstance(chunk, pd.DataFrame):
            # judged here for every path and reported once by to_frame (a token table was judged by tokenize)
            res["language"] = _language_part(chunk, english)
        return res

    def _count(self, chunk: Any) -> dict:  # pragma: no cover - defined by each accumulator
        raise NotImplementedError

    def _in_level_order(self, out: pd.DataFrame) -> pd.DataFrame:
        """``out`` (sorted by its group columns) with the groups of ordered categorical columns in their levels'
        order (:func:`level_order`), as the in-memory tables sort them."""
        return level_order(out, self.by, self.levels) if self.levels else out

    def merge(self, part: dict) -> None:
        """Add the result of :meth:`count` (computed here or in a worker process)."""
        self.n_chunks += 1
        for c, levels in part.get("levels", {}).items():
            self.levels.setdefault(c, levels)
        lang = part.get("language")
        if lang:
            self.language["n_docs"] += lang["n_docs"]
            self.language["doc_id"].extend(lang["doc_id"])
            self.language["share"].extend(lang["share"])
        out = part.get("out")
        if out is None:
            return
        frame = out.groups if isinstance(out, _Packed) else out
        for c in self.by:  # a chunk where a group column is all missing has dtype object; keep the real one
            if c not in self.dtypes and frame[c].notna().any():
                self.dtypes[c] = plain_dtype(frame[c].dtype)  # a categorical: its values' own dtype
        # numbers in one chunk and strings in another (a streamed column that mixes them, which loading reads as
        # strings only in the chunks that hold both): see _text_groups. One count for a column of one dtype
        add_kinds(self.kinds, {c: value_kinds(_distinct(frame[c])) for c in self.by})
        for src, dst in (("totals", self.totals), ("doc_totals", self.doc_totals)):
            for k, v in part.get(src, {}).items():
                # missing group values (NaN, None, NA) are one group, keyed as first seen
                k = self.canonical.setdefault(tuple(_NA if _isna(x) else x for x in k), k)
                dst[k] = dst.get(k, 0) + int(v)
        self._merge_out(part)

    def _merge_out(self, part: dict) -> None:  # pragma: no cover - defined by each accumulator
        raise NotImplementedError

    #: warn when group values of several kinds are read as strings (the streaming paths report it themselves,
    #: with the numbers of values that loading reports)
    report_mixed = True

    def _mixed(self) -> list[str]:
        """The group columns whose values mixed numbers, strings or booleans across the chunks added."""
        return [c for c in self.by if len(self.kinds.get(c, ())) > 1]

    def _text_groups(self, acc: pd.DataFrame, keys: list[str], values: list[str]) -> pd.DataFrame:
        """``acc`` with the numbers and booleans of the mixed group columns as strings, as loading reads a column
        that mixes them (:func:`discourse.corpus.printed`), and the rows that became one group added up.

        Loading reads such a column as strings in the chunks that hold both kinds; a chunk that holds only
        numbers keeps them (it cannot know), so the counts of ``2000`` and ``"2000"`` meet here, whatever the
        chunk size, as they meet in memory."""
        mixed = self._mixed()
        acc = acc.copy()
        for c in mixed:
            acc[c] = as_text(acc[c])
        if self.report_mixed:
            import warnings

            from .corpus import MixedTypesWarning, shown_value

            plural = {"number": "numbers", "string": "strings", "bool": "booleans"}
            for c in mixed:
                kinds = self.kinds[c]
                held = [f"{plural[k]} (such as {shown_value(kinds[k][1])})" for k in plural if k in kinds]
                moved = [plural[k] for k in ("number", "bool") if k in kinds]
                warnings.warn(f"group column {c!r} holds {', '.join(held[:-1])} and {held[-1]} in the chunks added "
                              f"up: the {' and '.join(moved)} are counted as strings, their printed form, so that "
                              "values that print the same are one group. Fix: make the column one type before "
                              f"loading (df[{c!r}] = df[{c!r}].astype(str))", MixedTypesWarning, stacklevel=4)
        return acc.groupby(keys, sort=False, dropna=False, observed=True, as_index=False)[values].sum()

    def _text_totals(self, totals: dict[tuple, int]) -> dict[tuple, int]:
        """Group totals keyed as :meth:`_text_groups` keys the groups (the totals of groups that became one,
        added up)."""
        at = [i for i, c in enumerate(self.by) if c in self._mixed()]
        out: dict[tuple, int] = {}
        for k, v in totals.items():
            k = tuple(printed(x) if i in at else x for i, x in enumerate(k))
            out[k] = out.get(k, 0) + v
        return out

    def _fix_dtypes(self, acc: pd.DataFrame) -> pd.DataFrame:
        mixed = self._mixed()
        for c, dtype in self.dtypes.items():
            if c in mixed:  # numbers and strings: read as strings at the end (_text_groups), never cast
                continue
            if acc[c].dtype != dtype:
                try:
                    acc[c] = acc[c].astype(dtype)
                except (TypeError, ValueError):  # pragma: no cover - mixed values that pandas cannot cast
                    pass
        return acc

    def _language_partial(self) -> dict:
        return {"n_docs": self.language["n_docs"], "doc_id": list(self.language["doc_id"]),
                "share": list(self.language["share"])}

    def _warn_language(self) -> None:
        """One :class:`~discourse.errors.LanguageWarning` for all the Corpus chunks added, as :func:`tokenize`
        gives for the whole corpus (none for token tables: tokenize warned when it made them)."""
        from .text import warn_documents_not_english

        lang = self.language
        ids, shares = lang["doc_id"], lang["share"]
        try:  # in the order of the doc ids, as tokenize's table (its doc_id categories sorted) lists them
            order = sorted(range(len(ids)), key=ids.__getitem__)
        except TypeError:  # ids of several types
            order = sorted(range(len(ids)), key=lambda i: str(ids[i]))
        warn_documents_not_english([ids[i] for i in order], [shares[i] for i in order], lang["n_docs"],
                                   stacklevel=4)

    def _tokenize(self, corpus: Any, metadata: list[str], quotes: bool) -> pd.DataFrame:
        from .corpus import Corpus
        from .text import token_table, tokenize

        if not isinstance(corpus, Corpus):
            return tokenize(corpus, metadata=metadata, quotes=quotes)  # its TypeError names what to pass
        check_columns(corpus.documents, metadata, "corpus.documents (metadata=)")
        # without tokenize's language warning: count() judges the chunk, to_frame() warns once (_warn_language)
        return token_table(corpus, metadata, quotes=quotes, set_aside=True, n_jobs=1, speakers=True)


# ------------------------------------------------------------------------------------------ term counts
class _Packed:
    """Counts of one chunk from the fast path, without a DataFrame of strings: ``groups`` (one row per
    group, the group columns as a token table would hold them), and per (group, term) pair the group row
    ``g``, the index ``t`` into ``terms``, ``n`` and ``n_docs``. Picklable, for worker processes.

    ``vocab`` names the word table that counted the chunk (process id, :attr:`_Vocab.key`) and ``vids`` the ids of
    ``terms`` in it: a table that adds up chunks counted in its own process maps those ids to its term codes
    once, instead of looking up every term's string again in every chunk."""

    def __init__(self, groups: pd.DataFrame, g: np.ndarray, terms: np.ndarray, t: np.ndarray, n: np.ndarray,
                 n_docs: np.ndarray, vocab: tuple | None = None, vids: np.ndarray | None = None) -> None:
        self.groups, self.g, self.terms, self.t, self.n, self.n_docs = groups, g, terms, t, n, n_docs
        self.vocab, self.vids = vocab, vids

    def __len__(self) -> int:
        return len(self.n)


class _Vocab(dict):
    """surface token -> term id (or -1 when the token is filtered out); terms in ``self.terms``.

    The rules are those of the token table (:func:`discourse.text.normalize`, :func:`~discourse.text.stem`,
    :func:`~discourse.text.is_punct`, :data:`~discourse.text.STOPWORDS`), applied once per distinct token.

    Words (white-space-separated runs of a text) get ids too, in ``wid``; word ``i`` has the kept tokens
    ``flat[start[i]:start[i] + n_kept[i]]`` (term ids) and ``n_tok[i]`` tokens in all (kept or not). A word met
    again costs a dictionary look-up and no regex."""

    def __init__(self, column: str, drop_punct: bool, drop_stop: bool) -> None:
        super().__init__()
        from . import text

        # unique among word tables anywhere (another machine of a Dask cluster); a forked worker process
        # holds a copy that goes its own way, so chunks name the table by (process id, key)
        self.key = uuid.uuid4().int

        self.text = text
        self.column, self.drop_punct, self.drop_stop = column, drop_punct, drop_stop
        self.terms: list[str] = []
        self.ids: dict[str, int] = {}
        self.wid: dict[str, int] = {}
        self.start = np.zeros(0, dtype=np.int64)
        self.n_kept = np.zeros(0, dtype=np.int64)
        self.n_tok = np.zeros(0, dtype=np.int64)
        self.flat = np.zeros(0, dtype=np.int64)
        self.stop = np.zeros(0, dtype=bool)
        self.stop_at = np.zeros(1, dtype=np.int64)

    def stop_flags(self) -> np.ndarray:
        """Whether each term so far is an English stopword (:data:`~discourse.text.STOPWORDS`; a token's
        ``is_stop`` when the terms are norms), extended for the terms added since the last call."""
        k = len(self.stop)
        if k < len(self.terms):
            stop = self.text.STOPWORDS
            new = np.fromiter((t in stop for t in self.terms[k:]), dtype=bool, count=len(self.terms) - k)
            self.stop = np.concatenate([self.stop, new])
        return self.stop

    def stop_prefix(self) -> np.ndarray:
        """Stopwords among the first ``i`` kept tokens of ``flat``, for every ``i`` (``flat`` only grows at its
        end, so the sums are extended for its new tokens only)."""
        k = len(self.stop_at) - 1
        if k < len(self.flat):
            more = np.cumsum(self.stop_flags()[self.flat[k:]], dtype=np.int64) + self.stop_at[-1]
            self.stop_at = np.concatenate([self.stop_at, more])
        return self.stop_at

    def __missing__(self, token: str) -> int:
        text = self.text
        # ASCII text is NFKC-stable and only the backtick is mapped: the norm is the lowercase token
        norm = token.lower() if token.isascii() and "`" not in token else text.normalize(token)
        if ((self.drop_punct and not norm.isalpha() and text.is_punct(norm))
                or (self.drop_stop and norm in text.STOPWORDS)):
            value = -1
        else:
            term = norm if self.column == "norm" else (text.stem(norm) if self.column == "stem" else token)
            value = self.ids.get(term)
            if value is None:
                value = self.ids[term] = len(self.terms)
                self.terms.append(term)
        self[token] = value
        return value

    def add_words(self, words: list[str]) -> np.ndarray:
        """Tokenise new distinct words (each free of white space) as :func:`discourse.text.fast_tokens` does;
        their ids in ``wid``, in the order given.

        In bulk, by the shape of the word, with as few Python-level steps per word as possible (a new word is
        the one-time cost that makes a small corpus slower per character than a large one):

        - letters only (most words) make one token, the word itself; when they are ASCII letters, their terms
          come straight from :meth:`_simple_terms`, without the table of surface tokens;
        - letters and one closing mark (:data:`_TRAILING_MARKS`) make two tokens;
        - anything else goes through the token pattern, one call per word (a joined pass over those words
          measured no faster: a quarter of the new words of a UN sample, a tenth of their cost).

        Tokens are laid out shape by shape, each word's tokens together; those not of the first kind get their
        term ids from the table of surface tokens (:meth:`_token_ids`)."""
        n = len(words)
        first = len(self.wid)
        self.wid.update(zip(words, range(first, first + n), strict=True))
        alpha = np.fromiter(map(str.isalpha, words), dtype=bool, count=n)
        ascii_alpha = alpha & np.fromiter(map(str.isascii, words), dtype=bool, count=n)  # isascii is O(1)
        plain = np.flatnonzero(ascii_alpha)
        one = np.flatnonzero(alpha & ~ascii_alpha)
        marks = _TRAILING_MARKS
        two: list[int] = []
        other: list[int] = []
        for i in np.flatnonzero(~alpha).tolist():  # "" (pyarrow's edge of a text) has no token: w[:-1] first
            w = words[i]
            (two if w[:-1].isalpha() and w[-1] in marks else other).append(i)
        fast_tokens = self.text.fast_tokens
        other_toks = [fast_tokens(words[i]) for i in other]
        tokens = [words[i] for i in one.tolist()]
        tokens.extend(chain.from_iterable((w[:-1], w[-1]) for w in map(words.__getitem__, two)))
        tokens.extend(chain.from_iterable(other_toks))
        ids = np.concatenate([self._simple_terms([words[i] for i in plain.tolist()]), self._token_ids(tokens)])
        # the words in the order of ``ids`` and their numbers of tokens
        order = np.concatenate([plain, one, np.asarray(two, dtype=np.int64), np.asarray(other, dtype=np.int64)])
        n_tok = np.concatenate([np.ones(len(plain) + len(one), dtype=np.int64), np.full(len(two), 2, dtype=np.int64),
                                np.fromiter(map(len, other_toks), dtype=np.int64, count=len(other))])
        kept = ids >= 0
        ck = np.zeros(len(ids) + 1, dtype=np.int64)  # kept tokens before each token
        np.cumsum(kept, out=ck[1:])
        tok_end = np.cumsum(n_tok)
        start = np.empty(n, dtype=np.int64)
        n_kept = np.empty(n, dtype=np.int64)
        n_toks = np.empty(n, dtype=np.int64)
        start[order] = len(self.flat) + ck[tok_end - n_tok]
        n_kept[order] = ck[tok_end] - ck[tok_end - n_tok]
        n_toks[order] = n_tok
        self.start = np.concatenate([self.start, start])
        self.n_kept = np.concatenate([self.n_kept, n_kept])
        self.n_tok = np.concatenate([self.n_tok, n_toks])
        self.flat = np.concatenate([self.flat, ids[kept]])
        return np.arange(first, first + n, dtype=np.int64)

    def _token_ids(self, tokens: list[str]) -> np.ndarray:
        """Term ids of surface tokens (-1: filtered out) from the table of surface tokens; tokens not met
        before are added to it: those of ASCII letters by :meth:`_simple_terms`, others by :meth:`__missing__`."""
        ids = np.fromiter(map(self.get, tokens, repeat(-2)), dtype=np.int64, count=len(tokens))
        new = np.flatnonzero(ids == -2)
        if len(new):
            fresh = [tokens[i] for i in new.tolist()]
            distinct = list(dict.fromkeys(fresh))
            simple = (np.fromiter(map(str.isascii, distinct), dtype=bool, count=len(distinct))
                      & np.fromiter(map(str.isalpha, distinct), dtype=bool, count=len(distinct)))
            missing = self.__missing__
            for i in np.flatnonzero(~simple).tolist():
                missing(distinct[i])
            toks = [distinct[i] for i in np.flatnonzero(simple).tolist()]
            self.update(zip(toks, self._simple_terms(toks).tolist(), strict=True))
            ids[new] = np.fromiter(map(self.__getitem__, fresh), dtype=np.int64, count=len(fresh))
        return ids

    def _simple_terms(self, toks: list[str]) -> np.ndarray:
        """Term ids (-1: a stopword left out) of tokens of ASCII letters, in bulk, by the rules of
        :meth:`__missing__`; new terms are added in the order the tokens come.

        Such a token is NFKC-stable, holds no mark that :func:`~discourse.text.normalize` maps and is never
        punctuation, so its norm is its lowercase: the norms of all of them come from one ``lower()`` of the
        tokens joined by newlines (ASCII case mapping is one character to one character, so the parts line
        up)."""
        ids = np.full(len(toks), -1, dtype=np.int64)
        if not toks:
            return ids
        norms = "\n".join(toks).lower().split("\n")
        if self.drop_stop:
            stops = self.text.STOPWORDS
            keep = np.flatnonzero(~np.fromiter(map(stops.__contains__, norms), dtype=bool, count=len(norms)))
            pick = keep.tolist()
        else:
            keep, pick = slice(None), None
        if self.column == "norm":
            terms = norms if pick is None else [norms[i] for i in pick]
        elif self.column == "stem":
            stem = self.text.stem
            terms = list(map(stem, norms if pick is None else [norms[i] for i in pick]))
        else:
            terms = toks if pick is None else [toks[i] for i in pick]
        tid = np.fromiter(map(self.ids.get, terms, repeat(-1)), dtype=np.int64, count=len(terms))
        unknown = np.flatnonzero(tid < 0).tolist()
        if unknown:
            fresh = [terms[i] for i in unknown]
            new_terms = list(dict.fromkeys(fresh))
            base = len(self.terms)
            self.ids.update(zip(new_terms, range(base, base + len(new_terms)), strict=True))
            self.terms.extend(new_terms)
            tid[unknown] = np.fromiter(map(self.ids.__getitem__, fresh), dtype=np.int64, count=len(fresh))
        ids[keep] = tid
        return ids

    def size(self) -> int:
        return len(self) + len(self.wid)


# word tables per thread: a table grows by several steps (word ids, then the arrays of their tokens) that
# another thread must not interleave with; threads of one process (a Dask threaded scheduler, a user's thread
# pool) each keep their own, and chunks name the table they were counted with (:attr:`_Vocab.key`)
class _ThreadTables(threading.local):
    """This thread's word tables, by (column, drop_punct, drop_stop); ``clear()`` forgets them (a cold start)."""

    def __init__(self) -> None:
        self.tables: dict[tuple, _Vocab] = {}

    def clear(self) -> None:
        self.tables.clear()


_VOCABS = _ThreadTables()
_SUB_CHARS = 1_000_000  # characters of text split and counted at a time by the fast path
# marks that end a word of letters as a token of their own: no alternative of the token pattern goes on past
# letters into them (a hyphen or an apostrophe would need a letter after it; a clitic starts with one)
_TRAILING_MARKS = frozenset(',.;:!?)]}"\'')


def _vocab(column: str, drop_punct: bool, drop_stop: bool) -> _Vocab:
    key = (column, drop_punct, drop_stop)
    tables = _VOCABS.tables
    v = tables.get(key)
    if v is None or v.size() > 5_000_000:  # bound the cache on corpora with huge vocabularies
        v = tables[key] = _Vocab(column, drop_punct, drop_stop)
    return v


def _group_codes(docs: pd.DataFrame, by: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Group code of every document and the row of one document per group (first appearance order)."""
    if not by:
        return np.zeros(len(docs), dtype=np.int64), np.zeros(1 if len(docs) else 0, dtype=np.int64)
    if len(by) == 1:  # the codes of groupby(...).ngroup() (first appearance, missing values one group), cheaper
        codes = pd.factorize(docs[by[0]], sort=False, use_na_sentinel=False)[0].astype(np.int64)
    else:
        codes = docs.groupby(by, sort=False, dropna=False, observed=True).ngroup().to_numpy(dtype=np.int64)
    _, rep = np.unique(codes, return_index=True)
    return codes, rep


def _group_tables(docs: pd.DataFrame, by: list[str], rep: np.ndarray, *values: np.ndarray) -> list[dict[tuple, int]]:
    """For each array of ``values`` (one value per group): {group key: value} for the groups where it is not
    zero, keyed exactly as the token path keys its totals (the group values as a token table holds them,
    through a pandas groupby); one groupby for all the arrays."""
    if not by:
        return [{(): int(v.sum())} if (v > 0).any() else {} for v in values]
    any_value = np.zeros(len(rep), dtype=bool)
    for v in values:
        any_value |= v > 0
    keep = np.flatnonzero(any_value)
    small = pd.DataFrame({c: docs[c].to_numpy()[rep[keep]] for c in by})
    names = [f"_v{i}" for i in range(len(values))]
    for name, v in zip(names, values, strict=True):
        small[name] = v[keep]
    summed = small.groupby(by, sort=True, dropna=False)[names].sum()
    keys = [totals_key(k, len(by)) for k in summed.index]
    return [{k: int(x) for k, x in zip(keys, summed[name].to_numpy(), strict=True) if x > 0} for name in names]


def _aside_by_doc(corpus: Any) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    sa = corpus.set_aside
    if sa is not None and len(sa):
        for d, s, e in zip(sa["doc_id"], sa["start"], sa["end"], strict=True):
            out.setdefault(d, []).append((int(s), int(e)))
    return out


def _english_words(words: Sequence[str], codes: np.ndarray, docs: np.ndarray, n_docs: int,
                   counts: np.ndarray | None = None, wids: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Words and English stopwords per document, from white-space-separated words: ``codes`` (int64) index
    ``words`` once per occurrence (or per (document, word) pair with ``counts``), ``docs`` gives each one's
    document (0 ... ``n_docs - 1``). The tokens of each distinct word are those of the token table (a token never
    holds white space), found once per process in the word table of norms with punctuation dropped: its kept
    tokens are the words, ``is_punct`` false; a stopword is a norm in :data:`~discourse.text.STOPWORDS`.
    ``wids``: the ids of ``words`` in that table where the caller has looked them up already."""
    vocab = _vocab("norm", True, False)
    if wids is None:
        wids = _word_ids(vocab, words, unique=counts is None)
    stop_at = vocab.stop_prefix()
    start, kept = vocab.start[wids], vocab.n_kept[wids]
    w_words, w_stop = kept[codes], (stop_at[start + kept] - stop_at[start])[codes]
    if counts is not None:
        w_words, w_stop = w_words * counts, w_stop * counts
    return (np.bincount(docs, weights=w_words, minlength=n_docs).astype(np.int64),
            np.bincount(docs, weights=w_stop, minlength=n_docs).astype(np.int64))


def _english_tokens(tokens: Sequence[str]) -> tuple[int, int]:
    """Words and English stopwords among some surface tokens (a document's kept tokens), as
    :func:`_english_words` counts them."""
    vocab = _vocab("norm", True, False)
    ids = np.fromiter(map(vocab.__getitem__, tokens), dtype=np.int64, count=len(tokens))
    ids = ids[ids >= 0]
    return len(ids), int(vocab.stop_flags()[ids].sum())


# English stopwords between two spaces, commonest first: each such occurrence in a text is a token of the token
# table whose norm is that stopword (no token holds white space); capitalised ones are not counted, so their count
# is at most the document's stopwords
_SPACED_STOPWORDS = (" the ", " of ", " and ", " to ", " in ", " a ", " is ", " that ", " for ")


def _english_counts(corpus: Any, n_words: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Words and English stopwords of every document of a Corpus chunk, as :func:`discourse.text.english_shares`
    counts them in its token table (tokens with a letter or digit outside the set-aside spans; those whose norm
    is in :data:`~discourse.text.STOPWORDS`), without building one.

    Every Corpus chunk that a counter reads is judged by these numbers, whichever path counts it (token table,
    fast word counts, the frame matcher), so that the language of a corpus is judged the same way however it
    is cut into chunks, processes or Dask partitions (:meth:`_Counts.count`). The fast word counts
    (:func:`_fast_term_counts`), which split the texts into words anyway, give them from their own split with
    the same two functions (:func:`_english_words`, :func:`_english_tokens`).

    ``n_words``: the words of each document where the caller has counted them (the frame matcher). A document
    whose lower-case stopwords between spaces (:data:`_SPACED_STOPWORDS`, counted with ``str.count`` until they
    suffice: fewer than or as many as its stopwords) are already :data:`~discourse.text.ENGLISH_MIN_SHARE` of its words, or that has fewer than
    :data:`~discourse.text.ENGLISH_MIN_WORDS` words, reads as English whatever its other words, and is not split
    into words: its ``n_stop`` is that lower bound. The judgement is the same; English text costs a few passes of
    ``str.count`` instead of a split into words."""
    from .text import ENGLISH_MIN_SHARE, ENGLISH_MIN_WORDS, kept_tokens

    docs = corpus.documents
    texts = docs["text"].tolist()
    n_stop = np.zeros(len(texts), dtype=np.int64)
    aside = _aside_by_doc(corpus)
    ids = docs["doc_id"].tolist()
    plain = [i for i, d in enumerate(ids) if d not in aside]
    if n_words is not None:
        n_words = np.asarray(n_words, dtype=np.int64).copy()
        left = []
        for i in plain:
            n = int(n_words[i])
            if n < ENGLISH_MIN_WORDS:
                continue
            text, bound = texts[i], 0
            for word in _SPACED_STOPWORDS:
                bound += text.count(word)
                if bound / n >= ENGLISH_MIN_SHARE:
                    break
            else:
                left.append(i)
            n_stop[i] = bound
        plain = left
    else:
        n_words = np.zeros(len(texts), dtype=np.int64)
    if plain:
        ptexts = [texts[i] for i in plain] if len(plain) < len(texts) else texts
        split = _arrow_words(ptexts)
        if split is not None:
            codes, uniq, lens = split
        else:
            index: dict[str, int] = {}
            occ: list[int] = []
            lens = np.zeros(len(ptexts), dtype=np.int64)
            for j, t in enumerate(ptexts):
                parts = t.split()
                lens[j] = len(parts)
                occ.extend(index.setdefault(w, len(index)) for w in parts)
            codes, uniq = np.asarray(occ, dtype=np.int64), list(index)
        occ_doc = np.repeat(np.arange(len(ptexts), dtype=np.int64), lens)
        pl = np.asarray(plain, dtype=np.int64)
        n_words[pl], n_stop[pl] = _english_words(uniq, codes, occ_doc, len(ptexts))
    for i, d in enumerate(ids):
        if d in aside:  # tokens inside set-aside spans are not the document's words
            n_words[i], n_stop[i] = _english_tokens(kept_tokens(texts[i], aside[d]))
    return n_words, n_stop


def _language_part(corpus: Any, english: tuple[np.ndarray, np.ndarray | None] | None = None) -> dict:
    """The documents of a Corpus chunk that do not read as English (:func:`discourse.text.not_english`), with
    their stopword shares, and how many documents with a word were judged: what :meth:`_Counts.merge` adds up.
    ``english``: the chunk's :func:`_english_counts` where the counting path found them already, or its words
    per document and None (the stopwords still to count)."""
    from .text import not_english

    if english is None:
        n_words, n_stop = _english_counts(corpus)
    elif english[1] is None:
        n_words, n_stop = _english_counts(corpus, english[0])
    else:
        n_words, n_stop = english
    low = np.flatnonzero(not_english(n_words, n_stop))
    ids = corpus.documents["doc_id"].to_numpy()
    return {"n_docs": int((n_words > 0).sum()), "doc_id": ids[low].tolist(),
            "share": (n_stop[low] / n_words[low]).tolist()}


@lru_cache(maxsize=1)
def _arrow() -> Any:
    """``(pyarrow, pyarrow.compute)`` when pyarrow is installed (the optional ``parquet`` extra), else None."""
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:  # pragma: no cover - pyarrow is in the test environment
        return None
    return pa, pc


# split texts into words with pyarrow when it is installed (tests switch it off to check the pure-Python path)
_USE_ARROW = True


def _arrow_words(texts: list[str]) -> tuple[np.ndarray, list[str], np.ndarray] | None:
    """The words of every text with pyarrow (C++): word codes, the distinct words, words per text.

    ``pyarrow.compute.utf8_split_whitespace`` splits exactly where ``str.split`` does (checked for every code
    point in the tests) but keeps empty strings at the edges of a text, which hold no token. None when pyarrow
    is missing or cannot take the texts (lone surrogates are not UTF-8)."""
    mods = _arrow() if _USE_ARROW else None
    if mods is None or not texts:
        return None
    pa, pc = mods
    try:
        split = pc.utf8_split_whitespace(pa.array(texts, type=pa.large_string()))
    except (pa.ArrowException, UnicodeError):
        return None
    lens = pc.list_value_length(split).to_numpy(zero_copy_only=False).astype(np.int64)
    enc = pc.dictionary_encode(split.flatten())
    return enc.indices.to_numpy(zero_copy_only=False).astype(np.int64), enc.dictionary.to_pylist(), lens


def _word_ids(vocab: _Vocab, words: Sequence[str], *, unique: bool = False) -> np.ndarray:
    """Word ids in the :class:`_Vocab` word table (new words are tokenised and added); ``unique`` says that
    ``words`` holds no word twice."""
    wids = np.fromiter(map(vocab.wid.get, words, repeat(-1)), dtype=np.int64, count=len(words))
    miss = np.flatnonzero(wids < 0)
    if len(miss):
        missing = [words[i] for i in miss.tolist()]  # Python ints index a list several times faster
        if unique:
            wids[miss] = vocab.add_words(missing)
        else:
            new = list(dict.fromkeys(missing))
            lookup = dict(zip(new, vocab.add_words(new).tolist(), strict=True))
            wids[miss] = np.fromiter(map(lookup.__getitem__, missing), dtype=np.int64, count=len(missing))
    return wids


def _pair_terms(vocab: _Vocab, wids: np.ndarray, counts: np.ndarray, doc: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """From (document, word id, occurrences) triples to (term, occurrences, document) of the kept tokens,
    plus the number of tokens (kept or not) that each triple stands for."""
    n_tok = vocab.n_tok[wids] * counts
    rep = vocab.n_kept[wids]
    start = vocab.start[wids]
    one = rep == 1
    if one.all():
        return vocab.flat[start], counts, doc, n_tok
    term, cnt, d = [vocab.flat[start[one]]], [counts[one]], [doc[one]]
    many = np.flatnonzero(rep > 1)
    if len(many):
        r = rep[many]
        src = np.repeat(many, r)
        offs = np.arange(len(src), dtype=np.int64) - np.repeat(np.cumsum(r) - r, r)
        term.append(vocab.flat[start[src] + offs])
        cnt.append(counts[src])
        d.append(doc[src])
    return np.concatenate(term), np.concatenate(cnt), np.concatenate(d), n_tok


def _occurrence_terms(vocab: _Vocab, uw: np.ndarray, codes: np.ndarray, lens: np.ndarray, docs: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """From the words of some texts (``codes``: every occurrence's index into the texts' distinct words, whose
    word ids are ``uw``; ``lens``: words per text; ``docs``: the texts' document rows) to the term and document
    of every kept token, and the number of tokens (kept or not) of each text.

    The same numbers as :func:`_pair_terms` with one row per occurrence, computed on small tables of the
    distinct words (a few thousand rows, cache-resident) instead of gathering from the word table once per
    occurrence: most words have exactly one kept token, whose term is read with one gather; the few with
    several are expanded apart; words without a kept token drop out."""
    u_tok = vocab.n_tok[uw]
    u_kept = vocab.n_kept[uw]
    u_start = vocab.start[uw]
    u_term = np.full(len(uw), -1, dtype=np.int64)  # the term of a word with one kept token
    single = np.flatnonzero(u_kept == 1)
    u_term[single] = vocab.flat[u_start[single]]
    cs = np.zeros(len(codes) + 1, dtype=np.int64)  # tokens of the words before each occurrence
    np.cumsum(u_tok[codes], out=cs[1:])
    ends = np.cumsum(lens)
    n_tok = cs[ends] - cs[ends - lens]
    occ_doc = np.repeat(docs, lens)
    occ_term = u_term[codes]
    one = occ_term >= 0
    multi = u_kept > 1
    if not multi.any():
        return occ_term[one], occ_doc[one], n_tok
    occ = np.flatnonzero(multi[codes])
    w = codes[occ]
    r = u_kept[w]
    offs = np.arange(int(r.sum()), dtype=np.int64) - np.repeat(np.cumsum(r) - r, r)
    return (np.concatenate([occ_term[one], vocab.flat[np.repeat(u_start[w], r) + offs]]),
            np.concatenate([occ_doc[one], np.repeat(occ_doc[occ], r)]), n_tok)


def _sort_runs(keys: np.ndarray, *weights: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Add up equal keys: the distinct ``keys`` (non-negative int64) in ascending order, how often each occurs,
    and the sum of each array of ``weights`` (non-negative int64) over each key's rows.

    Sorting integers is several times faster than hashing them (``np.unique(return_inverse=True)``,
    ``pd.factorize``), and gathering weights in a random order costs as much as the sort. So the weights ride
    in the low bits of the keys where they fit (one plain sort orders keys and weights alike), else the row
    numbers do (a gather after the sort); an argsort is the last resort."""
    n = len(keys)
    weights = tuple(np.asarray(w, dtype=np.int64) for w in weights)
    if n == 0:
        return keys, np.zeros(0, dtype=np.int64), [np.zeros(0, dtype=np.int64) for _ in weights]
    top = int(keys.max()).bit_length()
    wbits = [max(int(w.max()).bit_length(), 1) for w in weights]
    if top + sum(wbits) <= 63:  # keys and weights in one integer
        packed = keys
        for w, b in zip(weights, wbits, strict=True):
            packed = (packed << b) | w
        packed = np.sort(packed)
        cols = []
        for b in reversed(wbits):
            cols.append(packed & ((1 << b) - 1))
            packed = packed >> b
        srt, cols = packed, cols[::-1]
    else:
        b = max((n - 1).bit_length(), 1)
        if top + b <= 63:  # keys and row numbers in one integer
            packed = np.sort((keys << b) | np.arange(n, dtype=np.int64))
            order = packed & ((1 << b) - 1)
            srt = packed >> b
        else:  # keys of more than 63 - log2(n) bits
            order = np.argsort(keys)
            srt = keys[order]
        cols = [w[order] for w in weights]
    first = np.empty(n, dtype=bool)
    first[0] = True
    np.not_equal(srt[1:], srt[:-1], out=first[1:])
    start = np.flatnonzero(first)
    occurs = np.diff(np.append(start, n))
    return srt[start], occurs, [np.add.reduceat(c, start) for c in cols]


def _ordered_levels(chunk: Any, by: Sequence[str]) -> dict[str, list]:
    """``{column: levels}`` of the group columns of a chunk (a token table, or a Corpus's documents) that are
    ordered categoricals (a survey's ``low < mid < high``)."""
    frame = chunk if isinstance(chunk, pd.DataFrame) else getattr(chunk, "documents", None)
    if frame is None:
        return {}
    return {c: list(frame[c].cat.categories) for c in by
            if c in frame.columns and isinstance(frame[c].dtype, pd.CategoricalDtype) and frame[c].cat.ordered}


def level_order(out: pd.DataFrame, by: Sequence[str], levels: dict[str, list]) -> pd.DataFrame:
    """The rows of a table sorted by its group columns ``by`` (values sorted, missing last) re-sorted so that
    the columns in ``levels`` (ordered categoricals: ``low < mid < high``) follow their levels' order instead,
    missing last; the other columns keep their sorted order and the rows of one group their order.

    The counts hold plain values, not categoricals, so a sort of the values had put an ordered category's
    groups in alphabetical order (high, low, mid) where the token table, ``count_frames`` and every figure
    keep the levels' order."""
    cols = [c for c in by if c in levels and c in out.columns]
    if not cols or not len(out):
        return out
    keys = [np.arange(len(out))]  # the least significant key: the rows' own order within a group
    for c in reversed(list(by)):
        if c in cols:
            rank = {v: i for i, v in enumerate(levels[c])}
            k = np.array([rank.get(v, len(rank)) if not pd.isna(v) else len(rank) + 1 for v in out[c]], dtype=np.int64)
        else:
            codes, _ = pd.factorize(out[c], sort=True, use_na_sentinel=True)
            k = np.where(codes < 0, codes.max(initial=0) + 1, codes)
        keys.append(k)
    return out.take(np.lexsort(keys)).reset_index(drop=True)


def _doc_values(col: pd.Series, rows: np.ndarray) -> Any:
    """The values of a document column at ``rows``, as a token table holds them. A column of nullable integers
    (``Int64``: a CSV column of whole numbers, some missing) keeps its dtype; ``to_numpy`` gives floats (or,
    without a missing value, int64), and a streamed table's groups had another dtype than the in-memory one."""
    if isinstance(col.dtype, pd.Int64Dtype):
        return col.array[rows]
    return col.to_numpy()[rows]


def _fast_term_counts(corpus: Any, by: list[str], column: str, drop_punct: bool, drop_stop: bool) -> dict:
    """Word counts of one chunk without a token table (the same numbers as the token path).

    A token never holds white space (no alternative of :data:`discourse.text.TOKEN_PATTERN` matches it, and
    the pattern's look-arounds see white space and the text's edges alike), so the tokens of a text are the
    tokens of its white-space-separated words, one after the other. The words are found in C++ by pyarrow
    when it is installed, else with ``str.split`` and counted per document with ``collections.Counter`` (both
    in C); each distinct word is tokenised once per process (:class:`_Vocab`), and counts per (document,
    term) and then per (group, term) are added up on integer codes; strings come back only for the terms used.
    Documents with set-aside spans (cleaning) are tokenised with offsets (:func:`discourse.text.kept_tokens`)."""
    from .text import kept_tokens

    docs = corpus.documents
    check_columns(docs, by, "corpus.documents (by=)")  # as the token path's tokenize(metadata=) checks them
    n_docs = len(docs)
    vocab = _vocab(column, drop_punct, drop_stop)
    aside = _aside_by_doc(corpus)
    plain: list[int] = []
    a_ids: list[int] = []
    a_doc: list[int] = []
    ntok_doc = np.zeros(n_docs, dtype=np.int64)
    # the words and English stopwords of each document (_english_counts), from the same split of the texts
    eng_words = np.zeros(n_docs, dtype=np.int64)
    eng_stop = np.zeros(n_docs, dtype=np.int64)
    texts = docs["text"].tolist()
    for i, d in enumerate(docs["doc_id"].tolist()):
        if d in aside:  # tokens inside set-aside spans are left out: offsets needed
            toks = kept_tokens(texts[i], aside[d])
            ntok_doc[i] = len(toks)
            eng_words[i], eng_stop[i] = _english_tokens(toks)
            ids = [k for k in map(vocab.__getitem__, toks) if k >= 0]
            a_ids.extend(ids)
            a_doc.extend([i] * len(ids))
        else:
            plain.append(i)
    plain_texts = [texts[i] for i in plain] if aside else texts
    pl = np.asarray(plain, dtype=np.int64)
    # (document, term) -> occurrences, by one sort of integer keys (document in the high bits, term in the low
    # ones), in sub-batches of about _SUB_CHARS characters: every working array stays small (reused memory)
    p_doc: list[np.ndarray] = []
    p_term: list[np.ndarray] = []
    p_cnt: list[np.ndarray] = []

    def add_pairs(term: np.ndarray, tdoc: np.ndarray, cnt: np.ndarray | None) -> None:
        tb = max(len(vocab.terms) - 1, 1).bit_length()
        if cnt is None:  # one row per token: the occurrences are the run lengths
            u, c, _ = _sort_runs((tdoc << tb) | term)
        else:
            u, _, (c,) = _sort_runs((tdoc << tb) | term, cnt)
        p_doc.append(u >> tb)
        p_term.append(u & ((1 << tb) - 1))
        p_cnt.append(c)

    bounds, size = [0], 0
    for j, t in enumerate(plain_texts):
        size += len(t)
        if size >= _SUB_CHARS:
            bounds.append(j + 1)
            size = 0
    if bounds[-1] < len(plain_texts):
        bounds.append(len(plain_texts))
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        sub = plain_texts[a:b]
        split = _arrow_words(sub)
        if split is not None:
            codes, uniq, lens = split
            uw = _word_ids(vocab, uniq, unique=True)
            ew, es = _english_words(uniq, codes, np.repeat(np.arange(b - a, dtype=np.int64), lens), b - a,
                                    wids=uw if vocab is _vocab("norm", True, False) else None)
            eng_words[pl[a:b]], eng_stop[pl[a:b]] = ew, es
            term, tdoc, n_tok = _occurrence_terms(vocab, uw, codes, lens, pl[a:b])
            ntok_doc[pl[a:b]] += n_tok
            add_pairs(term, tdoc, None)
            continue
        keys: list[str] = []
        cnts: list[int] = []
        n_pairs = np.zeros(b - a, dtype=np.int64)
        for j, text in enumerate(sub):
            c = Counter(text.split())
            n_pairs[j] = len(c)
            keys.extend(c)
            cnts.extend(c.values())
        pair_doc = np.repeat(pl[a:b], n_pairs)
        ew, es = _english_words(keys, np.arange(len(keys), dtype=np.int64), pair_doc, n_docs,
                                np.asarray(cnts, dtype=np.int64))
        eng_words += ew
        eng_stop += es
        term, cnt, tdoc, n_tok = _pair_terms(vocab, _word_ids(vocab, keys), np.asarray(cnts, dtype=np.int64),
                                             pair_doc)
        ntok_doc += np.bincount(pair_doc, weights=n_tok, minlength=n_docs).astype(np.int64)
        add_pairs(term, tdoc, cnt)
    if a_ids:
        add_pairs(np.asarray(a_ids, dtype=np.int64), np.asarray(a_doc, dtype=np.int64), None)
    gcodes, rep = _group_codes(docs, by)
    n_groups = len(rep)
    tb = max(len(vocab.terms) - 1, 1).bit_length()
    mask = (1 << tb) - 1
    none = np.zeros(0, dtype=np.int64)
    tdoc = np.concatenate(p_doc) if p_doc else none
    term = np.concatenate(p_term) if p_term else none
    cnt = np.concatenate(p_cnt) if p_cnt else none
    # then (group, term) -> occurrences and documents (each (document, term) pair is there once)
    ku2, n_docs_t, (n,) = _sort_runs((gcodes[tdoc] << tb) | term, cnt)
    g_rows, t_rows = ku2 >> tb, ku2 & mask
    t_local, used = pd.factorize(t_rows)
    terms = np.empty(len(used), dtype=object)
    terms[:] = list(map(vocab.terms.__getitem__, used.tolist()))  # the used terms only, not the whole table
    out = _Packed(groups=pd.DataFrame({c: _doc_values(docs[c], rep) for c in by}, index=pd.RangeIndex(len(rep))),
                  g=g_rows.astype(np.int64), terms=terms, t=t_local.astype(np.int64), n=n, n_docs=n_docs_t,
                  vocab=(os.getpid(), vocab.key), vids=np.asarray(used, dtype=np.int64))
    tot = np.bincount(g_rows, weights=n, minlength=n_groups).astype(np.int64)
    dtot = np.bincount(gcodes[ntok_doc > 0], minlength=n_groups).astype(np.int64)
    totals, doc_totals = _group_tables(docs, by, rep, tot, dtot)
    return {"out": out, "totals": totals, "doc_totals": doc_totals, "english": (eng_words, eng_stop)}


def _token_term_counts(tokens: pd.DataFrame, *, by_cols: list[str], lo: int, hi: int, drop_stop: bool,
                       drop_punct: bool, lexicon: Any, column: str) -> dict:
    """Term counts of one token table (unsorted, before ``min_count``) with its group totals."""
    need = ["doc_id", "sentence", "position", column, *by_cols]
    if drop_punct:
        need.append("is_punct")
    if drop_stop:
        need.append("is_stop")
    check_columns(tokens, list(dict.fromkeys(need)), "tokens")

    from .text import document_order

    order, doc_codes, in_order = document_order(tokens)

    def col(name: str) -> np.ndarray:
        v = tokens[name].to_numpy()
        return v if in_order else v[order]

    terms = col(column).astype(object)
    docs = doc_codes if in_order else doc_codes[order]
    sent = col("sentence").astype(np.int64)
    n_rows = len(terms)
    is_punct = col("is_punct").astype(bool) if drop_punct else np.zeros(n_rows, dtype=bool)
    is_stop = col("is_stop").astype(bool) if drop_stop else np.zeros(n_rows, dtype=bool)
    keep = np.ones(n_rows, dtype=bool)
    if lexicon is not None and n_rows:
        sorted_tokens = tokens if in_order else tokens.iloc[order]
        hits = lexicon.find_matches(sorted_tokens.reset_index(drop=True))
        hits = hits[hits["n_tokens"] > 1]
        if len(hits):
            first = hits["token_row"].to_numpy(dtype=np.int64)
            lens = hits["n_tokens"].to_numpy(dtype=np.int64)
            phrase = terms[first].copy()
            for k in range(1, int(lens.max())):
                idx = np.flatnonzero(lens > k)
                phrase[idx] = phrase[idx] + " " + terms[first[idx] + k]
                keep[first[idx] + k] = False
            terms = terms.copy()
            terms[first] = phrase
            is_punct = is_punct.copy()
            is_stop = is_stop.copy()
            is_punct[first] = False
            is_stop[first] = False
    if not keep.all():
        idx = np.flatnonzero(keep)
        terms, docs, sent, is_punct, is_stop = terms[idx], docs[idx], sent[idx], is_punct[idx], is_stop[idx]
        rows = order[idx] if not in_order else idx
    else:
        rows = order if not in_order else np.arange(n_rows)
    n_kept = len(terms)
    group_vals = {c: tokens[c].to_numpy()[rows] for c in by_cols}

    starts_all: list[np.ndarray] = []
    terms_all: list[np.ndarray] = []
    for k in range(lo, hi + 1):
        if n_kept < k:
            continue
        i = np.arange(n_kept - k + 1)
        j = i + k - 1
        ok = (docs[j] == docs[i]) & (sent[j] == sent[i])
        if drop_stop:
            ok &= ~is_stop[i] & ~is_stop[j]
        if drop_punct:
            bad = np.zeros(len(i), dtype=bool)
            for m in range(k):
                bad |= is_punct[i + m]
            ok &= ~bad
        i = i[ok]
        t = terms[i]
        for m in range(1, k):
            t = t + " " + terms[i + m]
        starts_all.append(i)
        terms_all.append(t)
    start = np.concatenate(starts_all) if starts_all else np.array([], dtype=np.int64)
    term = np.concatenate(terms_all) if terms_all else np.array([], dtype=object)

    occ = pd.DataFrame({**{c: v[start] for c, v in group_vals.items()},
                        "term": pd.array(term, dtype=object), "_doc": docs[start]})
    keys = [*by_cols, "term"]
    if len(occ):
        per_doc = occ.groupby([*keys, "_doc"], sort=False, observed=True, dropna=False).size()
        out = per_doc.groupby(level=list(range(len(keys))), sort=False, dropna=False).agg(["sum", "count"])
        out.columns = ["n", "n_docs"]
        out = out.reset_index()
    else:
        out = pd.DataFrame({**{c: pd.Series(dtype=plain_dtype(tokens[c].dtype)) for c in by_cols},
                            "term": pd.Series(dtype=object), "n": pd.Series(dtype=np.int64),
                            "n_docs": pd.Series(dtype=np.int64)})
    out["n"] = out["n"].astype(np.int64)
    out["n_docs"] = out["n_docs"].astype(np.int64)
    for c in by_cols:
        # a categorical of nullable integers with a missing value (a CSV column of whole numbers, one empty) gives
        # floats through to_numpy(): the groups keep the column's own dtype, so wave 1 is not printed as 1.0
        want = plain_dtype(tokens[c].dtype)
        if isinstance(want, pd.Int64Dtype) and out[c].dtype != want:
            out[c] = out[c].astype(want)

    # group totals before min_count, and documents per group
    if by_cols:
        totals = out.groupby(by_cols, sort=True, dropna=False)["n"].sum()
        doc_tab = pd.DataFrame({**{c: tokens[c].to_numpy() for c in by_cols}, "_doc": doc_codes})
        doc_totals = doc_tab.groupby(by_cols, sort=True, dropna=False)["_doc"].nunique()
        totals_map = {totals_key(k, len(by_cols)): int(v) for k, v in totals.items()}
        doc_map = {totals_key(k, len(by_cols)): int(v) for k, v in doc_totals.items()}
    else:
        totals_map = {(): int(out["n"].sum())}
        doc_map = {(): int(len(np.unique(doc_codes)))}
    return {"out": out, "totals": totals_map, "doc_totals": doc_map}


class _TermTable:
    """Term counts added up in integer-key space: (group code << 32 | term code) -> n, n_docs.

    Groups and terms are coded once in dictionaries; the counts are numpy arrays, so the merge needs about 24
    bytes per (group, term) pair instead of a DataFrame of strings. The pairs are kept in ``N_BUCKETS``
    buckets by term code, each compacted (sorted, equal keys added up) on its own once its pending rows
    outnumber its compacted ones: every array stays small (a few MB on a corpus of 200 M characters), so
    compaction reuses memory instead of asking the system for fresh pages, which cost more than the sort.
    The group rows are kept as one-row DataFrames, so the group columns keep their dtypes.
    """

    N_BUCKETS = 32

    def __init__(self, by: list[str], compact_rows: int = 4_000_000) -> None:
        self.by = by
        self.gindex: dict[tuple, int] = {}
        self.grows: list[pd.DataFrame] = []
        self.n_groups = 0
        self.tindex: dict[str, int] = {}
        self.terms: list[str] = []
        self.vmaps: dict[tuple, np.ndarray] = {}  # word table key -> its term ids' codes here (-1: not yet)
        self.compact_rows = compact_rows
        empty = np.array([], dtype=np.int64)
        # per bucket: compacted keys, n, n_docs, and the pending parts
        self.buckets: list[list[Any]] = [[empty, empty, empty, [], 0] for _ in range(self.N_BUCKETS)]

    def _term_codes(self, terms: Sequence[str]) -> np.ndarray:
        """Codes of distinct ``terms`` (new ones are added); one C-level look-up per term."""
        codes = np.fromiter(map(self.tindex.get, terms, repeat(-1)), dtype=np.int64, count=len(terms))
        for i in np.flatnonzero(codes < 0).tolist():
            term = terms[i]
            code = self.tindex.get(term)  # a term given twice is added once
            if code is None:
                code = self.tindex[term] = len(self.terms)
                self.terms.append(term)
            codes[i] = code
        return codes

    def _groups(self, frame: pd.DataFrame, rows: np.ndarray) -> np.ndarray:
        """Codes of the groups of ``frame``'s ``rows``; new groups keep their row (with its dtypes)."""
        cols = [frame[c].to_numpy() for c in self.by]
        missing = [np.asarray(pd.isna(v), dtype=bool) for v in cols]
        codes = np.empty(len(rows), dtype=np.int64)
        new: list[int] = []
        for j, r in enumerate(rows.tolist()):
            key = tuple(_NA if m[r] else v[r] for v, m in zip(cols, missing, strict=True))
            code = self.gindex.get(key)
            if code is None:
                code = self.gindex[key] = self.n_groups + len(new)
                new.append(r)
            codes[j] = code
        if new:
            self.grows.append(frame.iloc[new][self.by])
            self.n_groups += len(new)
        return codes

    def _append(self, g: np.ndarray, t: np.ndarray, n: np.ndarray, d: np.ndarray) -> None:
        keys, n, d = (g << 32) | t, n.astype(np.int64), d.astype(np.int64)
        b = (t & (self.N_BUCKETS - 1)).astype(np.uint8)
        order = np.argsort(b, kind="stable")  # a radix sort: the rows of each bucket, together
        bounds = np.zeros(self.N_BUCKETS + 1, dtype=np.int64)
        np.cumsum(np.bincount(b, minlength=self.N_BUCKETS), out=bounds[1:])
        keys, n, d = keys[order], n[order], d[order]
        limit = self.compact_rows // self.N_BUCKETS
        for j, bucket in enumerate(self.buckets):
            lo, hi = bounds[j], bounds[j + 1]
            if hi > lo:
                bucket[3].append((keys[lo:hi], n[lo:hi], d[lo:hi]))
                bucket[4] += hi - lo
                # compact once the pending rows outnumber the compacted ones: each row is sorted O(log)
                # times in all, and memory stays within about twice the result plus one chunk
                if bucket[4] > max(limit, len(bucket[0])):
                    self._compact(bucket)

    def add_packed(self, p: _Packed) -> None:
        if not len(p):
            return
        if self.by:
            g = self._groups(p.groups, np.arange(len(p.groups)))[p.g]
        else:
            g = np.zeros(len(p), dtype=np.int64)
        if p.vocab is not None and p.vocab[0] == os.getpid():  # counted in this process: map the word
            # table's ids to term codes, and look up only the strings of ids not met before
            m = self.vmaps.get(p.vocab)
            top = int(p.vids.max()) + 1 if len(p.vids) else 0
            if m is None or len(m) < top:
                grown = np.full(max(top, 2 * len(m) if m is not None else 0), -1, dtype=np.int64)
                if m is not None:
                    grown[:len(m)] = m
                m = self.vmaps[p.vocab] = grown
            tmap = m[p.vids]
            new = np.flatnonzero(tmap < 0)
            if len(new):
                tmap[new] = self._term_codes(p.terms[new])
                m[p.vids[new]] = tmap[new]
        else:
            tmap = self._term_codes(p.terms)
        self._append(g, tmap[p.t], p.n, p.n_docs)

    def add(self, out: pd.DataFrame | _Packed) -> None:
        if isinstance(out, _Packed):
            self.add_packed(out)
            return
        if not len(out):
            return
        if self.by:
            local = out.groupby(self.by, sort=False, dropna=False, observed=True).ngroup().to_numpy(dtype=np.int64)
            first = np.unique(local, return_index=True)[1]
            g = self._groups(out, first)[local]
        else:
            g = np.zeros(len(out), dtype=np.int64)
        tl, tu = pd.factorize(out["term"].to_numpy(dtype=object))
        tmap = self._term_codes(tu)
        self._append(g, tmap[tl], out["n"].to_numpy(dtype=np.int64), out["n_docs"].to_numpy(dtype=np.int64))

    def _compact(self, bucket: list[Any]) -> None:
        keys, n, d, parts, _ = bucket
        if not parts:
            return
        keys = np.concatenate([keys, *(p[0] for p in parts)])
        n = np.concatenate([n, *(p[1] for p in parts)])
        d = np.concatenate([d, *(p[2] for p in parts)])
        # group and term codes packed as tightly as they fit, so that the weights fit beside them
        tb = max(len(self.terms) - 1, 1).bit_length()
        u, _, (n, d) = _sort_runs(((keys >> 32) << tb) | (keys & 0xFFFFFFFF), n, d)
        bucket[:] = [((u >> tb) << 32) | (u & ((1 << tb) - 1)), n, d, [], 0]

    def compact(self) -> None:
        """Compact every bucket; ``keys``, ``n`` and ``n_docs`` then hold the whole table (unordered)."""
        for bucket in self.buckets:
            self._compact(bucket)
        self.keys, self.n, self.n_docs = (np.concatenate([b[i] for b in self.buckets]) for i in range(3))

    def to_frame(self) -> pd.DataFrame:
        """Unsorted (by..., term, n, n_docs)."""
        self.compact()
        g, t = self.keys >> 32, self.keys & 0xFFFFFFFF
        if self.by and self.grows:
            out = pd.concat(self.grows, ignore_index=True).iloc[g].reset_index(drop=True)
        else:  # nothing counted yet (or no groups): the group columns are there all the same, empty
            out = pd.DataFrame({c: pd.Series(dtype=object) for c in self.by}, index=pd.RangeIndex(len(self.keys)))
        terms = np.asarray(self.terms, dtype=object)
        out["term"] = pd.array(terms[t] if len(t) else np.array([], dtype=object), dtype=object)
        out["n"] = self.n
        out["n_docs"] = self.n_docs
        return out

    def sorted_frame(self, fix: Any, min_count: int) -> pd.DataFrame | None:
        """(by..., term, n, n_docs) of the terms counted ``min_count``+ times over all groups, sorted by the group columns and then the term as
        ``sort_values`` sorts them, on integer ranks: the groups are sorted once in a frame of one row per
        group (``fix`` gives its columns their dtypes), the terms once in a list, and the rows by one sort of
        integers. None when nothing was added (the caller then builds the empty table)."""
        self.compact()
        if not len(self.keys) or (self.by and not self.grows):
            return None
        g, t, n, d = self.keys >> 32, self.keys & 0xFFFFFFFF, self.n, self.n_docs
        if min_count > 1:  # a term's count over all groups: a term kept keeps its row in every group
            keep = _term_totals(t, n, len(self.terms))[t] >= min_count
            g, t, n, d = g[keep], t[keep], n[keep], d[keep]
        if self.by:
            groups = fix(pd.concat(self.grows, ignore_index=True))
            # a unique last key keeps pandas on the many-column sort that the whole table would take
            row = "_row" + "_" * max(map(len, self.by))
            order = groups.assign(**{row: np.arange(len(groups))}).sort_values([*self.by, row], kind="stable")
            grank = np.empty(len(groups), dtype=np.int64)
            grank[order[row].to_numpy()] = np.arange(len(groups))
        else:
            groups, grank = None, np.zeros(1, dtype=np.int64)
        trank = _term_ranks(self.terms)
        tb = max(len(self.terms) - 1, 1).bit_length()
        rows = _int_order((grank[g] << tb) | trank[t])
        g, t = g[rows], t[rows]
        if groups is not None:
            out = groups.iloc[g].reset_index(drop=True)
        else:
            out = pd.DataFrame(index=pd.RangeIndex(len(g)))
        out["term"] = _string_take(self.terms, t)
        out["n"] = n[rows]
        out["n_docs"] = d[rows]
        return out


def _term_totals(t: np.ndarray, n: np.ndarray, n_terms: int) -> np.ndarray:
    """Each term code's count summed over all groups (float64: exact for totals below 2**53)."""
    return np.bincount(t, weights=n, minlength=n_terms)


def _string_take(terms: list[str], t: np.ndarray) -> Any:
    """``terms[t]`` as the string column that ``astype(str)`` gives (pandas' ``str`` dtype, pyarrow-backed, on
    pandas 3): each distinct term converted once, then taken row by row (millions of rows on a large corpus)
    instead of converting every row's string. A term holding a lone surrogate (text decoded with
    ``errors='surrogateescape'`` and counted with ``drop_punct=False``, which keeps the surrogate as a token)
    cannot be stored in a string column or written as UTF-8: it is refused with the fix named."""
    if LONE_SURROGATE.search("".join(terms)):  # one search over all terms; the culprit only when there is one
        bad, m = next((x, m) for x in terms if (m := LONE_SURROGATE.search(x)))
        from .errors import InputError

        raise InputError(
            None, f"the term {bad!r} holds a lone surrogate code point (U+{ord(m.group()):04X}): the text was "
            "decoded with errors='surrogateescape' or holds a broken UTF-16 pair, and such a term cannot be stored "
            "in the counts table or written as UTF-8",
            f"{SURROGATE_FIX}; or count with drop_punct=True, which drops such marks")
    return pd.Series(terms, dtype=object).astype(str).array.take(t)


def _int_order(keys: np.ndarray) -> np.ndarray:
    """``np.argsort`` of distinct non-negative int64 keys; the row numbers ride in the low bits of the keys
    where they fit, so that a plain sort of integers does it (several times faster)."""
    n = len(keys)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    b = max((n - 1).bit_length(), 1)
    if int(keys.max()).bit_length() + b > 63:  # pragma: no cover - keys of more than 63 - log2(n) bits
        return np.argsort(keys, kind="stable")
    return np.sort((keys << b) | np.arange(n, dtype=np.int64)) & ((1 << b) - 1)


def _term_ranks(terms: list[str]) -> np.ndarray:
    """The rank of every term in code point order, the order of Python's (and so pandas') string sort; by
    pyarrow where it is installed (UTF-8 bytes sort in code point order), else by ``sorted``."""
    order = None
    mods = _arrow() if _USE_ARROW else None
    if mods is not None:
        pa, pc = mods
        try:
            order = pc.sort_indices(pa.array(terms, type=pa.large_string())).to_numpy(zero_copy_only=False)
        except (pa.ArrowException, UnicodeError):  # lone surrogates are not UTF-8
            order = None
    if order is None:
        order = np.fromiter(sorted(range(len(terms)), key=terms.__getitem__), dtype=np.int64, count=len(terms))
    rank = np.empty(len(terms), dtype=np.int64)
    rank[order] = np.arange(len(terms), dtype=np.int64)
    return rank


class TermCounts(_Counts):
    """Accumulator of term counts: words, n-grams and lexicon phrases per group.

    ``TermCounts(by=..., ngram=..., ...)`` takes the options of :func:`count_terms`; ``add(chunk)`` counts a
    token table or a :class:`~discourse.Corpus` and adds it up; ``to_frame()`` returns the table of
    :func:`count_terms`. A Corpus chunk is read with the fast tokenizer (no token table, no sentences, no
    quotations) when the counts allow it (``ngram=1``, no lexicon, groups that are document columns) and
    ``fast`` is not ``False``; otherwise it is tokenised first. Both give the same numbers.
    """

    _STATE = ("table", "single")

    def __init__(self, *, by: str | Sequence[str] | None = "source", ngram: int | tuple[int, int] = (1, 1),
                 drop_stop: bool = False, drop_punct: bool = True, min_count: int = 1, lexicon: Any = None,
                 column: str = "norm", fast: bool | None = None) -> None:
        super().__init__(by)
        from .text import TOKEN_COLUMNS

        check_by_names(self.by, TERM_COUNT_RESERVED, "term counts")
        drop_stop, drop_punct = check_flag("drop_stop", drop_stop), check_flag("drop_punct", drop_punct)
        self.ngram = ngram_range(ngram)
        check_count("min_count", min_count, 0, "the fewest occurrences a term needs; 0 or 1 keep every term")
        check_one_of("column", column, ["norm", "stem", "token"])
        if lexicon is not None:
            from .lexicon import load_lexicon

            lexicon = load_lexicon(lexicon)
        self.drop_stop, self.drop_punct = bool(drop_stop), bool(drop_punct)
        self.min_count, self.lexicon, self.column = int(min_count), lexicon, column
        token_level = [c for c in self.by if c in TOKEN_COLUMNS and c != "doc_id"]
        can_fast = self.ngram == (1, 1) and lexicon is None and not token_level
        if fast and not can_fast:
            raise ValueError("fast=True needs word counts grouped by document metadata: ngram=1, lexicon=None and "
                             f"no token-level group column (by={self.by!r}); pass fast=None to choose automatically")
        self.fast = can_fast if fast is None else bool(fast)
        self.quotes = any(c in VOICE_COLUMNS for c in self.by)
        self.metadata = [c for c in self.by if c not in TOKEN_COLUMNS]

    def _reset(self) -> None:
        super()._reset()
        self.table = _TermTable(self.by)
        # the first token-table chunk is kept as it is: a counter that only ever gets one chunk (count_terms)
        # skips the integer-key table, which only pays off when chunks are added up
        self.single: pd.DataFrame | None = None

    def _count(self, chunk: Any) -> dict:
        """The counts of one chunk (a token table or a Corpus), before ``min_count``, as a picklable dict."""
        if not isinstance(chunk, pd.DataFrame):
            if self.fast:
                return _fast_term_counts(chunk, self.by, self.column, self.drop_punct, self.drop_stop)
            chunk = self._tokenize(chunk, self.metadata, self.quotes)
        check_dataframe("tokens", chunk)
        check_one_of("column", self.column, [c for c in ("norm", "stem", "token") if c in chunk.columns] or ["norm"])
        lo, hi = self.ngram
        return _token_term_counts(chunk, by_cols=self.by, lo=lo, hi=hi, drop_stop=self.drop_stop,
                                  drop_punct=self.drop_punct, lexicon=self.lexicon, column=self.column)

    def _merge_out(self, part: dict) -> None:
        out = part["out"]
        if self.n_chunks == 1 and isinstance(out, pd.DataFrame):
            self.single = out
            return
        if self.single is not None:
            self.table.add(self.single)
            self.single = None
        self.table.add(out)

    def _added(self) -> pd.DataFrame:
        """Everything added so far, unsorted (by..., term, n, n_docs)."""
        if self.single is not None:
            return self.single.copy()
        return self.table.to_frame()

    def partial(self) -> dict:
        """What has been added up, in the form :meth:`count` returns (for merging partial results)."""
        return {"out": self._fix_dtypes(self._added()), "totals": dict(self.totals),
                "doc_totals": dict(self.doc_totals), "language": self._language_partial()}

    def to_frame(self) -> pd.DataFrame:
        """The table of :func:`count_terms`: ``by`` columns, ``term``, ``n``, ``n_docs``, sorted, with attrs."""
        keys = [*self.by, "term"]
        mixed = self._mixed()
        out = self.table.sorted_frame(self._fix_dtypes, self.min_count) if self.single is None and not mixed else None
        if out is None:
            out = self._fix_dtypes(self._added())
            if mixed:
                out = self._text_groups(out, keys, ["n", "n_docs"])
            out["n"] = out["n"].astype(np.int64)
            out["n_docs"] = out["n_docs"].astype(np.int64)
            if self.min_count > 1:  # a term's count over all groups, as in sorted_frame
                out = out[out.groupby("term", sort=False)["n"].transform("sum").to_numpy() >= self.min_count]
            out = out.sort_values(keys, kind="stable").reset_index(drop=True)
        out["term"] = out["term"].astype(str)
        out = self._in_level_order(out[keys + ["n", "n_docs"]])
        if not self.by:
            totals = {(): int(sum(self.totals.values()))}
            doc_totals = {(): int(sum(self.doc_totals.values()))}
        else:
            totals, doc_totals = dict(self.totals), dict(self.doc_totals)
            if mixed:
                totals, doc_totals = self._text_totals(totals), self._text_totals(doc_totals)
        out.attrs = {ATTRS_KEY: {"by": list(self.by), "totals": totals, "doc_totals": doc_totals,
                                 "ngram": list(self.ngram), "column": self.column, "min_count": self.min_count}}
        self._warn_language()
        return out


def count_terms(tokens: pd.DataFrame, *, by: str | Sequence[str] | None = "source",
                ngram: int | tuple[int, int] = (1, 1), drop_stop: bool = False, drop_punct: bool = True,
                min_count: int = 1, lexicon: Any = None, column: str = "norm") -> pd.DataFrame:
    """Count words, n-grams and lexicon phrases per group: tidy counts for :func:`discourse.keyness`.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize` (needs ``doc_id``, ``sentence``, ``position``, the ``column`` to count
        and the ``by`` columns; ``is_punct``/``is_stop`` when ``drop_punct``/``drop_stop``).
    by : str, list of str or None
        Group column(s), e.g. ``"source"``, ``["source", "voice"]``; ``None`` counts the whole corpus.
    ngram : int or (min, max)
        Lengths of the n-grams to count; ``(1, 2)`` counts words and bigrams. N-grams never cross a sentence
        (nor a document) boundary and are formed on the running text before any filtering, so a bigram
        never joins two words that a removed comma or stopword separated.
    drop_stop : bool
        Leave out n-grams that begin or end with a stopword (for single words: stopwords), as textacy does;
        stopwords inside longer n-grams stay ("right to privacy").
    drop_punct : bool
        Leave out n-grams that contain a punctuation token.
    min_count : int
        Keep terms counted at least this often over all groups together (as quanteda's
        ``dfm_trim(min_termfreq=)`` trims features over the whole dfm): a term kept keeps its row in every
        group that has it, so :func:`keyness` reads its true count on both sides, and the rows left out are
        those of terms counted less than ``min_count`` times in the whole corpus. The group totals that
        :func:`keyness` uses are taken *before* this filter (see below), so filtering does not distort
        relative frequencies. (The terms left out are gone from the table, so the informative prior of
        ``log_odds_z``, which :func:`keyness` computes over the terms it is given, is then over the kept
        terms; ``keyness(min_count=)`` on unfiltered counts keeps the prior over every term.)
    lexicon : Lexicon, bundled name, path or dict, optional
        Multi-word lexicon matches (``safe city``, ``mass surveillance``, found with
        :meth:`discourse.Lexicon.find_matches`, longest match first) are joined into one token before the
        n-grams are formed, as quanteda's ``tokens_compound`` does: the phrase is counted as one term (its
        words joined with a space) and its words are not counted again on their own.
    column : str
        Token column that forms the terms: ``"norm"`` (default), ``"stem"`` or ``"token"``.

    Returns
    -------
    DataFrame with one row per group and term, sorted by group then term:

    - the ``by`` columns (with the caller's names; none when ``by=None``);
    - ``term`` (str): the n-gram, its parts joined with a single space;
    - ``n`` (int): occurrences in the group;
    - ``n_docs`` (int): documents of the group containing the term (for dispersion in :func:`keyness`).

    ``result.attrs["discourse_counts"]`` records ``by``, the group ``totals`` (terms counted, before
    ``min_count``) and ``doc_totals`` (documents per group), which :func:`keyness` uses for totals and
    dispersion, and ``ngram``, ``column`` and ``min_count`` (so that :func:`keyness` can name the filter when
    it left a group without rows). pandas keeps ``attrs`` through row filtering and copies; pass ``totals=``/``doc_totals=`` to
    :func:`keyness` to override them.

    This is one chunk through :class:`TermCounts`, the accumulator that the streaming and Dask paths
    (:func:`discourse.count_terms_stream`) add chunks up with.
    """
    check_dataframe("tokens", tokens)
    counter = TermCounts(by=by, ngram=ngram, drop_stop=drop_stop, drop_punct=drop_punct, min_count=min_count,
                         lexicon=lexicon, column=column, fast=False)
    return counter.add(tokens).to_frame()


# ------------------------------------------------------------------------------------------ frame counts
class FrameCounts(_Counts):
    """Accumulator of frame counts: lexicon hits and word tokens per group, frame and voice.

    ``FrameCounts(lexicon, by=..., voice=..., categories=..., on=..., quotes=...)`` takes the options of
    :func:`discourse.count_frames`; ``add(chunk)`` counts a token table or a :class:`~discourse.Corpus` and
    adds the numbers up; ``to_frame()`` returns the table of :func:`discourse.count_frames` with ``rate``
    recomputed from the added totals.

    A token table is counted with :func:`discourse.count_frames`. A Corpus is counted from its text by
    :class:`discourse.matcher.FrameMatcher` (the *matcher path*, no token table: an automaton finds the hits,
    only the tokens before each hit are looked at for its stance, and the words are counted chunk by
    chunk of the text; the documents the matcher cannot read exactly are tokenised) when ``fast`` is not
    ``False`` and the counts are by document-level columns with ``on="norm"``; otherwise it is tokenised
    (with ``quotes``) and counted with :func:`discourse.count_frames` (the *token path*). Both give the same
    table (``tests/test_frame_paths.py`` compares them on the seeds, random texts and UN speeches).
    """

    _STATE = ("acc", "pending", "pending_rows", "empty_groups")

    def __init__(self, lexicon: Any = "framing", *, by: str | Sequence[str] | None = "source",
                 voice: Any = "all", categories: str | Sequence[str] | None = None, on: str = "norm",
                 quotes: bool = True, compact_rows: int = 2_000_000, fast: bool | None = None) -> None:
        super().__init__(by)
        from .framing import FRAME_COUNT_RESERVED, check_by_voice, voices_param
        from .lexicon import load_lexicon
        from .text import TOKEN_COLUMNS

        check_by_voice(self.by)
        check_by_names(self.by, FRAME_COUNT_RESERVED, "frame counts")
        self.lexicon = load_lexicon(lexicon)
        self.categories = categories
        self.categories_resolved = list(self.lexicon.check_categories(categories))
        check_one_of("on", on, ["norm", "stem"])
        # bool("False") is True: a switch is checked, not cast (check_flag)
        self.voice, self.on, self.quotes = voice, on, check_flag("quotes", quotes)
        self.voices = voices_param(voice)
        self.metadata = [c for c in self.by if c not in TOKEN_COLUMNS]
        self.doc_level = all(c == "doc_id" or c not in TOKEN_COLUMNS for c in self.by)
        self.compact_rows = compact_rows
        if fast is not None and not isinstance(fast, (bool, np.bool_)):
            raise TypeError(f"fast must be True, False or None, got {type(fast).__name__}: {fast!r}")
        can_fast = on == "norm" and self.doc_level
        if fast and not can_fast:
            raise ValueError(f"fast=True (the matcher path) needs on='norm' and groups from document columns "
                             f"(by={self.by!r}, on={on!r}); pass fast=None to choose automatically")
        self.fast = can_fast if fast is None else bool(fast)
        self._matcher = None

    def _reset(self) -> None:
        super()._reset()
        self.acc: pd.DataFrame | None = None
        self.pending: list[pd.DataFrame] = []
        self.pending_rows = 0
        self.empty_groups: list[tuple] = []

    def __getstate__(self) -> dict:
        state = super().__getstate__()
        state["_matcher"] = None  # rebuilt in the worker process
        return state

    def _count(self, chunk: Any) -> dict:
        """The frame counts of one chunk (a token table or a Corpus), as a picklable dict."""
        from .framing import count_frames

        if self.fast and not isinstance(chunk, pd.DataFrame):
            return self._count_text(chunk)
        tokens = chunk if isinstance(chunk, pd.DataFrame) else self._tokenize(chunk, self.metadata, self.quotes)
        by = self.by
        res: dict[str, Any] = {"out": None, "empty_groups": []}
        if by and self.doc_level and len(tokens):
            # a group with no word tokens in this chunk may have words in another chunk: leave its documents
            # out here, and raise at the end only if no chunk had words for it (as count_frames would)
            g = tokens.groupby(by, sort=False, dropna=False, observed=True).ngroup().to_numpy()
            words = np.bincount(g[~tokens["is_punct"].to_numpy(dtype=bool)], minlength=int(g.max()) + 1)
            if (words == 0).any():
                empty = np.flatnonzero(words == 0)
                first = np.unique(g, return_index=True)[1]
                res["empty_groups"] = [tuple(tokens[c].to_numpy()[first[e]] for c in by) for e in empty]
                tokens = tokens[words[g] > 0].reset_index(drop=True)
        if len(tokens):
            res["out"] = count_frames(tokens, self.lexicon, by=by or None, voice=self.voice,
                                      categories=self.categories, on=self.on)
        return res

    def _count_text(self, corpus: Any) -> dict:
        """:meth:`count` on the matcher path: the same dict as the token path gives for the chunk."""
        from .framing import frame_table, group_codes_fast
        from .matcher import FrameMatcher

        by = self.by
        check_columns(corpus.documents, by, "corpus.documents (by=)")  # as the token path's tokenize checks them
        if self._matcher is None:
            self._matcher = FrameMatcher(self.lexicon, on=self.on)
        res: dict[str, Any] = {"out": None, "empty_groups": []}
        arrays = self._matcher.frame_arrays(corpus, quotes=self.quotes,
                                            voice_words=any(v != "all" for v in self.voices))
        docs = corpus.documents
        res["english"] = (arrays["words"].sum(axis=1), None)  # the words of each document (_english_counts)
        has = np.flatnonzero(arrays["n_tokens"] > 0)  # the documents a token table would hold
        if not len(has):
            return res
        # the group columns as a token table holds them (tokenize copies document values the same way)
        kd = pd.DataFrame({c: _doc_values(docs[c], has) for c in by}, index=pd.RangeIndex(len(has)))
        words_doc = arrays["words"][has]
        keep = np.ones(len(has), dtype=bool)
        if by:
            g = kd.groupby(by, sort=False, dropna=False, observed=True).ngroup().to_numpy()
            n_words = np.bincount(g, weights=words_doc.sum(axis=1), minlength=int(g.max()) + 1)
            if (n_words == 0).any():
                empty = np.flatnonzero(n_words == 0)
                first = np.unique(g, return_index=True)[1]
                res["empty_groups"] = [tuple(kd[c].to_numpy()[first[e]] for c in by) for e in empty]
                keep = n_words[g] > 0
        elif words_doc.sum() == 0:  # as count_frames(by=None) says it
            raise ValueError("group(s) with no word tokens: the whole corpus; their rates are undefined. Remove "
                             "those documents or tokens (they hold only punctuation or nothing) before counting")
        if not keep.any():
            return res
        rows = has[keep]
        kd = kd[keep].reset_index(drop=True)
        codes, keys = group_codes_fast(kd, by)
        n_g = len(keys)
        words = np.zeros((n_g, 3), dtype=np.int64)
        np.add.at(words, codes, arrays["words"][rows])
        doc_group = np.full(len(docs), -1, dtype=np.int64)
        doc_group[rows] = codes
        cat_of_entry = np.array([self.categories_resolved.index(c) if c in self.categories_resolved else -1
                                 for c in self._matcher.frames], dtype=np.int64)
        hg = doc_group[arrays["doc"]]
        hc = cat_of_entry[arrays["entry"]]
        sel = (hg >= 0) & (hc >= 0)
        res["out"] = frame_table(keys, self.categories_resolved, self.voices, hit_group=hg[sel], hit_frame=hc[sel],
                                 hit_voice=arrays["voice"][sel], hit_stance=arrays["stance"][sel], words=words)
        return res

    def _keys(self) -> list[str]:
        return [*self.by, "frame", "voice"]

    def _merge_out(self, part: dict) -> None:
        self.empty_groups.extend(part.get("empty_groups", []))
        self.pending.append(part["out"])
        self.pending_rows += len(part["out"])
        if self.pending_rows > self.compact_rows:
            self._compact()

    def merge(self, part: dict) -> None:
        if part.get("out") is None:
            self.empty_groups.extend(part.get("empty_groups", []))
        super().merge(part)

    def _compact(self) -> None:
        frames = ([self.acc] if self.acc is not None else []) + self.pending
        self.pending, self.pending_rows = [], 0
        if not frames:
            return
        if len(frames) == 1:
            self.acc = frames[0]
            return
        df = pd.concat(frames, ignore_index=True)
        values = [c for c in df.columns if c not in self._keys() and c != "rate"]
        self.acc = (df.groupby(self._keys(), sort=False, dropna=False, observed=True)[values].sum()
                    .reset_index())

    def partial(self) -> dict:
        """What has been added up, in the form :meth:`count` returns (for merging partial results)."""
        self._compact()
        acc = self._fix_dtypes(self.acc) if self.acc is not None else None
        return {"out": acc, "empty_groups": list(self.empty_groups), "language": self._language_partial()}

    def to_frame(self) -> pd.DataFrame:
        """The table of :func:`discourse.count_frames`, ``rate`` recomputed from the added totals."""
        from .framing import VOICES

        self._compact()
        if self._mixed() and self.acc is not None:
            values = [c for c in self.acc.columns if c not in self._keys() and c != "rate"]
            self.acc = self._text_groups(self.acc, self._keys(), values)
            at = [i for i, c in enumerate(self.by) if c in self._mixed()]
            self.empty_groups = [tuple(printed(x) if i in at else x for i, x in enumerate(g))
                                 for g in self.empty_groups]
        if self.empty_groups:
            seen = set(map(tuple, self.acc[self.by].drop_duplicates().itertuples(index=False))) \
                if self.acc is not None else set()
            never = [g for g in dict.fromkeys(self.empty_groups) if g not in seen]
            if never:
                labels = ["; ".join(", ".join(f"{c}={v!r}" for c, v in zip(self.by, g, strict=True))
                                    for g in never[:5])]
                raise ValueError(f"group(s) with no word tokens: {labels[0]}{' ...' if len(never) > 5 else ''}; "
                                 "their rates are undefined. Remove those documents or tokens (they hold only "
                                 "punctuation or nothing) before counting")
        if self.acc is None:
            raise ValueError("no word tokens in any document: there is nothing to count; check the corpus")
        out = self._fix_dtypes(self.acc.copy())
        numbers = [c for c in out.columns if c not in self._keys() and c != "rate"]
        for c in numbers:
            if out[c].dtype != np.int64:
                out[c] = out[c].astype(np.int64)
        total = out["n"].to_numpy(dtype=np.int64)
        nt = out["n_tokens"].to_numpy(dtype=np.int64)
        with np.errstate(divide="ignore", invalid="ignore"):
            out["rate"] = np.where(nt > 0, 1000.0 * total / np.maximum(nt, 1), np.nan)
        # rows in order of group (sorted), frame (lexicon order) and voice; a row's frame and voice are among
        # categories_resolved and VOICES (frame_table writes no other), so each has its index there
        keys = [pd.Index(VOICES).get_indexer(out["voice"]),
                pd.Index(self.categories_resolved).get_indexer(out["frame"])]
        if self.by:
            keys.append(out.groupby(self.by, sort=True, dropna=False, observed=True).ngroup().to_numpy())
        order = np.lexsort(keys)  # stable, the last key first
        out = out.take(order).reset_index(drop=True)[[*self.by, "frame", "voice", *numbers, "rate"]]
        self._warn_language()
        return self._in_level_order(out)


# ------------------------------------------------------------------------------------------ document-term matrix
class DocumentTermMatrix:
    """Counts as a sparse document-term matrix, to take them to other tools.

    Attributes: ``matrix`` (``scipy.sparse.csr_matrix``, documents x terms, int64 counts), ``terms`` (numpy
    array of the column terms, sorted), ``documents`` (DataFrame, one row per matrix row: the document
    column(s) of the counts), ``vocabulary`` (dict term -> column, as scikit-learn's ``vocabulary_``).
    """

    def __init__(self, matrix: Any, terms: np.ndarray, documents: pd.DataFrame) -> None:
        self.matrix, self.terms, self.documents = matrix, terms, documents
        self.vocabulary = {t: i for i, t in enumerate(terms)}

    def __repr__(self) -> str:
        return (f"<DocumentTermMatrix {self.matrix.shape[0]:,} documents x {self.matrix.shape[1]:,} terms, "
                f"{self.matrix.nnz:,} non-zero>")

    @property
    def shape(self) -> tuple[int, int]:
        return self.matrix.shape

    def to_gensim(self) -> tuple[list[list[tuple[int, int]]], Any]:
        """A gensim bag-of-words corpus (one list of ``(term id, count)`` per document) and its
        ``gensim.corpora.Dictionary`` (ids are the matrix columns)."""
        from gensim.corpora import Dictionary

        dictionary = Dictionary()
        dictionary.token2id = dict(self.vocabulary)
        dictionary.id2token = {}
        m = self.matrix.tocsr()
        corpus = [list(zip(m.indices[m.indptr[i]:m.indptr[i + 1]].tolist(),
                           m.data[m.indptr[i]:m.indptr[i + 1]].tolist(), strict=True)) for i in range(m.shape[0])]
        csc = m.tocsc()
        dictionary.cfs = {j: int(v) for j, v in enumerate(np.asarray(csc.sum(axis=0)).ravel())}
        dictionary.dfs = {j: int(v) for j, v in enumerate(np.diff(csc.indptr))}
        dictionary.num_docs = m.shape[0]
        dictionary.num_pos = int(m.sum())
        dictionary.num_nnz = int(m.nnz)
        return corpus, dictionary

    def to_frame(self) -> pd.DataFrame:
        """Back to tidy counts: the document column(s), ``term``, ``n`` (non-zero cells only)."""
        coo = self.matrix.tocoo()
        out = self.documents.iloc[coo.row].reset_index(drop=True)
        out["term"] = self.terms[coo.col]
        out["n"] = coo.data.astype(np.int64)
        return out


def to_dtm(data: pd.DataFrame, *, doc: str | Sequence[str] = "doc_id", ngram: int | tuple[int, int] = (1, 1),
           drop_stop: bool = False, drop_punct: bool = True, lexicon: Any = None, column: str = "norm",
           min_df: int = 1) -> DocumentTermMatrix:
    """A document-term matrix from a token table or tidy counts, with its vocabulary and document table.

    Parameters
    ----------
    data : DataFrame
        A token table (:func:`discourse.tokenize`; counted with :func:`count_terms` by ``doc``) or tidy counts
        with the ``doc`` column(s), ``term`` and ``n`` (from :func:`count_terms` or anywhere else).
    doc : str or list of str
        The column(s) that make a row: ``doc_id`` (default), or e.g. ``["doc_id", "voice"]``, ``"source"``.
    ngram, drop_stop, drop_punct, lexicon, column
        As for :func:`count_terms` (token tables only).
    min_df : int
        Keep terms found in at least this many rows.

    Returns
    -------
    :class:`DocumentTermMatrix`: ``matrix`` (CSR, rows in the order the documents first appear, columns in
    term order), ``terms``, ``documents``, ``vocabulary``; ``to_gensim()`` gives a gensim corpus and
    Dictionary, and ``matrix`` goes to scikit-learn as it is (e.g. ``TfidfTransformer().fit_transform``).
    """
    from scipy import sparse

    check_dataframe("data", data)
    docs = as_list(doc)
    if not docs:
        raise ValueError("doc names the column(s) that make the matrix rows, e.g. 'doc_id'")
    if "token" in data.columns:
        data = count_terms(data, by=docs, ngram=ngram, drop_stop=drop_stop, drop_punct=drop_punct,
                           lexicon=lexicon, column=column)
    check_columns(data, [*docs, "term", "n"], "counts")
    check_count("min_df", min_df, 0, "the fewest documents a term needs; 0 or 1 keep every term")
    rows, row_keys = pd.factorize(pd.MultiIndex.from_frame(data[docs]), sort=False) if len(docs) > 1 else \
        pd.factorize(data[docs[0]], sort=False)
    cols, terms = pd.factorize(data["term"].astype(str), sort=True)
    n = data["n"].to_numpy(dtype=np.int64)
    m = sparse.csr_matrix((n, (rows, cols)), shape=(len(row_keys), len(terms)), dtype=np.int64)
    m.sum_duplicates()
    documents = (pd.DataFrame(list(row_keys), columns=docs) if len(docs) > 1 else
                 pd.DataFrame({docs[0]: np.asarray(row_keys)}))
    terms = np.asarray(terms, dtype=object)
    if min_df > 1:
        keep = np.flatnonzero(np.diff(m.tocsc().indptr) >= min_df)
        m, terms = m[:, keep], terms[keep]
    return DocumentTermMatrix(m.tocsr(), terms, documents)


def word_tokens(texts: Sequence[str], *, column: str = "norm") -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray,
                                                                         np.ndarray, list[str]]:
    """The tokens of texts as integer codes, by the scan of the fast counting path, for callers that need
    every token in order rather than counts (the topic models' preprocessing of a Corpus).

    A token never holds white space, so the tokens of a text are those of its white-space-separated words,
    one after the other (see :func:`_fast_term_counts`). The words are split by pyarrow when it is installed
    (``str.split`` otherwise) and each distinct word is tokenised once per process with the tokenizer's own
    pattern (:func:`discourse.text.fast_tokens`) and its rules for ``norm`` and ``stem``.

    Returns ``(word, n_words, words, token_bounds, token_term, terms)``:

    - ``word`` (int64): one entry per white-space-separated word of the texts, in text order: the index of
      the word in ``words``; ``n_words`` (int64): the number of words of each text;
    - ``words`` (list of str): the distinct words;
    - ``token_bounds`` (int64, ``len(words) + 1``): word ``i`` has the tokens
      ``token_term[token_bounds[i]:token_bounds[i + 1]]`` (none for a word of underscores);
    - ``token_term`` (int64): the term of every token of every distinct word, as an index into ``terms``;
      punctuation and stopwords included;
    - ``terms`` (list of str): the term of each code: the token's ``norm``, ``stem`` or surface form
      (``column``), as :func:`discourse.tokenize` gives it.
    """
    check_one_of("column", column, ["norm", "stem", "token"])
    texts = list(texts)
    vocab = _vocab(column, False, False)
    split = _arrow_words(texts)
    if split is not None:
        word, words, n_words = split
        if "" in words:  # pyarrow keeps empty strings at the edges of a text: no word (str.split has none)
            empty = words.index("")
            keep = word != empty
            n_words = np.bincount(np.repeat(np.arange(len(texts), dtype=np.int64), n_words)[keep],
                                  minlength=len(texts)).astype(np.int64)
            word = word[keep]
            word = word - (word > empty)
            words = words[:empty] + words[empty + 1:]
    else:
        ids: dict[str, int] = {}
        n_words = np.zeros(len(texts), dtype=np.int64)
        codes: list[int] = []
        for j, text in enumerate(texts):
            parts = text.split()
            n_words[j] = len(parts)
            codes.extend(ids.setdefault(w, len(ids)) for w in parts)
        word, words = np.asarray(codes, dtype=np.int64), list(ids)
    wids = _word_ids(vocab, words, unique=True)
    n = vocab.n_kept[wids]  # no token is dropped (drop_punct and drop_stop are off): n_kept == n_tok
    start = vocab.start[wids]
    bounds = np.concatenate([[0], np.cumsum(n)]).astype(np.int64)
    offs = np.arange(int(bounds[-1]), dtype=np.int64) - np.repeat(bounds[:-1], n)
    global_term = vocab.flat[np.repeat(start, n) + offs]
    token_term, used = pd.factorize(global_term, sort=False)
    terms = list(map(vocab.terms.__getitem__, used.tolist()))
    return (np.asarray(word, dtype=np.int64), np.asarray(n_words, dtype=np.int64), list(words), bounds,
            token_term.astype(np.int64), terms)
