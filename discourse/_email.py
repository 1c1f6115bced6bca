"""The structure of e-mail text: header blocks, the earlier messages a reply or forward carries, reply attributions,
signatures, and the redaction marks of released records.

E-mail released under freedom-of-information laws, or exported from a mail client as text, writes each message as a
block of header fields (RFC 5322, 2.2 and 3.6: ``From:``, ``To:``, ``Cc:``, ``Date:``, ``Subject:``; Outlook writes
the origination date as ``Sent:``), a blank line, and the body. A reply or a forward carries the earlier message
below its own text: Outlook and most clients after a separator line (``-----Original Message-----``, ``----------
Forwarded message ---------``, ``Begin forwarded message:``, a rule of underscores) and a header block of the earlier
message; other clients as lines opening with ">" (RFC 3676, 4.5, the quote indicator) under an attribution line
("On Tue, 3 May 2022, Jane Roe <jroe@city.gov> wrote:"). Either way the earlier message is another person's words,
reproduced whole: the sender named in its ``From:`` field (or in the attribution line) is its author, the replying
author only relays it, as a retweet relays a post (:mod:`discourse._posts`).

The header fields, the separators and the attribution lines are written by the mail client, not by any author: they
are set aside by cleaning (:func:`discourse.clean.clean_document`), and so is a signature after the separator line
``-- `` (RFC 3676, 4.3; many clients strip the trailing space, so ``--`` alone on a line counts too), a client's
"Sent from my iPhone" line and a confidentiality notice. Redaction marks of released records, ``[REDACTED]``, runs of
black blocks (``█████``) and the exemption codes of the U.S. Freedom of Information Act written where words were
withheld (``(b)(6)``, ``(b)(7)(C)``: 5 U.S.C. 552(b)), mark what the releasing agency withheld, not words of the
writer.

This is a reading of such text, not a mail parser: a message in MIME form (base64 bodies, multipart boundaries) has
to be decoded first (Python's :mod:`email` package).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from email.errors import HeaderParseError
from email.header import decode_header, make_header

from ._re_cache import compile as _rx
from ._re_cache import finditer_at, finditer_lines

__all__ = ["header_blocks", "earlier_messages", "message_bodies", "opening", "own_block", "unmarked_replies",
           "signature_blocks", "reply_attributions", "signature_spans", "redaction_spans", "HeaderBlock"]

# a header field line (RFC 5322 3.6; "Sent" is Outlook's date field, "Attachments" and "Importance" its other
# fields; the trace fields of 3.6.7, the MIME fields of RFC 2045 and the "X-" fields clients add, as a message saved
# whole carries them); exports may set the field name in bold ("*From:*")
_FIELD = _rx(r"^[ \t]{0,3}\**(?P<name>from|sent|date|to|cc|bcc|subject|reply-to|sender|importance|attachments?|"
             r"message-id|in-reply-to|references|return-path|received|delivered-to|mime-version|content-type|"
             r"content-transfer-encoding|content-disposition|content-language|thread-topic|thread-index|user-agent|"
             r"x-[a-z0-9-]{1,40})\**[ \t]*:\**[ \t]*(?P<value>[^\n]*)$", re.I | re.M)
# a folded header line (RFC 5322 2.2.3: a field goes on on lines that open with white space); text extracted from
# a PDF of printed e-mail loses that white space, so a line of further recipients ("Ann Lee <alee@city.gov>;", an
# address, or a list ending in ";") goes on with the field above it too
_FOLDED = _rx(r"^(?:[ \t]+\S[^\n]*|[^\n:]{0,200}(?:<[^<>\n]*@[^<>\n]*>|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)[^\n:]{0,200}"
              r"|[^\n:]{1,200};[ \t]*)$")
# the separator lines clients write above an earlier message's header block
SEPARATOR = _rx(r"^[ \t]*(?:-{2,}[ \t]*(?:original[ \t]+message|forwarded[ \t]+message|forwarded[ \t]+by[^\n]{0,80}?)"
                r"[ \t]*-{2,}|begin[ \t]+forwarded[ \t]+message[ \t]*:|_{10,})[ \t]*$", re.I | re.M)
# "Jane Roe <jroe@city.gov>", "\"Roe, Jane\" <jroe@city.gov>", "jroe@city.gov", "Jane Roe [mailto:jroe@city.gov]"
_ADDRESS = r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
_MAILBOX = _rx(r"^\s*(?:\"(?P<quoted>[^\"]+)\"|(?P<name>[^<>\[\]\"]*))\s*(?:<(?P<addr>[^<>]*)>|\[mailto:(?P<addr2>"
               r"[^\]]*)\])?\s*(?:[,;].*)?$")
_BARE_ADDRESS = _rx(rf"^\s*<?(?P<addr>{_ADDRESS})>?\s*$")
# an attribution line above a ">" quotation: "On <date>, Jane Roe <jroe@city.gov> wrote:", "Jane Roe wrote:"
# (clients wrap a long "On ..." line, so its last words, "wrote:" or the address, may stand on the next line)
_ATTRIBUTION = _rx(r"^[ \t]*(?P<line>(?:On[ \t][^\n]{4,160}?(?:\n(?![ \t]*>)[^\n]{1,100}?)?|[^\n]{1,120}?))[ \t\n]+wrote[ \t]*:"
                   r"[ \t]*$", re.M)
# the words of a date or time, which precede the name in "On Tue, May 3, 2022 at 4:12 PM Jane Roe <...> wrote:"
_DATE_WORD = _rx(r"(?:[ap]\.?m\.?|on|at|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
                 r"friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
                 r"april|june|july|august|september|october|november|december|utc|gmt|[A-Z]{2,4}T)\.?,?$", re.I)
_NAME_WORD = _rx(r"^[A-Z][\w'’.-]*,?$")
_QUOTE_BELOW = _rx(r"[ \t\r\n]*>")
_PARAGRAPH_END = _rx(r"\n[ \t]*\n|\Z")
_QUOTE_LINE = _rx(r"^[ \t]*>", re.M)
# the signature separator (RFC 3676 4.3: "-- " alone on a line; "--" where the client stripped the space)
_SIG_SEPARATOR = _rx(r"^--[ ]?$", re.M)
# a client's own signature line ("Sent from my iPhone", "Sent from my Samsung Galaxy smartphone", "Get Outlook for iOS")
_DEVICE_LINE = _rx(r"^[ \t]*(?:sent[ \t]+from[ \t]+(?:my|mail[ \t]+for|yahoo|outlook|the)[^\n]{0,60}|get[ \t]+outlook"
                   r"[ \t]+for[ \t]+(?:ios|android)[^\n]{0,20})[ \t]*$", re.I | re.M)
# a confidentiality notice, to the end of its paragraph
_DISCLAIMER = _rx(r"^[ \t]*(?:(?:confidentiality|privacy|legal)[ \t]+(?:notice|statement|disclaimer)|disclaimer|"
                  r"this[ \t]+(?:e-?mail|message|communication|transmission)(?:,?[ \t]+(?:and|including)[ \t]+any[ \t]+"
                  r"(?:files[ \t]+transmitted[ \t]+with[ \t]+it|attachments?),?)?[ \t]+(?:is|are|may[ \t]+contain|"
                  r"contains?)[^\n]{0,80}?\b(?:confidential|privileged|intended[ \t]+(?:solely|only)))",
                  re.I | re.M)
# redaction marks: "[REDACTED]" (also "[Redacted - personal information]"), runs of black blocks, and the FOIA
# exemption codes (5 U.S.C. 552(b)(1)-(9), with the subparagraph of (b)(7): "(b)(7)(C)"), alone or in a list
_REDACTED = _rx(r"\[[ \t]*redacted\b[^\]\n]{0,60}\]|[█■▇▆]{2,}(?:[ \t]+[█■▇▆]{2,})*", re.I)
# where a redaction mark can start (tried only there: the alternation under re.I gets no prefix scan from re, which
# tried it at every position of a text with a '[' in it; tests/test_audit_email.py compares both ways)
_REDACTED_OPENING = re.compile(r"[\[█■▇▆]")
_EXEMPTION = _rx(r"(?<![\w)§])\(b\)[ \t]?\([1-9]\)(?:[ \t]?\([A-F]\))?(?:(?:[ \t]*[,;&][ \t]*|[ \t]+)"
                 r"\(b\)[ \t]?\([1-9]\)(?:[ \t]?\([A-F]\))?)*")


class HeaderBlock:
    """One header block: the offsets of its lines (``start`` to ``end``) and the fields it states (lower-case field
    name -> value as written, the first of each name)."""

    __slots__ = ("start", "end", "fields", "lines")

    def __init__(self, start: int, end: int, fields: dict[str, str], lines: list[tuple[int, int]]):
        self.start, self.end, self.fields, self.lines = start, end, fields, lines

    def sender(self) -> str | None:
        """The display name of the ``From:`` field ("Jane Roe"; "Roe, Jane" written as "Jane Roe"), else its address;
        None when the field names no one (a redacted sender, "██████ <█████@...>")."""
        return mailbox_name(self.fields.get("from", ""))


def mailbox_name(value: str) -> str | None:
    """The person of a mailbox as a header or attribution line writes it (RFC 5322 3.4: a display name and an
    address in angle brackets): the display name, with "Last, First" (as Outlook's address books write it) turned
    into "First Last"; the address where there is no name; None where neither has a letter (a redacted one)."""
    m = _MAILBOX.match(value)
    if m is None:
        return None
    name = (m.group("quoted") or m.group("name") or "").strip().strip("'\"").strip()
    addr = (m.group("addr") or m.group("addr2") or "").strip()
    if not name and not addr:
        bare = _BARE_ADDRESS.match(value)
        addr = bare.group("addr") if bare else ""
    if _BARE_ADDRESS.match(name):
        addr, name = name.strip("<> "), ""
    if name and any(c.isalpha() for c in name):
        parts = [p.strip() for p in name.split(",")]
        # ("Roe, Jane" and "Roe, Jane M.": a surname, a comma and given names; "Jane Roe, City of Riverton" is none)
        if len(parts) == 2 and all(p and p[0].isupper() for p in parts) and len(parts[0].split()) == 1 \
                and len(parts[1].split()) <= 2:
            name = f"{parts[1]} {parts[0]}"
        return " ".join(name.split())
    if addr and re.fullmatch(_ADDRESS, addr):
        return addr
    return None


def _decoded(value: str) -> str:
    """A header value with its encoded words decoded (RFC 2047: "=?UTF-8?Q?Pilot_deployment_=E2=80=93_Riverton?=" is
    "Pilot deployment – Riverton", as a message saved whole writes a Subject or name outside ASCII); as written where
    it holds none or one that cannot be decoded."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeError, HeaderParseError):
        return value


def header_blocks(text: str) -> list[HeaderBlock]:
    """The header blocks of ``text``: runs of consecutive header field lines (folded lines included) that hold a
    ``From:`` field and at least one of ``Sent:``, ``Date:``, ``To:`` and ``Subject:`` (RFC 5322 3.6 makes the
    originator and the date the required fields; a lone "From: ..." or "Subject: ..." line of prose is no
    header)."""
    if ":" not in text:
        return []
    out: list[HeaderBlock] = []
    cur: list[tuple[int, int, str, str]] = []  # (start, end, name, value) of the current run's lines

    def close() -> None:
        names = {n for _, _, n, _ in cur if n}
        if "from" in names and names & {"sent", "date", "to", "subject"} and len(names) >= 2:
            fields: dict[str, str] = {}
            for _, _, n, v in cur:
                if n:
                    fields.setdefault(n, _decoded(v.strip()))
            out.append(HeaderBlock(cur[0][0], cur[-1][1], fields, [(s, e) for s, e, _, _ in cur]))
        cur.clear()

    for m in finditer_lines(_FIELD, text):  # (tried at line starts only: the same matches)
        s = m.start()
        if cur and text.count("\n", cur[-1][1], s) != 1:
            # lines between: folded continuations of the last field, or the end of the run
            gap_lines = text[cur[-1][1] + 1:s - 1].split("\n") if s - 1 > cur[-1][1] else []
            if s - 1 > cur[-1][1] and all(_FOLDED.match(g) for g in gap_lines):
                q = cur[-1][1] + 1
                for g in gap_lines:
                    cur.append((q, q + len(g), "", ""))
                    q += len(g) + 1
            else:
                close()
        name = m.group("name").lower()
        cur.append((s, m.end(), "attachments" if name == "attachment" else name, m.group("value")))
    if cur:
        close()
    return out


def _line_before(text: str, s: int) -> tuple[int, int] | None:
    """The line that ends just before offset ``s`` (a line start), blank lines skipped; None at the text's start."""
    e = s - 1
    while e > 0:
        b = text.rfind("\n", 0, e) + 1
        if text[b:e].strip():
            return b, e
        e = b - 1
    return None


def opening(text: str) -> int:
    """The offset of the first line of ``text`` that is neither blank nor a separator line."""
    pos = 0
    while pos < len(text):
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        if text[pos:e].strip() and not SEPARATOR.match(text, pos, e):
            return pos
        pos = e + 1
    return len(text)


def own_block(text: str, blocks: list[HeaderBlock]) -> HeaderBlock | None:
    """The header block of the text's own message: the first block, unless a separator line stands right above it
    after other text (a note above a forwarded message: "see below" / "-----Original Message-----" / its header).
    What precedes the first block otherwise (a memorandum's heading, the mailbox owner's name that Outlook prints
    above a message, a release stamp) does not make the message an earlier one; nor does a separator above the
    header of an export of one message."""
    if not blocks:
        return None
    first = blocks[0]
    line = _line_before(text, first.start)
    if line is not None and SEPARATOR.match(text, line[0], line[1]) and opening(text) < line[0]:
        return None
    return first


def _end_before(text: str, stop: int, floor: int) -> int:
    """``stop`` moved back over white space, not below ``floor`` (``len(text[:stop].rstrip())`` without copying
    the text before it, so that a long thread is read in linear time)."""
    while stop > floor and text[stop - 1].isspace():
        stop -= 1
    return stop


def earlier_messages(text: str, blocks: list[HeaderBlock] | None = None) -> list[tuple[int, int, HeaderBlock]]:
    """The earlier messages of a reply or forward: for every header block but the text's own (see
    :func:`own_block`), the body under it (from the first non-blank line after the block to the next separator line
    or header block, or the end of the text; white space at the end left out), with the block. The header block
    that opens the text is the document's own message. ``blocks``: those of :func:`header_blocks`, if at hand."""
    blocks = header_blocks(text) if blocks is None else blocks
    if not blocks:
        return []
    own = own_block(text, blocks)
    return [(s, e, b) for s, e, b in message_bodies(text, blocks) if b is not own]


def message_bodies(text: str, blocks: list[HeaderBlock]) -> list[tuple[int, int, HeaderBlock]]:
    """The body under each header block of ``blocks``, the text's own message's included (see
    :func:`earlier_messages`)."""
    seps = [m.start() for m in SEPARATOR.finditer(text)]
    out = []
    for i, b in enumerate(blocks):
        j = bisect_right(seps, b.end)
        stop = min(seps[j] if j < len(seps) else len(text), blocks[i + 1].start if i + 1 < len(blocks) else len(text))
        s = b.end
        while s < stop and text[s].isspace():
            s += 1
        e = _end_before(text, stop, s)
        if e > s:
            out.append((s, e, b))
    return out


def reply_attributions(text: str) -> list[tuple[int, int, str | None]]:
    """The attribution lines of ``text`` directly above a ">" quotation (blank lines between allowed), as
    (line start, line end, the person named or None): "On Tue, 3 May 2022, Jane Roe <jroe@city.gov> wrote:",
    "On Tue, May 3, 2022 at 4:12 PM Jane Roe <jroe@city.gov> wrote:", "Jane Roe wrote:"."""
    if "wrote" not in text or ">" not in text:
        return []
    out = []
    for m in _ATTRIBUTION.finditer(text):
        if not _QUOTE_BELOW.match(text, m.end()):
            continue
        line = m.group("line")
        if "\n" in line and line.split("\n", 1)[0].rstrip().endswith((".", "!", "?")):
            continue  # a sentence ends on the first line: "On Monday we met." / "The mayor wrote:" is prose
        name = _attributed_name(line)
        if name is None and not (line.startswith("On ") and any(c.isdigit() for c in line)):
            continue  # prose above a quotation ("As the mayor wrote:") is the author's; a client's line has a date
        out.append((m.start("line"), m.end(), name))
    return out


_HAS_ADDRESS = _rx(rf"<\s*{_ADDRESS}\s*>|\[mailto:{_ADDRESS}\]|{_ADDRESS}\s*$")


def unmarked_replies(text: str, blocks: list[HeaderBlock] | None = None) -> list[tuple[int, int, int, int, str]]:
    """The earlier messages that a client's attribution line introduces without ">" marks (a message written in
    HTML and saved or printed as text loses them: "On Tue, May 3, 2022 at 4:12 PM Jane Roe <jroe@city.gov> wrote:"
    and the message under it, unmarked), as (line start, line end, body start, body end, the person named). Only
    an "On ..." line with a date and an address counts (the client writes both; a sentence of prose does not), and
    the message runs to the next separator line, header block or attribution line, or the end of the text."""
    if "wrote" not in text or "@" not in text:
        return []
    found = []
    for m in _ATTRIBUTION.finditer(text):
        line = m.group("line")
        if _QUOTE_BELOW.match(text, m.end()) or not line.startswith("On ") or not any(c.isdigit() for c in line):
            continue
        if "\n" in line and line.split("\n", 1)[0].rstrip().endswith((".", "!", "?")):
            continue
        if not _HAS_ADDRESS.search(line):
            continue
        name = _attributed_name(line)
        if name is not None:
            found.append((m.start("line"), m.end(), name))
    if not found:
        return []
    blocks = header_blocks(text) if blocks is None else blocks
    stops = sorted({m.start() for m in SEPARATOR.finditer(text)} | {b.start for b in blocks}
                   | {a for a, _, _ in reply_attributions(text)} | {a for a, _, _ in found})
    out = []
    for a, e, name in found:
        s = e
        while s < len(text) and text[s].isspace():
            s += 1
        j = bisect_right(stops, e)
        end = _end_before(text, stops[j] if j < len(stops) else len(text), s)
        if end > s:
            out.append((a, e, s, end, name))
    return out


def _attributed_name(line: str) -> str | None:
    """The person an attribution line names: the mailbox before "wrote:" (see :func:`mailbox_name`), its display
    name being the capitalised words right before the address, after the date ("On Tue, 3 May 2022, Jane Roe
    <...>" and "On Tue, May 3, 2022 at 4:12 PM Jane Roe <...>" both give "Jane Roe")."""
    line = line.strip()
    addr = ""
    m = re.search(r"(?:<([^<>]*)>|\[mailto:([^\]]*)\])\s*$", line)
    if m:
        addr = re.sub(r"\s+", "", m.group(1) or m.group(2) or "")  # (an address the client wrapped)
        line = line[:m.start()].rstrip()
    quoted = re.search(r"\"([^\"]+)\"\s*$", line)
    if quoted:
        return mailbox_name(f'"{quoted.group(1)}" <{addr}>' if addr else f'"{quoted.group(1)}"')
    words = line.split()
    name: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w.endswith(",") and name:
            # "..., 2022, Jane Roe": the comma closes the date; "... 4:12 PM Roe, Jane": a surname before the given
            # names, as Outlook's address books write a display name
            if len(name) <= 2 and _NAME_WORD.match(w) and not _DATE_WORD.match(w) and (
                    i == 0 or _DATE_WORD.match(words[i - 1]) or not _NAME_WORD.match(words[i - 1])):
                name.insert(0, w)
            break
        if _DATE_WORD.match(w) or not _NAME_WORD.match(w):
            break
        name.insert(0, w.rstrip(","))
    if not line.startswith("On ") and len(name) != len(words):
        name = []  # a line that is not "On ..." names its writer whole ("Jane Roe wrote:"), or is prose
    if name and len(name) <= 5:
        return mailbox_name(" ".join(name) + (f" <{addr}>" if addr else ""))  # ("Roe, Jane" -> "Jane Roe")
    if addr:
        return mailbox_name(f"<{addr}>")
    bare = re.search(rf"({_ADDRESS})\s*$", line)
    return bare.group(1) if bare else None


def signature_spans(text: str, blocks: list[HeaderBlock] | None = None,
                    attributions: list[tuple[int, int, str | None]] | None = None) -> list[tuple[str, int, int]]:
    """(rule, start, end) of the signatures and notices of an e-mail text: a signature from its separator line
    ``-- `` to the next separator, header block, attribution or ">" line, else to the end of the text
    (``signature``); a client's "Sent from my iPhone" line (``device-signature``); a confidentiality notice to the
    end of its paragraph (``email-disclaimer``). ``blocks`` and ``attributions``: those of :func:`header_blocks`
    and :func:`reply_attributions`, if at hand."""
    out = []
    if "--" in text:
        blocks = header_blocks(text) if blocks is None else blocks
        attributions = reply_attributions(text) if attributions is None else attributions
        stops = sorted({m.start() for m in SEPARATOR.finditer(text)} | {b.start for b in blocks}
                       | {m.start() for m in _QUOTE_LINE.finditer(text)} | {a for a, _, _ in attributions})
        for m in _SIG_SEPARATOR.finditer(text):
            j = bisect_right(stops, m.end())
            e = _end_before(text, stops[j] if j < len(stops) else len(text), m.end())
            # a signature is short (RFC 1855 2.1.1, netiquette: no more than four lines; a client's notice may follow
            # it); one that runs on is no signature but a rule in the text
            if e > m.end() and text.count("\n", m.end(), e) <= 8:
                out.append(("signature", m.start(), e))
    for m in _DEVICE_LINE.finditer(text):
        out.append(("device-signature", m.start() + len(m.group()) - len(m.group().lstrip()), m.end()))
    for m in _DISCLAIMER.finditer(text):
        e = _PARAGRAPH_END.search(text, m.start()).start()
        out.append(("email-disclaimer", m.start() + len(m.group()) - len(m.group().lstrip()), e))
    out.sort(key=lambda t: t[1])
    kept: list[tuple[str, int, int]] = []
    for rule, s, e in out:
        if kept and s < kept[-1][2]:
            continue  # (a notice inside a signature is the signature's)
        kept.append((rule, s, e))
    return kept


def signature_blocks(text: str, blocks: list[HeaderBlock]) -> list[tuple[int, int]]:
    """The signature blocks of a message written without the ``-- `` separator (as Outlook writes them): a
    paragraph of two to eight short lines (at most 100 characters each) at the end of a message's body, or before its
    notice, whose first line is the name its ``From:`` field gives, alone or followed by a title after a comma, a
    bar, a dash or a parenthesis ("Jane Roe" / "Deputy Director, Office of Innovation" / "City of Riverton";
    "Mark Bell | Regional Sales Director" / "AcmeVision Inc. - Building the safe city of tomorrow"). A signature
    names the sender, their position and affiliation (RFC 1855 2.1.1: "no longer than 4 lines"); it is the same in
    every message the sender writes, and its words ("Office of Innovation", a company slogan) had been counted as
    the author's framing once per message. "Jane Roe and I met ..." opens no signature."""
    out = []
    for s, e, b in message_bodies(text, blocks):
        name = b.sender()
        if not name or "@" in name:
            continue
        lead = re.compile(rf"{re.escape(name)}(?:$|\s*[,|(–—-])")
        pos = s
        while pos < e:
            m = _PARAGRAPH_END.search(text, pos, e)
            end = m.start() if m else e
            lines = text[pos:end].strip("\n").split("\n")
            if 2 <= len(lines) <= 8 and lead.match(lines[0].strip()) and all(len(x) <= 100 for x in lines):
                out.append((pos, _end_before(text, end, pos)))
            if m is None or m.end() <= pos:
                break
            pos = m.end()
            while pos < e and text[pos].isspace():
                pos += 1
    return out


def redaction_spans(text: str, email: bool) -> list[tuple[int, int]]:
    """The redaction marks of ``text`` (see the module docstring); the FOIA exemption codes only in an e-mail text
    or one with another redaction mark, since "(b)(6)" in a statute is a subsection."""
    spans = [(m.start(), m.end()) for m in finditer_at(_REDACTED, text, _REDACTED_OPENING)] \
        if ("[" in text or "█" in text or "■" in text or "▇" in text or "▆" in text) else []
    if "(b)" in text and (email or spans):
        spans += [(m.start(), m.end()) for m in _EXEMPTION.finditer(text)]
    return sorted(spans)
