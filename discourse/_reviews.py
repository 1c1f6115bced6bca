"""The reviewed work of a book review: the author its bibliographic line names.

A review opens (or, in some magazines, closes) with the bibliographic description of the book it reviews: title,
author, publisher, number of pages and price, "The Age of Surveillance Capitalism by Shoshana Zuboff (PublicAffairs,
704 pp., $38)", "The Age of Surveillance Capitalism / By Shoshana Zuboff / PublicAffairs, 704 pp., $38", or the author
first, "Kai Strittmatter, We Have Been Harmonized (Custom House, 352 pp., $28.99)". The page count ("704 pp.", "352
pages") is what marks such a line: running prose does not count a book's pages after its title and author (the head
of a review as the New York Review of Books, the London Review of Books and the New York Times Book Review print it).

The review then speaks of "the book" and "the author", and makes the book the subject of verbs of saying, "The book
warns that ...", "it insists that ...": the work stands for its writer, as the cited text does in academic reporting
("this paper argues", Thompson & Ye 1991; Hyland 2002), so what "the book" says is its author's claim. The definite
description refers to the one book the review is about (Hawkins 1978, the "larger situation" use of the article), the
one its bibliographic line names (:class:`discourse._speakers._Speakers` reads it so).
"""

from __future__ import annotations

from ._re_cache import compile as _rx

# a page count: "704 pp.", "xii + 352 pp.", "352 pages"
_PAGES = _rx(r"(?<![\w.])\d{2,4}\s*(?:pp\.|pages\b)")
# a person's name of two to four capitalised words (or in capitals, "SHOSHANA ZUBOFF"), an initial allowed
_NAME = r"[A-Z][A-Za-z’'\-]*\.?(?:[ \t]+(?:[A-Z][A-Za-z’'\-]*\.?|de|van|von|der|da|di|le|la)){1,3}"
# the author after "by" (a line of its own, "By Shoshana Zuboff", or after the title); not one of two authors
_BY_AUTHOR = _rx(rf"(?<![\w’'])[Bb][Yy][ \t]+(?P<name>{_NAME})(?![\w’'\-])(?![ \t]+(?:and|&)\s)")
# the author first on the line of the page count, before the title's comma
_AUTHOR_FIRST = _rx(rf"^[ \t]*(?P<name>{_NAME}),\s+\S")
#: how far before its page count the author of a bibliographic line is looked for (a title and subtitle between)
BIBLIO_REACH = 300
#: the nouns of the reviewed work that a definite description takes up ("the book"), and its writer ("the author")
BOOK_HEADS = frozenset({"book", "volume", "memoir", "monograph", "author"})


def _name(s: str) -> str:
    """A name as a speaker: in capitals ("SHOSHANA ZUBOFF") as the text writes it in running prose."""
    words = s.split()
    if len(words[-1]) > 2 and words[-1].endswith("."):
        words[-1] = words[-1][:-1]  # the full stop after the name ("By SHOSHANA ZUBOFF. 691 pp."), not an initial's
    return " ".join(w.capitalize() for w in words) if s.isupper() else " ".join(words)


def book_citations(text: str) -> list[tuple[int, str]]:
    """The bibliographic lines of reviewed books in ``text``, as (offset of the page count, author's name), in text
    order: the page count ("704 pp.", "352 pages") and the last "by NAME" within :data:`BIBLIO_REACH` characters
    before it and no blank line between (one author only: "by A and B" names two, and is passed over), else a name that
    opens the page count's line before a comma. Empty where the text gives no page count (a cheap test first)."""
    if "pp." not in text and "pages" not in text:
        return []
    out: list[tuple[int, str]] = []
    for m in _PAGES.finditer(text):
        lo = max(0, m.start() - BIBLIO_REACH)
        blank = text.rfind("\n\n", lo, m.start())
        lo = blank + 2 if blank >= 0 else lo
        by = None
        for b in _BY_AUTHOR.finditer(text, lo, m.start()):
            by = b
        if by is not None:
            out.append((m.start(), _name(by.group("name"))))
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        first = _AUTHOR_FIRST.match(text, line, m.start())
        if first is not None:
            out.append((m.start(), _name(first.group("name"))))
    return out


def bibliographic_line(text: str, end: int) -> bool:
    """Does the line after ``end`` (the end of a line of ``text``) give a page count, as the line of publisher, pages
    and price under a reviewed book's "By NAME" does ("PublicAffairs, 704 pp., $38")? The literal test first."""
    start = text.find("\n", end)
    if start < 0:
        return False
    nxt = text.find("\n", start + 1)
    line = text[start:nxt if nxt >= 0 else len(text)]
    return ("pp." in line or "pages" in line) and _PAGES.search(line) is not None


def reviewed_author(citations: list[tuple[int, str]], pos: int) -> str | None:
    """The author of the book a review speaks of at ``pos``: that of the last bibliographic line before it (a review
    of several books gives each its line before it discusses it), else of the first after it (a line set at the
    foot of the review); None where the text has none."""
    before = [name for at, name in citations if at <= pos]
    if before:
        return before[-1]
    return citations[0][1] if citations else None
