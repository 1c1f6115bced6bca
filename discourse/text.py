"""The text layer: paragraphs, sentences and tokens with character offsets, norms, stems and voice.

Everything here uses parts of nltk that need no downloaded data:

- **Paragraphs and sentences** come from :mod:`discourse.segment` (re-exported here).
- **Tokens**: nltk's ``RegexpTokenizer`` with one pattern (``TOKEN_PATTERN``): URLs, e-mail addresses,
  user mentions of social media ("@privacy_pat", whole: a handle is a name, not the words in it),
  acronyms with dots ("U.S.", "A.I."), numbers ("US$1", "4.2", "1,000"), United Nations document symbols
  ("A/HRC/51/17", "S/RES/2249", whole: a symbol is one name), words with inner hyphens kept
  whole ("re-structured", "AI-enabled"), words with inner apostrophes kept whole ("O'Brien", "don't"),
  possessive and contraction clitics as tokens of their own ("Huawei" + "'s"), and single punctuation
  marks. Every token carries ``start``/``end`` offsets into the unchanged document text.
- **norm**: Unicode NFKC, case-folded (Unicode full case folding: "Straße" and "STRASSE" agree), every apostrophe-like mark (’ ‘ ʼ ′ `) as ``'`` and every hyphen-like
  mark (‐ ‑ ‒) as ``-``, so "Huawei’s" and "Huawei's" agree. Counting and lexicon matching use ``norm``.
- **stem**: the Snowball (Porter 2) English stemmer applied to ``norm``. Stems, not lemmas: a lemmatiser
  needs WordNet data (a download) or a tagger model, while the stemmer is pure code, deterministic and
  fast, and is good enough to pool inflections ("surveil", "surveillance" stay apart, "cameras" and
  "camera" meet) when a user counts on ``stem``.
- **Stopwords**: a list shipped with the package (``discourse/data/stopwords_en.txt``).
- **Voice**: quotations from :func:`discourse.quotes.find_quote_spans` assign every token its voice.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd
from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import RegexpTokenizer

from ._re_cache import compile as _rx
from ._re_cache import save as save_patterns
from ._util import (
    LONE_SURROGATE,
    SURROGATE_FIX,
    as_list,
    category_code_dtype,
    check_columns,
    check_flag,
    compiled,
    document_categorical,
)
from .quotes import check_speakers, document_names, find_quote_spans, voice_runs
from .segment import ABBREVIATIONS, paragraphs, sentences

__all__ = ["tokenize", "paragraphs", "sentences", "STOPWORDS", "TOKEN_COLUMNS", "normalize", "TOKEN_PATTERN",
           "ABBREVIATIONS", "stem", "is_punct", "fast_tokens", "kept_tokens", "token_spans", "outside",
           "document_order", "doc_bounds", "check_unique_positions", "sentence_words", "english_shares",
           "warn_not_english", "ENGLISH_MIN_WORDS", "ENGLISH_MIN_SHARE", "not_english",
           "warn_documents_not_english", "token_table"]

# ------------------------------------------------------------------------------------------ stopwords
STOPWORDS: frozenset[str] = frozenset(
    w.strip()
    for w in resources.files("discourse").joinpath("data", "stopwords_en.txt").read_text("utf-8").splitlines()
    if w.strip() and not w.startswith("#")
)

# ------------------------------------------------------------------------------------------ tokens
_APOS = "'’‘ʼ′`"
_CLITICS = "(?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)"


def _marks_class_from_unicodedata() -> str:
    """The body of a character class of every combining mark (categories Mn, Mc, Me) of the Basic
    Multilingual Plane in this Python's Unicode database; ``discourse/data/unicode_marks.txt`` holds its
    output (read at import: fast). The BMP holds the marks of every living script; a class reaching beyond it
    makes ``re`` test ranges one by one and the tokenizer 1.5x slower, so marks of the supplementary planes
    (historic scripts) are left out."""
    out, start, prev = [], None, None
    for cp in range(0x10000):
        if unicodedata.category(chr(cp))[0] == "M":
            if start is None:
                start = cp
            elif cp != prev + 1:
                out.append((start, prev))
                start = cp
            prev = cp
    out.append((start, prev))

    def esc(c: int) -> str:
        return f"\\u{c:04x}"

    return "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in out)


_MARKS = "".join(line.strip() for line in resources.files("discourse").joinpath("data", "unicode_marks.txt")
                 .read_text("utf-8").splitlines() if line.strip() and not line.startswith("#"))
# characters that join the letters around them into one word: combining marks (NFD accents, Arabic
# harakat, Devanagari vowel signs), the soft hyphen, zero-width space, (non-)joiner and word joiner. Without
# them "vigila\u0302ncia", "pri\xadvacy" and "sur\u200bveillance" were split into pieces that no lexicon
# entry matches. normalize() drops the invisible ones that carry no letter and NFKC composes the marks.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INWORD = f"[{_MARKS}{_INVISIBLE}]"
_ALNUMS = rf"[^\W_]+(?:{_INWORD}+[^\W_]*)*"                             # letters and digits, joined
# The alternatives of the token pattern, in the order they are tried. The full tokenizer (tokenize) and the
# fast one of the counting paths (fast_tokens) are both built from these, so they cannot drift apart.
_URL = r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]’'”]"
# an e-mail address is tried only where a run of address characters begins (the lookbehind): a failed try
# then costs the run's length once, not once per position, so the pattern stays linear ('a_' * 40000)
_EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# a user mention of social media ("@privacy_pat", "@CityOfRiverton"): one token, the handle as written. A handle
# is a name its owner chose once, not words the author of the post uses: split at "@" and "_" it gave the words
# "privacy" and "pat", and "RT @privacy_pat: ..." counted a rights hit. Not after a word character, so the
# "@" of an address the e-mail alternative does not take ("foo@bar") stays a mark of its own.
_MENTION = r"(?<!\w)@\w+"
_ACRONYM = r"(?:[^\W\d_]\.){2,}"                                    # U.S. A.I. e.g.
# numbers, money: US$1.5 RM4.2. Capitals before the digits only where a currency sign follows them or the digits
# end the word: in "Q1656-LE", "B2B", "C4ISR", "IP67-rated" letters and digits run on into one word (Unicode UAX #29,
# WB9-WB10, and a word's inner hyphens, as "5G-enabled"), a model or standard's name; taken as a number, "Q1656-LE"
# had been "q1656", "-", "le" and "B2B" "b2" and "b"
_NUMBER = r"(?:[A-Z]{1,3}(?=[$€£¥]|\d+(?![^\W_]|[-‐‑][^\W_])))?[$€£¥]?\d+(?:[.,:]\d+)*%?"
# digits with a suffix that makes one word of them: a name of a standard or format ("5G", "4K", "3D"), a decade
# ("1990s") or an ordinal ("21st"); split, "5G" was the number "5" and the letter "G", and a lexicon entry "5g" could
# never match. Nothing but a mark or white space after it ("2018China", a missing space, stays two words)
_NUMWORD = rf"\d+(?:[A-Z]{{1,2}}|st|nd|rd|th|s)(?!\w)(?:[-‐‑]{_ALNUMS})*"  # and "5G-enabled", as a word's hyphens
# a United Nations document symbol ("A/HRC/51/17", "S/RES/2249", "E/CN.4/2005/L.10", "A/C.3/74/L.20/Rev.1"): one name,
# as a product's model number is. The Editorial Manual's symbols are a series symbol of capitals (A, S, E, ST, CCPR,
# ...) and parts after slashes, each a number or capitals with a number after a point or hyphen ("CN.4", "PV.22",
# "ES-10") or a capitalised modifier ("Add.1", "Rev.1", "Sub.2"); they name a document, so the last part holds a
# number (United Nations Editorial Manual, "Document symbols"). Cut at its slashes "A/HRC/51/17" had been the
# stopword "a", "hrc", "51" and "17", and "hrc" and "res" key terms of UN speeches. Only at least two slashes (no
# "S/2015", "A/B"), capitals first (no dates "12/05/2019", fractions or "and/or"), never after a slash, a point or a
# word character (the path of an address, "undocs.org/en/A/HRC/51/17", and the tail of a symbol misread by OCR,
# "A/C.R/43/L.19", are no symbols), and every part known: with anything else after it ("17x", "/en") the parts stay
# apart. Possessive throughout, so no part is ever taken back: the kernel's scan
# (discourse/_kernel.c, symbol_end) does the same in one pass
_SYMBOL = r"(?<![\w/.])[A-Z]++(?:/(?:[0-9]++|[A-Z][A-Za-z]*+(?:[.-][0-9]++)?+)){2,}+(?<=[0-9])(?!\w|/\w)"
_WORD_TAIL = rf"(?:[-‐‑]{_ALNUMS})*(?:[{_APOS}](?!{_CLITICS}\b){_ALNUMS})*"  # inner hyphens and apostrophes
_WORD = _ALNUMS + _WORD_TAIL
_CLITIC = rf"[{_APOS}]{_CLITICS}\b"                                  # 's 're 've 'll 'd 'm
# any other single mark; an emoji keeps its variation selector, skin tone and zero-width-joined sequence
_EMOJI_MODS = "[\ufe0f\U0001f3fb-\U0001f3ff]"
_MARK = rf"[^\w\s]{_EMOJI_MODS}*(?:\u200d[^\w\s]{_EMOJI_MODS}*)*"
TOKEN_PATTERN = "|".join([_URL, _EMAIL, _MENTION, _ACRONYM, _NUMWORD, _NUMBER, _SYMBOL, _WORD, _CLITIC, _MARK])
#: a token that is an address, not a word: a URL, an e-mail address or a user mention (the token pattern's own
#: alternatives; the topic models leave such tokens out, discourse.topic_prep)
ADDRESS_PATTERN = "|".join([_URL, _EMAIL, _MENTION])
_tokenizer = RegexpTokenizer(TOKEN_PATTERN, gaps=False, discard_empty=True)
_TOKEN_RE = _rx(TOKEN_PATTERN)
# "\u0130" (capital I with dot above, Turkish and Azerbaijani) is "I" before lowercasing: str.lower gives "i" plus a
# combining dot above (U+0307), so "İstanbul" did not match "istanbul" in a lexicon entry or a query. In those
# languages İ is the capital of i, so "i" is its lowercase.
_NORM_TABLE = str.maketrans({**{c: "'" for c in "’‘ʼ′`"}, **{c: "-" for c in "‐‑‒"},
                             **{c: None for c in "\u00ad\u200b\u2060\ufeff"}, "\u0130": "I"})
_stemmer = SnowballStemmer("english")
_STEMS: dict[str, str] = {}  # norm -> stem, shared by calls (chunked and streamed corpora re-meet their words)


def stem(norm: str) -> str:
    """The Snowball (Porter 2) English stem of a norm, cached across calls."""
    stem = _STEMS.get(norm)
    if stem is None:
        if len(_STEMS) > 2_000_000:  # bound the cache on corpora with huge vocabularies
            _STEMS.clear()
        stem = _STEMS[norm] = _stemmer.stem(norm)
    return stem


# the superscript digits, which running text uses as note reference numbers ("privacy¹", "elsewhere.³": the Chicago
# Manual, 14.21, sets note numbers as superscripts after the word or mark they follow) and as exponents ("m²"):
# never letters of the word before them. NFKC makes them ordinary digits, so "Privacy¹" had the norm "privacy1",
# which no lexicon entry matches, and a pasted article's footnoted terms went uncounted
_SUPERSCRIPT_DIGITS = str.maketrans({c: None for c in "⁰¹²³⁴⁵⁶⁷⁸⁹"})

# the trade mark and service mark signs (U+2122, U+2120): marks of a name's legal status, set after it ("SafeCity™"),
# symbols like "®" and "©" (Unicode category So; the Chicago Manual, 8.153, treats all three alike as marks an editor
# may drop), never words. NFKC spells them out as the letters "TM" and "SM", so every "™" of a brochure or datasheet
# had been the word "tm", its commonest key term against news; they keep their sign as norm, and are punctuation
_MARK_SIGNS = frozenset("™℠")


def normalize(token: str) -> str:
    """The ``norm`` of a token: NFKC, case-folded (``İ`` as ``i``), apostrophes as ``'``, hyphens as ``-``, and the
    invisible characters that carry no letter (soft hyphen, zero-width space, word joiner, BOM) and the superscript
    digits of note references ("privacy¹" -> "privacy") left out; a trade mark or service mark sign alone ("™", "℠")
    stays the sign, a mark like "®", not the letters "tm" NFKC spells it with. The zero-width (non-)joiner stays: it shapes Persian
    and Indic words and emoji sequences.

    Case folding, not lowercasing: Unicode's caseless matching compares full case foldings (The Unicode
    Standard, 3.13, D146: NFKC, full case folding of CaseFolding.txt, NFKC again, as ``NFKC_Casefold``), so
    "Straße", "STRASSE" and "Strasse" are one word ("ß" and "ẞ" fold to "ss"; with ``str.lower`` a lexicon
    entry "Straße" missed the capitals of a German headline and the Swiss spelling), and a Greek final sigma
    "ς" folds to "σ" as a capital "Σ" does, wherever it stands. For ASCII, and for most letters of other
    scripts, folding is lowercasing. The Turkish and Azerbaijani dotless "ı" stays a letter of its own (the
    default folding, without the language-specific entries of status T)."""
    if token and all(c in _MARK_SIGNS for c in token):
        return token  # "™" is a sign, not the word "tm" (see _MARK_SIGNS)
    folded = unicodedata.normalize("NFKC", token.translate(_SUPERSCRIPT_DIGITS)).translate(_NORM_TABLE).casefold()
    # folding may leave a sequence NFKC composes ("ǰ" folds to "j" + U+030C): compose it again
    return folded if folded.isascii() else unicodedata.normalize("NFKC", folded)


def is_punct(norm: str) -> bool:
    """A token is punctuation when its norm holds no letter or digit (``"℃"`` -> ``"°c"`` is a word)."""
    return not any(map(str.isalnum, norm))


def _norm_of(token: str) -> str:
    """:func:`normalize`, with the shortcut of ASCII: NFKC leaves ASCII unchanged and of the translated marks
    only the backtick is ASCII, so an ASCII token without one has its lowercase as norm (as in counts.py)."""
    return token.lower() if token.isascii() and "`" not in token else normalize(token)


# ------------------------------------------------------------------------------------------ fast tokens
# The counting paths need the surface tokens only (no offsets, sentences or quotations). Two rewrites of
# the same alternatives give exactly the tokens of tokenize, faster:
# (1) "(?<!\s)\s*+(...)": a token never starts with white space, so eating the white space before it
#     (without backtracking) finds the same tokens and the engine no longer fails once per space. The
#     look-behind tries a white-space run only from its first character: where no token follows the run
#     (a run of spaces at the end of a text, or before a "_"), trying again from each later character of the
#     run would fail the same way after the same possessive run, and 25,000 spaces took 1.5 s (quadratic,
#     benchmarks/probe_scaling.py); a search only ever starts at 0 or after a token, which never ends in
#     white space, so every run's first character is tried and the tokens are the same;
# (2) without "@" in a document the e-mail alternative cannot match anywhere and is left out; then a word
#     that starts with a lowercase ASCII letter not followed by "." (no acronym) and not opening
#     "http(s)://" or "www." (no URL) cannot be a number either, so the word alternative is tried first.
_FAST_WITH_AT = _rx(r"(?<!\s)\s*+(" + TOKEN_PATTERN + ")")
_FAST_NO_AT = _rx(r"(?<!\s)\s*+((?!https?://|www\.)[a-z](?!\.)[^\W_]*" + f"(?:{_INWORD}+[^\\W_]*)*" + _WORD_TAIL + "|"
                         + "|".join([_URL, _ACRONYM, _NUMWORD, _NUMBER, _SYMBOL, _WORD, _CLITIC, _MARK]) + ")")


# The compiled token scan (discourse/_kernel.c, built into the wheel where a C compiler is present; see
# hatch_build.py): the tokens and offsets of the pattern for texts without URLs, e-mail addresses, in-word
# marks and characters beyond the BMP, 5-10x faster; it returns None for other texts, which the pattern
# then tokenises. DISCOURSE_NO_KERNEL=1 leaves it unused. tests/test_kernel.py compares both on the same texts.
def _refused_bitmap() -> bytes:
    """The characters of the BMP for which the kernel refuses a text (a bit each): those of the in-word class
    (combining marks, soft hyphen, zero-width characters), the emoji variation selector and '@', found with
    the pattern's own classes."""
    chars = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    flags = np.zeros(0x10000, dtype=bool)
    for m in re.finditer(f"{_INWORD}|[@\ufe0f]", chars):
        flags[ord(m.group())] = True
    return np.packbits(flags, bitorder="little").tobytes()


