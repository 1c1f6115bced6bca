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

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

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


class _PunktVars(PunktLanguageVars):
    """Punkt's English variables with its patterns compiled by the standard ``re`` module.

    nltk 3.10 compiles Punkt's patterns with the third-party ``regex`` engine behind a wall-clock timeout
    (``nltk.redos``), so whether a long paragraph raises ``TimeoutError`` depended on the machine's load.
    These patterns are fixed and linear (no user input reaches them), so the same pattern strings compiled by
    ``re`` give the same spans, deterministically and faster. Older nltk versions compile them with ``re``
    already; the override is then a no-op in effect.
    """

    re_boundary_realignment = re.compile(
        getattr(PunktLanguageVars.re_boundary_realignment, "pattern", r'["\')\]}]+?(?:\s+|(?=--)|$)'),
        re.MULTILINE)

    def _word_tokenizer_re(self):
        try:
            return self._re_word_tokenizer_std
        except AttributeError:
            self._re_word_tokenizer_std = re.compile(
                self._word_tokenize_fmt % {"NonWord": self._re_non_word_chars,
                                           "MultiChar": self._re_multi_char_punct,
                                           "WordStart": self._re_word_start},
                re.UNICODE | re.VERBOSE)
            return self._re_word_tokenizer_std

    def period_context_re(self):
        try:
            return self._re_period_context_std
        except AttributeError:
            self._re_period_context_std = re.compile(
                self._period_context_fmt % {"NonWord": self._re_non_word_chars,
                                            "SentEndChars": self._re_sent_end_chars},
                re.UNICODE | re.VERBOSE)
            return self._re_period_context_std


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params, lang_vars=_PunktVars())


def sentences(text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)``; sentences never cross the given (or computed) paragraphs."""
    spans = paragraphs(text) if spans is None else spans
    tok = _punkt()
    out: list[tuple[int, int]] = []
    for ps, pe in spans:
        for s, e in tok.span_tokenize(text[ps:pe]):
            out.append((ps + s, ps + e))
    return out
