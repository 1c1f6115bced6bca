"""Letters to the editor: the salutation that opens a letter and the signature that closes it.

A letter to the editor is printed with its form of address and its writer's identification (The Gregg Reference
Manual, "Letters": salutation, writer's identification): The Times, the Telegraph and The Economist open with "Sir,"
(The Economist: "SIR – Your article ..."), the New York Times with "To the Editor:", many local papers with "Dear
Editor,"; under the letter stands its writer's name and town, on lines of their own ("Jane Roe" / "Leeds"), or after
a dash ("— Jane Roe, Oakland, Calif."). Neither is the writer's argument: counted, "sir" and "editor" were key terms
of letters against news and the writers' towns key terms of the page, and the signer, the letter's author, was
unknown. A letters page prints several letters under one headline, each with its salutation and signature, and may
close with an editor's note, which is the outlet's.

A letter is read from a salutation line to the next salutation or an editor's note ("Editor's note: ...") or the
end of the text; its signature is the last paragraph of that stretch when it is one to three short lines whose first
is a person's name (two to four capitalised words, or in capitals as the NYT sets them), optionally after a dash and
with the town after a comma; a complimentary close may stand above the name ("Sincerely,") and the note on the
writer under it ("The writer is a former police chief.", which cleaning sets aside as an author's note). A name and town at the end of a text without a salutation are no signature (a news
story's last paragraph may be one).

On a letters page, a text of two or more signed letters, each letter's body is its signer's speech (``cue`` the
salutation as written, ``speaker`` the signer, ``speaker_reason`` ``signed letter``): the page is the outlet's, which
speaks in its headline and editor's note, and the letters are contributions it prints under their writers' names, as
a publication prints a signed foreword (Chicago Manual of Style, 17th ed., 1.40; :mod:`discourse._forewords`). Left in
the author's voice, one reader's promotion and another's critique were both the newspaper's framing. A text of one
letter is the writer's own, and its words stay the author's voice.
"""

from __future__ import annotations

from typing import NamedTuple

from ._forewords import _paragraphs, signed_speech  # paragraphs and signed speech, as forewords read them
from ._re_cache import compile as _rx
from ._re_cache import finditer_lines

__all__ = ["Letter", "letters", "signed_letters"]

# the salutation, a line of its own: "Sir,", "Madam,", "Dear Sir or Madam,", "To the Editor:", "Dear Editor,", "To
# the editors:"; or The Economist's "SIR – " that runs on into the letter (only the address and its dash)
_SALUTATION = _rx(r"(?m)^[ \t]*(?P<s>(?:(?:Dear|To)[ \t]+(?:the[ \t]+)?(?i:editors?)|(?:Dear[ \t]+)?(?:Sir|SIR|Madam|MADAM)"
                  r"(?:[ \t]*(?:/|or)[ \t]*(?:Madam|MADAM))?)[ \t]*(?:[,:][ \t]*$|[–—-][ \t]+(?=\S)))")
# an editor's note closes the letters above it: it is the outlet's
_EDITORS_NOTE = _rx(r"(?m)^[ \t]*(?:Editor|EDITOR|Ed)[’']?s?[’']?[ \t]+(?i:note)\b")
# the name line: an optional dash, a name of two to four capitalised words (initials, hyphens, particles; all
# capitals too), optionally followed by a comma and the town, state or country (at most eight words)
_WORD = r"(?:[A-Z][a-zA-Z’'-]+|[A-Z]\.)"
_NAME = rf"(?:(?:Dr|Prof|Rev|Cllr|Mr|Mrs|Ms)\.?[ \t]+)?{_WORD}(?:[ \t]+(?:(?:de|van|von|der|da|di|le|la)[ \t]+)?{_WORD}){{1,3}}"
_NAME_LINE = _rx(rf"[ \t]*(?:(?:—|–|-{{1,2}})[ \t]*)?(?P<name>{_NAME})[ \t]*(?:,[ \t]*(?P<place>[^\n,.!?:;]+(?:[.,][ \t]*[^\n,!?:;]*)*))?"
                 r"[ \t]*")
