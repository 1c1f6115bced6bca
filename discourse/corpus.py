"""Corpora: loading documents from folders and files, with their metadata; cleaning is in discourse.clean.

A :class:`Corpus` holds one row per document in :attr:`Corpus.documents` (``doc_id``, ``source``,
``title``, ``author``, ``date``, ``text`` plus any extra metadata). The ``text`` is exactly what was read
from disk: it is never edited afterwards. Cleaning (news headers, bylines, photo credits, newsletter
footers) does not delete anything; it records *spans* of the text to set aside in
:attr:`Corpus.set_aside`, and :func:`discourse.tokenize` leaves those spans out. Every token, quotation
and concordance line therefore points at the same characters of the same unchanged text.

Anything that could not be loaded (an empty document, a binary file, a bad JSON line, a symbolic link out of
the corpus folder) is listed in :attr:`Corpus.skipped` and announced with a warning: nothing is dropped
silently. A metadata column that mixes numbers and strings is read as strings, with a warning
(:class:`MixedTypesWarning`; see :func:`load_corpus`). A file that cannot be read as given (a CSV row with more fields than its header, a truncated
``.gz``, undecodable bytes) raises :class:`discourse.errors.InputError` (a ``ValueError``) naming the file,
the problem and the fix, with the command-line flag that applies it.
"""

from __future__ import annotations

import codecs
import csv
import errno
import gzip
import hashlib
import html
import io
import itertools
import json
import os
import re
import warnings
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._posts import RETWEET_PREFIX
from ._privacy_notices import RULES as NOTICE_RULES
from ._util import LONE_SURROGATE, _fmt, check_flag, check_one_of, is_missing, plain_value, renamed_params
from .clean import EXPORT_SEPARATOR, clean_document, letter_signature
from .errors import InputError
from .segment import line_feed_view

__all__ = ["Corpus", "load_corpus", "concat_corpora", "find_duplicates", "iter_documents", "clean_document",
           "seeds_path", "file_format", "MixedTypesWarning"]

CORE_COLUMNS = ["doc_id", "source", "title", "author", "date", "text"]
SET_ASIDE_COLUMNS = ["doc_id", "kind", "rule", "start", "end", "text"]
SKIPPED_COLUMNS = ["file", "line", "doc_id", "reason"]
MISSING_SOURCE = "(missing)"  # the source of documents whose source value is missing
TEXT_SUFFIXES = (".txt", ".md")
FOLDER_DOCS = {"readme.md", "readme.txt", "license", "license.txt", "license.md"}
FILE_FORMATS = ("folder", "txt", "csv", "tsv", "jsonl", "parquet")


# --------------------------------------------------------------------------------------------- seeds
def seeds_path() -> Path:
    """The folder of the bundled seed corpus (inside the installed package, or the source checkout)."""
    try:
        bundled = resources.files("discourse") / "_seeds"
        if bundled.is_dir():
            return Path(str(bundled))
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - odd installs
        pass
    checkout = Path(__file__).resolve().parents[1] / "seeds"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(  # pragma: no cover - only on a broken install
        "the bundled seed corpus was not found (looked in the package's _seeds folder and in ../seeds); "
        "reinstall discourse with `pip install .` from a full checkout"
    )


# --------------------------------------------------------------------------------------------- Corpus
class Corpus:
    """A collection of documents with metadata, and the record of how it was loaded and cleaned.

    Attributes
    ----------
    documents : DataFrame
        One row per document: ``doc_id`` (str, unique), ``source`` (str, the default grouping: outlet,
        speaker, party...), ``title``, ``author`` (str or missing), ``date`` (datetime64 or NaT),
        ``text`` (str, exactly as loaded), then any extra metadata columns in the order given.
    set_aside : DataFrame
        Spans of text that cleaning sets aside (left out of tokens), one row per span: ``doc_id``,
        ``kind`` (title, byline, date, outlet, caption, boilerplate, apparatus), ``rule`` (the rule's name),
        ``start``, ``end`` (character offsets into the document's ``text``), ``text`` (the span).
    skipped : DataFrame
        What could not be loaded, one row per item: ``file``, ``line`` (for line-based formats),
        ``doc_id``, ``reason``.
    name : str
        A label for reports (the folder or file name).
    """

    def __init__(self, documents: pd.DataFrame, *, set_aside: pd.DataFrame | None = None,
                 skipped: pd.DataFrame | None = None, name: str = "corpus", clean: bool = False,
                 origin: str | None = None) -> None:
        self.documents = documents.reset_index(drop=True)
        self.set_aside = (set_aside if set_aside is not None else pd.DataFrame(columns=SET_ASIDE_COLUMNS))
        self.skipped = skipped if skipped is not None else pd.DataFrame(columns=SKIPPED_COLUMNS)
        self.name = name
        self.cleaned = clean
        self.origin = origin

    # -- constructors
    @classmethod
    def from_dataframe(cls, df: pd.DataFrame, *, text: str = "text", doc_id: str | None = "doc_id",
                       source: str | None = "source", title: str | None = "title",
                       author: str | None = "author", date: str | None = "date", clean: bool = True,
                       name: str = "corpus", origin: str | None = None, html_entities: bool = True,
                       infer_types: bool = False) -> Corpus:
        """Build a corpus from a DataFrame with one row per document.

        Parameters name the columns to use: ``text`` is required; ``doc_id`` defaults to the
        ``doc_id`` column when present, otherwise documents are numbered ``0, 1, ...``; ``source``,
        ``title``, ``author`` and ``date`` are taken from the named columns when present (a named column
        that does not exist is an error, unless it is the default name). Other columns are kept as
        metadata. ``clean=True`` runs :func:`clean_document` on every text (see ``Corpus.set_aside``).
        ``html_entities=True`` decodes HTML character references ("&amp;" -> "&"), with a warning (see
        :func:`load_corpus`). ``infer_types=True`` reads a metadata column of strings that holds only numbers as
        numbers, as :func:`load_corpus` reads a CSV file's (default False: a DataFrame keeps its dtypes).

        Empty texts are skipped and reported in ``Corpus.skipped``; duplicate doc ids are an error.
        """
        if not isinstance(df, pd.DataFrame):
            raise TypeError(f"from_dataframe needs a pandas DataFrame, got {type(df).__name__}")
        clean, html_entities = check_flag("clean", clean), check_flag("html_entities", html_entities)
        infer_types = check_flag("infer_types", infer_types)
        return _build(df, text=text, doc_id=doc_id, source=source, title=title, author=author, date=date,
                      clean=clean, name=name, origin=origin, skipped=[], defaults=_DEFAULT_NAMES,
                      html_entities=html_entities, infer_types=infer_types)

    # -- views
    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        n_src = self.documents["source"].nunique()
        return (f"<Corpus {self.name!r}: {len(self)} documents, {n_src} sources, "
                f"{len(self.set_aside)} spans set aside, {len(self.skipped)} items skipped>")

    @property
    def metadata(self) -> pd.DataFrame:
        """``documents`` without the ``text`` column."""
        return self.documents.drop(columns=["text"])

    def hash(self) -> str:
        """SHA-256 over every document column (text and metadata), in document order: the corpus fingerprint
        used in provenance files.

        The serialisation is canonical: the column names in sorted order; for each column in that order the
        JSON array of its values (missing values as ``null``, dates as ISO 8601 strings, numbers tagged as
        numbers, so ``"1"`` and ``1`` differ); then every text with its length. So the same texts with other
        sources, dates or any other metadata give another hash, and the same documents give the same hash
        whatever the column order.
        """
        docs = self.documents
        by_name = {str(c): c for c in docs.columns if c != "text"}
        meta_cols = sorted(by_name)
        h = hashlib.sha256()
        h.update(json.dumps(["discourse-corpus-v2", len(docs), meta_cols], ensure_ascii=False).encode("utf-8") + b"\n")
        for c in meta_cols:
            values = [_canonical(v) for v in docs[by_name[c]]]
            h.update(json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
        for t in docs["text"]:
            body = t.encode("utf-8")
            h.update(str(len(body)).encode() + b"\x00" + body + b"\x01")
        return h.hexdigest()

    def explain(self, doc_id: str) -> pd.DataFrame:
        """The spans cleaning set aside in one document (rows of ``set_aside``)."""
        if doc_id not in set(self.documents["doc_id"]):
            raise ValueError(f"doc_id {doc_id!r} is not in this corpus; first ids: "
                             f"{_fmt(self.documents['doc_id'].head(10))}")
        return self.set_aside[self.set_aside["doc_id"] == doc_id].reset_index(drop=True)

    def subset(self, mask) -> Corpus:
        """A new corpus with the documents where ``mask`` (a boolean Series over ``documents``, or a boolean
        array or list with one value per document) is true.

        Anything else is a TypeError or ValueError saying what a mask is and how to keep documents by id
        (``documents["doc_id"].isin(ids)``): a list of ids or a mask of another length had reached pandas, which
        read ids as column names (a KeyError) or the wrong rows."""
        docs_all = self.documents
        how = (f"give a boolean mask over corpus.documents ({len(docs_all):,} documents), e.g. "
               "corpus.documents['source'] == 'BBC', or to keep documents by id, "
               "corpus.documents['doc_id'].isin(ids)")
        if isinstance(mask, pd.Series):
            same = mask.index.equals(docs_all.index) or (mask.index.is_unique and len(mask) == len(docs_all)
                                                          and mask.index.isin(docs_all.index).all())
            if not same:
                raise ValueError(f"mask is a Series whose index is not that of corpus.documents; {how}")
            values = mask.reindex(docs_all.index)  # (the same rows in another order: aligned, as pandas does)
        elif isinstance(mask, (np.ndarray, list, tuple, pd.api.extensions.ExtensionArray)):
            values = pd.Series(mask, index=docs_all.index) if len(mask) == len(docs_all) else None
            if values is None:
                raise ValueError(f"mask has {len(mask):,} values for {len(docs_all):,} documents; {how}")
        else:
            raise TypeError(f"mask must be a boolean Series, array or list, got {type(mask).__name__}: "
                            f"{mask!r:.80}; {how}")
        if not pd.api.types.is_bool_dtype(values.dtype):
            raise TypeError(f"mask must hold booleans (True keeps a document), got dtype {values.dtype}; {how}")
        if values.isna().any():
            raise ValueError(f"mask has {int(values.isna().sum()):,} missing values; fill them (mask.fillna(False)) "
                             f"to say whether those documents are kept")
        docs = docs_all[values.to_numpy(dtype=bool)].reset_index(drop=True)
        keep = set(docs["doc_id"])
        aside = self.set_aside[self.set_aside["doc_id"].isin(keep)].reset_index(drop=True)
        return Corpus(docs, set_aside=aside, skipped=self.skipped, name=self.name, clean=self.cleaned,
                      origin=self.origin)


    @renamed_params(size="chunksize")
    def batches(self, chunksize: int = 1000, *, max_chars: int | None = None) -> Iterator[Corpus]:
        """Consecutive sub-corpora, in order, for bounded memory or parallel work: each holds at most
        ``chunksize`` documents and, with ``max_chars``, about that many characters of text (at least one
        document): the ``chunksize`` and ``max_chars`` of :func:`discourse.iter_corpus` and the streaming
        counters (``size=``, its name before, still works with a DeprecationWarning).

        The one way the package cuts a corpus: :func:`discourse.tokenize` with ``n_jobs``, the streaming
        counters and the ``discourse corpus`` command all use it.
        """
        for p, v in (("chunksize", chunksize), ("max_chars", max_chars)):
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 1):
                raise ValueError(f"{p} must be a positive integer, got {v!r}")
        docs_all = self.documents
        lens = np.fromiter((len(t) if isinstance(t, str) else 0 for t in docs_all["text"]), dtype=np.int64,
                           count=len(docs_all))
        aside = self.set_aside
        lo = 0
        while lo < len(docs_all):
            k = min(chunksize, len(docs_all) - lo)
            if max_chars is not None:
                cum = np.cumsum(lens[lo:lo + k])
                k = max(1, min(int(np.searchsorted(cum, max_chars, side="right")), k))
            docs = docs_all.iloc[lo:lo + k].reset_index(drop=True)
            part = aside[aside["doc_id"].isin(set(docs["doc_id"]))] if len(aside) else aside
            yield Corpus(docs, set_aside=part.reset_index(drop=True), skipped=self.skipped, name=self.name,
                         clean=self.cleaned, origin=self.origin)
            lo += k


def _canonical(value: Any) -> Any:
    """A JSON-ready, type-stable form of one metadata value for :meth:`Corpus.hash`."""
    if isinstance(value, str):
        return value
    if is_missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return {"t": value.isoformat()}
    if hasattr(value, "isoformat"):
        return {"t": value.isoformat()}
    if hasattr(value, "item") and not isinstance(value, (list, tuple, dict, str, bytes)):
        try:
            value = value.item()  # numpy scalar
        except (ValueError, TypeError):
            return {"r": repr(value)}
    if isinstance(value, bool):
        return {"b": value}
    if isinstance(value, (int, float)):
        return {"n": repr(value)}
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return {"x": value.hex()}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if isinstance(value, dict):
        return {"d": [[str(k), _canonical(v)] for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))]}
    return {"r": repr(value)}


_DEFAULT_NAMES = {"doc_id": "doc_id", "source": "source", "title": "title", "author": "author", "date": "date"}


# ----------------------------------------------------------------------------------- mixed-type metadata
class MixedTypesWarning(UserWarning):
    """A metadata column mixes numbers, strings and booleans; its numbers and booleans were read as strings."""


_NUMBER_TYPES = (int, float, np.integer, np.floating)


def _kind_of_type(t: type) -> str | None:
    """The kind of a metadata value by its type: ``'string'``, ``'bool'``, ``'number'`` or None (missing
    values and other objects, which are left as they are)."""
    if issubclass(t, str):
        return "string"
    if issubclass(t, (bool, np.bool_)):
        return "bool"
    if issubclass(t, _NUMBER_TYPES):
        return "number"
    return None


def value_kinds(values: pd.Series) -> dict[str, list]:
    """``{kind: [count, first value]}`` of a column's non-missing strings, numbers and booleans.

    Nothing but a count for a column of one dtype (numbers, booleans, strings); one pass over the values of
    an ``object`` column (the only kind of column that can mix them)."""
    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype):  # the values' own dtype
        values = values.astype(dtype.categories.dtype)
        dtype = values.dtype
    if not pd.api.types.is_object_dtype(dtype):
        if pd.api.types.is_bool_dtype(dtype):
            kind = "bool"
        elif pd.api.types.is_numeric_dtype(dtype):
            kind = "number"
        elif pd.api.types.is_string_dtype(dtype):
            kind = "string"
        else:
            return {}
        first = values.first_valid_index()
        return {} if first is None else {kind: [int(values.notna().sum()), values[first]]}
    kinds: dict[str, list] = {}
    kind_of: dict[type, str | None] = {}
    for v in values.to_numpy():
        t = type(v)
        k = kind_of.get(t, "?")
        if k == "?":
            k = kind_of[t] = _kind_of_type(t)
        if k is None or (k == "number" and v != v):  # missing (None, NaN, NA) or another object
            continue
        seen = kinds.get(k)
        if seen is None:
            kinds[k] = [1, v]
        else:
            seen[0] += 1
    return kinds


def add_kinds(into: dict[str, dict[str, list]], kinds: dict[str, dict[str, list]]) -> None:
    """Add the ``{column: {kind: [count, first value]}}`` of a later chunk to those of the chunks before it."""
    for c, ks in kinds.items():
        acc = into.setdefault(c, {})
        for k, (n, first) in ks.items():
            if k in acc:
                acc[k][0] += n
            else:
                acc[k] = [n, first]


