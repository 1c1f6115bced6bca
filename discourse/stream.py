"""Counting at scale: streaming, parallel and Dask paths for term and frame counts.

The in-memory path holds every token of a corpus in one table (``count_terms(tokenize(load_corpus(path)))``):
about 1 KB of memory per token, which a media archive of millions of articles does not fit. The functions
here read a corpus in chunks of documents, tokenise and count each chunk, and add the counts up, so that
memory is bounded by the chunk size and by the size of the result (the vocabulary), never by the corpus:

- :func:`count_terms_stream` and :func:`count_frames_stream` read a file (CSV/TSV, JSON Lines, optionally
  gzip-compressed, Parquet), a folder, a :class:`~discourse.Corpus`, a DataFrame or any iterable of
  DataFrames, and count on one core or, with ``n_jobs``, on several (worker processes);
- :func:`count_terms_dask` and :func:`count_frames_dask` do the same on a ``dask.dataframe`` or
  ``dask.bag`` of documents, on whatever scheduler is active (a ``distributed`` cluster included).

Every path gives **exactly** the table of the in-memory path: the same rows, values, dtypes, order and
``attrs`` (the group totals that :func:`discourse.keyness` uses), because each chunk is counted by the same
functions (:func:`discourse.count_terms`, :func:`discourse.count_frames`) or, for plain word counts, by a fast
path that is tested against them, and counts of disjoint sets of documents add up. Keyness needs nothing
new: ``dc.keyness(count_terms_stream(path, by="source"), by="source", target=...)``.

The fast path (word counts: ``ngram=1``, no lexicon, groups that are document metadata) skips what counting
does not need (sentences, quotations, offsets, the token table) and runs the tokenizer's regular expression
once per document, with two rewrites that provably give the same tokens: white space is consumed inside the
match (so the regular-expression engine does not fail at every space), and documents without an ``@``
skip the e-mail alternative and take a short-cut for words that start with a lowercase ASCII letter.

Doc ids must be unique across the whole corpus, as for :func:`discourse.load_corpus`; a stream checks each
chunk and, at the end, the whole corpus (with 64-bit hashes of the ids, 8 bytes per document).
"""

from __future__ import annotations

import hashlib
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._util import _fmt, as_list, check_type, progress
from .corpus import Corpus, iter_documents, load_corpus
from .text import _APOS, _TOKEN_SPLIT, STOPWORDS, TOKEN_COLUMNS, TOKEN_PATTERN, _stem, normalize

__all__ = ["count_terms_stream", "count_frames_stream", "count_terms_dask", "count_frames_dask", "iter_corpus"]

TERM_COLUMNS = ["term", "n", "n_docs"]
FRAME_NUMBERS = ["n", "n_endorsed", "n_distanced", "n_quoted", "n_tokens"]
# token-level columns that need quotation finding when used as groups
_VOICE_COLUMNS = {"voice", "quote_id", "quote_kind", "speaker"}
_ATTRS_KEY = "discourse_counts"

# ------------------------------------------------------------------------------------ fast tokenizer
# The tokenizer's alternatives, in order: URL, e-mail, acronym, number, word, clitic, other mark. The
# rewrites below are exact only for this pattern; if TOKEN_PATTERN changes, the plain pattern is used.
_URL = r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]’'”]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_WORD_TAIL = rf"(?:[-‐‑][^\W_]+)*(?:[{_APOS}](?!(?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b)[^\W_]+)*"
_KNOWN_PATTERN = "d9ce680a940cad7c"  # first 16 hex digits of the SHA-1 of TOKEN_PATTERN these rewrites fit


def _pattern_hash(p: str) -> str:
    return hashlib.sha1(p.encode("utf-8")).hexdigest()[:16]


if _pattern_hash(TOKEN_PATTERN) == _KNOWN_PATTERN and f"|{_EMAIL}|" in TOKEN_PATTERN:
    # (1) "\s*+(...)": a token never starts with white space, so eating the white space before it (without
    #     backtracking) finds the same tokens and the engine no longer fails once per space;
    # (2) without "@" in a document the e-mail alternative cannot match anywhere and is left out; then a
    #     word that starts with a lowercase ASCII letter not followed by "." (no acronym) and not opening
    #     "http(s)://" or "www." (no URL) cannot be a number either, so the word alternative is tried first.
    # (A single-mark token cannot be skipped when punctuation is dropped: its norm may hold letters after
    #  NFKC, "℃" -> "°c", "™" -> "tm", "№" -> "no".)
    def _compile(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
        return (re.compile(r"\s*+(" + pattern + ")"),
                re.compile(r"\s*+((?!https?://|www\.)[a-z](?!\.)[^\W_]*" + _WORD_TAIL + "|"
                           + pattern.replace(f"|{_EMAIL}|", "|", 1) + ")"))

    _RE_WITH_AT, _RE_NO_AT = _compile(TOKEN_PATTERN)
else:  # pragma: no cover - only when TOKEN_PATTERN changes without this module being updated
    _RE_WITH_AT = _RE_NO_AT = re.compile(TOKEN_PATTERN)


def _fast_tokens(text: str) -> list[str]:
    """The surface tokens of ``text``, exactly as :func:`discourse.tokenize` finds them, in order."""
    return (_RE_WITH_AT if "@" in text else _RE_NO_AT).findall(text)


def _kept_tokens(text: str, aside: list[tuple[int, int]]) -> list[str]:
    """Tokens outside the set-aside spans (the same rule as :func:`discourse.tokenize`)."""
    pieces = _TOKEN_SPLIT.split(text)
    toks = pieces[1::2]
    if not toks:
        return []
    bounds = np.concatenate(([0], np.cumsum(np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces)))))
    s_arr, e_arr = bounds[1:-1:2], bounds[2::2]
    keep = np.ones(len(toks), dtype=bool)
    for a, b in aside:
        keep &= ~((s_arr >= a) & (e_arr <= b))
    return [toks[i] for i in np.flatnonzero(keep)]


