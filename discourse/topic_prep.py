"""Preprocessing for topic models: from a token table to units and their bags of words.

:func:`prepare_units` cuts the token table of :func:`discourse.tokenize` into *units* (paragraphs,
sentences, windows of token positions or whole documents; units never cross documents) and turns each into
a sequence of terms. The steps, in this order, each recorded as one row of the report
(:attr:`discourse.TopicModel.filter_report_`):

1. ``words``: punctuation tokens are dropped, and URLs, e-mail addresses and user mentions ("@cityofriverton"):
   addresses, not words of a topic's vocabulary;
2. ``amounts``: amounts and units are kept whole. The tokenizer splits ``£600m`` into ``£600`` + ``m`` (and
   ``$1.2bn``, ``20k``, ``4.5G`` likewise; ``5G`` and ``4K`` are one token already) with adjacent character
   offsets; a number piece whose ``end`` is the ``start`` of a following unit suffix (:data:`UNIT_SUFFIXES`: m, bn,
   k, tn, g, %...) is joined with it into one term (``£600m``, ``4.5g``). A unit suffix left standing after a number (``600 m``) is a stray
   unit letter and is dropped. Joined amounts survive the stopword and number filters;
3. ``lexicon_phrases``: the multi-word entries of a lexicon are joined into one term (``safe_city``);
4. ``phrases``: collocations found by gensim ``Phrases`` (Mikolov et al. 2013 scoring) are joined
   (``"auto"``: on corpora of up to :data:`PHRASES_AUTO_LIMIT` word tokens);
5. ``drop_stop`` and ``drop_numbers``: stopwords and tokens without a letter are dropped;
6. ``reporting_verbs``: the reporting verbs of :data:`REPORTING_VERBS` ("said", "says", "told"...) are
   dropped when they dominate the corpus (``"auto"``: those among its :data:`DOMINANT_TOP` most frequent
   terms), as they do in news, where "said" would otherwise top every topic;
7. ``min_count`` and ``max_doc_share``: terms rarer than ``min_count`` occurrences, or in more than
   ``max_doc_share`` of the units, are dropped.

The steps work on integer codes of the term column (a categorical column's own codes, ``pd.factorize``
otherwise): what a term is (stopword, number, unit suffix, reporting verb) is decided once per distinct
term, each filter is a mask over the codes, and the gensim dictionary, the bags of words and a CSR count
matrix are built from the codes. Strings per unit are built only for the phrase steps (which need them)
and, on demand, for coherence (:attr:`PreparedUnits.texts`).

Given the phrase model and dictionary of a fitted model, the same steps prepare unseen documents, keeping
only the fitted vocabulary (what :meth:`discourse.TopicModel.transform` does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd

from ._util import check_columns, check_dataframe, check_type, document_categorical
from .resample import unit_order

__all__ = ["prepare_units", "prepare_corpus_units", "corpus_supported", "CORPUS_UNITS", "PreparedUnits", "build_dictionary", "bags_of_words", "UNIT_SUFFIXES", "REPORTING_VERBS", "TOKEN_COLUMNS", "join_spans"]

UNIT_SUFFIXES = frozenset({"k", "m", "mn", "bn", "b", "tn", "t", "g", "%", "pc", "kb", "mb", "gb", "tb",
                           "kw", "mw", "gw", "kwh", "mwh", "gwh", "km", "kg", "x"})
"""Suffixes joined to a number they touch (``£600`` + ``m`` -> ``£600m``); alone after a number, dropped."""

REPORTING_VERBS = ("said", "says", "say", "saying", "told", "tells", "added", "adds", "according", "stated",
                   "asked", "noted", "explained", "claimed", "reported", "reportedly")
"""Verbs of reporting, dropped by ``reporting_verbs="auto"`` when they dominate the corpus. Not "states": its
noun ("Member States", "the United States") is far more frequent than the verb (19 of 995 uses were verbs in UN
speeches of 2010-2024), and dropping it took a topic word from political text."""

PHRASES_AUTO_LIMIT = 200_000
"""``phrases="auto"`` learns collocations when the units hold at most this many word tokens (gensim
``Phrases`` is pure Python: about 30 s per million tokens, more than the model fit)."""

DOMINANT_TOP = 25
"""``reporting_verbs="auto"`` drops a reporting verb that is among this many most frequent terms."""

TOKEN_COLUMNS = frozenset({
    "paragraph", "sentence", "position", "start", "end", "token", "norm", "stem", "lemma", "is_stop",
    "is_punct", "voice", "quote_id", "quote_kind", "speaker",
})
"""Token-level columns of the token table; every other column is document metadata."""

_NUMBER = re.compile(r"^[£$€¥]?\d[\d.,]*$")


@dataclass
class PreparedUnits:
    """Preprocessed units, shared by several fits (one preprocessing for all K and seeds in choose_k).

    ``units``/``skipped``: the unit tables (see :attr:`discourse.TopicModel.units_`); ``dictionary``/:attr:`corpus`:
    gensim's vocabulary and bags of words (the bags built from ``matrix`` on first use); ``report``: the filter report; ``meta``: document metadata
    columns; ``phraser``: the frozen gensim phrase model (None without phrases). The terms are held as
    integer codes: ``term_codes`` (the kept terms of every kept unit, in order, as codes into ``vocab``) and
    ``bounds`` (unit ``u`` holds ``term_codes[bounds[u]:bounds[u + 1]]``); ``matrix``: the same bags as a
    units x terms CSR count matrix (scipy); :attr:`texts` (the terms of
    each unit as lists of strings, which only coherence needs) and :attr:`token_unit` (``doc_id``,
    ``position``, ``unit`` of every token, -1 in no kept unit) are built from them when first asked for.
    """

    units: pd.DataFrame
    skipped: pd.DataFrame
    dictionary: Any
    report: pd.DataFrame
    meta: list[str]
    phraser: Any = None
    term_codes: np.ndarray | None = None
    bounds: np.ndarray | None = None
    vocab: np.ndarray | None = None
    token_doc: Any = None
    token_position: np.ndarray | None = None
    token_unit_id: np.ndarray | None = None
    matrix: Any = None
    _texts: list[list[str]] | None = field(default=None, repr=False)
    _corpus: list[list[tuple[int, int]]] | None = field(default=None, repr=False)

    @property
    def corpus(self) -> list[list[tuple[int, int]]]:
        """gensim's bags of words: sorted ``(id, count)`` pairs per unit (built from :attr:`matrix` on first
        use, then kept: LDA needs them, NMF works on the matrix)."""
        if self._corpus is None:
            m = self.matrix
            b = m.indptr.tolist()
            ids_l, counts_l = m.indices.tolist(), m.data.astype(np.int64).tolist()
            self._corpus = [list(zip(ids_l[b[i]:b[i + 1]], counts_l[b[i]:b[i + 1]], strict=True))
                            for i in range(m.shape[0])]
        return self._corpus
    _token_unit: pd.DataFrame | None = field(default=None, repr=False)

    @property
    def texts(self) -> list[list[str]]:
        """The terms of each kept unit, in order (built from the codes on first use, then kept)."""
        if self._texts is None:
            terms = self.vocab[self.term_codes] if len(self.term_codes) else np.array([], dtype=object)
            b = self.bounds.tolist()
            self._texts = [terms[b[u]:b[u + 1]].tolist() for u in range(len(b) - 1)]
        return self._texts

    @property
    def token_unit(self) -> pd.DataFrame:
        """``doc_id``, ``position``, ``unit`` (-1: in no kept unit) of every token, in document order."""
        if self._token_unit is None:
            self._token_unit = pd.DataFrame({"doc_id": self.token_doc, "position": self.token_position,
                                             "unit": self.token_unit_id})
        return self._token_unit


class SortedPickleSet(frozenset):
    """A frozenset that pickles its elements in sorted order (and loads as a plain frozenset).

    pickle writes a set in the order of its hash table, which for strings follows the process's hash seed,
    so the same set gave other bytes in every process; a saved model holding one was never the same file."""

    def __reduce__(self):
        return frozenset, (sorted(self),)


def term_codes(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of a term column and its distinct terms (an object array of str): a categorical
    column's own codes and categories, ``pd.factorize`` (codes in order of first appearance) otherwise.
    Missing values get the code -1."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy().astype(np.int64)
        vocab = np.asarray(column.cat.categories.astype(object).to_numpy(), dtype=object)
    else:
        codes, uniques = pd.factorize(column, sort=False)
        codes = codes.astype(np.int64, copy=False)
        vocab = np.asarray(pd.Index(uniques).astype(object).to_numpy(), dtype=object)
    if len(vocab) and not all(isinstance(v, str) for v in vocab):
        vocab = np.array([str(v) for v in vocab], dtype=object)
    return codes, vocab


def _n_distinct(values: np.ndarray, size: int) -> int:
    """Number of distinct values of an array of ints in [0, size)."""
    return int(np.count_nonzero(np.bincount(values, minlength=size))) if len(values) else 0


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values of an int array (np.unique by sorting, faster here than its hash path)."""
    if len(values) == 0:
        return values
    s = np.sort(values)
    return s[np.concatenate([[True], s[1:] != s[:-1]])]