def printed(value: Any) -> Any:
    """The printed form of a number or boolean of a mixed metadata column (``2000`` and ``2000.0`` -> ``'2000'``,
    ``2000.5`` -> ``'2000.5'``, ``True`` -> ``'True'``); strings, missing values and other objects unchanged."""
    k = _kind_of_type(type(value))
    if k == "bool":
        return str(bool(value))
    if k != "number" or value != value:
        return value
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def as_text(values: pd.Series) -> pd.Series:
    """A mixed column with its numbers and booleans as their printed form (:func:`printed`); missing values stay
    missing, and the column takes the dtype pandas gives a column of strings."""
    return pd.Series([printed(v) for v in values.to_numpy(dtype=object)], index=values.index, name=values.name)


#: what :func:`mixed_message` says of a column read in chunks (:func:`discourse.stream.iter_corpus`)
_IN_CHUNKS = (" in the chunks that also held strings (a chunk that held only numbers kept them: each chunk is read "
              "on its own)")


def mixed_message(column: str, kinds: dict[str, list], *, in_chunks: bool = False) -> str:
    """The warning for a metadata column whose values mix kinds (``kinds`` as :func:`value_kinds` gives);
    ``in_chunks``: the column was read chunk by chunk, each chunk on its own."""
    order = [k for k in ("number", "string", "bool") if k in kinds]
    plural = {"number": "numbers", "string": "strings", "bool": "booleans"}
    parts = [f"{kinds[k][0]} {plural[k]} (such as {shown_value(kinds[k][1])})" for k in order]
    held = ", ".join(parts[:-1]) + " and " + parts[-1]
    moved = [k for k in order if k != "string"]
    n = sum(kinds[k][0] for k in moved)
    example = next(k for k in moved)
    return (f"metadata column {column!r} mixes {held}: the {n} {' and '.join(plural[k] for k in moved)} "
            f"were read as strings{_IN_CHUNKS if in_chunks else ''}, their printed form (such as "
            f"{printed(kinds[example][1])!r}), so that values "
            "that print the same are one group. Fix: make the column one type before loading (write every value "
            f"the same way in the file, or df[{column!r}] = df[{column!r}].astype(str))")


def shown_value(value: Any) -> str:
    """A value of a warning: a string quoted, a number or boolean as printed (``2000``, not ``np.int64(2000)``)."""
    return repr(value) if isinstance(value, str) else printed(value)


def _one_type(out: pd.DataFrame, columns: list[str]) -> dict[str, dict[str, list]]:
    """Read the numbers and booleans of every metadata column that mixes them with strings (or with each
    other) as strings, with a warning per column; return ``{column: kinds}`` of the columns as they were."""
    found: dict[str, dict[str, list]] = {}
    for c in columns:
        kinds = value_kinds(out[c])
        if kinds:
            found[c] = kinds
        if len(kinds) > 1:
            out[c] = as_text(out[c])
            warnings.warn(mixed_message(c, kinds), MixedTypesWarning, stacklevel=4)
    return found


# An HTML character reference written out in full: named ("&amp;", "&quot;") or numeric ("&#39;", "&#x27;"),
# with its closing semicolon. Exports of social media and scraped comments carry them where the platform
# escaped the text for a web page (Twitter's API gives "&amp;", "&lt;", "&gt;"). Left as they are, "&amp;"
# was the word "amp" (and "&quot;" the word "quot") in every count, keyness table and topic, and "&quot;Smart&quot;"
# was no quotation. Legacy references without a semicolon ("&copy", which html.unescape also decodes) are left
# alone: "&not" or "&para" are as likely the start of a word after an ampersand in plain text.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decode_entities(texts: pd.Series, name: str) -> pd.Series:
    """The texts with their HTML character references decoded (``html.unescape`` of each one, once: "&amp;amp;"
    gives "&amp;", as a browser shows it), and a warning counting the documents and references decoded.

    This is the decoding of the text's encoding, as a byte-order mark or ``encoding=`` are: what the author
    wrote is "&", not "&amp;" (WHATWG HTML, 13.1.4 "Character references"). A reference that names no
    character ("&notanentity;") is left as written."""
    n_docs = n_refs = 0
    first = None
    decoded = []
    for t in texts:
        if "&" in t and ";" in t:
            count = 0

            def one(m: re.Match) -> str:
                nonlocal count
                out = html.unescape(m.group())
                count += out != m.group()
                return out

            new = _ENTITY.sub(one, t)
            if count:
                n_docs += 1
                n_refs += count
                first = first or next(m.group() for m in _ENTITY.finditer(t) if html.unescape(m.group()) != m.group())
            t = new
        decoded.append(t)
    if n_refs:
        warnings.warn(f"{name!r}: HTML character references decoded in {n_docs} document(s) ({n_refs} reference(s), "
                      f"first {first!r}): the text now holds the characters they stand for ('&amp;' -> '&'), so "
                      "they are not counted as words. Pass html_entities=False (--keep-entities) to keep them as "
                      "written", UserWarning, stacklevel=4)
    return pd.Series(decoded, index=texts.index, dtype=object)


_NON_WORD = re.compile(r"[\W_]+")
DUPLICATE_COLUMNS = ["doc_id", "duplicate_of", "kind"]
# near duplicates and retweets are looked for among texts up to this length (posts and comments, where copies
# are common): their key reads every character again, 13 s for 74 MB of UN speeches, which are never retweets;
# longer texts are compared character for character only
NEAR_DUPLICATE_MAX_CHARS = 5_000


# a hyphen, then a line end (LF, CR LF or CR) with the white space around it: where a word broken at a line end goes
# on (_broken_words reads the letters on either side)
_LINE_END_HYPHEN = re.compile(r"-[ \t]*(?:\r\n?|\n)[ \t]*")
#: the rejoining the warning of _warn_broken_words names: the hyphen and the line end out, the line end after the word
REJOIN_BROKEN_WORDS = (r"(?<=[^\W\d_])-[ \t]*\n[ \t]*([a-z][\w'’]*)", r"\1\n")


#: first parts of compounds that keep their hyphen (Chicago Manual of Style, 17th ed., 7.89: "self-", "all-", "ex-",
#: "quasi-" are always hyphenated) and the tens of compound numbers ("twenty-one" to "ninety-nine", 9.6): a line end
#: after such a part and its hyphen breaks a compound at its own hyphen, not a word between syllables
#: a compound written with its hyphen on one line ("decision-making")
_HYPHENATED = re.compile(r"[^\W\d_]+-[^\W\d_]+")
_HYPHEN_FIRST_PARTS = frozenset("self all ex quasi twenty thirty forty fifty sixty seventy eighty ninety".split())


def _broken_words(text: str, compounds: set[str] | frozenset[str] = frozenset()) -> list[int]:
    """Where ``text`` holds a word broken by a hyphen at a line end: a letter, the hyphen, the line end, then a
    lower-case letter ("shop-" / "pers"). That is how a justified narrow column breaks a word between syllables.

    A compound broken at its own hyphen goes on as it was written and is not counted: before a capital ("Non-" /
    "Aligned"), after a first part that always keeps its hyphen (:data:`_HYPHEN_FIRST_PARTS`: "self-" /
    "determination", "sixty-" / "first"), or where the text writes the same compound with its hyphen on one line
    elsewhere ("peace-" / "keeping" beside "peace-keeping"), or where another text of the corpus does (``compounds``,
    lower-case "left-right" forms: :func:`_warn_broken_words` collects them): the corpus's own spelling decides, as
    the dehyphenation of digitised text decides by the vocabulary of its collection. On UN General Debate
    speeches most breaks are such compounds ("non-", "self-", "peace-", "well-", "long-"), which the warning had
    counted as OCR breaks and whose suggested rejoining would have spelt "selfdetermination"."""
    if "-" not in text:
        return []
    found = []
    low = None
    for m in _LINE_END_HYPHEN.finditer(text):
        s, e = m.start(), m.end()
        if not (s > 0 and e < len(text) and text[s - 1].isalpha() and text[e].islower()):
            continue
        a = s
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        b = e
        while b < len(text) and text[b].isalpha():
            b += 1
        left, right = text[a:s].lower(), text[e:b].lower()
        if left in _HYPHEN_FIRST_PARTS or f"{left}-{right}" in compounds:
            continue
        if low is None:
            low = text.lower()
        if re.search(rf"(?<![^\W\d_]){re.escape(left)}-{re.escape(right)}(?![^\W\d_])", low) is not None:
            continue
        found.append(s)
    return found


def _warn_broken_words(doc_ids: list, texts: list[str], name: str) -> None:
    """Warn where documents hold words broken by a hyphen at a line end (:func:`_broken_words`), as the text of
    scanned newspapers and books (OCR) and hard-wrapped PDF text keep them. The tokens are the text's (offsets into
    it, which is never edited), so "pub-" / "lic" is read as "pub", "-", "lic": two fragments that no lexicon word
    or phrase matches ("public safety" is not found) and that count as words of their own in keyness and topics.
    Rejoining them is an edit of the text whose rule the user should choose (a compound broken at a line end,
    "self-" / "evident", loses its hyphen), so it is named, not done: removing the hyphen of such a break is the
    usual step of OCR post-correction (dehyphenation)."""
    per_doc = [(d, t, b) for d, t in zip(doc_ids, texts, strict=True) if (b := _broken_words(t))]
    if not per_doc:
        return
    # the compounds the other texts write with their hyphen on one line ("decision-making" in one speech, "decision-"
    # / "making" in another), in one pass over the texts
    if len(texts) > 1:
        compounds = {w.lower() for t in texts if "-" in t for w in _HYPHENATED.findall(t)}
        per_doc = [(d, t, b) for d, t, _ in per_doc if (b := _broken_words(t, compounds))]
        if not per_doc:
            return
    d, t, b = per_doc[0]
    s = b[0]
    e = _LINE_END_HYPHEN.match(t, s).end()
    left = re.search(r"[^\W\d_]+$", t[max(0, s - 30):s]).group()
    right = re.match(r"[^\W\d_]+", t[e:e + 30]).group()
    pattern, repl = REJOIN_BROKEN_WORDS
    warnings.warn(f"{len(per_doc)} document(s) of {name!r} hold {sum(len(x) for *_, x in per_doc)} word(s) broken by "
                  f"a hyphen at a line end, as OCR text of scanned pages keeps them (first: {left + '-' + chr(10) + right!r} "
                  f"in doc_id {d!r}): each is read as two fragments ({left!r}, {right!r}), which no lexicon entry "
                  f"matches and which count as words of their own. Rejoin them before loading, e.g. "
                  f"df['text'].str.replace(r\"{pattern}\", r\"{repl}\", regex=True) (a compound broken at its hyphen "
                  "then loses it)", UserWarning, stacklevel=4)


def _duplicate_rows(doc_ids: Sequence[str], texts: Sequence[str]) -> list[tuple[str, str, str]]:
    """(doc_id, duplicate_of, kind) of every document that repeats an earlier one: see :func:`find_duplicates`."""
    first_exact: dict[str, str] = {}
    first_key: dict[str, str] = {}
    rows = []
    for d, t in zip(doc_ids, texts, strict=True):
        if t in first_exact:
            rows.append((d, first_exact[t], "exact"))
            continue
        first_exact[t] = d
        if len(t) > NEAR_DUPLICATE_MAX_CHARS:
            continue
        key, retweet = _near_key(t)
        if not key:
            continue
        if key in first_key:
            rows.append((d, first_key[key], "retweet" if retweet else "near"))
        else:
            first_key[key] = d
    return rows


def _near_key(text: str) -> tuple[str, bool]:
    """The words a near duplicate shares (letters and digits, case-folded, after a leading retweet prefix and
    before a letter's closing and signature block), and whether the text opened with that prefix:
    :func:`_duplicate_rows` and :func:`duplicate_key_hashes` read one relation. The copies of a form letter (a
    comment campaign's template sent unchanged by each signer, Balla et al. 2022) differ only in the signature,
    which cleaning sets aside (:func:`discourse.clean.letter_signature`): without it, no such copy was found."""
    m = RETWEET_PREFIX.match(text)
    body = text[m.end():] if m else text
    sig = letter_signature(body)
    if sig is not None:
        body = body[:sig[0]]
    return _NON_WORD.sub(" ", body.casefold()).strip(), m is not None


def duplicate_key_hashes(texts: Sequence[str]) -> np.ndarray:
    """One 64-bit hash per text, equal for two texts exactly when :func:`find_duplicates` reads one as repeating the
    other: the words after a retweet prefix, case-folded, for texts up to ``NEAR_DUPLICATE_MAX_CHARS``; the text
    itself for longer ones and for texts with no word. The streamed readers count repeats across chunks with them
    (``len(hashes) - len(unique)`` is the number of documents that repeat another, in any order), 8 bytes a
    document."""
    # (a key has word characters only, and at most NEAR_DUPLICATE_MAX_CHARS of them; a text taken as itself is longer
    # or has none: no key equals such a text, so one hash space serves both. blake2b of the UTF-8 bytes, 8 bytes:
    # deterministic in every process, unlike hash(), and ten times faster than pandas' hash_array on long texts)
    out = np.empty(len(texts), dtype=np.int64)
    for i, t in enumerate(texts):
        key = _near_key(t)[0] if len(t) <= NEAR_DUPLICATE_MAX_CHARS else ""
        digest = hashlib.blake2b((key or t).encode("utf-8", "surrogatepass"), digest_size=8).digest()
        out[i] = int.from_bytes(digest, "little", signed=True)
    return out


def find_duplicates(corpus: Corpus) -> pd.DataFrame:
    """Documents that repeat an earlier document of the corpus, one row each, in corpus order.

    Social-media exports hold the same post many times: copies, retweets ("RT @user: <the post>") and posts
    that differ only in case, punctuation, emoji or white space. Each such document counts its words again in
    every count, keyness table, balance and topic, so a post retweeted 50 times weighs 51 times. Whether that
    is right (retweets as amplification) or not (one text, one voice) is the researcher's choice; the corpus
    keeps them and :func:`load_corpus` warns with their number.

    A document repeats the first earlier document whose text, after a leading retweet prefix is removed,
    has the same words (letters and digits, case-folded; punctuation, emoji and white space ignored, and a
    letter's closing and signature block at its end, which cleaning sets aside: the copies of a form letter that
    each signer sent under their own name, :func:`discourse.clean.letter_signature`). Texts
    longer than 5,000 characters (``NEAR_DUPLICATE_MAX_CHARS``: articles, speeches) are found only when they
    repeat an earlier text exactly; :func:`discourse.find_near_duplicates` finds near copies of texts of any
    length (a wire story with a new headline or a cut paragraph).

    Returns
    -------
    DataFrame with ``doc_id``, ``duplicate_of`` (the first document with that text) and ``kind``:
    ``exact`` (the same text character for character), ``retweet`` (a retweet prefix before the same words)
    or ``near`` (the same words otherwise: case, punctuation, emoji, a letter's signature). To keep one document per text:
    ``corpus.subset(~corpus.documents["doc_id"].isin(find_duplicates(corpus)["doc_id"]))``.
    """
    if not isinstance(corpus, Corpus):  # (a DataFrame had failed inside pandas: no attribute 'documents')
        raise TypeError(f"find_duplicates needs a Corpus (see discourse.load_corpus), got {type(corpus).__name__}"
                        + ("; a DataFrame of documents becomes one with dc.Corpus.from_dataframe(df)"
                           if isinstance(corpus, pd.DataFrame) else ""))
    docs = corpus.documents
    rows = _duplicate_rows(docs["doc_id"].tolist(), docs["text"].tolist())
    return pd.DataFrame(rows, columns=DUPLICATE_COLUMNS)


