"""Quotation marks and how they pair: paragraph units, the direction of each mark, nesting, spans.

One pass over the marks of a text gives the quotation spans (``_match``); what cannot be paired is kept
as an anomaly, never dropped. The rules are in the docstring of :mod:`discourse.quotes` ("Quotation marks
and how they pair").
"""

from __future__ import annotations

import re

from ._quote_cues import _A_CUE_SPK, _A_SPK_CUE
from ._quote_kernel import KERNEL
from ._re_cache import compile as _rx
from .segment import DIARISATION_LABEL, has_list_items, paragraphs, split_list_items

_DOUBLE = '"“”„‟«»'
_SINGLE = "'‘’‚‛‹›"
_OPEN_SHAPE = frozenset(["“", "„", "‟", "«", "‘", "‚", "‛", "‹", "‘‘", "``", ",,"])
_CLOSE_SHAPE = frozenset(["”", "»", "’", "›", "’’"])
# single marks between two word characters are apostrophes and never reach the matcher
# (one leading character class, so that the regex engine can skip ahead to candidate characters fast)
_MARK_RE = _rx(r"[\"“”„‟«»`'‘’‚‛‹›](?:(?<=‘)‘|(?<=’)’|(?<=')'|(?<=`)`|(?<=[\"“”„‟«»])|(?<!\w.)|(?!\w))")


# The low double opening mark „ read by OCR as two commas: „ is two comma-shaped strokes on the baseline, and the
# text layers of scanned newspapers (the German, Dutch and Central European archives throughout, English papers
# set with low opening marks) give ",," for it. Two commas at a word's start, after white space, an opening
# bracket or the text's start and before a letter or digit, are no punctuation of prose, so they open a quotation
# as „ does ("a,,b", "it,, and" and "1,,2" stay commas). The closing mark is then whatever the engine read for ”
# or “: '', " or a curly mark.
_OCR_LOW_OPEN = _rx(r"(?<![^\s(\[])(?:,,)(?=[^\W_])")


def _mark_places(text: str) -> tuple[list[int], list[str]]:
    """The positions and characters of every match of _MARK_RE in ``text``, in order: the compiled scan
    where it is built (:mod:`discourse._quote_kernel`), the same matches as the pattern; and the OCR form of „,
    two commas (_OCR_LOW_OPEN), merged in where the text holds two commas in a row."""
    if KERNEL is not None:
        pos, chars = KERNEL.marks(text)
    else:
        found = [(m.start(), m.group()) for m in _MARK_RE.finditer(text)]
        pos, chars = [p for p, _ in found], [ch for _, ch in found]
    if ",," not in text:
        return pos, chars
    low = [m.start() for m in _OCR_LOW_OPEN.finditer(text)]
    if not low:
        return pos, chars
    merged = sorted([*zip(pos, chars, strict=True), *((p, ",,") for p in low)])
    return [p for p, _ in merged], [ch for _, ch in merged]


_ELISION_RE = _rx(r"(?:\d\d(?!\d)|(?:em|tis|twas|cause|cos|til|till|bout|n|neath|nuff)\b)", re.I)
_WRAP_LIMIT = 100  # longer lines inside a blank-line block are paragraphs of their own


# --------------------------------------------------------------------------------------------- paragraphs
def _default_paragraphs(text: str) -> list[tuple[int, int]]:
    return paragraphs(text)  # the one paragraph rule of the package


_TRIMMED_LINE = _rx(r"\S(?:[^\n]*\S)?")  # a line without its outer white space


