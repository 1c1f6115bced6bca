"""Frame counting straight from the raw text: an Aho–Corasick automaton over the lexicon's entries.

:class:`FrameMatcher` finds the same lexicon hits as ``Lexicon.find_matches(tokenize(corpus))`` and gives
the same frame counts as ``count_frames(tokenize(corpus), lexicon, by=...)`` (the ``n`` column), without
building a token table: the text is scanned once by an automaton (pyahocorasick, a C library) and only the
places where some entry can begin are looked at closely.

How a document is matched
-------------------------
1. **Normalised text.** The text (with the spans that cleaning set aside blanked out, see 5.) is mapped to
   its ``norm`` form character by character: NFKC, apostrophe and hyphen marks unified, case-folded, exactly
   :func:`discourse.text.normalize` applied to every character. For ASCII text this is ``str.lower``.
   Characters whose NFKC form is longer than one character ("…" -> "...", "ﬁ" -> "fi", "№" -> "no")
   are expanded and an offset map leads back to the raw text. Normalising character by character can
   differ from normalising a whole token where NFKC composes neighbours or lowercase depends on them:

   - a spacing accent whose NFKC form is a space and a mark ("\u00b4", "\u00b8") is a token of its own
     unless it stands in a URL; such marks become a placeholder that no lexicon part can match (documents
     with ``://`` or ``www.`` and lexicons with marks in their patterns take the exact path instead); the
     characters the tokenizer keeps inside words (combining marks, the soft hyphen, zero-width characters,
     variation selectors) take the exact path: a word's norm composes or drops them;
   - a capital sigma becomes "σ", as a token's case-folded norm has it; only lexicons without a sigma in
     their patterns, else the exact path;
   - letters that compose with their neighbours (conjoining Hangul jamo, vowel signs) and any other
     character whose norm would be changed by its neighbours take the **exact path** (step 6).

   Candidates found on the normalised text are always verified on the raw token's own norm, so the
   normalised text only has to contain every true match, never to decide one.
2. **Anchors.** Every spec (a single word or glob, a phrase, a phrase's hyphenated spelling "safe-cit*" and
   its closed spelling "safecit*", as in the hashtag "#SafeCity")
   gives one key to the automaton: the longest literal run of one of its parts ("surveil" for
   ``surveil*``, "rwellian" for ``?rwellian``). A phrase is anchored on its least common-looking part: a
   run that is already another entry's key (no extra candidates), else the longest run that is not a
   stopword, later parts on ties ("all rights reserved" on "reserved"). The choice changes only the speed.
   Every occurrence of a key in the normalised text is a candidate.
3. **Tokens where needed.** At a candidate, the run of text without white space that holds it (a chunk) is
   tokenised with :data:`discourse.text.TOKEN_PATTERN` (no token contains white space, so the tokenizer's
   scan restarts after white space exactly as in a scan of the whole text; a chunk of ASCII letters with
   plain marks around it is split without the regex, with the same result). The token holding the
   candidate must match the spec's part exactly as :meth:`Lexicon.find_matches` matches it (its
   ``norm``, computed with :func:`~discourse.text.normalize` on the raw token, equals a literal part or
   fully matches a glob); a phrase's other parts are checked on the tokens before and after it, chunk by
   chunk. Cheap necessary conditions on the normalised text reject most candidates before any tokenising:
   a letter right before a key that begins a word (or right after one that ends it) means the key lies
   inside a longer token, and a phrase's neighbouring tokens must begin or end with the neighbouring
   parts' literal text.
4. **Sentences.** A phrase never crosses a sentence. Sentences (nltk Punkt inside paragraphs,
   :func:`discourse.text.sentences`) can only begin after a line break (a paragraph) or after ``.``, ``?``
   or ``!``; a phrase match with none of these between the start of its first token and the start of its
   last token lies in one sentence. For the others the paragraphs of the document and the sentences of the
   paragraphs concerned are computed and the match is kept only inside one sentence.
5. **Set-aside spans** (``corpus.set_aside``): tokens that lie wholly inside one are blanked out before
   matching, so a phrase can join the tokens on either side as in the token table. When a blanked token
   touches a kept character without white space between them (which could change how that neighbour is
   tokenised), the document takes the exact path.
6. **Exact path.** The few documents named in 1. and 5. are tokenised (:func:`discourse.tokenize`) and
   matched with :meth:`Lexicon.find_matches`; ``attrs["discourse_matcher"]`` of every result reports how
   many documents took it.
7. **Longest match, each token once.** The candidates of a document are resolved with the rules of
   :meth:`Lexicon.find_matches`: longer phrases first, then leftmost, the most specific entry per span,
   single tokens last, and only then the ``categories`` filter.
8. **Voice.** A hit has the voice of its first token, by :func:`discourse.quotes.token_voices` on the spans
   of ``find_quote_spans(text, reported=True)`` as in :func:`discourse.tokenize`: ``quoted`` inside a speech
   quotation (or a mention nested in one), ``reported`` inside a reported clause, else ``author``.
   Quotations are looked for only in documents with hits.

Only ``on="norm"`` is supported: stems need every token stemmed, which is the token path's work
(``count_frames(tokenize(corpus), on="stem")``). :meth:`FrameMatcher.count` gives ``n`` (hits per group,
frame and voice).

The whole table of :func:`discourse.count_frames`
-------------------------------------------------
:meth:`FrameMatcher.doc_frames` (and :meth:`~FrameMatcher.frame_arrays` for a corpus) add what the other
columns need, which :class:`discourse.FrameCounts` turns into the table (the default path of
:func:`discourse.count_frames_stream`):

9. **Stance** (``n_endorsed``, ``n_distanced``, ``n_quoted``; the 1.x rule of
   :func:`discourse.stance.legacy_stance`): a hit in the quoted voice is ``quoted``; else (the author's or
   the reported voice: 1.x had no reported voice, its clauses were the author's) it is ``distanced`` inside a mention quotation (the innermost quotation holding its first token, as
   :func:`~discourse.quotes.token_voices` gives ``quote_kind``) or after a distancing cue
   (:func:`discourse.stance.rule_distancing_cue`, called on the tokens before the hit, which are tokenised
   backwards chunk by chunk only as far as the rule reads them; where . ? ! or a line break lies among
   them and the answer depends on where the sentence begins, the sentences are computed as in 4.). A hit
   that begins a chunk after four chunks none of whose tokens can be one of the words the rule answers at
   (:func:`discourse.stance.distancing_triggers`) has no cue without running the rule.
10. **Word tokens** (``n_tokens``): per document, by voice. White space splits the text into chunks that
    are tokenised alike wherever they stand (3.); a chunk of ASCII letters with marks around it is one
    word, found with numpy over the characters, and only the other chunks (digits, hyphens, inner marks,
    other scripts, marks alone) are tokenised, once per distinct chunk. The quoted voice's words are the
    tokens of the speech quotations' spans, the reported voice's those of the reported clauses that are
    not quoted (8.): the chunks wholly inside a span give their word counts as they are, and only the chunks
    across a span's start or end are tokenised (where two spans of one voice overlap without nesting, the
    spans are widened to whole chunks and tokenised). Documents with set-aside spans are tokenised whole.

The compiled kernel
-------------------
Where discourse/_kernel.c is built (and ``DISCOURSE_NO_KERNEL`` is not set), the per-character and
per-occurrence work runs in C: the normalised text of 1. (``frame_norm``, ``distinct_nonascii``), the
automaton and the checks of 2.-3. up to the single-part matches on ASCII tokens (``frame_scan``: its own
Aho–Corasick automaton over the same keys; phrases are left to Python spec by spec), the chunk pass of 10.
(``chunk_words``, with the chunks that hold no trigger of the distancing cue for 9.) and the paragraphs
(``discourse.segment.paragraphs``). Without it pyahocorasick, the checks in Python and numpy give the same
results; ``tests/test_matcher_kernel.py`` compares the two on seeds, UN speeches, every key in every context,
random and hostile strings.
"""

from __future__ import annotations

import inspect
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ._util import as_list, check_by_names, check_columns, check_flag, check_one_of, compiled
from .framing import CUE_WINDOW, STANCES
from .lexicon import Lexicon, glob_regex, load_lexicon
from .quotes import (
    OWN_NAME_COLUMNS,
    document_names,
    find_quote_spans,
    interpolation_voices,
    speech_ancestor,
    token_voices,
)
from .segment import has_list_items, line_feed_view
from .stance import LEGACY_CUES, distancing_triggers, rule_distancing_cue
from .text import STOPWORDS, TOKEN_PATTERN, is_punct, normalize, outside, paragraphs, sentences, token_spans

__all__ = ["FrameMatcher", "HIT_COLUMNS"]

HIT_COLUMNS = ["doc_id", "start", "end", "frame", "entry", "n_tokens", "voice"]
VOICES = ("author", "quoted", "reported", "all")  # the order of count_frames
_GLOB_CHARS = frozenset("*?")
_TOKEN_RE = re.compile(TOKEN_PATTERN)
_SENTENCE_RISK = re.compile(r"[.?!\n]")  # where a sentence (or paragraph) can begin after
_SENTENCE_END = re.compile(r"[.?!]")
_NONSPACE = re.compile(r"\S+")
_NONASCII = re.compile(r"[^\x00-\x7f]")
_HANGUL_JAMO = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xD7B0, 0xD7FF), (0xFFA0, 0xFFDC))
_CHAR_NORM: dict[str, str | None] = {}  # char -> its norm, or None where char-by-char normalising is unsafe


def _load_kernel() -> Any:
    """The compiled kernel's frame matching (``frame_automaton``, ``frame_scan``, ``chunk_words``,
    ``distinct_nonascii``, ``frame_norm`` in discourse/_kernel.c: the automaton pass of :meth:`FrameMatcher._scan`,
    the chunk pass of :func:`_word_count`, the normalised text of :meth:`FrameMatcher._prepare`, in C), or None: the pure-Python twins (pyahocorasick and the checks in Python; numpy over the characters)
    give identical results (``tests/test_matcher_kernel.py`` compares them). ``discourse.text`` has set the
    kernel up (its token scan is used for chunks)."""
    kernel = compiled("_kernel")
    if kernel is None or not all(hasattr(kernel, f) for f in ("frame_automaton", "frame_scan", "chunk_words",
                                                              "distinct_nonascii", "frame_norm")):
        return None
    return kernel


_KERNEL = _load_kernel()
#: the norms at which the 1.x distancing cue can answer (:func:`discourse.stance.distancing_triggers`), and how many
#: tokens before a hit it reads them at (its ``max_back``)
_TRIGGERS = tuple(sorted(distancing_triggers(LEGACY_CUES)))
_CUE_BACK = inspect.signature(rule_distancing_cue).parameters["max_back"].default