class _Vocab(dict):
    """surface token -> term id (or -1 when the token is filtered out); terms in ``self.terms``."""

    def __init__(self, column: str, drop_punct: bool, drop_stop: bool) -> None:
        super().__init__()
        self.column, self.drop_punct, self.drop_stop = column, drop_punct, drop_stop
        self.terms: list[str] = []
        self.ids: dict[str, int] = {}

    def __missing__(self, token: str) -> int:
        norm = normalize(token)
        if (self.drop_punct and not any(ch.isalnum() for ch in norm)) or (self.drop_stop and norm in STOPWORDS):
            value = -1
        else:
            term = norm if self.column == "norm" else (_stem(norm) if self.column == "stem" else token)
            value = self.ids.get(term)
            if value is None:
                value = self.ids[term] = len(self.terms)
                self.terms.append(term)
        self[token] = value
        return value


_VOCABS: dict[tuple, _Vocab] = {}


def _vocab(column: str, drop_punct: bool, drop_stop: bool) -> _Vocab:
    key = (column, drop_punct, drop_stop)
    v = _VOCABS.get(key)
    if v is None or len(v) > 5_000_000:  # bound the cache on corpora with huge vocabularies
        v = _VOCABS[key] = _Vocab(column, drop_punct, drop_stop)
    return v


def _aside_by_doc(corpus: Corpus) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    sa = corpus.set_aside
    if len(sa):
        for d, s, e in zip(sa["doc_id"], sa["start"], sa["end"], strict=True):
            out.setdefault(d, []).append((int(s), int(e)))
    return out


