"""How posts quote: a retweet's post and a block quotation of a reply are someone else's words.

**Retweets**: the words after "RT @user:" are that user's post, relayed by the author of the retweet.

Exports of Twitter/X (and manual retweets on other platforms) write a retweet as "RT @user: <the post>". The post is
someone else's words, given whole and verbatim, as a quotation gives them: the retweeter is its animator, @user its
author and principal (Goffman 1981, *Forms of Talk*, on the production format of talk; boyd, Golder & Lotan 2010,
"Tweet, Tweet, Retweet", on retweeting as quoting another's tweet, and the "RT ≠ endorsement" disclaimer that shows
users read it so). Left in the author's voice, a critic retweeting a vendor's advertisement counted as the critic's
own promotional language.

A retweet is a span of kind ``speech`` with no marks (``open_mark`` and ``close_mark`` empty), ``cue`` ``'RT'``,
speaker the handle as written (``@user``) and ``speaker_reason`` ``retweet``, from the first character after the
prefix to the end of the text (white space at the end left out). In a chain ("RT @a: RT @b: <the post>") the post
is @b's, the last handle's. The prefix must open the text and hold the colon; "RT" inside running text, or a reply
"@user thanks", is no retweet. A quotation inside the post keeps its own span and voice, as in an interview turn.

**Earlier messages of e-mail**: the message a reply or forward carries under its own header block, after
Outlook's "-----Original Message-----" or a forward's separator, is its sender's words (:mod:`discourse._email`): a
span of kind ``speech``, ``cue`` ``'From:'``, speaker the name of its ``From:`` field; so is the message under a
client's attribution line that lost its ">" marks ("On <date>, Jane Roe <jroe@city.gov> wrote:" and unmarked lines,
as a message written in HTML is saved as text): ``cue`` ``'wrote:'``, speaker the person the line names.

**Block quotations**: lines that open with ">" (Markdown's block quotation, the convention of e-mail replies that
Reddit, forums and comment threads keep: the words of the comment replied to, or of a source) are quoted words,
set off by the marker instead of quotation marks (CommonMark 0.31, 5.1 "Block quotes"; the Chicago Manual of Style
13.9-13.10 on block quotations, which take no quotation marks). A run of such lines is one span of kind ``speech``,
``cue`` ``'>'``, with no speaker (the text does not name the one quoted; ``speaker_reason`` ``block quotation``)
unless an e-mail attribution line stands right above it ("On Tue, 3 May 2022, Jane Roe <jroe@city.gov> wrote:",
"Jane Roe wrote:"): then the person it names (``speaker_reason`` ``reply attribution``), as are the later runs of an
inline reply under that line, up to the next message's separator or header block,
from the first character after the markers ("> > " of a nested one) to the end of the run's last line. A ">" before
a digit, "=" or another ">" with nothing after is no marker (">50% of the cameras": "more than"). A quotation that
holds the whole run is that quotation already. The turn markers of closed captions, ">>" and ">>>" at the head of
caption rows in a text with no single ">" (:func:`discourse.segment.caption_turn_marks`), open a speaker's turn, not
a quotation: they give no span.

**Embedded posts**: a post that a web page embeds (a live blog's, an article's) keeps, in the page's text, the lines
the platform's embed code writes: the post's text, then its signature line, "— Jane Doe (@janedoe) May 3, 2026"
(Twitter/X's embed blockquote, ``<p>...</p>&mdash; Name (@handle) <a ...>May 3, 2026</a>``, as its oEmbed API gives
it; Bluesky's and Threads' embeds sign so too, "at 2:32 PM" after the date). The post is that account's words, shown
whole, as a retweet relays them, not the page's author's: a span of kind ``speech``, ``cue`` ``'embed'``, speaker the
account's display name (the handle where the line gives none), ``speaker_as_written`` the name and handle as written,
``speaker_reason`` ``embedded post``, over the paragraph right above the signature line (after at most one blank
line). A dash and a handle in running text, with no date to end the line, sign nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from ._email import SEPARATOR, earlier_messages, header_blocks, reply_attributions, unmarked_replies
from ._re_cache import compile as _rx
from .segment import caption_turn_marks

__all__ = ["retweet_span", "block_quotations", "earlier_message_spans", "embedded_posts", "unmarked_speech",
           "RETWEET_PREFIX"]

# "RT @user: " at the head of a text, repeated in a chain; the handle of the last one is the post's author
RETWEET_PREFIX = _rx(r"\s*(?:RT\s+(?P<handle>@\w+)\s*:\s*)+", re.ASCII)


def retweet_span(text: str, units: list[tuple[int, int]], quotes: list[dict], speakers: bool) -> list[dict]:
    """The retweeted post of ``text`` as one speech span (see the module docstring), or an empty list; ``units``
    are the paragraphs (``n_paragraphs``), ``quotes`` the quotations found (one that holds the whole post is the
    post already: no span is added)."""
    if not text.lstrip().startswith("RT"):
        return []
    m = RETWEET_PREFIX.match(text)
    if m is None:
        return []
    s, e = m.end(), len(text.rstrip())
    if e <= s:
        return []
    if any(q["start"] <= s and q["end"] >= e for q in quotes):
        return []
    # imported here: loading a corpus needs the prefix, not the speaker rules
    from ._speakers import _NO_SPEAKERS_AT_ALL

    handle = m.group("handle")
    info = (dict(_NO_SPEAKERS_AT_ALL) if not speakers else
            dict(_NO_SPEAKERS_AT_ALL, speaker=handle, speaker_as_written=handle, speaker_reason="retweet"))
    return [unmarked_speech(s, e, "RT", _paragraphs_over(s, e, units), info)]


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# the signature line of an embedded post (the module docstring): a dash, the display name, the handle in brackets, the
# date of the post, and nothing else on the line
_EMBED_DASH = _rx(r"^[ \t]*[\u2014\u2013]|^[ \t]*-{1,2}(?=[ \t])", re.MULTILINE)
_EMBED_LINE = _rx(rf"[ \t]*(?:[\u2014\u2013]|-{{1,2}})[ \t]*(?P<name>[^\n()@]{{0,80}}?)[ \t]*\((?P<handle>@[\w.-]{{1,60}})\)"
                  rf"[ \t]+(?:{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}})"
                  rf"(?:,?[ \t]+(?:at[ \t]+)?\d{{1,2}}[:.]\d{{2}}(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?[ \t]*$")


def embedded_posts(text: str, units: list[tuple[int, int]], quotes: list[dict], speakers: bool) -> list[dict]:
    """The embedded posts of ``text`` (see the module docstring) as speech spans, sorted by start; arguments as for
    :func:`retweet_span` (a quotation that holds the whole post is the post already: no span is added)."""
    if "(@" not in text:
        return []
    from ._speakers import _NO_SPEAKERS_AT_ALL

    over = _paragraph_counter(units)
    out: list[dict] = []
    for m in _EMBED_DASH.finditer(text):
        line = m.start()
        eol = text.find("\n", line)
        eol = len(text) if eol < 0 else eol
        sig = _EMBED_LINE.fullmatch(text, line, eol)
        if sig is None or line == 0:
            continue
        # the post: the paragraph that ends on the line above the signature (or above one blank line)
        e = len(text[:line].rstrip())
        if text.count("\n", e, line) > 2 or e == 0:
            continue
        blank = text.rfind("\n\n", 0, e)
        s = 0 if blank < 0 else blank + 2
        s += len(text[s:e]) - len(text[s:e].lstrip())
        if e <= s or any(q["start"] <= s and q["end"] >= e for q in quotes):
            continue
        name = sig.group("name").strip() or sig.group("handle")
        info = dict(_NO_SPEAKERS_AT_ALL)
        if speakers:
            written = text[line:eol].strip().lstrip("\u2014\u2013-").strip()
            written = written[:written.index(")") + 1]
            info.update(speaker=name, speaker_as_written=written, speaker_reason="embedded post")
        out.append(unmarked_speech(s, e, "embed", over(s, e), info))
    return out


def unmarked_speech(s: int, e: int, cue: str, n_paragraphs: int, info: dict) -> dict:
    """A speech span from ``s`` to ``e`` set off by no quotation marks (its content is the whole span: a retweet's
    post, a block quotation, an interview or transcript turn), over ``n_paragraphs`` paragraphs (at least one),
    with the speaker columns of ``info``."""
    return {"start": s, "end": e, "content_start": s, "content_end": e, "open_mark": "", "close_mark": "",
            "kind": "speech", "cue": cue, "parent_id": None, "n_paragraphs": max(1, n_paragraphs), "anomaly": None,
            **info}


def _paragraphs_over(s: int, e: int, units: list[tuple[int, int]]) -> int:
    """How many of the paragraphs ``units`` the span from ``s`` to ``e`` overlaps."""
    return sum(a < e and b > s for a, b in units)


def _paragraph_counter(units: list[tuple[int, int]]):
    """:func:`_paragraphs_over` for many spans of one text: the paragraphs are in text order and do not overlap, so
    those a span overlaps are those that start before its end less those that end at or before its start (two
    binary searches, not a pass over every paragraph per span: a thread of hundreds of messages had been
    quadratic)."""
    starts = [a for a, _ in units]
    ends = [b for _, b in units]
    ordered = all(x <= y for x, y in pairwise(starts)) and all(x <= y for x, y in pairwise(ends))
    if not ordered:
        return lambda s, e: _paragraphs_over(s, e, units)
    return lambda s, e: max(0, bisect_left(starts, e) - bisect_right(ends, s))


# a block quotation's line: optional indent, one or more ">" markers (with spaces between), then the quoted words,
# which do not open with a digit or "=" (">50%", ">= 3" compare)
_BLOCK_LINE = _rx(r"^[ \t]{0,3}(?:>[ \t]?)+(?=[^\d=\s>])[^\n]*", re.MULTILINE)
_MARKERS = _rx(r"[ \t]{0,3}(?:>[ \t]?)+")


def block_quotations(text: str, units: list[tuple[int, int]], quotes: list[dict], speakers: bool) -> list[dict]:
    """The block quotations of ``text`` (runs of lines opening with ">", see the module docstring) as speech spans
    without a speaker, sorted by start; arguments as for :func:`retweet_span`."""
    if ">" not in text or caption_turn_marks(text):
        return []  # (a closed caption's ">>" opens a speaker's turn: no quotation, discourse.segment)
    runs: list[list[int]] = []  # [content start, end] of each run of consecutive quoted lines
    for m in _BLOCK_LINE.finditer(text):
        s = m.start() + _MARKERS.match(text, m.start()).end() - m.start()
        e = m.start() + len(m.group().rstrip())
        if runs and text[runs[-1][1]:m.start()].strip() == "" and text.count("\n", runs[-1][1], m.start()) == 1:
            runs[-1][1] = e
        else:
            runs.append([s, e])
    if not runs:
        return []
    from ._speakers import _NO_SPEAKERS_AT_ALL

    info = dict(_NO_SPEAKERS_AT_ALL, speaker_reason="block quotation" if speakers else None)
    # the attribution lines of e-mail replies ("On <date>, Jane Roe <jroe@city.gov> wrote:"), by their end (in
    # order: the one right above a run is the last that ends before it)
    named = [(e, name) for _, e, name in reply_attributions(text)] if speakers else []
    ends = [e for e, _ in named]
    # where a message begins (a separator line, a header block): an inline reply's later ">" runs quote the message
    # its attribution line introduced, up to the next message
    bounds = sorted({m.start() for m in SEPARATOR.finditer(text)} | {b.start for b in header_blocks(text)}) \
        if named else []
    over = _paragraph_counter(units)
    out = []
    for s, e in runs:
        if e <= s or any(q["start"] <= s and q["end"] >= e for q in quotes):
            continue
        line = text.rfind("\n", 0, s) + 1
        j = bisect_right(ends, line) - 1
        by = named[j][1] if j >= 0 and not text[ends[j]:line].strip() else None
        if by is None and j >= 0 and named[j][1] is not None:
            # an inline reply ("> question" / answer / "> next question" / answer): every ">" run after the
            # attribution line, within its message, quotes the writer it names
            k = bisect_right(bounds, ends[j])
            if k >= len(bounds) or bounds[k] >= line:
                by = named[j][1]
        run_info = info if by is None else dict(_NO_SPEAKERS_AT_ALL, speaker=by, speaker_as_written=by,
                                                speaker_reason="reply attribution")
        out.append(unmarked_speech(s, e, ">", over(s, e), run_info))
    return out


def earlier_message_spans(text: str, units: list[tuple[int, int]], quotes: list[dict], speakers: bool) -> list[dict]:
    """The earlier messages an e-mail reply or forward carries under a header block of their own (Outlook's
    "-----Original Message-----", "---------- Forwarded message ---------": :func:`discourse._email.earlier_messages`)
    as speech spans, ``cue`` ``'From:'``, speaker the sender its ``From:`` field names (``speaker_reason`` ``e-mail
    header``; a redacted sender gives no speaker, ``speaker_reason`` ``e-mail header, no sender``). The earlier
    message is its sender's words reproduced whole, as a ">" quotation is, not words of the reply's author: left in
    the author's voice, a city official's reply counted the vendor's sales pitch below it as the city's framing.
    Arguments as for :func:`retweet_span`; a quotation that holds the whole message is that message already."""
    if ":" not in text:
        return []
    from ._speakers import _NO_SPEAKERS_AT_ALL

    over = _paragraph_counter(units)
    out = []
    for s, e, block in earlier_messages(text):
        if any(q["start"] <= s and q["end"] >= e for q in quotes):
            continue
        sender = block.sender() if speakers else None
        info = dict(_NO_SPEAKERS_AT_ALL)
        if speakers:
            info.update(speaker=sender, speaker_as_written=sender,
                        speaker_reason="e-mail header" if sender else "e-mail header, no sender")
        out.append(unmarked_speech(s, e, "From:", over(s, e), info))
    # a message under a client's attribution line that lost its ">" marks (saved or printed from HTML):
    # "On <date>, Jane Roe <jroe@city.gov> wrote:" and the message to the next one
    for _, _, s, e, name in unmarked_replies(text):
        if any(q["start"] <= s and q["end"] >= e for q in quotes) or any(d["start"] <= s < d["end"] for d in out):
            continue
        info = dict(_NO_SPEAKERS_AT_ALL)
        if speakers:
            info.update(speaker=name, speaker_as_written=name, speaker_reason="reply attribution")
        out.append(unmarked_speech(s, e, "wrote:", over(s, e), info))
    out.sort(key=lambda d: d["start"])
    return out
