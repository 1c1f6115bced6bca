"""Repeats across documents: lines a source prints on many of its pages, and long texts that are near copies.

Two things inflate the counts of a scraped or syndicated corpus without being any one text's words:

- **site furniture**: a slogan line, "Follow us on ...", a disclaimer, a related-links heading or the company
  boilerplate that closes every press release ("About Acme ..."), repeated on the pages of one source. Each
  such line looks like prose, so the per-document rules of :mod:`discourse.clean` cannot tell it from the
  article; what gives it away is that the source repeats it. :func:`find_repeated_lines` lists the lines (or
  paragraphs) that recur in many documents of one source, with their counts, and :func:`set_aside_repeated`
  sets them aside as cleaning spans (rule ``repeated-line`` or ``repeated-paragraph`` in
  ``corpus.set_aside``), never cutting them out of the text. This is the repeated-paragraph filter of web
  corpora (CCNet: Wenzek et al. 2020, "CCNet: Extracting high quality monolingual datasets from web crawl
  data", LREC, section 3.3, which hashes each normalised paragraph and drops those seen before), applied per
  source and reported, not dropped.
- **syndicated copy**: the same wire story in several outlets with a new headline, a trimmed last paragraph
  or an editor's note. :func:`discourse.find_duplicates` finds exact copies, and near copies of short texts
  only; :func:`find_near_duplicates` finds near copies of texts of any length by the resemblance of their
  sets of word 5-gram shingles (Broder 1997, "On the resemblance and containment of documents"), with
  MinHash sketches and locality-sensitive hashing to find the candidate pairs in about linear time and the
  exact resemblance of each candidate pair to decide.

Nothing here runs when a corpus is loaded: both are opt-in (``--set-aside-repeated`` and
``--drop-near-duplicates`` in every command).
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import math
import re
import warnings
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from ._util import _fmt, check_flag, check_one_of
from .corpus import SET_ASIDE_COLUMNS, Corpus
from .segment import line_feed_view, line_key

__all__ = ["find_repeated_lines", "set_aside_repeated", "find_near_duplicates", "line_key",
           "REPEATED_COLUMNS", "NEAR_DUPLICATE_COLUMNS"]

REPEATED_COLUMNS = ["unit", "text", "n_docs", "docs_in_group", "share", "n", "first_doc_id"]
NEAR_DUPLICATE_COLUMNS = ["doc_id", "duplicate_of", "similarity", "containment"]
UNITS = ("line", "paragraph")

# ------------------------------------------------------------------------------------ repeated lines
# the two rules of line_key (discourse.segment), for its table of ASCII characters below
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]|_")


def _n_words(key: str) -> int:
    """Words of a key that are not numbers (a number is all ``0`` once digits are normalised)."""
    return sum(1 for w in key.split() if w.strip("0"))


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of ``text`` that is not blank, without the white space around it. A CR LF or CR
    line end is a line end (:func:`discourse.segment.line_feed_view`): read as one line, a CR-only text was one
    "line" whose key, digits normalised, every document of a source shared, and the whole text was set aside."""
    text = line_feed_view(text)
    pos = 0
    for raw in text.split("\n"):
        body = raw.strip()
        if body:
            s = pos + len(raw) - len(raw.lstrip())
            yield s, s + len(body)
        pos += len(raw) + 1


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every paragraph of ``text``: a run of lines that are not blank, between blank lines."""
    text = line_feed_view(text)
    start = end = None
    for s, e in _line_spans(text):
        if start is not None and text.count("\n", end, s) > 1:  # a blank line between them
            yield start, end
            start = None
        if start is None:
            start = s
        end = e
    if start is not None:
        yield start, end


def _ascii_table() -> bytes:
    """The byte table that gives :func:`line_key`'s characters for ASCII: a digit ``0``, punctuation (and ``_``)
    a space, a letter its case-folded form; built from the same tests."""
    table = bytearray(range(256))
    for b in range(128):
        ch = chr(b)
        table[b] = ord("0" if _DIGIT.match(ch) else " " if _PUNCT.match(ch) else ch.casefold())
    return bytes(table)


_ASCII_KEY = _ascii_table()


def _keyed_lines(text: str) -> Iterator[tuple[str, str, int]]:
    """(key, line, offset of the line) of every line of ``text``.

    The ASCII characters of the whole text are normalised at once, as bytes (bytes.translate leaves the bytes of
    other characters as they are and every line break where it was); a line that holds other characters is
    normalised by line_key. The same keys as line_key on every line (checked on 10,000 UN speeches, 1.6 million
    lines), 2x faster than normalising the text with the patterns."""
    text = line_feed_view(text)  # CR LF and CR line ends too (the same offsets)
    fast = text.encode("utf-8", "surrogatepass").translate(_ASCII_KEY).decode("utf-8", "surrogatepass")
    pos = 0
    for a, raw in zip(fast.split("\n"), text.split("\n"), strict=True):
        yield (" ".join(a.split()) if a.isascii() else line_key(raw)), raw, pos
        pos += len(raw) + 1


def _doc_keys(text: str, unit: str) -> set[str]:
    """The keys of a document's lines (or paragraphs), each once."""
    if unit == "line":
        keys = {k for k, _, _ in _keyed_lines(text)}
    else:
        keys = {line_key(text[s:e]) for s, e in _paragraph_spans(text)}
    keys.discard("")
    return keys