def _group_codes(docs: pd.DataFrame, by: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Group code of every document and the row of one document per group (first appearance order)."""
    if not by:
        return np.zeros(len(docs), dtype=np.int64), np.zeros(1 if len(docs) else 0, dtype=np.int64)
    codes = docs.groupby(by, sort=False, dropna=False, observed=True).ngroup().to_numpy(dtype=np.int64)
    _, rep = np.unique(codes, return_index=True)
    return codes, rep


def _fast_term_counts(corpus: Corpus, by: list[str], column: str, drop_punct: bool, drop_stop: bool) -> dict:
    """Word counts of one chunk without a token table (the same numbers as count_terms(tokenize(...)))."""
    docs = corpus.documents
    vocab = _vocab(column, drop_punct, drop_stop)
    aside = _aside_by_doc(corpus) if corpus.set_aside is not None else {}
    all_toks: list[str] = []
    lens = np.zeros(len(docs), dtype=np.int64)
    for i, (d, text) in enumerate(zip(docs["doc_id"], docs["text"], strict=True)):
        toks = _kept_tokens(text, aside[d]) if d in aside else _fast_tokens(text)
        lens[i] = len(toks)
        all_toks.extend(toks)
    ids = np.fromiter(map(vocab.__getitem__, all_toks), dtype=np.int64, count=len(all_toks))
    del all_toks
    doc = np.repeat(np.arange(len(docs), dtype=np.int64), lens)
    keep = ids >= 0
    ids, doc = ids[keep], doc[keep]
    gcodes, rep = _group_codes(docs, by)
    n_terms = max(len(vocab.terms), 1)
    key_u, cnt = np.unique(doc * n_terms + ids, return_counts=True)
    g_of = gcodes[key_u // n_terms]
    key2, inv = np.unique(g_of * n_terms + key_u % n_terms, return_inverse=True)
    n = np.bincount(inv, weights=cnt, minlength=len(key2)).astype(np.int64)
    n_docs = np.bincount(inv, minlength=len(key2)).astype(np.int64)
    g_rows, t_rows = key2 // n_terms, key2 % n_terms
    used, t_local = np.unique(t_rows, return_inverse=True)
    out = _Packed(groups=pd.DataFrame({c: docs[c].to_numpy()[rep] for c in by}, index=pd.RangeIndex(len(rep))),
                  g=g_rows, terms=np.asarray(vocab.terms, dtype=object)[used] if len(used) else
                  np.array([], dtype=object), t=t_local.astype(np.int64), n=n, n_docs=n_docs)
    n_groups = len(rep)
    tot = np.bincount(g_rows, weights=n, minlength=n_groups).astype(np.int64)
    dtot = np.bincount(gcodes[lens > 0], minlength=n_groups).astype(np.int64)
    return {"out": out, "totals": _group_table(docs, by, rep, tot), "doc_totals": _group_table(docs, by, rep, dtot)}


def _group_table(docs: pd.DataFrame, by: list[str], rep: np.ndarray, values: np.ndarray) -> dict[tuple, int]:
    """{group key: value} for groups with a count, keyed exactly as count_terms keys its totals (the group
    values as a token table holds them, through a pandas groupby)."""
    from .keyness import _key

    keep = np.flatnonzero(values > 0)
    if not by:
        return {(): int(values[keep].sum())} if len(keep) else {}
    small = pd.DataFrame({c: docs[c].to_numpy()[rep[keep]] for c in by})
    small["_v"] = values[keep]
    summed = small.groupby(by, sort=True, dropna=False)["_v"].sum()
    return {_key(k, len(by)): int(v) for k, v in summed.items()}


# ------------------------------------------------------------------------------------ reading in chunks
def _text_lengths(values: pd.Series) -> np.ndarray:
    return np.fromiter((len(t) if isinstance(t, str) else 0 for t in values), dtype=np.int64, count=len(values))


def _rebatch(frames: Iterable[pd.DataFrame], text: str, chunksize: int, max_chars: int) -> Iterator[pd.DataFrame]:
    """Re-cut raw frames into batches of at most ``chunksize`` rows and about ``max_chars`` characters."""
    buf: list[pd.DataFrame] = []
    n_buf = c_buf = 0
    for df in frames:
        if text not in df.columns:
            raise ValueError(f"text column {text!r} not found; the columns are: {_fmt(df.columns, 40)}. "
                             f"Pass text='<column>' to name the column holding the documents' text.")
        lens = _text_lengths(df[text])
        start = 0
        while start < len(df):
            room = min(chunksize - n_buf, len(df) - start)
            cum = np.cumsum(lens[start:start + room])
            k = int(np.searchsorted(cum, max_chars - c_buf, side="right"))
            k = min(max(k, 1 if n_buf == 0 else 0), room)
            if k:
                buf.append(df.iloc[start:start + k])
                n_buf += k
                c_buf += int(cum[k - 1])
                start += k
            if k == 0 or n_buf >= chunksize or c_buf >= max_chars:
                yield pd.concat(buf, ignore_index=True) if len(buf) > 1 else buf[0].reset_index(drop=True)
                buf, n_buf, c_buf = [], 0, 0
    if buf:
        yield pd.concat(buf, ignore_index=True) if len(buf) > 1 else buf[0].reset_index(drop=True)


def _corpus_chunks(corpus: Corpus, chunksize: int, max_chars: int) -> Iterator[Corpus]:
    docs = corpus.documents
    lens = _text_lengths(docs["text"])
    sa = corpus.set_aside
    start = 0
    while start < len(docs):
        cum = np.cumsum(lens[start:start + chunksize])
        k = max(1, min(int(np.searchsorted(cum, max_chars, side="right")), len(cum)))
        part = docs.iloc[start:start + k].reset_index(drop=True)
        aside = sa[sa["doc_id"].isin(set(part["doc_id"]))].reset_index(drop=True) if len(sa) else sa
        yield Corpus(part, set_aside=aside, skipped=corpus.skipped.iloc[0:0], name=corpus.name,
                     clean=corpus.cleaned, origin=corpus.origin)
        start += k


_LOAD_KEYS = ("text", "doc_id", "source", "title", "author", "date", "clean")
_STREAM_DOC_ID = "_discourse_doc_id"


def _raw_items(data: Any, load: dict, *, chunksize: int, max_chars: int, encoding: str, encoding_errors: str,
               skipped: list[dict]) -> tuple[Iterator[tuple[str, Any]], str, str | None]:
    """Items ("frame", (df, first_row_number)) or ("corpus", Corpus), the corpus name and its origin."""
    if isinstance(data, Corpus):
        return ((("corpus", c) for c in _corpus_chunks(data, chunksize, max_chars)), data.name, data.origin)
    if isinstance(data, pd.DataFrame):
        frames: Iterable[pd.DataFrame] = [data]
        name, origin = load.get("name") or "corpus", None
    elif isinstance(data, (str, Path)):
        path = Path(data)
        if not path.exists():
            raise FileNotFoundError(f"corpus path {str(path)!r} does not exist")
        name = load.get("name") or (path.name.split(".")[0] if path.is_file() else path.name) or "corpus"
        origin = str(path)
        if path.is_dir() or path.suffix.lower() in (".txt", ".md"):
            # folders of text files: their texts are read as load_corpus reads them (held as text, not
            # as tokens); counting still goes chunk by chunk
            corpus = load_corpus(path, encoding=encoding, encoding_errors=encoding_errors, name=name,
                                 **{k: load[k] for k in _LOAD_KEYS})
            return ((("corpus", c) for c in _corpus_chunks(corpus, chunksize, max_chars)), name, origin)
        frames = iter_documents(path, chunksize=min(chunksize, 1_000), encoding=encoding,
                                encoding_errors=encoding_errors, skipped=skipped)
    elif isinstance(data, Iterable):
        frames = data
        name, origin = load.get("name") or "corpus", None
    else:
        raise TypeError(f"data must be a corpus path, a Corpus, a DataFrame or an iterable of DataFrames; got "
                        f"{type(data).__name__}")

    def numbered() -> Iterator[tuple[str, Any]]:
        row = 0
        for df in _rebatch(frames, load["text"], chunksize, max_chars):
            yield "frame", (df, row)
            row += len(df)

    return numbered(), name, origin


def _to_corpus(item: tuple[str, Any], load: dict, name: str, origin: str | None) -> tuple[Corpus | None, list, list]:
    """Build the chunk's Corpus exactly as load_corpus would; return it, what was skipped, and warnings."""
    kind, payload = item
    if kind == "corpus":
        return payload, [], []
    df, first = payload
    doc_id = load["doc_id"]
    if doc_id is None or (doc_id == "doc_id" and doc_id not in df.columns):  # numbered 0, 1, ... as load_corpus does
        df = df.copy()
        df[_STREAM_DOC_ID] = [str(i) for i in range(first, first + len(df))]
        doc_id = _STREAM_DOC_ID
    texts = df[load["text"]]
    if not texts.map(lambda t: isinstance(t, str) and bool(t.strip())).any():
        skipped = [{"file": origin, "line": None, "doc_id": str(d), "reason": "empty text"} for d in df[doc_id]]
        return None, skipped, []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = Corpus.from_dataframe(df, name=name, origin=origin, doc_id=doc_id,
                                       **{k: load[k] for k in _LOAD_KEYS if k != "doc_id"})
    msgs = [str(w.message) for w in caught if "item(s) skipped while loading" not in str(w.message)]
    return corpus, corpus.skipped.to_dict("records"), msgs


def _id_hashes(ids: pd.Series) -> np.ndarray:
    """64-bit hashes of the doc ids (pandas' vectorised, deterministic hash), for the duplicate check."""
    return pd.util.hash_array(ids.astype(str).to_numpy(dtype=object)).view(np.int64)


# ------------------------------------------------------------------------------------ chunk workers
def _count_chunk(item: tuple[str, Any], load: dict, name: str, origin: str | None, task: dict) -> dict:
    """Load, tokenise and count one chunk (runs in the calling process or in a worker)."""
    corpus, skipped, msgs = _to_corpus(item, load, name, origin)
    res: dict[str, Any] = {"skipped": skipped, "warnings": msgs, "n_docs": 0, "n_chars": 0,
                           "ids": np.array([], dtype=np.int64), "out": None}
    if corpus is None:
        return res
    docs = corpus.documents
    res["n_docs"] = len(docs)
    res["n_chars"] = int(_text_lengths(docs["text"]).sum())
    res["ids"] = _id_hashes(docs["doc_id"])
    if task["kind"] == "terms":
        if task["fast"]:
            res.update(_fast_term_counts(corpus, task["by"], task["column"], task["drop_punct"], task["drop_stop"]))
        else:
            from .keyness import count_terms
            from .text import tokenize

            tokens = tokenize(corpus, metadata=task["metadata"], quotes=task["quotes"])
            out = count_terms(tokens, by=task["by"] or None, ngram=task["ngram"], drop_stop=task["drop_stop"],
                              drop_punct=task["drop_punct"], min_count=1, lexicon=task["lexicon"],
                              column=task["column"])
            meta = out.attrs.pop(_ATTRS_KEY)
            res.update(out=out, totals=meta["totals"], doc_totals=meta["doc_totals"])
    else:
        from .framing import count_frames
        from .text import tokenize

        tokens = tokenize(corpus, metadata=task["metadata"], quotes=task["quotes"])
        by = task["by"]
        res["empty_groups"] = []
        if by and task["doc_level"] and len(tokens):
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
            res["out"] = count_frames(tokens, task["lexicon"], by=by or None, voice=task["voice"],
                                      categories=task["categories"], on=task["on"])
    return res


# ------------------------------------------------------------------------------------ merging
class _NA:
    """Stands for a missing group value in dictionary keys (NaN is not equal to itself)."""


def _isna(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # array-like group values
        return False


class _Packed:
    """Counts of one chunk from the fast path, without a DataFrame of strings: ``groups`` (one row per
    group, the group columns as a token table would hold them), and per (group, term) pair the group row
    ``g``, the index ``t`` into ``terms``, ``n`` and ``n_docs``. Picklable, for worker processes."""

    def __init__(self, groups: pd.DataFrame, g: np.ndarray, terms: np.ndarray, t: np.ndarray, n: np.ndarray,
                 n_docs: np.ndarray) -> None:
        self.groups, self.g, self.terms, self.t, self.n, self.n_docs = groups, g, terms, t, n, n_docs

    def __len__(self) -> int:
        return len(self.n)


class _TermTable:
    """Term counts added up in integer-key space: (group code << 32 | term code) -> n, n_docs.

    Groups and terms are coded once in dictionaries; the counts are numpy arrays compacted with
    ``np.unique``, so the merge needs about 24 bytes per (group, term) pair instead of a DataFrame of strings.
    The group rows are kept as one-row DataFrames, so the group columns keep their dtypes.
    """

    def __init__(self, by: list[str], compact_rows: int = 4_000_000) -> None:
        self.by = by
        self.gindex: dict[tuple, int] = {}
        self.grows: list[pd.DataFrame] = []
        self.tindex: dict[str, int] = {}
        self.terms: list[str] = []
        self.parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.pending = 0
        self.compact_rows = compact_rows
        self.keys = np.array([], dtype=np.int64)
        self.n = np.array([], dtype=np.int64)
        self.n_docs = np.array([], dtype=np.int64)

    def _term(self, term: str) -> int:
        code = self.tindex.get(term)
        if code is None:
            code = self.tindex[term] = len(self.terms)
            self.terms.append(term)
        return code

    def _group(self, frame: pd.DataFrame, r: int) -> int:
        key = tuple(_NA if _isna(v) else v for v in (frame[c].iat[r] for c in self.by))
        code = self.gindex.get(key)
        if code is None:
            code = self.gindex[key] = len(self.grows)
            self.grows.append(frame.iloc[[int(r)]][self.by])
        return code

    def _append(self, g: np.ndarray, t: np.ndarray, n: np.ndarray, d: np.ndarray) -> None:
        self.parts.append(((g << 32) | t, n.astype(np.int64), d.astype(np.int64)))
        self.pending += len(n)
        if self.pending > self.compact_rows:
            self.compact()

    def add_packed(self, p: _Packed) -> None:
        if not len(p):
            return
        if self.by:
            gmap = np.fromiter((self._group(p.groups, r) for r in range(len(p.groups))), dtype=np.int64,
                               count=len(p.groups))
            g = gmap[p.g]
        else:
            g = np.zeros(len(p), dtype=np.int64)
        tmap = np.fromiter((self._term(x) for x in p.terms), dtype=np.int64, count=len(p.terms))
        self._append(g, tmap[p.t], p.n, p.n_docs)

    def add(self, out: pd.DataFrame) -> None:
        if isinstance(out, _Packed):
            self.add_packed(out)
            return
        if not len(out):
            return
        if self.by:
            local = out.groupby(self.by, sort=False, dropna=False, observed=True).ngroup().to_numpy(dtype=np.int64)
            first = np.unique(local, return_index=True)[1]
            gmap = np.fromiter((self._group(out, int(r)) for r in first), dtype=np.int64, count=len(first))
            g = gmap[local]
        else:
            g = np.zeros(len(out), dtype=np.int64)
        tl, tu = pd.factorize(out["term"].to_numpy(dtype=object))
        tmap = np.fromiter((self._term(t) for t in tu), dtype=np.int64, count=len(tu))
        self._append(g, tmap[tl], out["n"].to_numpy(dtype=np.int64), out["n_docs"].to_numpy(dtype=np.int64))

    def compact(self) -> None:
        if not self.parts:
            return
        keys = np.concatenate([self.keys, *(p[0] for p in self.parts)])
        n = np.concatenate([self.n, *(p[1] for p in self.parts)])
        d = np.concatenate([self.n_docs, *(p[2] for p in self.parts)])
        self.parts, self.pending = [], 0
        self.keys, inv = np.unique(keys, return_inverse=True)
        self.n = np.bincount(inv, weights=n, minlength=len(self.keys)).astype(np.int64)
        self.n_docs = np.bincount(inv, weights=d, minlength=len(self.keys)).astype(np.int64)

    def to_frame(self) -> pd.DataFrame:
        """Unsorted (by..., term, n, n_docs)."""
        self.compact()
        g, t = self.keys >> 32, self.keys & 0xFFFFFFFF
        if self.by and self.grows:
            out = pd.concat(self.grows, ignore_index=True).iloc[g].reset_index(drop=True)
        else:
            out = pd.DataFrame(index=pd.RangeIndex(len(self.keys)))
        terms = np.asarray(self.terms, dtype=object)
        out["term"] = pd.array(terms[t] if len(t) else np.array([], dtype=object), dtype=object)
        out["n"] = self.n
        out["n_docs"] = self.n_docs
        return out


class _Merger:
    """Adds up chunk results; compacts the pending tables so memory stays bounded by the result size."""

    def __init__(self, task: dict, compact_rows: int = 2_000_000) -> None:
        self.task, self.by = task, task["by"]
        self.keys = [*self.by, "term"] if task["kind"] == "terms" else [*self.by, "frame", "voice"]
        self.values = ["n", "n_docs"] if task["kind"] == "terms" else FRAME_NUMBERS
        self.acc: pd.DataFrame | None = None
        self.pending: list[pd.DataFrame] = []
        self.pending_rows = 0
        self.compact_rows = compact_rows
        self.totals: dict[tuple, int] = {}
        self.doc_totals: dict[tuple, int] = {}
        self.skipped: list[dict] = []
        self.messages: dict[str, None] = {}
        self.ids: list[np.ndarray] = []
        self.empty_groups: list[tuple] = []
        self.n_docs = self.n_chars = self.n_chunks = 0
        self.table = _TermTable(self.by) if task["kind"] == "terms" else None
        self.dtypes: dict[str, Any] = {}
        self.canonical: dict[tuple, tuple] = {}

    def add(self, res: dict) -> None:
        self.n_chunks += 1
        self.skipped.extend(res["skipped"])
        self.messages.update(dict.fromkeys(res["warnings"]))
        self.n_docs += res["n_docs"]
        self.n_chars += res["n_chars"]
        self.ids.append(res["ids"])
        self.empty_groups.extend(res.get("empty_groups", []))
        if res["out"] is None:
            return
        frame = res["out"].groups if isinstance(res["out"], _Packed) else res["out"]
        for c in self.by:  # a chunk where a group column is all missing has dtype object; keep the real one
            if c not in self.dtypes and frame[c].notna().any():
                self.dtypes[c] = frame[c].dtype
        for src, dst in (("totals", self.totals), ("doc_totals", self.doc_totals)):
            for k, v in res.get(src, {}).items():
                # missing group values (NaN, None, NA) are one group, keyed as first seen
                k = self.canonical.setdefault(tuple(_NA if _isna(x) else x for x in k), k)
                dst[k] = dst.get(k, 0) + int(v)
        if self.table is not None:
            self.table.add(res["out"])
            return
        self.pending.append(res["out"])
        self.pending_rows += len(res["out"])
        if self.pending_rows > self.compact_rows:
            self._compact()

    def _compact(self) -> None:
        if self.table is not None:
            self.acc = self.table.to_frame()
            return
        frames = ([self.acc] if self.acc is not None else []) + self.pending
        self.pending, self.pending_rows = [], 0
        if len(frames) == 1:
            self.acc = frames[0]
            return
        df = pd.concat(frames, ignore_index=True)
        self.acc = (df.groupby(self.keys, sort=False, dropna=False, observed=True)[self.values].sum()
                    .reset_index())

    def _check_ids(self) -> None:
        ids = np.concatenate(self.ids) if self.ids else np.array([], dtype=np.int64)
        self.ids = []
        if len(ids) and len(np.unique(ids)) != len(ids):
            raise ValueError(f"duplicate doc ids across chunks: {len(ids) - len(np.unique(ids))} document(s) "
                             "share an id with an earlier one; doc ids must be unique. Deduplicate the documents, "
                             "or pass doc_id=None to number them 0, 1, ...")

    def _report(self, name: str) -> None:
        for msg in list(self.messages)[:5]:
            warnings.warn(msg, UserWarning, stacklevel=4)
        if self.skipped:
            first = self.skipped[0]
            warnings.warn(f"{len(self.skipped)} item(s) skipped while loading {name!r} (first: {first['reason']}, "
                          f"{first['file']}); see result.attrs['discourse_stream']['skipped']",
                          UserWarning, stacklevel=4)

    def _fix_dtypes(self) -> None:
        if self.acc is None:
            return
        for c, dtype in self.dtypes.items():
            if self.acc[c].dtype != dtype:
                try:
                    self.acc[c] = self.acc[c].astype(dtype)
                except (TypeError, ValueError):  # pragma: no cover - mixed values that pandas cannot cast
                    pass

    def result(self, name: str) -> pd.DataFrame:
        self._check_ids()
        if self.n_docs == 0:
            raise ValueError(f"the corpus {name!r} has no documents"
                             + (f" ({len(self.skipped)} skipped: {self.skipped[0]['reason']}...)" if self.skipped
                                else "") + "; check the path and the text column")
        self._compact()
        self._fix_dtypes()
        out = self._finish_terms() if self.task["kind"] == "terms" else self._finish_frames()
        self._report(name)
        out.attrs["discourse_stream"] = {"documents": self.n_docs, "characters": self.n_chars,
                                         "chunks": self.n_chunks,
                                         "skipped": [{k: r.get(k) for k in ("file", "line", "doc_id", "reason")}
                                                     for r in self.skipped]}
        return out

    def _finish_terms(self) -> pd.DataFrame:
        t = self.task
        out = self.acc.copy()
        out["n"] = out["n"].astype(np.int64)
        out["n_docs"] = out["n_docs"].astype(np.int64)
        if t["min_count"] > 1:
            out = out[out["n"] >= t["min_count"]]
        out = out.sort_values(self.keys, kind="stable").reset_index(drop=True)
        out["term"] = out["term"].astype(str)
        out = out[self.keys + ["n", "n_docs"]]
        if not self.by:
            totals = {(): int(sum(self.totals.values()))}
            doc_totals = {(): int(sum(self.doc_totals.values()))}
        else:
            totals, doc_totals = self.totals, self.doc_totals
        out.attrs = {_ATTRS_KEY: {"by": list(self.by), "totals": totals, "doc_totals": doc_totals,
                                  "ngram": list(t["ngram_range"]), "column": t["column"]}}
        return out

    def _finish_frames(self) -> pd.DataFrame:
        from .framing import VOICES

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
        out = self.acc.copy()
        for c in FRAME_NUMBERS:
            out[c] = out[c].astype(np.int64)
        total = out["n"].to_numpy(dtype=np.int64)
        nt = out["n_tokens"].to_numpy(dtype=np.int64)
        with np.errstate(divide="ignore", invalid="ignore"):
            out["rate"] = np.where(nt > 0, 1000.0 * total / np.maximum(nt, 1), np.nan)
        order_frame = {c: i for i, c in enumerate(self.task["categories_resolved"])}
        sort_cols = []
        if self.by:
            out["_g"] = out.groupby(self.by, sort=True, dropna=False, observed=True).ngroup().to_numpy()
            sort_cols.append("_g")
        out["_c"] = out["frame"].map(order_frame).astype(np.int64)
        out["_v"] = out["voice"].map({v: i for i, v in enumerate(VOICES)}).astype(np.int64)
        out = out.sort_values([*sort_cols, "_c", "_v"], kind="stable")
        return out.drop(columns=[*sort_cols, "_c", "_v"]).reset_index(drop=True)[
            [*self.by, "frame", "voice", *FRAME_NUMBERS, "rate"]]


# ------------------------------------------------------------------------------------ running chunks
def _check_n_jobs(n_jobs: Any) -> int:
    check_type("n_jobs", n_jobs, (int, np.integer), "an int (number of worker processes; -1 for all cores)")
    if isinstance(n_jobs, bool) or n_jobs == 0 or n_jobs < -1:
        raise ValueError(f"n_jobs={n_jobs!r} is not valid; give 1 (serial), a number of processes, or -1 (all "
                         f"{os.cpu_count()} cores)")
    return (os.cpu_count() or 1) if n_jobs == -1 else int(n_jobs)


def _check_chunks(chunksize: Any, max_chars: Any) -> None:
    for p, v in (("chunksize", chunksize), ("max_chars", max_chars)):
        check_type(p, v, (int, np.integer), "an int")
        if isinstance(v, bool) or v < 1:
            raise ValueError(f"{p}={v!r} must be a positive number")


def _run(items: Iterator, n_jobs: int, fn, args: tuple) -> Iterator[dict]:
    """Apply ``fn(item, *args)`` to every item, serially or in worker processes, yielding results in order.

    At most ``2 * n_jobs`` chunks are in flight, so reading never runs ahead of counting.
    """
    if n_jobs == 1:
        for item in items:
            yield fn(item, *args)
        return
    from collections import deque

    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        window: deque = deque()
        for item in items:
            window.append(pool.submit(fn, item, *args))
            if len(window) >= 2 * n_jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def _term_task(data_columns: Sequence[str] | None, by: Any, ngram: Any, drop_stop: bool, drop_punct: bool,
               min_count: Any, lexicon: Any, column: str, fast: bool | None) -> dict:
    from .keyness import _ngram_range

    by_cols = as_list(by)
    for c in by_cols:
        check_type("by", c, str, "a column name or a list of column names")
    lo, hi = _ngram_range(ngram)
    check_type("min_count", min_count, (int, np.integer), "an int")
    if column not in ("norm", "stem", "token"):
        raise ValueError(f"column={column!r} is not valid; choose one of: 'norm', 'stem', 'token'")
    token_level = [c for c in by_cols if c in TOKEN_COLUMNS and c != "doc_id"]
    quotes = any(c in _VOICE_COLUMNS for c in by_cols)
    can_fast = (lo, hi) == (1, 1) and lexicon is None and not token_level
    if fast and not can_fast:
        raise ValueError("fast=True needs word counts grouped by document metadata: ngram=1, lexicon=None and "
                         f"no token-level group column (by={by_cols!r}); pass fast=None to choose automatically")
    return {"kind": "terms", "by": by_cols, "ngram": (lo, hi), "ngram_range": (lo, hi), "drop_stop": bool(drop_stop),
            "drop_punct": bool(drop_punct), "min_count": int(min_count), "lexicon": lexicon, "column": column,
            "fast": can_fast if fast is None else bool(fast), "quotes": quotes,
            "metadata": [c for c in by_cols if c not in TOKEN_COLUMNS]}


def _frame_task(by: Any, lexicon: Any, voice: Any, categories: Any, on: str, quotes: bool) -> dict:
    from .framing import _lexicon

    lex = _lexicon(lexicon)
    by_cols = as_list(by)
    for c in by_cols:
        check_type("by", c, str, "a column name or a list of column names")
    cats = lex.check_categories(categories)
    if on not in ("norm", "stem"):
        raise ValueError(f"on={on!r} is not valid; choose one of: 'norm', 'stem'")
    return {"kind": "frames", "by": by_cols, "lexicon": lex, "voice": voice, "categories": categories,
            "categories_resolved": list(cats), "on": on, "quotes": bool(quotes),
            "metadata": [c for c in by_cols if c not in TOKEN_COLUMNS],
            "doc_level": all(c == "doc_id" or c not in TOKEN_COLUMNS for c in by_cols)}


def _stream(data: Any, task: dict, *, text: str, doc_id: str | None, source: str | None, title: str | None,
            author: str | None, date: str | None, clean: bool, name: str | None, encoding: str,
            encoding_errors: str, chunksize: int, max_chars: int, n_jobs: Any, show_progress: bool | None,
            desc: str) -> pd.DataFrame:
    _check_chunks(chunksize, max_chars)
    n = _check_n_jobs(n_jobs)
    load = {"text": text, "doc_id": doc_id, "source": source, "title": title, "author": author, "date": date,
            "clean": clean, "name": name}
    skipped: list[dict] = []
    items, cname, origin = _raw_items(data, load, chunksize=chunksize, max_chars=max_chars, encoding=encoding,
                                      encoding_errors=encoding_errors, skipped=skipped)
    merger = _Merger(task)
    results = _run(items, n, _count_chunk, (load, cname, origin, task))
    for res in progress(results, desc=desc, disable=None if show_progress is None else not show_progress):
        merger.add(res)
    merger.skipped = skipped + merger.skipped  # unreadable lines first, as load_corpus lists them
    return merger.result(cname)


_LOAD_DOC = """
    data : path, Corpus, DataFrame or iterable of DataFrames
        A corpus file (``.csv``, ``.tsv``, ``.jsonl``/``.ndjson``, optionally ``.gz``, ``.parquet``) read in
        chunks; a folder of ``.txt``/``.md`` files or one text file (their texts are read by
        :func:`~discourse.load_corpus`, tokens are still made chunk by chunk); a loaded
        :class:`~discourse.Corpus`; a DataFrame with one row per document; or any iterable of such
        DataFrames (e.g. ``pd.read_sql(..., chunksize=...)``).
    text, doc_id, source, title, author, date, clean, name, encoding, encoding_errors
        As for :func:`~discourse.load_corpus` (ignored for a Corpus). Documents without a doc id are
        numbered 0, 1, ... over the whole input, as load_corpus numbers them.
    chunksize, max_chars : int
        A chunk holds at most ``chunksize`` documents and about ``max_chars`` characters (at least one
        document). Peak memory grows with these, not with the corpus.
    n_jobs : int
        Worker processes (``1``: this process; ``-1``: every core). Chunks are merged in input order and
        the result is identical to the serial one.
    progress : bool, optional
        Show a progress bar (chunks done); default: only when stderr is a terminal."""


def count_terms_stream(data: Any, *, by: str | Sequence[str] | None = "source",
                       ngram: int | tuple[int, int] = (1, 1), drop_stop: bool = False, drop_punct: bool = True,
                       min_count: int = 1, lexicon: Any = None, column: str = "norm", text: str = "text",
                       doc_id: str | None = "doc_id", source: str | None = "source", title: str | None = "title",
                       author: str | None = "author", date: str | None = "date", clean: bool = True,
                       name: str | None = None, encoding: str = "utf-8", encoding_errors: str = "strict",
                       chunksize: int = 10_000, max_chars: int = 4_000_000, n_jobs: int = 1,
                       fast: bool | None = None, progress: bool | None = None) -> pd.DataFrame:
    """Term counts of a corpus of any size, read and counted chunk by chunk.

    The result equals ``count_terms(tokenize(load_corpus(data, ...), metadata=...), by=by, ...)`` exactly
    (rows, values, dtypes, order and ``attrs``) while only one chunk's tokens are ever in memory; feed it
    to :func:`discourse.keyness` or :func:`discourse.keyness_all` like any other counts.

    Parameters
    ----------""" + _LOAD_DOC + """
    by, ngram, drop_stop, drop_punct, min_count, lexicon, column
        As for :func:`discourse.count_terms`. ``by`` may name document metadata (``source``, ``year``...)
        and token columns (``voice``, ``speaker``, ``quote_kind``: quotations are then found, which is
        slower). ``min_count`` is applied after all chunks are added up.
    fast : bool, optional
        Word counts (``ngram=1``, no lexicon, groups from document metadata) use a path that skips the
        token table, sentences and quotations (about 5x faster); ``None`` chooses it when it applies,
        ``False`` always builds token tables.

    Returns
    -------
    DataFrame as :func:`discourse.count_terms`: the ``by`` columns, ``term``, ``n``, ``n_docs``, sorted by
    group then term, with ``attrs["discourse_counts"]`` (``by``, group ``totals``, ``doc_totals``,
    ``ngram``, ``column``). ``attrs["discourse_stream"]`` records ``documents``, ``characters``, ``chunks``
    and ``skipped`` (a list of dicts with ``file``, ``line``, ``doc_id``, ``reason``: plain values, so that
    pandas can compare ``attrs`` when such tables are concatenated or merged).
    """
    task = _term_task(None, by, ngram, drop_stop, drop_punct, min_count, lexicon, column, fast)
    return _stream(data, task, text=text, doc_id=doc_id, source=source, title=title, author=author, date=date,
                   clean=clean, name=name, encoding=encoding, encoding_errors=encoding_errors, chunksize=chunksize,
                   max_chars=max_chars, n_jobs=n_jobs, show_progress=progress, desc="counting terms (chunks)")


def count_frames_stream(data: Any, lexicon: Any = "framing", *, by: str | Sequence[str] | None = "source",
                        voice: bool | str | Sequence[str] = True, categories: str | Sequence[str] | None = None,
                        on: str = "norm", quotes: bool = True, text: str = "text", doc_id: str | None = "doc_id",
                        source: str | None = "source", title: str | None = "title", author: str | None = "author",
                        date: str | None = "date", clean: bool = True, name: str | None = None,
                        encoding: str = "utf-8", encoding_errors: str = "strict", chunksize: int = 10_000,
                        max_chars: int = 4_000_000, n_jobs: int = 1, progress: bool | None = None) -> pd.DataFrame:
    """Frame hits and rates per group, frame and voice for a corpus of any size, chunk by chunk.

    The result equals ``count_frames(tokenize(load_corpus(data, ...), metadata=..., quotes=quotes),
    lexicon, by=by, ...)`` exactly. Hits, stances and word tokens add up over chunks; ``rate`` is
    recomputed from the totals (``1000 * n / n_tokens``).

    Parameters
    ----------""" + _LOAD_DOC + """
    lexicon, by, voice, categories, on
        As for :func:`discourse.count_frames`.
    quotes : bool
        Find quotations (voice, stance); ``False`` counts every token as the author's voice, as
        ``tokenize(..., quotes=False)`` does.

    Returns
    -------
    DataFrame as :func:`discourse.count_frames`: the ``by`` columns, ``frame``, ``voice``, ``n``,
    ``n_endorsed``, ``n_distanced``, ``n_quoted``, ``n_tokens``, ``rate``; ``attrs["discourse_stream"]`` as
    in :func:`count_terms_stream`.
    """
    task = _frame_task(by, lexicon, voice, categories, on, quotes)
    return _stream(data, task, text=text, doc_id=doc_id, source=source, title=title, author=author, date=date,
                   clean=clean, name=name, encoding=encoding, encoding_errors=encoding_errors, chunksize=chunksize,
                   max_chars=max_chars, n_jobs=n_jobs, show_progress=progress, desc="counting frames (chunks)")


def iter_corpus(data: Any, *, text: str = "text", doc_id: str | None = "doc_id", source: str | None = "source",
                title: str | None = "title", author: str | None = "author", date: str | None = "date",
                clean: bool = True, name: str | None = None, encoding: str = "utf-8",
                encoding_errors: str = "strict", chunksize: int = 10_000,
                max_chars: int = 4_000_000) -> Iterator[Corpus]:
    """Yield a corpus chunk by chunk, each chunk a :class:`~discourse.Corpus` as load_corpus would build it.

    For analyses that the counting functions do not cover: tokenise each chunk and keep what you need.
    Chunks where every text is empty are left out (their documents are skipped, as by load_corpus).
    """
    _check_chunks(chunksize, max_chars)
    load = {"text": text, "doc_id": doc_id, "source": source, "title": title, "author": author, "date": date,
            "clean": clean, "name": name}
    items, cname, origin = _raw_items(data, load, chunksize=chunksize, max_chars=max_chars, encoding=encoding,
                                      encoding_errors=encoding_errors, skipped=[])
    for item in items:
        corpus, _, msgs = _to_corpus(item, load, cname, origin)
        for m in msgs:
            warnings.warn(m, UserWarning, stacklevel=2)
        if corpus is not None:
            yield corpus


# ------------------------------------------------------------------------------------ Dask
def _dask_partition(part: Any, offset: int, load: dict, name: str, task: dict, chunksize: int,
                    max_chars: int) -> dict:
    """Count one Dask partition (a DataFrame, or a list of dicts from a bag) in bounded sub-chunks."""
    df = part if isinstance(part, pd.DataFrame) else pd.DataFrame(list(part))
    merger = _Merger(task)
    if len(df):
        row = offset
        for sub in _rebatch([df], load["text"], chunksize, max_chars):
            merger.add(_count_chunk(("frame", (sub, row)), load, name, None, task))
            row += len(sub)
    merger._compact()
    merger._fix_dtypes()
    return {"out": merger.acc, "totals": merger.totals, "doc_totals": merger.doc_totals,
            "empty_groups": merger.empty_groups,
            "skipped": merger.skipped, "warnings": list(merger.messages), "n_docs": merger.n_docs,
            "n_chars": merger.n_chars, "ids": np.concatenate(merger.ids) if merger.ids else np.array([], np.int64)}


def _dask(data: Any, task: dict, load: dict, chunksize: int, max_chars: int, show_progress: bool | None) -> pd.DataFrame:
    try:
        import dask
        import dask.bag as db
        import dask.dataframe as dd
    except ImportError:
        raise ImportError("the Dask path needs dask: pip install 'discourse[dask]'") from None
    if isinstance(data, dd.DataFrame):
        parts = list(data.to_delayed())
        has_ids = load["doc_id"] is not None and load["doc_id"] in data.columns
    elif isinstance(data, db.Bag):
        parts = list(data.to_delayed())
        has_ids = False if load["doc_id"] is None else None
    else:
        raise TypeError(f"data must be a dask.dataframe.DataFrame or a dask.bag.Bag of dicts (one per document); "
                        f"got {type(data).__name__}. For files and pandas objects use count_terms_stream")
    name = load.get("name") or "corpus"
    if has_ids is False or has_ids is None:  # numbering needs each partition's length first
        lengths = dask.compute(*[dask.delayed(len)(p) for p in parts])
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(int).tolist() if parts else []
    else:
        offsets = [0] * len(parts)
    tasks = [dask.delayed(_dask_partition)(p, off, load, name, task, chunksize, max_chars)
             for p, off in zip(parts, offsets, strict=True)]
    results = dask.compute(*tasks)
    merger = _Merger(task)
    for res in progress(results, total=len(results), desc="merging partitions",
                        disable=None if show_progress is None else not show_progress):
        merger.add(res)
    return merger.result(name)


def count_terms_dask(data: Any, *, by: str | Sequence[str] | None = "source", ngram: int | tuple[int, int] = (1, 1),
                     drop_stop: bool = False, drop_punct: bool = True, min_count: int = 1, lexicon: Any = None,
                     column: str = "norm", text: str = "text", doc_id: str | None = "doc_id",
                     source: str | None = "source", title: str | None = "title", author: str | None = "author",
                     date: str | None = "date", clean: bool = True, name: str | None = None,
                     chunksize: int = 10_000, max_chars: int = 4_000_000, fast: bool | None = None,
                     progress: bool | None = None) -> pd.DataFrame:
    """:func:`count_terms_stream` on a ``dask.dataframe.DataFrame`` or ``dask.bag.Bag`` of documents.

    Each partition is loaded, tokenised and counted on the Dask workers (of the active scheduler: a
    ``distributed.Client`` when one is running); only the per-partition counts come back and are added up
    here. The result equals the in-memory path exactly (rows, values, order, ``attrs``). A bag holds one
    dict per document (keys as the DataFrame's columns). Documents without a doc id are numbered 0, 1, ...
    in partition order. Needs the ``dask`` extra: ``pip install 'discourse[dask]'``. Parameters and
    returned columns as :func:`count_terms_stream`.
    """
    _check_chunks(chunksize, max_chars)
    task = _term_task(None, by, ngram, drop_stop, drop_punct, min_count, lexicon, column, fast)
    load = {"text": text, "doc_id": doc_id, "source": source, "title": title, "author": author, "date": date,
            "clean": clean, "name": name}
    return _dask(data, task, load, chunksize, max_chars, progress)


def count_frames_dask(data: Any, lexicon: Any = "framing", *, by: str | Sequence[str] | None = "source",
                      voice: bool | str | Sequence[str] = True, categories: str | Sequence[str] | None = None,
                      on: str = "norm", quotes: bool = True, text: str = "text", doc_id: str | None = "doc_id",
                      source: str | None = "source", title: str | None = "title", author: str | None = "author",
                      date: str | None = "date", clean: bool = True, name: str | None = None,
                      chunksize: int = 10_000, max_chars: int = 4_000_000,
                      progress: bool | None = None) -> pd.DataFrame:
    """:func:`count_frames_stream` on a ``dask.dataframe.DataFrame`` or ``dask.bag.Bag`` of documents.

    Partitions are counted on the Dask workers, the counts added up here; ``rate`` is recomputed from
    the totals. Identical to the in-memory :func:`discourse.count_frames`. Parameters and returned
    columns as :func:`count_frames_stream`.
    """
    _check_chunks(chunksize, max_chars)
    task = _frame_task(by, lexicon, voice, categories, on, quotes)
    load = {"text": text, "doc_id": doc_id, "source": source, "title": title, "author": author, "date": date,
            "clean": clean, "name": name}
    return _dask(data, task, load, chunksize, max_chars, progress)
