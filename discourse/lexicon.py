"""Lexicons: categories of words, globs and multi-word phrases, matched on the token stream.

A :class:`Lexicon` maps *categories* (frames such as ``promotional`` and ``rights``) to *entries*. An entry
is one or more whitespace-separated parts; each part is a literal word (``privacy``) or a glob
(``surveil*``, ``?rwellian``: ``*`` any run of characters, ``?`` one character). Entries with several
parts are phrases (``safe city``, ``human rights violation*``). Matching follows quanteda's
``tokens_lookup`` (Benoit et al. 2018): case-insensitive on the normalised token (``norm``), globs on
single tokens, phrases on consecutive tokens, and

- **longest match first**: a token sequence covered by a longer entry is not counted again by a shorter
  one ("mass surveillance" is one hit, not also a hit for "surveillance");
- **no double counting**: every token belongs to at most one match. Among entries matching the same span,
  the most specific wins (fewer glob parts, then more literal characters, then the earlier category of
  the lexicon and the earlier entry), so overlaps between categories are resolved deterministically and
  :meth:`Lexicon.check` lists them;
- **phrases never cross a sentence boundary** (nor a document boundary);
- a phrase also matches its hyphenated single-token spelling ("safe city" matches "safe-city", because
  :func:`discourse.tokenize` keeps hyphenated words whole) and its closed spelling ("smartcity", as the
  hashtag "#SmartCity" writes it: the "#" is a mark of its own, so "#privacy" is the word "privacy").

Matching is vectorised: the distinct norms are mapped to entry ids once (prefix globs by binary search in
the sorted vocabulary, other globs by one regular expression per glob over the vocabulary, never over
the tokens), and phrases are checked only at the positions where their first part occurs.

Lexicons load (:func:`load_lexicon`, which picks the reader by the file's suffix) from six file formats: the
bundled TOML format (``.toml``, see ``discourse/lexicons/framing.toml``), LIWC (``.dic``; Pennebaker et al. 2015),
Lexicoder (``.lc3``), WordStat (``.cat``) and Yoshikoder (``.ykd``) dictionaries (the last three read by
:mod:`discourse._dictionary_formats`) and JSON (``.json``, ``{category: [pattern, ...]}``); and from a dict.
:attr:`Lexicon.hash` (SHA-256 of the canonical content) and
:attr:`Lexicon.version` go into provenance records.
"""

from __future__ import annotations

import bisect
import copy
import hashlib
import json
import re
import tomllib
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._util import _fmt, as_list, check_columns, check_dataframe, check_one_of
from .errors import InputError
from .text import document_order
from .text import normalize as _text_normalize

__all__ = ["Lexicon", "Entry", "load_lexicon", "list_lexicons", "MATCH_COLUMNS", "ENTRY_COLUMNS"]

ENTRY_COLUMNS = ["category", "pattern", "rationale", "n_parts", "is_glob", "name"]
MATCH_COLUMNS = [
    "doc_id", "paragraph", "sentence", "start_position", "end_position", "start", "end", "frame", "entry",
    "matched", "n_tokens", "token_row",
]
CHECK_COLUMNS = ["category", "pattern", "issue", "detail"]
#: :meth:`Lexicon.check` reports a glob entry as ``broad`` when its matches are more than this share of the word
#: tokens or of the distinct words (its ``max_share``; the reasoning is in its docstring)
BROAD_MAX_SHARE = 0.01
#: ... and when it matches more than this many distinct words. In a small sample one hit is already more than 1%
#: of the words, and a stem glob there matches a handful of its word family (``develop*``: develop, developed,
#: developing, development, developments, ...), so a glob matching no more than ten words is never reported. In a
#: large corpus a stem glob matches many more forms (hyphenated compounds, misspellings: ``nation*`` 177 in the
#: UN debates of 1946-2024), which is why a share, not a count, decides above this floor
BROAD_MIN_WORDS = 10
#: the keys of a lexicon file in the TOML format (:meth:`Lexicon.from_toml`), by level; any other key is a
#: misspelling that would drop what it holds, and an error. Top level: the tables, and the metadata fields
#: that some files write above them (read from ``[metadata]`` only); ``since`` marks the release an entry came
#: in (read by benchmarks/validate_framing.py, not by the library)
TOML_TOP_KEYS = ("metadata", "categories", "changelog")
TOML_METADATA_KEYS = ("name", "version", "description", "citation")
TOML_CATEGORY_KEYS = ("description", "entries")
ENTRY_KEYS = ("pattern", "rationale", "name", "since")
_GLOB_CHARS = set("*?")
_FORBIDDEN = set("[]{}")
_WORD_RE = re.compile(r"\w")


# ------------------------------------------------------------------------------------------ entries
@dataclass(frozen=True)
class Entry:
    """One lexicon entry: ``pattern`` (normalised), its ``category``, a short ``rationale`` and ``name``.

    ``name=True`` marks a brand, product, programme or institution name ("Safe City", "Human Rights
    Watch"): its hits name a thing rather than evaluate it, so :mod:`discourse.stance` gives them the use
    ``referential`` (rule ``name_entry``). Matching is the same either way.
    """

    category: str
    pattern: str
    rationale: str = ""
    name: bool = False

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.pattern.split(" "))

    @property
    def is_glob(self) -> bool:
        return any(c in _GLOB_CHARS for c in self.pattern)


def _normalize(text: str) -> str:
    return _text_normalize(text)


def _clean_pattern(raw: Any, where: str) -> str:
    """Normalise an entry pattern (lowercase, apostrophes, single spaces) and validate its glob syntax."""
    if not isinstance(raw, str):
        raise TypeError(f"{where}: pattern must be a string, got {type(raw).__name__}: {raw!r:.60}")
    pattern = " ".join(_normalize(raw).split())
    if not pattern:
        raise ValueError(f"{where}: empty pattern {raw!r}; give a word, a glob such as 'surveil*' or a phrase")
    bad = sorted(_FORBIDDEN & set(pattern))
    if bad:
        raise ValueError(
            f"{where}: invalid glob {raw!r}: character(s) {_fmt(bad)} are not supported; use '*' (any run "
            "of characters) and '?' (one character) only"
        )
    # literal words that the tokenizer splits ("city's" -> "city" "'s") are split the same way, so that
    # entries can be written as running text
    token_re = _token_re()
    parts: list[str] = []
    for part in pattern.split(" "):
        if not any(c in _GLOB_CHARS for c in part):
            pieces = token_re.findall(part)
            if len(pieces) > 1 and "".join(pieces) == part:
                parts.extend(pieces)
                continue
        parts.append(part)
    pattern = " ".join(parts)
    for part in parts:
        if "**" in part:
            raise ValueError(f"{where}: invalid glob {raw!r}: '**' in part {part!r}; use a single '*'")
        if not (set(part) - _GLOB_CHARS):
            raise ValueError(
                f"{where}: invalid glob {raw!r}: part {part!r} is only wildcards and would match every "
                "token; anchor it with at least one letter (e.g. 'surveil*')"
            )
    return pattern


def _check_name_flag(value: Any, where: str) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(f"{where}: 'name' must be true or false, got {type(value).__name__}: {value!r:.40}")
    return bool(value)


@lru_cache(maxsize=1)
def _token_re() -> re.Pattern[str]:
    from .text import TOKEN_PATTERN

    return re.compile(TOKEN_PATTERN)


def glob_regex(part: str) -> str:
    """The regular expression of one glob part: ``*`` any run of characters, ``?`` one, the rest literal."""
    return "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in part)


# ------------------------------------------------------------------------------------------ Lexicon

def _read_text(path: Path, encoding: str = "utf-8", fix: str = "save it as UTF-8") -> str:
    """A lexicon file's text; bytes the encoding cannot decode are an error naming the file, the byte and the
    fix, not a bare UnicodeDecodeError."""
    try:
        return path.read_text(encoding=encoding)
    except UnicodeDecodeError as err:
        raise InputError(path, f"not {encoding} text (byte {err.object[err.start:err.start + 1]!r} at offset "
                         f"{err.start} cannot be decoded)", fix) from None