_PLACE_LINE = _rx(r"[ \t]*[A-Z][^\n!?:;\"“”]{0,80}")
_PLACE_WORDS = 8
# a complimentary close above the name, and the note on the writer under the signature
_CLOSE = _rx(r"[ \t]*(?i:(?:yours[ \t]+)?(?:sincerely|truly|faithfully|respectfully)(?:[ \t]+yours)?|"
             r"(?:with[ \t]+)?(?:best|kind|warm)[ \t]+regards|regards)[ \t]*,?[ \t]*")
_WRITER_NOTE = _rx(r"[ \t]*The[ \t]+writers?[ \t]+(?:is|are|was|were)\b")


class Letter(NamedTuple):
    """One letter of a text: its salutation's span, the span of its body (salutation to signature, both excluded;
    white space stripped) and its signature's span and signer's name (None where it is unsigned)."""
    salutation: tuple[int, int]
    body: tuple[int, int]
    signature: tuple[int, int] | None
    signer: str | None


def _signature(text: str, s: int, e: int) -> tuple[tuple[int, int], str] | None:
    """The span and signer of the signature that the paragraph from ``s`` to ``e`` is, or None: a complimentary close
    may stand above the name ("Sincerely,"), and the note on the writer below the town ("The writer is a former police
    chief.", the NYT's; cleaning sets it aside as ``author-bio``) is not part of the signature."""
    lines = text[s:e].split("\n")
    closed = len(lines) > 1 and _CLOSE.fullmatch(lines[0]) is not None
    keep = len(lines)
    while keep > 1 + closed and _WRITER_NOTE.match(lines[keep - 1]):
        keep -= 1
    name = _signer("\n".join(lines[closed:keep]))
    if name is None:
        return None
    return (s, s + len("\n".join(lines[:keep]).rstrip())), name


def _signer(block: str) -> str | None:
    """The name of a paragraph that is a signature (see the module docstring), else None."""
    lines = block.split("\n")
    if len(lines) > 3:
        return None
    m = _NAME_LINE.fullmatch(lines[0])
    if m is None or (m.group("place") and len(m.group("place").split()) > _PLACE_WORDS):
        return None
    if any(_PLACE_LINE.fullmatch(line) is None or len(line.split()) > _PLACE_WORDS for line in lines[1:]):
        return None
    name = m.group("name")
    if name.isupper():  # the NYT sets the name in capitals: "JANE ROE"
        name = " ".join(w if len(w) <= 2 and w.endswith(".") else w.capitalize() for w in name.split())
    return name


def letters(text: str) -> list[Letter]:
    """The letters of ``text``, in text order (see the module docstring); none in a text without a salutation."""
    heads = list(finditer_lines(_SALUTATION, text))  # tried at line starts only: cheaper than a word's search
    if not heads:
        return []
    out = []
    for i, h in enumerate(heads):
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        note = _EDITORS_NOTE.search(text, h.end(), stop)
        if note is not None:
            stop = note.start()
        paras = _paragraphs(text, h.end(), stop)
        salutation = (h.start("s"), h.start("s") + len(text[h.start("s"):h.end()].rstrip()))
        if not paras:
            continue
        signed = _signature(text, *paras[-1]) if len(paras) > 1 else None
        if signed is not None:
            out.append(Letter(salutation, (paras[0][0], paras[-2][1]), *signed))
        else:
            out.append(Letter(salutation, (paras[0][0], paras[-1][1]), None, None))
    return out


def signed_letters(text: str, quotes: list[dict], speakers: bool) -> list[dict]:
    """The letters of a letters page (two or more signed letters, see the module docstring) as speech spans, sorted
    by start; ``quotes`` are the quotations found (a letter inside one is none)."""
    found = [lt for lt in letters(text) if lt.signer is not None]
    if len(found) < 2:
        return []
    out = []
    for lt in found:
        s, e = lt.body
        if any(q["start"] <= s and q["end"] >= e for q in quotes):
            continue
        out.append(signed_speech(s, e, text[lt.salutation[0]:lt.salutation[1]], len(_paragraphs(text, s, e)),
                                 lt.signer, "signed letter", speakers))
    return out