def _long_lines(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The lines of the block ``text[s:e]`` without their outer white space (_TRIMMED_LINE) where one of them
    before the last is longer than _WRAP_LIMIT, else None: the compiled scan where it is built (the same
    spans, no list built for a hard-wrapped block), else the pattern."""
    if KERNEL is not None:
        return KERNEL.wrapped_lines(text, s, e, _WRAP_LIMIT)
    lines = [m.span() for m in _TRIMMED_LINE.finditer(text, s, e)]
    return lines if any(le - ls > _WRAP_LIMIT for ls, le in lines[:-1]) else None


def _clean_paragraphs(paragraphs, n: int) -> list[tuple[int, int]]:
    """Caller's spans clipped to the text, sorted, made disjoint; bad entries are ignored.

    Spans that are already so (a list of (int, int) tuples, sorted, disjoint, not empty, within the text: what
    :func:`discourse.text.paragraphs` gives) come back as they are, in a new list, where the kernel says so
    (``spans_clean``, one C loop; the loop below would rebuild the same tuples); tests/test_kernel_quotes.py
    compares both on good and bad spans."""
    if KERNEL is not None and KERNEL.spans_clean(paragraphs, n):
        return list(paragraphs)
    spans = []
    for p in paragraphs:
        try:
            s, e = int(p[0]), int(p[1])
        except (TypeError, ValueError, IndexError):
            continue
        s, e = max(0, s), min(n, e)
        if e > s:
            spans.append((s, e))
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            s = out[-1][1]
        if e > s:
            out.append((s, e))
    return out


def _units(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Matching units: the paragraphs, with non-hard-wrapped multi-line blocks split into their lines (the loop
    in C where the kernel is built, ``units``: the same spans, tests/test_kernel_quotes.py compares both)."""
    if KERNEL is not None:
        return _list_items(text, _join_wrapped(text, KERNEL.units(text, paras, _WRAP_LIMIT)))
    units: list[tuple[int, int]] = []
    for s, e in paras:
        if text.find("\n", s, e) < 0:
            units.append((s, e))
            continue
        lines = _long_lines(text, s, e)
        if lines is not None:
            units.extend(lines)
        else:
            units.append((s, e))
    return _list_items(text, _join_wrapped(text, units))


def _list_items(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``units`` split at the items of a vertical list (:func:`discourse.segment.split_list_items`, as sentences are):
    a clause of one item ("• Customers say it pays for itself") does not report the next ("• Seamless rollout")."""
    return split_list_items(text, units) if has_list_items(text) else units


_TERMINAL_LINE = _rx(r"[.!?:;…][\"”’'»)\]]*$")


def _join_wrapped(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Hard-wrapped text with one line per 'paragraph' (PDF and OCR conversions): join wrapped lines.

    The text counts as hard-wrapped when nine lines in ten are at most 100 characters long and at least
    40 % of them end mid-sentence. A line is then joined to the next one (no blank line between) unless
    it ends with ``. ! ? : ; …`` and is shorter than 80 % of the usual line length (the last line of a
    paragraph). A line that opens with a diarisation label (:data:`discourse.segment.DIARISATION_LABEL`,
    "SPEAKER_01: ...") opens a new speaker's turn and is joined to nothing: a machine transcript's turns have no
    sentence marks, so they looked like wrapped lines, and the clause "the vendor says ..." of one turn ran on
    through the next speaker's turns.
    """
    if len(units) < 3:
        return units
    lengths = sorted(e - s for s, e in units)
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    if p90 > _WRAP_LIMIT:
        return units
    ends = [bool(_TERMINAL_LINE.search(text, max(s, e - 4), e)) for s, e in units]
    if sum(not t for t in ends) < 0.4 * len(units):
        return units
    out: list[tuple[int, int]] = []
    cur_s, cur_e = units[0]
    for k in range(1, len(units)):
        s, e = units[k]
        ps, pe = units[k - 1]
        blank = text.count("\n", pe, s) > 1
        if not blank and (not ends[k - 1] or pe - ps >= 0.8 * p90) and DIARISATION_LABEL.match(text, s, e) is None:
            cur_e = e
        else:
            out.append((cur_s, cur_e))
            cur_s, cur_e = s, e
    out.append((cur_s, cur_e))
    return out


# --------------------------------------------------------------------------------------------- marks
def _classify(text: str, i: int, ch: str, us: int, ue: int) -> tuple[str, str, bool]:
    """(family, role, ambiguous) of the mark ch at i in unit [us, ue); role 'open'|'close'|'either'|'apos'."""
    fam = "d" if ch in _DOUBLE or len(ch) == 2 else "s"
    k = i + len(ch)
    p = text[i - 1] if i > us else ""
    n = text[k] if k < ue else ""
    # white space (or the unit edge), punctuation, or a word character on each side (inlined: hot loop)
    p_ws = p == "" or p.isspace()
    n_ws = n == "" or n.isspace()
    p_punct = not p_ws and not p.isalnum()
    n_punct = not n_ws and not n.isalnum()
    left = not n_ws and (not n_punct or p_ws or p_punct)
    if left and (n in ",;:!?" or (n == "." and text[k + 1:k + 2] != ".")):
        left = False  # a quotation does not start with a comma or a full stop (an ellipsis may)
    right = not p_ws and (not p_punct or n_ws or n_punct)
    # lists.”1 (a footnote number after a closing mark); p is "" at the unit's start, where `"" in "..."` held
    # and a closing-shaped mark opening a paragraph was taken for a close: the German »…« and ›…‹ and the
    # Swedish and Finnish ”…” open with it, so a paragraph such as »Die Stadt ist sicher«, sagte er. had no
    # quotation at all (while the same words after a sentence had one)
    if left and not right and ch in _CLOSE_SHAPE and p != "" and p in ".,!?;…":
        role = "close"
    elif left and not right:
        role = "open"
    elif right and not left:
        role = "close"
    else:
        role = "either"
    amb = False
    if fam == "s":
        if role == "open" and _ELISION_RE.match(text, i + 1, min(ue, i + 8)):
            role = "apos"  # ’90s, 'em, 'til, rock 'n' roll: not quotation marks
        elif role == "close":
            amb = p in "sS" or text[max(us, i - 2):i].lower() == "in"
    return fam, role, amb


# --------------------------------------------------------------------------------------------- matching
class _Q:
    __slots__ = ("start", "open_mark", "fam", "unit", "parent", "end", "content_end", "close_mark",
                 "anomaly", "discard", "last_unit")

    def __init__(self, start: int, open_mark: str, fam: str, unit: int, parent: _Q | None) -> None:
        self.start = start
        self.open_mark = open_mark
        self.fam = fam
        self.unit = unit
        self.parent = parent
        self.end = self.content_end = -1
        self.close_mark = ""
        self.anomaly: str | None = None
        self.discard = False
        self.last_unit = unit


def _match(text: str, units: list[tuple[int, int]]) -> tuple[list[_Q], list[dict]]:
    quotes: list[_Q] = []
    stray: list[dict] = []
    stack: list[_Q] = []
    n_open = {"d": 0, "s": 0}  # open quotations per family on the stack
    marks, mstr = _mark_places(text)
    # the marks of each unit, as index ranges into `marks`
    unit_marks: list[tuple[int, int]] = []
    j = 0
    for us, ue in units:
        while j < len(marks) and marks[j] < us:
            j += 1
        k = j
        while k < len(marks) and marks[k] < ue:
            k += 1
        unit_marks.append((j, k))
        j = k

    skip_pos = -1  # the mark that opens this unit reopens a continued quotation
    for u, (us, ue) in enumerate(units):
        a, b = unit_marks[u]
        if a == b and not stack:  # no mark and nothing open: nothing to pair, close or carry on (most units)
            skip_pos = -1
            continue
        info = [(marks[x], mstr[x], *_classify(text, marks[x], mstr[x], us, ue)) for x in range(a, b)
                if marks[x] + len(mstr[x]) <= ue]  # a two-character mark cut by a paragraph end is no mark
        # single marks that can close, for the look-ahead rules
        single_close_pos = [pos for pos, _, fam, role, _ in info if fam == "s" and role in ("close", "either")]
        last_single_close = single_close_pos[-1] if single_close_pos else -1
        # the next single mark after each single mark (for the plural-possessive rule): (position, role, ambiguous)
        next_single: dict[int, tuple[int, str, bool]] = {}
        prev = None
        for pos, _, fam, role, amb in info:
            if fam == "s" and role != "apos":
                if prev is not None:
                    next_single[prev] = (pos, role, amb)
                prev = pos
        apos_next = -1  # position of the closing mark of rock 'n' roll
        for pos, ch, fam, role, amb in info:
            if pos == skip_pos:
                continue
            if role == "apos" or pos == apos_next:
                if role == "apos" and text[pos + 1:pos + 2] in "nN" and pos + 2 < ue and text[pos + 2] in _SINGLE:
                    apos_next = pos + 2
                continue
            has_open = n_open[fam] > 0
            if role == "either":
                if has_open:
                    role = "close"
                elif (fam == "s" and ch != "‹") or ch in _CLOSE_SHAPE:
                    # (a single guillemet is never an apostrophe: '‹ safe city ›' with French spacing opens with ‹)
                    if fam == "d":
                        stray.append({"position": pos, "mark": ch, "reason": "closing mark with no open quotation"})
                    continue
                else:
                    role = "open"
            if role == "open":
                if fam == "s" and pos != us and last_single_close <= pos and not _single_runs_on(
                        text, pos, ch, info, units, u, unit_marks, marks, mstr):
                    continue  # no single mark can close it in this paragraph: an apostrophe
                if has_open and _reopens_line(text, pos, us, stack, fam):
                    continue  # a paragraph inside a hard-wrapped block reopens the running quotation
                q = _Q(pos, ch, fam, u, stack[-1] if stack else None)
                stack.append(q)
                n_open[fam] += 1
                quotes.append(q)
                continue
            # closing
            if not has_open:
                if fam == "d":
                    stray.append({"position": pos, "mark": ch,
                                  "reason": "closing mark with no open quotation"})
                continue
            if fam == "s" and amb and _plural_possessive(text, pos, ch, next_single, stack, units, u, unit_marks,
                                                         marks, mstr):
                continue  # the Joneses’ house’: a possessive inside the quotation
            while stack:
                q = stack.pop()
                n_open[q.fam] -= 1
                if q.fam == fam:
                    q.content_end, q.end, q.close_mark, q.last_unit = pos, pos + len(ch), ch, u
                    break
                _close_unclosed(q, text, pos, u, units, where=f"closed where the enclosing quotation closes at {pos}")
        # end of the unit: continue into the next paragraph, or close what is open
        skip_pos = -1
        if stack:
            cont = -1
            if (nxt := _next_unit_opener(text, units, unit_marks, marks, mstr, u)) is not None:
                _, nfam, nrole = nxt
                if nrole in ("open", "either"):
                    for x in range(len(stack) - 1, -1, -1):
                        if stack[x].fam == nfam:
                            cont = x
                            break
                    if cont == len(stack) - 1 == 0 and nfam == "d" and _new_speaker_next(
                            text, stack[0], units, u, marks[_unit_opening_mark(text, units, unit_marks, marks, mstr,
                                                                               u + 1)]):
                        cont = -1  # (stop 70) another speaker's quotation opens: the first's closing mark is missing
            carry = -1
            if cont < 0 and n_open["d"] and _next_double_closes(
                    text, marks, mstr, unit_marks, units, u + 1,
                    nested=_opens_block(text, stack, units)):
                carry = max(x for x in range(len(stack)) if stack[x].fam == "d")
            while len(stack) > max(cont, carry) + 1:
                q = stack.pop()
                n_open[q.fam] -= 1
                _close_unclosed(q, text, ue, u, units, where="closed at paragraph end")
            if cont >= 0 or carry >= 0:
                # (the reopening mark, at the next unit's start or after its number)
                skip_pos = marks[_unit_opening_mark(text, units, unit_marks, marks, mstr, u + 1)] if cont >= 0 else -1
                for q in stack:
                    q.last_unit = u + 1
    return quotes, stray


def _plural_possessive(text: str, pos: int, ch: str, next_single: dict, stack: list[_Q], units, u: int, unit_marks,
                       marks: list[int], mstr: list[str]) -> bool:
    """Is the ambiguous single closing mark at ``pos`` (after an ``s`` or ``in``: the Joneses’, rockin’) an apostrophe
    inside the open single quotation rather than its closing mark?

    The plural possessive and the closing single mark are one glyph (’ or '), so British and Irish copy, whose
    primary quotation marks are single (New Hart's Rules 2014, 9.2.1), writes ‘We looked at the suppliers’ contracts
    and the councils’ own assessments. Neither was adequate,’ said ... . Such a mark is a possessive when the single
    marks after it in the paragraph are further such marks and then an unambiguous closer (the quotation closes
    there), or when none follows, the mark stands before a word (‘the vendors’ source code’), the quotation opens
    its paragraph or follows an introduction ('said: ‘', as :func:`_single_runs_on` reads it) and runs on into the
    next paragraph, which opens with the same opening mark (a quotation over several paragraphs leaves
    its closing mark off every paragraph but the last: New Hart's Rules 9.2.3). Only the very next mark used to be
    asked, so a second possessive, or one in a paragraph of a quotation that runs on, closed the quotation mid-
    sentence: its last words became the author's and the attribution after it was lost."""
    nxt = next_single.get(pos)
    while nxt is not None and nxt[1] == "close" and nxt[2]:
        nxt = next_single.get(nxt[0])
    if nxt is not None:
        return nxt[1] == "close" and not nxt[2]
    k = pos + len(ch)
    if not (text[k:k + 1] == " " and text[k + 1:k + 2].isalpha()):
        return False
    top = next((q for q in reversed(stack) if q.fam == "s"), None)
    if top is None:
        return False
    us = units[u][0]
    if top.unit == u and top.start != us and _INTRO_BEFORE.search(text, max(us, top.start - 3), top.start) is None:
        return False  # a quotation opened mid-sentence ('went to ‘the councils’ and ...') is no block that runs on
    return _next_unit_opener(text, units, unit_marks, marks, mstr, u) == (top.open_mark, "s", "open")


# the words before an opening mark that introduce a quotation: a colon or a comma after a verb, 'said: ‘...', or the
# end of the sentence before (round 35, 'he said. ‘But ...')
_INTRO_BEFORE = _rx(r"(?:[:,]|(?<=\w)[.?!])[ \t]+$")


def _single_runs_on(text: str, pos: int, ch: str, info: list, units, u: int, unit_marks, marks, mstr) -> bool:
    """Does the single mark at ``pos`` (an opening one that nothing in its paragraph closes) open a quotation that runs
    on into the next paragraph?

    Round 32 (the blind sets' 'none: no attribution found', British news): 'Cllr Peter Ashdown said: ‘Councillors are
    entitled ... inbox.¶‘The evidence we have heard ...’'. A quotation of several paragraphs leaves its closing mark off
    every paragraph but the last and reopens each (New Hart's Rules 2014, 9.2.3; Chicago Manual of Style 13.30), in
    single marks as in double ones; an unpaired single mark had always been read as an apostrophe, so the first
    paragraph's words were lost and the next paragraph's quotation had no speaker. Read as an opening mark only where
    an apostrophe cannot be: right after a colon or a comma and white space, as the last single mark of its
    paragraph, with the next paragraph opening with a single opening mark of the same shape. Round 35: or right after
    the end of a sentence ('‘People can say what they want,’ he said. ‘But to question whether I care? ...¶‘The
    night out ...’'): the second part of a quotation split by its attribution, which then runs on, as British
    papers write it (26 of the read sets' quotations had been lost so); an apostrophe after a sentence's end would
    open an elided word ('’Tis'), which news does not write before a paragraph that opens with a quotation."""
    if _INTRO_BEFORE.search(text, max(units[u][0], pos - 3), pos) is None:
        return False
    if any(p > pos and fam == "s" and role != "apos" for p, _, fam, role, _ in info):
        return False
    return _next_unit_opener(text, units, unit_marks, marks, mstr, u) == (ch, "s", "open")


# The label of a numbered paragraph or item before its text: "2.", "12)", "(3)", "(b)", "b)", "(iv)" and the white
# space after it. The number is the paragraph's, not its words (Chicago Manual of Style 6.130), so a mark right
# after it opens the paragraph's text as a mark at its very start does.
_PARA_LABEL = _rx(r"(?:\(?[0-9]{1,3}[.)]|\((?:[a-z]|[ivxlc]{1,6})\)|[a-z]\))[ \t]+")


def _unit_opening_mark(text: str, units, unit_marks, marks: list[int], mstr: list[str], v: int) -> int | None:
    """Index into ``marks`` of the mark that opens unit ``v``'s text, or None: the unit's first mark, at its very
    start or right after a paragraph number (:data:`_PARA_LABEL`).

    A quoted text whose paragraphs are numbered reopens the quotation after each number ('5. He said: “...¶6. “...
    ¶7. “...”', as the early UN verbatim records print a declaration quoted in a speech): read only at the unit's
    start, each numbered paragraph had closed the quotation as 'unclosed' and opened a new one with no speaker.
    After a number, a quotation that closes before a word of the sentence around it ('66. "All is gift" is said to
    have been ...': a quoted phrase as the subject of the author's sentence) is a new quotation, not the reopening
    of the one left open: the convention's reopened paragraph runs on to its end, or closes before the
    punctuation that sets off an attribution ('20. "History", said the Ambassador, "...')."""
    na, nb = unit_marks[v]
    if nb <= na:
        return None
    nus, nue = units[v]
    m0 = marks[na]
    if m0 == nus:
        return na
    # (cheap guard first: a label is at most 12 characters and starts with a digit, a bracket or a letter)
    if m0 - nus > 12 or not (text[nus].isdigit() or text[nus] == "(" or text[nus + 1:nus + 2] == ")"):
        return None
    lab = _PARA_LABEL.match(text, nus, m0)
    if lab is None or lab.end() != m0:
        return None
    fam0 = _classify(text, m0, mstr[na], nus, nue)[0]
    depth = 0
    for x in range(na + 1, nb):
        fam, role, _ = _classify(text, marks[x], mstr[x], nus, nue)
        if fam != fam0 or role == "apos":
            continue
        if role == "open":
            depth += 1
        elif depth:
            depth -= 1
        else:  # the reopened quotation closes here: before a word of the author's sentence it was a phrase
            k = marks[x] + len(mstr[x])
            if text[marks[x] - 1].isalnum() and text[k:k + 1] == " " and text[k + 1:k + 2].isalpha():
                return None
            break
    return na


def _next_unit_opener(text: str, units, unit_marks, marks: list[int], mstr: list[str],
                      u: int) -> tuple[str, str, str] | None:
    """(mark, family, role) of the mark that opens the paragraph after unit ``u`` (at its very start or after its
    number, :func:`_unit_opening_mark`), or None where there is no next paragraph or it does not open with a mark
    (asked where a quotation may run on into it)."""
    if u + 1 >= len(units):
        return None
    na = _unit_opening_mark(text, units, unit_marks, marks, mstr, u + 1)
    if na is None:
        return None
    nus, nue = units[u + 1]
    nfam, nrole, _ = _classify(text, marks[na], mstr[na], nus, nue)
    return mstr[na], nfam, nrole


_DOUBLE_CLOSERS = "”\"»"  # the marks that may close a double quotation (_new_speaker_next)
_SUBJECT_PRONOUNS = frozenset("he she they it we i you one".split())


def _words_of(m: re.Match) -> set[str]:
    return {w.strip(".,’'").lower() for w in m.group("spk").split()}


def _new_speaker_next(text: str, q: _Q, units, u: int, at: int) -> bool:
    """Does the quotation ``q`` (open at the end of unit ``u``) lack its closing mark, where the next paragraph's
    opening mark (at ``at``) opens another speaker's quotation?

    A quotation of several paragraphs leaves the closing mark off each paragraph but the last and opens each with a
    mark (Chicago Manual of Style 13.30; Quirk et al. 1985, 14.29 on the reporting clause): so a paragraph's end
    with no closing mark before a paragraph that opens with one is read as one quotation going on. Where the first
    paragraph is a reporting clause and its quotation only ('Ann Roe said, “...'), and the next paragraph's
    quotation is closed and followed by a reporting clause of another named speaker ('“...,” Tom Lee replied.'),
    the second paragraph is no continuation: one speaker's words are not attributed to another in the middle of
    them, so the first quotation's closing mark is missing. Read only where both clauses name their speakers (a
    pronoun may be the same speaker's 'she added') and the names share no word."""
    intro = text[units[u][0]:q.start].strip()
    if not intro or intro[-1] not in ",:" or (m1 := _A_SPK_CUE.match(intro[:-1])) is None or (
            m1.end() != len(intro) - 1):
        return False
    nus, nue = units[u + 1]
    close = next((i for i in range(at + 2, nue) if text[i] in _DOUBLE_CLOSERS), None)
    if close is None:
        return False
    after = text[close + 1:nue]
    m2 = _A_SPK_CUE.match(after) or _A_CUE_SPK.match(after)
    if m2 is None or m2.group("spk").split()[0].lower() in _SUBJECT_PRONOUNS:
        return False
    return _words_of(m1).isdisjoint(_words_of(m2))


def _opens_block(text: str, stack: list[_Q], units: list[tuple[int, int]]) -> bool:
    """Is the innermost open double quotation opened by the last mark of its paragraph ('He begins: “¶...')?

    A quotation cannot be empty, so such a mark opens a block quotation whose words are in the paragraphs after it."""
    q = next((q for q in reversed(stack) if q.fam == "d"), None)
    return q is not None and not text[q.start + len(q.open_mark):units[q.unit][1]].strip()


def _next_double_closes(text: str, marks: list[int], mstr: list[str], unit_marks, units, first: int,
                        nested: bool = False) -> bool:
    """Is the next double mark in the following three paragraphs a closing one (a block quotation)?

    With ``nested`` (the open quotation's mark ends its paragraph: :func:`_opens_block`), pairs of double marks
    inside the block are passed over and the next double mark at depth 0 is asked: a block quotation that quotes
    a word in its turn ('Mr. Lyford continues: “¶... to rate the “goodness” of other nations ...”.') had been
    closed at its opening mark, since its first double mark is the inner opening one, and lost its words and
    its speaker. Quotations nest inside one another with the same marks where a text uses one pair for every
    level (Chicago Manual of Style 13.28 prescribes alternating marks; the Brown corpus's conversion writes
    double marks at every level)."""
    depth = 0
    for v in range(first, min(first + 3, len(units))):
        vs, ve = units[v]
        a, b = unit_marks[v]
        for x in range(a, b):
            fam, role, _ = _classify(text, marks[x], mstr[x], vs, ve)
            if fam != "d":
                continue
            closes = role == "close" or (role == "either" and mstr[x] not in _OPEN_SHAPE)
            if not nested:
                return closes
            if not closes:
                depth += 1
            elif depth:
                depth -= 1
            else:
                return True
    return False


def _reopens_line(text: str, pos: int, us: int, stack: list[_Q], fam: str) -> bool:
    """An opening mark at the start of a line, after a line ending a sentence, while a quotation of its
    family opened on an earlier line is still open: the news convention's reopening mark.

    In a block quotation written with ``>`` before each line (Markdown, CommonMark 0.31 5.1; the quoted lines of
    an e-mail reply, RFC 3676 4.5), the line starts after its ``>`` and the quotation's blank line is a line of a
    lone ``>``: '> “We meet ...¶>¶> “The world ...”' had been three quotations, each opened inside the one
    before, none with a speaker."""
    j = pos - 1
    quoted = ">" in text[max(us, pos - 8):pos]  # (cheap guard: no '>' before the mark, no block-quote prefix)
    skip = " \t\r>" if quoted else " \t\r"
    while j > us and text[j] in skip:
        j -= 1
    if j <= us or text[j] != "\n":
        return False
    k = j - 1
    while k > us and (text[k] in " \t\r" or (quoted and text[k] in ">\n")):
        k -= 1
    if text[k] not in ".!?…":
        return False
    top = next((q for q in reversed(stack) if q.fam == fam), None)
    return top is not None and top.start < j


def _close_unclosed(q: _Q, text: str, pos: int, u: int, units, *, where: str) -> None:
    q.content_end = q.end = pos
    q.close_mark = ""
    q.last_unit = u
    if q.fam == "s" and q.start != units[q.unit][0]:
        q.discard = True  # an unpaired single mark inside a paragraph: an apostrophe
    else:
        q.anomaly = f"unclosed: opened at {q.start}, {where}"


# --------------------------------------------------------------------------------------------- quotation dashes
_DASH_OPEN = _rx(r"[—–][ \t\u00a0]+(?=\w)")
_INCISE_END = _rx(r"[ \t]*(?:[,.!?;]|$)")


def dash_quotations(text: str, units: list[tuple[int, int]], quotes: list[_Q]) -> list[_Q]:
    """Quotations opened by a quotation dash: a paragraph that opens with an em or en dash and, after a comma, a
    reporting incise ('— It makes me feel safer, says Sofia Marques, a student.'; '– We were never asked, she says.').

    Dialogue and vox pops in French, Spanish, Italian and Russian copy, and in English translated from it (Euronews,
    France 24), mark a speaker's words with a dash at the start of the paragraph and no closing mark; the attribution
    is set off by commas (Imprimerie nationale, *Lexique des règles typographiques*, 2002, 'Dialogue'; New Hart's
    Rules 2014, 9.5 on the quotation dash). Such words had no quotation and stayed in the author's voice. The quotation
    runs from after the dash to the comma before the first incise that closes its clause: a cue verb and a speaker, in
    either order (_A_CUE_SPK, _A_SPK_CUE), followed by a comma, a sentence end or the paragraph's end. A paragraph that
    holds a quotation in marks, or whose dash has no such incise (a list item, '– Cameras installed in 2019'), gives
    none. The dash with the white space after it is the opening mark and the incise's comma the closing one (it ends
    the quoted words as the closing mark of ‘...,’ says X does); in order, the caller adds them to those of the
    marks."""
    taken = {q.unit for q in quotes}
    out: list[_Q] = []
    for u, (us, ue) in enumerate(units):
        m = _DASH_OPEN.match(text, us, ue)
        if m is None or u in taken:
            continue
        c = text.find(",", m.end(), ue)
        while c >= 0:
            w = text[c:min(ue, c + 200)]  # (the patterns are anchored at the start of the window they read)
            a = _A_CUE_SPK.match(w) or _A_SPK_CUE.match(w)
            if a is not None and _INCISE_END.match(w, a.end()) is not None:
                q = _Q(us, text[us:m.end()], "dash", u, None)
                q.content_end, q.end, q.close_mark = c, c + 1, ","
                out.append(q)
                break
            c = text.find(",", c + 1, ue)
    return out