def _check_thresholds(min_docs: Any, min_share: Any, min_words: Any, unit: Any) -> None:
    check_one_of("unit", unit, UNITS)
    if isinstance(min_docs, bool) or not isinstance(min_docs, (int, np.integer)) or min_docs < 2:
        raise ValueError(f"min_docs must be a whole number of at least 2 (a line in one document is not "
                         f"repeated), got {min_docs!r}")
    if isinstance(min_share, bool) or not isinstance(min_share, (int, float, np.number)) \
            or not 0 < float(min_share) <= 1:
        raise ValueError(f"min_share must be a share of a group's documents, above 0 and at most 1 (0.5: in half "
                         f"of them), got {min_share!r}")
    if isinstance(min_words, bool) or not isinstance(min_words, (int, np.integer)) or min_words < 1:
        raise ValueError(f"min_words must be a whole number of at least 1, got {min_words!r}")


def _group_values(corpus: Any, by: Any, fn: str) -> pd.Series:
    if not isinstance(corpus, Corpus):
        raise TypeError(f"{fn} needs a Corpus (see discourse.load_corpus), got {type(corpus).__name__}"
                        + ("; a DataFrame of documents becomes one with dc.Corpus.from_dataframe(df)"
                           if isinstance(corpus, pd.DataFrame) else ""))
    docs = corpus.documents
    if not isinstance(by, str) or by not in docs.columns or by == "text":
        cols = [c for c in docs.columns if c != "text"]
        raise ValueError(f"by={by!r} is not a document column; choose one of: {_fmt(cols)} (the group whose "
                         "documents repeat a line, usually the outlet or site: 'source')")
    values = docs[by]
    if values.isna().any():
        raise ValueError(f"by={by!r}: {int(values.isna().sum())} document(s) have no value (doc_id "
                         f"{_fmt(docs['doc_id'][values.isna()], 5)}); a line is repeated within a group, so every "
                         "document needs one. Fill the column (e.g. with 'unknown') or group by another column")
    return values


def _repeated(corpus: Corpus, by: str, min_docs: int, min_share: float, min_words: int, unit: str,
              fn: str) -> tuple[pd.Series, dict[Any, dict[str, int]], dict[Any, int]]:
    """The group of every document, the keys each group repeats often enough (key -> documents holding it)
    and the number of documents of each group."""
    groups = _group_values(corpus, by, fn)
    texts = corpus.documents["text"]
    sizes = groups.value_counts(sort=False).to_dict()
    selected: dict[Any, dict[str, int]] = {}
    for g, idx in groups.groupby(groups, sort=False).groups.items():
        n = sizes[g]
        need = max(min_docs, math.ceil(min_share * n - 1e-9))
        if n < need:
            continue
        counts: Counter[str] = Counter()
        for t in texts[idx]:
            counts.update(_doc_keys(t, unit))
        keep = {k: c for k, c in counts.items() if c >= need and _n_words(k) >= min_words}
        if keep:
            selected[g] = keep
    return groups, selected, sizes


def _occurrences(corpus: Corpus, groups: pd.Series, selected: dict[Any, dict[str, int]],
                 unit: str) -> Iterator[tuple[Any, str, str, int, int]]:
    """(group, key, doc_id, start, end) of every occurrence of a selected key, in corpus order."""
    docs = corpus.documents
    for d, t, g in zip(docs["doc_id"], docs["text"], groups, strict=True):
        keys = selected.get(g)
        if not keys:
            continue
        if unit == "line":
            for k, raw, pos in _keyed_lines(t):
                if k in keys:
                    s = pos + len(raw) - len(raw.lstrip())
                    yield g, k, d, s, pos + len(raw.rstrip())
            continue
        for s, e in _paragraph_spans(t):
            k = line_key(t[s:e])
            if k in keys:
                yield g, k, d, s, e


