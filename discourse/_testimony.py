"""Block quotations introduced by a reporting clause and a colon: the paragraph after "X told Human Rights Watch:"
is X's words.

Reports of human rights groups, and much long-form writing, set a longer testimony off as a block quotation, which
takes no quotation marks: the reporting clause ends with a colon and the quoted words follow as a paragraph of their
own (Chicago Manual of Style 13.9-13.10 and 13.17 on block quotations and the colon that introduces them; New Hart's
Rules 2014, 9.3.1). So a paragraph that ends with a colon after a reporting clause whose subject speaks ("A former
detainee told Human Rights Watch:", "Aynur recalled:", :func:`discourse._attribution._attr_before`) introduces the
next paragraph as that speaker's speech (``cue`` the reporting verb, ``speaker_reason`` as the name table resolves
the subject). Left in the author's voice, a witness's "mass surveillance" counted as the report's own analysis.

Only the next paragraph, and only where it opens with no quotation mark (a quotation in marks is read as such), no
list marker, bullet or ">" (a list or a Markdown block quotation, read elsewhere), and is no heading (a line without
a sentence's end); an indented block (the next lines indented as the first) goes on over the indented paragraphs
after it. A colon after a clause with no speaking subject ("To the Government of China:", "Recommendations:") opens
nothing.
"""

from __future__ import annotations

from bisect import bisect_right

from ._attribution import _attr_before
from ._posts import unmarked_speech
from ._re_cache import compile as _rx

__all__ = ["introduced_blocks"]

# the sentence's end before the reporting clause (the clause is read from there to its colon)
_SENTENCE_END = _rx(r"[.!?…][\"”’')\]]*\s+(?=\S)")
# what a block of quoted words does not open with: a quotation mark, a list marker or bullet, ">"
_NOT_A_BLOCK = _rx(r"[ \t]*(?:[\"“”‘’'«»„>•▪✓*+\-–—]|\d{1,3}[.)][ \t]|\(?[a-z]\)[ \t])")
_INDENT = _rx(r"[ \t]*(?:\t|[ ]{2,})[ \t]*$")
#: the longest reporting clause read before the colon
_CLAUSE_REACH = 300


def _indented(text: str, at: int) -> bool:
    """Is the paragraph whose words start at ``at`` indented (a tab or two spaces or more before them on its line)?"""
    line = text.rfind("\n", 0, at) + 1
    return _INDENT.fullmatch(text, line, at) is not None if at > line else False


def introduced_blocks(text: str, units: list[tuple[int, int]], quotes: list[dict], table, speakers: bool) -> list[dict]:
    """The block quotations of ``text`` that a reporting clause ending its paragraph with a colon introduces (module
    docstring), as speech spans sorted by start; ``units`` are the paragraphs, ``quotes`` the quotations found (a
    paragraph a quotation overlaps is left), ``table`` the document's name table (deferred or built; None: built here
    when needed)."""
    if ":" not in text:
        return []
    from ._speakers import _NO_SPEAKERS_AT_ALL, _Speakers

    q_spans = sorted((q["start"], q["end"]) for q in quotes)
    q_starts = [s for s, _ in q_spans]

    def quoted(s: int, e: int) -> bool:
        k = bisect_right(q_starts, e) - 1
        while k >= 0 and q_spans[k][0] < e:
            if q_spans[k][1] > s:
                return True
            k -= 1
            if k >= 0 and q_spans[k][1] <= s and q_spans[k][0] < s - 100_000:
                break
        return False

    out = []
    i = 0
    while i < len(units) - 1:
        us, ue = units[i]
        head = text[us:ue].rstrip()
        i += 1
        if not head.endswith(":"):
            continue
        colon = us + len(head) - 1
        lo = max(us, colon - _CLAUSE_REACH)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, colon)]
        clause = text[ends[-1] if ends else lo:colon + 1]
        found = _attr_before(clause + " ")
        if found is None or not found[0] or not found[1] or found[1].lower().endswith("ing"):
            continue  # (a participle, "posted signs saying:": its implied subject is not the words before it)
        bs, be = units[i]
        first = text[bs:be]
        if _NOT_A_BLOCK.match(first) or not first.strip() or first.rstrip()[-1:] not in ".!?…\"”’')":
            continue
        indented = _indented(text, bs)
        j = i
        while indented and j + 1 < len(units) and _indented(text, units[j + 1][0]):
            j += 1  # an indented block goes on over the indented paragraphs after it
        s = bs + len(first) - len(first.lstrip())
        e = units[j][0] + len(text[units[j][0]:units[j][1]].rstrip())
        if e <= s or quoted(s, e) or quoted(colon - len(clause), colon):
            continue
        spk, cue = found
        if not speakers:
            info = dict(_NO_SPEAKERS_AT_ALL)
        else:
            if table is None:
                table = _Speakers(text, q_spans)
            at = colon + 1 - len(clause)
            info = dict(table.resolve(spk, at, s))
        out.append(unmarked_speech(s, e, cue, j - i + 1, info))
        i = j + 1
    return out