def _exact_tokens(corpus: Any, quotes: bool) -> pd.DataFrame:
    """The token table of the few documents of the exact path (step 6). Without tokenize's LanguageWarning: it
    would judge these documents alone, picked for their characters, and name them as a share of themselves
    ("1 of 1 document(s)"); the counters judge the language of a corpus chunk themselves (discourse.counts).
    :func:`~discourse.text.token_table` leaves the judgement out rather than a ``warnings.catch_warnings`` block,
    which changes the warning filters of the whole process: threads counting at once (a Dask worker's
    partitions) would lose each other's warnings while one of them is inside it."""
    from .text import token_table

    return token_table(corpus, [], quotes=quotes, set_aside=True, n_jobs=1, speakers=True)


def _composes(ch: str) -> bool:
    """Can NFKC combine this character with a neighbour (marks, conjoining jamo)?"""
    if unicodedata.category(ch).startswith("M") or unicodedata.combining(ch):
        return True
    o = ord(ch)
    return any(lo <= o <= hi for lo, hi in _HANGUL_JAMO)


_PLACEHOLDER = "\x00"
_PLAIN_AFTER = frozenset(',;:!?)]"\u201d.')


def _lone_mark(ch: str) -> bool:
    """A character that is its own token outside URLs and whose norm no lexicon part can match.

    Not a word character, not one of the characters the tokenizer keeps inside a word (combining marks, the
    soft hyphen, zero-width characters: ``TOKEN_PATTERN`` reads "a" + it + "a" as one token, whose norm drops
    or composes it), and its norm is only white space and marks ("\u00b4" -> " \u0301"): a part has a literal
    character that is neither (see ``FrameMatcher._mark_ok``). A character that joins words takes the exact
    path: as a placeholder it split "pri\u00advacy" (norm "privacy") into two words.
    """
    v = _LONE_MARK.get(ch)
    if v is None:
        v = _LONE_MARK[ch] = (not (ch.isalnum() or ch == "_" or ch.isspace())
                              and _TOKEN_RE.fullmatch(f"a{ch}a") is None
                              and all(c.isspace() or _composes(c) for c in normalize(ch)))
    return v


_LONE_MARK: dict[str, bool] = {}


def _char_norm(ch: str) -> str | None:
    """The norm of one non-ASCII character, or None where normalising it alone may differ in a token."""
    out = _CHAR_NORM.get(ch, "")
    if out != "":
        return out
    v: str | None = normalize(ch)
    if (ch == "\u03a3" or not v or _composes(ch) or any(_composes(c) for c in v) or v.lower() != v
            or any(ord(c) > 127 and normalize(c) != c for c in v)):  # replaced once, never again
        v = None
    _CHAR_NORM[ch] = v
    return v


# A chunk (a run without white space) of ASCII letters with single marks around it is tokenised without the
# token regex: no URL, e-mail, acronym, number, clitic or inner hyphen/apostrophe can form in it, so the
# tokenizer gives the leading marks one by one, the word, and the trailing marks one by one. (A leading
# apostrophe could begin a clitic, and is left to the regex.)
_SIMPLE_CHUNK = re.compile(r"([(\[\"\u201c]*)([A-Za-z]+)([.,;:!?)\]\"\u201d\u2019']*)")


def _chunk_tokens(text: str, cs: int, ce: int) -> list[tuple[int, int]]:
    """The tokens of the chunk ``text[cs:ce]`` (white space or the text's ends around it)."""
    m = _SIMPLE_CHUNK.fullmatch(text, cs, ce)
    if m is not None:
        a, b = m.span(2)
        return [(i, i + 1) for i in range(cs, a)] + [(a, b)] + [(i, i + 1) for i in range(b, ce)]
    # the tokenizer's scan restarts after white space, and sees the same at the chunk's end as before it
    return [t.span() for t in _TOKEN_RE.finditer(text, cs, ce)]


def _tokens_before(text: str, cs: int, k: int) -> list[tuple[int, int]]:
    """The (up to) ``k`` last tokens before the chunk that starts at ``cs``, in text order."""
    out: list[tuple[int, int]] = []
    j = cs
    while len(out) < k:
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == 0:
            break
        c = j - 1
        while c > 0 and not text[c - 1].isspace():
            c -= 1
        out[:0] = _chunk_tokens(text, c, j)
        j = c
    return out[-k:]


def _tokens_after(text: str, ce: int, k: int) -> list[tuple[int, int]]:
    """The (up to) ``k`` first tokens after the chunk that ends at ``ce``."""
    out: list[tuple[int, int]] = []
    while len(out) < k:
        m = _NONSPACE.search(text, ce)
        if m is None:
            break
        out += _chunk_tokens(text, m.start(), m.end())
        ce = m.end()
    return out[:k]


class _Doc:
    """Per-document state for the sentence checks (paragraphs and sentences computed only when asked)."""

    __slots__ = ("text", "_paras", "_starts", "_sent_starts", "_rows")

    def __init__(self, text: str) -> None:
        self.text = line_feed_view(text)  # CR LF and CR line ends read as LF, offsets unchanged
        self._paras: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        self._sent_starts: dict[int, list[int]] = {}
        self._rows: bool | None = None

    def rows(self) -> bool:
        """Whether the text has a line that :func:`discourse.segment.split_list_items` may cut before (a table's row,
        a list's item): only there does a line end inside a paragraph end a sentence."""
        if self._rows is None:
            self._rows = has_list_items(self.text)
        return self._rows

    def paras(self) -> list[tuple[int, int]]:
        if self._paras is None:
            self._paras = paragraphs(self.text)
            self._starts = [p[0] for p in self._paras]
        return self._paras

    def same_sentence(self, a: int, b: int) -> bool:
        """Do the tokens starting at ``a`` < ``b`` lie in one sentence of :func:`discourse.tokenize`?

        The paragraph starts are listed once per document (they were listed again for every question, so a
        text of many short paragraphs took time proportional to hits x paragraphs: one word per line,
        100,000 characters 1.3 s, 400,000 9.4 s, now 0.6 s; ``benchmarks/probe_scaling.py``)."""
        paras = self.paras()
        starts = self._starts
        # the paragraphs that can hold a sentence start in (a, b]
        lo = max(bisect_right(starts, a) - 1, 0)
        hi = bisect_right(starts, b)
        for i in range(lo, hi):
            if a < paras[i][0] <= b:  # a paragraph's first sentence starts at the paragraph
                return False
        if _SENTENCE_END.search(self.text, a, b) is None and not ("\n" in self.text[a:b] and self.rows()):
            # Punkt ends sentences only at . ? !; a line end ends one only between the rows of a table (or the items
            # of a list), which discourse.segment.split_list_items cuts apart
            return True
        for i in range(lo, hi):
            ss = self._sent_starts.get(i)
            if ss is None:
                ss = self._sent_starts[i] = [s for s, _ in sentences(self.text, [paras[i]])]
            if any(a < s <= b for s in ss):
                return False
        return True