def _words_outside(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does ``text`` have a word character outside ``spans``?"""
    pos = 0
    for s, e in sorted(spans):
        if re.search(r"\w", text[pos:s]):
            return True
        pos = max(pos, e)
    return re.search(r"\w", text[pos:]) is not None


def _build(df: pd.DataFrame, *, text: str, doc_id: str | None, source: str | None, title: str | None,
           author: str | None, date: str | None, clean: bool, name: str, origin: str | None,
           skipped: list[dict[str, Any]], defaults: dict[str, str], file_column: str | None = None,
           html_entities: bool = True, infer_types: bool = False) -> Corpus:
    if text not in df.columns:
        problem, fix = _delimiter_hint(df.columns)
        raise ValueError(f"text column {text!r} not found; the columns are: {_fmt(df.columns, 40)}{problem}. " +
                         (f"Fix: {fix}" if fix else "Pass text='<column>' (--text <column>) to name the column "
                          "holding the documents' text."))
    named = {"doc_id": doc_id, "source": source, "title": title, "author": author, "date": date}
    for role, col in named.items():
        if col is not None and col not in df.columns and col != defaults.get(role):
            flag = f" (--{role.replace('_', '-')})"
            raise ValueError(f"{role}={col!r}: no such column; the columns are: {_fmt(df.columns, 40)}. Name an "
                             f"existing column{flag}" + (", or doc_id=None (--doc-id none) to number the documents"
                                                         if role == "doc_id" else ""))
    df = df.reset_index(drop=True)
    _floats_of_ids(df, [c for c in df.columns if c not in (text, date)], name)
    out = pd.DataFrame(index=df.index)
    if doc_id is not None and doc_id in df.columns:
        ids = df[doc_id]
        if ids.isna().any():
            rows = list(ids.index[ids.isna()][:5])
            raise ValueError(f"doc_id column {doc_id!r} has missing values (rows {rows}); fill them or pass "
                             "doc_id=None (--doc-id none) to number the documents")
        out["doc_id"] = ids.astype(str)
    else:
        out["doc_id"] = [str(i) for i in range(len(df))]
    dup = out["doc_id"][out["doc_id"].duplicated()]
    if len(dup):
        files = ""
        if file_column is not None and file_column in df.columns:
            # a folder's ids are file names without suffix: "a.txt" and "a.md" are both "a"
            same = df[file_column][out["doc_id"].isin(set(dup))]
            files = f" (from the files {_fmt(sorted(same.astype(str)))}: a file's doc id is its name without suffix)"
        raise ValueError(f"duplicate doc ids: {_fmt(sorted(set(dup)))}{files}; doc ids must be unique. Deduplicate "
                         "the documents, or pass doc_id=None (--doc-id none) to number them 0, 1, ...")

    def col(role: str) -> pd.Series:
        c = named[role]
        if c is not None and c in df.columns:
            return df[c]
        return pd.Series([None] * len(df), index=df.index, dtype=object)

    out["source"] = col("source")
    out["title"] = col("title")
    out["author"] = col("author")
    out["date"] = col("date")
    texts = df[text]
    missing = texts.map(is_missing).astype(bool)
    bad_type = texts.map(lambda t: not isinstance(t, str)).astype(bool) & ~missing
    if bad_type.any():
        i = int(bad_type.idxmax())
        where = f"{origin}: " if origin else ""
        raise TypeError(f"{where}text column {text!r} must hold strings; row {i} (doc_id {out['doc_id'][i]!r}) holds "
                        f"{type(texts[i]).__name__}: {texts[i]!r:.60} ({int(bad_type.sum())} such row(s)). Fix: "
                        "store the text as strings (e.g. df[col].astype(str) before saving), or name the column "
                        "that holds the text with text='<column>' (--text <column>)")
    out["text"] = texts.where(~missing, "").astype(object)
    if html_entities:
        out["text"] = _decode_entities(out["text"], name)
    used = {c for c in named.values() if c is not None} | {text}
    renamed: dict[str, str] = {}
    for c in df.columns:
        if c not in used and c not in out.columns:
            out[c] = df[c]
        elif c not in used and c in out.columns:
            # a column named like one the corpus gives another column ("date" beside date="publish_date")
            out[f"meta_{c}"] = df[c]
            renamed[c] = f"meta_{c}"
    if renamed:
        given = {**named, "text": text}
        shown = "; ".join(f"{c!r} -> {m!r} (" + (f"{c!r} holds the column {c}={given[c]!r} names)"
                                                 if given.get(c) is not None else f"{c}=None fills {c!r})")
                          for c, m in renamed.items())
        warnings.warn(f"{name!r}: column(s) renamed: {shown}. To use such a column instead, name it with that "
                      "option; or rename it before loading", UserWarning, stacklevel=3)

    _containers_as_text(out, [c for c in out.columns if c not in ("doc_id", "date", "text")], name)
    _strip_labels(out, [c for c in out.columns if c not in ("doc_id", "date", "text")], name)
    _excel_exponents(out, [c for c in out.columns if c not in ("date", "text")], name)
    if infer_types:
        _numbers_as_numbers(out, [c for c in out.columns if c not in CORE_COLUMNS and c != file_column], name)

    # all white space (str.isspace uses the same definition of white space as str.strip) without the
    # stripped copy of every text that .str.strip() makes
    empty = pd.Series([not t or t.isspace() for t in out["text"]], index=out.index, dtype=bool)
    if empty.any():
        for i in out.index[empty]:
            skipped.append({"file": df[file_column][i] if file_column else origin, "line": None,
                            "doc_id": out["doc_id"][i], "reason": "empty text"})
        out = out[~empty].reset_index(drop=True)

    dup = _duplicate_rows(out["doc_id"].tolist(), out["text"].tolist())
    if dup:
        kinds_n = Counter(k for _, _, k in dup)
        warnings.warn(f"{len(dup)} document(s) repeat an earlier one in {name!r} ({kinds_n['exact']} exact, "
                      f"{kinds_n['retweet']} retweet(s), {kinds_n['near']} near: the same words up to case, "
                      f"punctuation, emoji and a letter's closing and signature; first: doc_id {dup[0][0]!r} repeats {dup[0][1]!r}); each counts "
                      "again in every table. They are kept: dc.find_duplicates(corpus) lists them; drop them "
                      "(--drop-duplicates) if each text should count once", UserWarning, stacklevel=3)

    _warn_broken_words(out["doc_id"].tolist(), out["text"].tolist(), name)

    aside: list[dict[str, Any]] = []
    if clean:
        titles, authors, dates, sources = [], [], [], []
        for d, t in zip(out["doc_id"], out["text"], strict=True):
            res = clean_document(t, d)
            aside.extend(res.spans)
            titles.append(res.fields.get("title"))
            authors.append(res.fields.get("author"))
            dates.append(res.fields.get("date"))
            sources.append(res.fields.get("outlet"))
        out["title"] = out["title"].where(out["title"].notna(), pd.Series(titles, index=out.index, dtype=object))
        out["author"] = out["author"].where(out["author"].notna(), pd.Series(authors, index=out.index, dtype=object))
        out["date"] = out["date"].where(out["date"].notna(), pd.Series(dates, index=out.index, dtype=object))
        if source is None or source not in df.columns:
            out["source"] = out["source"].where(out["source"].notna(),
                                                pd.Series(sources, index=out.index, dtype=object))
        sponsored = list(dict.fromkeys(sp["doc_id"] for sp in aside if sp["rule"] == "sponsored-label"))
        if sponsored:
            # a page labelled as paid for by an advertiser is not the outlet's editorial (SPJ Code of Ethics: "label
            # sponsored content"): its promotion counts as the outlet's own voice unless the user sets it apart
            warnings.warn(f"{len(sponsored)} document(s) of {name!r} carry a sponsored-content label (doc_id "
                          f"{_fmt(sponsored, 5)}): advertorials or native advertising, paid for by an advertiser, whose "
                          "words count as the outlet's own voice. The labels are set aside (corpus.set_aside, rule "
                          "'sponsored-label'); to compare editorial alone, keep the others: corpus.subset(~corpus."
                          "documents['doc_id'].isin(corpus.set_aside.query(\"rule == 'sponsored-label'\")['doc_id']))",
                          UserWarning, stacklevel=3)
        # a document that is nothing but a privacy notice, cookie banner or CCTV sign keeps no word to count: it
        # would leave every table without a word said, its group with it, so its removal is announced
        texts = dict(zip(out["doc_id"], out["text"], strict=True))
        covered: dict[Any, list[tuple[int, int]]] = {}
        for sp in aside:
            covered.setdefault(sp["doc_id"], []).append((sp["start"], sp["end"]))
        notice_only = [d for d in dict.fromkeys(sp["doc_id"] for sp in aside if sp["rule"] in NOTICE_RULES)
                       if not _words_outside(texts[d], covered[d])]
        if notice_only:
            warnings.warn(f"{len(notice_only)} document(s) of {name!r} are nothing but a privacy notice, cookie banner "
                          f"or CCTV sign (doc_id {_fmt(notice_only, 5)}): the wording data-protection law prescribes, "
                          "set aside by cleaning (corpus.set_aside, rules 'privacy-notice', 'cookie-banner', "
                          "'cctv-sign'), so no word of theirs is counted; clean=False (--no-clean) keeps them",
                          UserWarning, stacklevel=3)
    if source is not None and source in df.columns:
        # the column is there, but some documents have no value: a group of their own, announced (not
        # pooled under the corpus name, which would invent an outlet). A blank string ("" or white space, as a
        # JSON export writes an unknown value) is no value either: read from a CSV the same field is missing,
        # and as a group it would be named by nothing in every table, figure and message
        no_source = out["source"].map(lambda v: is_missing(v) or (isinstance(v, str) and not v.strip())).astype(bool)
        if no_source.any():
            out["source"] = out["source"].where(~no_source, MISSING_SOURCE)
            ids = out["doc_id"][no_source]
            warnings.warn(f"{int(no_source.sum())} document(s) of {name!r} have no value in the source column "
                          f"{source!r} (doc_id {_fmt(ids, 5)}); their "
                          f"source is {MISSING_SOURCE!r}. Fill the column to group them by outlet",
                          UserWarning, stacklevel=3)
    out["source"] = out["source"].where(out["source"].notna(), name).astype(str)
    for c in ("title", "author"):
        out[c] = out[c].astype(object).where(out[c].notna(), None)
    out["date"] = _to_datetime(out["date"], named["date"], skipped, doc_ids=out["doc_id"], origin=origin)
    out["doc_id"] = out["doc_id"].astype(object)
    out["text"] = out["text"].astype(object)
    # a column of numbers and strings (2000 and "2000", as in concatenated JSON exports) would split one
    # group into two that print the same: its numbers are read as strings, with a warning
    kinds = _one_type(out, [c for c in out.columns if c not in ("doc_id", "source", "date", "text")])

    if len(out) == 0:
        raise ValueError(f"the corpus {name!r} has no documents" +
                         (f" ({len(skipped)} skipped: {skipped[0]['reason']}...)" if skipped else "") +
                         "; check the path and the text column")
    if skipped:
        warnings.warn(f"{len(skipped)} item(s) skipped while loading {name!r} (first: {skipped[0]['reason']}, "
                      f"{skipped[0]['file']}); see Corpus.skipped", UserWarning, stacklevel=3)
    aside_df = pd.DataFrame(aside, columns=SET_ASIDE_COLUMNS)
    aside_df[["start", "end"]] = aside_df[["start", "end"]].astype("int64")
    corpus = Corpus(out, set_aside=aside_df, skipped=pd.DataFrame(skipped, columns=SKIPPED_COLUMNS), name=name,
                    clean=clean, origin=origin)
    corpus._kinds = kinds  # the metadata columns' kinds as read, for the streaming paths (discourse.stream)
    return corpus


def _to_datetime(values: pd.Series, column: str | None, skipped: list[dict[str, Any]], *,
                 doc_ids: pd.Series | None = None, origin: str | None = None) -> pd.Series:
    """The date column as datetime64[ns] (see ``date`` in :func:`load_corpus`): whole numbers 1000-2999 are
    years; other numbers, dates out of pandas' range and slash dates of both orders are InputErrors; a
    column's slash dates are read in one order."""
    if values.isna().all():
        return pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    values = _numeric_dates(values, column, doc_ids, origin)
    values = _slash_dates(values, column, doc_ids, origin)
    values = _rfc822_zones(values)
    # utc=True: values with a time zone are converted to UTC (mixed zones in one column are fine), values
    # without one are taken as UTC; the column is then stored without a zone
    try:
        parsed = pd.to_datetime(values, errors="coerce", utc=True, format="mixed").dt.tz_localize(None)
    except (pd.errors.OutOfBoundsDatetime, OverflowError):  # pragma: no cover - pandas versions that raise
        _out_of_range_error(values, values.map(_out_of_range).astype(bool), column, doc_ids, origin)
        raise
    if pd.api.types.is_datetime64_ns_dtype(parsed.dtype):
        # pandas that parse into nanoseconds turn an out-of-range date into NaT: find those
        _out_of_range_error(values, parsed.isna() & values.map(_out_of_range).astype(bool), column, doc_ids, origin)
    else:  # pandas >= 3 parse into the unit the values need, then .astype("datetime64[ns]") would raise
        _out_of_range_error(values, (parsed < pd.Timestamp.min) | (parsed > pd.Timestamp.max), column, doc_ids,
                            origin)
    bad = parsed.isna() & values.notna()
    numbers = bad & values.map(lambda v: isinstance(v, str) and _NUMBER_AS_TEXT.fullmatch(v) is not None).astype(bool)
    if numbers.any():
        # a number in a CSV (where every field is text) is refused as the same number in a DataFrame is: it had
        # been left as NaT with a warning that did not say why (Excel's serial dates, from cells not formatted
        # as dates, lost every date so)
        i = numbers.idxmax()
        raise _date_error(column, origin, f"holds {int(numbers.sum())} number(s) that are not dates or years, e.g. "
                          f"{values[i]!r}{_doc_of(doc_ids, i)} (a spreadsheet's serial day numbers, or seconds)",
                          _NUMBER_DATES_FIX)
    if bad.any():
        ex = values[bad].iloc[0]
        warnings.warn(f"date column {column!r}: {int(bad.sum())} value(s) could not be read as dates "
                      f"(e.g. {ex!r}); they are left as NaT", UserWarning, stacklevel=4)
    return parsed.astype("datetime64[ns]")


def _out_of_range_error(values: pd.Series, far: pd.Series, column: str | None, doc_ids: pd.Series | None,
                        origin: str | None) -> None:
    """The InputError for dates beyond what datetime64[ns] holds (``far`` marks them), if there are any."""
    if far.any():
        i = far.idxmax()
        raise _date_error(column, origin, f"{int(far.sum())} date(s) out of the range that can be held (from "
                          f"{pd.Timestamp.min:%Y-%m-%d} to {pd.Timestamp.max:%Y-%m-%d}), e.g. {values[i]!r}"
                          f"{_doc_of(doc_ids, i)}", "correct those dates, or leave them empty")


def _out_of_range(value: Any) -> bool:
    """Whether one date value parses only beyond the range of datetime64[ns] (older pandas)."""
    if not isinstance(value, str):
        return False
    try:
        pd.Timestamp(value)
    except (pd.errors.OutOfBoundsDatetime, OverflowError):
        return True
    except (ValueError, TypeError):
        return False
    return False


def _doc_of(doc_ids: pd.Series | None, i: Any) -> str:
    return f" (doc_id {doc_ids[i]!r})" if doc_ids is not None and i in doc_ids.index else f" (row {i})"


def _date_error(column: str | None, origin: str | None, problem: str, fix: str) -> InputError:
    return InputError(origin, f"date column {column!r}: {problem}",
                      f"{fix}; ISO dates (YYYY-MM-DD) are read as they are; or name another column with "
                      "date='<column>' (--date <column>)")


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_))