class Lexicon:
    """A dictionary of categories, each a list of word, glob and phrase entries.

    Parameters
    ----------
    entries : iterable of Entry or (category, pattern[, rationale]) tuples
    name, version, description, citation : str
        Provenance metadata (the bundled TOML format's ``[metadata]`` table).
    categories : sequence of str, optional
        Category order; default: order of first appearance among the entries. The order breaks ties between
        categories during matching.
    category_descriptions : mapping of str to str, optional
        A description of each category (the TOML format's ``description`` of a category table).
    origin : str
        Where the lexicon came from (file path or ``"dict"``), for error messages and provenance.

    Use :func:`load_lexicon`, :meth:`from_toml`, :meth:`from_dic`, :meth:`from_lexicoder`, :meth:`from_wordstat`,
    :meth:`from_yoshikoder` or :meth:`from_dict` to build one.
    """

    def __init__(self, entries: Iterable[Entry | Sequence[str]], *, name: str = "custom",
                 version: str = "unversioned", description: str = "", citation: str = "",
                 categories: Sequence[str] | None = None,
                 category_descriptions: Mapping[str, str] | None = None, origin: str = "dict") -> None:
        items: list[Entry] = []
        written: list[Any] = []  # each entry as written, for the warning about repeats
        for i, e in enumerate(entries):
            where = f"{origin}: entry {i}"
            if isinstance(e, Entry):
                cat, pat, why, is_name = e.category, e.pattern, e.rationale, e.name
            elif isinstance(e, (tuple, list)) and len(e) in (2, 3, 4):
                cat, pat = e[0], e[1]
                why = e[2] if len(e) >= 3 else ""
                is_name = _check_name_flag(e[3], where) if len(e) == 4 else False
            else:
                raise TypeError(f"{where}: expected an Entry or a (category, pattern[, rationale[, name]]) tuple, "
                                f"got {e!r:.80}")
            if not isinstance(cat, str) or not cat.strip():
                raise ValueError(f"{where}: category must be a non-empty string, got {cat!r}")
            items.append(Entry(cat.strip(), _clean_pattern(pat, f"{where} (category {cat!r})"), str(why or ""),
                               is_name))
            written.append(pat)
        items, self.repeated = _keep_once(items, written, name, origin)
        _warn_shared_entries(items, name, origin)
        if not items:
            raise ValueError(f"lexicon {name!r} ({origin}) has no entries; add at least one pattern to a category")
        order = list(dict.fromkeys([*(categories or []), *(e.category for e in items)]))
        present = {e.category for e in items}
        empty = [c for c in order if c not in present]
        if empty:
            raise ValueError(f"lexicon {name!r} ({origin}): categor{'y' if len(empty) == 1 else 'ies'} "
                             f"{_fmt(empty)} {'has' if len(empty) == 1 else 'have'} no entries; "
                             "add entries or remove the category")
        self.entries: tuple[Entry, ...] = tuple(items)
        self.name = str(name)
        self.version = str(version)
        self.description = str(description)
        self.citation = str(citation)
        self.origin = str(origin)
        self.categories: tuple[str, ...] = tuple(order)
        self.category_descriptions: dict[str, str] = dict(category_descriptions or {})
        self._compiled: dict[str, Any] | None = None

    # -------------------------------------------------------------------------------- constructors
    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, name: str = "custom", version: str = "unversioned",
                  description: str = "", citation: str = "") -> Lexicon:
        """Build a lexicon from ``{category: [pattern, ...]}`` or ``{category: {pattern: rationale}}``.

        ``{category: [{"pattern": ..., "rationale": ..., "name": True}, ...]}`` (the TOML layout) works too;
        ``name`` (default False) marks a brand, programme or institution name (see :class:`Entry`).

        Nested categories (``{"rights": {"privacy": [...], "speech": [...]}}``, a quanteda dictionary with levels)
        are flattened to their path joined by ``"."`` (``rights.privacy``, ``rights.speech``), as quanteda's
        ``flatten_dictionary`` does and as the WordStat and Yoshikoder readers do. A dict whose values are strings is
        ``{pattern: rationale}``; one that mixes the two is an error.
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"data must be a dict of category -> patterns, got {type(data).__name__}")
        entries: list[Entry] = []
        flat = _flatten_categories(data)
        for cat, pats in flat:
            if isinstance(pats, str):
                pats = [pats]
            if isinstance(pats, Mapping):
                entries += [Entry(cat, p, str(r or "")) for p, r in pats.items()]
            elif isinstance(pats, Iterable):
                for p in pats:
                    if isinstance(p, Mapping):
                        if "pattern" not in p:
                            raise ValueError(f"category {cat!r}: entry {dict(p)!r:.80} has no 'pattern' key")
                        unknown = [k for k in p if k not in ENTRY_KEYS]
                        if unknown:
                            raise ValueError(f"category {cat!r}: entry {dict(p)!r:.80} has unknown key(s) "
                                             f"{_fmt(unknown)}; known keys: {_fmt(ENTRY_KEYS)} (a misspelled "
                                             "key would be dropped; correct it)")
                        entries.append(Entry(cat, p["pattern"], str(p.get("rationale", "") or ""),
                                             _check_name_flag(p.get("name", False), f"category {cat!r}: entry "
                                                              f"{p['pattern']!r}")))
                    else:
                        entries.append(Entry(cat, p, ""))
            else:
                raise TypeError(f"category {cat!r}: expected a list of patterns or a dict pattern -> "
                                f"rationale, got {type(pats).__name__}")
        return cls(entries, name=name, version=version, description=description, citation=citation,
                   categories=[c for c, _ in flat], origin="dict")

    @classmethod
    def from_toml(cls, path: str | Path, *, text: str | None = None) -> Lexicon:
        """Read the bundled TOML format.

        Layout::

            [metadata]
            name = "framing"
            version = "1.0.0"
            description = "..."
            citation = "..."

            [categories.promotional]
            description = "..."
            entries = [
              { pattern = "smart cit*", rationale = "..." },
              { pattern = "safe cit*", rationale = "...", name = true },
            ]

        ``name = true`` marks a brand, programme or institution name (see :class:`Entry`). The ``[metadata]``
        keys may also stand at the top of the file, before any table (``name = "framing"``); the same key set
        both ways to different values is an error.

        Errors name the file and, where the parser or the pattern text allows, the line.
        """
        path = Path(path)
        if text is None:
            if not path.is_file():
                raise FileNotFoundError(f"lexicon file not found: {path}")
            text = _read_text(path)
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise ValueError(f"{path}: malformed TOML: {err}; fix the file at that line") from None
        _check_toml_keys(path, text, data)
        meta = _toml_metadata(path, text, data)
        cats = data.get("categories")
        if not isinstance(cats, dict) or not cats:
            raise ValueError(f"{path}: no [categories.<name>] tables; a lexicon needs at least one category "
                             "with entries = [{ pattern = \"...\", rationale = \"...\" }]")
        entries: list[Entry] = []
        descriptions: dict[str, str] = {}
        # a sub-table ([categories.rights.privacy]) is a nested category: flattened to its path joined by "."
        # ("rights.privacy"), as the dict, WordStat and Yoshikoder readers and quanteda's flatten_dictionary do;
        # a table that only holds sub-tables is no category of its own
        tables: list[tuple[str, Any]] = []

        def walk(cat: str, body: Any) -> None:
            if isinstance(body, dict):
                subs = [k for k, v in body.items() if isinstance(v, dict)]
                if not subs or any(k in body for k in TOML_CATEGORY_KEYS):
                    tables.append((cat, {k: v for k, v in body.items() if k not in subs}))
                for k in subs:
                    walk(f"{cat}.{k}", body[k])
            else:
                tables.append((cat, body))

        for cat, body in cats.items():
            walk(cat, body)
        for cat, body in tables:
            if not isinstance(body, dict):
                raise ValueError(f"{path}: [categories.{cat}] must be a table with an 'entries' array")
            unknown = [k for k in body if k not in TOML_CATEGORY_KEYS]
            if unknown:
                raise InputError(f"{path}{_line_of_table(text, f'categories.{cat}')}",
                                 f"[categories.{cat}] has unknown key(s) {_fmt(unknown)}; known keys: "
                                 f"{_fmt(TOML_CATEGORY_KEYS)}",
                                 "correct the spelling (a misspelled key would be dropped with what it holds)")
            descriptions[cat] = str(body.get("description", ""))
            items = body.get("entries", [])
            if not isinstance(items, list):
                raise ValueError(f"{path}: categories.{cat}.entries must be an array of tables")
            for j, item in enumerate(items):
                if isinstance(item, str):
                    item = {"pattern": item}
                if not isinstance(item, dict) or "pattern" not in item:
                    raise ValueError(f"{path}: categories.{cat}.entries[{j}] has no 'pattern' key: {item!r:.80}")
                if len(item) > 1 and not item.keys() <= _ENTRY_KEY_SET:
                    unknown = [k for k in item if k not in _ENTRY_KEY_SET]
                    raise InputError(f"{path}{_line_of(text, item['pattern'])}",
                                     f"categories.{cat}.entries[{j}] ({item['pattern']!r:.60}) has unknown key(s) "
                                     f"{_fmt(unknown)}; known keys: {_fmt(ENTRY_KEYS)}",
                                     "correct the spelling (a misspelled key is dropped with its value: a "
                                     "misspelled name = true leaves the entry without its name flag)")
                try:
                    pattern = _clean_pattern(item["pattern"], f"{path}: categories.{cat}.entries[{j}]")
                    name_flag = _check_name_flag(item.get("name", False), f"{path}: categories.{cat}.entries[{j}]")
                except (TypeError, ValueError):
                    # the line is looked up only for the error message: one search per entry made loading
                    # quadratic in the size of the file
                    where = f"{path}{_line_of(text, item['pattern'])}: categories.{cat}.entries[{j}]"
                    _clean_pattern(item["pattern"], where)
                    _check_name_flag(item.get("name", False), where)
                    raise
                entries.append(Entry(cat, pattern, str(item.get("rationale", "")), name_flag))
        return cls(entries, name=str(meta.get("name", path.stem)), version=str(meta.get("version", "unversioned")),
                   description=str(meta.get("description", "")), citation=str(meta.get("citation", "")),
                   categories=[c for c, _ in tables], category_descriptions=descriptions, origin=str(path))

    @classmethod
    def from_dic(cls, path: str | Path, *, encoding: str = "utf-8") -> Lexicon:
        """Read a LIWC-style ``.dic`` file (Pennebaker et al. 2015).

        The file starts with a ``%``-delimited block of ``<id> <category>`` lines, followed by one entry a
        line: the pattern, a tab, then the ids of its categories (separated by tabs or spaces). A pattern may
        hold spaces and numbers (a phrase: ``Group of 77<TAB>1``, ``resolution 1325<TAB>2``): everything
        before the line's first tab is the pattern, as LIWC writes its files. A line without a tab is read as
        before: the numbers at its end are the ids and the rest is the pattern, so ``Group of 77 1`` is the
        pattern ``group of`` in categories 77 and 1; write such an entry with a tab. Unknown ids, lines without
        ids and text after the tab that is not ids are errors that name the line (and, for a line without a
        tab whose pattern may have lost a number to the ids, say so).
        """
        path = Path(path)
        lines = cls._file_text(path, encoding, "from_dic").splitlines()
        n_pct = [i for i, ln in enumerate(lines) if ln.strip() == "%"]
        if len(n_pct) < 2:
            raise ValueError(f"{path}: not a LIWC .dic file: expected a category block between two '%' lines")
        ids: dict[str, str] = {}
        for i in range(n_pct[0] + 1, n_pct[1]):
            ln = lines[i].strip()
            if not ln:
                continue
            parts = ln.split(None, 1)
            if len(parts) != 2:
                raise ValueError(f"{path}:{i + 1}: category line {ln!r} must be '<id> <name>'")
            if parts[0] in ids:
                raise InputError(f"{path}:{i + 1}", f"category id {parts[0]} is declared twice in the header, for "
                                 f"{ids[parts[0]]!r} and for {parts[1].strip()!r}; only one of them could be kept",
                                 "give each category its own id (and the entries of each category its id)")
            ids[parts[0]] = parts[1].strip()
        entries: list[Entry] = []
        for i in range(n_pct[1] + 1, len(lines)):
            ln = lines[i].strip()
            if not ln:
                continue
            # LIWC separates the pattern from its ids with a tab, so with a tab the pattern is everything before
            # the first one and may end in a number ("Group of 77<TAB>1"). quanteda's read_dict_liwc (R/
            # dictionaries.R) also takes the text before the first tab as the entry
            # (stri_extract_first_regex(line_value, '[^\t]+')), but first rewrites white space before any number
            # as a tab ('\\s+(\\d+)' -> '\t$1', "fix wrong delimter") to accept space-separated files, which
            # reads "Group of 77" as "Group of" in category 77. Here the tab decides; only a line without one has
            # its trailing numbers read as ids (as before), and an error about such a line says that a number may
            # belong to the pattern
            raw = lines[i].lstrip()
            has_tab = "\t" in raw  # (a tab at the end counts: "Group of 77<TAB>" is a pattern without ids)
            if has_tab:
                head, tail = raw.split("\t", 1)
                pattern, cat_ids = " ".join(head.split()), tail.split()
                not_ids = [f for f in cat_ids if not f.isdigit()]
                if not_ids:
                    raise ValueError(f"{path}:{i + 1}: entry line {ln!r} has {_fmt(not_ids, 3)} after the tab, "
                                     "where only category ids (numbers) go; the pattern goes before the first "
                                     "tab (a phrase with its spaces), the ids after it")
            else:
                fields = ln.split()
                k = len(fields)
                while k > 0 and fields[k - 1].isdigit():
                    k -= 1
                pattern, cat_ids = " ".join(fields[:k]), fields[k:]
            ambiguous = "" if has_tab else (
                " (the line has no tab, so every number at its end was read as a category id; if "
                f"{cat_ids[0]!r} belongs to the pattern, separate the pattern from its ids with a tab: "
                f"'{' '.join([*([pattern] if pattern else []), cat_ids[0]])}<TAB>{' '.join(cat_ids[1:]) or '<id>'}')"
                if cat_ids else "")
            if not pattern or not cat_ids:
                raise ValueError(f"{path}:{i + 1}: entry line {ln!r} needs a pattern followed by category ids"
                                 + (" (there are none after the tab)" if has_tab and pattern else ambiguous))
            for cid in cat_ids:
                if cid not in ids:
                    raise ValueError(f"{path}:{i + 1}: category id {cid!r} is not declared in the header; "
                                     f"declared: {_fmt(ids)}" + ambiguous)
                entries.append(Entry(ids[cid], _clean_pattern(pattern, f"{path}:{i + 1}"), ""))
        used = {e.category for e in entries}
        unused = [c for c in ids.values() if c not in used]
        if entries and unused:
            # (a category without entries cannot be a category of a Lexicon, which refuses empty ones; it was left out
            # without a word: a user audit's header line '77 development' with no entry of id 77)
            warnings.warn(f"{path}: header categor{'y' if len(unused) == 1 else 'ies'} {_fmt(unused)} "
                          f"{'has' if len(unused) == 1 else 'have'} no entry and {'is' if len(unused) == 1 else 'are'} "
                          "left out of the lexicon; give each category at least one entry line (pattern, a tab, its "
                          "id), or remove the header line", UserWarning, stacklevel=2)
        return cls(entries, name=path.stem, version="unversioned", categories=[c for c in ids.values() if c in used],
                   origin=str(path)) if entries else cls([], name=path.stem, origin=str(path))

    @classmethod
    def from_lexicoder(cls, path: str | Path, *, encoding: str = "utf-8") -> Lexicon:
        """Read a Lexicoder dictionary (``.lc3``, the format of the Lexicoder Sentiment Dictionary; Young & Soroka
        2012): a line ``+category`` opens a category, each line after it is an entry (word, glob or phrase).
        Lexicoder's own files are UTF-8. See :mod:`discourse._dictionary_formats`."""
        from ._dictionary_formats import parse_lexicoder

        path = Path(path)
        return cls._from_triples(parse_lexicoder(cls._file_text(path, encoding, "from_lexicoder"), path), path)

    @classmethod
    def from_wordstat(cls, path: str | Path, *, encoding: str = "utf-8") -> Lexicon:
        """Read a WordStat dictionary (``.cat``; Provalis Research): categories and entries nested by tabs, each
        entry followed by a weight in brackets (``ACCOMPLISH* (1)``). Nested categories are flattened to their path
        joined by ``"."`` (as quanteda's ``flatten_dictionary``). WordStat's weights are not used (every hit counts
        once): entries whose weight is not 1 are named in a warning. Older WordStat files are often Latin-1:
        ``encoding="latin-1"``."""
        import warnings

        from ._dictionary_formats import parse_wordstat

        path = Path(path)
        triples, weighted = parse_wordstat(cls._file_text(path, encoding, "from_wordstat"), path)
        if weighted:
            warnings.warn(f"{path}: {len(weighted)} entr{'y has' if len(weighted) == 1 else 'ies have'} a WordStat "
                          f"weight other than 1 (line {weighted[0][2]}: {weighted[0][1]!r:.40}); weights are not "
                          "used, every hit counts once", UserWarning, stacklevel=2)
        return cls._from_triples(triples, path)

    @classmethod
    def from_yoshikoder(cls, path: str | Path) -> Lexicon:
        """Read a Yoshikoder dictionary (``.ykd``, XML; the format of the Laver & Garry 2000 policy dictionary as
        distributed): nested ``<cnode>`` categories flattened to their path joined by ``"."``, ``<pnode>``
        entries. The lexicon is named by the file's ``<dictionary name="...">`` where it has one."""
        from ._dictionary_formats import parse_yoshikoder

        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"lexicon file not found: {path}")
        name, triples = parse_yoshikoder(path.read_bytes(), path)
        return cls._from_triples(triples, path, name=name)

    @staticmethod
    def _file_text(path: Path, encoding: str, method: str) -> str:
        if not path.is_file():
            raise FileNotFoundError(f"lexicon file not found: {path}")
        return _read_text(path, encoding, fix=f"pass Lexicon.{method}(path, encoding=...) with the file's "
                          "encoding, or save it as UTF-8")

    @classmethod
    def _from_triples(cls, triples: list[tuple[str, str, int]], path: Path, *, name: str | None = None) -> Lexicon:
        """A lexicon from a dictionary file's ``(category, pattern, line)`` triples: each pattern checked as every
        entry is (errors name the file and line), categories in the order of their first entry, and an entry
        written twice in one category kept once, with a warning (:class:`Lexicon` does it for every lexicon)."""
        if not triples:
            raise InputError(path, "the dictionary has no entries", "check that it is the file you meant")
        entries: list[Entry] = []
        for cat, raw, line in triples:
            pattern = _clean_pattern(raw, f"{path}:{line}" if line else f"{path}: category {cat!r}")
            entries.append((cat, pattern, ""))
        return cls(entries, name=name or path.stem, version="unversioned", origin=str(path))

    # -------------------------------------------------------------------------------- properties
    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{c}={n}" for c, n in self.sizes().items())
        return f"<Lexicon {self.name!r} {self.version_label} ({sizes}) sha256:{self.hash[:12]}>"

    @property
    def version_label(self) -> str:
        """The version as it is shown: ``v3.3.0`` for a version number, the version as written otherwise
        (``unversioned``, ``v2``, ``2024-draft``), never ``vunversioned`` or ``vv2``."""
        return f"v{self.version}" if self.version[:1].isdigit() else self.version

    def sizes(self) -> dict[str, int]:
        """Number of entries per category, in category order."""
        return {c: sum(e.category == c for e in self.entries) for c in self.categories}

    @property
    def hash(self) -> str:
        """SHA-256 of the canonical content: the categories in order, each with its sorted patterns.

        Rationales and descriptions do not enter the hash: two lexicons with the same hash match exactly
        the same tokens in the same way.
        """
        canon: list = [[c, sorted(e.pattern for e in self.entries if e.category == c)] for c in self.categories]
        names = sorted(f"{e.category}\t{e.pattern}" for e in self.entries if e.name)
        if names:  # names change how hits are used (not what matches); lexicons without names keep their hash
            canon.append(["names", names])
        return hashlib.sha256(json.dumps(canon, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()

    def provenance(self) -> dict[str, str]:
        """``name``, ``version``, ``hash``, ``origin`` and ``citation`` for provenance records."""
        return {"name": self.name, "version": self.version, "hash": self.hash, "origin": self.origin,
                "citation": self.citation}

    def to_frame(self) -> pd.DataFrame:
        """One row per entry: ``category``, ``pattern``, ``rationale``, ``n_parts``, ``is_glob``, ``name``."""
        return pd.DataFrame({
            "category": [e.category for e in self.entries],
            "pattern": [e.pattern for e in self.entries],
            "rationale": [e.rationale for e in self.entries],
            "n_parts": [len(e.parts) for e in self.entries],
            "is_glob": [e.is_glob for e in self.entries],
            "name": [bool(e.name) for e in self.entries],
        }, columns=ENTRY_COLUMNS)

    def check_categories(self, categories: str | Sequence[str] | None, param: str = "categories") -> list[str]:
        """Validate category names (ValueError listing the lexicon's categories); ``None`` -> all.

        An empty selection (``categories=[]``) is a ValueError too: it had given every function an empty table
        (no frame, no hit) without a word, which reads as "no hits" rather than "nothing asked for"."""
        if categories is None:
            return list(self.categories)
        cats = as_list(categories)
        if not cats:
            raise ValueError(f"{param} is empty: name at least one category of lexicon {self.name!r} "
                             f"({_fmt(self.categories)}), or pass {param}=None for all of them")
        for c in cats:
            if c not in self.categories:
                raise ValueError(f"{param}: category {c!r} is not in lexicon {self.name!r}; "
                                 f"available: {_fmt(self.categories)}")
        return cats

    def select(self, categories: str | Sequence[str]) -> Lexicon:
        """A new lexicon with only the named categories (ValueError for a category that does not exist)."""
        cats = self.check_categories(categories)
        return Lexicon([e for e in self.entries if e.category in cats], name=self.name, version=self.version,
                       description=self.description, citation=self.citation, categories=cats,
                       category_descriptions=self.category_descriptions, origin=self.origin)

    # -------------------------------------------------------------------------------- check
    def check(self, tokens: pd.DataFrame | None = None, *, stopwords: Iterable[str] | None = None,
              max_share: float = BROAD_MAX_SHARE) -> pd.DataFrame:
        """Entries that can never match, that match only stopwords, that repeat, that overlap, and (with
        ``tokens``) that match nothing or far too much.

        Returns a DataFrame with one row per finding and the columns ``category``, ``pattern``, ``issue``
        and ``detail``. Issues:

        - ``never_matches``: a glob part holds characters the tokenizer splits off ("safe.cit*": the tokenizer
          makes "safe" "." "city" of "safe.city"), so the entry can never match a token of
          :func:`discourse.tokenize` (literal words are split like the tokenizer splits them when the
          lexicon is built: "city's" becomes the two parts "city" "'s");
        - ``stopword_only``: every part is a stopword; the entry matches, but its hits are function words
          and vanish when stopwords are removed before counting;
        - ``duplicate``: the same pattern twice in one category (once normalised: "Smart City" and "smart city"), kept
          once when the lexicon was built;
        - ``overlap``: the entry can match the same tokens as an entry of another category (same pattern,
          or a glob that matches the other's literal); matching gives the span to one of them only (see the
          module notes), so the count of the other category is lower than its entry list suggests;
        - ``no_hits``: (only when ``tokens`` is given) the entry matches nothing in those tokens;
        - ``near_miss``: (only when ``tokens`` is given) words of ``tokens`` that no entry matches and that are a
          likely misspelling of a one-word literal entry: one edit (a letter inserted, left out, replaced, or two
          neighbours swapped) from an entry of 7 letters or more, up to two edits from one of 10 or more
          ("privicy" for "privacy", "survelance" for "surveillance"), with the same first letter. Matching is
          exact, so these words count nowhere; the detail names them with their counts, for the user to add as
          entries (or to correct in the text). Single errors are most misspellings (Damerau 1964), and the
          first letter is rarely the wrong one (Pollock & Zamora 1984); shorter entries are not compared, since
          one edit of a short word mostly makes another word ("safe": "same", "sale"; "police": "policy";
          Peterson 1986), and a listed word may still be a word of its own ("primacy" one edit from "privacy");
        - ``broad``: (only when ``tokens`` is given) a glob entry matches more than :data:`BROAD_MIN_WORDS`
          (10) distinct words, and these are more than ``max_share`` of the distinct words of ``tokens`` or
          its hits cover more than ``max_share`` of the word tokens (punctuation left out). ``s*``, a slip
          for ``sovereign*``, matched 711 distinct words (9% of them) and 6% of the words of a quarter of the
          2017 UN debates ("states", "security", "such", "should"), and a balance counted them all. The
          detail gives both shares and the words matched most often.

        Parameters
        ----------
        tokens : DataFrame, optional
            From :func:`discourse.tokenize`; enables ``no_hits`` and ``broad``.
        stopwords : iterable of str, optional
            For ``stopword_only``; default :data:`discourse.text.STOPWORDS`.
        max_share : float
            In (0, 1]; the share of the word tokens, or of the distinct words, above which a glob is reported
            ``broad`` (default :data:`BROAD_MAX_SHARE`, 0.01). Why 1%: in running English only function words
            come near it ("the" 7%, "in" 2%, "for" 1.3% of the words of the UN debates; "nations", the most
            frequent content word there, 0.6%), and a stem glob matches a word family, a sliver of the
            vocabulary (``nation*``: 15 of the 7,736 distinct words of the 2017 UN debates, 0.2%), while a
            glob of one or two letters matches a few percent of it (``in*`` 3%, ``s*`` 9%). Literal entries
            are not judged: they match the word or phrase written, however frequent the corpus makes it.
        """
        from .text import STOPWORDS, TOKEN_PATTERN

        if isinstance(max_share, bool) or not isinstance(max_share, (int, float, np.integer, np.floating)) \
                or not 0 < max_share <= 1:
            raise ValueError(f"max_share={max_share!r} must be a number in (0, 1], the share of the word tokens "
                             f"or distinct words above which a glob is reported 'broad' (default {BROAD_MAX_SHARE})")
        stop = frozenset(STOPWORDS if stopwords is None else (_normalize(s) for s in stopwords))
        token_re = re.compile(TOKEN_PATTERN)
        rows: list[tuple[str, str, str, str]] = []
        for cat, pat in dict.fromkeys(self.repeated):
            rows.append((cat, pat, "duplicate", f"{pat!r} appears more than once in {cat!r} (once normalised); it is "
                         "kept once"))
        for e in self.entries:
            for part in e.parts:
                probe = part.replace("*", "x").replace("?", "x")
                pieces = token_re.findall(probe)
                if len(pieces) != 1 or pieces[0] != probe:
                    rows.append((e.category, e.pattern, "never_matches",
                                 f"part {part!r} is split by the tokenizer into {pieces!r}; write the pieces "
                                 f"as separate words (e.g. {' '.join(pieces)!r})"))
                    break
            if all(p in stop for p in e.parts):
                rows.append((e.category, e.pattern, "stopword_only", "every part is a stopword"))
        # overlaps between categories: same pattern, or a glob matching another category's literal
        for a, b in _overlap_candidates(self.entries):
            if a.category != b.category and _could_overlap(a, b):
                rows.append((a.category, a.pattern, "overlap", f"also matched by {b.category!r}: {b.pattern!r}"))
                rows.append((b.category, b.pattern, "overlap", f"also matched by {a.category!r}: {a.pattern!r}"))
        if tokens is not None:
            hits = self.find_matches(tokens)
            counted = set(zip(hits["frame"], hits["entry"], strict=True))
            for e in self.entries:
                if (e.category, e.pattern) not in counted:
                    rows.append((e.category, e.pattern, "no_hits", "no match in the given tokens"))
            rows += _broad_entries(hits, tokens, float(max_share))
            rows += _near_misses(self.entries, hits, tokens, stop)
        out = pd.DataFrame(rows, columns=CHECK_COLUMNS).drop_duplicates()
        order = {c: i for i, c in enumerate(self.categories)}
        out["_o"] = out["category"].map(order)
        return out.sort_values(["_o", "pattern", "issue", "detail"], kind="stable").drop(columns="_o").reset_index(drop=True)

    # -------------------------------------------------------------------------------- matching
    def compiled_entries(self) -> dict[str, Any]:
        """What every matcher of the lexicon needs, computed once: ``entries`` (unique entries in lexicon
        order), ``spec`` (``(entry id, parts)``, a phrase also as its hyphenated and its closed single token),
        ``priority`` (the specificity rank of each entry: fewer glob parts, more literal characters, category
        order, entry order; lower wins), ``category`` and ``pattern`` (arrays by entry id)."""
        if self._compiled is None or self._compiled["from"] is not self.entries \
                or self._compiled["categories"] is not self.categories:
            # computed again when entries or categories were replaced since (lex.entries = ...): the matches
            # must follow the entries that repr, sizes() and hash show, never an earlier set
            # unique (category, pattern) pairs, in lexicon order; phrase alternatives joined with hyphens
            uniq: list[Entry] = list(dict.fromkeys(self.entries))
            spec: list[tuple[int, tuple[str, ...]]] = []  # (entry id, parts)
            for i, e in enumerate(uniq):
                spec.append((i, e.parts))
                if len(e.parts) > 1:
                    spec.append((i, ("-".join(e.parts),)))
                    # the closed spelling, as a hashtag must write a phrase (#SmartCity, #MassSurveillance:
                    # a hashtag holds no space or hyphen) and as compounds are also written ("policestate").
                    # English writes a compound open, hyphenated or solid (Quirk et al. 1985, Appendix I);
                    # "#privacy" already matched "privacy", "#SmartCity" matched nothing.
                    spec.append((i, ("".join(e.parts),)))
            cat_rank = {c: k for k, c in enumerate(self.categories)}
            # specificity rank: fewer glob parts, more literal characters, category order, entry order
            rank = np.array(sorted(range(len(uniq)), key=lambda i: (
                sum(any(ch in _GLOB_CHARS for ch in p) for p in uniq[i].parts),
                -sum(ch not in _GLOB_CHARS and ch != " " for ch in uniq[i].pattern),
                cat_rank[uniq[i].category], i)))
            priority = np.empty(len(uniq), dtype=np.int64)
            priority[rank] = np.arange(len(uniq))
            self._compiled = {"from": self.entries, "categories": self.categories,
                              "entries": uniq, "spec": spec, "priority": priority,
                              "category": np.array([e.category for e in uniq], dtype=object),
                              "pattern": np.array([e.pattern for e in uniq], dtype=object)}
        return self._compiled

    def lookup(self, terms: Iterable[str], *, categories: str | Sequence[str] | None = None) -> pd.DataFrame:
        """The entry (and category) each whole term matches: for counts brought from elsewhere.

        A term is normalised like a token and split on white space; it matches an entry with the same
        number of parts (or a phrase entry written with hyphens, "safe-city", or closed, "safecity"). Among entries matching a term
        the most specific wins, as in :meth:`find_matches`. No longest-match resolution across terms is
        possible here: a count table that holds both "mass surveillance" and "surveillance" counts each.

        Returns
        -------
        DataFrame, one row per distinct term in first-seen order: ``term`` (as given), ``frame`` and
        ``entry`` (missing where no entry matches).
        """
        cats = self.check_categories(categories)
        comp = self.compiled_entries()
        keep_entry = np.array([c in cats for c in comp["category"]], dtype=bool)
        raw = pd.unique(pd.Series(list(terms), dtype=object))
        norm = np.array([" ".join(_normalize(str(t)).split()) for t in raw], dtype=object)
        split = [t.split(" ") if t else [""] for t in norm]
        n_parts = np.array([len(p) for p in split], dtype=np.int64)
        best = np.full(len(raw), -1, dtype=np.int64)
        best_prio = np.full(len(raw), np.iinfo(np.int64).max, dtype=np.int64)
        matchers: dict[tuple[int, int], tuple[np.ndarray, np.ndarray, _VocabMatcher]] = {}
        for eid, parts in comp["spec"]:
            L = len(parts)
            if (L, 0) not in matchers:
                idx_l = np.flatnonzero(n_parts == L)
                for k in range(L):
                    codes_k, vocab_k = pd.factorize(np.array([split[i][k] for i in idx_l], dtype=object))
                    matchers[(L, k)] = (idx_l, codes_k, _VocabMatcher(np.asarray(vocab_k, dtype=object)))
            idx = matchers[(L, 0)][0]
            if not len(idx):
                continue
            ok = np.ones(len(idx), dtype=bool)
            for k, part in enumerate(parts):
                _, codes_k, match_k = matchers[(L, k)]
                ok &= match_k(part)[codes_k]
            hit = idx[ok]
            better = comp["priority"][eid] < best_prio[hit]
            best[hit[better]] = eid
            best_prio[hit[better]] = comp["priority"][eid]
        found = (best >= 0) & keep_entry[np.maximum(best, 0)]  # resolved over the whole lexicon, then filtered
        return pd.DataFrame({
            "term": raw,
            "frame": np.where(found, comp["category"][np.maximum(best, 0)], None),
            "entry": np.where(found, comp["pattern"][np.maximum(best, 0)], None),
        })

    def find_matches(self, tokens: pd.DataFrame, *, on: str = "norm",
                     categories: str | Sequence[str] | None = None) -> pd.DataFrame:
        """Every match of the lexicon in a token table: one row per match, in document order.

        Parameters
        ----------
        tokens : DataFrame
            From :func:`discourse.tokenize` (needs ``doc_id``, ``sentence``, ``position``, ``start``, ``end``,
            ``token`` and the ``on`` column; ``paragraph`` is used when present). Rows are taken in document
            order (documents as first seen), within a document in ``position`` order. A ValueError when two
            rows share ``doc_id`` and ``position`` (tables of corpora whose doc ids overlap, joined).
        on : {"norm", "stem"}
            Token column to match. With ``"stem"``, literal parts of the patterns are stemmed the same way
            (Snowball English); glob parts are matched against the stems as written.
        categories : str or list of str, optional
            Report only these categories (ValueError for a category that is not in the lexicon). Matching
            always resolves over the whole lexicon, so the hits of a category are the same whichever
            categories are asked for: "privacy policy" (``web_boilerplate``) keeps its "privacy" from
            counting as ``rights`` even when only ``rights`` is reported.

        Returns
        -------
        DataFrame with one row per match and the columns

        - ``doc_id``; ``paragraph``, ``sentence`` (of the first token; -1 when the table has no paragraph);
        - ``start_position``, ``end_position``: token positions, end exclusive;
        - ``start``, ``end``: character offsets into the document text (first token's start, last
          token's end), the same offsets a KWIC line uses;
        - ``frame`` (the entry's category, named as in every frame table), ``entry`` (the pattern as
          normalised in the lexicon);
        - ``matched``: the surface tokens, joined with a space where the text has white space between them;
        - ``n_tokens``: tokens covered; ``token_row``: 0-based row number (``iloc``) of the first token in
          ``tokens``, to join any other token column (voice, speaker, metadata) onto the matches.
        """
        check_dataframe("tokens", tokens)
        check_one_of("on", on, ["norm", "stem"])
        check_columns(tokens, ["doc_id", "sentence", "position", "start", "end", "token", on], "tokens")
        cats = self.check_categories(categories)
        comp = self.compiled_entries()
        uniq: list[Entry] = comp["entries"]
        keep_entry = np.array([e.category in cats for e in uniq], dtype=bool)
        n = len(tokens)
        if n == 0:
            return _empty_matches()

        # document order; refuses a table in which two rows share (doc_id, position): two tables whose
        # documents share doc ids, joined, would match phrases across the tokens of different texts
        order, doc_codes, in_order = document_order(tokens)
        pos = tokens["position"].to_numpy(dtype=np.int64)
        if not in_order:
            doc_codes = doc_codes[order]
        else:
            order = None

        def col(name: str) -> np.ndarray:
            v = tokens[name].to_numpy()
            return v if order is None else v[order]

        def take(name: str, rows_sorted: np.ndarray) -> np.ndarray:
            """A (string) column at some rows of the sorted order, without converting the whole column."""
            r = rows_sorted if order is None else order[rows_sorted]
            return tokens[name].iloc[r].to_numpy(dtype=object)

        sent = col("sentence").astype(np.int64)
        codes, vocab = pd.factorize(tokens[on], sort=False)  # distinct norms: matching works on these
        if order is not None:
            codes = codes[order]
        vocab = np.asarray(vocab, dtype=object)
        stem = None
        if on == "stem":
            from .text import stem
        part_mask = _VocabMatcher(vocab, stem=stem)

        # candidate matches from every entry (and hyphenated alternative): (first row, length, entry id).
        # Every entry is used: categories only filter the result (see the docstring).
        c_start: list[np.ndarray] = []
        c_len: list[np.ndarray] = []
        c_ent: list[np.ndarray] = []
        priority = comp["priority"]
        # single-token entries: resolve on the vocabulary (most specific entry per distinct norm), then one
        # pass over the tokens
        vocab_ent = np.full(len(vocab), -1, dtype=np.int64)
        vocab_prio = np.full(len(vocab), np.iinfo(np.int64).max, dtype=np.int64)
        phrases = []
        for eid, parts in comp["spec"]:
            if len(parts) > 1:
                phrases.append((eid, parts))
                continue
            better = part_mask(parts[0]) & (priority[eid] < vocab_prio)
            vocab_ent[better] = eid
            vocab_prio[better] = priority[eid]
        tok_ent = vocab_ent[codes]
        single = np.flatnonzero(tok_ent >= 0)
        if len(single):
            c_start.append(single)
            c_len.append(np.ones(len(single), dtype=np.int64))
            c_ent.append(tok_ent[single])
        # phrases: candidate positions are the tokens that can begin some phrase (one pass), then each phrase
        # is checked at those positions only
        if phrases:
            first_any = np.zeros(len(vocab), dtype=bool)
            for _, parts in phrases:
                first_any |= part_mask(parts[0])
            begin = np.flatnonzero(first_any[codes])
            begin_codes = codes[begin]
            for eid, parts in phrases:
                cand = begin[part_mask(parts[0])[begin_codes]]
                for k in range(1, len(parts)):
                    if not len(cand):
                        break
                    j = cand + k
                    ok = j < n
                    cand, j = cand[ok], j[ok]
                    ok = (doc_codes[j] == doc_codes[cand]) & (sent[j] == sent[cand]) & part_mask(parts[k])[codes[j]]
                    cand = cand[ok]
                if len(cand):
                    c_start.append(cand)
                    c_len.append(np.full(len(cand), len(parts), dtype=np.int64))
                    c_ent.append(np.full(len(cand), eid, dtype=np.int64))
        if not c_start:
            return _empty_matches()
        starts = np.concatenate(c_start)
        lens = np.concatenate(c_len)
        ents = np.concatenate(c_ent)
        prio = comp["priority"][ents]
        # longest first, then leftmost, then most specific entry
        o = np.lexsort((prio, starts, -lens))
        starts, lens, ents = starts[o], lens[o], ents[o]
        taken = np.zeros(n, dtype=bool)
        accept = np.zeros(len(starts), dtype=bool)
        single = lens == 1
        for L in sorted(set(lens[~single].tolist()), reverse=True):  # longest phrases first
            idx = np.flatnonzero(lens == L)  # in (start, specificity) order
            s = starts[idx]
            free = np.ones(len(idx), dtype=bool)
            for k in range(L):  # not overlapping a longer phrase already taken
                free &= ~taken[s + k]
            idx, s = idx[free], s[free]
            _, first = np.unique(s, return_index=True)  # one entry per span: the most specific
            idx, s = idx[first], s[first]
            keep = np.ones(len(idx), dtype=bool)
            clash = np.flatnonzero(np.diff(s) < L)
            if len(clash):  # overlapping phrases of the same length ("go go go"): leftmost first
                members = np.unique(np.concatenate((clash, clash + 1)))
                last_end = -1
                for i in members:
                    if s[i] < last_end:
                        keep[i] = False
                    else:
                        last_end = s[i] + L
            idx, s = idx[keep], s[keep]
            accept[idx] = True
            for k in range(L):
                taken[s + k] = True
        one = np.flatnonzero(single)
        if len(one):
            s1 = starts[one]
            free = ~taken[s1]
            # several single-token entries can match one token: the first in (priority) order wins
            _, first = np.unique(s1, return_index=True)
            is_first = np.zeros(len(one), dtype=bool)
            is_first[first] = True
            accept[one[free & is_first]] = True
        accept &= keep_entry[ents]
        starts, lens, ents = starts[accept], lens[accept], ents[accept]
        if not len(starts):
            return _empty_matches()
        o = np.argsort(starts, kind="stable")
        starts, lens, ents = starts[o], lens[o], ents[o]
        last = starts + lens - 1

        tstart = col("start").astype(np.int64)
        tend = col("end").astype(np.int64)
        matched = take("token", starts)
        for k in range(1, int(lens.max()) if len(lens) else 1):
            has = lens > k
            if not has.any():
                continue
            idx = np.flatnonzero(has)
            j = starts[idx] + k
            gap = np.where(tstart[j] > tend[j - 1], " ", "")
            matched[idx] = [a + g + b for a, g, b in zip(matched[idx], gap, take("token", j), strict=True)]
        rows = starts if order is None else order[starts]
        para = col("paragraph").astype(np.int64)[starts] if "paragraph" in tokens.columns else np.full(len(starts), -1)
        out = pd.DataFrame({
            "doc_id": take("doc_id", starts),
            "paragraph": para,
            "sentence": sent[starts],
            "start_position": pos[rows],
            "end_position": pos[rows] + lens,
            "start": tstart[starts],
            "end": tend[last],
            "frame": comp["category"][ents],
            "entry": comp["pattern"][ents],
            "matched": matched,
            "n_tokens": lens,
            "token_row": rows.astype(np.int64),
        }, columns=MATCH_COLUMNS)
        return out.reset_index(drop=True)


class _VocabMatcher:
    """``matcher(part)`` -> boolean mask over a vocabulary of distinct strings: which ones the part matches.

    Literal parts by binary search in the sorted vocabulary, prefix globs (``surveil*``) as a range of it,
    other globs by one regular expression over the vocabulary; masks are cached per part.
    """

    def __init__(self, vocab: np.ndarray, *, stem=None) -> None:
        # object arrays: searchsorted compares Python strings (log V each); a fixed-width unicode array would
        # be recast to the needle's width, a full copy, on every call
        self.vocab = np.array([str(v) for v in vocab], dtype=object)
        self.sorted_idx = np.argsort(self.vocab, kind="stable")
        self.sorted_vocab = self.vocab[self.sorted_idx]
        self.stem = stem
        self.cache: dict[str, np.ndarray] = {}

    def __call__(self, part: str) -> np.ndarray:
        if part in self.cache:
            return self.cache[part]
        vocab, sv, si = self.vocab, self.sorted_vocab, self.sorted_idx
        mask = np.zeros(len(vocab), dtype=bool)
        if not any(ch in _GLOB_CHARS for ch in part):
            lit = self.stem(part) if self.stem is not None else part
            hit = np.searchsorted(sv, lit)
            if hit < len(sv) and sv[hit] == lit:
                mask[si[hit]] = True
        elif part.endswith("*") and not (set(part[:-1]) & _GLOB_CHARS):
            prefix = part[:-1]
            lo = np.searchsorted(sv, prefix, side="left")
            hi = np.searchsorted(sv, prefix + "\U0010ffff", side="left")
            mask[si[lo:hi]] = True
        else:
            rx = re.compile(glob_regex(part), re.DOTALL)
            mask[:] = np.fromiter((rx.fullmatch(v) is not None for v in vocab), dtype=bool, count=len(vocab))
        self.cache[part] = mask
        return mask


def _empty_matches() -> pd.DataFrame:
    out = pd.DataFrame({c: pd.Series(dtype=object) for c in MATCH_COLUMNS})
    for c in ("paragraph", "sentence", "start_position", "end_position", "start", "end", "n_tokens", "token_row"):
        out[c] = out[c].astype(np.int64)
    return out


def _broad_entries(hits: pd.DataFrame, tokens: pd.DataFrame, max_share: float) -> list[tuple[str, str, str, str]]:
    """The ``broad`` rows of :meth:`Lexicon.check`: glob entries whose hits (``hits``, from
    :meth:`Lexicon.find_matches` on ``tokens``) cover more than :data:`BROAD_MIN_WORDS` distinct words and more
    than ``max_share`` of the word tokens or of the distinct words (``norm``) of ``tokens``."""
    is_glob = hits["entry"].map(lambda p: any(c in _GLOB_CHARS for c in p)).to_numpy(dtype=bool)
    if not is_glob.any():
        return []
    norm = tokens["norm"]
    if "is_punct" in tokens.columns:
        norm = norm[~tokens["is_punct"].to_numpy(dtype=bool)]
    n_words, n_vocab = len(norm), int(norm.nunique())
    if not n_words:
        return []
    glob_hits = hits[is_glob]
    word_of = {m: _normalize(str(m)) for m in pd.unique(glob_hits["matched"])}
    glob_hits = glob_hits.assign(word=glob_hits["matched"].map(word_of))
    rows = []
    for (cat, pat), grp in glob_hits.groupby(["frame", "entry"], sort=False):
        words = grp["word"].value_counts(sort=True)
        n_tok = int(grp["n_tokens"].sum())
        tok_share, word_share = n_tok / n_words, len(words) / n_vocab
        if len(words) > BROAD_MIN_WORDS and (tok_share > max_share or word_share > max_share):
            rows.append((cat, pat, "broad",
                         f"matches {len(words):,} distinct words ({word_share:.1%} of the {n_vocab:,} in the tokens) "
                         f"and {n_tok:,} of the {n_words:,} word tokens ({tok_share:.1%}), most often "
                         f"{_fmt(words.index[:6], 6)}; more than max_share={max_share:g} of either is more than "
                         "one word family: lengthen the glob's fixed part (e.g. 'sovereign*', not 's*') or list the "
                         "words, or pass a higher max_share if the breadth is meant"))
    return rows


#: the fewest letters of a one-word entry compared for misspellings (one edit), and for two edits (:meth:`Lexicon.check`)
NEAR_MISS_MIN_LETTERS = (7, 10)


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` and every string made from it by leaving out up to ``depth`` letters."""
    out, level = {word}, {word}
    for _ in range(depth):
        level = {w[:i] + w[i + 1:] for w in level for i in range(len(w))}
        out |= level
    return out


def edit_distance(a: str, b: str) -> int:
    """The optimal string alignment distance (Damerau-Levenshtein with adjacent swaps, each substring edited once)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _near_misses(entries: Sequence[Entry], hits: pd.DataFrame, tokens: pd.DataFrame,
                 stop: frozenset[str]) -> list[tuple[str, str, str, str]]:
    """The ``near_miss`` rows of :meth:`Lexicon.check`: words of ``tokens`` that no hit holds and that are one edit
    (two for long entries) from a one-word literal entry (:data:`NEAR_MISS_MIN_LETTERS`). Candidates share a string
    of deletions with the entry (the entry's up to its edits, the word's up to one: the symmetric deletion index of
    SymSpell, Garbe 2012), so the words are not compared with every entry."""
    one, two = NEAR_MISS_MIN_LETTERS
    index: dict[str, list[tuple[int, Entry]]] = {}
    for e in dict.fromkeys(entries):
        word = e.pattern
        if len(e.parts) != 1 or any(c in _GLOB_CHARS for c in word) or not word.isalpha() or len(word) < one:
            continue
        edits = 2 if len(word) >= two else 1
        for key in _deletions(word, edits):
            index.setdefault(key, []).append((edits, e))
    if not index:
        return []
    words = tokens
    if "is_punct" in tokens.columns:
        words = tokens[~tokens["is_punct"].to_numpy(dtype=bool)]
    norms = words["norm"].astype(str)
    matched = {_normalize(str(m)) for m in pd.unique(hits["matched"])} if len(hits) else set()
    counts = norms.value_counts(sort=False)
    docs = words.assign(_w=norms.to_numpy()).groupby("_w", observed=True, sort=False)["doc_id"].nunique()
    found: dict[Entry, list[str]] = {}
    for w in counts.index:
        if len(w) < one - 1 or not w.isalpha() or w in matched or w in stop:
            continue
        cands = {c for key in _deletions(w, 1) for c in index.get(key, ())}
        for edits, e in sorted(cands, key=lambda c: (c[1].category, c[1].pattern)):
            if w[0] == e.pattern[0] and w != e.pattern and edit_distance(w, e.pattern) <= edits:
                found.setdefault(e, []).append(w)
    rows = []
    for e, ws in found.items():
        ws = sorted(ws, key=lambda w: (-int(counts[w]), w))
        shown = "; ".join(f"{w!r} ({_times(int(counts[w]), int(docs[w]))})" for w in ws[:10])
        rows.append((e.category, e.pattern, "near_miss",
                     f"{len(ws)} word(s) no entry matches are within a spelling error of {e.pattern!r}: {shown}"
                     f"{' ...' if len(ws) > 10 else ''}; misspellings count nowhere: add them as entries (or correct "
                     "the texts) if they are misspellings"))
    return rows


def _times(n: int, n_docs: int) -> str:
    return f"{n} time{'s' if n != 1 else ''} in {n_docs} document{'s' if n_docs != 1 else ''}"


def _literal_prefix(pattern: str) -> str:
    """The characters of a pattern before its first wildcard (the whole pattern for a literal)."""
    return re.split(r"[*?]", pattern, maxsplit=1)[0]


def _overlap_candidates(entries: Iterable[Entry]) -> Iterator[tuple[Entry, Entry]]:
    """Every pair of distinct entries with the same number of parts for which :func:`_could_overlap` can be
    true, each pair once; near linear in the number of entries (the old all-pairs loop was quadratic).

    Two entries can only match the same tokens when the literal prefix of one (the pattern up to its first
    wildcard, parts joined by a space) starts with the literal prefix of the other, because both prefixes
    are then prefixes of the same joined token text; :func:`_could_overlap`'s conservative test for two
    globs (compatible part prefixes) implies it too. The entries are sorted by prefix; a glob is paired with
    the run of entries whose prefix starts with its own, a literal with the entries of exactly its own
    prefix (a longer prefix cannot fit a literal, a shorter one is found from the glob's side).
    """
    uniq = list(dict.fromkeys(entries))
    by_len: dict[int, list[Entry]] = {}
    for e in uniq:
        by_len.setdefault(len(e.parts), []).append(e)
    for group in by_len.values():
        keyed = sorted(((_literal_prefix(e.pattern), i, e) for i, e in enumerate(group)), key=lambda t: (t[0], t[1]))
        prefixes = [k for k, _, _ in keyed]
        for pos, (prefix, i, a) in enumerate(keyed):
            glob = a.is_glob
            for prefix_b, j, b in _run(keyed, prefixes, pos, prefix, glob):
                if prefix_b == prefix and j < i:
                    continue  # a pair of equal prefixes is seen from both sides: keep it once
                yield a, b


def _run(keyed: list[tuple[str, int, Entry]], prefixes: list[str], pos: int, prefix: str,
         glob: bool) -> Iterator[tuple[str, int, Entry]]:
    """The entries of ``keyed`` other than ``pos`` whose prefix starts with ``prefix`` (all of them for a
    glob, equal for a literal)."""
    k = bisect.bisect_left(prefixes, prefix)
    while k < len(keyed) and (prefixes[k] == prefix or (glob and prefixes[k].startswith(prefix))):
        if k != pos:
            yield keyed[k][0], keyed[k][1], keyed[k][2]
        k += 1


def _could_overlap(a: Entry, b: Entry) -> bool:
    """Can entries ``a`` and ``b`` (same number of parts) match the same token sequence?"""
    for pa, pb in zip(a.parts, b.parts, strict=True):
        ga, gb = any(c in _GLOB_CHARS for c in pa), any(c in _GLOB_CHARS for c in pb)
        if not ga and not gb:
            if pa != pb:
                return False
        elif ga and not gb:
            if not re.fullmatch(glob_regex(pa), pb):
                return False
        elif gb and not ga:
            if not re.fullmatch(glob_regex(pb), pa):
                return False
        else:  # two globs: overlap when their fixed prefixes are compatible (a conservative test)
            fa, fb = re.split(r"[*?]", pa)[0], re.split(r"[*?]", pb)[0]
            if not (fa.startswith(fb) or fb.startswith(fa)):
                return False
    return True


_ENTRY_KEY_SET = frozenset(ENTRY_KEYS)


def _keep_once(items: list[Entry], written: list[Any], name: str, origin: str
               ) -> tuple[list[Entry], tuple[tuple[str, str], ...]]:
    """The entries with each (category, normalised pattern) once, and the repeats left out, with a warning naming
    them. Entries that differ only in case, apostrophes or spacing ("Smart City", "smart city") are one entry, as
    matching is on the normalised token (quanteda's ``case_insensitive = TRUE``). A repeat never changed a count
    (each token is counted once) but it inflated ``len(lex)``, :meth:`Lexicon.sizes`, the printed lexicon and the
    hash, and a user who wrote two case variants could not tell that they were one entry. The first is kept, with
    the name flag if any repeat has it and the first rationale that is not empty."""
    kept: dict[tuple[str, str], Entry] = {}
    first_written: dict[tuple[str, str], Any] = {}
    repeats: list[tuple[str, str, Any, Any]] = []
    for e, raw in zip(items, written, strict=True):
        key = (e.category, e.pattern)
        if key not in kept:
            kept[key], first_written[key] = e, raw
            continue
        repeats.append((e.category, e.pattern, raw, first_written[key]))
        k = kept[key]
        if (e.name and not k.name) or (e.rationale and not k.rationale):
            kept[key] = Entry(k.category, k.pattern, k.rationale or e.rationale, k.name or e.name)
    if repeats:
        shown = "; ".join(f"{raw!r} = {first!r} in {cat!r}" if raw != first else f"{raw!r} in {cat!r}"
                          for cat, _, raw, first in repeats[:5])
        one = len(repeats) == 1
        warnings.warn(f"lexicon {name!r} ({origin}): {len(repeats)} entr{'y repeats' if one else 'ies repeat'} an "
                      f"entry of {'its' if one else 'their'} category once normalised "
                      f"(lowercase, apostrophes and spaces unified) and {'is' if one else 'are'} kept "
                      f"once: {shown}{' ...' if len(repeats) > 5 else ''}; lex.check() lists them (issue "
                      "'duplicate'). Remove the repeats to silence this", UserWarning, stacklevel=4)
    return list(kept.values()), tuple((cat, pat) for cat, pat, _, _ in repeats)


def _warn_shared_entries(items: list[Entry], name: str, origin: str) -> None:
    """Warn about patterns that stand in more than one category. Each token is counted once in the whole lexicon
    (quanteda's ``nested_scope = "dictionary"``), so the hits of such a pattern go to one category only, the one
    listed first (see :meth:`Lexicon.compiled_entries`), and the others count none of them. LIWC (Pennebaker et al.
    2015: "happy" is in ``affect`` and ``posemo``) and quanteda's ``tokens_lookup`` count a word in every category
    that lists it; a LIWC ``.dic`` read here gave ``posemo`` none of the hits of its words that ``affect`` lists too,
    and said nothing."""
    cats_of: dict[str, list[str]] = {}
    for e in items:
        cats = cats_of.setdefault(e.pattern, [])
        if e.category not in cats:
            cats.append(e.category)
    shared = {p: c for p, c in cats_of.items() if len(c) > 1}
    if not shared:
        return
    order = {c: i for i, c in enumerate(dict.fromkeys(e.category for e in items))}
    shown = "; ".join(f"{p!r} in {_fmt(c)}" for p, c in list(shared.items())[:5])
    warnings.warn(f"lexicon {name!r} ({origin}): {len(shared)} entr{'y stands' if len(shared) == 1 else 'ies stand'} "
                  f"in more than one category ({shown}{' ...' if len(shared) > 5 else ''}). Each token is counted once "
                  "in the whole lexicon, so every hit of such an entry counts for the category listed first "
                  f"({_fmt(sorted({min(c, key=order.__getitem__) for c in shared.values()}, key=order.__getitem__), 3)}) "
                  "and not for the others; LIWC and quanteda's tokens_lookup count it in each. To count each category "
                  "as they do, count the categories one at a time: lex.select(category)", UserWarning, stacklevel=4)


def _flatten_categories(data: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """``(category, patterns)`` of a dict lexicon in order, nested categories flattened to their path joined by
    ``"."``. A mapping of strings (or None) is ``{pattern: rationale}``, a mapping of lists or mappings holds nested
    categories (a nested category read as ``{pattern: rationale}`` made a pattern of its name and a rationale of its
    entries, which then never matched)."""
    out: list[tuple[str, Any]] = []
    for cat, pats in data.items():
        name = f"{prefix}{cat}"
        if isinstance(pats, Mapping) and pats:
            nested = [k for k, v in pats.items() if not (v is None or isinstance(v, str))]
            if nested:
                if len(nested) < len(pats):
                    plain = [k for k in pats if k not in nested]
                    raise ValueError(f"category {name!r} mixes nested categories ({_fmt(nested, 3)}: lists of "
                                     f"patterns) with patterns given a rationale ({_fmt(plain, 3)}); put the patterns "
                                     "in a nested category of their own, or give each nested category as a list")
                out += _flatten_categories(pats, f"{name}.")
                continue
        out.append((name, pats))
    return out


def _check_toml_keys(path: Path, text: str, data: Mapping[str, Any]) -> None:
    """InputError naming the file, the line, the key and the known keys for a top-level table (or array of
    tables) or a ``[metadata]`` key the TOML format does not have: a misspelled ``[categroies.security]``
    dropped its whole category."""
    for key, value in data.items():
        is_table = isinstance(value, dict) or (isinstance(value, list) and value
                                                and all(isinstance(v, dict) for v in value))
        if key not in TOML_TOP_KEYS and (is_table or key not in TOML_METADATA_KEYS):
            what = f"table [{key}]" if is_table else f"key {key!r}"
            raise InputError(f"{path}{_line_of_table(text, key)}",
                             f"unknown top-level {what}; known: {_fmt(TOML_TOP_KEYS)} (tables: [metadata], "
                             "[categories.<name>], [[changelog]])",
                             "correct the spelling (a misspelled table is dropped with every entry it holds)")
    meta = data.get("metadata", {})
    if isinstance(meta, dict):
        unknown = [k for k in meta if k not in TOML_METADATA_KEYS]
        if unknown:
            raise InputError(f"{path}{_line_of_table(text, 'metadata')}",
                             f"[metadata] has unknown key(s) {_fmt(unknown)}; known keys: {_fmt(TOML_METADATA_KEYS)}",
                             "correct the spelling (a misspelled key would be dropped)")


def _toml_metadata(path: Path, text: str, data: Mapping[str, Any]) -> dict:
    """The lexicon's metadata: the ``[metadata]`` table, with ``name``, ``version``, ``description`` and
    ``citation`` also read where they are written at the top of the file, before any table (``name = "mine"``:
    TOML puts such keys in no table, and they were accepted and dropped, so the lexicon took the file's name
    and "unversioned"). A key given both ways with different values is an error naming both lines."""
    meta = data.get("metadata", {})
    meta = dict(meta) if isinstance(meta, dict) else {}
    for key in TOML_METADATA_KEYS:
        if key not in data:
            continue
        if key in meta and meta[key] != data[key]:
            raise InputError(f"{path}{_line_of_table(text, key)}",
                             f"{key!r} is set at the top of the file ({data[key]!r:.60}) and in [metadata] "
                             f"({meta[key]!r:.60})", "keep one of the two")
        meta[key] = data[key]
    return meta


def _line_of_table(text: str, key: str) -> str:
    """':<line>' of the first line that opens table ``key`` (``[key]``, ``[key.x]``, ``[[key]]``) or sets it
    (``key = ...``) in the TOML text, or ''."""
    rx = re.compile(rf"^[ \t]*(?:\[\[?[ \t]*{re.escape(key)}[ \t]*[.\]]|{re.escape(key)}[ \t]*=)", re.MULTILINE)
    m = rx.search(text)
    return f":{text.count(chr(10), 0, m.start()) + 1}" if m else ""


def _line_of(text: str, pattern: Any) -> str:
    """':<line>' of the first line holding the pattern string in the TOML text, or ''."""
    if not isinstance(pattern, str) or not pattern:
        return ""
    for quoted in (json.dumps(pattern, ensure_ascii=False), f"'{pattern}'"):
        i = text.find(quoted)
        if i >= 0:
            return f":{text.count(chr(10), 0, i) + 1}"
    return ""


# ------------------------------------------------------------------------------------------ bundled
def _bundled() -> dict[str, Any]:
    """name -> resource of the TOML lexicons shipped in ``discourse/lexicons``."""
    folder = resources.files("discourse").joinpath("lexicons")
    return {Path(f.name).stem: f for f in folder.iterdir() if f.name.endswith(".toml")}


@lru_cache(maxsize=16)
def _load_bundled(name: str) -> Lexicon:
    res = _bundled()[name]
    return Lexicon.from_toml(Path(f"discourse/lexicons/{res.name}"), text=res.read_text(encoding="utf-8"))


def list_lexicons() -> pd.DataFrame:
    """The lexicons bundled with the package.

    Returns
    -------
    DataFrame, one row per lexicon, sorted by name: ``name`` (for :func:`load_lexicon`), ``version``,
    ``categories`` (comma-separated, in order), ``n_entries``, ``hash`` (SHA-256, see
    :attr:`Lexicon.hash`), ``description``, ``citation``.
    """
    rows = []
    for name in sorted(_bundled()):
        lex = _load_bundled(name)
        rows.append({"name": name, "version": lex.version, "categories": ", ".join(lex.categories),
                     "n_entries": len(lex), "hash": lex.hash, "description": lex.description,
                     "citation": lex.citation})
    return pd.DataFrame(rows, columns=["name", "version", "categories", "n_entries", "hash", "description",
                                       "citation"])


def load_lexicon(name_or_path: str | Path | Lexicon | Mapping[str, Any] = "framing") -> Lexicon:
    """A bundled lexicon by name (see :func:`list_lexicons`), a file, or a dict.

    Files: the TOML format (``.toml``), LIWC (``.dic``), Lexicoder (``.lc3``), WordStat (``.cat``), Yoshikoder
    (``.ykd``) or JSON (``{category: [pattern, ...]}``), chosen by the file's suffix.

    A :class:`Lexicon` is returned unchanged, so functions can accept either a lexicon or its name.
    """
    if isinstance(name_or_path, Lexicon):
        return name_or_path
    if isinstance(name_or_path, Mapping):
        return Lexicon.from_dict(name_or_path)
    if not isinstance(name_or_path, (str, Path)):
        raise TypeError(f"lexicon must be a Lexicon, a bundled name, a file path or a dict, got "
                        f"{type(name_or_path).__name__}")
    bundled = _bundled()
    if isinstance(name_or_path, str) and name_or_path in bundled:
        # a copy of the parsed file: the caller may rename it or change its entries (as in a notebook cell),
        # and that must not reach every later load_lexicon(name), nor the functions that take the name
        lex = copy.copy(_load_bundled(name_or_path))
        lex.category_descriptions = dict(lex.category_descriptions)
        return lex
    path = Path(name_or_path)
    if path.is_file():
        suffix = path.suffix.lower()
        if suffix == ".toml":
            return Lexicon.from_toml(path)
        if suffix == ".dic":
            return Lexicon.from_dic(path)
        if suffix == ".lc3":
            return Lexicon.from_lexicoder(path)
        if suffix == ".cat":
            return Lexicon.from_wordstat(path)
        if suffix == ".ykd":
            return Lexicon.from_yoshikoder(path)
        if suffix == ".json":
            try:
                data = json.loads(_read_text(path))
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}: malformed JSON: {err}") from None
            return Lexicon.from_dict(data, name=path.stem)
        raise ValueError(f"{path}: unsupported lexicon format {suffix!r}; use .toml, .dic (LIWC), .lc3 (Lexicoder), "
                         ".cat (WordStat), .ykd (Yoshikoder) or .json")
    raise ValueError(f"lexicon {str(name_or_path)!r} is neither a bundled lexicon nor an existing file; "
                     f"bundled: {_fmt(sorted(bundled))}")