def _load_kernel():
    kernel = compiled("_kernel")
    if kernel is not None:
        kernel.setup(_refused_bitmap())
    return kernel


_KERNEL = _load_kernel()


def _fast_tokens_pattern(text: str) -> list[str]:
    return (_FAST_WITH_AT if "@" in text else _FAST_NO_AT).findall(text)


def fast_tokens(text: str) -> list[str]:
    """The surface tokens of ``text``, exactly as :func:`tokenize` finds them, in order (no offsets)."""
    if _KERNEL is not None:
        toks = _KERNEL.scan(text, False)
        if toks is not None:
            return toks
    return _fast_tokens_pattern(text)


# the fast patterns with the white space before each token captured too, for token_spans
_SPLIT_WITH_AT = _rx(r"(?<!\s)(\s*+)" + _FAST_WITH_AT.pattern[len(r"(?<!\s)\s*+"):])
_SPLIT_NO_AT = _rx(r"(?<!\s)(\s*+)" + _FAST_NO_AT.pattern[len(r"(?<!\s)\s*+"):])


def token_spans(text: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Start and end offsets and surface forms of every token of ``text``, in order."""
    if _KERNEL is not None:
        found = _KERNEL.scan(text, True)
        if found is not None:
            return np.frombuffer(found[0], dtype=np.int64), np.frombuffer(found[1], dtype=np.int64), found[2]
    return _token_spans_pattern(text)


def _token_spans_pattern(text: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """:func:`token_spans` with the pattern (the pure-Python path)."""
    # split with two capturing groups gives [gap, space, token, gap, space, token, ..., gap] (a gap is what
    # no token takes, e.g. "_"): cumulative lengths give the offsets without a Python-level loop over match
    # objects. The fast patterns find exactly the tokens of TOKEN_PATTERN (see fast_tokens), twice as fast.
    pieces = (_SPLIT_WITH_AT if "@" in text else _SPLIT_NO_AT).split(text)
    lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
    ends = np.cumsum(lengths)[2::3]
    return ends - lengths[2::3], ends, pieces[2::3]


def outside(starts: np.ndarray, ends: np.ndarray, aside: Sequence[tuple[int, int]]) -> np.ndarray:
    """Mask of the tokens that lie outside every set-aside span (cleaning: ``corpus.set_aside``).

    Tokens in text order (starts and ends ascending, as :func:`token_spans` gives them) inside a span ``(a, b)`` are
    one run, from the first that starts at or after ``a`` to the last that ends at or before ``b``: each span is two
    binary searches and the runs are marked at once, so a document with thousands of spans (an e-mail thread of
    hundreds of messages, each with header lines and a signature) takes time linear in its tokens and spans (one
    comparison of every token with every span took 6 s for 840 KB of such a thread)."""
    n = len(starts)
    keep = np.ones(n, dtype=bool)
    if not len(aside) or not n:
        return keep
    if n > 1 and not (np.all(starts[1:] >= starts[:-1]) and np.all(ends[1:] >= ends[:-1])):
        for a, b in aside:  # (tokens out of order: each span compared with every token)
            keep &= ~((starts >= a) & (ends <= b))
        return keep
    spans = np.asarray(aside, dtype=np.int64).reshape(-1, 2)
    lo = np.searchsorted(starts, spans[:, 0], side="left")
    hi = np.searchsorted(ends, spans[:, 1], side="right")
    some = hi > lo
    delta = np.zeros(n + 1, dtype=np.int64)
    np.add.at(delta, lo[some], 1)
    np.add.at(delta, hi[some], -1)
    keep[np.cumsum(delta[:n]) > 0] = False
    return keep


def kept_tokens(text: str, aside: Sequence[tuple[int, int]]) -> list[str]:
    """:func:`fast_tokens` without the tokens inside set-aside spans (the rule of :func:`tokenize`)."""
    if not aside:
        return fast_tokens(text)
    s_arr, e_arr, toks = token_spans(text)
    return [toks[i] for i in np.flatnonzero(outside(s_arr, e_arr, aside))]


# ------------------------------------------------------------------------------------------ token tables
def document_order(tokens: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, bool]:
    """The row order that sorts a token table by document (as first seen) then ``position``.

    Returns ``(order, doc_codes, in_order)``: ``doc_codes`` are the rows' document codes in the table's own
    row order, ``in_order`` says whether the table is sorted already (then ``order`` is ``arange``).

    A ValueError when two rows have the same ``doc_id`` and ``position``: a token table joined from two
    tables whose documents share doc ids (two corpora numbered ``0, 1, ...`` with ``doc_id=None``), or one
    table joined with itself, holds different tokens at one place of one document, and every count, match
    and context on it would be wrong without a word.
    """
    doc_codes, _ = pd.factorize(tokens["doc_id"], sort=False)
    pos = tokens["position"].to_numpy(dtype=np.int64)
    order = np.lexsort((pos, doc_codes))
    in_order = bool(np.array_equal(order, np.arange(len(order))))
    check_unique_positions(tokens, doc_codes if in_order else doc_codes[order], pos if in_order else pos[order],
                            None if in_order else order)
    return order, doc_codes, in_order


def check_unique_positions(tokens: pd.DataFrame, codes: np.ndarray, pos: np.ndarray,
                            order: np.ndarray | None) -> None:
    """Refuse a token table in which two rows share ``(doc_id, position)``; ``codes`` and ``pos`` are in
    document order (``order``: the rows of the table in that order, None when it is the table's own)."""
    if len(pos) < 2:
        return
    dup = pos[1:] == pos[:-1]
    dup &= codes[1:] == codes[:-1]
    if not dup.any():
        return
    at = np.flatnonzero(dup) + 1
    row = int(at[0] if order is None else order[at[0]])
    docs = pd.unique(tokens["doc_id"].to_numpy()[at if order is None else order[at]])
    raise ValueError(
        f"tokens has {len(at)} row(s) whose (doc_id, position) another row has too, in {len(docs)} document(s) "
        f"(first: doc_id {tokens['doc_id'].iloc[row]!r}, position {int(pos[at[0]])}): token tables whose "
        "documents share doc ids were joined (e.g. two corpora loaded with doc_id=None are both numbered 0, 1, "
        "...), or one table was joined with itself; give every document its own doc id before tokenizing "
        "(a doc_id column, e.g. the source followed by a number), or tokenize one corpus made from all the "
        "documents, and join each table once")


def sentence_words(tokens: pd.DataFrame, drop_stop: bool = False) -> list[list[str]]:
    """The word norms of every (document, sentence), in text order: the training sentences of word2vec
    (:func:`discourse.suggest_terms`, :class:`discourse.LatentSemanticScaling`). Punctuation (and with
    ``drop_stop`` stopwords) left out; documents in the order of their ids as strings, sentences as first met
    in that order.

    The lists of ``t.groupby(["doc_id", "sentence"], sort=False)["norm"]`` on the table sorted (stably) by
    doc_id as a string and position, each group's norms as strings, which the two callers built one group at a
    time (106 of 274 s of suggest_terms on 6.5 million tokens of UN speeches): here one sort and one split."""
    keep = np.ones(len(tokens), dtype=bool)
    if "is_punct" in tokens.columns:
        keep &= ~tokens["is_punct"].to_numpy(dtype=bool)
    if drop_stop and "is_stop" in tokens.columns:
        keep &= ~tokens["is_stop"].to_numpy(dtype=bool)
    t = tokens.loc[keep, ["doc_id", "sentence", "position", "norm"]]
    if t.empty:
        return []
    t = t.assign(doc_id=t["doc_id"].astype(str)).sort_values(["doc_id", "position"], kind="stable")
    doc, _ = pd.factorize(t["doc_id"], sort=False)
    sent, _ = pd.factorize(t["sentence"], sort=False)
    codes, _ = pd.factorize(doc.astype(np.int64) * (int(sent.max()) + 1) + sent, sort=False)  # (doc, sentence)
    order = np.argsort(codes, kind="stable")  # groups as first met, rows in table order within each
    words = t["norm"].astype(str).to_numpy(dtype=object)[order]
    bounds = np.flatnonzero(np.diff(codes[order])) + 1
    return [part.tolist() for part in np.split(words, bounds)]


def doc_bounds(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For every row of document-sorted ``codes``: the first and the last row of its document."""
    first = np.searchsorted(codes, codes, side="left")
    last = np.searchsorted(codes, codes, side="right") - 1
    return first, last


TOKEN_COLUMNS = [
    "doc_id", "paragraph", "sentence", "position", "start", "end", "token", "norm", "stem", "is_stop",
    "is_punct", "voice", "quote_id", "quote_kind", "speaker",
]


class _Ids(dict):
    """value -> integer id in order of first appearance; ``values`` lists the values by id."""

    def __init__(self) -> None:
        super().__init__()
        self.values: list = []

    def __missing__(self, key) -> int:
        i = self[key] = len(self.values)
        self.values.append(key)
        return i


def _span_index(spans: list[tuple[int, int]], starts: np.ndarray) -> np.ndarray:
    """For each token (``starts``, sorted): the index of the last span (paragraph, sentence) that starts at or
    before it, -1 before the first (0 for every token where there is no span), as
    ``np.searchsorted(span_starts, starts, side="right") - 1``: counted the other way round, the first token of
    each span found by one search per span, then a running count over the tokens (3x faster: a document has
    far fewer spans than tokens)."""
    if not spans:
        return np.zeros(len(starts), dtype=np.int64)
    firsts = np.searchsorted(starts, np.fromiter((s for s, _ in spans), dtype=np.int64, count=len(spans)),
                             side="left")
    return np.cumsum(np.bincount(firsts, minlength=len(starts) + 1)[:len(starts)]) - 1


def _doc_arrays(text: str, aside: list[tuple[int, int]], token_ids: _Ids) -> tuple:
    """Offsets, token ids (``token_ids[token]``, in token order), paragraph and sentence of each kept token of
    one document, and its paragraphs."""
    paras = paragraphs(text)
    sents = sentences(text, paras)
    found = _KERNEL.scan_codes(text, token_ids) if _KERNEL is not None and not aside else None
    if found is not None:  # the kernel's offsets and ids: those of token_spans and the map below
        s_arr, e_arr = np.frombuffer(found[0], dtype=np.int64), np.frombuffer(found[1], dtype=np.int64)
        codes = np.frombuffer(found[2], dtype=np.int32)
        toks = None
    else:
        s_arr, e_arr, toks = token_spans(text)
    para = _span_index(paras, s_arr)
    sent = _span_index(sents, s_arr)
    keep = outside(s_arr, e_arr, aside) if aside else None  # set-aside spans (cleaning): tokens left out
    if keep is not None and not keep.all():  # (ids only for the kept tokens: the table's values)
        idx = np.flatnonzero(keep)
        s_arr, e_arr, toks, para, sent = s_arr[idx], e_arr[idx], [toks[i] for i in idx], para[idx], sent[idx]
    if toks is not None:
        codes = np.fromiter(map(token_ids.__getitem__, toks), dtype=np.int32, count=len(toks))
    return (s_arr, e_arr, codes, para, sent, paras)


def tokenize(corpus, *, metadata: str | Sequence[str] | None = "all", quotes: bool = True,
             set_aside: bool = True, n_jobs: int = 1, speakers: bool | str = True) -> pd.DataFrame:
    """One row per token of every document, with offsets, norms, stems and voice.

    Parameters
    ----------
    corpus : Corpus
        From :func:`discourse.load_corpus` or :meth:`Corpus.from_dataframe`.
    metadata : "all", str or list of str
        Document columns to copy onto every token: ``"all"`` (default) copies every column of
        ``corpus.documents`` but ``doc_id`` and ``text``, so any of them can group counts and balances
        (``by="category"``). Each is a categorical: 1 byte per token for up to 127 distinct values, 2 up to
        32,767. A document column named like a token column (``speaker``) is not copied: with ``"all"`` a
        UserWarning names it, naming it here is a ValueError; rename it in the documents to keep it.
        A list should keep ``source`` and ``outlet`` where the documents have them: the use rules of
        :mod:`discourse.stance` read a document's own names from those token columns ("Italy believes that
        ..." in Italy's statement is the author's view), and without them count such clauses as reported.
    quotes : bool
        Find quotations and fill the voice columns (default). ``False`` marks every token as the
        author's voice, which is faster on corpora that are known to hold no quotations.
    speakers : True, False or 'scored', default True
        How the ``speaker`` column is filled, as ``speakers`` of :func:`discourse.find_quote_spans`: the
        rules (``True``), no speakers (``False``: spans, kinds and voices unchanged), or the trained scorer
        (``'scored'``: more speakers named and more of them wrong; README, "Quotations: who speaks").
    set_aside : bool
        Leave out the spans that cleaning set aside (``corpus.set_aside``); ``False`` keeps every token.
    n_jobs : int
        Worker processes (``1``: this process; ``-1``: every core). Documents are split into contiguous
        parts, tokenised in parallel and joined in order: the table is identical to the serial one. For
        corpora larger than memory, count with :func:`discourse.count_terms_stream` instead.

    Returns
    -------
    DataFrame with one row per token, in document order, and the columns:

    - ``doc_id`` (str), then the ``metadata`` columns (each with the document column's values);
    - ``paragraph``, ``sentence`` (int, 0-based within the document), ``position`` (int, 0-based index
      of the token among the document's kept tokens);
    - ``start``, ``end`` (int): character offsets, ``text[start:end] == token``;
    - ``token`` (surface form), ``norm`` (see :func:`normalize`), ``stem`` (Snowball stem of norm);
    - ``is_stop`` (norm in :data:`STOPWORDS`), ``is_punct`` (no letter or digit);
    - ``voice`` (``author`` | ``quoted`` | ``reported``): quoted inside a speech quotation, or inside a
      mention nested in one; a mention (scare quotes, a title) in the author's own prose stays ``author``;
      reported inside a reported (indirect) clause, except where its subject is the document's own
      ``source`` or ``outlet`` named in the third person ("France believes that ..." in France's statement
      stays ``author``, as "we believe that ..." does: :func:`discourse.quotes.own_name_subject`);
    - ``quote_id`` (nullable int, the innermost quotation holding the token, as in :func:`find_quotes`),
      ``quote_kind`` (``speech`` | ``mention`` | ``reported`` | missing), ``speaker`` (of the enclosing
      speech quotation, missing where the text names none).

    Warns (:class:`~discourse.errors.LanguageWarning`) naming the documents that do not read as English
    (:func:`warn_not_english`): the stopwords, stems and the rules of voice, speakers and use are English.

    The table is lean (48 bytes per token on 5 MB of UN General Debate speeches with ten document columns, no
    Python object per row): ``doc_id``, the document columns, ``token``, ``norm``, ``stem``, ``voice``,
    ``quote_kind`` and ``speaker`` are categoricals whose categories are sorted (so sorting and
    ``groupby(..., sort=True)`` order them as plain values); ``paragraph``, ``sentence``, ``position``,
    ``start``, ``end`` and ``quote_id`` take the smallest signed integer type (int8 ... int64, ``Int8``
    ... ``Int64``) that holds twice their largest value, so a sum or difference of two never overflows.
    Values are those of plain columns: ``tokens["norm"] == "privacy"``, ``.isin``, ``.str``, ``groupby``
    work as before. A categorical takes no new value (``tokens.loc[m, "source"] = "new"`` raises a
    TypeError): convert first with ``tokens["source"] = tokens["source"].astype(str)``. Tables computed
    from tokens (counts, balances, KWIC lines) hold plain values with the document column's own dtype.
    """
    from .corpus import Corpus

    if not isinstance(corpus, Corpus):
        # say how to make a Corpus of what was passed: a table of documents, a path, or texts
        if isinstance(corpus, pd.DataFrame):
            how = ("a DataFrame of documents becomes one with dc.Corpus.from_dataframe(df, text='<text column>', "
                   "source='<group column>')" + (" (this looks like a token table already: pass it to the "
                                                   "analysis itself)" if {"token", "norm"} <= set(corpus.columns)
                                                   else ""))
        elif isinstance(corpus, (str, os.PathLike)):
            how = ("a file or folder is read with dc.load_corpus(path); a text of your own with "
                   "dc.Corpus.from_dataframe(pd.DataFrame({'text': [text]}))")
        elif isinstance(corpus, (pd.Series, list, tuple)):
            how = "texts become one with dc.Corpus.from_dataframe(pd.DataFrame({'text': list(texts)}))"
        else:
            how = "make one with dc.load_corpus(path) or dc.Corpus.from_dataframe(df, text=...)"
        raise TypeError(f"tokenize needs a Corpus, got {type(corpus).__name__}: {how}")
    quotes, set_aside = check_flag("quotes", quotes), check_flag("set_aside", set_aside)
    every = isinstance(metadata, str) and metadata == "all"
    meta = [c for c in corpus.documents.columns if c not in ("doc_id", "text")] if every else as_list(metadata)
    check_columns(corpus.documents, meta, "corpus.documents (metadata=)")
    if "text" in meta:
        raise ValueError("metadata='text' would copy each document's whole text onto every token; "
                         "name metadata columns only")
    clash = [c for c in meta if c in TOKEN_COLUMNS]
    if clash:
        # a document column named like a token column ('speaker' of a speech in the UN corpus) would
        # otherwise be overwritten by the token column without a word
        fix = (f"rename it in the documents before loading (e.g. Corpus.from_dataframe(df.rename(columns="
               f"{{{clash[0]!r}: 'doc_{clash[0]}'}}), ...))")
        if not every:
            raise ValueError(f"metadata={clash!r}: the token table has its own column(s) of that name; {fix}")
        import warnings

        warnings.warn(f"document column(s) {clash!r} not copied onto the tokens: the token table has its own "
                      f"column(s) of that name; to keep them, {fix}", UserWarning, stacklevel=2)
        meta = [c for c in meta if c not in TOKEN_COLUMNS]
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)):
        raise TypeError(f"n_jobs must be an int (number of worker processes; -1 for all cores), got "
                        f"{type(n_jobs).__name__}: {n_jobs!r}")
    if n_jobs == 0 or n_jobs < -1:
        raise ValueError(f"n_jobs={n_jobs!r} is not valid; give 1 (serial), a number of processes, or -1 (all cores)")
    n_jobs = (os.cpu_count() or 1) if n_jobs == -1 else int(n_jobs)
    check_speakers(speakers)
    out = token_table(corpus, meta, quotes=quotes, set_aside=set_aside, n_jobs=n_jobs, speakers=speakers)
    warn_not_english(out)
    warn_unpunctuated(out)
    return out


def token_table(corpus, meta: list[str], *, quotes: bool, set_aside: bool, n_jobs: int,
                speakers: bool | str) -> pd.DataFrame:
    """The table of :func:`tokenize` from checked options, without judging the documents' language.

    For the counting core (:mod:`discourse.counts`), which tokenises a corpus chunk by chunk: judged per chunk,
    the language would be warned about once per chunk holding such a document, each warning counting that
    chunk's documents ("1 of 1 document(s)"), and not at all where a worker process or a Dask worker counts
    the chunk; the counters judge every document themselves and warn once for the whole corpus."""
    _check_surrogates(corpus)
    if n_jobs > 1 and len(corpus.documents) > 1:
        parts = _tokenize_parallel(corpus, quotes, set_aside, n_jobs, speakers)
    else:
        parts = [_token_arrays(corpus, quotes, set_aside, speakers)]
    out = _token_frame(corpus, meta, parts)
    _warn_unsegmented(out["token"].cat.categories)
    return out


def _first_surrogate(text: str) -> int:
    """Index of the first lone surrogate of ``text`` (``LONE_SURROGATE``), -1 where there is none; the kernel
    reads the code points directly (ten times faster than the pattern; none in a text of one byte per
    character), the pattern is the fallback (tests/test_kernel.py compares both)."""
    if _KERNEL is not None:
        return _KERNEL.first_surrogate(text)
    m = LONE_SURROGATE.search(text)
    return -1 if m is None else m.start()


def _check_surrogates(corpus) -> None:
    """Refuse texts holding lone surrogates, before any work, naming the documents and the fix.

    Bytes decoded with ``errors='surrogateescape'`` (or a UTF-16 pair broken in two) become code points
    U+D800-U+DFFF, which are not UTF-8: pandas' string columns and every table written to disk refuse them,
    so without this check ``tokenize`` would fail deep inside pyarrow. The loaders never make them
    (``load_corpus`` refuses ``encoding_errors='surrogateescape'`` and skips JSON records with unpaired
    ``\\udXXX`` escapes); a DataFrame handed to :meth:`Corpus.from_dataframe` may hold them. (The
    streaming counters take such text: :func:`discourse.count_terms_stream` counts it.)
    """
    from .errors import InputError

    docs = corpus.documents
    bad = [i for i, t in enumerate(docs["text"]) if _first_surrogate(t) >= 0]
    if bad:
        ids = ", ".join(repr(str(docs["doc_id"].iloc[i])) for i in bad[:3]) + (" ..." if len(bad) > 3 else "")
        t = docs["text"].iloc[bad[0]]
        at = _first_surrogate(t)
        raise InputError(
            None, f"{len(bad)} document(s) ({ids}) hold lone surrogate code points (first: U+{ord(t[at]):04X} at "
            f"character {at} of {str(docs['doc_id'].iloc[bad[0]])!r}): bytes decoded with errors='surrogateescape' "
            "or a broken UTF-16 pair, which cannot be stored in the token table or written as UTF-8",
            f"{SURROGATE_FIX}, which substitutes U+FFFD; or clean them with "
            "df[col].str.encode('utf-8', 'replace').str.decode('utf-8')")


# runs of Han, kana and Hangul: scripts written without spaces between words
_CJK_RUN = _rx("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]{5,}")


def _warn_unsegmented(tokens: pd.Index) -> None:
    """Say so when the distinct tokens hold runs of Chinese, Japanese or Korean script: they are not words.

    One search of the tokens joined by line breaks first (a run cannot cross one, and a token holding a run
    of five is at least five long): the tokens are looked at one by one only where it finds a run."""
    values = tokens.tolist()
    if _CJK_RUN.search("\n".join(values)) is None:
        return
    long = [t for t in values if len(t) >= 5 and _CJK_RUN.search(t)]
    if long:
        import warnings

        warnings.warn(
            f"{len(long)} distinct token(s) hold runs of Chinese, Japanese or Korean characters, e.g. "
            f"{long[0][:20]!r}: the tokenizer splits words at spaces and punctuation only, so each run counts "
            "as one word and lexicon entries inside it do not match. Segment such texts into words first "
            "(e.g. with jieba or MeCab), separated by spaces, then load them.", UserWarning, stacklevel=3)


#: a document of at least ENGLISH_MIN_WORDS words of which fewer than ENGLISH_MIN_SHARE are English stopwords
#: does not read as English (see :func:`warn_not_english`)
ENGLISH_MIN_WORDS = 50
ENGLISH_MIN_SHARE = 0.10


def english_shares(tokens: pd.DataFrame) -> pd.DataFrame:
    """The share of each document's words (tokens with a letter or digit) that are English stopwords.

    Function words identify a language (Grefenstette 1995, "Comparing two language identification schemes",
    JADT: the commonest short words): in English prose they are about half of the words (documents of 100
    words or more: at least 0.35 in the 500 Brown texts, 0.40 in 3,000 UN General Debate speeches; of 84,694
    windows of 50 words of both, 8 fall below 0.10, all of them tables and lists), while in Spanish, French,
    German or Turkish prose fewer than 0.03 of the words are on the English list. Returns ``doc_id``,
    ``n_words``, ``n_stop`` and ``share``, one row per document of ``tokens`` with a word.
    """
    codes = tokens["doc_id"].cat.codes.to_numpy() if isinstance(tokens["doc_id"].dtype, pd.CategoricalDtype) \
        else pd.factorize(tokens["doc_id"], sort=False)[0]
    ids = (tokens["doc_id"].cat.categories if isinstance(tokens["doc_id"].dtype, pd.CategoricalDtype)
           else pd.unique(tokens["doc_id"]))
    word = ~tokens["is_punct"].to_numpy(dtype=bool)
    n_words = np.bincount(codes[word], minlength=len(ids))
    n_stop = np.bincount(codes[word & tokens["is_stop"].to_numpy(dtype=bool)], minlength=len(ids))
    keep = n_words > 0
    return pd.DataFrame({"doc_id": np.asarray(ids, dtype=object)[keep], "n_words": n_words[keep],
                         "n_stop": n_stop[keep], "share": n_stop[keep] / n_words[keep]})


def warn_not_english(tokens: pd.DataFrame, *, stacklevel: int = 3) -> None:
    """Warn (:class:`~discourse.errors.LanguageWarning`) when documents do not read as English.

    A document reads as English unless it has at least :data:`ENGLISH_MIN_WORDS` words and fewer than
    :data:`ENGLISH_MIN_SHARE` of them are English stopwords (:func:`english_shares`). Shorter texts (a
    headline, a post) are not judged: their share says too little. The rules that are English only
    (stopwords, stems, quotations' speakers, reported speech, the use of each hit) still run on such
    documents; the warning names them so that the silence of those rules is not read as a finding.
    """
    if tokens.empty:
        return
    shares = english_shares(tokens)
    low = shares[not_english(shares["n_words"].to_numpy(), shares["n_stop"].to_numpy())]
    warn_documents_not_english(low["doc_id"].tolist(), low["share"].tolist(), len(shares), stacklevel=stacklevel + 1)


#: a document is read as written without sentence punctuation when it has at least this many words ...
UNPUNCTUATED_MIN_WORDS = 200
#: ... and its sentences average more than this many words: five times the mean of written English, about 20 words
#: (Biber et al. 1999, 2.8); no Brown text and none of the first 150 UN speeches averages more than 54, so only
#: text whose marks are missing reaches it
UNPUNCTUATED_MEAN_WORDS = 100


def warn_unpunctuated(tokens: pd.DataFrame, *, stacklevel: int = 3) -> None:
    """Warn (:class:`~discourse.errors.PunctuationWarning`) naming the documents of at least
    :data:`UNPUNCTUATED_MIN_WORDS` words whose sentences average more than :data:`UNPUNCTUATED_MEAN_WORDS` words:
    text without sentence punctuation, as a speech recogniser writes it, is one long "sentence", and the rules that
    read a sentence read the whole run."""
    if tokens.empty or "sentence" not in tokens:
        return
    doc = tokens["doc_id"]
    words = (~tokens["is_punct"].to_numpy(dtype=bool)).astype(np.int64)
    frame = pd.DataFrame({"doc": doc, "sentence": tokens["sentence"].to_numpy(), "w": words})
    per = frame.groupby("doc", observed=True, sort=False).agg(n_words=("w", "sum"), n_sent=("sentence", "nunique"))
    low = per[(per["n_words"] >= UNPUNCTUATED_MIN_WORDS)
              & (per["n_words"] > UNPUNCTUATED_MEAN_WORDS * per["n_sent"])]
    if low.empty:
        return
    import warnings

    from .errors import PunctuationWarning

    shown = ", ".join(f"{d!r} ({s} sentence{'s' if s != 1 else ''} of {w:,} words)"
                      for d, s, w in zip(low.index[:5], low["n_sent"][:5], low["n_words"][:5], strict=True))
    warnings.warn(
        f"{len(low)} of {len(per)} document(s) read as written without sentence punctuation, as automatic speech "
        f"recognition writes transcripts: their sentences average more than {UNPUNCTUATED_MEAN_WORDS} words "
        f"({shown}{' ...' if len(low) > 5 else ''}; written English: about 20). Sentences follow the text's own "
        "marks, so the rules that read a sentence read the whole run: a reported clause reaches up to "
        "600 characters past its verb and the use rules of each hit read the run for their cues, and a sentence as "
        "a unit (unit='sentence') is the whole run. Restore the punctuation before loading (a punctuation "
        "restoration model, or the recogniser's own punctuation option), or read voice and use on these documents "
        "with care; silence with warnings.simplefilter('ignore', dc.PunctuationWarning).",
        PunctuationWarning, stacklevel=stacklevel)


def not_english(n_words: np.ndarray, n_stop: np.ndarray) -> np.ndarray:
    """Which documents, of ``n_words`` words of which ``n_stop`` are English stopwords, do not read as English
    (at least :data:`ENGLISH_MIN_WORDS` words, fewer than :data:`ENGLISH_MIN_SHARE` of them stopwords)."""
    n_words = np.asarray(n_words, dtype=np.int64)
    n_stop = np.asarray(n_stop, dtype=np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(n_words > 0, n_stop / np.maximum(n_words, 1), 1.0)
    return (n_words >= ENGLISH_MIN_WORDS) & (share < ENGLISH_MIN_SHARE)


def warn_documents_not_english(doc_ids: Sequence[Any], shares: Sequence[float], n_documents: int, *,
                               stacklevel: int = 3) -> None:
    """The :class:`~discourse.errors.LanguageWarning` of :func:`warn_not_english` for the documents ``doc_ids``
    (with their stopword ``shares``) among ``n_documents`` documents with a word; nothing when there are none.
    One message for :func:`tokenize` and for the counters that judge a corpus chunk by chunk."""
    if not len(doc_ids):
        return
    import warnings

    from .errors import LanguageWarning

    shown = ", ".join(f"{d!r} ({s:.0%})" for d, s in zip(list(doc_ids)[:5], list(shares)[:5], strict=True))
    warnings.warn(
        f"{len(doc_ids)} of {n_documents} document(s) do not read as English: fewer than {ENGLISH_MIN_SHARE:.0%} of "
        f"their words are English stopwords ({shown}{' ...' if len(doc_ids) > 5 else ''}; English prose: about 50%). "
        "The stopwords (is_stop, drop_stop), the stems (Snowball English), the quotation speakers, reported "
        "speech and the use of each lexicon hit follow English rules: on these documents almost no word is a "
        "stopword, reporting verbs and speakers go unfound (their quotations count as mentions in the author's "
        "voice) and hits default to the author's evaluation. Compare voice and use only between English "
        "documents, count with drop_stop=False or set tokens['is_stop'] from a stopword list of the language, "
        "or analyse each language apart (corpus.subset); silence with warnings.simplefilter('ignore', dc.LanguageWarning).",
        LanguageWarning, stacklevel=stacklevel)


def _voice_codes(starts: np.ndarray, ends: np.ndarray, spans: list[dict], ids: dict[str, _Ids], voice: np.ndarray,
                 qid: np.ndarray, kind: np.ndarray, speaker: np.ndarray) -> None:
    """Write the voice columns of one document's tokens as ids, in place: the writes of
    :func:`~discourse.quotes.token_voices` (:func:`~discourse.quotes.voice_runs`) applied to the ids of the
    values (-1: missing). A value that a later write overwrites everywhere keeps its id; the table's
    categories are the values some token keeps (``only_used`` in :func:`_token_frame`), as with
    ``token_voices``' arrays. No object array per token."""
    voice_ids, kind_ids, speaker_ids = ids["voice"], ids["quote_kind"], ids["speaker"]
    for lo, hi, quote_id, quote_kind, quote_voice, quote_speaker in voice_runs(starts, ends, spans):
        qid[lo:hi] = quote_id
        kind[lo:hi] = -1 if quote_kind is None else kind_ids[quote_kind]
        if quote_voice is not None:
            voice[lo:hi] = voice_ids[quote_voice]
            speaker[lo:hi] = -1 if quote_speaker is None else speaker_ids[quote_speaker]


def _token_arrays(corpus, quotes: bool, set_aside: bool, speakers: bool | str = True) -> dict[str, object]:
    """One part of the token table as integer arrays (built by :func:`_token_frame`): ``doc`` (row of the
    document in ``corpus.documents``), ``paragraph``, ``sentence``, ``position``, ``start``, ``end``, and the
    ids ``token``, ``voice``, ``quote_kind``, ``speaker`` into the lists ``*_values`` (-1: missing);
    ``quote_id`` is the raw quotation id (-1 outside quotations). No Python object per token is kept."""
    aside_by_doc: dict[str, list[tuple[int, int]]] = {}
    if set_aside and len(corpus.set_aside):
        for d, s, e in zip(corpus.set_aside["doc_id"], corpus.set_aside["start"], corpus.set_aside["end"],
                           strict=True):
            aside_by_doc.setdefault(d, []).append((int(s), int(e)))

    ids = {c: _Ids() for c in ("token", "voice", "quote_kind", "speaker")}  # the values seen, no others
    ids["voice"]["author"]  # noqa: B018 - id 0, the default
    parts: dict[str, list[np.ndarray]] = {c: [] for c in ("paragraph", "sentence", "start", "end", "token")}
    counts: list[int] = []
    quoted: list[tuple[int, int, list[dict]]] = []  # (document, first row, quotation spans) of documents with some
    wide = np.int32
    names_of = document_names(corpus.documents)
    for i, (doc_id, text) in enumerate(zip(corpus.documents["doc_id"], corpus.documents["text"], strict=True)):
        starts, ends, codes, para, sent, paras = _doc_arrays(text, aside_by_doc.get(doc_id, []), ids["token"])
        if len(text) >= 2**31 - 1:
            wide = np.int64
        narrow = np.int32 if len(text) < 2**31 - 1 else np.int64  # kept narrow per document (peak memory)
        parts["paragraph"].append(para.astype(narrow))
        parts["sentence"].append(sent.astype(narrow))
        parts["start"].append(starts.astype(narrow))
        parts["end"].append(ends.astype(narrow))
        parts["token"].append(codes)
        spans = (find_quote_spans(text, paragraphs=paras, reported=True, speakers=speakers, source_names=names_of[i])
                 if quotes else [])
        if spans:
            quoted.append((i, sum(counts), spans))
        counts.append(len(codes))
    # the columns joined once (each column's pieces freed as soon as they are joined: peak memory), and the
    # columns that are the same for every token of a document (its row, the position, the author's voice)
    # made whole, not per document
    out: dict[str, object] = {}
    for c in list(parts):
        v = parts.pop(c)
        out[c] = np.concatenate(v, dtype=np.int32 if c == "token" else wide) if v else np.array([], dtype=np.int32)
        del v
    total, n_per_doc = sum(counts), np.asarray(counts, dtype=np.int64)
    first = np.cumsum(n_per_doc) - n_per_doc
    out["doc"] = np.repeat(np.arange(len(counts), dtype=np.int32), n_per_doc)
    out["position"] = (np.arange(total, dtype=np.int64) - np.repeat(first, n_per_doc)).astype(wide)
    out["voice"] = np.zeros(total, dtype=np.int32)  # author
    out["quote_id"] = np.full(total, -1, dtype=wide)
    out["quote_kind"] = np.full(total, -1, dtype=np.int32)
    out["speaker"] = np.full(total, -1, dtype=np.int32)
    for i, lo, spans in quoted:  # in document order, as the ids of voices, kinds and speakers are given
        hi = lo + counts[i]
        _voice_codes(out["start"][lo:hi], out["end"][lo:hi], spans, ids, out["voice"][lo:hi],
                     out["quote_id"][lo:hi], out["quote_kind"][lo:hi], out["speaker"][lo:hi])
    out.update({f"{c}_values": d.values for c, d in ids.items()})
    out["n_docs"] = len(corpus.documents)
    return out


def _small_int(values: np.ndarray) -> np.ndarray:
    """Non-negative integers in the smallest signed dtype (int8 ... int64) that holds twice the largest
    value, so that sums and differences of two of them (``end - start``, ``position + 1``) cannot overflow."""
    top = int(values.max()) if len(values) else 0
    for dt in (np.int8, np.int16, np.int32):
        if 2 * top + 1 <= np.iinfo(dt).max:
            return values.astype(dt, copy=False)
    return values.astype(np.int64, copy=False)


def _category_codes(parts: list[dict], key: str) -> tuple[np.ndarray, list]:
    """The ids ``key`` of every part joined into one code space, and the values of those codes."""
    if len(parts) == 1:
        return parts[0][key], parts[0][f"{key}_values"]
    ids = _Ids()
    codes = []
    for p in parts:
        remap = np.fromiter(map(ids.__getitem__, p[f"{key}_values"]), dtype=np.int32,
                            count=len(p[f"{key}_values"]))
        codes.append(np.append(remap, -1)[p[key]])  # -1 stays -1
    return np.concatenate(codes), ids.values


def _sorted_categorical(codes: np.ndarray, values: list, *, only_used: bool = False,
                        via: np.ndarray | None = None) -> pd.Categorical:
    """A Categorical of string ``values[codes]`` (-1: missing) whose categories are sorted, so that sorting
    the column or grouping by it with ``sort=True`` orders values as a plain string column does;
    ``only_used`` leaves out values no code points at. ``via`` (a code of ``values`` for each code of
    ``codes``: the norm of each distinct token) gives ``values[via[codes]]`` with one look-up per row."""
    if only_used and len(values):
        used = np.bincount(codes[codes >= 0], minlength=len(values)) > 0
        if not used.all():
            remap = np.append(np.cumsum(used) - 1, -1)
            codes, values = remap[codes], [v for v, u in zip(values, used, strict=True) if u]
    cats = pd.Index(values, dtype="str")
    order = cats.argsort()
    rank = np.empty(len(order) + 1, dtype=category_code_dtype(len(order)))  # from_codes keeps them as they are
    rank[order] = np.arange(len(order))
    rank[-1] = -1
    if via is not None:  # the ranks of the distinct tokens' values, then -1 for a missing token
        rank = np.append(rank[via], rank[-1:])
    return pd.Categorical.from_codes(rank[codes], categories=cats[order], validate=False)


def _token_frame(corpus, meta: list[str], parts: list[dict]) -> pd.DataFrame:
    """The token table from the integer arrays of :func:`_token_arrays` (one or more consecutive parts)."""
    docs = corpus.documents
    offsets = np.cumsum([0] + [p["n_docs"] for p in parts])
    rows = np.concatenate([p["doc"] + np.int32(off) for p, off in zip(parts, offsets[:-1], strict=True)])

    def join(key: str) -> np.ndarray:
        return np.concatenate([p[key] for p in parts]) if len(parts) > 1 else parts[0][key]

    tok_codes, tok_values = _category_codes(parts, "token")
    # per distinct token (not per row): its norm, the norm's stem, stopword and punctuation flags; the ids
    # are positions of first appearance (pd.factorize, as _Ids would give them; the categories are sorted)
    norm_of_tok, norms = pd.factorize(np.fromiter(map(_norm_of, tok_values), dtype=object, count=len(tok_values)),
                                      use_na_sentinel=False)
    norms = norms.tolist()
    stem_of_norm, stems = pd.factorize(np.fromiter(map(stem, norms), dtype=object, count=len(norms)),
                                       use_na_sentinel=False)
    stop_of_norm = np.fromiter(map(STOPWORDS.__contains__, norms), dtype=bool, count=len(norms))
    punct_of_norm = np.fromiter(map(is_punct, norms), dtype=bool, count=len(norms))
    # every column below is a function of the token: one look-up per row in a table per distinct token
    stem_of_tok = stem_of_norm[norm_of_tok]

    counts = np.bincount(rows, minlength=len(docs))  # rows are sorted: each document's rows in one run
    out: dict[str, object] = {"doc_id": document_categorical(docs["doc_id"], rows, counts)}
    for m in meta:
        out[m] = document_categorical(docs[m], rows, counts)
    qid = join("quote_id")
    out.update({
        "paragraph": _small_int(join("paragraph")),
        "sentence": _small_int(join("sentence")),
        "position": _small_int(join("position")),
        "start": _small_int(join("start")),
        "end": _small_int(join("end")),
        "token": _sorted_categorical(tok_codes, tok_values),
        "norm": _sorted_categorical(tok_codes, norms, via=norm_of_tok),
        "stem": _sorted_categorical(tok_codes, stems.tolist(), via=stem_of_tok),
        "is_stop": stop_of_norm[norm_of_tok][tok_codes],
        "is_punct": punct_of_norm[norm_of_tok][tok_codes],
        "voice": _sorted_categorical(*_category_codes(parts, "voice"), only_used=True),
        "quote_id": pd.arrays.IntegerArray(_small_int(np.maximum(qid, 0)), qid < 0),
        "quote_kind": _sorted_categorical(*_category_codes(parts, "quote_kind"), only_used=True),
        "speaker": _sorted_categorical(*_category_codes(parts, "speaker"), only_used=True),
    })
    return pd.DataFrame(out, copy=False)


def _tokenize_part(args: tuple) -> dict[str, object]:
    return _token_arrays(*args)


def _tokenize_parallel(corpus, quotes: bool, set_aside: bool, n_jobs: int, speakers: bool | str = True) -> list[dict]:
    """Tokenise contiguous parts of the corpus in worker processes; their arrays, in document order (the
    table built from them is identical to the serial one)."""
    from concurrent.futures import ProcessPoolExecutor

    total = int(corpus.documents["text"].str.len().sum())
    n_parts = min(len(corpus.documents), 4 * n_jobs)
    parts = [(part, quotes, set_aside, speakers)
             for part in corpus.batches(len(corpus.documents), max_chars=max(1, -(-total // n_parts)))]
    with ProcessPoolExecutor(max_workers=min(n_jobs, len(parts))) as pool:
        return list(pool.map(_tokenize_part, parts))


# the patterns this import compiled (the quotation rules', imported above, and these), written for the next
# process before any worker of tokenize(n_jobs=...) starts; a process that imports only the quotation rules
# writes them when it exits (discourse._re_cache)
save_patterns()