# Numbers are no dates without their unit and origin, which the file does not say: Excel counts days from
# 1899-12-30 (its 1900 date system, for dates from March 1900; 43831 is 2020-01-01), Excel for Mac's 1904 system
# from 1904-01-01, Stata's %td from 1960-01-01, R's Date from 1970-01-01, Unix time seconds since 1970
_NUMBER_DATES_FIX = ("convert them to dates before loading: Excel's serial day numbers (43831 is 2020-01-01) with "
                     "pd.to_datetime(df[col].astype(float), unit='D', origin='1899-12-30'), Unix seconds with "
                     "pd.to_datetime(df[col], unit='s'), or save the spreadsheet with the cells formatted as dates; "
                     "whole numbers from 1000 to 2999 are read as years")
# a number written as text in a CSV's date column: an Excel serial date ("43831", "43831.5"), Unix seconds
_NUMBER_AS_TEXT = re.compile(r"\s*-?[0-9]+(?:\.[0-9]+)?\s*")


def _numeric_dates(values: pd.Series, column: str | None, doc_ids: pd.Series | None,
                   origin: str | None) -> pd.Series:
    """Numbers in the date column (JSON, Parquet, a DataFrame; a CSV's are strings), which pandas reads as
    nanoseconds since 1970: whole numbers 1000-2999 become January 1st of that year, others are an error."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        return values
    if pd.api.types.is_numeric_dtype(values.dtype):
        numeric = values.notna()
    elif values.dtype == object:
        numeric = values.map(_is_number).astype(bool) & values.notna()
    else:
        return values
    if not numeric.any():
        return values
    nums = values[numeric].astype(float)
    year = (nums == nums.round()) & (nums >= 1000) & (nums <= 2999)
    if not year.all():
        i = year.index[~year][0]
        raise _date_error(column, origin, f"holds {int((~year).sum())} number(s) that are not years, e.g. "
                          f"{plain_value(values[i])!r}{_doc_of(doc_ids, i)} (a number would be read as nanoseconds "
                          "since 1970)",
                          _NUMBER_DATES_FIX)
    out = values.astype(object)
    out[numeric] = [f"{int(y):04d}-01-01" for y in nums]
    return out


_SLASH_DATE = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)")


# The zone names of an RFC 822 date-time (RFC 822 5.1, kept by RFC 1123 and RFC 5322 4.3 as obsolete zones), which
# RSS 2.0's pubDate and lastBuildDate use ("Fri, 03 May 2024 14:30:00 EST"), after the clock time: each is one fixed
# offset. pandas reads "GMT" and "UTC" but no other name, and those dates had been left as no date. The military
# one-letter zones are left alone (RFC 1123 5.2.14: their signs were defined backwards and "should all be
# considered equivalent to '-0000'"), and so is any other abbreviation, which names no one offset (IST is India's,
# Ireland's or Israel's): such a value is still reported as unread.
RFC822_ZONES = {"UT": "+0000", "GMT": "+0000", "EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
                "MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700"}
_RFC822_ZONE = re.compile(r"(?<=\d:\d\d)((?::\d\d)?)\s+(" + "|".join(RFC822_ZONES) + r")\s*$")


def _rfc822_zones(values: pd.Series) -> pd.Series:
    """The date values with an RFC 822 zone name after the clock time written as its offset (see
    :data:`RFC822_ZONES`)."""
    def fix(v: Any) -> Any:
        if isinstance(v, str):
            m = _RFC822_ZONE.search(v)
            if m is not None:
                return f"{v[:m.start()]}{m.group(1)} {RFC822_ZONES[m.group(2)]}"
        return v
    if values.dtype != object and not pd.api.types.is_string_dtype(values.dtype):
        return values  # datetimes or numbers
    return values.map(fix)


def _slash_dates(values: pd.Series, column: str | None, doc_ids: pd.Series | None,
                 origin: str | None) -> pd.Series:
    """Read all of a column's slash dates (``15/09/2019``, also with dots or dashes) in one order: day first
    when one of them can only be day first, else month first (pandas reads each value on its own, so
    ``15/09/2019`` and ``05/06/2019`` were read in different orders). Both kinds in one column is an error.

    A date written with dots (``07.12.2026``) is day first whatever the column's other dates: that is the
    notation's own order (German, Russian, Polish, Turkish, Finnish ... : of the short date patterns of
    Unicode CLDR 49, as Babel 2.19 ships them, the 133 locales' that write day and month with dots,
    ``dd.MM.y``, ``d.M.yy``, ``d. M. y.`` ..., put the day first or start with the year, none the month),
    as Excel writes dates in those locales; it had been read month first (``07.12.2026`` as 12 July) with a
    warning calling it ambiguous."""
    if values.dtype != object and not pd.api.types.is_string_dtype(values.dtype):
        return values
    day_first: list[Any] = []
    month_first: list[Any] = []
    ambiguous: list[Any] = []
    dotted: list[Any] = []  # day first by the notation (see above), not ambiguous
    matches: dict[Any, re.Match[str]] = {}
    for i, v in values.items():
        if not isinstance(v, str):
            continue
        m = _SLASH_DATE.match(v)
        if m is None:
            continue
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 and 1 <= b <= 12:
            day_first.append(i)
        elif b > 12 and 1 <= a <= 12:
            month_first.append(i)
        elif 1 <= a <= 12 and 1 <= b <= 12 and a != b:  # 05/05/2019 is the same date either way
            (dotted if m.group(2) == "." else ambiguous).append(i)
        matches[i] = m
    if day_first and month_first:
        d, m = day_first[0], month_first[0]
        raise _date_error(column, origin, f"the slash dates mix two orders: {values[d]!r}{_doc_of(doc_ids, d)} "
                          f"can only be day/month/year, {values[m]!r}{_doc_of(doc_ids, m)} only month/day/year",
                          "write the dates in one order")
    if day_first:
        if ambiguous:
            warnings.warn(f"date column {column!r}: slash dates are read day first (DD/MM/YYYY), as "
                          f"{values[day_first[0]]!r} can only be; {len(ambiguous)} that could be read either way "
                          f"(e.g. {values[ambiguous[0]]!r}) are read so too. Write ISO dates (YYYY-MM-DD) to be "
                          "sure", UserWarning, stacklevel=5)
    elif ambiguous and not month_first:
        warnings.warn(f"date column {column!r}: {len(ambiguous)} slash date(s) such as {values[ambiguous[0]]!r} "
                      "could be day first or month first, and none of the column's dates shows which; they are "
                      "read month first (MM/DD/YYYY). If they are day first, write ISO dates (YYYY-MM-DD)",
                      UserWarning, stacklevel=5)
    swap = dotted + (day_first + ambiguous if day_first else [])
    if not swap:
        return values
    out = values.astype(object)
    for i in swap:  # swap day and month: pandas reads month first
        m, v = matches[i], values[i]
        out[i] = v[:m.start(1)] + m.group(3) + m.group(2) + m.group(1) + v[m.end(3):]
    return out


# --------------------------------------------------------------------------------------------- readers
ENCODING_ERRORS = ("strict", "replace", "ignore", "backslashreplace")
# byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_FIX_ENCODING = ("pass the file's encoding with encoding='latin-1' (--encoding latin-1), or "
                 "encoding_errors='replace' (--encoding-errors replace) to substitute undecodable bytes")
_C1_BYTES = re.compile(rb"[\x80-\x9f]")


def _fix_encoding(data: bytes, encoding: str = "utf-8") -> str:
    """The fix for bytes that are not valid in the encoding given. Where the bytes hold 0x80-0x9F and cp1252
    decodes them, it names cp1252, the encoding of text saved on Windows in Western languages: those bytes are
    its curly quotation marks, dashes and euro sign, which latin-1 (decoding every byte) reads as C1 control
    characters, so "\x93Safe city\x94" was no quotation. Otherwise latin-1 and cp1252 read the bytes alike. A file
    that is valid UTF-8 is named as such: latin-1 would read it without an error, every letter beyond ASCII as two or
    three characters."""
    if codecs.lookup(encoding).name != "utf-8" and _looks_utf8(data):
        return ("the file is UTF-8 text: pass encoding='utf-8' (--encoding utf-8); where a folder mixes encodings, "
                "save its files as UTF-8, or load the files of each encoding as a corpus of their own")
    if _C1_BYTES.search(data):
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return _FIX_ENCODING
        return ("pass the file's encoding with encoding='cp1252' (--encoding cp1252): its bytes 0x80-0x9F are "
                "Windows-1252 quotation marks and dashes, which latin-1 reads as control characters; or "
                "encoding_errors='replace' (--encoding-errors replace) to substitute undecodable bytes")
    return _FIX_ENCODING


def _one_byte(encoding: str) -> bool:
    """An encoding of one byte per character (cp1252, latin-1, ...), which decodes UTF-8 bytes without an error."""
    name = codecs.lookup(encoding).name
    return not name.startswith("utf") and name not in ("gb18030", "gbk", "big5", "shift_jis", "euc_jp", "euc_kr",
                                                       "cp932", "cp949", "cp950", "iso2022_jp")


def _looks_utf8(data: bytes) -> bool:
    """Bytes beyond ASCII that are valid UTF-8: such a file is UTF-8 (text of a one-byte encoding is valid UTF-8
    only by a rare accident, as its letters beyond ASCII would have to come in UTF-8's lead-and-continuation
    pairs; Dürst 1997, "The properties and promises of UTF-8")."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_encoding(encoding: str, encoding_errors: str) -> None:
    if not isinstance(encoding, str):
        raise TypeError(f"encoding must be a str such as 'utf-8', got {type(encoding).__name__}")
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise ValueError(f"encoding={encoding!r} (--encoding) is not a known text encoding; use a Python codec "
                         "name such as 'utf-8', 'latin-1', 'cp1252' or 'utf-16'") from None
    if not getattr(info, "_is_text_encoding", True):
        # rot13, base64, zlib, hex...: codecs that turn str into str or bytes into bytes, not bytes into text
        raise InputError(None, f"encoding={encoding!r} (--encoding) is not a text encoding (the {info.name!r} "
                         "codec transforms bytes to bytes or text to text; it cannot decode a file into text)",
                         "use a text encoding such as 'utf-8', 'latin-1', 'cp1252' or 'utf-16' (--encoding utf-8)")
    if encoding_errors == "surrogateescape":
        raise ValueError("encoding_errors='surrogateescape' keeps undecodable bytes as lone surrogate code points, "
                         "which no table column or UTF-8 file can hold; use encoding_errors='replace' "
                         "(--encoding-errors replace) to substitute U+FFFD, 'backslashreplace' to keep the bytes "
                         "visible as \\xNN, or pass the file's encoding (--encoding)")
    check_one_of("encoding_errors", encoding_errors, ENCODING_ERRORS)