def find_repeated_lines(corpus: Corpus, *, by: str = "source", min_docs: int = 3, min_share: float = 0.5,
                        min_words: int = 2, unit: str = "line") -> pd.DataFrame:
    """Lines (or paragraphs) that many documents of one source repeat: site furniture and boilerplate.

    A slogan under the masthead, "Follow us on Twitter and Facebook", a disclaimer paragraph, a "Related
    articles" heading or the "About Acme" paragraph that closes every press release of a company is printed on
    every page of its source; counted, its words are the source's commonest and its keywords against every
    other source. Such a line looks like prose, so :func:`discourse.clean_document`, which reads one document
    at a time, keeps it; across the documents of its source it shows itself by repeating.

    Two lines are the same line when they are equal after :func:`line_key` (case, digits, punctuation and white
    space ignored, as CCNet compares paragraphs: Wenzek et al. 2020, section 3.3). A line is listed for a group
    when it is in at least ``min_docs`` of the group's documents **and** in at least ``min_share`` of them.

    Parameters
    ----------
    corpus : Corpus
    by : str
        The document column whose values are the sources (default ``source``: the outlet or site). A line is
        counted within each group; one that several outlets print (a quotation, a wire story) is no furniture
        of any of them.
    min_docs : int
        The fewest documents of a group that must hold the line (default 3; at least 2). A group with fewer
        documents has no repeated lines.
    min_share : float
        The least share of the group's documents that must hold the line (default 0.5). Furniture is on (nearly)
        every page; ordinary phrases are not. On 10,000 UN General Debate speeches grouped by country (the
        speeches of one country over decades, which repeat formulas such as "(spoke in French)" or a closing
        blessing), no line reaches 0.32 of its country's speeches; the lines above 0.2 (12 in 200 countries) are
        such formulas and the ends of hard-wrapped sentences ("climate change."). Lower it for a source whose
        furniture is on some of its pages only (a disclaimer under the opinion pieces).
    min_words : int
        The fewest words (not numbers) a line must have (default 2): a page number or a lone "Share" is no
        evidence of furniture worth setting aside.
    unit : {'line', 'paragraph'}
        Compare lines (default), or paragraphs (runs of lines between blank lines: a disclaimer wrapped over
        several lines, as one unit).

    Returns
    -------
    DataFrame, one row per repeated line and group, the groups in order of first appearance and within a group
    the lines by ``n_docs`` (most first), then by first appearance: the group column (named as ``by``), ``unit``,
    ``text`` (the line as its first occurrence writes it), ``n_docs`` (documents of the group holding it),
    ``docs_in_group``, ``share`` (``n_docs / docs_in_group``), ``n`` (occurrences, more than ``n_docs`` where a
    document repeats it) and ``first_doc_id``. Edit it (drop the rows to keep) and pass it to
    :func:`set_aside_repeated` to set those lines aside.
    """
    _check_thresholds(min_docs, min_share, min_words, unit)
    groups, selected, sizes = _repeated(corpus, by, min_docs, min_share, min_words, unit, "find_repeated_lines")
    first: dict[tuple[Any, str], tuple[int, str, str]] = {}
    n: Counter[tuple[Any, str]] = Counter()
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"], strict=True))
    for g, k, d, s, e in _occurrences(corpus, groups, selected, unit):
        n[(g, k)] += 1
        if (g, k) not in first:
            first[(g, k)] = (len(first), d, texts[d][s:e])
    order = {g: i for i, g in enumerate(pd.unique(groups))}
    rows = []
    for (g, k), (seen, d, text) in first.items():
        nd = selected[g][k]
        rows.append((order[g], -nd, seen, g, unit, text, nd, sizes[g], nd / sizes[g], n[(g, k)], d))
    rows.sort(key=lambda r: r[:3])
    out = pd.DataFrame([r[3:] for r in rows], columns=[by, *REPEATED_COLUMNS])
    return out.astype({"n_docs": "int64", "docs_in_group": "int64", "n": "int64", "share": "float64"})