def join_spans(seq_terms: list[str], spans: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """Join the terms of each (start, end) index span (end exclusive, non-overlapping) with '_'."""
    out: list[str] = []
    protected: list[bool] = []
    i = 0
    spans = sorted(spans)
    j = 0
    while i < len(seq_terms):
        if j < len(spans) and spans[j][0] == i:
            s, e = spans[j]
            out.append("_".join(seq_terms[s:e]))
            protected.append(True)
            i = e
            j += 1
            continue
        out.append(seq_terms[i])
        protected.append(False)
        i += 1
    return out, protected


def build_dictionary(texts: list[list[str]]) -> Any:
    """A gensim ``Dictionary`` of ``texts`` with the ids, document and collection frequencies that
    ``Dictionary(texts)`` gives (ids in order of first document, sorted within it), built with pandas."""
    from gensim.corpora import Dictionary

    d = Dictionary()
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    if lengths.sum() == 0:
        return d
    flat = np.array(list(chain.from_iterable(texts)), dtype=object)
    unit = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    raw, uniques = pd.factorize(flat, sort=False)  # codes in order of first appearance
    first_at = np.full(len(uniques), len(raw), dtype=np.int64)
    np.minimum.at(first_at, raw, np.arange(len(raw), dtype=np.int64))
    order = sorted(zip(unit[first_at].tolist(), uniques.tolist(), range(len(uniques)), strict=True))
    d.token2id = {term: i for i, (_, term, _) in enumerate(order)}
    remap = np.empty(len(uniques), dtype=np.int64)
    remap[[r for _, _, r in order]] = np.arange(len(uniques))
    codes = remap[raw]
    d.cfs = dict(enumerate(np.bincount(codes, minlength=len(d.token2id)).tolist()))
    pairs = _distinct(unit * len(d.token2id) + codes)
    d.dfs = dict(enumerate(np.bincount(pairs % len(d.token2id), minlength=len(d.token2id)).tolist()))
    d.num_docs = len(texts)
    d.num_pos = int(lengths.sum())
    d.num_nnz = int(len(pairs))
    return d


def bags_of_words(texts: list[list[str]], dictionary: Any) -> list[list[tuple[int, int]]]:
    """``[dictionary.doc2bow(t) for t in texts]`` (terms outside the dictionary ignored), vectorised."""
    token2id = dictionary.token2id
    v = max(len(token2id), 1)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    if lengths.sum() == 0:
        return out
    flat = np.array(list(chain.from_iterable(texts)), dtype=object)
    raw, uniques = pd.factorize(flat, sort=False)
    lookup = np.array([token2id.get(u, -1) for u in uniques.tolist()], dtype=np.int64)
    codes = lookup[raw]
    unit = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    known = codes >= 0
    keys, counts = np.unique(unit[known] * v + codes[known], return_counts=True)
    units, ids = keys // v, keys % v
    bounds = np.searchsorted(units, np.arange(len(texts) + 1))
    ids_l, counts_l = ids.tolist(), counts.tolist()
    for i in range(len(texts)):
        a, b = bounds[i], bounds[i + 1]
        out[i] = list(zip(ids_l[a:b], counts_l[a:b], strict=True))
    return out


def prepare_units(tokens: pd.DataFrame, *, unit: str = "paragraph", window_size: int = 100, column: str = "norm",
                  lexicon: Any = None, phrases: Any = "auto", phrase_min_count: int = 5,
                  phrase_threshold: float = 10.0, drop_stop: bool = True, drop_numbers: bool = True,
                  join_amounts: bool = True, reporting_verbs: Any = "auto", min_count: int = 2,
                  max_doc_share: float = 0.5, phraser: Any = None, dictionary: Any = None,
                  allow_empty: bool = False) -> PreparedUnits:
    """Cut ``tokens`` into units and preprocess their terms (the steps of the module docstring).

    Every step works on integer codes of the term column (a categorical column's own codes, or
    ``pd.factorize``): a term's properties (stopword, number, unit suffix, reporting verb) are decided once
    per distinct term and the filters are masks over the codes, so no Python string is touched per token.
    Only the lexicon-phrase and ``Phrases`` steps, which need sequences of strings, build them (and
    ``Phrases`` runs on small corpora only, :data:`PHRASES_AUTO_LIMIT`).

    With ``dictionary`` (and ``phraser``) of a fitted model, the frequency and reporting-verb steps are
    replaced by keeping only the dictionary's terms, and the given phrase model is applied instead of
    learning one (``allow_empty=True`` then lets every unit be empty). Raises ValueError when every unit is
    empty after a step (naming the step and how to relax it), and when two rows share a ``doc_id`` and a
    ``position`` (two documents under one id, e.g. concatenated token tables of corpora numbered alike).
    """
    check_dataframe("tokens", tokens)
    need = ["doc_id", "position", "start", "end", "is_punct", column]
    if drop_stop:
        need.append("is_stop")
    if unit in ("paragraph", "sentence"):
        need.append(unit)
    check_columns(tokens, need, "tokens")
    if len(tokens) == 0:
        raise ValueError(f"tokens is empty: there is nothing to {_purpose(dictionary)}; give a token table with rows")
    meta = [c for c in tokens.columns if c not in TOKEN_COLUMNS and c != "doc_id" and c != column]

    doc_codes, in_order = _document_codes(tokens)
    if in_order:
        t = tokens
    else:
        if lexicon is None:  # only the columns used here are reordered (a token table has many more)
            used = list(dict.fromkeys([*need, *meta, *(["is_stop"] if "is_stop" in tokens.columns else [])]))
            tokens = tokens[used]
        order = np.lexsort((tokens["position"].to_numpy(dtype=np.int64), doc_codes))
        t = tokens.iloc[order].reset_index(drop=True)
        doc_codes = doc_codes[order]
        from .text import check_unique_positions

        check_unique_positions(t, doc_codes, t["position"].to_numpy(dtype=np.int64), None)
    doc_codes = doc_codes.astype(np.int64, copy=False)
    n_rows = len(t)
    position = t["position"].to_numpy(dtype=np.int64)
    if unit == "document":
        unit_codes = doc_codes
        first_rows = np.flatnonzero(np.concatenate([[True], doc_codes[1:] != doc_codes[:-1]]))
        sub = np.zeros(n_rows, dtype=np.int64)
    else:
        sub = position // int(window_size) if unit == "window" else t[unit].to_numpy(dtype=np.int64)
        # rows are sorted by document and position, so a unit is a run of equal (document, sub) keys
        # (a paragraph or sentence number never returns once left); a new run starts a new unit
        change = np.concatenate([[True], (doc_codes[1:] != doc_codes[:-1]) | (sub[1:] != sub[:-1])])
        key = doc_codes * (int(sub.max(initial=0)) + 1) + sub
        if len(np.unique(key[change])) == int(change.sum()):
            unit_codes = np.cumsum(change) - 1
            first_rows = np.flatnonzero(change)
        else:  # a unit number that comes back later in its document: the same unit, as before
            unit_codes, _ = pd.factorize(key, sort=False)
            unit_codes = unit_codes.astype(np.int64)
            first_rows = np.unique(unit_codes, return_index=True)[1]
    n_units_all = len(first_rows)

    codes_all, vocab = term_codes(t[column])
    punct = t["is_punct"].to_numpy(dtype=bool)
    # stopwords: the terms flagged is_stop anywhere in the table
    stop_v = np.zeros(len(vocab), dtype=bool)
    if "is_stop" in t.columns:
        flagged = t["is_stop"].to_numpy(dtype=bool) & (codes_all >= 0)
        stop_v[codes_all[flagged]] = True
    starts = t["start"].to_numpy(dtype=np.int64)
    ends = t["end"].to_numpy(dtype=np.int64)
    last_rows = np.empty(n_units_all, dtype=np.int64)
    if n_units_all:
        last_rows[unit_codes] = np.arange(n_rows)  # the last write of a unit is its last row
    first = first_rows
    # column values as plain arrays (as before the token table had categorical columns)
    units = pd.DataFrame({"doc_id": t["doc_id"].take(first).to_numpy()})
    for m in meta:
        units[m] = plain_values(t[m].take(first))
    units["unit_index"] = np.asarray(sub[first], dtype=np.int64)
    units["first_position"] = position[first]
    units["last_position"] = position[last_rows]
    units["start"] = starts[first]
    units["end"] = ends[last_rows]
    units["n_tokens"] = np.bincount(unit_codes, weights=(~punct).astype(float),
                                    minlength=n_units_all).astype(np.int64)
    return _prepare_codes(
        unit=unit, doc_codes=doc_codes, unit_codes=unit_codes, codes_all=codes_all, vocab=vocab, punct=punct,
        stop_v=stop_v, touch=ends[:-1] == starts[1:], units=units, meta=meta,
        token_doc=t["doc_id"].reset_index(drop=True), token_position=position, tokens=t, column=column,
        lexicon=lexicon, phrases=phrases, phrase_min_count=phrase_min_count, phrase_threshold=phrase_threshold,
        drop_stop=drop_stop, drop_numbers=drop_numbers, join_amounts=join_amounts, reporting_verbs=reporting_verbs,
        min_count=min_count, max_doc_share=max_doc_share, phraser=phraser, dictionary=dictionary,
        allow_empty=allow_empty)


def _prepare_codes(*, unit: str, doc_codes: np.ndarray, unit_codes: np.ndarray, codes_all: np.ndarray,
                   vocab: np.ndarray, punct: np.ndarray, stop_v: np.ndarray, touch: np.ndarray,
                   units: pd.DataFrame, meta: list[str], token_doc: Any, token_position: np.ndarray,
                   tokens: pd.DataFrame | None, column: str, lexicon: Any, phrases: Any, phrase_min_count: int,
                   phrase_threshold: float, drop_stop: bool, drop_numbers: bool, join_amounts: bool,
                   reporting_verbs: Any, min_count: int, max_doc_share: float, phraser: Any, dictionary: Any,
                   allow_empty: bool) -> PreparedUnits:
    """The steps of the module docstring on every token as codes, whatever read them (a token table or the
    text scan of :func:`prepare_corpus_units`). One entry per token, in document order: ``doc_codes``,
    ``unit_codes`` (units numbered in doc_id order, then text order), ``codes_all`` (into ``vocab``; -1: missing), ``punct``;
    ``stop_v``: the stopword terms; ``touch[i]``: token ``i`` ends where token ``i + 1`` starts; ``units``:
    one row per unit with every column of :attr:`discourse.TopicModel.units_` but ``unit`` and ``n_terms``.
    ``tokens`` (the sorted token table) is needed for the lexicon step only."""
    t = tokens
    n_rows = len(codes_all)
    n_units_all = len(units)
    words = ~punct & (codes_all >= 0)
    # a URL, an e-mail address or a user mention ("@cityofriverton") is an address, not a word of the vocabulary a
    # topic is read from: posts and web pages repeat them (a vendor's link in every post of a thread), and they came
    # up among topic terms; dropped with the punctuation, as quanteda users do with tokens(remove_url = TRUE)
    from .text import ADDRESS_PATTERN

    address = re.compile(ADDRESS_PATTERN)  # (the tokenizer's own URL, e-mail and mention alternatives)
    address_v = np.fromiter((address.fullmatch(w) is not None for w in vocab), dtype=bool, count=len(vocab))
    n_address = 0
    if address_v.any():
        is_address = np.zeros(n_rows, dtype=bool)
        is_address[words] = address_v[codes_all[words]]
        n_address = int(is_address.sum())
        words &= ~is_address
    n_missing = int((codes_all < 0).sum())
    report: list[dict[str, Any]] = []

    def record(step: str, setting: str, counts: tuple[int, int, int]) -> None:
        n_tok, n_terms, n_nonempty = counts
        report.append({"step": step, "setting": setting, "n_tokens": n_tok, "n_terms": n_terms,
                       "n_units": n_nonempty})
        if n_nonempty == 0 and not allow_empty:
            hint = {"drop_stop": "set drop_stop=False", "drop_numbers": "set drop_numbers=False",
                    "min_count": "lower min_count (1 keeps every term)",
                    "max_doc_share": "raise max_doc_share (1.0 keeps every term)",
                    "reporting_verbs": "set reporting_verbs=False"}.get(step, "give tokens that hold words")
            raise ValueError(
                f"all {n_units_all} units ({unit}s) are empty after the filter {step!r} ({setting}); "
                f"{hint}, or give more text")

    record("words", "punctuation dropped" + (f"; {n_address} URLs, e-mail addresses and @mentions dropped"
                                             if n_address else "")
           + (f"; {n_missing} tokens with a missing {column!r} dropped" if n_missing else ""),
           (int(words.sum()), _n_distinct(codes_all[words], len(vocab)),
            _n_distinct(unit_codes[words], n_units_all)))

    stop_words = set(vocab[stop_v].tolist())

    # 2. amounts: a number piece touching a unit suffix becomes one term; a unit suffix after a gap is dropped
    amount_rows = np.zeros(n_rows, dtype=bool)
    n_joined = n_stray = 0
    if join_amounts and n_rows > 1:
        unit_v = np.array([w in UNIT_SUFFIXES for w in vocab], dtype=bool)
        c_next = codes_all[1:]
        candidate = np.flatnonzero((doc_codes[1:] == doc_codes[:-1]) & (c_next >= 0) & words[:-1])
        candidate = candidate[unit_v[c_next[candidate]]]  # only these can be amounts
        is_num = np.zeros(n_rows - 1, dtype=bool)
        if len(candidate):
            cand_codes = codes_all[candidate]
            num_v = {int(c): bool(_NUMBER.match(vocab[c])) for c in np.unique(cand_codes)}
            is_num[candidate] = [num_v[c] for c in cand_codes.tolist()]
        touching = is_num & touch
        idx = np.flatnonzero(touching)
        if len(idx):
            joined = vocab[codes_all[idx]] + vocab[codes_all[idx + 1]]
            j_codes, j_uniq = pd.factorize(joined, sort=False)
            at = pd.Index(vocab).get_indexer(j_uniq)  # an amount that is already a term keeps its code
            new = at < 0
            at[new] = len(vocab) + np.arange(int(new.sum()))
            vocab = np.concatenate([vocab, np.asarray(j_uniq, dtype=object)[new]])
            stop_v = np.concatenate([stop_v, np.zeros(int(new.sum()), dtype=bool)])
            codes_all = codes_all.copy()
            codes_all[idx] = at[j_codes]
        amount_rows[idx] = True
        words[idx + 1] = False
        stray = np.flatnonzero(is_num & ~touching) + 1
        words[stray] = False
        n_joined, n_stray = len(idx), len(stray)

    # the word tokens of all units as flat arrays in corpus order: term code, unit, protected (amounts, phrases)
    word_rows = np.flatnonzero(words)
    f_codes = codes_all[word_rows]
    f_unit = unit_codes[word_rows]
    f_prot = amount_rows[word_rows]
    amount_terms = set(vocab[codes_all[amount_rows]].tolist())

    def flat_counts(keep: np.ndarray | None = None) -> tuple[int, int, int]:
        if keep is None:
            return len(f_codes), _n_distinct(f_codes, len(vocab)), _n_distinct(f_unit, n_units_all)
        return int(keep.sum()), _n_distinct(f_codes[keep], len(vocab)), _n_distinct(f_unit[keep], n_units_all)

    def to_lists() -> tuple[list[list[str]], list[list[bool]], list[np.ndarray]]:
        bounds_ = np.searchsorted(f_unit, np.arange(n_units_all + 1)).tolist()
        terms = vocab[f_codes] if len(f_codes) else np.array([], dtype=object)
        seqs_ = [terms[bounds_[u]:bounds_[u + 1]].tolist() for u in range(n_units_all)]
        prot_ = [f_prot[bounds_[u]:bounds_[u + 1]].tolist() for u in range(n_units_all)]
        rows_ = [word_rows[bounds_[u]:bounds_[u + 1]] for u in range(n_units_all)]
        return seqs_, prot_, rows_

    def from_lists(seqs_: list[list[str]], prot_: list[list[bool]]) -> None:
        nonlocal f_codes, f_unit, f_prot, vocab, stop_v
        lengths = np.fromiter(map(len, seqs_), dtype=np.int64, count=len(seqs_))
        flat = np.array(list(chain.from_iterable(seqs_)), dtype=object)
        codes_, uniq = pd.factorize(flat, sort=False)
        f_codes = codes_.astype(np.int64)
        vocab = np.asarray(uniq, dtype=object)
        stop_v = np.array([w in stop_words for w in vocab], dtype=bool)
        f_unit = np.repeat(np.arange(len(seqs_), dtype=np.int64), lengths)
        f_prot = np.fromiter(chain.from_iterable(prot_), dtype=bool, count=int(lengths.sum()))

    record("amounts", f"join_amounts={join_amounts}: {n_joined} amounts joined, {n_stray} stray unit "
           f"suffixes dropped", flat_counts())

    # 3. lexicon phrases
    lex_setting = "no lexicon"
    if lexicon is not None:
        from .lexicon import load_lexicon

        lex = load_lexicon(lexicon)
        lex_setting = f"lexicon {getattr(lex, 'name', 'custom')!r}: multi-word entries joined"
        on = column if column in ("norm", "stem") else "norm"
        matches = lex.find_matches(t, on=on)
        matches = matches[matches["n_tokens"] > 1]
        if len(matches):
            seqs, protected, seq_rows = to_lists()
            row_of = matches["token_row"].to_numpy(dtype=np.int64)
            length = matches["end_position"].to_numpy(dtype=np.int64) - matches["start_position"].to_numpy(
                dtype=np.int64)
            row_unit = np.where(words, unit_codes, -1)
            row_index = np.full(n_rows, -1, dtype=np.int64)
            for rows in seq_rows:
                row_index[rows] = np.arange(len(rows))
            spans: dict[int, list[tuple[int, int]]] = {}
            for r0, n in zip(row_of, length, strict=True):
                # the match's word tokens (punctuation inside a match, e.g. a hyphen token, is skipped)
                rr = np.arange(int(r0), int(r0) + int(n))
                rr = rr[row_unit[rr] >= 0]
                if len(rr) == 0 or len(set(row_unit[rr].tolist())) != 1:
                    continue
                u = int(row_unit[rr[0]])
                spans.setdefault(u, []).append((int(row_index[rr[0]]), int(row_index[rr[-1]]) + 1))
            for u, sp in spans.items():
                seqs[u], protected[u] = join_spans(seqs[u], sp)
            from_lists(seqs, protected)
    record("lexicon_phrases", lex_setting, flat_counts())

    # 4. gensim Phrases (learned here, or the fitted model's)
    n_words_now = len(f_codes)
    use_phrases = (n_words_now <= PHRASES_AUTO_LIMIT or phraser is not None) if phrases == "auto" else bool(phrases)
    if use_phrases:
        seqs, protected, _ = to_lists()
        if phraser is None:
            from gensim.models.phrases import ENGLISH_CONNECTOR_WORDS, Phrases

            # stopwords (and clitics such as "'s") may sit inside a phrase but never start or end one
            connectors = frozenset(ENGLISH_CONNECTOR_WORDS | stop_words)
            phraser = Phrases(seqs, min_count=int(phrase_min_count), threshold=float(phrase_threshold),
                              connector_words=connectors).freeze()
            # gensim logs the clock time, seconds taken and host platform of the export: not part of the model,
            # and it made every saved model a different file; so did the connector words, pickled in the order
            # of the process's string hashes (PYTHONHASHSEED)
            phraser.lifecycle_events = []
            phraser.connector_words = SortedPickleSet(phraser.connector_words)
        new_seqs, new_prot = [], []
        for s_, p_ in zip(seqs, protected, strict=True):
            joined = phraser[s_]
            new_seqs.append(list(joined))
            new_prot.append(p_ if len(joined) == len(s_) else ["_" in w or w in amount_terms for w in joined])
        from_lists(new_seqs, new_prot)
        ph_setting = f"phrases={phrases!r}: gensim Phrases min_count={phrase_min_count}, threshold={phrase_threshold}"
    else:
        phraser = None
        ph_setting = f"phrases={phrases!r}" + (f": off above {PHRASES_AUTO_LIMIT:,} word tokens ({n_words_now:,})"
                                               if phrases == "auto" else "")
    record("phrases", ph_setting, flat_counts())

    # 5. stopwords and numbers (joined phrases and amounts are kept): masks over the term codes
    n_vocab = len(vocab)
    keep = np.ones(len(f_codes), dtype=bool)
    if drop_stop:
        keep &= ~(stop_v[f_codes] & ~f_prot)
    record("drop_stop", f"drop_stop={drop_stop}", flat_counts(keep))
    if drop_numbers:
        # (a term of letters only has one: the character loop runs for the others only)
        no_letter = np.array([not w.isalpha() and not any(ch.isalpha() for ch in w) for w in vocab], dtype=bool)
        keep &= ~(no_letter[f_codes] & ~f_prot)
    record("drop_numbers", f"drop_numbers={drop_numbers}", flat_counts(keep))

    if dictionary is None:
        # 6. reporting verbs
        counts = np.bincount(f_codes[keep], minlength=n_vocab)
        if reporting_verbs == "auto":
            present = np.flatnonzero(counts)
            if len(present) > DOMINANT_TOP:  # the terms tied with or above the DOMINANT_TOP-th count
                cut = np.partition(counts[present], len(present) - DOMINANT_TOP)[len(present) - DOMINANT_TOP]
                present = present[counts[present] >= cut]
            top = {w for _, w in sorted((-int(counts[i]), vocab[i]) for i in present)[:DOMINANT_TOP]}
            verbs = [v for v in REPORTING_VERBS if v in top]
            rv_setting = (f"reporting_verbs='auto': dropped {', '.join(verbs)} (among the {DOMINANT_TOP} most "
                          f"frequent terms)" if verbs else
                          f"reporting_verbs='auto': none among the {DOMINANT_TOP} most frequent terms")
        elif reporting_verbs is True:
            present_terms = set(vocab[np.flatnonzero(counts)].tolist())
            verbs = [v for v in REPORTING_VERBS if v in present_terms]
            rv_setting = f"reporting_verbs=True: dropped {', '.join(verbs) or 'none present'}"
        elif reporting_verbs is False or reporting_verbs is None:
            verbs = []
            rv_setting = "reporting_verbs=False"
        else:
            verbs = [str(v) for v in reporting_verbs]
            rv_setting = f"reporting_verbs given: dropped {', '.join(verbs)}"
        if verbs:
            verb_set = set(verbs)
            is_verb = np.array([w in verb_set for w in vocab], dtype=bool)
            keep &= ~is_verb[f_codes]
        record("reporting_verbs", rv_setting, flat_counts(keep))

        # 7. frequency filters (document frequencies counted before min_count, as the share is of units)
        counts = np.bincount(f_codes[keep], minlength=n_vocab)
        dfs = _doc_freq(f_unit[keep], f_codes[keep], n_vocab)
        rare = (counts < min_count) & (counts > 0)
        keep &= ~rare[f_codes]
        record("min_count", f"min_count={min_count}", flat_counts(keep))
        n_nonempty = _n_distinct(f_unit[keep], n_units_all)
        common = (dfs > max_doc_share * n_nonempty) & ~rare & (counts > 0)
        keep &= ~common[f_codes]
        dropped = sorted(vocab[np.flatnonzero(common)].tolist())
        shown = ", ".join(dropped[:10]) + (" ..." if len(dropped) > 10 else "")
        record("max_doc_share", f"max_doc_share={max_doc_share}" + (f": dropped {shown}" if dropped else ""),
               flat_counts(keep))
    else:
        known = np.array([w in dictionary.token2id for w in vocab], dtype=bool)
        keep &= known[f_codes]
        record("vocabulary", "terms of the fitted model only", flat_counts(keep))

    kept_codes = f_codes[keep]
    kept_unit = f_unit[keep]
    n_per_unit = np.bincount(kept_unit, minlength=n_units_all)

    # units table
    units = units.copy()
    units["n_terms"] = n_per_unit.astype(np.int64)
    nonempty = n_per_unit > 0
    new_id = np.full(n_units_all, -1, dtype=np.int64)
    new_id[nonempty] = np.arange(int(nonempty.sum()))
    kept = units[nonempty].reset_index(drop=True)
    kept.insert(0, "unit", np.arange(len(kept), dtype=np.int64))
    skipped = units[~nonempty].reset_index(drop=True)
    skipped.insert(0, "unit", pd.array([pd.NA] * len(skipped), dtype="Int64"))

    # the kept units' terms as codes (units are contiguous in corpus order, so kept_unit is sorted)
    new_unit = new_id[kept_unit]
    n_kept = len(kept)
    bounds = np.searchsorted(new_unit, np.arange(n_kept + 1))
    if dictionary is None:
        dictionary, ids_of, matrix = _dictionary_from_codes(kept_codes, new_unit, vocab, n_kept)
    else:
        ids_of = np.array([dictionary.token2id.get(w, -1) for w in vocab], dtype=np.int64)
        matrix = _bags_from_ids(ids_of[kept_codes] if len(kept_codes) else kept_codes, new_unit, n_kept,
                                len(dictionary))
    return PreparedUnits(units=kept, skipped=skipped, dictionary=dictionary,
                         report=pd.DataFrame(report), meta=meta, phraser=phraser, term_codes=kept_codes,
                         bounds=bounds, vocab=vocab, token_doc=token_doc,
                         token_position=token_position, token_unit_id=new_id[unit_codes], matrix=matrix)


CORPUS_UNITS = ("document",)
"""The units :func:`prepare_corpus_units` cuts from a Corpus without a token table (the others need
paragraphs, sentences or token offsets: :meth:`discourse.TopicModel.fit` tokenises for them)."""

CORPUS_COLUMNS = ("norm", "stem")
"""The term columns :func:`prepare_corpus_units` reads from the text scan."""


def corpus_supported(*, unit: str, column: str, lexicon: Any) -> str | None:
    """None when :func:`prepare_corpus_units` can prepare these settings from the text, else the reason."""
    if unit not in CORPUS_UNITS:
        return f"unit={unit!r} needs the token table (the text scan cuts {', '.join(CORPUS_UNITS)} units)"
    if column not in CORPUS_COLUMNS:
        return f"column={column!r} needs the token table (the text scan gives {', '.join(CORPUS_COLUMNS)})"
    if lexicon is not None:
        return "a lexicon's phrases are matched on the token table"
    return None


def prepare_corpus_units(corpus: Any, *, unit: str = "document", window_size: int = 100, column: str = "norm",
                         lexicon: Any = None, phrases: Any = "auto", phrase_min_count: int = 5,
                         phrase_threshold: float = 10.0, drop_stop: bool = True, drop_numbers: bool = True,
                         join_amounts: bool = True, reporting_verbs: Any = "auto", min_count: int = 2,
                         max_doc_share: float = 0.5, phraser: Any = None, dictionary: Any = None,
                         allow_empty: bool = False) -> PreparedUnits:
    """:func:`prepare_units` of ``tokenize(corpus)`` read straight from the text, without a token table.

    The result is identical (units, filter report, dictionary, bags of words, terms in order, the unit of
    every token) for the settings it supports: ``unit="document"``, ``column`` ``"norm"`` or ``"stem"``, no
    ``lexicon`` (:func:`corpus_supported` says why others are not; :meth:`discourse.TopicModel.fit`
    tokenises for them). ``window_size`` is accepted for the signature's sake and unused.

    How: a token never holds white space, so the tokens of a text are those of its white-space-separated
    words; :func:`discourse.counts.word_tokens` (the scan of the fast counting path) splits the texts into
    words and tokenises each distinct word once, as integer term codes. The tokens of every document are
    then a numpy expansion of its words' codes, and the steps of :func:`prepare_units` run on them. What the
    token table's offsets tell those steps is known from the words: two tokens touch (an amount such as
    ``£600m``) when they sit in one word with nothing between them (only ``_`` is no token: words holding
    one are tokenised with offsets); a document's first token starts where its text's white space ends.
    Documents with spans set aside by cleaning (``corpus.set_aside``) are tokenised with offsets, as
    :func:`discourse.tokenize` does, and documents without a token make no unit, as they have no row there.
    """
    from .corpus import Corpus
    from .counts import word_tokens
    from .text import STOPWORDS, is_punct, normalize, outside, stem, token_spans

    check_type("corpus", corpus, Corpus, "a Corpus (see discourse.load_corpus)")
    why = corpus_supported(unit=unit, column=column, lexicon=lexicon)
    if why is not None:
        raise ValueError(f"prepare_corpus_units cannot prepare these settings: {why}; use "
                         f"prepare_units(discourse.tokenize(corpus))")
    docs = corpus.documents
    # documents in doc_id order, as prepare_units takes them (see _document_codes)
    docs = docs.iloc[unit_order(docs["doc_id"].to_numpy(dtype=object))].reset_index(drop=True)
    n_docs = len(docs)
    texts = docs["text"].tolist()
    doc_ids = docs["doc_id"].tolist()
    aside: dict[Any, list[tuple[int, int]]] = {}
    sa = corpus.set_aside
    if sa is not None and len(sa):
        for d, a, b in zip(sa["doc_id"], sa["start"], sa["end"], strict=True):
            aside.setdefault(d, []).append((int(a), int(b)))
    plain = [i for i, d in enumerate(doc_ids) if d not in aside]
    word, n_words, words, bounds, token_term, norms = word_tokens([texts[i] for i in plain] if aside else texts,
                                                                  column="norm")
    # per token of every distinct word: whether it touches the next token of the word
    n_per_word = np.diff(bounds)
    w_touch = np.ones(len(token_term), dtype=bool)
    if len(token_term):
        w_touch[bounds[1:][n_per_word > 0] - 1] = False  # a word's last token touches nothing after it
    lead = np.zeros(len(words), dtype=bool)  # the word starts or ends with something that is no token
    trail = np.zeros(len(words), dtype=bool)
    for i, w in enumerate(words):
        if "_" in w:
            s_arr, e_arr, _ = token_spans(w)
            if len(s_arr):
                w_touch[bounds[i]:bounds[i + 1] - 1] = e_arr[:-1] == s_arr[1:]
                lead[i], trail[i] = s_arr[0] > 0, e_arr[-1] < len(w)
    # every token of the plain documents, in order
    n_tok_occ = n_per_word[word]
    at = np.repeat(bounds[:-1][word], n_tok_occ)
    at += np.arange(len(at), dtype=np.int64) - np.repeat(np.cumsum(n_tok_occ) - n_tok_occ, n_tok_occ)
    codes = token_term[at]
    touch = w_touch[at]
    plain_arr = np.asarray(plain, dtype=np.int64)
    n_tok_doc = np.zeros(n_docs, dtype=np.int64)
    n_tok_doc[plain_arr] = np.bincount(np.repeat(np.arange(len(plain), dtype=np.int64), n_words),
                                       weights=n_tok_occ, minlength=len(plain)).astype(np.int64)
    doc = np.repeat(np.arange(n_docs, dtype=np.int64), n_tok_doc)
    # character offsets of each document's first and last token
    first_char = np.zeros(n_docs, dtype=np.int64)
    last_char = np.zeros(n_docs, dtype=np.int64)
    w_end = np.cumsum(n_words)
    has_tok = n_per_word > 0
    for j, i in enumerate(plain):
        if n_tok_doc[i] == 0:
            continue
        text = texts[i]
        a, b = int(w_end[j] - n_words[j]), int(w_end[j]) - 1
        if has_tok[word[a]] and not lead[word[a]] and has_tok[word[b]] and not trail[word[b]]:
            first_char[i] = len(text) - len(text.lstrip())
            last_char[i] = len(text.rstrip())
        else:  # a word of underscores, or one at an edge: the offsets of the tokens themselves
            s_arr, e_arr, _ = token_spans(text)
            first_char[i], last_char[i] = s_arr[0], e_arr[-1]
    if aside:  # documents with spans set aside: tokenised with offsets, then put in document order
        code_of = {w: k for k, w in enumerate(norms)}
        norms = list(norms)
        parts = [(doc, codes, touch)]
        for i, d in enumerate(doc_ids):
            if d not in aside:
                continue
            s_arr, e_arr, toks = token_spans(texts[i])
            keep = np.flatnonzero(outside(s_arr, e_arr, aside[d]))
            n_tok_doc[i] = len(keep)
            if len(keep) == 0:
                continue
            s_arr, e_arr = s_arr[keep], e_arr[keep]
            c = np.empty(len(keep), dtype=np.int64)
            for k, r in enumerate(keep.tolist()):
                nm = normalize(toks[r])
                c[k] = code_of.setdefault(nm, len(code_of))
                if c[k] == len(norms):
                    norms.append(nm)
            parts.append((np.full(len(keep), i, dtype=np.int64), c,
                          np.append(e_arr[:-1] == s_arr[1:], False)))
            first_char[i], last_char[i] = s_arr[0], e_arr[-1]
        doc = np.concatenate([p[0] for p in parts])
        order = np.argsort(doc, kind="stable")
        doc = doc[order]
        codes = np.concatenate([p[1] for p in parts])[order]
        touch = np.concatenate([p[2] for p in parts])[order]
    norms_arr = np.asarray(norms, dtype=object)
    punct_v = np.fromiter((not w.isalnum() and is_punct(w) for w in norms), dtype=bool, count=len(norms))
    stop_norm = np.fromiter((w in STOPWORDS for w in norms), dtype=bool, count=len(norms))
    if column == "stem":  # stems of the norms; a stem is a stopword when one of its tokens' norms is
        stem_codes, vocab = pd.factorize(np.asarray([stem(w) for w in norms], dtype=object), sort=False)
        vocab = np.asarray(vocab, dtype=object)
        present = np.zeros(len(norms), dtype=bool)
        present[codes] = True
        stop_v = np.zeros(len(vocab), dtype=bool)
        stop_v[stem_codes[present & stop_norm]] = True
        term_codes_ = stem_codes[codes].astype(np.int64)
    else:
        vocab, stop_v, term_codes_ = norms_arr, stop_norm, codes
    punct = punct_v[codes]

    # units: one per document with a token (a document without one has no row in the token table)
    with_tok = np.flatnonzero(n_tok_doc > 0)
    if len(with_tok) == 0:
        raise ValueError(f"the corpus holds no token: there is nothing to {_purpose(dictionary)}; give documents "
                         "with text")
    unit_of_doc = np.full(n_docs, -1, dtype=np.int64)
    unit_of_doc[with_tok] = np.arange(len(with_tok))
    unit_codes = unit_of_doc[doc]
    meta = _corpus_meta(docs, column)
    units = pd.DataFrame({"doc_id": _document_values(docs["doc_id"], with_tok)})
    for m in meta:
        units[m] = _document_values(docs[m], with_tok)
    units["unit_index"] = np.zeros(len(with_tok), dtype=np.int64)
    units["first_position"] = np.zeros(len(with_tok), dtype=np.int64)
    units["last_position"] = n_tok_doc[with_tok] - 1
    units["start"] = first_char[with_tok]
    units["end"] = last_char[with_tok]
    units["n_tokens"] = np.bincount(unit_codes, weights=(~punct).astype(float),
                                    minlength=len(with_tok)).astype(np.int64)
    starts_of_doc = np.concatenate([[0], np.cumsum(n_tok_doc)])
    position = np.arange(len(doc), dtype=np.int64) - starts_of_doc[doc]
    token_doc = pd.Series(document_categorical(docs["doc_id"], doc), name="doc_id")
    return _prepare_codes(
        unit=unit, doc_codes=unit_codes, unit_codes=unit_codes, codes_all=term_codes_, vocab=vocab, punct=punct,
        stop_v=stop_v, touch=touch[:-1], units=units, meta=meta, token_doc=token_doc, token_position=position,
        tokens=None, column=column, lexicon=None, phrases=phrases, phrase_min_count=phrase_min_count,
        phrase_threshold=phrase_threshold, drop_stop=drop_stop, drop_numbers=drop_numbers,
        join_amounts=join_amounts, reporting_verbs=reporting_verbs, min_count=min_count,
        max_doc_share=max_doc_share, phraser=phraser, dictionary=dictionary, allow_empty=allow_empty)


def _corpus_meta(docs: pd.DataFrame, column: str) -> list[str]:
    """The document columns that ``tokenize(corpus)`` copies onto the tokens and :func:`prepare_units`
    keeps as unit metadata (a column named like a token column is neither)."""
    from .text import TOKEN_COLUMNS as TABLE_COLUMNS

    clash = [c for c in docs.columns if c in TABLE_COLUMNS and c != "doc_id"]
    if clash:  # as tokenize warns when it leaves them out
        import warnings

        warnings.warn(f"document column(s) {clash!r} not kept with the units: the token table has its own "
                      f"column(s) of that name; rename them in the documents to keep them", UserWarning,
                      stacklevel=4)
    return [c for c in docs.columns if c not in ("doc_id", "text") and c not in TABLE_COLUMNS
            and c not in TOKEN_COLUMNS and c != column]


def plain_values(column: pd.Series) -> Any:
    """A (categorical) column's values as an array, for a units table: a column of nullable integers (``Int64``,
    a CSV column of whole numbers with a missing value) stays one, where ``to_numpy`` made floats of it (a
    wave 2 became the level ``wave[T.2.0]`` and the group ``2.0``)."""
    dtype = column.dtype.categories.dtype if isinstance(column.dtype, pd.CategoricalDtype) else column.dtype
    if isinstance(dtype, pd.Int64Dtype):
        return pd.array(column.astype(dtype))
    return np.asarray(column)


def _document_values(column: pd.Series, rows: np.ndarray) -> np.ndarray:
    """The values :func:`prepare_units` copies into the units table for documents ``rows``."""
    return plain_values(document_categorical(column, rows))


def _purpose(dictionary: Any) -> str:
    """What the units are prepared for, for messages: a fit, or (with a fitted model's ``dictionary``, as
    :meth:`discourse.TopicModel.transform` and ``score`` pass it) applying the fitted model."""
    return "fit a topic model on" if dictionary is None else "apply the fitted topic model to"


def _document_codes(tokens: pd.DataFrame) -> tuple[np.ndarray, bool]:
    """Document codes of the rows (in ``doc_id`` order, :func:`discourse.resample.unit_order`) and whether
    the table is in that order already (each document's rows together, positions increasing): checked in
    linear time, so a table of documents in that order is never sorted again.

    Units follow ``doc_id`` order rather than the order the documents were given because a fit depends on the
    order of its units (gensim's dictionary numbers terms by first unit, online LDA and NMF update in chunks
    of units, float sums follow them): the same UN speeches in another order gave other topic labels and
    FREX ranks."""
    # order of first appearance (for a categorical column pandas factorizes its integer codes, fast), then
    # each document's rank by doc_id
    codes, uniques = pd.factorize(tokens["doc_id"], sort=False)
    rank = np.empty(len(uniques), dtype=np.int64)
    rank[unit_order(np.asarray(uniques, dtype=object))] = np.arange(len(uniques), dtype=np.int64)
    codes = rank[codes] if len(codes) else codes.astype(np.int64)
    pos = tokens["position"].to_numpy(dtype=np.int64)
    step = np.diff(codes)
    in_order = bool(((step == 0) | (step == 1)).all() and (np.diff(pos)[step == 0] > 0).all())
    return codes, in_order


def _doc_freq(unit: np.ndarray, codes: np.ndarray, n_vocab: int) -> np.ndarray:
    """Number of distinct units each code occurs in."""
    if n_vocab == 0:
        return np.zeros(0, dtype=np.int64)
    pairs = _distinct(unit * n_vocab + codes)
    return np.bincount(pairs % n_vocab, minlength=n_vocab)


def _dictionary_from_codes(codes: np.ndarray, unit: np.ndarray, vocab: np.ndarray, n_units: int
                           ) -> tuple[Any, np.ndarray, Any]:
    """The gensim ``Dictionary`` that ``Dictionary(texts)`` gives (ids in order of first unit, sorted within
    it; document and collection frequencies) from the terms as codes into ``vocab``, the id of every
    code (-1 for codes not present), and the bags as a units x terms CSR count matrix."""
    from gensim.corpora import Dictionary

    d = Dictionary()
    ids_of = np.full(len(vocab), -1, dtype=np.int64)
    if len(codes) == 0:
        return d, ids_of, _bags_from_ids(codes, unit, n_units, 0)
    # the codes present, in order of first appearance (pd.factorize numbers them so), and where each first
    # appears: where the running maximum of those numbers grows
    labels, present = pd.factorize(codes, sort=False)
    running = np.maximum.accumulate(labels)
    first_at = np.flatnonzero(np.concatenate([[True], running[1:] > running[:-1]]))
    present = np.asarray(present, dtype=np.int64)
    first_unit = unit[first_at]
    # by first unit, then alphabetically (Dictionary.add_documents sorts a document's new terms)
    order = sorted(zip(first_unit.tolist(), vocab[present].tolist(), present.tolist(), strict=True))
    d.token2id = {term: i for i, (_, term, _) in enumerate(order)}
    ids_of[[c for _, _, c in order]] = np.arange(len(order))
    ids = ids_of[codes]
    n = len(order)
    d.cfs = dict(enumerate(np.bincount(ids, minlength=n).tolist()))
    pairs, counts = np.unique(unit * n + ids, return_counts=True)  # (unit, term) pairs, sorted
    d.dfs = dict(enumerate(np.bincount(pairs % n, minlength=n).tolist()))
    d.num_docs = int(n_units)
    d.num_pos = int(len(codes))
    d.num_nnz = int(len(pairs))
    return d, ids_of, _csr_from_pairs(pairs, counts, n, n_units)


def _bags_from_ids(ids: np.ndarray, unit: np.ndarray, n_units: int, n_terms: int) -> Any:
    """The bags of words as a units x terms CSR count matrix (columns sorted within each row, as gensim's
    bags are), from term ids and their units; ids -1 (terms outside the dictionary) are ignored."""

    v = max(n_terms, 1)
    known = ids >= 0
    keys, counts = np.unique(unit[known] * v + ids[known], return_counts=True)
    return _csr_from_pairs(keys, counts, n_terms, n_units)


def _csr_from_pairs(keys: np.ndarray, counts: np.ndarray, n_terms: int, n_units: int) -> Any:
    """The units x terms CSR matrix of sorted ``unit * n_terms + term`` keys and their counts."""
    import scipy.sparse as sp

    v = max(n_terms, 1)
    units, term_ids = keys // v, keys % v
    indptr = np.searchsorted(units, np.arange(n_units + 1))
    return sp.csr_matrix((counts.astype(float), term_ids, indptr), shape=(n_units, n_terms))
