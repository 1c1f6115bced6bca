"""Cleaning: news headers and boilerplate found and set aside as spans, never cut out of the text.

:func:`clean_document` finds bylines ("Posted on Sep 15, 2017 by ..."), "Published at" and date lines,
``Original: [Outlet](url)`` lines, photo captions and credits, "From The Epoch Times", newsletter sign-ups,
comment and share lines and author bios, and returns them as spans with the rule that matched, plus the
title, author, date and outlet they reveal. :class:`discourse.Corpus` records the spans in
``corpus.set_aside``; :func:`discourse.tokenize` leaves them out. The text itself is never edited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

__all__ = ["clean_document"]

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE_WORDS = re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}", re.I)
_DATE_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")

# header lines (looked for in the first lines of a document only)
_HEADER_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    # (kind, rule name, pattern on the stripped line)
    ("byline", "posted-on-by", re.compile(rf"^posted\s+on\s+(?P<date>(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})\s+by\s+(?P<author>.+)$", re.I)),
    ("byline", "by-author", re.compile(r"^[Bb][Yy]\s+(?P<author>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})$")),
    ("byline", "author-field", re.compile(r"^(?:author|written by)\s*:\s*\**(?P<author>[^*]+?)\**$", re.I)),
    ("date", "published-field", re.compile(r"^(?:published|posted|updated|date)(?:\s+(?:at|on))?\s*:\s*\**(?P<date>[^*]+?)\**$", re.I)),
    ("date", "dateline", re.compile(rf"^(?P<date>(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})(?P<section>[A-Z][\w ]{{0,40}})?$", re.I)),
    ("outlet", "original-field", re.compile(r"^(?:original|source)\s*:\s*\[(?P<outlet>[^\]]+)\]\((?P<url>[^)]+)\)$", re.I)),
    ("boilerplate", "share-line", re.compile(r"^(?:share|share this(?: article)?|print|email|tweet|comments?)$", re.I)),
]
# photo captions and credits, anywhere in the text: a line of at most 300 characters that starts like a
# caption (a capital letter or a parenthesis) and ends in a parenthesised credit: "(Name/Outlet)", a known
# credit word ("(Wikipedia)", "(Screenshot via Twitter)", "(AP)"), or one to three capitalised words that
# are not an all-capitals acronym ("(Huawei)"; "(UNASUR)" at the end of a hard-wrapped line is not a credit)
_CREDIT_WORDS = (r"wikipedia|wikimedia|reuters|ap|afp|epa|getty|shutterstock|xinhua|handout|courtesy|screenshot|"
                 r"photo|file|via|supplied|twitter|facebook|youtube|instagram")
_CAPTION = re.compile(r"^(?=[A-Z(]).{0,300}?\((?:[A-Z][^()/\d]{1,40}/[A-Z][^()/\d]{1,40}"
                      rf"|(?i:[^()]{{0,30}}\b(?:{_CREDIT_WORDS})\b[^()]{{0,30}})"
                      r"|[A-Z][a-z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})\)$"
                      r"|^(?:[A-Z][\w.&'’/-]*\s+){1,4}(?:Photo|Photos|Photograph|Image|Screenshot|File Photo)$")

# trailing boilerplate (looked for from the end of a document, line by line, while lines match)
_FOOTER_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    ("outlet", "from-outlet", re.compile(r"^from\s+(?P<outlet>(?:the\s+)?[A-Z][\w&'’ -]{1,50})$", re.I)),
    ("boilerplate", "newsletter", re.compile(r"newsletter|\bsign up\b|\bsubscribe (?:to|now|for|here)|stay informed|what you need to know|by registering", re.I)),
    ("boilerplate", "comments", re.compile(r"^(?:comments?|\d+\s+comments?|leave a (?:comment|reply)|share|related(?: people| articles| stories)?|sections|tags?:?.*|read more.*|advertisement)$", re.I)),
    ("boilerplate", "image-credit", re.compile(r"^(?:featured |header |top |lead )?(?:image|photo|picture)(?: credit)?s?\s*(?:by|:|via|courtesy of)\s*.{1,80}$", re.I)),
    ("boilerplate", "contributor-line", re.compile(r"^[A-Z][\w .,'’-]{1,80}\s+contributed to this (?:report|article|story)\.?$")),
    ("boilerplate", "author-bio", re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+is\s+an?\s+[\w ,-]{0,60}(?:writer|journalist|reporter|correspondent|editor|columnist|contributor)\b.{0,80}$")),
    ("boilerplate", "copyright", re.compile(r"^(?:©|\(c\)|copyright\b|all rights reserved).{0,120}$", re.I)),
]
_HEADER_LINES = 12
_LINE = re.compile(r"[^\n]*\n?")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line's visible content (without the newline and outer white space)."""
    spans = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        raw = m.group().rstrip("\n")
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            spans.append((m.start() + lead, m.start() + lead + len(stripped)))
    return spans


def _parse_date(value: str) -> pd.Timestamp | None:
    value = value.strip().strip("*").strip()
    m = _DATE_ISO.search(value) or _DATE_WORDS.search(value)
    if not m:
        return None
    try:
        ts = pd.Timestamp(m.group().replace("Sept", "Sep"))
    except (ValueError, TypeError):
        return None
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts.normalize()