def set_aside_repeated(corpus: Corpus, repeated: pd.DataFrame | None = None, *, by: str = "source",
                       min_docs: int = 3, min_share: float = 0.5, min_words: int = 2,
                       unit: str = "line") -> Corpus:
    """A corpus whose repeated lines (:func:`find_repeated_lines`) are set aside as cleaning spans.

    Every occurrence of a repeated line becomes a span of ``corpus.set_aside`` (kind ``boilerplate``, rule
    ``repeated-line`` or ``repeated-paragraph``), so :func:`discourse.tokenize` and every count leave it out,
    ``corpus.explain(doc_id)`` shows it, and the text itself is unchanged. An occurrence that a span of cleaning
    already covers is not added again. The corpus passed in is not changed.

    Parameters
    ----------
    corpus : Corpus
    repeated : DataFrame, optional
        The lines to set aside: a table of :func:`find_repeated_lines` (the same ``by``), as it is or with the
        rows of lines to keep removed. Without it, the lines that :func:`find_repeated_lines` finds with the
        thresholds given here.
    by, min_docs, min_share, min_words, unit
        As :func:`find_repeated_lines` (``unit`` is read from the table when one is given).

    Returns
    -------
    Corpus with the same documents and the spans added to ``set_aside`` (ordered by document, then start).

    Warns
    -----
    UserWarning
        When a document's title is one of the lines set aside in it (cleaning takes a first line for the headline,
        and a slogan above every page is such a line): the title is metadata and is left as it is; the warning
        names the documents' number and the first.
    UserWarning
        When the repeated lines cover more than half of a document's characters: such a document is mostly
        text its source prints elsewhere, furniture with few words of its own or a copy of another document
        whose lines now count as furniture (``find_near_duplicates(corpus, set_aside=False)`` finds the copies on
        the whole texts). The warning names them.
    """
    if repeated is None:
        _check_thresholds(min_docs, min_share, min_words, unit)
        groups, selected, _ = _repeated(corpus, by, min_docs, min_share, min_words, unit, "set_aside_repeated")
        by_unit = {unit: selected}
    else:
        groups = _group_values(corpus, by, "set_aside_repeated")
        if not isinstance(repeated, pd.DataFrame):
            raise TypeError(f"repeated must be a table of dc.find_repeated_lines(corpus, by={by!r}), got "
                            f"{type(repeated).__name__}")
        need = [by, "unit", "text"]
        missing = [c for c in need if c not in repeated.columns]
        if missing:
            raise ValueError(f"repeated lacks the column(s) {_fmt(missing)}: pass a table of "
                             f"dc.find_repeated_lines(corpus, by={by!r}) (its columns: {_fmt([by, *REPEATED_COLUMNS])})")
        bad = sorted(set(repeated["unit"]) - set(UNITS))
        if bad:
            raise ValueError(f"repeated: unit {_fmt(bad)} is not one of {_fmt(UNITS)}")
        unknown = sorted(set(repeated[by].dropna()) - set(groups), key=str)
        if unknown:
            raise ValueError(f"repeated: the {by} value(s) {_fmt(unknown, 5)} name no group of the corpus (its "
                             f"groups: {_fmt(sorted(set(groups), key=str), 5)}); pass a table of "
                             f"dc.find_repeated_lines(corpus, by={by!r}) for this corpus")
        by_unit = {}
        for g, u, t in zip(repeated[by], repeated["unit"], repeated["text"], strict=True):
            k = line_key(str(t))
            if k:
                by_unit.setdefault(u, {}).setdefault(g, {})[k] = 0
    existing: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for d, s, e in zip(corpus.set_aside["doc_id"], corpus.set_aside["start"], corpus.set_aside["end"], strict=True):
        existing[d].append((int(s), int(e)))
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"], strict=True))
    new: list[dict[str, Any]] = []
    covered: Counter[str] = Counter()
    for u, selected in by_unit.items():
        for _, _, d, s, e in _occurrences(corpus, groups, selected, u):
            if any(a <= s and e <= b for a, b in existing[d]):
                continue
            existing[d].append((s, e))
            covered[d] += e - s
            new.append({"doc_id": d, "kind": "boilerplate", "rule": f"repeated-{u}", "start": s, "end": e,
                        "text": texts[d][s:e]})
    titled = _furniture_titles(corpus, new)
    if titled:
        d, t = titled[0]
        warnings.warn(f"{len(titled)} document(s) have for their title a line now set aside as repeated (doc_id "
                      f"{d!r}: {t!r:.80}): cleaning took the first line, the source's furniture, for the headline. "
                      "The title is left as it is; clear it where it is furniture (documents.loc[mask, 'title'] = "
                      "None)", UserWarning, stacklevel=2)
    mostly = [d for d, c in covered.items() if c > len(texts[d]) / 2]
    if mostly:
        warnings.warn(f"{len(mostly)} document(s) are mostly lines their source repeats elsewhere (over half of "
                      f"their characters set aside: doc_id {_fmt(mostly, 5)}); such a document is furniture with few "
                      "words of its own, or a copy of another whose every line now counts as repeated: "
                      "dc.find_near_duplicates(corpus, "
                      "set_aside=False) finds the copies; drop them before setting repeated lines aside, or raise "
                      "min_share", UserWarning, stacklevel=2)
    out = copy.copy(corpus)
    if new:
        pos = {d: i for i, d in enumerate(corpus.documents["doc_id"])}
        added = pd.DataFrame(new, columns=SET_ASIDE_COLUMNS)
        frames = [f for f in (corpus.set_aside, added) if len(f)]
        aside = pd.concat(frames, ignore_index=True)
        aside[["start", "end"]] = aside[["start", "end"]].astype("int64")
        where = aside["doc_id"].map(pos).fillna(-1).to_numpy()
        order = np.lexsort((aside["start"].to_numpy(), where))  # by document, then start (stable)
        out.set_aside = aside.iloc[order].reset_index(drop=True)
    return out


