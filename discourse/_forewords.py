"""A signed foreword is the words of the person who signs it.

A foreword is a statement about a publication by someone other than its author, and its writer's name appears at its
end (Chicago Manual of Style, 17th ed., 1.40); a public body's strategy or annual report opens so with a foreword by
its mayor, leader or chair ("Foreword by Mayor Ana Costa" ... "Ana Costa" / "Mayor of Riverton"). Left in the
author's voice, the mayor's "we will deliver a smart city" counted as the council's own framing, and a comparison of
the political voice with the organisation's could not be made.

A foreword is read where a line of its own is a foreword heading ("Foreword", "Foreword by Mayor Ana Costa",
"Mayor's foreword", "Foreword from the Leader of the Council") and a later paragraph, within
:data:`FOREWORD_MAX_PARAGRAPHS` paragraphs, is a signature block: a person's name alone on its line (two to four
capitalised words, no sentence punctuation), optionally with up to two short lines under it (the office, "Mayor of
Riverton"). The paragraphs between them are speech (``cue`` the heading as written, ``speaker`` the signed name,
``speaker_reason`` ``signed foreword``). A foreword with no signature names no one and stays the author's.
"""

from __future__ import annotations

from ._posts import unmarked_speech
from ._re_cache import compile as _rx

__all__ = ["signed_forewords", "FOREWORD_MAX_PARAGRAPHS"]

#: how many paragraphs after its heading a foreword's signature may come
FOREWORD_MAX_PARAGRAPHS = 15

_HEADING = _rx(r"(?im)^[ \t]*(?:#+[ \t]*)?(?P<heading>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[\w.-]*?(?:[’']s[ \t]+)?[Ff]oreword"
               r"(?:[ \t]+(?:by|from)[ \t]+(?P<by>[^\n]{3,80}))?)[ \t]*$")
# a person's name alone on a line: two to four capitalised words (initials and hyphenated names too), an optional
# title before it ("Cllr", "Dr", "Mayor")
_NAME_LINE = _rx(r"[ \t]*(?P<name>(?:(?:Cllr|Councillor|Dr|Mayor|Sir|Dame|Mr|Mrs|Ms|Prof)\.?[ \t]+)?"
                 r"[A-Z][a-zA-Z’'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-zA-Z’'-]+)){1,3})[ \t]*")
_ROLE_LINE = _rx(r"[ \t]*[A-Z][^\n.!?]{0,80}")
_BLANK = _rx(r"\n[ \t]*\n")


def _paragraphs(text: str, start: int, end: int | None = None,
                limit: int | None = None) -> list[tuple[int, int]]:
    """The paragraphs (runs of lines between blank lines) of ``text[start:end]``, their white space stripped; no more
    than ``limit`` + 1 of them where ``limit`` is given (a foreword is read only near a text's start)."""
    end = len(text) if end is None else end
    out = []
    pos = start
    while pos < end and (limit is None or len(out) <= limit):
        m = _BLANK.search(text, pos, end)
        e = end if m is None else m.start()
        s = pos
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        if m is None:
            break
        pos = m.end()
    return out


def _signature(text: str, s: int, e: int, by: str | None) -> str | None:
    """The name of a paragraph that is a signature block (a name line and up to two role lines), else None. Where the
    heading names the writer (``by``), the name's last word is in it; else the block has a role line, so that a
    subheading of two capitalised words ("Digital Riverton") is no signature."""
    lines = text[s:e].split("\n")
    if len(lines) > 3:
        return None
    m = _NAME_LINE.fullmatch(lines[0])
    if m is None or any(_ROLE_LINE.fullmatch(line) is None for line in lines[1:]):
        return None
    name = m.group("name")
    if (by is not None and name.split()[-1] not in by.split()) or (by is None and len(lines) < 2):
        return None
    return name


def signed_forewords(text: str, units: list[tuple[int, int]], quotes: list[dict], speakers: bool) -> list[dict]:
    """The signed forewords of ``text`` (see the module docstring) as speech spans, sorted by start; ``units`` are
    the paragraphs, ``quotes`` the quotations found (a foreword inside one is none)."""
    if "oreword" not in text:
        return []
    out: list[dict] = []
    for h in _HEADING.finditer(text):
        paras = _paragraphs(text, h.end(), limit=FOREWORD_MAX_PARAGRAPHS + 1)
        body: list[tuple[int, int]] = []
        name = None
        by = h.group("by")
        for s, e in paras[:FOREWORD_MAX_PARAGRAPHS + 1]:
            name = _signature(text, s, e, by) if body else None
            if name is not None:
                break
            if _HEADING.fullmatch(text, s, e):
                break
            body.append((s, e))
        if name is None or not body:
            continue
        s, e = body[0][0], body[-1][1]
        if any(q["start"] <= s and q["end"] >= e for q in quotes) or any(d["start"] < e and d["end"] > s for d in out):
            continue
        out.append(signed_speech(s, e, h.group("heading").strip(), len(body), name, "signed foreword", speakers))
    return out


def signed_speech(s: int, e: int, cue: str, n_paragraphs: int, signer: str, reason: str, speakers: bool) -> dict:
    """A signed text (a foreword, a letter of a letters page) from ``s`` to ``e`` as a speech span of its signer,
    with ``speaker_reason`` ``reason`` (no speaker at all where ``speakers`` is false)."""
    from ._speakers import _NO_SPEAKERS_AT_ALL  # (loading a corpus needs none of the speaker rules)

    info = (dict(_NO_SPEAKERS_AT_ALL) if not speakers else
            dict(_NO_SPEAKERS_AT_ALL, speaker=signer, speaker_as_written=signer, speaker_reason=reason))
    return unmarked_speech(s, e, cue, n_paragraphs, info)