def _bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` declares (``utf-8-sig``, ``utf-16``,
    ``utf-32``, whose decoders drop the mark), or None."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    return None


def _wide_guess(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` or ``utf-32-le``/``-be`` when the first bytes of a file without a byte-order mark
    look like that encoding (mostly ASCII text: a NUL byte beside every character), else None."""
    head = head[:512]
    n = len(head) // 4 * 4
    if n < 8:
        return None
    head = head[:n]
    nul = [sum(1 for b in head[i::4] if b == 0) / (n // 4) for i in range(4)]
    hi, lo = 0.6, 0.2
    if nul[0] < lo and min(nul[1:]) > hi:
        return "utf-32-le"
    if nul[3] < lo and min(nul[:3]) > hi:
        return "utf-32-be"
    even, odd = (nul[0] + nul[2]) / 2, (nul[1] + nul[3]) / 2
    if even < lo and odd > hi:
        return "utf-16-le"
    if odd < lo and even > hi:
        return "utf-16-be"
    return None


def _wide_error(path: Path, guess: str, encoding: str) -> InputError:
    kind = guess[:6].upper()
    return InputError(path, f"not {encoding} text: it holds NUL bytes like a binary file, but looks like {kind} "
                      "text without a byte-order mark (NUL bytes between the characters)",
                      f"pass encoding='{guess}' (--encoding {guess}), or save the file as UTF-8")


def _is_wide(encoding: str) -> bool:
    """UTF-16/32 text holds NUL bytes; it is not binary."""
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def _read_text_file(path: Path, encoding: str, encoding_errors: str) -> str:
    """Decode a whole text file. A byte-order mark decides the encoding (and is not part of the text)
    whatever ``encoding`` says: the mark proves the file is UTF-8, UTF-16 or UTF-32."""
    data = path.read_bytes()
    enc = _bom_encoding(data[:4]) or encoding
    if not _is_wide(enc) and b"\x00" in data[:8192]:
        raise _BinaryFile(path, None if _bom_encoding(data[:4]) else _wide_guess(data[:512]))
    try:
        return data.decode(enc, errors=encoding_errors)
    except UnicodeDecodeError as err:
        raise InputError(path, f"not valid {enc} text (byte {err.start}: {data[err.start:err.start + 4]!r})",
                         _fix_encoding(data, enc)) from None


class _BinaryFile(Exception):
    def __init__(self, path: Path, wide: str | None = None) -> None:
        super().__init__(str(path))
        self.path = path
        self.wide = wide  # the UTF-16/32 encoding the file looks like (no byte-order mark), or None


def _link_status(p: Path, root: Path, follow_links: bool) -> str | None:
    """Why the symbolic link ``p`` is not read (loop, broken, out of the folder), or None to read it."""
    try:
        os.stat(p)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop (the link points, through other links, back at itself); not read"
        return f"broken symbolic link (its target {os.readlink(p)!r} does not exist); not read"
    target = p.resolve()
    if follow_links or target == root or root in target.parents:
        return None
    return (f"symbolic link to {str(target)!r}, outside the corpus folder; not followed (pass "
            "follow_links=True, --follow-links, to read it)")


# saved e-mail messages: MIME files (RFC 5322 headers, bodies in quoted-printable or base64, RFC 2045) whose text is
# not their bytes, and mailboxes of many; Outlook's .msg is a binary format of its own
_MAIL_SUFFIXES = frozenset({".eml", ".mbox", ".msg", ".emlx"})
_MAIL_FILE_FIX = ("; e-mail files are MIME, whose bodies are encoded: decode each with Python's email package "
                  "(email.message_from_binary_file(f, policy=email.policy.default), then its get_body(preferencelist="
                  "('plain',)).get_content() and its From, Date and Subject headers; mailbox.mbox for an .mbox) and "
                  "save the text as .txt files, or as rows of a .csv")


def _read_folder(path: Path, *, encoding: str, encoding_errors: str, unlisted: str, follow_links: bool,
                 skipped: list[dict[str, Any]], quoting: str = "auto",
                 sep: str | None = None) -> tuple[pd.DataFrame, str | None]:
    root = path.resolve()
    files = []
    for p in sorted(path.iterdir()):
        if p.is_symlink():
            why = _link_status(p, root, follow_links)
            if why is not None:
                if p.name == "metadata.csv":
                    raise InputError(p, why.split(";")[0], "copy the file into the corpus folder, or pass "
                                     "follow_links=True (--follow-links) to read it")
                skipped.append({"file": str(p), "line": None, "doc_id": None, "reason": why})
                continue
        if p.is_file():
            files.append(p)
        elif p.is_dir() and not p.name.startswith("."):
            skipped.append({"file": str(p), "line": None, "doc_id": None,
                            "reason": "a folder: documents in subfolders are not read; load the subfolder on "
                            "its own, or move its files into the corpus folder"})
    text_files = [p for p in files if p.suffix.lower() in TEXT_SUFFIXES and p.name.lower() not in FOLDER_DOCS]
    for p in files:
        if p.suffix.lower() not in TEXT_SUFFIXES and p.name != "metadata.csv" and p.name.lower() not in FOLDER_DOCS \
                and not p.name.startswith("."):
            skipped.append({"file": str(p), "line": None, "doc_id": None,
                            "reason": f"not a text file ({p.suffix or 'no suffix'}); only .txt and .md are read"
                            + (_MAIL_FILE_FIX if p.suffix.lower() in _MAIL_SUFFIXES else "")})
    meta_path = path / "metadata.csv"
    meta = None
    if meta_path in files:
        try:
            # metadata.csv is UTF-8; sep= is its delimiter (Excel saves ';' in locales that write 1,5)
            chunks = list(iter_documents(meta_path, chunksize=1_000_000, quoting=quoting, sep=sep))
        except InputError as err:
            if not err.problem.startswith("not valid utf-8"):
                raise
            # --encoding is the encoding of the text files: the fix the reader names would not apply here
            raise InputError(meta_path, err.problem, "metadata.csv is read as UTF-8 whatever encoding= (--encoding) "
                             "says, which is the text files' encoding: save it as UTF-8 (a spreadsheet's 'CSV UTF-8' "
                             "format)") from None
        meta = chunks[0] if chunks else pd.DataFrame()
        if "file" not in meta.columns:
            hint = _delimiter_hint(meta.columns)
            raise InputError(meta_path, f"needs a 'file' column naming each document's file; it has: "
                             f"{_fmt(meta.columns)}{hint[0]}",
                             hint[1] or "add a 'file' column, or rename the column that names the files")
        repeated = meta["file"][meta["file"].notna() & meta["file"].duplicated(keep=False)]
        if len(repeated):
            rows = {f: [int(i) + 2 for i in idx] for f, idx in repeated.groupby(repeated, sort=False).groups.items()}
            shown = "; ".join(f"{f!r} on rows {', '.join(map(str, r))}" for f, r in list(rows.items())[:5])
            raise InputError(meta_path, f"names {len(rows)} file(s) more than once ({shown}; the header is row 1), "
                             "which would load each such file as several documents",
                             "keep one row per file (merge the rows' metadata, or copy the file under another "
                             "name for each row)")
        if "text" in meta.columns:  # the files' own texts are read into 'text': merged, the two became text_x, text_y
            raise InputError(meta_path, "has a column 'text', the name the folder's file texts are read into",
                             "rename that column in metadata.csv (e.g. to 'summary'); the texts are the files'")
        names = {p.name for p in text_files}
        missing = [f for f in meta["file"] if f not in names]
        if missing:
            # a name without its suffix ('art0' for art0.txt) is the commonest such row: say so
            by_stem: dict[str, list[str]] = {}
            for p in text_files:
                by_stem.setdefault(p.stem, []).append(p.name)
            stems = {f: by_stem[f] for f in missing if isinstance(f, str) and len(by_stem.get(f, [])) == 1}
            fix = "remove those rows or add the files"
            if stems:
                fix = (f"the 'file' column names each file with its suffix ({_fmt([f'{f} -> {n[0]}' for f, n in stems.items()])}"
                       f"); write the names so, or {fix}")
            raise InputError(meta_path, f"names file(s) that do not exist in {path}: {_fmt(missing)}", fix)
        unnamed = [p for p in text_files if p.name not in set(meta["file"])]
        if unnamed:
            if unlisted == "error":
                raise InputError(path, f"{len(unnamed)} file(s) have no row in metadata.csv: "
                                 f"{_fmt([p.name for p in unnamed])}",
                                 "add rows for them, or pass unlisted='include' (--unlisted include: load them "
                                 "without metadata) or unlisted='skip' (--unlisted skip)")
            if unlisted == "skip":
                for p in unnamed:
                    skipped.append({"file": str(p), "line": None, "doc_id": None,
                                    "reason": "no row in metadata.csv (unlisted='skip')"})
                text_files = [p for p in text_files if p.name in set(meta["file"])]
    if not text_files:
        mail = any(p.suffix.lower() in _MAIL_SUFFIXES for p in files)
        raise InputError(path, "no .txt or .md files; the corpus is empty",
                         "point load_corpus at a folder of text files, or a .csv/.jsonl/.parquet file"
                         + (_MAIL_FILE_FIX if mail else ""))
    rows = []
    as_utf8 = []  # files read with a one-byte encoding that are UTF-8 text
    one_byte = _one_byte(encoding)
    for p in text_files:
        if one_byte:
            head = p.read_bytes()
            if _bom_encoding(head[:4]) is None and _looks_utf8(head):
                as_utf8.append(p.name)
        try:
            body = _read_text_file(p, encoding, encoding_errors)
        except _BinaryFile as err:
            skipped.append({"file": str(p), "line": None, "doc_id": None,
                            "reason": "binary file (contains NUL bytes)" if err.wide is None else
                            f"{_wide_error(p, err.wide, encoding).problem}; not read (--encoding {err.wide} reads it)"})
            continue
        rows.append({"file": p.name, "doc_id": p.stem, "text": body})
    if as_utf8:
        # a folder of mixed encodings read with the encoding of some: the others' letters beyond ASCII became two
        # or three characters each ("café" -> "cafÃ©", "’" -> "â€™"), without an error
        warnings.warn(f"{len(as_utf8)} file(s) read as {encoding} are valid UTF-8 text with characters beyond ASCII "
                      f"({_fmt(as_utf8, 10)}), so their non-ASCII letters and quotation marks were read as two or "
                      f"three {encoding} characters each ('café' as 'cafÃ©'). The folder mixes encodings: save all "
                      "files as UTF-8, or load the files of each encoding as a corpus of their own", UserWarning,
                      stacklevel=3)
    df = pd.DataFrame(rows, columns=["file", "doc_id", "text"])
    if meta is not None:
        df = df.drop(columns=["doc_id"]).merge(meta, on="file", how="left")
        if "doc_id" not in df.columns:
            df["doc_id"] = [Path(f).stem for f in df["file"]]
        df["doc_id"] = df["doc_id"].where(df["doc_id"].notna(), df["file"].map(lambda f: Path(f).stem))
        if "source" not in df.columns and "outlet" in df.columns:
            df["source"] = [o if isinstance(o, str) and o.lower() != "unknown" else f"unknown ({d})"
                            for o, d in zip(df["outlet"], df["doc_id"], strict=True)]
    return df, "file"


def _closes_article(separator: str) -> bool:
    """Does an export's separator line (a match of ``EXPORT_SEPARATOR``) close its article, as "End of Document"
    (Nexis Uni) and Factiva's "Document <accession number>" do, rather than open the next, as "Document 3 of 40"
    (LexisNexis) and "3 of 40 DOCUMENTS" (LexisNexis Academic) do?"""
    line = separator.strip().lower()
    return line.startswith("end") or not (" of " in line or line.endswith("documents"))


def _export_articles(text: str) -> int:
    """How many articles of a news-database export ``text`` holds, by its separator lines: each article opens or
    closes with one (:func:`_closes_article`); 0 for a text without them."""
    closes = [_closes_article(m.group()) for m in EXPORT_SEPARATOR.finditer(line_feed_view(text))]
    return max(closes.count(False), closes.count(True))


def export_articles(text: str) -> list[tuple[int, int]]:
    """The character spans of the articles of a news-database export ``text``, cut at its separator lines: before
    each "Document 3 of 40" / "3 of 40 DOCUMENTS" that opens an article (LexisNexis), after each "End of Document"
    (Nexis Uni) or Factiva's "Document <accession number>" (or its "AN" field) that closes one. Each span keeps its separator lines
    (cleaning sets them aside) and no span is only white space; a text without separators is one span.

    What comes before the first opening separator (LexisNexis Academic's cover page, "Download Request: Selected
    Items: 1-40", "Terms: ...") and after the last closing one (Factiva's "Search Summary") is the database's
    record of the download, not an article, and is in no span (:func:`load_corpus` lists it in
    ``Corpus.skipped``), unless its header states a date as an article's does (the last article of a file that
    lost its "End of Document")."""
    text = line_feed_view(text)  # CR LF and CR line ends read as LF; the same length, so the spans hold
    cuts = [0]
    first_open = last_close = None
    for m in EXPORT_SEPARATOR.finditer(text):
        if _closes_article(m.group()):
            cut = text.find("\n", m.end())
            cuts.append(len(text) if cut < 0 else cut + 1)  # a closing separator ends its article
            last_close = cuts[-1]
        else:
            cuts.append(m.start())  # an opening one starts the next
            first_open = m.start() if first_open is None else first_open
    cuts.append(len(text))
    cuts = sorted(set(cuts))
    lo = 0 if first_open is None else first_open
    hi = len(text) if last_close is None else last_close
    if lo and "date" in clean_document(text[:lo]).fields:
        lo = 0
    if hi < len(text) and "date" in clean_document(text[hi:]).fields:
        hi = len(text)
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip() and lo <= a and b <= hi]
    return spans or [(0, len(text))]


def _split_exports(df: pd.DataFrame, name: str, skipped: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per article for each text of ``df`` (a ``file`` and a ``text`` column, with any metadata columns)
    that holds several articles of a news-database export: doc ids ``<file stem>-001``, ..., the file's metadata
    repeated on each, and the article's place in its file in an ``article`` column (1-based); a text of one article
    keeps its row (``article`` 1). A warning counts the files split and the articles they gave. A part of a file
    in no article (a cover page, a search summary: see :func:`export_articles`) is listed in ``skipped`` with the
    line it starts on."""
    rows = []
    split = 0
    for row in df.to_dict("records"):
        text = row["text"]
        lines = line_feed_view(text)  # (line numbers of a CR LF or CR text as of its LF reading)
        spans = export_articles(text)
        if len(spans) > 1:
            split += 1
        bounds = [0, *(x for span in spans for x in span), len(text)]
        for a, b in zip(bounds[::2], bounds[1::2], strict=True):
            if text[a:b].strip():  # a part between no two articles
                start = a + len(text[a:b]) - len(text[a:b].lstrip())
                skipped.append({"file": row["file"], "line": lines.count("\n", 0, start) + 1, "doc_id": None,
                                "reason": f"not an article of the news-database export (the database's record of "
                                          f"the download: {text[start:b].strip().splitlines()[0][:60]!r}, "
                                          f"{lines[a:b].strip().count(chr(10)) + 1} lines); not read"})
        width = max(3, len(str(len(spans))))
        stem = row.get("doc_id") if isinstance(row.get("doc_id"), str) else Path(row["file"]).stem
        for k, (a, b) in enumerate(spans, 1):
            rows.append({**row, "text": text[a:b], "article": k,
                         **({"doc_id": f"{stem}-{k:0{width}d}"} if len(spans) > 1 else {})})
    if split:
        warnings.warn(f"{split} file(s) of {name!r} split into the articles of their news-database export "
                      f"({len(rows) - (len(df) - split)} articles; doc ids <file>-001, ...; each article's own "
                      "publication, date, title and byline are read from its header by cleaning)", UserWarning,
                      stacklevel=3)
    out = pd.DataFrame(rows, columns=[*df.columns, *(["article"] if "article" not in df.columns else [])])
    # each column keeps its type (rebuilt from records, a column of strings became a pandas string column)
    out = out.astype({c: t for c, t in df.dtypes.items() if c in out.columns and c != "article"})
    if "doc_id" not in df.columns:
        out["doc_id"] = [r.get("doc_id", Path(r["file"]).stem) for r in rows]
    return out


def _report_exports(files: Sequence[str], texts: Sequence[str], name: str) -> None:
    """Warn about text files that hold several articles of an export: each is read as one document."""
    found = [(f, k) for f, t in zip(files, texts, strict=True) if (k := _export_articles(t)) > 1]
    if found:
        shown = ", ".join(f"{Path(f).name!r} ({k})" for f, k in found[:10]) + (", ..." if len(found) > 10 else "")
        warnings.warn(f"{len(found)} file(s) hold several articles of a news-database export, {sum(k for _, k in found)} "
                      f"in all ({shown}; separated by 'Document N of M' / 'End of Document' lines); each file is read "
                      f"as one document of {name!r}, so its articles count as one text with one title, date and source. "
                      "Pass split_exports=True (--split-exports) to read each article as a document", UserWarning,
                      stacklevel=3)