def _voice_spans(spans: list[dict]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Content spans, in the order of ``spans``, of the speech quotations and the quotations nested in one (the
    tokens inside them are ``quoted``) and of the reported clauses (``reported`` unless a speech quotation, or a
    quotation nested in one, holds them too): the rule of :func:`discourse.quotes.token_voices`."""
    by_id = {q["quote_id"]: q for q in spans}
    speech: list[tuple[int, int]] = []
    reported: list[tuple[int, int]] = []
    for q in spans:
        if q["kind"] == "reported":
            reported.append((q["content_start"], q["content_end"]))
        a, seen = q, 0
        while a is not None and a["kind"] != "speech" and seen < 1000:
            a = by_id.get(a.get("parent_id")) if a.get("parent_id") is not None else None
            seen += 1
        if a is not None and a["kind"] == "speech":
            # the editor's interpolations are not the speaker's words: the content around them only
            cs = q["content_start"]
            for g0, g1 in q.get("interpolations", ()):
                speech.append((cs, g0))
                cs = g1
            speech.append((cs, q["content_end"]))
    return speech, reported


def _as_arrays(pairs: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    if not pairs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    lo, hi = np.array(pairs, dtype=np.int64).T
    return lo, hi


def _hit_voices(starts: list[int], ends: list[int], spans: list[dict]) -> tuple[list[int], list[bool]]:
    """The voice code (0 author, 1 quoted, 2 reported) of each token [starts[i], ends[i]) (sorted lists) and
    whether the innermost quotation holding it is a mention: what ``token_voices(starts, ends, spans)`` gives as
    ``voice`` and ``quote_kind == "mention"``, from the same writes in the same order
    (:func:`discourse.quotes.voice_runs`: reported clauses first, then the quotations, outer before inner; a
    quotation's tokens are quoted where it has a speech ancestor, :func:`discourse.quotes.speech_ancestor`; then the
    interpolations, :func:`discourse.quotes.interpolation_voices`), with
    lists and bisect instead of four object arrays per document (a few hits each);
    tests/test_matcher.py compares both."""
    n = len(starts)
    voice = [0] * n
    mention = [False] * n
    if not n or not spans:
        return voice, mention
    by_id = {q["quote_id"]: q for q in spans}
    for q in sorted(spans, key=lambda q: (q["kind"] != "reported", q["content_start"], -q["content_end"])):
        lo = bisect_left(starts, q["content_start"])
        hi = bisect_right(ends, q["content_end"])
        if hi <= lo:
            continue
        kind = q["kind"]
        mention[lo:hi] = [kind == "mention"] * (hi - lo)
        if kind == "reported":
            voice[lo:hi] = [2] * (hi - lo)
            continue
        if speech_ancestor(q, by_id) is not None:
            voice[lo:hi] = [1] * (hi - lo)
    for a, b, r in interpolation_voices(spans):
        lo = bisect_left(starts, a)
        hi = bisect_right(ends, b)
        if hi > lo:
            voice[lo:hi] = [0 if r is None else 2] * (hi - lo)
            mention[lo:hi] = [False] * (hi - lo)
    return voice, mention


def _inside(starts: np.ndarray, ends: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Which tokens [starts, ends) lie wholly inside one of the spans [lo, hi): some span begins at or before
    a token's start and ends at or after its end, i.e. the spans beginning at or before it reach its end."""
    if not len(lo) or not len(starts):
        return np.zeros(len(starts), dtype=bool)
    order = np.argsort(lo, kind="stable")
    reach = np.maximum.accumulate(hi[order])
    k = np.searchsorted(lo[order], starts, side="right") - 1
    return (k >= 0) & (reach[np.maximum(k, 0)] >= ends)


_PUNCT: dict[str, bool] = {}


def _punct(norm: str) -> bool:
    v = _PUNCT.get(norm)
    if v is None:
        if len(_PUNCT) > 1_000_000:
            _PUNCT.clear()
        v = _PUNCT[norm] = is_punct(norm)
    return v


_TOKEN_PUNCT: dict[str, bool] = {}


def _token_punct(token: str) -> bool:
    """Is a surface token punctuation (no letter or digit in its norm)? Cached per token."""
    v = _TOKEN_PUNCT.get(token)
    if v is None:
        if len(_TOKEN_PUNCT) > 1_000_000:
            _TOKEN_PUNCT.clear()
        v = _TOKEN_PUNCT[token] = is_punct(normalize(token))
    return v


class _ChunkWords(dict):
    """A run of text without white space -> its tokens and word tokens, packed as ``tokens << 32 | words``.

    The tokenizer's scan restarts after white space and no token holds white space (see the module notes),
    so a chunk is tokenised the same wherever it stands; each distinct chunk is tokenised once."""

    def __missing__(self, chunk: str) -> int:
        toks = _TOKEN_RE.findall(chunk)
        v = (len(toks) << 32) | sum(1 for t in toks if not _token_punct(t))
        if len(self) > 2_000_000:
            self.clear()
        self[chunk] = v
        return v


_CHUNKS = _ChunkWords()


class _ChunkTokens(dict):
    """A run of text without white space -> its tokens as (start, end, is a word token), offsets in the chunk:
    tokenised once per distinct chunk, as :class:`_ChunkWords` counts them (a chunk is tokenised the same
    wherever it stands; see the module notes)."""

    def __missing__(self, chunk: str) -> tuple[tuple[int, int, bool], ...]:
        v = tuple((*m.span(), not _token_punct(m.group())) for m in _TOKEN_RE.finditer(chunk))
        if len(self) > 500_000:
            self.clear()
        self[chunk] = v
        return v


_CHUNK_TOKENS = _ChunkTokens()


# Most chunks are one word: ASCII letters with marks around them that the tokenizer splits off one by one
# (the chunks of _SIMPLE_CHUNK, and letters after leading marks of any kind: a leading apostrophe begins at
# most a clitic, itself one word). A chunk can hold another number of words only where it has (1) a
# character other than ASCII letters and those marks (digits, hyphens, slashes, other scripts ...), (2) a
# mark after a non-space character and before a letter (two words, an inner apostrophe or clitic, an
# acronym) or (3) no letter. Characters are classified with numpy; only the chunks flagged so are tokenised.
_LUT = np.full(129, 3, dtype=np.uint8)  # 0 white space, 1 ASCII letter, 2 mark, 3 other (128: non-ASCII)
for _c in range(128):
    if chr(_c).isspace():
        _LUT[_c] = 0
    elif chr(_c).isalpha():
        _LUT[_c] = 1
    elif chr(_c) in ".,;:!?()[]\"'":
        _LUT[_c] = 2
_LUT_BMP = np.full(0x10001, 3, dtype=np.uint8)  # the same for every character of the BMP (0x10000: beyond)
_LUT_BMP[:128] = _LUT[:128]
_LUT_BMP[[c for c in range(128, 0x10000) if chr(c).isspace()]] = 0
_LUT_BMP[[0x201C, 0x201D, 0x2019]] = 2


def _word_count(text: str, aside: Sequence[tuple[int, int]], kernel: Any = None) -> tuple[int, int, Any]:
    """Tokens (0, or a positive number: whether the document has any) and word tokens (not punctuation)
    of a document, as :func:`discourse.tokenize` counts them; and, without set-aside spans, the chunks
    (start and end offsets, whether a chunk is all ASCII letters followed by one plain space, the word
    tokens of each chunk, and, from the kernel only, else None, whether no token of the chunk can have one of
    :data:`_TRIGGERS` as its norm: see :meth:`FrameMatcher._known_cues`).

    ``kernel`` (the compiled kernel, default: none, the numpy pass below) makes the same pass in C, one loop
    over the characters with the same classes and flags; a flagged chunk of ASCII characters that the
    compiled token scan takes (no '@', '://' or 'www.': its tokens are the pattern's, tests/test_kernel.py)
    is tokenised there, its word tokens being those with an ASCII letter or digit (an ASCII token's norm is
    its lower case with '`' as "'", so it holds a letter or digit exactly when the token does); every other
    flagged chunk is tokenised here as below."""
    if aside:
        starts, ends, toks = token_spans(text)
        keep = outside(starts, ends, aside)
        return int(keep.sum()), sum(1 for i in np.flatnonzero(keep) if not _token_punct(toks[i])), None
    if kernel is not None:
        if not text:
            return 0, 0, None
        tokens, words, s, e, w, cw, pending, safe = kernel.chunk_words(text, _TRIGGERS)
        starts = np.frombuffer(s, dtype=np.int64)
        ends = np.frombuffer(e, dtype=np.int64)
        chunk_words = np.frombuffer(cw, dtype=np.int64)  # a bytearray's buffer: writable
        if pending:
            for i in np.frombuffer(pending, dtype=np.int64).tolist():
                packed = _CHUNKS[text[starts[i]:ends[i]]]
                chunk_words[i] = packed & 0xFFFFFFFF
                tokens += packed >> 32
                words += packed & 0xFFFFFFFF
        return tokens, words, (starts, ends, np.frombuffer(w, dtype=bool), chunk_words, np.frombuffer(safe, dtype=bool))
    if text.isascii():
        code = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
        cls = _LUT[code]
    else:
        code = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        cls = _LUT_BMP[np.minimum(code, 0x10000)]
    n = len(cls)
    if n == 0:
        return 0, 0, None
    space = cls == 0
    before = np.empty(n, dtype=bool)
    before[0] = True
    before[1:] = space[:-1]
    after = np.empty(n, dtype=bool)
    after[-1] = True
    after[:-1] = space[1:]
    starts = np.flatnonzero(~space & before)
    ends = np.flatnonzero(~space & after) + 1
    letter = cls == 1
    cum = np.concatenate(([0], np.cumsum(letter, dtype=np.int64)))
    flag = cls == 3
    flag[1:-1] |= (cls[1:-1] == 2) & ~space[:-2] & letter[2:]
    flagged = np.zeros(len(starts), dtype=bool)
    flagged[np.searchsorted(starts, np.flatnonzero(flag), side="right") - 1] = True
    flagged |= cum[ends] == cum[starts]
    idx = np.flatnonzero(flagged)
    words = tokens = len(starts) - len(idx)
    chunk_words = np.ones(len(starts), dtype=np.int64)  # an unflagged chunk is one word
    flagged_words = []
    for a, b in zip(starts[idx].tolist(), ends[idx].tolist(), strict=True):
        packed = _CHUNKS[text[a:b]]
        flagged_words.append(packed & 0xFFFFFFFF)
        tokens += packed >> 32
    if len(idx):
        chunk_words[idx] = flagged_words
        words += sum(flagged_words)
    # a word chunk: only ASCII letters (one token, its norm in lower case), then one space (no line break)
    word = (cum[ends] - cum[starts] == ends - starts) & (ends + 1 < n)
    at = np.minimum(ends, n - 2)
    word &= (code[at] == 32) & ~space[at + 1]
    return tokens, words, (starts, ends, word, chunk_words, None)


def _outer_spans(pairs: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The outermost of the spans [lo, hi), sorted and disjoint, where every two spans nest or are disjoint (a
    token is then wholly inside one of the spans exactly when it is wholly inside one of these); None where
    two spans overlap without nesting."""
    out: list[tuple[int, int]] = []
    reach = -1
    for a, b in sorted(pairs, key=lambda x: (x[0], -x[1])):
        if a >= reach:
            out.append((a, b))
            reach = b
        elif b > reach:
            return None
    return out


def _voice_words_pairs(text: str, chunks: tuple, speech_spans: list[tuple[int, int]],
                       reported_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """:func:`_voice_words` from the chunks of :func:`_word_count` (no set-aside spans), the spans as (start,
    end) pairs; None where the spans of one voice overlap without nesting (then ask :func:`_voice_words`).

    The quoted words are the word tokens wholly inside an outermost speech span (:func:`_outer_spans`), the
    reported ones those wholly inside an outermost reported span less those also inside a speech span, i.e.
    inside the intersection of the two (an interval). Every token lies in one chunk, and a chunk is tokenised
    the same wherever it stands (module notes, 3.), so the chunks wholly inside an interval give their word
    counts as they are (a cumulative sum); only the at most two chunks that overlap an interval's ends
    without lying inside it are tokenised (once per distinct chunk, :data:`_CHUNK_TOKENS`) and their tokens
    tested one by one, as :func:`_voice_words` tests every token."""
    speech, rep = _outer_spans(speech_spans), _outer_spans(reported_spans)
    if speech is None or rep is None:
        return None
    both = []  # the intersections of the two sorted, disjoint lists
    i = j = 0
    while i < len(rep) and j < len(speech):
        a, b = max(rep[i][0], speech[j][0]), min(rep[i][1], speech[j][1])
        if a < b:
            both.append((a, b))
        if rep[i][1] < speech[j][1]:
            i += 1
        else:
            j += 1
    spans = speech + rep + both
    if not spans:
        return 0, 0
    c_start, c_end, _, c_words, _ = chunks
    n = len(c_start)
    cum = c_words.cumsum()  # cum[k]: the words of chunks 0 .. k
    sa = [x for x, _ in spans]
    sb = [y for _, y in spans]
    i0 = c_start.searchsorted(sa, side="left").tolist()  # the first chunk starting in the span
    i1 = c_end.searchsorted(sb, side="right").tolist()  # after the last chunk ending in it
    full = []
    for a, b, x, y in zip(sa, sb, i0, i1, strict=True):
        w = int(cum[y - 1]) - (int(cum[x - 1]) if x else 0) if y > x else 0
        for c in (x - 1, y) if y != x - 1 else (y,):
            if not 0 <= c < n:
                continue
            c0, c1 = int(c_start[c]), int(c_end[c])
            if c0 < b and c1 > a:  # a chunk across the span's start or end: its tokens that lie inside
                w += sum(1 for s, e, t in _CHUNK_TOKENS[text[c0:c1]] if t and s >= a - c0 and e <= b - c0)
        full.append(w)
    n_s, n_r = len(speech), len(rep)
    return sum(full[:n_s]), sum(full[n_s:n_s + n_r]) - sum(full[n_s + n_r:])


def _voice_words(text: str, aside: Sequence[tuple[int, int]], lo: np.ndarray, hi: np.ndarray, rlo: np.ndarray,
                 rhi: np.ndarray) -> tuple[int, int]:
    """Word tokens (outside set-aside spans) of the quoted voice (wholly inside one of the spans [lo, hi))
    and of the reported voice (wholly inside one of [rlo, rhi) and not quoted)."""
    if aside:
        starts, ends, toks = token_spans(text)
        keep = outside(starts, ends, aside)
    else:
        regions: list[list[int]] = []  # the spans widened to whole chunks (tokenised as in the whole text)
        for a, b in sorted(zip(np.concatenate([lo, rlo]).tolist(), np.concatenate([hi, rhi]).tolist(), strict=True)):
            while a > 0 and not text[a - 1].isspace():
                a -= 1
            while b < len(text) and not text[b].isspace():
                b += 1
            if regions and a <= regions[-1][1]:
                regions[-1][1] = max(regions[-1][1], b)
            else:
                regions.append([a, b])
        spans = [m.span() for a, b in regions for m in _TOKEN_RE.finditer(text, a, b)]
        starts = np.array([x for x, _ in spans], dtype=np.int64)
        ends = np.array([y for _, y in spans], dtype=np.int64)
        toks = [text[x:y] for x, y in spans]
        keep = np.ones(len(spans), dtype=bool)
    word = np.array([not _token_punct(t) for t in toks], dtype=bool) if toks else np.zeros(0, dtype=bool)
    keep &= word
    quoted = _inside(starts, ends, lo, hi)
    reported = _inside(starts, ends, rlo, rhi) & ~quoted
    return int((keep & quoted).sum()), int((keep & reported).sum())


_DISTANCED, _ENDORSED, _QUOTED = STANCES.index("distanced"), STANCES.index("endorsed"), STANCES.index("quoted")
_DEEPER = object()  # a memo entry of FrameMatcher._cue: the rule reads further back


class _OutOfText(Exception):
    """The rule looked before the first token of the text."""


class _Unread(Exception):
    """The rule used a token that the window does not hold."""


class _Poison(str):
    """A token the window does not hold: reading it is allowed, using it (comparing, hashing, any method)
    raises _Unread, so a rule that answers without raising did not depend on it."""

    def _unread(self, *args: Any, **kwargs: Any) -> Any:
        raise _Unread

    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __hash__ = _unread  # type: ignore[assignment]
    __contains__ = __len__ = __getitem__ = __iter__ = __format__ = __add__ = __radd__ = _unread  # type: ignore
    __mod__ = __mul__ = __str__ = __repr__ = _unread  # type: ignore[assignment]

    def __getattribute__(self, name: str) -> Any:
        raise _Unread


_UNREAD = _Poison("\x00")


class _ShortWindow:
    """The hit's first token and the one or two word tokens before it, read as the stance rules read a
    sentence; tokens further back are unreadable (_UNREAD), and so is every surface form but the hit's."""

    __slots__ = ("lo", "hi", "_n", "_s")

    def __init__(self, norms: tuple[str, ...], surfaces: tuple[str, ...]) -> None:
        self.lo, self.hi = -CUE_WINDOW, 0
        self._n, self._s = norms, surfaces

    def n(self, j: int) -> str:
        if j > 0:
            raise _Unread
        return self._n[-j] if -j < len(self._n) else _UNREAD

    def s(self, j: int) -> str:
        if j > 0 or -j >= len(self._s):
            raise _Unread
        return self._s[-j]

    def p(self, j: int) -> bool:
        if j > 0 or -j >= len(self._n):
            raise _Unread
        return _punct(self._n[-j])


class _LazyWindow:
    """The tokens before a hit as the stance rules read a sentence (``n``, ``s``, ``p``, ``lo``, ``hi``),
    tokenised backwards only as far as the rule asks: the hit's first token is 0, the one before -1 ...
    ``deepest`` is how far back the rule looked."""

    __slots__ = ("lo", "hi", "m", "text", "toks", "_n", "_p", "cs", "used_surface")

    def __init__(self, m: FrameMatcher, text: str, s: int, e: int) -> None:
        self.lo, self.hi = -CUE_WINDOW, 0
        self.m, self.text = m, text
        cs = s
        while cs > 0 and not text[cs - 1].isspace():
            cs -= 1
        self.toks = [t for t in _chunk_tokens(text, cs, _NONSPACE.match(text, cs).end()) if t[1] <= s] \
            if cs < s else []
        self.toks.append((s, e))  # in text order; toks[-1] is the hit's first token
        self.cs = cs
        self._n: list[str] = []  # norms of tokens 0, -1, -2 ... as far as read
        self._p: list[bool] = []
        self.used_surface = False

    @property
    def deepest(self) -> int:
        return len(self._n) - 1

    def _more(self, k: int) -> None:
        text, toks = self.text, self.toks
        while k >= len(toks):  # tokenise the chunk before the earliest one read
            b = self.cs
            while b > 0 and text[b - 1].isspace():
                b -= 1
            if b == 0:
                raise _OutOfText
            c = b - 1
            while c > 0 and not text[c - 1].isspace():
                c -= 1
            chunk = text[c:b]
            toks[:0] = [(c, b)] if chunk.isalpha() and chunk.isascii() else _chunk_tokens(text, c, b)  # a word
            self.cs = c
        norm = self.m._norm
        for i in range(len(self._n), k + 1):
            a, b = toks[-i - 1]
            w = norm(text[a:b])
            self._n.append(w)
            self._p.append(_punct(w))

    def n(self, j: int) -> str:
        if -j >= len(self._n):
            self._more(-j)
        return self._n[-j]

    def p(self, j: int) -> bool:
        if -j >= len(self._p):
            self._more(-j)
        return self._p[-j]

    def s(self, j: int) -> str:
        if -j >= len(self._n):
            self._more(-j)
        self.used_surface = True
        a, b = self.toks[j - 1]
        return self.text[a:b]


class _Tables:
    """What :class:`FrameMatcher` builds from a lexicon's entries (:meth:`Lexicon.compiled_entries`): the specs'
    tests and anchors, the automaton and the compiled automaton's arguments. Never changed once built."""


def _build_tables(specs: list[tuple[int, tuple[str, ...]]], priority: np.ndarray) -> _Tables:
    import ahocorasick

    t = _Tables()
    # entries, their specificity and the phrase alternatives: the lexicon's own, as find_matches uses them
    t._spec_entry = [eid for eid, _ in specs]
    t._spec_len = [len(parts) for _, parts in specs]
    t._spec_prio = [int(priority[eid]) for eid, _ in specs]
    compiled: dict[str, Any] = {}

    def test(part: str) -> Any:
        if part not in compiled:
            compiled[part] = (re.compile(glob_regex(part), re.DOTALL)
                              if any(c in _GLOB_CHARS for c in part) else part)
        return compiled[part]

    t._spec_tests = [tuple(test(p) for p in parts) for _, parts in specs]
    pattern_chars = {c for _, parts in specs for p in parts for c in p}
    # a capital sigma can be written as "σ" in the normalised text when no part holds a sigma (its
    # lowercase depends on what follows); lone marks as a placeholder when no part holds a mark
    t._sigma_ok = not (pattern_chars & {"\u03c3", "\u03c2"})
    t._mark_ok = _PLACEHOLDER not in pattern_chars and not any(_composes(c) for c in pattern_chars)
    # anchors: single tokens on their longest literal run; a phrase on the part least likely to be
    # common (a run that is already a key, else the longest run that is not a stopword, later parts on
    # ties: "peace of mind" on "peace", "all rights reserved" on "reserved"); only speed depends on it
    def run(part: str) -> str:
        return max((r for r in re.split(r"[*?]", part) if r), key=len)  # the first of the longest runs

    single_keys = {run(parts[0]) for _, parts in specs if len(parts) == 1}
    spec_anchor: list[int] = []
    keys: dict[str, list[int]] = {}
    for j, (_, parts) in enumerate(specs):
        runs = [run(p) for p in parts]
        k = max(range(len(parts)), key=lambda i: (runs[i] in single_keys, runs[i] not in STOPWORDS,
                                                  len(runs[i]), i))
        spec_anchor.append(k)
        keys.setdefault(runs[k], []).append(j)
    # the literal end of the part before the anchor and the literal start of the part after it
    t._spec_prev = [re.split(r"[*?]", parts[k - 1])[-1] if k > 0 else ""
                    for (_, parts), k in zip(specs, spec_anchor, strict=True)]
    t._spec_next = [re.split(r"[*?]", parts[k + 1])[0] if k + 1 < len(parts) else ""
                    for (_, parts), k in zip(specs, spec_anchor, strict=True)]
    auto = ahocorasick.Automaton()
    kernel_keys: list[str] = []
    kernel_info: list[tuple[int, int, int, tuple[int, ...]]] = []
    for key, js in keys.items():
        anchored = [specs[j][1][spec_anchor[j]] for j in js]
        # cheap rejections before tokenising (see match_text): the token must begin at the key when
        # every anchored part begins with it, and end with it when every such part is the key itself
        at_start = key[0].isalnum() and all(f.startswith(key) for f in anchored)
        at_end = key[-1].isalpha() and all(f == key for f in anchored)
        # a key that is every anchored part whole and anchors phrases only: the neighbours' literal
        # ends can be checked on the normalised text before anything is tokenised
        phrase_key = all(f == key for f in anchored) and all(len(specs[j][1]) > 1 for j in js)
        # a word of ASCII letters that is every spec whole and single: where white space (or a plain
        # mark and white space) stands around it, it is one token, and the most specific spec wins
        word_key = None
        if key.isascii() and key.isalpha() and all(len(specs[j][1]) == 1 and specs[j][1][0] == key for j in js):
            word_key = min((int(priority[specs[j][0]]), j) for j in js)
        auto.add_word(key, (len(key), tuple(js), at_start, at_end, phrase_key, word_key))
        kernel_keys.append(key)
        kernel_info.append((at_start | at_end << 1 | phrase_key << 2 | (word_key is not None) << 3,
                            *(word_key or (-1, -1)), tuple(js)))
    auto.make_automaton()
    t._automaton = auto
    # the same keys for the compiled automaton (frame_scan): key index -> its specs, and per spec its parts,
    # priority, anchored part and the literal ends of its neighbouring parts
    t._key_js = [info[3] for info in kernel_info]
    t._kernel_args = (kernel_keys, kernel_info, [
        (len(parts), t._spec_prio[j], parts[spec_anchor[j]], t._spec_prev[j], t._spec_next[j])
        for j, (_, parts) in enumerate(specs)])
    t._spec_anchor = spec_anchor
    return t


#: built tables by the content they are built from (the specs and priorities: what the tables depend on), as
#: re caches compiled patterns by their text: a matcher built again for the same entries (every call of
#: count_frames_stream or FrameMatcher.count with a lexicon, every chunk counted in a worker process, where the
#: counter arrives pickled without its matcher, and every Dask partition) takes them instead of rebuilding
#: them (about 5 ms for the bundled lexicon); the last _TABLES_MAX kept
_TABLES: dict[tuple, _Tables] = {}
_TABLES_MAX = 8


def _tables(specs: list[tuple[int, tuple[str, ...]]], priority: np.ndarray) -> _Tables:
    key = (tuple(specs), priority.tobytes())
    t = _TABLES.get(key)
    if t is None:
        t = _build_tables(specs, priority)
        if len(_TABLES) >= _TABLES_MAX:
            del _TABLES[next(iter(_TABLES))]
        _TABLES[key] = t
    return t


#: names :meth:`FrameMatcher.count` refuses as ``by`` columns: the columns it writes, and those it sorts by
MATCHER_COUNT_RESERVED = ("frame", "voice", "n", "_g", "_c", "_v")


class FrameMatcher:
    """Count lexicon hits in raw document text with an Aho–Corasick automaton.

    Parameters
    ----------
    lexicon : Lexicon or str
        A :class:`~discourse.Lexicon`, a bundled name (default ``"framing"``) or a file path.
    on : {"norm"}
        The token form matched; only ``"norm"`` (stems need the token table: use
        ``count_frames(tokenize(corpus), on="stem")``).

    The matcher is built once (the automaton holds one key per distinct anchor) and reused for any number of
    documents; see the module notes for the rules and where they come from. What it builds from the entries
    (the automata, the parts' patterns and anchors) is kept per lexicon content for the process (the last eight
    contents, as :mod:`re` keeps compiled patterns), so that matchers of equal lexicons share it: a matcher is
    built for every counting call, for every chunk a worker process counts and for every Dask partition.

    Attributes
    ----------
    frames, patterns : ndarray of str
        Frame (lexicon category) and pattern of every entry id that :meth:`match_text` returns.
    n_docs_, n_exact_ : int
        Documents matched by the last :meth:`find_hits` or :meth:`count` (``n_exact_`` also counts
        :meth:`match_text` calls): in all, and on their token table (the exact path).
    """

    def __init__(self, lexicon: Any = "framing", *, on: str = "norm") -> None:
        check_one_of("on", on, ["norm", "stem"])
        if on == "stem":
            raise ValueError("on='stem' is not supported by FrameMatcher (stems need every token stemmed); "
                             "use count_frames(tokenize(corpus), lexicon, on='stem') instead")
        lex = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
        self.lexicon = lex
        self.on = on
        # entries, their specificity and the phrase alternatives: the lexicon's own, as find_matches uses them
        comp = lex.compiled_entries()
        priority = comp["priority"]
        self.frames = comp["category"]
        self.patterns = comp["pattern"]
        # the specs' tests and anchors and the automata: built once per distinct lexicon content (_tables)
        self.__dict__.update(vars(_tables(comp["spec"], priority)))
        self._kernel = _KERNEL
        self._kauto: Any = None
        self._norms: dict[str, str] = {}
        self._cue_memo: dict[tuple[str, ...], Any] = {}
        self._cue_memo1: dict[tuple[str, str], Any] = {}
        self.n_exact_ = 0  # texts matched on their token table (see the module notes)
        self.n_docs_ = 0

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_kernel"] = state["_kauto"] = None  # a module and a capsule: found again where unpickled
        state["_pickled_kernel"] = self._kernel is not None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        use = state.pop("_pickled_kernel", True)
        self.__dict__.update(state)
        self._kernel = _KERNEL if use else None

    def __repr__(self) -> str:
        return f"<FrameMatcher {self.lexicon.name!r} ({len(self.patterns)} entries, {len(self._automaton)} anchors)>"

    # ------------------------------------------------------------------------------------ one text
    def _norm(self, token: str) -> str:
        n = self._norms.get(token)
        if n is None:
            if len(self._norms) > 500_000:
                self._norms.clear()
            n = self._norms[token] = normalize(token)
        return n

    def _prepare(self, text: str, aside: Sequence[tuple[int, int]]) -> tuple[str, str, Any] | None:
        """(masked raw text, normalised text, map from normalised to raw offsets) or None (exact path)."""
        masked = text
        if aside:
            n = len(text)
            drop: list[tuple[int, int]] = []
            for a, b in aside:
                a, b = max(int(a), 0), min(int(b), n)
                if b <= a:
                    continue
                cs = a
                while cs > 0 and not text[cs - 1].isspace():
                    cs -= 1
                for m in _TOKEN_RE.finditer(text, cs):
                    if m.start() >= b:
                        break
                    if m.start() >= a and m.end() <= b:
                        drop.append(m.span())
            if drop:
                chars = list(text)
                for s, e in drop:
                    chars[s:e] = " " * (e - s)
                masked = "".join(chars)
                for s, e in drop:  # a blanked token next to a kept character could retokenise it
                    if (s > 0 and not masked[s - 1].isspace()) or (e < n and not masked[e].isspace()):
                        return None
        if masked.isascii():
            norm = masked.lower()
            if "`" in norm:
                norm = norm.replace("`", "'")
            return masked, norm, None
        table: dict[str, str] = {}
        longer = []
        url = None
        # the distinct characters: each is looked at alone, and whether the text takes the exact path, the
        # replacements (each replaces a character by a norm whose characters are left unchanged by the others)
        # and the offset map do not depend on their order
        for ch in (self._kernel.distinct_nonascii(masked) if self._kernel is not None
                   else set(_NONASCII.findall(masked))):
            v = _char_norm(ch)
            if v is None:
                if ch == "\u03a3" and self._sigma_ok:
                    v = "\u03c3"
                elif self._mark_ok and _lone_mark(ch):
                    if url is None:
                        url = "://" in masked or "www." in masked
                    if url:
                        return None
                    v = _PLACEHOLDER
                else:
                    return None
            table[ch] = v
            if len(v) != 1:
                longer.append(ch)
        if self._kernel is not None:
            # one pass in C; the same text: every norm is its own lower case (_char_norm), and no capital sigma is
            # left, so lowering the whole text lowers the ASCII capitals only
            norm = self._kernel.frame_norm(masked, "".join(table), tuple(table.values()))
        else:
            norm = masked
            for ch, v in table.items():  # a few distinct characters: str.replace beats str.translate's dict
                if v != ch:  # most are their own norm ("é"): replacing them would copy the text for nothing
                    norm = norm.replace(ch, v)
            norm = norm.lower()
            if "`" in norm:
                norm = norm.replace("`", "'")
        if not longer:
            return masked, norm, None
        # offset map for characters that expand: raw position and extra length of each, in text order
        rx = re.compile("[" + "".join(re.escape(c) for c in longer) + "]")
        raw_pos, norm_pos, width, extra = [], [], [], []
        total = 0
        for m in rx.finditer(masked):
            w = len(table[m.group()])
            raw_pos.append(m.start())
            norm_pos.append(m.start() + total)
            width.append(w)
            total += w - 1
            extra.append(total)
        return masked, norm, (raw_pos, norm_pos, width, extra)

    def match_text(self, text: str, *, set_aside: Sequence[tuple[int, int]] = (), quotes: bool = True,
                   source_names: Sequence[str] = ()) -> dict[str, np.ndarray]:
        """The hits of one document text, resolved (longest match, each token once), every category.

        The building block for counting cores (one call per document; the matcher is built once and can be
        pickled to worker processes).

        Parameters
        ----------
        text : str
            One document's text, unchanged.
        set_aside : list of (start, end)
            Spans that cleaning set aside; tokens wholly inside them are left out (as :func:`tokenize`).
        quotes : bool
            Compute the voice of every hit from the quotation spans; ``False``: every hit is ``author``.
        source_names : sequence of str
            The document's ``source`` and ``outlet`` (at most these two), as
            :func:`discourse.find_quote_spans` takes them: a reporting clause whose subject is the document's
            own source ("France believes that ..." in France's statement) stays the author's voice.

        Returns
        -------
        dict of equal-length arrays in text order: ``start``, ``end`` (character offsets of the first
        token's start and the last token's end), ``entry`` (entry id: index into :attr:`frames` and
        :attr:`patterns`), ``n_tokens``, ``voice`` (``author`` | ``quoted`` | ``reported``), ``quoted`` (bool:
        ``voice == "quoted"``). A text that needs the exact path (see the
        module notes) is tokenised and matched on its token table; :attr:`n_exact_` counts those texts.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        res = self._match_fast(text, set_aside, quotes, source_names)
        if res is None:
            self.n_exact_ += 1
            res = self._exact(text, "doc", list(set_aside), quotes, source_names)
        return res

    def _match_fast(self, text: str, set_aside: Sequence[tuple[int, int]], quotes: bool,
                    source_names: Sequence[str] = ()) -> dict[str, np.ndarray] | None:
        """match_text on the automaton path; None where the text needs the exact path."""
        found = self._scan(text, set_aside)
        if found is None:
            return None
        hits, _, doc = found
        out = {
            "start": np.array([h[0] for h in hits], dtype=np.int64),
            "end": np.array([h[1] for h in hits], dtype=np.int64),
            "entry": np.array([h[2] for h in hits], dtype=np.int64),
            "n_tokens": np.array([h[3] for h in hits], dtype=np.int64),
        }
        out["voice"] = (self._voices(doc, out["start"], hits, source_names) if quotes and hits
                        else np.full(len(hits), "author", dtype=object))
        out["quoted"] = out["voice"] == "quoted"
        return out

    def _scan(self, text: str, set_aside: Sequence[tuple[int, int]]) -> tuple[list, str, _Doc] | None:
        """The resolved hits of a text on the automaton path (see :meth:`_resolve`), the masked text and the
        document state; None where the text needs the exact path.

        The automaton's occurrences of the keys are first reduced to candidates (:meth:`_candidates`: the
        compiled kernel's ``frame_scan`` or its twin in Python), which are then tokenised and matched here.
        Which occurrence leads to a spec's hit at a token, and in which order, cannot change the result: a
        single hit of a token start keeps the spec of the lowest priority, and priorities are distinct per
        entry (``Lexicon.compiled_entries``: a rank), so two specs that tie are the same entry's and give the
        same hit (start, end of the token, entry); a phrase hit is keyed by its first token and spec, and its
        tokens follow from them. The occurrences the kernel matches itself (single specs on the word token of
        a chunk of ASCII letters) are matched there exactly as below (see ``frame_scan`` in discourse/_kernel.c).
        """
        prep = self._prepare(text, set_aside)
        if prep is None:
            return None
        masked, norm, offsets = prep
        doc = _Doc(text)
        tests, spec_len, spec_prio, spec_anchor = self._spec_tests, self._spec_len, self._spec_prio, self._spec_anchor
        norm_of = self._norm
        singles: dict[int, tuple[int, int, int]] = {}  # token start -> (priority, spec, end)
        phrases: dict[tuple[int, int], tuple[tuple[int, ...], int, int]] = {}  # (start, spec) -> (token
        # starts, end of the first token, end of the last token)
        seen: set[tuple[int, int]] = set()
        chunk_lo = chunk_hi = -1
        chunk_toks: list[tuple[int, int]] = []
        aligned = offsets is None
        neighbours_ok = self._neighbours_ok(masked, norm)
        for p, js, phrases_only in self._candidates(masked, norm, offsets, singles, neighbours_ok):
            if not (chunk_lo <= p < chunk_hi):
                cs = p
                while cs > 0 and not masked[cs - 1].isspace():
                    cs -= 1
                m = _NONSPACE.match(masked, cs)
                if m is None:
                    continue
                chunk_lo, chunk_hi = cs, m.end()
                chunk_toks = _chunk_tokens(masked, cs, chunk_hi)
            ti = -1
            for i, (s, e) in enumerate(chunk_toks):
                if s <= p < e:
                    ti = i
                    break
            if ti < 0:
                continue
            s, e = chunk_toks[ti]
            word = None
            for j in js:
                L = spec_len[j]
                if phrases_only and L == 1:  # matched by the kernel
                    continue
                if (s, j) in seen:
                    continue
                seen.add((s, j))
                if word is None:
                    word = norm_of(masked[s:e])
                a = spec_anchor[j]
                ta = tests[j][a]
                if not (word == ta if ta.__class__ is str else ta.fullmatch(word) is not None):
                    continue
                if L == 1:
                    best = singles.get(s)
                    if best is None or spec_prio[j] < best[0]:
                        singles[s] = (spec_prio[j], j, e)
                    continue
                if aligned and not neighbours_ok(j, s, e):
                    continue
                # the other parts on the tokens before and after the anchor, chunk by chunk
                before = chunk_toks[max(ti - a, 0):ti]
                if len(before) < a:
                    before = _tokens_before(masked, chunk_lo, a - len(before)) + before
                after = chunk_toks[ti + 1:ti + L - a]
                if len(after) < L - a - 1:
                    after = after + _tokens_after(masked, chunk_hi, L - a - 1 - len(after))
                spans = [*before, (s, e), *after]
                if len(spans) < L:
                    continue
                ok = True
                for k in range(L):
                    if k == a:
                        continue
                    tk = tests[j][k]
                    w = norm_of(masked[spans[k][0]:spans[k][1]])
                    if not (w == tk if tk.__class__ is str else tk.fullmatch(w) is not None):
                        ok = False
                        break
                if not ok:
                    continue
                s0, e0 = spans[0]
                s1, e1 = spans[-1]
                if _SENTENCE_RISK.search(text, s0, s1) and not doc.same_sentence(s0, s1):
                    continue
                phrases[(s0, j)] = (tuple(x for x, _ in spans), e0, e1)
        return self._resolve(singles, phrases), masked, doc

    def _neighbours_ok(self, masked: str, norm: str) -> Any:
        """``neighbours_ok(j, s, e)``: can the tokens next to the anchor token [s, e) hold the parts next to
        spec j's anchor?

        Aligned text only: the previous token ends at the last character before ``s`` that is not white
        space, the next begins at the first after ``e`` (unless that is '_', which the tokenizer skips), and
        their norms are those slices of the normalised text.
        """
        spec_prev, spec_next = self._spec_prev, self._spec_next
        n_text = len(masked)

        def neighbours_ok(j: int, s: int, e: int) -> bool:
            pre = spec_prev[j]
            if pre:
                q = s
                while q > 0 and masked[q - 1].isspace():
                    q -= 1
                if q == 0:
                    return False
                if masked[q - 1] != "_" and (q < len(pre) or not norm.startswith(pre, q - len(pre))):
                    return False
            nxt = spec_next[j]
            if nxt:
                r = e
                while r < n_text and masked[r].isspace():
                    r += 1
                if r == n_text:
                    return False
                if masked[r] != "_" and not norm.startswith(nxt, r):
                    return False
            return True

        return neighbours_ok

    def _candidates(self, masked: str, norm: str, offsets: Any, singles: dict, neighbours_ok: Any) -> Iterable:
        """The occurrences of the keys in the normalised text that :meth:`_scan` tokenises: (start in the text,
        the specs to try there, whether only phrase specs are left), in text order; the single hits decided
        without tokenising go into ``singles``.

        With the compiled kernel, ``frame_scan`` (discourse/_kernel.c) runs the automaton and these checks in
        C and also matches the single specs on the word token of a chunk of ASCII letters with plain marks
        around it (what :func:`_chunk_tokens` splits without the regex: the token is the letters, its norm
        their lower case, as in the normalised text; the parts are compared, or matched as globs, as here) or
        on an ASCII token of a chunk its token scan takes; of the phrase specs there it leaves only those whose
        anchored part matches the token and (aligned text) whose neighbours can hold their parts
        (``neighbours_ok``), which :meth:`_scan` would reject anyway. Where characters expand (the offset map),
        it maps each start to the text as the Python path does and makes none of the checks that need the two
        texts aligned; an ASCII token's norm is then read from the text (its lower case, '`' as "'").
        """
        if self._kernel is not None:
            if self._kauto is None:
                self._kauto = self._kernel.frame_automaton(*self._kernel_args)
            # the offset map as int64 buffers: the kernel maps each start to the text as below
            offs = None if offsets is None else tuple(np.asarray(x, dtype=np.int64).tobytes() for x in offsets)
            found, cands = self._kernel.frame_scan(self._kauto, masked, norm, offs)
            if found:
                for s, pr, j, e in np.frombuffer(found, dtype=np.int64).reshape(-1, 4).tolist():
                    best = singles.get(s)
                    if best is None or pr < best[0]:
                        singles[s] = (pr, j, e)
            key_js = self._key_js
            rows = np.frombuffer(cands, dtype=np.int64).reshape(-1, 3).tolist()
            # flag 1: a phrase spec whose anchor matched (and, aligned, whose neighbours can hold its parts)
            return [(p, (k,), True) if f == 1 else (p, key_js[k], False) for p, k, f in rows]
        return self._candidates_py(masked, norm, offsets, singles, neighbours_ok)

    def _candidates_py(self, masked: str, norm: str, offsets: Any, singles: dict, neighbours_ok: Any) -> Iterable:
        """:meth:`_candidates` in Python: pyahocorasick's occurrences, checked one by one."""
        if offsets is not None:
            raw_pos, norm_pos, width, extra = offsets
        n_text = len(masked)
        for end_idx, (klen, js, at_start, at_end, phrase_key, word_key) in self._automaton.iter(norm):
            p = end_idx - klen + 1
            if offsets is not None:
                i = bisect_right(norm_pos, p) - 1
                if i >= 0:
                    p = raw_pos[i] if p < norm_pos[i] + width[i] else p - extra[i]
            else:
                if word_key is not None and (p == 0 or masked[p - 1].isspace()):
                    # the scan restarts at p; no URL, e-mail, acronym or number can begin with letters
                    # followed by white space or by one of , ; : ! ? ) ] " ” . and white space, and the word
                    # stops there: the token is exactly the key
                    e = end_idx + 1
                    if e == n_text or masked[e].isspace() or (masked[e] in _PLAIN_AFTER and (
                            e + 1 == n_text or masked[e + 1].isspace())):
                        best = singles.get(p)
                        if best is None or word_key[0] < best[0]:
                            singles[p] = (word_key[0], word_key[1], e)
                        continue
                if phrase_key and not any(neighbours_ok(j, p, end_idx + 1) for j in js):
                    continue
                # A letter before an alphanumeric character never ends a token (words and e-mail addresses
                # run on greedily, numbers end in a digit or %, acronyms in '.'), and a token ending in a
                # letter never stops before an alphanumeric character: such a key lies inside a longer token.
                if at_start and p > 0 and masked[p - 1].isalpha() and masked[p].isalnum():
                    continue
                if at_end and end_idx + 1 < n_text and masked[end_idx + 1].isalnum() and masked[end_idx].isalpha():
                    continue
            yield p, js, False

    def _resolve(self, singles: dict, phrases: dict) -> list[tuple[int, int, int, int, int]]:
        """Longest match, leftmost, most specific; each token in one match (``Lexicon.find_matches``).

        Returns (start, end, entry id, n_tokens, end of the first token) per hit, in text order.
        """
        spec_len, spec_prio, spec_entry = self._spec_len, self._spec_prio, self._spec_entry
        taken: set[int] = set()
        hits: list[tuple[int, int, int, int, int]] = []
        by_len: dict[int, list[tuple[int, int, int]]] = {}
        for (s, j) in phrases:
            by_len.setdefault(spec_len[j], []).append((s, spec_prio[j], j))
        for L in sorted(by_len, reverse=True):
            cands = sorted(by_len[L])
            this_round: set[int] = set()
            last_start = None
            for s, _, j in cands:
                if s == last_start:  # one entry per span: the most specific came first
                    continue
                starts, first_end, last_end = phrases[(s, j)]
                if any(t in taken for t in starts):
                    continue
                last_start = s
                if any(t in this_round for t in starts):  # same-length overlap: leftmost wins
                    continue
                this_round.update(starts)
                hits.append((s, last_end, spec_entry[j], L, first_end))
            taken |= this_round
        for s, (_, j, e) in singles.items():
            if s not in taken:
                hits.append((s, e, spec_entry[j], 1, e))
        hits.sort(key=lambda h: h[0])
        return hits

    def _voices(self, doc: _Doc, starts: np.ndarray, hits: list, source_names: Sequence[str] = ()) -> np.ndarray:
        """The voice of the first token of each hit: ``token_voices`` on the hits' first tokens (the hits are
        in text order and do not overlap, so their first tokens are sorted as a token table's are)."""
        spans = find_quote_spans(doc.text, paragraphs=doc.paras(), reported=True, speakers=False,
                                 source_names=source_names)
        if not spans:
            return np.full(len(hits), "author", dtype=object)
        firsts_end = np.array([h[4] for h in hits], dtype=np.int64)
        return token_voices(starts, firsts_end, spans)[0]

    # ------------------------------------------------------------------------------------ frame counts
    def doc_frames(self, text: str, *, set_aside: Sequence[tuple[int, int]] = (), quotes: bool = True,
                   voice_words: bool = True, source_names: Sequence[str] = ()) -> dict[str, Any] | None:
        """Everything :func:`discourse.count_frames` counts in one document, from its text.

        Returns None where the text needs the exact path (see the module notes), else a dict with
        ``entry`` (entry id of every hit, text order), ``voice`` (0 author, 1 quoted, 2 reported: the voice of
        the hit's first token), ``stance`` (the 1.x stance, an index into :data:`discourse.framing.STANCES`:
        quoted in the quoted voice, else (author or reported) distanced in a mention quotation or after a distancing cue in the
        sentence, :func:`discourse.framing.legacy_cue`), ``n_tokens`` (tokens of the document),
        ``words`` (word tokens in the author's, the quoted and the reported voice; with ``voice_words=False``
        all of them count as the author's). ``source_names``: the document's ``source`` and ``outlet``, as
        :meth:`match_text` takes them.
        """
        found = self._scan(text, set_aside)
        if found is None:
            return None
        hits, masked, doc = found
        n_tok, n_words, chunks = _word_count(text, set_aside, self._kernel)
        # spans and kinds only: no count needs a speaker's name (speakers=False skips the name table)
        spans = (find_quote_spans(text, paragraphs=doc.paras(), reported=True, speakers=False,
                                  source_names=source_names)
                 if quotes and (hits or voice_words) else [])
        speech, reported = _voice_spans(spans)
        words = np.array([n_words, 0, 0], dtype=np.int64)
        if voice_words and (speech or reported):
            qr = _voice_words_pairs(text, chunks, speech, reported) if chunks is not None else None
            q, r = qr if qr is not None else _voice_words(text, set_aside, *_as_arrays(speech), *_as_arrays(reported))
            words[0] -= q + r
            words[1] = q
            words[2] = r
        n = len(hits)
        starts = [h[0] for h in hits]
        first_end = [h[4] for h in hits]
        voice, mention = _hit_voices(starts, first_end, spans)
        stance = [_QUOTED] * n
        # the 1.x stance (discourse.stance.legacy_stance): a reported clause is the author's, as in 1.x
        own = [i for i in range(n) if voice[i] != 1]
        if own:
            sa, ea = [starts[i] for i in own], [first_end[i] for i in own]
            known = (self._known_cues(masked, chunks, np.array(sa, dtype=np.int64), np.array(ea, dtype=np.int64))
                     if chunks is not None else [_DEEPER] * len(sa))
            for i, a, b, k in zip(own, sa, ea, known, strict=True):
                stance[i] = (_DISTANCED if mention[i] or (self._cue(masked, doc, a, b) if k is _DEEPER else k) is not None
                             else _ENDORSED)
        return {"entry": np.array([h[2] for h in hits], dtype=np.int64), "voice": np.array(voice, dtype=np.int64),
                "stance": np.array(stance, dtype=np.int64), "n_tokens": n_tok, "words": words}

    def _known_cues(self, text: str, chunks: tuple, starts: np.ndarray, ends: np.ndarray) -> list:
        """The cue of each hit where the word before it decides (else _DEEPER: ask :meth:`_cue`).

        Only where the hit begins a chunk and the chunk before it is a word of ASCII letters followed by one
        space (no sentence can begin between them; its norm is its lower case). The rule is run once per
        pair of norms with every token further back unreadable (any use of one raises, see _Unread): when it
        answers without them, the answer holds whatever they are. Else, when the chunk before that one is
        such a word too, the rule runs on the three tokens (remembered per triple of norms).

        First, with the kernel's ``safe`` flags: a hit that begins a chunk after :data:`_CUE_BACK` chunks none
        of whose tokens can have a trigger as its norm (:func:`discourse.stance.distancing_triggers`: the only
        norms at which the rule answers) has no cue. Every chunk holds at least one token, so the tokens the
        rule reads before the hit all lie in those chunks, whatever the sentence's start (which only stops the
        rule sooner); the answer is None without running the rule."""
        c_start, c_end, word, _, safe = chunks
        ci = np.searchsorted(c_start, starts, side="right") - 1
        at_start = ((ci >= 0) & (c_start[np.maximum(ci, 0)] == starts)).tolist()
        ci = ci.tolist()
        # (the flags as bytes: a few hits per document, read one by one)
        safe_b = safe.tobytes() if safe is not None and len(safe) > _CUE_BACK else None
        word_b = word.tobytes()
        out: list = [_DEEPER] * len(starts)
        ok: list[int] = []  # the hits the word before decides, or the two words before
        for i, (c, first) in enumerate(zip(ci, at_start, strict=True)):
            if not first:
                continue
            if safe_b is not None and c >= _CUE_BACK and b"\x00" not in safe_b[c - _CUE_BACK:c]:
                out[i] = None
                continue
            if c >= 1 and word_b[c - 1]:
                ok.append(i)
        memo, memo1, norm = self._cue_memo, self._cue_memo1, self._norm
        for i in ok:
            c = ci[i]
            hit = text[starts[i]:ends[i]]
            w1 = text[c_start[c - 1]:c_end[c - 1]]
            key1 = (norm(hit), w1.lower())
            got = memo1.get(key1)
            if got is None:
                try:
                    got = (rule_distancing_cue(_ShortWindow(key1, (hit, w1)), 0, cues=LEGACY_CUES),)
                except _Unread:
                    got = _DEEPER
                if len(memo1) > 500_000:
                    memo1.clear()
                memo1[key1] = got
            if got is not _DEEPER:
                out[i] = got[0]
                continue
            if not (c >= 2 and word_b[c - 2]):
                continue
            w2 = text[c_start[c - 2]:c_end[c - 2]]
            key = (*key1, w2.lower())
            got = memo.get(key)
            if got is None:
                try:  # the rule on these three tokens; reading further back leaves the hit to _cue
                    got = (rule_distancing_cue(_ShortWindow(key, (hit, w1, w2)), 0, cues=LEGACY_CUES),)
                except _Unread:
                    continue
                if len(memo) > 500_000:
                    memo.clear()
                memo[key] = got
            if got is not _DEEPER:
                out[i] = got[0]
        return out

    def _cue(self, masked: str, doc: _Doc, s: int, e: int) -> str | None:
        """The 1.x distancing cue before the hit whose first token is ``masked[s:e]`` (its sentence only).

        The tokens before the hit are read lazily, as far back as the rule looks (mostly one or two). A
        sentence can begin between two of them only where . ? ! or a line break lies between; where the
        rule gives the same answer whichever of those places the sentence begins at, that is the answer,
        else the sentences are computed (:meth:`_Doc.same_sentence`).
        """
        win = _LazyWindow(self, masked, s, e)
        # the rule reads the tokens in an order that depends only on what it has read: its answer for the
        # norms of tokens 0 .. -d (read that far and no further) is remembered, and _DEEPER for shorter prefixes
        memo = self._cue_memo
        key: tuple[str, ...] = ()
        full: Any = _DEEPER
        try:
            for d in range(CUE_WINDOW + 1):
                key = (*key, win.n(-d))
                got = memo.get(key)
                if got is None:
                    break
                if got is not _DEEPER:
                    full = got[0]
                    break
        except _OutOfText:
            pass
        if full is _DEEPER:
            try:
                full = rule_distancing_cue(win, 0, cues=LEGACY_CUES)
                if not win.used_surface:
                    if len(memo) > 500_000:
                        memo.clear()
                    for d in range(win.deepest):
                        memo[tuple(win._n[:d + 1])] = _DEEPER
                    memo[tuple(win._n)] = (full,)
            except _OutOfText:  # the rule looked before the text: the first sentence begins at its first token
                win.lo = 1 - len(win.toks)
                full = rule_distancing_cue(win, 0, cues=LEGACY_CUES)
        toks, text = win.toks, doc.text
        cuts = [k for k in range(1, win.deepest + 1)
                if _SENTENCE_RISK.search(text, toks[-k - 1][0], toks[-k][0]) is not None]
        if not cuts:
            return full
        lo_full = win.lo
        answers = {}
        for k in cuts:
            win.lo = 1 - k
            answers[k] = rule_distancing_cue(win, 0, cues=LEGACY_CUES)
        win.lo = lo_full
        if all(v == full for v in answers.values()):
            return full
        for k in cuts:  # the nearest possible sentence start first
            if not doc.same_sentence(toks[-k - 1][0], s):
                return answers[k]
        return full

    def frame_arrays(self, corpus: Any, *, quotes: bool = True, voice_words: bool = True,
                     set_aside: bool = True) -> dict[str, np.ndarray]:
        """:meth:`doc_frames` for every document of a corpus, as arrays.

        Documents that need the exact path are tokenised together (:func:`discourse.tokenize`) and counted
        on their token table with the functions of :func:`discourse.count_frames`. Returns ``n_tokens`` and
        ``words`` (documents x 3: author, quoted, reported) per document, and per hit ``doc`` (row of
        ``corpus.documents``), ``entry``, ``voice``, ``stance`` (hits in document, then text order, except that
        the documents of the exact path come last); ``n_exact`` counts those documents.
        """
        from .corpus import Corpus

        if not isinstance(corpus, Corpus):
            raise TypeError(f"FrameMatcher needs a Corpus (see discourse.load_corpus), got {type(corpus).__name__}")
        # switches are True or False: a string such as "False" is true in Python and had turned them on
        quotes, voice_words = check_flag("quotes", quotes), check_flag("voice_words", voice_words)
        set_aside = check_flag("set_aside", set_aside)
        docs = corpus.documents
        aside_by_doc: dict[Any, list[tuple[int, int]]] = {}
        if set_aside and len(corpus.set_aside):
            sa = corpus.set_aside
            for d, a, b in zip(sa["doc_id"], sa["start"], sa["end"], strict=True):
                aside_by_doc.setdefault(d, []).append((int(a), int(b)))
        n_docs = len(docs)
        n_tokens = np.zeros(n_docs, dtype=np.int64)
        words = np.zeros((n_docs, 3), dtype=np.int64)
        parts: dict[str, list[np.ndarray]] = {"doc": [], "entry": [], "voice": [], "stance": []}
        exact: list[int] = []
        names_of = document_names(docs)
        for i, (doc_id, text) in enumerate(zip(docs["doc_id"], docs["text"], strict=True)):
            res = self.doc_frames(text, set_aside=aside_by_doc.get(doc_id, ()), quotes=quotes,
                                  voice_words=voice_words, source_names=names_of[i])
            if res is None:
                exact.append(i)
                continue
            n_tokens[i] = res["n_tokens"]
            words[i] = res["words"]
            if len(res["entry"]):
                parts["doc"].append(np.full(len(res["entry"]), i, dtype=np.int64))
                for k in ("entry", "voice", "stance"):
                    parts[k].append(res[k])
        if exact:
            self._exact_arrays(corpus, exact, aside_by_doc, quotes, voice_words, n_tokens, words, parts)
        out = {k: (np.concatenate(v) if v else np.array([], dtype=np.int64)) for k, v in parts.items()}
        out.update({"n_tokens": n_tokens, "words": words, "n_exact": len(exact)})
        self.n_docs_, self.n_exact_ = n_docs, len(exact)
        return out

    def _exact_arrays(self, corpus: Any, rows: list[int], aside_by_doc: dict, quotes: bool, voice_words: bool,
                      n_tokens: np.ndarray, words: np.ndarray, parts: dict[str, list[np.ndarray]]) -> None:
        """The documents of the exact path: one token table, counted as count_frames counts it."""
        from .corpus import SET_ASIDE_COLUMNS, Corpus
        from .framing import punct_mask, token_stances, voice_codes

        own = [c for c in OWN_NAME_COLUMNS if c in corpus.documents.columns]  # (the reported clauses' own names)
        docs = corpus.documents.iloc[rows][["doc_id", "text", *own]].reset_index(drop=True)
        sa = pd.DataFrame([{"doc_id": d, "kind": "", "rule": "", "start": a, "end": b, "text": ""}
                           for d in docs["doc_id"] for a, b in aside_by_doc.get(d, [])], columns=SET_ASIDE_COLUMNS)
        tokens = _exact_tokens(Corpus(docs, set_aside=sa), quotes)
        if not len(tokens):
            return
        pos = pd.Index(docs["doc_id"]).get_indexer(tokens["doc_id"])  # doc ids are unique in a Corpus
        doc_of = np.asarray(rows, dtype=np.int64)[pos]
        vcode = voice_codes(tokens)
        vcode_words = vcode if voice_words else np.zeros(len(tokens), dtype=np.int64)
        punct = punct_mask(tokens)
        np.add.at(n_tokens, doc_of, 1)
        np.add.at(words, (doc_of[~punct], vcode_words[~punct]), 1)
        m = self.lexicon.find_matches(tokens, on=self.on)
        if not len(m):
            return
        r = m["token_row"].to_numpy(dtype=np.int64)
        eid = {}
        for i, (c, p) in enumerate(zip(self.frames, self.patterns, strict=True)):
            eid.setdefault((c, p), i)
        parts["doc"].append(doc_of[r])
        parts["entry"].append(np.array([eid[(c, p)] for c, p in zip(m["frame"], m["entry"], strict=True)],
                                       dtype=np.int64))
        parts["voice"].append(vcode[r])
        parts["stance"].append(token_stances(tokens, r, vcode[r], punct))

    # ------------------------------------------------------------------------------------ corpora
    def _exact(self, text: str, doc_id: str, aside: list[tuple[int, int]], quotes: bool,
               source_names: Sequence[str] = ()) -> dict[str, np.ndarray]:
        """The token path for one document: tokenize + Lexicon.find_matches."""
        from .corpus import SET_ASIDE_COLUMNS, Corpus

        docs = pd.DataFrame({"doc_id": [doc_id], "text": [text]})
        for col, name in zip(OWN_NAME_COLUMNS, source_names, strict=False):  # (the reported clauses' own names)
            docs[col] = [name]
        sa = pd.DataFrame([{"doc_id": doc_id, "kind": "", "rule": "", "start": a, "end": b, "text": ""}
                           for a, b in aside], columns=SET_ASIDE_COLUMNS)
        tokens = _exact_tokens(Corpus(docs, set_aside=sa), quotes)
        m = self.lexicon.find_matches(tokens, on=self.on)
        eid = {}
        for i, (c, p) in enumerate(zip(self.frames, self.patterns, strict=True)):
            eid.setdefault((c, p), i)
        rows = m["token_row"].to_numpy(dtype=np.int64)
        return {
            "start": m["start"].to_numpy(dtype=np.int64),
            "end": m["end"].to_numpy(dtype=np.int64),
            "entry": np.array([eid[(c, p)] for c, p in zip(m["frame"], m["entry"], strict=True)], dtype=np.int64),
            "n_tokens": m["n_tokens"].to_numpy(dtype=np.int64),
            "voice": tokens["voice"].to_numpy(dtype=object)[rows] if len(rows) else np.zeros(0, dtype=object),
            "quoted": (tokens["voice"].to_numpy()[rows] == "quoted") if len(rows) else np.zeros(0, bool),
        }

    def _iter_docs(self, corpus: Any, set_aside: bool, quotes: bool) -> Iterable[tuple[int, dict[str, np.ndarray]]]:
        from .corpus import Corpus

        if not isinstance(corpus, Corpus):
            raise TypeError(f"FrameMatcher needs a Corpus (see discourse.load_corpus), got {type(corpus).__name__}")
        aside_by_doc: dict[Any, list[tuple[int, int]]] = {}
        if set_aside and len(corpus.set_aside):
            sa = corpus.set_aside
            for d, s, e in zip(sa["doc_id"], sa["start"], sa["end"], strict=True):
                aside_by_doc.setdefault(d, []).append((int(s), int(e)))
        self.n_exact_ = 0
        self.n_docs_ = 0
        names_of = document_names(corpus.documents)
        for i, (doc_id, text) in enumerate(zip(corpus.documents["doc_id"], corpus.documents["text"], strict=True)):
            aside = aside_by_doc.get(doc_id, [])
            self.n_docs_ += 1
            yield i, self.match_text(text, set_aside=aside, quotes=quotes, source_names=names_of[i])

    def _attrs(self) -> dict[str, Any]:
        return {"n_docs": self.n_docs_, "n_exact_path": self.n_exact_, "lexicon": self.lexicon.provenance()}

    def find_hits(self, corpus: Any, *, categories: str | Sequence[str] | None = None, quotes: bool = True,
                  set_aside: bool = True) -> pd.DataFrame:
        """Every lexicon hit of a corpus, one row per hit, in document and text order.

        Parameters
        ----------
        corpus : Corpus
        categories : str or list of str, optional
            Report only these frames; matching resolves over the whole lexicon (as ``find_matches``).
        quotes : bool
            Voice from the quotation spans (default); ``False``: every hit is the author's.
        set_aside : bool
            Leave out the spans that cleaning set aside (default, as :func:`discourse.tokenize`).

        Returns
        -------
        DataFrame with the columns ``doc_id``; ``start``, ``end`` (character offsets of the hit: first
        token's start, last token's end, as ``find_matches``); ``frame``, ``entry`` (the lexicon pattern);
        ``n_tokens``; ``voice`` (``author`` | ``quoted`` | ``reported``, the voice of the first token).
        ``attrs["discourse_matcher"]``: ``n_docs``, ``n_exact_path`` (documents matched on their token table,
        see the module notes) and the lexicon's provenance.
        """
        quotes, set_aside = check_flag("quotes", quotes), check_flag("set_aside", set_aside)
        cats = set(self.lexicon.check_categories(categories))
        keep_entry = np.array([c in cats for c in self.frames], dtype=bool)
        doc_ids = corpus.documents["doc_id"].to_numpy(dtype=object) if hasattr(corpus, "documents") else None
        parts = []
        for i, res in self._iter_docs(corpus, set_aside, quotes):
            k = keep_entry[res["entry"]]
            if not k.any():
                continue
            ent = res["entry"][k]
            parts.append(pd.DataFrame({
                "doc_id": np.full(int(k.sum()), doc_ids[i], dtype=object),
                "start": res["start"][k], "end": res["end"][k],
                "frame": self.frames[ent], "entry": self.patterns[ent], "n_tokens": res["n_tokens"][k],
                "voice": np.asarray(res["voice"], dtype=object)[k],
            }, columns=HIT_COLUMNS))
        if parts:
            out = pd.concat(parts, ignore_index=True)
        else:
            out = pd.DataFrame({c: pd.Series(dtype=np.int64 if c in ("start", "end", "n_tokens") else object)
                                for c in HIT_COLUMNS})
        out.attrs["discourse_matcher"] = self._attrs()
        return out

    def count(self, corpus: Any, *, by: str | Sequence[str] | None = "source", voice: bool | str | Sequence[str] = True,
              categories: str | Sequence[str] | None = None, quotes: bool = True,
              set_aside: bool = True) -> pd.DataFrame:
        """Frame hits per group, frame and voice: the ``n`` of ``count_frames(tokenize(corpus), ...)``.

        Parameters
        ----------
        corpus : Corpus
        by : str, list of str or None
            Document columns to group by (``"source"``, ``"doc_id"``, ...; missing values form their own
            group); ``None``: the whole corpus.
        voice : bool, str or list of str
            ``True``: rows for ``author``, ``quoted``, ``reported`` and ``all``; ``False``: ``all`` only; or the
            voices to keep.
        categories : str or list of str, optional
            Frames to count (default: every category of the lexicon), in this order.
        quotes, set_aside : bool
            As for :meth:`find_hits`.

        Returns
        -------
        DataFrame, one row per group x frame x voice (zeros included), sorted by group (sorted, missing
        last), frame (the order of ``categories``) and voice (author, quoted, reported, all), with the
        columns: the ``by`` columns, ``frame``, ``voice``, ``n`` (hits; a phrase counts once).
        ``attrs["discourse_matcher"]`` as in :meth:`find_hits`.
        """
        from .corpus import Corpus

        if not isinstance(corpus, Corpus):
            raise TypeError(f"FrameMatcher needs a Corpus (see discourse.load_corpus), got {type(corpus).__name__}")
        by_cols = as_list(by)
        check_by_names(by_cols, MATCHER_COUNT_RESERVED, "FrameMatcher counts")
        check_columns(corpus.documents, by_cols, "corpus.documents (by=)")
        quotes, set_aside = check_flag("quotes", quotes), check_flag("set_aside", set_aside)
        cats = self.lexicon.check_categories(categories)
        if voice is True:
            voices = list(VOICES)
        elif voice is False or voice is None:
            voices = ["all"]
        else:
            voices = as_list(voice)
            for v in voices:
                check_one_of("voice", v, list(VOICES))
        docs = corpus.documents
        if by_cols:
            g_doc = docs.groupby(by_cols, dropna=False, sort=True, observed=True).ngroup().to_numpy(dtype=np.int64)
            keys = docs[by_cols].drop_duplicates().copy()
            keys = keys.iloc[np.argsort(g_doc[keys.index.to_numpy()], kind="stable")].reset_index(drop=True)
        else:
            g_doc = np.zeros(len(docs), dtype=np.int64)
            keys = pd.DataFrame(index=[0])
        cat_of_entry = np.array([cats.index(c) if c in cats else -1 for c in self.frames], dtype=np.int64)
        n_g, n_c = len(keys), len(cats)
        counts = np.zeros((n_g * n_c, 3), dtype=np.int64)  # columns: author, quoted, reported
        code = {v: i for i, v in enumerate(VOICES[:3])}
        for i, res in self._iter_docs(corpus, set_aside, quotes):
            ci = cat_of_entry[res["entry"]]
            k = ci >= 0
            if k.any():
                vc = np.array([code[v] for v in np.asarray(res["voice"], dtype=object)[k]], dtype=np.int64)
                np.add.at(counts, (g_doc[i] * n_c + ci[k], vc), 1)
        frames = []
        for v in sorted(voices, key=VOICES.index):
            n = counts.sum(axis=1) if v == "all" else counts[:, VOICES.index(v)]
            df = keys.loc[np.repeat(np.arange(n_g), n_c)].reset_index(drop=True)
            df["frame"] = np.tile(np.array(cats, dtype=object), n_g)
            df["voice"] = v
            df["n"] = n.astype(np.int64)
            df["_g"] = np.repeat(np.arange(n_g), n_c)
            df["_c"] = np.tile(np.arange(n_c), n_g)
            df["_v"] = VOICES.index(v)
            frames.append(df)
        out = pd.concat(frames, ignore_index=True).sort_values(["_g", "_c", "_v"], kind="stable")
        out = out.drop(columns=["_g", "_c", "_v"]).reset_index(drop=True)
        out.attrs["discourse_matcher"] = self._attrs()
        return out
