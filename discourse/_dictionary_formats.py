"""Readers of the dictionary files of other content-analysis programs: Lexicoder (``.lc3``), WordStat (``.cat``)
and Yoshikoder (``.ykd``), the formats besides LIWC's ``.dic`` that quanteda's ``dictionary(file = ...)`` reads, so
that a dictionary a researcher already has (the Lexicoder Sentiment Dictionary, the Laver-Garry policy dictionary,
the Regressive Imagery Dictionary) loads as it is.

Each reader parses the text only and returns ``(category, pattern, line)`` triples in file order; the patterns are
checked and normalised by :class:`discourse.lexicon.Lexicon`, which names the file and line of a bad one. Nested
categories (WordStat and Yoshikoder allow them) are flattened as quanteda's ``flatten_dictionary`` does: a word's
category is the path of category names down to it, joined by ``"."`` (``SPOKEN CATEGORIES.ASSENT``), and a
category's own words belong to it alone, not to the categories above it.

The layouts follow quanteda's readers (``read_dict_lexicoder``, ``read_dict_wordstat``, ``read_dict_yoshikoder`` in
quanteda's R/dictionaries.R), which are the de facto descriptions of these formats.
"""

from __future__ import annotations

import re
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

from ._util import _fmt
from .errors import InputError

__all__ = ["parse_lexicoder", "parse_wordstat", "parse_yoshikoder"]

Triple = tuple[str, str, int]


def parse_lexicoder(text: str, path: Path) -> list[Triple]:
    """Lexicoder 3 (``.lc3``): a line ``+name`` opens a category; every other non-blank line is an entry of the
    category opened last (a word, a glob such as ``abandon*`` or a phrase). White space around a line is
    ignored. An entry before the first category, or a ``+`` with no name, is an error naming the line."""
    out: list[Triple] = []
    category: str | None = None
    opened: dict[str, int] = {}  # category -> line, to name the categories that got no entry
    for i, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("+"):
            category = line[1:].strip()
            if not category:
                raise InputError(f"{path}:{i}", "a '+' line with no category name",
                                 "write the category's name after the '+' (+negative)")
            opened.setdefault(category, i)
            continue
        if category is None:
            raise InputError(f"{path}:{i}", f"entry {line!r:.60} comes before any category",
                             "open a category first with a line '+name' (Lexicoder's layout)")
        out.append((category, line, i))
    used = {c for c, _, _ in out}
    empty = [c for c in opened if c not in used]
    if out and empty:
        # a lexicon cannot hold a category without entries; it was left out without a word (the LIWC reader warns)
        warnings.warn(f"{path}: categor{'y' if len(empty) == 1 else 'ies'} {_fmt(empty)} (line "
                      f"{opened[empty[0]]}{' ...' if len(empty) > 1 else ''}) {'has' if len(empty) == 1 else 'have'} no "
                      "entry and {} left out of the lexicon; write its entries on the lines after its '+' line, or "
                      "remove that line".format('is' if len(empty) == 1 else 'are'), UserWarning, stacklevel=4)
    return out


_WEIGHTED = re.compile(r"(?P<word>.*?\S)\s*\((?P<weight>[+-]?\d+(?:\.\d+)?)\)")


def parse_wordstat(text: str, path: Path) -> tuple[list[Triple], list[Triple]]:
    """WordStat (``.cat``): one item a line, nested by leading tabs. A line that ends with a weight in brackets
    (``ACCOMPLISH* (1)``) is an entry of the category one tab less deep; any other line is a category, inside the
    category one tab less deep. Returns the entries and those of them whose weight is not 1 (WordStat's weights
    are not used: every hit counts once; the caller reports them).

    Errors name the line: an indentation deeper than one step below the category above it, an entry outside any
    category, leading spaces (the format nests by tabs only, so a space-indented line's depth is unknown)."""
    out: list[Triple] = []
    weighted: list[Triple] = []
    stack: list[str] = []
    for i, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        body = line.lstrip("\t")
        depth = len(line) - len(body)
        if body[:1].isspace():
            raise InputError(f"{path}:{i}", f"line {line.strip()!r:.60} is indented with spaces",
                             "indent WordStat categories and entries with tabs, one per level")
        m = _WEIGHTED.fullmatch(body)
        if m is None:  # a category
            if depth > len(stack):
                raise InputError(f"{path}:{i}", f"category {body!r:.60} is {depth} tabs deep, below a category "
                                 f"{len(stack) - 1 if stack else 0} deep", "indent it one tab below its parent")
            stack = [*stack[:depth], body.strip()]
            continue
        if depth == 0 or depth > len(stack):
            raise InputError(f"{path}:{i}", f"entry {body!r:.60} has no category "
                             f"({'at the top level' if depth == 0 else f'{depth} tabs deep, below {len(stack)} levels'})",
                             "put it one tab below the category it belongs to")
        item = (".".join(stack[:depth]), m.group("word"), i)
        out.append(item)
        if float(m.group("weight")) != 1:
            weighted.append(item)
    return out, weighted


def parse_yoshikoder(text: bytes, path: Path) -> tuple[str | None, list[Triple]]:
    """Yoshikoder (``.ykd``; ``text`` the file's bytes, whose XML declaration gives the encoding): XML whose root ``<dictionary name="...">`` holds nested ``<cnode name="...">``
    categories and ``<pnode name="..."/>`` entries. Returns the dictionary's name (or None) and the entries; the
    line of each is the XML element's line. Malformed XML, another root, or a ``pnode`` outside any ``cnode`` is
    an error naming the file (and the line the parser gives)."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as err:
        line = err.position[0] if getattr(err, "position", None) else None
        raise InputError(f"{path}:{line}" if line else path, f"malformed XML ({err})",
                         "fix the file at that line; a Yoshikoder .ykd file is XML") from None
    if root.tag != "dictionary":
        raise InputError(path, f"the root element is <{root.tag}>, not <dictionary>",
                         "pass a Yoshikoder dictionary export (.ykd)")
    out: list[Triple] = []

    def walk(node: ET.Element, names: list[str]) -> None:
        for child in node:
            name = (child.get("name") or "").strip()
            if child.tag == "cnode":
                if not name:
                    raise InputError(path, "a <cnode> has no name", "give every category a name attribute")
                walk(child, [*names, name])
            elif child.tag == "pnode":
                if not names:
                    raise InputError(path, f"entry {name!r:.60} (<pnode>) is outside any category (<cnode>)",
                                     "put it inside the <cnode> it belongs to")
                out.append((".".join(names), name, 0))

    walk(root, [])
    return (root.get("name") or None), out