def _is_gz(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def _open_text(path: Path, encoding: str, encoding_errors: str) -> io.TextIOBase:
    """Open a (possibly gzipped) text file; a byte-order mark decides the encoding and is dropped."""
    raw: Any = gzip.open(path, "rb") if _is_gz(path) else open(path, "rb")  # noqa: SIM115
    try:
        head = raw.peek(512)[:512]
    except (gzip.BadGzipFile, EOFError, zlib.error) as err:
        raw.close()
        raise _gzip_error(path, err) from None
    bom = _bom_encoding(head[:4])
    if bom is None and not _is_wide(encoding):
        guess = _wide_guess(head)
        if guess is not None:
            raw.close()
            raise _wide_error(path, guess, encoding)
    return io.TextIOWrapper(raw, encoding=bom or encoding, errors=encoding_errors, newline="")


def _gzip_error(path: Path, err: Exception) -> InputError:
    if isinstance(err, gzip.BadGzipFile):
        return InputError(path, f"not a gzip file ({err})",
                          "rename the file without .gz if it is not compressed, or compress it with gzip")
    return InputError(path, f"the gzip data is truncated or corrupt ({err})",
                      "copy or download the file again; `gzip -t FILE` tests a .gz file")


def file_format(path: Path) -> str:
    """The reader a file's suffix names (``"csv"``, ``"jsonl"``, ``"parquet"``, ``"txt"``, ...; a final ``.gz``
    passed over), or ``""`` for a suffix no reader takes."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    return {".txt": "txt", ".md": "txt", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl",
            ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet", ".pq": "parquet"}.get(ext, "")


def _header_names(values: list[Any]) -> list[str]:
    """Column names from a header row, as pandas names them (``Unnamed: 2`` for a blank, ``a.1`` for a repeat)."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for i, v in enumerate(values):
        name = f"Unnamed: {i}" if is_missing(v) or v == "" else str(v)
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        names.append(name)
    return names


_BAD_LINE = re.compile(r"line (\d+): expected (\d+) fields, saw (\d+)")


QUOTING = ("auto", "csv", "none")


def _delimiter_hint(columns: Sequence[Any]) -> tuple[str, str]:
    """(problem, fix) where a table read with a comma has one column whose name holds another delimiter
    (``'doc_id;text;media_name'``: a file saved by Excel in a locale that writes decimal commas, which
    separates fields with ';'), else two empty strings."""
    if len(columns) != 1:
        return "", ""
    for sep, name in ((";", "semicolon"), ("\t", "tab"), ("|", "vertical bar")):
        if sep in str(columns[0]):
            shown = "\\t" if sep == "\t" else sep
            return (f" (one column: the header is separated by a {name})",
                    f"give the delimiter with sep='{shown}' (--sep '{shown}')")
    return "", ""
# R's missing value as write.csv (and readr's write_csv) write it, and as R's read.csv (na.strings = "NA"),
# readr's read_csv and pandas.read_csv read it back: a CSV/TSV field "NA" is a missing value. Kept as text it
# was a document whose whole text is "NA", an outlet called "NA", a date that could not be read
R_MISSING = "NA"
# The error values a spreadsheet writes into a CSV where a formula failed (a lookup that found nothing: "#N/A",
# the commonest in merged survey sheets): no value of the column. Kept as text, "#N/A" was a group (an outlet, a
# wave) of its own, and one of them kept a column of numbers as text
SPREADSHEET_ERRORS = ("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!")


def _iter_delimited(path: Path, fh: io.TextIOBase, *, sep: str, chunksize: int, columns: list[str] | None,
                    quoting: str = "auto", reopen: Callable[[], io.TextIOBase] | None = None) -> Iterator[pd.DataFrame]:
    """CSV/TSV in chunks. The header row fixes the number of fields: a row with more fields than the header
    (an unquoted delimiter in a text) is an error naming the lines, never a silent shift of the columns.

    ``quoting='none'`` reads quotation marks as text. With ``'auto'`` (the default), a field holding a line
    break is checked once (``reopen`` opens the file again): where a text merely *starts* with a quotation
    mark, CSV quoting runs that field on over the following rows; a record over several lines that is not
    valid CSV is an error naming the line (:func:`_quotes_as_text`). ``'csv'`` reads CSV quoting without
    that check."""
    check = quoting == "auto" and reopen is not None and len(sep) == 1
    try:
        reader = pd.read_csv(fh, sep=sep, header=None, iterator=True, dtype=object, keep_default_na=False,
                             na_values=[""], quoting=csv.QUOTE_NONE if quoting == "none" else csv.QUOTE_MINIMAL,
                             on_bad_lines="warn")
    except pd.errors.EmptyDataError:
        raise InputError(path, "the file is empty (no header row)", "add a header row naming the columns") from None
    header: list[str] | None = None
    offset = 0
    missing_r: Counter[str] = Counter()  # fields "NA" per column
    sheet_errors: Counter[str] = Counter()  # fields "#N/A", "#VALUE!", ... per column
    row_names: bool | None = None  # the first column is R's row numbers (decided on the first chunk)
    while True:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                # the first read holds the header row too
                chunk = reader.get_chunk(chunksize + (header is None))
            except StopIteration:
                break
            except pd.errors.ParserError:
                # e.g. "EOF inside string": a quotation mark that opens a field never closed
                if check:
                    _raise_quotes_as_text(path, reopen, sep)
                raise
        if check and _has_line_break(chunk):
            check = False  # one look at the whole file decides
            _raise_quotes_as_text(path, reopen, sep)
        bad = [m for w in caught if issubclass(w.category, pd.errors.ParserWarning)
               for m in _BAD_LINE.finditer(str(w.message))]
        for w in caught:
            if not issubclass(w.category, pd.errors.ParserWarning):
                warnings.warn(w.message, w.category, stacklevel=2)
        if header is None:
            header = _header_names(list(chunk.iloc[0])) if len(chunk) else []
            chunk = chunk.iloc[1:]
        if bad:
            lines = [int(m.group(1)) for m in bad]
            n_fields = int(bad[0].group(2))
            shown = ", ".join(str(n) for n in lines[:10]) + (f", ... ({len(lines) - 10} more)" if len(lines) > 10 else "")
            name = {",": "comma", "\t": "tab", ";": "semicolon"}.get(sep, repr(sep))
            raise InputError(path, f"line(s) {shown} have more fields than the header ({int(bad[0].group(3))} > "
                             f"{n_fields}: {_fmt(header or [])}); an unquoted {name} inside a field shifts the "
                             "columns", "quote the fields that contain the delimiter (\"...\"), or give the "
                             "file's delimiter with sep=';' (--sep ';')")
        chunk.columns = header[:chunk.shape[1]]
        chunk.index = pd.RangeIndex(offset, offset + len(chunk))
        offset += len(chunk)
        if row_names is None:
            row_names = _r_row_numbers(header, chunk)
        if row_names:
            chunk = chunk.drop(columns=header[0])
        if columns is not None:
            missing = [c for c in columns if c not in chunk.columns]
            if missing:
                raise InputError(path, f"no column(s) {_fmt(missing)}; the columns are: {_fmt(chunk.columns, 40)}",
                                 "name existing columns")
            chunk = chunk[list(columns)]
        na = chunk == R_MISSING
        if na.any(axis=None):
            for c, n in na.sum().items():
                if n:
                    missing_r[c] += int(n)
            chunk = chunk.mask(na)
        errors = chunk.isin(SPREADSHEET_ERRORS)
        if errors.any(axis=None):
            for c, n in errors.sum().items():
                if n:
                    sheet_errors[c] += int(n)
            chunk = chunk.mask(errors)
        yield chunk
    if sheet_errors:
        warnings.warn(f"{path.name}: {sum(sheet_errors.values())} field(s) holding a spreadsheet's error value "
                      f"({', '.join(SPREADSHEET_ERRORS)}: a formula that failed, such as a lookup that found nothing) "
                      f"read as missing values, in column(s) {', '.join(f'{c!r} ({n})' for c, n in sheet_errors.items())}. "
                      "Fix the formulas and save the file again to have their values", UserWarning, stacklevel=2)
    if row_names:
        warnings.warn(f"{path.name}: the first column, without a name in the header, holds the row numbers (R's "
                      "row names, as write.csv writes them, or pandas' index, as DataFrame.to_csv writes it); it is "
                      "left out. Write the file with write.csv(..., row.names = FALSE) or to_csv(..., index=False), "
                      "or name the column in the header to keep it",
                      UserWarning, stacklevel=2)
    if missing_r:
        warnings.warn(f"{path.name}: {sum(missing_r.values())} field(s) {R_MISSING!r} read as missing values (R "
                      f"writes its missing value so: write.csv, readr's write_csv), in column(s) "
                      f"{', '.join(f'{c!r} ({n})' for c, n in missing_r.items())}; a document whose text is "
                      f"{R_MISSING!r} is skipped as empty, a source {R_MISSING!r} is grouped as '(missing)'. To keep "
                      f"{R_MISSING!r} as a value (Namibia's country code), write it otherwise in the file ('NAM'), or "
                      "load the DataFrame of pandas.read_csv(path, dtype=str, keep_default_na=False)", UserWarning, stacklevel=2)


def _r_row_numbers(header: list[str], chunk: pd.DataFrame) -> bool:
    """Whether the first column of a CSV is the row numbers its writer added: no name in the header and the
    numbers ``1, 2, ...`` (R's default row names: write.csv writes ``""`` above them, ``col.names = NA``) or
    ``0, 1, ...`` (pandas' default index: ``DataFrame.to_csv`` without ``index=False``) as its values. They are
    the row order and nothing else, and kept they were a metadata column ``Unnamed: 0`` in every table; row
    names of another kind (names, or the numbers of a subset's rows) are data, kept. The first chunk decides."""
    if not header or header[0] != "Unnamed: 0" or header.count("Unnamed: 0") != 1 or len(chunk) == 0:
        return False
    first = chunk.iloc[:, 0].tolist()
    return first == [str(i + 1) for i in chunk.index] or first == [str(i) for i in chunk.index]


def _has_line_break(chunk: pd.DataFrame) -> bool:
    """Whether any field of a raw chunk (strings or missing values) holds a line break."""
    return any(isinstance(v, str) and ("\n" in v or "\r" in v) for v in chunk.to_numpy().ravel())


def _quotes_as_text(reopen: Callable[[], io.TextIOBase], sep: str) -> tuple[int, int, int, int | None] | None:
    """Where CSV quoting ran a field on over several lines without being valid CSV: (first line, last line of
    that record, the header's number of fields, the first line whose number of fields differs from the
    header's when quotation marks are read as text, or None when every line has the header's); else None.

    A CSV writer (pandas, a spreadsheet) closes a quoted field with a quotation mark followed by the delimiter
    or the line end, and doubles the quotation marks inside it; a quoted field holding line breaks is then
    valid CSV and reads as before. A text that merely starts with a quotation mark is read as a quoted field
    that runs on until the next quotation mark somewhere in a later row, then goes on with more text (or
    never closes): a strict CSV reading fails on that record."""
    fh = reopen()
    limit = csv.field_size_limit()
    csv.field_size_limit(2**31 - 1)
    try:
        reader = csv.reader(fh, delimiter=sep, strict=True)
        start = 1
        while True:
            try:
                next(reader)
            except StopIteration:
                return None
            except csv.Error:
                end = reader.line_num
                break
            start = reader.line_num + 1
    finally:
        csv.field_size_limit(limit)
        fh.close()
    if end <= start:
        return None  # a malformed field on one line: not what swallows rows
    # read with quotation marks as text, is every line one row of the header's number of fields?
    fh = reopen()
    try:
        n_fields = other = None
        for lineno, line in enumerate(fh, start=1):
            body = line.rstrip("\r\n")
            if not body:
                continue
            k = body.count(sep) + 1
            if n_fields is None:
                n_fields = k
            elif k != n_fields:
                other = lineno
                break
    finally:
        fh.close()
    return start, end, n_fields or 0, other


def _raise_quotes_as_text(path: Path, reopen: Callable[[], io.TextIOBase] | None, sep: str) -> None:
    """Raise the InputError of :func:`_quotes_as_text` when it finds a field that swallowed rows."""
    found = _quotes_as_text(reopen, sep) if reopen is not None else None
    if found is None:
        return
    start, end, n_fields, other = found
    rows = f"line {start + 1}" if end == start + 1 else f"lines {start + 1}-{end}"
    problem = (f"line {start}: a field starts with a quotation mark (\"), which CSV reads as quoting, so {rows} "
               "were read into that field, not as rows of their own")
    properly = "quote that field properly (\"...\", with the quotation marks inside it doubled)"
    as_read = "; quoting='csv' (--quoting csv) reads the file as its quotation marks say"
    if other is None:
        raise InputError(path, f"{problem} (read with quotation marks as text, every line is one row of "
                         f"{n_fields} fields)", "pass quoting='none' (--quoting none) to read quotation marks as "
                         f"text, or {properly}{as_read}")
    raise InputError(path, problem, f"{properly}; quoting='none' (--quoting none), which reads quotation marks as "
                     f"text, does not help here: line {other} then has another number of fields than the header"
                     f"{as_read}")


def _iter_json(path: Path, fh: io.TextIOBase, *, chunksize: int, columns: list[str] | None,
               skipped: list[dict[str, Any]]) -> Iterator[pd.DataFrame]:
    """JSON Lines in chunks; a ``.json`` file holding one JSON array of objects, or one object (see
    :func:`_wrapped_records`), is read as a whole."""
    rows: list[dict[str, Any]] = []
    big: dict[str, int] = {}  # columns of whole numbers beyond 2**53, read as strings (_json_frame)
    for line, what, rec in _json_values(path, fh, skipped):
        if not isinstance(rec, dict):
            skipped.append({"file": str(path), "line": line, "doc_id": None,
                            "reason": f"{what} is a {type(rec).__name__}, not an object"})
            continue
        rec = _flatten(rec)
        if columns is not None:
            rec = {k: rec.get(k) for k in columns}
        if _has_surrogate(rec):
            skipped.append({"file": str(path), "line": line, "doc_id": _rec_id(rec),
                            "reason": f"{what} holds a lone surrogate escape (such as \\udce9): not Unicode text"})
            continue
        rows.append(rec)
        if len(rows) >= chunksize:
            yield _json_frame(rows, path, big)
            rows = []
    if rows:
        yield _json_frame(rows, path, big)
    if big:
        warnings.warn(f"{path.name}: column(s) {', '.join(f'{c!r} ({n})' for c, n in big.items())} hold whole "
                      "numbers beyond 2**53, which a float cannot hold apart (ids of posts or users): they are read "
                      "as strings, their digits", UserWarning, stacklevel=2)


def _json_frame(rows: list[dict[str, Any]], path: Path, big: dict[str, int]) -> pd.DataFrame:
    """The records as a DataFrame; a column holding whole numbers beyond 2**53 as strings, their digits
    (``big`` counts them per column for the warning of :func:`_iter_json`). Such numbers are ids (of posts,
    replies, users: 64-bit ids of 19 digits), which a float64 cannot hold: from 2**53 on, IEEE 754 doubles
    skip whole numbers, so where a record lacked the value pandas made the column float64 and
    ``1234567890123456702`` and ``...704`` became one number, one group (Twitter's API documentation gives
    its ids as ``id_str`` for the same reason)."""
    df = pd.DataFrame(rows)
    for c in df.columns:
        # whatever the column's dtype in this chunk (int64 where no record lacks the value), so chunks agree
        if df[c].dtype in (np.float64, np.int64, object):
            values = [r.get(c) for r in rows]
            if any(isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2 ** 53 for v in values):
                df[c] = pd.Series([str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in values],
                                  index=df.index, dtype=object)
                big[c] = big.get(c, 0) + sum(isinstance(v, int) and not isinstance(v, bool) for v in values)
    return df


def _json_values(path: Path, fh: io.TextIOBase, skipped: list[dict[str, Any]]) -> Iterator[tuple[int | None, str, Any]]:
    """(line number or None, what it is, value) of every item of a JSON array file or line of a JSON Lines file;
    lines that are not JSON go to ``skipped``."""
    first = fh.readline()
    lines: Iterator[str] = _chain_first(first, fh)
    dot_json = file_format(path) == "jsonl" and ".json" in [s.lower() for s in path.suffixes]
    whole = dot_json and first.lstrip().startswith("[")
    if dot_json and first.lstrip().startswith("{"):
        # one JSON object over several lines (pretty-printed), or on its one line: the whole file is one
        # value; a first line that is a whole object followed by more lines is JSON Lines named .json
        try:
            json.loads(first)
        except json.JSONDecodeError:
            whole = True
        else:
            ahead = [fh.readline()]  # blank lines kept, so that line numbers stay the file's
            while ahead[-1] and not ahead[-1].strip():
                ahead.append(fh.readline())
            whole = not ahead[-1]
            lines = _chain_first(first, itertools.chain(ahead, fh))
    if whole:
        text = first + fh.read()
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise InputError(path, f"not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})",
                             "fix the JSON, or write one JSON object per line (JSON Lines, .jsonl)") from None
        if isinstance(data, dict):
            data, what = _wrapped_records(path, data)
        elif isinstance(data, list):
            what = "the JSON array"
        else:
            raise InputError(path, f"holds a JSON {type(data).__name__}, not an array of objects",
                             "write one JSON object per document (a JSON array of objects, or JSON Lines)")
        for i, rec in enumerate(data):
            yield None, f"item {i} of {what}", rec
        return
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            skipped.append({"file": str(path), "line": lineno, "doc_id": None,
                            "reason": f"invalid JSON ({err.msg} at column {err.colno})"})
            continue
        yield lineno, "JSON line", rec


def _wrapped_records(path: Path, data: dict[str, Any]) -> tuple[list[Any], str]:
    """The records of a ``.json`` file that holds one object: the list of objects under its one key that holds
    such a list, as the responses of news APIs wrap their articles (GDELT DOC 2.0 ``{"articles": [...]}``,
    NewsAPI ``{"status": "ok", "totalResults": 2, "articles": [...]}``; the other keys describe the response,
    not a document); an object without such a key is one document. It had been one document holding the
    list (or, pretty-printed, every line skipped as invalid JSON)."""
    keys = [k for k, v in data.items() if isinstance(v, list) and v and all(isinstance(r, dict) for r in v)]
    if len(keys) > 1:
        raise InputError(path, f"holds one JSON object with several lists of objects ({_fmt(keys)}), so which "
                         "of them are the documents is not clear",
                         "write the documents' list alone (a JSON array of objects, or JSON Lines)")
    if keys:
        return data[keys[0]], f"the JSON list {keys[0]!r}"
    return [data], "the JSON object"


def _flatten(rec: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A JSON object with its nested objects as dotted keys, as ``pandas.json_normalize`` names them:
    ``{"meta": {"outlet": "W"}}`` -> ``{"meta.outlet": "W"}`` (an empty object is a missing value). Exports of
    news APIs and scrapers nest the text and metadata (``body.text``, ``meta.author.name``); a nested object left
    as one value could be named by no ``text=``/``source=`` and was a dict that no table can group by."""
    if not any(isinstance(v, dict) for v in rec.values()) and not prefix:
        return rec
    out: dict[str, Any] = {}
    for k, v in rec.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict) and v:
            out.update(_flatten(v, f"{key}."))
        else:
            out[key] = None if isinstance(v, dict) else v
    return out


def _json_text(value: Any) -> Any:
    """A list, tuple, set, array or dict as its JSON text (a set sorted); anything else unchanged."""
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, (set, frozenset)):
        value = sorted(value, key=str)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _strip_labels(out: pd.DataFrame, columns: list[str], name: str) -> None:
    """Metadata strings without the white space around them (a value of white space only is missing), with a
    warning counting them per column. A cell typed "The Guardian " in a spreadsheet was a group of its own
    beside "The Guardian", printed the same in every table and figure; readr's read_csv trims fields so by
    default (``trim_ws = TRUE``). Each value is stripped on its own, so chunks of a file agree."""
    changed: dict[str, int] = {}
    example = ""
    for c in columns:
        col = out[c]
        if pd.api.types.is_numeric_dtype(col.dtype) or pd.api.types.is_datetime64_any_dtype(col.dtype):
            continue
        padded = col.map(lambda v: isinstance(v, str) and v != v.strip()).astype(bool)
        if padded.any():
            example = example or f"{col[padded].iloc[0]!r} -> {col[padded].iloc[0].strip()!r}"
            changed[c] = int(padded.sum())
            out[c] = col.where(~padded, col[padded].map(lambda v: v.strip() or None))
    if changed:
        warnings.warn(f"{name!r}: {sum(changed.values())} metadata value(s) with white space around them, read "
                      f"without it (e.g. {example}), in column(s) {', '.join(f'{c!r} ({n})' for c, n in changed.items())}"
                      ": a label that prints the same is one group; a value of white space only is missing",
                      UserWarning, stacklevel=4)


# A number as R's write.csv, readr's write_csv, Stata's export delimited and pandas' to_csv write it: an optional
# minus, the digits of its whole part without a leading zero (at most 15, which a float64 holds exactly), an
# optional decimal part. "007", "+1", "1e5", "1,250", "40%" and a 19-digit id do not match (see numbers_of_text).
_NUMBER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]+)?")


def numbers_of_text(values: pd.Series) -> pd.Series | None:
    """The column as numbers if each of its non-missing values is a number as statistical software writes one
    (``"12"``, ``"-3"``, ``"2.5"``, ``"1.0"``): ``Int64`` where none has a decimal point, else ``float64``;
    None (the column stays text) where one value is anything else.

    A value with a leading zero (``"007"``, a code, a zip code: the zero is part of it), a sign ``+``, an
    exponent, a thousands separator, a percent sign, a missing-value code that is not empty or ``NA``
    (``"."``) or more than 15 digits before the point (a 19-digit id, which a float cannot hold and which is
    no quantity) keeps the whole column as text, unchanged."""
    if values.dtype != object and not pd.api.types.is_string_dtype(values.dtype):
        return None
    # each distinct value is read once (a year, a wave): codes of the values, -1 where missing
    codes, distinct = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=True)
    if len(distinct) == 0:
        return None
    if not all(isinstance(v, str) and _NUMBER_TEXT.fullmatch(v) is not None for v in distinct):
        return None
    whole = not any("." in v for v in distinct)
    has = codes >= 0
    if whole:
        nums = np.array([int(v) for v in distinct], dtype=np.int64)[np.where(has, codes, 0)]
        return pd.Series(pd.arrays.IntegerArray(nums, ~has), index=values.index, name=values.name)
    nums = np.array([float(v) for v in distinct], dtype=np.float64)[np.where(has, codes, 0)]
    nums[~has] = np.nan
    return pd.Series(nums, index=values.index, name=values.name)


def _numbers_as_numbers(out: pd.DataFrame, columns: list[str], name: str) -> None:
    """Read the metadata columns of a CSV/TSV file (or a folder's metadata.csv) that hold only numbers as
    numbers (:func:`numbers_of_text`), with one warning naming them and the override.

    A CSV has no types: read as strings, a ``wave`` of 1 to 12 sorted 1, 10, 11, 12, 2, ... in every table,
    figure and categorical of ``tokenize``, and a year could not be compared with a number. R's read.csv,
    readr's read_csv and pandas' read_csv read such a column as numbers by default; this does so with a
    stricter rule (no leading zeros, at most 15 digits), and says what it converted."""
    done: list[str] = []
    for c in columns:
        nums = numbers_of_text(out[c])
        if nums is not None:
            out[c] = nums
            done.append(f"{c!r} ({nums.dtype})")
    if done:
        warnings.warn(f"{name!r}: metadata column(s) holding only numbers read as numbers, so that they sort and "
                      f"compare as numbers (1, 2, ..., 10, not 1, 10, 2): {', '.join(done)}. Pass "
                      "infer_types=False (--no-infer-types) to keep every metadata column as text",
                      UserWarning, stacklevel=4)


# A number as Excel's "General" format saves a cell of more than 11 digits to CSV: six significant digits and an
# exponent ("1.23457E+18"); the other digits are not in the file
_EXCEL_EXPONENT = re.compile(r"-?[0-9](?:\.[0-9]{1,14})?E\+(?:1[1-9]|[2-9][0-9])", re.IGNORECASE)


def _excel_exponents(out: pd.DataFrame, columns: list[str], name: str) -> None:
    """Warn about metadata columns holding numbers in the scientific notation of a spreadsheet's CSV
    (``1.23457E+18``): long ids (respondents, posts) saved by Excel without their last digits, so that ids
    differing there are one value, one group, without a word. Nothing can restore the digits: the fix is
    saving the column as text in the spreadsheet."""
    for c in columns:
        col = out[c]
        if col.dtype != object and not pd.api.types.is_string_dtype(col.dtype):
            continue
        hits = [v for v in col if isinstance(v, str) and _EXCEL_EXPONENT.fullmatch(v.strip()) is not None]
        if hits:
            warnings.warn(f"{name!r}: metadata column {c!r} holds {len(hits)} number(s) in a spreadsheet's scientific "
                          f"notation (such as {hits[0]!r}), {len(set(hits))} distinct: a spreadsheet saves numbers of "
                          "12 or more digits so, with six significant digits, and ids that differ in the digits left "
                          "out are one value and one group. Fix: format the column as Text in the spreadsheet (or "
                          "take the ids from the source data) and save the file again", UserWarning, stacklevel=4)


#: the first integer a float64 cannot tell from its neighbour (2**53 + 1 is read as 2**53): IEEE 754 binary64 has
#: a 53-bit significand
_FLOAT_EXACT = 2 ** 53


def _floats_of_ids(df: pd.DataFrame, columns: list[str], name: str) -> None:
    """Warn about float columns holding whole numbers beyond 2**53: integers of 16 or more digits (19-digit ids of
    posts, users, respondents) that can no longer be told apart.

    pandas reads a column of such ids as int64 where every row has one, and as float64 where one is missing
    (NaN needs a float): ``1111111111111111111`` and ``1111111111111111112`` are then the same number, so two
    respondents became one group, without a word. The digits are gone before the corpus sees them; the fix is
    reading the column as text (``dtype={col: str}``) or as nullable integers (``'Int64'``)."""
    for c in columns:
        col = df[c]
        if not pd.api.types.is_float_dtype(col.dtype):
            continue
        vals = col.to_numpy(dtype=float, na_value=np.nan)
        vals = vals[~np.isnan(vals)]
        big = np.abs(vals) >= _FLOAT_EXACT
        if not big.any() or not (vals == np.round(vals)).all():
            continue
        first = float(vals[big][0])
        warnings.warn(f"{name!r}: column {c!r} holds {int(big.sum())} whole number(s) of 16 or more digits as "
                      f"floats (such as {first!r}), which cannot hold such integers apart (two ids one apart are "
                      f"one float beyond 2**53): its {len(np.unique(vals))} distinct value(s) may stand for more ids, "
                      "merged in every group and table. pandas reads a column of long ids so where a value is "
                      f"missing. Fix: read it as text, pd.read_csv(path, dtype={{{c!r}: str}}) (or as 'Int64'), "
                      "and load that DataFrame", UserWarning, stacklevel=4)


def _containers_as_text(out: pd.DataFrame, columns: list[str], name: str) -> None:
    """Read the lists and objects of metadata columns (a JSON record's ``"tags": ["a", "b"]``, a Parquet list
    column) as their JSON text, with a warning per column: a table groups by values that can be compared and
    hashed, and a list is neither (``tokenize`` failed inside pandas: "unhashable type: 'list'")."""
    for c in columns:
        col = out[c]
        if col.dtype != object:
            continue
        is_container = col.map(lambda v: isinstance(v, (list, tuple, set, frozenset, dict, np.ndarray))).astype(bool)
        if is_container.any():
            first = col[is_container].iloc[0]
            kind = "lists" if not isinstance(first, dict) else "objects"
            out[c] = col.map(_json_text)
            warnings.warn(f"metadata column {c!r} of {name!r} holds {kind} ({int(is_container.sum())} value(s), e.g. "
                          f"{_json_text(first)!r:.60}); they are read as their JSON text, one group per distinct "
                          "value. To group by their items, make one row or column per item before loading",
                          UserWarning, stacklevel=4)


def _has_surrogate(rec: dict[str, Any]) -> bool:
    """Whether a JSON record holds a string with a lone surrogate (a ``\\udXXX`` escape without its pair)."""
    return any(isinstance(v, str) and LONE_SURROGATE.search(v) for v in rec.values())


def _rec_id(rec: dict[str, Any]) -> Any:
    value = rec.get("doc_id")
    return None if value is None else LONE_SURROGATE.sub("\ufffd", str(value))


def _chain_first(first: str, fh: io.TextIOBase) -> Iterator[str]:
    if first:
        yield first
        yield from fh


def iter_documents(path: str | Path, *, chunksize: int = 10_000, encoding: str = "utf-8",
                   encoding_errors: str = "strict", skipped: list[dict[str, Any]] | None = None,
                   columns: list[str] | None = None, sep: str | None = None,
                   quoting: str = "auto") -> Iterator[pd.DataFrame]:
    """Read a CSV/TSV, JSONL (optionally .gz) or Parquet file in chunks of ``chunksize`` rows.

    Yields raw DataFrames (the file's own columns; of a CSV/TSV, not a first column without a name that holds
    the row numbers, as R's write.csv and pandas' to_csv write them: it is left out, with a warning). Lines that are not valid JSON are appended to
    ``skipped`` (when given) with their line number, and never stop the reading. A ``.json`` file that holds
    one JSON array of objects is read as a whole. A CSV/TSV row with more fields than the header raises
    :class:`~discourse.errors.InputError` naming the lines (``sep`` gives another delimiter than the
    suffix's: ``,`` for .csv, tab for .tsv). ``quoting='none'`` reads quotation marks in a CSV/TSV file as
    text; the default, ``'auto'``, reads CSV quoting but refuses a file where a text that starts with a
    quotation mark swallowed the following rows (see :func:`load_corpus`); ``'csv'`` reads CSV quoting
    without that check. A byte-order mark decides the encoding (UTF-8, UTF-16, UTF-32).
    This is the reader behind :func:`load_corpus` and the streaming counters, so memory stays bounded by
    ``chunksize``.
    """
    path = Path(path)
    _check_encoding(encoding, encoding_errors)
    check_one_of("quoting", quoting, QUOTING)
    fmt = file_format(path)
    skipped = skipped if skipped is not None else []
    if sep is not None and (not isinstance(sep, str) or not sep):
        raise ValueError(f"sep={sep!r} (--sep) must be a non-empty string such as ',', ';' or '\\t'")
    if fmt in ("jsonl", "csv", "tsv"):
        fh = _open_text(path, encoding, encoding_errors)
        try:
            if fmt == "jsonl":
                yield from _iter_json(path, fh, chunksize=chunksize, columns=columns, skipped=skipped)
            else:
                yield from _iter_delimited(path, fh, sep=sep or ("," if fmt == "csv" else "\t"),
                                           chunksize=chunksize, columns=columns, quoting=quoting,
                                           reopen=lambda: _open_text(path, encoding, encoding_errors))
        except UnicodeDecodeError as err:
            # err.object: the block of bytes that was being decoded, enough to tell cp1252 and UTF-8 by
            raise InputError(path, f"not valid {fh.encoding} text ({err.reason})",
                             _fix_encoding(bytes(err.object), fh.encoding)) from None
        except (gzip.BadGzipFile, EOFError, zlib.error) as err:
            raise _gzip_error(path, err) from None
        except pd.errors.ParserError as err:
            raise InputError(path, f"not a readable {fmt.upper()} file: {' '.join(str(err).split())}",
                             "check the quoting, or give the delimiter with sep= (--sep)") from None
        finally:
            fh.close()
    elif fmt == "parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise ImportError("reading Parquet needs pyarrow: pip install 'discourse[parquet]'") from None
        try:
            pf = pq.ParquetFile(path)
        except Exception as err:  # pyarrow raises ArrowInvalid (a ValueError) or OSError
            raise InputError(path, f"not a readable Parquet file ({err})",
                             "write the file again with pandas.DataFrame.to_parquet, or give a .csv/.jsonl file") from None
        for batch in pf.iter_batches(batch_size=chunksize, columns=columns):
            yield batch.to_pandas()
    else:
        raise ValueError(f"{path}: unsupported file type {''.join(path.suffixes)!r}; load_corpus reads folders of "
                         ".txt/.md files, .csv, .tsv, .jsonl (.gz) and .parquet")


def load_corpus(path: str | Path | pd.DataFrame | Corpus | None = None, *, text: str = "text", doc_id: str | None = "doc_id",
                source: str | None = "source", title: str | None = "title", author: str | None = "author",
                date: str | None = "date", clean: bool = True, encoding: str = "utf-8",
                encoding_errors: str = "strict", unlisted: str = "error", name: str | None = None,
                sep: str | None = None, follow_links: bool = False, quoting: str = "auto",
                html_entities: bool = True, split_exports: bool = False, infer_types: bool = True) -> Corpus:
    """Load a corpus from a folder or a file; with no ``path``, the bundled seed corpus.

    Parameters
    ----------
    path : folder or file, optional
        - a **folder** of ``.txt``/``.md`` files (one document each; ``doc_id`` is the file name without
          suffix). A ``metadata.csv`` beside them with a ``file`` column adds metadata per file; a file
          it names that does not exist is an error, and a file it does not name follows ``unlisted``.
          ``README.md``/``LICENSE`` files are folder documentation, not documents. Other files are
          listed in ``Corpus.skipped``, and so are subfolders (not read). A file that metadata.csv names
          twice is an error.
        - a single ``.txt``/``.md`` file (one document);
        - a ``.csv``/``.tsv``/``.jsonl``/``.ndjson`` file (optionally ``.gz``), a ``.json`` file (JSON Lines,
          one array of objects, one object whose one list of objects holds the documents, as GDELT's and
          NewsAPI's ``{"articles": [...]}``, or one object, a document) or a ``.parquet`` file with one
          document per row;
        - a pandas **DataFrame** with one document per row (the same column arguments; as
          :meth:`Corpus.from_dataframe`), or a :class:`Corpus` (returned as it is).
    text, doc_id, source, title, author, date : str or None
        Column names (for tables and metadata.csv). ``doc_id=None`` numbers documents.
        When ``source`` names no column, the source is the outlet found by cleaning, or the corpus name.
        Where the column is there but a document's value is missing (null, an empty CSV field, or a blank
        string), its source is ``"(missing)"``, with a warning counting such documents.
        A metadata column (``title``, ``author`` and the extra columns) whose values mix numbers, strings and
        booleans (``2000`` in some records, ``"2000"`` in others, as in concatenated JSON exports) is read as
        strings, their printed form (``2000`` and ``2000.0`` -> ``'2000'``, ``True`` -> ``'True'``), so that
        values that print the same are one group, with a :class:`MixedTypesWarning` naming the column and how
        many values were read so; make the column one type before loading to avoid it. Doc ids are always
        read as strings (``1`` and ``"1"`` are then a duplicate id).
        For a folder whose metadata.csv has an ``outlet`` column but no ``source``, the outlet is the
        source (``unknown (<doc_id>)`` where the outlet is unknown, so unknown outlets are not pooled).
        Dates with a time zone are converted to UTC (a column may mix zones); dates without one are
        taken as they are; the ``date`` column holds no zone. A number in the date column that is a whole
        year from 1000 to 2999 (``2019``) is read as January 1st of that year; any other number (Unix
        seconds, days) is an error: convert such dates to ISO dates (``YYYY-MM-DD``) first. Dates out of
        the range pandas can hold (before 1677-09-22, after 2262-04-11, such as ``0001-01-01``) are an
        error naming the value and its document. Slash dates (``15/09/2019``) are read month first
        (``MM/DD/YYYY``) unless one of the column's values can only be day first (a first number over 12):
        then all of them are read day first, with a warning where some were ambiguous; a column with both
        kinds (``15/09/2019`` and ``09/15/2019``) is an error, and a column whose slash dates are all
        ambiguous (``05/06/2019``) is read month first with a warning. Dates written with dots
        (``07.12.2026``) are day first, the notation's only order, whatever the column's other dates.
    clean : bool
        Find header and boilerplate spans (see :func:`clean_document`) and set them aside. Nothing in
        ``text`` is changed either way.
    html_entities : bool
        Decode HTML character references written out with their semicolon ("&amp;", "&quot;", "&#39;",
        "&#x27;"), as social-media exports and scraped comments carry them, into the characters they stand
        for (``html.unescape``, once per reference), with a warning counting the documents and references
        decoded. This is the text's encoding, not its content: left as written, "&amp;" was the word "amp" in
        every count and "&quot;Smart&quot;" no quotation. ``False`` keeps them as written.
    split_exports : bool
        Read each article of a text file that holds a news-database export (LexisNexis "Document 3 of 40",
        "3 of 40 DOCUMENTS", Nexis Uni "End of Document", Factiva "Document <accession number>") as a document
        of its own (:func:`export_articles`): doc ids ``<file stem>-001``, ``-002``, ..., the file's metadata.csv
        row repeated on each, an ``article`` column with its place in the file; cleaning reads each article's
        headline, date, byline and publication from its header (the publication is then its source where
        ``source`` names no column). Default False: such a file is one document, with a warning.
    encoding, encoding_errors : str
        How to decode files; ``encoding_errors='replace'`` substitutes undecodable bytes. A file that
        starts with a byte-order mark is decoded as the mark says (UTF-8, UTF-16 or UTF-32), whatever
        ``encoding`` is, and the mark is not part of the text.
    unlisted : {'error', 'include', 'skip'}
        What to do with folder files that metadata.csv does not name.
    name : str, optional
        The corpus label (default: the folder or file name; ``seeds`` for the bundled corpus).
    sep : str, optional
        The delimiter of a CSV/TSV file, and of a folder's metadata.csv (default: ``,`` for .csv and
        metadata.csv, a tab for .tsv; ``';'`` for a file Excel saved in a locale that writes decimal commas,
        where a header read with ``,`` is one column, an error naming the fix). In a CSV/TSV file (and a
        folder's metadata.csv), a field ``NA`` is a missing value, as R writes it and R, readr and pandas
        read it, with a warning counting them per column; a DataFrame keeps its strings as they are.
    quoting : {'auto', 'csv', 'none'}
        How a CSV/TSV file (and a folder's metadata.csv) is quoted. ``'none'`` reads quotation marks as
        text. ``'auto'`` (the default) reads CSV quoting (``"..."`` around a field that holds the delimiter,
        a line break or quotation marks, these doubled), but refuses a file where a text that only starts
        with a quotation mark swallowed the following rows: when a field holds a line break, the file is
        read again as strict CSV, and a record over several lines that is not valid CSV (a closing quotation
        mark followed by more text, or none at all) is an error naming its line and the fix
        (``quoting='none'`` where the file reads as one row per line with the marks as text). ``'csv'``
        reads CSV quoting without that check, as the quotation marks say.
    infer_types : bool
        Read a metadata column of a CSV/TSV file or of a folder's metadata.csv (not the ``text``, ``doc_id``,
        ``source``, ``title``, ``author``, ``date`` or ``file`` columns) that holds only numbers as numbers:
        ``Int64`` where all are whole numbers, else ``float64``, with a warning naming the columns converted.
        A CSV has no types, and as strings a ``wave`` of 1 to 12 sorted 1, 10, 11, 12, 2, ... in every table and
        figure. A value counts as a number where it is written as statistical software writes one (``12``,
        ``-3``, ``2.5``, ``1.0``): one value with a leading zero (``007``), a thousands separator
        (``1,250``), a percent sign, a missing-value code such as ``.``, or more than 15 digits (a 19-digit
        id) keeps the column as text; booleans (``TRUE``/``FALSE``) stay text. ``False`` keeps every column as
        text. DataFrames, JSON and Parquet keep the types they have.
    follow_links : bool
        Read symbolic links in a folder that point outside it (default False: such links, broken links
        and link loops are listed in ``Corpus.skipped`` and not read; links to files inside the folder are
        read).

    Raises
    ------
    ValueError
        Empty corpus, duplicate doc ids, missing text column (the message lists the columns), metadata
        naming missing files. :class:`~discourse.errors.InputError` (a ValueError) for a file that
        cannot be read as given: text not valid in ``encoding``, a CSV row with more fields than the
        header, a truncated or non-gzip ``.gz``, an unreadable Parquet or JSON file; the message names the
        file, the problem and the fix.
    TypeError
        A text column that holds something other than strings (numbers, bytes, lists).
    """
    check_one_of("unlisted", unlisted, ["error", "include", "skip"])
    check_one_of("quoting", quoting, QUOTING)
    clean, follow_links, html_entities, split_exports, infer_types = (check_flag(p, v) for p, v in (
        ("clean", clean), ("follow_links", follow_links), ("html_entities", html_entities),
        ("split_exports", split_exports), ("infer_types", infer_types)))
    _check_encoding(encoding, encoding_errors)
    if isinstance(path, pd.DataFrame):
        # a table already in memory: the same columns as a CSV file's, read by Corpus.from_dataframe
        return Corpus.from_dataframe(path, text=text, doc_id=doc_id, source=source, title=title, author=author,
                                     date=date, clean=clean, name=name or "corpus", html_entities=html_entities)
    if isinstance(path, Corpus):
        return path
    if not isinstance(path, (str, Path, type(None))) and not hasattr(path, "__fspath__"):
        raise TypeError(f"load_corpus needs a folder or file path, a pandas DataFrame or a Corpus, got "
                        f"{type(path).__name__}; for texts in a list, build a DataFrame with a 'text' column "
                        "(pd.DataFrame({'text': texts})) and pass it")
    skipped: list[dict[str, Any]] = []
    if path is None:
        path = seeds_path()
        name = name or "seeds"
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"corpus path {str(path)!r} does not exist")
    name = name or (path.name.split(".")[0] if path.is_file() else path.name) or "corpus"
    file_column = None
    typed = True  # the file holds types of its own (JSON, Parquet); a CSV/TSV's are all strings
    if path.is_dir():
        typed = False
        df, file_column = _read_folder(path, encoding=encoding, encoding_errors=encoding_errors,
                                       unlisted=unlisted, follow_links=follow_links, skipped=skipped,
                                       quoting=quoting, sep=sep)
        if split_exports:
            df = _split_exports(df, name, skipped)
        else:
            _report_exports(df["file"].tolist(), df["text"].tolist(), name)
        defaults = {**_DEFAULT_NAMES}
    else:
        fmt = file_format(path)
        if fmt == "txt":
            try:
                body = _read_text_file(path, encoding, encoding_errors)
            except _BinaryFile as err:
                if err.wide is not None:
                    raise _wide_error(path, err.wide, encoding) from None
                raise InputError(path, "a binary file (contains NUL bytes), not text",
                                 "give a text file, or its encoding with --encoding (e.g. utf-16)") from None
            df = pd.DataFrame({"doc_id": [path.stem], "text": [body]})
            if split_exports:
                df = _split_exports(df.assign(file=path.name), name, skipped).drop(columns="file")
            else:
                _report_exports([path.name], [body], name)
        else:
            typed = fmt not in ("csv", "tsv")
            chunks = list(iter_documents(path, encoding=encoding, encoding_errors=encoding_errors,
                                         skipped=skipped, chunksize=50_000, sep=sep, quoting=quoting))
            if not chunks:
                raise ValueError(f"the corpus {str(path)!r} has no documents"
                                 + (f" ({len(skipped)} line(s) skipped; first: line {skipped[0]['line']}: "
                                    f"{skipped[0]['reason']})" if skipped else ""))
            df = pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]
        defaults = _DEFAULT_NAMES
    return _build(df, text=text, doc_id=doc_id, source=source, title=title, author=author, date=date,
                  clean=clean, name=name, origin=str(path), skipped=skipped, defaults=defaults,
                  file_column=file_column, html_entities=html_entities, infer_types=infer_types and not typed)


def concat_corpora(corpora: Sequence[Corpus] | dict[str, Corpus], *, column: str = "corpus",
                   prefix_ids: bool = False, name: str | None = None) -> Corpus:
    """One corpus from several loaded ones (a folder of exports, a scraper's CSV, a JSON Lines file), each
    loaded with its own columns, encoding and options, keeping where every document came from.

    Parameters
    ----------
    corpora : sequence of Corpus, or dict of name -> Corpus
        The corpora in order; their names (``Corpus.name``, or the dict's keys) must differ.
    column : str
        The metadata column that names each document's corpus (default ``corpus``); it reaches the token table
        like any metadata, so ``by="corpus"`` compares the collections.
    prefix_ids : bool
        Write doc ids as ``<corpus name>/<doc_id>`` (also in ``set_aside`` and ``skipped``), for corpora whose ids
        repeat (rows numbered ``0, 1, ...`` in each file). Without it, a doc id found in two corpora is an error
        naming the ids and the corpora.
    name : str, optional
        The new corpus's name (default: the names joined with ``+``).

    Returns
    -------
    Corpus whose ``documents`` are the corpora's rows in order (the union of their columns, a metadata column
    missing from a corpus left empty there) plus ``column``; ``set_aside`` and ``skipped`` are theirs, with ids
    prefixed as the documents'. The texts are not read again: no cleaning, decoding or date parsing runs twice,
    and every offset of ``set_aside`` still points at the same characters. A metadata column that one corpus
    holds as numbers and another as strings is read as strings, with a :class:`MixedTypesWarning`, as
    :func:`load_corpus` does within one file. (Rebuilding with ``Corpus.from_dataframe(pd.concat(...))`` lost
    every corpus's ``skipped`` record and decoded HTML character references a second time.)
    """
    if isinstance(corpora, dict):
        named = [(str(k), c) for k, c in corpora.items()]
    elif isinstance(corpora, (list, tuple)):
        named = [(getattr(c, "name", None), c) for c in corpora]
    else:
        raise TypeError(f"concat_corpora needs a list or dict of Corpus objects, got {type(corpora).__name__}")
    bad = [type(c).__name__ for _, c in named if not isinstance(c, Corpus)]
    if bad:
        raise TypeError(f"concat_corpora needs Corpus objects (dc.load_corpus(...)), got {_fmt(bad)}")
    if not named:
        raise ValueError("concat_corpora needs at least one corpus")
    if not isinstance(column, str) or not column or column in CORE_COLUMNS:
        raise ValueError(f"column={column!r} must be a new metadata column name such as 'corpus'; "
                         f"not one of {_fmt(CORE_COLUMNS)}")
    names = [n for n, _ in named]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ValueError(f"corpus names repeat: {_fmt(repeated)}; each corpus's name tells its documents apart. "
                         "Load them with name='...' (--name), or pass a dict {name: corpus}")
    taken = [n for n, c in named if column in c.documents.columns]
    if taken:
        raise ValueError(f"column={column!r} is already a metadata column of {_fmt(taken)}; name another column "
                         "for the corpus names, e.g. column='collection'")
    prefix_ids = check_flag("prefix_ids", prefix_ids)  # "False" is true in Python: it had prefixed every id
    docs, aside, skipped = [], [], []
    for n, c in named:
        d = c.documents.copy()
        a = c.set_aside.copy()
        sk = c.skipped.copy()
        if prefix_ids:
            d["doc_id"] = [f"{n}/{i}" for i in d["doc_id"]]
            a["doc_id"] = [f"{n}/{i}" for i in a["doc_id"]]
            sk["doc_id"] = [None if is_missing(i) else f"{n}/{i}" for i in sk["doc_id"]]
        d.insert(d.columns.get_loc("text"), column, n)
        docs.append(d)
        aside.append(a)
        skipped.append(sk)
    where: dict[str, list[str]] = {}
    for (n, _), d in zip(named, docs, strict=True):
        for i in d["doc_id"]:
            where.setdefault(i, []).append(n)
    clash = {i: ns for i, ns in where.items() if len(ns) > 1}
    if clash:
        shown = "; ".join(f"{i!r} in {' and '.join(map(repr, ns))}" for i, ns in list(clash.items())[:5])
        raise ValueError(f"{len(clash)} doc id(s) are in more than one corpus ({shown}); doc ids must be unique. "
                         "Pass prefix_ids=True to write them as '<corpus name>/<doc_id>', or load the corpora with "
                         "ids of their own (doc_id='<column>')")
    out = pd.concat(docs, ignore_index=True, sort=False)
    # the core columns first, then every metadata column in the order the corpora bring them
    extra = [c for c in out.columns if c not in CORE_COLUMNS]
    out = out[[c for c in CORE_COLUMNS if c != "text"] + extra + ["text"]]
    out["date"] = out["date"].astype("datetime64[ns]")
    label = name or "+".join(names)
    kinds = _one_type(out, [c for c in out.columns if c not in ("doc_id", "source", "date", "text")])
    aside = [a for a in aside if len(a)]
    skipped = [sk for sk in skipped if len(sk)]
    aside_df = pd.concat(aside, ignore_index=True) if aside else pd.DataFrame(columns=SET_ASIDE_COLUMNS)
    skipped_df = pd.concat(skipped, ignore_index=True) if skipped else pd.DataFrame(columns=SKIPPED_COLUMNS)
    corpus = Corpus(out, set_aside=aside_df, skipped=skipped_df, name=label,
                    clean=all(c.cleaned for _, c in named), origin=" + ".join(str(c.origin or c.name) for _, c in named))
    corpus._kinds = kinds
    return corpus
