"""Paragraphs and sentences: the segmentation every other layer (tokens, quotations) builds on.

Kept apart from :mod:`discourse.text` so that :mod:`discourse.quotes` (which needs paragraphs) and
:mod:`discourse.text` (which needs quotations for voice) share the one paragraph rule without importing each
other.

- **Paragraphs**: blank lines separate paragraphs when a text has any; otherwise every non-empty line is a
  paragraph (the convention of most web-scraped news text).
- **Sentences**: nltk's Punkt sentence tokenizer with hand-set parameters (a list of abbreviations such as
  ``mr``, ``dr``, ``u.s``, ``inc``, month names), so "Mr. Pang" and "the U.S. government" do not end a
  sentence. No nltk data download is needed. Sentences never cross paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

__all__ = ["paragraphs", "sentences", "ABBREVIATIONS"]

# ------------------------------------------------------------------------------------------ paragraphs
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")
_NONBLANK_LINE = re.compile(r"[^\n]+")
_PARA_BLOCK = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans ``(start, end)`` of a text, trimmed of outer white space.

    When the text contains a blank line anywhere, blank lines separate paragraphs (and single line breaks
    inside a paragraph are wrapped lines); otherwise every non-empty line is a paragraph (the convention
    of most web-scraped news text).
    """
    spans: list[tuple[int, int]] = []
    pattern = _PARA_BLOCK if _BLANK.search(text) else _NONBLANK_LINE
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


# ------------------------------------------------------------------------------------------ sentences
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres amb "
    "u.s u.k u.n e.u u.s.a a.i p.m a.m e.g i.e etc vs cf al approx dept est fig inc ltd co corp plc "
    "no nos vol pp ed eds jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def sentences(text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)``; sentences never cross the given (or computed) paragraphs."""
    spans = paragraphs(text) if spans is None else spans
    tok = _punkt()
    out: list[tuple[int, int]] = []
    for ps, pe in spans:
        for s, e in tok.span_tokenize(text[ps:pe]):
            out.append((ps + s, ps + e))
    return out
