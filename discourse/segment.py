"""Paragraphs and sentences: the segmentation every other layer (tokens, quotations) builds on.

Kept apart from :mod:`discourse.text` so that :mod:`discourse.quotes` (which needs paragraphs) and
:mod:`discourse.text` (which needs quotations for voice) share the one paragraph rule without importing each
other.

- **Paragraphs**: blank lines separate paragraphs when a text has any; otherwise every non-empty line is a
  paragraph (the convention of most web-scraped news text), except in hard-wrapped text (lines of a fixed
  width, most of them ending inside a sentence), whose lines are joined until a sentence ends at a line end
  (:func:`paragraphs`). A line holding only a form feed or vertical tab is a page break, not a blank line:
  the text on either side is one paragraph unless a sentence ends before it.
- **Sentences**: nltk's Punkt sentence tokenizer with hand-set parameters (a list of abbreviations such as
  ``mr``, ``dr``, ``u.s``, ``inc``, month names), so "Mr. Pang" and "the U.S. government" do not end a
  sentence. No nltk data download is needed. Sentences never cross paragraphs. A citation's locator before its
  number ("Art. 5(1)(h)", "cf. para. 12", "s. 8(4)") ends no sentence (:func:`_join_locators`). Punkt's steps are those of
  nltk's ``span_tokenize`` on offsets into the text (:func:`_punkt_spans`), in C where the optional kernel is
  built (``punkt_sentences`` in discourse/_kernel.c): the same spans (tests/test_text.py), 7x faster.
  Each of Punkt's sentences is then split after the sentence ends of other scripts ('。', '？', '؟', '।', ...;
  :func:`_split_at_terminals`), which Punkt, a model of the period, does not know.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from nltk.tokenize import punkt
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

from ._re_cache import finditer_lines
from ._util import check_type, compiled

__all__ = ["paragraphs", "sentences", "note_reference_after", "split_list_items", "has_list_items", "LIST_MARKERS", "caption_turn_marks", "page_furniture", "live_blog_stamps",
           "newest_first", "line_key", "line_feed_view", "ABBREVIATIONS", "ellipsis_run", "ellipsis_ends_sentence",
           "LOCATOR_ABBREVIATIONS", "SUBTITLE_TIMING"]

# ------------------------------------------------------------------------------------------ line ends
def line_feed_view(text: str) -> str:
    """``text`` with every line end written as ``"\\n"``, of the same length, so offsets into it are offsets into
    ``text``.

    Windows tools (Notepad, Excel's CSV, SubRip files, transcripts) end lines with CR LF (``"\\r\\n"``), classic Mac
    OS and some exporters with CR alone (``"\\r"``); Python reads all three as one line end (universal newlines,
    PEP 278; ``str.splitlines``), and so does every rule of this package through this view: a lone CR becomes
    LF, and the CR of CR LF a space before its LF (trailing white space on the line, which the line rules allow).
    Every text-level entry point (:func:`paragraphs`, :func:`sentences`, :func:`discourse.clean.clean_document`,
    :func:`discourse.find_quote_spans`, the frame matcher) reads its text so: the same text with LF, CR LF or CR
    line ends gives the same paragraphs, sentences, set-aside spans, quotations, speakers and counts, and the
    offsets still point into the text as given (the corpus text is never changed). A text without a CR is
    returned as it is. "\\r\\r\\n" is two line ends, as Python reads it.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


# ------------------------------------------------------------------------------------------ paragraphs
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")
_NONBLANK_LINE = re.compile(r"[^\n]+")
# a run of lines that each hold a non-space character. Written so that it cannot backtrack: the white space
# before the line's first visible character and the rest of the line are taken possessively, and a try never
# starts inside a run of white space (it would fail where a try from the run's first character failed). The
# former "(?:[^\n]*\S[^\n]*(?:\n|$))+" took time quadratic in the length of a line of white space (a text
# with a blank line and one line of 20,000 spaces: 4.6 s; benchmarks/probe_scaling.py); the spans are the
# same (compared on 200,000 random strings of white space of every kind, tests/test_scaling_hostile.py).
_PARA_BLOCK = re.compile(r"(?<![^\S\n])(?:[^\S\n]*+\S[^\n]*+(?:\n|$))+")


# Closed captions of television news mark each change of speaker with ">>" at the head of a caption row and each
# change of story with ">>>" (the convention of US real-time captioning, in the CEA-608 era and since; the DCMP
# Captioning Key, "Speaker Identification": ">>" for a change of speaker where the speaker is not named), and wrap
# their words into rows of at most 32 characters (CEA-608's caption grid). A row's end is the display's, not the
# text's: a turn runs from its marker to the next one, and "FACIAL" / "RECOGNITION" on two rows are one phrase.
# A text is read so when at least two rows open with ">>" and none with a single ">" (Markdown's and e-mail's
# block quotation, whose nested form ">>" sits under a ">" of its outer level); a Python session's ">>>" prompts
# alone are not enough.
_CAPTION_MARK = re.compile(r"^[ \t]*(>>>?)(?=[ \t]+\S)", re.MULTILINE)
_SINGLE_MARK = re.compile(r"^[ \t]*>(?!>)", re.MULTILINE)


def caption_turn_marks(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every ">>" / ">>>" turn marker of a closed-caption text (see the comment above), or an
    empty list when ``text`` is not one."""
    if ">>" not in text:
        return []
    text = line_feed_view(text)
    marks = [(m.start(1), m.end(1)) for m in finditer_lines(_CAPTION_MARK, text)]
    if sum(1 for s, e in marks if e - s == 2) < 2 or _SINGLE_MARK.search(text):
        return []
    return marks


# A live blog (rolling coverage: the Guardian's, the BBC's, CNN's "live updates") is a run of entries, newest first,
# each opened by its time stamp on a line of its own: a clock time with its zone ("14.32 BST", "14:32 GMT", "9:15 a.m.
# ET"), a relative time ("2h ago", "23 min ago"), or the page's own "Updated at 09.15 BST" (Thurman & Walters 2013,
# "Live blogging - digital journalism's pivotal platform?", Digital Journalism 1(1), on the genre's reverse-
# chronological, time-stamped posts). Such a line is the page's furniture, not a sentence of the author, and the line
# where an entry begins: what stands above it was written later, not before (see discourse._speakers). A text is
# read so only where two lines or more are stamps and one of them at least is marked as a time (a zone, a.m./p.m.,
# "ago", "Updated"): a column of bare decimals ("14.32" / "15.10") is no live blog, nor is an article with one
# "Updated at" line.
_LIVE_ZONE = r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|[ECMP][SD]?T|AEST|AEDT|ACST|AWST|NZST|NZDT|IST|JST|KST|HKT|SGT|WIB)"
_LIVE_CLOCK = (r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?P<ampm>[ \t]*(?i:[ap]\.?m\.?))?"
               rf"(?P<zone>[ \t]+{_LIVE_ZONE})?")
_LIVE_AGO = r"(?P<ago>\d{1,3}[ \t]*(?i:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)[ \t]+(?i:ago))"
_LIVE_DAY = (r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?[ \t]+)?"
             r"(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{4})?,?[ \t]+)?")
LIVE_STAMP = re.compile(
    rf"^[ \t]*(?P<stamp>(?P<label>(?i:updated|posted|published|last[ \t]+updated)(?:[ \t]+(?i:at|on))?:?[ \t]+)?"
    rf"{_LIVE_DAY}(?:{_LIVE_CLOCK}|{_LIVE_AGO}))[ \t]*$", re.MULTILINE)


def live_blog_stamps(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every entry time stamp of a live blog (a line that is only a time, see the comment
    above), in text order; an empty list when ``text`` is no live blog. Cleaning sets them aside
    (:func:`discourse.clean.clean_document`), and the speaker rules read each as the start of an entry."""
    if not isinstance(text, str) or not any(c in text for c in ":."):
        return []
    text = line_feed_view(text)
    found = list(finditer_lines(LIVE_STAMP, text))
    if len(found) < 2 or not any(m.group("ampm") or m.group("zone") or m.group("ago") or m.group("label")
                                 for m in found):
        return []
    return [(m.start("stamp"), m.end("stamp")) for m in found]


_AGO_MINUTES = {"s": 1 / 60, "m": 1, "h": 60, "d": 1440}


def newest_first(text: str, stamps: list[tuple[int, int]]) -> bool:
    """Do the live blog's entry stamps ``stamps`` (:func:`live_blog_stamps`) run newest first, as a live page sets
    them? Each kind is compared with itself, clock times in page order and relative times ("2h ago"): True where
    more steps go back in time than forward, or where no two stamps can be compared (the genre's order); False for
    an archive set oldest first ("as it happened" pages, the Guardian's "oldest first" view), where the entry above
    was written before."""
    clocks: list[float] = []
    ages: list[float] = []
    for s, _ in stamps:
        m = LIVE_STAMP.match(text, text.rfind("\n", 0, s) + 1)
        if m is None:
            continue
        if m.group("ago"):
            n, unit = re.match(r"(\d+)\s*([a-z])", m.group("ago").lower()).groups()
            ages.append(int(n) * _AGO_MINUTES.get(unit, 1))
            continue
        h, mi = re.search(r"(\d{1,2})[:.](\d{2})", m.group("stamp")[len(m.group("label") or ""):]).groups()
        hour = int(h) % 12 + (12 if (m.group("ampm") or "").strip().lower().startswith("p") else 0) \
            if m.group("ampm") else int(h)
        clocks.append(hour * 60 + int(mi))
    back = sum(b < a for a, b in pairwise(clocks)) + sum(b > a for a, b in pairwise(ages))
    forward = sum(b > a for a, b in pairwise(clocks)) + sum(b < a for a, b in pairwise(ages))
    return back >= forward


def _caption_turns(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs of a closed-caption text: its lines joined from one turn marker to the next (a blank line also
    ends a paragraph)."""
    starts = {text.rfind("\n", 0, s) + 1 for s, _ in marks}  # the rows that open with a marker
    out: list[tuple[int, int]] = []
    for s, e in _trimmed(text, _NONBLANK_LINE):
        row = text.rfind("\n", 0, s) + 1
        if out and row not in starts and text.count("\n", out[-1][1], s) == 1:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# A subtitle file's cue (SubRip, W3C WebVTT) is what is shown on screen at once, cut to reading speed, not a
# paragraph: a sentence runs on over several cues (the BBC Subtitle Guidelines, "Breaking between subtitles"), so the
# cues of a sentence are one paragraph, from its first cue's text to its last's, up to a cue whose text ends a
# sentence. The counters and timing lines between them are set aside by cleaning (discourse.clean), so their tokens
# are not counted.
SUBTITLE_TIME = r"(?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
SUBTITLE_TIMING = re.compile(rf"^[ \t]*{SUBTITLE_TIME}[ \t]+-->[ \t]+{SUBTITLE_TIME}(?:[ \t][^\n]*)?$", re.MULTILINE)

# The speaker label of a machine transcript's turn, as speaker diarisation writes it: pyannote.audio's "SPEAKER_00"
# (and WhisperX's, which uses pyannote), Otter.ai's, Rev's and Descript's "Speaker 1", Amazon Transcribe's "spk_0";
# at a line's head, after an optional time code ("00:00:05 SPEAKER_01:", "[00:12:31] Speaker 2:"), closed by a colon
# or, as Otter.ai writes it, by the turn's time and the line's end ("Speaker 1  0:03" above the turn's words). The
# label names a voice the recogniser told apart, not a role: each such line opens a turn of that voice.
_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
DIARISATION_LABEL = re.compile(
    rf"[ \t]*(?:(?P<time>[\[(]?{_CLOCK}[\])]?)[ \t]+)?(?P<lab>SPEAKER_\d{{1,3}}|SPEAKER[ \t]\d{{1,3}}"
    rf"|[Ss]peaker[ \t]\d{{1,3}}|spk_\d{{1,3}})"
    rf"(?:[ \t]*:[ \t]*|[ \t]+(?P<time_after>[\[(]?{_CLOCK}[\])]?)[ \t]*(?:\n|:[ \t]*)|[ \t]*\n)")
#: the same at the head of every line (cleaning sets aside the time codes in the groups ``time`` and ``time_after``)
DIARISATION_LINE = re.compile("^" + DIARISATION_LABEL.pattern, re.MULTILINE)


def _subtitle_cues(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs of a subtitle file (see the comment above) from its blank-line blocks ``spans``: a cue's text
    is the block after its timing line; consecutive cues are joined until one ends a sentence; blocks without a
    timing line (a header, a note) are paragraphs of their own."""
    out: list[tuple[int, int]] = []
    open_ = False  # does the last paragraph hold a cue whose sentence runs on?
    for s, e in spans:
        m = SUBTITLE_TIMING.search(text, s, e)
        if m is None:
            out.append((s, e))
            open_ = False
            continue
        cs = m.end() + len(text[m.end():e]) - len(text[m.end():e].lstrip())
        if cs >= e:
            continue  # a cue with no text
        if open_:
            out[-1] = (out[-1][0], e)
        else:
            out.append((cs, e))
        open_ = not _ends_sentence(text, cs, e)
    return out


def check_text(text: object) -> str:
    """``text`` if it is one document's text (a str), else a TypeError naming the parameter and the fix."""
    return check_type("text", text, str, "a str (one document's text; for a corpus use dc.tokenize(corpus), "
                      "for bytes decode them first)")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans ``(start, end)`` of a text, trimmed of outer white space.

    When the text contains a blank line anywhere, blank lines separate paragraphs (and single line breaks
    inside a paragraph are wrapped lines); otherwise every non-empty line is a paragraph (the convention
    of most web-scraped news text), unless the text is hard-wrapped. The compiled kernel
    (``paragraph_spans`` in discourse/_kernel.c) reads the lines in one pass; :func:`_paragraphs_pattern` is
    its twin (the same spans, tests/test_matcher_kernel.py). Two steps on their spans follow
    (:func:`_rewrap`, linear in the number of lines):

    - **Hard-wrapped text.** Text cut into lines of a fixed width with no blank line (PDF and OCR text; the UN
      General Debate speeches of many years) would otherwise make every line a paragraph, so phrases, kwic
      and sentence rules never see across a line end ("human \\nrights"). A line *ends a sentence* when
      its last visible character, after any closing quotation marks and brackets, is ``.``, ``!``, ``?``,
      ``…``, ``:`` or another script's sentence end ('。', '؟', '।', ...), and it does not end in a title
      ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Messrs."). A line break *runs on* when the line before
      does not end a sentence and the line after begins with a lowercase letter. A text without a blank
      line is hard-wrapped when more than 55 % of the line breaks between its non-empty lines run on; then
      consecutive lines are one paragraph unless the first ends a sentence and the second does not begin
      in lowercase (a sentence does not), and, where the text marks paragraphs by indenting their first
      line (more than half of the breaks after a sentence end go on with an indented line, as in the UN
      speeches of 2007), unless the second is also indented, or opens with a clause number of two levels or more
      ("3.1 The Contractor ...", "3.2.1 ..."; ``_CLAUSE_NUMBER``): contracts, tenders and standards number their
      clauses so (decimal numbering, e.g. Butt & Castle, *Modern Legal Drafting*, on numbering provisions), the
      numbers are the text's own paragraph starts, and the breaks before them are left out of the 55 % (a contract of
      short clauses exported from PDF had not been read as wrapped: every line a paragraph). Both conditions of a run-on break are needed:
      web pages with one paragraph per line have headlines, bylines, menus, list items and datasheet lines
      without final punctuation, often more than half of their lines, but the lines after them are
      capitalised (none of the 1,280 pages of benchmarks/data/blind_framing is hard-wrapped by this rule; 152
      would be without the lowercase condition, 212 at one half), while in wrapped English text most line
      ends fall inside a sentence, before a lowercase word. Of the UN speeches read line by line, 584 have
      0.59 to 0.89 of their breaks run on, all others at most 0.41 (most below 0.1; the pages at most 0.29);
      the margin above one half keeps text that alternates line by line (a word per line,
      "Mass\\nsurveillance\\n" repeated) one paragraph per line. Text of a script without case
      is never called hard-wrapped.
    - **Closed captions.** In a text whose caption rows open with the turn markers ">>" / ">>>" (see
      :func:`caption_turn_marks`), a paragraph is a turn: its rows from one marker to the next, the row ends being
      the caption display's (rows of at most 32 characters), not the text's.
    - **Subtitle files.** In a text with a SubRip or WebVTT timing line, a paragraph is the text of the cues of one
      sentence: a cue's text joins the next cue's unless it ends a sentence (see :data:`SUBTITLE_TIMING`).
    - **Page breaks.** A form feed or vertical tab in the white space between two lines (a PDF page break,
      mostly a line of its own, with or without blank lines around it: 82 % of the UN speeches of 2015, 99 %
      of 2013) is not a paragraph break. A run of blank lines that holds one belongs to the page break and
      does not make a text use the blank-line convention: a text whose only blank lines are page breaks is
      read line by line (and may be hard-wrapped). Nor does a page break separate paragraphs by itself: the
      page ended where the text was cut, mid-sentence as often as not, so the text on either side of it is
      one paragraph unless the line before ends a sentence and the line after does not begin in lowercase
      (the rule of the lines of hard-wrapped text, in either convention). Lines a PDF repeats on every page
      (running heads, page numbers, document symbols: :func:`page_furniture`) at the break belong to it: the
      lines before and after them decide, and a paragraph neither starts nor ends with them. They stay inside
      the paragraph that runs on across the break; cleaning sets them aside as spans
      (:func:`discourse.clean.clean_document`, rules ``running-head`` and ``page-number``), so that tokens
      leave them out.

    ``text`` must be a str: anything else is a TypeError naming the parameter (the compiled scan had raised
    its own "argument 1 must be str, not int", the pure-Python one re's "expected string").
    """
    text = line_feed_view(check_text(text))
    marks = caption_turn_marks(text)
    if marks:
        return _caption_turns(text, marks)
    spans = _KERNEL_PARAGRAPHS(text) if _KERNEL_PARAGRAPHS is not None else _paragraphs_pattern(text)
    if len(spans) < 2:
        return spans
    if "-->" in text and SUBTITLE_TIMING.search(text):
        return _subtitle_cues(text, spans)
    return _rewrap(text, spans)


def _paragraphs_pattern(text: str) -> list[tuple[int, int]]:
    """The paragraph spans of the compiled kernel with the patterns: blank lines by ``_BLANK``, paragraphs by
    ``_PARA_BLOCK`` or ``_NONBLANK_LINE``, trimmed (before :func:`paragraphs`' steps)."""
    return _trimmed(text, _PARA_BLOCK if _BLANK.search(text) else _NONBLANK_LINE)


def _trimmed(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


# the titles after which a line that ends with a period does not end a sentence ("Mr.\nKofi Annan")
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "messrs"})


def _ends_sentence(text: str, s: int, e: int) -> bool:
    """Whether the line (or paragraph) ``text[s:e]`` (trimmed) ends a sentence: its last character, after
    closing quotation marks and brackets, a sentence end (:data:`_LINE_END`), and not the period of a title."""
    while e > s and text[e - 1] in _CLOSER_SET:
        e -= 1
    if e == s or _LINE_END.match(text, e - 1) is None:
        return False
    if text[e - 1] != ".":
        return True
    w = e - 1
    while w > s and not text[w - 1].isspace() and e - w < 8:
        w -= 1
    return text[w:e - 1].lower() not in _TITLES


# ------------------------------------------------------------------------------------------ PDF page furniture
# Text extracted from a PDF (pdftotext, PyPDF) separates its pages with a form feed (or a vertical tab), and
# repeats on every page what the layout prints in the margins: a running head ("Human Rights Watch | March
# 2021"), a footer with the page number ("City Strategy 2030   7", "Page 3 of 12"). Read as text, each copy
# counted once more (a vendor's running head "Safe City Solutions" gave a promotional hit per page) and cut
# sentences and quotations that run on across the page break. Such lines are told from the text by where they
# stand and that they repeat: among the first or last lines of a page, the same line up to its numbers (the
# page number) at the edge of several pages, as header and footer detection of PDF text does (Lin 2003,
# "Header and footer extraction by page-association", Proc. SPIE 5010: lines at the top and bottom of pages
# compared across pages with their digits ignored). A line of a page number alone at a page's edge is one too.
_PAGE_BREAK = re.compile(r"[\f\v]")
_PAGE_EDGE_LINES = 3      # lines looked at from the top and from the bottom of each page
_MIN_PAGES = 3            # a line repeated at the edges of 3 pages (or of every page of a 2-page text)
_KEY_DIGIT = re.compile(r"\d")
_KEY_PUNCT = re.compile(r"[^\w\s]|_")
# "45", "- 45 -", "Page 3", "Page 3 of 12", "3/12", "iv": a page number alone on its line. Roman numerals in lower
# case only, as front matter numbers its pages: a capital "I" alone on a page's first line is the pronoun of a
# sentence the line break cut ("I\nbring to all warm greetings", UN General Debate speeches of 2013)
_PAGE_NUMBER = re.compile(r"^(?:(?i:page)\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[ivxlc]{1,7}$|^[-–—]\s*\d{1,4}\s*[-–—]$")


def line_key(line: str) -> str:
    """The form under which two lines count as the same line: case-folded, every digit written ``0``,
    punctuation (and ``_``) read as a space, runs of white space as one space, stripped.

    So "© 2019 Acme Corp." and "(c) 2020 ACME Corp" are one line, as CCNet normalises paragraphs before
    hashing them (Wenzek et al. 2020, section 3.3: lower case, numbers replaced by a placeholder, punctuation
    removed); a changing year or page number does not hide a repeated notice.
    """
    return " ".join(_KEY_PUNCT.sub(" ", _KEY_DIGIT.sub("0", line.casefold())).split())


def _furniture_key(line: str) -> str:
    """The form under which two page-edge lines are one: the words of :func:`line_key` that are not numbers, so
    that a running head with the page number after it ("Report 2021   45") and without ("Report 2021") are one
    line; in sorted order, since facing pages mirror their heads ("A/70/PV.15 28/09/2015" on a right-hand page,
    "28/09/2015 A/70/PV.15" on a left-hand one). A line of numbers only ("16/23 15-29595": the page and the
    document's job number) keeps the shape of its numbers ("0000 00 00 00000" sorted)."""
    key = line_key(line).split()
    words = [w for w in key if w.strip("0")]
    return " ".join(sorted(words or key))


def _page_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the visible content of every line of ``text[start:end]`` (one page) that is not blank."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line = text[pos:stop]
        body = line.strip()
        if body:
            s = pos + len(line) - len(line.lstrip())
            out.append((s, s + len(body)))
        pos = stop + 1
    return out


def page_furniture(text: str) -> list[tuple[str, int, int]]:
    """(rule, start, end) of the running heads and footers (``running-head``) and lone page numbers
    (``page-number``) of a text with page breaks (form feeds or vertical tabs), in text order; nothing for a text
    without one. Cleaning sets them aside (:func:`discourse.clean.clean_document`), and :func:`paragraphs` reads
    them as part of the page break they stand at."""
    text = line_feed_view(text)
    if "\f" not in text and "\v" not in text:  # (str.find, 50x faster than the class scan)
        return []
    breaks = [m.start() for m in _PAGE_BREAK.finditer(text)]
    if not breaks:
        return []
    bounds = list(zip([0] + [b + 1 for b in breaks], breaks + [len(text)], strict=True))
    edges = []  # per page: its first and last lines
    for ps, pe in bounds:
        lines = _page_lines(text, ps, pe)
        k = min(_PAGE_EDGE_LINES, (len(lines) + 1) // 2)
        # (place from the page's top or bottom edge, line)
        edges.append([(j, sp) for j, sp in enumerate(lines[:k])]
                     + [(j, sp) for j, sp in enumerate(lines[::-1][:k]) if sp not in lines[:k]])
    pages_of: dict[str, set[int]] = {}
    for i, page in enumerate(edges):
        for _, (s, e) in page:
            key = _furniture_key(text[s:e])
            if key:
                pages_of.setdefault(key, set()).add(i)
    need = min(_MIN_PAGES, len(bounds))
    found = []
    for page in edges:
        for j, (s, e) in page:
            line = text[s:e]
            key = _furniture_key(line)
            if len(pages_of.get(key, ())) >= need:
                found.append(("page-number" if not key.strip("0 ") else "running-head", s, e))
            elif j < 2 and _PAGE_NUMBER.match(line):  # the outermost line, or the one inside a running head
                found.append(("page-number", s, e))
    return sorted(set(found), key=lambda f: f[1])


# a run of blank lines (lines of white space), possessive so that it cannot backtrack; a page break when it holds
# a form feed or vertical tab
_BLANK_RUN = re.compile(r"\n(?:[ \t\r\f\v]*+\n)++")


def _without_furniture(text: str, spans: list[tuple[int, int]], furniture: list[tuple[str, int, int]]
                       ) -> list[tuple[int, int]]:
    """``spans`` without the running heads and page numbers at their start and end (:func:`page_furniture`): they
    belong to the page break they stand at, so the text on either side of it is joined as if they were not there
    ("... any form of mass" / "City Strategy 2030   1" / page break / "City Strategy 2030" / "surveillance in the
    city ..."); a span of nothing else is no paragraph."""
    if not furniture:
        return spans
    end_of = {s: e for _, s, e in furniture}
    start_of = {e: s for _, s, e in furniture}
    out = []
    for s, e in spans:
        while s < e and s in end_of:
            s = end_of[s]
            while s < e and text[s].isspace():
                s += 1
        while e > s and e in start_of:
            e = start_of[e]
            while e > s and text[e - 1].isspace():
                e -= 1
        if e > s:
            out.append((s, e))
    return out


# Headline-style capitalisation capitalises every word but the articles, the coordinating conjunctions and the
# prepositions (Chicago Manual of Style, 17th ed., 8.159; the AP Stylebook, "headlines", lowers the same short
# words), and "to" and "as" (8.159, rules 4-5)
_HEADING_MINOR = frozenset(
    "a an the and but or nor for so yet as to at by in of off on per up via vs v from into onto over out than "
    "upon with amid".split())
_HEADING_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_HEADING_MIN_WORDS = 3
_HEADING_OPENS = re.compile(r"[^\W_]")  # the first letter or digit of a line
_NEXT_WORD = re.compile(r"\S+")


def _heading_line(text: str, s: int, e: int) -> bool:
    """Is the line ``text[s:e]`` a heading: at least three words, all in headline-style capitals (Title Case or
    ALL CAPS; the minor words of :data:`_HEADING_MINOR` may be in lower case but not the first) and no sentence end
    at its close (headlines take no full stop: AP Stylebook, "headlines"; Guardian and Observer style guide,
    "headlines")?"""
    if _ends_sentence(text, s, e):
        return False
    words = _HEADING_WORD.findall(text, s, e)
    if len(words) < _HEADING_MIN_WORDS or not words[0][0].isupper():
        return False
    if words[-1].lower() in _HEADING_MINOR:
        return False  # "The Conference on Environment and": a name that a line break cut, not a headline
    return all(w[0].isupper() or w.lower() in _HEADING_MINOR for w in words)


def _would_fit(text: str, s: int, e: int, ns: int, measure: int) -> bool:
    """Would the first word of the line at ``ns`` have fitted on the line ``text[s:e]`` within ``measure``
    characters? A line that a filling line breaker (a word processor, a PDF's layout, fixed-width e-mail and wire
    copy) ended is ended because its next word would not fit (Knuth & Plass 1981, "Breaking paragraphs into
    lines"): where that word would have fitted, the line was ended by its writer, as a heading is."""
    m = _NEXT_WORD.match(text, ns)
    word = len(m.group()) if m is not None else 0
    return (e - s) + 1 + word <= measure


def _measure(text: str, s: int, e: int) -> int:
    """The length of the longest line of ``text[s:e]`` (the measure of a wrapped paragraph)."""
    return max(len(line.rstrip()) for line in text[s:e].split("\n"))


def _filled(text: str, s: int, e: int, measure: int) -> bool:
    """Is every line of ``text[s:e]`` but the last filled to ``measure`` (its next line's first word would not have
    fitted on it, :func:`_would_fit`)? Then the text was wrapped at a fixed measure, and a line that is not filled was
    ended by its writer. Text set in a proportional font (PDF and OCR text such as the UN speeches) has lines of
    varying length, some of which the test takes for unfilled: there the test tells nothing."""
    ls = s
    nl = text.find("\n", ls, e)
    while nl != -1:
        le = nl
        while le > ls and text[le - 1].isspace():
            le -= 1
        ns = nl + 1
        while ns < e and text[ns].isspace():
            ns += 1
        if ns >= e:
            break
        if _would_fit(text, ls, le, ns, measure):
            return False
        ls = ns
        nl = text.find("\n", ls, e)
    return True


def _split_headings(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (paragraphs of blank-line text) with the heading lines at the head of a paragraph made paragraphs
    of their own.

    A headline (or section heading) set on the line right above its first paragraph, with one line break and not
    a blank line, would otherwise be a wrapped line of that paragraph: one sentence with the lede, as it has no full
    stop, and a sentence whose Title Case words were read as names (every frame word of "Privacy Fears Grow Over
    Innovative Smart City Cameras" taken for part of a name, since the lede in lower case showed the sentence was
    not in headline case). A line is a heading (:func:`_heading_line`: three words or more, all in headline-style
    capitals, no sentence end) when the line after it opens with a capital and is no heading itself: the text it
    heads is running text, whose content words are not all capitalised (so an all-capitals text wrapped in lines,
    or a kicker above its headline, stays one paragraph). A wrapped line of running prose can be in Title Case from
    end to end where a name runs over the line break ("The United Nations Conference on Sustainable" /
    "Development (Rio+20), held in June ...", UN General Debate speeches): such a line is filled to the measure of
    its paragraph, so the next line's first word would not have fitted on it (:func:`_would_fit`), or it ends in a
    word that no headline ends in ("and", "of", "the"); and where the lines below are not all filled to one measure
    (:func:`_filled`: a proportional font's lines vary in length) the fit tells nothing and the line stays joined.
    Headings in sentence case ("Smart city cameras raise privacy fears") are not told from a
    wrapped line by their shape and stay joined."""
    out: list[tuple[int, int]] = []
    for ps, pe in spans:
        ls = ps
        while True:
            nl = text.find("\n", ls, pe)
            if nl == -1:
                break
            le = nl
            while le > ls and text[le - 1].isspace():
                le -= 1
            if not _heading_line(text, ls, le):
                break
            ns = nl + 1
            while ns < pe and text[ns].isspace():
                ns += 1
            ne = text.find("\n", ns, pe)
            ne = pe if ne == -1 else ne
            if _heading_line(text, ns, ne):
                ls = ns  # a heading over a heading (a kicker over its headline): read on
                continue
            first = _HEADING_OPENS.search(text, ns, ne)
            if first is None or first.group().islower():
                break  # a line that goes on in lower case runs on: a wrapped line
            measure = _measure(text, ls, pe)
            if not _would_fit(text, ls, le, ns, measure) or not _filled(text, ns, pe, measure):
                break  # a line filled to the paragraph's measure (a name cut by the line break), or no fixed measure
            out.append((ps, le))
            ps = ls = ns
        out.append((ps, pe))
    return out


# a line that opens with the number of a clause in decimal numbering, two levels or more ("3.1 ", "3.2.1 ", "12.4. "),
# as contracts, tenders and standards number their clauses; not a single number ("1975 by ...", "2. The ...", which a
# wrapped line and a numbered list open alike)
_CLAUSE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?[ \t]+(?=[A-Z(\"\u201c'])")


def _rewrap(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """:func:`paragraphs`' steps on the spans of the kernel (or its twin): the lines of a text whose only
    blank lines belong to page breaks, read one by one; the lines of a hard-wrapped text and the text on
    either side of a page break joined unless a sentence ends there (the rules in :func:`paragraphs`); in text
    that separates paragraphs by blank lines, a heading on the line above its paragraph split off
    (:func:`_split_headings`)."""
    pages = "\f" in text or "\v" in text
    blank = _BLANK.search(text) is not None
    if blank and not pages:
        return _split_headings(text, spans)
    if blank and all("\f" in r or "\v" in r for r in _BLANK_RUN.findall(text)):
        blank = False  # every blank line belongs to a page break: read the text line by line
        spans = _trimmed(text, _NONBLANK_LINE)
    if pages:
        spans = _without_furniture(text, spans, page_furniture(text))
    if len(spans) < 2:
        return spans
    n = len(spans) - 1  # the breaks
    lower = [text[s].islower() for s, _ in spans]
    ends = None
    wrapped = indented = False
    # the breaks before a numbered clause ("3.1 The Contractor ...") are the text's own paragraph starts: they tell
    # nothing of whether its lines were wrapped, and a wrapped text's numbered clause opens a paragraph
    clause = [_CLAUSE_NUMBER.match(text, s) is not None for s, _ in spans] if not blank else [False] * (n + 1)
    m = n - sum(clause[1:])  # the breaks that may run on
    if not blank and 20 * (sum(lower) - lower[0]) > 11 * m:  # a bound: the lines after a run-on break are lowercase
        ends = [_ends_sentence(text, s, e) for s, e in spans]
        wrapped = 20 * sum(1 for i in range(1, n + 1) if lower[i] and not ends[i - 1]) > 11 * m
        if wrapped:
            after = [text[spans[i][0] - 1] != "\n" for i in range(1, n + 1) if ends[i - 1] and not lower[i]]
            indented = 2 * sum(after) > len(after)
    if not wrapped and not pages:
        return spans
    out: list[tuple[int, int]] = []
    cs, ce = spans[0]
    for i in range(1, n + 1):
        s, e = spans[i]
        if wrapped or "\f" in text[ce:s] or "\v" in text[ce:s]:  # a line break of wrapped text, a page break
            ended = ends[i - 1] if ends is not None else _ends_sentence(text, spans[i - 1][0], ce)
            if i == 1 and not ended and not lower[i] and _heading_line(text, *spans[0]) \
                    and not _heading_line(text, s, e) and _would_fit(text, *spans[0], s, max(b - a for a, b in spans)):
                # a headline above its text (_split_headings); only at the text's head: in the middle of a wrapped
                # speech a line after a sentence's end is in Title Case where it holds a name ("The United Nations
                # Conference on Straddling Fish" / "Stocks and ..."), and such texts' lines vary in length
                ended = True
            if (not ended or lower[i] or (indented and text[s - 1] == "\n")) and not (wrapped and clause[i]):
                ce = e
                continue
        out.append((cs, ce))
        cs, ce = s, e
    out.append((cs, ce))
    return out


# ------------------------------------------------------------------------------------------ sentences
# (with the locators of scholarly citations: "p." and "pp." for pages, "para." and "paras." for paragraphs, "chap."
# and "sec." for chapters and sections, as APA 7 (8.13, 8.28) and the Chicago Manual (15.48) write them in "(Lyon,
# 2003, p. 12)" and "Graham and Wood (2003, p. 228) note"; without "p", every such citation ended its sentence
# at "p." and cut the reporting clause from the words it reports)
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres amb "
    "u.s u.k u.n e.u u.s.a a.i p.m a.m e.g i.e etc vs cf al approx dept est fig inc ltd co corp plc "
    "no nos vol pp ed eds jan feb mar apr jun jul aug sep sept oct nov dec "
    "p para paras chap sec".split()
)


#: abbreviations of the parts of a text that a citation locates by number ("Art. 5(1)(h)", "para. 12", "s. 8(4)",
#: "Sch. 2", "p. 5", "n. 3"): the subdivisions of The Bluebook's table T16 and the abbreviations for legislation
#: of OSCOLA (4th ed., 2012), lower case. Not Punkt abbreviations, since most are also words or letters that end
#: sentences ("public art.", "the letter s."): their full stop goes on with the sentence only before the number
#: (:func:`_join_locators`), or before "No." and the number ("Pat. No. 9,876,543"). "No."/"nos.", "vol." and "pp." are
#: in :data:`ABBREVIATIONS` already.
LOCATOR_ABBREVIATIONS = frozenset(
    "art arts para paras subpara subparas sec secs s ss ch chs cl cls pt pts r rr reg regs sch schs p n nn fn fns "
    "rec recs bk tit ser app annot amend subdiv tbl fol decl pmbl princ cmt "
    # the citation of patents and their drawings: "U.S. Pat. No. 9,876,543", "U.S. Pat. App. Pub. No. 2015/0123456"
    # (The Bluebook's table T6: "Pat." patent, "Pub." publication), "Appl. No. 14/555,123", "Ser. No. 13/123,456"
    # (the application number, MPEP 503), "FIGS. 3A and 3B" (37 CFR 1.84(u): drawings are cited by figure number)
    "pat pats appl pub figs".split()
)
#: what may stand between a locator abbreviation and its number: "No."/"Nos." and further locators ("U.S. Pat. App.
#: Pub. No. 2015/0123456"), each a sentence of its own for Punkt
_LOCATOR_CHAIN = re.compile(r"((?:[A-Za-z]{1,7}\.[ \t]+)+)\(?\d")
_CHAIN_WORDS = frozenset({"no", "nos"})
# the word before a sentence's final full stop (the sentence's last characters) and what opens the next one: a
# number in Arabic digits, or one in parentheses ("Art. (5)"), or a Roman numeral in capitals ("Art. IV")
_LOCATOR_BEFORE = re.compile(r"(?<![\w.])([A-Za-z]{1,7})\.$")
_LOCATOR_NUMBER = re.compile(r"\(?\d")
_ROMAN_NUMBER = re.compile(r"[IVXLC]+(?![\w])")


# the number of an item of a numbered list or of a patent's claim at the start of its line, "1.", "12." (Chicago Manual
# of Style, 17th ed., 6.130: the numerals of a vertical list are followed by a period; 37 CFR 1.75(f): claims are
# numbered consecutively in Arabic numerals): Punkt takes its full stop for a sentence end, so every item had been
# two sentences, its number one of its own. It labels the item's sentence and is joined to it (on the same line)
_ENUMERATOR = re.compile(r"\d{1,3}\.")
# such a number at the end of a sentence of Punkt's, on a line of its own start ("What is claimed is:\n1.")
_TRAILING_ENUMERATOR = re.compile(r"\n[ \t]*(\d{1,3}\.)$")


def _opens_line(text: str, i: int) -> bool:
    """Is ``text[i]`` the first character of its line but for spaces and tabs?"""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] == "\n"


def _join_enumerators(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the number of a list item or claim that opens its line ("1.", "12.": :data:`_ENUMERATOR`)
    joined to the sentence after it on the same line: "1. A method comprising ..." is one sentence, also where
    Punkt had ended the line before with it ("What is claimed is:\n1.")."""
    out = [spans[0]]
    for s, e in spans[1:]:
        ps, pe = out[-1]
        if pe - ps <= 4 and _ENUMERATOR.fullmatch(text, ps, pe) is not None and _opens_line(text, ps) \
                and "\n" not in text[pe:s]:
            out[-1] = (ps, e)
            continue
        if text[pe - 1] == "." and "\n" not in text[pe:s] and \
                (m := _TRAILING_ENUMERATOR.search(text, max(ps, pe - 6), pe)) is not None and m.start() > ps:
            # "What is claimed is:\n1." / "A method ...": the number that opens the next line goes with its item
            out[-1] = (ps, m.start())
            out.append((m.start(1), e))
            continue
        out.append((s, e))
    return out


def _chain_to_number(text: str, s: int) -> bool:
    """Does ``text`` at ``s`` open with "No."/"Nos." or locator abbreviations and then a number ("No. 9,876,543",
    "App. Pub. No. 2015/0123456")? Then the locator before it, capitalised as citations write it ("Pat.", "Ser."),
    is not the end of a sentence either ("went to the pub. No. 5 was closed" stays two)."""
    m = _LOCATOR_CHAIN.match(text, s)
    if m is None:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", m.group(1))]
    return all(w in _CHAIN_WORDS or w in LOCATOR_ABBREVIATIONS for w in words)


#: a note reference flattened into the text after a sentence's final mark ("... improved public safety.12 The
#: Special Rapporteur ..."): a word of two letters or more, the mark (and a closing quotation mark or bracket), one
#: to three digits, then white space and a capital or an opening mark, or the end; not a part of a document symbol
#: after a slash ("AHG/Res.103 (XVIII)")
_NOTE_REFERENCE = re.compile(r"(?<![\w./])([^\W\d_]{2,})([.!?][\"”’')\]]?)(\d{1,3})(?=\s+[\"“‘(\[]?[A-Z]|\s*$)")


def note_reference_after(text: str, i: int) -> int:
    """Where the note reference number that stands right after the sentence end at ``text[i - 1]`` ends, or -1.

    A note reference follows the punctuation of the sentence it annotates (Chicago Manual 14.26: "A note number
    should generally be placed at the end of a sentence or at the end of a clause ... it follows any punctuation mark
    except for the dash"; the UN Editorial Manual sets footnote indicators so too). Set as a superscript, it loses its
    size when the text is copied from a PDF or a web page, "public safety.12 The Special Rapporteur ...", and the
    full stop then stands before a digit as in a decimal: the sentence, and a reported clause in it, ran on into the
    next one (the State's summary "reported" the mandate holder's own next sentence). The digits are a note reference
    where a word of two letters or more that is no abbreviation before a number (:data:`ABBREVIATIONS`,
    :data:`LOCATOR_ABBREVIATIONS`: "para.12", "No.5", "p.3") comes before the mark, and white space and a capital
    follow them, or the end of the text."""
    j = i - 1
    while j > 0 and text[j] in "\"”’')]":
        j -= 1
    if j < 2 or text[j] not in ".!?" or i >= len(text) or not text[i].isdigit():
        return -1
    start = j
    while start > 0 and (text[start - 1].isalpha()):
        start -= 1
    m = _NOTE_REFERENCE.match(text, start)
    if m is None or m.end(2) != i or m.group(1).lower() in ABBREVIATIONS or \
            m.group(1).lower() in LOCATOR_ABBREVIATIONS:
        return -1
    return m.end(3)


def _split_at_note_references(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each sentence cut after the note reference that follows a sentence end inside it
    (:func:`note_reference_after`): the number stays with the sentence it annotates."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for m in _NOTE_REFERENCE_ANY.finditer(text, s, e):
            cut = note_reference_after(text, m.end())
            if cut > s and cut < e:
                nxt = cut
                while nxt < e and text[nxt].isspace():
                    nxt += 1
                if nxt < e:
                    out.append((s, cut))
                    s = nxt
        out.append((s, e))
    return out


#: a sentence end right before a digit (the candidates of :func:`note_reference_after`)
_NOTE_REFERENCE_ANY = re.compile(r"[^\W\d_][.!?][\"”’')\]]?(?=\d)")


def _join_locators(text: str, spans: list[tuple[int, int]], paras: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each sentence that ends in a locator abbreviation (:data:`LOCATOR_ABBREVIATIONS`) joined to the
    next when that opens with the abbreviation's number, in the same paragraph: "compliance with Art. 5(1)(h)" and
    "cf. para. 12 above" are one sentence each. Punkt takes the full stop of a word it does not know as an
    abbreviation for a sentence end whatever follows (nltk's first pass), so every such citation had been cut
    into two sentences, and a phrase, a negation or a reported clause stopped at the citation. A sentence does not
    open with a numeral (Chicago Manual of Style, 17th ed., 9.5: spell out a number at the start of a sentence), so
    a number after the stop continues the sentence; a Roman numeral does only after a capitalised abbreviation
    ("Art. IV", not "art. I disagree"), and a capital letter after the stop ("public art. The Board") still opens a
    sentence."""
    if len(spans) < 2:
        return spans
    starts = {s for s, _ in paras}
    out = [spans[0]]
    for s, e in spans[1:]:
        ps, pe = out[-1]
        if text[pe - 1] == "." and s not in starts:
            m = _LOCATOR_BEFORE.search(text, max(ps, pe - 9), pe)
            if m is not None and m.group(1).lower() in LOCATOR_ABBREVIATIONS and (
                    _LOCATOR_NUMBER.match(text, s) is not None
                    or (m.group(1)[0].isupper() and _ROMAN_NUMBER.match(text, s) is not None)
                    or (m.group(1)[0].isupper() and _chain_to_number(text, s))):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


# ellipsis points: three full stops or more, each right after the one before or after one space (the Chicago Manual of
# Style, 17th ed., 13.50-13.51, spaces them, ". . .", with no-break spaces where it can; news and web copy write "...");
# a full stop that ends the sentence before them counts as a fourth point ("agreed. . . .", 13.53)
_DOT_RUN = re.compile(r"\.(?:[ \u00a0\u202f]?\.){2,}")
_RUN_CLOSERS = "\"'\u201d\u2019)]\u00bb"  # closing marks a sentence end takes with it ('. . .\u201d')
_RUN_OPENERS = "\"'\u201c\u2018([\u00ab"


_POINTS = re.compile(r"[.\u2026](?:[ \u00a0\u202f]?[.\u2026])*")


def ellipsis_run(text: str, i: int) -> tuple[int, int, int] | None:
    """The ellipsis points that hold ``text[i - 1]``, as ``(start, end, points)``, or None where that character is no
    ellipsis point: three or more full stops, spaced or not (:data:`_DOT_RUN`), or a "\u2026", which counts three
    points, with a full stop before or after it counted too. ``points`` tells an omission inside a sentence (three)
    from a sentence's full stop and an omission after it (four or more; Chicago Manual of Style, 17th ed., 13.53)."""
    if i < 1 or text[i - 1] not in ".\u2026":
        return None
    a = i - 1
    while a > 0 and (text[a - 1] in ".\u2026" or (a > 1 and text[a - 1] in " \u00a0\u202f" and text[a - 2] in ".\u2026")):
        a -= 1
    m = _POINTS.match(text, a)
    run = m.group()
    points = run.count(".") + 3 * run.count("\u2026")
    return (m.start(), m.end(), points) if points >= 3 else None


def ellipsis_ends_sentence(text: str, i: int, end: int) -> bool | None:
    """Do the ellipsis points that hold ``text[i - 1]`` (:func:`ellipsis_run`) end a sentence, in ``text[:end]``?
    None where that character is no ellipsis point. Three points mark an omission inside a sentence (Chicago 13.51);
    four or more (a full stop and an ellipsis) end the sentence before them when closing marks, white space and a
    capital letter (after any opening mark) follow them (13.53), as :func:`sentences` takes them."""
    run = ellipsis_run(text, i)
    if run is None:
        return None
    _, k, points = run
    if points < 4:
        return False
    while k < end and text[k] in _RUN_CLOSERS:
        k += 1
    n = k
    while n < end and text[n].isspace():
        n += 1
    while n < end and text[n] in _RUN_OPENERS:
        n += 1
    return n > k and n < end and text[n].isupper()


def _join_ellipses(text: str, spans: list[tuple[int, int]], paras: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the sentence ends Punkt found inside or right after a run of ellipsis points (:data:`_DOT_RUN`)
    taken back, and a sentence end put after a run of four points or more before a capital letter.

    An ellipsis marks an omission (Chicago Manual of Style, 17th ed., 13.50-13.51): three points inside a sentence
    end nothing, and where the words before them end a sentence the sentence's full stop comes first, four points
    in all, and the next sentence opens with a capital (13.53). Punkt reads each spaced point as a word's full
    stop, so "install cameras . . . in every district" had been four sentences (a quotation of a UN document in
    every few speeches is written so), and a reported clause or a phrase stopped at the first point; written
    without spaces, "agreed.... The council" had been one sentence. A question or exclamation mark after the points
    (13.55) is Punkt's to decide, and a run at a paragraph's end joins no paragraphs."""
    runs = [(m.start(), m.end(), m.group().count(".")) for m in _DOT_RUN.finditer(text, spans[0][0], spans[-1][1])]
    if not runs:
        return spans
    starts = {s for s, _ in paras}
    run_at = {}  # the last character of a run (and of the points before) -> the run
    for r in runs:
        for k in range(r[0] + 1, r[1] + 1):
            run_at[k] = r
    joined = [spans[0]]
    for s, e in spans[1:]:
        ps, pe = joined[-1]
        k = pe
        while k > ps and text[k - 1] in _RUN_CLOSERS:
            k -= 1
        if s not in starts and k in run_at:
            joined[-1] = (ps, e)
        else:
            joined.append((s, e))
    out: list[tuple[int, int]] = []
    for s, e in joined:
        for rs, re_, dots in runs:
            if dots < 4 or not s < rs < re_ < e:
                continue
            end = re_
            while end < e and text[end] in _RUN_CLOSERS:
                end += 1
            nxt = end
            while nxt < e and text[nxt].isspace():
                nxt += 1
            first = nxt
            while first < e and text[first] in _RUN_OPENERS:
                first += 1
            if nxt > end and first < e and text[first].isupper():
                out.append((s, end))
                s = nxt
        out.append((s, e))
    return out


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


def _untimed(pattern):
    """The compiled pattern inside nltk's timeout wrapper (``nltk.redos.TimedPattern``), or the pattern itself
    where nltk does not wrap it: the same engine and pattern, so the same matches, without the per-call cost
    of arming a timeout (about 11 of the 13 microseconds of each call)."""
    return getattr(pattern, "_rx", pattern)


class _PunktToken(PunktToken):
    """Punkt's token with its four patterns called without the timeout wrapper (see :func:`_untimed`).

    Punkt builds one of these for every word around every candidate sentence end; the wrapped patterns made
    them a third of the time of :func:`sentences`. The patterns are nltk's own compiled objects (the
    ``regex`` engine in nltk 3.10, ``re`` before), so every token gets the same type and flags as before.
    """

    __slots__ = ()
    _RE_ELLIPSIS = _untimed(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _untimed(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _untimed(PunktToken._RE_INITIAL)
    _RE_ALPHA = _untimed(PunktToken._RE_ALPHA)
    _RE_NON_PUNCT = _untimed(getattr(punkt, "_re_non_punct", None) or re.compile(r"[^\W\d]", re.UNICODE))

    @property
    def is_non_punct(self):
        """True if the token is either a number or is alphabetic (as :class:`PunktToken`)."""
        return self._RE_NON_PUNCT.search(self.type)


class _Punkt(PunktSentenceTokenizer):
    """Punkt with its decision at each candidate sentence end remembered.

    Punkt decides whether a candidate ("... Assembly. The ...") ends a sentence from its context string
    alone (the word before, the mark, the word after) and the fixed parameters, so the same context always
    gets the same answer; a third of the contexts of UN speeches repeat. The memory is bounded.
    """

    _MAX_MEMO = 200_000

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._memo: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= self._MAX_MEMO:
                self._memo.clear()
            found = self._memo[text] = super().text_contains_sentbreak(text)
        return found


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return _Punkt(params, lang_vars=_PunktVars(), token_cls=_PunktToken)


_WHITESPACE_NOT_SPACE = "\t\n\r\x0b\x0c"  # string.whitespace without " ": nltk's white space for the word before
_OTHER_WHITESPACE = re.compile("[\t\n\r\x0b\x0c]")


def _punkt_spans(tok: _Punkt, text: str, ps: int, pe: int, out: list[tuple[int, int]]) -> None:
    """Append the sentence spans of ``text[ps:pe]`` (offsets into ``text``) to ``out``: exactly
    ``tok.span_tokenize(text[ps:pe])`` shifted by ``ps``, without the slice of the paragraph, the generators and
    the slice objects of nltk's ``span_tokenize`` (``_match_potential_end_contexts``, ``_slices_from_text``,
    ``_realign_boundaries`` of nltk 3.10, step by step):

    - the candidates are the matches of Punkt's period-context pattern searched in ``text`` with ``pos=ps``,
      ``endpos=pe``, which matches as in the slice (``endpos`` makes the text end there for the look-ahead
      and ``$``; the pattern has no look-behind or ``^``);
    - the word before a candidate begins after the last white space (``string.whitespace``) between the
      previous word and the candidate; nltk's ``_get_last_whitespace_index`` returns 0 both for "none" and
      for "at the first character", and either case takes the previous word's start, kept here;
      a candidate whose word overlaps the previous one replaces it;
    - the context of a candidate is the word, the mark and the look-ahead group ``after_tok``: one slice
      ``text[word start:end of after_tok]``; Punkt's decision on it is remembered (:class:`_Punkt`);
    - a sentence ends at each candidate Punkt decides is a break; the next begins at ``next_tok`` (or after
      the mark); the last ends at the paragraph without trailing white space;
    - realignment: closing marks at the start of the next sentence (Punkt's ``re_boundary_realignment``,
      matched with ``endpos``) move to the end of the sentence before, and empty sentences are dropped.

    tests/test_text.py compares this with ``span_tokenize`` on texts written for each step, random strings and the
    seeds; benchmarks/check_tokenize_identity.py compares whole token tables on Brown and UN speeches. 1.6x
    faster than ``span_tokenize`` on UN speeches (32 -> 20 ms per MB; 9 of the 20 are the pattern search).
    """
    memo = tok._memo
    contains_break = tok.text_contains_sentbreak
    other_ws = _OTHER_WHITESPACE.search
    prev_match = None
    prev_start = prev_stop = ps
    breaks: list[int] = []  # (end of sentence, start of the next), flattened

    def decide(match, start: int) -> None:
        """Punkt's decision on the candidate ``match`` whose word begins at ``start``: a break appends the
        end of the sentence and the start of the next."""
        context = text[start:match.end("after_tok")]
        found = memo.get(context)
        if found is None:
            found = contains_break(context)
        if found:
            nt = match.start("next_tok")
            breaks.append(match.end())
            breaks.append(nt if nt >= 0 else match.end())

    for m in tok._lang_vars.period_context_re().finditer(text, ps, pe):
        mstart = m.start()
        # nltk: index of the last white space in text[prev_stop:mstart], 0 for none (and for index 0); the
        # last space, then (rarely) a later tab, line break, vertical tab or form feed
        i = text.rfind(" ", prev_stop, mstart)
        if other_ws(text, i + 1 if i >= 0 else prev_stop, mstart) is not None:
            for ch in _WHITESPACE_NOT_SPACE:
                i = max(i, text.rfind(ch, prev_stop, mstart))
        word_start = i + 1 if i > prev_stop else prev_start
        if prev_match is not None and prev_stop <= word_start:
            # the previous candidate's word does not overlap this one's: decide the previous candidate
            decide(prev_match, prev_start)
        prev_match = m
        prev_start, prev_stop = word_start, mstart
    if prev_match is not None:
        decide(prev_match, prev_start)
    end = pe if pe == ps or not text[pe - 1].isspace() else ps + len(text[ps:pe].rstrip())
    # the slices of _slices_from_text: (last_break, end of the match) per break, then (last_break, end)
    realign_re = tok._lang_vars.re_boundary_realignment
    start = ps
    realign = 0
    k = 0
    n_breaks = len(breaks)
    while True:
        if k < n_breaks:
            s1_start, s1_stop = start, breaks[k]
            s2_start = breaks[k + 1]
            s2_stop = breaks[k + 2] if k + 2 < n_breaks else end
            k += 2
        else:
            s1_start, s1_stop = start, end
            s2_start = -1
        start = s2_start
        s1_start += realign
        if s2_start < 0:  # the last slice
            if s1_start < s1_stop:
                out.append((s1_start, s1_stop))
            return
        r = realign_re.match(text, s2_start, s2_stop)
        if r:
            out.append((s1_start, s2_start + len(r.group(0).rstrip())))
            realign = r.end() - s2_start
        else:
            realign = 0
            if s1_start < s1_stop:
                out.append((s1_start, s1_stop))


# the steps of _punkt_spans are those of nltk 3.10's span_tokenize (with _get_last_whitespace_index, nltk 3.8.2
# on); for another implementation, Punkt's own span_tokenize is used
_FAST_SPANS = hasattr(PunktSentenceTokenizer, "_get_last_whitespace_index") and hasattr(
    PunktSentenceTokenizer, "_match_potential_end_contexts")


def _load_kernel():
    """The compiled kernel's ``punkt_sentences`` (discourse/_kernel.c: the steps of :func:`_punkt_spans` in C),
    where the kernel is built and not switched off (``DISCOURSE_NO_KERNEL=1``), and Punkt's patterns are those
    it implements (nltk 3.10's, compared as strings and flags); else None and :func:`_punkt_spans` runs."""
    _kernel = compiled("_kernel") if _FAST_SPANS else None
    if _kernel is None:
        return None
    lang = _punkt()._lang_vars
    context, realign = lang.period_context_re(), lang.re_boundary_realignment
    # nltk joins "?" and "!" of its non-word class from a set: their order follows the string hash seed
    found = (context.pattern.replace("!\\?]", "\\?!]"), context.flags, realign.pattern, realign.flags)
    if found != _KERNEL_PATTERNS or not hasattr(_kernel, "punkt_sentences"):
        return None
    return _kernel.punkt_sentences


# Punkt's period-context and realignment patterns of nltk 3.10 (with segment's re flags): those the kernel's
# punkt_sentences implements
_KERNEL_PATTERNS = (
    '\n'
    '        [\\.\\?!]             # a potential sentence ending\n'
    '        (?=(?P<after_tok>\n'
    '            (?:[)\\";}\\]\\*:@\\\'\\({\\[\\u2018\\u2019\\u201c\\u201d\\xab\\xbb\\?!])              # either other punctuation\n'
    '            |\n'
    '            \\s+(?P<next_tok>\\S+)     # or whitespace and some other token\n'
    '        ))', re.UNICODE | re.VERBOSE,
    '["\\\')\\]}\\u2018\\u2019\\u201c\\u201d\\xab\\xbb]+?(?:\\s+|(?=--)|$)', re.UNICODE | re.MULTILINE)
_KERNEL_SENTENCES = _load_kernel()
_KERNEL_PARAGRAPHS = getattr(compiled("_kernel"), "paragraph_spans", None)


# ------------------------------------------------------------- sentence ends of other scripts
# Unicode's Sentence_Terminal characters of the Basic Multilingual Plane (PropList.txt, as the `regex` module's
# \p{Sentence_Terminal} of Unicode 16 lists them; those above U+FFFF are of historic and minority scripts, and a class that holds
# them makes the search 17 times slower: 88 against 5 ms per MB of UN speeches) but those Punkt decides or that are not a sentence's end in every use: the ASCII '.', '?', '!'
# (Punkt's, with its abbreviations and case heuristics), the ambiguous full stops that also separate digits (UAX
# #29's ATerm: U+2024 one dot leader, U+FE52 small full stop, U+FF0E fullwidth full stop: '１．５') and the
# Latin-script combinations (U+203C '‼', U+203D '‽', U+2047-U+2049 '⁇ ⁈ ⁉', U+2E2E '⸮', U+2E3C, U+2E53-U+2E54,
# U+2E60-U+2E61), so that English text keeps Punkt's decisions exactly. Left are the full stops, question and
# exclamation marks and dandas of other scripts: '。' '！' '？' '｡' (Chinese, Japanese), '؟' '۔' (Arabic, Urdu),
# '।' '॥' (Devanagari and other Indic scripts), '։' (Armenian), '።' (Ethiopic), '။' (Myanmar), '។' (Khmer), ...
_TERMINALS = "\u0589\u061d-\u061f\u06d4\u0700-\u0702\u07f9\u0837\u0839\u083d\u083e\u0964\u0965\u104a\u104b\u1362\u1367\u1368\u166e\u1735\u1736\u17d4\u17d5\u1803\u1809\u1944\u1945\u1aa8-\u1aab\u1b4e\u1b4f\u1b5a\u1b5b\u1b5e\u1b5f\u1b7d-\u1b7f\u1c3b\u1c3c\u1c7e\u1c7f\u2cf9-\u2cfb\u3002\ua4ff\ua60e\ua60f\ua6f3\ua6f7\ua876\ua877\ua8ce\ua8cf\ua92f\ua9c8\ua9c9\uaa5d-\uaa5f\uaaf0\uaaf1\uabeb\ufe12\ufe15\ufe16\ufe56\ufe57\uff01\uff1f\uff61"
# UAX #29's Close (closing brackets and quotation marks, General_Category Pe and Pf, and the ASCII quotation
# marks): after a terminal they end the same sentence ('「你好！」' is one sentence). Opening brackets are left to
# the next sentence (UAX #29 counts them as Close too, which gives '。（' to the sentence before).
_CLOSERS = "\u0029\u005d\u007d\u00bb\u0f3b\u0f3d\u169c\u2019\u201d\u203a\u2046\u207e\u208e\u2309\u230b\u232a\u2769\u276b\u276d\u276f\u2771\u2773\u2775\u27c6\u27e7\u27e9\u27eb\u27ed\u27ef\u2984\u2986\u2988\u298a\u298c\u298e\u2990\u2992\u2994\u2996\u2998\u29d9\u29db\u29fd\u2e03\u2e05\u2e0a\u2e0d\u2e1d\u2e21\u2e23\u2e25\u2e27\u2e29\u2e56\u2e58\u2e5a\u2e5c\u3009\u300b\u300d\u300f\u3011\u3015\u3017\u3019\u301b\u301e\u301f\ufd3e\ufe18\ufe36\ufe38\ufe3a\ufe3c\ufe3e\ufe40\ufe42\ufe44\ufe48\ufe5a\ufe5c\ufe5e\uff09\uff3d\uff5d\uff60\uff63\"'"
_ANY_TERMINAL = re.compile(f"[{_TERMINALS}]")
_TERMINAL_RUN = re.compile(f"[{_TERMINALS}][{_TERMINALS}.?!]*[{re.escape(_CLOSERS)}]*")
# the sentence ends that end a line of a hard-wrapped text or a page (discourse.segment.paragraphs): Punkt's, the
# ellipsis, the colon, the Latin-script combinations and the other scripts' ends; the closing marks after them
_LINE_END = re.compile(f"[.!?\u2026:\u203c\u203d\u2047-\u2049{_TERMINALS}]")
_CLOSER_SET = frozenset(_CLOSERS)


def _split_at_terminals(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (Punkt's sentences) split after each sentence end of another script (:data:`_TERMINALS`).

    The rule is UAX #29's (Unicode Text Segmentation, "Sentence Boundaries", rules SB9-SB11) for its STerm
    class: a sentence ends after a terminal, any terminals that follow it ('？！', '。。。'), closing brackets and
    quotation marks, and the white space after them; the next sentence begins at the next character that is not
    white space. Scripts without case give no cue a period-based model such as Punkt could use, and these marks
    are unambiguous, so every one ends a sentence (UAX #29 keeps a sentence going only after ATerm, the period).
    A terminal at a span's end changes nothing: Punkt's spans and those of English text are left as they are."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        pos = s
        m = _TERMINAL_RUN.search(text, s, e)
        while m is not None:
            end = nxt = m.end()
            while nxt < e and text[nxt].isspace():
                nxt += 1
            if nxt >= e:
                break
            out.append((pos, end))
            pos = nxt
            m = _TERMINAL_RUN.search(text, nxt, e)
        out.append((pos, e))
    return out


#: the glyphs that open an item of a vertical list (bullets, squares, arrows, check marks) at the head of a line
LIST_MARKERS = "\u2022\u25e6\u25aa\u25ab\u2023\u2043\u25cf\u25cb\u25a0\u25a1\u25ba\u25b8\u25b6\u27a2\u27a4\u2713\u2714\u2717\u2718\u2610\u2611\u2612"
# a line break before a line that opens with a list glyph; and before one that opens with a Markdown marker, "-", "*"
# or "+" and a space, where two lines of the span open so (a list has items: a single such line of hard-wrapped
# prose is more likely a dash than an item)
_GLYPH_ITEM = re.compile(f"^[ \\t]*(?=[{LIST_MARKERS}])", re.M)
_ASCII_ITEM = re.compile(r"^[ \t]*([-*+])[ \t]+(?=\S)", re.M)
# a line that opens with a lot's number ("Lot 2: ...", "LOT 3 - ..."): the lots of a tender, listed one per line
_LOT_ITEM = re.compile(r"^[ \t]*lot[ \t]+\d+\b", re.M | re.I)
# a row of a table exported as text: a line whose cells a bar divides, or tabs into three cells or more (a tab
# between two characters that are not white space; a tab that indents the line divides no cells). One tab inside a
# line is left alone: hard-wrapped OCR text has them between words and after paragraph numbers ("24,\tThese ...": 2
# of 400 UN General Debate speeches sampled had two such lines in a paragraph)
_TABLE_ROW = re.compile(r"^[^\n]*(?:\||\S\t+[^\t\n]*\S\t+(?=\S))", re.M)
# the line openings of :func:`has_list_items` (a list marker or a lot's number at the head of a line); a bar or a
# tab after a character that is not white space anywhere are the other signs it looks for
_ITEM_OPENING = re.compile(f"^[ \\t]*(?:[{LIST_MARKERS}]|[-*+][ \\t]|(?i:lot)[ \\t]+\\d)", re.M)
_CELL_TAB = re.compile(r"\S\t")
# a line that ends in a colon, before the line break: the lead-in of a list set without markers (see
# :func:`_unmarked_items`)
_LEAD_IN_END = re.compile(r":[ \t]*\n")
_UNMARKED_ITEM_CHARS = 80  # an item of such a list is a short line: a name or a label, not a wrapped line of prose
_UNMARKED_ITEM = re.compile(r"[ \t]*[^\W_][^\n]*")
_UNMARKED_ITEM_END = re.compile(r"[.!?,;:…]")


def _unmarked_items(text: str, s: int, e: int) -> list[int]:
    """The starts of the lines of span ``s``-``e`` after the first where the span is a vertical list set without
    markers: a list of names or labels, one to a line, under a lead-in that ends in a colon (Chicago Manual of
    Style, 17th ed., 6.127: a vertical list is introduced by a complete sentence and a colon; its items need no
    bullet). The span's lines are the items when the line before the span (or before its second line) ends in a
    colon and every item line is short (at most :data:`_UNMARKED_ITEM_CHARS` characters), opens with a letter or
    digit and ends without punctuation, up to the span's end: a coalition's sign-on list ("The following
    organisations have signed:" / "Privacy International" / "Big Brother Watch" / ...) had been one sentence of
    names. Hard-wrapped prose after a colon ends its paragraph with a full stop, and is left as it is."""
    lines = []
    pos = s
    while pos < e:
        nl = text.find("\n", pos, e)
        end = e if nl < 0 else nl
        lines.append((pos, end))
        pos = end + 1
    if len(lines) < 2:
        return []
    first = 0
    k = s - 1
    while k >= 0 and text[k].isspace():
        k -= 1  # the last character before the span (read in place: a copy of the text before it would be quadratic)
    if k < 0 or text[k] != ":":
        if text[lines[0][0]:lines[0][1]].rstrip()[-1:] != ":":
            return []
        first = 1  # the lead-in is the span's own first line
    items = lines[first:]
    if len(items) < 2:
        return []
    for a, b in items:
        line = text[a:b].strip()
        if not line or len(line) > _UNMARKED_ITEM_CHARS or not _UNMARKED_ITEM.fullmatch(text, a, b) \
                or _UNMARKED_ITEM_END.fullmatch(line[-1]):
            return []
    return [a for a, _ in items[1:]] + ([items[0][0]] if first else [])


def split_list_items(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` split at every line break before an item of a vertical list, each item a span of its own.

    A vertical list sets each item on a line of its own behind a bullet, a check mark or (in Markdown and plain
    text) a hyphen or asterisk (Chicago Manual of Style, 17th ed., 6.127-6.130): the items are the units, whether or
    not they are sentences, and they take no final punctuation when they are not (6.130). The feature lists of
    brochures, datasheets and slides ("• 24/7 intelligent video analytics" / "• Seamless integration") had been one
    sentence in which a phrase could run from one item into the next and the clause of one item ("Customers say it
    pays for itself") took in the next. The rows of a table exported as text (:func:`_table_cuts`) and the lines of a
    list of lots ("Lot 1 - ...", "Lot 2: ...", where two lines of the span open so: the lots into which a tender is
    divided, each on a line of its own, Directive 2014/24/EU art. 46) are such units too. Lines of one paragraph
    without such a marker are left as they are (a hard-wrapped sentence goes on over its lines), except the short
    lines of a list under a lead-in that ends in a colon (:func:`_unmarked_items`). ``text`` must be the text the spans
    point into."""
    out: list[tuple[int, int]] = []
    # (the line patterns open with '^' and re tries them at every position of a span: the glyph pattern, which may
    # match empty, runs only where the text holds a glyph, the others at the line starts only, finditer_lines)
    glyphs = any(c in text for c in LIST_MARKERS)
    for s, e in spans:
        if text.find("\n", s, e) < 0:
            # one line: every cut below is a line start after s (the '^' of the line patterns, the lines of
            # _unmarked_items), and a rule that needs two items or rows finds one at most (most units of UN speeches)
            out.append((s, e))
            continue
        cuts = [m.start() for m in _GLYPH_ITEM.finditer(text, s, e) if m.start() > s] if glyphs else []
        cuts.extend(c for c in _unmarked_items(text, s, e) if c > s)
        ascii_items = list(finditer_lines(_ASCII_ITEM, text, s, e))
        for mark in "-*+":
            starts = [m.start() for m in ascii_items if m.group(1) == mark and m.start() > s]
            n_items = sum(1 for m in ascii_items if m.group(1) == mark)
            if n_items >= 2:
                cuts.extend(starts)
        lots = [m.start() for m in finditer_lines(_LOT_ITEM, text, s, e)]
        if len(lots) >= 2:
            cuts.extend(c for c in lots if c > s)
        cuts.extend(_table_cuts(text, s, e))
        if not cuts:
            out.append((s, e))
            continue
        pos = s
        for c in sorted(set(cuts)):
            end = c
            while end > pos and text[end - 1].isspace():
                end -= 1
            if end > pos:
                out.append((pos, end))
            pos = c
            while pos < e and text[pos].isspace():
                pos += 1
        if e > pos:
            out.append((pos, e))
    return out


def _table_cuts(text: str, s: int, e: int) -> list[int]:
    """The line starts in ``text[s:e]`` at which a row of a table begins or the text after a table goes on.

    A table exported as text sets one record per line with its cells divided by a bar (GitHub Flavored Markdown,
    "Tables (extension)": a row "consists of cells separated by pipes") or a tab (IANA text/tab-separated-values:
    each record on a line of its own, its fields separated by tabs). A row is a unit of its own, like an item of a
    list, and ends with its line, full stop or none; the requirement tables of tenders have none, and their rows
    had been one sentence that ran from one requirement into the next row's number. Only where two lines of the span
    are rows (a header and a row at least): a single line with a bar is a menu or an aside, left as it is."""
    if text.find("|", s, e) >= 0:
        # (tried at the line starts only, finditer_lines: re tried the pattern at every position of the span)
        rows = [m.start() for m in finditer_lines(_TABLE_ROW, text, s, e)]
    else:
        rows = _tab_rows(text, s, e)
    if len(rows) < 2:
        return []
    cuts = [r for r in rows if r > s]
    for r in rows:  # the line after a row opens a unit too (the prose under a table is no part of its last row)
        nl = text.find("\n", r, e)
        if nl >= 0:
            cuts.append(nl + 1)
    return cuts


def _tab_rows(text: str, s: int, e: int) -> list[int]:
    """``[m.start() for m in _TABLE_ROW.finditer(text, s, e)]`` for a span without a bar: a row then needs two tabs
    on its line (the pattern's second branch), so the pattern is tried only at the starts of the lines in the span
    that hold two, each with the span's end (a match never runs past its line, so one per line, as finditer finds
    them). UN speeches number their paragraphs with a tab ('22.\tThe ...'): the pattern had read every such
    paragraph to its end and back, a tenth of the time of finding quotations in them."""
    rows: list[int] = []
    # the start of the line of the tab (-1 where it started before s, which finditer does not try: '^' matches at s
    # only after a line break or at 0) and how many tabs that line holds up to it; each tab's line start is
    # the one before it unless a line break stands between the two tabs (so the span is read once)
    ls = s if s == 0 or text[s - 1] == "\n" else -1
    n, prev = 0, s  # (the tabs read on the line, the tab before)
    tab = text.find("\t", s, e)
    while tab >= 0:
        nl = text.rfind("\n", prev, tab)
        if nl >= 0:
            ls, n = nl + 1, 0
        n += 1
        if n == 2 and ls >= 0 and _TABLE_ROW.match(text, ls, e) is not None:
            rows.append(ls)
        prev = tab
        tab = text.find("\t", tab + 1, e)
    return rows


def has_list_items(text: str) -> bool:
    """Does a line of ``text`` open with a list marker or a lot's number, or hold a table's cell separator, or a
    line ends in a colon (where :func:`split_list_items` may have something to split)?"""
    # (the three signs apart, each behind a literal test: as one alternation that opens with '^', re tried the
    # pattern at every position of every text, about 4 % of the time of finding quotations in UN speeches; the line
    # openings are tried at the line starts only)
    if "|" in text or ("\t" in text and _CELL_TAB.search(text) is not None):
        return True
    if ":" in text and _LEAD_IN_END.search(text) is not None:
        return True
    return next(finditer_lines(_ITEM_OPENING, text), None) is not None


def sentences(text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)``; sentences never cross the given (or computed) paragraphs.

    Punkt's sentences (periods, question and exclamation marks of the Latin script), joined again across the full
    stop of a citation's locator before its number ("Art. 5", "para. 12": :func:`_join_locators`), each split
    after the sentence ends of other scripts ('。', '？', '؟', '।', ...: :func:`_split_at_terminals`), and at the items
    of a vertical list (:func:`split_list_items`). ``text`` must be a str (TypeError otherwise, as :func:`paragraphs`)."""
    text = line_feed_view(check_text(text))
    spans = paragraphs(text) if spans is None else spans
    tok = _punkt()
    if _KERNEL_SENTENCES is not None:
        out = _KERNEL_SENTENCES(text, spans, tok._memo, tok.text_contains_sentbreak)
    else:
        out = []
        if _FAST_SPANS:
            for ps, pe in spans:
                _punkt_spans(tok, text, ps, pe, out)
        else:
            for ps, pe in spans:
                for s, e in tok.span_tokenize(text[ps:pe]):
                    out.append((ps + s, ps + e))
    if len(out) > 1 and "." in text:
        out = _join_enumerators(text, out)
        out = _join_locators(text, out, spans)
    if out and (". ." in text or "..." in text):
        out = _join_ellipses(text, out, spans)
    if out and _NOTE_REFERENCE_ANY.search(text) is not None:
        out = _split_at_note_references(text, out)
    if out and not text.isascii() and _ANY_TERMINAL.search(text, out[0][0], out[-1][1]) is not None:
        out = _split_at_terminals(text, out)
    if out and has_list_items(text):
        out = split_list_items(text, out)
    return out
