"""Cleaning: news headers and boilerplate found and set aside as spans, never cut out of the text.

:func:`clean_document` finds bylines ("Posted on Sep 15, 2017 by ..."), "Published at" and date lines,
``Original: [Outlet](url)`` lines, photo captions and credits, "From The Epoch Times", newsletter sign-ups,
comment and share lines and author bios, the running heads and page numbers of PDF text and the lines of a
table of contents, and returns them as spans with the rule that matched, plus the
title, author, date and outlet they reveal. :class:`discourse.Corpus` records the spans in
``corpus.set_aside``; :func:`discourse.tokenize` leaves them out. The text itself is never edited.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._email import SEPARATOR as EMAIL_SEPARATOR
from ._email import (
    header_blocks,
    own_block,
    redaction_spans,
    reply_attributions,
    signature_blocks,
    signature_spans,
    unmarked_replies,
)
from ._encyclopedia import apparatus_spans
from ._letters import letters
from ._posts import RETWEET_PREFIX
from ._privacy_notices import privacy_notice_spans
from ._quote_cues import _LETTER_RE
from ._re_cache import compile as _rx
from ._re_cache import finditer_from, finditer_lines, occurrences
from ._reviews import bibliographic_line
from .segment import (
    DIARISATION_LINE,
    LIVE_STAMP,
    SUBTITLE_TIMING,
    caption_turn_marks,
    line_feed_view,
    live_blog_stamps,
    page_furniture,
    paragraphs,
)

__all__ = ["clean_document", "sponsored_labels", "BROADCAST_DIRECTION", "LINE_TIMESTAMP"]

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# the month before the day ("March 4, 2019", "Sept. 15 2017"): one pattern for every rule that reads such a date
_DATE_MDY = rf"(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"
_DATE_WORDS = _rx(rf"\b{_DATE_MDY}", re.I)
# the day before the month, as British, Irish, Australian, Indian and European outlets write it ("6 December 2026",
# "Sun 6 Dec 2026 10.30 GMT", "21st March 2019"): the month-first forms alone had left such a date line in the text
# and the document's date empty
_DATE_DMY = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
_DATE_DMY_RX = _rx(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTHS})\.?,?\s+(?P<y>\d{{4}})", re.I)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?"
_ANY_DATE = rf"(?:{_WEEKDAY}\s+)?(?:{_DATE_DMY}|{_DATE_MDY})"
# a clock time and its zone after a date line's date ("10.30 GMT", "at 9:15 am", "18:02 CET")
_CLOCK = r"(?:,?\s+(?:at\s+)?\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?"
_DATE_ISO = _rx(r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")

def _continues(line: str) -> bool:
    """Does ``line`` (stripped) go on with the sentence of the line before: it starts with a lower-case letter and
    is no header line (a byline "by Ann Roe" is one)? Then the line before is a hard-wrapped piece of running text
    ("I join previous" / "speakers in congratulating you, ..." in PDF and OCR text), not a title: a headline is
    followed by a new line of its own, which starts as a sentence or a header line does."""
    if not line[:1].islower():
        return False
    return not any(rx.match(line) for _, _, rx in _HEADER_RULES)


# the field lines of news-database exports, as LexisNexis / Nexis Uni write them around each article ("Section:
# BUSINESS; Version:1", "Length: 812 words", "Dateline: LONDON", "Language: ENGLISH", "Subject: PRIVACY (90%)";
# the keywords by which readers of these exports find an article's parts: "X of X DOCUMENTS", "LENGTH:",
# "LANGUAGE:" in the R package LexisNexisTools, "End of Document" in tm.plugin.lexisnexis): the database's record,
# not the article's words. Counted, "length", "words", "load", "date", "language" and "english" were words of every article.
_DB_FIELDS = (r"section|length|dateline|language|publication-type|document-type|journal-code|edition|highlight|"
              r"graphic|correction-date|acc-no")
# at the end of an article the database's index fields follow too; their names are ordinary words ("Organization:"
# ends a hard-wrapped line of a UN speech), so they are looked for only among the lines that close a text
_DB_INDEX_FIELDS = r"subject|geographic|organization|industry|person|company|ticker|country|city|state|notes|distribution"
# "Graphic" alone heads the captions Nexis Uni writes after the text. An index line lists its terms with their
# relevance ("Subject: PRIVACY (90%); SURVEILLANCE (89%); ..."), often several hundred characters: such a list is
# read whatever its length (one of over 300 characters had stopped the fields read from the end)
# (each term ends in its relevance and the terms are cut at their semicolons, so that no term can be read in two ways:
# a list written as one repeated term, "(?:[^;]+\(\d+%\);?)+", took exponential time on a line of terms without
# semicolons)
_INDEX_LIST = r"[^;]{1,200}\(\d{1,3}%\)\s*(?:;[^;]{1,200}\(\d{1,3}%\)\s*)*;?\s*"
_DB_FIELD = _rx(rf"^(?:(?:{_DB_FIELDS})\s*:.{{0,300}}|body|classification|graphic)$", re.I)
_DB_FOOTER_FIELD = _rx(rf"^(?:(?:{_DB_FIELDS}|{_DB_INDEX_FIELDS})\s*:(?:.{{0,300}}|{_INDEX_LIST})"
                       r"|body|classification|graphic)$", re.I)
# "Load-Date: March 5, 2019": the day the article entered the database, a day or more after it was published, so
# it is set aside but never taken for the document's date
_LOAD_DATE = _rx(r"^load-date\s*:.{0,80}$", re.I)
# the lines that separate the articles of an export file: "Document 3 of 40" and "End of Document" (LexisNexis,
# Nexis Uni), "3 of 40 DOCUMENTS" (LexisNexis Academic), "Document FTCOM00020190304ef340001n" (Factiva's
# accession number, closing each article). A line may end in a carriage return: exports saved on Windows end their
# lines with CR LF, and "$" of re.M stops only before the LF (such a file had not been split at all)
# Factiva's field-code layout writes the accession number as its "AN" field ("AN\tDocument FTCOM000...").
EXPORT_SEPARATOR = _rx(r"^[ \t]*(?:document\s+\d+\s+of\s+\d+|\d+\s+of\s+\d+\s+documents|end\s+of\s+document|"
                       r"(?:AN[ \t]+)?document\s+(?=[a-z0-9]*\d)[a-z0-9]{16,40})[ \t\r]*$", re.I | re.M)
_COPYRIGHT = _rx(r"^(?:©|\(c\)|copyright\b|all rights reserved).{0,120}$", re.I)
# the same among the header lines, where "(c) Economic and social progress ..." opens an enumerated point of a
# speech and "Copyright rules ..." a sentence: a notice there states the year ("Copyright 2019 ...", "© 2019")
# (or is the second line of such a notice, "All Rights Reserved" on a line of its own, as LexisNexis writes it under
# "Copyright 2010 Guardian Newspapers Limited")
_HEADER_COPYRIGHT = _rx(r"^(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b.{0,120}|all\s+rights\s+reserved\.?)$", re.I)

# The header of one article of a news-database export names the publication on a line of its own, which no rule
# above reads: Nexis Uni writes the headline, the publication and the date ("The Guardian (London)" between
# "Smart cameras ..." and "March 4, 2019 Monday"); LexisNexis Academic the separator, the publication, the date and
# then the headline; Factiva the headline, the byline, "812 words", the date, a time, the publication, its source
# code and the language ("The Guardian", "GRDN", "English"), as LexisNexisTools (lnt_read) and tm.plugin.factiva
# read them. Left in the text, the publication's and the code's words were counted as the article's, and the
# outlet, the default grouping, was not found.
_WORD_COUNT = _rx(r"^\d{1,3}(?:,?\d{3})*\s+words$", re.I)
_CLOCK_LINE = _rx(r"^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?(?:\s+[A-Z]{2,5})?$", re.I)
_SOURCE_CODE = _rx(r"^[A-Z][A-Z0-9]{1,9}$")
_LANGUAGES = frozenset("english french german spanish italian portuguese dutch russian chinese japanese arabic "
                       "turkish polish swedish danish norwegian finnish czech greek hungarian romanian korean "
                       "indonesian malay vietnamese thai hebrew ukrainian catalan".split())
_PUBLICATION = _rx(r"^[\w(][^.!?]{1,100}$")
# a byline: up to six capitalised words, names joined by "and" or a comma, particles in lower case ("Jane Roe",
# "Ann Lee and Bo Chen", "Ludwig van Beethoven")
_NAME_LINE = _rx(r"^(?:by\s+)?[A-Z][\w.'’-]*(?:(?:\s+|,\s*)(?:and\s+|van\s+|von\s+|de\s+|der\s+|da\s+|del\s+|la\s+|le\s+)?"
                 r"[A-Z][\w.'’-]*){0,5}$")
_WEEKDAY_AFTER_DATE = _rx(rf"\d{{4}},?\s+{_WEEKDAY}", re.I)
# the edition a database writes on the lines right after the date ("Final Edition", "Late Edition - Final",
# "Edition 1;" / "Scotland", "ALL EDITIONS"), as LexisNexisTools' lnt_read reads the one or two lines that follow
# the date without a blank line: the database's record, not the article's words (in LexisNexis Academic, whose
# headline follows the date, "Edition 1;" had been taken for the headline)
_EDITION = _rx(r"^(?:.{0,40}\beditions?\b.{0,40}|(?:final|late|early|first|second|third|metro|national|city|home|"
               r"sooner|late final|first with the news|correction appended)\b.{0,30}|[^;]{1,40};)$", re.I)

# Factiva's field-code layout ("Full Article/Report plus Indexing"): every field of an article opens with its code,
# before a tab or spaces on the field's first line or alone on a line of its own, and runs to the next field: SE
# section, HD headline, BY byline, CR credit, WC word count, PD date, ET time, SN source name, SC source code, ED
# edition, PG page, VOL volume, LA language, CY copyright, LP lead paragraph, TD text, then the index: CT contact,
# RF reference, ART captions, CO companies, IN industries, NS subjects, RE regions, IPC/IPD provider codes and
# descriptors, PUB publisher, AN accession number (Factiva's field codes; the tags the Factiva parsers of
# tm.plugin.factiva's users and of Factiva RTF converters split on). The headline, the lead paragraph and the text
# are the article's words (their codes are set aside); every other field is the database's record.
_FACTIVA_HEAD_CODES = "SE|HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|CLM|LA|CY"
_FACTIVA_INDEX_CODES = "CT|RF|ART|CO|IN|NS|RE|IPC|IPD|PUB|NGC|RST|AN"
_FACTIVA_FIELD = _rx(rf"^[ \t]*(?P<code>{_FACTIVA_HEAD_CODES}|LP|TD|{_FACTIVA_INDEX_CODES})(?:[ \t]+|[ \t\r]*$)", re.M)
# within the lead paragraph and the text, a line that opens with a capitalised word such as "IN" or "AN" is running
# text unless it has the shape of an index field: its code alone or before a tab, or an index entry "gcat : ...";
# the text's own code "TD" ends the lead paragraph
_FACTIVA_INDEX_FIELD = _rx(rf"^[ \t]*(?:TD(?:[ \t]|\r?$)|(?:{_FACTIVA_INDEX_CODES})"
                           rf"(?:\t|[ \t\r]*$|[ \t]+[^\n]{{0,40}}\s:\s))", re.M)
_FACTIVA_KEPT = frozenset({"HD", "LP", "TD"})


def _factiva_fields(text: str, doc_id: str) -> _Cleaned | None:
    """The spans and fields of one article in Factiva's field-code layout (see :data:`_FACTIVA_FIELD`), or None
    when ``text`` is not in that layout (it opens with no "SE" or "HD" field, or has no "HD" field)."""
    first = _FACTIVA_FIELD.match(text, len(text) - len(text.lstrip()))
    if first is None or first.group("code") not in ("SE", "HD"):
        return None
    starts = []
    pos, in_body = first.start(), False
    while True:
        m = _FACTIVA_FIELD.search(text, pos)
        if m is None:
            break
        if in_body and _FACTIVA_INDEX_FIELD.match(text, m.start()) is None:
            pos = text.find("\n", m.end())  # a line of running text
            if pos < 0:
                break
            continue
        starts.append(m)
        in_body = m.group("code") in ("LP", "TD")
        nl = text.find("\n", m.end())
        if nl < 0:
            break
        pos = nl + 1
    if not any(m.group("code") == "HD" for m in starts):
        return None
    spans: list[dict[str, Any]] = []
    fields: dict[str, Any] = {}

    def add(kind: str, rule: str, s: int, e: int) -> None:
        spans.append({"doc_id": doc_id, "kind": kind, "rule": rule, "start": s, "end": e, "text": text[s:e]})

    for m, nxt in zip(starts, [*starts[1:], None], strict=True):
        code = m.group("code")
        cs = m.start() + len(m.group()) - len(m.group().lstrip())
        ce = cs + len(code)
        end = len(text) if nxt is None else nxt.start()
        value = text[m.end():end].strip()
        vs = text.find(value, m.end()) if value else m.end()
        ve = vs + len(value)
        if code in _FACTIVA_KEPT:
            add("boilerplate", "database-field", cs, ce)
            if code == "HD" and value:
                fields.setdefault("title", " ".join(value.split()))
            continue
        kind, rule = {"BY": ("byline", "database-byline"), "PD": ("date", "dateline"),
                      "SN": ("outlet", "database-publication"), "CY": ("boilerplate", "copyright"),
                      "AN": ("boilerplate", "export-separator")}.get(code, ("boilerplate", "database-field"))
        add(kind, rule, cs, max(ce, ve))
        if code == "BY" and value:
            fields.setdefault("author", re.sub(r"^[Bb][Yy]\s+", "", " ".join(value.split())))
        elif code == "PD" and value:
            ts = _parse_date(value)
            if ts is not None:
                fields.setdefault("date", ts)
        elif code == "SN" and value:
            fields.setdefault("outlet", " ".join(value.split()))
    return _Cleaned(spans, fields)


_BYLINE_DATE = _rx(rf"^[Bb][Yy]\s+(?P<author>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}})"
                   rf"(?:\s*[|·•,]|\s+[–—-]|\s+on)\s+(?P<date>(?i:{_ANY_DATE}))(?i:{_CLOCK})$")


# header lines (looked for in the first lines of a document only)
# the labels of a page's share buttons, one line for one button or a row of them: "Share on Twitter", "Share on X",
# "Share via Email", "Tweet this", "Share this petition", "Share: Facebook | Twitter | Email" (the buttons of
# AddToAny, ShareThis and the platforms' own share links). They are the page's widgets, not its text: on a campaign
# page or a post they stand at the end, one per line, and had been counted as words ("share", "twitter",
# "facebook" among a campaign's key terms against news)
_SHARE_PLATFORMS = (r"(?:facebook|twitter|x|linkedin|whatsapp|reddit|e-?mail|telegram|bluesky|mastodon|threads|"
                    r"pinterest|tumblr|messenger|signal)")
_SHARE_BUTTONS = (rf"(?:(?:share|post)(?:\s+(?:this|the)(?:\s+(?:article|page|post|story|petition|campaign|link))?)?"
                  rf"\s*(?:\s(?:on|to|via|with)\s+|:\s*){_SHARE_PLATFORMS}(?:\s*[|·•,/]?\s*{_SHARE_PLATFORMS})*"
                  rf"|share\s+this\s+(?:page|post|story|petition|campaign|link)|tweet\s+(?:this|it)|email\s+(?:this|a\s+friend))")
_HEADER_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    # (kind, rule name, pattern on the stripped line)
    ("byline", "posted-on-by", _rx(rf"^posted\s+on\s+(?P<date>{_DATE_MDY})\s+by\s+(?P<author>.+)$", re.I)),
    # a post's meta line, the author and the day joined by a bar, a middle dot, a comma, a dash or "on", as blog
    # themes print it above the post ("By Jane Roe | May 3, 2024", WordPress's Twenty Twenty "By Jane Roe · May 3,
    # 2024"); a feed item's text opens with it, its headline being the feed's title field (:data:`_BYLINE_DATE`)
    ("byline", "by-author-date", _BYLINE_DATE),
    # the name may be followed by the kind of writer after a comma, as Forbes and staff bylines print it ("By Jane
    # Roe, Contributor", "By Jane Roe, Forbes Staff", "By John Doe, Staff Writer"): a closed list of those words, so
    # "By Tuesday, Officials Said" stays text
    ("byline", "by-author", _rx(r"^[Bb][Yy]\s+(?P<author>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
                                r"(?:\s*,\s*(?:[A-Z][\w'’-]*\s+){0,2}(?:Contributor|Staff(?:\s+(?:Writer|Reporter))?|"
                                r"Correspondent|Columnist))?$")),
    ("byline", "author-field", _rx(r"^(?:author|written by|byline)\s*:\s*\**(?P<author>[^*]+?)\**$", re.I)),
    ("date", "published-field", _rx(r"^(?:published|posted|updated|date)(?:\s+(?:at|on))?\s*:\s*\**(?P<date>[^*]+?)\**$", re.I)),
    # "December 21, 2018World", and "March 4, 2019 Monday" as news databases write the day of publication
    ("date", "dateline", _rx(rf"^(?P<date>{_DATE_MDY})(?:\s+{_WEEKDAY}{_CLOCK})?"
                             rf"(?P<section>[A-Z][\w ]{{0,40}})?$", re.I)),
    # "Published 6 December 2026", "First published on Sun 6 Dec 2026 10.30 GMT", "Last modified on ...", "Updated
    # 21st March 2019": a date field written without a colon
    ("date", "published-on", _rx(rf"^(?:first\s+|last\s+)?(?:published|posted|updated|modified)(?:\s+(?:at|on))?\s+"
                                 rf"(?P<date>{_ANY_DATE}){_CLOCK}$", re.I)),
    ("date", "dateline-day-first", _rx(rf"^(?P<date>{_ANY_DATE}){_CLOCK}$", re.I)),
    ("outlet", "original-field", _rx(r"^(?:original|source)\s*:\s*\[(?P<outlet>[^\]]+)\]\((?P<url>[^)]+)\)$", re.I)),
    ("boilerplate", "share-line", _rx(rf"^(?:share|share this(?: article)?|print|email|tweet|comments?|{_SHARE_BUTTONS})$", re.I)),
    ("date", "load-date", _LOAD_DATE),
    ("boilerplate", "database-field", _DB_FIELD),
    ("boilerplate", "copyright", _HEADER_COPYRIGHT),
    ("boilerplate", "export-separator", EXPORT_SEPARATOR),
]
# every header rule starts with one of these words (case-insensitive as the rules are; "by" covers [Bb][Yy]):
# a line that starts with none of them skips the rules
_HEADER_START = _rx(rf"(?:posted|by|author|written|published|updated|date|original|source|share|print|"
                           rf"email|tweet|comment|first|last|modified|\d|{_WEEKDAY}|{_MONTHS}|load-date|{_DB_FIELDS}|"
                           rf"body|classification|©|\(c\)|copyright|all\s+rights|document|end\s+of)", re.I)
# photo captions and credits, anywhere in the text: a line of at most 300 characters that starts like a
# caption (a capital letter or a parenthesis) and ends in a parenthesised credit: "(Name/Outlet)", a known
# credit word ("(Wikipedia)", "(Screenshot via Twitter)", "(AP)"), or one to three capitalised words that
# are not an all-capitals acronym ("(Huawei)"; "(UNASUR)" at the end of a hard-wrapped line is not a credit)
_CREDIT_WORDS = (r"wikipedia|wikimedia|reuters|ap|afp|epa|getty|shutterstock|xinhua|handout|courtesy|screenshot|"
                 r"photo|file|via|supplied|twitter|facebook|youtube|instagram")
_CAPTION = _rx(r"^(?=[A-Z(]).{0,300}?\((?:[A-Z][^()/\d]{1,40}/[A-Z][^()/\d]{1,40}"
                      rf"|(?i:[^()]{{0,30}}\b(?:{_CREDIT_WORDS})\b[^()]{{0,30}})"
                      r"|[A-Z][a-z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})\)$"
                      r"|^(?:[A-Z][\w.&'’/-]*\s+){1,4}(?:Photo|Photos|Photograph|Image|Screenshot|File Photo)$")

# trailing boilerplate (looked for from the end of a document, line by line, while lines match)
_FOOTER_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    ("outlet", "from-outlet", _rx(r"^from\s+(?P<outlet>(?:the\s+)?[A-Z][\w&'’ -]{1,50})$", re.I)),
    ("boilerplate", "newsletter", _rx(r"newsletter|\bsign up\b|\bsubscribe (?:to|now|for|here)|stay informed|what you need to know|by registering", re.I)),
    ("boilerplate", "comments", _rx(r"^(?:comments?|\d+\s+comments?|leave a (?:comment|reply)|share|related(?: people| articles| stories)?|sections|tags?:?.*|read more.*|advertisement)$", re.I)),
    ("boilerplate", "share-line", _rx(rf"^{_SHARE_BUTTONS}$", re.I)),
    ("boilerplate", "image-credit", _rx(r"^(?:featured |header |top |lead )?(?:image|photo|picture)(?: credit)?s?\s*(?:by|:|via|courtesy of)\s*.{1,80}$", re.I)),
    ("boilerplate", "contributor-line", _rx(r"^[A-Z][\w .,'’-]{1,80}\s+contributed to this (?:report|article|story)\.?$")),
    ("boilerplate", "author-bio", _rx(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+is\s+an?\s+[\w ,-]{0,60}(?:writer|journalist|reporter|correspondent|editor|columnist|contributor)\b.{0,80}$")),
    # the note on the writer that closes an opinion piece in the Global Times, China Daily and many papers, 'The author
    # is an editor with the Global Times.', 'The author is a senior fellow at ...', 'The writer is director of ...': a
    # predicate noun phrase (an article or an office first), so 'The author is right that ...' stays the text's
    ("boilerplate", "author-bio", _rx(r"^The\s+(?:author|writer)s?\s+(?:is|are)\s+(?:an?|the|(?:director|professor|"
                                      r"dean|president|head|editor|chairman|chairwoman|founder|researcher|fellow|"
                                      r"secretary-general|vice-president|deputy)\b).{1,200}$")),
    # the staff credits that close a news agency's story: Reuters' 'Reporting by David Shepardson; Additional reporting
    # by Yew Lun Tian in Beijing; Editing by Leslie Adler' (each a task, 'by' and names, joined by semicolons), and the
    # editor's line of Xinhua's and China Daily's pages, 'Editor: Li Na', 'Editor: huaxia'. They name who wrote and
    # edited the story, no word of it: counted, 'editing', 'reporting', 'editor' and the editors' names were key terms
    # of the agencies' copy
    # (Reuters sets them in brackets as often: '(Reporting by Jane Roe; Editing by Tom Hale)')
    ("byline", "wire-credits", _rx(r"^\(?(?:(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|"
                                   r"[Rr]esearch|[Gg]raphics)(?:\s+and\s+(?:reporting|writing|editing))?\s+by\s+"
                                   r"[A-Z][\w.,'’\-]*(?:\s+(?:[A-Z][\w.,'’\-]*|in|and|&))*\s*(?:;\s*|(?=\)?$)))+\)?$")),
    ("byline", "editor-credit", _rx(r"^Editors?\s*:\s*[A-Za-z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*){0,3}$")),
    # Xinhua's end mark, its '-30-' (the end-mark rule of a press release)
    ("boilerplate", "end-mark", _rx(r"^(?:Enditem|ENDITEM)\.?$")),
    # the line naming where a web page took the story from, 'Source: Xinhua', 'Source: Global Times', on Xinhua's pages
    # with the editor after a bar, 'Source: Xinhua| Editor: huaxia': the outlet, as 'From The Epoch Times' names it
    ("outlet", "source-line", _rx(r"^Sources?\s*:\s*(?P<outlet>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,4})"
                                  r"(?:\s*\|\s*Editors?\s*:\s*[A-Za-z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*){0,3})?$")),
    ("boilerplate", "copyright", _COPYRIGHT),
    # the footer WordPress feeds append to every item (Yoast SEO's RSS "after content" default, "The post
    # %%POSTLINK%% appeared first on %%BLOGLINK%%."), plain or as the feed's HTML paragraph with its two links: the
    # post's title and the site's name, no words of the item (counted, a title "Smart city rollout" was a
    # promotional hit, and the site's name kept syndicated copies of one story apart)
    ("boilerplate", "feed-footer", _rx(r"^(?:<p>)?The post (?=\S).{1,400}? appeared first on (?=\S).{1,200}?\.?"
                                       r"(?:</p>)?$")),
    # the record a news database closes an article with ("Load-Date: ...", "Language: ENGLISH", "End of Document")
    ("date", "load-date", _LOAD_DATE),
    ("boilerplate", "database-field", _DB_FOOTER_FIELD),
    ("boilerplate", "export-separator", EXPORT_SEPARATOR),
]
# The link text a feed's excerpt ends with where the publisher cut the item short, and the excerpt's own mark of
# the cut. WordPress writes the excerpt of a feed item with wp_trim_excerpt(), whose default `excerpt_more` is
# " [&hellip;]" ("[…]"), and themes end it with a more link, "Continue reading →" (Twenty Ten to Twenty Fourteen),
# 'Continue reading "Post title"' (Twenty Seventeen on), "Read more »", "Keep reading": the publisher's words, and
# the quoted title no speaker's. Read only at the very end of the text (or above the feed's footer), after a
# sentence end, an ellipsis or a line end, so that "I will continue reading the report" is prose.
_MORE_LINK = _rx(r"(?:(?<=[.!?…\n\]\u201d\"'’])|(?<=[.!?…\]\u201d\"'’][ \t]))[ \t]*"
                 r"(?P<link>(?:[Cc]ontinue [Rr]eading|[Rr]ead [Mm]ore|[Kk]eep [Rr]eading|[Rr]ead the (?:full|rest of the) "
                 r"(?:story|article|post))(?:[ \t]+[^\n.!?]{0,150}?)?(?:[ \t]*(?:→|»|›|\.\.\.|…))?)[ \t]*$")
# the WordPress footer (the feed-footer rule of the last lines) joined to the item's last paragraph, as a feed reader's
# plain text joins the description's paragraphs: after a sentence end, to the end of the text
_FEED_FOOTER_JOINED = _rx(r"(?<=[.!?…\]\u201d\"'’)])[ \t]*(?P<link>The post (?=\S)[^\n]{1,400}? appeared first on "
                          r"(?=\S)[^\n]{1,200}?\.?)[ \t]*$")
_TRUNCATION_MARK = _rx(r"(?<=\S)[ \t]*(?P<link>\[(?:…|\.\.\.)\])[ \t]*$")
# how much of the text's end the two are looked for in
_MORE_LINK_TAIL = 240
# a credit line of its own, "Photo: Getty Images", "Photograph: Andy Wong/AP", "Photo by Jane Roe/Reuters", "Image
# courtesy of ...": the image-credit rule of the footer (with "photograph", the Guardian's word) as a line anywhere
_CREDIT_LINE = _rx(r"^[^\S\n]*(?P<line>(?i:(?:featured |header |top |lead )?(?:image|photo|photograph|picture)"
                   r"(?: credit)?s?[ \t]*(?:by|:|via|courtesy of))[ \t]*[^\s][^\n]{0,79}?)[^\S\n]*$", re.M)
_HEADER_LINES = 12
_FOOTER_LINES = 15
# a caption's stripped line ends in ")" or in one of these words (the two alternatives of _CAPTION); in a
# long text only such lines are looked at
_CAPTION_ENDS = (")", "Photo", "Photos", "Photograph", "Image", "Screenshot")


# The tags of HTML elements (HTML Living Standard, 13.1.2: "<", the element's name, attributes, ">"; an end tag
# "</name>"), of the elements a feed's description and a scraped page's text carry. RSS 2.0 lets an item's
# description "contain entity-encoded HTML", and loading decodes the references, so "&lt;p&gt;" is the tag "<p>":
# left in, "p", "a", "href" and "https" were words of every such item and an attribute's value a quotation. Read
# only in a text that is HTML by a sign no prose gives (an end tag, a tag with an attribute, or a <br>, <hr> or
# <img>), so that "count < 5 and > 2" and "Type <name>" keep their characters.
_HTML_ELEMENTS = (r"a|abbr|article|aside|audio|b|blockquote|br|caption|center|cite|code|dd|del|div|dl|dt|em|figcaption|"
                  r"figure|font|footer|h[1-6]|header|hr|i|iframe|img|ins|li|mark|ol|p|picture|pre|q|s|section|small|"
                  r"source|span|strong|sub|sup|table|tbody|td|th|thead|time|tr|u|ul|video")
_HTML_TAG = _rx(rf"</?(?i:{_HTML_ELEMENTS})(?:\s+[^<>]{{0,1000}}?)?\s*/?>")
_HTML_SIGN = _rx(rf"</(?i:{_HTML_ELEMENTS})\s*>|<(?i:{_HTML_ELEMENTS})\s+[\w:-]+\s*=|<(?i:br|hr|img)\b[^<>]{{0,1000}}>")


def _html_tags(text: str, add: Any, taken: list[dict[str, Any]]) -> None:
    """Set aside the HTML tags of a text that is HTML (``html-tag``, see :data:`_HTML_TAG`), but for the tags
    another rule has set aside already (a subtitle file's)."""
    if "<" not in text or _HTML_SIGN.search(text) is None:
        return
    done = {sp["start"] for sp in taken}
    for m in _HTML_TAG.finditer(text):
        if m.start() not in done:
            add("markup", "html-tag", m.start(), m.end())


def _more_link(text: str, end: int, add: Any) -> None:
    """Set aside a feed excerpt's more link (``more-link``) or truncation mark (``truncation-mark``) ending at
    ``end``, the end of the text above its trailing boilerplate (see :data:`_MORE_LINK`), and before them a feed's
    footer joined to the last paragraph (``feed-footer``, :data:`_FEED_FOOTER_JOINED`)."""
    m = _FEED_FOOTER_JOINED.search(text, max(0, end - 700), end)
    if m is not None and text[:m.start("link")].strip():
        add("boilerplate", "feed-footer", m.start("link"), m.end("link"))
        end = len(text[:m.start("link")].rstrip())
    start = max(0, end - _MORE_LINK_TAIL)
    for rule, pat in (("more-link", _MORE_LINK), ("truncation-mark", _TRUNCATION_MARK)):
        m = pat.search(text, start, end)
        if m is not None and text[:m.start("link")].strip():  # (a text that is only a link keeps it)
            add("boilerplate", rule, m.start("link"), m.end("link"))
            return


def _lines(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every line's visible content (without the newline and outer white space); the first
    ``limit`` only, when given. Lines end at ``\n`` only."""
    spans = []
    pos, n = 0, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        span = _content(text, pos, end)
        if span:
            spans.append(span)
            if limit is not None and len(spans) >= limit:
                break
        pos = end + 1
    return spans


def _content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The visible content of the raw line ``text[start:end]`` (outer white space stripped), or None."""
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return start, end  # nothing to strip (most lines): no copy of the line
    right = text[start:end].rstrip()
    if not right:
        return None
    return start + len(right) - len(right.lstrip()), start + len(right)


def _last_lines(text: str, k: int) -> list[tuple[int, int]]:
    """The last ``k`` lines of :func:`_lines` (fewer if the text has fewer), found from the end of the text."""
    out: list[tuple[int, int]] = []
    end = len(text)
    while end >= 0 and len(out) < k:
        start = text.rfind("\n", 0, end) + 1
        span = _content(text, start, end)
        if span:
            out.append(span)
        end = start - 1
    out.reverse()
    return out


def _prev_line(text: str, s: int) -> tuple[int, int] | None:
    """The line of :func:`_lines` before the one that holds position ``s``."""
    end = text.rfind("\n", 0, s)
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        span = _content(text, start, end)
        if span:
            return span
        end = start - 1
    return None


def _next_line(text: str, e: int) -> tuple[int, int] | None:
    """The line of :func:`_lines` after the one that ends at position ``e``."""
    nl = text.find("\n", e)
    while nl >= 0:
        nxt = text.find("\n", nl + 1)
        span = _content(text, nl + 1, len(text) if nxt < 0 else nxt)
        if span:
            return span
        nl = nxt
    return None


def _parse_date(value: str) -> pd.Timestamp | None:
    value = value.strip().strip("*").strip()
    m = _DATE_ISO.search(value) or _DATE_WORDS.search(value)
    dmy = _DATE_DMY_RX.search(value) if m is None else None
    if m is None and dmy is None:
        return None
    # (day first: "6 December 2026" read as its parts, the ordinal's letters left out)
    found = m.group() if m is not None else f"{dmy.group('d')} {dmy.group('m')} {dmy.group('y')}"
    try:
        # "Sept" (an abbreviation pandas does not know) as "Sep"; "September" stays as it is (replacing every "Sept"
        # made it "Sepember", and no date of September was read)
        ts = pd.Timestamp(re.sub(r"\b(sep)t\b", r"\1", found, flags=re.I))
    except (ValueError, TypeError):
        return None
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts.normalize()


_WRAPPED_BEFORE = _rx(r"[,;:(\[-]$|[a-z]$")


def _stands_alone(text: str, span: tuple[int, int], *, before: bool = True) -> bool:
    """A caption is a line of its own, not a fragment of hard-wrapped prose: the line before it does not
    end mid-sentence (comma, lowercase word) and the line after it does not start in lowercase (``before=False``:
    the line after it only, where the line before is known to be no prose)."""
    s, e = span
    prev = _prev_line(text, s) if before else None
    if prev is not None:
        ps, pe = prev
        if text[pe:s].count("\n") < 2 and _WRAPPED_BEFORE.search(text[ps:pe]):
            return False
    nxt = _next_line(text, e)
    if nxt is not None:
        ns, ne = nxt
        if text[e:ns].count("\n") < 2 and text[ns:ne][:1].islower():
            return False
    return True


def _caption_lines(text: str) -> list[tuple[int, int]]:
    """The lines whose visible content ends like a caption (a necessary condition of ``_CAPTION``), in text
    order: the end of each line (up to a line feed, less its white space) is compared with the endings,
    without copying a line that ends in none of them and in no white space. (It was one regex scan of the text
    per ending followed by white space and a line feed or the end: the same lines, in a third of the time on
    UN speeches.)"""
    found = []
    pos, n = 0, len(text)
    while True:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if text.endswith(_CAPTION_ENDS, pos, end) or (
                end > pos and text[end - 1].isspace() and text[pos:end].rstrip().endswith(_CAPTION_ENDS)):
            span = _content(text, pos, end)
            if span:
                found.append(span)
        if nl < 0:
            return found
        pos = nl + 1


# Subtitle files and timed transcripts. A SubRip (.srt) cue is a counter line, a timing line "00:01:23,456 -->
# 00:01:25,000" (optionally followed by coordinates, "X1:40 X2:600 ...") and the cue's text, which may carry <i>, <b>,
# <u> and <font ...> tags (the SubRip format as Matroska's subtitle specification and ffmpeg's srt demuxer read it); a
# W3C WebVTT file opens with a "WEBVTT" line and its header lines, holds NOTE, STYLE and REGION blocks, and writes a
# cue as an optional identifier line, a timing line "00:01.000 --> 00:04.000" (hours optional, cue settings after it)
# and the cue text, whose tags are <c>, <i>, <b>, <u>, <ruby>, <rt>, <v Speaker>, <lang ...> and timestamps
# <00:00:01.000> (WebVTT: The Web Video Text Tracks Format, W3C, sections 4.1 and 4.2). Counters, identifiers,
# timings, headers, notes and tags are the file's structure, not words said: counted, "00", "000" and "v" were the
# commonest tokens of a subtitle file and the numbers a topic of their own. They are read only in a text with a
# timing line; a text without one is not searched for them.
_CUE_TIMING = SUBTITLE_TIMING
_CUE_TAG = _rx(r"</?(?:[cibuv]|lang|ruby|rt|font)(?:[.\s][^<>\n]{0,100})?>|<(?:\d{1,3}:)?\d{2}:\d{2}\.\d{3}>",
               re.I)
_WEBVTT_HEADER = _rx(r"\A\ufeff?WEBVTT(?:[ \t][^\n]*)?$", re.M)
_WEBVTT_BLOCK = _rx(r"^(?:NOTE|STYLE|REGION)(?:[ \t][^\n]*)?$", re.M)
# the time code at the head of a line of a timed transcript, in brackets ("[00:12:31] Speaker 2: ...", "(01:05)"), as
# podcast and interview transcription services write it before each turn: the recording's position, not a word
LINE_TIMESTAMP = _rx(r"^[ \t]*[\[(](?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]", re.M)


_BLANK_LINE = _rx(r"\n[ \t]*(?:\n|\Z)")


def _after_blank_line(text: str, s: int) -> bool:
    """Does the line at ``s`` follow a blank line (spaces and tabs allowed on it, as on every line of a CR LF text
    read as LF: :func:`discourse.segment.line_feed_view`)? Reads back only over that line."""
    j = s - 1
    if j < 0 or text[j] != "\n":
        return False
    j -= 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] == "\n"

# The directions of broadcast transcripts, in capitals between parentheses or brackets: the vocabulary the networks'
# transcripts write between turns and inside them (CNN's "(BEGIN VIDEOTAPE)", "(END VIDEO CLIP)", "(CROSSTALK)",
# "(COMMERCIAL BREAK)", "[LAUGHTER]"; NPR's "(SOUNDBITE OF ARCHIVED RECORDING)", "(SOUNDBITE OF MUSIC)"; captions'
# "[APPLAUSE]", "[INAUDIBLE]"): what the transcriber saw or heard, not words anyone said. Only this vocabulary is
# read, in capitals: "(Laughter)" and "[Interruption.]" of the parliamentary record stay the transcriber's words
# (discourse._interviews), and an acronym in brackets, "(ACLU)", is a word.
BROADCAST_DIRECTION = _rx(
    r"[(\[](?:(?:BEGIN|END)[ \t]+(?:VIDEO[ \t]*TAPE|VIDEOTAPE|VIDEO[ \t]+CLIPS?|AUDIO[ \t]+CLIPS?|AUDIO[ \t]*TAPE"
    r"|AUDIOTAPE|LIVE[ \t]+FEED|VIDEO|AUDIO|CLIP|TAPE|SOUNDBITE|SOUND[ \t]*BITE|PRE-?TAPED[ \t]+SEGMENT)"
    r"|SOUNDBITE[ \t]+OF[ \t]+[A-Z][A-Z ,.'’\-]{1,60}|MUSIC(?:[ \t]+PLAYING)?|CROSS-?TALK|LAUGHTER|LAUGHING|LAUGHS"
    r"|APPLAUSE|INAUDIBLE|UNINTELLIGIBLE|OFF[ -]MIKE|COMMERCIAL[ \t]+BREAK|NEWSBREAK|CHEERING|CHEERS|BOOING"
    r"|SILENCE|PAUSE|BLEEP|BLEEPED|GUNFIRE|GUNSHOTS?|SIRENS?|AUDIO[ \t]+GAP|VIDEO[ \t]+GAP|NO[ \t]+AUDIO"
    r"|TECHNICAL[ \t]+DIFFICULTIES|FOREIGN[ \t]+LANGUAGE[ \t]+SPOKEN|SPEAKING[ \t]+FOREIGN[ \t]+LANGUAGE"
    r"|(?:BEGIN|END)[ \t]+(?:LIVE[ \t]+)?(?:BREAK|INTERVIEW))[)\]]")


def _capital_after_bracket(text: str) -> list[int]:
    """Where a match of :data:`BROADCAST_DIRECTION` can start: a "(" or "[" before a capital A-Z (every alternative
    opens with one). ``re`` scanned the text for the bracket's class at about 14 ns a character; ``str.find`` and a
    look at the next character take a tenth of that on UN speeches, whose brackets are few."""
    return [p for p in occurrences(text, ("(", "[")) if "A" <= text[p + 1:p + 2] <= "Z"]


# The sound tags of speech recognisers and transcription services, in square brackets in any case: YouTube's automatic
# captions ("[Music]", "[Applause]", "[Laughter]", "[Foreign]" for speech in another language), whisper.cpp's
# "[BLANK_AUDIO]", Rev's and Otter's "[inaudible 00:01:02]", "[crosstalk]". Only a bracket that holds one of these
# notes of a sound (and a time code) is one: "[Music Festival]" and an editor's "[the]" are words of the text.
SOUND_TAG = _rx(r"\[(?i:music|applause|laughter|laughs|laughing|cheering|inaudible|unintelligible|indistinct|"
                r"crosstalk|cross-talk|silence|blank_audio|no[ _]speech|noise|background[ _]noise|foreign)"
                r"(?:[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)?\]")

# The transcription service's notes in an earnings-call transcript (S&P Global's and Refinitiv's, as Seeking Alpha
# and the data vendors publish them): "[Operator Instructions]" stands for the operator's dial-in instructions the
# service leaves out, "[Technical Difficulty]" and "[indiscernible]" for what it could not hear. The service's words,
# no one's on the call: "operator" and "instructions" had been words of every call and of the operator's turns.
CALL_NOTE = _rx(r"\[(?i:operator[ \t]+instructions?|technical[ \t]+difficult(?:y|ies)|audio[ \t]+gap|indiscernible)\]")
# The participant lists of an earnings-call transcript, under their headings ("Corporate Participants" / "Company
# Participants" / "Conference Call Participants" at S&P and Refinitiv, "Executives" / "Analysts" in older Seeking
# Alpha transcripts, "Call participants:" at The Motley Fool): the cast of the call as the service lists it, one line
# "Name - Title" or "Name - Company - Title" each (Refinitiv's StreetEvents a bulleted name above an indented "Company
# - Title"), not words anyone said. Counted, "Investor Relations" was an economy hit of every call and the analysts'
# banks key terms of it; the names are still read for the turns (discourse._interviews).
_CAST_HEADING = _rx(r"^[ \t]*(?:(?:Corporate|Company|Conference[ \t]+Call|Call)[ \t]+[Pp]articipants|Executives|"
                    r"Analysts)[ \t]*:?[ \t]*$", re.M)
_CAST_DASH = r"[ \t]+(?:--?|–|—)[ \t]+"
_CAST_NAME = r"[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){1,3}"
_CAST_ENTRY = _rx(r"[ \t]*(?:[*•·][ \t]+)?" + _CAST_NAME + _CAST_DASH + r"[^\n]{1,150}")
_CAST_BULLET = _rx(r"[ \t]*[*•·][ \t]+" + _CAST_NAME + r"[ \t]*")
_CAST_AFFILIATION = _rx(r"[ \t]+\S[^\n]{0,120}?" + _CAST_DASH + r"[^\n]{1,100}")
_RULE_LINE = _rx(r"[ \t]*(?:={3,}|-{3,})[ \t]*")
# the number Refinitiv's StreetEvents gives each turn, in brackets at the end of the turn's header between dashed rules
# ('Daniel Okafor,  Vigilant Systems Inc - CEO   [2]'): the service's count, as a subtitle file's cue number is
_TURN_NUMBER = _rx(r"^[ \t]*-{3,}[ \t]*\n[^\n]{1,200}?[ \t](?P<n>\[\d{1,4}\])[ \t]*\n[ \t]*-{3,}[ \t]*$", re.M)
# the number of a paragraph of a patent's specification: "four numerals enclosed in square brackets, including leading
# zeros (e.g., [0001])" at the paragraph's left margin (37 CFR 1.52(b)(6); the EPO's and WIPO's publications number
# them alike): the office's locator of the paragraph, no word of the drafter ("0002" had been a word of every
# paragraph, and so a key term of patents against any other text). Read only in a text with such a number with its leading zero, so a
# neutral citation that opens a line ("[2018] EWCA Civ 1058") stays
_PARAGRAPH_NUMBER = _rx(r"^[ \t]*(?P<n>\[\d{4,5}\])[ \t]", re.M)
_ZERO_PARAGRAPH_NUMBER = _rx(r"^[ \t]*\[0\d{3}\][ \t]", re.M)


def _paragraph_numbers(text: str, add: Any) -> bool:
    """Set aside the numbers of a patent's paragraphs (``paragraph-number``, :data:`_PARAGRAPH_NUMBER`); whether the
    text has them."""
    if "[0" not in text or _ZERO_PARAGRAPH_NUMBER.search(text) is None:
        return False
    for m in _PARAGRAPH_NUMBER.finditer(text):
        add("boilerplate", "paragraph-number", *m.span("n"))
    return True


# the citation of a patent document: its number with the office's code before it and the kind of document after it
# (WIPO Standard ST.3, two-letter codes of the offices; ST.16, kind codes: "A1" an application published with its
# search report, "B1"/"B2" a granted patent), "US 2015/0123456 A1", "WO 2016/098765 A1", "EP 1 234 567 B1", and the
# U.S. form "U.S. Pat. No. 9,876,543", "U.S. Patent Nos. 8,123,456 and 9,000,001" (The Bluebook, rule 14.9): the
# locator of a document, as a scholarly citation is, no word of the writer ("a1", "b2", "pat" and the numbers'
# pieces had been words, key terms of every patent that cites prior art)
_PATENT_OFFICES = ("US", "WO", "EP", "CN", "JP", "KR", "DE", "GB", "FR", "CA", "AU")
_KIND_CODED = _rx(r"(?:" + "|".join(_PATENT_OFFICES) + r")(?<![\w/.]..)[ \u00a0]?(?:\d{4}/\d{6,7}|\d{1,3}(?:[ ,]\d{3}){2}"
                  r"|\d{6,10})[ \u00a0]?[ABCUSE]\d?(?![\w/])")
_US_PATENT_NUMBER = r"(?:RE|D|PP)?(?:\d{1,2},\d{3},\d{3}|\d{4}/\d{7})"
_US_PATENT_CITATION = _rx(r"(?<![\w.])U\.\s?S\.\s+Pat(?:ent|\.)(?:\s+App(?:l?\.|lication))?(?:\s+Pub(?:\.|lication))?"
                          rf"\s+Nos?\.\s+{_US_PATENT_NUMBER}(?:(?:,\s*|\s+)(?:and\s+)?{_US_PATENT_NUMBER})*")


def _patent_citations(text: str, add: Any, numbered: bool = False) -> None:
    """Set aside the citations of patent documents (``patent-citation``, :data:`_KIND_CODED`,
    :data:`_US_PATENT_CITATION`), in a patent application (``numbered``: it has paragraph numbers) or a text that
    names a patent ("patent", "Patent", "Pat." in it: a page that cites one names it so; an application need not,
    "This application claims priority to ..."). The tests keep the patterns off every other text."""
    if not (numbered or "Pat" in text or "patent" in text):
        return
    for m in _KIND_CODED.finditer(text):
        add("apparatus", "patent-citation", *m.span())
    if "Pat" in text:
        for m in _US_PATENT_CITATION.finditer(text):
            add("apparatus", "patent-citation", *m.span())


# A call's opening safe-harbour statement, which the investor-relations officer reads before the results: that the
# call's forward-looking statements are made under the safe harbour of the Private Securities Litigation Reform Act of
# 1995, that actual results may differ materially, where the risks are listed (the 10-K filed with the SEC) and that
# the company undertakes no obligation to update them; the oral form of the statute's cautionary statement (15 U.S.C.
# 78u-5(c)(2)), often followed by the note on non-GAAP measures (Regulation G). It is the company's legal boilerplate,
# the same in every call, not what its officers say about the quarter: counted, its risk list ("privacy and data
# protection regulation", "public safety contracts") had been rights and promotional hits of the officer who read it.
# Read only in a call transcript (a participant list, a service's note or the operator's turns), from the sentence that names forward-looking statements, the safe harbour or the Act through the
# sentences right after it that carry the disclaimer's vocabulary.
_DISCLAIMER_ANCHOR = _rx(r"(?i)forward[- ]looking[ \t]+(?:statement|information|remark|comment)|safe[ \t]+harbou?r"
                         r"|\bstatements\b[^.!?\n]{0,100}?\bare[ \t]+forward[- ]looking"
                         r"|private[ \t]+securities[ \t]+litigation[ \t]+reform[ \t]+act")
_DISCLAIMER_CUE = _rx(r"(?i)forward[- ]looking|safe[ \t]+harbou?r|private[ \t]+securities|differ[ \t]+materially"
                      r"|\brisks?\b|uncertaint|undertakes?[ \t]+no[ \t]+(?:obligation|duty)|no[ \t]+obligation"
                      r"|form[ \t]+10-?[kq]\b|annual[ \t]+report[ \t]+on[ \t]+form|\bSEC\b|securities[ \t]+and[ \t]+"
                      r"exchange[ \t]+commission|non-gaap|reconciliation|cautionary|risk[ \t]+factors")
# the conference operator's label, on a line of its own or before a colon ('Operator', 'Operator: Good morning',
# StreetEvents' 'Operator   [1]'): a call's transcript, not a press release that announces the call
# a speaker's label before a colon at the head of a turn ('Helen Brandt: Statements on this call ...')
_TURN_LABEL = _rx(r"(?:[A-Z][\w.'’\-]*[ \t]+){0,4}[A-Z][\w.'’\-]*:[ \t]+")
_OPERATOR = _rx(r"^[ \t]*Operator(?:[ \t]*(?:\[\d{1,4}\])?[ \t]*$|:[ \t])", re.M)
# a sentence's end: a full stop, question or exclamation mark before white space and a capital, not after an initial
# or a company's abbreviation ('U.S. Securities', 'Vigilant Systems, Inc. and')
_SENTENCE_END = _rx(r"(?<!\b[A-Z])(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bCo)(?<!\bNo)[.!?][\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9]|\s*$)")


# The attendance record of meeting minutes, a line that opens with its heading and a colon and lists names: "Present:
# Cllr A. Smith (Chair), Cllr B. Jones", "In attendance: Ms. K. Doyle (Director of Digital Services)", "Apologies for
# absence: Cllr M. Hughes" (Robert's Rules of Order Newly Revised, 12th ed., 48:4; in England the Local Government Act
# 1972, sch. 12, para. 40, asks the minutes to record the members present). Each item, between commas or semicolons,
# opens with a capital and has at most eight words: "Present at the vigil were dozens of residents, ..." is a sentence.
_ATTENDANCE = _rx(r"^[ \t]*(?:(?:Members|Councillors|Officers|Others)[ \t]+)?(?:Present|In[ \t]+[Aa]ttendance|"
                  r"Also[ \t]+(?:[Pp]resent|in[ \t]+attendance)|Apologies(?:[ \t]+for[ \t]+[Aa]bsence)?|Absent)"
                  r"[ \t]*:[ \t]*(?P<list>[^\n]{2,800})$", re.M)
_ATTENDANCE_ITEM = _rx(r"(?:and[ \t]+)?[A-Z(][^\s,;]*(?:[ \t]+[^\s,;]+){0,7}\.?")


def _attendance_spans(text: str, add: Any) -> None:
    """Set aside the attendance lists of meeting minutes (kind ``header``, rule ``attendance-list``,
    :data:`_ATTENDANCE`)."""
    if ":" not in text:
        return
    for m in finditer_lines(_ATTENDANCE, text):
        items = [x.strip() for x in re.split(r"[,;]", m.group("list").strip())]
        if items and all(_ATTENDANCE_ITEM.fullmatch(x) for x in items):
            add("header", "attendance-list", m.start() + len(m.group()) - len(m.group().lstrip()),
                m.end() - (len(m.group()) - len(m.group().rstrip())))


def _call_spans(text: str, add: Any) -> None:
    """Set aside the furniture of an earnings-call transcript: its participant lists (kind ``header``, rule
    ``participant-list``, see :data:`_CAST_HEADING`), and, in a call, the safe-harbour statement (``call-disclaimer``,
    see :data:`_DISCLAIMER_ANCHOR`) and the numbers of its turns (``turn-number``, :data:`_TURN_NUMBER`). (The
    service's notes, :data:`CALL_NOTE`, are stage directions.)"""
    cast = False
    for h in finditer_lines(_CAST_HEADING, text):
        pos, end = h.end(), None
        bullet = False  # the line before was a bulleted name, so an indented 'Company - Title' may follow
        while pos < len(text):
            nl = text.find("\n", pos + 1)
            s, e = pos + 1, (nl if nl >= 0 else len(text))
            line = text[s:e]
            if not line.strip() or _RULE_LINE.fullmatch(line):
                bullet = False
            elif _CAST_ENTRY.fullmatch(line):
                end, bullet = e, False
            elif _CAST_BULLET.fullmatch(line):
                end, bullet = e, True
            elif bullet and _CAST_AFFILIATION.fullmatch(line):
                end, bullet = e, False
            else:
                break
            pos = e
        if end is not None:
            add("header", "participant-list", h.start() + len(h.group()) - len(h.group().lstrip()), end)
            cast = True
    if not (cast or CALL_NOTE.search(text) or next(finditer_lines(_OPERATOR, text), None)):
        return
    if "[" in text:
        for m in finditer_lines(_TURN_NUMBER, text):
            add("boilerplate", "turn-number", *m.span("n"))
    done = 0
    for m in _DISCLAIMER_ANCHOR.finditer(text):
        if m.start() < done:
            continue
        # the sentence that holds the anchor: from the end of the sentence before it (in its paragraph)
        para = max(text.rfind("\n", 0, m.start()) + 1, done)
        starts = [para] + [x.end() for x in _SENTENCE_END.finditer(text, para, m.start())]
        s = starts[-1] + len(text[starts[-1]:m.start()]) - len(text[starts[-1]:m.start()].lstrip())
        label = _TURN_LABEL.match(text, s, m.start())
        if label is not None:  # the speaker's label at the head of the turn ('Helen Brandt: ...') is no disclaimer
            s = label.end()
        # then sentence by sentence while the next one carries the disclaimer's vocabulary
        e = m.end()
        while True:
            stop = _SENTENCE_END.search(text, e)
            if stop is None:
                e = len(text.rstrip())
                break
            e = stop.end()
            nxt = e + len(text[e:]) - len(text[e:].lstrip())
            follow = _SENTENCE_END.search(text, nxt)
            sentence = text[nxt:follow.end() if follow else len(text)]
            if nxt >= len(text) or _DISCLAIMER_CUE.search(sentence) is None or "\n\n" in text[e:nxt]:
                break
            e = nxt
        add("boilerplate", "call-disclaimer", s, e)
        done = e


# The cautionary statement of a securities filing (an annual report on Form 10-K or 20-F, a quarterly report, an IPO
# prospectus) under its own heading, "Cautionary Note Regarding Forward-Looking Statements", "Special Note Regarding
# Forward-Looking Statements", "Forward-Looking Statements", "Safe Harbor Statement": the statutory safe harbour protects
# a forward-looking statement "accompanied by meaningful cautionary statements identifying important factors that
# could cause actual results to differ materially" (15 U.S.C. 77z-2(c)(1)(A) and 78u-5(c)(1)(A), the Private Securities
# Litigation Reform Act of 1995), so filers print the same section every year, most with a bulleted list of those
# factors after a lead-in ("..., including:"). It is the filing's legal boilerplate, as the call's spoken form
# (``call-disclaimer``) and the release's section (``release-disclaimer``) are: counted, its factor list ("our ability
# to comply with privacy and data protection laws", "allegations of human rights violations", "demand for our smart
# city solutions") had been rights and promotional hits of the filer's own prose, in every filing once more. The
# heading is a line of its own; the section runs over the paragraphs after it that carry the disclaimer's vocabulary
# (:data:`_DISCLAIMER_CUE`) and the list items a lead-in ending in a colon announces, and ends before the first other
# paragraph or the next heading, a line without a sentence's end ("PART I", "Item 1A. Risk Factors": a Risk Factors
# section speaks of risks too, but it is the filer's account of its business, Regulation S-K Item 105).
_FILING_DISCLAIMER_NEEDLES = ("orward-Looking", "orward-looking", "ORWARD-LOOKING", "orward Looking", "orward looking",
                              "ORWARD LOOKING", "afe Harbo", "AFE HARBO")
_FILING_DISCLAIMER_HEADING = _rx(
    r"^[ \t]*(?:(?:(?:(?:Cautionary|Special|Important)[ \t]+(?:Note|Notice|Statement|Language)s?|Notes?|Information"
    r"|Disclosures?|Statements?)[ \t]+(?:Regarding|Concerning|About|on|Relating[ \t]+to|Related[ \t]+to|With[ \t]+"
    r"Respect[ \t]+to)[ \t]+(?:the[ \t]+)?)?Forward[- ]Looking[ \t]+(?:Statements?|Information)"
    r"(?:[ \t]+and[ \t]+[A-Za-z][A-Za-z \t]{0,40})?|Safe[ \t]+Harbou?r[ \t]+Statements?)[ \t]*:?[ \t]*$",
    re.M | re.I)
# an item of the factor list: a bullet, a dash or a letter or number in brackets at its head ("\u2022 our ability ...",
# "(a) ...", "1) ..."; not "1. ", which numbers headings too), or an item that ends with the semicolon of a list's
# items ("our ability to ...; and")
_FILING_LIST_ITEM = _rx(r"(?:[\u2022\u25cf\u25aa\u25e6\u00b7*\-\u2013\u2014]|\(?[a-z0-9]{1,3}\))[ \t]+\S[^\n]*"
                        r"|[^\n]*;(?:[ \t]+(?:and|or))?")


def _filing_disclaimer_spans(text: str, add: Any, taken: list[dict[str, Any]]) -> None:
    """Set aside the cautionary statement on forward-looking statements of a securities filing (kind ``boilerplate``,
    rule ``filing-disclaimer``; see :data:`_FILING_DISCLAIMER_HEADING`), where no other rule set it aside already (a
    release's trailer, a call's disclaimer)."""
    if not any(needle in text for needle in _FILING_DISCLAIMER_NEEDLES):
        return
    heads = [m for m in _FILING_DISCLAIMER_HEADING.finditer(text)
             if not any(sp["start"] <= m.start() + len(m.group()) - len(m.group().lstrip()) < sp["end"] for sp in taken)]
    if not heads:
        return
    paras = paragraphs(text)
    for m in heads:
        s = m.start() + len(m.group()) - len(m.group().lstrip())
        end, lead, series = None, False, False  # the end of the last paragraph read; whether it announced a list or
        # ended an item with a semicolon, so that the next paragraph is the series' next item whatever its end
        for ps, pe in paras:
            if pe <= m.end():
                continue
            if ps < m.end():  # the heading's own paragraph (no blank line after it): read from the next line on
                ps = m.end() + 1
                if ps >= pe:
                    continue
            para = text[ps:pe].strip()
            # an item of the list: marked, or after an item that a semicolon ended (the last item of a series takes
            # the full stop, Chicago Manual of Style 6.60 and 6.130)
            item = series or (lead and _FILING_LIST_ITEM.fullmatch(para) is not None)
            if not item and "\n" not in para and not para.endswith((".", ";", ":", ",", "?", "!")):
                break  # the next heading ("PART I", "Item 1A. Risk Factors", whose words are the vocabulary's too)
            if not item and _DISCLAIMER_CUE.search(para) is None:
                break
            end = pe
            series = para.endswith((";", "; and", "; or"))
            lead = item or series or para.endswith(":")
        if end is not None:
            add("boilerplate", "filing-disclaimer", s, end)


def _block_end(text: str, s: int) -> int:
    """The end of the block of lines that starts at ``s``: the end of its last line before a blank line."""
    m = _BLANK_LINE.search(text, s)
    return m.start() if m else len(text.rstrip())


def _subtitle_spans(text: str, add: Any) -> None:
    """Set aside the structure of a subtitle file (see :data:`_CUE_TIMING`): the WebVTT header (``webvtt-header``),
    its NOTE, STYLE and REGION blocks (``webvtt-note``), each cue's counter or identifier (``subtitle-cue-id``), its
    timing line (``subtitle-timing``) and the tags in its text (``subtitle-tag``); and bracketed time codes at the
    head of a line of a timed transcript (``timestamp``)."""
    stamps = {(m.end() - len(m.group().lstrip()), m.end()) for m in finditer_lines(LINE_TIMESTAMP, text)}
    if "peaker" in text or "PEAKER" in text or "spk_" in text:
        # the time codes of a diarised transcript's label lines, bracketed or not, before the label or after it
        # ("00:00:05 SPEAKER_01: ...", Otter.ai's "Speaker 1  0:03"): the recording's clock, no words said
        for m in finditer_lines(DIARISATION_LINE, text):
            stamps.update(m.span(g) for g in ("time", "time_after") if m.start(g) >= 0)
            # the label itself, the recogniser's id of a voice as a cue number is a subtitle file's: no word said
            # (the turn is still read as that voice's: discourse._interviews reads the text)
            e = m.end("lab")
            colon = len(text[e:m.end()]) - len(text[e:m.end()].lstrip(" \t"))  # with the colon right after it
            add("boilerplate", "diarisation-label", m.start("lab"),
                e + colon + 1 if text.startswith(":", e + colon) else e)
    for s, e in sorted(stamps):
        add("boilerplate", "timestamp", s, e)
    directions = {m.span() for m in finditer_from(BROADCAST_DIRECTION, text, _capital_after_bracket(text))}
    directions.update(m.span() for m in SOUND_TAG.finditer(text))  # ("[MUSIC]" is both)
    directions.update(m.span() for m in CALL_NOTE.finditer(text))  # a call transcript's "[Operator Instructions]"
    for s, e in sorted(directions):
        add("boilerplate", "stage-direction", s, e)
    for s, e in caption_turn_marks(text):  # a closed caption's ">>" / ">>>": a change of speaker or story, no word
        add("boilerplate", "caption-turn-marker", s, e)
    if "-->" not in text:
        return
    timings = list(finditer_lines(_CUE_TIMING, text))
    if not timings:
        return
    head = _WEBVTT_HEADER.match(text)
    if head is not None:
        add("boilerplate", "webvtt-header", text.index("W"), _block_end(text, head.start()))
        for b in _WEBVTT_BLOCK.finditer(text, _block_end(text, head.start())):
            if _after_blank_line(text, b.start()):  # a block of its own, after a blank line
                add("boilerplate", "webvtt-note", b.start(), _block_end(text, b.start()))
    for m in timings:
        s = m.start() + len(m.group()) - len(m.group().lstrip())
        add("boilerplate", "subtitle-timing", s, m.end())
        prev = _prev_line(text, m.start())
        if prev is not None and text[prev[1]:m.start()].count("\n") == 1 and "-->" not in text[prev[0]:prev[1]]:
            add("boilerplate", "subtitle-cue-id", *prev)  # the line right above the timing: the cue's counter or id
        nxt = _block_end(text, m.end())
        for t in _CUE_TAG.finditer(text, m.end(), nxt):
            add("boilerplate", "subtitle-tag", t.start(), t.end())

# The apparatus of a scholarly article or working paper, which is the publisher's and the index's record, not the
# author's prose: the reference list, the keywords line and the DOI line. Their words are the titles of other works
# ("The age of surveillance capitalism", "Smart cities and the politics of urban data") and the indexer's terms
# ("Keywords: smart city; surveillance; privacy"), so counted they were framing of the author's own in every article.
# The reference list opens with its heading on a line of its own (APA 7, 2.12 and 9.43: "References"; the Chicago
# Manual, 15.10 and 14.63: "References", "Works Cited", "Bibliography"; "Literature Cited" in the sciences),
# optionally numbered as a section ("7. References") or as a Markdown heading.
# An encyclopedia writes the heading as its pages render it, "References[edit]" with the section's edit link, or as
# wikitext, "== References ==" (and names the list "Citations" or "Sources" too: MOS:LAYOUT, "Notes and references").
_REFERENCE_HEADING = _rx(r"^[ \t]*(?:#{1,6}[ \t]*|={2,6}[ \t]*)?(?:(?:\d{1,2}|[IVX]{1,5})\.?[ \t]+)?"
                         r"(?:references?(?:[ \t]+(?:list|cited))?|bibliography|works[ \t]+cited|literature[ \t]+cited"
                         r"|select(?:ed)?[ \t]+bibliography|citations|sources)[ \t]*:?[ \t]*(?:={2,6}[ \t]*)?"
                         r"(?:\[[ \t]?edit(?:[ \t]source)?[ \t]?\])?[ \t\r]*$", re.I | re.M)
# an entry of the list starts with its first author, as the author-date and numbered styles write it: a surname before
# a comma and the initials or given name ("Graham, S., & Wood, D. (2003).", "van Dijck, J. 2014.", "Lyon, David.
# 2003."), a group author before the year in parentheses ("Huawei (2017) Safe City ...", APA 7 9.11), or, after a
# number label, a surname before its initials (Vancouver: "1. Lyon D. Surveillance ...") or the initials before the
# surname (IEEE: "[1] D. Lyon, Surveillance Society. ..."); and it holds a year (or
# "n.d.", "in press", "forthcoming": APA 7 9.17)
_PARTICLES = r"(?:(?:van|von|de|der|den|da|del|della|di|du|la|le|al|el|bin|ibn)[ \t]+)*"
_REFERENCE_ENTRY = _rx(
    r"^(?:[-*•][ \t]+)?(?:(?:\[\d{1,3}\]|\(\d{1,3}\))[ \t]*|\d{1,3}\.[ \t]+)?"
    rf"(?:{_PARTICLES}[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,2}},[ \t]*(?:[A-Z]|&|and\b)"
    r"|[A-Z][^()\n]{0,150}?\((?:1[5-9]|20)\d{2}[a-z]?\))")
_REFERENCE_NUMBERED = _rx(r"^(?:\[\d{1,3}\][ \t]*|\d{1,3}\.[ \t]+)(?:[A-Z][\w'’-]+[ \t]+[A-Z]{1,3}[,. ]"
                          r"|(?:[A-Z]\.[ \t]?(?:-[A-Z]\.[ \t]?)?)+[ \t]*[A-Z][\w'’-]+,)")
# an entry of an encyclopedia's rendered reference list opens with the caret of its back-link to the footnote marker,
# "^ a b" where the source is cited more than once (Wikipedia:Footnotes; copied with the list's number or not): a
# list of such entries is a reference list whether or not an entry gives a year
_CARET_ENTRY = _rx(r"^[ \t]*(?:\d{1,3}\.[ \t]+)?\^[ \t]")
_ENTRY_YEAR = _rx(r"\b(?:1[5-9]|20)\d{2}[a-z]?\b|\bn\.\s?d\.|\bin press\b|\bforthcoming\b", re.I)
# the back matter that may follow the list and is no part of it: the author's notes, appendices, acknowledgements,
# statements and biographies
_BACK_MATTER = _rx(r"^(?:#{1,6}[ \t]*)?(?:(?:\d{1,2}|[A-Z]|[IVX]{1,5})\.?[ \t]+)?(?:appendix|appendices|notes|endnotes|"
                   r"footnotes|acknowledge?ments?|funding|about the authors?|author(?:s'?|'s)?[ \t]+(?:biograph|note|"
                   r"contribution)|supplementa(?:l|ry)[ \t]+(?:material|information|data)|declarations?[ \t]+of|"
                   r"conflicts?[ \t]+of[ \t]+interest|data[ \t]+availability|orcid)\b.{0,80}$", re.I)
# A parenthetical (non-integral) citation, "(Lyon, 2003, p. 12)", "(Kitchin 2014; Zuboff 2019)", "(see Graham and Wood,
# 2003)": the pointer to an entry of the reference list (APA 7, 8.10-8.17; Chicago 15.5-15.9), names and years that
# are no words of the author's argument (counted, "2019", "p" and the cited surnames were key terms of a journal and
# words of its topics). Read only in a text whose reference list was found, which the citations point to: in other
# texts a parenthesis of a name and a year ("(Paris, 1813)") is the author's own words. A narrative citation's name
# stays in the sentence, its subject ("Zuboff (2019) argues that"); its date in parentheses is the pointer.
_CITED_NAME = r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)" \
              r"(?:(?:van|von|de|der|den|da|del|di|du|la|le)\s+)*[A-Z](?=[\w’'\-]*[a-z])[\w’'\-]*"
# (a capital, then a word that holds a lower-case letter: one run, so a failed match costs the word's length once,
# not its square, as "[A-Z]\w*[a-z]\w*" did on a long word after "(")
_CITED_YEAR = r"(?:(?:1[5-9]|20)\d{2}[a-z]?|n\.\s?d\.)"
_CITED_LOCATOR = r"(?:,\s*(?:pp?|paras?|chap|sec)\.\s*[\divxlc]+(?:[–-][\divxlc]+)?|:\s*\d+(?:[–-]\d+)?)"
_CITATION_ITEM = (rf"{_CITED_NAME}(?:\s+et\s+al\.|\s+(?:and|&)\s+{_CITED_NAME})?,?\s+{_CITED_YEAR}"
                  rf"(?:,\s*{_CITED_YEAR})*{_CITED_LOCATOR}?")
_CITATION = _rx(rf"\((?:(?:see(?:\s+also)?|e\.g\.,?|cf\.|i\.e\.,?)\s+)?{_CITATION_ITEM}(?:;\s*{_CITATION_ITEM})*\)"
                rf"|(?<=\s)\({_CITED_YEAR}{_CITED_LOCATOR}?\)")
# the word before a narrative citation's date: a capitalised name or "et al."
_NAME_BEFORE = _rx(rf"(?:{_CITED_NAME}|et\s+al\.)\s+$")
# the keywords line (APA 7, 2.10: "Keywords:" below the abstract; IEEE's "Index Terms—"; the JEL codes of economics)
_KEYWORDS_LINE = _rx(r"^[ \t]*(?:key[ \t]?words?|index[ \t]+terms|jel[ \t]+(?:classification|codes?)[^:\n]{0,20})"
                     r"[ \t]*[:—–.][^\n]{1,300}$", re.I | re.M)
# a line that is a DOI and nothing else ("DOI: 10.1080/...", "https://doi.org/10.1177/...": the DOI Handbook, 2.2,
# names begin with the directory indicator "10."; APA 7 9.34)
_DOI_LINE = _rx(r"^[ \t]*(?:doi[ \t]*:?[ \t]*(?:https?://(?:dx\.)?doi\.org/)?|https?://(?:dx\.)?doi\.org/)"
                r"10\.\d{4,9}/\S+[ \t\r]*$", re.I | re.M)

# the openings of those lines, case by case as they are written (Title Case, CAPITALS or lower case), before any
# Markdown heading marks and section number: a line that opens otherwise is none of them
_APPARATUS_OPENING = (r"[ \t#=]*(?:[\dIVX]{1,5}\.?[ \t]+)?(?:[Rr]eference|REFERENCE|[Bb]ibliograph|BIBLIOGRAPH|"
                      r"[Cc]itations|CITATIONS|[Ss]ources|SOURCES|"
                      r"[Ww]orks[ \t]+[Cc]ited|WORKS[ \t]+CITED|[Ll]iterature[ \t]+[Cc]ited|LITERATURE[ \t]+CITED|"
                      r"[Ss]elect|SELECT|[Kk]ey[ \t]?[Ww]ord|KEY[ \t]?WORD|[Ii]ndex[ \t]+[Tt]erms|INDEX[ \t]+TERMS|JEL|"
                      r"[Dd][Oo][Ii]\b|https?://(?:dx\.)?doi\.org/)")
_APPARATUS_START = _rx(_APPARATUS_OPENING)
_APPARATUS_NEXT_LINE = _rx("\n" + _APPARATUS_OPENING)

def _lines_from(text: str, pos: int, stop: int):
    """The (start, end) of each line of :func:`_lines` that starts at or after ``pos`` and ends by ``stop``, in order,
    one at a time (a reference list is read only as far as it goes)."""
    while pos < stop:
        nl = text.find("\n", pos, stop)
        end = stop if nl < 0 else nl
        span = _content(text, pos, end)
        if span:
            yield span
        pos = end + 1


def _reference_list(text: str, heading: re.Match[str], stop: int) -> tuple[int, int] | None:
    """The span of the reference list under ``heading`` (see :data:`_REFERENCE_HEADING`), up to ``stop`` at most:
    the heading and its entries, each with the lines that go on with it (a hard-wrapped entry), up to the last
    entry; or None when the first line under the heading is no entry (a news story's "References" to something
    else). The list ends at a heading of back matter (:data:`_BACK_MATTER`) or after its last entry, where a blank
    line comes before a line that is no entry and no entry follows within :data:`_GAP_LINES` lines (an entry
    the forms do not read, "World Bank. 2019. ...", is passed over; the text after the list is not)."""
    def entry(s: int, e: int) -> bool:
        line = text[s:e]
        return bool(_CARET_ENTRY.match(line) or (
            (_REFERENCE_ENTRY.match(line) or _REFERENCE_NUMBERED.match(line)) and _ENTRY_YEAR.search(line)))
    lines = _lines_from(text, heading.end(), stop)
    first = next(lines, None)
    if first is None or not entry(*first):
        return None
    end = prev_end = first[1]
    gap = 0  # lines that are no entries since a blank line after an entry
    for s, e in lines:
        if _BACK_MATTER.match(text[s:e]) and not entry(s, e):
            break
        if entry(s, e):
            gap = 0
        elif gap or text.count("\n", prev_end, s) >= 2:
            gap += 1
            if gap > _GAP_LINES:
                break
            prev_end = e
            continue
        end = prev_end = e
    return heading.start() + len(heading.group()) - len(heading.group().lstrip()), end


_GAP_LINES = 2


def _apparatus_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``text`` (without its line feed) that opens like a line of the apparatus
    (:data:`_APPARATUS_START`), in text order. One search for a line feed followed by such an opening is many times
    faster than the multi-line patterns, which then read only these lines: most texts hold none."""
    starts = [0] if _APPARATUS_START.match(text) else []
    starts += [m.start() + 1 for m in _APPARATUS_NEXT_LINE.finditer(text)]
    out = []
    for s in starts:
        e = text.find("\n", s)
        out.append((s, len(text) if e < 0 else e))
    return out


def _apparatus(text: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The (rule, start, end) of the reference list, keywords and DOI lines of ``text`` (see
    :data:`_REFERENCE_HEADING`), none inside a span of ``taken``."""
    out: list[tuple[str, int, int]] = []

    def free(s: int) -> bool:
        return not any(a <= s < b for a, b in taken) and not any(a <= s < b for _, a, b in out)
    ends = sorted(s for s, _ in taken)
    for s, e in _apparatus_lines(text):
        if not free(s):
            continue
        m = _REFERENCE_HEADING.match(text, s, e)
        if m is not None:
            later = [x for x in ends if x > m.end()]
            span = _reference_list(text, m, later[0] if later else len(text))
            if span is not None:
                out.append(("reference-list", *span))
            continue
        for rule, rx in (("keywords", _KEYWORDS_LINE), ("doi", _DOI_LINE)):
            m = rx.match(text, s, e)
            if m is not None:
                out.append((rule, *(_content(text, m.start(), m.end()) or (m.start(), m.end()))))
                break
    lists = sorted((a, b) for rule, a, b in out if rule == "reference-list")
    if lists:  # the citations that point into a list, before its end (a text may hold several articles)
        starts = [a for a, _ in lists]
        for m in _CITATION.finditer(text, 0, lists[-1][0]):
            k = bisect_right(starts, m.start()) - 1
            if (k >= 0 and m.start() < lists[k][1]) or any(a <= m.start() < b for a, b in taken):
                continue  # (inside a list, or set aside already)
            if text[m.start() + 1] in "0123456789n" and not _NAME_BEFORE.search(text, max(0, m.start() - 60),
                                                                                 m.start()):
                continue  # a year in parentheses after no name: the author's own words
            out.append(("citation", *m.span()))
        out.sort(key=lambda r: r[1])
    return out


# a line of a table of contents (or an index): an entry, a dot leader (four dots or more, spaced or not, or a run
# of ellipses or middle dots) and the page number at the line's end ("3. Findings ........ 12", "Annex ……… iv").
# Leaders are the typographic convention of such lines (the "leaders" of a contents page in The Chicago Manual of Style),
# never of running text; their dots had been tokens by the dozen and the entries counted the headings twice.
_TOC_NEEDLES = ("....", ". . . .", "…", "··")
_TOC_PAGE = _rx(r"(?:\d{1,4}|[ivxlc]{1,7})$")
_TOC_ENTRY = _LETTER_RE  # (a letter: the pattern the quotation rules compile already, one cache entry)


# a line of the contents of a securities filing as EDGAR's HTML sets them, a table of item, title and page, saved as
# text: "Item 1A.<TAB>Risk Factors<TAB>18", "ITEM 4A.  UNRESOLVED STAFF COMMENTS  87". The items are those of Regulation
# S-K (17 CFR 229) and Form 20-F, numbered with a letter after the number ("1A", "4A"); the page number follows a tab
# or two spaces or more. No leader marks them, so a run of three such lines or more is read (one line may be a
# heading or the title of minutes' item that happens to end in a number).
_FILING_CONTENTS_LINE = _rx(r"^[ \t]*(?:Item|ITEM)[ \t]+\d{1,2}[A-Da-d]?\.?(?:\t|[ ]{1,})[^\t\n]*?[^\W\d_][^\t\n]*?"
                            r"(?:\t|[ ]{2,})[ \t]*(?:\d{1,4}|[ivxlc]{1,7})[ \t]*$", re.M)
_FILING_CONTENTS_RUN = 3


def _filing_contents_lines(text: str) -> list[tuple[int, int]]:
    """The item lines of a filing's contents (:data:`_FILING_CONTENTS_LINE`) that stand in a run of at least
    :data:`_FILING_CONTENTS_RUN` lines, lines of a part's heading ("PART I") or blank lines between them."""
    if "Item" not in text and "ITEM" not in text:
        return []
    runs: list[list[tuple[int, int]]] = []
    last_end = -1
    for m in _FILING_CONTENTS_LINE.finditer(text):
        span = _content(text, m.start(), m.end())
        if span is None:
            continue
        between = text[last_end:m.start()] if last_end >= 0 else None
        if between is not None and all(not x.strip() or re.fullmatch(r"[ \t]*PART[ \t]+[IV]{1,3}[ \t]*", x)
                                       for x in between.split("\n")):
            runs[-1].append(span)
        else:
            runs.append([span])
        last_end = m.end()
    return [span for run in runs if len(run) >= _FILING_CONTENTS_RUN for span in run]


def _contents_lines(text: str) -> list[tuple[int, int]]:
    """The lines of a table of contents: an entry with a letter, a dot leader (four dots or more, spaced or not, or
    three ellipses or middle dots or more) and a page number at the end. Only the lines that hold a leader's
    characters are read, each once, from its end (no pattern runs over a run of dots: linear)."""
    starts: set[int] = set()
    for needle in _TOC_NEEDLES:
        pos = text.find(needle)
        while pos >= 0:
            start = text.rfind("\n", 0, pos) + 1
            starts.add(start)
            nl = text.find("\n", pos)
            if nl < 0:
                break
            pos = text.find(needle, nl)
    out = []
    for start in sorted(starts):
        nl = text.find("\n", start)
        span = _content(text, start, len(text) if nl < 0 else nl)
        if span is None:
            continue
        line = text[span[0]:span[1]]
        page = _TOC_PAGE.search(line)
        if page is None:
            continue
        rest = line[:page.start()]
        if rest[-1:] not in (" ", "\t", ".", "…", "·"):
            continue  # the number is part of a word ("A4"), not a page number after a leader
        entry = rest.rstrip(" \t.…·")
        leader = rest[len(entry):]
        dots = leader.count(".") + 3 * leader.count("…") + leader.count("·")
        if dots >= 4 and _TOC_ENTRY.search(entry):
            out.append(span)
    return out


@dataclass
class _Cleaned:
    spans: list[dict[str, Any]]
    fields: dict[str, Any]


# a Markdown heading: one to six "#" and a space or the line's end (CommonMark 0.31, 4.2 "ATX headings"); a hashtag
# ("#privacy matters. Stop the cameras.") is none, and opening a post with one made the whole post its title
_ATX_HEADING = re.compile(r"[ ]{0,3}#{1,6}(?:[ \t]|$)")


def _export_header(text: str, head: list[tuple[int, int]], lead: int | None, spans: list[dict[str, Any]],
                   fields: dict[str, Any], used: set[int], add: Any) -> None:
    """The publication (and Factiva's byline, word count, source code and language lines) of one article of a
    news-database export, by the line order of its format (see the comment at :data:`_WORD_COUNT`): ``outlet``
    spans (rule ``database-publication``) and the ``outlet`` field; for LexisNexis Academic, whose headline follows
    the date, the ``title`` field too. A line is taken for the publication only between the headline and the date
    (Nexis Uni), between the separator and the date (Academic) or right after the date or its time (Factiva)."""
    lines = [(s, e) for s, e in head if text[s:e].strip()]

    def take(kind: str, rule: str, line: tuple[int, int]) -> None:  # set a header line aside
        add(kind, rule, *line)
        used.add(line[0])
    dates = [i for i, (s, _) in enumerate(lines) if any(sp["start"] == s and sp["rule"].startswith("dateline")
                                                        for sp in spans)]
    if not dates:
        return
    d = dates[0]
    e = d + 1  # edition lines: right after the date (or its time) with no blank line between, at most two
    while e < len(lines) and e <= d + 2 and lines[e][0] not in used and text[lines[e - 1][1]:lines[e][0]].count("\n") == 1:
        line = text[lines[e][0]:lines[e][1]].strip()
        after_semicolon = e > d + 1 and text[lines[e - 1][0]:lines[e - 1][1]].rstrip().endswith(";")
        if not (_EDITION.match(line) or (after_semicolon and len(line.split()) <= 3)):
            break
        take("boilerplate", "database-field", lines[e])
        e += 1

    def publication(i: int) -> bool:
        if not 0 <= i < len(lines) or lines[i][0] in used:
            return False
        line = text[lines[i][0]:lines[i][1]].strip()
        if _PUBLICATION.match(line) is None:
            return False
        take("outlet", "database-publication", lines[i])
        fields["outlet"] = line
        return True

    counts = [i for i, (s, e) in enumerate(lines[:d]) if _WORD_COUNT.match(text[s:e].strip())]
    if counts:  # Factiva: [section], headline, [byline], "812 words", date, [time], publication, source code,
        # [edition], [page], language
        c = counts[0]
        take("boilerplate", "database-field", lines[c])
        above = [ln for ln in lines[:c] if ln[0] not in used]
        # three lines above the word count are the section, the headline and the byline; two are the headline and
        # a byline that reads as a name ("Ann Lee", "Jane Roe and Bo Chen"), else the section and the headline
        if len(above) >= 3 or (len(above) == 2 and not _NAME_LINE.match(text[above[1][0]:above[1][1]].strip())):
            take("boilerplate", "database-field", above[0])
            above = above[1:]
        if above:
            fields["title"] = text[above[0][0]:above[0][1]].strip()
        byline = above[1:]
        if len(byline) == 1 and len(text[byline[0][0]:byline[0][1]].split()) <= 6:
            fields.setdefault("author", text[byline[0][0]:byline[0][1]].strip())
            take("byline", "database-byline", byline[0])
        k = d + 1
        if k < len(lines) and _CLOCK_LINE.match(text[lines[k][0]:lines[k][1]].strip()):
            take("boilerplate", "database-field", lines[k])
            k += 1
        if publication(k):
            after = [j for j in range(k + 1, min(k + 6, len(lines))) if lines[j][0] not in used]
            language = [j for j in after if text[lines[j][0]:lines[j][1]].strip().lower() in _LANGUAGES]
            # the source code, edition and page lines down to the language line; without one, a source code or
            # language in the two lines after the publication
            for j in (range(k + 1, language[0] + 1) if language else (k + 1, k + 2)):
                if j < len(lines) and lines[j][0] not in used:
                    line = text[lines[j][0]:lines[j][1]].strip()
                    if language or _SOURCE_CODE.match(line) or line.lower() in _LANGUAGES:
                        take("boilerplate", "database-field", lines[j])
        return
    if lead is not None and d == 1:  # LexisNexis Academic: separator, publication, date, headline
        if publication(0):
            after = [ln for ln in lines[2:] if ln[0] not in used]
            if after:
                fields["title"] = text[after[0][0]:after[0][1]].strip()
        return
    # Nexis Uni: headline, publication, date ("March 4, 2019 Monday", its weekday always written), [edition], then
    # the database's fields (copyright, "Section:", "Length:", "Byline:"); or headline and date where the
    # publication line is missing. The headline is the title whatever its length: "Surveillance" and "Privacy
    # fears" are headlines in this place (the general rule wants three words or more, and without a title the
    # publication had not been read)
    first = text[lines[0][0]:lines[0][1]].strip()
    fields_follow = e < len(lines) and any(sp["start"] == lines[e][0] and sp["rule"] in (
        "database-field", "copyright", "author-field", "load-date") for sp in spans)
    if lead is None and d in (1, 2) and lines[0][0] not in used and len(first) <= 200 and fields_follow \
            and _WEEKDAY_AFTER_DATE.search(text[lines[d][0]:lines[d][1]]) \
            and not first.endswith((".", "!", "?", ":", ";", ",")):
        fields.setdefault("title", first)
    if d == 2 and "title" in fields:
        publication(1)


# A press release as the wire services distribute it (PR Newswire, Business Wire, GlobeNewswire, Accesswire): its lead
# paragraph opens with the dateline 'SHENZHEN, China, March 3, 2021 /PRNewswire/ -- ' (the place, its state or country,
# the date with its year and the service between slashes, or in brackets in capitals, '(GLOBE NEWSWIRE)'), and it closes
# with a trailer of sections under their own headings: 'About <Company>' (the company's standing description, which PR
# writing calls the boilerplate), the 'Forward-Looking Statements' disclaimer, the media and investor contacts, the
# distributor's 'SOURCE <Company>' line and the end mark '###' or '-30-' (AP Stylebook, 'news release'; PR Newswire's
# and Business Wire's style guides). A news agency's dateline ('LONDON (Reuters) - ') has neither year nor wire tag.
_WIRE_DATELINE = _rx(rf"(?P<dl>[A-Z][A-Z .'’\-]{{2,}}(?:,\s+[A-Z][\w.]*(?:\s+\d{{1,2}})?){{0,2}},\s+"
                     rf"(?P<date>{_DATE_MDY})\s*(?:/[A-Za-z][A-Za-z .\-]{{1,28}}/|\([A-Z][A-Za-z .\-]{{1,28}}\))"
                     rf"\s*[-—–]+\s*)", re.I)
# (also "ENDS", the British end mark, on a line of its own, in capitals or with dashes: "ENDS", "-ends-", "— ENDS —")
_END_MARK = _rx(r"^[ \t]*(?:#[ \t]*#[ \t]*#|-[ \t]*30[ \t]*-|ENDS|[-—–][ \t]*(?i:ends)[ \t]*[-—–])[ \t]*$", re.M)
# A release's status line above or below its headline: the embargo, the time before which it may not be published
# ("EMBARGOED UNTIL 00:01 GMT TUESDAY 14 MAY 2024", "UNDER STRICT EMBARGO UNTIL 1600 HRS ...", "Embargo: 10:00 ET,
# Monday"), or "FOR IMMEDIATE RELEASE" (AP Stylebook, 'news release'; the layout of the releases of universities and
# journals, EurekAlert!'s and AlphaGalileo's). It is the publisher's instruction to the newsroom, no word of the story:
# left in, it was the title of a release that opens with it, its words ("embargoed", "gmt") were counted, and a date's
# month in capitals ("MAY") became the organisation a later "the paper argues" was attributed to. An embargo line needs
# "until" or a colon and a time or date after it, so that a headline about a trade embargo stays
_RELEASE_STATUS = _rx(r"^[ \t]*(?:(?:(?:strictly|under(?:[ \t]+strict)?)[ \t]+)?embargo(?:ed)?(?:[ \t]+for[ \t]+release)?"
                      r"(?:[ \t]+(?:until|till)\b|[ \t]*:)[ \t]*(?=[^\n]*?\d)[^\n]{1,120}?"
                      r"|(?:for[ \t]+)?immediate[ \t]+release[.:]?)[ \t]*$", re.I | re.M)
# A news agency's dateline opens the lead of its stories: the place in capitals, its state or country where the place
# is not known on its own, the day without a year where the agency gives one, and the agency's name in brackets before
# a dash ('WASHINGTON (Reuters) - ', 'LONDON, Oct 27 (Reuters) - ', 'BELGRADE, Serbia (AP) — ', 'BEIJING, March 3
# (Xinhua) -- ') or between slashes after a full stop ('MOSCOW, October 12. /TASS/. '), as the AP Stylebook
# ('datelines') and the agencies' own copy set it. It says where the story was filed and by whom, no word of the
# story: left in the text, its words opened the lead's first sentence, so that 'beijing' and 'xinhua' were words of
# the reported clause of the spokesperson the lead quotes (and key terms of every Xinhua text). Without a year the
# date is not read; the press release's dateline, which has one, is the rule above.
# the agency's name: one or two capitalised words ('Reuters', 'AP', 'Xinhua', 'ITAR-TASS', 'RIA Novosti', 'Kyodo News'),
# so that an abbreviation glossed in brackets at a text's head, 'NATO (North Atlantic Treaty Organization) - ' or 'FAQ
# (Frequently asked questions) - ', is no dateline
_AGENCY_NAME = r"[A-Z][\w&\-]*(?:[ ][A-Z][\w&\-]*)?"
_AGENCY_DATELINE = _rx(rf"[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+){{0,3}}"
                       rf"(?:,[ ]+[A-Z][a-z.]+(?:[ ][A-Z][a-z.]+){{0,2}})?"
                       rf"(?:,[ ]+(?:(?i:{_MONTHS})\.?[ ]+\d{{1,2}}|\d{{1,2}}[ ]+(?i:{_MONTHS})\.?))?"
                       rf"(?:[ ]*\((?:{_AGENCY_NAME})\)[ ]*(?:--|[-—–])[ \t]*|\.?[ ]*/(?:{_AGENCY_NAME})/\.?[ \t]+)(?=\S)")
# the headings that open the trailer's sections, each a line of its own (a colon may end it), with the rule it records
_TRAILER_HEADINGS = (
    ("release-about", _rx(r"^[ \t]*About[ \t]+[A-Z][\w.&’'\-]*(?:[ \t]+(?:[A-Z][\w.&’'\-]*|of|and|&|for)){0,6}[ \t]*:?[ \t]*$", re.M)),
    ("release-disclaimer", _rx(r"^[ \t]*(?:Cautionary[ \t]+(?:Note|Statement)[ \t]+(?:Regarding|on|About)[ \t]+)?"
                               r"Forward[- ]Looking[ \t]+(?:Statements?|Information)[ \t]*:?[ \t]*$", re.M | re.I)),
    ("release-contact", _rx(r"^[ \t]*(?:(?:Media|Press|Investor|News)(?:[ \t]+(?:and|&)[ \t]+(?:Media|Press|Investor|Analyst)s?)?"
                            r"[ \t]+(?:Contacts?|Inquiries|Relations)|Contacts?|For[ \t]+(?:more|further)[ \t]+information)"
                            r"[ \t]*:?(?:[ \t]+\S.{0,80})?[ \t]*$", re.M | re.I)),  # (white space may end a line)
    ("release-source", _rx(r"^[ \t]*SOURCE[ \t]+[A-Z].{0,80}$", re.M)),
    # the British release's section for the newsroom after its end mark: the paper's reference, the institution's
    # standing description and the contacts ("Notes to editors", "Notes for editors", "Editor's notes")
    ("release-notes", _rx(r"^[ \t]*(?:notes?[ \t]+(?:to|for)[ \t]+(?:news[ \t]+)?editors?|editors?[’']?s?[’']?[ \t]+notes?)"
                          r"[ \t]*:?[ \t]*$", re.M | re.I)),
    ("end-mark", _END_MARK),
)


def _release_trailer(text: str, head: list[tuple[int, int]], add, fields: dict) -> None:
    """The wire dateline of a press release (rule ``wire-dateline``, its date filling ``date``) and the sections of its
    trailer (see :data:`_WIRE_DATELINE`): a text is a release where its first lines hold such a dateline or a line is
    its end mark. The trailer opens at the first heading of :data:`_TRAILER_HEADINGS` after the dateline's paragraph
    (after the first line without one) and runs to the end of the text; each section, from its heading to the next,
    is set aside under its heading's rule. Without a wire dateline or an end mark nothing is read: 'About' opens
    sections of ordinary articles too. (Not a status line alone, "FOR IMMEDIATE RELEASE" (:data:`_RELEASE_STATUS`):
    a vendor's page carries one over its own release, whose 'About' paragraph is the vendor's words on its own site;
    on the measured blind pages it had set aside the 'About' sections of three vendor pages, vendor > news -0.0020
    [-0.0070, 0.0005].)"""
    dateline = None
    # every head line, the first too: a release whose headline is a column of its own (CSV, JSON, a news API's
    # title field) opens with its dateline, and a headline cannot match the dateline (a place in capitals, a date
    # with its year, the wire's tag and a dash)
    for s, e in head:
        m = _WIRE_DATELINE.match(text, s, e)
        if m is not None and _parse_date(m.group("date")) is not None:
            dateline = m
            break
    if dateline is None:
        # a news agency's dateline (see _AGENCY_DATELINE) at the head of the lead, the first line that is no headline
        for s, e in head[:3]:
            m = _AGENCY_DATELINE.match(text, s, e)
            if m is not None:
                add("date", "agency-dateline", m.start(), len(text[:m.end()].rstrip()))
                break
    if dateline is None and next(finditer_lines(_END_MARK, text), None) is None:
        return
    body = head[1][0] if len(head) > 1 else 0
    if dateline is not None:
        add("date", "wire-dateline", dateline.start(), dateline.end())
        fields.setdefault("date", _parse_date(dateline.group("date")))
        body = text.find("\n", dateline.end())
        body = len(text) if body < 0 else body
    starts = sorted((m.start(), rule) for rule, rx in _TRAILER_HEADINGS for m in rx.finditer(text, body))
    if not starts:
        return
    ends = [s for s, _ in starts[1:]] + [len(text.rstrip())]
    for (s, rule), e in zip(starts, ends, strict=True):
        s += len(text[s:e]) - len(text[s:e].lstrip())
        if e > s:
            add("boilerplate", rule, s, len(text[:e].rstrip()))


# the jump lines of a newspaper story continued on another page: "Continued on Page 4, Column 3" at the foot of
# its first column, "(Continued from Page A1)" or "Continued From First Page" where it goes on, and the slug form
# "See CAMERAS, Page 6" (the story's one-word slug in capitals). A jump line is the page's furniture, as a running
# head is (the jump and the jump line: Harrower, The Newspaper Designer's Handbook, ch. 3; the digitised papers of
# Chronicling America keep them in the text of the page); counted, "continued", "page" and "column" were words of
# every story that ran on. A line that is nothing else, anywhere in the text.
_JUMP_PAGE = (r"(?:p(?:age|\.|g\.)[ \t]*[A-Z]?\d{1,3}[A-Z]?|(?:the[ \t]+)?(?:first|front|back|last|next|preceding|"
              r"following|editorial|sports)[ \t]+page)(?:[ \t]*,?[ \t]*col(?:umn|\.)?[ \t]*\d{1,2})?")
_JUMP_LINE = _rx(rf"^[ \t]*(?P<line>\(?(?:(?i:continued|cont'?d\.?|concluded|turn)[ \t]+(?i:on|from|to)[ \t]+(?i:{_JUMP_PAGE})"
                 rf"|[Ss]ee[ \t]+[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){{0,3}}[ \t]*,?[ \t]+(?:on[ \t]+)?(?i:{_JUMP_PAGE}))"
                 r"[ \t]*[.;:]?\)?)[ \t]*$", re.M)


# The label that marks sponsored content, an advertorial or a native advertisement, on a line of its own: "Sponsored",
# "Sponsored by Genetec", "Partner content", "Paid post", "Advertorial", "Advertisement feature", "Brought to you by
# Hanwha Vision", "Promoted by ...", or the disclosure sentence "This article is sponsored by Hikvision." The label is
# how a publication tells its readers that a page is paid for by an advertiser, not its editorial: the SPJ Code of
# Ethics (2014) asks journalists to "distinguish news from advertising" and "prominently label sponsored content";
# the labels are those of the FTC's "Native Advertising: A Guide for Businesses" (2015), the IAB Native Advertising
# Playbook (2013: "Sponsored by", "Brought to you by", "Promoted by") and the UK CAP Code 2.4 ("advertisement
# feature", "advertorial"). Counted, the label's words were the article's own, and the page's promotion the outlet's
# editorial voice with nothing to tell it apart. A label names at most its sponsor (eight words); a headline that
# is about sponsorship ("Sponsored Content Under Fire at ISC West") or a sentence ("The company sponsored a
# reception") is none, and so is a line of hard-wrapped prose ("promoted by the immediate cessation of ...", a
# sponsor that is no name, or a line that goes on with its sentence). The bare "Advertisement" of a news page marks an advertising slot beside the article, not
# the article, and is not read here. Nor is wording that journalism funded by others shares with brands: "produced
# in partnership with the Pulitzer Center", "In association with ..." (the Guardian's mark, with "Supported by", of
# funding that leaves the editorial independent). What is read besides the labels says the page is paid for in so
# many words: an editor's note ("Editor's note: this content is paid for by X and was not written by our
# newsroom.") and the sponsor's disclaimer ("The views expressed are the sponsor's own.", not "the author's own").
_SPONSOR_NAME = r"(?:the[ \t]+)?[A-Z0-9][^\s.!?|:]*(?:[ \t]+[^\s!?|:]+){0,7}"  # a name: capital or digit
_LABEL_NOUN = r"(?:content|post|article|story|feature|partnership|report|listing|message)"
_SPONSOR_AFTER = rf"(?:[ \t]*[:|–—-][ \t]*{_SPONSOR_NAME}|[ \t]+(?i:by|from|with)[ \t]+{_SPONSOR_NAME})"
# an editor's note that opens a disclosure sentence, and the clause that can go on after the sponsor's name ("...
# paid for by Dahua Technology and was not written by our newsroom"): the rest of the sentence, no other one
_NOTE = r"(?:(?i:editor['’]?s[ \t]+note|note|disclosure)[ \t]*[:–—-][ \t]*)"
_GOES_ON = r"(?:[ \t]*,?[ \t]+(?i:and|which)[ \t]+[^\n.!?]*)?"
# (the look-ahead holds the first letters of the alternatives, so most lines are left after one character)
_SPONSORED_LABEL = _rx(
    r"^[ \t]*(?=[SsPpBbAaCcTtUuEeNnDdVvOo])(?P<line>(?:"
    rf"(?i:sponsored)(?:[ \t]+(?i:{_LABEL_NOUN}))?(?:{_SPONSOR_AFTER}|[ \t]+(?i:by|from))?"
    rf"|(?i:partner|paid|branded|advertiser|promoted|sponsor)[ \t]+(?i:{_LABEL_NOUN}){_SPONSOR_AFTER}?"
    rf"|(?i:advertorial|advertis(?:e)?(?:ment|ing)[ \t]+feature){_SPONSOR_AFTER}?"
    rf"|(?i:brought[ \t]+to[ \t]+you|paid[ \t]+for|promoted|underwritten)[ \t]+(?i:by)(?:[ \t]+{_SPONSOR_NAME})?"
    rf"|(?i:(?:content|a[ \t]+message)[ \t]+from[ \t]+our[ \t]+(?:sponsors?|partners?|advertisers?))"
    rf"|(?i:paid[ \t]+program(?:me)?){_SPONSOR_AFTER}?"
    rf"|{_NOTE}?(?i:this[ \t]+(?:article|content|post|story|feature|piece|page|report)[ \t]+(?:is|was|has[ \t]+been)"
    rf"[ \t]+(?:sponsored|paid[ \t]+for|brought[ \t]+to[ \t]+you|underwritten)[ \t]+by)[ \t]+{_SPONSOR_NAME}{_GOES_ON}"
    rf"|{_NOTE}?(?i:this[ \t]+is[ \t]+(?:a[ \t]+)?(?:sponsored|paid|partner)[ \t]+{_LABEL_NOUN})"
    r"|(?i:(?:the[ \t]+)?(?:views|opinions|views[ \t]+and[ \t]+opinions)[ \t]+expressed(?:[ \t]+(?:here(?:in)?|in[ \t]+this"
    r"[ \t]+(?:article|content|post|piece|page|feature|story)))?[ \t]+are[ \t]+(?:the|those[ \t]+of[ \t]+the)[ \t]+"
    rf"(?:sponsor|advertiser)(?:['’]?s['’]?)?(?:[ \t]+(?:own|alone))?){_GOES_ON}"
    r")[ \t]*[.:]?)[ \t]*$", re.M)
# a sponsor's name alone on its line, with no sentence's end in it (the name under "Sponsored by:")
_SPONSOR_LINE = _rx(r"(?:the[ \t]+)?[A-Z0-9][^\s.!?|:]*(?:[ \t]+[^\s.!?|:]+){0,7}")
# Forbes' label of the pages an advertiser pays for, "Huawei BrandVoice | Paid Program" (the brand's name, the
# product's trademark spelling, the kind of page), read only in a text that holds "BrandVoice"
_BRANDVOICE_LABEL = _rx(r"^[ \t]*(?P<line>(?:[A-Z0-9][^\s|:]*(?:[ \t]+[A-Z0-9][^\s|:]*){0,3}[ \t]+)?BrandVoice"
                        r"(?:[ \t]*[|:–—-][ \t]*(?i:paid[ \t]+program(?:me)?))?)[ \t]*$", re.M)


def sponsored_labels(text: str) -> list[tuple[int, int]]:
    """The sponsored-content labels of ``text`` (_SPONSORED_LABEL), lines that are nothing else: their spans,
    without outer white space. Cleaning sets them aside (rule ``sponsored-label``) and loading names the
    documents that carry one.

    A label stacked under another ("Sponsored content" / "Brought to you by Hikvision", the kind of page and then
    its sponsor, as the IAB Playbook shows them) stands alone too: the line above it ends in a lowercase word because
    it is a label, not a line of prose that goes on."""
    found: list[tuple[int, int]] = []
    matches = list(finditer_lines(_SPONSORED_LABEL, text))
    if "BrandVoice" in text:
        matches = sorted(matches + list(finditer_lines(_BRANDVOICE_LABEL, text)), key=lambda m: m.start("line"))
    for m in matches:
        span = m.span("line")
        if _stands_alone(text, span, before=not found or _prev_line(text, span[0]) != found[-1]):
            if text[span[0]:span[1]].rstrip(":").lower().endswith("by"):
                # "Sponsored by:" over the sponsor's logo, whose alternative text is the name on the line right
                # under it: the name completes the label
                nxt = _next_line(text, span[1])
                if (nxt is not None and text.count("\n", span[1], nxt[0]) == 1
                        and _SPONSOR_LINE.fullmatch(text, *nxt) is not None and _stands_alone(text, nxt, before=False)):
                    span = (span[0], nxt[1])
            found.append(span)
    return found


def _jump_lines(text: str) -> list[tuple[int, int]]:
    """The jump lines of ``text`` (_JUMP_LINE): their spans, without outer white space. Only a text holding "age" or
    "AGE" (of "page") or "." (of "p." and "pg.") can hold one; the others are not scanned."""
    if "age" not in text and "AGE" not in text and "." not in text:
        return []
    return [m.span("line") for m in finditer_lines(_JUMP_LINE, text)]


# The furniture of a live blog (discourse.segment.live_blog_stamps) besides its time stamps: the "Key events" list at
# its head, whose items are links to entries further down and repeat their headlines (the Guardian's "Key events",
# "Show key events only"): a table of contents, as the table-of-contents rule reads one, so left in, every headline
# it lists counted twice; the labels the page sets on entries ("Pinned post", "Key event"); and the contributors'
# bylines, a name alone on the line under the entries each writes, which the same page repeats entry after entry.
_KEY_EVENTS = _rx(r"^[ \t]*(?i:key[ \t]+(?:events|updates|moments))[ \t]*:?[ \t]*$")
_LIVE_LABEL = _rx(r"^[ \t]*(?i:pinned[ \t]+post|key[ \t]+event|show[ \t]+key[ \t]+events[ \t]+only|"
                  r"load[ \t]+more(?:[ \t]+(?:updates|entries|posts))?|auto-?update:?[ \t]+(?:on|off))[ \t]*$")
_LEADING_STAMP = _rx(r"^[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?i:[ap]\.?m\.?))?(?:[ \t]+[A-Z]{2,5})?|"
                     r"\d{1,3}[ \t]*[a-z]{1,7}[ \t]+ago)[ \t]+(?=\S)")
_LIVE_NAME = _rx(r"^[ \t]*[A-Z][\w'’.-]+(?:[ \t]+(?:(?:van|von|de|der|da|del|la|le)[ \t]+)?[A-Z][\w'’.-]+){1,3}[ \t]*$")


# the link text an embedded post's picture or video has in Twitter/X's embed code ("... #StopFacialRecognition
# pic.twitter.com/x7Qd2Lk"): written without a scheme, it is no URL to the tokenizer, and had been the words "pic",
# "twitter", "com" and its id in every post that carried a picture
_MEDIA_LINK = _rx(r"(?<![\w./])pic\.(?:twitter|x)\.com/\w+")


# The furniture of a comment thread as a page saved as text keeps it (WordPress's, Disqus's, a news site's comments):
# under each comment the labels of its buttons, "Reply", "Like · Reply", "Reply · Report", and above it the
# commenter's user name over its time stamp ("citizen_kane" / "3 hours ago"). Counted, "reply" was the most frequent
# word of every thread and each user name a key term of it. A button line is read only where two or more stand in a
# text (a heading "Reply" over a letter's reply is one), and a user name only in such a text, as the line of one to
# three words between a blank line (or the text's start) and a relative time stamp.
_BUTTONS = r"(?:Like|Reply|Report|Share|Flag|Permalink)"
_BUTTON_LINE = _rx(rf"[ \t]*{_BUTTONS}(?:[ \t]*[·|•][ \t]*{_BUTTONS}|[ \t]+{_BUTTONS})*[ \t]*↓?[ \t]*")
_AGO_LINE = _rx(r"[ \t]*(?:\d{1,3}|an?)[ \t]*(?i:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|"
                r"months?|years?)[ \t]+(?i:ago)[ \t]*")
_USER_LINE = _rx(r"[ \t]*@?[\w.-]+(?:[ \t]+[\w.-]+){0,2}[ \t]*")


def _comment_thread_furniture(text: str) -> list[tuple[str, int, int]]:
    """(rule, start, end) of a comment thread's button lines (``reply-button``) and commenters' user names
    (``comment-byline``), see the comment above; nothing for a text with fewer than two button lines."""
    if "Reply" not in text:
        return []
    lines = _lines(text)
    buttons = [(s, e) for s, e in lines if "Reply" in text[s:e] and _BUTTON_LINE.fullmatch(text, s, e)]
    if len(buttons) < 2:
        return []
    out = [("reply-button", s, len(text[:e].rstrip())) for s, e in buttons]
    for (s, e), (s2, e2) in zip(lines, lines[1:], strict=False):
        if (_AGO_LINE.fullmatch(text, s2, e2) and _USER_LINE.fullmatch(text, s, e)
                and (not text[:s].strip() or _after_blank_line(text, s))):
            out.append(("comment-byline", s + len(text[s:e]) - len(text[s:e].lstrip()), len(text[:e].rstrip())))
    return sorted(out, key=lambda r: r[1])


def _live_blog_furniture(text: str) -> list[tuple[str, int, int]]:
    """(rule, start, end) of the furniture of a live blog (see the comment above; nothing for another text): the
    entries' time stamps (``live-timestamp``), the "Key events" list (``key-events``, its heading to the last item:
    lines that are a time stamp, or a headline, with or without a time before it, that a line further down repeats),
    labels (``live-label``) and the bylines of contributors (``live-byline``: a name of two to four capitalised
    words alone on a line that stands alone, written so twice or more)."""
    stamps = live_blog_stamps(text)
    if not stamps:
        return []
    lines = _lines(text)
    out: list[tuple[str, int, int]] = []
    in_list: set[int] = set()
    for i, (s, e) in enumerate(lines):
        if not _KEY_EVENTS.match(text[s:e]) or s in in_list:
            continue
        last = e
        for s2, e2 in lines[i + 1:]:
            if text.count("\n", last, s2) > 1 and last > e:
                break  # a blank line ends the list (one right under its heading does not)
            line = text[s2:e2]
            head = _LEADING_STAMP.match(line)
            item = line[head.end():].strip() if head else line.strip()
            if not (LIVE_STAMP.match(line) or (len(item) > 3 and _repeated_below(text, e2, item))):
                break
            in_list.add(s2)
            last = e2
        if last > e:
            out.append(("key-events", s, last))
            in_list.add(s)
    for s, e in stamps:
        if s not in in_list and text.rfind("\n", 0, s) + 1 not in in_list:
            out.append(("live-timestamp", s, e))
    names: dict[str, list[tuple[int, int]]] = {}
    for s, e in lines:
        if s in in_list:
            continue
        line = text[s:e]
        if _LIVE_LABEL.match(line):
            out.append(("live-label", s, e))
        elif _LIVE_NAME.match(line) and _stands_alone(text, (s, e)):
            names.setdefault(line.strip(), []).append((s, e))
    for spans in names.values():
        if len(spans) >= 2:
            out += [("live-byline", s, e) for s, e in spans]
    return sorted(out, key=lambda r: r[1])


def _repeated_below(text: str, end: int, item: str) -> bool:
    """Does ``item`` (a line's text) stand as a whole line of ``text`` after ``end``?"""
    return re.search(rf"^[ \t]*{re.escape(item)}[ \t]*$", text[end:], re.MULTILINE) is not None


def _email_spans(text: str, add: Any, fields: dict[str, Any]) -> set[int]:
    """Set aside the mail client's structure of an e-mail text (:mod:`discourse._email`): the lines of its header
    blocks (kind ``header``, rule ``email-header``; RFC 5322 3.6), the separator lines above an earlier message
    (``email-separator``) and the attribution lines above a ">" quotation (``reply-attribution``), the signature
    after ``-- `` (RFC 3676 4.3) and a signature block without it that opens with the sender's name
    (:func:`discourse._email.signature_blocks`), a "Sent from my iPhone" line and a confidentiality notice (kind
    ``boilerplate``, rules ``signature``, ``signature-block``, ``device-signature``, ``email-disclaimer``); and, in any text, redaction marks
    (``[REDACTED]``, ``█████``; in e-mail also FOIA exemption codes, ``(b)(6)``: kind ``redaction``, rule
    ``redaction``). Counted, the header's names, addresses, dates and Subject line were the author's words in
    every message of a thread (a Subject "Safe City pilot" a promotional hit in each reply), a vendor's signature
    slogan was counted once per message, and "redacted" and the "b" of "(b)(6)" were key terms of the released
    side. The header block that opens the text fills the title (``Subject:``), author (``From:``'s name) and date
    (``Date:`` or Outlook's ``Sent:``). Returns the starts of the lines set aside."""
    used: set[int] = set()
    taken: list[tuple[int, int]] = []  # (a redaction inside a header line is that line's: spans do not overlap)

    def take(kind: str, rule: str, s: int, e: int) -> None:
        add(kind, rule, s, e)
        used.add(s)
        taken.append((s, e))

    blocks = header_blocks(text)
    # (the attribution lines above ">" quotations and those above an unmarked earlier message)
    attributions = reply_attributions(text) + [(a, e, name) for a, e, _, _, name in unmarked_replies(text, blocks)]
    attributions.sort()
    email = bool(blocks or attributions)
    if email:
        own = own_block(text, blocks)
        for b in blocks:
            for s, e in b.lines:
                take("header", "email-header", s, e)
            if b is own:  # the text's own header block
                if b.fields.get("subject"):
                    fields.setdefault("title", b.fields["subject"])
                if b.sender():
                    fields.setdefault("author", b.sender())
                when = b.fields.get("date") or b.fields.get("sent")
                ts = _parse_date(when) if when else None
                if ts is not None:
                    fields.setdefault("date", ts)
        starts = [b.start for b in blocks]
        for m in finditer_lines(EMAIL_SEPARATOR, text):
            j = bisect_right(starts, m.end() - 1)
            if j < len(starts) and not text[m.end():starts[j]].strip():
                take("header", "email-separator", m.start(), m.end())
        for s, e, _ in attributions:
            take("header", "reply-attribution", s, e)
        sigs = signature_spans(text, blocks, attributions)
        for rule, s, e in sigs:
            take("boilerplate", rule, s, e)
        for s, e in signature_blocks(text, blocks):
            if s not in used and not any(a <= s < b for _, a, b in sigs):
                take("boilerplate", "signature-block", s, e)
    taken.sort()
    taken_starts = [a for a, _ in taken]
    for s, e in redaction_spans(text, email):
        j = bisect_right(taken_starts, s) - 1
        if not (j >= 0 and taken[j][1] >= e):
            add("redaction", "redaction", s, e)
    return used


# The complimentary close of a letter and the signature block under it (business-letter form: the closing,
# "Sincerely," or "Respectfully submitted,", then the writer's name, title, organisation and town on lines of
# their own; The Gregg Reference Manual, "Letters": complimentary closing and writer's identification). Public
# comments to a regulator or council are letters: counted, the signer's organisation was a frame hit of the
# comment ("Oakland Privacy" a rights hit, "Security Industry Association" a security one) and a campaign's
# thousand signatures a thousand hits. The closing is a line of its own (a comma or nothing after it), or, with
# the closings of letters only, "Sincerely, Jane Roe, Oakland CA" on the text's last line; "Thank you." with a
# full stop closes the argument and stays.
_CLOSING_WORDS = (r"(?:yours[ \t]+)?(?:sincerely|truly|faithfully|cordially|respectfully)(?:[ \t]+yours)?"
                  r"(?:[ \t]+submitted)?|(?:with[ \t]+)?(?:best|kind|warm|warmest)[ \t]+(?:regards|wishes)|regards")
_CLOSING_LINE = _rx(rf"^[ \t]*(?i:{_CLOSING_WORDS}|thank[ \t]+you|thanks|in[ \t]+solidarity)[ \t]*,?[ \t]*$")
_CLOSING_SIGNED = _rx(rf"^[ \t]*(?i:{_CLOSING_WORDS})[ \t]*,[ \t]*(?P<name>[A-Z][^\n]*?)[ \t]*$")
_SIGNATURE_MAX_LINES = 6    # name, title, organisation, street, town, e-mail
_SIGNATURE_MAX_WORDS = 12   # words of one line of a signature block


def _letter_signature(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a letter's closing and signature block at the end of ``text`` (``lines``: its non-blank lines,
    their spans), or None: a closing line (_CLOSING_LINE) followed by one to six short lines to the end, or a
    closing with the name after it on the last line (_CLOSING_SIGNED)."""
    if len(lines) < 2:
        return None  # a text that is nothing but a closing has no argument to keep apart from it
    for k in range(len(lines) - 1, max(len(lines) - 2 - _SIGNATURE_MAX_LINES, 0), -1):
        s, e = lines[k]
        line = text[s:e]
        if k < len(lines) - 1 and _CLOSING_LINE.match(line):
            return s, lines[-1][1]
        if k == len(lines) - 1:
            m = _CLOSING_SIGNED.match(line)
            if m and len(m.group("name").split()) <= _SIGNATURE_MAX_WORDS and not m.group("name").endswith(("?", "!")):
                return s, e
        if len(line.split()) > _SIGNATURE_MAX_WORDS or line.rstrip().endswith(("?", "!", ":")):
            return None  # a line of the comment itself: no signature block below a closing above it
    return None


def letter_signature(text: str) -> tuple[int, int] | None:
    """The span of the closing and signature block that ends ``text``, a letter (_CLOSING_LINE), or None. Cleaning
    sets it aside (rule ``letter-signature``), and :func:`discourse.find_duplicates` compares texts without it:
    the copies of a form letter differ in their signatures only."""
    if "\n" not in text.rstrip():
        return None
    nonblank = [(a, b) for a, b in _last_lines(text, _SIGNATURE_MAX_LINES + 2) if text[a:b].strip()]
    return _letter_signature(text, nonblank)


def clean_document(text: str, doc_id: str = "") -> _Cleaned:
    """Find header and boilerplate spans of one news text, and the metadata they state.

    Rules, in order (each recorded by name in ``Corpus.set_aside.rule``):

    - the **title** is the first line when it is a markdown heading (``# ...``; a hashtag, ``#privacy``, is none),
      or a short line (at most
      200 characters, three words or more) that does not end in sentence punctuation and is followed by more text,
      not by a line that goes on with its sentence (a lower-case start that is no header line: hard-wrapped
      running text, "I join previous" / "speakers in congratulating you"). It stays in
      the analysed text (a headline is the outlet's own framing) and only fills the ``title`` field; a
      *repeat* of the title further down the header is set aside (``repeated-title``);
    - a dated byline as the first line (``By Jane Roe | May 3, 2024``, ``by-author-date``: a feed item's text opens
      with it) is no title;
    - in the first 12 lines: bylines (``By Name``, ``By Name | May 3, 2024``, ``Posted on Sep 15, 2017 by Name``, ``Author: Name``
      and a lone line equal to the byline's name), date lines (``Published at: 2019-11-06T09:00...``,
      ``December 21, 2018`` optionally followed by a section name), ``Original: [Outlet](url)`` lines,
      and ``share``/``print`` lines;
    - anywhere: photo captions, lines of at most 300 characters ending in a parenthesised credit, and
      credit lines such as ``NTD Photo``; a credit line that stands alone, ``Photo: Getty Images``,
      ``Photograph: Andy Wong/AP`` (``image-credit``, :data:`_CREDIT_LINE`);
    - the structure of a **subtitle file** (a text with a SubRip or WebVTT timing line, ``00:01:23,456 -->
      00:01:25,000``): the ``WEBVTT`` header (``webvtt-header``), NOTE/STYLE/REGION blocks (``webvtt-note``), each
      cue's counter or identifier (``subtitle-cue-id``), timing line (``subtitle-timing``) and tags (``<i>``,
      ``<v Anna Lee>``: ``subtitle-tag``), and bracketed time codes at the head of a transcript's lines
      (``[00:12:31] Speaker 2: ...``: ``timestamp``) and the time codes of the lines that open with a diarisation
      label, bracketed or not (``00:00:05 SPEAKER_01: ...``, ``Speaker 1  0:03``: ``timestamp``), and the label
      (``diarisation-label``), in any text; the turn markers ``>>`` / ``>>>`` of closed
      captions (``caption-turn-marker``, see :func:`discourse.segment.caption_turn_marks`); the directions of broadcast
      transcripts in capitals, ``(BEGIN VIDEOTAPE)``, ``(CROSSTALK)``, ``[LAUGHTER]``, ``(SOUNDBITE OF MUSIC)``
      and the sound tags of speech recognisers in square brackets, ``[Music]``, ``[Applause]``, ``[BLANK_AUDIO]``,
      ``[inaudible 00:01:02]`` (``stage-direction``, see :data:`BROADCAST_DIRECTION` and :data:`SOUND_TAG`);
    - the **HTML tags** of a text that is HTML (an end tag, a tag with an attribute, ``<br>``, ``<hr>`` or
      ``<img>``), as a feed's entity-encoded description becomes on loading: ``<p>``, ``<a href="...">``, ``</a>``
      (kind ``markup``, ``html-tag``; see :data:`_HTML_TAG`); the words between them stay;
    - a **retweet prefix** at the head of the text ("RT @user: ", ``retweet-prefix``): the platform's mark that the
      post after it is @user's (its voice, see :mod:`discourse._posts`), not words of either author; counted,
      "rt" was the most frequent content word of a corpus of posts and a term of every topic, and the handle a
      key term of the platform;
    - from the end, while lines match: ``From <Outlet>`` lines, newsletter sign-ups, comment/share/related
      lines, image credits, "X contributed to this report", author bios ("X is a technology writer ..."),
      copyright lines and the footer of WordPress feeds, "The post X appeared first on Y." (``feed-footer``); above
      them, at the very end of a feed excerpt, its more link ("Continue reading →", "Read more »", ``more-link``)
      or its truncation mark "[…]" (``truncation-mark``), see :data:`_MORE_LINK`;
    - the field lines of news-database exports (LexisNexis / Nexis Uni) among the first 12 lines and from the
      end: ``Byline: Name`` (an author field), ``Section:``, ``Length: 812 words``, ``Dateline:``,
      ``Language:``, ``Subject:`` and the database's other fields, ``Body`` and ``Classification``
      (``database-field``), copyright lines, ``Load-Date: ...`` (``load-date``: the day the article entered the
      database, never taken for its date), the publication date ``March 4, 2019 Monday`` (``dateline``) and
      the separator lines ``Document 3 of 40``, ``End of Document`` and Factiva's ``Document <accession
      number>`` (``export-separator``; one before the headline makes the next line the title);
    - in text with page breaks (form feeds: PDF text), the lines among the first or last three of a page that
      recur, up to their numbers and word order, at the edges of three pages (of both pages of a two-page text):
      running heads and footers (``running-head``; of numbers only, ``page-number``), and a page number alone
      at a page's edge (``page-number``); in any text, the lines of a table of contents: an entry, a dot
      leader and a page number (``table-of-contents``); and the **jump lines** of a newspaper story continued on
      another page, "Continued on Page 4, Column 3", "(Continued from Page A1)", "See CAMERAS, Page 6" (``jump-line``;
      see :data:`_JUMP_LINE`);
    - in a **live blog** (:func:`discourse.segment.live_blog_stamps`), the entries' time stamps on lines of their own
      ("14.32 BST", "2h ago", "Updated at 09.15 BST": ``live-timestamp``), the "Key events" list of links to entries,
      whose items repeat the entries' headlines (``key-events``), the page's labels ("Pinned post": ``live-label``)
      and the contributors' bylines repeated under entries (``live-byline``; see :func:`_live_blog_furniture`);
    - anywhere, the link text of an embedded post's picture, "pic.twitter.com/x7Qd2Lk" (kind ``markup``,
      ``media-link``, :data:`_MEDIA_LINK`);
    - anywhere, the label of **sponsored content** on a line of its own, "Sponsored", "Sponsored by Genetec", "Partner
      content", "Paid post", "Advertorial", "Brought to you by Hanwha Vision", "This article is sponsored by X.",
      "Huawei BrandVoice | Paid Program", "The views expressed are the sponsor's own."
      (``sponsored-label``, see :data:`_SPONSORED_LABEL`); a label above the headline is no title;
    - a **press release** as the wire services distribute it: its dateline ``SHENZHEN, China, March 3, 2021
      /PRNewswire/ --`` (``wire-dateline``, which fills the date) and, after the lead, the trailer's sections from
      their headings on: ``About <Company>`` (``release-about``), ``Forward-Looking Statements``
      (``release-disclaimer``), ``Media contact:`` and the like (``release-contact``), ``SOURCE <Company>``
      (``release-source``) and the end mark ``###`` or ``-30-`` (``end-mark``); read only in a text with such a
      dateline or end mark (:func:`_release_trailer`);
    - **meeting minutes**' attendance lists, a line "Present: Cllr A. Smith (Chair), Cllr B. Jones", "In attendance:
      ...", "Apologies: ..." (kind ``header``, ``attendance-list``, :data:`_ATTENDANCE`);
    - an **earnings-call transcript**'s participant lists under their headings ("Corporate Participants", "Conference
      Call Participants", ...: kind ``header``, ``participant-list``), the transcription service's notes
      ("[Operator Instructions]": ``stage-direction``, :data:`CALL_NOTE`) and, in a call, the safe-harbour statement
      (``call-disclaimer``; :func:`_call_spans`);
    - a **securities filing**'s cautionary statement under its heading "Cautionary Note Regarding Forward-Looking
      Statements" and the like, with its list of factors, up to the next heading (``filing-disclaimer``,
      :func:`_filing_disclaimer_spans`), in any text;
    - a **patent**'s paragraph numbers, "[0001]" at a line's start (``paragraph-number``, in a text with one such
      number with its leading zero: :data:`_PARAGRAPH_NUMBER`, 37 CFR 1.52(b)(6)); anywhere, the citation of a
      patent document, "US 2015/0123456 A1", "U.S. Pat. No. 9,876,543" (kind ``apparatus``, ``patent-citation``:
      :func:`_patent_citations`);
    - an article in Factiva's field-code layout (it opens with an ``SE`` or ``HD`` field) is read by its codes
      alone: ``HD`` fills the title, ``BY`` the author, ``PD`` the date, ``SN`` the outlet; the headline, ``LP``
      and ``TD`` stay in the text, every other field and every code is set aside;
    - anywhere, a **privacy notice**, **cookie banner** or **CCTV sign**: a run of paragraphs carrying the fixed
      formulas of GDPR arts. 13, 15 and 77, the cookie banner's and the ICO's CCTV sign, two or more in all
      (``privacy-notice``, ``cookie-banner``, ``cctv-sign``; :mod:`discourse._privacy_notices`);
    - anywhere, the apparatus of a scholarly article (kind ``apparatus``): the **reference list** under its heading
      ("References", "Bibliography", "Works Cited", ...) when the first line under it is an entry (an author and a
      year), up to its last entry (``reference-list``); a **keywords line** ("Keywords: smart city; privacy",
      "Index Terms—", ``keywords``) and a line that is only a **DOI** (``doi``). The author's notes stay. In a text
      with a reference list, the **parenthetical citations** that point into it ("(Lyon, 2003, p. 12)", "(Kitchin
      2014; Zuboff 2019)") and the date of a narrative citation ("Zuboff (2019)": the name stays) (``citation``).
    - anywhere, the apparatus of an encyclopedic page (kind ``apparatus``, :mod:`discourse._encyclopedia`): footnote
      markers, inline cleanup tags and section edit links (``note-marker``), hatnotes (``hatnote``), the lists under
      "See also", "External links" and "Further reading" (``see-also``, ``external-links``, ``further-reading``),
      the infobox (``infobox``);
      its reference list, entries opening with the caret of the footnote's back-link, is a ``reference-list``.

    Returns the spans to set aside and the fields the header states (title, author, date, outlet, url).
    """
    view = line_feed_view(text)
    if view is not text:
        # CR LF and CR line ends are read as LF (:func:`discourse.segment.line_feed_view`: the same length, so the
        # offsets hold); a span's text is the characters as given
        res = clean_document(view, doc_id)
        for span in res.spans:
            span["text"] = text[span["start"]:span["end"]]
        return res
    # only the first 12 lines, the last 15 and the lines that end like a caption are ever looked at: a
    # long text is not cut into lines at all (lines are told apart by their start offsets)
    head = _lines(text, _HEADER_LINES)
    spans: list[dict[str, Any]] = []
    fields: dict[str, Any] = {}
    if not head:
        return _Cleaned(spans, fields)
    if text[head[0][0]:head[0][0] + 2] in ("SE", "HD"):
        factiva = _factiva_fields(text, doc_id)
        if factiva is not None:
            return factiva

    def add(kind: str, rule: str, s: int, e: int) -> None:
        spans.append({"doc_id": doc_id, "kind": kind, "rule": rule, "start": s, "end": e, "text": text[s:e]})

    def free(s: int, e: int) -> bool:
        """Does no span set aside so far overlap ``text[s:e]``?"""
        return not any(sp["start"] < e and s < sp["end"] for sp in spans)

    rt = RETWEET_PREFIX.match(text)
    if rt is not None and rt.end() < len(text.rstrip()):
        add("boilerplate", "retweet-prefix", len(text) - len(text.lstrip()), rt.end())

    _subtitle_spans(text, add)
    _call_spans(text, add)
    _patent_citations(text, add, _paragraph_numbers(text, add))
    _attendance_spans(text, add)
    _html_tags(text, add, spans)
    # the running heads, footers and page numbers of a text with page breaks (PDF text), and the lines of a table
    # of contents: before the header's rules, so that a running head on the first page is no repeated title
    furniture = {s: (rule, e) for rule, s, e in page_furniture(text)}
    for s, e in _contents_lines(text) + _filing_contents_lines(text):
        furniture.setdefault(s, ("table-of-contents", e))
    for s, e in _jump_lines(text):
        furniture.setdefault(s, ("jump-line", e))
    if "pic." in text:
        for m in _MEDIA_LINK.finditer(text):
            furniture.setdefault(m.start(), ("media-link", m.end()))
    # a live blog's time stamps, "Key events" list, labels and contributors' bylines (_live_blog_furniture)
    for rule, s, e in _live_blog_furniture(text):
        furniture.setdefault(s, (rule, e))
    for s, (rule, e) in sorted(furniture.items()):
        add("byline" if rule == "live-byline" else "markup" if rule == "media-link" else "boilerplate", rule, s, e)
    # a comment thread's button lines and commenters' user names (_comment_thread_furniture)
    for rule, s, e in _comment_thread_furniture(text):
        if free(s, e):
            add("byline" if rule == "comment-byline" else "boilerplate", rule, s, e)

    email_used = _email_spans(text, add, fields)
    # sponsored-content labels, anywhere; those above the headline are no headline (the line after them is)
    labels = set()
    label_spans = []
    for s, e in sponsored_labels(text):
        if not any(sp["start"] <= s < sp["end"] for sp in spans):
            add("boilerplate", "sponsored-label", s, e)
            labels.add(s)
            label_spans.append((s, e))
    email_used = email_used | labels
    while len(head) > 1 and any(s <= head[0][0] < e for s, e in label_spans):
        head = head[1:]

    short = len(head) < _HEADER_LINES  # the whole text is in head: its lines are the footer's too
    # an export's separator line ("Document 1 of 40") before the headline is set aside, and the headline after it
    # is the title (it had been "Document 1 of 40")
    lead = None
    if len(head) > 1 and EXPORT_SEPARATOR.match(text[head[0][0]:head[0][1]]):
        lead = head[0][0]
        add("boilerplate", "export-separator", *head[0])
        head = head[1:]
    # a press release's status line among its first three lines (_RELEASE_STATUS), above the headline or below it;
    # the headline after it is the title
    status = [(s, e) for s, e in head[:3] if _RELEASE_STATUS.match(text, s, e) is not None]
    for s, e in status:
        add("boilerplate", "release-status", s, len(text[:e].rstrip()))
    if status and len(head) > 1 and status[0] == head[0]:
        head = head[1:]

    # title
    s0, e0 = head[0]
    first = text[s0:e0]
    byline = _BYLINE_DATE.match(first)
    if byline is not None and _parse_date(byline.group("date")) is not None:
        # a dated byline is no headline: a feed item's text opens with it (the headline is the feed's title field)
        fields["author"] = byline.group("author").strip()
        fields["date"] = _parse_date(byline.group("date"))
        add("byline", "by-author-date", s0, e0)
        email_used = email_used | {s0}
    elif s0 in email_used:
        pass  # an e-mail's own header block: its Subject is the title (_email_spans)
    elif _ATX_HEADING.match(first):
        fields["title"] = first.lstrip("#").strip()
    elif len(head) > 1 and len(first) <= 200 and len(first.split()) >= 3 and not first.rstrip().endswith((".", "!", "?", ":", ";", ",")) \
            and not first.startswith(("-", "*", "•", ">")) and not RETWEET_PREFIX.match(first) \
            and not _WEBVTT_HEADER.match(first) \
            and not _continues(text[head[1][0]:head[1][1]].strip()):
        # (a line that opens with ">" is a block quotation, a reply's quote of its parent, and a retweet's first
        # line is someone else's post: neither is the text's headline)
        fields["title"] = first.strip()

    used: set[int] = set(furniture) if lead is None else {lead, *furniture}  # starts of the lines set aside
    used.update(s for s, _ in status)
    used |= email_used
    # (the lines of a subtitle file's structure are no header lines: WebVTT's "Language: en" is no database field)
    # (an HTML tag at a line's head does not make the line one: "<p>The post ... appeared first on ...</p>")
    used.update(s for s, _ in head if any(sp["start"] <= s < sp["end"] and sp["rule"] != "html-tag" for sp in spans))
    header = [(s, e) for s, e in head[1:] if s not in used]
    for s, e in header:
        if s in furniture:
            continue
        line = text[s:e]
        if fields.get("title") and line.strip("# ") == fields["title"]:
            add("title", "repeated-title", s, e)
            used.add(s)
            continue
        for kind, rule, pat in (_HEADER_RULES if _HEADER_START.match(line) else ()):
            m = pat.match(line)
            if not m:
                continue
            if rule == "by-author" and bibliographic_line(text, e):
                # "By Shoshana Zuboff" above "PublicAffairs, 704 pp., $38": the author of the book a review
                # reviews, in its bibliographic head (discourse._reviews), not the review's byline; it had made
                # the reviewed author the review's `author`
                break
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
            used.add(s)
            break
    if lead is not None or any(sp["rule"] in ("database-field", "load-date") for sp in spans) or any(
            _WORD_COUNT.match(text[s:e].strip()) for s, e in header):
        _export_header(text, head, lead, spans, fields, used, add)
    # a lone name line equal to the byline's author ("Sunny Chao" above "By Sunny Chao")
    if fields.get("author"):
        for s, e in header:
            if s not in used and text[s:e].strip() == fields["author"]:
                add("byline", "author-name-line", s, e)
                used.add(s)

    # photo captions anywhere but the first line
    for s, e in _caption_lines(text):
        if s != s0 and s not in used and _CAPTION.match(text[s:e]) and _stands_alone(text, (s, e)) \
                and not any(sp["start"] <= s < sp["end"] for sp in spans):  # (an attendance list's last "(Chair)")
            add("caption", "photo-credit", s, e)
            used.add(s)

    # credit lines anywhere but the first line, where the picture stood between paragraphs (a feed's full content,
    # a scraped page): the footer's image-credit rule, read on every line that stands alone
    for m in finditer_lines(_CREDIT_LINE, text):
        s, e = m.span("line")
        if s != s0 and s not in used and _stands_alone(text, (s, e)):
            add("boilerplate", "image-credit", s, e)
            used.add(s)

    # a press release's wire dateline and trailer ('About <Company>', the disclaimer, the contacts, '###')
    n_before = len(spans)
    _release_trailer(text, head, add, fields)
    # a filing's cautionary statement under its own heading (_FILING_DISCLAIMER_HEADING)
    _filing_disclaimer_spans(text, add, spans)
    for sp in spans[n_before:]:
        used.add(sp["start"])
    # trailing boilerplate: the last 15 lines but never the first, from the end
    if short:
        footer = header
    else:
        footer = _last_lines(text, _FOOTER_LINES)
        footer = [sp for sp in footer if sp[0] not in (s0, lead)]
    tail_end = len(text.rstrip())  # the end of the text above its trailing boilerplate
    for s, e in reversed(footer):
        if s in used:
            if s in furniture or s in labels or any(sp["start"] == s and (sp["kind"] == "caption" or sp["rule"] == "image-credit")
                                     for sp in spans):
                continue  # a caption or a page's footer: the lines above it may still be boilerplate
            break
        line = text[s:e]
        hit = None
        for kind, rule, pat in _FOOTER_RULES:
            if rule == "newsletter":  # a sign-up line is short: a longer line is not searched
                m = pat.search(line) if len(line) <= 160 else None
            else:
                m = pat.match(line)
            if m:
                hit = (kind, rule, m)
                break
        if hit is None:
            break
        kind, rule, m = hit
        if m.groupdict().get("outlet"):
            fields.setdefault("outlet", m.group("outlet").strip())
        add(kind, rule, s, e)
        tail_end = len(text[:s].rstrip())
    _more_link(text, tail_end, add)
    # a letter's closing and signature block (public comments, letters to the editor)
    closing = letter_signature(text)
    if closing is not None and free(*closing):
        add("boilerplate", "letter-signature", *closing)
    # privacy notices, cookie banners and CCTV signs, by the fixed formulas of GDPR arts. 13, 15 and 77, the
    # ePrivacy Directive's banner and the ICO's CCTV sign (discourse._privacy_notices): the law's wording, not the
    # page's stance ("data protection", "consent", "public safety" had been frame hits of every page carrying one)
    for rule, s, e in privacy_notice_spans(text, [(sp["start"], sp["end"]) for sp in spans]):
        add("boilerplate", rule, s, e)
    # a letter to the editor's salutation ("Sir,", "To the Editor:") and its signature ("Jane Roe" / "Leeds"), each
    # letter's of a letters page; the signer of the only signed letter is the author (discourse._letters)
    signed = []
    for letter in letters(text):
        for rule, span in (("letter-salutation", letter.salutation), ("letter-signature", letter.signature)):
            if span is not None and free(*span):
                add("boilerplate", rule, *span)
        if letter.signer is not None:
            signed.append(letter.signer)
    if len(signed) == 1:
        fields.setdefault("author", signed[0])
    # the apparatus of a scholarly text: its reference list, keywords and DOI lines (see _REFERENCE_HEADING)
    for rule, s, e in _apparatus(text, [(sp["start"], sp["end"]) for sp in spans]):
        add("apparatus", rule, s, e)
    # the apparatus of an encyclopedic page: footnote markers, cleanup tags, edit links, hatnotes and the lists
    # of links under "See also", "External links" and "Further reading" (discourse._encyclopedia)
    for rule, s, e in apparatus_spans(text, [(sp["start"], sp["end"]) for sp in spans]):
        add("apparatus", rule, s, e)
    whole = [(sp["start"], sp["end"]) for sp in spans if sp["rule"] != "html-tag"]
    if len(whole) < len(spans):  # a tag inside a line set aside whole (a feed's footer paragraph) is that line's
        spans = [sp for sp in spans if sp["rule"] != "html-tag"
                 or not any(s <= sp["start"] and sp["end"] <= e for s, e in whole)]
    spans.sort(key=lambda d: d["start"])
    return _Cleaned(spans, fields)