def _furniture_titles(corpus: Corpus, spans: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(doc_id, title) of the documents whose title is one of the lines just set aside in them."""
    keys: dict[str, set[str]] = defaultdict(set)
    for sp in spans:
        keys[sp["doc_id"]].add(line_key(sp["text"]))
    docs = corpus.documents
    return [(d, t) for d, t in zip(docs["doc_id"], docs["title"], strict=True)
            if d in keys and isinstance(t, str) and line_key(t) in keys[d]]


# ------------------------------------------------------------------------------------ near duplicates
_M64 = (1 << 64) - 1
_SKETCH_BINS = 256           # one-permutation MinHash: 256 bins of one hash (Li, Owen & Zhang 2012)
_BIN_SHIFT = np.uint64(56)   # the top 8 bits of a shingle's hash choose its bin
_VALUE_MASK = np.uint64((1 << 56) - 1)
_EMPTY = np.uint64(_M64)
_EDGES = re.compile(r"^\W+|\W+$")
_BATCH = 1_000               # documents sketched at a time (bounded memory)
_CANDIDATES_PER_BUCKET = 20  # earlier documents of one bucket a document is compared with, earliest first
# probes for a sketch's empty bins: with one shingle in 256 bins, a bin is still empty after 10,000 probes with
# probability (255/256)**10000 < 1e-16
_MAX_PROBES = 10_000
_SETS_KEPT = 1_000           # shingle sets kept for the exact comparisons
_PAIRS_BATCH = 16_384        # candidate pairs whose sketches are compared at a time (2 x 32 MB)
# the least threshold: from it up, bands of two bins or more find a pair at the threshold with probability 0.99
# (1 - (1 - 0.2**2)**128 = 0.995); below it bands of one bin were needed, in which any two texts that share a
# common phrase meet (2,000 UN speeches at 0.1: 92 s, against 1.4 s at 0.2)
MIN_THRESHOLD = 0.2
# the least containment: its candidates resemble each other at 0.5 / (3 - 0.5) = 0.2, MIN_THRESHOLD
MIN_CONTAINMENT = 0.5
_MAX_SIZE_RATIO = 2  # with containment, the larger shingle set of a pair is at most twice the smaller


def _mix(h: np.ndarray) -> np.ndarray:
    """The 64-bit finaliser of MurmurHash3 (fmix64): every bit of the result depends on every bit of ``h``."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


class _Words:
    """Stable 64-bit hashes of words: a document's words are its white-space-separated tokens, case-folded and
    without the punctuation at their edges ("Surveillance," and "surveillance" are one word); a token that is
    punctuation only is no word. The hash (BLAKE2b of the word) is the same in every process and corpus."""

    def __init__(self) -> None:
        self.cache: dict[str, int] = {}

    def _add(self, tokens: Any) -> None:
        cache = self.cache
        for tok in tokens:
            w = _EDGES.sub("", tok.casefold())
            cache[tok] = int.from_bytes(hashlib.blake2b(w.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                                        "little") | 1 if w else 0

    def of_tokens(self, docs: Sequence[list[str]], total: int) -> np.ndarray:
        """The hashes of the tokens of ``docs`` (lists of tokens, ``total`` of them), one after the other; 0
        for a token that is no word."""
        new = set(itertools.chain.from_iterable(docs))
        new.difference_update(self.cache)
        self._add(new)
        return np.fromiter(map(self.cache.__getitem__, itertools.chain.from_iterable(docs)), dtype=np.uint64,
                           count=total)

    def of_distinct(self, tokens: list[str]) -> np.ndarray:
        """The hashes of distinct tokens."""
        self._add([t for t in tokens if t not in self.cache])
        return np.fromiter(map(self.cache.__getitem__, tokens), dtype=np.uint64, count=len(tokens))


# split texts with pyarrow when it is installed (the tests switch it off to check that the pure-Python path finds
# the same)
_USE_ARROW = True


def _arrow_split(texts: Sequence[str]) -> tuple[np.ndarray, list[str], np.ndarray] | None:
    """The tokens of every text with pyarrow (C++): token codes, the distinct tokens, tokens per text; None when
    pyarrow is missing or cannot take the texts (lone surrogates are not UTF-8).

    ``pyarrow.compute.utf8_split_whitespace`` splits exactly where ``str.split`` does (for every code point:
    tests/test_scan.py) but keeps an empty string at each edge of a text that starts or ends with white space,
    which is no word here."""
    if not _USE_ARROW or not len(texts):
        return None
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:  # pragma: no cover - pyarrow is in the test environment
        return None
    try:
        split = pc.utf8_split_whitespace(pa.array(list(texts), type=pa.large_string()))
    except (pa.ArrowException, UnicodeError):
        return None
    lens = pc.list_value_length(split).to_numpy(zero_copy_only=False).astype(np.int64)
    enc = pc.dictionary_encode(split.flatten())
    return enc.indices.to_numpy(zero_copy_only=False).astype(np.int64), enc.dictionary.to_pylist(), lens


def _shingles(texts: Sequence[str], words: _Words, ngram: int) -> tuple[np.ndarray, np.ndarray]:
    """The hashes of the word ``ngram``-gram shingles of ``texts`` and the index of the text of each."""
    arrow = _arrow_split(texts)
    if arrow is not None:
        codes, distinct, lens = arrow
        w = words.of_distinct(distinct)[codes]
    else:
        toks = [t.split() for t in texts]
        lens = np.fromiter(map(len, toks), dtype=np.int64, count=len(toks))
        w = words.of_tokens(toks, int(lens.sum()))
    doc = np.repeat(np.arange(len(texts), dtype=np.int64), lens)
    keep = w != 0
    w, doc = w[keep], doc[keep]
    n = len(w) - ngram + 1
    if n <= 0:
        return np.empty(0, np.uint64), np.empty(0, np.int64)
    valid = doc[:n] == doc[ngram - 1:]
    h = w[:n].copy()
    p = np.uint64(0x9E3779B97F4A7C15)
    for i in range(1, ngram):
        h = h * p + w[i:i + n]  # (wraps modulo 2**64)
    return _mix(h[valid]), doc[:n][valid]


def _shingle_set(text: str, words: _Words, ngram: int) -> np.ndarray:
    return np.unique(_shingles([text], words, ngram)[0])


@lru_cache(maxsize=1)
def _probes() -> np.ndarray:
    """The bins an empty bin probes, attempt after attempt: row j holds hash(j, t) for t = 1 ... _MAX_PROBES,
    the same for every sketch (the same numbers as computing them where needed, 5 MB computed once)."""
    j = np.arange(_SKETCH_BINS, dtype=np.uint64)[:, None] * np.uint64(_MAX_PROBES + 1)
    t = np.arange(1, _MAX_PROBES + 1, dtype=np.uint64)[None, :]
    return (_mix(j + t) % np.uint64(_SKETCH_BINS)).astype(np.int16)


def _sketches(texts: Sequence[str], words: _Words, ngram: int) -> tuple[np.ndarray, np.ndarray]:
    """One-permutation MinHash sketches (Li, Owen & Zhang 2012, "One permutation hashing", NIPS) of every text,
    their empty bins filled by probing (Shrivastava 2017, "Optimal densification for fast and accurate minwise
    hashing", ICML), and whether the text has any shingle."""
    k = _SKETCH_BINS
    out = np.full((len(texts), k), _EMPTY, dtype=np.uint64)
    for lo in range(0, len(texts), _BATCH):
        part = texts[lo:lo + _BATCH]
        h, doc = _shingles(part, words, ngram)
        flat = out[lo:lo + len(part)].reshape(-1)
        np.minimum.at(flat, doc * k + (h >> _BIN_SHIFT).astype(np.int64), h & _VALUE_MASK)
        out[lo:lo + len(part)] = flat.reshape(len(part), k)
    has = (out != _EMPTY).any(axis=1)
    filled = out != _EMPTY
    rows, cols = np.nonzero(~filled & has[:, None])
    # an empty bin takes the value of another bin of the same sketch, chosen by probing: the t-th probe of bin j is
    # the bin hash(j, t), the same in every sketch, taken where it is not empty ("optimal densification",
    # Shrivastava 2017, ICML). Two sketches then agree in an empty bin about as often as their sets agree, which
    # copying the next bin to the right (rotation, Shrivastava & Li 2014) does not ensure for small sets: there
    # "a rose is a rose" and "a rose is a rose is a rose" (resemblance 2/3) agreed in 8 % of their bins
    # (the probes of several attempts at once where few bins are left: a text of a few shingles needs hundreds)
    original = out.copy()
    probes = _probes()
    attempt = 0
    while rows.size and attempt < _MAX_PROBES:
        step = int(min(_MAX_PROBES - attempt, max(1, (1 << 22) // rows.size)))
        probe = probes[cols, attempt:attempt + step]
        hit = filled[rows[:, None], probe]
        ok = hit.any(axis=1)
        first = probe[np.flatnonzero(ok), hit[ok].argmax(axis=1)]  # the first probe that found a value
        out[rows[ok], cols[ok]] = original[rows[ok], first]
        rows, cols = rows[~ok], cols[~ok]
        attempt += step
    return out, has


def _bands(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) for the sketch: the most rows per band (fewest chance pairs) with which a pair
    of resemblance ``threshold`` shares a band with probability at least 0.99, 1 - (1 - t**r)**b."""
    for r in range(_SKETCH_BINS, 0, -1):
        b = _SKETCH_BINS // r
        if 1 - (1 - threshold ** r) ** b >= 0.99:
            return b, r
    return _SKETCH_BINS, 1


def _kept_texts(corpus: Corpus) -> list[str]:
    """Every document's text without its set-aside spans (the pieces between them on lines of their own)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    sa = corpus.set_aside
    for d, s, e in zip(sa["doc_id"], sa["start"], sa["end"], strict=True):
        spans[d].append((int(s), int(e)))
    out = []
    for d, t in zip(corpus.documents["doc_id"], corpus.documents["text"], strict=True):
        cut = spans.get(d)
        if not cut:
            out.append(t)
            continue
        pieces, pos = [], 0
        for s, e in sorted(cut):
            if s > pos:
                pieces.append(t[pos:s])
            pos = max(pos, e)
        pieces.append(t[pos:])
        out.append("\n".join(pieces))
    return out


def find_near_duplicates(corpus: Corpus, *, threshold: float = 0.8, ngram: int = 5,
                         set_aside: bool = True, measure: str = "resemblance") -> pd.DataFrame:
    """Documents that are near copies of an earlier document, texts of any length: syndicated wire copy.

    The same wire story runs in several outlets with a new headline, a trimmed last paragraph or an editor's
    note; each copy counts its words again in every table. :func:`discourse.find_duplicates` finds exact
    copies, and near copies only up to 5,000 characters; this compares texts of any length.

    Two texts are compared by the **resemblance** of their shingles (Broder 1997, "On the resemblance and
    containment of documents"): the Jaccard similarity of their sets of word ``ngram``-grams, |A ∩ B| / |A ∪ B|,
    where a word is a white-space-separated token, case-folded, without the punctuation at its edges. A
    document is listed when its resemblance to an earlier document is at least ``threshold``; ``duplicate_of``
    is the earliest such document in corpus order (load the documents sorted by date, a DataFrame sorted before
    :func:`discourse.load_corpus`, for the first publication to be the one kept). The default 0.8 is the threshold of Lee et al. 2022 ("Deduplicating training
    data makes language models better", ACL: word 5-grams, Jaccard 0.8); a story of 800 words with a new
    headline, its last paragraph of 60 words cut and an editor's note of 20 words added resembles its original
    at about 0.89, and two speeches of one country in consecutive years, sharing their formulas, at under 0.1.

    Candidate pairs are found in about linear time with MinHash sketches (one-permutation hashing with 256
    bins, Li, Owen & Zhang 2012, empty bins filled by probing, Shrivastava 2017) cut into bands
    (locality-sensitive hashing: Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*, ch. 3.4): the
    bands are chosen so that a pair at ``threshold`` is a candidate with probability at least 0.99 (higher
    above it). The resemblance reported is then computed exactly, on the two shingle sets; a candidate whose
    sketch estimate is more than 0.15 below ``threshold`` is not computed. Each document is compared with at
    most 20 earlier documents of each band it shares (the earliest first): a story copied a thousand times
    costs a thousand comparisons, not half a million. Texts with fewer than ``ngram`` words have no shingle and
    are not compared (:func:`discourse.find_duplicates` covers short texts). The result is the same in every
    run.

    **Form letters.** A mass comment campaign (an advocacy group's letter that thousands sign and submit to a
    regulator or council, many with a sentence or two of their own and each with its own signature; Balla, Beck,
    Meehan & Prasad, "Lost in the flood?", *Regulation & Governance* 2022, online 2020) is a set of texts that each *contain* the template
    rather than resemble it: a template of 70 words with two sentences of 12 words of the signer's own resembles
    a plain copy at about 0.74, below the default threshold, though it holds all of its shingles. ``measure="containment"``
    lists a document when the share of the smaller of the two shingle sets found in the other (Broder 1997's
    containment) is at least ``threshold`` (0.5 to 1) and the larger set is at most twice the smaller: a copy
    adds at most as many words of its own as it keeps, so a letter that quotes a short comment whole is no copy
    of that comment (listed, a campaign of 300 letters was 299 copies of a two-sentence comment that all of them
    quote, and dropping them kept only its two sentences). Such pairs resemble each other at least at
    ``threshold / (3 - threshold)`` (|A ∩ B| = c|A| and |B| = 2|A| give c / (3 - c)), and the candidates are
    banded for that resemblance.

    Parameters
    ----------
    corpus : Corpus
    threshold : float
        The least resemblance, from 0.2 to 1 (default 0.8); with ``measure="containment"`` the least
        containment, from 0.5 to 1.
    ngram : int
        The words per shingle (default 5; at least 1).
    set_aside : bool
        Compare the texts without their set-aside spans (default), the words that every count reads
        (:func:`discourse.tokenize` leaves the spans out): the bylines and datelines of cleaning, and the lines
        a source repeats once :func:`set_aside_repeated` has set them aside. Short pages under a long site footer
        resemble each other by the footer alone (six briefs of 12 words under the same footer of 120: 0.83);
        web corpora run their line filters before fuzzy deduplication for this reason (RefinedWeb: Penedo et al.
        2023, "The RefinedWeb dataset for Falcon LLM", section 3). ``False`` compares the whole texts (a story
        that its source printed twice, whose every line :func:`set_aside_repeated` set aside as repeated).
    measure : {"resemblance", "containment"}
        What ``threshold`` bounds: the resemblance of the two texts (default; syndicated copies), or their
        containment (form letters with the signers' own sentences added).

    Returns
    -------
    DataFrame, one row per document that is a near copy of an earlier one, in corpus order: ``doc_id``,
    ``duplicate_of`` (the earliest earlier document it resembles at ``threshold`` or more), ``similarity`` (the
    resemblance of the two) and ``containment`` (the share of the smaller shingle set found in the other:
    1.0 where one text is a cut version of the other). To keep one document per story:
    ``corpus.subset(~corpus.documents["doc_id"].isin(find_near_duplicates(corpus)["doc_id"]))``
    (``--drop-near-duplicates`` in every command).
    """
    if not isinstance(corpus, Corpus):
        raise TypeError(f"find_near_duplicates needs a Corpus (see discourse.load_corpus), got "
                        f"{type(corpus).__name__}" + ("; a DataFrame of documents becomes one with "
                                                      "dc.Corpus.from_dataframe(df)" if isinstance(corpus, pd.DataFrame) else ""))
    check_one_of("measure", measure, ["resemblance", "containment"])
    if measure == "containment":
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float, np.number)) \
                or not MIN_CONTAINMENT <= threshold <= 1:
            raise ValueError(f"threshold must be a containment from {MIN_CONTAINMENT} to 1 with measure='containment' "
                             f"(0.8 is usual), got {threshold!r}: below {MIN_CONTAINMENT} the candidates would be "
                             f"pairs that resemble each other at under {MIN_THRESHOLD}, nearly every pair")
    elif isinstance(threshold, bool) or not isinstance(threshold, (int, float, np.number)) \
            or not MIN_THRESHOLD <= threshold <= 1:
        raise ValueError(f"threshold must be a resemblance from {MIN_THRESHOLD} to 1 (default 0.8), got {threshold!r}: "
                         "below 0.2 texts share little more than their formulas (speeches of one country in "
                         "consecutive years resemble each other at up to 0.08), and nearly every pair would have to "
                         "be compared")
    if isinstance(ngram, bool) or not isinstance(ngram, (int, np.integer)) or ngram < 1:
        raise ValueError(f"ngram must be a whole number of words, at least 1 (default 5), got {ngram!r}")
    set_aside = check_flag("set_aside", set_aside)
    threshold, ngram = float(threshold), int(ngram)
    docs = corpus.documents
    texts = _kept_texts(corpus) if set_aside and len(corpus.set_aside) else docs["text"].tolist()
    ids = docs["doc_id"].tolist()
    words = _Words()
    sketch, has = _sketches(texts, words, ngram)
    # the resemblance a candidate pair needs: with containment, that of a pair at the threshold whose larger
    # shingle set is twice the smaller
    least = threshold if measure == "resemblance" else threshold / (3 - threshold)
    n_bands, rows = _bands(least)
    n_docs = len(texts)
    found: list[np.ndarray] = []
    mult = np.uint64(0x100000001B3)
    live = np.flatnonzero(has)
    for b in range(n_bands):
        key = np.zeros(len(live), dtype=np.uint64)
        for c in range(b * rows, (b + 1) * rows):
            key = (key ^ sketch[live, c]) * mult
        order = np.argsort(key, kind="stable")
        sk = key[order]
        cuts = np.r_[0, np.flatnonzero(sk[1:] != sk[:-1]) + 1, len(sk)]
        shared = np.flatnonzero(np.diff(cuts) > 1)  # buckets of two documents or more
        for lo, hi in zip(cuts[shared], cuts[shared + 1], strict=True):
            members = live[order[lo:hi]]  # ascending: the sort is stable and live ascending
            # each member after the first with the earliest members before it, at most _CANDIDATES_PER_BUCKET
            k = np.minimum(np.arange(1, len(members)), _CANDIDATES_PER_BUCKET)
            earlier = members[np.arange(k.sum()) - np.repeat(np.cumsum(k) - k, k)]
            found.append(np.repeat(members[1:], k) * n_docs + earlier)
    if not found:
        return pd.DataFrame(columns=NEAR_DUPLICATE_COLUMNS).astype({"similarity": "float64",
                                                                    "containment": "float64"})
    codes = np.unique(np.concatenate(found))  # sorted: by the later document, then the earlier one
    pairs = np.stack([codes // n_docs, codes % n_docs], axis=1)
    # the sketch estimate of each pair, a batch of pairs at a time: all at once held two arrays of 256 hashes per
    # pair, and a campaign of many near copies has millions of pairs (20,000 comments: 1.7 million, 7 GB)
    keep = np.zeros(len(pairs), dtype=bool)
    for lo in range(0, len(pairs), _PAIRS_BATCH):
        part = pairs[lo:lo + _PAIRS_BATCH]
        est = (sketch[part[:, 0]] == sketch[part[:, 1]]).mean(axis=1)
        keep[lo:lo + len(part)] = est >= least - 0.15
    pairs = pairs[keep]
    sets: OrderedDict[int, np.ndarray] = OrderedDict()

    def shingle_set(i: int) -> np.ndarray:  # the sets of the documents compared last (bounded memory)
        s = sets.get(i)
        if s is None:
            s = sets[i] = _shingle_set(texts[i], words, ngram)
            if len(sets) > _SETS_KEPT:
                sets.popitem(last=False)
        else:
            sets.move_to_end(i)
        return s

    out = []
    done = -1
    for later, earlier in pairs.tolist():  # sorted by the later document, then the earlier one (Python ints)
        if later == done:
            continue
        a, b = shingle_set(later), shingle_set(earlier)
        inter = np.intersect1d(a, b, assume_unique=True).size
        jac = inter / (a.size + b.size - inter)
        con = inter / min(a.size, b.size)
        # (with containment, a text more than twice the other is no copy of it: a letter that quotes a short
        # comment whole is not that comment's copy, and the pairs found at the threshold are those up to twice)
        if (jac >= threshold) if measure == "resemblance" else \
                (con >= threshold and max(a.size, b.size) <= _MAX_SIZE_RATIO * min(a.size, b.size)):
            out.append((ids[later], ids[earlier], jac, con))
            done = later
    return pd.DataFrame(out, columns=NEAR_DUPLICATE_COLUMNS).astype({"similarity": "float64",
                                                                      "containment": "float64"})