_WRAPPED_BEFORE = re.compile(r"[,;:(\[-]$|[a-z]$")


def _stands_alone(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """A caption is a line of its own, not a fragment of hard-wrapped prose: the line before it does not
    end mid-sentence (comma, lowercase word) and the line after it does not start in lowercase."""
    s, e = lines[i]
    if i > 0:
        ps, pe = lines[i - 1]
        gap = text[pe:s]
        if gap.count("\n") < 2 and _WRAPPED_BEFORE.search(text[ps:pe]):
            return False
    if i + 1 < len(lines):
        ns, ne = lines[i + 1]
        if text[e:ns].count("\n") < 2 and text[ns:ne][:1].islower():
            return False
    return True


@dataclass
class _Cleaned:
    spans: list[dict[str, Any]]
    fields: dict[str, Any]


def clean_document(text: str, doc_id: str = "") -> _Cleaned:
    """Find header and boilerplate spans of one news text, and the metadata they state.

    Rules, in order (each recorded by name in ``Corpus.set_aside.rule``):

    - the **title** is the first line when it is a markdown heading (``# ...``), or a short line (at most
      200 characters, three words or more) that does not end in sentence punctuation and is followed by more text. It stays in
      the analysed text (a headline is the outlet's own framing) and only fills the ``title`` field; a
      *repeat* of the title further down the header is set aside (``repeated-title``);
    - in the first 12 lines: bylines (``By Name``, ``Posted on Sep 15, 2017 by Name``, ``Author: Name``
      and a lone line equal to the byline's name), date lines (``Published at: 2019-11-06T09:00...``,
      ``December 21, 2018`` optionally followed by a section name), ``Original: [Outlet](url)`` lines,
      and ``share``/``print`` lines;
    - anywhere: photo captions, lines of at most 300 characters ending in a parenthesised credit, and
      credit lines such as ``NTD Photo``;
    - from the end, while lines match: ``From <Outlet>`` lines, newsletter sign-ups, comment/share/related
      lines, image credits, "X contributed to this report", author bios ("X is a technology writer ..."),
      and copyright lines.

    Returns the spans to set aside and the fields the header states (title, author, date, outlet, url).
    """
    lines = _lines(text)
    spans: list[dict[str, Any]] = []
    fields: dict[str, Any] = {}
    if not lines:
        return _Cleaned(spans, fields)

    def add(kind: str, rule: str, s: int, e: int) -> None:
        spans.append({"doc_id": doc_id, "kind": kind, "rule": rule, "start": s, "end": e, "text": text[s:e]})

    # title
    s0, e0 = lines[0]
    first = text[s0:e0]
    if first.startswith("#"):
        fields["title"] = first.lstrip("#").strip()
    elif len(lines) > 1 and len(first) <= 200 and len(first.split()) >= 3 and not first.rstrip().endswith((".", "!", "?", ":", ";", ",")) \
            and not first.startswith(("-", "*", "•")):
        fields["title"] = first.strip()

    used: set[int] = set()
    header = lines[1:_HEADER_LINES]
    for i, (s, e) in enumerate(header, start=1):
        line = text[s:e]
        if fields.get("title") and line.strip("# ") == fields["title"]:
            add("title", "repeated-title", s, e)
            used.add(i)
            continue
        for kind, rule, pat in _HEADER_RULES:
            m = pat.match(line)
            if not m:
                continue
            gd = m.groupdict()
            if gd.get("author"):
                fields.setdefault("author", gd["author"].strip())
            if gd.get("date"):
                ts = _parse_date(gd["date"])
                if ts is None:
                    continue
                fields.setdefault("date", ts)
            if gd.get("outlet"):
                fields.setdefault("outlet", gd["outlet"].strip())
            if gd.get("url"):
                fields.setdefault("url", gd["url"].strip())
            add(kind, rule, s, e)
            used.add(i)
            break
    # a lone name line equal to the byline's author ("Sunny Chao" above "By Sunny Chao")
    if fields.get("author"):
        for i, (s, e) in enumerate(header, start=1):
            if i not in used and text[s:e].strip() == fields["author"]:
                add("byline", "author-name-line", s, e)
                used.add(i)

    # photo captions anywhere
    for i, (s, e) in enumerate(lines[1:], start=1):
        if i not in used and _CAPTION.match(text[s:e]) and _stands_alone(text, lines, i):
            add("caption", "photo-credit", s, e)
            used.add(i)

    # trailing boilerplate
    for i in range(len(lines) - 1, max(len(lines) - 15, 1) - 1, -1):
        s, e = lines[i]
        if i in used:
            if any(sp["start"] == s and sp["kind"] == "caption" for sp in spans):
                continue
            break
        line = text[s:e]
        hit = None
        for kind, rule, pat in _FOOTER_RULES:
            m = pat.search(line) if rule == "newsletter" else pat.match(line)
            if m and (rule != "newsletter" or len(line) <= 160):
                hit = (kind, rule, m)
                break
        if hit is None:
            break
        kind, rule, m = hit
        if m.groupdict().get("outlet"):
            fields.setdefault("outlet", m.group("outlet").strip())
        add(kind, rule, s, e)
    spans.sort(key=lambda d: d["start"])
    return _Cleaned(spans, fields)
